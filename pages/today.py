"""Hari Ini: who to contact today, at which playbook step, why, the words to say, and the log."""

import uuid
from datetime import datetime, timedelta

import streamlit as st

from core import services
from core.daily import Action, overdue_listed, sections
from core.dates import format_date
from core.disputes import (
    DISPUTE_REASON_KEYS,
    DISPUTE_REASONS,
    HOW_KEYS,
    RESOLUTIONS,
    DisputeError,
    open_disputes,
)
from core.events import CHANNEL_KEYS, CHANNELS, OUTCOME_KEYS, OUTCOMES, EventError
from core.i18n import t
from core.messages import mailto_url
from core.money import format_rupiah
from core.payinfo import payment_text
from ui.contact import phone_buttons
from ui.inputs import money_input
from ui.papers import somasi_block
from ui.payment import payment_ask, qr_download
from ui.shop import business, has_shop, shop_missing_notice, unsigned_document
from ui.state import (
    allows,
    as_of,
    clock,
    contact_hours,
    lang,
    ledger,
    settings,
    staff,
    store,
    templates,
    viewer,
)
from ui.text import file_stem, plain
from ui.void import remember, undo_last, void_flash

L = lang()
TODAY = as_of()
PAGE_SIZE = 20
book = ledger()
owner_templates, template_error = templates()
shop = business()
signed = has_shop()  # until the shop is named, no message or letter is signed "Toko Anda"
team = staff()

st.title(t("nav.today", L))
if flash := st.session_state.pop("today_flash", None):
    st.success(flash, icon=":material/check:")
void_flash()
undo_last("today")  # the contact just logged, if it was a mistake
st.caption(t("today.intro", L, date=format_date(TODAY, lang=L)))
if template_error:
    st.warning(t("today.template_error", L, detail=plain(template_error)))
shop_missing_notice()

ALL = "__all__"
who = st.selectbox(
    t("today.filter_staff", L),
    [ALL, *team],
    format_func=lambda username: t("today.everyone", L) if username == ALL else team[username],
    key="today_staff",
)
# The same list as `python -m core actions` for this database, date and staff member.
everyone = services.daily_list(
    store(), settings(), TODAY, viewer(), staff=None if who == ALL else who, ledger=book
)
parts = sections(everyone)
todo = parts["todo"]
# Good manners: no WhatsApp or e-mail draft outside the contact hours the owner set.
now = clock()
hours = contact_hours()
may_contact = hours.allows(now)
cols = st.columns(3)
cols[0].metric(t("today.count", L), len(todo), border=True)
cols[1].metric(t("today.overdue_listed", L), format_rupiah(overdue_listed(todo)), border=True)
cols[2].metric(
    t("today.promises_today", L),
    sum(1 for a in todo if a.choice.promise_due_today),
    border=True,
)
if not todo:
    st.success(t("today.nothing", L))
if not may_contact:
    st.info(hours.closed_notice(now, L), icon=":material/schedule:")


def log_form(action: Action) -> None:
    """Two clicks: open, save. A promise needs its date and amount.

    Not a form: a form saves on Enter in any field, and the promised amount's reading would
    show only after saving. Only the button saves; saving empties the fields as a form would.
    """
    key = action.customer_key
    token_key = f"log_token_{key}"
    st.session_state.setdefault(token_key, uuid.uuid4().hex)
    fields = {f: f"log_{f}_{key}" for f in ("channel", "outcome", "by", "date", "amount", "note")}
    with st.container():
        default_channel = action.use.channel
        channel = st.radio(
            t("today.channel", L),
            CHANNELS,
            index=CHANNELS.index(default_channel),
            format_func=lambda c: t(CHANNEL_KEYS[c], L),
            horizontal=True,
            key=fields["channel"],
        )
        outcome = st.selectbox(
            t("today.outcome", L),
            OUTCOMES,
            format_func=lambda o: t(OUTCOME_KEYS[o], L),
            key=fields["outcome"],
        )
        handlers = ["", *team]
        by = st.selectbox(
            t("today.by", L),
            handlers,
            format_func=lambda username: team.get(username) or t("timeline.owner", L),
            index=handlers.index(action.staff) if action.staff in handlers else 0,
            key=fields["by"],
        )
        left, right = st.columns(2)
        promise_date = left.date_input(
            t("today.promise_date", L),
            value=TODAY + timedelta(days=3),
            format="DD/MM/YYYY",
            key=fields["date"],
        )
        promise_amount = money_input(
            t("today.promise_amount", L),
            fields["amount"],
            int(action.overdue or action.outstanding),
            where=right,
        )
        note = st.text_input(t("today.note", L), key=fields["note"])
        st.caption(t("ui.recorded_for", L, date=format_date(TODAY, lang=L)))
        if st.button(t("today.save", L), type="primary", key=f"log_save_{key}"):
            try:
                # Entered now, about the as-of date the owner works on.
                recorded = services.record_contact(
                    store(),
                    viewer(),
                    TODAY,
                    customer=key,
                    name=action.name,
                    channel=channel,
                    outcome=outcome,
                    step=action.step,
                    by=team.get(by, ""),  # the name, as the timeline shows it
                    note=note,
                    promise_date=promise_date,
                    promise_amount=promise_amount or 0,
                    outstanding_then=action.outstanding,
                    now=datetime.now(),
                    nonce=st.session_state[token_key],
                )
            except EventError:
                st.error(t("today.promise_needs", L))
                return
            st.session_state[token_key] = uuid.uuid4().hex
            for field in fields.values():
                st.session_state.pop(field, None)
            st.session_state["today_flash"] = t("today.saved", L, name=plain(action.name))
            what = f"{action.name} · {t(OUTCOME_KEYS[outcome], L)}"
            remember("today", recorded.event.id, what)
            st.rerun()


