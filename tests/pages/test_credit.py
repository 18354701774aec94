"""Kredit (pages/credit.py), headless: both languages, the quick check, the owner's decision, the
customer page's grade."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.credit import OVERRIDES_SETTING, assess
from core.i18n import TEXTS
from core.ledger import Ledger
from core.store import Store
from tests.factories import TODAY, demo_ledger
from tests.pages.dashboard import open_app
from tests.test_credit import REFUSAL

CREDIT = "pages/credit.py"


@pytest.fixture
def sample() -> Ledger:
    return demo_ledger()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_page_runs_in_both_languages(app_db: Path, lang: str) -> None:
    at = open_app(CREDIT, lang)
    assert not at.exception, at.exception
    assert not at.error
    assert at.title[0].value == TEXTS["nav.credit"][lang]
    table = at.dataframe[0].value
    labels = {*"ABCD", TEXTS["credit.not_enough_data"][lang]}
    assert set(table[TEXTS["credit.col.grade"][lang]]) <= labels


def test_the_quick_check_refuses_a_stopped_customer_politely(app_db: Path, sample: Ledger) -> None:
    stopped = next(a for a in assess(sample, TODAY) if a.stop_credit)
    at = open_app(CREDIT)
    at.selectbox(key="credit_customer").set_value(stopped.customer).run()
    at.text_input(key="credit_amount").input("500.000").run()
    assert not at.exception
    assert at.error and at.error[0].value.startswith("Jangan beri utang baru: Rp 500.000")
    assert REFUSAL in at.code[0].value.lower()
    good = next(a for a in assess(sample, TODAY) if a.grade == "A" and a.credit_limit > 600_000
                and a.outstanding == 0)  # fmt: skip
    at.selectbox(key="credit_customer").set_value(good.customer).run()
    assert at.success and at.success[0].value == "Boleh: Rp 500.000 bisa tempo."


def test_the_owner_decides_over_the_suggestion(app_db: Path, sample: Ledger) -> None:
    stopped = next(a for a in assess(sample, TODAY) if a.stop_credit)
    at = open_app(CREDIT)
    at.selectbox(key="credit_customer").set_value(stopped.customer).run()
    assert at.metric[3].value == "Stop kredit"
    at.radio[0].set_value("allow")
    at.checkbox[0].check()
    at.text_input(key=f"credit_limit_{stopped.customer}").input("2,5 jt")
    at.button(key="credit_save").click().run()
    assert not at.exception
    assert at.success[0].value == "Keputusan tersimpan."
    assert (at.metric[2].value, at.metric[3].value) == ("Rp 2.500.000", "Boleh kredit")
    saved = Store(app_db).get_setting(OVERRIDES_SETTING)
    assert saved == {stopped.customer: {"credit_limit": "2500000", "stop_credit": False}}


def test_the_customer_page_shows_the_grade_and_links_here(app_db: Path) -> None:
    at = open_app("pages/customers.py")
    assert not at.exception
    assert "Nilai bayar dan kesepakatan" in [s.value for s in at.subheader]
    assert any(m.value.startswith("Nilai bayar ") for m in at.markdown)
