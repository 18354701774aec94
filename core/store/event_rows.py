"""The rows of what the owner recorded about a customer (``events`` table), and voiding them.

A row is a kind, a customer, a time and a JSON payload; what a payload of each kind holds is
``core.events``' business (typed payloads, their encoding and their tokens), not this
module's. ``record_event`` is the store's one guard against saving twice: a token already
saved writes nothing. An event that changes the book (``core.events.LEDGER_KINDS``) counts
as a change of the ledger's revision when written, changed or voided.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Final

from sqlalchemy import Row, insert, select, update

from core.events import LEDGER_KINDS
from core.store.audit import bump
from core.store.engine import Database
from core.store.tables import events, json_value


@dataclass(frozen=True, slots=True)
class Event:
    """One thing the owner recorded about a customer; ``payload`` holds its fields as JSON.

    ``voided_at``/``voided_by`` are set once the owner voided it (it then counts no more).
    """

    id: int
    kind: str
    customer_key: str
    at: datetime
    payload: dict[str, Any]
    voided_at: datetime | None = None
    voided_by: str | None = None

    @property
    def voided(self) -> bool:
        return self.voided_at is not None


# The columns ``event_of`` reads, in its order.
EVENT_COLUMNS: Final = (
    events.c.id,
    events.c.kind,
    events.c.customer_key,
    events.c.at,
    events.c.payload_json,
    events.c.voided_at,
    events.c.voided_by,
)


def event_of(row: Row[*tuple[Any, ...]]) -> Event:
    """The ``Event`` of a row selected with ``EVENT_COLUMNS``."""
    voided = None if row[5] is None else datetime.fromisoformat(row[5])
    return Event(
        int(row[0]),
        row[1],
        row[2],
        datetime.fromisoformat(row[3]),
        json.loads(row[4]),
        voided,
        row[6],
    )


def _payload_json(payload: Mapping[str, Any]) -> str:
    return json.dumps(dict(payload), ensure_ascii=False, sort_keys=True, default=json_value)


class EventStore(Database):
    """Recording, reading, changing and voiding events."""

    def add_event(
        self,
        kind: str,
        customer_key: str,
        at: datetime,
        payload: Mapping[str, Any],
        *,
        token: str | None = None,
    ) -> Event:
        """Save one record about a customer at once, in one transaction (``record_event``)."""
        return self.record_event(kind, customer_key, at, payload, token=token)[0]

    def record_event(
        self,
        kind: str,
        customer_key: str,
        at: datetime,
        payload: Mapping[str, Any],
        *,
        token: str | None = None,
    ) -> tuple[Event, bool]:
        """Save one record about a customer, in one transaction; True when it was written.

        The store's one guard against saving twice: with a ``token``, saving the same token
        again (a double click, a second tab) writes nothing and returns the first event and
        False. The check and the write are one transaction, so two writers cannot both pass.
        """
        text = _payload_json(payload)
        with self._writing() as conn:
            if token is not None:
                row = conn.execute(select(*EVENT_COLUMNS).where(events.c.token == token)).first()
                if row is not None:
                    return event_of(row), False
            key = conn.execute(
                insert(events).values(
                    kind=kind,
                    customer_key=customer_key,
                    at=at.isoformat(),
                    payload_json=text,
                    token=token,
                )
            ).inserted_primary_key
            assert key is not None
            event_id = int(key[0])
            bump(
                conn,
                ledger=kind in LEDGER_KINDS,
                action=f"add_{kind}",
                detail={"customer": customer_key, "event_id": event_id},
            )
        return Event(event_id, kind, customer_key, at, json.loads(text)), True

    def events(
        self,
        kind: str | None = None,
        customer_key: str | None = None,
        *,
        include_void: bool = False,
    ) -> list[Event]:
        """Recorded events, oldest first; of one kind and/or one customer when given.

        Voided events are left out (they count for nothing) unless ``include_void``.
        """
        query = select(*EVENT_COLUMNS).order_by(events.c.at, events.c.id)
        if not include_void:
            query = query.where(events.c.voided_at.is_(None))
        if kind is not None:
            query = query.where(events.c.kind == kind)
        if customer_key is not None:
            query = query.where(events.c.customer_key == customer_key)
        with self._reading() as conn:
            return [event_of(row) for row in conn.execute(query)]

    def event(self, event_id: int) -> Event:
        """One recorded event, voided or not; ``LookupError`` when there is none."""
        with self._reading() as conn:
            row = conn.execute(select(*EVENT_COLUMNS).where(events.c.id == event_id)).first()
        if row is None:
            raise LookupError(f"no event {event_id}")
        return event_of(row)

    def update_event(self, event_id: int, payload: Mapping[str, Any]) -> None:
        """Replace an event's fields (a promise marked kept, an agreement cancelled)."""
        text = _payload_json(payload)
        with self._writing() as conn:
            kind = conn.scalar(select(events.c.kind).where(events.c.id == event_id))
            if kind is None:
                raise LookupError(f"no event {event_id}")
            conn.execute(update(events).where(events.c.id == event_id).values(payload_json=text))
            bump(
                conn,
                ledger=kind in LEDGER_KINDS,
                action=f"update_{kind}",
                detail={"event_id": event_id},
            )

    def void_event(self, event_id: int, *, at: datetime, by: str) -> Event:
        """Mark an event void (the owner's undo): kept, with when and by whom, and logged.

        From then on it counts for nothing: ``events()`` and the book leave it out. Its token is
        released, so the same thing can be recorded again, rightly this time. Voiding a voided
        event (a double click) changes nothing and returns it as it is.
        """
        with self._writing() as conn:
            row = conn.execute(select(*EVENT_COLUMNS).where(events.c.id == event_id)).first()
            if row is None:
                raise LookupError(f"no event {event_id}")
            found = event_of(row)
            if found.voided:
                return found
            conn.execute(
                update(events)
                .where(events.c.id == event_id)
                .values(voided_at=at.isoformat(), voided_by=by, token=None)
            )
            bump(
                conn,
                ledger=found.kind in LEDGER_KINDS,
                action=f"void_{found.kind}",
                detail={"customer": found.customer_key, "event_id": event_id, "by": by},
            )
        return replace(found, voided_at=at, voided_by=by)
