"""``python -m core``: the command-line face of the same core the dashboard uses.

A thin shell: it turns options into calls of ``core`` functions and prints their results.
``summary FILE …`` reads files; ``import FILE …`` saves them in the database (``TAGIH_DB``) the
way an upload does; ``summary`` with no file summarises what is saved.
Exit codes: 0 done (bad rows included), 2 a file could not be read, the database cannot be
opened or the arguments are wrong, 1 an unexpected error (details in the log file, never a
traceback on screen).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NoReturn

from core.i18n import LANGS, Lang, t
from core.ingest import DEFAULT_TERM_DAYS, LedgerFile, LedgerReadError, read_ledgers
from core.paths import data_dir as data_dir
from core.paths import log_file
from core.report import summarize_files, summary_text
from core.store import ImportOutcome, Store, StoreError

log = logging.getLogger("tagih")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message}\n")


class UsageError(Exception):
    """Arguments that parse but make no sense; shown as one line, exit 2."""


def _today(text: str | None) -> date:
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(t("cli.bad_date", "id", value=text)) from exc


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from exc
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' must not be negative")
    return value


def _add_common(command: argparse.ArgumentParser) -> None:
    command.add_argument("--json", action="store_true", help="cetak JSON / print JSON")
    command.add_argument("--lang", choices=LANGS, default="id")
    command.add_argument(
        "--default-term",
        type=_non_negative_int,
        default=DEFAULT_TERM_DAYS,
        help="tempo bawaan (hari) untuk berkas yang dibaca / default terms in days for files read",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m core", description="Tagih: piutang dari Excel, tanpa repot.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    summary = commands.add_parser(
        "summary",
        help="ringkasan piutang dari berkas, atau dari basis data tanpa berkas / "
        "the receivables of the files, or of the database when no file is given",
    )
    summary.add_argument("files", nargs="*", type=Path, metavar="FILE")
    summary.add_argument("--today", help="tanggal acuan / as-of date, YYYY-MM-DD")
    _add_common(summary)

    saving = commands.add_parser(
        "import", help="simpan berkas ke basis data (TAGIH_DB) / save files in the database"
    )
    saving.add_argument("files", nargs="+", type=Path, metavar="FILE")
    _add_common(saving)
    return parser


def cmd_summary(args: argparse.Namespace) -> int:
    lang: Lang = args.lang
    as_of = _today(args.today)
    if not args.files:
        return _summary_saved(args, as_of)
    batch, payload = summarize_files(args.files, as_of, default_term=args.default_term, lang=lang)
    for error in batch.errors:
        print(error.message(lang), file=sys.stderr)
    if batch.files:
        if args.json:
            print(json.dumps(payload, ensure_ascii=False))
        else:
            print(summary_text(payload, lang, args.default_term))
    return 2 if batch.errors else 0


def _summary_saved(args: argparse.Namespace, as_of: date) -> int:
    """The summary of what the database holds; the same object as for files."""
    lang: Lang = args.lang
    with Store.open_default() as store:
        payload = store.summary_payload(as_of, lang)
        terms = {r.default_term for r in store.imports() if r.default_term is not None}
        if not payload["files"]:
            print(t("store.empty", lang, url=store.url), file=sys.stderr)
    if args.json:
        print(json.dumps(payload, ensure_ascii=False))
    else:
        # Saved invoices keep the term they were read with: say that one when there is one.
        days = terms.pop() if len(terms) == 1 else args.default_term
        print(summary_text(payload, lang, days))
    return 0


def _read_file(path: Path, default_term: int) -> tuple[LedgerFile, bytes]:
    """Read one file as an upload is read: its bytes, through ``core.ingest``."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise LedgerReadError(path.name, "missing") from exc
    except OSError as exc:
        detail = exc.strerror or type(exc).__name__
        raise LedgerReadError(path.name, "unknown_error", detail) from exc
    batch = read_ledgers([(path.name, data)], default_term=default_term)
    if batch.errors:
        raise batch.errors[0]
    return batch.files[0], data


def _import_entry(result: LedgerFile, outcome: ImportOutcome, lang: Lang) -> dict[str, Any]:
    return {
        "file": result.name,
        "status": outcome.status,
        "import_id": outcome.record.id,
        "duplicate_of": outcome.duplicate_of,
        "replaced_import_id": outcome.replaced.id if outcome.replaced else None,
        "format": result.format,
        "invoices": len(result.invoices),
        "payments": len(result.payments),
        "problems": [p.as_dict(lang) for p in result.problems],
        "ignored_sheets": [s.as_dict(lang) for s in result.ignored],
    }


def _import_lines(entry: dict[str, Any], lang: Lang) -> list[str]:
    if entry["duplicate_of"]:
        status = t("import.duplicate_of", lang, other=entry["duplicate_of"])
    else:
        status = t(f"import.{entry['status']}", lang)
    counts = t(
        "import.counts",
        lang,
        invoices=entry["invoices"],
        payments=entry["payments"],
        problems=len(entry["problems"]),
    )
    lines = [f"{entry['file']}: {status} — {counts}"]
    for p in entry["problems"]:
        where = f"{p['sheet']} / " if p["sheet"] else ""
        lines.append(f"  {where}{t('col.row', lang)} {p['row']} / {p['column']}: {p['message']}")
    for s in entry["ignored_sheets"]:
        lines.append(f"  {s['sheet']}: {t('import.ignored', lang)} — {s['reason']}")
    return lines


def cmd_import(args: argparse.Namespace) -> int:
    """Save each file in the database; one that cannot be read does not stop the others."""
    lang: Lang = args.lang
    entries: list[dict[str, Any]] = []
    unreadable: list[dict[str, str]] = []
    with Store.open_default() as store:
        if not args.json:
            print(t("import.database", lang, url=store.url))
        for path in args.files:
            try:
                result, data = _read_file(path, args.default_term)
            except LedgerReadError as exc:
                print(exc.message(lang), file=sys.stderr)
                unreadable.append(
                    {"file": exc.file, "code": exc.code, "message": exc.message(lang)}
                )
                continue
            outcome = store.save_import(result, data, now=datetime.now(UTC))
            entries.append(_import_entry(result, outcome, lang))
            if not args.json:
                print("\n".join(_import_lines(entries[-1], lang)))
        if args.json:
            payload = {
                "database": store.url,
                "revision": store.revision(),
                "imports": entries,
                "unreadable": unreadable,
            }
            print(json.dumps(payload, ensure_ascii=False))
    return 2 if unreadable else 0


COMMANDS = {"summary": cmd_summary, "import": cmd_import}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    lang: Lang = getattr(args, "lang", "id")
    try:
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except StoreError as exc:
        print(exc.message(lang), file=sys.stderr)
        return 2
    except Exception as exc:  # never a traceback on screen: one line, details in the log
        path = log_file()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.FileHandler(path, encoding="utf-8")
            log.addHandler(handler)
            log.exception("python -m core %s failed", args.command)
            log.removeHandler(handler)
            handler.close()
        except OSError:
            path = Path("(log unavailable)")
        print(t("cli.unexpected", lang, detail=type(exc).__name__, log=path), file=sys.stderr)
        return 1
