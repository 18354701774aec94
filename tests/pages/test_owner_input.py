"""What the owner types and what the customer reads, headless (AppTest): records dated by the
as-of date, the sidebar date applied at once, no document signed "Toko Anda", no fee unset."""

from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core.daily import daily_list
from core.latefee import LateFeePolicy
from core.money import format_rupiah
from core.store import Store
from tests.factories import demo_store

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
SAMPLE_TODAY = date(2026, 11, 23)


@pytest.fixture(autouse=True)
def own_database(app_db: Path) -> Path:
    """Each test's own database (tests/pages/conftest.py), for every test of this file."""
    return app_db


def own_book(db_path: Path) -> Store:
    """The owner's own ledger (the sample workbook imported as theirs, not as the demo)."""
    return demo_store(db_path)


def run_app(day: date = SAMPLE_TODAY, page: str | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.session_state["lang"] = "id"
    at.session_state["as_of"] = day
    at.run()
    if page:
        at.switch_page(page)
        at.run()
    assert not at.exception, at.exception
    return at


def page_text(at: AppTest) -> str:
    parts = [e.value for e in (*at.markdown, *at.caption, *at.text_area, *at.code)]
    parts += [e.value for e in (*at.info, *at.success, *at.warning, *at.error)]
    return "\n".join(str(p) for p in parts)


# The sidebar's "Per tanggal".


def test_the_figures_follow_the_sidebar_date_as_soon_as_it_changes() -> None:
    at = run_app()
    before = [m.value for m in at.metric]
    assert at.text_input(key="as_of_text").value == "23/11/2026"
    at.text_input(key="as_of_text").input("1 Mar 2027").run()
    assert not at.exception
    assert at.session_state["as_of"] == date(2027, 3, 1)
    assert [m.value for m in at.metric] != before
    # Another page is on the new date too (AppTest reruns only the page: the field's own
    # change callback is what applied the date, not a later line of the sidebar).
    at.switch_page("pages/today.py").run()
    assert any("1 Mar 2027" in c.value for c in at.caption)


def test_a_text_that_is_no_date_changes_nothing_and_says_so() -> None:
    at = run_app()
    before = [m.value for m in at.metric]
    at.text_input(key="as_of_text").input("31/02/2027").run()
    assert not at.exception
    assert at.session_state["as_of"] == SAMPLE_TODAY
    assert [m.value for m in at.metric] == before
    # What the sidebar says under the field (AppTest shows the sidebar of the first run only).
    assert at.session_state["as_of_problem"] == "31/02/2027"


# Records dated by the as-of date.


def test_a_payment_recorded_on_a_past_as_of_date_lands_on_it(own_database: Path) -> None:
    past = date(2026, 11, 10)
    at = run_app(past, "pages/agreements.py")
    customer = at.selectbox(key="agreement_customer").value
    assert any("Dicatat untuk tanggal 10 Nov 2026" in c.value for c in at.caption)
    at.text_input(key="payment_amount").input("321rb").run()
    at.button(key="payment_save").click().run()
    assert not at.exception, at.exception

    db = Store(own_database)
    [event] = db.events("payment")
    assert event.payload["paid_on"] == past.isoformat()
    assert event.at.date() == date.today()  # when it was typed in stays the real time
    [paid] = [p for p in db.ledger().payments if p.amount == 321_000]
    assert paid.paid_on == past

    at.session_state["customer_key"] = customer
    at.switch_page("pages/customers.py").run()
    assert not at.exception, at.exception
    story = next(d.value for d in at.dataframe if "Dicatat pada" in d.value.columns)
    [row] = story[story["Jumlah"] == 321_000].to_dict("records")
    assert row["Tanggal"] == past and row["Dicatat pada"]
    dates = list(story["Tanggal"])
    assert dates == sorted(dates, reverse=True)


def test_a_contact_is_recorded_for_the_as_of_date(own_database: Path) -> None:
    past = date(2026, 11, 20)
    at = run_app(past, "pages/today.py")
    assert any("Dicatat untuk tanggal 20 Nov 2026" in c.value for c in at.caption)
    next(b for b in at.button if b.key.startswith("log_save_")).click().run()
    assert not at.exception, at.exception
    [event] = Store(own_database).events("contact")
    assert event.payload["on"] == past.isoformat() and event.at.date() == date.today()


# No "Toko Anda".


def test_without_a_shop_name_nothing_goes_out_signed_toko_anda(own_database: Path) -> None:
    own_book(own_database)
    at = run_app(date(2026, 12, 20), "pages/today.py")
    shown = page_text(at)
    assert "Isi nama toko di Pengaturan dulu" in shown
    assert "Toko Anda" not in shown
    letters = [b for b in at.button if b.key.startswith("letter_")]
    assert letters and all(b.disabled for b in letters)

    at.switch_page("pages/agreements.py").run()
    assert "Isi nama toko di Pengaturan dulu" in page_text(at)
    at.switch_page("pages/customers.py").run()
    assert not at.exception, at.exception
    assert "Isi nama toko di Pengaturan dulu" in page_text(at)

    Store(own_database).set_setting("business", {"name": "Toko Maju Jaya"})
    at.switch_page("pages/today.py").run()
    shown = page_text(at)
    assert "Isi nama toko di Pengaturan dulu" not in shown and "Toko Anda" not in shown
    assert all("Toko Maju Jaya" in a.value for a in at.text_area)
    assert not [b for b in at.button if b.key.startswith("letter_")]  # downloads again


def test_first_start_asks_for_the_shop_and_the_demo_does_not(own_database: Path) -> None:
    demo = run_app()
    assert "Data toko Anda" not in [s.value for s in demo.subheader]

    own_book(own_database)
    at = run_app()
    assert "Data toko Anda" in [s.value for s in at.subheader]
    at.text_input(key=next(i.key for i in at.text_input if i.label == "Nama toko")).input(
        "Toko Maju Jaya"
    )
    at.button[[b.label for b in at.button].index("Simpan data toko")].click().run()
    assert not at.exception, at.exception
    assert Store(own_database).get_setting("business", {})["name"] == "Toko Maju Jaya"
    assert "Data toko Anda" not in [s.value for s in at.subheader]


def test_the_setup_can_be_skipped(own_database: Path) -> None:
    own_book(own_database)
    at = run_app()
    at.button[[b.label for b in at.button].index("Nanti saja")].click().run()
    assert "Data toko Anda" not in [s.value for s in run_app().subheader]


# The late fee: off by default, one figure everywhere when on.


def test_by_default_no_message_asks_for_a_fee() -> None:
    at = run_app(date(2027, 3, 1), "pages/today.py")
    assert any("7. " in m.value for m in at.markdown)  # firm-step customers are on the list
    messages = [e.value.lower() for e in (*at.text_area, *at.code)]
    assert messages and not [m for m in messages if "denda" in m]
    assert not [c.value for c in at.caption if "denda Rp" in c.value]


def test_with_a_fee_set_the_daily_list_and_the_agreement_page_agree(own_database: Path) -> None:
    db = own_book(own_database)
    db.set_setting("business", {"name": "Toko Maju Jaya"})
    policy = LateFeePolicy(kind="percent", grace_days=7)
    db.set_setting("late_fee", policy.as_setting())
    day = date(2027, 3, 1)
    firm = next(a for a in daily_list(db.ledger(), day, policy=policy) if a.late_fee > 0)

    at = run_app(day, "pages/today.py")
    assert f"denda {format_rupiah(firm.late_fee)}" in page_text(at)

    at.session_state["customer_key"] = firm.customer_key
    at.switch_page("pages/agreements.py").run()
    assert not at.exception, at.exception
    assert at.selectbox(key="agreement_customer").value == firm.customer_key
    field = at.text_input(key=f"agreement_late_fee_{firm.customer_key}_{day.isoformat()}")
    assert field.value == format_rupiah(firm.late_fee, prefix="")


def test_settings_say_a_fee_must_be_agreed_and_warn_above_three_percent() -> None:
    at = run_app(page="pages/settings.py")
    assert any("sudah disepakati dengan pelanggan" in i.value for i in at.info)
    at.radio(key="fee_kind").set_value("percent").run()
    at.text_input(key="fee_percent").input("4").run()
    assert any("di atas sekitar 3 % sebulan" in w.value for w in at.warning)
