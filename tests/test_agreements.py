"""Payment agreements: schedules that always add up, the record in the Store, payments laid on
the instalments, reminders for the daily list, and the PDF to sign."""

from __future__ import annotations

import calendar
import io
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from functools import partial
from pathlib import Path

import pypdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.agreements import (
    Agreement,
    AgreementError,
    agreement_in_force,
    agreement_reminders,
    amount_received,
    apply_payments,
    build_agreement,
    daily_facts,
    known_address,
    load_agreements,
    missed_instalments,
    plan_schedule,
    read_nik,
    save_agreement,
    schedule_text,
    set_status,
    status_rows,
    summary_line,
)
from core.documents.agreement import agreement_pdf
from core.documents.base import UNICODE_FONTS, BusinessInfo
from core.i18n import TEXTS, Lang
from core.ingest import read_ledger
from core.ledger import Ledger, Payment, build_ledger
from core.money import Amount, format_rupiah
from core.pdftext import shorten
from core.store import Store
from tests.factories import invoice, payment
from tests.helpers import write_xlsx

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
TODAY = date(2026, 11, 23)


inv = partial(invoice, file="buku.xlsx", sheet="Nov", phone="0812-3456-7890")
pay = partial(payment, file="bayar.xlsx")

SHOP = BusinessInfo("Toko Sumber Rejeki", "Jl. Kapasan No. 112, Surabaya 60141", "031-3531234")
FONTS = pytest.mark.parametrize("fonts", [UNICODE_FONTS], ids=["ttf"])


# Schedules.


def expected_due(first: date, index: int, every: str) -> date:
    """The date rule, written again independently: months keep the first date's day."""
    if every == "month":
        year, month = divmod(first.month - 1 + index, 12)
        year += first.year
        month += 1
        return date(year, month, min(first.day, calendar.monthrange(year, month)[1]))
    days = {"week": 7, "2weeks": 14}.get(every) or int(every[:-1])
    return first + timedelta(days=days * index)


totals = st.one_of(
    st.integers(min_value=1, max_value=10**12),
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal(10**10), places=2),
)
steps = st.one_of(
    st.sampled_from([1, 100, 500, 1000, 5000, 10_000, 50_000, 100_000, 1_000_000]),
    st.integers(min_value=1, max_value=2_000_000),
    st.sampled_from([Decimal("0.01"), Decimal("0.50"), Decimal("2.5")]),
)
intervals = st.one_of(
    st.sampled_from(["month", "week", "2weeks"]),
    st.integers(min_value=1, max_value=400).map(lambda n: f"{n}d"),
)


@settings(max_examples=3000, deadline=None)
@given(
    total=totals,
    count=st.integers(min_value=1, max_value=120),
    first=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)),
    every=intervals,
    step=steps,
    dp_share=st.one_of(st.just(0), st.integers(min_value=0, max_value=999)),
)
def test_schedules_add_up_round_to_the_step_and_follow_the_date_rule(
    total: Amount, count: int, first: date, every: str, step: Amount, dp_share: int
) -> None:
    down: Amount = (total * dp_share) // 1000 if dp_share else 0
    rest = total - down
    # Impossible exactly when the instalments before the last, one step each, leave nothing.
    if count > 1 and (count - 1) * step >= rest:
        with pytest.raises(AgreementError) as error:
            plan_schedule(total, count, first, every, down, step)
        assert error.value.code == "too_small"
        return
    schedule = plan_schedule(total, count, first, every, down, step)
    rows = schedule.instalments
    # The amounts add up exactly, and nothing is zero or negative.
    assert sum((row.amount for row in rows), 0) == total
    assert all(row.amount > 0 for row in rows)
    assert schedule.count == count
    assert [row.no for row in rows] == list(range(0 if down else 1, count + 1))
    # A down payment is instalment 0, exactly as agreed, due on the first date.
    if down:
        assert (rows[0].no, rows[0].due, rows[0].amount) == (0, first, down)
    regular = [row for row in rows if row.no > 0]
    # Every instalment but the remainder (last) one is the same multiple of the step.
    assert len({row.amount for row in regular[:-1]}) <= 1
    assert all(row.amount % step == 0 for row in regular[:-1])
    # ... and that multiple is the even share rounded, within one step of it.
    if count > 1:
        assert abs(Fraction(regular[0].amount) - Fraction(rest) / count) <= Fraction(step)
    # The remainder is what is left, never a whole extra instalment's worth of steps short.
    if count > 1:
        assert regular[-1].amount > 0
    # Dates: instalments one interval apart, after the down payment's date when there is one.
    offset = 1 if down else 0
    for index, row in enumerate(regular):
        assert row.due == expected_due(first, index + offset, every)


