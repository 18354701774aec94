"""Outside round 76: aging reports printed page by page, and a Sisa typed wrong under a total
that agrees with the reading. Each book written by hand with its figures worked out on paper
as of 22 Nov 2026."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, read_book, reads_to

_TITLE = [["UD SUMBER REJEKI"], ["LAPORAN PIUTANG PER PELANGGAN"], ["Per 30 September 2026"]]


# Round 76 book 33: a list grouped by customer printed over two pages repeats its title lines
# ("Per 30 September 2026") and its header inside Toko Angin's group. The title's last line,
# in the Pelanggan column, was taken as a customer owing the rows after the break, and
# the other title lines were told as rows without an amount. Toko Angin: A-1 1.000.000 (due
# 1 Oct: 52 days), A-2 2.000.000 (due 10 Oct: 43 days), A-3 3.000.000 (due 4 Nov: 18 days),
# its Sub Total 6.000.000; Bu Rina's B-1 500.000 due 1 Dec (not yet due).
def test_title_lines_repeated_at_a_page_break_inside_a_group_are_no_customer(
    tmp_path: Path,
) -> None:
    header = ["Pelanggan", "No Faktur", "Tanggal", "Jatuh Tempo", "Sisa"]
    rows = [
        *_TITLE,
        [],
        header,
        ["Toko Angin"],
        ["", "A-1", D(2026, 9, 1), D(2026, 10, 1), 1_000_000],
        ["", "A-2", D(2026, 9, 10), D(2026, 10, 10), 2_000_000],
        ["Halaman 1"],
        [],
        *_TITLE,
        header,
        ["", "A-3", D(2026, 10, 5), D(2026, 11, 4), 3_000_000],
        ["Sub Total", "", "", "", 6_000_000],
        ["Bu Rina"],
        ["", "B-1", D(2026, 11, 1), D(2026, 12, 1), 500_000],
        ["Sub Total", "", "", "", 500_000],
        ["Grand Total", "", "", "", 6_500_000],
    ]
    expected = figures(6_500_000, 6_000_000, 2, current=500_000, d1to30=3_000_000,
                       d31to60=3_000_000)  # fmt: skip
    payload = reads_to(tmp_path / "grouped_pages.xlsx", [("Umur Piutang", rows)], expected)
    assert payload["per_customer"] == {"Toko Angin": 6_000_000, "Bu Rina": 500_000}


# Round 76 book 05: a flat list, a customer on each row, printed page by page; each page's
# title lines were told as rows without an amount ("baris ini tidak dihitung") though none
# was left out. F-1 1.200.000 (due 2 Oct: 51 days), F-2 800.000 (due 20 Oct: 33 days), F-3
# 400.000 (due 15 Nov: 7 days), F-4 900.000 (due 5 Dec: not yet due).
def test_title_lines_repeated_at_a_page_break_of_a_flat_list_are_no_rows(tmp_path: Path) -> None:
    header = ["Pelanggan", "No Faktur", "Tanggal", "Jatuh Tempo", "Nilai Faktur", "Sisa"]
    rows = [
        *_TITLE,
        [],
        header,
        ["Toko Angin", "F-1", D(2026, 9, 2), D(2026, 10, 2), 1_500_000, 1_200_000],
        ["Toko Angin", "F-2", D(2026, 9, 20), D(2026, 10, 20), 800_000, 800_000],
        ["Halaman 1"],
        [],
        *_TITLE,
        header,
        ["Bu Rina", "F-3", D(2026, 10, 16), D(2026, 11, 15), 400_000, 400_000],
        ["Bu Rina", "F-4", D(2026, 11, 5), D(2026, 12, 5), 900_000, 900_000],
        ["TOTAL", "", "", "", 3_600_000, 3_300_000],
    ]
    expected = figures(3_300_000, 2_400_000, 2, current=900_000, d1to30=400_000,
                       d31to60=2_000_000)  # fmt: skip
    payload = reads_to(tmp_path / "flat_pages.xlsx", [("Umur Piutang", rows)], expected)
    assert payload["per_customer"] == {"Toko Angin": 2_000_000, "Bu Rina": 1_300_000}


# Round 76 book 40: F-2's Sisa is typed 1.100.000 where its Total less Terbayar leaves
# 1.000.000 (told on its row; Tagih reads 1.000.000). The TOTAL's Sisa 3.500.000 adds what the
# rows leave (2.500.000 + 1.000.000), the figure Tagih uses, yet it was told as wrong too
# ("buku 3.500.000, terhitung 3.600.000", the typed column's sum, which nothing uses).
# F-1 due 1 Oct (52 days), F-2 due 1 Nov (21 days).
def test_a_total_that_adds_what_the_rows_leave_is_no_mismatch_beside_a_sisa_typed_wrong(
    tmp_path: Path,
) -> None:
    rows = [
        ["No", "Pelanggan", "No Invoice", "Tanggal", "Jatuh Tempo", "Total", "Terbayar", "Sisa"],
        [1, "Toko Angin", "F-1", D(2026, 9, 1), D(2026, 10, 1), 3_000_000, 500_000, 2_500_000],
        [2, "Bu Rina", "F-2", D(2026, 10, 2), D(2026, 11, 1), 1_000_000, 0, 1_100_000],
        ["TOTAL", "", "", "", "", 4_000_000, 500_000, 3_500_000],
    ]
    payload = read_book(tmp_path / "sisa_typo.xlsx", [("Umur Piutang", rows)])
    assert payload["outstanding"] == 3_500_000
    assert [(p["row"], p["code"], p["book_says"], p["read"]) for p in payload["problems"]] == [
        (3, "check-mismatch", 1_100_000, 1_000_000)
    ]
