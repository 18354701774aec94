"""Every page runs headless (AppTest): no exception, the key numbers present, both languages."""

import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core.money import format_rupiah
from tests.helpers import autolinks
from tests.pages.dashboard import markdown_bodies
from ui.text import plain

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = json.loads((ROOT / "sample_data" / "expected_sample.json").read_text("utf-8"))
PAGES = [
    "pages/overview.py",
    "pages/today.py",
    "pages/customers.py",
    "pages/discount.py",
    "pages/upload.py",
    "pages/settings.py",
]


@pytest.fixture(autouse=True)
def own_database(app_db: Path) -> Path:
    """Each test's own data folder, its database seeded with the demo on the first run."""
    return app_db.parent


def run_app(lang: str = "id", page: str | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.session_state["lang"] = lang
    at.session_state["as_of"] = date.fromisoformat(EXPECTED["today"])
    at.run()
    if page:
        at.switch_page(page)
        at.run()
    return at


def texts(at: AppTest) -> str:
    parts = [m.value for m in at.metric] + [m.label for m in at.metric]
    parts += [e.value for e in (*at.markdown, *at.caption, *at.title, *at.header, *at.subheader)]
    parts += [e.value for e in (*at.info, *at.success, *at.error, *at.warning)]
    return "\n".join(str(p) for p in parts)


def test_overview_shows_the_sample_ledger_figures() -> None:
    at = run_app()
    assert not at.exception
    values = [m.value for m in at.metric]
    assert format_rupiah(EXPECTED["outstanding"]) in values
    assert format_rupiah(EXPECTED["overdue"]) in values
    assert str(EXPECTED["customers_with_balance"]) in values
    shown = texts(at)
    assert "Total piutang" in shown
    assert f"{EXPECTED['open_invoices']} faktur belum lunas" in shown


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_page_runs_in_both_languages(page: str, lang: str) -> None:
    at = run_app(lang, page)
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]


def test_english_overview() -> None:
    at = run_app("en")
    assert "Total outstanding" in [m.label for m in at.metric]


def test_bucket_filter_shows_the_invoices_behind_a_bucket() -> None:
    at = run_app()
    at.pills(key="bucket_filter").set_value(["90+"]).run()
    assert not at.exception
    caption = next(c.value for c in at.caption if "faktur belum lunas" in c.value)
    assert format_rupiah(EXPECTED["aging"]["90+"]) in caption


def test_customer_page_shows_the_largest_debtor() -> None:
    at = run_app(page="pages/customers.py")
    assert not at.exception
    heading = at.header[0].value
    assert heading  # the customer owing the most opens first
    assert any(m.label == "Total piutang" for m in at.metric)
    # On a phone only the first columns fit: the invoices' balance comes right after the number.
    invoices = next(d.value for d in at.dataframe if "No. Faktur" in d.value.columns)
    assert list(invoices.columns[:3]) == ["No. Faktur", "Sisa piutang", "Jatuh tempo"]


def test_the_owner_chooses_how_messages_address_a_customer(own_database: Path) -> None:
    at = run_app(page="pages/customers.py")
    choice = next(s for s in at.selectbox if s.key.startswith("salutation_"))
    choice.set_value("Bu").run()
    assert not at.exception, at.exception

    from core.messages import SALUTATIONS_SETTING
    from core.store import Store

    saved = Store(own_database / "tagih.sqlite3").get_setting(SALUTATIONS_SETTING, {})
    assert list(saved.values()) == ["Bu"]  # for the one customer shown
    at.switch_page("pages/today.py").run()
    assert not at.exception, at.exception


def test_upload_page_lists_the_demo_and_can_clear_it() -> None:
    at = run_app(page="pages/upload.py")
    assert "buku_piutang_toko_sumber_rejeki.xlsx" in at.dataframe[0].value.to_string()
    at.button(key="clear_demo").click().run()
    assert not at.exception
    at.switch_page("pages/overview.py").run()
    assert "Belum ada buku piutang" in texts(at)


def test_demo_is_not_loaded_again_after_it_was_cleared() -> None:
    at = run_app(page="pages/upload.py")
    at.button(key="clear_demo").click().run()
    again = run_app()
    assert not [m for m in again.metric]


