"""Accounts for LAN mode: the owner and staff, argon2-hashed passwords, and who sees what.

The owner sees everything; a staff member sees and acts on only the customers assigned to them
(``visible_ledger``), and never the owner's pages (settings, imports, discounts, backups).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from core.ledger import CustomerKey, Ledger
from core.store import Store

Role = Literal["owner", "staff"]
ROLES: Final[tuple[Role, ...]] = ("owner", "staff")
MIN_PASSWORD: Final = 8
_HASHER: Final = PasswordHasher()


class AccountError(ValueError):
    """A bad username, password or role; ``code`` keys the message (``account.<code>``)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, slots=True)
class User:
    """Who is signed in. ``name`` is the display name, the one assignments use for staff."""

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


def create_user(store: Store, username: str, name: str, role: Role, password: str) -> None:
    username = username.strip().lower()
    if not username or not username.replace(".", "").replace("_", "").isalnum():
        raise AccountError("username_bad")
    if role not in ROLES:
        raise AccountError("role_bad")
    store.add_user(username, name.strip() or username, role, hash_password(password))


def sign_in(store: Store, username: str, password: str) -> User | None:
    """The user when the password matches an active account; ``None`` otherwise."""
    found = store.password_hash(username.strip().lower())
    if found is None:
        _HASHER.hash(password)  # the same work either way: no timing hint of who exists
        return None
    hashed, role, name = found
    try:
        _HASHER.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return None
    if _HASHER.check_needs_rehash(hashed):
        store.update_user(username.strip().lower(), password_hash=_HASHER.hash(password))
    return User(username.strip().lower(), name, role if role in ROLES else "staff")  # type: ignore[arg-type]


def has_owner(store: Store) -> bool:
    return any(u["role"] == "owner" and u["active"] for u in store.users())


def allowed_customers(user: User, assignments: Mapping[str, str]) -> set[CustomerKey] | None:
    """The customers this user may see: ``None`` means all (the owner)."""
    if user.is_owner:
        return None
    return {CustomerKey(key) for key, staff in assignments.items() if staff == user.name}


def visible_ledger(ledger: Ledger, allowed: set[CustomerKey] | None) -> Ledger:
    """The book restricted to the allowed customers: their invoices, payments and contacts."""
    if allowed is None:
        return ledger
    invoices = [inv for inv in ledger.invoices if inv.customer_key in allowed]
    payments = [p for p in ledger.payments if ledger.customer_of(p) in allowed]
    return Ledger(
        invoices=invoices,
        payments=payments,
        customer_names={k: v for k, v in ledger.customer_names.items() if k in allowed},
        phones={k: v for k, v in ledger.phones.items() if k in allowed},
    )
