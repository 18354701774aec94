"""Read an owner's receivables spreadsheets into invoices, payments and a report of what was odd.

``read_ledger`` never raises on a messy row: each one it cannot use becomes a ``Problem`` with
file, sheet, Excel row and column, and the rest is read. It raises ``LedgerReadError`` only
when a whole file cannot be read, with a message the owner can act on.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import Enum
from functools import lru_cache
from itertools import compress, repeat
from operator import itemgetter, not_
from pathlib import Path
from typing import Any, Final, Literal, TypeVar, cast

from core.columns import ColumnChoice, Field, map_columns, normalise_header, payment_parts
from core.dates import DateError, parse_date, parse_terms
from core.formats import Format, LedgerReadError, PiecesDisagree, RawSheet, iter_sheets
from core.i18n import Lang, t
from core.ledger import Contact, DueSource, Invoice, Payment, Source, clean_name
from core.money import Amount, AmountError, parse_amount
from core.speed import gc_paused

__all__ = [
    "Batch", "IgnoredSheet", "LedgerFile", "LedgerReadError", "Problem", "SheetReport",
    "detect_header_row", "read_ledger", "read_ledgers",
]  # fmt: skip


HEADER_SCAN_ROWS: Final = 30
DEFAULT_TERM_DAYS: Final = 30
SheetKind = Literal["invoices", "payments", "contacts"]
_Dates = tuple[date | None, date, DueSource]

_PAYMENT_NAME = re.compile(r"bayar|pembayaran|payment|pelunasan|cicilan|angsuran|setoran|receipt")
_TOTAL_LABELS: Final = frozenset({
    "total", "totals", "jumlah", "jml", "grand total", "grandtotal", "subtotal", "sub total",
    "total keseluruhan", "jumlah total", "total piutang", "total tagihan", "total bulan ini",
    "saldo akhir", "total penjualan", "sum", "total akhir", "jumlah keseluruhan", "total all",
})  # fmt: skip
_TOTAL_PREFIX = re.compile(r"^(grand total|sub total|subtotal|total)\b")
_UNPAID_WORDS = (
    "belum",
    "unpaid",
    "not paid",
    "partial",
    "sebagian",
    "outstanding",
    "open",
    "kurang",
    "cicil",
    "pending",
    "due",
    "sisa",
)
_CURRENCY_ONLY = frozenset({"rp", "idr"})
_PAID_WORDS = ("lunas", "paid", "settled", "selesai", "closed", "sudah bayar", "sudah dibayar")
_K = TypeVar("_K")
_V = TypeVar("_V")


@dataclass(frozen=True, slots=True)
class Problem:
    """A row that could not be used (or a note about one), and why."""

    code: str
    file: str
    sheet: str
    row: int
    column: str
    value: str = ""

    def message(self, lang: Lang = "id") -> str:
        return t(f"problem.{self.code}", lang, value=self.value)

    def as_dict(self, lang: Lang = "id") -> dict[str, Any]:
        return {
            "file": self.file,
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "code": self.code,
            "message": self.message(lang),
        }


@dataclass(frozen=True, slots=True)
class IgnoredSheet:
    """A sheet that is not a ledger (notes, a pivot, a chart), with the reason."""

    file: str
    sheet: str
    reason_key: str
    params: tuple[tuple[str, str], ...] = ()

    def reason(self, lang: Lang = "id") -> str:
        return t(self.reason_key, lang, **dict(self.params))

    def as_dict(self, lang: Lang = "id") -> dict[str, str]:
        return {"file": self.file, "sheet": self.sheet, "reason": self.reason(lang)}


@dataclass(slots=True)
class SheetReport:
    """What was read from one sheet: its kind, header row, columns as mapped, rows and records."""

    name: str
    kind: SheetKind
    header_row: int
    columns: dict[Field, ColumnChoice]
    rows_read: int = 0
    records: int = 0
    headers: list[str] = field(default_factory=list)


@dataclass(slots=True)
class LedgerFile:
    """Everything read from one file. ``format`` says which reader was used."""

    name: str
    format: Format
    digest: str
    invoices: list[Invoice] = field(default_factory=list)
    payments: list[Payment] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    sheets: list[SheetReport] = field(default_factory=list)
    ignored: list[IgnoredSheet] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    default_term_used: int = 0


def _is_text(cell: object) -> bool:
    return isinstance(cell, str) and bool(cell.strip())


def detect_header_row(
    rows: Sequence[Sequence[object]],
    overrides: Mapping[str, str | None] | None = None,
) -> tuple[int, dict[Field, ColumnChoice]] | None:
    """Find the header row among the first rows by label matching and row shape.

    Each candidate row (two or more text cells) is scored by the confidence of the fields its
    cells name; the best row that names a customer or an invoice number wins, the earliest on a
    tie. Returns the row's index in ``rows`` and its column mapping.
    """
    best: tuple[int, int, dict[Field, ColumnChoice]] | None = None
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        if sum(1 for cell in row if _is_text(cell)) < 2:
            continue
        labels = tuple(cell if _is_text(cell) else None for cell in row)
        columns = _map_columns(labels, tuple(overrides.items()) if overrides else None)
        if "customer" not in columns and "invoice_no" not in columns:
            continue
        if not {"amount", "paid", "balance", "phone", "email", "address"} & columns.keys():
            continue
        score = sum(c.confidence for name, c in columns.items() if name != "row_no")
        if best is None or score > best[0]:
            best = (score, index, columns)
    return None if best is None else (best[1], dict(best[2]))  # a copy: the cache keeps its own


@lru_cache(maxsize=256)
def _map_columns(
    labels: tuple[object, ...], overrides: tuple[tuple[str, str | None], ...] | None
) -> dict[Field, ColumnChoice]:
    """``map_columns``, once per distinct header row: a sheet per month repeats one header."""
    return map_columns(labels, dict(overrides) if overrides else None)


def classify_sheet(columns: Mapping[Field, ColumnChoice], names: str) -> SheetKind | str:
    """Invoices, payments or contacts; otherwise the reason key for leaving the sheet aside."""
    has = columns.keys()
    named_payment = bool(_PAYMENT_NAME.search(names.lower()))
    identifies = "invoice_no" in has or "customer" in has
    payment_like = (
        identifies
        and ("paid" in has or ("amount" in has and named_payment))
        and not ({"due_date", "terms", "balance"} & has)
    )
    payment_like = payment_like and (named_payment or "payment_date" in has or "amount" not in has)
    invoice_like = (
        "customer" in has
        and ({"amount", "balance"} & has)
        and bool({"invoice_no", "invoice_date", "due_date", "terms"} & has)
    )
    if named_payment and payment_like:
        return "payments"
    if invoice_like:
        return "invoices"
    if payment_like:
        return "payments"
    if "customer" in has and not ({"amount", "balance", "paid"} & has):
        return "contacts"
    if "customer" in has:
        return "sheet.summary_only"
    return "sheet.no_header"


class _Cells:
    """Column positions for one sheet; ``get`` returns ``None`` for an empty or absent cell."""

    __slots__ = ("headers", "idx", "paid_parts")

    def __init__(
        self, columns: Mapping[Field, ColumnChoice], header: Sequence[object] = ()
    ) -> None:
        self.idx: dict[str, int] = {name: c.index for name, c in columns.items()}
        self.headers: dict[str, str] = {name: c.header for name, c in columns.items()}
        # "Bayar 1", "Bayar 2"…: paid is their sum, unless a single paid column ("Total Bayar")
        # was found besides them.
        parts = payment_parts(header)
        paid = self.idx.get("paid")
        self.paid_parts: list[int] = parts if parts and (paid is None or paid in parts) else []
        for i in self.paid_parts:
            self.headers[f"paid@{i}"] = _text(header[i])

    def get(self, row: Sequence[object], name: str) -> object:
        i = self.idx.get(name, -1)
        if i < 0 or i >= len(row):
            return None
        value = row[i]
        if value == "" or value is None:
            return None
        if isinstance(value, str):
            value = value.strip()
            if value.lower().rstrip(".") in _CURRENCY_ONLY and i + 1 < len(row):
                # "Rp" in a cell of its own, the number in the next one (a common template).
                following = row[i + 1]
                return None if following in ("", None) else following
            return value or None
        return value

    def cell(self, row: Sequence[object], i: int) -> object:
        value = row[i] if i < len(row) else None
        if isinstance(value, str):
            value = value.strip()
        return None if value in ("", None) else value


def _text(value: object) -> str:
    """A cell as display text: 1001.0 → '1001'."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value).strip()


