"""Kesepakatan: a new written payment agreement from a customer's balance (live preview, save,
PDF), the saved agreements with each instalment paid / due / late, and a payment by hand."""

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import streamlit as st

from core import services
from core.access import AccessDenied, visible_agreements
from core.aging import customer_balances
from core.agreements import (
    DAYS_BEFORE_SETTING,
    DEFAULT_DAYS_BEFORE,
    DEFAULT_GRACE_DAYS,
    MAX_INSTALMENTS,
    PLACE_SETTING,
    STATUS_KEYS,
    Agreement,
    AgreementError,
    apply_payments,
    build_agreement,
    known_address,
    load_agreements,
    place_of,
    read_nik,
    status_rows,
    summary_line,
)
from core.dates import format_date
from core.documents.agreement import agreement_pdf
from core.i18n import t
from core.latefee import customer_late_fee
from core.ledger import CustomerKey
from core.money import format_rupiah
from ui.inputs import days_input, money_input
from ui.payment import payment_ask
from ui.shop import business, has_shop, shop_missing_notice, unsigned_document
from ui.state import (
    allows,
    as_of,
    choose_customer,
    chosen_customer,
    fee_policy,
    lang,
    ledger,
    setting,
    store,
    viewer,
)
from ui.tables import frame, money_metric, show_table
from ui.text import file_stem, plain
from ui.void import remember, undo_last, void_flash

L = lang()
TODAY = as_of()
book = ledger()
db = store()
shop = business()
signed = has_shop()  # no agreement goes out signed "Toko Anda"
place = str(setting(PLACE_SETTING, "") or "") or place_of(shop.address)
EVERY = {
    "month": "agreement.ui.every.month",
    "2weeks": "agreement.ui.every.2weeks",
    "week": "agreement.ui.every.week",
    "days": "agreement.ui.every.days",
}
FEE_MODES = {"waive": "agreement.ui.fee.waive", "include": "agreement.ui.fee.include"}
STEPS = (1, 1_000, 5_000, 10_000, 50_000, 100_000)
MONEY = [t("agreement.col.amount", L), t("agreement.col.paid", L), t("agreement.col.left", L)]
COLUMNS = [t("agreement.col.no", L), t("agreement.col.due", L), *MONEY, t("agreement.col.state", L)]


def nonce() -> str:
    """This session's: the same thing saved twice in it (a double click) is saved once."""
    return str(st.session_state.setdefault("agreements_session", uuid.uuid4().hex))


def pdf_button(agreement: Agreement, key: str) -> None:
    if not signed:
        unsigned_document(st, t("agreement.ui.pdf", L), key)
        return
    slug = file_stem(agreement.name)
    st.download_button(
        t("agreement.ui.pdf", L),
        data=lambda: agreement_pdf(
            agreement,
            business=shop,
            place=place,
            lang=L,
            payment=payment_ask(agreement.customer, "agreement"),
        ),
        file_name=f"kesepakatan_{slug}_{agreement.created:%Y%m%d}.pdf",
        mime="application/pdf",
        icon=":material/picture_as_pdf:",
        key=key,
    )


@dataclass(frozen=True, slots=True)
class Again:
    """A payment refused as the same as one just saved, kept to record again on purpose."""

    customer: CustomerKey
    amount: int
    paid_on: date
    number: str
    nonce: str


def record_by_hand(key: CustomerKey, amount: int, paid_on: date, number: str, token: str) -> None:
    """Save a payment typed in for customer ``key`` and say under the button what became of it;
    the same payment under the same ``token`` (a double click) is kept once, and is then offered
    to record again on purpose."""
    recorded = services.record_payment(
        db,
        viewer(),
        customer=key,
        amount=amount,
        paid_on=paid_on,
        invoice_number=number,
        name=names[key],
        now=datetime.now(),
        nonce=token,
    )
    st.session_state["payment_reset"] = True
    if not recorded.new:
        # A nonce of its own for the second payment: a double click on "Catat lagi" saves it once.
        st.session_state["payment_again"] = Again(
            key, int(amount), paid_on, number, uuid.uuid4().hex
        )
        return
    st.session_state["payment_flash"] = t(
        "agreement.ui.payment_saved", L, amount=format_rupiah(int(amount)), name=plain(names[key])
    )
    remember("agreements", recorded.event.id, f"{names[key]} · {format_rupiah(int(amount))}")


