"""Pages write through ``core.services`` only: no store write of their own, no event payload.

A page that calls ``store.add_event`` or builds ``{"amount": …, "paid_on": …}`` puts a rule
(what is recorded, who may, how a double click is kept from saving twice) where nobody looks
for it. These tests read the pages' syntax trees, so a new page is checked the day it is added.
"""

from __future__ import annotations

import ast
import inspect
import textwrap
from datetime import date
from pathlib import Path

import pytest

from core.events import (
    KINDS,
    BankCredit,
    Contact,
    DisputeMark,
    DisputeResolution,
    Letter,
    ManualPayment,
    Offer,
    Record,
    Somasi,
)

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted((ROOT / "pages").glob("*.py"))


def _store_writes() -> frozenset[str]:
    """Every method of ``core.store.Store`` that opens a write transaction (``_writing``),
    read from its source, whichever part of the store it comes from: a write method added
    later is checked too."""
    from core.store import Store

    found = set()
    for name, method in inspect.getmembers(Store, inspect.isfunction):
        tree = ast.parse(textwrap.dedent(inspect.getsource(method)))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in ("_writing", "record_event"):
                found.add(name)
    return frozenset(found)


STORE_WRITES = _store_writes()
# Lower-level writers the services wrap: a page calls the service instead.
CORE_WRITERS = frozenset(
    {
        "save_agreement", "cancel_agreement", "set_status", "cancel_offer", "save_override",
        "change_setting", "contact_payload", "agreement_payload", "record_dispute",
        "resolve_dispute", "record_somasi", "dispute_payload", "somasi_payload", "write",
        "rewrite", "save_statement", "confirm_credit", "dismiss_credit", "reopen_credit",
    }
)  # fmt: skip


def _samples() -> list[Record]:
    """One record of every kind (the letter kind twice: a step's letter and a somasi)."""
    from core.agreements import build_agreement
    from core.bankstatement import Credit
    from core.ledger import CustomerKey, build_ledger
    from tests.factories import invoice

    day = date(2026, 1, 1)
    sold = invoice("F-1", "A", 300_000, due=day, issued=day, file="f.csv", sheet="", row=2)
    book = build_ledger([sold], [])
    return [
        Contact("x", "phone", "promised", 1, promise_date=day, promise_amount=1, on=day),
        Letter("x", 5, 1, day),
        Somasi("x", 1, day, day, 1, 7),
        ManualPayment("x", 1, day),
        Offer(CustomerKey("x"), day, (), 2, 1, 1, day),
        build_agreement(book, "A", created=day, instalments=2, first=day),
        DisputeMark("x", "short", day),
        DisputeResolution("x", 1, "return", day, credit=1),
        BankCredit(
            Credit(day, 1, "transfer", None, "f.csv", "", 2),
            state="confirmed",
            customer_key="x",
            payment_event_id=1,
            confirmations=1,
        ),
    ]


def _payload_fields() -> list[frozenset[str]]:
    """The fields of each event kind's payload, as the kinds themselves write them; words
    many dicts use (``customer``, ``phone``, ``status``…) alone do not make a payload."""
    common = {"customer", "on", "note", "phone", "address", "status", "lang", "invoices", "file",
              "sheet", "row", "description"}  # fmt: skip
    return [frozenset(set(sample.encode()) - common) for sample in _samples()]


def test_every_kind_has_a_sample() -> None:
    assert {sample.KIND for sample in _samples()} == set(KINDS)


def _findings(tree: ast.AST, fields: list[frozenset[str]]) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr in STORE_WRITES:
                receiver = func.value
                if not (isinstance(receiver, ast.Name) and receiver.id == "services"):
                    found.append(f"{node.lineno}: store write .{func.attr}()")
            name = func.id if isinstance(func, ast.Name) else None
            if isinstance(func, ast.Attribute) and func.attr in ("payload", "encode"):
                found.append(f"{node.lineno}: an event payload built with .{func.attr}()")
            if name in CORE_WRITERS:
                found.append(f"{node.lineno}: {name}() instead of its service")
        if isinstance(node, ast.Compare):
            sides = (node.left, *node.comparators)
            if any(isinstance(x, ast.Call) and getattr(x.func, "id", "") == "t" for x in sides):
                # Counting promises by their label breaks in the other language: compare codes.
                found.append(f"{node.lineno}: a comparison with a translated text")
        if isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            if any(len(keys & kind) >= 2 for kind in fields):
                found.append(f"{node.lineno}: a dict with an event payload's fields {sorted(keys)}")
    return found


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_a_page_writes_only_through_the_services(page: Path) -> None:
    tree = ast.parse(page.read_text(encoding="utf-8"))
    assert _findings(tree, _payload_fields()) == []


@pytest.mark.parametrize(
    "source",
    [
        'store().add_event("payment", key, now, record)',
        "db.set_setting('x', 1)",
        "db.restore(data)",
        'record = {"amount": "1", "paid_on": "2026-01-01", "customer": "A"}',
        'x = {"channel": c, "outcome": o}',
        "save_agreement(db, draft, at=now)",
        "offer.payload()",
        "offer.encode()",
        "write(db, key, Contact('A', 'phone', 'sent'), at=now)",
        "rewrite(db, 3, replace(offer, status='cancelled'))",
        'x = {"pay_now": "1", "valid_until": "2026-01-01"}',
        'x = {"agreed_total": "1", "schedule": []}',
        'x = {"dispute_id": 3, "how": "return"}',
        'x = {"letter": "somasi", "deadline": "2026-01-01"}',
        'x = {"state": "dismissed", "payment_event_id": 4}',
        'promised = sum(1 for c in rows if c["outcome"] == t("outcome.promised", L))',
    ],
)
def test_the_check_sees_a_page_that_writes_by_itself(source: str) -> None:
    assert _findings(ast.parse(source), _payload_fields())


def test_every_store_write_is_known() -> None:
    expected = {"save_import", "set_setting", "record_event", "add_event", "void_event"}
    assert expected <= STORE_WRITES
    assert not {"events", "ledger", "get_setting", "imports"} & STORE_WRITES


def test_the_check_lets_a_service_call_pass() -> None:
    source = "services.clear_demo(db, viewer())\nservices.record_payment(db, v, customer=k)"
    assert _findings(ast.parse(source), _payload_fields()) == []
