"""Books an outside tester wrote this round (the seventeenth set), their figures worked out on
paper as of 22 Nov 2026 with the default 30-day term; each test says what it showed before.

Each book is written in a temporary folder: nothing binary is committed. The working of each
figure is in the comment above it."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path
from typing import Any

import pytest

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, Rows, _xlsx, figures, reads_to


def _read(path: Path, sheets: list[tuple[str, Rows]], merges: tuple[str, ...] = ()) -> Any:
    """Write a book and read it as of 22 Nov 2026: its summary."""
    _xlsx(path, sheets, merges)
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    return payload


# An invoice written over its item lines: its number, date, customer, total and what was paid
# stand once, merged down over its lines. MF-01 600 + 700 = 1.3M less 0.3M = 1M, due 15 Oct (38
# days); MF-02 750k not due; MF-03 2M paid; MF-04 1.2M less 0.2M = 1M, due 4 Nov (18 days).
FAKTUR = ["No Faktur", "Tanggal", "Pelanggan", "Barang", "Qty", "Harga", "Subtotal",
          "Total Faktur", "Dibayar"]  # fmt: skip
FAKTUR_ROWS: list[list[object]] = [
    ["MF-01", D(2026, 9, 15), "Toko Lestari", "Semen", 10, 60_000, 600_000, 1_300_000, 300_000],
    [None, None, None, "Pasir", 2, 350_000, 700_000, None, None],
    ["MF-02", D(2026, 10, 28), "Toko Lestari", "Cat", 4, 125_000, 500_000, 750_000, 0],
    [None, None, None, "Kuas", 10, 15_000, 150_000, None, None],
    [None, None, None, "Paku", 5, 20_000, 100_000, None, None],
    ["MF-03", D(2026, 10, 10), "CV Bangun", "Besi", 20, 85_000, 1_700_000, 2_000_000, 2_000_000],
    [None, None, None, "Kawat", 3, 100_000, 300_000, None, None],
    ["MF-04", D(2026, 10, 5), "CV Bangun", "Triplek", 8, 150_000, 1_200_000, 1_200_000, 200_000],
]  # fmt: skip
FAKTUR_FIGURES = figures(2_750_000, 2_000_000, 2, current=750_000, d1to30=1_000_000,
                         d31to60=1_000_000)  # fmt: skip


def _merged(columns: str) -> tuple[str, ...]:
    """The merges of ``columns`` over each invoice's lines (rows 2-3, 4-6, 7-8)."""
    return tuple(f"{c}{top}:{c}{end}" for c in columns for top, end in ((2, 3), (4, 6), (7, 8)))


@pytest.mark.parametrize("columns", ["ABCHI", "HI", "H", "I", "ABC", "ABCH"])
def test_an_invoice_merged_over_its_item_lines_is_one_invoice(tmp_path: Path, columns: str) -> None:
    """A figure merged down over an invoice's lines is one figure, a name, number or date
    merged so is each line's: the lines are one invoice's (5.25M read for 2.75M with all of
    them merged, 7.55M with the total alone; a number merged alone left a 'missing amount' row
    per extra line, the paid figure alone a 'missing customer' row)."""
    path = tmp_path / "faktur.xlsx"
    reads_to(path, [("Penjualan", [FAKTUR, *FAKTUR_ROWS])], FAKTUR_FIGURES, _merged(columns))


def test_an_invoice_whose_number_stands_on_each_line_takes_its_merged_figures_once(
    tmp_path: Path,
) -> None:
    """The number written on each line, the total and what was paid merged over them: one
    invoice of 1.3M less 0.3M (2M read, each line owing the whole)."""
    rows: list[list[object]] = [
        ["No Faktur", "Tanggal", "Pelanggan", "Barang", "Total Faktur", "Dibayar"],
        ["MF-01", D(2026, 9, 15), "Toko Lestari", "Semen", 1_300_000, 300_000],
        ["MF-01", D(2026, 9, 15), "Toko Lestari", "Pasir", None, None],
    ]
    expected = figures(1_000_000, 1_000_000, 1, d31to60=1_000_000)
    reads_to(tmp_path / "faktur.xlsx", [("Sheet", rows)], expected, ("E2:E3", "F2:F3"))


