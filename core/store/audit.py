"""Counting and logging writes: the revisions of ``meta`` and the ``audit`` table.

Every write of the store ends with ``bump`` in its own transaction: one audit row (who from
``ACTOR``, when, what) and one more ``revision``; ``ledger_revision`` too when the book itself
changed, so the dashboard can cache the ledger by that number and skip the database on a rerun
when nothing changed. Only the rows that start, claim or keep alive a LAN session are written
without it (``core.store.accounts``), and the schema's own creation and migrations.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from core.store.engine import Database
from core.store.tables import audit, json_value, meta

# Who is writing: set by the dashboard for each page run (the signed-in user) and by the CLI.
# Every write records it in the audit log, in the same transaction.
ACTOR: ContextVar[str] = ContextVar("tagih_actor", default="owner")


def bump(
    conn: Connection,
    *,
    ledger: bool = False,
    action: str,
    detail: Mapping[str, Any] | None = None,
) -> None:
    """Count a write and log it (who, when, what); ``ledger=True`` when it changed the book."""
    conn.execute(
        insert(audit).values(
            at=datetime.now(UTC).isoformat(timespec="seconds"),
            actor=ACTOR.get(),
            action=action,
            detail_json=json.dumps(dict(detail or {}), ensure_ascii=False, default=json_value),
        )
    )
    keys = ("revision", "ledger_revision") if ledger else ("revision",)
    conn.execute(update(meta).where(meta.c.key.in_(keys)).values(value=meta.c.value + 1))


class AuditStore(Database):
    """The audit log and the revisions."""

    def log(self, action: str, detail: Mapping[str, Any]) -> None:
        """An audit row for something that changed nothing stored (a refused sign-in)."""
        with self._writing() as conn:
            bump(conn, action=action, detail=detail)

    def audit_log(self, limit: int = 500) -> list[dict[str, Any]]:
        """The latest changes, newest first: when, who, what."""
        query = select(audit.c.at, audit.c.actor, audit.c.action, audit.c.detail_json)
        with self._reading() as conn:
            rows = conn.execute(query.order_by(audit.c.id.desc()).limit(limit)).all()
        return [
            {"at": row[0], "actor": row[1], "action": row[2], "detail": json.loads(row[3])}
            for row in rows
        ]

    def revision(self) -> int:
        """A number that changes with every write."""
        with self._reading() as conn:
            return int(conn.scalar(select(meta.c.value).where(meta.c.key == "revision")) or 0)

    def ledger_revision(self) -> int:
        """A number that changes whenever the book changes: cache the ledger by it."""
        with self._reading() as conn:
            key = meta.c.key == "ledger_revision"
            return int(conn.scalar(select(meta.c.value).where(key)) or 0)