st.title(t("nav.agreements", L))
st.caption(t("agreement.ui.intro", L))
flash = st.session_state.pop("agreements_flash", None)
if flash:
    st.success(flash)
void_flash()
undo_last("agreements")  # the payment just entered, if it was a mistake
shop_missing_notice()

debtors = [b for b in customer_balances(book, TODAY) if b.outstanding > 0]
names = {b.key: b.name for b in debtors}
keys = list(names)
# The customer the owner chose stays chosen (``ui.state.chosen_customer``): the list's first, the
# most overdue, changes as payments come in.
current = chosen_customer()

# A new agreement, previewed as the figures change.
st.header(t("agreement.ui.new", L))
if not keys:
    st.info(t("agreement.ui.no_debtors", L))
    key = None
else:
    key = st.selectbox(
        t("agreement.ui.customer", L),
        keys,
        index=keys.index(current) if current in keys else 0,
        format_func=lambda k: names[k],
        key="agreement_customer",
    )
    choose_customer(key)
    mine = next(b for b in debtors if b.key == key)
    st.caption(
        t(
            "agreement.ui.owes",
            L,
            amount=format_rupiah(mine.outstanding),
            count=mine.open_invoices,
            overdue=format_rupiah(mine.overdue),
        )
    )
    cols = st.columns(3)
    # A settlement discount is the owner's (core.access): staff get no field, only why.
    if allows("agreement_discount", key):
        discount = money_input(
            t("agreement.discount", L), "agreement_discount", 0, blank=0, where=cols[0]
        )
    else:
        discount = 0
        cols[0].markdown(f"**{t('agreement.discount', L)}**")
        cols[0].caption(t("lan.denied.agreement_discount", L))
    # The fee the daily list and the letters show for this customer today, to waive or add.
    owed_fee = customer_late_fee(book.invoices_of(key), key, TODAY, fee_policy())
    late_fee = money_input(
        t("agreement.late_fee", L),
        f"agreement_late_fee_{key}_{TODAY.isoformat()}",
        owed_fee,
        blank=0,
        where=cols[1],
    )
    fee_mode = cols[2].radio(
        t("agreement.ui.fee_mode", L),
        tuple(FEE_MODES),
        format_func=lambda m: t(FEE_MODES[m], L),
        horizontal=True,
        key="agreement_fee_mode",
    )
    cols = st.columns(4)
    down = money_input(t("agreement.dp_long", L), "agreement_down", 0, blank=0, where=cols[0])
    count = cols[1].number_input(
        t("agreement.ui.count", L),
        min_value=1,
        max_value=MAX_INSTALMENTS,
        value=3,
        step=1,
        key="agreement_count",
    )
    first = cols[2].date_input(
        t("agreement.ui.first", L),
        value=TODAY + timedelta(days=7),
        format="DD/MM/YYYY",
        key="agreement_first",
    )
    chosen = cols[3].selectbox(
        t("agreement.ui.every", L),
        tuple(EVERY),
        format_func=lambda e: t(EVERY[e], L),
        key="agreement_every",
    )
    every = chosen
    cols = st.columns(4)
    if chosen == "days":
        days = cols[3].number_input(
            t("agreement.ui.every_days", L),
            min_value=1,
            max_value=365,
            value=10,
            key="agreement_days",
        )
        every = f"{int(days)}d"
    round_to = cols[0].selectbox(
        t("agreement.ui.round", L),
        STEPS,
        index=1,
        format_func=format_rupiah,
        key="agreement_round",
    )
    missed_fee = money_input(
        t("agreement.ui.missed_fee", L), "agreement_missed_fee", 0, blank=0, where=cols[1]
    )
    grace = days_input(
        t("agreement.ui.grace", L), "agreement_grace", DEFAULT_GRACE_DAYS, where=cols[2]
    )
    # The customer as the paper names them, started from their last agreement.
    earlier = load_agreements(db, key)
    last = earlier[-1] if earlier else None
    st.markdown(f"**{t('agreement.ui.party', L)}**")
    cols = st.columns([3, 2])
    address = cols[0].text_input(
        t("agreement.ui.address", L), value=last.address if last else known_address(book, key),
        key=f"agreement_address_{key}",
    )  # fmt: skip
    nik_text = cols[1].text_input(
        t("agreement.ui.nik", L), value=last.nik if last else "", max_chars=24,
        help=t("agreement.ui.nik_help", L), key=f"agreement_nik_{key}",
    )  # fmt: skip
    nik_ok = True
    try:
        read_nik(nik_text)
    except AgreementError as error:
        cols[1].error(error.message(L), icon=":material/error:")
        nik_ok = False
    cols = st.columns(2)
    witnesses = [
        cols[n].text_input(
            t("agreement.ui.witness", L, no=n + 1),
            value=last.witnesses[n] if last and len(last.witnesses) > n else "",
            key=f"agreement_witness_{n}_{key}",
        )
        for n in range(2)
    ]
    try:
        draft = build_agreement(
            book,
            key,
            created=TODAY,
            instalments=int(count),
            first=first,
            every=every,
            down_payment=down or 0,
            round_to=round_to,
            discount=discount or 0,
            late_fee=late_fee or 0,
            late_fee_included=fee_mode == "include",
            missed_fee=missed_fee or 0,
            grace_days=grace or 0,
            lang=L,
            address=address,
            nik=nik_text if nik_ok else "",
            witnesses=witnesses,
        )
    except AgreementError as error:
        st.warning(error.message(L))
        draft = None
    if None in (discount, late_fee, down, missed_fee, grace) or not nik_ok:
        draft = None  # a field that cannot be read says why under itself; nothing to save
    if draft is not None:
        st.subheader(t("agreement.ui.preview", L))
        figures = st.columns(3)
        money_metric(
            figures[0], t("agreement.original_debt", L), draft.original_debt, L, border=True
        )
        money_metric(figures[1], t("agreement.total", L), draft.total, L, border=True)
        # How often beside the label: "3 × setiap bulan" as the figure was cut to "3 × setiap
        # bu…" in a third of the page.
        figures[2].metric(
            f"{t('agreement.instalments', L)} · {draft.schedule.interval.describe(L)}",
            f"{draft.schedule.count} ×",
            border=True,
        )
        preview = apply_payments(draft, book, TODAY)
        show_table(
            frame(status_rows(preview, L), COLUMNS)[COLUMNS[:3]],
            money=MONEY,
            dates=[t("agreement.col.due", L)],
            lang=L,
            key="agreement_preview",
        )
        st.caption(t("ui.recorded_for", L, date=format_date(TODAY, lang=L)))
        if any(a.status == "active" for a in load_agreements(db, key)):
            st.caption(t("agreement.ui.replaces", L, name=plain(names[key])))
        if st.button(
            t("agreement.ui.save", L),
            type="primary",
            icon=":material/handshake:",
            key="agreement_save",
        ):
            try:
                saved = services.save_agreement(
                    db, viewer(), draft, now=datetime.now(), nonce=nonce()
                )
            except AccessDenied as refused:
                st.error(refused.message(L))
            else:
                st.session_state["agreement_just_saved"] = saved.id
                message = t("agreement.ui.saved_ok", L, name=plain(saved.name))
                st.session_state["agreements_flash"] = message
                st.rerun()
    just_saved = st.session_state.get("agreement_just_saved")
    for saved in load_agreements(db, key):
        if saved.id == just_saved:
            pdf_button(saved, "agreement_pdf_new")

