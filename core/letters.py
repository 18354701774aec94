"""The written reminder (surat tagihan, step 5), the firm notice with the late fee (step 7),
and after it the somasi, the formal demand letter sent up to three times (I, II, III).

All are A4 letters in the statement's layout (``core.statement.letter_pdf``): the business,
the customer, the unpaid invoices with due dates and amounts, the total, a request with a
pay-by date; for step 7 and the somasi the late fee stated apart from the debt. A somasi is
recorded as a letter event (``LETTER_EVENT``, ``letter: "somasi"``) and the next one is
counted from those recorded (``somasi_plan``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Final

from core.aging import DEFAULT_EDGES, due_by
from core.dates import format_date
from core.events import Somasi, write
from core.events.letter import MAX_SOMASI
from core.history import EventLike, recorded_on
from core.i18n import Lang, t
from core.latefee import LateFeePolicy, customer_late_fee
from core.ledger import CustomerKey, Ledger
from core.money import Amount, format_rupiah
from core.payinfo import PaymentAsk
from core.playbook import FIRM
from core.statement import BusinessInfo, letter_pdf, statement_rows

if TYPE_CHECKING:
    from core.store import Event, Store

PAY_BY_DAYS = 7


def reminder_letter_pdf(
    ledger: Ledger,
    customer: CustomerKey,
    as_of: date,
    *,
    firm: bool = False,
    business: BusinessInfo = BusinessInfo(),
    policy: LateFeePolicy = LateFeePolicy(),
    lang: Lang = "id",
    pay_by: date | None = None,
    edges: Sequence[int] = DEFAULT_EDGES,
    payment: PaymentAsk | None = None,
) -> bytes:
    """The reminder letter for one customer; ``firm`` for step 7, with the late fee.

    ``payment`` gives how to pay what the letter asks (the balance, with the fee when one is
    charged), printed at the end with its QR.
    """
    statement = statement_rows(ledger, customer, as_of, edges)
    deadline = pay_by or as_of + timedelta(days=PAY_BY_DAYS)
    total = statement.open_totals.outstanding
    kind = "firm" if firm else "reminder"
    after: list[str] = []
    mine = ledger.invoices_of(statement.customer)
    fee = customer_late_fee(mine, statement.customer, as_of, policy) if firm else 0
    asked = total
    if fee:  # a fee only when one is owed under the owner's policy: never "a fee of Rp 0"
        # Demanded with the fee: what falls due by the deadline, as the day's message asks it.
        asked = due_by(mine, deadline) + fee
        after.append(_fee_sentence(fee, asked - fee, policy, lang))
    closing = t(
        f"letter.closing.{kind if fee else 'reminder'}",
        lang,
        total=format_rupiah(total),
        date=format_date(deadline, lang=lang),
    )
    return letter_pdf(
        statement,
        business=business,
        lang=lang,
        title_key=f"letter.title.{kind}",
        intro=t(f"letter.intro.{kind}", lang, date=format_date(as_of, lang=lang)),
        closing=closing,
        after_table=after,
        show_aging=False,
        payment=payment(asked) if payment else None,
    )


def _fee_sentence(fee: Amount, total: Amount, policy: LateFeePolicy, lang: Lang) -> str:
    """The late fee stated apart from the debt, and what is owed with it."""
    return t(
        "letter.fee",
        lang,
        fee=format_rupiah(fee),
        total=format_rupiah(total + fee),
        grace=policy.grace_days,
    )


# The somasi: the formal demand letter after the firm notice, numbered I, II, III.

LETTER_EVENT: Final = Somasi.KIND  # the event kind every letter is recorded as
DEFAULT_SOMASI_DAYS: Final = 7
_SOMASI_TITLES: Final = {1: "somasi.title.1", 2: "somasi.title.2", 3: "somasi.title.3"}
_SOMASI_AFTER: Final = {1: "somasi.after.1", 2: "somasi.after.2", 3: "somasi.after.3"}
_ROMAN: Final = {1: "I", 2: "II", 3: "III"}


@dataclass(frozen=True, slots=True)
class SomasiSent:
    """A somasi recorded on a customer's timeline: its number, its day, its deadline."""

    number: int
    on: date
    deadline: date

    @property
    def roman(self) -> str:
        return somasi_numeral(self.number)


@dataclass(frozen=True, slots=True)
class SomasiPlan:
    """Which somasi the customer gets now.

    ``number`` is the one to print (``None`` once somasi III's deadline passed: what follows
    is outside the app). While the last one's deadline has not passed, that same somasi
    (``current``) is printed again with its own deadline, and nothing new is recorded.
    ``previous`` is the one before the somasi printed, which its opening refers to.
    """

    number: int | None
    previous: SomasiSent | None
    current: SomasiSent | None = None

    @property
    def reprint(self) -> bool:
        return self.current is not None

    @property
    def roman(self) -> str:
        return somasi_numeral(self.number or 0)


