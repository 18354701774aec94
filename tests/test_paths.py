"""The log file rotates: it never grows without bound, and every file of it stays owner-only."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest

from core import paths


def test_the_log_rotates_and_keeps_a_bounded_number_of_owner_only_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TAGIH_DATA", str(tmp_path))
    handler = paths.log_handler(max_bytes=2_000)
    log = logging.getLogger("tagih.test-rotation")
    log.addHandler(handler)
    log.propagate = False
    try:
        for n in range(2_000):
            log.error("baris %05d %s", n, "x" * 60)
    finally:
        log.removeHandler(handler)
        handler.close()
    files = sorted(tmp_path.glob("tagih.log*"))
    assert [f.name for f in files] == ["tagih.log"] + [f"tagih.log.{i}" for i in range(1, 6)]
    assert all(f.stat().st_size <= 2_000 for f in files)
    assert all(stat.S_IMODE(f.stat().st_mode) == paths.PRIVATE_FILE for f in files)
    assert "baris 01999" in (tmp_path / "tagih.log").read_text("utf-8")  # the newest kept


def test_the_dashboard_and_the_command_line_log_through_the_rotating_handler() -> None:
    root = Path(__file__).resolve().parent.parent
    for name in ("app.py", "core/cli.py"):
        source = (root / name).read_text("utf-8")
        assert "log_handler()" in source and "FileHandler(" not in source, name
