"""One rule per kind of row: each data row of a table becomes an invoice, a payment, a return,
an opening balance or a contact, and every line that is not data (a title, a heading, a total,
a repeated header) is told apart and, where it carries the book's own figure, checked.

Text is parsed once per distinct spelling (``_Memo``): a ledger repeats the same few hundred
customers, dates and notes over thousands of rows, so that is where the speed comes from.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import cached_property, lru_cache, partial
from itertools import chain, compress, islice, product, repeat
from operator import add, and_, eq, is_not, itemgetter, lt, not_, or_, sub
from typing import Any, Final, Generic, Literal, TypeVar, cast

from core.columns import (
    CONSIGNED,
    DOWN_PAYMENT_WORDS,
    EVENT_DUE,
    GIRO_PART,
    GOODS_UNITS,
    NOT_MADE_WORDS,
    NOT_YET_SPELLINGS,
    PAYMENT_WAYS,
    TAB_PAID,
    Field,
    expand_abbreviations,
    guess_field,
    names_currency,
    names_notes,
    names_rupiah,
    normalise_header,
    not_made,
    other_currency,
    payment_parts,
    settles_beside,
    takes_off,
)
from core.dates import (
    FAR_YEARS,
    MONTHS,
    TERMS_WORDS,
    DateError,
    calendar_due,
    format_date,
    month_first,
    parse_date,
    parse_terms,
    terms_in_note,
    usual_year,
    year_of,
    yearless,
)
from core.ledger import (
    Contact,
    CustomerKey,
    DueSource,
    Invoice,
    Payment,
    Source,
    clean_name,
    customer_key,
    invoice_key,
    invoice_keys,
    serials,
    series_letters,
    written_out,
)
from core.money import (
    DASHES,
    EXCEL_ERRORS,
    LARGEST_AMOUNT,
    Amount,
    AmountError,
    normalise,
    parse_amount,
    separators,
    too_large,
)
from core.reading.checks import RunningBalance, Sums
from core.reading.layout import (
    CARRIED_HINT,
    EXCHANGE_HINT,
    HANDED_BACK_HINT,
    OPENING_CODE_HINT,
    OPENING_HINT,
    PAID_AHEAD_HINT,
    PAYMENT_HINT,
    REFUSED_HINT,
    RETURN_HINT,
    SALE_NOTE_HINT,
    SMALLEST_RUPIAH,
    TOTAL_HINT,
    WRITE_OFF_HINT,
    Header,
    SaleParts,
    Shape,
    StatedTerms,
    carried_card,
    cash_sale_columns,
    cash_sale_rows,
    cell_text,
    code_column,
    contact_detail,
    contact_label,
    date_heading,
    header_parts,
    instalment_columns,
    is_bucket_label,
    is_carried_label,
    is_closing_label,
    is_exchange_label,
    is_handed_back_label,
    is_note_line,
    is_opening_label,
    is_opening_number,
    is_paid_ahead_label,
    is_payment_label,
    is_percent_line,
    is_refused_label,
    is_return_label,
    is_returns_sheet,
    is_signature,
    is_text,
    is_total_label,
    is_written_off,
    item_columns,
    kind_is_credit,
    led_by_print_stamp,
    may_be_received,
    may_name_someone,
    month_heading,
    named_day,
    names_no_one,
    names_own_number,
    names_page,
    names_sale,
    pays_the_tab,
    retention_columns,
    running_balance,
    signs_column,
    stated_terms,
    table_name,
    terms_above,
    title_customer,
    without_negated,
)
from core.reading.problems import LedgerReadError, Problem, ProblemCode
from core.reading.safety import column_letters
from core.reading.sheets import RawSheet

_K = TypeVar("_K")
_V = TypeVar("_V")

_CURRENCY_ONLY: Final = frozenset({"rp", "idr", "rp."})
_CURRENCY_HINT: Final = ("rp", "idr")
_UNPAID_WORDS: Final = (
    "belum", "unpaid", "not paid", "partial", "sebagian", "outstanding", "open", "kurang",
    "cicil", "pending", "due", "sisa",
    # When it will be paid, not that it was: "pelunasan saat ambil", "lunas nanti" (a promise
    # or a condition, "janji", "jika lunas", is ``columns.not_made``).
    "saat ", "nanti", "waktu ambil", "setelah ",
)  # fmt: skip
# Not paid, or half: "Tidak Lunas", "Tdk Lunas", "Gak lunas", "Setengah lunas".
_NOT_PAID: Final = re.compile(
    r"\b(?:tidak|tdk|tak|gak|ga|nggak|enggak|not|setengah|separuh)\s+"
    r"(?:lunas|bayar|dibayar|terbayar|paid|settled)\b"
)
_NOTHING_PAID: Final = ("belum", "unpaid", "not paid", "nihil", "false", "tidak")
# A paid column that is a checkbox (Google Sheets' TRUE / FALSE, "Ya" / "Tidak", a tick):
# its cells say yes or no, whatever its header.
_CHECKBOX: Final = frozenset({
    "true", "false", "ya", "tidak", "y", "n", "yes", "no", "v", "x", "✓", "✔", "✗", "-",
})  # fmt: skip
# The words of a cell that may be an invoice number ("INV/10/015" in "Pelunasan INV/10/015").
_WORDS: Final = re.compile(r"[^\s,;:()\[\]]+")
_DIGIT: Final = re.compile(r"\d")
_DIGITS: Final = re.compile(r"\d+")
# A word of terms, or of the due date, somewhere in a column's notes: its notes are looked at
# for them ("tempo 2 minggu", "JT 15/12", "j/t 5 Des").
_TERMS_WORD: Final = re.compile(rf"\b(?:{TERMS_WORDS}|jt|j/t)\b")
# The columns whose cells name no other invoice: figures, dates, the row's number and customer.
_NOT_NAMING: Final = (
    "invoice_no", "customer", "amount", "paid", "returned", "balance", "cost", "invoice_date",
    "due_date", "payment_date", "terms", "row_no", "phone", "email",
)  # fmt: skip
# How a currency column writes rupiah.
_RUPIAH: Final = frozenset({"", "IDR", "RP", "RP.", "RUPIAH", "-"})
_CANCELLED: Final = ("batal", "dibatalkan", "void", "cancel", "canceled", "cancelled")
# A status saying an accounting program's invoice is not posted yet (Odoo's "Draft"): the cell
# alone, in a column named for the status (never a note's "draft kontrak").
_DRAFT: Final = frozenset({"draft", "draf"})
_NOT_RECEIVED: Final = (
    "belum cair", "tidak cair", "tolak", "bounce", "batal", "cancel", "void", "gagal",
    "mundur", "kosong", "belum diterima", "belum masuk", "not cleared", "uncleared",
    "pending", "belum kliring",
)  # fmt: skip
_TICKS: Final = ("✓", "✔", "√", "☑", "✅")
_YES: Final = frozenset({"v", "ya", "y", "yes", "ok", "sudah", "true", "1"})
# A status column whose header asks whether the invoice is paid: its cells say yes or no.
_YES_NO_HEADERS: Final = frozenset({
    "lunas", "sudah lunas", "paid", "is paid", "sudah bayar", "sudah dibayar", "lunas ya",
    "lunas y n", "paid y n",
})  # fmt: skip
# The words of a header that name an invoice's settlement (not a payment of a part).
_SETTLEMENT_WORDS: Final = frozenset({"lunas", "pelunasan"})
_PAID_WORDS: Final = (
    "lunas",
    "paid",
    "settled",
    "selesai",
    "closed",
    "sudah bayar",
    "sudah dibayar",
)
# A status cell that says paid alone, never as a part of one ("Toko Beres", "belum beres").
_PAID_CELLS: Final = frozenset({"sudah", "beres", "sudah beres", "done"})
# How it was paid, after the word that says it was ("sdh tf", "Sudah transfer", "lunas cash",
# "sudah via BCA", "sudah ditransfer"): the way, or "via" and a bank, and one word more.
_PAID_HOW: Final = re.compile(
    rf"\s+(?:(?:via|lewat|pakai)\s+[a-z]+|(?:di)?(?:{PAYMENT_WAYS}))(?:\s+[a-z]+)?$"
)
# The short forms owners write in a status, read as the words they stand for: "sdh bayar",
# "udah", "byr", and each way of writing "belum" ("blm lunas", "blom lunas", "belom": not
# paid, never "lunas").
_SPELLED: Final = {
    "sdh": "sudah", "sdah": "sudah", "udh": "sudah", "udah": "sudah", "byr": "bayar",
    "lns": "lunas", **dict.fromkeys(NOT_YET_SPELLINGS, "belum"),
}  # fmt: skip
_SHORT_FORMS: Final = re.compile(rf"\b(?:{'|'.join(sorted(_SPELLED))})\b")
# The initials owners write for a whole status, only as the whole cell: "BL" is "belum lunas"
# (a "BL" among other words may be something else: a bill of lading's).
_INITIALS: Final = {"bl": "belum lunas"}
# A status saying part was paid, and not how much: "Cicil", "Sebagian", "DP", "Setengah lunas".
_PART_WORDS: Final = frozenset({
    "cicil", "cicilan", "nyicil", "dicicil", "sebagian", "partial", "partially", "angsur",
    "angsuran", "diangsur", "dp", "setengah", "separuh",
})  # fmt: skip
# Words of a status of a debt still owed that say neither "belum" nor "lunas": on credit,
# waiting, late ("Tempo", "Kredit", "Piutang", "Bon", "Menunggu", "Telat"), or an invoice
# sent or posted and not paid yet ("Terkirim", "Sent", "Posted", "Baru"), or e-mailed and
# opened by the customer (an invoicing program's "Emailed", "Viewed": FreshBooks, Zoho).
_OWED_WORDS: Final = frozenset({
    "tempo", "kredit", "credit", "piutang", "utang", "hutang", "ngutang", "bon", "kasbon",
    "ngebon", "tagih", "ditagih", "tagihan", "tunggu", "menunggu", "tertunda", "proses",
    "diproses", "overdue", "terlambat", "telat", "macet", "unsettled", "terkirim", "dikirim",
    "kirim", "sent", "delivered", "posted", "diposting", "terbit", "diterbitkan", "issued",
    "invoiced", "confirmed", "approved", "baru", "new", "aktif", "active", "berjalan",
    "emailed", "mailed", "viewed", "dilihat", "dibaca",
})  # fmt: skip
# A status column proper, not a note's ("Ket", "Catatan") nor a giro's ("Status Giro").
_STATUS_HEADER_WORDS: Final = frozenset({"status", "lunas", "paid", "state", "pelunasan"})
_GIRO_WORDS: Final = frozenset({"giro", "cek", "bg", "cair"})
_LETTER_WORDS: Final = re.compile(r"[a-z]+")
# A check of the book's own figures: they agree, they do not, the book has none, or they are
# formulas never worked out (``SheetReader._refuse_uncalculated``).
Check = Literal["ok", "mismatch", "none", "uncalculated", "error"]
# A row the rule could not use, told after the rows read with it: the row's position under
# the header, the problem's code, the column, the cell, and the two figures of a check.
_Fault = tuple[int, ProblemCode, str, object, "Amount | None", "Amount | None"]
_first = itemgetter(0)
_AMOUNT_TYPES: Final = frozenset({int, Decimal})
# The words that name a figure as the invoice's own, beside its lines' ("InvoiceAmountDue").
_INVOICE_WORDS: Final = frozenset({"invoice", "faktur", "nota", "inv"})
# A share of an amount written as a percentage: "10%", "2,5 %".
_PERCENT: Final = re.compile(r"^(\d{1,3}(?:[.,]\d+)?)\s*%$")
_AMOUNT_OR_NONE: Final = frozenset({int, Decimal, type(None)})
_TEXT: Final = frozenset({str})
# The fields whose cell of dashes only says there is none (an amount's dashes are the money
# rules'; a customer's name is left as written).
_NONE_IF_DASHES: Final = frozenset(
    {"invoice_no", "invoice_date", "due_date", "terms", "payment_date"}
)
# The fields of a row's figures: one merged down over rows is one figure (``_clean``); and
# those that say which record a row is: one merged down over rows makes them one record's lines.
_FIGURES: Final = frozenset({"amount", "paid", "returned", "balance", "cost"})
# The faults of a figure that cannot be read; told as ``excel-error`` where it is Excel's.
_UNREAD_FIGURE: Final = frozenset({"invalid-amount", "invalid-paid"})
# The fields where a ditto mark says "the same as the row above" (a bon book typed from paper:
# '"' under a date, a name, an amount, what was paid or a status: "Lunas" then '"'), and the
# marks, as typed (a cell of one, spaces cut).
_DITTO_FIELDS: Final = frozenset(
    {"invoice_date", "due_date", "payment_date", "customer", "amount", "paid", "status"}
)
_DITTO_CELLS: Final = frozenset(
    spelled
    for mark in ('"', "''", "〃", "″", "”", "“", ",,", "idem", "sda", "s.d.a", "s.d.a.", "ditto")
    for spelled in (mark, mark.upper(), mark.capitalize())
)
_IDENTITY: Final = ("invoice_no", "customer", "invoice_date")
# A cell of one to three dashes, a space on either side or none ("-", "--", " - ", "–").
_DASH_CELLS: Final = frozenset(
    f"{left}{''.join(dashes)}{right}"
    for count in (1, 2, 3)
    for dashes in product(sorted(DASHES - {" "}), repeat=count)
    for left in ("", " ")
    for right in ("", " ")
)


class _Memo(dict[_K, _V], Generic[_K, _V]):
    """A dict that computes a missing entry once with ``func``: text parsed once per spelling."""

    __slots__ = ("func",)

    def __init__(self, func: Callable[[_K], _V]) -> None:
        super().__init__()
        self.func = func

    def __missing__(self, key: _K) -> _V:
        value = self[key] = self.func(key)
        return value


class _Bad:
    """A cell that holds no amount or date: one value, told by ``is``."""

    __slots__ = ()


BAD: Final = _Bad()


def _amount(
    value: object, unit: int = 1, marks: Mapping[str, bool | None] | None = None
) -> Amount | _Bad | None:
    try:
        return parse_amount(value, unit, marks)
    except AmountError:
        return BAD


def _date(
    value: object, month_first: bool = False, year: int | None = None, date1904: bool = False
) -> date | _Bad | None:
    try:
        return parse_date(value, month_first, year, date1904)
    except DateError:
        return BAD


def _terms(value: object) -> int | None:
    try:
        return parse_terms(value)
    except DateError:
        return None


def _phone(value: object) -> str | None:
    if value is None:
        return None
    text = cell_text(value)
    # A number cell loses the leading 0 of 0812…: put it back.
    if isinstance(value, (int, float)) and text.startswith("8") and 9 <= len(text) <= 13:
        text = "0" + text
    return text or None


def nothing_paid(value: object) -> bool:
    """A paid cell's note that nothing is paid yet: "belum", "Belum bayar", "blom", "unpaid",
    "nihil". ("sebagian", part paid, says nothing of how much: not this.)

    >>> nothing_paid("Belum bayar"), nothing_paid("nihil"), nothing_paid("sebagian")
    (True, True, False)
    >>> nothing_paid("belom byr")
    True
    """
    return value is False or (
        isinstance(value, str) and _spelled_out(value.strip().lower()).startswith(_NOTHING_PAID)
    )


def _ticked_no(value: object) -> bool:
    """Whether a checkbox's cell says no: a word of ``_CHECKBOX`` that is no yes ("x", "n").

    >>> _ticked_no("x"), _ticked_no(" X "), _ticked_no("v"), _ticked_no("xx")
    (True, True, False, False)
    """
    if not isinstance(value, str):
        return False
    text = value.strip().lower()
    return text in _CHECKBOX and text not in _YES


@lru_cache(maxsize=256)
def _asks_if_paid(label: str) -> bool:
    """Whether a status column's header asks whether the invoice is paid ("Lunas?")."""
    return normalise_header(label) in _YES_NO_HEADERS


@lru_cache(maxsize=256)
def _names_settlement(label: str) -> bool:
    """Whether a header names the invoice's settlement ("Lunas", "Tgl Lunas", "Tgl
    Pelunasan", "Lunas Tgl"): a date under it is the day the invoice was paid in full."""
    return not _SETTLEMENT_WORDS.isdisjoint(normalise_header(label).split())


def is_cancelled(text: str) -> bool:
    """Whether a status says the invoice was cancelled: "Batal", "Dibatalkan", "Void".

    >>> is_cancelled("Batal"), is_cancelled(" VOID "), is_cancelled("Belum lunas")
    (True, True, False)
    """
    return text.strip().lower().startswith(_CANCELLED)


def not_received(value: object) -> bool:
    """Whether a payment's status says the money has not come: a giro or cheque not cleared
    yet, bounced or cancelled ("Belum cair", "Ditolak", "Giro mundur", "Batal").

    >>> not_received("Belum cair"), not_received("DITOLAK"), not_received("Cair")
    (True, True, False)
    >>> not_received("blom cair")
    True

    Money that replaces a bounced giro says so of the giro it replaces, not of itself
    ("Transfer pengganti giro tolak", "Tunai, ganti cek kosong": received); a replacement
    giro not cleared is not ("Giro pengganti, belum cair").

    >>> not_received("Transfer pengganti giro tolak"), not_received("Tunai, ganti cek kosong")
    (False, False)
    >>> not_received("Giro pengganti, belum cair"), not_received("Tolakan giro BG 554210")
    (True, True)
    """
    if not isinstance(value, str):
        return False
    text = _REPLACED.sub(" ", _spelled_out(value.lower()))
    return any(w in text for w in _NOT_RECEIVED)


# What a payment replaces: "pengganti giro tolak", "ganti giro yg ditolak", "gantikan cek
# kosong", the bounced giro or cheque after the word for replacing, up to its bounce.
_REPLACED: Final = re.compile(
    r"\b(?:peng|meng)?ganti(?:kan|an)?\s+(?:giro|bg|cek|cheque)\b[^,;()]*?"
    r"(?:tolak\w*|kosong|bounced?|gagal)\b"
)


# A payment written in a note: a word for paying, then its amount ("bayar 500rb", "tf 1jt",
# "byr 1.000.000", "dp: Rp 300.000", each of the down payment's words: "uang muka Rp 300.000",
# "panjar 200rb"), a word or two of when or how between them ("bayar dulu 250.000", "bayar
# sebagian 1jt", "DP dulu 300rb", "bayar via tf 200rb": ``_PAID_FILLER``). The amount ends
# where a date's or a share's would go on ("3/10", "50%", "3x"; "bayar 2 minggu lagi" is a
# count); the word before says whether the money came ("janji bayar 500rb", "sisa bayar
# 200rb": not yet).
_NOTE_FIGURE: Final = (
    r"\s*[:=]?\s*(?:rp\.?\s*)?"
    r"(?P<amount>(?:\d{1,3}(?:[.,]\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d+)?)"
    r"(?:\s*(?P<unit>rb|ribu|k|jt|juta)\b)?)"
    r"(?![\w/%]|[-.,]\d)"
)
# The word before a note's money, which says whether it came ("janji", "belum"): a whole word
# (read only from where a run of letters starts: a long word is not read again from each letter).
_WORD_BEFORE: Final = r"(?:(?<![a-z])(?P<before>[a-z]+)\s+)?"
_PAID_FILLER: Final = (
    r"(?:\s+(?:dulu|duluan|sebagian|sudah|sdh|baru|awal|(?:via|lewat|pakai)\s+[a-z]+)){0,2}"
)
_NOTE_PAYMENT: Final = re.compile(
    _WORD_BEFORE
    + r"\b(?:bayar|byr|dibayar|pembayaran|tf|trf|transfer|cicil|cicilan|angsuran|titip|"
    rf"titipan|setor|setoran|tunai|cash|{DOWN_PAYMENT_WORDS})" + _PAID_FILLER + _NOTE_FIGURE
)
# A down payment written as a share of the sale in a note ("sudah DP 30%", "uang muka 50 %",
# "DP: 20% tgl 30/11"): that share of the row's amount was paid (``note_share``). The word
# before says whether the money came ("belum DP 30%", "minta DP 50%": not yet).
_NOTE_SHARE: Final = re.compile(
    _WORD_BEFORE + rf"\b(?:{DOWN_PAYMENT_WORDS})\s*[:=]?\s*(?P<share>\d{{1,3}}(?:[.,]\d+)?)\s*%"
)
# A return or a discount written in a note, its amount after it ("potongan 50.000 (bayar
# cepat)", "retur 300rb barang rusak", "pot. 150.000", "diskon: Rp 25.000", "barang kembali
# 200rb"), after the count of goods sent back ("retur 5 krat telur 250rb", "ada retur 2 dus
# (200rb)", "Retur: 5 krat = Rp 250.000", "retur 3 sak @50rb = 150rb": the total, not the
# price of each) or after the return's own number ("nota retur NR-5 250.000"), "pot" with its
# dot or without ("pot 15rb pembulatan", as a hand writes it); so the tax the customer withheld
# ("pph 23 200.000") and the rounding let go ("pembulatan 350", however small: ``small``).
# (Money handed back, "uang kembali", is no goods: ``layout.is_handed_back_label``.)
_NOTE_RETURN: Final = re.compile(
    _WORD_BEFORE + r"\b(?:retur|return|potongan|pot\.?|diskon|disc\.?|discount|"
    r"(?<!uang\s)(?:di)?kembali(?:kan)?|"
    r"pph\s*(?:(?:pasal|ps\.?)\s*)?(?:2[23]\b)?|(?P<small>pembulatan))"
    r"(?:\s*:)?(?:\s+(?!rp)[a-z]{1,4}[-/.]?\d{1,6}(?=\s))?"
    r"(?:\s+\d{1,4}\s+[a-z]+(?:\s+[a-z]+){0,2}?(?:\s*\()?)?"
    r"(?:\s*@\s*(?:rp\.?\s*)?[\d.,]+\s*(?:rb|ribu|k|jt|juta)?\s*(?==))?" + _NOTE_FIGURE
)
# A note's money off that was not taken off the row: offered on a condition ("jika lunas s/d
# 10/09", "tawaran … kalau bayar tunai"), in the figures already ("sdh dipotong", "sudah
# termasuk di total", "tf 1jt + retur 200rb"), or spread over months ("per bulan", "/bln").
# (Beside the promised, conditional, asked for or not approved: ``columns.not_made``.)
_NOT_TAKEN: Final = re.compile(
    r"\b(?:tawar|tawaran|ditawarkan|sebelum|termasuk|dipotong|dikurangi|per\s+bulan|"
    r"perbulan|mulai)\b|/\s*bln|\+"
)
# A note's discount that is the sale's own price, no goods sent back: a share of it ("potongan
# 10%", "diskon 5 %") or held in it already ("harga sdh termasuk potongan 10%", "sudah termasuk
# diskon"). Beside a sale's amount it names no return: the row owes its amount (``_invoice_rows``;
# "Retur barang rusak (termasuk ongkir)" is still a return).
_IN_PRICE: Final = re.compile(
    r"\b(?:potongan|pot\.?|diskon|disc\.?|discount)\s*:?\s*\d{1,3}(?:[.,]\d+)?\s*%|"
    r"\btermasuk\s+(?:\w+\s+){0,2}?(?:potongan|pot|diskon|disc|discount|retur|return)\b",
    re.IGNORECASE,
)
_IN_PRICE_HINT: Final = ("%", "termasuk")


def in_price(text: str) -> bool:
    """Whether a note says its discount is the sale's own price (``_IN_PRICE``).

    >>> in_price("harga sdh termasuk potongan 10%"), in_price("potongan 10%")
    (True, True)
    >>> in_price("Retur barang rusak (termasuk ongkir)"), in_price("potongan 50.000")
    (False, False)
    """
    return bool(_IN_PRICE.search(text))


# The words before a note's payment (``_NOTE_PAYMENT``, ``_NOTE_SHARE``): one look through a
# column's texts finds whether any may write one.
_NOTE_PAID_HINT: Final = (
    "bayar", "byr", "tf", "trf", "transfer", "cicil", "angsuran", "titip", "setor", "tunai",
    "cash", "dp", "uang muka", "down payment", "deposit", "panjar", "tanda jadi",
)  # fmt: skip

_NOT_YET: Final = frozenset({
    "belum", *NOT_YET_SPELLINGS, *NOT_MADE_WORDS, "sisa", "kurang", "tunggu", "harus", "tagih",
})  # fmt: skip


def note_paid(value: object, unit: int = 1) -> Amount:
    """What a note says was paid: each word for paying followed by its amount, added up, in
    the table's ``unit`` (rupiah per figure written without "rb" or "jt"). A figure with no
    such word before it is none, nor a date after "tgl", nor one under Rp 1.000 (a count:
    "cicil 3 kali").

    >>> note_paid("bayar 500rb tgl 3/10, tf 1jt tgl 20/10"), note_paid("dp: Rp 300.000")
    (1500000, 300000)
    >>> note_paid("uang muka Rp 300.000"), note_paid("DP 500rb"), note_paid("dp awal 1jt")
    (300000, 500000, 1000000)
    >>> note_paid("lunas tgl 15/11"), note_paid("janji bayar 500rb"), note_paid("cicil 3x")
    (0, 0, 0)
    >>> note_paid("bayar dulu 250.000"), note_paid("tf dulu 200rb"), note_paid("DP dulu 300rb")
    (250000, 200000, 300000)
    >>> note_paid("bayar sebagian 1.000.000"), note_paid("bayar via tf 200rb")
    (1000000, 200000)
    >>> note_paid("bayar 2 minggu lagi"), note_paid("dp menyusul"), note_paid("sisa bayar dulu 1jt")
    (0, 0, 0)
    """
    return _noted_figures(value, _NOTE_PAYMENT, unit)


def note_share(value: object) -> Decimal | None:
    """What share of the row's amount, in percent, a note says was paid as a down payment
    ("sudah DP 30%": 30), added up; ``None`` where it writes none. A share promised or still
    owed ("belum DP 30%", "janji DP 50%") is none, nor a percent after other words ("potongan
    10%": the price's own, ``in_price``).

    >>> note_share("sudah DP 30%"), note_share("DP 20% tgl 30/11"), note_share("uang muka 12,5 %")
    (Decimal('30'), Decimal('20'), Decimal('12.5'))
    >>> note_share("belum DP 30%"), note_share("potongan 10%"), note_share("DP 500rb")
    (None, None, None)
    """
    if type(value) is not str or "%" not in value:
        return None
    shares = [
        Decimal(found["share"].replace(",", "."))
        for found in _NOTE_SHARE.finditer(value.lower())
        if found["before"] not in _NOT_YET
    ]
    return sum(shares, Decimal(0)) if shares else None


def share_of(amount: Amount, percent: Decimal) -> Amount:
    """``percent`` of ``amount``, to the whole rupiah (half up) where the amount is whole.

    >>> share_of(10_000_000, Decimal(30)), share_of(1_234_567, Decimal(30))
    (3000000, 370370)
    """
    share = Decimal(amount) * percent / 100
    if type(amount) is int:
        share = share.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return normalise(share)


def note_returned(value: object, unit: int = 1) -> Amount:
    """What a note says was sent back or taken off: each word for a return or a discount
    followed by its amount, added up, in the table's ``unit`` (as ``note_paid``). A word
    with no figure after it is none, nor a count ("retur 2 dus"), nor a discount asked and
    not given ("minta potongan 50rb").

    >>> note_returned("potongan 50.000 (bayar cepat)"), note_returned("retur 300rb barang rusak")
    (50000, 300000)
    >>> note_returned("pot 15rb pembulatan"), note_returned("pot. 15rb"), note_returned("pot bunga")
    (15000, 15000, 0)
    >>> note_returned("retur 2 dus"), note_returned("Retur"), note_returned("minta pot. 50rb")
    (0, 0, 0)
    >>> note_returned("retur 5 krat telur 250rb"), note_returned("ada retur 2 dus (200rb)")
    (250000, 200000)
    >>> note_returned("ajukan retur 300.000 - blm disetujui")
    0
    >>> note_returned("Retur: 5 krat = Rp 250.000"), note_returned("retur 3 sak @50rb = 150rb")
    (250000, 150000)
    >>> note_returned("barang kembali 2 dus 200rb"), note_returned("nota retur NR-5 250.000")
    (200000, 250000)
    >>> note_returned("kurang retur 200rb"), note_returned("uang kembali 50rb")
    (200000, 0)

    The rounding let go is none of a count, however small ("pembulatan 350"); tax withheld
    is taken off by its figure, not its article ("pph 23 200.000", "PPh 23").

    >>> note_returned("pembulatan 350"), note_returned("pph 23 200.000"), note_returned("PPh 23")
    (350, 200000, 0)
    """
    if type(value) is str and not_made(value) and not _NOTE_PAYMENT.search(value.lower()):
        return 0  # a return asked for and not approved ("retur 300.000 - blm disetujui")
    return _noted_figures(value, _NOTE_RETURN, unit, _NOT_YET_BACK)


# Before a return, "kurang" takes it off ("kurang retur 200rb"); before a payment it is what is
# still short ("kurang bayar 200rb").
_NOT_YET_BACK: Final = _NOT_YET - {"kurang"}


def _noted_figures(
    value: object, words: re.Pattern[str], unit: int, not_yet: Collection[str] = _NOT_YET
) -> Amount:
    """The figures a note writes after ``words`` (for paying, or for taking off), added up, in
    the table's ``unit``: none asked and not given (a word before it in ``not_yet``: "janji
    bayar", "minta potongan"), none under Rp 1.000 (a count) but after a word for the rounding
    (its group ``small``)."""
    if type(value) is not str:
        return 0
    total: Amount = 0
    for found in words.finditer(value.lower()):
        if found["before"] in not_yet:
            continue
        amount = parse_amount(found["amount"]) or 0
        if found["unit"] is None:
            amount *= unit
        if amount >= 1000 or found.groupdict().get("small"):
            total += amount
    return normalise(Decimal(total)) if type(total) is Decimal else total


def status_paid(value: object, yes_no: bool = False) -> bool:
    """Whether a status (or paid) cell says the invoice is paid: "Lunas", "Sudah bayar", a
    tick ("✓"); in a column that asks it ("Lunas?", "Sudah lunas", "Paid": ``yes_no``) a yes
    too ("v", "ya", "y", "ok", TRUE).

    >>> status_paid("LUNAS"), status_paid("Belum lunas"), status_paid("✓"), status_paid("v")
    (True, False, True, False)
    >>> status_paid("v", yes_no=True), status_paid(True, yes_no=True), status_paid("-", True)
    (True, True, False)
    >>> status_paid("DP 1jt tgl 3/10, pelunasan saat ambil"), status_paid("lunas nanti")
    (False, False)
    >>> status_paid("TIDAK LUNAS"), status_paid("Tdk Lunas"), status_paid("Setengah lunas")
    (False, False, False)
    >>> status_paid("Lunas (tidak ada sisa)"), status_paid("Lunas tidak pakai DP")
    (True, True)
    >>> status_paid("sdh tf"), status_paid("Sudah transfer"), status_paid("sudah via BCA")
    (True, True, True)
    >>> status_paid("belum tf"), status_paid("tf sebagian"), status_paid("Toko Sudah Jaya")
    (False, False, False)
    >>> status_paid("blom lunas"), status_paid("belom lunas"), status_paid("sdh lunas")
    (False, False, True)
    >>> status_paid("pot. 50.000 jika lunas s/d 10/09"), status_paid("janji lunas 30/11")
    (False, False)
    """
    if value is True or (type(value) in (int, float) and value == 1):
        return yes_no
    if not isinstance(value, str):
        return False
    text = _spelled_out(value.strip().lower())
    if any(tick in text for tick in _TICKS) or (yes_no and text in _YES):
        return True
    text = without_negated(text)  # "Lunas, tidak ada sisa", "Lunas tidak pakai DP"
    if _NOT_PAID.search(text) or any(word in text for word in _UNPAID_WORDS) or not_made(text):
        return False
    cell = _PAID_HOW.sub("", text.strip(" .!"))  # "sudah tf": "sudah"
    return cell in _PAID_CELLS or any(word in text for word in _PAID_WORDS)


