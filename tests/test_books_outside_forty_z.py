"""Outside round 39 (fix-z), each book written by hand with its figures worked out on paper
as of 22 Nov 2026 (default term 30 days: a sale of 5 Oct is due 4 Nov, 18 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, _xlsx, figures, reads_to

NOTAS = [
    ["Tgl", "No Nota", "Nama Toko", "Total"],
    [D(2026, 10, 5), 501, "Toko Ayu", 1_500_000],
    [D(2026, 10, 12), 502, "Toko Barokah", 2_200_000],
    [D(2026, 11, 16), 505, "Toko Ayu", 650_000],
]


def _kuitansi(amount: str) -> list[list[object]]:
    """A printed kwitansi's own words as a sheet, the sum received headed ``amount``."""
    return [
        ["No.", "Tanggal", "Diterima Dari", amount, "Untuk Pembayaran"],
        [1, D(2026, 10, 25), "Toko Ayu", 1_500_000, "Nota 501"],
        [2, D(2026, 11, 8), "Toko Barokah", 1_000_000, "Cicilan nota"],
    ]


def test_a_kwitansis_uang_sejumlah_is_the_sum_received(tmp_path: Path) -> None:
    # Round 39 i02: "Uang Sejumlah" was no amount, the Kuitansi sheet set aside (6,550,000).
    # Toko Ayu: 501 paid, 505 650,000 (current); Toko Barokah 2,200,000 - 1,000,000 =
    # 1,200,000, due 11 Nov (11 days late). 1,850,000 in all, 1,200,000 overdue.
    for amount in ("Uang Sejumlah", "Sejumlah", "Banyaknya Uang"):
        sheets = [("Nota", NOTAS), ("Kuitansi", _kuitansi(amount))]
        expected = figures(1_850_000, 1_200_000, 2, current=650_000, d1to30=1_200_000)
        payload = reads_to(tmp_path / "nota.xlsx", sheets, expected)
        assert payload["per_customer"] == {"Toko Barokah": 1_200_000, "Toko Ayu": 650_000}


def test_a_set_aside_receipts_sheet_naming_a_short_nota_refuses_the_file(tmp_path: Path) -> None:
    # Its sum under a header no word knows ("Rupiah"): the sheet is set aside, and its "Nota
    # 501" names an invoice of the file (a short number, but after the word for one): the
    # file is refused rather than read 1,500,000 too high.
    path = tmp_path / "nota.xlsx"
    _xlsx(path, [("Nota", NOTAS), ("Kuitansi", _kuitansi("Rupiah"))])
    batch, _ = summarize_files([path], AS_OF)
    assert len(batch.errors) == 1 and batch.errors[0].code == "unread_credits"
    assert "'Kuitansi' (501)" in batch.errors[0].message("id")


def test_a_short_number_after_no_alone_names_no_nota(tmp_path: Path) -> None:
    # An address's "No. 12" on a sheet set aside is no nota 12's payment: the file reads.
    path = tmp_path / "nota.xlsx"
    stock = [["Gudang Jl. Melati No. 12"], [], ["Barang", "Rupiah"], ["Semen", 62_000]]
    notas = [*NOTAS[:1], [D(2026, 10, 5), 12, "Toko Ayu", 1_500_000]]
    _xlsx(path, [("Nota", notas), ("Stok", stock)])
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors and payload["outstanding"] == 1_500_000


CARD = ["Tanggal", "Keterangan", "Jumlah", "Saldo"]
PAK_DARTO = [
    CARD,
    [D(2026, 9, 5), "Semen 10 sak", 650_000, 650_000],
    [D(2026, 9, 18), "Bayar", -650_000, 0],
    [D(2026, 10, 7), "Pasir 1 rit", 1_100_000, 1_100_000],
    [D(2026, 11, 2), "Cicil", -400_000, 700_000],
]


def test_a_new_customers_card_of_two_lines_is_read(tmp_path: Path) -> None:
    # Round 39 c03 and c10: a card sheet of two rows was set aside (a Saldo's run was told
    # from three rows). Pak Darto 1,100,000 - 400,000 = 700,000, due 6 Nov (16 days late);
    # Bu Endah 960,000 - 500,000 = 460,000, due 19 Sep (64 days); Bu Tini's two sales of
    # 4 and 11 Nov (270,000 + 55,000, current). 1,485,000 in all, 1,160,000 overdue.
    endah = [CARD, [D(2026, 8, 20), "Besi beton", 960_000, 960_000]]
    endah.append([D(2026, 9, 25), "Bayar", -500_000, 460_000])
    tini = [CARD, [D(2026, 11, 4), "Ambil kain 3 m", 270_000, 270_000]]
    tini.append([D(2026, 11, 11), "Ambil benang", 55_000, 325_000])
    sheets = [("Pak Darto", PAK_DARTO), ("Bu Endah", endah), ("Bu Tini", tini)]
    expected = figures(1_485_000, 1_160_000, 3, current=325_000, d1to30=700_000, d61to90=460_000)
    payload = reads_to(tmp_path / "kartu.xlsx", sheets, expected)
    assert payload["per_customer"] == {
        "Pak Darto": 700_000, "Bu Endah": 460_000, "Bu Tini": 325_000,
    }  # fmt: skip


