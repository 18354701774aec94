"""A second backup folder the owner picks (a USB stick, a synced cloud folder): the daily copy
goes there too, from the dashboard and from `python -m core import`; a folder that is not
there is reported, never created, and never stops the first copy."""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from core.backup import (
    KEEP_SETTING,
    SECOND_FOLDER_SETTING,
    BackupFolderError,
    check_second_folder,
    daily_backups,
    daily_copies,
    second_folder,
)
from core.cli import main
from core.store import Store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
NOW = datetime(2026, 11, 23, 9, 0)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "data" / "tagih.sqlite3")


def test_a_folder_is_checked_before_it_is_kept(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "backups").mkdir(parents=True)
    stick = tmp_path / "usb"
    stick.mkdir()
    assert check_second_folder(f"  {stick}  ", data) == stick
    cases = {
        "Tagih": "not_absolute",  # relative: where would that be?
        "": "not_absolute",
        str(tmp_path / "not-plugged-in"): "missing",
        str(SAMPLE): "missing",  # a file, not a folder
        str(data): "inside_data",
        str(data / "backups"): "inside_data",
    }
    for text, code in cases.items():
        with pytest.raises(BackupFolderError) as caught:
            check_second_folder(text, data)
        assert caught.value.code == code, text
        assert caught.value.message("id") and caught.value.message("en")
    assert not (tmp_path / "not-plugged-in").exists()  # never made


def test_a_folder_that_cannot_be_written_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "TemporaryFile", refuse)
    with pytest.raises(BackupFolderError) as caught:
        check_second_folder(str(tmp_path), tmp_path / "data")
    assert caught.value.code == "not_writable"


def test_the_daily_copy_goes_to_both_folders_and_keeps_the_owners_number(
    store: Store, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    store.set_setting(SECOND_FOLDER_SETTING, str(stick))
    store.set_setting(KEEP_SETTING, 2)
    first = tmp_path / "data" / "backups"
    for day in range(4):
        done = daily_copies(store, first, now=NOW + timedelta(days=day))
        assert done.failed == [] and len(done.made) == 2
    for folder in (first, stick):
        assert [d.isoformat() for d, _ in daily_backups(folder)] == ["2026-11-26", "2026-11-25"]
    again = daily_copies(store, first, now=NOW + timedelta(days=3, hours=5))
    assert again.made == [] and again.failed == []  # once a day


def test_a_missing_second_folder_is_reported_and_the_first_copy_still_made(
    store: Store, tmp_path: Path
) -> None:
    gone = tmp_path / "usb"
    store.set_setting(SECOND_FOLDER_SETTING, str(gone))
    assert second_folder(store) == gone
    done = daily_copies(store, tmp_path / "data" / "backups", now=NOW)
    assert [p.parent for p in done.made] == [tmp_path / "data" / "backups"]
    assert [folder for folder, _ in done.failed] == [gone]
    assert not gone.exists()
    store.set_setting(SECOND_FOLDER_SETTING, "")
    assert second_folder(store) is None


def test_a_command_line_import_makes_the_days_copies_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data, stick = tmp_path / "data", tmp_path / "usb"
    stick.mkdir()
    monkeypatch.setenv("TAGIH_DATA", str(data))
    monkeypatch.delenv("TAGIH_DB", raising=False)
    with Store.open_default() as store:
        store.set_setting(SECOND_FOLDER_SETTING, str(stick))
    assert main(["import", str(SAMPLE), "--json"]) == 0
    assert len(daily_backups(data / "backups")) == len(daily_backups(stick)) == 1
    ((_, copy),) = daily_backups(stick)
    with Store(tmp_path / "restored.sqlite3") as restored:
        restored.restore(copy.read_bytes())
        assert restored.imports() == []  # the copy was made before the import's writes
    assert capsys.readouterr().err == ""

    shutil.rmtree(stick)  # the stick is pulled out: the import goes on, and says so on one line
    assert main(["import", str(SAMPLE), "--json"]) == 0
    err = capsys.readouterr().err
    assert str(stick) in err and err.count("\n") == 1
    assert len(daily_backups(data / "backups")) == 1 and not stick.exists()  # never created
