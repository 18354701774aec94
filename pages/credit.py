"""Boleh utang?: the quick check for credit today, each customer's payment grade with its
reasons, the owner's own decision over the suggestion, and every customer's grade in a table."""

import streamlit as st

from core import services
from core.credit import VERDICT_KEYS, Override, assess_saved, quick_check
from core.i18n import t
from core.messages import ending_with, whatsapp_url
from core.money import format_rupiah
from ui.inputs import money_input
from ui.payment import payment_words
from ui.state import allows, as_of, choose_customer, chosen_customer, lang, ledger, store, viewer
from ui.tables import download_xlsx, frame, money_metric, show_table
from ui.text import plain

L = lang()
TODAY = as_of()
book = ledger()
db = store()
VERDICT = {"yes": st.success, "down_payment": st.warning, "no": st.error}
STOP = {
    "auto": "credit.ui.stop.auto",
    "stop": "credit.ui.stop.stop",
    "allow": "credit.ui.stop.allow",
}

st.title(t("nav.credit", L))
st.caption(t("credit.ui.intro", L))
flash = st.session_state.pop("credit_flash", None)
if flash:
    st.success(flash)

grades = assess_saved(db, book, TODAY)
if not grades:
    st.info(t("ui.empty_ledger", L))
    st.stop()
by_key = {a.customer: a for a in grades}
keys = sorted(by_key, key=lambda k: (-by_key[k].outstanding, by_key[k].name))
current = chosen_customer()
key = st.selectbox(
    t("agreement.ui.customer", L),
    keys,
    index=keys.index(current) if current in keys else 0,
    format_func=lambda k: by_key[k].name,
    key="credit_customer",
)
choose_customer(key)
a = by_key[key]

# The quick check: goods for Rp X on credit today?
st.header(t("credit.ui.check", L))
amount = money_input(t("credit.ui.amount", L), "credit_amount")
if not amount:
    st.caption(t("credit.ui.amount_hint", L))
else:
    check = quick_check(a, amount)
    VERDICT[check.verdict](
        t(
            VERDICT_KEYS[check.verdict],
            L,
            amount=format_rupiah(check.amount),
            dp=format_rupiah(check.down_payment),
            rest=format_rupiah(check.amount - check.down_payment),
        )
    )
    st.markdown("\n".join(f"- {reason.text(L)}" for reason in check.reasons))
    # A down payment asked ends with how to pay it (ui/payment.py).
    message = ending_with(check.message(L), payment_words(key, check.amount_asked, "credit"))
    st.caption(t("credit.ui.say", L))
    st.code(message, language=None, wrap_lines=True)
    link = whatsapp_url(a.phone, message)
    if link:
        st.link_button(t("credit.ui.whatsapp", L), link, icon=":material/chat:")

# The grade of the chosen customer, and why.
st.header(plain(a.name), anchor=False)
cols = st.columns(4)
cols[0].metric(t("credit.ui.grade", L), a.grade_label(L), border=True)
cols[1].metric(t("credit.ui.score", L), f"{a.score}/100", border=True)
money_metric(cols[2], t("credit.ui.limit", L), a.credit_limit, L, border=True)
cols[3].metric(
    t("credit.col.stop", L),
    t("credit.ui.stop_badge" if a.stop_credit else "credit.ui.allowed", L),
    border=True,
)
if a.little_history:
    st.caption(t("credit.ui.little_history", L))
st.markdown("\n".join(f"- {text}" for text in a.reason_texts(L)))

# The owner's decision over the suggestion.
st.subheader(t("credit.ui.override", L))
st.caption(t("credit.ui.override_help", L))
suggested = t("credit.ui.stop_badge" if a.suggested_stop else "credit.ui.allowed", L).lower()
# Not a form: a form saves on Enter, and the limit's reading would show only after saving.
with st.container(border=True):
    now = (
        "auto" if a.override.stop_credit is None else "stop" if a.override.stop_credit else "allow"
    )
    stop_choice = st.radio(
        t("credit.ui.stop_choice", L),
        tuple(STOP),
        index=tuple(STOP).index(now),
        format_func=lambda c: t(STOP[c], L, suggested=suggested),
        horizontal=True,
        key=f"credit_stop_{key}",
    )
    own_limit = st.checkbox(
        t("credit.ui.own_limit", L),
        value=a.override.credit_limit is not None,
        key=f"credit_own_{key}",
    )
    limit = money_input(
        t("credit.ui.limit_input", L),
        f"credit_limit_{key}",
        int(a.override.credit_limit or a.suggested_limit),
    )
    owner = allows("credit_override")  # the decision over the suggestion is the owner's
    if not owner:
        st.caption(t("lan.owner_changes", L))
    if st.button(t("credit.ui.save", L), type="primary", key="credit_save", disabled=not owner):
        if own_limit and limit is None:
            st.error(t("input.money_missing", L))
        else:
            override = Override(
                credit_limit=limit if own_limit else None,
                stop_credit=None if stop_choice == "auto" else stop_choice == "stop",
            )
            services.save_credit_override(db, viewer(), key, override)
            st.session_state["credit_flash"] = t("credit.ui.saved", L)
            st.rerun()

# Every customer's grade.
st.header(t("credit.ui.table", L))
only_open = st.toggle(t("ui.only_with_balance", L), value=True, key="credit_only_open")
COLS = [
    "col.customer", "credit.col.grade", "credit.col.score", "credit.col.stop",
    "credit.col.limit", "col.outstanding", "col.overdue", "col.oldest_late",
    "credit.col.little", "credit.col.reasons",
]  # fmt: skip
table = frame(
    (
        {
            t("col.customer", L): g.name,
            t("credit.col.grade", L): g.grade_label(L),
            t("credit.col.score", L): g.score,
            t("credit.col.stop", L): g.stop_credit,
            t("credit.col.limit", L): g.credit_limit,
            t("col.outstanding", L): g.outstanding,
            t("col.overdue", L): g.overdue,
            t("col.oldest_late", L): g.oldest_days_late,
            t("credit.col.little", L): g.little_history,
            t("credit.col.reasons", L): " · ".join(g.reason_texts(L)),
        }
        for g in sorted(grades, key=lambda g: (g.score, -g.outstanding, g.name))
        if not only_open or g.outstanding > 0
    ),
    [t(c, L) for c in COLS],
)
money = [t("credit.col.limit", L), t("col.outstanding", L), t("col.overdue", L)]
show_table(table, money=money, lang=L, key="credit_table", height=420)
download_xlsx(
    t("ui.download_excel", L),
    {t("nav.credit", L): table},
    "tagih_boleh_utang.xlsx",
    key="credit_xlsx",
    money=money,
)
