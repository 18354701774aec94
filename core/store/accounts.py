"""The rows of LAN mode: accounts (``users``), who handles which customer (``assignments``)
and the signed-in browsers (``sessions``).

Only rows: ``core.accounts`` hashes and checks passwords, ``core.sessions`` decides when
a session starts, lives and ends. A username is stored trimmed and in lower case, so "Andi"
and "andi" are one account. A session's start is its sign-in's audit row and its end is
logged; starting, claiming and keeping one alive are not counted as writes (no audit row, no
new revision).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import Connection, Row, delete, insert, select, update

from core.store.audit import bump
from core.store.engine import Database, StoreError
from core.store.tables import assignments, sessions, users


def username_of(text: str) -> str:
    """An account's identity as stored: trimmed and lower case, so "Andi" and "andi" are one."""
    return text.strip().lower()


def insert_user(
    conn: Connection, username: str, display_name: str, role: str, password_hash: str
) -> None:
    """A new active account row, made now; ``username`` as ``username_of`` gives it."""
    conn.execute(
        insert(users).values(
            username=username,
            display_name=display_name,
            role=role,
            password_hash=password_hash,
            active=True,
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
    )


_USER_COLUMNS: Final = (
    users.c.username,
    users.c.display_name,
    users.c.role,
    users.c.active,
    (users.c.password_hash != "").label("can_sign_in"),
)


def _user(row: Row[*tuple[Any, ...]]) -> dict[str, Any]:
    user = dict(row._mapping)
    user["active"], user["can_sign_in"] = bool(user["active"]), bool(user["can_sign_in"])
    return user


class AccountStore(Database):
    """Accounts, assignments and sessions."""

    def add_user(self, username: str, display_name: str, role: str, password_hash: str) -> None:
        """A new account; ``StoreError("user_exists")`` when the username is taken, whatever
        its case. An empty ``password_hash`` makes an account that cannot sign in (until a
        password is set)."""
        username = username_of(username)
        with self._writing() as conn:
            taken = conn.scalar(select(users.c.id).where(users.c.username == username))
            if taken is not None:
                raise StoreError(self.url, "user_exists", username)
            insert_user(conn, username, display_name, role, password_hash)
            bump(conn, action="add_user", detail={"username": username, "role": role})

    def users(self) -> list[dict[str, Any]]:
        """The accounts in the order made, without their password hashes (``can_sign_in`` says
        whether one is set)."""
        query = select(*_USER_COLUMNS).order_by(users.c.id)
        with self._reading() as conn:
            return [_user(row) for row in conn.execute(query)]

    def user(self, username: str) -> dict[str, Any] | None:
        """One account as ``users`` gives it; ``None`` when there is none of that name."""
        query = select(*_USER_COLUMNS).where(users.c.username == username_of(username))
        with self._reading() as conn:
            row = conn.execute(query).first()
        return None if row is None else _user(row)

    def password_hash(self, username: str) -> tuple[str, str, str] | None:
        """(hash, role, display name) of an active account that has a password, for signing
        in; ``None`` if none."""
        query = select(users.c.password_hash, users.c.role, users.c.display_name).where(
            users.c.username == username_of(username),
            users.c.active,
            users.c.password_hash != "",
        )
        with self._reading() as conn:
            row = conn.execute(query).first()
        return None if row is None else (row[0], row[1], row[2])

    def update_user(self, username: str, **values: Any) -> None:
        """Change an account's password hash, role, display name or active flag (other keys
        are ignored). A new password or a disabled account ends its sessions at once."""
        allowed = {
            k: v
            for k, v in values.items()
            if k in ("password_hash", "role", "display_name", "active")
        }
        username = username_of(username)
        with self._writing() as conn:
            done = conn.execute(update(users).where(users.c.username == username).values(**allowed))
            if not done.rowcount:
                raise StoreError(self.url, "no_user", username)
            if "password_hash" in allowed or allowed.get("active") is False:
                conn.execute(delete(sessions).where(sessions.c.username == username))
            shown = {k: v for k, v in allowed.items() if k != "password_hash"}
            if "password_hash" in allowed:
                shown["password"] = "changed"
            bump(conn, action="update_user", detail={"username": username, **shown})

    def assignments(self) -> dict[str, str]:
        """Who handles each customer: customer key → the staff account's username."""
        with self._reading() as conn:
            rows = conn.execute(select(assignments.c.customer_key, assignments.c.username))
            return {row[0]: row[1] for row in rows}

    def assign(self, customer_key: str, username: str | None) -> None:
        """Hand a customer to the account ``username``, or back to the owner with ``None``.

        ``StoreError("no_user")`` when there is no such account: an assignment always names one.
        """
        username = None if username is None else username_of(username)
        with self._writing() as conn:
            conn.execute(delete(assignments).where(assignments.c.customer_key == customer_key))
            if username is not None:
                if conn.scalar(select(users.c.id).where(users.c.username == username)) is None:
                    raise StoreError(self.url, "no_user", username)
                conn.execute(
                    insert(assignments).values(customer_key=customer_key, username=username)
                )
            bump(conn, action="assign", detail={"customer": customer_key, "username": username})

    def add_session(
        self,
        username: str,
        handoff_hash: str,
        *,
        created_at: str,
        handoff_until: str,
        idle_until: str,
        expires_at: str,
        client: str,
        agent: str,
    ) -> int:
        """A new session of ``username`` waiting for its browser to claim it with the secret
        whose digest is ``handoff_hash``; its id. Sessions already over at ``created_at`` (past
        ``expires_at`` or ``idle_until``) go in the same transaction."""
        over = (sessions.c.expires_at < created_at) | (sessions.c.idle_until < created_at)
        with self._writing() as conn:
            conn.execute(delete(sessions).where(over))
            key = conn.execute(
                insert(sessions).values(
                    username=username_of(username),
                    token_hash=None,
                    handoff_hash=handoff_hash,
                    handoff_until=handoff_until,
                    created_at=created_at,
                    last_seen=created_at,
                    idle_until=idle_until,
                    expires_at=expires_at,
                    client=client,
                    agent=agent,
                )
            ).inserted_primary_key
            assert key is not None
            return int(key[0])

    def claim_session(self, handoff_hash: str, token_hash: str, now: str) -> int | None:
        """Trade a session's one-time handoff secret (by its digest, before ``handoff_until``)
        for its lasting token (by its digest); the session's id, ``None`` when no session waits
        for that secret (a second claim finds none)."""
        waiting = (sessions.c.handoff_hash == handoff_hash) & (sessions.c.handoff_until >= now)
        with self._writing() as conn:
            found = conn.scalar(select(sessions.c.id).where(waiting))
            if found is None:
                return None
            conn.execute(
                update(sessions)
                .where(sessions.c.id == found)
                .values(token_hash=token_hash, handoff_hash=None)
            )
        return int(found)

    def session(self, session_id: int) -> dict[str, Any] | None:
        """One session's row (digests included), ``None`` when it ended."""
        with self._reading() as conn:
            row = conn.execute(select(sessions).where(sessions.c.id == session_id)).first()
        return None if row is None else dict(row._mapping)

    def sessions(self) -> list[dict[str, Any]]:
        """Every session row, oldest first, without the digests."""
        shown = [c for c in sessions.c if not c.name.endswith("_hash")]
        with self._reading() as conn:
            rows = conn.execute(select(*shown).order_by(sessions.c.id)).all()
        return [dict(row._mapping) for row in rows]

    def touch_session(self, session_id: int, last_seen: str, idle_until: str) -> None:
        """A session was used: when, and until when it lives without use. Not a change of
        anything the owner keeps: no audit row, no new revision."""
        with self._writing() as conn:
            conn.execute(
                update(sessions)
                .where(sessions.c.id == session_id)
                .values(last_seen=last_seen, idle_until=idle_until)
            )

    def end_session(self, session_id: int, action: str, detail: Mapping[str, Any]) -> bool:
        """End a session (``action``: ``sign_out``, ``revoke_session``…, logged with
        ``detail``); False when it had already ended (nothing is logged then)."""
        with self._writing() as conn:
            done = conn.execute(delete(sessions).where(sessions.c.id == session_id))
            if not done.rowcount:
                return False
            bump(conn, action=action, detail=detail)
        return True
