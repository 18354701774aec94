"""Every page runs headless (AppTest): no exception, the key numbers present."""

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

from core.money import format_rupiah

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = json.loads((ROOT / "sample_data" / "expected_sample.json").read_text("utf-8"))


def run_app(lang: str = "id") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["lang"] = lang
    at.session_state["as_of"] = __import__("datetime").date.fromisoformat(EXPECTED["today"])
    return at.run()


def test_overview_shows_the_sample_ledger_totals() -> None:
    at = run_app()
    assert not at.exception
    values = [m.value for m in at.metric]
    assert format_rupiah(EXPECTED["outstanding"]) in values
    assert format_rupiah(EXPECTED["overdue"]) in values
    labels = [m.label for m in at.metric]
    assert "Total piutang" in labels


def test_overview_in_english() -> None:
    at = run_app("en")
    assert not at.exception
    assert "Total outstanding" in [m.label for m in at.metric]
