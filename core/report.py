"""From files to the figures and reports the CLI prints and the pages show.

One path for everyone: ``load_files`` reads and merges, ``summary_payload`` builds the pinned
JSON object, ``summary_text`` the readable table. The dashboard calls the same functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from typing import Any, Final, Literal, cast, get_args

from core.aging import (
    BUCKET_KEYS,
    DEFAULT_EDGES,
    Summary,
    open_book,
    owed_by_customer,
    past_due,
    summarize,
)
from core.dates import DEFAULT_TERM_DAYS, format_date
from core.i18n import Lang, t
from core.ingest import (
    Batch,
    LedgerFile,
    Problem,
    SheetChoice,
    Source,
    owed_by_columns,
    read_ledgers,
)
from core.ledger import Ledger, build_ledger, customer_key, invoice_label, once_across
from core.money import format_rupiah, to_json_number
from core.overview import paid_after
from core.reading.layout import CHOOSABLE, SHAPE_KEYS, Shape, detect_header
from core.reading.problems import LedgerReadError, ProblemCode
from core.reading.sheets import RawSheet, iter_sheets


def load_files(
    sources: Iterable[Source],
    *,
    default_term: int = DEFAULT_TERM_DAYS,
    mapping: Mapping[str, str | None] | None = None,
) -> tuple[Batch, Ledger]:
    """Read every file and merge what was read into one ledger.

    Files of payments alone (receipts, no invoice in any file read) are refused: what is owed
    cannot be worked out from them, and read they would say Rp 0 owed. (A payments file alone
    imported into the saved book is read beside the invoices saved there: ``services``.)"""
    sources = list(sources)
    batch = read_ledgers(sources, default_term=default_term, mapping=mapping)
    owed_by_columns(batch, sources, default_term=default_term, mapping=mapping)
    if batch.files and batch.payments and not batch.invoices:
        batch.errors += [LedgerReadError(f.name, "payments_only") for f in batch.files]
        batch.files.clear()
    return batch, ledger_of(batch)


def ledger_of(batch: Batch) -> Ledger:
    """The files' ledger: a payment two files list (this month's and last month's export)
    counts once, as in the saved book; an invoice an older list shows owed and a newer list
    leaves out is told (``ledger._left_off``)."""
    groups = [i for i, found in enumerate(batch.files) for _ in found.payments]
    lists = {
        (found.name, sheet.name): sheet.open_as_of
        for found in batch.files
        for sheet in found.sheets
        if sheet.kind == "invoices"
    }
    payments = once_across(batch.payments, groups)
    return build_ledger(batch.invoices, payments, batch.contacts, lists)


def file_report(result: LedgerFile) -> dict[str, Any]:
    """Which reader, which sheets, which columns and how sure: what the import report shows."""
    return {
        "file": result.name,
        "format": result.format,
        "invoices": len(result.invoices),
        "payments": len(result.payments),
        # Of those credits, the goods sent back (retur, nota kredit): no money paid.
        "returns": sum(pay.kind == "return" for pay in result.payments),
        "default_term_used": result.default_term_used,
        "customers": customers_by_shape(result),
        "sheets": [
            {
                "sheet": sheet.name,
                **({"block": sheet.block} if sheet.block else {}),
                "kind": sheet.kind,
                "header_row": sheet.header_row,
                "rows": sheet.rows_read,
                "records": sheet.records,
                "headers": sheet.headers,
                "shape": sheet.shape,
                "customers": sheet.customers,
                "checks": dict(sheet.checks),
                "unit": sheet.unit,
                "month_first": sheet.month_first,
                **({"swapped": True} if sheet.swapped else {}),
                "item_lines": sheet.item_lines,
                "columns": {
                    name: {"header": c.header, "confidence": c.confidence, "method": c.method}
                    for name, c in sheet.columns.items()
                },
            }
            for sheet in result.sheets
        ],
    }


def sheet_label(sheet: Mapping[str, Any]) -> str:
    """A sheet of ``file_report`` as the owner finds it: its name, and the columns of its
    table when the sheet holds tables side by side ("Kartu (H:M)")."""
    block = sheet.get("block")
    return f"{sheet['sheet']} ({block})" if block else str(sheet["sheet"])


def customers_by_shape(result: LedgerFile) -> dict[str, int]:
    """How many distinct customers the sheets of each shape name (a customer on a sheet per
    month counts once), for the sentence that says how the file was read."""
    found: dict[str, set[str]] = {}
    for sheet in result.sheets:
        found.setdefault(sheet.shape, set()).update(map(customer_key, sheet.customer_names))
    return {shape: len(keys) for shape, keys in found.items() if keys}


# The book's own figures a sheet is checked against, in the order the sentence names them.
CheckName = Literal["saldo", "totals", "sisa"]
CHECKS: Final[tuple[CheckName, ...]] = get_args(CheckName)
# What each check says when every sheet agrees, when its one sheet does not, when some do not,
# and when its figures in the book are formulas never worked out or Excel errors (the check
# not made).
_CHECK_KEYS: Final[dict[CheckName, tuple[str, str, str, str, str]]] = {
    "saldo": (
        "reading.saldo.ok",
        "reading.saldo.wrong",
        "reading.saldo.wrong_some",
        "reading.saldo.uncalculated",
        "reading.saldo.error",
    ),
    "totals": (
        "reading.totals.ok",
        "reading.totals.wrong",
        "reading.totals.wrong_some",
        "reading.totals.uncalculated",
        "reading.totals.error",
    ),
    "sisa": (
        "reading.sisa.ok",
        "reading.sisa.wrong",
        "reading.sisa.wrong_some",
        "reading.sisa.uncalculated",
        "reading.sisa.error",
    ),
}


def reading_lines(report: Mapping[str, Any], lang: Lang = "id") -> list[str]:
    """How one file was read, in words: a sentence per shape its sheets take, with the number
    of sheets and customers and whether the book's own Saldo, totals and Sisa agree.

    ``report`` is ``file_report`` of the file, as read or as the store kept it.
    """
    by_shape: dict[Shape, list[Mapping[str, Any]]] = {}
    for sheet in report.get("sheets", []):
        by_shape.setdefault(sheet_shape(sheet), []).append(sheet)
    counted: Mapping[str, int] = report.get("customers", {})
    lines = []
    for shape, sheets in by_shape.items():
        # Tables side by side are reported apart under their sheet's one name.
        names = len({s.get("sheet") for s in sheets})
        parts = [_count("reading.sheets.one", "reading.sheets", names, lang)]
        if counted.get(shape):
            parts.append(_count("reading.customers.one", "reading.customers", counted[shape], lang))
        said = [_check_words(check, sheets, lang) for check in CHECKS]
        checks = [words for words in said if words]
        units = sorted({int(s.get("unit", 1)) for s in sheets} - {1})
        parts += [t("reading.unit", lang, unit=format_rupiah(unit, prefix="")) for unit in units]
        if any(s.get("month_first") for s in sheets):
            parts.append(t("reading.month_first", lang))
        if any(s.get("swapped") for s in sheets):
            parts.append(t("reading.swapped", lang))
        lines_added = sum(int(s.get("item_lines", 0)) for s in sheets)
        if lines_added:
            parts.append(t("reading.item_lines", lang, count=lines_added))
        if shape not in ("payment_list", "contact_list") and not checks:
            checks = [t("reading.no_checks", lang)]
        lines.append(
            t(
                "reading.line",
                lang,
                shape=t(SHAPE_KEYS[shape], lang),
                counts=", ".join(parts),
                checks=("; " + ", ".join(checks)) if checks else "",
            )
        )
    return lines


_SHAPE_OF_KIND: Final[dict[str, Shape]] = {"payments": "payment_list", "contacts": "contact_list"}


def sheet_shape(sheet: Mapping[str, Any]) -> Shape:
    """The shape a sheet of ``file_report`` was read as; a report kept before shapes were read
    says only what the sheet held."""
    shape = sheet.get("shape")
    if shape in SHAPE_KEYS:
        return cast(Shape, shape)
    return _SHAPE_OF_KIND.get(sheet.get("kind", ""), "invoice_list")


def _count(one: str, many: str, count: int, lang: Lang) -> str:
    return t(one if count == 1 else many, lang, count=count)


def file_contents(invoices: int, payments: int, returns: int, lang: Lang = "id") -> str:
    """What a saved file holds, for the question before it is removed: its invoices, its
    payments of money and its returns, each named apart, those it has none of left out.

    >>> file_contents(0, 1, 0), file_contents(3, 2, 1), file_contents(1, 0, 1, "en")
    ('1 pembayaran', '3 faktur, 2 pembayaran dan 1 retur', '1 invoice and 1 return')
    """
    # (An English count of one takes its noun in the singular by ``t``'s own rule.)
    parts = [
        t(key, lang, count=count)
        for key, count in (
            ("upload.contents.invoices", invoices),
            ("upload.contents.payments", payments),
            ("upload.contents.returns", returns),
        )
        if count
    ]
    if not parts:
        return t("upload.contents.none", lang)
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + t("upload.contents.and", lang) + parts[-1]


def _check_words(check: CheckName, sheets: Sequence[Mapping[str, Any]], lang: Lang) -> str | None:
    """ "saldo cocok di semua baris", "Saldo tidak cocok di 1 dari 3 lembar", "sisa tidak
    dicek" where the book's figures are formulas never worked out, or ``None`` when no sheet
    has that figure of its own."""
    states = [sheet.get("checks", {}).get(check, "none") for sheet in sheets]
    ok, wrong_one, wrong_some, unworked, errors = _CHECK_KEYS[check]
    having = [state for state in states if state not in ("none", "uncalculated", "error")]
    said = [t(unworked, lang)] if "uncalculated" in states else []
    said += [t(errors, lang)] if "error" in states else []
    if not having:
        return ", ".join(said) or None
    wrong = having.count("mismatch")
    if not wrong:
        return ", ".join([t(ok, lang), *said])
    if len(having) == 1:
        return ", ".join([t(wrong_one, lang), *said])
    return ", ".join([t(wrong_some, lang, wrong=wrong, of=len(having)), *said])


def ledger_problems(ledger: Ledger, lang: Lang = "id", as_of: date | None = None) -> list[Problem]:
    """What only the whole book shows, each with the row it comes from: a payment that pays
    nothing in it (the invoice it names is not in the book and it names no customer, or its
    customer has no invoice in the book; money taken back beyond all its customer paid), one
    from a name two customers or more could be (``ambiguous-customer-payment``: it pays
    nothing), one naming an invoice its customer does not have (``unmatched-invoice``: it pays
    their oldest dues all the same) or naming short two of theirs (``ambiguous-invoice``), and
    an invoice number used again for another sale
    (both count: the owner should look), an invoice an older list shows owed that a newer
    list leaves out (``settled-by-newer-list`` where both say they list what is unpaid,
    else ``missing-from-newer-list``), an opening balance carried from the sheets before
    it that disagrees with what their rows leave owing (a ``check-mismatch``), and, given the
    as-of date, an invoice still owed that is dated after it and not past due
    (``future-invoice``: it counts in what is owed, as it is unpaid, and not as late, as it
    falls due on or after its date)."""
    found = []
    number, customer = t("field.invoice_no", lang), t("field.customer", lang)
    amount = t("field.amount", lang)
    for pay in ledger.unmatched_payments:
        file, sheet, row = pay.source
        if pay.amount < 0:  # money taken back beyond all the customer paid
            value = pay.customer or pay.invoice_number
            found.append(Problem("taken-back-beyond-paid", file, sheet, row, amount, value))
        elif pay.invoice_number:
            found.append(Problem("unmatched-payment", file, sheet, row, number, pay.invoice_number))
        else:
            found.append(
                Problem("unknown-customer-payment", file, sheet, row, customer, pay.customer)
            )
    for pay in ledger.ambiguous_customers:  # a name two customers could be: which one paid?
        file, sheet, row = pay.source
        found.append(
            Problem("ambiguous-customer-payment", file, sheet, row, customer, pay.customer)
        )
    for pay in ledger.missing_invoices:  # paid on account all the same
        file, sheet, row = pay.source
        found.append(Problem("unmatched-invoice", file, sheet, row, number, pay.invoice_number))
    for pay in ledger.ambiguous_invoices:  # and these
        file, sheet, row = pay.source
        found.append(Problem("ambiguous-invoice", file, sheet, row, number, pay.invoice_number))
    for _, again in ledger.conflicts:
        file, sheet, row = again.source
        found.append(Problem("conflicting-invoice", file, sheet, row, number, again.number))
    for left, settled in ledger.left_off:  # gone from a newer list of the same book
        file, sheet, row = left.source
        code: ProblemCode = "settled-by-newer-list" if settled else "missing-from-newer-list"
        found.append(Problem(code, file, sheet, row, number, left.number))
    opening = t("reading.carried_opening", lang)
    for carried, owing in ledger.carried_mismatches:
        file, sheet, row = carried.source
        book = carried.amount
        found.append(Problem("check-mismatch", file, sheet, row, opening, "", book, owing))
    if as_of is not None:
        dated = t("field.invoice_date", lang)
        # Of the open invoices (kept with the book), in the order the book has them. One past
        # its due date is no invoice of the future: its due date as written stands where its
        # own date is the slip (a year decades off, told as ``far-date``).
        later = [
            inv
            for inv in open_book(ledger).invoices
            if inv.invoice_date is not None
            and inv.invoice_date > as_of
            and not past_due(inv, as_of)
        ]
        for inv in sorted(later, key=attrgetter("source")):
            what = (
                t("problem.future-invoice.numbered", lang, number=inv.number)
                if inv.number
                else invoice_label(
                    "", inv.due_source, lang, t("problem.future-invoice.unnumbered", lang)
                )
            )
            file, sheet, row = inv.source
            found.append(
                Problem(
                    "future-invoice",
                    file,
                    sheet,
                    row,
                    dated,
                    what,
                    dated=inv.invoice_date,
                    as_of=as_of,
                )
            )
    return found


def mismatches(problems: Sequence[Problem]) -> list[Problem]:
    """The places where the book's own figure (Saldo, Sub Total, Sisa) disagrees with its rows."""
    return [p for p in problems if p.code == "check-mismatch"]


