"""What the pages share: the session's language, as-of date and viewer, the owner's settings,
the store, and the figures worked out from its book, cached.

The ledger is rebuilt only when the database changed (its revision), never on a widget click.
Frames, figures and small results are cached with ``st.cache_data``: each reader gets its own
copy, so a page that changes what it was given changes nothing for the next one. The store's
connection, the book itself and the forecast are shared with ``st.cache_resource`` (see
``_ledger`` and ``_forecast`` for why).
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from core import charts
from core.access import NOBODY, OWNER_AT_PC, Action, Viewer, may, restrict, viewer_of
from core.aging import CustomerBalance, bucket_labels, open_book
from core.agreements import load_agreements
from core.backup import daily_copies
from core.charts import bucket_name
from core.daily import ContactHours
from core.forecast import Forecast, cash_forecast
from core.i18n import LANGS, Lang, t
from core.ingest import LedgerReadError, Problem, read_ledger
from core.latefee import LateFeePolicy
from core.ledger import CustomerKey, Ledger, invoice_label
from core.messages import DEFAULT_TEMPLATES, TemplateError, Templates, load_templates
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
from core.report import ledger_problems, mismatches
from core.services import import_file, staff_names
from core.settings import Settings
from core.statement import returned_parts
from core.store import Store, default_db_url
from ui import tables
from ui.signin import current_user, lan_mode

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
log = logging.getLogger("tagih.ui")


def lang() -> Lang:
    """The chosen language, under a plain key so it survives page switches."""
    value = st.session_state.get("lang", "id")
    return value if value in LANGS else "id"


def as_of() -> date:
    """The date every figure and every record is for: the sidebar's "Per tanggal", else today.

    Kept under a plain key so it survives page switches; the sidebar's field writes it the
    moment it changes (``ui.sidebar``), however the field was left.
    """
    value = st.session_state.get("as_of")
    return value if isinstance(value, date) else date.today()


# The address's parameter naming the chosen customer: a reload starts a new session, the address
# stays.
CUSTOMER_PARAM = "pelanggan"


def chosen_customer() -> str | None:
    """The customer the owner last chose on a customer page: kept under a plain key across page
    switches, and in the address (``?pelanggan=…``) across a reload of the page."""
    value = st.session_state.get("customer_key") or st.query_params.get(CUSTOMER_PARAM)
    return str(value) if value else None


def choose_customer(key: str) -> None:
    """Remember ``key`` as the chosen customer (``chosen_customer``)."""
    st.session_state["customer_key"] = key
    if st.query_params.get(CUSTOMER_PARAM) != key:
        st.query_params[CUSTOMER_PARAM] = key


@st.cache_resource(show_spinner=False)
def _open_store(url: str) -> Store:
    return Store(url)


def store() -> Store:
    return _open_store(default_db_url())


# The book is shared, not copied: copying a book of 100,000 invoices out of ``st.cache_data``
# takes about 0.9 s (its pickle is 8.6 MB) on every rerun of every page. Nothing changes a
# ``Ledger`` once built; pages only read it.
@st.cache_resource(show_spinner=False, max_entries=4)
def _ledger(url: str, revision: int) -> Ledger:
    """The book for one database revision; shared read-only by every session and rerun."""
    return _open_store(url).ledger()


def ledger() -> Ledger:
    """The book this user may see: all of it for the owner, their own customers for staff."""
    url = default_db_url()
    return _visible(url, _open_store(url).ledger_revision(), _mine())


# Whose customers a viewer sees, as a cache key: sorted, so that equal scopes hash alike.
Mine = tuple[CustomerKey, ...] | None


def _mine() -> Mine:
    scope = viewer().scope
    return None if scope is None else tuple(sorted(scope))


def _scope(mine: Mine) -> frozenset[CustomerKey] | None:
    return None if mine is None else frozenset(mine)


@st.cache_resource(show_spinner=False, max_entries=8)
def _visible(url: str, revision: int, mine: Mine) -> Ledger:
    """The part of the book one viewer may see (shared like the whole book, ``_ledger``),
    kept until the database changes."""
    return restrict(_ledger(url, revision), _scope(mine))


@dataclass(frozen=True, slots=True)
class OverviewFigures:
    """What the overview page shows for one book, date and bucket edges."""

    headline: Headline
    aged: list[CustomerBalance]
    totals: dict[str, Amount]
    overdue_by_month: list[tuple[str, Amount]]
    top_debtors: list[CustomerBalance]


@st.cache_data(show_spinner=False, max_entries=8)
def _overview(
    url: str,
    revision: int,
    mine: Mine,
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
View = tuple[str, int, Mine, date, tuple[int, ...]]


def _view() -> View:
    url = default_db_url()
    return url, _open_store(url).ledger_revision(), _mine(), as_of(), aging_edges()


def overview() -> OverviewFigures:
    return _overview(*_view())


@st.cache_data(show_spinner=False, max_entries=4)
def _mismatches(url: str, revision: int) -> list[Problem]:
    # The saved imports' own, and the whole book's (an opening balance carried wrong).
    return mismatches([*_open_store(url).problems(), *ledger_problems(_ledger(url, revision))])


@st.cache_data(show_spinner=False, max_entries=4)
def _book_problems(url: str, revision: int, language: Lang, day: date) -> list[Problem]:
    return ledger_problems(_ledger(url, revision), language, day)


def book_problems() -> list[Problem]:
    """What only the whole saved book shows (a payment that pays nothing in it, an invoice
    number used again, an invoice dated after the as-of date), worked out once per book
    revision and date."""
    url = default_db_url()
    return _book_problems(url, _open_store(url).ledger_revision(), lang(), as_of())


def book_mismatches() -> list[Problem]:
    """Where the saved book's own figures (Saldo, Sub Total, Sisa) disagree with its rows, read
    once per book revision."""
    url = default_db_url()
    return _mismatches(url, _open_store(url).ledger_revision())


# The overview's tables, as the page shows and downloads them.

# What is owed and how late come right after whose invoice it is: on a phone the table shows
# its first columns only, and "Sisa piutang" must be among them.
INVOICE_COLUMNS = (
    "col.invoice",
    "col.customer",
    "col.outstanding",
    "col.days_late",
    "col.due_date",
    "col.invoice_date",
    "col.amount",
    "col.paid",
    "col.returned",
    "col.bucket",
    "col.sheet",
    "col.row",
)


@st.cache_data(show_spinner=False, max_entries=4)
def _open_invoices(url: str, revision: int, mine: Mine) -> pd.DataFrame:
    """The columns of the open-invoice table that are the same on any date, most late first."""
    book = _visible(url, revision, mine)
    opened = open_book(book)
    invoices = opened.invoices
    # Goods sent back are no money paid: Dibayar and Retur apart, as the customer's statement.
    parts = returned_parts(book)
    backs = (
        [parts.get((key, inv.source), 0) for key, inv in zip(opened.keys, invoices, strict=True)]
        if parts
        else [0] * len(invoices)
    )
    return pd.DataFrame(
        {
            "col.invoice": [inv.number for inv in invoices],
            # Where the due date came from: an opening balance is named in the language shown.
            "due_source": [inv.due_source for inv in invoices],
            "col.customer": [book.name_of(key) for key in opened.keys],
            "col.invoice_date": [inv.invoice_date for inv in invoices],
            "col.due_date": [inv.due_date for inv in invoices],
            "col.amount": [inv.amount for inv in invoices],
            "col.paid": [inv.paid - back for inv, back in zip(invoices, backs, strict=True)],
            "col.returned": backs,
            "col.outstanding": list(opened.rests),
            "col.sheet": [inv.source.sheet for inv in invoices],
            "col.row": [inv.source.row for inv in invoices],
        }
    )


@st.cache_data(show_spinner=False, max_entries=8)
def _invoice_table(
    url: str,
    revision: int,
    mine: Mine,
    day: date,
    edges: tuple[int, ...],
    lang: Lang,
) -> pd.DataFrame:
    same = _open_invoices(url, revision, mine)
    late, buckets = open_lateness(_visible(url, revision, mine), day, edges)
    names = {label: bucket_name(label, lang) for label in bucket_labels(edges)}
    numbers = same["col.invoice"].copy()
    for i in (same["due_source"] == "opening").to_numpy().nonzero()[0]:  # a few, if any
        numbers.iat[i] = invoice_label(numbers.iat[i], "opening", lang, "")
    for_date = {
        "col.invoice": numbers,
        "col.days_late": pd.Series(late, index=same.index, dtype="int64"),
        "col.bucket": pd.Series([names[b] for b in buckets], index=same.index, dtype=object),
    }
    table = pd.DataFrame(
        {t(key, lang): for_date[key] if key in for_date else same[key] for key in INVOICE_COLUMNS}
    )
    return table if len(table) else table.astype(object)  # as an empty table always was


def overview_invoices(wanted: list[str] | None) -> tuple[pd.DataFrame, Amount]:
    """The open invoices on the as-of date, most late first (only those of the ``wanted``
    buckets when some are picked), and what they still owe together."""
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
    """The overview's three charts."""

    aging: go.Figure
    top_debtors: go.Figure
    overdue_by_month: go.Figure