def _phone(value: object) -> str | None:
    if value is None:
        return None
    text = _text(value)
    # A number cell loses the leading 0 of 0812…: put it back.
    if isinstance(value, (int, float)) and text.startswith("8") and 9 <= len(text) <= 13:
        text = "0" + text
    return text or None


def _status_paid(value: object) -> bool:
    if not isinstance(value, str):
        return False
    text = value.lower()
    if any(word in text for word in _UNPAID_WORDS):
        return False
    return any(word in text for word in _PAID_WORDS)


def _is_total_row(row: Sequence[object], customer: object, number: object, row_no: object) -> bool:
    """A TOTAL / JUMLAH / GRAND TOTAL / subtotal line, whichever column carries the label.

    ``customer``, ``number`` and ``row_no`` are the row's cells of those fields as
    ``_Cells.get`` reads them.
    """
    labels = (number, row_no) if number is not None and customer is None else (
        customer, row_no, number
    )  # fmt: skip
    for value in labels:
        if isinstance(value, str) and _is_total_label(value):
            return True
    if number is not None and customer is not None:
        return False
    first = next((cell for cell in row if _is_text(cell)), None)
    return isinstance(first, str) and _is_total_label(first)


# Every total label (and the prefixes) holds one of these words; ``normalise_header`` only turns
# characters into spaces, so a text without any of them in its lower case cannot be a total.
_TOTAL_HINT = re.compile("total|jumlah|jml|sum|saldo")


@lru_cache(maxsize=1 << 14)  # a column's names and numbers come back sheet after sheet
def _is_total_label(text: str) -> bool:
    if not _TOTAL_HINT.search(text.lower()):
        return False
    norm = normalise_header(text)
    return norm in _TOTAL_LABELS or bool(_TOTAL_PREFIX.match(norm))


def _is_blank(row: Sequence[object], skip: int) -> bool:
    for i, cell in enumerate(row):
        if i == skip or cell is None or cell == "":
            continue
        if isinstance(cell, str) and not cell.strip():
            continue
        if isinstance(cell, (int, float)) and not isinstance(cell, bool) and cell == 0:
            continue
        return False
    return True