def test_a_customer_merged_over_their_invoices_is_each_ones(tmp_path: Path) -> None:
    """A customer's name merged down beside their invoices still names each; an invoice of
    theirs without an amount is still a row to tell, not a line of the one above."""
    rows: list[list[object]] = [
        ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
        ["A-1", D(2026, 10, 1), "Toko Lestari", 500_000],
        ["A-2", D(2026, 10, 20), None, 300_000],
        ["A-3", D(2026, 11, 1), None, None],
    ]
    payload = _read(tmp_path / "nama.xlsx", [("Sheet", rows)], ("C2:C4",))
    assert payload["outstanding"] == 800_000
    assert [(p["code"], p["row"]) for p in payload["problems"]] == [("missing-amount", 4)]


# A warung's bon book: what each customer took (Bon), what they paid (Bayar, on the same row or
# on a row of its own) and the book's running total over every customer. Bu Tum took 50k on 1
# Oct and paid 20k on 9 Oct: 30k, due 31 Oct (22 days late); Pak Kasno took 12k on 3 Oct and
# paid 2k on it: 10k, due 2 Nov (20 days); Mbak Sri took 8k on 15 Nov: not due.
BON_ROWS: list[list[object]] = [
    [D(2026, 10, 1), "Bu Tum", "rokok", 50_000, None, 50_000],
    [D(2026, 10, 3), "Pak Kasno", "gula", 12_000, 2_000, 60_000],
    [D(2026, 10, 9), "Bu Tum", "bayar", None, 20_000, 40_000],
    [D(2026, 11, 15), "Mbak Sri", "kopi", 8_000, None, 48_000],
]
BON_FIGURES = figures(48_000, 40_000, 3, current=8_000, d1to30=40_000)


@pytest.mark.parametrize(
    ("debt", "running"),
    [("Bon", "Total Bon"), ("Bon", "Saldo"), ("Kasbon", "Total"), ("Utang", "Sisa"),
     ("Ngutang", "Total Bon"), ("Ambil", "Saldo"), ("Jumlah Bon", "Total Bon")],
)  # fmt: skip
def test_a_warung_bon_book_reads_its_debts_and_checks_its_running_total(
    tmp_path: Path, debt: str, running: str
) -> None:
    """ "Bon" is what was taken on credit; a total that runs over every row is a running
    balance, checked as one, never the amount (98.2M read for 680.5k from a book of 300 rows:
    the running total added up as debts; 19k for 7k from three rows)."""
    header = ["Tgl", "Nama", "Keterangan", debt, "Bayar", running]
    payload = reads_to(tmp_path / "bon.xlsx", [("Bon", [header, *BON_ROWS])], BON_FIGURES)
    (sheet,) = payload["files"][0]["sheets"]
    assert sheet["columns"]["amount"]["header"] == debt
    assert sheet["columns"]["balance"]["header"] == running
    assert sheet["checks"]["saldo"] == "ok"


def test_a_running_total_that_parts_from_the_rows_is_told_with_its_total_line(
    tmp_path: Path,
) -> None:
    """The book's running total is checked over every customer (not each customer's own): a
    slip carried on is told once, with both figures, and so is the TOTAL line's running total
    against the whole table's. Ten bons of 10k, Bu Tum and Pak Kasno in turn, none due."""
    rows: list[list[object]] = [
        [D(2026, 11, day), ("Bu Tum", "Pak Kasno")[day % 2], "beras", 10_000, None,
         day * 10_000 + (5_000 if day >= 6 else 0)]
        for day in range(1, 11)
    ]  # fmt: skip
    header = ["Tgl", "Nama", "Keterangan", "Bon", "Bayar", "Total Bon"]
    total = [None, "TOTAL", None, 100_000, None, 105_000]
    payload = _read(tmp_path / "bon.xlsx", [("Bon", [header, *rows, total])])
    assert payload["outstanding"] == 100_000
    found = sorted((p["row"], p["book_says"], p["read"]) for p in payload["problems"])
    assert found == [(7, 65_000, 60_000), (12, 105_000, 100_000)]


def test_a_payment_alone_in_a_list_of_sales_pays_the_customers_oldest_dues(
    tmp_path: Path,
) -> None:
    """A row with only a paid figure in a list whose rows also hold a sale and its payment
    together is a payment on the customer's account (it was dropped as 'Jumlah tagihan
    kosong': 60k read for 40k)."""
    rows: list[list[object]] = [
        ["Tanggal", "Nama", "Keterangan", "Jumlah", "Bayar"],
        [D(2026, 10, 1), "Bu Tum", "rokok", 50_000, None],
        [D(2026, 10, 3), "Pak Kasno", "gula", 12_000, 2_000],
        [D(2026, 10, 9), "Bu Tum", "bayar", None, 20_000],
    ]
    reads_to(tmp_path / "bon.xlsx", [("Sheet", rows)], figures(40_000, 40_000, 2, d1to30=40_000))


