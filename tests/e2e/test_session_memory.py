"""Server memory over many sessions on one ledger stays bounded and shared (issue 20, low 17).

A smaller run of ``benchmarks/sessions.py`` (its full run, 100 sessions twice on 100k invoices,
is recorded in ``benchmarks/NOTES.md``): sessions opened and closed one after another the way a
browser does, two rounds; the second round must add under 10 % to the server's memory, since
everything a session shows on one ledger is shared."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = pytest.mark.browser  # a real server; no browser needed, but as slow as one

ROOT = Path(__file__).resolve().parents[2]


def _benchmark() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("sessions_bench", ROOT / "benchmarks/sessions.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["sessions_bench"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_a_second_round_of_sessions_adds_under_ten_percent() -> None:
    report = _benchmark().run(size=10_000, sessions=30, rounds=2, idle=0)
    first, second = (r["after"]["VmRSS"] for r in report["rounds"])
    assert all(r["exceptions"] == 0 for r in report["rounds"]), report
    assert second < 1024, report
    assert (second - first) / first < 0.10, report
