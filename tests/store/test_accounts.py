"""core/store/accounts.py: accounts by username whatever its case, no hash shown, disabling
locks out, assignments always name an account; on SQLite and again on PostgreSQL."""

from __future__ import annotations

import pytest

from core.store import Store, StoreError


def test_accounts_are_kept_by_username_whatever_its_case(store: Store) -> None:
    store.add_user("Andi", "Andi", "staff", "hash-andi")
    store.add_user("rina", "Rina", "staff", "")
    with pytest.raises(StoreError) as taken:
        store.add_user("ANDI", "Andi Lain", "staff", "other")
    assert taken.value.code == "user_exists"
    assert [(u["username"], u["can_sign_in"]) for u in store.users()] == [
        ("andi", True),
        ("rina", False),
    ]
    assert all("hash-andi" not in str(u) for u in store.users())
    assert store.password_hash("ANDI") == ("hash-andi", "staff", "Andi")
    assert store.password_hash("rina") is None  # no password: cannot sign in
    assert store.user("nobody") is None


def test_a_disabled_account_cannot_sign_in_and_changes_are_logged(store: Store) -> None:
    store.add_user("andi", "Andi", "staff", "hash-andi")
    store.update_user("andi", active=False, display_name="Andi S.", unknown="ignored")
    assert store.password_hash("andi") is None
    assert store.user("andi")["display_name"] == "Andi S."  # type: ignore[index]
    store.update_user("andi", active=True, password_hash="new-hash")
    assert store.password_hash("andi") == ("new-hash", "staff", "Andi S.")
    latest = store.audit_log(1)[0]
    assert latest["action"] == "update_user"
    assert latest["detail"] == {"username": "andi", "active": True, "password": "changed"}
    with pytest.raises(StoreError) as missing:
        store.update_user("nobody", active=False)
    assert missing.value.code == "no_user"


def test_an_assignment_names_an_account_and_goes_back_to_the_owner(store: Store) -> None:
    store.add_user("andi", "Andi", "staff", "")
    store.assign("toko a", "ANDI")
    store.assign("toko b", "andi")
    assert store.assignments() == {"toko a": "andi", "toko b": "andi"}
    revision = store.revision()
    with pytest.raises(StoreError) as missing:
        store.assign("toko c", "nobody")
    assert missing.value.code == "no_user"
    assert store.revision() == revision  # the refused assignment wrote nothing
    store.assign("toko a", None)
    assert store.assignments() == {"toko b": "andi"}
