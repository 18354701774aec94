"""Bank credits kept in the store (core/bankcredits.py): a statement saved once however often it is
imported, a credit confirmed pays exactly once as a hand-entered payment would, a dismissed one
can come back, and only the owner imports and confirms."""

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from core.access import OWNER_AT_PC, AccessDenied, Viewer
from core.aging import summarize
from core.bankcredits import (
    confirm_credit,
    dismiss_credit,
    reopen_credit,
    save_statement,
    saved_credits,
)
from core.bankstatement import read_statement
from core.history import promises
from core.ledger import customer_key
from tests.bank_month import klikbca_csv, month
from tests.test_matching import DEC, END, NOW, START, TODAY, statement_of, store_with_book


def test_the_same_statement_or_an_overlapping_one_imported_again_changes_nothing(
    tmp_path: Path,
) -> None:
    db = store_with_book(tmp_path / "a.sqlite3")
    data = statement_of(DEC, START, END)
    first = save_statement(db, read_statement(data, "dec.csv", TODAY), OWNER_AT_PC, NOW)
    assert (first.new, first.known) == (3, 0)
    events, revision = db.events(), db.revision()
    again = save_statement(db, read_statement(data, "dec.csv", TODAY), OWNER_AT_PC, NOW)
    assert (again.new, again.known) == (0, 3)
    assert db.events() == events and db.revision() == revision
    # The next export, from 9 December to 10 January, repeats two December credits.
    later = [
        *DEC[1:],
        (date(2027, 1, 4), "TRSF E-BANKING CR 0401/FTSCY/WS95031 BUDI HARTONO", 700_000, "CR"),
    ]
    lines = [(on, text, amount, side) for on, text, amount, side in later]
    # The balances must be the bank's: start the second export from the first's balance.
    overlap = klikbca_csv(lines, date(2026, 12, 9), date(2027, 1, 10), opening=6_250_000)
    outcome = save_statement(db, read_statement(overlap, "jan.csv", TODAY), OWNER_AT_PC, NOW)
    assert (outcome.new, outcome.known) == (1, 2)
    assert len(saved_credits(db)) == 4
    # Once confirmed, importing again leaves it confirmed.
    budi = saved_credits(db)[0]
    confirm_credit(
        db, OWNER_AT_PC, budi.event_id, customer_key("Budi Santoso"), db.ledger(), "F-101"
    )
    save_statement(db, read_statement(data, "dec.csv", TODAY), OWNER_AT_PC, NOW)
    assert [s.state for s in saved_credits(db)] == ["confirmed", "proposed", "proposed", "proposed"]


def test_confirmed_credits_change_the_figures_exactly_as_hand_entered_payments(
    tmp_path: Path,
) -> None:
    bank, hand = (
        store_with_book(tmp_path / "bank.sqlite3"),
        store_with_book(tmp_path / "hand.sqlite3"),
    )
    for db in (bank, hand):  # the same promise logged in both
        db.add_event(
            "contact",
            customer_key("Toko Sumber Rejeki"),
            datetime(2026, 12, 15, 9),
            {"channel": "phone", "outcome": "promised", "promise_date": "2026-12-22",
             "promise_amount": "1000000", "outstanding_then": "3000000"},
        )  # fmt: skip
    statement = read_statement(statement_of(DEC, START, END), "dec.csv", TODAY)
    save_statement(bank, statement, OWNER_AT_PC, NOW)
    credits = saved_credits(bank)
    picks = [("Budi Santoso", ""), ("Siti Aminah", "F-301"), ("Toko Sumber Rejeki", "F-401")]
    for saved, (name, number) in zip(credits, picks, strict=True):
        confirm_credit(bank, OWNER_AT_PC, saved.event_id, customer_key(name), bank.ledger(), number)
    # The same payments as the Kesepakatan page records them when typed by hand.
    for saved, (name, number) in zip(credits, picks, strict=True):
        record = {
            "amount": str(int(saved.credit.amount)),
            "invoice_number": number,
            "customer": name,
            "paid_on": saved.credit.on.isoformat(),
        }
        hand.add_event("payment", customer_key(name), NOW, record)
    a, b = bank.ledger(), hand.ledger()
    assert [(i.number, i.paid, i.outstanding) for i in a.invoices] == [
        (i.number, i.paid, i.outstanding) for i in b.invoices
    ]
    assert summarize(a, TODAY) == summarize(b, TODAY)
    assert summarize(a, TODAY).outstanding == 5_250_000 + 1_000_000 - 3_150_000
    judged = [(p.status, p.paid) for p in promises(bank.events("contact"), a, TODAY)]
    assert judged == [(p.status, p.paid) for p in promises(hand.events("contact"), b, TODAY)]
    assert judged == [("kept", 1_000_000)]
    drop = {"files", "generated_at"}
    one = {k: v for k, v in bank.summary_payload(TODAY).items() if k not in drop}
    two = {k: v for k, v in hand.summary_payload(TODAY).items() if k not in drop}
    assert json.dumps(one, sort_keys=True, default=str) == json.dumps(
        two, sort_keys=True, default=str
    )


