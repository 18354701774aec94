"""The stores the store's tests open: on SQLite and again on PostgreSQL, or an SQLite file to
look inside."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, event

from core.store import Store
from tests.store.books import Listen


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """An empty store: each test using it runs on SQLite and again on PostgreSQL."""
    with Store(db_url) as opened:
        yield opened


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    """For the tests that look inside the database file itself."""
    with Store(tmp_path / "tagih.sqlite3") as opened:
        yield opened


@pytest.fixture
def listening() -> Iterator[Listen]:
    """Listen to an SQLAlchemy event of every engine (SQLAlchemy's public seam: the ``Engine``
    class), so a test sees or breaks the statements a store runs; removed after the test."""
    added: list[tuple[str, Callable[..., None]]] = []

    def listen(name: str, handler: Callable[..., None]) -> None:
        event.listen(Engine, name, handler)
        added.append((name, handler))

    yield listen
    for name, handler in added:
        event.remove(Engine, name, handler)
