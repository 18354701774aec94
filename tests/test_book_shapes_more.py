"""A second, independent set of receivables books (tests/fixtures/shapes_more/, written by
``make_shapes_more.py``) through ``core.report.summarize_files``, figure by figure.

The books are made differently from the first set (CSV with ';' in Windows-1252, .xls, .ods,
other labels and layouts) to catch a reader that only fits the first set. A book marked
``refused`` must give no confident total: the file is unreadable, or its sheet is left aside,
or nothing at all is summed from it.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from core.report import summarize_files
from tests.test_book_shapes import FIGURES, context, difference

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHAPES = FIXTURES / "shapes_more"
EXPECTED: dict[str, Any] = json.loads((SHAPES / "expected.json").read_text(encoding="utf-8"))
AS_OF = date.fromisoformat(EXPECTED["as_of"])


@cache
def summary(file: str) -> dict[str, Any]:
    """The summary payload of one file on the as-of date, read once per session."""
    _, payload = summarize_files([SHAPES / file], AS_OF, default_term=EXPECTED["default_term"])
    return payload


CASES = [
    pytest.param(entry, key, id=f"{entry['file'].rsplit('.', 1)[0]}-{key}")
    for entry in EXPECTED["files"]
    if not entry.get("refused")
    for key in FIGURES
]
REFUSED = [
    pytest.param(entry, id=entry["file"].rsplit(".", 1)[0])
    for entry in EXPECTED["files"]
    if entry.get("refused")
]


@pytest.mark.parametrize(("entry", "key"), CASES)
def test_figure(entry: dict[str, Any], key: str) -> None:
    payload = summary(entry["file"])
    if key not in payload:
        pytest.fail(
            f"{entry['file']}: the summary has no {key!r} yet; expected {entry[key]!r}",
            pytrace=False,
        )
    wrong = difference(key, entry[key], payload)
    if wrong:
        pytest.fail(
            f"{entry['file']} {key}: {wrong}"
            f"\n  expected {entry[key]!r}\n  read     {payload[key]!r}" + context(payload),
            pytrace=False,
        )


@pytest.mark.parametrize("entry", REFUSED)
def test_refused(entry: dict[str, Any]) -> None:
    """No total is trusted from a book whose rows cannot be told apart."""
    payload = summary(entry["file"])
    unreadable = [e["file"] for e in payload.get("unreadable", [])]
    summed = payload.get("outstanding", 0) or payload.get("per_customer")
    if summed and entry["file"] not in str(unreadable):
        pytest.fail(
            f"{entry['file']}: read with confidence, expected a refusal"
            f"\n  outstanding {payload.get('outstanding')!r}, per customer "
            f"{payload.get('per_customer')!r}" + context(payload),
            pytrace=False,
        )


def test_generator_writes_the_committed_files(tmp_path: Path) -> None:
    """The committed books and expected figures are what make_shapes_more.py writes."""
    sys.path.insert(0, str(FIXTURES))
    try:
        import make_shapes_more
    finally:
        sys.path.remove(str(FIXTURES))
    make_shapes_more.build(tmp_path)
    written = sorted(p.name for p in tmp_path.iterdir())
    committed = sorted(p.name for p in SHAPES.iterdir() if p.name != "README.md")
    assert written == committed
    for name in written:
        assert (tmp_path / name).read_bytes() == (SHAPES / name).read_bytes(), name


def test_expected_figures_agree_with_a_second_reckoning() -> None:
    """check_shapes_more.py reads the books back and settles them day by day on its own."""
    sys.path.insert(0, str(FIXTURES))
    try:
        import check_shapes_more
    finally:
        sys.path.remove(str(FIXTURES))
    assert check_shapes_more.main() == 0
