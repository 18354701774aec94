"""Every page on a phone (390×844) with the demo ledger: it opens without an error, nothing
runs off the side of the screen, and pictures of it are kept in test-artifacts/: phone-*-screen.png
as the phone shows it (390×844), phone-*.png the whole page."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.e2e.conftest import ARTIFACTS, screenshot, wait_idle

pytestmark = pytest.mark.browser
HEADER = '[role="columnheader"]'  # a table's accessible header cells (hidden from the eye)


def first_headers(table: Locator, count: int) -> list[str]:
    """A table's header texts once its first ``count`` headers are drawn (on a busy machine
    the grid draws them after the page is idle)."""
    expect(table.locator(HEADER).nth(count - 1)).to_be_attached(timeout=30_000)
    return table.locator(HEADER).all_inner_texts()


# Route of each page and a text the page shows once its script has run.
PAGES = [
    ("", "Total piutang"),
    ("today", "Perlu dihubungi hari ini"),
    ("customers", "Pelanggan"),
    ("agreements", "Kesepakatan"),
    ("credit", "Boleh utang"),
    ("discount", "Diskon"),
    ("upload", "Unggah"),
    ("settings", "Pengaturan"),
]


@pytest.mark.parametrize(("route", "shows"), PAGES, ids=[r or "overview" for r, _ in PAGES])
def test_each_page_fits_a_phone(server: str, phone: Page, route: str, shows: str) -> None:
    phone.goto(f"{server}/{route}")
    expect(phone.get_by_text(shows).first).to_be_visible(timeout=30_000)
    wait_idle(phone)
    # Every element drawn (a page still running shows grey placeholders in their place).
    expect(phone.locator('[data-testid="stSkeleton"]')).to_have_count(0, timeout=60_000)
    wait_idle(phone)
    expect(phone.locator('[data-testid="stException"]')).to_have_count(0)
    expect(phone.get_by_text("Maaf, terjadi kesalahan")).to_have_count(0)
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"{route or 'overview'}: {width}px wide on a 390px screen"
    # What the phone shows at once (390×844), and the whole page as one tall picture.
    ARTIFACTS.mkdir(exist_ok=True)
    phone.screenshot(path=str(ARTIFACTS / f"phone-{route or 'overview'}-screen.png"))
    screenshot(phone, f"phone-{route or 'overview'}")


def test_the_invoices_balance_shows_without_scrolling_sideways(server: str, phone: Page) -> None:
    """The customer page's invoice table on a phone: the table draws only the columns in view
    (its accessible header lists just those), and Sisa piutang is among them."""
    phone.goto(f"{server}/customers")
    expect(phone.get_by_text("Faktur", exact=True).first).to_be_visible(timeout=30_000)
    expect(phone.locator('[data-testid="stSkeleton"]')).to_have_count(0, timeout=60_000)
    wait_idle(phone)
    invoices = (
        phone.locator('[data-testid="stDataFrame"]')
        .filter(has=phone.locator(HEADER, has_text=re.compile(r"^No\. Faktur$")))
        .filter(has_not=phone.locator(HEADER, has_text=re.compile(r"^Jenis$")))
    )
    heads = first_headers(invoices.first, 2)
    assert heads[:2] == ["No. Faktur", "Sisa piutang"], heads
    assert "Tanggal" not in heads  # the invoice date comes later, off the screen


def test_the_overview_invoices_show_the_balance_on_a_phone(server: str, phone: Page) -> None:
    """Ringkasan's open-invoice table on a phone: Sisa piutang among the columns in view."""
    phone.goto(server)
    expect(phone.get_by_text("Total piutang").first).to_be_visible(timeout=30_000)
    expect(phone.locator('[data-testid="stSkeleton"]')).to_have_count(0, timeout=60_000)
    wait_idle(phone)
    invoices = phone.locator('[data-testid="stDataFrame"]').filter(
        has=phone.locator(HEADER, has_text=re.compile(r"^No\. Faktur$"))
    )
    heads = first_headers(invoices.first, 3)
    assert heads[:3] == ["No. Faktur", "Pelanggan", "Sisa piutang"], heads


def test_every_contact_day_is_in_sight_on_a_phone(server: str, phone: Page) -> None:
    """Pengaturan's contact days on a phone: each day chosen is drawn inside the screen's width
    (a multiselect's chips hid Jumat and Sabtu behind "Kamis…")."""
    phone.goto(f"{server}/settings")
    expect(phone.get_by_text("Jam kontak pelanggan").first).to_be_visible(timeout=30_000)
    expect(phone.locator('[data-testid="stSkeleton"]')).to_have_count(0, timeout=60_000)
    wait_idle(phone)
    for day in ("Senin", "Kamis", "Jumat", "Sabtu"):
        chip = phone.get_by_role("button", name=day, exact=True)
        chip.scroll_into_view_if_needed()
        box = chip.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390, (day, box)
        expect(chip).to_be_visible()