def _spelled_out(text: str) -> str:
    """A status in small letters with its short forms written out ("sdh bayar": "sudah
    bayar", "blm lunas": "belum lunas"; a cell of initials, "BL": ``_INITIALS``).

    >>> _spelled_out("sdh byr"), _spelled_out("blm lunas"), _spelled_out("sdhx")
    ('sudah bayar', 'belum lunas', 'sdhx')
    >>> _spelled_out("blom lunas"), _spelled_out("lom byr"), _spelled_out("sdg proses")
    ('belum lunas', 'belum bayar', 'sdg proses')
    >>> _spelled_out("bl"), _spelled_out("bl."), _spelled_out("no bl 123")
    ('belum lunas', 'belum lunas', 'no bl 123')
    """
    if (initials := _INITIALS.get(text.strip(" ."))) is not None:
        return initials
    if not _SHORT_FORMS.search(text):
        return text
    return _SHORT_FORMS.sub(lambda found: _SPELLED[found.group(0)], text)


StatusSays = Literal["paid", "part", "owed", "other", ""]


def status_says(value: object, yes_no: bool = False) -> StatusSays:
    """What a status cell says of its invoice: ``paid`` (``status_paid``), ``part`` paid and
    not how much ("Cicil", "Sebagian", "DP"), ``owed`` ("Belum", "Tempo", "Menunggu"),
    ``other`` (empty, a no, cancelled, a draft, a giro's, a figure or a date: not a word of
    paying), or ``""``: a word Tagih does not read as paid or not ("ok" where the column does
    not ask, "xyz"), told, not read as unpaid silently.

    >>> [status_says(v) for v in ("Sdh", "Cicil", "Setengah lunas", "blm", "Tempo", "ok")]
    ['paid', 'part', 'part', 'owed', 'owed', '']
    >>> [status_says(v) for v in ("Viewed", "Emailed", "Sent", "Unpaid", "Open", "Pending")]
    ['owed', 'owed', 'owed', 'owed', 'owed', 'owed']
    >>> [status_says(v) for v in ("Batal", "-", "x", "3/10", "Toko Beres", "belum beres")]
    ['other', 'other', 'other', 'other', '', 'owed']
    >>> status_says("ok", yes_no=True), status_says("n", yes_no=True), status_says(None)
    ('paid', 'other', 'other')
    """
    if status_paid(value, yes_no):
        return "paid"
    if not isinstance(value, str):
        return "other"
    text = _spelled_out(value.strip().lower())
    if (
        not text
        or set(text) <= DASHES
        or (text in _CHECKBOX and text not in _YES)
        or _DIGIT.search(text)
        or is_cancelled(text)
        or text in _DRAFT
        # (An invoice's payment "Pending" is owed; a giro's or a cheque's, money not come yet.)
        or (not_received(text) and text != "pending")
    ):
        return "other"
    words = set(_LETTER_WORDS.findall(without_negated(text)))
    if not _PART_WORDS.isdisjoint(words):
        return "part"
    if (
        _NOT_PAID.search(text)
        or any(word in text for word in _UNPAID_WORDS)
        or not_made(text)
        or not _OWED_WORDS.isdisjoint(words)
    ):
        return "owed"
    return ""


@lru_cache(maxsize=256)
def status_proper(label: str) -> bool:
    """Whether a status column's header names the invoice's payment status ("Status",
    "Status Bayar", "Lunas?"), not a note's ("Ket", "Catatan") nor a giro's ("Status Giro"):
    a word under it that says neither paid nor not is told."""
    words = set(normalise_header(label).split())
    return not _STATUS_HEADER_WORDS.isdisjoint(words) and _GIRO_WORDS.isdisjoint(words)


def _makes_total(columns: Sequence[Sequence[Amount]], total: Amount) -> bool:
    """Whether an invoice's lines' own figures make the total written on each of them: one
    column's added up ("LineAmount" 1.500.000 and 1.500.000 of a Total of 3.000.000), or
    one column's with the tax on them, the tax written a line at a time ("TaxAmount") or
    once for the invoice on each line ("TaxTotal"): Xero's lines with 11 % PPN, "LineAmount"
    2.000.000 and 1.000.000 net, "TaxTotal" 330.000, "Total" 3.330.000. A sum is sure where
    a figure written alike on each line is not: an invoice's Sisa is, and so may be each of
    three sales' of 100.000.

    >>> _makes_total([[2_000_000, 1_000_000], [220_000, 110_000]], 3_330_000)
    True
    >>> _makes_total([[2_000_000, 1_000_000], [330_000, 330_000]], 3_330_000)
    True
    >>> _makes_total([[2_000_000, 1_000_000], [300_000, 300_000]], 3_330_000)
    False
    """
    sums = [sum(c) for c in columns]
    if total in sums:
        return True
    once = [c[0] if len(set(c)) == 1 else None for c in columns]
    for i, net in enumerate(sums):
        tax = total - net
        if (
            net > 0
            and tax > 0
            and any(j != i and tax in (sums[j], once[j]) for j in range(len(columns)))
        ):
            return True
    return False


@dataclass(slots=True)
class SheetResult:
    """What one table gave: records, problems, and the checks against the book's own figures."""

    invoices: list[Invoice] = field(default_factory=list)
    payments: list[Payment] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    customers: set[str] = field(default_factory=set)
    headings: int = 0
    saldo: Check = "none"
    totals: Check = "none"
    sisa: Check = "none"
    default_term_used: int = 0
    rows_read: int = 0
    unit: int = 1  # rupiah per unit of the table's figures
    month_first: bool = False  # its dates written month first ("10/15/2026")
    item_lines: int = 0  # lines of items added to the invoice above them (a line per item)
    # Each customer whose opening balance says it carries another name's card ("Saldo awal
    # (pindahan kartu Toko Makmur 2025)" on TB Makmur Jaya's): that name.
    carried_from: dict[str, str] = field(default_factory=dict)
    # Each card's customer and the balance their card ran to (``RunningBalance.ended``): the
    # file's next sheet of their card goes on from it.
    ran: dict[str, Amount] = field(default_factory=dict)


