"""``python -m core import`` and ``summary`` without files: the database from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from core.cli import main
from core.store import Store
from tests.helpers import write_xlsx

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
EXPECTED = json.loads((ROOT / "sample_data" / "expected_sample.json").read_text("utf-8"))
TODAY = "2026-11-23"
FIGURES = ("invoices", "open_invoices", "customers_with_balance", "outstanding", "overdue", "aging")
HEADER = ["No", "No. Faktur", "Tanggal", "Nama Pelanggan", "Jumlah (Rp)", "Dibayar", "Tempo"]


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "db" / "tagih.sqlite3"
    monkeypatch.setenv("TAGIH_DB", str(path))
    monkeypatch.setenv("TAGIH_DATA", str(tmp_path / "data"))
    return path


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    rows = [
        ["Piutang Toko Maju"],
        [],
        HEADER,
        [1, "F-1", date(2026, 8, 1), "Toko A", 1_250_000, None, 30],
        [2, "F-2", date(2026, 11, 1), "toko a", "Rp 500.000", 100_000, 30],
        [3, "F-3", date(2026, 9, 1), None, 300_000, None, 30],
        [4, "F-4", date(2026, 6, 1), "CV Baru", 800_000, 800_000, 30],
    ]
    return write_xlsx(tmp_path / "piutang.xlsx", {"Piutang": rows, "Catatan": [["catatan"]]})


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
    code = main([*argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_import_then_summary_without_files(
    db: Path, ledger: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run_json(capsys, "import", str(ledger), str(SAMPLE))
    assert code == 0
    assert [(i["file"], i["status"]) for i in out["imports"]] == [
        ("piutang.xlsx", "new"),
        (SAMPLE.name, "new"),
    ]
    [first] = [i for i in out["imports"] if i["file"] == "piutang.xlsx"]
    assert (first["invoices"], first["payments"]) == (3, 0)
    assert [(p["sheet"], p["row"], p["column"]) for p in first["problems"]] == [
        ("Piutang", 6, "Nama Pelanggan")
    ]
    assert [s["sheet"] for s in first["ignored_sheets"]] == ["Catatan"]
    assert db.is_file()

    code, saved = run_json(capsys, "summary", "--today", TODAY)
    code_files, files = run_json(capsys, "summary", str(ledger), str(SAMPLE), "--today", TODAY)
    assert code == code_files == 0
    assert saved.keys() == files.keys()
    for key in (*FIGURES, "problems", "ignored_sheets", "default_term_used", "files"):
        assert saved[key] == files[key], key


def test_importing_again_changes_nothing(
    db: Path, ledger: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, first = run_json(capsys, "import", str(ledger))
    code, again = run_json(capsys, "import", str(ledger))
    assert code == 0
    assert again["imports"][0]["status"] == "unchanged"
    assert again["revision"] == first["revision"] == 1
    copy = ledger.with_name("salinan.xlsx")
    copy.write_bytes(ledger.read_bytes())
    assert main(["import", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "salinan.xlsx" in out and "'piutang.xlsx'" in out and "tidak disimpan lagi" in out


def test_an_updated_file_replaces_the_saved_one(
    db: Path, ledger: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(ledger)]) == 0
    capsys.readouterr()
    write_xlsx(
        ledger,
        {"Piutang": [HEADER, [1, "F-1", date(2026, 8, 1), "Toko A", 1_250_000, 1_250_000, 30]]},
    )
    assert main(["import", str(ledger), "--lang", "en"]) == 0
    assert "replaced the version saved earlier" in capsys.readouterr().out
    _, saved = run_json(capsys, "summary", "--today", TODAY)
    assert (saved["invoices"], saved["outstanding"], saved["problems"]) == (1, 0, [])


def test_unreadable_file_exit_2_the_others_saved(
    db: Path, ledger: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    missing = tmp_path / "tidak_ada.xlsx"
    assert main(["import", str(bad), str(ledger), str(missing)]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 2
    assert "rusak.xlsx" in lines[0] and "rusak atau terpotong" in lines[0]
    assert "tidak_ada.xlsx" in lines[1]
    assert "piutang.xlsx: baru, disimpan — 3 faktur, 0 pembayaran, 1 baris bermasalah" in (
        captured.out
    )
    assert "Piutang / Baris 6 / Nama Pelanggan: Nama pelanggan kosong" in captured.out
    with Store(db) as store:
        assert [r.file_name for r in store.imports()] == ["piutang.xlsx"]

    code, out = run_json(capsys, "import", str(bad))
    assert code == 2
    assert out["imports"] == [] and out["unreadable"][0]["code"] == "corrupt"


def test_summary_of_an_empty_database(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", "--today", TODAY, "--lang", "en"]) == 0
    captured = capsys.readouterr()
    assert "Nothing is saved" in captured.err
    assert "Total outstanding" in captured.out and "Rp 0" in captured.out


def test_summary_text_of_the_saved_ledger_says_the_term_used(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(
        tmp_path / "t.xlsx",
        {"S": [["Pelanggan", "Tanggal", "Jumlah"], ["A", date(2026, 11, 1), 9]]},
    )
    assert main(["import", str(path), "--default-term", "14"]) == 0
    capsys.readouterr()
    assert main(["summary", "--today", TODAY]) == 0
    out = capsys.readouterr().out
    assert "tempo bawaan 14 hari" in out and "Rp 9" in out


def test_a_database_that_cannot_be_opened_exit_2(
    tmp_path: Path,
    ledger: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    blocker = tmp_path / "berkas"
    blocker.write_text("x")
    monkeypatch.setenv("TAGIH_DB", str(blocker / "tagih.sqlite3"))
    assert main(["import", str(ledger)]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert "tidak dapat dibuka" in line and "berkas" in line


def test_summary_with_files_does_not_touch_the_database(
    db: Path, ledger: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["summary", str(ledger), "--today", TODAY, "--json"]) == 0
    assert not db.exists()


def test_import_and_summary_as_processes(tmp_path: Path) -> None:
    env = {**os.environ, "TAGIH_DB": str(tmp_path / "tagih.sqlite3"), "PYTHONPATH": str(ROOT)}
    env["TAGIH_DATA"] = str(tmp_path / "data")

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "core", *argv],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    saved = run("import", str(SAMPLE))
    assert saved.returncode == 0, saved.stderr
    assert "baru, disimpan — 305 faktur, 26 pembayaran, 3 baris bermasalah" in saved.stdout
    summary = run("summary", "--json", "--today", EXPECTED["today"])
    assert summary.returncode == 0 and "Traceback" not in summary.stderr
    payload = json.loads(summary.stdout)
    for key in FIGURES:
        assert payload[key] == EXPECTED[key], key


def test_unlock_lifts_a_sign_in_lock_and_is_audited(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Round 95 M2: the owner with no open session unlocks an account on the shop computer."""
    from datetime import UTC, datetime, timedelta

    from core.accounts import create_user
    from core.signin import POLICY, attempt, load_guard, locked_accounts

    db.parent.mkdir(parents=True, exist_ok=True)
    store = Store(db)
    create_user(store, "pemilik", "Bu Sari", "owner", "rahasia-toko-1")
    at = datetime(2026, 11, 23, 9, tzinfo=UTC)
    for _ in range(POLICY.lock_after):
        at += timedelta(
            seconds=attempt(store, "pemilik", "salah-1234", "10.0.0.7", at).wait_seconds
        )
    assert list(locked_accounts(store)) == ["pemilik"]

    assert main(["unlock", " Pemilik "]) == 0
    assert "pemilik" in capsys.readouterr().out
    store = Store(db)
    assert locked_accounts(store) == {}
    assert load_guard(store).failures.get("account:pemilik") is None
    [row] = [e for e in store.audit_log(50) if e["action"] == "unlock_account"]
    assert row["detail"]["username"] == "pemilik" and row["detail"]["via"] == "cli"
    assert attempt(store, "pemilik", "rahasia-toko-1", "10.0.0.8", at).outcome == "signed_in"

    # A name that is not locked: said, and nothing written.
    assert main(["unlock", "andi", "--lang", "en"]) == 0
    assert "not locked" in capsys.readouterr().out
    assert sum(e["action"] == "unlock_account" for e in Store(db).audit_log(50)) == 1
