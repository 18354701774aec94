"""Amounts typed the owner's way in a real browser: "1.000.000" is one million rupiah, the
reading shows before saving, Enter in an amount never saves, and a cost typed into the discount
page's invoice table is read the same way."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from core.aging import customer_balances
from core.report import load_files
from core.store import Store
from tests.e2e.conftest import ROOT, promise_form, running_server, screenshot, wait_idle

pytestmark = pytest.mark.browser
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A fresh server, and its database file to read what was recorded."""
    data = tmp_path_factory.mktemp("tagih-amounts")
    with running_server(data) as url:
        yield url, data / "tagih.sqlite3"


def test_a_payment_typed_with_dots_is_recorded_as_one_million(
    served: tuple[str, Path], page: Page
) -> None:
    url, db = served
    page.goto(f"{url}/agreements")
    expect(page.get_by_text("Kesepakatan baru", exact=True)).to_be_visible(timeout=30_000)
    wait_idle(page)
    heading = page.get_by_role("heading", name="Catat pembayaran dari ")
    expect(heading).to_be_visible()
    field = page.get_by_label("Jumlah dibayar (Rp)")
    field.fill("1.000.000")
    field.press("Tab")
    wait_idle(page)
    expect(page.get_by_text("= Rp 1.000.000", exact=True)).to_be_visible(timeout=15_000)
    screenshot(page, "amount-1-payment-reading")
    button = page.get_by_role("button", name="Simpan pembayaran")
    # Where the owner has it when they press it, in view (Playwright's own click scrolls it
    # only to the window's last line, leaving the line under it out of view by a few pixels
    # or not, as the page's height falls).
    button.evaluate("b => b.scrollIntoView({block: 'center'})")
    button.click()
    saved = page.get_by_text("Pembayaran Rp 1.000.000 dari")
    expect(saved).to_be_visible(timeout=30_000)
    wait_idle(page)
    # Said where the owner is looking, under the button (not only at the page's top, out of
    # sight), and the field empty again, ready for the next payment.
    expect(saved).to_be_in_viewport()
    expect(field).to_have_value("")
    [event] = Store(db).events("payment")
    assert event.payload["amount"] == "1000000"
    assert heading.inner_text().endswith(event.payload["customer"])
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)


def test_enter_in_the_promised_amount_does_not_save_the_contact(
    served: tuple[str, Path], page: Page
) -> None:
    url, db = served
    page.goto(f"{url}/today")
    expect(page.get_by_text("Perlu dihubungi hari ini", exact=True)).to_be_visible(timeout=30_000)
    wait_idle(page)
    dialog, name = promise_form(page)
    amount = dialog.get_by_label("Janji bayar sebesar (Rp)")
    amount.fill("1.500.000")
    amount.press("Enter")
    wait_idle(page)
    expect(dialog.get_by_text("= Rp 1.500.000", exact=True)).to_be_visible(timeout=15_000)
    expect(page.get_by_text(f"Tercatat untuk {name}.")).to_have_count(0)
    assert Store(db).events("contact") == []
    screenshot(page, "amount-2-promise-enter")

    dialog.get_by_role("button", name="Simpan").click()
    expect(page.get_by_text(f"Tercatat untuk {name}.")).to_be_visible(timeout=15_000)
    [event] = Store(db).events("contact")
    assert event.payload["outcome"] == "promised"
    assert event.payload["promise_amount"] == "1500000"


@pytest.fixture
def english_page(browser: Browser) -> Iterator[Page]:
    """A browser set to English, whose number cells read "8.000.000" as eight."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-US")
    yield context.new_page()
    context.close()


def test_a_cost_typed_with_dots_into_the_invoice_table_is_read_as_typed(
    served: tuple[str, Path], english_page: Page
) -> None:
    page = english_page
    _, book = load_files([SAMPLE])
    single = next(
        b
        for b in customer_balances(book, date.today())
        if b.outstanding > 8_000_000 and b.open_invoices == 1
    )
    url, _ = served
    page.goto(f"{url}/discount")
    expect(page.get_by_text("Faktur yang ikut dihitung", exact=True)).to_be_visible(timeout=30_000)
    wait_idle(page)
    expect(page.locator('[data-testid="stSkeleton"]')).to_have_count(0, timeout=60_000)
    wait_idle(page)  # a busy machine may still be drawing the page: the picker once it stands
    picker = page.locator('[data-testid="stMain"] [data-testid="stSelectbox"]').first
    expect(picker).to_be_visible(timeout=60_000)
    picker.click(timeout=60_000)
    page.keyboard.type(single.name)
    page.get_by_role("option").first.click()
    wait_idle(page)
    # The table is drawn on a canvas: its HPP cell is the last column of the one row.
    grid = page.locator('[data-testid="stDataFrame"]').first
    expect(grid).to_be_visible(timeout=15_000)
    editor = page.locator(".gdg-input")

    def open_cost_cell() -> None:
        # Where the grid stands now (a rerun or an opened expander moves the page), and again
        # when a busy machine let the double click land before the grid took it (CI: the
        # browser tests run beside the others).
        for _ in range(3):
            box = grid.bounding_box()
            assert box is not None
            page.mouse.dblclick(box["x"] + box["width"] - 60, box["y"] + box["height"] * 0.75)
            try:
                editor.wait_for(state="visible", timeout=10_000)
                return
            except PlaywrightTimeoutError:
                wait_idle(page)
        expect(editor).to_be_visible()

    open_cost_cell()
    editor.fill("8.000.000")
    editor.press("Enter")
    wait_idle(page)
    page.get_by_text("Kenapa angka ini? Hitungannya").click()  # the reasoning, folded away
    step = "Modal (harga beli) barangnya, sesuai yang tercatat: Rp 8.000.000."
    expect(page.get_by_text(step, exact=True)).to_be_visible(timeout=15_000)
    screenshot(page, "amount-3-discount-cost")

    open_cost_cell()
    editor.fill("banyak")
    editor.press("Enter")
    wait_idle(page)
    expect(page.get_by_text("Modal / harga beli barang: 'banyak' bukan angka.")).to_be_visible(
        timeout=15_000
    )
