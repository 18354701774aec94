"""Round 55 of the outside testers (terms, due dates and the as-of date; fixer 55b): each book
written by hand with its figures worked out on paper as of 22 Nov 2026 (default term 30 days:
a sale of 1 Oct is due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.report import summarize_files
from tests.helpers import write_xlsx
from tests.test_books_by_hand import AS_OF, FIGURES, figures, reads_to


# Round 55 b11: a due-date column headed "JT", the everyday short of Jatuh Tempo, was not read
# (nor told): every row was due after 30 days. SO-1 (14 Aug) due 28 Sep, 55 days late: 31-60
# (not 13 Sep, 61-90); SO-2 (20 Sep) due 4 Nov, 18 days: 1-30 (not 20 Oct, 31-60); SO-3
# (9 Nov) 3,600,000 - 600,000 = 3,000,000 due 24 Dec, current.
def test_a_due_date_column_headed_jt_is_read(tmp_path: Path) -> None:
    rows = [
        ["Tanggal", "No SO", "Apotek / Klinik", "Total", "Terbayar", "JT"],
        [D(2026, 8, 14), "SO-1", "Apotek Sumber Sehat", 1_980_000, 0, D(2026, 9, 28)],
        [D(2026, 9, 20), "SO-2", "Klinik Pratama", 2_750_000, 0, D(2026, 11, 4)],
        [D(2026, 11, 9), "SO-3", "Klinik Pratama", 3_600_000, 600_000, D(2026, 12, 24)],
    ]
    expected = figures(
        7_730_000, 4_730_000, 2, current=3_000_000, d1to30=2_750_000, d31to60=1_980_000
    )
    reads_to(tmp_path / "piutang.xlsx", [("Piutang", rows)], expected)


# Round 55 b33: a terms column headed "T.O.P" (TOP in dotted initials) was not read: the
# default term for all. 0398 (24 Jul, 60 hr) due 22 Sep, 61 days late: 61-90 (not 23 Aug,
# 90+); 0420 (8 Sep, 14 hr) due 22 Sep: 61-90 (not 8 Oct, 31-60); 0466 (7 Nov, 14 hr) due
# 21 Nov, 1 day: 1-30 (not 7 Dec, current).
def test_a_terms_column_headed_in_dotted_initials_is_read(tmp_path: Path) -> None:
    rows = [
        ["No", "Tgl", "No Faktur", "Pelanggan", "Jumlah", "Bayar", "T.O.P"],
        [1, D(2026, 7, 24), "0398", "CV Boga Nusantara", 2_700_000, 0, "60 hr"],
        [2, D(2026, 9, 8), "0420", "Warung Pak Ndut", 500_000, 0, "14 hr"],
        [3, D(2026, 11, 7), "0466", "Warung Pak Ndut", 650_000, 0, "14 hr"],
    ]
    expected = figures(3_850_000, 3_850_000, 2, d1to30=650_000, d61to90=3_200_000)
    reads_to(tmp_path / "piutang.xlsx", [("PIUTANG", rows)], expected)


# Round 55 b06: terms "tgl 10 bln depan" (the 10th of the next month) were told invalid and
# 30 days used. B-1 (25 Jul) 1,200,000 - 200,000 = 1,000,000 due 10 Aug, 104 days late: 90+;
# B-2 (28 Sep) due 10 Oct, 43 days: 31-60; B-3 (30 Oct) due 10 Nov, 12 days: 1-30; B-4
# (3 Nov) due 10 Dec, current.
def test_terms_of_a_day_of_the_next_month_are_read(tmp_path: Path) -> None:
    rows = [
        ["Tgl", "No Bon", "Nama", "Jumlah", "Bayar", "Tempo"],
        [D(2026, 7, 25), "B-1", "Pak Manto", 1_200_000, 200_000, "tgl 10 bln depan"],
        [D(2026, 9, 28), "B-2", "Pak Manto", 2_100_000, 0, "tanggal 10 bulan depan"],
        [D(2026, 10, 30), "B-3", "Warung Bu Jum", 1_640_000, 0, "tgl 10 bln dpn"],
        [D(2026, 11, 3), "B-4", "Warung Bu Jum", 780_000, 0, "tgl 10 bln depan"],
    ]
    expected = figures(
        5_520_000,
        4_740_000,
        2,
        current=780_000,
        d1to30=1_640_000,
        d31to60=2_100_000,
        over90=1_000_000,
    )
    reads_to(tmp_path / "bon.xlsx", [("Bon 2026", rows)], expected)


# Round 55 b34: QuickBooks' "Due end of month" was told invalid and 30 days used ("EOM" was
# read). INV-105 (25 Sep) due 30 Sep, 53 days late: 31-60 (not 25 Oct, 1-30); INV-108 (15 Oct,
# "Due end of next month") due 30 Nov, current (not 14 Nov, 1-30); INV-101 (23 Oct, Net 30)
# due 22 Nov, current.
def test_terms_due_at_the_end_of_the_month_in_english_are_read(tmp_path: Path) -> None:
    head = ["Invoice Number", "Invoice Date", "Customer Name", "Payment Terms", "Total",
            "Amount Paid", "Balance Due"]  # fmt: skip
    rows = [
        head,
        ["INV-101", D(2026, 10, 23), "Green Leaf Cafe", "Net 30", 3_300_000, 0, 3_300_000],
        ["INV-105", D(2026, 9, 25), "Studio Ara", "Due end of month", 2_750_000, 0, 2_750_000],
        ["INV-108", D(2026, 10, 15), "PT Nusa", "Due end of next month", 1_000_000, 0, 1_000_000],
    ]
    expected = figures(7_050_000, 2_750_000, 3, current=4_300_000, d31to60=2_750_000)
    reads_to(tmp_path / "invoices.xlsx", [("Invoices", rows)], expected)


# Round 55 b10 and b11: a due date before its own invoice's date (03/10 typed for 03/12; 2025
# for 2026) was used as written, silently: K-3 of 12 Oct, due "12/11/2025", went to 90+. It is
# told with both dates, and the invoice is due after its terms: K-1 (3 Nov, no terms) 3 Dec,
# current; K-3 (12 Oct, 45 hari) 26 Nov, current. K-2 (1 Sep) due 15 Sep as written, 68 days
# late: 61-90. K-4, due on its own date (20 Nov), is no slip: 2 days late, 1-30, not told.
def test_a_due_date_before_its_invoice_date_is_told_and_the_terms_used(tmp_path: Path) -> None:
    rows = [
        ["No. Faktur", "Tgl Faktur", "Nama Pelanggan", "Nilai", "Bayar", "Tempo", "Jatuh Tempo"],
        ["K-1", D(2026, 11, 3), "Toko Mitra", 2_600_000, 0, None, D(2026, 10, 3)],
        ["K-2", D(2026, 9, 1), "CV Berlian", 3_300_000, 0, None, D(2026, 9, 15)],
        ["K-3", D(2026, 10, 12), "Toko Mitra", 3_000_000, 0, "45 hari", D(2025, 11, 12)],
        ["K-4", D(2026, 11, 20), "CV Berlian", 500_000, 0, None, D(2026, 11, 20)],
    ]
    path = write_xlsx(tmp_path / "piutang.xlsx", {"Nov": rows})
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    expected = figures(
        9_400_000, 3_800_000, 2, current=5_600_000, d1to30=500_000, d61to90=3_300_000
    )
    assert {key: payload[key] for key in FIGURES} == expected
    told = [(p["code"], p["row"], p["message"]) for p in payload["problems"]]
    assert [(code, row) for code, row, _ in told] == [
        ("due-before-invoice", 2),
        ("due-before-invoice", 4),
    ]
    assert "03/10/2026 < 03/11/2026" in told[0][2]
    assert "12/11/2025 < 12/10/2026" in told[1][2]


# Round 55 b32: with no terms column, the owner writes them in Keterangan; they were not read
# (30 days for all), nor told. SJ-1 (25 Sep, "tempo 2 minggu, ambil sendiri") 1,350,000 -
# 350,000 = 1,000,000 due 9 Oct, 44 days late: 31-60 (not 25 Oct, 1-30); SJ-2 (8 Oct, "tempo
# 45 hr") due 22 Nov, current (not 7 Nov, 1-30); SJ-3 (1 Nov, "tempo 2 minggu") due 15 Nov,
# 7 days: 1-30 (not current); SJ-4 (1 Aug, a note of no terms) due 31 Aug, 83 days: 61-90.
def test_terms_a_note_opens_with_are_the_rows_terms(tmp_path: Path) -> None:
    rows = [
        ["Tanggal", "No SJ", "Pelanggan", "Jumlah", "Dibayar", "Keterangan"],
        [D(2026, 9, 25), "SJ-1", "Pak Haris", 1_350_000, 350_000, "tempo 2 minggu, ambil sendiri"],
        [D(2026, 10, 8), "SJ-2", "CV Baja Ringan", 2_600_000, 0, "tempo 45 hr"],
        [D(2026, 11, 1), "SJ-3", "Toko Besi Kuat", 1_850_000, 0, "tempo 2 minggu"],
        [D(2026, 8, 1), "SJ-4", "Toko Besi Kuat", 1_100_000, 0, "kirim ke gudang Cikarang"],
    ]
    expected = figures(
        6_550_000,
        3_950_000,
        3,
        current=2_600_000,
        d1to30=1_850_000,
        d31to60=1_000_000,
        d61to90=1_100_000,
    )
    reads_to(tmp_path / "piutang.xlsx", [("Piutang", rows)], expected)


# The look-alike: a note that speaks of terms without giving the sale's own, time asked for
# after it ("minta tempo 2 minggu lagi", "tempo 2 minggu lagi"), is no term: both rows are due
# after 30 days. SJ-1 (1 Oct) due 31 Oct, 22 days late: 1-30; SJ-2 (1 Nov) due 1 Dec, current.
def test_a_note_asking_for_more_time_gives_no_terms(tmp_path: Path) -> None:
    rows = [
        ["Tanggal", "No SJ", "Pelanggan", "Jumlah", "Dibayar", "Keterangan"],
        [D(2026, 10, 1), "SJ-1", "Pak Haris", 1_000_000, 0, "minta tempo 2 minggu lagi"],
        [D(2026, 11, 1), "SJ-2", "CV Baja Ringan", 500_000, 0, "tempo 2 minggu lagi"],
    ]
    expected = figures(1_500_000, 1_000_000, 2, current=500_000, d1to30=1_000_000)
    reads_to(tmp_path / "piutang.xlsx", [("Piutang", rows)], expected)


# Round 55 b36: a sales book's "Cara Bayar" of Tunai / Transfer (paid at the sale, no debt),
# Kredit (owed), and "Tempo 14 hari" (owed, with its terms): the terms were not used. PJ-1
# (22 Sep, Tempo 30 hari) due 22 Oct, 31 days late: 31-60; PJ-2 (10 Oct, Kredit) due 9 Nov,
# 13 days: 1-30; PJ-3 (1 Nov, Tempo 14 hari) due 15 Nov, 7 days: 1-30 (not 1 Dec, current);
# PJ-5 (8 Nov, Tempo 14 hari) due 22 Nov, current; PJ-4 and PJ-6 paid at the sale.
def test_terms_in_a_column_of_each_sales_way_to_pay_are_read(tmp_path: Path) -> None:
    rows = [
        ["Tgl", "No Nota", "Pelanggan", "Total", "Cara Bayar"],
        [D(2026, 9, 22), "PJ-1", "CV Hijau Daun", 2_000_000, "Tempo 30 hari"],
        [D(2026, 10, 10), "PJ-2", "Toko Bunga Melati", 750_000, "Kredit"],
        [D(2026, 11, 1), "PJ-3", "Pak Anwar", 900_000, "Tempo 14 hari"],
        [D(2026, 11, 2), "PJ-4", "Pak Anwar", 500_000, "Tunai"],
        [D(2026, 11, 8), "PJ-5", "Toko Bunga Melati", 1_400_000, "Tempo 14 hari"],
        [D(2026, 11, 15), "PJ-6", "CV Hijau Daun", 1_000_000, "Transfer"],
    ]
    expected = figures(
        5_050_000, 3_650_000, 3, current=1_400_000, d1to30=1_650_000, d31to60=2_000_000
    )
    reads_to(tmp_path / "penjualan.xlsx", [("Penjualan", rows)], expected)


# Round 55 b30 and round 56 h23: what an invoice's row paid, dated by its own Tgl Bayar after
# today, counted as paid (rightly) but was left out of paid_after_today, which a payments
# sheet's money is in. F-1 paid 2,000,000 on 25 Nov and F-2 500,000 on 24 Nov: 2,500,000 after
# 22 Nov; F-4's 900,000 of 20 Nov is before it. Owed: F-2 1,000,000 (due 19 Oct, 34 days late:
# 31-60) and F-3 3,000,000 (due 31 Aug, 83 days: 61-90).
def test_money_a_row_paid_after_today_is_told_as_paid_after_today(tmp_path: Path) -> None:
    rows = [
        ["No Faktur", "Tgl Faktur", "Pelanggan", "Jumlah", "Jatuh Tempo", "Dibayar",
         "Tgl Bayar", "Status"],
        ["F-1", D(2026, 9, 10), "CV Karunia", 2_000_000, D(2026, 10, 10), 2_000_000,
         D(2026, 11, 25), "LUNAS"],
        ["F-2", D(2026, 10, 5), "Toko Dewi", 1_500_000, D(2026, 10, 19), 500_000,
         D(2026, 11, 24), "Belum Lunas"],
        ["F-3", D(2026, 8, 1), "CV Karunia", 3_000_000, D(2026, 8, 31), 0, None, "Belum Lunas"],
        ["F-4", D(2026, 11, 2), "Toko Dewi", 900_000, D(2026, 12, 2), 900_000,
         D(2026, 11, 20), "Lunas"],
    ]  # fmt: skip
    expected = figures(4_000_000, 4_000_000, 2, d31to60=1_000_000, d61to90=3_000_000)
    payload = reads_to(tmp_path / "tagihan.xlsx", [("Tagihan", rows)], expected)
    assert payload["paid_after_today"] == 2_500_000


# The look-alike, round 56 h21: an invoice date decades after its due date (F-3 "06/10/2062"
# among invoices of 2026, due 5 Nov 2026) is the slip, not the due date: the due date as
# written stands (17 days late, 1-30), told as far-date, not as a due date before its invoice.
# F-1 (1 Sep) due 1 Oct, 52 days late: 31-60; F-2 (10 Nov) due 10 Dec, current.
def test_an_invoice_date_decades_after_its_due_date_leaves_the_due_date(tmp_path: Path) -> None:
    rows = [
        ["No Faktur", "Tgl Faktur", "Jatuh Tempo", "Pelanggan", "Jumlah", "Terbayar"],
        ["F-1", D(2026, 9, 1), D(2026, 10, 1), "Toko Mitra", 3_900_000, 0],
        ["F-3", D(2062, 10, 6), D(2026, 11, 5), "Toko Mitra", 1_540_000, 0],
        ["F-2", D(2026, 11, 10), D(2026, 12, 10), "CV Lestari", 2_025_000, 0],
    ]
    path = write_xlsx(tmp_path / "faktur.xlsx", {"Daftar Faktur": rows})
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    expected = figures(
        7_465_000, 5_440_000, 2, current=2_025_000, d1to30=1_540_000, d31to60=3_900_000
    )
    assert {key: payload[key] for key in FIGURES} == expected
    assert [(p["code"], p["row"]) for p in payload["problems"]] == [("far-date", 3)]
