"""The benchmark suite itself (benchmarks/): its generator is right and its runner runs.

Tagih's figures on a generated ledger must equal the generator's own, which it computes from its
records without ``core``; the runner must produce its tables. No wall-clock time is asserted:
speed is what ``make bench`` measures, not what a test on a busy machine can judge.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from core.report import summarize_files

ROOT = Path(__file__).resolve().parent.parent
FIGURES = ("invoices", "open_invoices", "customers_with_balance", "outstanding", "overdue", "aging")


def _module(name: str) -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))


generate = _module("generate")
shapes = _module("shapes")
run = _module("run")


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return generate.ensure(500, tmp_path_factory.mktemp("cache"), log=False)


def test_the_generated_ledger_reads_to_the_generators_own_figures(small: Any) -> None:
    files = small
    today = date.fromisoformat(files.expected["today"])
    for sources in ([files.xlsx], [files.csv, files.payments_csv]):
        batch, payload = summarize_files(sources, today)
        assert {k: payload[k] for k in FIGURES} == {k: files.expected[k] for k in FIGURES}
        assert len(batch.payments) == files.expected["payments"]
        assert len(payload["problems"]) == files.expected["problems"]
        assert {p["code"] for p in payload["problems"]} == {"invalid-amount"}


def test_the_ledger_has_the_mess_owners_make(small: Any) -> None:
    gen = generate.generate(500)
    records = [r for m in gen.months for r in m.records]
    assert len(records) == 500 and len(gen.months) == generate.N_MONTHS
    assert any(r.date_text for r in records) and any(r.amount_text for r in records)
    assert any(r.payments for r in records) and any(r.note == "LUNAS" for r in records)
    assert 20 <= len({r.customer.name for r in records}) <= 400
    assert gen.expected == generate.generate(500).expected  # the same ledger every time


@pytest.mark.parametrize("one_sheet", [False, True])
def test_the_openpyxl_writer_gives_the_same_ledger(tmp_path: Path, one_sheet: bool) -> None:
    """Without xlsxwriter (not in requirements-dev), openpyxl's write-only mode writes it."""
    gen = generate.generate(300)
    path = tmp_path / "ledger.xlsx"
    generate._write_xlsx_openpyxl(gen, path, one_sheet)
    batch, payload = summarize_files([path], date.fromisoformat(gen.expected["today"]))
    assert {k: payload[k] for k in FIGURES} == {k: gen.expected[k] for k in FIGURES}
    assert len(batch.files[0].sheets) == (2 if one_sheet else generate.N_MONTHS + 1)


def test_the_one_sheet_ledger_reads_to_the_same_figures(small: Any) -> None:
    today = date.fromisoformat(small.expected["today"])
    batch, payload = summarize_files([small.xlsx_one_sheet], today)
    assert {k: payload[k] for k in FIGURES} == {k: small.expected[k] for k in FIGURES}
    assert [s.name for s in batch.files[0].sheets] == ["Piutang", "Pembayaran"]
    assert len(payload["problems"]) == small.expected["problems"]


