"""The reminder letter: a real one-page PDF whose total is the customer's outstanding."""

import time
from datetime import date, timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader

from core.aging import customer_balances
from core.latefee import LateFeePolicy
from core.ledger import Invoice, Source, build_ledger, customer_key
from core.letters import reminder_letter_pdf
from core.money import format_rupiah
from core.pdftext import shorten
from core.statement import BusinessInfo

TODAY = date(2026, 11, 23)


def ledger_of(count: int, name: str = "CV Sinar Abadi"):  # type: ignore[no-untyped-def]
    invoices = [
        Invoice(
            f"SR/2608/{n:04d}",
            name,
            TODAY - timedelta(days=40 + n),
            TODAY - timedelta(days=10 + n),
            "column",
            1_250_000 + n * 1000,
            0,
            Source("f.xlsx", "S", n + 2),
        )
        for n in range(count)
    ]
    return build_ledger(invoices)


def text_of(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(BytesIO(pdf))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize("firm", [False, True])
def test_fifteen_invoices_fit_one_page_and_the_total_is_the_outstanding(firm: bool) -> None:
    ledger = ledger_of(15)
    key = customer_key("CV Sinar Abadi")
    pdf = reminder_letter_pdf(
        ledger,
        key,
        TODAY,
        firm=firm,
        business=BusinessInfo("Toko Maju"),
        policy=LateFeePolicy(kind="percent", grace_days=7),
    )
    pages, text = text_of(pdf)
    assert pages == 1
    [balance] = customer_balances(ledger, TODAY)
    assert format_rupiah(balance.outstanding) in text
    assert "CV Sinar Abadi" in text and "Toko Maju" in text
    assert ("SURAT PEMBERITAHUAN" in text) == firm
    assert ("denda" in text) == firm
    assert "23 Nov 2026" in text


def test_english_letter() -> None:
    pdf = reminder_letter_pdf(ledger_of(2), customer_key("CV Sinar Abadi"), TODAY, lang="en")
    assert "PAYMENT REMINDER" in text_of(pdf)[1]


@pytest.mark.parametrize("firm", [False, True])
@pytest.mark.parametrize("name", ["CV " + "Sinar Abadi " * 1400, "CV" + "x" * 16_000])
def test_a_very_long_name_is_shortened_and_the_letter_comes_at_once(firm: bool, name: str) -> None:
    ledger = ledger_of(3, name)
    started = time.perf_counter()
    pdf = reminder_letter_pdf(ledger, customer_key(name), TODAY, firm=firm)
    assert time.perf_counter() - started < 2
    pages, text = text_of(pdf)
    flat = "".join(text.split())
    assert pages == 1
    assert shorten(name).endswith("…") and "".join(shorten(name).split()) in flat
    assert "".join(name[:200].split()) not in flat


def test_a_firm_letter_demands_no_fee_the_owner_never_set() -> None:
    """The late fee is off until the owner sets it: the firm letter then names no denda."""
    pdf = reminder_letter_pdf(
        ledger_of(3), customer_key("CV Sinar Abadi"), TODAY, firm=True, business=BusinessInfo("X")
    )
    text = text_of(pdf)[1].lower()
    assert "surat pemberitahuan" in text
    assert "denda" not in text
