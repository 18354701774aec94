"""New written payment agreements (kesepakatan baru): the schedule, the record, the PDF.

Step 8 of the playbook: when collection fails, agree in writing on a new way to pay.

``plan_schedule`` splits an agreed total into a down payment (instalment 0, due on the first
date) and instalments rounded to a step (Rp 1.000 by default) with the remainder on the last
one, so the instalments always add up exactly to the total. ``build_agreement`` makes the
record from a customer's open invoices (optionally less a settlement discount, with a late
fee waived or included); the record and how it is saved (kind ``"agreement"``) are
``core.events.agreement``'s, re-exported here.
``apply_payments`` lays the money the customer paid since the agreement on its instalments
in order: paid, due or late. ``agreement_reminders`` and ``agreement_in_force`` are what the
daily list asks. ``agreement_pdf`` prints the agreement for both parties to sign.

Everything here is pure except ``save_agreement``/``load_agreements``/``set_status``, which
take the ``Store`` to use. "Today" is always a parameter.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final, Literal

from fpdf import FPDF
from fpdf.fonts import FontFace

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
    AgreementStatus,
    Instalment,
    Interval,
    Schedule,
    parse_interval,
)
from core.i18n import Lang, t
from core.ledger import CustomerKey, Invoice, Ledger, customer_key, invoice_key
from core.money import (
    Amount,
    AmountError,
    format_rupiah,
    normalise,
    parse_amount,
)
from core.payinfo import PaymentAsk, draw_payment
from core.pdftext import fit_line, shorten
from core.statement import UNICODE_FONTS, BusinessInfo, letterhead, load_fonts, printed
from core.terbilang import amount_in_words

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
    "agreement_pdf",
    "agreement_reminders",
    "amount_from_text",
    "amount_received",
    "apply_payments",
    "build_agreement",
    "cancel_agreement",
    "daily_facts",
    "due_date",
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


def _exact(value: object, code: str) -> Decimal:
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
            AgreedInvoice(inv.number, inv.invoice_date, inv.due_date, inv.amount, inv.outstanding)
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
        which = _instalment_name(self.no, lang)
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


def _instalment_name(no: int, lang: Lang) -> str:
    return t("agreement.dp", lang) if no == 0 else t("agreement.nth", lang, no=no)


def status_rows(statuses: Sequence[InstalmentStatus], lang: Lang = "id") -> list[dict[str, Any]]:
    """The instalments as table rows with the column names of ``lang``."""
    return [
        {
            t("agreement.col.no", lang): _instalment_name(s.no, lang),
            t("agreement.col.due", lang): s.due,
            t("agreement.col.amount", lang): s.amount,
            t("agreement.col.paid", lang): s.paid,
            t("agreement.col.left", lang): s.left,
            t("agreement.col.state", lang): t(f"agreement.state.{s.state}", lang),
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
        return f"{head} {t(f'agreement.status.{agreement.status}', lang)}"
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


# The document.

_MARGIN: Final = 15.0
_LINE: Final = 5.0
_GREY: Final = (90, 90, 90)
_HEAD_FILL: Final = (235, 235, 235)
_INVOICE_SHARES: Final = (0.28, 0.18, 0.18, 0.18, 0.18)
_SCHEDULE_SHARES: Final = (0.2, 0.24, 0.26, 0.3)
_NO_BUSINESS: Final = BusinessInfo()


class _AgreementPDF(FPDF):
    """An A4 page in the statement's fonts, with a footer naming the agreement and the page."""

    def __init__(
        self,
        agreement: Agreement,
        business: BusinessInfo,
        lang: Lang,
        fonts: Sequence[tuple[str, str]],
    ) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.agreement, self.language = agreement, lang
        self.name, self.business = shorten(agreement.name), printed(business)
        self.set_margins(_MARGIN, _MARGIN, _MARGIN)
        self.set_auto_page_break(auto=True, margin=_MARGIN + 5)
        self.family_name, self.clean = load_fonts(self, fonts)
        self.set_title(self.clean(f"{t('agreement.pdf.title', lang)} - {self.name}"))
        self.set_author(self.clean(self.business.name))
        self.set_creator("Tagih")
        self.set_lang(lang)
        # The clock is not read in core: the document is dated by the agreement.
        self.set_creation_date(datetime(*agreement.created.timetuple()[:3], tzinfo=UTC))

    def write_font(self, size: float, *, bold: bool = False) -> None:
        self.set_font(self.family_name, "B" if bold else "", size)

    def footer(self) -> None:
        self.set_y(-_MARGIN)
        self.write_font(8)
        self.set_text_color(*_GREY)
        left = f"{t('agreement.pdf.title', self.language)} · {self.name}"
        self.cell(self.epw * 0.7, 5, self.fit(left, self.epw * 0.7))
        page = t("statement.page", self.language, page=self.page_no(), pages="{nb}")
        self.cell(self.epw * 0.3, 5, self.clean(page), align="R")
        self.set_text_color(0)

    def fit(self, text: str, width: float) -> str:
        """``text`` cleaned for the font and cut with '…' (or '...') to fit one line."""
        return fit_line(self.clean(text), width, self.get_string_width, self.clean("…"))

    def paragraph(
        self, text: str, size: float = 10, *, bold: bool = False, align: str = "L"
    ) -> None:
        self.write_font(size, bold=bold)
        self.multi_cell(0, size * 0.5, self.clean(text), align=align, new_x="LMARGIN")

    def heading(self, text: str) -> None:
        if self.will_page_break(20):
            self.add_page()
        self.ln(1)
        self.paragraph(text, 11, bold=True)
        self.ln(1)

    def grid(
        self,
        headings: Sequence[str],
        rows: Sequence[Sequence[str]],
        shares: Sequence[float],
        align: Sequence[str],
        total: Sequence[str] | None = None,
        size: float = 9,
    ) -> None:
        """A table with a shaded heading (repeated on a new page) and an optional bold total."""
        self.write_font(size)
        bold = FontFace(emphasis="BOLD", size_pt=size)
        with self.table(
            col_widths=tuple(shares),
            text_align=tuple(align),
            headings_style=FontFace(emphasis="BOLD", size_pt=size, fill_color=_HEAD_FILL),
            line_height=size * 0.45,
            padding=(0.7, 1.5),
            repeat_headings=1,
            width=self.epw,
        ) as table:
            table.row([self.clean(text) for text in headings])
            for row in rows:
                table.row([self.clean(text) for text in row])
            if total is not None:
                last = table.row()
                for text in total:
                    last.cell(self.clean(text), style=bold)
        self.ln(3)


