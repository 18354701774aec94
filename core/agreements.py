"""New written payment agreements (kesepakatan baru): the schedule and the record.

Step 8 of the playbook: when collection fails, agree in writing on a new way to pay.

``plan_schedule`` splits an agreed total into a down payment (instalment 0, due on the first
date) and instalments rounded to a step (Rp 1.000 by default) with the remainder on the last
one, so the instalments always add up exactly to the total. ``build_agreement`` makes the
record from a customer's open invoices (optionally less a settlement discount, with a late
fee waived or included); the record and how it is saved (kind ``"agreement"``) are
``core.events.agreement``'s, re-exported here.
``apply_payments`` lays the money the customer paid since the agreement on its instalments
in order: paid, due or late. ``agreement_reminders`` and ``agreement_in_force`` are what the
daily list asks. ``core.documents.agreement.agreement_pdf`` prints the agreement for both
parties to sign.

Everything here is pure except ``save_agreement``/``load_agreements``/``set_status``, which
take the ``Store`` to use. "Today" is always a parameter.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final, Literal

from core.access import Viewer, require
from core.aging import days_past_due
from core.dates import format_date
from core.events import rewrite, write
from core.events.agreement import (
    DEFAULT_GRACE_DAYS,
    MAX_GRACE_DAYS,
    AgreedInvoice,
    Agreement,
    AgreementError,
    AgreementProblem,
    AgreementStatus,
    Instalment,
    Interval,
    Schedule,
    parse_interval,
)
from core.i18n import CodeKeys, Lang, t
from core.ledger import CustomerKey, Invoice, Ledger, customer_key, invoice_key
from core.money import (
    Amount,
    AmountError,
    format_rupiah,
    normalise,
    parse_amount,
)

if TYPE_CHECKING:
    from core.store import Store

__all__ = [
    "DAYS_BEFORE_SETTING",
    "DEFAULT_DAYS_BEFORE",
    "DEFAULT_GRACE_DAYS",
    "EVENT_KIND",
    "MAX_INSTALMENTS",
    "PLACE_SETTING",
    "AgreedInvoice",
    "Agreement",
    "AgreementError",
    "Instalment",
    "InstalmentStatus",
    "Interval",
    "Reminder",
    "Schedule",
    "agreement_in_force",
    "agreement_reminders",
    "amount_from_text",
    "amount_received",
    "apply_payments",
    "build_agreement",
    "cancel_agreement",
    "daily_facts",
    "due_date",
    "instalment_name",
    "known_address",
    "load_agreements",
    "missed_instalments",
    "parse_interval",
    "place_of",
    "plan_schedule",
    "read_nik",
    "save_agreement",
    "schedule_text",
    "set_status",
    "status_rows",
    "summary_line",
]  # fmt: skip

EVENT_KIND: Final = Agreement.KIND
MAX_INSTALMENTS: Final = 240
DEFAULT_DAYS_BEFORE: Final = 3
# Settings keys: where the agreement is signed (a town), and how many days before an
# instalment falls due the daily list reminds the customer.
PLACE_SETTING: Final = "agreement_place"
DAYS_BEFORE_SETTING: Final = "agreement_days_before"

InstalmentState = Literal["paid", "due", "late"]
ReminderKind = Literal["upcoming", "missed"]
STATE_KEYS: Final = CodeKeys[InstalmentState](
    InstalmentState,
    {
        "paid": "agreement.state.paid",
        "due": "agreement.state.due",
        "late": "agreement.state.late",
    },
)
STATUS_KEYS: Final = CodeKeys[AgreementStatus](
    AgreementStatus,
    {
        "active": "agreement.status.active",
        "cancelled": "agreement.status.cancelled",
        "replaced": "agreement.status.replaced",
    },
)

NIK_DIGITS: Final = 16
_NIK_SEPARATORS: Final = re.compile(r"[\s.\-]")


# The schedule.


def due_date(first: date, index: int, interval: Interval) -> date:
    """The date ``index`` intervals after ``first``.

    Months are counted from the first date each time, so its day comes back after a short
    month instead of drifting: 31 Jan → 28 Feb → 31 Mar.

    >>> [due_date(date(2027, 1, 31), k, parse_interval("month")).isoformat() for k in range(3)]
    ['2027-01-31', '2027-02-28', '2027-03-31']
    """
    try:
        if interval.months:
            month0 = first.month - 1 + index * interval.months
            year, month = first.year + month0 // 12, month0 % 12 + 1
            last = calendar.monthrange(year, month)[1]
            return date(year, month, min(first.day, last))
        return first + timedelta(days=index * interval.days)
    except (ValueError, OverflowError) as exc:
        raise AgreementError("date_range") from exc


def _exact(value: object, code: AgreementProblem) -> Decimal:
    """An amount as an exact Decimal; anything else (a float, a bool, text) is refused."""
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise AgreementError(code)
    number = Decimal(value)
    if not number.is_finite():
        raise AgreementError(code)
    return number


def amount_from_text(text: str, field: str) -> Amount:
    """An amount typed on the command line ("5000000", "5.000.000", "Rp 5 jt").

    >>> amount_from_text("Rp 5.000.000", "total"), amount_from_text("1,5 jt", "total")
    (5000000, 1500000)
    """
    try:
        value = parse_amount(text)
    except AmountError as exc:
        raise AgreementError("not_amount", field=field, value=text) from exc
    if value is None:
        raise AgreementError("not_amount", field=field, value=text)
    return value


def plan_schedule(
    total: Amount,
    instalments: int,
    first: date,
    every: str = "month",
    down_payment: Amount = 0,
    round_to: Amount = 1000,
) -> Schedule:
    """Split ``total`` into a down payment and ``instalments`` payments, ``every`` apart.

    The down payment (when not 0) is instalment 0, due on ``first``, taken exactly as given;
    the instalments follow one interval apart (from ``first`` itself when there is no down
    payment). Every instalment but the last is the same multiple of ``round_to`` (the share
    of the rest rounded to the nearest step, or down when rounding up would leave nothing
    for the last); the last takes the remainder, sen included, so the rows add up exactly to
    ``total``. ``AgreementError`` says what is wrong with the figures.

    >>> s = plan_schedule(10_000_000, 3, date(2027, 1, 31), down_payment=1_000_000)
    >>> [(r.no, r.due.isoformat(), r.amount) for r in s.instalments]
    [(0, '2027-01-31', 1000000), (1, '2027-02-28', 3000000), (2, '2027-03-31', 3000000),
     (3, '2027-04-30', 3000000)]
    >>> [r.amount for r in plan_schedule(1_000_000, 3, date(2027, 1, 1)).instalments]
    [333000, 333000, 334000]
    """
    whole = _exact(total, "total")
    if whole <= 0:
        raise AgreementError("total")
    if isinstance(instalments, bool) or not isinstance(instalments, int):
        raise AgreementError("instalments", max=MAX_INSTALMENTS)
    if not 1 <= instalments <= MAX_INSTALMENTS:
        raise AgreementError("instalments", max=MAX_INSTALMENTS)
    step = _exact(round_to, "round_to")
    if step <= 0:
        raise AgreementError("round_to")
    down = _exact(down_payment, "down_payment")
    if down < 0 or down >= whole:
        raise AgreementError("down_payment", total=format_rupiah(normalise(whole)))
    interval = parse_interval(every)

    rest = whole - down
    count = instalments
    share = Fraction(rest) / (count * Fraction(step))
    units = math.floor(share + Fraction(1, 2))  # to the nearest step, halves up
    if (count - 1) * units * step >= rest:
        units = math.floor(share)
    if count > 1 and units <= 0:
        raise AgreementError(
            "too_small",
            count=count,
            step=format_rupiah(normalise(step)),
            rest=format_rupiah(normalise(rest)),
        )
    regular = units * step
    amounts = [regular] * (count - 1) + [rest - regular * (count - 1)]

    rows: list[Instalment] = []
    offset = 0
    if down:
        rows.append(Instalment(0, first, normalise(down)))
        offset = 1
    for index, amount in enumerate(amounts):
        rows.append(
            Instalment(index + 1, due_date(first, index + offset, interval), normalise(amount))
        )
    return Schedule(normalise(whole), tuple(rows), interval.spec, normalise(step))


# The agreement record.


def _open_invoices(ledger: Ledger, key: CustomerKey) -> list[Invoice]:
    mine = [inv for inv in ledger.invoices_of(key) if inv.outstanding > 0]
    mine.sort(key=lambda inv: (inv.due_date, inv.number))
    return mine


def build_agreement(
    ledger: Ledger,
    customer: str,
    *,
    created: date,
    instalments: int,
    first: date,
    every: str = "month",
    down_payment: Amount = 0,
    round_to: Amount = 1000,
    discount: Amount = 0,
    late_fee: Amount = 0,
    late_fee_included: bool = False,
    missed_fee: Amount = 0,
    grace_days: int = DEFAULT_GRACE_DAYS,
    lang: Lang = "id",
    address: str = "",
    nik: str = "",
    witnesses: Sequence[str] = (),
) -> Agreement:
    """An agreement over everything ``customer`` owes on ``created``.

    ``discount`` is a settlement discount the caller worked out (core.discount); ``late_fee``
    the late fee owed so far, added to the total when ``late_fee_included`` and otherwise
    named as waived. The first date may not be before the agreement's own date. ``nik`` is
    read by ``read_nik`` (blank allowed); blank witness names are dropped.
    """
    key = customer_key(customer)
    nik = read_nik(nik)
    mine = _open_invoices(ledger, key)
    if not mine:
        raise AgreementError("nothing_owed", name=ledger.name_of(key))
    original = normalise(Decimal(sum((inv.outstanding for inv in mine), 0)))
    cut = _exact(discount, "discount")
    if cut < 0 or cut >= original:
        raise AgreementError("discount", debt=format_rupiah(original))
    fee = _exact(late_fee, "late_fee")
    penalty = _exact(missed_fee, "missed_fee")
    if fee < 0:
        raise AgreementError("late_fee")
    if penalty < 0:
        raise AgreementError("missed_fee")
    if isinstance(grace_days, bool) or not 0 <= grace_days <= MAX_GRACE_DAYS:
        raise AgreementError("grace_days")
    if first < created:
        raise AgreementError("first_before_created", date=format_date(created, lang=lang))
    total = normalise(original - cut + (fee if late_fee_included else 0))
    schedule = plan_schedule(total, instalments, first, every, down_payment, round_to)
    numbers = {invoice_key(inv.number) for inv in mine if inv.number}
    return Agreement(
        customer=key,
        name=ledger.name_of(key),
        created=created,
        invoices=tuple(
            AgreedInvoice(
                inv.number,
                inv.invoice_date,
                inv.due_date,
                inv.amount,
                inv.outstanding,
                opening=inv.due_source == "opening",
            )
            for inv in mine
        ),
        original_debt=original,
        schedule=schedule,
        discount=normalise(cut),
        late_fee=normalise(fee),
        late_fee_included=late_fee_included,
        missed_fee=normalise(penalty),
        grace_days=grace_days,
        phone=ledger.phones.get(key),
        payments_before=_paid_since(_index(ledger), key, numbers, created),
        lang=lang,
        address=" ".join(address.split()),
        nik=nik,
        witnesses=tuple(" ".join(w.split()) for w in witnesses if w.strip()),
    )


def known_address(ledger: Ledger, customer: str) -> str:
    """The customer's address as the book gives it (an address column), else empty: where the
    agreement page starts the field."""
    key = customer_key(customer)
    return next(
        (inv.address.strip() for inv in ledger.invoices_of(key)
         if inv.address and inv.address.strip()),
        "",
    )  # fmt: skip


def read_nik(text: str) -> str:
    """A NIK (Nomor Induk Kependudukan) as 16 digits; spaces, dots and dashes between the
    digits are dropped. Blank stays blank: the document then leaves a line to write it by hand.

    >>> read_nik("3578 0112 3456 0001"), read_nik("")
    ('3578011234560001', '')
    >>> read_nik("12345")
    Traceback (most recent call last):
    core.events.agreement.AgreementError: nik {'value': '12345', 'digits': 16}
    """
    digits = _NIK_SEPARATORS.sub("", text)
    if not digits:
        return ""
    if len(digits) != NIK_DIGITS or not digits.isascii() or not digits.isdigit():
        raise AgreementError("nik", value=text.strip(), digits=NIK_DIGITS)
    return digits


# Saved as Store events.


def save_agreement(
    store: Store, agreement: Agreement, *, at: datetime, nonce: str | None = None
) -> Agreement:
    """Save the agreement; an earlier active agreement of the same customer is ``replaced``.

    Two agreements in force for one customer would count the same payments twice, so the new
    one takes over. With the form's ``nonce``, saving twice (a double click) keeps one.
    """
    event, _ = write(store, agreement.customer, agreement, at=at, nonce=nonce)
    saved = Agreement.from_event(event)
    for other in load_agreements(store, agreement.customer):
        if other.id != saved.id and other.status == "active":
            set_status(store, other, "replaced")
    return saved


def load_agreements(store: Store, customer: str | None = None) -> list[Agreement]:
    """Saved agreements, oldest first; of one customer when given."""
    key = customer_key(customer) if customer is not None else None
    return [Agreement.from_event(e) for e in store.events(EVENT_KIND, key)]


def set_status(store: Store, agreement: Agreement, status: AgreementStatus) -> Agreement:
    """Mark a saved agreement cancelled, replaced or active again."""
    if agreement.id is None:
        raise ValueError("the agreement is not saved")
    changed = replace(agreement, status=status)
    rewrite(store, agreement.id, changed)
    return changed


def cancel_agreement(store: Store, agreement: Agreement, *, by: Viewer) -> Agreement:
    """Cancel a saved agreement; ``AccessDenied`` unless ``by`` may work its customer."""
    require(by, "cancel_agreement", agreement.customer)
    return set_status(store, agreement, "cancelled")


# Payments laid on the instalments.


@dataclass(frozen=True, slots=True)
class InstalmentStatus:
    """One instalment on a date: what was paid of it, what is left, and paid / due / late."""

    no: int
    due: date
    amount: Amount
    paid: Amount
    left: Amount
    state: InstalmentState
    days_late: int = 0


@dataclass(slots=True)
class _Index:
    """The ledger grouped once, so many agreements are checked without rescanning it:
    each customer's invoices (the book's own index), and the dated payments by invoice number
    or by customer."""

    invoices: Mapping[CustomerKey, tuple[Invoice, ...]] = field(default_factory=dict)
    by_number: dict[str, list[tuple[date, Amount, CustomerKey | None]]] = field(
        default_factory=dict
    )
    on_account: dict[CustomerKey, list[tuple[date, Amount]]] = field(default_factory=dict)


def _index(ledger: Ledger) -> _Index:
    index = _Index(ledger.invoices_by_customer())
    for pay in ledger.payments:
        if pay.paid_on is None:
            continue
        payer = customer_key(pay.customer) if pay.customer else None
        if pay.invoice_number:
            entry = (pay.paid_on, pay.amount, payer)
            index.by_number.setdefault(invoice_key(pay.invoice_number), []).append(entry)
        elif payer is not None:
            index.on_account.setdefault(payer, []).append((pay.paid_on, pay.amount))
    return index


def _paid_since(index: _Index, key: CustomerKey, numbers: set[str], since: date) -> Amount:
    """Dated payments from ``since`` on against these invoice numbers or the customer's account.

    A payment for another invoice number (goods taken after the agreement) is not counted.
    """
    total: Amount = 0
    for number in numbers:
        for paid_on, amount, payer in index.by_number.get(number, ()):
            if paid_on >= since and payer in (None, key):
                total += amount
    for paid_on, amount in index.on_account.get(key, ()):
        if paid_on >= since:
            total += amount
    return total


def _paid_down(agreement: Agreement, index: _Index) -> Amount:
    """How much the covered invoices' balances fell since the agreement, in today's ledger.

    This catches money that arrives only as a higher "paid" in a re-imported ledger, with no
    dated payment. An invoice no longer in the ledger counts as unchanged.
    """
    by_number: dict[str, Invoice] = {}
    by_shape: dict[tuple[date, Amount, date | None], Invoice] = {}
    for inv in index.invoices.get(agreement.customer, ()):
        if inv.number:
            by_number.setdefault(invoice_key(inv.number), inv)
        else:
            by_shape.setdefault((inv.due_date, inv.amount, inv.invoice_date), inv)
    fallen: Amount = 0
    for agreed in agreement.invoices:
        now = (
            by_number.get(invoice_key(agreed.number))
            if agreed.number
            else by_shape.get((agreed.due_date, agreed.amount, agreed.invoice_date))
        )
        if now is not None and now.outstanding < agreed.outstanding:
            fallen += agreed.outstanding - now.outstanding
    return fallen


def _numbers(agreement: Agreement) -> set[str]:
    return {invoice_key(inv.number) for inv in agreement.invoices if inv.number}


def _received(agreement: Agreement, index: _Index) -> Amount:
    dated = _paid_since(index, agreement.customer, _numbers(agreement), agreement.created)
    dated -= agreement.payments_before
    return normalise(Decimal(max(dated, _paid_down(agreement, index), 0)))


def amount_received(agreement: Agreement, ledger: Ledger) -> Amount:
    """What the customer paid towards the agreement since it was made.

    The larger of two readings of the same money: dated payments on or after the agreement's
    day (less those already there when it was made), and the fall of the covered invoices'
    balances. Taking the larger, not the sum, follows the ledger's own rule for a paid column
    next to a payments sheet.
    """
    return _received(agreement, _index(ledger))


def apply_payments(agreement: Agreement, ledger: Ledger, as_of: date) -> list[InstalmentStatus]:
    """The instalments on ``as_of``, the money received filling them in order, DP first.

    An instalment fully covered is ``paid``; otherwise ``late`` once its due date has passed,
    else ``due``.
    """
    return _statuses(agreement, _index(ledger), as_of)


def _statuses(agreement: Agreement, index: _Index, as_of: date) -> list[InstalmentStatus]:
    left_over: Amount = _received(agreement, index)
    result: list[InstalmentStatus] = []
    for row in agreement.schedule.instalments:
        paid = min(left_over, row.amount)
        left_over -= paid
        rest = row.amount - paid
        if rest <= 0:
            state: InstalmentState = "paid"
        elif row.due < as_of:
            state = "late"
        else:
            state = "due"
        late = days_past_due(row.due, as_of) if state == "late" else 0
        result.append(
            InstalmentStatus(row.no, row.due, row.amount, normalise(Decimal(paid)),
                             normalise(Decimal(rest)), state, late)
        )  # fmt: skip
    return result


def _in_force(agreement: Agreement, statuses: Sequence[InstalmentStatus], as_of: date) -> bool:
    return (
        agreement.status == "active"
        and agreement.created <= as_of
        and any(s.state != "paid" for s in statuses)
    )


def _running(
    agreements: Iterable[Agreement], index: _Index, as_of: date
) -> dict[CustomerKey, tuple[Agreement, list[InstalmentStatus]]]:
    """Per customer, the newest agreement in force and its instalments on ``as_of``."""
    found: dict[CustomerKey, tuple[Agreement, list[InstalmentStatus]]] = {}
    for agreement in agreements:  # oldest first: a newer one wins
        if agreement.status != "active" or agreement.created > as_of:
            continue
        statuses = _statuses(agreement, index, as_of)
        if _in_force(agreement, statuses, as_of):
            found[agreement.customer] = (agreement, statuses)
    return found


def agreement_in_force(
    agreements: Iterable[Agreement], customer: str, ledger: Ledger, as_of: date
) -> Agreement | None:
    """The customer's active agreement with something still to pay on ``as_of``, if any.

    While one is in force, the daily list follows its dates instead of escalating.
    """
    key = customer_key(customer)
    mine = [agreement for agreement in agreements if agreement.customer == key]
    running = _running(mine, _index(ledger), as_of) if mine else {}
    return running[key][0] if key in running else None


@dataclass(frozen=True, slots=True)
class Reminder:
    """An instalment to remind the customer of: falling due soon, or missed.

    ``days`` counts the days until the due date for ``"upcoming"`` (0 is today), the days
    late for ``"missed"``.
    """

    customer: CustomerKey
    name: str
    phone: str | None
    agreement_id: int | None
    no: int
    due: date
    amount_left: Amount
    kind: ReminderKind
    days: int

    def text(self, lang: Lang = "id") -> str:
        """'Cicilan ke-2 (Rp 1.000.000) jatuh tempo 23 Des 2026, 3 hari lagi.'"""
        which = instalment_name(self.no, lang)
        params = {
            "which": which,
            "amount": format_rupiah(self.amount_left),
            "date": format_date(self.due, lang=lang),
            "days": self.days,
        }
        if self.kind == "missed":
            return t("agreement.reminder.missed", lang, **params)
        if self.days == 0:
            return t("agreement.reminder.today", lang, **params)
        return t("agreement.reminder.upcoming", lang, **params)


def agreement_reminders(
    agreements: Iterable[Agreement],
    ledger: Ledger,
    as_of: date,
    days_before: int = DEFAULT_DAYS_BEFORE,
) -> list[Reminder]:
    """Instalments of agreements in force due within ``days_before`` days, or missed.

    Missed means past its due date and not fully paid. Missed ones come first, the most late
    first; then the upcoming ones by due date.
    """
    return _reminders(_running(agreements, _index(ledger), as_of), as_of, days_before)


def _reminders(
    running: Mapping[CustomerKey, tuple[Agreement, list[InstalmentStatus]]],
    as_of: date,
    days_before: int,
) -> list[Reminder]:
    found: list[Reminder] = []
    for agreement, statuses in running.values():
        for status in statuses:
            until = (status.due - as_of).days
            if status.state == "late":
                kind: ReminderKind = "missed"
                days = status.days_late
            elif status.state == "due" and until <= days_before:
                kind, days = "upcoming", until
            else:
                continue
            found.append(
                Reminder(agreement.customer, agreement.name, agreement.phone, agreement.id,
                         status.no, status.due, status.left, kind, days)
            )  # fmt: skip
    found.sort(key=lambda r: (r.kind != "missed", -r.days if r.kind == "missed" else r.days))
    return found


def missed_instalments(
    agreements: Iterable[Agreement], ledger: Ledger, as_of: date
) -> dict[CustomerKey, int]:
    """Per customer, the instalments of their agreement in force that are past due unpaid."""
    counts: dict[CustomerKey, int] = {}
    for key, (_, statuses) in _running(agreements, _index(ledger), as_of).items():
        late = sum(1 for s in statuses if s.state == "late")
        if late:
            counts[key] = late
    return counts


def daily_facts(
    agreements: Iterable[Agreement],
    ledger: Ledger,
    as_of: date,
    days_before: int = DEFAULT_DAYS_BEFORE,
) -> dict[CustomerKey, dict[str, Any]]:
    """Per customer with an agreement in force, what the daily list's ``History`` takes:
    ``agreement_in_force``, ``instalment_due`` and ``instalment_missed`` as (no, date, amount)
    of the first such instalment, or ``None``."""
    running = _running(agreements, _index(ledger), as_of)
    facts: dict[CustomerKey, dict[str, Any]] = {
        key: {"agreement_in_force": True, "instalment_due": None, "instalment_missed": None}
        for key in running
    }
    for reminder in _reminders(running, as_of, days_before):
        slot = "instalment_missed" if reminder.kind == "missed" else "instalment_due"
        if facts[reminder.customer][slot] is None:
            facts[reminder.customer][slot] = (reminder.no, reminder.due, int(reminder.amount_left))
    return facts


# What the pages show.


def instalment_name(no: int, lang: Lang) -> str:
    """The instalment's name: 'DP' for the down payment (0), else 'Cicilan 2'."""
    return t("agreement.dp", lang) if no == 0 else t("agreement.nth", lang, no=no)


