"""A file's records written as rows of its import: invoices, payments and contacts, in bulk.

Built for big books (100k invoices): one ``executemany`` per table. On SQLite the tuples go
straight to the driver with dates as ISO text, bypassing SQLAlchemy's per-value processing,
which costs more than SQLite's own work. ``core.store.book`` reads the rows back, by the same
column lists.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Final

from sqlalchemy import Connection, Table, insert

from core.ingest import LedgerFile
from core.ledger import Contact, Invoice, Payment
from core.money import amount_text
from core.store.tables import contacts, invoices, payments

# The columns each record fills, in table order (``core.store.book`` reads them in this order).
INVOICE_COLUMNS: Final = (
    "import_id", "number", "customer", "invoice_date", "due_date", "due_source", "amount",
    "paid", "cost", "phone", "email", "address", "sheet", "excel_row", "paid_on", "paid_on_amount",
)  # fmt: skip
PAYMENT_COLUMNS: Final = (
    "import_id", "amount", "invoice_number", "customer", "paid_on", "sheet", "excel_row", "kind",
)  # fmt: skip
CONTACT_COLUMNS: Final = ("import_id", "customer", "phone", "email", "address")


def insert_records(conn: Connection, import_id: int, result: LedgerFile) -> None:
    """The invoices, payments and contacts of a file just read, as rows of ``import_id``."""
    # SQLite gets dates as the ISO text SQLAlchemy's Date type stores there (see _bulk_insert).
    day: Callable[[date], object] = date.isoformat if conn.dialect.name == "sqlite" else _same
    _bulk_insert(conn, invoices, INVOICE_COLUMNS, _invoice_rows(import_id, result.invoices, day))
    _bulk_insert(conn, payments, PAYMENT_COLUMNS, _payment_rows(import_id, result.payments, day))
    _bulk_insert(conn, contacts, CONTACT_COLUMNS, _contact_rows(import_id, result.contacts))


def _same(value: date) -> object:
    return value


def _bulk_insert(
    conn: Connection, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """Many rows in one executemany: 100k invoices go in as one batch, not 100k round trips.

    On SQLite the tuples go straight to the driver, dates already ISO text. Elsewhere through
    SQLAlchemy, as dicts.
    """
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        statement = insert(table).compile(dialect=conn.dialect, column_keys=list(columns))
        assert statement.positiontup == list(columns), statement.positiontup
        conn.exec_driver_sql(str(statement), rows)
    else:
        conn.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])


def _invoice_rows(
    import_id: int, records: Sequence[Invoice], day: Callable[[date], object]
) -> list[tuple[Any, ...]]:
    return [
        (
            import_id,
            inv.number,
            inv.customer,
            None if inv.invoice_date is None else day(inv.invoice_date),
            day(inv.due_date),
            inv.due_source,
            amount_text(inv.amount),
            amount_text(inv.paid),
            None if inv.cost is None else amount_text(inv.cost),
            inv.phone,
            inv.email,
            inv.address,
            inv.source.sheet,
            inv.source.row,
            None if inv.dated_paid is None else day(inv.dated_paid[0]),
            None if inv.dated_paid is None else amount_text(inv.dated_paid[1]),
        )
        for inv in records
    ]


def _payment_rows(
    import_id: int, records: Sequence[Payment], day: Callable[[date], object]
) -> list[tuple[Any, ...]]:
    return [
        (
            import_id,
            amount_text(pay.amount),
            pay.invoice_number,
            pay.customer,
            None if pay.paid_on is None else day(pay.paid_on),
            pay.source.sheet,
            pay.source.row,
            pay.kind,
        )
        for pay in records
    ]


def _contact_rows(import_id: int, records: Sequence[Contact]) -> list[tuple[Any, ...]]:
    return [(import_id, c.customer, c.phone, c.email, c.address) for c in records]
