"""An outside tester's twenty-second round: lines of a printed book read as the wrong thing (a
unit said as "(rb)", a customer named like a total, a page's carried total). Figures worked out
on paper as of 22 Nov 2026, default term 30 days; each book read wrong before its rule."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, _xlsx, figures, reads_to


def test_figures_in_thousands_said_by_rb_in_the_headers(tmp_path: Path) -> None:
    # "Jumlah (rb)" / "Bayar (rb)": 2.500 is Rp 2.500.000, and "Bayar (rb)" is what was paid
    # (read as Rp 4.550 owed, nothing paid). Toko Wijaya 2,500 - 1,000 = 1,500 due 18 Oct
    # (35 days, 31-60) and 1,200 due 6 Nov (16, 1-30); Bu Lastri 850 - 350 = 500 current.
    book = [["No", "Tanggal", "Pelanggan", "Jumlah (rb)", "Bayar (rb)"],
            [1, D(2026, 9, 18), "Toko Wijaya", 2_500, 1_000],
            [2, D(2026, 10, 7), "Toko Wijaya", 1_200, 0],
            [3, D(2026, 11, 3), "Bu Lastri", 850, 350]]  # fmt: skip
    expected = figures(3_200_000, 2_700_000, 2, current=500_000, d1to30=1_200_000,
                       d31to60=1_500_000)  # fmt: skip
    reads_to(tmp_path / "nota_dalam_ribu.xlsx", [("Piutang", book)], expected)


def test_figures_in_millions_said_by_jt_in_the_headers(tmp_path: Path) -> None:
    # "Nilai (Rp jt)" / "Dibayar (jt)": 1,5 is Rp 1.500.000; "Tgl (JT)" beside them is the due
    # date (Jatuh Tempo), no unit. Pak Harun 1.5 - 0.5 = 1,000,000 due 30 Oct (23 days, 1-30);
    # Bu Rini 2 due 12 Dec, current.
    book = [["No Nota", "Tanggal", "Tgl (JT)", "Pelanggan", "Nilai (Rp jt)", "Dibayar (jt)"],
            ["J-1", D(2026, 10, 5), D(2026, 10, 30), "Pak Harun", 1.5, 0.5],
            ["J-2", D(2026, 11, 12), D(2026, 12, 12), "Bu Rini", 2, 0]]  # fmt: skip
    expected = figures(3_000_000, 1_000_000, 2, current=2_000_000, d1to30=1_000_000)
    reads_to(tmp_path / "nota_dalam_juta.xlsx", [("Piutang", book)], expected)


def test_a_customer_named_total_with_a_number_and_a_date_is_a_customer(tmp_path: Path) -> None:
    # "Total Motor" (a workshop) has its own invoice N-05 and date: a record, not a TOTAL line
    # (it was skipped with a check-mismatch: 3,000,000 and 3 customers). N-01 2,000 - 500 =
    # 1,500 due 15 Oct (38 days, 31-60); N-02 1,000 due 31 Oct (22, 1-30); N-03 paid; N-04
    # 600 - 100 = 500 current; N-05 700 due 9 Nov (13, 1-30). TOTAL 5,100 / 1,400 checks.
    book = [["Pelanggan", "No Nota", "Tanggal", "Jumlah", "Dibayar", "Status"],
            ["CV Total Makmur", "N-01", D(2026, 9, 15), 2_000_000, 500_000, "Belum Lunas"],
            ["Toko Lunas Jaya", "N-02", D(2026, 10, 1), 1_000_000, 0, None],
            ["Toko Lunas Jaya", "N-03", D(2026, 10, 20), 800_000, 800_000, "Lunas"],
            ["Warung Sisa Rasa", "N-04", D(2026, 11, 3), 600_000, 100_000, "Belum Lunas"],
            ["Total Motor", "N-05", D(2026, 10, 10), 700_000, 0, None],
            ["TOTAL", None, None, 5_100_000, 1_400_000, None]]  # fmt: skip
    expected = figures(3_700_000, 3_200_000, 4, current=500_000, d1to30=1_700_000,
                       d31to60=1_500_000)  # fmt: skip
    reads_to(tmp_path / "nama_kata_kunci.xlsx", [("Piutang", book)], expected)


def test_a_total_line_dated_without_a_number_stays_a_total(tmp_path: Path) -> None:
    # The TOTAL line carries the day it was added up (30 Nov) but no invoice number: still the
    # total, checked (6,000 = 2,500 + 3,500), not a third debt. A-1 due 4 Nov (18 days, 1-30);
    # A-2 due 9 Dec, current.
    book = [["Pelanggan", "No Nota", "Tanggal", "Jumlah"],
            ["Toko Sumber", "A-1", D(2026, 10, 5), 2_500_000],
            ["Toko Sumber", "A-2", D(2026, 11, 9), 3_500_000],
            ["TOTAL", None, D(2026, 11, 30), 6_000_000]]  # fmt: skip
    expected = figures(6_000_000, 2_500_000, 1, current=3_500_000, d1to30=2_500_000)
    reads_to(tmp_path / "total_bertanggal.xlsx", [("Piutang", book)], expected)


PAGE = ["No", "Tanggal", "Pelanggan", "No Nota", "Jumlah", "Bayar"]


def test_a_printed_books_carried_page_totals_are_totals(tmp_path: Path) -> None:
    # "Jumlah dipindahkan" at page 1's foot and "Pindahan" at page 2's head are the running
    # total (4,500 / 1,500 = P-01..P-03), checked; JUMLAH 6,500 / 1,700 the whole book. The
    # Pindahan line was read as a debt of 3,000,000 more (7,800,000 where 4,800,000 is owed).
    # P-02 2,000 - 500 = 1,500 due 14 Oct (39 days, 31-60); P-03 1,500 due 29 Oct (24, 1-30);
    # P-04 800 due 11 Nov (11, 1-30); P-05 1,200 - 200 = 1,000 current.
    book = [["BUKU PIUTANG TOKO ELEKTRONIK ASLI"], ["Halaman 1"], PAGE,
            [1, D(2026, 9, 3), "Toko Asri", "P-01", 1_000_000, 1_000_000],
            [2, D(2026, 9, 14), "Toko Asri", "P-02", 2_000_000, 500_000],
            [3, D(2026, 9, 29), "UD Sinar", "P-03", 1_500_000, 0],
            ["Jumlah dipindahkan", None, None, None, 4_500_000, 1_500_000],
            [], ["Halaman 2"], PAGE,
            ["Pindahan dari halaman 1", None, None, None, 4_500_000, 1_500_000],
            [4, D(2026, 10, 12), "UD Sinar", "P-04", 800_000, 0],
            [5, D(2026, 11, 2), "Toko Asri", "P-05", 1_200_000, 200_000],
            ["JUMLAH", None, None, None, 6_500_000, 1_700_000]]  # fmt: skip
    expected = figures(4_800_000, 3_800_000, 2, current=1_000_000, d1to30=2_300_000,
                       d31to60=1_500_000)  # fmt: skip
    payload = reads_to(tmp_path / "buku_pindahan.xlsx", [("Buku Piutang", book)], expected)
    assert payload["files"][0]["sheets"][0]["checks"]["totals"] == "ok"


def test_a_carried_total_that_disagrees_is_told(tmp_path: Path) -> None:
    # "Carried forward" in the customer column says 1,200,000 where the row above is 1,000,000:
    # a total line the book got wrong (check-mismatch), no customer "Carried forward" owing
    # 1,000,000 more. Before, 2,500,000 was read silently.
    book = [["Tanggal", "Pelanggan", "No Nota", "Jumlah"],
            [D(2026, 10, 3), "Toko Asri", "P-01", 1_000_000],
            [None, "Carried forward", None, 1_200_000],
            [D(2026, 11, 3), "Toko Asri", "P-02", 500_000]]  # fmt: skip
    path = tmp_path / "carried.xlsx"
    _xlsx(path, [("Ledger", book)])
    _, payload = summarize_files([path], AS_OF)
    assert {k: payload[k] for k in FIGURES} == figures(
        1_500_000, 1_000_000, 1, current=500_000, d1to30=1_000_000
    )
    assert [p["code"] for p in payload["problems"]] == ["check-mismatch"]


def test_a_due_date_headed_jt_says_no_unit(tmp_path: Path) -> None:
    # "Tgl (JT)" is Jatuh Tempo, the due date: no millions (the figures are whole rupiah).
    # K-1 due 1 Nov (21 days, 1-30); K-2 due 5 Dec, current.
    book = [["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Tgl (JT)"],
            ["K-1", D(2026, 10, 2), "Toko Mawar", 750_000, D(2026, 11, 1)],
            ["K-2", D(2026, 11, 5), "Toko Mawar", 250_000, D(2026, 12, 5)]]  # fmt: skip
    expected = figures(1_000_000, 750_000, 1, current=250_000, d1to30=750_000)
    reads_to(tmp_path / "tgl_jt.xlsx", [("Piutang", book)], expected)


def test_a_short_unit_after_no_money_word_is_no_unit(tmp_path: Path) -> None:
    # "Kode (RB)" holds the branch's codes: the figures stay whole rupiah. R-1 due 1 Nov
    # (21 days, 1-30); R-2 due 5 Dec, current.
    book = [["No Nota", "Tanggal", "Pelanggan", "Kode (RB)", "Jumlah"],
            ["R-1", D(2026, 10, 2), "Toko Mawar", "RB-01", 750_000],
            ["R-2", D(2026, 11, 5), "Toko Mawar", "RB-02", 250_000]]  # fmt: skip
    expected = figures(1_000_000, 750_000, 1, current=250_000, d1to30=750_000)
    reads_to(tmp_path / "kode_rb.xlsx", [("Piutang", book)], expected)


def test_a_balance_brought_forward_beside_a_name_is_that_customers(tmp_path: Path) -> None:
    # "Pindahan" beside "Toko Buana" below Toko Arta's row is Toko Buana's own balance brought
    # forward (500,000, as before the carry rule), no page total checked against the 1,000,000
    # above it (a check-mismatch, and Toko Buana's 500,000 dropped).
    book = [["No", "Pelanggan", "No Nota", "Tanggal", "Jumlah"],
            [1, "Toko Arta", "A-1", D(2026, 10, 3), 1_000_000],
            ["Pindahan", "Toko Buana", None, None, 500_000],
            [2, "Toko Buana", "B-1", D(2026, 11, 3), 300_000]]  # fmt: skip
    path = tmp_path / "pindahan_bernama.xlsx"
    _xlsx(path, [("Piutang", book)])
    _, payload = summarize_files([path], AS_OF)
    assert payload["outstanding"] == 1_800_000
    assert payload["per_customer"] == {"Toko Arta": 1_000_000, "Toko Buana": 800_000}
    assert not payload["problems"]
