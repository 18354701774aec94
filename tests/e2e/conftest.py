"""A real Tagih server on a free local port and a real headless Chromium driving it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import pytest
from playwright.sync_api import Browser, Locator, Page, expect, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

T = TypeVar("T")

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("TAGIH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-quic",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _make_run(port: int) -> list[str]:
    command = [sys.executable, "-m", "ui.launch", "--server.port", str(port)]
    return [*command, "--server.address", "127.0.0.1", "--server.headless", "true"]


@contextmanager
def running_server(
    data: Path, command: Callable[[int], list[str]] = _make_run, cwd: Path = ROOT
) -> Iterator[str]:
    """Tagih started as ``make run`` starts it (or by ``command`` for a port), on a free port,
    with its data in ``data``."""
    with server_process(data, command, cwd) as (url, _):
        yield url


@contextmanager
def server_process(
    data: Path, command: Callable[[int], list[str]] = _make_run, cwd: Path = ROOT
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """``running_server``, with the server's process (to read its memory, say)."""
    port = _free_port()
    env = {**os.environ, "TAGIH_DATA": str(data), "TAGIH_DB": str(data / "tagih.sqlite3")}
    # Inside the contact hours (a Monday morning), whenever the tests run: WhatsApp drafts on.
    env.setdefault("TAGIH_CLOCK", "2026-11-23T10:00")
    log = (data / f"server-{port}.log").open("w")
    proc = subprocess.Popen(
        command(port),
        cwd=cwd,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://localhost:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError((data / f"server-{port}.log").read_text())
            time.sleep(0.3)
        yield url, proc
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh server and database per test module, so each module starts from the demo."""
    with running_server(tmp_path_factory.mktemp("tagih-data")) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `make test`, which installs it")
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="id-ID")
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    """A phone-sized tab (390×844), as the shop's staff hold it."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="id-ID")
    tab = context.new_page()
    yield tab
    context.close()


def screenshot(page: Page, name: str) -> Path:
    """Keep a picture of what the user saw, as a test artefact."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    # Streamlit scrolls inside its own container: a tall window shows the whole page.
    size = page.viewport_size or {"width": 1400, "height": 1000}
    page.set_viewport_size({"width": size["width"], "height": 2400})
    page.wait_for_timeout(500)
    page.screenshot(path=str(path))
    page.set_viewport_size(size)
    return path


def wait_idle(page: Page) -> None:
    """Wait until Streamlit has finished running the page's script."""
    page.wait_for_timeout(300)
    expect(page.locator('[data-testid="stStatusWidget"]')).to_have_count(0, timeout=30_000)


def eventually(read: Callable[[], T], timeout: float = 30.0) -> T:
    """What ``read`` gives once it gives something (not None): the dashboard saves on its
    own rerun, which on a busy machine may start after the test has stopped waiting for one."""
    deadline = time.monotonic() + timeout
    while (value := read()) is None and time.monotonic() < deadline:
        time.sleep(0.2)
    assert value is not None, f"nothing after {timeout:.0f} s"
    return value


def promise_form(page: Page) -> tuple[Locator, str]:
    """On Hari Ini, the first card's "Catat kontak" opened with "janji bayar" chosen: the form
    and the customer's name."""
    expander = page.locator('[data-testid="stExpander"]').first
    card = expander.locator('xpath=ancestor::div[@data-testid="stVerticalBlock"][1]')
    name = card.locator("strong").first.inner_text()
    card.get_by_role("button", name="Catat kontak").click()
    dialog = page.locator('[data-testid="stPopoverBody"]')
    expect(dialog).to_be_visible(timeout=10_000)
    wait_idle(page)
    # Under load a click can land while the popover still draws and open no list: click
    # again until the option shows (at most three times), then choose it.
    option = page.get_by_role("option", name="janji bayar")
    for _ in range(3):
        dialog.locator('[data-testid="stSelectbox"]').first.click()
        try:
            option.wait_for(state="visible", timeout=10_000)
            break
        except PlaywrightTimeoutError:
            continue
    option.click()
    wait_idle(page)
    return dialog, name
