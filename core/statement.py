"""The statement of account (pernyataan piutang) for one customer: figures, PDF and Excel.

``statement_rows`` gathers one customer's invoices, payments, totals and aging on a date, with
the same rules as ``core.aging`` (its totals equal ``customer_balances`` for that customer).
``statement_pdf`` prints it as a polite one-page letter (more pages when the customer has many
open invoices, the table header repeated), ``statement_xlsx`` as a workbook.

Every PDF Tagih writes uses the DejaVu Sans font shipped in ``core/fonts`` (Bitstream Vera
licence, ``core/fonts/LICENSE-DejaVu.txt``), never a system path, so a letter looks the same on
every computer and keeps "é", "ß", "–" and the like. (Only a caller passing no fonts at all gets
fpdf2's built-in Helvetica, which knows Latin-1 alone.) A character the font cannot draw is
replaced (accents dropped, emoji left out, anything else shown as ``?``) instead of failing the
whole letter.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Final, Protocol

from fpdf import FPDF
from fpdf.fonts import FontFace, TTFFont

from core.aging import DEFAULT_EDGES, aging, days_late
from core.dates import format_date
from core.export import to_xlsx
from core.i18n import TEXTS, Lang, t
from core.ledger import CustomerKey, Invoice, Ledger, Payment, customer_key, invoice_key
from core.money import Amount, format_rupiah
from core.payinfo import PayBlock, PaymentAsk, draw_payment
from core.pdftext import fit_line, shorten

FONT_DIR: Final = Path(__file__).resolve().parent / "fonts"
# (regular, bold) pairs, first found wins: the font shipped with Tagih, the only one.
UNICODE_FONTS: Final[tuple[tuple[str, str], ...]] = (
    (str(FONT_DIR / "DejaVuSans.ttf"), str(FONT_DIR / "DejaVuSans-Bold.ttf")),
)

_FAMILY: Final = "body"
_CORE_FAMILY: Final = "helvetica"
_MARGIN: Final = 15.0
_TABLE_SIZE: Final = 8.5
_MIN_TABLE_SIZE: Final = 6.0
_PADDING: Final = 1.2  # left and right of a table cell
_V_PADDING: Final = 0.8  # above and below
_LINE: Final = 5.0
_AGING_ROW: Final = 5.4
_SIGNING_ROOM: Final = 16.0
# Share of the page width per column of the open-invoice table (they add up to 1).
_COLUMN_SHARES: Final = (0.15, 0.125, 0.125, 0.16, 0.16, 0.16, 0.12)
_GREY: Final = (90, 90, 90)
_HEAD_FILL: Final = (235, 235, 235)
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


class UnknownCustomerError(LookupError):
    """The ledger has no invoice for this customer."""


@dataclass(frozen=True, slots=True)
class BusinessInfo:
    """Who sends the statement: printed at the top and under the signature."""

    name: str = "Toko Anda"
    address: str = ""
    phone: str = ""


def printed(business: BusinessInfo) -> BusinessInfo:
    """``business`` as a letter prints it: its name and phone shortened like a customer's."""
    return replace(business, name=shorten(business.name), phone=shorten(business.phone))


@dataclass(frozen=True, slots=True)
class StatementLine:
    """One invoice on the statement. ``days_late`` is 0 unless it is open and past due."""

    number: str
    invoice_date: date | None
    due_date: date
    amount: Amount
    paid: Amount
    outstanding: Amount
    days_late: int

    @property
    def is_open(self) -> bool:
        return self.outstanding > 0

    @property
    def overdue(self) -> Amount:
        return self.outstanding if self.days_late > 0 else 0


