"""The settlement offer (step 9) as a one-page letter and as a ready-to-send message.

The letter follows the statement's look: the letterhead, the addressee and the date, the
invoices it covers, a box with the balance, the discount, what to pay and by when, the terms,
the signature and how to pay. The offer itself (its figures, saving it, whether it is still
open) is ``core.discount``.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from core.dates import format_date
from core.discount import Line
from core.documents.base import (
    UNICODE_FONTS,
    BusinessInfo,
    Cell,
    Document,
    Fonts,
    Layout,
    bold_row,
    is_titled,
)
from core.events import Offer
from core.i18n import Lang, t
from core.messages import ending_with
from core.money import Amount, format_rupiah, normalise
from core.payinfo import PayBlock, PaymentAsk
from core.statement import COLUMN_KEYS

_LAYOUT: Final = Layout(margin=18.0, bottom=18.0, leading=0.52, line=5.5)
_MAX_ROWS: Final = 12  # invoices listed at most; the rest are summed in one row
_MIN_ROWS: Final = 3
_OFFER_FILL: Final = (228, 244, 241)
_TEAL: Final = (15, 118, 110)


def offer_message(
    offer: Offer, name: str, business: BusinessInfo, lang: Lang = "id", payment: str = ""
) -> str:
    """The ready-to-send text (WhatsApp or anywhere): polite, with the figures and the date;
    ``payment`` (how to pay ``pay_now``, ``core.payinfo.payment_text``) ends it."""
    invoices = ", ".join(offer.invoices)
    greet = name if is_titled(name) else t("discount.msg.sir_madam", lang, name=name)
    params = {
        "greet": greet,
        "invoices": t("discount.msg.invoices", lang, numbers=invoices) if invoices else "",
        "balance": format_rupiah(offer.amount_before),
        "discount": format_rupiah(offer.discount),
        "pay_now": format_rupiah(offer.pay_now),
        "date": format_date(offer.valid_until, lang=lang),
    }
    text = t("discount.msg.body", lang, **params)
    if business.name.strip():
        text += t("discount.msg.signature", lang, business=business.name.strip())
    return ending_with(text, payment)


def offer_pdf(
    offer: Offer,
    name: str,
    lines: Sequence[Line] = (),
    *,
    business: BusinessInfo = BusinessInfo(),
    fonts: Fonts = UNICODE_FONTS,
    payment: PaymentAsk | None = None,
) -> bytes:
    """The offer as a one-page A4 letter in the offer's language.

    ``lines`` are the invoices it covers (number, due date, balance); without them the letter
    states the balance alone. Up to ``_MAX_ROWS`` invoices are listed, fewer when a long name
    or address leaves less room (the rest summed in one row), so the letter stays one page.
    ``payment`` gives how to pay the offered amount, printed at the end with its QR.
    """
    block = payment(offer.pay_now) if payment else None
    rows = _MAX_ROWS
    doc = _letter(offer, name, lines, business, fonts, rows, block)
    while doc.page_no() > 1 and rows > _MIN_ROWS:
        rows -= 1
        doc = _letter(offer, name, lines, business, fonts, rows, block)
    return doc.pdf_bytes()


def _letter(
    offer: Offer,
    name: str,
    lines: Sequence[Line],
    business: BusinessInfo,
    fonts: Fonts,
    rows: int,
    block: PayBlock | None,
) -> Document:
    lang = offer.lang
    doc = Document(
        title=t("discount.pdf.title", lang),
        name=name,
        business=business,
        lang=lang,
        dated=offer.made_on,
        fonts=fonts,
        layout=_LAYOUT,
    )
    doc.add_page()
    doc.letterhead()
    doc.addressed(t("discount.pdf.date", lang, date=doc.day(offer.made_on)), 0.6)
    doc.ln(5)
    doc.paragraph(t("discount.pdf.intro", lang))
    doc.ln(3)
    if lines:
        _invoices(doc, lines, rows)
    _offer_box(doc, offer)
    terms = t(
        "discount.pdf.terms",
        lang,
        pay_now=format_rupiah(offer.pay_now),
        date=doc.day(offer.valid_until),
        balance=format_rupiah(offer.amount_before),
    )
    doc.paragraph(terms)
    doc.ln(3)
    doc.sign_off(t("discount.pdf.closing", lang))
    doc.pay(block)
    return doc


def _sum(lines: Sequence[Line]) -> Amount:
    return normalise(Decimal(sum((line.balance for line in lines), 0)))


def _invoices(doc: Document, lines: Sequence[Line], rows: int) -> None:
    """The covered invoices, up to ``rows`` of them, the rest summed in one row, and the total."""
    lang = doc.language
    # Listing all but one would spend a row on "and 1 more": list them all instead.
    shown = list(lines if len(lines) <= rows + 1 else lines[:rows])
    rest = lines[len(shown) :]
    table: list[list[str | Cell]] = [
        [line.label(lang), doc.day(line.due_date), format_rupiah(line.balance)] for line in shown
    ]
    if rest:
        more = t("discount.pdf.more", lang, n=len(rest))
        table.append([Cell(more, span=2), format_rupiah(_sum(rest))])
    total = [t("statement.total", lang), format_rupiah(_sum(lines))]
    table.append([Cell(total[0], span=2, bold=True), *bold_row(total[1:])])
    headings = [t(COLUMN_KEYS[name], lang) for name in ("number", "due", "balance")]
    doc.grid(
        headings,
        table,
        size=9.0,
        shares=(0.34, 0.33, 0.33),
        align=("LEFT", "LEFT", "RIGHT"),
        padding=(0.9, 1.4),
        leading=0.5,
        gap=5,
    )


def _offer_box(doc: Document, offer: Offer) -> None:
    """The balance, the discount, what to pay and by when, in a tinted box."""
    lang = doc.language
    rows = [
        (t("discount.pdf.balance", lang), format_rupiah(offer.amount_before), False),
        (t("discount.pdf.discount", lang), "- " + format_rupiah(offer.discount), False),
        (t("discount.pdf.pay_now", lang), format_rupiah(offer.pay_now), True),
        (t("discount.pdf.valid_until", lang), doc.day(offer.valid_until), True),
    ]
    width = doc.epw * 0.7
    x = doc.l_margin + (doc.epw - width) / 2
    doc.set_fill_color(*_OFFER_FILL)
    doc.set_draw_color(*_TEAL)
    doc.set_line_width(0.3)
    top = doc.get_y()
    doc.rect(x, top, width, len(rows) * 7 + 4, style="DF")
    doc.set_y(top + 2)
    for label, value, strong in rows:
        doc.set_x(x + 4)
        doc.write_font(11, bold=strong)
        doc.cell(width * 0.55, 7, doc.clean(label))
        doc.cell(width * 0.45 - 8, 7, doc.clean(value), align="R", new_x="LMARGIN", new_y="NEXT")
    doc.set_y(top + len(rows) * 7 + 4 + 6)
