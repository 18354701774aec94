"""The sidebar of every page: the language, the as-of date, the demo badge, and who is signed
in with the button to sign out."""

from __future__ import annotations

from datetime import date

import streamlit as st

from core.access import ROLE_KEYS
from core.dates import format_date, parse_typed_day
from core.i18n import LANGS, Lang, t
from ui.signin import current_user, keep_signed_in, lan_mode, sign_out
from ui.state import as_of, lang, store
from ui.text import plain

AS_OF_TEXT = "as_of_text"  # the sidebar's field, as typed
_AS_OF_SHOWN = "as_of_shown"  # the date that field last showed or applied
_AS_OF_PROBLEM = "as_of_problem"  # a typed text that is no date, to say so under the field


def _as_of_text(day: date) -> str:
    return format_date(day, style="numeric")


def _apply_as_of() -> None:
    """The sidebar date was changed and the field left (Enter, Tab or a click away): from this
    run on, the figures are for it. A text that is no date changes nothing and is said."""
    text = str(st.session_state.get(AS_OF_TEXT) or "")
    day = parse_typed_day(text)
    if day is None:
        st.session_state[_AS_OF_PROBLEM] = text.strip()
        return
    st.session_state.pop(_AS_OF_PROBLEM, None)
    st.session_state["as_of"] = day
    st.session_state[_AS_OF_SHOWN] = day
    st.session_state[AS_OF_TEXT] = _as_of_text(day)


def _as_of_field(current: Lang) -> None:
    """A text field, not ``st.date_input``: its segmented field keeps a date typed and left
    with Tab on screen without sending it, so the figures would stay on the old date."""
    day = as_of()
    if st.session_state.get(_AS_OF_SHOWN) != day:  # set elsewhere (a test, the first run)
        st.session_state[AS_OF_TEXT] = _as_of_text(day)
        st.session_state[_AS_OF_SHOWN] = day
        st.session_state.pop(_AS_OF_PROBLEM, None)
    st.text_input(
        t("ui.as_of", current),
        key=AS_OF_TEXT,
        on_change=_apply_as_of,
        placeholder="DD/MM/YYYY",
        help=t("ui.as_of_help", current),
    )
    problem = st.session_state.get(_AS_OF_PROBLEM)
    if problem:
        shown = format_date(day, lang=current)
        st.caption(f":red[{t('ui.as_of_unreadable', current, text=problem, date=shown)}]")
    else:
        st.caption(format_date(day, lang=current))


def sidebar() -> None:
    """Language switch and as-of date, on every page."""
    current = lang()
    with st.sidebar:
        chosen = st.radio(
            t("ui.language", current),
            LANGS,
            index=LANGS.index(current),
            format_func=lambda code: {"id": "Bahasa Indonesia", "en": "English"}[code],
            horizontal=True,
            key="lang_widget",
        )
        if chosen != current:
            st.session_state["lang"] = chosen
            st.rerun()
        _as_of_field(current)
        if store().has_demo():
            st.caption(t("ui.demo_badge", current))
        user = current_user(store()) if lan_mode() else None
        if user is not None:
            st.caption(
                t(
                    "lan.signed_in",
                    current,
                    name=plain(user.name),
                    role=t(ROLE_KEYS[user.role], current),
                )
            )
            if st.button(t("lan.sign_out", current), key="sign_out"):
                sign_out(store())
                st.rerun()
            keep_signed_in(store())
