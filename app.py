"""Tagih: the entry point. It sets the page up, seeds the demo ledger once, and runs a page.

An unexpected error shows a short message; the details go to the log file, never to the page.
"""

import logging

import streamlit as st

from core.i18n import t
from core.paths import log_file
from ui.state import ensure_seeded, lang, sidebar

log_file().parent.mkdir(parents=True, exist_ok=True)
logging.basicConfig(
    level=logging.INFO,
    handlers=[logging.FileHandler(log_file(), encoding="utf-8")],
    format="%(asctime)s %(name)s %(levelname)s %(message)s",
    force=False,
)

st.set_page_config(page_title="Tagih", page_icon=":material/payments:", layout="wide")
L = lang()
try:
    ensure_seeded()
    sidebar()
    navigation = st.navigation(
        [
            st.Page(
                "pages/overview.py",
                title=t("nav.overview", L),
                icon=":material/dashboard:",
                default=True,
            ),
            st.Page("pages/customers.py", title=t("nav.customers", L), icon=":material/group:"),
            st.Page("pages/upload.py", title=t("nav.upload", L), icon=":material/upload_file:"),
            st.Page("pages/settings.py", title=t("nav.settings", L), icon=":material/settings:"),
        ]
    )
    navigation.run()
except Exception:  # rerun/stop are BaseExceptions and pass through untouched
    logging.getLogger("tagih").exception("page failed")
    st.error(t("ui.unexpected", L, log=log_file()))
