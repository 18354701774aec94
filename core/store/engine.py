"""Opening the database and its transactions: the SQLite file by default, any SQLAlchemy URL
(PostgreSQL with ``TAGIH_DB=postgresql://…``) when configured.

``Database`` is the base of every part of ``core.store.Store``: it holds the engine and gives
two kinds of transaction. ``_reading`` sees one consistent state; ``_writing`` queues writers,
so a check-then-write (is this file already saved? is this token already used?) cannot race
another writer. On SQLite the write lock is taken at ``BEGIN IMMEDIATE``; elsewhere by locking
the ``revision`` row of ``meta`` first.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, Final, Self

from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from core.backup_file import BackupProblem
from core.i18n import Lang, t
from core.paths import data_dir, private_dir, private_file
from core.store.tables import meta

DB_FILE: Final = "tagih.sqlite3"

# Set on a connection that is about to write: SQLite then takes the write lock at BEGIN, so a
# read-then-write (is this file already saved?) cannot interleave with another writer.
WRITE: Final = "tagih_write"


class StoreError(Exception):
    """The database cannot be opened or used. ``code`` keys the texts (``store.<code>``)."""

    def __init__(
        self, url: str, code: str, detail: str = "", problem: BackupProblem | None = None
    ) -> None:
        super().__init__(f"{url}: {code} {detail}".strip())
        self.url = url
        self.code = code
        self.detail = detail
        self.problem = problem  # why a backup was refused, told in the reader's language

    def message(self, lang: Lang = "id") -> str:
        detail = self.problem.message(lang) if self.problem else self.detail
        return t(f"store.{self.code}", lang, url=self.url, detail=detail)


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


def error_detail(exc: BaseException) -> str:
    """What went wrong, in one line: the driver's own message when there is one."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return str(exc.orig)
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


class Database:
    """An open database: the engine and its transactions.

    Safe to share between threads (the engine pools connections). Reads see one consistent
    state: each public call of the store runs in one transaction.
    """

    def __init__(self, url: str | Path, prepare: Callable[[Engine, str], None]) -> None:
        """Open ``url``, then ``prepare`` the engine (create or upgrade the schema); any
        failure is a ``StoreError("cannot_open")`` unless ``prepare`` raised one itself."""
        text = db_url(url)
        try:
            parsed = make_url(text)
        except ArgumentError as exc:
            raise StoreError(text, "cannot_open", str(exc)) from exc
        self.url = parsed.render_as_string(hide_password=True)
        try:
            self._engine = _engine(parsed)
            prepare(self._engine, self.url)
        except StoreError:
            raise
        except (SQLAlchemyError, ImportError, OSError) as exc:
            raise StoreError(self.url, "cannot_open", error_detail(exc)) from exc

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
        return f"{type(self).__name__}({self.url!r})"

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
            conn.execution_options(**{WRITE: True})
            with conn.begin():
                conn.execute(select(meta.c.value).where(meta.c.key == "revision").with_for_update())
                yield conn


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
        write = conn.get_execution_options().get(WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine
