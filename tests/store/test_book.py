"""core/store/book.py: the book rebuilt from the saved imports equals the files' book."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.aging import summarize
from core.ingest import read_ledger
from core.report import load_files
from core.store import (
    Store,
)
from tests.helpers import write_xlsx
from tests.store.books import (
    AS_OF,
    CASES,
    EXPECTED,
    NOW,
    PAY_HEADER,
    SAMPLE,
    TODAY,
    files_for,
    ledger_xlsx,
    same_book,
    save,
    status_of,
)


@pytest.mark.parametrize("case", CASES)
def test_saved_book_equals_the_files_book(tmp_path: Path, case: str) -> None:
    files = files_for(case, tmp_path)
    batch, expected = load_files(files)
    db = tmp_path / "tagih.sqlite3"
    with Store(db) as store:
        assert [save(store, f).status for f in files] == ["new"] * len(files)
        same_book(store.ledger(), expected)
        assert store.problems() == batch.problems
        assert store.ignored() == batch.ignored
        revision = store.revision()

        # The same files again change nothing at all.
        assert {save(store, f).status for f in files} == {"unchanged"}
        assert store.revision() == revision
        same_book(store.ledger(), expected)

    # A restart keeps everything.
    with Store(db) as reopened:
        assert reopened.revision() == revision
        same_book(reopened.ledger(), expected)
        assert reopened.problems() == batch.problems

        # Removing an import leaves the book of the other files.
        for record in reopened.imports()[:1]:
            reopened.remove_import(record.id)
            rest = [f for f in files if f.name != record.file_name]
            same_book(reopened.ledger(), load_files(rest)[1])
            assert reopened.revision() == revision + 1


def test_sample_ledger_figures_from_the_database(store: Store) -> None:
    outcome = save(store, SAMPLE, is_demo=True)
    assert (outcome.status, outcome.record.is_demo) == ("new", True)
    payload = store.summary_payload(date.fromisoformat(EXPECTED["today"]))
    for key in ("invoices", "open_invoices", "customers_with_balance", "outstanding", "overdue"):
        assert payload[key] == EXPECTED[key], key
    assert payload["aging"] == EXPECTED["aging"]
    assert sorted((p["sheet"], p["row"]) for p in payload["problems"]) == sorted(
        (bad["sheet"], bad["row"]) for bad in EXPECTED["bad_rows"]
    )
    assert {s["sheet"] for s in payload["ignored_sheets"]} == {"Catatan", "Rekap"}


def test_summary_payload_has_the_same_keys_as_for_files(store: Store) -> None:
    from core.report import summarize_files

    _, from_files = summarize_files([SAMPLE], AS_OF)
    save(store, SAMPLE)
    from_store = store.summary_payload(AS_OF)
    assert from_store.keys() == from_files.keys()
    assert from_store == from_files


def test_a_newer_import_supersedes_the_same_invoice_number(store: Store, tmp_path: Path) -> None:
    old = ledger_xlsx(
        tmp_path / "september.xlsx",
        [
            ["F-1", date(2026, 9, 1), "Toko A", 100, 0, 30],
            ["F-2", date(2026, 9, 2), "Toko A", 200, 0, 30],
            [None, date(2026, 9, 3), "Toko B", 300, 0, 30],
        ],
    )
    new = ledger_xlsx(
        tmp_path / "september_revisi.xlsx",
        [
            ["f - 1", date(2026, 9, 1), "Toko A", 150, 50, 30],  # same number, other spelling
            ["F-9", date(2026, 9, 9), "Toko C", 10, 0, 30],
            ["F-9", date(2026, 9, 9), "Toko C", 20, 0, 30],  # within one import: both count
        ],
    )
    save(store, old)
    save(store, new)
    book = store.ledger()
    got = sorted((i.number, i.amount, i.paid, i.source.file) for i in book.invoices)
    assert got == [
        ("", 300, 0, "september.xlsx"),
        ("F-2", 200, 0, "september.xlsx"),
        ("F-9", 10, 0, "september_revisi.xlsx"),
        ("F-9", 20, 0, "september_revisi.xlsx"),
        ("f - 1", 150, 50, "september_revisi.xlsx"),
    ]
    assert len(book.conflicts) == 1  # F-9, inside one import, as build_ledger says
    # Removing the newer import brings the older F-1 back.
    store.remove_import(store.imports()[0].id)
    assert sorted(i.amount for i in store.ledger().invoices if i.number == "F-1") == [100]


def test_a_payment_repeated_in_another_import_counts_once(store: Store, tmp_path: Path) -> None:
    save(
        store, ledger_xlsx(tmp_path / "buku.xlsx", [["F-1", date(2026, 9, 1), "A", 10_000, 0, 30]])
    )
    paid = date(2026, 10, 1)

    def payments_file(name: str, rows: list[list[object]]) -> Path:
        return write_xlsx(tmp_path / name, {"Pembayaran": [PAY_HEADER, *rows]})

    save(store, payments_file("bayar_okt.xlsx", [["F-1", "A", paid, 1_000]]))
    assert store.ledger().invoices[0].paid == 1_000
    # A newer export of the payments lists October again, plus a second, equal instalment.
    save(
        store,
        payments_file(
            "bayar_nov.xlsx",
            [["F-1", "a", paid, 1_000], ["F-1", "A", paid, 1_000], ["f-1", "A", paid, 500]],
        ),
    )
    assert store.ledger().invoices[0].paid == 2_500
    # Within one import, equal payments are separate payments (build_ledger's rule).
    store.remove_import(store.imports()[1].id)  # bayar_okt
    assert store.ledger().invoices[0].paid == 2_500


@pytest.mark.parametrize(
    ("imports", "paid"),
    [
        ([[1000]], 1000),
        ([[1000], [1000]], 1000),
        ([[1000], [1000, 1000]], 2000),
        ([[1000, 1000], [1000]], 2000),
        ([[1000], [1000], [1000, 1000]], 2000),
        ([[1000], [500]], 1500),
        ([[1000, 500], [500, 1000], [1000]], 1500),
    ],
)
def test_repeated_payments_count_as_often_as_one_import_lists_them(
    store: Store, imports: list[list[int]], paid: int
) -> None:
    book = b"No. Faktur;Tanggal;Pelanggan;Jumlah\nF-1;01/09/2026;Toko A;100000\n"
    store.save_import(read_ledger(book, "buku.csv"), book, now=NOW)
    for k, amounts in enumerate(imports):
        lines = ["No. Faktur;Pelanggan;Tanggal Bayar;Jumlah Bayar"]
        lines += [f"F-1;Toko A;01/10/2026;{amount}" for amount in amounts]
        lines.append(f"X-{k};Toko Lain;01/10/2026;1")  # so no two files are the same bytes
        data = "\n".join(lines).encode()
        outcome = store.save_import(read_ledger(data, f"pembayaran_{k}.csv"), data, now=NOW)
        assert outcome.status == "new"
    assert store.ledger().invoices[0].paid == paid


def test_an_empty_store(store: Store) -> None:
    assert store.ledger().invoices == [] and store.problems() == [] and store.ignored() == []
    payload = store.summary_payload(AS_OF)
    assert (payload["invoices"], payload["outstanding"], payload["files"]) == (0, 0, [])


CUSTOMERS = ["Toko A", "toko  a", "CV Maju", "UD Sentosa", "Bu Rina"]


invoice_rows = st.lists(
    st.tuples(
        st.booleans(),  # has a number
        st.sampled_from(CUSTOMERS),
        st.integers(0, 360),  # invoice day in 2026
        st.integers(1_000, 9_999_999),  # (a figure of sen alone, "1,25", is no rupiah)
        st.sampled_from([0, 25, 50, 99]),  # sen
        st.sampled_from(["none", "part", "all"]),
        st.sampled_from(["", "0", "14", "30 hari", "60"]),
    ),
    min_size=1,
    max_size=6,
)


def _csv_amount(rupiah: int, sen: int) -> str:
    return f"{rupiah},{sen:02d}" if sen else str(rupiah)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    files=st.lists(invoice_rows, min_size=1, max_size=3),
    payments=st.lists(
        st.tuples(st.integers(0, 20), st.sampled_from(CUSTOMERS), st.integers(1, 5_000_000)),
        max_size=4,
    ),
    as_of_day=st.integers(0, 420),
)
def test_saved_book_equals_files_book_for_random_ledgers(
    files: list[list[tuple[Any, ...]]], payments: list[tuple[int, str, int]], as_of_day: int
) -> None:
    start = date(2026, 1, 1)
    numbered = 0
    sources: list[tuple[str, bytes]] = []
    for k, rows in enumerate(files):
        lines = ["No. Faktur;Tanggal;Pelanggan;Jumlah;Dibayar;Tempo"]
        for has_number, customer, day, rupiah, sen, paid, terms in rows:
            number = f"F-{numbered}" if has_number else ""
            numbered += has_number
            amount = _csv_amount(rupiah, sen)
            paid_text = {"none": "", "part": str(rupiah // 2), "all": amount}[paid]
            when = (start + timedelta(days=day)).strftime("%d/%m/%Y")
            lines.append(f"{number};{when};{customer};{amount};{paid_text};{terms}")
        sources.append((f"buku_{k}.csv", "\n".join(lines).encode()))
    if payments:
        lines = ["No. Faktur;Pelanggan;Tanggal Bayar;Jumlah Bayar"]
        for i, (ref, customer, amount) in enumerate(payments):
            number = f"F-{ref}" if ref < numbered and i % 2 == 0 else ""
            lines.append(f"{number};{customer};01/06/2026;{amount}")
        sources.append(("pembayaran.csv", "\n".join(lines).encode()))
    as_of = start + timedelta(days=as_of_day)

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "t.sqlite3"
        kept: list[tuple[str, bytes]] = []
        with Store(db) as store:
            for name, data in sources:
                outcome = store.save_import(read_ledger(data, name), data, now=NOW)
                if outcome.status == "new":
                    kept.append((name, data))
            batch, expected = load_files(sources)
            assert summarize(store.ledger(), as_of) == summarize(expected, as_of)
            assert store.ledger().invoices == expected.invoices
            assert store.problems() == batch.problems
            revision = store.revision()
            for name, data in sources:
                assert store.save_import(read_ledger(data, name), data, now=NOW).status == (
                    "unchanged"
                )
            assert store.revision() == revision
        with Store(db) as store:
            assert summarize(store.ledger(), as_of) == summarize(expected, as_of)
            gone = store.imports()[-1]
            store.remove_import(gone.id)
            rest = [s for s in kept if s[0] != gone.file_name]
            assert summarize(store.ledger(), as_of) == summarize(load_files(rest)[1], as_of)


def test_saved_book_equals_the_files_and_survives_a_reopen(db_url: str) -> None:
    store = Store(db_url)
    assert status_of(store, SAMPLE) == "new"
    _, from_files = load_files([SAMPLE])
    assert summarize(store.ledger(), TODAY) == summarize(from_files, TODAY)
    revision = store.revision()
    assert status_of(store, SAMPLE) == "unchanged"
    assert store.revision() == revision
    store.close()
    again = Store(db_url)
    assert summarize(again.ledger(), TODAY) == summarize(from_files, TODAY)