@pytest.mark.parametrize(
    ("first", "every", "count", "dues"),
    [
        (date(2027, 1, 31), "month", 4, ["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"]),
        (date(2028, 1, 31), "month", 3, ["2028-01-31", "2028-02-29", "2028-03-31"]),
        (date(2026, 11, 30), "month", 4, ["2026-11-30", "2026-12-30", "2027-01-30", "2027-02-28"]),
        (date(2026, 12, 29), "week", 3, ["2026-12-29", "2027-01-05", "2027-01-12"]),
        (date(2026, 12, 1), "2weeks", 3, ["2026-12-01", "2026-12-15", "2026-12-29"]),
        (date(2026, 12, 1), "10d", 3, ["2026-12-01", "2026-12-11", "2026-12-21"]),
    ],
)
def test_due_dates(first: date, every: str, count: int, dues: list[str]) -> None:
    schedule = plan_schedule(3_000_000, count, first, every)
    assert [row.due.isoformat() for row in schedule.instalments] == dues


def test_the_remainder_goes_on_the_last_instalment_sen_included() -> None:
    schedule = plan_schedule(Decimal("10000000.50"), 3, date(2027, 1, 1))
    assert [row.amount for row in schedule.instalments] == [
        3_333_000,
        3_333_000,
        Decimal("3334000.50"),
    ]
    assert schedule.as_dict()["instalments"][-1]["amount"] == 3334000.5


def test_rounding_never_leaves_the_last_instalment_empty() -> None:
    # To the nearest step each of 10 is 120.000 (100.000 ÷ 60.000 = 1,67 steps), and nine of
    # them would leave nothing for the last: one step less each.
    schedule = plan_schedule(1_000_000, 10, date(2027, 1, 1), round_to=60_000)
    assert [row.amount for row in schedule.instalments] == [60_000] * 9 + [460_000]
    nearest = plan_schedule(1_000_000, 3, date(2027, 1, 1), round_to=50_000)
    assert [row.amount for row in nearest.instalments] == [350_000, 350_000, 300_000]


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"total": 0}, "total"),
        ({"total": -5}, "total"),
        ({"total": 1.5}, "total"),
        ({"instalments": 0}, "instalments"),
        ({"instalments": 241}, "instalments"),
        ({"round_to": 0}, "round_to"),
        ({"down_payment": -1}, "down_payment"),
        ({"down_payment": 1_000_000}, "down_payment"),
        ({"every": "fortnight"}, "every"),
        ({"every": "0d"}, "every"),
        ({"instalments": 20, "round_to": 100_000}, "too_small"),
        ({"first": date(9999, 12, 1)}, "date_range"),
    ],
)
def test_bad_figures_are_refused_with_a_message_key(kwargs: dict[str, object], code: str) -> None:
    args: dict[str, object] = {"total": 1_000_000, "instalments": 3, "first": date(2027, 1, 1)}
    args.update(kwargs)
    with pytest.raises(AgreementError) as error:
        plan_schedule(**args)
    assert error.value.code == code
    for lang in ("id", "en"):
        assert error.value.message(lang)


