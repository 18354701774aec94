"""What the pages share: language, as-of date, settings, the store and the cached ledger.

The ledger is rebuilt only when the database changed (its revision), never on a widget click.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from core import charts
from core.access import (
    NOBODY,
    OWNER_AT_PC,
    ROLE_KEYS,
    Action,
    Viewer,
    may,
    restrict,
    viewer_of,
)
from core.accounts import User
from core.aging import CustomerBalance, bucket_labels, open_book
from core.agreements import load_agreements
from core.backup import daily_copies
from core.charts import bucket_name
from core.daily import CONTACT_HOURS_SETTING, ContactHours
from core.dates import format_date, parse_typed_day
from core.forecast import Forecast, Week, cash_forecast
from core.i18n import LANGS, Lang, t
from core.ingest import LedgerReadError, Problem, read_ledger
from core.latefee import LateFeePolicy
from core.ledger import CustomerKey, Ledger
from core.messages import (
    DEFAULT_TEMPLATES,
    TemplateError,
    Templates,
    load_templates,
)
from core.money import Amount
from core.overview import (
    Headline,
    aged_report,
    headline,
    open_lateness,
    overdue_by_due_month,
    top_debtors,
)
from core.paths import backups_dir, data_dir, private_dir
from core.playbook import Rules
from core.report import mismatches
from core.services import change_setting, import_file, staff_names
from core.sessions import check, resume, start, waiting
from core.sessions import sign_out as end_session
from core.settings import Settings
from core.signin import attempt
from core.statement import BusinessInfo
from core.store import Store, default_db_url
from ui import tables
from ui.launch import LAN_ENV
from ui.session_cookie import COOKIE, clear_script, handoff_script
from ui.text import plain

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
log = logging.getLogger("tagih.ui")


def lang() -> Lang:
    """The chosen language, under a plain key so it survives page switches."""
    value = st.session_state.get("lang", "id")
    return value if value in LANGS else "id"


AS_OF_TEXT = "as_of_text"  # the sidebar's field, as typed
_AS_OF_SHOWN = "as_of_shown"  # the date that field last showed or applied
_AS_OF_PROBLEM = "as_of_problem"  # a typed text that is no date, to say so under the field


def as_of() -> date:
    """The date every figure and every record is for: the sidebar's "Per tanggal", else today.

    Kept under a plain key so it survives page switches; the sidebar's field writes it the
    moment it changes (``_apply_as_of``), however the field was left.
    """
    value = st.session_state.get("as_of")
    return value if isinstance(value, date) else date.today()


def _as_of_text(day: date) -> str:
    return format_date(day, style="numeric")


def _apply_as_of() -> None:
    """The sidebar date was changed and the field left (Enter, Tab or a click away): from this
    run on, the figures are for it. A text that is no date changes nothing and is said."""
    text = str(st.session_state.get(AS_OF_TEXT) or "")
    day = parse_typed_day(text)
    if day is None:
        st.session_state[_AS_OF_PROBLEM] = text.strip()
        return
    st.session_state.pop(_AS_OF_PROBLEM, None)
    st.session_state["as_of"] = day
    st.session_state[_AS_OF_SHOWN] = day
    st.session_state[AS_OF_TEXT] = _as_of_text(day)


def _as_of_field(current: Lang) -> None:
    """A text field, not ``st.date_input``: its segmented field keeps a date typed and left
    with Tab on screen without sending it, so the figures would stay on the old date."""
    day = as_of()
    if st.session_state.get(_AS_OF_SHOWN) != day:  # set elsewhere (a test, the first run)
        st.session_state[AS_OF_TEXT] = _as_of_text(day)
        st.session_state[_AS_OF_SHOWN] = day
        st.session_state.pop(_AS_OF_PROBLEM, None)
    st.text_input(
        t("ui.as_of", current),
        key=AS_OF_TEXT,
        on_change=_apply_as_of,
        placeholder="DD/MM/YYYY",
        help=t("ui.as_of_help", current),
    )
    problem = st.session_state.get(_AS_OF_PROBLEM)
    if problem:
        shown = format_date(day, lang=current)
        st.caption(f":red[{t('ui.as_of_unreadable', current, text=problem, date=shown)}]")
    else:
        st.caption(format_date(day, lang=current))


@st.cache_resource(show_spinner=False)
def _open_store(url: str) -> Store:
    return Store(url)


def store() -> Store:
    return _open_store(default_db_url())


@st.cache_resource(show_spinner=False, max_entries=4)
def _ledger(url: str, revision: int) -> Ledger:
    """The book for one database revision; shared read-only by every session and rerun."""
    return _open_store(url).ledger()


def ledger() -> Ledger:
    """The book this user may see: all of it for the owner, their own customers for staff."""
    url = default_db_url()
    return _visible(url, _open_store(url).ledger_revision(), _mine())


def _mine() -> frozenset[CustomerKey] | None:
    return viewer().scope


@st.cache_resource(show_spinner=False, max_entries=8)
def _visible(url: str, revision: int, mine: frozenset[CustomerKey] | None) -> Ledger:
    """The part of the book one viewer may see, kept (with what is worked out from it) until
    the database changes."""
    return restrict(_ledger(url, revision), mine)


@dataclass(frozen=True, slots=True)
class OverviewFigures:
    """What the overview page shows for one book, date and bucket edges (read-only: shared)."""

    headline: Headline
    aged: list[CustomerBalance]
    totals: dict[str, Amount]
    overdue_by_month: list[tuple[str, Amount]]
    top_debtors: list[CustomerBalance]


@st.cache_resource(show_spinner=False, max_entries=8)
def _overview(
    url: str,
    revision: int,
    mine: frozenset[CustomerKey] | None,
    day: date,
    edges: tuple[int, ...],
) -> OverviewFigures:
    """Computed once per (book revision, viewer, as-of date, edges): a click on a filter, a
    chart or another page reuses them instead of going over every invoice again."""
    book = _visible(url, revision, mine)
    aged, totals = aged_report(book, day, edges)
    return OverviewFigures(
        headline(book, day, edges),
        aged,
        totals,
        overdue_by_due_month(book, day),
        top_debtors(aged, 10),
    )


# What the overview's figures depend on: the database, its book's revision, who is looking,
# the as-of date and the bucket edges (the cached functions below take these first).
View = tuple[str, int, frozenset[CustomerKey] | None, date, tuple[int, ...]]


def _view() -> View:
    url = default_db_url()
    return url, _open_store(url).ledger_revision(), _mine(), as_of(), aging_edges()


def overview() -> OverviewFigures:
    return _overview(*_view())


@st.cache_resource(show_spinner=False, max_entries=4)
def _mismatches(url: str, revision: int) -> list[Problem]:
    return mismatches(_open_store(url).problems())


def book_mismatches() -> list[Problem]:
    """Where the saved book's own figures (Saldo, Sub Total, Sisa) disagree with its rows, read
    once per book revision (read-only: shared)."""
    url = default_db_url()
    return _mismatches(url, _open_store(url).ledger_revision())


# The overview's tables, as the page shows and downloads them (read-only: shared).

INVOICE_COLUMNS = (
    "col.invoice",
    "col.customer",
    "col.invoice_date",
    "col.due_date",
    "col.amount",
    "col.paid",
    "col.outstanding",
    "col.days_late",
    "col.bucket",
    "col.sheet",
    "col.row",
)


@st.cache_resource(show_spinner=False, max_entries=4)
def _open_invoices(url: str, revision: int, mine: frozenset[CustomerKey] | None) -> pd.DataFrame:
    """The columns of the open-invoice table that are the same on any date, most late first."""
    book = _visible(url, revision, mine)
    opened = open_book(book)
    invoices = opened.invoices
    return pd.DataFrame(
        {
            "col.invoice": [inv.number for inv in invoices],
            "col.customer": [book.name_of(key) for key in opened.keys],
            "col.invoice_date": [inv.invoice_date for inv in invoices],
            "col.due_date": [inv.due_date for inv in invoices],
            "col.amount": [inv.amount for inv in invoices],
            "col.paid": [inv.paid for inv in invoices],
            "col.outstanding": list(opened.rests),
            "col.sheet": [inv.source.sheet for inv in invoices],
            "col.row": [inv.source.row for inv in invoices],
        }
    )


@st.cache_resource(show_spinner=False, max_entries=8)
def _invoice_table(
    url: str,
    revision: int,
    mine: frozenset[CustomerKey] | None,
    day: date,
    edges: tuple[int, ...],
    lang: Lang,
) -> pd.DataFrame:
    same = _open_invoices(url, revision, mine)
    late, buckets = open_lateness(_visible(url, revision, mine), day, edges)
    names = {label: bucket_name(label, lang) for label in bucket_labels(edges)}
    for_date = {
        "col.days_late": pd.Series(late, index=same.index, dtype="int64"),
        "col.bucket": pd.Series([names[b] for b in buckets], index=same.index, dtype=object),
    }
    table = pd.DataFrame(
        {t(key, lang): for_date[key] if key in for_date else same[key] for key in INVOICE_COLUMNS}
    )
    return table if len(table) else table.astype(object)  # as an empty table always was


def overview_invoices(wanted: list[str] | None) -> tuple[pd.DataFrame, Amount]:
    """The open invoices on the as-of date, most late first (only those of the ``wanted``
    buckets when some are picked), and what they still owe together. The table is shared: not
    to be changed."""
    view, L = _view(), lang()
    table = _invoice_table(*view, L)
    summary = _overview(*view).headline.summary
    if not wanted:
        return table, summary.outstanding
    picked = dict.fromkeys(wanted)  # the buckets' own totals add up to their invoices'
    names = {bucket_name(label, L) for label in picked}
    total = sum((summary.aging[label] for label in picked), 0)
    return table[table[t("col.bucket", L)].isin(names)], total


@dataclass(frozen=True, slots=True)
class OverviewCharts:
    """The overview's three charts (read-only: shared; Streamlit sends a copy of each)."""

    aging: go.Figure
    top_debtors: go.Figure
    overdue_by_month: go.Figure


