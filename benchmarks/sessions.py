"""Server memory over many dashboard sessions: does it stay bounded, and is it shared?

Starts Tagih as ``make run`` does (``python -m ui.launch``) on a database holding a generated
ledger, then opens sessions one after another the way a browser does: a websocket to
``/_stcore/stream``, the first run of the overview page, every message the server sends until
the script finishes, then the websocket closed. The server's resident memory (VmRSS, with its
peak, VmHWM) is read from /proc after each round and again after ``--idle`` seconds without
sessions. Two rounds of the same sessions: the first fills what is shared (the ledger, its
figures), the second must add almost nothing (issue 20: under 1 GB after 100 sessions on a
100k ledger, and the second round of 100 adding less than 10 %).

    python benchmarks/sessions.py --size 100000 --sessions 100 [--rounds 2] [--idle 60]

Prints one JSON object (also with ``--json FILE``). Linux only (/proc).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

from generate import ensure  # noqa: E402

from core.accounts import create_user  # noqa: E402
from core.store import Store  # noqa: E402
from tests.e2e.conftest import CHROMIUM, CHROMIUM_FLAGS, server_process  # noqa: E402
from tests.e2e.test_lan_browser import fill_sign_in  # noqa: E402
from tests.helpers import run_apart  # noqa: E402


def memory_mb(pid: int) -> dict[str, float]:
    """The process's resident memory now and at its peak, in MB."""
    found: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = round(int(value.split()[0]) / 1024, 1)
    return found


@dataclass
class Visit:
    seconds: float
    messages: int
    received_bytes: int
    exception: bool


async def visit(url: str, timeout: float = 300) -> Visit:
    """One browser session: connect, run the first page, read until it finished, close."""
    started = time.monotonic()
    stream = url.replace("http://", "ws://") + "/_stcore/stream"
    rerun = BackMsg()
    rerun.rerun_script.query_string = ""
    rerun.rerun_script.page_script_hash = ""
    count = size = 0
    exception = False
    async with websockets.connect(
        stream,
        subprotocols=[websockets.Subprotocol("streamlit")],
        max_size=None,
        origin=websockets.Origin(url),
    ) as ws:
        await ws.send(rerun.SerializeToString())
        while True:
            raw = await asyncio.wait_for(ws.recv(), timeout)
            assert isinstance(raw, bytes)
            count, size = count + 1, size + len(raw)
            msg = ForwardMsg()
            msg.ParseFromString(raw)
            kind = msg.WhichOneof("type")
            if kind == "delta" and msg.delta.new_element.WhichOneof("type") == "exception":
                exception = True
            if kind == "script_finished":
                break
    return Visit(time.monotonic() - started, count, size, exception)


@contextmanager
def chromium() -> Iterator[Any]:
    """Debian's Chromium, headless, as the browser tests drive it."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()


LAN_OWNER = ("pemilik", "rahasia-toko-1")


def browser_visit(browser: Any, url: str, lan: bool = False) -> Visit:
    """One real browser session: a fresh profile opens the overview (signing in first in LAN
    mode), waits until the page has run and drawn its tables (which fetch their rows), then
    closes."""
    started = time.monotonic()
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    received = 0

    def count(frame: Any) -> None:
        nonlocal received
        received += len(frame) if isinstance(frame, (bytes, str)) else 0

    page.on("websocket", lambda ws: ws.on("framereceived", count))
    page.goto(url)
    if lan:
        page.get_by_role("button", name="Masuk").wait_for(timeout=300_000)
        fill_sign_in(page, *LAN_OWNER)
    page.locator('[data-testid="stMetric"]').first.wait_for(timeout=300_000)
    page.locator('[data-testid="stDataFrame"]').first.wait_for(timeout=300_000)
    page.wait_for_timeout(300)
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="detached", timeout=300_000)
    exception = page.locator('[data-testid="stException"]').count() > 0
    context.close()
    return Visit(time.monotonic() - started, 0, received, exception)


async def together(url: str, sessions: int) -> list[Visit]:
    """``sessions`` websocket sessions at once, as when a whole shop opens Tagih together."""
    return list(await asyncio.gather(*(visit(url) for _ in range(sessions))))


def run(
    size: int,
    sessions: int,
    rounds: int,
    idle: float,
    browser: bool = False,
    concurrent: bool = False,
    lan: bool = False,
) -> dict[str, Any]:
    files = ensure(size, log=True)
    with tempfile.TemporaryDirectory(prefix="tagih-sessions-") as folder:
        data = Path(folder)
        db = data / "tagih.sqlite3"
        env = {**os.environ, "TAGIH_DATA": str(data), "TAGIH_DB": str(db)}
        started = time.monotonic()
        subprocess.run(
            [sys.executable, "-m", "core", "import", str(files.csv), str(files.payments_csv)],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        imported = time.monotonic() - started
        if lan:  # everyone signs in: the owner's account, LAN mode on (on loopback here)
            with Store(db) as store:
                create_user(store, LAN_OWNER[0], "Pemilik", "owner", LAN_OWNER[1])
                store.set_setting("lan_mode", True)
        with server_process(data) as (url, proc):
            report: dict[str, Any] = {
                "invoices": size,
                "sessions_per_round": sessions,
                "import_seconds": round(imported, 1),
                "started": memory_mb(proc.pid),
                "rounds": [],
            }
            opened = chromium() if browser else None
            real = opened.__enter__() if opened is not None else None
            for number in range(1, rounds + 1):
                if real is not None:
                    visits = [browser_visit(real, url, lan) for _ in range(sessions)]
                elif concurrent:
                    visits = run_apart(together(url, sessions))
                else:
                    visits = [run_apart(visit(url)) for _ in range(sessions)]
                after = memory_mb(proc.pid)
                time.sleep(idle)
                report["rounds"].append(
                    {
                        "round": number,
                        "after": after,
                        f"after_{idle:g}s_idle": memory_mb(proc.pid),
                        "first_visit_seconds": round(visits[0].seconds, 2),
                        "median_visit_seconds": round(
                            sorted(v.seconds for v in visits)[len(visits) // 2], 2
                        ),
                        "received_mb_per_visit": round(visits[-1].received_bytes / 2**20, 2),
                        "exceptions": sum(v.exception for v in visits),
                    }
                )
            if opened is not None:
                opened.__exit__(None, None, None)
            report["sessions"] = (
                f"chromium pages, one after another{', signing in' if lan else ''}"
                if browser
                else f"websocket clients, {'all at once' if concurrent else 'one after another'}"
            )
            first = report["rounds"][0]["after"]["VmRSS"]
            last = report["rounds"][-1]["after"]["VmRSS"]
            report["growth_after_first_round"] = round((last - first) / first, 3)
            return report


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--sessions", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--idle", type=float, default=60)
    parser.add_argument("--browser", action="store_true", help="real Chromium pages")
    parser.add_argument("--concurrent", action="store_true", help="each round's sessions at once")
    parser.add_argument("--lan", action="store_true", help="LAN mode: each page signs in")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    if args.lan and not args.browser:
        parser.error("--lan needs --browser (the sign-in form is filled in a page)")
    report = run(
        args.size, args.sessions, args.rounds, args.idle, args.browser, args.concurrent, args.lan
    )
    text = json.dumps(report, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
