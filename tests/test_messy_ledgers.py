"""Every messy ledger from tests/fixtures/make_fixtures.py through the real CLI, figure by figure.

The CLI runs as a subprocess, as an owner would run it: ``python -m core summary FILE... --json``.
Expected figures come from the generator, which computes them from the records it wrote, never
by reading the files back. Each distinct command runs once per session (``cli`` memoises).
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures"))

import make_fixtures as mf  # noqa: E402

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(scope="session")
def cli() -> Run:
    """Run ``python -m core summary`` from the repository root; same arguments, same result."""
    seen: dict[tuple[str, ...], subprocess.CompletedProcess[str]] = {}

    def run(files: tuple[Path, ...], *args: str) -> subprocess.CompletedProcess[str]:
        command = (sys.executable, "-m", "core", "summary", *map(str, files), *args)
        if command not in seen:
            seen[command] = subprocess.run(
                command, cwd=REPO, capture_output=True, text=True, encoding="utf-8",
                errors="replace", timeout=180,
            )  # fmt: skip
        return seen[command]

    return run


def run_case(cli: Run, case: mf.Case, *extra: str) -> subprocess.CompletedProcess[str]:
    return cli(case.files, "--json", *case.args, *extra)


def summary_of(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    try:
        data = json.loads(result.stdout)
    except json.JSONDecodeError:
        pytest.fail(
            f"stdout is not one JSON object\nstdout: {result.stdout!r}\nstderr: {result.stderr}"
        )
    assert isinstance(data, dict), data
    return data


def figures_of(data: dict[str, Any]) -> dict[str, Any]:
    """The part of the summary the contract pins, in the generator's shape."""
    return {
        "invoices": data.get("invoices"),
        "open_invoices": data.get("open_invoices"),
        "customers_with_balance": data.get("customers_with_balance"),
        "outstanding": data.get("outstanding"),
        "overdue": data.get("overdue"),
        "aging": {k: (data.get("aging") or {}).get(k) for k in mf.BUCKETS},
    }


def where(problem: dict[str, Any]) -> tuple[str, str | None, int]:
    """(file, sheet, row) of a reported problem; a CSV's sheet name is left open by the contract."""
    file = problem.get("file")
    sheet = None if str(file).lower().endswith(".csv") else problem.get("sheet")
    return (file, sheet, problem.get("row"))  # type: ignore[return-value]


@pytest.mark.parametrize("name", mf.SUMMARISED)
def test_summary_figures(messy_cases: dict[str, mf.Case], cli: Run, name: str) -> None:
    case = messy_cases[name]
    assert case.expected is not None
    result = run_case(cli, case)
    assert result.returncode == case.exit_code, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    data = summary_of(result)

    assert figures_of(data) == case.expected.figures()
    for key in ("invoices", "open_invoices", "customers_with_balance", "outstanding", "overdue"):
        assert type(data[key]) is int, f"{key} must be a whole number: {data[key]!r}"
    assert all(type(v) is int for v in data["aging"].values()), data["aging"]


@pytest.mark.parametrize("name", mf.SUMMARISED)
def test_problems_name_file_sheet_and_excel_row(
    messy_cases: dict[str, mf.Case], cli: Run, name: str
) -> None:
    case = messy_cases[name]
    assert case.expected is not None
    problems = summary_of(run_case(cli, case)).get("problems")
    assert isinstance(problems, list), problems
    assert {where(p) for p in problems} == {
        (p.file, p.sheet, p.row) for p in case.expected.problems
    }
    for want in case.expected.problems:
        if want.code is not None:
            codes = {
                p.get("code") for p in problems if where(p) == (want.file, want.sheet, want.row)
            }
            assert want.code in codes, f"{want.file} row {want.row}: codes {codes}"
    for p in problems:
        assert p.get("message"), p


@pytest.mark.parametrize("name", mf.SUMMARISED)
def test_problems_name_the_column_as_written(
    messy_cases: dict[str, mf.Case], cli: Run, name: str
) -> None:
    case = messy_cases[name]
    assert case.expected is not None
    problems = summary_of(run_case(cli, case)).get("problems") or []
    for want in case.expected.problems:
        columns = {
            p.get("column") for p in problems if where(p) == (want.file, want.sheet, want.row)
        }
        assert want.column in columns, (
            f"{want.file} row {want.row}: column {want.column!r}, got {columns}"
        )


@pytest.mark.parametrize("name", mf.SUMMARISED)
def test_ignored_sheets(messy_cases: dict[str, mf.Case], cli: Run, name: str) -> None:
    case = messy_cases[name]
    assert case.expected is not None
    ignored = summary_of(run_case(cli, case)).get("ignored_sheets")
    assert isinstance(ignored, list), ignored
    assert {(s.get("file"), s.get("sheet")) for s in ignored} == set(case.expected.ignored_sheets)
    for s in ignored:
        assert s.get("reason"), s


