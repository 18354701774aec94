"""The cash-in forecast: the money expected in each of the next 13 weeks, and a likely range.

What is expected, and when (each a row the owner can open under its week):

- **An open invoice** is expected on its due date plus the customer's usual lateness: the
  median days late of their paid invoices whose payment day is known (``core.punctuality``,
  so "late" means what it means everywhere), or of the whole book's when the customer has
  fewer than three. An invoice already late is expected at the median of the lateness of
  invoices that were paid at least that late (for an invoice not yet late that is simply the
  median; the customer's own history counts while three of their invoices were paid that
  late); when nobody in the book ever paid that late, it may come any day: today. With no
  payment day known in the whole book, the due date. A date before today becomes today.
  Its weight is the chance it is collected at all for its age: 100 % less the allowance of
  ``core.discount.LATENESS_ALLOWANCE`` (the table the discount calculator uses) for how late
  it is today. An invoice the table gives no chance (more than 180 days late) is listed
  apart, in no week (``Forecast.written_off``).
- **A promise to pay** still open replaces, on its date, the customer's oldest open invoices up
  to what is still promised; its weight is the customer's kept-promise rate (their own from
  three judged promises, else the whole book's, else even odds).
- **An agreement in force** replaces the invoices it covers with its unpaid instalments, each
  on its due date (a missed one today), weighted like an invoice that late.

A week's figure is the sum of its rows' weighted amounts (amount × weight %, exact), rounded
to a whole rupiah once, so it can be worked out again from the rows. Weeks run from the as-of
date: week 1 is the as-of date and the six days after it.

The likely range of a week: its figure if every customer paid as early as the first quartile
of the lateness their date came from, and if as late as the third quartile (the same rows and
weights, dates moved; promises and instalments keep their dates). The range runs from the
smallest to the largest of the three figures. It shows how much a week depends on the timing,
not the chance of not being paid, which the weights already carry.

``backtest`` checks the forecast against history: as of a past date, with only the invoices
issued and the payments made before it, against the money received in the weeks after, beside
the plain baseline of every invoice paid on its due date.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import lru_cache
from operator import attrgetter
from typing import Any, Final, Literal, NamedTuple

from core.aging import days_past_due, derived, open_book
from core.agreements import Agreement, agreement_in_force, apply_payments
from core.discount import allowance_pct
from core.history import EventLike, Promise, promises
from core.i18n import Lang, t
from core.ledger import (
    CustomerKey,
    Invoice,
    Ledger,
    build_ledger,
    invoice_key,
    with_paid,
)
from core.money import Amount, to_json_number
from core.punctuality import paid_records
from core.speed import gc_paused

HORIZON_WEEKS: Final = 13
MIN_OWN_HISTORY: Final = 3  # paid invoices (or judged promises) before a customer's own count
EVEN_ODDS_PCT: Final = 50  # a promise's weight when no promise was ever judged
MIN_BACKTEST_INVOICES: Final = 20  # over all origins, for a backtest to say anything

RowKind = Literal["invoice", "promise", "instalment"]
# Where a row's date comes from: the customer's own lateness, the book's, later than anyone
# in the book paid (today), no lateness known at all (the due date), a promise, an instalment.
Basis = Literal["own", "book", "beyond", "due", "promise", "agreement"]
KIND_TEXTS: Final[dict[RowKind, str]] = {
    "invoice": "forecast.kind.invoice",
    "promise": "forecast.kind.promise",
    "instalment": "forecast.kind.instalment",
}
BASIS_TEXTS: Final[dict[Basis, str]] = {
    "own": "forecast.basis.own",
    "book": "forecast.basis.book",
    "beyond": "forecast.basis.beyond",
    "due": "forecast.basis.due",
    "promise": "forecast.basis.promise",
    "agreement": "forecast.basis.agreement",
}


# Lateness: the median and quartiles of days late.


def quantile(values: Sequence[int], q: Fraction, start: int = 0) -> int:
    """The ``q`` quantile of sorted whole days (of ``values[start:]``), interpolated between
    neighbours (the method spreadsheets call inclusive), rounded half up to a whole day.

    >>> quantile([0, 10, 20, 31], Fraction(1, 2)), quantile([0, 10, 20, 31], Fraction(3, 4))
    (15, 23)
    >>> quantile([0, 10, 20, 31], Fraction(1, 2), start=2)
    26
    """
    if start >= len(values):
        raise ValueError("no values")
    # In whole numbers over the denominator of q: this runs once per open invoice.
    den = q.denominator
    at = start * den + q.numerator * (len(values) - 1 - start)
    low, rest = divmod(at, den)
    high = min(low + 1, len(values) - 1)
    exact = values[low] * den + (values[high] - values[low]) * rest  # the quantile × den
    return (2 * exact + den) // (2 * den)


class Lateness(NamedTuple):
    """The days after the due date a payment is expected: median and quartiles, and whose
    history they come from (``paid`` invoices). A named tuple: one per open invoice."""

    median: int
    early: int
    late: int
    basis: Basis
    paid: int


Spread = Callable[[Sequence[int], int], tuple[int, int, int]]


def spread(values: Sequence[int], start: int) -> tuple[int, int, int]:
    """Median, first and third quartile of sorted ``values[start:]``.

    >>> spread([0, 10, 20, 31, 40], 1)
    (26, 18, 33)
    """
    return (
        quantile(values, Fraction(1, 2), start),
        quantile(values, Fraction(1, 4), start),
        quantile(values, Fraction(3, 4), start),
    )


def usual_lateness(
    own: Sequence[int], book: Sequence[int], late_now: int, spread: Spread = spread
) -> Lateness:
    """The lateness to expect for an invoice ``late_now`` days late (zero or less: not yet due).

    ``own`` and ``book`` are sorted days late. From the customer's own when at least
    ``MIN_OWN_HISTORY`` of them are ``late_now`` or more, else from the book's that are; when
    nobody in the book paid that late, any day now (``late_now``: today); the due date itself
    when the book has no history at all. ``spread`` may remember what it worked out (a
    forecast asks for the same values from the same place again and again).

    >>> usual_lateness([2, 4, 30], [0, 2, 4, 30, 60], 0).median
    4
    >>> usual_lateness([2, 4], [0, 2, 4, 30, 60], 0).median, usual_lateness([], [1, 5], 10)
    (4, Lateness(median=10, early=10, late=10, basis='beyond', paid=0))
    """
    own_from = bisect_left(own, late_now)
    book_from = bisect_left(book, late_now)
    basis: Basis
    if len(own) - own_from >= MIN_OWN_HISTORY:
        chosen, start, basis = own, own_from, "own"
    elif book_from < len(book):
        chosen, start, basis = book, book_from, "book"
    elif book:
        return Lateness(late_now, late_now, late_now, "beyond", 0)
    else:
        return Lateness(0, 0, 0, "due", 0)
    median, early, late = spread(chosen, start)
    return Lateness(median, early, late, basis, len(chosen) - start)


def collect_pct(days: int) -> int:
    """The chance (whole %) that money this many days past due is collected at all: 100 less
    the discount calculator's allowance for that lateness.

    >>> [collect_pct(d) for d in (-5, 0, 30, 91, 150, 200)]
    [99, 99, 95, 85, 50, 0]
    """
    return 100 - allowance_pct(days)


# The rows and the weeks.


class ExpectedRow(NamedTuple):
    """Money expected from one invoice, promise or instalment: ``amount`` if paid in full,
    ``weight_pct`` the chance it is, on ``expected``; ``early`` and
    ``late`` are the dates of the range's two ends. ``invoices`` are the invoice numbers it
    stands for; ``lateness`` the days after the due date it is expected (invoices).

    A named tuple, like the ledger's records: one is made for every open invoice each time the
    as-of date changes, and a frozen dataclass takes several times as long to make."""

    kind: RowKind
    customer_key: CustomerKey
    customer: str
    reference: str
    invoices: tuple[str, ...]
    due_date: date
    amount: Amount
    weight_pct: int
    expected: date
    early: date
    late: date
    basis: Basis
    lateness: int | None = None

    @property
    def hundredths(self) -> Amount:
        """amount × weight % in hundredths of a rupiah: exact, summed before one division."""
        return self.amount * self.weight_pct

    @property
    def weighted(self) -> Decimal:
        """amount × weight %, exact (a whole rupiah amount gives at most two decimals)."""
        return Decimal(self.hundredths) / 100

    def kind_text(self, lang: Lang = "id") -> str:
        """'Faktur', 'Janji bayar', or which instalment: 'DP', 'Cicilan 2'."""
        if self.kind == "instalment":
            no = int(self.reference)
            return t("agreement.dp", lang) if no == 0 else t("agreement.nth", lang, no=no)
        return t(KIND_TEXTS[self.kind], lang)

    def basis_text(self, lang: Lang = "id") -> str:
        """Where the date comes from, in words: 'kebiasaan pelanggan ini: telat 12 hari'."""
        return t(BASIS_TEXTS[self.basis], lang, days=self.lateness or 0)

    def as_dict(self) -> dict[str, Any]:
        weighted = self.weighted
        return {
            "kind": self.kind,
            "customer": self.customer,
            "reference": self.reference,
            "invoices": list(self.invoices),
            "due_date": self.due_date.isoformat(),
            "amount": to_json_number(self.amount),
            "weight_pct": self.weight_pct,
            "weighted": to_json_number(weighted),
            "expected_date": self.expected.isoformat(),
            "early_date": self.early.isoformat(),
            "late_date": self.late.isoformat(),
            "basis": self.basis,
            "lateness_days": self.lateness,
        }


def round_rupiah(value: Decimal) -> int:
    """A sum of weighted amounts as whole rupiah, half up.

    >>> round_rupiah(Decimal("1172838.50")), round_rupiah(Decimal("0.49"))
    (1172839, 0)
    """
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True, slots=True)
class Week:
    """One week of the forecast: ``start`` to ``end`` (both included), the rows expected in
    it, their weighted sum rounded once (``expected``), and the likely range."""

    number: int
    start: date
    end: date
    rows: tuple[ExpectedRow, ...]
    expected: int
    low: int
    high: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "week": self.number,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "expected": self.expected,
            "low": self.low,
            "high": self.high,
            "rows": [row.as_dict() for row in self.rows],
        }


@dataclass(frozen=True, slots=True)
class Forecast:
    """The weeks from ``as_of``, the rows expected after the last week (``later``), and those
    with no chance of being collected (``written_off``: more than 180 days late by the
    discount table), listed apart so no week holds a row it cannot get."""

    as_of: date
    weeks: tuple[Week, ...]
    later: tuple[ExpectedRow, ...] = ()
    written_off: tuple[ExpectedRow, ...] = ()

    @property
    def total(self) -> int:
        """The weeks' figures added up (each rounded once, so the bars add up to it)."""
        return sum(week.expected for week in self.weeks)

    @property
    def later_total(self) -> int:
        return round_rupiah(sum((row.weighted for row in self.later), Decimal(0)))

    @property
    def written_off_amount(self) -> Amount:
        """What the written-off rows still owe (their weighted sum is nothing)."""
        return sum((row.amount for row in self.written_off), 0)

    def as_dict(self) -> dict[str, Any]:
        """The object ``python -m core forecast --json`` prints."""
        return {
            "as_of": self.as_of.isoformat(),
            "weeks": [week.as_dict() for week in self.weeks],
            "total": self.total,
            "later": {
                "expected": self.later_total,
                "rows": [row.as_dict() for row in self.later],
            },
            "written_off": {
                "amount": to_json_number(self.written_off_amount),
                "rows": [row.as_dict() for row in self.written_off],
            },
        }


