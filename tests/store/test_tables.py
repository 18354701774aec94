"""core/store/tables.py: the tables, portable to PostgreSQL, holding what the code writes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core.store import (
    Store,
)
from core.store.tables import metadata
from tests.store.books import SAMPLE, save, table_counts


def test_the_schema_is_portable_to_postgresql() -> None:
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateTable

    ddl = "\n".join(
        str(CreateTable(table).compile(dialect=postgresql.dialect()))
        for table in metadata.sorted_tables
    )
    assert "BYTEA" in ddl and "BOOLEAN" in ddl and "BIGSERIAL" in ddl
    assert ddl.count("ON DELETE CASCADE") == 3
    assert not [word for word in ("REAL", "FLOAT", "NUMERIC", "DOUBLE") if word in ddl]


def test_deleting_an_import_row_cascades(sqlite_store: Store, tmp_path: Path) -> None:
    save(sqlite_store, SAMPLE)
    with sqlite3.connect(tmp_path / "tagih.sqlite3") as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM imports")
    assert table_counts(tmp_path / "tagih.sqlite3") == dict.fromkeys(
        ("imports", "invoices", "payments", "contacts"), 0
    )
