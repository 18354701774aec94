"""Kalkulator Diskon: the largest settlement discount that still earns a profit, and the offer."""

from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

import pandas as pd
import streamlit as st

from core import charts, services
from core.access import visible_offers
from core.aging import customer_balances, days_overdue
from core.dates import format_date
from core.discount import (
    DEFAULT_SETTINGS,
    OFFER_STATUS_KEYS,
    ROUNDING_CHOICES,
    DiscountError,
    Floors,
    Line,
    Waiting,
    advise,
    combine,
    format_number,
    format_percent,
    largest_discount,
    lines_of,
    make_offer,
    own_discount,
    percent,
    read_money,
    steps,
    suggest_never_paid,
    tracked_offers,
)
from core.documents.base import BusinessInfo
from core.documents.offer import offer_message, offer_pdf
from core.i18n import t
from core.ledger import Invoice, clean_name, customer_key
from core.messages import whatsapp_url
from core.money import format_rupiah
from core.payinfo import payment_text
from ui.inputs import percent_input
from ui.inputs import read_money as reading_of
from ui.payment import payment_ask
from ui.shop import business as shop_business
from ui.shop import has_shop, shop_missing_notice, unsigned_document
from ui.state import (
    as_of,
    choose_customer,
    chosen_customer,
    lang,
    ledger,
    require,
    setting,
    store,
    viewer,
)
from ui.tables import frame, show_table
from ui.text import file_stem, plain

require("offer")  # a discount cuts the owner's margin: the owner's decision
L = lang()
TODAY = as_of()
book = ledger()
db = store()
saved: dict[str, Any] = {**DEFAULT_SETTINGS, **(setting("discount", {}) or {})}


def number(name: str, low: float, high: float) -> float:
    """A saved setting as a number within the widget's range (the default when it is not one)."""
    try:
        value = float(saved[name])
    except (TypeError, ValueError):
        value = float(DEFAULT_SETTINGS[name])
    return min(max(value, low), high)


def saved_percent(name: str, high: int) -> Decimal:
    """A saved percentage as the field starts it (the default when it is not one)."""
    try:
        value = percent(saved[name])
    except DiscountError:
        value = percent(DEFAULT_SETTINGS[name])
    return min(max(value, Decimal(0)), Decimal(high))


st.title(t("nav.discount", L))
st.caption(t("discount.intro", L))

owing = sorted(
    (b for b in customer_balances(book, TODAY) if b.outstanding > 0),
    key=lambda b: (-b.overdue, -b.outstanding, b.name),
)
modes = ["customer", "manual"] if owing else ["manual"]
if not owing:
    st.info(t("discount.no_customers", L))
SOURCES = {"customer": "discount.source.customer", "manual": "discount.source.manual"}
mode = st.radio(
    t("discount.source", L),
    modes,
    format_func=lambda m: t(SOURCES[m], L),
    horizontal=True,
    key="discount_mode",
)