@st.cache_resource(show_spinner=False, max_entries=8)
def _overview_charts(
    url: str,
    revision: int,
    mine: frozenset[CustomerKey] | None,
    day: date,
    edges: tuple[int, ...],
    lang: Lang,
) -> OverviewCharts:
    figures = _overview(url, revision, mine, day, edges)
    return OverviewCharts(
        charts.aging_bar(figures.headline.summary.aging, lang),
        charts.top_debtors_bar(figures.top_debtors, lang),
        charts.overdue_by_month_bar(figures.overdue_by_month, lang),
    )


def overview_charts() -> OverviewCharts:
    """The charts of ``overview()``, built once per book, viewer, date, edges and language."""
    return _overview_charts(*_view(), lang())


@dataclass(frozen=True, slots=True)
class OverviewTables:
    """The overview's other tables, as shown and downloaded (read-only: shared)."""

    aged: pd.DataFrame  # customer by bucket, then the row of column totals
    top_debtors: pd.DataFrame
    overdue_by_month: pd.DataFrame


@st.cache_resource(show_spinner=False, max_entries=8)
def _overview_tables(
    url: str,
    revision: int,
    mine: frozenset[CustomerKey] | None,
    day: date,
    edges: tuple[int, ...],
    lang: Lang,
) -> OverviewTables:
    figures = _overview(url, revision, mine, day, edges)
    labels = bucket_labels(edges)
    names = [bucket_name(label, lang) for label in labels]
    customer, phone = t("col.customer", lang), t("col.phone", lang)
    outstanding, overdue, month = (
        t(k, lang) for k in ("col.outstanding", "col.overdue", "col.month")
    )
    rows = [
        [b.name, b.phone or "", *(b.aging[label] for label in labels), b.outstanding]
        for b in figures.aged
    ]
    total = figures.headline.summary.outstanding
    rows.append([t("ui.total", lang), "", *(figures.totals[label] for label in labels), total])
    return OverviewTables(
        pd.DataFrame(rows, columns=[customer, phone, *names, outstanding]),
        tables.frame(
            (
                {customer: d.name, overdue: d.overdue, outstanding: d.outstanding}
                for d in figures.top_debtors
            ),
            [customer, overdue, outstanding],
        ),
        tables.frame(
            ({month: m, overdue: amount} for m, amount in figures.overdue_by_month),
            [month, overdue],
        ),
    )