@st.cache_data(show_spinner=False, max_entries=8)
def _overview_charts(
    url: str,
    revision: int,
    mine: Mine,
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
    """The overview's other tables, as shown and downloaded."""

    aged: pd.DataFrame  # customer by bucket, then the row of column totals
    top_debtors: pd.DataFrame
    overdue_by_month: pd.DataFrame


@st.cache_data(show_spinner=False, max_entries=8)
def _overview_tables(
    url: str,
    revision: int,
    mine: Mine,
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
# rows of this viewer's customers. Shared, not copied: a ``Forecast`` is frozen through and
# through (tuples of frozen rows), and copying one of a book of 100,000 invoices out of
# ``st.cache_data`` takes about 0.1 s on every rerun of the overview.


@st.cache_resource(show_spinner=False, max_entries=8)
def _forecast(url: str, revision: int, mine: Mine, day: date) -> Forecast:
    """Once per database write (events change it, not only the book), viewer and date."""
    saved = _open_store(url)
    return cash_forecast(
        _ledger(url, saved.ledger_revision()),
        day,
        events=saved.events(),
        agreements=load_agreements(saved),
        scope=_scope(mine),
    )


def forecast() -> Forecast:
    url = default_db_url()
    return _forecast(url, _open_store(url).revision(), _mine(), as_of())


@st.cache_data(show_spinner=False, max_entries=8)
def _forecast_chart(url: str, revision: int, mine: Mine, day: date, lang: Lang) -> go.Figure:
    return charts.forecast_bar(_forecast(url, revision, mine, day), lang)


def forecast_chart() -> go.Figure:
    """The forecast's bars, built once per database write, viewer, date and language."""
    url = default_db_url()
    return _forecast_chart(url, _open_store(url).revision(), _mine(), as_of(), lang())


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


# The playbook's settings and what the owner recorded.


def rules() -> Rules:
    return settings().playbook


def fee_policy() -> LateFeePolicy:
    return settings().late_fee


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
    return settings().contact_hours


def backups_folder() -> Path:
    return backups_dir()


# A deed done once for every session, not a value handed out: shared by ``st.cache_resource``.
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


def viewer() -> Viewer:
    """Who is using the dashboard: the signed-in account on a LAN server (nobody before
    signing in), else the owner at the shop's computer."""
    if not lan_mode():
        return OWNER_AT_PC
    user = current_user(store())
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
