"""Books written by accounting programs that outside testers read wrong (rounds unseen34 and
unseen35), each written by hand here with its figures worked out on paper as of 22 Nov 2026
(default term 30 days)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to

# Xero's sales invoice export, a line per item: the invoice's number in "*InvoiceNumber" (the
# "Reference" empty), its Total, InvoiceAmountPaid and InvoiceAmountDue on each of its lines,
# the line's own figure in "LineAmount". It read the empty Reference as the number and each
# line's Total as a sale (22.8M for 7.05M). INV-1001 3M less 1.5M paid = 1.5M, due 5 Oct (48
# days); INV-1002 3.9M, due 20 Oct (33 days); INV-1005 1.65M, due 1 Dec; INV-0998 voided.
XERO = [
    ["*ContactName", "EmailAddress", "*InvoiceNumber", "Reference", "*InvoiceDate", "*DueDate",
     "Total", "TaxTotal", "InvoiceAmountPaid", "InvoiceAmountDue", "*Description", "*Quantity",
     "*UnitAmount", "LineAmount", "Currency", "Type", "Status"],
    ["Toko Kue Melati", None, "INV-1001", None, D(2026, 9, 5), D(2026, 10, 5), 3_000_000, 0,
     1_500_000, 1_500_000, "Tepung", 10, 150_000, 1_500_000, "IDR", "Sales invoice", "AUTHORISED"],
    ["Toko Kue Melati", None, "INV-1001", None, D(2026, 9, 5), D(2026, 10, 5), 3_000_000, 0,
     1_500_000, 1_500_000, "Gula", 10, 150_000, 1_500_000, "IDR", "Sales invoice", "AUTHORISED"],
    ["Bakery Roti Mas", None, "INV-1002", None, D(2026, 9, 20), D(2026, 10, 20), 3_900_000, 0,
     0, 3_900_000, "Mentega", 5, 420_000, 2_100_000, "IDR", "Sales invoice", "AUTHORISED"],
    ["Bakery Roti Mas", None, "INV-1002", None, D(2026, 9, 20), D(2026, 10, 20), 3_900_000, 0,
     0, 3_900_000, "Coklat", 4, 275_000, 1_100_000, "IDR", "Sales invoice", "AUTHORISED"],
    ["Bakery Roti Mas", None, "INV-1002", None, D(2026, 9, 20), D(2026, 10, 20), 3_900_000, 0,
     0, 3_900_000, "Ragi", 20, 35_000, 700_000, "IDR", "Sales invoice", "AUTHORISED"],
    ["Kafe Nona", None, "INV-1005", None, D(2026, 11, 1), D(2026, 12, 1), 1_650_000, 0,
     0, 1_650_000, "Susu", 20, 60_000, 1_200_000, "IDR", "Sales invoice", "AUTHORISED"],
    ["Kafe Nona", None, "INV-1005", None, D(2026, 11, 1), D(2026, 12, 1), 1_650_000, 0,
     0, 1_650_000, "Gula aren", 10, 45_000, 450_000, "IDR", "Sales invoice", "AUTHORISED"],
    ["Kafe Nona", None, "INV-0998", None, D(2026, 8, 1), D(2026, 8, 31), 800_000, 0,
     0, 0, "Susu", 10, 80_000, 800_000, "IDR", "Sales invoice", "VOIDED"],
]  # fmt: skip


def test_xero_lines_carry_their_invoices_total_once(tmp_path: Path) -> None:
    expected = figures(7_050_000, 5_400_000, 3, current=1_650_000, d31to60=5_400_000)
    payload = reads_to(tmp_path / "xero.xlsx", [("Sales", XERO)], expected)
    assert payload["per_customer"] == {
        "Bakery Roti Mas": 3_900_000,
        "Kafe Nona": 1_650_000,
        "Toko Kue Melati": 1_500_000,
    }


# An Accurate subsidiary ledger, each customer's rows under a heading with the program's code
# before the name ("C-01  Toko Sumber Rejeki"): the customer is Toko Sumber Rejeki (the code
# was kept in the name, so the customer was not the one of the owner's other books). Its
# Saldo Awal 1.5M paid by the 1.5M of 25 Oct; SI-1010 2M due 9 Nov (13 days); Apotek Sehat's
# SI-1105 0.8M due 5 Dec.
CODED_HEADINGS = [
    ["Buku Besar Pembantu Piutang"],
    [],
    ["Tanggal", "No. Sumber", "Keterangan", "Debit", "Kredit", "Saldo"],
    ["C-01  Toko Sumber Rejeki"],
    [D(2026, 10, 1), None, "Saldo Awal", None, None, 1_500_000],
    [D(2026, 10, 10), "SI-1010", "Penjualan", 2_000_000, None, 3_500_000],
    [D(2026, 10, 25), "CR-1025", "Penerimaan", None, 1_500_000, 2_000_000],
    [None, None, "Total C-01", 2_000_000, 1_500_000, 2_000_000],
    [],
    ["C-02  Apotek Sehat"],
    [D(2026, 10, 1), None, "Saldo Awal", None, None, 0],
    [D(2026, 11, 5), "SI-1105", "Penjualan", 800_000, None, 800_000],
    [None, None, "Total C-02", 800_000, 0, 800_000],
]


def test_a_customer_named_after_the_programs_code_is_named_without_it(tmp_path: Path) -> None:
    expected = figures(2_800_000, 2_000_000, 2, current=800_000, d1to30=2_000_000)
    payload = reads_to(tmp_path / "bbp.xlsx", [("Buku Besar Pembantu", CODED_HEADINGS)], expected)
    assert payload["per_customer"] == {"Toko Sumber Rejeki": 2_000_000, "Apotek Sehat": 800_000}