@dataclass(frozen=True, slots=True)
class Totals:
    """Sums over statement lines; ``paid`` is what the ledger says was paid, overpaid included."""

    amount: Amount
    paid: Amount
    outstanding: Amount
    overdue: Amount

    @classmethod
    def of(cls, lines: Sequence[StatementLine]) -> Totals:
        return cls(
            amount=sum((line.amount for line in lines), 0),
            paid=sum((line.paid for line in lines), 0),
            outstanding=sum((line.outstanding for line in lines), 0),
            overdue=sum((line.overdue for line in lines), 0),
        )


@dataclass(frozen=True, slots=True)
class Statement:
    """One customer's account on ``as_of``: open invoices first (by due date), then paid ones.

    ``totals`` covers every invoice of the customer; its ``outstanding`` and ``overdue`` equal
    ``core.aging.customer_balances`` for that customer, and ``aging`` its buckets.
    """

    customer: CustomerKey
    name: str
    phone: str | None
    as_of: date
    lines: tuple[StatementLine, ...]
    payments: tuple[Payment, ...]
    totals: Totals
    aging: Mapping[str, Amount]
    # What the customer paid or returned beyond everything they owe (kelebihan bayar).
    credit_balance: Amount = 0

    @property
    def open_lines(self) -> tuple[StatementLine, ...]:
        return tuple(line for line in self.lines if line.is_open)

    @property
    def paid_lines(self) -> tuple[StatementLine, ...]:
        return tuple(line for line in self.lines if not line.is_open)

    @property
    def open_totals(self) -> Totals:
        """The totals of the open invoices: the total row under the statement's table."""
        return Totals.of(self.open_lines)


def statement_rows(
    ledger: Ledger, customer: CustomerKey, as_of: date, edges: Sequence[int] = DEFAULT_EDGES
) -> Statement:
    """The statement of ``customer`` on ``as_of``; ``UnknownCustomerError`` when they have none.

    Payments are the ledger's payments for one of the customer's invoice numbers, or, without
    a known number, made out to the customer's name.
    """
    key = customer_key(customer)
    invoices = list(ledger.invoices_of(key))
    if not invoices:
        raise UnknownCustomerError(f"no invoices for customer '{customer}'")
    lines = [_line(inv, as_of) for inv in invoices]
    lines.sort(key=lambda line: (not line.is_open, line.due_date, line.number))
    return Statement(
        customer=key,
        name=ledger.name_of(key),
        phone=ledger.phones.get(key),
        as_of=as_of,
        lines=tuple(lines),
        payments=_payments_of(ledger, key, invoices),
        totals=Totals.of(lines),
        aging=aging(invoices, as_of, edges),
        credit_balance=ledger.credit_balances.get(key, 0),
    )


def _line(inv: Invoice, as_of: date) -> StatementLine:
    rest = inv.outstanding
    return StatementLine(
        number=inv.number,
        invoice_date=inv.invoice_date,
        due_date=inv.due_date,
        amount=inv.amount,
        paid=inv.paid,
        outstanding=rest,
        days_late=max(0, days_late(inv, as_of)) if rest else 0,
    )


def _payments_of(ledger: Ledger, key: CustomerKey, mine: list[Invoice]) -> tuple[Payment, ...]:
    """The customer's payments, in date order (undated last), as ``build_ledger`` matched them."""
    owners: dict[str, set[CustomerKey]] = {}
    for inv in ledger.invoices:
        if inv.number:
            owners.setdefault(invoice_key(inv.number), set()).add(inv.customer_key)
    numbers = {invoice_key(inv.number) for inv in mine if inv.number}
    found: list[Payment] = []
    for pay in ledger.payments:
        payer = customer_key(pay.customer) if pay.customer else None
        number = invoice_key(pay.invoice_number) if pay.invoice_number else ""
        if number in owners:
            # An invoice number two customers share goes to the one the payment names.
            shared = owners[number]
            if number in numbers and (payer is None or payer == key or payer not in shared):
                found.append(pay)
        elif payer == key:
            found.append(pay)
    found.sort(key=lambda pay: (pay.paid_on is None, pay.paid_on or date.min))
    return tuple(found)


