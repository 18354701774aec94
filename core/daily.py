"""Today's collection list: who to contact, at which playbook step, why, and what to say.

``daily_list`` ranks the customers with a balance by what matters: a promise falling due today,
broken promises, the amount overdue, how late. The CLI's ``actions`` and the "Hari Ini" page
are this function.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Final, Literal

from core.aging import days_past_due, overdue_amount
from core.dates import format_date
from core.disputes import DISPUTE_REASON_KEYS
from core.i18n import CodeKeys, Lang, t
from core.latefee import LateFeePolicy, customer_late_fee
from core.ledger import CustomerKey, Invoice, Ledger
from core.messages import Message, Templates, render_message, whatsapp_url
from core.money import Amount, format_rupiah, to_json_number
from core.phones import phones
from core.playbook import (
    MISSING_KEYS,
    STEP_NAME_KEYS,
    Choice,
    History,
    Rules,
    Standing,
    StepUse,
    base_step,
    choose_step,
    is_bad_payer,
    step_use,
)
from core.punctuality import PaidRecord, paid_records

PAY_BY_DAYS = 7
Section = Literal["todo", "contacted_today", "disputed", "waiting"]
SECTIONS: Final[tuple[Section, ...]] = ("todo", "contacted_today", "disputed", "waiting")


CONTACT_HOURS_SETTING: Final = "contact_hours"


@dataclass(frozen=True, slots=True)
class ContactHours:
    """When customers may be contacted: the weekdays (Monday 0 … Sunday 6) and the hours,
    from ``start`` up to ``end`` (Monday–Saturday, 08:00–20:00 unless the owner sets others).

    >>> hours = ContactHours()
    >>> hours.allows(datetime(2026, 11, 23, 8)), hours.allows(datetime(2026, 11, 23, 20))
    (True, False)
    >>> hours.allows(datetime(2026, 11, 29, 10))  # a Sunday
    False
    >>> hours.next_opening(datetime(2026, 11, 28, 21, 5))
    datetime.datetime(2026, 11, 30, 8, 0)
    """

    days: tuple[int, ...] = (0, 1, 2, 3, 4, 5)
    start: time = time(8)
    end: time = time(20)

    def allows(self, at: datetime) -> bool:
        return at.weekday() in self.days and self.start <= at.time() < self.end

    def next_opening(self, at: datetime) -> datetime | None:
        """The first moment from ``at`` on when contact is allowed (``None``: never)."""
        if self.allows(at):
            return at
        for ahead in range(8):
            day = at.date() + timedelta(days=ahead)
            opening = datetime.combine(day, self.start, tzinfo=at.tzinfo)
            if day.weekday() in self.days and self.start < self.end and opening >= at:
                return opening
        return None

    def closed_notice(self, at: datetime, lang: Lang = "id") -> str:
        """What the daily list says outside the hours: which they are, and when it opens.

        >>> ContactHours().closed_notice(datetime(2026, 11, 28, 21, 5)).split(": ")[1]
        'pesan WhatsApp dan e-mail baru ditawarkan lagi Senin 30 Nov 2026 08.00.'
        """
        opening = self.next_opening(at)
        if opening is None:
            return t("today.outside_hours_never", lang)
        day = t(WEEKDAY_KEYS[opening.weekday()], lang)
        when = f"{day} {format_date(opening.date(), lang=lang)} "
        when += self._clock(opening.time(), lang)
        return t("today.outside_hours", lang, hours=self.describe(lang), when=when)

    @staticmethod
    def _clock(value: time, lang: Lang) -> str:
        """'08.00' in Indonesian, '08:00' in English."""
        return f"{value:%H}{'.' if lang == 'id' else ':'}{value:%M}"

    def describe(self, lang: Lang = "id") -> str:
        """'Senin–Sabtu 08.00–20.00' (consecutive days as a range)."""
        names = [t(WEEKDAY_KEYS[d], lang) for d in sorted(self.days)]
        ordered = sorted(self.days)
        if len(ordered) > 2 and ordered == list(range(ordered[0], ordered[-1] + 1)):
            days = f"{names[0]}–{names[-1]}"
        else:
            days = ", ".join(names)
        return f"{days} {self._clock(self.start, lang)}–{self._clock(self.end, lang)}"

    @classmethod
    def from_setting(cls, raw: Mapping[str, Any] | None) -> ContactHours:
        """From the settings JSON; a missing or malformed value keeps its default."""
        base = cls()
        if not raw:
            return base
        try:
            days = tuple(sorted({int(d) for d in raw.get("days", base.days) if 0 <= int(d) <= 6}))
            start = time.fromisoformat(str(raw.get("start", base.start.isoformat())))
            end = time.fromisoformat(str(raw.get("end", base.end.isoformat())))
        except (TypeError, ValueError):
            return base
        return cls(days, start, end) if start < end else base

    def as_setting(self) -> dict[str, Any]:
        return {
            "days": list(self.days),
            "start": self.start.isoformat(timespec="minutes"),
            "end": self.end.isoformat(timespec="minutes"),
        }


# The names of the days, Monday (0) first, as ``date.weekday()`` counts them.
WEEKDAY_KEYS: Final = CodeKeys[int](
    tuple(range(7)),
    {
        0: "weekday.0", 1: "weekday.1", 2: "weekday.2", 3: "weekday.3", 4: "weekday.4",
        5: "weekday.5", 6: "weekday.6",
    },
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Action:
    """One customer on today's list (or waiting, when ``waiting_until`` is set)."""

    customer_key: CustomerKey
    name: str
    phone: str | None
    outstanding: Amount
    overdue: Amount
    days_late: int
    oldest_due: date
    as_of: date
    choice: Choice
    late_fee: int
    invoices: tuple[Invoice, ...]
    history: History = field(default_factory=History)
    bad_payer: bool = False
    staff: str | None = None  # the username of the staff account handling the customer
    staff_name: str = ""  # that account's display name, as the customer knows them
    standing: Standing = field(default_factory=Standing)
    title: str | None = None  # the owner's choice of address, over the guess from the name

    @property
    def step(self) -> int | None:
        return self.choice.step

    @property
    def needs_action(self) -> bool:
        return self.choice.needs_action

    @property
    def use(self) -> StepUse:
        """How today's step goes out: its channel, its letter, whether it claims the fee."""
        return step_use(self.step)

    @property
    def section(self) -> Section:
        """Where the daily list shows the customer: in dispute (heard, not chased), contacted
        today already (kept in sight instead of vanishing), to do, or waiting for a result."""
        if self.choice.disputed:
            return "disputed"
        if self.history.last_contact == self.as_of:
            return "contacted_today"
        return "todo" if self.needs_action else "waiting"

    def step_name(self, lang: Lang = "id") -> str:
        return step_name(self.step, lang)

    def reason(self, lang: Lang = "id") -> str:
        params = {k: _shown(k, v, lang) for k, v in self.choice.params.items()}
        if "step" in self.choice.params:
            params["step_name"] = step_name(int(self.choice.params["step"]), lang)
        said = t(self.choice.reason, lang, **params)
        if self.choice.missing is not None:
            said += " " + t(MISSING_KEYS[self.choice.missing], lang)
        return said

    @property
    def pay_by(self) -> date:
        """The day today's message asks payment by."""
        return self.as_of + timedelta(days=PAY_BY_DAYS)

    @property
    def amount_asked(self) -> Amount:
        """What today's message asks to be paid: the balance; from step 7, with the late fee,
        what is overdue today and the fee (as the firm notice and the letter demand it)."""
        if self._fee_asked:
            return overdue_amount(self.invoices, self.as_of) + self._fee_asked
        return self.outstanding

    @property
    def _fee_asked(self) -> int:
        return self.late_fee if self.use.late_fee else 0

    def message(
        self,
        lang: Lang = "id",
        *,
        business: str = "",
        templates: Templates | None = None,
        payment: str = "",
        at: time | None = None,
    ) -> Message:
        """The words for today's step, filled in with this customer's invoices; ``payment``
        (how to pay ``amount_asked``, ``core.payinfo``) ends it; ``at``, the time it is made,
        sets its greeting."""
        variant = zlib.crc32(self.customer_key.encode("utf-8")) + self.history.broken_promises
        return render_message(
            self.step or 1,
            name=self.name,
            invoices=self.invoices,
            as_of=self.as_of,
            lang=lang,
            business=business,
            late_fee=self._fee_asked,
            pay_by=self.pay_by,
            staff=self.staff_name,
            title=self.title,
            variant=variant,
            templates=templates,
            payment=payment,
            at=at,
        )

    def whatsapp(self, text: str) -> str | None:
        return whatsapp_url(self.phone, text)


