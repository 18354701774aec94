"""The cash-in forecast: when each open invoice, promise and instalment is expected, its weight,
and the weeks that add up from their rows."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import partial
from pathlib import Path
from typing import get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import core.discount
from core.agreements import build_agreement
from core.charts import forecast_bar, week_label
from core.cli import main
from core.events import Contact
from core.forecast import (
    BASIS_TEXTS,
    HORIZON_WEEKS,
    KIND_TEXTS,
    Basis,
    ExpectedRow,
    Forecast,
    RowKind,
    cash_forecast,
    collect_pct,
    due_date_baseline,
    kept_rates,
    usual_lateness,
)
from core.history import promises
from core.i18n import TEXTS
from core.ledger import CustomerKey, Invoice, Ledger, Payment, build_ledger, customer_key
from core.store import Event
from tests import factories
from tests.factories import book, demo_ledger, payment

AS_OF = date(2026, 11, 23)
ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
# This file's invoices: on the Faktur sheet of buku.xlsx.
invoice = partial(factories.invoice, file="buku.xlsx", sheet="Faktur")


def paid_late(customer: str, number: str, due: date, days: int) -> tuple[Invoice, Payment]:
    """A paid invoice and its payment, ``days`` after the due date."""
    inv = invoice(number, customer, due=due)
    pay = payment(inv.amount, due + timedelta(days=days), number, customer, file="buku.xlsx")
    return inv, pay


def history(
    customer: str, days: list[int], start: date = date(2026, 1, 10)
) -> list[tuple[Invoice, Payment]]:
    return [
        paid_late(customer, f"{customer[:3].upper()}-P{k}", start + timedelta(days=20 * k), d)
        for k, d in enumerate(days)
    ]


def rows_of(forecast: Forecast) -> list[ExpectedRow]:
    every = [row for week in forecast.weeks for row in week.rows]
    return every + list(forecast.later) + list(forecast.written_off)


def row(forecast: Forecast, reference: str) -> ExpectedRow:
    return next(r for r in rows_of(forecast) if r.reference == reference)


def promise_event(customer: str, on: date, due: date, amount: int, owed: int, id: int = 1) -> Event:
    payload = Contact(customer=customer, channel="phone", outcome="promised", step=3,
                      promise_date=due, promise_amount=amount, outstanding_then=owed,
                      on=on).encode()  # fmt: skip
    return Event(id, "contact", customer_key(customer), datetime(2026, 11, 20, tzinfo=UTC), payload)


# When: the customer's usual lateness, or the book's.


def test_an_open_invoice_is_expected_on_its_due_date_plus_the_customers_median_lateness() -> None:
    due = AS_OF + timedelta(days=10)
    ledger = book(*history("Toko Lambat", [10, 20, 40]), invoice("OPEN-1", "Toko Lambat", due=due))
    found = row(cash_forecast(ledger, AS_OF), "OPEN-1")
    assert found.expected == due + timedelta(days=20)
    assert (found.basis, found.lateness) == ("own", 20)
    assert (found.early, found.late) == (due + timedelta(days=15), due + timedelta(days=30))


def test_fewer_than_three_paid_invoices_take_the_whole_books_median() -> None:
    due = AS_OF + timedelta(days=5)
    ledger = book(
        *history("Toko Baru", [60, 70]),
        *history("Toko Rajin", [0, 0, 2, 4, 6], start=date(2026, 2, 1)),
        invoice("NEW-1", "Toko Baru", due=due),
    )
    found = row(cash_forecast(ledger, AS_OF), "NEW-1")
    # The book: 0, 0, 2, 4, 6, 60, 70 → the median is 4.
    assert (found.basis, found.lateness, found.expected) == ("book", 4, due + timedelta(days=4))


def test_an_invoice_already_late_is_expected_as_those_paid_at_least_that_late() -> None:
    due = AS_OF - timedelta(days=25)
    ledger = book(
        *history("Toko Lambat", [10, 20, 30, 40, 50]), invoice("L", "Toko Lambat", due=due)
    )
    found = row(cash_forecast(ledger, AS_OF), "L")
    assert found.lateness == 40  # of 30, 40, 50: the ones paid 25 days late or later
    assert found.expected == due + timedelta(days=40)


def test_later_than_anybody_ever_paid_is_expected_any_day_now() -> None:
    ledger = book(
        *history("Toko A", [1, 2, 3]), invoice("OLD", "Toko A", due=AS_OF - timedelta(60))
    )
    found = row(cash_forecast(ledger, AS_OF), "OLD")
    assert (found.basis, found.expected, found.early, found.late) == ("beyond", AS_OF, AS_OF, AS_OF)


def test_with_no_payment_day_in_the_book_the_due_date_is_expected() -> None:
    due = AS_OF + timedelta(days=9)
    found = row(cash_forecast(book(invoice("X", "Toko A", due=due)), AS_OF), "X")
    assert (found.basis, found.expected) == ("due", due)


def test_usual_lateness_reads_the_customers_own_only_from_three() -> None:
    assert usual_lateness([5, 6, 7], [0, 5, 6, 7, 100], 0).basis == "own"
    assert usual_lateness([5, 6], [0, 5, 6, 100], 0).basis == "book"
    # Own history exists, but only two of it this late: the book's of that lateness.
    late = usual_lateness([1, 50, 60], [1, 2, 50, 60, 70], 40)
    assert (late.basis, late.median) == ("book", 60)


# How likely: the discount calculator's table.


def test_the_weight_is_the_discount_tables_collect_chance_for_its_age() -> None:
    ledger = book(
        invoice("D0", "Toko A", due=AS_OF + timedelta(days=3)),
        invoice("D45", "Toko A", due=AS_OF - timedelta(days=45)),
        invoice("D100", "Toko A", due=AS_OF - timedelta(days=100)),
        invoice("D150", "Toko A", due=AS_OF - timedelta(days=150)),
        invoice("D200", "Toko A", due=AS_OF - timedelta(days=200)),
    )
    found = cash_forecast(ledger, AS_OF)
    weights = {r: row(found, r).weight_pct for r in ("D0", "D45", "D100", "D150", "D200")}
    assert weights == {"D0": 99, "D45": 95, "D100": 85, "D150": 50, "D200": 0}
    # No chance at all: listed apart, in no week.
    assert [r.reference for r in found.written_off] == ["D200"]
    assert found.written_off_amount == 1_000_000
    assert all(r.weight_pct > 0 for w in found.weeks for r in w.rows)
    assert all(
        100 - core.discount.allowance_pct((AS_OF - r.due_date).days) == r.weight_pct
        for r in rows_of(found)
    )


def test_a_changed_discount_table_changes_the_weights(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(core.discount, "LATENESS_ALLOWANCE", ((0, 10), (90, 40)))
    ledger = book(invoice("D45", "Toko A", due=AS_OF - timedelta(days=45)))
    assert row(cash_forecast(ledger, AS_OF), "D45").weight_pct == 60
    assert collect_pct(0) == 90


# Promises and agreements replace the invoices they cover.


def test_a_promise_replaces_the_oldest_invoices_it_covers_on_its_date() -> None:
    ledger = book(
        invoice("J1", "Toko Janji", 600_000, due=AS_OF - timedelta(days=40)),
        invoice("J2", "Toko Janji", 800_000, due=AS_OF - timedelta(days=20)),
        invoice("J3", "Toko Janji", 500_000, due=AS_OF + timedelta(days=20)),
    )
    when = AS_OF + timedelta(days=10)
    event = promise_event("Toko Janji", AS_OF - timedelta(days=2), when, 1_000_000, 1_900_000)
    found = cash_forecast(ledger, AS_OF, events=[event])
    promised = next(r for r in rows_of(found) if r.kind == "promise")
    assert (promised.amount, promised.expected, promised.invoices) == (
        1_000_000,
        when,
        ("J1", "J2"),
    )
    assert promised.weight_pct == 50  # no promise judged yet anywhere: even odds
    left = {r.reference: r.amount for r in rows_of(found) if r.kind == "invoice"}
    assert left == {"J2": 400_000, "J3": 500_000}  # J1 all promised, J2 in part
    assert sum(r.amount for r in rows_of(found)) == 1_900_000  # nothing counted twice


def test_a_promise_is_weighted_by_the_customers_kept_promise_rate() -> None:
    paid = [paid_late("Toko Janji", f"K{k}", date(2026, 3, 1) + timedelta(30 * k), 0)
            for k in range(4)]  # fmt: skip
    ledger = book(*paid, invoice("OPEN", "Toko Janji", due=AS_OF - timedelta(days=5)))
    # Four judged promises: three kept (the money came by the date), one broken (a day short);
    # the balance then is the balance now, so only the dated payments judge them.
    events = [
        promise_event("Toko Janji", date(2026, 3, 1) + timedelta(30 * k - 5),
                      date(2026, 3, 1) + timedelta(30 * k + (0 if k < 3 else -1)), 1_000_000,
                      1_000_000, id=k + 1)
        for k in range(4)
    ]  # fmt: skip
    events.append(promise_event("Toko Janji", AS_OF, AS_OF + timedelta(3), 300_000, 10**6, id=9))
    own, book_rate = kept_rates(promises(events, ledger, AS_OF), AS_OF)
    assert own == {CustomerKey("toko janji"): 75} and book_rate == 75
    found = cash_forecast(ledger, AS_OF, events=events)
    promised = next(r for r in rows_of(found) if r.kind == "promise")
    assert (promised.weight_pct, promised.amount) == (75, 300_000)


def test_an_agreements_instalments_replace_its_invoices() -> None:
    ledger = book(
        invoice("C1", "Toko Cicil", 2_000_000, due=AS_OF - timedelta(days=100)),
        invoice("C2", "Toko Cicil", 1_000_000, due=AS_OF - timedelta(days=70)),
    )
    agreement = build_agreement(
        ledger, "Toko Cicil", created=AS_OF - timedelta(days=1), instalments=3,
        first=AS_OF + timedelta(days=5), every="month",
    )  # fmt: skip
    later = build_ledger([*ledger.invoices, invoice("C3", "Toko Cicil", due=AS_OF + timedelta(9))])
    found = cash_forecast(later, AS_OF, agreements=[agreement])
    kinds = [(r.kind, r.reference, r.amount, r.expected) for r in rows_of(found)]
    first = AS_OF + timedelta(days=5)
    assert [k for k in kinds if k[0] == "instalment"] == [
        ("instalment", "1", 1_000_000, first),
        ("instalment", "2", 1_000_000, date(2026, 12, 28)),
        ("instalment", "3", 1_000_000, date(2027, 1, 28)),
    ]
    assert [k[1] for k in kinds if k[0] == "invoice"] == ["C3"]  # made after: still an invoice
    assert row(found, "2").kind_text("id") == "Cicilan 2"
    assert row(found, "2").invoices == ("C1", "C2")
    cancelled = replace(agreement, status="cancelled")
    plain = cash_forecast(later, AS_OF, agreements=[cancelled])
    assert {r.kind for r in rows_of(plain)} == {"invoice"}


# The weeks: boundaries, and totals from their rows.


def test_week_boundaries_run_from_the_as_of_date() -> None:
    ledger = book(
        invoice("PAST", "Toko A", due=AS_OF - timedelta(days=3)),
        invoice("DAY6", "Toko A", due=AS_OF + timedelta(days=6)),
        invoice("DAY7", "Toko A", due=AS_OF + timedelta(days=7)),
        invoice("LAST", "Toko A", due=AS_OF + timedelta(days=7 * HORIZON_WEEKS - 1)),
        invoice("AFTER", "Toko A", due=AS_OF + timedelta(days=7 * HORIZON_WEEKS)),
    )
    found = cash_forecast(ledger, AS_OF)
    where = {r.reference: w.number for w in found.weeks for r in w.rows}
    assert where == {"PAST": 1, "DAY6": 1, "DAY7": 2, "LAST": HORIZON_WEEKS}
    assert [r.reference for r in found.later] == ["AFTER"]
    assert found.weeks[0].start == AS_OF and found.weeks[0].end == AS_OF + timedelta(days=6)
    assert found.weeks[-1].end == AS_OF + timedelta(days=7 * HORIZON_WEEKS - 1)


def half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


amounts = st.one_of(
    st.integers(1, 50_000_000),
    st.decimals(Decimal("0.01"), Decimal("9999999.99"), places=2).map(lambda d: d or Decimal(1)),
)


@st.composite
def ledgers(draw: st.DrawFn) -> Ledger:
    names = ["Toko A", "Toko B", "Toko C", "Toko D"]
    invoices: list[Invoice] = []
    payments: list[Payment] = []
    for k in range(draw(st.integers(1, 25))):
        who = draw(st.sampled_from(names))
        due = AS_OF + timedelta(days=draw(st.integers(-250, 120)))
        amount = draw(amounts)
        inv = factories.invoice(f"H{k}", who, amount, due=due, file="h.xlsx", row=k + 2)
        invoices.append(inv)
        if due < AS_OF and draw(st.booleans()):
            day = due + timedelta(days=draw(st.integers(-5, 90)))
            if day < AS_OF:
                part = amount if draw(st.booleans()) else amount - amount // 2
                paid = payment(part, day, f"H{k}", who, file="h.xlsx", sheet="P", row=k + 2)
                payments.append(paid)
    return build_ledger(invoices, payments)


@settings(max_examples=60, deadline=None)
@given(ledgers())
def test_each_week_is_its_rows_weighted_and_rounded_once_and_nothing_is_lost(
    ledger: Ledger,
) -> None:
    found = cash_forecast(ledger, AS_OF)
    for week in found.weeks:
        exact = sum((Decimal(r.amount) * r.weight_pct / 100 for r in week.rows), Decimal(0))
        assert week.expected == half_up(exact)
        assert week.low <= week.expected <= week.high
        assert all(week.start <= r.expected <= week.end for r in week.rows)
    assert found.total == sum(w.expected for w in found.weeks)
    every = rows_of(found)
    assert sum((r.amount for r in every), Decimal(0)) == sum(
        (inv.outstanding for inv in ledger.invoices), Decimal(0)
    )
    assert all(r.expected >= AS_OF and r.early <= r.expected <= r.late for r in every)
    # The baseline: the same open money, each on its due date (today when past).
    baseline = due_date_baseline(ledger, AS_OF)
    for week, figure in zip(found.weeks, baseline, strict=True):
        due = [inv.outstanding for inv in ledger.invoices
               if week.start <= max(inv.due_date, AS_OF) <= week.end]  # fmt: skip
        assert figure == half_up(sum((Decimal(a) for a in due), Decimal(0)))


# Who sees what.


def test_staff_see_only_their_customers_rows_as_the_owner_sees_them() -> None:
    ledger = book(
        *history("Toko Andi", [5, 10, 15]),
        *history("Toko Rina", [30, 40, 50], start=date(2026, 2, 1)),
        invoice("A1", "Toko Andi", due=AS_OF + timedelta(days=4)),
        invoice("R1", "Toko Rina", due=AS_OF + timedelta(days=4)),
    )
    owner = cash_forecast(ledger, AS_OF)
    andi = cash_forecast(ledger, AS_OF, scope=frozenset({CustomerKey("toko andi")}))
    assert [r.reference for r in rows_of(andi)] == ["A1"]
    assert row(andi, "A1") == row(owner, "A1")
    nobody = cash_forecast(ledger, AS_OF, scope=frozenset())
    assert not rows_of(nobody) and nobody.total == 0


# The command line.


def test_cli_forecast_json_is_the_forecast_of_the_files(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["forecast", str(SAMPLE), "--today", "2026-11-23", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    ledger = demo_ledger()
    assert printed == json.loads(json.dumps(cash_forecast(ledger, AS_OF).as_dict()))
    assert len(printed["weeks"]) == HORIZON_WEEKS
    for week in printed["weeks"]:
        exact = sum((Decimal(str(r["amount"])) * r["weight_pct"] / 100 for r in week["rows"]),
                    Decimal(0))  # fmt: skip
        assert week["expected"] == half_up(exact)
    assert printed["total"] == sum(week["expected"] for week in printed["weeks"])


def test_cli_forecast_without_files_reads_the_database_with_its_promises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TAGIH_DATA", str(tmp_path))
    monkeypatch.setenv("TAGIH_DB", str(tmp_path / "tagih.sqlite3"))
    assert main(["import", str(SAMPLE), "--json"]) == 0
    from core.store import Store

    with Store.open_default() as store:
        ledger = store.ledger()
        debtor = max(ledger.invoices, key=lambda inv: inv.outstanding).customer
        owed = sum(inv.outstanding for inv in ledger.invoices if inv.customer == debtor)
        payload = Contact(customer=debtor, channel="phone", outcome="promised", step=5,
                          promise_date=date(2026, 11, 30), promise_amount=1_500_000,
                          outstanding_then=owed, on=AS_OF).encode()  # fmt: skip
        store.add_event("contact", customer_key(debtor), datetime(2026, 11, 23, tzinfo=UTC),
                        payload)  # fmt: skip
    capsys.readouterr()
    assert main(["forecast", "--today", "2026-11-23", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    week2 = [r for r in printed["weeks"][1]["rows"] if r["kind"] == "promise"]
    assert [(r["amount"], r["expected_date"]) for r in week2] == [(1_500_000, "2026-11-30")]
    assert main(["forecast", "--today", "2026-11-23"]) == 0
    assert "Minggu 13" in capsys.readouterr().out


def test_every_kind_and_basis_is_said_in_both_languages() -> None:
    assert set(KIND_TEXTS) == set(get_args(RowKind)) and set(BASIS_TEXTS) == set(get_args(Basis))
    assert set(KIND_TEXTS.values()) | set(BASIS_TEXTS.values()) <= TEXTS.keys()
    ledger = book(*history("Toko A", [3, 5, 9]), invoice("Z", "Toko A", due=AS_OF))
    found = row(cash_forecast(ledger, AS_OF), "Z")
    assert found.basis_text("id") == "kebiasaan pelanggan ini: telat 5 hari"
    assert found.basis_text("en") == "this customer's habit: 5 days late"
    assert found.kind_text("en") == "Invoice"


def test_the_chart_carries_each_weeks_figure_range_and_number() -> None:
    ledger = book(*history("Toko A", [0, 10, 30]), invoice("W", "Toko A", due=AS_OF + timedelta(3)))
    found = cash_forecast(ledger, AS_OF)
    fig = forecast_bar(found, "en")
    bars = fig.data[0]
    assert list(bars.y) == [w.expected for w in found.weeks]
    assert list(bars.customdata) == list(range(1, HORIZON_WEEKS + 1))
    assert list(bars.error_y.array) == [w.high - w.expected for w in found.weeks]
    assert list(bars.error_y.arrayminus) == [w.expected - w.low for w in found.weeks]
    assert bars.x[0] == "23 Nov" and week_label(found.weeks[1], "id") == "30 Nov – 6 Des"
    assert sum(w.high - w.low for w in found.weeks) > 0  # the quartiles 5 and 20 days apart


def test_an_empty_book_expects_nothing_in_thirteen_weeks() -> None:
    found = cash_forecast(Ledger(), AS_OF)
    assert len(found.weeks) == HORIZON_WEEKS and found.total == 0
    assert all(w.expected == w.low == w.high == 0 and not w.rows for w in found.weeks)
    assert found.as_dict()["later"] == {"expected": 0, "rows": []}


def test_cli_forecast_text_names_the_weeks_and_what_is_not_counted(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["forecast", str(SAMPLE), "--today", "2026-11-23", "--lang", "en"]) == 0
    text = capsys.readouterr().out
    ledger = demo_ledger()
    found = cash_forecast(ledger, AS_OF)
    assert "Week 1 (23 Nov 2026 – 29 Nov 2026)" in text and "Week 13" in text
    assert f"13 weeks together: Rp {found.total:,}".replace(",", ".") in text
    assert f"Not counted: Rp {found.written_off_amount:,}".replace(",", ".") in text
