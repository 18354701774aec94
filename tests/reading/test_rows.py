"""The row rules read a run of rows a column at a time: the problems still come in the order of
the rows, each row's own in the order of the rule, and the records are the rows' in order."""

import gc
from datetime import date
from pathlib import Path

from core.ingest import read_ledger
from core.ledger import build_ledger
from core.reading.rows import SheetReader
from tests.helpers import write_xlsx

HEADER = ["No. Faktur", "Tanggal", "Nama Pelanggan", "Jumlah", "Dibayar", "Sisa", "Jatuh Tempo"]
DAY, DUE = date(2026, 3, 2), date(2026, 4, 1)


def test_problems_in_row_order_and_a_rows_own_in_the_rules_order(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["BUKU PIUTANG"],
        HEADER,
        ["F-1", DAY, "Toko A", 1_000_000, 0, 1_000_000, DUE],  # row 3: read
        ["F-2", DAY, None, 500_000, 0, 500_000, DUE],  # 4: no customer
        ["F-3", DAY, "Toko B", "lima juta", 0, None, DUE],  # 5: no amount
        ["F-4", DAY, "Toko B", 300_000, "abc", 300_000, DUE],  # 6: paid unreadable
        ["F-5", "32/13/2026", "Toko C", 400_000, 0, 999, None],  # 7: Sisa differs, bad date
        ["F-6", DAY, "Toko A", -200_000, None, None, DUE],  # 8: a return
        ["F-7", DAY, "Toko D", 700_000, 700_000, 0, DUE],  # 9: read, paid
    ]
    result = read_ledger(write_xlsx(tmp_path / "mixed.xlsx", {"Jan": rows}))
    assert [(p.code, p.row) for p in result.problems] == [
        ("missing-customer", 4),
        ("invalid-amount", 5),
        ("invalid-paid", 6),
        ("check-mismatch", 7),
        ("invalid-date", 7),
    ]
    mismatch = result.problems[3]
    assert (mismatch.book_says, mismatch.read) == (999, 400_000)
    assert [(i.number, i.source.row, i.paid) for i in result.invoices] == [
        ("F-1", 3, 0),
        ("F-7", 9, 700_000),
    ]
    [back] = result.payments
    assert (back.kind, back.amount, back.customer) == ("return", 200_000, "Toko A")
    assert back.source.row == 8


def test_a_total_line_checks_the_rows_read_above_it(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["No. Faktur", "Tanggal", "Nama Pelanggan", "Jumlah", "Jatuh Tempo"],
        ["F-1", DAY, "Toko A", 100_000, DUE],
        ["F-2", DAY, "Toko A", 250_000, DUE],
        [None, None, "Sub Total", 350_000, None],
        ["F-3", DAY, "Toko B", 40_000, DUE],
        [None, None, "Sub Total", 45_000, None],  # the book is wrong here
        [None, None, "TOTAL", 390_000, None],
    ]
    result = read_ledger(write_xlsx(tmp_path / "totals.xlsx", {"Sheet1": rows}))
    assert [i.number for i in result.invoices] == ["F-1", "F-2", "F-3"]
    [wrong] = result.problems
    assert (wrong.code, wrong.row) == ("check-mismatch", 6)
    assert (wrong.book_says, wrong.read) == (45_000, 40_000)
    assert result.sheets[0].checks["totals"] == "mismatch"


def test_a_cards_rows_in_order_with_an_opening_balance_a_bad_credit_and_a_return(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        ["KARTU PIUTANG"],
        ["Nama Pelanggan : Bu Sari"],
        ["Tanggal", "Keterangan", "No. Faktur", "Debet", "Kredit", "Saldo"],
        [date(2026, 1, 1), "Saldo awal", None, None, None, 500_000],  # row 4
        [date(2026, 1, 5), "Penjualan", "F-1", 1_000_000, None, 1_500_000],
        [date(2026, 1, 9), "Bayar", None, None, "seratus", 1_400_000],  # 6: bad credit
        [date(2026, 1, 12), "Retur", "F-1", -100_000, None, 1_400_000],  # 7: a return
        [date(2026, 1, 20), "Bayar", None, None, 400_000, 900_000],  # 8: Saldo differs
    ]
    result = read_ledger(write_xlsx(tmp_path / "card.xlsx", {"Bu Sari": rows}))
    assert [(p.code, p.row) for p in result.problems] == [
        ("invalid-amount", 6),
        ("check-mismatch", 8),
    ]
    assert (result.problems[1].book_says, result.problems[1].read) == (900_000, 1_000_000)
    assert [(i.number, i.amount, i.due_source, i.source.row) for i in result.invoices] == [
        ("", 500_000, "opening", 4),
        ("F-1", 1_000_000, "default", 5),
    ]
    assert [(p.kind, p.amount, p.invoice_number, p.source.row) for p in result.payments] == [
        ("return", 100_000, "F-1", 7),
        ("payment", 400_000, "", 8),
    ]