class _Memo(dict[_K, _V]):
    """A dict that computes a missing entry once with ``func``: text parsed once per spelling."""

    __slots__ = ("func",)

    def __init__(self, func: Callable[[_K], _V]) -> None:
        super().__init__()
        self.func = func

    def __missing__(self, key: _K) -> _V:
        value = self[key] = self.func(key)
        return value


class _Currency:
    """A text cell that is only a currency ("Rp"): the amount is in the next cell."""

    __slots__ = ()


_CURRENCY: Final = _Currency()


def _text_cell(value: str) -> object:
    text = value.strip()
    # A cheap look first: only a text starting with r or i can be "rp" or "idr" in lower case.
    if text[:1] in ("r", "R", "i", "I") and text.lower().rstrip(".") in _CURRENCY_ONLY:
        return _CURRENCY
    return text or None


def _column_texts(
    rows: Sequence[Sequence[object]],
    start: int,
    i: int,
    narrowest: int | None = None,
    taken: Sequence[object] | None = None,
    stop: int | None = None,
) -> tuple[list[object], Collection[str] | None]:
    """Column ``i`` of the rows from ``start`` on, each cell as ``_Cells.get`` reads it.

    The hot loop of a large ledger, kept in C: the column is taken with ``itemgetter``, each
    distinct text is looked at once (stripped, blank → None, a lone "Rp"/"IDR" marked), and
    every cell mapped through that table with ``dict.get`` (a number or date is its own
    default: a text never equals one). ``narrowest`` is the shortest row's length, when known;
    ``taken`` the raw cells of the column, when the caller has them already; ``stop`` ends the
    rows looked at (the end of the sheet by default). With the column come its distinct texts
    when they are known without a further look (``None`` when not).
    """
    body = rows[start:stop]
    if i < 0:
        return [None] * len(body), ()
    if narrowest is None:
        narrowest = min(map(len, body), default=0)
    cells: Sequence[object]
    if taken is not None:
        cells = taken
    elif not body or narrowest > i:
        cells = list(map(itemgetter(i), body))
    else:
        cells = [row[i] if i < len(row) else None for row in body]
    distinct = [v for v in set(cells) if type(v) is str]
    if list(map(str.strip, distinct)) == distinct and not _lone_currency(distinct):
        # No text with spaces at an edge and none a lone "Rp" (nearly always): every text
        # stays as it is but "", without a look at each.
        if "" not in distinct:
            return list(cells), distinct
        blank: dict[object, object] = {"": None}
        return list(map(blank.get, cells, cells)), [v for v in distinct if v]
    texts: dict[object, object] = {
        v: t if (t := v.strip()) and t[0] not in "rRiI" else _text_cell(v) for v in distinct
    }
    out = list(map(texts.get, cells, cells))
    if _CURRENCY in texts.values():
        # "Rp" in a cell of its own, the number in the next one (a common template).
        for k, value in enumerate(out):
            if value is _CURRENCY:
                row = body[k]
                if i + 1 < len(row):
                    following = row[i + 1]
                    out[k] = None if following in ("", None) else following
                else:
                    out[k] = _text(row[i])
    return out, None


def _total_positions(cells: Sequence[object], texts: Collection[str] | None = None) -> set[int]:
    """Positions of the text cells that are a total label (``_is_total_label``); ``texts``
    are the distinct texts among ``cells``, when known.

    One look at the column's distinct texts first: invoice numbers are all different, and rarely
    does any of them hold a word a total label needs. A label found (a sheet has a few) is then
    looked for along the column by ``list.index``, in C.
    """
    if texts is None:
        texts = cast(set[str], set(filter(_IS_TEXT, cells)))
    if not texts or not _TOTAL_HINT.search("\n".join(texts).lower()):
        return set()
    labels = [text for text in texts if _is_total_label(text)]  # each spelling once
    if len(labels) > 4:
        found = set(labels)
        return {k for k, value in enumerate(cells) if isinstance(value, str) and value in found}
    at: set[int] = set()
    for label in labels:
        k = -1
        with contextlib.suppress(ValueError):
            while True:
                k = cells.index(label, k + 1)
                at.add(k)
    return at


_IS_TEXT: Final = str.__instancecheck__


def _lone_currency(texts: list[str]) -> bool:
    """Whether any of ``texts`` (stripped) may be a lone "Rp"/"IDR" (``_text_cell``), by a few
    C-speed searches of them all joined. It may say yes for more (a NUL inside a text), never
    for fewer."""
    joined = "\x00" + "\x00".join(texts).lower() + "\x00"
    return any(mark in joined for mark in _CURRENCY_MARKS)


_CURRENCY_MARKS: Final = tuple(f"\x00{c}{end}" for c in _CURRENCY_ONLY for end in ("\x00", "."))


class _Bad(Enum):
    """The parse of a cell that holds no amount (``AmountError``): one value, told by ``is``."""

    BAD = 0


_BAD: Final = _Bad.BAD


def _amounts(cells: Sequence[object]) -> list[Amount | _Bad | None]:
    """``parse_amount`` of each cell, ``_BAD`` where it raises; text parsed once per spelling."""
    texts: _Memo[str, Amount | _Bad | None] = _Memo(_amount_or_bad)
    return [
        int(value)
        if type(value) is float and value.is_integer()
        else (int(value) if value.isascii() and value.isdigit() else texts[value])  # CSV: "150000"
        if type(value) is str
        else None
        if value is None
        else _amount_or_bad(value)
        for value in cells
    ]