# Saved agreements, with their instalments as of the as-of date.
st.header(t("agreement.ui.saved", L))
# Staff see their own customers' agreements only, and only the owner may list everyone's.
every_customer = allows("see_all") and st.toggle(
    t("agreement.ui.all_customers", L), key="agreement_all"
)
saved_list = [
    a
    for a in reversed(visible_agreements(viewer(), load_agreements(db)))
    if every_customer or key is None or a.customer == key
]
if not saved_list:
    st.caption(t("agreement.ui.none_saved", L))
for number, agreement in enumerate(saved_list):
    statuses = apply_payments(agreement, book, TODAY)
    status = t(STATUS_KEYS[agreement.status], L)
    title = (
        f"{plain(agreement.name)} · {format_date(agreement.created, lang=L)} · "
        f"{format_rupiah(agreement.total)} · {status}"
    )
    with st.expander(title, expanded=number == 0 and agreement.status == "active"):
        st.write(summary_line(agreement, statuses, L))
        show_table(
            frame(status_rows(statuses, L), COLUMNS),
            money=MONEY,
            dates=[t("agreement.col.due", L)],
            lang=L,
            key=f"agreement_rows_{agreement.id}",
        )
        left, right = st.columns(2)
        with left:
            pdf_button(agreement, f"agreement_pdf_{agreement.id}")
        if (
            agreement.status == "active"
            and allows("cancel_agreement", agreement.customer)
            and right.button(
                t("agreement.ui.cancel", L), icon=":material/cancel:", key=f"cancel_{agreement.id}"
            )
        ):
            services.cancel_agreement(db, viewer(), agreement)
            st.rerun()

