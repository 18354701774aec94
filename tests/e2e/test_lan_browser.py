"""LAN mode in a real browser: sign-in first, staff see their customers only, owner pages hidden,
and a LAN server stays closed when the owner switches LAN mode off until it is restarted."""

from datetime import date, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from core.access import viewer_of, visible_ledger
from core.accounts import create_user
from core.aging import summarize
from core.agreements import build_agreement, save_agreement
from core.ingest import read_ledger
from core.money import format_rupiah
from core.store import Store
from tests.e2e.conftest import running_server, screenshot, wait_idle
from ui.launch import staff_urls

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"


def sign_in(page: Page, url: str, username: str, password: str) -> None:
    page.goto(url)
    expect(page.get_by_role("button", name="Masuk")).to_be_visible(timeout=30_000)
    expect(page.locator('[data-testid="stMetric"]')).to_have_count(0)  # nothing before sign-in
    fill_sign_in(page, username, password)
    wait_idle(page)


def lan_shop(data: Path) -> Store:
    """A shop in LAN mode in ``data``: the demo book, the owner "pemilik" and the staff member
    "andi", who handles UD Harapan Baru."""
    data.mkdir()
    store = Store(data / "tagih.sqlite3")
    store.save_import(read_ledger(SAMPLE), SAMPLE.read_bytes(), now=datetime(2026, 11, 23))
    store.set_setting("demo_dismissed", True)
    create_user(store, "pemilik", "Bu Sari", "owner", "rahasia-toko-1")
    create_user(store, "andi", "Andi", "staff", "andi-tagih-22")
    store.assign("ud harapan baru", "andi")
    store.set_setting("lan_mode", True)
    return store


def fill_sign_in(page: Page, username: str, password: str) -> None:
    """Type a username and password in the sign-in form and press "Masuk"."""
    page.get_by_label("Nama pengguna").fill(username)
    page.get_by_label("Kata sandi").fill(password)
    page.get_by_role("button", name="Masuk").click()


def open_page(page: Page, name: str) -> None:
    page.locator('[data-testid="stSidebarNav"]').get_by_text(name).click()
    expect(page.get_by_role("heading", name=name).first).to_be_visible(timeout=30_000)
    wait_idle(page)


def test_lan_mode_signs_in_and_shows_each_user_their_own_book(
    browser: Browser, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    store = lan_shop(data)
    create_user(store, "rina", "Rina", "staff", "rina-tagih-33")
    store.assign("pak joko susilo", "rina")
    today = date.today()
    for key in ("ud harapan baru", "pak joko susilo"):
        made = build_agreement(store.ledger(), key, created=today, instalments=3, first=today)
        save_agreement(store, made, at=datetime.now())
    andi = viewer_of("andi", "staff", store.assignments())
    theirs = summarize(visible_ledger(andi, store.ledger()), today).outstanding
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
        open_page(staff, "Pelanggan")
        expect(staff.get_by_role("heading", name="UD Harapan Baru")).to_be_visible()
        expect(staff.get_by_text("Pak Joko Susilo")).to_have_count(0)
        staff.context.close()

        # Staff B: Rina's own customer and agreement, nothing of Andi's, no "every customer".
        other = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
        sign_in(other, url, "rina", "rina-tagih-33")
        open_page(other, "Kesepakatan")
        expect(other.get_by_text("Pak Joko Susilo").first).to_be_visible()
        expect(other.get_by_text("UD Harapan Baru")).to_have_count(0)
        expect(other.get_by_text("Tampilkan semua pelanggan")).to_have_count(0)
        screenshot(other, "lan-2-staff-agreements")
        open_page(other, "Pelanggan")
        expect(other.get_by_text("UD Harapan Baru")).to_have_count(0)
        other.context.close()

        owner = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
        sign_in(owner, url, "pemilik", "rahasia-toko-1")
        metric = owner.locator('[data-testid="stMetric"]').first
        expect(metric).to_contain_text(format_rupiah(everyone), timeout=30_000)
        expect(owner.locator('[data-testid="stSidebarNav"]')).to_contain_text("Unggah")
        screenshot(owner, "lan-3-owner-overview")

        # The owner switches LAN mode off while the server runs: it waits for the next start,
        # and until then a new browser on the network still has to sign in.
        open_page(owner, "Pengaturan")
        for address in staff_urls(int(url.rsplit(":", 1)[1])):  # where staff's phones go
            expect(owner.get_by_text(address, exact=False).first).to_be_visible()
        owner.get_by_text("Mode LAN: buka Tagih untuk jaringan toko").click()
        expect(owner.get_by_text("dijalankan ulang", exact=False).first).to_be_visible(
            timeout=30_000
        )
        screenshot(owner, "lan-4-owner-lan-off")
        assert Store(data / "tagih.sqlite3").get_setting("lan_mode") is False
        owner.context.close()
        fresh = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
        sign_in(fresh, url, "andi", "salah-sandi")  # asks first, shows nothing before
        expect(fresh.locator('[data-testid="stMetric"]')).to_have_count(0)
        fresh.context.close()