def test_schedule_text_lists_every_row() -> None:
    schedule = plan_schedule(10_000_000, 3, date(2027, 1, 31), down_payment=1_000_000)
    text = schedule_text(schedule)
    assert "Total Rp 10.000.000: 3 cicilan, setiap bulan." in text
    assert "DP" in text and "Cicilan 3" in text and "30 Apr 2027" in text


# The agreement record.


def book(*payments: Payment, paid_a: int = 0) -> Ledger:
    invoices = [
        inv("A-1", "Toko Sinar Jaya", 6_000_000, paid_a, due=date(2026, 7, 1), row=2),
        inv("A-2", "Toko Sinar Jaya", 4_000_000, 0, due=date(2026, 9, 1), row=3),
        inv("A-3", "Toko Sinar Jaya", 1_000_000, 1_000_000, due=date(2026, 8, 1), row=4),
        inv("B-1", "Bu Ani", 500_000, 0, due=date(2026, 10, 1), row=5),
    ]
    return build_ledger(invoices, payments)


def agreement_for(ledger: Ledger, **kwargs: object) -> Agreement:
    args: dict[str, object] = {
        "created": TODAY,
        "instalments": 3,
        "first": date(2026, 12, 1),
        "down_payment": 1_000_000,
    }
    args.update(kwargs)
    return build_agreement(ledger, "toko sinar  jaya", **args)


def test_an_agreement_covers_every_open_invoice_of_the_customer() -> None:
    agreement = build_agreement(
        book(), "toko sinar  jaya", created=TODAY, instalments=3, first=date(2026, 12, 1)
    )
    assert agreement.name == "Toko Sinar Jaya"
    assert [i.number for i in agreement.invoices] == ["A-1", "A-2"]
    assert agreement.original_debt == agreement.total == 10_000_000
    assert agreement.phone == "0812-3456-7890"
    assert agreement.status == "active"


@pytest.mark.parametrize(
    ("discount", "late_fee", "included", "total"),
    [
        (0, 0, False, 10_000_000),
        (1_500_000, 0, False, 8_500_000),
        (0, 250_000, True, 10_250_000),
        (0, 250_000, False, 10_000_000),
        (500_000, 250_000, True, 9_750_000),
    ],
)
def test_the_agreed_total_after_discount_and_late_fee(
    discount: int, late_fee: int, included: bool, total: int
) -> None:
    agreement = build_agreement(
        book(),
        "Toko Sinar Jaya",
        created=TODAY,
        instalments=4,
        first=TODAY,
        discount=discount,
        late_fee=late_fee,
        late_fee_included=included,
    )
    assert agreement.total == total
    assert sum((row.amount for row in agreement.schedule.instalments), 0) == total
    assert agreement.late_fee == late_fee and agreement.late_fee_included is included


@pytest.mark.parametrize(
    ("customer", "kwargs", "code"),
    [
        ("UD Tidak Ada", {}, "nothing_owed"),
        ("Toko Sinar Jaya", {"discount": 10_000_000}, "discount"),
        ("Toko Sinar Jaya", {"discount": -1}, "discount"),
        ("Toko Sinar Jaya", {"late_fee": -1}, "late_fee"),
        ("Toko Sinar Jaya", {"missed_fee": -1}, "missed_fee"),
        ("Toko Sinar Jaya", {"grace_days": 400}, "grace_days"),
        ("Toko Sinar Jaya", {"first": TODAY - timedelta(days=1)}, "first_before_created"),
    ],
)
def test_an_agreement_that_cannot_be_made_says_why(
    customer: str, kwargs: dict[str, object], code: str
) -> None:
    args: dict[str, object] = {"created": TODAY, "instalments": 3, "first": TODAY}
    args.update(kwargs)
    with pytest.raises(AgreementError) as error:
        build_agreement(book(), customer, **args)
    assert error.value.code == code


