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
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def memory_mb(pid: int) -> dict[str, float]:
    """The process's resident memory now and at its peak, in MB."""
    found: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = round(int(value.split()[0]) / 1024, 1)
    return found


@contextmanager
def server(data: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """Tagih as ``make run`` starts it, on a free port, with its data in ``data``."""
    port = _free_port()
    env = {**os.environ, "TAGIH_DATA": str(data), "TAGIH_DB": str(data / "tagih.sqlite3")}
    log = (data / "server.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "ui.launch", "--server.port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError((data / "server.log").read_text())
            time.sleep(0.3)
        yield url, proc
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


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


def run(size: int, sessions: int, rounds: int, idle: float) -> dict[str, Any]:
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
        with server(data) as (url, proc):
            report: dict[str, Any] = {
                "invoices": size,
                "sessions_per_round": sessions,
                "import_seconds": round(imported, 1),
                "started": memory_mb(proc.pid),
                "rounds": [],
            }
            for number in range(1, rounds + 1):
                visits = [asyncio.run(visit(url)) for _ in range(sessions)]
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
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    report = run(args.size, args.sessions, args.rounds, args.idle)
    text = json.dumps(report, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
