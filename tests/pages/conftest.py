"""What the page tests share: a database of each test's own for the dashboard to open."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def app_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty database of the test's own (the dashboard seeds it with the demo on its first
    run); its path."""
    monkeypatch.setenv("TAGIH_DATA", str(tmp_path))
    monkeypatch.setenv("TAGIH_DB", str(tmp_path / "tagih.sqlite3"))
    return tmp_path / "tagih.sqlite3"
