"""Files and helpers the store's tests share: ledgers written as the owner's files, saved
as the dashboard saves them."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from core.aging import summarize
from core.ingest import read_ledger
from core.ledger import Ledger
from core.store import (
    ImportOutcome,
    Store,
)
from tests.helpers import write_xlsx

ROOT = Path(__file__).resolve().parents[2]


FIXTURES = ROOT / "tests" / "fixtures"
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"


EXPECTED = json.loads((ROOT / "sample_data" / "expected_sample.json").read_text("utf-8"))


AS_OF = date(2026, 11, 23)


NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


HEADER = ["No. Faktur", "Tanggal", "Nama Pelanggan", "Jumlah (Rp)", "Dibayar", "Tempo"]


PAY_HEADER = ["No. Faktur", "Pelanggan", "Tanggal Bayar", "Jumlah Bayar"]

# The moment the backend tests record at, as the dashboard passes it (no time zone).
AT = datetime(2026, 11, 23, 10, 0)
TODAY = AT.date()


def status_of(store: Store, path: Path, when: datetime = AT) -> str:
    """Save a file as read with the defaults; what became of it."""
    return store.save_import(read_ledger(path), path.read_bytes(), now=when).status


# What the ``listening`` fixture gives: listen(event name, handler) on every engine.
Listen = Callable[[str, Callable[..., None]], None]


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


# A backup's moment, and the shop it holds.
BACKUP_AT = datetime(2026, 11, 23, 9, 0)


def kept_shop(path: Path) -> Store:
    """The sample shop as a backup finds it: the demo file, a setting, a contact and a payment
    entered by hand."""
    db = Store(path)
    db.save_import(read_ledger(SAMPLE), SAMPLE.read_bytes(), now=BACKUP_AT, is_demo=True)
    db.set_setting("business", {"name": "Toko Sumber Rejeki"})
    db.add_event(
        "contact",
        "ud harapan baru",
        BACKUP_AT,
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
        BACKUP_AT,
        {
            "amount": "1250000.50",
            "invoice_number": "",
            "customer": "Toko Makmur Jaya",
            "paid_on": "2026-11-22",
        },
    )
    return db


def everything(db: Store) -> tuple[object, ...]:
    """What a backup must give back: imports, the book, events, a setting, the files."""
    return (
        [(r.file_name, r.digest, r.is_demo, r.n_invoices) for r in db.imports()],
        summarize(db.ledger(), TODAY),
        [(e.kind, e.customer_key, e.at, e.payload) for e in db.events()],
        db.get_setting("business"),
        [db.file_bytes(r.id) for r in db.imports()],
    )