def overview_tables() -> OverviewTables:
    """The tables of ``overview()``, built once per book, viewer, date, edges and language."""
    return _overview_tables(*_view(), lang())


# The cash-in forecast: of the whole book with what was recorded (promises, agreements), the
# rows of this viewer's customers (read-only: shared).


@st.cache_resource(show_spinner=False, max_entries=8)
def _forecast(url: str, revision: int, mine: frozenset[CustomerKey] | None, day: date) -> Forecast:
    """Once per database write (events change it, not only the book), viewer and date."""
    saved = _open_store(url)
    return cash_forecast(
        _ledger(url, saved.ledger_revision()),
        day,
        events=saved.events(),
        agreements=load_agreements(saved),
        scope=mine,
    )


def forecast() -> Forecast:
    url = default_db_url()
    return _forecast(url, _open_store(url).revision(), _mine(), as_of())


@st.cache_resource(show_spinner=False, max_entries=8)
def _forecast_chart(
    url: str, revision: int, mine: frozenset[CustomerKey] | None, day: date, lang: Lang
) -> go.Figure:
    return charts.forecast_bar(_forecast(url, revision, mine, day), lang)


def forecast_chart() -> go.Figure:
    """The forecast's bars, built once per database write, viewer, date and language."""
    url = default_db_url()
    return _forecast_chart(url, _open_store(url).revision(), _mine(), as_of(), lang())


