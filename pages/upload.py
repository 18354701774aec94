"""Unggah: drop ledgers in, see what was read, correct a guessed column, manage imports."""

from collections.abc import Callable, Sequence
from contextlib import suppress
from datetime import datetime
from typing import Any, Literal

import pandas as pd
import streamlit as st

from core import services
from core.bankcredits import open_requests, saved_credits
from core.bankstatement import may_be_statement
from core.columns import FIELD_KEYS, METHOD_KEYS
from core.dates import format_date
from core.i18n import CodeKeys, t
from core.ingest import LedgerFile, LedgerReadError, Problem, as_owed, read_beside
from core.ledger import Invoice
from core.matching import expected_amounts, propose, sorted_by_confidence
from core.money import format_rupiah
from core.reading.layout import CHOOSABLE, SHAPE_KEYS, Shape
from core.report import (
    CORRECTABLE,
    book_problem_summary,
    chosen_reading,
    corrected,
    file_contents,
    mismatch_lines,
    reading_lines,
    sheet_label,
    sheet_shape,
)
from core.sandbox import headers_in_child, read_in_child, statement_in_child
from core.store import ImportRecord
from ui.state import as_of, book_problems, default_term, lang, ledger, require, store, viewer
from ui.tables import download_xlsx, frame, show_table
from ui.text import file_stem, plain
from ui.uploader import file_uploader

require("import")  # the owner's page
L = lang()
db = store()
FIELDS = (
    "invoice_no", "customer", "invoice_date", "due_date", "terms", "amount", "paid", "returned",
    "balance", "status", "payment_date", "phone", "cost",
)  # fmt: skip
AUTO, NONE, ALL = "__auto__", "__none__", "__all__"
# What became of a file: the store's import status, or read again with the owner's choice.
Uploaded = Literal["new", "unchanged", "replaced", "reread"]
UPLOADED_KEYS = CodeKeys[Uploaded](
    Uploaded,
    {
        "new": "upload.status.new",
        "unchanged": "upload.status.unchanged",
        "replaced": "upload.status.replaced",
        "reread": "upload.status.reread",
    },
)

st.title(t("nav.upload", L))
st.write(t("upload.intro", L))


def import_bytes(
    name: str, data: bytes, choice: dict[str, str | None] | None = None
) -> dict[str, Any]:
    """Read and save one file; the outcome as a plain dict for the page to show.

    The same bytes under the same name change nothing; read with another ``choice`` of shape
    or columns (``core.report.reading_choice``), they replace the earlier import of that file,
    and the choice is kept with it.
    """
    reading = chosen_reading(choice)

    def read(beside: Sequence[Invoice] = (), shape: Shape | None = reading.shape) -> LedgerFile:
        # In a child process: no file can end the server that every browser shares.
        return read_in_child(
            data,
            name,
            default_term=default_term(),
            mapping=reading.columns,
            shape=shape,
            sheets=reading.sheets,
            beside=beside,
        )

    try:
        try:
            result = read()
        except LedgerReadError as refused:
            # A list of transfers naming invoices in its notes alone pays those saved already.
            result = read_beside(read, refused, ledger().invoices)
        if reading.shape is None:
            # Named for payments, its columns an invoice list's, and no invoice saved to pay.
            result = as_owed(
                result, lambda: services.own_invoices(db), lambda shape: read(shape=shape)
            )
    except LedgerReadError as error:
        refused: dict[str, Any] = {"file": name, "error": error.message(L)}
        if error.code in CORRECTABLE:  # the form under the refusal offers the file's columns
            with suppress(LedgerReadError):
                refused["headers"], refused["guessed"] = headers_in_child(data, name)
        return refused
    outcome = services.import_file(db, viewer(), result, data, now=datetime.now(), mapping=choice)
    return {"file": name, "status": outcome.status, "import_id": outcome.record.id}


