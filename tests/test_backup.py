"""Backup → wipe → restore gives back every record; daily copies rotate; the full export."""

import io
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from core.aging import summarize
from core.backup import daily_backup, daily_backups, everything_xlsx, write_backup
from core.cli import main
from core.ingest import read_ledger
from core.store import Store, StoreError

SAMPLE = (
    Path(__file__).resolve().parent.parent / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
)
NOW = datetime(2026, 11, 23, 9, 0)
TODAY = NOW.date()


@pytest.fixture
def store(tmp_path: Path) -> Store:
    db = Store(tmp_path / "t.sqlite3")
    db.save_import(read_ledger(SAMPLE), SAMPLE.read_bytes(), now=NOW, is_demo=True)
    db.set_setting("business", {"name": "Toko Sumber Rejeki"})
    db.add_event(
        "contact",
        "ud harapan baru",
        NOW,
        {
            "customer": "UD Harapan Baru",
            "channel": "phone",
            "outcome": "promised",
            "promise_date": "2026-11-30",
            "promise_amount": "500000",
            "outstanding_then": "51581500",
        },
    )
    db.add_event(
        "payment",
        "toko makmur jaya",
        NOW,
        {
            "amount": "1250000.50",
            "invoice_number": "",
            "customer": "Toko Makmur Jaya",
            "paid_on": "2026-11-22",
        },
    )
    return db


def everything(db: Store) -> tuple[object, ...]:
    return (
        [(r.file_name, r.digest, r.is_demo, r.n_invoices) for r in db.imports()],
        summarize(db.ledger(), TODAY),
        [(e.kind, e.customer_key, e.at, e.payload) for e in db.events()],
        db.get_setting("business"),
        [db.file_bytes(r.id) for r in db.imports()],
    )


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


def test_a_bad_backup_changes_nothing(store: Store) -> None:
    before = everything(store)
    for junk in (b"", b"PK\\x03\\x04 junk", store.dump(now=NOW)[:200]):
        with pytest.raises(StoreError) as error:
            store.restore(junk)
        assert "cadangan" in error.value.message("id")
    assert everything(store) == before


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
