"""The owner opens Ringkasan in a real browser, clicks a week of the cash-in forecast and sees the
invoices behind it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from core.agreements import load_agreements
from core.charts import week_label
from core.forecast import Forecast, cash_forecast
from core.money import format_rupiah
from core.store import Store
from tests.e2e.conftest import running_server, screenshot, wait_idle

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("tagih-forecast")


@pytest.fixture(scope="module")
def server(data: Path) -> Iterator[str]:
    with running_server(data) as url:
        yield url


def forecast_of(data: Path, day: date) -> Forecast:
    with Store(data / "tagih.sqlite3") as store:
        return cash_forecast(
            store.ledger(), day, events=store.events(), agreements=load_agreements(store)
        )


def click_bar(page: Page, chart: Locator, index: int, until: Locator) -> None:
    """Click the ``index``-th bar where it is, as a hand would (plotly's drag layer lies over
    the bars and picks the point from the hover), until ``until`` shows. A bar plotly holds as
    picked is not clicked again while its rerun is on its way: a second click would unpick it
    (on a busy machine the rerun may take longer than one wait), unless two waits pass."""
    picked = "(el, i) => (el.data || []).some(t => (t.selectedpoints || []).includes(i))"
    waited = 0  # waits in a row for the rerun of a bar plotly holds as picked
    for _ in range(8):
        # Picked, and two waits gone by with no rerun: its selection event was lost (a busy
        # machine); a click unpicks it, and the next one picks it again.
        if not chart.evaluate(picked, index) or waited >= 2:
            waited = 0
            box = chart.locator("g.point").nth(index).bounding_box()
            assert box is not None
            x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
            page.mouse.move(x, y)
            page.wait_for_timeout(300)
            page.mouse.click(x, y)
        wait_idle(page)
        try:
            expect(until).to_be_visible(timeout=10_000)
            return
        except AssertionError:
            waited += 1
            continue
    expect(until).to_be_visible()


def test_a_click_on_a_week_lists_the_invoices_behind_it(
    server: str, data: Path, page: Page
) -> None:
    page.goto(server)
    heading = page.get_by_text("Perkiraan uang masuk, 13 minggu", exact=True)
    expect(heading).to_be_visible(timeout=60_000)
    wait_idle(page)
    # The page's as-of date is today's; the demo book was saved when the server started.
    want = forecast_of(data, date.today())
    # The largest week after the first (open by default), so the click is what opens it.
    tallest = max(want.weeks[1:], key=lambda week: week.expected)
    assert tallest.expected > 0
    chart = page.locator(".js-plotly-plot").last
    chart.scroll_into_view_if_needed()
    page.wait_for_timeout(500)  # the page settles: charts above may still be laid out
    caption = page.get_by_text(f"{week_label(tallest, 'id')}: {len(tallest.rows)} baris")
    click_bar(page, chart, tallest.number - 1, until=caption)
    expect(caption).to_contain_text(f"perkiraan {format_rupiah(tallest.expected)}")
    # The picker shows the week clicked.
    picker = page.get_by_role("combobox", name="Buka minggu")
    expect(picker).to_have_value(week_label(tallest, "id"))
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)
    screenshot(page, "overview-forecast-week")
