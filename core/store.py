"""The database that remembers what the owner imported, so nothing is uploaded twice.

SQLAlchemy Core, not the ORM: the same statements run on the default SQLite file and, with
``TAGIH_DB=postgresql://…``, on PostgreSQL. Every write is one transaction that also adds one to
``meta.revision``, so the dashboard can cache the ledger by that number and skip the database
on a rerun when nothing changed.

Schema, version 7 (``SCHEMA_VERSION``; created on open, older versions migrated in place by
``MIGRATIONS``, each step in one transaction):

``meta(key PK, value INTEGER)``
    ``schema_version``, ``revision`` (the number of writes so far) and ``ledger_revision`` (the
    number of writes that changed the book: imports and payments entered by hand).
``imports(id PK, file_name UNIQUE, digest UNIQUE, format, imported_at, is_demo, n_invoices,
n_payments, n_problems, default_term, report_json, data, mapping_json)``
    One row per file kept. ``digest`` is the SHA-256 of ``data``, the original bytes (kept so
    the file can be read again with a corrected column mapping). ``report_json`` is
    ``core.report.file_report`` plus the file's ``problems`` and ``ignored`` sheets, so they
    come back without reading the file again. ``default_term`` is the default term in days the
    reader applied (NULL when no invoice needed it). ``imported_at`` is ISO 8601 text, as the
    caller gave it. ``mapping_json`` is the explicit column mapping (and the book's shape, under
    ``"shape"``, when the owner chose one), NULL for the guessed one.
``invoices(id PK, import_id FK, number, customer, invoice_date, due_date, due_source, amount,
paid, cost, phone, email, address, sheet, excel_row)``
``payments(id PK, import_id FK, amount, invoice_number, customer, paid_on, sheet, excel_row, kind)``
``contacts(id PK, import_id FK, customer, phone, email, address)``
    The records as read, in the order read (``id``: ``build_ledger`` breaks ties by order).
    ``import_id`` references ``imports`` ON DELETE CASCADE and is indexed. The file name of
    ``Source`` is the import's ``file_name``. A payment's ``kind`` (since version 5) says
    whether the credit is a payment or a return.
``settings(key PK, value_json)``
    Owner preferences as JSON.
``users(id PK, username UNIQUE, display_name, role, password_hash, active, created_at)`` and
``audit(id PK, at, actor, action, detail_json)`` (since version 3)
    Accounts for LAN mode (passwords hashed with argon2 by ``core.accounts``; an empty hash
    is an account that cannot sign in) and the log of every change: who, when, what. Each write
    adds its audit row in the same transaction. ``username`` is the account's identity.
``assignments(customer_key PK, username)`` (since version 4)
    Which staff account handles each customer (playbook step 6, and what staff see in LAN
    mode). Version 3 kept this as a setting naming staff by display name; the migration turns
    each name into its account (an account without a password when none matched).
``events(id PK, kind, customer_key, at, payload_json, token UNIQUE NULL, voided_at NULL,
voided_by NULL)`` (since version 2; voiding since version 6)
    What the owner recorded about a customer: contacts, promises, offers, agreements, letters,
    payments entered by hand. ``kind`` names it, ``payload_json`` holds its fields
    (``core.events`` encodes and decodes them), ``at`` is ISO 8601 text. ``token`` makes a
    write idempotent: the same token twice (a double click, two tabs) stores one event. A
    voided event (the owner's undo) is kept with when (``voided_at``) and by whom
    (``voided_by``); ``events()`` and the book leave it out unless asked for.
``sessions(id PK, username, token_hash NULL, handoff_hash NULL, handoff_until, created_at,
last_seen, idle_until, expires_at, client, agent)`` (since version 7)
    The signed-in browsers of LAN mode (``core.sessions``): only SHA-256 digests of their
    secrets, times as ISO 8601 UTC text. Not in backups (a restore with accounts ends them all),
    and ended at once when their account is disabled or its password changed.

Amounts are TEXT holding the exact decimal (``"1250000"``, ``"1250000.50"``): exact for every
value the reader yields, sub-sen oddities included, on every database. Never REAL: SQLite's
NUMERIC affinity would turn ``"0.10"`` into a binary float.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any, Final, Literal, Self, cast

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Date,
    Engine,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Row,
    Select,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from core.aging import DEFAULT_EDGES, summarize
from core.backup_file import BackupProblem, read_backup
from core.events import LEDGER_KINDS, ManualPayment
from core.i18n import CodeKeys, Lang, t
from core.ingest import Batch, IgnoredSheet, LedgerFile, Problem
from core.ledger import (
    Contact,
    DueSource,
    Invoice,
    Ledger,
    Payment,
    Source,
    build_ledger,
    customer_key,
    invoice_key,
)
from core.money import Amount, amount_from_text, amount_text
from core.paths import data_dir, private_dir, private_file
from core.report import book_checks, book_shape, file_report, summary_payload
from core.speed import gc_paused as _gc_paused

__all__ = [
    "SCHEMA_VERSION", "ImportOutcome", "ImportRecord", "ImportStatus", "Store", "StoreError",
    "UnknownImportError", "db_url", "default_db_url",
]  # fmt: skip

SCHEMA_VERSION: Final = 7
DB_FILE: Final = "tagih.sqlite3"
ImportStatus = Literal["new", "unchanged", "replaced"]

# Set on a connection that is about to write: SQLite then takes the write lock at BEGIN, so a
# read-then-write (is this file already saved?) cannot interleave with another writer.
_WRITE: Final = "tagih_write"

_metadata = MetaData()

meta = Table(
    "meta",
    _metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Integer, nullable=False),
)

imports = Table(
    "imports",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("file_name", Text, nullable=False, unique=True),
    Column("digest", String(64), nullable=False, unique=True),
    Column("format", String(8), nullable=False),
    Column("imported_at", String(40), nullable=False),
    Column("is_demo", Boolean, nullable=False, default=False),
    Column("n_invoices", Integer, nullable=False),
    Column("n_payments", Integer, nullable=False),
    Column("n_problems", Integer, nullable=False),
    Column("default_term", Integer, nullable=True),
    Column("report_json", Text, nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("mapping_json", Text, nullable=True),
    # Ids are never reused, so an id a page still holds cannot name a later import.
    sqlite_autoincrement=True,
)


# Record ids grow with every re-import: 64-bit where it matters (SQLite's rowid already is).
_RecordId = BigInteger().with_variant(Integer(), "sqlite")


def _import_fk() -> Column[int]:
    return Column(
        "import_id", Integer, ForeignKey("imports.id", ondelete="CASCADE"), nullable=False
    )


invoices = Table(
    "invoices",
    _metadata,
    Column("id", _RecordId, primary_key=True),
    _import_fk(),
    Column("number", Text, nullable=False),
    Column("customer", Text, nullable=False),
    Column("invoice_date", Date, nullable=True),
    Column("due_date", Date, nullable=False),
    Column("due_source", String(8), nullable=False),
    Column("amount", Text, nullable=False),
    Column("paid", Text, nullable=False),
    Column("cost", Text, nullable=True),
    Column("phone", Text, nullable=True),
    Column("email", Text, nullable=True),
    Column("address", Text, nullable=True),
    Column("sheet", Text, nullable=False),
    Column("excel_row", Integer, nullable=False),
    Index("ix_invoices_import", "import_id"),
)

payments = Table(
    "payments",
    _metadata,
    Column("id", _RecordId, primary_key=True),
    _import_fk(),
    Column("amount", Text, nullable=False),
    Column("invoice_number", Text, nullable=False),
    Column("customer", Text, nullable=False),
    Column("paid_on", Date, nullable=True),
    Column("sheet", Text, nullable=False),
    Column("excel_row", Integer, nullable=False),
    Column("kind", String(8), nullable=False, server_default="payment"),
    Index("ix_payments_import", "import_id"),
)

contacts = Table(
    "contacts",
    _metadata,
    Column("id", _RecordId, primary_key=True),
    _import_fk(),
    Column("customer", Text, nullable=False),
    Column("phone", Text, nullable=True),
    Column("email", Text, nullable=True),
    Column("address", Text, nullable=True),
    Index("ix_contacts_import", "import_id"),
)

settings = Table(
    "settings",
    _metadata,
    Column("key", String(200), primary_key=True),
    Column("value_json", Text, nullable=False),
)

events = Table(
    "events",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("customer_key", Text, nullable=False),
    Column("at", String(40), nullable=False),
    Column("payload_json", Text, nullable=False),
    Column("token", String(64), nullable=True, unique=True),
    Column("voided_at", String(40), nullable=True),
    Column("voided_by", Text, nullable=True),
    Index("ix_events_customer", "customer_key", "kind"),
    sqlite_autoincrement=True,
)

users = Table(
    "users",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("display_name", Text, nullable=False),
    Column("role", String(16), nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", String(40), nullable=False),
    sqlite_autoincrement=True,
)

audit = Table(
    "audit",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("at", String(40), nullable=False),
    Column("actor", Text, nullable=False),
    Column("action", String(64), nullable=False),
    Column("detail_json", Text, nullable=False),
    Index("ix_audit_at", "at"),
    sqlite_autoincrement=True,
)

assignments = Table(
    "assignments",
    _metadata,
    Column("customer_key", Text, primary_key=True),
    Column("username", String(64), nullable=False),
)

sessions = Table(
    "sessions",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(64), nullable=False, index=True),
    Column("token_hash", String(64), nullable=True),
    Column("handoff_hash", String(64), nullable=True, unique=True),
    Column("handoff_until", String(40), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("last_seen", String(40), nullable=False),
    Column("idle_until", String(40), nullable=False),
    Column("expires_at", String(40), nullable=False),
    Column("client", Text, nullable=False),
    Column("agent", Text, nullable=False),
    sqlite_autoincrement=True,  # an ended session's id never comes back for a newer one
)

# Who is writing: set by the dashboard for each page run (the signed-in user) and by the CLI.
# Every write records it in the audit log, in the same transaction.
ACTOR: ContextVar[str] = ContextVar("tagih_actor", default="owner")

# Events that change the book itself (and so the ledger's cache key).
LEDGER_EVENT_KINDS: Final = LEDGER_KINDS
MANUAL_SOURCE: Final = "(manual)"

_RECORDS: Final = (invoices, payments, contacts)


StoreProblem = Literal["cannot_open", "newer_schema", "bad_backup", "user_exists", "no_user"]
_STORE_KEYS: Final = CodeKeys[StoreProblem](
    StoreProblem,
    {
        "cannot_open": "store.cannot_open",
        "newer_schema": "store.newer_schema",
        "bad_backup": "store.bad_backup",
        "user_exists": "store.user_exists",
        "no_user": "store.no_user",
    },
)


class StoreError(Exception):
    """The database cannot be opened or used. ``code`` keys the texts (``store.<code>``)."""

    def __init__(
        self, url: str, code: StoreProblem, detail: str = "", problem: BackupProblem | None = None
    ) -> None:
        super().__init__(f"{url}: {code} {detail}".strip())
        self.url = url
        self.code: StoreProblem = code
        self.detail = detail
        self.problem = problem  # why a backup was refused, told in the reader's language

    def message(self, lang: Lang = "id") -> str:
        detail = self.problem.message(lang) if self.problem else self.detail
        return t(_STORE_KEYS[self.code], lang, url=self.url, detail=detail)


class UnknownImportError(LookupError):
    """No import with this id (already removed, perhaps from another tab)."""


@dataclass(frozen=True, slots=True)
class ImportRecord:
    """One saved file, without its bytes and report (ask ``file_bytes``/``import_report``)."""

    id: int
    file_name: str
    digest: str
    format: str
    imported_at: datetime
    is_demo: bool
    n_invoices: int
    n_payments: int
    n_problems: int
    default_term: int | None
    mapping: dict[str, str | None] | None


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What ``save_import`` did with a file.

    ``record`` is the import that now holds the file's content: the new one, or for
    ``"unchanged"`` the one already saved (its ``file_name`` says which file it duplicates).
    ``replaced`` is the import removed by a ``"replaced"``.
    """

    status: ImportStatus
    file_name: str
    record: ImportRecord
    replaced: ImportRecord | None = None

    @property
    def duplicate_of(self) -> str | None:
        """The saved file this one repeats under another name, if so."""
        if self.status == "unchanged" and self.record.file_name != self.file_name:
            return self.record.file_name
        return None


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


