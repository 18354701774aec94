"""The tests' one factory: invoices, payments and books built in the test, the demo ledger and
its database, and the messy ledgers of ``tests/fixtures/make_fixtures.py``.

Every test that needs an ``Invoice`` or a ``Payment`` builds it here, so the record's shape
(field order, its ``Source``, the "column" kind of a paid figure) is written once. A test file
names its usual numbering with ``functools.partial`` (``partial(invoice, file="buku.xlsx")``)
rather than writing a builder of its own.
"""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.ingest import read_ledger
from core.ledger import CreditKind, DueSource, Invoice, Ledger, Payment, Source, build_ledger
from core.report import load_files
from core.store import Store

if TYPE_CHECKING:
    from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
# The demo ledger and its own "today" (sample_data/expected_sample.json says the same).
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
TODAY = date(2026, 11, 23)


def invoice(
    number: str | int,
    customer: str = "Toko A",
    amount: int = 1_000_000,
    paid: int = 0,
    late: int | None = None,
    sold: int | None = None,
    *,
    due: date | None = None,
    as_of: date = TODAY,
    issued: date | None = None,
    term: int | None = 30,
    numbering: str = "F{}",
    due_source: DueSource = "column",
    file: str = "f.xlsx",
    sheet: str = "S",
    row: int | None = None,
    **fields: Any,
) -> Invoice:
    """One invoice of ``customer``.

    ``number`` is the invoice number, or an int ``n`` for ``numbering.format(n)`` ("F1",
    or "F-001" with ``numbering="F-{:03d}"``) on row ``n + 2``. The due date is ``due``, else
    ``late`` days before ``as_of`` (``as_of`` itself without either). The sale date is
    ``issued``, else ``sold`` days before ``as_of``, else ``term`` days before the due date
    (none with ``term=None``). ``due_source`` says where the due date came from; ``fields``
    are the record's optional fields (phone, cost, …).
    """
    if isinstance(number, int):
        row = number + 2 if row is None else row
        number = numbering.format(number)
    if due is None:
        due = as_of - timedelta(days=late or 0)
    if issued is None and sold is not None:
        issued = as_of - timedelta(days=sold)
    elif issued is None and term is not None:
        issued = due - timedelta(days=term)
    source = Source(file, sheet, 2 if row is None else row)
    return Invoice(number, customer, issued, due, due_source, amount, paid, source, **fields)


def payment(
    amount: int,
    on: date | None = None,
    number: str = "",
    customer: str = "",
    *,
    file: str = "f.xlsx",
    sheet: str = "Bayar",
    row: int = 2,
    kind: CreditKind = "payment",
) -> Payment:
    """A payment of ``amount`` on ``on``, for invoice ``number`` or else for ``customer``
    (``kind="return"``: goods sent back)."""
    return Payment(amount, Source(file, sheet, row), number, customer, on, kind)


def book(*parts: Invoice | Payment | tuple[Invoice, Payment]) -> Ledger:
    """A ledger of the invoices and payments given (an invoice and its payment as a pair too)."""
    invoices: list[Invoice] = []
    payments: list[Payment] = []
    for part in parts:
        # An Invoice and a Payment are named tuples themselves: tell them apart by type.
        if isinstance(part, Invoice):
            invoices.append(part)
        elif isinstance(part, Payment):
            payments.append(part)
        else:
            invoices.append(part[0])
            payments.append(part[1])
    return build_ledger(invoices, payments)


@cache
def demo_ledger() -> Ledger:
    """The demo ledger as the reader reads it (read once per test run; a Ledger is a value)."""
    _, ledger = load_files([SAMPLE])
    return ledger


def demo_store(path: Path | str, now: datetime = datetime(2026, 11, 23)) -> Store:
    """A database at ``path`` (a file, or a database URL) holding the demo ledger imported as
    the owner's own book."""
    store = Store(path)
    store.save_import(read_ledger(SAMPLE), SAMPLE.read_bytes(), now=now)
    return store


def messy_fixtures() -> ModuleType:
    """``tests/fixtures/make_fixtures.py``, the generator of the messy outside ledgers."""
    if str(FIXTURES) not in sys.path:
        sys.path.insert(0, str(FIXTURES))
    import make_fixtures

    return make_fixtures


def case_ledger(case: Any) -> tuple[Ledger, date]:
    """A messy case's ledger, read with the case's own options, and the date it is judged on."""
    args = list(case.args)
    day = date.fromisoformat(args[args.index("--today") + 1]) if "--today" in args else None
    term = int(args[args.index("--default-term") + 1]) if "--default-term" in args else 30
    _, ledger = load_files(case.files, default_term=term)
    return ledger, day or messy_fixtures().TODAY
