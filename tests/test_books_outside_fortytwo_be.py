"""Outside round 97 (fixer 97): exports from the apps Indonesian small businesses use, each
book written here with its figures worked out by hand as of 22 Nov 2026."""

from __future__ import annotations

from pathlib import Path

from core.columns import guess_field
from tests.test_books_by_hand import figures, reads_to

# Round 97 b20: Qasir's "Laporan Piutang" heads its down payments "Uang Muka (DP)", the other
# name in brackets. Unread, the 920.000 of DP was owed again (4.050.000 for 3.130.000) and
# three right rows were told as typos. Each row: Sisa = Total - DP - Pembayaran.
# Mbak Rina 700.000 due 22 Oct (31 days, 31-60) and 890.000 current; Ibu Sari 1.000.000 due
# 11 Nov (11 days, 1-30); Kak Dewi 540.000 current.
QASIR_HEADER = [
    "No", "Tanggal Transaksi", "No. Struk", "Nama Pelanggan", "Total Belanja",
    "Uang Muka (DP)", "Pembayaran", "Sisa Piutang", "Tanggal Jatuh Tempo", "Status",
]  # fmt: skip
QASIR = [
    ["Laporan Piutang"],
    ["Qasir - Grosir Kosmetik Ayu"],
    [],
    QASIR_HEADER,
    [1, "22 Sep 2026 14:03", "#QS-2209-0011", "Mbak Rina", "Rp 1.500.000", "Rp 500.000",
     "Rp 300.000", "Rp 700.000", "22 Okt 2026", "Belum Lunas"],
    [2, "05 Okt 2026 10:15", "#QS-0510-0004", "Ibu Sari", "Rp 2.750.000", "Rp 0",
     "Rp 2.750.000", "Rp 0", "05 Nov 2026", "Lunas"],
    [3, "28 Okt 2026 19:40", "#QS-2810-0020", "Ibu Sari", "Rp 1.320.000", "Rp 320.000",
     "Rp 0", "Rp 1.000.000", "11 Nov 2026", "Belum Lunas"],
    [4, "17 Nov 2026 08:55", "#QS-1711-0002", "Mbak Rina", "Rp 890.000", "Rp 0", "Rp 0",
     "Rp 890.000", "17 Des 2026", "Belum Lunas"],
    [5, "20 Nov 2026 12:30", "#QS-2011-0009", "Kak Dewi", "Rp 640.000", "Rp 100.000", "Rp 0",
     "Rp 540.000", "04 Des 2026", "Belum Lunas"],
    ["Total", None, None, None, "Rp 7.100.000", "Rp 920.000", "Rp 3.050.000", "Rp 3.130.000"],
]  # fmt: skip


def test_a_down_payment_headed_with_its_other_name_in_brackets_is_paid(tmp_path: Path) -> None:
    expected = figures(
        3_130_000, 1_700_000, 3, current=1_430_000, d1to30=1_000_000, d31to60=700_000
    )
    payload = reads_to(tmp_path / "qasir.xlsx", [("Laporan Piutang", QASIR)], expected)
    assert payload["per_customer"] == {
        "Mbak Rina": 1_590_000, "Ibu Sari": 1_000_000, "Kak Dewi": 540_000,
    }  # fmt: skip


# Its guards: a unit or a second field in brackets is no other name of the column.
def test_a_unit_or_another_field_in_brackets_is_not_an_other_name() -> None:
    assert guess_field("Uang Muka (DP)").field == "paid"  # type: ignore[union-attr]
    assert guess_field("Sisa (Balance)").field == "balance"  # type: ignore[union-attr]
    assert guess_field("Jumlah (Rp)").field == "amount"  # type: ignore[union-attr]
    assert guess_field("Tgl (JT)").field == "due_date"  # type: ignore[union-attr]
    assert guess_field("Harga (kg)") is None