def card(action: Action) -> None:
    """One customer: the step, why, the message, the one-click actions and the log form."""
    key = action.customer_key
    with st.container(border=True):
        head, money = st.columns([3, 2])
        head.markdown(f"**{plain(action.name)}** &nbsp; :blue-badge[{action.step_name(L)}]")
        head.caption(
            f"{plain(action.reason(L))} · {t('col.phone', L)}: {plain(action.phone or '—')}"
        )
        money.markdown(f"**{format_rupiah(action.outstanding)}**")
        notes = []
        if action.overdue:
            notes.append(t("today.overdue_part", L, amount=format_rupiah(action.overdue)))
        if action.use.late_fee and action.late_fee:
            notes.append(t("today.fee", L, fee=format_rupiah(action.late_fee)))
        if action.history.broken_promises:
            notes.append(t("today.broken", L, count=action.history.broken_promises))
        money.caption(" · ".join(notes))
        if action.bad_payer:
            paid, late = action.standing.paid, action.standing.paid_late
            head.caption(f":red[{t('today.bad_payer', L, paid=paid, late=late)}]")
        ask = payment_ask(key, "message")  # how to pay what the message asks (ui/payment.py)
        block = ask(action.amount_asked)
        message = action.message(
            L,
            business=shop.name if signed else "",
            templates=owner_templates,
            payment=payment_text(block, L),
            at=now.time(),
        )
        with st.expander(t("today.message", L), expanded=False):
            text = message_box(action, message.body)
            link_cols = st.columns(3)
            if may_contact:
                phone_buttons(link_cols[0], action.phone, L, text)  # each number, its link
                link_cols[1].link_button(
                    "E-mail", mailto_url(None, message.subject, text), icon=":material/mail:"
                )
            else:
                link_cols[0].caption(t("today.outside_hours_short", L))
            if action.use.letter and not signed:
                unsigned_document(link_cols[2], t("today.letter", L), f"letter_{key}")
            elif action.use.letter:
                # A notice of overdue payment only over money past due (core refuses one
                # with nothing overdue); else the reminder, which then asks nothing early.
                firm = action.use.letter == "firm" and action.overdue > 0
                link_cols[2].download_button(
                    t("today.letter", L),
                    data=lambda: services.reminder_letter(
                        store(),
                        book,
                        key,
                        TODAY,
                        firm=firm,
                        business=shop,
                        lang=L,
                        title=action.title,
                    ),
                    file_name=f"surat_tagihan_{file_stem(action.name)}_{TODAY:%Y%m%d}.pdf",
                    mime="application/pdf",
                    icon=":material/picture_as_pdf:",
                    key=f"letter_{key}",
                    on_click=record_letter,
                    args=(action,),
                )
            qr_download(st, block, file_stem(action.name), f"qr_{key}")
            somasi_block(st, key, action.name, action.step, action.overdue, TODAY, widget=key)
        log_side, dispute_side = st.columns(2)
        with log_side.popover(t("today.log", L), icon=":material/edit_note:"):
            log_form(action)
        with dispute_side.popover(t("today.dispute", L), icon=":material/report:"):
            dispute_form(action)


def message_box(action: Action, body: str) -> str:
    """The one box of the message: shown with its copy button, or as an editable field while
    "Ubah pesan" is on. The owner's edit is kept (under a plain key) when the field closes."""
    kept = f"draft_{action.customer_key}_{action.step}"
    text = str(st.session_state.get(kept, body))
    if st.toggle(t("today.edit", L), key=f"edit_{action.customer_key}"):
        field = f"msg_{action.customer_key}_{action.step}"
        text = st.text_area(
            t("today.edit_message", L),
            text,
            height=220,
            key=field,
            on_change=lambda: st.session_state.update({kept: st.session_state[field]}),
        )
    else:
        st.code(text, language=None, wrap_lines=True)
    return text


