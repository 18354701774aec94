"""Every kind of document Tagih prints, made for one customer owing a number of invoices, and
what every one of them must show (the base's promises), for the tests in tests/documents."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader

from core.agreements import build_agreement
from core.discount import Figures, Floors, largest_discount, lines_of, make_offer
from core.documents.agreement import agreement_pdf
from core.documents.base import BusinessInfo
from core.documents.letters import reminder_letter_pdf, somasi_pdf
from core.documents.offer import offer_pdf
from core.documents.statement import statement_pdf
from core.latefee import LateFeePolicy
from core.ledger import Ledger, build_ledger, customer_key
from core.payinfo import PaymentAsk, asker, make_details
from core.statement import statement_rows
from tests.factories import invoice
from tests.qr_pdf import qr_texts

TODAY = date(2026, 11, 23)
NAME = "CV Sinar Abadi"
KEY = customer_key(NAME)
SHOP = BusinessInfo("Toko Maju Jaya", "Jl. Pasar Baru 5, Semarang", "0812-1111-2222")
POLICY = LateFeePolicy(kind="fixed", fixed=75_000, grace_days=0)
_SAMPLES = Path(__file__).resolve().parent.parent / "fixtures/qris/static_samples.json"
QRIS = next(
    s["payload"]
    for s in json.loads(_SAMPLES.read_text("utf-8"))["static"]
    if s["merchant"] == "Warung Sayur Bu Sugeng"
)
ASK = asker(make_details([("BCA", "1234567890", "Budi")], [], QRIS))


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text, its spaces and line breaks each made one space."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def ledger_of(count: int) -> Ledger:
    """One customer owing ``count`` invoices, all past due."""
    invoices = [
        invoice(n, NAME, 60_000 + 500 * n, late=60 - n, numbering="F-{}") for n in range(count)
    ]
    return build_ledger(invoices)


def statement(count: int, ask: PaymentAsk | None) -> bytes:
    return statement_pdf(statement_rows(ledger_of(count), KEY, TODAY), business=SHOP, payment=ask)


def reminder(count: int, ask: PaymentAsk | None) -> bytes:
    return reminder_letter_pdf(ledger_of(count), KEY, TODAY, business=SHOP, payment=ask)


def firm(count: int, ask: PaymentAsk | None) -> bytes:
    return reminder_letter_pdf(
        ledger_of(count), KEY, TODAY, firm=True, business=SHOP, policy=POLICY, payment=ask
    )


def somasi(count: int, ask: PaymentAsk | None) -> bytes:
    return somasi_pdf(
        ledger_of(count), KEY, TODAY, number=1, deadline=TODAY + timedelta(days=7),
        business=SHOP, policy=POLICY, payment=ask,
    )  # fmt: skip


def offer(count: int, ask: PaymentAsk | None) -> bytes:
    ledger = ledger_of(count)
    result = largest_discount(Figures(2_000_000, 0, 1_500_000), Floors(100_000), 1000)
    made = make_offer(NAME, result, made_on=TODAY, valid_until=TODAY + timedelta(days=7))
    return offer_pdf(made, NAME, lines_of(ledger.invoices), business=SHOP, payment=ask)


def agreement(count: int, ask: PaymentAsk | None) -> bytes:
    made = build_agreement(
        ledger_of(count), NAME, created=TODAY, instalments=count, first=TODAY,
        down_payment=20_000, witnesses=["Ani", "Budi", "Cici"],
    )  # fmt: skip
    return agreement_pdf(made, business=SHOP, payment=ask)


Make = Callable[[int, PaymentAsk | None], bytes]
KINDS: dict[str, Make] = {
    "statement": statement,
    "reminder": reminder,
    "firm": firm,
    "somasi": somasi,
    "offer": offer,
    "agreement": agreement,
}
# What each document says just before it is signed.
CLOSINGS = {
    "statement": "Mohon kiranya",
    "reminder": "paling lambat",
    "firm": "paling lambat",
    "somasi": "Demikian somasi",
    "offer": "Bila ada pertanyaan",
    "agreement": "Bila cicilan terlambat",
}


def check_document(kind: str, count: int) -> list[str]:
    """Check what every document shows, made for ``count`` invoices; its pages' text.

    The letterhead on page 1; how to pay (with one QR) at the very end and nowhere else; the
    shipped font embedded and no other; the signatures on one page, with what they sign."""
    pdf = KINDS[kind](count, ASK)
    pages = page_texts(pdf)
    for part in (SHOP.name, SHOP.address, SHOP.phone):
        assert part in pages[0], (kind, part)
    assert "Cara pembayaran" in pages[-1], kind
    assert all("Cara pembayaran" not in page for page in pages[:-1]), kind
    assert len(qr_texts(pdf)) == 1, kind
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "DejaVuSans" in str(font["/BaseFont"]), kind
            [descendant] = font["/DescendantFonts"]
            assert "/FontFile2" in descendant.get_object()["/FontDescriptor"], kind
    signed = [page for page in pages if "Hormat kami" in page or "Meterai" in page]
    assert len(signed) == 1, kind
    assert CLOSINGS[kind] in signed[0], (kind, count, len(pages))
    return pages
