"""Signing in with a brake: the wait after failures, the lockout the owner lifts, every try in
the audit log, the password rules, the hashing cost; then the sign-in form in the app."""

import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from core.access import NOBODY, AccessDenied, Viewer
from core.accounts import MEMORY_KIB, AccountError, check_password, create_user, set_password
from core.signin import (
    LOCAL,
    POLICY,
    Guard,
    Policy,
    Verdict,
    after_failure,
    after_success,
    attempt,
    decide,
    load_guard,
    locked_accounts,
    unlock,
    unlock_account,
)
from core.store import Store

ROOT = Path(__file__).resolve().parent.parent
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
OWNER = Viewer("pemilik", "owner")


def shop_with_andi(tmp_path: Path) -> Store:
    """A database with the shop's name, its owner and one member of staff, Andi."""
    db = Store(tmp_path / "tagih.sqlite3")
    db.set_setting("business", {"name": "Toko Sumber Rejeki"})
    create_user(db, "pemilik", "Bu Sari", "owner", "rahasia-toko-1")
    create_user(db, "andi", "Andi", "staff", "andi-tagih-22")
    return db


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return shop_with_andi(tmp_path)


def seconds(n: float) -> datetime:
    return T0 + timedelta(seconds=n)


# The brake, pure.


@pytest.mark.parametrize(
    ("failures", "wait"),
    [(0, 0), (1, 0), (2, 0), (3, 1), (4, 2), (5, 4), (6, 8), (10, 128), (11, 256), (12, 300)],
)
def test_the_wait_doubles_after_three_failures_up_to_a_cap(failures: int, wait: int) -> None:
    assert POLICY.wait_after(failures) == timedelta(seconds=wait)


def test_a_try_waits_out_the_delay_of_its_account_and_of_its_client() -> None:
    guard = Guard()
    for n in range(3):
        guard = after_failure(guard, "andi", "10.0.0.7", seconds(n))
    assert decide(guard, "andi", "10.0.0.7", seconds(2.5)).status == "too_soon"
    assert decide(guard, "andi", "10.0.0.7", seconds(2.5)).wait_seconds == 1  # rounded up
    assert decide(guard, "andi", "10.0.0.7", seconds(3)).status == "ok"
    # Another browser trying the same account waits too; the same browser on another account
    # waits as well: neither switching client nor switching account escapes the brake.
    assert decide(guard, "andi", "10.0.0.8", seconds(2.5)).status == "too_soon"
    assert decide(guard, "rina", "10.0.0.7", seconds(2.5)).status == "too_soon"
    assert decide(guard, "rina", "10.0.0.8", seconds(2.5)).status == "ok"
    guard = after_failure(guard, "andi", "10.0.0.7", seconds(3))
    assert decide(guard, "andi", "10.0.0.7", seconds(4.5)) == decide(
        guard, "andi", "10.0.0.7", seconds(4.5)
    )
    assert decide(guard, "andi", "10.0.0.7", seconds(4.5)).wait_seconds == 1  # 2 s after 3 s
    assert decide(guard, "andi", "10.0.0.7", seconds(5)).status == "ok"


def test_failures_older_than_the_window_are_forgotten() -> None:
    guard = Guard()
    for n in range(5):
        guard = after_failure(guard, "andi", "10.0.0.7", seconds(n))
    later = T0 + POLICY.window + timedelta(seconds=5)
    assert decide(guard, "andi", "10.0.0.7", later).status == "ok"
    guard = after_failure(guard, "rina", "10.0.0.9", later)
    assert "account:andi" not in guard.failures  # pruned, the setting stays small