class SheetReader:
    """Turns one table's rows into records, collecting problems and checks.

    ``customer`` is the customer the sheet names outside its table (a title line, the sheet's
    name) for a table without a customer column; a heading row inside the table changes it.
    ``columns`` are the table's columns (``transpose`` of the rows under the header) when the
    caller has them already. ``unit`` is how many rupiah one unit of its figures is (1000 for
    a book kept in thousands: ``core.reading.layout.amount_unit``). ``earlier``: the invoices
    of the file's sheets read before this one, which a payments sheet's notes may name.
    ``terms``: each customer's terms from the file's customer sheets (``customer_terms``), for
    a debt with no due date and no terms of its own. ``references``: the order numbers ("No.
    PO") of the invoices before it, by ``invoice_key``: a credit naming one pays its invoice.
    ``opening``: the day a table of opening balances without a date column names
    (``opening_day``): each of its rows an opening balance due that day.
    """

    def __init__(
        self,
        file: str,
        sheet: RawSheet,
        header: Header,
        shape: Shape,
        default_term: int,
        customer: str | None,
        columns: Sequence[Sequence[object]] | None = None,
        unit: int = 1,
        earlier: Sequence[Invoice] = (),
        terms: Mapping[CustomerKey, int] | None = None,
        references: Mapping[str, str] | None = None,
        opening: date | None = None,
        brought: Mapping[str, Amount] | None = None,
    ) -> None:
        self.file = file
        # The customer's order numbers ("No. PO") of the file's invoices read before this
        # table, by invoice_key: the invoice's number each names.
        self.references = references or {}
        self.customer_terms = terms or {}
        self.unit = unit  # rupiah per unit of the table's figures
        self.earlier = earlier  # the invoices of the file's sheets read before this one
        self.sheet = sheet
        self.header = header
        self.shape = shape
        self.default_term = timedelta(days=default_term)
        self.customer = customer
        self.result = SheetResult(unit=unit)
        self.idx: dict[str, int] = {name: c.index for name, c in header.columns.items()}
        self.titles: dict[str, str] = {name: c.header for name, c in header.columns.items()}
        header_row = sheet.rows[header.row]
        self.amounts: _Memo[object, Amount | _Bad | None] = _Memo(_amount)
        # A serial number is a day of the workbook's own date system (1904 on a Mac's).
        self.dates: _Memo[object, date | _Bad | None] = _Memo(
            partial(_date, date1904=sheet.date1904)
        )
        self.names: _Memo[str, str] = _Memo(lambda text: clean_name(text))
        self.deltas: _Memo[int, timedelta] = _Memo(lambda days: timedelta(days=days))
        self.header_row = header_row
        self.start = header.row + 1
        # Terms stated once for the rows under them (``stated_terms``), for the rows without
        # terms or a due date of their own (``_due_column``): the table's in its title lines
        # ("Catatan: semua faktur tempo 45 hari"); a card's above its header ("Tempo: 60 hari"
        # under "Nama : Toko Makmur") or a group's under its heading ("Tempo : 7 hari" under
        # "Nama Pelanggan : Pak Joko"), each from the row it is stated at until the next card
        # or group begins (``None``: the card states none).
        self.table_term, first_term = terms_above(sheet.rows[: header.first])
        self.stated: list[tuple[int, StatedTerms | None]] = [(0, first_term)]
        self.last_read = -1  # the last row read (``_flush``)
        self.columns = transpose(sheet.rows[self.start :]) if columns is None else columns
        self.texts_of: dict[int, tuple[list[str], str]] = {}
        # The status column asks whether paid ("Lunas?"), or is a checkbox whatever its header
        # ("Status Bayar" of v / x): a yes says so.
        asks = "status" in self.idx and (
            _asks_if_paid(header.columns["status"].header) or self._checkbox(self.idx["status"])
        )
        self.asks = asks
        self.paid_notes: _Memo[object, bool] = _Memo(partial(status_paid, yes_no=asks))
        if unit != 1:
            # A table kept in thousands or millions: its figures in rupiah, each text read as
            # the table's figures write a comma and a dot ("Nilai (jt)": "1,5", "4,35" beside
            # "12,125" make it 12.125.000, not twelve thousand million).
            written = [
                text
                for name, i in self.idx.items()
                if name in _FIGURES
                for text in self._distinct_texts(i)[0]
            ]
            self.amounts = _Memo(partial(_amount, unit=unit, marks=separators(written)))
        self.cols = {
            name: self._clean(
                i, name in _NONE_IF_DASHES, name in _FIGURES, ditto=name in _DITTO_FIELDS
            )
            for name, i in self.idx.items()
        }
        # An Excel error ("#N/A" of a lookup, "#REF!" of a formula that lost its cells) is read
        # as an empty cell: in a figure's column it is the cell's text, a figure no one can
        # know, told with its row naming the error (``excel-error``), never nothing paid. One
        # in a cell that only checks the book (a total's, a Sisa's beside amount and paid) is
        # the check not made (``_errors_told``).
        figures = {i: self.cols[name] for name, i in self.idx.items() if name in _FIGURES}
        if "balance" in self.idx and (
            "paid" in self.idx or header.running or shape in ("customer_card", "journal")
        ):
            del figures[self.idx["balance"]]  # a Sisa beside Dibayar, a running Saldo: checks
        for row, column, error in sheet.errors:
            cells = figures.get(column)
            if cells is not None and row >= self.start and cells[row - self.start] is None:
                cells[row - self.start] = error
        # A paid column empty on every row says nothing of what was paid: the table is read
        # as one without it ("Bayar" left blank, the DP written in the status: "DP 500rb").
        # Not one of formulas never worked out (``_refuse_uncalculated`` refuses those).
        paid = self.idx.get("paid")
        if (
            paid is not None
            and self.cols["paid"].count(None) == len(self.cols["paid"])
            and all(column != paid for _, column in sheet.uncalculated)
        ):
            del self.idx["paid"], self.cols["paid"]
        # A paid column that is a checkbox: its yes is the whole amount paid, its no
        # ("x", "n", FALSE) nothing paid ("Sudah Bayar" of v / x / empty), never a bad row.
        self.paid_box = (
            not asks
            and shape in ("invoice_list", "grouped")
            and "paid" in self.idx
            and self._checkbox(self.idx["paid"])
        )
        if self.paid_box:
            self.paid_notes = _Memo(partial(status_paid, yes_no=True))
        # Parts of what was paid ("Bayar 1", "DP", "Tunai" / "Transfer" / "Giro"): a column of
        # them that holds no figure (a bank's name, a giro's number) is none.
        labels = header.read_as or header_row
        # A discount written as a percentage of the amount ("10%"): each row's in rupiah.
        self.cuts: dict[int, list[object]] = {}
        # A customer's purchase in parts (Tunai | QRIS | Bon | Total): its Tunai and
        # Transfer paid the rest of the sale, no part of what is owed.
        self.sale_parts = header_parts(header)
        named = payment_parts(labels) if self.sale_parts is None else []
        paid = self.idx.get("paid")
        parts = [i for i in named if self._holds_figures(i)]
        self.paid_parts = parts if parts and (paid is None or paid in named) else []
        # A Sisa beside them says whether the paid column holds the others already (a
        # "Dibayar" that counts the DP in): the way that fits more of its rows is read.
        # With no Sisa, the rows paid off say it: the paid column alone is the whole amount on
        # rows where another part holds a figure (a security "Deposit" of a rental, a DP the
        # Dibayar counts in) more often than the parts added up are.
        if paid in self.paid_parts and "amount" in self.cols:
            others = [i for i in self.paid_parts if i != paid]
            if (
                self._fits_sisa([paid]) > self._fits_sisa(self.paid_parts)
                if "balance" in self.cols
                else others
                and self._settles([paid], others) > self._settles(self.paid_parts, others)
            ):
                self.paid_parts = []
        # A discount column ("Potongan", "Diskon") on an invoice's row is in its amount already,
        # unless the rows' own Sisa shows it taken off too (given when the rest was paid): then
        # it settles beside what was paid, as a part of it. So does tax the customer withheld,
        # a transfer fee the shop bears or the rounding ("Total | Transfer | PPh 23 | Biaya
        # Bank | Pembulatan | Sisa": ``takes_off``), each column the Sisa shows taken off; a
        # "PPh 23" whose Sisa still owes it settles nothing.
        # (A discount written as a percentage of the amount, "10%", is that share of it.)
        settling = self.paid_parts or ([paid] if paid is not None else [])
        cuts = [
            i for i, label in enumerate(labels)
            if i not in self.idx.values() and isinstance(label, str) and takes_off(label)
            and (self._holds_figures(i) or self._percent_cut(i))
        ]  # fmt: skip
        # With no Sisa, the rows paid off say it: paid and the discount together are the
        # amount ("5.000.000 | 250.000 | 4.750.000" settled) on more rows than paid alone is.
        if settling and shape == "invoice_list" and "amount" in self.cols:
            taken = settling
            for cut in cuts:
                if (
                    self._fits_sisa([*taken, cut]) > self._fits_sisa(taken)
                    if "balance" in self.cols
                    else self._settles([*taken, cut], [cut]) > self._settles(taken, [cut])
                ):
                    taken = [*taken, cut]
            if taken is not settling:
                self.paid_parts = taken
        # The parts paid by giro or cheque, and whether each row's status says that money has
        # not come (not cleared yet, bounced): such a part pays nothing yet.
        self.giro_parts = frozenset(
            i for i in self.paid_parts if GIRO_PART.search(normalise_header(cell_text(labels[i])))
        )
        self.uncleared: list[object] | None = (
            _mapped(self.cols["status"], not_received)
            if self.giro_parts and self._mentions("status", _NOT_RECEIVED)
            else None
        )
        # A row in another currency is no rupiah to add up, unless its figures are read from
        # columns in rupiah ("Nilai (Rp)"): ``_currency`` says which rows are.
        self.foreign: list[bool] | None = None
        self.currency: tuple[str, list[object]] = ("", [])
        self._currency(header)
        # The rows whose status says they are no invoice: cancelled, or not posted yet.
        self.void = self._void_rows(header)
        # A sales book kept a line per item: the lines under an invoice's first are its own.
        self.items = (
            item_columns(header.labels, header.columns)
            if shape in ("invoice_list", "grouped") and "amount" in self.cols
            else ()
        )
        if self.items:
            self._carry_lines()
        # Dates written month first by software set to US English: the table's dates say so,
        # or where none does, its due dates after their invoice dates (``_dues``).
        written = [
            text
            for name in ("invoice_date", "due_date", "payment_date")
            if name in self.idx
            for text in self._distinct_texts(self.idx[name])[0]
        ]
        self.month_first = month_first(written, self._dues())
        # Dates written without a year ("28 Agt") are of the one year the sheet's name names
        # ("Piutang 2026"), else its title ("BUKU PIUTANG TAHUN 2026"), else the file's name.
        year = None
        if any(map(yearless, written)):
            titles = [c for row in sheet.rows[: header.first] for c in row if type(c) is str]
            year = year_of([sheet.name]) or year_of(titles) or year_of([file])
        if self.month_first or year is not None:
            self.dates = _Memo(
                partial(_date, month_first=self.month_first, year=year, date1904=sheet.date1904)
            )
        self.result.month_first = self.month_first
        if header.kinds is not None and "amount" in self.cols:
            # One amount column and a type column: a credit's amount is its payment.
            signs = header.kinds < len(header.labels) and signs_column(header.labels[header.kinds])
            kinds = [kind_is_credit(v, signs) for v in self._clean(header.kinds)]
            amounts = self.cols["amount"]
            self.cols["paid"] = [
                a if credit else None for a, credit in zip(amounts, kinds, strict=True)
            ]
            self.cols["amount"] = [
                None if credit else a for a, credit in zip(amounts, kinds, strict=True)
            ]
            self.idx["paid"] = self.idx["amount"]
            self.titles["paid"] = self.titles["amount"]
        for i in self.paid_parts:
            self.cols[f"paid@{i}"] = self.cuts[i] if i in self.cuts else self._clean(i, once=True)
        # What each row's note says was paid ("bayar 500rb, tf 1jt"), where nothing else in
        # the table says what was paid: no paid column, parts or Sisa; and what share of the
        # row's amount it says was paid ahead ("sudah DP 30%").
        self.written: list[Amount | None] | None = None
        self.shares: list[Decimal | None] | None = None
        if "status" in self.cols and not (
            {"paid", "balance"} & self.cols.keys() or self.paid_parts
        ):
            self.written, self.shares = self._status_payments
        # Beside one paid column (no Sisa, no parts), a row whose paid cell is empty: nothing
        # else on it says what was paid, and its note's payment is read as where no column
        # says it ("DP 400rb, sisa minggu depan" in the status, Terbayar filled on other rows
        # only: ``_paid_column``). Not where a row of its own pays (a paid figure, no amount):
        # the note may tell of that money.
        self.written_beside: tuple[list[Amount | None], list[Decimal | None] | None] | None = None
        if (
            "status" in self.cols
            and "paid" in self.cols
            and "amount" in self.cols
            and "balance" not in self.cols
            and not self.paid_parts
            and header.kinds is None
            and shape in ("invoice_list", "grouped")
        ):
            noted, noted_shares = self._status_payments
            if (any(noted) or any(noted_shares or ())) and not any(
                a is None and p is not None
                for a, p in zip(self.cols["amount"], self.cols["paid"], strict=True)
            ):
                self.written_beside = (noted, noted_shares)
        self.merged_lines = self._merged_lines()
        # A sales book's cash sales (a figure in "Cash" / "Tunai", none in its "Kredit"
        # amount column): no debt, no row to read.
        sales = cash_sale_columns(header.as_read) if "amount" in self.cols else None
        self.cash_sales = (
            frozenset(
                k
                for k, (cash, amount) in enumerate(
                    zip(self._clean(sales[1]), self.cols["amount"], strict=True)
                )
                if amount is None and cash is not None
            )
            if sales is not None and self.idx["amount"] == sales[0]
            else frozenset()
        )
        # ... and those whose way to pay says they were paid at the sale ("Cara Bayar": Tunai,
        # Transfer, QRIS beside Kredit), where nothing else in the table says what was paid:
        # beside a paid column, parts, a Sisa or a status of paid or not, the way to pay is
        # how the customer pays (or paid a part), and those figures say what is owed.
        ways = (
            cash_sale_rows(
                header.labels,
                {c.index for name, c in header.columns.items() if name != "status"},
                lambda i: self._distinct_texts(i)[0],
            )
            if sales is None
            and shape in ("invoice_list", "grouped")
            and "amount" in self.cols
            and not ({"paid", "balance"} & self.cols.keys() or self.paid_parts)
            else None
        )
        if (
            ways is not None
            and self.idx.get("status", ways[0]) != ways[0]
            and (self._mentions("status", _PAID_WORDS) or any(self.written or ()))
        ):
            ways = None  # a status column of its own says paid or not, row by row
        if ways is not None:
            at, words = ways
            self.cash_sales = frozenset(k for k, v in enumerate(self.columns[at]) if v in words)
        # A column of what was paid of the tab ("Bayar Bon") pays the customer's oldest bon
        # first, not the row's own purchase (``_account_payments``); beside a Sisa, a row's.
        self.pays_tab = (
            shape == "invoice_list"
            and "paid" in self.titles
            and "balance" not in self.cols
            and header.kinds is None
            and expand_abbreviations(normalise_header(self.titles["paid"])) in TAB_PAID
        )
        if self.sale_parts is not None:
            self.cash_sales = self._sales_in_parts(self.sale_parts)
        self.settled = self._settled()
        self.parsed: dict[str, list[Amount | None]] = {}
        none: list[object] = [None] * (len(self.columns[0]) if self.columns else 0)
        cols = self.cols
        self.c_customer = cols.get("customer", none)
        self.c_number = cols.get("invoice_no", none)
        self.c_amount = cols.get("amount", cols.get("balance", none))
        if shape in ("customer_card", "journal") and "invoice_no" not in cols:
            self.c_number = self._numbers_in_notes(none)
        elif shape == "payment_list" and not {"invoice_no", "customer"} & cols.keys():
            self.c_number = self._invoices_in_notes(none)
        self.c_credit = cols.get("paid", none)
        self.c_returned = cols.get("returned", none)
        # Where the Sisa is read as the amount, the paid column beside it (``_carried_whole``).
        self.sisa_paid: list[object] | None = None
        if "amount" not in cols and "balance" in cols and shape in ("invoice_list", "grouped"):
            # The Sisa read as each row's amount is what is owed after the money and the
            # returns: none of them is taken off it again.
            if "paid" in cols and not header.running:
                self.sisa_paid = cols["paid"]
            self.c_credit = self.c_returned = none
            self.paid_parts = []
        self.c_balance = cols.get("balance", none)
        self.c_date = cols.get("invoice_date", none)
        self.c_due = cols.get("due_date", none)
        self.c_terms = cols.get("terms", none)
        if "terms" not in cols and shape in ("invoice_list", "grouped"):
            self.c_terms = self._terms_in_notes(none)
        self.none = none  # a column the table does not have: nothing to parse
        self.c_phone = _mapped(cols["phone"], _phone) if "phone" in cols else none
        self.c_email = _mapped(cols["email"], _opt_text) if "email" in cols else none
        self.c_address = _mapped(cols["address"], _opt_text) if "address" in cols else none
        code = (
            code_column(header.labels, {c.index for c in header.columns.values()})
            if shape == "contact_list"
            else None
        )
        self.c_code = none if code is None else self._clean(code)
        # Each terms cell's days (a yes/no cell has none: ``_mapped`` keeps TRUE apart from 1).
        self.p_terms = cast(
            list[int | None], _mapped(self.c_terms, _terms) if self.c_terms is not none else none
        )
        # The cells the usual row needs, parsed a column at a time (each text once).
        self.p_amount = self._amounts(self.c_amount)
        if unit == 1 and "amount" in cols and Decimal in set(map(type, self.p_amount)):
            # In rupiah, no invoice's figure is of sen alone: "1,5" or 0.75 are millions or
            # thousands written short, never one rupiah and a half (what was paid, or a Sisa
            # left, may be: "0,37" of PPN worked out to the sen).
            self.p_amount = [
                BAD if type(f) is Decimal and -SMALLEST_RUPIAH < f < SMALLEST_RUPIAH else f
                for f in self.p_amount
            ]  # type: ignore[operator]
        self.p_paid = self._amounts(self.c_credit)
        if header.kinds is not None:
            # The type says the row is a credit: its minus sign, when the export writes one,
            # says the same again (a Payment of -400.000 pays 400.000). A debit-typed row's
            # minus stays: a credit memo typed "Invoice" is a credit (``_entry_rows``).
            self.p_paid = [
                -a if type(a) in _AMOUNT_TYPES and a < 0 else a  # type: ignore[operator]
                for a in self.p_paid
            ]
        self.p_returned = self._amounts(self.c_returned)
        if shape == "payment_list" and "returned" in cols:
            # Each more column settling beside the money adds to it ("Diterima | PPh 23 |
            # Biaya TF (ditanggung toko)": both taken off; the second went unread).
            for i, label in enumerate(header.as_read):
                if (
                    i not in self.idx.values()
                    and isinstance(label, str)
                    and settles_beside(label)
                    and self._holds_figures(i)
                ):
                    self.p_returned = list(
                        map(_added, self.p_returned, self._amounts(self._clean(i, once=True)))
                    )
        self.p_date = self._dates_of(self.c_date)
        if opening is not None:
            # A sheet of opening balances: each row dated the day it names; a customer listed
            # with no figure ("-") brought nothing forward.
            self.p_date = [opening] * len(none)
            self.p_amount = [
                0 if a is None and c is not None else a
                for a, c in zip(self.p_amount, self.c_customer, strict=True)
            ]
        self.p_balance = self._amounts(self.c_balance)
        self.p_due = self._dates_of(self.c_due)
        self.c_cost = self.column_amounts("cost") if "cost" in cols else none
        # An invoice's instalments in columns of its row ("Jatuh Tempo I", "Termin I", ...):
        # each one's due dates and amounts.
        self.instalments = [
            (self._dates_of(self._clean(due)), self._amounts(self._clean(part)))
            for due, part in (
                instalment_columns(header.labels)
                if shape in ("invoice_list", "grouped") and "amount" in cols
                else ()
            )
        ]
        # A retention held back on each row ("Retensi 5%" due "JT Retensi"): a debt of its own
        # at its own date, the rest of the invoice due at the row's.
        held = (
            retention_columns(header.labels)
            if shape in ("invoice_list", "grouped") and "amount" in cols
            else None
        )
        self.retention = (
            (self._dates_of(self._clean(held[0])), self._amounts(self._clean(held[1])))
            if held is not None
            else None
        )
        # The rows whose description marks a return, whose texts mark an opening balance, and
        # whose name or number column holds a total's label: each distinct text looked at once.
        names = {self.idx[n] for n in ("customer", "invoice_no", "phone", "email", "address")
                 if n in self.idx}  # fmt: skip
        notes = [i for i in range(len(self.columns)) if i not in names]
        self.notes = notes
        self.returns = self._marked(notes, is_return_label, RETURN_HINT)
        # The rows whose description says money was paid, looked for once a row needs it.
        self.paying: set[int] | None = None
        # The rows whose note says a giro or a cheque was refused (``_entry_rows``), looked for
        # once.
        self.refused: set[int] | None = None
        # The rows whose note writes a payment ("DP 1jt"), sorted (``_paid_at_sale``), once.
        self.noted_paying: list[int] | None = None
        contacts = {self.idx[n] for n in ("phone", "email", "address") if n in self.idx}
        self.openings = self._marked(
            [i for i in range(len(self.columns)) if i not in contacts],
            is_opening_label,
            OPENING_HINT,
        )
        if "invoice_no" in cols:
            # An opening's short code alone in the number column ("OB" on three customers'
            # opening balances, no note beside it) marks it as its label would.
            self.openings |= self._marked(
                [self.idx["invoice_no"]], is_opening_number, OPENING_CODE_HINT
            )
        if opening is not None:
            self.openings = set(range(self.start, self.start + len(none)))
        if self.openings and "invoice_no" in cols:
            # An opening's label in the number column ("S.AWAL", "OB" on two customers'
            # openings) numbers no invoice: no number used twice.
            start, numbers, openings = self.start, self.c_number, self.openings
            self.c_number = [
                None if k + start in openings and type(c) is str and is_opening_number(c) else c
                for k, c in enumerate(numbers)
            ]
            # A row of its own number and date whose note names a sale ("PJ-0088 | Ambil Urea
            # (saldo lalu sdh dibayar)") is that sale: the old balance is what its note is about.
            sold = self._marked(notes, names_sale, SALE_NOTE_HINT) & self.openings
            self.openings -= {i for i in sold if self._own_record(i - start)}
            if self.earlier:
                # Nor is a row of its own number and date that is an invoice of a sheet read
                # before it: last year's "P-2541 | rincian saldo awal" copied under this year's
                # Saldo awal stays that invoice, whatever its note says of the balance it makes.
                known = set(invoice_keys([inv.number for inv in self.earlier]))
                known.discard("")
                self.openings -= {
                    i
                    for i in self.openings
                    if self._own_record(i - start)
                    and invoice_key(cell_text(self.c_number[i - start])) in known
                }
        dated = [i - self.start for i in self.openings if type(self.c_date[i - self.start]) is str]
        if dated and self.p_date is not self.none:
            # An opening's label typed where its line starts, in the date column ("Saldo per 31
            # Okt 2026" across Tanggal and Keterangan): the day it names is the row's, no date
            # that cannot be read (its 3.400.000 dropped, the Saldo below blamed).
            self.p_date = list(self.p_date)
            for k in dated:
                if is_opening_label(text := str(self.c_date[k])):
                    self.p_date[k] = _date_in(text)
        # (A line per item may write its total's label under the goods: ``_carry_lines``.)
        labelled = [
            self.idx[n] for n in ("customer", "row_no", "invoice_no", "status") if n in self.idx
        ] + list(self.items)
        self.totals = self._marked(labelled, is_total_label, TOTAL_HINT)
        # A page's carried total ("Pindahan", "Jumlah dipindahkan") in a list: a total line
        # once rows stand above it (``read``).
        self.carried = (
            set()
            if shape in ("customer_card", "journal", "contact_list")
            else self._marked(labelled, is_carried_label, CARRIED_HINT)
        )
        # A row with an invoice number and a date of its own is a record whatever its name
        # ("Total Motor", a workshop, in the customer column).
        for marked in (self.totals, self.carried):
            marked.difference_update([i for i in marked if self._own_record(i - self.start)])
        # A balance column that runs row after row ("Total Bon") is checked as a running
        # balance (``self.running``), not as each row's Sisa.
        with_sisa = "balance" in cols and "amount" in cols and not header.running
        self.sisa_beside = with_sisa  # a row's own balance beside its amount
        paid_column = "paid" in cols or bool(self.paid_parts)
        # A Sisa column beside amount and paid columns: the book's own figure for a row.
        self.sisa_checked = with_sisa and paid_column
        # What a row says was paid comes from its Sisa alone (amount less Sisa): a return on
        # the row is in that figure already.
        self.paid_from_balance = with_sisa and not paid_column
        # The rows a status settled beyond what their own figures paid ("LUNAS" beside Dibayar
        # 2.750.000 of a Total 27.500.000, or beside a Sisa still 960.000): what those paid,
        # for the Sisa check (``_sisa_column``).
        self.lifted: dict[int, Amount] = {}
        # The rows a status or note wrote off, and what their own figures paid: a Sisa of what
        # those leave is the sum written off, no figure that disagrees (``_sisa_column``).
        self.written_off: dict[int, Amount] = {}
        # The rows whose Sisa is not what their own figures leave (told, ``_sisa_column``), and
        # what those leave: the figure read, which a total line may add instead (``_read_sums``).
        self.sisa_read: dict[int, Amount] = {}
        self.sums = Sums()
        # The checks the book's figures for are formulas never worked out (``_unchecked_told``).
        self.unchecked: set[Literal["saldo", "totals", "sisa"]] = set()
        # The checks whose figures in the book are Excel errors (``_errors_told``).
        self.errored: set[Literal["saldo", "totals", "sisa"]] = set()
        # A table whose first total line stands above every row (a list newest first, its
        # TOTAL on top) gives its totals over the rows under them: the one waiting for them.
        self.totals_above = False
        self.waiting: int | None = None
        # ``brought``: each customer's balance their card ran to on the file's sheets before.
        self.running = RunningBalance(brought)
        self.result.ran = self.running.ended
        # The month headings inside a card closed each month (``read``): the line under one
        # brings the Saldo forward (``_entry_rows``).
        self.months: set[int] = set()
        self.cards_before: Amount = 0  # the balances the cards above this one ran to
        # Each payment's line printed under the invoice it pays: the invoice's number
        # (``_under_invoice``).
        self.under_invoice: dict[int, str] = {}
        # Where the group stood at the first heading under its last row: a printed page's
        # footer and title lines read as headings before the header repeated (``_page_break``).
        self.left_group: tuple[tuple[int, int], str | None, int, bool] | None = None
        # The data rows not yet read (positions under the header), and the customer the sheet
        # or a heading named at each (``read``).
        self.pending: list[int] = []
        self.contexts: list[str | None] = []

    def _sales_in_parts(self, parts: SaleParts) -> frozenset[int]:
        """The rows of a day's sales in parts that are no debt to read: none of the sale on
        the tab (paid in full at it), or a Total that is not the sum of the row's parts (which
        figure is wrong the book does not say: each such row a problem). A row with a figure
        in a column of what was paid of the tab ("Bayar Bon") pays the customer's tab: read.
        A row of none on the tab whose note says it pays the tab ("bayar bon") is a payment
        the sheet has no column for: a problem, lest the debt it paid stand silently."""
        rows = self.sheet.rows[self.start :]
        unsummed = parts.unsummed(rows).rows
        labels = self.header.labels
        at = parts.total
        if at is not None:  # a Total kept: each row it is not the sum of is told
            for k in unsummed:
                total = rows[k][at] if at < len(rows[k]) else None
                self.problem("parts-unsummed", self.start + k, labels[at], total)
        owed = [None if v is None else self.amounts[v] for v in self.cols["amount"]]
        paid = [None if v is None else self.amounts[v] for v in self.cols.get("paid", ())]
        none = frozenset(
            k
            for k, v in enumerate(owed)
            if (v is None or v == 0) and (k >= len(paid) or paid[k] is None or paid[k] == 0)
        )
        named = self.idx.get("customer", -1)
        for k in sorted(none.difference(unsummed)):
            note = next(
                (
                    (i, cell)
                    for i, cell in enumerate(rows[k])
                    if i != named and type(cell) is str and pays_the_tab(cell)
                ),
                None,
            )
            if note is not None:
                self.problem("parts-payment", self.start + k, labels[note[0]], note[1])
        return none.union(unsummed)

    def _settled(self) -> list[bool] | None:
        """Whether each row's column named for settlement ("Lunas", "Tgl Lunas", "Tgl
        Pelunasan") holds a date (a date cell or a date as text): the invoice was paid in full
        that day. ``None`` without such a column, or when the table says what was paid another
        way (a paid column, parts, a Sisa): there the date only dates that payment."""
        cols = self.cols
        if "paid" in cols or "balance" in cols or self.paid_parts:
            return None
        if self.header.settled and "status" not in cols:
            # The sheet's name says its invoices are paid; a status column says it row by row.
            return [True] * len(self.columns[0]) if self.columns else None
        found: list[bool] | None = None
        for name in ("status", "payment_date"):
            if name in cols and _names_settlement(self.titles[name]):
                # A number is no date here: a figure in a yes/no column is not a serial day.
                days = _mapped(cols[name], lambda v: self.date_of(v) if type(v) is str else v)
                dated = [isinstance(day, date) for day in days]
                found = dated if found is None else list(map(or_, found, dated))
        return found if found is not None and any(found) else None

    def _figures_in(self, i: int | Sequence[object]) -> list[Amount | None]:
        """Column ``i``'s figures (its share of each amount where it holds percentages:
        ``cuts``), or those of the cells given; ``None`` where a cell holds none."""
        if isinstance(i, int):
            i = self.cuts[i] if i in self.cuts else self._clean(i)
        figures = self.amounts
        return [f if type(f := figures[c]) in _AMOUNT_TYPES else None for c in i]  # type: ignore[misc]

    def _fits_sisa(self, paid: Sequence[int]) -> int:
        """On how many rows the amount less columns ``paid`` added up is the row's Sisa."""
        parts = map(self._figures_in, paid)
        owed, left = self._figures_in(self.cols["amount"]), self._figures_in(self.cols["balance"])
        return sum(
            amount - sum(filter(None, given)) == rest
            for amount, rest, *given in zip(owed, left, *parts, strict=True)
            if amount is not None and rest is not None
        )

    def _settles(self, paid: Sequence[int], among: Sequence[int]) -> int:
        """On how many rows with a figure in one of the columns ``among`` the columns ``paid``
        added up are the whole amount (the invoice settled by them)."""
        marked = map(any, zip(*map(self._figures_in, among), strict=True))
        parts = map(self._figures_in, paid)
        owed = self._figures_in(self.cols["amount"])
        return sum(
            amount == sum(filter(None, given))
            for amount, mark, *given in zip(owed, marked, *parts, strict=True)
            if amount and mark
        )

    def _percent_cut(self, i: int) -> bool:
        """Whether column ``i`` holds percentages only ("10%", "2,5 %"): then each row's share of
        its amount, in rupiah, is kept in ``cuts`` (none where either is missing)."""
        cells = self._clean(i)
        found = {c for c in cells if c is not None}
        texts = cast(set[str], found)
        if "amount" not in self.cols or not found or not all(type(t) is str for t in found):
            return False
        rates = {t: m.group(1).replace(",", ".") for t in texts if (m := _PERCENT.match(t))}
        if len(rates) != len(texts):
            return False
        figures = self.amounts
        self.cuts[i] = [
            round(a * Decimal(rates[c]) / 100)  # type: ignore[index, operator]
            if c is not None and type(a := figures[raw]) in _AMOUNT_TYPES
            else None
            for c, raw in zip(cells, self.cols["amount"], strict=True)
        ]
        return True

    def _holds_figures(self, i: int) -> bool:
        """Whether column ``i`` holds a figure: a number, or an amount written as text."""
        cells = self.columns[i] if i < len(self.columns) else ()
        if any(type(c) is int or type(c) is float for c in cells):
            return True
        return any(type(_amount(text)) in _AMOUNT_TYPES for text in self._distinct_texts(i)[0])

    # Cells -----------------------------------------------------------------------------------

    def _marked(
        self, columns: Sequence[int], label: Callable[[str], bool], hint: tuple[str, ...]
    ) -> set[int]:
        """The row indexes where a text cell of ``columns`` is such a label (``hint`` finds
        every text that may be one, and maybe more)."""
        found: set[int] = set()
        for i in columns:
            if i >= len(self.columns):
                continue
            cells = self.columns[i]
            texts, blob = self._distinct_texts(i)
            # One look through every distinct text first: most columns hold no label at all.
            if not any(word in blob for word in hint):
                continue
            labels = {v for v in texts if label(v)}
            if labels:
                found.update(k + self.start for k, v in enumerate(cells) if v in labels)
        return found

    def _void_rows(self, header: Header) -> dict[int, tuple[str, str]]:
        """The rows whose status says they are no invoice, with the column's label and the
        status: cancelled ("Batal", "Void") in the status column, or cancelled
        or not posted ("Draft") in a column named for the status, read or not (Odoo's
        "Status", Posted or Draft, beside its "Payment Status"). One look through each
        column's distinct texts: most say none."""
        read = self.idx.get("status")
        found: dict[int, tuple[str, str]] = {}
        for i, label in enumerate(header.labels):
            named = (guess := guess_field(label)) is not None and guess.field == "status"
            if i != read and not (named and guess is not None and guess.confidence == 100):
                continue
            void = {
                t
                for t in self._distinct_texts(i)[0]
                if is_cancelled(t) or (named and t.strip().lower() in _DRAFT)
            }
            if void:
                cells = self.columns[i]
                found.update((k, (label, v)) for k, v in enumerate(cells) if v in void)
        return found

    def _mentions(self, field: str, words: Iterable[str]) -> bool:
        """Whether a text of the field's column holds one of ``words`` (small letters): one
        look through its distinct texts."""
        if field not in self.idx:
            return False
        blob = self._distinct_texts(self.idx[field])[1]
        return any(word in blob for word in words)

    def _checkbox(self, i: int) -> bool:
        """Whether column ``i`` is a checkbox: TRUE / FALSE cells (Excel's or a CSV's), or
        words of yes and no ("Ya", "Tidak", "v") as its only texts, amounts beside them."""
        texts = {t.strip().lower() for t in self._distinct_texts(i)[0]} - {"", "-"}
        if not texts <= _CHECKBOX:
            return False
        if texts:  # a yes or no word, beside amounts too ("v" where the whole was paid)
            return True
        kinds = set(map(type, self.columns[i])) if i < len(self.columns) else set()
        return bool in kinds and kinds <= {bool, str, type(None)}

    def _not_naming(self, own: bool = True) -> set[int]:
        """The columns whose cells name no invoice: figures, dates, the row's own number and
        customer (``_NOT_NAMING``), a column refused, and (``own``) one numbering the payment
        itself ("No Kwitansi": its receipt "0012" is no nota "0012", ``names_own_number``)."""
        skip = {self.idx[n] for n in _NOT_NAMING if n in self.idx} | self.header.refused
        return skip | self._own_numbers(skip) if own else skip

    def _own_numbers(
        self, skip: Collection[int], known: Mapping[str, object] | None = None
    ) -> set[int]:
        """The columns numbering the payment itself (``names_own_number``), but those in
        ``skip``; with ``known`` invoices, not one that holds their numbers all the same
        (``holds_invoice_numbers``: "FK-002" under "No Kwitansi")."""
        return {
            i
            for i, label in enumerate(self.header.labels)
            if label
            and i not in skip
            and names_own_number(label)
            and not (known and holds_invoice_numbers(self._distinct_texts(i)[0], known))
        }

    def _dues(self) -> Iterator[tuple[object, object, int | None]]:
        """Each distinct invoice date, due date and terms in days of the rows, a date written
        as text among them: what says a table's dates are month first where no date alone
        does (``dates.month_first``). Looked at only then."""
        cols = self.cols
        if "invoice_date" not in cols or "due_date" not in cols:
            return
        issued_on, due_on = cols["invoice_date"], cols["due_date"]
        terms = cols.get("terms", [None] * len(issued_on))
        for issued, due, term in set(zip(issued_on, due_on, terms, strict=True)):
            if type(issued) is str or type(due) is str:
                yield issued, due, _terms(term)

    def _terms_in_notes(self, none: list[object]) -> list[object]:
        """A list's terms where no column holds them: those its notes open with ("tempo 2
        minggu, ambil sendiri" in Keterangan, "Tempo 14 hari" in a "Cara Bayar" beside Tunai
        and Kredit), each distinct note read once (``dates.terms_in_note``); ``none`` where no
        note does. A column a field is read from holds none (but the status's notes)."""
        taken = set(self.idx.values()) - {self.idx.get("status")}
        found: list[object] = none
        for i in range(len(self.columns)):
            if i in taken:
                continue
            texts, lowered = self._distinct_texts(i)
            if not _TERMS_WORD.search(lowered):
                continue
            terms = {text: said for text in texts if (said := terms_in_note(text)) is not None}
            if not terms:
                continue
            column = _mapped(self.columns[i], partial(_terms_of_note, terms))
            found = (
                column
                if found is none
                else [f if f is not None else c for f, c in zip(found, column, strict=True)]
            )
        return found

    def _distinct_texts(self, i: int) -> tuple[list[str], str]:
        """Column ``i``'s distinct texts, and all of them in small letters in one string."""
        found = self.texts_of.get(i)
        if found is None:
            cells = self.columns[i] if i < len(self.columns) else ()  # a table of no rows
            texts = cast(list[str], list(filter(str.__instancecheck__, set(cells))))
            found = self.texts_of[i] = (texts, "\n".join(texts).lower())
        return found

    def _numbers_in_notes(self, none: list[object]) -> list[object]:
        """A card without a number column: each debit's number as its note names it
        ("Penjualan No. 0019", "Faktur 0019", "Nota #0019"), or as a credit's note names a
        number of its ("Penjualan FK-1302" then "Retur FK-1302": ``_numbers_credits_name``),
        so that a credit naming it pays it (``_credits_naming_invoices``); ``none`` where no
        note names one."""
        skip = self._not_naming()
        if self.header.kinds is not None:
            skip.add(self.header.kinds)
        found: list[object] = none
        debits = self.c_amount
        credits = self.cols.get("paid", none)
        for i in range(len(self.columns)):
            if i in skip:
                continue
            texts = [t for t in self._distinct_texts(i)[0] if _DIGIT.search(t)]
            named = {t: n for t in texts if (n := _number_in_note(t))}
            if texts and self.header.kinds is None:
                named |= _numbers_credits_name(self.columns[i], debits, credits, named)
            if not named:
                continue
            cells = self.columns[i]
            found = [
                n if n is not None else named.get(c) if type(c) is str and d is not None else None  # type: ignore[call-overload]
                for n, c, d in zip(found, cells, debits, strict=True)
            ]
        return found

    def _invoices_in_notes(self, none: list[object]) -> list[object]:
        """A payments list naming neither the customer nor an invoice in a column of its own:
        each payment's invoice as its note names it ("Pelunasan INV-05"), one of the file's
        sheets before it; ``none`` where no note names one alone."""
        known = self._known_invoices(self.earlier)
        if not known:
            return none
        skip = self._not_naming(own=False)
        skip |= self._own_numbers(skip, known)
        found: list[object] = none
        for i in range(len(self.columns)):
            if i in skip:
                continue
            texts = self._distinct_texts(i)[0]
            named = {
                t: names[0]
                for t in texts
                if _DIGIT.search(t) and len(names := named_invoices(t, known)) == 1
            }
            # Or short ("tf inv 45"): the ledger finds the one invoice of the book so named.
            left = [t for t in texts if t not in named and _DIGIT.search(t)]
            named |= notes_naming_short(left, self.earlier) if left else {}
            if named:
                cells = self.columns[i]
                found = [
                    n if n is not None else named.get(c) if type(c) is str else None  # type: ignore[call-overload]
                    for n, c in zip(found, cells, strict=True)
                ]
        return found

    def _known_invoices(self, invoices: Sequence[Invoice]) -> dict[str, Invoice]:
        """``invoices`` by ``invoice_key``, and by the order numbers that name them ("PO-GM-7802":
        the invoice that billed it)."""
        numbers = invoice_keys([inv.number for inv in invoices])
        known = dict(zip(numbers, invoices, strict=True))
        known.pop("", None)
        for ref, number in self.references.items():
            if (invoice := known.get(invoice_key(number))) is not None:
                known.setdefault(ref, invoice)
        return known

    def _currency(self, header: Header) -> None:
        """Mark the rows in another currency than rupiah (``foreign``), with the column and
        the currency to tell of each (``currency``). A currency column says it of each row
        ("Mata Uang": IDR, USD); without one, a figure's header says it of every row ("Total
        (USD)"), or a title line above the table does ("All amounts in USD"): one rule for the
        currency wherever the book says it, so that dollars are never added up as rupiah."""
        taken = {c.index for c in header.columns.values()}
        figures = [self.titles[n] for n in ("amount", "paid", "returned", "balance")
                   if n in self.titles]  # fmt: skip
        if not figures or all(map(names_rupiah, figures)):
            return
        for i, label in enumerate(header.labels):
            if label and i not in taken and names_currency(label):
                cells = self._clean(i)
                other = {v for v in self._distinct_texts(i)[0] if v.strip().upper() not in _RUPIAH}
                if other:
                    self.foreign = [v in other for v in cells]
                    self.currency = (label, cells)
                return
        if any(map(names_rupiah, figures)):
            return  # "Total (Rp)" beside "Paid (USD)": which is which is not said
        above = (c for row in self.sheet.rows[: header.first] for c in row if type(c) is str)
        said = next(filter(None, map(other_currency, figures)), None) or next(
            (name for c in above if (name := other_currency(c, title=True))), None
        )
        if said is not None:
            rows = len(self.columns[0]) if self.columns else 0
            self.foreign = [True] * rows
            self.currency = (figures[0], [said] * rows)

    def _clean(
        self, i: int, dashes: bool = False, once: bool = False, *, ditto: bool = False
    ) -> list[object]:
        """Column ``i`` as the rules read its cells: text stripped, empty as ``None``, and a
        lone "Rp" (the currency in a cell of its own) replaced by the number in the next
        column; with ``dashes``, a cell of dashes only ("-", "--", "–") is empty too: in an
        invoice number, date or terms column it says there is none; with ``once`` (a figure's
        column), a cell merged down from the row above is empty: a figure merged over rows (an
        invoice's total beside its item lines) is one figure, its first row's; with ``ditto``
        (a date's, a name's, an amount's, a paid or a status column), a ditto mark ('"', "idem",
        "sda") is the cell above it (one under an empty cell, or under an amount or a paid
        figure that is no sale's, a total's or a heading's, is left as written, a cell to
        tell). Each distinct text is looked at once."""
        out = self._cleaned(i, dashes, ditto)
        if once and self.sheet.merged:
            start = self.start
            for row in [r for r, c in self.sheet.merged if c == i and r >= start]:
                out[row - start] = None
        return out

    def _cleaned(self, i: int, dashes: bool, ditto: bool = False) -> list[object]:
        """``_clean`` of a column, merged cells as copied down."""
        columns = self.columns
        if i >= len(columns):
            return [None] * (len(columns[0]) if columns else 0)
        cells = columns[i]
        texts, blob = self._distinct_texts(i)
        stripped = list(map(str.strip, texts))
        out: list[object]
        empty = _DASH_CELLS.intersection(texts) if dashes else ()
        if empty or "" in stripped or any(map(is_not, texts, stripped)):
            # Some text has spaces to cut or none at all: each cell through its text's cleaning.
            table: dict[object, object] = dict(
                zip(texts, [t or None for t in stripped], strict=True)
            )
            table.update(dict.fromkeys(empty))
            out = list(map(table.get, cells, cells))  # a number or date is itself
        else:
            out = list(cells)  # every text is clean already (``strip`` gave each back itself)
        if ditto and (marks := _DITTO_CELLS.intersection(stripped)):
            figure = i in (self.idx.get("amount"), self.idx.get("paid"))
            for k in compress(range(1, len(out)), [cell in marks for cell in out[1:]]):
                above = out[k - 1]
                if above is not None and (not figure or self._ditto_figure(i, k - 1, above)):
                    out[k] = out[k - 1]
        if not any(word in blob for word in _CURRENCY_HINT):
            return out
        lone = {v for v, t in zip(texts, stripped, strict=True) if t.lower() in _CURRENCY_ONLY}
        if lone:
            following = self._clean(i + 1) if i + 1 < len(columns) else [None] * len(cells)
            out = [following[k] if v in lone else out[k] for k, v in enumerate(cells)]
        return out

    def _ditto_figure(self, i: int, k: int, figure: object) -> bool:
        """Whether row ``k``'s ``figure`` in column ``i`` is one a ditto mark under it repeats:
        an amount on a line with more than that figure, none of its texts a total's label (a
        total line, a heading, a repeated header or an amount alone is no sale to repeat); in
        a paid column, a word too ("Lunas" then '"')."""
        if self.amounts[figure] in (None, BAD):
            return type(figure) is str and i == self.idx.get("paid")
        row = self.sheet.rows[self.start + k]
        texts = [c for j, c in enumerate(row) if j != i and c is not None and c != ""]
        return bool(texts) and not any(type(c) is str and is_total_label(c) for c in texts)

    def _merged_lines(self) -> frozenset[int]:
        """The rows (positions under the header) that are the lines of the record above them,
        by its merged cells: a row with no figure of its own where a figure is merged down
        over it (the invoice's total beside its item lines), or whose number, customer and
        date, those it has, are all merged down over it. Such a row has nothing to read: its
        record's figures were taken on the merge's first row."""
        merged = self.sheet.merged
        if not merged:
            return frozenset()
        start, cols, idx = self.start, self.cols, self.idx
        figures = [(idx[n], cols[n]) for n in _FIGURES if n in idx]
        figures += [(i, cols[f"paid@{i}"]) for i in self.paid_parts]
        names = [(idx[n], cols[n]) for n in _IDENTITY if n in idx]
        lines = set()
        for k in {row - start for row, _ in merged if row >= start}:
            if any(cells[k] is not None for _, cells in figures):
                continue  # a figure of its own: a row to read
            at = k + start
            own = [i for i, cells in names if cells[k] is not None]
            if any((at, i) in merged for i, _ in figures) or (
                own and all((at, i) in merged for i in own)
            ):
                lines.add(k)
        return frozenset(lines)

    def _amounts(self, cells: Sequence[object]) -> list[Amount | _Bad | None]:
        """``parse_amount`` of each cell (``BAD`` where it is no amount), text once."""
        if cells is self.none:
            return self.none  # type: ignore[return-value]
        # Bound here, not kept on the reader: a reader is freed without the cycle collector.
        return _mapped(cells, self.amount)  # type: ignore[return-value]

    def _dates_of(self, cells: Sequence[object]) -> list[date | _Bad | None]:
        """``parse_date`` of each cell (``BAD`` where it is no date), text once."""
        if cells is self.none:
            return self.none  # type: ignore[return-value]
        return _mapped(cells, self.date_of)  # type: ignore[return-value]

    def column_amounts(self, name: str) -> list[Amount | None]:
        """A field's cells as amounts (``None`` where empty or not an amount), once."""
        found = self.parsed.get(name)
        if found is None:
            cells = self.cols.get(name, ())
            # The columns the rows read are parsed already.
            parsed = (
                self.p_amount if cells is self.c_amount
                else self.p_paid if cells is self.c_credit
                else self.p_returned if cells is self.c_returned
                else self.p_balance if cells is self.c_balance
                else self._amounts(cells)
            )  # fmt: skip
            found = self.parsed[name] = [None if type(a) is _Bad else a for a in parsed]  # type: ignore[misc]
        return found

    def get(self, index: int, name: Field | str) -> object:
        """The cell of a field on row ``index`` as the rules read it (``None`` when empty or
        when the table has no such column)."""
        column = self.cols.get(name)
        return None if column is None else column[index - self.start]

    def amount(self, value: object) -> Amount | _Bad | None:
        """A cell as rupiah (a figure of a table kept in thousands, a thousand rupiah each)."""
        if value is None:
            return None
        if type(value) is int or (type(value) is float and value.is_integer()):
            rupiah = int(value) * self.unit
            if -LARGEST_AMOUNT <= rupiah <= LARGEST_AMOUNT:
                return rupiah
        return self.amounts[value]  # beyond the bound: parse_amount says why it is no amount

    def date_of(self, value: object) -> date | _Bad | None:
        if value is None or type(value) is date:
            return value  # type: ignore[return-value]
        if type(value) is datetime:
            return value.date()
        return self.dates[value]

    def name(self, value: object) -> str:
        return self.names[value] if type(value) is str else clean_name(cell_text(value))

    def problem(
        self,
        code: ProblemCode,
        index: int,
        column: str,
        value: object = "",
        book: Amount | None = None,
        read: Amount | None = None,
    ) -> None:
        header = self.titles.get(column, column)
        shown = cell_text(value) if value is not None else ""
        self.result.problems.append(
            Problem(
                code,
                self.file,
                self.sheet.name,
                self.sheet.excel_row(index),
                header,
                shown,
                book,
                read,
            )
        )

    # Lines that are not data -----------------------------------------------------------------

    def _note_alone(self, k: int) -> bool:
        """Whether row ``k`` is an owner's note and nothing else: no number, no figure, and
        its words, beside a date, read as a note (``is_note_line``: "(libur Lebaran, toko
        tutup)" on a day's line, "(catatan: pupuk subsidi tidak dicatat di sini)" in the name
        column). A customer and a number without an amount is a sale missing its amount."""
        if self.c_number[k] is not None or not (
            self.p_paid[k] is None and self.p_balance[k] is None
        ):
            return False
        row = self.sheet.rows[k + self.start]
        if any(isinstance(c, (int, float, Decimal)) and not isinstance(c, bool) for c in row):
            return False
        texts = self._texts(row)
        return bool(texts) and all(
            is_note_line(text) or isinstance(self.date_of(text), date) for text in texts
        )

    def _texts(self, row: Sequence[object]) -> list[str]:
        return [c.strip() for c in row if type(c) is str and c.strip()]

    def _blank(self, row: Sequence[object]) -> bool:
        skip = self.idx.get("row_no", -1)
        for i, cell in enumerate(row):
            if cell is None or cell == "" or (i == skip and type(cell) is not str):
                continue
            if type(cell) is str and not cell.strip():
                continue
            if isinstance(cell, (int, float)) and not isinstance(cell, bool) and cell == 0:
                continue
            return False
        return True

    def _own_record(self, k: int) -> bool:
        """Whether row ``k`` has an invoice number (no total's label) and a date of its own."""
        if "invoice_no" not in self.idx or type(self.p_date[k]) is not date:
            return False
        number = self.c_number[k]
        if type(number) is str:
            return bool(number.strip()) and not is_total_label(number)
        return number is not None

    def _total_row(self, index: int, row: Sequence[object]) -> bool:
        """A TOTAL / JUMLAH / Sub Total line whose label stands in another column than the
        ones ``self.totals`` looked at (the first text of the line)."""
        first = next((c for c in row if is_text(c)), None)
        return isinstance(first, str) and is_total_label(first)

    def _named_total(self, k: int, row: Sequence[object]) -> bool:
        """Whether row ``k``, a total by its label, is the next group's heading in a list
        grouped by customer: a name a total's word begins ("Total Buah Segar", a fruit shop;
        ``may_name_someone``) alone on a line without a figure, under headings read already,
        over a row of an invoice of its own. Read as a total, its invoices went to the customer
        above it."""
        if not self.result.headings or "customer" in self.idx or k + 1 >= len(self.c_amount):
            return False
        texts = self._texts(row)
        if len(texts) != 1 or not may_name_someone(texts[0]):
            return False
        if any(isinstance(c, (int, float)) and not isinstance(c, bool) and c != 0 for c in row):
            return False
        return self.c_amount[k + 1] is not None and self._own_record(k + 1)

    def _carried_row(self, index: int, row: Sequence[object]) -> bool:
        """A page's carried total ("Pindahan", "Jumlah dipindahkan") below rows of a list:
        every row's figures so far, checked as a total's. Above any row, or under a customer's
        heading in a list grouped by them or beside their name, it stays their opening
        balance ("b/f | Toko Asri": Toko Asri's balance brought forward). On a card or a
        journal it is one only where its Saldo does not move (the line above with a Saldo
        gives the same): a balance brought forward adds to the Saldo, a page's carry repeats it."""
        if not (self.pending or self.sums.data):
            return False
        # Under a heading, only the card's title printed again at a page's head ("Customer: PT
        # Sinar" over the header repeated, the card above being PT Sinar's) goes on.
        if self.result.headings and not (
            self.shape in ("customer_card", "journal") and self.customer in self.running.shown
        ):
            return False
        k = index - self.start
        named = self.c_customer[k]
        if named is not None and not (
            type(named) is str and (not named.strip() or is_carried_label(named))
        ):
            return False
        if index in self.carried:
            return True
        if self.shape == "contact_list":
            return False
        first = next((c for c in row if is_text(c)), None)
        if not (isinstance(first, str) and is_carried_label(first)):
            return False
        if self.shape not in ("customer_card", "journal") or self._saldo_unmoved(k):
            return True
        # A journal naming each row's customer, with no Saldo to show it: a carry of no one's
        # ("Saldo halaman sebelumnya" at the next page's head) is the page's total, no row.
        if self.shape == "journal" and "customer" in self.idx and "balance" not in self.idx:
            return True
        # A carry giving the Saldo alone, under rows of the card, restates it: a Saldo other
        # than the rows' is a slip told by the check ("Saldo dipindahkan" typed 4.900.000 under
        # rows running to 3.900.000), never a debt.
        return self.p_amount[k] is None and self.p_paid[k] is None and self.p_balance[k] is not None

    def _saldo_unmoved(self, k: int) -> bool:
        """Whether row ``k`` gives a Saldo and the nearest line above it that gives one gives
        the same: in the same block, or over the header repeated at a printed page's head
        (no heading between names another card: ``_carried_row`` asks under none), its
        lines ("Customer Ledger - PT Sinar | Page 2") passed over."""
        balances, rows, start = self.p_balance, self.sheet.rows, self.start
        saldo = balances[k]
        if saldo is None or type(saldo) is _Bad:
            return False
        for above in range(k - 1, -1, -1):
            line = rows[above + start]
            if line == self.header_row or self._page_line(line):
                continue
            if (before := balances[above]) is not None:
                return type(before) is not _Bad and before == saldo
        return False

    def _saldo_runs_on(self, k: int) -> bool:
        """Whether the running Saldo goes on across line ``k``: the nearest line above it
        that gives a Saldo gives one other than nothing, and the nearest one below follows
        from it by its own Debet and Kredit (5.000.000, then "Pelunasan FK-1" 5.000.000 to
        0), in the same block. A new card's first line starts its Saldo afresh."""
        balances, rows, start = self.p_balance, self.sheet.rows, self.start
        before = after = None
        for above in range(k - 1, -1, -1):
            if rows[above + start] == self.header_row:
                return False
            if (before := balances[above]) is not None:
                break
        for below in range(k + 1, len(balances)):
            if rows[below + start] == self.header_row:
                return False
            if (after := balances[below]) is not None:
                break
        if not before or after is None or _Bad in (type(before), type(after)):
            return False
        debit, credit = self.p_amount[below], self.p_paid[below]
        if _Bad in (type(debit), type(credit)):
            return False
        return bool(after == before + (debit or 0) - (credit or 0))  # type: ignore[operator]

    def _heading(self, row: Sequence[object]) -> str | None:
        """A customer's name alone on a line above their invoices (a grouped list), or a title
        line naming one; only in a table without a customer column, on a line without figures
        (the caller looked)."""
        named = title_customer(row)
        if named:
            return named
        if stated_terms(row) is not None:
            return None  # the group's terms under its name ("Tempo : 7 hari")
        texts = self._texts(row)
        # The customer's phone or e-mail printed beside their name (MYOB's heading, its phone
        # under Memo), or on a line of its own under it (BukuWarung's "No. HP : 0857-…" under
        # "Nama Pelanggan : Pak Rahmat", or "No. HP | 0857-…"): what reaches them, no name.
        texts = [t for t in texts if not contact_detail(t) and not contact_label(t)]
        numbers = [
            c for c in row if isinstance(c, (int, float)) and not isinstance(c, bool) and c != 0
        ]
        if len(texts) != 1 or len(numbers) > 1 or is_opening_label(texts[0]):
            return None
        if isinstance(self.date_of(texts[0]), date):
            return None
        return texts[0]

    # Reading ---------------------------------------------------------------------------------

    def _carries_down(self) -> bool:
        """Whether the customer column names each customer once, on their first row, and
        leaves it blank below (an export grouped by customer): many rows without a name,
        each under a named one. A total line ("Sub Total" under each customer's rows) is no
        row of theirs. Or names no row of figures, each name alone on a line over them: a
        column of group headings (``_headings_column``)."""
        if "customer" not in self.idx:
            return False
        totals, start = self.totals, self.start
        # A row of figures: an amount, or a credit (a journal's payment line, its figure moved
        # to the credit side by its type: "Pembayaran" under "Penjualan", no name of its own).
        with_amount = [
            c
            for k, (c, a, p) in enumerate(
                zip(self.c_customer, self.c_amount, self.c_credit, strict=True)
            )
            if (a is not None or p is not None) and k + start not in totals
        ]
        first = next((k for k, c in enumerate(with_amount) if c is not None), len(with_amount))
        if first == len(with_amount):
            return self._headings_column()
        blank = with_amount[first:].count(None)
        return (blank >= 2 and blank * 10 >= 3 * (len(with_amount) - first)) or (
            blank >= 1 and self._grouped_names_once()
        )

    def _grouped_names_once(self) -> bool:
        """Whether a few blank names are a customer's further rows in a list grouped by
        customer, each name written once (Toko Budi's 11-01 invoice under its 09-01 one): no
        name stands on two rows of figures, each blank one sits under a named one with no
        total line between, and where another name follows a blank one a new group starts
        there (a "Sub Total" closes the one above, or its date goes back before the row
        above). One blank name in a list that names each row is the owner's slip, told."""
        totals, start, amounts, dates = self.totals, self.start, self.c_amount, self.p_date
        seen: set[str] = set()
        read = False  # a row of figures above
        after_total = True  # no row of figures yet, or a total line since the last one
        after_blank = False  # the row of figures above is a blank one, under a name
        when: object = None  # the date of the row of figures above
        steps = 0  # the places a new name starts a group: after a Sub Total or back in time
        for k, name in enumerate(self.c_customer):
            if k + start in totals:
                after_total = True
                continue
            if amounts[k] is None:
                continue
            day = dates[k]
            if name is None:
                if after_total:
                    return False  # no name above it in its group
                after_blank = True
            else:
                key = self.name(name).casefold()
                if key in seen:
                    return False  # a name written on two rows: the book names every row
                seen.add(key)
                back = type(day) is date and type(when) is date and day < when
                starts = (after_total and read) or back
                if after_blank and not starts:
                    return False  # a blank row in a list kept in order: its name left out
                steps += starts
                after_blank = False
            read, after_total, when = True, False, day
        return steps > 0

    def _headings_column(self) -> bool:
        """Whether the customer column is empty on every row of figures and names customers
        only on lines of their own, with no figure, number or date, over two groups of rows
        or more ("Toko Lestari" in column A, its invoices under it with column A empty): each
        name heads the rows under it, as an unnamed column's would (``_heading``)."""
        totals, start = self.totals, self.start
        amounts, groups, heading = self.c_amount, 0, False
        for k, name in enumerate(self.c_customer):
            if k + start in totals:
                continue
            if amounts[k] is not None:
                groups += heading
                heading = False
            elif name is not None and self._heading_line(k):
                heading = True
        return groups >= 2

    def _heading_line(self, k: int) -> bool:
        """Whether row ``k`` holds a name in the customer column and no figure, invoice
        number or date: a group's heading in that column (a name as ``_heading`` reads one,
        not a month's "Oktober 2026" nor the book's "DAFTAR PIUTANG")."""
        if not (
            self.c_customer[k] is not None
            and self.c_amount[k] is None
            and self.c_credit[k] is None
            and self.c_balance[k] is None
            and self.c_number[k] is None
            and self.c_date[k] is None
        ):
            return False
        heading = self._heading(self.sheet.rows[k + self.start])
        return heading is not None and not names_no_one(heading)

    def read(self) -> SheetResult:
        """Every line of the table in order. A data row waits in ``pending`` and the rows
        waiting are read together, a column at a time (``_flush``), before any line whose
        check needs the rows above it read (a total, a heading, a repeated header, a figure
        that may be a total without a label) and at the end."""
        self._refuse_uncalculated()
        self._errors_told()
        rows = self.sheet.rows
        carry = self._carries_down()
        entries = self.shape in ("customer_card", "journal")
        listed = not entries and self.shape not in ("payment_list", "contact_list")
        # A day written on its first row only is the day of the rows under it with none: a
        # list's, and a bon book's read as a journal ("Tanggal | Nama | Barang | Bon | Bayar",
        # each row naming whose it is; a card's undated row stays told).
        down = listed or (self.shape == "journal" and "customer" in self.idx)
        # Where a day's heading stands: the table's first column, or its date column.
        labels = self.header.labels
        lead = {next((i for i, label in enumerate(labels) if label), 0), 0}
        if "invoice_date" in self.idx:
            lead.add(self.idx["invoice_date"])
        customers, numbers, amounts = self.c_customer, self.c_number, self.c_amount
        credits, balances, dates = self.c_credit, self.c_balance, self.c_date
        if self.c_returned is not self.none:  # a figure in Retur is a credit on the row
            credits = [r if c is None else c for c, r in zip(credits, self.c_returned, strict=True)]
        dues, openings = self.c_due, self.openings
        start, header_row, totals = self.start, self.header_row, self.totals
        has_customer = "customer" in self.idx
        # Rows that name their customer and are numbered: one naming its customer with no
        # number nor date may be that customer's subtotal (``_unlabelled_total``).
        has_numbers = has_customer and "invoice_no" in self.idx
        pending, contexts = self.pending, self.contexts
        merged_lines = self.merged_lines | self.cash_sales
        # A dated row with a figure, not marked as a total, is a data row whatever else it
        # holds (no blank, heading, header or total line is): those are read in runs.
        plain = (
            []
            if carry or self.shape == "contact_list"
            else [
                type(d) is date and (a is not None or c is not None or b is not None)
                for d, a, c, b in zip(dates, amounts, credits, balances, strict=True)
            ]
        )
        for index in totals:
            if plain:
                plain[index - start] = False
        for k in self.cash_sales if plain else ():
            plain[k] = False
        lines = len(rows) - start
        others = [k for k, p in enumerate(plain) if not p] if plain else range(lines)
        # Under the table's last figure, a line of words is a note or a signature ("Catatan:
        # harga sudah termasuk ongkos kirim", "Hormat kami,"), no heading of rows to come
        # (nor is any line there: no rows come).
        last = _last_filled(amounts, credits, balances)
        # And under its last figure read as one, a line with no customer, date, number nor
        # figure is none of its rows: a signature's words in a money column ("Mengetahui,"),
        # nor is one whose every word is a signature's, in whichever column ("Dibuat oleh,"
        # under Pelanggan, "(Pak Hendra)" under Biaya Admin).
        tail = _last_filled(self.p_amount, self.p_paid, self.p_balance, holds=_is_figure)
        after = 0  # the first position not yet looked at
        # The day a date heading ("Jumat, 2 Oktober 2026") or the dated row above gave: a
        # data row without a date of its own takes it. With no date column, a sheet named by
        # its whole date ("01-10-2026", a sheet a day) gives its rows theirs.
        day: date | _Bad | None = None if "invoice_date" in self.idx else named_day(self.sheet.name)
        closed = False  # a total line read, and no data row after it yet
        for k in chain(others, (lines,)):
            if k > after:
                self.left_group = None
                closed = False
                pending.extend(range(after, k))
                contexts.extend(repeat(self.customer, k - after))
                day = self.p_date[k - 1]
            after = k + 1
            if k == lines:
                break
            index = k + start
            customer, number = customers[k], numbers[k]
            if (
                customer is None
                and number is None
                and amounts[k] is None
                and credits[k] is None
                and self._blank(rows[index])
            ) or k in merged_lines:
                continue
            if (
                k > tail
                and type(dates[k]) is not date
                and ((customer is None and number is None) or _signature_line(rows[index]))
            ):
                continue
            if k == 0 and _units_line(rows[index]):
                continue  # under the header, the units of its columns: "(tgl) | (Rp) | (Rp)"
            row = rows[index]
            if row == header_row:
                self._flush()
                if self._page_break():
                    continue
                self._new_block(k)
                closed = False
                continue
            if (
                amounts[k] is None
                and credits[k] is None
                and balances[k] is None
                and number is None
                and type(dates[k]) is not date
                and self._page_head(k)
            ):
                continue
            # A total's label stands where a data row has its date: only a line without a
            # date (or with it written as text) may be one; so may a report's line of shares
            # under its totals ("Ageing Percent:", "Percentage of total"), no row at all.
            if (
                (customer is None or number is None)
                and type(dates[k]) is not date
                and is_percent_line(row)
            ):
                continue
            if (
                index in totals
                or (
                    (customer is None or number is None)
                    and type(dates[k]) is not date
                    and (self._total_row(index, row) or self._carried_row(index, row))
                )
            ) and not self._named_total(k, row):
                self._flush()
                self._check_total(index)
                closed = True
                continue
            if (
                amounts[k] is None
                and credits[k] is None
                and balances[k] is None
                and type(dates[k]) is not date
                # the line in the name's or the number's column ("Tempo : 2 minggu" under
                # "Nama Pelanggan : Pak Joko" in No Nota, a list with no customer column)
                and all(c is None or stated_terms((c,)) is not None for c in (customer, number))
                and (days := stated_terms(row)) is not None
            ):
                self.stated.append((k, days))  # the card's or group's terms, no heading
                continue
            if (
                listed
                and amounts[k] is None
                and credits[k] is None
                and balances[k] is None
                and (heading_day := date_heading(row, self.month_first, lead)) is not None
            ):
                day = heading_day
                continue
            if carry and customer is not None:
                self._group_terms(k)  # a name in the column begins its group
                self.customer = self.name(customer)
                if self._heading_line(k):
                    self.result.headings += 1
                    continue  # a group's heading in the customer column
            if (
                entries
                and not has_customer
                and number is None
                and type(dates[k]) is not date
                and index not in openings
                and (amounts[k] is not None or credits[k] is not None)
                and (heading := self._totals_heading(k, row)) is not None
            ):
                # A partner's name over their lines with their totals beside it (Odoo's
                # Partner Ledger): their card's heading, no row.
                self._flush()
                self._new_block(k, self.name(heading))
                self.result.headings += 1
                closed = False
                continue
            if (
                customer is None
                and amounts[k] is None
                and credits[k] is None
                and balances[k] is None
                and not has_customer
            ):
                heading = self._heading(row) if k < last else None
                if (
                    heading is not None
                    and self.shape == "customer_card"
                    and month_heading(heading)
                    and (pending or self.last_read >= 0)
                ):
                    # A month's heading inside a card closed each month ("OKTOBER 2026" over
                    # its "Saldo bulan lalu"): the card runs on, its Saldo with it.
                    self.months.add(k)
                    continue
                if heading is not None and (
                    is_note_line(heading) or (not self.result.headings and self._saldo_runs_on(k))
                ):
                    # An owner's note between a card's rows ("** mulai Jan 2026 ganti nama:
                    # TB Makmur Sentosa **"), or a line of words the card's Saldo runs on
                    # across: no new customer's card, nor a row. (Under headings read already,
                    # a list grouped by customer may run one Saldo over all of them.)
                    continue
                if heading is not None:
                    self._left_group(row)
                if heading is not None and names_no_one(heading):
                    # The book's own heading ("KARTU PIUTANG") over the next card: a new block,
                    # whose customer a line under it, the sheet or the one before names.
                    self._flush()
                    self._new_block(k)
                    continue
                if heading is not None:
                    self._flush()
                    self._new_block(k, self.name(heading))
                    self.result.headings += 1
                    # Under a total, a customer's heading whose own total closes the lines
                    # under it ("UD Berkah Tani" … "Total UD Berkah Tani"): those are theirs,
                    # a line led by words among them too (Xero's "Receivable Overpayment").
                    closed = closed and not self._totalled_below(index, heading)
                    continue
                if k > last and self._words_only(row):
                    continue  # a note or a signature under the table
            if (
                amounts[k] is None
                and credits[k] is None
                and balances[k] is None
                and customer is None
                and led_by_print_stamp(row)
            ):
                continue  # the print stamp, a date beside it ("Dicetak oleh: admin, 22/11/2026")
            if self._words_only(row) and (closed or names_page(row)):
                # A line of the page: below the total ("Dicetak 22/11/2026 10:20"), or a
                # page's footer between its rows and the next page's ("Dicetak oleh admin |
                # Halaman 1 dari 2" under Accurate's first page, in the Terbayar column).
                continue
            if (
                closed
                and customer is None
                and number is None
                and type(dates[k]) is not date
                and index not in openings
                and self._led_by_words(row)
            ):
                continue  # the report's own line under its total ("Sisa piutang | Rp11.340.000")
            if (
                closed
                and customer is not None
                and number is None
                and type(dates[k]) is not date
                and dues[k] is None
                and index not in openings
                and self._report_figure(k, customer)
            ):
                # So in the customer's column, where it labels a figure ("Trade Debtors
                # (1-1200): | 16.350.000", "Out of Balance: | 0.00" under MYOB's Total
                # Receivables) or restates a total above (the ledger's control account):
                # the report's reconciliation, no customer's invoice.
                continue
            if (
                (has_customer or self.shape == "payment_list")
                and customer is None
                and (
                    (
                        (number is None or (type(number) is str and number.count(" ") >= 2))
                        and amounts[k] is None
                        and credits[k] is None
                        and balances[k] is None
                        and dates[k] is None
                        and dues[k] is None
                    )
                    or self._lone_words(k, row, k > last)
                )
            ):
                # A note under or between the rows ("Dicetak oleh: …", a sentence in the
                # number column, a signature under the table): nothing to read.
                continue
            if self.shape == "contact_list":
                self._contact_row(index)
            else:
                if (
                    (listed or (entries and not self._texts(row)))
                    and (customer is None or (listed and has_numbers))
                    and number is None
                    and dates[k] is None
                    and dues[k] is None
                    and index not in openings
                    and type(amount := self.p_amount[k]) is not _Bad
                    and amount is not None
                ):
                    # An amount and nothing else: a total without a label when it equals a
                    # sum so far, which needs every row above it read. On a card, figures
                    # and no word nor date at all (Accurate's line under each customer's
                    # rows: Debit 5.350.000, Kredit 3.600.000). With the customer's name
                    # and no number nor date, the sum of that customer's rows above it or
                    # under it (SAP Business One's line of each customer's documents).
                    self._flush()
                    named = None if customer is None else k
                    if self._unlabelled_total(amount, self.p_paid[k], named):  # type: ignore[arg-type]
                        continue
                if (
                    listed
                    and customer is None
                    and dates[k] is None
                    and dues[k] is None
                    and self.p_amount[k] == 0
                    and not credits[k]
                    and index not in openings
                ):
                    continue  # nothing owed and no date: a line of the report ("Selisih: 0")
                if self.p_date[k] is None and day is not None and down:
                    if self.p_date is self.none:  # no date column: the headings' dates
                        self.p_date = [None] * len(self.none)
                    self.p_date[k] = day
                else:
                    day = self.p_date[k]
                pending.append(k)
                contexts.append(self.customer)
                closed = False
        self._flush()
        self._check_total(None)
        self._finish_running()
        if self.items:
            self._merge_lines()
        self._credits_naming_invoices()
        self._unread_money()
        self._unchecked_told()
        return self.result

    def _unread_money(self) -> None:
        """Tell each column of figures the table does not read where nothing says what was
        paid ("Setoran", "Cicilan" under a name no rule knows): beside the amount, none more
        than its row's on most rows, it may be the money received, and the total would be too
        high without it (``unread-column``, on the header's row)."""
        cols = self.cols
        if (
            self.shape not in ("invoice_list", "grouped")
            or not self.result.invoices  # nothing read: the sheet's own reason says why
            or "amount" not in cols
            or {"paid", "balance"} & cols.keys()
            or self.paid_parts
            or self.settled is not None
            or self.instalments
            or self.retention
        ):
            return
        labels = self.header.labels
        if any(is_bucket_label(label) for label in labels if label):
            return  # an aging report's buckets ("Current", "Older") are parts of its amount
        taken = {*self.idx.values(), *self.items}
        if self.sale_parts is not None:  # the ways a sale was paid at the till, and its Total
            taken |= {*self.sale_parts.beside}
        taken |= self._parts_of_amount(taken)
        amounts = self.p_amount
        for i, label in enumerate(labels):
            if i in taken or not label or not may_be_received(label):
                continue
            guess = guess_field(label)
            if guess is not None and (
                guess.confidence > 70
                or (guess.field == "amount" and normalise_header(label) not in CONSIGNED)
            ):
                # A field's own word, taken by a better column; an amount's, however weak, is
                # the invoice's figure or a part of it ("Subtotal" beside "PPN" and "Total"),
                # but for goods left ("Titipan" beside a Total: a deposit, maybe).
                continue
            figures = self._amounts(self._clean(i))
            pairs = [
                (f, a)
                for f, a in zip(figures, amounts, strict=True)
                if type(f) is int and type(a) is int and a > 0
            ]
            given = [f for f, _ in pairs if f]
            if given and min(given) >= 100 and 2 * sum(0 <= f <= a for f, a in pairs) > len(pairs):
                self.problem("unread-column", self.header.row, label, label)

    def _parts_of_amount(self, taken: set[int]) -> set[int]:
        """The columns of figures left of the amount, two or more, no rule reads, that add up
        to it on (nearly) every row: its parts ("Biaya Servis | Suku Cadang | Total", "Jasa |
        Sparepart | Total"), no money received. None where they do not."""
        amounts, column = self.p_amount, self.idx["amount"]
        labels = self.header.labels
        parts: dict[int, list[Amount | _Bad | None]] = {}
        for i in range(column):
            if i in taken or not labels[i]:
                continue
            figures = self._amounts(self._clean(i))
            if any(type(f) is int and f for f in figures):
                parts[i] = figures
        rows = [k for k, a in enumerate(amounts) if type(a) is int and a > 0]
        if len(parts) < 2 or not rows:
            return set()
        added = sum(
            sum(f for f in (figures[k] for figures in parts.values()) if type(f) is int)
            == amounts[k]
            for k in rows
        )
        return set(parts) if 10 * added >= 9 * len(rows) else set()

    def _refuse_uncalculated(self) -> None:
        """``LedgerReadError("uncalculated")`` when a figure, date or name the table is read
        from is a formula whose result was never saved (read as empty, it would leave an
        invoice or a payment out). One that is only a check of the book's own figures is no
        refusal, the check told as not made (``"uncalculated"``, ``_unchecked``): a total
        line's, a Sisa beside the amount and paid columns ("=D4-E4" under Jumlah and Dibayar
        of plain figures: what the reader works out itself), and a running Saldo on a row
        with a debit or a credit of its own (not an opening balance's, a Saldo alone)."""
        # A row's own counter ("No" = ROW()-1) is read for nothing.
        used = {i for name, i in self.idx.items() if name != "row_no"} | {*self.paid_parts}
        if self.header.kinds is not None:
            used.add(self.header.kinds)
        balance = self.idx.get("balance")
        running = bool(self.header.running) or self.shape in ("customer_card", "journal")
        moved = self.c_amount, self.c_credit
        cells = []
        for row, column in self.sheet.uncalculated:
            if row >= 0 and (row < self.start or column not in used):
                continue
            if row in self.totals:
                self.unchecked.add("totals")
            elif row < 0 or column != balance:
                cells.append((row, column))
            elif running and any(part[row - self.start] is not None for part in moved):
                self.unchecked.add("saldo")
            elif self.sisa_checked and not running:
                self.unchecked.add("sisa")
            else:
                cells.append((row, column))
        if cells:
            places = [
                f"{column_letters(column + 1 + self.sheet.first_column)}{self.sheet.excel_row(row)}"
                for row, column in cells[:3]
                if row >= 0
            ]
            more = "…" if len(cells) > len(places) else ""
            where = f"'{self.sheet.name}'" + (f" ({', '.join(places)}{more})" if places else "")
            raise LedgerReadError(self.file, "uncalculated", where)

    def _errors_told(self) -> None:
        """Note each check one of whose figures in the book is an Excel error (``errored``):
        a total line's ("=SUM(#REF!)" after rows were cut), a Sisa's beside the amount and
        paid columns, a running Saldo's. Such a check is not made, never "ok"; an error where
        a row's own figure is read is that row's problem (``excel-error``)."""
        balance = self.idx.get("balance")
        running = bool(self.header.running) or self.shape in ("customer_card", "journal")
        for row, column, _ in self.sheet.errors:
            if row < self.start:
                continue
            if row in self.totals and column in self.idx.values():
                self.errored.add("totals")
            elif column == balance and running:
                self.errored.add("saldo")
            elif column == balance and self.sisa_checked:
                self.errored.add("sisa")

    def _unchecked_told(self) -> None:
        """Each check whose figures in the book are formulas never worked out (``unchecked``)
        or Excel errors (``errored``) said to be not made, unless the book's figures that
        were there disagree."""
        for check in self.unchecked:
            if getattr(self.result, check) != "mismatch":
                setattr(self.result, check, "uncalculated")
        for check in self.errored - self.unchecked:
            if getattr(self.result, check) != "mismatch":
                setattr(self.result, check, "error")

    def _words_only(self, row: Sequence[object]) -> bool:
        """Whether each filled cell of a line is text that is neither an amount nor a date
        ("Printed by: manager 22.11.2026 14:03", "SAP Business One"): below a table's total,
        a line of the page, not a row."""
        filled = [c for c in row if c is not None and not (type(c) is str and not c.strip())]
        return bool(filled) and all(
            type(c) is str and self.amount(c) is BAD and self.date_of(c) is BAD for c in filled
        )

    def _brought_forward(self, k: int) -> Amount | None:
        """The Balance of row ``k`` where the next row's Balance runs on from it by that row's
        amount (4.500.000 under 1.000.000 beside 3.500.000), else ``None``."""
        balances, amounts = self.p_balance, self.p_amount
        if k + 1 >= len(balances):
            return None
        here, there, moved = balances[k], balances[k + 1], amounts[k + 1]
        if type(here) is not int or type(there) is not int or type(moved) is not int:
            return None
        return here if there - moved == here else None

    def _totals_heading(self, k: int, row: Sequence[object]) -> str | None:
        """The customer's name a card's line ``k`` gives beside figures that are the sums of
        the card's lines under it, each dated or an opening balance ("Initial Balance"), up to
        the next line that is neither (their total line, the next card's heading), and its
        Saldo the last of theirs. A heading carrying its card's totals (Odoo's Partner Ledger:
        "Toko Sinar Jaya | 7.500.000 | 2.000.000 | 5.500.000" over their lines). Without a
        Saldo beside its figures, only where no dated line stands right above it (a card's
        heading begins it); ``None`` for any other line."""
        amounts, paids, days, openings, start = (
            self.p_amount, self.p_paid, self.p_date, self.openings, self.start,
        )  # fmt: skip
        if k + 1 >= len(days) or not (type(days[k + 1]) is date or k + 1 + start in openings):
            return None  # no card's line under it
        texts = [t for t in self._texts(row) if self.amount(t) is BAD and self.date_of(t) is BAD]
        if len(texts) != 1 or is_total_label(texts[0]) or is_opening_label(texts[0]):
            return None
        sold: Amount = 0
        paid: Amount = 0
        j = k + 1
        while j < len(amounts) and (type(days[j]) is date or j + start in openings):
            sold += a if type(a := amounts[j]) in _AMOUNT_TYPES else 0  # type: ignore[operator]
            paid += a if type(a := paids[j]) in _AMOUNT_TYPES else 0  # type: ignore[operator]
            j += 1
        saldo = self.p_balance[k]
        given = [(amounts[k], sold), (paids[k], paid), (saldo, self.p_balance[j - 1])]
        if (
            j == k + 1
            or (amounts[k] is None and paids[k] is None)
            or any(f is not None and f != s for f, s in given)
            or (saldo is None and k > 0 and type(days[k - 1]) is date)
        ):
            return None
        return self._heading([texts[0]])

    def _totalled_below(self, index: int, heading: str) -> bool:
        """Whether the first total line under row ``index`` names ``heading`` ("Total UD
        Berkah Tani", "Total for UD Berkah Tani" under the heading "UD Berkah Tani")."""
        rows, totals = self.sheet.rows, self.totals
        below = next(
            (i for i in range(index + 1, len(rows)) if i in totals or self._total_row(i, rows[i])),
            None,
        )
        if below is None:
            return False
        name = " ".join(heading.casefold().split())
        return any(type(c) is str and name in " ".join(c.casefold().split()) for c in rows[below])

    def _led_by_words(self, row: Sequence[object]) -> bool:
        """Whether a line's first filled cell is words, neither an amount nor a date ("Sisa
        piutang", "Saldo akhir"): below a table's total, a label of the report's own figure,
        no row of no one's."""
        first = next(
            (c for c in row if c is not None and not (type(c) is str and not c.strip())), None
        )
        return type(first) is str and self.amount(first) is BAD and self.date_of(first) is BAD

    def _report_figure(self, k: int, label: object) -> bool:
        """Whether an undated line under a total, its words in the customer's column, is the
        report's own figure: words that end in a colon, the mark of a figure's label and of
        no one's name ("Trade Debtors (1-1200):", "Selisih:"), or a figure that restates a
        total line's above ("Piutang Usaha (1-1200) | 16.350.000" under TOTAL 16.350.000)."""
        if type(label) is not str or self.amount(label) is not BAD:
            return False
        figure = next((v for v in (self.p_amount[k], self.p_balance[k]) if v is not None), None)
        if figure is None or type(figure) is _Bad:
            return False
        return label.rstrip().endswith(":") or (figure != 0 and figure in self.sums.seen)

    def _lone_words(self, k: int, row: Sequence[object], under: bool = False) -> bool:
        """Whether row ``k`` holds one text and nothing else, and the text is words, not a
        figure, a date or an invoice number ("Bagian Keuangan", "Jakarta, 22 November 2026",
        "( Siti Rahma )", "Dibuat oleh,"): a line of the page around the table. ``under``:
        the line stands below the rows' last figure, where one word of letters alone, no
        digit in it, heads the report's own block ("Ringkasan" over "Total Tagihan | Rp
        15.030.000"): no invoice's number, nor a row of no one's."""
        filled = [c for c in row if c is not None and not (type(c) is str and not c.strip())]
        if filled and all(type(c) is str and not normalise_header(c) for c in filled):
            return True  # units only ("(Rp)" under each amount): a header's second line
        if len(filled) != 1 or type(filled[0]) is not str:
            return False
        text = filled[0].strip()
        if self.amount(text) is not BAD or self.date_of(text) is not BAD:
            return False  # an amount or a date alone: a total, or a row to tell
        # One word of letters and digits is an invoice number written alone: a row to tell; a
        # month's name alone heads that month's rows ("Oktober"), an aging bucket's its own
        # ("Current" in an aged receivable detail).
        return (
            " " in text
            or (not any(ch.isdigit() for ch in text) and not text.isalnum())
            or text.lower().rstrip(".") in MONTHS
            or is_bucket_label(text)
            or (under and text.rstrip(":").isalpha())
        )

    def _credits_naming_invoices(self) -> None:
        """A credit whose own number names no invoice, where another cell of its row names one
        ("Pelunasan INV/10/015" in its Keterangan, "F-301" in a Ref Faktur column), or several
        ("F-102, F-103", "F-102 s/d F-104"), pays those: the row's number was the receipt's or
        the return's own. The invoices are the table's own, or, for a table of credits alone
        (a payments sheet), those of the file's sheets before it."""
        result = self.result
        invoices = result.invoices or self.earlier
        if not result.payments or not invoices:
            return
        if self.references:
            # A credit numbered by the order it pays ("PO-GM-7802" in its No. Ref) pays the
            # invoice that billed it.
            own = set(invoice_keys([inv.number for inv in invoices]))
            for i, pay in enumerate(result.payments):
                key = invoice_key(pay.invoice_number) if pay.invoice_number else ""
                if key not in own and (number := self.references.get(key)) is not None:
                    result.payments[i] = pay._replace(invoice_number=number)
        # The texts that may name an invoice: of the columns that hold no figure, date or the
        # row's own number or customer, those with a digit in them (most tables have none).
        skip = self._not_naming(own=False)
        digits = {
            i: held
            for i in range(len(self.columns))
            if i not in skip
            and (held := [t for t in self._distinct_texts(i)[0] if _DIGIT.search(t)])
        }
        if not digits:
            return
        known = self._known_invoices(invoices)
        numbering = self._own_numbers(skip, known)
        texts = [text for i, held in digits.items() if i not in numbering for text in held]
        naming = {text: names for text in texts if (names := named_invoices(text, known))}
        # A number a note names after a word for one, of no invoice as written ("Pelunasan inv
        # 4502" for "INV/2026/4502"): the customer's invoice it names short, as the ledger
        # matches it (``ledger._customers_numbers``).
        left = [t for t in texts if t not in naming]
        series = _series_number(series_letters(inv.number for inv in invoices)) if left else None
        short = {t: n for t in left if (n := _number_in_note(t, series))}
        if not naming and not short:
            return
        keys = invoice_keys([p.invoice_number for p in result.payments])
        rows = self.sheet.rows
        index_of = self.sheet.index_of_rows()
        for i in compress(range(len(keys)), [key not in known for key in keys]):
            pay = result.payments[i]
            at = index_of.get(pay.source.row)
            if at is None or (pay.invoice_number and named_invoices(pay.invoice_number, known)):
                continue  # its own number cell names them ("MF-05 & MF-06")
            named = {naming[c] for c in rows[at] if type(c) is str and c in naming}
            if not named and pay.customer and short:
                said = {short[c] for c in rows[at] if type(c) is str and c in short}
                if len(said) == 1:
                    result.payments[i] = pay._replace(invoice_number=said.pop())
            if len(named) != 1:
                continue
            found = named.pop()
            owners = {customer_key(known[invoice_key(n)].customer) for n in found}
            if len(owners) == 1 and (not pay.customer or customer_key(pay.customer) in owners):
                result.payments[i] = pay._replace(invoice_number=", ".join(found))

    def _carry_lines(self) -> None:
        """In a book kept a line per item, a line with an item and an amount and no invoice
        number, customer or date of its own is the invoice's above it: it takes them. A blank
        line or a total ends an invoice's lines, its label where the number, the customer or the
        goods are written ("TOTAL" under Barang is no item)."""
        cols = self.cols
        items = [self._clean(i) for i in self.items]
        amounts = cols["amount"]
        carried = [n for n in ("invoice_no", "customer", "invoice_date", "due_date", "terms")
                   if n in cols]  # fmt: skip
        own = [cols[n] for n in ("invoice_no", "customer", "invoice_date") if n in cols]
        labels = [cols[n] for n in ("invoice_no", "customer") if n in cols]
        head: int | None = None
        for k in range(len(amounts)):
            has_item = any(c[k] is not None for c in items)
            if any(c[k] is not None for c in own):
                totals = (c[k] for c in labels)
                head = None if any(type(v) is str and is_total_label(v) for v in totals) else k
            elif any(type(c[k]) is str and is_total_label(c[k]) for c in items):
                head = None  # a total's label under the goods: no item
            elif has_item and amounts[k] is not None:
                if head is not None:
                    for name in carried:
                        cols[name][k] = cols[name][head]
            elif not has_item and amounts[k] is None:
                head = None  # a blank line: the next invoice starts afresh

    def _merge_lines(self) -> None:
        """The lines of one invoice (one number, one customer) as one invoice: the amounts
        and what was paid added up, the first line's dates and row kept; the invoice's own
        figures written on each of its lines taken once (``_invoice_figures``)."""
        merged: list[Invoice] = []
        first: dict[tuple[str, str], int] = {}
        lines: dict[tuple[str, str], list[Invoice]] = {}
        for inv in self.result.invoices:
            if not inv.number:
                merged.append(inv)
                continue
            key = (invoice_key(inv.number), customer_key(inv.customer))
            lines.setdefault(key, []).append(inv)
            at = first.get(key)
            if at is None:
                first[key] = len(merged)
                merged.append(inv)
                continue
            kept = merged[at]
            if inv.due_source == "default":  # one invoice took the default term, not each line
                self.result.default_term_used -= 1
            cost = None if kept.cost is None or inv.cost is None else kept.cost + inv.cost
            merged[at] = kept._replace(
                amount=kept.amount + inv.amount, paid=kept.paid + inv.paid, cost=cost
            )
        self.result.item_lines = len(self.result.invoices) - len(merged)
        if self.result.item_lines:
            for own, found in lines.items():
                if len(found) > 1 and (once := self._invoice_figures(found)) is not None:
                    merged[first[own]] = once
        if self.paid_from_balance and self.result.item_lines:
            merged = self._balance_per_invoice(merged, first)
        self.result.invoices = merged

    def _invoice_figures(self, lines: Sequence[Invoice]) -> Invoice | None:
        """An invoice whose total is written on each of its lines, the lines' own amounts in
        a column beside it (Xero's export a line per item: "Total" 3.000.000 on both lines
        of INV-1001, "LineAmount" 1.500.000 and 1.500.000): the invoice with its total once,
        and what was paid once where that repeats too ("InvoiceAmountPaid"). Only where the
        lines' figures make the total (``_makes_total``), or where the export says outright
        which figures are the invoice's (``_invoice_level``): lines of equal amounts are
        otherwise each a sale (three lines of 100.000 are 300.000). ``None`` when not."""
        amounts = {inv.amount for inv in lines}
        if len(amounts) != 1:
            return None
        total = amounts.pop()
        index_of = self.sheet.index_of_rows()
        at = [cast(int, index_of.get(inv.source.row)) for inv in lines]
        if total <= 0 or None in at:
            return None
        taken = {*self.idx.values(), *self.items}
        labels = self.header.as_read
        found: list[list[Amount]] = []
        own = False  # a column of the lines' own amounts, each different
        for i in range(len(self.columns)):
            if i in taken:
                continue
            cells = self._clean(i)
            figures = [self.amount(cells[k - self.start]) for k in at]
            if all(type(f) in _AMOUNT_TYPES for f in figures):
                found.append(cast(list[Amount], figures))
                guess = guess_field(labels[i]) if i < len(labels) and labels[i] else None
                own = own or (
                    guess is not None
                    and guess.field == "amount"
                    and len(set(figures)) > 1
                    and all(0 < f < total for f in figures)  # type: ignore[operator]
                )
        if not _makes_total(found, total) and not (own and self._invoice_level(at)):
            return None
        paids = {inv.paid for inv in lines}
        paid = paids.pop() if len(paids) == 1 else sum(inv.paid for inv in lines)
        return lines[0]._replace(amount=total, paid=paid)

    def _invoice_level(self, at: Sequence[int]) -> bool:
        """Whether an invoice's lines, its total alike on each beside their own amounts that
        differ ("LineAmount" 2.000.000 and 1.000.000 under a "Total" of 3.330.000 on both,
        its PPN in no column), write what was paid or is left on each of them alike, under a
        name that says it is the invoice's ("InvoiceAmountPaid" 1.330.000, "InvoiceAmountDue"
        2.000.000 on both): an export's columns of the invoice, repeated on its lines, whose
        sum falls short of the total by a tax, a charge or a rounding. A Sisa or a Dibayar of
        no invoice's name may be each line's own ("Qty | Harga | Jumlah | Dibayar": two lines
        of 100.000, nothing paid on either, are 200.000)."""
        for name, cells in (("paid", self.p_paid), ("balance", self.p_balance)):
            title = normalise_header(self.titles.get(name, ""))
            if _INVOICE_WORDS.isdisjoint(title.split()):
                continue
            figures = {cells[k - self.start] for k in at}
            if len(figures) == 1 and type(next(iter(figures))) in _AMOUNT_TYPES:
                return True
        return False

    def _balance_per_invoice(
        self, merged: list[Invoice], first: dict[tuple[str, str], int]
    ) -> list[Invoice]:
        """An invoice's Sisa written on each of its lines, the same on all (an invoice export
        a line per product, "Balance Due" repeated): the invoice's, taken once. Its lines' sum
        less that Sisa was paid (each line's amount less the whole Sisa was not)."""
        index_of = self.sheet.index_of_rows()
        lines: dict[tuple[str, str], list[tuple[object, Amount]]] = {}
        for inv in self.result.invoices:
            if inv.number:
                line_key = (invoice_key(inv.number), str(customer_key(inv.customer)))
                at = index_of.get(inv.source.row)
                sisa = None if at is None else self.p_balance[at - self.start]
                lines.setdefault(line_key, []).append((sisa, inv.amount))
        for key, found in lines.items():
            sisas = {sisa for sisa, _ in found}
            amounts = {amount for _, amount in found}
            if len(found) < 2 or len(sisas) != 1:
                continue
            sisa = cast(Amount, sisas.pop())
            # Equal lines with an equal Sisa each may each owe it: only a Sisa no line could
            # owe alone, or lines of different amounts, say it is the invoice's.
            if type(sisa) in _AMOUNT_TYPES and (len(amounts) > 1 or sisa > min(amounts)):
                inv = merged[first[key]]
                paid = inv.amount - sisa
                merged[first[key]] = inv._replace(paid=paid if paid > 0 else 0)
        return merged

    def _flush(self) -> None:
        """Read the data rows waiting, in order, and tell their problems in row order."""
        if not self.pending:
            return
        ks, contexts = self.pending[:], self.contexts[:]
        self.last_read = ks[-1]
        self.pending.clear()
        self.contexts.clear()
        faults: list[_Fault] = []
        if self.foreign is not None:
            keep = list(map(not_, map(self.foreign.__getitem__, ks)))
            label, cells = self.currency
            for k in compress(ks, map(not_, keep)):
                faults.append((k, "foreign-currency", label, cells[k], None, None))
            ks, contexts = _kept(keep, ks, contexts)
        if self.shape in ("customer_card", "journal"):
            self._entry_rows(ks, contexts, faults)
        elif self.shape == "payment_list":
            self._payment_rows(ks, contexts, faults)
        else:
            self._invoice_rows(ks, contexts, faults)
        faults.sort(key=_first)  # stable: a row's own faults stay in the order of the rule
        for k, code, column, value, book, read in faults:
            if code == "invalid-date" and type(value) is str and yearless(value):
                code = "yearless-date"  # "28 Agt" where no title names the year
            elif code in _UNREAD_FIGURE and type(value) is str and value in EXCEL_ERRORS:
                code = "excel-error"  # "#N/A": the formula's figure, not a word to fix
            elif code in _UNREAD_FIGURE and too_large(value, self.unit):
                code = "amount-too-large"  # 1E+308: a figure, but no book's
            self.problem(code, k + self.start, column, value, book, read)

    def _customers(self, ks: list[int], contexts: list[str | None]) -> list[str | None]:
        """Each row's customer: its own cell, else the one the sheet or a heading names."""
        names = self.names
        cells = list(map(self.c_customer.__getitem__, ks))
        if set(map(type, cells)) <= _TEXT:  # every row names its customer in text
            return list(map(names.__getitem__, cast(list[str], cells)))
        return [
            ctx if c is None else names[c] if type(c) is str else clean_name(cell_text(c))
            for c, ctx in zip(cells, contexts, strict=True)
        ]

    def _sources(self, ks: Sequence[int]) -> Iterator[Source]:
        """Where rows ``ks`` stand: the file, the sheet and each row's Excel row number."""
        sheet = self.sheet
        rows = sheet.excel_rows(map(self.start.__add__, ks))
        return map(tuple.__new__, repeat(Source), zip(repeat(self.file), repeat(sheet.name), rows))

    # Invoice lists, grouped lists and aging reports: a row per invoice.

    def _invoice_rows(
        self, ks: list[int], contexts: list[str | None], faults: list[_Fault]
    ) -> None:
        """The rule of a row per invoice, a column at a time: a customer, an amount, what was
        paid (a negative amount or a row marked as a return is a return), the book's Sisa
        against it, the dates, then the record. A row that fails a step is told and left."""
        result, start, returns = self.result, self.start, self.returns
        result.rows_read += len(ks)
        self.sums.data.extend(ks)
        if self.void:
            # A cancelled invoice ("Batal", "Void") is owed by no one, whatever it shows; one
            # not posted yet ("Draft") neither, and the owner is told.
            void = self.void
            for k in ks:
                if k in void and void[k][1].strip().lower() in _DRAFT:
                    faults.append((k, "draft-invoice", *void[k], None, None))
            kept = [k not in void for k in ks]
            ks, contexts = _kept(kept, ks, contexts)
        field_name = "amount" if "amount" in self.idx else "balance"
        customers = self._customers(ks, contexts)
        p_amount, raw_amount = self.p_amount, self.c_amount
        amounts = list(map(p_amount.__getitem__, ks))
        if None in amounts and self.p_returned is not self.none:
            # A row with a figure in the Retur column and no amount is goods sent back alone.
            backs_of = cast(list[Amount], list(map(self.p_returned.__getitem__, ks)))
            amounts = [
                (-r if r > 0 else r) if a is None and type(r) in _AMOUNT_TYPES and r else a
                for a, r in zip(amounts, backs_of, strict=True)
            ]
        if None in amounts and self.openings and {"amount", "balance"} <= self.idx.keys():
            # A balance brought forward written in the Balance column alone, the next row's
            # Balance running on from it (a statement's "Balance Forward"): its amount.
            amounts = [
                self._brought_forward(k) if a is None and k + start in self.openings else a
                for k, a in zip(ks, amounts, strict=True)
            ]
        payers: list[int] = []
        who: list[str] = []
        if lines := self._amount_paid_lines:
            amounts = [None if k in lines else a for k, a in zip(ks, amounts, strict=True)]
        if (None in amounts or self.pays_tab) and (
            self.p_paid is not self.none or self.sisa_beside or self.written is not None
        ):
            payers, who = self._account_payments(ks, customers, amounts)
            if payers:
                alone = set(payers)
                keep = [k not in alone or a is not None for k, a in zip(ks, amounts, strict=True)]
                ks, customers, amounts = _kept(keep, ks, customers, amounts)
        if not all(customers) or not set(map(type, amounts)) <= _AMOUNT_TYPES:
            # Only the rows that fail are looked at one by one, in order.
            named = list(map(bool, customers))
            keep = list(map(and_, named, map(_AMOUNT_TYPES.__contains__, map(type, amounts))))
            for at in compress(range(len(ks)), map(not_, keep)):
                if amounts[at] is None and self._note_alone(ks[at]):
                    continue  # an owner's note on a line of its own: no sale, nothing lost
                if not named[at]:
                    faults.append((ks[at], "missing-customer", "customer", "", None, None))
                else:
                    _has_amount(ks[at], amounts[at], field_name, raw_amount, faults)
            ks, customers, amounts = _kept(keep, ks, customers, amounts)
        # A row whose note names a return ("Retur", "Potongan") is one, unless money was paid
        # on it: a return is paid nothing, so a row paid is a sale, its note telling what it was
        # paid with ("lunas, potongan 200rb" beside Bayar 4.800.000 and Potongan 200.000). Nor
        # is one whose note's discount is its price's own ("harga sdh termasuk potongan 10%"
        # beside Bayar 0 and Sisa 800.000: ``_IN_PRICE``). Nor is one whose Retur cell holds
        # a figure: the note says why goods came back, the Retur column how much, once
        # ("retur gula basah" beside Total 890.000, Retur 90.000, Sisa 800.000; "Retur semua"
        # beside Retur 1.800.000 and Sisa 0). Nor is one whose note's own figure is less than
        # its amount: a sale telling of a part sent back ("retur 5 krat telur 250rb" beside
        # 1.850.000, Sisa 1.600.000: ``_sales_noting_returns``), what it owes its figures'.
        priced = (
            self._marked(self.notes, in_price, _IN_PRICE_HINT) | self._sales_noting_returns(ks)
            if returns
            else set()
        )
        if returns and self.p_returned is not self.none:
            backed = self.p_returned
            priced = priced | {
                k + start
                for k in ks
                if type(b := backed[k]) in _AMOUNT_TYPES and b  # type: ignore[operator]
            }
        returned = (
            [a < 0 or (k + start in returns and k + start not in priced and not self._paid_on(k))  # type: ignore[operator]
             for k, a in zip(ks, amounts, strict=True)]
            if returns
            else list(map(lt, amounts, repeat(0)))  # type: ignore[arg-type]
        )  # fmt: skip
        # A Retur column: goods sent back against the row's invoice (a row that is a return
        # itself has none), a credit of its own beside what was paid.
        backs: list[Amount | None] = [0] * len(ks)
        if self.p_returned is not self.none:
            backs = self._returned_column(ks, faults)
            backs = [0 if back else r for r, back in zip(backs, returned, strict=True)]
            if None in backs:
                keep = [r is not None for r in backs]
                ks, customers, amounts, returned, backs = _kept(
                    keep, ks, customers, amounts, returned, backs
                )
        elif self.noted_backs:
            backs = self._noted_backs(ks, amounts, returned)
        paids = self._paid_column(ks, amounts, returned, backs, faults)  # type: ignore[arg-type]
        if None in paids:
            keep = [p is not None for p in paids]
            ks, customers, amounts, paids, returned, backs = _kept(
                keep, ks, customers, amounts, paids, returned, backs
            )
        if self.sisa_checked or (self.sisa_beside and self.lifted):
            self._sisa_column(ks, amounts, paids, backs, faults)  # type: ignore[arg-type]
        self.sums.read.extend(ks)
        if self.header.running:
            # The rows' debits and credits in order, the payments on account among them.
            moves = [
                (k, c, a, p + b)  # type: ignore[operator]
                for k, c, a, p, b in zip(ks, customers, amounts, paids, backs, strict=True)
            ]
            moves += [(k, c, 0, self.p_paid[k]) for k, c in zip(payers, who, strict=True)]
            saldos = self.p_balance
            self.running.add_rows(
                (k + start, c, a, p, s)  # type: ignore[misc]
                for k, c, a, p in sorted(moves, key=_first)
                if type(s := saldos[k]) is not _Bad
            )
        numbers = self.c_number
        if any(returned):
            back = [not r for r in returned]
            days = self.p_date
            made = tuple.__new__
            if self.paying is None:
                self.paying = self._marked(self.notes, is_payment_label, PAYMENT_HINT)
            paying = self.paying
            # Its own balance below zero too, the book holds that money for the customer
            # (Accurate's "DP.2026.11.00003 | Uang Muka Penjualan | -2.500.000 | 0 |
            # -2.500.000"): theirs is an account, their credit where they have no invoice, as
            # for a row of such a balance and no amount (``_account_payments``). So where the
            # balance is the table's figure, no amount beside it (an aging report's "UM-0007 |
            # 05/11/2026 | | -2.000.000" under "C-008 - Apotek Sehat Sentosa").
            balances = self.p_balance if self.sisa_beside or "amount" not in self.idx else None
            held: list[str] = []
            for k, customer, amount in compress(zip(ks, customers, amounts, strict=True), returned):
                number, day = numbers[k], days[k]
                if balances is not None and _below_zero(balances[k]):
                    held.append(customer)  # type: ignore[arg-type]
                if amount < 0 and k + start in self.openings and isinstance(day, date):  # type: ignore[operator]
                    # A credit carried as an opening balance ("Saldo awal 2026 (titipan)"
                    # -250.000): an opening all the same, which may repeat the overpayment the
                    # earlier sheet shows (``core.ledger._carried_openings``).
                    result.customers.add(customer)  # type: ignore[arg-type]
                    result.invoices.append(
                        Invoice("", customer, day, day, "opening", amount, 0,  # type: ignore[arg-type]
                                next(self._sources((k,))))
                    )  # fmt: skip
                    continue
                # A negative amount is a credit: money paid where its row says so (and says
                # no return), else goods sent back.
                kind = (
                    "payment"
                    if amount < 0 and k + start in paying and k + start not in returns  # type: ignore[operator]
                    else "return"
                )
                result.customers.add(customer)  # type: ignore[arg-type]
                result.payments.append(
                    made(Payment, (
                        -amount if amount < 0 else amount,  # type: ignore[operator]
                        next(self._sources((k,))),
                        cell_text(number) if number is not None else "",
                        customer,
                        day if isinstance(day, date) else None,
                        kind,
                    ))
                )  # fmt: skip
            result.contacts.extend(map(Contact, dict.fromkeys(held)))
            ks, customers, amounts, paids, backs = _kept(back, ks, customers, amounts, paids, backs)
        found = self._due_column(ks, self._openings(ks), customers, faults)  # type: ignore[arg-type]
        if None in found:
            keep = [f is not None for f in found]
            ks, customers, amounts, paids, found, backs = _kept(
                keep, ks, customers, amounts, paids, found, backs
            )
        if self.sisa_paid is not None and self.openings:
            self._carried_whole(ks, found, amounts, paids)  # type: ignore[arg-type]
        result.customers.update(customers)  # type: ignore[arg-type]
        shown = cast(list[str], list(map(numbers.__getitem__, ks)))
        if not set(map(type, shown)) <= _TEXT:
            shown = [n if type(n) is str else cell_text(n) if n else "" for n in shown]
        if paids and min(cast(list[Amount], paids)) < 0:
            paids = self._taken_back(ks, shown, customers, paids)
        if self.instalments or self.retention:
            debts = self._by_instalment(ks, shown, customers, found, amounts, paids)  # type: ignore[arg-type]
            self._debts(*debts)
        else:
            self._debts(ks, shown, customers, found, amounts, paids)  # type: ignore[arg-type]
        if any(backs):
            self._row_returns(ks, shown, customers, backs)  # type: ignore[arg-type]

    def _carried_whole(
        self,
        ks: list[int],
        found: list[tuple[date | None, date, DueSource]],
        amounts: list[Amount],
        paids: list[Amount],
    ) -> None:
        """An opening balance whose Sisa is read as its amount, beside a paid column (no
        column named the amount: "Debet", "Mutasi"), carried its Sisa and what its own row
        paid together: "Saldo bulan lalu | Bayar 250.000 | Sisa 500.000" carried 750.000 from
        last month's file, and paid 250.000 of it. So it is read, in ``amounts`` and ``paids``
        (in place), for ``ledger._carried_openings`` to set the carried figure beside the rows
        it carries, whatever the amount column is called."""
        paid_cells = self.sisa_paid or []
        for at in compress(range(len(ks)), [due[2] == "opening" for due in found]):
            part = self.amount(paid_cells[ks[at]])
            if type(part) in _AMOUNT_TYPES and part > 0:  # type: ignore[operator]
                amounts[at] += part  # type: ignore[operator]
                paids[at] += part  # type: ignore[operator]

    def _by_instalment(
        self,
        ks: list[int],
        numbers: list[str],
        customers: list[str],
        found: list[tuple[date | None, date, DueSource]],
        amounts: list[Amount],
        paids: list[Amount],
    ) -> tuple[
        list[int], list[str], list[str], list[tuple[date | None, date, DueSource]],
        list[Amount], list[Amount],
    ]:  # fmt: skip
        """The debts of rows ``ks`` whose instalments stand in columns of the row ("Termin I"
        due "Jatuh Tempo I", "Termin II" due "Jatuh Tempo II") and add up to its amount, or
        that hold a retention back ("Retensi 5%" due "JT Retensi": the rest due at the row's
        own date): one debt each, due at its own date, what the row says was paid paying the
        earliest due first (the last takes what is beyond them all). The other rows as they
        are."""
        out: tuple[list[Any], ...] = ([], [], [], [], [], [])
        for k, number, customer, dates, amount, paid in zip(
            ks, numbers, customers, found, amounts, paids, strict=True
        ):
            parts = [
                (due, part)
                for dues, figures in self.instalments
                if type(due := dues[k]) is date
                and type(part := figures[k]) in _AMOUNT_TYPES
                and part > 0  # type: ignore[operator]
            ]
            if len(parts) < 2 or sum(part for _, part in parts) != amount:
                parts = [(dates[1], amount)]
                if self.retention is not None:
                    dues, figures = self.retention
                    held, due = figures[k], dues[k]
                    if type(due) is date and type(held) in _AMOUNT_TYPES and 0 < held < amount:  # type: ignore[operator]
                        parts = [(dates[1], amount - held), (due, held)]  # type: ignore[operator]
            parts.sort(key=itemgetter(0))
            left = paid
            for n, (due, part) in enumerate(parts):
                share = left if n == len(parts) - 1 else min(left, part)
                left -= share
                row = (k, number, customer, (dates[0], due, dates[2] if len(parts) == 1
                       else "column"), part, share)  # fmt: skip
                for column, value in zip(out, row, strict=True):
                    column.append(value)
        return out  # type: ignore[return-value]

    def _account_payments(
        self, ks: list[int], customers: Sequence[str | None], amounts: Sequence[object]
    ) -> tuple[list[int], list[str]]:
        """The rows of ``ks`` with a customer and a paid figure and no amount (or, beside an
        amount column, no paid figure and a balance below zero: money received ahead, "Uang
        Muka" not yet set against an invoice): each a payment on the customer's account (their
        oldest dues first), or on the invoice its number names; beside a column of what was
        paid of the tab ("Bayar Bon", ``pays_tab``), a row with a purchase too (the purchase
        stays an invoice, nothing paid of it). A row whose balance is below zero says the book
        holds that money for the customer: theirs is an account, their credit where they have
        no invoice (``core.ledger``). Where no column says what was paid, a row's note is its
        paid figure ("bayar 50rb" on a line of its own, the Bon empty: ``written``). The rows,
        and their customers."""
        paid_of = self._paid_of
        numbers, days = self.c_number, self.p_date
        balances = self.p_balance if self.sisa_beside else None
        rows: list[int] = []
        who: list[str] = []
        money: list[Amount] = []
        alone: list[int] = []
        held: list[str] = []
        for k, customer, amount in zip(ks, customers, amounts, strict=True):
            if (amount is not None and not self.pays_tab) or not customer:
                continue
            paid = paid_of[k]
            ahead = balances is not None and _below_zero(balances[k])
            if type(paid) in _AMOUNT_TYPES and paid > 0:  # type: ignore[operator]
                money.append(paid)  # type: ignore[arg-type]
            elif amount is None and ahead and paid in (None, 0):
                money.append(-balances[k])  # type: ignore[index, operator]
            else:
                continue
            rows.append(k)
            who.append(customer)
            if amount is None:
                alone.append(k)
                if ahead:
                    held.append(customer)
        if not rows:
            return rows, who
        self.result.contacts.extend(map(Contact, dict.fromkeys(held)))
        self.result.customers.update(who)
        self.sums.read.extend(alone)  # a purchase's row is counted as one
        if balances is not None:
            self._under_invoice(alone, paid_of)
        under = self.under_invoice
        backs = self._amount_return_lines.intersection(self._amount_paid_lines)
        self.result.payments.extend(
            Payment(
                paid,
                source,
                under[k]
                if k in under
                else ""
                if (number := numbers[k]) is None
                else cell_text(number),
                customer,
                day if isinstance(day := days[k], date) else None,
                "return" if k in backs else "payment",
            )
            for k, customer, paid, source in zip(rows, who, money, self._sources(rows), strict=True)
        )
        return rows, who

    @cached_property
    def _amount_paid_lines(self) -> dict[int, Amount]:
        """The payment lines printed under an invoice with what they paid in its amount column
        (one Nilai column for both, no paid column: Accurate's "Rincian Piutang dan Pembayaran
        per Faktur" as "    Pembayaran PN-0031 | 20/10/2026 | | 2.000.000 | 1.000.000" under
        "FJ/2610/0058 | 05/10/2026 | Toko Bangunan Sinar | 3.000.000 | 3.000.000"): a line
        whose own text says it is a payment ("Pembayaran", "Pelunasan": ``is_payment_label``)
        in its number's cell, or in a note where it has no number,
        naming no other customer than the line above, whose Sisa is the line above's less its
        figure. Each such line's figure is what it paid (``_paid_of``), and the line is read as
        ``_under_invoice`` reads a payment line beside a paid column. A line of an invoice of
        the same customer whose Sisa happens to be the one above's less its amount says no
        payment, and stays an invoice."""
        if not self.sisa_beside or "paid" in self.idx or self.written is not None:
            return {}
        # Its word in the number column, or in a note beside no number of its own (a note's
        # "Lunas transfer" beside an invoice's number is how that invoice was paid).
        numbers, start = self.c_number, self.start
        own = (
            self._marked([self.idx["invoice_no"]], is_payment_label, PAYMENT_HINT)
            if "invoice_no" in self.idx
            else set()
        )
        noted = self._marked(self.notes, is_payment_label, PAYMENT_HINT)
        said = own | {i for i in noted if numbers[i - start] is None}
        backs = self._amount_return_lines
        said |= {k + start for k in backs}
        if not said:
            return {}
        amounts, balances, customers = self.p_amount, self.p_balance, self.c_customer
        found = {}
        slipped = {}  # a blank name's payment line whose Sisa went down, but not by its figure
        lines = {k - start for k in said}
        for k in sorted(lines):
            above = k - 1
            paid, sisa = amounts[k], balances[k]
            if k in backs and type(paid) in _AMOUNT_TYPES and paid < 0:  # type: ignore[operator]
                paid = -paid  # type: ignore[operator]  # a return written as minus: the same
            before = balances[above] if above >= 0 else None
            # The invoice the lines under it pay keeps a Sisa of its own, at most its amount: a
            # statement's Balance runs over the whole account ("Invoice #322 | 1.500.000 |
            # 3.000.000"), and a credit memo under it pays the oldest dues, not that invoice.
            head = above
            while head in lines:
                head -= 1
            owed, left = (amounts[head], balances[head]) if head >= 0 else (None, None)
            if (
                type(owed) in _AMOUNT_TYPES
                and type(left) in _AMOUNT_TYPES
                and left <= owed  # type: ignore[operator]
                and type(paid) in _AMOUNT_TYPES
                and type(sisa) in _AMOUNT_TYPES
                and type(before) in _AMOUNT_TYPES
                and paid > 0  # type: ignore[operator]
                and customers[k] in (None, customers[above])
            ):
                if before - paid == sisa:  # type: ignore[operator]
                    found[k] = cast(Amount, paid)
                elif customers[k] is None and 0 <= sisa < before:  # type: ignore[operator]
                    slipped[k] = cast(Amount, paid)
        if found and slipped:
            # Where the sheet's other payment lines show its layout, a line of no name of its
            # own whose Sisa went down by another figure is one too, its Sisa typed wrong (the
            # book's 2.000.000 after 4.000.000 less 1.500.000): it pays the invoice above all
            # the same, and its Sisa is told against the 2.500.000 the rows give.
            found.update(slipped)
        return found

    @cached_property
    def _amount_return_lines(self) -> set[int]:
        """The rows (from 0) that may be returns printed under an invoice as its payment lines
        are (``_amount_paid_lines``): Accurate's "    Retur RJ/2611/0002 | 05/11/2026 | | |
        400.000 | 2.600.000" under "FJ/2610/0058 … 3.000.000 | 3.000.000", its word
        (``is_return_label``) in its number's cell, or in a note beside no number of its own.
        Read under its invoice, such a line is a return of that invoice (``kind`` "return"),
        not a new sale."""
        if not self.sisa_beside or "paid" in self.idx or self.written is not None:
            return set()
        numbers, start = self.c_number, self.start
        own = (
            self._marked([self.idx["invoice_no"]], is_return_label, RETURN_HINT)
            if "invoice_no" in self.idx
            else set()
        )
        return {i - start for i in own} | {
            i - start for i in self.returns if numbers[i - start] is None
        }

    @cached_property
    def _paid_of(self) -> Sequence[object]:
        """Each row's paid figure for a payment on a line of its own: its paid column's, its
        note's (``written``), or a payment line's figure in the amount column
        (``_amount_paid_lines``)."""
        paid_of: Sequence[object] = self.p_paid if self.written is None else self.written
        lines = self._amount_paid_lines
        if not lines:
            return paid_of
        merged = list(paid_of)
        for k, paid in lines.items():
            merged[k] = paid
        return merged

    def _under_invoice(self, alone: Sequence[int], paid_of: Sequence[object]) -> None:
        """Of rows ``alone`` (a paid figure, no amount), those with no number of their own
        printed under an invoice's line, or under another such line of it, whose Sisa is that
        invoice's left after them: the line above's less what they paid (Accurate's "Rincian
        Piutang dan Pembayaran per Faktur": "    Pembayaran PN-0031" 2.000.000 under
        FJ/2610/0058 3.000.000, Sisa 1.000.000; or with its number written again). Each pays
        that invoice (``under_invoice``), not the
        customer's oldest dues; and its Sisa, the invoice's running balance, stands for the
        line's above in the sums a Sub Total gives (the invoice's last line counts). Where the
        Sisa runs over the customer's rows (a bon book's), the reader took it as running: a
        Bayar there pays the oldest first."""
        numbers, amounts, balances = self.c_number, self.p_amount, self.p_balance
        customers, paying = self.c_customer, self.under_invoice
        sums = [self.column_amounts("balance"), self.parsed.get("balance#")]
        lines = self._amount_paid_lines  # its own number is the payment's, its customer blank
        for k in alone:
            above = k - 1
            if above < 0 or (customers[k] != customers[above] and k not in lines):
                continue
            head = paying.get(above)
            number = numbers[above]
            if head is None and number is not None and type(amounts[above]) in _AMOUNT_TYPES:
                head = cell_text(number)
            own = numbers[k]
            sisa, before, paid = balances[k], balances[above], paid_of[k]
            if k in lines and (read := self.sisa_read.get(above, before) - paid) != sisa:  # type: ignore[operator]
                # A payment line whose Sisa went down by another figure than it paid
                # (``_amount_paid_lines``): its Sisa told against what the lines above leave.
                self.sisa_read[k] = read
                self.result.sisa = "mismatch"
                self.problem("check-mismatch", k + self.start, "balance", book=sisa, read=read)  # type: ignore[arg-type]
            if (
                head is None
                or (
                    own is not None
                    and k not in lines
                    and invoice_key(cell_text(own)) != invoice_key(head)
                )
                or type(sisa) not in _AMOUNT_TYPES
                or type(before) not in _AMOUNT_TYPES
                or (before - paid != sisa and k not in lines)  # type: ignore[operator]
            ):
                continue
            paying[k] = head
            for column in sums:
                if column is not None:
                    column[above] = None

    def _debts(
        self,
        ks: list[int],
        numbers: list[str],
        customers: list[str],
        found: list[tuple[date | None, date, DueSource]],
        amounts: list[Amount],
        paids: list[Amount],
    ) -> None:
        """The records of the debts read from rows ``ks``, with the rows' contacts and cost."""
        if not ks:
            return
        days, dues, how = zip(*found, strict=True)
        cells: list[Iterable[object]] = [
            repeat(None, len(ks)) if c is self.none else map(c.__getitem__, ks)
            for c in (self.c_cost, self.c_phone, self.c_email, self.c_address)
        ]
        paid_on = self.p_paid_on
        if paid_on is self.none:
            cells.append(repeat(None, len(ks)))
        else:
            # What a row paid and its payment date: its money received that day.
            on = map(paid_on.__getitem__, ks)
            cells.append(
                [(d, p) if p and type(d) is date else None for d, p in zip(on, paids, strict=True)]
            )
        self.result.invoices.extend(
            map(
                tuple.__new__,
                repeat(Invoice),
                zip(
                    numbers,
                    customers,
                    days,
                    dues,
                    how,
                    amounts,
                    paids,
                    self._sources(ks),
                    *cells,
                    strict=True,
                ),
            )
        )

    @cached_property
    def p_paid_on(self) -> list[date | _Bad | None]:
        """Each row's payment date ("Tgl Bayar" beside what the row paid), parsed once."""
        return self._dates_of(self.cols.get("payment_date", self.none))

    def _returned_column(self, ks: list[int], faults: list[_Fault]) -> list[Amount | None]:
        """What each of rows ``ks`` says was returned (a Retur or credit-note column): a
        figure of either sign (a return written as minus is the same return), 0 where empty or
        a note that says none; ``None`` for a bad row (told in ``faults``)."""
        parsed, raws = self.p_returned, self.c_returned
        found: list[Amount | None] = []
        for k in ks:
            part = parsed[k]
            if type(part) is _Bad:
                if nothing_paid(raws[k]):
                    found.append(0)
                    continue
                faults.append((k, "invalid-amount", "returned", raws[k], None, None))
                found.append(None)
            else:
                back = cast(Amount | None, part)
                found.append(0 if back is None else -back if back < 0 else back)
        return found

    def _row_returns(
        self,
        ks: list[int],
        numbers: list[str],
        customers: Sequence[str | None],
        backs: list[Amount],
        days: Iterable[date | None] | None = None,
    ) -> None:
        """The returns a Retur column shows on rows ``ks``: each a credit of kind "return"
        naming its row's invoice (without a number, settling that row's invoice all the same:
        ``ledger._row_return``), dated ``days`` where the rows say when."""
        named = list(map(bool, backs))
        rows = list(compress(ks, named))
        self.result.payments.extend(
            map(
                tuple.__new__,
                repeat(Payment),
                zip(
                    compress(backs, named),
                    self._sources(rows),
                    compress(numbers, named),
                    compress(customers, named),
                    repeat(None) if days is None else compress(days, named),
                    repeat("return"),
                ),
            )
        )

    def _note(self, index: int) -> str | None:
        """The row's texts, where an opening balance says what it is (and maybe its date)."""
        row = self.sheet.rows[index]
        texts = [v for v in row if type(v) is str and v.strip()]
        return " | ".join(texts) if texts else None

    def _unlabelled_total(
        self, amount: Amount, paid: object = None, named: int | None = None
    ) -> bool:
        """A line with an amount and nothing else that equals a sum so far: a total without a
        label, not an invoice. Or whose credit beside it does, the amount the same (a ledger
        account's balanced totals under its closing line, the credit side's sum on both: Tally's
        "To Closing Balance" 300.000 for a party in credit, then 800.000 | 800.000).

        A line at position ``named`` naming its customer (and no number nor date) is the
        total of that customer's block where it equals the sum of their numbered rows right
        above it since the last total, or right under it (SAP Business One's line of each
        customer under or over their documents); one that equals neither is their invoice."""
        field = "amount" if "amount" in self.cols else "balance"  # the figure the rows read
        if named is not None:
            if not amount or amount not in self._blocks_of(named, field):
                return False
            self.sums.seen.add(amount)
            self.sums.close_section()
            return True
        if amount and (
            amount in self.sums.seen
            or amount in islice(self._sums(field), 2)
            or (paid == amount and "paid" in self.idx and amount in islice(self._sums("paid"), 2))
        ):
            self.sums.seen.add(amount)
            self.sums.close_section()
            return True
        return False

    def _blocks_of(self, k: int, field: str) -> Iterator[Amount]:
        """Column ``field``'s sums over the numbered rows of the customer line ``k`` names:
        those right above it since the last total, each naming them, then those right under
        it up to the next name, total or unnumbered line, each naming them or no one (the
        name written once, on their line)."""
        customers, numbers, values = self.c_customer, self.c_number, self.column_amounts(field)
        customer, data = self.name(customers[k]), self.sums.data
        rows = []
        for at in range(len(data) - 1, self.sums.section[1] - 1, -1):
            j = data[at]
            if customers[j] is None or numbers[j] is None or self.name(customers[j]) != customer:
                break
            rows.append(j)
        if rows:
            yield sum(values[j] or 0 for j in rows)
        rows = []
        totals, start = self.totals, self.start
        for j in range(k + 1, len(customers)):
            name = customers[j]
            if (
                j + start in totals
                or numbers[j] is None
                or (name is not None and self.name(name) != customer)
            ):
                break
            rows.append(j)
        if rows:
            yield sum(values[j] or 0 for j in rows)

    def _paid_column(
        self,
        ks: list[int],
        amounts: list[Amount],
        returned: list[bool],
        backs: list[Amount],
        faults: list[_Fault],
    ) -> list[Amount | None]:
        """What each row says was paid: its parts added up (numbered payment columns, or a
        column per way of paying, a giro's left out while the row's status says it has not
        come: told as ``uncleared-payment``), the paid column (below zero where money was
        taken back: ``_other_paid``, ``_taken_back``), amount less balance, a date in
        a column named for settlement (``settled``), the payments its note writes where
        nothing else says (``written``: "bayar 500rb"), or LUNAS in a paid or status column (the
        whole amount, less what a Retur column, ``backs``, says was sent back); a return pays
        nothing; ``None`` for a bad row (told in ``faults``)."""
        notes = self.paid_notes
        paids: list[Amount | None]
        if self.paid_parts:
            paids = self._parts_paid(ks, returned, faults)
        elif self.pays_tab:
            paids = [0] * len(ks)  # what was paid of the tab pays the oldest bon first
        elif "paid" in self.idx:
            raws, parsed = self.c_credit, self.p_paid
            paids = [
                0 if back
                else amount if (type(raw := raws[k]) is str or raw is True) and notes[raw]
                else part if type(part := parsed[k]) is int and part >= 0
                else self._other_paid(k, part, faults)
                for k, amount, back in zip(ks, amounts, returned, strict=True)
            ]  # fmt: skip
            if self.written_beside is not None and not self.pays_tab:
                beside, beside_shares = self.written_beside
                for at, k in enumerate(ks):
                    if raws[k] is None and paids[at] == 0 and not returned[at]:
                        paids[at] = self._noted(k, amounts[at], beside, beside_shares, faults)
        elif "balance" in self.idx and "amount" in self.idx:
            raws, parsed = self.c_balance, self.p_balance
            # A row's Sisa is its own: not beside a line per item (its invoice's Balance Due on
            # each line), on a card of one customer, or running with a signed amount alone
            # ("Ambil" 320.000, a payment -400.000: the balance so far, read as before).
            listed = "customer" in self.idx and not self.items and not self._sisa_runs
            paids = []
            for k, amount, back, sent in zip(ks, amounts, returned, backs, strict=True):
                if back:
                    paids.append(0)
                    continue
                raw, balance = raws[k], parsed[k]
                if type(balance) is _Bad:
                    if not (type(raw) is str and notes[raw]):
                        faults.append((k, "invalid-amount", "balance", raw, None, None))
                        paids.append(None)
                        continue
                    balance = 0
                # The Sisa is what is owed after both the money and the return. One above the
                # row's amount is no Sisa of the row's (a person's running "Sisa Bon" 187.000
                # beside Ngebon 135.000, what paid it down not read): told, never passed over.
                if balance is not None and balance > amount and listed:  # type: ignore[operator]
                    faults.append((k, "check-mismatch", "balance", "", balance, amount))  # type: ignore[arg-type]
                    self.result.sisa = "mismatch"
                paids.append(max(amount - (balance or 0) - sent, 0))  # type: ignore[operator,arg-type]
        elif self.settled is not None or self.written is not None:
            settled, written, shares = self.settled, self.written, self.shares
            paids = []
            for k, amount, back in zip(ks, amounts, returned, strict=True):
                if back or (settled is not None and settled[k]):
                    paids.append(0 if back else amount)
                    continue
                paids.append(self._noted(k, amount, written, shares, faults))
        else:
            paids = [0] * len(ks)
        if "status" in self.cols:
            lifted = self.lifted
            settle = self._said_paid(ks)
            for at in [
                at
                for at, (amount, paid, back, settles) in enumerate(
                    zip(amounts, paids, returned, settle, strict=True)
                )
                if settles and paid is not None and not back and paid < amount  # type: ignore[operator]
            ]:
                lifted[ks[at]] = paids[at]  # type: ignore[assignment]
                paids[at] = amounts[at]
        whole = self.header.written_off
        if whole or self._mentions("status", WRITE_OFF_HINT):
            # A debt its status says was written off ("Dihapuskan", "Sisa piutang dihapuskan
            # (bad debt)"), or each of a sheet named or titled for such debts ("DAFTAR PIUTANG
            # YANG DIHAPUSKAN", ``ingest._written_off_sheet``), is owed by no one, as a
            # cancelled sale: what was paid of it stands, the rest is given up. A Sisa 0
            # beside it agrees with its paid figure, whatever that is (no LUNAS to check it
            # against), and so does one of what that leaves: the sum written off
            # (``_sisa_column``).
            status, off, lifted = (
                self.cols.get("status", self.none),
                _Memo(is_written_off),
                self.lifted,
            )
            for at, k in enumerate(ks):
                if (
                    (whole or (type(cell := status[k]) is str and off[cell]))
                    and paids[at] is not None
                    and not returned[at]
                ):
                    lifted.pop(k, None)
                    self.written_off[k] = cast(Amount, paids[at])
                    paids[at] = amounts[at]
        if "status" in self.cols and (
            status_proper(self.titles["status"]) or self._notes_are_status()
        ):
            self._status_unread(ks, amounts, paids, returned, faults)
        if any(backs):
            # LUNAS says the invoice is settled: by the money and the goods sent back together.
            said = [self.c_credit, self.cols.get("status", self.none)]
            paids = [
                max(amount - sent, 0)  # type: ignore[operator]
                if sent
                and paid == amount
                and any((note := c[k]) is not None and notes[note] for c in said)
                else paid
                for k, amount, paid, sent in zip(ks, amounts, paids, backs, strict=True)
            ]
        return paids

    @cached_property
    def _sisa_runs(self) -> bool:
        """Whether the Sisa runs with the amount column alone, per customer or over the table
        (a signed "Ambil": 320.000 taken, -400.000 paid)."""
        return bool(running_balance(self.c_balance, self.c_amount, self.none, self.c_customer))

    @cached_property
    def _pays_some(self) -> bool:
        """Whether the paid column holds money paid, above zero, on any row: beside it, a
        negative paid figure is money taken back."""
        return any(type(p) in _AMOUNT_TYPES and p > 0 for p in self.p_paid)  # type: ignore[operator]

    def _taken_back(
        self,
        ks: list[int],
        numbers: list[str],
        customers: Sequence[str | None],
        paids: Sequence[Amount | None],
    ) -> list[Amount | None]:
        """Rows ``ks``'s paid figures, a negative one (money taken back: a refund, a payment
        undone by a correction) read as nothing paid on its row and, as a payments list's
        negative row is, a payment below zero naming the row's invoice, dated by its payment
        date if it has one: ``core.ledger._apply_payments`` undoes that much of what the
        invoice was paid, else of the customer's latest money, and tells money taken back
        beyond all they paid (``taken-back-beyond-paid``)."""
        paid_on = self.cols.get("payment_date", self.none)
        for k, number, customer, paid in zip(ks, numbers, customers, paids, strict=True):
            if paid is not None and paid < 0:
                day = self.date_of(paid_on[k]) if paid_on[k] is not None else None
                self.result.payments.append(
                    Payment(
                        paid,
                        next(self._sources((k,))),
                        number,
                        customer or "",
                        day if isinstance(day, date) else None,
                    )
                )
        return [0 if paid is not None and paid < 0 else paid for paid in paids]

    def _noted_backs(
        self, ks: Sequence[int], amounts: Sequence[object], returned: Sequence[bool]
    ) -> list[Amount | None]:
        """What the notes of rows ``ks`` (sales of a list with no Retur column) say was taken
        off beside what was paid: B-201 1.000.000, Dibayar 950.000, "potongan 50.000" is settled,
        as a Retur column of 50.000 would say (``note_returned``). Only where the figure, what
        was paid and the row's own Sisa (none: settled) make its amount exactly: a discount
        offered ("pot. 50.000 jika lunas s/d 10/09", nothing paid), one already in what was paid
        ("tf 1jt + retur 200rb" beside 1.200.000), or a deduction spread over months beside a
        part paid, takes nothing off; nor does a note that says so in words (``_NOT_TAKEN``:
        "bila lunas", "tawaran", "sudah termasuk", "sdh dipotong"); 0 elsewhere."""
        # Each row's noted figures a column at a time; only the rows with one looked at.
        found: list[Amount | None] = [0] * len(ks)
        for i, figures in self.noted_backs.items():
            noted = map(figures.get, map(self.columns[i].__getitem__, ks), repeat(0))  # type: ignore[arg-type]
            found = list(map(add, found, noted))
        p_paid, p_balance = self.p_paid, self.p_balance
        for at in compress(range(len(ks)), found):
            k, amount, back = ks[at], amounts[at], found[at]
            paid = p_paid[k] if type(p_paid[k]) in _AMOUNT_TYPES else 0
            left = p_balance[k] if type(p_balance[k]) in _AMOUNT_TYPES else 0
            if returned[at] or not (
                type(amount) in _AMOUNT_TYPES and back + paid + left == amount  # type: ignore[operator]
            ):
                found[at] = 0
        return found

    @cached_property
    def noted_returns(self) -> dict[int, dict[str, Amount]]:
        """Of each notes column, the texts that write a figure sent back or taken off
        ("potongan 50.000", "pot. 150.000", "retur 5 krat telur 250rb"), with that figure
        (``note_returned``): each distinct text once, a column only where one may."""
        found: dict[int, dict[str, Amount]] = {}
        for i in self.notes:
            texts, lowered = self._distinct_texts(i)
            if not _NOTE_RETURN.search(lowered):
                continue
            figures = {t: back for t in texts if (back := note_returned(t, self.unit))}
            if figures:
                found[i] = figures
        return found

    @cached_property
    def noted_backs(self) -> dict[int, dict[str, Amount]]:
        """Of each notes column, the texts saying what was taken off, with that figure
        (``noted_returns``), but those that say it was not taken off (``_NOT_TAKEN``). None
        beside a column of discounts ("Potongan"): the note tells what it holds."""
        labels = self.header.as_read
        if any(takes_off(label) for label in labels if isinstance(label, str)):
            return {}
        found: dict[int, dict[str, Amount]] = {}
        for i, figures in self.noted_returns.items():
            kept = {t: back for t, back in figures.items() if not _NOT_TAKEN.search(t.lower())}
            if kept:
                found[i] = kept
        return found

    def _sales_noting_returns(self, ks: Sequence[int]) -> set[int]:
        """Of rows ``ks`` whose note names a return (``returns``), those (by row index) whose
        note's own figure sent back or taken off (``noted_returns``) is less than the row's
        amount: a sale telling of a part sent back ("retur 5 krat telur 250rb" beside
        1.850.000 and its Sisa 1.600.000; "potongan 50rb"), not a return of its whole amount.
        A figure of the row's own amount ("retur 250rb" beside 250.000), or none ("Retur 5 krat
        telur"), leaves the row the return."""
        noted, start = self.noted_returns, self.start
        if not noted:
            return set()
        amounts, columns = self.p_amount, self.columns
        found: set[int] = set()
        for k in {row - start for row in self.returns}.intersection(ks):
            amount = amounts[k]
            if type(amount) in _AMOUNT_TYPES and amount > 0:  # type: ignore[operator]
                back = sum(figures.get(columns[i][k], 0) for i, figures in noted.items())  # type: ignore[call-overload]
                if 0 < back < amount:  # type: ignore[operator]
                    found.add(k + start)
        return found

    def _paid_on(self, k: int) -> bool:
        """Whether a row's paid column, or a part of what was paid, holds money (a figure above
        zero)."""
        if self.paid_parts:
            figures = [self.amount(self.cols[f"paid@{i}"][k]) for i in self.paid_parts]
        else:
            figures = [self.p_paid[k]]
        return any(type(f) in _AMOUNT_TYPES and f > 0 for f in figures)  # type: ignore[operator]

    def _parts_paid(
        self, ks: list[int], skip: Sequence[bool], faults: list[_Fault]
    ) -> list[Amount | None]:
        """What each row's parts of a payment add up to (numbered payment columns, or a column
        per way of paying: "Tunai | Transfer | Giro"), for an invoice's row and a payment's
        alike: a giro's left out while the row's status says it has not come (told as
        ``uncleared-payment``); 0 for a row in ``skip`` (a return); ``None`` for a row with a
        negative or unreadable part (told as ``invalid-paid``)."""
        paids: list[Amount | None] = []
        parts = [(i in self.giro_parts, self.cols[f"paid@{i}"]) for i in self.paid_parts]
        uncleared, status = self.uncleared, self.cols.get("status", self.none)
        for k, back in zip(ks, skip, strict=True):
            paid: Amount | None = 0
            told = False
            for giro, cells in [] if back else parts:
                raw = cells[k]
                part = self.amount(raw)
                if type(part) is _Bad or (part is not None and part < 0):  # type: ignore[operator]
                    faults.append((k, "invalid-paid", "paid", raw, None, None))
                    paid = None
                    break
                if part and giro and uncleared is not None and uncleared[k]:
                    if not told:  # a giro not cleared or bounced: no money yet
                        faults.append((k, "uncleared-payment", "status", status[k], None, None))
                        told = True
                    continue
                paid += part or 0  # type: ignore[operator]
            paids.append(paid)
        return paids

    @cached_property
    def _status_payments(self) -> tuple[list[Amount | None], list[Decimal | None] | None]:
        """What each row's status or note says was paid ("bayar 500rb", ``note_paid``), and
        what share of its amount, where a column writes a percent at all ("sudah DP 30%",
        ``note_share``): the status's, else a note's beside it (``_notes_beside``: "DP 500rb,
        sisa minggu depan" in the Keterangan beside a Status of "Belum Lunas", "sudah DP 30%"
        in the Catatan beside a "Lunas?" checkbox), read as where the note is the status; each
        distinct text read once."""
        unit = self.unit
        status = self.cols["status"]
        noted = cast(list[Amount | None], _mapped(status, partial(note_paid, unit=unit)))
        shares: list[Decimal | None] | None = None
        if self._mentions("status", ("%",)):
            shares = cast(list[Decimal | None], _mapped(status, note_share))
        for i in self._notes_beside:
            cells, blob = self.columns[i], self._distinct_texts(i)[1]
            more = cast(list[Amount | None], _mapped(cells, partial(note_paid, unit=unit)))
            parts = cast(list[Decimal | None], _mapped(cells, note_share)) if "%" in blob else None
            # A row whose status writes a payment keeps it: the note beside is read where it
            # writes none.
            said = [
                bool(n) or (shares is not None and shares[k] is not None)
                for k, n in enumerate(noted)
            ]
            noted = [n if s else m for n, m, s in zip(noted, more, said, strict=True)]
            if parts is not None:
                shares = [
                    (shares[k] if shares is not None else None) if s else p
                    for k, (p, s) in enumerate(zip(parts, said, strict=True))
                ]
        return noted, shares

    @cached_property
    def _notes_beside(self) -> list[int]:
        """The columns of notes beside the status ("Keterangan" beside "Status", "Catatan"
        beside a "Lunas?" checkbox: ``names_notes``, read as no field) whose texts hold a word
        for paying (``_NOTE_PAID_HINT``): one look through each column's distinct texts."""
        taken = set(self.idx.values())
        return [
            i
            for i, label in enumerate(self.header.as_read)
            if i not in taken
            and i < len(self.columns)
            and isinstance(label, str)
            and names_notes(label)
            and any(word in self._distinct_texts(i)[1] for word in _NOTE_PAID_HINT)
        ]

    def _noted(
        self,
        k: int,
        amount: Amount,
        written: Sequence[Amount | None] | None,
        shares: Sequence[Decimal | None] | None,
        faults: list[_Fault],
    ) -> Amount:
        """What row ``k``'s note says was paid: its payments ("bayar 500rb", ``note_paid``) and
        the share of the amount it says was paid ahead ("uang muka 30%", ``note_share``); more
        than the invoice is a reference number after "tf", not money (told, none)."""
        noted = written[k] or 0 if written is not None else 0
        if shares is not None and (share := shares[k]) is not None and amount:
            noted += share_of(amount, share)
        if noted and amount is not None and noted > amount:
            # The note that wrote it: the status, else one beside it (``_status_payments``).
            cells = [self.cols["status"][k], *(self.columns[i][k] for i in self._notes_beside)]
            note = next((c for c in cells if note_paid(c, self.unit) or note_share(c)), cells[0])
            faults.append((k, "unclear-note-payment", "status", note, None, None))
            noted = 0
        return noted

    def _status_unread(
        self,
        ks: list[int],
        amounts: list[Amount],
        paids: list[Amount | None],
        returned: list[bool],
        faults: list[_Fault],
    ) -> None:
        """Tell the rows still owed whose status says what Tagih does not read as paid or not
        ("ok", "xyz": ``unread-status``), where it alone says what was paid (no paid column,
        Sisa or parts beside it) in a word or two (longer is a note: "tidak ada diskon"); or
        that part was paid where nothing read says how much ("Cicil", "Sebagian" and no paid
        figure, or "DP 500rb" beside a paid column empty on its row where a row of its own
        pays, so the status's figure is not read:
        ``part-paid-status``, unless money of another sheet pays the customer:
        ``ingest._part_paid_elsewhere``; nor where the figure read is the row's balance, what
        is left once part was paid: "Partially paid" beside QuickBooks's Balance). Each counts
        as owed."""
        status = self.cols["status"]
        says = _Memo(partial(status_says, yes_no=self.asks))
        alone = not ({"paid", "balance"} & self.idx.keys() or self.paid_parts)
        left = "amount" not in self.idx
        # A payment the status writes ("DP 500rb") beside a paid column, on a row whose paid
        # cell is empty, where it is not read (``written_beside``: a row of its own pays).
        written = (
            self._status_payments[0]
            if "paid" in self.idx
            and "balance" not in self.idx
            and not self.paid_parts
            and self.written_beside is None
            else None
        )
        credits = self.c_credit
        for k, amount, paid, back in zip(ks, amounts, paids, returned, strict=True):
            if back or paid is None or paid >= amount or (cell := status[k]) is None:  # type: ignore[operator]
                continue
            said = says[cell]
            if said == "" and alone and len(str(cell).split()) <= 2:
                faults.append((k, "unread-status", "status", cell, None, None))
            elif (
                not paid
                and not left
                and (said == "part" or (written and written[k] and credits[k] is None))
            ):
                faults.append((k, "part-paid-status", "status", cell, None, None))

    def _notes_are_status(self) -> bool:
        """Whether a note's column taken as the status ("Ket", "Keterangan") is written as
        one: it alone says what was paid (no paid column, Sisa or parts beside it: those say
        it, the notes beside them are notes, "cicilan, lihat sheet Pembayaran"), and more of its
        texts read as paid, part paid or owed ("sdh tf", "Cicil", "blm") than not. Then it is
        told as a "Status" column is (``_status_unread``); a column of notes ("Antar", "ambil
        sendiri", now and then "Lunas") is not."""
        if {"paid", "balance"} & self.idx.keys() or self.paid_parts:
            return False
        texts = self._distinct_texts(self.idx["status"])[0]
        says = [status_says(text, self.asks) for text in texts]
        return sum(said in ("paid", "part", "owed") for said in says) > says.count("")

    def _said_paid(self, ks: Sequence[int]) -> list[bool]:
        """Whether each row's status says it is paid ("Lunas": ``status_paid``): the invoice
        is settled whatever else the row says was paid of it."""
        notes, status = self.paid_notes, self.cols.get("status", self.none)
        return [(note := status[k]) is not None and notes[note] for k in ks]

    def _other_paid(
        self, k: int, part: Amount | _Bad | None, faults: list[_Fault]
    ) -> Amount | None:
        """A paid cell that is no whole number: empty is nothing paid, and so is a note that
        says so ("belum", "belum bayar", "nihil"); a fraction of a rupiah is kept; a negative
        one beside money paid in the column is money taken back, kept with its sign
        (``_taken_back``), as a payments list's is; a checkbox's no ("x") is nothing paid; an
        unreadable one, or a negative one in a column of no money paid (a sign the book writes
        on every payment), is a bad row."""
        raw = self.c_credit[k]
        if type(part) is _Bad and (nothing_paid(raw) or (self.paid_box and _ticked_no(raw))):
            return 0
        if type(part) in _AMOUNT_TYPES and cast(Amount, part) < 0 and self._pays_some:
            return cast(Amount, part)
        if type(part) is _Bad or (part is not None and part < 0):  # type: ignore[operator]
            faults.append((k, "invalid-paid", "paid", self.c_credit[k], None, None))
            return None
        return part or 0  # type: ignore[return-value]

    def _sisa_column(
        self,
        ks: list[int],
        amounts: list[Amount],
        paids: list[Amount],
        backs: list[Amount],
        faults: list[_Fault],
    ) -> None:
        """The book's Sisa of each row against amount less paid and returned. A row its status
        settled (LUNAS) is checked against what its own figures leave too: a Sisa still owing
        (K-0640's 960.000 beside LUNAS, no paid column) disagrees with the status; a paid figure
        written that with the Sisa does not make the amount (EL-208: Total 27.500.000, Dibayar
        2.750.000, Sisa 0, LUNAS) disagrees with the Total, however the status settles it.
        Where the Sisa is the row's only paid figure, only such rows are looked at."""
        balances, lifted, off = self.p_balance, self.lifted, self.written_off
        every = self.sisa_checked
        seen = False
        for k, amount, paid, back in zip(ks, amounts, paids, backs, strict=True):
            balance = balances[k]
            own = lifted.get(k)
            if balance is None or type(balance) is _Bad or not (every or own is not None):
                continue
            read = max(amount - paid - back, 0)
            if balance == read and own and every:
                read = max(amount - own - back, 0)
            elif off and k in off and balance == amount - off[k] - back:
                seen = True  # the sum written off ("Dihapuskan" beside Sisa 3.000.000)
                continue
            if balance != read and not (balance < 0 and read == 0):  # type: ignore[operator]
                faults.append((k, "check-mismatch", "balance", "", balance, read))  # type: ignore[arg-type]
                self.sisa_read[k] = read
                self.result.sisa = "mismatch"
            else:
                seen = True
        if seen and every and self.result.sisa == "none":
            self.result.sisa = "ok"

    def _openings(self, ks: list[int]) -> list[bool]:
        """Whether each of rows ``ks`` is an opening balance."""
        openings, start = self.openings, self.start
        return [k + start in openings for k in ks] if openings else [False] * len(ks)

    def _due_column(
        self, ks: list[int], openings: list[bool], customers: list[str], faults: list[_Fault]
    ) -> list[tuple[date | None, date, DueSource] | None]:
        """Each debt's date and due date: its due-date column, else its date + the terms (its
        own, else those stated for its card or group, else its customer's from the file's
        customer sheet, else those stated for its table), else its date + the default term; an
        opening balance is due on its own date. ``None`` for a row whose dates cannot be read
        (told in ``faults``)."""
        days, dues, raw_dues, raw_terms = self.p_date, self.p_due, self.c_due, self.c_terms
        term, terms, deltas = self.default_term, self.p_terms, self.deltas
        theirs = self.customer_terms
        found: list[tuple[date | None, date, DueSource] | None] = []
        append = found.append
        defaults = 0
        has_due = raw_dues is not self.none  # a table without a due-date column: none to look at
        # A date named for an event ("Tgl Panen", "Tgl Gajian") is the due date of a row whose
        # terms name that event ("Bayar panen") or none; terms that read ("14 hari") are the
        # row's own, the event's date beside them only a note.
        event = has_due and bool(EVENT_DUE.search(normalise_header(self.titles["due_date"])))
        # The terms stated for the card or the group each row stands in (``read``), and for the
        # table: a customer's own terms from their sheet come between ("tempo 30 hari" in the
        # title, Toko A's "TOP 14" in Data Pelanggan: 14 days for Toko A).
        stated, whole = self.stated, self.table_term
        starts = [at for at, days in stated] if any(d is not None for _, d in stated) else None
        for k, opening, customer in zip(ks, openings, customers, strict=True):
            day = days[k]
            by_column = has_due and not (event and terms[k] is not None)
            before = False
            if type(day) is not date or opening:
                append(self._other_dates(k, opening, faults))
                continue
            if by_column and raw_dues[k] is not None:
                if type(due := dues[k]) is not date:
                    append(self._other_dates(k, opening, faults))
                    continue
                if not due < day or self._far_year(day):
                    # An invoice date decades after its due date is the slip (2062 for 2026,
                    # told as ``far-date``): the due date the book wrote stands.
                    append((day, due, "column"))
                    continue
                # A due date before its own invoice's is a slip of the pen (03/10 typed for
                # 03/12, 2025 for 2026), never the day the money was due: the invoice is due
                # after its terms, as a row without one is, told with both dates.
                before = True
                shown = f"{format_date(due, style='numeric')} < {format_date(day, style='numeric')}"
                faults.append((k, "due-before-invoice", "due_date", shown, None, None))
            if (given := raw_terms[k]) is None:
                said = None if starts is None else stated[bisect_right(starts, k) - 1][1]
                if said is not None:
                    append((day, self._stated_due(said, day), "terms"))
                    continue
                if theirs and (n := theirs.get(customer_key(customer))) is not None:
                    append((day, day + deltas[n], "terms"))
                    continue
                if whole is not None:
                    append((day, self._stated_due(whole, day), "terms"))
                    continue
                append((day, day + term, "default"))
                defaults += 1
            elif not isinstance(given, date) and (n := terms[k]) is not None:
                append((day, day + deltas[n], "terms"))
            else:
                append(self._other_dates(k, opening, faults, dues_read=not before))
        self.result.default_term_used += defaults
        return found

    def _stated_due(self, terms: StatedTerms, day: date) -> date:
        """The due date of an invoice of ``day`` under the terms stated above its rows: its
        date + their days, or the day of the calendar they name ("akhir bulan": the last of its
        month)."""
        if type(terms) is int:
            return day + self.deltas[terms]
        return calendar_due(terms, day) or day + self.default_term

    def _far_year(self, day: date) -> bool:
        """Whether an invoice date is ``FAR_YEARS`` or more from the year most of the table's
        invoice dates keep (2062 among dates of 2026)."""
        usual = self.usual_year
        return usual is not None and abs(day.year - usual) >= FAR_YEARS

    @cached_property
    def usual_year(self) -> int | None:
        """The year more than half the table's invoice dates keep, if one does."""
        return usual_year(self.p_date)

    def _other_dates(
        self, k: int, opening: bool, faults: list[_Fault], dues_read: bool = True
    ) -> tuple[date | None, date, DueSource] | None:
        """The dates of a row ``_due_column`` did not settle: an opening balance, a due date
        given as terms, a row with no date of its own or with one that cannot be read.
        ``dues_read``: whether its due-date cell is looked at (not one before its invoice's
        date: its terms decide)."""
        raw_date = self.c_date[k]
        day = self.p_date[k]
        if isinstance(day, _Bad):
            faults.append((k, "invalid-date", "invoice_date", raw_date, None, None))
            return None
        if opening:
            # An opening balance is due on its own date: "Saldo s/d 31/10/2026" names it.
            note = self._note(k + self.start)
            if day is None and note is not None:
                day = _date_in(note)
            if day is None:
                # No date: at least as old as the book, and as the year its label names
                # ("Sisa piutang th. 2025": 31 Dec 2025 at the latest).
                bound = _year_end_in(note, self.c_customer[k]) if note is not None else None
                first = self.first_date
                day = bound if first is None else first if bound is None else min(first, bound)
            if day is None:
                faults.append((k, "missing-due-date", "invoice_date", "", None, None))
                return None
            return day, day, "opening"
        raw_due = self.c_due[k]
        if raw_due is not None and dues_read:
            due = self.p_due[k]
            if isinstance(due, date):
                return day, due, "column"
            days = _terms(raw_due) if isinstance(due, _Bad) else None
            if days is None or day is None:
                faults.append((k, "invalid-date", "due_date", raw_due, None, None))
                return None
            return day, day + self.deltas[days], "terms"
        raw_terms = self.c_terms[k]
        if raw_terms is not None:
            if isinstance(raw_terms, date):
                return (
                    day,
                    raw_terms.date() if isinstance(raw_terms, datetime) else raw_terms,
                    "column",
                )
            days = self.p_terms[k]
            if days is None:
                due = self.date_of(raw_terms)
                if isinstance(due, date):
                    return day, due, "column"
                if day is not None and (end := calendar_due(raw_terms, day)) is not None:
                    return day, end, "terms"
                if day is not None:
                    # Terms not understood leave the debt owed, due after the default term (the
                    # problem row says so): dropping it would lower the total.
                    faults.append((k, "invalid-terms", "terms", raw_terms, None, None))
                    self.result.default_term_used += 1
                    return day, day + self.default_term, "default"
        # No date of its own (a dated row is due after its terms or the default term: above).
        faults.append((k, "missing-due-date", "invoice_date", "", None, None))
        return None

    @property
    def first_date(self) -> date | None:
        """The earliest date of the table: when an opening balance names none, it is at least
        as old as the book."""
        return min((day for day in self.p_date if type(day) is date), default=None)

    # Cards and journals: a debit or a credit per row, a running balance beside them.

    def _paid_at_sale(
        self,
        ks: list[int],
        customers: Sequence[str | None],
        debits: Sequence[Amount],
        credits: Sequence[Amount],
    ) -> dict[int, Amount]:
        """A debit whose own note says what was paid of it at the sale ("Pesan lemari jati,
        DP 1jt", "Kursi tamu, uang muka 30%": ``note_paid``, ``note_share``), its Kredit
        empty, where the book's Saldo shows that money taken off: the Saldo moved from the one
        above it (the customer's, or the table's) by the debit less the payment. That payment
        is a credit on the debit's own row, paying that debt; by position among ``ks``. Where
        the Saldo moved by the whole debit, the money is on a row of its own (or the note
        tells of what is still to come), and the note is not read."""
        unit, start, saldos = self.unit, self.start, self.p_balance

        def pays(text: str) -> bool:
            return bool(note_paid(text, unit) or note_share(text))

        if self.noted_paying is None:
            self.noted_paying = sorted(self._marked(self.notes, pays, _NOTE_PAID_HINT))
        rows = self.noted_paying
        if rows and ks:  # those among ``ks``
            rows = rows[bisect_left(rows, ks[0] + start) : bisect_right(rows, ks[-1] + start)]
        noted: dict[int, Amount] = {}
        for row in rows:
            at = bisect_right(ks, row - start) - 1
            if at < 0 or ks[at] != row - start:
                continue
            k, debit = ks[at], debits[at]
            if not debit or debit < 0 or credits[at] or type(saldos[k]) not in _AMOUNT_TYPES:  # type: ignore[operator]
                continue
            texts = [v for i in self.notes if type(v := self.columns[i][k]) is str]
            paid: Amount = sum(note_paid(t, unit) for t in texts)
            for share in filter(None, map(note_share, texts)):
                paid += share_of(debit, share)
            if 0 < paid <= debit:  # type: ignore[operator]
                noted[at] = paid
        found: dict[int, Amount] = {}
        if not noted:
            return found
        # The Saldo above each: the customer's own (else what their card brought, else none:
        # it starts), and the table's (a journal's one running Saldo). One pass, in order.
        running = self.running
        last: dict[str | None, Amount] = {}
        whole: Amount | None = None
        for at in range(max(noted) + 1):
            saldo = saldos[ks[at]]
            if at in noted:
                who = customers[at]
                mine = last.get(who, running.shown.get(who, running.brought.get(who, 0)))  # type: ignore[arg-type]
                moved = debits[at] - noted[at]  # type: ignore[operator]
                if any(b is not None and saldo - b == moved for b in (mine, whole)):  # type: ignore[operator]
                    found[at] = noted[at]
            if type(saldo) in _AMOUNT_TYPES:
                last[customers[at]] = whole = saldo  # type: ignore[assignment]
        return found

    def _entry_rows(self, ks: list[int], contexts: list[str | None], faults: list[_Fault]) -> None:
        """The rule of a row of debits and credits, a column at a time: a debit is a debt, a
        credit a payment or a return (a negative one the other way round), an opening balance
        may stand in the Saldo column alone; each row's Saldo is kept for the running check."""
        result, start = self.result, self.start
        p_debit, p_credit = self.p_amount, self.p_paid
        debits = list(map(p_debit.__getitem__, ks))
        credits = list(map(p_credit.__getitem__, ks))
        if not set(map(type, debits)) | set(map(type, credits)) <= _AMOUNT_OR_NONE:
            keep = []
            for k, debit, credit in zip(ks, debits, credits, strict=True):
                if type(debit) is _Bad:
                    faults.append((k, "invalid-amount", "amount", self.c_amount[k], None, None))
                elif type(credit) is _Bad:
                    faults.append((k, "invalid-amount", "paid", self.c_credit[k], None, None))
                else:
                    keep.append(True)
                    continue
                keep.append(False)
            ks, contexts, debits, credits = _kept(keep, ks, contexts, debits, credits)
        debits = [d or 0 for d in debits]
        credits = [c or 0 for c in credits]
        # A Retur column beside the debits and credits: goods sent back, a credit of its own.
        backs: list[Amount] | None = None
        if self.p_returned is not self.none:
            found_backs = self._returned_column(ks, faults)
            if None in found_backs:
                keep = [r is not None for r in found_backs]
                ks, contexts, debits, credits, found_backs = _kept(
                    keep, ks, contexts, debits, credits, found_backs
                )
            if any(found_backs):
                backs = cast(list[Amount], found_backs)
        opening = self._openings(ks)
        # The debits whose note says a giro or a cheque was refused ("Giro BG-123 ditolak").
        if self.refused is None:
            self.refused = self._marked(self.notes, is_refused_label, REFUSED_HINT)
        refused = self.refused
        carried: list[bool] = []
        if (
            any(opening)
            or any(d < 0 for d in debits)  # type: ignore[operator]
            or any(c < 0 for c in credits)  # type: ignore[operator]
            or refused
        ):
            saldos = self.p_balance
            # A negative credit takes back what the customer paid before it on the card (a giro
            # bounced, a payment undone: ``core.ledger._apply_payments``), and so does a debit
            # saying a giro or cheque was refused; beyond that it is a debit (the money the
            # shop paid out to them, a debt of the day).
            who = (
                self._customers(ks, contexts)
                if refused or any(c < 0 for c in credits)  # type: ignore[operator]
                else []
            )
            received: defaultdict[str | None, Amount] = defaultdict(int)
            # Each customer's Saldo on their row above: an opening written in the Saldo alone
            # that gives the same is a year closed inside a running card ("SALDO AWAL 2026"
            # under 2025's rows, 800.000 as the row above), or a printed page's head ("Saldo
            # pindahan" under the title and header repeated: above a total line or a header,
            # their card's last Saldo on the sheet), the balance repeated, no new debt.
            # Under a month's heading in a card closed each month ("OKTOBER 2026" over "Saldo
            # bulan lalu 2.000.000"), it is the Saldo brought forward whatever it gives: no
            # debt, checked against the Saldo before it (``carried``: kept for that check).
            above: dict[str | None, object] = {}
            last_shown: Mapping[Any, object] = self.running.shown  # the rows read before
            carried[:] = [False] * len(ks)
            names = who or (self._customers(ks, contexts) if any(opening) else [])
            for at, k in enumerate(ks):
                debit, credit = debits[at], credits[at]
                # A negative debit is a credit (a return written as minus), and the other way.
                if debit < 0:  # type: ignore[operator]
                    debit, credit = 0, credit - debit  # type: ignore[operator]
                elif debit and not credit and k + start in refused:
                    debit, credit = 0, -debit  # type: ignore[operator]
                if credit < 0:  # type: ignore[operator]
                    if (
                        not debit
                        and received[who[at]] >= -credit  # type: ignore[operator]
                        and (k + start not in self.returns or k + start in refused)
                    ):
                        received[who[at]] += credit  # type: ignore[operator]
                    else:
                        debit, credit = debit - credit, 0  # type: ignore[operator]
                elif credit and who:
                    received[who[at]] += credit  # type: ignore[operator]
                saldo = saldos[k]
                alone = (
                    opening[at]
                    and not (debit or credit or (backs and backs[at]))
                    and saldo is not None
                    and type(saldo) is not _Bad
                )
                if (
                    alone
                    and k - 1 in self.months
                    and (names[at] in above or names[at] in last_shown)
                ):
                    carried[at] = True
                elif alone and above.get(names[at], last_shown.get(names[at], above)) != saldo:
                    # An opening balance written in the Saldo column only.
                    debit, credit = (saldo, 0) if saldo >= 0 else (0, -saldo)  # type: ignore[operator]
                if names and saldo is not None:
                    above[names[at]] = saldo
                debits[at], credits[at] = debit, credit
        if any(map(eq, debits, credits)):
            # Goods exchanged, the same figure out in Debet and back in Kredit ("Tukar barang
            # (ukuran 40 ganti 42)" 750.000 | 750.000): no sale, no credit, its number no
            # invoice written again.
            swapped = self._marked(self.notes, is_exchange_label, EXCHANGE_HINT)
            for at, k in enumerate(ks):
                if k + start in swapped and debits[at] > 0 and debits[at] == credits[at]:  # type: ignore[operator]
                    debits[at] = credits[at] = 0
        if backs is None:
            moved = [bool(d or c) for d, c in zip(debits, credits, strict=True)]
            backs = [0] * len(ks)
        else:
            moved = [bool(d or c or r) for d, c, r in zip(debits, credits, backs, strict=True)]
        if any(carried):
            moved = list(map(or_, moved, carried))
        if not all(moved):  # a line of text in the card (a note, an empty amount)
            ks, contexts, debits, credits, opening, backs = _kept(
                moved, ks, contexts, debits, credits, opening, backs
            )
        result.rows_read += len(ks)
        self.sums.data.extend(ks)
        customers = self._customers(ks, contexts)
        if not all(customers):
            for k in compress(ks, [not c for c in customers]):
                faults.append((k, "missing-customer", "customer", "", None, None))
            keep = list(map(bool, customers))
            ks, customers, debits, credits, opening, backs = _kept(
                keep, ks, customers, debits, credits, opening, backs
            )
        self.sums.read.extend(ks)
        if any(opening):
            # An opening that says it carries another name's card is a customer renamed: that
            # card is theirs (``core.ingest._name_codes``), its rows what the opening carries.
            for k, customer in compress(zip(ks, customers, strict=True), opening):
                named = carried_card(self._note(k + start) or "")
                if named and customer and customer_key(named) != customer_key(customer):
                    result.carried_from[customer] = named
        dated = [bool(o or d) for o, d in zip(opening, debits, strict=True)]
        found: list[tuple[date | None, date, DueSource] | None] = [None] * len(ks)
        due = self._due_column(
            list(compress(ks, dated)),
            list(compress(opening, dated)),
            list(compress(customers, dated)),  # type: ignore[arg-type]
            faults,
        )
        for at, f in zip(compress(range(len(ks)), dated), due, strict=True):
            found[at] = f
        days = self.p_date
        undated = [not d and type(days[k]) is _Bad for k, d in zip(ks, dated, strict=True)]
        if any(undated):  # a credit whose date cannot be read
            for k in compress(ks, undated):
                faults.append((k, "invalid-date", "invoice_date", self.c_date[k], None, None))
            keep = [not u for u in undated]
            self._left_out(keep, ks, debits, credits)
            ks, customers, debits, credits, found, backs = _kept(
                keep, ks, customers, debits, credits, found, backs
            )
        result.customers.update(customers)  # type: ignore[arg-type]
        # A debit whose dates cannot be read is left out, and its credit and Saldo with it.
        keep = [not d or f is not None for d, f in zip(debits, found, strict=True)]
        if not all(keep):
            self._left_out(keep, ks, debits, credits)
            ks, customers, debits, credits, found, backs = _kept(
                keep, ks, customers, debits, credits, found, backs
            )
        numbers = self.c_number
        shown = cast(list[str], list(map(numbers.__getitem__, ks)))
        if not set(map(type, shown)) <= _TEXT:
            shown = [n if type(n) is str else cell_text(n) if n is not None else "" for n in shown]
        returns = self.returns
        if "status" in self.cols and not any(self.cols.get("paid", ())):
            # Debts alone and their status (a debts app's "Piutang" rows, "Lunas"): a debt the
            # status says is paid is paid on its row, as an invoice's is (``_said_paid``).
            # Beside payments of their own rows, the status repeats what those say.
            credits = [
                d if said and d and k + start not in returns else c
                for k, d, c, said in zip(ks, debits, credits, self._said_paid(ks), strict=True)
            ]
        if "balance" in self.cols and (
            down := self._paid_at_sale(
                ks, customers, cast(list[Amount], debits), cast(list[Amount], credits)
            )
        ):
            credits = [down.get(at, c) for at, c in enumerate(credits)]
        owed = list(map(bool, debits))
        # A credit on its debit's own row (a bon and what was paid of it at once) pays that
        # debt, not the customer's oldest; a return keeps its own record.
        own: list[Amount] = [
            cast(Amount, c) if d and c and k + start not in returns else 0
            for k, d, c in zip(ks, debits, credits, strict=True)
        ]
        if any(own):
            credits = [cast(Amount, c) - o for c, o in zip(credits, own, strict=True)]
        self._debts(
            list(compress(ks, owed)),
            list(compress(shown, owed)),
            list(compress(customers, owed)),  # type: ignore[arg-type]
            list(compress(found, owed)),  # type: ignore[arg-type]
            list(compress(debits, owed)),  # type: ignore[arg-type]
            list(compress(own, owed)),
        )
        if self.openings:
            # An opening's credit (money ahead carried from before the book: "Saldo awal
            # (titipan)" in Kredit) pays no invoice: its number is the opening entry's voucher
            # ("SA" on every customer's carried balance), never the opening of another customer
            # it shares, and the customer is one the book keeps an account for (``core.ledger``:
            # with no sale since, what they paid ahead is their credit balance). One naming a
            # debit of its own customer's pays it ("Pelunasan saldo awal" of INV-2025-33 carried
            # as an opening of its own).
            openings = self.openings
            ahead = [bool(c) and k + start in openings for k, c in zip(ks, credits, strict=True)]
            if any(ahead):
                theirs = set(zip(compress(customers, owed), compress(shown, owed), strict=True))
                shown = [
                    "" if a and (name, n) not in theirs else n
                    for n, name, a in zip(shown, customers, ahead, strict=True)
                ]
                result.contacts.extend(
                    Contact(cast(str, name)) for name in dict.fromkeys(compress(customers, ahead))
                )
        paying = list(map(bool, credits))
        paid = list(compress(ks, paying))
        result.payments.extend(
            map(
                tuple.__new__,
                repeat(Payment),
                zip(
                    compress(credits, paying),
                    self._sources(paid),
                    compress(shown, paying),
                    compress(customers, paying),
                    [day if isinstance(day, date) else None for day in map(days.__getitem__, paid)],
                    [
                        "return" if k + start in returns else "payment" for k in paid
                    ] if returns else ["payment"] * len(paid),
                    strict=True,
                ),
            )
        )  # fmt: skip
        if self.shape == "customer_card" and any(paying) and not all(owed):
            # A card of credits alone (a down payment for goods not yet invoiced) is still the
            # customer's account: what they paid is their credit (``core.ledger``).
            billed = set(compress(customers, owed))
            for name in dict.fromkeys(compress(customers, paying)):
                if name not in billed:
                    result.contacts.append(Contact(cast(str, name)))
        elif any(paying) and (
            ahead_rows := self._marked(self.notes, is_paid_ahead_label, PAID_AHEAD_HINT) - returns
        ):
            # A journal's credit whose note says the money came ahead of the sale ("Uang muka
            # 500rb", "Titipan uang muka, faktur menyusul"), as a payments sheet's
            # (``_payment_rows``): its customer is one the book keeps an account for, what they
            # paid their credit balance until an invoice comes; its number is the receipt's
            # voucher ("BM-07"), no invoice missing.
            result.contacts.extend(
                Contact(name)
                for name in dict.fromkeys(
                    name
                    for k, name, pays, debt in zip(ks, customers, paying, owed, strict=True)
                    if pays and not debt and name and k + start in ahead_rows
                )
            )
        if any(own):
            credits = [cast(Amount, c) + o for c, o in zip(credits, own, strict=True)]  # Saldo
        if any(backs):
            when = [day if isinstance(day, date) else None for day in map(days.__getitem__, ks)]
            self._row_returns(ks, shown, customers, backs, when)  # type: ignore[arg-type]
            credits = list(map(add, credits, backs))  # the running balance counts both
        saldos = list(map(self.p_balance.__getitem__, ks))
        self.running.add_rows(
            (k + start, customer, debit, credit, saldo)  # type: ignore[misc]
            for k, customer, debit, credit, saldo in zip(
                ks, customers, debits, credits, saldos, strict=True
            )
            if type(saldo) is not _Bad
        )

    def _left_out(
        self, keep: Sequence[bool], ks: Sequence[int], debits: Sequence[object],
        credits: Sequence[object],
    ) -> None:  # fmt: skip
        """The card's rows of ``ks`` not kept (told, their date unreadable): what they moved
        the book's Saldo by, for its check (``RunningBalance.left_out``)."""
        self.running.left_out(
            (k + self.start, _figure(d) - _figure(c))
            for k, d, c, kept in zip(ks, debits, credits, keep, strict=True)
            if not kept
        )

    # Payment lists and contact lists.

    def _payment_rows(
        self, ks: list[int], contexts: list[str | None], faults: list[_Fault]
    ) -> None:
        """The rule of a row of a payments list, a column at a time: an amount, an invoice
        number or a customer, a date that can be read; a row of nothing paid is left out. A
        negative amount among payments takes money back (a payment undone by a correction, a
        giro bounced: ``core.ledger._apply_payments`` undoes it); on a return's row, in a list
        of returns, or in one of nothing but negative amounts (a sign the book writes on every
        credit), it is a bad row. A Retur column beside the amount is goods sent back: a return
        of its own, on a row with or without money."""
        self.result.rows_read += len(ks)
        self.sums.data.extend(ks)  # what a TOTAL line under them adds up, as for invoices
        # A paid column of dates beside an amount ("Tgl Terima | Jumlah | Setor" where Setor is
        # the day it went to the bank, 05/10/2026) is no money: the amount is what was paid.
        paid = self.idx.get("paid")
        dated = (
            paid is not None
            and "amount" in self.idx
            and any(isinstance(c, date) for c in self.columns[paid])
            and not self._holds_figures(paid)
        )
        field_name = "paid" if paid is not None and not dated else "amount"
        date_field = "payment_date" if "payment_date" in self.idx else "invoice_date"
        raws = self.c_credit if field_name == "paid" else self.c_amount
        parsed = self.p_paid if field_name == "paid" else self.p_amount
        amounts = [parsed[k] for k in ks]
        if self.paid_parts:
            ks, contexts, amounts = self._parts_of_payments(ks, contexts, faults)
        backs: list[Amount | None] = [0] * len(ks)
        if self.p_returned is not self.none:
            backs = self._returned_column(ks, faults)
            if None in backs:
                ks, contexts, amounts, backs = _kept(
                    [b is not None for b in backs], ks, contexts, amounts, backs
                )
            amounts = [0 if a is None and b else a for a, b in zip(amounts, backs, strict=True)]
        keep = []
        # Money taken back is told by the payments beside it: a list with none is no list of
        # money received and taken back.
        back_taken = not is_returns_sheet(table_name(self.sheet.name, self.file, self.idx)) and any(
            type(a) in _AMOUNT_TYPES and a > 0  # type: ignore[operator]
            for a in amounts
        )
        # A return's row below zero is a bad row, unless its note says the money was handed
        # back ("uang retur PJ-901 dikembalikan (tunai)" -800.000): money taken back, no return.
        returns = self.returns
        if back_taken and returns:
            returns = returns - self._marked(self.notes, is_handed_back_label, HANDED_BACK_HINT)
        for k, amount in zip(ks, amounts, strict=True):
            if not _has_amount(k, amount, field_name, raws, faults):
                keep.append(False)
            elif amount < 0 and (not back_taken or k + self.start in returns):  # type: ignore[operator]
                faults.append((k, "negative-amount", field_name, raws[k], None, None))
                keep.append(False)
            else:
                keep.append(True)
        ks, contexts, amounts, backs = _kept(keep, ks, contexts, amounts, backs)
        numbers, customers = self.c_number, self.c_customer
        if self._mentions("status", _NOT_RECEIVED):
            # A giro or a cheque not cleared, bounced or cancelled is no money received yet;
            # a negative row that says so is the bounce itself, taking back the giro's money
            # (unless the giro's own row, of that amount, already counts nothing).
            status, unpaid = self.cols["status"], _Memo(not_received)
            came = [not unpaid[status[k]] for k in ks]
            held = {a for a, c in zip(amounts, came, strict=True) if not c}
            came = [
                c or (a < 0 and -a not in held)  # type: ignore[operator]
                for a, c in zip(amounts, came, strict=True)
            ]
            for k in compress(ks, map(not_, came)):
                faults.append((k, "uncleared-payment", "status", status[k], None, None))
            ks, contexts, amounts, backs = _kept(came, ks, contexts, amounts, backs)
        named = [
            numbers[k] is not None or customers[k] is not None or bool(ctx)
            for k, ctx in zip(ks, contexts, strict=True)
        ]
        if not all(named):
            for k in compress(ks, [not n for n in named]):
                faults.append((k, "payment-missing-invoice", "invoice_no", "", None, None))
            ks, contexts, amounts, backs = _kept(named, ks, contexts, amounts, backs)
        cells = self.cols.get(date_field, self.none)
        days = (
            [self.p_date[k] for k in ks]
            if cells is self.c_date
            else [self.date_of(cells[k]) for k in ks]
        )
        keep = [
            type(day) is not _Bad and amount != 0 for day, amount in zip(days, amounts, strict=True)
        ]
        for k, day in zip(ks, days, strict=True):
            if type(day) is _Bad:
                faults.append((k, "invalid-date", date_field, cells[k], None, None))
        backs = [b if type(d) is not _Bad else 0 for b, d in zip(backs, days, strict=True)]
        if any(backs):
            sent = list(compress(ks, backs))
            self._row_returns(
                sent,
                [cell_text(n) if n is not None else "" for n in map(numbers.__getitem__, sent)],
                self._customers(sent, [ctx or "" for ctx in compress(contexts, backs)]),
                cast(list[Amount], list(compress(backs, backs))),
                cast(list[date | None], list(compress(days, backs))),
            )
        ks, contexts, amounts, days = _kept(keep, ks, contexts, amounts, days)
        self.sums.read.extend(ks)
        names = self._customers(ks, [ctx or "" for ctx in contexts])
        shown = [cell_text(n) if n is not None else "" for n in map(numbers.__getitem__, ks)]
        start = self.start
        if is_returns_sheet(table_name(self.sheet.name, self.file, self.idx)):
            returns = set(map(start.__add__, ks))
        elif returns:
            returns = self._noted_returns(ks, amounts, shown, names, days, returns)
        kinds = ["return" if k + start in returns else "payment" for k in ks]
        if "" in shown and (
            ahead := self._marked(self.notes, is_paid_ahead_label, PAID_AHEAD_HINT)
        ):
            # Money its note says came ahead of the sale, naming no invoice ("Titipan uang muka,
            # faktur menyusul"): its customer is one the book keeps an account for, what they
            # paid their credit balance until an invoice comes (``core.ledger``).
            self.result.contacts.extend(
                Contact(name)
                for name in dict.fromkeys(
                    name
                    for k, n, name in zip(ks, shown, names, strict=True)
                    if name and not n and k + start in ahead and k + start not in returns
                )
            )
        self.result.payments.extend(
            map(
                tuple.__new__,
                repeat(Payment),
                zip(amounts, self._sources(ks), shown, names, days, kinds, strict=True),
            )
        )

    def _noted_returns(
        self,
        ks: list[int],
        amounts: Sequence[object],
        numbers: list[str],
        names: Sequence[str | None],
        days: Sequence[object],
        returns: set[int],
    ) -> set[int]:
        """Of a payments list's rows whose note names a return or a discount (``returns``),
        those that are the return itself. A note whose own figure is not the row's amount
        names what was taken off on top of the money paid: 20/10 UD Sumber F-11 "Bayar"
        2.450.000, "potongan 50.000 (bayar cepat)" is 2.450.000 paid and 50.000 taken off,
        F-11's 2.500.000 settled (``note_returned``; each such figure a return of its own, of
        the row's invoice, customer and date). A note with no figure ("Retur barang"), or its
        row's own ("retur 200.000" beside 200.000), stays the row's return. One the note says
        is in the row's figure already, or was not taken (``_NOT_TAKEN``: "tf 1jt + retur
        200rb" beside 1.200.000, "retur 200rb sdh dipotong", "potongan 50rb jika lunas"), is
        the row's payment and takes nothing more off."""
        start, kept = self.start, set(returns)
        sent: list[int] = []
        backs: list[Amount] = []
        for at, (k, amount) in enumerate(zip(ks, amounts, strict=True)):
            if k + start not in returns:
                continue
            notes = [self.columns[i][k] for i in self.notes]
            back = sum(note_returned(note, self.unit) for note in notes)
            if back and back != amount:
                kept.discard(k + start)
                if any(type(n) is str and _NOT_TAKEN.search(n.lower()) for n in notes):
                    continue
                sent.append(at)
                backs.append(back)
        if sent:
            self._row_returns(
                [ks[at] for at in sent],
                [numbers[at] for at in sent],
                [names[at] for at in sent],
                backs,
                [day if isinstance(day := days[at], date) else None for at in sent],
            )
        return kept

    def _parts_of_payments(
        self, ks: list[int], contexts: list[str | None], faults: list[_Fault]
    ) -> tuple[list[int], list[str | None], list[Amount | _Bad | None]]:
        """A payments list's rows paid in parts, a column per way ("Tunai | Transfer"): each
        row's payment is its parts added up (``_parts_paid``; a row with a bad part is left
        out). A Total beside them that is their sum is no more money; one that is not is told
        (``check-mismatch``) and the parts are read; a row whose parts are all empty is its
        Total's, if it has one (``None``, nothing paid, if not)."""
        sums = self._parts_paid(ks, [False] * len(ks), faults)
        ks, contexts, sums = _kept([s is not None for s in sums], ks, contexts, sums)
        at = self.idx.get("amount")
        totals = self.p_amount if at is not None and at not in self.paid_parts else None
        amounts: list[Amount | _Bad | None] = []
        for k, paid in zip(ks, sums, strict=True):
            total = totals[k] if totals is not None else None
            if not paid:
                amounts.append(total)  # no part written: the Total's, if any
                continue
            if type(total) in _AMOUNT_TYPES and total != paid:
                faults.append((k, "check-mismatch", "amount", "", total, paid))  # type: ignore[arg-type]
            amounts.append(paid)
        return ks, contexts, amounts

    def _contact_row(self, index: int) -> None:
        k = index - self.start
        customer = self.c_customer[k]
        if customer is None:
            return
        code = self.c_code[k]
        self.result.contacts.append(
            Contact(
                self.name(customer),
                self.c_phone[k],  # type: ignore[arg-type]
                self.c_email[k],  # type: ignore[arg-type]
                self.c_address[k],  # type: ignore[arg-type]
                self.p_terms[k],  # type: ignore[arg-type]
                None if code is None else cell_text(code),
            )
        )

    # The book's own figures ------------------------------------------------------------------

    def _page_break(self) -> bool:
        """Whether the header repeated here is a printed page's, in a list grouped under its
        customers' headings: the group above goes on across it, the page's footer and title
        lines above the header no groups of their own, and its Sub Total on the next page
        adds its rows on both pages (round 68's "Sub Total Kios Pak Harjo" the first line
        under page 3's title and header). A card's or a block's header starts the next."""
        if (
            not self.result.headings
            or self.header.running
            or self.shape in ("customer_card", "journal")
        ):
            return False
        if self.left_group is not None:
            section, customer, stated, page = self.left_group
            self.left_group = None
            if not page:
                return False  # the next person's heading over the header: their block
            self.sums.section, self.customer = section, customer
            del self.stated[stated:]
        return True

    def _left_group(self, row: Sequence[object]) -> None:
        """A line read as a heading: where the group stood before the first since its last
        row, and whether every such line is the page's (``_page_line``)."""
        page = self._page_line(row)
        if self.left_group is None:
            self.left_group = (self.sums.section, self.customer, len(self.stated), page)
        elif not page:
            self.left_group = (*self.left_group[:3], False)

    def _page_line(self, row: Sequence[object]) -> bool:
        """Whether a line is the printed page's: its number (``names_page``), its print stamp
        (``led_by_print_stamp``), or one of the title lines above the table printed again
        ("Per 31 Oktober 2026" over the next page's header), nothing else in it."""
        if names_page(row) or led_by_print_stamp(row):
            return True
        titles = self._title_cells
        filled = [c.strip() if type(c) is str else c for c in row if not self._empty(c)]
        return bool(filled) and all(c in titles for c in filled)

    def _page_head(self, k: int) -> bool:
        """Whether line ``k`` is one of a printed page's lines before its header repeated
        (the footer's "Halaman 1", the company's name, "UMUR PIUTANG", "Per 31 Oktober
        2026"): each line from it to the header is the page's (``_page_line``) or blank. No
        customer's heading nor a row, whether in the customer column or beside it; the rows
        under the header go on as those above it did (``_page_break``). Not on a card or a
        journal, whose name over a header begins the next card."""
        if self.shape in ("customer_card", "journal") or self.header.running:
            return False
        rows, start, header_row = self.sheet.rows, self.start, self.header_row
        for below in range(k + start, len(rows)):
            line = rows[below]
            if line == header_row:
                return below > k + start
            if not self._page_line(line) and not all(map(self._empty, line)):
                return False
        return False

    @staticmethod
    def _empty(cell: object) -> bool:
        return cell is None or (type(cell) is str and not cell.strip())

    @cached_property
    def _title_cells(self) -> frozenset[object]:
        """The cells of the lines above the table's header (texts trimmed): its title block."""
        return frozenset(
            c.strip() if type(c) is str else c
            for line in self.sheet.rows[: self.header.row]
            for c in line
            if not self._empty(c)
        )

    def _new_block(self, k: int, customer: str | None = None) -> None:
        """A repeated header or a heading at row ``k``: the next customer's card or group begins
        (a card's Saldo starts again from zero)."""
        self._group_terms(k)
        self._check_total(None)
        if self.shape == "customer_card":
            self._finish_running()
        self.sums.close_section()
        if customer is not None:
            self.customer = customer

    def _group_terms(self, k: int) -> None:
        """A card or group begins at row ``k``: it states no terms until a line of its own does.
        Not where no row was read under the last ones stated: a heading, then its "Tempo : 7
        hari", then the header again begin one card."""
        read = max(self.last_read, self.pending[-1] if self.pending else -1)
        if read >= self.stated[-1][0]:
            self.stated.append((k, None))

    def _finish_running(self) -> None:
        """The book's Saldo against the balance its rows ran to, told where they part."""
        self.cards_before += self.running.whole  # a grand total's Saldo adds every card's
        per_customer = {"whole": False, "customer": True}.get(self.header.running)
        given, mismatches = self.running.finish(per_customer)
        for index, book, read in mismatches:
            self.result.saldo = "mismatch"
            self.problem("check-mismatch", index, "balance", book=book, read=read)
        if given and self.result.saldo == "none":
            self.result.saldo = "ok"

    def _sums(self, name: str) -> Iterator[Amount]:
        """A column's sums a total line may give (``Sums.of``)."""
        values = self.column_amounts(name)

        def numbers() -> list[Amount | None]:
            """The column's amounts in number cells only (not text), as Excel's SUM adds."""
            found = self.parsed.get(f"{name}#")
            if found is None:
                cells = self.cols.get(name, ())
                number = (
                    _mapped(cells, _is_number)
                    if self.sheet.text_only
                    else [type(c) is float or type(c) is int for c in cells]
                )
                found = self.parsed[f"{name}#"] = [
                    v if n else None for v, n in zip(values, number, strict=True)
                ]
            return found

        return self.sums.of(name, values, numbers)

    def _net_sums(self) -> Iterator[Amount]:
        """The amount column's sums (``_sums``) less the paid column's, each: what the rows
        leave, the net a total line under one signed or typed amount column gives."""
        return map(sub, self._sums("amount"), self._sums("paid"))

    def _read_sums(self, label: str | None) -> Iterator[Amount]:
        """The Sisa column's sums (``_sums``) with each row whose Sisa was told wrong taken at
        what its own figures leave (``sisa_read``); none where no row's was."""
        if not self.sisa_read:
            return
        values = list(self.column_amounts("balance"))
        for k, read in self.sisa_read.items():
            values[k] = read
        yield from self.sums.of("balance~read", values, lambda: values)
        if label is not None:
            yield from self.sums.since(label, values)

    def _without_openings(self, name: str, index: int) -> Amount | None:
        """Column ``name``'s sum of the rows read since the table began, less the opening
        balances above row ``index`` (``None`` where none is)."""
        start, openings = self.start, self.openings
        if not openings or len(openings) * 2 > index - start:
            return None  # none, or a sheet of openings: no period's movements beside them
        values = self.column_amounts(name)
        opening = sum(
            v for i in openings if start <= i < index and (v := values[i - start]) is not None
        )
        if not opening:
            return None
        _, whole = islice(self._sums(name), 2)
        return whole - opening  # type: ignore[no-any-return]

    def _left_by_rows(self) -> Amount | None:
        """What every row read so far leaves, its amounts less what was paid, whichever way
        it falls (a credit balance is the figure on the other side); ``None`` without both
        columns."""
        if "amount" not in self.idx or "paid" not in self.idx:
            return None
        _, sold = islice(self._sums("amount"), 2)
        _, paid = islice(self._sums("paid"), 2)
        return cast(Amount, abs(sold - paid))  # type: ignore[operator]

    def _last_balance(self, index: int) -> Amount | None:
        """The last figure in the balance column above row ``index``."""
        balances = self.p_balance
        for k in range(index - self.start - 1, -1, -1):
            if type(figure := balances[k]) is not _Bad and figure is not None:
                return figure  # type: ignore[return-value]
        return None

    def _check_total(self, index: int | None) -> None:
        """A total line (``None``: the table or block ends): each figure it gives must equal
        its column's sum since the last total (a Sub Total) or since the table began (a grand
        total).

        A table whose first total line comes before any of its rows (a list newest first, its
        TOTAL on top) has its totals above the rows they add up: each is checked when the next
        total line or the end comes, against the rows between (or every row so far)."""
        line, self.waiting = self.waiting, None
        if index is not None:
            if self.totals_above or not self.sums.data:
                self.totals_above = True
                self.waiting = index
            else:
                line = index  # (none was waiting: a table with totals above has only those)
        if line is None:
            if index is not None:
                self.sums.close_section()
            return
        index = line
        entries = self.shape in ("customer_card", "journal")
        running = entries or bool(self.header.running)
        first = next((c for c in self.sheet.rows[index] if is_text(c)), None)
        label = " ".join(first.casefold().split()) if isinstance(first, str) else None
        names: tuple[str, ...] = ("amount", "paid") if running else ("amount", "paid", "balance")
        # One amount column split by a type column (QuickBooks' Transaction List by Customer,
        # "Invoice" and "Payment" under Amount): the total line's figure under it is the net,
        # the debits less the credits, or the debits alone; no credit side of its own.
        split = self.header.kinds is not None and self.idx.get("paid") == self.idx.get("amount")
        for name in names:
            if name not in self.idx or (split and name == "paid"):
                continue
            value = self.amount(self.get(index, name))
            if value is None or isinstance(value, _Bad):
                continue
            self.sums.seen.add(value)
            if (
                value in self._sums(name)
                or (split and value in self._net_sums())
                or (
                    label is not None and value in self.sums.since(label, self.column_amounts(name))
                )
                # A Sisa typed wrong on a row (told there) beside a total of what the rows'
                # own figures leave, the figure read: the total agrees with the reading.
                or (name == "balance" and value in self._read_sums(label))
                # A closing balance's line gives the last Balance above it where the column
                # runs, whether or not the reader checks it as running (Jurnal.id's statement,
                # its Balance beside one signed Amount: "Closing Balance" 5.050.000 is no sum).
                or (
                    name == "balance"
                    and label is not None
                    and is_closing_label(label)
                    and value == self._last_balance(index)
                )
                # Or the period's movements, the opening balance aside (Tally Prime's
                # "Current Total" under its vouchers and "Opening Balance" line).
                or value == self._without_openings(name, index)
                # Or, with no Balance column, what the rows read leave: their debits less
                # their credits, on whichever side the line gives it (Tally's ledger account
                # prints "By Closing Balance" under Credit, the figure that balances the sides).
                or (
                    label is not None
                    and "balance" not in self.idx
                    and is_closing_label(label)
                    and value == self._left_by_rows()
                )
            ):
                if self.result.totals == "none":
                    self.result.totals = "ok"
                continue
            self.result.totals = "mismatch"
            # The sum the line most likely meant, told beside its figure: since the last total,
            # or since the table began where that is nearer the book's (a TOTAL under a page's
            # "b/f" typed 6.300.000 for the book's 6.500.000, not page 2's rows alone).
            section, whole = islice(self._net_sums() if split else self._sums(name), 2)
            nearer = not section or abs(Decimal(value - whole)) < abs(Decimal(value - section))
            read = whole if nearer else section
            if label is not None and is_closing_label(label):
                # A closing balance's line meant the balance its rows ran to (a statement's
                # "Amount Due" under Balance), or with no Balance column what the rows leave.
                if name == "balance" and self._sisa_runs:
                    read = self._last_balance(index) or read
                elif "balance" not in self.idx and (left := self._left_by_rows()) is not None:
                    read = left
            self.problem("check-mismatch", index, name, book=value, read=read)
        if "balance" in self.idx and running:
            saldo = self.amount(self.get(index, "balance"))
            if saldo is not None and not isinstance(saldo, _Bad):
                mine, whole = self.running.now(self.customer or "")
                if saldo not in (mine, whole, self.cards_before + whole):
                    self.result.totals = "mismatch"
                    self.problem("check-mismatch", index, "balance", book=saldo, read=mine)
        self.sums.close_section(label)