_EVENT_COLUMNS: Final = (
    events.c.id,
    events.c.kind,
    events.c.customer_key,
    events.c.at,
    events.c.payload_json,
    events.c.voided_at,
    events.c.voided_by,
)


def _event(row: Row[*tuple[Any, ...]]) -> Event:
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


def _json_value(value: object) -> object:
    """Dates as ISO text and exact amounts as text, so JSON never holds a float amount."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


def db_url(value: str | Path) -> str:
    """An SQLAlchemy URL from a URL or a plain path (a path means an SQLite file).

    >>> db_url("postgresql://tagih@localhost/tagih")
    'postgresql://tagih@localhost/tagih'
    >>> db_url("/srv/tagih/tagih.sqlite3")
    'sqlite:////srv/tagih/tagih.sqlite3'
    """
    if isinstance(value, str) and "://" in value:
        return value
    path = Path(value).expanduser()
    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def default_db_url() -> str:
    """``TAGIH_DB`` (a path or an SQLAlchemy URL), else ``tagih.sqlite3`` in the data folder.

    The data folder is created when missing.
    """
    configured = os.environ.get("TAGIH_DB", "").strip()
    if configured:
        return db_url(configured)
    return db_url(private_dir(data_dir()) / DB_FILE)


class Store:
    """The imports and their records in one database; ``ledger()`` rebuilds the book from them.

    Safe to share between threads (the engine pools connections). Reads see one consistent
    state: each public call runs in one transaction.
    """

    def __init__(self, url: str | Path) -> None:
        text = db_url(url)
        try:
            parsed = make_url(text)
        except ArgumentError as exc:
            raise StoreError(text, "cannot_open", str(exc)) from exc
        self.url = parsed.render_as_string(hide_password=True)
        try:
            self._engine = _engine(parsed)
            self._create_schema()
        except StoreError:
            raise
        except (SQLAlchemyError, ImportError, OSError) as exc:
            raise StoreError(self.url, "cannot_open", _detail(exc)) from exc

    @classmethod
    def open_default(cls) -> Store:
        """The store named by ``TAGIH_DB``, else the SQLite file in the data folder."""
        return cls(default_db_url())

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    # Transactions.

    def _create_schema(self) -> None:
        with self._engine.connect() as conn:
            found = _schema_version(conn)
        if found == SCHEMA_VERSION:
            return
        if found is not None and found > SCHEMA_VERSION:
            raise StoreError(self.url, "newer_schema", str(found))
        with self._engine.connect() as conn:
            conn.execution_options(**{_WRITE: True})
            with conn.begin():
                found = _schema_version(conn)
                if found is None:
                    _metadata.create_all(conn)
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
            with self._engine.connect() as conn:
                conn.execution_options(**{_WRITE: True})
                with conn.begin():
                    if _schema_version(conn) != version:
                        continue  # another process migrated it meanwhile
                    MIGRATIONS[version](conn)
                    conn.execute(
                        update(meta).where(meta.c.key == "schema_version").values(value=version + 1)
                    )

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        """One read transaction: its several SELECTs see one state of the database."""
        with self._engine.connect() as conn:
            if conn.dialect.name != "sqlite":  # SQLite's BEGIN already gives one snapshot
                conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                yield conn

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """One write transaction. Writers queue: SQLite by BEGIN IMMEDIATE, others by locking
        the revision row first, so a check-then-write cannot race another writer."""
        with self._engine.connect() as conn:
            conn.execution_options(**{_WRITE: True})
            with conn.begin():
                conn.execute(select(meta.c.value).where(meta.c.key == "revision").with_for_update())
                yield conn

    # Imports.

    def save_import(
        self,
        result: LedgerFile,
        data: bytes,
        *,
        now: datetime,
        is_demo: bool = False,
        mapping: Mapping[str, str | None] | None = None,
    ) -> ImportOutcome:
        """Keep a file just read (``result``) and its bytes, in one transaction.

        The same content already saved, under this name or another, is ``"unchanged"`` and
        nothing is written, unless it was read differently (another ``mapping``, another
        default term), which replaces it. A new version of a saved file name is ``"replaced"``:
        the old import and exactly its rows go, so an updated ledger updates instead of
        doubling. A real import of the demo file takes over the demo's copy. Else ``"new"``.
        """
        digest = hashlib.sha256(data).hexdigest()
        if digest != result.digest:
            raise ValueError(f"{result.name}: the bytes given are not the file that was read")
        mapping_json = _mapping_json(mapping)
        default_term = _default_term(result)
        with _gc_paused(), self._writing() as conn:
            same_content = _record_where(conn, imports.c.digest == digest)
            if same_content is not None and not (same_content.is_demo and not is_demo):
                same_reading = (
                    same_content.mapping == _mapping_of(mapping_json)
                    and same_content.default_term == default_term
                )
                if same_reading or same_content.file_name != result.name:
                    return ImportOutcome("unchanged", result.name, same_content)
            if same_content is not None and same_content.file_name != result.name:
                _delete_import(conn, same_content.id)  # the demo's copy of this very file
            replaced = _record_where(conn, imports.c.file_name == result.name)
            if replaced is not None:
                _delete_import(conn, replaced.id)
            record = _insert_import(
                conn, result, data, now, is_demo, mapping_json, default_term, digest
            )
            _bump(
                conn,
                ledger=True,
                action="import",
                detail={
                    "file": result.name,
                    "status": "replaced" if replaced else "new",
                    "invoices": len(result.invoices),
                },
            )
        status: ImportStatus = "replaced" if replaced is not None else "new"
        return ImportOutcome(status, result.name, record, replaced)

    def imports(self) -> list[ImportRecord]:
        """Every saved import, newest first (the order they were saved)."""
        with self._reading() as conn:
            rows = conn.execute(select(*_RECORD_COLUMNS).order_by(imports.c.id.desc())).all()
        return [_record(row) for row in rows]

    def import_report(self, import_id: int) -> dict[str, Any]:
        """``file_report`` of the import, plus its ``problems`` and ``ignored`` sheets."""
        with self._reading() as conn:
            text = conn.scalar(select(imports.c.report_json).where(imports.c.id == import_id))
        if text is None:
            raise UnknownImportError(import_id)
        report: dict[str, Any] = json.loads(text)
        return report

    def import_findings(self, import_id: int) -> tuple[list[Problem], list[IgnoredSheet]]:
        """One import's problem rows and ignored sheets, ready to show in any language."""
        report = self.import_report(import_id)
        return _problems(report), _ignored(report)

    def file_bytes(self, import_id: int) -> bytes:
        """The original file, to read it again (with another column mapping, say)."""
        with self._reading() as conn:
            data = conn.scalar(select(imports.c.data).where(imports.c.id == import_id))
        if data is None:
            raise UnknownImportError(import_id)
        return bytes(data)

    def remove_import(self, import_id: int) -> None:
        """Forget one import and exactly its rows."""
        with self._writing() as conn:
            if not _delete_import(conn, import_id):
                raise UnknownImportError(import_id)
            _bump(conn, ledger=True, action="remove_import", detail={"import_id": import_id})

    def clear_demo(self) -> int:
        """Remove the demo imports; returns how many there were."""
        with self._writing() as conn:
            ids = conn.scalars(select(imports.c.id).where(imports.c.is_demo)).all()
            for import_id in ids:
                _delete_import(conn, import_id)
            if ids:
                _bump(conn, ledger=True, action="clear_demo", detail={"imports": len(ids)})
        return len(ids)

    def has_demo(self) -> bool:
        with self._reading() as conn:
            return conn.scalar(select(imports.c.id).where(imports.c.is_demo).limit(1)) is not None

    def is_empty(self) -> bool:
        """True when nothing has been imported yet."""
        with self._reading() as conn:
            return conn.scalar(select(imports.c.id).limit(1)) is None

    def problems(self) -> list[Problem]:
        """The problem rows of every saved import, oldest import first."""
        with self._reading() as conn:
            return [p for report in _reports(conn) for p in _problems(report)]

    def ignored(self) -> list[IgnoredSheet]:
        """The sheets left aside in every saved import, oldest import first."""
        with self._reading() as conn:
            return [s for report in _reports(conn) for s in _ignored(report)]

    # Settings and the revision.

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
            _bump(conn, action=action, detail={"key": key} if detail is None else detail)

    def log(self, action: str, detail: Mapping[str, Any]) -> None:
        """An audit row for something that changed nothing stored (a refused sign-in)."""
        with self._writing() as conn:
            _bump(conn, action=action, detail=detail)

    def revision(self) -> int:
        """A number that changes with every write."""
        with self._reading() as conn:
            return int(conn.scalar(select(meta.c.value).where(meta.c.key == "revision")) or 0)

    def ledger_revision(self) -> int:
        """A number that changes whenever the book changes: cache the ledger by it."""
        with self._reading() as conn:
            key = meta.c.key == "ledger_revision"
            return int(conn.scalar(select(meta.c.value).where(key)) or 0)

    # What the owner recorded: contacts, promises, offers, agreements, letters, payments.

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
        text = json.dumps(dict(payload), ensure_ascii=False, sort_keys=True, default=_json_value)
        with self._writing() as conn:
            if token is not None:
                row = conn.execute(select(*_EVENT_COLUMNS).where(events.c.token == token)).first()
                if row is not None:
                    return _event(row), False
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
            _bump(
                conn,
                ledger=kind in LEDGER_EVENT_KINDS,
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
        query = select(*_EVENT_COLUMNS).order_by(events.c.at, events.c.id)
        if not include_void:
            query = query.where(events.c.voided_at.is_(None))
        if kind is not None:
            query = query.where(events.c.kind == kind)
        if customer_key is not None:
            query = query.where(events.c.customer_key == customer_key)
        with self._reading() as conn:
            return [_event(row) for row in conn.execute(query)]

    def update_event(self, event_id: int, payload: Mapping[str, Any]) -> None:
        """Replace an event's fields (a promise marked kept, an agreement cancelled)."""
        text = json.dumps(dict(payload), ensure_ascii=False, sort_keys=True, default=_json_value)
        with self._writing() as conn:
            kind = conn.scalar(select(events.c.kind).where(events.c.id == event_id))
            if kind is None:
                raise LookupError(f"no event {event_id}")
            conn.execute(update(events).where(events.c.id == event_id).values(payload_json=text))
            _bump(
                conn,
                ledger=kind in LEDGER_EVENT_KINDS,
                action=f"update_{kind}",
                detail={"event_id": event_id},
            )

    def event(self, event_id: int) -> Event:
        """One recorded event, voided or not; ``LookupError`` when there is none."""
        with self._reading() as conn:
            row = conn.execute(select(*_EVENT_COLUMNS).where(events.c.id == event_id)).first()
        if row is None:
            raise LookupError(f"no event {event_id}")
        return _event(row)

    def void_event(self, event_id: int, *, at: datetime, by: str) -> Event:
        """Mark an event void (the owner's undo): kept, with when and by whom, and logged.

        From then on it counts for nothing: ``events()`` and the book leave it out. Its token is
        released, so the same thing can be recorded again, rightly this time. Voiding a voided
        event (a double click) changes nothing and returns it as it is.
        """
        with self._writing() as conn:
            row = conn.execute(select(*_EVENT_COLUMNS).where(events.c.id == event_id)).first()
            if row is None:
                raise LookupError(f"no event {event_id}")
            found = _event(row)
            if found.voided:
                return found
            conn.execute(
                update(events)
                .where(events.c.id == event_id)
                .values(voided_at=at.isoformat(), voided_by=by, token=None)
            )
            _bump(
                conn,
                ledger=found.kind in LEDGER_EVENT_KINDS,
                action=f"void_{found.kind}",
                detail={"customer": found.customer_key, "event_id": event_id, "by": by},
            )
        return replace(found, voided_at=at, voided_by=by)

    def delete_event(self, event_id: int) -> None:
        with self._writing() as conn:
            kind = conn.scalar(select(events.c.kind).where(events.c.id == event_id))
            if kind is None:
                raise LookupError(f"no event {event_id}")
            conn.execute(delete(events).where(events.c.id == event_id))
            _bump(
                conn,
                ledger=kind in LEDGER_EVENT_KINDS,
                action=f"delete_{kind}",
                detail={"event_id": event_id},
            )

    # Accounts (LAN mode) and the audit log.

    def add_user(self, username: str, display_name: str, role: str, password_hash: str) -> None:
        """A new account; ``StoreError("user_exists")`` when the username is taken, whatever
        its case. An empty ``password_hash`` makes an account that cannot sign in (until a
        password is set)."""
        username = _username(username)
        with self._writing() as conn:
            taken = conn.scalar(select(users.c.id).where(users.c.username == username))
            if taken is not None:
                raise StoreError(self.url, "user_exists", username)
            _insert_user(conn, username, display_name, role, password_hash)
            _bump(conn, action="add_user", detail={"username": username, "role": role})

    def users(self) -> list[dict[str, Any]]:
        """The accounts in the order made, without their password hashes (``can_sign_in`` says
        whether one is set)."""
        query = select(*_USER_COLUMNS).order_by(users.c.id)
        with self._reading() as conn:
            return [_user(row) for row in conn.execute(query)]

    def user(self, username: str) -> dict[str, Any] | None:
        """One account as ``users`` gives it; ``None`` when there is none of that name."""
        query = select(*_USER_COLUMNS).where(users.c.username == _username(username))
        with self._reading() as conn:
            row = conn.execute(query).first()
        return None if row is None else _user(row)

    def password_hash(self, username: str) -> tuple[str, str, str] | None:
        """(hash, role, display name) of an active account that has a password, for signing
        in; ``None`` if none."""
        query = select(users.c.password_hash, users.c.role, users.c.display_name).where(
            users.c.username == _username(username), users.c.active, users.c.password_hash != ""
        )
        with self._reading() as conn:
            row = conn.execute(query).first()
        return None if row is None else (row[0], row[1], row[2])

    def update_user(self, username: str, **values: Any) -> None:
        """Change an account's password hash, role, display name or active flag."""
        allowed = {
            k: v
            for k, v in values.items()
            if k in ("password_hash", "role", "display_name", "active")
        }
        username = _username(username)
        with self._writing() as conn:
            done = conn.execute(update(users).where(users.c.username == username).values(**allowed))
            if not done.rowcount:
                raise StoreError(self.url, "no_user", username)
            if "password_hash" in allowed or allowed.get("active") is False:
                conn.execute(delete(sessions).where(sessions.c.username == username))
            shown = {k: v for k, v in allowed.items() if k != "password_hash"}
            if "password_hash" in allowed:
                shown["password"] = "changed"
            _bump(conn, action="update_user", detail={"username": username, **shown})

    def assignments(self) -> dict[str, str]:
        """Who handles each customer: customer key → the staff account's username."""
        with self._reading() as conn:
            rows = conn.execute(select(assignments.c.customer_key, assignments.c.username))
            return {row[0]: row[1] for row in rows}

    def assign(self, customer_key: str, username: str | None) -> None:
        """Hand a customer to the account ``username``, or back to the owner with ``None``.

        ``StoreError("no_user")`` when there is no such account: an assignment always names one.
        """
        username = None if username is None else _username(username)
        with self._writing() as conn:
            conn.execute(delete(assignments).where(assignments.c.customer_key == customer_key))
            if username is not None:
                if conn.scalar(select(users.c.id).where(users.c.username == username)) is None:
                    raise StoreError(self.url, "no_user", username)
                conn.execute(
                    insert(assignments).values(customer_key=customer_key, username=username)
                )
            _bump(conn, action="assign", detail={"customer": customer_key, "username": username})

    def audit_log(self, limit: int = 500) -> list[dict[str, Any]]:
        """The latest changes, newest first: when, who, what."""
        query = select(audit.c.at, audit.c.actor, audit.c.action, audit.c.detail_json)
        with self._reading() as conn:
            rows = conn.execute(query.order_by(audit.c.id.desc()).limit(limit)).all()
        return [
            {"at": row[0], "actor": row[1], "action": row[2], "detail": json.loads(row[3])}
            for row in rows
        ]

    # Signed-in browsers (LAN mode): ``core.sessions`` decides, these only keep the rows. A
    # session's start is its sign-in's audit row; its end is logged; keeping it alive is not.

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
                    username=_username(username),
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
            _bump(conn, action=action, detail=detail)
        return True

    # Backup and restore: everything the owner recorded, in one portable file.

    def dump(self, *, now: datetime) -> bytes:
        """Everything in one zip: a manifest and one JSON-lines file per table.

        Portable between SQLite and PostgreSQL (no database-specific format): file bytes as
        base64, dates as ISO text, amounts as the exact text they are stored as.
        """
        buffer = io.BytesIO()
        with self._reading() as conn, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
            counts: dict[str, int] = {}
            for table in _BACKUP_TABLES:
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
        book never locks the owner out of a server open to the network.
        """
        try:
            backup = read_backup(data, _BACKUP_TABLES, SCHEMA_VERSION)
        except BackupProblem as problem:
            raise StoreError(self.url, "bad_backup", str(problem), problem) from problem
        if before is not None:
            before()
        with self._writing() as conn:
            keep = not backup.rows["users"] and conn.scalar(select(users.c.id).limit(1)) is not None
            lan = conn.scalar(select(settings.c.value_json).where(settings.c.key == "lan_mode"))
            replaced = [t for t in _BACKUP_TABLES if not (keep and t in (users, audit))]
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
                    refused = BackupProblem("rejected", table=table.name, detail=_detail(exc))
                    raise StoreError(self.url, "bad_backup", str(refused), refused) from exc
            if not keep:  # the accounts came from the backup: nobody stays signed in
                conn.execute(delete(sessions))
            if backup.version < 4:
                _assignments_from_settings(conn)
            if conn.dialect.name == "postgresql":
                _reset_sequences(conn)
            counts = {name: len(rows) for name, rows in backup.rows.items()}
            _bump(conn, ledger=True, action="restore", detail=counts)
        return counts

    # The book.

    def ledger(self) -> Ledger:
        """The book from every saved import, through ``build_ledger`` like files are.

        Across imports, a numbered invoice in a newer import supersedes the invoices with the
        same number in older ones (the owner re-exported the ledger under a new name), and a
        payment repeated exactly (number, customer, amount, date) in several imports counts as
        often as the import that lists it most often, not once per import. Within one import,
        ``build_ledger``'s own rules apply unchanged.
        """
        with _gc_paused(), self._reading() as conn:
            return _ledger(conn)

    def summary_payload(
        self, as_of: date, lang: Lang = "id", edges: Sequence[int] = DEFAULT_EDGES
    ) -> dict[str, Any]:
        """The object of ``python -m core summary --json`` for the saved ledger, same keys.

        ``problems``, ``ignored_sheets``, ``default_term_used`` and ``files`` come from the
        saved imports, oldest first; nothing is duplicate or unreadable once saved.
        """
        with _gc_paused(), self._reading() as conn:
            ledger = _ledger(conn)
            reports = _reports(conn)
        payload = summary_payload(Batch(), ledger, summarize(ledger, as_of, edges), lang)
        payload["problems"] = [p.as_dict(lang) for r in reports for p in _problems(r)]
        payload["ignored_sheets"] = [s.as_dict(lang) for r in reports for s in _ignored(r)]
        payload["default_term_used"] = sum(int(r.get("default_term_used", 0)) for r in reports)
        payload["files"] = [
            {k: v for k, v in r.items() if k not in _REPORT_EXTRAS} for r in reports
        ]
        sheets = [
            (s["sheet"], s.get("shape", "invoice_list")) for r in reports for s in r["sheets"]
        ]
        payload["shape"] = book_shape(sheets)
        payload["checks"] = book_checks([p for r in reports for p in _problems(r)])
        return payload


# The engine.


def _engine(url: URL) -> Engine:
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if url.database and url.database != ":memory:" and not url.database.startswith("file:"):
        private_file(Path(url.database))  # SQLite gives its -wal and -shm files the same mode
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        # Python's sqlite3 would BEGIN only before DML; we BEGIN ourselves (below) so reads
        # are consistent and writes lock at the start. WAL lets the dashboard read while the
        # CLI writes; foreign keys make ON DELETE CASCADE real.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        write = conn.get_execution_options().get(_WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _detail(exc: BaseException) -> str:
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return str(exc.orig)
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def _schema_version(conn: Connection) -> int | None:
    if not inspect(conn).has_table("meta"):
        return None
    value = conn.scalar(select(meta.c.value).where(meta.c.key == "schema_version"))
    return None if value is None else int(value)


# Parents before children: restore inserts in this order and deletes in the reverse one.
_BACKUP_TABLES: Final = (
    imports, invoices, payments, contacts, settings, events, users, audit, assignments,
)  # fmt: skip


def _reset_sequences(conn: Connection) -> None:
    """After rows came in with their own ids, new ids must start above them (PostgreSQL)."""
    for table in _BACKUP_TABLES:
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


def _bump(
    conn: Connection,
    *,
    ledger: bool = False,
    action: str,
    detail: Mapping[str, Any] | None = None,
) -> None:
    """Count a write and log it (who, when, what); ``ledger=True`` when it changed the book."""
    _audit(conn, action, detail or {})
    keys = ("revision", "ledger_revision") if ledger else ("revision",)
    conn.execute(update(meta).where(meta.c.key.in_(keys)).values(value=meta.c.value + 1))


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
    _assignments_from_settings(conn)


def _assignments_from_settings(conn: Connection) -> None:
    """Move the version 3 settings ``staff`` (names) and ``assignments`` (customer → name) to
    accounts and the assignments table, then drop both settings.

    A name is the account whose username it is, else the first account made with it as display
    name, else a new staff account without a password (the owner sets one to let them sign in).
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
            _insert_user(conn, username, name, "staff", "")
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


# MIGRATIONS[n] upgrades a database of schema version n to n + 1.
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


MIGRATIONS: Final[dict[int, Callable[[Connection], None]]] = {
    1: _migrate_1_to_2,
    2: _migrate_2_to_3,
    3: _migrate_3_to_4,
    4: _migrate_4_to_5,
    5: _migrate_5_to_6,
    6: _migrate_6_to_7,
}


def _username(text: str) -> str:
    """An account's identity as stored: trimmed and lower case, so "Andi" and "andi" are one."""
    return text.strip().lower()


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


def _insert_user(
    conn: Connection, username: str, display_name: str, role: str, password_hash: str
) -> None:
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


def _audit(conn: Connection, action: str, detail: Mapping[str, Any]) -> None:
    conn.execute(
        insert(audit).values(
            at=datetime.now(UTC).isoformat(timespec="seconds"),
            actor=ACTOR.get(),
            action=action,
            detail_json=json.dumps(dict(detail), ensure_ascii=False, default=_json_value),
        )
    )


# Imports: rows in, rows out.

_RECORD_COLUMNS: Final = (
    imports.c.id,
    imports.c.file_name,
    imports.c.digest,
    imports.c.format,
    imports.c.imported_at,
    imports.c.is_demo,
    imports.c.n_invoices,
    imports.c.n_payments,
    imports.c.n_problems,
    imports.c.default_term,
    imports.c.mapping_json,
)
_REPORT_EXTRAS: Final = frozenset({"problems", "ignored", "default_term"})


def _record(row: Row[*tuple[Any, ...]]) -> ImportRecord:
    return ImportRecord(
        id=int(row.id),
        file_name=row.file_name,
        digest=row.digest,
        format=row.format,
        imported_at=datetime.fromisoformat(row.imported_at),
        is_demo=bool(row.is_demo),
        n_invoices=int(row.n_invoices),
        n_payments=int(row.n_payments),
        n_problems=int(row.n_problems),
        default_term=None if row.default_term is None else int(row.default_term),
        mapping=_mapping_of(row.mapping_json),
    )


def _record_where(conn: Connection, condition: Any) -> ImportRecord | None:
    row = conn.execute(select(*_RECORD_COLUMNS).where(condition)).first()
    return None if row is None else _record(row)


def _mapping_json(mapping: Mapping[str, str | None] | None) -> str | None:
    if not mapping:
        return None
    return json.dumps(dict(mapping), ensure_ascii=False, sort_keys=True)


def _mapping_of(text: str | None) -> dict[str, str | None] | None:
    return None if text is None else cast(dict[str, str | None], json.loads(text))


def _default_term(result: LedgerFile) -> int | None:
    """The default term the reader applied, from the invoices that needed it."""
    for inv in result.invoices:
        if inv.due_source == "default" and inv.invoice_date is not None:
            return (inv.due_date - inv.invoice_date).days
    return None


def _report(result: LedgerFile, default_term: int | None) -> dict[str, Any]:
    report = file_report(result)
    report["default_term"] = default_term
    report["problems"] = [
        {
            "code": p.code,
            "file": p.file,
            "sheet": p.sheet,
            "row": p.row,
            "column": p.column,
            "value": p.value,
            "book_says": p.book_says,
            "read": p.read,
        }
        for p in result.problems
    ]
    report["ignored"] = [
        {"file": s.file, "sheet": s.sheet, "reason_key": s.reason_key, "params": list(s.params)}
        for s in result.ignored
    ]
    return report


def _reports(conn: Connection) -> list[dict[str, Any]]:
    texts = conn.scalars(select(imports.c.report_json).order_by(imports.c.id)).all()
    return [json.loads(text) for text in texts]


def _problems(report: Mapping[str, Any]) -> list[Problem]:
    return [
        Problem(
            p["code"],
            p["file"],
            p["sheet"],
            p["row"],
            p["column"],
            p["value"],
            p.get("book_says"),
            p.get("read"),
        )
        for p in report.get("problems", [])
    ]


def _ignored(report: Mapping[str, Any]) -> list[IgnoredSheet]:
    return [
        IgnoredSheet(
            s["file"], s["sheet"], s["reason_key"], tuple((str(k), str(v)) for k, v in s["params"])
        )
        for s in report.get("ignored", [])
    ]


def _insert_import(
    conn: Connection,
    result: LedgerFile,
    data: bytes,
    now: datetime,
    is_demo: bool,
    mapping_json: str | None,
    default_term: int | None,
    digest: str,
) -> ImportRecord:
    values = {
        "file_name": result.name,
        "digest": digest,
        "format": result.format,
        "imported_at": now.isoformat(),
        "is_demo": is_demo,
        "n_invoices": len(result.invoices),
        "n_payments": len(result.payments),
        "n_problems": len(result.problems),
        "default_term": default_term,
        "report_json": json.dumps(_report(result, default_term), ensure_ascii=False),
        "data": data,
        "mapping_json": mapping_json,
    }
    inserted = conn.execute(insert(imports).values(values)).inserted_primary_key
    import_id = int(inserted[0]) if inserted else 0
    # SQLite gets dates as the ISO text SQLAlchemy's Date type stores there (see _bulk_insert).
    day: Callable[[date], object] = date.isoformat if conn.dialect.name == "sqlite" else _same
    _bulk_insert(conn, invoices, _INVOICE_COLUMNS, _invoice_rows(import_id, result.invoices, day))
    _bulk_insert(conn, payments, _PAYMENT_COLUMNS, _payment_rows(import_id, result.payments, day))
    _bulk_insert(conn, contacts, _CONTACT_COLUMNS, _contact_rows(import_id, result.contacts))
    return ImportRecord(
        id=import_id,
        file_name=result.name,
        digest=digest,
        format=result.format,
        imported_at=now,
        is_demo=is_demo,
        n_invoices=len(result.invoices),
        n_payments=len(result.payments),
        n_problems=len(result.problems),
        default_term=default_term,
        mapping=_mapping_of(mapping_json),
    )


def _delete_import(conn: Connection, import_id: int) -> bool:
    """Delete an import and its rows; the explicit deletes do not rely on the cascade being on."""
    for table in _RECORDS:
        conn.execute(delete(table).where(table.c.import_id == import_id))
    return bool(conn.execute(delete(imports).where(imports.c.id == import_id)).rowcount)


def _same(value: date) -> object:
    return value


def _bulk_insert(
    conn: Connection, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """Many rows in one executemany: 100k invoices go in as one batch, not 100k round trips.

    On SQLite the tuples go straight to the driver, dates already ISO text: SQLAlchemy's
    per-row parameter processing would cost more than SQLite's own work. Elsewhere through
    SQLAlchemy, as dicts.
    """
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        statement = insert(table).compile(dialect=conn.dialect, column_keys=list(columns))
        assert statement.positiontup == list(columns), statement.positiontup
        conn.exec_driver_sql(str(statement), rows)
    else:
        conn.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])