def test_today_lists_customers_and_logs_a_promise_that_reaches_the_timeline(
    own_database: Path,
) -> None:
    at = run_app(page="pages/today.py")
    assert not at.exception
    assert int(at.metric[0].value) > 0
    name = at.markdown[0].value.split("**")[1]  # the first card: the most urgent customer
    next(s for s in at.selectbox if s.label == "Hasil").set_value("promised")
    next(i for i in at.text_input if i.key.startswith("log_amount_")).input("750rb")
    next(b for b in at.button if b.key.startswith("log_save_")).click().run()  # its "Simpan"
    assert not at.exception, at.exception

    from core.ledger import customer_key
    from core.store import Store

    [event] = Store(own_database / "tagih.sqlite3").events("contact")
    assert event.customer_key == customer_key(name)
    assert event.payload["outcome"] == "promised" and event.payload["promise_amount"] == "750000"

    at.session_state["customer_key"] = customer_key(name)
    at.switch_page("pages/customers.py").run()
    assert not at.exception
    cells = [str(v) for df in at.dataframe for v in df.value.to_numpy().ravel()]
    assert any("Rp 750.000" in cell and "menunggu" in cell for cell in cells)


def test_names_with_markup_are_shown_as_text(own_database: Path) -> None:
    from core.ingest import read_ledger
    from core.store import Store
    from tests.helpers import write_xlsx

    nasty = "**[klik](http://x.example)** :red[<script>alert(1)</script>] $x$"
    path = write_xlsx(
        own_database / "jahat.xlsx",
        {"S": [["Pelanggan", "Tanggal", "Jumlah"], [nasty, date(2026, 10, 1), 5_000]]},
    )
    store = Store(own_database / "tagih.sqlite3")
    store.set_setting("demo_dismissed", True)
    store.save_import(read_ledger(path), path.read_bytes(), now=datetime(2026, 11, 23))
    at = run_app(page="pages/today.py")
    assert not at.exception
    shown = " ".join(m.value for m in at.markdown)
    assert "\\*\\*\\[klik\\]" in shown  # escaped: rendered as the characters themselves
    at.switch_page("pages/customers.py").run()
    assert not at.exception


@pytest.mark.parametrize(("lang", "short"), [("id", "Rp 38,86 miliar"), ("en", "Rp 38.86 billion")])
def test_a_figure_too_long_for_its_card_is_shortened_with_the_exact_one_beside(
    own_database: Path, lang: str, short: str
) -> None:
    """A wholesaler's Rp 38.856.208.000 would be cut to 'Rp 38.856.208.0…' by the card."""
    from core.ingest import read_ledger
    from core.store import Store
    from tests.helpers import write_xlsx

    rows: list[list[object]] = [["No. Faktur", "Pelanggan", "Tanggal", "Jumlah"]]
    rows += [["F-1", "PT Besar", date(2026, 1, 5), 38_000_000_000]]
    rows += [["F-2", "PT Besar", date(2026, 11, 20), 856_208_000]]
    path = write_xlsx(own_database / "besar.xlsx", {"S": rows})
    store = Store(own_database / "tagih.sqlite3")
    store.set_setting("demo_dismissed", True)
    store.save_import(read_ledger(path), path.read_bytes(), now=datetime(2026, 11, 23))
    at = run_app(lang)
    assert not at.exception
    first = at.metric[0]
    assert first.value == short
    assert "Rp 38.856.208.000" in first.proto.help
    at.switch_page("pages/customers.py").run()
    assert not at.exception
    assert at.metric[0].value == short
    assert "Rp 38.856.208.000" in at.metric[0].proto.help


