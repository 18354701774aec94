"""Ringkasan: headline cards, aging with the invoices behind it, top debtors, aged report, and
the cash-in forecast with the invoices behind each week."""

from datetime import datetime

import streamlit as st

from core import charts
from core.aging import bucket_labels
from core.dates import format_date
from core.i18n import format_count, t
from core.money import format_rupiah
from core.overview import credit_balances
from core.report import book_problem_summary, mismatch_summary
from ui.shop import shop_setup
from ui.state import (
    aging_edges,
    allows,
    as_of,
    book_mismatches,
    book_problems,
    forecast,
    forecast_chart,
    lang,
    ledger,
    overview,
    overview_charts,
    overview_invoices,
    overview_tables,
    store,
)
from ui.tables import FORECAST_MONEY, download_xlsx, forecast_week_table, money_metric, show_table
from ui.text import plain

L = lang()
TODAY = as_of()
EDGES = aging_edges()
book = ledger()
figures = overview()  # cached per book, date and edges: a click does not recompute them
figs = overview_charts()  # and so are the charts, per language too
head = figures.headline
summary = head.summary

st.title(t("app.title", L))
st.caption(t("app.tagline", L))
shop_setup()  # the shop that signs what goes out, asked once before the first message
if store().has_demo():
    st.info(t("ui.demo", L), icon=":material/info:")
if not book.invoices:
    st.warning(t("ui.empty_ledger", L))
    if allows("import"):  # the upload page is the owner's: staff have no link to it
        st.page_link("pages/upload.py", label=t("nav.upload", L), icon=":material/upload_file:")
    st.stop()
# The book's own figures that disagree with its rows: the owner fixes them on Unggah.
mismatch = mismatch_summary(book_mismatches(), L) if allows("import") else None
if mismatch:
    st.error(plain(mismatch), icon=":material/error:")
# Payments that pay nothing in the book, invoice numbers used again, invoices dated after the
# as-of date: the owner looks on Unggah.
unsure = book_problem_summary(book_problems(), L) if allows("import") else None
if unsure:
    st.warning(plain(unsure), icon=":material/warning:")
if mismatch or unsure:
    st.page_link("pages/upload.py", label=t("nav.upload", L), icon=":material/upload_file:")

row1 = st.columns(3)
money_metric(row1[0], t("summary.outstanding", L), summary.outstanding, L, border=True)
money_metric(
    row1[1],
    t("summary.overdue", L),
    summary.overdue,
    L,
    delta=t("ui.overdue_share", L, share=f"{head.overdue_share:.0%}"),
    delta_color="off",
    delta_arrow="off",
    border=True,
)
money_metric(
    row1[2],
    t("ui.collected_30d", L),
    head.collected_30d,
    L,
    help=t("ui.collected_help", L),
    border=True,
)
row2 = st.columns(3)
row2[0].metric(
    t("summary.customers_with_balance", L),
    format_count(summary.customers_with_balance, L),
    border=True,
)
row2[1].metric(
    t("summary.open_invoices", L),
    f"{format_count(summary.open_invoices, L)} / {format_count(summary.invoices, L)}",
    border=True,
)
row2[2].metric(
    t("ui.dso", L),
    t("ui.days", L, days=head.dso_days) if head.dso_days is not None else "—",
    help=t("ui.dso_help", L),
    border=True,
)

if head.paid_after:  # payments dated after the as-of date: counted as paid before they were
    st.info(
        t(
            "summary.paid_after",
            L,
            amount=format_rupiah(head.paid_after),
            date=format_date(TODAY, lang=L),
        ),
        icon=":material/event_upcoming:",
    )
credit_count, credit_total = credit_balances(book)
if credit_count:
    st.info(
        t("reading.credit_balances", L, count=credit_count, total=format_rupiah(credit_total)),
        icon=":material/savings:",
    )

