"""The sign-in brake in a real browser on a phone: 30 wrong passwords in a row slow down, then
lock the account; the right password is refused while locked; the owner unlocks it in Settings;
every try is in the audit log.

The server's clock is not touched: between tries the test moves the brake's remembered failures
back by a few seconds (what waiting would do, since the brake only measures time since them),
so the waits cost the test nothing and the server runs exactly as in the shop."""

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from core.signin import POLICY, SETTING, Guard, load_guard
from core.store import Store
from tests.e2e.conftest import running_server, screenshot, wait_idle
from tests.e2e.test_lan_browser import fill_sign_in, lan_shop
from ui.session_cookie import COOKIE

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


def time_passes(store: Store, seconds: int) -> None:
    """As if ``seconds`` went by: every remembered failure and lock that much older."""
    guard = load_guard(store)
    back = timedelta(seconds=seconds)
    moved = Guard(
        {key: tuple(at - back for at in times) for key, times in guard.failures.items()},
        {name: at - back for name, at in guard.locked.items()},
        {name: at - back for name, at in guard.locked_here.items()},
    )
    store.set_setting(SETTING, moved.as_setting())


def tries(store: Store) -> list[dict[str, Any]]:
    return [e for e in store.audit_log(500) if e["action"].startswith("sign_in")]


SAYS = {  # what the page says for each outcome the server logs
    "sign_in": None,
    "sign_in_failed": "Nama pengguna atau kata sandi salah",
    "too_soon": "Tunggu",
    "locked": "dikunci",
}


def submit(page: Page, username: str, password: str, store: Store) -> str:
    """One try on the sign-in form: its outcome as the server logged it ("sign_in",
    "sign_in_failed", "too_soon", "locked"), once the page says it."""
    before = len(tries(store))
    fill_sign_in(page, username, password)
    for _ in range(150):
        if len(logged := tries(store)) > before:
            break
        page.wait_for_timeout(100)
    [entry] = logged[: len(logged) - before]
    outcome = entry["detail"].get("outcome") or (
        "locked" if entry["detail"].get("locked") else entry["action"]
    )
    said = SAYS[outcome]
    if said is not None:
        expect(page.locator('[data-testid="stAlert"]').first).to_contain_text(said)
    wait_idle(page)
    return str(outcome)


def test_thirty_wrong_passwords_slow_down_then_lock_until_the_owner_unlocks(
    browser: Browser, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    store = lan_shop(data)

    with running_server(data) as url:
        staff = browser.new_context(viewport=PHONE, locale="id-ID").new_page()
        staff.goto(url)
        expect(staff.get_by_role("button", name="Masuk")).to_be_visible(timeout=30_000)
        answers = []
        for _ in range(30):
            answers.append(submit(staff, "andi", "bukan-sandinya", store))
            time_passes(store, 6)  # a guess every 6 s: the waits outgrow that
        wrong = [n for n, a in enumerate(answers) if a == "sign_in_failed"]
        waits = [n for n, a in enumerate(answers) if a == "too_soon"]
        locked = [n for n, a in enumerate(answers) if a == "locked"]
        assert wrong[:3] == [0, 1, 2], answers  # three free tries
        assert len(wrong) == POLICY.lock_after - 1, answers  # the tenth says "locked"
        assert waits and waits[0] > 3 and waits[-1] < locked[0]  # slowed down first
        assert locked == list(range(locked[0], 30))  # then locked, whatever comes
        assert not staff.locator('[data-testid="stMetric"]').count()
        screenshot(staff, "signin-1-phone-locked")

        # Locked: the right password is refused too, without a hint that it was right.
        time_passes(store, 3600)
        assert submit(staff, "andi", "andi-tagih-22", store) == "locked"
        expect(staff.locator('[data-testid="stMetric"]')).to_have_count(0)

        # The owner unlocks Andi in Settings, on a phone too.
        owner = browser.new_context(viewport=PHONE, locale="id-ID").new_page()
        owner.goto(url)
        expect(owner.get_by_role("button", name="Masuk")).to_be_visible(timeout=30_000)
        assert submit(owner, "pemilik", "rahasia-toko-1", store) == "sign_in"
        for _ in range(75):  # the session's cookie arrives, so a new page keeps the sign-in
            if any(c["name"] == COOKIE for c in owner.context.cookies()):
                break
            owner.wait_for_timeout(200)
        owner.goto(url + "/settings")
        wait_idle(owner)
        owner.get_by_role("button", name="Buka kunci").click()
        wait_idle(owner)
        expect(owner.get_by_role("button", name="Buka kunci")).to_have_count(0)

        # Andi signs in with the right password.
        submit(staff, "andi", "andi-tagih-22", store)
        expect(staff.locator('[data-testid="stMetric"]').first).to_be_visible(timeout=30_000)

        # Every try is in the audit log, with who was tried and from where; the owner reads it.
        log = store.audit_log(300)
        actions = [e["action"] for e in log]
        assert actions.count("sign_in_failed") == POLICY.lock_after
        assert actions.count("sign_in_refused") == 30 - POLICY.lock_after + 1
        assert actions.count("unlock_account") == 1
        assert actions.count("sign_in") == 2  # the owner, then Andi
        logged = [e for e in log if e["action"].startswith("sign_in")]
        assert all(e["detail"]["client"] == "localhost" for e in logged)  # this computer
        assert {e["detail"]["username"] for e in logged} == {"andi", "pemilik"}
        owner.reload()
        wait_idle(owner)
        audit = owner.locator('[data-testid="stDataFrame"]').last  # newest first
        for action in ("sign_in", "unlock_account", "sign_in_refused"):
            expect(audit).to_contain_text(action, timeout=30_000)
        owner.context.close()
        staff.context.close()
