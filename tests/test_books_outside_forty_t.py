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


# Accurate's "Buku Besar Pembantu Piutang": the invoice's number in "No. Sumber", a receipt
# and a return naming the invoice they settle in the Keterangan, an unlabelled Debit/Kredit
# total under each customer's rows. It paid the Saldo Awal with both (No. Sumber unread, so no
# invoice had a number to name) and told each total line as a row without a date. Toko
# Kencana: Saldo Awal 4.8M (1 Oct: 52 days); SI.2026.10.00008 3.25M paid by its receipt;
# SI.2026.11.00003 2.1M - 0.35M returned = 1.75M due 2 Dec. CV Andalas: SI.2026.10.00015
# 6.6M - 2M = 4.6M due 8 Nov (14 days); SI.2026.11.00011 1.25M due 15 Dec.
KARTU = [
    ["Buku Besar Pembantu Piutang"],
    [],
    ["Tanggal", "Sumber", "No. Sumber", "Keterangan", "Debit", "Kredit", "Saldo"],
    ["C-0003 Toko Kencana"],
    [D(2026, 10, 1), None, None, "Saldo Awal", None, None, 4_800_000],
    [D(2026, 10, 6), "Faktur Penjualan", "SI.2026.10.00008", "Penjualan", 3_250_000, None,
     8_050_000],
    [D(2026, 10, 20), "Penerimaan Penjualan", "CR.2026.10.00031", "Pembayaran SI.2026.10.00008",
     None, 3_250_000, 4_800_000],
    [D(2026, 11, 2), "Faktur Penjualan", "SI.2026.11.00003", "Penjualan", 2_100_000, None,
     6_900_000],
    [D(2026, 11, 10), "Retur Penjualan", "SR.2026.11.00001", "Retur SI.2026.11.00003", None,
     350_000, 6_550_000],
    [None, None, None, None, 5_350_000, 3_600_000, None],
    [],
    ["C-0011 CV Andalas"],
    [D(2026, 10, 1), None, None, "Saldo Awal", None, None, 0],
    [D(2026, 10, 9), "Faktur Penjualan", "SI.2026.10.00015", "Penjualan", 6_600_000, None,
     6_600_000],
    [D(2026, 10, 30), "Penerimaan Penjualan", "CR.2026.10.00047", "Pembayaran", None, 2_000_000,
     4_600_000],
    [D(2026, 11, 15), "Faktur Penjualan", "SI.2026.11.00011", "Penjualan", 1_250_000, None,
     5_850_000],
    [None, None, None, None, 7_850_000, 2_000_000, None],
]  # fmt: skip


def test_an_accurate_ledger_reads_its_source_numbers_and_unlabelled_totals(tmp_path: Path) -> None:
    expected = figures(12_400_000, 9_400_000, 2, current=3_000_000, d1to30=4_600_000,
                       d31to60=4_800_000)  # fmt: skip
    payload = reads_to(tmp_path / "kartu.xlsx", [("Buku Besar Pembantu Piutang", KARTU)], expected)
    assert payload["per_customer"] == {"Toko Kencana": 6_550_000, "CV Andalas": 5_850_000}


# Accurate's "Rincian Piutang Pelanggan": a down payment not yet set against an invoice, its
# Nilai Faktur and its Terhutang both -2.5M, the customer's only row. It was read as a payment
# naming an invoice "DP.2026.11.00003" that is not in the book, and dropped: the customer's
# credit lost. CV Maju Bersama: SI.2026.09.00046 5.875M due 18 Oct (35 days); SI.2026.11.00012
# 12.1M due 5 Dec. Toko Besi Sentosa: a credit of 2.5M.
RINCIAN = [
    ["Rincian Piutang Pelanggan"],
    [],
    ["No. Faktur", "Tgl Faktur", "Jatuh Tempo", "Keterangan", "Mata Uang", "Nilai Faktur",
     "Terbayar", "Terhutang"],
    ["C-0001 CV Maju Bersama"],
    ["SI.2026.09.00046", D(2026, 9, 18), D(2026, 10, 18), "Penjualan", "IDR", 9_875_000,
     4_000_000, 5_875_000],
    ["SI.2026.11.00012", D(2026, 11, 5), D(2026, 12, 5), "Penjualan", "IDR", 12_100_000, 0,
     12_100_000],
    [None, None, None, None, None, 21_975_000, 4_000_000, 17_975_000],
    ["C-0012 Toko Besi Sentosa"],
    ["DP.2026.11.00003", D(2026, 11, 15), D(2026, 11, 15), "Uang Muka Penjualan", "IDR",
     -2_500_000, 0, -2_500_000],
    [None, None, None, None, None, -2_500_000, 0, -2_500_000],
]  # fmt: skip