def agreement_pdf(
    agreement: Agreement,
    *,
    business: BusinessInfo = _NO_BUSINESS,
    place: str = "",
    lang: Lang | None = None,
    fonts: Sequence[tuple[str, str]] = UNICODE_FONTS,
    payment: PaymentAsk | None = None,
) -> bytes:
    """The agreement as an A4 PDF for both parties to sign, in ``lang`` (else the agreement's).

    The business and the customer (name, NIK, address), the original debt and its invoices,
    what was agreed (the total in figures and in words), the schedule, what happens when an
    instalment is missed, and signature lines under "``place``, date" (``place`` defaults to
    the town in the business address), a box for the Rp 10.000 meterai in the customer's
    signing space, and the witnesses' lines when there are witnesses. The last clause and the
    signatures are kept on one page. Each part is its own function taking the page, so a part
    can be added after the signatures.
    """
    lang = lang or agreement.lang
    pdf = _AgreementPDF(agreement, business, lang, fonts)
    pdf.add_page()
    _pdf_head(pdf)
    _pdf_parties(pdf)
    _pdf_debt(pdf)
    _pdf_agreed(pdf)
    _pdf_schedule(pdf)
    _pdf_terms_and_signatures(pdf, place.strip() or place_of(business.address))
    _pdf_payment(pdf, payment)
    return bytes(pdf.output())


def _pdf_payment(pdf: _AgreementPDF, payment: PaymentAsk | None) -> None:
    """How to pay the first payment the agreement asks (the down payment, else instalment 1)."""
    first = pdf.agreement.schedule.instalments[:1]
    if payment is not None and first:
        lang = pdf.language
        what = _instalment_name(first[0].no, lang)
        lead = t("pay.first_payment", lang, what=what, date=_day(first[0].due, lang))
        block = payment(first[0].amount)
        draw_payment(pdf, block, lang, family=pdf.family_name, clean=pdf.clean, lead=lead)


