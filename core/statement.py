"""The statement of account (pernyataan piutang) for one customer: its figures and workbook.

``statement_rows`` gathers one customer's invoices, payments, totals and aging on a date, with
the same rules as ``core.aging`` (its totals equal ``customer_balances`` for that customer).
``statement_xlsx`` writes it as a workbook; ``core.documents.statement.statement_pdf`` prints
it as a letter.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from core.aging import BUCKET_KEYS, DEFAULT_EDGES, aging, bucket_of, days_late
from core.documents.base import BusinessInfo
from core.export import to_xlsx
from core.i18n import Lang, t
from core.ledger import (
    CREDIT_KIND_KEYS,
    CustomerKey,
    Invoice,
    Ledger,
    Payment,
    Source,
    customer_key,
    invoice_key,
    invoice_label,
)
from core.money import Amount


class UnknownCustomerError(LookupError):
    """The ledger has no invoice for this customer."""


@dataclass(frozen=True, slots=True)
class StatementLine:
    """One invoice on the statement. ``days_late`` is 0 unless it is open and past due
    (``core.aging.days_late``, the rule the messages split overdue from not yet due by).

    ``paid`` is the money received for it, ``returned`` the goods sent back that name it (a
    retur, a credit note): amount − paid − returned is what is left (``outstanding``).
    """

    number: str
    invoice_date: date | None
    due_date: date
    amount: Amount
    paid: Amount
    outstanding: Amount
    days_late: int
    returned: Amount = 0
    # Where the invoice was read, and its aging bucket on the day ("" once nothing is left):
    # the customer page's table of invoices shows both beside the figures.
    source: Source | None = None
    bucket: str = ""
    # An opening balance (saldo awal): named so where it has no number (``label``).
    opening: bool = False

    def label(self, lang: Lang = "id", blank: str = "-") -> str:
        """Its number, "Saldo awal" for an opening balance without one (``invoice_label``)."""
        return invoice_label(self.number, "opening" if self.opening else "column", lang, blank)

    @property
    def is_open(self) -> bool:
        return self.outstanding > 0

    @property
    def overdue(self) -> Amount:
        return self.outstanding if self.days_late > 0 else 0


@dataclass(frozen=True, slots=True)
class Totals:
    """Sums over statement lines; ``paid`` and ``returned`` together are what the ledger says
    was paid, overpaid included."""

    amount: Amount
    paid: Amount
    outstanding: Amount
    overdue: Amount
    returned: Amount = 0

    @classmethod
    def of(cls, lines: Sequence[StatementLine]) -> Totals:
        return cls(
            amount=sum((line.amount for line in lines), 0),
            paid=sum((line.paid for line in lines), 0),
            outstanding=sum((line.outstanding for line in lines), 0),
            overdue=sum((line.overdue for line in lines), 0),
            returned=sum((line.returned for line in lines), 0),
        )


@dataclass(frozen=True, slots=True)
class Statement:
    """One customer's account on ``as_of``: open invoices first (by due date), then paid ones.

    ``totals`` covers every invoice of the customer; its ``outstanding`` and ``overdue`` equal
    ``core.aging.customer_balances`` for that customer, and ``aging`` its buckets.
    """

    customer: CustomerKey
    name: str
    phone: str | None
    as_of: date
    lines: tuple[StatementLine, ...]
    payments: tuple[Payment, ...]
    totals: Totals
    aging: Mapping[str, Amount]
    # What the customer paid or returned beyond everything they owe (kelebihan bayar).
    credit_balance: Amount = 0

    @property
    def open_lines(self) -> tuple[StatementLine, ...]:
        return tuple(line for line in self.lines if line.is_open)

    @property
    def paid_lines(self) -> tuple[StatementLine, ...]:
        return tuple(line for line in self.lines if not line.is_open)

    @property
    def open_totals(self) -> Totals:
        """The totals of the open invoices: the total row under the statement's table."""
        return Totals.of(self.open_lines)


def statement_rows(
    ledger: Ledger, customer: CustomerKey, as_of: date, edges: Sequence[int] = DEFAULT_EDGES
) -> Statement:
    """The statement of ``customer`` on ``as_of``; ``UnknownCustomerError`` when they have none.

    Payments are the ledger's payments for one of the customer's invoice numbers, or, without
    a known number, made out to the customer's name.
    """
    key = customer_key(customer)
    invoices = list(ledger.invoices_of(key))
    if not invoices:
        raise UnknownCustomerError(f"no invoices for customer '{customer}'")
    payments = _payments_of(ledger, key, invoices)
    backs = _returned(invoices, payments)
    lines = [_line(inv, as_of, back, edges) for inv, back in zip(invoices, backs, strict=True)]
    lines.sort(key=lambda line: (not line.is_open, line.due_date, line.number))
    return Statement(
        customer=key,
        name=ledger.name_of(key),
        phone=ledger.phones.get(key),
        as_of=as_of,
        lines=tuple(lines),
        payments=payments,
        totals=Totals.of(lines),
        aging=aging(invoices, as_of, edges),
        credit_balance=ledger.credit_balances.get(key, 0),
    )


