"""The dashboard headless (Streamlit's AppTest), as the page tests open it."""

from __future__ import annotations

from datetime import date

from streamlit.testing.v1 import AppTest

from tests.factories import ROOT, TODAY


def open_app(
    page: str | None = None, lang: str = "id", as_of: date = TODAY, timeout: float = 90
) -> AppTest:
    """app.py run once in ``lang`` on ``as_of`` (the demo's own day), then ``page`` if given."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)
    at.session_state["lang"] = lang
    at.session_state["as_of"] = as_of
    at.run()
    if page is not None:
        at.switch_page(page)
        at.run()
    return at


def markdown_bodies(at: AppTest) -> list[str]:
    """Every text the page hands to Markdown: bodies, messages, and the labels of cards,
    expanders and tabs."""
    bodies = [
        str(e.value)
        for e in (*at.markdown, *at.caption, *at.title, *at.header, *at.subheader, *at.toast,
                  *at.success, *at.info, *at.warning, *at.error)
    ]  # fmt: skip
    bodies += [str(e.label) for e in (*at.metric, *at.expander, *at.tabs)]
    return bodies
