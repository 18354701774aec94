"""Read an owner's receivables spreadsheets into invoices, payments and a report of what was odd.

``read_ledger`` never raises on a messy row: each one it cannot use becomes a ``Problem`` with
file, sheet, Excel row and column, and the rest is read. It raises ``LedgerReadError`` only
when a whole file cannot be read, with a message the owner can act on.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Final, Literal

from core.columns import ColumnChoice, Field, map_columns, normalise_header, payment_parts
from core.dates import DateError, parse_date, parse_terms
from core.formats import Format, LedgerReadError, RawSheet, read_sheets
from core.i18n import Lang, t
from core.ledger import Contact, DueSource, Invoice, Payment, Source, clean_name
from core.money import Amount, AmountError, parse_amount

__all__ = [
    "Batch", "IgnoredSheet", "LedgerFile", "LedgerReadError", "Problem", "SheetReport",
    "detect_header_row", "read_ledger", "read_ledgers",
]  # fmt: skip

log = logging.getLogger(__name__)

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
        labels = [cell if _is_text(cell) else None for cell in row]
        columns = map_columns(labels, overrides)
        if "customer" not in columns and "invoice_no" not in columns:
            continue
        if not {"amount", "paid", "balance", "phone", "email", "address"} & columns.keys():
            continue
        score = sum(c.confidence for name, c in columns.items() if name != "row_no")
        if best is None or score > best[0]:
            best = (score, index, columns)
    return None if best is None else (best[1], best[2])


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


def _is_total_row(row: Sequence[object], cells: _Cells) -> bool:
    """A TOTAL / JUMLAH / GRAND TOTAL / subtotal line, whichever column carries the label."""
    if cells.get(row, "invoice_no") is not None and cells.get(row, "customer") is None:
        label_fields: tuple[str, ...] = ("invoice_no", "row_no")
    else:
        label_fields = ("customer", "row_no", "invoice_no")
    for name in label_fields:
        value = cells.get(row, name)
        if isinstance(value, str) and _is_total_label(value):
            return True
    first = next((cell for cell in row if _is_text(cell)), None)
    return (
        isinstance(first, str)
        and _is_total_label(first)
        and (cells.get(row, "invoice_no") is None or cells.get(row, "customer") is None)
    )


def _is_total_label(text: str) -> bool:
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


class _SheetReader:
    """Turns one sheet's rows into records, collecting problems."""

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
        self.cells = _Cells(columns, sheet.rows[header])
        self.default_term = timedelta(days=default_term)
        self.date_cache: dict[str, date | None] = {}

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
        if isinstance(value, str):
            if value in self.date_cache:
                return self.date_cache[value]
            parsed = parse_date(value)
            self.date_cache[value] = parsed
            return parsed
        return parse_date(value)

    def data_rows(self) -> Iterable[tuple[int, Sequence[object]]]:
        """Rows under the header that carry data: blank rows, totals and repeated headers go."""
        skip = self.cells.idx.get("row_no", -1)
        header_row = self.sheet.rows[self.header]
        # Sums seen so far: a line with no customer, number or date whose amount equals one of
        # them is an unlabelled total under the rows it adds up, not an invoice.
        grand: Amount = 0
        section: Amount = 0
        totals: set[Amount] = set()
        for index in range(self.header + 1, len(self.sheet.rows)):
            row = self.sheet.rows[index]
            if _is_blank(row, skip):
                continue
            amount = _safe_amount(self.cells.get(row, "amount"))
            if row == header_row or _is_total_row(row, self.cells):
                if amount is not None:
                    totals.add(amount)
                section = 0
                continue
            if (
                amount
                and self._unlabelled(row)
                and (amount in (grand, section) or amount in totals)
            ):
                totals.add(amount)
                section = 0
                continue
            grand += amount or 0
            section += amount or 0
            yield index, row

    def _unlabelled(self, row: Sequence[object]) -> bool:
        return all(
            self.cells.get(row, name) is None
            for name in ("customer", "invoice_no", "invoice_date", "due_date")
        )

    def read_invoices(self) -> int:
        get = self.cells.get
        has_amount = "amount" in self.cells.idx
        has_paid = "paid" in self.cells.idx or bool(self.cells.paid_parts)
        has_balance = "balance" in self.cells.idx
        count = 0
        for index, row in self.data_rows():
            customer = get(row, "customer")
            if customer is None:
                self.problem("missing-customer", index, "customer")
                continue
            raw_amount = get(row, "amount") if has_amount else get(row, "balance")
            try:
                amount = parse_amount(raw_amount)
            except AmountError:
                self.problem(
                    "invalid-amount", index, "amount" if has_amount else "balance", raw_amount
                )
                continue
            if amount is None:
                self.problem("missing-amount", index, "amount" if has_amount else "balance")
                continue
            if amount < 0:
                self.problem("negative-amount", index, "amount", raw_amount)
                continue
            paid = self._paid(row, index, amount, has_amount, has_paid, has_balance)
            if paid is None:
                continue
            dates = self._dates(row, index)
            if dates is None:
                continue
            invoice_date, due_date, due_source = dates
            cost_raw = get(row, "cost")
            number = get(row, "invoice_no")
            self.out.invoices.append(
                Invoice(
                    number=_text(number) if number is not None else "",
                    customer=clean_name(_text(customer)),
                    invoice_date=invoice_date,
                    due_date=due_date,
                    due_source=due_source,
                    amount=amount,
                    paid=paid,
                    source=Source(self.out.name, self.sheet.name, self.sheet.excel_row(index)),
                    cost=_safe_amount(cost_raw),
                    phone=_phone(get(row, "phone")),
                    email=_opt_text(get(row, "email")),
                    address=_opt_text(get(row, "address")),
                )
            )
            count += 1
        return count

    def _paid(
        self,
        row: Sequence[object],
        index: int,
        amount: Amount,
        has_amount: bool,
        has_paid: bool,
        has_balance: bool,
    ) -> Amount | None:
        """What the row says was paid: paid column, amount − balance, or LUNAS; None = bad row."""
        get = self.cells.get
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
            raw = get(row, "paid")
            if _status_paid(raw):
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
            raw = get(row, "balance")
            try:
                balance = parse_amount(raw) or 0
            except AmountError:
                if not _status_paid(raw):
                    self.problem("invalid-amount", index, "balance", raw)
                    return None
                balance = 0
            paid = max(amount - balance, 0)
        if _status_paid(get(row, "status")):
            paid = max(paid, amount)
        return paid

    def _dates(self, row: Sequence[object], index: int) -> _Dates | None:
        get = self.cells.get
        raw_date = get(row, "invoice_date")
        try:
            invoice_date = self.read_date(raw_date)
        except DateError:
            self.problem("invalid-date", index, "invoice_date", raw_date)
            return None
        raw_due = get(row, "due_date")
        if raw_due is not None:
            try:
                due = self.read_date(raw_due)
                if due is not None:
                    return invoice_date, due, "column"
            except DateError:
                days = _terms_or_none(raw_due)
                if days is None or invoice_date is None:
                    self.problem("invalid-date", index, "due_date", raw_due)
                    return None
                return invoice_date, invoice_date + timedelta(days=days), "terms"
        raw_terms = get(row, "terms")
        if raw_terms is not None:
            if isinstance(raw_terms, date):
                return invoice_date, _as_date(raw_terms), "column"
            days = _terms_or_none(raw_terms)
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
            return invoice_date, invoice_date + timedelta(days=days), "terms"
        if invoice_date is None:
            self.problem("missing-due-date", index, "invoice_date")
            return None
        self.out.default_term_used += 1
        return invoice_date, invoice_date + self.default_term, "default"

    def read_payments(self) -> int:
        get = self.cells.get
        amount_field = "paid" if "paid" in self.cells.idx else "amount"
        date_field = "payment_date" if "payment_date" in self.cells.idx else "invoice_date"
        count = 0
        for index, row in self.data_rows():
            raw = get(row, amount_field)
            try:
                amount = parse_amount(raw)
            except AmountError:
                self.problem("invalid-amount", index, amount_field, raw)
                continue
            if amount is None:
                self.problem("missing-amount", index, amount_field)
                continue
            if amount < 0:
                self.problem("negative-amount", index, amount_field, raw)
                continue
            number, customer = get(row, "invoice_no"), get(row, "customer")
            if number is None and customer is None:
                self.problem("payment-missing-invoice", index, "invoice_no")
                continue
            raw_date = get(row, date_field)
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
                    customer=clean_name(_text(customer)) if customer is not None else "",
                    paid_on=paid_on,
                )
            )
            count += 1
        return count

    def read_contacts(self) -> int:
        get = self.cells.get
        count = 0
        for _, row in self.data_rows():
            customer = get(row, "customer")
            if customer is None:
                continue
            self.out.contacts.append(
                Contact(
                    clean_name(_text(customer)),
                    _phone(get(row, "phone")),
                    _opt_text(get(row, "email")),
                    _opt_text(get(row, "address")),
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
    kind, sheets = read_sheets(data, label)
    out = LedgerFile(label, kind, hashlib.sha256(data).hexdigest())
    for sheet in sheets:
        if isinstance(sheet, tuple):
            out.ignored.append(IgnoredSheet(label, sheet[0], sheet[1]))
            continue
        _read_sheet(out, sheet, default_term, mapping)
    if not out.sheets:
        raise LedgerReadError(label, "no_ledger")
    return out


def _read_sheet(
    out: LedgerFile, sheet: RawSheet, default_term: int, mapping: Mapping[str, str | None] | None
) -> None:
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
    if kind == "invoices":
        records = reader.read_invoices()
    elif kind == "payments":
        records = reader.read_payments()
    else:
        records = reader.read_contacts()
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
            log.exception("unexpected error reading %s", label)
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