def mismatch_lines(
    problems: Sequence[Problem], lang: Lang = "id", *, files: bool = False
) -> list[str]:
    """Each check mismatch as a sentence with its sheet, Excel row and both figures (the file's
    name first when ``files``, for a notice over several files)."""
    return [(f"{p.file}: " if files else "") + p.message(lang) for p in mismatches(problems)]


def mismatch_summary(problems: Sequence[Problem], lang: Lang = "id", first: int = 3) -> str | None:
    """One sentence for the saved book: how many of its own figures disagree with its rows, and
    where the first ``first`` of them are; ``None`` when every check agrees."""
    found = mismatches(problems)
    if not found:
        return None
    places = [
        t("reading.mismatch_place", lang, file=p.file, sheet=p.sheet, row=p.row,
          book=format_rupiah(p.book_says or 0), read=format_rupiah(p.read or 0))
        for p in found[:first]
    ]  # fmt: skip
    more = len(found) - len(places)
    return t(
        "reading.mismatch_summary.one" if len(found) == 1 else "reading.mismatch_summary",
        lang,
        count=len(found),
        places="; ".join(places) + (t("reading.more", lang, count=more) if more else ""),
    )


def book_problem_summary(
    problems: Sequence[Problem], lang: Lang = "id", first: int = 3, *, here: bool = False
) -> str | None:
    """One sentence for what only the whole book shows (``ledger_problems``): how many
    payments pay nothing in it, how many invoice numbers are used again and how many invoices
    are dated after the as-of date, and where the first ``first`` of them stand; ``None`` when
    there are none. ``here``: said on Unggah, which lists them, so the sentence does not send
    the reader there."""
    if not problems:
        return None
    problems = [p for p in problems if p.code != "check-mismatch"]  # told by mismatch_summary
    if not problems:
        return None
    conflicts = sum(p.code == "conflicting-invoice" for p in problems)
    future = sum(p.code == "future-invoice" for p in problems)
    payments = len(problems) - conflicts - future
    what = [
        t(many if count > 1 else one, lang, count=count)
        for many, one, count in (
            ("reading.book_payments", "reading.book_payments.one", payments),
            ("reading.book_numbers", "reading.book_numbers.one", conflicts),
            ("reading.book_future", "reading.book_future.one", future),
        )
        if count
    ]
    places = [
        t("reading.problem_place", lang, file=p.file, sheet=p.sheet, row=p.row)
        for p in problems[:first]
    ]
    more = len(problems) - len(places)
    return t(
        "reading.book_summary_here" if here else "reading.book_summary",
        lang,
        what=t("reading.and", lang).join(what),
        places="; ".join(places) + (t("reading.more", lang, count=more) if more else ""),
    )


