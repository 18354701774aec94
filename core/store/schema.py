"""Creating the tables (``core.store.tables``) and bringing an older database up to date.

A new database gets every table at ``SCHEMA_VERSION`` at once. An older one is upgraded in
place, one version at a time, each step (``MIGRATIONS``) in its own write transaction that also
records the new version, so an upgrade cut short resumes where it stopped; each step reads
the version again first and is skipped when another process made it meanwhile. A database
newer than this code is refused (``StoreError("newer_schema")``) rather than misread.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Final

from sqlalchemy import Connection, Engine, delete, insert, inspect, select, text, update

from core.ledger import customer_key
from core.store.accounts import insert_user
from core.store.audit import bump
from core.store.engine import WRITE, StoreError
from core.store.tables import (
    assignments,
    audit,
    contacts,
    events,
    invoices,
    meta,
    metadata,
    payments,
    sessions,
    settings,
    users,
)

SCHEMA_VERSION: Final = 11


def schema_version(conn: Connection) -> int | None:
    """The version the database says it is at; ``None`` when it has no tables yet."""
    if not inspect(conn).has_table("meta"):
        return None
    value = conn.scalar(select(meta.c.value).where(meta.c.key == "schema_version"))
    return None if value is None else int(value)


def create_schema(engine: Engine, url: str) -> None:
    """Make a new database's tables, or migrate an older one to ``SCHEMA_VERSION``."""
    with engine.connect() as conn:
        found = schema_version(conn)
    if found == SCHEMA_VERSION:
        return
    if found is not None and found > SCHEMA_VERSION:
        raise StoreError(url, "newer_schema", str(found))
    with engine.connect() as conn:
        conn.execution_options(**{WRITE: True})
        with conn.begin():
            found = schema_version(conn)
            if found is None:
                metadata.create_all(conn)
                conn.execute(
                    insert(meta),
                    [
                        {"key": "schema_version", "value": SCHEMA_VERSION},
                        {"key": "revision", "value": 0},
                        {"key": "ledger_revision", "value": 0},
                    ],
                )
                return
    for version in range(found, SCHEMA_VERSION):
        with engine.connect() as conn:
            conn.execution_options(**{WRITE: True})
            with conn.begin():
                if schema_version(conn) != version:
                    continue  # another process migrated it meanwhile
                MIGRATIONS[version](conn)
                conn.execute(
                    update(meta).where(meta.c.key == "schema_version").values(value=version + 1)
                )


def _migrate_1_to_2(conn: Connection) -> None:
    """Version 2: the events table (contacts, promises, offers…) and the ledger's own revision."""
    events.create(conn)
    current = conn.scalar(select(meta.c.value).where(meta.c.key == "revision")) or 0
    conn.execute(insert(meta).values(key="ledger_revision", value=current))


def _migrate_2_to_3(conn: Connection) -> None:
    """Version 3: accounts for LAN mode and the audit log."""
    users.create(conn)
    audit.create(conn)


def _migrate_3_to_4(conn: Connection) -> None:
    """Version 4: assignments by account, no longer by display name in a setting."""
    assignments.create(conn)
    assignments_from_settings(conn)


def _migrate_4_to_5(conn: Connection) -> None:
    """Version 5: a credit read from a book is a payment or a return (``payments.kind``)."""
    if "kind" in {column["name"] for column in inspect(conn).get_columns("payments")}:
        return
    conn.execute(text("ALTER TABLE payments ADD COLUMN kind VARCHAR(8) NOT NULL DEFAULT 'payment'"))


def _migrate_5_to_6(conn: Connection) -> None:
    """Version 6: a recorded event can be voided, kept with when and by whom."""
    have = {column["name"] for column in inspect(conn).get_columns("events")}
    if "voided_at" not in have:
        conn.execute(text("ALTER TABLE events ADD COLUMN voided_at VARCHAR(40)"))
    if "voided_by" not in have:
        conn.execute(text("ALTER TABLE events ADD COLUMN voided_by TEXT"))


