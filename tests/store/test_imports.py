"""core/store.py: what is saved comes back exactly, and the saved book equals the files' book."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from core.aging import summarize
from core.ingest import LedgerFile, read_ledger
from core.ledger import Ledger
from core.report import file_report, load_files
from core.store import (
    SCHEMA_VERSION,
    ImportOutcome,
    Store,
    StoreError,
    UnknownImportError,
    db_url,
    default_db_url,
)
from core.store.tables import metadata
from tests.factories import invoice
from tests.helpers import write_xlsx

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
EXPECTED = json.loads((ROOT / "sample_data" / "expected_sample.json").read_text("utf-8"))
AS_OF = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
HEADER = ["No. Faktur", "Tanggal", "Nama Pelanggan", "Jumlah (Rp)", "Dibayar", "Tempo"]
PAY_HEADER = ["No. Faktur", "Pelanggan", "Tanggal Bayar", "Jumlah Bayar"]


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """An empty store: each test using it runs on SQLite and again on PostgreSQL."""
    with Store(db_url) as opened:
        yield opened


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    """For the tests that look inside the database file itself."""
    with Store(tmp_path / "tagih.sqlite3") as opened:
        yield opened


def ledger_xlsx(path: Path, rows: Sequence[Sequence[object]], **extra: Any) -> Path:
    sheets: dict[str, Sequence[Sequence[object]]] = {"Piutang": [HEADER, *rows]}
    sheets.update(extra)
    return write_xlsx(path, sheets)


def save(store: Store, path: Path, **options: Any) -> ImportOutcome:
    """Save a file the way the dashboard and the CLI do: its bytes, read by core.ingest."""
    data = path.read_bytes()
    default_term = options.pop("default_term", 30)
    result = read_ledger(data, path.name, default_term=default_term, mapping=options.get("mapping"))
    return store.save_import(result, data, now=options.pop("now", NOW), **options)


def same_book(saved: Ledger, files: Ledger) -> None:
    """The saved book is the files' book: every invoice, payment applied, name and phone."""
    assert summarize(saved, AS_OF) == summarize(files, AS_OF)
    assert saved.invoices == files.invoices
    assert saved.payments == files.payments
    assert saved.unmatched_payments == files.unmatched_payments
    assert saved.customer_names == files.customer_names
    assert saved.phones == files.phones


def table_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("imports", "invoices", "payments", "contacts")
        }


# Sets of files that do not overlap: built by name so the parametrised ids read well.


def files_for(case: str, folder: Path) -> list[Path]:
    if case == "sample":
        return [SAMPLE]
    if case == "two_months":
        return [
            ledger_xlsx(
                folder / "okt.xlsx",
                [
                    ["F-1", date(2026, 10, 1), "Toko A", 1_250_000, None, 30],
                    ["F-2", date(2026, 10, 3), "toko  a", "Rp 500.000", 100_000, 14],
                    ["F-3", date(2026, 10, 9), None, 300_000, None, 30],
                ],
            ),
            ledger_xlsx(
                folder / "nov.xlsx",
                [
                    ["G-1", date(2026, 11, 1), "CV Baru", 800_000, 800_000, 30],
                    ["G-2", date(2026, 8, 1), "TOKO A", 2_000_000, 500_000, 30],
                ],
            ),
        ]
    if case == "ledger_and_payments":
        return [
            ledger_xlsx(
                folder / "buku.xlsx",
                [
                    ["F-1", date(2026, 9, 1), "Toko A", 1_000_000, None, 30],
                    ["F-2", date(2026, 9, 15), "Toko A", 700_000, None, 30],
                    ["F-3", date(2026, 10, 1), "UD Sentosa", 450_000, None, None],
                ],
                Pelanggan=[["Nama Pelanggan", "No. HP"], ["UD Sentosa", "0812-1111-2222"]],
            ),
            write_xlsx(
                folder / "pembayaran.xlsx",
                {
                    "Pembayaran": [
                        PAY_HEADER,
                        ["F-1", "Toko A", date(2026, 10, 1), 400_000],
                        ["F-1", "Toko A", date(2026, 10, 1), 400_000],
                        [None, "UD Sentosa", date(2026, 10, 20), 50_000],
                        ["F-99", None, date(2026, 10, 20), 10_000],
                    ]
                },
            ),
        ]
    if case == "sen_and_no_numbers":
        return [
            ledger_xlsx(
                folder / "kasir.xlsx",
                [
                    [None, date(2026, 7, 1), "Bu Rina", "1.250.000,50", "250.000,25", 30],
                    [None, date(2026, 7, 1), "Bu Rina", "1.250.000,50", "250.000,25", 30],
                    [None, date(2026, 11, 1), "Pak Budi", Decimal("99.99"), 0, 60],
                ],
            ),
            ledger_xlsx(
                folder / "kasir_lama.xlsx",
                [[None, date(2026, 7, 1), "Bu Rina", "1.250.000,50", "250.000,25", 30]],
            ),
        ]
    if case == "sample_and_more":
        return [SAMPLE, *files_for("two_months", folder)]
    raise AssertionError(case)


