"""Disputed bills: out of the escalation until resolved, by a return or back to the playbook."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from core.aging import customer_balances
from core.daily import daily_list, sections
from core.disputes import (
    DisputeError,
    dispute_facts,
    open_disputes,
    record_dispute,
    resolve_dispute,
)
from core.events import DisputeMark
from core.history import histories
from core.ledger import build_ledger, customer_key
from core.playbook import History, Rules, choose_step
from core.store import Store
from core.timeline import timeline
from tests.factories import invoice
from tests.helpers import write_xlsx

TODAY = date(2026, 11, 23)
AT = datetime(2026, 11, 23, 9)
TOKO = customer_key("Toko Sinar Jaya")


def test_a_dispute_stops_the_escalation_whatever_the_lateness() -> None:
    for late in (0, 10, 45, 120, 400):
        due = TODAY - timedelta(days=late)
        history = History(dispute="damaged", dispute_since=TODAY - timedelta(days=2))
        choice = choose_step(late, due, history, Rules(), TODAY)
        assert choice.step is None and choice.disputed and not choice.needs_action
    # Even a missed instalment or a broken promise waits for the dispute.
    history = History(dispute="short", instalment_missed=(1, TODAY, 5), broken_promises=2,
                      last_broken=TODAY)  # fmt: skip
    assert choose_step(100, TODAY, history, Rules(), TODAY).disputed


def test_only_the_four_reasons_are_recorded() -> None:
    assert DisputeMark("A", "wrong_price", TODAY).encode()["reason"] == "wrong_price"
    with pytest.raises(DisputeError) as error:
        DisputeMark("A", "too_poor", TODAY).validate()
    assert error.value.code == "reason"


def ledger_file(tmp_path: Path) -> Path:
    rows = [
        ["No Faktur", "Pelanggan", "Tanggal", "Jatuh Tempo", "Jumlah", "Telepon"],
        ["A-1", "Toko Sinar Jaya", "01/07/2026", "31/07/2026", 6_000_000, "0812-3456-7890"],
        ["A-2", "Toko Sinar Jaya", "01/08/2026", "31/08/2026", 4_000_000, "0812-3456-7890"],
        ["B-1", "Bu Ani", "01/08/2026", "31/08/2026", 500_000, ""],
    ]
    return write_xlsx(tmp_path / "buku.xlsx", {"Piutang": rows})


@pytest.fixture
def store(tmp_path: Path) -> Store:
    from core.ingest import read_ledger

    store = Store(tmp_path / "db.sqlite3")
    path = ledger_file(tmp_path)
    store.save_import(read_ledger(path), path.read_bytes(), now=AT)
    return store


def listed(store: Store, day: date) -> dict[str, str]:
    events = store.events()
    found = daily_list(
        store.ledger(), day, histories=histories(events, store.ledger(), day,
                                                 extra=dispute_facts(events, day)),
        include_waiting=True,
    )  # fmt: skip
    return {a.customer_key: a.section for a in found}


def test_marked_then_resolved_by_a_return_that_lowers_the_debt(store: Store) -> None:
    assert listed(store, TODAY)[TOKO] == "todo"
    record_dispute(store, TOKO, name="Toko Sinar Jaya", reason="damaged", on=TODAY, at=AT,
                   note="2 dus pecah", token="t1")  # fmt: skip
    record_dispute(store, TOKO, name="Toko Sinar Jaya", reason="damaged", on=TODAY, at=AT,
                   token="t1")  # a double click  # fmt: skip
    assert len(store.events("dispute")) == 1
    assert listed(store, TODAY)[TOKO] == "disputed"
    assert listed(store, TODAY - timedelta(days=1))[TOKO] == "todo"  # not before its day
    # Bu Ani is not touched.
    assert listed(store, TODAY)[customer_key("Bu Ani")] == "todo"
    # Hidden from the plain list (the CLI's), which only has what to do.
    assert TOKO not in {a.customer_key for a in daily_list(store.ledger(), TODAY, histories=
                        histories(store.events(), store.ledger(), TODAY,
                                  extra=dispute_facts(store.events(), TODAY)))}  # fmt: skip

    [dispute] = open_disputes(store.events(), TODAY).values()
    assert (dispute.reason, dispute.since, dispute.note) == ("damaged", TODAY, "2 dus pecah")
    with pytest.raises(DisputeError):
        resolve_dispute(store, dispute, name="Toko Sinar Jaya", how="return", on=TODAY, at=AT)
    later = TODAY + timedelta(days=2)
    resolve_dispute(store, dispute, name="Toko Sinar Jaya", how="return", on=later, at=AT,
                    credit=1_250_000, invoice="A-2")  # fmt: skip
    balances = {b.key: b for b in customer_balances(store.ledger(), later)}
    assert balances[TOKO].outstanding == 10_000_000 - 1_250_000
    assert [p.kind for p in store.ledger().payments] == ["return"]
    assert open_disputes(store.events(), later) == {}
    assert open_disputes(store.events(), TODAY)[TOKO].event_id == dispute.event_id
    assert listed(store, later)[TOKO] == "todo"  # back to the escalation, owing less
    story = timeline(store.ledger(), TOKO, store.events(), later)
    assert {e.kind for e in story if e.text.startswith("Sengketa")} == {"dispute"}
    entries = [e.text for e in story]
    assert "Sengketa selesai: retur (nota kredit)" in entries
    assert "Retur (nota kredit) dicatat manual" in entries
    assert "Sengketa: barang rusak" in entries


def test_resolved_back_to_the_playbook_leaves_the_debt(store: Store) -> None:
    event = record_dispute(store, TOKO, name="Toko Sinar Jaya", reason="already_paid", on=TODAY,
                           at=AT)  # fmt: skip
    [dispute] = open_disputes(store.events(), TODAY).values()
    assert dispute.event_id == event.id
    resolve_dispute(store, dispute, name="Toko Sinar Jaya", how="playbook", on=TODAY, at=AT)
    assert open_disputes(store.events(), TODAY) == {}
    assert sum(b.outstanding for b in customer_balances(store.ledger(), TODAY)) == 10_500_000
    assert sections(daily_list(store.ledger(), TODAY))["disputed"] == []


def test_a_new_dispute_after_a_resolved_one_is_open_again(store: Store) -> None:
    record_dispute(store, TOKO, name="T", reason="short", on=TODAY, at=AT)
    [first] = open_disputes(store.events(), TODAY).values()
    resolve_dispute(store, first, name="T", how="playbook", on=TODAY, at=AT)
    record_dispute(store, TOKO, name="T", reason="wrong_price", on=TODAY + timedelta(days=5),
                   at=AT)  # fmt: skip
    assert open_disputes(store.events(), TODAY + timedelta(days=4)) == {}
    assert open_disputes(store.events(), TODAY + timedelta(days=5))[TOKO].reason == "wrong_price"


def test_every_reason_and_resolution_has_words() -> None:
    from core.disputes import DISPUTE_REASONS, RESOLUTIONS
    from core.i18n import TEXTS

    keys = [f"dispute.reason.{r}" for r in DISPUTE_REASONS]
    keys += [f"dispute.how.{h}" for h in RESOLUTIONS]
    keys += [f"dispute.error.{c}" for c in ("reason", "resolution", "credit")]
    assert [k for k in keys if k not in TEXTS] == []


def test_built_ledger_without_a_store() -> None:
    """The daily list's sections on a built ledger: contacted today stays in sight."""
    invoices = [invoice("F1", "Toko A", 1_000_000, due=TODAY - timedelta(10))]
    book = build_ledger(invoices)
    key = customer_key("Toko A")
    contacted = {key: History(last_step=4, last_contact=TODAY)}
    [action] = daily_list(book, TODAY, histories=contacted, include_waiting=True)
    assert action.section == "contacted_today"
    [action] = daily_list(book, TODAY + timedelta(days=1), histories=contacted,
                          include_waiting=True)  # fmt: skip
    assert action.section == "waiting"
    [action] = daily_list(book, TODAY)
    assert action.section == "todo"


def test_staff_may_mark_a_dispute_of_their_customer_but_only_who_records_payments_returns(
    store: Store,
) -> None:
    from core.access import AccessDenied, Viewer

    other = Viewer("sari", "staff", frozenset({customer_key("Bu Ani")}))
    with pytest.raises(AccessDenied):
        record_dispute(store, TOKO, name="T", reason="short", on=TODAY, at=AT, by=other)
    owner = Viewer("owner", "owner")
    record_dispute(store, TOKO, name="T", reason="short", on=TODAY, at=AT, by=owner)
    [dispute] = open_disputes(store.events(), TODAY).values()
    with pytest.raises(AccessDenied):
        resolve_dispute(store, dispute, name="T", how="return", on=TODAY, at=AT, credit=1, by=other)
    assert store.ledger().payments == []
    resolve_dispute(store, dispute, name="T", how="return", on=TODAY, at=AT, credit=1, by=owner)
    assert [p.amount for p in store.ledger().payments] == [1]
