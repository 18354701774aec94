"""LAN mode on a phone: a reload keeps the session (a signed cookie the page's scripts cannot
read), signing out ends it, and the owner revokes a staff member's session from Settings."""

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from tests.e2e.conftest import ARTIFACTS, running_server, screenshot, wait_idle
from tests.e2e.test_lan_browser import lan_shop, sign_in
from ui.session_cookie import COOKIE

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
PHONE = {"width": 390, "height": 844}
ANDROID = (
    "Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Mobile Safari/537.36"
)


def phone(browser: Browser) -> Page:
    context = browser.new_context(viewport=PHONE, user_agent=ANDROID, locale="id-ID")
    return context.new_page()


def signed_in(page: Page) -> None:
    """The overview's figures are shown, and no sign-in form."""
    expect(page.locator('[data-testid="stMetric"]').first).to_be_visible(timeout=30_000)
    expect(page.get_by_role("button", name="Masuk")).to_have_count(0)


def asked_to_sign_in(page: Page) -> None:
    expect(page.get_by_role("button", name="Masuk")).to_be_visible(timeout=30_000)
    expect(page.locator('[data-testid="stMetric"]')).to_have_count(0)


def session_cookie(context: BrowserContext) -> dict[str, object] | None:
    found = [dict(c) for c in context.cookies() if c["name"] == COOKIE]
    return found[0] if found else None


def eventually(check: Callable[[], bool], page: Page, seconds: float = 15) -> None:
    """Wait (in the page's time, so its scripts run) until ``check()`` holds."""
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "never happened"
        page.wait_for_timeout(200)


def open_sidebar(page: Page) -> None:
    """On a phone the sidebar starts folded away."""
    sidebar = page.locator('[data-testid="stSidebar"]')
    if sidebar.get_attribute("data-collapsed") != "false":
        page.locator('[data-testid="stExpandSidebarButton"]').click()
    expect(sidebar).to_have_attribute("data-collapsed", "false")


def test_a_phone_stays_signed_in_until_it_signs_out_or_the_owner_revokes(
    browser: Browser, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    store = lan_shop(data)

    with running_server(data) as url:
        staff = phone(browser)
        sign_in(staff, url, "andi", "andi-tagih-22")
        signed_in(staff)
        # The cookie comes from the server: HttpOnly, SameSite=Strict, whole site; no script
        # of the page can read it.
        eventually(lambda: session_cookie(staff.context) is not None, staff)
        cookie = session_cookie(staff.context)
        assert cookie is not None
        assert cookie["httpOnly"] is True and cookie["sameSite"] == "Strict"
        assert cookie["path"] == "/"
        assert COOKIE not in staff.evaluate("document.cookie")
        [row] = store.sessions()
        assert str(cookie["value"]).split(".")[0] == str(row["id"])
        assert "Android 14" in row["agent"]

        # A reload (what a phone does to a tab it brought back) keeps the session.
        staff.reload()
        signed_in(staff)
        staff.goto(url + "/today")  # a bookmark of another page too
        expect(staff.get_by_role("button", name="Masuk")).to_have_count(0)
        screenshot(staff, "lan-session-1-phone-reloaded")

        # Signing out ends it: a reload asks to sign in again, and the cookie goes.
        open_sidebar(staff)
        staff.get_by_role("button", name="Keluar").click()
        asked_to_sign_in(staff)
        staff.reload()
        asked_to_sign_in(staff)
        eventually(lambda: session_cookie(staff.context) is None, staff)
        assert store.sessions() == []

        # Signed in again; the owner revokes that session from Settings.
        sign_in(staff, url, "andi", "andi-tagih-22")
        signed_in(staff)
        eventually(lambda: session_cookie(staff.context) is not None, staff)

        owner = phone(browser)
        sign_in(owner, url, "pemilik", "rahasia-toko-1")
        signed_in(owner)
        # The owner's own cookie first: a page opened before it is set asks to sign in again.
        eventually(lambda: session_cookie(owner.context) is not None, owner)
        owner.goto(url + "/settings")
        wait_idle(owner)
        row = owner.locator('[data-testid="stHorizontalBlock"]').filter(has_text="Andi")
        row = row.filter(has=owner.get_by_role("button", name="Cabut"))
        expect(row).to_have_count(1, timeout=30_000)
        expect(row).to_contain_text("Android 14")
        ARTIFACTS.mkdir(exist_ok=True)
        row.screenshot(path=str(ARTIFACTS / "lan-session-2-owner-sessions.png"))
        row.get_by_role("button", name="Cabut").click()
        wait_idle(owner)
        expect(owner.get_by_text("Sesi andi dicabut", exact=False)).to_be_visible()
        expect(row).to_have_count(0)
        assert [s["username"] for s in store.sessions()] == ["pemilik"]

        # The staff's next action asks to sign in.
        open_sidebar(staff)
        staff.locator('[data-testid="stSidebarNav"]').get_by_text("Pelanggan").click()
        asked_to_sign_in(staff)
        screenshot(staff, "lan-session-3-phone-revoked")
        staff.reload()
        asked_to_sign_in(staff)
        actions = [e["action"] for e in store.audit_log(50)]
        assert "sign_out" in actions and "revoke_session" in actions
        staff.context.close()
        owner.context.close()
