"""Accounts for LAN mode: the owner and staff, argon2-hashed passwords, signing in.

An account is known by its username, unique in the store; the display name is only shown. What
an account may see and do is ``core.access``'s to decide. A disabled account, or one without a
password (made for a staff member who only collects, or moved from the old staff list), cannot
sign in; a session of a disabled account ends at its next page (``session_user``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from core.access import ROLES, Role
from core.store import Store

MIN_PASSWORD: Final = 8
_HASHER: Final = PasswordHasher()

__all__ = [
    "MIN_PASSWORD", "ROLES", "AccountError", "Role", "User", "create_user", "has_owner",
    "hash_password", "session_user", "set_active", "set_password", "sign_in",
]  # fmt: skip


class AccountError(ValueError):
    """A bad username, password or role; ``code`` keys the message (``account.<code>``)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, slots=True)
class User:
    """Who is signed in: ``username`` is the identity, ``name`` the display name."""

    username: str
    name: str
    role: Role

    @property
    def is_owner(self) -> bool:
        return self.role == "owner"


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise AccountError("password_short")
    return _HASHER.hash(password)


def _username(text: str) -> str:
    return text.strip().lower()


def create_user(store: Store, username: str, name: str, role: Role, password: str | None) -> None:
    """A new account. Without a password (``None`` or empty) it cannot sign in until the owner
    sets one; a staff member who only collects needs none."""
    username = _username(username)
    if not username or not username.replace(".", "").replace("_", "").isalnum():
        raise AccountError("username_bad")
    if role not in ROLES:
        raise AccountError("role_bad")
    if role == "owner" and not password:
        raise AccountError("owner_needs_password")  # the owner must be able to sign in
    hashed = hash_password(password) if password else ""
    store.add_user(username, name.strip() or username, role, hashed)


def sign_in(store: Store, username: str, password: str) -> User | None:
    """The user when the password matches an active account; ``None`` otherwise."""
    found = store.password_hash(_username(username))
    if found is None:
        _HASHER.hash(password)  # the same work either way: no timing hint of who exists
        return None
    hashed, role, name = found
    try:
        _HASHER.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return None
    if _HASHER.check_needs_rehash(hashed):
        store.update_user(_username(username), password_hash=_HASHER.hash(password))
    return User(_username(username), name, role if role in ROLES else "staff")  # type: ignore[arg-type]


def session_user(store: Store, user: User) -> User | None:
    """The signed-in user as the store has them now: ``None`` once the account is disabled or
    gone, with the role and name as they are now (a session ends at its next page)."""
    found = store.user(user.username)
    if found is None or not found["active"]:
        return None
    role: Role = "owner" if found["role"] == "owner" else "staff"
    return User(user.username, found["display_name"], role)


def set_password(store: Store, username: str, password: str) -> None:
    """A new password for an account (the owner's action in Settings)."""
    store.update_user(_username(username), password_hash=hash_password(password))


def set_active(store: Store, username: str, active: bool) -> None:
    """Enable or disable an account; the last active owner cannot be disabled (nobody could
    then manage the accounts)."""
    username = _username(username)
    accounts = store.users()
    owners = [u for u in accounts if u["role"] == "owner" and u["active"]]
    if not active and [u["username"] for u in owners] == [username]:
        raise AccountError("last_owner")
    store.update_user(username, active=active)


def has_owner(store: Store) -> bool:
    """Whether an active owner account that can sign in exists (LAN mode needs one)."""
    return any(u["role"] == "owner" and u["active"] and u["can_sign_in"] for u in store.users())