# What the store keeps as an import's mapping: the columns the owner chose, and under this key
# (no column field has the name) the shape they chose for the file. A choice for one sheet
# alone is kept under "<sheet> :: <field>" (and "<sheet> :: shape"); the field is read from the
# right, so any sheet name is safe.
SHAPE_CHOICE: Final = "shape"
SHEET_MARK: Final = " :: "


@dataclass(frozen=True, slots=True)
class Reading:
    """How the owner said to read a file: ``columns`` and ``shape`` for every sheet, and
    ``sheets`` each sheet's own (its columns over the file's, its shape over the file's)."""

    columns: dict[str, str | None] | None = None
    shape: Shape | None = None
    sheets: dict[str, SheetChoice] = field(default_factory=dict)

    def of_sheet(self, sheet: str) -> tuple[dict[str, str | None], Shape | None]:
        """The sheet's own choice (empty columns and ``None`` when it has none)."""
        columns, shape = self.sheets.get(sheet, (None, None))
        return dict(columns or {}), shape


def reading_choice(
    columns: Mapping[str, str | None] | None,
    shape: Shape | None,
    sheets: Mapping[str, SheetChoice] | None = None,
) -> dict[str, str | None] | None:
    """The owner's corrections of a file's reading, as ``Store.save_import`` keeps its
    ``mapping``: another choice of shape is another reading, so saving it replaces the import."""
    choice: dict[str, str | None] = dict(columns or {})
    if shape is not None:
        choice[SHAPE_CHOICE] = shape
    for sheet, (own, own_shape) in (sheets or {}).items():
        choice.update(
            {f"{sheet}{SHEET_MARK}{name}": header for name, header in (own or {}).items()}
        )
        if own_shape is not None:
            choice[f"{sheet}{SHEET_MARK}{SHAPE_CHOICE}"] = own_shape
    return choice or None


