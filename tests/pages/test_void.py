"""Voiding from where a record was made (Hari Ini, Kesepakatan) and from the customer's
timeline, headless (AppTest): one "Batalkan", a "yes", and the record counts no more."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core.store import Store

ROOT = Path(__file__).resolve().parents[2]
TODAY = date.fromisoformat(
    json.loads((ROOT / "sample_data" / "expected_sample.json").read_text("utf-8"))["today"]
)


@pytest.fixture(autouse=True)
def own_database(app_db: Path) -> Path:
    """Each test's own database (tests/pages/conftest.py), for every test of this file."""
    return app_db


def run_page(page: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.session_state["as_of"] = TODAY
    at.run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def button(at: AppTest, prefix: str) -> object:
    return next(b for b in at.button if b.key and b.key.startswith(prefix))


def test_a_contact_is_voided_right_where_it_was_logged(own_database: Path) -> None:
    at = run_page("pages/today.py")
    count = int(at.metric[0].value)
    button(at, "log_save_").click().run()  # type: ignore[attr-defined]
    assert int(at.metric[0].value) == count - 1  # contacted: waiting for an answer now
    [event] = Store(own_database).events("contact")
    button(at, "undo_today_").click().run()  # type: ignore[attr-defined]
    assert any("Yakin membatalkan" in w.value for w in at.warning)
    at.button(key=f"void_yes_{event.id}").click().run()
    assert not at.exception, at.exception
    assert any("Catatan dibatalkan" in s.value for s in at.success)
    assert int(at.metric[0].value) == count
    assert Store(own_database).events("contact") == []
    assert not [b for b in at.button if b.key and b.key.startswith("undo_today_")]


def test_a_payment_is_voided_where_it_was_entered_and_from_the_timeline(
    own_database: Path,
) -> None:
    at = run_page("pages/agreements.py")
    at.text_input(key="payment_amount").input("1.000.000").run()
    at.button(key="payment_save").click().run()
    store = Store(own_database)
    [payment] = store.events("payment")
    before_void = store.ledger()
    button(at, "undo_agreements_").click().run()  # type: ignore[attr-defined]
    at.button(key="void_no_" + str(payment.id)).click().run()  # "Tidak jadi": nothing voided
    assert store.events("payment") == [payment]
    button(at, "undo_agreements_").click().run()  # type: ignore[attr-defined]
    at.button(key=f"void_yes_{payment.id}").click().run()
    assert not at.exception, at.exception
    assert store.events("payment") == []
    assert store.ledger() != before_void

    at.switch_page("pages/agreements.py").run()  # entered again, then voided on the timeline
    at.text_input(key="payment_amount").input("1.000.000").run()
    at.button(key="payment_save").click().run()
    [again] = store.events("payment")
    assert again.id != payment.id
    at.switch_page("pages/customers.py").run()
    at.button(key=f"void_{again.id}").click().run()
    at.button(key=f"void_yes_{again.id}").click().run()
    assert not at.exception, at.exception
    assert store.events("payment") == []
    assert [e.voided for e in store.events("payment", include_void=True)] == [True, True]


def test_a_payment_entered_here_is_listed_as_entered_by_hand_not_by_a_row_number(
    own_database: Path,
) -> None:
    at = run_page("pages/agreements.py")
    at.text_input(key="payment_amount").input("750rb").run()
    at.button(key="payment_save").click().run()
    [payment] = Store(own_database).events("payment")
    at.switch_page("pages/customers.py").run()
    assert not at.exception, at.exception
    table = next(d.value for d in at.dataframe if "Lembar" in d.value.columns
                 and "Tanggal bayar" in d.value.columns)  # fmt: skip
    [row] = table[table["Jumlah"] == 750_000].to_dict("records")
    assert row["Lembar"] == "Pembayaran manual"
    assert row["Baris"] is None or row["Baris"] != row["Baris"]  # empty (None or NaN)
    assert payment.id not in set(table["Baris"].dropna())
