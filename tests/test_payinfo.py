"""How to pay: the saved details, the block at the end of every message and PDF, its QR with
the amount asked, and unique payment codes that stay put."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from core.agreements import build_agreement
from core.daily import daily_list
from core.discount import make_offer
from core.documents.agreement import agreement_pdf
from core.documents.base import BusinessInfo
from core.documents.letters import reminder_letter_pdf, somasi_pdf
from core.documents.offer import offer_message, offer_pdf
from core.documents.statement import statement_pdf
from core.latefee import LateFeePolicy, customer_late_fee
from core.ledger import Ledger, customer_key
from core.messages import render_message
from core.money import format_rupiah
from core.payinfo import (
    MAX_CODE,
    REQUEST_DAYS,
    PayBlock,
    PaymentDetails,
    PaymentRequest,
    asker,
    assign_code,
    close_payment_request,
    load_details,
    make_details,
    open_payment_requests,
    payment_text,
    request_payment,
)
from core.qris import MAX_AMOUNT, QrisError, amount_of, crc16, parse_fields, with_amount
from core.statement import statement_rows
from core.store import Store
from tests.factories import book, invoice
from tests.qr_pdf import pdf_text, qr_texts

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = json.loads((ROOT / "tests/fixtures/qris/static_samples.json").read_text("utf-8"))
QRIS = next(s["payload"] for s in SAMPLES["static"] if s["merchant"] == "Warung Sayur Bu Sugeng")
TODAY = date(2026, 11, 23)
SHOP = BusinessInfo("Toko Maju", "Jl. Pasar Baru 5, Semarang", "0812-1111-2222")
DETAILS = make_details(
    [("BCA", "1234567890", "Budi Santoso"), ("", "", "")],
    [("GoPay", "0812-3456-7890", "")],
    QRIS,
)
SAID = "BCA 1234567890 a.n. Budi Santoso"


def ledger_owing(amount: int, name: str = "CV Sinar Abadi") -> Ledger:
    return book(
        invoice("F-1", name, amount - 250_000, late=40),
        invoice("F-2", name, 250_000, late=-10, row=3),
    )


def check_qr(payload: str, amount: int) -> None:
    fields = {f.tag: f.value for f in parse_fields(payload)}
    assert fields["01"] == "12" and fields["54"] == str(amount)
    assert crc16(payload[:-4]) == fields["63"]
    static = {f.tag: f.value for f in parse_fields(QRIS)}
    assert {k: v for k, v in fields.items() if k not in {"01", "54", "63"}} == {
        k: v for k, v in static.items() if k not in {"01", "63"}
    }


# The saved details.


def test_details_round_trip_through_the_setting() -> None:
    again = PaymentDetails.from_setting(json.loads(json.dumps(DETAILS.as_setting())))
    assert again == DETAILS
    assert [b.bank for b in again.banks] == ["BCA"]  # the blank row is dropped
    assert again.merchant is not None and again.merchant.city == "Kab. Demak"


def test_an_invalid_qris_is_refused_when_saved_and_ignored_when_read_back() -> None:
    with pytest.raises(QrisError):
        make_details([], [], QRIS[:-1] + "0")
    saved = {**DETAILS.as_setting(), "qris": QRIS[:-4] + "0000"}
    read = PaymentDetails.from_setting(saved)
    assert read.qris == "" and read.banks == DETAILS.banks
    assert PaymentDetails.from_setting(None).is_empty
    assert (
        PaymentDetails.from_setting({"banks": [["x"], 5, ["BRI", "1", "A"]]}).banks[0].bank == "BRI"
    )


# The words.


def test_the_block_names_the_amount_the_accounts_and_the_qris() -> None:
    text = payment_text(PayBlock(DETAILS, 1_250_000), "id")
    assert text.startswith("Cara pembayaran:")
    assert "Rp 1.250.000" in text and SAID in text and "GoPay 0812-3456-7890" in text
    assert "QRIS Warung Sayur Bu Sugeng" in text
    with_code = payment_text(PayBlock(DETAILS, 1_250_000, 137), "id")
    assert "Mohon transfer tepat Rp 1.250.137" in with_code and "137" in with_code
    english = payment_text(PayBlock(DETAILS, 1_250_000, 7), "en")
    assert "Please transfer exactly Rp 1.250.007" in english and "007" in english
    assert payment_text(None, "id") == ""


def test_above_the_cap_the_block_says_so_and_has_no_qr() -> None:
    block = PayBlock(DETAILS, MAX_AMOUNT, 5)  # the code pushes it over the cap
    assert block.above_cap and block.qr_payload() is None
    text = payment_text(block, "id")
    assert "di atas batas Rp 10.000.000" in text and SAID in text
    at_cap = PayBlock(DETAILS, MAX_AMOUNT)
    assert not at_cap.above_cap and amount_of(at_cap.qr_payload() or "") == MAX_AMOUNT


def test_without_a_qris_only_the_accounts() -> None:
    banks_only = make_details([("BRI", "0001-01-000001-30-1", "Sri")], [], "")
    block = PayBlock(banks_only, 50_000)
    assert block.qr_payload() is None and "QRIS" not in payment_text(block, "id")
    assert asker(PaymentDetails())(50_000) is None  # nothing saved: nothing to say
    assert asker(DETAILS)(0) is None  # nothing asked


# Every message ends with how to pay.


def test_every_step_message_ends_with_the_payment_block() -> None:
    ledger = ledger_owing(1_250_000)
    block = PayBlock(DETAILS, 1_250_000)
    ending = payment_text(block, "id")
    for step in range(1, 11):
        message = render_message(
            step, name="CV Sinar Abadi", invoices=ledger.invoices, as_of=TODAY, payment=ending
        )
        assert message.body.endswith(ending)
        assert message.body.count("Cara pembayaran") == 1


def test_todays_message_asks_the_balance_and_from_step_7_the_fee() -> None:
    ledger = ledger_owing(3_000_000)
    policy = LateFeePolicy(kind="fixed", fixed=50_000, grace_days=0)
    [action] = daily_list(ledger, TODAY + timedelta(days=60), policy=policy)
    fee = customer_late_fee(ledger.invoices, action.customer_key, action.as_of, policy)
    assert (action.step or 0) >= 7 and fee
    assert action.amount_asked == action.outstanding + fee
    ending = payment_text(asker(DETAILS)(action.amount_asked), "id")
    body = action.message("id", business="Toko Maju", payment=ending).body
    assert body.endswith(ending) and format_rupiah(action.outstanding + fee) in ending


def test_the_offer_message_ends_with_how_to_pay_the_offer() -> None:
    offer = _offer()
    ending = payment_text(asker(DETAILS)(offer.pay_now), "id")
    text = offer_message(offer, "CV Sinar Abadi", SHOP, "id", payment=ending)
    assert text.endswith(ending) and format_rupiah(offer.pay_now) in ending


def _offer():  # type: ignore[no-untyped-def]
    from core.discount import Figures, Floors, largest_discount

    result = largest_discount(Figures(2_000_000, 0, 1_500_000), Floors(100_000), 1000)
    return make_offer(
        "CV Sinar Abadi", result, made_on=TODAY, valid_until=TODAY + timedelta(days=14)
    )


# Every PDF ends with how to pay, its QR filled in with exactly what that document asks.


def _documents(details: PaymentDetails, owed: int) -> dict[str, tuple[bytes, int]]:
    ledger = ledger_owing(owed)
    key = customer_key("CV Sinar Abadi")
    ask = asker(details)
    policy = LateFeePolicy(kind="fixed", fixed=75_000, grace_days=0)
    fee = customer_late_fee(ledger.invoices, key, TODAY, policy)
    offer = _offer()
    agreement = build_agreement(
        ledger, "CV Sinar Abadi", created=TODAY, instalments=3, first=TODAY, down_payment=500_000
    )
    statement = statement_rows(ledger, key, TODAY)
    return {
        # F-2 is not yet due: the letter names it apart and asks only what is overdue.
        "letter": (
            reminder_letter_pdf(ledger, key, TODAY, business=SHOP, payment=ask),
            owed - 250_000,
        ),
        "somasi": (
            reminder_letter_pdf(
                ledger, key, TODAY, firm=True, business=SHOP, policy=policy, payment=ask
            ),
            owed - 250_000 + fee,  # F-2 falls due after the deadline: listed, not demanded
        ),
        "formal somasi": (
            somasi_pdf(
                ledger,
                key,
                TODAY,
                number=1,
                deadline=TODAY + timedelta(days=7),
                business=SHOP,
                policy=policy,
                payment=ask,
            ),
            statement.totals.overdue + fee,
        ),
        "statement": (statement_pdf(statement, business=SHOP, payment=ask), owed),
        "offer": (offer_pdf(offer, "CV Sinar Abadi", business=SHOP, payment=ask), offer.pay_now),
        "agreement": (agreement_pdf(agreement, business=SHOP, payment=ask), 500_000),
    }


def test_each_document_ends_with_a_qr_for_exactly_what_it_asks() -> None:
    for name, (pdf, asked) in _documents(DETAILS, 2_750_000).items():
        [payload] = qr_texts(pdf)
        check_qr(payload, asked)
        text = pdf_text(pdf)
        assert "Cara pembayaran" in text and SAID in text, name
        # After the signature (the shop's name signs last): the document ends with it.
        assert text.rindex("Cara pembayaran") > text.rindex("Toko Maju"), name
        if name == "agreement":
            assert "Pembayaran pertama: DP, paling lambat 23 Nov 2026." in text, text[-600:]


def test_above_the_cap_documents_carry_the_note_and_no_qr() -> None:
    for name, (pdf, asked) in _documents(DETAILS, 12_500_000).items():
        text = pdf_text(pdf)
        if asked > MAX_AMOUNT:
            assert qr_texts(pdf) == [], name
            assert "di atas batas Rp 10.000.000" in text and SAID in text, name
        else:  # the offer and the down payment stay under the cap
            [payload] = qr_texts(pdf)
            check_qr(payload, asked)


def test_documents_without_payment_details_are_as_before() -> None:
    for name, (pdf, _) in _documents(PaymentDetails(), 2_750_000).items():
        assert "Cara pembayaran" not in pdf_text(pdf) and qr_texts(pdf) == [], name


# Unique payment codes.


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "tagih.sqlite3")


def test_a_request_keeps_its_code_across_reruns_and_reopenings(store: Store) -> None:
    budi = customer_key("Budi")
    first = request_payment(store, budi, 1_250_000, TODAY, "letter")
    assert first is not None and 1 <= first.code <= MAX_CODE
    again = Store(store.url)  # another session, the same database
    assert request_payment(again, budi, 1_250_000, TODAY, "message") == first
    later = request_payment(again, budi, 1_250_000, TODAY + timedelta(days=5))
    assert later is not None and later.code == first.code and later.exact == first.exact
    assert later.asked_on == TODAY + timedelta(days=5) and later.first_asked == TODAY


def test_codes_are_distinct_among_a_customers_open_requests_and_exact_amounts(
    store: Store,
) -> None:
    budi, sri = customer_key("Budi"), customer_key("Sri")
    made = [request_payment(store, budi, 1_000_000 + n * 1000, TODAY) for n in range(40)]
    made += [request_payment(store, sri, 1_000_000 + n * 1000, TODAY) for n in range(40)]
    requests = [r for r in made if r is not None]
    assert len(requests) == 80
    for who in (budi, sri):
        codes = [r.code for r in requests if r.customer == who]
        assert len(set(codes)) == len(codes)
    exacts = [r.exact for r in requests]
    assert len(set(exacts)) == len(exacts)
    assert open_payment_requests(store, TODAY) == sorted(
        requests, key=lambda r: (r.first_asked, r.customer, r.exact)
    )


def test_requests_close_after_their_days_or_when_paid(store: Store) -> None:
    budi = customer_key("Budi")
    old = request_payment(store, budi, 500_000, TODAY)
    new = request_payment(store, budi, 700_000, TODAY + timedelta(days=30))
    assert old is not None and new is not None
    day = TODAY + timedelta(days=REQUEST_DAYS + 1)
    assert open_payment_requests(store, day) == [new]
    close_payment_request(store, new)
    assert open_payment_requests(store, day) == []


def test_the_asker_with_codes_on_states_the_exact_amount(store: Store) -> None:
    details = make_details([("BCA", "1234567890", "Budi")], [], QRIS, unique_code=True)
    store.set_setting("payment", details.as_setting())
    loaded = load_details(store)
    assert loaded.unique_code
    ask = asker(loaded, store=store, customer="CV Sinar Abadi", as_of=TODAY, what="letter")
    block = ask(1_000_000)  # what the letter asks: the overdue F-1 (F-2 is not yet due)
    assert block is not None and 1 <= block.code <= MAX_CODE
    assert ask(1_000_000) == block  # the same request, the same code
    [request] = open_payment_requests(store, TODAY)
    assert request.exact == block.exact == 1_000_000 + block.code
    assert f"Mohon transfer tepat {format_rupiah(block.exact)}" in payment_text(block, "id")
    ledger = ledger_owing(1_250_000)
    pdf = reminder_letter_pdf(ledger, customer_key("CV Sinar Abadi"), TODAY, payment=ask)
    [payload] = qr_texts(pdf)
    check_qr(payload, block.exact)
    assert format_rupiah(block.exact) in pdf_text(pdf)


def test_when_every_code_is_taken_there_is_none() -> None:
    budi = customer_key("Budi")
    taken = [PaymentRequest(budi, n, n, TODAY, TODAY) for n in range(1, MAX_CODE + 1)]
    assert assign_code(budi, 5_000, taken) == 0


def test_with_amount_is_what_the_block_prints() -> None:
    block = PayBlock(DETAILS, 80_000, 12)
    assert block.qr_payload() == with_amount(QRIS, 80_012)