def problem_table(problems: list[Problem]) -> pd.DataFrame:
    """Problems as the page lists them: file, sheet, Excel row, column and why."""
    return frame(
        (
            {
                t("col.file", L): p.file,
                t("col.sheet", L): p.sheet,
                t("col.row", L): p.row,
                t("col.column", L): p.column,
                t("col.reason", L): p.message(L),
            }
            for p in problems
        ),
        [t(c, L) for c in ("col.file", "col.sheet", "col.row", "col.column", "col.reason")],
    )


def show_mismatches(problems: list[Problem], files: bool = False) -> None:
    """The red notice: every place where the book's own figure disagrees with its rows."""
    lines = mismatch_lines(problems, L, files=files)
    if lines:
        items = "\n".join(f"- {plain(line)}" for line in lines)
        st.error(f"{t('reading.mismatch_title', L)}\n\n{items}", icon=":material/error:")


def show_reading(report: dict[str, Any]) -> None:
    """How a file was read, in words."""
    st.markdown("\n".join(f"- {line}" for line in reading_lines(report, L)))


# --- Bank statements (mutasi rekening): read, kept, and matched to customers ---
KINDS = ("auto", "ledger", "statement")
SHOWN = 50  # credits listed at once; the surest first


def kind_label(kind: str) -> str:
    return {
        "auto": t("upload.filekind.auto", L),
        "ledger": t("upload.filekind.ledger", L),
        "statement": t("upload.filekind.statement", L),
    }[kind]


def import_statement(name: str, data: bytes, *, chosen: bool) -> dict[str, Any] | None:
    """Read a bank statement and keep its credits; the outcome as a plain dict. Unless the
    owner ``chosen`` it as a statement, ``None`` for a file that does not look like one."""
    try:
        # In a child process, as a ledger is read: no file can end the server.
        statement = statement_in_child(data, name, as_of(), only_if_statement=not chosen)
    except LedgerReadError as error:
        return {"file": name, "error": error.message(L)}
    if statement is None:
        return None
    outcome = services.save_bank_statement(db, statement, viewer(), datetime.now())
    return {
        "file": name,
        "statement": True,
        "bank": statement.bank.upper() if statement.bank != "generic" else t("bank.generic", L),
        "count": len(statement.credits),
        "total": format_rupiah(statement.total),
        "new": outcome.new,
        "known": outcome.known,
        "problems": [p.as_dict(L) for p in statement.problems],
    }


def show_statement_outcome(outcome: dict[str, Any]) -> None:
    st.success(
        t(
            "bank.read",
            L,
            file=plain(outcome["file"]),
            bank=outcome["bank"],
            count=outcome["count"],
            total=outcome["total"],
            new=outcome["new"],
            known=outcome["known"],
        ),
        icon=":material/account_balance:",
    )
    if outcome["problems"]:
        st.markdown(f"**{t('bank.problems', L)}** ({len(outcome['problems'])})")
        columns = [t(c, L) for c in ("col.file", "col.row", "col.reason")]
        show_table(
            frame(
                (
                    dict(zip(columns, (p["file"], p["row"], p["message"]), strict=True))
                    for p in outcome["problems"]
                ),
                columns,
            ),
            lang=L,
        )


