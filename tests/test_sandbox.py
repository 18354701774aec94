"""Reading in a child process: the same result as in this one, and a child that dies or runs
out of memory is a refusal, not the end of the server."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from core.ingest import LedgerReadError, read_ledger
from core.report import file_headers
from core.sandbox import headers_in_child, read_in_child
from tests.helpers import write_xlsx

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
KARTU = ROOT / "tests" / "fixtures" / "shapes" / "kartu_sheet_per_customer_title_lines.xlsx"


@pytest.mark.parametrize("path", [SAMPLE, KARTU], ids=["sample", "kartu"])
def test_a_file_read_in_a_child_is_the_file_read_here(path: Path) -> None:
    data = path.read_bytes()
    here = read_ledger(data, path.name, default_term=30)
    there = read_in_child(data, path.name, default_term=30)
    assert (there.invoices, there.payments, there.problems) == (
        here.invoices,
        here.payments,
        here.problems,
    )
    assert [(s.name, s.shape, s.checks) for s in there.sheets] == [
        (s.name, s.shape, s.checks) for s in here.sheets
    ]


def test_a_file_that_cannot_be_read_is_refused_as_here() -> None:
    with pytest.raises(LedgerReadError) as caught:
        read_in_child(b"%PDF-1.4 not a ledger", "nota.pdf", default_term=30)
    assert caught.value.code == "pdf"
    assert "nota.pdf" in caught.value.message("id")


@pytest.mark.skipif(os.name != "posix", reason="the memory cap needs POSIX rlimits")
def test_a_child_out_of_memory_is_a_refusal_and_this_process_goes_on() -> None:
    """With too little memory for the reader at all, the child dies; the caller gets the
    one-line refusal."""
    with pytest.raises(LedgerReadError) as caught:
        read_in_child(SAMPLE.read_bytes(), SAMPLE.name, default_term=30, memory_cap=30_000_000)
    assert caught.value.code == "too_big"


def test_a_refusal_in_a_child_keeps_its_reason_in_each_language(tmp_path: Path) -> None:
    """Round 72 b17: the English page showed the reason of a refusal read in the child in
    Indonesian (only its Indonesian detail crossed); and the headings the owner chooses from
    are read in the child too, never in the server."""
    path = write_xlsx(
        tmp_path / "salesman.xlsx",
        {
            "Tagihan": [
                ["Tanggal", "No Faktur", "Salesman", "Toko Tujuan", "Nilai", "Dibayar"],
                [date(2026, 10, 2), "S-01", "Andi", "Toko Subur", 1_000_000, 0],
                [date(2026, 10, 18), "S-02", "Andi", "Toko Rejeki", 2_000_000, 500_000],
                [date(2026, 11, 8), "S-03", "Budi", "Toko Subur", 800_000, 0],
            ]
        },
    )
    data = path.read_bytes()
    with pytest.raises(LedgerReadError) as here:
        read_ledger(data, path.name, default_term=30)
    with pytest.raises(LedgerReadError) as there:
        read_in_child(data, path.name, default_term=30)
    assert there.value.code == here.value.code == "shape_unsure"
    for lang in ("id", "en"):
        assert there.value.message(lang) == here.value.message(lang)
    assert "If those are the customers" in there.value.message("en")
    labels, guessed = headers_in_child(data, path.name)
    assert (labels, guessed) == file_headers(data, path.name)
    assert "Toko Tujuan" in labels
    assert guessed["invoice_no"] == "No Faktur" and "customer" not in guessed
