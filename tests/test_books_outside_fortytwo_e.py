"""Outside round 46 (fixer 46): several files uploaded together. Each book written by hand
with its figures worked out on paper as of 22 Nov 2026 (default term 30 days: a sale of 1 Oct
is due 31 Oct, 22 days late; an opening balance is due on its own date)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date as D
from pathlib import Path
from typing import Any

import pytest

from core.report import summarize_files
from tests.helpers import write_xlsx
from tests.test_books_by_hand import AS_OF, FIGURES, Rows, figures


def _together(folder: Path, books: Sequence[tuple[str, Rows]]) -> dict[str, Any]:
    """Each book a file of one sheet, all read together as of 22 Nov 2026 (none refused)."""
    files = [write_xlsx(folder / name, {"Piutang": rows}) for name, rows in books]
    batch, payload = summarize_files(files, AS_OF)
    assert not batch.errors
    return payload


def _problems(payload: dict[str, Any]) -> list[tuple[str, int, str]]:
    return [(p["file"], p["row"], p["code"]) for p in payload["problems"]]


# Round 46 s03: a water distributor's monthly files, each opening with "Saldo bulan lalu" (some
# paid on that row), the amount column headed "Debet": Toko Amanah's carried 1,900,000 was
# counted twice (6,370,000 for 4,470,000), with two untrue notices, one setting the Oct carry's
# Sisa after its own payment (500,000) against the 750,000 it carried. Headed "Jumlah" it read
# right; headed with a word no rule knows ("Mutasi"), the Sisa is the figure read and the
# carry is Sisa and Bayar together all the same.
# Bengkel Jaya: August's 750,000 (due 1 Sep) less the 250,000 paid on Oct's saldo row =
# 500,000, 82 days late (61-90); C-01 820,000 current. Toko Amanah: A-01 1,000,000 left (due 4
# Oct) and A-03 900,000 (due 25 Oct); the 1,000,000 paid on Nov's saldo row pays A-01, the
# oldest: A-03 900,000, 28 days (1-30). Warung Pojok: B-01 1,250,000 due 7 Nov, 15 days (1-30).
# 3,470,000 owed, 2,650,000 overdue.
MONTHS = ["Tanggal", "No. Faktur", "Pelanggan", "Uraian", "Debet", "Bayar", "Sisa"]
SEP = [
    [D(2026, 9, 1), None, "Bengkel Jaya", "Saldo bulan lalu", 750_000, 0, 750_000],
    [D(2026, 9, 4), "A-01", "Toko Amanah", "Galon + tabung", 1_500_000, 500_000, 1_000_000],
    [D(2026, 9, 25), "A-03", "Toko Amanah", "Galon", 900_000, 0, 900_000],
]
OKT = [
    [D(2026, 10, 1), None, "Bengkel Jaya", "Saldo bulan lalu", 750_000, 250_000, 500_000],
    [D(2026, 10, 1), None, "Toko Amanah", "Saldo bulan lalu", 1_900_000, 0, 1_900_000],
    [D(2026, 10, 8), "B-01", "Warung Pojok", "Galon", 1_250_000, 0, 1_250_000],
]
NOV = [
    [D(2026, 11, 1), None, "Bengkel Jaya", "Saldo bulan lalu", 500_000, 0, 500_000],
    [D(2026, 11, 1), None, "Toko Amanah", "Saldo bulan lalu", 1_900_000, 1_000_000, 900_000],
    [D(2026, 11, 1), None, "Warung Pojok", "Saldo bulan lalu", 1_250_000, 0, 1_250_000],
    [D(2026, 11, 9), "C-01", "Bengkel Jaya", "Galon", 820_000, 0, 820_000],
]


def _month(title: str, heading: str, rows: Rows) -> list[list[object]]:
    labels = [heading if label == "Debet" else label for label in MONTHS]
    return [["CV SUMBER AIR"], [f"PIUTANG PELANGGAN BULAN {title} 2026"], [], labels, *rows]


@pytest.mark.parametrize("heading", ["Debet", "Jumlah", "Mutasi"])
def test_monthly_files_carry_their_saldo_bulan_lalu_once(tmp_path: Path, heading: str) -> None:
    books = [
        ("CV Sumber Air - Sep 2026.xlsx", _month("SEPTEMBER", heading, SEP)),
        ("CV Sumber Air - Okt 2026.xlsx", _month("OKTOBER", heading, OKT)),
        ("CV Sumber Air - Nov 2026.xlsx", _month("NOVEMBER", heading, NOV)),
    ]
    payload = _together(tmp_path, books)
    expected = figures(3_470_000, 2_650_000, 3, current=820_000, d1to30=2_150_000,
                       d61to90=500_000)  # fmt: skip
    assert {key: payload[key] for key in FIGURES} == expected
    assert payload["per_customer"] == {
        "Bengkel Jaya": 1_320_000, "Warung Pojok": 1_250_000, "Toko Amanah": 900_000
    }  # fmt: skip
    assert payload["problems"] == []


# The look-alike: a carry that disagrees with last month's rows is still told, whatever the
# amount column is called, and the book's figure holds. October leaves Toko A's A-1 1,200,000
# (due 4 Nov, 18 days late); November opens her at 1,500,000 ("buku Rp 1.500.000, terhitung Rp
# 1.200.000"): 300,000 beyond the rows, due 1 Nov (21 days). Alone, a saldo row paid on leaves
# its Sisa owed: Toko B's 750,000 carried, 250,000 paid on it, 500,000 due 1 Nov.
@pytest.mark.parametrize("heading", ["Debet", "Mutasi"])
def test_a_carry_that_disagrees_is_told_whatever_the_amount_is_called(
    tmp_path: Path, heading: str
) -> None:
    okt = [[D(2026, 10, 5), "A-1", "Toko A", "Galon", 1_200_000, 0, 1_200_000]]
    nov = [
        [D(2026, 11, 1), None, "Toko A", "Saldo bulan lalu", 1_500_000, 0, 1_500_000],
        [D(2026, 11, 1), None, "Toko B", "Saldo bulan lalu", 750_000, 250_000, 500_000],
    ]
    books = [
        ("Okt.xlsx", _month("OKTOBER", heading, okt)),
        ("Nov.xlsx", _month("NOVEMBER", heading, nov)),
    ]
    payload = _together(tmp_path, books)
    assert {key: payload[key] for key in FIGURES} == figures(
        2_000_000, 2_000_000, 2, d1to30=2_000_000
    )
    assert payload["per_customer"] == {"Toko A": 1_500_000, "Toko B": 500_000}
    told = [(p["file"], p["row"], p["book_says"], p["read"]) for p in payload["problems"]]
    assert told == [("Nov.xlsx", 5, 1_500_000, 1_200_000)]


# Round 46 s28: a journal ("buku pembantu piutang") and the program's report of the same
# invoices ("Total | Retur | Terbayar | Sisa"), each writing the two returns once: they were
# taken off twice (9,500,000 for 10,650,000); the payments, on both, rightly once.
# FB-61 6,800,000 - 800,000 returned - 3,000,000 paid = 3,000,000, due 5 Nov, 17 days late;
# FB-62 paid; FB-63 2,900,000 due 26 Nov; FB-64 5,100,000 - 350,000 = 4,750,000 due 9 Dec.
JOURNAL = [
    ["BUKU PEMBANTU PIUTANG"],
    ["Tanggal", "Pelanggan", "No. Bukti", "Keterangan", "Debet", "Kredit"],
    [D(2026, 10, 6), "Toko Mebel Indah", "FB-61", "Penjualan FB-61", 6_800_000, None],
    [D(2026, 10, 12), "Toko Mebel Indah", "RJ-04", "Retur FB-61", None, 800_000],
    [D(2026, 10, 13), "CV Kayu Jati", "FB-62", "Penjualan FB-62", 4_250_000, None],
    [D(2026, 10, 27), "Toko Mebel Indah", "FB-63", "Penjualan FB-63", 2_900_000, None],
    [D(2026, 10, 30), "Toko Mebel Indah", "BKM-77", "Pembayaran FB-61", None, 3_000_000],
    [D(2026, 11, 9), "CV Kayu Jati", "FB-64", "Penjualan FB-64", 5_100_000, None],
    [D(2026, 11, 10), "CV Kayu Jati", "BKM-81", "Pelunasan FB-62", None, 4_250_000],
    [D(2026, 11, 16), "CV Kayu Jati", "RJ-05", "Retur FB-64", None, 350_000],
]
REPORT = [
    ["Laporan Faktur Penjualan"],
    ["No Faktur", "Tgl", "Pelanggan", "Total", "Retur", "Terbayar", "Sisa", "Jatuh Tempo"],
    ["FB-61", D(2026, 10, 6), "Toko Mebel Indah", 6_800_000, 800_000, 3_000_000, 3_000_000,
     D(2026, 11, 5)],
    ["FB-62", D(2026, 10, 13), "CV Kayu Jati", 4_250_000, 0, 4_250_000, 0, D(2026, 11, 12)],
    ["FB-63", D(2026, 10, 27), "Toko Mebel Indah", 2_900_000, 0, 0, 2_900_000, D(2026, 11, 26)],
    ["FB-64", D(2026, 11, 9), "CV Kayu Jati", 5_100_000, 350_000, 0, 4_750_000, D(2026, 12, 9)],
]  # fmt: skip


@pytest.mark.parametrize("apart", [True, False], ids=["two files", "two sheets"])
def test_a_return_on_the_journal_and_the_invoice_report_counts_once(
    tmp_path: Path, apart: bool
) -> None:
    if apart:
        files = [write_xlsx(tmp_path / "buku_pembantu_piutang.xlsx", {"Jurnal": JOURNAL}),
                 write_xlsx(tmp_path / "laporan_faktur.xlsx", {"Faktur": REPORT})]  # fmt: skip
    else:
        files = [write_xlsx(tmp_path / "piutang.xlsx", {"Jurnal": JOURNAL, "Faktur": REPORT})]
    batch, payload = summarize_files(files, AS_OF)
    assert not batch.errors
    expected = figures(10_650_000, 3_000_000, 2, current=7_650_000, d1to30=3_000_000)
    assert {key: payload[key] for key in FIGURES} == expected
    assert payload["per_customer"] == {"Toko Mebel Indah": 5_900_000, "CV Kayu Jati": 4_750_000}
    assert payload["returns"] == 1_150_000 and payload["problems"] == []


# The look-alike: a return of the same amount naming another invoice is another return. The
# journal returns 350,000 of FB-63 too: FB-63 2,900,000 - 350,000 = 2,550,000; 10,300,000 owed.
def test_a_return_of_the_same_amount_on_another_invoice_is_another(tmp_path: Path) -> None:
    journal = [*JOURNAL, [D(2026, 11, 17), "Toko Mebel Indah", "RJ-06", "Retur FB-63", None,
                          350_000]]  # fmt: skip
    files = [write_xlsx(tmp_path / "buku_pembantu_piutang.xlsx", {"Jurnal": journal}),
             write_xlsx(tmp_path / "laporan_faktur.xlsx", {"Faktur": REPORT})]  # fmt: skip
    batch, payload = summarize_files(files, AS_OF)
    assert not batch.errors
    expected = figures(10_300_000, 3_000_000, 2, current=7_300_000, d1to30=3_000_000)
    assert {key: payload[key] for key in FIGURES} == expected
    assert payload["returns"] == 1_500_000


# Round 46 s13: a till's sales report laid out as Moka's, "Payment Method" Cash, QRIS or Bon
# (on the tab), and "Gross Sales | Discounts | Net Sales": "Net Sales" was no amount, so the
# file was refused, saying it had no customer and amount columns. The Bon sales at net:
# Kopi Senja #1021 1,450,000 (4 Oct) and #1074 1,250,000 (2 Nov); Seblak #1035 800,000 (11
# Oct) and #1088 500,000 (9 Nov); Katering #1060 2,700,000 (25 Oct). The payments by name pay
# each one's oldest: #1021 paid; #1035 300,000 left, due 10 Nov (12 days late); #1060
# 1,700,000, due 24 Nov. 3,750,000 owed, 300,000 overdue.
TILL = ["Date", "Time", "Receipt Number", "Customer Name", "Payment Method", "Gross Sales",
        "Discounts", "Net Sales"]  # fmt: skip
SALES = [
    [D(2026, 10, 4), "10:12", "#1021", "Cafe Kopi Senja", "Bon", 1_500_000, 50_000, 1_450_000],
    [D(2026, 10, 4), "11:40", "#1022", None, "Cash", 240_000, 0, 240_000],
    [D(2026, 10, 11), "09:05", "#1035", "Warung Seblak Teh Ika", "Bon", 820_000, 20_000, 800_000],
    [D(2026, 10, 18), "14:51", "#1049", "Cafe Kopi Senja", "QRIS", 600_000, 0, 600_000],
    [D(2026, 10, 25), "08:33", "#1060", "Katering Berkah", "Bon", 2_700_000, 0, 2_700_000],
    [D(2026, 11, 2), "10:20", "#1074", "Cafe Kopi Senja", "Bon", 1_250_000, 0, 1_250_000],
    [D(2026, 11, 9), "13:14", "#1088", "Warung Seblak Teh Ika", "Bon", 540_000, 40_000, 500_000],
    [D(2026, 11, 16), "16:02", "#1102", "Katering Berkah", "Cash", 330_000, 0, 330_000],
]  # fmt: skip
BAYAR_BON = """tgl,nama,bayar
10/11/2026,Cafe Kopi Senja,1.450.000
14/11/2026,WARUNG SEBLAK TEH IKA,500.000
20/11/2026,Katering Berkah,1.000.000
"""


def test_a_till_report_s_net_sales_are_the_amount(tmp_path: Path) -> None:
    report = [["Sales Report - Frozen Mart"], ["Periode: 01 Oct 2026 - 20 Nov 2026"], [], TILL,
              *SALES]  # fmt: skip
    paid = tmp_path / "bayar bon.csv"
    paid.write_text(BAYAR_BON, encoding="utf-8")
    files = [write_xlsx(tmp_path / "Sales Report Frozen Mart.xlsx", {"Sales": report}), paid]
    batch, payload = summarize_files(files, AS_OF)
    assert not batch.errors
    expected = figures(3_750_000, 300_000, 3, current=3_450_000, d1to30=300_000)
    assert {key: payload[key] for key in FIGURES} == expected
    assert payload["per_customer"] == {
        "Katering Berkah": 1_700_000, "Cafe Kopi Senja": 1_250_000, "Warung Seblak Teh Ika": 800_000
    }  # fmt: skip
    assert payload["problems"] == []


# The look-alike: a sales list whose figures are under names no rule knows ("Omset Kotor |
# Omset Bersih") is still refused, but the refusal names those columns and asks for the
# amount's name, as for a contact list holding money, not for customer and amount columns it
# has ("Customer Name").
def test_a_list_of_unnamed_figures_is_refused_naming_them(tmp_path: Path) -> None:
    labels = [{"Gross Sales": "Omset Kotor", "Net Sales": "Omset Bersih"}.get(x, x) for x in TILL]
    path = write_xlsx(tmp_path / "omset.xlsx", {"Sales": [labels, *SALES]})
    batch, _ = summarize_files([path], AS_OF)
    assert [error.code for error in batch.errors] == ["shape_unsure"]
    said = batch.errors[0].message("id")
    assert "'Omset Kotor', 'Discounts', 'Omset Bersih'" in said and "'Jumlah'" in said
    assert "(kolom pelanggan dan jumlah)" not in said


# Round 46 s25: a payment from a plain "Bu Ani" where two customers are "Bu Ani" rightly pays
# nothing, but was told as from a name with no invoice ("Periksa ejaan namanya"): the name
# fits two customers, and the owner is asked which one paid. A-1 500,000 due 31 Oct (22 days
# late), A-2 700,000 due 14 Nov (8 days): 1,200,000 owed, 1-30, whatever "Bu Ani" paid.
@pytest.mark.parametrize(
    "names",
    [("Bu Ani (Pasar)", "Bu Ani Kios 3"), ("Bu Ani (0812-1111-2222)", "Bu Ani (0857-3333-4444)")],
)
def test_a_payment_from_a_name_two_customers_share_asks_which(
    tmp_path: Path, names: tuple[str, str]
) -> None:
    book = [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
            ["A-1", D(2026, 10, 1), names[0], 500_000],
            ["A-2", D(2026, 10, 15), names[1], 700_000]]  # fmt: skip
    paid = [["Tanggal", "Pelanggan", "Jumlah"], [D(2026, 11, 2), "Bu Ani", 200_000]]
    path = write_xlsx(tmp_path / "piutang.xlsx", {"Faktur": book, "Bayar": paid})
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    assert {key: payload[key] for key in FIGURES} == figures(
        1_200_000, 1_200_000, 2, d1to30=1_200_000
    )
    assert _problems(payload) == [("piutang.xlsx", 2, "ambiguous-customer-payment")]
    said = payload["problems"][0]["message"]
    assert "'Bu Ani'" in said and "lebih dari satu pelanggan" in said
    assert "tidak punya faktur" not in said


# The look-alike: a name no customer has, nor is the start of two ("Bu Ina"; "Bu Ani" beside
# one "Bu Ani (Pasar)" and "Pak Karto"), is still one to check the spelling of.
def test_a_payment_from_a_name_no_two_customers_share_is_unknown(tmp_path: Path) -> None:
    book = [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
            ["A-1", D(2026, 10, 1), "Bu Ani (Pasar)", 500_000],
            ["A-2", D(2026, 10, 15), "Pak Karto", 700_000]]  # fmt: skip
    paid = [["Tanggal", "Pelanggan", "Jumlah"],
            [D(2026, 11, 2), "Bu Ina", 200_000],
            [D(2026, 11, 3), "Bu Ani", 100_000]]  # fmt: skip
    path = write_xlsx(tmp_path / "piutang.xlsx", {"Faktur": book, "Bayar": paid})
    _, payload = summarize_files([path], AS_OF)
    assert payload["outstanding"] == 1_200_000
    assert _problems(payload) == [
        ("piutang.xlsx", 2, "unknown-customer-payment"),
        ("piutang.xlsx", 3, "unknown-customer-payment"),
    ]


# Round 46 s10: two lists of what is unpaid, "DAFTAR PIUTANG BELUM LUNAS per 31 Oktober 2026"
# and "... per 22 November 2026", the newer listing INV-1 and INV-3 of October again and
# leaving out INV-2, paid in November: it was still counted, without a word. Both lists say
# they are of what is unpaid on their day, so INV-2 was paid in between: not counted, and told.
# INV-1 6,000,000 - 4,000,000 = 2,000,000 due 9 Sep, 74 days late (61-90); INV-3 4,100,000
# due 7 Nov, 15 days (1-30); INV-4 3,250,000 due 5 Dec. 9,350,000 owed, 6,100,000 overdue.
LIST = ["No", "No Invoice", "Tgl Invoice", "Customer", "Nilai Invoice", "Sudah Dibayar",
        "Sisa Tagihan", "Jatuh Tempo"]  # fmt: skip
INV_1 = ["INV-1", D(2026, 8, 10), "PT Karya Boga", 6_000_000]
INV_2 = ["INV-2", D(2026, 9, 3), "Resto Sederhana", 2_800_000, 0, 2_800_000, D(2026, 10, 3)]
INV_3 = ["INV-3", D(2026, 10, 8), "PT Karya Boga", 4_100_000, 0, 4_100_000, D(2026, 11, 7)]
INV_4 = ["INV-4", D(2026, 11, 5), "Hotel Melati", 3_250_000, 0, 3_250_000, D(2026, 12, 5)]
OCTOBER = [[*INV_1, 2_000_000, 4_000_000, D(2026, 9, 9)], INV_2, INV_3]
NOVEMBER = [[*INV_1, 4_000_000, 2_000_000, D(2026, 9, 9)], INV_3, INV_4]


def _list(title: str, rows: Rows) -> list[list[object]]:
    return [["CV BOGA PANGAN"], [title], [], LIST, *([n, *row] for n, row in enumerate(rows, 1))]


def test_an_invoice_gone_from_the_newer_list_of_what_is_unpaid_is_paid(tmp_path: Path) -> None:
    books = [
        ("piutang_31okt.xlsx", _list("DAFTAR PIUTANG BELUM LUNAS per 31 Oktober 2026", OCTOBER)),
        ("piutang_22nov.xlsx", _list("DAFTAR PIUTANG BELUM LUNAS per 22 November 2026", NOVEMBER)),
    ]
    payload = _together(tmp_path, books)
    expected = figures(9_350_000, 6_100_000, 2, current=3_250_000, d1to30=4_100_000,
                       d61to90=2_000_000)  # fmt: skip
    assert {key: payload[key] for key in FIGURES} == expected
    assert _problems(payload) == [("piutang_31okt.xlsx", 6, "settled-by-newer-list")]
    assert "INV-2" in payload["problems"][0]["message"]


# The look-alikes. Lists that do not say they are of what is unpaid ("Piutang Oktober 2026")
# tell INV-2 gone from the newer one, and still count it (2,800,000 due 3 Oct, 50 days late):
# 12,150,000 owed. A newer list that lists none of the older's invoices again (this month's
# sales alone), or, not saying it lists what is unpaid, only one of its three open ones (a
# month's sheet of its own sales, INV-3 written on both), is no sign of anything: all four
# owed (14,150,000), nothing told.
def test_an_invoice_gone_from_a_newer_list_is_told_and_counted(tmp_path: Path) -> None:
    books = [("piutang_okt.xlsx", _list("Piutang Oktober 2026", OCTOBER)),
             ("piutang_nov.xlsx", _list("Piutang November 2026", NOVEMBER))]  # fmt: skip
    payload = _together(tmp_path, books)
    expected = figures(12_150_000, 8_900_000, 3, current=3_250_000, d1to30=4_100_000,
                       d31to60=2_800_000, d61to90=2_000_000)  # fmt: skip
    assert {key: payload[key] for key in FIGURES} == expected
    assert _problems(payload) == [("piutang_okt.xlsx", 6, "missing-from-newer-list")]
    books = [
        ("piutang_31okt.xlsx", _list("DAFTAR PIUTANG BELUM LUNAS per 31 Oktober 2026", OCTOBER)),
        ("piutang_22nov.xlsx", _list("DAFTAR PIUTANG BELUM LUNAS per 22 November 2026", [INV_4])),
    ]
    payload = _together(tmp_path, books)
    assert payload["outstanding"] == 14_150_000 and payload["problems"] == []
    books = [("piutang_okt.xlsx", _list("Piutang Oktober 2026", OCTOBER)),
             ("piutang_nov.xlsx", _list("Piutang November 2026", [INV_3, INV_4]))]  # fmt: skip
    payload = _together(tmp_path, books)
    assert payload["outstanding"] == 14_150_000 and payload["problems"] == []
