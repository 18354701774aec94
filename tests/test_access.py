"""Who sees which customers and may do what: one table for every viewer, action and record."""

from datetime import date, datetime
from pathlib import Path

import pytest

from core.access import (
    CUSTOMER_ACTIONS,
    NOBODY,
    OWNER_ACTIONS,
    AccessDenied,
    Action,
    Viewer,
    assign,
    can_see,
    change_setting,
    may,
    viewer_of,
    visible_agreements,
    visible_customers,
    visible_ledger,
    visible_offers,
    visible_records,
)
from core.accounts import create_user, sign_in
from core.agreements import (
    Agreement,
    build_agreement,
    cancel_agreement,
    load_agreements,
    save_agreement,
)
from core.daily import daily_list
from core.discount import Offer, cancel_offer, tracked_offers
from core.ledger import CustomerKey, Ledger
from core.store import Store
from tests.factories import demo_store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
TODAY = date(2026, 11, 23)
A_CUSTOMER = CustomerKey("ud harapan baru")  # handled by staff A (andi)
B_CUSTOMER = CustomerKey("pak joko susilo")  # handled by staff B (rina)
ASSIGNMENTS: dict[str, str] = {A_CUSTOMER: "andi", B_CUSTOMER: "rina"}
VIEWERS = {
    "owner": viewer_of("pemilik", "owner", ASSIGNMENTS),
    "staff A": viewer_of("andi", "staff", ASSIGNMENTS),
    "staff B": viewer_of("rina", "staff", ASSIGNMENTS),
    "staff without customers": viewer_of("citra", "staff", ASSIGNMENTS),
    "nobody signed in": NOBODY,
}
# Whose customers each viewer sees among A's, B's and one nobody handles (the owner's).
SEES = {
    "owner": {"A", "B", "unassigned"},
    "staff A": {"A"},
    "staff B": {"B"},
    "staff without customers": set(),
    "nobody signed in": set(),
}


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Ledger:
    store = demo_store(tmp_path_factory.mktemp("book") / "tagih.sqlite3")
    ledger = store.ledger()
    assert {A_CUSTOMER, B_CUSTOMER} < {inv.customer_key for inv in ledger.invoices}
    return ledger


def whose(key: str) -> str:
    return {A_CUSTOMER: "A", B_CUSTOMER: "B"}.get(CustomerKey(key), "unassigned")


@pytest.mark.parametrize("who", VIEWERS)
@pytest.mark.parametrize("action", CUSTOMER_ACTIONS)
@pytest.mark.parametrize("customer", [A_CUSTOMER, B_CUSTOMER, "toko lain"])
def test_work_on_a_customer_only_for_the_owner_or_their_staff(
    who: str, action: Action, customer: str
) -> None:
    assert may(VIEWERS[who], action, customer) == (whose(customer) in SEES[who])
    assert can_see(VIEWERS[who], customer) == (whose(customer) in SEES[who])


@pytest.mark.parametrize("who", VIEWERS)
@pytest.mark.parametrize("action", OWNER_ACTIONS)
def test_the_owners_actions_are_the_owners_alone(who: str, action: Action) -> None:
    assert may(VIEWERS[who], action) == (who == "owner")
    assert may(VIEWERS[who], action, A_CUSTOMER) == (who == "owner")


def test_a_staff_member_without_customers_may_work_nobody() -> None:
    assert not may(VIEWERS["staff without customers"], "log_contact")
    assert may(VIEWERS["staff A"], "log_contact")


def records_by_kind(book: Ledger, tmp_path: Path) -> dict[str, list[str]]:
    """For each kind of record, the customers of the records each viewer is shown."""
    store = Store(tmp_path / "tagih.sqlite3")
    keys = [A_CUSTOMER, B_CUSTOMER, CustomerKey("toko makmur")]
    for key in keys:
        store.add_event("contact", key, datetime(2026, 11, 20), {"channel": "phone"})
        store.add_event("offer", key, datetime(2026, 11, 20), offer(key).encode())
    for key in (A_CUSTOMER, B_CUSTOMER):
        save_agreement(store, agreement(book, key), at=datetime(2026, 11, 21))
    found: dict[str, list[str]] = {}
    for who, viewer in VIEWERS.items():
        seen = visible_ledger(viewer, book)
        found[f"{who}/events"] = [e.customer_key for e in visible_records(viewer, store.events())]
        found[f"{who}/agreements"] = [
            a.customer for a in visible_agreements(viewer, load_agreements(store))
        ]
        offers = tracked_offers(store.events("offer"), book, TODAY)
        found[f"{who}/offers"] = [o.offer.customer_key for o in visible_offers(viewer, offers)]
        found[f"{who}/invoices"] = [inv.customer_key for inv in seen.invoices]
        found[f"{who}/payments"] = [str(seen.customer_of(p)) for p in seen.payments]
        found[f"{who}/customers"] = list(visible_customers(viewer, book))
        found[f"{who}/daily"] = [a.customer_key for a in daily_list(seen, TODAY)]
    return found


