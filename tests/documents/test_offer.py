"""The settlement offer on the document base: one page however many invoices it covers, the
letterhead, the offer, a whole close and how to pay the offered amount."""

from __future__ import annotations

import pytest

from tests.documents.kinds import check_document


@pytest.mark.parametrize("count", [1, 4, 12, 14, 60])
def test_the_offer_stays_on_one_page_with_its_close(count: int) -> None:
    [page] = check_document("offer", count)  # the rows it lists shrink until it fits
    listed = page.count("F-")
    assert 1 <= listed <= count
    assert listed == count or f"dan {count - listed} faktur lainnya" in page
    assert listed == count or listed <= 12
