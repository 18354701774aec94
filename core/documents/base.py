"""One A4 document under everything Tagih prints: the page, its fonts and the parts they share.

``Document`` sets up the page (margins, the PDF's title, author, language and date, taken from
the document itself: core never reads the clock), an optional running head after page 1 and a
footer, and draws the parts every document is made of: the letterhead, the addressee, paragraphs
and headings, tables, the sign-off with room to sign, signing columns with the meterai box, and
the how-to-pay block with its QR (``core.payinfo``). A document module (``statement``,
``letters``, ``offer``, ``agreement``) only says what its document holds. Parts that must stay
on one page, the last terms with the signatures, are drawn with ``together``.

Every PDF uses the DejaVu Sans font shipped in ``core/fonts`` (Bitstream Vera licence,
``core/fonts/LICENSE-DejaVu.txt``), never a system path, so a letter looks the same on every
computer and keeps "é", "ß", "–" and the like. (Only a caller passing no fonts at all gets
fpdf2's built-in Helvetica, which knows Latin-1 alone.) A character the font cannot draw is
replaced (accents dropped, emoji left out, anything else shown as ``?``) instead of failing the
whole document.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Final

from fpdf import FPDF
from fpdf.fonts import FontFace, TTFFont

from core.dates import format_date
from core.i18n import Lang, t
from core.money import format_rupiah
from core.payinfo import PayBlock, payment_lines, qr_png
from core.pdftext import fit_line, shorten

FONT_DIR: Final = Path(__file__).resolve().parent.parent / "fonts"
# (regular, bold) pairs, first found wins: the font shipped with Tagih, the only one.
UNICODE_FONTS: Final[tuple[tuple[str, str], ...]] = (
    (str(FONT_DIR / "DejaVuSans.ttf"), str(FONT_DIR / "DejaVuSans-Bold.ttf")),
)
Fonts = Sequence[tuple[str, str]]

_FAMILY: Final = "body"
_GREY: Final = (90, 90, 90)
_TEAL: Final = (15, 118, 110)
_HEAD_FILL: Final = (235, 235, 235)
_TABLE_SIZE: Final = 8.5  # the largest size ``fitting_size`` tries, and the smallest
_MIN_TABLE_SIZE: Final = 6.0
_PADDING: Final = (0.8, 1.2)  # a table cell's (above and below, left and right)
_SIGNING_ROOM: Final = 16.0
_METERAI_W: Final = 36.0
_METERAI_H: Final = 24.0
METERAI_ROOM: Final = _METERAI_H + 8  # the signing room of the column with the meterai
_QR_SIZE: Final = 34.0  # mm, on paper: scans from a phone held at reading distance
_PAY_LINE: Final = 4.2
# Honorifics and business forms: a name starting with one is addressed as written.
_TITLED: Final = frozenset(
    (
        "pak", "bapak", "bpk", "bpk.", "bu", "ibu", "sdr", "sdr.", "sdri", "saudara", "saudari",
        "haji", "hj", "hj.", "dr", "dr.", "ir", "ir.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
        "toko", "tk", "tk.", "cv", "cv.", "pt", "pt.", "ud", "ud.", "warung", "kios",
        "koperasi", "kop.", "bengkel", "apotek", "yayasan", "depot",
    )
)  # fmt: skip
_SPACES: Final = re.compile(r"(?<=\S)  +")
_PUNCTUATION: Final = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-", "•": "-"}
)


@dataclass(frozen=True, slots=True)
class BusinessInfo:
    """Who sends the document (the shop the owner saved): printed at the top and signing it."""

    name: str = "Toko Anda"
    address: str = ""
    phone: str = ""


def printed(business: BusinessInfo) -> BusinessInfo:
    """``business`` as a document prints it: its name and phone shortened like a customer's."""
    return replace(business, name=shorten(business.name), phone=shorten(business.phone))


def is_titled(name: str) -> bool:
    """Whether ``name`` starts with an honorific or a business form ('Pak …', 'Toko …').

    >>> is_titled("Pak Joko"), is_titled("CV Bintang"), is_titled("Joko Susilo")
    (True, True, False)
    """
    words = name.split()
    return bool(words) and words[0].casefold() in _TITLED


