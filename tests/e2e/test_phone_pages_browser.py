"""Every page on a phone (390×844) with the demo ledger: it opens without an error, nothing
runs off the side of the screen, and pictures of it are kept in test-artifacts/: phone-*-screen.png
as the phone shows it (390×844), phone-*.png the whole page."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import ARTIFACTS, screenshot, wait_idle

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
