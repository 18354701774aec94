"""Pelanggan: every customer's position, and one customer's page with a statement to send."""

import pandas as pd
import streamlit as st

from core import charts, services
from core.access import visible_agreements
from core.aging import customer_balances
from core.agreements import apply_payments, load_agreements, status_rows, summary_line
from core.credit import assess_saved
from core.dates import format_date
from core.documents.statement import statement_pdf
from core.i18n import t
from core.ledger import CREDIT_KIND_KEYS, CustomerKey
from core.messages import SALUTATIONS_SETTING, TITLE_CHOICES, title_of, titles_with
from core.money import format_rupiah
from core.statement import statement_rows, statement_xlsx
from core.store import entered_by_hand
from core.timeline import ENTRY_KIND_KEYS, timeline
from ui.contact import phone_buttons
from ui.papers import somasi_block
from ui.payment import customer_payment, payment_ask
from ui.shop import business as shop_business
from ui.shop import has_shop
from ui.state import (
    aging_edges,
    allows,
    as_of,
    assignments,
    choose_customer,
    chosen_customer,
    lang,
    ledger,
    settings,
    staff,
    store,
    titles,
    viewer,
)
from ui.tables import XLSX_MIME, download_xlsx, frame, money_metric, show_table
from ui.text import file_stem, plain
from ui.void import void_controls, void_flash

L = lang()
TODAY = as_of()
EDGES = aging_edges()
book = ledger()
balances = customer_balances(book, TODAY, EDGES)

st.title(t("nav.customers", L))
query = st.text_input(
    t("ui.search_customer", L), key="customer_search", placeholder=t("ui.search_hint", L)
)
only_open = st.toggle(t("ui.only_with_balance", L), value=True, key="only_open")
needle = query.strip().casefold()
listed = [
    b
    for b in balances
    if (not only_open or b.outstanding > 0)
    and (not needle or needle in b.name.casefold() or needle in (b.phone or ""))
]
COLS = [
    "col.customer", "col.outstanding", "col.overdue", "col.oldest_late", "col.open_invoices",
    "col.last_payment", "col.phone",
]  # fmt: skip
table = frame(
    (
        {
            t("col.customer", L): b.name,
            t("col.outstanding", L): b.outstanding,
            t("col.overdue", L): b.overdue,
            t("col.oldest_late", L): b.oldest_days_late,
            t("col.open_invoices", L): b.open_invoices,
            t("col.last_payment", L): b.last_payment,
            t("col.phone", L): b.phone or "",
        }
        for b in listed
    ),
    [t(c, L) for c in COLS],
)
st.caption(
    t(
        "ui.customers_total",
        L,
        count=len(listed),
        total=format_rupiah(sum((b.outstanding for b in listed), 0)),
    )
)
picked = show_table(
    table,
    money=[t("col.outstanding", L), t("col.overdue", L)],
    dates=[t("col.last_payment", L)],
    lang=L,
    key="customer_table",
    on_select="rerun",
    height=360,
)
download_xlsx(
    t("ui.download_excel", L),
    {t("nav.customers", L): table},
    "tagih_pelanggan.xlsx",
    key="cx",
    money=[t("col.outstanding", L), t("col.overdue", L)],
)

# One customer: chosen by a click in the table or from the list.
selected_rows = picked.get("selection", {}).get("rows", []) if picked else []
names = {b.key: b.name for b in listed} or {b.key: b.name for b in balances}
keys = list(names)
if selected_rows and selected_rows[0] < len(listed):
    st.session_state["customer_key"] = listed[selected_rows[0]].key
current = chosen_customer()
index = keys.index(current) if current in keys else 0
if not keys:
    st.stop()
key: CustomerKey = st.selectbox(
    t("ui.open_customer", L), keys, index=index, format_func=lambda k: names[k], key="customer_pick"
)
choose_customer(key)
mine = next(b for b in balances if b.key == key)

