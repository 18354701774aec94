"""Bank statements (mutasi rekening) of every layout read right: the credits, their sum, the
debits passed over, pending and unusable rows reported; and told apart from ledgers."""

import json
from datetime import date
from pathlib import Path

import pytest

from core.bankstatement import (
    StatementError,
    credit_key,
    guess_bank_field,
    looks_like_statement,
    read_statement,
)
from core.reading.problems import LedgerReadError

ROOT = Path(__file__).resolve().parent.parent
BANK = ROOT / "tests" / "fixtures" / "bank"
EXPECTED = json.loads((BANK / "expected.json").read_text("utf-8"))
TODAY = date(2027, 1, 10)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_bank_layout_is_read_right(name: str) -> None:
    want = EXPECTED[name]
    statement = read_statement((BANK / name).read_bytes(), name, TODAY)
    assert len(statement.credits) == want["credits"]
    assert statement.total == want["credit_sum"]
    assert statement.debits == want["debits"]
    assert sum(p.code == "pending" for p in statement.problems) == want["pending"]
    assert sum(p.code != "pending" for p in statement.problems) == want["bad_rows"]
    assert min(c.on for c in statement.credits).isoformat() == want["first_credit"]
    assert max(c.on for c in statement.credits).isoformat() == want["last_credit"]
    assert statement.bank == want["bank"]
    assert all(isinstance(c.amount, int) and c.amount > 0 for c in statement.credits)


