"""``python -m core``: the command-line face of the same core the dashboard uses.

A thin shell: it turns options into calls of ``core`` functions and prints their results.
Exit codes: 0 done (bad rows included), 2 a file could not be read or the arguments are wrong,
1 an unexpected error (details in the log file, never a traceback on screen).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from core.i18n import LANGS, Lang, t
from core.ingest import DEFAULT_TERM_DAYS
from core.report import summarize_files, summary_text

log = logging.getLogger("tagih")


def data_dir() -> Path:
    """Where Tagih keeps its database and log: ``TAGIH_DATA``, else ``data/`` beside ``core/``."""
    configured = os.environ.get("TAGIH_DATA")
    return Path(configured) if configured else Path(__file__).resolve().parent.parent / "data"


def log_file() -> Path:
    return data_dir() / "tagih.log"


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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m core", description="Tagih: piutang dari Excel, tanpa repot.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    summary = commands.add_parser("summary", help="ringkasan piutang dari berkas / the receivables")
    summary.add_argument("files", nargs="+", type=Path, metavar="FILE")
    summary.add_argument("--today", help="tanggal acuan / as-of date, YYYY-MM-DD")
    summary.add_argument("--json", action="store_true", help="cetak JSON / print JSON")
    summary.add_argument("--lang", choices=LANGS, default="id")
    summary.add_argument(
        "--default-term",
        type=_non_negative_int,
        default=DEFAULT_TERM_DAYS,
        help="tempo bawaan (hari) / default terms in days",
    )
    return parser


def cmd_summary(args: argparse.Namespace) -> int:
    lang: Lang = args.lang
    as_of = _today(args.today)
    batch, payload = summarize_files(args.files, as_of, default_term=args.default_term, lang=lang)
    for error in batch.errors:
        print(error.message(lang), file=sys.stderr)
    if batch.files:
        if args.json:
            print(json.dumps(payload, ensure_ascii=False))
        else:
            print(summary_text(payload, lang, args.default_term))
    return 2 if batch.errors else 0


COMMANDS = {"summary": cmd_summary}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    lang: Lang = getattr(args, "lang", "id")
    try:
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except Exception as exc:  # never a traceback on screen: one line, details in the log
        path = log_file()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.FileHandler(path, encoding="utf-8")
            log.addHandler(handler)
            log.exception("python -m core %s failed", args.command)
            handler.close()
        except OSError:
            path = Path("(log unavailable)")
        print(t("cli.unexpected", lang, detail=type(exc).__name__, log=path), file=sys.stderr)
        return 1
