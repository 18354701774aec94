"""The payment agreement on the document base: the last clause with the signatures, the
meterai box in the customer's column, the witnesses, and how to pay the first payment."""

from __future__ import annotations

import pytest

from tests.documents.kinds import check_document


@pytest.mark.parametrize("count", [1, 6, 18, 40, 90])
def test_the_agreement_is_signed_on_the_page_of_its_last_clause(count: int) -> None:
    pages = check_document("agreement", count)
    [signed] = [page for page in pages if "Meterai" in page]
    for part in ("Pihak Pertama", "Pihak Kedua", "Saksi 1", "Saksi 3", "Rp 10.000"):
        assert part in signed, part
    assert "DP" in pages[-1]  # the pay block asks the down payment first
