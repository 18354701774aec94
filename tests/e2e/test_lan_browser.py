"""LAN mode in a real browser: sign-in first, staff see their customers only, owner pages hidden."""

from datetime import date, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from core.accounts import User, allowed_customers, create_user, visible_ledger
from core.aging import summarize
from core.ingest import read_ledger
from core.money import format_rupiah
from core.store import Store
from tests.e2e.conftest import running_server, screenshot, wait_idle

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"


def sign_in(page: Page, url: str, username: str, password: str) -> None:
    page.goto(url)
    expect(page.get_by_role("button", name="Masuk")).to_be_visible(timeout=30_000)
    expect(page.locator('[data-testid="stMetric"]')).to_have_count(0)  # nothing before sign-in
    page.get_by_label("Nama pengguna").fill(username)
    page.get_by_label("Kata sandi").fill(password)
    page.get_by_role("button", name="Masuk").click()
    wait_idle(page)


def test_lan_mode_signs_in_and_shows_each_user_their_own_book(
    browser: Browser, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    store = Store(data / "tagih.sqlite3")
    store.save_import(read_ledger(SAMPLE), SAMPLE.read_bytes(), now=datetime(2026, 11, 23))
    store.set_setting("demo_dismissed", True)
    create_user(store, "pemilik", "Bu Sari", "owner", "rahasia-toko-1")
    create_user(store, "andi", "Andi", "staff", "andi-tagih-22")
    store.set_setting("assignments", {"ud harapan baru": "Andi"})
    store.set_setting("lan_mode", True)
    today = date.today()
    mine = allowed_customers(User("andi", "Andi", "staff"), store.get_setting("assignments"))
    theirs = summarize(visible_ledger(store.ledger(), mine), today).outstanding
    everyone = summarize(store.ledger(), today).outstanding
    assert 0 < theirs < everyone

    with running_server(data) as url:
        staff = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
        sign_in(staff, url, "andi", "salah-sandi")
        expect(staff.get_by_text("salah", exact=False).first).to_be_visible(timeout=30_000)
        expect(staff.locator('[data-testid="stMetric"]')).to_have_count(0)

        sign_in(staff, url, "andi", "andi-tagih-22")
        metric = staff.locator('[data-testid="stMetric"]').first
        expect(metric).to_contain_text(format_rupiah(theirs), timeout=30_000)
        nav = staff.locator('[data-testid="stSidebarNav"]')
        expect(nav).to_contain_text("Pelanggan")
        expect(nav).not_to_contain_text("Unggah")
        expect(nav).not_to_contain_text("Pengaturan")
        screenshot(staff, "lan-1-staff-overview")
        staff.locator('[data-testid="stSidebarNav"]').get_by_text("Pelanggan").click()
        expect(staff.get_by_text("Cari pelanggan", exact=True)).to_be_visible(timeout=30_000)
        wait_idle(staff)
        expect(staff.get_by_role("heading", name="UD Harapan Baru")).to_be_visible()
        expect(staff.get_by_text("Pak Joko Susilo")).to_have_count(0)

        owner = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
        sign_in(owner, url, "pemilik", "rahasia-toko-1")
        metric = owner.locator('[data-testid="stMetric"]').first
        expect(metric).to_contain_text(format_rupiah(everyone), timeout=30_000)
        expect(owner.locator('[data-testid="stSidebarNav"]')).to_contain_text("Unggah")
        screenshot(owner, "lan-2-owner-overview")
        staff.context.close()
        owner.context.close()
