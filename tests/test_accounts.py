"""LAN mode: hashed passwords, accounts by username, staff see only their customers, sign-in
follows the server's address, every change is logged."""

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from core.access import viewer_of, visible_ledger
from core.accounts import (
    AccountError,
    User,
    create_user,
    session_user,
    set_active,
    set_password,
    sign_in,
)
from core.aging import customer_balances
from core.store import ACTOR, Store, StoreError
from tests.factories import TODAY, demo_store


def shop_with_staff(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    """The demo shop's database with its owner and two staff, each assigned a customer."""
    monkeypatch.setenv("TAGIH_DATA", str(tmp_path))
    monkeypatch.setenv("TAGIH_DB", str(tmp_path / "tagih.sqlite3"))
    monkeypatch.delenv("TAGIH_LAN", raising=False)
    db = demo_store(tmp_path / "tagih.sqlite3")
    create_user(db, "pemilik", "Bu Sari", "owner", "rahasia-toko-1")
    create_user(db, "andi", "Andi", "staff", "andi-tagih-22")
    create_user(db, "rina", "Rina", "staff", "rina-tagih-33")
    db.assign("ud harapan baru", "andi")
    db.assign("pak joko susilo", "rina")
    return db


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    return shop_with_staff(tmp_path, monkeypatch)


ANDI = User("andi", "Andi", "staff")


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
    andi = viewer_of("andi", "staff", store.assignments())
    seen = visible_ledger(andi, store.ledger())
    assert {b.name for b in customer_balances(seen, TODAY)} == {"UD Harapan Baru"}
    assert viewer_of("pemilik", "owner", {}).scope is None


def test_usernames_are_unique_whatever_their_case(store: Store) -> None:
    with pytest.raises(StoreError) as found:
        create_user(store, " Andi", "Andi Lain", "staff", "andi-lain-99")
    assert found.value.code == "user_exists"
    with pytest.raises(StoreError):  # the store itself keeps one account per name
        store.add_user("ANDI", "Andi Lain", "staff", "")
    with pytest.raises(StoreError):
        store.assign("toko makmur", "tidakada")  # an assignment always names an account


def test_the_owner_changes_a_password_and_disables_an_account(store: Store) -> None:
    set_password(store, "andi", "sandi-baru-77")
    assert sign_in(store, "andi", "andi-tagih-22") is None
    assert sign_in(store, "andi", "sandi-baru-77") == ANDI
    set_active(store, "andi", False)
    assert sign_in(store, "andi", "sandi-baru-77") is None
    assert session_user(store, ANDI) is None  # a session still open ends at its next page
    set_active(store, "andi", True)
    assert session_user(store, ANDI) == ANDI
    with pytest.raises(AccountError) as found:
        set_active(store, "pemilik", False)
    assert found.value.code == "last_owner"


def test_an_account_without_a_password_cannot_sign_in(store: Store) -> None:
    create_user(store, "dewi", "Dewi", "staff", None)
    assert sign_in(store, "dewi", "") is None
    assert {u["username"]: u["can_sign_in"] for u in store.users()}["dewi"] is False
    with pytest.raises(AccountError):
        create_user(store, "bos", "Bos", "owner", None)


def test_every_change_is_in_the_audit_log(store: Store) -> None:
    token = ACTOR.set("andi")
    try:
        store.add_event("contact", "ud harapan baru", datetime(2026, 11, 23), {"channel": "visit"})
    finally:
        ACTOR.reset(token)
    latest = store.audit_log(5)[0]
    assert (latest["actor"], latest["action"]) == ("andi", "add_contact")
    actions = [entry["action"] for entry in store.audit_log()]
    assert {"import", "add_user", "assign"} <= set(actions)
    assert all("rahasia" not in str(entry) for entry in store.audit_log())


def test_the_launcher_opens_the_network_only_with_lan_mode_and_an_owner(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import launch

    assert not launch._lan_mode()
    store.set_setting("lan_mode", True)
    assert launch._lan_mode()
    store.update_user("pemilik", active=False)  # nobody could sign in to manage it
    assert not launch._lan_mode()


def test_a_version_3_backup_restores_its_assignments_by_account(store: Store) -> None:
    import io
    import json
    import zipfile

    old = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(store.dump(now=datetime(2026, 11, 23)))) as new, \
            zipfile.ZipFile(old, "w") as out:  # fmt: skip
        for name in new.namelist():
            data = new.read(name)
            if name == "manifest.json":  # what Tagih 3 wrote: no assignments, one more setting
                manifest = json.loads(data)
                counts = manifest["tables"]
                del counts["assignments"]
                counts["settings"] += 1
                data = json.dumps({**manifest, "schema_version": 3}).encode()
            if name == "settings.jsonl":
                row = {"key": "assignments", "value_json": '{"toko a": "Rina"}'}
                data = (data.decode() + "\n" + json.dumps(row)).strip().encode()
            if name != "assignments.jsonl":
                out.writestr(name, data)
    store.restore(old.getvalue())
    assert store.assignments() == {"toko a": "rina"}
    assert store.get_setting("assignments") is None
