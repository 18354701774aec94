"""Agreements on today's list: a reminder before each instalment, moved on when one is missed."""

from datetime import date, datetime, timedelta
from pathlib import Path

from core.agreements import build_agreement, daily_facts, load_agreements, save_agreement
from core.daily import daily_list
from core.history import histories
from core.ingest import read_ledger
from core.store import Store
from tests.helpers import write_xlsx

START = date(2026, 11, 23)


def setup(tmp_path: Path) -> tuple[Store, str]:
    rows = [["No Faktur", "Pelanggan", "Tanggal", "Jatuh Tempo", "Jumlah"],
            ["A1", "Toko Lama", date(2026, 3, 1), date(2026, 4, 1), 3_000_000]]  # fmt: skip
    path = write_xlsx(tmp_path / "b.xlsx", {"S": rows})
    store = Store(tmp_path / "t.sqlite3")
    store.save_import(read_ledger(path), path.read_bytes(), now=datetime(2026, 11, 20))
    agreement = build_agreement(store.ledger(), "Toko Lama", created=START, instalments=3,
                                first=START + timedelta(days=10), every="month")  # fmt: skip
    save_agreement(store, agreement, at=datetime.combine(START, datetime.min.time()))
    return store, "toko lama"


def step_on(store: Store, key: str, day: date) -> tuple[int | None, str] | None:
    ledger = store.ledger()
    facts = daily_facts(load_agreements(store), ledger, day, 3)
    found = daily_list(ledger, day, histories=histories(store.events(), ledger, day, extra=facts),
                       include_waiting=True)  # fmt: skip
    action = next((a for a in found if a.customer_key == key), None)
    return (action.step, action.choice.reason) if action else None


def test_reminder_before_the_instalment_and_escalation_when_missed(tmp_path: Path) -> None:
    store, key = setup(tmp_path)
    # 170+ days late, but an agreement is in force and nothing is due soon: it waits.
    assert step_on(store, key, START + timedelta(days=1)) == (8, "reason.agreement_running")
    assert step_on(store, key, START + timedelta(days=8)) == (8, "reason.instalment_soon")
    late = step_on(store, key, START + timedelta(days=15))
    assert late is not None and late[1] == "reason.instalment_missed" and late[0] >= 7
