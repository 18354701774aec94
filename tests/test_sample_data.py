"""The demo ledger that opens on first start reads exactly as its generator says it should."""

import json
from datetime import date
from pathlib import Path

from core.report import summarize_files

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data"


def test_sample_ledger_figures_match_the_generator() -> None:
    expected = json.loads((SAMPLE / "expected_sample.json").read_text(encoding="utf-8"))
    ledger = SAMPLE / "buku_piutang_toko_sumber_rejeki.xlsx"
    batch, payload = summarize_files([ledger], date.fromisoformat(expected["today"]))
    assert not batch.errors
    for key in (
        "invoices",
        "open_invoices",
        "customers_with_balance",
        "outstanding",
        "overdue",
        "aging",
    ):
        assert payload[key] == expected[key], key
    assert sorted((p["sheet"], p["row"]) for p in payload["problems"]) == sorted(
        (bad["sheet"], bad["row"]) for bad in expected["bad_rows"]
    )
    assert {s["sheet"] for s in payload["ignored_sheets"]} == {"Catatan", "Rekap"}
