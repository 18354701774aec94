"""LAN mode: hashed passwords, staff see only their customers, every change is logged."""

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core.accounts import (
    AccountError,
    User,
    allowed_customers,
    create_user,
    sign_in,
    visible_ledger,
)
from core.aging import customer_balances, summarize
from core.ingest import read_ledger
from core.money import format_rupiah
from core.store import ACTOR, Store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
TODAY = date(2026, 11, 23)


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    monkeypatch.setenv("TAGIH_DATA", str(tmp_path))
    monkeypatch.setenv("TAGIH_DB", str(tmp_path / "tagih.sqlite3"))
    db = Store(tmp_path / "tagih.sqlite3")
    db.save_import(read_ledger(SAMPLE), SAMPLE.read_bytes(), now=datetime(2026, 11, 23))
    create_user(db, "pemilik", "Bu Sari", "owner", "rahasia-toko-1")
    create_user(db, "andi", "Andi", "staff", "andi-tagih-22")
    create_user(db, "rina", "Rina", "staff", "rina-tagih-33")
    db.set_setting("assignments", {"ud harapan baru": "Andi", "pak joko susilo": "Rina"})
    return db


def test_passwords_are_hashed_and_checked(store: Store, tmp_path: Path) -> None:
    assert sign_in(store, "ANDI ", "andi-tagih-22") == User("andi", "Andi", "staff")
    assert sign_in(store, "andi", "salah-sandi") is None
    assert sign_in(store, "tidakada", "andi-tagih-22") is None
    with sqlite3.connect(tmp_path / "tagih.sqlite3") as conn:
        stored = " ".join(row[0] for row in conn.execute("SELECT password_hash FROM users"))
    assert "andi-tagih-22" not in stored and stored.count("$argon2") == 3
    with pytest.raises(AccountError):
        create_user(store, "budi", "Budi", "staff", "pendek")


def test_staff_see_only_their_customers(store: Store) -> None:
    andi = User("andi", "Andi", "staff")
    mine = allowed_customers(andi, store.get_setting("assignments"))
    seen = visible_ledger(store.ledger(), mine)
    assert {b.name for b in customer_balances(seen, TODAY)} == {"UD Harapan Baru"}
    assert allowed_customers(User("pemilik", "Bu Sari", "owner"), {}) is None


def test_every_change_is_in_the_audit_log(store: Store) -> None:
    token = ACTOR.set("andi")
    try:
        store.add_event("contact", "ud harapan baru", datetime(2026, 11, 23), {"channel": "visit"})
    finally:
        ACTOR.reset(token)
    latest = store.audit_log(5)[0]
    assert (latest["actor"], latest["action"]) == ("andi", "add_contact")
    actions = [entry["action"] for entry in store.audit_log()]
    assert {"import", "add_user", "setting"} <= set(actions)
    assert all("rahasia" not in str(entry) for entry in store.audit_log())


def app(lang: str = "id") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.session_state["as_of"] = TODAY
    at.session_state["lang"] = lang
    return at


def test_lan_mode_asks_everyone_to_sign_in(store: Store) -> None:
    store.set_setting("lan_mode", True)
    at = app().run()
    assert not at.exception
    assert not at.metric and not at.dataframe  # nothing of the ledger before signing in
    at.text_input[0].input("andi")
    at.text_input[1].input("andi-tagih-22")
    at.button[0].click().run()
    assert not at.exception
    assert at.session_state["auth"]["user"].name == "Andi"


def test_a_staff_session_cannot_reach_other_customers_or_owner_pages(store: Store) -> None:
    store.set_setting("lan_mode", True)
    at = app()
    at.session_state["auth"] = {"user": User("andi", "Andi", "staff"),
                                "until": datetime.now() + timedelta(hours=1)}  # fmt: skip
    at.run()
    assert not at.exception
    at.switch_page("pages/customers.py").run()
    names = " ".join(str(v) for df in at.dataframe for v in df.value.to_numpy().ravel())
    assert "UD Harapan Baru" in names and "Pak Joko Susilo" not in names
    # A crafted request for another customer's key finds nothing to show.
    at.session_state["customer_key"] = "pak joko susilo"
    at.run()
    assert all(h.value != "Pak Joko Susilo" for h in at.header)
    for page in ("pages/upload.py", "pages/settings.py", "pages/discount.py"):
        at.switch_page(page).run()
        assert any("hanya untuk pemilik" in e.value for e in at.error), page


def test_a_staff_overview_adds_up_their_customers_only(store: Store) -> None:
    store.set_setting("lan_mode", True)
    mine = allowed_customers(User("andi", "Andi", "staff"), store.get_setting("assignments"))
    theirs = summarize(visible_ledger(store.ledger(), mine), TODAY).outstanding
    everyone = summarize(store.ledger(), TODAY).outstanding
    assert 0 < theirs < everyone
    # The owner first, then staff on the same database and date: figures are cached per viewer.
    for user, total in (
        (User("pemilik", "Bu Sari", "owner"), everyone),
        (User("andi", "Andi", "staff"), theirs),
    ):
        at = app()
        at.session_state["auth"] = {"user": user, "until": datetime.now() + timedelta(hours=1)}
        at.run()
        assert not at.exception
        assert at.metric[0].value == format_rupiah(total), user
        customers = set(at.dataframe[0].value["Pelanggan"])
        assert (customers == {"UD Harapan Baru"}) == (user.role == "staff")


def test_an_expired_session_signs_out(store: Store) -> None:
    store.set_setting("lan_mode", True)
    at = app()
    at.session_state["auth"] = {"user": User("andi", "Andi", "staff"),
                                "until": datetime.now() - timedelta(minutes=1)}  # fmt: skip
    at.run()
    assert not at.metric
