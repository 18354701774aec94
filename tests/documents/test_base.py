"""The A4 document base: every document has the letterhead, the pay block and embedded fonts;
the close (the last terms and the signatures) is never split from what it closes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from core.documents.base import UNICODE_FONTS, Cell, Document, bold_row
from core.pdftext import shorten
from tests.documents.kinds import KINDS, SHOP, TODAY, check_document, page_texts
from tests.qr_pdf import qr_texts


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_document_has_the_letterhead_the_pay_block_the_font_and_a_whole_close(
    kind: str,
) -> None:
    for count in (1, 17, 45):
        check_document(kind, count)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_without_a_way_to_pay_no_document_has_a_pay_block(kind: str) -> None:
    pdf = KINDS[kind](3, None)
    assert not any("Cara pembayaran" in page for page in page_texts(pdf)), kind
    assert qr_texts(pdf) == [], kind


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


def test_without_the_shipped_font_no_document_is_made() -> None:
    """No fall-back to a PDF core font (Helvetica), which cannot draw "ß" or "–"."""
    with pytest.raises(FileNotFoundError):
        _document(fonts=())