def _csv(path: Path, text: str) -> Any:
    """Write a CSV and read it as of 22 Nov 2026: its summary."""
    path.write_text(text, encoding="utf-8")
    batch, payload = summarize_files([path], AS_OF)
    return batch, payload


# Bu Wati took 800k on 1 Oct (due 31 Oct, 22 days late) and paid 300k on 20 Oct: 500k.
@pytest.mark.parametrize(
    ("debt", "paid"),
    [("Piutang", "Pembayaran"), ("CREDIT_GIVEN", "PAYMENT_RECEIVED"), ("Credit Given",
     "Payment Received"), ("Kasbon", "Diterima"), ("Memberi", "Terima"), ("given", "received")],
)  # fmt: skip
def test_a_type_column_says_which_rows_are_debts(tmp_path: Path, debt: str, paid: str) -> None:
    """The words a phone app or an owner types for a debt and a payment (with a due-date
    column, 'Piutang' and 'Pembayaran' read 1.1M for 500k: both were debts)."""
    text = (
        "Tanggal,Pelanggan,Jenis,Jumlah,Jatuh Tempo\n"
        f"01/10/2026,Bu Wati,{debt},800000,31/10/2026\n"
        f"20/10/2026,Bu Wati,{paid},300000,\n"
    )
    batch, payload = _csv(tmp_path / "jenis.csv", text)
    assert not batch.errors
    assert {k: payload[k] for k in ("outstanding", "overdue")} == {
        "outstanding": 500_000,
        "overdue": 500_000,
    }
    assert not payload["problems"]


@pytest.mark.parametrize("due", [True, False])
def test_a_type_word_that_is_neither_is_no_debt(tmp_path: Path, due: bool) -> None:
    """A type column holding a word that is neither a debt's nor a payment's: the sheet is
    not added up, and the refusal names the column and the word (it was read as a debt; or,
    without a due date, refused with 'add a Jenis column', which it had)."""
    tail = ",Jatuh Tempo" if due else ""
    text = (
        f"Tanggal,Pelanggan,Jenis,Jumlah{tail}\n"
        f"01/10/2026,Bu Wati,Titipan,800000{',31/10/2026' if due else ''}\n"
        f"05/10/2026,Pak Harun,Penjualan,500000{',04/11/2026' if due else ''}\n"
        f"20/10/2026,Bu Wati,Pembayaran,300000{',' if due else ''}\n"
    )
    batch, _ = _csv(tmp_path / "jenis.csv", text)
    (error,) = batch.errors
    assert "'Jenis'" in str(error) and "'Titipan'" in str(error)
    assert "Tambahkan kolom Jenis" not in str(error)


def test_a_phone_apps_export_reads_its_contacts_times_and_types(tmp_path: Path) -> None:
    """contact_name is the customer, created_at the date, an ISO time with its zone the day
    written there, CREDIT_GIVEN / PAYMENT_RECEIVED the debt and the payment (refused: no
    customer column). Pak Harun 1.25M due 17 Sep (66 days) less 750k = 500k; Bu Wati 800k due
    10 Oct (43 days)."""
    text = (
        '"id","created_at","contact_name","contact_phone","transaction_type","amount","note",'
        '"due_date"\n'
        '"tx_001","2026-09-03T14:22:05+07:00","Pak Harun","+6281234500001","CREDIT_GIVEN",'
        '"1.250.000","bahan bangunan","2026-09-17"\n'
        '"tx_002","2026-09-10T00:30:00+07:00","Bu Wati","+6281234500002","CREDIT_GIVEN",'
        '"800.000","kain","2026-10-10"\n'
        '"tx_003","2026-09-20T16:45:10+07:00","Pak Harun","+6281234500001","PAYMENT_RECEIVED",'
        '"750.000","transfer",""\n'
    )
    batch, payload = _csv(tmp_path / "hp.csv", text)
    assert not batch.errors
    assert {k: payload[k] for k in ("outstanding", "overdue", "aging")} == {
        "outstanding": 1_300_000,
        "overdue": 1_300_000,
        "aging": figures(0, 0, 0, d31to60=800_000, d61to90=500_000)["aging"],
    }
    assert not payload["problems"]