def dispute_form(action: Action) -> None:
    """Mark the customer in dispute: the reason, a note, saved on the button only."""
    key = action.customer_key
    token_key = f"dispute_token_{key}"
    st.session_state.setdefault(token_key, uuid.uuid4().hex)
    st.caption(t("today.dispute_help", L))
    reason = st.radio(
        t("today.dispute_reason", L),
        DISPUTE_REASONS,
        format_func=lambda r: t(DISPUTE_REASON_KEYS[r], L),
        key=f"dispute_reason_{key}",
    )
    note = st.text_input(t("today.note", L), key=f"dispute_note_{key}")
    st.caption(t("ui.recorded_for", L, date=format_date(TODAY, lang=L)))
    if st.button(t("today.dispute_save", L), type="primary", key=f"dispute_save_{key}"):
        services.mark_dispute(
            store(), viewer(), TODAY, customer=key, name=action.name, reason=reason,
            note=note, now=datetime.now(), nonce=st.session_state[token_key],
        )  # fmt: skip
        st.session_state[token_key] = uuid.uuid4().hex
        st.session_state["today_flash"] = t("today.dispute_saved", L, name=plain(action.name))
        st.rerun()


def resolve_form(action: Action) -> None:
    """End the dispute: a return (credit note) lowering the debt, or back to the playbook."""
    key = action.customer_key
    dispute = open_disputes(store().events(customer_key=key), TODAY).get(key)
    if dispute is None:
        return
    # A return lowers the debt as a payment does: only who may record payments offers one.
    ways = [h for h in RESOLUTIONS if h != "return" or allows("record_payment", key)]
    how = st.radio(
        t("today.resolve_how", L),
        ways,
        format_func=lambda h: t(HOW_KEYS[h], L),
        key=f"resolve_how_{key}",
    )
    credit = 0
    number = ""
    if how == "return":
        credit = money_input(t("today.resolve_credit", L), f"resolve_credit_{key}") or 0
        numbers = sorted({inv.number for inv in action.invoices if inv.number})
        number = st.selectbox(
            t("today.resolve_invoice", L),
            ["", *numbers],
            format_func=lambda n: n or t("agreement.ui.on_account", L),
            key=f"resolve_invoice_{key}",
        )
    note = st.text_input(t("today.note", L), key=f"resolve_note_{key}")
    st.caption(t("ui.recorded_for", L, date=format_date(TODAY, lang=L)))
    if st.button(t("today.resolve_save", L), type="primary", key=f"resolve_save_{key}"):
        try:
            services.resolve_dispute(
                store(), viewer(), TODAY, dispute, name=action.name, how=how,
                credit=credit, invoice=number, note=note, now=datetime.now(),
            )  # fmt: skip
        except DisputeError as error:
            st.error(error.message(L))
            return
        st.session_state["today_flash"] = t("today.resolved", L, name=plain(action.name))
        st.rerun()


def record_letter(action: Action) -> None:
    """A letter made is a step taken: it goes on the customer's timeline at once."""
    services.record_letter(
        store(),
        viewer(),
        TODAY,
        customer=action.customer_key,
        name=action.name,
        step=action.step,
        total=action.outstanding,
        now=datetime.now(),
    )


shown = st.session_state.get("today_shown", PAGE_SIZE)
for action in todo[:shown]:
    card(action)
more = len(todo) - shown
if more > 0 and st.button(t("today.more", L, count=more), key="today_more"):
    st.session_state["today_shown"] = shown + PAGE_SIZE
    st.rerun()


def brief(action: Action) -> None:
    """One line for a customer outside today's cards: the name, the step, the money, why."""
    money = format_rupiah(action.outstanding)
    st.markdown(f"**{plain(action.name)}** · {action.step_name(L)} · {money}")
    st.caption(plain(action.reason(L)))


contacted = parts["contacted_today"]
if contacted:
    with st.expander(t("today.section.contacted_today", L, count=len(contacted))):
        for action in contacted:
            brief(action)
disputed = parts["disputed"]
if disputed:
    with st.expander(t("today.section.disputed", L, count=len(disputed)), expanded=True):
        for action in disputed:
            with st.container(border=True):
                brief(action)
                with st.popover(t("today.resolve", L), icon=":material/gavel:"):
                    resolve_form(action)
waiting = parts["waiting"]
if waiting:
    with st.expander(t("today.waiting", L, count=len(waiting))):
        for action in waiting:
            brief(action)
