"""The A4 document base: every document has the letterhead, the pay block and embedded fonts;
the close (the last terms and the signatures) is never split from what it closes."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from core.agreements import build_agreement
from core.discount import Figures, Floors, largest_discount, lines_of, make_offer
from core.documents.agreement import agreement_pdf
from core.documents.base import UNICODE_FONTS, BusinessInfo, Cell, Document, bold_row
from core.documents.letters import reminder_letter_pdf, somasi_pdf
from core.documents.offer import offer_pdf
from core.documents.statement import statement_pdf
from core.latefee import LateFeePolicy
from core.ledger import Invoice, Ledger, Source, build_ledger, customer_key
from core.payinfo import asker, make_details
from core.pdftext import shorten
from core.statement import statement_rows
from tests.qr_pdf import qr_texts

TODAY = date(2026, 11, 23)
NAME = "CV Sinar Abadi"
SHOP = BusinessInfo("Toko Maju Jaya", "Jl. Pasar Baru 5, Semarang", "0812-1111-2222")


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text, its spaces and line breaks each made one space."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def ledger_of(count: int) -> Ledger:
    invoices = [
        Invoice(f"F-{n}", NAME, TODAY - timedelta(days=90 - n), TODAY - timedelta(days=60 - n),
                "column", 150_000 + 1_000 * n, 0, Source("f.xlsx", "S", n + 2))
        for n in range(count)
    ]  # fmt: skip
    return build_ledger(invoices)


def documents(count: int, payment: bool = True) -> dict[str, bytes]:
    """Every kind of document Tagih prints, for one customer owing ``count`` invoices."""
    ledger, key = ledger_of(count), customer_key(NAME)
    ask = asker(make_details([("BCA", "1234567890", "Budi")], [], _qris())) if payment else None
    policy = LateFeePolicy(kind="fixed", fixed=75_000, grace_days=0)
    result = largest_discount(Figures(2_000_000, 0, 1_500_000), Floors(100_000), 1000)
    offer = make_offer(NAME, result, made_on=TODAY, valid_until=TODAY + timedelta(days=7))
    agreement = build_agreement(
        ledger, NAME, created=TODAY, instalments=count, first=TODAY, down_payment=100_000
    )
    week = TODAY + timedelta(days=7)
    return {
        "statement": statement_pdf(statement_rows(ledger, key, TODAY), business=SHOP, payment=ask),
        "reminder": reminder_letter_pdf(ledger, key, TODAY, business=SHOP, payment=ask),
        "firm": reminder_letter_pdf(
            ledger, key, TODAY, firm=True, business=SHOP, policy=policy, payment=ask
        ),
        "somasi": somasi_pdf(
            ledger, key, TODAY, number=1, deadline=week, business=SHOP, payment=ask
        ),
        "offer": offer_pdf(offer, NAME, lines_of(ledger.invoices), business=SHOP, payment=ask),
        "agreement": agreement_pdf(agreement, business=SHOP, payment=ask),
    }


def _qris() -> str:
    path = Path(__file__).resolve().parent / "fixtures/qris/static_samples.json"
    samples = json.loads(path.read_text("utf-8"))
    return str(next(s["payload"] for s in samples["static"] if "Sugeng" in s["merchant"]))


@pytest.mark.parametrize("count", [1, 12, 40])
def test_every_document_opens_with_the_letterhead_and_ends_with_how_to_pay(count: int) -> None:
    for kind, pdf in documents(count).items():
        pages = page_texts(pdf)
        for part in (SHOP.name, SHOP.address, SHOP.phone):
            assert part in pages[0], (kind, part)
        assert "Cara pembayaran" in pages[-1], kind
        assert all("Cara pembayaran" not in page for page in pages[:-1]), kind
        assert len(qr_texts(pdf)) == 1, kind


def test_without_a_way_to_pay_no_document_has_a_pay_block() -> None:
    for kind, pdf in documents(3, payment=False).items():
        assert not any("Cara pembayaran" in page for page in page_texts(pdf)), kind
        assert qr_texts(pdf) == [], kind


def test_every_document_embeds_the_shipped_font_and_nothing_else() -> None:
    for kind, pdf in documents(5).items():
        for page in PdfReader(io.BytesIO(pdf)).pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                assert "DejaVuSans" in str(font["/BaseFont"]), kind
                [descendant] = font["/DescendantFonts"]
                assert "/FontFile2" in descendant.get_object()["/FontDescriptor"], kind


# What each document says just before it is signed.
CLOSINGS = {
    "statement": "Mohon kiranya",
    "reminder": "paling lambat",
    "firm": "paling lambat",
    "somasi": "Demikian somasi",
    "offer": "Bila ada pertanyaan",
    "agreement": "Bila cicilan terlambat",
}


@pytest.mark.parametrize("count", range(1, 61, 6))
def test_signatures_are_never_alone_on_a_page(count: int) -> None:
    """Whatever the length, the page that is signed also holds what is signed: the closing
    sentence, or the agreement's last clause (on missed instalments)."""
    for kind, pdf in documents(count, payment=False).items():
        pages = page_texts(pdf)
        signed = [page for page in pages if "Hormat kami" in page or "Meterai" in page]
        assert len(signed) == 1, kind
        assert CLOSINGS[kind] in signed[0], (kind, len(pages))


