"""LAN mode: hashed passwords, accounts by username, staff see only their customers, sign-in
follows the server's address, every change is logged."""

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core.access import viewer_of, visible_ledger
from core.accounts import (
    AccountError,
    User,
    create_user,
    session_user,
    set_active,
    set_password,
    sign_in,
)
from core.aging import customer_balances, summarize
from core.agreements import build_agreement, load_agreements, save_agreement
from core.ingest import read_ledger
from core.money import format_rupiah
from core.sessions import IDLE, start
from core.store import ACTOR, Store, StoreError

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
TODAY = date(2026, 11, 23)


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    monkeypatch.setenv("TAGIH_DATA", str(tmp_path))
    monkeypatch.setenv("TAGIH_DB", str(tmp_path / "tagih.sqlite3"))
    monkeypatch.delenv("TAGIH_LAN", raising=False)
    db = Store(tmp_path / "tagih.sqlite3")
    db.save_import(read_ledger(SAMPLE), SAMPLE.read_bytes(), now=datetime(2026, 11, 23))
    create_user(db, "pemilik", "Bu Sari", "owner", "rahasia-toko-1")
    create_user(db, "andi", "Andi", "staff", "andi-tagih-22")
    create_user(db, "rina", "Rina", "staff", "rina-tagih-33")
    db.assign("ud harapan baru", "andi")
    db.assign("pak joko susilo", "rina")
    return db