CASES = ["sample", "two_months", "ledger_and_payments", "sen_and_no_numbers", "sample_and_more"]


@pytest.mark.parametrize("case", CASES)
def test_saved_book_equals_the_files_book(tmp_path: Path, case: str) -> None:
    files = files_for(case, tmp_path)
    batch, expected = load_files(files)
    db = tmp_path / "tagih.sqlite3"
    with Store(db) as store:
        assert [save(store, f).status for f in files] == ["new"] * len(files)
        same_book(store.ledger(), expected)
        assert store.problems() == batch.problems
        assert store.ignored() == batch.ignored
        revision = store.revision()

        # The same files again change nothing at all.
        assert {save(store, f).status for f in files} == {"unchanged"}
        assert store.revision() == revision
        same_book(store.ledger(), expected)

    # A restart keeps everything.
    with Store(db) as reopened:
        assert reopened.revision() == revision
        same_book(reopened.ledger(), expected)
        assert reopened.problems() == batch.problems

        # Removing an import leaves the book of the other files.
        for record in reopened.imports()[:1]:
            reopened.remove_import(record.id)
            rest = [f for f in files if f.name != record.file_name]
            same_book(reopened.ledger(), load_files(rest)[1])
            assert reopened.revision() == revision + 1


def test_sample_ledger_figures_from_the_database(store: Store) -> None:
    outcome = save(store, SAMPLE, is_demo=True)
    assert (outcome.status, outcome.record.is_demo) == ("new", True)
    payload = store.summary_payload(date.fromisoformat(EXPECTED["today"]))
    for key in ("invoices", "open_invoices", "customers_with_balance", "outstanding", "overdue"):
        assert payload[key] == EXPECTED[key], key
    assert payload["aging"] == EXPECTED["aging"]
    assert sorted((p["sheet"], p["row"]) for p in payload["problems"]) == sorted(
        (bad["sheet"], bad["row"]) for bad in EXPECTED["bad_rows"]
    )
    assert {s["sheet"] for s in payload["ignored_sheets"]} == {"Catatan", "Rekap"}


def test_summary_payload_has_the_same_keys_as_for_files(store: Store) -> None:
    from core.report import summarize_files

    _, from_files = summarize_files([SAMPLE], AS_OF)
    save(store, SAMPLE)
    from_store = store.summary_payload(AS_OF)
    assert from_store.keys() == from_files.keys()
    assert from_store == from_files


# save_import: what happens to a file offered again.


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


def test_a_failed_save_writes_nothing(sqlite_store: Store, tmp_path: Path) -> None:
    path = ledger_xlsx(tmp_path / "a.xlsx", [["F-1", date(2026, 10, 1), "A", 100, 0, 30]])
    save(sqlite_store, path)
    before, revision = sqlite_store.ledger().invoices, sqlite_store.revision()

    def broken(conn: object, cursor: object, statement: str, *args: object) -> None:
        if statement.startswith("INSERT INTO contacts"):
            raise RuntimeError("disk full")

    event.listen(sqlite_store._engine, "before_cursor_execute", broken)
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


