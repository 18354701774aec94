"""Every book in tests/fixtures/shapes/ and tests/fixtures/shapes_more/ (two sets made
independently, the second after the reader was written) through
``core.report.summarize_files``, figure by figure, against each set's ``expected.json``. A book
marked ``refused`` must give no confident total: the file unreadable, or nothing summed.

One test per file and figure, so the report reads as a table of what the reader gets right.
Figures the summary does not carry yet (shape, per customer, credit balances, returns, checks)
fail with a message saying so: the reader that understands these shapes adds them. The
expected figures were worked out from the generator's records and again by
``check_shapes.py`` from the files themselves; the last two tests keep the three in step.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from core.report import summarize_files

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHAPES = FIXTURES / "shapes"
SETS = ("shapes", "shapes_more")
EXPECTED_BY_SET: dict[str, dict[str, Any]] = {
    name: json.loads((FIXTURES / name / "expected.json").read_text(encoding="utf-8"))
    for name in SETS
}
EXPECTED = EXPECTED_BY_SET["shapes"]
FIGURES = (
    "outstanding",
    "overdue",
    "aging",
    "customers_with_balance",
    "per_customer",
    "credit_balances",
    "returns",
    "shape",
    "checks",
)


@cache
def summary(book_set: str, file: str) -> dict[str, Any]:
    """The summary payload of one file on its set's as-of date, read once per session."""
    expected = EXPECTED_BY_SET[book_set]
    as_of = date.fromisoformat(expected["as_of"])
    path = FIXTURES / book_set / file
    _, payload = summarize_files([path], as_of, default_term=expected["default_term"])
    return payload


def context(payload: dict[str, Any]) -> str:
    """What the reader said about the file, to tell a refusal from a mis-sum."""
    sheets = [
        (s["sheet"], s["kind"], s["header_row"], s["records"])
        for f in payload.get("files", [])
        for s in f.get("sheets", [])
    ]
    problems = [(p.get("sheet"), p.get("row"), p.get("code")) for p in payload.get("problems", [])]
    return (
        f"\n  sheets read (name, kind, header row, records): {sheets}"
        f"\n  ignored: {[s.get('sheet') for s in payload.get('ignored_sheets', [])]}"
        f"\n  unreadable: {payload.get('unreadable')}"
        f"\n  problems ({len(problems)}): {problems[:8]}"
    )


def name_key(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


def by_name(amounts: dict[str, int]) -> dict[str, int]:
    """Amounts keyed by customer as the reader may spell them (case, spaces); zeros dropped."""
    return {name_key(k): v for k, v in amounts.items() if v}


def mismatches(checks: Any) -> list[tuple[str, int, int, int]]:
    if checks in ("ok", None) or checks == []:
        return []
    return sorted((c["sheet"], c["row"], c["book_says"], c["read"]) for c in checks)


def difference(key: str, want: Any, payload: dict[str, Any]) -> str | None:
    """What is wrong with ``payload[key]``, or None when it is the expected figure."""
    got = payload[key]
    if key in ("per_customer", "credit_balances"):
        same = by_name(got) == by_name(want)
    elif key == "aging":
        same = {k: got.get(k) for k in want} == want
    elif key == "checks":
        if mismatches(got) != mismatches(want):
            return "the book's wrong figures differ"
        reported = {
            (p.get("sheet"), p.get("row"))
            for p in payload.get("problems", [])
            if p.get("code") == "check-mismatch"
        }
        missing = [(s, r) for s, r, _, _ in mismatches(want) if (s, r) not in reported]
        return f"no check-mismatch problem at (sheet, row) {missing}" if missing else None
    else:
        same = got == want
    return None if same else "not the expected figure"


CASES = [
    pytest.param(book_set, entry, key, id=f"{entry['file'].rsplit('.', 1)[0]}-{key}")
    for book_set in SETS
    for entry in EXPECTED_BY_SET[book_set]["files"]
    if not entry.get("refused")
    for key in FIGURES
]
REFUSED = [
    pytest.param(book_set, entry, id=entry["file"].rsplit(".", 1)[0])
    for book_set in SETS
    for entry in EXPECTED_BY_SET[book_set]["files"]
    if entry.get("refused")
]


@pytest.mark.parametrize(("book_set", "entry", "key"), CASES)
def test_figure(book_set: str, entry: dict[str, Any], key: str) -> None:
    payload = summary(book_set, entry["file"])
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


@pytest.mark.parametrize(("book_set", "entry"), REFUSED)
def test_refused(book_set: str, entry: dict[str, Any]) -> None:
    """No total is trusted from a book whose rows cannot be told apart."""
    payload = summary(book_set, entry["file"])
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
    """The committed books and expected figures are what make_shapes.py writes, byte for byte."""
    sys.path.insert(0, str(FIXTURES))
    try:
        import make_shapes
    finally:
        sys.path.remove(str(FIXTURES))
    make_shapes.build(tmp_path)
    written = sorted(p.name for p in tmp_path.iterdir())
    committed = sorted(p.name for p in SHAPES.iterdir() if p.suffix in (".xlsx", ".json"))
    assert written == committed
    for name in written:
        assert (tmp_path / name).read_bytes() == (SHAPES / name).read_bytes(), name


def test_expected_figures_agree_with_a_second_reckoning() -> None:
    """check_shapes.py reads the files back and works every figure out again its own way."""
    sys.path.insert(0, str(FIXTURES))
    try:
        import check_shapes
    finally:
        sys.path.remove(str(FIXTURES))
    for entry in EXPECTED["files"]:
        read = check_shapes.read(SHAPES / entry["file"], entry["shape"]).figures()
        assert {k: entry[k] for k in read} == read, entry["file"]


def test_the_second_generator_writes_the_committed_files(tmp_path: Path) -> None:
    """The second set's books and figures are what make_shapes_more.py writes."""
    sys.path.insert(0, str(FIXTURES))
    try:
        import make_shapes_more
    finally:
        sys.path.remove(str(FIXTURES))
    make_shapes_more.build(tmp_path)
    folder = FIXTURES / "shapes_more"
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(p.name for p in folder.iterdir() if p.name != "README.md")
    for name in written:
        assert (tmp_path / name).read_bytes() == (folder / name).read_bytes(), name


def test_the_second_set_agrees_with_its_own_second_reckoning() -> None:
    """check_shapes_more.py reads the books back and settles them day by day on its own."""
    sys.path.insert(0, str(FIXTURES))
    try:
        import check_shapes_more
    finally:
        sys.path.remove(str(FIXTURES))
    assert check_shapes_more.main() == 0