def test_a_yes_no_cell_is_never_an_amount_whatever_stands_above_it(tmp_path: Path) -> None:
    """TRUE equals 1 to a set: a column holding Rp 1 above a TRUE cell once read the TRUE as
    Rp 1; it is a bad amount wherever it stands."""
    for first, second in ((1.0, True), (True, 1.0), (0.0, False), (False, 0.0)):
        rows: list[list[object]] = [
            HEADER[:4],
            ["F-1", DAY, "Toko A", first],
            ["F-2", DAY, "Toko A", second],
            ["F-3", DAY, "Toko A", 500_000],
        ]
        result = read_ledger(write_xlsx(tmp_path / "yes_no.xlsx", {"Jan": rows}))
        yes_no = 2 if isinstance(first, bool) else 3
        assert [(p.code, p.row) for p in result.problems] == [("invalid-amount", yes_no)], first
        assert sum(i.amount for i in result.invoices) == 500_000 + int(
            first if yes_no == 3 else second
        )


def test_a_yes_no_terms_cell_is_a_problem_whatever_stands_above_it(tmp_path: Path) -> None:
    """A TRUE in the Tempo column below a 1-day term was read as one day (TRUE equals 1). It
    is terms not understood: told, and the invoice still owed after the default term."""
    for first, second in ((1.0, True), (True, 1.0)):
        rows: list[list[object]] = [
            ["No. Faktur", "Tanggal", "Nama Pelanggan", "Jumlah", "Tempo (hari)"],
            ["F-1", DAY, "Toko A", 100_000, first],
            ["F-2", DAY, "Toko A", 200_000, second],
        ]
        result = read_ledger(write_xlsx(tmp_path / "yes_no_terms.xlsx", {"Jan": rows}))
        yes_no = 2 if isinstance(first, bool) else 3
        assert [(p.code, p.row) for p in result.problems] == [("invalid-terms", yes_no)], first
        sources = {i.number: i.due_source for i in result.invoices}
        assert sources == {"F-1": "terms" if yes_no == 3 else "default",
                           "F-2": "terms" if yes_no == 2 else "default"}  # fmt: skip


def test_digits_in_a_text_cell_are_left_out_of_a_total_as_excel_leaves_them(
    tmp_path: Path,
) -> None:
    """Excel's SUM adds number cells only: "150000" typed as text is not in the book's TOTAL,
    and that TOTAL is no disagreement. In a CSV every cell is text: digits are a number."""
    rows: list[list[object]] = [
        HEADER[:4],
        ["F-1", DAY, "Toko A", 100_000],
        ["F-2", DAY, "Toko A", "150000"],
        ["F-3", DAY, "Toko A", "Rp 200.000"],
        ["TOTAL", None, None, 100_000],
    ]
    result = read_ledger(write_xlsx(tmp_path / "text_digits.xlsx", {"Jan": rows}))
    assert result.problems == []
    assert sum(i.amount for i in result.invoices) == 450_000
    assert result.sheets[0].checks["totals"] == "ok"

    csv = tmp_path / "text_digits.csv"
    lines = ["No. Faktur,Tanggal,Nama Pelanggan,Jumlah", "F-1,02/03/2026,Toko A,100000",
             "F-2,02/03/2026,Toko A,150000", 'F-3,02/03/2026,Toko A,"Rp 200.000"',
             "TOTAL,,,250000"]  # fmt: skip
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = read_ledger(csv)
    assert result.problems == []
    assert result.sheets[0].checks["totals"] == "ok"


