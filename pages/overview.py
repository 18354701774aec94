"""Ringkasan: the headline figures of the ledger, the aging, and what could not be read."""

import pandas as pd
import streamlit as st

from core.aging import summarize
from core.charts import aging_bar, bucket_name
from core.i18n import t
from core.money import format_rupiah
from ui.state import SAMPLE, as_of, lang, sample_ledger

L = lang()
batch, ledger = sample_ledger()
summary = summarize(ledger, as_of())

st.title(t("app.title", L))
st.caption(t("app.tagline", L))
st.info(t("ui.demo", L, file=SAMPLE.name), icon="ℹ️")

money, counts = st.columns([3, 2])
c1, c2 = money.columns(2)
c1.metric(t("summary.outstanding", L), format_rupiah(summary.outstanding), border=True)
c2.metric(
    t("summary.overdue", L),
    format_rupiah(summary.overdue),
    t("ui.overdue_share", L, share=f"{summary.overdue_share:.0%}"),
    delta_color="off",
    delta_arrow="off",
    border=True,
)
c3, c4 = counts.columns(2)
c3.metric(t("summary.customers_with_balance", L), summary.customers_with_balance, border=True)
c4.metric(
    t("summary.open_invoices", L), f"{summary.open_invoices} / {summary.invoices}", border=True
)

st.subheader(t("summary.aging", L))
st.plotly_chart(aging_bar(summary.aging, L), config={"displayModeBar": False})
st.dataframe(
    pd.DataFrame(
        {
            t("ui.bucket", L): [bucket_name(label, L) for label in summary.aging],
            t("ui.amount", L): [format_rupiah(v) for v in summary.aging.values()],
        }
    ),
    hide_index=True,
)

st.subheader(t("summary.problems", L))
problems = [p.as_dict(L) for p in batch.problems]
if problems:
    st.dataframe(
        pd.DataFrame(problems)[["file", "sheet", "row", "column", "message"]].rename(
            columns={
                "file": t("col.file", L),
                "sheet": t("col.sheet", L),
                "row": t("col.row", L),
                "column": t("col.column", L),
                "message": t("col.reason", L),
            }
        ),
        hide_index=True,
    )
else:
    st.success(t("ui.problems_none", L))