def addressee(name: str, lang: Lang = "id") -> str:
    """The 'to' line: 'Bapak/Ibu' before a plain name, not before 'Pak …' or 'Toko …'.

    >>> addressee("Joko Susilo"), addressee("Pak Joko"), addressee("CV Bintang Timur")
    ('Kepada Yth. Bapak/Ibu Joko Susilo', 'Kepada Yth. Pak Joko', 'Kepada Yth. CV Bintang Timur')
    """
    return t("statement.to_titled" if is_titled(name) else "statement.to", lang, name=name)


# Fonts, and text made drawable in them.


def load_fonts(pdf: FPDF, fonts: Fonts) -> tuple[str, Callable[[str], str]]:
    """Register the first of ``fonts`` found (Tagih ships DejaVu, ``UNICODE_FONTS``); return
    its family and the text cleaner for it.

    ``FileNotFoundError`` when none is there: a document is never set in a font that cannot
    draw the owner's and the customers' names.
    """
    for regular, bold in fonts:
        if not Path(regular).is_file():
            continue
        pdf.add_font(_FAMILY, "", regular)
        pdf.add_font(_FAMILY, "B", bold if Path(bold).is_file() else regular)
        glyphs = _glyphs(pdf, _FAMILY) & _glyphs(pdf, _FAMILY + "B")
        return _FAMILY, _cleaner(_has_any(glyphs))
    raise FileNotFoundError(f"none of the fonts {[regular for regular, _ in fonts]} is there")


def _glyphs(pdf: FPDF, key: str) -> set[int]:
    font = pdf.fonts[key]
    return set(font.cmap) if isinstance(font, TTFFont) else set()


def _has_any(glyphs: set[int]) -> Callable[[str], bool]:
    return lambda ch: ord(ch) in glyphs


def _cleaner(has_glyph: Callable[[str], bool]) -> Callable[[str], str]:
    return lambda text: clean_text(text, has_glyph)


def clean_text(text: str, has_glyph: Callable[[str], bool]) -> str:
    """``text`` with every character a font cannot draw replaced or left out.

    Accents the font lacks are dropped, typographic quotes and dashes made plain, emoji,
    controls and invisible joiners left out, and anything else (a Chinese name in a Latin
    font) shown as ``?``. Line breaks are kept.

    >>> clean_text("Café “Ñam” 🙏 王", lambda ch: ord(ch) < 128)
    'Cafe "Nam" ?'
    """
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text.replace("\r\n", "\n")):
        if ch == "\n" or has_glyph(ch):
            out.append(ch)
        elif ch.isspace():
            out.append(" ")
        elif unicodedata.category(ch)[0] in "CM" or unicodedata.category(ch) in ("So", "Sk"):
            continue
        else:
            plain = unicodedata.normalize("NFKD", ch.translate(_PUNCTUATION))
            kept = "".join(c for c in plain if has_glyph(c) and not unicodedata.combining(c))
            out.append(kept or "?")
    return _SPACES.sub(" ", "".join(out))


# The page.


@dataclass(frozen=True, slots=True)
class Layout:
    """A document's margins (mm), the page-break margin at the bottom, a paragraph's line
    height per point of type (``leading``) and the height of one line of 10 pt text."""

    margin: float = 15.0
    bottom: float = 20.0
    leading: float = 0.5
    line: float = 5.0


STANDARD: Final = Layout()


@dataclass(frozen=True, slots=True)
class Cell:
    """A table cell that spans ``span`` columns or is set in bold (a total row)."""

    text: str
    span: int = 1
    bold: bool = False


Row = Sequence[str | Cell]


def bold_row(texts: Sequence[str]) -> list[str | Cell]:
    """A row of bold cells, each one column wide."""
    return [Cell(text, bold=True) for text in texts]


