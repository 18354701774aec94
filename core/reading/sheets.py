"""A file's sheets as plain rows of cells: spreadsheets through python-calamine (Rust, one pass
per sheet), CSV through the standard library. Every sheet is read whole, after
``core.reading.safety`` has made sure no sheet reaches far enough to exhaust memory."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from operator import and_
from pathlib import Path
from typing import Any, Final, cast

import python_calamine

from core.reading.problems import LedgerReadError, SheetReason
from core.reading.safety import LONGEST_TEXT, Looked, UnsafeFile, check_extent
from core.reading.sniff import Format, decode_text, detect_format, sniff_delimiter
from core.speed import ahead, gc_paused


@dataclass(frozen=True, slots=True)
class RawSheet:
    """A sheet's cells as read. ``first_row`` is the Excel row number of ``rows[0]``.

    ``row_numbers`` is set for CSV, where one record may span several lines. ``text_only``:
    every cell is text (CSV), so a number is one written as digits; in a spreadsheet a number
    cell is a number and digits in a text cell are text (Excel's SUM leaves them out).
    ``uncalculated``: the cells (index in ``rows``, index in the row) that hold a formula whose
    result was never saved, read as empty; ``(-1, -1)`` for one whose place is not written.
    ``first_column`` is the sheet's column (0 for A) of each row's first cell. ``merged``: the
    cells (index in ``rows``, index in the row) that hold a value merged down over them from
    the row above, copied (``_fill_merged_down``). ``date1904``: the workbook counts its
    days from 1904 (Excel for Mac): a serial number in a General cell is a day of that system
    (a date cell is read as its date already). ``errors``: the cells (index in ``rows``,
    index in the row, the error) that hold an Excel error ("#REF!", "#N/A"), read as empty:
    the reader tells them where a figure it reads or checks stands (``SheetReader``).
    """

    name: str
    rows: list[list[object]]
    first_row: int = 1
    row_numbers: list[int] | None = None
    text_only: bool = False
    uncalculated: tuple[tuple[int, int], ...] = ()
    first_column: int = 0
    merged: frozenset[tuple[int, int]] = frozenset()
    date1904: bool = False
    errors: tuple[tuple[int, int, str], ...] = ()

    def excel_row(self, index: int) -> int:
        """The Excel row number of ``rows[index]``."""
        return next(self.excel_rows((index,)))

    def index_of_rows(self) -> dict[int, int]:
        """Each Excel row number's place in ``rows`` (``excel_row`` the other way round)."""
        places = range(len(self.rows))
        return dict(zip(self.excel_rows(places), places, strict=True))

    def part(self, start: int, stop: int | None, whole: Collection[int] = ()) -> RawSheet:
        """The sheet's columns ``start`` up to ``stop`` (a table beside others on one sheet),
        its rows numbered as in the sheet; the rows at ``whole`` (titles over every table)
        keep all their cells."""
        rows = [row if k in whole else row[start:stop] for k, row in enumerate(self.rows)]
        end = len(max(self.rows, key=len)) if stop is None else stop
        cells = tuple(
            (row, column - start) if row >= 0 else (row, column)
            for row, column in self.uncalculated
            if row < 0 or (start <= column < end and row not in whole)
        )
        merged = frozenset(
            (row, column - start)
            for row, column in self.merged
            if start <= column < end and row not in whole
        )
        errors = tuple(
            (row, column - start, error)
            for row, column, error in self.errors
            if start <= column < end and row not in whole
        )
        return replace(
            self,
            rows=rows,
            uncalculated=cells,
            first_column=self.first_column + start,
            merged=merged,
            errors=errors,
        )

    def lines(self, start: int, stop: int | None = None) -> RawSheet:
        """The sheet's rows ``start`` up to ``stop`` (a table under another on one sheet),
        numbered as in the sheet."""
        end = len(self.rows) if stop is None else stop
        numbers = None if self.row_numbers is None else self.row_numbers[start:end]
        cells = tuple(
            (row - start, column) if row >= 0 else (row, column)
            for row, column in self.uncalculated
            if row < 0 or start <= row < end
        )
        merged = frozenset(
            (row - start, column) for row, column in self.merged if start <= row < end
        )
        errors = tuple((r - start, c, e) for r, c, e in self.errors if start <= r < end)
        return replace(
            self,
            rows=self.rows[start:end],
            first_row=self.first_row + start,
            row_numbers=numbers,
            uncalculated=cells,
            merged=merged,
            errors=errors,
        )

    def excel_rows(self, indexes: Iterable[int]) -> Iterator[int]:
        """The Excel row number of each of ``rows[index]``, without a Python call per row."""
        if self.row_numbers is not None:
            return map(self.row_numbers.__getitem__, indexes)
        return map(self.first_row.__add__, indexes)


LeftAside = tuple[str, SheetReason]


def read_csv(data: bytes, name: str) -> list[RawSheet]:
    text = decode_text(data, name).replace("\x00", "")  # NULs: a stray one, a cut-off save's
    csv.field_size_limit(LONGEST_TEXT)  # a cell's longest text, as in a workbook (safety)
    delimiter = sniff_delimiter(text)
    if "'" in text:
        # A number kept as text the way a sheet is told to ("'00122", "'1250000", "'0812…"):
        # the apostrophe is no part of it, as in Excel, where it never reaches the cell.
        text = re.sub(
            rf"(^|[{re.escape(delimiter)}\n])(\"?)'(?=[+-]?\d)", r"\1\2", text, flags=re.M
        )
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[object]] = []
    numbers: list[int] = []
    line = 1
    once: dict[str, str] = {}  # each text kept once: a book's names, dates and sums repeat
    try:
        for record in reader:
            rows.append([once.setdefault(cell, cell) for cell in map(str.strip, record)])
            numbers.append(line)
            line = reader.line_num + 1
    except csv.Error as exc:
        here = _line(text, line)
        if len(here) > LONGEST_TEXT:  # one line holds the field: a cell too long for a book
            raise LedgerReadError(name, "csv_long_text", str(line)) from exc
        if '"' in here:  # a quote never closed ran the field past any cell's size
            raise LedgerReadError(name, "csv_open_quote", str(line)) from exc
        raise LedgerReadError(name, "corrupt") from exc
    del once
    if rows and max(map(len, rows)) > MAX_COLUMNS:
        wide = next(n for n, row in zip(numbers, rows, strict=True) if len(row) > MAX_COLUMNS)
        raise LedgerReadError(name, "csv_too_wide", str(wide))
    if line - 1 > len(rows):  # a record ran over several lines: a cell with line breaks
        _no_open_quote(name, rows, numbers, line, delimiter, text)
    return [RawSheet("", rows, 1, numbers, text_only=True)]