def test_a_down_payment_no_invoice_uses_yet_is_the_customers_credit(tmp_path: Path) -> None:
    expected = figures(17_975_000, 5_875_000, 1, {"Toko Besi Sentosa": 2_500_000},
                       current=12_100_000, d31to60=5_875_000)  # fmt: skip
    reads_to(tmp_path / "rincian.xlsx", [("Rincian Piutang Pelanggan", RINCIAN)], expected)


# Accurate's receivables per salesman, then per customer: a "Sub Total Penjual" adds up the
# rows since the salesman's heading, over his customers' "Sub Total Pelanggan" lines. The
# second salesman's (1.74M) was checked against every row from the top (9.77M): a false
# mismatch. Sisa per invoice: F-0312 2.75M (70 days), F-0355 1.98M (1), F-0340 3.3M (22),
# F-0361 1.1M not due, F-0320 0.64M (54).
PER_PENJUAL = [
    ["Rincian Piutang per Penjual"],
    [],
    ["No. Faktur", "Tgl Faktur", "Jatuh Tempo", "Umur (hari)", "Sisa Piutang"],
    ["Penjual : ANDI SETIAWAN"],
    ["Pelanggan : Toko Sumber Air"],
    ["F-0312", D(2026, 8, 14), D(2026, 9, 13), 70, 2_750_000],
    ["F-0355", D(2026, 10, 22), D(2026, 11, 21), 1, 1_980_000],
    ["Sub Total Pelanggan", None, None, None, 4_730_000],
    ["Pelanggan : Toko Rejeki Baru"],
    ["F-0340", D(2026, 10, 1), D(2026, 10, 31), 22, 3_300_000],
    ["Sub Total Pelanggan", None, None, None, 3_300_000],
    ["Sub Total Penjual", None, None, None, 8_030_000],
    [],
    ["Penjual : BUDI PRANOTO"],
    ["Pelanggan : Toko Sumber Air"],
    ["F-0361", D(2026, 11, 3), D(2026, 12, 3), 0, 1_100_000],
    ["Sub Total Pelanggan", None, None, None, 1_100_000],
    ["Pelanggan : Warung Makmur"],
    ["F-0320", D(2026, 8, 30), D(2026, 9, 29), 54, 640_000],
    ["Sub Total Pelanggan", None, None, None, 640_000],
    ["Sub Total Penjual", None, None, None, 1_740_000],
    [],
    ["Grand Total", None, None, None, 9_770_000],
]


def test_a_subtotal_of_groups_adds_up_since_the_last_of_its_label(tmp_path: Path) -> None:
    expected = figures(9_770_000, 8_670_000, 3, current=1_100_000, d1to30=5_280_000,
                       d31to60=640_000, d61to90=2_750_000)  # fmt: skip
    payload = reads_to(tmp_path / "penjual.xlsx", [("Umur", PER_PENJUAL)], expected)
    assert payload["files"][0]["sheets"][0]["checks"]["totals"] == "ok"


# A debts app's card of two rows, its Sisa running ("Hutang 64.500 | Sisa 274.500" under
# "Hutang 210.000 | Sisa 210.000"): read as each row's own Sisa, the second told as a false
# mismatch (274.500 in the book, 64.500 worked out). Its first row fits both readings and
# tells neither. 210k of 15 Jul due 14 Aug (100 days); 64.5k of 1 Aug due 31 Aug (83 days).
DUA_BARIS = [
    ["Catatan Hutang - Mbak Wulan"],
    [],
    ["Tanggal", "Keterangan", "Hutang", "Bayar", "Sisa"],
    [D(2026, 7, 15), "beras + minyak", 210_000, None, 210_000],
    [D(2026, 8, 1), "sabun, odol", 64_500, None, 274_500],
]


def test_a_running_sisa_on_a_card_of_two_rows_is_running(tmp_path: Path) -> None:
    expected = figures(274_500, 274_500, 1, d61to90=64_500, over90=210_000)
    payload = reads_to(tmp_path / "hutang.xlsx", [("Mbak Wulan", DUA_BARIS)], expected)
    assert payload["per_customer"] == {"Mbak Wulan": 274_500}