def test_the_payload_holds_exact_text_and_comes_back_equal() -> None:
    agreement = build_agreement(
        book(),
        "Toko Sinar Jaya",
        created=TODAY,
        instalments=3,
        first=date(2027, 1, 31),
        discount=Decimal("0.50"),
        late_fee=100_000,
    )
    payload = agreement.encode()
    assert payload["original_debt"] == "10000000"
    assert payload["agreed_total"] == "9999999.50"
    assert payload["schedule"][-1] == {"no": 3, "due": "2027-03-31", "amount": "3333999.50"}
    assert {"customer", "invoices", "original_debt", "agreed_total", "schedule", "created",
            "status", "lang"} <= payload.keys()  # fmt: skip
    assert Agreement.decode(payload) == agreement


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "tagih.sqlite3")


def test_saved_agreements_load_back_and_a_new_one_replaces_the_old(store: Store) -> None:
    ledger = book()
    at = datetime(2026, 11, 23, 9)
    first = save_agreement(store, agreement_for(ledger), at=at, nonce="a")
    again = save_agreement(store, agreement_for(ledger), at=at, nonce="a")
    assert first.id == again.id and len(load_agreements(store)) == 1
    second = save_agreement(store, agreement_for(ledger, instalments=6), at=at)
    loaded = load_agreements(store, "TOKO SINAR JAYA")
    assert [(a.id, a.status) for a in loaded] == [(first.id, "replaced"), (second.id, "active")]
    assert loaded[1] == second
    cancelled = set_status(store, second, "cancelled")
    assert load_agreements(store)[-1].status == cancelled.status == "cancelled"
    assert load_agreements(store, "Bu Ani") == []


# Payments laid on the instalments.


def states(ledger: Ledger, agreement: Agreement, as_of: date = TODAY) -> list[tuple[int, str, int]]:
    return [(s.no, s.state, int(s.left)) for s in apply_payments(agreement, ledger, as_of)]


def test_nothing_paid_yet_everything_is_due() -> None:
    agreement = agreement_for(book())
    assert states(book(), agreement) == [
        (0, "due", 1_000_000),
        (1, "due", 3_000_000),
        (2, "due", 3_000_000),
        (3, "due", 3_000_000),
    ]


def test_payments_fill_the_instalments_in_order_and_late_ones_show() -> None:
    agreement = agreement_for(book())
    paid = book(
        pay(1_000_000, date(2026, 12, 1), customer="Toko Sinar Jaya"),
        pay(1_500_000, date(2027, 1, 5), number="A-2"),
    )
    assert states(paid, agreement, date(2027, 2, 10)) == [
        (0, "paid", 0),
        (1, "late", 1_500_000),
        (2, "late", 3_000_000),
        (3, "due", 3_000_000),
    ]
    statuses = apply_payments(agreement, paid, date(2027, 2, 10))
    assert statuses[1].days_late == 40 and statuses[1].paid == 1_500_000


def test_money_from_before_the_agreement_or_for_other_invoices_does_not_count() -> None:
    earlier = pay(700_000, date(2026, 11, 1), customer="Toko Sinar Jaya")
    agreement = agreement_for(book(earlier))
    ledger = book(
        earlier,  # before the agreement: already in its original debt
        pay(300_000, date(2026, 12, 2), number="B-1"),  # another customer's invoice
        pay(200_000, date(2026, 12, 2), number="A-3", customer="Toko Sinar Jaya"),  # paid one
    )
    assert amount_received(agreement, ledger) == 0


def test_money_paid_before_but_imported_after_the_agreement_counts() -> None:
    agreement = agreement_for(book())
    late_news = book(pay(700_000, date(2026, 11, 1), customer="Toko Sinar Jaya"))
    assert amount_received(agreement, late_news) == 700_000


def test_a_payment_made_the_same_day_before_the_agreement_is_not_counted_twice() -> None:
    paid_first = book(pay(500_000, TODAY, customer="Toko Sinar Jaya"))
    agreement = agreement_for(paid_first)
    assert agreement.original_debt == 9_500_000
    assert amount_received(agreement, paid_first) == 0
    later = book(
        pay(500_000, TODAY, customer="Toko Sinar Jaya"),
        pay(400_000, TODAY, customer="Toko Sinar Jaya"),
    )
    assert amount_received(agreement, later) == 400_000