def statement_pdf(
    statement: Statement,
    *,
    business: BusinessInfo = BusinessInfo(),
    as_of: date | None = None,
    lang: Lang = "id",
    fonts: Sequence[tuple[str, str]] = UNICODE_FONTS,
    payment: PaymentAsk | None = None,
) -> bytes:
    """The statement as an A4 PDF letter, in Indonesian unless ``lang`` is ``"en"``.

    ``as_of`` defaults to the statement's own date and must match it when given. ``fonts``
    lists the (regular, bold) TrueType files to try; an empty list uses the built-in font.
    ``payment`` gives how to pay the balance, printed at the end (``core.payinfo``).
    """
    _check_date(statement, as_of)
    when = format_date(statement.as_of, lang=lang)
    if not statement.open_lines:
        return letter_pdf(
            statement, business=business, lang=lang, fonts=fonts, title_key="statement.title",
            intro=None, closing=t("statement.none_open", lang, date=when),
        )  # fmt: skip
    return letter_pdf(
        statement,
        business=business,
        lang=lang,
        fonts=fonts,
        title_key="statement.title",
        intro=t("statement.intro", lang, date=when),
        closing=t("statement.closing", lang, total=_rp(statement.totals.outstanding)),
        payment=payment(statement.totals.outstanding) if payment else None,
    )


def letter_pdf(
    statement: Statement,
    *,
    business: BusinessInfo,
    lang: Lang,
    title_key: str,
    intro: str | None,
    closing: str,
    after_table: Sequence[str] = (),
    show_aging: bool = True,
    fonts: Sequence[tuple[str, str]] = UNICODE_FONTS,
    payment: PayBlock | None = None,
) -> bytes:
    """A letter about a customer's open invoices: letterhead, addressee, the invoice table,
    optional paragraphs after it (a late fee, a pay-by date), the aging, closing and signature.

    The statement of account and the reminder letters (core.letters) are all this one layout;
    ``payment`` (how to pay what the letter asks) ends it.
    """
    pdf = _StatementPDF(statement, business, lang, fonts, title_key)
    pdf.add_page()
    _letterhead(pdf)
    _addressee(pdf)
    if intro is not None and statement.open_lines:
        pdf.paragraph(intro, 10)
        pdf.ln(3)
        _invoice_table(pdf)
        for text in after_table:
            pdf.paragraph(text, 10)
            pdf.ln(2)
        if show_aging:
            _aging_table(pdf)
    _closing(pdf, closing)
    draw_payment(pdf, payment, lang, family=pdf.family_name, clean=pdf.clean)
    return bytes(pdf.output())


def _check_date(statement: Statement, as_of: date | None) -> None:
    if as_of is not None and as_of != statement.as_of:
        raise ValueError(
            f"the statement was computed as of {statement.as_of.isoformat()}, "
            f"not {as_of.isoformat()}"
        )


