"""Outside round 44 (fixer 44): each book written by hand with its figures worked out on paper
as of 22 Nov 2026 (default term 30 days: a sale of 1 Oct is due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.ingest import read_ledger
from core.reading.problems import LedgerReadError
from core.report import reading_lines, summarize_files
from tests.test_books_by_hand import AS_OF, CARD, _xlsx, figures, reads_to, text_reads_to

OCT_1 = D(2026, 10, 1)


def _page(*rows: str) -> str:
    return f"<html><body><table border='1'>{''.join(rows)}</table></body></html>"


# Round 44 x33: a web program's "Export Excel" grouped by customer writes each name once, a
# cell spanning their rows (rowspan). The rows under it were read one column left, their
# amounts as dates, and dropped (20,220,000 read of 39,945,000). Bu Endang F1 1,000,000 (31
# Oct, 22 days late), F2 2,000,000 - 500,000 = 1,500,000 (due 14 Nov, 8 days), F3 700,000
# (10 Nov, current); Toko B F4 3,000,000 (due 31 Aug, 83 days), F5 paid; Toko C F6 600,000
# (22 days). 6,800,000 owed, 6,100,000 overdue.
GROUPED = _page(
    "<tr><th>Pelanggan</th><th>No Faktur</th><th>Tanggal</th><th>Jumlah</th><th>Dibayar</th>"
    "<th>Sisa</th></tr>",
    "<tr><td rowspan='3' valign='top'>Bu Endang</td><td>F1</td><td>01/10/2026</td>"
    "<td>1.000.000</td><td>0</td><td>1.000.000</td></tr>",
    "<tr><td>F2</td><td>15/10/2026</td><td>2.000.000</td><td>500.000</td><td>1.500.000</td></tr>",
    "<tr><td>F3</td><td>10/11/2026</td><td>700.000</td><td>0</td><td>700.000</td></tr>",
    "<tr><td rowspan='2'>Toko B</td><td>F4</td><td>01/08/2026</td><td>3.000.000</td><td>0</td>"
    "<td>3.000.000</td></tr>",
    "<tr><td>F5</td><td>05/11/2026</td><td>400.000</td><td>400.000</td><td>0</td></tr>",
    "<tr><td rowspan='1'>Toko C</td><td>F6</td><td>01/10/2026</td><td>600.000</td><td>0</td>"
    "<td>600.000</td></tr>",
)


def test_a_web_exports_name_spanning_its_customers_rows_is_each_rows(tmp_path: Path) -> None:
    expected = figures(6_800_000, 6_100_000, 3, current=700_000, d1to30=3_100_000,
                       d61to90=3_000_000)  # fmt: skip
    payload = text_reads_to(tmp_path / "laporan_piutang.xls", GROUPED, expected)
    assert payload["per_customer"] == {
        "Bu Endang": 3_200_000,
        "Toko B": 3_000_000,
        "Toko C": 600_000,
    }


# Look-alike: an invoice's number, date, customer and Total spanning its item lines (as a
# sheet's merged cells do): the Total is the invoice's, taken once, not once a line. N1
# 1,500,000 (31 Oct, 22 days late); N2 800,000 (10 Nov, current).
ITEMS = _page(
    "<tr><th>No Faktur</th><th>Tanggal</th><th>Pelanggan</th><th>Barang</th><th>Total</th></tr>",
    "<tr><td rowspan='2'>N1</td><td rowspan='2'>01/10/2026</td><td rowspan='2'>Toko A</td>"
    "<td>Semen 10 sak</td><td rowspan='2'>1.500.000</td></tr>",
    "<tr><td>Pasir 2 m3</td></tr>",
    "<tr><td>N2</td><td>10/11/2026</td><td>Toko B</td><td>Cat 5 kaleng</td><td>800.000</td></tr>",
)


def test_a_total_spanning_an_invoices_item_lines_counts_once(tmp_path: Path) -> None:
    expected = figures(2_300_000, 1_500_000, 2, current=800_000, d1to30=1_500_000)
    payload = text_reads_to(tmp_path / "nota.xls", ITEMS, expected)
    assert payload["per_customer"] == {"Toko A": 1_500_000, "Toko B": 800_000}


# Round 44 x34: a two-row header, "Faktur" spanning No / Tanggal / Jumlah (colspan) and
# Pelanggan, Dibayar, Sisa spanning both rows (rowspan). The second row's labels stood under
# the wrong columns and every row was refused ("Jumlah tagihan kosong" in 'Sisa'). Toko A F1
# 1,000,000 (22 days late), F3 paid; Toko B F2 500,000 - 200,000 = 300,000 (current).
GROUP_HEADER = _page(
    "<tr><th rowspan='2'>Pelanggan</th><th colspan='3'>Faktur</th><th rowspan='2'>Dibayar</th>"
    "<th rowspan='2'>Sisa</th></tr>",
    "<tr><th>No</th><th>Tanggal</th><th>Jumlah</th></tr>",
    "<tr><td>Toko A</td><td>F1</td><td>01/10/2026</td><td>1.000.000</td><td>0</td>"
    "<td>1.000.000</td></tr>",
    "<tr><td>Toko B</td><td>F2</td><td>10/11/2026</td><td>500.000</td><td>200.000</td>"
    "<td>300.000</td></tr>",
    "<tr><td>Toko A</td><td>F3</td><td>01/08/2026</td><td>2.000.000</td><td>2.000.000</td>"
    "<td>0</td></tr>",
)


def test_a_web_exports_group_header_over_two_rows_is_read(tmp_path: Path) -> None:
    expected = figures(1_300_000, 1_000_000, 2, current=300_000, d1to30=1_000_000)
    payload = text_reads_to(tmp_path / "ekspor.xls", GROUP_HEADER, expected)
    assert payload["per_customer"] == {"Toko A": 1_000_000, "Toko B": 300_000}


# Round 44 c12: a bookkeeping app's sales (positive) and payments (negative) in one column.
# Named "pembayaran dan penjualan" (or "pembayaran_penjualan_okt": the rows say Penjualan) it
# was read as payments only and refused; beside an invoice list its sales became payments.
# Toko A PJ-1 2,000,000 (due 31 Aug) paid by KM-1, PJ-2 1,000,000 (31 Oct, 22 days late);
# Toko B PJ-3 500,000 (10 Nov, current). 1,500,000 owed.
SALES_AND_PAYMENTS = """Tanggal,No Bukti,Pelanggan,Keterangan,Jumlah
01/08/2026,PJ-1,Toko A,Penjualan,2.000.000
01/10/2026,PJ-2,Toko A,Penjualan,1.000.000
05/10/2026,KM-1,Toko A,Pembayaran tunai,-2.000.000
10/11/2026,PJ-3,Toko B,Penjualan,500.000
"""


@pytest.mark.parametrize(
    "name", ["pembayaran_dan_penjualan.csv", "Bayar & Tagihan.csv", "pembayaran_penjualan_okt.csv"]
)
def test_sales_and_payments_in_one_signed_column_are_read_whatever_the_name(
    tmp_path: Path, name: str
) -> None:
    expected = figures(1_500_000, 1_000_000, 2, current=500_000, d1to30=1_000_000)
    payload = text_reads_to(tmp_path / name, SALES_AND_PAYMENTS, expected)
    assert payload["per_customer"] == {"Toko A": 1_000_000, "Toko B": 500_000}


def test_sales_in_a_file_named_for_payments_stay_debts_beside_an_invoice_list(
    tmp_path: Path,
) -> None:
    # X-1 Toko B 1,000,000 (31 Oct, 22 days late) beside the book above: Toko B owes
    # 1,500,000, no credit.
    invoices = tmp_path / "faktur.csv"
    invoices.write_text("No Faktur,Tanggal,Pelanggan,Jumlah\nX-1,01/10/2026,Toko B,1.000.000\n")
    book = tmp_path / "pembayaran_penjualan_okt.csv"
    book.write_text(SALES_AND_PAYMENTS)
    batch, payload = summarize_files([invoices, book], AS_OF)
    assert not batch.errors and not payload["problems"]
    assert payload["per_customer"] == {"Toko A": 1_000_000, "Toko B": 1_500_000}
    assert payload["credit_balances"] == {}


def test_a_payment_taken_back_in_a_payments_file_keeps_it_a_payments_file(
    tmp_path: Path,
) -> None:
    # Look-alike: a payments file with one payment undone ("koreksi" -500,000): none of its
    # rows calls itself a sale. F1 2,000,000 - (1,500,000 - 500,000) = 1,000,000 (22 days
    # late). Read as sales, the transfer would be owed: 3,000,000.
    invoices = tmp_path / "faktur.csv"
    invoices.write_text("No Faktur,Tanggal,Pelanggan,Jumlah\nF1,01/10/2026,Toko A,2.000.000\n")
    paid = tmp_path / "pembayaran.csv"
    paid.write_text(
        "Tanggal,Pelanggan,Keterangan,Jumlah\n"
        "01/11/2026,Toko A,Transfer,1.500.000\n"
        "03/11/2026,Toko A,koreksi salah input,-500.000\n"
    )
    batch, payload = summarize_files([invoices, paid], AS_OF)
    assert not batch.errors
    assert payload["per_customer"] == {"Toko A": 1_000_000}


# Round 44 x12: a program wrote Sisa ("=D2-E2") and the TOTAL line ("=SUM") as formulas
# without their results; Jumlah and Dibayar are plain figures. The file was refused ("open
# in Excel, save"). The figures are all there: F1 1,000,000 - 400,000 = 600,000 (22 days
# late), F2 750,000 (10 Nov, current), F3 paid. The Sisa and the total are checks not made.
UNWORKED_SISA = [
    ["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Dibayar", "Sisa"],
    ["F1", OCT_1, "Toko A", 1_000_000, 400_000, "=D2-E2"],
    ["F2", D(2026, 11, 10), "Toko B", 750_000, 0, "=D3-E3"],
    ["F3", OCT_1, "Toko A", 500_000, 500_000, "=D4-E4"],
    [None, None, "TOTAL", "=SUM(D2:D4)", "=SUM(E2:E4)", "=SUM(F2:F4)"],
]


def test_a_sisa_and_total_never_calculated_are_checks_not_made(tmp_path: Path) -> None:
    expected = figures(1_350_000, 600_000, 2, current=750_000, d1to30=600_000)
    payload = reads_to(tmp_path / "piutang.xlsx", [("Piutang", UNWORKED_SISA)], expected)
    [book] = payload["files"]
    assert book["sheets"][0]["checks"] == {"saldo": "none", "totals": "uncalculated",
                                           "sisa": "uncalculated"}  # fmt: skip
    [line] = reading_lines(book)
    assert "sisa tidak dicek (rumusnya belum pernah dihitung)" in line
    assert "total tidak dicek" in line


def test_a_saldo_never_calculated_on_a_card_is_a_check_not_made(tmp_path: Path) -> None:
    # A card whose Saldo runs by formulas never worked out, its opening balance typed: 1,000,000
    # opening (1 Aug) paid by the 1,000,000 of 15 Oct; F1 2,000,000 (31 Oct, 22 days late).
    card = [
        CARD,
        [D(2026, 8, 1), "Saldo awal", None, None, None, 1_000_000],
        [OCT_1, "Penjualan", "F1", 2_000_000, None, "=F2+D3-E3"],
        [D(2026, 10, 15), "Bayar", None, None, 1_000_000, "=F3+D4-E4"],
    ]
    expected = figures(2_000_000, 2_000_000, 1, d1to30=2_000_000)
    payload = reads_to(tmp_path / "kartu.xlsx", [("Toko Sari", card)], expected)
    assert payload["files"][0]["sheets"][0]["checks"]["saldo"] == "uncalculated"


def test_a_sisa_never_calculated_that_says_what_was_paid_is_still_refused(
    tmp_path: Path,
) -> None:
    # Look-alike: no Dibayar beside it, the Sisa ("=D2-SUMIF(Bayar!…)") alone says what was
    # paid: read as empty, every invoice would be owed whole.
    rows = [
        ["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Sisa"],
        ["F1", OCT_1, "Toko A", 1_000_000, "=D2-SUMIF(Bayar!A:A,A2,Bayar!C:C)"],
    ]
    path = tmp_path / "piutang.xlsx"
    _xlsx(path, [("Piutang", rows)])
    with pytest.raises(LedgerReadError) as refused:
        read_ledger(path)
    assert refused.value.code == "uncalculated"