# A payment entered by hand: into the book at once, so the instalments update.
if key is not None:
    st.header(t("agreement.ui.payment_for", L, name=plain(names[key])))
    st.caption(t("agreement.ui.payment_help", L))
    numbers = sorted({inv.number for inv in book.invoices_of(key) if inv.outstanding > 0
                      and inv.number})  # fmt: skip
    # The fields start empty again after a payment is saved: set before they are drawn (a key
    # taken out of the session after they were drawn kept the browser's text, "250rb", as if
    # nothing had been saved).
    fields = ("payment_amount", f"payment_date_{TODAY.isoformat()}", "payment_invoice")
    if st.session_state.pop("payment_reset", False):
        st.session_state[fields[0]] = ""
        st.session_state[fields[1]] = TODAY
        st.session_state[fields[2]] = ""
    # Not a form: a form saves on Enter, and its amount's reading would show only after saving.
    with st.container(border=True):
        cols = st.columns(3)
        amount = money_input(t("agreement.ui.payment_amount", L), "payment_amount", where=cols[0])
        # Keyed by the as-of date: a new sidebar date starts the field on that date.
        paid_on = cols[1].date_input(
            t("agreement.ui.payment_date", L),
            value=TODAY,
            format="DD/MM/YYYY",
            key=f"payment_date_{TODAY.isoformat()}",
        )
        number = cols[2].selectbox(
            t("agreement.ui.payment_invoice", L),
            ["", *numbers],
            format_func=lambda n: n or t("agreement.ui.on_account", L),
            key="payment_invoice",
        )
        st.caption(t("ui.recorded_for", L, date=format_date(paid_on, lang=L)))
        # The customer on the button itself: the one the money is saved to, unmistakably.
        submitted = st.button(
            t("agreement.ui.payment_save_for", L, name=plain(names[key])),
            type="primary",
            key="payment_save",
        )
        # What became of the payment, under its button, where the owner is looking (the page's
        # own notice at its top is out of sight down here).
        if said := st.session_state.pop("payment_flash", None):
            st.success(said)
        # The same payment again: refused as a double click, unless the owner says it is a
        # second one ("Catat lagi"), recorded under a nonce of its own.
        again = st.session_state.get("payment_again")
        if again and again.customer == key:
            st.warning(t("agreement.ui.payment_duplicate", L))
            if st.button(
                t("agreement.ui.payment_again", L, amount=format_rupiah(again.amount)),
                icon=":material/replay:",
                key="payment_again_save",
            ):
                del st.session_state["payment_again"]
                record_by_hand(key, again.amount, again.paid_on, again.number, again.nonce)
                st.rerun()
    if submitted:
        st.session_state.pop("payment_again", None)
        if not amount:
            st.warning(t("agreement.ui.payment_zero", L))
        else:
            record_by_hand(key, amount, paid_on, number, nonce())
            st.rerun()

# Where the agreements are signed, and when the daily list reminds of an instalment.
with (
    st.expander(t("agreement.ui.settings", L), icon=":material/settings:"),
    st.form("agreement_settings"),
):
    new_place = st.text_input(t("agreement.ui.place", L), value=place)
    days_before = st.number_input(
        t("agreement.ui.days_before", L),
        min_value=0,
        max_value=60,
        value=int(setting(DAYS_BEFORE_SETTING, DEFAULT_DAYS_BEFORE) or 0),
    )
    owner = allows("edit_settings")
    if not owner:
        st.caption(t("lan.owner_changes", L))
    if st.form_submit_button(t("settings.save", L), disabled=not owner):
        services.change_setting(db, viewer(), PLACE_SETTING, new_place.strip())
        services.change_setting(db, viewer(), DAYS_BEFORE_SETTING, int(days_before))
        st.session_state["agreements_flash"] = t("settings.saved", L)
        st.rerun()