# The figures: a customer's open invoices (HPP from the ledger, editable), or typed by hand.
lines: list[Line] = []
mine: list[Invoice] = []
name, phone, key = "", None, None
problems: list[str] = []
if mode == "customer":
    by_key = {b.key: b for b in owing}
    keys = list(by_key)
    wanted = chosen_customer()
    key = st.selectbox(
        t("discount.customer", L),
        keys,
        index=keys.index(wanted) if wanted in keys else 0,
        format_func=lambda k: t(
            "discount.customer_option",
            L,
            name=by_key[k].name,
            balance=format_rupiah(by_key[k].outstanding),
            days=by_key[k].oldest_days_late,
        ),
        key="discount_customer",
    )
    choose_customer(key)
    name, phone = by_key[key].name, by_key[key].phone
    mine = list(book.invoices_of(key))
    open_lines = lines_of(mine)
    # The grid's column headings by name (pairs, not a dict literal: the names are not a record).
    col = dict(
        [
            ("include", t("discount.col.include", L)),
            ("amount", t("discount.col.amount", L)),
            ("paid", t("discount.col.paid", L)),
            ("balance", t("discount.col.balance", L)),
            ("cost", t("discount.col.cost", L)),
            ("number", t("col.invoice", L)),
            ("due", t("col.due_date", L)),
            ("late", t("col.days_late", L)),
        ]
    )
    table = pd.DataFrame(
        {
            col["include"]: [True] * len(open_lines),
            col["number"]: [line.label(L, "") for line in open_lines],
            col["due"]: [line.due_date for line in open_lines],
            col["late"]: [
                days_overdue(line.due_date, TODAY) if line.due_date else 0 for line in open_lines
            ],
            # Written the Indonesian way ("Rp 16.684.000"); a cost not known is an empty cell.
            col["amount"]: [format_rupiah(line.amount) for line in open_lines],
            col["paid"]: [format_rupiah(line.paid) for line in open_lines],
            col["balance"]: [format_rupiah(line.balance) for line in open_lines],
            col["cost"]: [
                "" if line.cost is None else format_rupiah(line.cost, prefix="")
                for line in open_lines
            ],
        }
    )
    st.markdown(f"**{t('discount.invoices', L)}**")
    st.caption(t("discount.invoices_help", L))
    money = st.column_config.TextColumn()
    edited = st.data_editor(
        table,
        key=f"discount_lines_{key}",
        hide_index=True,
        disabled=[c for c in table.columns if c not in (col["include"], col["cost"])],
        column_config={
            col["include"]: st.column_config.CheckboxColumn(),
            col["due"]: st.column_config.DateColumn(format="DD/MM/YYYY"),
            col["amount"]: money,
            col["paid"]: money,
            col["balance"]: money,
            # Text, read by core.money: a number cell reads the typed "800.000" as 800.
            col["cost"]: st.column_config.TextColumn(),
        },
    )
    for i, line in enumerate(open_lines):
        if not bool(edited.iloc[i][col["include"]]):
            continue
        text = edited.iloc[i][col["cost"]]
        try:
            cost = read_money(text, "cost") if isinstance(text, str) and text.strip() else None
        except DiscountError as error:
            problems.append(error.message(L))
            continue
        lines.append(replace(line, cost=cost))
    for problem in problems:
        st.error(problem)
    if problems:
        st.stop()
    if not lines:
        st.warning(t("discount.none_included", L))
        st.stop()
else:
    cells = st.columns(4)
    typed = {
        "amount": cells[0].text_input(
            t("discount.amount", L), value="Rp 10.000.000", key="discount_amount"
        ),
        "paid": cells[1].text_input(t("discount.paid", L), value="Rp 0", key="discount_paid"),
        "cost": cells[2].text_input(
            t("discount.cost", L),
            placeholder=t("discount.cost_placeholder", L),
            key="discount_cost",
        ),
    }
    name = clean_name(cells[3].text_input(t("discount.customer_name", L), key="discount_name"))
    values = {}
    for i, (what, text) in enumerate(typed.items()):
        try:
            values[what] = read_money(text, what) if text.strip() or what != "cost" else None
        except DiscountError as error:
            problems.append(error.message(L))
            continue
        if values[what] is not None:
            # What the typed text was read as ("750rb" = Rp 750.000), as every amount field says.
            cells[i].caption(reading_of(text, L).shown)
    if problems:
        for problem in problems:
            st.error(problem)
        st.stop()
    lines = [Line("", values["amount"] or 0, values["paid"] or 0, values.get("cost"))]

# The answer comes first; the settings it rests on are folded away below it.
answer = st.container()
why = st.expander(t("discount.why", L), icon=":material/calculate:")
settings = st.expander(t("discount.settings", L), icon=":material/tune:")
left, right = settings.columns(2, border=True)
with left:
    st.markdown(f"**{t('discount.settings.floor', L)}**")
    margin = percent_input(
        t("discount.margin", L), "discount_margin", saved_percent("margin_pct", 90),
        maximum=Decimal(90),
    )  # fmt: skip
    if all(line.cost is not None for line in lines):
        st.caption(t("discount.margin_unused", L))
    min_profit_text = st.text_input(
        t("discount.min_profit", L),
        value=str(saved.get("min_profit") or ""),
        placeholder="Rp 1",
        key="discount_min_profit",
    )
    min_margin = percent_input(
        t("discount.min_margin", L), "discount_min_margin", saved_percent("min_margin_pct", 50),
        blank=Decimal(0), maximum=Decimal(50),
    )  # fmt: skip
    chosen_rounding = int(number("rounding", 1, ROUNDING_CHOICES[-1]))
    rounding = st.selectbox(
        t("discount.rounding", L),
        ROUNDING_CHOICES,
        index=ROUNDING_CHOICES.index(chosen_rounding) if chosen_rounding in ROUNDING_CHOICES else 1,
        format_func=lambda r: t("discount.no_rounding", L) if r == 1 else format_rupiah(r),
        key="discount_rounding",
    )
