"""``python -m core discount``: the pinned JSON, readable text, and one line for bad arguments."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.cli import main

ROOT = Path(__file__).resolve().parent.parent
PINNED_KEYS = {"max_discount", "pay_now", "profit", "margin_pct", "feasible", "reason"}


def run_json(args: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(["discount", *args, "--json"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    out: dict[str, object] = json.loads(captured.out)
    return out


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["--amount", "1000000", "--cost", "800000"],
            {"max_discount": 199_999, "pay_now": 800_001, "profit": 1, "margin_pct": 0.0},
        ),
        (
            ["--amount", "1000000", "--cost", "800000", "--min-profit", "50000"],
            {"max_discount": 150_000, "pay_now": 850_000, "profit": 50_000, "margin_pct": 5.88},
        ),
        (
            [
                "--amount",
                "Rp 1.250.000",
                "--cost",
                "Rp 1.000.000",
                "--paid",
                "Rp 250.000",
                "--min-margin",
                "10",
                "--round",
                "50.000",
            ],
            {"max_discount": 100_000, "pay_now": 900_000, "profit": 150_000, "margin_pct": 13.04},
        ),
        (
            ["--amount", "1000000", "--cost", "800000", "--min-margin", "12,5", "--round", "1000"],
            {"max_discount": 85_000, "pay_now": 915_000, "profit": 115_000, "margin_pct": 12.56},
        ),
        (
            ["--amount", "1,25 jt", "--cost", "1jt", "--paid=0"],
            {"max_discount": 249_999, "pay_now": 1_000_001, "profit": 1, "margin_pct": 0.0},
        ),
    ],
)
def test_json_is_the_pinned_object(
    args: list[str], expected: dict[str, object], capsys: pytest.CaptureFixture[str]
) -> None:
    out = run_json(args, capsys)
    assert out.keys() == PINNED_KEYS
    assert {key: out[key] for key in expected} == expected
    assert out["feasible"] is True and isinstance(out["reason"], str) and out["reason"]


def test_pinned_relations_hold(capsys: pytest.CaptureFixture[str]) -> None:
    """pay_now = A − P − D, profit = A − D − C, margin = profit ÷ (A − D), rounded down."""
    amount, paid, cost = 7_654_321, 1_234_567, 5_000_000
    args = ["--amount", str(amount), "--cost", str(cost), "--paid", str(paid), "--round", "5000"]
    out = run_json([*args, "--min-margin", "7.5"], capsys)
    discount = out["max_discount"]
    assert isinstance(discount, int)
    assert out["pay_now"] == amount - paid - discount
    assert out["profit"] == amount - discount - cost
    assert out["pay_now"] % 5000 == 0  # type: ignore[operator]
    received = amount - discount
    assert out["margin_pct"] == int((amount - discount - cost) * 10_000 / received) / 100


def test_no_discount_possible_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    out = run_json(["--amount", "1000000", "--cost", "1200000"], capsys)
    assert (out["max_discount"], out["pay_now"], out["profit"]) == (0, 1_000_000, -200_000)
    assert out["feasible"] is False
    assert "Rp 1.200.000" in str(out["reason"]) and "tidak" in str(out["reason"]).lower()
    out = run_json(["--amount", "1000000", "--cost", "800000", "--min-margin", "25"], capsys)
    assert out["feasible"] is False and "25%" in str(out["reason"])


def test_readable_text_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["discount", "--amount", "1000000", "--cost", "800000", "--min-profit",
                 "50000"]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "Diskon terbesar yang aman  Rp 150.000 (15%)" in out
    assert "Bayar sekarang" in out and "Rp 850.000" in out and "5,88%" in out
    assert "untung minimal Rp 50.000" in out
    assert main(["discount", "--amount", "1000000", "--cost", "800000", "--lang", "en"]) == 0
    assert "Largest safe discount" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--amount", "-5", "--cost", "1"], "tidak boleh negatif"),
        (["--amount=-1.000.000", "--cost", "1"], "tidak boleh negatif"),
        (["--amount", "100", "--cost", "-1"], "Modal / harga beli barang tidak boleh negatif"),
        (["--amount", "100", "--cost", "1", "--paid", "-3"], "tidak boleh negatif"),
        (["--amount", "100", "--cost", "1", "--min-profit", "-3"], "tidak boleh negatif"),
        (["--amount", "abc", "--cost", "1"], "'abc' bukan angka"),
        (["--amount", "100", "--cost", "seratus"], "'seratus' bukan angka"),
        (["--amount", "100", "--cost", "1", "--min-margin", "100"], "kurang dari 100%"),
        (["--amount", "100", "--cost", "1", "--min-margin", "120"], "kurang dari 100%"),
        (["--amount", "100", "--cost", "1", "--min-margin", "-1"], "kurang dari 100%"),
        (["--amount", "100", "--cost", "1", "--min-margin", "sepuluh"], "bukan angka"),
        (["--amount", "100", "--cost", "1", "--round", "0"], "minimal 1"),
        (["--amount", "100", "--cost", "1", "--round", "2,5"], "minimal 1"),
        (["--amount", "100", "--cost", "1", "--round", "x"], "bukan angka"),
        (["--amount", "100", "--cost", "1", "--paid", "200"], "melebihi jumlah tagihan"),
        (["--amount", "", "--cost", "1"], "bukan angka"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(
    args: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["discount", *args, "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    [line] = captured.err.strip().splitlines()
    assert says in line


def test_bad_arguments_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["discount", "--amount", "100", "--cost", "x", "--lang", "en"]) == 2
    assert capsys.readouterr().err.strip() == "Cost (HPP): 'x' is not a number."


@pytest.mark.parametrize(
    "args", [["--cost", "1"], ["--amount", "1"], ["--amount", "1", "--cost", "1", "--what"]]
)
def test_missing_or_unknown_options_exit_2_with_one_line(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["discount", *args])
    assert info.value.code == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("python -m core")


def test_runs_as_a_process() -> None:
    command = [sys.executable, "-m", "core", "discount"]
    good = subprocess.run(
        [*command, "--amount", "Rp 1.250.000", "--cost", "1.000.000", "--round", "1000", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert good.returncode == 0, good.stderr
    assert json.loads(good.stdout)["max_discount"] == 249_000
    bad = subprocess.run(
        [*command, "--amount", "banyak", "--cost", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 2 and bad.stdout == ""
    assert bad.stderr.strip() == "Jumlah tagihan: 'banyak' bukan angka."
