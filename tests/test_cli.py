"""``python -m core summary``: the pinned JSON, the readable table, exit codes, languages."""

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from core.cli import main
from tests.helpers import write_xlsx

ROOT = Path(__file__).resolve().parent.parent
PINNED_KEYS = {
    "invoices",
    "open_invoices",
    "customers_with_balance",
    "outstanding",
    "overdue",
    "aging",
    "problems",
    "ignored_sheets",
}


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    rows = [
        ["Piutang Toko Maju"],
        [],
        ["No", "No. Faktur", "Tanggal", "Nama Pelanggan", "Jumlah (Rp)", "Dibayar", "Tempo"],
        [1, "F-1", date(2026, 8, 1), "Toko A", 1_250_000, None, 30],
        [2, "F-2", date(2026, 11, 1), "toko a", "Rp 500.000", 100_000, 30],
        [3, "F-3", date(2026, 9, 1), None, 300_000, None, 30],
        [4, "F-4", date(2026, 6, 1), "CV Baru", 800_000, 800_000, 30],
        [None, None, None, "TOTAL", 2_850_000, 900_000],
    ]
    return write_xlsx(tmp_path / "piutang.xlsx", {"Piutang": rows, "Catatan": [["catatan"]]})


def test_summary_json_is_the_pinned_object(
    ledger: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["summary", str(ledger), "--today", "2026-11-23", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out.keys() >= PINNED_KEYS
    assert (out["invoices"], out["open_invoices"], out["customers_with_balance"]) == (3, 2, 1)
    assert (out["outstanding"], out["overdue"]) == (1_650_000, 1_250_000)
    assert out["aging"] == {"current": 400_000, "1-30": 0, "31-60": 0, "61-90": 1_250_000, "90+": 0}
    assert out["problems"] == [
        {
            "file": "piutang.xlsx",
            "sheet": "Piutang",
            "row": 6,
            "column": "Nama Pelanggan",
            "code": "missing-customer",
            "message": "Nama pelanggan kosong; baris ini tidak dihitung.",
        }
    ]
    assert [(s["sheet"], bool(s["reason"])) for s in out["ignored_sheets"]] == [("Catatan", True)]


def test_summary_text_writes_rupiah(ledger: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", str(ledger), "--today", "2026-11-23"]) == 0
    out = capsys.readouterr().out
    assert "Rp 1.650.000" in out
    assert "23 Nov 2026" in out
    assert "Baris 6" in out


def test_english_switch(ledger: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", str(ledger), "--today", "2026-11-23", "--lang", "en"]) == 0
    assert "Total outstanding" in capsys.readouterr().out


def test_unreadable_file_exit_2_one_line(
    tmp_path: Path, ledger: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    assert main(["summary", str(bad), str(ledger), "--json", "--today", "2026-11-23"]) == 2
    captured = capsys.readouterr()
    assert json.loads(captured.out)["invoices"] == 3
    [line] = captured.err.strip().splitlines()
    assert "rusak.xlsx" in line and "rusak atau terpotong" in line


def test_bad_arguments_exit_2(capsys: pytest.CaptureFixture[str], ledger: Path) -> None:
    assert main(["summary", str(ledger), "--today", "23/11/2026"]) == 2
    assert "2026-11-23" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["summary", str(ledger), "--default-term", "-3"])
    assert exit_info.value.code == 2


def test_default_term_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_xlsx(
        tmp_path / "t.xlsx",
        {"S": [["Pelanggan", "Tanggal", "Jumlah"], ["A", date(2026, 11, 1), 100]]},
    )
    main(["summary", str(path), "--today", "2026-11-23", "--json", "--default-term", "14"])
    out = json.loads(capsys.readouterr().out)
    assert out["overdue"] == 100 and out["default_term_used"] == 1
    main(["summary", str(path), "--today", "2026-11-23", "--json"])
    assert json.loads(capsys.readouterr().out)["overdue"] == 0


def test_payments_dated_after_today_are_told(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The book is read as written: a payment dated 28 Nov pays FB-1 on 22 Nov too, and the
    summary says how much money that is (a post-dated giro, or a date typed wrong)."""
    path = write_xlsx(
        tmp_path / "giro.xlsx",
        {
            "Faktur": [
                ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
                ["FB-1", date(2026, 9, 10), "Toko Pelita", 1_200_000],
                ["FB-2", date(2026, 10, 30), "Toko Pelita", 800_000],
            ],
            "Pembayaran": [
                ["Tanggal", "No Faktur", "Jumlah"],
                [date(2026, 10, 15), "FB-1", 500_000],
                [date(2026, 11, 28), "FB-1", 700_000],
            ],
        },
    )
    main(["summary", str(path), "--today", "2026-11-22", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert (out["outstanding"], out["paid_after_today"]) == (800_000, 700_000)
    main(["summary", str(path), "--today", "2026-11-28", "--json"])
    assert json.loads(capsys.readouterr().out)["paid_after_today"] == 0
    main(["summary", str(path), "--today", "2026-11-22"])
    assert "Rp 700.000 pembayaran bertanggal setelah 22 Nov 2026" in capsys.readouterr().out


def test_module_runs_as_a_process_without_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "tidak_ada.xlsx"
    proc = subprocess.run(
        [sys.executable, "-m", "core", "summary", str(missing)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "tidak_ada.xlsx" in proc.stderr and "Traceback" not in proc.stderr
