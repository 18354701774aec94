"""Diskon (pages/discount.py), headless: the first view, making an offer, figures typed by hand, the
owner's own discount."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from streamlit.testing.v1 import AppTest

from core.aging import customer_balances
from core.discount import (
    DEFAULT_SETTINGS,
    Advice,
    Discount,
    Floors,
    Waiting,
    advise,
    combine,
    largest_discount,
    lines_of,
    suggest_never_paid,
)
from core.ingest import read_ledger
from core.ledger import build_ledger
from core.money import format_rupiah
from core.store import Store
from tests.factories import SAMPLE, TODAY
from tests.pages.dashboard import open_app

DISCOUNT = "pages/discount.py"


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def sample_answer() -> tuple[str, Discount, Advice]:
    """What the page should show first: the most overdue customer of the demo, page defaults."""
    result = read_ledger(SAMPLE)
    book = build_ledger(result.invoices, result.payments, result.contacts)
    owing = [b for b in customer_balances(book, TODAY) if b.outstanding > 0]
    first = min(owing, key=lambda b: (-b.overdue, -b.outstanding, b.name))
    lines = lines_of(inv for inv in book.invoices if inv.customer_key == first.key)
    figures = combine(lines, DEFAULT_SETTINGS["margin_pct"])
    floors = Floors(None, Decimal(DEFAULT_SETTINGS["min_margin_pct"]))
    discount = largest_discount(figures, floors, DEFAULT_SETTINGS["rounding"])
    hint = suggest_never_paid(
        (inv for inv in book.invoices if inv.customer_key == first.key), TODAY
    )
    waiting = Waiting(
        Decimal(DEFAULT_SETTINGS["capital_pct"]),
        Decimal(DEFAULT_SETTINGS["wait_months"]),
        Decimal(hint.pct),
    )
    return first.name, discount, advise(discount, waiting)


def test_page_shows_the_largest_safe_discount_for_the_most_overdue_customer(
    app_db: Path,
) -> None:
    at = open_app(DISCOUNT)
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    name, result, advice = sample_answer()
    shown = metrics(at)
    assert shown["Diskon terbesar yang aman"] == format_rupiah(result.max_discount)
    assert shown["Bayar sekarang"] == format_rupiah(result.pay_now)
    assert shown["Untung tersisa"] == format_rupiah(result.profit)
    assert shown["Diskon impas"] == format_rupiah(advice.break_even)
    assert shown["Saran diskon"] == format_rupiah(advice.recommended)
    assert advice.paragraph("id") in [s.value for s in at.success]
    assert any("Hitungannya" in m.value for m in at.markdown)
    picker = at.selectbox(key="discount_customer")
    assert picker.index == 0 and picker.options[0].startswith(name)


def test_making_the_offer_saves_it_once_and_lists_it(app_db: Path) -> None:
    at = open_app(DISCOUNT)
    at.button(key="discount_make_offer").click().run()
    at.button(key="discount_make_offer").click().run()  # a second click: the same offer
    assert not at.exception, at.exception
    db = Store(app_db)
    [event] = db.events("offer")
    advice = sample_answer()[2]
    assert event.payload["pay_now"] == str(advice.recommended_pay_now)
    assert event.payload["status"] == "open" and event.payload["lang"] == "id"
    assert any("Penawaran tersimpan" in s.value for s in at.success)
    assert "Rp" in at.text_area[0].value and "Halo" in at.text_area[0].value
    table = at.dataframe[-1].value.to_string()
    assert "Berlaku" in table
    at.button(key="discount_cancel").click().run()
    assert Store(app_db).events("offer")[0].payload["status"] == ("cancelled")
    assert "Dibatalkan" in at.dataframe[-1].value.to_string()


def test_figures_typed_by_hand(app_db: Path) -> None:
    at = open_app(DISCOUNT, "en")
    at.radio(key="discount_mode").set_value("manual").run()
    at.text_input(key="discount_amount").set_value("Rp 1.000.000").run()
    at.text_input(key="discount_cost").set_value("800.000").run()
    at.text_input(key="discount_min_profit").set_value("Rp 50.000").run()
    at.text_input(key="discount_min_margin").input("0").run()
    assert not at.exception, at.exception
    shown = metrics(at)
    assert shown["Largest safe discount"] == "Rp 150.000"
    assert shown["Pay now"] == "Rp 850.000"
    assert at.button(key="discount_make_offer").disabled  # no customer name yet
    at.text_input(key="discount_amount").set_value("lots").run()
    assert any("'lots' is not a number" in e.value for e in at.error)


def test_the_first_view_speaks_plainly_and_the_grid_is_in_rupiah(app_db: Path) -> None:
    at = open_app(DISCOUNT)
    assert not at.exception, at.exception
    shown = at.dataframe[0].value.to_string()
    assert "Rp " in shown and "None" not in shown and not re.search(r"\d,\d{3},\d{3}", shown)
    assert "Modal / harga beli barang" in shown  # the cost, asked for plainly
    words = " ".join(str(x.value) for x in [*at.markdown, *at.caption, *at.warning, *at.success,
                                             *at.info, *at.error, *at.metric])  # fmt: skip
    for jargon in ("margin kotor", "kolektibilitas", "HPP", "None"):
        assert jargon not in words, jargon
    labels = [m.label for m in at.metric]
    assert labels[0] == "Diskon terbesar yang aman"
    assert [e.label for e in at.expander][:2] == [
        "Kenapa angka ini? Hitungannya",
        "Pengaturan hitungan: tebakan untung, batas untung, kalau menunggu",
    ]
    assert [s.key for s in at.slider] == []  # percentages are typed, with a comma
    # The demo's first customer has the cost of every invoice: nothing rests on a guess.
    assert not at.warning
    # Without the cost, the answer says it rests on a guess.
    at.text_input(key="discount_margin").input("22,5").run()
    at.radio(key="discount_mode").set_value("manual").run()
    assert any("bersandar pada tebakan untung 22,5%" in w.value for w in at.warning)
    at.text_input(key="discount_cost").input("8.000.000").run()
    assert not at.warning


def test_the_owner_types_a_discount_and_the_offer_uses_it(app_db: Path) -> None:
    at = open_app(DISCOUNT)
    key = at.selectbox(key="discount_customer").value
    field = at.text_input(key=f"discount_own_{key}")
    field.input("99").run()
    assert any("Anda rugi" in e.value for e in at.error)
    assert "Diskon Anda" not in str(at.radio(key="discount_offer_which").options)
    at.text_input(key=f"discount_own_{key}").input("1,5").run()
    [said] = [s.value for s in at.success if s.value.startswith("Diskon 1,5%")]
    assert said.endswith("Aman.")
    which = at.radio(key="discount_offer_which")
    assert which.value == "own"
    at.button(key="discount_make_offer").click().run()
    assert not at.exception, at.exception
    [event] = Store(app_db).events("offer")
    discount = int(event.payload["discount"])
    assert format_rupiah(discount) in said


def test_below_cost_says_why_in_the_main_view_and_reads_each_typed_amount(app_db: Path) -> None:
    at = open_app(DISCOUNT)
    at.radio(key="discount_mode").set_value("manual").run()
    at.text_input(key="discount_amount").set_value("Rp 2.500.000,-").run()
    at.text_input(key="discount_paid").set_value("750rb").run()
    at.text_input(key="discount_cost").set_value("2,6 juta").run()
    assert not at.exception, at.exception
    assert metrics(at)["Bayar sekarang"] == "Rp 1.750.000"
    # The reason, outside the folded "Kenapa angka ini?".
    said = [w.value for w in at.main.warning if "Tidak ada diskon yang mungkin" in w.value]
    why = next(e for e in at.expander if e.label.startswith("Kenapa angka ini"))
    folded = [w.value for w in why.warning if "Tidak ada diskon yang mungkin" in w.value]
    assert len(said) > len(folded)
    assert "marginnya -4%" in said[0] and "jangan beri diskon" in said[0]
    captions = [c.value for c in at.caption]
    for reading in ("= Rp 2.500.000", "= Rp 750.000", "= Rp 2.600.000"):
        assert reading in captions
