"""What every kind of event shares: the kinds, the error, the field readers, the idempotency
token, and the one write path (``write``/``rewrite``) that checks, encodes and tokens a record.

A record type (``Contact``, ``Offer``, ``Agreement``…) has a ``KIND``, ``validate()`` (raises
when the record cannot be saved as it is), ``encode()`` (its payload: amounts as exact text,
dates as ISO text) and a ``decode(payload)`` class method that reads any payload a version of
Tagih wrote (a field missing from an older one takes its default). ``token(customer, nonce)``
is the write's idempotency token: the same record saved again under the same token is one
event.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, ClassVar, Final, Literal, Protocol, get_args

from core.i18n import Lang, t
from core.money import Amount, normalise

if TYPE_CHECKING:
    from core.store import Event, Store

EventKind = Literal[
    "contact", "letter", "payment", "offer", "agreement", "dispute", "dispute_resolved",
    "bank_credit",
]  # fmt: skip
KINDS: Final[tuple[EventKind, ...]] = get_args(EventKind)
# Events that change the book itself (and so the ledger's cache key).
LEDGER_KINDS: Final = frozenset({"payment"})


class EventError(ValueError):
    """A record that cannot be saved as it is; ``code`` says why (``event.error.<code>``)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code} {detail}".strip())
        self.code = code
        self.detail = detail

    def message(self, lang: Lang = "id") -> str:
        return t(f"event.error.{self.code}", lang)


class EventLike(Protocol):
    """A saved event as readers need it (``core.store.Event`` fits)."""

    @property
    def id(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def customer_key(self) -> str: ...
    @property
    def at(self) -> datetime: ...
    @property
    def payload(self) -> Mapping[str, Any]: ...


class Record(Protocol):
    """What the write path asks of a record type."""

    KIND: ClassVar[EventKind]

    def validate(self) -> None: ...

    def encode(self) -> dict[str, Any]: ...

    def token(self, customer: str, nonce: str | None) -> str | None: ...


def amount_of(value: object) -> Amount:
    """An amount saved as exact text in an event ("500000", "1250000.50"); 0 when missing.

    >>> amount_of("1250000"), amount_of(None), amount_of("x")
    (1250000, 0, 0)
    """
    if value in (None, "") or isinstance(value, bool):
        return 0
    try:
        return normalise(Decimal(str(value)))
    except InvalidOperation:
        return 0


def day_of(value: object) -> date | None:
    """A date saved as ISO text (a longer timestamp is cut to its day); ``None`` otherwise."""
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def int_of(value: object, default: int | None = None) -> int | None:
    """A whole number saved as a number or as digits; ``default`` for anything else."""
    if isinstance(value, bool):
        return default
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    return default


def iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def event_token(kind: str, customer_key: str, payload: Mapping[str, Any], nonce: str) -> str:
    """The idempotency token of a write: the same record saved again under the same ``nonce``
    (one form on one screen, until it saved) is one event.

    The nonce is the form's: a page keeps one per form and starts a new one after each save,
    so recording the same thing again on purpose records it again.
    """
    text = json.dumps(
        {"kind": kind, "customer": customer_key, "payload": dict(payload), "nonce": nonce},
        sort_keys=True,
        ensure_ascii=False,
        default=str,
    )
    return f"{kind}:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:48]


def nonce_token(record: Record, customer: str, nonce: str | None) -> str | None:
    """The token of a record written from a form: its kind, customer and payload under the
    form's ``nonce``; no token (every save is new) without one."""
    return None if nonce is None else event_token(record.KIND, customer, record.encode(), nonce)


def write(
    store: Store,
    customer: str,
    record: Record,
    *,
    at: datetime,
    nonce: str | None = None,
    token: str | None = None,
) -> tuple[Event, bool]:
    """Check ``record`` and save it about ``customer``: the event, and whether it is new (the
    same token saved before returns the first event and ``False``).

    The token is the record's own (``record.token(customer, nonce)``) unless ``token`` names
    one: a record written as part of another (a dispute's return) takes that one's.
    """
    record.validate()
    token = token if token is not None else record.token(customer, nonce)
    return store.record_event(record.KIND, customer, at, record.encode(), token=token)


def rewrite(store: Store, event_id: int, record: Record) -> None:
    """Replace a saved event's record with a changed one of the same kind (an offer cancelled,
    an agreement replaced, a bank credit confirmed)."""
    if store.event(event_id).kind != record.KIND:
        raise EventError("kind", f"{event_id} is not {record.KIND}")
    record.validate()
    store.update_event(event_id, record.encode())


# The payload field that holds, for each kind of record, the day it is about.
DAY_FIELDS: Final[Mapping[str, str]] = {
    "payment": "paid_on",
    "agreement": "created",
    "offer": "made_on",
}


def business_day(kind: str, payload: Mapping[str, Any]) -> date | None:
    """The day a record is about, from its payload (``on``, else the kind's own date field);
    ``None`` when it names none (then the day it was entered counts)."""
    for field in ("on", DAY_FIELDS.get(kind)):
        found = day_of(payload.get(field)) if field else None
        if found is not None:
            return found
    return None
