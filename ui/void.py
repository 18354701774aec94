"""The owner's undo, wherever a customer's timeline is shown (each record that can be voided
with its own "Batalkan" button) and where a record was just made (``remember``/``undo_last``):
a "yes" to confirm, and the service that voids it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import streamlit as st

from core import services
from core.dates import format_date
from core.i18n import t
from core.money import format_rupiah
from core.timeline import ENTRY_KIND_KEYS, Entry
from ui.state import allows, lang, store, viewer
from ui.text import plain

PENDING = "void_pending"  # the record whose "Batalkan" was pressed, waiting for a "yes"
FLASH = "void_flash"  # what was voided, said once on the next run


def void_flash() -> None:
    """Say what the last void undid (once, after the rerun it caused)."""
    if flash := st.session_state.pop(FLASH, None):
        st.success(flash, icon=":material/undo:")


def void_controls(story: Sequence[Entry], customer: str) -> None:
    """A "Batalkan" for each record of ``story`` the viewer may void (staff: their customers'
    records; an offer: the owner only), then "Ya, batalkan" / "Tidak jadi"."""
    L = lang()
    voidable = [
        e
        for e in story
        if e.event_id is not None
        and not e.voided
        and allows("void_event", customer)
        and (e.kind != "offer" or allows("cancel_offer", customer))
    ]
    if not voidable:
        return
    pending = st.session_state.get(PENDING)
    asked = pending in {e.event_id for e in voidable}
    with st.expander(t("void.title", L), icon=":material/undo:", expanded=asked):
        st.caption(t("void.help", L))
        for entry in voidable:
            what = " · ".join(
                [format_date(entry.on, lang=L), t(ENTRY_KIND_KEYS[entry.kind], L), entry.text]
                + ([format_rupiah(entry.amount)] if entry.amount is not None else [])
            )
            if pending == entry.event_id:
                _confirm(entry.event_id, what)
                continue
            line, button = st.columns([5, 1], vertical_alignment="center")
            line.markdown(plain(what))
            if button.button(t("void.button", L), key=f"void_{entry.event_id}"):
                st.session_state[PENDING] = entry.event_id
                st.rerun()


def remember(place: str, event_id: int, what: str) -> None:
    """A record just made on a page (``place``): ``undo_last`` offers to void it there."""
    st.session_state[f"undo_{place}"] = (event_id, what)


def undo_last(place: str) -> None:
    """Where a record was made, a "Batalkan" for the last one, while it stands: the same
    confirm step and service as on the customer's timeline."""
    held = st.session_state.get(f"undo_{place}")
    if not held:
        return
    event_id, what = held
    try:
        event = store().event(event_id)
    except LookupError:
        event = None
    if event is None or event.voided or not allows("void_event", event.customer_key):
        st.session_state.pop(f"undo_{place}", None)
        return
    if st.session_state.get(PENDING) == event_id:
        _confirm(event_id, what)
    elif st.button(
        t("void.undo_last", lang(), what=plain(what)),
        icon=":material/undo:",
        key=f"undo_{place}_{event_id}",
    ):
        st.session_state[PENDING] = event_id
        st.rerun()


def _confirm(event_id: int, what: str) -> None:
    L = lang()
    st.warning(t("void.confirm", L, what=plain(what)))
    yes, no = st.columns(2)
    if yes.button(t("void.yes", L), type="primary", key=f"void_yes_{event_id}"):
        try:
            services.void_event(store(), viewer(), event_id, now=datetime.now())
        except LookupError:  # gone meanwhile (a backup restored in another tab)
            pass
        else:
            st.session_state[FLASH] = t("void.done", L, what=plain(what))
        st.session_state.pop(PENDING, None)
        st.rerun()
    if no.button(t("void.no", L), key=f"void_no_{event_id}"):
        st.session_state.pop(PENDING, None)
        st.rerun()
