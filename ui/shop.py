"""The shop that signs what goes out: its name, the first-start form that asks for it, and
what a page shows while it is missing (nothing goes out signed with a placeholder)."""

from __future__ import annotations

from typing import Any

import streamlit as st

from core.documents.base import BusinessInfo
from core.i18n import t
from core.services import change_setting
from ui.state import allows, lang, settings, store, viewer

# The demo ledger is Toko Sumber Rejeki's: what it makes is signed by that sample shop.
DEMO_SHOP = BusinessInfo(name="Toko Sumber Rejeki (contoh)")


def _saved_shop() -> dict[str, str]:
    return dict(settings().shop)


def business() -> BusinessInfo:
    """The shop that signs messages, letters and agreements: the one the owner saved, else the
    demo's sample shop while the demo is loaded. Check ``has_shop()`` first: with neither,
    nothing may go out (it would be signed with a placeholder)."""
    fields = _saved_shop()
    if not fields.get("name") and store().has_demo():
        return DEMO_SHOP
    return BusinessInfo(**fields)


def has_shop() -> bool:
    """Whether documents have a real signer: the owner saved the shop's name, or the demo
    ledger (with its sample shop) is what is being tried."""
    return bool(_saved_shop().get("name")) or store().has_demo()


def shop_missing_notice() -> bool:
    """Say, once on a page, that documents wait for the shop's name; True when they do."""
    if has_shop():
        return False
    st.warning(t("shop.missing", lang()), icon=":material/storefront:")
    return True


def unsigned_document(place: Any, label: str, key: str) -> None:
    """Where a document's download would be: a disabled button saying that the shop's name is
    missing, so that nothing goes out unsigned."""
    place.button(
        label,
        icon=":material/picture_as_pdf:",
        disabled=True,
        help=t("shop.missing", lang()),
        key=key,
    )


SHOP_SETUP_SKIPPED = "shop_setup_skipped"


def shop_setup() -> None:
    """On first start, before anything goes out: the shop's name, address and phone. Skippable,
    and not asked while the demo ledger is loaded (its letters are only for trying out)."""
    db = store()
    if has_shop() or db.has_demo() or db.get_setting(SHOP_SETUP_SKIPPED, False):
        return
    if not allows("edit_settings"):
        return
    current = lang()
    with st.container(border=True):
        st.subheader(t("shop.setup_title", current))
        st.caption(t("shop.setup_intro", current))
        with st.form("shop_setup"):
            name = st.text_input(t("shop.name", current))
            address = st.text_area(t("shop.address", current), height=68)
            phone = st.text_input(t("shop.phone", current))
            save, skip = st.columns(2)
            saved = save.form_submit_button(t("shop.save", current), type="primary")
            skipped = skip.form_submit_button(t("shop.skip", current))
    if saved and name.strip():
        shop = {"name": name.strip(), "address": address.strip(), "phone": phone.strip()}
        change_setting(db, viewer(), "business", shop)
        st.rerun()
    elif saved:
        st.warning(t("shop.missing", current))
    elif skipped:
        change_setting(db, viewer(), SHOP_SETUP_SKIPPED, True)
        st.rerun()