st.header(plain(mine.name), anchor=False)
st.caption(f"{t('col.phone', L)}: {plain(mine.phone or '—')}")
phone_buttons(st.container(horizontal=True), mine.phone, L)  # WhatsApp or a call, each number
cols = st.columns(3)
money_metric(cols[0], t("summary.outstanding", L), mine.outstanding, L, border=True)
money_metric(cols[1], t("summary.overdue", L), mine.overdue, L, border=True)
cols[2].metric(t("col.oldest_late", L), t("ui.days", L, days=mine.oldest_days_late), border=True)
statement = statement_rows(book, key, TODAY, EDGES)
if statement.credit_balance:
    st.info(
        t("customer.credit_balance", L, amount=format_rupiah(statement.credit_balance)),
        icon=":material/savings:",
    )
if mine.outstanding:  # nothing owed: an aging bar would be an empty frame
    st.plotly_chart(
        charts.aging_bar(mine.aging, L), config={"displayModeBar": False}, key="customer_aging"
    )

# The statement's lines: money paid and goods returned apart (a retur is no payment).
returns = bool(statement.totals.returned)
# What is left to pay and since when first: on a phone only the first columns fit the screen.
inv_cols = [
    "col.invoice", "col.outstanding", "col.due_date", "col.days_late", "col.amount", "col.paid",
    *(["col.returned"] if returns else []),
    "col.invoice_date", "col.bucket", "col.file", "col.sheet", "col.row",
]  # fmt: skip
invoices = frame(
    (
        {
            t("col.invoice", L): line.label(L, ""),
            t("col.invoice_date", L): line.invoice_date,
            t("col.due_date", L): line.due_date,
            t("col.amount", L): line.amount,
            t("col.paid", L): line.paid,
            t("col.returned", L): line.returned,
            t("col.outstanding", L): line.outstanding,
            t("col.days_late", L): line.days_late if line.outstanding else None,
            t("col.bucket", L): (
                charts.bucket_name(line.bucket, L) if line.bucket else t("ui.paid", L)
            ),
            t("col.file", L): line.source.file if line.source else "",
            t("col.sheet", L): line.source.sheet if line.source else "",
            t("col.row", L): line.source.row if line.source else None,
        }
        for line in statement.lines
    ),
    [t(c, L) for c in inv_cols],
)
st.subheader(t("ui.invoices_sheet", L))
show_table(
    invoices,
    money=[t(c, L) for c in ("col.amount", "col.paid", "col.returned", "col.outstanding")],
    dates=[t("col.invoice_date", L), t("col.due_date", L)],
    lang=L,
)

if statement.payments:
    st.subheader(t("ui.payments_returns", L))
    show_table(
        pd.DataFrame(
            [
                {
                    t("col.payment_date", L): p.paid_on,
                    t("col.what", L): t(CREDIT_KIND_KEYS[p.kind], L),
                    t("col.invoice", L): p.invoice_number,
                    t("col.amount", L): p.amount,
                    # One entered here has no sheet or row of a book: its event's number meant
                    # nothing to the owner ("Baris 2" under an empty Lembar).
                    t("col.sheet", L): (
                        t("backup.sheet.payment", L) if entered_by_hand(p) else p.source.sheet
                    ),
                    t("col.row", L): None if entered_by_hand(p) else p.source.row,
                }
                for p in statement.payments
            ]
        ),
        money=[t("col.amount", L)],
        dates=[t("col.payment_date", L)],
        lang=L,
    )

# The whole story: invoices, payments, contacts, promises, letters, offers, agreements.
st.subheader(t("ui.timeline", L))
# Who handles the customer: the owner hands customers to staff accounts; staff only see it.
team = staff()
handler = assignments().get(key, "")
if team and allows("reassign"):
    handlers = ["", *team]
    choice = st.selectbox(
        t("ui.assigned_to", L),
        handlers,
        index=handlers.index(handler) if handler in handlers else 0,
        format_func=lambda username: team.get(username) or t("timeline.owner", L),
        key=f"assign_{key}",
    )
    if choice != handler:
        services.assign_customer(store(), viewer(), key, choice or None)
        st.rerun()
elif handler:
    st.caption(f"{t('ui.assigned_to', L)}: {plain(team.get(handler, handler))}")
# How the messages address the customer: guessed from the name unless the owner chose.
if allows("edit_settings"):
    chosen = titles()
    forms = ["", *TITLE_CHOICES]
    current = chosen.get(key, "")
    form = st.selectbox(
        t("ui.salutation", L),
        forms,
        index=forms.index(current) if current in forms else 0,
        format_func=lambda f: f or t("ui.salutation_guess", L, title=title_of(book.name_of(key))),
        key=f"salutation_{key}",
    )
    if form != current:
        services.change_setting(
            store(), viewer(), SALUTATIONS_SETTING, titles_with(chosen, key, form or None)
        )
        st.rerun()
