"""The statement of account as a PDF, and the letter layout it shares with the reminders.

A polite letter on one page (more when the customer has many open invoices, the table's
heading repeated): the letterhead, the addressee and the date, the open invoices with a total
row, the aging, the closing with the signature, and how to pay. The figures come from
``core.statement``; the reminder, the firm notice and the somasi (``core.documents.letters``)
are this same layout with their own title and sentences.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Final

from core.dates import format_date
from core.documents.base import UNICODE_FONTS, BusinessInfo, Cell, Document, Fonts, bold_row
from core.i18n import Lang, t
from core.money import format_rupiah
from core.payinfo import PayBlock, PaymentAsk
from core.pdftext import shorten
from core.statement import COLUMN_KEYS, COLUMNS, Statement, bucket_name, check_as_of

_AGING_ROW: Final = 5.4
# Share of the page width per column of the open-invoice table (each set adds up to 1): the
# Retur column only when an open invoice had goods sent back.
_SHARES: Final = {
    False: (0.15, 0.125, 0.125, 0.16, 0.16, 0.16, 0.12),
    True: (0.13, 0.11, 0.11, 0.14, 0.13, 0.13, 0.14, 0.11),
}


def statement_pdf(
    statement: Statement,
    *,
    business: BusinessInfo = BusinessInfo(),
    as_of: date | None = None,
    lang: Lang = "id",
    fonts: Fonts = UNICODE_FONTS,
    payment: PaymentAsk | None = None,
) -> bytes:
    """The statement as an A4 PDF letter, in Indonesian unless ``lang`` is ``"en"``.

    ``as_of`` defaults to the statement's own date and must match it when given. ``fonts``
    lists the (regular, bold) TrueType files to try; an empty list uses the built-in font.
    ``payment`` gives how to pay the balance, printed at the end (``core.payinfo``).
    """
    check_as_of(statement, as_of)
    when = format_date(statement.as_of, lang=lang)
    if not statement.open_lines:
        # Paid beyond what they owe: the letter says what the shop holds for them.
        closing = (
            t("statement.credit_held", lang, date=when,
              amount=format_rupiah(statement.credit_balance))
            if statement.credit_balance
            else t("statement.none_open", lang, date=when)
        )  # fmt: skip
        return letter_pdf(
            statement, business=business, lang=lang, fonts=fonts, title_key="statement.title",
            intro=None, closing=closing,
        )  # fmt: skip
    return letter_pdf(
        statement,
        business=business,
        lang=lang,
        fonts=fonts,
        title_key="statement.title",
        intro=t("statement.intro", lang, date=when),
        closing=t("statement.closing", lang, total=format_rupiah(statement.totals.outstanding)),
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
    fonts: Fonts = UNICODE_FONTS,
    payment: PayBlock | None = None,
) -> bytes:
    """A letter about a customer's open invoices: letterhead, addressee, the invoice table,
    optional paragraphs after it (a late fee, a pay-by date), the aging, closing and signature.

    The statement of account and the reminder letters (``core.documents.letters``) are all
    this one layout; ``payment`` (how to pay what the letter asks) ends it.
    """
    doc = _page(statement, business, lang, fonts, title_key)
    doc.add_page()
    doc.letterhead()
    _addressee(doc, statement)
    if intro is not None and statement.open_lines:
        doc.paragraph(intro, 10)
        doc.ln(3)
        _invoice_table(doc, statement)
        for text in after_table:
            doc.paragraph(text, 10)
            doc.ln(2)
        if show_aging:
            _aging_table(doc, statement)
    doc.sign_off(closing)
    doc.pay(payment)
    return doc.pdf_bytes()


def _page(
    statement: Statement, business: BusinessInfo, lang: Lang, fonts: Fonts, title_key: str
) -> Document:
    as_of = t("statement.as_of", lang, date=format_date(statement.as_of, lang=lang))
    return Document(
        title=t(title_key, lang),
        name=statement.name,
        business=business,
        lang=lang,
        dated=statement.as_of,
        fonts=fonts,
        running_head=True,
        footer_text=f"{shorten(statement.name)} · {as_of}",
    )


def _addressee(doc: Document, statement: Statement) -> None:
    """'Kepada Yth. …' on the left, 'Per tanggal …' on the right, the phone under them."""
    lang = doc.language
    doc.addressed(t("statement.as_of", lang, date=doc.day(statement.as_of)), 0.62)
    if statement.phone:
        doc.write_font(9)
        phone = doc.clean(t("statement.phone", lang, phone=shorten(statement.phone)))
        doc.multi_cell(0, doc.layout.line, phone, align="L", new_x="LMARGIN")
    doc.ln(4)


def _invoice_table(doc: Document, statement: Statement) -> None:
    """The open invoices with a total row, at the largest size where no figure wraps; goods
    sent back in a Retur column of their own, never as money paid."""
    lang = doc.language
    total = statement.open_totals
    returns = total.returned > 0
    names = [name for name in COLUMNS if returns or name != "returned"]
    headings = [t(COLUMN_KEYS[name], lang) for name in names]
    rows = [
        [
            line.label(lang),
            doc.day(line.invoice_date),
            doc.day(line.due_date),
            format_rupiah(line.amount),
            format_rupiah(line.paid),
            *([format_rupiah(line.returned)] if returns else []),
            format_rupiah(line.outstanding),
            str(line.days_late) if line.days_late > 0 else "-",
        ]
        for line in statement.open_lines
    ]
    sums = (total.amount, total.paid, *([total.returned] if returns else []), total.outstanding)
    total_row = [t("statement.total", lang), "", "", *map(format_rupiah, sums), ""]
    shares = _SHARES[returns]
    widths = [share * doc.epw for share in shares]
    size = doc.fitting_size(headings, [*rows, total_row], widths)
    last = [Cell(total_row[0], span=3, bold=True), *bold_row(total_row[3:])]
    align = ["LEFT"] * 3 + ["RIGHT"] * (len(names) - 3)
    doc.grid(headings, [*rows, last], size=size, shares=shares, align=align, gap=5)


def _aging_table(doc: Document, statement: Statement) -> None:
    """The outstanding per aging bucket in one row, then the overdue part, kept on one page."""
    lang = doc.language
    labels = [bucket_name(label, lang) for label in statement.aging]
    labels.append(t("statement.total", lang))
    amounts = [format_rupiah(amount) for amount in statement.aging.values()]
    amounts.append(format_rupiah(statement.totals.outstanding))
    doc.room_for(6 + 3 * _AGING_ROW + doc.layout.line)
    doc.write_font(10, bold=True)
    doc.cell(0, 6, doc.clean(t("statement.aging", lang)), new_x="LMARGIN", new_y="NEXT")
    widths = [doc.epw / len(amounts)] * len(amounts)
    size = doc.fitting_size(labels, [amounts, amounts], widths, first=0)
    row: list[str | Cell] = [*amounts[:-1], Cell(amounts[-1], bold=True)]
    doc.grid(labels, [row], size=size, align="RIGHT", gap=1.5)
    overdue = t("statement.overdue_sum", lang, amount=format_rupiah(statement.totals.overdue))
    doc.paragraph(overdue, 9)
    doc.ln(4)