# The columns each record fills, in table order.
_INVOICE_COLUMNS: Final = (
    "import_id", "number", "customer", "invoice_date", "due_date", "due_source", "amount",
    "paid", "cost", "phone", "email", "address", "sheet", "excel_row",
)  # fmt: skip
_PAYMENT_COLUMNS: Final = (
    "import_id", "amount", "invoice_number", "customer", "paid_on", "sheet", "excel_row", "kind",
)  # fmt: skip
_CONTACT_COLUMNS: Final = ("import_id", "customer", "phone", "email", "address")


def _invoice_rows(
    import_id: int, records: Sequence[Invoice], day: Callable[[date], object]
) -> list[tuple[Any, ...]]:
    return [
        (
            import_id,
            inv.number,
            inv.customer,
            None if inv.invoice_date is None else day(inv.invoice_date),
            day(inv.due_date),
            inv.due_source,
            amount_text(inv.amount),
            amount_text(inv.paid),
            None if inv.cost is None else amount_text(inv.cost),
            inv.phone,
            inv.email,
            inv.address,
            inv.source.sheet,
            inv.source.row,
        )
        for inv in records
    ]


def _payment_rows(
    import_id: int, records: Sequence[Payment], day: Callable[[date], object]
) -> list[tuple[Any, ...]]:
    return [
        (
            import_id,
            amount_text(pay.amount),
            pay.invoice_number,
            pay.customer,
            None if pay.paid_on is None else day(pay.paid_on),
            pay.source.sheet,
            pay.source.row,
            pay.kind,
        )
        for pay in records
    ]


