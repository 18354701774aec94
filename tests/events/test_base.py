"""Typed events: each kind writes its payload, reads it back, checks its fields; one token."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.bankstatement import Credit
from core.events import (
    CHANNELS,
    OUTCOMES,
    Agreement,
    AgreementError,
    BankCredit,
    Contact,
    DisputeMark,
    DisputeResolution,
    EventError,
    Letter,
    ManualPayment,
    Offer,
    Record,
    Somasi,
    amount_of,
    business_day,
    decode,
    event_token,
    rewrite,
    write,
)
from core.events.agreement import AgreedInvoice, Instalment, Schedule
from core.events.dispute import DisputeError
from core.ledger import CustomerKey
from core.store import Store

DAY = date(2026, 11, 23)
amounts = st.one_of(
    st.integers(min_value=1, max_value=10**13),
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal(10**9), places=2).map(
        lambda d: d if d != d.to_integral_value() else int(d)
    ),
)
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


@given(
    channel=st.sampled_from(CHANNELS),
    outcome=st.sampled_from(OUTCOMES),
    step=st.one_of(st.none(), st.integers(1, 10)),
    note=st.text(max_size=40),
    promise_date=days,
    promise_amount=amounts,
    outstanding=amounts,
    on=days,
)
def test_a_contact_reads_back_as_written(
    channel: str,
    outcome: str,
    step: int | None,
    note: str,
    promise_date: date,
    promise_amount: int | Decimal,
    outstanding: int | Decimal,
    on: date,
) -> None:
    promised = outcome == "promised"
    record = Contact(
        "Toko A", channel, outcome, step, "Andi", note,
        promise_date if promised else None, promise_amount if promised else 0, outstanding, on,
    )  # fmt: skip
    record.validate()
    assert Contact.decode(record.encode()) == record


@given(amount=amounts, paid_on=days, number=st.text(max_size=12))
def test_a_manual_payment_reads_back_as_written(
    amount: int | Decimal, paid_on: date, number: str
) -> None:
    record = ManualPayment("Toko A", amount, paid_on, number)
    record.validate()
    payload = record.encode()
    assert isinstance(payload["amount"], str)  # exact text, never a JSON float
    assert ManualPayment.decode(payload) == record


def test_a_letter_reads_back_as_written() -> None:
    record = Letter("Toko A", 7, Decimal("1250000.50"), DAY)
    assert record.encode()["total"] == "1250000.50"
    assert Letter.decode(record.encode()) == record


@pytest.mark.parametrize(
    ("record", "code"),
    [
        (Contact("A", "pigeon", "no_answer"), "channel"),
        (Contact("A", "phone", "maybe"), "outcome"),
        (Contact("A", "phone", "promised", promise_amount=5), "promise_needs"),
        (Contact("A", "phone", "promised", promise_date=DAY), "promise_needs"),
        (ManualPayment("A", 0, DAY), "payment_zero"),
        (ManualPayment("A", -5, DAY), "payment_zero"),
        (ManualPayment("A", 5, None), "payment_date"),
        (Letter("A", 5, -1), "negative"),
    ],
)
def test_what_cannot_be_saved_says_why(record: Contact | ManualPayment | Letter, code: str) -> None:
    with pytest.raises(EventError) as error:
        record.validate()
    assert error.value.code == code
    assert error.value.message("id") and error.value.message("en")


def test_older_payloads_read_with_defaults() -> None:
    """Rows saved before a field existed, or by hand, still read."""
    assert Contact.decode({"outcome": "promised"}) == Contact("", "phone", "promised")
    assert Contact.decode({"step": "4"}).step == 4
    assert Contact.decode({"step": True}).step is None
    assert ManualPayment.decode({"amount": "524000.50"}).amount == Decimal("524000.50")
    assert Letter.decode({}).step is None
    assert amount_of("x") == 0 and amount_of(None) == 0


def test_the_day_a_record_is_about() -> None:
    assert business_day("contact", {"on": "2026-11-20"}) == date(2026, 11, 20)
    assert business_day("payment", {"paid_on": "2026-11-21"}) == date(2026, 11, 21)
    assert business_day("offer", {"made_on": "2026-11-22T10:00:00"}) == date(2026, 11, 22)
    assert business_day("letter", {"on": "not a day"}) is None


def test_one_token_per_record_and_form() -> None:
    payload = ManualPayment("A", 5, DAY).encode()
    same = event_token("payment", "a", payload, "form-1")
    assert same == event_token("payment", "a", dict(payload), "form-1")
    assert same.startswith("payment:") and len(same) <= 64  # fits the column
    assert same != event_token("payment", "a", payload, "form-2")
    assert same != event_token("payment", "b", payload, "form-1")
    assert same != event_token("payment", "a", ManualPayment("A", 6, DAY).encode(), "form-1")


# The other kinds: somasi, offer, agreement, dispute and its end, bank credit.

AGREED = Agreement(
    customer=CustomerKey("toko a"),
    name="Toko A",
    created=DAY,
    invoices=(AgreedInvoice("F-1", None, date(2026, 10, 1), 1_000_000, Decimal("900000.50")),),
    original_debt=Decimal("900000.50"),
    schedule=Schedule(
        Decimal("900000.50"),
        (Instalment(0, DAY, 100_000), Instalment(1, date(2026, 12, 23), Decimal("800000.50"))),
    ),
    discount=0,
    phone="0812",
    witnesses=("Budi",),
)
CREDIT = Credit(
    DAY, 250_000, "TRSF E-BANKING CR 2311 TOKO A", Decimal("1250000.50"), "m.csv", "", 7
)


@pytest.mark.parametrize(
    "record",
    [
        Somasi("Toko A", 2, DAY, date(2026, 11, 30), Decimal("1250000.50"), 7),
        Offer(
            CustomerKey("toko a"),
            DAY,
            ("F-1", "F-2"),
            1_000_000,
            100_000,
            900_000,
            date(2026, 11, 30),
            "cancelled",
            "en",
        ),
        AGREED,
        DisputeMark("Toko A", "damaged", DAY, "2 dus pecah", "F-1"),
        DisputeResolution("Toko A", 12, "return", DAY, Decimal("50000.50"), "F-1", "retur"),
        DisputeResolution("Toko A", 12, "playbook", DAY),
        BankCredit(CREDIT, "bca"),
        BankCredit(CREDIT, "bca", "confirmed", "toko a", "F-1", 40, 2, CREDIT.key),
    ],
    ids=lambda r: type(r).__name__,
)
def test_every_kind_reads_back_as_written(record: Record) -> None:
    record.validate()
    payload = record.encode()
    assert json.loads(json.dumps(payload)) == payload  # plain JSON: text, numbers, lists
    assert not any(isinstance(v, float) for v in payload.values())  # never a JSON float
    back = _decode(record, payload)
    if isinstance(record, BankCredit) and not record.key:
        assert back == replace(record, key=CREDIT.key)  # the key is kept from the first save
    else:
        assert back == record


def _decode(record: Record, payload: dict[str, object]) -> object:
    if isinstance(record, Somasi):
        return Somasi.decode(payload, on=date(2000, 1, 1))
    if isinstance(record, Offer):
        return Offer.decode(payload, customer=record.customer_key, on=date(2000, 1, 1))
    if isinstance(record, Agreement):
        return Agreement.decode(payload)
    if isinstance(record, (DisputeMark, DisputeResolution)):
        return type(record).decode(payload, on=date(2000, 1, 1))
    assert isinstance(record, BankCredit)
    return BankCredit.decode(payload)


@pytest.mark.parametrize(
    ("record", "error", "code"),
    [
        (Somasi("A", 4, DAY, DAY, 1), EventError, "somasi_number"),
        (Somasi("A", 1, DAY, date(2026, 11, 1), 1), EventError, "somasi_deadline"),
        (Somasi("A", 1, DAY, DAY, -1), EventError, "negative"),
        (Offer(CustomerKey("a"), DAY, (), 10, 3, 8, DAY), EventError, "offer_sum"),
        (Offer(CustomerKey("a"), DAY, (), 10, -1, 11, DAY), EventError, "negative"),
        (Offer(CustomerKey("a"), DAY, (), 10, 1, 9, date(2026, 11, 1)), EventError,
         "offer_valid_until"),
        (Offer(CustomerKey("a"), DAY, (), 10, 1, 9, DAY, "paid"), EventError, "status"),
        (replace(AGREED, schedule=replace(AGREED.schedule, total=1)), AgreementError,
         "schedule_sum"),
        (replace(AGREED, schedule=replace(AGREED.schedule, every="fortnightly")), AgreementError,
         "every"),
        (replace(AGREED, missed_fee=-1), AgreementError, "negative"),
        (replace(AGREED, grace_days=400), AgreementError, "grace_days"),
        (replace(AGREED, status="torn"), AgreementError, "status"),  # type: ignore[arg-type]
        (DisputeMark("A", "too_poor", DAY), DisputeError, "reason"),
        (DisputeResolution("A", 1, "shrug", DAY), DisputeError, "resolution"),
        (DisputeResolution("A", 1, "return", DAY), DisputeError, "credit"),
        (DisputeResolution("A", 1, "playbook", DAY, 5), DisputeError, "credit"),
        (BankCredit(replace(CREDIT, amount=0)), EventError, "payment_zero"),
        (BankCredit(CREDIT, state="confirmed"), EventError, "bank_confirmed"),
    ],
)  # fmt: skip
def test_what_cannot_be_saved_of_every_kind_says_why(
    record: Record, error: type[ValueError], code: str
) -> None:
    with pytest.raises(error) as raised:
        record.validate()
    assert getattr(raised.value, "code", None) == code
    message = raised.value.message  # type: ignore[attr-defined]
    assert message("id") and message("en")


def test_older_payloads_of_every_kind_still_read() -> None:
    """Payloads as earlier versions wrote them: numbers where text is now written, fields
    added since missing."""
    somasi = Somasi.decode({"letter": "somasi", "number": "2", "deadline": "2026-11-30",
                            "total": "500000"}, on=DAY)  # fmt: skip
    assert somasi == Somasi("", 2, DAY, date(2026, 11, 30), 500_000)
    assert (
        Somasi.decode({"letter": "somasi", "number": "x", "deadline": "2026-11-30"}, on=DAY) is None
    )
    assert Somasi.decode({"step": 5, "total": "1"}, on=DAY) is None  # a step's letter
    figures = {"amount_before": 1_000_000, "discount": 100_000, "pay_now": 900_000}
    offer = Offer.decode(
        {**figures, "valid_until": "2026-11-30", "lang": "fr"}, customer="a", on=DAY
    )
    assert (offer.made_on, offer.status, offer.lang, offer.invoices) == (DAY, "open", "id", ())
    assert offer.pay_now == 900_000
    old = {key: value for key, value in AGREED.encode().items()
           if key not in ("address", "nik", "witnesses", "payments_before", "missed_fee",
                          "grace_days", "round_to", "every")}  # fmt: skip
    back = Agreement.decode(old)
    assert back == replace(AGREED, witnesses=())
    with pytest.raises((KeyError, ValueError)):
        Agreement.decode({"status": "active"})
    assert DisputeMark.decode({"reason": "short"}, on=DAY) == DisputeMark("", "short", DAY)
    assert DisputeMark.decode({"reason": "bored"}, on=DAY).known_reason is None
    ended = DisputeResolution.decode({"dispute_id": "7", "how": "return", "credit": "5000"}, on=DAY)
    assert (ended.dispute_id, ended.credit, ended.invoice) == (7, 5000, "")
    assert DisputeResolution.decode({"dispute_id": None}, on=DAY).dispute_id == 0
    kept = BankCredit.decode({"key": "k1", "on": "2026-11-23", "amount": "250000",
                              "description": "TRSF", "balance": None, "state": "odd"})  # fmt: skip
    assert (kept.state, kept.confirmations, kept.payment_event_id, kept.token_key) == (
        "proposed", 0, None, "k1")  # fmt: skip


def test_each_kind_has_one_token() -> None:
    somasi = Somasi("Toko A", 1, DAY, date(2026, 11, 30), 1)
    assert somasi.token("toko a", None) == somasi.token("toko a", "another form")
    assert somasi.token("toko a", None) != replace(somasi, number=2).token("toko a", None)
    offer = Offer(CustomerKey("a"), DAY, (), 10, 1, 9, DAY)
    assert offer.token() == replace(offer, status="cancelled").token()  # the status is no part
    assert offer.token() != replace(offer, made_on=date(2026, 11, 22)).token()
    assert AGREED.token("toko a", None) is None  # no form, no token: every save is new
    assert AGREED.token("toko a", "f") == AGREED.token("toko a", "f") != AGREED.token("toko a", "g")
    mark = DisputeMark("A", "short", DAY)
    assert mark.token("a", "form-1") == replace(mark, note="typed after").token("a", "form-1")
    ended = DisputeResolution("A", 3, "return", DAY, 5)
    assert ended.token("a", None) == replace(ended, how="playbook", credit=0).token("a", "x")
    assert ended.return_token() != ended.token("a", None)
    assert BankCredit(CREDIT).token("", None) == CREDIT.key


def test_records_are_written_and_rewritten_only_as_themselves(tmp_path: Path) -> None:
    store = Store(tmp_path / "t.sqlite3")
    at = datetime(2026, 11, 23, 9)
    offer = Offer(CustomerKey("toko a"), DAY, (), 10, 1, 9, DAY)
    first, new = write(store, "toko a", offer, at=at)
    again, new_again = write(store, "toko a", offer, at=at)
    assert new and not new_again and first == again
    with pytest.raises(EventError):
        write(store, "toko a", replace(offer, pay_now=5), at=at)  # checked before it is saved
    rewrite(store, first.id, replace(offer, status="cancelled"))
    assert Offer.from_event(Store(tmp_path / "t.sqlite3").event(first.id)).status == "cancelled"
    with pytest.raises(EventError) as wrong:
        rewrite(store, first.id, Somasi("Toko A", 1, DAY, DAY, 1))
    assert wrong.value.code == "kind"
    assert len(store.events()) == 1


@dataclass(frozen=True)
class _Saved:
    id: int
    kind: str
    customer_key: str
    at: datetime
    payload: dict[str, object]


def test_a_saved_event_decodes_as_its_kind() -> None:
    at = datetime(2026, 11, 20, 9)
    records: list[Record] = [
        Contact("Toko A", "phone", "no_answer", on=DAY),
        Letter("Toko A", 5, 100, DAY),
        Somasi("Toko A", 1, DAY, date(2026, 11, 30), 100),
        ManualPayment("Toko A", 100, DAY),
        Offer(CustomerKey("toko a"), DAY, (), 10, 1, 9, DAY, event_id=4),
        replace(AGREED, id=4),
        DisputeMark("Toko A", "short", DAY),
        DisputeResolution("Toko A", 3, "playbook", DAY),
        BankCredit(CREDIT, key=CREDIT.key),
    ]
    for record in records:
        assert decode(_Saved(4, record.KIND, "toko a", at, record.encode())) == record
    assert decode(_Saved(4, "agreement", "toko a", at, {"status": "active"})) is None
    assert decode(_Saved(4, "bank_credit", "", at, {"on": "never"})) is None
    assert decode(_Saved(4, "a kind from the future", "toko a", at, {})) is None
