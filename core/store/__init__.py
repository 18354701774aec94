"""The database that remembers what the owner imported and recorded, so nothing is entered twice.

SQLAlchemy Core, not the ORM: the same statements run on the default SQLite file and, with
``TAGIH_DB=postgresql://…``, on PostgreSQL. ``Store`` is the one object the rest of Tagih
uses; it is made of one part per concern, each in its own module:

``engine``      opening the database (``db_url``, ``StoreError``) and the read and write
                transactions every part runs in;
``tables``      the tables, column by column, and what each holds;
``schema``      creating them and migrating an older database (``SCHEMA_VERSION``);
``audit``       counting and logging every write (``ACTOR``, ``revision``, ``audit_log``);
``imports``     the files kept (``save_import``, ``ImportRecord``, ``ImportOutcome``), their
                records written by ``records``;
``book``        the ledger rebuilt from them (``ledger``, ``summary_payload``);
``event_rows``  what the owner recorded about customers (``Event``, ``record_event``,
                ``void_event``); the payloads' types are ``core.events``';
``settings``    preferences as JSON (typed by ``core.settings``);
``accounts``    LAN mode's accounts, assignments and sessions;
``backup``      everything in one portable file (``dump``, ``restore``).

Every write is one transaction that logs itself and adds one to the revision (all but starting,
claiming and keeping alive a LAN session, see ``core.store.accounts``), so the dashboard can
cache the ledger by ``ledger_revision`` and skip the database on a rerun when nothing changed.
"""

from __future__ import annotations

from pathlib import Path

from core.store.accounts import AccountStore
from core.store.audit import ACTOR, AuditStore
from core.store.backup import BackupStore
from core.store.book import MANUAL_SOURCE, BookStore, entered_by_hand
from core.store.engine import StoreError, db_url, default_db_url
from core.store.event_rows import Event, EventStore
from core.store.imports import (
    ImportOutcome,
    ImportRecord,
    ImportStatus,
    ImportStore,
    UnknownImportError,
)
from core.store.schema import SCHEMA_VERSION, create_schema
from core.store.settings import SettingStore

__all__ = [
    "ACTOR", "MANUAL_SOURCE", "SCHEMA_VERSION", "Event", "ImportOutcome", "ImportRecord",
    "ImportStatus", "Store", "StoreError", "UnknownImportError", "db_url", "default_db_url",
    "entered_by_hand",
]  # fmt: skip


class Store(
    ImportStore, BookStore, EventStore, SettingStore, AccountStore, BackupStore, AuditStore
):
    """The imports, their records, what the owner recorded, settings and accounts, in one
    database; ``ledger()`` rebuilds the book from them.

    Opening creates the tables, or migrates an older database to ``SCHEMA_VERSION``; a newer
    one is refused (``StoreError``). Safe to share between threads (the engine pools
    connections). Reads see one consistent state: each public call runs in one transaction.
    """

    def __init__(self, url: str | Path) -> None:
        super().__init__(url, create_schema)

    @classmethod
    def open_default(cls) -> Store:
        """The store named by ``TAGIH_DB``, else the SQLite file in the data folder."""
        return cls(default_db_url())
