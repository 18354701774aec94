"""The morning flow in a real browser: today's list, a WhatsApp draft, a promise, the timeline."""

from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import screenshot, wait_idle

pytestmark = pytest.mark.browser


def test_today_whatsapp_draft_promise_and_timeline(server: str, page: Page) -> None:
    page.goto(f"{server}/today")
    expect(page.get_by_text("Perlu dihubungi hari ini", exact=True)).to_be_visible(timeout=30_000)
    wait_idle(page)
    # The first card: the bordered block around the first "suggested message" expander.
    expander = page.locator('[data-testid="stExpander"]').first
    card = expander.locator('xpath=ancestor::div[@data-testid="stVerticalBlock"][1]')
    name = card.locator("strong").first.inner_text()
    card.get_by_text("Pesan yang disarankan").click()
    link = card.get_by_role("link", name="WhatsApp")
    expect(link).to_be_visible(timeout=10_000)
    href = link.get_attribute("href") or ""
    url = urlparse(href)
    assert url.netloc == "wa.me" and url.path.startswith("/62")
    assert name in parse_qs(url.query)["text"][0]
    screenshot(page, "today-1-whatsapp-draft")

    card.get_by_role("button", name="Catat kontak").click()
    dialog = page.locator('[data-testid="stPopoverBody"]')
    expect(dialog).to_be_visible(timeout=10_000)
    dialog.get_by_text("Telepon").click()
    dialog.locator('[data-testid="stSelectbox"]').first.click()
    page.get_by_role("option", name="janji bayar").click()
    amount = dialog.get_by_label("Janji bayar sebesar (Rp)")
    amount.fill("750000")
    amount.press("Tab")
    screenshot(page, "today-2-log-promise")
    dialog.get_by_role("button", name="Simpan").click()
    expect(page.get_by_text(f"Tercatat untuk {name}.")).to_be_visible(timeout=15_000)
    wait_idle(page)

    page.goto(f"{server}/customers")
    expect(page.get_by_text("Cari pelanggan", exact=True)).to_be_visible(timeout=30_000)
    page.get_by_label("Cari pelanggan").fill(name)
    page.get_by_label("Cari pelanggan").press("Enter")
    wait_idle(page)
    expect(page.get_by_role("heading", name=name)).to_be_visible(timeout=15_000)
    timeline = page.locator('[data-testid="stDataFrame"]').filter(has_text="Janji")
    expect(timeline.first).to_be_visible(timeout=15_000)
    screenshot(page, "today-3-timeline")
