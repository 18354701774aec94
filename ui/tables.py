"""Tables as the owner reads them: rupiah and day-first dates on screen, numbers underneath.

Money columns keep their values (so clicking a header sorts by amount, not by text) and are
only *displayed* as ``Rp 1.250.000``: through the grid's own column formats, so no Python runs
per cell. The few tables the column formats cannot write in the house style (sen, a negative
amount, a date column holding something else) fall back to a pandas Styler, which is exact but
costs about 0.1 ms per cell.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

import pandas as pd
import streamlit as st

from core.dates import format_date
from core.export import to_xlsx
from core.i18n import Lang, format_count, t
from core.money import Amount, format_rupiah, format_rupiah_short

if TYPE_CHECKING:
    from core.forecast import Week


def money_metric(
    where: Any, label: str, amount: Amount | None, lang: Lang, *, help: str | None = None, **kw: Any
) -> None:
    """A money figure in a metric card (``where``: ``st`` or a column). Written out in full
    (``Rp 244.072.500``) while that fits a card; from a billion rupiah on it is shortened
    (``Rp 38,86 miliar``) and the card's tooltip gives the exact figure, instead of the card
    cutting it to ``Rp 38.856.208.0…``."""
    if amount is None:
        where.metric(label, "—", help=help, **kw)
        return
    shown, exact = format_rupiah_short(amount, lang), format_rupiah(amount)
    if shown != exact:
        note = t("ui.exact_amount", lang, amount=exact)
        help = f"{help}\n\n{note}" if help else note
    where.metric(label, shown, help=help, **kw)


# A table shows its first rows; the Excel download has all of them.
MAX_STYLED_ROWS = 500
ROW_HEIGHT = 35
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# sprintf-js as Streamlit bundles it: the custom pad character ("'.") is also the thousands
# separator the "," flag inserts, so 1250000 is shown as "Rp 1.250.000".
MONEY_FORMAT: Final = "Rp %'.,d"
WHOLE_FORMAT: Final = "%d"
DATE_FORMAT: Final = "DD/MM/YYYY"  # momentjs: day first, always


def _money(value: Any) -> str:
    return "" if _missing(value) else format_rupiah(value)


def _whole(value: Any) -> str:
    return "" if _missing(value) else f"{int(value)}"


def _day(value: Any) -> str:
    return format_date(value, style="numeric") if isinstance(value, date) else ""


def _missing(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _is_whole_float(column: pd.Series) -> bool:
    """A number column that became float only because some cells are empty (days late)."""
    if column.dtype.kind != "f":
        return False
    values = column.dropna()
    return bool(len(values)) and bool((values == values.round()).all())


def _whole_rupiah(column: pd.Series) -> pd.Series | None:
    """The column as whole, non-negative rupiah the grid's format can write, else ``None``.

    ``None`` when a cell holds sen (``Decimal("1250000.50")``) or a negative amount (the house
    style writes ``-Rp 50.000``, the column format would write ``Rp -50.000``): those columns
    are formatted in Python. Exact decimals with no sen become ints; empty cells stay empty.
    """
    kind = column.dtype.kind
    if kind in "iu":
        return None if bool((column < 0).any()) else column
    if kind == "f":
        values = column.dropna()
        whole = bool((values == values.round()).all()) and not bool((values < 0).any())
        return column if whole else None
    if kind != "O":
        return None
    cells: list[int | None] = []
    for value in column:
        if _missing(value):
            cells.append(None)
        elif type(value) is int and value >= 0:
            cells.append(value)
        elif isinstance(value, Decimal) and value >= 0 and value == value.to_integral_value():
            cells.append(int(value))
        else:
            return None
    return pd.Series(cells, index=column.index, dtype="Int64")


def _all_dates(column: pd.Series) -> bool:
    """Only dates (or empty cells), at least one: what the grid's date column can show."""
    seen = False
    for value in column:
        if isinstance(value, date):
            seen = True
        elif not _missing(value):
            return False
    return seen


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
    """Render a table; money and date columns formatted for display, values kept for sorting.

    Empty cells are blank. At most ``MAX_STYLED_ROWS`` rows are shown, with a caption saying so.
    """
    shown = frame
    if len(frame) > MAX_STYLED_ROWS:
        st.caption(
            t(
                "ui.rows_truncated",
                lang,
                shown=format_count(MAX_STYLED_ROWS, lang),
                total=format_count(len(frame), lang),
            )
        )
        shown = frame.head(MAX_STYLED_ROWS)
    config, replaced, styled = table_formats(shown, money=money, dates=dates)
    if replaced:
        shown = shown.assign(**replaced)
    data: Any = shown.style.format(styled, na_rep="") if styled else shown
    if isinstance(height, int) and len(shown) * ROW_HEIGHT + 40 < height:
        height = "auto"  # a short table should not trail empty rows
    kwargs: dict[str, Any] = {"hide_index": True, "height": height, "placeholder": ""}
    if config:
        kwargs["column_config"] = config
    if key is not None:
        kwargs["key"] = key
    if on_select != "ignore":
        kwargs.update(on_select=on_select, selection_mode="single-row")
    return st.dataframe(data, **kwargs)


