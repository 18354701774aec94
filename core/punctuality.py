"""How each customer paid the invoices they have settled: on time or late, by how many days.

Only a fully paid invoice whose payments carry dates can say when it was settled (the day the
dated payments against its number reached its amount); one paid through a "Dibayar" column
without a date counts as paid, its lateness unknown. The credit grade and the playbook's
firmer-credit flag (step 10) both read this, so "pays late" means the same everywhere.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from core.aging import days_overdue
from core.ledger import CustomerKey, Invoice, Ledger, Payment, customer_key, invoice_key
from core.money import Amount


@dataclass(frozen=True, slots=True)
class PaidRecord:
    """One customer's settled invoices: how many, and for those whose settling day is known,
    the days after the due date each was settled (0: on time or early)."""

    paid: int = 0
    days_late: tuple[int, ...] = ()

    @property
    def known(self) -> int:
        """Paid invoices whose settling day is known."""
        return len(self.days_late)

    @property
    def late(self) -> int:
        """Paid invoices settled after their due date."""
        return sum(1 for days in self.days_late if days > 0)


def dated_payments_by_invoice(
    ledger: Ledger,
) -> dict[CustomerKey, dict[str, list[Payment]]]:
    """Each customer's dated payments that name one of their invoices, by invoice key.

    A payment naming a number two customers share goes to the one it names as payer, or to
    both when it names nobody.
    """
    owners: defaultdict[str, set[CustomerKey]] = defaultdict(set)
    for inv in ledger.invoices:
        if inv.number:
            owners[invoice_key(inv.number)].add(inv.customer_key)
    found: defaultdict[CustomerKey, dict[str, list[Payment]]] = defaultdict(dict)
    for pay in ledger.payments:
        if pay.paid_on is None or not pay.invoice_number:
            continue
        number = invoice_key(pay.invoice_number)
        payer = customer_key(pay.customer) if pay.customer else None
        for owner in owners.get(number, ()):
            if payer is None or payer == owner:
                found[owner].setdefault(number, []).append(pay)
    return dict(found)


def settled_on(inv: Invoice, payments: Sequence[Payment]) -> date | None:
    """The day the dated payments against a fully paid invoice reached its amount, if they did."""
    if inv.outstanding > 0 or not payments:
        return None
    running: Amount = 0
    for pay in sorted(payments, key=lambda p: p.paid_on or date.min):
        running += pay.amount
        if running >= inv.amount:
            return pay.paid_on
    return None


def paid_record(invoices: Sequence[Invoice], payments: dict[str, list[Payment]]) -> PaidRecord:
    """The record of one customer's invoices, given their dated payments by invoice key."""
    paid = 0
    days: list[int] = []
    for inv in invoices:
        if inv.outstanding > 0:
            continue
        paid += 1
        settled = settled_on(inv, payments.get(invoice_key(inv.number), []))
        if settled is not None:
            days.append(days_overdue(inv.due_date, settled))
    return PaidRecord(paid, tuple(days))


def paid_records(ledger: Ledger) -> dict[CustomerKey, PaidRecord]:
    """Every customer's record, for every customer with an invoice."""
    payments = dated_payments_by_invoice(ledger)
    return {
        key: paid_record(invs, payments.get(key, {}))
        for key, invs in ledger.invoices_by_customer().items()
    }