FORECAST_MONEY = ("col.amount", "forecast.col.weighted")


def forecast_week_table(week: Week, lang: Lang) -> pd.DataFrame:
    """The rows behind one week: customer, invoice, amount, expected date, chance, expected."""
    columns = [
        "col.customer",
        "forecast.col.kind",
        "forecast.col.reference",
        "col.due_date",
        "col.amount",
        "forecast.col.expected_date",
        "forecast.col.weight",
        "forecast.col.weighted",
        "forecast.col.basis",
    ]
    return tables.frame(
        (
            dict(
                zip(
                    [t(c, lang) for c in columns],
                    [
                        row.customer,
                        row.kind_text(lang),
                        row.reference if row.kind == "invoice" else ", ".join(row.invoices),
                        row.due_date,
                        row.amount,
                        row.expected,
                        row.weight_pct,
                        row.weighted,
                        row.basis_text(lang),
                    ],
                    strict=True,
                )
            )
            for row in week.rows
        ),
        [t(c, lang) for c in columns],
    )


def setting(key: str, default: Any) -> Any:
    return store().get_setting(key, default)


def settings() -> Settings:
    """The owner's settings, typed and checked once (``core.settings``)."""
    return Settings.of(store())


def aging_edges() -> tuple[int, ...]:
    """The bucket edges the owner chose (default 30/60/90), checked before use."""
    return settings().aging_edges


def default_term() -> int:
    return settings().default_term


def ensure_seeded() -> None:
    """On first start with an empty database, load the demo ledger (once, unless dismissed)."""
    db = store()
    if not db.is_empty() or db.get_setting("demo_dismissed", False):
        return
    try:
        result = read_ledger(SAMPLE, default_term=default_term())
    except LedgerReadError:
        log.exception("demo ledger unreadable")
        return
    # Loaded for whoever opens the app first: the shop's own act, as at the shop's computer.
    import_file(db, OWNER_AT_PC, result, SAMPLE.read_bytes(), now=datetime.now(), is_demo=True)