def test_bytes_must_be_the_file_that_was_read(store: Store, tmp_path: Path) -> None:
    path = ledger_xlsx(tmp_path / "a.xlsx", [["F-1", date(2026, 10, 1), "A", 100, 0, 30]])
    result = read_ledger(path)
    with pytest.raises(ValueError, match=r"a\.xlsx"):
        store.save_import(result, b"other bytes", now=NOW)
    assert store.is_empty()


# Across imports: newer invoices supersede, repeated payments count once.


def test_a_newer_import_supersedes_the_same_invoice_number(store: Store, tmp_path: Path) -> None:
    old = ledger_xlsx(
        tmp_path / "september.xlsx",
        [
            ["F-1", date(2026, 9, 1), "Toko A", 100, 0, 30],
            ["F-2", date(2026, 9, 2), "Toko A", 200, 0, 30],
            [None, date(2026, 9, 3), "Toko B", 300, 0, 30],
        ],
    )
    new = ledger_xlsx(
        tmp_path / "september_revisi.xlsx",
        [
            ["f - 1", date(2026, 9, 1), "Toko A", 150, 50, 30],  # same number, other spelling
            ["F-9", date(2026, 9, 9), "Toko C", 10, 0, 30],
            ["F-9", date(2026, 9, 9), "Toko C", 20, 0, 30],  # within one import: both count
        ],
    )
    save(store, old)
    save(store, new)
    book = store.ledger()
    got = sorted((i.number, i.amount, i.paid, i.source.file) for i in book.invoices)
    assert got == [
        ("", 300, 0, "september.xlsx"),
        ("F-2", 200, 0, "september.xlsx"),
        ("F-9", 10, 0, "september_revisi.xlsx"),
        ("F-9", 20, 0, "september_revisi.xlsx"),
        ("f - 1", 150, 50, "september_revisi.xlsx"),
    ]
    assert len(book.conflicts) == 1  # F-9, inside one import, as build_ledger says
    # Removing the newer import brings the older F-1 back.
    store.remove_import(store.imports()[0].id)
    assert sorted(i.amount for i in store.ledger().invoices if i.number == "F-1") == [100]


def test_a_payment_repeated_in_another_import_counts_once(store: Store, tmp_path: Path) -> None:
    save(
        store, ledger_xlsx(tmp_path / "buku.xlsx", [["F-1", date(2026, 9, 1), "A", 10_000, 0, 30]])
    )
    paid = date(2026, 10, 1)

    def payments_file(name: str, rows: list[list[object]]) -> Path:
        return write_xlsx(tmp_path / name, {"Pembayaran": [PAY_HEADER, *rows]})

    save(store, payments_file("bayar_okt.xlsx", [["F-1", "A", paid, 1_000]]))
    assert store.ledger().invoices[0].paid == 1_000
    # A newer export of the payments lists October again, plus a second, equal instalment.
    save(
        store,
        payments_file(
            "bayar_nov.xlsx",
            [["F-1", "a", paid, 1_000], ["F-1", "A", paid, 1_000], ["f-1", "A", paid, 500]],
        ),
    )
    assert store.ledger().invoices[0].paid == 2_500
    # Within one import, equal payments are separate payments (build_ledger's rule).
    store.remove_import(store.imports()[1].id)  # bayar_okt
    assert store.ledger().invoices[0].paid == 2_500


@pytest.mark.parametrize(
    ("imports", "paid"),
    [
        ([[1000]], 1000),
        ([[1000], [1000]], 1000),
        ([[1000], [1000, 1000]], 2000),
        ([[1000, 1000], [1000]], 2000),
        ([[1000], [1000], [1000, 1000]], 2000),
        ([[1000], [500]], 1500),
        ([[1000, 500], [500, 1000], [1000]], 1500),
    ],
)
def test_repeated_payments_count_as_often_as_one_import_lists_them(
    store: Store, imports: list[list[int]], paid: int
) -> None:
    book = b"No. Faktur;Tanggal;Pelanggan;Jumlah\nF-1;01/09/2026;Toko A;100000\n"
    store.save_import(read_ledger(book, "buku.csv"), book, now=NOW)
    for k, amounts in enumerate(imports):
        lines = ["No. Faktur;Pelanggan;Tanggal Bayar;Jumlah Bayar"]
        lines += [f"F-1;Toko A;01/10/2026;{amount}" for amount in amounts]
        lines.append(f"X-{k};Toko Lain;01/10/2026;1")  # so no two files are the same bytes
        data = "\n".join(lines).encode()
        outcome = store.save_import(read_ledger(data, f"pembayaran_{k}.csv"), data, now=NOW)
        assert outcome.status == "new"
    assert store.ledger().invoices[0].paid == paid