def chosen_reading(saved: Mapping[str, str | None] | None) -> Reading:
    """Back from ``reading_choice``: the columns and shape to read the file with, for every
    sheet and per sheet (a shape Tagih no longer knows is read automatically)."""
    columns: dict[str, str | None] = {}
    shape: Shape | None = None
    own: dict[str, tuple[dict[str, str | None], Shape | None]] = {}
    for key, value in (saved or {}).items():
        sheet, mark, name = key.rpartition(SHEET_MARK)
        if mark:
            sheet_columns, sheet_shape_ = own.get(sheet, ({}, None))
            if name == SHAPE_CHOICE:
                own[sheet] = (sheet_columns, _choosable(value))
            else:
                own[sheet] = ({**sheet_columns, name: value}, sheet_shape_)
        elif key == SHAPE_CHOICE:
            shape = _choosable(value)
        else:
            columns[key] = value
    sheets: dict[str, SheetChoice] = {
        sheet: (cols or None, forced) for sheet, (cols, forced) in own.items() if cols or forced
    }
    return Reading(columns or None, shape, sheets)


# The refusals a choice of shape or columns can answer: the owner picks them on Unggah.
CORRECTABLE: Final = frozenset({"shape_unsure", "no_customer", "no_ledger", "unnamed_column"})