# Aging: the bar, a filter by bucket (or a click on the bar), and the invoices behind it.
st.subheader(t("summary.aging", L))
labels = list(bucket_labels(EDGES))
chart = st.plotly_chart(
    figs.aging,
    config={"displayModeBar": False},
    on_select="rerun",
    selection_mode="points",
    key="aging_chart",
)
clicked = [p.get("customdata") for p in (chart.get("selection", {}).get("points") or [])]
chosen = st.pills(
    t("ui.filter_buckets", L),
    labels,
    selection_mode="multi",
    format_func=lambda label: charts.bucket_name(label, L),
    key="bucket_filter",
)
wanted = [c for c in clicked if c in labels] or list(chosen) or None
invoices, shown_total = overview_invoices(wanted)  # cached per book, date, edges, language
st.caption(
    t(
        "ui.rows_total",
        L,
        count=format_count(len(invoices), L),
        total=format_rupiah(shown_total),
        which=", ".join(charts.bucket_name(b, L) for b in wanted) if wanted else t("ui.all", L),
    )
)
money_cols = [t(c, L) for c in ("col.amount", "col.paid", "col.returned", "col.outstanding")]
date_cols = [t("col.invoice_date", L), t("col.due_date", L)]
show_table(invoices, money=money_cols, dates=date_cols, lang=L, height=320)

left, right = st.columns(2)
with left:
    st.subheader(t("ui.top_debtors", L))
    st.plotly_chart(figs.top_debtors, config={"displayModeBar": False})
with right:
    st.subheader(t("ui.overdue_by_month", L))
    st.plotly_chart(figs.overdue_by_month, config={"displayModeBar": False})

# The aged receivables report: customer by bucket, with the column totals.
st.subheader(t("ui.aged_report", L))
bucket_cols = [charts.bucket_name(label, L) for label in labels]
tables = overview_tables()  # cached like the figures, per language too
show_table(tables.aged, money=[*bucket_cols, t("col.outstanding", L)], lang=L)
stamp = datetime.now().strftime("%Y%m%d")
download_xlsx(
    t("ui.download_excel", L),
    {
        t("ui.aged_report", L): tables.aged,
        t("ui.invoices_sheet", L): invoices,
        # The charts' own figures, so they can be checked and reused in Excel.
        t("ui.top_debtors", L): tables.top_debtors,
        t("ui.overdue_by_month", L): tables.overdue_by_month,
    },
    f"tagih_umur_piutang_{TODAY:%Y%m%d}_{stamp}.xlsx",
    key="aged_xlsx",
    money=[*bucket_cols, *money_cols, t("col.overdue", L)],
)

# The cash-in forecast: the weeks as bars with their range; a click or the picker opens a week.
st.subheader(t("forecast.title", L))
st.caption(t("forecast.caption", L))
coming = forecast()
picked_bar = st.plotly_chart(
    forecast_chart(),
    config={"displayModeBar": False},
    on_select="rerun",
    selection_mode="points",
    key="forecast_chart",
)
st.caption(
    t(
        "forecast.total",
        L,
        total=format_rupiah(coming.total),
        later=format_rupiah(coming.later_total),
    )
)
if coming.written_off:
    st.caption(
        t(
            "forecast.written_off",
            L,
            amount=format_rupiah(coming.written_off_amount),
            count=format_count(len(coming.written_off), L),
        )
    )
weeks = {week.number: week for week in coming.weeks}
clicked_weeks = [p.get("customdata") for p in (picked_bar.get("selection", {}).get("points") or [])]
clicked_week = next((c for c in clicked_weeks if c in weeks), None)
# A new click on a bar opens its week in the picker; the picker stays the owner's after that.
if clicked_week is not None and clicked_week != st.session_state.get("forecast_clicked"):
    st.session_state["forecast_week"] = clicked_week
st.session_state["forecast_clicked"] = clicked_week
opened = weeks[
    st.selectbox(
        t("forecast.pick_week", L),
        list(weeks),
        format_func=lambda number: charts.week_label(weeks[number], L),
        key="forecast_week",
    )
]
st.caption(
    t(
        "forecast.week_rows",
        L,
        week=charts.week_label(opened, L),
        count=format_count(len(opened.rows), L),
        total=format_rupiah(opened.expected),
        low=format_rupiah(opened.low),
        high=format_rupiah(opened.high),
    )
)
show_table(
    forecast_week_table(opened, L),
    money=[t(key, L) for key in FORECAST_MONEY],
    dates=[t("col.due_date", L), t("forecast.col.expected_date", L)],
    lang=L,
)
