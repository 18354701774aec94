"""Amounts, percentages and days typed on the pages (ui/inputs.py money_input and its kin),
headless."""

from decimal import Decimal
from pathlib import Path

import pytest

from core.credit import assess
from core.money import format_rupiah
from core.store import Store
from tests.factories import TODAY, demo_ledger
from tests.pages.dashboard import open_app

TYPED = [("1.000.000", 1_000_000), ("Rp 2.500.000,-", 2_500_000), ("1,5 jt", 1_500_000)]


@pytest.mark.parametrize(("text", "amount"), TYPED)
def test_a_payment_typed_the_owners_way_is_recorded_as_typed(
    app_db: Path, text: str, amount: int
) -> None:
    at = open_app("pages/agreements.py")
    at.text_input(key="payment_amount").input(text).run()
    assert f"= {format_rupiah(amount)}" in [c.value for c in at.caption]
    [heading] = [h.value for h in at.header if h.value.startswith("Catat pembayaran dari ")]
    at.button(key="payment_save").click().run()
    assert not at.exception
    [event] = Store(app_db).events("payment")
    assert event.payload["amount"] == str(amount)
    assert event.customer_key == at.selectbox(key="agreement_customer").value
    assert heading == f"Catat pembayaran dari {event.payload['customer']}"
    assert any(f"Pembayaran {format_rupiah(amount)}" in s.value for s in at.success)


def test_a_payment_that_cannot_be_read_is_not_recorded(app_db: Path) -> None:
    at = open_app("pages/agreements.py")
    at.text_input(key="payment_amount").input("sejuta").run()
    assert any("tidak terbaca sebagai jumlah" in e.value for e in at.error)
    at.button(key="payment_save").click().run()
    assert Store(app_db).events("payment") == []


@pytest.mark.parametrize(("text", "amount"), TYPED)
def test_credit_is_checked_for_the_amount_as_typed(app_db: Path, text: str, amount: int) -> None:
    stopped = next(a for a in assess(demo_ledger(), TODAY) if a.stop_credit)
    at = open_app("pages/credit.py")
    at.selectbox(key="credit_customer").set_value(stopped.customer).run()
    at.text_input(key="credit_amount").input(text).run()
    assert not at.exception
    assert f"= {format_rupiah(amount)}" in [c.value for c in at.caption]
    assert at.error[0].value == (
        f"Jangan beri utang baru: {format_rupiah(amount)} sebaiknya dibayar tunai."
    )


def test_the_late_fee_settings_read_comma_decimals_and_amounts(app_db: Path) -> None:
    at = open_app("pages/settings.py")
    at.text_input(key="fee_grace").input("10 hari").run()
    at.text_input(key="fee_percent").input("2,5 %").run()
    at.text_input(key="fee_fixed").input("Rp 50.000").run()
    at.text_input(key="fee_cap").input("1 jt").run()
    assert {"= 10 hari", "= 2,5%", "= Rp 50.000", "= Rp 1.000.000"} <= {c.value for c in at.caption}
    at.button(key="fee_save").click().run()
    assert not at.exception
    saved = Store(app_db).get_setting("late_fee")
    assert (saved["grace_days"], saved["fixed"], saved["cap"]) == (10, 50_000, 1_000_000)
    assert Decimal(str(saved["percent_per_month"])) == Decimal("2.5")


def test_late_fee_settings_that_cannot_be_read_are_not_saved(app_db: Path) -> None:
    at = open_app("pages/settings.py")
    at.text_input(key="fee_percent").input("dua").run()
    at.button(key="fee_save").click().run()
    assert any("belum ada yang disimpan" in e.value for e in at.error)
    assert Store(app_db).get_setting("late_fee") is None
