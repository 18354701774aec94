"""core/store/imports.py: a file offered again is new, unchanged or replaces; what is kept
comes back."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from core.aging import summarize
from core.ingest import read_ledger
from core.report import file_report
from core.store import (
    Store,
    UnknownImportError,
)
from tests.helpers import write_xlsx
from tests.store.books import AS_OF, NOW, SAMPLE, TODAY, ledger_xlsx, save, status_of, table_counts


def test_statuses(store: Store, tmp_path: Path) -> None:
    first = ledger_xlsx(tmp_path / "piutang.xlsx", [["F-1", date(2026, 10, 1), "A", 100, 0, 30]])
    new = save(store, first)
    assert (new.status, new.replaced, new.duplicate_of) == ("new", None, None)

    again = save(store, first)
    assert (again.status, again.record.id, again.duplicate_of) == ("unchanged", new.record.id, None)

    copy = tmp_path / "salinan.xlsx"
    copy.write_bytes(first.read_bytes())
    dup = save(store, copy)
    assert (dup.status, dup.duplicate_of, dup.record.id) == (
        "unchanged",
        "piutang.xlsx",
        new.record.id,
    )

    updated = ledger_xlsx(
        tmp_path / "piutang.xlsx",
        [["F-1", date(2026, 10, 1), "A", 100, 100, 30], ["F-2", date(2026, 11, 1), "B", 50, 0, 30]],
    )
    replaced = save(store, updated)
    assert replaced.status == "replaced"
    assert replaced.replaced is not None and replaced.replaced.id == new.record.id
    assert replaced.record.id > new.record.id  # ids are never reused
    assert [r.file_name for r in store.imports()] == ["piutang.xlsx"]
    assert summarize(store.ledger(), AS_OF).outstanding == 50  # updated, not doubled


def test_replacing_removes_exactly_the_old_rows(sqlite_store: Store, tmp_path: Path) -> None:
    a = ledger_xlsx(tmp_path / "a.xlsx", [["F-1", date(2026, 10, 1), "A", 100, 0, 30]] * 1)
    b = ledger_xlsx(
        tmp_path / "b.xlsx",
        [["G-1", date(2026, 10, 1), "B", 10, 0, 30], ["G-2", date(2026, 10, 2), "B", 20, 0, 30]],
    )
    save(sqlite_store, a)
    save(sqlite_store, b)
    db = tmp_path / "tagih.sqlite3"
    assert table_counts(db)["invoices"] == 3
    save(
        sqlite_store,
        ledger_xlsx(tmp_path / "a.xlsx", [["F-1", date(2026, 10, 1), "A", 100, 40, 30]]),
    )
    assert table_counts(db) == {"imports": 2, "invoices": 3, "payments": 0, "contacts": 0}
    numbers = sorted(inv.number for inv in sqlite_store.ledger().invoices)
    assert numbers == ["F-1", "G-1", "G-2"]
    assert summarize(sqlite_store.ledger(), AS_OF).outstanding == 60 + 30


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        ({"mapping": None}, {"mapping": None}, "unchanged"),
        ({"mapping": None}, {"mapping": {"customer": "Nama Pemilik"}}, "replaced"),
        (
            {"mapping": {"customer": "Nama Pemilik"}},
            {"mapping": {"customer": "Nama Pemilik"}},
            "unchanged",
        ),
        ({"default_term": 30}, {"default_term": 14}, "replaced"),
        ({"default_term": 30}, {"default_term": 30}, "unchanged"),
    ],
)
def test_the_same_file_read_differently_replaces(
    store: Store, tmp_path: Path, first: dict[str, Any], second: dict[str, Any], status: str
) -> None:
    path = write_xlsx(
        tmp_path / "toko.xlsx",
        {
            "S": [
                ["Nama Pemilik", "Nama Toko", "Tanggal", "Jumlah"],
                ["Pak Budi", "Toko A", date(2026, 11, 1), 100],
            ]
        },
    )
    save(store, path, **first)
    outcome = save(store, path, **second)
    assert outcome.status == status
    [record] = store.imports()
    assert record.mapping == (second.get("mapping") or None)
    assert record.default_term == second.get("default_term", 30)
    [invoice] = store.ledger().invoices
    assert invoice.customer == ("Pak Budi" if second.get("mapping") else "Toko A")
    assert invoice.due_date == date(2026, 11, 1) + timedelta(days=second.get("default_term", 30))


def test_the_owner_importing_the_demo_file_takes_it_over(store: Store, tmp_path: Path) -> None:
    save(store, SAMPLE, is_demo=True)
    assert store.has_demo()
    mine = tmp_path / "buku_saya.xlsx"
    mine.write_bytes(SAMPLE.read_bytes())
    outcome = save(store, mine)
    assert (outcome.status, outcome.record.is_demo) == ("new", False)
    assert not store.has_demo()
    assert store.clear_demo() == 0
    assert [r.file_name for r in store.imports()] == ["buku_saya.xlsx"]


def test_demo_is_cleared_and_a_real_import_stays(store: Store, tmp_path: Path) -> None:
    assert store.is_empty() and not store.has_demo()
    save(store, SAMPLE, is_demo=True)
    real = save(store, ledger_xlsx(tmp_path / "a.xlsx", [["X-1", date(2026, 1, 1), "A", 5, 0, 0]]))
    demo_again = save(store, SAMPLE)  # offered as demo again later: already there
    assert demo_again.status == "replaced" and not demo_again.record.is_demo
    save(store, SAMPLE, is_demo=False)
    assert store.clear_demo() == 0
    store.remove_import(demo_again.record.id)
    save(store, SAMPLE, is_demo=True)
    revision = store.revision()
    assert store.clear_demo() == 1
    assert store.revision() == revision + 1
    assert [r.id for r in store.imports()] == [real.record.id]
    assert not store.is_empty()


def test_bytes_must_be_the_file_that_was_read(store: Store, tmp_path: Path) -> None:
    path = ledger_xlsx(tmp_path / "a.xlsx", [["F-1", date(2026, 10, 1), "A", 100, 0, 30]])
    result = read_ledger(path)
    with pytest.raises(ValueError, match=r"a\.xlsx"):
        store.save_import(result, b"other bytes", now=NOW)
    assert store.is_empty()


def test_report_bytes_problems_and_ignored_come_back(store: Store, tmp_path: Path) -> None:
    path = SAMPLE
    result = read_ledger(path)
    outcome = save(store, path)
    report = store.import_report(outcome.record.id)
    assert {
        k: v for k, v in report.items() if k not in {"problems", "ignored", "default_term"}
    } == (json.loads(json.dumps(file_report(result))))
    assert store.file_bytes(outcome.record.id) == path.read_bytes()
    assert store.problems() == result.problems
    assert store.ignored() == result.ignored
    assert [p.message("en") for p in store.problems()] == [p.message("en") for p in result.problems]
    record = outcome.record
    assert (record.n_invoices, record.n_payments, record.n_problems) == (
        len(result.invoices),
        len(result.payments),
        len(result.problems),
    )
    assert record.format == "xlsx" and record.digest == result.digest
    assert store.imports() == [record]


@pytest.mark.parametrize(
    "now",
    [
        datetime(2026, 11, 23, 9, 30, tzinfo=UTC),
        datetime(2026, 11, 23, 16, 30, tzinfo=timezone(timedelta(hours=7))),
        datetime(2026, 11, 23, 16, 30, 1, 250),
    ],
)
def test_imported_at_is_kept_as_given(store: Store, tmp_path: Path, now: datetime) -> None:
    save(
        store,
        ledger_xlsx(tmp_path / "a.xlsx", [["F-1", date(2026, 10, 1), "A", 1, 0, 30]]),
        now=now,
    )
    [record] = store.imports()
    assert record.imported_at == now and record.imported_at.tzinfo == now.tzinfo


def test_imports_are_listed_newest_first(store: Store, tmp_path: Path) -> None:
    names = ["c.xlsx", "a.xlsx", "b.xlsx"]
    for i, name in enumerate(names):
        save(
            store, ledger_xlsx(tmp_path / name, [[f"F-{i}", date(2026, 10, 1), "A", i + 1, 0, 30]])
        )
    assert [r.file_name for r in store.imports()] == names[::-1]


@pytest.mark.parametrize("call", ["import_report", "file_bytes", "remove_import"])
def test_unknown_import(store: Store, call: str) -> None:
    with pytest.raises(UnknownImportError):
        getattr(store, call)(404)


def test_import_findings_speak_both_languages(tmp_path: Path) -> None:
    from core.ingest import read_ledger
    from core.store import Store

    # A row read beside the two bad ones: a sheet of no row read is refused.
    rows = [["Pelanggan", "Tanggal", "Jumlah"], [None, date(2026, 1, 1), 5], ["A", "31/02/2026", 5]]
    rows.append(["B", date(2026, 1, 2), 7])
    path = write_xlsx(tmp_path / "bad.xlsx", {"S": rows, "Catatan": [["hanya catatan"]]})
    store = Store(tmp_path / "t.sqlite3")
    outcome = store.save_import(read_ledger(path), path.read_bytes(), now=datetime(2026, 11, 23))
    problems, ignored = store.import_findings(outcome.record.id)
    assert [(p.row, p.code) for p in problems] == [(2, "missing-customer"), (3, "invalid-date")]
    assert problems[0].message("id") != problems[0].message("en")
    assert [s.sheet for s in ignored] == ["Catatan"]


def test_replace_and_remove_change_exactly_their_rows(db_url: str, tmp_path: Path) -> None:
    store = Store(db_url)
    header = ["No Faktur", "Pelanggan", "Tanggal", "Jumlah", "Dibayar"]
    first = write_xlsx(
        tmp_path / "buku.xlsx", {"S": [header, ["A1", "Toko A", date(2026, 9, 1), 1000, 0]]}
    )
    assert status_of(store, first) == "new"
    updated = write_xlsx(
        tmp_path / "buku.xlsx", {"S": [header, ["A1", "Toko A", date(2026, 9, 1), 1000, 600]]}
    )
    assert status_of(store, updated) == "replaced"
    assert summarize(store.ledger(), TODAY).outstanding == 400
    other = write_xlsx(
        tmp_path / "lain.xlsx", {"S": [header, ["B1", "Toko B", date(2026, 9, 1), 50, 0]]}
    )
    status_of(store, other)
    assert summarize(store.ledger(), TODAY).outstanding == 450
    [newest, _] = store.imports()
    store.remove_import(newest.id)
    assert summarize(store.ledger(), TODAY).outstanding == 400


def test_a_file_s_returns_are_counted_apart_from_its_payments(store: Store, tmp_path: Path) -> None:
    # Round 90: the saved files' "Pembayaran" said 3 for a workbook of 2 payments and 1 return.
    path = write_xlsx(tmp_path / "faktur_bayar_retur.xlsx", {
        "Faktur": [
            ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
            ["F-1", date(2026, 9, 1), "Toko A", 4_000_000],
            ["F-2", date(2026, 9, 2), "Toko A", 2_500_000],
        ],
        "Pembayaran": [
            ["Tanggal", "No Faktur", "Pelanggan", "Jumlah"],
            [date(2026, 10, 10), "F-1", "Toko A", 1_500_000],
            [date(2026, 10, 11), "F-2", "Toko A", 1_000_000],
        ],
        "Retur": [
            ["No Retur", "Tanggal", "No Faktur", "Pelanggan", "Jumlah Retur"],
            ["R-01", date(2026, 11, 20), "F-2", "Toko A", 500_000],
        ],
    })  # fmt: skip
    record = save(store, path).record
    assert (record.n_payments, record.n_money, record.n_returns) == (3, 2, 1)
    assert store.imports() == [record]
