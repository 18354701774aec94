"""core/store/schema.py: the tables are created, and older databases migrate; newer are refused."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from core.accounts import (
    create_user,
)
from core.aging import summarize
from core.store import (
    SCHEMA_VERSION,
    Store,
    StoreError,
)
from tests.helpers import write_xlsx
from tests.store.books import AT, FIXTURES, NOW, SAMPLE, TODAY, status_of


def test_schema(tmp_path: Path) -> None:
    db = tmp_path / "tagih.sqlite3"
    Store(db).close()
    with sqlite3.connect(db) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"meta", "imports", "invoices", "payments", "contacts", "settings"} <= tables
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        assert meta == {"schema_version": SCHEMA_VERSION, "revision": 0, "ledger_revision": 0}
        for table in ("invoices", "payments", "contacts"):
            indexed = {
                conn.execute(f"PRAGMA index_info({row[1]})").fetchone()[2]
                for row in conn.execute(f"PRAGMA index_list({table})")
            }
            assert "import_id" in indexed, table
            [fk] = conn.execute(f"PRAGMA foreign_key_list({table})").fetchall()
            assert (fk[2], fk[3], fk[6]) == ("imports", "import_id", "CASCADE")


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "tagih.sqlite3"
    Store(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meta SET value = 99 WHERE key = 'schema_version'")
    with pytest.raises(StoreError) as info:
        Store(db)
    assert info.value.code == "newer_schema" and "99" in info.value.message("en")


def test_a_version_1_database_is_upgraded_keeping_everything(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema_v1.sqlite3", old)
    db = Store(old)
    with sqlite3.connect(old) as conn:
        found = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    assert found == (SCHEMA_VERSION,)
    [record] = db.imports()
    assert record.file_name == "lama.xlsx"
    assert db.get_setting("business")["name"] == "Toko Lama"
    assert summarize(db.ledger(), date(2026, 11, 23)).outstanding == 1_000_000 + 750_000
    db.add_event("contact", "toko lama", NOW, {"channel": "visit"})
    assert len(Store(old).events()) == 1


def test_a_version_5_database_gains_voiding_and_keeps_its_events(db_url: str) -> None:
    """Schema 6 adds ``voided_at``/``voided_by`` to events: a version 5 database, made by
    taking them away again, opens with its events, and they can be voided from then on."""
    from sqlalchemy import create_engine, text

    from core.store import SCHEMA_VERSION
    from core.store import db_url as to_url

    store = Store(db_url)
    status_of(store, SAMPLE)
    paid = {"amount": "1000", "invoice_number": "", "customer": "UD Harapan Baru",
            "paid_on": "2026-11-20"}  # fmt: skip
    store.add_event("payment", "ud harapan baru", AT, paid, token="t1")
    store.close()
    engine = create_engine(to_url(db_url))
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE events DROP COLUMN voided_at"))
        conn.execute(text("ALTER TABLE events DROP COLUMN voided_by"))
        conn.execute(text("UPDATE meta SET value = 5 WHERE key = 'schema_version'"))
    again = Store(db_url)
    with engine.connect() as conn:  # the raw table, as the migration left it
        assert conn.scalar(text("SELECT value FROM meta WHERE key = 'schema_version'")) == 11
    engine.dispose()
    # events' voiding (6), LAN sessions (7), customer keys (8: dots; 9: titles; 10: ', PT'),
    # a row's own dated payment (11)
    assert SCHEMA_VERSION == 11
    [event] = again.events("payment")
    assert event.payload == paid and not event.voided
    before = summarize(again.ledger(), TODAY).outstanding
    again.void_event(event.id, at=AT, by="owner")
    assert summarize(again.ledger(), TODAY).outstanding == before + 1000
    assert Store(db_url).event(event.id).voided_by == "owner"


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


def test_a_version_7_database_keys_its_customers_again(db_url: str) -> None:
    """Schema 8: a customer's key leaves out the dots and commas of a short name. What was
    recorded under "pt. maju" (an event, a key inside an event's record, an assignment) is
    the customer "PT Maju" after the upgrade; two assignments that became one customer keep
    the one already keyed so, and the audit log names the other."""
    import json

    from sqlalchemy import create_engine, insert, text

    from core.store import db_url as to_url
    from core.store.tables import assignments, events

    store = Store(db_url)
    create_user(store, "andi", "Andi", "staff", "andi-tagih-22")
    create_user(store, "sari", "Sari", "staff", "sari-tagih-44")
    store.close()
    record = {"customer_key": "pt. maju", "lines": [{"customer_key": "c.v. abadi", "n": 1}]}
    engine = create_engine(to_url(db_url))
    with engine.begin() as conn:  # as version 7 kept them
        conn.execute(
            insert(events),
            [
                {"kind": "contact", "customer_key": "pt. maju", "at": AT.isoformat(),
                 "payload_json": '{"channel": "visit"}'},
                {"kind": "agreement", "customer_key": "pt. maju", "at": AT.isoformat(),
                 "payload_json": json.dumps(record)},
                {"kind": "contact", "customer_key": "toko sari", "at": AT.isoformat(),
                 "payload_json": '{"channel": "call"}'},
            ],
        )  # fmt: skip
        conn.execute(
            insert(assignments),
            [
                {"customer_key": "pt. maju", "username": "andi"},
                {"customer_key": "pt maju", "username": "sari"},
                {"customer_key": "u.d. jaya", "username": "andi"},
            ],
        )
        conn.execute(text("UPDATE meta SET value = 7 WHERE key = 'schema_version'"))
    engine.dispose()
    again = Store(db_url)
    assert sorted(e.customer_key for e in again.events()) == ["pt maju", "pt maju", "toko sari"]
    [agreement] = again.events("agreement")
    assert agreement.payload == {
        "customer_key": "pt maju",
        "lines": [{"customer_key": "cv abadi", "n": 1}],
    }
    assert again.assignments() == {"pt maju": "sari", "ud jaya": "andi"}
    [merged] = [e for e in again.audit_log() if e["action"] == "assign_merged"]
    assert merged["detail"] == {"dropped": [{"customer": "pt. maju", "username": "andi"}]}


def test_a_version_8_database_keys_titles_and_phones_in_names_again(db_url: str) -> None:
    """Schema 9: "Bapak" and "Bpk" are "Pak", "Ibu" is "Bu". What was recorded under those
    keys follows the customer."""
    from sqlalchemy import create_engine, insert, text

    from core.store import db_url as to_url
    from core.store.tables import events

    Store(db_url).close()
    engine = create_engine(to_url(db_url))
    with engine.begin() as conn:  # as version 8 kept them
        conn.execute(
            insert(events),
            [
                {"kind": "contact", "customer_key": key, "at": AT.isoformat(),
                 "payload_json": '{"channel": "visit"}'}
                for key in ("bpk joko", "bapak budi", "ibu ani (0812-3456-7890)", "tk sari")
            ],
        )  # fmt: skip
        conn.execute(text("UPDATE meta SET value = 8 WHERE key = 'schema_version'"))
    engine.dispose()
    again = Store(db_url)
    assert sorted(e.customer_key for e in again.events()) == [
        "bu ani (0812-3456-7890)", "pak budi", "pak joko", "tk sari",
    ]  # fmt: skip


def test_a_version_9_database_keys_a_legal_form_after_a_comma_again(
    db_url: str, tmp_path: Path
) -> None:
    """Schema 10: "SINAR JAYA, PT" is "PT Sinar Jaya" (its key was 'sinar jaya pt', the comma
    lost). What was recorded under the old key follows the customer the book names so; a name
    the book keeps without the comma ("Maju PT") keeps its key and what was recorded for it."""
    from sqlalchemy import create_engine, insert, text

    from core.store import db_url as to_url
    from core.store.tables import assignments, events
    from tests.store.books import ledger_xlsx, save

    store = Store(db_url)
    create_user(store, "andi", "Andi", "staff", "andi-tagih-22")
    book = ledger_xlsx(
        tmp_path / "piutang.xlsx",
        [
            ["F-1", date(2026, 10, 1), "SINAR JAYA, PT", 1_500_000, 0, 30],
            ["F-2", date(2026, 10, 2), "Maju PT", 800_000, 0, 30],
        ],
    )
    save(store, book)
    store.close()
    engine = create_engine(to_url(db_url))
    with engine.begin() as conn:  # as version 9 kept them
        conn.execute(
            insert(events),
            [
                {"kind": "contact", "customer_key": key, "at": AT.isoformat(),
                 "payload_json": '{"channel": "visit"}'}
                for key in ("sinar jaya pt", "maju pt")
            ],
        )  # fmt: skip
        conn.execute(insert(assignments), [{"customer_key": "sinar jaya pt", "username": "andi"}])
        conn.execute(text("UPDATE meta SET value = 9 WHERE key = 'schema_version'"))
    engine.dispose()
    again = Store(db_url)
    assert sorted(e.customer_key for e in again.events()) == ["maju pt", "pt sinar jaya"]
    assert again.assignments() == {"pt sinar jaya": "andi"}
    assert {inv.customer_key for inv in again.ledger().invoices} == {"maju pt", "pt sinar jaya"}


def test_a_version_10_database_keeps_its_invoices_and_saves_a_rows_dated_payment(
    db_url: str, tmp_path: Path
) -> None:
    """Schema 11 keeps what an invoice's own row paid on its own Tgl Bayar (``dated_paid``).
    A version 10 database (the two columns taken away again) opens with its invoices as they
    were, saying nothing of money after today for them, as before; a file saved from then on
    says it as the file itself does."""
    from sqlalchemy import create_engine, text

    from core.report import summarize_files
    from core.store import db_url as to_url
    from tests.store.books import save

    rows = [
        ["No Faktur", "Tgl Faktur", "Pelanggan", "Jumlah", "Dibayar", "Tgl Bayar"],
        ["F-1", date(2026, 9, 10), "CV Karunia", 2_000_000, 2_000_000, date(2026, 11, 25)],
        ["F-2", date(2026, 10, 5), "Toko Dewi", 1_500_000, 500_000, date(2026, 11, 24)],
        ["F-3", date(2026, 11, 2), "Toko Dewi", 900_000, 900_000, date(2026, 11, 20)],
    ]
    first = write_xlsx(tmp_path / "tagihan.xlsx", {"Tagihan": rows})
    _, from_file = summarize_files([first], date(2026, 11, 22))
    assert from_file["paid_after_today"] == 2_500_000
    store = Store(db_url)
    save(store, first)
    assert store.summary_payload(date(2026, 11, 22))["paid_after_today"] == 2_500_000
    store.close()
    engine = create_engine(to_url(db_url))
    with engine.begin() as conn:  # as version 10 kept them
        conn.execute(text("ALTER TABLE invoices DROP COLUMN paid_on"))
        conn.execute(text("ALTER TABLE invoices DROP COLUMN paid_on_amount"))
        conn.execute(text("UPDATE meta SET value = 10 WHERE key = 'schema_version'"))
    engine.dispose()
    again = Store(db_url)
    old = again.summary_payload(date(2026, 11, 22))
    assert old["outstanding"] == from_file["outstanding"] == 1_000_000
    assert not old.get("paid_after_today")
    rows[1][3] = 2_100_000  # the owner's next version of the file
    save(again, write_xlsx(tmp_path / "tagihan.xlsx", {"Tagihan": rows}))
    assert again.summary_payload(date(2026, 11, 22))["paid_after_today"] == 2_500_000
