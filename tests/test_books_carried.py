"""What a book carries from one sheet to the next is counted once (an outside tester's round of
hand-kept books, 2026-12-06, figures worked out on paper as of 22 Nov 2026, default term 30
days). Before, each of these was a confident wrong total:

- a journal of a sheet per month, each month opening with every customer's "Saldo bulan lalu":
  8.8M where 3M is owed (each carry counted as a new debt beside the sales it carries);
- a sheet per year, 2026 opening with "Sisa piutang 2025" and paid further on that row: 7.9M
  where 4.9M is owed;
- November's sheet listing October's open invoices again, each with what was left as its amount
  ("sisa Okt"): 4.85M where 2.75M is owed (and two "number used again" rows);
- a payments sheet naming its invoices only in the Keterangan ("Pelunasan F-106", "Pelunasan
  F-102 s/d F-104"): each paid the customer's oldest invoice instead (the right total, aged
  wrong).

A carried balance that does not agree with the rows it carries is not trusted either way: both
stay counted and the disagreement is shown with both figures."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, _aging, _expect, _xlsx, reads_to, saved_summary

JOURNAL = ["Tanggal", "No Bukti", "Pelanggan", "Keterangan", "Debet", "Kredit"]


def months(october: int = 1_500_000) -> list[tuple[str, list[list[object]]]]:
    return [
        ("Sep 2026", [["BUKU PIUTANG SEPTEMBER 2026"], [], JOURNAL,
            [D(2026, 9, 4), "J-0901", "Toko Rahmat", "Penjualan", 2_000_000, None],
            [D(2026, 9, 15), "J-0902", "UD Lestari", "Penjualan", 1_500_000, None],
            [D(2026, 9, 25), "KM-01", "Toko Rahmat", "Bayar tunai", None, 500_000]]),
        ("Okt 2026", [["BUKU PIUTANG OKTOBER 2026"], [], JOURNAL,
            [D(2026, 10, 1), None, "Toko Rahmat", "Saldo bulan lalu", october, None],
            [D(2026, 10, 1), None, "UD Lestari", "Saldo bulan lalu", 1_500_000, None],
            [D(2026, 10, 10), "J-1001", "Toko Rahmat", "Penjualan", 800_000, None],
            [D(2026, 10, 20), "KM-02", "UD Lestari", "Transfer BRI", None, 1_000_000]]),
        ("Nov 2026", [["BUKU PIUTANG NOVEMBER 2026"], [], JOURNAL,
            [D(2026, 11, 1), None, "Toko Rahmat", "Saldo bulan lalu", 2_300_000, None],
            [D(2026, 11, 1), None, "UD Lestari", "Saldo bulan lalu", 500_000, None],
            [D(2026, 11, 8), "J-1101", "UD Lestari", "Penjualan", 1_200_000, None],
            [D(2026, 11, 12), "KM-03", "Toko Rahmat", "Bayar", None, 1_000_000]]),
    ]  # fmt: skip


def test_each_months_saldo_bulan_lalu_is_the_sheets_before_it(tmp_path: Path) -> None:
    # Sep leaves Rahmat 1.5M and Lestari 1.5M (October's carries); Oct leaves 2.3M and 0.5M
    # (November's). Counted once: J-0901 2M - 0.5M - 1M (KM-03, on account, oldest first) =
    # 0.5M, 49 days late; J-1001 0.8M, 13 days; J-0902 1.5M - 1M = 0.5M, 38 days; J-1101 1.2M
    # not due.
    expected = _expect(3_000_000, 1_800_000,
                       _aging(current=1_200_000, d1to30=800_000, d31to60=1_000_000), 2)  # fmt: skip
    payload = reads_to(tmp_path / "bulanan.xlsx", months(), expected)
    assert payload["checks"] == "ok"


def test_a_carry_that_disagrees_with_the_sheets_before_is_shown_and_holds_from_its_day(
    tmp_path: Path,
) -> None:
    # October says Rahmat carries 1.6M; September's rows leave 1.5M. The disagreement is named
    # with both figures, and the book's figure holds from 1 October: 0.1M more is owed from
    # then. November's 2.3M then says 0.1M less than the rows (2M + 0.1M + 0.8M - 0.5M): named
    # too, and the 0.1M is a credit. What is owed is what November's figures say, as before.
    path = tmp_path / "bulanan.xlsx"
    _xlsx(path, months(october=1_600_000))
    _, payload = summarize_files([path], AS_OF)
    found = [p for p in payload["problems"] if p["code"] == "check-mismatch"]
    assert [(p["sheet"], p["row"], p["book_says"], p["read"]) for p in found] == [
        ("Okt 2026", 4, 1_600_000, 1_500_000),
        ("Nov 2026", 4, 2_300_000, 2_400_000),
    ]
    assert "Saldo awal" in found[0]["message"] and "Rp 1.600.000" in found[0]["message"]
    assert [(c["sheet"], c["book_says"], c["read"]) for c in payload["checks"]] == [
        ("Okt 2026", 1_600_000, 1_500_000),
        ("Nov 2026", 2_300_000, 2_400_000),
    ]
    assert payload["outstanding"] == 3_000_000


def test_a_carry_saying_more_than_the_sheets_before_keeps_the_rest_owed(tmp_path: Path) -> None:
    # September's sheet lists 1.7M of Rahmat's sales where October carries 1.5M + 0.3M from
    # months not kept: the 0.3M October says beyond September's rows is still owed (from 1
    # October), and November's 2.3M agrees with it. Named once; Rahmat owes 1.3M as November
    # says (0.3M carried, 1.7M - 0.5M and 0.8M sold, 1M paid).
    sheets = months()
    sheets[0][1][3][4] = 1_700_000
    path = tmp_path / "bulanan.xlsx"
    _xlsx(path, sheets)
    _, payload = summarize_files([path], AS_OF)
    assert [(c["sheet"], c["book_says"], c["read"]) for c in payload["checks"]] == [
        ("Okt 2026", 1_500_000, 1_200_000),
    ]
    assert payload["outstanding"] == 3_000_000
    assert payload["per_customer"]["Toko Rahmat"] == 1_300_000


def test_a_card_per_month_opening_with_last_months_saldo(tmp_path: Path) -> None:
    # September's card: a sale of 1M (due 1 Oct, 52 days late). October's opens with "Saldo
    # bulan lalu" 1M (its Saldo alone) and sells 0.5M (not due): 1.5M, not 2.5M.
    card = ["Tanggal", "Keterangan", "No. Faktur", "Debet", "Kredit", "Saldo"]
    sheets: list[tuple[str, list[list[object]]]] = [
        ("Sep", [["Nama Pelanggan : Toko Mulia"], card,
                 [D(2026, 9, 1), "Penjualan", "KM-1", 1_000_000, None, 1_000_000]]),
        ("Okt", [["Nama Pelanggan : Toko Mulia"], card,
                 [D(2026, 10, 1), "Saldo bulan lalu", None, None, None, 1_000_000],
                 [D(2026, 11, 5), "Penjualan", "KM-2", 500_000, None, 1_500_000]]),
    ]  # fmt: skip
    expected = _expect(1_500_000, 1_000_000, _aging(current=500_000, d31to60=1_000_000), 1)
    reads_to(tmp_path / "kartu_bulanan.xlsx", sheets, expected)


def test_a_years_sheet_opening_with_last_years_rest_paid_on_its_row(tmp_path: Path) -> None:
    # 2025 leaves Jaya Makmur 2M (F25-101) and Sinar 1M (F25-120): 2026's "Sisa piutang 2025"
    # lines. Paid 1.5M and 1M on those lines in 2026: F25-101 0.5M left (over 90 days), F25-120
    # paid. F26-210 2.5M (43 days), F26-240 1M and F26-255 0.9M not due. = 2026's TOTAL Sisa.
    header = ["No Faktur", "Tanggal", "Pelanggan", "Keterangan", "Total", "Bayar", "Sisa"]
    sheets: list[tuple[str, list[list[object]]]] = [
        ("2025", [["PIUTANG TAHUN 2025"], header,
            ["F25-101", D(2025, 11, 10), "Toko Jaya Makmur", None, 3_000_000, 1_000_000, 2_000_000],
            ["F25-115", D(2025, 12, 5), "Toko Jaya Makmur", None, 1_000_000, 1_000_000, 0],
            ["F25-120", D(2025, 12, 20), "CV Sinar", None, 1_500_000, 500_000, 1_000_000],
            [None, None, "TOTAL", None, 5_500_000, 2_500_000, 3_000_000]]),
        ("2026", [["PIUTANG TAHUN 2026"], header,
            [None, D(2026, 1, 1), "Toko Jaya Makmur", "Sisa piutang 2025", 2_000_000, 1_500_000,
             500_000],
            [None, D(2026, 1, 1), "CV Sinar", "Sisa piutang 2025", 1_000_000, 1_000_000, 0],
            ["F26-210", D(2026, 9, 10), "Toko Jaya Makmur", None, 2_500_000, 0, 2_500_000],
            ["F26-240", D(2026, 10, 28), "CV Sinar", None, 1_800_000, 800_000, 1_000_000],
            ["F26-255", D(2026, 11, 14), "Toko Jaya Makmur", None, 900_000, 0, 900_000],
            [None, None, "TOTAL", None, 8_200_000, 3_300_000, 4_900_000]]),
    ]  # fmt: skip
    expected = _expect(4_900_000, 3_000_000,
                       _aging(current=1_900_000, d31to60=2_500_000, over90=500_000), 2)  # fmt: skip
    reads_to(tmp_path / "tahunan.xlsx", sheets, expected)


CARRIED = ["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Bayar", "Sisa", "Ket"]
OCTOBER: list[list[object]] = [
    ["PIUTANG OKTOBER 2026"], CARRIED,
    ["CS-081", D(2026, 8, 25), "Toko Segar", 2_000_000, 500_000, 1_500_000, None],
    ["CS-097", D(2026, 9, 21), "Toko Segar", 1_200_000, 0, 1_200_000, None],
    ["CS-102", D(2026, 10, 7), "UD Tiga", 900_000, 300_000, 600_000, None],
    ["CS-110", D(2026, 10, 24), "UD Tiga", 1_600_000, 1_600_000, 0, None],
    [None, None, "TOTAL", 5_700_000, 2_400_000, 3_300_000, None],
]  # fmt: skip
NOVEMBER: list[list[object]] = [
    ["PIUTANG NOVEMBER 2026"], CARRIED,
    ["CS-081", D(2026, 8, 25), "Toko Segar", 1_500_000, 1_000_000, 500_000, "sisa Okt"],
    ["CS-097", D(2026, 9, 21), "Toko Segar", 1_200_000, 0, 1_200_000, "sisa Okt"],
    ["CS-102", D(2026, 10, 7), "UD Tiga", 600_000, 600_000, 0, "sisa Okt"],
    ["CS-115", D(2026, 11, 6), "Toko Segar", 750_000, 0, 750_000, None],
    ["CS-119", D(2026, 11, 15), "UD Tiga", 400_000, 100_000, 300_000, None],
    [None, None, "TOTAL", 4_450_000, 1_700_000, 2_750_000, None],
]  # fmt: skip
# CS-081 2M - 0.5M - 1M = 0.5M (59 days late); CS-097 1.2M (32 days); CS-102 0.9M paid in two
# months; CS-115 0.75M and CS-119 0.3M not due: November's TOTAL Sisa.
CARRIED_FIGURES = _expect(2_750_000, 1_700_000, _aging(current=1_050_000, d31to60=1_700_000), 2)


def test_an_invoice_carried_to_next_months_sheet_with_its_rest_is_one_invoice(
    tmp_path: Path,
) -> None:
    payload = reads_to(
        tmp_path / "bulanan.xlsx", [("Oktober", OCTOBER), ("November", NOVEMBER)], CARRIED_FIGURES
    )
    assert payload["invoices"] == 6


def test_the_same_carry_in_two_files_read_together(tmp_path: Path) -> None:
    # Newest first, in two files: the carried row comes before the invoice it carries.
    _xlsx(tmp_path / "nov.xlsx", [("November", NOVEMBER)])
    _xlsx(tmp_path / "okt.xlsx", [("Oktober", OCTOBER)])
    _, payload = summarize_files([tmp_path / "nov.xlsx", tmp_path / "okt.xlsx"], AS_OF)
    assert {k: payload[k] for k in CARRIED_FIGURES} == CARRIED_FIGURES
    assert not payload["problems"]


def test_a_different_sale_under_a_number_used_again_still_counts(tmp_path: Path) -> None:
    # The number used again for a sale whose amount is not what was left: both count, as
    # before, and the owner is told.
    november = [row[:] for row in NOVEMBER]
    november[2][3] = 1_400_000  # not 2M - 0.5M
    path = tmp_path / "bulanan.xlsx"
    _xlsx(path, [("Oktober", OCTOBER), ("November", november)])
    _, payload = summarize_files([path], AS_OF)
    assert [p["code"] for p in payload["problems"]].count("conflicting-invoice") == 1


def test_a_payments_sheet_naming_invoices_only_in_its_notes(tmp_path: Path) -> None:
    # "Pelunasan F-102 s/d F-104" pays F-102, F-103 and F-104 (1.9M, their sum), "Pelunasan
    # #F-106" pays F-106; F-101 0.5M stays (74 days late), and the unnamed 0.4M pays F-105's
    # oldest dues: 0.6M left (3 days). Before, both named payments paid the oldest first.
    sheets: list[tuple[str, list[list[object]]]] = [
        ("Faktur", [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
            ["F-101", D(2026, 8, 10), "Toko Lancar", 500_000],
            ["F-102", D(2026, 9, 10), "Toko Lancar", 700_000],
            ["F-103", D(2026, 9, 20), "Toko Lancar", 300_000],
            ["F-104", D(2026, 10, 15), "Toko Lancar", 900_000],
            ["F-105", D(2026, 10, 20), "UD Rukun", 1_000_000],
            ["F-106", D(2026, 11, 5), "UD Rukun", 600_000]]),
        ("Pembayaran", [["Tanggal", "Pelanggan", "Keterangan", "Jumlah"],
            [D(2026, 10, 25), "Toko Lancar", "Pelunasan F-102 s/d F-104", 1_900_000],
            [D(2026, 11, 10), "UD Rukun", "Pelunasan #F-106", 600_000],
            [D(2026, 11, 15), "UD Rukun", "transfer", 400_000]]),
    ]  # fmt: skip
    reads_to(tmp_path / "bayar.xlsx", sheets,
             _expect(1_100_000, 1_100_000, _aging(d1to30=600_000, d61to90=500_000), 2))  # fmt: skip


def test_notes_naming_several_invoices_pay_each_in_the_order_named(tmp_path: Path) -> None:
    # "F-2, F-3" pays F-2 (0.4M) and F-3 (0.6M) although F-1 is older: F-1 0.8M left (53 days).
    sheets: list[tuple[str, list[list[object]]]] = [
        ("Faktur", [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
            ["F-1", D(2026, 8, 31), "Toko Lancar", 800_000],
            ["F-2", D(2026, 9, 10), "Toko Lancar", 400_000],
            ["F-3", D(2026, 9, 20), "Toko Lancar", 600_000]]),
        ("Pembayaran", [["Tanggal", "Pelanggan", "Keterangan", "Jumlah"],
            [D(2026, 10, 25), "Toko Lancar", "tf untuk F-2, F-3", 1_000_000]]),
    ]  # fmt: skip
    reads_to(tmp_path / "bayar.xlsx", sheets, _expect(800_000, 800_000, _aging(d31to60=800_000), 1))


def test_months_saved_one_import_at_a_time_carry_once(tmp_path: Path) -> None:
    # October's book saved, then November's: the saved book holds both, and the carried rows
    # are October's invoices still (the rule is the book's, not one file's).
    _xlsx(tmp_path / "okt.xlsx", [("Oktober", OCTOBER)])
    _xlsx(tmp_path / "nov.xlsx", [("November", NOVEMBER)])
    payload = saved_summary(tmp_path, tmp_path / "okt.xlsx", tmp_path / "nov.xlsx")
    assert {k: payload[k] for k in CARRIED_FIGURES} == CARRIED_FIGURES
    assert payload["checks"] == "ok" and not payload["problems"]


def test_a_number_cell_naming_several_invoices_wins_over_its_note(tmp_path: Path) -> None:
    # "MF-05 & MF-06" in the number column, "MF-06 baru sebagian" in the note: 1.65M pays
    # MF-05 (1.25M) and 0.4M of MF-06 (0.4M left, not due), not MF-06 alone.
    sheets: list[tuple[str, list[list[object]]]] = [
        ("Faktur", [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
            ["MF-05", D(2026, 10, 1), "Toko Mekar Wangi", 1_250_000],
            ["MF-06", D(2026, 10, 30), "Toko Mekar Wangi", 800_000]]),
        ("Pelunasan", [["Tanggal", "Pelanggan", "No Faktur", "Jumlah", "Keterangan"],
            [D(2026, 11, 12), "Toko Mekar Wangi", "MF-05 & MF-06", 1_650_000,
             "MF-06 baru sebagian"]]),
    ]  # fmt: skip
    reads_to(tmp_path / "lunas.xlsx", sheets, _expect(400_000, 0, _aging(current=400_000), 1))


def test_a_carry_in_another_file_counts_once_when_it_agrees_and_is_left_alone_when_not(
    tmp_path: Path,
) -> None:
    # September's sheet in a file of its own, October's and November's in another: the carries
    # agree with September's rows and are their sum, as in one workbook.
    sheets = months()
    _xlsx(tmp_path / "sep.xlsx", sheets[:1])
    _xlsx(tmp_path / "okt_nov.xlsx", sheets[1:])
    _, payload = summarize_files([tmp_path / "sep.xlsx", tmp_path / "okt_nov.xlsx"], AS_OF)
    assert payload["outstanding"] == 3_000_000 and payload["checks"] == "ok"
    # Another shop's book (the demo's, a customer of the same name) leaves Toko Rahmat owing
    # something else: no sign of a carry, nothing changes and nothing is blamed.
    other = [("Faktur", [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
                         ["X-1", D(2026, 8, 1), "Toko Rahmat", 400_000]])]  # fmt: skip
    _xlsx(tmp_path / "lain.xlsx", other)
    _, alone = summarize_files([tmp_path / "okt_nov.xlsx"], AS_OF)
    _, both = summarize_files([tmp_path / "lain.xlsx", tmp_path / "okt_nov.xlsx"], AS_OF)
    assert both["outstanding"] == alone["outstanding"] + 400_000
    assert both["checks"] == alone["checks"] == "ok"


def test_last_months_file_beside_this_months_is_one_book_when_its_carry_disagrees(
    tmp_path: Path,
) -> None:
    # September's sheet in a file of its own, October's (and November's) in another, and
    # October's Rahmat carry says 1.6M where September's rows leave 1.5M. Before, September's
    # file was no earlier book of the other (the rule knew only last year's), so its rows and
    # the carry both counted, silently: 3.1M where the book says 3.0M + the 0.1M disagreement
    # is told. Now, as in one workbook: the disagreement is named, and November's figures hold.
    sheets = months(october=1_600_000)
    _xlsx(tmp_path / "sep.xlsx", sheets[:1])
    _xlsx(tmp_path / "okt_nov.xlsx", sheets[1:])
    _, payload = summarize_files([tmp_path / "sep.xlsx", tmp_path / "okt_nov.xlsx"], AS_OF)
    found = [p for p in payload["problems"] if p["code"] == "check-mismatch"]
    assert [(p["sheet"], p["book_says"], p["read"]) for p in found] == [
        ("Okt 2026", 1_600_000, 1_500_000),
        ("Nov 2026", 2_300_000, 2_400_000),
    ]
    assert payload["outstanding"] == 3_000_000
    # A book that ended months before the carry (another shop's, with a Toko Rahmat of its own
    # in July) is no last month's file: it stays a book of its own, and nothing is blamed.
    other = [("Faktur", [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
                         ["X-1", D(2026, 7, 1), "Toko Rahmat", 400_000],
                         ["X-2", D(2026, 8, 1), "UD Lestari", 300_000]])]  # fmt: skip
    _xlsx(tmp_path / "lain.xlsx", other)
    _, alone = summarize_files([tmp_path / "okt_nov.xlsx"], AS_OF)
    _, both = summarize_files([tmp_path / "lain.xlsx", tmp_path / "okt_nov.xlsx"], AS_OF)
    assert both["outstanding"] == alone["outstanding"] + 700_000
    assert [p["code"] for p in both["problems"]] == [p["code"] for p in alone["problems"]]