def test_a_reimported_ledger_with_a_higher_paid_column_counts_once() -> None:
    agreement = agreement_for(book())
    reimported = book(paid_a=2_500_000)
    assert amount_received(agreement, reimported) == 2_500_000
    # The same money both as a dated payment and in the paid column: the larger, not the sum.
    both = book(pay(2_500_000, date(2026, 12, 1), number="A-1"), paid_a=2_500_000)
    assert amount_received(agreement, both) == 2_500_000


def test_a_payment_entered_by_hand_marks_the_instalment_paid(store: Store, tmp_path: Path) -> None:
    rows = [
        ["No. Faktur", "Tanggal", "Nama Pelanggan", "Jumlah", "Dibayar", "Jatuh Tempo"],
        ["A-1", date(2026, 6, 1), "Toko Sinar Jaya", 6_000_000, None, date(2026, 7, 1)],
        ["A-2", date(2026, 8, 1), "Toko Sinar Jaya", 4_000_000, None, date(2026, 9, 1)],
    ]
    path = write_xlsx(tmp_path / "buku.xlsx", {"Piutang": rows})
    store.save_import(read_ledger(path), path.read_bytes(), now=datetime(2026, 11, 23, 8))
    agreement = save_agreement(
        store, agreement_for(store.ledger()), at=datetime(2026, 11, 23, 9), nonce="t"
    )
    store.add_event(
        "payment",
        agreement.customer,
        datetime(2026, 11, 24, 10),
        {"amount": "1000000", "invoice_number": "", "customer": "Toko Sinar Jaya",
         "paid_on": "2026-11-24"},
    )  # fmt: skip
    assert states(store.ledger(), agreement, date(2026, 11, 24))[:2] == [
        (0, "paid", 0),
        (1, "due", 3_000_000),
    ]


# Reminders for the daily list.


def test_reminders_before_each_date_and_when_missed() -> None:
    agreement = agreement_for(book())
    ledger = book(pay(1_000_000, date(2026, 12, 1), customer="Toko Sinar Jaya"))
    assert agreement_reminders([agreement], book(), date(2026, 11, 27), 3) == []
    [soon] = agreement_reminders([agreement], book(), date(2026, 11, 28), 3)
    assert (soon.no, soon.kind, soon.days, soon.amount_left) == (0, "upcoming", 3, 1_000_000)
    assert soon.text() == "DP sebesar Rp 1.000.000 jatuh tempo 1 Des 2026, 3 hari lagi."
    [today] = agreement_reminders([agreement], book(), date(2026, 12, 1), 3)
    assert today.days == 0 and "hari ini" in today.text()
    # The down payment arrived; instalment 1 is due on 1 Jan and missed by 5 Jan.
    assert agreement_reminders([agreement], ledger, date(2026, 12, 2), 3) == []
    missed = agreement_reminders([agreement], ledger, date(2027, 1, 5), 3)
    assert [(r.no, r.kind, r.days) for r in missed] == [(1, "missed", 4)]
    assert missed[0].text("en") == "Instalment 1 of Rp 3.000.000 (due 1 Jan 2027) is 4 days late."


def test_only_agreements_in_force_remind() -> None:
    agreement = agreement_for(book())
    stopped = replace(agreement, status="cancelled")
    assert agreement_reminders([stopped], book(), date(2027, 1, 5), 3) == []
    settled = book(pay(10_000_000, date(2026, 12, 1), customer="Toko Sinar Jaya"))
    assert agreement_reminders([agreement], settled, date(2027, 5, 5), 3) == []
    assert agreement_in_force([agreement], "Toko Sinar Jaya", settled, date(2027, 5, 5)) is None
    assert agreement_in_force([agreement], "Toko Sinar Jaya", book(), TODAY) is agreement
    assert agreement_in_force([agreement], "Bu Ani", book(), TODAY) is None
    assert missed_instalments([agreement], book(), date(2027, 1, 5)) == {"toko sinar jaya": 2}