class _StatementPDF(FPDF):
    """An A4 page with the statement's fonts, a running header after page 1 and a footer."""

    def __init__(
        self,
        statement: Statement,
        business: BusinessInfo,
        lang: Lang,
        fonts: Sequence[tuple[str, str]],
        title_key: str = "statement.title",
    ) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.statement, self.language = statement, lang
        self.name, self.business = shorten(statement.name), printed(business)
        self.title_key = title_key
        self.set_margins(_MARGIN, _MARGIN, _MARGIN)
        self.set_auto_page_break(auto=True, margin=_MARGIN + 5)
        self.family_name, self.clean = load_fonts(self, fonts)
        title = t(title_key, lang)
        self.set_title(self.clean(f"{title} - {self.name}"))
        self.set_author(self.clean(self.business.name))
        self.set_creator("Tagih")
        self.set_lang(lang)
        # The clock is not read in core: the document is dated by the statement.
        self.set_creation_date(datetime(*statement.as_of.timetuple()[:3], tzinfo=UTC))

    def write_font(self, size: float, *, bold: bool = False) -> None:
        self.set_font(self.family_name, "B" if bold else "", size)

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.write_font(8)
        self.set_text_color(*_GREY)
        parts = (self.business.name, t(self.title_key, self.language), self.name)
        line = " · ".join(part for part in parts if part.strip())
        self.cell(0, 5, self.fit(line, self.epw), new_x="LMARGIN", new_y="NEXT")
        self.ln(3)
        self.set_text_color(0)

    def footer(self) -> None:
        self.set_y(-_MARGIN)
        self.write_font(8)
        self.set_text_color(*_GREY)
        left = t(
            "statement.as_of",
            self.language,
            date=format_date(self.statement.as_of, lang=self.language),
        )
        self.cell(self.epw / 2, 5, self.fit(f"{self.name} · {left}", self.epw / 2))
        page = t("statement.page", self.language, page=self.page_no(), pages="{nb}")
        self.cell(self.epw / 2, 5, self.clean(page), align="R")
        self.set_text_color(0)

    def fit(self, text: str, width: float) -> str:
        """``text`` cleaned for the font and cut with '…' (or '...') to fit one line."""
        return fit_line(
            " ".join(self.clean(text).split()), width, self.get_string_width, self.clean("…")
        )

    def line_count(self, width: float, text: str) -> int:
        """How many lines ``text`` takes in the current font at ``width``."""
        lines = self.multi_cell(width, _LINE, self.clean(text), dry_run=True, output="LINES")
        return len(lines) if isinstance(lines, list) else 1

    def paragraph(self, text: str, size: float, *, bold: bool = False, align: str = "L") -> None:
        self.write_font(size, bold=bold)
        self.multi_cell(0, size * 0.5, self.clean(text), align=align, new_x="LMARGIN")


def load_fonts(pdf: FPDF, fonts: Sequence[tuple[str, str]]) -> tuple[str, Callable[[str], str]]:
    """Register the first Unicode font found; return its family and the text cleaner for it."""
    for regular, bold in fonts:
        if not Path(regular).is_file():
            continue
        pdf.add_font(_FAMILY, "", regular)
        pdf.add_font(_FAMILY, "B", bold if Path(bold).is_file() else regular)
        glyphs = _glyphs(pdf, _FAMILY) & _glyphs(pdf, _FAMILY + "B")
        return _FAMILY, _cleaner(_has_any(glyphs))
    return _CORE_FAMILY, _cleaner(_latin1)


def _glyphs(pdf: FPDF, key: str) -> set[int]:
    font = pdf.fonts[key]
    return set(font.cmap) if isinstance(font, TTFFont) else set()


def _has_any(glyphs: set[int]) -> Callable[[str], bool]:
    return lambda ch: ord(ch) in glyphs


def _cleaner(has_glyph: Callable[[str], bool]) -> Callable[[str], str]:
    return lambda text: clean_text(text, has_glyph)


def _latin1(ch: str) -> bool:
    return ch.isprintable() and ord(ch) < 256


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


class _Page(Protocol):
    """What a letterhead needs of a Tagih PDF page (the statement, letters, offers, agreements)."""

    l_margin: float
    r_margin: float
    w: float

    def paragraph(
        self, text: str, size: float, *, bold: bool = False, align: str = "L"
    ) -> None: ...

    def set_text_color(self, r: Any, g: Any = -1, b: Any = -1) -> None: ...
    def set_draw_color(self, r: Any, g: Any = -1, b: Any = -1) -> None: ...
    def set_line_width(self, width: float) -> None: ...
    def line(self, x1: float, y1: float, x2: float, y2: float) -> None: ...
    def get_y(self) -> float: ...
    def ln(self, h: float | None = None) -> None: ...