def file_headers(data: bytes, name: str) -> tuple[list[str], dict[str, str]]:
    """The column headings of a file's sheets, each sheet's header row as Tagih finds it, and
    the heading it took for each field it found (the first sheet's that has one), for the owner
    to choose from when the file was refused for its columns (``CORRECTABLE``): "Toko Tujuan" of
    a distributor's list, chosen on Unggah as the customer beside "No Faktur" taken already."""
    found: dict[str, None] = {}
    guessed: dict[str, str] = {}
    for sheet in iter_sheets(data, name)[1]:
        header = detect_header(sheet.rows) if isinstance(sheet, RawSheet) else None
        if header is not None:
            found.update(dict.fromkeys(label for label in header.labels if label.strip()))
            for field, choice in header.columns.items():
                guessed.setdefault(field, choice.header)
    return list(found), guessed


def corrected(
    saved: Mapping[str, str | None] | None,
    sheet: str | None,
    columns: Mapping[str, str | None],
    shape: Shape | None,
) -> dict[str, str | None] | None:
    """The saved choice with the owner's new correction: for ``sheet`` alone (its earlier own
    choice replaced, the other sheets' kept), or with ``sheet`` ``None`` for every sheet (the
    file-wide choice replaced; a sheet's own choice still wins on that sheet)."""
    reading = chosen_reading(saved)
    sheets = dict(reading.sheets)
    if sheet is None:
        return reading_choice(columns, shape, sheets)
    sheets[sheet] = (dict(columns) or None, shape)
    return reading_choice(reading.columns, reading.shape, sheets)