def sidebar() -> None:
    """Language switch and as-of date, on every page."""
    current = lang()
    with st.sidebar:
        chosen = st.radio(
            t("ui.language", current),
            LANGS,
            index=LANGS.index(current),
            format_func=lambda code: {"id": "Bahasa Indonesia", "en": "English"}[code],
            horizontal=True,
            key="lang_widget",
        )
        if chosen != current:
            st.session_state["lang"] = chosen
            st.rerun()
        _as_of_field(current)
        if store().has_demo():
            st.caption(t("ui.demo_badge", current))
        user = current_user() if lan_mode() else None
        if user is not None:
            st.caption(
                t(
                    "lan.signed_in",
                    current,
                    name=plain(user.name),
                    role=t(ROLE_KEYS[user.role], current),
                )
            )
            if st.button(t("lan.sign_out", current), key="sign_out"):
                sign_out()
                st.rerun()
            keep_signed_in()


# The playbook's settings and what the owner recorded.


def rules() -> Rules:
    return settings().playbook


def fee_policy() -> LateFeePolicy:
    return settings().late_fee


# The demo ledger is Toko Sumber Rejeki's: what it makes is signed by that sample shop.
DEMO_SHOP = BusinessInfo(name="Toko Sumber Rejeki (contoh)")


def _saved_shop() -> dict[str, str]:
    return dict(settings().shop)


def business() -> BusinessInfo:
    """The shop that signs messages, letters and agreements: the one the owner saved, else the
    demo's sample shop while the demo is loaded. Check ``has_shop()`` first: with neither,
    nothing may go out (it would be signed with a placeholder)."""
    fields = _saved_shop()
    if not fields.get("name") and store().has_demo():
        return DEMO_SHOP
    return BusinessInfo(**fields)


def has_shop() -> bool:
    """Whether documents have a real signer: the owner saved the shop's name, or the demo
    ledger (with its sample shop) is what is being tried."""
    return bool(_saved_shop().get("name")) or store().has_demo()


def shop_missing_notice() -> bool:
    """Say, once on a page, that documents wait for the shop's name; True when they do."""
    if has_shop():
        return False
    st.warning(t("shop.missing", lang()), icon=":material/storefront:")
    return True


def unsigned_document(place: Any, label: str, key: str) -> None:
    """Where a document's download would be: a disabled button saying that the shop's name is
    missing, so that nothing goes out unsigned."""
    place.button(
        label,
        icon=":material/picture_as_pdf:",
        disabled=True,
        help=t("shop.missing", lang()),
        key=key,
    )


SHOP_SETUP_SKIPPED = "shop_setup_skipped"


def shop_setup() -> None:
    """On first start, before anything goes out: the shop's name, address and phone. Skippable,
    and not asked while the demo ledger is loaded (its letters are only for trying out)."""
    db = store()
    if has_shop() or db.has_demo() or db.get_setting(SHOP_SETUP_SKIPPED, False):
        return
    if not allows("edit_settings"):
        return
    current = lang()
    with st.container(border=True):
        st.subheader(t("shop.setup_title", current))
        st.caption(t("shop.setup_intro", current))
        with st.form("shop_setup"):
            name = st.text_input(t("shop.name", current))
            address = st.text_area(t("shop.address", current), height=68)
            phone = st.text_input(t("shop.phone", current))
            save, skip = st.columns(2)
            saved = save.form_submit_button(t("shop.save", current), type="primary")
            skipped = skip.form_submit_button(t("shop.skip", current))
    if saved and name.strip():
        shop = {"name": name.strip(), "address": address.strip(), "phone": phone.strip()}
        change_setting(db, viewer(), "business", shop)
        st.rerun()
    elif saved:
        st.warning(t("shop.missing", current))
    elif skipped:
        change_setting(db, viewer(), SHOP_SETUP_SKIPPED, True)
        st.rerun()


