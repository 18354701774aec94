"""A customer's timeline (core/timeline.py): the book's invoices and dated payments and what the
owner recorded, newest first by the day each is about, only that customer's, a promise with
its standing, a voided record shown as voided with who and when."""

from __future__ import annotations

from datetime import date, datetime

from core.events import Contact, ManualPayment
from core.store import Event
from core.timeline import timeline
from tests.factories import book, invoice, payment

TODAY = date(2026, 11, 23)
LEDGER = book(
    invoice("F1", "Toko A", 1_000_000, due=date(2026, 10, 1), issued=date(2026, 9, 1)),
    invoice("F2", "Toko B", 700_000, due=date(2026, 10, 5)),
    payment(400_000, date(2026, 10, 20), "F1"),
    payment(50_000, None, "F1"),  # no date: nothing to place it on
)


def contact(event_id: int, on: date, customer: str = "toko a", **fields: object) -> Event:
    fields = {"channel": "phone", "outcome": "no_answer", **fields}
    made = Contact(customer="Toko A", on=on, **fields)  # type: ignore[arg-type]
    return Event(event_id, Contact.KIND, customer, datetime(2026, 11, 23, 9), made.encode())


def test_the_book_and_the_records_newest_first_by_their_own_day() -> None:
    events = [contact(1, date(2026, 11, 2)), contact(2, date(2026, 11, 5), customer="toko b")]
    entries = timeline(LEDGER, "toko a", events, TODAY)
    assert [(e.on, e.kind) for e in entries] == [
        (date(2026, 11, 2), "contact"),
        (date(2026, 10, 20), "payment"),
        (date(2026, 9, 1), "invoice"),
    ]
    invoice_line, paid_line = entries[2], entries[1]
    assert "F1" in invoice_line.text and invoice_line.amount == 1_000_000
    assert paid_line.amount == 400_000 and paid_line.event_id is None
    assert entries[0].event_id == 1 and entries[0].entered == datetime(2026, 11, 23, 9)


def test_a_promise_says_its_amount_day_and_standing_in_either_language() -> None:
    promised = contact(3, date(2026, 11, 10), outcome="promised",
                       promise_date=date(2026, 11, 15), promise_amount=300_000)  # fmt: skip
    [entry] = [e for e in timeline(LEDGER, "toko a", [promised], TODAY) if e.event_id]
    assert entry.kind == "promise"
    assert "Rp 300.000" in entry.text and "15 Nov 2026" in entry.text
    english = [e for e in timeline(LEDGER, "toko a", [promised], TODAY, "en") if e.event_id]
    assert english[0].text != entry.text and "Rp 300.000" in english[0].text


def test_a_payment_entered_by_hand_and_a_voided_one() -> None:
    paid = ManualPayment(customer="Toko A", amount=250_000, paid_on=date(2026, 11, 12))
    standing = Event(4, ManualPayment.KIND, "toko a", datetime(2026, 11, 12, 8), paid.encode())
    voided = Event(5, ManualPayment.KIND, "toko a", datetime(2026, 11, 13, 8), paid.encode(),
                   voided_at=datetime(2026, 11, 14, 16, 30), voided_by="andi")  # fmt: skip
    entries = [e for e in timeline(LEDGER, "toko a", [standing, voided], TODAY) if e.event_id]
    by_id = {e.event_id: e for e in entries}
    assert by_id[4].kind == "payment" and by_id[4].amount == 250_000 and not by_id[4].voided
    assert by_id[5].voided and "andi" in by_id[5].text and "16:30" in by_id[5].text
    assert by_id[4].text in by_id[5].text  # what it was, then who voided it and when


def test_another_customers_key_sees_none_of_it() -> None:
    assert timeline(LEDGER, "toko c", [contact(1, date(2026, 11, 2))], TODAY) == []
