"""``python -m core actions`` without FILE is the Hari Ini list: same customers, order, steps,
reasons and promises, for the same database, date and staff member."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from core import services
from core.access import OWNER_AT_PC
from core.cli import main
from core.daily import Action
from core.settings import Settings
from core.store import Store
from tests.factories import demo_store

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 0)


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The sample ledger with some history: a promise, a payment by hand, a late-fee rule, and
    a staff member with two customers."""
    monkeypatch.setenv("TAGIH_DATA", str(tmp_path))
    path = tmp_path / "tagih.sqlite3"
    monkeypatch.setenv("TAGIH_DB", str(path))
    with demo_store(path, now=NOW) as store:
        store.set_setting("late_fee", {"kind": "percent", "percent_per_month": "2"})
        store.set_setting("business", {"name": "Toko Sumber Rejeki"})
        settings = Settings.of(store)
        first, second, third = services.daily_list(store, settings, TODAY, OWNER_AT_PC)[:3]
        services.record_contact(
            store, OWNER_AT_PC, TODAY - timedelta(days=1), customer=first.customer_key,
            name=first.name, channel="phone", outcome="promised", step=first.step,
            promise_date=TODAY + timedelta(days=2), promise_amount=1_000_000,
            outstanding_then=first.outstanding, now=NOW,
        )  # fmt: skip
        services.record_payment(
            store, OWNER_AT_PC, customer=second.customer_key, name=second.name,
            amount=500_000, paid_on=TODAY, now=NOW,
        )  # fmt: skip
        store.add_user("andi", "Andi Wijaya", "staff", "")
        store.assign(second.customer_key, "andi")
        store.assign(third.customer_key, "andi")
    yield path


def page_list(monkeypatch: pytest.MonkeyPatch, staff: str | None = None) -> list[Action]:
    """What pages/today.py gets from ``services.daily_list``, with the staff filter chosen."""
    seen: list[list[Action]] = []
    real = services.daily_list

    def spy(*args: Any, **kwargs: Any) -> list[Action]:
        found = real(*args, **kwargs)
        seen.append(found)
        return found

    monkeypatch.setattr(services, "daily_list", spy)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.session_state["as_of"] = TODAY
    at.run()
    at.switch_page("pages/today.py").run()
    if staff is not None:
        at.selectbox(key="today_staff").set_value(staff).run()
    assert not at.exception, at.exception
    monkeypatch.setattr(services, "daily_list", real)
    shown = [m.value.split("**")[1] for m in at.markdown if ":blue-badge[" in m.value]
    todo = [a for a in seen[-1] if a.needs_action]
    assert shown[: len(todo)] == [a.name for a in todo][:20]  # the cards, in this order
    return seen[-1]


def cli_list(capsys: pytest.CaptureFixture[str], *options: str) -> list[dict[str, Any]]:
    capsys.readouterr()
    assert main(["actions", "--today", TODAY.isoformat(), "--json", *options]) == 0
    rows: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    return rows


def picture(action: Action) -> dict[str, Any]:
    promise = action.history.promise_date
    return {
        "customer": action.name,
        "step": action.step,
        "reason": action.reason("id"),
        "waiting": not action.needs_action,
        "promise_date": promise.isoformat() if promise else None,
        "staff": action.staff,
        "late_fee": action.late_fee,
    }


@pytest.mark.parametrize("staff", [None, "andi"])
def test_actions_without_file_is_the_today_page(
    database: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    staff: str | None,
) -> None:
    on_page = page_list(monkeypatch, staff)
    from_cli = cli_list(capsys, *(["--staff", "Andi Wijaya"] if staff else []))
    assert [{k: row[k] for k in picture(on_page[0])} for row in from_cli] == [
        picture(a) for a in on_page
    ]
    assert any(row["promise_date"] for row in from_cli) == (staff is None)
    if staff:
        assert len(from_cli) == 2 and {row["staff"] for row in from_cli} == {"andi"}
    assert any(row["waiting"] for row in from_cli) == (staff is None)  # the promise waits


def test_actions_without_file_in_words_and_with_an_unknown_staff_member(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["actions", "--today", TODAY.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "[menunggu] " in out and "Daftar tagih 23 Nov 2026" in out
    assert main(["actions", "--today", TODAY.isoformat(), "--staff", "siapa"]) == 2
    assert "siapa" in capsys.readouterr().err
    assert main(["actions", str(SAMPLE), "--staff", "andi"]) == 2


def test_credit_without_file_is_the_credit_page(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The grades of the saved book with the owner's override and the promises recorded, as
    pages/credit.py shows them (``assess_saved``)."""
    from core.credit import Override, assess_saved

    with Store(database) as store:
        key = services.daily_list(store, Settings.of(store), TODAY, OWNER_AT_PC)[0].customer_key
        services.save_credit_override(store, OWNER_AT_PC, key, Override(stop_credit=True))
        expected = [a.as_dict("id") for a in assess_saved(store, store.ledger(), TODAY)]
    capsys.readouterr()
    assert main(["credit", "--today", TODAY.isoformat(), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found == expected
    assert any(row["stop_credit"] for row in found)


def test_actions_of_an_empty_database_say_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TAGIH_DB", str(tmp_path / "kosong.sqlite3"))
    assert main(["actions", "--today", TODAY.isoformat(), "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == [] and "kosong.sqlite3" in captured.err
