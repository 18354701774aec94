"""How to pay, on the pages: Settings' "Cara pembayaran", and the QR a customer can be sent.

The rules (what a valid QRIS is, what each document asks, the unique codes) are in
``core.qris`` and ``core.payinfo``; this module only shows them and passes the owner's input.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from core.access import change_setting
from core.i18n import t
from core.ledger import CustomerKey
from core.money import Amount, format_rupiah
from core.payinfo import (
    PAYMENT_SETTING,
    PayBlock,
    PaymentAsk,
    PaymentDetails,
    asker,
    load_details,
    make_details,
    payment_text,
    qr_png,
    qr_problem,
)
from core.qris import QrisError, decode_image
from ui.state import as_of, lang, store, viewer
from ui.text import plain
from ui.uploader import file_uploader

ROWS = 3  # accounts of each kind the form offers
_QRIS_TEXT = "pay_qris_text"
_QRIS_PICTURE = "pay_qris_picture_seen"


def payment_details() -> PaymentDetails:
    return load_details(store())


def payment_ask(customer: str, what: str) -> PaymentAsk:
    """What a document for ``customer`` calls with the amount it asks (codes kept in the store)."""
    return asker(payment_details(), store=store(), customer=customer, as_of=as_of(), what=what)


def payment_words(customer: str, amount: Amount, what: str) -> str:
    """How to pay ``amount``, for the end of a message ("" when no way to pay is saved)."""
    return payment_text(payment_ask(customer, what)(amount), lang())


def _merchant_line(details: PaymentDetails) -> None:
    merchant = details.merchant
    if merchant is None:
        return
    L = lang()
    said = t("pay.ui.merchant", L, name=plain(merchant.name), city=plain(merchant.city))
    if merchant.nmid:
        said += f" · NMID {plain(merchant.nmid)}"
    st.success(said, icon=":material/qr_code_2:")


def _read_picture() -> None:
    """A picture of the shop's QRIS was uploaded: its text goes into the QRIS field."""
    upload = st.session_state.get("pay_qris_picture")
    if upload is None or st.session_state.get(_QRIS_PICTURE) == upload.file_id:
        return
    st.session_state[_QRIS_PICTURE] = upload.file_id
    try:
        st.session_state[_QRIS_TEXT] = decode_image(upload.getvalue())
    except QrisError as error:
        st.session_state["pay_qris_picture_error"] = error.message(lang())
    else:
        st.session_state.pop("pay_qris_picture_error", None)


def _account_fields(
    saved: list[tuple[str, str, str]],
    keys: tuple[str, str, str],
    placeholder: str = "",
) -> list[tuple[str, str, str]]:
    """``ROWS`` rows of three fields (name, number, holder), filled with what was saved;
    ``keys`` are the fields' labels (translation keys numbered with ``n``)."""
    L = lang()
    rows = []
    for n in range(ROWS):
        have = saved[n] if n < len(saved) else ("", "", "")
        cols = st.columns(3)
        name, number, holder = (t(key, L, n=n + 1) for key in keys)
        rows.append(
            (
                cols[0].text_input(name, have[0], placeholder=placeholder),
                cols[1].text_input(number, have[1]),
                cols[2].text_input(holder, have[2]),
            )
        )
    return rows


def payment_settings() -> None:
    """Settings → "Cara pembayaran": accounts, e-wallets, the static QRIS, unique codes."""
    L = lang()
    db = store()
    saved = payment_details()
    st.subheader(t("pay.settings.title", L))
    st.caption(t("pay.settings.help", L))
    st.info(t("pay.ui.check_arrived", L), icon=":material/account_balance:")
    file_uploader(
        t("pay.settings.qris_picture", L),
        key="pay_qris_picture",
        lang=L,
        type=["png", "jpg", "jpeg", "webp", "bmp", "gif"],
        on_change=_read_picture,
    )
    if problem := st.session_state.get("pay_qris_picture_error"):
        st.error(problem)
    st.session_state.setdefault(_QRIS_TEXT, saved.qris)
    with st.form("payment_form"):
        st.markdown(f"**{t('pay.settings.banks', L)}**")
        bank_rows = _account_fields(
            [(b.bank, b.number, b.holder) for b in saved.banks],
            ("pay.settings.bank", "pay.settings.account", "pay.settings.holder"),
        )
        st.markdown(f"**{t('pay.settings.wallets', L)}**")
        wallet_rows = _account_fields(
            [(w.name, w.number, w.holder) for w in saved.wallets],
            ("pay.settings.wallet", "pay.settings.wallet_number", "pay.settings.wallet_holder"),
            "GoPay, OVO, DANA, ShopeePay",
        )
        qris = st.text_area(
            t("pay.settings.qris", L),
            key=_QRIS_TEXT,
            height=90,
            placeholder="000201010211…",
            help=t("pay.settings.qris_help", L),
        )
        unique = st.checkbox(
            t("pay.settings.unique", L),
            value=saved.unique_code,
            help=t("pay.settings.unique_help", L),
        )
        submitted = st.form_submit_button(t("settings.save", L), type="primary")
    if submitted:
        try:
            details = make_details(bank_rows, wallet_rows, qris, unique)
        except QrisError as error:
            st.error(t("pay.settings.qris_invalid", L, reason=error.message(L)))
        else:
            change_setting(db, viewer(), PAYMENT_SETTING, details.as_setting())
            st.success(t("settings.saved", L))
            saved = details
    _merchant_line(saved)


def qr_download(place: Any, block: PayBlock | None, stem: str, key: str) -> None:
    """The QR with the amount filled in, to attach to a WhatsApp chat, or why there is none."""
    if block is None:
        return
    L = lang()
    payload = block.qr_payload()
    if payload is None:
        problem = qr_problem(block)
        if problem is not None:
            place.caption(t("pay.ui.no_qr", L, reason=problem.message(L)))
        return
    place.download_button(
        t("pay.ui.download_qr", L, amount=format_rupiah(block.exact)),
        data=qr_png(payload),
        file_name=f"qris_{stem}_{int(block.exact)}.png",
        mime="image/png",
        icon=":material/qr_code_2:",
        key=key,
    )


def customer_payment(customer: CustomerKey, amount: Amount, stem: str) -> None:
    """A customer's page: how to pay what they owe, its QR to see and download."""
    L = lang()
    st.subheader(t("pay.title", L))
    details = payment_details()
    if details.is_empty:
        st.caption(t("pay.ui.none", L))
        return
    if amount <= 0:
        st.caption(t("pay.ui.nothing_owed", L))
        return
    block = payment_ask(customer, "statement")(amount)
    if block is None:
        return
    left, right = st.columns([3, 2])
    left.code(payment_text(block, L), language=None, wrap_lines=True)
    payload = block.qr_payload()
    if payload is not None:
        right.image(qr_png(payload, scale=5), width=220)
    qr_download(right, block, stem, "customer_qr_png")
    st.info(t("pay.ui.check_arrived", L), icon=":material/account_balance:")