def status_rows(statuses: Sequence[InstalmentStatus], lang: Lang = "id") -> list[dict[str, Any]]:
    """The instalments as table rows with the column names of ``lang``."""
    return [
        {
            t("agreement.col.no", lang): instalment_name(s.no, lang),
            t("agreement.col.due", lang): s.due,
            t("agreement.col.amount", lang): s.amount,
            t("agreement.col.paid", lang): s.paid,
            t("agreement.col.left", lang): s.left,
            t("agreement.col.state", lang): t(STATE_KEYS[s.state], lang),
        }
        for s in statuses
    ]


def summary_line(
    agreement: Agreement, statuses: Sequence[InstalmentStatus], lang: Lang = "id"
) -> str:
    """One sentence: how far the schedule is, and what comes next or is late."""
    paid = sum(1 for s in statuses if s.state == "paid")
    head = t(
        "agreement.summary",
        lang,
        date=format_date(agreement.created, lang=lang),
        total=format_rupiah(agreement.total),
        paid=paid,
        count=len(statuses),
    )
    if agreement.status != "active":
        return f"{head} {t(STATUS_KEYS[agreement.status], lang)}"
    late = [s for s in statuses if s.state == "late"]
    if late:
        left = sum((s.left for s in late), 0)
        return f"{head} " + t(
            "agreement.summary_late", lang, count=len(late), amount=format_rupiah(left)
        )
    upcoming = next((s for s in statuses if s.state == "due"), None)
    if upcoming is None:
        return f"{head} {t('agreement.summary_done', lang)}"
    return f"{head} " + t(
        "agreement.summary_next",
        lang,
        amount=format_rupiah(upcoming.left),
        date=format_date(upcoming.due, lang=lang),
    )


