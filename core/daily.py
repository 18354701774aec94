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
from datetime import date, timedelta
from typing import Any

from core.dates import format_date
from core.i18n import Lang, t
from core.latefee import LateFeePolicy, customer_late_fee
from core.ledger import CustomerKey, Invoice, Ledger
from core.messages import Message, Templates, render_message, whatsapp_url
from core.money import Amount, format_rupiah, to_json_number
from core.playbook import (
    STEP_KEYS,
    Choice,
    History,
    Rules,
    Standing,
    choose_step,
    is_bad_payer,
)
from core.punctuality import PaidRecord, paid_records

PAY_BY_DAYS = 7


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

    def step_name(self, lang: Lang = "id") -> str:
        return step_name(self.step, lang)

    def reason(self, lang: Lang = "id") -> str:
        params = {k: _shown(k, v, lang) for k, v in self.choice.params.items()}
        if "step" in self.choice.params:
            params["step_name"] = step_name(int(self.choice.params["step"]), lang)
        said = t(self.choice.reason, lang, **params)
        if self.choice.missing is not None:
            said += " " + t(f"reason.missing.{self.choice.missing}", lang)
        return said

    def message(
        self, lang: Lang = "id", *, business: str = "", templates: Templates | None = None
    ) -> Message:
        """The words for today's step, filled in with this customer's invoices."""
        variant = zlib.crc32(self.customer_key.encode("utf-8")) + self.history.broken_promises
        return render_message(
            self.step or 1,
            name=self.name,
            invoices=self.invoices,
            as_of=self.as_of,
            lang=lang,
            business=business,
            late_fee=self.late_fee if (self.step or 0) >= 7 else 0,
            pay_by=self.as_of + timedelta(days=PAY_BY_DAYS),
            staff=self.staff_name,
            title=self.title,
            variant=variant,
            templates=templates,
        )

    def whatsapp(self, text: str) -> str | None:
        return whatsapp_url(self.phone, text)


def step_name(step: int | None, lang: Lang = "id") -> str:
    return t(f"step.{step}", lang) if step in STEP_KEYS else "—"


def _shown(key: str, value: Any, lang: Lang) -> Any:
    """A reason's parameter as the owner reads it: dates day first, amounts in rupiah."""
    if isinstance(value, date):
        return format_date(value, lang=lang)
    if key == "amount":
        return format_rupiah(value)
    return value


def rank_key(action: Action) -> tuple[Any, ...]:
    """Most urgent first: a promise due today, broken promises, money overdue, days late."""
    promise_today = action.choice.reason == "reason.promise_today"
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
    promise or a step's wait come too (after the others), so the page can show them apart.
    ``only`` limits the list to one customer (the customer's page asks for their step).
    """
    rules = rules or Rules()
    policy = policy or LateFeePolicy()
    histories = histories or {}
    assignments = assignments or {}
    staff_names = staff_names or {}
    records = paid_records(ledger)
    open_by_customer: defaultdict[CustomerKey, list[Invoice]] = defaultdict(list)
    for inv in ledger.invoices:
        if inv.outstanding > 0 and (only is None or inv.customer_key == only):
            open_by_customer[inv.customer_key].append(inv)
    actions: list[Action] = []
    for key, invoices in open_by_customer.items():
        oldest = min(inv.due_date for inv in invoices)
        days_late = (as_of - oldest).days
        history = histories.get(key, History())
        staff = assignments.get(key)
        record = records.get(key, PaidRecord())
        standing = Standing(
            staff_name=staff_names.get(staff, "") if staff else "",
            paid=record.known,
            paid_late=record.late,
        )
        choice = choose_step(days_late, oldest, history, rules, as_of, standing)
        if choice.step is None or (choice.waiting_until is not None and not include_waiting):
            continue
        outstanding: Amount = sum((inv.outstanding for inv in invoices), 0)
        overdue: Amount = sum((inv.outstanding for inv in invoices if inv.due_date < as_of), 0)
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
                "late_fee": action.late_fee,
                "bad_payer": action.bad_payer,
            }
        )
    return rows
