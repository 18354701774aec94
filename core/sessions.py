"""Signed-in browsers of LAN mode that outlive a reload: a session token in an HttpOnly cookie.

A session starts when the sign-in form's password is right (``start``). The browser then trades
a one-time handoff secret, valid ``HANDOFF`` (a minute), for its lasting token (``claim``), which
the server sets as an HttpOnly, SameSite=Strict cookie (``ui/session_cookie.py``): so the token
itself never passes through the page, and the page's scripts cannot read it. A reload, a tab the
phone brought back or a second tab shows the cookie, and the session goes on (``resume``).

The token is ``<session id>.<secret>`` with 32 random bytes of secret; the store keeps only the
SHA-256 digest of each secret (``sessions`` table), so a copy of the database signs nobody in.
Every use is checked against the store (``check``), which is what makes a session revocable:
the owner ends one in Settings (``revoke``), signing out ends one (``sign_out``), and disabling
an account or changing its password ends all of its sessions (the store does, in the same
transaction). A session lives ``IDLE`` (12 hours) after its last use, and never longer than
``LIFETIME`` (7 days) after signing in: a phone used through the shop's day stays signed in,
one left overnight in a drawer asks again the next morning, and a lost one at most a week.

Core never reads the clock: every function takes ``now`` (aware, UTC).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from core.access import Viewer, require
from core.accounts import User, account
from core.store import ACTOR, Store

IDLE: Final = timedelta(hours=12)
LIFETIME: Final = timedelta(days=7)
HANDOFF: Final = timedelta(minutes=1)
TOUCH_EVERY: Final = timedelta(minutes=5)  # a session's "last seen" is kept to this precision
AGENT_CHARS: Final = 160

__all__ = [
    "HANDOFF", "IDLE", "LIFETIME", "Session", "active", "check", "claim", "device", "resume",
    "revoke",
    "sign_out", "start", "waiting",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Session:
    """One signed-in browser: whose, since when, last used, until when, from where."""

    id: int
    username: str
    created: datetime
    last_seen: datetime
    idle_until: datetime
    expires: datetime
    client: str
    agent: str

    def ends(self) -> datetime:
        """When it ends unless used again."""
        return min(self.idle_until, self.expires)

    def alive(self, now: datetime) -> bool:
        return now < self.ends()


def _iso(moment: datetime) -> str:
    """UTC, to the second: the stored text, which compares as the times do."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _session(row: dict[str, Any]) -> Session:
    return Session(
        id=int(row["id"]),
        username=str(row["username"]),
        created=datetime.fromisoformat(row["created_at"]),
        last_seen=datetime.fromisoformat(row["last_seen"]),
        idle_until=datetime.fromisoformat(row["idle_until"]),
        expires=datetime.fromisoformat(row["expires_at"]),
        client=str(row["client"]),
        agent=str(row["agent"]),
    )


def device(agent: str) -> str:
    """What a browser's User-Agent says of its device, for the owner's list: its first part in
    brackets ("Linux; Android 14; SM-A155F"), else its start.

    >>> device("Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 Chrome/131.0")
    'Linux; Android 14; SM-A155F'
    >>> device("curl/8.5.0")
    'curl/8.5.0'
    """
    opened, _, rest = agent.partition("(")
    inside, closed, _ = rest.partition(")")
    return inside.strip() if closed and inside.strip() else opened.strip()[:60]


def start(store: Store, user: User, now: datetime, client: str, agent: str = "") -> tuple[int, str]:
    """A session for ``user``, who has just given the right password: its id, for the page that
    signed in, and the one-time handoff secret its browser trades for the cookie (``claim``)."""
    handoff = secrets.token_urlsafe(32)
    session_id = store.add_session(
        user.username,
        _digest(handoff),
        created_at=_iso(now),
        handoff_until=_iso(now + HANDOFF),
        idle_until=_iso(now + min(IDLE, LIFETIME)),
        expires_at=_iso(now + LIFETIME),
        client=client,
        agent=agent[:AGENT_CHARS],
    )
    return session_id, handoff


def claim(store: Store, handoff: str, now: datetime) -> str | None:
    """The cookie's token for a session's handoff secret, once and within ``HANDOFF``; ``None``
    for a secret unknown, already traded or too old."""
    if not handoff or len(handoff) > 100:
        return None
    secret = secrets.token_urlsafe(32)
    session_id = store.claim_session(_digest(handoff), _digest(secret), _iso(now))
    return None if session_id is None else f"{session_id}.{secret}"


def waiting(store: Store, session_id: int, now: datetime) -> bool:
    """Whether a session still waits for its browser to claim its cookie (``claim``)."""
    row = store.session(session_id)
    if row is None or row["token_hash"]:
        return False
    return now < datetime.fromisoformat(row["handoff_until"])


def check(store: Store, session_id: int, now: datetime) -> tuple[Session, User] | None:
    """The session and its user as they are now, while the session lives and its account is
    active; each use keeps it alive ``IDLE`` longer (never past ``LIFETIME``). ``None`` once it
    ended, expired, or its account was disabled or removed."""
    row = store.session(session_id)
    return None if row is None else _living(store, row, now)


def resume(store: Store, token: str | None, now: datetime) -> tuple[Session, User] | None:
    """The session a cookie's token names, as ``check`` gives it; ``None`` for no token, a
    token of another form, or one whose secret does not match its session's digest."""
    if not isinstance(token, str) or len(token) > 200:
        return None
    session_id, _, secret = token.partition(".")
    if not session_id.isdigit() or not secret:
        return None
    row = store.session(int(session_id))
    if row is None or not row["token_hash"]:
        return None
    if not hmac.compare_digest(str(row["token_hash"]), _digest(secret)):
        return None
    return _living(store, row, now)


def _living(store: Store, row: dict[str, Any], now: datetime) -> tuple[Session, User] | None:
    session = _session(row)
    user = account(store, session.username)
    if user is None or not session.alive(now):
        return None
    if now - session.last_seen >= TOUCH_EVERY:
        idle_until = min(now + IDLE, session.expires)
        store.touch_session(session.id, _iso(now), _iso(idle_until))
        session = Session(
            session.id,
            session.username,
            session.created,
            now,
            idle_until,
            session.expires,
            session.client,
            session.agent,
        )
    return session, user


def active(store: Store, viewer: Viewer, now: datetime) -> list[Session]:
    """The living sessions, oldest first, for the owner (``AccessDenied`` for anyone else)."""
    require(viewer, "edit_settings")
    return [s for s in map(_session, store.sessions()) if s.alive(now)]


def sign_out(store: Store, session_id: int) -> None:
    """The signed-in user ends their own session (logged under their name by the caller's
    ``ACTOR``); its cookie then names nothing."""
    store.end_session(session_id, "sign_out", {"session": session_id})


def revoke(store: Store, viewer: Viewer, session_id: int) -> bool:
    """The owner ends someone's session: its browser's next action asks to sign in. False when
    it had already ended. ``AccessDenied`` for anyone but the owner."""
    require(viewer, "edit_settings")
    row = store.session(session_id)
    if row is None:
        return False
    token = ACTOR.set(viewer.username)
    try:
        detail = {"session": session_id, "username": row["username"], "client": row["client"]}
        return store.end_session(session_id, "revoke_session", detail)
    finally:
        ACTOR.reset(token)
