"""LAN mode's sign-in: who this tab is signed in as, the sign-in form, and signing out.

A session lives in the store (``core.sessions``); this tab remembers its id, and the browser
holds its cookie (``ui.session_cookie``) so that a reload, a new tab or a phone bringing the
tab back resumes it. ``core.signin`` decides whether a try may check its password.

The store is passed in: this module sits below ``ui.state``, whose ``viewer()`` asks it who
is signed in.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

import streamlit as st

from core.accounts import User
from core.i18n import Lang, t
from core.sessions import check, resume, start, waiting
from core.sessions import sign_out as end_session
from core.signin import LOCAL, attempt
from core.store import Store
from ui.launch import LAN_ENV
from ui.session_cookie import COOKIE, clear_script, handoff_script

_LOOPBACK = ("127.", "localhost", "::1")
_AUTH = "auth"  # this tab's session: {"session": id}
_HANDOFF = "session_handoff"  # (session id, one-time secret) until the browser has its cookie


def lan_mode() -> bool:
    """Whether this server process is open to the network, so everyone must sign in.

    Decided when the process started (``ui.launch`` sets ``TAGIH_LAN``), never by the stored
    setting: switching LAN mode off in Settings must not open a running network server to
    whoever connects. A server listening on any address but loopback asks too, however it was
    started.
    """
    if os.environ.get(LAN_ENV) == "1":
        return True
    address = str(st.get_option("server.address") or "")
    return not address.startswith(_LOOPBACK)


def signin_clock() -> datetime:
    """The time a sign-in try happens (core takes it as a parameter; tests replace this)."""
    return datetime.now(UTC)


def client_address() -> str:
    """Who is trying to sign in, for the brake and the audit log: the browser's address as the
    server saw it, ``LOCAL`` ("localhost") for this computer (Streamlit gives no address then:
    its TCP peer was 127.0.0.1 or ::1; a forwarded-for header is not read). ``core.signin``
    counts and locks this computer's tries apart from the others'."""
    address = st.context.ip_address
    return address if isinstance(address, str) and address else LOCAL


def current_user(db: Store) -> User | None:
    """The signed-in user of this tab, while its session lives (``core.sessions``: each use
    keeps it alive, the owner or signing out ends it, so do disabling the account and changing
    its password) and its account is active, with its role and name as they are now.

    A tab not signed in yet (a reload, a tab the phone brought back, a new tab) resumes the
    session its browser's cookie names, when there is one."""
    auth = st.session_state.get(_AUTH)
    now = signin_clock()
    if auth is None:
        found = resume(db, st.context.cookies.get(COOKIE), now)
    else:
        found = check(db, auth["session"], now)
    if found is None:
        st.session_state.pop(_AUTH, None)
        st.session_state.pop(_HANDOFF, None)
        return None
    session, user = found
    st.session_state[_AUTH] = {"session": session.id}
    return user


def current_session() -> int | None:
    """The id of this tab's session (to mark it in the owner's list of sessions)."""
    auth = st.session_state.get(_AUTH)
    return int(auth["session"]) if auth else None


def sign_in_as(db: Store, user: User) -> None:
    """Start a session for ``user`` (the right password was just given) and have the browser
    fetch its cookie (``keep_signed_in``)."""
    agent = st.context.headers.get("User-Agent")
    agent = agent if isinstance(agent, str) else ""
    session_id, handoff = start(db, user, signin_clock(), client_address(), agent)
    st.session_state[_AUTH] = {"session": session_id}
    st.session_state[_HANDOFF] = (session_id, handoff)


def keep_signed_in(db: Store) -> None:
    """Until this tab's browser holds its session's cookie, the page script that fetches it
    (once per page shown; the server trades each handoff secret once)."""
    pending = st.session_state.get(_HANDOFF)
    if not pending:
        return
    if not waiting(db, pending[0], signin_clock()):
        st.session_state.pop(_HANDOFF, None)  # claimed, ended, or too late to claim
        return
    base = str(st.get_option("server.baseUrlPath") or "")
    st.html(handoff_script(pending[1], base), unsafe_allow_javascript=True)


def forget_stale_cookie() -> None:
    """On the sign-in page: a cookie the browser still sends signs nobody in (signed out,
    revoked, expired); have the server expire it."""
    if st.context.cookies.get(COOKIE):
        base = str(st.get_option("server.baseUrlPath") or "")
        st.html(clear_script(base), unsafe_allow_javascript=True)


def sign_out(db: Store) -> None:
    """End this tab's session (and so its browser's other tabs); the cookie is cleared on the
    sign-in page that follows."""
    session_id = current_session()
    st.session_state.pop(_AUTH, None)
    st.session_state.pop(_HANDOFF, None)
    if session_id is not None:
        end_session(db, session_id)


def sign_in_form(db: Store, current: Lang) -> None:
    """The sign-in page of LAN mode; ``core.signin`` decides whether a try may check its
    password, and logs it."""
    forget_stale_cookie()
    st.title(t("app.title", current))
    with st.form("sign_in"):
        username = st.text_input(t("lan.username", current))
        password = st.text_input(t("lan.password", current), type="password")
        if st.form_submit_button(t("lan.sign_in", current), type="primary"):
            tried = attempt(db, username, password, client_address(), signin_clock())
            if tried.user is not None:
                sign_in_as(db, tried.user)
                st.rerun()
            elif tried.outcome == "locked":
                st.error(t("lan.locked", current))
                st.info(t("lan.locked_owner", current))
            elif tried.outcome == "too_soon":
                st.error(t("lan.too_soon", current, seconds=tried.wait_seconds))
            else:
                st.error(t("lan.wrong", current))
                if tried.wait_seconds:
                    st.warning(t("lan.next_try", current, seconds=tried.wait_seconds))
