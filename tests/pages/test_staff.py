"""LAN mode on the pages, headless: everyone signs in, staff see only their customers on every page,
the owner alone reassigns."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core.access import viewer_of, visible_ledger
from core.accounts import User, create_user, set_active
from core.aging import summarize
from core.agreements import build_agreement, load_agreements, save_agreement
from core.money import format_rupiah
from core.sessions import IDLE, start
from core.store import Store
from tests.factories import ROOT, TODAY
from tests.test_accounts import ANDI, shop_with_staff


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    return shop_with_staff(tmp_path, monkeypatch)


@pytest.fixture
def lan(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process serves the network, as ``ui.launch`` says when LAN mode was on at start."""
    monkeypatch.setenv("TAGIH_LAN", "1")


def session(store: Store, user: User, minutes: int = 60) -> dict[str, object]:
    """A signed-in tab's state: a session of ``user`` with ``minutes`` left to live."""
    began = datetime.now(UTC) - IDLE + timedelta(minutes=minutes)
    session_id, _ = start(store, user, began, "localhost")
    return {"session": session_id}


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


def test_kesepakatan_gives_staff_no_settlement_discount(store: Store, lan: None) -> None:
    """The discount is the owner's (round 95 M1): staff get no "Potongan pelunasan" field but
    a line saying why, and may still save an agreement without one; the owner has the field."""
    at = app()
    at.session_state["auth"] = session(store, ANDI)
    at.run()
    at.switch_page("pages/agreements.py").run()
    assert not at.exception
    assert not [i for i in at.text_input if i.key == "agreement_discount"]
    assert any("Hanya pemilik yang dapat memberi potongan" in c.value for c in at.caption)
    at.button(key="agreement_save").click().run()
    assert not at.exception and not at.error
    [saved] = load_agreements(store)
    assert saved.customer == "ud harapan baru" and saved.discount == 0
    owner = app()
    owner.session_state["auth"] = session(store, User("pemilik", "Bu Sari", "owner"))
    owner.run()
    owner.switch_page("pages/agreements.py").run()
    assert [i for i in owner.text_input if i.key == "agreement_discount"]
