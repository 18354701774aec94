"""Round 57 of the outside testers (general ledgers and multi-account journals, fixer 57):
each book written by hand with its figures worked out on paper as of 22 Nov 2026 (default
term 30 days: a sale of 1 Oct is due 31 Oct, 22 days late).

The receivables of every book below: Toko A's NT-1 of 1 Oct, 2,000,000 less 500,000 paid on
5 Nov = 1,500,000 (due 31 Oct, 1-30); Toko B's NT-2 of 10 Nov, 800,000 (due 10 Dec, current).
2,300,000 owed, 1,500,000 of it overdue."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.ingest import read_ledger
from core.report import summarize_files
from tests.helpers import write_xlsx
from tests.test_books_by_hand import AS_OF, figures, reads_to

OCT_1, NOV_5, NOV_10 = D(2026, 10, 1), D(2026, 11, 5), D(2026, 11, 10)
OWED = figures(2_300_000, 1_500_000, 2, d1to30=1_500_000, current=800_000)
PER_CUSTOMER = {"Toko A": 1_500_000, "Toko B": 800_000}
LEDGER = ["Tanggal", "No. Bukti", "Keterangan", "Nama", "Debet", "Kredit", "Saldo"]


def _account(name: str, *rows: list[object]) -> list[list[object]]:
    return [["BUKU BESAR"], [f"Nama Akun : {name}"], LEDGER, *rows]


RECEIVABLE = _account(
    "Piutang Usaha",
    [OCT_1, "NT-1", "Penjualan kredit", "Toko A", 2_000_000, None, 2_000_000],
    [NOV_5, "BKM-1", "Pembayaran piutang", "Toko A", None, 500_000, 1_500_000],
    [NOV_10, "NT-2", "Penjualan kredit", "Toko B", 800_000, None, 2_300_000],
)
CASH = _account("Kas", [NOV_5, "BKM-1", "Pembayaran piutang", "Toko A", 500_000, None, 500_000])
SALES = _account(
    "Penjualan",
    [OCT_1, "NT-1", "Penjualan kredit", "Toko A", None, 2_000_000, 2_000_000],
    [NOV_10, "NT-2", "Penjualan kredit", "Toko B", None, 800_000, 2_800_000],
)


# bb11, bb12, cm38: a buku besar of a sheet per account on one template. The Kas sheet's
# debit is Toko A's payment, the Penjualan sheet's credits their sales: read as customers'
# journals, every customer netted to Rp 0 (and cm38's receipts on Kas were debts). Only the
# Piutang Usaha sheet is read; the others are left aside, told.
def test_a_buku_besar_of_a_sheet_per_account_reads_the_receivable_sheet(tmp_path: Path) -> None:
    sheets = [("Kas", CASH), ("Piutang Usaha", RECEIVABLE), ("Penjualan", SALES)]
    payload = reads_to(tmp_path / "buku_besar.xlsx", sheets, OWED)
    assert payload["per_customer"] == PER_CUSTOMER
    out = read_ledger(tmp_path / "buku_besar.xlsx")
    assert {s.sheet: s.reason_key for s in out.ignored} == {
        "Kas": "sheet.other_account", "Penjualan": "sheet.other_account",
    }  # fmt: skip


# bb13: a program's ledger print, a block per account on one sheet under "Akun : 1-1300
# Piutang Usaha": read as one journal, Rp 0. Only the receivable's block is read.
def test_a_ledger_print_of_a_block_per_account_reads_the_receivable_block(tmp_path: Path) -> None:
    header = ["Tanggal", "No. Sumber", "Keterangan", "Kontak", "Debet", "Kredit", "Saldo"]
    rows = [
        ["LAPORAN BUKU BESAR"],
        ["Akun : 1-1100  Kas"],
        header,
        [NOV_5, "BKM-1", "Transfer masuk", "Toko A", 500_000, None, 500_000],
        [None, None, "Saldo Akhir", None, 500_000, 0, 500_000],
        ["Akun : 1-1300  Piutang Usaha"],
        header,
        [OCT_1, "NT-1", "Penjualan NT-1", "Toko A", 2_000_000, None, 2_000_000],
        [NOV_5, "BKM-1", "Transfer masuk", "Toko A", None, 500_000, 1_500_000],
        [NOV_10, "NT-2", "Penjualan NT-2", "Toko B", 800_000, None, 2_300_000],
        [None, None, "Saldo Akhir", None, 2_800_000, 500_000, 2_300_000],
        ["Akun : 4-1000  Penjualan"],
        header,
        [OCT_1, "NT-1", "Penjualan NT-1", "Toko A", None, 2_000_000, 2_000_000],
        [NOV_10, "NT-2", "Penjualan NT-2", "Toko B", None, 800_000, 2_800_000],
        [None, None, "Saldo Akhir", None, 0, 2_800_000, 2_800_000],
    ]
    payload = reads_to(tmp_path / "laporan_buku_besar.xlsx", [("Buku Besar", rows)], OWED)
    assert payload["per_customer"] == PER_CUSTOMER


CONTROL = ["Tanggal", "Bukti", "Keterangan", "Debet", "Kredit", "Saldo"]


def _card(customer: str, *rows: list[object]) -> list[list[object]]:
    return [["BUKU PEMBANTU PIUTANG"], [f"Pelanggan : {customer}"], CONTROL, *rows]


CARDS = [
    (
        "BP Toko A",
        _card(
            "Toko A",
            [OCT_1, "NT-1", "Penjualan", 2_000_000, None, 2_000_000],
            [NOV_5, "BKM-1", "Pembayaran", None, 500_000, 1_500_000],
        ),
    ),
    ("BP Toko B", _card("Toko B", [NOV_10, "NT-2", "Penjualan", 800_000, None, 800_000])),
]
CONTROL_ROWS = [
    [OCT_1, "NT-1", "Penjualan kredit Toko A", 2_000_000, None, 2_000_000],
    [NOV_5, "BKM-1", "Pembayaran Toko A", None, 500_000, 1_500_000],
    [NOV_10, "NT-2", "Penjualan kredit Toko B", 800_000, None, 2_300_000],
]


# bp27, bp28: the control account ("Buku Besar Piutang", the customer in the note alone)
# beside a card per customer was read as one more customer, "Buku Besar Piutang", every debt
# twice (4,600,000). It is the cards' total: never counted, checked against them.
def test_a_control_account_beside_the_cards_counts_once(tmp_path: Path) -> None:
    control = [["BUKU BESAR"], ["Nama Akun : Piutang Usaha"], CONTROL, *CONTROL_ROWS]
    sheets = [("Buku Besar Piutang", control), *CARDS]
    payload = reads_to(tmp_path / "kontrol_dan_pembantu.xlsx", sheets, OWED)
    assert payload["per_customer"] == PER_CUSTOMER


# The control posted without Toko A's payment: 2,800,000 where the cards leave 2,300,000.
# The cards are read; the control's figure is told as the book's disagreeing.
def test_a_control_account_that_disagrees_with_the_cards_is_told(tmp_path: Path) -> None:
    rows = [CONTROL_ROWS[0], [*CONTROL_ROWS[2][:5], 2_800_000]]
    control = [["BUKU BESAR PIUTANG USAHA (1-1300)"], CONTROL, *rows]
    path = write_xlsx(tmp_path / "kontrol.xlsx", dict([("Buku Besar", control), *CARDS]))
    _, payload = summarize_files([path], AS_OF)
    assert payload["outstanding"] == 2_300_000
    told = [(p["sheet"], p["book_says"], p["read"]) for p in payload["problems"]]
    assert told == [("Buku Besar", 2_800_000, 2_300_000)]


# bb14: the Piutang Usaha sheet of a buku besar naming no customer anywhere was read as owed
# by a customer "Piutang Usaha" (the sheet's name). The balance is known, not who owes it:
# refused, saying so.
def test_a_receivable_ledger_naming_no_customer_is_refused(tmp_path: Path) -> None:
    unnamed = [["BUKU BESAR"], ["Akun: Piutang Usaha (1-1300)"], CONTROL, *CONTROL_ROWS]
    sheets = {"Kas": CASH, "Piutang Usaha": unnamed, "Penjualan": SALES}
    batch, _ = summarize_files([write_xlsx(tmp_path / "bb.xlsx", sheets)], AS_OF)
    assert [e.code for e in batch.errors] == ["sheet_refused"]
    assert "tanpa nama pelanggan" in batch.errors[0].message("id")


# de16: a journal of the accounts' codes alone ("1-1300"), the chart of accounts on the next
# sheet: read as a customers' journal of both legs, Rp 0. The chart names the codes; the
# receivable's lines are read.
def test_a_journal_of_account_codes_is_read_by_the_chart_beside_it(tmp_path: Path) -> None:
    journal = [
        ["JURNAL UMUM"],
        ["Tanggal", "No. Bukti", "Kode Akun", "Kontak", "Keterangan", "Debet", "Kredit"],
        [OCT_1, "NT-1", "1-1300", "Toko A", "Penjualan NT-1", 2_000_000, None],
        [OCT_1, "NT-1", "4-1000", "Toko A", "Penjualan NT-1", None, 2_000_000],
        [NOV_5, "BKM-1", "1-1100", "Toko A", "Pembayaran", 500_000, None],
        [NOV_5, "BKM-1", "1-1300", "Toko A", "Pembayaran", None, 500_000],
        [NOV_10, "NT-2", "1-1300", "Toko B", "Penjualan NT-2", 800_000, None],
        [NOV_10, "NT-2", "4-1000", "Toko B", "Penjualan NT-2", None, 800_000],
    ]
    chart = [
        ["DAFTAR AKUN"],
        ["Kode Akun", "Nama Akun", "Saldo Normal"],
        ["1-1100", "Kas", "Debet"],
        ["1-1300", "Piutang Usaha", "Debet"],
        ["4-1000", "Penjualan", "Kredit"],
    ]
    sheets = [("Jurnal", journal), ("Daftar Akun", chart)]
    payload = reads_to(tmp_path / "jurnal_kode.xlsx", sheets, OWED)
    assert payload["per_customer"] == PER_CUSTOMER


# rf40: a double-entry journal copied without its account column, each line's twin the same
# but for the side: every debit cancelled by its credit, Rp 0 with "checks ok". Refused.
def test_a_journal_of_twinned_lines_without_accounts_is_refused(tmp_path: Path) -> None:
    rows = [["Tanggal", "Bukti", "Keterangan", "Nama", "Debet", "Kredit"]]
    for day, number, note, name, figure in [
        (OCT_1, "NT-1", "Penjualan", "Toko A", 2_000_000),
        (NOV_5, "BKM-1", "Pembayaran", "Toko A", 500_000),
        (NOV_10, "NT-2", "Penjualan", "Toko B", 800_000),
    ]:
        rows += [[day, number, note, name, figure, None], [day, number, note, name, None, figure]]
    batch, _ = summarize_files([write_xlsx(tmp_path / "jurnal.xlsx", {"Jurnal": rows})], AS_OF)
    assert [e.code for e in batch.errors] == ["sheet_refused"]
    assert "kolom akun" in batch.errors[0].message("id")


# The look-alike: a customer's card with one cash sale paid the same day under its number
# (the two lines alike but for the side) is no journal copied without its accounts. Toko A's
# N-1 paid; N-2 800,000 (10 Nov) and N-3 500,000 (15 Nov) owed, current.
def test_a_card_with_one_cash_sale_paid_the_same_day_reads(tmp_path: Path) -> None:
    card = [
        ["Pelanggan : Toko A"],
        ["Tanggal", "No. Nota", "Keterangan", "Debet", "Kredit"],
        [OCT_1, "N-1", "Tunai", 2_000_000, None],
        [OCT_1, "N-1", "Tunai", None, 2_000_000],
        [NOV_10, "N-2", "Bon", 800_000, None],
        [D(2026, 11, 15), "N-3", "Bon", 500_000, None],
    ]
    expected = figures(1_300_000, 0, 1, current=1_300_000)
    reads_to(tmp_path / "kartu.xlsx", [("Toko A", card)], expected)


# gl09: a journal's opening entry, every customer's carried balance under the voucher "SA",
# told twice as an invoice number used again. A voucher of openings is no invoice number.
# Openings are due on their own day (1 Oct: 52 days, 31-60): Toko A 2,000,000 - 500,000,
# Toko B 800,000.
def test_openings_sharing_one_voucher_are_no_invoice_used_twice(tmp_path: Path) -> None:
    opening = "Saldo awal piutang per 1 Oktober 2026"
    journal = [
        ["Tanggal", "No. Bukti", "Nama Akun", "Kontak", "Keterangan", "Debet", "Kredit"],
        [OCT_1, "SA", "Piutang Usaha", "Toko A", opening, 2_000_000, None],
        [OCT_1, "SA", "Ekuitas Saldo Awal", "Toko A", opening, None, 2_000_000],
        [OCT_1, "SA", "Piutang Usaha", "Toko B", opening, 800_000, None],
        [OCT_1, "SA", "Ekuitas Saldo Awal", "Toko B", opening, None, 800_000],
        [NOV_5, "BKM-1", "Kas", "Toko A", "Pembayaran", 500_000, None],
        [NOV_5, "BKM-1", "Piutang Usaha", "Toko A", "Pembayaran", None, 500_000],
    ]
    expected = figures(2_300_000, 2_300_000, 2, d31to60=2_300_000)
    payload = reads_to(tmp_path / "jurnal.xlsx", [("Jurnal", journal)], expected)
    assert payload["per_customer"] == PER_CUSTOMER


# de21: no Kontak column, the receivable kept as a sub-account per customer ("Piutang Usaha -
# Toko A"): refused saying there was no receivable line. Every receivable line naming its
# customer so, that name is the customer's.
def test_a_receivable_sub_account_per_customer_names_the_customer(tmp_path: Path) -> None:
    journal = [
        ["Tanggal", "No. Bukti", "Nama Akun", "Keterangan", "Debet", "Kredit"],
        [OCT_1, "NT-1", "Piutang Usaha - Toko A", "Penjualan NT-1", 2_000_000, None],
        [OCT_1, "NT-1", "Penjualan", "Penjualan NT-1", None, 2_000_000],
        [NOV_5, "BKM-1", "Kas", "Terima pembayaran", 500_000, None],
        [NOV_5, "BKM-1", "Piutang Usaha - Toko A", "Terima pembayaran", None, 500_000],
        [NOV_10, "NT-2", "Piutang Usaha - Toko B", "Penjualan NT-2", 800_000, None],
        [NOV_10, "NT-2", "Penjualan", "Penjualan NT-2", None, 800_000],
    ]
    payload = reads_to(tmp_path / "jurnal.xlsx", [("Jurnal Umum", journal)], OWED)
    assert payload["per_customer"] == PER_CUSTOMER


# The look-alike: a card per customer titled "BUKU BESAR PIUTANG" over each, no customer
# column, the sheet named for whose it is: each sheet is that customer's card, no control
# account (the control's name is its account's: "Buku Besar Piutang", "Piutang Usaha").
def test_cards_titled_buku_besar_piutang_stay_their_customers(tmp_path: Path) -> None:
    title = ["BUKU BESAR PIUTANG"]
    card_a = [title, CONTROL, *CARDS[0][1][3:]]
    card_b = [title, CONTROL, *CARDS[1][1][3:]]
    payload = reads_to(tmp_path / "kartu.xlsx", [("Toko A", card_a), ("Toko B", card_b)], OWED)
    assert payload["per_customer"] == PER_CUSTOMER


# A buku besar of other accounts alone (Kas, Penjualan: the Piutang Usaha sheet not sent):
# nothing of it is what customers owe. Refused naming the sheets, never Rp 0.
def test_a_buku_besar_of_other_accounts_alone_is_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "bb.xlsx", {"Kas": CASH, "Penjualan": SALES})
    batch, _ = summarize_files([path], AS_OF)
    assert [e.code for e in batch.errors] == ["other_accounts"]
    assert "'Kas', 'Penjualan'" in batch.errors[0].message("id")
