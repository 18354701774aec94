"""Records the events' tests share, and the two checks every kind passes: its payload is plain
JSON that reads back as the record, and what cannot be saved says why in both languages."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import strategies as st

from core.bankstatement import Credit
from core.events import Agreement, Record
from core.events.agreement import AgreedInvoice, Instalment, Schedule
from core.ledger import CustomerKey

DAY = date(2026, 11, 23)
amounts = st.one_of(
    st.integers(min_value=1, max_value=10**13),
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal(10**9), places=2).map(
        lambda d: d if d != d.to_integral_value() else int(d)
    ),
)
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))

AGREED = Agreement(
    customer=CustomerKey("toko a"),
    name="Toko A",
    created=DAY,
    invoices=(AgreedInvoice("F-1", None, date(2026, 10, 1), 1_000_000, Decimal("900000.50")),),
    original_debt=Decimal("900000.50"),
    schedule=Schedule(
        Decimal("900000.50"),
        (Instalment(0, DAY, 100_000), Instalment(1, date(2026, 12, 23), Decimal("800000.50"))),
    ),
    discount=0,
    phone="0812",
    witnesses=("Budi",),
)
CREDIT = Credit(
    DAY, 250_000, "TRSF E-BANKING CR 2311 TOKO A", Decimal("1250000.50"), "m.csv", "", 7
)


def read_back(record: Record, decode: Callable[[dict[str, object]], object]) -> object:
    """``record`` checked and written; its payload, plain JSON without a float, read back."""
    record.validate()
    payload = record.encode()
    assert json.loads(json.dumps(payload)) == payload  # plain JSON: text, numbers, lists
    assert not any(isinstance(v, float) for v in payload.values())  # never a JSON float
    return decode(payload)


def refused(record: Record, error: type[ValueError], code: str) -> None:
    """``record`` cannot be saved: ``error`` with ``code``, told in both languages."""
    with pytest.raises(error) as raised:
        record.validate()
    assert getattr(raised.value, "code", None) == code
    message = raised.value.message  # type: ignore[attr-defined]
    assert message("id") and message("en")