def test_one_or_two_stray_rows_are_no_card(tmp_path: Path) -> None:
    # One row tells nothing (its Saldo is its Jumlah either way), and two rows whose Saldo
    # does not run with the Jumlah are no card: set aside, Pak Darto's card alone read.
    one = [CARD, [D(2026, 8, 20), "Besi beton", 960_000, 960_000]]
    stray = [CARD, [D(2026, 8, 20), "Besi", 960_000, 960_000], [D(2026, 9, 1), "x", 50_000, 0]]
    path = tmp_path / "kartu.xlsx"
    _xlsx(path, [("Pak Darto", PAK_DARTO), ("Bu Endah", one), ("Bu Tini", stray)])
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors and payload["per_customer"] == {"Pak Darto": 700_000}
    assert {s["sheet"] for s in payload["ignored_sheets"]} == {"Bu Endah", "Bu Tini"}


def test_a_consignments_titip_is_the_goods_left(tmp_path: Path) -> None:
    # Round 39 j01: "Titip | Kembali | Bayar" in rupiah, refused as payments only (no amount).
    # Warung Mak Iyah 300,000 - 45,000 - 255,000 = 0 (1 Oct), 300,000 - 30,000 = 270,000
    # (15 Oct, due 14 Nov: 8 days late), 300,000 (12 Nov, current); Kantin SD 2 450,000 -
    # 60,000 - 200,000 = 190,000 (8 Oct, due 7 Nov: 15 days). 760,000, 460,000 overdue.
    for amount in ("Titip", "Titipan", "Kirim"):
        rows = [
            ["Tanggal", "Warung", amount, "Kembali", "Bayar"],
            [D(2026, 10, 1), "Warung Mak Iyah", 300_000, 45_000, 255_000],
            [D(2026, 10, 8), "Kantin SD 2", 450_000, 60_000, 200_000],
            [D(2026, 10, 15), "Warung Mak Iyah", 300_000, 30_000, 0],
            [D(2026, 11, 12), "Warung Mak Iyah", 300_000, 0, 0],
        ]
        expected = figures(760_000, 460_000, 2, current=300_000, d1to30=460_000)
        payload = reads_to(tmp_path / "titip.xlsx", [("Titipan", rows)], expected)
        assert payload["returns"] == 135_000  # 45,000 + 60,000 + 30,000 brought back


def test_a_titipan_beside_a_total_is_told_unread(tmp_path: Path) -> None:
    # A deposit ("Titipan") beside the invoice's Total: the Total is what is owed, and the
    # Titipan told as a column of figures not read (it may be money received), as before.
    path = tmp_path / "nota.xlsx"
    rows = [
        ["Tanggal", "No Nota", "Pelanggan", "Total", "Titipan"],
        [D(2026, 10, 1), "N1", "Toko A", 1_000_000, 200_000],
    ]
    _xlsx(path, [("Nota", rows)])
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors and payload["outstanding"] == 1_000_000
    assert [(p["code"], p["column"]) for p in payload["problems"]] == [("unread-column", "Titipan")]


# Round 39 k02: kilos and the price of one kilo. Rumah Makan Sedap 25 x 38,000 = 950,000 paid,
# 30 x 38,000 = 1,140,000 - 500,000 = 640,000 (24 Oct, due 23 Nov: current); Warung Bu Kar
# 12.5 x 40,000 = 500,000 - 200,000 = 300,000 (10 Oct, due 9 Nov: 13 days late) and 7.5 x
# 40,000 = 300,000 (14 Nov, current); Katering Ibu 18 x 39,000 = 702,000 (7 Nov, current).
# 1,942,000 in all, 300,000 overdue.
KILOS = [
    ["03/10/2026", "Rumah Makan Sedap", "25", "38.000", "950.000"],
    ["10/10/2026", "Warung Bu Kar", "12,5", "40.000", "200.000"],
    ["24/10/2026", "Rumah Makan Sedap", "30", "38.000", "500.000"],
    ["07/11/2026", "Katering Ibu", "18", "39.000", "0"],
    ["14/11/2026", "Warung Bu Kar", "7,5", "40.000", "0"],
]
KILOS_READ = {"Rumah Makan Sedap": 640_000, "Warung Bu Kar": 600_000, "Katering Ibu": 702_000}


def test_a_price_per_kilo_is_the_price_of_one(tmp_path: Path) -> None:
    # "Harga/kg" and "Harga per kg" were no price: the file refused as payments only.
    def figure(text: str) -> object:
        return float(text.replace(".", "").replace(",", "."))

    for price in ("Harga/kg", "Harga per kg"):
        rows: list[list[object]] = [["Tgl", "Pembeli", "Jml (kg)", price, "Dibayar"]]
        rows += [
            [D(2026, int(d[3:5]), int(d[:2])), name, *map(figure, rest)] for d, name, *rest in KILOS
        ]
        expected = figures(1_942_000, 300_000, 3, current=1_642_000, d1to30=300_000)
        payload = reads_to(tmp_path / "daging.xlsx", [("Daging", rows)], expected)
        assert payload["per_customer"] == KILOS_READ


def test_a_csvs_kilos_with_a_decimal_comma_are_counted(tmp_path: Path) -> None:
    # In a CSV "12,5" and "7,5" in "Jml (kg)" were no figure (Warung Bu Kar's two lines
    # dropped as missing-amount: 1,342,000). A count naming its unit takes its decimal comma.
    for price in ("Harga/kg", "Harga"):
        path = tmp_path / "daging.csv"
        lines = [["Tgl", "Pembeli", "Jml (kg)", price, "Dibayar"], *KILOS]
        path.write_text("\n".join(";".join(line) for line in lines) + "\n", encoding="utf-8")
        batch, payload = summarize_files([path], AS_OF)
        assert not batch.errors and not payload["problems"]
        assert payload["outstanding"] == 1_942_000 and payload["per_customer"] == KILOS_READ
