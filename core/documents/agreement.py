"""The written payment agreement (step 8) as an A4 PDF for both parties to sign.

The business and the customer (name, NIK, address), the original debt and its invoices, what
was agreed (the total in figures and in words), the schedule, what happens when an instalment
is missed, the signatures (the customer's over the meterai box, the witnesses' when there are
any) and how to pay the first payment. The agreement itself is ``core.agreements``.
"""

from __future__ import annotations

from typing import Final

from core.agreements import Agreement, instalment_name, place_of
from core.documents.base import (
    METERAI_ROOM,
    UNICODE_FONTS,
    BusinessInfo,
    Document,
    Fonts,
    bold_row,
)
from core.i18n import Lang, t
from core.money import format_rupiah
from core.payinfo import PaymentAsk
from core.pdftext import shorten
from core.statement import COLUMN_KEYS
from core.terbilang import amount_in_words

_INVOICE_SHARES: Final = (0.28, 0.18, 0.18, 0.18, 0.18)
_SCHEDULE_SHARES: Final = (0.2, 0.24, 0.26, 0.3)
_TABLE_PADDING: Final = (0.7, 1.5)
_WITNESS_ROOM: Final = 14.0


def agreement_pdf(
    agreement: Agreement,
    *,
    business: BusinessInfo = BusinessInfo(),
    place: str = "",
    lang: Lang | None = None,
    fonts: Fonts = UNICODE_FONTS,
    payment: PaymentAsk | None = None,
) -> bytes:
    """The agreement as an A4 PDF for both parties to sign, in ``lang`` (else the agreement's).

    The signatures stand under "``place``, date" (``place`` defaults to the town in the
    business address); the last clause and the signatures are kept on one page.
    """
    lang = lang or agreement.lang
    title = t("agreement.pdf.title", lang)
    doc = Document(
        title=title,
        name=agreement.name,
        business=business,
        lang=lang,
        dated=agreement.created,
        fonts=fonts,
        footer_text=f"{title} · {shorten(agreement.name)}",
        footer_share=0.7,
    )
    doc.add_page()
    _head(doc, agreement)
    _parties(doc, agreement)
    _debt(doc, agreement)
    _agreed(doc, agreement)
    _schedule(doc, agreement)
    town = place.strip() or place_of(business.address)
    doc.together(lambda: _terms_and_signatures(doc, agreement, town))
    _payment(doc, agreement, payment)
    return doc.pdf_bytes()


def _head(doc: Document, agreement: Agreement) -> None:
    doc.letterhead(gap=0)
    doc.write_font(10)
    when = t("agreement.pdf.dated", doc.language, date=doc.day(agreement.created))
    doc.multi_cell(0, doc.layout.line, doc.clean(when), align="C", new_x="LMARGIN")
    doc.ln(4)


def _parties(doc: Document, agreement: Agreement) -> None:
    """Both parties as labelled lines (name, NIK, address, phone), a dotted line where the
    customer's NIK or address is not known, to be written in by hand before signing."""
    business, lang, line = doc.business, doc.language, doc.layout.line
    doc.paragraph(t("agreement.pdf.undersigned", lang))
    doc.ln(1)
    blank = "." * 48
    seller = [(t("agreement.pdf.field.name", lang),
               business.name.strip() or t("agreement.pdf.seller", lang))]  # fmt: skip
    if business.address.strip():
        seller.append((t("agreement.pdf.field.address", lang), business.address.strip()))
    buyer = [
        (t("agreement.pdf.field.name", lang), doc.name),
        (t("agreement.pdf.field.nik", lang), agreement.nik or blank),
        (t("agreement.pdf.field.address", lang), shorten(agreement.address) or blank),
    ]
    if agreement.phone:
        buyer.append((t("agreement.pdf.field.phone", lang), shorten(agreement.phone)))
    parties = (
        (seller, t("agreement.pdf.first_party", lang)),
        (buyer, t("agreement.pdf.second_party", lang)),
    )
    label_width = 22.0
    for number, (fields, role) in enumerate(parties, start=1):
        doc.write_font(10)
        doc.cell(7, line, f"{number}.")
        for label, value in fields:
            top = doc.get_y()
            doc.set_x(doc.l_margin + 7)
            doc.cell(label_width, line, doc.clean(label))
            doc.cell(3, line, ":")
            doc.multi_cell(0, line, doc.clean(value), align="L", new_x="LMARGIN")
            doc.set_y(max(doc.get_y(), top + line))
        doc.set_x(doc.l_margin + 7)
        doc.multi_cell(0, line, doc.clean(role), align="L", new_x="LMARGIN")
        doc.ln(1)
    doc.ln(1)
    doc.paragraph(t("agreement.pdf.agree", lang))


