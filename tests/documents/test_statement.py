"""The statement of account on the document base: letterhead, pay block, a whole close, and
the invoice table's heading on every page it runs to."""

from __future__ import annotations

import pytest

from tests.documents.kinds import check_document


@pytest.mark.parametrize("count", [1, 9, 23, 31, 60])
def test_the_statement_keeps_its_heading_and_its_close_on_every_length(count: int) -> None:
    pages = check_document("statement", count)
    assert "Per tanggal 23 Nov 2026" in pages[0]
    with_rows = [page for page in pages if "F-" in page]
    assert all("No. Faktur" in page for page in with_rows)
    assert sum(page.count("F-") for page in pages) == count
    assert "Umur piutang" in " ".join(pages)
