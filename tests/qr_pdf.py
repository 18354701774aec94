"""The QR codes printed in a PDF, read back: each embedded picture decoded with zxing-cpp."""

from __future__ import annotations

import io

from pypdf import PdfReader

from core.qris import QrisError, decode_image


def qr_texts(pdf: bytes) -> list[str]:
    """The text of every QR code pictured in ``pdf``, page by page."""
    found: list[str] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for picture in page.images:
            out = io.BytesIO()
            picture.image.save(out, format="PNG")  # type: ignore[union-attr]
            try:
                found.append(decode_image(out.getvalue()))
            except QrisError:
                continue
    return found


def pdf_text(pdf: bytes) -> str:
    """The PDF's text, its spaces and line breaks each made one space."""
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())
