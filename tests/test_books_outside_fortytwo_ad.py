"""Session 22's leftovers and the outside rounds 74 to 79: each book written by hand with its
figures worked out on paper as of 22 Nov 2026 (default term 30 days: a sale of 1 Oct is due
31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, read_book, reads_to


# A payment naming two invoices, one of which had goods returned: the share of the first was
# sized on its whole amount, not on what the return left of it, so the rest of the share went
# on account to the customer's oldest unnamed sale (F-0) instead of F-2, which it named.
# F-0 1 Jul (due 31 Jul, 114 days: 90+), F-1 1 Aug, F-2 1 Oct (due 31 Oct, 22 days), each
# 1.000.000; F-1 400.000 returned, then "F-1, F-2" 1.200.000 paid: F-1 600.000 and settled,
# F-2 600.000 (400.000 left); F-0 untouched.
def test_a_payment_naming_two_invoices_sizes_its_shares_after_the_returns(
    tmp_path: Path,
) -> None:
    sales = [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"]] + [
        [number, D(2026, month, 1), "Toko Dua Nama", 1_000_000]
        for number, month in (("F-0", 7), ("F-1", 8), ("F-2", 10))
    ]
    payments = [
        ["Tanggal", "No Faktur", "Pelanggan", "Jumlah", "Keterangan"],
        [D(2026, 9, 5), "F-1", "Toko Dua Nama", 400_000, "Retur barang rusak"],
        [D(2026, 11, 5), "F-1, F-2", "Toko Dua Nama", 1_200_000, "Transfer"],
    ]
    expected = figures(1_400_000, 1_400_000, 1, d1to30=400_000, over90=1_000_000)
    payload = reads_to(tmp_path / "b.xlsx", [("Faktur", sales), ("Pembayaran", payments)], expected)
    assert payload["returns"] == 400_000


# Session 21's leftover: a grouped list printed over two pages repeats the customer's heading
# with "(lanjutan)" on the next; it made a second customer "Toko Maju Jaya (lanjutan)" (three
# customers owing for two). F-01 1.000.000 (1 Sep, due 1 Oct: 52 days), F-02 2.000.000 less
# 500.000 (5 Sep, due 5 Oct: 48 days), F-03 3.000.000 (1 Oct, due 31 Oct: 22 days), CV
# Sentosa's F-04 700.000 (2 Oct, due 1 Nov: 21 days).
def test_a_heading_carried_on_to_the_next_page_is_the_same_customer(tmp_path: Path) -> None:
    header = ["No Faktur", "Tanggal", "Jumlah", "Dibayar", "Sisa"]
    rows = [
        ["DAFTAR PIUTANG PER PELANGGAN"],
        [],
        header,
        ["Toko Maju Jaya"],
        ["F-01", D(2026, 9, 1), 1_000_000, 0, 1_000_000],
        ["F-02", D(2026, 9, 5), 2_000_000, 500_000, 1_500_000],
        [],
        ["Halaman 1"],
        header,
        ["Toko Maju Jaya (lanjutan)"],
        ["F-03", D(2026, 10, 1), 3_000_000, 0, 3_000_000],
        ["Sub Total", "", 6_000_000, 500_000, 5_500_000],
        ["CV Sentosa"],
        ["F-04", D(2026, 10, 2), 700_000, 0, 700_000],
        ["Sub Total", "", 700_000, 0, 700_000],
        ["GRAND TOTAL", "", 6_700_000, 500_000, 6_200_000],
    ]
    expected = figures(6_200_000, 6_200_000, 2, d1to30=3_700_000, d31to60=2_500_000)
    payload = reads_to(tmp_path / "lanjutan.xlsx", [("Piutang", rows)], expected)
    assert payload["per_customer"] == {"Toko Maju Jaya": 5_500_000, "CV Sentosa": 700_000}


# Round 76 book 20: Odoo's Aged Partner Balance prints each partner's line of totals, no
# date, above its invoices, whose numbers stand in the same "Partner" column. Each invoice
# number was read as a customer (9 customers for 4), the partner lines told as rows without a
# due date, and the correct Total line as wrong ("Older" was no bucket). Due dates: INV-242
# 22 Aug (92 days: 90+), INV-250 17 Jul, INV-264 22 Sep (61 days: 61-90), INV-271 8 Dec
# (current).
def test_an_aged_partner_balance_reads_partner_lines_as_the_customers(tmp_path: Path) -> None:
    head = ["Partner", "Due Date", "Journal", "Not Due", "1 - 30", "31 - 60", "61 - 90"]
    rows = [
        ["PT Contoh Sejahtera"],
        ["Aged Partner Balance"],
        ["As of: 31/10/2026"],
        [],
        [*head, "91 - 120", "Older", "Total"],
        ["Toko Kain Lestari", None, None, None, None, None, 1_150_000, None, None, 1_150_000],
        ["INV/2026/00242", "22/08/2026", "INV", None, None, None, 1_150_000, None, None, 1_150_000],
        ["UD Berkah Tani", None, None, None, None, 2_850_000, None, 12_600_000, None, 15_450_000],
        [
            "INV/2026/00250",
            "17/07/2026",
            "INV",
            None,
            None,
            None,
            None,
            12_600_000,
            None,
            12_600_000,
        ],
        ["INV/2026/00264", "22/09/2026", "INV", None, None, 2_850_000, None, None, None, 2_850_000],
        ["Toko Kokoh", None, None, 4_650_000, None, None, None, None, 3_350_000, 8_000_000],
        ["INV/2026/00280", "18/06/2026", "INV", None, None, None, None, None, 3_350_000, 3_350_000],
        ["INV/2026/00271", "08/12/2026", "INV", 4_650_000, None, None, None, None, None, 4_650_000],
        [
            "Total",
            None,
            None,
            4_650_000,
            0,
            2_850_000,
            1_150_000,
            12_600_000,
            3_350_000,
            24_600_000,
        ],
    ]
    expected = figures(
        24_600_000, 19_950_000, 3, d61to90=2_850_000, over90=17_100_000, current=4_650_000
    )
    payload = reads_to(tmp_path / "odoo.xlsx", [("Aged Partner Balance", rows)], expected)
    assert payload["per_customer"] == {
        "UD Berkah Tani": 15_450_000,
        "Toko Kokoh": 8_000_000,
        "Toko Kain Lestari": 1_150_000,
    }


# Round 77 book 15: "Tk. Maju" overpaid M-11 by 500.000 while "Toko Maju " and "TOKO MAJU"
# owed M-13 and M-12; "Tk" was never "Toko", so the 500.000 stayed a credit of a customer of
# its own and the shop owed 2.200.000. With "Toko Maju" in the same book, "Tk. Maju" is that
# shop: M-13 1.200.000 (2 Nov, due 2 Dec: current on 22 Nov) paid 500.000 = 700.000, M-12
# 1.000.000 (20 Nov) current; Pak Udin's M-14 800.000 (15 Oct, due 14 Nov: 8 days).
def test_a_shop_written_tk_beside_its_toko_spelling_is_that_shop(tmp_path: Path) -> None:
    rows = [
        ["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Dibayar"],
        ["M-11", D(2026, 9, 20), "Tk. Maju", 2_000_000, 2_500_000],
        ["M-14", D(2026, 10, 15), "Pak Udin", 800_000, 0],
        ["M-13", D(2026, 11, 2), "Toko Maju ", 1_200_000, 0],
        ["M-12", D(2026, 11, 20), "TOKO MAJU", 1_000_000, 0],
        ["T-1", D(2026, 11, 1), "TK Pertiwi", 300_000, 0],
    ]
    expected = figures(2_800_000, 800_000, 3, d1to30=800_000, current=2_000_000)
    payload = reads_to(tmp_path / "tk.xlsx", [("Penjualan", rows)], expected)
    assert payload["per_customer"] == {
        "Toko Maju": 1_700_000,
        "Pak Udin": 800_000,
        "TK Pertiwi": 300_000,
    }
    assert payload["credit_balances"] == {}


def _partner_balance(partner: str, merpati: int) -> list[list[object]]:
    buckets = ["Belum Jatuh Tempo", "1 - 30", "31 - 60", "61 - 90", "91 - 120", "Lebih lama"]
    return [
        ["Umur Piutang Mitra"],
        ["Per 30/11/2026"],
        [],
        [partner, "Tanggal Jatuh Tempo", *buckets, "Total"],
        ["PT Kencana", None, 0, 2_500_000, 0, 0, 0, 0, 2_500_000],
        ["INV/2026/0201", D(2026, 11, 5), None, 1_000_000, None, None, None, None, 1_000_000],
        ["INV/2026/0209", D(2026, 11, 20), None, 1_500_000, None, None, None, None, 1_500_000],
        ["UD Merpati", None, 700_000, 0, merpati - 700_000, 0, 0, 0, merpati],
        ["INV/2026/0177", D(2026, 10, 10), None, None, 2_000_000, None, None, None, 2_000_000],
        ["INV/2026/0215", D(2026, 12, 20), 700_000, None, None, None, None, None, 700_000],
        ["Total", None, 700_000, 2_500_000, 2_000_000, 0, 0, 0, 5_200_000],
    ]


# Round 81 books 21 and 39: a partner line whose figure disagrees with its lines (UD Merpati
# 3.700.000 over 2.000.000 + 700.000) dropped the whole reading (each invoice number a
# customer, the partner lines told as rows, the right Total told wrong); now the lines are
# still the partner's and that line alone is told. "Rekanan" names the partner too (it was
# refused). INV-0201 due 5 Nov (17 days), INV-0209 due 20 Nov (2 days), INV-0177 due 10 Oct
# (43 days), INV-0215 due 20 Dec (current).
def test_a_partner_line_that_disagrees_with_its_invoices_is_told(tmp_path: Path) -> None:
    expected = figures(
        5_200_000, 4_500_000, 2, d1to30=2_500_000, d31to60=2_000_000, current=700_000
    )
    read = read_book(tmp_path / "mitra.xlsx", [("Umur", _partner_balance("Mitra", 3_700_000))])
    assert {key: read[key] for key in expected} == expected
    assert read["per_customer"] == {"UD Merpati": 2_700_000, "PT Kencana": 2_500_000}
    [told] = read["problems"]
    assert (told["code"], told["row"], told["book_says"], told["read"]) == (
        "check-mismatch",
        8,
        3_700_000,
        2_700_000,
    )
    expected = figures(
        5_200_000, 4_500_000, 2, d1to30=2_500_000, d31to60=2_000_000, current=700_000
    )
    rekanan = reads_to(
        tmp_path / "rekanan.xlsx", [("Umur", _partner_balance("Rekanan", 2_700_000))], expected
    )
    assert rekanan["per_customer"] == {"UD Merpati": 2_700_000, "PT Kencana": 2_500_000}


# Round 85 (the browser): the demo book opened with a red notice, its "Rekap" of the months
# told wrong in five places ("buku Rp 0, terhitung Rp 5.830.000"): the months' Sisa there is
# after the Pembayaran sheet's money, which the month sheets' rows do not hold. A book with
# payments of their own sheet has its months' recap left aside unchecked.
def test_the_demo_books_recap_of_the_months_is_not_told_wrong() -> None:
    from core.report import summarize_files

    sample = Path(__file__).resolve().parents[1] / "sample_data"
    batch, payload = summarize_files(
        [sample / "buku_piutang_toko_sumber_rejeki.xlsx"], D(2026, 12, 7)
    )
    assert not batch.errors
    assert [p["code"] for p in payload["problems"]] == [
        "invalid-date",
        "missing-customer",
        "invalid-amount",
    ]


# Round 82's fix for a card continued on a sheet "Bu Ratna (2)" took "(2)" off every name:
# two customers a list numbers apart, "Bu Ani (1)" 1.000.000 and "Bu Ani (2)" 500.000 (1 Oct,
# due 31 Oct: 22 days), stay two.
def test_names_a_list_numbers_apart_stay_two_customers(tmp_path: Path) -> None:
    rows = [
        ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
        ["F-1", D(2026, 10, 1), "Bu Ani (1)", 1_000_000],
        ["F-2", D(2026, 10, 1), "Bu Ani (2)", 500_000],
    ]
    expected = figures(1_500_000, 1_500_000, 2, d1to30=1_500_000)
    payload = reads_to(tmp_path / "ani.xlsx", [("Piutang", rows)], expected)
    assert payload["per_customer"] == {"Bu Ani (1)": 1_000_000, "Bu Ani (2)": 500_000}
