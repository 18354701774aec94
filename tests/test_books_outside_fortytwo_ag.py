"""Outside round 76 (fixer 76a): aging reports exported from accounting software, each book
written by hand with its figures worked out on paper as of 22 Nov 2026 (default term 30 days:
a sale of 1 Oct is due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from tests.test_books_by_hand import figures, reads_to

TITLE = [["UD SUMBER AIR"], ["UMUR PIUTANG"], ["Per 31 Oktober 2026"], []]
BUCKETS = ["Belum Jatuh Tempo", "1-30", "31-60", "61-90", ">90"]


# Round 76 books 28 and 37: an aging export with the invoice's value ("Nilai Faktur") beside
# its buckets, with or without a Total of them: the buckets (and the Total) hold what is left
# of each invoice, not its value. Tagih summed Nilai Faktur (12.000.000), the buckets unread.
# F-01 of 1 Aug, due 31 Aug, Nilai 5.000.000, 2.000.000 left (61-90 on 31 Oct; 83 days on
# 22 Nov: 61-90); F-02 of 1 Oct, due 31 Oct, 3.000.000 left whole (22 days: 1-30); F-03 of
# 15 Oct, due 14 Dec, Nilai 4.000.000, 1.500.000 left (current). Owed 2.000.000 + 3.000.000
# + 1.500.000 = 6.500.000, overdue 5.000.000; Toko Anggrek 5.000.000, CV Bambu 1.500.000.
@pytest.mark.parametrize("with_total", [True, False])
def test_buckets_beside_the_invoice_value_are_what_is_owed(
    tmp_path: Path, with_total: bool
) -> None:
    lines: list[list[object]] = [
        ["Toko Anggrek", "F-01", D(2026, 8, 1), D(2026, 8, 31), 5_000_000, 0, 0, 0, 2_000_000, 0],
        ["Toko Anggrek", "F-02", D(2026, 10, 1), D(2026, 10, 31), 3_000_000, 3_000_000, 0, 0, 0, 0],
        ["CV Bambu", "F-03", D(2026, 10, 15), D(2026, 12, 14), 4_000_000, 1_500_000, 0, 0, 0, 0],
        ["TOTAL", None, None, None, 12_000_000, 4_500_000, 0, 0, 2_000_000, 0],
    ]
    header = ["Pelanggan", "No. Faktur", "Tgl Faktur", "Jatuh Tempo", "Nilai Faktur", *BUCKETS]
    if with_total:
        header.append("Total")
        for line in lines:
            line.append(sum(part for part in line[5:] if isinstance(part, int)))
    sheets = [("Umur Piutang", [*TITLE, header, *lines])]
    expected = figures(
        6_500_000, 5_000_000, 2, current=1_500_000, d1to30=3_000_000, d61to90=2_000_000
    )
    payload = reads_to(tmp_path / "umur.xlsx", sheets, expected)
    assert payload["per_customer"] == {"Toko Anggrek": 5_000_000, "CV Bambu": 1_500_000}


# Round 76 book 38: no due-date column, but "Terlambat (hari)", each row's days past due on
# the report's day ("Per 31 Oktober 2026"): due = 31 Oct less those days. Tagih took every
# row as due 30 days after its date. F-11 of 2 Aug, 30 days late: due 1 Oct, 52 days on
# 22 Nov (31-60; date + 30 = 1 Sep, 82 days, said 61-90), 1.000.000; F-12 of 30 Aug, 2 days
# late: due 29 Oct, 24 days (1-30; date + 30 said 31-60), 2.000.000; F-13 of 25 Oct, not
# late (0): its terms decide, the default 30 days, due 24 Nov, current, 500.000.
def test_days_late_on_the_report_day_give_the_due_date(tmp_path: Path) -> None:
    header = ["Pelanggan", "No. Faktur", "Tgl Faktur", "Terlambat (hari)", "Sisa"]
    lines = [
        ["Toko Anggrek", "F-11", D(2026, 8, 2), 30, 1_000_000],
        ["Warung Citra", "F-12", D(2026, 8, 30), 2, 2_000_000],
        ["Warung Citra", "F-13", D(2026, 10, 25), 0, 500_000],
    ]
    sheets = [("Umur Piutang", [*TITLE, header, *lines])]
    expected = figures(
        3_500_000, 3_000_000, 2, current=500_000, d1to30=2_000_000, d31to60=1_000_000
    )
    payload = reads_to(tmp_path / "terlambat.xlsx", sheets, expected)
    assert payload["default_term_used"] == 1