@pytest.fixture
def lan(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process serves the network, as ``ui.launch`` says when LAN mode was on at start."""
    monkeypatch.setenv("TAGIH_LAN", "1")


def session(store: Store, user: User, minutes: int = 60) -> dict[str, object]:
    """A signed-in tab's state: a session of ``user`` with ``minutes`` left to live."""
    began = datetime.now(UTC) - IDLE + timedelta(minutes=minutes)
    session_id, _ = start(store, user, began, "localhost")
    return {"session": session_id}


ANDI = User("andi", "Andi", "staff")


def test_passwords_are_hashed_and_checked(store: Store, tmp_path: Path) -> None:
    assert sign_in(store, "ANDI ", "andi-tagih-22") == User("andi", "Andi", "staff")
    assert sign_in(store, "andi", "salah-sandi") is None
    assert sign_in(store, "tidakada", "andi-tagih-22") is None
    with sqlite3.connect(tmp_path / "tagih.sqlite3") as conn:
        stored = " ".join(row[0] for row in conn.execute("SELECT password_hash FROM users"))
    assert "andi-tagih-22" not in stored and stored.count("$argon2") == 3
    with pytest.raises(AccountError):
        create_user(store, "budi", "Budi", "staff", "pendek")


def test_staff_see_only_their_customers(store: Store) -> None:
    andi = viewer_of("andi", "staff", store.assignments())
    seen = visible_ledger(andi, store.ledger())
    assert {b.name for b in customer_balances(seen, TODAY)} == {"UD Harapan Baru"}
    assert viewer_of("pemilik", "owner", {}).scope is None


def test_usernames_are_unique_whatever_their_case(store: Store) -> None:
    with pytest.raises(StoreError) as found:
        create_user(store, " Andi", "Andi Lain", "staff", "andi-lain-99")
    assert found.value.code == "user_exists"
    with pytest.raises(StoreError):  # the store itself keeps one account per name
        store.add_user("ANDI", "Andi Lain", "staff", "")
    with pytest.raises(StoreError):
        store.assign("toko makmur", "tidakada")  # an assignment always names an account


def test_the_owner_changes_a_password_and_disables_an_account(store: Store) -> None:
    set_password(store, "andi", "sandi-baru-77")
    assert sign_in(store, "andi", "andi-tagih-22") is None
    assert sign_in(store, "andi", "sandi-baru-77") == ANDI
    set_active(store, "andi", False)
    assert sign_in(store, "andi", "sandi-baru-77") is None
    assert session_user(store, ANDI) is None  # a session still open ends at its next page
    set_active(store, "andi", True)
    assert session_user(store, ANDI) == ANDI
    with pytest.raises(AccountError) as found:
        set_active(store, "pemilik", False)
    assert found.value.code == "last_owner"


def test_an_account_without_a_password_cannot_sign_in(store: Store) -> None:
    create_user(store, "dewi", "Dewi", "staff", None)
    assert sign_in(store, "dewi", "") is None
    assert {u["username"]: u["can_sign_in"] for u in store.users()}["dewi"] is False
    with pytest.raises(AccountError):
        create_user(store, "bos", "Bos", "owner", None)


def test_version_3_assignments_by_name_move_to_accounts(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = Store(path)
    create_user(db, "andi", "Andi", "staff", "andi-tagih-22")
    create_user(db, "citra", "Andi", "staff", "citra-tagih-44")  # a later account, same name
    create_user(db, "pak.budi", "Budi", "staff", None)
    db.close()
    with sqlite3.connect(path) as conn:  # as version 3 kept them: names in two settings
        conn.execute("DROP TABLE assignments")
        conn.execute("UPDATE meta SET value = 3 WHERE key = 'schema_version'")
        conn.executemany(
            "INSERT INTO settings VALUES (?, ?)",
            [
                ("staff", '["Andi", "Budi", "Sari Dewi"]'),
                ("assignments", '{"toko a": "Andi", "toko b": "Budi", "toko c": "Sari Dewi"}'),
            ],
        )
    db = Store(path)
    assert db.assignments() == {"toko a": "andi", "toko b": "pak.budi", "toko c": "sari.dewi"}
    assert db.get_setting("assignments") is None and db.get_setting("staff") is None
    made = {u["username"]: u for u in db.users()}["sari.dewi"]
    assert (made["display_name"], made["role"], made["can_sign_in"]) == (
        "Sari Dewi",
        "staff",
        False,
    )


def test_every_change_is_in_the_audit_log(store: Store) -> None:
    token = ACTOR.set("andi")
    try:
        store.add_event("contact", "ud harapan baru", datetime(2026, 11, 23), {"channel": "visit"})
    finally:
        ACTOR.reset(token)
    latest = store.audit_log(5)[0]
    assert (latest["actor"], latest["action"]) == ("andi", "add_contact")
    actions = [entry["action"] for entry in store.audit_log()]
    assert {"import", "add_user", "assign"} <= set(actions)
    assert all("rahasia" not in str(entry) for entry in store.audit_log())


def app(lang: str = "id") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.session_state["as_of"] = TODAY
    at.session_state["lang"] = lang
    return at


def test_lan_mode_asks_everyone_to_sign_in(store: Store, lan: None) -> None:
    at = app().run()
    assert not at.exception
    assert not at.metric and not at.dataframe  # nothing of the ledger before signing in
    at.text_input[0].input("andi")
    at.text_input[1].input("andi-tagih-22")
    at.button[0].click().run()
    assert not at.exception
    signed_in = store.session(at.session_state["auth"]["session"])
    assert signed_in is not None and signed_in["username"] == "andi"


def test_a_staff_session_cannot_reach_other_customers_or_owner_pages(
    store: Store, lan: None
) -> None:
    at = app()
    at.session_state["auth"] = session(store, ANDI)
    at.run()
    assert not at.exception
    at.switch_page("pages/customers.py").run()
    names = " ".join(str(v) for df in at.dataframe for v in df.value.to_numpy().ravel())
    assert "UD Harapan Baru" in names and "Pak Joko Susilo" not in names
    # A crafted request for another customer's key finds nothing to show.
    at.session_state["customer_key"] = "pak joko susilo"
    at.run()
    assert all(h.value != "Pak Joko Susilo" for h in at.header)
    for page in ("pages/upload.py", "pages/settings.py", "pages/discount.py"):
        at.switch_page(page).run()
        assert any("hanya untuk pemilik" in e.value for e in at.error), page


def test_a_staff_overview_adds_up_their_customers_only(store: Store, lan: None) -> None:
    andi = viewer_of("andi", "staff", store.assignments())
    theirs = summarize(visible_ledger(andi, store.ledger()), TODAY).outstanding
    everyone = summarize(store.ledger(), TODAY).outstanding
    assert 0 < theirs < everyone
    # The owner first, then staff on the same database and date: figures are cached per viewer.
    for user, total in (
        (User("pemilik", "Bu Sari", "owner"), everyone),
        (ANDI, theirs),
    ):
        at = app()
        at.session_state["auth"] = session(store, user)
        at.run()
        assert not at.exception
        assert at.metric[0].value == format_rupiah(total), user
        customers = set(at.dataframe[0].value["Pelanggan"])
        assert (customers == {"UD Harapan Baru"}) == (user.role == "staff")


def test_an_expired_session_signs_out(store: Store, lan: None) -> None:
    at = app()
    at.session_state["auth"] = session(store, ANDI, minutes=-1)
    at.run()
    assert not at.metric


def test_a_disabled_accounts_session_ends_at_its_next_page(store: Store, lan: None) -> None:
    at = app()
    at.session_state["auth"] = session(store, ANDI)
    at.run()
    assert at.metric
    set_active(store, "andi", False)
    at.run()
    assert not at.metric and "auth" not in at.session_state


def test_switching_lan_mode_off_on_a_network_server_still_asks_to_sign_in(
    store: Store, lan: None
) -> None:
    store.set_setting("lan_mode", False)  # the owner turned it off while the server runs
    at = app().run()
    assert not at.exception
    assert not at.metric and not at.dataframe
    assert [b.label for b in at.button] == ["Masuk"]


def test_lan_mode_switched_on_waits_for_the_next_start(store: Store) -> None:
    store.set_setting("lan_mode", True)  # stored, but this server was started local-only
    at = app().run()
    assert not at.exception and at.metric  # the owner at the PC, no sign-in
    at.switch_page("pages/settings.py").run()
    assert not at.exception
    assert any("dijalankan ulang" in w.value for w in at.warning)


def agreements_for_both(store: Store) -> dict[str, int]:
    """One agreement for Andi's customer and one for Rina's; their ids by customer."""
    book = store.ledger()
    ids = {}
    for key in ("ud harapan baru", "pak joko susilo"):
        made = build_agreement(book, key, created=TODAY, instalments=3, first=TODAY)
        saved = save_agreement(store, made, at=datetime(2026, 11, 23, 9))
        assert saved.id is not None
        ids[key] = saved.id
    return ids


def test_kesepakatan_as_staff_shows_and_cancels_only_their_own(store: Store, lan: None) -> None:
    ids = agreements_for_both(store)
    at = app()
    at.session_state["auth"] = session(store, ANDI)
    at.run()
    at.switch_page("pages/agreements.py").run()
    assert not at.exception
    titles = " ".join(e.label for e in at.expander)
    assert "UD Harapan Baru" in titles and "Pak Joko Susilo" not in titles
    assert not at.toggle  # no "every customer" switch for staff
    keys = {b.key for b in at.button}
    assert f"cancel_{ids['ud harapan baru']}" in keys
    assert f"cancel_{ids['pak joko susilo']}" not in keys
    assert not any(b.key == "agreement_pdf_" + str(ids["pak joko susilo"]) for b in at.button)
    # A crafted choice of Rina's customer finds nothing either.
    at.session_state["customer_key"] = "pak joko susilo"
    at.run()
    assert "Pak Joko Susilo" not in " ".join(e.label for e in at.expander)
    at.button(key=f"cancel_{ids['ud harapan baru']}").click().run()
    statuses = {a.customer: a.status for a in load_agreements(store)}
    assert statuses == {"ud harapan baru": "cancelled", "pak joko susilo": "active"}


def test_kesepakatan_as_staff_without_customers_shows_nothing(store: Store, lan: None) -> None:
    agreements_for_both(store)
    create_user(store, "citra", "Andi", "staff", "citra-tagih-44")  # Andi's name, not Andi
    at = app()
    at.session_state["auth"] = session(store, User("citra", "Andi", "staff"))
    at.run()  # app.py says so above whichever page is open
    assert not at.exception and not at.error
    assert any("Belum ada pelanggan yang ditugaskan" in i.value for i in at.info)
    # Each page on its own (as AppTest runs a switched page) shows an empty book, no error.
    for page in ("pages/overview.py", "pages/agreements.py", "pages/customers.py"):
        at.switch_page(page).run()
        assert not at.exception and not at.error, page
        shown = " ".join(str(e.label) for e in at.expander) + str(at.main)
        assert "Harapan" not in shown and "Joko" not in shown, page
        assert not at.metric and all(len(df.value) == 0 for df in at.dataframe), page


def test_only_the_owner_reassigns_and_overrides(store: Store, lan: None) -> None:
    at = app()
    at.session_state["auth"] = session(store, ANDI)
    at.run()
    at.switch_page("pages/customers.py").run()
    assert not any(s.label == "Ditangani oleh" for s in at.selectbox)
    at.switch_page("pages/credit.py").run()
    assert not at.exception
    [save] = [b for b in at.button if b.label == "Simpan keputusan"]
    assert save.disabled
    owner = app()
    owner.session_state["auth"] = session(store, User("pemilik", "Bu Sari", "owner"))
    owner.session_state["customer_key"] = "ud harapan baru"
    owner.run()
    owner.switch_page("pages/customers.py").run()
    [handler] = [s for s in owner.selectbox if s.label == "Ditangani oleh"]
    handler.set_value("rina").run()
    assert store.assignments()["ud harapan baru"] == "rina"


def test_a_server_on_any_address_but_loopback_asks_to_sign_in(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import streamlit

    real = streamlit.get_option
    monkeypatch.setattr(
        streamlit, "get_option", lambda key: "0.0.0.0" if key == "server.address" else real(key)
    )
    at = app().run()
    assert not at.exception and not at.metric
    assert [b.label for b in at.button] == ["Masuk"]


def test_the_launcher_opens_the_network_only_with_lan_mode_and_an_owner(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import launch

    assert not launch._lan_mode()
    store.set_setting("lan_mode", True)
    assert launch._lan_mode()
    store.update_user("pemilik", active=False)  # nobody could sign in to manage it
    assert not launch._lan_mode()


def test_a_version_3_backup_restores_its_assignments_by_account(store: Store) -> None:
    import io
    import json
    import zipfile

    old = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(store.dump(now=datetime(2026, 11, 23)))) as new, \
            zipfile.ZipFile(old, "w") as out:  # fmt: skip
        for name in new.namelist():
            data = new.read(name)
            if name == "manifest.json":  # what Tagih 3 wrote: no assignments, one more setting
                manifest = json.loads(data)
                counts = manifest["tables"]
                del counts["assignments"]
                counts["settings"] += 1
                data = json.dumps({**manifest, "schema_version": 3}).encode()
            if name == "settings.jsonl":
                row = {"key": "assignments", "value_json": '{"toko a": "Rina"}'}
                data = (data.decode() + "\n" + json.dumps(row)).strip().encode()
            if name != "assignments.jsonl":
                out.writestr(name, data)
    store.restore(old.getvalue())
    assert store.assignments() == {"toko a": "rina"}
    assert store.get_setting("assignments") is None


@pytest.mark.parametrize("page", ["overview", "today", "customers", "agreements", "credit"])
def test_every_page_runs_for_staff_and_shows_none_of_the_others(
    store: Store, lan: None, page: str
) -> None:
    agreements_for_both(store)
    store.add_event("contact", "pak joko susilo", datetime(2026, 11, 20), {"channel": "visit"})
    at = app()
    at.session_state["auth"] = session(store, ANDI)
    at.run()
    at.switch_page(f"pages/{page}.py").run()
    assert not at.exception, page
    assert "Pak Joko Susilo" not in str(at.main) + " ".join(e.label for e in at.expander)
    for frame in at.dataframe:
        assert "Pak Joko Susilo" not in frame.value.to_string(), page