def step_name(step: int | None, lang: Lang = "id") -> str:
    return t(STEP_NAME_KEYS[step], lang) if step is not None and step in STEP_NAME_KEYS else "—"


def _shown(key: str, value: Any, lang: Lang) -> Any:
    """A reason's parameter as the owner reads it: dates day first, amounts in rupiah, a
    dispute's reason in words."""
    if isinstance(value, date):
        return format_date(value, lang=lang)
    if key == "amount":
        return format_rupiah(value)
    if key == "dispute_reason":
        return t(DISPUTE_REASON_KEYS[value], lang)
    return value


def sections(actions: Sequence[Action]) -> dict[Section, list[Action]]:
    """The list split as the page shows it, each part in the list's order."""
    parts: dict[Section, list[Action]] = {section: [] for section in SECTIONS}
    for action in actions:
        parts[action.section].append(action)
    return parts


def rank_key(action: Action) -> tuple[Any, ...]:
    """Most urgent first: a promise due today, broken promises, money overdue, days late
    (the order Hari Ini states, ``today.intro``)."""
    promise_today = action.choice.promise_due_today
    return (
        not action.needs_action,
        not promise_today,
        -action.history.broken_promises,
        -action.overdue,
        -action.days_late,
        action.name,
    )


def daily_list(
    ledger: Ledger,
    as_of: date,
    *,
    histories: Mapping[CustomerKey, History] | None = None,
    rules: Rules | None = None,
    policy: LateFeePolicy | None = None,
    assignments: Mapping[str, str] | None = None,
    staff_names: Mapping[str, str] | None = None,
    titles: Mapping[CustomerKey, str] | None = None,
    include_waiting: bool = False,
    only: CustomerKey | None = None,
) -> list[Action]:
    """Every customer with a balance whose step applies today, most urgent first.

    ``assignments`` maps a customer key to the username handling it, ``staff_names`` a
    username to the display name the finance-staff step (6) speaks as; a customer without a
    named staff member skips that step. ``titles`` are the owner's forms of address by customer
    (``core.messages.SALUTATIONS_SETTING``). With ``include_waiting`` the customers waiting on a
    promise or a step's wait, or in dispute, come too (after the others), so the page can show
    them apart (``Action.section``).
    ``only`` limits the list to one customer (the customer's page asks for their step).
    """
    rules = rules or Rules()
    policy = policy or LateFeePolicy()
    histories = histories or {}
    assignments = assignments or {}
    staff_names = staff_names or {}
    records = paid_records(ledger)
    open_by_customer: defaultdict[CustomerKey, list[Invoice]] = defaultdict(list)
    for inv in ledger.invoices if only is None else ledger.invoices_of(only):
        if inv.outstanding > 0:
            open_by_customer[inv.customer_key].append(inv)
    actions: list[Action] = []
    for key, invoices in open_by_customer.items():
        oldest = min(inv.due_date for inv in invoices)
        days_late = days_past_due(oldest, as_of)
        history = histories.get(key, History())
        staff = assignments.get(key)
        record = records.get(key, PaidRecord())
        standing = Standing(
            staff_name=staff_names.get(staff, "") if staff else "",
            paid=record.known,
            paid_late=record.late,
        )
        choice = choose_step(days_late, oldest, history, rules, as_of, standing)
        if choice.step is None and not choice.disputed:
            continue
        if (choice.waiting_until is not None or choice.disputed) and not include_waiting:
            continue
        outstanding: Amount = sum((inv.outstanding for inv in invoices), 0)
        overdue = overdue_amount(invoices, as_of)
        actions.append(
            Action(
                customer_key=key,
                name=ledger.name_of(key),
                phone=ledger.phones.get(key),
                outstanding=outstanding,
                overdue=overdue,
                days_late=days_late,
                oldest_due=oldest,
                as_of=as_of,
                choice=choice,
                late_fee=customer_late_fee(invoices, key, as_of, policy),
                invoices=tuple(sorted(invoices, key=lambda i: (i.due_date, i.number))),
                history=history,
                bad_payer=is_bad_payer(standing, rules),
                staff=staff,
                staff_name=standing.staff_name,
                standing=standing,
                title=(titles or {}).get(key),
            )
        )
    return sorted(actions, key=rank_key)


