"""Hari Ini on a phone (390×844): one message box per card, and a customer contacted today
kept in sight under "Sudah dihubungi hari ini"; a dispute takes a customer off the cards."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import ARTIFACTS, wait_idle

pytestmark = pytest.mark.browser


def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def test_today_on_a_phone(server: str, phone: Page) -> None:
    page = phone
    page.goto(f"{server}/today")
    expect(page.get_by_text("Perlu dihubungi hari ini", exact=True)).to_be_visible(timeout=30_000)
    wait_idle(page)
    expander = page.locator('[data-testid="stExpander"]').first
    card = expander.locator('xpath=ancestor::div[@data-testid="stVerticalBlock"][1]')
    name = card.locator("strong").first.inner_text()
    card.get_by_text("Pesan yang disarankan").click()
    wait_idle(page)
    # One box for the message, no second copy of it, and no sideways scrolling.
    expect(card.locator('[data-testid="stCode"]')).to_have_count(1)
    expect(card.locator("textarea")).to_have_count(0)
    expect(card.get_by_role("link", name="WhatsApp")).to_be_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, width
    shot(page, "today-phone-1-card")

    # "Ubah pesan": the same box becomes editable, and the link carries the edit.
    card.get_by_text("Ubah pesan").click()
    area = card.locator("textarea")
    expect(area).to_have_count(1, timeout=10_000)
    area.fill("Halo, ini pesan saya sendiri")
    area.press("Tab")
    wait_idle(page)
    link = card.get_by_role("link", name="WhatsApp")
    expect(link).to_have_attribute(
        "href", re.compile(r"^https://wa\.me/62\d+\?text=Halo%2C%20ini%20pesan%20saya%20sendiri$")
    )

    card.get_by_role("button", name="Catat kontak").click()
    dialog = page.locator('[data-testid="stPopoverBody"]')
    expect(dialog).to_be_visible(timeout=10_000)
    dialog.get_by_role("button", name="Simpan").click()
    expect(page.get_by_text(f"Tercatat untuk {name}.")).to_be_visible(timeout=15_000)
    wait_idle(page)
    section = page.get_by_text("Sudah dihubungi hari ini (1)")
    expect(section).to_be_visible()
    section.click()
    expect(page.get_by_text(name, exact=False).first).to_be_visible()
    shot(page, "today-phone-2-contacted")
