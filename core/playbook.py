"""The ten-step collection playbook as rules: which step applies to a customer today, and why.

One table (``Rules``) holds every threshold and wait; the owner reads and edits it on the
settings page. ``choose_step`` applies it to how late a customer's oldest unpaid invoice is and
to what has been tried (``History``): a step that got no result within its wait moves the
customer on, a kept promise or a payment moves them back to where their lateness puts them, a
customer more than 90 days late with no agreement in force is at step 7 or later. A customer
in dispute (``History.dispute``) is out of the escalation until the dispute is resolved.

Some steps only fit when the facts allow them (``STEP_NEEDS``): humour (4) needs an earlier
contact or a broken promise, else the customer gets the plain due-date reminder (3); the finance
staff step (6) needs a named staff member handling the customer, else the playbook moves on to
7; the firmer-credit flag (10) needs enough paid history (``Standing``) that mostly came late.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta
from itertools import pairwise
from typing import Any, Final, Literal

from core.events import Channel
from core.i18n import CodeKeys

STEP_KEYS: Final[dict[int, str]] = {
    1: "check_in",
    2: "invoice_received",
    3: "due_reminder",
    4: "humour",
    5: "written",
    6: "finance_staff",
    7: "firm",
    8: "agreement",
    9: "discount",
    10: "firmer_credit",
}
FIRM: Final = 7
LAST_STEP: Final = 9  # step 10 is a flag on the customer, not a contact
FLAG_STEP: Final = 10
# Each step's name and what it asks of the owner, as the settings and the daily list show them.
STEP_NAME_KEYS: Final = CodeKeys[int](
    tuple(STEP_KEYS),
    {
        1: "step.1",
        2: "step.2",
        3: "step.3",
        4: "step.4",
        5: "step.5",
        6: "step.6",
        7: "step.7",
        8: "step.8",
        9: "step.9",
        10: "step.10",
    },
)
STEP_DESC_KEYS: Final = CodeKeys[int](
    tuple(STEP_KEYS),
    {
        1: "step.1.desc",
        2: "step.2.desc",
        3: "step.3.desc",
        4: "step.4.desc",
        5: "step.5.desc",
        6: "step.6.desc",
        7: "step.7.desc",
        8: "step.8.desc",
        9: "step.9.desc",
        10: "step.10.desc",
    },
)

Need = Literal["earlier_contact", "named_staff", "paid_history"]
MISSING_KEYS: Final = CodeKeys[Need](
    Need,
    {
        "earlier_contact": "reason.missing.earlier_contact",
        "named_staff": "reason.missing.named_staff",
        "paid_history": "reason.missing.paid_history",
    },
)
PROMISE_TODAY: Final = "reason.promise_today"
LetterKind = Literal["reminder", "firm"]


@dataclass(frozen=True, slots=True)
class StepUse:
    """How a step is carried out: the channel it goes by, the letter it sends (a reminder, or
    the firm notice), and whether it claims the late fee (from the firm notice on)."""

    channel: Channel
    letter: LetterKind | None = None
    late_fee: bool = False


STEP_USE: Final[dict[int, StepUse]] = {
    1: StepUse("phone"),
    2: StepUse("phone"),
    3: StepUse("whatsapp"),
    4: StepUse("whatsapp"),
    5: StepUse("letter", letter="reminder"),
    6: StepUse("phone"),
    7: StepUse("letter", letter="firm", late_fee=True),
    8: StepUse("phone", late_fee=True),
    9: StepUse("phone", late_fee=True),
    10: StepUse("phone", late_fee=True),
}
NO_STEP: Final = StepUse("phone")


def step_use(step: int | None) -> StepUse:
    """How ``step`` is carried out (a plain call when there is no step)."""
    return STEP_USE.get(step, NO_STEP) if step is not None else NO_STEP


@dataclass(frozen=True, slots=True)
class StepNeed:
    """What a step needs before it applies, and the step taken instead when it is missing
    (``None``: the step is a flag and is simply not raised)."""

    need: Need
    instead: int | None


STEP_NEEDS: Final[dict[int, StepNeed]] = {
    4: StepNeed("earlier_contact", 3),  # a joke to someone never contacted reads as mockery
    6: StepNeed("named_staff", 7),  # nobody to hand it to: the next step
    10: StepNeed("paid_history", None),  # "pays late" only from enough paid invoices
}


@dataclass(frozen=True, slots=True)
class Rules:
    """Every threshold of the playbook, in days. Lateness is days past the oldest unpaid due date.

    Without history: from ``due_soon_days`` before the due date the customer gets step 1 (the
    friendly check-in), the day before step 2 ("did the invoice reach you?"), on the due date
    step 3; then step 4 up to ``humour_until`` days late, 5 up to ``written_until``, 6 up to
    ``staff_until``, 7 up to ``firm_until``, 8 up to ``agreement_until``, 9 beyond.
    """

    due_soon_days: int = 3
    humour_until: int = 14
    written_until: int = 30
    staff_until: int = 60
    firm_until: int = 90
    agreement_until: int = 180
    # How long to wait for a result after each step before moving on.
    waits: dict[int, int] = field(
        default_factory=lambda: {1: 2, 2: 2, 3: 3, 4: 5, 5: 7, 6: 7, 7: 7, 8: 14, 9: 14}
    )
    # Step 10, firmer credit: at least this many paid invoices whose payment day is known,
    # most of them paid after their due date.
    bad_payer_min_paid: int = 3
    # Agreements: remind this many days before an instalment falls due.
    instalment_reminder_days: int = 3

    def wait(self, step: int) -> int:
        return self.waits.get(step, 7)

    @classmethod
    def from_setting(cls, raw: Mapping[str, Any] | None) -> Rules:
        """From the settings JSON; a missing or malformed value keeps its default."""
        base = cls()
        if not raw:
            return base
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name == "waits" or f.name not in raw:
                continue
            try:
                values[f.name] = max(0, int(raw[f.name]))
            except (TypeError, ValueError):
                continue
        waits = dict(base.waits)
        for key, value in (raw.get("waits") or {}).items():
            try:
                waits[int(key)] = max(0, int(value))
            except (TypeError, ValueError):
                continue
        rules = replace(base, waits=waits, **values)
        return rules if rules.is_ordered() else base

    def as_setting(self) -> dict[str, Any]:
        data: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self)}
        data["waits"] = {str(k): v for k, v in self.waits.items()}
        return data

    def is_ordered(self) -> bool:
        """Thresholds must grow: humour < written < staff < firm < agreement."""
        edges = (self.humour_until, self.written_until, self.staff_until, self.firm_until,
                 self.agreement_until)  # fmt: skip
        return all(a < b for a, b in pairwise(edges)) and edges[0] >= 1


def base_step(days_late: int, rules: Rules) -> int | None:
    """The step lateness alone calls for; ``None`` while the due date is still further off.

    >>> [base_step(d, Rules()) for d in (-10, -3, -1, 0, 5, 20, 45, 75, 120, 200)]
    [None, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    """
    if days_late < -rules.due_soon_days:
        return None
    if days_late <= -2:
        return 1
    if days_late == -1:
        return 2
    if days_late == 0:
        return 3
    for step, until in (
        (4, rules.humour_until),
        (5, rules.written_until),
        (6, rules.staff_until),
        (7, rules.firm_until),
        (8, rules.agreement_until),
    ):
        if days_late <= until:
            return step
    return 9


@dataclass(frozen=True, slots=True)
class History:
    """What has been tried with one customer, as the daily list needs it."""

    last_step: int | None = None  # the step of the last contact
    last_contact: date | None = None
    paid_since_last_contact: bool = False
    promise_date: date | None = None  # an open promise (not yet due, or due today)
    promise_amount: int = 0
    broken_promises: int = 0
    last_broken: date | None = None  # the date of the latest broken promise
    kept_promises: int = 0
    agreement_in_force: bool = False
    instalment_due: tuple[int, date, int] | None = None  # (no, due date, amount) coming up
    instalment_missed: tuple[int, date, int] | None = None
    offer_until: date | None = None  # an open settlement offer, valid until
    # An open dispute (core.disputes): its reason code and since when. While it is open the
    # customer is heard, not chased: the escalation stops.
    dispute: str | None = None
    dispute_since: date | None = None
    # The latest letter made for them before the day (a reminder, the firm notice, a somasi):
    # a letter of the day itself may be the one being made.
    last_letter: date | None = None

    @property
    def contacted(self) -> bool:
        """Whether an earlier contact is on record: a contact logged, or a promise broken."""
        return self.last_contact is not None or self.broken_promises > 0

    @property
    def reminded(self) -> bool:
        """Whether a reminder before today is on record, what a letter may say was done: an
        earlier contact (``contacted``), or a letter made for them on an earlier day."""
        return self.contacted or self.last_letter is not None

    @property
    def given_time(self) -> bool:
        """Whether more time to pay was given on record ("kelonggaran waktu"): a promise to pay
        accepted (still open, kept or broken), or a payment agreement in force."""
        promised = self.promise_date is not None or self.broken_promises or self.kept_promises
        return bool(promised) or self.agreement_in_force


@dataclass(frozen=True, slots=True)
class Standing:
    """What the ledger and the assignments show beyond ``History``: whether a named staff
    member handles the customer, and how the invoices already paid were paid (only those
    whose payment day is known count)."""

    staff_name: str = ""
    paid: int = 0
    paid_late: int = 0


def has_need(need: Need, history: History, standing: Standing, rules: Rules) -> bool:
    """Whether the facts allow a step that needs ``need``."""
    if need == "earlier_contact":
        return history.contacted
    if need == "named_staff":
        return bool(standing.staff_name.strip())
    return standing.paid >= rules.bad_payer_min_paid


def applicable_step(step: int, history: History, standing: Standing, rules: Rules) -> int:
    """The step itself when its needs are met, else the step the table puts instead (which
    may need something in turn).

    >>> nothing = (History(), Standing(), Rules())
    >>> applicable_step(4, *nothing), applicable_step(6, *nothing), applicable_step(5, *nothing)
    (3, 7, 5)
    """
    seen: set[int] = set()
    while step in STEP_NEEDS and step not in seen:
        seen.add(step)
        rule = STEP_NEEDS[step]
        if rule.instead is None or has_need(rule.need, history, standing, rules):
            return step
        step = rule.instead
    return step


@dataclass(frozen=True, slots=True)
class Choice:
    """The step for today (``None``: nothing to do today) and the reason, as a message key."""

    step: int | None
    reason: str
    params: dict[str, Any] = field(default_factory=dict)
    waiting_until: date | None = None
    # The step the rules called for when its needs were missing (``STEP_NEEDS``), so the
    # owner can read why another one came instead.
    instead_of: int | None = None
    # In dispute: no step until the dispute is resolved.
    disputed: bool = False

    @property
    def promise_due_today(self) -> bool:
        """A promise to pay falls due today: the most urgent kind of call."""
        return self.reason == PROMISE_TODAY

    @property
    def missing(self) -> Need | None:
        """What the step the rules called for lacked, if another came instead."""
        return STEP_NEEDS[self.instead_of].need if self.instead_of in STEP_NEEDS else None

    @property
    def needs_action(self) -> bool:
        return self.step is not None and self.waiting_until is None and not self.disputed


def choose_step(
    days_late: int,
    due: date,
    history: History,
    rules: Rules,
    as_of: date,
    standing: Standing | None = None,
) -> Choice:
    """Apply the rules to one customer: lateness first, then what has been tried, then what
    each step needs (``STEP_NEEDS``)."""
    choice = _choose(days_late, due, history, rules, as_of)
    if choice.step is None:
        return choice
    step = applicable_step(choice.step, history, standing or Standing(), rules)
    return choice if step == choice.step else replace(choice, step=step, instead_of=choice.step)


def _choose(days_late: int, due: date, history: History, rules: Rules, as_of: date) -> Choice:
    base = base_step(days_late, rules)
    h = history
    if h.dispute is not None:
        params = {"dispute_reason": h.dispute, "date": h.dispute_since or as_of}
        return Choice(None, "reason.dispute", params, disputed=True)
    if h.instalment_missed is not None:
        no, when, amount = h.instalment_missed
        step = max(base or 0, 9 if (base or 0) >= 8 else FIRM)
        return Choice(step, "reason.instalment_missed", {"no": no, "date": when, "amount": amount})
    if h.agreement_in_force:
        if h.instalment_due is not None:
            no, when, amount = h.instalment_due
            return Choice(8, "reason.instalment_soon", {"no": no, "date": when, "amount": amount})
        return Choice(8, "reason.agreement_running", {}, waiting_until=as_of + timedelta(days=1))
    if base is None and h.promise_date is None:
        return Choice(None, "reason.not_due", {"date": due})
    step = base or 1
    reason, params = _lateness_reason(days_late, due)
    waiting: date | None = None
    if h.promise_date is not None and h.promise_date >= as_of:
        if h.promise_date == as_of:
            return Choice(max(step, h.last_step or step), PROMISE_TODAY,
                          {"date": h.promise_date, "amount": h.promise_amount})  # fmt: skip
        waiting = h.promise_date
        reason, params = "reason.promise_pending", {"date": h.promise_date}
    elif h.last_broken is not None and (h.last_contact is None or h.last_broken >= h.last_contact):
        step = min(LAST_STEP, max(step, (h.last_step or step) + 1))
        reason, params = "reason.promise_broken", {"date": h.last_broken}
    elif h.last_step is not None and h.last_contact is not None and not h.paid_since_last_contact:
        next_due = h.last_contact + timedelta(days=rules.wait(h.last_step))
        if as_of < next_due:
            step = max(step, h.last_step)
            waiting = next_due
            reason, params = "reason.waiting", {"step": h.last_step, "date": next_due}
        elif h.last_step >= step:
            step = min(LAST_STEP, h.last_step + 1)
            reason = "reason.no_result"
            params = {"step": h.last_step, "days": (as_of - h.last_contact).days}
    elif h.paid_since_last_contact and h.last_step is not None:
        reason, params = "reason.paid_since", {"days": days_late}
    if days_late > rules.firm_until and step < FIRM:
        step = FIRM
        reason, params = "reason.over_90", {"days": days_late}
    if h.offer_until is not None and h.offer_until >= as_of and waiting is None:
        reason, params = "reason.offer_open", {"date": h.offer_until}
        step = max(step, 9)
    return Choice(step, reason, params, waiting)


def _lateness_reason(days_late: int, due: date) -> tuple[str, dict[str, Any]]:
    """The reason's key and its figures; one day is said in the singular ("1 day late")."""
    if days_late == -1:
        return "reason.due_soon.one", {"date": due, "days": 1}
    if days_late < 0:
        return "reason.due_soon", {"date": due, "days": -days_late}
    if days_late == 0:
        return "reason.due_today", {"date": due}
    if days_late == 1:
        return "reason.late.one", {"date": due, "days": 1}
    return "reason.late", {"date": due, "days": days_late}


def is_bad_payer(standing: Standing, rules: Rules) -> bool:
    """Step 10: be firmer about new credit with this customer, who paid most of their invoices
    late; never said without enough paid history (``STEP_NEEDS[10]``).

    >>> is_bad_payer(Standing(paid=3, paid_late=2), Rules())
    True
    >>> is_bad_payer(Standing(paid=2, paid_late=2), Rules())
    False
    """
    if not has_need(STEP_NEEDS[FLAG_STEP].need, History(), standing, rules):
        return False
    return 2 * standing.paid_late > standing.paid
