"""LAN sessions that outlive a reload: the one-time handoff, the cookie's token checked against
a digest, expiry, and every way a session ends; then the server route that sets the cookie."""

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from starlette.requests import Request

from core.access import AccessDenied, Viewer
from core.accounts import User, create_user, set_active, set_password
from core.sessions import (
    HANDOFF,
    IDLE,
    LIFETIME,
    active,
    check,
    claim,
    resume,
    revoke,
    sign_out,
    start,
    waiting,
)
from core.store import Store
from tests.helpers import run_apart
from ui import session_cookie

T0 = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
ANDI = User("andi", "Andi", "staff")
OWNER = Viewer("pemilik", "owner")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    db = Store(tmp_path / "tagih.sqlite3")
    create_user(db, "pemilik", "Bu Sari", "owner", "rahasia-toko-1")
    create_user(db, "andi", "Andi", "staff", "andi-tagih-22")
    return db


def signed_in(store: Store, user: User = ANDI, at: datetime = T0) -> tuple[int, str]:
    """A session whose browser claimed its cookie: its id and the cookie's token."""
    session_id, handoff = start(store, user, at, "192.168.1.7", "Mozilla/5.0 (Linux; Android 14)")
    token = claim(store, handoff, at + timedelta(seconds=2))
    assert token is not None
    return session_id, token


def test_the_handoff_is_traded_once_within_a_minute_for_the_cookie(store: Store) -> None:
    session_id, handoff = start(store, ANDI, T0, "192.168.1.7")
    assert waiting(store, session_id, T0)
    token = claim(store, handoff, T0 + HANDOFF - timedelta(seconds=1))
    assert token is not None and token.startswith(f"{session_id}.")
    assert not waiting(store, session_id, T0)
    assert claim(store, handoff, T0) is None  # a second time: nothing
    late_id, late = start(store, ANDI, T0, "192.168.1.7")
    assert claim(store, late, T0 + HANDOFF + timedelta(seconds=1)) is None
    assert not waiting(store, late_id, T0 + HANDOFF + timedelta(seconds=1))
    for junk in ("", "x" * 500, handoff + "x"):
        assert claim(store, junk, T0) is None


def test_the_cookie_resumes_its_session_and_nothing_else_does(store: Store) -> None:
    session_id, token = signed_in(store)
    found = resume(store, token, T0 + timedelta(hours=1))
    assert found is not None
    session, user = found
    assert (session.id, user) == (session_id, ANDI)
    other_id, _ = signed_in(store)
    forged = f"{other_id}.{token.partition('.')[2]}"  # a real secret under another id
    for bad in (None, "", "abc", f"{session_id}.", f"{session_id}.wrong", forged, "9" * 300):
        assert resume(store, bad, T0) is None, bad
    # Only digests are kept: neither the cookie's secret nor the handoff is in the database.
    rows = store.session(session_id)
    assert rows is not None and token.partition(".")[2] not in str(rows)
    raw = Path(store.url.removeprefix("sqlite:///")).read_bytes()
    assert token.partition(".")[2].encode() not in raw


def test_a_session_lives_12_hours_after_its_last_use_and_7_days_at_most(store: Store) -> None:
    session_id, token = signed_in(store)
    assert check(store, session_id, T0 + IDLE - timedelta(seconds=1)) is not None  # used
    later = T0 + IDLE - timedelta(seconds=1) + IDLE - timedelta(seconds=1)
    assert resume(store, token, later) is not None  # the use above kept it alive
    assert check(store, session_id, later + IDLE + timedelta(seconds=1)) is None  # unused
    # Used every few hours, it still ends a week after signing in.
    long_id, _ = signed_in(store)
    moment = T0
    while moment < T0 + LIFETIME - timedelta(hours=6):
        moment += timedelta(hours=6)
        assert check(store, long_id, moment) is not None, moment
    assert check(store, long_id, T0 + LIFETIME) is None


