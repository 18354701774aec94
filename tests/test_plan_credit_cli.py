"""``python -m core plan`` and ``python -m core credit``: the pinned JSON, text, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from core.cli import main
from tests.helpers import write_xlsx

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
CREDIT_KEYS = {"customer", "grade", "score", "stop_credit", "credit_limit", "reasons"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr, whether main returned or argparse exited."""
    try:
        code = main(list(argv))
    except SystemExit as stop:
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_plan_json_is_the_pinned_object(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "plan", "--total", "10000000", "--instalments", "3", "--first", "2027-01-31",
        "--down-payment", "1000000", "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert json.loads(out) == {
        "total": 10_000_000,
        "instalments": [
            {"no": 0, "due": "2027-01-31", "amount": 1_000_000},
            {"no": 1, "due": "2027-02-28", "amount": 3_000_000},
            {"no": 2, "due": "2027-03-31", "amount": 3_000_000},
            {"no": 3, "due": "2027-04-30", "amount": 3_000_000},
        ],
    }


@pytest.mark.parametrize(
    ("extra", "amounts", "dues"),
    [
        ([], [333_000, 333_000, 334_000], ["2027-01-31", "2027-02-28", "2027-03-31"]),
        (["--every", "week"], [333_000, 333_000, 334_000],
         ["2027-01-31", "2027-02-07", "2027-02-14"]),
        (["--every", "2weeks", "--round", "50000"], [350_000, 350_000, 300_000],
         ["2027-01-31", "2027-02-14", "2027-02-28"]),
        (["--every", "10d", "--round", "1"], [333_333, 333_333, 333_334],
         ["2027-01-31", "2027-02-10", "2027-02-20"]),
    ],
)  # fmt: skip
def test_plan_intervals_and_rounding(
    capsys: pytest.CaptureFixture[str], extra: list[str], amounts: list[int], dues: list[str]
) -> None:
    argv = ["plan", "--total", "Rp 1.000.000", "--instalments", "3", "--first", "2027-01-31"]
    code, out, _ = run(capsys, *argv, *extra, "--json")
    data = json.loads(out)
    assert code == 0 and data["total"] == 1_000_000
    assert [row["amount"] for row in data["instalments"]] == amounts
    assert [row["due"] for row in data["instalments"]] == dues
    assert [row["no"] for row in data["instalments"]] == [1, 2, 3]


def test_plan_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "plan", "--total", "5000000", "--instalments", "2", "--first", "2027-01-01",
        "--lang", "en",
    )  # fmt: skip
    assert code == 0
    assert out.splitlines()[0] == "Total Rp 5.000.000: 2 instalments, every month."
    assert "Instalment 2" in out and "1 Feb 2027" in out and "Rp 2.500.000" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["--total", "abc", "--instalments", "3", "--first", "2027-01-01"],
        ["--total", "0", "--instalments", "3", "--first", "2027-01-01"],
        ["--total", "-500000", "--instalments", "3", "--first", "2027-01-01"],
        ["--total", "500000", "--instalments", "0", "--first", "2027-01-01"],
        ["--total", "500000", "--instalments", "x", "--first", "2027-01-01"],
        ["--total", "500000", "--instalments", "3", "--first", "01/02/2027"],
        ["--total", "500000", "--instalments", "3", "--first", "2027-01-01", "--every", "month2"],
        ["--total", "500000", "--instalments", "3", "--first", "2027-01-01", "--round", "0"],
        ["--total", "500000", "--instalments", "3", "--first", "2027-01-01",
         "--down-payment", "500000"],
        ["--total", "2000", "--instalments", "3", "--first", "2027-01-01"],
        ["--instalments", "3", "--first", "2027-01-01"],
        ["--total", "500000", "--instalments", "3", "--first", "2027-01-01", "--nonsense"],
    ],
)  # fmt: skip
def test_plan_bad_arguments_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, err = run(capsys, "plan", *argv)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1, err


@pytest.fixture(scope="module")
def sample_credit() -> list[dict[str, object]]:
    """The credit list of the demo ledger, read once by the real CLI in a subprocess."""
    out = subprocess.run(
        [sys.executable, "-m", "core", "credit", str(SAMPLE), "--today", "2026-11-23", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    data: list[dict[str, object]] = json.loads(out.stdout)
    return data


def test_credit_json_lists_every_customer_with_the_pinned_keys(
    sample_credit: list[dict[str, object]],
) -> None:
    assert len(sample_credit) == 40  # every customer in the demo ledger, not only debtors
    for row in sample_credit:
        assert set(row) == CREDIT_KEYS
        assert row["grade"] in ("A", "B", "C", "D")
        assert isinstance(row["score"], int) and 0 <= row["score"] <= 100
        assert isinstance(row["stop_credit"], bool)
        assert isinstance(row["credit_limit"], int) and row["credit_limit"] >= 0
        assert row["reasons"] and all(isinstance(r, str) for r in row["reasons"])  # type: ignore[union-attr]
        if row["stop_credit"]:
            assert row["credit_limit"] == 0


@pytest.fixture
def small_ledger(tmp_path: Path) -> Path:
    rows = [
        ["No. Faktur", "Tanggal", "Nama Pelanggan", "Jumlah", "Dibayar", "Jatuh Tempo"],
        ["F-1", date(2026, 5, 1), "Toko Lama", 2_000_000, None, date(2026, 6, 1)],
        ["F-2", date(2026, 10, 1), "Bu Ani", 1_000_000, 1_000_000, date(2026, 10, 31)],
        ["F-3", date(2026, 11, 1), "Bu Ani", 1_000_000, None, date(2026, 12, 1)],
    ]
    return write_xlsx(tmp_path / "piutang.xlsx", {"Piutang": rows})


def test_credit_in_process_by_name_with_the_rule(
    capsys: pytest.CaptureFixture[str], small_ledger: Path
) -> None:
    code, out, err = run(capsys, "credit", str(small_ledger), "--today", "2026-11-23", "--json")
    assert (code, err) == (0, "")
    rows = {row["customer"]: row for row in json.loads(out)}
    assert list(rows) == ["Bu Ani", "Toko Lama"]
    assert rows["Toko Lama"]["stop_credit"] is True and rows["Toko Lama"]["credit_limit"] == 0
    assert rows["Bu Ani"]["stop_credit"] is False and rows["Bu Ani"]["grade"] == "A"
    assert (
        "Ada saldo yang terlambat lebih dari 90 hari (175 hari): stop kredit."
        in (rows["Toko Lama"]["reasons"])
    )
    code, out, _ = run(capsys, "credit", str(small_ledger), "--today", "2026-11-23", "--lang", "en")
    assert code == 0 and "Toko Lama: grade" in out and "STOP CREDIT" in out


def test_credit_bad_date_and_unreadable_file_exit_2(
    capsys: pytest.CaptureFixture[str], small_ledger: Path, tmp_path: Path
) -> None:
    code, out, err = run(capsys, "credit", str(small_ledger), "--today", "23/11/2026")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    missing = tmp_path / "tidak_ada.xlsx"
    code, out, err = run(capsys, "credit", str(missing), "--today", "2026-11-23", "--json")
    assert code == 2 and out == "" and "tidak_ada.xlsx" in err
    # One file unreadable, the other still graded.
    code, out, err = run(capsys, "credit", str(small_ledger), str(missing), "--json")
    assert code == 2 and len(json.loads(out)) == 2 and len(err.strip().splitlines()) == 1
