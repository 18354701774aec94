"""Outside books (round 96, figures worked out on paper as of 22 Nov 2026, default term 30
days) of the rules added last, written in other ways, and the books beside them that must read
as they did:

- a sheet named for invoices not paid yet with "-kan" ("Belum Dibayarkan", "Tidak
  Dibayarkan") or for paying put off ("Bayar Nanti", "Pembayaran Tertunda") was read as
  payments: beside the sales every open invoice paid itself off (Rp 0), alone it was refused;
- a list of notas saved as "status_bayar.csv", its Status Bayar saying "Belum", was refused as
  payments only: a paid word in a name does not outweigh a status that says a row is owed;
- a return noted on a sale in other words ("Retur: 5 krat = Rp 250.000", "barang kembali 2 dus
  200rb", "nota retur NR-5 250.000", "kurang retur 200rb") made the sale a whole return, or
  its figure stayed owed;
- a word between the paying word and its figure ("bayar dulu 250.000", "DP dulu 300rb",
  "bayar sebagian 1.000.000") dropped the payment, silently;
- terms with two of their words ("Kredit tempo 14 hari", "Termin: Kredit 14 hari") or
  "Tempo 14 (hari)" fell to the default 30 days;
- a payer's name without "RM", "Apotek" or a shop's word of two words ("Warung Makan",
  "Toko Bangunan", written "TB") was told unknown and paid nothing."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path
from typing import Any

from core.report import summarize_files
from tests.test_books_by_hand import _aging, _expect, read_book, reads_to, text_reads_to

_SALES = ("Penjualan", [["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Status"],
    ["P-01", D(2026, 10, 2), "Toko Cahaya", 1_500_000, "Lunas"],
    ["P-02", D(2026, 10, 8), "Toko Cahaya", 2_000_000, "Belum Lunas"],
    ["P-03", D(2026, 10, 15), "UD Tani Makmur", 3_200_000, "Belum Lunas"],
    ["P-04", D(2026, 11, 1), "UD Tani Makmur", 800_000, "Lunas"],
    ["P-05", D(2026, 11, 10), "Toko Cahaya", 1_100_000, "Belum Lunas"]])  # fmt: skip


def _open_again(name: str, *numbers: str) -> tuple[str, list[list[object]]]:
    """A sheet ``name`` listing the sales' invoices ``numbers`` again, each in full."""
    rows = {row[0]: row[:4] for row in _SALES[1][1:]}
    return name, [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"], *(rows[n] for n in numbers)]


def test_a_sheet_of_what_is_not_paid_yet_beside_the_sales_pays_nothing(tmp_path: Path) -> None:
    # Owed: P-02 2,000,000 due 7 Nov and P-03 3,200,000 due 14 Nov (1-30), P-05 1,100,000 due
    # 10 Dec (current): 6,300,000. It read Rp 0, the open invoices paying themselves off.
    expected = _expect(6_300_000, 5_200_000, _aging(current=1_100_000, d1to30=5_200_000), 2)
    for name in ("Belum Dibayarkan", "Blm Dibayarkan", "Tidak Dibayarkan",
                 "Pembayaran Tertunda", "Bayar Nanti"):  # fmt: skip
        sheets = [_SALES, _open_again(name, "P-02", "P-03", "P-05")]
        reads_to(tmp_path / "b9.xlsx", sheets, expected)


def test_a_sheet_of_payments_beside_the_sales_still_pays(tmp_path: Path) -> None:
    # Guard: "Dibayarkan" and "Pembayaran" list P-02's 2,000,000 paid: 4,300,000 left.
    expected = _expect(4_300_000, 3_200_000, _aging(current=1_100_000, d1to30=3_200_000), 2)
    for name in ("Dibayarkan", "Pembayaran"):
        payload = read_book(tmp_path / "b9g.xlsx", [_SALES, _open_again(name, "P-02")])
        assert {k: payload[k] for k in expected} == expected, name


def test_a_lone_sheet_of_pay_later_lists_what_is_owed(tmp_path: Path) -> None:
    # BN-01 450,000 due 31 Oct, BN-02 1,200,000 due 19 Nov (1-30), BN-03 300,000 due 10 Dec.
    # It was refused as payments only.
    sheets = [("Bayar Nanti", [["No Nota", "Tanggal", "Pelanggan", "Jumlah"],
        ["BN-01", D(2026, 10, 1), "Bu Yuni", 450_000],
        ["BN-02", D(2026, 10, 20), "Pak Karto", 1_200_000],
        ["BN-03", D(2026, 11, 10), "Bu Yuni", 300_000]])]  # fmt: skip
    expected = _expect(1_950_000, 1_650_000, _aging(current=300_000, d1to30=1_650_000), 2)
    reads_to(tmp_path / "b10.xlsx", sheets, expected)


_STATUS_BAYAR = """No Nota;Tanggal;Pelanggan;Jumlah;Status Bayar
7701;12/08/2026;Bu Wati;Rp 1.200.000;Belum
7702;05/10/2026;Bu Wati;Rp 800.000;Belum
7703;19/10/2026;Warung Sederhana;Rp 1.500.000;Lunas
7704;08/11/2026;Warung Sederhana;Rp 2.000.000;Belum
"""


def test_a_list_named_for_its_payment_status_lists_invoices(tmp_path: Path) -> None:
    # 7701 due 11 Sep (61-90), 7702 due 4 Nov (1-30), 7704 due 8 Dec: 4,000,000. It was
    # refused as a file of payments only, for the "bayar" in its name.
    aging = _aging(current=2_000_000, d1to30=800_000, d61to90=1_200_000)
    expected = _expect(4_000_000, 2_000_000, aging, 2)
    text_reads_to(tmp_path / "status_bayar.csv", _STATUS_BAYAR, expected)


def test_a_payments_file_with_a_status_of_its_own_is_payments(tmp_path: Path) -> None:
    # Guard: "pembayaran.csv" whose Status says "Lunas", "Cicil" or "Pending" (a transfer not
    # come yet) lists payments: alone, it is refused for want of invoices.
    text = """Tanggal;Pelanggan;No Nota;Jumlah;Status
01/11/2026;Bu Wati;7701;Rp 1.200.000;Lunas
03/11/2026;Bu Wati;7702;Rp 300.000;Cicil
05/11/2026;Warung Sederhana;7704;Rp 500.000;Pending
"""
    path = tmp_path / "pembayaran.csv"
    path.write_text(text, encoding="utf-8")
    batch, _ = summarize_files([path], D(2026, 11, 22))
    assert batch.errors


def test_a_return_noted_in_other_words_beside_sisa_is_part_of_the_sale(tmp_path: Path) -> None:
    # H-01 owes its Sisa 1,600,000 (due 4 Nov), H-02 1,000,000 (19 Nov), H-03 1,250,000 (7
    # Nov), H-04 700,000 (11 Nov), H-05 500,000 (3 Dec, current): 5,050,000, 4,550,000 late.
    # H-01 and H-04 were read as returns of their whole amounts, leaving credits, and H-03's
    # 150rb was not taken off (each told as a check mismatch).
    sheets = [("Faktur", [["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Dibayar", "Sisa",
                           "Keterangan"],
        ["H-01", D(2026, 10, 5), "Toko Pasar Baru", 1_850_000, 0, 1_600_000,
         "Retur: 5 krat = Rp 250.000"],
        ["H-02", D(2026, 10, 20), "Toko Pasar Baru", 1_000_000, 0, 1_000_000, None],
        ["H-03", D(2026, 10, 8), "UD Sumber Pangan", 2_400_000, 1_000_000, 1_250_000,
         "retur 3 sak @50rb = 150rb"],
        ["H-04", D(2026, 10, 12), "Warung Bu Imah", 900_000, 0, 700_000,
         "barang kembali 2 dus 200rb"],
        ["H-05", D(2026, 11, 3), "Warung Bu Imah", 500_000, 0, 500_000, None]])]  # fmt: skip
    expected = _expect(5_050_000, 4_550_000, _aging(current=500_000, d1to30=4_550_000), 3)
    reads_to(tmp_path / "a8.xlsx", sheets, expected)


_RETURNED_NO_SISA = """No Nota;Tanggal;Pelanggan;Jumlah;Bayar;Keterangan
0611;10/10/2026;Toko Kurnia;1850000;1600000;{first}
0612;15/10/2026;Toko Kurnia;1000000;0;
0613;20/10/2026;CV Dwi Karya;2000000;1800000;{second}
0614;06/11/2026;CV Dwi Karya;700000;0;
"""


def test_a_return_noted_in_other_words_without_sisa_settles_the_rest(tmp_path: Path) -> None:
    # Paid and the note's return make 0611 and 0613 whole: 0612 1,000,000 due 14 Nov (1-30)
    # and 0614 700,000 (current) are owed, 1,700,000. It read 2,150,000, silently.
    text = _RETURNED_NO_SISA.format(first="nota retur NR-5 250.000", second="kurang retur 200rb")
    expected = _expect(1_700_000, 1_000_000, _aging(current=700_000, d1to30=1_000_000), 2)
    text_reads_to(tmp_path / "a9.csv", text, expected)


def test_money_handed_back_or_short_is_no_return(tmp_path: Path) -> None:
    # Guard: "uang kembali 250rb" is change given back, "kurang bayar 200rb" what is still
    # short: neither is taken off, 0611's 250,000 and 0613's 200,000 stay owed (2,150,000).
    text = _RETURNED_NO_SISA.format(first="uang kembali 250rb", second="kurang bayar 200rb")
    payload = text_reads_to(tmp_path / "a9g.csv", text, _A9_UNSETTLED)
    assert payload["per_customer"] == {"Toko Kurnia": 1_250_000, "CV Dwi Karya": 900_000}


_A9_UNSETTLED = _expect(2_150_000, 1_450_000, _aging(current=700_000, d1to30=1_450_000), 2)


def _ordered(notes: tuple[str, str, str, str]) -> list[tuple[str, list[list[object]]]]:
    """c6: L-1 3,000,000 due 5 Nov, L-2 1,500,000 "Lunas", L-3 800,000 due 9 Dec, L-4
    1,200,000 due 1 Oct, each beside its note of ``notes``."""
    rows = [["L-1", D(2026, 10, 6), "CV Kencana", 3_000_000, "Belum Lunas"],
            ["L-2", D(2026, 10, 14), "CV Kencana", 1_500_000, "Lunas"],
            ["L-3", D(2026, 11, 9), "Bu Marni", 800_000, "Belum Lunas"],
            ["L-4", D(2026, 9, 1), "Bu Marni", 1_200_000, "Belum Lunas"]]  # fmt: skip
    header = ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Status", "Keterangan"]
    return [("Pesanan", [header, *([*row, note] for row, note in zip(rows, notes, strict=True))])]


def test_a_down_payment_with_a_word_before_its_figure_is_paid(tmp_path: Path) -> None:
    # L-1 2,000,000 (1-30), L-3 500,000 (current), L-4 800,000 (31-60): 3,300,000. With the
    # word between, L-1's and L-3's payments were dropped: 4,600,000, silently.
    notes = ("bayar sebagian 1.000.000", "bayar sebagian 500rb", "DP dulu 300rb",
             "sudah dibayar 400rb")  # fmt: skip
    aging = _aging(current=500_000, d1to30=2_000_000, d31to60=800_000)
    reads_to(tmp_path / "c6.xlsx", _ordered(notes), _expect(3_300_000, 2_800_000, aging, 2))
    # c1, c5: "bayar dulu 250.000", "tf dulu 200rb", "bayar via tf 1jt".
    notes = ("bayar via tf 1jt", "", "tf dulu 200rb", "bayar dulu 250.000")
    aging = _aging(current=600_000, d1to30=2_000_000, d31to60=950_000)
    reads_to(tmp_path / "c1.xlsx", _ordered(notes), _expect(3_550_000, 2_950_000, aging, 2))


def test_a_payment_still_to_come_is_no_payment(tmp_path: Path) -> None:
    # Guard: "bayar 2 minggu lagi", "dp menyusul", "sisa bayar dulu 1jt" pay nothing: 5,000,000.
    notes = ("bayar 2 minggu lagi", "", "dp menyusul", "sisa bayar dulu 1jt")
    aging = _aging(current=800_000, d1to30=3_000_000, d31to60=1_200_000)
    payload = read_book(tmp_path / "c6g.xlsx", _ordered(notes))
    expected = _expect(5_000_000, 4_200_000, aging, 2)
    assert {k: payload[k] for k in expected} == expected


def _grouped(title: str) -> list[tuple[str, list[list[object]]]]:
    """d5: a grouped list under ``title``, Toko Subur's group on "Tempo: 21 hr", Toko
    Lestari's on the table's terms."""
    return [("Piutang", [["DAFTAR PIUTANG PELANGGAN"], [title], [],
        ["No Nota", "Tanggal", "Jumlah", "Bayar", "Sisa"],
        ["Nama Pelanggan : Toko Subur"], ["Tempo: 21 hr"],
        ["G-01", D(2026, 10, 28), 2_000_000, 0, 2_000_000],
        ["G-02", D(2026, 11, 5), 1_000_000, 400_000, 600_000],
        ["Sub Total", None, 3_000_000, 400_000, 2_600_000],
        ["Nama Pelanggan : Toko Lestari"],
        ["G-03", D(2026, 11, 2), 1_500_000, 0, 1_500_000],
        ["G-04", D(2026, 11, 15), 800_000, 0, 800_000],
        ["Sub Total", None, 2_300_000, 0, 2_300_000],
        ["TOTAL", None, 5_300_000, 400_000, 4_900_000]])]  # fmt: skip


def _figures(payload: dict[str, Any], expected: dict[str, Any]) -> dict[str, Any]:
    """The figures of a summary that ``expected`` names."""
    return {k: payload[k] for k in expected}


def test_credit_terms_in_a_title_are_the_tables(tmp_path: Path) -> None:
    # G-01 due 18 Nov (21 days), G-03 due 16 Nov (14 days): 3,500,000 late; G-02 due 26 Nov
    # and G-04 due 29 Nov current. With "Kredit" in the title Toko Lestari took 30 days.
    expected = _expect(4_900_000, 3_500_000, _aging(current=1_400_000, d1to30=3_500_000), 2)
    for title in ("Termin: Kredit 14 hari", "Tempo: Kredit 14 hari",
                  "Catatan: semua faktur kredit 14 hari"):  # fmt: skip
        payload = read_book(tmp_path / "d5.xlsx", _grouped(title))
        assert _figures(payload, expected) == expected, title


def test_a_title_of_credit_without_terms_states_none(tmp_path: Path) -> None:
    # Guard: "Kredit macet", "PENJUALAN KREDIT 30 HARI TERAKHIR": Toko Lestari on the default
    # 30 days, G-03 due 2 Dec: 2,000,000 late.
    expected = _expect(4_900_000, 2_000_000, _aging(current=2_900_000, d1to30=2_000_000), 2)
    for title in ("Kredit macet", "PENJUALAN KREDIT 30 HARI TERAKHIR"):
        payload = read_book(tmp_path / "d5g.xlsx", _grouped(title))
        assert _figures(payload, expected) == expected, title


def test_kredit_tempo_in_a_tempo_column_or_a_note_is_read(tmp_path: Path) -> None:
    # V-1 due 15 Nov, V-2 17 Nov, V-3 19 Nov late (4,500,000), V-4 24 Nov current. Both
    # "Kredit tempo 14 hari" and "Tempo 14 (hari)" fell to 30 days, told as invalid-terms.
    sheets = [("Faktur", [["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Dibayar", "Tempo"],
        ["V-1", D(2026, 11, 1), "Toko Harapan", 1_000_000, 0, "Kredit tempo 14 hari"],
        ["V-2", D(2026, 11, 3), "Toko Harapan", 2_000_000, 0, "Tempo 14 (hari)"],
        ["V-3", D(2026, 11, 5), "CV Jaya", 1_500_000, 0, "Kredit 14 hr"],
        ["V-4", D(2026, 11, 10), "CV Jaya", 800_000, 0, "14 hari"]])]  # fmt: skip
    expected = _expect(5_300_000, 4_500_000, _aging(current=800_000, d1to30=4_500_000), 2)
    reads_to(tmp_path / "d8.xlsx", sheets, expected)
    # In a note: W-1 due 16 Nov (was 2 Dec, silently), W-2 18 Nov, W-3 on 30 days.
    sheets = [("Nota", [["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Bayar", "Keterangan"],
        ["W-1", D(2026, 11, 2), "Warung Bu Nah", 1_200_000, 0,
         "Kredit tempo 14 hari, antar ke pasar"],
        ["W-2", D(2026, 11, 4), "Warung Bu Nah", 600_000, 0, "tempo 14hr"],
        ["W-3", D(2026, 11, 6), "Pak Slamet", 900_000, 0, None]])]  # fmt: skip
    expected = _expect(2_700_000, 1_800_000, _aging(current=900_000, d1to30=1_800_000), 2)
    payload = read_book(tmp_path / "d9.xlsx", sheets)
    assert _figures(payload, expected) == expected


def test_a_payer_without_a_shop_word_of_one_or_two_words_is_its_customer(
    tmp_path: Path,
) -> None:
    # e5: R-1 paid, R-3 1,500,000 and R-2 1,200,000 late, R-4 900,000 current: 3,600,000.
    sheets = [("Faktur", [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
        ["R-1", D(2026, 10, 1), "RM Padang Sederhana", 1_800_000],
        ["R-2", D(2026, 10, 15), "RM Padang Sederhana", 1_200_000],
        ["R-3", D(2026, 10, 10), "Apotek Sehat Sentosa", 2_500_000],
        ["R-4", D(2026, 11, 12), "Apotek Sehat Sentosa", 900_000]]),
        ("Pembayaran", [["Tanggal", "Nama", "Jumlah"],
        [D(2026, 11, 3), "Padang Sederhana", 1_800_000],
        [D(2026, 11, 6), "Sehat Sentosa", 1_000_000]])]  # fmt: skip
    expected = _expect(3_600_000, 2_700_000, _aging(current=900_000, d1to30=2_700_000), 2)
    reads_to(tmp_path / "e5.xlsx", sheets, expected)
    # e6: "Sari Rasa" pays Warung Makan Sari Rasa, "Toko Bangunan Sinar Terang" TB Sinar
    # Terang's M-2 (2,000,000 left), "Kokoh" Toko Bangunan Kokoh (1,000,000 left); M-3
    # 1,000,000 current: 4,000,000. Each payment was told unknown and paid nothing.
    sheets = [("Faktur", [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
        ["M-1", D(2026, 10, 1), "Warung Makan Sari Rasa", 2_000_000],
        ["M-2", D(2026, 10, 5), "TB Sinar Terang", 3_000_000],
        ["M-3", D(2026, 11, 10), "TB Sinar Terang", 1_000_000],
        ["M-4", D(2026, 10, 12), "Toko Bangunan Kokoh", 1_500_000]]),
        ("Pembayaran", [["Tanggal", "Pelanggan", "Jumlah"],
        [D(2026, 11, 1), "Sari Rasa", 2_000_000],
        [D(2026, 11, 3), "Toko Bangunan Sinar Terang", 1_000_000],
        [D(2026, 11, 4), "Kokoh", 500_000]])]  # fmt: skip
    expected = _expect(4_000_000, 3_000_000, _aging(current=1_000_000, d1to30=3_000_000), 2)
    reads_to(tmp_path / "e6.xlsx", sheets, expected)


def test_a_payer_two_shops_could_be_or_another_shops_is_unknown(tmp_path: Path) -> None:
    # Guard: "Sinar Terang" beside TB and Toko Sinar Terang, "Toko Bangunan Maju" beside
    # "Toko Maju" alone: neither pays anything, each told (6,000,000 owed, all late).
    sheets = [("Faktur", [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
        ["S-1", D(2026, 10, 5), "TB Sinar Terang", 3_000_000],
        ["S-2", D(2026, 10, 6), "Toko Sinar Terang", 1_000_000],
        ["S-3", D(2026, 10, 7), "Toko Maju", 2_000_000]]),
        ("Pembayaran", [["Tanggal", "Pelanggan", "Jumlah"],
        [D(2026, 11, 1), "Sinar Terang", 500_000],
        [D(2026, 11, 2), "Toko Bangunan Maju", 400_000]])]  # fmt: skip
    payload = read_book(tmp_path / "e6g.xlsx", sheets)
    assert payload["per_customer"] == {
        "TB Sinar Terang": 3_000_000,
        "Toko Sinar Terang": 1_000_000,
        "Toko Maju": 2_000_000,
    }
    codes = [p["code"] for p in payload["problems"]]
    assert codes.count("unknown-customer-payment") == 2, codes