def _taker(positions: Sequence[int]) -> Callable[[Sequence[Any]], Sequence[Any]]:
    """A function taking the cells at ``positions`` (increasing) from a column, in C."""
    first, last = positions[0], positions[-1]
    if last - first == len(positions) - 1:  # no row left out between: a slice
        return itemgetter(slice(first, last + 1))
    if len(positions) == 1:
        return lambda cells: [cells[first]]
    return itemgetter(*positions)


def _amount_or_bad(value: object) -> Amount | _Bad | None:
    try:
        return parse_amount(value)
    except AmountError:
        return _BAD


class _SheetReader:
    """Turns one sheet's rows into records, collecting problems.

    Cells are taken a column at a time (``col``) and text is parsed once per distinct spelling
    (dates, amounts, terms, statuses, names): a ledger repeats the same few hundred customers,
    dates and notes over thousands of rows.
    """

    # Whether the usual rows are taken many at a time (the tests compare with row by row).
    bulk: bool = True

    def __init__(
        self,
        out: LedgerFile,
        sheet: RawSheet,
        header: int,
        columns: dict[Field, ColumnChoice],
        default_term: int,
    ) -> None:
        self.out = out
        self.sheet = sheet
        self.header = header
        self.start = header + 1
        self.stop = len(sheet.rows)  # the rows read now: a block of the sheet (``block``)
        self.cells = _Cells(columns, sheet.rows[header])
        self.default_term = timedelta(days=default_term)
        self.date_cache: dict[str, date | None] = {}
        self.terms_cache: dict[object, int | None] = {}
        self.status_cache: dict[str, bool] = {}
        self.days: dict[int, timedelta] = {}
        self.deltas: dict[object, timedelta] = {}
        self.columns: dict[str, list[object]] = {}
        self.texts: dict[str, Collection[str] | None] = {}  # each column's distinct texts
        self.narrowest: int | None = None
        self.transposed: list[tuple[object, ...]] = []
        # Sums seen so far (``data_rows``), carried from one block to the next.
        self.grand: Amount = 0
        self.section: Amount = 0
        self.totals: set[Amount] = set()
        self.parsed: dict[str, list[Amount | _Bad | None]] = {}
        self.names: _Memo[str, str] = _Memo(_name)

    def col(self, name: str) -> list[object]:
        """The cells of one field under the header (``None`` where empty or absent), cached."""
        found = self.columns.get(name)
        if found is None:
            index = self.cells.idx.get(name, -1)
            if self.narrowest is None:  # once per block
                body = self.sheet.rows[self.start : self.stop]
                self.narrowest = min(map(len, body), default=0)
                # Rows of one width (a workbook's always are) are turned into columns in one
                # pass over the rows: on a long sheet, a pass over every row per column is
                # slower than the work itself (each row is far from the last in memory).
                if body and self.narrowest == max(map(len, body)):
                    self.transposed = list(zip(*body, strict=True))
            taken = self.transposed[index] if 0 <= index < len(self.transposed) else None
            found, self.texts[name] = _column_texts(
                self.sheet.rows, self.start, index, self.narrowest, taken, self.stop
            )
            self.columns[name] = found
        return found

    def block(self, start: int, stop: int) -> None:
        """Read rows ``start`` to ``stop`` next. A long sheet is read a block of rows at a time:
        taking a column of 100k rows at once visits every row's cells far apart in memory,
        and was twice as slow as the same rows in sheets of a month each (measured)."""
        self.start, self.stop = start, stop
        self.columns.clear()
        self.texts.clear()
        self.parsed.clear()
        self.narrowest, self.transposed = None, []

    def problem(self, code: str, row_index: int, column: str, value: object = "") -> None:
        header = self.cells.headers.get(column, column)
        shown = _text(value) if value is not None else ""
        self.out.problems.append(
            Problem(
                code, self.out.name, self.sheet.name, self.sheet.excel_row(row_index), header, shown
            )
        )

    def read_date(self, value: object) -> date | None:
        """Parse a date cell, remembering text forms: a ledger repeats the same dates often."""
        if type(value) is date:
            return value
        if isinstance(value, str):
            if value in self.date_cache:
                return self.date_cache[value]
            parsed = parse_date(value)
            self.date_cache[value] = parsed
            return parsed
        return parse_date(value)

    def terms(self, value: object) -> int | None:
        """``parse_terms`` or ``None``, remembered for text and numbers (never for a bool)."""
        if type(value) is str or type(value) is float:
            if value in self.terms_cache:
                return self.terms_cache[value]
            days = self.terms_cache[value] = _terms_or_none(value)
            return days
        return _terms_or_none(value)

    def status_paid(self, value: object) -> bool:
        if type(value) is not str:
            return _status_paid(value)
        found = self.status_cache.get(value)
        if found is None:
            found = self.status_cache[value] = _status_paid(value)
        return found

    def amounts(self, name: str) -> list[Amount | _Bad | None]:
        """``parse_amount`` of a field's cells (``_BAD`` where it raises), cached."""
        found = self.parsed.get(name)
        if found is None:
            found = self.parsed[name] = _amounts(self.col(name))
        return found

    def name(self, customer: object) -> str:
        """A customer cell as a name (``clean_name``), once per spelling."""
        if type(customer) is str:
            return self.names[customer]
        return clean_name(_text(customer))

    def after(self, start: date, days: int) -> date:
        delta = self.days.get(days)
        if delta is None:
            delta = self.days[days] = timedelta(days=days)
        return start + delta

    def data_rows(self) -> list[int]:
        """Indexes of the rows under the header that carry data: blank rows, totals and
        repeated headers go.

        A row naming a customer and a number in text, with no total label, is a data row
        unless it repeats the header: such rows (nearly all of a ledger) are taken a run at a
        time; the others are looked at one by one.
        """
        rows = self.sheet.rows
        start, stop = self.start, self.stop
        skip = self.cells.idx.get("row_no", -1)
        header_row = rows[self.header]
        amounts = self.amounts("amount")
        customers, numbers = self.col("customer"), self.col("invoice_no")
        row_nos, dates, dues = self.col("row_no"), self.col("invoice_date"), self.col("due_date")
        # A row naming both a customer and a number is a total only by a label in one of its
        # cells: those are looked at a column at a time.
        texts = self.texts
        labelled = set().union(
            *(
                _total_positions(cells, texts[field])
                for cells, field in (
                    (customers, "customer"),
                    (row_nos, "row_no"),
                    (numbers, "invoice_no"),
                )
            )
        )
        odd: Sequence[int] = range(stop - start)
        if self.bulk:
            odd = [
                k
                for k, (customer, number) in enumerate(zip(customers, numbers, strict=True))
                if type(customer) is not str or type(number) is not str
            ]
            if labelled:
                odd = sorted(labelled.union(odd))
        # Sums seen so far: a line with no customer, number or date whose amount equals one of
        # them is an unlabelled total under the rows it adds up, not an invoice.
        grand, section, totals = self.grand, self.section, self.totals
        kept: list[int] = []
        at = 0
        for stop_at in (*odd, stop - start):
            if at < stop_at and header_row not in rows[start + at : start + stop_at]:
                kept.extend(range(start + at, start + stop_at))
                run = sum([a for a in amounts[at:stop_at] if a is not None and a is not _BAD])
                grand += run
                section += run
                at = stop_at
            for k in range(at, min(stop_at + 1, stop - start)):
                row = rows[start + k]
                customer, number = customers[k], numbers[k]
                # A text customer or number means a text cell: the row is not blank.
                if type(customer) is not str and type(number) is not str and _is_blank(row, skip):
                    continue
                parsed = amounts[k]
                amount = None if parsed is _BAD else parsed
                if customer is not None and number is not None:
                    total = k in labelled
                else:
                    total = _is_total_row(row, customer, number, row_nos[k])
                if total or row == header_row:
                    if amount is not None:
                        totals.add(amount)
                    section = 0
                    continue
                if (
                    amount
                    and customer is None
                    and number is None
                    and dates[k] is None
                    and dues[k] is None
                    and (amount in (grand, section) or amount in totals)
                ):
                    totals.add(amount)
                    section = 0
                    continue
                grand += amount or 0
                section += amount or 0
                kept.append(start + k)
            at = stop_at + 1
        self.grand, self.section = grand, section
        return kept

    def read_invoices(self) -> int:
        idx = self.cells.idx
        has_amount = "amount" in idx
        has_paid = "paid" in idx or bool(self.cells.paid_parts)
        has_balance = "balance" in idx
        amount_field = "amount" if has_amount else "balance"
        kept = self.data_rows()
        start = self.start
        customers, numbers = self.col("customer"), self.col("invoice_no")
        raw_amounts = self.col(amount_field)
        amounts = self.amounts(amount_field)
        # The texts each record keeps, a column at a time (for skipped rows too: no side effects).
        names, phone_of = self.names, _Memo(_phone)
        shown_names = [
            names[c] if type(c) is str else "" if c is None else self.name(c) for c in customers
        ]
        shown_numbers = [n.strip() if type(n) is str else _opt_text(n) or "" for n in numbers]
        phones = [phone_of[p] if type(p) is str else _phone(p) for p in self.col("phone")]
        emails = [None if e is None else _text(e) for e in self.col("email")]
        addresses = [None if a is None else _text(a) for a in self.col("address")]
        costs = [None if c is _BAD else c for c in self.amounts("cost")]
        plain_paid = self._plain_paid(has_amount, has_paid, has_balance)
        statuses = self.col("status")
        paid_notes = {v for v in set(statuses) if type(v) is str and self.status_paid(v)}
        status_paid = [type(v) is str and v in paid_notes for v in statuses]
        dates_col, dues, terms = self.col("invoice_date"), self.col("due_date"), self.col("terms")
        deltas = self.deltas
        # Terms typed as numbers (30.0) or written ("30 hari") as a time span, once per value,
        # and dates written as text ("1 Desember 2024") read once per spelling, for the usual
        # rows below (``_dates`` reads them the same way).
        for value in {v for v in terms if type(v) is float or type(v) is str}:
            if value not in deltas and (days := self.terms(value)) is not None:
                deltas[value] = timedelta(days=days)
        written: dict[object, date] = {}
        for value in {v for v in dates_col if type(v) is str}:
            with contextlib.suppress(DateError):
                if type(day := self.read_date(value)) is date:
                    written[value] = day
        days_col = list(map(written.get, dates_col, dates_col)) if written else dates_col
        file, sheet_name = self.out.name, self.sheet.name
        first_row, row_numbers = self.sheet.first_row, self.sheet.row_numbers
        invoices = self.out.invoices
        before = len(invoices)

        def one(index: int) -> None:
            """A row that is not a usual one (below), read by the whole rule, with its problems."""
            k = index - start
            customer = customers[k]
            if customer is None:
                self.problem("missing-customer", index, "customer")
                return
            amount = amounts[k]
            if amount is _BAD:
                self.problem("invalid-amount", index, amount_field, raw_amounts[k])
                return
            if amount is None:
                self.problem("missing-amount", index, amount_field)
                return
            if amount < 0:
                self.problem("negative-amount", index, "amount", raw_amounts[k])
                return
            paid = plain_paid[k] if plain_paid is not None else None
            if paid is None:
                paid = self._paid(
                    self.sheet.rows[index], k, index, amount, has_amount, has_paid, has_balance
                )
                if paid is None:
                    return
            if status_paid[k] and paid < amount:
                paid = amount
            found = self._dates(index, dates_col[k], dues[k], terms[k])
            if found is None:
                return
            invoices.append(
                Invoice(
                    shown_numbers[k],
                    shown_names[k],
                    found[0],
                    found[1],
                    found[2],
                    amount,
                    paid,
                    Source(file, sheet_name, self.sheet.excel_row(index)),
                    costs[k],
                    phones[k],
                    emails[k],
                    addresses[k],
                )
            )

        # The usual row: a customer, a whole non-negative amount, a plain paid cell, a real
        # date cell with a due-date cell or whole terms. Those are made all at once, the others
        # one by one (``one``), and the two put back in row order.
        ks = [index - start for index in kept]
        flags: list[bool] = []
        if plain_paid is not None and self.bulk:
            flags = [
                customers[k] is not None
                and type(a := amounts[k]) is int
                and a >= 0
                and plain_paid[k] is not None
                and type(days_col[k]) is date
                and (
                    type(due := dues[k]) is date
                    or (
                        due is None
                        and (type(term := terms[k]) is float or type(term) is str)
                        and term in deltas
                    )
                )
                for k in ks
            ]
        usual = list(compress(ks, flags))
        made: list[Invoice] = []
        if usual:
            take = _taker(usual)
            run_dates, run_dues, run_amounts = take(days_col), take(dues), take(amounts)
            run_paid = [
                amount if note and paid < amount else paid
                for paid, amount, note in zip(
                    take(plain_paid or ()), run_amounts, take(status_paid), strict=True
                )
            ]
            run_due = [
                due if type(due) is date else day + deltas[days]
                for day, due, days in zip(run_dates, run_dues, take(terms), strict=True)
            ]
            lines = (
                [row_numbers[start + k] for k in usual]
                if row_numbers is not None
                else [first_row + start + k for k in usual]
            )
            # Records made in C: each row's cells zipped into the tuple an ``Invoice`` is.
            made = list(
                map(
                    tuple.__new__,
                    repeat(Invoice),
                    zip(
                        take(shown_numbers),
                        take(shown_names),
                        run_dates,
                        run_due,
                        ["column" if type(due) is date else "terms" for due in run_dues],
                        run_amounts,
                        run_paid,
                        map(
                            tuple.__new__,
                            repeat(Source),
                            zip(repeat(file), repeat(sheet_name), lines),
                        ),
                        take(costs),
                        take(phones),
                        take(emails),
                        take(addresses),
                        strict=True,
                    ),
                )
            )
        if len(usual) == len(ks):
            invoices.extend(made)
        else:
            done = 0
            others = compress(kept, map(not_, flags)) if flags else kept
            for index in others:
                upto = bisect_left(usual, index - start, done)  # the usual rows above it
                invoices.extend(made[done:upto])
                done = upto
                one(index)
            invoices.extend(made[done:])
        return len(invoices) - before

    def _paid(
        self,
        row: Sequence[object],
        k: int,
        index: int,
        amount: Amount,
        has_amount: bool,
        has_paid: bool,
        has_balance: bool,
    ) -> Amount | None:
        """What the row says was paid: paid column, amount − balance, or LUNAS in the paid
        column; None = bad row. (A LUNAS status column is applied by the caller.)"""
        paid: Amount = 0
        if self.cells.paid_parts:
            for i in self.cells.paid_parts:
                raw = self.cells.cell(row, i)
                try:
                    part = parse_amount(raw) or 0
                except AmountError:
                    self.problem("invalid-paid", index, f"paid@{i}", raw)
                    return None
                if part < 0:
                    self.problem("invalid-paid", index, f"paid@{i}", raw)
                    return None
                paid += part
        elif has_paid:
            raw = self.col("paid")[k]
            if raw is None:
                paid = 0
            elif type(raw) is float and raw.is_integer():
                paid = int(raw)
            elif self.status_paid(raw):
                paid = amount
            else:
                try:
                    paid = parse_amount(raw) or 0
                except AmountError:
                    self.problem("invalid-paid", index, "paid", raw)
                    return None
            if paid < 0:
                self.problem("invalid-paid", index, "paid", raw)
                return None
        elif has_balance and has_amount:
            raw = self.col("balance")[k]
            try:
                balance = parse_amount(raw) or 0
            except AmountError:
                if not self.status_paid(raw):
                    self.problem("invalid-amount", index, "balance", raw)
                    return None
                balance = 0
            paid = max(amount - balance, 0)
        return paid

    def _plain_paid(
        self, has_amount: bool, has_paid: bool, has_balance: bool
    ) -> list[Amount | None] | None:
        """What ``_paid`` finds without looking further, per row: ``None`` where it must look.

        A single paid column of whole numbers (or empty cells) is read as it is, and without a
        paid or balance column nothing was paid; ``None`` for the whole sheet otherwise.
        """
        if self.cells.paid_parts:
            return None
        if has_paid:
            return [
                0
                if raw is None
                else int(raw)
                if type(raw) is float and raw.is_integer() and raw >= 0
                else int(raw)
                if type(raw) is str and raw.isascii() and raw.isdigit()  # a CSV's "150000"
                else None
                for raw in self.col("paid")
            ]
        if has_balance and has_amount:
            return None
        return [0] * len(self.col("paid"))

    def _dates(
        self, index: int, raw_date: object, raw_due: object, raw_terms: object
    ) -> _Dates | None:
        try:
            invoice_date = self.read_date(raw_date)
        except DateError:
            self.problem("invalid-date", index, "invoice_date", raw_date)
            return None
        if raw_due is not None:
            try:
                due = self.read_date(raw_due)
                if due is not None:
                    return invoice_date, due, "column"
            except DateError:
                days = self.terms(raw_due)
                if days is None or invoice_date is None:
                    self.problem("invalid-date", index, "due_date", raw_due)
                    return None
                return invoice_date, self.after(invoice_date, days), "terms"
        if raw_terms is not None:
            if isinstance(raw_terms, date):
                return invoice_date, _as_date(raw_terms), "column"
            days = self.terms(raw_terms)
            if days is None:
                try:
                    due = self.read_date(raw_terms)
                except DateError:
                    due = None
                if due is None:
                    self.problem("invalid-terms", index, "terms", raw_terms)
                    return None
                return invoice_date, due, "column"
            if invoice_date is None:
                self.problem("missing-due-date", index, "invoice_date")
                return None
            if type(raw_terms) is float:
                self.deltas[raw_terms] = timedelta(days=days)  # the caller's fast path
            return invoice_date, self.after(invoice_date, days), "terms"
        if invoice_date is None:
            self.problem("missing-due-date", index, "invoice_date")
            return None
        self.out.default_term_used += 1
        return invoice_date, invoice_date + self.default_term, "default"

    def read_payments(self) -> int:
        amount_field = "paid" if "paid" in self.cells.idx else "amount"
        date_field = "payment_date" if "payment_date" in self.cells.idx else "invoice_date"
        raws, dates = self.col(amount_field), self.col(date_field)
        amounts = self.amounts(amount_field)
        numbers, customers = self.col("invoice_no"), self.col("customer")
        start = self.start
        count = 0
        for index in self.data_rows():
            k = index - start
            raw, amount = raws[k], amounts[k]
            if amount is _BAD:
                self.problem("invalid-amount", index, amount_field, raw)
                continue
            if amount is None:
                self.problem("missing-amount", index, amount_field)
                continue
            if amount < 0:
                self.problem("negative-amount", index, amount_field, raw)
                continue
            number, customer = numbers[k], customers[k]
            if number is None and customer is None:
                self.problem("payment-missing-invoice", index, "invoice_no")
                continue
            raw_date = dates[k]
            try:
                paid_on = self.read_date(raw_date)
            except DateError:
                self.problem("invalid-date", index, date_field, raw_date)
                continue
            if amount == 0:
                continue
            self.out.payments.append(
                Payment(
                    amount=amount,
                    source=Source(self.out.name, self.sheet.name, self.sheet.excel_row(index)),
                    invoice_number=_text(number) if number is not None else "",
                    customer=self.name(customer) if customer is not None else "",
                    paid_on=paid_on,
                )
            )
            count += 1
        return count

    def read_contacts(self) -> int:
        customers, phones = self.col("customer"), self.col("phone")
        emails, addresses = self.col("email"), self.col("address")
        start = self.start
        count = 0
        for index in self.data_rows():
            k = index - start
            customer = customers[k]
            if customer is None:
                continue
            self.out.contacts.append(
                Contact(
                    self.name(customer),
                    _phone(phones[k]),
                    _opt_text(emails[k]),
                    _opt_text(addresses[k]),
                )
            )
            count += 1
        return count