def _contact_rows(import_id: int, records: Sequence[Contact]) -> list[tuple[Any, ...]]:
    return [(import_id, c.customer, c.phone, c.email, c.address) for c in records]


# The book: one query per table, records rebuilt in the order they were read.


def _ledger(conn: Connection) -> Ledger:
    names: dict[int, str] = {
        int(i): name for i, name in conn.execute(select(imports.c.id, imports.c.file_name))
    }
    if not names:
        return build_ledger([])
    invoice_rows = _fetch(
        conn,
        select(
            invoices.c.import_id,
            invoices.c.number,
            invoices.c.customer,
            invoices.c.invoice_date,
            invoices.c.due_date,
            invoices.c.due_source,
            invoices.c.amount,
            invoices.c.paid,
            invoices.c.cost,
            invoices.c.phone,
            invoices.c.email,
            invoices.c.address,
            invoices.c.sheet,
            invoices.c.excel_row,
        ).order_by(invoices.c.import_id, invoices.c.id),
    )
    payment_rows = _fetch(
        conn,
        select(
            payments.c.import_id,
            payments.c.amount,
            payments.c.invoice_number,
            payments.c.customer,
            payments.c.paid_on,
            payments.c.sheet,
            payments.c.excel_row,
            payments.c.kind,
        ).order_by(payments.c.import_id, payments.c.id),
    )
    days = _Days()
    contact_rows = conn.execute(
        select(
            contacts.c.customer, contacts.c.phone, contacts.c.email, contacts.c.address
        ).order_by(contacts.c.import_id, contacts.c.id)
    ).all()
    manual = conn.execute(
        select(*_EVENT_COLUMNS)
        .where(events.c.kind.in_(LEDGER_EVENT_KINDS), events.c.voided_at.is_(None))
        .order_by(events.c.at, events.c.id)
    ).all()
    return build_ledger(
        _invoices(invoice_rows, names, days),
        [
            *_payments(payment_rows, names, days),
            *(_manual_payment(_event(row)) for row in manual),
        ],
        [Contact(*row) for row in contact_rows],
    )