def test_daily_facts_in_the_shape_of_the_daily_lists_history() -> None:
    agreement = agreement_for(book())
    ledger = book(pay(1_000_000, date(2026, 12, 1), customer="Toko Sinar Jaya"))
    assert daily_facts([agreement], book(), date(2026, 11, 29), 3) == {
        "toko sinar jaya": {
            "agreement_in_force": True,
            "instalment_due": (0, date(2026, 12, 1), 1_000_000),
            "instalment_missed": None,
        }
    }
    facts = daily_facts([agreement], ledger, date(2027, 1, 30), 3)["toko sinar jaya"]
    assert facts["instalment_missed"] == (1, date(2027, 1, 1), 3_000_000)
    assert facts["instalment_due"] == (2, date(2027, 2, 1), 3_000_000)
    assert daily_facts([replace(agreement, status="cancelled")], ledger, TODAY) == {}


def test_what_the_pages_show() -> None:
    agreement = agreement_for(book())
    ledger = book(pay(2_000_000, date(2026, 12, 1), customer="Toko Sinar Jaya"))
    statuses = apply_payments(agreement, ledger, date(2027, 1, 5))
    line = summary_line(agreement, statuses)
    assert line == (
        "Kesepakatan 23 Nov 2026, total Rp 10.000.000: 1 dari 4 pembayaran lunas. "
        "1 terlambat, sisa Rp 2.000.000."
    )
    rows = status_rows(statuses, "en")
    assert rows[1] == {
        "Instalment": "Instalment 1",
        "Due date": date(2027, 1, 1),
        "Amount": 3_000_000,
        "Paid": 1_000_000,
        "Left": 2_000_000,
        "Status": "Late",
    }


def test_every_message_key_exists() -> None:
    codes = ["total", "instalments", "round_to", "down_payment", "every", "too_small",
             "date_range", "nothing_owed", "discount", "late_fee", "missed_fee", "grace_days",
             "first_before_created", "not_amount"]  # fmt: skip
    keys = [f"agreement.error.{c}" for c in codes]
    keys += [f"agreement.state.{s}" for s in ("paid", "due", "late")]
    keys += [f"agreement.status.{s}" for s in ("active", "cancelled", "replaced")]
    assert [k for k in keys if k not in TEXTS] == []


# The document.


