"""Tagih: the entry point. It sets the page up and hands over to the pages in pages/."""

import streamlit as st

from core.i18n import t
from ui.state import lang, sidebar

st.set_page_config(page_title="Tagih", page_icon="💸", layout="wide")
sidebar()
navigation = st.navigation(
    [
        st.Page("pages/overview.py", title=t("nav.overview", lang()), icon="📊", default=True),
    ]
)
navigation.run()