def _document(fonts: tuple[tuple[str, str], ...] = UNICODE_FONTS) -> Document:
    doc = Document(
        title="SURAT", name="Bu Renée", business=SHOP, lang="id", dated=TODAY, fonts=fonts
    )
    doc.add_page()
    return doc


@pytest.mark.parametrize("fill", range(0, 260, 7))
def test_the_sign_off_keeps_the_closing_with_the_signature_wherever_the_page_ends(
    fill: int,
) -> None:
    doc = _document()
    doc.set_y(doc.t_margin + fill)
    doc.sign_off("Kalimat penutup yang cukup panjang. " * 4)
    pages = page_texts(doc.pdf_bytes())
    signed = next(page for page in pages if "Hormat kami" in page)
    assert "Kalimat penutup" in signed and SHOP.name in signed
    assert all("Kalimat penutup" not in page for page in pages if page is not signed)


def test_together_moves_only_what_does_not_fit() -> None:
    doc = _document()
    block: Callable[[], None] = lambda: doc.paragraph("satu\ndua\ntiga")  # noqa: E731
    doc.together(block)
    assert doc.page_no() == 1
    doc.set_y(doc.h - doc.b_margin - 4)
    doc.together(block)
    assert doc.page_no() == 2
    assert "satu dua tiga" in page_texts(doc.pdf_bytes())[1]


def test_a_table_spans_and_bolds_its_cells_and_repeats_its_heading_on_every_page() -> None:
    doc = _document()
    rows: list[list[str | Cell]] = [[f"F-{n}", "Rp 1.000"] for n in range(120)]
    rows.append([Cell("Total", bold=True), *bold_row(["Rp 120.000"])])
    rows.append([Cell("dua kolom", span=2)])
    doc.grid(["No. Faktur", "Sisa"], rows, size=9, shares=(0.5, 0.5), align=("LEFT", "RIGHT"))
    pages = page_texts(doc.pdf_bytes())
    assert len(pages) > 1
    assert all(page.count("No. Faktur") == 1 for page in pages)
    assert "Total Rp 120.000" in pages[-1] and "dua kolom" in pages[-1]


def test_the_footer_and_running_head_name_the_customer_and_count_the_pages() -> None:
    doc = Document(
        title="SURAT", name="Bu  Renée\n Strauß", business=SHOP, lang="id", dated=TODAY,
        fonts=UNICODE_FONTS, running_head=True, footer_text="Bu Renée Strauß · kaki",
    )  # fmt: skip
    doc.add_page()
    doc.add_page()
    first, second = page_texts(doc.pdf_bytes())
    assert "Halaman 1 dari 2" in first and "Halaman 2 dari 2" in second
    assert "Bu Renée Strauß · kaki" in first
    assert "SURAT" not in first  # the running head starts on page 2
    assert f"{SHOP.name} · SURAT · {shorten('Bu  Renée Strauß')}" in second


def test_without_the_shipped_font_text_is_made_drawable_in_helvetica() -> None:
    doc = _document(fonts=())
    doc.paragraph("Café “Ñam” 🙏 王 – Weiß")
    assert doc.family_name == "helvetica"
    [text] = page_texts(doc.pdf_bytes())
    assert 'Café "Ñam" ? - Weiß' in text
