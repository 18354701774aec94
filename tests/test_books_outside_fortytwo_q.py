"""Round 53 of the outside testers (programs' and phone apps' exports; fixer q): each book
written by hand with its figures worked out on paper as of 22 Nov 2026 (default term 30
days: a sale of 1 Sep is due 1 Oct, 52 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path
from typing import Any

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, figures, reads_to


def _columns(payload: dict[str, Any], file: int = 0, sheet: int = 0) -> dict[str, Any]:
    found: dict[str, Any] = payload["files"][file]["sheets"][sheet]["columns"]
    return found


# Round 53 x01: Jurnal.id's invoice list heads its numbers "Nomor" ("Sales Invoice #10245"),
# taken for a row counter: the invoices were read with no number, and Jurnal's payments list
# beside it, naming them, paid each customer's oldest invoice again, 7,900,000 for 20,900,000,
# silent. Each payment is in its invoice's Sisa already (the larger counts):
# #10245 Elektronik 5,500,000, due 18 Dec, current; #10238 Mitra 2,000,000 left, due 10 Dec,
# current; #10207 Mitra 4,400,000, due 4 Nov, 18 days late; #10190 Anugerah 9,000,000 left,
# due 12 Oct, 41 days late; #10221 and #10185 paid. Overdue 4,400,000 + 9,000,000.
JURNAL_INVOICES = """\
Tanggal,Nomor,Pelanggan,Tgl. Jatuh Tempo,Status,Sisa Tagihan,Total
18/11/2026,Sales Invoice #10245,Toko Elektronik Jaya Abadi,18/12/2026,Belum Dibayar,"Rp 5.500.000,00","Rp 5.500.000,00"
10/11/2026,Sales Invoice #10238,CV Mitra Sejahtera,10/12/2026,Dibayar Sebagian,"Rp 2.000.000,00","Rp 6.000.000,00"
25/10/2026,Sales Invoice #10221,Toko Elektronik Jaya Abadi,24/11/2026,Lunas,"Rp 0,00","Rp 3.750.000,00"
05/10/2026,Sales Invoice #10207,CV Mitra Sejahtera,04/11/2026,Jatuh Tempo,"Rp 4.400.000,00","Rp 4.400.000,00"
12/09/2026,Sales Invoice #10190,PT Anugerah Pangan,12/10/2026,Jatuh Tempo,"Rp 9.000.000,00","Rp 12.000.000,00"
01/09/2026,Sales Invoice #10185,PT Anugerah Pangan,01/10/2026,Lunas,"Rp 0,00","Rp 2.250.000,00"
"""  # noqa: E501
JURNAL_PAYMENTS = """\
Tanggal,Nomor,Pelanggan,No. Tagihan,Jumlah
25/09/2026,Receive Payment #5488,PT Anugerah Pangan,Sales Invoice #10185,"Rp 2.250.000,00"
10/10/2026,Receive Payment #5496,PT Anugerah Pangan,Sales Invoice #10190,"Rp 3.000.000,00"
20/11/2026,Receive Payment #5519,Toko Elektronik Jaya Abadi,Sales Invoice #10221,"Rp 3.750.000,00"
20/11/2026,Receive Payment #5521,CV Mitra Sejahtera,Sales Invoice #10238,"Rp 4.000.000,00"
"""


def test_a_nomor_column_of_invoice_numbers_numbers_the_invoices(tmp_path: Path) -> None:
    sales, paid = tmp_path / "penjualan.csv", tmp_path / "penerimaan_pembayaran.csv"
    sales.write_text(JURNAL_INVOICES, encoding="utf-8")
    paid.write_text(JURNAL_PAYMENTS, encoding="utf-8")
    batch, payload = summarize_files([sales, paid], AS_OF)
    assert not batch.errors
    expected = figures(20_900_000, 13_400_000, 3, current=7_500_000, d1to30=4_400_000,
                       d31to60=9_000_000)  # fmt: skip
    assert {key: payload[key] for key in FIGURES} == expected
    assert not payload["problems"]
    assert _columns(payload)["invoice_no"]["header"] == "Nomor"
    # The payments list's own "Nomor" (Receive Payment #5488) beside its No. Tagihan: a number
    # of the payment, not the invoice's.
    assert _columns(payload, 1)["invoice_no"]["header"] == "No. Tagihan"


# Round 56 l35's shape: "Tgl Kirim | No | Pelanggan | Tagihan" with K-0612 … under "No", and
# a payments sheet naming the invoice paid. Toko A's K-0612 1,000,000 (1 Sep, due 1 Oct, 52
# days late) is owed; its K-0640 600,000 (1 Nov) was paid, by its number. Read as a counter,
# the payment went to the oldest: 400,000 in 31-60 and 600,000 current.
def test_a_no_column_of_codes_numbers_the_invoices_payments_name(tmp_path: Path) -> None:
    sales = [
        ["Tgl Kirim", "No", "Pelanggan", "Tagihan"],
        [D(2026, 9, 1), "K-0612", "Toko A", 1_000_000],
        [D(2026, 11, 1), "K-0640", "Toko A", 600_000],
    ]
    paid = [
        ["Tanggal", "No Faktur", "Pelanggan", "Jumlah"],
        [D(2026, 11, 10), "K-0640", "Toko A", 600_000],
    ]
    expected = figures(1_000_000, 1_000_000, 1, d31to60=1_000_000)
    reads_to(tmp_path / "tagihan.xlsx", [("Tagihan", sales), ("Pembayaran", paid)], expected)


# Look-alikes: a "No" counting the rows 1, 2, 3 beside no invoice number, and one whose paid
# rows were deleted (4, 7, 9), stay counters; whole figures none of which counts a row of the
# table (10245, 10190) are the invoices' numbers. Toko A 500,000 + Toko B 300,000, 1 Sep, 52
# days late.
def test_a_no_column_that_counts_rows_stays_a_counter(tmp_path: Path) -> None:
    def sheet(first: object, second: object) -> list[list[object]]:
        return [
            ["No", "Tanggal", "Pelanggan", "Jumlah"],
            [first, D(2026, 9, 1), "Toko A", 500_000],
            [second, D(2026, 9, 1), "Toko B", 300_000],
        ]

    expected = figures(800_000, 800_000, 2, d31to60=800_000)
    for name, (first, second), field in [
        ("urut.xlsx", (1, 2), "row_no"),
        ("hapus.xlsx", (4, 7), "row_no"),
        ("nomor.xlsx", (10245, 10190), "invoice_no"),
    ]:
        payload = reads_to(tmp_path / name, [("Piutang", sheet(first, second))], expected)
        assert _columns(payload)[field]["header"] == "No", name


# Round 53 b07: Jurnal.id's "Laporan Umur Piutang", each customer's name alone over their
# invoices under "Nomor | Tanggal | Tgl. Jatuh Tempo | buckets | Total", was refused: without
# an invoice number no table was found. Salon Bu Ratna #2031 1,200,000 due 29 Oct (24 days
# late) and #2057 850,000 due 26 Nov (current); Toko Sinar Abadi #2012 3,300,000 due 4 Oct
# (49 days late).
def test_a_jurnal_aging_report_headed_nomor_is_read(tmp_path: Path) -> None:
    report = [
        ["Toko Listrik Terang Benderang"],
        ["Laporan Umur Piutang"],
        ["Per 22 November 2026"],
        [],
        ["Nomor", "Tanggal", "Tgl. Jatuh Tempo", "Belum Jatuh Tempo", "1 - 30 hari",
         "31 - 60 hari", "> 60 hari", "Total"],
        ["Salon Bu Ratna"],
        ["Sales Invoice #2031", "15 Okt 2026", "29 Okt 2026", 0, 1_200_000, 0, 0, 1_200_000],
        ["Sales Invoice #2057", "12 Nov 2026", "26 Nov 2026", 850_000, 0, 0, 0, 850_000],
        ["Total Salon Bu Ratna", None, None, 850_000, 1_200_000, 0, 0, 2_050_000],
        ["Toko Sinar Abadi"],
        ["Sales Invoice #2012", "20 Sep 2026", "04 Okt 2026", 0, 0, 3_300_000, 0, 3_300_000],
        ["Total Toko Sinar Abadi", None, None, 0, 0, 3_300_000, 0, 3_300_000],
        [],
        ["Total", None, None, 850_000, 1_200_000, 3_300_000, 0, 5_350_000],
        [],
        ["Ageing Percent:", None, None, "15.9%", "22.4%", "61.7%", "0.0%"],
    ]  # fmt: skip
    expected = figures(5_350_000, 4_500_000, 2, current=850_000, d1to30=1_200_000,
                       d31to60=3_300_000)  # fmt: skip
    payload = reads_to(tmp_path / "umur_piutang.xlsx", [("Umur Piutang", report)], expected)
    assert _columns(payload)["invoice_no"]["header"] == "Nomor"


# Round 53 b31: Accurate's list printed page by page into one sheet, page 1's footer
# "Dicetak oleh admin | … | Halaman 1 dari 2" (the page number in the Terbayar column) between
# the pages, was told as a row without a customer. SI-1 2,000,000 less 500,000 paid (due 1
# Oct, 52 days late); SI-2 800,000 (due 1 Dec, current).
def test_a_page_footer_between_printed_pages_is_no_row(tmp_path: Path) -> None:
    title = [["PT FARMASI SEHAT"], ["Daftar Faktur Belum Lunas"], []]
    header = ["No. Faktur", "Tgl Faktur", "Pelanggan", "Jatuh Tempo", "Nilai Faktur",
              "Terbayar", "Sisa"]  # fmt: skip
    rows = [
        *title,
        header,
        ["SI-1", D(2026, 9, 1), "Apotek A", D(2026, 10, 1), 2_000_000, 500_000, 1_500_000],
        [],
        ["Dicetak oleh admin", None, None, None, None, "Halaman 1 dari 2", None],
        [],
        *title,
        header,
        ["SI-2", D(2026, 11, 1), "Apotek B", D(2026, 12, 1), 800_000, 0, 800_000],
        ["Total", None, None, None, 2_800_000, 500_000, 2_300_000],
        [],
        ["Dicetak oleh admin", None, None, None, None, "Halaman 2 dari 2", None],
    ]
    expected = figures(2_300_000, 1_500_000, 2, current=800_000, d31to60=1_500_000)
    reads_to(tmp_path / "faktur.xlsx", [("Sheet1", rows)], expected)