def _migrate_6_to_7(conn: Connection) -> None:
    """Version 7: the signed-in browsers of LAN mode (``sessions``)."""
    sessions.create(conn, checkfirst=True)


def _migrate_7_to_8(conn: Connection) -> None:
    """Version 8: a customer's key leaves out the dots and commas of a name written short
    ("PT. Maju" is "PT Maju"): the stored keys are keyed again."""
    rekey_customers(conn)


def _migrate_8_to_9(conn: Connection) -> None:
    """Version 9: a customer's key reads a title however it is written ("Bpk" and "Bapak" are
    "Pak", "Ibu" is "Bu"): the stored keys are keyed again."""
    rekey_customers(conn)


def _migrate_9_to_10(conn: Connection) -> None:
    """Version 10: a legal form after a name and a comma is the name with it in front
    ("SINAR JAYA, PT" is "PT Sinar Jaya"): what was recorded under the name's old key
    ("sinar jaya pt") follows it (``comma_forms``)."""
    rekey_customers(conn, comma_forms(conn))


def _migrate_10_to_11(conn: Connection) -> None:
    """Version 11: what an invoice's own row paid on its own payment date ("Dibayar | Tgl
    Bayar"), kept so the saved book tells money received after the as-of date as the files
    do (``paid_after_today``). Imports saved before hold nothing there, and say of it what they
    said before (nothing); a file saved from then on keeps it."""
    have = {column["name"] for column in inspect(conn).get_columns("invoices")}
    if "paid_on" not in have:
        conn.execute(text("ALTER TABLE invoices ADD COLUMN paid_on DATE"))
    if "paid_on_amount" not in have:
        conn.execute(text("ALTER TABLE invoices ADD COLUMN paid_on_amount TEXT"))


def comma_forms(conn: Connection) -> dict[str, str]:
    """The stored key each name of the book written with its legal form after a comma had
    before version 10 ("SINAR JAYA, PT": 'sinar jaya pt', its comma lost in the key), each with
    its key now ('pt sinar jaya'); none where a name the book keeps without the comma ("Sinar
    Jaya PT") has the old key still: what was recorded under it stays there."""
    names: set[str] = set()
    for table in (invoices, payments, contacts):
        names.update(conn.scalars(select(table.c.customer).distinct()))
    moved: dict[str, str] = {}
    for name in names:
        old, new = customer_key(name.replace(",", " ")), customer_key(name)
        if old != new:
            moved[old] = new
    for name in names:
        if "," not in name:
            moved.pop(customer_key(name), None)
    return moved


# MIGRATIONS[n] upgrades a database of schema version n to n + 1.
MIGRATIONS: Final[dict[int, Callable[[Connection], None]]] = {
    1: _migrate_1_to_2,
    2: _migrate_2_to_3,
    3: _migrate_3_to_4,
    4: _migrate_4_to_5,
    5: _migrate_5_to_6,
    6: _migrate_6_to_7,
    7: _migrate_7_to_8,
    8: _migrate_8_to_9,
    9: _migrate_9_to_10,
    10: _migrate_10_to_11,
}


