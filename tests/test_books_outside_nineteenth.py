"""An outside tester's nineteenth round of hand-kept books (figures worked out on paper as of
22 Nov 2026, default term 30 days). Before, each was a confident wrong total or a refusal
naming the wrong thing:

- a sales book with "Cash" and "Kredit" columns beside "Bayar" (a cash sale's figure in Cash,
  a credit sale's in Kredit) was read as a payment list: 0 owed where 1.7M is."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to


def test_kredit_beside_cash_and_bayar_is_the_credit_sales_amount(tmp_path: Path) -> None:
    # CK-1 and CK-4 were paid in cash: no debt. CK-2 1.2M - 0.4M = 0.8M due 6 Nov (16 days
    # late); CK-3 0.9M due 24 Nov.
    book = [["No Nota", "Tanggal", "Pelanggan", "Cash", "Kredit", "Bayar"],
            ["CK-1", D(2026, 10, 3), "Toko Hadi", 500_000, None, None],
            ["CK-2", D(2026, 10, 7), "Toko Hadi", None, 1_200_000, 400_000],
            ["CK-3", D(2026, 10, 25), "Toko Indra", None, 900_000, 0],
            ["CK-4", D(2026, 11, 5), "Toko Indra", 300_000, None, None]]  # fmt: skip
    expected = figures(1_700_000, 800_000, 2, current=900_000, d1to30=800_000)
    payload = reads_to(tmp_path / "cash_kredit.xlsx", [("Penjualan", book)], expected)
    assert [s["shape"] for f in payload["files"] for s in f["sheets"]] == ["invoice_list"]


def test_a_cash_column_alone_beside_kredit_and_debet_stays_a_card(tmp_path: Path) -> None:
    # A card's Debet / Kredit stay a debit and a credit even with a Tunai column beside them.
    book = [["Tanggal", "Pelanggan", "Keterangan", "Debet", "Kredit", "Tunai", "Bayar"],
            [D(2026, 10, 1), "Toko Hadi", "Penjualan", 1_000_000, None, None, None],
            [D(2026, 11, 1), "Toko Hadi", "Pelunasan", None, 400_000, None, None]]  # fmt: skip
    expected = figures(600_000, 600_000, 1, d1to30=600_000)
    reads_to(tmp_path / "kartu.xlsx", [("Kartu", book)], expected)