def _as_date(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


def _terms_or_none(value: object) -> int | None:
    try:
        return parse_terms(value)
    except DateError:
        return None


def _safe_amount(value: object) -> Amount | None:
    try:
        return parse_amount(value)
    except AmountError:
        return None


def _opt_text(value: object) -> str | None:
    return _text(value) if value is not None else None


def _name(customer: str) -> str:
    return clean_name(_text(customer))


# Rows read at a time from a long sheet (``_SheetReader.block``): a sheet-per-month ledger's
# sheets are shorter than this, and were read about twice as fast per row as one sheet of 100k
# rows read whole (measured: 0.41 s against 0.92 s for the same 100k invoices; 0.43-0.58 s
# for the one sheet read in blocks of 2k-8k rows).
BLOCK_ROWS: Final = 8192


@gc_paused()
def read_ledger(
    source: Path | str | bytes,
    name: str | None = None,
    *,
    default_term: int = DEFAULT_TERM_DAYS,
    mapping: Mapping[str, str | None] | None = None,
) -> LedgerFile:
    """Read one file (a path, or its bytes with ``name``) into a ``LedgerFile``.

    ``mapping`` lets the caller say which header holds a field (``{"customer": "Nama Toko"}``),
    overriding the guess. Raises ``LedgerReadError`` only when the file cannot be read at all.
    """
    if isinstance(source, bytes):
        data, label = source, name or "upload"
    else:
        path = Path(source)
        label = name or path.name
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise LedgerReadError(label, "missing") from exc
        except OSError as exc:
            raise LedgerReadError(
                label, "unknown_error", exc.strerror or type(exc).__name__
            ) from exc
    digest = hashlib.sha256(data).hexdigest()
    try:
        out = _read_file(data, label, digest, default_term, mapping, split=True)
    except PiecesDisagree:  # a long sheet's pieces could not be joined: every sheet whole
        out = _read_file(data, label, digest, default_term, mapping, split=False)
    if not out.sheets:
        raise LedgerReadError(label, "no_ledger")
    return out


def _read_file(
    data: bytes,
    label: str,
    digest: str,
    default_term: int,
    mapping: Mapping[str, str | None] | None,
    *,
    split: bool,
) -> LedgerFile:
    kind, sheets = iter_sheets(data, label, split=split)
    out = LedgerFile(label, kind, digest)
    try:
        for sheet in sheets:
            if isinstance(sheet, tuple):
                out.ignored.append(IgnoredSheet(label, sheet[0], sheet[1]))
                continue
            _read_sheet(out, sheet, default_term, mapping)
    finally:
        close = getattr(sheets, "close", None)
        if close is not None:
            close()  # on an error too: the reading threads end now, not when collected
    return out


def _read_sheet(
    out: LedgerFile, sheet: RawSheet, default_term: int, mapping: Mapping[str, str | None] | None
) -> None:
    while len(sheet.rows) <= HEADER_SCAN_ROWS and sheet.more():
        pass  # a sheet read in pieces: the rows a header is looked for in, all of them
    found = detect_header_row(sheet.rows, mapping)
    if found is None:
        out.ignored.append(IgnoredSheet(out.name, sheet.name, "sheet.no_header"))
        return
    header, columns = found
    # A CSV has no sheet name: its file name ("pembayaran.csv") says what it holds.
    kind = classify_sheet(columns, sheet.name or out.name)
    if kind not in ("invoices", "payments", "contacts"):
        out.ignored.append(IgnoredSheet(out.name, sheet.name, kind))
        return
    reader = _SheetReader(out, sheet, header, columns, default_term)
    before = len(out.problems)
    read = {
        "invoices": reader.read_invoices,
        "payments": reader.read_payments,
        "contacts": reader.read_contacts,
    }[kind]
    records = 0
    start = header + 1
    while True:
        while start < len(sheet.rows):
            stop = min(start + BLOCK_ROWS, len(sheet.rows))
            reader.block(start, stop)
            records += read()
            start = stop
        if not sheet.more():  # a long sheet read in pieces: the next piece's rows
            break
    report = SheetReport(sheet.name, kind, sheet.excel_row(header), columns)  # type: ignore[arg-type]
    report.records = records
    report.rows_read = records + len(out.problems) - before
    report.headers = [_text(c) for c in sheet.rows[header] if c is not None and _text(c)]
    out.sheets.append(report)


@dataclass(slots=True)
class Batch:
    """Several files read together: those read, those that could not be, and exact copies."""

    files: list[LedgerFile] = field(default_factory=list)
    errors: list[LedgerReadError] = field(default_factory=list)
    copies: list[IgnoredSheet] = field(default_factory=list)

    @property
    def invoices(self) -> list[Invoice]:
        return [inv for f in self.files for inv in f.invoices]

    @property
    def payments(self) -> list[Payment]:
        return [pay for f in self.files for pay in f.payments]

    @property
    def contacts(self) -> list[Contact]:
        return [c for f in self.files for c in f.contacts]

    @property
    def problems(self) -> list[Problem]:
        return [p for f in self.files for p in f.problems]

    @property
    def ignored(self) -> list[IgnoredSheet]:
        return [s for f in self.files for s in f.ignored]


def read_ledgers(
    sources: Iterable[Path | str | tuple[str, bytes]],
    *,
    default_term: int = DEFAULT_TERM_DAYS,
    mapping: Mapping[str, str | None] | None = None,
) -> Batch:
    """Read several files; one that cannot be read is recorded and the others still are.

    A file whose bytes equal an earlier one's (the same ledger dropped in twice) is read once.
    """
    batch = Batch()
    seen: dict[str, str] = {}
    for source in sources:
        try:
            if isinstance(source, tuple):
                result = read_ledger(
                    source[1], source[0], default_term=default_term, mapping=mapping
                )
            else:
                result = read_ledger(source, default_term=default_term, mapping=mapping)
        except LedgerReadError as exc:
            batch.errors.append(exc)
            continue
        except Exception as exc:  # a reader bug must not cost the owner the other files
            label = source[0] if isinstance(source, tuple) else Path(source).name
            import logging  # only here: reading is timed from the process's start

            logging.getLogger(__name__).exception("unexpected error reading %s", label)
            batch.errors.append(LedgerReadError(label, "unknown_error", type(exc).__name__))
            continue
        if result.digest in seen:
            batch.copies.append(
                IgnoredSheet(
                    result.name, "", "sheet.duplicate_file", (("other", seen[result.digest]),)
                )
            )
            continue
        seen[result.digest] = result.name
        batch.files.append(result)
    return batch
