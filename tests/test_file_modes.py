"""The owner's data is created readable by the owner only: database, backups, log, folders."""

import os
import stat
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from core import cli
from core.backup import daily_backup, write_backup
from core.paths import log_file, private_file
from core.store import Store, default_db_url

NOW = datetime(2026, 11, 23, 9, 0)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def permissive_umask() -> Iterator[None]:
    """The usual umask (022) would make files world-readable unless Tagih says otherwise."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_the_database_and_its_wal_and_shm_are_owner_only(tmp_path: Path) -> None:
    db = Store(tmp_path / "data" / "tagih.sqlite3")
    db.set_setting("business", {"name": "Toko"})  # a write: the -wal and -shm exist now
    files = sorted(tmp_path.glob("data/tagih.sqlite3*"))
    assert [f.name for f in files] == ["tagih.sqlite3", "tagih.sqlite3-shm", "tagih.sqlite3-wal"]
    assert [mode(f) for f in files] == [0o600] * 3
    assert mode(tmp_path / "data") == 0o700
    db.close()


def test_the_default_data_folder_is_owner_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TAGIH_DB", raising=False)
    monkeypatch.setenv("TAGIH_DATA", str(tmp_path / "data"))
    Store(default_db_url()).close()
    assert mode(tmp_path / "data") == 0o700
    assert mode(tmp_path / "data" / "tagih.sqlite3") == 0o600


def test_backups_are_owner_only(tmp_path: Path) -> None:
    db = Store(tmp_path / "t.sqlite3")
    (tmp_path / "backups").mkdir(mode=0o755)
    (tmp_path / "backups" / "b.zip.part").write_bytes(b"left over")  # 0644
    assert mode(write_backup(db, tmp_path / "backups" / "b.zip", now=NOW)) == 0o600
    made = daily_backup(db, tmp_path / "daily", now=NOW)
    assert made is not None
    assert (mode(made), mode(made.parent)) == (0o600, 0o700)


def test_the_log_file_is_owner_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAGIH_DATA", str(tmp_path / "data"))

    def broken(_args: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setitem(cli.COMMANDS, "summary", broken)
    assert cli.main(["summary", "x.xlsx"]) == 1
    assert "boom" in log_file().read_text("utf-8")
    assert (mode(log_file()), mode(log_file().parent)) == (0o600, 0o700)


def test_an_existing_file_keeps_its_content_and_mode(tmp_path: Path) -> None:
    kept = tmp_path / "tagih.log"
    kept.write_text("earlier\n")
    kept.chmod(0o640)
    assert private_file(kept).read_text() == "earlier\n"
    assert mode(kept) == 0o640