def test_every_page_shows_figures_at_the_largest_amount(own_database: Path) -> None:
    """Round 67: a 1E+308 cell broke the overview (decimal.InvalidOperation) and the customers
    page (OverflowError). Such a cell is now a problem row; the figures that pass the bound,
    Rp 1.000.000.000.000.000 an invoice, several of them to a customer, still show on every
    page."""
    from core.ingest import read_ledger
    from core.ledger import customer_key
    from core.money import LARGEST_AMOUNT
    from core.store import Store
    from tests.helpers import write_xlsx

    rows: list[list[object]] = [["No. Faktur", "Pelanggan", "Tanggal", "Jatuh Tempo", "Jumlah"]]
    rows += [[f"B-{n}", "PT Besar", date(2026, 8, n), date(2026, 9, n), LARGEST_AMOUNT]
             for n in range(1, 6)]  # fmt: skip
    rows += [["K-1", "Toko Kecil", date(2026, 10, 1), date(2026, 10, 31), 1_000_000]]
    rows += [["X-1", "Toko Salah", date(2026, 10, 1), date(2026, 10, 31), 1e308]]
    path = write_xlsx(own_database / "besar.xlsx", {"S": rows})
    result = read_ledger(path)
    assert [p.code for p in result.problems] == ["amount-too-large"]
    store = Store(own_database / "tagih.sqlite3")
    store.set_setting("demo_dismissed", True)
    store.save_import(result, path.read_bytes(), now=datetime(2026, 11, 23))

    at = run_app()
    assert not at.exception, at.exception
    assert "Rp 5.000.000.001.000.000" in at.metric[0].proto.help
    at.session_state["customer_key"] = customer_key("PT Besar")
    for page in ("customers", "today", "agreements", "discount", "credit", "upload"):
        at.switch_page(f"pages/{page}.py").run()
        assert not at.exception, (page, at.exception)


HOSTILE = "Toko ![t](http://127.0.0.1:9/p.png) <img src=x> **b** www.evil.example bu@evil.example"
NOTE = "bayar di https://evil.example/bayar atau www.evil.example"  # the invoice's Keterangan


def assert_shown_as_text(at: AppTest, *, named: bool = True) -> None:
    assert not at.exception, at.exception
    bodies = markdown_bodies(at)
    for body in bodies:
        assert "![" not in body, body
        assert not re.search(r"(?<!\\)<img", body), body
        assert not re.search(r"(?<!\\)\*\*b", body), body
        assert autolinks(body) == [], body  # round 67: a bare address in a name became a link
    assert not named or any(plain(HOSTILE) in body for body in bodies)


def test_a_name_with_an_image_html_and_bold_is_shown_as_text_on_every_page(
    own_database: Path,
) -> None:
    from core.ingest import read_ledger
    from core.ledger import customer_key
    from core.store import Store
    from tests.helpers import write_xlsx

    rows: list[list[object]] = [
        ["No. Faktur", "Pelanggan", "Tanggal", "Jatuh Tempo", "Jumlah", "Keterangan"]
    ]
    rows += [["F-1", HOSTILE, date(2026, 8, 1), date(2026, 8, 31), 2_500_000, NOTE]]
    rows += [["F-2", HOSTILE, date(2026, 9, 1), date(2026, 10, 1), 1_000_000, NOTE]]
    path = write_xlsx(own_database / "nama.xlsx", {"S": rows})
    store = Store(own_database / "tagih.sqlite3")
    store.set_setting("demo_dismissed", True)
    store.save_import(read_ledger(path), path.read_bytes(), now=datetime(2026, 11, 23))

    at = run_app()
    assert_shown_as_text(at, named=False)  # the overview names customers in tables and charts
    at.switch_page("pages/today.py").run()
    assert_shown_as_text(at)
    next(b for b in at.button if b.key.startswith("log_save_")).click().run()
    assert_shown_as_text(at)
    assert any(plain(HOSTILE) in s.value for s in at.success)  # "Tercatat untuk …"

    at.session_state["customer_key"] = customer_key(HOSTILE)
    at.switch_page("pages/customers.py").run()
    assert_shown_as_text(at)

    at.switch_page("pages/agreements.py").run()
    assert_shown_as_text(at)
    at.button(key="agreement_save").click().run()
    assert_shown_as_text(at)
    assert any(plain(HOSTILE) in e.label for e in at.expander)  # the saved agreement's title
    at.text_input(key="payment_amount").input("100rb").run()
    at.button(key="payment_save").click().run()
    assert_shown_as_text(at)

    at.switch_page("pages/discount.py").run()
    assert_shown_as_text(at)
    at.button(key="discount_make_offer").click().run()
    assert_shown_as_text(at)
    assert any(plain(HOSTILE) in s.value for s in at.success)  # "Penawaran tersimpan …"


# Round 95 L3: the PDF font subsetter's INFO lines (thousands from a few dozen letters) rotated
# the log's lines that matter out of its 5 MB; the app keeps only its warnings.
def test_the_font_subsetters_chatter_stays_out_of_the_log() -> None:
    import logging

    run_app()
    # Its own level, whatever the root's (the app's root logs INFO to the file).
    assert logging.getLogger("fontTools").level == logging.WARNING