# Exactness and round trips.


def test_records_come_back_exactly(sqlite_store: Store, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "lengkap.xlsx",
        {
            "Piutang": [
                ["No. Faktur", "Tanggal", "Jatuh Tempo", "Pelanggan", "Jumlah", "Dibayar", "HPP",
                 "No. HP", "Email", "Alamat"],
                ["INV-1", date(2026, 1, 31), date(2026, 3, 2), "Toko Ñusa  Jaya", "1.250.000,50",
                 "0,01", 1_000_000, "0812-3456-7890", "a@b.id", "Jl. Kenanga 5"],
                ["INV-2", None, date(2026, 2, 1), "CV Ütama", 123_456_789_012, 0, None, None,
                 None, None],
            ],
            "Pembayaran": [PAY_HEADER, ["INV-2", "CV Ütama", None, "Rp 1,25 jt"]],
            "Kontak": [["Nama Pelanggan", "No. HP", "Email"], ["CV Ütama", "0813", "u@t.id"]],
        },
    )  # fmt: skip
    result = read_ledger(path)
    save(sqlite_store, path)
    _, expected = load_files([path])
    book = sqlite_store.ledger()
    assert book.invoices == expected.invoices
    first = book.invoices[0]
    assert first.amount == Decimal("1250000.50") and isinstance(first.amount, Decimal)
    assert first.paid == Decimal("0.01") and first.cost == 1_000_000
    assert book.invoices[1].amount == 123_456_789_012 and isinstance(book.invoices[1].amount, int)
    assert book.phones == expected.phones
    assert [p.amount for p in book.payments] == [1_250_000]
    assert sqlite_store.import_report(sqlite_store.imports()[0].id)["invoices"] == len(
        result.invoices
    )
    with sqlite3.connect(tmp_path / "tagih.sqlite3") as conn:
        kinds = conn.execute(
            "SELECT DISTINCT typeof(amount), typeof(paid), typeof(cost) FROM invoices"
        ).fetchall()
        assert {k for row in kinds for k in row} <= {"text", "null"}
        declared = [
            row[2].upper()
            for table in ("imports", "invoices", "payments", "contacts", "settings", "meta")
            for row in conn.execute(f"PRAGMA table_info({table})")
        ]
        assert not [d for d in declared if "REAL" in d or "FLOAT" in d or "NUMERIC" in d]


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


# Settings and the revision.


@pytest.mark.parametrize(
    "value", [30, "en", None, True, [7, 14, 30], {"edges": [30, 60, 90], "nama": "Toko Ñusa"}]
)
def test_settings_round_trip(tmp_path: Path, value: object) -> None:
    db = tmp_path / "s.sqlite3"
    with Store(db) as store:
        assert store.get_setting("x", "bawaan") == "bawaan"
        store.set_setting("x", "old")
        store.set_setting("x", value)
    with Store(db) as store:
        assert store.get_setting("x", "bawaan") == value
        assert store.revision() == 2


def test_a_setting_that_is_not_json_is_refused(store: Store) -> None:
    with pytest.raises(TypeError):
        store.set_setting("when", date(2026, 1, 1))
    assert store.revision() == 0 and store.get_setting("when") is None


def test_revision_changes_with_every_write_and_only_then(store: Store, tmp_path: Path) -> None:
    path = ledger_xlsx(tmp_path / "a.xlsx", [["F-1", date(2026, 10, 1), "A", 100, 0, 30]])
    seen = [store.revision()]
    outcome = save(store, path)
    seen.append(store.revision())
    save(store, path)
    store.ledger(), store.imports(), store.problems(), store.get_setting("x")
    seen.append(store.revision())
    store.set_setting("lang", "en")
    seen.append(store.revision())
    assert store.clear_demo() == 0
    seen.append(store.revision())
    store.remove_import(outcome.record.id)
    seen.append(store.revision())
    assert seen == [0, 1, 1, 2, 2, 3]


