"""An outside tester's nineteenth round, the trades' own books (figures worked out on paper as
of 22 Nov 2026, default term 30 days). Before, each was a confident wrong total:

- a marketplace seller's orders beside the marketplace's disbursements ("Pencairan Dana", its
  "Dana Dilepas" per order number) read 2,654,500 owed where 699,500 is: the disbursements
  sheet was left aside for a header it did not know, its money never counted."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.ingest import read_ledger
from core.reading.problems import LedgerReadError
from tests.test_books_by_hand import _xlsx, figures, reads_to

ORDERS = [["No. Pesanan", "Tgl Pesanan", "Pelanggan", "Produk", "Total Penghasilan"],
          ["2611A8K2", D(2026, 10, 28), "Shopee", "Hijab voal 5 pcs", 245_000],
          ["2611B9Q1", D(2026, 11, 3), "Shopee", "Gamis 2 pcs", 389_500],
          ["TKP-88120", D(2026, 10, 15), "Tokopedia", "Mukena travel 10 pcs", 1_150_000],
          ["TKP-88231", D(2026, 11, 12), "Tokopedia", "Hijab instan 8 pcs", 560_000],
          ["COD-JNT-5511", D(2026, 10, 1), "COD J&T", "Gamis 1 pcs (COD)", 310_000]]  # fmt: skip


def _released(amount: str) -> list[list[object]]:
    return [["Tgl Cair", "No. Pesanan", "Pelanggan", amount],
            [D(2026, 11, 2), "2611A8K2", "Shopee", 245_000],
            [D(2026, 10, 20), "TKP-88120", "Tokopedia", 1_150_000],
            [D(2026, 11, 20), "TKP-88231", "Tokopedia", 560_000]]  # fmt: skip


@pytest.mark.parametrize("amount", ["Dana Dilepas", "Payout Amount", "Settlement Amount"])
def test_a_marketplaces_disbursements_pay_its_orders(tmp_path: Path, amount: str) -> None:
    # Open: Shopee 2611B9Q1 389,500 (due 3 Dec); COD J&T 310,000 due 31 Oct, 22 days late.
    expected = figures(699_500, 310_000, 2, current=389_500, d1to30=310_000)
    payload = reads_to(
        tmp_path / "marketplace.xlsx",
        [("Pesanan", ORDERS), ("Pencairan Dana", _released(amount))],
        expected,
    )
    shapes = [s["shape"] for f in payload["files"] for s in f["sheets"]]
    assert shapes == ["invoice_list", "payment_list"]


def test_a_sheet_left_aside_that_names_the_files_invoices_refuses_the_file(
    tmp_path: Path,
) -> None:
    # "Dana Ditransfer" is no column Tagih knows: the sheet cannot be read, and without it the
    # orders it paid would be owed. The file is refused, naming the sheet and its orders.
    path = tmp_path / "marketplace.xlsx"
    _xlsx(path, [("Pesanan", ORDERS), ("Pencairan Dana", _released("Dana Ditransfer"))])
    with pytest.raises(LedgerReadError) as err:
        read_ledger(path)
    assert err.value.code == "unread_credits"
    assert "lembar 'Pencairan Dana' (2611A8K2, TKP-88120, TKP-88231)" in err.value.message("id")
    assert "names invoices of another sheet" in err.value.message("en")


def test_orders_owed_by_a_platform_column_beside_disbursements_are_refused(
    tmp_path: Path,
) -> None:
    # "Platform" is no customer column Tagih knows: the orders are left aside, and the
    # disbursements alone, paying nothing read, are no reading of the book.
    orders = [["Platform" if c == "Pelanggan" else c for c in ORDERS[0]], *ORDERS[1:]]
    released = _released("Dana Dilepas")
    released = [["Platform" if c == "Pelanggan" else c for c in released[0]], *released[1:]]
    path = tmp_path / "marketplace.xlsx"
    _xlsx(path, [("Pesanan", orders), ("Pencairan Dana", released)])
    with pytest.raises(LedgerReadError) as err:
        read_ledger(path)
    assert "kolom 'Platform' berisi nama" in err.value.message("id")