# "F-102 s/d F-104", "F-102 sampai F-104": the invoices from one number to the other.
_RANGE: Final = re.compile(
    r"([^\s,;:()\[\]]*\d)\s*(?:s\s*/\s*d\.?|s\.\s*d\.?|sampai(?:\s+dengan)?|hingga|to|until|through)"
    r"\s*([^\s,;:()\[\]]*\d)",
    re.IGNORECASE,
)
_LAST_DIGITS: Final = re.compile(r"^(.*?)(\d+)$")


def named_invoices(text: str, known: Mapping[str, Invoice]) -> tuple[str, ...]:
    """The invoices of ``known`` (by ``invoice_key``) that ``text`` names, in the order named,
    each once; a range names those from its first number to its last (one prefix, at most 100).

    >>> inv = Invoice("", "", None, date(2026, 1, 1), "default", 1, 0, Source("", "", 1))
    >>> known = {n: inv._replace(number=n) for n in ("F-101", "F-102", "F-103", "F-104")}
    >>> named_invoices("Pelunasan F-102 s/d F-104 (#F-101)", known)
    ('F-102', 'F-103', 'F-104', 'F-101')
    >>> named_invoices("tf F-102, 103", known), named_invoices("lunas F-101/104", known)
    (('F-102', 'F-103'), ('F-101', 'F-104'))
    """
    found: dict[str, None] = {}
    text = written_out(text, known)
    for match in _RANGE.finditer(text):
        first, last = (_LAST_DIGITS.match(end.rstrip(".")) for end in match.groups())
        if first is None or last is None or first.group(1).upper() != last.group(1).upper():
            continue
        low, high = int(first.group(2)), int(last.group(2))
        width = len(first.group(2))
        if low < high <= low + 100:
            for n in range(low, high + 1):
                if (key := invoice_key(f"{first.group(1)}{n:0{width}d}")) in known:
                    found[known[key].number] = None
    for word in _WORDS.findall(text):
        if (key := invoice_key(word.rstrip("."))) in known:
            found.setdefault(known[key].number, None)
    return tuple(found)


