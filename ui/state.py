"""What the pages share: language, as-of date, settings, the store and the cached ledger.

The ledger is rebuilt only when the database changed (its revision), never on a widget click.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path
from typing import Any

import streamlit as st

from core.aging import DEFAULT_EDGES, bucket_labels
from core.i18n import LANGS, Lang, t
from core.ingest import DEFAULT_TERM_DAYS, LedgerReadError, read_ledger
from core.ledger import Ledger
from core.store import Store, default_db_url

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
log = logging.getLogger("tagih.ui")


def lang() -> Lang:
    """The chosen language, under a plain key so it survives page switches."""
    value = st.session_state.get("lang", "id")
    return value if value in LANGS else "id"


def as_of() -> date:
    value = st.session_state.get("as_of")
    return value if isinstance(value, date) else date.today()


@st.cache_resource(show_spinner=False)
def _open_store(url: str) -> Store:
    return Store(url)


def store() -> Store:
    return _open_store(default_db_url())


@st.cache_resource(show_spinner=False, max_entries=4)
def _ledger(url: str, revision: int) -> Ledger:
    """The book for one database revision; shared read-only by every session and rerun."""
    return _open_store(url).ledger()


def ledger() -> Ledger:
    url = default_db_url()
    return _ledger(url, _open_store(url).ledger_revision())


def setting(key: str, default: Any) -> Any:
    return store().get_setting(key, default)


def aging_edges() -> tuple[int, ...]:
    """The bucket edges the owner chose (default 30/60/90), checked before use."""
    raw = setting("aging_edges", list(DEFAULT_EDGES))
    try:
        edges = tuple(int(e) for e in raw)
        bucket_labels(edges)
    except (TypeError, ValueError):
        return DEFAULT_EDGES
    return edges


def default_term() -> int:
    value = setting("default_term", DEFAULT_TERM_DAYS)
    return value if isinstance(value, int) and value >= 0 else DEFAULT_TERM_DAYS


def ensure_seeded() -> None:
    """On first start with an empty database, load the demo ledger (once, unless dismissed)."""
    db = store()
    if not db.is_empty() or db.get_setting("demo_dismissed", False):
        return
    try:
        result = read_ledger(SAMPLE, default_term=default_term())
    except LedgerReadError:
        log.exception("demo ledger unreadable")
        return
    db.save_import(result, SAMPLE.read_bytes(), now=datetime.now(), is_demo=True)


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
        picked = st.date_input(
            t("ui.as_of", current), value=as_of(), format="DD/MM/YYYY", key="as_of_widget"
        )
        if isinstance(picked, date):
            st.session_state["as_of"] = picked
        if store().has_demo():
            st.caption(t("ui.demo_badge", current))