def test_the_account_locks_after_ten_failures_and_only_unlock_lifts_it() -> None:
    guard = Guard()
    at = T0
    for n in range(POLICY.lock_after):
        assert decide(guard, "andi", f"10.0.0.{n}", at).status == "ok"
        guard = after_failure(guard, "andi", f"10.0.0.{n}", at)
        at += POLICY.wait_after(n + 1) + timedelta(seconds=1)
    assert guard.locked == {"andi": at - POLICY.wait_after(10) - timedelta(seconds=1)}
    assert decide(guard, "andi", "10.0.0.99", at + timedelta(days=30)).status == "locked"
    assert after_success(guard, "andi", "10.0.0.99").locked == guard.locked
    opened = unlock(guard, "andi")
    assert opened.locked == {}
    assert decide(opened, "andi", "10.0.0.99", at).status == "ok"


def test_a_success_clears_the_account_and_the_client() -> None:
    guard = Guard()
    for n in range(4):
        guard = after_failure(guard, "andi", "10.0.0.7", seconds(n))
    guard = after_failure(guard, "rina", "10.0.0.8", seconds(4))
    guard = after_success(guard, "andi", "10.0.0.7")
    assert set(guard.failures) == {"account:rina", "client:10.0.0.8"}


def test_the_guard_survives_its_setting_and_a_damaged_one_is_empty() -> None:
    guard = after_failure(Guard(), "andi", "10.0.0.7", T0)
    guard = Guard(guard.failures, {"rina": T0})
    assert Guard.from_setting(guard.as_setting()) == guard
    assert Guard.from_setting(None) == Guard()
    assert Guard.from_setting({"failures": {"x": ["bukan tanggal", 7]}, "locked": []}) == Guard()


# The brake with the store: tries, lockout, audit, a restart.


def test_a_burst_of_wrong_passwords_is_refused_without_hashing_and_logged(store: Store) -> None:
    outcomes = [attempt(store, "andi", f"tebakan-{n}", "10.0.0.7", seconds(0)) for n in range(30)]
    assert [o.outcome for o in outcomes[:3]] == ["wrong"] * 3
    assert {o.outcome for o in outcomes[3:]} == {"too_soon"}
    assert outcomes[2].wait_seconds == 1  # the form says when to try again
    log = store.audit_log(100)
    tries = [e for e in log if e["action"].startswith("sign_in")]
    assert len(tries) == 30
    assert sum(e["action"] == "sign_in_failed" for e in tries) == 3
    assert all(e["detail"]["username"] == "andi" for e in tries)
    assert all(e["detail"]["client"] == "10.0.0.7" and e["actor"] == "10.0.0.7" for e in tries)
    assert {e["detail"].get("outcome") for e in tries if e["action"] == "sign_in_refused"} == {
        "too_soon"
    }
    assert all("tebakan" not in str(e) for e in log)  # a password is never logged


def test_ten_failures_lock_the_account_until_the_owner_unlocks_it(
    store: Store, tmp_path: Path
) -> None:
    at = T0
    for n in range(POLICY.lock_after):
        tried = attempt(store, "andi", "salah-terus-1", "10.0.0.7", at)
        at += timedelta(seconds=tried.wait_seconds)
        assert tried.outcome == ("locked" if n == POLICY.lock_after - 1 else "wrong")
    # The right password changes nothing now, even much later, and after a restart.
    reopened = Store(tmp_path / "tagih.sqlite3")
    later = at + timedelta(days=2)
    assert attempt(reopened, "andi", "andi-tagih-22", "10.0.0.8", later).outcome == "locked"
    assert list(locked_accounts(reopened)) == ["andi"]
    with pytest.raises(AccessDenied):
        unlock_account(reopened, Viewer("andi", "staff"), "andi")
    with pytest.raises(AccessDenied):
        unlock_account(reopened, NOBODY, "andi")
    unlock_account(reopened, OWNER, "andi")
    assert locked_accounts(reopened) == {}
    signed = attempt(reopened, "andi", "andi-tagih-22", "10.0.0.8", later)
    assert signed.outcome == "signed_in" and signed.user is not None
    assert signed.user.username == "andi"
    actions = [(e["action"], e["actor"]) for e in reopened.audit_log(5)]
    assert actions[:2] == [("sign_in", "10.0.0.8"), ("unlock_account", "pemilik")]
    failed = [e for e in reopened.audit_log(100) if e["action"] == "sign_in_failed"]
    assert [e["detail"]["locked"] for e in failed].count(True) == 1
    assert load_guard(reopened).failures.get("account:andi") is None