def pdf_text(data: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


@FONTS
def test_the_pdf_names_both_parties_the_debt_the_schedule_and_the_signing(
    fonts: tuple[tuple[str, str], ...],
) -> None:
    agreement = build_agreement(
        book(),
        "Toko Sinar Jaya",
        created=TODAY,
        instalments=3,
        first=date(2026, 12, 1),
        down_payment=1_000_000,
        discount=500_000,
        late_fee=150_000,
        missed_fee=50_000,
        grace_days=7,
    )
    data = agreement_pdf(agreement, business=SHOP, fonts=fonts)
    pages, text = pdf_text(data)
    assert pages <= 2
    assert_terms_with_signatures(data)
    flat = " ".join(text.split())
    for expected in (
        "SURAT KESEPAKATAN PEMBAYARAN UTANG",
        "Toko Sumber Rejeki",
        "Toko Sinar Jaya",
        "A-1",
        "A-2",
        format_rupiah(10_000_000),  # the original debt
        format_rupiah(9_500_000),  # the agreed total
        "Rp 150.000, dihapuskan",
        "DP",
        "Cicilan 3",
        "1 Mar 2027",
        "denda keterlambatan sebesar Rp 50.000",
        "lebih dari 7 hari",
        "Surabaya, 23 Nov 2026",
        "Pihak Pertama",
        "Pihak Kedua",
    ):
        assert expected in flat, expected


def page_texts(data: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def assert_terms_with_signatures(data: bytes, lang: str = "id") -> None:
    """The page that holds the signatures also holds the last clause and the closing."""
    texts = page_texts(data)
    # The meterai box sits in the customer's signing space, and only there.
    box = TEXTS["agreement.pdf.meterai"][lang].split("\n")[0]
    clause = TEXTS["agreement.pdf.missed_title"][lang]
    [signing] = [n for n, text in enumerate(texts) if box in text]
    assert clause in texts[signing], texts[signing]
    assert " ".join(TEXTS["agreement.pdf.closing"][lang].split()) in texts[signing]


@pytest.mark.parametrize("count", [1, 3, 6, 9, 12, 15, 18, 21, 24, 30, 40])
@pytest.mark.parametrize("witnesses", [(), ("Budi Santoso", "Siti Aminah", "Joko")])
def test_the_last_clause_and_the_signatures_are_never_apart(
    count: int, witnesses: tuple[str, ...]
) -> None:
    """However long the invoice list and the schedule, the signatures never stand alone."""
    invoices = [inv(f"F-{n:03d}", "Toko Sinar Jaya", 100_000 + n, 0, due=TODAY - timedelta(n))
                for n in range(count)]  # fmt: skip
    agreement = build_agreement(
        build_ledger(invoices), "Toko Sinar Jaya", created=TODAY, instalments=count,
        first=TODAY, witnesses=witnesses,
    )  # fmt: skip
    data = agreement_pdf(agreement, business=SHOP)
    assert_terms_with_signatures(data)
    last = page_texts(data)[-1]
    for name in witnesses:
        assert name in last


def test_the_pdf_names_the_customer_by_nik_and_address_and_the_total_in_words() -> None:
    agreement = agreement_for(
        book(),
        nik="3578 0112 3456 0001",
        address="Jl. Pahlawan No. 7,\n Sidoarjo",
        witnesses=("Budi Santoso", " ", "Siti Aminah"),
    )
    assert agreement.nik == "3578011234560001"
    assert agreement.address == "Jl. Pahlawan No. 7, Sidoarjo"
    assert agreement.witnesses == ("Budi Santoso", "Siti Aminah")
    assert Agreement.decode(agreement.encode()) == agreement
    _, text = pdf_text(agreement_pdf(agreement, business=SHOP))
    flat = " ".join(text.split())
    for expected in (
        "NIK : 3578011234560001",
        "Alamat : Jl. Pahlawan No. 7, Sidoarjo",
        "Rp 10.000.000",
        "(terbilang: sepuluh juta rupiah)",
        "Meterai Rp 10.000",
        "Saksi 1",
        "Saksi 2",
        "Budi Santoso",
        "Siti Aminah",
        "Surabaya, 23 Nov 2026",
    ):
        assert expected in flat, expected
    _, english = pdf_text(agreement_pdf(agreement, business=SHOP, lang="en"))
    assert "(in words: ten million rupiah)" in " ".join(english.split())


def test_an_unknown_nik_address_or_town_leaves_a_line_to_write_on() -> None:
    agreement = agreement_for(book())
    _, text = pdf_text(agreement_pdf(agreement, business=BusinessInfo("Toko Sumber Rejeki")))
    flat = " ".join(text.split())
    assert "NIK : ......" in flat and "Alamat : ......" in flat
    assert "........................, 23 Nov 2026" in flat
    assert "Saksi" not in flat  # no witnesses, no witness lines
    assert "denda" not in flat.lower()  # no fee agreed, none claimed


@pytest.mark.parametrize(
    ("text", "expected"),
    [("3578011234560001", "3578011234560001"), ("3578.0112.3456.0001", "3578011234560001"),
     ("3578-0112-3456-0001", "3578011234560001"), ("  ", "")],
)  # fmt: skip
def test_a_nik_is_sixteen_digits_whatever_separates_them(text: str, expected: str) -> None:
    assert read_nik(text) == expected


@pytest.mark.parametrize(
    "text", ["357801123456000", "35780112345600012", "3578O11234560001", "٣٥٧٨٠١١٢٣٤٥٦٠٠٠١"]
)
def test_a_nik_that_is_not_sixteen_digits_is_refused_with_its_message(text: str) -> None:
    with pytest.raises(AgreementError) as error:
        build_agreement(book(), "Toko Sinar Jaya", created=TODAY, instalments=3, first=TODAY,
                        nik=text)  # fmt: skip
    assert error.value.code == "nik"
    assert "16 angka" in error.value.message("id")


def test_the_pdf_in_english_with_a_place_given() -> None:
    agreement = agreement_for(book())
    _, text = pdf_text(agreement_pdf(agreement, business=SHOP, place="Sidoarjo", lang="en"))
    flat = " ".join(text.split())
    assert "PAYMENT AGREEMENT" in flat and "Sidoarjo, 23 Nov 2026" in flat
    assert "Instalment 3" in flat and "Second Party" in flat


def test_many_invoices_run_onto_more_pages_and_the_bytes_are_stable() -> None:
    invoices = [
        inv(f"F-{n:03d}", "Toko Panjang Sekali Namanya", 100_000 + n, 0, due=TODAY - timedelta(n))
        for n in range(60)
    ]
    ledger = build_ledger(invoices)
    agreement = build_agreement(
        ledger, "Toko Panjang Sekali Namanya", created=TODAY, instalments=24, first=TODAY
    )
    data = agreement_pdf(agreement, business=SHOP)
    pages, text = pdf_text(data)
    assert pages >= 2 and "F-059" in text and "Cicilan 24" in text
    assert data == agreement_pdf(agreement, business=SHOP)


@pytest.mark.parametrize("name", ["Toko " + "Sinar Jaya " * 1500, "Toko" + "x" * 16_000])
def test_a_very_long_name_is_shortened_and_the_pdf_comes_at_once(name: str) -> None:
    ledger = build_ledger([inv("A-1", name, 6_000_000, 0, due=date(2026, 7, 1))])
    agreement = build_agreement(ledger, name, created=TODAY, instalments=3, first=TODAY)
    data = agreement_pdf(agreement, business=SHOP)
    pages, text = pdf_text(data)
    flat = "".join(text.split())
    assert pages <= 2
    assert_terms_with_signatures(data)
    assert shorten(name).endswith("…") and "".join(shorten(name).split()) in flat
    assert "".join(name[:200].split()) not in flat


def test_the_address_field_starts_from_the_books_address_column() -> None:
    rows = [("A-1", "Toko Sinar Jaya", " "), ("A-2", "Toko Sinar Jaya", "Jl. Baru 1"),
            ("B-1", "Bu Ani", "Jl. Lain 2")]  # fmt: skip
    invoices = [
        inv(number, name, 1_000, 0, due=date(2026, 7, 1))._replace(address=address)
        for number, name, address in rows
    ]
    ledger = build_ledger(invoices)
    assert known_address(ledger, "toko sinar jaya") == "Jl. Baru 1"
    assert known_address(book(), "Toko Sinar Jaya") == ""


@pytest.mark.parametrize(("lang", "said"), [("id", "Saldo awal"), ("en", "Opening balance")])
def test_an_opening_balance_is_named_as_such_in_the_agreement_and_kept_when_saved(
    lang: Lang, said: str
) -> None:
    """An opening balance without a number is "Saldo awal" in the invoice table, as on the
    statement (``ledger.invoice_label``), never "-"; the saved agreement keeps knowing it."""
    carried = inv("", "Toko Sinar Jaya", 2_500_000, 0, due=date(2026, 6, 1), due_source="opening")
    ledger = build_ledger([carried, inv("A-1", "Toko Sinar Jaya", 6_000_000, 0, due=TODAY)])
    agreement = replace(agreement_for(ledger), lang=lang)
    again = Agreement.decode(agreement.encode())
    assert [i.label(lang) for i in again.invoices] == [said, "A-1"]
    _, text = pdf_text(agreement_pdf(again, business=SHOP))
    rows = text.split("\n")
    assert any(row.startswith(said) and "2.500.000" in row for row in rows), text
    assert not any(row.startswith("- ") for row in rows), text