class Document(FPDF):
    """An A4 page in Tagih's fonts, about one customer (``name``), from ``business``.

    ``title`` is the document's title (in the PDF's metadata, the letterhead, the running
    head); ``dated`` the day it speaks of, which dates the file. With ``running_head`` pages
    after the first start with the business, the title and the customer; ``footer_text``,
    when given, is printed at the foot of every page, ``footer_share`` of the width, with the
    page number on the right.
    """

    def __init__(
        self,
        *,
        title: str,
        name: str,
        business: BusinessInfo,
        lang: Lang,
        dated: date,
        fonts: Fonts,
        layout: Layout = STANDARD,
        running_head: bool = False,
        footer_text: str | None = None,
        footer_share: float = 0.5,
    ) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.title_text, self.language, self.layout = title, lang, layout
        self.name, self.business = shorten(name), printed(business)
        self.running_head, self.footer_text, self.footer_share = (
            running_head,
            footer_text,
            footer_share,
        )
        self.set_margins(layout.margin, layout.margin, layout.margin)
        self.set_auto_page_break(auto=True, margin=layout.bottom)
        self.family_name, self.clean = load_fonts(self, fonts)
        self.set_title(self.clean(f"{title} - {self.name}"))
        self.set_author(self.clean(self.business.name))
        self.set_creator("Tagih")
        self.set_lang(lang)
        self.set_creation_date(datetime(*dated.timetuple()[:3], tzinfo=UTC))

    # Text.

    def write_font(self, size: float, *, bold: bool = False) -> None:
        self.set_font(self.family_name, "B" if bold else "", size)

    def day(self, value: date | None) -> str:
        """A date as the document's language writes it ('22 Nov 2026'); '-' for none."""
        return format_date(value, lang=self.language) if value is not None else "-"

    def fit(self, text: str, width: float) -> str:
        """``text`` cleaned for the font, on one line, cut with '…' (or '...') to fit."""
        return fit_line(
            " ".join(self.clean(text).split()), width, self.get_string_width, self.clean("…")
        )

    def line_count(self, width: float, text: str) -> int:
        """How many lines ``text`` takes in the current font at ``width``."""
        lines = self.multi_cell(
            width, self.layout.line, self.clean(text), dry_run=True, output="LINES"
        )
        return len(lines) if isinstance(lines, list) else 1

    def paragraph(
        self, text: str, size: float = 10, *, bold: bool = False, align: str = "L"
    ) -> None:
        self.write_font(size, bold=bold)
        leading = size * self.layout.leading
        self.multi_cell(0, leading, self.clean(text), align=align, new_x="LMARGIN")

    def heading(self, text: str) -> None:
        """A section's heading, never alone at the foot of a page."""
        self.room_for(20)
        self.ln(1)
        self.paragraph(text, 11, bold=True)
        self.ln(1)

    # Pages.

    def room_for(self, height: float) -> None:
        """Start a new page unless ``height`` mm still fit on this one."""
        if self.will_page_break(height):
            self.add_page()

    def together(self, draw: Callable[[], None]) -> None:
        """Draw what must stay on one page: once aside to measure, and after a page break
        when it would not fit on this one (a page is all a document's close ever needs)."""
        with self.offset_rendering() as trial:
            draw()
        if trial.page_break_triggered:
            self.add_page()
        draw()

    def header(self) -> None:
        if not self.running_head or self.page_no() == 1:
            return
        self.write_font(8)
        self.set_text_color(*_GREY)
        parts = (self.business.name, self.title_text, self.name)
        line = " · ".join(part for part in parts if part.strip())
        self.cell(0, 5, self.fit(line, self.epw), new_x="LMARGIN", new_y="NEXT")
        self.ln(3)
        self.set_text_color(0)

    def footer(self) -> None:
        if self.footer_text is None:
            return
        self.set_y(-self.layout.margin)
        self.write_font(8)
        self.set_text_color(*_GREY)
        left = self.epw * self.footer_share
        self.cell(left, 5, self.fit(self.footer_text, left))
        page = t("statement.page", self.language, page=self.page_no(), pages="{nb}")
        self.cell(self.epw - left, 5, self.clean(page), align="R")
        self.set_text_color(0)

    # The top: who writes, to whom.

    def letterhead(self, *, gap: float = 4) -> None:
        """The business name, address and phone above a rule (nothing when all are blank),
        then the document's title."""
        business = self.business
        if business.name.strip():
            self.paragraph(business.name, 15, bold=True)
        details = [line for line in (business.address, business.phone) if line.strip()]
        if details:
            self.set_text_color(*_GREY)
            self.paragraph("\n".join(details), 9)
            self.set_text_color(0)
        if business.name.strip() or details:
            self.ln(2)
            self.set_draw_color(120)
            self.set_line_width(0.4)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(5)
        self.paragraph(self.title_text, 14, bold=True, align="C")
        if gap:
            self.ln(gap)

    def addressed(self, dated: str, share: float) -> None:
        """'Kepada Yth. …' on the left ``share`` of the width (wrapping when long), ``dated``
        on the right; the cursor ends under the addressee."""
        top, left = self.get_y(), self.epw * share
        self.write_font(10, bold=True)
        to = self.clean(addressee(self.name, self.language))
        self.multi_cell(left, self.layout.line, to, align="L", new_x="LMARGIN")
        below = self.get_y()
        self.set_xy(self.l_margin + left, top)
        self.write_font(10)
        self.cell(self.epw - left, self.layout.line, self.clean(dated), align="R")
        self.set_xy(self.l_margin, below)

    # Tables.

    def grid(
        self,
        headings: Sequence[str],
        rows: Sequence[Row],
        *,
        size: float,
        shares: Sequence[float] | None = None,
        align: str | Sequence[str] = "LEFT",
        padding: tuple[float, float] = _PADDING,
        leading: float = 0.45,
        gap: float = 3,
    ) -> None:
        """A table the width of the page: bold headings on grey, repeated on every new page,
        then ``rows`` (a ``Cell`` spans columns or is bold), then ``gap`` mm."""
        self.write_font(size)
        bold = FontFace(emphasis="BOLD", size_pt=size)
        with self.table(
            col_widths=tuple(shares) if shares is not None else None,
            text_align=align if isinstance(align, str) else tuple(align),
            headings_style=FontFace(emphasis="BOLD", size_pt=size, fill_color=_HEAD_FILL),
            line_height=size * leading,
            padding=padding,
            repeat_headings=1,
            width=self.epw,
        ) as table:
            table.row([self.clean(text) for text in headings])
            for cells in rows:
                row = table.row()
                for cell in cells:
                    if isinstance(cell, Cell):
                        style = bold if cell.bold else None
                        row.cell(self.clean(cell.text), colspan=cell.span, style=style)
                    else:
                        row.cell(self.clean(cell))
        self.ln(gap)

    def fitting_size(
        self,
        headings: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        first: int = 1,
    ) -> float:
        """The largest table font size (8.5 pt down to 6 pt) at which no date or amount wraps.

        Headings may wrap between words but not inside one; the last row is the bold total
        row. Columns before ``first`` (an invoice number) may wrap, so they are not measured.
        """
        longest_words = [max(self.clean(text).split() or [""], key=len) for text in headings]
        measured = [(longest_words, True), *((row, False) for row in rows[:-1]), (rows[-1], True)]
        scale = 1.0
        for texts, bold in measured:
            self.write_font(_TABLE_SIZE, bold=bold)
            for column in range(first, len(widths)):
                room = widths[column] - 2 * _PADDING[1] - 0.5
                needed = self.get_string_width(self.clean(texts[column]))
                if needed > room:
                    scale = min(scale, room / needed)
        return max(_MIN_TABLE_SIZE, round(_TABLE_SIZE * scale, 1))

    # The close: signatures.

    def sign_off(self, closing: str) -> None:
        """The closing sentence, 'Hormat kami,', room to sign and the business name on the
        right, all on one page."""
        self.together(lambda: self._sign_off(closing))

    def _sign_off(self, closing: str) -> None:
        width, line = self.epw * 0.4, self.layout.line
        self.paragraph(closing, 10)
        self.ln(6)
        x = self.l_margin + self.epw - width
        self.write_font(10)
        self.set_x(x)
        regards = self.clean(t("statement.regards", self.language))
        self.cell(width, line, regards, align="C", new_x="LEFT", new_y="NEXT")
        self.ln(_SIGNING_ROOM)
        self.set_draw_color(0)
        self.set_line_width(0.2)
        self.line(x + 5, self.get_y(), x + width - 5, self.get_y())
        self.ln(1)
        name = self.clean(self.business.name.strip())
        if name:
            self.set_x(x)
            self.write_font(10, bold=True)
            self.multi_cell(width, line, name, align="C")

    def signing_row(
        self,
        roles: Sequence[str],
        names: Sequence[str],
        room: float,
        meterai_column: int | None = None,
    ) -> float:
        """Signing columns across the page: the role, ``room`` to sign (with the meterai box
        in ``meterai_column``), a line, the name in bold. Returns the y under the lowest name."""
        half = self.epw / 2
        top = self.get_y()
        bottom = top
        for column, (role, name) in enumerate(zip(roles, names, strict=True)):
            x = self.l_margin + column * half
            self.set_xy(x, top)
            self.write_font(10)
            self.cell(half, self.layout.line, self.clean(role), align="C", new_x="LEFT",
                      new_y="NEXT")  # fmt: skip
            below_role = self.get_y()
            if column == meterai_column:
                self._meterai_box(x + 12, below_role + 3)
            self.set_xy(x, below_role + room)
            self.set_draw_color(0)
            self.set_line_width(0.2)
            self.line(x + 10, self.get_y(), x + half - 10, self.get_y())
            self.set_xy(x + 5, self.get_y() + 1)
            self.write_font(10, bold=True)
            self.multi_cell(half - 10, self.layout.line, self.clean(name), align="C")
            bottom = max(bottom, self.get_y())
        return bottom

    def _meterai_box(self, x: float, y: float) -> None:
        """A dashed box where the Rp 10.000 meterai is stuck, signed across by the customer."""
        self.set_draw_color(*_GREY)
        self.set_line_width(0.2)
        self.set_dash_pattern(dash=1.2, gap=1)
        self.rect(x, y, _METERAI_W, _METERAI_H)
        self.set_dash_pattern()
        self.set_text_color(*_GREY)
        self.write_font(7)
        label = self.clean(t("agreement.pdf.meterai", self.language))
        self.set_xy(x, y + _METERAI_H / 2 - 3.5)
        self.multi_cell(_METERAI_W, 3.5, label, align="C")
        self.set_text_color(0)
        self.set_draw_color(0)

    # The end: how to pay.

    def pay(self, block: PayBlock | None, lead: str = "") -> None:
        """The "Cara pembayaran" box at the end: the sentences on the left (after ``lead``,
        which says what the amount is for when the document asks several) and, when the
        amount can be paid by QRIS, the QR with the amount filled in on the right. Kept on
        one page; nothing without a block."""
        if block is None:
            return
        lang = self.language
        payload = block.qr_payload()
        room = _QR_SIZE + 6 if payload else 0.0
        text_width = self.epw - room - 6
        body = "\n".join([*([lead] if lead else []), *payment_lines(block, lang, on_paper=True)])
        self.write_font(9)
        lines = self.multi_cell(
            text_width, _PAY_LINE, self.clean(body), dry_run=True, output="LINES"
        )
        count = len(lines) if isinstance(lines, list) else 1
        height = max(count * _PAY_LINE + 12, _QR_SIZE + 12 if payload else 0)
        self.room_for(height + 6)
        self.ln(5)
        top, left = self.get_y(), self.l_margin
        self.set_draw_color(*_TEAL)
        self.set_line_width(0.3)
        self.rect(left, top, self.epw, height)
        self.set_xy(left + 3, top + 2.5)
        self.write_font(10.5, bold=True)
        self.cell(text_width, 5.5, self.clean(t("pay.title", lang)), new_x="LEFT", new_y="NEXT")
        self.write_font(9)
        self.multi_cell(text_width, _PAY_LINE, self.clean(body), align="L", new_x="LEFT")
        if payload:
            x = left + self.epw - _QR_SIZE - 3
            self.image(io.BytesIO(qr_png(payload)), x=x, y=top + 3, w=_QR_SIZE, h=_QR_SIZE)
            self.set_xy(x - 2, top + 3 + _QR_SIZE)
            self.write_font(8, bold=True)
            label = self.clean(f"QRIS {format_rupiah(block.exact)}")
            self.cell(_QR_SIZE + 4, 4, label, align="C")
        self.set_xy(left, top + height)
        self.set_draw_color(0)

    def pdf_bytes(self) -> bytes:
        """The finished document."""
        return bytes(self.output())