def test_an_unknown_username_is_braked_and_locked_like_an_account(store: Store) -> None:
    policy = Policy(free_failures=1, lock_after=2)
    first = attempt(store, "Siapa", "apa-saja-123", "10.0.0.7", T0, policy)
    assert first.outcome == "wrong" and first.wait_seconds == 1
    assert attempt(store, "siapa", "apa-saja-123", "10.0.0.7", seconds(1), policy).outcome == (
        "locked"
    )
    assert "siapa" in locked_accounts(store)  # the same answer as a real account: no hint


def test_sign_ins_hash_one_at_a_time(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import core.accounts

    busy, most = 0, 0
    lock = threading.Lock()
    real = core.accounts._HASHER

    class Counting(PasswordHasher):
        def verify(self, hash: str | bytes, password: str | bytes) -> bool:
            nonlocal busy, most
            with lock:
                busy += 1
                most = max(most, busy)
            time.sleep(0.05)
            try:
                return real.verify(hash, password)
            finally:
                with lock:
                    busy -= 1

    monkeypatch.setattr(core.accounts, "_HASHER", Counting(memory_cost=MEMORY_KIB))
    clients = [f"10.0.1.{n}" for n in range(6)]
    threads = [
        threading.Thread(target=attempt, args=(store, "pemilik", "salah-1234", c, T0))
        for c in clients
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most == 1


def test_the_hash_costs_19_mib_and_old_costlier_hashes_are_renewed(store: Store) -> None:
    old = PasswordHasher().hash("kopi-susu-pagi")  # argon2-cffi's default: 64 MiB
    store.update_user("andi", password_hash=old)
    assert attempt(store, "andi", "kopi-susu-pagi", "10.0.0.7", T0).outcome == "signed_in"
    found = store.password_hash("andi")
    assert found is not None and f"m={MEMORY_KIB}," in found[0]


# The password rules.


@pytest.mark.parametrize(
    "password",
    [
        "12345678",
        "password",
        "qwerty123",
        "11111111",
        "admin123",
        "tagih123",
        "Password123",
        "1111111111",
        "zzzzzzzzzzzz",
        "Toko Sumber Rejeki",
        "tokosumberrejeki2026",
        "sumberrejeki",
        "andika.putra",
        "andika.putra99",
    ],
)
def test_guessable_passwords_are_refused(password: str) -> None:
    with pytest.raises(AccountError):
        check_password(password, "andika.putra", "Toko Sumber Rejeki")


def test_short_and_common_passwords_say_which(store: Store) -> None:
    with pytest.raises(AccountError) as short:
        create_user(store, "budi", "Budi", "staff", "kopi-susu")  # 9 characters
    assert short.value.code == "password_short"
    with pytest.raises(AccountError) as common:
        create_user(store, "budi", "Budi", "staff", "budi12345678")
    assert common.value.code == "password_common"
    with pytest.raises(AccountError) as shop:
        set_password(store, "andi", "SumberRejeki123")
    assert shop.value.code == "password_common"
    with pytest.raises(AccountError):
        set_password(store, "andi", "password123")
    create_user(store, "budi", "Budi", "staff", "kopi-susu-pagi")
    check_password("bakso-malang-enak", "budi", "Toko Sumber Rejeki")


# A stranger cannot lock the owner out of their own shop (round 95 M2): tries from this
# computer ("localhost") have their own count and lock, which failures from other addresses
# do not fill; other addresses keep theirs, 10 tries then locked.


def lock_from(guard: Guard, username: str, client: str, start: datetime) -> tuple[Guard, datetime]:
    """``guard`` after ``POLICY.lock_after`` wrong passwords for ``username`` from ``client``,
    each waiting out its delay; and the time of the last."""
    at = start
    for n in range(POLICY.lock_after):
        assert decide(guard, username, client, at).status == "ok"
        guard = after_failure(guard, username, client, at)
        if n < POLICY.lock_after - 1:
            at += POLICY.wait_after(n + 1)
    return guard, at


def test_a_lock_from_other_addresses_does_not_stop_this_computer() -> None:
    guard, at = lock_from(Guard(), "pemilik", "10.0.0.7", T0)
    assert decide(guard, "pemilik", "10.0.0.7", at + timedelta(days=9)).status == "locked"
    assert decide(guard, "pemilik", "10.0.0.8", at).status == "locked"
    # From the shop computer: neither the lock nor the remote failures' delay, at once.
    assert decide(guard, "pemilik", LOCAL, at) == Verdict("ok")
    # This computer's own wrong passwords still slow it down and lock it after ten.
    here, then = lock_from(guard, "pemilik", LOCAL, at)
    assert decide(here, "pemilik", LOCAL, then + timedelta(days=9)).status == "locked"
    assert set(locked_accounts_of(here)) == {"pemilik"}
    # A success here leaves the other addresses' lock: the guesser stays locked out.
    after = after_success(guard, "pemilik", LOCAL)
    assert decide(after, "pemilik", "10.0.0.9", at + timedelta(days=9)).status == "locked"
    opened = unlock(here, "pemilik")
    assert opened.locked == {} and opened.locked_here == {}
    assert decide(opened, "pemilik", "10.0.0.9", then).status == "ok"
    # (the address that guessed still waits out its own delay, as every address does)
    assert decide(opened, "pemilik", LOCAL, then).status == "too_soon"
    assert decide(opened, "pemilik", LOCAL, then + POLICY.wait_after(10)).status == "ok"


def locked_accounts_of(guard: Guard) -> set[str]:
    return set(guard.locked) | set(guard.locked_here)


def test_a_stranger_locks_the_owner_out_of_the_network_not_out_of_the_shop_computer(
    store: Store, tmp_path: Path
) -> None:
    at = T0
    for _ in range(POLICY.lock_after):
        tried = attempt(store, "Pemilik", "tebak-tebakan-9", "192.168.1.66", at)
        at += timedelta(seconds=tried.wait_seconds)
    assert tried.outcome == "locked"
    reopened = Store(tmp_path / "tagih.sqlite3")  # a restart changes nothing
    assert attempt(reopened, "pemilik", "rahasia-toko-1", "192.168.1.20", at).outcome == "locked"
    signed = attempt(reopened, "pemilik", "rahasia-toko-1", LOCAL, at)
    assert signed.outcome == "signed_in" and signed.user is not None
    assert signed.user.role == "owner"
    # The guesser is still locked, whatever the password, from any other address.
    later = at + timedelta(days=1)
    assert attempt(reopened, "pemilik", "rahasia-toko-1", "192.168.1.66", later).outcome == (
        "locked"
    )
    assert attempt(reopened, "pemilik", "rahasia-toko-1", "192.168.1.67", later).outcome == (
        "locked"
    )
    assert list(locked_accounts(reopened)) == ["pemilik"]


def test_wrong_passwords_on_this_computer_lock_it_too(store: Store) -> None:
    at = T0
    for _ in range(POLICY.lock_after):
        tried = attempt(store, "andi", "salah-terus-1", LOCAL, at)
        at += timedelta(seconds=tried.wait_seconds)
    assert tried.outcome == "locked"
    assert attempt(store, "andi", "andi-tagih-22", LOCAL, at + timedelta(days=3)).outcome == (
        "locked"
    )
    assert list(locked_accounts(store)) == ["andi"]
    unlock_account(store, OWNER, "andi")
    later = at + POLICY.wait_after(POLICY.lock_after)  # this computer's own delay
    assert attempt(store, "andi", "andi-tagih-22", LOCAL, later).outcome == "signed_in"