# A number a note names after a word for one: "Penjualan No. 0019", "Faktur 0019", "Nota #0019";
# and the bare numbers listed after it, the word again or not ("inv 45, 46", "inv 45 & 46",
# "inv 45, inv 46", "Nota 12 dan 13"), each ending the note or before another separator (not
# "Nota 12, 3 sak").
_NOTE_WORD: Final = r"\b(?:no|nomor|nomer|faktur|nota|invoice|inv)\b\.?\s*"
# An address's street just before a number's word: "Jl. Kenanga No. 12" is no nota 12.
_AT_ADDRESS: Final = re.compile(
    r"\b(?:jl|jln|jalan|gg|gang|blok|komp|komplek|perum|perumahan|kav|ruko)\b\.?"
    r"[\w .'-]{0,30}$",
    re.IGNORECASE,
)
_NOTE_NUMBER: Final = re.compile(
    rf"{_NOTE_WORD}(?:(?:no|nomor)\b\.?\s*)?[:#]?\s*([A-Za-z0-9][\w/.-]*)"
    rf"((?:\s*(?:[,&+]|\bdan\b|\band\b)\s*(?:{_NOTE_WORD}[:#]?\s*)?\d+"
    r"(?=\s*(?:$|[,;&+)]|\bdan\b|\band\b)))*)",
    re.IGNORECASE,
)