def _returned(invoices: Sequence[Invoice], payments: Sequence[Payment]) -> list[Amount]:
    """What of each of one customer's invoices' paid figure is goods sent back (a retur, a
    credit note naming it), in the order of ``invoices``: the returns naming an invoice are
    taken off in that order, each invoice up to what the ledger says was paid on it (a return
    beyond that paid other dues, as money does). The statement's Retur column and the
    overview's are this one rule (``returned_parts``)."""
    returns: dict[str, Amount] = {}  # the goods sent back that name each invoice
    for pay in payments:
        if pay.kind == "return" and pay.invoice_number:
            number = invoice_key(pay.invoice_number)
            returns[number] = returns.get(number, 0) + pay.amount
    found: list[Amount] = []
    for inv in invoices:
        number = invoice_key(inv.number) if inv.number and returns else ""
        back = min(returns.get(number, 0), max(inv.paid, 0)) if number else 0
        if back:
            returns[number] -= back
        found.append(back)
    return found


def returned_parts(ledger: Ledger) -> dict[tuple[CustomerKey, Source], Amount]:
    """The goods sent back within each invoice's paid figure, for the invoices that have any,
    keyed by customer and the invoice's row: what a table of invoices shows as Retur beside
    Dibayar (the money alone), as the customer's statement does (``_returned``). Only the
    customers a return names are looked at (most books have none)."""
    backs = [pay for pay in ledger.payments if pay.kind == "return"]
    if not backs:
        return {}
    found: dict[tuple[CustomerKey, Source], Amount] = {}
    owners = _number_owners(ledger)  # once, not once a customer
    for key in {owner for owner in ledger.customers_of(backs) if owner is not None}:
        invoices = list(ledger.invoices_of(key))
        if not invoices:
            continue
        # Only the returns matter to the split: the customer's are looked for among them.
        parts = _returned(invoices, _payments_of(ledger, key, invoices, backs, owners))
        for inv, back in zip(invoices, parts, strict=True):
            if back:
                found[key, inv.source] = back
    return found


def _line(inv: Invoice, as_of: date, returned: Amount, edges: Sequence[int]) -> StatementLine:
    """The invoice's line: of what the ledger says was paid on it, ``returned`` is goods sent
    back (``_returned``), shown apart from the money."""
    rest = inv.outstanding
    late = days_late(inv, as_of)
    return StatementLine(
        number=inv.number,
        invoice_date=inv.invoice_date,
        due_date=inv.due_date,
        amount=inv.amount,
        paid=inv.paid - returned,
        outstanding=rest,
        days_late=max(0, late) if rest else 0,
        returned=returned,
        source=inv.source,
        bucket=bucket_of(late, edges) if rest else "",
        opening=inv.due_source == "opening",
    )


def _payments_of(
    ledger: Ledger,
    key: CustomerKey,
    mine: list[Invoice],
    among: Sequence[Payment] | None = None,
    owners: Mapping[str, set[CustomerKey]] | None = None,
) -> tuple[Payment, ...]:
    """The customer's payments, in date order (undated last), as ``build_ledger`` matched them:
    of ``among`` (the ledger's, else), with the owners of the book's invoice numbers (worked
    out here, else: ``returned_parts`` asks for many customers, once)."""
    if owners is None:
        owners = _number_owners(ledger)
    numbers = {invoice_key(inv.number) for inv in mine if inv.number}
    found: list[Payment] = []
    for pay in ledger.payments if among is None else among:
        payer = customer_key(pay.customer) if pay.customer else None
        number = invoice_key(pay.invoice_number) if pay.invoice_number else ""
        if number in owners:
            # An invoice number two customers share goes to the one the payment names.
            shared = owners[number]
            if number in numbers and (payer is None or payer == key or payer not in shared):
                found.append(pay)
        elif payer == key:
            found.append(pay)
    found.sort(key=lambda pay: (pay.paid_on is None, pay.paid_on or date.min))
    return tuple(found)


def _number_owners(ledger: Ledger) -> dict[str, set[CustomerKey]]:
    """The customers each invoice number of the book is theirs."""
    owners: dict[str, set[CustomerKey]] = {}
    for inv in ledger.invoices:
        if inv.number:
            owners.setdefault(invoice_key(inv.number), set()).add(inv.customer_key)
    return owners