@pytest.mark.parametrize("name", mf.REFUSED)
def test_unreadable_file_exits_2_with_one_line(
    messy_cases: dict[str, mf.Case], cli: Run, name: str
) -> None:
    case = messy_cases[name]
    result = run_case(cli, case)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for file in case.unreadable:
        assert file in lines[0]


def test_same_file_twice_counts_once(messy_cases: dict[str, mf.Case], cli: Run) -> None:
    case = messy_cases["same_file_twice"]
    assert case.files[0] == case.files[1]
    once = summary_of(cli(case.files[:1], "--json", *case.args))
    twice = summary_of(run_case(cli, case))
    assert figures_of(twice) == figures_of(once) == case.expected.figures()  # type: ignore[union-attr]


# A message is taken to be in a language when it uses one of that language's common words.
INDONESIAN = {"berkas", "tidak", "bukan", "dapat", "dibaca", "rusak", "kosong"}
ENGLISH = {"file", "cannot", "not", "read", "damaged", "invalid", "empty"}


def _words(message: str) -> set[str]:
    return set("".join(c if c.isalnum() else " " for c in message.lower()).split())


@pytest.mark.parametrize(
    "name", ["not_a_spreadsheet", "truncated", "empty_zero_bytes", "password_protected"]
)
def test_unreadable_message_is_indonesian_by_default_english_with_lang_en(
    messy_cases: dict[str, mf.Case], cli: Run, name: str
) -> None:
    case = messy_cases[name]
    default = run_case(cli, case).stderr.strip()
    indonesian = run_case(cli, case, "--lang", "id").stderr.strip()
    english = run_case(cli, case, "--lang", "en").stderr.strip()
    assert default == indonesian
    assert english != indonesian
    for message in (indonesian, english):
        assert case.files[0].name in message
        assert "Traceback" not in message
        assert len(message.splitlines()) == 1
    # The file's own name ("not_a_spreadsheet.xlsx") must not count as the message's words.
    words_id = _words(indonesian.replace(case.files[0].name, " "))
    words_en = _words(english.replace(case.files[0].name, " "))
    assert words_id & INDONESIAN, indonesian
    assert not words_id & (ENGLISH - {"file"}), indonesian
    assert words_en & ENGLISH, english
    assert not words_en & INDONESIAN, english


def test_fixtures_open_as_written(messy_cases: dict[str, mf.Case]) -> None:
    """The generator's own files: readable ones open with calamine or csv, broken ones do not."""
    import python_calamine

    for case in messy_cases.values():
        for path in case.files:
            if path.name in case.unreadable:
                if path.suffix != ".csv" and path.exists():
                    with pytest.raises(Exception):  # noqa: B017 - any refusal will do
                        python_calamine.CalamineWorkbook.from_path(str(path))
                continue
            if path.suffix == ".csv":
                raw = path.read_bytes()
                text = raw.decode("cp1252") if "cp1252" in path.name else raw.decode("utf-8-sig")
                delimiter = ";" if "semicolon" in path.name else ","
                assert len(list(csv.reader(io.StringIO(text), delimiter=delimiter))) > 1
            else:
                assert python_calamine.CalamineWorkbook.from_path(str(path)).sheet_names


def test_compound_file_writer_makes_real_ole2(tmp_path: Path) -> None:
    """The hand-made OLE2 container behind password_protected.xlsx is well formed: wrapped
    around a real BIFF8 workbook stream, it opens as an .xls."""
    import python_calamine
    import xlwt

    wb = xlwt.Workbook()
    ws = wb.add_sheet("Uji")
    ws.write(0, 0, "Pelanggan")
    ws.write(1, 0, "x" * 5000)  # a stream past the 4096-byte mini-stream cutoff
    path = tmp_path / "cfb.xls"
    path.write_bytes(mf.cfb_bytes({"Workbook": wb.get_biff_data()}))
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    assert book.get_sheet_by_name("Uji").to_python()[0][0] == "Pelanggan"


def test_an_unlabelled_total_is_told_from_a_sale() -> None:
    """A line with only an amount that equals a sum so far is a total, not a sale."""
    from core import ingest

    text = (
        b"No Faktur;Pelanggan;Tanggal;Jatuh Tempo;Jumlah\n"
        b"F1;Toko Maju;01/10/2026;31/10/2026;100000\n"
        b"F2;Toko Maju;02/10/2026;01/11/2026;250000\n"
        b";;;;350000\n"  # the sheet's sum, with no label: a total, not a sale
        b"F3;Warung Sari;03/10/2026;02/11/2026;50000\n"
        b";;;;50000\n"  # the sum since the last total
        b";;;;400000\n"  # the sum of all
    )
    whole = ingest.read_ledger(text, "buku.csv")
    assert [inv.number for inv in whole.invoices] == ["F1", "F2", "F3"] and not whole.problems