def preview_action(ledger: Ledger, as_of: date, step: int | None = None) -> Action | None:
    """A customer to preview a message template with, as the daily list would have them with
    nothing tried yet: the first whose lateness puts them at ``step`` (step 1's "falls due
    soon" said of a debt not yet due), else the first customer who owes anything (the page
    then says the step does not fit them: ``Action.step``)."""
    oldest: dict[CustomerKey, date] = {}
    for inv in ledger.invoices:
        if inv.outstanding > 0:
            key = inv.customer_key
            oldest[key] = min(inv.due_date, oldest.get(key, date.max))
    if not oldest:
        return None
    rules = Rules()
    fitting = (
        key
        for key, due in oldest.items()
        if step is not None and base_step(days_past_due(due, as_of), rules) == step
    )
    chosen = next(fitting, next(iter(oldest)))
    found = daily_list(ledger, as_of, include_waiting=True, only=chosen)
    return found[0] if found else None


def overdue_listed(actions: Sequence[Action]) -> Amount:
    """What is overdue among ``actions`` (Hari Ini: the customers still to contact today, not
    the book's whole overdue, which Ringkasan shows)."""
    return sum((action.overdue for action in actions), 0)


def actions_payload(
    actions: Sequence[Action], lang: Lang = "id", *, business: str = ""
) -> list[dict[str, Any]]:
    """The pinned JSON of ``python -m core actions --json``."""
    rows = []
    for action in actions:
        text = action.message(lang, business=business).body
        rows.append(
            {
                "customer": action.name,
                "phone": action.phone,
                "outstanding": to_json_number(action.outstanding),
                "overdue": to_json_number(action.overdue),
                "days_late": action.days_late,
                "step": action.step,
                "step_name": action.step_name(lang),
                "reason": action.reason(lang),
                "message": text,
                "whatsapp_url": action.whatsapp(text),
                "phones": [phone.as_dict(text) for phone in phones(action.phone)],
                "late_fee": action.late_fee,
                "bad_payer": action.bad_payer,
            }
        )
    return rows
