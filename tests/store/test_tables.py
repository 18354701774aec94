"""core/store/tables.py: the tables, portable to PostgreSQL, holding what the code writes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

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


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_every_table_compiles_for_both_databases(dialect: str) -> None:
    from sqlalchemy.dialects import postgresql, sqlite
    from sqlalchemy.schema import CreateIndex, CreateTable

    engine_dialect = {"sqlite": sqlite.dialect(), "postgresql": postgresql.dialect()}[dialect]
    for table in metadata.sorted_tables:
        ddl = str(CreateTable(table).compile(dialect=engine_dialect))
        assert all(column.name in ddl for column in table.columns), table.name
        for index in table.indexes:
            assert str(CreateIndex(index).compile(dialect=engine_dialect))


def test_the_database_has_exactly_the_columns_of_the_tables(store: Store, db_url: str) -> None:
    """A store just opened (created, on SQLite and PostgreSQL) holds every table the code
    writes with every column it names, and nothing the code does not know."""
    from sqlalchemy import create_engine, inspect

    from core.store import db_url as to_url

    engine = create_engine(to_url(db_url))
    try:
        found = inspect(engine)
        assert set(found.get_table_names()) == set(metadata.tables)
        for table in metadata.sorted_tables:
            columns = {column["name"] for column in found.get_columns(table.name)}
            assert columns == {column.name for column in table.columns}, table.name
    finally:
        engine.dispose()
