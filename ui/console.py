"""The ``tagih`` command an installed Tagih gives (``pipx install .``, ``uv tool install .``).

``tagih [--port N] [--no-browser]`` starts the dashboard on this computer (as ``make run``
does) and opens it in the browser once the server answers; ``tagih summary …``, ``tagih import
…``, ``tagih actions …`` and every other command of ``python -m core`` are that command line,
the same function with the same output.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
import urllib.request
import webbrowser
from collections.abc import Sequence

DEFAULT_PORT = 8501


def _open_when_ready(url: str, timeout: float = 60) -> None:
    """Open the browser at ``url`` once the server says it is healthy (never before: a page
    opened too early shows a connection error)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.status == 200:
                    webbrowser.open(url)
                    return
        except OSError:
            pass
        time.sleep(0.5)


def _dashboard(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="tagih",
        description="Tagih: buka dasbor di http://localhost:PORT / open the dashboard. "
        "Perintah lain / other commands: tagih summary|import|actions|letter|backup|restore|"
        "unlock|discount|plan|credit --help",
    )
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="default 8501")
    parser.add_argument(
        "--no-browser", action="store_true", help="jangan buka peramban / do not open a browser"
    )
    args = parser.parse_args(argv)
    if not args.no_browser:
        url = f"http://localhost:{args.port}"
        threading.Thread(target=_open_when_ready, args=(url,), daemon=True).start()
    from ui import launch

    sys.argv = ["tagih", "--server.port", str(args.port), "--server.headless", "true"]
    launch.main()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """``tagih``: a CLI command when the first word names one, else the dashboard."""
    from core.cli import COMMANDS

    words = list(sys.argv[1:] if argv is None else argv)
    if words and words[0] in COMMANDS:
        from core.cli import main as cli_main

        code = cli_main(words)
        for stream in (sys.stdout, sys.stderr):
            if not stream.closed:
                stream.flush()
        return code
    return _dashboard(words)


if __name__ == "__main__":
    sys.exit(main())
