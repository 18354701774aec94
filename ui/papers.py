"""The somasi offered where a customer at step 7 or later is shown (Hari Ini, the customer page).

The rules (who gets one, which number, the deadline, what is recorded) are in core.letters;
this only lays out the deadline field and the download, which records the letter on the
customer's timeline when it is made.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from streamlit.delta_generator import DeltaGenerator

from core import services
from core.dates import format_date
from core.documents.letters import somasi_pdf
from core.i18n import t
from core.ledger import CustomerKey
from core.letters import (
    DEFAULT_SOMASI_DAYS,
    LETTER_EVENT,
    somasi_offered,
    somasi_plan,
)
from core.money import Amount
from ui.inputs import days_input
from ui.payment import payment_ask
from ui.shop import business, has_shop, unsigned_document
from ui.state import (
    fee_policy,
    lang,
    ledger,
    store,
    viewer,
)
from ui.text import file_stem


def somasi_block(
    where: DeltaGenerator,
    key: CustomerKey,
    name: str,
    step: int | None,
    overdue: Amount,
    as_of: date,
    *,
    widget: str,
) -> None:
    """The next somasi for one customer, when the playbook has reached it (``widget`` keeps
    the keys apart when several customers are shown)."""
    if not somasi_offered(step, overdue):
        return
    L = lang()
    db = store()
    plan = somasi_plan(db.events(LETTER_EVENT, key), key, as_of)
    box = where.container(border=True)
    box.markdown(f"**{t('somasi.ui.title', L)}**")
    if plan.number is None:
        last = plan.previous
        assert last is not None
        box.caption(
            t(
                "somasi.ui.done",
                L,
                date=format_date(last.on, lang=L),
                deadline=format_date(last.deadline, lang=L),
            )
        )
        return
    if plan.current is not None:
        sent = plan.current
        deadline = sent.deadline
        box.caption(
            t(
                "somasi.ui.reprint",
                L,
                roman=plan.roman,
                date=format_date(sent.on, lang=L),
                deadline=format_date(deadline, lang=L),
            )
        )
    else:
        days = days_input(
            t("somasi.ui.days", L),
            f"somasi_days_{widget}",
            DEFAULT_SOMASI_DAYS,
            minimum=1,
            maximum=60,
            where=box,
        )
        if days is None:
            return
        deadline = as_of + timedelta(days=days)
        box.caption(t("somasi.ui.deadline", L, date=format_date(deadline, lang=L)))
    label = t("somasi.ui.button", L, roman=plan.roman)
    if not has_shop():
        unsigned_document(box, label, f"somasi_{widget}")
        return
    number, previous = plan.number, plan.previous
    book, shop, policy = ledger(), business(), fee_policy()
    box.download_button(
        label,
        data=lambda: somasi_pdf(
            book,
            key,
            as_of,
            number=number,
            deadline=deadline,
            previous=previous,
            business=shop,
            policy=policy,
            lang=L,
            payment=payment_ask(key, "letter"),
            history=services.customer_history(db, book, key, as_of),
        ),
        file_name=f"somasi_{plan.roman}_{file_stem(name)}_{as_of:%Y%m%d}.pdf",
        mime="application/pdf",
        icon=":material/gavel:",
        key=f"somasi_{widget}",
        on_click=_record,
        args=(key, name, number, as_of, deadline, overdue, step),
    )


def _record(
    key: CustomerKey,
    name: str,
    number: int,
    as_of: date,
    deadline: date,
    total: Amount,
    step: int | None,
) -> None:
    """A somasi made is a step taken: on the customer's timeline at once."""
    services.record_somasi(
        store(), viewer(), as_of, customer=key, name=name, number=number, deadline=deadline,
        total=total, step=step, now=datetime.now(),
    )  # fmt: skip
