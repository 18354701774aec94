"""What was paid, written the ways owners write it (an outside tester's round of books,
figures worked out on paper as of 22 Nov 2026, default term 30 days). Before, each of these
was a confident wrong total:

- one header row with a date and an amount for each instalment, "Tanggal | Bayar | Tanggal |
  Bayar", no group row above: only the first "Bayar" was read (1.6M where 1M is owed).
"""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from tests.test_books_by_hand import _aging, _expect, reads_to

INVOICE = ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"]


def instalments(date_label: str, paid_label: str) -> list[list[object]]:
    """Two instalments on one header row, each its date and its amount. RP-1 1.2M paid 0.5M
    then 0.2M (0.5M, due 9 Sep: 74 days); RP-2 0.8M paid 0.3M (0.5M, not due); RP-3 paid in
    two (0.6M + 0.4M)."""
    return [
        [*INVOICE, date_label, paid_label, date_label, paid_label],
        ["RP-1", D(2026, 8, 10), "Toko Asri", 1_200_000, D(2026, 9, 1), 500_000,
         D(2026, 10, 1), 200_000],
        ["RP-2", D(2026, 10, 30), "Toko Asri", 800_000, D(2026, 11, 10), 300_000, None, None],
        ["RP-3", D(2026, 9, 25), "UD Baru", 1_000_000, D(2026, 10, 1), 600_000,
         D(2026, 11, 1), 400_000],
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("date_label", "paid_label"),
    [
        ("Tanggal", "Bayar"),
        ("Tgl", "Pembayaran"),
        ("Tanggal", "Jumlah Bayar"),
        ("Tgl", "Dibayar"),
        ("Tanggal", "Angsuran"),
        ("Tanggal", "Cicilan"),
        ("Tgl Bayar", "Byr"),
    ],
)
def test_a_paid_label_repeated_on_one_header_row_is_parts_added_up(
    tmp_path: Path, date_label: str, paid_label: str
) -> None:
    """Each repeated paid label is a part, its date the column just before it; the invoice's
    date stays the first date column (RP-1 ages from 10 Aug, not from a payment's day)."""
    payload = reads_to(
        tmp_path / "cicilan_satu_baris.xlsx",
        [("Piutang", instalments(date_label, paid_label))],
        _expect(1_000_000, 500_000, _aging(current=500_000, d61to90=500_000), 1),
    )
    assert payload["files"][0]["sheets"][0]["shape"] == "invoice_list"


def test_one_invoice_date_and_one_payment_date_read_as_before(tmp_path: Path) -> None:
    """A "Tanggal" for the invoice and a "Tgl Bayar" for its one payment: nothing repeats,
    one paid column (RP-1 1.2M less 0.5M, RP-2 0.8M less 0.3M)."""
    rows: list[list[object]] = [
        [*INVOICE, "Tgl Bayar", "Bayar"],
        ["RP-1", D(2026, 8, 10), "Toko Asri", 1_200_000, D(2026, 9, 1), 500_000],
        ["RP-2", D(2026, 10, 30), "Toko Asri", 800_000, D(2026, 11, 10), 300_000],
    ]
    reads_to(
        tmp_path / "satu_bayar.xlsx",
        [("Piutang", rows)],
        _expect(1_200_000, 700_000, _aging(current=500_000, d61to90=700_000), 1),
    )
