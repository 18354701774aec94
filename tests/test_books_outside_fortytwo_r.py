"""Round 61 of the outside testers (fixer 61: opening balances sheets): each book written by
hand with its figures worked out on paper as of 22 Nov 2026 (default term 30 days: a sale of 1
Oct is due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, Rows, _xlsx, figures, reads_to

SALES_2026: Rows = [
    ["Tgl", "No Nota", "Nama Pelanggan", "Total", "Keterangan"],
    [D(2026, 9, 14), "NT-118", "Toko Rejeki Baru", 1_600_000, "beras 10 karung"],
    [D(2026, 10, 3), "NT-131", "UD Sumber Pangan", 2_050_000, "minyak 5 dus"],
    [D(2026, 10, 28), "NT-140", "Toko Rejeki Baru", 950_000, "gula 2 karung"],
    [D(2026, 11, 10), "NT-149", "Pak Hendra", 700_000, "tepung"],
]
PAID_2026: Rows = [
    ["Tanggal", "Nama Pelanggan", "Jumlah Bayar", "Keterangan"],
    [D(2026, 11, 5), "Toko Rejeki Baru", 3_000_000, "transfer BCA"],
    [D(2026, 11, 12), "UD Sumber Pangan", 1_150_000, "tunai"],
    [D(2026, 11, 18), "Pak Hendra", 500_000, "transfer BRI"],
]


# Round 61 b02 (and b01, b04, b16, b28, b31, b37): a sheet "Saldo Awal" of what each customer
# owed from last year, "Nama Pelanggan | Saldo Awal per 31 Des 2025" (no date column), was set
# aside as a summary: every brought-forward debt gone (1,100,000 for 5,000,000), and the
# payments meant for it a credit of 450,000 for Toko Rejeki Baru, who owes 1,950,000. Each is
# a debt due 31 Dec 2025, paid first by payments naming no nota. Rejeki's 3,000,000: its
# opening 2,400,000 and 600,000 of NT-118 (left 1,000,000, due 14 Oct, 39 days: 31-60), NT-140
# 950,000 current; Sumber Pangan's 1,150,000 pays its opening, NT-131 2,050,000 (due 2 Nov:
# 1-30); Hendra's 500,000 leaves 300,000 of his opening (90+), NT-149 700,000 current.
def test_a_sheet_of_last_years_balances_is_the_books_opening_debts(tmp_path: Path) -> None:
    openings = [
        ["SALDO AWAL PIUTANG", None, None],
        ["No", "Nama Pelanggan", "Saldo Awal per 31 Des 2025"],
        [1, "Toko Rejeki Baru", 2_400_000],
        [2, "UD Sumber Pangan", 1_150_000],
        [3, "Pak Hendra", 800_000],
    ]
    expected = figures(
        5_000_000, 3_350_000, 3, current=1_650_000, d1to30=2_050_000, d31to60=1_000_000,
        over90=300_000,
    )  # fmt: skip
    sheets = [("Saldo Awal", openings), ("Penjualan 2026", SALES_2026), ("Pembayaran", PAID_2026)]
    payload = reads_to(tmp_path / "piutang.xlsx", sheets, expected)
    assert payload["per_customer"] == {
        "Toko Rejeki Baru": 1_950_000,
        "UD Sumber Pangan": 2_050_000,
        "Pak Hendra": 1_000_000,
    }


# Round 61 b39 and b03: the year only in the sheet's name ("Saldo Awal 2025", "Nama Pelanggan |
# Sisa Piutang"): due no later than 31 Dec 2025 (90+), 3,570,000; N-091 2,600,000 - 600,000 =
# 2,000,000 (due 19 Oct, 31-60), N-113 850,000 current. A negative one is money paid ahead: Bu
# Lilis's -380,000 pays N-113 down to 470,000.
def test_an_opening_sheet_dated_by_the_year_in_its_name(tmp_path: Path) -> None:
    sales = [
        ["Tanggal", "Nota", "Pelanggan", "Total", "Bayar"],
        [D(2026, 6, 6), "N-066", "Toko Fajar", 1_200_000, 1_200_000],
        [D(2026, 9, 19), "N-091", "Pak Darto", 2_600_000, 600_000],
        [D(2026, 11, 13), "N-113", "Bu Lilis", 850_000, 0],
    ]
    balances = [
        ["Nama Pelanggan", "Sisa Piutang"],
        ["Toko Fajar", 2_150_000],
        ["Bu Lilis", 380_000],
        ["Pak Darto", 1_040_000],
    ]
    expected = figures(
        6_420_000, 5_570_000, 3, current=850_000, d31to60=2_000_000, over90=3_570_000
    )
    sheets = [("Penjualan 2026", sales), ("Saldo Awal 2025", balances)]
    reads_to(tmp_path / "piutang.xlsx", sheets, expected)
    balances[2] = ["Bu Lilis", "(380.000)"]
    expected = figures(
        5_660_000, 5_190_000, 3, current=470_000, d31to60=2_000_000, over90=3_190_000
    )
    reads_to(tmp_path / "minus.xlsx", sheets, expected)


# "Saldo awal 2026" beside 2026's sales is what 2026 opened with: due 1 Jan 2026, not the end
# of 2026 (which would make it not yet due).
def test_an_opening_sheet_named_for_the_books_own_year_opens_it(tmp_path: Path) -> None:
    path = tmp_path / "piutang.xlsx"
    sales = [["Tanggal", "Nota", "Pelanggan", "Total"], [D(2026, 10, 1), "N-1", "Toko A", 500_000]]
    _xlsx(
        path, [("Nota", sales), ("Saldo Awal 2026", [["Pelanggan", "Saldo"], ["Toko A", 700_000]])]
    )
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors and not payload["problems"]
    opening = [inv for inv in batch.files[0].invoices if inv.due_source == "opening"]
    assert [(inv.amount, inv.due_date) for inv in opening] == [(700_000, D(2026, 1, 1))]
    assert payload["outstanding"] == 1_200_000 and payload["overdue"] == 1_200_000


# The look-alike: balances as of a day after the invoices ("Saldo per 22/11/2026") are a recap
# of them, never counted a second time: F-1 1,000,000 and F-2 500,000 - 200,000, both due 31
# Oct (1-30). Out of date for Toko B (500,000 where the list leaves 300,000), it is still no
# debt, and that row is told with both figures.
def test_balances_dated_after_the_invoices_are_a_recap(tmp_path: Path) -> None:
    invoices = [
        ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Dibayar"],
        ["F-1", D(2026, 10, 1), "Toko A", 1_000_000, 0],
        ["F-2", D(2026, 10, 1), "Toko B", 500_000, 200_000],
    ]
    recap = [["Pelanggan", "Saldo per 22/11/2026"], ["Toko A", 1_000_000], ["Toko B", 300_000]]
    expected = figures(1_300_000, 1_300_000, 2, d1to30=1_300_000)
    reads_to(tmp_path / "agrees.xlsx", [("Faktur", invoices), ("Saldo", recap)], expected)
    recap[2] = ["Toko B", 500_000]
    path = tmp_path / "stale.xlsx"
    _xlsx(path, [("Faktur", invoices), ("Saldo", recap)])
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors and payload["outstanding"] == 1_300_000
    told = [(p["code"], p["row"], p["book_says"], p["read"]) for p in payload["problems"]]
    assert told == [("check-mismatch", 3, 500_000, 300_000)]


# Opening balances that name no day anywhere (sheet "Saldo Awal", "Pelanggan | Saldo"): their
# age cannot be told; the file is refused, saying so, rather than summed without them.
def test_opening_balances_of_no_day_refuse_the_file(tmp_path: Path) -> None:
    path = tmp_path / "piutang.xlsx"
    sales = [["Tanggal", "Nota", "Pelanggan", "Total"], [D(2026, 10, 1), "N-1", "Toko A", 500_000]]
    _xlsx(path, [("Nota", sales), ("Saldo Awal", [["Pelanggan", "Saldo"], ["Toko A", 700_000]])])
    batch, payload = summarize_files([path], AS_OF)
    assert len(batch.errors) == 1 and payload["outstanding"] == 0
    said = batch.errors[0].message("id")
    assert "'Saldo Awal'" in said and "Saldo per 31/12/2025" in said


# Round 61 b20: Toko Gemilang's "Saldo awal 2026" 1,900,000 with last year's two notas that
# make it up listed under it on the same sheet ("rincian saldo awal", no Sisa): counted twice
# (5,760,000), while the book's TOTAL SISA check said ok (it sums the Sisa column, blank on the
# detail rows). Once: 1,900,000 (90+), P-2618 2,200,000 - 1,000,000 = 1,200,000 (due 7 Oct,
# 31-60), P-2655 760,000 current: 3,860,000, the book's own total.
def test_an_openings_detail_listed_under_it_counts_once(tmp_path: Path) -> None:
    rows = [
        ["DAFTAR PIUTANG 2026", None, None, None, None, None, None],
        ["Tanggal", "No Faktur", "Pelanggan", "Keterangan", "Jumlah", "Bayar", "Sisa"],
        [D(2026, 1, 1), None, "Toko Gemilang", "Saldo awal 2026", 1_900_000, None, 1_900_000],
        [D(2025, 10, 12), "P-2541", "Toko Gemilang", "rincian saldo awal", 1_100_000, None, None],
        [D(2025, 11, 28), "P-2577", "Toko Gemilang", "rincian saldo awal", 800_000, None, None],
        [D(2026, 1, 1), None, "Pak Hasyim", "Saldo awal 2026", 350_000, 350_000, 0],
        [D(2026, 9, 7), "P-2618", "Toko Gemilang", None, 2_200_000, 1_000_000, 1_200_000],
        [D(2026, 11, 19), "P-2655", "Pak Hasyim", None, 760_000, None, 760_000],
        [None, None, "TOTAL SISA", None, None, None, 3_860_000],
    ]
    expected = figures(
        3_860_000, 3_100_000, 2, current=760_000, d31to60=1_200_000, over90=1_900_000
    )
    payload = reads_to(tmp_path / "piutang.xlsx", [("Piutang 2026", rows)], expected)
    assert payload["per_customer"] == {"Toko Gemilang": 3_100_000, "Pak Hasyim": 760_000}


def _card(name: str, opening: int, sale: Rows, paid: Rows) -> Rows:
    header = ["Tanggal", "No. Faktur", "Keterangan", "Debet", "Kredit", "Saldo"]
    return [
        ["KARTU PIUTANG", None, None, None, None, None],
        [f"Nama Pelanggan : {name}", None, None, None, None, None],
        header,
        [D(2026, 1, 1), None, "Saldo awal", None, None, opening],
        *sale,
        *paid,
    ]


# Round 61 b27: a "Rekap Piutang" sheet ("Pelanggan | Total Piutang") written before CV Mulia's
# last transfer (3,000,000 where the card leaves 1,500,000) was set aside untold: its figures
# were what each customer was billed, so it looked like a summary of sales, though its header
# calls them the debt. Mulia: the transfer pays the opening first (500,000 left, 90+), ML-915
# 1,000,000 (due 15 Oct, 31-60); Restu 800,000 (90+) + 600,000 (current); Edi 1,250,000 (due 4
# Nov, 1-30). 4,150,000; the Rekap's Mulia row told with both figures.
def test_a_recap_of_the_debt_out_of_date_is_told(tmp_path: Path) -> None:
    mulia = _card(
        "CV Mulia", 2_000_000,
        [[D(2026, 9, 15), "ML-915", "Penjualan", 1_000_000, None, 3_000_000]],
        [[D(2026, 11, 18), None, "Transfer", None, 1_500_000, 1_500_000]],
    )  # fmt: skip
    restu = _card(
        "Toko Restu", 800_000,
        [[D(2026, 11, 2), "ML-1102", "Penjualan", 600_000, None, 1_400_000]], [],
    )  # fmt: skip
    faktur = [
        ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Dibayar"],
        ["ML-1005", D(2026, 10, 5), "Pak Edi", 1_250_000, 0],
    ]
    recap = [
        ["Pelanggan", "Total Piutang"],
        ["CV Mulia", 3_000_000],
        ["Toko Restu", 1_400_000],
        ["Pak Edi", 1_250_000],
    ]
    path = tmp_path / "piutang.xlsx"
    sheets = [("CV Mulia", mulia), ("Toko Restu", restu), ("Faktur", faktur)]
    _xlsx(path, [*sheets, ("Rekap Piutang", recap)])
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    assert payload["outstanding"] == 4_150_000 and payload["overdue"] == 3_550_000
    told = [(p["code"], p["row"], p["book_says"], p["read"]) for p in payload["problems"]]
    assert told == [("check-mismatch", 2, 3_000_000, 1_500_000)]


# The look-alike: a list of balances alone ("Pelanggan | Saldo per 22/11/2026" with no other
# sheet) opens no book: how old each debt is cannot be told, and the file is refused as before
# (never read as debts due that day, all current).
def test_a_list_of_balances_alone_opens_no_book(tmp_path: Path) -> None:
    path = tmp_path / "piutang.xlsx"
    rows = [["Pelanggan", "Saldo per 22/11/2026"], ["Toko A", 700_000], ["Toko B", 300_000]]
    _xlsx(path, [("Piutang", rows)])
    batch, payload = summarize_files([path], AS_OF)
    assert len(batch.errors) == 1 and payload["outstanding"] == 0
    assert batch.errors[0].code == "no_dates"