void_flash()
story = timeline(book, key, services.customer_events(store(), viewer(), key), TODAY, L)
show_table(
    frame(
        (
            {
                t("col.date", L): e.on,
                t("col.what", L): t(ENTRY_KIND_KEYS[e.kind], L),
                t("col.detail", L): e.text,
                t("col.amount", L): e.amount,
                # When it was typed in, for what the owner recorded: it may be days later.
                t("col.entered", L): (
                    f"{format_date(e.entered.date(), lang=L)} {e.entered:%H:%M}"
                    if e.entered
                    else ""
                ),
            }
            for e in story
        ),
        [
            t("col.date", L),
            t("col.what", L),
            t("col.detail", L),
            t("col.amount", L),
            t("col.entered", L),
        ],
    ),
    money=[t("col.amount", L)],
    dates=[t("col.date", L)],
    lang=L,
    height=300,
)

# The owner's undo: a wrong record is voided (kept and logged, counted no more), after a "yes".
void_controls(story, key)

st.subheader(t("ui.statement", L))
business = shop_business()
slug = file_stem(mine.name)
left, right = st.columns(2)
if not has_shop():  # the statement is signed by the shop, never by a placeholder
    st.caption(t("shop.missing", L))
left.download_button(
    t("ui.statement_pdf", L),
    disabled=not has_shop(),
    data=lambda: statement_pdf(
        statement, business=business, as_of=TODAY, lang=L, payment=payment_ask(key, "statement")
    ),
    file_name=f"pernyataan_piutang_{slug}_{TODAY:%Y%m%d}.pdf",
    mime="application/pdf",
    icon=":material/picture_as_pdf:",
    key="statement_pdf",
)
right.download_button(
    t("ui.statement_xlsx", L),
    disabled=not has_shop(),
    data=lambda: statement_xlsx(statement, business=business, as_of=TODAY, lang=L),
    file_name=f"pernyataan_piutang_{slug}_{TODAY:%Y%m%d}.xlsx",
    mime=XLSX_MIME,
    icon=":material/download:",
    key="statement_xlsx",
)
customer_payment(key, statement.totals.outstanding, slug)  # how to pay, its QR (ui/payment.py)

# The somasi, once the playbook has reached the firm notice (step 7) for this customer.
found = services.daily_list(store(), settings(), TODAY, viewer(), ledger=book, only=key)
if found and found[0].section == "disputed":  # heard, not chased: no somasi meanwhile
    st.info(plain(found[0].reason(L)), icon=":material/report:")
elif found:
    somasi_block(st, key, mine.name, found[0].step, found[0].overdue, TODAY, widget="customer")

# Payment grade and agreement: the details are on pages/credit.py and pages/agreements.py.
st.subheader(t("credit.ui.customer_block", L))
grade = next(iter(assess_saved(store(), book, TODAY, customer=key)), None)
if grade is not None:
    line = t("credit.ui.grade_line", L, grade=grade.grade_label(L), score=grade.score,
             limit=format_rupiah(grade.credit_limit))  # fmt: skip
    st.write(line + (f" **{t('credit.ui.stop_badge', L)}**" if grade.stop_credit else ""))
active = [
    a for a in visible_agreements(viewer(), load_agreements(store(), key)) if a.status == "active"
]
if active:
    instalments = apply_payments(active[-1], book, TODAY)
    st.write(summary_line(active[-1], instalments, L))
    show_table(
        pd.DataFrame(status_rows(instalments, L)),
        money=[
            t("agreement.col.amount", L),
            t("agreement.col.paid", L),
            t("agreement.col.left", L),
        ],
        dates=[t("agreement.col.due", L)],
        lang=L,
    )
links = st.columns(2)
links[0].page_link("pages/credit.py", label=t("credit.ui.link", L), icon=":material/verified_user:")
links[1].page_link(
    "pages/agreements.py", label=t("agreement.ui.link", L), icon=":material/handshake:"
)