@pytest.mark.parametrize("kind", list(shapes.KINDS))
def test_each_other_ledger_reads_to_its_generators_own_figures(
    kind: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Other writers, phone numbers and text amounts, cards and journals at 2k rows."""
    book = shapes.ensure(kind, 2000, tmp_path_factory.mktemp(kind), log=False)
    _, payload = summarize_files([book.xlsx], date.fromisoformat(book.expected["today"]))
    assert {k: payload[k] for k in FIGURES} == {k: book.expected[k] for k in FIGURES}
    if kind in ("kartu", "journal"):
        assert payload["shape"] == {"kartu": "customer_card", "journal": "journal"}[kind]
        assert payload["problems"] == [] and payload["checks"] == "ok"
        assert 1900 <= book.expected["rows"] <= 2100
        assert 0 < book.expected["open_invoices"] < book.expected["invoices"]
        assert book.expected["aging"]["90+"] > 0 and book.expected["aging"]["current"] > 0


def test_the_other_ledgers_hold_what_they_are_named_for(tmp_path: Path) -> None:
    from python_calamine import CalamineWorkbook

    def cells(kind: str, column: int) -> list[object]:
        book = CalamineWorkbook.from_path(str(shapes.ensure(kind, 1000, tmp_path, log=False).xlsx))
        months = [book.get_sheet_by_name(n).to_python() for n in book.sheet_names[:-1]]
        return [row[column] for rows in months for row in rows[4:] if row[0] != ""]

    phones = [p for p in cells("phone", 4) if p]
    assert len(set(phones)) == len(phones) > 900
    amounts = cells("text_amounts", 5)
    share = sum(isinstance(a, str) and a.startswith("Rp ") for a in amounts) / len(amounts)
    assert 0.07 < share < 0.13
    import zipfile

    with zipfile.ZipFile(shapes.ensure("openpyxl", 1000, tmp_path, log=False).xlsx) as z:
        assert "xl/sharedStrings.xml" not in z.namelist()
    with zipfile.ZipFile(shapes.ensure("shared", 1000, tmp_path, log=False).xlsx) as z:
        assert "xl/sharedStrings.xml" in z.namelist()


def test_the_runner_measures_every_contender_and_writes_its_tables(tmp_path: Path) -> None:
    out = tmp_path / "results"
    argv = ["--sizes", "500", "--reps", "1", "--out", str(out), "--cache", str(tmp_path)]
    assert run.main([*argv, "--variant-sizes", "500", "--reps-variants", "1"]) == 0
    text = (out / "results.md").read_text(encoding="utf-8")
    assert "| summary ÷ calamine read |" in text
    assert "| import ÷ summary |" in text
    assert "| page rerun (filter) ÷ import |" in text
    assert "| summary ÷ calamine read, one sheet |" in text
    assert "summary of the .xlsx (a sheet per month and one sheet), of the .csv files" in text
    assert "0× over 3 reruns" in text  # the dashboard did not read the database again
    assert "1.5×" not in text
    for what in shapes.KINDS.values():
        assert f"| summary ÷ calamine read, {what}, median of rounds |" in text
        assert f"500 {what}: summary equals the generator's figures" in text
    raw = json.loads((out / "results.json").read_text(encoding="utf-8"))
    measured = raw["results"]["500"]
    keys = ("summary", "summary_csv", "calamine", "csv", "pandas", "import", "summary_db")
    kinds = [f"{side}_{kind}" for kind in shapes.KINDS for side in ("summary", "calamine")]
    for key in (*keys, "summary_one", "calamine_one", *kinds):
        assert measured[key]["times"] and measured[key]["peak_mb"][0] > 0, key
    assert {"page_cold", "page_filter", "page_as_of"} <= measured.keys()
    assert "plotly" in (out / "results.html").read_text(encoding="utf-8")


def test_the_runner_measures_a_ledger_it_has_not_seen(small: Any, tmp_path: Path) -> None:
    """``--file``: the same ratios on an outside ledger, checked against its own import."""
    out = tmp_path / "outside"
    today = small.expected["today"]
    run.main(["--file", str(small.xlsx_one_sheet), "--today", today, "--reps", "1",
              "--reps-ratio", "3", "--out", str(out)])  # fmt: skip
    text = (out / "results.md").read_text(encoding="utf-8")
    assert "| summary ÷ calamine read |" in text and "| 500 |" in text
    assert "| summary ÷ calamine read, median of rounds |" in text
    assert "summary of the file and from SQLite agree" in text
    assert "summary 500 .xlsx ≤ 2.0× calamine read, median of rounds" in text
    measured = json.loads((out / "results.json").read_text(encoding="utf-8"))["results"]["500"]
    assert {"summary", "calamine", "pandas", "import", "summary_db", "page_as_of"} <= set(measured)
    assert len(measured["summary"]["times"]) == len(measured["calamine"]["times"]) == 3


def test_summary_of_files_does_not_load_the_database_pdf_or_excel_writers() -> None:
    """`python -m core summary FILE` is timed end to end against a bare read: the commands that
    need SQLAlchemy, fpdf or openpyxl import them themselves."""
    code = "import sys, core.cli; print(sorted(m for m in ('sqlalchemy', 'fpdf', 'openpyxl', "
    code += "'pandas', 'core.store') if m in sys.modules))"
    found = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert found.stdout.strip() == "[]"


def test_summary_opens_its_first_file_before_the_rules_load() -> None:
    """The reader's rules, the ledger and the reports load while calamine parses the first
    sheet (``core.reading.sheets.open_file``), so ``core.cli`` itself does not import them."""
    code = "import sys, core.cli; print(sorted(m for m in ('core.ingest', 'core.ledger', "
    code += "'core.report', 'core.reading.rows', 'core.columns') if m in sys.modules))"
    found = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert found.stdout.strip() == "[]"