def statement_section() -> None:
    """Every kept credit still open, with its best candidate, confidence and why: confirmed
    (a payment, as if entered by hand), changed (another customer or invoice) or dismissed in
    one click. Unmatched credits stay listed until dismissed."""
    kept = saved_credits(db)
    if not kept:
        return
    st.header(t("bank.title", L))
    st.caption(t("bank.intro", L))
    flash = st.session_state.pop("bank_flash", None)
    if flash:
        st.success(flash, icon=":material/check_circle:")
    book = ledger()
    today = as_of()
    waiting = [s for s in kept if s.state == "proposed"]
    names = {inv.customer_key: book.name_of(inv.customer_key) for inv in book.invoices}
    names.update({k: v for k, v in book.customer_names.items() if k not in names})
    if not waiting:
        st.info(t("bank.none_open", L))
    elif not names:
        st.info(t("bank.no_customer", L))
    proposals = propose(
        [s.credit for s in waiting],
        book,
        open_requests(db, today),
        expected_amounts(db, book, today),
    )
    by_key = {s.credit.key: s for s in waiting}
    everyone = sorted(names, key=lambda k: names[k].lower())
    ranked_proposals = sorted_by_confidence(proposals)
    if len(ranked_proposals) > SHOWN:
        st.caption(t("bank.more", L, shown=SHOWN, count=len(ranked_proposals)))
    for proposal in ranked_proposals[:SHOWN]:
        saved = by_key[proposal.credit.key]
        credit, top, n = proposal.credit, proposal.top, saved.event_id
        with st.container(border=True):
            head = st.columns([2, 3])
            head[0].markdown(
                f"**{format_rupiah(credit.amount)}** · {format_date(credit.on, lang=L)}"
            )
            head[0].caption(plain(credit.description))
            if top is not None:
                head[1].markdown(
                    f"**{plain(top.customer)}** · {t('bank.col.confidence', L)} {top.confidence}%"
                )
                head[1].caption(plain(top.why(L)))
            else:
                head[1].markdown(f"**{t('match.unmatched', L)}**")
            ranked = [c.customer_key for c in proposal.candidates]
            options = [*ranked, *(k for k in everyone if k not in ranked)]
            row = st.columns([3, 3, 1, 1], vertical_alignment="bottom")
            customer = row[0].selectbox(
                t("bank.pick_customer", L),
                options,
                index=0 if top is not None and options else None,
                format_func=lambda k: names.get(k, k),
                key=f"bank_customer_{n}",
            )
            numbers = sorted({inv.number for inv in book.invoices_of(customer)
                              if inv.outstanding > 0 and inv.number})  # fmt: skip
            choices = ["", *numbers]
            wanted = next(
                (c.invoice_number for c in proposal.candidates if c.customer_key == customer), ""
            )
            invoice = row[1].selectbox(
                t("bank.pick_invoice", L),
                choices,
                index=choices.index(wanted) if wanted in choices else 0,
                format_func=lambda number: number or t("match.on_account", L),
                key=f"bank_invoice_{n}_{customer}",
            )
            if row[2].button(
                t("bank.confirm", L), type="primary", key=f"bank_ok_{n}", disabled=customer is None
            ):
                assert customer is not None
                services.confirm_bank_credit(
                    db, viewer(), n, customer, book, invoice, at=datetime.now()
                )
                st.session_state["bank_flash"] = t(
                    "bank.confirmed",
                    L,
                    amount=format_rupiah(credit.amount),
                    name=plain(names.get(customer, customer)),
                )
                st.rerun()
            if row[3].button(t("bank.dismiss", L), key=f"bank_no_{n}"):
                services.dismiss_bank_credit(db, viewer(), n)
                st.rerun()
    confirmed = [s for s in kept if s.state == "confirmed"]
    if confirmed:
        with st.expander(t("bank.confirmed_list", L, count=len(confirmed))):
            columns = [t(c, L) for c in ("bank.col.date", "bank.col.amount",
                                         "bank.col.description", "bank.pick_customer",
                                         "bank.pick_invoice")]  # fmt: skip
            show_table(
                frame(
                    (
                        dict(
                            zip(
                                columns,
                                (
                                    format_date(s.credit.on, lang=L),
                                    s.credit.amount,
                                    s.credit.description,
                                    names.get(s.customer_key, s.customer_key),
                                    s.invoice_number,
                                ),
                                strict=True,
                            )
                        )
                        for s in confirmed
                    ),
                    columns,
                ),
                lang=L,
            )
    dismissed = [s for s in kept if s.state == "dismissed"]
    if dismissed:
        with st.expander(t("bank.dismissed_list", L, count=len(dismissed))):
            for s in dismissed:
                cols = st.columns([5, 1], vertical_alignment="center")
                cols[0].markdown(
                    f"{format_date(s.credit.on, lang=L)} · {format_rupiah(s.credit.amount)} · "
                    f"{plain(s.credit.description)}"
                )
                if cols[1].button(t("bank.reopen", L), key=f"bank_reopen_{s.event_id}"):
                    services.reopen_bank_credit(db, viewer(), s.event_id)
                    st.rerun()


