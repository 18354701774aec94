"""Round 24 of outside books: ordinary books holding, in innocent places, the words this
session's rules look for (figures worked out on paper as of 22 Nov 2026, default term 30 days).
Each read wrong, silently, before:

- a sale whose note says a request was refused ("permintaan tukar barang ditolak") took back
  the giro paid before it on the card: its 1,000,000 aged from September;
- the shop's founding year in the title ("SEJAK 1998") beside a sheet "Piutang 2026", or a phone
  number's group ("Telp 0812 2024 5566"), dated yearless days in the wrong year or in none;
- "bukan barang retur", "tidak ada barang retur" were returns (a few words before "retur");
- "Jasa Pindahan Makmur" (a removals firm), "angkut pindahan rumah" and "Pindahan gudang" were
  opening balances, due on their own dates: aged 30 days too late."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.dates import year_of
from core.reading.layout import is_opening_label, is_refused_label, is_return_label
from tests.test_books_by_hand import _aging, _expect, reads_to


def test_a_refused_request_on_a_card_is_no_refused_giro(tmp_path: Path) -> None:
    # F-2 1M due 19 Nov (3 days); F-3 0.4M not due; F-1 paid by a giro that cleared.
    sheets = [("Toko Prima", [["KARTU PIUTANG - TOKO PRIMA"], [],
        ["Tanggal", "Keterangan", "Debet", "Kredit", "Saldo"],
        [D(2026, 9, 5), "Penjualan F-1", 1_000_000, None, 1_000_000],
        [D(2026, 10, 1), "Giro BG-77 cair, pelunasan F-1", None, 1_000_000, 0],
        [D(2026, 10, 20), "Penjualan F-2 (permintaan tukar barang ditolak)", 1_000_000, None,
         1_000_000],
        [D(2026, 11, 12), "Penjualan F-3", 400_000, None, 1_400_000]])]  # fmt: skip
    owed = _expect(1_400_000, 1_000_000, _aging(current=400_000, d1to30=1_000_000), 1)
    reads_to(tmp_path / "kartu.xlsx", sheets, owed)
    assert is_refused_label("Giro BG-123 ditolak") and is_refused_label("Tolakan cek 0123")
    assert not is_refused_label("klaim retur ditolak")


def test_the_sheets_year_over_a_founding_year_or_a_phone_number(tmp_path: Path) -> None:
    # 20 Sep 0.9M due 20 Oct (33 days); 8 Okt 1M - 0.3M due 7 Nov (15 days); 9 Nov not due.
    aging = _aging(current=250_000, d1to30=700_000, d31to60=900_000)
    for title in ("TOKO MAKMUR - SEJAK 1998", "TOKO BERKAH - Telp 0812 2024 5566"):
        sheets = [("Piutang 2026", [[title], [], ["Tgl", "Nama", "Jumlah", "Bayar"],
            ["20 Sep", "Pak Dadang", 900_000, 0],
            ["8 Okt", "Bu Neni", 1_000_000, 300_000],
            ["9 Nov", "Pak Dadang", 250_000, 0]])]  # fmt: skip
        reads_to(tmp_path / "sejak_1998.xlsx", sheets, _expect(1_850_000, 1_600_000, aging, 2))
    assert year_of(["Telp 0812 2024 5566"]) is None and year_of(["Per 22/11/2026"]) == 2026


def test_what_there_is_no_return_of_is_no_return(tmp_path: Path) -> None:
    # N-2 0.8M due 28 Oct (25 days) and N-4 1.1M due 14 Nov (8 days) owed; N-5 not due.
    sheets = [("Nota", [["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Status"],
        ["N-1", D(2026, 9, 12), "Toko Pelita", 1_000_000, "bukan retur, lunas"],
        ["N-2", D(2026, 9, 28), "Toko Pelita", 800_000, "tanpa DP, belum lunas"],
        ["N-3", D(2026, 10, 8), "Pak Rahmat", 600_000, "tanpa nota, lunas"],
        ["N-4", D(2026, 10, 15), "Pak Rahmat", 1_100_000, "Belum, bukan barang retur"],
        ["N-5", D(2026, 11, 6), "Toko Pelita", 450_000, "tidak ada diskon"]])]  # fmt: skip
    owed = _expect(2_350_000, 1_900_000, _aging(current=450_000, d1to30=1_900_000), 2)
    reads_to(tmp_path / "status.xlsx", sheets, owed)
    assert not is_return_label("tidak ada barang retur") and is_return_label("Retur 2 dus")


def test_a_move_is_no_balance_brought_forward(tmp_path: Path) -> None:
    # P-1 1.4M - 0.4M due 14 Oct (39 days); P-2 0.9M due 15 Nov (7 days); P-3 not due.
    sheets = [("Tagihan", [["No", "Tanggal", "Pelanggan", "Keterangan", "Jumlah", "Bayar"],
        ["P-1", D(2026, 9, 14), "Jasa Pindahan Makmur", "sewa truk 2 hari", 1_400_000, 400_000],
        ["P-2", D(2026, 10, 16), "Bu Lastri", "angkut pindahan rumah", 900_000, 0],
        ["P-3", D(2026, 11, 3), "Jasa Pindahan Makmur", "sewa truk", 700_000, 0]])]  # fmt: skip
    aging = _aging(current=700_000, d1to30=900_000, d31to60=1_000_000)
    reads_to(tmp_path / "pindahan.xlsx", sheets, _expect(2_600_000, 1_900_000, aging, 2))
    assert is_opening_label("Pindahan dari buku lama") and is_opening_label("Saldo pindahan")
    assert not is_opening_label("Pindahan gudang")
