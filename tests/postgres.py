"""A throwaway PostgreSQL server on a loopback port, for the tests that run on both databases.

Uses Debian's PostgreSQL (``make test`` installs it). As root, the server runs as the
``postgres`` user, which PostgreSQL requires. ``TAGIH_TEST_PG`` (an SQLAlchemy URL) points the
tests at an existing server instead.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class Unavailable(RuntimeError):
    """PostgreSQL cannot be started here; the message says why."""


def _binaries() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise Unavailable("PostgreSQL is not installed (apt-get install postgresql)")
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def postgres_server() -> Iterator[str]:
    """Start a server, yield an SQLAlchemy URL to an empty database, stop and remove it after."""
    configured = os.environ.get("TAGIH_TEST_PG")
    if configured:
        yield configured
        return
    bin_dir = _binaries()
    as_root = os.geteuid() == 0
    if as_root and shutil.which("runuser") is None:
        raise Unavailable("running as root without runuser to start PostgreSQL as 'postgres'")
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    base = Path(tempfile.mkdtemp(prefix="tagih-pg-"))
    if as_root:
        shutil.chown(base, "postgres")
    data, port = base / "data", _free_port()

    def run(*command: str) -> None:
        result = subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise Unavailable(f"{Path(command[0]).name} failed: {result.stderr.strip()[-500:]}")

    try:
        run(str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "tagih", "-E", "UTF8")
        options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off"
        run(
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(base / "log"),
            "-w",
            "start",
        )
        try:
            run(
                str(bin_dir / "createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
                "-U",
                "tagih",
                "tagih_test",
            )
            yield f"postgresql+psycopg://tagih@127.0.0.1:{port}/tagih_test"
        finally:
            subprocess.run(
                [*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"],
                capture_output=True,
                timeout=60,
            )
    finally:
        shutil.rmtree(base, ignore_errors=True)


def reset(url: str) -> None:
    """Drop every table, so each test starts from an empty database."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