def somasi_numeral(number: int) -> str:
    """'I', 'II', 'III' for the somasi's number.

    >>> somasi_numeral(2), somasi_numeral(4)
    ('II', '4')
    """
    return _ROMAN.get(number, str(number))


def somasi_offered(step: int | None, overdue: Amount) -> bool:
    """A somasi follows the firm notice: the customer is at step 7 or later with money overdue.

    >>> somasi_offered(7, 1), somasi_offered(6, 1), somasi_offered(9, 0), somasi_offered(None, 5)
    (True, False, False, False)
    """
    return step is not None and step >= FIRM and overdue > 0


def somasi_sent(events: Iterable[EventLike], customer: CustomerKey) -> list[SomasiSent]:
    """The customer's somasi letters recorded so far, oldest first."""
    found: list[SomasiSent] = []
    for event in events:
        if event.kind != Somasi.KIND or event.customer_key != customer:
            continue
        somasi = Somasi.decode(event.payload, on=recorded_on(event))
        if somasi is not None:
            found.append(SomasiSent(somasi.number, somasi.on, somasi.deadline))
    found.sort(key=lambda s: (s.on, s.number))
    return found


def somasi_plan(events: Iterable[EventLike], customer: CustomerKey, as_of: date) -> SomasiPlan:
    """The next somasi for ``customer`` on ``as_of``, counted from those already recorded."""
    sent = [s for s in somasi_sent(events, customer) if s.on <= as_of]
    if not sent:
        return SomasiPlan(1, None)
    last = sent[-1]
    if as_of <= last.deadline:
        return SomasiPlan(last.number, sent[-2] if len(sent) > 1 else None, current=last)
    if last.number >= MAX_SOMASI:
        return SomasiPlan(None, last)
    return SomasiPlan(last.number + 1, last)


def record_somasi(
    store: Store,
    customer: CustomerKey,
    *,
    name: str,
    number: int,
    on: date,
    deadline: date,
    total: Amount,
    step: int | None,
    at: datetime,
) -> Event:
    """Record a somasi made on ``on`` as a letter event; the same somasi (number and deadline)
    made again, a second download, is recorded once."""
    record = Somasi(customer=name, number=number, on=on, deadline=deadline, total=total, step=step)
    return write(store, customer, record, at=at)[0]


def somasi_pdf(
    ledger: Ledger,
    customer: CustomerKey,
    as_of: date,
    *,
    number: int,
    deadline: date,
    previous: SomasiSent | None = None,
    business: BusinessInfo = BusinessInfo(),
    policy: LateFeePolicy = LateFeePolicy(),
    lang: Lang = "id",
    edges: Sequence[int] = DEFAULT_EDGES,
    payment: PaymentAsk | None = None,
) -> bytes:
    """Somasi ``number`` (I, II, III) for one customer: the overdue invoices, the amount
    demanded (with the late fee when one is owed under the owner's policy), the deadline, what
    follows if it passes, and the part not yet due named apart (it is not demanded).
    ``payment`` gives how to pay the amount demanded, printed at the end."""
    if number not in _SOMASI_TITLES:
        raise ValueError(f"a somasi is numbered 1 to {MAX_SOMASI}")
    statement = statement_rows(ledger, customer, as_of, edges)
    overdue = tuple(line for line in statement.lines if line.overdue > 0)
    later = sum((line.outstanding for line in statement.open_lines if line.overdue == 0), 0)
    demanded = replace(statement, lines=overdue)
    total = demanded.open_totals.outstanding
    fee = customer_late_fee(
        ledger.invoices_of(statement.customer), statement.customer, as_of, policy
    )
    when = format_date(deadline, lang=lang)
    if previous is None:
        intro = t("somasi.intro.first", lang, date=format_date(as_of, lang=lang))
    else:
        intro = t(
            "somasi.intro.again",
            lang,
            date=format_date(as_of, lang=lang),
            previous=previous.roman,
            previous_date=format_date(previous.on, lang=lang),
        )
    after = [
        t(
            "somasi.demand",
            lang,
            total=format_rupiah(total + fee),
            date=when,
            days=(deadline - as_of).days,
        )
    ]
    if fee:
        after.insert(0, _fee_sentence(fee, total, policy, lang))
    if later:
        after.append(t("somasi.not_due", lang, amount=format_rupiah(later)))
    after.append(t(_SOMASI_AFTER[number], lang, date=when))
    after.append(t("somasi.objection", lang, date=when))
    return letter_pdf(
        demanded,
        business=business,
        lang=lang,
        title_key=_SOMASI_TITLES[number],
        intro=intro,
        closing=t("somasi.closing", lang),
        after_table=after,
        show_aging=False,
        payment=payment(total + fee) if payment else None,
    )