def staff() -> dict[str, str]:
    """The staff accounts customers can be handed to: username → display name, active ones
    first as made, then disabled ones that still handle a customer."""
    return staff_names(store())


def titles() -> dict[CustomerKey, str]:
    """The owner's choice of address per customer (Pak, Bu…), over the guess from the name."""
    return dict(settings().titles)


def assignments() -> dict[str, str]:
    """Who handles each customer: customer key → the staff account's username."""
    return store().assignments()


def templates_path() -> Path:
    """The owner's editable copy of the message templates, made from the defaults once."""
    path = data_dir() / "messages.toml"
    if not path.exists():
        private_dir(path.parent)
        shutil.copyfile(DEFAULT_TEMPLATES, path)
    return path


def templates() -> tuple[Templates, str | None]:
    """The templates to use, and an error message when the owner's file is broken."""
    try:
        return load_templates(templates_path()), None
    except TemplateError as error:
        return load_templates(), str(error)


CLOCK_ENV = "TAGIH_CLOCK"


def clock() -> datetime:
    """The local time now, for the contact-hours guard. Tests fix it: headless ones with
    ``st.session_state["clock"]``, browser ones with ``TAGIH_CLOCK`` (ISO, e.g.
    ``2026-11-23T10:00``) in the server's environment."""
    fixed = st.session_state.get("clock")
    if isinstance(fixed, datetime):
        return fixed
    text = os.environ.get(CLOCK_ENV, "")
    try:
        return datetime.fromisoformat(text) if text else datetime.now()
    except ValueError:
        return datetime.now()


def contact_hours() -> ContactHours:
    return ContactHours.from_setting(setting(CONTACT_HOURS_SETTING, None))


def backups_folder() -> Path:
    return backups_dir()


@st.cache_resource(show_spinner=False)
def _daily_backup_done(url: str, day: str) -> bool:
    """Once per database and day, whichever session comes first makes the day's backups (the
    data folder's and the second folder's)."""
    done = daily_copies(_open_store(url), backups_folder(), now=datetime.now())
    for folder, why in done.failed:
        log.error("daily backup in %s failed: %s", folder, why)
    return not done.failed


def ensure_daily_backup() -> None:
    _daily_backup_done(default_db_url(), date.today().isoformat())


# LAN mode: accounts, sessions that expire, and what each user may see.

_LOOPBACK = ("127.", "localhost", "::1")


def lan_mode() -> bool:
    """Whether this server process is open to the network, so everyone must sign in.

    Decided when the process started (``ui.launch`` sets ``TAGIH_LAN``), never by the stored
    setting: switching LAN mode off in Settings must not open a running network server to
    whoever connects. A server listening on any address but loopback asks too, however it was
    started.
    """
    if os.environ.get(LAN_ENV) == "1":
        return True
    address = str(st.get_option("server.address") or "")
    return not address.startswith(_LOOPBACK)


_AUTH = "auth"  # this tab's session: {"session": id}
_HANDOFF = "session_handoff"  # (session id, one-time secret) until the browser has its cookie


def current_user() -> User | None:
    """The signed-in user of this tab, while its session lives (``core.sessions``: each use
    keeps it alive, the owner or signing out ends it, so do disabling the account and changing
    its password) and its account is active, with its role and name as they are now.

    A tab not signed in yet (a reload, a tab the phone brought back, a new tab) resumes the
    session its browser's cookie names, when there is one."""
    auth = st.session_state.get(_AUTH)
    now = signin_clock()
    if auth is None:
        found = resume(store(), st.context.cookies.get(COOKIE), now)
    else:
        found = check(store(), auth["session"], now)
    if found is None:
        st.session_state.pop(_AUTH, None)
        st.session_state.pop(_HANDOFF, None)
        return None
    session, user = found
    st.session_state[_AUTH] = {"session": session.id}
    return user


def current_session() -> int | None:
    """The id of this tab's session (to mark it in the owner's list of sessions)."""
    auth = st.session_state.get(_AUTH)
    return int(auth["session"]) if auth else None


