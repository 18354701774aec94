"""What the pages share: the language, the as-of date, and the ledger loaded for this session."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import streamlit as st

from core.i18n import LANGS, Lang, t
from core.ingest import Batch
from core.ledger import Ledger
from core.report import load_files

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"


def lang() -> Lang:
    """The chosen language, kept under a plain key so it survives page switches."""
    value = st.session_state.get("lang", "id")
    return value if value in LANGS else "id"


def as_of() -> date:
    value = st.session_state.get("as_of")
    return value if isinstance(value, date) else date.today()


def sidebar() -> None:
    """Language switch and as-of date, shown on every page."""
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


@st.cache_resource(show_spinner=False, max_entries=8)
def _read(path: str, mtime_ns: int, size: int) -> tuple[Batch, Ledger]:
    """Read a ledger file once per content version; results are shared read-only."""
    return load_files([Path(path)])


def sample_ledger() -> tuple[Batch, Ledger]:
    stat = SAMPLE.stat()
    return _read(str(SAMPLE), stat.st_mtime_ns, stat.st_size)