# --- end of bank statements ---

kind = st.radio(
    t("upload.filekind", L), KINDS, format_func=kind_label, horizontal=True, key="upload_kind"
)
uploads = file_uploader(
    t("upload.drop", L),
    key="uploader",
    lang=L,
    type=None,  # every file is judged by core, so a refusal is Tagih's own sentence
    accept_multiple_files=True,
    help=t("upload.drop_help", L),
)
done: dict[str, dict[str, Any]] = st.session_state.setdefault("imported_uploads", {})
fresh: list[str] = []  # the files dropped since the page last ran
for upload in uploads or []:
    if upload.file_id in done:
        continue
    fresh.append(upload.file_id)
    if kind == "statement" or (kind == "auto" and may_be_statement(upload.getvalue())):
        with st.spinner(t("upload.reading", L, file=plain(upload.name))):
            read = import_statement(upload.name, upload.getvalue(), chosen=kind == "statement")
        if read is not None:
            done[upload.file_id] = read
            continue
    # A file dropped again (or its new version) is read as the owner corrected it last time.
    saved = next((r.mapping for r in db.imports() if r.file_name == upload.name), None)
    with st.spinner(t("upload.reading", L, file=plain(upload.name))):
        done[upload.file_id] = import_bytes(upload.name, upload.getvalue(), saved)
if fresh:
    # The report is about the files just dropped: those the upload box still lists from an
    # earlier drop, and the report picked before, step aside.
    st.session_state["upload_batch"] = fresh
    st.session_state["report_pick"] = None
listed = {u.file_id: u for u in uploads or []}
batch = [i for i in st.session_state.get("upload_batch", []) if i in listed and i in done]
results = [done[i] for i in batch]


def shape_label(guess: str) -> Callable[[str], str]:
    """How a shape choice reads: the automatic guess, or the shape in words."""

    def label(option: str) -> str:
        if option == AUTO:
            return t("upload.shape_auto", L, guess=guess)
        return t(SHAPE_KEYS[option], L)

    return label


def option_label(guess: str | None) -> Callable[[str], str]:
    """How a column choice reads: the automatic guess, 'not in the file', or the header."""

    def label(option: str) -> str:
        if option == AUTO:
            return t("upload.auto", L, guess=guess) if guess else t("upload.auto_missing", L)
        if option == NONE:
            return t("upload.none", L)
        return option

    return label


def refused_form(upload_id: str, outcome: dict[str, Any]) -> None:
    """A file refused for its columns (``core.report.CORRECTABLE``): the owner chooses the
    book's shape and which of its headings holds each field, and the file is read so."""
    headers, guessed = outcome["headers"], outcome["guessed"]
    with st.form(f"refused_{upload_id}"):
        st.markdown(f"**{t('upload.remap', L)}**")
        st.caption(t("upload.remap_help", L))
        shapes = [AUTO, *CHOOSABLE]
        picked = st.selectbox(
            t("upload.shape", L), shapes, format_func=shape_label("—"), key=f"rshape_{upload_id}"
        )
        choices: dict[str, str] = {}
        grid = st.columns(3)
        for i, name in enumerate(FIELDS):
            choices[name] = grid[i % 3].selectbox(
                t(FIELD_KEYS[name], L),
                [AUTO, NONE, *headers],
                format_func=option_label(guessed.get(name)),
                key=f"rmap_{upload_id}_{name}",
            )
        if st.form_submit_button(t("upload.reimport", L), type="primary"):
            mapping = {n: (None if v == NONE else v) for n, v in choices.items() if v != AUTO}
            shape = None if picked == AUTO else next(s for s in CHOOSABLE if s == picked)
            upload = listed[upload_id]
            done[upload_id] = import_bytes(
                upload.name, upload.getvalue(), corrected(None, None, mapping, shape)
            )
            st.rerun()