MAX_COLUMNS = 16_384  # Excel's columns: a wider line is no table (or not split where it should be)


def _line(text: str, number: int) -> str:
    """Line ``number`` (1-based) of ``text``."""
    rest = _from_line(text, number)
    end = rest.find("\n")
    return rest[: end if end >= 0 else len(rest)]


def _from_line(text: str, number: int) -> str:
    """``text`` from the start of its line ``number`` (1-based) to its end."""
    at = 0
    for _ in range(number - 1):
        at = text.find("\n", at) + 1
        if not at:
            return ""
    return text[at:]


def _no_open_quote(
    name: str, rows: list[list[object]], numbers: list[int], end: int, delimiter: str, text: str
) -> None:
    """Refuse a CSV in which a quotation mark opened and never closed swallowed the rows after
    it into one cell ('"Toko Bintang' typed with its quote: 259 invoices read as one name).
    A cell holding two lines or more that split into as many fields as the table's rows is
    such a cell; an address over a few lines is not. So is the last record's holding one such
    line when its quote is never closed (an odd count of quotation marks from its line to the
    file's end: the row after it swallowed, the file's last)."""
    widths = [len(row) for row in rows[:50] if len(row) > 1]
    if not widths:
        return
    width = max(set(widths), key=widths.count)
    last = len(rows) - 1
    for k, row in enumerate(rows):
        span = (numbers[k + 1] if k < last else end) - numbers[k]
        if span < 2 or (span < 3 and k < last):
            continue
        for cell in row:
            if isinstance(cell, str) and "\n" in cell:
                swallowed = sum(line.count(delimiter) + 1 == width for line in cell.split("\n")[1:])
                if swallowed >= 2 or (
                    swallowed and k == last and _from_line(text, numbers[k]).count('"') % 2
                ):
                    raise LedgerReadError(name, "csv_open_quote", str(numbers[k]))


def read_workbook(data: bytes, name: str, kind: Format) -> Iterator[RawSheet | LeftAside]:
    """Each sheet as ``RawSheet``, or ``(sheet name, reason)`` for one that is no table.

    The file is checked and opened at the call (``LedgerReadError`` is raised here), and its
    first sheets begin to parse in a thread of their own; the rest follow as they are taken.
    """
    sheets = _workbook_sheets(data, name, kind)
    next(sheets)  # up to the first sheet's parse begun (a started generator is closed when dropped)
    return cast(Iterator[RawSheet | LeftAside], sheets)


