"""A newcomer without ``make``: the wheel built from this folder, installed with ``uv tool install``
into an environment of its own (as ``pipx install`` does), gives a ``tagih`` command that serves
the dashboard with the demo ledger and answers on the command line as ``python -m core`` does.

The wheel is built from the working tree without network (hatchling is a dev dependency); its
dependencies come from PyPI pinned by requirements.lock, through uv's cache (fast after once).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from core.money import format_rupiah
from tests.e2e.conftest import ROOT, running_server

pytestmark = pytest.mark.browser

SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
EXPECTED = json.loads((ROOT / "sample_data" / "expected_sample.json").read_text("utf-8"))


def _uv(*args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "uv", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The ``tagih`` command of a fresh install of the wheel, in a temporary tool folder."""
    where = tmp_path_factory.mktemp("installed")
    _uv("build", "--wheel", "--no-build-isolation", "--python", sys.executable,
        "--out-dir", str(where / "dist"), str(ROOT))  # fmt: skip
    (wheel,) = (where / "dist").glob("tagih-*.whl")
    env = {
        **os.environ,
        "UV_TOOL_DIR": str(where / "tools"),
        "UV_TOOL_BIN_DIR": str(where / "bin"),
        "UV_PYTHON_DOWNLOADS": "never",
    }
    _uv("tool", "install", "--python", sys.executable,
        "--constraints", str(ROOT / "requirements.lock"), str(wheel), env=env)  # fmt: skip
    yield where / "bin" / ("tagih.exe" if os.name == "nt" else "tagih")


def test_the_wheel_carries_the_app_the_demo_ledger_and_the_fonts(installed: Path) -> None:
    (wheel,) = (installed.parent.parent / "dist").glob("tagih-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("app.py", ".streamlit/config.toml", "pages/overview.py", "ui/launch.py",
                   "core/cli.py", "core/templates/messages.toml",
                   "sample_data/buku_piutang_toko_sumber_rejeki.xlsx"):  # fmt: skip
        assert needed in names
    assert any(n.startswith("core/fonts/") and n.endswith(".ttf") for n in names)
    assert not any(n.startswith(("tests/", "data/")) for n in names)


def test_tagih_serves_the_demo_ledger_from_an_install(
    installed: Path, tmp_path: Path, page: Page
) -> None:
    data = tmp_path / "data"
    data.mkdir()

    def command(port: int) -> list[str]:
        return [str(installed), "--no-browser", "--port", str(port)]

    # Started outside the clone: the install must carry everything it needs.
    with running_server(data, command, cwd=tmp_path) as url:
        page.goto(url)
        expect(page.get_by_text("Total piutang", exact=True)).to_be_visible(timeout=60_000)
        metric = page.locator('[data-testid="stMetric"]').first
        expect(metric).to_contain_text(format_rupiah(EXPECTED["outstanding"]))
        expect(page.locator('[data-testid="stException"]')).to_have_count(0)
    assert (data / "tagih.sqlite3").is_file()  # the data went where TAGIH_DATA said


def test_tagih_summary_equals_python_m_core(installed: Path, tmp_path: Path) -> None:
    env = {**os.environ, "TAGIH_DATA": str(tmp_path)}
    args = ["summary", str(SAMPLE), "--json", "--today", EXPECTED["today"]]
    theirs = subprocess.run(
        [str(installed), *args], cwd=tmp_path, env=env, capture_output=True, text=True,
        timeout=120, check=True,
    ).stdout  # fmt: skip
    ours = subprocess.run(
        [sys.executable, "-m", "core", *args], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=120, check=True,
    ).stdout  # fmt: skip
    assert json.loads(theirs) == json.loads(ours)
    assert json.loads(theirs)["outstanding"] == EXPECTED["outstanding"]


def test_an_installed_tagih_keeps_its_data_in_the_users_data_folder(
    installed: Path, tmp_path: Path
) -> None:
    """Without TAGIH_DATA an install writes to the user's data folder, never beside its code;
    TAGIH_DATA overrides it."""
    python = next((installed.parent.parent / "tools" / "tagih").glob("bin/python*"))
    env = {k: v for k, v in os.environ.items() if k not in ("TAGIH_DATA", "XDG_DATA_HOME")}
    env["HOME"] = str(tmp_path)
    code = "from core.paths import data_dir; print(data_dir())"
    found = subprocess.run(
        [str(python), "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
        check=True,
    ).stdout.strip()  # fmt: skip
    assert Path(found) == tmp_path / ".local" / "share" / "Tagih"
    env["TAGIH_DATA"] = str(tmp_path / "elsewhere")
    found = subprocess.run(
        [str(python), "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
        check=True,
    ).stdout.strip()  # fmt: skip
    assert Path(found) == tmp_path / "elsewhere"