def _rp(amount: Amount) -> str:
    return format_rupiah(amount)


def _day(value: date | None, lang: Lang) -> str:
    return format_date(value, lang=lang) if value is not None else "-"


def _pdf_head(pdf: _AgreementPDF) -> None:
    business, lang = pdf.business, pdf.language
    letterhead(pdf, business, t("agreement.pdf.title", lang), gap=0)
    pdf.write_font(10)
    when = t("agreement.pdf.dated", lang, date=_day(pdf.agreement.created, lang))
    pdf.multi_cell(0, _LINE, pdf.clean(when), align="C", new_x="LMARGIN")
    pdf.ln(4)


def _pdf_parties(pdf: _AgreementPDF) -> None:
    """Both parties as labelled lines (name, NIK, address, phone), a dotted line where the
    customer's NIK or address is not known, to be written in by hand before signing."""
    agreement, business, lang = pdf.agreement, pdf.business, pdf.language
    pdf.paragraph(t("agreement.pdf.undersigned", lang))
    pdf.ln(1)
    blank = "." * 48
    seller = [(t("agreement.pdf.field.name", lang),
               business.name.strip() or t("agreement.pdf.seller", lang))]  # fmt: skip
    if business.address.strip():
        seller.append((t("agreement.pdf.field.address", lang), business.address.strip()))
    buyer = [
        (t("agreement.pdf.field.name", lang), pdf.name),
        (t("agreement.pdf.field.nik", lang), agreement.nik or blank),
        (t("agreement.pdf.field.address", lang), shorten(agreement.address) or blank),
    ]
    if agreement.phone:
        buyer.append((t("agreement.pdf.field.phone", lang), shorten(agreement.phone)))
    parties = (
        (seller, t("agreement.pdf.first_party", lang)),
        (buyer, t("agreement.pdf.second_party", lang)),
    )
    label_width = 22.0
    for number, (fields, role) in enumerate(parties, start=1):
        pdf.write_font(10)
        pdf.cell(7, _LINE, f"{number}.")
        for label, value in fields:
            top = pdf.get_y()
            pdf.set_x(pdf.l_margin + 7)
            pdf.cell(label_width, _LINE, pdf.clean(label))
            pdf.cell(3, _LINE, ":")
            pdf.multi_cell(0, _LINE, pdf.clean(value), align="L", new_x="LMARGIN")
            pdf.set_y(max(pdf.get_y(), top + _LINE))
        pdf.set_x(pdf.l_margin + 7)
        pdf.multi_cell(0, _LINE, pdf.clean(role), align="L", new_x="LMARGIN")
        pdf.ln(1)
    pdf.ln(1)
    pdf.paragraph(t("agreement.pdf.agree", lang))


def _pdf_debt(pdf: _AgreementPDF) -> None:
    agreement, lang = pdf.agreement, pdf.language
    pdf.heading(t("agreement.pdf.debt_title", lang))
    pdf.paragraph(
        t(
            "agreement.pdf.debt_intro",
            lang,
            date=_day(agreement.created, lang),
            amount=_rp(agreement.original_debt),
            count=len(agreement.invoices),
        )
    )
    pdf.ln(2)
    headings = [
        t("statement.col.number", lang),
        t("statement.col.date", lang),
        t("statement.col.due", lang),
        t("statement.col.amount", lang),
        t("statement.col.balance", lang),
    ]
    rows = [
        [inv.number or "-", _day(inv.invoice_date, lang), _day(inv.due_date, lang),
         _rp(inv.amount), _rp(inv.outstanding)]
        for inv in agreement.invoices
    ]  # fmt: skip
    amount = sum((inv.amount for inv in agreement.invoices), 0)
    total = [t("statement.total", lang), "", "", _rp(amount), _rp(agreement.original_debt)]
    align = ("LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT")
    pdf.grid(headings, rows, _INVOICE_SHARES, align, total, size=8.5)


