"""core/store/records.py: records written in bulk come back exactly, in a fixed number of
statements."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from core.ingest import LedgerFile, read_ledger
from core.ledger import build_ledger
from core.report import load_files
from core.store import (
    Store,
)
from tests.factories import invoice
from tests.helpers import write_xlsx
from tests.store.books import NOW, PAY_HEADER, Listen, save


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
def test_statements_do_not_grow_with_rows(store: Store, rows: int, listening: Listen) -> None:
    statements: list[str] = []

    def count(conn: object, cursor: object, statement: str, *args: object) -> None:
        statements.append(statement.split()[0])

    listening("before_cursor_execute", count)
    result, data = big_file(rows)
    store.save_import(result, data, now=NOW)
    assert len(statements) <= 12, statements
    statements.clear()
    book = store.ledger()
    assert len(statements) <= 8, statements
    assert book.invoices == build_ledger(result.invoices).invoices