def week_starts(as_of: date, weeks: int = HORIZON_WEEKS) -> list[date]:
    """The first day of each week: the as-of date, then every seven days."""
    return [as_of + timedelta(days=7 * k) for k in range(weeks)]


def _week_index(day: date, as_of: date, weeks: int) -> int | None:
    k = (day - as_of).days // 7
    return k if 0 <= k < weeks else None


# Building the rows.


def _agreement_rows(
    ledger: Ledger,
    as_of: date,
    agreements: Sequence[Agreement],
    open_parts: dict[CustomerKey, list[tuple[Invoice, Amount]]],
) -> list[ExpectedRow]:
    """The unpaid instalments of each agreement in force; the invoices they cover leave
    ``open_parts``."""
    rows: list[ExpectedRow] = []
    by_customer: defaultdict[CustomerKey, list[Agreement]] = defaultdict(list)
    for agreement in agreements:
        by_customer[agreement.customer].append(agreement)
    for key, mine in by_customer.items():
        running = agreement_in_force(mine, key, ledger, as_of)
        if running is None:
            continue
        agreement = running
        numbers = {invoice_key(inv.number) for inv in agreement.invoices if inv.number}
        shapes = {
            (inv.due_date, inv.amount, inv.invoice_date)
            for inv in agreement.invoices
            if not inv.number
        }
        open_parts[key] = [
            (inv, rest)
            for inv, rest in open_parts.get(key, [])
            if not (
                (inv.number and invoice_key(inv.number) in numbers)
                or (not inv.number and (inv.due_date, inv.amount, inv.invoice_date) in shapes)
            )
        ]
        covered = tuple(inv.number for inv in agreement.invoices if inv.number)
        for status in apply_payments(agreement, ledger, as_of):
            if status.left <= 0:
                continue
            when = max(status.due, as_of)
            rows.append(
                ExpectedRow("instalment", key, ledger.name_of(key), str(status.no), covered,
                            status.due, status.left, collect_pct(status.days_late),
                            when, when, when, "agreement")
            )  # fmt: skip
    return rows