def letterhead(pdf: _Page, business: BusinessInfo, title: str, *, gap: float = 4) -> None:
    """The business name, address and phone above a rule (nothing when all are blank), then
    the document's title: the top of every letter Tagih writes."""
    if business.name.strip():
        pdf.paragraph(business.name, 15, bold=True)
    details = [line for line in (business.address, business.phone) if line.strip()]
    if details:
        pdf.set_text_color(*_GREY)
        pdf.paragraph("\n".join(details), 9)
        pdf.set_text_color(0)
    if business.name.strip() or details:
        pdf.ln(2)
        pdf.set_draw_color(120)
        pdf.set_line_width(0.4)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(5)
    pdf.paragraph(title, 14, bold=True, align="C")
    if gap:
        pdf.ln(gap)


def _letterhead(pdf: _StatementPDF) -> None:
    letterhead(pdf, pdf.business, t(pdf.title_key, pdf.language))


def _addressee(pdf: _StatementPDF) -> None:
    """'Kepada Yth. …' on the left (wrapping when long), 'Per tanggal …' on the right."""
    statement, lang = pdf.statement, pdf.language
    top, left = pdf.get_y(), pdf.epw * 0.62
    pdf.write_font(10, bold=True)
    to = pdf.clean(addressee(pdf.name, lang))
    pdf.multi_cell(left, _LINE, to, align="L", new_x="LMARGIN")
    below = pdf.get_y()
    pdf.set_xy(pdf.l_margin + left, top)
    pdf.write_font(10)
    as_of = pdf.clean(t("statement.as_of", lang, date=format_date(statement.as_of, lang=lang)))
    pdf.cell(pdf.epw - left, _LINE, as_of, align="R")
    pdf.set_xy(pdf.l_margin, below)
    if statement.phone:
        pdf.write_font(9)
        phone = pdf.clean(t("statement.phone", lang, phone=shorten(statement.phone)))
        pdf.multi_cell(0, _LINE, phone, align="L", new_x="LMARGIN")
    pdf.ln(4)


def addressee(name: str, lang: Lang = "id") -> str:
    """The 'to' line: 'Bapak/Ibu' before a plain name, not before 'Pak …' or 'Toko …'.

    >>> addressee("Joko Susilo"), addressee("Pak Joko"), addressee("CV Bintang Timur")
    ('Kepada Yth. Bapak/Ibu Joko Susilo', 'Kepada Yth. Pak Joko', 'Kepada Yth. CV Bintang Timur')
    """
    words = name.split()
    titled = bool(words) and words[0].casefold() in _TITLED
    return t("statement.to_titled" if titled else "statement.to", lang, name=name)


def _invoice_table(pdf: _StatementPDF) -> None:
    """The open invoices with a total row; fpdf2 repeats the heading on every new page."""
    lang = pdf.language
    headings = [t(f"statement.col.{name}", lang) for name in _COLUMNS]
    rows = [_open_row(line, pdf.language) for line in pdf.statement.open_lines]
    total = pdf.statement.open_totals
    total_row = [
        t("statement.total", lang),
        "",
        "",
        _rp(total.amount),
        _rp(total.paid),
        _rp(total.outstanding),
        "",
    ]
    widths = [share * pdf.epw for share in _COLUMN_SHARES]
    size = _fitting_size(pdf, headings, [*rows, total_row], widths)
    pdf.write_font(size)
    bold = FontFace(emphasis="BOLD", size_pt=size)
    align = ("LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT")
    with pdf.table(
        col_widths=_COLUMN_SHARES,
        text_align=align,
        headings_style=FontFace(emphasis="BOLD", size_pt=size, fill_color=_HEAD_FILL),
        line_height=size * 0.45,
        padding=(_V_PADDING, _PADDING),
        repeat_headings=1,
        width=pdf.epw,
    ) as table:
        table.row([pdf.clean(text) for text in headings])
        for row in rows:
            table.row([pdf.clean(text) for text in row])
        last = table.row()
        last.cell(pdf.clean(total_row[0]), colspan=3, style=bold)
        for text in total_row[3:]:
            last.cell(pdf.clean(text), style=bold)
    pdf.ln(5)


