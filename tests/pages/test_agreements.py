"""Kesepakatan (pages/agreements.py), headless: both languages, saving an agreement and a payment by
hand, a bad figure, the customer's NIK, address and witnesses."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core.aging import customer_balances
from core.agreements import load_agreements
from core.documents.agreement import agreement_pdf
from core.i18n import TEXTS
from core.store import Store
from tests.factories import ROOT, TODAY, demo_ledger
from tests.pages.dashboard import open_app
from tests.test_agreements import SHOP, pdf_text

AGREEMENTS = "pages/agreements.py"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_page_runs_in_both_languages(app_db: Path, lang: str) -> None:
    at = open_app(AGREEMENTS, lang)
    assert not at.exception, at.exception
    assert not at.error and not at.warning
    assert at.title[0].value == TEXTS["nav.agreements"][lang]


def test_the_page_saves_an_agreement_and_a_payment_by_hand_marks_it_paid(app_db: Path) -> None:
    at = open_app(AGREEMENTS)
    customer = at.selectbox(key="agreement_customer").value
    at.number_input(key="agreement_count").set_value(4).run()
    at.text_input(key="agreement_down").input("500.000").run()
    assert not at.warning
    at.button(key="agreement_save").click().run()
    assert not at.exception
    assert any("tersimpan" in s.value for s in at.success)
    [saved] = load_agreements(Store(app_db), customer)
    assert saved.schedule.count == 4 and saved.schedule.down_payment == 500_000
    assert saved.created == TODAY
    # A double click saves nothing more.
    at.button(key="agreement_save").click().run()
    assert len(load_agreements(Store(app_db), customer)) == 1

    at.text_input(key="payment_amount").input("500rb").run()
    at.button(key="payment_save").click().run()
    assert not at.exception
    assert any("Pembayaran Rp 500.000" in s.value for s in at.success)
    rows = next(d.value for d in at.dataframe if "Status" in d.value.columns)
    assert list(rows["Status"]) == ["Lunas", "Belum dibayar", "Belum dibayar",
                                    "Belum dibayar", "Belum dibayar"]  # fmt: skip
    assert load_agreements(Store(app_db))[0].status == "active"


def test_a_bad_figure_shows_why_instead_of_a_preview(app_db: Path) -> None:
    at = open_app(AGREEMENTS, "en")
    small = min(
        (b for b in customer_balances(demo_ledger(), TODAY) if b.outstanding > 0),
        key=lambda b: b.outstanding,
    )
    at.selectbox(key="agreement_customer").set_value(small.key).run()
    at.number_input(key="agreement_count").set_value(240).run()
    at.selectbox(key="agreement_round").set_value(100_000).run()
    assert not at.exception
    assert at.warning and "too small to split into 240 instalments" in at.warning[0].value
    assert not [b for b in at.button if b.key == "agreement_save"]


def test_the_page_saves_the_customers_nik_address_and_witnesses(app_db: Path) -> None:
    at = open_app(AGREEMENTS)
    customer = at.selectbox(key="agreement_customer").value
    at.text_input(key=f"agreement_nik_{customer}").input("3578 0112 3456").run()
    assert any("16 angka" in e.value for e in at.error)
    assert not [b for b in at.button if b.key == "agreement_save"]
    at.text_input(key=f"agreement_nik_{customer}").input("3578.0112.3456.0001").run()
    at.text_input(key=f"agreement_address_{customer}").input("Jl. Pahlawan 7, Sidoarjo").run()
    at.text_input(key=f"agreement_witness_0_{customer}").input("Budi Santoso").run()
    assert not at.error
    at.button(key="agreement_save").click().run()
    assert not at.exception
    [saved] = load_agreements(Store(app_db), customer)
    assert saved.nik == "3578011234560001" and saved.address == "Jl. Pahlawan 7, Sidoarjo"
    assert saved.witnesses == ("Budi Santoso",)
    _, text = pdf_text(agreement_pdf(saved, business=SHOP))
    assert "3578011234560001" in text and "Budi Santoso" in text
    # The next agreement for the same customer starts from what was typed.
    assert at.text_input(key=f"agreement_nik_{customer}").value == "3578.0112.3456.0001"


def test_a_second_identical_payment_is_refused_until_the_owner_says_record_it_again(
    app_db: Path,
) -> None:
    at = open_app(AGREEMENTS)
    customer = at.selectbox(key="agreement_customer").value
    name = next(o for o in at.selectbox(key="agreement_customer").options)
    assert at.button(key="payment_save").label == f"Simpan pembayaran dari {name}"
    for _ in range(2):
        at.text_input(key="payment_amount").input("250rb").run()
        at.button(key="payment_save").click().run()
    store = Store(app_db)
    assert len(store.events("payment", customer_key=customer)) == 1
    assert any("pembayaran kedua" in w.value for w in at.warning)
    at.button(key="payment_again_save").click().run()
    assert not at.exception, at.exception
    assert [e.payload["amount"] for e in store.events("payment", customer_key=customer)] == [
        "250000",
        "250000",
    ]
    assert any("Pembayaran Rp 250.000" in s.value for s in at.success)
    assert not any("pembayaran kedua" in w.value for w in at.warning)
    # A double click on "Catat lagi" records the second payment once.
    assert not [b for b in at.button if b.key == "payment_again_save"]


def test_the_chosen_customer_stays_chosen_after_a_reload(app_db: Path) -> None:
    at = open_app(AGREEMENTS)
    picker = at.selectbox(key="agreement_customer")
    second = picker.options[1]
    picker.select_index(1).run()
    key = at.selectbox(key="agreement_customer").value
    assert at.query_params["pelanggan"] == [key] or at.query_params["pelanggan"] == key
    # A reload: a new session, the same address.
    again = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    again.session_state["as_of"] = TODAY
    again.query_params["pelanggan"] = key
    again.run()
    again.switch_page(AGREEMENTS)
    again.query_params["pelanggan"] = key
    again.run()
    assert not again.exception, again.exception
    assert again.selectbox(key="agreement_customer").value == key
    assert again.button(key="payment_save").label.endswith(second)