def _workbook_sheets(data: bytes, name: str, kind: Format) -> Iterator[RawSheet | LeftAside | None]:
    """``None`` once the file is checked and open, then each sheet."""
    looked = Looked({}, {})
    if kind in ("xlsx", "xls", "ods"):
        try:
            looked = check_extent(data, kind)
        except UnsafeFile as exc:  # before calamine could allocate a giant grid
            raise LedgerReadError(name, exc.code, exc.detail) from exc
    if looked.relations is not None:
        data = _with_relations(data, looked.relations)
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except python_calamine.PasswordError as exc:
        raise LedgerReadError(name, "password") from exc
    except Exception as exc:  # calamine raises several unrelated types for damaged files
        raise LedgerReadError(name, "corrupt") from exc
    metas = list(workbook.sheets_metadata)

    def parse(meta: Any) -> python_calamine.CalamineSheet | None:
        if meta.typ != python_calamine.SheetTypeEnum.WorkSheet:
            return None
        return workbook.get_sheet_by_name(meta.name)

    # The next sheets are parsed in a thread of their own while the caller reads the rows of
    # this one: calamine parses without holding the GIL, so on two cores a sheet-per-month
    # book is parsed and read at once. Only that thread touches the workbook until it ends.
    parsed = ahead(map(parse, metas), 1, "tagih-sheet")  # and one more being parsed
    try:
        yield None
        for meta in metas:
            try:
                sheet = next(parsed)
                if sheet is None:
                    yield (meta.name, "sheet.hidden_chart")
                    continue
                rows = cast(list[list[object]], sheet.to_python())
            except python_calamine.PasswordError as exc:
                raise LedgerReadError(name, "password") from exc
            except Exception as exc:
                raise LedgerReadError(name, "corrupt") from exc
            if not rows:
                yield (meta.name, "sheet.empty")
                continue
            start_row, start_col = sheet.start if sheet.start else (0, 0)
            merged = _fill_merged_down(rows, sheet, start_row, start_col)
            cells = tuple(
                (row - 1 - start_row, column - 1 - start_col) if row else (-1, -1)
                for row, column in looked.uncalculated.get(meta.name, ())
            )
            errors = tuple(
                (row - 1 - start_row, column - 1 - start_col, error)
                for (row, column), error in looked.errors.get(meta.name, {}).items()
                if row > start_row and column > start_col
            )
            raw = RawSheet(
                meta.name, rows, start_row + 1, None, False, cells, start_col, merged,
                looked.date1904, errors,
            )  # fmt: skip
            yield _without_long_gaps(raw) if len(rows) > _LONG_GAP else raw
    finally:
        parsed.close()  # no parse may outlive the workbook
        workbook.close()


# Empty rows in a run longer than this are no book's: a stray cell far below its table
# (a note at H1048576) stretches the sheet by a million of them.
_LONG_GAP: Final = 1000