# The schema and the database file.


def test_schema(tmp_path: Path) -> None:
    db = tmp_path / "tagih.sqlite3"
    Store(db).close()
    with sqlite3.connect(db) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"meta", "imports", "invoices", "payments", "contacts", "settings"} <= tables
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        assert meta == {"schema_version": SCHEMA_VERSION, "revision": 0, "ledger_revision": 0}
        for table in ("invoices", "payments", "contacts"):
            indexed = {
                conn.execute(f"PRAGMA index_info({row[1]})").fetchone()[2]
                for row in conn.execute(f"PRAGMA index_list({table})")
            }
            assert "import_id" in indexed, table
            [fk] = conn.execute(f"PRAGMA foreign_key_list({table})").fetchall()
            assert (fk[2], fk[3], fk[6]) == ("imports", "import_id", "CASCADE")


def test_the_schema_is_portable_to_postgresql() -> None:
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateTable

    ddl = "\n".join(
        str(CreateTable(table).compile(dialect=postgresql.dialect()))
        for table in metadata.sorted_tables
    )
    assert "BYTEA" in ddl and "BOOLEAN" in ddl and "BIGSERIAL" in ddl
    assert ddl.count("ON DELETE CASCADE") == 3
    assert not [word for word in ("REAL", "FLOAT", "NUMERIC", "DOUBLE") if word in ddl]


