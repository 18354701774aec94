"""Aging: how late each open invoice is, the buckets, and the totals every screen shows.

The rules, here and nowhere else: outstanding = amount − paid, floored at 0 · days late = days
from the due date to ``as_of`` (``days_late``) · overdue = outstanding of invoices whose due date
is before ``as_of`` (``past_due``, ``overdue_amount``) · buckets by days past due: current
(≤ 0), 1-30, 31-60, 61-90, 90+ (edges configurable) · ``as_of`` is always a parameter, never
read from the clock here.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import compress
from operator import attrgetter, gt
from typing import Final, TypeVar, cast

from core.i18n import CodeKeys
from core.ledger import CustomerKey, Invoice, Ledger, customer_key
from core.money import Amount
from core.speed import gc_paused

DEFAULT_EDGES: Final[tuple[int, ...]] = (30, 60, 90)
CURRENT: Final = "current"

T = TypeVar("T")


def bucket_labels(edges: Sequence[int] = DEFAULT_EDGES) -> tuple[str, ...]:
    """The bucket names for the given upper edges.

    >>> bucket_labels()
    ('current', '1-30', '31-60', '61-90', '90+')
    >>> bucket_labels((7, 14))
    ('current', '1-7', '8-14', '14+')
    """
    return _labels(tuple(edges))


@lru_cache(maxsize=64)
def _labels(edges: tuple[int, ...]) -> tuple[str, ...]:
    if not edges or list(edges) != sorted(set(edges)) or edges[0] < 1:
        raise ValueError("bucket edges must be increasing whole days from 1")
    labels = [CURRENT]
    low = 1
    for edge in edges:
        labels.append(f"{low}-{edge}")
        low = edge + 1
    labels.append(f"{edges[-1]}+")
    return tuple(labels)


def days_past_due(due: date, as_of: date) -> int:
    """Days from a due date to ``as_of``; zero or negative while not yet due.

    >>> day = date(2026, 11, 23)
    >>> days_past_due(date(2026, 11, 1), day), days_past_due(date(2026, 12, 1), day)
    (22, -8)
    """
    return (as_of - due).days


def days_overdue(due: date, as_of: date) -> int:
    """Days late as the owner reads them: days past a due date, 0 while not yet due."""
    return max(0, days_past_due(due, as_of))


# The readable names of the default buckets; other edges are named from their own label.
BUCKET_KEYS: Final = CodeKeys[str](
    bucket_labels(DEFAULT_EDGES),
    {
        "current": "bucket.current",
        "1-30": "bucket.1-30",
        "31-60": "bucket.31-60",
        "61-90": "bucket.61-90",
        "90+": "bucket.90+",
    },
)


def days_late(invoice: Invoice, as_of: date) -> int:
    """Days past the invoice's due date; zero or negative while not yet due."""
    return days_past_due(invoice.due_date, as_of)


def past_due(invoice: Invoice, as_of: date) -> bool:
    """Whether the invoice's due date is before ``as_of`` (paid or not)."""
    return invoice.due_date < as_of


def overdue_amount(invoices: Iterable[Invoice], as_of: date) -> Amount:
    """What is overdue on ``as_of``: the outstanding of the invoices past their due date."""
    return sum((inv.outstanding for inv in invoices if past_due(inv, as_of)), 0)


def oldest_days_late(invoices: Iterable[Invoice], as_of: date) -> int:
    """Days late of the oldest overdue invoice still open on ``as_of``; 0 when none is."""
    late = (days_late(inv, as_of) for inv in invoices if inv.outstanding and past_due(inv, as_of))
    return max(late, default=0)


def bucket_of(days: int, edges: Sequence[int] = DEFAULT_EDGES) -> str:
    """The bucket a number of days past due falls in.

    >>> [bucket_of(d) for d in (-5, 0, 1, 30, 31, 90, 91)]
    ['current', 'current', '1-30', '1-30', '31-60', '61-90', '90+']
    """
    if days <= 0:
        return CURRENT
    labels = bucket_labels(edges)
    # The first edge at or above ``days`` names the bucket; past the last edge, the last one.
    return labels[bisect_left(edges, days) + 1]


def aging(
    invoices: Iterable[Invoice], as_of: date, edges: Sequence[int] = DEFAULT_EDGES
) -> dict[str, Amount]:
    """Outstanding per bucket; the buckets always add up to the total outstanding."""
    labels = bucket_labels(edges)
    totals: dict[str, Amount] = dict.fromkeys(labels, 0)
    for inv in invoices:
        rest = inv.outstanding
        if rest:
            late = (as_of - inv.due_date).days  # days_late(), inlined: the loop runs per invoice
            totals[CURRENT if late <= 0 else labels[bisect_left(edges, late) + 1]] += rest
    return totals


