"""Every page on a phone (390×844) with the demo ledger: it opens without an error, nothing
runs off the side of the screen, and a picture of it is kept in test-artifacts/phone-*.png."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import screenshot, wait_idle

pytestmark = pytest.mark.browser

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
    expect(phone.locator('[data-testid="stException"]')).to_have_count(0)
    expect(phone.get_by_text("Maaf, terjadi kesalahan")).to_have_count(0)
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"{route or 'overview'}: {width}px wide on a 390px screen"
    screenshot(phone, f"phone-{route or 'overview'}")
