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

from core.events import Contact, Letter, ManualPayment

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
        "resolve_dispute", "record_somasi", "dispute_payload", "somasi_payload",
    }
)  # fmt: skip


def _payload_fields() -> list[frozenset[str]]:
    """The fields of each event kind's payload, as the kinds themselves write them."""
    day = date(2026, 1, 1)
    from core.discount import Offer
    from core.ledger import CustomerKey

    samples = [
        Contact("x", "phone", "promised", 1, promise_date=day, promise_amount=1, on=day).encode(),
        Letter("x", 5, 1, day).encode(),
        ManualPayment("x", 1, day).encode(),
        Offer(CustomerKey("x"), day, (), 2, 1, 1, day).payload(),
    ]
    return [frozenset(sample) for sample in samples]


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
            if isinstance(func, ast.Attribute) and func.attr == "payload":
                found.append(f"{node.lineno}: an event payload built with .payload()")
            if name in CORE_WRITERS:
                found.append(f"{node.lineno}: {name}() instead of its service")
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
