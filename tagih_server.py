"""The web server Tagih runs (``python -m ui.launch`` starts it): Streamlit serving app.py, with
the one route of its own that sets and clears LAN mode's HttpOnly session cookie
(``ui/session_cookie.py``). Streamlit finds ``app`` here and serves it with its usual options
(address, port, allowed hosts, XSRF, TLS).
"""

import streamlit as st

from ui.session_cookie import ROUTES

app = st.App("app.py", routes=ROUTES)
