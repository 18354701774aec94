"""Who paid: on a generated month of transfers against an outside-like ledger, every credit
carrying a unique code or an invoice number is matched right and name-and-amount credits name
the right customer first in at least 90 % of cases; a statement imported twice (or one that
overlaps it) changes nothing; a confirmed credit changes the figures exactly as the same
payment entered by hand."""

import json
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest

from core.access import OWNER_AT_PC
from core.bankcredits import confirm_credit, save_statement, saved_credits
from core.bankstatement import Credit, read_statement
from core.ingest import read_ledger, read_ledgers
from core.ledger import customer_key
from core.matching import Expected, OpenRequest, customer_text, name_score, name_text, propose
from core.report import ledger_of
from core.store import Store
from tests.bank_month import Month, klikbca_csv, month

TODAY = date(2027, 1, 5)
NOW = datetime(2027, 1, 5, 9, 0)
START, END = date(2026, 12, 1), date(2026, 12, 31)


def _month_proposals(seed: int) -> tuple[Month, list[tuple[object, object]]]:
    m = month(seed)
    ledger = ledger_of(read_ledgers([("buku.xlsx", m.ledger_xlsx())]))
    statement = read_statement(m.statement_csv(START, END), "mutasi.csv", TODAY)
    assert len(statement.credits) == len(m.transfers)
    requests = [OpenRequest(customer_key(r.customer), r.amount, r.invoices) for r in m.requests]
    truth = {(t.description, t.amount): t for t in m.transfers}
    proposals = propose(statement.credits, ledger, requests)
    return m, [(truth[(p.credit.description, p.credit.amount)], p) for p in proposals]


@pytest.mark.parametrize("seed", [7, 1, 2, 3])
def test_a_month_of_transfers_is_matched_to_the_right_customers(seed: int) -> None:
    m, pairs = _month_proposals(seed)
    assert len(m.customers) >= 50
    hows = Counter(transfer.how for transfer, _ in pairs)  # type: ignore[attr-defined]
    assert hows["code"] >= 10 and hows["invoice"] >= 10 and hows["name"] >= 30
    right_first = 0
    for transfer, proposal in pairs:
        top = proposal.top  # type: ignore[attr-defined]
        key = customer_key(transfer.customer)  # type: ignore[attr-defined]
        if transfer.how in ("code", "invoice"):  # type: ignore[attr-defined]
            assert top is not None, transfer
            assert top.customer_key == key, transfer
            assert top.invoice_number == transfer.invoice, transfer  # type: ignore[attr-defined]
            assert top.confidence >= 90
        elif top is not None and top.customer_key == key:
            right_first += 1
    assert right_first >= 0.9 * hows["name"]


def test_reasons_say_why() -> None:
    _m, pairs = _month_proposals(7)
    for transfer, proposal in pairs:
        top = proposal.top  # type: ignore[attr-defined]
        codes = [r.code for r in top.reasons]
        if transfer.how == "code":  # type: ignore[attr-defined]
            assert codes[0] == "code"
            assert "kode unik" in top.why("id")
        if transfer.how == "invoice":  # type: ignore[attr-defined]
            assert codes[0] == "invoice"
            assert transfer.invoice in top.why("en")  # type: ignore[attr-defined]


def test_sender_names_as_banks_write_them() -> None:
    assert name_text("TRSF E-BANKING CR 0512/FTSCY/WS95031 BUDI SANTOSO") == "BUDI SANTOSO"
    assert name_text("KR OTOMATIS LLG-BANK MANDIRI SITI AMINAH INV-2026-0042") == "SITI AMINAH"
    assert name_text("TRANSFER DARI | CV CAHAYA MANDIRI | INV-2026-0050") == "CV CAHAYA"
    assert name_text("MCM InhouseTrf DARI DEWI LESTARI") == "DEWI LESTARI"
    assert customer_text("Bu Siti Aminah") == "SITI AMINAH"
    assert name_score("BUDI SANTOS", "BUDI SANTOSO") > name_score("BUDI SANTOS", "BUDI HARTONO")
    assert name_score("RAHMAT HIDAY", "RAHMAT HIDAYAT") >= 90


