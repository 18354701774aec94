"""Accounts for LAN mode: the owner and staff, argon2-hashed passwords, signing in.

An account is known by its username, unique in the store; the display name is only shown. What
an account may see and do is ``core.access``'s to decide. A disabled account, or one without a
password (made for a staff member who only collects, or moved from the old staff list), cannot
sign in; a session of a disabled account ends at its next page (``session_user``).

Passwords are checked when set (``check_password``): at least ``MIN_PASSWORD`` characters, none
of the common ones, not the username or the shop's name. Hashing costs ``MEMORY_KIB`` of memory
(argon2id at OWASP's minimum), and at most ``HASHING_AT_ONCE`` hashes run at a time, so a burst
of sign-ins queues instead of exhausting the server's memory. How often one may try is
``core.signin``'s to decide.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Final, Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from core.access import ROLES, Role
from core.i18n import CodeKeys, Lang, t
from core.store import Store

MIN_PASSWORD: Final = 10
MEMORY_KIB: Final = 19 * 1024  # OWASP's argon2id minimum (m=19 MiB, t=2, p=1)
HASHING_AT_ONCE: Final = 2
_HASHER: Final = PasswordHasher(time_cost=2, memory_cost=MEMORY_KIB, parallelism=1)
_HASHING: Final = threading.BoundedSemaphore(HASHING_AT_ONCE)

# Passwords tried first by anyone guessing, as typed (``check_password`` compares them in lower
# case with spaces and punctuation left out, and with trailing digits left out too).
COMMON_PASSWORDS: Final = frozenset(
    {
        "12345678", "123456789", "1234567890", "0123456789", "87654321", "11111111",
        "00000000", "12341234", "password", "password1", "password123", "passw0rd",
        "qwerty", "qwerty123", "qwertyuiop", "asdfghjkl", "abc12345", "abcd1234", "admin",
        "admin123", "administrator", "tagih", "tagih123", "letmein", "welcome", "iloveyou",
        "sayang", "bismillah", "indonesia", "rahasia", "katasandi", "toko", "toko123",
        "pemilik", "owner", "staff", "staf", "kasir", "jakarta", "surabaya",
    }
)  # fmt: skip

__all__ = [
    "COMMON_PASSWORDS", "MIN_PASSWORD", "ROLES", "AccountError", "Role", "User", "account",
    "check_password",
    "create_user", "has_owner", "hash_password", "session_user", "set_active", "set_password",
    "sign_in",
]  # fmt: skip


AccountProblem = Literal[
    "password_short", "password_common", "username_bad", "role_bad", "owner_needs_password",
    "last_owner",
]  # fmt: skip
ERROR_KEYS: Final = CodeKeys[AccountProblem](
    AccountProblem,
    {
        "password_short": "account.password_short",
        "password_common": "account.password_common",
        "username_bad": "account.username_bad",
        "role_bad": "account.role_bad",
        "owner_needs_password": "account.owner_needs_password",
        "last_owner": "account.last_owner",
    },
)


class AccountError(ValueError):
    """A bad username, password or role; ``code`` says which (``ERROR_KEYS`` its message)."""

    def __init__(self, code: AccountProblem) -> None:
        super().__init__(code)
        self.code: AccountProblem = code

    def message(self, lang: Lang = "id") -> str:
        return t(ERROR_KEYS[self.code], lang)


@dataclass(frozen=True, slots=True)
class User:
    """Who is signed in: ``username`` is the identity, ``name`` the display name."""

    username: str
    name: str
    role: Role

    @property
    def is_owner(self) -> bool:
        return self.role == "owner"


def _plain(text: str) -> str:
    """Letters and digits only, in lower case: "Toko Sumber-Rejeki" and "tokosumberrejeki"
    are one guess."""
    return "".join(c for c in text.lower() if c.isalnum())


def check_password(password: str, username: str = "", shop: str = "") -> None:
    """Raise ``AccountError`` for a password anyone could guess: shorter than ``MIN_PASSWORD``
    (``password_short``), one of ``COMMON_PASSWORDS``, one character repeated, or the username
    or the shop's name or a part of it (each also with digits after it) (``password_common``).

    >>> check_password("kopi-susu-pagi")
    >>> check_password("Password123")
    Traceback (most recent call last):
    core.accounts.AccountError: password_common
    """
    if len(password) < MIN_PASSWORD:
        raise AccountError("password_short")
    plain = _plain(password)
    stem = plain.rstrip("0123456789")
    words = [_plain(word) for word in shop.split()]
    runs = {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    guessed = {_plain(word) for word in COMMON_PASSWORDS} | {_plain(username)}
    guessed |= {run for run in runs if len(run) >= 4}  # "sumberrejeki" as much as the whole
    if plain in guessed or stem in guessed or len(set(plain)) <= 1:
        raise AccountError("password_common")


def hash_password(password: str, username: str = "", shop: str = "") -> str:
    """The argon2 hash of a password that passed ``check_password``."""
    check_password(password, username, shop)
    with _HASHING:
        return _HASHER.hash(password)


def _shop_name(store: Store) -> str:
    business = store.get_setting("business", {}) or {}
    return str(business.get("name", "")) if isinstance(business, dict) else ""


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
    hashed = hash_password(password, username, _shop_name(store)) if password else ""
    store.add_user(username, name.strip() or username, role, hashed)


def sign_in(store: Store, username: str, password: str) -> User | None:
    """The user when the password matches an active account; ``None`` otherwise.

    Only the password is checked here: whether this try is allowed at all (delays, lockouts)
    and its record in the audit log are ``core.signin.attempt``'s, which the sign-in form calls.
    A hash made with older, costlier settings is replaced by one of today's on success.
    """
    found = store.password_hash(_username(username))
    with _HASHING:
        if found is None:
            _HASHER.hash(password)  # the same work either way: no timing hint of who exists
            return None
        hashed, role, name = found
        try:
            _HASHER.verify(hashed, password)
        except (VerificationError, InvalidHashError):
            return None
        renewed = _HASHER.hash(password) if _HASHER.check_needs_rehash(hashed) else None
    if renewed is not None:
        store.update_user(_username(username), password_hash=renewed)
    return User(_username(username), name, role if role in ROLES else "staff")  # type: ignore[arg-type]


def account(store: Store, username: str) -> User | None:
    """The active account ``username`` as the store has it now (its role and name as they are
    now); ``None`` once it is disabled or gone."""
    found = store.user(username)
    if found is None or not found["active"]:
        return None
    role: Role = "owner" if found["role"] == "owner" else "staff"
    return User(found["username"], found["display_name"], role)


def session_user(store: Store, user: User) -> User | None:
    """The signed-in user as the store has them now: ``None`` once the account is disabled or
    gone (a session ends at its next page)."""
    return account(store, user.username)


def set_password(store: Store, username: str, password: str) -> None:
    """A new password for an account (the owner's action in Settings), checked as at creation."""
    username = _username(username)
    hashed = hash_password(password, username, _shop_name(store))
    store.update_user(username, password_hash=hashed)


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