def _choosable(value: str | None) -> Shape | None:
    return next((s for s in CHOOSABLE if s == value), None)


def summary_payload(
    batch: Batch, ledger: Ledger, summary: Summary, lang: Lang = "id"
) -> dict[str, Any]:
    """The pinned JSON object of ``python -m core summary --json`` (plus a few extra keys)."""
    whole_book = ledger_problems(ledger, lang, summary.as_of)
    files = [file_report(f) for f in batch.files]
    payload: dict[str, Any] = {
        "today": summary.as_of.isoformat(),
        "invoices": summary.invoices,
        "open_invoices": summary.open_invoices,
        "customers_with_balance": summary.customers_with_balance,
        "outstanding": to_json_number(summary.outstanding),
        "overdue": to_json_number(summary.overdue),
        "aging": {k: to_json_number(v) for k, v in summary.aging.items()},
        "problems": [p.as_dict(lang) for p in (*batch.problems, *whole_book)],
        "ignored_sheets": [s.as_dict(lang) for s in batch.ignored],
        "default_term_used": sum(f.default_term_used for f in batch.files),
        "files": files,
        "duplicate_files": [s.as_dict(lang) for s in batch.copies],
        "unreadable": [
            {"file": e.file, "code": e.code, "message": e.message(lang)} for e in batch.errors
        ],
        "shape": book_shape([(sheet_label(s), s["shape"]) for f in files for s in f["sheets"]]),
        "per_customer": {
            ledger.name_of(key): to_json_number(amount)
            for key, amount in owed_by_customer(ledger).items()
        },
        "credit_balances": {
            ledger.name_of(key): to_json_number(amount)
            for key, amount in sorted(ledger.credit_balances.items())
        },
        "returns": to_json_number(sum(p.amount for p in ledger.payments if p.kind == "return")),
        "paid_after_today": to_json_number(paid_after(ledger, summary.as_of)),
        "checks": book_checks([*batch.problems, *whole_book]),
    }
    return payload


