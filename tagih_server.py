"""The web server Tagih runs (``python -m ui.launch`` starts it): Streamlit serving app.py, with
the one route of its own that sets and clears LAN mode's HttpOnly session cookie
(``ui/session_cookie.py``), and the frame policy on every answer with Streamlit's usage counters
not served (``ui/web_guard.py``). Streamlit finds ``app`` here and serves it with its usual options
(address, port, allowed hosts, XSRF, TLS).
"""

import streamlit as st
from starlette.middleware import Middleware

from ui.session_cookie import ROUTES
from ui.web_guard import WebGuard

app = st.App("app.py", routes=ROUTES, middleware=[Middleware(WebGuard)])