def test_deleting_an_import_row_cascades(sqlite_store: Store, tmp_path: Path) -> None:
    save(sqlite_store, SAMPLE)
    with sqlite3.connect(tmp_path / "tagih.sqlite3") as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM imports")
    assert table_counts(tmp_path / "tagih.sqlite3") == dict.fromkeys(
        ("imports", "invoices", "payments", "contacts"), 0
    )


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "tagih.sqlite3"
    Store(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meta SET value = 99 WHERE key = 'schema_version'")
    with pytest.raises(StoreError) as info:
        Store(db)
    assert info.value.code == "newer_schema" and "99" in info.value.message("en")


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


def test_an_empty_store(store: Store) -> None:
    assert store.ledger().invoices == [] and store.problems() == [] and store.ignored() == []
    payload = store.summary_payload(AS_OF)
    assert (payload["invoices"], payload["outstanding"], payload["files"]) == (0, 0, [])


# Bulk, not row by row: the number of statements does not grow with the rows.


def big_file(n: int) -> tuple[LedgerFile, bytes]:
    data = f"{n} generated invoices".encode()
    import hashlib

    result = LedgerFile("besar.xlsx", "xlsx", hashlib.sha256(data).hexdigest())
    start = date(2026, 1, 1)
    result.invoices = [
        invoice(
            f"B-{i}",
            f"Toko {i % 97}",
            10_000 + i if i % 10 else Decimal(i) / 100,
            i % 3 * 1_000,
            due=start + timedelta(days=i % 300 + 30),
            due_source="terms",
            file="besar.xlsx",
            sheet="Data",
            row=i + 2,
        )
        for i in range(n)
    ]
    return result, data


@pytest.mark.parametrize("rows", [10, 5_000])
def test_statements_do_not_grow_with_rows(store: Store, rows: int) -> None:
    statements: list[str] = []

    def count(conn: object, cursor: object, statement: str, *args: object) -> None:
        statements.append(statement.split()[0])

    event.listen(store._engine, "before_cursor_execute", count)
    result, data = big_file(rows)
    store.save_import(result, data, now=NOW)
    assert len(statements) <= 12, statements
    statements.clear()
    book = store.ledger()
    assert len(statements) <= 8, statements
    assert book.invoices == result.invoices


# Hypothesis: random small ledgers, split over files that do not overlap.

CUSTOMERS = ["Toko A", "toko  a", "CV Maju", "UD Sentosa", "Bu Rina"]
invoice_rows = st.lists(
    st.tuples(
        st.booleans(),  # has a number
        st.sampled_from(CUSTOMERS),
        st.integers(0, 360),  # invoice day in 2026
        st.integers(1, 9_999_999),
        st.sampled_from([0, 25, 50, 99]),  # sen
        st.sampled_from(["none", "part", "all"]),
        st.sampled_from(["", "0", "14", "30 hari", "60"]),
    ),
    min_size=1,
    max_size=6,
)


def _csv_amount(rupiah: int, sen: int) -> str:
    return f"{rupiah},{sen:02d}" if sen else str(rupiah)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    files=st.lists(invoice_rows, min_size=1, max_size=3),
    payments=st.lists(
        st.tuples(st.integers(0, 20), st.sampled_from(CUSTOMERS), st.integers(1, 5_000_000)),
        max_size=4,
    ),
    as_of_day=st.integers(0, 420),
)
def test_saved_book_equals_files_book_for_random_ledgers(
    files: list[list[tuple[Any, ...]]], payments: list[tuple[int, str, int]], as_of_day: int
) -> None:
    start = date(2026, 1, 1)
    numbered = 0
    sources: list[tuple[str, bytes]] = []
    for k, rows in enumerate(files):
        lines = ["No. Faktur;Tanggal;Pelanggan;Jumlah;Dibayar;Tempo"]
        for has_number, customer, day, rupiah, sen, paid, terms in rows:
            number = f"F-{numbered}" if has_number else ""
            numbered += has_number
            amount = _csv_amount(rupiah, sen)
            paid_text = {"none": "", "part": str(rupiah // 2), "all": amount}[paid]
            when = (start + timedelta(days=day)).strftime("%d/%m/%Y")
            lines.append(f"{number};{when};{customer};{amount};{paid_text};{terms}")
        sources.append((f"buku_{k}.csv", "\n".join(lines).encode()))
    if payments:
        lines = ["No. Faktur;Pelanggan;Tanggal Bayar;Jumlah Bayar"]
        for i, (ref, customer, amount) in enumerate(payments):
            number = f"F-{ref}" if ref < numbered and i % 2 == 0 else ""
            lines.append(f"{number};{customer};01/06/2026;{amount}")
        sources.append(("pembayaran.csv", "\n".join(lines).encode()))
    as_of = start + timedelta(days=as_of_day)

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "t.sqlite3"
        kept: list[tuple[str, bytes]] = []
        with Store(db) as store:
            for name, data in sources:
                outcome = store.save_import(read_ledger(data, name), data, now=NOW)
                if outcome.status == "new":
                    kept.append((name, data))
            batch, expected = load_files(sources)
            assert summarize(store.ledger(), as_of) == summarize(expected, as_of)
            assert store.ledger().invoices == expected.invoices
            assert store.problems() == batch.problems
            revision = store.revision()
            for name, data in sources:
                assert store.save_import(read_ledger(data, name), data, now=NOW).status == (
                    "unchanged"
                )
            assert store.revision() == revision
        with Store(db) as store:
            assert summarize(store.ledger(), as_of) == summarize(expected, as_of)
            gone = store.imports()[-1]
            store.remove_import(gone.id)
            rest = [s for s in kept if s[0] != gone.file_name]
            assert summarize(store.ledger(), as_of) == summarize(load_files(rest)[1], as_of)


def test_import_findings_speak_both_languages(tmp_path: Path) -> None:
    from core.ingest import read_ledger
    from core.store import Store

    rows = [["Pelanggan", "Tanggal", "Jumlah"], [None, date(2026, 1, 1), 5], ["A", "31/02/2026", 5]]
    path = write_xlsx(tmp_path / "bad.xlsx", {"S": rows, "Catatan": [["hanya catatan"]]})
    store = Store(tmp_path / "t.sqlite3")
    outcome = store.save_import(read_ledger(path), path.read_bytes(), now=datetime(2026, 11, 23))
    problems, ignored = store.import_findings(outcome.record.id)
    assert [(p.row, p.code) for p in problems] == [(2, "missing-customer"), (3, "invalid-date")]
    assert problems[0].message("id") != problems[0].message("en")
    assert [s.sheet for s in ignored] == ["Catatan"]