_COLUMNS: Final = ("number", "date", "due", "amount", "paid", "balance", "days_late")


def _open_row(line: StatementLine, lang: Lang = "id") -> list[str]:
    return [
        line.number or "-",
        format_date(line.invoice_date, lang=lang) if line.invoice_date else "-",
        format_date(line.due_date, lang=lang),
        _rp(line.amount),
        _rp(line.paid),
        _rp(line.outstanding),
        str(line.days_late) if line.days_late > 0 else "-",
    ]


def _fitting_size(
    pdf: _StatementPDF,
    headings: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    first: int = 1,
) -> float:
    """The largest table font size (8.5 pt down to 6 pt) at which no date or amount wraps.

    Headings may wrap between words but not inside one; the last row is the bold total row.
    Columns before ``first`` (the invoice number) may wrap, so they are not measured.
    """
    longest_words = [max(pdf.clean(text).split() or [""], key=len) for text in headings]
    measured = [(longest_words, True), *((row, False) for row in rows[:-1]), (rows[-1], True)]
    scale = 1.0
    for texts, bold in measured:
        pdf.write_font(_TABLE_SIZE, bold=bold)
        for column in range(first, len(widths)):
            room = widths[column] - 2 * _PADDING - 0.5
            needed = pdf.get_string_width(pdf.clean(texts[column]))
            if needed > room:
                scale = min(scale, room / needed)
    return max(_MIN_TABLE_SIZE, round(_TABLE_SIZE * scale, 1))


def _aging_table(pdf: _StatementPDF) -> None:
    """The outstanding per aging bucket in one row, then the overdue part, kept on one page."""
    statement, lang = pdf.statement, pdf.language
    labels = [bucket_name(label, lang) for label in statement.aging]
    labels.append(t("statement.total", lang))
    amounts = [_rp(amount) for amount in statement.aging.values()]
    amounts.append(_rp(statement.totals.outstanding))
    if pdf.will_page_break(6 + 3 * _AGING_ROW + _LINE):
        pdf.add_page()
    pdf.write_font(10, bold=True)
    pdf.cell(0, 6, pdf.clean(t("statement.aging", lang)), new_x="LMARGIN", new_y="NEXT")
    widths = [pdf.epw / len(amounts)] * len(amounts)
    size = _fitting_size(pdf, labels, [amounts, amounts], widths, first=0)
    pdf.write_font(size)
    with pdf.table(
        width=pdf.epw,
        text_align="RIGHT",
        headings_style=FontFace(emphasis="BOLD", size_pt=size, fill_color=_HEAD_FILL),
        line_height=size * 0.45,
        padding=(_V_PADDING, _PADDING),
    ) as table:
        table.row([pdf.clean(label) for label in labels])
        row = table.row()
        for text in amounts[:-1]:
            row.cell(text)
        row.cell(amounts[-1], style=FontFace(emphasis="BOLD", size_pt=size))
    pdf.ln(1.5)
    overdue = t("statement.overdue_sum", lang, amount=_rp(statement.totals.overdue))
    pdf.paragraph(overdue, 9)
    pdf.ln(4)


def bucket_name(label: str, lang: Lang = "id") -> str:
    """The readable name of an aging bucket, also for edges other than the default ones.

    >>> bucket_name("31-60"), bucket_name("1-7", "en"), bucket_name("14+")
    ('31-60 hari', '1-7 days', '> 14 hari')
    """
    key = f"bucket.{label}"
    if key in TEXTS:
        return t(key, lang)
    days = t("statement.days", lang)
    return f"> {label[:-1]} {days}" if label.endswith("+") else f"{label} {days}"