def _ledger(rows: list[list[object]]):  # type: ignore[no-untyped-def]
    import io

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["No Faktur", "Pelanggan", "Tanggal", "Jatuh Tempo", "Jumlah"])
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


BOOK = _ledger(
    [
        ["F-101", "Budi Santoso", date(2026, 11, 1), date(2026, 12, 1), 1_250_000],
        ["F-102", "Budi Santoso", date(2026, 11, 10), date(2026, 12, 10), 400_000],
        ["F-201", "Budi Hartono", date(2026, 11, 3), date(2026, 12, 3), 700_000],
        ["F-301", "Siti Aminah", date(2026, 11, 5), date(2026, 12, 5), 900_000],
        ["F-401", "Toko Sumber Rejeki", date(2026, 11, 7), date(2026, 12, 7), 3_000_000],
    ]
)


def _credit(amount: int, text: str, on: date = date(2026, 12, 20)) -> Credit:
    return Credit(on, amount, text, None, "m.csv", "", 7)


def test_an_amount_the_customer_owes_decides_between_two_names_alike() -> None:
    ledger = ledger_of(read_ledgers([("b.xlsx", BOOK)]))
    (p,) = propose([_credit(700_000, "TRSF E-BANKING CR 2012/FTSCY/WS95031 BUDI")], ledger)
    assert p.top is not None and p.top.customer == "Budi Hartono"
    assert p.top.invoice_number == "F-201"
    assert {c.customer for c in p.candidates} >= {"Budi Hartono", "Budi Santoso"}
    (p,) = propose([_credit(1_650_000, "TRSF E-BANKING CR BUDI SANTOSO")], ledger)
    assert p.top is not None and p.top.customer == "Budi Santoso"
    assert [r.code for r in p.top.reasons] == ["name", "amount_balance"]
    assert p.top.invoice_number == ""


def test_instalments_and_promises_are_amounts_owed_too() -> None:
    ledger = ledger_of(read_ledgers([("b.xlsx", BOOK)]))
    expected = [
        Expected(customer_key("Siti Aminah"), 300_000, "instalment", "2"),
        Expected(customer_key("Toko Sumber Rejeki"), 1_000_000, "promise", "2026-12-20"),
    ]
    first, second = propose(
        [_credit(300_000, "SETORAN TUNAI"), _credit(1_000_000, "TRSF CR TOKO SUMBER REJ")],
        ledger,
        expected=expected,
    )
    assert first.top is not None and first.top.customer == "Siti Aminah"
    assert first.top.why("en") == "the amount equals instalment 2 of the agreement"
    assert second.top is not None and second.top.customer == "Toko Sumber Rejeki"
    assert "20 Des 2026" in second.top.why("id")
    assert second.top.confidence > first.top.confidence


def test_an_agreement_number_in_the_description_names_its_customer() -> None:
    ledger = ledger_of(read_ledgers([("b.xlsx", BOOK)]))
    expected = [Expected(customer_key("Budi Hartono"), 250_000, "instalment", "1", "KSP/2026/07")]
    (p,) = propose([_credit(240_000, "SETORAN KSP 2026 07")], ledger, expected=expected)
    assert p.top is not None and p.top.customer == "Budi Hartono"
    assert p.top.invoice_number == "" and p.top.confidence >= 90
    assert p.top.why("en") == "agreement KSP/2026/07 is named in the description"


def test_a_credit_that_points_nowhere_has_no_candidate() -> None:
    ledger = ledger_of(read_ledgers([("b.xlsx", BOOK)]))
    (p,) = propose([_credit(123_456, "BUNGA")], ledger)
    assert p.top is None and p.candidates == ()


# Storing and confirming.


def store_with_book(path: Path, data: bytes = BOOK) -> Store:
    db = Store(path)
    db.save_import(read_ledger(data, "buku.xlsx"), data, now=NOW)
    return db


def statement_of(lines: list[tuple[date, str, int, str]], start: date, end: date) -> bytes:
    return klikbca_csv(lines, start, end)