def kept_rates(found: Sequence[Promise], as_of: date) -> tuple[dict[CustomerKey, int], int]:
    """Each customer's kept-promise rate (whole %) from their promises judged by ``as_of``
    (from ``MIN_OWN_HISTORY`` of them), and the book's rate for everyone else.

    ``found`` are the promises as ``core.history.promises`` judges them."""
    judged: defaultdict[CustomerKey, list[bool]] = defaultdict(list)
    for promise in found:
        if promise.status != "open" and promise.made_on <= as_of:
            judged[promise.customer_key].append(promise.status == "kept")
    every = [kept for results in judged.values() for kept in results]
    book = _pct(sum(every), len(every)) if every else EVEN_ODDS_PCT
    own = {
        key: _pct(sum(results), len(results))
        for key, results in judged.items()
        if len(results) >= MIN_OWN_HISTORY
    }
    return own, book


def _pct(part: int, whole: int) -> int:
    return int((Fraction(100 * part, whole) + Fraction(1, 2)) // 1)


def _promise_rows(
    ledger: Ledger,
    as_of: date,
    found: Sequence[Promise],
    open_parts: dict[CustomerKey, list[tuple[Invoice, Amount]]],
) -> list[ExpectedRow]:
    """Each open promise on its date for what is still promised, covering the customer's
    oldest open invoices (left after agreements); what it covers leaves ``open_parts``."""
    own, book = kept_rates(found, as_of)
    rows: list[ExpectedRow] = []
    live = [p for p in found if p.status == "open" and p.made_on <= as_of and p.due >= as_of]
    for promise in sorted(live, key=lambda p: (p.due, p.event_id)):
        key = promise.customer_key
        wanted: Amount = promise.amount - promise.paid
        parts = open_parts.get(key, [])
        covered: list[str] = []
        taken: Amount = 0
        left: list[tuple[Invoice, Amount]] = []
        for inv, rest in parts:
            take = min(rest, wanted - taken) if taken < wanted else 0
            if take > 0:
                taken += take
                covered.append(inv.number)
            if rest - take > 0:
                left.append((inv, rest - take))
        if taken <= 0:
            continue
        open_parts[key] = left
        pct = own.get(key, book)
        rows.append(
            ExpectedRow("promise", key, ledger.name_of(key), "", tuple(covered), promise.due,
                        taken, pct, promise.due, promise.due, promise.due, "promise")
        )  # fmt: skip
    return rows


class _Timing(NamedTuple):
    """What an open invoice's row takes from its due date and its customer's history: the
    chance it is collected, the three dates and where they come from. The same for every
    invoice of that customer due that day, so worked out once for them all."""

    weight: int
    expected: date
    early: date
    late: date
    basis: Basis
    median: int


def _timing(
    due: date, as_of: date, own: Sequence[int], book: Sequence[int], remembered: Spread
) -> _Timing:
    late_now = days_past_due(due, as_of)
    lateness = usual_lateness(own, book, late_now, remembered)
    # So many days after the due date, never before the as-of date.
    return _Timing(
        collect_pct(late_now),
        max(as_of, due + _days(lateness.median)),
        max(as_of, due + _days(lateness.early)),
        max(as_of, due + _days(lateness.late)),
        lateness.basis,
        lateness.median,
    )


def _invoice_rows(
    parts: Sequence[tuple[Invoice, Amount]],
    key: CustomerKey,
    name: str,
    as_of: date,
    own: Sequence[int],
    book: Sequence[int],
    remembered: Spread,
) -> list[ExpectedRow]:
    """The rows of one customer's open invoices (``parts``: each with what is left of it)."""
    timings: dict[date, _Timing] = {}
    rows = []
    for inv, rest in parts:
        due = inv.due_date
        timing = timings.get(due)
        if timing is None:
            timing = timings[due] = _timing(due, as_of, own, book, remembered)
        rows.append(
            ExpectedRow("invoice", key, name, inv.number, (inv.number,), due, rest, timing.weight,
                        timing.expected, timing.early, timing.late, timing.basis, timing.median)
        )  # fmt: skip
    return rows


@lru_cache(maxsize=1024)
def _days(count: int) -> timedelta:
    """``timedelta(days=count)``, made once (a forecast asks for a few counts again and again)."""
    return timedelta(days=count)


def _lateness_record(
    ledger: Ledger,
) -> tuple[dict[CustomerKey, tuple[int, ...]], tuple[int, ...]]:
    """Each customer's days late on their paid invoices, sorted, and the whole book's: the
    same on any date, so kept with the book."""
    records = paid_records(ledger)
    own = {key: tuple(sorted(r.days_late)) for key, r in records.items() if r.days_late}
    return own, tuple(sorted(d for days in own.values() for d in days))


# A row per open invoice and no cycles among them: with a large book alive in the process, the
# collector's passes over it cost as much as making the rows (0.097 -> 0.050 s at 100k on the
# overview's as-of rerun).
@gc_paused()
def cash_forecast(
    ledger: Ledger,
    as_of: date,
    *,
    events: Sequence[EventLike] = (),
    agreements: Sequence[Agreement] = (),
    scope: frozenset[CustomerKey] | None = None,
    weeks: int = HORIZON_WEEKS,
) -> Forecast:
    """The forecast of the whole book on ``as_of``, rows of the customers in ``scope`` only
    (every customer for ``None``).

    Worked out on the whole book, so a staff member sees for their customers exactly the
    rows the owner sees for them (the book's lateness and promise rates included).
    """
    # Each customer's open invoices, oldest due first: the order promised money covers them.
    opened = open_book(ledger)
    open_parts: dict[CustomerKey, list[tuple[Invoice, Amount]]] = defaultdict(list)
    for key, inv, rest in zip(opened.keys, opened.invoices, opened.rests, strict=True):
        open_parts[key].append((inv, rest))
    rows = _agreement_rows(ledger, as_of, agreements, open_parts)
    judged = promises(events, ledger, as_of) if events else []
    rows += _promise_rows(ledger, as_of, judged, open_parts)
    own, book = derived(ledger, "forecast_lateness", _lateness_record)
    # The median and quartiles of one sorted history from one place, worked out once per book
    # (kept with it, as the histories are): every invoice not yet due of a customer asks for
    # the same ones, on any date.
    spreads = derived(ledger, "forecast_spreads", _no_spreads)

    def remembered(values: Sequence[int], start: int) -> tuple[int, int, int]:
        key = (id(values), start)
        found = spreads.get(key)
        if found is None:
            found = spreads[key] = spread(values, start)
        return found

    if scope is not None:
        rows = [row for row in rows if row.customer_key in scope]
    for key, parts in open_parts.items():
        if scope is not None and key not in scope:
            continue
        rows += _invoice_rows(parts, key, ledger.name_of(key), as_of, own.get(key, ()), book,
                              remembered)  # fmt: skip
    return _weeks(rows, as_of, weeks)


def _no_spreads(ledger: Ledger) -> dict[tuple[int, int], tuple[int, int, int]]:
    """Where ``cash_forecast`` keeps the spreads it worked out for a book (filled as asked)."""
    return {}


def _weeks(rows: Sequence[ExpectedRow], as_of: date, count: int) -> Forecast:
    rows = sorted(rows, key=attrgetter("expected", "customer", "reference"))
    placed: list[list[ExpectedRow]] = [[] for _ in range(count)]
    # Each week's sums in hundredths of a rupiah (amount × weight %: exact), rounded once.
    middle: list[Amount] = [0] * count
    early: list[Amount] = [0] * count
    late: list[Amount] = [0] * count
    later: list[ExpectedRow] = []
    written_off: list[ExpectedRow] = []
    for row in rows:
        if row.weight_pct == 0:
            written_off.append(row)
            continue
        weighted = row.hundredths
        at = _week_index(row.expected, as_of, count)
        if at is None:
            later.append(row)
        else:
            placed[at].append(row)
            middle[at] += weighted
        for scenario, day in ((early, row.early), (late, row.late)):
            k = _week_index(day, as_of, count)
            if k is not None:
                scenario[k] += weighted
    weeks: list[Week] = []
    for k, start in enumerate(week_starts(as_of, count)):
        expected = round_rupiah(Decimal(middle[k]) / 100)
        ends = (expected, *(round_rupiah(Decimal(side[k]) / 100) for side in (early, late)))
        weeks.append(
            Week(k + 1, start, start + timedelta(days=6), tuple(placed[k]), expected,
                 min(ends), max(ends))
        )  # fmt: skip
    return Forecast(as_of, tuple(weeks), tuple(later), tuple(written_off))


def due_date_baseline(ledger: Ledger, as_of: date, weeks: int = HORIZON_WEEKS) -> list[int]:
    """The plain forecast to beat: every open invoice paid in full on its due date (today when
    that has passed), per week."""
    totals = [Decimal(0)] * weeks
    for inv in ledger.invoices:
        rest = inv.outstanding
        if rest > 0:
            k = _week_index(max(inv.due_date, as_of), as_of, weeks)
            if k is not None:
                totals[k] += Decimal(rest)
    return [round_rupiah(total) for total in totals]


# Checking it against history.


@dataclass(frozen=True, slots=True)
class BacktestWeek:
    start: date
    forecast: int
    baseline: int
    actual: int


@dataclass(frozen=True, slots=True)
class Backtest:
    """The forecast made on ``origin`` from what was known then, the due-date baseline, and
    what was received in each week after. ``invoices`` were in the test, ``left_out`` were
    not (money paid on them with no date, or goods returned in the weeks tested)."""

    origin: date
    weeks: tuple[BacktestWeek, ...]
    invoices: int
    left_out: int

    @property
    def actual(self) -> int:
        return sum(week.actual for week in self.weeks)


def wape(results: Sequence[Backtest], which: Literal["forecast", "baseline"]) -> Fraction | None:
    """Weighted absolute percentage error of the weekly figures: the sum of each week's miss
    over the sum received, over every week of every backtest (``None`` when nothing came)."""
    miss = sum(abs(getattr(w, which) - w.actual) for r in results for w in r.weeks)
    got = sum(r.actual for r in results)
    return Fraction(miss, got) if got else None


def wape_by_week(
    results: Sequence[Backtest], which: Literal["forecast", "baseline"]
) -> list[Fraction | None]:
    """``wape`` of each week ahead (week 1, week 2, …) over every backtest."""
    found: list[Fraction | None] = []
    for k in range(min((len(r.weeks) for r in results), default=0)):
        miss = sum(abs(getattr(r.weeks[k], which) - r.weeks[k].actual) for r in results)
        got = sum(r.weeks[k].actual for r in results)
        found.append(Fraction(miss, got) if got else None)
    return found


def total_error(
    results: Sequence[Backtest], which: Literal["forecast", "baseline"]
) -> Fraction | None:
    """The same for the 13 weeks together: each backtest's total miss over the sum received."""
    miss = sum(abs(sum(getattr(w, which) for w in r.weeks) - r.actual) for r in results)
    got = sum(r.actual for r in results)
    return Fraction(miss, got) if got else None


@dataclass(frozen=True, slots=True)
class BacktestSummary:
    """Backtests of one book from several origins, with both errors for both forecasts."""

    results: tuple[Backtest, ...]

    @property
    def invoices(self) -> int:
        return sum(r.invoices for r in self.results)

    @property
    def received(self) -> int:
        return sum(r.actual for r in self.results)

    @property
    def enough(self) -> bool:
        """At least ``MIN_BACKTEST_INVOICES`` invoices tested and money received: with fewer, a
        backtest measures a few single invoices (one paid on its due date makes the baseline
        exact), not the forecast."""
        return self.invoices >= MIN_BACKTEST_INVOICES and self.received > 0

    def errors(self) -> dict[str, Fraction | None]:
        return {
            "forecast_wape": wape(self.results, "forecast"),
            "baseline_wape": wape(self.results, "baseline"),
            "forecast_total": total_error(self.results, "forecast"),
            "baseline_total": total_error(self.results, "baseline"),
        }


def backtest_book(ledger: Ledger, count: int = 4, step_days: int = 28) -> BacktestSummary:
    """The backtests from ``backtest_origins``: four origins four weeks apart by default."""
    origins = backtest_origins(ledger, count, step_days)
    return BacktestSummary(tuple(backtest(ledger, origin) for origin in origins))


def _latest_day(ledger: Ledger) -> date | None:
    days = [p.paid_on for p in ledger.payments if p.paid_on is not None]
    days += [inv.invoice_date for inv in ledger.invoices if inv.invoice_date is not None]
    return max(days, default=None)


def backtest_origins(
    ledger: Ledger, count: int = 4, step_days: int = 28, weeks: int = HORIZON_WEEKS
) -> list[date]:
    """Past dates to forecast from, oldest first: the last one ``weeks`` weeks before the
    book's latest date (a payment or an invoice), each earlier one ``step_days`` before."""
    latest = _latest_day(ledger)
    if latest is None:
        return []
    last = latest - timedelta(days=7 * weeks - 1)
    return [last - timedelta(days=step_days * k) for k in reversed(range(count))]


def backtest(ledger: Ledger, origin: date, weeks: int = HORIZON_WEEKS) -> Backtest:
    """Forecast as of ``origin`` with only what was known then, and compare.

    Known then: the invoices issued before ``origin`` (by invoice date, else due date) and
    the dated payments and returns before it, put together by ``build_ledger`` as any book
    is. Received in a week: how much the paid figures of those invoices rose with that
    week's dated payments. An invoice with money paid on it whose date is unknown (a paid
    column) cannot be placed in time and is left out, as are the invoices of a customer who
    returned goods during the weeks tested (a return is not money received). No promise or
    agreement enters: a book holds none.
    """
    dated = [p for p in ledger.payments if p.paid_on is not None]
    blank = [with_paid(inv, 0) for inv in ledger.invoices]
    by_dates = build_ledger(blank, dated).invoices
    end = origin + timedelta(days=7 * weeks)
    returned = {
        key
        for p in dated
        if p.kind == "return" and p.paid_on is not None and origin <= p.paid_on < end
        for key in [ledger.customer_of(p)]
        if key is not None
    }
    kept: list[Invoice] = []
    dropped: set[str] = set()  # numbers of the invoices left out or issued after the origin
    left_out = 0
    for inv, dated_only in zip(ledger.invoices, by_dates, strict=True):
        if (inv.invoice_date or inv.due_date) >= origin:
            dropped.add(invoice_key(inv.number))
        elif inv.paid > dated_only.paid or inv.customer_key in returned:
            dropped.add(invoice_key(inv.number))
            left_out += 1
        else:
            kept.append(with_paid(inv, 0))
    # A payment naming an invoice that is not in the test pays that one: it is left out, so it
    # cannot fall on these invoices through the customer's account.
    dropped.discard("")
    usable = [
        p for p in dated if not (p.invoice_number and invoice_key(p.invoice_number) in dropped)
    ]

    def book_on(day: date) -> Ledger:
        return build_ledger(kept, [p for p in usable if p.paid_on is not None and p.paid_on < day])

    then = book_on(origin)
    predicted = cash_forecast(then, origin, weeks=weeks)
    base = due_date_baseline(then, origin, weeks)
    paid_before = _paid_total(then)
    rows: list[BacktestWeek] = []
    for k, start in enumerate(week_starts(origin, weeks)):
        paid_after = _paid_total(book_on(start + timedelta(days=7)))
        rows.append(
            BacktestWeek(start, predicted.weeks[k].expected, base[k],
                         round_rupiah(Decimal(paid_after - paid_before)))
        )  # fmt: skip
        paid_before = paid_after
    return Backtest(origin, tuple(rows), len(kept), left_out)


def _paid_total(ledger: Ledger) -> Amount:
    return sum((min(inv.paid, inv.amount) for inv in ledger.invoices), 0)