def _debt(doc: Document, agreement: Agreement) -> None:
    lang = doc.language
    doc.heading(t("agreement.pdf.debt_title", lang))
    intro = t(
        "agreement.pdf.debt_intro",
        lang,
        date=doc.day(agreement.created),
        amount=format_rupiah(agreement.original_debt),
        count=len(agreement.invoices),
    )
    doc.paragraph(intro)
    doc.ln(2)
    columns = ("number", "date", "due", "amount", "balance")
    headings = [t(COLUMN_KEYS[name], lang) for name in columns]
    rows = [
        [inv.label(lang), doc.day(inv.invoice_date), doc.day(inv.due_date),
         format_rupiah(inv.amount), format_rupiah(inv.outstanding)]
        for inv in agreement.invoices
    ]  # fmt: skip
    amount = sum((inv.amount for inv in agreement.invoices), 0)
    total = [t("statement.total", lang), "", "", format_rupiah(amount),
             format_rupiah(agreement.original_debt)]  # fmt: skip
    doc.grid(
        headings,
        [*rows, bold_row(total)],
        size=8.5,
        shares=_INVOICE_SHARES,
        align=("LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT"),
        padding=_TABLE_PADDING,
    )


def _agreed(doc: Document, agreement: Agreement) -> None:
    """What was agreed, label by label: the debt, a discount, the late fee (added or waived),
    the total in figures and in words, the down payment and the instalments."""
    lang, line = doc.language, doc.layout.line
    schedule = agreement.schedule
    doc.heading(t("agreement.pdf.agreed_title", lang))
    lines: list[tuple[str, str]] = [
        (t("agreement.original_debt", lang), format_rupiah(agreement.original_debt))
    ]
    if agreement.discount:
        lines.append((t("agreement.discount", lang), "-" + format_rupiah(agreement.discount)))
    if agreement.late_fee:
        fee = format_rupiah(agreement.late_fee)
        if agreement.late_fee_included:
            lines.append((t("agreement.late_fee_included", lang), "+" + fee))
        else:
            waived = t("agreement.pdf.waived", lang, amount=fee)
            lines.append((t("agreement.late_fee", lang), waived))
    words = t("agreement.pdf.in_words", lang, words=amount_in_words(agreement.total, lang))
    lines.append((t("agreement.total", lang), f"{format_rupiah(agreement.total)}\n{words}"))
    if schedule.down_payment:
        first = schedule.instalments[0]
        paid_on = t("agreement.pdf.dp_on", lang, date=doc.day(first.due))
        lines.append((t("agreement.dp_long", lang), f"{format_rupiah(first.amount)} {paid_on}"))
    rows = [row for row in schedule.instalments if row.no > 0]
    plan = t(
        "agreement.pdf.plan",
        lang,
        count=len(rows),
        every=schedule.interval.describe(lang),
        date=doc.day(rows[0].due),
        last=doc.day(rows[-1].due),
    )
    lines.append((t("agreement.instalments", lang), plan))
    label_width = doc.epw * 0.4
    for number, (label, value) in enumerate(lines):
        bold = label == t("agreement.total", lang)
        doc.write_font(10, bold=bold)
        top = doc.get_y()
        doc.multi_cell(label_width, line, doc.clean(label), align="L", new_x="RIGHT")
        below = doc.get_y()
        doc.set_xy(doc.l_margin + label_width, top)
        figure, _, words = value.partition("\n")
        doc.multi_cell(0, line, doc.clean(figure), align="L", new_x="LMARGIN")
        if words:  # the amount in words, in the regular face under the figure
            doc.write_font(10)
            doc.set_x(doc.l_margin + label_width)
            doc.multi_cell(0, line, doc.clean(words), align="L", new_x="LMARGIN")
        doc.set_y(max(below, doc.get_y()) + (0.3 if number < len(lines) - 1 else 0))
    doc.ln(2)


