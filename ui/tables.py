"""Tables as the owner reads them: rupiah and day-first dates on screen, numbers underneath.

Money columns keep their integer values (so clicking a header sorts by amount, not by text) and
are only *displayed* as ``Rp 1.250.000`` through a pandas Styler.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

import pandas as pd
import streamlit as st

from core.dates import format_date
from core.export import to_xlsx
from core.i18n import Lang, t
from core.money import format_rupiah

# Above this many rows a Styler gets slow; the table shows the first rows, the Excel has all.
MAX_STYLED_ROWS = 500
ROW_HEIGHT = 35
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _money(value: Any) -> str:
    return (
        ""
        if value is None or (isinstance(value, float) and pd.isna(value))
        else format_rupiah(value)
    )


def _whole(value: Any) -> str:
    return "" if value is None or pd.isna(value) else f"{int(value)}"


def _is_whole_float(column: pd.Series) -> bool:
    """A number column that became float only because some cells are empty (days late)."""
    if column.dtype.kind != "f":
        return False
    values = column.dropna()
    return bool(len(values)) and bool((values == values.round()).all())


def _day(value: Any) -> str:
    return format_date(value, style="numeric") if isinstance(value, date) else ""


def show_table(
    frame: pd.DataFrame,
    *,
    money: Sequence[str] = (),
    dates: Sequence[str] = (),
    lang: Lang = "id",
    key: str | None = None,
    height: int | str = "auto",
    on_select: str = "ignore",
) -> Any:
    """Render a table; money and date columns formatted for display, values kept for sorting."""
    shown = frame
    if len(frame) > MAX_STYLED_ROWS:
        st.caption(t("ui.rows_truncated", lang, shown=MAX_STYLED_ROWS, total=len(frame)))
        shown = frame.head(MAX_STYLED_ROWS)
    formats: dict[str, Any] = {c: _whole for c in shown.columns if _is_whole_float(shown[c])}
    formats |= {c: _money for c in money if c in shown}
    formats |= {c: _day for c in dates if c in shown}
    styler = shown.style.format(formats, na_rep="")
    if isinstance(height, int) and len(shown) * ROW_HEIGHT + 40 < height:
        height = "auto"  # a short table should not trail empty rows
    kwargs: dict[str, Any] = {"hide_index": True, "height": height}
    if key is not None:
        kwargs["key"] = key
    if on_select != "ignore":
        kwargs.update(on_select=on_select, selection_mode="single-row")
    return st.dataframe(styler, **kwargs)


def download_xlsx(
    label: str,
    sheets: dict[str, pd.DataFrame],
    file_name: str,
    *,
    key: str,
    money: Sequence[str] = (),
) -> None:
    """An Excel download of the given tables, built only when clicked (formulas neutralised)."""
    st.download_button(
        label,
        data=lambda: to_xlsx(sheets, money_columns=money),
        file_name=file_name,
        mime=XLSX_MIME,
        key=key,
        icon=":material/download:",
    )


def frame(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> pd.DataFrame:
    """A DataFrame with exactly these columns, even when there are no rows."""
    return pd.DataFrame(list(rows), columns=list(columns))


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")


def plain(text: object) -> str:
    """Text from the owner's files (names, notes, phones) shown exactly as text in Markdown.

    Streamlit renders headers, captions and messages as Markdown: a customer called
    ``**[klik](http://…)**`` or ``:red[…]`` must come out as those characters, not as a link or
    a colour. No HTML is ever rendered from data (``unsafe_allow_html`` is never used).
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))
