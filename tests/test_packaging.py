"""The package's declared dependencies, the requirements files and the lock files agree, and the
``tagih`` command answers as ``python -m core`` does."""

from __future__ import annotations

import re
import sys
import time
import tomllib
from pathlib import Path

import pytest

from ui import console

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"


def _name(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", re.split(r"[\[=<>;\s]", requirement, maxsplit=1)[0]).lower()


def _pins(lines: list[str]) -> dict[str, str]:
    found = {}
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line and not line.startswith("-"):
            assert "==" in line, f"not pinned: {line}"
            found[_name(line)] = line.split(";", 1)[0].strip()
    return found


def _file(name: str) -> dict[str, str]:
    return _pins((ROOT / name).read_text("utf-8").splitlines())


def _versions(pins: dict[str, str]) -> dict[str, str]:
    return {name: pin.split("==", 1)[1].strip() for name, pin in pins.items()}


def test_pyproject_declares_what_requirements_txt_pins() -> None:
    project = PYPROJECT["project"]
    runtime = _pins(project["dependencies"])
    postgres = _pins(project["optional-dependencies"]["postgres"])
    assert {**runtime, **postgres} == _file("requirements.txt")
    assert set(postgres) == {"psycopg"}
    assert _pins(PYPROJECT["dependency-groups"]["dev"]) == _file("requirements-dev.txt")


@pytest.mark.parametrize(
    ("lock", "sources"),
    [
        ("requirements.lock", ["requirements.txt"]),
        ("requirements-dev.lock", ["requirements.txt", "requirements-dev.txt"]),
    ],
)
def test_each_lock_pins_every_top_level_pin_at_its_version(lock: str, sources: list[str]) -> None:
    """A pin changed in requirements*.txt without `make lock` is caught here."""
    locked = _versions(_file(lock))
    for source in sources:
        for name, version in _versions(_file(source)).items():
            assert locked.get(name) == version, f"{name}: run `make lock`"
    assert len(locked) > len(_file(sources[-1]))  # the whole tree, not just the top


def test_test_only_writers_stay_out_of_the_app() -> None:
    runtime = set(_pins(PYPROJECT["project"]["dependencies"]))
    assert not runtime & {"xlwt", "odfpy", "xlsxwriter", "pytest", "pypdf", "uv", "hatchling"}
    assert not set(_file("requirements.lock")) & {"xlwt", "odfpy", "pytest"}


def test_the_tagih_command_is_the_console_entry() -> None:
    assert PYPROJECT["project"]["scripts"] == {"tagih": "ui.console:main"}


def test_tagih_summary_prints_what_python_m_core_prints(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.cli import main as core_main

    monkeypatch.setenv("TAGIH_DATA", str(tmp_path))
    args = ["summary", str(SAMPLE), "--json", "--today", "2026-11-23"]
    assert console.main(args) == 0
    theirs = capsys.readouterr().out
    assert core_main(args) == 0
    assert capsys.readouterr().out == theirs and theirs.startswith("{")


def test_tagih_without_a_command_starts_the_dashboard(monkeypatch: pytest.MonkeyPatch) -> None:
    """`tagih --port 9000 --no-browser` runs the launcher with that port, headless, no browser."""
    from ui import launch

    started: list[list[str]] = []
    opened: list[str] = []
    monkeypatch.setattr(launch, "main", lambda: started.append(list(sys.argv)))
    monkeypatch.setattr(console, "_open_when_ready", lambda url, timeout=60: opened.append(url))
    assert console.main(["--port", "9000", "--no-browser"]) == 0
    assert started == [["tagih", "--server.port", "9000", "--server.headless", "true"]]
    assert opened == []
    assert console.main([]) == 0  # the browser opens on the default port once it answers
    assert started[-1][2] == "8501"
    for _ in range(100):  # the thread that waits for the server may not have run yet
        if opened:
            break
        time.sleep(0.01)
    assert opened == ["http://localhost:8501"]