with right:
    st.markdown(f"**{t('discount.settings.wait', L)}**")
    capital = percent_input(
        t("discount.capital", L), "discount_capital", saved_percent("capital_pct", 10),
        maximum=Decimal(10), help=t("discount.capital_help", L),
    )  # fmt: skip
    month_steps = [Decimal(n) / 2 for n in range(1, 49)]
    wanted_months = Decimal(str(number("wait_months", 0.5, 24)))
    months = st.select_slider(
        t("discount.wait_months", L),
        month_steps,
        value=min(month_steps, key=lambda m: abs(m - wanted_months)),
        format_func=lambda m: t("discount.months_value", L, months=format_number(m, L)),
        key="discount_months",
    )
    hint = suggest_never_paid(mine, TODAY) if mine else None
    never = percent_input(
        t("discount.never_paid", L),
        # One field per customer: each starts from that customer's own suggestion.
        f"discount_never_{key if mode == 'customer' else 'manual'}",
        Decimal(hint.pct) if hint else saved_percent("never_paid_pct", 100),
    )
    if hint:
        st.caption(hint.explain(L))
    if st.button(t("discount.save_defaults", L), key="discount_save_defaults"):
        services.change_setting(
            db,
            viewer(),
            "discount",
            {
                **saved,
                "margin_pct": str(margin if margin is not None else saved["margin_pct"]),
                "min_profit": min_profit_text.strip(),
                "min_margin_pct": str(min_margin if min_margin is not None else 0),
                "rounding": rounding,
                "capital_pct": str(capital if capital is not None else saved["capital_pct"]),
                "wait_months": str(months),
            },
        )
        st.toast(t("discount.saved_defaults", L))
if None in (margin, min_margin, capital, never):
    st.stop()  # a field that cannot be read says why under itself

try:
    min_profit = read_money(min_profit_text, "min_profit") if min_profit_text.strip() else None
    figures = combine(lines, percent(margin))
    result = largest_discount(figures, Floors(min_profit, percent(min_margin) or None), rounding)
    advice = advise(result, Waiting(percent(capital), percent(months), percent(never)))
except DiscountError as error:
    st.error(error.message(L))
    st.stop()

# The answer at once: the largest safe discount first.
with answer:
    st.subheader(t("discount.results", L))
    guessed = sum(1 for line in lines if line.cost is None)
    if guessed:
        shown_margin = format_percent(percent(margin), L, places=2)
        if mode == "customer":
            st.warning(
                t("discount.guessed", L, n=guessed, total=len(lines), margin=shown_margin),
                icon=":material/help:",
            )
        else:
            st.warning(t("discount.guessed_manual", L, margin=shown_margin), icon=":material/help:")
    # Two cards a row: four in a row cut "Rp 1.750.000" to "Rp 1.75…" at 1280 wide.
    top = [*st.columns(2), *st.columns(2)]
    top[0].metric(
        t("discount.m.max", L),
        format_rupiah(result.max_discount),
        # Rounded down: typing the percentage shown never goes past the safe discount.
        delta=t("discount.share", L, pct=result.share_shown(L)),
        delta_color="off",
        delta_arrow="off",
        border=True,
    )
    top[1].metric(t("discount.m.pay_now", L), format_rupiah(result.pay_now), border=True)
    margin_left = (
        format_percent(result.margin * 100, L, places=2, down=True) if result.margin else "-"
    )
    top[2].metric(
        t("discount.m.profit", L),
        format_rupiah(result.profit),
        delta=t("discount.margin_left", L, pct=margin_left),
        delta_color="off",
        delta_arrow="off",
        border=True,
    )
    top[3].metric(
        t("discount.m.recommended", L),
        format_rupiah(advice.recommended),
        delta=t("discount.pay_now_share", L, pay_now=format_rupiah(advice.recommended_pay_now)),
        delta_color="off",
        delta_arrow="off",
        border=True,
    )
    if not result.max_discount:
        # Why no discount, where the owner is looking, not only folded away below.
        st.warning(advice.paragraph(L), icon=":material/block:")
    # The owner's own round discount, judged at once.
    own_pct = percent_input(
        t("discount.own.input", L), f"discount_own_{key or 'manual'}", blank=None
    )
    own = own_discount(result, own_pct) if own_pct is not None and result.balance else None
    if own is not None:
        if own.safe:
            st.success(own.sentence(L), icon=":material/check_circle:")
        elif own.verdict == "no_profit":
            st.error(own.sentence(L), icon=":material/block:")
        else:
            st.warning(own.sentence(L), icon=":material/warning:")

