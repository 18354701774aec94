"""Unggah takes a bank statement (AppTest): it is told from a ledger, its credits are listed
with the customer each most likely comes from, confidence and why; one click confirms (a
payment, as entered by hand), changes or dismisses; the same statement again adds nothing."""

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core.aging import summarize
from core.bankcredits import saved_credits
from core.ingest import read_ledger
from core.ledger import customer_key
from core.store import Store
from tests.bank_month import klikbca_csv
from tests.test_matching import BOOK, DEC, END, START

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2027, 1, 5)
STATEMENT = klikbca_csv(DEC, START, END)


@pytest.fixture(autouse=True)
def own_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("TAGIH_DATA", str(tmp_path))
    monkeypatch.setenv("TAGIH_DB", str(tmp_path / "tagih.sqlite3"))
    db = Store(tmp_path / "tagih.sqlite3")
    db.save_import(read_ledger(BOOK, "buku.xlsx"), BOOK, now=datetime(2027, 1, 5, 8))
    db.close()
    yield tmp_path


def open_upload(lang: str = "id") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.session_state["lang"] = lang
    at.session_state["as_of"] = TODAY
    at.run()
    at.switch_page("pages/upload.py").run()
    return at


def upload(at: AppTest, name: str, data: bytes) -> AppTest:
    at.file_uploader(key="uploader").set_value([(name, data, "text/csv")])
    return at.run()


def said(at: AppTest) -> str:
    parts = (*at.markdown, *at.success, *at.error, *at.info, *at.caption)
    return "\n".join(str(e.value) for e in parts).replace("\\", "")


def test_a_statement_is_read_matched_confirmed_and_dismissed(own_database: Path) -> None:
    at = upload(open_upload(), "mutasi_des.csv", STATEMENT)
    assert not at.exception, at.exception
    text = said(at)
    assert "mutasi_des.csv: mutasi BCA, 3 uang masuk (Rp 3.150.000); 3 baru, 0 sudah ada." in text
    assert "Budi Santoso" in text and "Siti Aminah" in text
    assert "nomor nota F-301 tertulis di keterangan" in text
    db = Store(own_database / "tagih.sqlite3")
    assert len(db.imports()) == 1  # the statement is no ledger import
    siti = next(s for s in saved_credits(db) if "SITI" in s.credit.description)
    before = summarize(db.ledger(), TODAY).outstanding
    # One click: the proposal is already chosen.
    assert at.selectbox(key=f"bank_customer_{siti.event_id}").value == customer_key("Siti Aminah")
    at.button(key=f"bank_ok_{siti.event_id}").click().run()
    assert not at.exception, at.exception
    assert "Pembayaran Rp 900.000 dari Siti Aminah dicatat." in said(at)
    assert summarize(db.ledger(), TODAY).outstanding == before - 900_000
    (payment,) = db.events("payment")
    assert payment.payload == {
        "amount": "900000", "invoice_number": "F-301", "customer": "Siti Aminah",
        "paid_on": "2026-12-09",
    }  # fmt: skip
    # Change: the Rp 1.000.000 goes to Budi Hartono instead of the proposed customer.
    toko = next(s for s in saved_credits(db) if "TOKO" in s.credit.description)
    at.selectbox(key=f"bank_customer_{toko.event_id}").set_value(customer_key("Budi Hartono"))
    at.run()
    at.button(key=f"bank_ok_{toko.event_id}").click().run()
    assert not at.exception, at.exception
    paid = {e.payload["customer"]: e.payload for e in db.events("payment")}
    assert paid["Budi Hartono"]["amount"] == "1000000"
    # Dismiss the last one: nothing is waiting any more.
    budi = next(s for s in saved_credits(db) if s.state == "proposed")
    at.button(key=f"bank_no_{budi.event_id}").click().run()
    assert not at.exception, at.exception
    assert "Tidak ada uang masuk yang menunggu dicocokkan." in said(at)
    assert [s.state for s in saved_credits(db)] == ["dismissed", "confirmed", "confirmed"]
    assert len(db.events("payment")) == 2
    # The same statement again, under another name: nothing new.
    at = upload(at, "mutasi_lagi.csv", STATEMENT)
    assert "3 uang masuk (Rp 3.150.000); 0 baru, 3 sudah ada." in said(at)
    assert len(db.events("payment")) == 2
    at.button(key=f"bank_reopen_{budi.event_id}").click().run()
    assert [s.state for s in saved_credits(db)] == ["proposed", "confirmed", "confirmed"]


def test_a_statement_can_be_chosen_and_a_ledger_is_still_a_ledger(own_database: Path) -> None:
    at = open_upload("en")
    at.radio(key="upload_kind").set_value("statement").run()
    at = upload(at, "export.csv", b"Tanggal;Keterangan;Kredit;Debet\n01/12/2026;BUDI;50000;\n")
    assert not at.exception, at.exception
    counted = "export.csv: other bank statement, 1 credit (Rp 50.000); 1 new, 0 already kept."
    assert counted in said(at)
    at.radio(key="upload_kind").set_value("auto").run()
    sample = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
    at = upload(at, sample.name, sample.read_bytes())
    assert not at.exception, at.exception
    assert len(Store(own_database / "tagih.sqlite3").imports()) == 2


def test_a_long_statement_lists_the_surest_fifty_first(own_database: Path) -> None:
    from tests.bank_month import month

    m = month(7)
    at = upload(open_upload(), "bulan.csv", m.statement_csv(START, END))
    assert not at.exception, at.exception
    count = len(m.transfers)
    assert count > 50
    assert f"50 dari {count} uang masuk ditampilkan" in said(at)
    assert len([b for b in at.button if str(b.key).startswith("bank_ok_")]) == 50
