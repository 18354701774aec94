"""The services the pages and the CLI write through: what each records, who may, the undo."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import services
from core.access import OWNER_AT_PC, AccessDenied, viewer_of
from core.aging import customer_balances
from core.agreements import Agreement, build_agreement, load_agreements
from core.daily import Action
from core.discount import Offer
from core.events import EventError
from core.history import promises
from core.ingest import LedgerReadError, read_ledger
from core.ledger import CustomerKey
from core.settings import Settings
from core.store import Store
from tests.factories import demo_store
from tests.helpers import write_xlsx

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 10, 0)


@pytest.fixture
def store(db_url: str) -> Store:
    """The sample ledger saved, on SQLite and again on PostgreSQL."""
    return demo_store(db_url, now=NOW)


def owed(store: Store, key: CustomerKey) -> object:
    return next(b.outstanding for b in customer_balances(store.ledger(), TODAY) if b.key == key)


def today_list(store: Store) -> list[Action]:
    return services.daily_list(store, Settings.of(store), TODAY, OWNER_AT_PC)


def first(store: Store) -> Action:
    return next(a for a in today_list(store) if a.needs_action)


def picture(actions: list[Action]) -> list[tuple[str, int | None, bool, str]]:
    """What the list shows of each customer: who, which step, waiting or not, and why."""
    return [(a.customer_key, a.step, a.needs_action, a.reason("en")) for a in actions]


def test_a_wrong_payment_voided_no_longer_counts_even_after_a_restart(
    store: Store, db_url: str
) -> None:
    action = first(store)
    before = owed(store, action.customer_key)
    recorded = services.record_payment(
        store,
        OWNER_AT_PC,
        customer=action.customer_key,
        amount=1_000_000,
        paid_on=TODAY,
        name=action.name,
        now=NOW,
        nonce="form-1",
    )
    assert recorded.new
    assert owed(store, action.customer_key) == before - 1_000_000
    voided = services.void_event(store, OWNER_AT_PC, recorded.event.id, now=NOW)
    assert voided.voided and voided.voided_by == "owner" and voided.voided_at == NOW
    assert owed(store, action.customer_key) == before
    again = Store(db_url)
    assert owed(again, action.customer_key) == before
    [kept] = again.events("payment", include_void=True)
    assert kept.voided and kept.payload == recorded.event.payload  # kept as it was
    assert again.events("payment") == []
    log = again.audit_log()
    assert log[0]["action"] == "void_payment" and log[0]["detail"]["event_id"] == kept.id


def test_a_voided_contact_and_promise_give_back_the_step(store: Store) -> None:
    before = today_list(store)
    action = next(a for a in before if a.needs_action)
    contact = services.record_contact(
        store,
        OWNER_AT_PC,
        TODAY,
        customer=action.customer_key,
        name=action.name,
        channel="phone",
        outcome="promised",
        step=action.step,
        promise_date=TODAY + timedelta(days=3),
        promise_amount=500_000,
        outstanding_then=action.outstanding,
        now=NOW,
        nonce="form-1",
    )
    changed = today_list(store)
    assert picture(changed) != picture(before)  # the customer now waits on the promise
    assert [p.event_id for p in promises(store.events(), store.ledger(), TODAY)] == [
        contact.event.id
    ]
    services.void_event(store, OWNER_AT_PC, contact.event.id, now=NOW)
    assert picture(today_list(store)) == picture(before)
    assert promises(store.events(), store.ledger(), TODAY) == []


def test_a_double_click_records_once_and_a_void_frees_the_form(store: Store) -> None:
    action = first(store)
    fields = dict(customer=action.customer_key, channel="whatsapp", outcome="no_answer", step=3)
    one = services.record_contact(
        store, OWNER_AT_PC, TODAY, name=action.name, now=NOW, nonce="n", **fields
    )
    two = services.record_contact(
        store, OWNER_AT_PC, TODAY, name=action.name, now=NOW + timedelta(seconds=1), nonce="n",
        **fields,
    )  # fmt: skip
    assert one.new and not two.new and two.event == one.event
    assert len(store.events("contact")) == 1
    services.void_event(store, OWNER_AT_PC, one.event.id, now=NOW)
    services.void_event(store, OWNER_AT_PC, one.event.id, now=NOW + timedelta(hours=1))
    assert store.event(one.event.id).voided_at == NOW  # a second void changes nothing
    three = services.record_contact(
        store, OWNER_AT_PC, TODAY, name=action.name, now=NOW, nonce="n", **fields
    )
    assert three.new and three.event.id != one.event.id


def test_what_cannot_be_recorded_is_refused_before_anything_is_saved(store: Store) -> None:
    action = first(store)
    revision = store.revision()
    with pytest.raises(EventError):
        services.record_contact(
            store, OWNER_AT_PC, TODAY, customer=action.customer_key, name=action.name,
            channel="phone", outcome="promised", step=1, now=NOW,
        )  # fmt: skip
    with pytest.raises(EventError):
        services.record_payment(
            store, OWNER_AT_PC, customer=action.customer_key, amount=0, paid_on=TODAY, now=NOW
        )
    assert store.revision() == revision


def test_staff_void_only_their_own_customers_records(store: Store) -> None:
    mine, other = [a.customer_key for a in today_list(store)][:2]
    store.add_user("andi", "Andi", "staff", "")
    store.assign(mine, "andi")
    andi = viewer_of("andi", "staff", store.assignments())
    on_mine = services.record_payment(
        store, andi, customer=mine, amount=5_000, paid_on=TODAY, now=NOW
    )
    on_other = services.record_payment(
        store, OWNER_AT_PC, customer=other, amount=5_000, paid_on=TODAY, now=NOW
    )
    with pytest.raises(AccessDenied):
        services.record_payment(store, andi, customer=other, amount=1, paid_on=TODAY, now=NOW)
    with pytest.raises(AccessDenied):
        services.void_event(store, andi, on_other.event.id, now=NOW)
    assert not store.event(on_other.event.id).voided
    assert services.void_event(store, andi, on_mine.event.id, now=NOW).voided_by == "andi"
    offer = Offer(mine, TODAY, (), 100_000, 10_000, 90_000, TODAY + timedelta(days=7))
    made = services.make_offer(store, OWNER_AT_PC, offer, now=NOW)
    with pytest.raises(AccessDenied):  # an offer is the owner's decision, and so is its undo
        services.void_event(store, andi, made.event.id, now=NOW)
    assert [e.customer_key for e in services.customer_events(store, andi, other)] == []


def test_a_voided_agreement_gives_back_the_one_it_replaced(store: Store) -> None:
    action = first(store)
    book = store.ledger()
    draft = build_agreement(
        book, action.customer_key, created=TODAY, instalments=3, first=TODAY + timedelta(days=7)
    )
    older = services.save_agreement(store, OWNER_AT_PC, draft, now=NOW, nonce="a")
    newer = services.save_agreement(
        store, OWNER_AT_PC, build_agreement(
            book, action.customer_key, created=TODAY, instalments=2,
            first=TODAY + timedelta(days=7),
        ), now=NOW, nonce="a",
    )  # fmt: skip
    assert [a.status for a in load_agreements(store, action.customer_key)] == [
        "replaced",
        "active",
    ]
    assert newer.id is not None and older.id is not None
    services.void_event(store, OWNER_AT_PC, newer.id, now=NOW)
    [back] = load_agreements(store, action.customer_key)
    assert back.id == older.id and back.status == "active"


def test_an_offer_made_again_after_a_cancel_is_open_again(store: Store) -> None:
    key = first(store).customer_key
    offer = Offer(key, TODAY, (), 100_000, 10_000, 90_000, TODAY + timedelta(days=7))
    made = services.make_offer(store, OWNER_AT_PC, offer, now=NOW)
    assert services.make_offer(store, OWNER_AT_PC, offer, now=NOW).event.id == made.event.id
    services.cancel_offer(store, OWNER_AT_PC, Offer.from_event(made.event))
    assert store.event(made.event.id).payload["status"] == "cancelled"
    again = services.make_offer(store, OWNER_AT_PC, offer, now=NOW)
    assert again.event.id == made.event.id and again.event.payload["status"] == "open"


def test_imports_are_stamped_the_same_way_by_every_caller(store: Store) -> None:
    outcome = services.import_file(
        store, OWNER_AT_PC, read_ledger(SAMPLE), SAMPLE.read_bytes(), now=NOW
    )
    assert outcome.status == "unchanged"
    store.remove_import(outcome.record.id)
    found = services.import_files(
        store,
        OWNER_AT_PC,
        [("a.csv", b"not,a\nledger"), (SAMPLE.name, SAMPLE.read_bytes())],
        now=NOW,
        default_term=30,
    )
    assert isinstance(found[0], LedgerReadError) and found[0].file == "a.csv"
    assert not isinstance(found[1], LedgerReadError) and found[1][1].status == "new"
    [saved] = store.imports()
    assert saved.imported_at.utcoffset() is not None  # local time with its offset, from any caller
    staff = viewer_of("andi", "staff", {})
    with pytest.raises(AccessDenied):
        services.import_file(store, staff, read_ledger(SAMPLE), SAMPLE.read_bytes(), now=NOW)
    with pytest.raises(AccessDenied):
        services.remove_import(store, staff, store.imports()[0].id)


def test_the_daily_list_of_a_staff_member(store: Store) -> None:
    keys = [a.customer_key for a in today_list(store)][:2]
    store.add_user("andi", "Andi", "staff", "")
    for key in keys:
        store.assign(key, "andi")
    settings = Settings.of(store)
    theirs = services.daily_list(store, settings, TODAY, OWNER_AT_PC, staff="andi")
    assert sorted(a.customer_key for a in theirs) == sorted(keys)
    andi = viewer_of("andi", "staff", store.assignments())
    assert picture(services.daily_list(store, settings, TODAY, andi)) == picture(theirs)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    paid=st.lists(st.integers(min_value=1, max_value=400_000), min_size=1, max_size=5),
    voided=st.sets(st.integers(min_value=0, max_value=4)),
)
def test_the_book_counts_exactly_the_payments_not_voided(
    tmp_path_factory: pytest.TempPathFactory, paid: list[int], voided: set[int]
) -> None:
    path = write_xlsx(
        tmp_path_factory.mktemp("book") / "b.xlsx",
        {"S": [["No Faktur", "Pelanggan", "Tanggal", "Jumlah"],
               ["F1", "Toko A", date(2026, 9, 1), 2_000_000]]},
    )  # fmt: skip
    store = Store(tmp_path_factory.mktemp("db") / "t.sqlite3")
    store.save_import(read_ledger(path), path.read_bytes(), now=NOW)
    key = CustomerKey("toko a")
    ids = [
        services.record_payment(
            store, OWNER_AT_PC, customer=key, amount=amount, paid_on=TODAY, now=NOW, nonce=str(n)
        ).event.id
        for n, amount in enumerate(paid)
    ]
    for n in voided & set(range(len(ids))):
        services.void_event(store, OWNER_AT_PC, ids[n], now=NOW)
    kept = sum(a for n, a in enumerate(paid) if n not in voided)
    assert owed(store, key) == 2_000_000 - kept
    assert len(store.events("payment")) == len(paid) - len(voided & set(range(len(ids))))


def test_a_dispute_marked_by_mistake_is_voided_and_the_customer_is_chased_again(
    store: Store,
) -> None:
    from core.disputes import open_disputes

    action = first(store)
    before = picture(today_list(store))
    marked = services.mark_dispute(
        store, OWNER_AT_PC, TODAY, customer=action.customer_key, name=action.name,
        reason="short", now=NOW, nonce="d1",
    )  # fmt: skip
    assert open_disputes(store.events(), TODAY)
    assert picture(today_list(store)) != before
    services.void_event(store, OWNER_AT_PC, marked.id, now=NOW)
    assert open_disputes(store.events(), TODAY) == {}
    assert picture(today_list(store)) == before


def test_a_somasi_is_recorded_only_by_who_works_the_customer(store: Store) -> None:
    mine, other = [a.customer_key for a in today_list(store)][:2]
    store.add_user("andi", "Andi", "staff", "")
    store.assign(mine, "andi")
    andi = viewer_of("andi", "staff", store.assignments())
    fields = dict(number=1, deadline=TODAY + timedelta(days=7), total=1_000, step=7, now=NOW)
    made = services.record_somasi(store, andi, TODAY, customer=mine, name="A", **fields)  # type: ignore[arg-type]
    assert made.payload["letter"] == "somasi"
    with pytest.raises(AccessDenied):
        services.record_somasi(store, andi, TODAY, customer=other, name="B", **fields)  # type: ignore[arg-type]


def test_a_somasi_or_letter_is_audited_under_who_made_it(store: Store) -> None:
    """A download's callback runs before the page sets ``ACTOR`` (round 95 L1): the service
    logs the write under its viewer, not under the default "owner"."""
    mine = today_list(store)[0].customer_key
    store.add_user("andi", "Andi", "staff", "")
    store.assign(mine, "andi")
    andi = viewer_of("andi", "staff", store.assignments())
    fields = dict(number=1, deadline=TODAY + timedelta(days=7), total=1_000, step=7, now=NOW)
    services.record_somasi(store, andi, TODAY, customer=mine, name="A", **fields)  # type: ignore[arg-type]
    assert store.audit_log(1)[0]["actor"] == "andi"
    services.record_letter(
        store, andi, TODAY, customer=mine, name="A", step=2, total=1_000, now=NOW, nonce="l"
    )
    assert store.audit_log(1)[0]["actor"] == "andi"


def test_only_the_owner_saves_an_agreement_with_a_settlement_discount(store: Store) -> None:
    """Staff make agreements for their customers, but a discount is the owner's (round 95 M1):
    refused, whatever the page sent, and nothing is written."""
    mine = today_list(store)[0].customer_key
    store.add_user("andi", "Andi", "staff", "")
    store.assign(mine, "andi")
    andi = viewer_of("andi", "staff", store.assignments())
    book = store.ledger()
    debt = owed(store, mine)
    assert isinstance(debt, int) and debt > 1_000

    def draft(discount: int) -> Agreement:
        return build_agreement(
            book, mine, created=TODAY, instalments=3, first=TODAY + timedelta(days=7),
            discount=discount,
        )  # fmt: skip

    before = store.events()
    with pytest.raises(AccessDenied) as refused:
        services.save_agreement(store, andi, draft(debt // 2), now=NOW, nonce="d")
    assert "potongan" in refused.value.message("id").lower()
    assert "discount" in refused.value.message("en").lower()
    assert store.events() == before and load_agreements(store, mine) == []
    kept = services.save_agreement(store, andi, draft(0), now=NOW, nonce="n")
    assert kept.discount == 0 and kept.status == "active"
    given = services.save_agreement(store, OWNER_AT_PC, draft(1_000), now=NOW, nonce="o")
    assert given.discount == 1_000
    assert [a.status for a in load_agreements(store, mine)] == ["replaced", "active"]
