"""Tagih: the entry point. It sets the page up, seeds the demo ledger once, and runs a page.

On a server open to the network (LAN mode, decided when it started) everyone signs in first;
staff get only their pages and customers (``core.access`` decides).
An unexpected error shows a short message; the details go to the log file, never to the page.
"""

import logging

import streamlit as st

from core.i18n import t
from core.paths import log_file, log_handler
from core.store import ACTOR
from ui.sidebar import sidebar
from ui.signin import current_user, lan_mode, sign_in_form
from ui.state import (
    allows,
    ensure_daily_backup,
    ensure_seeded,
    lang,
    no_customers_assigned,
    store,
    viewer,
)
from ui.text import plain

# The PDF font subsetter tells of every glyph table at INFO: thousands of lines a day that
# rotated the lines that matter out of the 5 MB the log keeps.
logging.getLogger("fontTools").setLevel(logging.WARNING)
logging.basicConfig(
    level=logging.INFO,
    handlers=[log_handler()],
    format="%(asctime)s %(name)s %(levelname)s %(message)s",
    force=False,
)

# The icon is an emoji, which Streamlit draws in the page itself (a data: image): a ":material/…:"
# icon is fetched from fonts.gstatic.com, telling Google when the shop opens Tagih (round 95 L4).
st.set_page_config(page_title="Tagih", page_icon="🧾", layout="wide")
L = lang()
try:
    ensure_seeded()
    ensure_daily_backup()
    if lan_mode() and current_user(store()) is None:  # not signed in, or the session expired
        sign_in_form(store(), L)
        st.stop()
    ACTOR.set(viewer().username)  # every write of this run is logged under this account
    sidebar()
    pages = [
        st.Page(
            "pages/overview.py",
            title=t("nav.overview", L),
            icon=":material/dashboard:",
            default=True,
        ),
        st.Page("pages/today.py", title=t("nav.today", L), icon=":material/checklist:"),
        st.Page("pages/customers.py", title=t("nav.customers", L), icon=":material/group:"),
        st.Page("pages/agreements.py", title=t("nav.agreements", L), icon=":material/handshake:"),
        st.Page("pages/credit.py", title=t("nav.credit", L), icon=":material/verified_user:"),
    ]
    if allows("offer"):
        pages[3:3] = [
            st.Page("pages/discount.py", title=t("nav.discount", L), icon=":material/percent:")
        ]
    if allows("import"):
        pages.append(
            st.Page("pages/upload.py", title=t("nav.upload", L), icon=":material/upload_file:")
        )
    if allows("edit_settings"):
        pages.append(
            st.Page("pages/settings.py", title=t("nav.settings", L), icon=":material/settings:")
        )
    page = st.navigation(pages)
    if no_customers_assigned():  # an empty book to work, said once for every page
        st.title(page.title)
        st.info(t("lan.no_customers", L), icon=":material/group_off:")
    else:
        page.run()
except Exception:  # rerun/stop are BaseExceptions and pass through untouched
    logging.getLogger("tagih").exception("page failed")
    st.error(t("ui.unexpected", L, log=plain(log_file())))
