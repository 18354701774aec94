"""Round 23 of outside books, aimed at the rules of round 22 (figures worked out on paper as of
22 Nov 2026, default term 30 days): what a status or a note says there is none of is not said
of the row, and a colour's name in a customer's name is no legend. Before:

- "Tidak ada retur, lunas" and "belum bayar, tidak ada retur" were returns of the whole
  invoice (which then paid the customer's other invoices), "Lunas tidak pakai DP" and "Lunas
  (tidak ada sisa)" were not paid: 2,300,000 where 2,900,000 is owed, silently;
- a customer "Toko Hijau Lunas" on a sheet with a legend "warna merah = lewat jatuh tempo" was
  taken for a legend of paid rows and the sheet refused."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.reading.layout import colour_legend, is_return_label
from core.reading.rows import status_paid
from tests.test_books_by_hand import _aging, _expect, reads_to


def test_what_a_status_says_there_is_none_of_is_not_said(tmp_path: Path) -> None:
    # A-2 1.5M due 25 Oct (28 days) and A-4 0.8M due 9 Nov (13 days) owed; A-5 not due; A-1
    # and A-3 paid; no row is a return.
    sheets = [("Nota", [["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Status"],
        ["A-1", D(2026, 9, 10), "Toko Makmur", 1_000_000, "Tidak ada retur, lunas"],
        ["A-2", D(2026, 9, 25), "Toko Makmur", 1_500_000, "Belum lunas, tidak ada DP"],
        ["A-3", D(2026, 10, 5), "CV Jaya", 2_000_000, "Lunas tidak pakai DP"],
        ["A-4", D(2026, 10, 10), "CV Jaya", 800_000, "belum bayar, tidak ada retur"],
        ["A-5", D(2026, 11, 5), "CV Jaya", 600_000, None],
        ["A-6", D(2026, 10, 2), "Bu Tini", 700_000, "Lunas (tidak ada sisa)"],
        ["A-7", D(2026, 10, 10), "Bu Tini", 500_000, "tidak ada masalah, nanti"]])]  # fmt: skip
    owed = _expect(3_400_000, 2_800_000, _aging(current=600_000, d1to30=2_800_000), 3)
    reads_to(tmp_path / "status.xlsx", sheets, owed)


def test_the_words_of_none() -> None:
    assert not is_return_label("Tidak ada retur, lunas") and is_return_label("Retur 2 dus")
    assert is_return_label("No Retur R-12") and not is_return_label("tanpa retur")
    assert status_paid("Lunas tanpa sisa") and not status_paid("tanpa bayar")
    assert not status_paid("Tidak Lunas") and not status_paid("belum bayar, tidak ada retur")


def test_a_colours_name_in_a_customers_name_is_no_legend(tmp_path: Path) -> None:
    # M-1 1M due 10 Oct (43 days); M-2 0.5M due 11 Nov (11 days); M-3 and M-4 not due. The red
    # legend is about lateness, not payment: everything is owed.
    sheets = [("Piutang", [["No Nota", "Tanggal", "Pelanggan", "Jumlah"],
        ["M-1", D(2026, 9, 10), "Toko Kuning", 1_000_000],
        ["M-2", D(2026, 10, 12), "Toko Kuning", 500_000],
        ["M-3", D(2026, 11, 2), "Pak Heru", 700_000],
        ["M-4", D(2026, 11, 4), "Toko Hijau Lunas", 400_000], [],
        ["Keterangan: warna merah = lewat jatuh tempo, tagih segera"]])]  # fmt: skip
    aging = _aging(current=1_100_000, d1to30=500_000, d31to60=1_000_000)
    reads_to(tmp_path / "merah.xlsx", sheets, _expect(2_600_000, 1_500_000, aging, 3))
    assert colour_legend([["Toko Hijau Lunas"]]) is None
    assert colour_legend([["hijau = lunas"]]) == "hijau = lunas"


def test_a_tick_in_a_paid_column_of_amounts_is_the_whole_paid(tmp_path: Path) -> None:
    # B-1 2M - 0.5M due 12 Oct (41 days); B-2 "v": paid; B-3 1.2M due 13 Nov (9 days); B-4
    # paid; B-5 "v": paid; B-6 1M - 0.3M not due. Before, each "v" was a bad paid cell.
    sheets = [("Piutang", [["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Bayar"],
        ["B-1", D(2026, 9, 12), "Toko Sinar", 2_000_000, 500_000],
        ["B-2", D(2026, 9, 30), "Toko Sinar", 700_000, "v"],
        ["B-3", D(2026, 10, 14), "Pak Karyo", 1_200_000, None],
        ["B-4", D(2026, 10, 20), "Pak Karyo", 900_000, 900_000],
        ["B-5", D(2026, 11, 8), "Pak Karyo", 400_000, "v"],
        ["B-6", D(2026, 11, 10), "Toko Sinar", 1_000_000, 300_000]])]  # fmt: skip
    aging = _aging(current=700_000, d1to30=1_200_000, d31to60=1_500_000)
    reads_to(tmp_path / "v.xlsx", sheets, _expect(3_400_000, 2_700_000, aging, 2))
