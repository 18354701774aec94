"""Round 68 of the outside testers (fixer 68): printed receivables reports exported from
accounting programs. Each book written by hand with its figures worked out on paper as of
22 Nov 2026 (default term 30 days: a sale of 1 Oct is due 31 Oct, 22 days late; one of 5 Nov
is due 5 Dec, current)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path
from typing import Any

from core.report import summarize_files
from tests.helpers import write_xlsx
from tests.test_books_by_hand import AS_OF, figures, reads_to

OCT_1 = D(2026, 10, 1)
NOV_5 = D(2026, 11, 5)


def _read(path: Path, sheets: dict[str, list[list[object]]]) -> dict[str, Any]:
    write_xlsx(path, sheets)
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    return payload


# Round 68 book 14 (Zahir "Rincian Piutang Usaha"): each customer's block closes with "Saldo
# Akhir Toko Bangunan Kokoh", the words and whose it is, its Saldo alone; told as a row with
# its amount missing. It is the closing line, checked against the last Saldo above it.
# Toko Bangunan Kokoh: F1 4,000,000 (due 31 Oct, 22 days) less 1,500,000 = 2,500,000 late,
# F2 1,800,000 current; Tani Subur F3 3,000,000 late: 7,300,000 out, 5,500,000 overdue.
def _zahir(closing_kokoh: int) -> list[list[object]]:
    return [
        ["Rincian Piutang Usaha"],
        [],
        ["No. Bukti", "Tanggal", "No. Faktur", "Keterangan", "Jumlah", "Saldo"],
        ["Pelanggan : Toko Bangunan Kokoh"],
        ["F1", OCT_1, "F1", "Penjualan", 4_000_000, 4_000_000],
        ["BKM-1", D(2026, 10, 20), "F1", "Pembayaran F1", "(1.500.000)", 2_500_000],
        ["F2", NOV_5, "F2", "Penjualan", 1_800_000, 4_300_000],
        [None, None, None, "Saldo Akhir Toko Bangunan Kokoh", None, closing_kokoh],
        [],
        ["Pelanggan : UD Tani Subur"],
        ["F3", OCT_1, "F3", "Penjualan", 3_000_000, 3_000_000],
        [None, None, None, "Saldo Akhir UD Tani Subur", None, 3_000_000],
    ]


def test_a_closing_line_naming_its_customer_is_checked_and_skipped(tmp_path: Path) -> None:
    expected = figures(7_300_000, 5_500_000, 2, current=1_800_000, d1to30=5_500_000)
    payload = reads_to(tmp_path / "rincian.xlsx", [("Rincian", _zahir(4_300_000))], expected)
    assert payload["files"][0]["sheets"][0]["checks"]["totals"] == "ok"


def test_a_closing_line_naming_its_customer_that_differs_is_told(tmp_path: Path) -> None:
    payload = _read(tmp_path / "rincian.xlsx", {"Rincian": _zahir(4_800_000)})
    told = [(p["code"], p["row"], p["book_says"]) for p in payload["problems"]]
    assert told == [("check-mismatch", 8, 4_800_000)]


# Round 68 book 13 (Accurate "Rincian Piutang dan Pembayaran per Faktur"): each payment printed
# on a line of its own under the invoice it pays, no number of its own, its Sisa that invoice's
# left after it. Paid on account (oldest first), F1 came out half paid and F2, which the book
# shows paid, owing; and each Sub Total's Sisa was checked against every line's Sisa added up
# (3,000,000 + 400,000 + 0 for 2,000,000). Each pays F2; the invoice's last line counts.
# F1 2,000,000 due 1 Oct (52 days: 31-60); F2 1,000,000 paid 600,000 + 400,000; CV Berkah's F3
# 500,000 current; Toko Listrik's F4 1,500,000 - 500,000 = 1,000,000 due 1 Oct (31-60).
def _per_invoice(sisa_on_payments: bool) -> list[list[object]]:
    return [
        ["Rincian Piutang dan Pembayaran per Faktur"],
        [],
        [
            "No. Faktur",
            "Tanggal",
            "Jatuh Tempo",
            "Keterangan",
            "Nilai Faktur",
            "Pembayaran",
            "Sisa",
        ],
        ["C-01 - Toko Sumber Rezeki"],
        ["F1", D(2026, 9, 1), OCT_1, "Penjualan", 2_000_000, None, 2_000_000],
        ["F2", OCT_1, D(2026, 10, 31), "Penjualan", 1_000_000, None, 1_000_000],
        [
            None,
            D(2026, 10, 20),
            None,
            "    Pembayaran PN-1",
            None,
            600_000,
            400_000 if sisa_on_payments else None,
        ],
        [
            None,
            D(2026, 10, 25),
            None,
            "    Pembayaran PN-2",
            None,
            400_000,
            0 if sisa_on_payments else None,
        ],
        [
            "Sub Total C-01",
            None,
            None,
            None,
            3_000_000,
            1_000_000,
            2_000_000 if sisa_on_payments else None,
        ],
        [],
        ["C-02 - CV Berkah Abadi"],
        ["F3", NOV_5, D(2026, 12, 5), "Penjualan", 500_000, None, 500_000],
        ["Sub Total C-02", None, None, None, 500_000, None, 500_000],
        [],
        ["C-03 - Toko Listrik Terang"],
        ["F4", D(2026, 9, 1), OCT_1, "Penjualan", 1_500_000, None, 1_500_000],
        [
            None,
            D(2026, 10, 2),
            None,
            "    Pembayaran PN-3",
            None,
            500_000,
            1_000_000 if sisa_on_payments else None,
        ],
        [
            "Sub Total C-03",
            None,
            None,
            None,
            1_500_000,
            500_000,
            1_000_000 if sisa_on_payments else None,
        ],
        [],
        [
            "Grand Total",
            None,
            None,
            None,
            5_000_000,
            1_500_000,
            3_500_000 if sisa_on_payments else None,
        ],
    ]


def test_a_payment_line_under_its_invoice_pays_that_invoice(tmp_path: Path) -> None:
    expected = figures(3_500_000, 3_000_000, 3, current=500_000, d31to60=3_000_000)
    reads_to(tmp_path / "rincian.xlsx", [("Rincian", _per_invoice(True))], expected)


# Its look-alike: the payment lines give no Sisa, nothing says which invoice they pay: paid on
# account, the oldest first. F1 2,000,000 - 1,000,000 = 1,000,000 (31-60); F2 1,000,000 (1-30).
def test_a_payment_line_whose_sisa_says_nothing_pays_the_oldest_first(tmp_path: Path) -> None:
    expected = figures(
        3_500_000, 3_000_000, 3, current=500_000, d1to30=1_000_000, d31to60=2_000_000
    )
    reads_to(tmp_path / "rincian.xlsx", [("Rincian", _per_invoice(False))], expected)


# Round 68 book 21: an aging report of the Sisa alone, grouped under "C-0xx - name": a down
# payment before any invoice, "UM-2 | 05/11/2026 | | -2.000.000" under Apotek Sehat, was told
# as a payment for a missing invoice UM-2 and dropped. It is Apotek's money ahead: their
# credit of 2,000,000. Under UD Makmur, "UM-1" -300,000 beside F1 900,000 (due 28 Oct, 25
# days late) pays it: 600,000 owed, no credit (the look-alike: a customer with invoices).
UANG_MUKA = [
    ["Laporan Umur Piutang"],
    [],
    ["No. Faktur", "Tanggal", "Jatuh Tempo", "Sisa Piutang"],
    ["C-002 - UD Makmur Sentosa"],
    ["F1", D(2026, 9, 28), D(2026, 10, 28), 900_000],
    ["UM-1", D(2026, 10, 28), None, -300_000],
    ["Sub Total", None, None, 600_000],
    [],
    ["C-008 - Apotek Sehat Sentosa"],
    ["UM-2", NOV_5, None, -2_000_000],
    ["Sub Total", None, None, -2_000_000],
    [],
    ["TOTAL", None, None, -1_400_000],
]


def test_a_down_payment_of_a_customer_with_no_invoice_is_their_credit(tmp_path: Path) -> None:
    expected = figures(600_000, 600_000, 1, {"Apotek Sehat Sentosa": 2_000_000}, d1to30=600_000)
    reads_to(tmp_path / "umur.xlsx", [("Umur", UANG_MUKA)], expected)


# Round 68 book 29: a printed report whose page breaks between a customer's last invoice and
# their Sub Total, the title block and the header repeated over it. The Sub Total was checked
# against the whole report (3 false check-mismatch): a repeated header is a page's, the group
# goes on across it. Toko A F1 1,000,000 (1 Oct, 22 days late); Kios B F2 700,000 late and F3
# 500,000 current: 2,200,000 out, 1,700,000 overdue.
def _two_pages(kios_total: int) -> list[list[object]]:
    title = [["PT DISTRIBUSI MAJU"], ["Laporan Piutang per Pelanggan"], ["Per 22 Nov 2026"], []]
    header = ["No. Faktur", "Tgl Faktur", "Jatuh Tempo", "Nilai Faktur", "Terbayar", "Sisa"]
    return [
        *title,
        header,
        ["C-001 - Toko A"],
        ["F1", OCT_1, D(2026, 10, 31), 1_000_000, 0, 1_000_000],
        ["Sub Total Toko A", None, None, 1_000_000, 0, 1_000_000],
        [],
        ["C-020 - Kios B"],
        ["F2", OCT_1, D(2026, 10, 31), 900_000, 200_000, 700_000],
        ["F3", NOV_5, D(2026, 12, 5), 500_000, 0, 500_000],
        [],
        ["Halaman 1 dari 2"],
        ["Dicetak oleh: admin 22/11/2026 10:15"],
        [],
        *title,
        header,
        ["Sub Total Kios B", None, None, 1_400_000, 200_000, kios_total],
        [],
        ["GRAND TOTAL", None, None, 2_400_000, 200_000, 2_200_000],
        [],
        ["Halaman 2 dari 2"],
    ]


def test_a_sub_total_over_a_page_break_adds_its_group_on_both_pages(tmp_path: Path) -> None:
    expected = figures(2_200_000, 1_700_000, 2, current=500_000, d1to30=1_700_000)
    reads_to(tmp_path / "laporan.xlsx", [("Sheet1", _two_pages(1_200_000))], expected)


# Its look-alike: the Sub Total over the page break is wrong, told against the group's rows.
def test_a_wrong_sub_total_over_a_page_break_is_told_with_its_groups_sum(tmp_path: Path) -> None:
    payload = _read(tmp_path / "laporan.xlsx", {"Sheet1": _two_pages(1_300_000)})
    told = [(p["code"], p["book_says"], p["read"]) for p in payload["problems"]]
    assert told == [("check-mismatch", 1_300_000, 1_200_000)]
