"""The book rebuilt from the saved imports and the payments entered by hand.

One query per table, records rebuilt in the order they were read and handed to
``build_ledger`` like files are. Across imports, a numbered invoice in a newer import
supersedes the invoices with the same number in older ones, and a payment repeated in several
imports counts as often as the import that lists it most often (``_invoices``, ``_payments``).
Payments the owner entered by hand (``payment`` events, not voided) join the imports' payments.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, Final, cast

from sqlalchemy import Connection, Select, Table, select

from core.aging import DEFAULT_EDGES, summarize
from core.events import LEDGER_KINDS, ManualPayment
from core.i18n import Lang
from core.ingest import Batch
from core.ledger import (
    Contact,
    DueSource,
    Invoice,
    Ledger,
    Payment,
    Source,
    build_ledger,
    invoice_key,
    once_across,
)
from core.money import Amount, amount_from_text
from core.report import book_checks, book_shape, ledger_problems, sheet_label, summary_payload
from core.speed import gc_paused
from core.store.engine import Database
from core.store.event_rows import EVENT_COLUMNS, Event, event_of
from core.store.imports import REPORT_EXTRAS, ignored_of, problems_of, reports
from core.store.records import CONTACT_COLUMNS, INVOICE_COLUMNS, PAYMENT_COLUMNS
from core.store.tables import contacts, events, imports, invoices, payments

# The ``Source.file`` of a payment entered by hand (its row is the event's id).
MANUAL_SOURCE: Final = "(manual)"


def entered_by_hand(payment: Payment) -> bool:
    """Whether a payment was entered in Tagih, not read from a book (no sheet, no row)."""
    return payment.source.file == MANUAL_SOURCE


class BookStore(Database):
    """The saved ledger, and the summary the CLI prints of it."""

    def ledger(self) -> Ledger:
        """The book from every saved import, through ``build_ledger`` like files are, with the
        payments entered by hand.

        Across imports, a numbered invoice in a newer import supersedes the invoices with the
        same number in older ones (the owner re-exported the ledger under a new name), and a
        payment repeated exactly (number, customer, amount, date) in several imports counts as
        often as the import that lists it most often, not once per import. Within one import,
        ``build_ledger``'s own rules apply unchanged.
        """
        with gc_paused(), self._reading() as conn:
            return _ledger(conn)

    def summary_payload(
        self, as_of: date, lang: Lang = "id", edges: Sequence[int] = DEFAULT_EDGES
    ) -> dict[str, Any]:
        """The object of ``python -m core summary --json`` for the saved ledger, same keys.

        ``problems``, ``ignored_sheets``, ``default_term_used`` and ``files`` come from the
        saved imports, oldest first (and ``problems`` from the whole book after them, as for
        files); nothing is duplicate or unreadable once saved.
        """
        with gc_paused(), self._reading() as conn:
            ledger = _ledger(conn)
            saved = reports(conn)
        payload = summary_payload(Batch(), ledger, summarize(ledger, as_of, edges), lang)
        # The saved imports' problems, then the whole book's (which ``summary_payload`` lists).
        saved_problems = [p.as_dict(lang) for r in saved for p in problems_of(r)]
        payload["problems"] = [*saved_problems, *payload["problems"]]
        payload["ignored_sheets"] = [s.as_dict(lang) for r in saved for s in ignored_of(r)]
        payload["default_term_used"] = sum(int(r.get("default_term_used", 0)) for r in saved)
        payload["files"] = [{k: v for k, v in r.items() if k not in REPORT_EXTRAS} for r in saved]
        sheets = [
            (sheet_label(s), s.get("shape", "invoice_list")) for r in saved for s in r["sheets"]
        ]
        payload["shape"] = book_shape(sheets)
        payload["checks"] = book_checks(
            [*(p for r in saved for p in problems_of(r)), *ledger_problems(ledger, lang)]
        )
        return payload


def _columns(table: Table, names: Sequence[str]) -> Select[Any]:
    """``names`` of ``table``, by import and then in the order read."""
    return select(*(table.c[name] for name in names)).order_by(table.c.import_id, table.c.id)


def _ledger(conn: Connection) -> Ledger:
    names: dict[int, str] = {
        int(i): name for i, name in conn.execute(select(imports.c.id, imports.c.file_name))
    }
    if not names:
        return build_ledger([])
    invoice_rows = _fetch(conn, _columns(invoices, INVOICE_COLUMNS))
    payment_rows = _fetch(conn, _columns(payments, PAYMENT_COLUMNS))
    days = _Days()
    contact_rows = conn.execute(_columns(contacts, CONTACT_COLUMNS[1:])).all()
    manual = conn.execute(
        select(*EVENT_COLUMNS)
        .where(events.c.kind.in_(LEDGER_KINDS), events.c.voided_at.is_(None))
        .order_by(events.c.at, events.c.id)
    ).all()
    return build_ledger(
        _invoices(invoice_rows, names, days),
        [
            *_payments(payment_rows, names, days),
            *(_manual_payment(event_of(row)) for row in manual),
        ],
        [Contact(*row) for row in contact_rows],
    )


def _manual_payment(event: Event) -> Payment:
    """A payment (or a return) the owner entered by hand: against an invoice number, or the
    customer's account."""
    paid = ManualPayment.decode(event.payload)
    return Payment(
        amount=paid.amount,
        source=Source(MANUAL_SOURCE, "", event.id),
        invoice_number=paid.invoice_number,
        customer=paid.customer,
        paid_on=paid.paid_on,
        # A credit note recorded by hand (a dispute ended by a return) lowers the debt as one.
        kind=paid.kind,
    )