def _pdf_agreed(pdf: _AgreementPDF) -> None:
    agreement, lang = pdf.agreement, pdf.language
    schedule = agreement.schedule
    pdf.heading(t("agreement.pdf.agreed_title", lang))
    lines: list[tuple[str, str]] = [
        (t("agreement.original_debt", lang), _rp(agreement.original_debt))
    ]
    if agreement.discount:
        lines.append((t("agreement.discount", lang), "-" + _rp(agreement.discount)))
    if agreement.late_fee:
        if agreement.late_fee_included:
            lines.append((t("agreement.late_fee_included", lang), "+" + _rp(agreement.late_fee)))
        else:
            waived = t("agreement.pdf.waived", lang, amount=_rp(agreement.late_fee))
            lines.append((t("agreement.late_fee", lang), waived))
    words = t("agreement.pdf.in_words", lang, words=amount_in_words(agreement.total, lang))
    lines.append((t("agreement.total", lang), f"{_rp(agreement.total)}\n{words}"))
    if schedule.down_payment:
        first = schedule.instalments[0]
        paid_on = t("agreement.pdf.dp_on", lang, date=_day(first.due, lang))
        lines.append((t("agreement.dp_long", lang), f"{_rp(first.amount)} {paid_on}"))
    rows = [row for row in schedule.instalments if row.no > 0]
    plan = t(
        "agreement.pdf.plan",
        lang,
        count=len(rows),
        every=schedule.interval.describe(lang),
        date=_day(rows[0].due, lang),
        last=_day(rows[-1].due, lang),
    )
    lines.append((t("agreement.instalments", lang), plan))
    label_width = pdf.epw * 0.4
    for number, (label, value) in enumerate(lines):
        bold = label == t("agreement.total", lang)
        pdf.write_font(10, bold=bold)
        top = pdf.get_y()
        pdf.multi_cell(label_width, _LINE, pdf.clean(label), align="L", new_x="RIGHT")
        below = pdf.get_y()
        pdf.set_xy(pdf.l_margin + label_width, top)
        figure, _, words = value.partition("\n")
        pdf.multi_cell(0, _LINE, pdf.clean(figure), align="L", new_x="LMARGIN")
        if words:  # the amount in words, in the regular face under the figure
            pdf.write_font(10)
            pdf.set_x(pdf.l_margin + label_width)
            pdf.multi_cell(0, _LINE, pdf.clean(words), align="L", new_x="LMARGIN")
        pdf.set_y(max(below, pdf.get_y()) + (0.3 if number < len(lines) - 1 else 0))
    pdf.ln(2)


def _pdf_schedule(pdf: _AgreementPDF) -> None:
    agreement, lang = pdf.agreement, pdf.language
    pdf.heading(t("agreement.pdf.schedule_title", lang))
    headings = [
        t("agreement.col.no", lang),
        t("agreement.col.due", lang),
        t("agreement.col.amount", lang),
        t("agreement.pdf.col.sign", lang),
    ]
    rows = [
        [_instalment_name(row.no, lang), _day(row.due, lang), _rp(row.amount), ""]
        for row in agreement.schedule.instalments
    ]
    total = [t("statement.total", lang), "", _rp(agreement.total), ""]
    pdf.grid(headings, rows, _SCHEDULE_SHARES, ("LEFT", "LEFT", "RIGHT", "LEFT"), total, size=9.5)


def _missed_text(agreement: Agreement, lang: Lang) -> str:
    params = {"grace": agreement.grace_days, "fee": _rp(agreement.missed_fee)}
    key = "agreement.pdf.missed_fee" if agreement.missed_fee else "agreement.pdf.missed_no_fee"
    return t(key, lang, **params)


def _pdf_terms_and_signatures(pdf: _AgreementPDF, place: str) -> None:
    """The last clause, the closing, 'place, date' and the signatures, on one page: drawn once
    aside to measure, and started on a new page when they would not fit on this one."""
    with pdf.offset_rendering() as trial:
        _pdf_terms(pdf)
        _pdf_signatures(pdf, place)
    if trial.page_break_triggered:
        pdf.add_page()
    _pdf_terms(pdf)
    _pdf_signatures(pdf, place)


def _pdf_terms(pdf: _AgreementPDF) -> None:
    pdf.heading(t("agreement.pdf.missed_title", pdf.language))
    pdf.paragraph(_missed_text(pdf.agreement, pdf.language))


_METERAI_W: Final = 36.0
_METERAI_H: Final = 24.0
_WITNESS_ROOM: Final = 14.0


