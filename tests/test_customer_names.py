"""One customer however the book writes their name: a title written short ("Tk.", "Bpk",
"Ibu") and a phone number written into the name (an outside tester's round, 2026-12-06: the
payment by "Bu Ani" paid nothing, her invoices were under "Bu Ani (0812-3456-7890)"; "Tk.
Sinar Jaya" and "Toko Sinar Jaya" were two customers)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to


def test_a_phone_in_the_name_and_a_short_title_are_one_customer(tmp_path: Path) -> None:
    # Bu Ani: K-1 0.8M (43 days late), paid 0.3M by "Ibu Ani" on account: 0.5M left. Toko
    # Sinar Jaya: K-2 0.6M not due, "Tk. Sinar Jaya" pays 0.2M of it: 0.4M.
    sheets: list[tuple[str, list[list[object]]]] = [
        ("Faktur", [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
            ["K-1", D(2026, 9, 10), "Bu Ani (0812-3456-7890)", 800_000],
            ["K-2", D(2026, 11, 10), "Toko Sinar Jaya", 600_000]]),
        ("Pembayaran", [["Tanggal", "Pelanggan", "Jumlah"],
            [D(2026, 11, 1), "Ibu Ani", 300_000],
            [D(2026, 11, 12), "Tk. Sinar Jaya", 200_000]]),
    ]  # fmt: skip
    payload = reads_to(
        tmp_path / "nama.xlsx",
        sheets,
        figures(900_000, 500_000, 2, current=400_000, d31to60=500_000),
    )
    assert sorted(payload["per_customer"]) == ["Bu Ani (0812-3456-7890)", "Toko Sinar Jaya"]
