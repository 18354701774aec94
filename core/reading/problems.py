"""What went wrong while reading, as data: a file that cannot be read, a sheet left aside, a
row that could not be used, and a figure of the book that disagrees with what was read."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Final, Literal, cast, get_args

from core.dates import format_date
from core.i18n import TEXTS, CodeKeys, Lang, t

if TYPE_CHECKING:
    from core.money import Amount

ErrorCode = Literal[
    "empty", "missing", "not_spreadsheet", "html", "pdf", "image", "password", "corrupt", "too_big",
    "stray_cell", "no_ledger", "no_rows", "encoding", "unknown_error", "shape_unsure",
    "uncalculated", "no_dates", "unnamed_column", "unread_credits", "split_fields",
    "journal_accounts", "sheet_refused", "payments_only", "csv_too_wide", "csv_open_quote",
    "no_customer", "unread_card", "other_accounts", "month_columns", "xml_entities",
    "spreadsheet_xml", "long_text", "csv_long_text", "folder", "no_access",
]  # fmt: skip
ProblemCode = Literal[
    "missing-customer", "missing-amount", "invalid-amount", "negative-amount", "invalid-paid",
    "invalid-date", "invalid-terms", "missing-due-date", "payment-missing-invoice",
    "unmatched-payment", "unknown-customer-payment", "conflicting-invoice", "check-mismatch",
    "uncleared-payment", "foreign-currency", "unclear-note-payment", "split-fields",
    "journal-account", "yearless-date", "taken-back-beyond-paid", "parts-unsummed",
    "parts-payment", "unread-column", "draft-invoice", "unmatched-invoice", "ambiguous-invoice",
    "unread-status", "part-paid-status", "ambiguous-customer-payment", "settled-by-newer-list",
    "missing-from-newer-list", "repeated-receipt", "far-date", "due-before-invoice", "excel-error",
    "amount-too-large", "future-invoice",
]  # fmt: skip
SheetReason = Literal[
    "sheet.no_header", "sheet.summary_only", "sheet.empty", "sheet.no_rows", "sheet.hidden_chart",
    "sheet.duplicate_file", "sheet.no_customer", "sheet.shape_unsure", "sheet.mixed_amounts",
    "sheet.unread_amounts", "sheet.unknown_kinds", "sheet.payables", "sheet.payable_rows",
    "sheet.customer_unsure", "sheet.unnamed_column", "sheet.split_fields",
    "sheet.journal_accounts", "sheet.yearless_dates", "sheet.colour_paid", "sheet.till",
    "sheet.parts_unsummed", "sheet.rows_unread", "sheet.small_amounts", "sheet.twin_amounts",
    "sheet.recap", "sheet.recap_named", "sheet.parts_no_total", "sheet.savings",
    "sheet.commission", "sheet.example", "sheet.other_account", "sheet.control_account",
    "sheet.control_alone", "sheet.double_entry", "sheet.chart_of_accounts", "sheet.opening_undated",
    "sheet.month_columns", "sheet.recap_months",
]  # fmt: skip
ERROR_CODES: Final = frozenset(get_args(ErrorCode))
PROBLEM_CODES: Final = frozenset(get_args(ProblemCode))
SHEET_REASONS: Final = frozenset(get_args(SheetReason))
ERROR_KEYS: Final = CodeKeys[ErrorCode](
    ErrorCode,
    {
        "empty": "file.empty",
        "missing": "file.missing",
        "not_spreadsheet": "file.not_spreadsheet",
        "html": "file.html",
        "pdf": "file.pdf",
        "image": "file.image",
        "password": "file.password",
        "corrupt": "file.corrupt",
        "too_big": "file.too_big",
        "stray_cell": "file.stray_cell",
        "no_ledger": "file.no_ledger",
        "no_rows": "file.no_rows",
        "encoding": "file.encoding",
        "unknown_error": "file.unknown_error",
        "shape_unsure": "file.shape_unsure",
        "sheet_refused": "file.sheet_refused",
        "uncalculated": "file.uncalculated",
        "no_dates": "file.no_dates",
        "unnamed_column": "file.unnamed_column",
        "unread_credits": "file.unread_credits",
        "split_fields": "file.split_fields",
        "journal_accounts": "file.journal_accounts",
        "payments_only": "file.payments_only",
        "csv_too_wide": "file.csv_too_wide",
        "csv_open_quote": "file.csv_open_quote",
        "no_customer": "file.no_customer",
        "unread_card": "file.unread_card",
        "other_accounts": "file.other_accounts",
        "month_columns": "file.month_columns",
        "xml_entities": "file.xml_entities",
        "spreadsheet_xml": "file.spreadsheet_xml",
        "long_text": "file.long_text",
        "csv_long_text": "file.csv_long_text",
        "folder": "file.folder",
        "no_access": "file.no_access",
    },
)
PROBLEM_KEYS: Final = CodeKeys[ProblemCode](
    ProblemCode,
    {
        "missing-customer": "problem.missing-customer",
        "missing-amount": "problem.missing-amount",
        "invalid-amount": "problem.invalid-amount",
        "negative-amount": "problem.negative-amount",
        "invalid-paid": "problem.invalid-paid",
        "invalid-date": "problem.invalid-date",
        "invalid-terms": "problem.invalid-terms",
        "missing-due-date": "problem.missing-due-date",
        "payment-missing-invoice": "problem.payment-missing-invoice",
        "unmatched-payment": "problem.unmatched-payment",
        "unknown-customer-payment": "problem.unknown-customer-payment",
        "conflicting-invoice": "problem.conflicting-invoice",
        "check-mismatch": "problem.check-mismatch",
        "uncleared-payment": "problem.uncleared-payment",
        "unclear-note-payment": "problem.unclear-note-payment",
        "foreign-currency": "problem.foreign-currency",
        "split-fields": "problem.split-fields",
        "journal-account": "problem.journal-account",
        "yearless-date": "problem.yearless-date",
        "taken-back-beyond-paid": "problem.taken-back-beyond-paid",
        "parts-unsummed": "problem.parts-unsummed",
        "parts-payment": "problem.parts-payment",
        "unread-column": "problem.unread-column",
        "draft-invoice": "problem.draft-invoice",
        "unmatched-invoice": "problem.unmatched-invoice",
        "ambiguous-invoice": "problem.ambiguous-invoice",
        "unread-status": "problem.unread-status",
        "part-paid-status": "problem.part-paid-status",
        "ambiguous-customer-payment": "problem.ambiguous-customer-payment",
        "settled-by-newer-list": "problem.settled-by-newer-list",
        "missing-from-newer-list": "problem.missing-from-newer-list",
        "repeated-receipt": "problem.repeated-receipt",
        "far-date": "problem.far-date",
        "due-before-invoice": "problem.due-before-invoice",
        "excel-error": "problem.excel-error",
        "amount-too-large": "problem.amount-too-large",
        "future-invoice": "problem.future-invoice",
    },
)


class LedgerReadError(Exception):
    """A whole file cannot be read. ``code`` keys the translation table (``file.<code>``)."""

    def __init__(
        self,
        file: str,
        code: ErrorCode,
        detail: str = "",
        said: Callable[[Lang], str] | None = None,
    ) -> None:
        """``said``: the detail in each language, where it is a sentence (a sheet's reason)."""
        super().__init__(f"{file}: {code} {detail}".strip())
        self.file = file
        self.code: ErrorCode = code
        self.detail = detail
        self.said = said

    def message(self, lang: Lang = "id") -> str:
        detail = self.detail if self.said is None else self.said(lang)
        reason = t(ERROR_KEYS[self.code], lang, detail=detail)
        return t("file.unreadable", lang, file=self.file, reason=reason)


@dataclass(frozen=True, slots=True)
class Problem:
    """A row that could not be used, or a figure of the book that disagrees with the rows read.

    A ``check-mismatch`` carries both figures: ``book_says`` (the sheet's own Saldo, Sub Total
    or Sisa) and ``read`` (what the rows read add up to), exact: with their sen where the book
    has sen (a TOTAL 11.347.503,05 against rows giving 11.347.503,50 differs in the sen alone).
    A ``future-invoice`` carries the day the invoice bears (``dated``) and the as-of date it
    is after (``as_of``).
    """

    code: ProblemCode
    file: str
    sheet: str
    row: int
    column: str
    value: str = ""
    book_says: Amount | None = None
    read: Amount | None = None
    dated: date | None = None
    as_of: date | None = None

    def message(self, lang: Lang = "id") -> str:
        if self.code == "check-mismatch":
            from core.money import format_rupiah

            # A CSV has no sheet: "di lembar ''" would name none.
            key = "problem.check-mismatch" if self.sheet else "problem.check-mismatch-unsheeted"
            return t(
                key,
                lang,
                what=self.column,
                row=self.row,
                sheet=self.sheet,
                book=format_rupiah(self.book_says or 0),
                read=format_rupiah(self.read or 0),
            )
        if self.code == "future-invoice":
            return t(
                PROBLEM_KEYS[self.code],
                lang,
                value=self.value,
                date=_day(self.dated, lang),
                as_of=_day(self.as_of, lang),
            )
        return t(PROBLEM_KEYS[self.code], lang, value=self.value)

    def as_dict(self, lang: Lang = "id") -> dict[str, Any]:
        found: dict[str, Any] = {
            "file": self.file,
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "code": self.code,
            "message": self.message(lang),
        }
        if self.code == "check-mismatch":
            from core.money import to_json_number

            found["book_says"] = None if self.book_says is None else to_json_number(self.book_says)
            found["read"] = None if self.read is None else to_json_number(self.read)
        if self.code == "future-invoice":
            found["date"] = None if self.dated is None else self.dated.isoformat()
            found["as_of"] = None if self.as_of is None else self.as_of.isoformat()
        return found


def _day(value: date | None, lang: Lang) -> str:
    return "" if value is None else format_date(value, lang=lang)


# A reason's words added after reports were saved without them (a saved import is shown
# again): what the reason said then.
_SAVED_WITHOUT: Final[dict[str, dict[str, str]]] = {"sheet.mixed_amounts": {"words": "'bayar'"}}


def _field_words(name: str, lang: Lang) -> str:
    """A field's name ("invoice_date") in the owner's words ("Tanggal faktur"); any other text
    (a column's header as the book writes it) as it is."""
    # Imported here: ``python -m core`` loads the rules while the first sheet parses.
    from core.columns import FIELD_KEYS, Field

    return t(FIELD_KEYS[cast(Field, name)], lang) if name in FIELD_KEYS else name


# How a reason's list of columns keeps each field beside its header (``IgnoredSheet.reason``):
# characters no header holds.
COLUMN_SEP: Final = "\x1f"
FIELD_SEP: Final = "\x1e"


@dataclass(frozen=True, slots=True)
class IgnoredSheet:
    """A sheet that is not a ledger (notes, a pivot, a chart), with the reason."""

    file: str
    sheet: str
    reason_key: SheetReason
    params: tuple[tuple[str, str], ...] = ()

    def reason(self, lang: Lang = "id") -> str:
        params = {**_SAVED_WITHOUT.get(self.reason_key, {}), **dict(self.params)}
        if "code" in params:  # a row's problem named in the reason, in the reason's language
            code = cast(ProblemCode, params["code"])
            params["said"] = t(PROBLEM_KEYS[code], lang, value=params.get("value", ""))
            # A column the table does not have is named by its field ("invoice_date"): in
            # the owner's words ("Tanggal faktur").
            if "column" in params:
                params["column"] = _field_words(params["column"], lang)
        if params.get("shape", "") in TEXTS:  # the shape tried, by its words' key
            params["shape"] = t(params["shape"], lang)  # in words ("daftar faktur")
        if FIELD_SEP in params.get("columns", ""):  # each field in words, its header as written
            pairs = [part.partition(FIELD_SEP) for part in params["columns"].split(COLUMN_SEP)]
            params["columns"] = ", ".join(
                f"{_field_words(base, lang)} ('{written}')"
                for field, _, written in pairs
                if (base := field.partition("@")[0])
            )
        return t(self.reason_key, lang, **params)

    def as_dict(self, lang: Lang = "id") -> dict[str, str]:
        return {"file": self.file, "sheet": self.sheet, "reason": self.reason(lang)}
