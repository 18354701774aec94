"""Signing in with a brake: a growing wait after failed tries, a lockout, every try logged.

Failures are counted per account and per client (the address the try came from), over the last
``Policy.window``. After ``Policy.free_failures`` of them the next try must wait, twice as long
after each further failure (1, 2, 4, … seconds, at most ``Policy.max_wait``): a try that comes
sooner is refused without checking the password, so a burst costs the server no hashing. After
``Policy.lock_after`` failures an account is locked until the owner unlocks it (Settings, or
``python -m core unlock USERNAME`` on the shop's computer), whatever the password; a success
clears the account's and the client's failures.

An account has two counts and two locks: one for tries from this computer (``LOCAL``, the
"localhost" the sign-in form names a browser on the shop's computer by) and one for tries from
every other address. A stranger on the network who locks the owner's account locks it for the
network only: the owner still signs in at the shop's computer, not even slowed down by the
stranger's failures, while the stranger stays locked out. Ten wrong passwords on this computer
lock it there too, so neither side can be guessed at more than ten times between unlocks.

The failures and lockouts are one setting (``SETTING``, JSON), so they survive a page reload
and a restart. Every try (signed in, wrong password, refused: too soon or locked) and every
unlock is a row of the audit log, with the username tried and the client, written in the same
transaction as the setting. The pure part (``Guard``, ``decide``, ``after_failure``…) takes
"now" as a parameter; so do the store's (``attempt``): core never reads the clock.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, Final, Literal

from core.access import Viewer, require
from core.accounts import User, sign_in
from core.store import ACTOR, Store

SETTING: Final = "signin_guard"
LOCAL: Final = "localhost"

Outcome = Literal["signed_in", "wrong", "too_soon", "locked"]

__all__ = [
    "LOCAL", "POLICY", "SETTING", "Attempt", "Guard", "Outcome", "Policy", "Verdict",
    "after_failure", "after_success", "attempt", "decide", "load_guard", "locked_accounts",
    "unlock", "unlock_account",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Policy:
    """How hard the brake is: waits in seconds, the lockout threshold, the counting window."""

    free_failures: int = 3
    first_wait: int = 1
    max_wait: int = 300
    lock_after: int = 10
    window: timedelta = timedelta(minutes=15)

    def wait_after(self, failures: int) -> timedelta:
        """How long the next try waits after ``failures`` recent failures.

        >>> [POLICY.wait_after(n).seconds for n in (0, 2, 3, 4, 5, 9, 20)]
        [0, 0, 1, 2, 4, 64, 300]
        """
        if failures < self.free_failures:
            return timedelta(0)
        doubled = self.first_wait * 2 ** min(failures - self.free_failures, 30)
        return timedelta(seconds=min(doubled, self.max_wait))


POLICY: Final = Policy()


def _account(username: str, client: str = "") -> str:
    """The key of ``username``'s failures from ``client``'s side: this computer's, or every
    other address's."""
    return f"local:{username}" if client == LOCAL else f"account:{username}"


def _client(client: str) -> str:
    return f"client:{client}"


@dataclass(frozen=True, slots=True)
class Guard:
    """What the brake remembers: the times of recent failures by key (``account:<username>``
    from other addresses, ``local:<username>`` from this computer, ``client:<address>``),
    oldest first; the accounts locked for other addresses (``locked``) and for this computer
    (``locked_here``), with when they were locked."""

    failures: Mapping[str, tuple[datetime, ...]] = field(default_factory=dict)
    locked: Mapping[str, datetime] = field(default_factory=dict)
    locked_here: Mapping[str, datetime] = field(default_factory=dict)

    def locks(self, client: str) -> Mapping[str, datetime]:
        """The locks that stop a try from ``client``: this computer's own, or the others'."""
        return self.locked_here if client == LOCAL else self.locked

    def recent(self, key: str, now: datetime, policy: Policy = POLICY) -> tuple[datetime, ...]:
        """The failures of ``key`` within the window before ``now``."""
        return tuple(at for at in self.failures.get(key, ()) if now - at < policy.window)

    def as_setting(self) -> dict[str, Any]:
        return {
            "failures": {k: [at.isoformat() for at in v] for k, v in self.failures.items() if v},
            "locked": {k: at.isoformat() for k, at in self.locked.items()},
            "locked_here": {k: at.isoformat() for k, at in self.locked_here.items()},
        }

    @classmethod
    def from_setting(cls, value: object) -> Guard:
        """The guard saved by ``as_setting``; what cannot be read is left out (an empty guard
        for a missing or damaged setting), never an error that would stop every sign-in."""
        if not isinstance(value, dict):
            return cls()
        failures: dict[str, tuple[datetime, ...]] = {}
        for key, times in (value.get("failures") or {}).items():
            read = tuple(at for at in map(_when, times if isinstance(times, list) else []) if at)
            if read:
                failures[str(key)] = read
        locked, here = (
            {str(k): at for k, v in (value.get(name) or {}).items() if (at := _when(v))}
            for name in ("locked", "locked_here")
        )
        return cls(failures, locked, here)


def _when(text: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(text))
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a try may check its password now: ``ok``, else ``too_soon`` (with the seconds
    left to wait, rounded up) or ``locked``."""

    status: Literal["ok", "too_soon", "locked"]
    wait_seconds: int = 0


def decide(
    guard: Guard, username: str, client: str, now: datetime, policy: Policy = POLICY
) -> Verdict:
    """Whether ``username`` may try from ``client`` at ``now``: never while the account is
    locked for ``client``'s side (this computer, or the other addresses), and each of the
    account's side and the client waits out its own delay after its last failure."""
    if username in guard.locks(client):
        return Verdict("locked")
    left = timedelta(0)
    for key in (_account(username, client), _client(client)):
        recent = guard.recent(key, now, policy)
        if recent:
            left = max(left, recent[-1] + policy.wait_after(len(recent)) - now)
    if left > timedelta(0):
        return Verdict("too_soon", math.ceil(left.total_seconds()))
    return Verdict("ok")


