"""The owner's preferences as the store keeps them: one JSON value per key.

Untyped here: ``core.settings`` (``Settings.of``) turns them into typed values with their
defaults.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import insert, select, update

from core.store.audit import bump
from core.store.engine import Database
from core.store.tables import settings


class SettingStore(Database):
    """Reading and saving preferences (``settings`` table)."""

    def get_setting(self, key: str, default: Any = None) -> Any:
        """A saved preference (any JSON value), or ``default`` when never set."""
        with self._reading() as conn:
            text = conn.scalar(select(settings.c.value_json).where(settings.c.key == key))
        return default if text is None else json.loads(text)

    def all_settings(self) -> dict[str, Any]:
        """Every saved preference at once (key → JSON value), in one read."""
        with self._reading() as conn:
            rows = conn.execute(select(settings.c.key, settings.c.value_json)).all()
        return {key: json.loads(text) for key, text in rows}

    def set_setting(
        self,
        key: str,
        value: Any,
        *,
        action: str = "setting",
        detail: Mapping[str, Any] | None = None,
    ) -> None:
        """Save a preference; ``value`` must be JSON (a ``TypeError`` says when it is not).

        The audit log says ``action`` with ``detail`` (by default a bare "setting" and the
        key), in the same transaction: a caller whose write is an event of its own (a sign-in
        try) logs that event.
        """
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
        with self._writing() as conn:
            done = conn.execute(
                update(settings).where(settings.c.key == key).values(value_json=text)
            )
            if not done.rowcount:
                conn.execute(insert(settings).values(key=key, value_json=text))
            bump(conn, action=action, detail={"key": key} if detail is None else detail)