def test_the_fixture_script_writes_the_files_kept(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_bank", BANK / "make_bank.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, build in module.BUILDERS.items():
        data, figures = build()
        assert data == (BANK / name).read_bytes(), name
        assert {**figures, "bank": module.BANKS[name]} == EXPECTED[name]


def test_klikbca_dates_without_a_year_take_it_from_the_period_across_new_year() -> None:
    statement = read_statement((BANK / "bca_klikbca.csv").read_bytes(), "bca.csv", TODAY)
    assert statement.period == (date(2026, 12, 25), date(2027, 1, 4))
    assert [c.on.year for c in statement.credits] == [2026, 2026, 2027, 2027, 2027, 2027]
    first = statement.credits[0]
    assert first.balance == 6_250_000 and first.row == 7
    assert first.description.endswith("BUDI SANTOSO") and not first.description.startswith("'")
    pending = [p for p in statement.problems if p.code == "pending"]
    assert [p.row for p in pending] == [15]
    assert "PEND" in pending[0].message("id")


def test_two_equal_transfers_on_one_day_stay_two_credits_with_their_own_keys() -> None:
    statement = read_statement((BANK / "bca_klikbca.csv").read_bytes(), "bca.csv", TODAY)
    agus = [c for c in statement.credits if "AGUS" in c.description]
    assert len(agus) == 2 and agus[0].key != agus[1].key


def test_a_credit_s_key_is_its_date_amount_description_and_balance() -> None:
    one = credit_key(date(2026, 12, 1), 1_250_000, "TRSF  E-BANKING CR budi", 5_000_000)
    assert one == credit_key(date(2026, 12, 1), 1_250_000, "'TRSF E-BANKING CR BUDI", 5_000_000)
    assert one != credit_key(date(2026, 12, 2), 1_250_000, "TRSF E-BANKING CR BUDI", 5_000_000)
    assert one != credit_key(date(2026, 12, 1), 1_250_001, "TRSF E-BANKING CR BUDI", 5_000_000)
    assert one != credit_key(date(2026, 12, 1), 1_250_000, "TRSF E-BANKING CR BUDI", None)


def test_mandiri_descriptions_and_reference_read_as_one_text() -> None:
    statement = read_statement((BANK / "mandiri_mcm.csv").read_bytes(), "m.csv", TODAY)
    assert statement.credits[0].description == "MCM InhouseTrf DARI DEWI LESTARI"
    assert "INV-2026-0031" in statement.credits[1].description
    assert statement.columns["description"] == "Description / Description / Reference No."


def test_the_generic_file_reports_its_impossible_date_with_file_and_row() -> None:
    statement = read_statement((BANK / "generic.csv").read_bytes(), "generic.csv", TODAY)
    (problem,) = statement.problems
    assert (problem.file, problem.row, problem.code) == ("generic.csv", 6, "bad_date")
    assert "2026-13-45" in problem.message("en")


def test_amount_forms_and_sides() -> None:
    rows = [
        "Tanggal;Keterangan;Jumlah;Saldo",
        "01/12/2026;TRF DARI A;1.250.000,00 CR;1.250.000,00",
        "02/12/2026;TRF DARI B;+500.000;1.750.000",
        "03/12/2026;BIAYA;(15.000);1.735.000",
        "04/12/2026;TRF KE C;200.000 DB;1.535.000",
        "05/12/2026;TRF DARI D;Rp 1,5 jt;3.035.000",
        "06/12/2026;TRF DARI E;lima ribu;3.040.000",
    ]
    statement = read_statement("\n".join(rows).encode(), "x.csv", TODAY)
    assert [c.amount for c in statement.credits] == [1_250_000, 500_000, 1_500_000]
    assert statement.debits == 2
    assert [(p.row, p.code) for p in statement.problems] == [(7, "bad_amount")]


def test_separate_debit_and_credit_columns_with_a_direction_column() -> None:
    rows = [
        "Post Date,Description,Amount,Db/Cr,Balance",
        "2026-12-01,TRANSFER DARI BUDI,100000,C,100000",
        "2026-12-02,PAYMENT TO X,40000,D,60000",
        "2026-12-03,TRANSFER DARI SITI,25000,K,85000",
    ]
    statement = read_statement("\n".join(rows).encode(), "x.csv", TODAY)
    assert [c.amount for c in statement.credits] == [100_000, 25_000]
    assert statement.columns["direction"] == "Db/Cr"


def test_headers_named_in_indonesian_and_english() -> None:
    assert guess_bank_field("Tgl. Transaksi") == "date"
    assert guess_bank_field("Uraian Transaksi") == "description"
    assert guess_bank_field("Mutasi Debet") == "debit"
    assert guess_bank_field("Credit Amount") == "credit"
    assert guess_bank_field("Saldo Akhir") == "balance"
    assert guess_bank_field("Transaction Code") is None
    assert guess_bank_field("Cabang") is None


def test_statements_are_told_from_ledgers() -> None:
    for name in EXPECTED:
        assert looks_like_statement((BANK / name).read_bytes(), name), name
    books = [
        *(ROOT / "tests" / "fixtures" / "shapes").glob("*.xlsx"),
        *(ROOT / "tests" / "fixtures" / "shapes_more").glob("*.*"),
        *(ROOT / "sample_data").glob("*.xlsx"),
    ]
    books = [p for p in books if p.suffix in {".xlsx", ".xls", ".ods", ".csv"}]
    assert len(books) > 20
    for path in sorted(books):
        assert not looks_like_statement(path.read_bytes(), path.name), path.name


def test_a_file_without_a_statement_table_and_an_unreadable_file_are_refused() -> None:
    with pytest.raises(StatementError):
        read_statement(b"Nama,Alamat\nBudi,Solo\n", "x.csv", TODAY)
    with pytest.raises(LedgerReadError) as caught:
        read_statement(b"%PDF-1.4 ...", "x.pdf", TODAY)
    assert caught.value.code == "pdf"


def test_the_page_reads_a_statement_in_a_child_process() -> None:
    from core.sandbox import statement_in_child

    data = (BANK / "bca_klikbca.csv").read_bytes()
    read = statement_in_child(data, "bca.csv", TODAY)
    assert read is not None and read.total == EXPECTED["bca_klikbca.csv"]["credit_sum"]
    assert read.credits == read_statement(data, "bca.csv", TODAY).credits
    ledger = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
    assert (
        statement_in_child(ledger.read_bytes(), ledger.name, TODAY, only_if_statement=True) is None
    )
    with pytest.raises(LedgerReadError) as caught:
        statement_in_child(b"%PDF-1.4", "x.pdf", TODAY)
    assert caught.value.code == "pdf"


def test_a_big_file_is_not_guessed_to_be_a_statement() -> None:
    from core.bankstatement import MAX_GUESSED_SIZE, may_be_statement

    data = (BANK / "bca_klikbca.csv").read_bytes()
    padded = data + b"\r\n" * (MAX_GUESSED_SIZE // 2)
    assert may_be_statement(data) and not may_be_statement(padded)
    assert not looks_like_statement(padded, "bca.csv")
    assert (
        read_statement(padded, "bca.csv", TODAY).total == EXPECTED["bca_klikbca.csv"]["credit_sum"]
    )