def test_signing_out_and_the_owner_end_sessions_and_the_log_says_so(store: Store) -> None:
    mine, token = signed_in(store)
    sign_out(store, mine)
    assert resume(store, token, T0) is None and check(store, mine, T0) is None
    theirs, token = signed_in(store)
    owners, _ = signed_in(store, User("pemilik", "Bu Sari", "owner"))
    assert [s.id for s in active(store, OWNER, T0)] == [theirs, owners]
    with pytest.raises(AccessDenied):
        revoke(store, Viewer("andi", "staff"), owners)
    with pytest.raises(AccessDenied):
        active(store, Viewer("andi", "staff"), T0)
    assert revoke(store, OWNER, theirs) is True
    assert revoke(store, OWNER, theirs) is False  # already ended: nothing more logged
    assert resume(store, token, T0) is None
    assert [s.id for s in active(store, OWNER, T0)] == [owners]
    log = store.audit_log(10)
    revoked = [e for e in log if e["action"] == "revoke_session"]
    assert len(revoked) == 1 and revoked[0]["actor"] == "pemilik"
    assert revoked[0]["detail"]["username"] == "andi"
    assert [e["action"] for e in log].count("sign_out") == 1


def test_a_disabled_account_or_a_new_password_ends_its_sessions(store: Store) -> None:
    first, token = signed_in(store)
    _, owner_token = signed_in(store, User("pemilik", "Bu Sari", "owner"))
    set_password(store, "andi", "sandi-baru-andi-9")
    assert resume(store, token, T0) is None and check(store, first, T0) is None
    assert resume(store, owner_token, T0) is not None  # other accounts keep theirs
    second, token = signed_in(store)
    set_active(store, "andi", False)
    assert check(store, second, T0) is None
    set_active(store, "andi", True)
    assert resume(store, token, T0) is None  # enabling again does not bring it back
    # A role or name change keeps the session, and it shows the account as it is now.
    third, _ = signed_in(store)
    store.update_user("andi", display_name="Andi S.")
    found = check(store, third, T0)
    assert found is not None and found[1].name == "Andi S."


def test_a_restore_with_accounts_ends_every_session(store: Store, tmp_path: Path) -> None:
    backup = store.dump(now=T0)
    session_id, _ = signed_in(store)
    store.restore(backup)
    assert check(store, session_id, T0) is None


def test_a_version_6_database_gets_the_sessions_table(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "tagih.sqlite3"
    store.close()
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE sessions")
        conn.execute("UPDATE meta SET value = 6 WHERE key = 'schema_version'")
    again = Store(path)
    _, token = signed_in(again)
    assert resume(again, token, T0) is not None


# The server's route that sets the cookie (ui/session_cookie.py).


def call(method: str, body: bytes = b"", **headers: str) -> tuple[int, list[str]]:
    """One request to the route: its status and its Set-Cookie headers."""
    sent = {"host": "192.168.1.20:8501", **{k.replace("_", "-"): v for k, v in headers.items()}}
    scope = {
        "type": "http",
        "method": method,
        "path": session_cookie.PATH,
        "scheme": "http",
        "headers": [(k.encode(), v.encode()) for k, v in sent.items()],
        "query_string": b"",
    }
    chunks = [{"type": "http.request", "body": body, "more_body": False}]

    async def receive() -> dict[str, object]:
        return chunks.pop(0) if chunks else {"type": "http.disconnect"}

    answer = run_apart(session_cookie.session(Request(scope, receive)))
    return answer.status_code, [v for k, v in answer.raw_headers if k == b"set-cookie"]


def test_the_route_sets_an_httponly_strict_cookie_for_a_same_origin_handoff(
    store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TAGIH_DB", str(tmp_path / "tagih.sqlite3"))
    session_id, handoff = start(store, ANDI, datetime.now(UTC), "192.168.1.7")
    origin = "http://192.168.1.20:8501"
    # From another site, or with no Origin at all: refused, and the handoff is still unused.
    assert call("POST", handoff.encode(), origin="http://evil.example")[0] == 403
    assert call("POST", handoff.encode())[0] == 403
    cross = call("POST", handoff.encode(), origin=origin, sec_fetch_site="cross-site")
    assert cross[0] == 403
    status, cookies = call("POST", handoff.encode(), origin=origin)
    assert status == 204
    [cookie] = cookies
    text = cookie.decode()
    assert text.startswith(f"{session_cookie.COOKIE}={session_id}.")
    flags = {part.strip().lower() for part in text.split(";")[1:]}
    assert {"httponly", "samesite=strict", "path=/"} <= flags
    assert f"max-age={int(LIFETIME.total_seconds())}" in flags
    assert "secure" not in flags  # plain http here; Secure when served over HTTPS
    token = text.split(";")[0].partition("=")[2]
    assert resume(store, token, datetime.now(UTC)) is not None
    assert call("POST", handoff.encode(), origin=origin)[0] == 403  # once only
    status, cookies = call("DELETE", origin=origin)
    assert status == 204 and b"max-age=0" in cookies[0].lower()