# Why: the reasoning in plain words, folded away.
with why:
    if advice.case in ("floor", "break_even"):
        st.success(advice.paragraph(L), icon=":material/thumb_up:")
    elif advice.case == "infeasible":
        st.warning(advice.paragraph(L), icon=":material/block:")
    else:
        st.info(advice.paragraph(L), icon=":material/hourglass_top:")
    below = st.columns(3)
    below[0].metric(t("discount.m.balance", L), format_rupiah(result.balance))
    below[1].metric(t("discount.m.wait_value", L), format_rupiah(advice.wait_value))
    below[2].metric(t("discount.m.break_even", L), format_rupiah(advice.break_even))
    if hint:
        st.caption(hint.explain(L))
    chart_side, steps_side = st.columns([3, 2])
    with chart_side:
        st.markdown(f"**{t('discount.chart_title', L)}**")
        st.plotly_chart(
            charts.profit_chart(result, advice, L),
            config={"displayModeBar": False},
            key="discount_chart",
        )
    with steps_side:
        st.markdown(f"**{t('discount.steps', L)}**")
        numbered = steps(result, advice, L)
        st.markdown("\n".join(f"{i}. {text}" for i, text in enumerate(numbered, 1)))

# Make the offer: saved at once on the customer's record, then the message and the letter.
st.subheader(t("discount.offer.title", L))
business = shop_business()
target = customer_key(name) if name else None
signed = has_shop()  # the offer's letter is signed by the shop, never by a placeholder
shop_missing_notice()
# The owner's own discount first when it is safe, then the recommendation and the largest.
candidates = [
    ("own", own.discount if own is not None and own.safe else 0),
    ("recommended", advice.recommended),
    ("max", result.max_discount),
]
OFFER_KEYS = {
    "own": "discount.offer.own",
    "recommended": "discount.offer.recommended",
    "max": "discount.offer.max",
}
choices: dict[str, Any] = {}
for which_key, amount in candidates:
    if amount > 0 and amount not in choices.values():
        choices[which_key] = amount
if not choices:
    st.info(t("discount.offer.none_possible", L))
else:
    which_side, date_side, button_side = st.columns([2, 1, 1], vertical_alignment="bottom")
    # A discount the owner has just typed is the one chosen to offer.
    if "own" in choices and st.session_state.get("discount_own_chosen") != choices["own"]:
        st.session_state["discount_own_chosen"] = choices["own"]
        st.session_state["discount_offer_which"] = "own"
    which = which_side.radio(
        t("discount.offer.which", L),
        list(choices),
        format_func=lambda k: t(OFFER_KEYS[k], L, amount=format_rupiah(choices[k])),
        horizontal=True,
        key="discount_offer_which",
    )
    valid_until = date_side.date_input(
        t("discount.offer.valid_until", L),
        value=TODAY + timedelta(days=int(number("valid_days", 1, 90))),
        min_value=TODAY,
        format="DD/MM/YYYY",
        key="discount_valid_until",
    )
    if button_side.button(
        t("discount.offer.make", L),
        type="primary",
        icon=":material/handshake:",
        disabled=target is None,
        key="discount_make_offer",
    ):
        offer = make_offer(
            name, advice, made_on=TODAY, valid_until=valid_until, discount=choices[which], lang=L
        )
        recorded = services.make_offer(db, viewer(), offer, now=datetime.now())
        st.session_state["discount_last_offer"] = recorded.event.id
    st.caption(t("ui.recorded_for", L, date=format_date(TODAY, lang=L)))
    if target is None:
        st.caption(t("discount.offer.need_customer", L))

