"""The sign-in form and Pengaturan's addresses, headless."""

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core.signin import POLICY, SETTING, attempt, load_guard, locked_accounts
from core.store import Store
from tests.factories import ROOT
from tests.test_signin import T0, shop_with_andi


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return shop_with_andi(tmp_path)


# 30 wrong passwords in a row slow down, then lock; the owner unlocks.


class Clock:
    """The time the sign-in form reads, moved by the test instead of waited for."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def sign_in_app() -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.session_state["lang"] = "id"
    return at


def submit(at: AppTest, username: str, password: str) -> str:
    at.text_input[0].input(username)
    at.text_input[1].input(password)
    at.button[0].click().run()
    assert not at.exception
    return " ".join(e.value for e in at.error)


def test_the_form_slows_down_then_locks_and_the_owner_unlocks(
    store: Store, app_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.signin

    monkeypatch.setenv("TAGIH_LAN", "1")
    store.set_setting("demo_dismissed", True)
    clock = Clock()
    monkeypatch.setattr(ui.signin, "signin_clock", clock)
    at = sign_in_app().run()
    answers = []
    for _ in range(30):
        answers.append(submit(at, "andi", "bukan-sandinya"))
        clock.now += timedelta(seconds=6)  # a guess every 6 s, the waits grow past that
    assert all("kata sandi salah" in a for a in answers[:3])
    refused = [n for n, a in enumerate(answers) if "Tunggu" in a]
    assert refused and refused[0] > 3
    assert "Tunggu 2 detik" in answers[refused[0]]
    locked = [n for n, a in enumerate(answers) if "dikunci" in a]
    assert locked == [27, 28, 29]  # the tenth wrong password, then every try after it
    # After the lock the right password is refused, without a hint that it was right.
    clock.now += timedelta(hours=1)
    assert "dikunci" in submit(at, "andi", "andi-tagih-22")
    # and tells the owner how to get in (round 95 M2)
    assert any("tagih unlock" in i.value for i in at.info)
    assert "auth" not in at.session_state
    guard = load_guard(store)
    assert "andi" in guard.locked_here  # the form's tries come from this computer
    assert len(guard.failures["local:andi"]) == POLICY.lock_after
    # A reload is a new session: the lock holds.
    assert "dikunci" in submit(sign_in_app().run(), "andi", "andi-tagih-22")

    # The owner signs in from this computer and unlocks Andi in Settings.
    owner = sign_in_app().run()
    clock.now += timedelta(hours=1)
    assert submit(owner, "pemilik", "rahasia-toko-1") == ""
    owner.switch_page("pages/settings.py").run()
    assert not owner.exception
    [button] = [b for b in owner.button if b.label == "Buka kunci"]
    button.click().run()
    assert not owner.exception
    assert locked_accounts(store) == {}
    assert submit(sign_in_app().run(), "andi", "andi-tagih-22") == ""

    log = store.audit_log(200)
    actions = [e["action"] for e in log]
    assert actions.count("sign_in_failed") == POLICY.lock_after
    assert actions.count("sign_in_refused") == 30 - POLICY.lock_after + 2
    assert actions.count("sign_in") == 2 and actions.count("unlock_account") == 1
    assert all(e["detail"]["client"] == "localhost" for e in log if "sign_in" in e["action"])
    assert store.get_setting(SETTING, None) is not None


def test_a_stranger_s_lock_does_not_stop_the_owner_at_the_shop_computer(
    store: Store, app_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Round 95 M2: ten wrong passwords from the network lock the owner's account there; the
    form on this computer still signs the owner in, and the stranger stays locked."""
    import ui.signin

    monkeypatch.setenv("TAGIH_LAN", "1")
    store.set_setting("demo_dismissed", True)
    clock = Clock()
    monkeypatch.setattr(ui.signin, "signin_clock", clock)
    for _ in range(POLICY.lock_after):
        tried = attempt(store, "pemilik", "tebak-tebakan-9", "192.168.1.66", clock.now)
        clock.now += timedelta(seconds=tried.wait_seconds)
    assert tried.outcome == "locked"
    at = sign_in_app().run()
    assert submit(at, "pemilik", "rahasia-toko-1") == ""
    assert "auth" in at.session_state
    assert attempt(store, "pemilik", "rahasia-toko-1", "192.168.1.66", clock.now).outcome == (
        "locked"
    )


def test_settings_shows_the_addresses_staff_open(
    store: Store, app_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.launch

    monkeypatch.setenv("TAGIH_LAN", "1")
    monkeypatch.setattr(ui.launch, "interface_addresses", lambda: ["192.168.1.20"])
    at = sign_in_app().run()
    assert submit(at, "pemilik", "rahasia-toko-1") == ""
    at.switch_page("pages/settings.py").run()
    assert not at.exception
    assert any("http://192.168.1.20:8501" in i.value for i in at.info)