def holds_invoice_numbers(texts: Sequence[str], known: Collection[str]) -> bool:
    """Whether a column numbering the payment itself ("No Kwitansi") holds the invoices' own
    numbers all the same: most of its texts are one of them, more than digits ("FK-002": an
    owner who writes there the invoice paid; a receipt "0012" beside a nota "0012" is none)."""
    keys = [key for key in invoice_keys(list(texts)) if key]
    named = sum(key in known and not key.isdigit() for key in keys)
    return bool(keys) and 2 * named > len(keys)


def _series_number(letters: Collection[str]) -> re.Pattern[str] | None:
    """A note's word of the book's invoice series and its serial ("NT 46", "NT-46", "nt47",
    "NT 0046" where invoices are numbered "NT-0046": ``ledger.series_letters``); ``None``
    for a book of no such series."""
    if not letters:
        return None
    words = "|".join(sorted(map(re.escape, letters), key=len, reverse=True))
    return re.compile(rf"(?<![\w/.-])({words})[ -]?(\d+)(?!\w|[/.-]\w)", re.IGNORECASE)


_BARE_NUMBER: Final = re.compile(r"\d+")


def notes_naming_short(texts: Iterable[str], invoices: Sequence[Invoice]) -> dict[str, str]:
    """The notes naming one of ``invoices`` short, by text: the number as a note writes it
    after a word for one or as the book's series (``_number_in_note``: "tf inv 45"), or its
    one number alone (``_lone_number``: "041", "trf 040"), where it ends as an invoice's own
    serial does ("INV/2026/10/0045"); who paid, and which of the customer's or the book's
    invoices that is, the ledger works out (``ledger._named_short``; a serial two invoices
    end by names neither, and the owner is told). Asked of the notes of a payments list of
    no customer column, each payment's one clue to whose it is.

    >>> inv = Invoice("INV/2026/10/0045", "A", None, date(2026, 10, 10), "default", 1, 0,
    ...               Source("", "F", 2))
    >>> notes_naming_short(["tf inv 45", "inv 46", "Penjualan 5 sak", "trf 045"], [inv])
    {'tf inv 45': '45', 'trf 045': '045'}
    """
    numbers = [inv.number for inv in invoices]
    series = _series_number(series_letters(numbers))
    own = serials(numbers)
    found: dict[str, str] = {}
    for text in texts:
        number = _number_in_note(text, series) or _lone_number(text)
        runs = _DIGITS.findall(number) if number else []
        if runs and (runs[-1].lstrip("0") or "0") in own:
            found[text] = number  # type: ignore[assignment]
    return found


