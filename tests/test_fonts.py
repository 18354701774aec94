"""Every PDF uses the font shipped with Tagih: a letter keeps "–", "é" and "ß" on a computer
with no system fonts at all, and no PDF code names a system font path."""

from __future__ import annotations

import builtins
import os
import pathlib
import re
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from core.ledger import customer_key
from core.letters import reminder_letter_pdf
from core.statement import FONT_DIR, UNICODE_FONTS, BusinessInfo, letter_pdf, statement_rows
from tests.factories import book, invoice

TODAY = date(2026, 11, 23)
NAME = "Bu Renée Strauß"
SYSTEM_FONTS = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "C:/Windows/Fonts",
    "/System/Library/Fonts",
    "/Library/Fonts",
    os.path.expanduser("~/.fonts"),
)
ROOT = Path(__file__).resolve().parent.parent


def _system(path: Any) -> bool:
    text = os.fspath(path) if isinstance(path, (str, os.PathLike)) else ""
    return isinstance(text, str) and text.startswith(SYSTEM_FONTS)


@pytest.fixture
def no_system_fonts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A machine without system fonts: every look at a system font folder finds nothing, and
    each try is recorded."""
    tried: list[str] = []
    real_open, real_is_file, real_exists = builtins.open, pathlib.Path.is_file, os.path.exists

    def guard_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if _system(file):
            tried.append(str(file))
            raise FileNotFoundError(file)
        return real_open(file, *args, **kwargs)

    def is_file(self: pathlib.Path) -> bool:
        if _system(self):
            tried.append(str(self))
            return False
        return real_is_file(self)

    def exists(path: Any) -> bool:
        if _system(path):
            tried.append(str(path))
            return False
        return real_exists(path)

    monkeypatch.setattr(builtins, "open", guard_open)
    monkeypatch.setattr(pathlib.Path, "is_file", is_file)
    monkeypatch.setattr(os.path, "exists", exists)
    return tried


def _ledger() -> Any:
    return book(invoice("INV-1", NAME, 1_250_000, due=TODAY - timedelta(days=10)))


def _text_and_fonts(pdf: bytes) -> tuple[str, set[str]]:
    reader = PdfReader(BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    fonts: set[str] = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    return text, fonts


def test_a_letter_keeps_its_glyphs_without_system_fonts(no_system_fonts: list[str]) -> None:
    ledger = _ledger()
    statement = statement_rows(ledger, customer_key(NAME), TODAY)
    pdf = letter_pdf(
        statement,
        business=BusinessInfo("Toko Weiß", "Jl. Café No. 5", "021-5551234"),
        lang="id",
        title_key="letter.title.reminder",
        intro="Rp 1.250.000 – jatuh tempo 13 Nov 2026",
        closing="Mohon dibayar — terima kasih.",
    )
    text, fonts = _text_and_fonts(pdf)
    for wanted in ("Rp 1.250.000 – jatuh tempo", NAME, "Toko Weiß", "Café", "—"):
        assert wanted in text, wanted
    assert fonts and all("DejaVuSans" in f for f in fonts), fonts  # embedded, not Helvetica
    assert no_system_fonts == []  # not even looked for


def test_the_reminder_letter_embeds_the_shipped_font(no_system_fonts: list[str]) -> None:
    pdf = reminder_letter_pdf(_ledger(), customer_key(NAME), TODAY, business=BusinessInfo("Weiß"))
    text, fonts = _text_and_fonts(pdf)
    assert NAME in text and "Rp 1.250.000" in text
    assert fonts and all("DejaVuSans" in f for f in fonts), fonts
    assert no_system_fonts == []


def test_the_font_ships_with_its_licence_and_no_pdf_code_names_a_system_font() -> None:
    assert [Path(p).parent for pair in UNICODE_FONTS for p in pair] == [FONT_DIR, FONT_DIR]
    assert all(Path(p).is_file() for pair in UNICODE_FONTS for p in pair)
    assert "Bitstream Vera" in (FONT_DIR / "LICENSE-DejaVu.txt").read_text("utf-8")
    system = re.compile(r"/usr/share/fonts|Windows/Fonts|Library/Fonts", re.IGNORECASE)
    for path in sorted((ROOT / "core").rglob("*.py")):
        assert not system.search(path.read_text("utf-8")), path
