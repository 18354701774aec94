"""The discount calculator in the owner's words: the owner's own discount judged, the guessed
chance of never being paid worked on the figures it shows, the page's first view."""

from __future__ import annotations

import math
import re
from datetime import timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.aging import customer_balances
from core.discount import (
    DiscountError,
    Figures,
    Floors,
    largest_discount,
    make_offer,
    own_discount,
    suggest_never_paid,
)
from core.ingest import read_ledger
from core.ledger import build_ledger
from tests.test_discount import SAMPLE, TODAY

amounts = st.integers(min_value=1, max_value=10**10)


@settings(deadline=None)  # a busy machine, not a slow rule
@given(
    amount=amounts,
    cost_share=st.integers(min_value=0, max_value=120),
    paid_share=st.integers(min_value=0, max_value=100),
    min_profit=st.one_of(st.none(), st.integers(min_value=0, max_value=10**8)),
    min_margin=st.one_of(st.none(), st.integers(min_value=0, max_value=60)),
    rounding=st.sampled_from([1, 1_000, 5_000, 100_000]),
    pct=st.decimals(min_value=0, max_value=100, places=2),
)
def test_an_own_discount_called_safe_never_loses_money_and_can_be_offered(
    amount: int,
    cost_share: int,
    paid_share: int,
    min_profit: int | None,
    min_margin: int | None,
    rounding: int,
    pct: Decimal,
) -> None:
    figures = Figures(amount, amount * paid_share // 100, amount * cost_share // 100)
    result = largest_discount(
        figures, Floors(min_profit, Decimal(min_margin) if min_margin else None), rounding
    )
    own = own_discount(result, pct)
    assert 0 <= own.discount <= result.balance
    assert own.pay_now == result.balance - own.discount
    assert own.profit == amount - own.discount - figures.cost
    if own.safe:
        assert own.profit >= (1 if min_profit is None else min_profit) and own.profit >= 0
        offer = make_offer("Toko A", result, made_on=TODAY, valid_until=TODAY,
                           discount=own.discount)  # fmt: skip
        assert offer.pay_now == own.pay_now
    if own.profit < 0:
        assert own.verdict == "no_profit" and "{" not in own.sentence("id")
    # The share the page shows for the largest safe discount, typed back, is always safe.
    shown = result.share_shown("en").removesuffix("%")
    if result.feasible and result.max_discount > 0:
        assert own_discount(result, Decimal(shown)).verdict in ("safe",)


def test_the_verdicts_in_words() -> None:
    result = largest_discount(Figures(10_000_000, 0, 8_000_000), Floors(500_000), 1_000)
    assert result.max_discount == 1_500_000
    said = {p: own_discount(result, Decimal(p)) for p in ("10", "15", "18", "20", "25")}
    assert [said[p].verdict for p in said] == [
        "safe", "safe", "below_floor", "no_profit", "no_profit"
    ]  # fmt: skip
    assert said["10"].sentence() == (
        "Diskon 10% = Rp 1.000.000: pelanggan membayar Rp 9.000.000 sekarang dan Anda tetap "
        "untung Rp 1.000.000. Aman."
    )
    assert "rugi Rp 500.000" in said["25"].sentence()
    assert "tidak untung sama sekali" in said["20"].sentence()
    assert "Cost" not in said["18"].sentence("en") and "below the floor" in said["18"].sentence(
        "en"
    )
    with pytest.raises(DiscountError):
        own_discount(result, Decimal(101))


def test_the_never_paid_working_gives_the_number_it_shows() -> None:
    """On every customer of the demo ledger and on the days around it, the sentence's own
    figures, multiplied as written and rounded up, give the suggestion it names."""
    read = read_ledger(SAMPLE)
    book = build_ledger(read.invoices, read.payments, read.contacts)
    checked = 0
    for day in (TODAY - timedelta(days=40), TODAY, TODAY + timedelta(days=35)):
        for balance in customer_balances(book, day):
            if not balance.outstanding:
                continue
            mine = [inv for inv in book.invoices if inv.customer_key == balance.key]
            hint = suggest_never_paid(mine, day)
            text = hint.explain("id")
            working = re.search(r"([\d,]+)% × \(150% − ([\d,]+)%\) = ([\d,]+)%, "
                                r"dibulatkan ke atas menjadi ([\d,]+)%", text)  # fmt: skip
            if hint.share_pct is None:
                assert working is None
                continue
            assert working is not None, text
            table, share, product, pct = (Fraction(g.replace(",", ".")) for g in working.groups())
            assert table * (150 - share) / 100 == product
            assert math.ceil(product) == pct == hint.pct or hint.pct == 90
            checked += 1
    assert checked >= 5