def _schedule(doc: Document, agreement: Agreement) -> None:
    lang = doc.language
    doc.heading(t("agreement.pdf.schedule_title", lang))
    headings = [
        t("agreement.col.no", lang),
        t("agreement.col.due", lang),
        t("agreement.col.amount", lang),
        t("agreement.pdf.col.sign", lang),
    ]
    rows = [
        [instalment_name(row.no, lang), doc.day(row.due), format_rupiah(row.amount), ""]
        for row in agreement.schedule.instalments
    ]
    total = [t("statement.total", lang), "", format_rupiah(agreement.total), ""]
    doc.grid(
        headings,
        [*rows, bold_row(total)],
        size=9.5,
        shares=_SCHEDULE_SHARES,
        align=("LEFT", "LEFT", "RIGHT", "LEFT"),
        padding=_TABLE_PADDING,
    )


def _terms_and_signatures(doc: Document, agreement: Agreement, place: str) -> None:
    """The last clause (a missed instalment), the closing, 'place, date' (a dotted blank for
    an unknown town), the two parties side by side with room to sign (the customer's over the
    meterai box), and the witnesses two to a row."""
    lang = doc.language
    doc.heading(t("agreement.pdf.missed_title", lang))
    params = {"grace": agreement.grace_days, "fee": format_rupiah(agreement.missed_fee)}
    missed = "agreement.pdf.missed_fee" if agreement.missed_fee else "agreement.pdf.missed_no_fee"
    doc.paragraph(t(missed, lang, **params))
    doc.ln(3)
    doc.paragraph(t("agreement.pdf.closing", lang))
    doc.ln(4)
    doc.write_font(10)
    dated = f"{place or '.' * 24}, {doc.day(agreement.created)}"
    doc.cell(0, doc.layout.line, doc.clean(dated), align="R", new_x="LMARGIN", new_y="NEXT")
    doc.ln(2)
    names = (doc.business.name.strip() or t("agreement.pdf.seller", lang), doc.name)
    roles = (t("agreement.pdf.first_role", lang), t("agreement.pdf.second_role", lang))
    doc.set_y(doc.signing_row(roles, names, METERAI_ROOM, meterai_column=1))
    if agreement.witnesses:
        doc.ln(4)
        doc.write_font(10)
        doc.cell(0, doc.layout.line, doc.clean(t("agreement.pdf.witnesses", lang)), align="C",
                 new_x="LMARGIN", new_y="NEXT")  # fmt: skip
        witnesses = [shorten(name) for name in agreement.witnesses]
        for first in range(0, len(witnesses), 2):
            pair = witnesses[first : first + 2]
            labels = [t("agreement.pdf.witness", lang, no=first + n + 1) for n in range(len(pair))]
            doc.set_y(doc.signing_row(labels, pair, _WITNESS_ROOM) + 2)


def _payment(doc: Document, agreement: Agreement, payment: PaymentAsk | None) -> None:
    """How to pay the first payment the agreement asks (the down payment, else instalment 1)."""
    first = agreement.schedule.instalments[:1]
    if payment is not None and first:
        lang = doc.language
        what = instalment_name(first[0].no, lang)
        lead = t("pay.first_payment", lang, what=what, date=doc.day(first[0].due))
        doc.pay(payment(first[0].amount), lead=lead)
