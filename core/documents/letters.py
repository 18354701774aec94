"""The written reminder (surat tagihan, step 5), the firm notice with the late fee (step 7),
and the somasi I, II and III, the formal demand letters after it.

All are letters in the statement's layout (``core.documents.statement.letter_pdf``): the
business, the customer, the unpaid invoices with due dates and amounts, the total, a request
with a pay-by date; for step 7 and the somasi the late fee stated apart from the debt. Which
somasi a customer gets, and how it is recorded, is ``core.letters``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Final

from core.aging import DEFAULT_EDGES, overdue_amount
from core.daily import PAY_BY_DAYS
from core.dates import format_date
from core.documents.base import BusinessInfo
from core.documents.statement import letter_pdf
from core.events.letter import MAX_SOMASI
from core.i18n import CodeKeys, Lang, t
from core.latefee import LateFeePolicy, customer_late_fee
from core.ledger import CustomerKey, Ledger
from core.letters import SomasiSent
from core.messages import title_of
from core.money import Amount, format_rupiah
from core.payinfo import PaymentAsk
from core.playbook import History, LetterKind
from core.statement import StatementLine, statement_rows

_SOMASI_TITLES: Final = {1: "somasi.title.1", 2: "somasi.title.2", 3: "somasi.title.3"}
_SOMASI_AFTER: Final = {1: "somasi.after.1", 2: "somasi.after.2", 3: "somasi.after.3"}
# A reminder letter and the firm notice: the title and the closing of each.
_TITLE_KEYS: Final = CodeKeys[LetterKind](
    LetterKind, {"reminder": "letter.title.reminder", "firm": "letter.title.firm"}
)
_CLOSING_KEYS: Final = CodeKeys[LetterKind](
    LetterKind, {"reminder": "letter.closing.reminder", "firm": "letter.closing.firm"}
)
# What the firm notice and somasi I say was done before, by what is on record (reminded, time
# given); nothing when neither is.
_TOLD_KEYS: Final = {
    (True, True): "letter.told.both",
    (True, False): "letter.told.reminded",
    (False, True): "letter.told.time",
}


class NothingOverdueError(ValueError):
    """A notice of overdue payment for a customer with nothing past due: it would be false."""


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
    title: str | None = None,
    history: History = History(),
) -> bytes:
    """The reminder letter for one customer; ``firm`` for step 7, with the late fee.

    Every open invoice is listed; the letter asks by its pay-by date only what is overdue
    today (``core.aging.overdue_amount``, the split the messages make), with the late fee on
    it when one is owed, and names the part not yet due apart, each invoice with its own due
    date. With nothing overdue, the reminder says when each falls due and asks nothing before
    then, and the firm notice is not made (``NothingOverdueError``). ``payment`` gives how to
    pay what the letter asks (the balance, when it asks nothing by a date), printed at the
    end with its QR. ``title`` is the owner's form of address for the customer, as the
    messages take it (``core.messages.title_of``). ``history`` is what is on record with the
    customer: the firm notice says it reminded them, or gave them more time, only when it
    shows so (``told``).
    """
    statement = statement_rows(ledger, customer, as_of, edges)
    deadline = pay_by or as_of + timedelta(days=PAY_BY_DAYS)
    mine = ledger.invoices_of(statement.customer)
    late = overdue_amount(mine, as_of)
    total = statement.open_totals.outstanding
    when = format_date(as_of, lang=lang)
    sebutan = title_of(statement.name, lang, title)
    if not late:
        if firm:
            raise NothingOverdueError(
                t("letter.nothing_overdue", lang, name=statement.name, date=when)
            )
        first = min(line.due_date for line in statement.open_lines)
        closing = t(
            "letter.closing.upcoming",
            lang,
            title=sebutan,
            total=format_rupiah(total),
            date=format_date(first, lang=lang),
        )
        return letter_pdf(
            statement, business=business, lang=lang, title_key="letter.title.upcoming",
            intro=t("letter.intro.upcoming", lang, date=when), closing=closing,
            show_aging=False, payment=payment(total) if payment else None,
        )  # fmt: skip
    kind: LetterKind = "firm" if firm else "reminder"
    later = [line for line in statement.open_lines if line.overdue == 0]
    after = [_not_due_sentence(later, lang)] if later else []
    fee = customer_late_fee(mine, statement.customer, as_of, policy) if firm else 0
    if fee:  # a fee only when one is owed under the owner's policy: never "a fee of Rp 0"
        after.insert(0, _fee_sentence(fee, late, policy, lang))
    said = told(history, lang)
    if firm and later:
        key = "letter.intro.firm_part.told" if said else "letter.intro.firm_part"
        intro = t(key, lang, date=when, late=format_rupiah(late), told=said)
    elif firm:
        key = "letter.intro.firm.told" if said else "letter.intro.firm"
        intro = t(key, lang, date=when, told=said)
    else:
        intro = t("letter.intro.reminder", lang, date=when)
    closing = t(
        _CLOSING_KEYS[kind if fee else "reminder"],
        lang,
        title=sebutan,
        total=format_rupiah(late),
        date=format_date(deadline, lang=lang),
    )
    return letter_pdf(
        statement,
        business=business,
        lang=lang,
        title_key=_TITLE_KEYS[kind],
        intro=intro,
        closing=closing,
        after_table=after,
        show_aging=False,
        payment=payment(late + fee) if payment else None,
    )


def told(history: History, lang: Lang) -> str:
    """What a letter may say was done before, only what ``history`` shows ("kami sudah
    mengingatkan sebelumnya dan memberikan kelonggaran waktu"); "" when nothing is on record.

    >>> told(History(), "id"), told(History(agreement_in_force=True), "en")
    ('', 'we have already allowed extra time')
    """
    key = _TOLD_KEYS.get((history.reminded, history.given_time))
    return t(key, lang) if key else ""


def _not_due_sentence(lines: Sequence[StatementLine], lang: Lang) -> str:
    """The part not yet due, named apart: its amount, each invoice with its own due date."""
    named = "; ".join(
        t(
            "letter.not_due_item",
            lang,
            number=line.label(lang, t("letter.no_number", lang)),
            date=format_date(line.due_date, lang=lang),
        )
        for line in lines
    )
    amount = sum((line.outstanding for line in lines), 0)
    return t("letter.not_due", lang, amount=format_rupiah(amount), invoices=named)


def _fee_sentence(fee: Amount, total: Amount, policy: LateFeePolicy, lang: Lang) -> str:
    """The late fee stated apart from the debt, and what is owed with it."""
    return t(
        "letter.fee",
        lang,
        fee=format_rupiah(fee),
        total=format_rupiah(total + fee),
        grace=policy.grace_days,
    )


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
    history: History = History(),
) -> bytes:
    """Somasi ``number`` (I, II, III) for one customer: the overdue invoices, the amount
    demanded (with the late fee when one is owed under the owner's policy), the deadline, what
    follows if it passes, and the part not yet due named apart (it is not demanded).
    ``payment`` gives how to pay the amount demanded, printed at the end. Somasi I says the
    customer was reminded, or given more time, only when ``history`` shows so (``told``); a
    later one names the somasi before it."""
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
        said = told(history, lang)
        key = "somasi.intro.first.told" if said else "somasi.intro.first"
        intro = t(key, lang, date=format_date(as_of, lang=lang), told=said)
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