def sign_in_as(user: User) -> None:
    """Start a session for ``user`` (the right password was just given) and have the browser
    fetch its cookie (``keep_signed_in``)."""
    agent = st.context.headers.get("User-Agent")
    agent = agent if isinstance(agent, str) else ""
    session_id, handoff = start(store(), user, signin_clock(), client_address(), agent)
    st.session_state[_AUTH] = {"session": session_id}
    st.session_state[_HANDOFF] = (session_id, handoff)


def keep_signed_in() -> None:
    """Until this tab's browser holds its session's cookie, the page script that fetches it
    (once per page shown; the server trades each handoff secret once)."""
    pending = st.session_state.get(_HANDOFF)
    if not pending:
        return
    if not waiting(store(), pending[0], signin_clock()):
        st.session_state.pop(_HANDOFF, None)  # claimed, ended, or too late to claim
        return
    base = str(st.get_option("server.baseUrlPath") or "")
    st.html(handoff_script(pending[1], base), unsafe_allow_javascript=True)


def forget_stale_cookie() -> None:
    """On the sign-in page: a cookie the browser still sends signs nobody in (signed out,
    revoked, expired); have the server expire it."""
    if st.context.cookies.get(COOKIE):
        base = str(st.get_option("server.baseUrlPath") or "")
        st.html(clear_script(base), unsafe_allow_javascript=True)


def sign_out() -> None:
    """End this tab's session (and so its browser's other tabs); the cookie is cleared on the
    sign-in page that follows."""
    session_id = current_session()
    st.session_state.pop(_AUTH, None)
    st.session_state.pop(_HANDOFF, None)
    if session_id is not None:
        end_session(store(), session_id)


def viewer() -> Viewer:
    """Who is using the dashboard: the signed-in account on a LAN server (nobody before
    signing in), else the owner at the shop's computer."""
    if not lan_mode():
        return OWNER_AT_PC
    user = current_user()
    if user is None:
        return NOBODY
    return viewer_of(user.username, user.role, assignments())


def allows(action: Action, customer: str | None = None) -> bool:
    """Whether the viewer may do ``action`` (to ``customer``): ``core.access`` decides."""
    return may(viewer(), action, customer)


def require(action: Action) -> None:
    """Stop a page the viewer may not use (settings, imports, discounts, backups)."""
    if not allows(action):
        st.error(t("lan.owner_only", lang()))
        st.stop()


def no_customers_assigned() -> bool:
    """A staff member with no customer yet: the pages say so instead of showing a book."""
    current = viewer()
    return not current.is_owner and not current.customers


def signin_clock() -> datetime:
    """The time a sign-in try happens (core takes it as a parameter; tests replace this)."""
    return datetime.now(UTC)


def client_address() -> str:
    """Who is trying to sign in, for the brake and the audit log: the browser's address as the
    server saw it, "localhost" for this computer (Streamlit gives no address then)."""
    address = st.context.ip_address
    return address if isinstance(address, str) and address else "localhost"


def sign_in_form() -> None:
    """The sign-in page of LAN mode; ``core.signin`` decides whether a try may check its
    password, and logs it."""
    current = lang()
    forget_stale_cookie()
    st.title(t("app.title", current))
    with st.form("sign_in"):
        username = st.text_input(t("lan.username", current))
        password = st.text_input(t("lan.password", current), type="password")
        if st.form_submit_button(t("lan.sign_in", current), type="primary"):
            tried = attempt(store(), username, password, client_address(), signin_clock())
            if tried.user is not None:
                sign_in_as(tried.user)
                st.rerun()
            elif tried.outcome == "locked":
                st.error(t("lan.locked", current))
            elif tried.outcome == "too_soon":
                st.error(t("lan.too_soon", current, seconds=tried.wait_seconds))
            else:
                st.error(t("lan.wrong", current))
                if tried.wait_seconds:
                    st.warning(t("lan.next_try", current, seconds=tried.wait_seconds))
