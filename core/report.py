"""From files to the figures and reports the CLI prints and the pages show.

One path for everyone: ``load_files`` reads and merges, ``summary_payload`` builds the pinned
JSON object, ``summary_text`` the readable table. The dashboard calls the same functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from core.aging import DEFAULT_EDGES, Summary, bucket_labels, customer_balances, summarize
from core.dates import format_date
from core.i18n import Lang, t
from core.ingest import DEFAULT_TERM_DAYS, Batch, LedgerFile, Problem, read_ledgers
from core.ledger import Ledger, build_ledger
from core.money import format_rupiah, to_json_number


def load_files(
    sources: Iterable[Path | str | tuple[str, bytes]],
    *,
    default_term: int = DEFAULT_TERM_DAYS,
    mapping: Mapping[str, str | None] | None = None,
) -> tuple[Batch, Ledger]:
    """Read every file and merge what was read into one ledger."""
    batch = read_ledgers(sources, default_term=default_term, mapping=mapping)
    return batch, ledger_of(batch)


def ledger_of(batch: Batch) -> Ledger:
    return build_ledger(batch.invoices, batch.payments, batch.contacts)


def file_report(result: LedgerFile) -> dict[str, Any]:
    """Which reader, which sheets, which columns and how sure: what the import report shows."""
    return {
        "file": result.name,
        "format": result.format,
        "invoices": len(result.invoices),
        "payments": len(result.payments),
        "default_term_used": result.default_term_used,
        "sheets": [
            {
                "sheet": sheet.name,
                "kind": sheet.kind,
                "header_row": sheet.header_row,
                "rows": sheet.rows_read,
                "records": sheet.records,
                "headers": sheet.headers,
                "shape": sheet.shape,
                "customers": sheet.customers,
                "checks": dict(sheet.checks),
                "columns": {
                    name: {"header": c.header, "confidence": c.confidence, "method": c.method}
                    for name, c in sheet.columns.items()
                },
            }
            for sheet in result.sheets
        ],
    }


def summary_payload(
    batch: Batch, ledger: Ledger, summary: Summary, lang: Lang = "id"
) -> dict[str, Any]:
    """The pinned JSON object of ``python -m core summary --json`` (plus a few extra keys)."""
    payload: dict[str, Any] = {
        "today": summary.as_of.isoformat(),
        "invoices": summary.invoices,
        "open_invoices": summary.open_invoices,
        "customers_with_balance": summary.customers_with_balance,
        "outstanding": to_json_number(summary.outstanding),
        "overdue": to_json_number(summary.overdue),
        "aging": {k: to_json_number(v) for k, v in summary.aging.items()},
        "problems": [p.as_dict(lang) for p in batch.problems],
        "ignored_sheets": [s.as_dict(lang) for s in batch.ignored],
        "default_term_used": sum(f.default_term_used for f in batch.files),
        "files": [file_report(f) for f in batch.files],
        "duplicate_files": [s.as_dict(lang) for s in batch.copies],
        "unreadable": [
            {"file": e.file, "code": e.code, "message": e.message(lang)} for e in batch.errors
        ],
        "shape": book_shape([(s.name, s.shape) for f in batch.files for s in f.sheets]),
        "per_customer": {
            row.name: to_json_number(row.outstanding)
            for row in customer_balances(ledger, summary.as_of)
            if row.outstanding
        },
        "credit_balances": {
            ledger.name_of(key): to_json_number(amount)
            for key, amount in sorted(ledger.credit_balances.items())
        },
        "returns": to_json_number(sum(p.amount for p in ledger.payments if p.kind == "return")),
        "checks": book_checks(batch.problems),
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
    found = [
        {"file": p.file, "sheet": p.sheet, "row": p.row, "column": p.column,
         "book_says": p.book_says, "read": p.read}
        for p in problems
        if p.code == "check-mismatch"
    ]  # fmt: skip
    return found or "ok"


def summarize_files(
    sources: Sequence[Path | str | tuple[str, bytes]],
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
    default_labels = bucket_labels(DEFAULT_EDGES)
    for label in labels:
        name = t(f"bucket.{label}", lang) if label in default_labels else label
        lines.append(f"  {name.ljust(width)}  {format_rupiah(payload['aging'][label]):>18}")
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
