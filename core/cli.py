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
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NoReturn

from core.dates import DEFAULT_TERM_DAYS, format_date
from core.i18n import LANGS, CodeKeys, Lang, t
from core.money import format_rupiah
from core.paths import backups_dir, log_file, log_handler
from core.paths import data_dir as data_dir
from core.reading.problems import LedgerReadError
from core.reading.sheets import file_bytes, open_file

# Each command loads what it uses. The database, PDF and Excel libraries: `summary FILE` is
# timed end to end (benchmarks/) and must not pay for them (tests/test_bench_smoke.py). The
# reader's rules, the ledger and the reports: `summary FILE` opens its first file before they
# load, so that they load while calamine parses it.
if TYPE_CHECKING:
    from core.ingest import LedgerFile
    from core.ledger import Ledger
    from core.store import ImportOutcome, ImportStatus, Store


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


def _files_or_database(commands: argparse._SubParsersAction[_Parser], name: str, help: str) -> None:
    """A command on the files given, or on the database when none is: ``FILE …``, ``--today``
    and the common options."""
    command = commands.add_parser(name, help=help)
    command.add_argument("files", nargs="*", type=Path, metavar="FILE")
    command.add_argument("--today", help="tanggal acuan / as-of date, YYYY-MM-DD")
    _add_common(command)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m core", description="Tagih: piutang dari Excel, tanpa repot.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    _files_or_database(
        commands,
        "summary",
        "ringkasan piutang dari berkas, atau dari basis data tanpa berkas / "
        "the receivables of the files, or of the database when no file is given",
    )

    saving = commands.add_parser(
        "import", help="simpan berkas ke basis data (TAGIH_DB) / save files in the database"
    )
    saving.add_argument("files", nargs="+", type=Path, metavar="FILE")
    _add_common(saving)

    actions = commands.add_parser(
        "actions",
        help="daftar tagih hari ini: dari basis data seperti halaman Hari Ini, atau dari berkas "
        "tanpa riwayat / today's collection list: of the database as the Hari Ini page shows "
        "it, or of the files as if nothing had been tried yet",
    )
    actions.add_argument("files", nargs="*", type=Path, metavar="FILE")
    actions.add_argument("--today", help="tanggal acuan / as-of date, YYYY-MM-DD")
    actions.add_argument("--business", default="", help="nama usaha / your business name")
    actions.add_argument(
        "--staff", help="hanya pelanggan staf ini / only this staff member's customers"
    )
    _add_common(actions)

    backup = commands.add_parser(
        "backup", help="cadangkan semua data (TAGIH_DB) / back up everything to one file"
    )
    backup.add_argument("--out", required=True, type=Path, help="berkas cadangan / the backup file")
    backup.add_argument("--lang", choices=LANGS, default="id")
    restore = commands.add_parser(
        "restore", help="pulihkan dari cadangan / restore everything from a backup file"
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--lang", choices=LANGS, default="id")
    unlock = commands.add_parser(
        "unlock",
        help="buka kunci akun setelah terlalu banyak kata sandi salah (di komputer toko) / "
        "unlock an account locked after too many wrong passwords (on the shop's computer)",
    )
    unlock.add_argument("username", metavar="USERNAME", help="nama pengguna / the username")
    unlock.add_argument("--lang", choices=LANGS, default="id")

    letter = commands.add_parser("letter", help="surat tagihan (PDF) / a reminder letter (PDF)")
    letter.add_argument("files", nargs="+", type=Path, metavar="FILE")
    letter.add_argument("--customer", required=True, help="nama pelanggan / customer name")
    letter.add_argument("--today", help="tanggal acuan / as-of date, YYYY-MM-DD")
    letter.add_argument("--out", required=True, type=Path, help="berkas PDF / the PDF to write")
    letter.add_argument(
        "--firm", action="store_true", help="surat tegas dengan denda (langkah 7) / step 7"
    )
    letter.add_argument("--business", default="", help="nama usaha / your business name")
    _add_common(letter)

    discount = commands.add_parser(
        "discount",
        help="diskon pelunasan terbesar yang masih untung / "
        "the largest settlement discount that still earns a profit",
    )
    discount.add_argument("--amount", required=True, help="jumlah tagihan / amount sold (A)")
    discount.add_argument("--cost", required=True, help="HPP / cost of the goods (C)")
    discount.add_argument("--paid", default="0", help="sudah dibayar / already paid (P)")
    discount.add_argument("--min-profit", help="untung minimal (Rp) / minimum profit")
    discount.add_argument(
        "--min-margin", help="margin minimal %% dari yang diterima / minimum margin %% received"
    )
    discount.add_argument("--round", help="bulatkan bayar ke atas / round pay-now up to R")
    discount.add_argument("--json", action="store_true", help="cetak JSON / print JSON")
    discount.add_argument("--lang", choices=LANGS, default="id")

    plan = commands.add_parser(
        "plan", help="jadwal cicilan kesepakatan / an instalment schedule for an agreement"
    )
    plan.add_argument("--total", required=True, help="total yang disepakati / agreed total")
    plan.add_argument(
        "--instalments", required=True, type=int, help="jumlah cicilan / number of instalments"
    )
    plan.add_argument("--first", required=True, help="tanggal bayar pertama / first date")
    plan.add_argument("--every", default="month", help="month, week, 2weeks, Nd (N hari/days)")
    plan.add_argument("--down-payment", default="0", help="uang muka / down payment (DP)")
    plan.add_argument("--round", default="1000", help="bulatkan cicilan ke / round to R")
    plan.add_argument("--json", action="store_true", help="cetak JSON / print JSON")
    plan.add_argument("--lang", choices=LANGS, default="id")

    credit = commands.add_parser(
        "credit",
        help="nilai bayar dan batas kredit, dari berkas atau basis data tanpa berkas / payment "
        "grade and credit limit, of the files or of the database when no file is given",
    )
    credit.add_argument("files", nargs="*", type=Path, metavar="FILE")
    credit.add_argument("--today", help="tanggal acuan / as-of date, YYYY-MM-DD")
    _add_common(credit)

    match = commands.add_parser(
        "match",
        help="usulan siapa yang membayar tiap uang masuk di mutasi rekening / "
        "who paid each credit of a bank statement",
    )
    match.add_argument("statement", type=Path, metavar="STATEMENT")
    match.add_argument(
        "--ledger",
        action="append",
        type=Path,
        default=[],
        metavar="FILE",
        help="buku piutang (bisa berulang); tanpa ini, yang tersimpan di TAGIH_DB / "
        "a receivables book (repeatable); without it, the one saved in TAGIH_DB",
    )
    match.add_argument("--today", help="tanggal acuan / as-of date, YYYY-MM-DD")
    _add_common(match)
    qr = commands.add_parser(
        "qr", help="QRIS bernominal dari QRIS statis / the QRIS text for an amount"
    )
    qr.add_argument("--static", required=True, help="teks QRIS statis / the static QRIS text")
    qr.add_argument("--amount", required=True, help="jumlah (Rp) / the amount in rupiah")
    qr.add_argument("--lang", choices=LANGS, default="id")

    _files_or_database(
        commands,
        "forecast",
        "perkiraan uang masuk 13 minggu, dari berkas atau dari basis data tanpa berkas / "
        "expected cash in for 13 weeks, of the files or of the database when no file is given",
    )
    return parser


def cmd_summary(args: argparse.Namespace) -> int:
    lang: Lang = args.lang
    as_of = _today(args.today)
    if not args.files:
        return _summary_saved(args, as_of)
    first = open_file(args.files[0])  # checked, and its first sheet parsing in a thread
    from core.report import summarize_files, summary_text  # loads meanwhile

    sources = [first, *args.files[1:]]
    batch, payload = summarize_files(sources, as_of, default_term=args.default_term, lang=lang)
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
    from core.report import summary_text
    from core.settings import Settings
    from core.store import Store

    lang: Lang = args.lang
    with Store.open_default() as store:
        # The owner's aging buckets, as the dashboard shows them.
        payload = store.summary_payload(as_of, lang, Settings.of(store).aging_edges)
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


# What became of a file the store was given.
_IMPORT_STATUS_KEYS: Final[CodeKeys[ImportStatus]] = CodeKeys(
    ("new", "unchanged", "replaced"),
    {"new": "import.new", "unchanged": "import.unchanged", "replaced": "import.replaced"},
)


def _import_lines(entry: dict[str, Any], lang: Lang) -> list[str]:
    if entry["duplicate_of"]:
        status = t("import.duplicate_of", lang, other=entry["duplicate_of"])
    else:
        status = t(_IMPORT_STATUS_KEYS[entry["status"]], lang)
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
    from core import services
    from core.access import OWNER_AT_PC
    from core.store import Store

    lang: Lang = args.lang
    entries: list[dict[str, Any]] = []
    unreadable: list[dict[str, str]] = []
    with Store.open_default() as store:
        _daily_copies(store, lang)  # today's copy first, as the dashboard makes it: before changes
        if not args.json:
            print(t("import.database", lang, url=store.url))
        for path in args.files:
            try:  # read as an upload is read: its bytes, through the same service
                data = file_bytes(path)
                [done] = services.import_files(
                    store,
                    OWNER_AT_PC,
                    [(path.name, data)],
                    now=datetime.now(),
                    default_term=args.default_term,
                )
                if isinstance(done, LedgerReadError):
                    raise done
            except LedgerReadError as exc:
                print(exc.message(lang), file=sys.stderr)
                unreadable.append(
                    {"file": exc.file, "code": exc.code, "message": exc.message(lang)}
                )
                continue
            result, outcome = done
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


def _daily_copies(store: Store, lang: Lang) -> None:
    """Today's automatic backups, as the dashboard makes them; a folder that cannot be written
    is said on one line and does not stop the import."""
    from core.backup import daily_copies

    for folder, why in daily_copies(store, backups_dir(), now=datetime.now()).failed:
        print(t("backup.daily_failed", lang, folder=folder, detail=why), file=sys.stderr)


def _ledger_of_files(args: argparse.Namespace) -> tuple[Ledger | None, int]:
    """Read the files as ``summary`` does and say what could not be read.

    Returns the ledger (``None`` when no file was readable) and the exit code so far.
    """
    from core.report import load_files

    batch, ledger = load_files(args.files, default_term=args.default_term)
    for error in batch.errors:
        print(error.message(args.lang), file=sys.stderr)
    return (ledger if batch.files else None), (2 if batch.errors else 0)


def cmd_actions(args: argparse.Namespace) -> int:
    """Today's list: of the saved book and history as the Hari Ini page shows it (no FILE),
    or for the files, as if nothing had been tried yet."""
    lang: Lang = args.lang
    as_of = _today(args.today)
    if not args.files:
        return _actions_saved(args, as_of)
    if args.staff:
        raise UsageError(t("cli.staff_needs_database", lang))
    ledger, code = _ledger_of_files(args)
    if ledger is None:
        return 2
    from core.daily import actions_payload, daily_list

    actions = daily_list(ledger, as_of)
    rows = actions_payload(actions, lang, business=args.business)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        print(t("cli.actions_title", lang, date=format_date(as_of, lang=lang), count=len(rows)))
        for row in rows:
            print(f"\n{row['customer']} ({row['phone'] or '-'}): {row['step_name']}")
            print(f"  {row['reason']} {t('summary.outstanding', lang)}: "
                  f"{format_rupiah(row['outstanding'])}")  # fmt: skip
    return code


def _actions_saved(args: argparse.Namespace, as_of: date) -> int:
    """The Hari Ini list of the database: ``services.daily_list``, as the page calls it."""
    from core import services
    from core.access import OWNER_AT_PC
    from core.daily import actions_payload
    from core.settings import Settings
    from core.store import Store

    lang: Lang = args.lang
    with Store.open_default() as store:
        if store.is_empty():
            print(t("store.empty", lang, url=store.url), file=sys.stderr)
        settings = Settings.of(store)
        staff = None
        if args.staff:
            staff = _staff_username(services.staff_names(store), args.staff)
            if staff is None:
                raise UsageError(t("cli.no_staff", lang, name=args.staff))
        found = services.daily_list(store, settings, as_of, OWNER_AT_PC, staff=staff)
    business = args.business or settings.shop.get("name", "")
    rows = actions_payload(found, lang, business=business)
    for row, action in zip(rows, found, strict=True):
        row["waiting"] = not action.needs_action
        row["staff"] = action.staff
        row["promise_date"] = (
            action.history.promise_date.isoformat() if action.history.promise_date else None
        )
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    todo = [row for row in rows if not row["waiting"]]
    print(t("cli.actions_title", lang, date=format_date(as_of, lang=lang), count=len(todo)))
    for row in rows:
        mark = f"[{t('cli.waiting', lang)}] " if row["waiting"] else ""
        print(f"\n{mark}{row['customer']} ({row['phone'] or '-'}): {row['step_name']}")
        print(f"  {row['reason']} {t('summary.outstanding', lang)}: "
              f"{format_rupiah(row['outstanding'])}")  # fmt: skip
    return 0


def _staff_username(team: dict[str, str], wanted: str) -> str | None:
    """The staff account named on the command line: its username, or its display name."""
    needle = wanted.strip().casefold()
    for username, name in team.items():
        if needle in (username.casefold(), name.strip().casefold()):
            return username
    return None


def cmd_letter(args: argparse.Namespace) -> int:
    """Write the reminder letter (or the firm notice) for one customer, signed by the shop
    named on the command line, else by the one saved in the database (the Settings page's);
    with neither, nothing is written (no letter goes out signed by a placeholder)."""
    lang: Lang = args.lang
    as_of = _today(args.today)
    ledger, code = _ledger_of_files(args)
    if ledger is None:
        return 2
    from core.ledger import customer_key

    key = customer_key(args.customer)
    if not any(inv.outstanding > 0 for inv in ledger.invoices_of(key)):
        raise UsageError(t("cli.no_customer", lang, name=args.customer))
    from core import services
    from core.documents.base import BusinessInfo
    from core.documents.letters import NothingOverdueError
    from core.settings import Settings
    from core.store import Store

    with Store.open_default() as store:
        settings = Settings.of(store)
        shop = BusinessInfo(**settings.shop) if settings.shop.get("name") else None
        if args.business:
            shop = BusinessInfo(name=args.business)
        if shop is None:
            raise UsageError(t("letter.no_business", lang))
        try:
            pdf = services.reminder_letter(
                store, ledger, key, as_of, firm=args.firm, business=shop, lang=lang,
                title=settings.titles.get(key),
            )  # fmt: skip
        except NothingOverdueError as exc:
            raise UsageError(str(exc)) from exc
    try:
        args.out.write_bytes(pdf)
    except OSError as exc:
        raise UsageError(t("cli.cannot_write", lang, file=args.out, detail=exc.strerror)) from exc
    print(t("cli.letter_written", lang, file=args.out))
    return code


def cmd_discount(args: argparse.Namespace) -> int:
    """The largest safe discount for figures typed in (no files, no database)."""
    # Imported here: the calculator's module loads plotly and fpdf, which no other command needs.
    from core.discount import DiscountError, discount_from_text, discount_text

    lang: Lang = args.lang
    try:
        result = discount_from_text(
            args.amount,
            args.cost,
            paid=args.paid,
            min_profit=args.min_profit,
            min_margin=args.min_margin,
            rounding=args.round,
        )
    except DiscountError as exc:
        raise UsageError(exc.message(lang)) from exc
    if args.json:
        print(json.dumps(result.as_json(lang), ensure_ascii=False))
    else:
        print(discount_text(result, lang))
    return 0


def cmd_plan(args: argparse.Namespace) -> int:
    """An instalment schedule for figures typed in (no files, no database)."""
    from core.agreements import AgreementError, amount_from_text, plan_schedule, schedule_text

    lang: Lang = args.lang
    try:
        first = date.fromisoformat(args.first)
    except ValueError as exc:
        raise UsageError(t("cli.bad_date", lang, value=args.first)) from exc
    try:
        schedule = plan_schedule(
            amount_from_text(args.total, "--total"),
            args.instalments,
            first,
            args.every,
            down_payment=amount_from_text(args.down_payment, "--down-payment"),
            round_to=amount_from_text(args.round, "--round"),
        )
    except AgreementError as exc:
        raise UsageError(exc.message(lang)) from exc
    if args.json:
        print(json.dumps(schedule.as_dict(), ensure_ascii=False))
    else:
        print(schedule_text(schedule, lang))
    return 0


def cmd_credit(args: argparse.Namespace) -> int:
    """Every customer's payment grade, score, stop-credit flag, limit and reasons."""
    from core.credit import assess, credit_text

    lang: Lang = args.lang
    as_of = _today(args.today)
    code = 0
    if not args.files:  # the saved book, with its promises, agreements and the owner's overrides
        from core import services
        from core.access import OWNER_AT_PC
        from core.store import Store

        with Store.open_default() as store:
            found = services.credit_check(store, OWNER_AT_PC, as_of)
    else:
        from core.report import load_files

        batch, ledger = load_files(args.files, default_term=args.default_term)
        for error in batch.errors:
            print(error.message(lang), file=sys.stderr)
        if not batch.files:
            return 2
        found = assess(ledger, as_of)
        code = 2 if batch.errors else 0
    if args.json:
        print(json.dumps([a.as_dict(lang) for a in found], ensure_ascii=False))
    else:
        print(credit_text(found, lang))
    return code


def cmd_forecast(args: argparse.Namespace) -> int:
    """The weeks of the cash-in forecast: of the files (their invoices and payments only), or
    of the database with the promises and agreements recorded there."""
    from core.agreements import load_agreements
    from core.forecast import cash_forecast

    lang: Lang = args.lang
    as_of = _today(args.today)
    if args.files:
        ledger, code = _ledger_of_files(args)
        if ledger is None:
            return 2
        forecast = cash_forecast(ledger, as_of)
    else:
        from core.store import Store

        code = 0
        with Store.open_default() as store:
            if store.is_empty():
                print(t("store.empty", lang, url=store.url), file=sys.stderr)
            forecast = cash_forecast(
                store.ledger(), as_of, events=store.events(), agreements=load_agreements(store)
            )
    if args.json:
        print(json.dumps(forecast.as_dict(), ensure_ascii=False))
        return code
    print(t("forecast.cli_title", lang, date=format_date(as_of, lang=lang)))
    for week in forecast.weeks:
        print(
            t("forecast.cli_week", lang, week=week.number,
              start=format_date(week.start, lang=lang), end=format_date(week.end, lang=lang),
              expected=format_rupiah(week.expected), low=format_rupiah(week.low),
              high=format_rupiah(week.high), count=len(week.rows))
        )  # fmt: skip
    print(
        t("forecast.total", lang, total=format_rupiah(forecast.total),
          later=format_rupiah(forecast.later_total))
    )  # fmt: skip
    if forecast.written_off:
        print(
            t("forecast.written_off", lang, amount=format_rupiah(forecast.written_off_amount),
              count=len(forecast.written_off))
        )  # fmt: skip
    return code


def cmd_backup(args: argparse.Namespace) -> int:
    """One file holding everything the owner recorded."""
    from core.backup import write_backup
    from core.store import Store

    lang: Lang = args.lang
    with Store.open_default() as store:
        try:
            path = write_backup(store, args.out, now=datetime.now())
        except OSError as exc:
            raise UsageError(
                t("cli.cannot_write", lang, file=args.out, detail=exc.strerror)
            ) from exc
    print(t("cli.backup_written", lang, file=path))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the database with a backup; the current state is backed up first."""
    from core import services
    from core.access import OWNER_AT_PC
    from core.store import Store, StoreError

    lang: Lang = args.lang
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise UsageError(t("cli.cannot_read", lang, file=args.file, detail=exc.strerror)) from exc
    with Store.open_default() as store:
        now = datetime.now()
        try:
            safety, counts = services.restore_backup(
                store,
                OWNER_AT_PC,
                data,
                safety_copy=backups_dir() / f"before-restore-{now:%Y%m%d-%H%M%S}.zip",
                now=now,
            )
        except StoreError as error:
            raise UsageError(error.message(lang)) from error
    print(t("cli.restored", lang, file=args.file, invoices=counts.get("invoices", 0),
            events=counts.get("events", 0), safety=safety))  # fmt: skip
    return 0


def cmd_unlock(args: argparse.Namespace) -> int:
    """Lift an account's sign-in locks and forget its failures, as the owner's "Buka kunci" in
    Settings does: whoever runs this sits at the shop's computer, with its database, so the
    owner is never locked out of the shop by a stranger (``core.signin``)."""
    from core.access import OWNER_AT_PC
    from core.signin import unlock_account
    from core.store import Store

    lang: Lang = args.lang
    username = args.username.strip().lower()  # as the sign-in form reads it
    with Store.open_default() as store:
        lifted = unlock_account(store, OWNER_AT_PC, username, via="cli")
    print(t("cli.unlocked" if lifted else "cli.not_locked", lang, username=username))
    return 0


def cmd_match(args: argparse.Namespace) -> int:
    """The proposals the Unggah page shows for a statement: each credit, its candidates."""
    from core.bankstatement import read_statement
    from core.matching import expected_amounts, proposal_dict, propose

    lang: Lang = args.lang
    as_of = _today(args.today)
    try:
        statement = read_statement(args.statement.read_bytes(), args.statement.name, as_of)
    except OSError:
        print(LedgerReadError(str(args.statement), "missing").message(lang), file=sys.stderr)
        return 2
    except LedgerReadError as error:
        print(error.message(lang), file=sys.stderr)
        return 2
    states: dict[str, str] = {}
    code = 0
    if args.ledger:
        args.files = args.ledger
        ledger, code = _ledger_of_files(args)
        if ledger is None:
            return 2
        expected = []
        requests = []
    else:
        from core.bankcredits import open_requests, saved_credits
        from core.store import Store

        with Store.open_default() as store:
            if not store.imports():
                print(t("cli.match_empty", lang, url=store.url), file=sys.stderr)
            ledger = store.ledger()
            expected = expected_amounts(store, ledger, as_of)
            requests = open_requests(store, as_of)
            states = {s.credit.key: s.state for s in saved_credits(store)}
    proposals = propose(statement.credits, ledger, requests, expected)
    rows = [proposal_dict(p, lang, {"state": states.get(p.credit.key, "new")}) for p in proposals]
    if args.json:
        print(
            json.dumps(
                {
                    "file": statement.file,
                    "bank": statement.bank,
                    "credits": rows,
                    "debits": statement.debits,
                    "problems": [p.as_dict(lang) for p in statement.problems],
                },
                ensure_ascii=False,
            )
        )
        return code
    matched = sum(1 for p in proposals if p.top is not None)
    print(t("cli.match_title", lang, file=statement.file, count=len(rows), matched=matched))
    for row in rows:
        print(f"\n{format_date(date.fromisoformat(row['date']), lang=lang)}  "
              f"{row['amount_text']}  {row['description']}")  # fmt: skip
        if not row["candidates"]:
            print(f"  {t('match.unmatched', lang)}")
        for candidate in row["candidates"][:3]:
            invoice = candidate["invoice_number"] or t("match.on_account", lang)
            print(f"  {candidate['confidence']:>3}%  {candidate['customer']} {invoice}: "
                  f"{candidate['why']}")  # fmt: skip
    for problem in statement.problems:
        print(f"{problem.file} {problem.row}: {problem.message(lang)}", file=sys.stderr)
    return code


def cmd_qr(args: argparse.Namespace) -> int:
    """The QR text that pays an amount to the shop of a static QRIS (exit 2 when it cannot)."""
    from core.money import AmountError, parse_amount
    from core.qris import QrisError, with_amount

    lang: Lang = args.lang
    try:
        amount = parse_amount(args.amount)
    except AmountError:
        amount = None
    if amount is None:
        raise UsageError(t("cli.qr_bad_amount", lang, value=args.amount))
    try:
        print(with_amount(args.static, amount))
    except QrisError as exc:
        raise UsageError(exc.message(lang)) from exc
    return 0


COMMANDS = {
    "match": cmd_match,
    "summary": cmd_summary,
    "import": cmd_import,
    "actions": cmd_actions,
    "letter": cmd_letter,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "unlock": cmd_unlock,
    "discount": cmd_discount,
    "plan": cmd_plan,
    "credit": cmd_credit,
    "forecast": cmd_forecast,
    "qr": cmd_qr,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    lang: Lang = getattr(args, "lang", "id")
    try:
        return COMMANDS[args.command](args)
    except BrokenPipeError:  # the reader went away (`| head`): nothing more to say
        sys.stderr.close()
        return 0
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except Exception as exc:  # never a traceback on screen: one line, details in the log
        from core.store import StoreError

        if isinstance(exc, StoreError):  # the database cannot be opened: one line, exit 2
            print(exc.message(lang), file=sys.stderr)
            return 2
        path = log_file()
        try:
            import logging  # only here: `summary FILE` is timed from the process's start

            log = logging.getLogger("tagih")
            handler = log_handler()
            log.addHandler(handler)
            log.exception("python -m core %s failed", args.command)
            log.removeHandler(handler)
            handler.close()
        except OSError:
            path = Path("(log unavailable)")
        print(t("cli.unexpected", lang, detail=type(exc).__name__, log=path), file=sys.stderr)
        return 1