def test_confirming_twice_pays_once_and_dismissed_credits_can_come_back(tmp_path: Path) -> None:
    db = store_with_book(tmp_path / "a.sqlite3")
    save_statement(
        db, read_statement(statement_of(DEC, START, END), "d.csv", TODAY), OWNER_AT_PC, NOW
    )
    first, second, _third = saved_credits(db)
    key = customer_key("Budi Santoso")
    one = confirm_credit(db, OWNER_AT_PC, first.event_id, key, db.ledger())
    two = confirm_credit(db, OWNER_AT_PC, first.event_id, key, db.ledger())
    assert one == two and len(db.events("payment")) == 1
    dismiss_credit(db, OWNER_AT_PC, second.event_id)
    assert [s.state for s in saved_credits(db)] == ["confirmed", "dismissed", "proposed"]
    dismiss_credit(db, OWNER_AT_PC, first.event_id)  # a confirmed credit stays confirmed
    reopen_credit(db, OWNER_AT_PC, second.event_id)
    assert [s.state for s in saved_credits(db)] == ["confirmed", "proposed", "proposed"]
    assert saved_credits(db)[0].payment_event_id == one.id
    # The payment voided (undone): the credit is open again and can be confirmed anew.
    db.void_event(one.id, at=NOW, by="owner")
    assert [s.state for s in saved_credits(db)] == ["proposed", "proposed", "proposed"]
    three = confirm_credit(db, OWNER_AT_PC, first.event_id, key, db.ledger(), "F-102")
    assert three.id != one.id and three.payload["invoice_number"] == "F-102"
    assert saved_credits(db)[0].state == "confirmed" and len(db.events("payment")) == 1


def test_only_the_owner_imports_and_confirms(tmp_path: Path) -> None:
    db = store_with_book(tmp_path / "a.sqlite3")
    staff = Viewer("ani", "staff", frozenset({customer_key("Budi Santoso")}))
    statement = read_statement(statement_of(DEC, START, END), "d.csv", TODAY)
    with pytest.raises(AccessDenied):
        save_statement(db, statement, staff, NOW)
    save_statement(db, statement, OWNER_AT_PC, NOW)
    with pytest.raises(AccessDenied):
        confirm_credit(db, staff, saved_credits(db)[0].event_id, customer_key("Budi Santoso"),
                       db.ledger())  # fmt: skip
    assert db.events("payment") == []


def test_a_month_s_statement_imported_in_two_overlapping_halves_keeps_each_credit_once(
    tmp_path: Path,
) -> None:
    m = month(7)
    db = store_with_book(tmp_path / "a.sqlite3", m.ledger_xlsx())
    lines = sorted(((t.on, t.description, t.amount, "CR") for t in m.transfers), key=lambda x: x[0])
    whole = read_statement(klikbca_csv(lines, START, END), "whole.csv", TODAY)
    cut = START + timedelta(days=20)
    first = [x for x in lines if x[0] <= cut]
    # The second half starts earlier (overlap) with the balance the bank had then.
    before = [x for x in lines if x[0] < START + timedelta(days=10)]
    second = [x for x in lines if x[0] >= START + timedelta(days=10)]
    opening = 5_000_000 + sum(x[2] for x in before)
    save_statement(
        db, read_statement(klikbca_csv(first, START, cut), "a.csv", TODAY), OWNER_AT_PC, NOW
    )
    save_statement(db, read_statement(klikbca_csv(second, START + timedelta(days=10), END,
                                                  opening=opening), "b.csv", TODAY),
                   OWNER_AT_PC, NOW)  # fmt: skip
    assert sorted(s.credit.key for s in saved_credits(db)) == sorted(c.key for c in whole.credits)
