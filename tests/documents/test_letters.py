"""The reminder, the firm notice and the somasi on the document base: each keeps its close
with its signature and ends with how to pay what it asks."""

from __future__ import annotations

from datetime import timedelta

import pytest

from core.documents.letters import somasi_pdf
from core.letters import SomasiSent
from tests.documents.kinds import ASK, KEY, SHOP, TODAY, check_document, ledger_of, page_texts


@pytest.mark.parametrize("kind", ["reminder", "firm", "somasi"])
@pytest.mark.parametrize("count", [1, 24, 50])
def test_every_letter_keeps_its_close_and_asks_to_be_paid(kind: str, count: int) -> None:
    pages = check_document(kind, count)
    text = " ".join(pages)
    assert sum(page.count("F-") for page in pages) == count
    if kind != "reminder":
        assert "denda" in text  # the late fee, stated apart from the debt


def test_a_later_somasi_names_the_one_before_and_keeps_its_close() -> None:
    previous = SomasiSent(1, TODAY - timedelta(days=10), TODAY - timedelta(days=3))
    pdf = somasi_pdf(
        ledger_of(30), KEY, TODAY, number=2, deadline=TODAY + timedelta(days=7),
        previous=previous, business=SHOP, payment=ASK,
    )  # fmt: skip
    pages = page_texts(pdf)
    assert "SOMASI II" in pages[0] and "Somasi I kami tertanggal 13 Nov 2026" in pages[0]
    [signed] = [page for page in pages if "Hormat kami" in page]
    assert "Demikian somasi" in signed
