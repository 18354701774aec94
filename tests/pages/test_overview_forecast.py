"""Ringkasan's cash-in forecast, headless (AppTest): the bars, a week opened to its rows, and
staff who see only their customers' rows."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core.access import viewer_of
from core.accounts import User, create_user
from core.agreements import load_agreements
from core.cli import main
from core.events import Contact
from core.forecast import Forecast, cash_forecast
from core.money import format_rupiah
from core.sessions import start
from core.store import Store

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
TODAY = date(2026, 11, 23)


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """The demo book saved as the owner imports it, Andi handling one customer, and a promise
    from a customer he does not handle, due in the second week."""
    for name, value in (("TAGIH_DATA", tmp_path), ("TAGIH_DB", tmp_path / "tagih.sqlite3")):
        monkeypatch.setenv(name, str(value))
    monkeypatch.delenv("TAGIH_LAN", raising=False)
    assert main(["import", str(SAMPLE), "--json"]) == 0
    with Store.open_default() as db:
        create_user(db, "andi", "Andi", "staff", "andi-tagih-22")
        db.assign("ud harapan baru", "andi")
        joko = [i for i in db.ledger().invoices if i.customer_key == "pak joko susilo"]
        payload = Contact(
            customer="Pak Joko Susilo", channel="phone", outcome="promised", step=5,
            promise_date=TODAY + timedelta(days=8), promise_amount=2_000_000,
            outstanding_then=sum(i.outstanding for i in joko), on=TODAY,
        ).encode()  # fmt: skip
        db.add_event("contact", "pak joko susilo", datetime(2026, 11, 23, 9, tzinfo=UTC), payload)
        yield db


def expected(store: Store, scope: frozenset[str] | None = None) -> Forecast:
    return cash_forecast(
        store.ledger(),
        TODAY,
        events=store.events(),
        agreements=load_agreements(store),
        scope=scope,  # type: ignore[arg-type]
    )


def app(auth: User | None = None, lang: str = "id", store: Store | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.session_state["as_of"] = TODAY
    at.session_state["lang"] = lang
    if auth is not None:
        assert store is not None, "a signed-in tab needs the store its session lives in"
        session_id, _ = start(store, auth, datetime.now(UTC), "localhost")
        at.session_state["auth"] = {"session": session_id}
    return at.run()


def weighted_total(table: object) -> int:
    """The week's figure worked out again from the table shown: amount × chance, rounded once."""
    frame = table.value  # type: ignore[attr-defined]
    exact = sum(
        (
            Decimal(str(a)) * int(w) / 100
            for a, w in zip(frame["Jumlah"], frame["Peluang (%)"], strict=True)
        ),
        Decimal(0),
    )
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def test_the_overview_shows_the_weeks_and_opens_one_to_its_rows(store: Store) -> None:
    at = app()
    assert not at.exception
    assert "Perkiraan uang masuk, 13 minggu" in [s.value for s in at.subheader]
    want = expected(store)
    chart = next(c for c in at.get("plotly_chart") if c.proto.id.endswith("-forecast_chart"))
    bars = json.loads(chart.proto.spec)["data"][0]
    assert bars["y"] == [w.expected for w in want.weeks]
    assert bars["error_y"]["array"] == [w.high - w.expected for w in want.weeks]
    assert bars["error_y"]["arrayminus"] == [w.expected - w.low for w in want.weeks]
    total = next(c.value for c in at.caption if c.value.startswith("Total 13 minggu"))
    assert format_rupiah(want.total) in total
    assert want.written_off  # the demo has invoices more than 180 days late
    apart = next(c.value for c in at.caption if c.value.startswith("Tidak dihitung"))
    assert format_rupiah(want.written_off_amount) in apart
    # The promise's week: its rows are listed, and they add up to the figure shown.
    week = next(w for w in want.weeks if any(r.kind == "promise" for r in w.rows))
    at.selectbox(key="forecast_week").set_value(week.number).run()
    assert not at.exception
    caption = next(c.value for c in at.caption if "Perkiraan = jumlah × peluang" in c.value)
    assert f"perkiraan {format_rupiah(week.expected)}" in caption
    table = at.dataframe[-1]
    assert len(table.value) == len(week.rows)
    assert "Janji bayar" in set(table.value["Jenis"])
    assert weighted_total(table) == week.expected


def test_the_forecast_in_english(store: Store) -> None:
    at = app(lang="en")
    assert not at.exception
    assert "Expected cash in, 13 weeks" in [s.value for s in at.subheader]


def test_staff_see_the_forecast_of_their_customers_only(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TAGIH_LAN", "1")
    andi = viewer_of("andi", "staff", store.assignments())
    theirs = expected(store, andi.scope)
    assert {r.customer for w in theirs.weeks for r in w.rows} <= {"UD Harapan Baru"}
    at = app(User("andi", "Andi", "staff"), store=store)
    assert not at.exception
    total = next(c.value for c in at.caption if c.value.startswith("Total 13 minggu"))
    assert format_rupiah(theirs.total) in total
    assert theirs.total < expected(store).total
    for week in theirs.weeks:
        at.selectbox(key="forecast_week").set_value(week.number).run()
        shown = set(at.dataframe[-1].value["Pelanggan"])
        assert shown <= {"UD Harapan Baru"}, week.number