# The files just dropped: whether each was saved, its report (how it was read, where its own
# figures disagree with its rows, the columns used, the problem rows, the corrections).
kept = {r.id: r for r in db.imports()}
just_read: list[int] = []
for upload_id, outcome in zip(batch, results, strict=True):
    if "error" in outcome:
        st.error(plain(outcome["error"]), icon=":material/block:")
        if outcome.get("headers"):
            refused_form(upload_id, outcome)
    elif outcome.get("statement"):
        show_statement_outcome(outcome)
    elif outcome["import_id"] in kept:  # not one removed since
        st.success(
            t(UPLOADED_KEYS[outcome["status"]], L, file=plain(outcome["file"])),
            icon=":material/check_circle:",
        )
        just_read.append(outcome["import_id"])


def show_report(import_id: int, file_name: str, saved: dict[str, str | None] | None) -> None:
    """The import report: sheets used and ignored, columns as mapped, problem rows."""
    report = db.import_report(import_id)
    sheets = report.get("sheets", [])
    returns = report.get("returns", 0)  # of the credits, goods sent back: said apart
    st.write(
        t(
            "upload.counts_returns" if returns else "upload.counts",
            L,
            rows=sum(s["rows"] for s in sheets),
            invoices=report.get("invoices", 0),
            payments=report.get("payments", 0) - returns,
            returns=returns,
            format=report.get("format", "?"),
        )
    )
    found_problems, ignored = db.import_findings(import_id)
    show_reading(report)
    # This file's own figures that disagree with its rows, and those only the whole book shows
    # (an opening balance carried from a sheet before it).
    mine = [p for p in book_problems() if p.file == file_name]
    show_mismatches([*found_problems, *(p for p in mine if p.code == "check-mismatch")])
    if report.get("default_term_used"):
        st.info(t("upload.default_term", L, count=report["default_term_used"], days=default_term()))
    columns = [
        {
            t("col.sheet", L): sheet_label(s),
            t("upload.sheet_shape", L): t(SHAPE_KEYS[sheet_shape(s)], L),
            t("upload.header_row", L): s["header_row"],
            t("upload.field", L): t(FIELD_KEYS[name], L),
            t("upload.column", L): c["header"],
            t("upload.confidence", L): f"{c['confidence']}%",
            t("upload.method", L): t(METHOD_KEYS[c["method"]], L),
        }
        for s in sheets
        for name, c in s["columns"].items()
        if name != "row_no"
    ]
    st.markdown(f"**{t('upload.columns', L)}**")
    show_table(pd.DataFrame(columns), lang=L)
    if ignored:
        st.markdown(f"**{t('summary.ignored_sheets', L)}**")
        show_table(
            frame(
                ({t("col.sheet", L): s.sheet, t("col.reason", L): s.reason(L)} for s in ignored),
                [t("col.sheet", L), t("col.reason", L)],
            ),
            lang=L,
        )
    # This file's rows that pay nothing in the whole book (listed again under the saved files).
    across = book_problem_summary(mine, L, here=True)
    if across:
        st.warning(plain(across), icon=":material/warning:")
    problems = problem_table(found_problems)
    st.markdown(f"**{t('summary.problems', L)}** ({len(problems)})")
    if len(problems):
        show_table(problems, lang=L)
        download_xlsx(
            t("ui.download_problems", L),
            {t("summary.problems", L): problems},
            f"masalah_{file_stem(file_name)}.xlsx",
            key=f"problems_{import_id}",
        )
    else:
        st.success(t("ui.problems_none", L))
    remap_form(import_id, file_name, sheets, saved)


