"""The written reminder (surat tagihan, step 5) and the firm notice with the late fee (step 7).

Both are one-page A4 letters in the statement's layout (``core.statement.letter_pdf``): the
business, the customer, the unpaid invoices with due dates and amounts, the total, a polite
request with a pay-by date, and for step 7 the late fee stated apart from the debt.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from core.aging import DEFAULT_EDGES
from core.dates import format_date
from core.i18n import Lang, t
from core.latefee import LateFeePolicy, customer_late_fee
from core.ledger import CustomerKey, Ledger
from core.money import format_rupiah
from core.payinfo import PaymentAsk
from core.statement import BusinessInfo, letter_pdf, statement_rows

PAY_BY_DAYS = 7


def reminder_letter_pdf(
    ledger: Ledger,
    customer: CustomerKey,
    as_of: date,
    *,
    firm: bool = False,
    business: BusinessInfo = BusinessInfo(),
    policy: LateFeePolicy = LateFeePolicy(),
    lang: Lang = "id",
    pay_by: date | None = None,
    edges: Sequence[int] = DEFAULT_EDGES,
    payment: PaymentAsk | None = None,
) -> bytes:
    """The reminder letter for one customer; ``firm`` for step 7, with the late fee.

    ``payment`` gives how to pay what the letter asks (the balance, with the fee when one is
    charged), printed at the end with its QR.
    """
    statement = statement_rows(ledger, customer, as_of, edges)
    deadline = pay_by or as_of + timedelta(days=PAY_BY_DAYS)
    total = statement.open_totals.outstanding
    kind = "firm" if firm else "reminder"
    after: list[str] = []
    fee = customer_late_fee(ledger.invoices, statement.customer, as_of, policy) if firm else 0
    if fee:  # a fee only when one is owed under the owner's policy: never "a fee of Rp 0"
        after.append(
            t(
                "letter.fee",
                lang,
                fee=format_rupiah(fee),
                total=format_rupiah(total + fee),
                grace=policy.grace_days,
            )
        )
    closing = t(
        f"letter.closing.{kind if fee else 'reminder'}",
        lang,
        total=format_rupiah(total),
        date=format_date(deadline, lang=lang),
    )
    return letter_pdf(
        statement,
        business=business,
        lang=lang,
        title_key=f"letter.title.{kind}",
        intro=t(f"letter.intro.{kind}", lang, date=format_date(as_of, lang=lang)),
        closing=closing,
        after_table=after,
        show_aging=False,
        payment=payment(total + fee) if payment else None,
    )