TRSF = "TRSF E-BANKING CR"
DEC = [
    (date(2026, 12, 2), f"{TRSF} 0212/FTSCY/WS95031 1250000.00BUDI SANTOSO", 1_250_000, "CR"),
    (date(2026, 12, 9), f"{TRSF} 0912/FTSCY/WS95031 SITI AMINAH F-301", 900_000, "CR"),
    (date(2026, 12, 12), "BIAYA ADM", 15_000, "DB"),
    (date(2026, 12, 20), f"{TRSF} 2012/FTSCY/WS95031 TOKO SUMBER REJEKI", 1_000_000, "CR"),
]


# The command line.


def test_cli_match_prints_the_proposals_for_the_saved_book(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from core.cli import main

    monkeypatch.setenv("TAGIH_DB", str(tmp_path / "cli.sqlite3"))
    store_with_book(tmp_path / "cli.sqlite3").close()
    statement = tmp_path / "dec.csv"
    statement.write_bytes(statement_of(DEC, START, END))
    assert main(["match", str(statement), "--today", "2027-01-05", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["bank"] == "bca" and payload["debits"] == 1
    rows = payload["credits"]
    assert [r["amount"] for r in rows] == [1_250_000, 900_000, 1_000_000]
    tops = [(r["candidates"][0]["customer"], r["candidates"][0]["invoice_number"]) for r in rows]
    assert tops == [("Budi Santoso", "F-101"), ("Siti Aminah", "F-301"), ("Toko Sumber Rejeki", "")]
    assert rows[1]["candidates"][0]["reasons"][0] == "invoice"
    assert {r["state"] for r in rows} == {"new"}
    # Saved and one confirmed on the page: the command says so.
    db = Store(tmp_path / "cli.sqlite3")
    save_statement(db, read_statement(statement.read_bytes(), "dec.csv", TODAY), OWNER_AT_PC, NOW)
    first = saved_credits(db)[0]
    confirm_credit(db, OWNER_AT_PC, first.event_id, customer_key("Budi Santoso"), db.ledger())
    assert main(["match", str(statement), "--today", "2027-01-05", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["credits"]
    assert [r["state"] for r in rows] == ["confirmed", "proposed", "proposed"]
    assert main(["match", str(statement), "--today", "2027-01-05", "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert "Statement dec.csv: 3 credits, 3 with a proposed customer" in text
    assert "invoice F-301 is named in the description" in text


def test_cli_match_with_ledger_files_and_refusals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from core.cli import main

    book = tmp_path / "buku.xlsx"
    book.write_bytes(BOOK)
    statement = tmp_path / "dec.csv"
    statement.write_bytes(statement_of(DEC, START, END))
    assert main(["match", str(statement), "--ledger", str(book), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["credits"]
    assert rows[0]["candidates"][0]["customer"] == "Budi Santoso"
    assert main(["match", str(tmp_path / "nothing.csv"), "--ledger", str(book)]) == 2
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    assert main(["match", str(tmp_path / "x.pdf"), "--ledger", str(book)]) == 2
    assert "x.pdf" in capsys.readouterr().err


def test_a_unique_code_asked_in_a_message_matches_its_transfer_and_is_freed_on_confirm(
    tmp_path: Path,
) -> None:
    """The kode unik the payment block asked for (core.payinfo) is what the page and the CLI
    match against; confirming the transfer closes the request."""
    from core.bankcredits import open_requests
    from core.payinfo import open_payment_requests, request_payment

    db = store_with_book(tmp_path / "a.sqlite3")
    key = customer_key("Siti Aminah")
    request = request_payment(db, key, 900_000, date(2026, 12, 5))
    assert request is not None and 1 <= request.code <= 999
    assert open_requests(db, date(2026, 12, 10)) == [OpenRequest(key, request.exact)]
    lines = [(date(2026, 12, 9), f"{TRSF} 0912/FTSCY/WS95031 S AMINAH", request.exact, "CR")]
    statement = read_statement(statement_of(lines, START, END), "d.csv", TODAY)
    save_statement(db, statement, OWNER_AT_PC, NOW)
    (saved,) = saved_credits(db)
    (proposal,) = propose([saved.credit], db.ledger(), open_requests(db, date(2026, 12, 10)), ())
    assert proposal.top is not None and proposal.top.customer_key == key
    assert "code" in [reason.code for reason in proposal.top.reasons]
    confirm_credit(db, OWNER_AT_PC, saved.event_id, key, db.ledger())
    assert open_payment_requests(db, date(2026, 12, 10)) == []