def _pdf_signatures(pdf: _AgreementPDF, place: str) -> None:
    """The closing sentence, 'place, date' (a dotted blank for an unknown town), the two
    parties side by side with room to sign (the customer's over a box for the meterai), and
    the witnesses two to a row."""
    agreement, business, lang = pdf.agreement, pdf.business, pdf.language
    pdf.ln(3)
    pdf.paragraph(t("agreement.pdf.closing", lang))
    pdf.ln(4)
    pdf.write_font(10)
    dated = f"{place or '.' * 24}, {_day(agreement.created, lang)}"
    pdf.cell(0, _LINE, pdf.clean(dated), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    names = (business.name.strip() or t("agreement.pdf.seller", lang), pdf.name)
    roles = (t("agreement.pdf.first_role", lang), t("agreement.pdf.second_role", lang))
    room = _METERAI_H + 8
    bottom = _signing_row(pdf, roles, names, room, meterai_column=1)
    pdf.set_y(bottom)
    if agreement.witnesses:
        pdf.ln(4)
        pdf.write_font(10)
        pdf.cell(0, _LINE, pdf.clean(t("agreement.pdf.witnesses", lang)), align="C",
                 new_x="LMARGIN", new_y="NEXT")  # fmt: skip
        witnesses = [shorten(name) for name in agreement.witnesses]
        for first in range(0, len(witnesses), 2):
            pair = witnesses[first : first + 2]
            labels = [t("agreement.pdf.witness", lang, no=first + n + 1) for n in range(len(pair))]
            pdf.set_y(_signing_row(pdf, labels, pair, _WITNESS_ROOM) + 2)


def _signing_row(
    pdf: _AgreementPDF,
    roles: Sequence[str],
    names: Sequence[str],
    room: float,
    meterai_column: int | None = None,
) -> float:
    """Signing columns across the page: the role, room to sign (with the meterai box in
    ``meterai_column``), a line, the name in bold. Returns the y under the lowest name."""
    half = pdf.epw / 2
    top = pdf.get_y()
    bottom = top
    for column, (role, name) in enumerate(zip(roles, names, strict=True)):
        x = pdf.l_margin + column * half
        pdf.set_xy(x, top)
        pdf.write_font(10)
        pdf.cell(half, _LINE, pdf.clean(role), align="C", new_x="LEFT", new_y="NEXT")
        below_role = pdf.get_y()
        if column == meterai_column:
            _meterai_box(pdf, x + 12, below_role + 3)
        pdf.set_xy(x, below_role + room)
        pdf.set_draw_color(0)
        pdf.set_line_width(0.2)
        pdf.line(x + 10, pdf.get_y(), x + half - 10, pdf.get_y())
        pdf.set_xy(x + 5, pdf.get_y() + 1)
        pdf.write_font(10, bold=True)
        pdf.multi_cell(half - 10, _LINE, pdf.clean(name), align="C")
        bottom = max(bottom, pdf.get_y())
    return bottom


def _meterai_box(pdf: _AgreementPDF, x: float, y: float) -> None:
    """A dashed box where the Rp 10.000 meterai is stuck, signed across by the customer."""
    pdf.set_draw_color(*_GREY)
    pdf.set_line_width(0.2)
    pdf.set_dash_pattern(dash=1.2, gap=1)
    pdf.rect(x, y, _METERAI_W, _METERAI_H)
    pdf.set_dash_pattern()
    pdf.set_text_color(*_GREY)
    pdf.write_font(7)
    label = pdf.clean(t("agreement.pdf.meterai", pdf.language))
    pdf.set_xy(x, y + _METERAI_H / 2 - 3.5)
    pdf.multi_cell(_METERAI_W, 3.5, label, align="C")
    pdf.set_text_color(0)
    pdf.set_draw_color(0)


def schedule_text(schedule: Schedule, lang: Lang = "id") -> str:
    """The schedule as plain lines, for ``python -m core plan`` without ``--json``."""
    head = t(
        "agreement.plan_head",
        lang,
        total=format_rupiah(schedule.total),
        count=schedule.count,
        every=schedule.interval.describe(lang),
    )
    names = [_instalment_name(row.no, lang) for row in schedule.instalments]
    width = max(len(name) for name in names)
    lines = [head]
    for name, row in zip(names, schedule.instalments, strict=True):
        day = format_date(row.due, lang=lang)
        lines.append(f"  {name:<{width}}  {day:>11}  {format_rupiah(row.amount):>16}")
    return "\n".join(lines)