def book_shape(sheets: Sequence[tuple[str, str]]) -> str | dict[str, dict[str, str]] | None:
    """The shape the book was read as, from each sheet's (name, shape): one name when every
    table of it has that shape, else each sheet's (payments and contact lists beside a book do
    not make it another shape)."""
    book = {shape for _, shape in sheets if shape not in ("payment_list", "contact_list")}
    if len(book) == 1:
        return book.pop()
    return {"sheets": dict(sheets)} if sheets else None


def book_checks(problems: Sequence[Problem]) -> str | list[dict[str, Any]]:
    """ "ok", or each place where the book's own figure (Saldo, Sub Total, Sisa) disagrees."""
    keys = ("file", "sheet", "row", "column", "book_says", "read")
    found = [{k: said[k] for k in keys} for said in map(Problem.as_dict, mismatches(problems))]
    return found or "ok"


def summarize_files(
    sources: Sequence[Source],
    as_of: date,
    *,
    default_term: int = DEFAULT_TERM_DAYS,
    edges: Sequence[int] = DEFAULT_EDGES,
    lang: Lang = "id",
) -> tuple[Batch, dict[str, Any]]:
    """Read, merge and summarise in one call: the CLI's ``summary`` for files."""
    batch, ledger = load_files(sources, default_term=default_term)
    return batch, summary_payload(batch, ledger, summarize(ledger, as_of, edges), lang)


def summary_text(payload: Mapping[str, Any], lang: Lang = "id", default_term: int = 30) -> str:
    """The same figures as a table a person reads, amounts written ``Rp 1.250.000``."""
    as_of = date.fromisoformat(payload["today"])
    lines = [t("summary.title", lang, today=format_date(as_of, lang=lang)), ""]
    read = [f"{f['file']}: {line}" for f in payload["files"] for line in reading_lines(f, lang)]
    if read:
        lines += [*read, ""]
    rows = [
        (t("summary.invoices", lang), str(payload["invoices"])),
        (t("summary.open_invoices", lang), str(payload["open_invoices"])),
        (t("summary.customers_with_balance", lang), str(payload["customers_with_balance"])),
        (t("summary.outstanding", lang), format_rupiah(payload["outstanding"])),
        (t("summary.overdue", lang), format_rupiah(payload["overdue"])),
    ]
    width = max(len(label) for label, _ in rows)
    lines += [f"  {label.ljust(width)}  {value:>18}" for label, value in rows]
    lines += ["", t("summary.aging", lang)]
    labels = list(payload["aging"])
    for label in labels:
        name = t(BUCKET_KEYS[label], lang) if label in BUCKET_KEYS else label
        lines.append(f"  {name.ljust(width)}  {format_rupiah(payload['aging'][label]):>18}")
    if payload.get("credit_balances"):
        lines += ["", t("summary.credit_balances", lang)]
        lines += [
            f"  {name.ljust(width)}  {format_rupiah(amount):>18}"
            for name, amount in payload["credit_balances"].items()
        ]
    if payload.get("paid_after_today"):
        when = format_date(as_of, lang=lang)
        amount = format_rupiah(payload["paid_after_today"])
        lines += ["", t("summary.paid_after", lang, amount=amount, date=when)]
    if payload.get("default_term_used"):
        lines += [
            "",
            t("summary.default_term", lang, count=payload["default_term_used"], days=default_term),
        ]
    lines += ["", t("summary.problems", lang)]
    if not payload["problems"]:
        lines.append("  " + t("summary.no_problems", lang))
    for p in payload["problems"]:
        where = f"{p['file']}" + (f" / {p['sheet']}" if p["sheet"] else "")
        lines.append(f"  {where} / {t('col.row', lang)} {p['row']} / {p['column']}: {p['message']}")
    if payload["ignored_sheets"]:
        lines += ["", t("summary.ignored_sheets", lang)]
        for s in payload["ignored_sheets"]:
            lines.append(f"  {s['file']} / {s['sheet']}: {s['reason']}")
    return "\n".join(lines)