@dataclass(frozen=True, slots=True)
class Summary:
    """The headline figures of a ledger on a date."""

    as_of: date
    invoices: int
    open_invoices: int
    customers_with_balance: int
    outstanding: Amount
    overdue: Amount
    aging: dict[str, Amount]

    @property
    def overdue_share(self) -> float:
        """Overdue as a share of outstanding (0-1), for display only."""
        return float(self.overdue / self.outstanding) if self.outstanding else 0.0


def summarize(ledger: Ledger, as_of: date, edges: Sequence[int] = DEFAULT_EDGES) -> Summary:
    """The figures every screen and ``python -m core summary`` show."""
    book = open_book(ledger)
    rests = book.rests
    overdue: Amount = 0
    totals: dict[str, Amount] = dict.fromkeys(bucket_labels(edges), 0)
    for label, start, end in bucket_ranges(book, as_of, edges):
        amount = sum(rests[start:end], 0)
        totals[label] = amount
        if label != CURRENT:
            overdue += amount
    return Summary(
        as_of=as_of,
        invoices=len(ledger.invoices),
        open_invoices=len(book.invoices),
        customers_with_balance=book.debtors,
        outstanding=book.outstanding,
        overdue=overdue,
        aging=totals,
    )


# What does not depend on the date is worked out once per book and kept with it: a new as-of
# date then looks again at the open invoices only, and finds each bucket by bisection.


class _Derived:
    """A book's date-independent figures, valid while its invoice and payment lists are the ones
    (and as long as) they were built from."""

    __slots__ = ("invoice_count", "invoices", "payment_count", "payments", "pieces")

    def __init__(self, ledger: Ledger) -> None:
        self.invoices, self.invoice_count = ledger.invoices, len(ledger.invoices)
        self.payments, self.payment_count = ledger.payments, len(ledger.payments)
        self.pieces: dict[str, object] = {}

    def fits(self, ledger: Ledger) -> bool:
        return (
            self.invoices is ledger.invoices
            and self.invoice_count == len(ledger.invoices)
            and self.payments is ledger.payments
            and self.payment_count == len(ledger.payments)
        )


def derived(ledger: Ledger, name: str, build: Callable[[Ledger], T]) -> T:
    """``build(ledger)``, computed once per book and kept with it under ``name``.

    Rebuilt when the book's invoice or payment list was replaced or grew (a book is not changed
    after ``build_ledger``; this only keeps a mistake from showing stale figures).
    """
    cache = ledger.derived_cache
    if not isinstance(cache, _Derived) or not cache.fits(ledger):
        cache = _Derived(ledger)
        ledger.derived_cache = cache
    if name not in cache.pieces:
        with gc_paused():  # many small objects, no cycles: a full collection would be wasted
            cache.pieces[name] = build(ledger)
    return cast(T, cache.pieces[name])


@dataclass(frozen=True, slots=True)
class OpenBook:
    """The open invoices of a book, in the order the invoice tables show them.

    Most late first whatever the date: by due date, then customer name, then number (ledger
    order among equals). So on any date each aging bucket is one range of them
    (``bucket_ranges``).
    """

    invoices: tuple[Invoice, ...]
    rests: tuple[Amount, ...]  # what each still owes
    keys: tuple[CustomerKey, ...]
    due_days: tuple[int, ...]  # due dates as ordinals, ascending
    outstanding: Amount
    debtors: int


def open_book(ledger: Ledger) -> OpenBook:
    """The open invoices of ``ledger`` (built once per book)."""
    return derived(ledger, "open_book", _open_book)


_AMOUNT: Final = attrgetter("amount")
_PAID: Final = attrgetter("paid")


def _open_book(ledger: Ledger) -> OpenBook:
    every = ledger.invoices
    # Something outstanding (amount > paid), told in C: no Python step per invoice.
    found = list(compress(every, map(gt, map(_AMOUNT, every), map(_PAID, every))))
    found_keys = list(map(customer_key, map(attrgetter("customer"), found)))
    names = {key: ledger.name_of(key) for key in set(found_keys)}  # a few hundred customers
    # Table order: due date, customer name, number, then ledger order (a stable sort of the
    # positions by ready-made keys: no Python call per comparison).
    sort_keys = list(
        zip(
            [inv.due_date.toordinal() for inv in found],
            map(names.__getitem__, found_keys),
            map(attrgetter("number"), found),
            strict=True,
        )
    )
    order = sorted(range(len(found)), key=sort_keys.__getitem__)
    invoices = tuple([found[i] for i in order])
    keys = tuple([found_keys[i] for i in order])
    rests = tuple([inv.amount - inv.paid for inv in invoices])
    return OpenBook(
        invoices=invoices,
        rests=rests,
        keys=keys,
        due_days=tuple([sort_keys[i][0] for i in order]),
        outstanding=sum(rests, 0),
        debtors=len(names),
    )