def _fetch(conn: Connection, query: Select[Any]) -> Sequence[Sequence[Any]]:
    """All rows of a query. On SQLite straight from the driver, dates as their ISO text (for
    ``_Days``): SQLAlchemy's per-value result processing costs more than SQLite's own work."""
    if conn.dialect.name == "sqlite":
        driver = conn.connection.driver_connection  # the sqlite3 connection, same transaction
        assert driver is not None
        cursor = driver.cursor()
        try:
            rows: list[tuple[Any, ...]] = cursor.execute(
                str(query.compile(dialect=conn.dialect))
            ).fetchall()
        finally:
            cursor.close()
        return rows
    return conn.execute(query).all()


class _Days(dict[Any, date]):
    """Stored dates as ``date``, each distinct one parsed once: a book repeats its days.

    Takes what ``_fetch`` gives (never ``None``): a ``date``, or SQLite's ISO text.
    """

    def __missing__(self, value: Any) -> date:
        parsed = value if isinstance(value, date) else _parse_day(value)
        self[value] = parsed
        return parsed


class _Amounts(dict[str, Amount]):
    """``amount_from_text`` of stored texts, each distinct one once (a paid amount repeats its
    amount)."""

    def __missing__(self, text: str) -> Amount:
        amount = self[text] = amount_from_text(text)
        return amount


_DAY = re.compile(r"(\d+)-(\d+)-(\d+)")


def _parse_day(text: str) -> date:
    """ISO text as SQLAlchemy's SQLite Date type writes and reads it."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        found = _DAY.match(text)
        if found is None:
            raise
        return date(*map(int, found.groups()))


def _invoices(
    rows: Sequence[Sequence[Any]], names: Mapping[int, str], days: _Days
) -> list[Invoice]:
    newest: dict[str, int] = {}
    if len({row[0] for row in rows}) > 1:
        for row in rows:  # ascending import id: the last one seen is the newest
            if row[1]:
                newest[invoice_key(row[1])] = row[0]
    result: list[Invoice] = []
    append = result.append
    amounts = _Amounts()
    for (
        import_id,
        number,
        customer,
        invoice_date,
        due_date,
        due_source,
        amount,
        paid,
        cost,
        phone,
        email,
        address,
        sheet,
        excel_row,
        paid_on,
        paid_on_amount,
    ) in rows:
        if newest and number and newest[invoice_key(number)] != import_id:
            continue  # superseded by a newer import of the same invoice number
        append(
            Invoice(
                number,
                customer,
                None if invoice_date is None else days[invoice_date],
                days[due_date],
                cast(DueSource, due_source),
                amounts[amount],
                amounts[paid],
                Source(names[import_id], sheet, excel_row),
                None if cost is None else amounts[cost],
                phone,
                email,
                address,
                None if paid_on is None else (days[paid_on], amounts[paid_on_amount]),
            )
        )
    return result


def _payments(
    rows: Sequence[Sequence[Any]], names: Mapping[int, str], days: _Days
) -> list[Payment]:
    """Payments in import order, each repeated in several imports counted as often as the
    import that lists it most often (``once_across``)."""
    found: list[Payment] = []
    groups: list[int] = []
    for import_id, amount_cell, number, customer, paid_on, sheet, excel_row, kind in rows:
        groups.append(import_id)
        found.append(
            Payment(
                amount_from_text(amount_cell),
                Source(names[import_id], sheet, excel_row),
                number,
                customer,
                None if paid_on is None else days[paid_on],
                "return" if kind == "return" else "payment",
            )
        )
    return once_across(found, groups)