def rekey_customers(conn: Connection, moved: Mapping[str, str] | None = None) -> None:
    """Every stored customer key (an event's, a ``customer_key`` in an event's record, an
    assignment's) keyed again by ``customer_key``, or to the key ``moved`` gives it (a key
    that cannot tell the rule's new key itself: ``comma_forms``), so what was recorded for
    "PT. Maju" stays with the customer that key now names. Two assignments that become one
    customer keep the one whose key was already the customer's, else the first; the audit log
    says which went. Run by the migrations to versions 8, 9 and 10 (each time the rule
    changed) and by a restore of a backup made before the last of them."""
    moved = moved or {}

    def key_of(old: str) -> str:
        return moved.get(old) or customer_key(old)

    for old in conn.scalars(select(events.c.customer_key).distinct()).all():
        new = key_of(old)
        if new != old:
            conn.execute(
                update(events).where(events.c.customer_key == old).values(customer_key=new)
            )
    named = conn.execute(
        select(events.c.id, events.c.payload_json).where(
            events.c.payload_json.contains('"customer_key"')
        )
    ).all()
    for event_id, payload_json in named:
        payload = json.loads(payload_json)
        if _rekeyed(payload, key_of):
            conn.execute(
                update(events)
                .where(events.c.id == event_id)
                .values(payload_json=json.dumps(payload, ensure_ascii=False))
            )
    rows = conn.execute(
        select(assignments.c.customer_key, assignments.c.username).order_by(
            assignments.c.customer_key
        )
    ).all()
    if all(key_of(key) == key for key, _ in rows):
        return
    kept: dict[str, tuple[str, str]] = {}  # new key → (old key, username)
    for key, username in rows:
        new = key_of(key)
        if new not in kept or key == new:
            kept[new] = (key, username)
    dropped = [
        {"customer": key, "username": username}
        for key, username in rows
        if kept[key_of(key)] != (key, username)
    ]
    conn.execute(delete(assignments))
    conn.execute(
        insert(assignments),
        [{"customer_key": new, "username": username} for new, (_, username) in kept.items()],
    )
    if dropped:
        bump(conn, action="assign_merged", detail={"dropped": dropped})


def _rekeyed(value: object, key_of: Callable[[str], str]) -> bool:
    """Key again every ``customer_key`` text in a record read from JSON by ``key_of``, in
    place; whether any changed."""
    changed = False
    if isinstance(value, dict):
        for name, item in value.items():
            if name == "customer_key" and isinstance(item, str):
                new = key_of(item)
                if new != item:
                    value[name] = new
                    changed = True
            else:
                changed = _rekeyed(item, key_of) or changed
    elif isinstance(value, list):
        for item in value:
            changed = _rekeyed(item, key_of) or changed
    return changed


def assignments_from_settings(conn: Connection) -> None:
    """Move the version 3 settings ``staff`` (names) and ``assignments`` (customer → name) to
    accounts and the assignments table, then drop both settings.

    A name is the account whose username it is, else the first account made with it as display
    name, else a new staff account without a password (the owner sets one to let them sign in).
    Run by the migration to version 4 and by a restore of a backup made before it.
    """
    stored = {
        row[0]: json.loads(row[1])
        for row in conn.execute(
            select(settings.c.key, settings.c.value_json).where(
                settings.c.key.in_(("staff", "assignments"))
            )
        )
    }
    names = [str(n).strip() for n in stored.get("staff") or [] if str(n).strip()]
    old = {str(k): str(v).strip() for k, v in (stored.get("assignments") or {}).items()}
    accounts = conn.execute(select(users.c.username, users.c.display_name).order_by(users.c.id))
    by_username: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for username, display_name in accounts:
        by_username[username] = username
        by_name.setdefault(display_name.strip().casefold(), username)
    found: dict[str, str] = {}
    for name in dict.fromkeys([*names, *old.values()]):
        if not name:
            continue
        username = by_username.get(name.lower()) or by_name.get(name.casefold())
        if username is None:
            username = _free_username(name, by_username)
            insert_user(conn, username, name, "staff", "")
            by_username[username] = by_name[name.casefold()] = username
        found[name] = username
    rows = [{"customer_key": k, "username": found[v]} for k, v in old.items() if v in found]
    conn.execute(delete(assignments))
    if rows:
        conn.execute(insert(assignments), rows)
    conn.execute(delete(settings).where(settings.c.key.in_(("staff", "assignments"))))


def _free_username(name: str, taken: Mapping[str, str]) -> str:
    """A username made from a display name, not yet taken: "Pak Budi" → "pak.budi"."""
    base = ".".join(re.findall(r"[a-z0-9]+", name.casefold())) or "staf"
    candidate, n = base[:60], 1
    while candidate in taken:
        n += 1
        candidate = f"{base[:58]}{n}"
    return candidate