def check_as_of(statement: Statement, as_of: date | None) -> None:
    """``ValueError`` unless ``as_of`` is none or the date the statement was computed for."""
    if as_of is not None and as_of != statement.as_of:
        raise ValueError(
            f"the statement was computed as of {statement.as_of.isoformat()}, "
            f"not {as_of.isoformat()}"
        )


# The columns of the open-invoice table, in order, with their headings.
COLUMN_KEYS: Final = {
    "number": "statement.col.number",
    "date": "statement.col.date",
    "due": "statement.col.due",
    "amount": "statement.col.amount",
    "paid": "statement.col.paid",
    "returned": "statement.col.returned",
    "balance": "statement.col.balance",
    "days_late": "statement.col.days_late",
}
COLUMNS: Final = tuple(COLUMN_KEYS)


def bucket_name(label: str, lang: Lang = "id") -> str:
    """The readable name of an aging bucket, also for edges other than the default ones.

    >>> bucket_name("31-60"), bucket_name("1-7", "en"), bucket_name("14+")
    ('31-60 hari', '1-7 days', '> 14 hari')
    """
    if label in BUCKET_KEYS:
        return t(BUCKET_KEYS[label], lang)
    days = t("statement.days", lang)
    return f"> {label[:-1]} {days}" if label.endswith("+") else f"{label} {days}"


def statement_xlsx(
    statement: Statement,
    *,
    business: BusinessInfo = BusinessInfo(),
    as_of: date | None = None,
    lang: Lang = "id",
) -> bytes:
    """The statement as a workbook: a summary, the open invoices with a total row, payments."""
    check_as_of(statement, as_of)
    col = {name: t(key, lang) for name, key in COLUMN_KEYS.items()}
    money = [col["amount"], col["paid"], col["returned"], col["balance"]]
    money.append(t("statement.value", lang))
    money.append(t("statement.col.payment_amount", lang))
    sheets = {
        t("statement.sheet.summary", lang): _summary_rows(statement, business, lang),
        t("statement.sheet.invoices", lang): _invoice_rows(statement, col, lang),
        t("statement.sheet.payments", lang): _payment_rows(statement, lang),
    }
    return to_xlsx(sheets, money_columns=money)


def _summary_rows(
    statement: Statement, business: BusinessInfo, lang: Lang
) -> list[dict[str, object]]:
    item, value = t("statement.item", lang), t("statement.value", lang)
    totals = statement.totals
    pairs: list[tuple[str, object]] = [
        (t("statement.business", lang), business.name),
        (t("statement.customer", lang), statement.name),
        (t("statement.phone_label", lang), statement.phone or ""),
        (t("ui.as_of", lang), statement.as_of),
        (t("statement.total_outstanding", lang), totals.outstanding),
        (t("statement.overdue", lang), totals.overdue),
    ]
    if statement.credit_balance:  # what the shop holds for them, never a negative debt
        pairs.append((t("statement.credit_balance", lang), statement.credit_balance))
    pairs += [(bucket_name(label, lang), amount) for label, amount in statement.aging.items()]
    return [{item: label, value: amount} for label, amount in pairs]


def _invoice_rows(
    statement: Statement, col: Mapping[str, str], lang: Lang
) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = [
        {
            col["number"]: line.label(lang, ""),
            col["date"]: line.invoice_date,
            col["due"]: line.due_date,
            col["amount"]: line.amount,
            col["paid"]: line.paid,
            col["returned"]: line.returned,
            col["balance"]: line.outstanding,
            col["days_late"]: line.days_late or None,
        }
        for line in statement.open_lines
    ]
    total = statement.open_totals
    rows.append(
        {
            col["number"]: t("statement.total", lang),
            col["amount"]: total.amount,
            col["paid"]: total.paid,
            col["returned"]: total.returned,
            col["balance"]: total.outstanding,
        }
    )
    return rows


def _payment_rows(statement: Statement, lang: Lang) -> list[dict[str, object]]:
    """Each payment and return, its kind said and its amount in a column of its own: the
    money under "Jumlah bayar", goods sent back under "Retur", as the invoices' Dibayar and
    Retur split them."""
    when, number = t("statement.col.payment_date", lang), t("statement.col.number", lang)
    kind, amount = t("statement.col.kind", lang), t("statement.col.payment_amount", lang)
    returned = t("statement.col.returned", lang)
    rows: list[dict[str, object]] = [
        {
            when: pay.paid_on,
            number: pay.invoice_number,
            kind: t(CREDIT_KIND_KEYS[pay.kind], lang),
            amount: pay.amount if pay.kind == "payment" else None,
            returned: pay.amount if pay.kind == "return" else None,
        }
        for pay in statement.payments
    ]
    return rows or [dict.fromkeys((when, number, kind, amount, returned))]