# The words beside a number alone in a note that make it no invoice's serial: a date's ("tgl
# 15", "bulan 10", "15 Nov"), an instalment's or a count's ("cicilan ke 12", "termin 10", "10
# sak", "3 kali"), money's ("Rp 50", "500 rb", "50 %").
_NOT_SERIAL_BEFORE: Final = frozenset({
    "tgl", "tanggal", "tg", "date", "per", "bulan", "bln", "tahun", "thn", "th", "minggu",
    "mgg", "hari", "jam", "pukul", "ke", "cicilan", "cicil", "angsuran", "termin", "tahap",
    "dp", "rp", "idr", "x", "qty", "jml",
})  # fmt: skip
_NOT_SERIAL_AFTER: Final = GOODS_UNITS | {
    "rb", "ribu", "k", "jt", "juta", "rupiah", "%", "persen", "x", "kali", "hari", "bulan",
    "bln", "minggu", "tahun", "thn", "jam",
}  # fmt: skip
_LONE: Final = re.compile(r"#?(\d{2,})[.,]?")


def _lone_number(text: str) -> str | None:
    """A note's one number where it stands alone, of two digits or more ("041", "trf 040",
    "pembayaran 0041", "#041"): on a payments list of no customer column, what else it would
    be is an invoice's serial. ``None`` for a note of several numbers or a number written
    into a figure of money or a date ("tf 1.500.000", "tgl 15/11", "500rb"), a month named
    beside it ("15 Nov"), or a word beside it that says a date, an instalment, a count or
    money (``_NOT_SERIAL_BEFORE``, ``_NOT_SERIAL_AFTER``: "tgl 15", "cicilan ke 12", "10 sak").

    >>> [_lone_number(t) for t in ("041", "pembayaran 0041", "trf 040 BCA", "#041")]
    ['041', '0041', '040', '041']
    >>> [_lone_number(t) for t in ("tf 1.500.000", "tgl 15/11", "tgl 15", "15 Nov", "tf 500rb")]
    [None, None, None, None, None]
    >>> [_lone_number(t) for t in ("cicilan ke 12", "10 sak", "tf 500 rb", "ke-12", "bayar 7")]
    [None, None, None, None, None]
    """
    if len(_DIGITS.findall(text)) != 1:
        return None
    words = text.lower().split()
    at = next(i for i, word in enumerate(words) if _DIGIT.search(word))
    found = _LONE.fullmatch(words[at])
    if found is None or any(word.strip(".,:;()") in MONTHS for word in words):
        return None
    before = words[at - 1].strip(".,:;()") if at else ""
    after = words[at + 1].strip(".,:;()") if at + 1 < len(words) else ""
    if before in _NOT_SERIAL_BEFORE or after in _NOT_SERIAL_AFTER:
        return None
    return found[1]