def test_a_paid_cell_that_says_nothing_is_paid_yet_is_nothing_paid(tmp_path: Path) -> None:
    """ "belum", "nihil", or zero as the accounting format shows it ("Rp -", a dash) in the
    paid column: the invoice is read, unpaid; such a row was once left out as a bad one, and
    the total came out short. "sebagian" says nothing of how much: still a bad row (beside a
    row read: a sheet of no row read is refused, tests/test_books_outside_twentysixth.py)."""
    header = ["No. Faktur", "Tanggal", "Nama Pelanggan", "Jumlah", "Dibayar"]
    for note in ("belum", "Belum bayar", "nihil", "unpaid", "Rp -", "Rp. -", "\u2013", "-"):
        rows: list[list[object]] = [header, ["F-1", DAY, "Toko A", 100_000, note]]
        result = read_ledger(write_xlsx(tmp_path / "nothing_paid.xlsx", {"Jan": rows}))
        assert result.problems == [], note
        assert [(i.amount, i.paid) for i in result.invoices] == [(100_000, 0)], note
    rows = [header, ["F-1", DAY, "Toko A", 100_000, "sebagian"], ["F-2", DAY, "Toko A", 1, 0]]
    result = read_ledger(write_xlsx(tmp_path / "part_paid.xlsx", {"Jan": rows}))
    assert [(p.code, p.row) for p in result.problems] == [("invalid-paid", 2)]


def test_a_cell_of_dashes_says_there_is_no_number_date_or_terms(tmp_path: Path) -> None:
    """Owners write "-" where there is nothing: no invoice number (two such sales are two
    sales, never one invoice written twice), no due date and no terms (the default term), no
    payment date. Each is read as an empty cell is; the customer's name is left as written."""
    rows: list[list[object]] = [
        ["No Faktur", "Tgl Faktur", "Jatuh Tempo", "Tempo", "Pelanggan", "Jumlah", "Dibayar"],
        ["J-1", date(2026, 10, 1), None, 30, "Toko A", 400_000, "-"],
        ["J-2", date(2026, 10, 10), "-", "-", "Toko A", 600_000, 0],
        ["-", date(2026, 11, 10), None, 30, "Toko B", 300_000, None],
        ["--", date(2026, 11, 11), " – ", 30, "Toko B", 300_000, None],
    ]
    result = read_ledger(write_xlsx(tmp_path / "strip.xlsx", {"Piutang": rows}))
    assert result.problems == []
    assert [(i.number, i.amount, i.due_date, i.due_source) for i in result.invoices] == [
        ("J-1", 400_000, date(2026, 10, 31), "terms"),
        ("J-2", 600_000, date(2026, 11, 9), "default"),
        ("", 300_000, date(2026, 12, 10), "terms"),
        ("", 300_000, date(2026, 12, 11), "terms"),
    ]
    assert len(build_ledger(result.invoices).invoices) == 4
    paid = write_xlsx(tmp_path / "bayar.xlsx", {"Bayar": [
        ["No Faktur", "Pelanggan", "Tanggal Bayar", "Jumlah"], ["J-1", "Toko A", "-", 100_000],
    ]})  # fmt: skip
    [payment] = read_ledger(paid).payments
    assert (payment.invoice_number, payment.amount, payment.paid_on) == ("J-1", 100_000, None)


def test_a_reader_is_freed_without_the_cycle_collector(tmp_path: Path) -> None:
    """``python -m core`` runs with the cyclic collector off: a sheet's reader (its columns and
    parsed cells, the size of the sheet) must be freed by reference counting alone, so nothing
    of it may point back at it (a bound method kept on it did: 80 MB more at 100k rows)."""
    rows: list[list[object]] = [
        ["DAFTAR PIUTANG (dalam ribuan Rupiah)"],
        ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Dibayar"],
        ["R-1", DAY, "Toko Kayu", 1_250, 250],
        ["TOTAL", None, None, 1_250, 250],
    ]
    path = write_xlsx(tmp_path / "ribuan.xlsx", {"Piutang": rows})
    gc.collect()
    gc.disable()
    try:
        [invoice] = read_ledger(path).invoices
        alive = [o for o in gc.get_objects() if isinstance(o, SheetReader)]
    finally:
        gc.enable()
    assert invoice.amount == 1_250_000
    assert alive == []
