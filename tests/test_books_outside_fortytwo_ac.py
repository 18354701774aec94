"""Round 69 of the outside testers (fixer 69b, debit/credit signs and sides): each book written
by hand with its figures worked out on paper as of 22 Nov 2026 (default term 30 days: a sale
of 1 Oct is due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.report import summarize_files
from tests.helpers import write_xlsx
from tests.test_books_by_hand import AS_OF, figures, reads_to, text_reads_to


# Round 69 n10: an old ERP's report writes a credit with its minus behind, "3.000.000-"; each
# payment was an invalid-amount row, left out (14.130.000 for 6.380.000). Toko A: F1
# 2.000.000 (1 Oct, due 31 Oct, 22 days late) less 1.500.000 paid = 500.000; F2 800.000
# (1 Nov, current). A filler's "1.250.000,-" beside it stays a sale.
def test_a_trailing_minus_is_a_negative_amount(tmp_path: Path) -> None:
    rows = [
        ["Tgl Dok", "No Dok", "Nama Customer", "Uraian", "Nilai"],
        [D(2026, 10, 1), "F1", "Toko A", "FAKTUR PENJUALAN", "2.000.000,-"],
        [D(2026, 10, 20), "KM-1", "Toko A", "PENERIMAAN KAS", "1.500.000-"],
        [D(2026, 11, 1), "F2", "Toko A", "FAKTUR PENJUALAN", "800.000"],
    ]
    expected = figures(1_300_000, 500_000, 1, d1to30=500_000, current=800_000)
    reads_to(tmp_path / "lap.xlsx", [("LAP", rows)], expected)


# Round 69 n13: "Mutasi" beside a running Saldo was not known as the amount, so each row's
# Saldo was read as its balance (14.250.000 for 4.150.000). Toko A: F1 3.600.000 (1 Sep, due
# 1 Oct, 52 days: 31-60) less 1.800.000 paid; F2 2.400.000 (1 Nov, current). Round 69 n09:
# the same column with no Saldo, payments "(2.000.000)" as text, refused the file.
def test_mutasi_beside_a_saldo_is_the_signed_amount(tmp_path: Path) -> None:
    rows = [
        ["Tanggal", "No Ref", "Customer", "Keterangan", "Mutasi (Rp)", "Saldo"],
        [D(2026, 9, 1), "F1", "Toko A", "Sepatu", 3_600_000, 3_600_000],
        [D(2026, 10, 1), None, "Toko A", "Transfer", -1_800_000, 1_800_000],
        [D(2026, 11, 1), "F2", "Toko A", "Sandal", 2_400_000, 4_200_000],
    ]
    expected = figures(4_200_000, 1_800_000, 1, d31to60=1_800_000, current=2_400_000)
    reads_to(tmp_path / "mutasi.xlsx", [("Mutasi", rows)], expected)


def test_mutasi_alone_with_payments_in_brackets_is_read(tmp_path: Path) -> None:
    rows = [
        ["Tanggal", "No. Faktur", "Pelanggan", "Keterangan", "Mutasi"],
        [D(2026, 9, 1), "F1", "Toko A", "Kantong plastik", "3.600.000"],
        [D(2026, 10, 1), "F1", "Toko A", "Transfer", "(1.800.000)"],
        [D(2026, 11, 1), "F2", "Toko A", "Mika", "2.400.000"],
    ]
    expected = figures(4_200_000, 1_800_000, 1, d31to60=1_800_000, current=2_400_000)
    reads_to(tmp_path / "mutasi.xlsx", [("Piutang", rows)], expected)


# Round 69 k03: a program's CSV flags each row's side "D" or "C" under "D/C", English
# software's Debit/Credit; the file was refused ("'C' bukan kata …"). Toko A: F1 2.000.000
# (1 Oct, due 31 Oct, 22 days late) less 1.500.000 paid = 500.000.
def test_a_d_c_column_s_c_is_a_credit(tmp_path: Path) -> None:
    text = (
        "Tanggal;No. Transaksi;Nama Pelanggan;Deskripsi;Nominal;D/C\n"
        "01/10/2026;F1;Toko A;Penjualan oli;2.000.000;D\n"
        "20/10/2026;RC-1;Toko A;Pembayaran F1;1.500.000;C\n"
    )
    text_reads_to(tmp_path / "export.csv", text, figures(500_000, 500_000, 1, d1to30=500_000))


# Round 69 k06: a cloth seller's card per customer, "Tanggal | Keterangan | +/- | Jumlah |
# Saldo", '+' a sale and '-' a payment beside an unsigned Jumlah; the file was refused as
# having no customer and amount columns, and headed "D/K" its '-' rows were summed as sales
# (8.200.000 for 3.450.000). Bu Ratna: 2.400.000 (14 Aug, due 13 Sep) + 1.350.000 (28 Sep,
# due 28 Oct) - 2.000.000 oldest first leaves 400.000 (70 days: 61-90) and 1.350.000 (25
# days: 1-30); Bu Lastri: 750.000 paid ("Lunas"), 600.000 (1 Nov, current).
def _sign_cards(side: str) -> list[tuple[str, list[list[object]]]]:
    head = ["Tanggal", "Keterangan", side, "Jumlah", "Saldo"]
    ratna = [
        ["CATATAN PIUTANG - Bu Ratna"],
        [],
        head,
        [D(2026, 8, 14), "Ambil batik tulis 20 pcs", "+", 2_400_000, 2_400_000],
        [D(2026, 9, 10), "Bayar tunai", "-", 1_000_000, 1_400_000],
        [D(2026, 9, 28), "Ambil sarung 15 pcs", "+", 1_350_000, 2_750_000],
        [D(2026, 10, 30), "Transfer BRI", "-", 1_000_000, 1_750_000],
    ]
    lastri = [
        ["CATATAN PIUTANG - Bu Lastri"],
        [],
        head,
        [D(2026, 10, 5), "Ambil kerudung 25 pcs", "+", 750_000, 750_000],
        [D(2026, 10, 20), "Lunas", "-", 750_000, 0],
        [D(2026, 11, 1), "Ambil gamis 4 pcs", "+", 600_000, 600_000],
    ]
    return [("Bu Ratna", ratna), ("Bu Lastri", lastri)]


@pytest.mark.parametrize("side", ["+/-", "D/K"])
def test_a_sign_column_says_which_rows_are_payments(tmp_path: Path, side: str) -> None:
    expected = figures(2_350_000, 1_750_000, 2, d61to90=400_000, d1to30=1_350_000, current=600_000)
    payload = reads_to(tmp_path / "catatan.xlsx", _sign_cards(side), expected)
    assert payload["per_customer"] == {"Bu Ratna": 1_750_000, "Bu Lastri": 600_000}


# Round 69 x38: a program's export typed each row 1 or 2 under "Tipe", with no legend, no
# Saldo and no words: every row was summed as a sale (11.850.000). Each customer has both
# codes and either reading has one of them paying before buying: refused, naming the codes.
def test_type_codes_without_a_legend_are_refused(tmp_path: Path) -> None:
    rows = [
        ["No Bukti", "Tanggal", "Kode Plg", "Nama Pelanggan", "Tipe", "Jumlah"],
        ["000512", D(2026, 8, 14), "P-014", "Toko Jaya Abadi", 1, 3_250_000],
        ["000519", D(2026, 9, 2), "P-021", "Bu Sri Rahayu", 2, 1_100_000],
        ["000533", D(2026, 9, 13), "P-014", "Toko Jaya Abadi", 2, 1_250_000],
        ["000540", D(2026, 10, 1), "P-021", "Bu Sri Rahayu", 1, 1_400_000],
    ]
    path = write_xlsx(tmp_path / "export.xlsx", {"Export": rows})
    batch, _ = summarize_files([path], AS_OF)
    assert len(batch.errors) == 1
    assert "'Tipe'" in batch.errors[0].message("id")
    assert "'1', '2'" in batch.errors[0].message("id")


# Its look-alike: a price tier 1 / 2 under "Tipe" on an invoice list with its own Dibayar
# column says nothing of sides. F1 2.000.000 - 1.500.000 = 500.000 (22 days: 1-30); F2
# 800.000 (1 Nov, current).
def test_type_codes_beside_a_paid_column_are_no_sides(tmp_path: Path) -> None:
    rows = [
        ["No Faktur", "Tanggal", "Pelanggan", "Tipe", "Jumlah", "Dibayar"],
        ["F1", D(2026, 10, 1), "Toko A", 1, 2_000_000, 1_500_000],
        ["F2", D(2026, 11, 1), "Toko A", 2, 800_000, 0],
    ]
    expected = figures(1_300_000, 500_000, 1, d1to30=500_000, current=800_000)
    reads_to(tmp_path / "faktur.xlsx", [("Faktur", rows)], expected)


# Its look-alike: a card's movement written in two columns by their signs, "Mutasi + |
# Mutasi -", is the debit and the credit, never two signed amounts (the "+" one read as the
# amount, the payments left out: 3.600.000 for 1.800.000). F1 3.600.000 (1 Sep, 52 days:
# 31-60) less 1.800.000.
def test_mutasi_plus_and_minus_are_the_debit_and_the_credit(tmp_path: Path) -> None:
    rows = [
        ["Kartu Piutang: Toko A"],
        [],
        ["Tgl", "Uraian", "Ref", "Mutasi +", "Mutasi -", "Saldo"],
        [D(2026, 9, 1), "Penjualan", "F1", 3_600_000, None, 3_600_000],
        [D(2026, 10, 1), "Bayar", "BKM-1", None, 1_800_000, 1_800_000],
    ]
    expected = figures(1_800_000, 1_800_000, 1, d31to60=1_800_000)
    reads_to(tmp_path / "kartu.xlsx", [("Toko A", rows)], expected)


# Round 69 j21: a general journal of the accounts' codes alone, its chart on the next sheet
# of two columns ("Kode Akun | Nama Akun"), read as Rp 0: the chart, naming no field of a
# debt's, was left aside as having no header, so both legs of each entry, under the
# customer's name, cancelled. Written with the contact on the receivable's lines only, and
# the codes' column headed "Akun" (the chart's too), it read 0 with no problem at all.
# Toko A: NT-1 2.000.000 (1 Oct, due 31 Oct, 22 days late) less 500.000 paid = 1.500.000;
# Toko B: NT-2 800.000 (10 Nov, current). The expense entry and the other legs are no one's.
def _coded_journal(code: str) -> list[tuple[str, list[list[object]]]]:
    journal = [
        ["JURNAL TRANSAKSI 2026"],
        [],
        ["Tgl", "No Voucher", code, "Kontak", "Uraian", "Debit", "Kredit"],
        [D(2026, 10, 1), "NT-1", "1-1300", "Toko A", "Penjualan kredit", 2_000_000, None],
        [D(2026, 10, 1), "NT-1", "4-1000", None, "Penjualan kredit", None, 2_000_000],
        [D(2026, 10, 5), "JV-1", "6-1200", None, "Bayar listrik", 680_000, None],
        [D(2026, 10, 5), "JV-1", "1-1100", None, "Bayar listrik", None, 680_000],
        [D(2026, 11, 5), "BKM-1", "1-1100", None, "Penerimaan kas", 500_000, None],
        [D(2026, 11, 5), "BKM-1", "1-1300", "Toko A", "Penerimaan kas", None, 500_000],
        [D(2026, 11, 10), "NT-2", "1-1300", "Toko B", "Penjualan kredit", 800_000, None],
        [D(2026, 11, 10), "NT-2", "4-1000", None, "Penjualan kredit", None, 800_000],
    ]
    chart = [
        [code, "Nama Akun"],
        ["1-1100", "Kas"],
        ["1-1300", "Piutang Usaha"],
        ["4-1000", "Penjualan"],
        ["6-1200", "Beban Listrik & Air"],
    ]
    return [("Jurnal", journal), ("Daftar Akun", chart)]


@pytest.mark.parametrize("code", ["Kode Akun", "Akun"])
def test_a_journal_of_codes_is_read_by_a_chart_of_two_columns(tmp_path: Path, code: str) -> None:
    expected = figures(2_300_000, 1_500_000, 2, d1to30=1_500_000, current=800_000)
    payload = reads_to(tmp_path / "jurnal.xlsx", _coded_journal(code), expected)
    assert payload["per_customer"] == {"Toko A": 1_500_000, "Toko B": 800_000}


# Round 69 k39: a feed shop's card kept the shopkeeper's way, "Kredit" what was taken on
# credit ("Ambil konsentrat") and "Debet" the cash paid in ("Setor tunai"), the Saldo rising
# with Kredit on every row: read as written, each debtor was a credit balance (0 owed, six
# check-mismatch rows). The Saldo and the notes say which side is which: read swapped, and
# said. Sido Rukun: 2.600.000 (6 Sep) + 1.900.000 (21 Oct, due 20 Nov, 2 days: 1-30) less
# 1.600.000 and 1.000.000 oldest first leaves 1.900.000; Pak Kasno, two rows: 1.200.000 (9
# Aug, due 8 Sep, 75 days: 61-90) and 700.000 (13 Nov, current).
def _shop_card(name: str, rows: list[list[object]]) -> list[list[object]]:
    head = ["Tanggal", "Keterangan", "Debet", "Kredit", "Saldo"]
    return [["CATATAN HUTANG PELANGGAN"], [f"Nama : {name}"], [], head, *rows]


def test_debet_and_kredit_the_other_way_round_are_read_as_the_saldo_runs(
    tmp_path: Path,
) -> None:
    rukun = [
        [D(2026, 9, 6), "Ambil konsentrat 10 sak", None, 2_600_000, 2_600_000],
        [D(2026, 10, 6), "Setor tunai", 1_600_000, None, 1_000_000],
        [D(2026, 10, 21), "Ambil jagung giling 20 sak", None, 1_900_000, 2_900_000],
        [D(2026, 11, 5), "Setor tunai", 1_000_000, None, 1_900_000],
    ]
    kasno = [
        [D(2026, 8, 9), "Ambil dedak 15 sak", None, 1_200_000, 1_200_000],
        [D(2026, 11, 13), "Ambil vitamin ternak", None, 700_000, 1_900_000],
    ]
    sheets = [
        ("Sido Rukun", _shop_card("Toko Sido Rukun", rukun)),
        ("Pak Kasno", _shop_card("Pak Kasno", kasno)),
    ]
    expected = figures(
        3_800_000, 3_100_000, 2, d1to30=1_900_000, d61to90=1_200_000, current=700_000
    )
    payload = reads_to(tmp_path / "hutang.xlsx", sheets, expected)
    assert payload["per_customer"] == {"Toko Sido Rukun": 1_900_000, "Pak Kasno": 1_900_000}
    assert all(sheet.get("swapped") for sheet in payload["files"][0]["sheets"])


# Its look-alike: a card whose Kredit rows are payments by their notes ("Setor tunai" raising
# the Saldo: the customer's deposits) is not turned round into 1.500.000 owed: a book of
# payments alone, refused so.
def test_a_card_whose_notes_say_kredit_is_paid_is_not_turned_round(tmp_path: Path) -> None:
    rows = [
        [D(2026, 10, 1), "Setor tunai", None, 1_000_000, 1_000_000],
        [D(2026, 10, 20), "Setor tunai", None, 500_000, 1_500_000],
    ]
    path = write_xlsx(tmp_path / "titipan.xlsx", {"Bu Ani": _shop_card("Bu Ani", rows)})
    batch, _ = summarize_files([path], AS_OF)
    assert [error.code for error in batch.errors] == ["payments_only"]
