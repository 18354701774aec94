"""Shared fixtures: the database backends the store-level tests run on, and the messy ledgers
of ``tests/fixtures/make_fixtures.py`` written once per run for every test that reads them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from tests.factories import messy_fixtures
from tests.postgres import Unavailable, postgres_server, reset

# Property tests judge behaviour, not speed: no per-example time limit (the browser tests run
# beside them, on a machine of two cores).
settings.register_profile("tagih", deadline=None)
settings.load_profile("tagih")


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


@pytest.fixture(scope="session")
def messy_cases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Every messy ledger of ``make_fixtures.build_all`` by name, written once per run."""
    cases: dict[str, Any] = messy_fixtures().build_all(tmp_path_factory.mktemp("messy_ledgers"))
    return cases
