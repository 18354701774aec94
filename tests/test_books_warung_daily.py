"""A warung's daily sheet of sales in parts (figures worked out on paper as of 22 Nov 2026,
default term 30 days): each row one customer's purchase that day, "Tanggal | Nama | Tunai |
QRIS | Bon | Total", its Total the sum of what was paid at the sale (Tunai, QRIS, Transfer) and
what was taken on the tab (Bon, Kredit, Hutang, Ngebon). Only the part on the tab is owed; the
parts paid at the sale paid the rest of that sale, none of the debt. Before:

- under "Bon", the Bon was read as the amount and the Tunai as a payment of it: 1,250,000 owed
  where 1,400,000 is, silently (Mbak Cici's cash purchases were payments of a customer with no
  invoice, Bu Ani's and Pak Budi's cash paid their earlier Bon);
- under "Kredit", the sheet was refused as a till's report (its Kredit a credit card).

Rule: ``core.reading.layout.sale_parts`` (the columns), ``SaleParts.unsummed`` (the rows),
used by ``layout._map`` / ``till_columns``, ``rows.SheetReader._sales_in_parts`` and
``ingest._unsummed_parts``."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.reading import layout
from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, _xlsx, figures, reads_to

DAY = [
    [D(2026, 9, 10), "Bu Ani", 100_000, 0, 300_000, 400_000],
    [D(2026, 9, 10), "Pak Budi", 50_000, 50_000, 0, 100_000],
    [D(2026, 10, 5), "Bu Ani", 0, 0, 500_000, 500_000],
    [D(2026, 10, 12), "Mbak Cici", 200_000, 0, 0, 200_000],
    [D(2026, 10, 20), "Pak Budi", 0, 150_000, 250_000, 400_000],
    [D(2026, 11, 2), "Toko Tunai Jaya", 0, 0, 350_000, 350_000],
    [D(2026, 11, 15), "Mbak Cici", 300_000, 0, 0, 300_000],
]
# Owed, the Bon alone, each due 30 days after its day:
# - Bu Ani 300,000 of 10 Sep (100,000 paid in cash for the rest), due 10 Oct, 43 days late;
# - Bu Ani 500,000 of 5 Oct, due 4 Nov, 18 days late;
# - Pak Budi 250,000 of 20 Oct (150,000 by QRIS for the rest), due 19 Nov, 3 days late;
# - Toko Tunai Jaya 350,000 of 2 Nov, due 2 Dec, not yet due.
# Pak Budi's 10 Sep and Mbak Cici's purchases were paid in full: no debt, no payment.
# 1,400,000 owed, 1,050,000 overdue; three customers.
OWED = figures(1_400_000, 1_050_000, 3, current=350_000, d1to30=750_000, d31to60=300_000)


def _day(credit: str, way: str = "QRIS") -> list[list[object]]:
    return [["Tanggal", "Nama", "Tunai", way, credit, "Total"], *map(list, DAY)]


@pytest.mark.parametrize("credit", ["Bon", "Kredit", "Hutang", "Ngebon"])
def test_only_the_part_on_the_tab_is_owed(tmp_path: Path, credit: str) -> None:
    payload = reads_to(tmp_path / "harian.xlsx", [("Harian", _day(credit))], OWED)
    assert payload["ignored_sheets"] == []


def test_cash_and_transfer_parts_are_no_payments_of_the_bon(tmp_path: Path) -> None:
    # Tunai and Transfer side by side are a payment's parts in an invoice list; here they
    # paid the rest of each sale: the same 1,400,000.
    reads_to(tmp_path / "harian_tf.xlsx", [("Harian", _day("Bon", "Transfer"))], OWED)


def test_a_row_whose_total_is_not_its_parts_sum_is_a_problem(tmp_path: Path) -> None:
    # Pak Budi's 20 Oct Total says 450,000 of 0 + 150,000 + 250,000: which figure is wrong the
    # book does not say. That row (Excel row 6) is told and left out: 1,150,000 owed, 800,000
    # overdue (Bu Ani 300,000 31-60 days late, 500,000 1-30), Toko Tunai Jaya's 350,000 not due.
    rows = _day("Bon")
    rows[5][5] = 450_000
    _xlsx(tmp_path / "selisih.xlsx", [("Harian", rows)])
    batch, payload = summarize_files([tmp_path / "selisih.xlsx"], AS_OF)
    assert not batch.errors
    expected = figures(1_150_000, 800_000, 2, current=350_000, d1to30=500_000, d31to60=300_000)
    assert {key: payload[key] for key in FIGURES} == expected
    problems = [{k: p[k] for k in ("file", "sheet", "row", "column", "code")}
                for p in payload["problems"]]  # fmt: skip
    assert problems == [{"file": "selisih.xlsx", "sheet": "Harian", "row": 6,
                         "column": "Total", "code": "parts-unsummed"}]  # fmt: skip
    assert "450" in payload["problems"][0]["message"]


@pytest.mark.parametrize("credit", ["Bon", "Kredit"])
def test_most_totals_not_their_parts_sum_are_refused_saying_so(tmp_path: Path, credit: str) -> None:
    # Five of seven Totals are 1,000 off their parts: the columns are no parts of a sale as
    # far as the rows tell, and no figure read from them could be trusted.
    rows = _day(credit)
    for row in rows[1:6]:
        row[5] += 1_000  # type: ignore[operator]
    _xlsx(tmp_path / "kacau.xlsx", [("Harian", rows)])
    batch, _ = summarize_files([tmp_path / "kacau.xlsx"], AS_OF)
    assert not batch.files and len(batch.errors) == 1
    said = batch.errors[0].message("id")
    assert "lembar 'Harian'" in said and "5 dari 7 baris" in said and "dibon" in said
    assert "is not the sum of its parts" in batch.errors[0].message("en")


RECEIVABLES = [["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Dibayar"],
               ["P-01", D(2026, 9, 20), "Toko Mawar", 1_000_000, 0],
               ["P-02", D(2026, 10, 25), "UD Sentosa", 2_000_000, 500_000]]  # fmt: skip
# P-01 1,000,000 due 20 Oct (33 days late); P-02 1,500,000 left, due 24 Nov.
RECEIVABLES_OWED = figures(2_500_000, 1_000_000, 2, current=1_500_000, d31to60=1_000_000)


def test_a_till_without_customers_stays_aside(tmp_path: Path) -> None:
    # A Kas Harian (the day's takings by way, no customer) is no book of debts, as before.
    takings = [["Tanggal", "Tunai", "QRIS", "Transfer", "Total"],
               [D(2026, 11, 1), 100_000, 50_000, 0, 150_000],
               [D(2026, 11, 2), 200_000, 0, 100_000, 300_000]]  # fmt: skip
    sheets = [("Piutang", RECEIVABLES), ("Kas Harian", takings)]
    payload = reads_to(tmp_path / "kas.xlsx", sheets, RECEIVABLES_OWED)
    assert [s["sheet"] for s in payload["ignored_sheets"]] == ["Kas Harian"]
    assert "kasir" in payload["ignored_sheets"][0]["reason"]


def test_a_tills_receipts_keep_their_kredit_a_credit_card() -> None:
    # A receipt's number, a debit card, a "Total Bayar" beside a Kredit: a till's export.
    assert layout.sale_parts(["No Struk", "Tanggal", "Pelanggan", "Cash", "QRIS", "Kredit",
                              "Total Bayar"]) is None  # fmt: skip
    assert layout.sale_parts(["Tanggal", "Pelanggan", "Tunai", "Debit", "Kredit", "Total"]) is None
    assert layout.till_columns(["Tanggal", "Nama", "Tunai", "QRIS", "Kredit", "Total"]) is None


def test_an_invoice_list_paid_by_way_with_a_sisa_reads_as_before(tmp_path: Path) -> None:
    # Total | Tunai | Transfer | Sisa is an invoice and its payments by way, Sisa owed (its
    # Total the sum too, but nothing here is a part on the tab): F-1 500,000 due 1 Oct (52
    # days late); F-2 paid; F-3 500,000 due 1 Dec.
    book = [["No Faktur", "Tanggal", "Pelanggan", "Total", "Tunai", "Transfer", "Sisa"],
            ["F-1", D(2026, 9, 1), "Toko Tunai Jaya", 1_000_000, 200_000, 300_000, 500_000],
            ["F-2", D(2026, 10, 1), "Bu Ani", 800_000, 0, 800_000, 0],
            ["F-3", D(2026, 11, 1), "Pak Budi", 600_000, 100_000, 0, 500_000]]  # fmt: skip
    expected = figures(1_000_000, 500_000, 2, current=500_000, d31to60=500_000)
    reads_to(tmp_path / "faktur.xlsx", [("Faktur", book)], expected)
    assert layout.sale_parts(book[0]) is None  # type: ignore[arg-type]


def test_a_kredit_that_is_a_payment_in_a_journal_reads_as_before(tmp_path: Path) -> None:
    # Debet | Kredit | Saldo: the Kredit pays, "Bayar tunai" a note. F-1 1,000,000 less
    # 400,000 = 600,000 due 1 Oct (52 days late); F-2 800,000 due 31 Oct (22 days late).
    book = [["Tanggal", "Pelanggan", "No Faktur", "Keterangan", "Debet", "Kredit", "Saldo"],
            [D(2026, 9, 1), "Toko Tunai Jaya", "F-1", "Penjualan", 1_000_000, None, 1_000_000],
            [D(2026, 9, 20), "Toko Tunai Jaya", "F-1", "Bayar tunai", None, 400_000, 600_000],
            [D(2026, 10, 1), "Bu Ani", "F-2", "Penjualan", 800_000, None, 800_000]]  # fmt: skip
    expected = figures(1_400_000, 1_400_000, 2, d1to30=800_000, d31to60=600_000)
    reads_to(tmp_path / "jurnal.xlsx", [("Jurnal", book)], expected)
    # Beside an invoice's number, a Kredit beside Total and Tunai may be a payment: no part.
    header = ["No Faktur", "Tanggal", "Pelanggan", "Total", "Tunai", "Kredit"]
    assert layout.sale_parts(header) is None


def test_a_bon_paid_back_as_a_negative_bon_pays_the_oldest(tmp_path: Path) -> None:
    # Bu Ani pays 200,000 of her tab on 1 Nov, written as Tunai 200,000 and Bon -200,000
    # (Total 0): her 300,000 of 10 Sep is left 100,000 (43 days late), her 500,000 of 5 Oct
    # (18 days late) stands; Toko Tunai Jaya's 350,000 is not yet due. 950,000 owed.
    rows = [["Tanggal", "Nama", "Tunai", "QRIS", "Bon", "Total", "Keterangan"],
            [D(2026, 9, 10), "Bu Ani", 100_000, 0, 300_000, 400_000, None],
            [D(2026, 10, 5), "Bu Ani", 0, 0, 500_000, 500_000, None],
            [D(2026, 11, 1), "Bu Ani", 200_000, 0, -200_000, 0, "bayar bon"],
            [D(2026, 11, 2), "Toko Tunai Jaya", 0, 0, 350_000, 350_000, "rokok"]]  # fmt: skip
    expected = figures(950_000, 600_000, 2, current=350_000, d1to30=500_000, d31to60=100_000)
    reads_to(tmp_path / "bayar_minus.xlsx", [("Harian", rows)], expected)
    # Written with no Bon, its note naming the payment, the sheet has no column to read it
    # from: the row is told, not taken silently for a cash sale (the tab still counts).
    rows[3][4], rows[3][5] = 0, 200_000
    _xlsx(tmp_path / "bayar_nol.xlsx", [("Harian", rows)])
    _, payload = summarize_files([tmp_path / "bayar_nol.xlsx"], AS_OF)
    assert payload["outstanding"] == 1_150_000
    told = [(p["row"], p["column"], p["code"]) for p in payload["problems"]]
    assert told == [(4, "Keterangan", "parts-payment")]
    assert layout.pays_the_tab("Pelunasan kasbon") and not layout.pays_the_tab("bayar QRIS")


def test_a_days_line_of_totals_is_no_purchase(tmp_path: Path) -> None:
    # "Jumlah hari ini" under the rows with the Total alone, or every column summed: no row
    # to tell (the Bon's sum is checked against the rows read), 1,400,000 owed either way.
    rows = _day("Bon")
    alone = [*rows, [None, "Jumlah hari ini", None, None, None, 2_250_000]]
    reads_to(tmp_path / "jumlah.xlsx", [("Harian", alone)], OWED)
    summed = [*rows, [None, "TOTAL", 650_000, 200_000, 1_400_000, 2_250_000]]
    reads_to(tmp_path / "total.xlsx", [("Harian", summed)], OWED)