def _closing(pdf: _StatementPDF, text: str) -> None:
    """The closing sentence, 'Hormat kami,', room to sign and the business name, on one page."""
    width = pdf.epw * 0.4
    pdf.write_font(10)
    lines = pdf.line_count(pdf.epw, text)
    pdf.write_font(10, bold=True)
    name = pdf.clean(pdf.business.name.strip())
    signer = pdf.line_count(width, name) if name else 0
    if pdf.will_page_break((lines + signer + 1) * _LINE + _SIGNING_ROOM + 8):
        pdf.add_page()
    pdf.paragraph(text, 10)
    pdf.ln(6)
    x = pdf.l_margin + pdf.epw - width
    pdf.write_font(10)
    pdf.set_x(x)
    regards = pdf.clean(t("statement.regards", pdf.language))
    pdf.cell(width, _LINE, regards, align="C", new_x="LEFT", new_y="NEXT")
    pdf.ln(_SIGNING_ROOM)
    pdf.set_draw_color(0)
    pdf.set_line_width(0.2)
    pdf.line(x + 5, pdf.get_y(), x + width - 5, pdf.get_y())
    pdf.ln(1)
    if name:
        pdf.set_x(x)
        pdf.write_font(10, bold=True)
        pdf.multi_cell(width, _LINE, name, align="C")


def _rp(amount: Amount) -> str:
    return format_rupiah(amount)


def statement_xlsx(
    statement: Statement,
    *,
    business: BusinessInfo = BusinessInfo(),
    as_of: date | None = None,
    lang: Lang = "id",
) -> bytes:
    """The statement as a workbook: a summary, the open invoices with a total row, payments."""
    _check_date(statement, as_of)
    col = {name: t(f"statement.col.{name}", lang) for name in _COLUMNS}
    money = [col["amount"], col["paid"], col["balance"], t("statement.value", lang)]
    money.append(t("statement.col.payment_amount", lang))
    sheets = {
        t("statement.sheet.summary", lang): _summary_rows(statement, business, lang),
        t("statement.sheet.invoices", lang): _invoice_rows(statement, col, lang),
        t("statement.sheet.payments", lang): _payment_rows(statement, lang),
    }
    return to_xlsx(sheets, money_columns=money)


def _summary_rows(
    statement: Statement, business: BusinessInfo, lang: Lang
) -> list[dict[str, object]]:
    item, value = t("statement.item", lang), t("statement.value", lang)
    totals = statement.totals
    pairs: list[tuple[str, object]] = [
        (t("statement.business", lang), business.name),
        (t("statement.customer", lang), statement.name),
        (t("statement.phone_label", lang), statement.phone or ""),
        (t("ui.as_of", lang), statement.as_of),
        (t("statement.total_outstanding", lang), totals.outstanding),
        (t("statement.overdue", lang), totals.overdue),
    ]
    pairs += [(bucket_name(label, lang), amount) for label, amount in statement.aging.items()]
    return [{item: label, value: amount} for label, amount in pairs]


def _invoice_rows(
    statement: Statement, col: Mapping[str, str], lang: Lang
) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = [
        {
            col["number"]: line.number,
            col["date"]: line.invoice_date,
            col["due"]: line.due_date,
            col["amount"]: line.amount,
            col["paid"]: line.paid,
            col["balance"]: line.outstanding,
            col["days_late"]: line.days_late or None,
        }
        for line in statement.open_lines
    ]
    total = statement.open_totals
    rows.append(
        {
            col["number"]: t("statement.total", lang),
            col["amount"]: total.amount,
            col["paid"]: total.paid,
            col["balance"]: total.outstanding,
        }
    )
    return rows


def _payment_rows(statement: Statement, lang: Lang) -> list[dict[str, object]]:
    when, number = t("statement.col.payment_date", lang), t("statement.col.number", lang)
    amount = t("statement.col.payment_amount", lang)
    rows: list[dict[str, object]] = [
        {when: pay.paid_on, number: pay.invoice_number, amount: pay.amount}
        for pay in statement.payments
    ]
    return rows or [{when: None, number: None, amount: None}]