def offer(key: CustomerKey) -> Offer:
    return Offer(key, TODAY, (), 1_000_000, 100_000, 900_000, date(2026, 12, 10))


def agreement(book: Ledger, key: CustomerKey) -> Agreement:
    return build_agreement(book, key, created=TODAY, instalments=3, first=date(2026, 12, 1))


KINDS = ("events", "agreements", "offers", "invoices", "payments", "customers", "daily")


@pytest.fixture(scope="module")
def shown(book: Ledger, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    return records_by_kind(book, tmp_path_factory.mktemp("access"))


@pytest.mark.parametrize("who", VIEWERS)
@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_of_record_shows_only_the_viewers_customers(
    shown: dict[str, list[str]], who: str, kind: str
) -> None:
    owners = {whose(key) for key in shown[f"{who}/{kind}"]}
    assert owners <= SEES[who], (who, kind)
    if who == "owner":  # and the owner is shown everyone's, not only the assigned ones
        assert {"A", "B"} <= owners, kind
    elif SEES[who] and kind != "payments":
        assert owners == SEES[who], (who, kind)


def test_a_display_name_equal_to_another_accounts_sees_none_of_theirs(
    book: Ledger, tmp_path: Path
) -> None:
    store = Store(tmp_path / "tagih.sqlite3")
    create_user(store, "andi", "Andi", "staff", "andi-tagih-22")
    create_user(store, "citra", "Andi", "staff", "citra-tagih-44")  # the same name shown
    store.assign(A_CUSTOMER, "andi")
    citra = sign_in(store, "citra", "citra-tagih-44")
    assert citra is not None and citra.name == "Andi"
    viewer = viewer_of(citra.username, citra.role, store.assignments())
    assert viewer.customers == frozenset()
    assert not visible_ledger(viewer, book).invoices
    andi = viewer_of("andi", "staff", store.assignments())
    assert visible_customers(andi, book) == {A_CUSTOMER}


def test_the_checked_writes_refuse_staff(book: Ledger, tmp_path: Path) -> None:
    store = Store(tmp_path / "tagih.sqlite3")
    create_user(store, "andi", "Andi", "staff", "andi-tagih-22")
    create_user(store, "rina", "Rina", "staff", "rina-tagih-33")
    for key, username in ASSIGNMENTS.items():
        store.assign(key, username)
    andi = viewer_of("andi", "staff", store.assignments())
    theirs = save_agreement(store, agreement(book, B_CUSTOMER), at=datetime(2026, 11, 21))
    mine = save_agreement(store, agreement(book, A_CUSTOMER), at=datetime(2026, 11, 21))
    with pytest.raises(AccessDenied):
        cancel_agreement(store, theirs, by=andi)
    assert [a.status for a in load_agreements(store, B_CUSTOMER)] == ["active"]
    assert cancel_agreement(store, mine, by=andi).status == "cancelled"
    event = store.add_event("offer", B_CUSTOMER, datetime(2026, 11, 20), offer(B_CUSTOMER).encode())
    with pytest.raises(AccessDenied):
        cancel_offer(store, Offer.from_event(event), by=andi)
    with pytest.raises(AccessDenied):
        assign(store, andi, B_CUSTOMER, "andi")
    with pytest.raises(AccessDenied):
        change_setting(store, andi, "lan_mode", False)
    assert store.assignments() == ASSIGNMENTS and store.get_setting("lan_mode") is None
    owner = Viewer("pemilik", "owner")
    assign(store, owner, B_CUSTOMER, None)
    assert store.assignments() == {A_CUSTOMER: "andi"}
    cancel_offer(store, Offer.from_event(event), by=owner)
    assert store.events("offer")[0].payload["status"] == "cancelled"
