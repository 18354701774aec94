"""The dashboard's contender: the overview page run headless (AppTest) on a saved ledger.

Times, in this one process: the cold first load (the app script and the overview page on a
fresh process, the ledger read from the database), a rerun with nothing changed, a rerun after
a bucket filter is picked, and a rerun after the as-of date is changed. Also counts how often
the ledger was read from the database during the reruns (the dashboard must not re-read it
when nothing in the database changed). Prints one JSON object.

The database is ``TAGIH_DB`` (set by the runner); the as-of date is the first argument.

Run: ``TAGIH_DB=… .venv/bin/python benchmarks/page.py 2026-11-23``
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _timed(at: Any) -> float:
    start = time.perf_counter()
    at.run()
    elapsed = time.perf_counter() - start
    if at.exception:
        raise SystemExit(f"the page failed: {at.exception}")
    return elapsed


def main(argv: list[str]) -> int:
    from streamlit.testing.v1 import AppTest

    import core.store

    as_of = date.fromisoformat(argv[0])
    reads = [0]
    original = core.store.Store.ledger

    def counting(self: core.store.Store) -> Any:
        reads[0] += 1
        return original(self)

    core.store.Store.ledger = counting  # type: ignore[method-assign]

    from ui.state import backups_folder

    backups = set(backups_folder().glob("*.zip")) if backups_folder().exists() else set()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=900)
    at.session_state["lang"] = "id"
    at.session_state["as_of"] = as_of
    result: dict[str, Any] = {"cold": _timed(at)}
    # The first load of a day also writes the day's backup of the database (once a day).
    result["backup_written"] = bool(set(backups_folder().glob("*.zip")) - backups)
    metrics = [m.value for m in at.metric]
    cold_reads = reads[0]
    result["same"] = _timed(at)
    at.pills(key="bucket_filter").set_value(["90+"])
    result["filter"] = _timed(at)
    # What picking a date in the sidebar does (AppTest drops the sidebar's widgets from its tree
    # after the first run under st.navigation, so the state is set the way the widget sets it).
    earlier = as_of - timedelta(days=7)
    at.session_state["as_of_widget"] = earlier
    at.session_state["as_of"] = earlier
    result["as_of"] = _timed(at)
    result["as_of_metrics"] = [m.value for m in at.metric]
    result["ledger_reads_cold"] = cold_reads
    result["ledger_reads_on_rerun"] = reads[0] - cold_reads
    result["metrics"] = metrics
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