def _without_long_gaps(sheet: RawSheet) -> RawSheet:
    """The sheet without its runs of more than ``_LONG_GAP`` empty rows (one kept in the
    place of each), its rows numbered as in Excel all the same (``row_numbers``): every rule
    after the read would look at each of the million rows a stray cell far below the table
    makes (17 s where the table is 30 rows)."""
    rows = sheet.rows

    def blank(row: list[object]) -> bool:
        return row.count("") + row.count(None) == len(row)

    # A run that long holds two rows of every ``_LONG_GAP // 2``, one after the other: a
    # sheet with none is looked at no further (a 100k-row book pays 200 looks, not 100k).
    sampled = list(map(blank, rows[:: _LONG_GAP // 2]))
    if not any(map(and_, sampled, sampled[1:])):
        return sheet
    empty = list(map(blank, rows))
    kept: list[int] = []
    k = 0
    while k < len(rows):
        if not empty[k]:
            kept.append(k)
            k += 1
            continue
        end = k
        while end < len(rows) and empty[end]:
            end += 1
        kept.extend(range(k, end) if end - k <= _LONG_GAP else (k,))
        k = end
    if len(kept) == len(rows):
        return sheet
    place = {old: new for new, old in enumerate(kept)}
    return replace(
        sheet,
        rows=[rows[k] for k in kept],
        row_numbers=[sheet.first_row + k for k in kept],
        uncalculated=tuple(
            (place[r], c) if r >= 0 else (r, c)
            for r, c in sheet.uncalculated
            if r < 0 or r in place
        ),
        merged=frozenset((place[r], c) for r, c in sheet.merged if r in place),
        errors=tuple((place[r], c, e) for r, c, e in sheet.errors if r in place),
    )


def _with_relations(data: bytes, relations: bytes) -> bytes:
    """The .xlsx ``data`` with its workbook's relationships ``relations`` instead (targets
    written from ``xl/``: ``safety.Looked.relations``), every other part as it was."""
    written = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as archive,
        zipfile.ZipFile(written, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for info in archive.infolist():
            part = info.filename
            copy.writestr(info, relations if part == _RELATIONS else archive.read(info))
    return written.getvalue()


_RELATIONS: Final = "xl/_rels/workbook.xml.rels"


def _fill_merged_down(
    rows: list[list[object]], sheet: python_calamine.CalamineSheet, top: int, left: int
) -> frozenset[tuple[int, int]]:
    """A value merged down over several rows (a customer's name written once beside all their
    invoices) holds it in its first cell only: every row of the merge gets it. The cells given
    it are returned: a figure merged over rows is one figure, which the reader takes once
    (``core.reading.rows.SheetReader``)."""
    filled: set[tuple[int, int]] = set()
    try:
        merged = sheet.merged_cell_ranges or ()
    except Exception:  # a format without merges (CSV-like sheets, some .xls)
        return frozenset()
    for (r0, c0), (r1, _c1) in merged:
        if r1 <= r0:
            continue
        row, col = r0 - top, c0 - left
        if not (0 <= row < len(rows)) or col < 0 or col >= len(rows[row]):
            continue
        value = rows[row][col]
        if value in ("", None):
            continue
        for at, below in enumerate(rows[row + 1 : r1 - top + 1], start=row + 1):
            if col < len(below) and below[col] in ("", None):
                below[col] = value
                filled.add((at, col))
    return frozenset(filled)


class _Tables(HTMLParser):
    """The tables of an HTML page as rows of texts, laid out as Excel opens them: a cell
    spanning columns leaves the columns it covers empty, so the columns stay in line; a cell
    spanning rows (a customer's name written once beside their invoices, ``rowspan="3"``)
    keeps its column in the rows under it, which get its text as a sheet's cell merged down
    does (``_fill_merged_down``): those cells are kept in ``merged``, each table's own. A
    table inside a cell is a table of its own."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[object]]] = []
        self.merged: list[set[tuple[int, int]]] = []  # each table's cells filled from above
        self.open: list[_Table] = []  # the tables being read, innermost last
        self.cell: list[str] | None = None
        self.span = (1, 1)  # the open cell's (columns, rows)
        self.cells: list[list[str] | None] = []  # the enclosing tables' open cells

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.cells.append(self.cell)
            self.cell = None
            self.open.append(_Table([], set(), {}))
            self.tables.append(self.open[-1].rows)
            self.merged.append(self.open[-1].merged)
        elif tag == "tr" and self.open:
            self._close_cell()
            self.open[-1].end_row()
            self.open[-1].rows.append([])
        elif tag in ("td", "th") and self.open:
            self._close_cell()
            if not self.open[-1].rows:
                self.open[-1].rows.append([])
            self.cell = []
            named = dict(attrs)
            self.span = (_span(named.get("colspan"), 100), _span(named.get("rowspan"), 65_534))
        elif tag == "br" and self.cell is not None:
            self.cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th", "tr"):
            self._close_cell()
            if tag == "tr" and self.open:
                self.open[-1].end_row()
        elif tag == "table" and self.open:
            self._close_cell()
            self.open.pop().end_row()
            self.cell = self.cells.pop()

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)

    def _close_cell(self) -> None:
        if self.cell is not None and self.open and self.open[-1].rows:
            text = " ".join("".join(self.cell).split())
            self.open[-1].place(text or None, *self.span)
        self.cell = None
        self.span = (1, 1)


def _span(written: str | None, most: int) -> int:
    """A ``colspan`` or ``rowspan`` as a count of cells, 1 when it is none, up to ``most``
    (``rowspan="0"``, to the table's end, is ``most``)."""
    if written is None or not written.strip().isdigit():
        return 1
    return min(int(written), most) or most


@dataclass(slots=True)
class _Table:
    """One HTML table as it is read: its rows, the cells given a text from a cell spanning
    rows above them (``merged``), and the columns such cells still hold: each column's last
    row and the text its cell there gets (``None`` past the spanning cell's first column)."""

    rows: list[list[object]]
    merged: set[tuple[int, int]]
    below: dict[int, tuple[int, str | None]]

    def place(self, text: str | None, columns: int, rows: int) -> None:
        """A cell in the last row's next column that no cell above holds."""
        k, row = len(self.rows) - 1, self.rows[-1]
        while (held := self._held(k, len(row))) is not None:
            self._fill(k, held)
        at = len(row)
        row.extend([text, *([None] * (columns - 1))])
        if rows > 1:
            for column in range(at, at + columns):
                self.below[column] = (k + rows - 1, text if column == at else None)

    def end_row(self) -> None:
        """The last row's columns past its own cells that cells above hold, filled."""
        if not self.rows or not self.below:
            return
        k, row = len(self.rows) - 1, self.rows[-1]
        self.below = {c: held for c, held in self.below.items() if held[0] >= k}
        for column in sorted(c for c in self.below if c >= len(row)):
            row.extend([None] * (column - len(row)))
            self._fill(k, self.below[column])

    def _held(self, k: int, column: int) -> tuple[int, str | None] | None:
        """What holds row ``k``'s ``column`` from a row above (its last row, its text)."""
        held = self.below.get(column)
        return held if held is not None and held[0] >= k else None

    def _fill(self, k: int, held: tuple[int, str | None]) -> None:
        """Row ``k``'s next cell, held from above: the spanning cell's text, or empty."""
        if held[1] is not None:
            self.merged.add((k, len(self.rows[k])))
        self.rows[k].append(held[1])


def read_html(data: bytes, name: str) -> list[RawSheet]:
    """The tables of a web program's "Excel" download (an HTML page saved as .xls), each a
    sheet of texts ("Tabel 1", "Tabel 2", …) read as a CSV's are; a row is numbered by its
    place in its table."""
    parser = _Tables()
    try:
        parser.feed(decode_text(data, name))
        parser.close()
    except (AssertionError, ValueError) as exc:  # what the parser raises on a broken page
        raise LedgerReadError(name, "corrupt") from exc
    tables = [
        (rows, merged)
        for rows, merged in zip(parser.tables, parser.merged, strict=True)
        if len(rows) >= 2
    ]
    if not tables:
        raise LedgerReadError(name, "html")
    return [
        RawSheet(
            f"Tabel {n}" if len(tables) > 1 else "Tabel",
            rows,
            1,
            text_only=True,
            merged=frozenset(merged),
        )
        for n, (rows, merged) in enumerate(tables, start=1)
    ]


def iter_sheets(data: bytes, name: str) -> tuple[Format, Iterator[RawSheet | LeftAside]]:
    """Detect the file's kind, check it and open it (``LedgerReadError`` when it cannot be
    read); its sheets are parsed as the iterator is consumed, the next ones in a thread."""
    kind = detect_format(data, name)
    if kind == "csv":
        return kind, iter(read_csv(data, name))
    if kind == "html":
        return kind, iter(read_html(data, name))
    return kind, read_workbook(data, name, kind)


@gc_paused()
def file_bytes(path: Path, label: str | None = None) -> bytes:
    """A file's bytes; ``LedgerReadError`` ("missing", or why not) when it cannot be opened."""
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise LedgerReadError(label or path.name, "missing") from exc
    except IsADirectoryError as exc:
        raise LedgerReadError(label or path.name, "folder") from exc
    except PermissionError as exc:
        raise LedgerReadError(label or path.name, "no_access") from exc
    except OSError as exc:
        detail = exc.strerror or type(exc).__name__
        raise LedgerReadError(label or path.name, "unknown_error", detail) from exc


@dataclass(frozen=True, slots=True)
class OpenedFile:
    """A file whose reading has begun (``open_file``): its bytes, its kind and its sheets being
    parsed, or why it cannot be read. ``core.ingest.read_ledger`` reads it as it would the path."""

    name: str
    data: bytes
    opened: tuple[Format, Iterator[RawSheet | LeftAside]] | Exception

    def sheets(self) -> tuple[Format, Iterator[RawSheet | LeftAside]]:
        """What ``iter_sheets`` gave, or what it raised (``LedgerReadError``), raised now."""
        if isinstance(self.opened, Exception):
            raise self.opened
        return self.opened


def open_file(path: Path) -> OpenedFile:
    """Begin reading the file at ``path`` now: read it, check it and start parsing its first
    sheets in a thread. ``python -m core summary`` opens its first file this way before it
    loads the rules, which load while calamine parses (a book of one sheet leaves the rules
    nothing to do until its sheet is parsed)."""
    data = b""
    try:
        data = file_bytes(path)
        return OpenedFile(path.name, data, iter_sheets(data, path.name))
    except Exception as exc:  # raised where the file is read, as it would have been there
        return OpenedFile(path.name, data, exc)