def _manual_payment(event: Event) -> Payment:
    """A payment (or a return) the owner entered by hand: against an invoice number, or the
    customer's account."""
    paid = ManualPayment.decode(event.payload)
    return Payment(
        amount=paid.amount,
        source=Source(MANUAL_SOURCE, "", event.id),
        invoice_number=paid.invoice_number,
        customer=paid.customer,
        paid_on=paid.paid_on,
        # A credit note recorded by hand (a dispute ended by a return) lowers the debt as one.
        kind=paid.kind,
    )


def _fetch(conn: Connection, query: Select[Any]) -> Sequence[Sequence[Any]]:
    """All rows of a query. On SQLite straight from the driver, dates as their ISO text (for
    ``_Days``): SQLAlchemy's per-value result processing costs more than SQLite's own work."""
    if conn.dialect.name == "sqlite":
        driver = conn.connection.driver_connection  # the sqlite3 connection, same transaction
        assert driver is not None
        cursor = driver.cursor()
        try:
            rows: list[tuple[Any, ...]] = cursor.execute(
                str(query.compile(dialect=conn.dialect))
            ).fetchall()
        finally:
            cursor.close()
        return rows
    return conn.execute(query).all()


class _Days(dict[Any, date]):
    """Stored dates as ``date``, each distinct one parsed once: a book repeats its days.

    Takes what ``_fetch`` gives (never ``None``): a ``date``, or SQLite's ISO text.
    """

    def __missing__(self, value: Any) -> date:
        parsed = value if isinstance(value, date) else _parse_day(value)
        self[value] = parsed
        return parsed