def noted_numbers(text: str) -> tuple[str, ...]:
    """The numbers a note names after a word for an invoice, as written ("Nota 501",
    "Faktur 12 dan 13", "inv 45, 46"): a short number named so is an invoice's, as a bare one
    is not. Not after "No" alone ("Jl. Melati No. 12" is an address).

    >>> noted_numbers("Nota 501"), noted_numbers("inv 45, 46"), noted_numbers("Cicilan nota")
    (('501',), ('45', '46'), ())
    >>> noted_numbers("Jl. Melati No. 12"), noted_numbers("Faktur No. 0019")
    ((), ('0019',))
    """
    found: list[str] = []
    for match in _NOTE_NUMBER.finditer(text):
        number = match.group(1).rstrip(".-/")
        if match.group(0).split(None, 1)[0].rstrip(".").casefold() in _NUMBER_WORDS:
            continue
        if _DIGIT.search(number):
            found += [number, *_BARE_NUMBER.findall(match.group(2))]
    return tuple(found)


# The words for a number of anything, not an invoice's own ("No. 12", "Nomor 3").
_NUMBER_WORDS: Final = frozenset({"no", "nomor", "nomer"})


def _number_in_note(text: str, series: re.Pattern[str] | None = None) -> str | None:
    """The invoice number a note names after a word for one, or as the book's series
    (``_series_number``: "NT 46", leading zeros dropped); ``None`` when it names none.

    >>> _number_in_note("Penjualan No. 0019"), _number_in_note("Nota #A-12.")
    ('0019', 'A-12')
    >>> _number_in_note("Faktur 7")
    '7'
    >>> _number_in_note("Penjualan 5 sak") is None
    True
    >>> nt = _series_number({"NT"})
    >>> [_number_in_note(t, nt) for t in ("Pelunasan NT 46", "nt47", "NT-0046", "ref 4502")]
    ['NT 46', 'NT 47', 'NT 46', None]
    >>> [_number_in_note(t) for t in ("inv 45, 46", "inv 45 & inv 46", "Nota 12, 3 sak")]
    ['45, 46', '45, 46', '12']
    >>> _number_in_note("transfer toko Jl. Kenanga No. 12"), _number_in_note("Gg. Mawar no 3")
    (None, None)
    """
    for match in _NOTE_NUMBER.finditer(text):
        number = match.group(1).rstrip(".-/")
        if _AT_ADDRESS.search(text, 0, match.start()):
            continue  # "Jl. Kenanga No. 12": a house's number
        if _DIGIT.search(number):
            return ", ".join([number, *_BARE_NUMBER.findall(match.group(2))])
    if series is not None and (found := series.search(text)) is not None:
        return f"{found[1].upper()} {found[2].lstrip('0') or '0'}"
    return None


def _numbers_credits_name(
    notes: Sequence[object],
    debits: Sequence[object],
    credits: Sequence[object],
    named: Mapping[str, str],
) -> dict[str, str]:
    """A card's debit notes (not in ``named`` yet) that carry an invoice's number, by a
    number a credit's note names too: "Penjualan FK-1302" is FK-1302 where "Retur FK-1302"
    or "Bayar FK-1302" is a credit's note. A number (a word of letters and digits, "FK-1302",
    "INV/10/015"; not "5" nor "10/08") counts when one debit's note alone carries it: "Semen
    T50" on two sales names neither.

    >>> notes = ["Saldo awal", "Penjualan FK-1301", "Bayar", "Penjualan FK-1302", "Retur FK-1302"]
    >>> _numbers_credits_name(notes, [1, 3, None, 2, 0], [None, None, 2, None, 1], {})
    {'Penjualan FK-1302': 'FK-1302'}
    >>> _numbers_credits_name(["Semen T50", "Semen T50", "Retur T50"], [1, 1, None],
    ...                       [None, None, 1], {})
    {}
    """
    carried: dict[str, dict[str, str]] = {}
    debited: Counter[str] = Counter()
    wanted: set[str] = set()
    for note, debit, credit in zip(notes, debits, credits, strict=True):
        if type(note) is not str or note in named or not _DIGIT.search(note):
            continue
        words = _numbers_of_note(note)
        if _no_figure(credit) and not _no_figure(debit):
            carried[note] = words
            debited.update(words.keys())
        elif _no_figure(debit) and not _no_figure(credit):
            wanted.update(words)
    found: dict[str, str] = {}
    for note, words in carried.items():
        mine = [word for key, word in words.items() if key in wanted and debited[key] == 1]
        if len(mine) == 1:
            found[note] = mine[0]
    return found


def _numbers_of_note(note: str) -> dict[str, str]:
    """The words of a note that may be an invoice's number, by ``invoice_key``: letters and
    digits both ("FK-1302", "INV/10/015"; not "5", "10/08" nor "Rp")."""
    words = (word.strip(".-/") for word in _WORDS.findall(note))
    return {
        invoice_key(word): word
        for word in words
        if _DIGIT.search(word) and any(map(str.isalpha, word))
    }


_UNIT: Final = re.compile(r"\(\s*[^()\d]{1,12}\s*\)|rp\.?|idr", re.IGNORECASE)


def _units_line(row: Sequence[object]) -> bool:
    """A line of units alone, each cell a short word in brackets or a currency ("(tgl)",
    "(Rp)", "Rp"), under a header that wrote them on a line of their own.

    >>> _units_line(["(tgl)", None, "", "(Rp)", "Rp"]), _units_line(["(Rp)", "Toko Sari"])
    (True, False)
    """
    texts = [c for c in row if c is not None and c != ""]
    return bool(texts) and all(type(c) is str and _UNIT.fullmatch(c.strip()) for c in texts)


def _below_zero(figure: object) -> bool:
    """A parsed figure below zero."""
    return type(figure) in _AMOUNT_TYPES and figure < 0  # type: ignore[operator]


_FILLED: Final = partial(is_not, None)  # a cell holding something


def _last_filled(*columns: Sequence[object], holds: Callable[[object], bool] = _FILLED) -> int:
    """The last position where one of ``columns`` holds something (-1 where none does), or
    something ``holds`` says (a figure read as one), each looked at from the end back.

    >>> _last_filled([1, None, None], [None, 2, None]), _last_filled([None])
    (1, -1)
    >>> _last_filled([1, "abc", None], holds=_is_figure)
    0
    """
    last = -1
    for cells in columns:
        found = next((k for k in range(len(cells) - 1, last, -1) if holds(cells[k])), -1)
        last = max(last, found)
    return last


def _is_figure(cell: object) -> bool:
    """A parsed cell that is an amount (not empty, not ``BAD``)."""
    return type(cell) in _AMOUNT_TYPES


def _signature_line(row: Sequence[object]) -> bool:
    """Whether each filled cell of a line is a signature's words ("Dibuat oleh," |
    "Mengetahui,", or "(Rina)" | "(Pak Hendra)"), one at least.

    >>> _signature_line([None, "Dibuat oleh,", None, "Mengetahui,"]), _signature_line(["Bu Ani"])
    (True, False)
    """
    filled = [c for c in row if c is not None and not (type(c) is str and not c.strip())]
    return bool(filled) and all(type(c) is str and is_signature(c) for c in filled)


def _no_figure(cell: object) -> bool:
    """Whether a figure's cell is empty: nothing, zero, or a dash."""
    return not cell or (type(cell) is str and cell.strip() in ("-", "–"))


def _terms_of_note(terms: Mapping[str, str], cell: object) -> str | None:
    """The terms a note cell opens with, of ``terms`` (each note's, ``_terms_in_notes``)."""
    return terms.get(cell) if type(cell) is str else None


def _mapped(cells: Sequence[object], func: Callable[[object], object]) -> list[object]:
    """``func`` of every cell of a column, once per distinct value (an empty cell is empty)."""
    try:
        distinct = set(cells)
    except TypeError:  # an unhashable cell
        return [None if v is None else func(v) for v in cells]
    # To a set and a dict True is 1 and False is 0: the set keeps whichever came first, so a
    # column with a 1 or a 0 in it is looked at whole for a yes/no cell, and then read one by one.
    if bool in set(map(type, distinct)) or (
        (0 in distinct or 1 in distinct) and bool in set(map(type, cells))
    ):
        return [None if v is None else func(v) for v in cells]
    table = {v: func(v) for v in distinct}
    table[None] = None
    return list(map(table.__getitem__, cells))


def _added(one: Amount | _Bad | None, other: Amount | _Bad | None) -> Amount | _Bad | None:
    """Two parsed cells of one row added up: a bad one makes the sum bad, an empty one adds
    nothing."""
    if type(one) is _Bad or type(other) is _Bad:
        return BAD
    if one is None or other is None:
        return other if one is None else one
    return one + other  # type: ignore[operator]


def _opt_text(value: object) -> str | None:
    return None if value is None else cell_text(value)


def transpose(body: Sequence[Sequence[object]]) -> list[tuple[object, ...]]:
    """A table's rows as columns; short rows (a CSV's) padded with empty cells."""
    if not body:
        return []
    width = max(map(len, body))
    if min(map(len, body)) != width:
        body = [[*row, *([None] * (width - len(row)))] for row in body]
    return list(zip(*body, strict=True))


_NUMBER_TEXT = re.compile(r"\s*-?\d+(?:\.\d+)?\s*")


def _is_number(cell: object) -> bool:
    """A CSV's number ("150000"), as opposed to an amount written as text ("Rp 150.000")."""
    if type(cell) is str:
        return bool(_NUMBER_TEXT.fullmatch(cell))
    return type(cell) is int or type(cell) is float


def _date_in(text: str) -> date | None:
    """A date written inside a label ("Saldo s/d 31/10/2026")."""
    for match in re.finditer(
        r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4}", text
    ):
        found = _date(match.group(0))
        if isinstance(found, date):
            return found
    return None


def opening_day(texts: Sequence[str]) -> tuple[date, bool] | None:
    """The day a table of opening balances names, in the first of ``texts`` (its figure's
    header, its title lines, its sheet's name) that names one, and whether only a year was
    written; ``None`` for none. A date is that day ("Saldo per 31/12/2025", "Saldo Awal (1 Jan
    2026)"); a year alone ("Saldo Awal 2025") its last day, at the latest (the reader moves it
    to the year's first day where the book's own records run in that year: "Saldo awal 2026"
    beside 2026's sales is what 2026 opened with).

    >>> opening_day(["Saldo per 31/12/2025", "Saldo Awal"])
    (datetime.date(2025, 12, 31), False)
    >>> opening_day(["Sisa Piutang", "Saldo Awal 2025"]), opening_day(["Saldo", "Saldo Awal"])
    ((datetime.date(2025, 12, 31), True), None)
    """
    for text in texts:
        if (day := _date_in(text)) is not None:
            return day, False
    for text in texts:
        if (end := _year_end_in(text, "")) is not None:
            return end, True
    return None


def _year_end_in(note: str, customer: object) -> date | None:
    """The last day of the one year an opening balance's label names ("Sisa piutang th.
    2025", "Saldo 2025": 31 Dec 2025), its customer's name aside ("Toko 2000"); ``None`` for
    none, or for two. A year is no date: the opening is at the latest that year's end.

    >>> _year_end_in("Pak Harjo | Sisa piutang th. 2025", "Pak Harjo")
    datetime.date(2025, 12, 31)
    >>> _year_end_in("Toko 2000 | Saldo awal", "Toko 2000"), _year_end_in("Saldo 2024-2025", "")
    (None, None)
    """
    if type(customer) is str and customer:
        note = note.replace(customer, "")
    years = set(_YEAR_ALONE.findall(note))
    return date(int(years.pop()), 12, 31) if len(years) == 1 else None


# A year standing alone in a label, no part of a date or a longer number ("th. 2025").
_YEAR_ALONE: Final = re.compile(r"(?<![\d/.\-])(?:19[5-9]\d|20\d\d)(?![\d/.\-])")


def _has_amount(
    k: int, amount: object, field_name: str, raws: Sequence[object], faults: list[_Fault]
) -> bool:
    """Whether row ``k`` has its amount; the fault told otherwise (none, or not an amount)."""
    if amount is None:
        faults.append((k, "missing-amount", field_name, "", None, None))
        return False
    if type(amount) is _Bad:
        faults.append((k, "invalid-amount", field_name, raws[k], None, None))
        return False
    return True


def _figure(cell: object) -> Amount:
    """A parsed debit's or credit's amount; 0 for none."""
    return cell if type(cell) in _AMOUNT_TYPES else 0  # type: ignore[return-value]


def _kept(keep: Sequence[bool], *columns: list[Any]) -> tuple[list[Any], ...]:
    """The rows of each column where ``keep`` holds."""
    return tuple(list(compress(column, keep)) for column in columns)