offers = (
    visible_offers(viewer(), tracked_offers(db.events("offer", target), book, TODAY, target))
    if target
    else []
)
# The offer just made, else the newest one still open: its message and letter stay at hand.
just_made = next(
    (o for o in offers if o.offer.event_id == st.session_state.get("discount_last_offer")), None
)
current = just_made or next((o for o in offers if o.status == "open"), None)
if current is not None:
    offer = current.offer
    saved_text = t(
        "discount.offer.saved",
        L,
        name=plain(name),
        pay_now=format_rupiah(offer.pay_now),
        date=format_date(offer.valid_until, lang=L),
    )
    if just_made is not None:
        st.success(saved_text, icon=":material/check_circle:")
    else:
        st.caption(saved_text)
    # Signed only by a named shop, never by the letters' placeholder "Toko Anda".
    signer = business if signed else BusinessInfo(name="")
    payment = payment_ask(offer.customer_key, "offer")  # how to pay the offer (ui/payment.py)
    message = offer_message(
        offer, name, signer, offer.lang, payment_text(payment(offer.pay_now), offer.lang)
    )
    st.text_area(
        t("discount.offer.message", L),
        message,
        height=260,
        key=f"discount_message_{offer.event_id}",
    )
    send_side, pdf_side = st.columns(2)
    url = whatsapp_url(phone, message)
    if url:
        send_side.link_button(t("discount.offer.whatsapp", L), url, icon=":material/chat:")
    else:
        send_side.caption(t("discount.offer.no_phone", L))
    numbers = set(offer.invoices)
    offered = [line for line in lines_of(mine) if line.number in numbers]
    slug = file_stem(name)
    if not signed:
        unsigned_document(pdf_side, t("discount.offer.pdf", L), "discount_offer_pdf")
    else:
        pdf_side.download_button(
            t("discount.offer.pdf", L),
            data=lambda: offer_pdf(offer, name, offered, business=business, payment=payment),
            file_name=f"penawaran_pelunasan_{slug}_{offer.made_on:%Y%m%d}.pdf",
            mime="application/pdf",
            icon=":material/picture_as_pdf:",
            key="discount_offer_pdf",
        )

if target is not None:
    st.subheader(t("discount.offers", L, name=plain(name)))
    if not offers:
        st.caption(t("discount.offers.none", L))
    else:
        made_on, status, pay_now, cut, before, until, owed, covered = (
            t(key, L)
            for key in (
                "discount.col.made_on", "discount.col.status", "discount.col.pay_now",
                "discount.col.discount", "discount.col.before", "discount.col.valid_until",
                "discount.col.outstanding", "discount.col.invoices",
            )
        )  # fmt: skip
        show_table(
            frame(
                (
                    {
                        made_on: o.offer.made_on,
                        covered: ", ".join(o.offer.invoices) or t("discount.all_invoices", L),
                        before: o.offer.amount_before,
                        cut: o.offer.discount,
                        pay_now: o.offer.pay_now,
                        until: o.offer.valid_until,
                        owed: o.outstanding,
                        status: t(OFFER_STATUS_KEYS[o.status], L),
                    }
                    for o in offers
                ),
                [made_on, status, pay_now, cut, before, until, owed, covered],
            ),
            money=[before, cut, pay_now, owed],
            dates=[made_on, until],
            lang=L,
            key="discount_offers_table",
        )
        still_open = [o for o in offers if o.status == "open"]
        if still_open and st.button(
            t("discount.cancel", L), icon=":material/cancel:", key="discount_cancel"
        ):
            services.cancel_offer(db, viewer(), still_open[0].offer)
            st.rerun()
