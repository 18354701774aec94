"""Shared fixtures: the database backends the store-level tests run on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.postgres import Unavailable, postgres_server, reset


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    try:
        with postgres_server() as url:
            yield url
    except Unavailable as why:
        pytest.skip(f"PostgreSQL tests skipped: {why}")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database: an SQLite file, then the same tests on PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "tagih.sqlite3")
    url: str = request.getfixturevalue("postgres_url")
    reset(url)
    return url