def target_label(option: str) -> str:
    return (
        t("upload.remap_all", L) if option == ALL else t("upload.remap_sheet_one", L, sheet=option)
    )


def remap_form(
    import_id: int,
    file_name: str,
    sheets: list[dict[str, Any]],
    saved: dict[str, str | None] | None,
) -> None:
    """Correct a guess: the book's shape, or the header for a field, for every sheet or for
    one sheet; then read the file again.

    The choices saved with the import (``saved``) come up chosen, so correcting one keeps the
    others; a column chosen shows its header even when the sheet no longer has it.
    """
    reading = chosen_reading(saved)
    names = list(dict.fromkeys([*(s["sheet"] for s in sheets), *reading.sheets]))
    st.markdown(f"**{t('upload.remap', L)}**")
    st.caption(t("upload.remap_help", L))
    target = ALL
    if len(names) > 1:
        target = st.selectbox(
            t("upload.remap_target", L),
            [ALL, *names],
            format_func=target_label,
            key=f"remap_target_{import_id}",
        )
    elif names:
        target = names[0]
    mine = sheets if target == ALL else [s for s in sheets if s["sheet"] == target]
    if target == ALL:
        columns, shape = dict(reading.columns or {}), reading.shape
        st.caption(
            t("upload.remap_changes_all", L, sheets=plain(", ".join(f"'{n}'" for n in names)))
        )
        own = [n for n in names if n in reading.sheets]
        if own:
            st.caption(
                t("upload.remap_own_kept", L, sheets=plain(", ".join(f"'{n}'" for n in own)))
            )
    else:
        columns, shape = reading.of_sheet(target)
        if len(names) > 1:
            st.caption(t("upload.remap_changes_one", L, sheet=plain(target)))
    headers = sorted({h for s in mine for h in s.get("headers", [])})
    headers += sorted({h for h in columns.values() if h is not None and h not in headers})
    guessed = {name: c["header"] for s in reversed(mine) for name, c in s["columns"].items()}
    read_as = ", ".join(dict.fromkeys(t(SHAPE_KEYS[sheet_shape(s)], L) for s in mine))
    suffix = "" if target == ALL else f"_{target}"
    with st.form(f"remap_{import_id}"):
        shapes = [AUTO, *CHOOSABLE]
        picked_shape = st.selectbox(
            t("upload.shape", L),
            shapes,
            index=shapes.index(shape) if shape else 0,
            format_func=shape_label(read_as or "—"),
            key=f"shape_{import_id}{suffix}",
        )
        choices: dict[str, str] = {}
        grid = st.columns(3)
        for i, name in enumerate(FIELDS):
            options = [AUTO, NONE, *headers]
            was = columns.get(name, AUTO)
            was = NONE if was is None else was
            choices[name] = grid[i % 3].selectbox(
                t(FIELD_KEYS[name], L),
                options,
                index=options.index(was) if was in options else 0,
                format_func=option_label(guessed.get(name)),
                key=f"map_{import_id}{suffix}_{name}",
            )
        if st.form_submit_button(t("upload.reimport", L), type="primary"):
            mapping = {
                name: (None if value == NONE else value)
                for name, value in choices.items()
                if value != AUTO
            }
            choice = corrected(
                saved,
                None if target == ALL else target,
                mapping,
                None if picked_shape == AUTO else next(s for s in CHOOSABLE if s == picked_shape),
            )
            outcome = import_bytes(file_name, db.file_bytes(import_id), choice)
            if "error" in outcome:
                st.error(plain(outcome["error"]))
            else:
                outcome["status"] = "reread"
                for upload_id, earlier in done.items():  # the outcome above follows it
                    if earlier.get("file") == file_name:
                        done[upload_id] = outcome
                st.session_state["report_import"] = outcome["import_id"]
                if len(names) > 1:  # the sheet just corrected stays in view
                    st.session_state[f"remap_target_{outcome['import_id']}"] = target
                st.rerun()


