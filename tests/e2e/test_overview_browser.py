"""A newcomer opens Tagih in a real browser: the first page shows the sample ledger in rupiah."""

import json

import pytest
from playwright.sync_api import Page, expect

from core.money import format_rupiah
from tests.e2e.conftest import ROOT, screenshot

pytestmark = pytest.mark.browser

EXPECTED = json.loads((ROOT / "sample_data" / "expected_sample.json").read_text("utf-8"))


def test_first_page_shows_rupiah_figures_without_an_error(server: str, page: Page) -> None:
    page.goto(server)
    expect(page.get_by_text("Total piutang", exact=True)).to_be_visible(timeout=30_000)
    metric = page.locator('[data-testid="stMetric"]').first
    # The total outstanding does not depend on the as-of date, so it is the generator's figure.
    expect(metric).to_contain_text(format_rupiah(EXPECTED["outstanding"]))
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)
    screenshot(page, "overview-id")


def test_language_switch_to_english(server: str, page: Page) -> None:
    page.goto(server)
    expect(page.get_by_text("Total piutang", exact=True)).to_be_visible(timeout=30_000)
    page.get_by_text("English").click()
    expect(page.get_by_text("Total outstanding", exact=True)).to_be_visible(timeout=15_000)
    screenshot(page, "overview-en")
