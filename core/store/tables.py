"""The tables of Tagih's database, as SQLAlchemy Core ``Table`` objects on one ``metadata``.

The same definitions make the SQLite file and a PostgreSQL database (``core.store.schema``
creates them and migrates older versions; the version a table or column came in is noted
below).

``meta(key PK, value INTEGER)``
    ``schema_version``, ``revision`` (the number of writes so far, all but those that start,
    claim or keep alive a LAN session's row) and ``ledger_revision`` (the number of
    writes that changed the book: imports, their removal, a restore, and payments entered by
    hand, including changing or voiding one).
``imports(id PK, file_name UNIQUE, digest UNIQUE, format, imported_at, is_demo, n_invoices,
n_payments, n_problems, default_term, report_json, data, mapping_json)``
    One row per file kept. ``digest`` is the SHA-256 of ``data``, the original bytes (kept so
    the file can be read again with a corrected column mapping). ``report_json`` is
    ``core.report.file_report`` plus the file's ``default_term``, ``problems`` and ``ignored``
    sheets, so they come back without reading the file again. ``default_term`` is the default
    term in days the reader applied (NULL when no invoice needed it). ``imported_at`` is ISO
    8601 text, as the caller gave it. ``mapping_json`` is the explicit column mapping (and the
    book's shape, under ``"shape"``, when the owner chose one), NULL for the guessed one.
``invoices(id PK, import_id FK, number, customer, invoice_date, due_date, due_source, amount,
paid, cost, phone, email, address, sheet, excel_row)``
``payments(id PK, import_id FK, amount, invoice_number, customer, paid_on, sheet, excel_row, kind)``
``contacts(id PK, import_id FK, customer, phone, email, address)``
    The records as read, in the order read (``id``: ``build_ledger`` breaks ties by order).
    ``import_id`` references ``imports`` ON DELETE CASCADE and is indexed. The file name of
    ``Source`` is the import's ``file_name``. A payment's ``kind`` (since version 5) says
    whether the credit is a payment or a return.
``settings(key PK, value_json)``
    Owner preferences as JSON (``core.settings`` reads them as typed values).
``users(id PK, username UNIQUE, display_name, role, password_hash, active, created_at)`` and
``audit(id PK, at, actor, action, detail_json)`` (since version 3)
    Accounts for LAN mode (passwords hashed with argon2 by ``core.accounts``; an empty hash
    is an account that cannot sign in) and the log of every counted write: who, when, what,
    added in the write's own transaction (``core.store.audit``). ``username`` is the account's
    identity, stored trimmed and in lower case.
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
    (``voided_by``), its token released; ``events()`` and the book leave it out unless asked.
``sessions(id PK, username, token_hash NULL, handoff_hash NULL UNIQUE, handoff_until,
created_at, last_seen, idle_until, expires_at, client, agent)`` (since version 7)
    The signed-in browsers of LAN mode (``core.sessions``): only SHA-256 digests of their
    secrets, times as ISO 8601 UTC text. Not in backups (a restore with accounts ends them all),
    and ended at once when their account is disabled or its password changed.

Amounts are TEXT holding the exact decimal (``"1250000"``, ``"1250000.50"``, written by
``core.money.amount_text``): exact for every value the reader yields, sub-sen oddities included,
on every database. Never REAL: SQLite's NUMERIC affinity would turn ``"0.10"`` into a binary
float.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Final

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Integer, nullable=False),
)

imports = Table(
    "imports",
    metadata,
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
    metadata,
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
    # What the row itself paid on its own payment date (``Invoice.dated_paid``; schema 11).
    Column("paid_on", Date, nullable=True),
    Column("paid_on_amount", Text, nullable=True),
    Index("ix_invoices_import", "import_id"),
)

payments = Table(
    "payments",
    metadata,
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
    metadata,
    Column("id", _RecordId, primary_key=True),
    _import_fk(),
    Column("customer", Text, nullable=False),
    Column("phone", Text, nullable=True),
    Column("email", Text, nullable=True),
    Column("address", Text, nullable=True),
    Index("ix_contacts_import", "import_id"),
)

# The tables holding an import's records; each row belongs to one import.
RECORDS: Final = (invoices, payments, contacts)

settings = Table(
    "settings",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("value_json", Text, nullable=False),
)

events = Table(
    "events",
    metadata,
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
    metadata,
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
    metadata,
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
    metadata,
    Column("customer_key", Text, primary_key=True),
    Column("username", String(64), nullable=False),
)

sessions = Table(
    "sessions",
    metadata,
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


def json_value(value: object) -> object:
    """For ``json.dumps(default=…)`` into a JSON column: dates as ISO text and exact amounts as
    text, so JSON never holds a float amount."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON")
