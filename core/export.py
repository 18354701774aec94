"""Real Excel workbooks from tables: numbers stay numbers, dates stay dates, text stays inert.

``to_xlsx`` writes one sheet per table with a bold, frozen header row and columns wide enough
to read. Amounts in the money columns get the format ``#,##0``, which Excel shows with the
owner's own separators (1.250.000 on an Indonesian Windows). Text is saved as text: a text
that Excel could take for a formula (it begins with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return) is a string cell with Excel's quote-prefix style (what Excel itself does when
one types ``'=1+1``), so a customer named ``=HYPERLINK(...)`` stays a name in the owner's Excel,
is shown exactly as written ("- lunas", not "'- lunas") and stays text when the cell is edited.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Collection, Mapping, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import TYPE_CHECKING, Final, TypeAlias

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

if TYPE_CHECKING:
    import pandas as pd
    from openpyxl.cell.cell import Cell, MergedCell
    from openpyxl.worksheet.worksheet import Worksheet

Rows: TypeAlias = "Sequence[Mapping[str, object]]"
Table: TypeAlias = "Rows | pd.DataFrame"
CellValue: TypeAlias = int | float | Decimal | str | datetime | date | time | None

MONEY_FORMAT: Final = "#,##0"
MONEY_FORMAT_SEN: Final = "#,##0.00"
DATE_FORMAT: Final = "DD/MM/YYYY"
DATETIME_FORMAT: Final = "DD/MM/YYYY HH:MM"

FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
MAX_SHEET_TITLE: Final = 31
MAX_CELL_TEXT: Final = 32_767
_MIN_WIDTH, _MAX_WIDTH = 6, 60

# Characters XML 1.0 (and so .xlsx) cannot hold: C0 controls but tab/newline/CR, lone
# surrogates, U+FFFE and U+FFFF. openpyxl refuses them; we drop them instead of failing.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BAD_TITLE_CHARS = re.compile(r"[\[\]:*?/\\]")
_HEADER_FILL = PatternFill("solid", fgColor="EEEEEE")


def formula_like(text: str) -> bool:
    """Whether Excel could take ``text``, typed into a cell, for a formula.

    >>> formula_like('=HYPERLINK("http://x")'), formula_like("- lunas"), formula_like("Toko")
    (True, True, False)
    >>> formula_like(" =1+1")  # Excel does not read a leading space as a formula
    False
    """
    return text.startswith(FORMULA_STARTS)


def _as_text(cell: Cell | MergedCell) -> None:
    """A text cell that no spreadsheet runs as a formula: a string, with the quote prefix."""
    if isinstance(cell.value, str) and formula_like(cell.value):
        cell.data_type = "s"  # openpyxl made "=…" a formula: it is the text as written
        cell.quotePrefix = True


def sheet_title(name: str, taken: Collection[str] = ()) -> str:
    """A sheet name Excel accepts: at most 31 characters, none of ``[]:*?/\\``, not in ``taken``.

    ``taken`` is compared without case, as Excel does.

    >>> sheet_title("Jan/Feb [2026]")
    'Jan-Feb (2026)'
    >>> sheet_title("Faktur", taken={"faktur"})
    'Faktur (2)'
    """
    text = _ILLEGAL_XML.sub("", name).replace("[", "(").replace("]", ")")
    text = _BAD_TITLE_CHARS.sub("-", text).strip().strip("'").strip()
    if not text or text.casefold() == "history":  # Excel reserves "History"
        text = f"Sheet {text}".strip()
    text = text[:MAX_SHEET_TITLE].rstrip("' ")
    lowered = {title.casefold() for title in taken}
    candidate, number = text, 1
    while candidate.casefold() in lowered:
        number += 1
        suffix = f" ({number})"
        candidate = text[: MAX_SHEET_TITLE - len(suffix)].rstrip("' ") + suffix
    return candidate


def to_xlsx(sheets: Mapping[str, Table], *, money_columns: Collection[str] = ()) -> bytes:
    """An .xlsx workbook with one sheet per entry of ``sheets``, as bytes.

    Each table is a sequence of row mappings (the columns are the keys, in order of first
    appearance) or a pandas ``DataFrame`` (its index is left out). Numbers in a column named in
    ``money_columns`` get the money format; dates get ``DD/MM/YYYY``; missing values (``None``,
    NaN, NaT) leave the cell empty; anything else is written as text (see ``formula_like``).
    Sheet names are made valid and unique. An empty mapping gives a workbook with one empty sheet.
    """
    workbook = Workbook()
    for default in workbook.worksheets:
        workbook.remove(default)
    taken: list[str] = []
    for name, table in sheets.items():
        title = sheet_title(name, taken)
        taken.append(title)
        _write_sheet(workbook.create_sheet(title), _rows_of(table), set(money_columns))
    if not taken:
        workbook.create_sheet("Sheet1")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _rows_of(table: Table) -> tuple[list[str], list[list[object]]]:
    """Column names and rows of plain Python values from either kind of table."""
    if isinstance(table, Sequence):
        records: Sequence[Mapping[str, object]] = table
        columns = list(dict.fromkeys(str(key) for row in records for key in row))
        by_text = [{str(key): value for key, value in row.items()} for row in records]
        return columns, [[row.get(column) for column in columns] for row in by_text]
    frame = table.astype(object).where(table.notna(), None)
    columns = [str(column) for column in frame.columns]
    return columns, [list(values) for values in frame.itertuples(index=False, name=None)]


def _write_sheet(
    sheet: Worksheet, table: tuple[list[str], list[list[object]]], money: set[str]
) -> None:
    columns, rows = table
    if not columns:
        return
    widths = [_text_width(_text(column)) for column in columns]
    sheet.append([_text(column) for column in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        _as_text(cell)
    in_money = [column in money for column in columns]
    for row_number, values in enumerate(rows, start=2):
        for index, raw in enumerate(values):
            value = _cell_value(raw)
            if value is None:
                continue
            cell = sheet.cell(row=row_number, column=index + 1, value=value)
            cell.number_format = _number_format(value, in_money[index])
            _as_text(cell)
            widths[index] = max(widths[index], _display_width(value, in_money[index]))
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"


def _cell_value(value: object) -> CellValue:
    """The value a cell holds: a number, a date, text, or ``None`` (empty)."""
    if value is None or isinstance(value, bool | int | time):
        return value
    if isinstance(value, float | Decimal):
        if value != value:  # NaN: what pandas writes for a missing number
            return None
        return value if _is_finite(value) else _text(str(value))
    if isinstance(value, datetime):
        if value != value:  # pandas' NaT is a datetime that differs from itself
            return None
        # Excel has no time zones; a pandas Timestamp becomes a plain datetime.
        return datetime(*value.timetuple()[:6], value.microsecond)
    if isinstance(value, date):
        return value
    item = getattr(value, "item", None)
    if callable(item) and type(value).__module__ == "numpy":
        return _cell_value(item())
    return _text(str(value))


def _is_finite(value: float | Decimal) -> bool:
    return value.is_finite() if isinstance(value, Decimal) else math.isfinite(value)


def _text(value: str) -> str:
    return _ILLEGAL_XML.sub("", value)[:MAX_CELL_TEXT]


def _number_format(value: object, money: bool) -> str:
    if isinstance(value, datetime):
        return DATE_FORMAT if value.time() == time() else DATETIME_FORMAT
    if isinstance(value, date):
        return DATE_FORMAT
    if money and isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        whole = value == int(value)
        return MONEY_FORMAT if whole else MONEY_FORMAT_SEN
    return "General"


def _display_width(value: object, money: bool) -> int:
    """Roughly how many characters the cell shows, to size its column."""
    if isinstance(value, datetime) and value.time() != time():
        return _text_width("00/00/0000 00:00")
    if isinstance(value, date):
        return _text_width("00/00/0000")
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        shown = f"{value:,.2f}" if money and value != int(value) else f"{value:,}"
        return _text_width(shown if money else str(value))
    return _text_width(str(value))


def _text_width(text: str) -> int:
    longest = max((len(line) for line in text.splitlines()), default=0)
    return max(_MIN_WIDTH, min(_MAX_WIDTH, longest + 2))