def remove_button(record: ImportRecord) -> None:
    contents = file_contents(record.n_invoices, record.n_money, record.n_returns, L)
    with st.popover(t("upload.remove", L), icon=":material/delete:"):
        st.write(t("upload.remove_confirm", L, file=plain(record.file_name), contents=contents))
        if st.button(t("upload.remove_yes", L), type="primary", key=f"remove_{record.id}"):
            services.remove_import(db, viewer(), record.id)
            st.session_state.pop("report_import", None)
            st.rerun()


# The report of each file just dropped, under its name.
for import_id in just_read:
    record = kept[import_id]
    with st.container(border=True):
        st.subheader(t("upload.report_of", L, file=plain(record.file_name)))
        show_report(record.id, record.file_name, record.mapping)
        remove_button(record)
statement_section()

# The imports kept in the database.
st.header(t("upload.saved", L))
records = db.imports()
if not records:
    st.info(t("upload.none_saved", L))
    st.stop()
listing = frame(
    (
        {
            t("col.file", L): r.file_name,
            t("upload.when", L): f"{format_date(r.imported_at.date(), style='numeric')} "
            f"{r.imported_at:%H:%M}",
            t("upload.format", L): r.format,
            t("summary.invoices", L): r.n_invoices,
            t("upload.payments", L): r.n_money,
            t("upload.returns", L): r.n_returns,
            t("summary.problems", L): r.n_problems,
            t("upload.demo", L): "✓" if r.is_demo else "",
        }
        for r in records
    ),
    [
        t(c, L)
        for c in (
            "col.file", "upload.when", "upload.format", "summary.invoices", "upload.payments",
            "upload.returns", "summary.problems", "upload.demo",
        )
    ],
)  # fmt: skip
show_table(listing, lang=L)
# What no one file shows: a payment that pays nothing in the book, an invoice number used again,
# an opening balance that disagrees with the sheets it carries, an invoice dated after the as-of
# date.
across = book_problems()
if across:
    st.markdown(f"**{t('upload.book_problems', L)}** ({len(across)})")
    show_mismatches(across, files=True)
    if said := book_problem_summary(across, L, here=True):
        st.warning(plain(said), icon=":material/warning:")
    whole = problem_table(across)
    show_table(whole, lang=L)
    download_xlsx(
        t("ui.download_problems", L),
        {t("summary.problems", L): whole},
        "masalah_buku.xlsx",
        key="problems_book",
    )
if db.has_demo() and st.button(
    t("upload.clear_demo", L), icon=":material/delete_sweep:", key="clear_demo"
):
    services.clear_demo(db, viewer())
    st.rerun()

# Another saved file's report, on request. With files just dropped, none is picked: their
# reports are above, and an older report never sits under a new file's refusal.
others = {r.id: f"{r.file_name} ({format_date(r.imported_at.date())})" for r in records
          if r.id not in just_read}  # fmt: skip
if others:
    ids = list(others)
    dropped = "upload_batch" in st.session_state
    pick = st.session_state.get("report_pick", "first visit")
    if pick is not None and pick not in ids:  # the first visit, a file read again, or removed
        default = st.session_state.get("report_import")
        st.session_state["report_pick"] = default if default in ids else None if dropped else ids[0]
    chosen = st.selectbox(
        t("upload.pick_other", L) if just_read else t("upload.pick", L),
        ids,
        format_func=lambda i: others[i],
        placeholder=t("upload.pick_placeholder", L),
        key="report_pick",
    )
    if chosen is not None:
        record = next(r for r in records if r.id == chosen)
        show_report(record.id, record.file_name, record.mapping)
        remove_button(record)
