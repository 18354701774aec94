"""Everything the owner recorded in one portable file (``dump``), and back (``restore``).

The file is a zip: a manifest and one JSON-lines file per table, the same from SQLite and
PostgreSQL. ``core.backup_file`` checks a file before anything is replaced; ``core.backup``
writes the daily copies. LAN sessions (``sessions``) are never in a backup.
"""

from __future__ import annotations

import base64
import io
import json
import logging
import zipfile
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any, Final

from sqlalchemy import BigInteger, Connection, Integer, delete, insert, select, text
from sqlalchemy.exc import SQLAlchemyError

from core.backup_file import BackupProblem, read_backup
from core.store.audit import bump
from core.store.engine import Database, StoreError, error_detail
from core.store.schema import (
    SCHEMA_VERSION,
    assignments_from_settings,
    comma_forms,
    rekey_customers,
)
from core.store.tables import (
    assignments,
    audit,
    contacts,
    events,
    imports,
    invoices,
    payments,
    sessions,
    settings,
    users,
)

# Parents before children: restore inserts in this order and deletes in the reverse one.
BACKUP_TABLES: Final = (
    imports, invoices, payments, contacts, settings, events, users, audit, assignments,
)  # fmt: skip


class BackupStore(Database):
    """Dumping the database to a backup and restoring one."""

    def dump(self, *, now: datetime) -> bytes:
        """Everything in one zip: a manifest and one JSON-lines file per table.

        Portable between SQLite and PostgreSQL (no database-specific format): file bytes as
        base64, dates as ISO text, amounts as the exact text they are stored as.
        """
        buffer = io.BytesIO()
        with self._reading() as conn, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
            counts: dict[str, int] = {}
            for table in BACKUP_TABLES:
                lines = []
                for row in conn.execute(select(table).order_by(*table.primary_key.columns)):
                    lines.append(json.dumps(_dump_row(dict(row._mapping)), ensure_ascii=False))
                counts[table.name] = len(lines)
                out.writestr(f"{table.name}.jsonl", "\n".join(lines))
            manifest = {
                "app": "tagih",
                "schema_version": SCHEMA_VERSION,
                "created": now.isoformat(),
                "tables": counts,
            }
            out.writestr("manifest.json", json.dumps(manifest, indent=2))
        return buffer.getvalue()

    def restore(self, data: bytes, before: Callable[[], object] | None = None) -> dict[str, int]:
        """Replace everything with a backup from ``dump``, in one transaction.

        ``before`` runs once the file has passed every check and before anything is replaced
        (the page keeps a copy of the current book there), so a refused file leaves no trace.

        The whole file is read and checked first (``core.backup_file``: sizes bounded as they
        are read, each table's lines counted against the manifest, every row fitted to its
        table); ``StoreError("bad_backup")`` says what is wrong, table and line, and the
        database is untouched then, and also when anything fails midway.

        A backup without accounts (none made yet, or a file from before LAN mode) leaves the
        current accounts, their audit log and the ``lan_mode`` setting in place: restoring the
        book never locks the owner out of a server open to the network. A backup with accounts
        ends every session. A backup from before version 4 has its staff settings turned into
        accounts and assignments, as the migration does.
        """
        try:
            backup = read_backup(data, BACKUP_TABLES, SCHEMA_VERSION)
        except BackupProblem as problem:
            # The detail in the library's words ("no zip directory") for the log, not the owner.
            logging.getLogger("tagih").info("backup refused: %s (%s)", problem.code, problem.detail)
            raise StoreError(self.url, "bad_backup", str(problem), problem) from problem
        if before is not None:
            before()
        with self._writing() as conn:
            keep = not backup.rows["users"] and conn.scalar(select(users.c.id).limit(1)) is not None
            lan = conn.scalar(select(settings.c.value_json).where(settings.c.key == "lan_mode"))
            replaced = [t for t in BACKUP_TABLES if not (keep and t in (users, audit))]
            for table in reversed(replaced):
                conn.execute(delete(table))
            for table in replaced:
                rows = backup.rows[table.name]
                if keep and table is settings:
                    rows = [r for r in rows if r["key"] != "lan_mode"]
                    if lan is not None:
                        rows.append({"key": "lan_mode", "value_json": lan})
                if not rows:
                    continue
                try:
                    conn.execute(insert(table), rows)
                except (SQLAlchemyError, ValueError) as exc:
                    refused = BackupProblem("rejected", table=table.name, detail=error_detail(exc))
                    raise StoreError(self.url, "bad_backup", str(refused), refused) from exc
            if not keep:  # the accounts came from the backup: nobody stays signed in
                conn.execute(delete(sessions))
            if backup.version < 4:
                assignments_from_settings(conn)
            if backup.version < 10:  # made before the customer key's last rule
                rekey_customers(conn, comma_forms(conn))
            if conn.dialect.name == "postgresql":
                _reset_sequences(conn)
            counts = {name: len(rows) for name, rows in backup.rows.items()}
            bump(conn, ledger=True, action="restore", detail=counts)
        return counts


def _reset_sequences(conn: Connection) -> None:
    """After rows came in with their own ids, new ids must start above them (PostgreSQL)."""
    for table in BACKUP_TABLES:
        for column in table.primary_key.columns:
            if column.autoincrement is False or not isinstance(column.type, (Integer, BigInteger)):
                continue
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                    f"COALESCE((SELECT MAX({column.name}) FROM {table.name}), 0) + 1, false)"
                )
            )


def _dump_row(row: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, (bytes, memoryview)):
            out[key] = {"base64": base64.b64encode(bytes(value)).decode("ascii")}
        elif isinstance(value, (date, datetime)):
            out[key] = value.isoformat()
        else:
            out[key] = value
    return out