def table_formats(
    shown: pd.DataFrame, *, money: Sequence[str] = (), dates: Sequence[str] = ()
) -> tuple[dict[str, Any], dict[str, pd.Series], dict[str, Callable[[Any], str]]]:
    """How each column of a table is displayed: grid column formats where they can write the
    house style, else Python formatters for a Styler (which a column format would override).

    Returns the ``column_config``, the columns to replace by their whole-rupiah values (exact
    decimals without sen), and the Styler formatters.
    """
    config: dict[str, Any] = {}
    replaced: dict[str, pd.Series] = {}
    styled: dict[str, Callable[[Any], str]] = {}
    money_set, date_set = set(money), set(dates)
    for name in shown.columns:
        column = shown[name]
        if name in money_set:
            whole = _whole_rupiah(column)
            if whole is None:
                styled[name] = _money
                continue
            if whole is not column:
                replaced[name] = whole
            config[name] = st.column_config.NumberColumn(
                format=MONEY_FORMAT, width=_money_width(whole, str(name))
            )
        elif name in date_set:
            if column.dtype.kind == "O" and not _all_dates(column):
                if column.map(_missing).all():
                    continue  # nothing to show: blank cells
                styled[name] = _day
            else:
                config[name] = st.column_config.DateColumn(format=DATE_FORMAT)
        elif _is_whole_float(column):
            config[name] = st.column_config.NumberColumn(format=WHOLE_FORMAT)
    return config, replaced, styled


def _money_width(column: pd.Series, label: str) -> int:
    """Pixels for a money column wide enough for its largest figure as shown ("Rp 200.000"):
    the grid sizes a column by the rows it sees first, so a Retur column of "Rp 0" on top
    showed "‹200.000" further down (round 85)."""
    numbers = pd.to_numeric(column, errors="coerce")
    top = numbers.abs().max() if len(column) else 0
    widest = len(format_rupiah(0 if pd.isna(top) else int(top)))
    widest += bool(len(column)) and bool((numbers < 0).any())  # a minus sign
    # About 7 pixels a character in the grid's font, and its cell padding (a phone's 390
    # pixels still show the invoice, the customer and what is owed).
    return 7 * max(widest, len(label)) + 20


def download_xlsx(
    label: str,
    sheets: dict[str, pd.DataFrame],
    file_name: str,
    *,
    key: str,
    money: Sequence[str] = (),
) -> None:
    """An Excel download of the given tables, built only when clicked (text stays text)."""
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


# The cash-in forecast's rows behind one week, as the overview shows and downloads them.
FORECAST_MONEY = ("col.amount", "forecast.col.weighted")


def forecast_week_table(week: Week, lang: Lang) -> pd.DataFrame:
    """The rows behind one week: customer, invoice, amount, expected date, chance, expected."""
    columns = [
        "col.customer",
        "forecast.col.kind",
        "forecast.col.reference",
        "col.due_date",
        "col.amount",
        "forecast.col.expected_date",
        "forecast.col.weight",
        "forecast.col.weighted",
        "forecast.col.basis",
    ]
    return frame(
        (
            dict(
                zip(
                    [t(c, lang) for c in columns],
                    [
                        row.customer,
                        row.kind_text(lang),
                        row.reference if row.kind == "invoice" else ", ".join(row.invoices),
                        row.due_date,
                        row.amount,
                        row.expected,
                        row.weight_pct,
                        row.weighted,
                        row.basis_text(lang),
                    ],
                    strict=True,
                )
            )
            for row in week.rows
        ),
        [t(c, lang) for c in columns],
    )
