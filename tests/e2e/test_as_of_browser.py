"""The sidebar's "Per tanggal", typed in a real browser: the figures follow the date shown,
whether the owner leaves the field with Tab or with Enter."""

import json

import pytest
from playwright.sync_api import Page, expect

from core.money import format_rupiah
from tests.e2e.conftest import ROOT, screenshot, wait_idle

pytestmark = pytest.mark.browser

EXPECTED = json.loads((ROOT / "sample_data" / "expected_sample.json").read_text("utf-8"))
# By 1 Mar 2027 every invoice of the sample ledger is past due: overdue = the whole balance.
ALL_DUE = format_rupiah(EXPECTED["outstanding"])


@pytest.mark.parametrize(
    ("typed", "key", "shown"),
    [("01/03/2027", "Tab", "01/03/2027"), ("2 Mar 2027", "Enter", "02/03/2027")],
)
def test_a_typed_date_applies_however_the_field_is_left(
    server: str, page: Page, typed: str, key: str, shown: str
) -> None:
    page.goto(server)
    expect(page.get_by_text("Total piutang", exact=True)).to_be_visible(timeout=30_000)
    overdue = page.locator('[data-testid="stMetric"]').nth(1)
    expect(overdue).not_to_contain_text(ALL_DUE)
    field = page.locator('[data-testid="stSidebar"]').get_by_label("Per tanggal", exact=True)
    field.focus()
    field.press("Control+a")
    field.press_sequentially(typed, delay=30)
    field.press(key)
    wait_idle(page)
    expect(overdue).to_contain_text(ALL_DUE, timeout=15_000)
    expect(field).to_have_value(shown)
    screenshot(page, f"as-of-typed-{key.lower()}")


def test_a_text_that_is_no_date_is_said_and_changes_nothing(server: str, page: Page) -> None:
    page.goto(server)
    expect(page.get_by_text("Total piutang", exact=True)).to_be_visible(timeout=30_000)
    overdue = page.locator('[data-testid="stMetricValue"]').nth(1)
    before = overdue.inner_text().strip()
    field = page.locator('[data-testid="stSidebar"]').get_by_label("Per tanggal", exact=True)
    field.focus()
    field.press("Control+a")
    field.press_sequentially("31/02/2027", delay=30)
    field.press("Tab")
    wait_idle(page)
    expect(page.locator('[data-testid="stSidebar"]')).to_contain_text("bukan tanggal")
    expect(overdue).to_have_text(before)
    expect(overdue).not_to_have_text(ALL_DUE)