def place_of(address: str) -> str:
    """The town of an address, for "Surabaya, 23 Nov 2026" above the signatures.

    The last line or comma-separated part, postal code left out; empty for no address.

    >>> place_of("Jl. Kapasan No. 112, Surabaya 60141"), place_of("Jl. Merdeka 5\\nBandung")
    ('Surabaya', 'Bandung')
    >>> place_of("")
    ''
    """
    parts = [p.strip() for p in re.split(r"[,\n]", address) if p.strip()]
    for part in reversed(parts):
        words = [w for w in part.split() if not w.isdigit()]
        if words:
            return " ".join(words)
    return ""


def schedule_text(schedule: Schedule, lang: Lang = "id") -> str:
    """The schedule as plain lines, for ``python -m core plan`` without ``--json``."""
    head = t(
        "agreement.plan_head",
        lang,
        total=format_rupiah(schedule.total),
        count=schedule.count,
        every=schedule.interval.describe(lang),
    )
    names = [instalment_name(row.no, lang) for row in schedule.instalments]
    width = max(len(name) for name in names)
    lines = [head]
    for name, row in zip(names, schedule.instalments, strict=True):
        day = format_date(row.due, lang=lang)
        lines.append(f"  {name:<{width}}  {day:>11}  {format_rupiah(row.amount):>16}")
    return "\n".join(lines)