def after_failure(
    guard: Guard, username: str, client: str, now: datetime, policy: Policy = POLICY
) -> Guard:
    """The guard after a wrong password: the failure counted for the account's side (this
    computer, or the other addresses) and the client, the account locked for that side once
    it has ``policy.lock_after`` recent failures there, and failures older than the window
    forgotten (so the setting stays small)."""
    failures = {key: kept for key in guard.failures if (kept := guard.recent(key, now, policy))}
    for key in (_account(username, client), _client(client)):
        failures[key] = (*failures.get(key, ()), now)
    locked, here = dict(guard.locked), dict(guard.locked_here)
    if len(failures[_account(username, client)]) >= policy.lock_after:
        (here if client == LOCAL else locked).setdefault(username, now)
    return Guard(failures, locked, here)


def after_success(guard: Guard, username: str, client: str) -> Guard:
    """The guard after the right password: the account's side and the client start afresh
    (the other side's failures and lock stay: signing in at the shop's computer does not
    give a stranger on the network ten new tries)."""
    gone = {_account(username, client), _client(client)}
    return replace(guard, failures={k: v for k, v in guard.failures.items() if k not in gone})


def unlock(guard: Guard, username: str) -> Guard:
    """The guard with ``username`` unlocked and its failures forgotten, on both sides (not its
    clients')."""
    gone = {_account(username), _account(username, LOCAL)}
    return Guard(
        {k: v for k, v in guard.failures.items() if k not in gone},
        {k: v for k, v in guard.locked.items() if k != username},
        {k: v for k, v in guard.locked_here.items() if k != username},
    )


# The store's side: one try at a time, its record in the audit log.

# Tries run one at a time in this process: each reads the guard, checks the password and saves
# the guard, and two at once would count one failure. It also keeps hashing to one at a time.
_TRIES: Final = threading.Lock()


@dataclass(frozen=True, slots=True)
class Attempt:
    """What came of a try: the user when signed in; ``wait_seconds`` is how long until the next
    try from here may check a password (after a failure or a refusal)."""

    outcome: Outcome
    user: User | None = None
    wait_seconds: int = 0


def load_guard(store: Store) -> Guard:
    return Guard.from_setting(store.get_setting(SETTING, None))


def locked_accounts(store: Store) -> dict[str, datetime]:
    """The locked usernames (those of accounts and any other name tried) and when each was
    first locked (for other addresses or for this computer), oldest first."""
    guard = load_guard(store)
    both = {**guard.locked_here, **guard.locked}
    for name, at in guard.locked_here.items():
        both[name] = min(at, both[name])
    return dict(sorted(both.items(), key=lambda item: item[1]))


def attempt(
    store: Store,
    username: str,
    password: str,
    client: str,
    now: datetime,
    policy: Policy = POLICY,
) -> Attempt:
    """Try to sign in as ``username`` from ``client`` (its address, or what identifies it) at
    ``now``: refused without a password check while the account is locked or the delay runs,
    else the password checked; the guard updated and the try logged either way."""
    username = username.strip().lower()
    detail: dict[str, Any] = {"username": username, "client": client}
    with _TRIES:
        guard = load_guard(store)
        verdict = decide(guard, username, client, now, policy)
        if verdict.status != "ok":
            outcome: Outcome = "locked" if verdict.status == "locked" else "too_soon"
            _log(store, client, "sign_in_refused", {**detail, "outcome": outcome})
            return Attempt(outcome, wait_seconds=verdict.wait_seconds)
        user = sign_in(store, username, password)
        if user is not None:
            _log(store, client, "sign_in", detail, after_success(guard, username, client))
            return Attempt("signed_in", user)
        after = after_failure(guard, username, client, now, policy)
        locked = username in after.locks(client)
        _log(store, client, "sign_in_failed", {**detail, "locked": locked}, after)
        if locked:
            return Attempt("locked")
        return Attempt(
            "wrong", wait_seconds=decide(after, username, client, now, policy).wait_seconds
        )


def unlock_account(
    store: Store, viewer: Viewer, username: str, via: Literal["settings", "cli"] = "settings"
) -> bool:
    """The owner lifts the locks of ``username`` (and its failures), from Settings or ``via``
    the command line on the shop's computer; ``AccessDenied`` for anyone else. Whether there
    was anything to lift (nothing is logged when there was not)."""
    require(viewer, "edit_settings")
    with _TRIES:
        guard = load_guard(store)
        after = unlock(guard, username)
        if after == guard:
            return False
        _log(store, viewer.username, "unlock_account", {"username": username, "via": via}, after)
        return True


def _log(
    store: Store, actor: str, action: str, detail: Mapping[str, Any], guard: Guard | None = None
) -> None:
    """One audit row, and the guard when it changed, in one transaction: the try itself,
    with who and from where, is what the owner reads in the log, not a bare "setting"."""
    token = ACTOR.set(actor)
    try:
        if guard is not None:
            store.set_setting(SETTING, guard.as_setting(), action=action, detail=detail)
        else:
            store.log(action, detail)
    finally:
        ACTOR.reset(token)