class _Amounts(dict[str, Amount]):
    """``_amount`` of stored texts, each distinct one once (a paid amount repeats its amount)."""

    def __missing__(self, text: str) -> Amount:
        amount = self[text] = amount_from_text(text)
        return amount


_DAY = re.compile(r"(\d+)-(\d+)-(\d+)")


def _parse_day(text: str) -> date:
    """ISO text as SQLAlchemy's SQLite Date type writes and reads it."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        found = _DAY.match(text)
        if found is None:
            raise
        return date(*map(int, found.groups()))


def _invoices(
    rows: Sequence[Sequence[Any]], names: Mapping[int, str], days: _Days
) -> list[Invoice]:
    newest: dict[str, int] = {}
    if len({row[0] for row in rows}) > 1:
        for row in rows:  # ascending import id: the last one seen is the newest
            if row[1]:
                newest[invoice_key(row[1])] = row[0]
    result: list[Invoice] = []
    append = result.append
    amounts = _Amounts()
    for (
        import_id,
        number,
        customer,
        invoice_date,
        due_date,
        due_source,
        amount,
        paid,
        cost,
        phone,
        email,
        address,
        sheet,
        excel_row,
    ) in rows:
        if newest and number and newest[invoice_key(number)] != import_id:
            continue  # superseded by a newer import of the same invoice number
        append(
            Invoice(
                number,
                customer,
                None if invoice_date is None else days[invoice_date],
                days[due_date],
                cast(DueSource, due_source),
                amounts[amount],
                amounts[paid],
                Source(names[import_id], sheet, excel_row),
                None if cost is None else amounts[cost],
                phone,
                email,
                address,
            )
        )
    return result


def _payments(
    rows: Sequence[Sequence[Any]], names: Mapping[int, str], days: _Days
) -> list[Payment]:
    """Payments in import order; one repeated in another import counts once more only when
    that import lists it more often (two equal instalments in one file are two payments)."""
    kept_before: Counter[tuple[object, ...]] = Counter()
    in_import: Counter[tuple[object, ...]] = Counter()
    current: int | None = None
    result: list[Payment] = []
    for import_id, amount_cell, number, customer, paid_on, sheet, excel_row, kind in rows:
        if import_id != current:
            kept_before |= in_import
            in_import = Counter()
            current = import_id
        amount = amount_from_text(amount_cell)
        paid_on = None if paid_on is None else days[paid_on]
        key = (invoice_key(number), customer_key(customer), amount, paid_on)
        seen = in_import[key]
        in_import[key] = seen + 1
        if seen < kept_before[key]:
            continue
        result.append(
            Payment(
                amount,
                Source(names[import_id], sheet, excel_row),
                number,
                customer,
                paid_on,
                "return" if kind == "return" else "payment",
            )
        )
    return result
