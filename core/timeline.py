"""A customer's whole story in date order: invoices, payments, contacts, promises, letters,
offers and agreements, for the customer's page."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, Final, Literal

from core.access import OWNER_AT_PC
from core.dates import format_date
from core.disputes import DISPUTE_REASON_KEYS, HOW_KEYS
from core.events import (
    CHANNEL_KEYS,
    OUTCOME_KEYS,
    Agreement,
    Contact,
    DisputeMark,
    DisputeResolution,
    Letter,
    ManualPayment,
    Offer,
    Somasi,
    amount_of,
)
from core.events.dispute import RESOLUTIONS
from core.events.letter import is_somasi
from core.history import PROMISE_KEYS, EventLike, promises, recorded_on
from core.i18n import CodeKeys, Lang, t
from core.ledger import CreditKind, CustomerKey, Ledger, invoice_label
from core.letters import somasi_numeral
from core.money import Amount, format_rupiah
from core.store import entered_by_hand

EntryKind = Literal[
    "invoice", "payment", "return", "contact", "promise", "letter", "offer", "agreement",
    "dispute", "other",
]  # fmt: skip
ENTRY_KIND_KEYS: Final = CodeKeys[EntryKind](
    EntryKind,
    {
        "invoice": "timeline.kind.invoice",
        "payment": "timeline.kind.payment",
        "return": "timeline.kind.return",
        "contact": "timeline.kind.contact",
        "promise": "timeline.kind.promise",
        "letter": "timeline.kind.letter",
        "offer": "timeline.kind.offer",
        "agreement": "timeline.kind.agreement",
        "dispute": "timeline.kind.dispute",
        "other": "timeline.kind.other",
    },
)
_CREDIT_LINE_KEYS: Final = CodeKeys[CreditKind](
    CreditKind,
    {
        "payment": "timeline.payment",
        "return": "timeline.return",
    },
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of the timeline."""

    on: date
    kind: EntryKind
    text: str
    amount: Amount | None = None
    entered: datetime | None = None  # when the owner typed it in; None for the book's rows
    event_id: int | None = None  # what the owner recorded: the event, which can be voided
    voided: bool = False  # voided by the owner: shown, counted for nothing


def timeline(
    ledger: Ledger, key: CustomerKey, events: Iterable[EventLike], as_of: date, lang: Lang = "id"
) -> list[Entry]:
    """Newest first by the day each is about (a record's business date, not when it was typed
    in): what was sold, paid, said, promised, sent and agreed.

    Events the owner voided may be among ``events``: they are shown as voided (with who and
    when) and count for nothing, a voided promise is judged no more.
    """
    entries: list[Entry] = []
    for inv in ledger.invoices_of(key):
        entries.append(
            Entry(
                inv.invoice_date or inv.due_date,
                "invoice",
                t("timeline.invoice", lang, number=invoice_label(inv.number, inv.due_source, lang),
                  due=format_date(inv.due_date, lang=lang)),
                inv.amount,
            )
        )  # fmt: skip
    for pay in ledger.payments:
        if entered_by_hand(pay):
            continue  # a payment entered by hand is on the timeline as its own event
        if pay.paid_on is not None and ledger.customer_of(pay) == key:
            line = t(_CREDIT_LINE_KEYS[pay.kind], lang, number=pay.invoice_number or "-")
            entries.append(Entry(pay.paid_on, pay.kind, line, pay.amount))
    mine = [e for e in events if e.customer_key == key]
    standing = [e for e in mine if _voided_at(e) is None]
    judged = {p.event_id: p for p in promises(standing, ledger, as_of)}
    for event in mine:
        entries.append(_event_entry(event, judged.get(event.id), lang))
    return sorted(entries, key=lambda e: (e.on, e.entered or datetime.min), reverse=True)


def _voided_at(event: EventLike) -> datetime | None:
    """When the event was voided; ``None`` while it stands (a plain ``EventLike`` always)."""
    found = getattr(event, "voided_at", None)
    return found if isinstance(found, datetime) else None


