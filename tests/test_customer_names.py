"""One customer however the book writes their title ("Bpk", "Bapak", "Ibu": in an outside
tester's round, 2026-12-06, the payment by "Ibu Ani" paid nothing of Bu Ani's), and two
customers where the book tells them apart ("TK Pertiwi", a kindergarten, and "Toko Pertiwi";
two "Bu Ani" with their phone numbers in brackets)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to


def test_a_title_written_another_way_is_the_title(tmp_path: Path) -> None:
    # Bu Ani: K-1 0.8M (43 days late), paid 0.3M by "Ibu Ani" on account: 0.5M left. Pak
    # Joko: K-2 0.6M not due, "Bpk. Joko" pays 0.2M of it: 0.4M.
    sheets: list[tuple[str, list[list[object]]]] = [
        ("Faktur", [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
            ["K-1", D(2026, 9, 10), "Bu Ani", 800_000],
            ["K-2", D(2026, 11, 10), "Bapak Joko", 600_000]]),
        ("Pembayaran", [["Tanggal", "Pelanggan", "Jumlah"],
            [D(2026, 11, 1), "Ibu Ani", 300_000],
            [D(2026, 11, 12), "Bpk. Joko", 200_000]]),
    ]  # fmt: skip
    expected = figures(900_000, 500_000, 2, current=400_000, d31to60=500_000)
    payload = reads_to(tmp_path / "nama.xlsx", sheets, expected)
    assert sorted(payload["per_customer"]) == ["Bapak Joko", "Bu Ani"]


def test_names_the_book_tells_apart_stay_apart(tmp_path: Path) -> None:
    # TK Pertiwi (a kindergarten) owes 0.8M (48 days late); Toko Pertiwi's 0.6M is paid by
    # its own payment. The Bu Ani of 0857 pays her own A-2; the Bu Ani of 0812 owes A-1 1M.
    sheets: list[tuple[str, list[list[object]]]] = [
        ("Faktur", [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
            ["T-1", D(2026, 9, 5), "TK Pertiwi", 800_000],
            ["T-2", D(2026, 10, 28), "Toko Pertiwi", 600_000],
            ["A-1", D(2026, 9, 1), "Bu Ani (0812-1111-2222)", 1_000_000],
            ["A-2", D(2026, 10, 25), "Bu Ani (0857-3333-4444)", 500_000]]),
        ("Pembayaran", [["Tanggal", "Pelanggan", "Jumlah"],
            [D(2026, 11, 1), "Toko Pertiwi", 600_000],
            [D(2026, 11, 2), "Bu Ani (0857-3333-4444)", 500_000]]),
    ]  # fmt: skip
    expected = figures(1_800_000, 1_800_000, 2, d31to60=1_800_000)
    reads_to(tmp_path / "nama.xlsx", sheets, expected)
