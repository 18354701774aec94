"""The discount flow as a new user would do it, in a real browser, across a server restart.

Pick an overdue customer of the demo ledger, see the largest safe discount and the
recommendation, make the offer (message, WhatsApp link, letter), then stop the server, start a
new one on the same database, open a new browser page and find the offer still listed.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from core.discount import (
    DEFAULT_SETTINGS,
    Advice,
    Discount,
    Floors,
    Waiting,
    advise,
    combine,
    largest_discount,
    lines_of,
    suggest_never_paid,
)
from core.ingest import read_ledger
from core.ledger import build_ledger, customer_key
from core.money import format_rupiah
from tests.e2e.conftest import ROOT, running_server, screenshot, wait_idle

pytestmark = pytest.mark.browser
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
CUSTOMER = "Pak Joko Susilo"  # long overdue in the demo ledger


def expected(today: date) -> tuple[Discount, Advice]:
    """What the page must show for the customer with its default settings, from core."""
    result = read_ledger(SAMPLE)
    book = build_ledger(result.invoices, result.payments, result.contacts)
    mine = [inv for inv in book.invoices if inv.customer_key == customer_key(CUSTOMER)]
    figures = combine(lines_of(mine), DEFAULT_SETTINGS["margin_pct"])
    floors = Floors(None, Decimal(DEFAULT_SETTINGS["min_margin_pct"]))
    discount = largest_discount(figures, floors, DEFAULT_SETTINGS["rounding"])
    waiting = Waiting(
        Decimal(DEFAULT_SETTINGS["capital_pct"]),
        Decimal(DEFAULT_SETTINGS["wait_months"]),
        Decimal(suggest_never_paid(mine, today).pct),
    )
    return discount, advise(discount, waiting)


def open_calculator(page: Page, url: str) -> None:
    """Open the dashboard and go to the calculator from the menu, as a user does."""
    page.goto(url)
    expect(page.get_by_text("Total piutang").first).to_be_visible(timeout=30_000)
    page.get_by_role("link", name="Kalkulator Diskon").click()
    expect(page.get_by_role("heading", name="Kalkulator Diskon")).to_be_visible(timeout=30_000)
    wait_idle(page)
    page.locator('[data-testid="stSelectbox"]').filter(has_text="Pelanggan").click()
    page.get_by_role("option", name=re.compile(f"^{CUSTOMER}")).click()
    wait_idle(page)


def metric(page: Page, label: str) -> object:
    return page.locator('[data-testid="stMetric"]').filter(has_text=label)


def test_offer_to_an_overdue_customer_survives_a_restart(browser: Browser, tmp_path: Path) -> None:
    today = date.today()
    result, advice = expected(today)
    assert result.feasible and advice.recommended > 0
    valid_until = today + timedelta(days=DEFAULT_SETTINGS["valid_days"])

    with running_server(tmp_path) as url:
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="id-ID")
        page = context.new_page()
        open_calculator(page, url)
        expect(metric(page, "Diskon terbesar yang aman")).to_contain_text(
            format_rupiah(result.max_discount)
        )
        expect(metric(page, "Bayar sekarang")).to_contain_text(format_rupiah(result.pay_now))
        expect(metric(page, "Saran diskon")).to_contain_text(format_rupiah(advice.recommended))
        # The reasoning is folded away under the answer.
        expect(page.get_by_text(advice.paragraph("id"))).not_to_be_visible()
        page.get_by_text("Kenapa angka ini? Hitungannya").click()
        expect(page.get_by_text(advice.paragraph("id"))).to_be_visible()
        expect(page.locator('[data-testid="stPlotlyChart"]')).to_have_count(1)
        expect(page.get_by_text("Belum ada penawaran.")).to_be_visible()
        screenshot(page, "discount-1-answer")

        page.get_by_role("button", name="Buat penawaran").click()
        wait_idle(page)
        saved = page.get_by_text(f"Penawaran tersimpan di catatan {CUSTOMER}")
        expect(saved).to_be_visible(timeout=30_000)
        message = page.locator('[data-testid="stTextArea"] textarea')
        expect(message).to_have_value(re.compile(format_rupiah(advice.recommended_pay_now)))
        link = page.locator('a[href^="https://wa.me/62"]')
        expect(link).to_have_count(1)
        with page.expect_download(timeout=30_000) as download_info:
            page.get_by_role("button", name="Unduh surat penawaran (PDF)").click()
        letter = tmp_path / "penawaran.pdf"
        download_info.value.save_as(letter)
        assert letter.read_bytes().startswith(b"%PDF")
        screenshot(page, "discount-2-offer-made")
        context.close()

    with running_server(tmp_path) as url:  # a restart: a new server on the same database
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="id-ID")
        page = context.new_page()
        open_calculator(page, url)
        expect(page.get_by_text(f"Penawaran untuk {CUSTOMER}")).to_be_visible()
        listed = page.locator('[data-testid="stDataFrameResizable"]').last.locator("table")
        expect(listed).to_contain_text("Berlaku")  # the status: still open
        expect(listed).to_contain_text(str(advice.recommended_pay_now))
        expect(listed).to_contain_text(valid_until.isoformat())
        expect(page.get_by_text(f"Penawaran tersimpan di catatan {CUSTOMER}")).to_be_visible()
        screenshot(page, "discount-3-after-restart")
        context.close()