def _event_entry(event: EventLike, promise: Any, lang: Lang) -> Entry:
    line = _event_line(event, promise, lang)
    voided = _voided_at(event)
    if voided is not None:
        by = getattr(event, "voided_by", None)
        if not by or by == OWNER_AT_PC.username:  # the owner at the shop's computer
            by = t("timeline.owner", lang)
        when = f"{format_date(voided.date(), lang=lang)} {voided:%H:%M}"
        line = replace(line, text=t("timeline.voided", lang, text=line.text, by=by, at=when))
    return replace(line, entered=_naive(event.at), event_id=event.id, voided=voided is not None)


def _naive(at: datetime) -> datetime:
    """Entry times compare with one another whether or not they were saved with a zone."""
    return at.replace(tzinfo=None)


def _event_line(event: EventLike, promise: Any, lang: Lang) -> Entry:
    data = event.payload
    on = recorded_on(event)
    if event.kind == Contact.KIND:
        contact = Contact.decode(data)
        text = t(
            "timeline.contact",
            lang,
            channel=t(CHANNEL_KEYS[contact.channel], lang),
            outcome=t(OUTCOME_KEYS[contact.outcome], lang),
            by=contact.by or t("timeline.owner", lang),
        )
        if promise is not None:
            text += " " + t(
                "timeline.promise",
                lang,
                amount=format_rupiah(promise.amount),
                date=format_date(promise.due, lang=lang),
                status=t(PROMISE_KEYS[promise.status], lang),
            )
        if contact.note:
            text += f" — {contact.note}"
        return Entry(on, "promise" if promise is not None else "contact", text)
    if event.kind == Letter.KIND and is_somasi(data):
        somasi = Somasi.decode(data, on=on)
        roman = somasi_numeral(somasi.number if somasi else 0)
        shown = format_date(somasi.deadline, lang=lang) if somasi else "-"
        return Entry(on, "letter", t("timeline.somasi", lang, roman=roman, date=shown),
                     amount_of(data.get("total")))  # fmt: skip
    if event.kind == Letter.KIND:
        letter = Letter.decode(data)
        step = "-" if letter.step is None else str(letter.step)
        return Entry(on, "letter", t("timeline.letter", lang, step=step), letter.total)
    if event.kind == Offer.KIND:
        offer = Offer.from_event(event)
        shown = format_date(offer.valid_until, lang=lang)
        return Entry(on, "offer", t("timeline.offer", lang, date=shown), offer.pay_now)
    if event.kind == Agreement.KIND:
        return Entry(on, "agreement", t("timeline.agreement", lang), _agreed_total(data))
    if event.kind == ManualPayment.KIND:
        paid = ManualPayment.decode(data)
        if paid.kind == "return":
            return Entry(on, "return", t("timeline.manual_return", lang), paid.amount)
        return Entry(on, "payment", t("timeline.manual_payment", lang), paid.amount)
    if event.kind == DisputeMark.KIND:
        mark = DisputeMark.decode(data, on=on)
        reason = t(DISPUTE_REASON_KEYS[mark.known_reason or "short"], lang)
        return Entry(on, "dispute", t("timeline.dispute", lang, reason=reason))
    if event.kind == DisputeResolution.KIND:
        ended = DisputeResolution.decode(data, on=on)
        how = t(HOW_KEYS[ended.how if ended.how in RESOLUTIONS else "playbook"], lang)
        return Entry(on, "dispute", t("timeline.dispute_resolved", lang, how=how),
                     ended.credit or None)  # fmt: skip
    return Entry(on, "other", event.kind)


def _agreed_total(payload: Mapping[str, Any]) -> Amount:
    """An agreement's total (an early payload that is not a whole agreement names its
    ``total``)."""
    try:
        return Agreement.decode(payload).total
    except (KeyError, TypeError, ValueError):
        return amount_of(payload.get("total"))
