"""The pages' side of the papers: the somasi on Hari Ini and the customer's page, the daily
list's sections, the templates in Settings (headless, AppTest)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core.daily import daily_list
from core.letters import record_somasi, somasi_sent
from core.store import Store

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = json.loads((ROOT / "sample_data" / "expected_sample.json").read_text("utf-8"))
TODAY = date.fromisoformat(EXPECTED["today"])


@pytest.fixture(autouse=True)
def own_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("TAGIH_DATA", str(tmp_path))
    monkeypatch.setenv("TAGIH_DB", str(tmp_path / "tagih.sqlite3"))
    yield tmp_path / "tagih.sqlite3"


def run_app(page: str, lang: str = "id", **state: object) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state["lang"] = lang
    at.session_state["as_of"] = TODAY
    for name, value in state.items():
        at.session_state[name] = value
    at.run()
    at.switch_page(page)
    return at.run()


def firm_customer(db: Path):  # type: ignore[no-untyped-def]
    """A customer of the demo ledger the playbook has taken to step 7 or later."""
    return next(a for a in daily_list(Store(db).ledger(), TODAY) if (a.step or 0) >= 7)


def test_hari_ini_offers_the_somasi_only_on_cards_at_step_seven_or_later(
    own_database: Path,
) -> None:
    at = run_app("pages/today.py")
    assert not at.exception, at.exception
    days = [i for i in at.text_input if i.key.startswith("somasi_days_")]
    firm = {a.customer_key for a in daily_list(Store(own_database).ledger(), TODAY)
            if (a.step or 0) >= 7 and a.overdue > 0}  # fmt: skip
    assert days and {i.key.removeprefix("somasi_days_") for i in days} <= firm
    assert days[0].value == "7"
    days[0].input("14").run()
    assert any("Batas bayar 7 Des 2026" in c.value for c in at.caption)


def test_the_customer_page_offers_the_next_somasi_and_says_when_it_was_sent(
    own_database: Path,
) -> None:
    at = run_app("pages/customers.py")  # seeds the demo
    action = firm_customer(own_database)
    at = run_app("pages/customers.py", customer_key=action.customer_key)
    assert not at.exception, at.exception
    assert at.text_input(key="somasi_days_customer").value == "7"
    record_somasi(Store(own_database), action.customer_key, name=action.name, number=1, on=TODAY,
                  deadline=date(2026, 11, 30), total=action.overdue, step=action.step,
                  at=datetime(2026, 11, 23, 10))  # fmt: skip
    at.run()
    assert not at.exception
    assert any("Somasi I sudah dikirim 23 Nov 2026" in c.value for c in at.caption)
    assert not [i for i in at.text_input if i.key == "somasi_days_customer"]
    assert len(somasi_sent(Store(own_database).events(), action.customer_key)) == 1
