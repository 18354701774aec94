"""core/store/engine.py: opening a database by path or URL, and transactions that roll back."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date, datetime
from pathlib import Path

import pytest

from core.aging import summarize
from core.ingest import read_ledger
from core.store import (
    Store,
    StoreError,
    db_url,
    default_db_url,
)
from tests.helpers import write_xlsx
from tests.store.books import ROOT, SAMPLE, TODAY, Listen, ledger_xlsx, save, table_counts


def test_a_failed_save_writes_nothing(
    sqlite_store: Store, tmp_path: Path, listening: Listen
) -> None:
    path = ledger_xlsx(tmp_path / "a.xlsx", [["F-1", date(2026, 10, 1), "A", 100, 0, 30]])
    save(sqlite_store, path)
    before, revision = sqlite_store.ledger().invoices, sqlite_store.revision()

    def broken(conn: object, cursor: object, statement: str, *args: object) -> None:
        if statement.startswith("INSERT INTO contacts"):
            raise RuntimeError("disk full")

    listening("before_cursor_execute", broken)
    updated = ledger_xlsx(
        tmp_path / "a.xlsx",
        [["F-1", date(2026, 10, 1), "A", 100, 100, 30]],
        Kontak=[["Nama Pelanggan", "No. HP"], ["A", "0812"]],
    )
    with pytest.raises(RuntimeError):
        save(sqlite_store, updated)
    # The old import (deleted first inside the transaction) and its rows are all still there.
    assert sqlite_store.revision() == revision
    assert sqlite_store.ledger().invoices == before
    assert table_counts(tmp_path / "tagih.sqlite3")["imports"] == 1


def test_a_database_that_cannot_be_opened(tmp_path: Path) -> None:
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x")
    with pytest.raises(StoreError) as info:
        Store(blocker / "tagih.sqlite3")
    assert info.value.code == "cannot_open" and "not_a_folder" in info.value.message("id")
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError):
        Store(garbage)


def test_the_password_of_a_url_is_never_shown() -> None:
    with pytest.raises(StoreError) as info:
        Store("nosuchdialect://tagih:rahasia@localhost/tagih")
    assert "rahasia" not in info.value.message("en")


@pytest.mark.parametrize(
    ("configured", "expected"),
    [
        ("postgresql://tagih@db/tagih", "postgresql://tagih@db/tagih"),
        ("sqlite:///relative.sqlite3", "sqlite:///relative.sqlite3"),
        ("/srv/tagih/buku.sqlite3", "sqlite:////srv/tagih/buku.sqlite3"),
        ("buku.sqlite3", "sqlite:///buku.sqlite3"),
    ],
)
def test_tagih_db(monkeypatch: pytest.MonkeyPatch, configured: str, expected: str) -> None:
    monkeypatch.setenv("TAGIH_DB", configured)
    assert default_db_url() == expected


def test_default_database_in_the_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("TAGIH_DB", raising=False)
    monkeypatch.setenv("TAGIH_DATA", str(tmp_path / "new" / "data"))
    url = default_db_url()
    assert url == db_url(tmp_path / "new" / "data" / "tagih.sqlite3")
    assert (tmp_path / "new" / "data").is_dir()
    with Store.open_default() as store:
        assert store.is_empty()
    assert (tmp_path / "new" / "data" / "tagih.sqlite3").is_file()


def test_the_sqlite_file_is_created_where_the_path_says(tmp_path: Path) -> None:
    path = tmp_path / "toko" / "buku.sqlite3"
    path.parent.mkdir()
    with Store(path) as store:
        assert store.is_empty()
        assert str(path) in store.url
    assert path.is_file()
    with Store(db_url(path)) as again:  # the same file by its URL
        assert again.revision() == 0


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgresql://tagih:rahasia@db:5432/tagih", "postgresql://tagih:rahasia@db:5432/tagih"),
        ("sqlite:///:memory:", "sqlite:///:memory:"),
        ("relative/buku.sqlite3", "sqlite:///relative/buku.sqlite3"),
        (Path("/srv/tagih/buku.sqlite3"), "sqlite:////srv/tagih/buku.sqlite3"),
    ],
)
def test_db_url_of_a_url_or_a_path(given: str | Path, expected: str) -> None:
    assert db_url(given) == expected


def test_db_url_expands_the_home_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert db_url("~/buku.sqlite3") == f"sqlite:///{tmp_path}/buku.sqlite3"


def test_a_transaction_that_fails_midway_rolls_back_on_both_databases(
    store: Store, tmp_path: Path, listening: Listen
) -> None:
    """The check and the write of ``set_setting`` are one transaction: the audit row failing
    after the setting's row went in leaves neither."""

    def broken(conn: object, cursor: object, statement: str, *args: object) -> None:
        if statement.startswith("INSERT INTO audit"):
            raise RuntimeError("disk full")

    store.set_setting("lang", "id")
    listening("before_cursor_execute", broken)
    with pytest.raises(RuntimeError):
        store.set_setting("lang", "en")
    with pytest.raises(RuntimeError):
        store.set_setting("new", 1)
    assert store.all_settings() == {"lang": "id"}
    assert store.revision() == 1


# A child process that imports a file and is killed (SIGKILL, no cleanup of any kind) right
# after the invoices went into the database and before the transaction could commit.
KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from sqlalchemy import Engine, event
    def die(conn, cursor, statement, *args):
        if statement.startswith("INSERT INTO invoices"):
            os.kill(os.getpid(), signal.SIGKILL)
    event.listen(Engine, "after_cursor_execute", die)
    from core.cli import main
    sys.exit(main(["import", sys.argv[1]]))
    """
)


def test_a_kill_mid_import_leaves_the_database_as_before(tmp_path: Path) -> None:
    db = tmp_path / "tagih.sqlite3"
    store = Store(db)
    store.save_import(read_ledger(SAMPLE), SAMPLE.read_bytes(), now=datetime(2026, 11, 1))
    before = (summarize(store.ledger(), TODAY), store.revision(), len(store.imports()))
    store.close()
    rows = [["No Faktur", "Pelanggan", "Tanggal", "Jumlah"]]
    rows += [[f"K-{n}", f"Toko {n % 50}", date(2026, 10, 1), 100_000 + n] for n in range(5_000)]
    new_file = write_xlsx(tmp_path / "baru.xlsx", {"S": rows})
    proc = subprocess.run(
        [sys.executable, "-c", KILLER, str(new_file)],
        cwd=ROOT,
        env={"TAGIH_DB": str(db), "TAGIH_DATA": str(tmp_path), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == -9, proc.stderr  # it really died mid-way
    after = Store(db)
    assert (summarize(after.ledger(), TODAY), after.revision(), len(after.imports())) == before
    # And the same import, not interrupted, goes through afterwards.
    outcome = after.save_import(read_ledger(new_file), new_file.read_bytes(), now=datetime.now())
    assert outcome.status == "new"
    assert summarize(after.ledger(), TODAY).invoices == before[0].invoices + 5_000