def bucket_ranges(
    book: OpenBook, as_of: date, edges: Sequence[int] = DEFAULT_EDGES
) -> list[tuple[str, int, int]]:
    """Where each bucket lies in ``book.invoices`` on ``as_of``: ``(label, start, end)``, most
    late bucket first, covering them all.

    An invoice is in the bucket of ``edge`` when ``as_of - edge <= due date``, so the cuts are
    found by bisecting the due dates.

    >>> from core.ledger import Ledger
    >>> bucket_ranges(open_book(Ledger()), date(2026, 11, 23))[0]
    ('90+', 0, 0)
    """
    labels = bucket_labels(edges)
    day = as_of.toordinal()
    due = book.due_days
    cuts = [0, *(bisect_left(due, day - edge) for edge in reversed(edges))]
    cuts += [bisect_left(due, day), len(due)]
    return [(label, cuts[i], cuts[i + 1]) for i, label in enumerate(reversed(labels))]


@dataclass(slots=True)
class CustomerBalance:
    """One customer's position on a date."""

    key: CustomerKey
    name: str
    phone: str | None
    outstanding: Amount = 0
    overdue: Amount = 0
    open_invoices: int = 0
    invoices: int = 0
    oldest_days_late: int = 0
    aging: dict[str, Amount] = field(default_factory=dict)
    last_payment: date | None = None


def customer_balances(
    ledger: Ledger, as_of: date, edges: Sequence[int] = DEFAULT_EDGES
) -> list[CustomerBalance]:
    """Every customer in the ledger, largest outstanding first."""
    labels = bucket_labels(edges)
    book = open_book(ledger)
    rows: dict[CustomerKey, CustomerBalance] = {}
    result: list[CustomerBalance] = []
    for c in derived(ledger, "customers", _customers):
        row = CustomerBalance(
            c.key,
            c.name,
            c.phone,
            outstanding=c.outstanding,
            open_invoices=c.open_invoices,
            invoices=c.invoices,
            aging=dict.fromkeys(labels, 0),
            last_payment=c.last_payment,
        )
        rows[c.key] = row
        result.append(row)
    keys, rests, due = book.keys, book.rests, book.due_days
    day = as_of.toordinal()
    for label, start, end in bucket_ranges(book, as_of, edges):
        late = label != CURRENT
        for i in range(start, end):
            row = rows[keys[i]]
            row.aging[label] += rests[i]
            if late:
                row.overdue += rests[i]
                if not row.oldest_days_late:  # most late first: the first one is the oldest
                    row.oldest_days_late = day - due[i]
    return result


@dataclass(frozen=True, slots=True)
class _Customer:
    """What ``customer_balances`` shows of a customer whatever the date."""

    key: CustomerKey
    name: str
    phone: str | None
    invoices: int
    open_invoices: int
    outstanding: Amount
    last_payment: date | None


def _customers(ledger: Ledger) -> tuple[_Customer, ...]:
    """Every customer, in the order ``customer_balances`` lists them (outstanding does not
    depend on the date; among equals, by name, then first seen in the ledger)."""
    counts: dict[CustomerKey, int] = {}
    # Every invoice counts for its customer; only the open ones (a tenth, typically) need more.
    for name, count in Counter(map(attrgetter("customer"), ledger.invoices)).items():
        key = customer_key(name)
        counts[key] = counts.get(key, 0) + count
    book = open_book(ledger)  # the open invoices, with their customers and what they owe
    owing = owed_by_customer(ledger)
    open_count = Counter(book.keys)
    last: dict[CustomerKey, date] = {}
    # The last payment is money received: goods sent back (a return) are no payment.
    dated = [pay for pay in ledger.payments if pay.paid_on is not None and pay.kind == "payment"]
    # The owners of invoice numbers are kept with the book.
    for owner, pay in zip(ledger.customers_of(dated), dated, strict=True):
        if owner and owner in counts and (owner not in last or pay.paid_on > last[owner]):  # type: ignore[operator]
            last[owner] = pay.paid_on  # type: ignore[assignment]
    customers = [
        _Customer(
            key,
            ledger.name_of(key),
            ledger.phones.get(key),
            count,
            open_count[key],
            owing.get(key, 0),
            last.get(key),
        )
        for key, count in counts.items()
    ]
    return tuple(sorted(customers, key=lambda c: _balance_order(c.outstanding, c.name)))


def _balance_order(outstanding: Amount, name: str) -> tuple[Amount, str]:
    """The order customers are listed in: largest outstanding first, then by name."""
    return (-outstanding, name)


def owed_by_customer(ledger: Ledger) -> dict[CustomerKey, Amount]:
    """What each customer owes, only those who owe something, in the order
    ``customer_balances`` lists them (built once per book; no look at their payments)."""
    return derived(ledger, "owed", _owed)


def _owed(ledger: Ledger) -> dict[CustomerKey, Amount]:
    book = open_book(ledger)
    owing: dict[CustomerKey, Amount] = {}
    for key, rest in zip(book.keys, book.rests, strict=True):
        owing[key] = owing.get(key, 0) + rest
    order = sorted(owing.items(), key=lambda item: _balance_order(item[1], ledger.name_of(item[0])))
    return dict(order)
