"""core/backup.py: a backup file, daily copies that rotate, the full export, the CLI."""

import io
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest

from core.backup import daily_backup, daily_backups, everything_xlsx, write_backup
from core.cli import main
from core.store import Store
from tests.store.books import BACKUP_AT, TODAY, everything, kept_shop

NOW = BACKUP_AT


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return kept_shop(tmp_path / "t.sqlite3")


def test_backup_wipe_restore_gives_back_every_record(store: Store, tmp_path: Path) -> None:
    before = everything(store)
    path = write_backup(store, tmp_path / "cadangan.zip", now=NOW)
    (tmp_path / "t.sqlite3").unlink()
    for leftover in tmp_path.glob("t.sqlite3-*"):
        leftover.unlink()
    fresh = Store(tmp_path / "t.sqlite3")
    assert fresh.is_empty()
    counts = fresh.restore(path.read_bytes())
    assert counts["events"] == 2
    assert everything(fresh) == before


def test_daily_backups_once_a_day_keeping_the_last_n(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    for day in range(10):
        daily_backup(store, folder, now=NOW + timedelta(days=day), keep=3)
    assert daily_backup(store, folder, now=NOW + timedelta(days=9), keep=3) is None
    assert [d for d, _ in daily_backups(folder)] == [TODAY + timedelta(days=n) for n in (9, 8, 7)]


def test_everything_xlsx_holds_the_ledger_and_the_records(store: Store) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(everything_xlsx(store, TODAY)))
    assert {"Faktur", "Pembayaran", "Kontak", "Pembayaran manual"} <= set(workbook.sheetnames)
    assert workbook["Faktur"].max_row == len(store.ledger().invoices) + 1
    contacts = [[c.value for c in row] for row in workbook["Kontak"].iter_rows()]
    assert any("menunggu" in row for row in contacts)


def test_cli_backup_and_restore(
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("TAGIH_DB", str(tmp_path / "t.sqlite3"))
    monkeypatch.setenv("TAGIH_DATA", str(tmp_path))
    before = everything(store)
    assert main(["backup", "--out", str(tmp_path / "b.zip")]) == 0
    store.clear_demo()
    assert main(["restore", str(tmp_path / "b.zip")]) == 0
    assert everything(Store(tmp_path / "t.sqlite3")) == before
    assert list((tmp_path / "backups").glob("before-restore-*.zip"))
    (tmp_path / "bad.zip").write_bytes(b"nope")
    assert main(["restore", str(tmp_path / "bad.zip")]) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert isinstance(TODAY, date)
