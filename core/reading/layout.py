"""Where a sheet's table is and what shape it takes: the header (one row, or two with merged
group cells), the columns, and whether rows are invoices, debits and credits, or an aging report.

A receivables book takes one of a few shapes (``Shape``): an invoice list (a row per invoice,
with paid, balance or status), a customer card (kartu piutang: a sheet or block per customer,
Debet / Kredit / Saldo), a journal (debits and credits of every customer in one table), a
grouped list (a customer's name as a heading over their invoices), or an aging report exported
from accounting software (Sisa per invoice and stale bucket columns). The words that tell them
apart, and the lines that are not rows of the table (titles, totals, opening balances), are
recognised here and only here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from itertools import compress, islice, pairwise
from operator import eq, itemgetter, not_, or_
from typing import Final, Literal, TypeGuard

from core.columns import (
    DISCOUNT_WORDS,
    DOWN_PAYMENT_WORDS,
    FREIGHT_WORDS,
    LEFT_WORDS,
    MILLIONS,
    NOT_YET,
    NOTE_WORDS,
    PAID_AHEAD,
    PAYMENT_PART,
    SYNONYMS,
    TAB_PAID,
    TAB_WORDS,
    THOUSANDS,
    WALLETS,
    ColumnChoice,
    Field,
    expand_abbreviations,
    guess_field,
    map_columns,
    names_count,
    names_unit_price,
    normalise_header,
    not_made,
    payment_parts,
    short_unit,
)
from core.dates import (
    MONTHS,
    TERMS_WORDS,
    DateError,
    calendar_terms,
    parse_date_text,
    parse_terms,
)
from core.i18n import CodeKeys
from core.ledger import card_name
from core.money import Amount, AmountError, parse_amount

HEADER_SCAN_ROWS: Final = 30

Running = Literal["", "whole", "customer"]
Shape = Literal[
    "invoice_list", "customer_card", "journal", "grouped", "aging_report", "payment_list",
    "contact_list",
]  # fmt: skip
SHAPES: Final[tuple[Shape, ...]] = (
    "invoice_list", "customer_card", "journal", "grouped", "aging_report", "payment_list",
    "contact_list",
)  # fmt: skip
SHAPE_KEYS: Final = CodeKeys[Shape](
    Shape,
    {
        "invoice_list": "shape.invoice_list",
        "customer_card": "shape.customer_card",
        "journal": "shape.journal",
        "grouped": "shape.grouped",
        "aging_report": "shape.aging_report",
        "payment_list": "shape.payment_list",
        "contact_list": "shape.contact_list",
    },
)
# The shapes an owner may choose for a sheet on the upload page.
CHOOSABLE: Final[tuple[Shape, ...]] = (
    "invoice_list", "customer_card", "journal", "grouped", "aging_report",
)  # fmt: skip

# Column names that say "debits and credits" outright, whatever else the sheet holds.
# A debts app's export names them for what the shop did: gave (goods on credit) and received.
# The debt grows and shrinks, named with it before or after ("Piutang Bertambah | Piutang
# Berkurang", "Penambahan Piutang", "Tagihan Naik | Tagihan Turun"): ``_debt_named``. Not
# "Piutang Kredit" (a credit sale's); nor "Naik | Turun" alone, no debt named.
_GROWS: Final = ("tambah", "penambahan", "bertambah", "naik")
_SHRINKS: Final = ("kurang", "pengurangan", "berkurang", "turun")
_DEBTS: Final = ("piutang", "tagihan", "hutang", "utang")


def _debt_named(words: tuple[str, ...]) -> set[str]:
    """Each word of a debt's side with the debt named before or after it ("piutang
    bertambah", "pengurangan piutang")."""
    return {f"{d} {w}" for d in _DEBTS for w in words} | {f"{w} {d}" for d in _DEBTS for w in words}


_DEBIT_WORDS: Final = frozenset({
    "debet", "debit", "mutasi debet", "mutasi debit", "dr", "db", "tambah", "penambahan",
    "bertambah", "debet rp", "debit rp", "memberikan", "saya berikan", "diberikan", "berikan",
    "memberi", "kasih", "you gave", "gave", "anda berikan", "anda memberikan", "anda beri",
    "kamu berikan", "kamu memberikan", "kamu beri", *_debt_named(_GROWS),
})  # fmt: skip
_CREDIT_WORDS: Final = frozenset({
    "kredit", "credit", "mutasi kredit", "mutasi credit", "cr", "kurang", "pengurangan",
    "berkurang", "kredit rp", "credit rp", "kr", "menerima", "saya terima", "terima", "you got",
    "received", "got", "anda terima", "anda menerima", "kamu terima", "kamu menerima",
    *_debt_named(_SHRINKS),
})  # fmt: skip
# Column names that are debits and credits when the rows say so (``entries_by_rows``): a sale
# column and a payment column, each row filling one of them.
_SALE_WORDS: Final = frozenset({"penjualan", "piutang", "tagihan", "sales", "charges", "charge"})
_RECEIPT_WORDS: Final = frozenset({
    "pembayaran", "bayar", "pelunasan", "penerimaan", "payment", "payments", "receipt",
    "receipts", "diterima", "setoran",
})  # fmt: skip

# Aging bucket columns of an exported aging report: never an amount to add.
_BUCKET = re.compile(
    r"^\s*(?:(?:umur|usia|aging|hari|days?)\s*)?"
    r"(?:[<>≤≥]=?\s*\d+|\d+\s*(?:-|–|s/?d|sd|sampai|to)\s*\d+|\d+\s*(?:(?:hari|days?)\s*)?\+|"
    r"(?:lebih dari|di atas|over|above|more than)\s*\d+)\s*(?:hari|days?|hr)?\s*$"
)
# A bucket of months, as Xero prints them ("< 1 Month | 1 Month | 2 Months | 3 Months | Older";
# "1 Bulan", "> 3 Bulan").
_MONTH_BUCKET = re.compile(r"^\s*(?:[<>≤≥]=?\s*)?\d{1,2}\s*(?:months?|bulan|bln)\s*\+?\s*$")
_BUCKET_WORDS: Final = frozenset({
    "belum jatuh tempo", "belum jt", "belum jatuh tempo rp", "current", "not yet due",
    "not due", "lancar", "belum lewat", "0 hari",
})  # fmt: skip

# A line naming the customer above a card or a group: "Nama Pelanggan : Toko Sari"; the way a
# statement or a letter addresses them ("Kepada Yth. : CV Adi Mandiri", "Yth.", "Nama Outlet",
# "Nama Toko"; not "Toko :", a letterhead's own) or a monthly account's ("Rekening : Toko
# Plastik Gemilang"; not an account number, "Rekening : BCA 0123456789", ``_title_name``), or
# a ledger's party's ("Ledger: Toko Sinar Jaya", Tally's title over one party's vouchers).
_TITLE = re.compile(
    r"^\s*(?:nama\s+pelanggan|nama\s+customer|nama\s+konsumen|nama\s+langganan|pelanggan|"
    r"customer(?:\s+name)?|konsumen|langganan|debitur|debtor|client|klien|"
    r"kepada(?:\s+yth\b\.?)?|yth\b\.?|(?:nama\s+)?outlet|nama\s+toko|rekening|"
    r"(?:nama\s+)?(?:anggota|nasabah|peminjam)|nama|name|account|"
    # a ledger's party ("Ledger: Toko Sinar Jaya" over Tally's vouchers)
    r"ledger(?:\s+account)?|party(?:\s+name)?|party's\s+name)\s*[:：=]\s*(.*\S)?\s*$",
    re.IGNORECASE,
)
_TITLE_LABEL = re.compile(
    r"^\s*(?:nama\s+pelanggan|nama\s+customer|nama\s+konsumen|pelanggan|customer(?:\s+name)?|"
    r"konsumen|langganan|debitur|debtor|client|klien|(?:nama\s+)?(?:anggota|nasabah|peminjam)|"
    r"kepada(?:\s+yth\b\.?)?|yth\b\.?|(?:nama\s+)?outlet|nama\s+toko|nama)\s*[:：]?\s*$",
    re.IGNORECASE,
)
# An address after the name, past a comma: "TB Karya Mulya, Jl. Raya Solo km 7".
_ADDRESS_AFTER = re.compile(
    r"\s*,\s*(?:jl|jln|jalan|gg|gang|komp(?:lek)?|kompleks|perum(?:ahan)?|ruko|blok|ds|desa|"
    r"kel|kec|kp|kampung|dusun|rt|pasar|psr)\b.*$",
    re.IGNORECASE,
)
# A card's title naming its customer after a separator (group 1: "Kartu Piutang - Bu Sari",
# "Kartu Hutang Pelanggan : Toko Sari"), or with none ("KARTU PIUTANG PT SINAR JAYA", "Kartu
# Hutang Pelanggan Toko Sari", "Catatan Utang Bu Wati"; group 2) when the words are a name
# (``_card_name``).
_CARD_TITLE = re.compile(
    r"^\s*(?:kartu\s+piutang|kartu\s+hutang|kartu\s+utang|buku\s+piutang|customer\s+card|"
    r"catatan\s+(?:piutang|hutang|utang|bon|kasbon)|"
    r"customer\s+ledger|statement\s+of\s+account)\b(?:\s*(pelanggan|customer)\b)?"
    r"\s*(?:[-–:|]\s*(.*\S)|(.*\S))\s*$",
    re.IGNORECASE,
)
# A customer's number after "Pelanggan" in a card's title; not a year ("PELANGGAN 2026").
_CUSTOMER_NUMBER = re.compile(r"^(?!(?:19|20)\d\d$)\d{1,6}$")
# Words after a card's title that say what or when it is, not whose: "KARTU PIUTANG USAHA",
# "KARTU PIUTANG BULAN NOVEMBER", "KARTU PIUTANG PER 30 NOVEMBER 2026", "(dalam rupiah)".
_CARD_NO_NAME = re.compile(
    r"^(?:usaha|dagang|bulan|bln|periode|per|tahun|thn|th|tanggal|tgl|s\s*/\s*d|sampai|mulai|"
    r"dari|sejak|hingga|minggu|semester|triwulan|dalam|konsumen|langganan|customers?|pelanggan|"
    r"semua|seluruh|rp|idr"
    # a month alone or before a year ("NOVEMBER 2026"; not "Mei Ling")
    + r")\b|^(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\b(?=\W*(?:$|\d))|^[\W\d_]",
    re.IGNORECASE,
)

_OPENING = re.compile(
    r"\b(?:saldo\s+awal|s\.\s*awal\b|saldo\s+sebelum(?:nya)?|saldo\s+lalu|saldo\s+bulan\s+lalu|"
    r"saldo\s+s\s*/?\s*d|saldo\s+per|saldo\s+pindahan|opening\s+balance|"
    # the Saldo of the page before ("Saldo halaman sebelumnya", "Balance from previous page")
    r"(?:saldo|balance)\s+(?:dari\s+|from\s+)?(?:(?:the\s+)?(?:previous|prior)\s+page|"
    r"(?:halaman|hal|hlm)\.?\s*(?:sebelumnya|lalu|\d+)\b)|"
    # "Pindahan" alone, or from a page or an old book, heading its line: not "Pindahan gudang"
    # (a move), nor "Jasa Pindahan Makmur" (a customer)
    r"^\s*pindahan(?=\s*(?:$|[:\-–(]|dari\b|hal\b|halaman\b|saldo\b|\d))|"
    # an English program's statement opens with "Balance Forward" or "Previous Balance"
    r"balance\s+(?:b/?f|brought\s+forward|forward)|brought\s+forward|b/f|beginning\s+balance|"
    # Odoo's Partner Ledger opens each partner with their "Initial Balance"
    r"initial\s+balance|"
    r"(?:previous|prior)\s+balance|"
    r"carried\s+forward|c/f|saldo\s+tahun\s+lalu|sisa\s+(?:piutang\s+)?(?:tahun|bulan)\s+lalu|"
    r"sisa\s+piutang\s+(?:tahun\s+|th\.?\s*)?(?:19|20)\d\d\b|piutang\s+(?:tahun|bulan)\s+lalu)",
    re.IGNORECASE,
)
# The card an opening balance says it carries ("Saldo awal (pindahan kartu Toko Makmur 2025)",
# "Saldo dari kartu Toko Makmur"): that card's name, its year left off (``carried_card``).
_CARRIED_CARD = re.compile(
    r"\b(?:pindah(?:an)?|dari|from)\s+(?:dari\s+)?(?:kartu|card)\s+(?:piutang\s+)?"
    r"(?P<name>[^()|,;:]*?[^\W\d_][^()|,;:]*?)(?:\s+(?:th\.?|thn|tahun|year)?\s*(?:19|20)\d\d)?"
    r"\s*(?:$|[()|,;])",
    re.IGNORECASE,
)
# A note about the old balance, saying it is settled ("Ambil Urea (saldo lalu sdh lunas)",
# "Saldo lalu lunas, ambil Urea"): no opening of the row, which is a sale (``is_opening_label``).
_OPENING_SETTLED = re.compile(
    r"\b(?:saldo|sisa|piutang)\s+(?:\w+\s+){0,2}?(?:(?:sdh|sudah|udah|udh|telah|dah)\s+)?"
    r"(?:lunas|beres)\b",
    re.IGNORECASE,
)
# A row's note naming what the customer took or bought ("Ambil Urea", "Penjualan", "Beli
# semen"): on a row of its own invoice number, a sale (``rows.SheetReader``).
_SALE_NOTE = re.compile(r"\b(?:ambil|jual|penjualan|beli|pembelian|belanja)\b", re.IGNORECASE)
SALE_NOTE_HINT: Final = ("ambil", "jual", "beli", "belanja")
_RETURN = re.compile(
    r"\b(?:retur|return(?:ed|s)?|nota\s+kredit|credit\s+notes?|credit\s+memos?|potongan|nota\s+retur|"
    r"pengembalian\s+barang|barang\s+kembali)\b",
    re.IGNORECASE,
)
# A row's note that says a giro or a cheque was refused ("Giro BG-123 ditolak", "Tolakan cek",
# "Retur giro", "Giro kosong"): the money it paid taken back (``rows._entry_rows``).
_REFUSED = re.compile(
    r"\b(?:(?:giro|cek|cheque|check|bg|bilyet)\b.*\b(?:di)?tolak(?:an)?|"
    r"(?:di)?tolak(?:an)?\s+(?:giro|cek|cheque|bg)|bounced?|retur\s+(?:giro|cek|bg)|"
    r"(?:giro|cek|bg)\s+kosong)\b",
    re.IGNORECASE,
)
# A row's note that says goods were exchanged ("Tukar barang (ukuran 40 ganti 42)", "Ganti
# barang (warna)"): beside the same figure in Debet and Kredit, the goods out and the goods
# back, it moves nothing (``rows.SheetReader._entry_rows``).
_EXCHANGE = re.compile(
    r"\b(?:(?:tukar|ganti|penggantian)\s+(?:barang|produk|ukuran|warna|model|tipe)|tukar|"
    r"exchanged?)\b",
    re.IGNORECASE,
)
EXCHANGE_HINT: Final = ("tukar", "ganti", "exchange")
# A row's note that says money was handed back to the customer ("uang retur PJ-901
# dikembalikan (tunai)", "refund", "pengembalian dana"): on a payments sheet, a negative row
# so noted takes money back, whatever return it names (``rows.SheetReader._payment_rows``).
_HANDED_BACK = re.compile(
    r"\b(?:(?:uang|dana)\b.*\b(?:di)?kembali(?:kan)?|pengembalian\s+(?:uang|dana)|"
    r"refund(?:ed)?|kembalikan\s+(?:uang|dana))\b",
    re.IGNORECASE,
)
HANDED_BACK_HINT: Final = ("kembali", "refund")
# A row's note that says money was paid ("Bayar transfer", "Pelunasan", "Cicilan 2", "tf BCA").
_PAYMENT = re.compile(
    r"\b(?:(?:di|ter|pem)?bayar(?:an)?|pelunasan|cicilan|angsuran|transfer|trf|tf|tunai|cash|"
    r"setor(?:an)?|payments?|(?<!sales )receipts?|giro)\b",
    re.IGNORECASE,
)

_TOTAL_LABELS: Final = frozenset({
    "total", "totals", "jumlah", "jml", "grand total", "grandtotal", "subtotal", "sub total",
    "total keseluruhan", "jumlah total", "total piutang", "total tagihan", "total bulan ini",
    "saldo akhir", "total penjualan", "sum", "total akhir", "jumlah keseluruhan", "total all",
    "jumlah akhir", "total saldo", "ending balance", "closing balance", "sisa akhir",
    # the line under an English program's statement: what its rows leave owing
    "amount due", "balance due", "total amount due",
    # Tally Prime's ledger: the period's vouchers, its opening balance aside
    "current total",
})  # fmt: skip
_TOTAL_PREFIX = re.compile(r"^(grand totals?|sub totals?|subtotals?|totals?|jumlah)\b")
# A closing balance's line, alone or followed by whose it is ("Saldo Akhir Toko Bangunan
# Kokoh", Zahir's per customer): the balance the rows ran to (``is_closing_label``). Not
# followed by a period ("SALDO AKHIR 2025" on a card running across the year end is a line of
# the card, the next year's "SALDO AWAL 2026" repeating its Saldo).
# A ledger account's "By Closing Balance" / "To Closing Balance" (Tally's, the particle of its
# side before each account it names) is one too, and so is the foot of an English program's
# statement ("Amount Due", "Balance Due", QuickBooks's and Xero's): what the rows leave owing.
_CLOSING = re.compile(
    r"^(?:(?:by|to) )?(?:closing balance|ending balance|saldo akhir|sisa akhir|"
    r"(?:total )?(?:amount|balance) due)\b(?P<rest>.*)$"
)
# A page's running total carried to the next page of a printed book: "Jumlah dipindahkan" at
# its foot, "Pindahan (dari halaman 1)" at the next one's head, "carried / brought forward",
# "c/f", "b/f", the Saldo's own ("Saldo dipindahkan", "(Balance c/f)"). Below rows of a list,
# or of a card where its Saldo does not move (or that gives the Saldo alone), it is a total
# line (``SheetReader._carried_row``); above them, or on a card where the Saldo rises by it
# ("Saldo pindahan", "Balance b/f"), an opening balance (``_OPENING``). A total's or the
# Saldo's word before the page it comes from or goes to is one too ("Saldo halaman
# sebelumnya", "Jumlah dari hal. 1", "Balance from previous page").
_PAGE_NAMED = (
    # the page it names, after a colon ("Pindahan: dari halaman 1"; brackets are taken out
    # before: ``is_carried_label``)
    r"[ :]*(?:dari |ke |from |to )?(?:(?:the )?(?:previous|prior|next) page|"
    r"(?:halaman|hal|hlm|page|pg)\.? ?(?:\d+|sebelumnya|berikutnya|berikut|lalu))"
)
_CARRIED = re.compile(
    r"^(?:(?:jumlah |total |saldo |balance )?"
    r"(?:(?:di)?pindah(?:an|kan)|(?:carried|brought) (?:forward|over)|[bc]/f)"
    rf"(?:{_PAGE_NAMED})?|(?:jumlah|total|saldo|balance){_PAGE_NAMED})[ :.]*$"
)
_BRACKETS: Final = re.compile(r"[()\[\]]")
CARRIED_HINT: Final = ("pindah", "forward", "over", "/f", "halaman", "hal.", "hal ", "hlm", "page")
# A printed page's number in its header or footer: "Halaman 1 dari 2", "Hal. 1/2", "Page 1 of 2".
_PAGE: Final = re.compile(
    r"\b(?:halaman|hal|hlm|page|pg)\.?\s*:?\s*\d+(?:\s*(?:dari|of|/)\s*\d+)?\b", re.IGNORECASE
)
# Every total label holds one of these; a text without any of them cannot be a total. The
# hints find, in many texts joined, every one that may be such a label (and maybe more).
TOTAL_HINT: Final = ("total", "jumlah", "jml", "sum", "saldo", "balance", "due", "sisa")
OPENING_HINT: Final = ("saldo", "awal", "pindahan", "balance", "forward", "b/f", "c/f", "sisa")
RETURN_HINT: Final = ("retur", "return", "kredit", "credit", "potongan", "kembali")
REFUSED_HINT: Final = ("tolak", "bounce", "retur", "kosong")
PAYMENT_HINT: Final = (
    "bayar", "lunas", "cicil", "angsur", "transfer", "tf", "tunai", "cash", "setor", "payment",
    "receipt", "giro",
)  # fmt: skip

# A sheet named for what it holds or for a period: a month as the dates read it ("Agust",
# "Sept", "Nopember"), the longer spelling tried first.
_GENERIC_SHEET = re.compile(
    r"^\s*(?:sheet|lembar|lembaran|tabel|table|data|piutang|kartu|kartu piutang|rekap|"
    r"rekapitulasi|recap|summary|ringkasan|laporan|report|buku|buku piutang|daftar|jurnal|"
    r"journal|ledger|aging|umur piutang|penjualan|pembayaran|payments?|sales|invoices?|faktur|"
    r"nota|pelanggan|customers?|kontak|contacts?|master|total|kasir|kas|"
    # the shop's own money: a cash book's Saldo runs as a card's does ("Buku Kas", "Bank")
    r"buku kas|kas kecil|kas besar|cash|cash ?book|petty cash|bank|rekening|"
    r"mutasi(?: bank| rekening)?|"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    # and how often or how it was paid ("Penjualan Harian", "Penjualan Tunai"): a till's day
    + r"|q[1-4]|semester|tahun|year)?(?:\s+(?:harian|mingguan|bulanan|tunai|kontan|cash))?"
    + r"[\s_\-./]*(?:\d+)?[\s_\-./]*(?:\d+)?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Header:
    """A table's header: the row it ends on (two rows when group cells are merged over
    sub-labels), the columns found, the aging bucket columns, and whether its amount columns
    are debits and credits by their names (``entries``)."""

    first: int
    row: int
    columns: dict[Field, ColumnChoice]
    labels: tuple[str, ...]
    buckets: tuple[int, ...] = ()
    entries: bool = False
    # A column that says of each row whether it is a sale or a payment ("Jenis": Penjualan /
    # Pembayaran, "D/K"), beside one amount column.
    kinds: int | None = None
    # Excel rows whose note says only that a payment was made ("bayar", "cicilan") in a table
    # with one amount column and nothing else that tells sales from payments, with that note.
    mixed: tuple[tuple[int, str], ...] = ()
    # A type column whose words are not all a sale's or a payment's (``unknown_kinds``): its
    # label and those words; such a table is not added up.
    untyped: tuple[str, tuple[str, ...]] | None = None
    # Each column's label as read (a two-row header's pair as one label, "Bayar 2" for
    # "Pembayaran II" over "Jumlah"; one row's second "Bayar" after its own "Tanggal" as
    # "Bayar 2" too); empty when the labels themselves are read.
    read_as: tuple[str, ...] = ()
    # The columns the owner said are not the field they would be read as (a "No. Faktur" they
    # chose to be no invoice number): nothing in them names an invoice either.
    refused: frozenset[int] = frozenset()
    # Its Debet and Kredit read the other way round: the Saldo runs so on its rows and the
    # notes agree (``ingest._with_swapped_sides``), said in the reading sentence.
    swapped: bool = False
    # The balance column is the balance so far, row after row ("Total Bon", "Saldo" beside
    # Bon and Bayar): over the whole table ("whole") or each customer's own ("customer"); ""
    # when it is each row's own Sisa, or there is none (``running_balance``).
    running: Running = ""
    # The rows are invoices paid in full, unless a column says what was paid (or a status
    # column whether): the sheet's name says its invoices are paid ("Sudah Bayar", "Lunas")
    # and its columns are an invoice's (``ingest._paid_invoices``).
    settled: bool = False
    # The rows are debts written off, each owed by no one, what was paid of it standing: the
    # sheet's name or title says so ("Dihapuskan", "DAFTAR PIUTANG YANG DIHAPUSKAN") and its
    # columns are an invoice's (``ingest._written_off_sheet``).
    written_off: bool = False

    @property
    def as_read(self) -> tuple[str, ...]:
        """Each column's label as read: ``read_as``, or the labels themselves."""
        return self.read_as or self.labels


# A status, a note or a type saying the debt was written off ("Dihapuskan", "Sisa piutang
# dihapuskan", "Hapus buku", "Penghapusan piutang", "Write-off", "Pemutihan"), or the rest of
# it given up ("dianggap lunas", "kurang 50rb diikhlaskan"): not one only asked for or to come
# ("belum dihapuskan", "usul penghapusan piutang", "akan di-write off", "dianggap lunas jika
# transfer masuk"). "Dihapus" alone is the debt's only where nothing else is named as what
# was dropped: the note's first word, or after a stop ("tidak tertagih - dihapus per 30/11"),
# or after the debt's own word ("sisa 50rb dihapus"), never "diskon dihapus", "ongkir
# diikhlaskan" (a charge given up, the invoice still owed), nor "hapus" (done: "di-"; a
# sheet or a row the owner means to delete says "hapus").
_OFF_DEBT: Final = (
    r"(?:sisa\w*|kurang\w*|kekurangan\w*|selisih\w*|piutang\w*|tagihan\w*|utang\w*|hutang\w*)"
    r"\s+(?:bayar\s+)?(?:(?:rp\.?\s*)?[\d.,]+\s*(?:rb|ribu|jt|juta|k)?\s+)?"
)
_WRITTEN_OFF: Final = re.compile(
    r"\b(?:dihapus\s*(?:kan|bukukan)|hapus\s*buku|penghapusan\s+piutang|pemutihan"
    r"|writ(?:e|ten)[\s-]*off|(?:di)?anggap\s+lunas|diputihkan)\b"
    rf"|(?:^|[-–,;:(/]\s*|\b{_OFF_DEBT}|\b(?:tertagih|macet)\s+)"
    r"di(?:hapus|ikhlaskan|relakan)\b"
)
_OFF_NOT_MADE: Final = re.compile(
    r"\b(?:belum|blm|tidak|tdk|tak|gak|akan|mau|usul\w*|diusulkan|diajukan|ajukan|rencana"
    r"|not|to\s+be|pending)\s+(?:(?!tertagih\b)\w+\s+)?(?:di-?)?"
    r"(?:hapus|penghapusan|writ|ikhlas|rela|putih|pemutihan|anggap)"
    r"|\b(?:di)?anggap\s+lunas\s+(?:jika|kalau|kalo|klo|bila|apabila|asal|asalkan|setelah|stlh)\b"
)
# Words one of those holds: a column without them holds none.
WRITE_OFF_HINT: Final = ("hapus", "writ", "anggap", "ikhlas", "rela", "putih")


def is_written_off(text: str) -> bool:
    """Whether a status, a note or a type cell says the invoice's debt was written off (a bad
    debt given up on, or the rest of it): owed by no one, as a cancelled sale, whatever was
    paid of it before.

    >>> is_written_off("Dihapuskan (macet, toko tutup)"), is_written_off("Sisa dihapuskan")
    (True, True)
    >>> is_written_off("Sisa piutang dihapuskan (bad debt)"), is_written_off("Write-off")
    (True, True)
    >>> is_written_off("belum dihapuskan"), is_written_off("usul penghapusan piutang")
    (False, False)
    >>> is_written_off("Macet"), is_written_off("diskon dihapus"), is_written_off("Lunas")
    (False, False, False)
    >>> is_written_off("tidak tertagih - dihapus per 30/11/2026"), is_written_off("Dihapus")
    (True, True)
    >>> is_written_off("tidak tertagih, usul dihapus"), is_written_off("ongkir diikhlaskan")
    (False, False)
    >>> is_written_off("dianggap lunas (kurang 50rb diikhlaskan)"), is_written_off("Pemutihan")
    (True, True)
    >>> is_written_off("sisa Rp 25.000 direlakan"), is_written_off("tidak dianggap lunas")
    (True, False)
    >>> is_written_off("dianggap lunas jika transfer masuk"), is_written_off("Write Off")
    (False, True)
    >>> is_written_off("hapus"), is_written_off("tidak tertagih dihapus")  # "hapus": delete me
    (False, True)
    """
    text = text.lower()
    return bool(_WRITTEN_OFF.search(text)) and not _OFF_NOT_MADE.search(text)


# What a type column says a row is: a debt, or a credit (a payment or a return).
# (Each word as ``normalise_header`` leaves it: "CREDIT_GIVEN" is "credit given".)
_KIND_DEBIT: Final = frozenset({
    *TAB_WORDS, "penjualan", "jual", "pinjam", "pinjaman", "debet", "debit",
    "d", "db", "dr", "faktur", "invoice", "tagihan", "sale", "sales", "nota",
    "penjualan kredit", "jual kredit", "penjualan tempo", "jual tempo", "saldo awal",
    "opening balance",
    "charge", "piutang", "sales invoice", "invoice penjualan", "faktur penjualan",
    "ambil", "credit given", "given", "gave", "you gave", "memberi", "beri", "berikan",
    "diberikan", "kasih", "memberikan", "anda berikan", "kamu berikan", "utang baru",
    "hutang baru", "piutang baru", "tambah utang", "tambah hutang", "debt", "loan",
    "catat piutang", "tambah piutang", "beri pinjaman", "memberi pinjaman", "berikan pinjaman",
    "pemberian pinjaman", "receivable invoice", "accounts receivable invoice",
})  # fmt: skip
# "C" is the credit of a "D/C" column, English software's side flag, as "K" is of "D/K".
_KIND_CREDIT: Final = frozenset({
    "pembayaran", "bayar", "pelunasan", "lunas", "cicilan", "angsuran", "kredit", "credit", "k",
    "c",
    "cr", "kr", "payment", "setoran", "transfer", "tunai", "retur", "return", "nota kredit",
    "retur penjualan", "retur jual", "sales return", "credit note", "credit memo", "potongan",
    "diskon", "refund", "receipt", "payment received", "received", "diterima", "terima",
    "menerima", "anda terima", "kamu terima", "got", "you got",
    "bayar utang", "bayar hutang", "bayar piutang", "pembayaran diterima", "uang masuk",
    "repayment", "terima pembayaran", "terima pembayaran piutang", "pembayaran piutang",
    "pelunasan piutang", "terima piutang", "receive payment", "receivable payment",
    "penerimaan", "penerimaan pembayaran", "penerimaan piutang",
    # A down payment's words ("DP", "Uang Muka", "Panjar"): money the customer paid.
    *DOWN_PAYMENT_WORDS.split("|"),
})  # fmt: skip
# What a type column says of a row that is the shop's own debt, to a supplier or a lender: a
# purchase beside sales ("Pembelian" beside "Penjualan"), or a debts app's "Hutang" and its
# payment beside its "Piutang" (the owner's view of both sides). Alone, a kasbon app's "Hutang"
# and "Bayar Hutang" are the customer's debt and payment (``_KIND_DEBIT``, ``_KIND_CREDIT``).
_KIND_PURCHASE: Final = frozenset({
    "pembelian", "beli", "kulakan", "kulak", "purchase", "purchases", "pembelian kredit",
    "beli kredit", "pembelian tempo", "beli tempo", "purchase invoice", "bayar pembelian",
    "pembayaran pembelian", "bayar supplier", "bayar pemasok",
})  # fmt: skip
_KIND_SALE: Final = frozenset({
    "penjualan", "jual", "sale", "sales", "penjualan kredit", "jual kredit", "penjualan tempo",
    "jual tempo",
})  # fmt: skip
_KIND_OWN_DEBT: Final = frozenset({
    "hutang", "utang", "hutang baru", "utang baru", "tambah hutang", "tambah utang",
    "catat hutang", "catat utang", "bayar hutang", "bayar utang", "pembayaran hutang",
    "pembayaran utang", "pelunasan hutang", "pelunasan utang", "cicil hutang", "cicilan hutang",
    "terima pinjaman",
})  # fmt: skip
_KIND_RECEIVABLE: Final = frozenset({
    "piutang", "piutang baru", "tambah piutang", "catat piutang", "bayar piutang",
    "pembayaran piutang", "pelunasan piutang", "terima piutang", "terima pembayaran piutang",
})  # fmt: skip


@lru_cache(maxsize=4096)
def _kind(text: str, signs: bool = False) -> bool | None:
    """What a type cell's word says its row is: a credit (``True``: a payment, a return or a
    write-off), a debt (``False``: a sale), or neither (``None``). ``signs``: the column is
    named for each row's side (``signs_column``), so a "+" is a sale and a "-" a payment;
    elsewhere a "-" is an empty cell's dash."""
    if signs and text.strip() in ("+", "-"):
        return text.strip() == "-"
    norm = normalise_header(text)
    if norm not in _KIND_CREDIT and norm not in _KIND_DEBIT:
        # Its count after it: the word's own kind ("Cicilan 1", "Angsuran ke-2", "DP 1").
        norm = _COUNTED.sub("", norm)
        if len(norm) < 2:
            return None  # "K 1": a code, no word
    if norm in _KIND_CREDIT:
        return True
    if norm in _KIND_DEBIT:
        return False
    # A debt written off ("Write Off", "Penghapusan Piutang", "Hapus Buku"): a credit that
    # ends it, as a return does (``is_written_off``, the status's rule).
    return True if is_written_off(text) else None


# The count written after a type's word: "Cicilan 1", "Angsuran ke-2", "Termin 3".
_COUNTED: Final = re.compile(r"\s+(?:ke\s*)?\d{1,2}$")


def kind_is_credit(text: object, signs: bool = False) -> bool:
    """Whether a type cell says its row is a credit (a payment or a return); ``signs`` as
    ``_kind``'s."""
    return isinstance(text, str) and _kind(text, signs) is True


# A column named for what each row is: its words need not show both kinds (a card of sales).
_KIND_HEADERS: Final = frozenset({
    "d k", "db cr", "dr cr", "d c", "jenis", "tipe", "type", "jenis transaksi", "tipe transaksi",
    "transaksi", "kode", "posisi", "transaction type", "type transaksi", "jenis catatan",
})  # fmt: skip
# Of those, the names that say outright the column is each row's sale or payment (not a kind
# of goods, as "Jenis" or "Tipe" may be).
_KIND_NAMED: Final = frozenset({
    "d k", "db cr", "dr cr", "d c", "jenis transaksi", "tipe transaksi", "transaction type",
    "type transaksi", "posisi",
})  # fmt: skip
# A column of each row's sign beside one unsigned amount: a cloth seller's card "Tanggal |
# Keterangan | +/- | Jumlah | Saldo", '+' for "Ambil batik", '-' for "Bayar tunai".
_SIGN_HEADERS: Final = frozenset({"+/-", "-/+", "+-", "-+", "(+/-)", "+ / -", "tanda"})


def signs_column(label: object) -> bool:
    """Whether a column's name makes its '+' and '-' each row's side: a sign column ("+/-"),
    or one named for each row's type ("D/K" holding '+' and '-' says the same).

    >>> signs_column("+/-"), signs_column("D/K"), signs_column("Keterangan")
    (True, True, False)
    """
    text = label.strip() if isinstance(label, str) else ""
    return text in _SIGN_HEADERS or normalise_header(text) in _KIND_HEADERS


def kinds_column(
    columns: Sequence[Sequence[object]],
    taken: Collection[int],
    labels: Sequence[str] = (),
    least: int = 2,
) -> int | None:
    """The column, not taken for a field, whose texts are nearly all the words for a sale and
    for a payment, both of them (one of them will do under a header such as "D/K" or "Jenis"):
    it says of each row which one it is."""
    for i, cells in enumerate(columns):
        if i in taken:
            continue
        counts = Counter(c for c in cells if isinstance(c, str) and c.strip())
        named = i < len(labels) and signs_column(labels[i])
        if counts.total() < (1 if named else least):
            continue
        if i < len(labels) and _cash_sale_words(labels[i], counts) is not None:
            continue  # each sale's way to pay ("Kredit", "Tunai"): no payment's row
        kinds = {text: _kind(text, named) for text in counts}
        known = sum(n for text, n in counts.items() if kinds[text] is not None)
        both = True in kinds.values() and False in kinds.values()
        if known * 10 >= counts.total() * 9 and (both or named):
            return i
    return None


def payable_kinds(
    columns: Sequence[Sequence[object]], taken: Collection[int], labels: Sequence[str]
) -> tuple[int, frozenset[str]] | None:
    """A column named for each row's type ("Jenis", "Tipe") whose words say some rows are the
    shop's own debts (``_KIND_PURCHASE`` beside a sale's words, ``_KIND_OWN_DEBT`` beside
    Piutang): its index and those words as written (stripped). Read as debts, what the shop owes
    its suppliers would be counted as owed to it.

    >>> payable_kinds([["Penjualan", "Pembelian ", "Penjualan"]], (), ["Jenis"])
    (0, frozenset({'Pembelian'}))
    >>> payable_kinds([["Hutang", "Bayar Hutang"]], (), ["Jenis"]) is None
    True
    """
    for i, cells in enumerate(columns):
        if i in taken or i >= len(labels) or normalise_header(labels[i] or "") not in _KIND_HEADERS:
            continue
        texts = {c.strip() for c in set(cells) if isinstance(c, str)}  # each distinct text once
        norms = {text: normalise_header(text) for text in texts if text}
        said = set(norms.values())
        own = (said & _KIND_PURCHASE if said & _KIND_SALE else set()) | (
            said & _KIND_OWN_DEBT if said & _KIND_RECEIVABLE else set()
        )
        if own:
            return i, frozenset(text for text, norm in norms.items() if norm in own)
    return None


def _type_words(
    columns: Sequence[Sequence[object]], taken: Collection[int], labels: Sequence[str]
) -> Iterator[tuple[int, str, list[str], list[str]]]:
    """Each column named for each row's type ("Jenis", "Type") that is no way to pay: its
    index, its name, and its words as written, each once, known to the rows' rules or not."""
    for i, cells in enumerate(columns):
        name = normalise_header(labels[i]) if i < len(labels) and labels[i] else ""
        if i in taken or name not in _KIND_HEADERS:
            continue
        words = {c.strip() for c in set(cells) if isinstance(c, str) and normalise_header(c)}
        words |= {  # a program's code of one digit: 1, 2
            str(int(c))
            for c in set(cells)
            if isinstance(c, int | float) and not isinstance(c, bool) and c in range(10)
        }
        if _cash_sale_words(labels[i], words) is not None:
            continue
        # A return or an opening balance by its words ("Retur Penjualan", "Credit Memo",
        # "Saldo Awal") is read so by the rows' own rules: no unknown word; nor is a report's
        # closing total line (QuickBooks's "TOTAL" under its Type), checked and left as such.
        known = [
            t
            for t in words
            if _kind(t) is not None
            or is_return_label(t)
            or is_opening_label(t)
            or is_total_label(t)
        ]
        yield i, name, known, sorted(words.difference(known))


_DIGITS: Final = frozenset("0123456789")


def unknown_kinds(
    columns: Sequence[Sequence[object]], taken: Collection[int], labels: Sequence[str]
) -> tuple[int, list[str]] | None:
    """A column named for each row's type ("Jenis", "Transaction Type") that ``kinds_column``
    did not take because it holds words that are neither a sale nor a payment, beside words
    that are (or under a name that says it is the row's type outright): its index and those
    words as written, each once. Read as debts, a payment typed so would be owed again.

    >>> unknown_kinds([["Titip", "Pembayaran", "Titip "]], (), ["Jenis"])
    (0, ['Titip'])
    >>> unknown_kinds([["Semen", "Pasir"]], (), ["Jenis"]) is None
    True

    A program's codes of one digit and no legend ("Tipe" 1 and 2 beside one amount column)
    say each row's type too, but not which is the sale: either reading fits.

    >>> unknown_kinds([[1, 2, 1, "2"]], (), ["Tipe"]), unknown_kinds([[1, 2]], (), ["Kode"])
    ((0, ['1', '2']), None)
    """
    for i, name, known, unknown in _type_words(columns, taken, labels):
        codes = name != "kode" and len(unknown) >= 2 and all(w in _DIGITS for w in unknown)
        if unknown and (known or name in _KIND_NAMED or codes):
            return i, unknown
    return None


def known_kinds(
    columns: Sequence[Sequence[object]], taken: Collection[int], labels: Sequence[str]
) -> int | None:
    """A column named for each row's type whose words the rows' rules all know, a return's
    among them, that ``kinds_column`` did not take: QuickBooks's "Invoice", "Payment" and
    "Credit Memo", the return's a fifth of the rows. Beside each row's Balance it still says
    which rows are payments (``ingest._sales_with_sisa``).

    >>> known_kinds([["Invoice", "Payment", "Credit Memo", "Invoice"]], (), ["Type"])
    0
    >>> known_kinds([["Invoice", "Sales Receipt"]], (), ["Type"]) is None
    True
    """
    for i, _, known, unknown in _type_words(columns, taken, labels):
        if known and not unknown:
            return i
    return None


# A note that is nothing but "a payment was made".
_PAYMENT_NOTES: Final = frozenset({
    "bayar", "pembayaran", "dibayar", "setor", "setoran", "cicilan", "angsuran", "pelunasan",
    "bayar utang", "bayar hutang", "payment", "paid",
})  # fmt: skip


def payment_rows(
    columns: Sequence[Sequence[object]], taken: Collection[int]
) -> list[tuple[int, str]]:
    """The rows whose note, in a column not taken for a field, is only a word for a payment
    ("bayar", "setoran", "cicilan"): each row's position and its note as written.

    >>> payment_rows([["Semen", "cicilan ", "Bayar"], [1, 2, 3]], taken={1})
    [(1, 'cicilan'), (2, 'Bayar')]
    """
    found: dict[int, str] = {}
    for i, cells in enumerate(columns):
        if i in taken:
            continue
        for k, c in enumerate(cells):
            if isinstance(c, str) and k not in found and normalise_header(c) in _PAYMENT_NOTES:
                found[k] = c.strip()
    return sorted(found.items())


def sales_beside_credits(columns: Sequence[Sequence[object]], amount: int, customer: int) -> bool:
    """Whether a table named for payments (or returns) holds sales too, in its one signed
    amount column: figures below zero (the payments) beside figures above it whose rows
    another column calls a sale in a word of its own ("Penjualan", "Faktur", "Invoice":
    ``_KIND_DEBIT``), at least half of them, and no row below zero so called. A bookkeeping
    app's export of both ("PJ-0001 | Penjualan | 5.105.000", "KM-002 | Pembayaran tunai |
    -5.105.000") is read by its rows whatever its file is called: taken as payments, its sales
    were money paid (beside an invoice list, a credit made up). A payments list with a
    payment taken back ("koreksi" -500.000) calls none of its rows a sale.

    >>> notes = ["Penjualan", "Pembayaran tunai", "Penjualan"]
    >>> sales_beside_credits([notes, ["5.105.000", "-5.105.000", "1.620.000"]], 1, -1)
    True
    >>> sales_beside_credits([["tf", "koreksi", "tf"], ["500.000", "-500.000", "750.000"]], 1, -1)
    False
    """
    figures = _figure_signs(columns[amount]) if amount < len(columns) else []
    if True not in figures or False not in figures:
        return False
    sale = [False] * len(figures)
    for i, cells in enumerate(columns):
        if i in (amount, customer):
            continue
        said: dict[object, bool] = {
            c: _kind(c) is False for c in set(cells) if isinstance(c, str) and c.strip()
        }
        if any(said.values()):
            sale = list(map(or_, sale, [said.get(c, False) for c in cells]))
    sales = list(compress(figures, sale))
    return bool(sales) and False not in sales and len(sales) * 2 >= figures.count(True)


def sales_with_returns(cells: Sequence[object]) -> bool:
    """Whether a signed amount column holds sales with returns among them: figures below zero,
    and at least twice as many above it. A list of returns alone keeps to one sign (a return
    written 250.000 or -250.000 on every row), so a file or sheet named for returns
    ("returns_negative_rows.csv", "retur.csv") whose rows are mostly sales is no such list.

    >>> sales_with_returns(["5.000.000", "3.000.000", "(250.000)"]), sales_with_returns(["250.000"])
    (True, False)
    >>> sales_with_returns(["-250.000", "-400.000", "100.000"])
    False
    """
    figures = _figure_signs(cells)
    below = figures.count(False)
    return below > 0 and figures.count(True) >= 2 * below


def _figure_signs(cells: Sequence[object]) -> list[bool | None]:
    """Each cell's figure: ``True`` above zero, ``False`` below, ``None`` for none (each
    distinct text read once)."""
    signs: dict[object, bool | None] = {}
    for cell in set(cells):
        try:
            figure = None if isinstance(cell, bool | date) else parse_amount(cell)
        except AmountError:
            figure = None
        signs[cell] = None if not figure else figure > 0
    return [signs[c] for c in cells]


def is_text(cell: object) -> bool:
    return isinstance(cell, str) and bool(cell.strip())


def cell_text(value: object) -> str:
    """A cell as display text: 1001.0 → '1001'; a number too large for a float to hold its
    digits (past 2**53) as the float writes it, 1e+308, not 309 digits of binary noise.

    >>> cell_text(1001.0), cell_text(1e308)
    ('1001', '1e+308')
    """
    if isinstance(value, float) and value.is_integer():
        return str(int(value)) if abs(value) <= 2**53 else repr(value)
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value).strip()


@lru_cache(maxsize=1 << 14)  # a column's names and numbers come back sheet after sheet
def is_total_label(text: str) -> bool:
    """'TOTAL', 'Sub Total', 'Jumlah', 'GRAND TOTAL', 'Saldo Akhir', a statement's 'Amount Due'…

    >>> is_total_label("Amount Due"), is_total_label("Due Date"), is_total_label("Overdue")
    (True, False, False)
    """
    lower = text.lower()
    if not any(word in lower for word in TOTAL_HINT):
        return False
    norm = normalise_header(text)
    return norm in _TOTAL_LABELS or bool(_TOTAL_PREFIX.match(norm)) or is_closing_label(norm)


def is_closing_label(text: str) -> bool:
    """A closing balance's line: "Saldo Akhir", "Closing Balance", and so with whose it is.

    >>> is_closing_label("Saldo Akhir Toko Bangunan Kokoh"), is_closing_label("Sisa akhir")
    (True, True)
    >>> is_closing_label("Saldo Awal"), is_closing_label("SALDO AKHIR 2025")
    (False, False)
    >>> is_closing_label("By Closing Balance"), is_closing_label("To Closing Balance")
    (True, True)
    >>> is_closing_label("Amount Due"), is_closing_label("Due Date")
    (True, False)
    """
    found = _CLOSING.match(normalise_header(text))
    if found is None:
        return False
    rest = found["rest"].split()
    return not any(w in MONTHS or any(map(str.isdigit, w)) for w in rest)


# The words after a total's own ("Total Oktober", "Jumlah s/d Juni 2025", "Total Piutang Toko
# A", "Sub Total Pelanggan") that keep a line a total whatever follows: a period, a figure, what
# is totalled. Any other words may be a name a total's word begins ("Total Buah Segar", a fruit
# shop; "Jumlah Motor", a workshop): ``rows.SheetReader._named_total`` looks at the line.
_TOTALLED = frozenset({
    *MONTHS, "s/d", "s", "d", "sd", "sampai", "per", "bulan", "tahun", "minggu", "hari", "ini",
    "lalu", "akhir", "awal", "keseluruhan", "semua", "seluruh", "all", "piutang", "tagihan",
    "faktur", "nota", "penjualan", "pembayaran", "bayar", "sisa", "saldo", "pelanggan",
    "customer", "halaman", "hal", "page", "periode", "sebelumnya", "dipindahkan", "pindahan",
    "of", "to", "date", "due", "amount", "balance", "rp", "idr", "total", "jumlah", "sub",
    "grand",
})  # fmt: skip


def may_name_someone(text: str) -> bool:
    """Whether a text a total's word begins ("Total", "Jumlah") may be a name: its other
    words name no period, figure or thing totalled.

    >>> may_name_someone("Total Buah Segar"), may_name_someone("JUMLAH MOTOR")
    (True, True)
    >>> may_name_someone("Total Oktober"), may_name_someone("Jumlah s/d Juni 2025")
    (False, False)
    >>> may_name_someone("Sub Total"), may_name_someone("Total Piutang Toko A")
    (False, False)
    """
    words = normalise_header(text).split()
    if len(words) < 2 or not _TOTAL_PREFIX.match(" ".join(words)):
        return False
    rest = words[2:] if " ".join(words[:2]) in ("grand total", "sub total") else words[1:]
    return bool(rest) and not any(w in _TOTALLED or any(map(str.isdigit, w)) for w in rest)


# A report's line of shares under its totals: "Ageing Percent:", "Percentage of total".
_PERCENT_LABEL = re.compile(
    r"^\W*(?:ageing|aging|umur)?\s*(?:percent(?:age)?|persen(?:tase)?|prosentase|%)\b",
    re.IGNORECASE,
)
_PERCENT_CELL = re.compile(r"^\s*-?\d{1,3}(?:[.,]\d+)?\s*%\s*$")


def named_day(name: str) -> date | None:
    """The day a sheet's name is, written whole ("01-10-2026", "2 Oktober 2026": a notebook
    kept a sheet a day): the date of its rows where it has no date column, as a date heading
    theirs (``date_heading``). A month ("Okt 2026"), a day with no year ("28 Agt") or a bare
    number ("45000") is none.

    >>> named_day("01-10-2026"), named_day("Okt 2026"), named_day("28 Agt"), named_day("45000")
    (datetime.date(2026, 10, 1), None, None, None)
    """
    text = name.strip()
    if not text or text.isdigit():
        return None
    try:
        return parse_date_text(text)
    except DateError:
        return None


def date_heading(
    row: Sequence[object], month_first: bool = False, columns: Collection[int] | None = None
) -> date | None:
    """The day a line heads: a date alone on it, written as a date ("Jumat, 2 Oktober 2026",
    "2 Oktober 2026", "02/10/2026", or a date cell), over the rows of that day, which take it
    as their own date. A figure alone is no heading (it may be a total). With ``columns``, the
    date must stand in one of them (a table's first or date column: a date alone in a note's
    column is a note, "02/11/2026" the day promised).

    >>> date_heading(["Jumat, 2 Oktober 2026", None, None])
    datetime.date(2026, 10, 2)
    >>> date_heading([None, "02/10/2026"]), date_heading(["Bu Rina", "2 Oktober 2026"])
    (datetime.date(2026, 10, 2), None)
    >>> date_heading(["Oktober"]), date_heading([46000])
    (None, None)
    >>> date_heading([None, None, "02/11/2026"], columns={0})
    >>> date_heading(["Sabtu, 14 November 2026 (tutup jam 12)"])
    datetime.date(2026, 11, 14)
    """
    filled = [
        k for k, c in enumerate(row) if c is not None and not (type(c) is str and not c.strip())
    ]
    if len(filled) != 1 or (columns is not None and filled[0] not in columns):
        return None
    cell = row[filled[0]]
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if type(cell) is not str:
        return None
    # A note in brackets after the day ("Sabtu, 14 November 2026 (tutup jam 12)") is the
    # day's own: the line still heads it.
    for text in (cell, cell.split("(", 1)[0]) if "(" in cell else (cell,):
        try:
            return parse_date_text(text, month_first)
        except DateError:
            continue
    return None


def is_percent_line(row: Sequence[object]) -> bool:
    """Whether a line gives shares, not money: its first text says percent ("Ageing
    Percent:", "Percentage of total", "Persentase"), or its figures are all written as
    percentages ("44.3%"), two or more. Such a line is no invoice and no total to check.

    >>> is_percent_line(["Ageing Percent:", None, "44.3%", "23.5%"])
    True
    >>> is_percent_line(["Percentage of total", None, 0.3667, 1])
    True
    >>> is_percent_line(["INV-1", "Diskon 10%", 900_000])
    False
    """
    first = next((c for c in row if is_text(c)), None)
    if isinstance(first, str) and _PERCENT_LABEL.match(first):
        return True
    shares = sum(1 for c in row if isinstance(c, str) and _PERCENT_CELL.match(c))
    return shares >= 2 and _values(row) == 0


# A note that says paid rows are marked by a colour ("Ket: warna hijau = sudah lunas", "yang
# di-stabilo sudah bayar", "highlighted = paid", "hijau: lunas") or struck through ("Yang sudah
# dicoret = sudah lunas", as a settled bon is crossed out in a notebook): a mark the reader
# cannot see. A colour's name alone is no such note ("Toko Hijau Lunas" is a customer).
_COLOURING = re.compile(
    r"\b(?:warna|diwarnai|berwarna|stabilo|di-?stabilo|di ?blok|highlight(?:ed)?|colou?r(?:ed)?"
    r"|di-?coret|coretan|strike-?through|struck through|crossed out)\b"
)
_COLOUR_KEY = re.compile(r"\b(?:hijau|merah|kuning|biru|green|yellow|red|blue)\s*[=:]")
_PAID_MARK = re.compile(r"\b(?:lunas|paid|bayar|dibayar|terbayar|settled)\b")


def colour_legend(rows: Iterable[Sequence[object]]) -> str | None:
    """A note among ``rows`` saying the paid rows are marked by a colour or struck through, as
    written; ``None`` without one. A reader of values cannot see a cell's format: such a book's
    total would count every paid row as owed.

    >>> colour_legend([["Ket: warna hijau = sudah lunas"]]), colour_legend([["Toko Hijau Lunas"]])
    ('Ket: warna hijau = sudah lunas', None)
    >>> colour_legend([["hijau: sudah bayar"]]), colour_legend([["Yang sudah dicoret = lunas"]])
    ('hijau: sudah bayar', 'Yang sudah dicoret = lunas')
    """
    for row in rows:
        for cell in row:
            if type(cell) is str and len(cell) < 200:
                text = cell.lower()
                if (_COLOURING.search(text) or _COLOUR_KEY.search(text)) and _PAID_MARK.search(
                    text
                ):
                    return cell.strip()
    return None


def amount_unit(texts: Iterable[str]) -> int:
    """How many rupiah one unit of a table's figures is: a thousand or a million when its title
    lines or its amount columns' headers say so, else 1.

    >>> amount_unit(["DAFTAR PIUTANG (dalam ribuan Rupiah)"]), amount_unit(["Jumlah (Rp 000)"])
    (1000, 1000)
    >>> amount_unit(["Saldo (Rp 000.000)"]), amount_unit(["Jumlah (Rp)", "Per 31/10/2026"])
    (1000000, 1)
    >>> amount_unit(["Saldo Rp 000.000"]), amount_unit(["Nilai x 1.000"])
    (1000000, 1000)
    >>> amount_unit(["Jumlah (rb)"]), amount_unit(["Sisa (jt)"]), amount_unit(["Tgl (JT)"])
    (1000, 1000000, 1)
    """
    found = 1
    for text in texts:
        short = short_unit(text)
        if short == 1_000_000 or MILLIONS.search(text):
            return 1_000_000
        if short == 1000 or THOUSANDS.search(text):
            found = 1000
    return found


@lru_cache(maxsize=4096)
def is_carried_label(text: str) -> bool:
    """'Pindahan', 'Jumlah dipindahkan', 'Pindahan dari halaman 1', 'Carried forward', 'b/f'.

    >>> [is_carried_label(t) for t in ("Pindahan", "Jumlah dipindahkan", "Pindahan dari hal. 1")]
    [True, True, True]
    >>> [is_carried_label(t) for t in ("Saldo pindahan", "(Balance c/f)", "Saldo dipindahkan")]
    [True, True, True]
    >>> is_carried_label("Pindahan Toko Asri"), is_carried_label("Saldo awal")
    (False, False)
    >>> [is_carried_label(t) for t in ("Pindahan (dari halaman 1)", "Carried forward (page 2)")]
    [True, True]
    >>> is_carried_label("Pindahan (Toko Asri)")
    False

    The whole label, or its word, may stand in brackets:

    >>> [is_carried_label(t) for t in ("(Pindahan dari hal. 1)", "[Carried forward to page 2]")]
    [True, True]
    >>> is_carried_label("Jumlah (dipindahkan)"), is_carried_label("(Pindahan Toko Asri)")
    (True, False)

    So is a total's or the Saldo's word before the page it comes from or goes to:

    >>> carries = ("Saldo halaman sebelumnya", "Jumlah dari hal. 1", "Balance from previous page")
    >>> [is_carried_label(t) for t in carries]
    [True, True, True]
    >>> is_carried_label("Saldo Toko Halaman"), is_carried_label("Total halaman ini")
    (False, False)
    """
    return bool(_CARRIED.match(" ".join(_BRACKETS.sub(" ", text.lower()).split())))


def names_page(row: Sequence[object]) -> bool:
    """Whether a line names a printed page ("Dicetak oleh admin | Halaman 1 dari 2", "Page 1
    of 2"): an export printed page by page, its footer between the pages' rows.

    >>> names_page(["Dicetak oleh admin", None, "Halaman 1 dari 2"]), names_page(["Hal. 2/3"])
    (True, True)
    >>> names_page(["Toko Halaman Jaya", "Page"])
    False
    """
    return any(type(cell) is str and _PAGE.search(cell) for cell in row)


# A program's print stamp under its report: "Dicetak oleh: admin", "Printed by manager",
# "Tgl. Cetak: 22/11/2026", "Print date".
_PRINT_STAMP: Final = re.compile(
    r"^\s*(?:dicetak|printed|print\s+date|(?:tgl|tanggal)\.?\s+cetak|waktu\s+cetak)\b",
    re.IGNORECASE,
)


def led_by_print_stamp(row: Sequence[object]) -> bool:
    """Whether a line's first filled cell is a print stamp ("Dicetak oleh: admin, 22/11/2026
    08:30", its comma parting it over two cells of a CSV): a line of the page, whatever the
    cells after it hold.

    >>> led_by_print_stamp([None, "Dicetak oleh: admin", " 22/11/2026 08:30"])
    True
    >>> led_by_print_stamp(["Toko Dicetak Jaya", "1.000.000"]), led_by_print_stamp(["F-1"])
    (False, False)
    """
    first = next((c for c in row if c is not None and not (type(c) is str and not c.strip())), "")
    return type(first) is str and _PRINT_STAMP.match(first) is not None


@lru_cache(maxsize=4096)
def is_opening_label(text: str) -> bool:
    """'Saldo awal', 'S.AWAL', 'Saldo s/d 31/10/2026', 'Opening balance', 'b/f'…; not a note
    that the old balance is settled ("Ambil Urea (saldo lalu sdh lunas)": a sale's).

    >>> is_opening_label("S.AWAL"), is_opening_label("S. Awal"), is_opening_label("S. Awaludin")
    (True, True, False)
    >>> is_opening_label("Ambil Urea (saldo lalu sdh lunas)"), is_opening_label("Saldo lalu")
    (False, True)
    >>> is_opening_label("Balance Forward"), is_opening_label("Previous Balance")
    (True, True)
    >>> is_opening_label("Initial Balance")
    True
    >>> is_opening_label("Saldo halaman sebelumnya"), is_opening_label("Saldo hal. 1")
    (True, True)
    """
    return bool(_OPENING.search(_OPENING_SETTLED.sub(" ", text)))


# An opening balance's short code standing alone where a row's number goes ("OB", "O/B",
# "SA", "S/A": a list's or a journal's each customer's opening, one code for all of them).
_OPENING_CODE = re.compile(r"^\s*(?:ob|o/b|sa|s/a)\.?\s*$", re.IGNORECASE)
OPENING_CODE_HINT: Final = ("ob", "o/b", "sa", "s/a")


def is_opening_number(text: str) -> bool:
    """An opening balance's label in a row's number column: one ``is_opening_label`` reads,
    or its short code alone ("OB", "SA"); not a number that holds them ("OB-12", "INV-SA1").

    >>> is_opening_number("OB"), is_opening_number("S/A"), is_opening_number("Saldo Awal")
    (True, True, True)
    >>> is_opening_number("OB-12"), is_opening_number("INV-SA1"), is_opening_number("Obat")
    (False, False, False)
    """
    return bool(_OPENING_CODE.match(text)) or is_opening_label(text)


def carried_card(text: str) -> str | None:
    """The name of the card an opening balance's note says it carries, where it names one.

    >>> carried_card("Saldo awal (pindahan kartu Toko Makmur 2025)")
    'Toko Makmur'
    >>> carried_card("Saldo dari kartu Bu Sari"), carried_card("Saldo awal 2026")
    ('Bu Sari', None)
    """
    found = _CARRIED_CARD.search(text)
    return found["name"].strip() if found else None


def names_sale(text: str) -> bool:
    """Whether a row's note names what the customer took or bought: "Ambil Urea", "Penjualan",
    "Beli semen"; not "Saldo lalu".

    >>> names_sale("Ambil Urea, saldo lalu"), names_sale("Saldo lalu"), names_sale("Jualan")
    (True, False, False)
    """
    return bool(_SALE_NOTE.search(text))


# What a note says there is none of ("tidak ada retur", "tidak pakai DP", "tanpa sisa", "bukan
# retur"): no word of it is said of the row.
_NEGATED = re.compile(
    r"\b(?:(?:tidak|tdk|tak|gak|nggak|enggak)\s+(?:ada|pakai|pake)|tanpa|bukan|without)"
    # the thing there is none of: one word, or a few before a return, a rest or a DP
    r"(?:(?:\s+\w+){1,3}?\s+(?:retur|return|sisa|dp|potongan)\b|\s+\w+)",
    re.IGNORECASE,
)


def without_negated(text: str) -> str:
    """``text`` without what it says there is none of.

    >>> without_negated("Tidak ada retur, lunas"), without_negated("Lunas tidak pakai DP")
    (' , lunas', 'Lunas  ')
    """
    return _NEGATED.sub(" ", text)


# Goods sent in place of others, or again: "Penjualan (pengganti bunga retur)", "barang retur
# diganti baru", "kirim ulang (retur minggu lalu)". A note that says so of a return it does not
# open with tells of the goods that replace those sent back: a sale (``is_return_label``).
_REPLACING = re.compile(
    r"\b(?:pengganti(?:an)?|(?:di)?ganti(?:kan|nya)?|(?:di)?kirim\s+(?:ulang|lagi)|"
    r"replace(?:d|ment|s)?|replacing)\b",
    re.IGNORECASE,
)
_LEADING_MARKS = re.compile(r"^[\W_]*")


@lru_cache(maxsize=4096)
def is_return_label(text: str) -> bool:
    """'Retur barang', 'Nota Kredit', 'Credit Note', 'Potongan'… ("tidak ada retur" is none,
    nor a return asked for or not approved: ``columns.not_made``, nor the goods that replace
    those sent back: ``_REPLACING``, unless the return opens the text).

    >>> is_return_label("Retur barang rusak"), is_return_label("ajukan retur 300rb - blm acc")
    (True, False)
    >>> is_return_label("Penjualan (pengganti bunga retur)"), is_return_label("Retur penjualan")
    (False, True)
    >>> is_return_label("barang retur diganti baru"), is_return_label("Retur rusak, diganti")
    (False, True)
    """
    return (
        bool(_RETURN.search(text))
        and bool(_RETURN.search(without_negated(text)))
        and not not_made(text)
        and not (
            _REPLACING.search(text) and not _RETURN.match(_LEADING_MARKS.sub("", text, count=1))
        )
    )


def is_refused_label(text: str) -> bool:
    """'Giro BG-123 ditolak', 'Tolakan cek', 'Retur giro', 'Giro kosong', 'Cheque bounced'.

    >>> is_refused_label("Giro BG-123 ditolak, saldo kurang"), is_refused_label("Retur barang")
    (True, False)
    >>> is_refused_label("Penjualan (klaim retur ditolak)"), is_refused_label("Tolakan cek 0123")
    (False, True)
    """
    return bool(_REFUSED.search(text))


def is_exchange_label(text: str) -> bool:
    """'Tukar barang (ukuran 40 ganti 42)', 'Ganti barang (warna)', 'Exchange': goods
    exchanged.

    >>> is_exchange_label("Tukar barang: MCB 10A kembali"), is_exchange_label("Ganti oli")
    (True, False)
    """
    return bool(_EXCHANGE.search(text))


def is_handed_back_label(text: str) -> bool:
    """'uang retur PJ-901 dikembalikan (tunai)', 'Refund', 'pengembalian dana': money handed
    back to the customer.

    >>> is_handed_back_label("uang retur PJ-901 dikembalikan"), is_handed_back_label("Retur")
    (True, False)
    >>> is_handed_back_label("barang dikembalikan"), is_handed_back_label("uang kembali")
    (False, True)
    """
    return bool(_HANDED_BACK.search(text))


def is_payment_label(text: str) -> bool:
    """'Bayar transfer', 'Pelunasan', 'Cicilan ke-2', 'Angsuran', 'tf BCA', 'Setoran tunai'…
    (a text that also names a return, "Potongan tunai", is a return's: ``is_return_label``).

    >>> is_payment_label("Bayar transfer"), is_payment_label("Pembayaran"), is_payment_label("Tfx")
    (True, True, False)
    >>> is_payment_label("Receipt"), is_payment_label("Sales Receipt")
    (True, False)
    """
    return bool(_PAYMENT.search(text))


# The words of money paid ahead, for a quick look through a column's texts first.
PAID_AHEAD_HINT: Final = (*DOWN_PAYMENT_WORDS.split("|"), "titipan")


def is_paid_ahead_label(text: str) -> bool:
    """'Titipan uang muka, faktur menyusul', 'DP pesanan', 'Deposit': money paid ahead of the
    sale; not one there is none of ("tanpa DP"), nor one asked for only (``columns.not_made``).

    >>> is_paid_ahead_label("Titipan uang muka, faktur menyusul"), is_paid_ahead_label("DP 50%")
    (True, True)
    >>> is_paid_ahead_label("Transfer"), is_paid_ahead_label("tanpa DP")
    (False, False)
    """
    text = text.lower()
    return bool(PAID_AHEAD.search(without_negated(text))) and not not_made(text)


# A sheet of payments by its name ("Pembayaran", "Setoran"), or of receipts ("Kwitansi",
# "Buku Kuitansi", "Bukti Terima", "Penerimaan"): what came in.
PAYMENT_SHEET: Final = (
    "bayar", "pembayaran", "payment", "pelunasan", "cicilan", "angsuran", "setoran", "receipt",
    "penerimaan", "giro", "kas masuk", "uang masuk", "transfer masuk", "pencairan dana",
    "payout", "disbursement", "kwitansi", "kuitansi", "bukti terima",
)  # fmt: skip


@lru_cache(maxsize=1 << 10)  # each sheet's name is asked of several times
def _name_words(name: str) -> str:
    """A sheet's or a file's name as words: '_', '-' and '.' between them are spaces
    ("transfer_masuk.csv" is "transfer masuk csv")."""
    return " ".join(re.sub(r"[_.\-]+", " ", name.lower()).split())


# Words of a sheet's (or a file's) name that say what is still owed, not what was paid or sent
# back: invoices not paid yet, a word for paid after one that negates it ("Belum Bayar", "Blm
# Terbayar", "Tidak Dibayar", "Belum Dibayarkan", "tagihan_belum_bayar.csv", "Outstanding
# Payments", "Unpaid"), or before one that puts it off ("Bayar Nanti", "Pembayaran Tertunda"),
# or the receivables after returns ("Piutang stlh Retur"). The payment or return word in them
# names no list of payments or returns.
_OWED_NAME = re.compile(
    rf"\b(?:{NOT_YET}|tidak|tdk|outstanding|unpaid)\s+"
    r"(?:(?:di|ter)?(?:bayar|lunas)(?:kan)?|payments?)\b|"
    r"\b(?:pem)?bayar(?:an)?\s+(?:nanti|belakangan|menyusul|(?:ter|di)tunda)\b|\bbayar\s+tempo\b|"
    r"\bunpaid\b|\bnot\s+(?:yet\s+)?paid\b|"
    r"\b(?:setelah|sesudah|stlh|sth|after|net\s+of|less)\s+(?:retur|returns?)\b"
)
# Words of a name that say its invoices are paid in full ("Sudah Bayar", "Lunas", "Nota
# Lunas"; "Pelunasan" is payments, "Lunas Sebagian" paid in part).
_PAID_NAME = re.compile(r"\b(?:(?:sudah|sdh|udah|telah)\s+(?:di)?bayar|lunas)\b(?!\s+sebagian)")


# A word of a name for what is owed: a name that says what is owed before what was paid or
# sent back lists what is owed, its payments beside it ("piutang dan pembayaran okt.csv",
# "tagihan_retur_okt.csv", "Penjualan & Pembayaran"), and so does one that joins it to them
# ("pembayaran dan penjualan.csv", "Bayar & Tagihan": both named, the rows say which is
# which); after the word for paying it says what was paid ("Pembayaran Piutang", "Pelunasan
# Faktur", "Retur Penjualan": payments, returns).
# (And in English: "invoice_list_with_returns.csv", "receivables and payments" are what is owed;
# not "sales", which is the list of returns in "Sales Returns".)
_OWED_WORD = re.compile(
    r"\b(?:piutang|tagihan|faktur|penjualan|invoices?|receivables?|ageing|aging)\b"
)
_JOINED = re.compile(r"(?:\b(?:dan|and|serta|plus)|[&+])\s*$")


@lru_cache(maxsize=1 << 10)
def _credit_words(name: str) -> str:
    """A name's words without those that say what is still owed (``_OWED_NAME``, and from
    ``_OWED_WORD`` on), none where it joins what is owed to them (``_JOINED``)."""
    words = _OWED_NAME.sub(" ", _name_words(name))
    owed = _OWED_WORD.search(words)
    if owed is None:
        return words
    before = words[: owed.start()]
    return "" if _JOINED.search(before) else before


def is_payments_sheet(name: str) -> bool:
    """Whether a sheet's (or a file's) name says it lists payments ("Belum Bayar" says its
    invoices are not paid yet: no payments).

    >>> is_payments_sheet("transfer_masuk.csv"), is_payments_sheet("Kas-Masuk.xlsx")
    (True, True)
    >>> is_payments_sheet("tagihan_belum_bayar.csv"), is_payments_sheet("Bayar belum lunas")
    (False, True)
    >>> is_payments_sheet("Belum Terbayar"), is_payments_sheet("Terbayar")
    (False, True)
    >>> is_payments_sheet("Belum Dibayarkan"), is_payments_sheet("Bayar Nanti")
    (False, False)
    >>> is_payments_sheet("Pembayaran Tertunda"), is_payments_sheet("Dibayarkan")
    (False, True)
    >>> is_payments_sheet("Kwitansi"), is_payments_sheet("Buku Kuitansi")
    (True, True)
    >>> is_payments_sheet("piutang dan pembayaran okt.csv"), is_payments_sheet("Pembayaran Piutang")
    (False, True)
    >>> is_payments_sheet("pembayaran_dan_penjualan.csv"), is_payments_sheet("Pelunasan Faktur")
    (False, True)
    """
    lowered = _credit_words(name)
    return any(word in lowered for word in PAYMENT_SHEET)


def names_paid_invoices(name: str) -> bool:
    """Whether a sheet's (or a file's) name says its invoices are paid in full ("Sudah
    Bayar", "Lunas"); whether its rows are those invoices, its columns say (``ingest``).

    >>> names_paid_invoices("Sudah Bayar"), names_paid_invoices("Nota Lunas")
    (True, True)
    >>> names_paid_invoices("Belum Lunas"), names_paid_invoices("Pelunasan")
    (False, False)
    >>> names_paid_invoices("Sudah bayar sebagian"), names_paid_invoices("Lunas & Belum Lunas")
    (False, False)
    >>> names_paid_invoices("Belom Lunas"), names_paid_invoices("blm_lunas.csv")
    (False, False)
    """
    words = _name_words(name)
    return bool(_PAID_NAME.search(words)) and not _OWED_NAME.search(words)


def names_written_off(name: str) -> bool:
    """Whether a sheet's (or a file's) name, or a title line, says its debts were written off
    ("Dihapuskan", "Hapus Buku", "piutang_dihapuskan.csv", "DAFTAR PIUTANG YANG DIHAPUSKAN"):
    ``is_written_off``, the status's rule. Not a legend's line ("merah = dihapuskan"), nor one
    only proposed ("Usulan Hapus Buku").

    >>> names_written_off("Dihapuskan"), names_written_off("piutang_dihapuskan.csv")
    (True, True)
    >>> names_written_off("Usulan Hapus Buku"), names_written_off("Ket: merah = dihapuskan")
    (False, False)
    """
    return "=" not in name and is_written_off(_name_words(name))


# Money a customer leaves WITH the shop, which the shop owes back: a savings book ("Tabungan
# Lebaran", "Buku Tabungan Anggota", "Simpanan", "Deposito", "Arisan") or cash held for
# someone ("Catatan Titipan Uang Pak Joko"). Its deposits ("setor") are no debts and its
# withdrawals ("ambil") no returns. "Titipan" alone is goods left to sell or a down payment
# ("Titipan DP"), money on account: only "titipan uang" names savings.
_SAVINGS = re.compile(r"\b(?:tabungan|simpanan|deposito|arisan|titipan\s+uang)\b")
# A loan book names savings beside what is lent ("Pinjaman & Simpanan Anggota"): owed.
_LENT = re.compile(r"\b(?:piutang|pinjaman|kasbon|utang|hutang)\b")


@lru_cache(maxsize=1 << 10)  # each sheet's name and titles, asked of by several rules
def names_savings(text: str) -> bool:
    """Whether a sheet's (or a file's) name, or a title line over its table, says it keeps
    money the customers leave with the shop (``_SAVINGS``): the shop owes it back, so nothing
    on the sheet is a receivable.

    >>> names_savings("TABUNGAN LEBARAN BU WATI"), names_savings("Catatan Titipan Uang Pak Joko")
    (True, True)
    >>> names_savings("Titipan DP"), names_savings("Kartu Piutang Bu Sri")
    (False, False)
    >>> names_savings("tabungan_anggota.csv"), names_savings("Pinjaman & Simpanan Anggota")
    (True, False)
    """
    words = _name_words(text)
    return bool(_SAVINGS.search(words)) and not _LENT.search(words)


# A salesman's commission worked out from the invoices ("Komisi Sales", "PERHITUNGAN KOMISI
# SALESMAN", "Commission"): it quotes each invoice's value and its own status ("Dibayarkan",
# "Ditahan": the commission's), and owes the shop nothing.
_COMMISSION = re.compile(r"\b(?:komisi|commissions?|insentif)\b")


def names_commission(text: str) -> bool:
    """Whether a sheet's name or title says it is a commission sheet.

    >>> names_commission("Komisi Sales"), names_commission("PERHITUNGAN KOMISI SALESMAN")
    (True, True)
    >>> names_commission("Penjualan Kredit"), names_commission("Komisioner")
    (False, False)
    """
    return bool(_COMMISSION.search(_name_words(text)))


# A payments sheet's column of who paid, by a word that elsewhere is no customer's ("Dari":
# from where goods came, a route's first town), or by the customer's code ("Kode": the
# customer sheet's code of who paid; a plain "ID" there numbers the payment itself).
_PAYER_LABELS: Final = frozenset({"dari", "from"})


def payer_column(labels: Sequence[object]) -> str | None:
    """The label of a payments sheet's column of who paid ("Dari", "From", the customer's
    "Kode"), or ``None``.

    >>> payer_column(["Tanggal", "Dari", "Keterangan", "Jumlah"]), payer_column(["Tanggal"])
    ('Dari', None)
    >>> payer_column(["Tanggal", "Kode", "No Faktur", "Jumlah"]), payer_column(["ID", "Jumlah"])
    ('Kode', None)
    """
    for label in labels:
        norm = normalise_header(cell_text(label)) if is_text(label) else ""
        if norm in _PAYER_LABELS or (norm in _CODE_LABELS and norm != "id"):
            return cell_text(label)
    return None


# A bank account written as a payer: a bank's name, a word for an account, its number.
_BANK_WORDS: Final = re.compile(
    r"\b(?:bank|bca|bri|bni|mandiri|bsi|btn|cimb|niaga|permata|danamon|ocbc|panin|maybank|bjb|"
    r"jago|seabank|muamalat|mega|rek|rekening|norek|no|acc|account|a/c|va|virtual)\b"
)
_ACCOUNT_MARKS: Final = re.compile(r"[\d\s.:/#()-]+")


def bank_accounts(cells: Sequence[object]) -> bool:
    """Whether a payer column's cells are all bank accounts ("BCA 0123456789", "Rek.
    Mandiri"), none a customer's name ("BCA a/n Toko Gading" names one): who paid is then
    not the column's to say.

    >>> bank_accounts(["BCA 0123456789", "Rek. Mandiri", None]), bank_accounts(["Toko Gading"])
    (True, False)
    >>> bank_accounts(["BCA a/n Toko Gading"]), bank_accounts([])
    (False, False)
    """
    texts = {cell_text(c) for c in cells if c is not None and cell_text(c)}
    if not texts:
        return False
    for text in texts:
        words = _BANK_WORDS.sub(" ", text.lower())
        if _ACCOUNT_MARKS.sub("", words) or not (
            _BANK_WORDS.search(text.lower()) or sum(map(str.isdigit, text)) >= 6
        ):
            return False
    return True


def is_returns_sheet(name: str) -> bool:
    """Whether a sheet's (or a file's) name says it lists returns only ("Retur", "Nota
    Kredit", "nota_kredit.csv", "Retur Penjualan"; not "Pembayaran & Retur", nor "Piutang
    stlh Retur" or "tagihan_retur_okt.csv": what is owed).

    >>> is_returns_sheet("Retur Penjualan"), is_returns_sheet("tagihan_retur_okt.csv")
    (True, False)
    """
    return is_return_label(_credit_words(name)) and not is_payments_sheet(name)


# A customer's phone or e-mail as a report prints it beside their name on the line heading
# their rows ("031-5678123", "0812-3344-5566", "Tel: +62 21 555 1234", "budi@mail.com"): what
# reaches them, no second text of the heading.
_CONTACT = re.compile(
    r"^(?:(?:tel|telp|telepon|phone|ph|hp|mobile|wa|fax|no\.? ?(?:tel|telp|telepon|hp|wa))\.?"
    r"\s*:?\s*)?"
    r"(?:\+|\(?0)\d[\d\s().\-/]{5,}\d$|^(?:e-?mail\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$",
    re.IGNORECASE,
)


# A contact's label alone, its number in the next cell: "No. HP", "Telepon :", "WA", "E-mail".
_CONTACT_LABEL: Final = re.compile(
    r"(?:no\.?\s*)?(?:tel|telp|telepon|phone|hp|handphone|mobile|wa|whatsapp|fax|e-?mail)\.?"
    r"\s*:?",
    re.IGNORECASE,
)


def contact_label(text: str) -> bool:
    """Whether a text is a contact's label alone ("No. HP", "Telepon :"): the line it heads
    gives a way to reach a customer, never the customer.

    >>> contact_label("No. HP"), contact_label("WA :"), contact_label("Pak HP Santoso")
    (True, True, False)
    """
    return bool(_CONTACT_LABEL.fullmatch(text.strip()))


def contact_detail(text: str) -> bool:
    """Whether a text is a phone number or an e-mail address, and nothing else.

    >>> contact_detail("031-5678123"), contact_detail("Tel: 0812 3344 5566")
    (True, True)
    >>> contact_detail("budi@mail.com"), contact_detail("INV-2026-001"), contact_detail("1.250.000")
    (True, False, False)
    """
    return bool(_CONTACT.match(text.strip()))


def title_customer(row: Sequence[object]) -> str | None:
    """The customer a title line names ("Nama Pelanggan : Toko Sari", "Kartu Piutang - Bu
    Sari", or the label and the name in cells of their own), else ``None``.

    >>> titles = ("KARTU PIUTANG PELANGGAN 001", "Kartu Piutang Pelanggan 2026")
    >>> [title_customer([t]) for t in titles]
    ['PELANGGAN 001', None]
    >>> title_customer(["Catatan Utang Bu Wati"]), title_customer(["Catatan Utang Bulan Ini"])
    ('Bu Wati', None)
    """
    found = _title_line(row)
    return found[0] if found is not None else None


def _title_line(row: Sequence[object]) -> tuple[str | None, bool] | None:
    """``title_customer``'s name, and whether the line says it is the customer by a label
    ("Nama Pelanggan : Toko Sari") rather than in a card's title ("Kartu Piutang - Bu Sari");
    ``None`` for a line that is no such title."""
    cells = [cell_text(c) for c in row if c is not None and cell_text(c)]
    for k, text in enumerate(cells):
        inner = _NAME_FIELD.search(text) if _FIELD_FIRST.match(text) else None
        if inner is not None and inner.start() > 0:
            # A program's heading of labelled fields, the name not first ("A/C: SINAR01
            # Name: Toko Sinar Jaya", Sage's; "Kode: C-01 Nama: Toko Sari").
            return _title_name(inner.group(1)), True
        match = _TITLE.match(text)
        if match:
            name = match.group(1)
            if name:
                return _title_name(name), True
            after = [c for c in cells[k + 1 :] if c not in (":", "：", "=")]
            return (_title_name(after[0]) if after else None), True
        if _TITLE_LABEL.match(text) and k + 1 < len(cells):
            after = [c for c in cells[k + 1 :] if c not in (":", "：", "=")]
            if after and not _TITLE_LABEL.match(after[0]):
                return _title_name(after[0].lstrip(":： ")), True
        match = _CARD_TITLE.match(text)
        if match and (match.group(2) or _card_name(match.group(3))):
            return (match.group(2) or match.group(3)).strip(), False
        if match and match.group(1) and _CUSTOMER_NUMBER.match(match.group(3) or ""):
            # Customers known by number ("KARTU PIUTANG PELANGGAN 001"): the word and the number.
            return f"{match.group(1)} {match.group(3)}", False
    return None


# A line of labelled fields: one first ("A/C: SINAR01", "Kode : C-01"), and the name's among
# the next ("Name: Toko Sinar Jaya").
_FIELD_FIRST: Final = re.compile(r"^\s*[^\W\d_][\w/.]*(?:\s+[^\W\d_][\w/.]*)?\s*[:：]", re.I)
_NAME_FIELD: Final = re.compile(
    r"(?:^|\s)(?:name|nama|customer\s+name|nama\s+(?:pelanggan|customer|konsumen)|"
    r"pelanggan|customer|debtor|client)\s*[:：]\s*(\S.*)$",
    re.I,
)
# The fields a heading line prints after the name: who to ask, how to reach them, the
# account's code or limit ("Toko Sinar Jaya    Contact: Bagian Keuangan    Tel: 0812-…").
_FIELDS_AFTER: Final = re.compile(
    r"\s+(?:contact(?:\s+person)?|kontak|attn|cp|up|tel|telp|telepon|phone|hp|no\.?\s*hp|"
    r"no\.?\s*telp|wa|whatsapp|fax|e-?mail|alamat|address|a/c|acc|account|kode|code|"
    r"credit\s+limit|limit|npwp|sales(?:man)?)\s*[:：].*$",
    re.I,
)


def _title_name(text: str) -> str | None:
    """The name a title line gives, the address after it aside ("TB Karya Mulya, Jl. Raya
    Solo km 7" is TB Karya Mulya's), and the fields printed after it ("Contact: …", "Tel:
    …"); ``None`` for a bank account's number ("BCA 0123456789").

    >>> _title_name("TB Karya Mulya, Jl. Raya Solo km 7"), _title_name("BCA 0123456789")
    ('TB Karya Mulya', None)
    >>> _title_name("Toko Sinar Jaya    Contact: Bagian Keuangan    Tel: 0812-5550-528")
    'Toko Sinar Jaya'
    >>> title_customer(["A/C: SINAR01    Name: Toko Sinar Jaya    Tel: 0812-5550-528"])
    'Toko Sinar Jaya'
    >>> title_customer(["Kode : C-01  Nama : Toko Sari  Telp : 0812"])
    'Toko Sari'
    """
    name = _FIELDS_AFTER.sub("", _ADDRESS_AFTER.sub("", text)).strip()
    return None if not name or re.search(r"\d{6}", name) else name


def _card_name(words: str) -> bool:
    """Whether the words right after a card's title, with no separator between, are its
    customer's name ("PT SINAR JAYA"), not what or when the card is ("USAHA", "2026", "BULAN
    NOVEMBER", "PELANGGAN") nor a name a sheet could have for what it lists.

    >>> [_card_name(w) for w in ("PT SINAR JAYA", "Toko Rindang", "Bu Sari")]
    [True, True, True]
    >>> [_card_name(w) for w in ("2026", "BULAN NOVEMBER", "PELANGGAN", "Usaha", "Nov 2026")]
    [False, False, False, False, False]
    >>> [_card_name(w) for w in ("PER 30 NOVEMBER 2026", "(dalam rupiah)", "Pembayaran")]
    [False, False, False]
    """
    return not _CARD_NO_NAME.match(words) and sheet_customer(words) is not None


def _title_key(name: str) -> str:
    return " ".join(name.lower().split())


def sheet_title_customer(
    rows: Sequence[Sequence[object]], header: Header, letterhead: Collection[str] = ()
) -> str | None:
    """The customer the first title line above the table names, a shop's letterhead aside. A
    line naming the customer by a label ("Nama Pelanggan : Pak Hasan") under a card's title
    ("KARTU PIUTANG - TOKO LISTRIK TERANG") names them: the title names the shop.

    >>> header = Header(3, 3, {}, ())
    >>> rows = [["KARTU PIUTANG - TOKO TERANG"], ["Nama Pelanggan : Pak Hasan"], [], []]
    >>> sheet_title_customer(rows, header), sheet_title_customer(rows[:1] * 4, header)
    ('Pak Hasan', 'TOKO TERANG')
    """
    shop = {_title_key(name) for name in letterhead}
    above = [
        (name, labelled)
        for row in rows[: header.first]
        if (found := _title_line(row)) is not None
        for name, labelled in (found,)
        if name and _title_key(name) not in shop
    ]
    return next((name for name, labelled in above if labelled), None) or next(
        (name for name, _ in above), None
    )


_PAGE_MARKS: Final = re.compile(r"[\d()\[\]#./-]+")


def letterhead(titles: Sequence[tuple[str, str]]) -> frozenset[str]:
    """The names a workbook's title lines give as the customer that are the shop's own
    letterhead: the same name ("KARTU PIUTANG - TOKO LISTRIK TERANG") over two sheets or more
    whose own names name different customers ("Pak Hasan", "Bu Lina"). ``titles``: each sheet
    read, its name and the customer its title line names. A customer's card kept a sheet a
    year ("2025", "Bu Sari 2026") under one title is no letterhead.

    >>> sorted(letterhead([("Pak Hasan", "TOKO TERANG"), ("Bu Lina", "TOKO TERANG")]))
    ['TOKO TERANG']
    >>> letterhead([("2025", "Bu Sari"), ("2026", "Bu Sari")])
    frozenset()
    >>> letterhead([("Bu Sari 2025", "Bu Sari"), ("Bu Sari 2026", "Bu Sari")])
    frozenset()
    >>> letterhead([("Sari (1)", "KARTU - BU SARI"), ("Sari (2)", "KARTU - BU SARI")])
    frozenset()
    """
    sheets: dict[str, set[str]] = {}
    for sheet, title in titles:
        named, key = sheet_customer(sheet), _title_key(title)
        # A sheet's page or year beside the name ("Sari (2)", "Sari 2026") names the same one.
        name = _title_key(_PAGE_MARKS.sub(" ", named)) if named else ""
        own = not name or name in key or key in name
        sheets.setdefault(key, set()).add("" if own else name)
    shop = {key for key, names in sheets.items() if len(names) >= 2 and "" not in names}
    return frozenset(title for _, title in titles if _title_key(title) in shop)


def lead_line(rows: Sequence[Sequence[object]], header: int) -> str | None:
    """The line of a single text just above the header (blank lines between), which in a grouped
    list is the first group's heading; not the book's own heading ("KARTU PIUTANG PELANGGAN"),
    nor the group's terms under its name ("Tempo : 21 hari": ``stated_terms``)."""
    for row in reversed(rows[:header]):
        texts = [cell_text(c) for c in row if is_text(c)]
        if not texts or stated_terms(row) is not None:
            continue
        numbers = [c for c in row if isinstance(c, (int, float)) and not isinstance(c, bool)]
        alone = len(texts) == 1 and not numbers
        return texts[0] if alone and not names_no_one(texts[0]) else None
    return None


# Terms stated once for the rows under a line (``stated_terms``): days, or the words of terms
# naming a day of the calendar ("akhir bulan": ``dates.calendar_due``).
StatedTerms = int | str
# Terms stated once for the rows under them: a word for terms, then days, weeks or months
# ("Catatan: semua faktur tempo 45 hari dari tgl faktur", "Termin pembayaran: 21 hari", "TOP :
# 45 hari", "Syarat bayar: Net 30"). Not a report's reach in days ("Lewat jatuh tempo 30 hari",
# "Jatuh tempo 30 hari ke depan"), nor a figure without its unit ("No. 30", "Periode 1-30 Nov").
_TERMS_WORD: Final = (
    rf"(?<![\w.])(?:{TERMS_WORDS}|t\.o\.p\.?|payment\s+terms?|jangka\s+waktu"
    r"|syarat(?:\s+(?:pembayaran|bayar))?)(?:\s+(?:pembayaran|bayar|pelunasan))?\s*[:=]?\s*"
)
_STATED_TERMS = re.compile(
    _TERMS_WORD
    + r"(?:(\d{1,3})\s*(hari|hr|minggu|mgg|pekan|bulan|bln|days?)|net\s*(\d{1,3}))(?!\w)"
    r"(?!\s*(?:ke\s*depan|mendatang|terakhir|(?:yang\s+)?lalu|lagi))",
    re.IGNORECASE,
)
# Or terms naming a day of the calendar after their word ("Tempo : akhir bulan", "TOP: akhir
# bulan depan", "Terms: EOM"), up to the line's next part: those terms' words (``calendar_due``).
_STATED_CALENDAR = re.compile(_TERMS_WORD + r"([^\W\d_][^,;()|]*)", re.IGNORECASE)
_REACH_BEFORE = re.compile(
    r"(?:lewat|lwt|lebih|melewati|melebihi|telat|terlambat|overdue|past|over|>|umur)"
    r"\s*(?:dari\s*)?(?:jatuh\s*)?$",
    re.IGNORECASE,
)


def stated_terms(row: Sequence[object]) -> StatedTerms | None:
    """The terms a line states for the rows it stands over: a table's title line, the lines of
    a card above its header, the line under a group's heading. In days, or the words of terms
    that name a day of the calendar ("akhir bulan": ``dates.calendar_due``). ``None`` for a
    line that states none (a date or a number in a title is no term).

    >>> [stated_terms([t]) for t in ("Tempo: 60 hari", "TOP : 45 hari", "Tempo 2 minggu")]
    [60, 45, 14]
    >>> stated_terms(["Catatan: semua faktur tempo 45 hari dari tgl faktur"])
    45
    >>> stated_terms(["Termin pembayaran: 21 hari"]), stated_terms(["Tempo", "14 hr"])
    (21, 14)
    >>> stated_terms(["Termin: Kredit 14 hari"]), stated_terms(["Catatan: faktur kredit 14 hari"])
    (14, 14)
    >>> stated_terms(["Kredit macet"]), stated_terms(["PENJUALAN KREDIT 30 HARI TERAKHIR"])
    (None, None)
    >>> looks = ("Periode 1-30 Nov 2026", "Dicetak 22/11/2026", "No. 30", "Jatuh tempo: 30/11/26")
    >>> [stated_terms([t]) for t in looks]
    [None, None, None, None]
    >>> [stated_terms([t]) for t in ("DAFTAR PIUTANG LEWAT TEMPO 30 HARI", "Umur > 30 hari")]
    [None, None]
    >>> stated_terms(["Tempo : akhir bulan"]), stated_terms(["TOP", "akhir bulan depan"])
    ('akhir bulan', 'akhir bulan depan')
    >>> stated_terms(["Tempo pembayaran: EOM"]), stated_terms(["Tempo : Bu Marni"])
    ('EOM', None)
    """
    texts = [cell_text(c) for c in row if c is not None]
    line = " ".join(t for t in texts if t)
    if not line or len(line) > 120:
        return None
    for match in _STATED_TERMS.finditer(line):
        if _REACH_BEFORE.search(line[: match.start()].rstrip(" :")):
            continue
        days, unit, net = match.groups()
        try:
            return parse_terms(f"{days} {unit}" if days else f"net {net}")
        except DateError:
            return None
    for match in _STATED_CALENDAR.finditer(line):
        if calendar_terms(words := match.group(1).strip()):
            return words
    return None


def terms_above(
    rows: Sequence[Sequence[object]],
) -> tuple[StatedTerms | None, StatedTerms | None]:
    """The terms the lines above a table state (``stated_terms``): the whole table's, and its
    first card's or group's. A term under a line naming the customer by a label ("Nama
    Pelanggan : Bu Ratna", then "Tempo : 21 hari") is theirs, not the next card's; one above any
    such line ("Catatan: semua faktur tempo 45 hari") is the table's. Two terms state none.

    >>> terms_above([["DAFTAR PIUTANG"], ["Catatan: semua faktur tempo 45 hari"], []])
    (45, None)
    >>> terms_above([["KARTU PIUTANG"], ["Nama Pelanggan : Bu Ratna"], ["Tempo : 21 hari"]])
    (None, 21)
    """
    table: set[StatedTerms] = set()
    first: set[StatedTerms] = set()
    named = False
    for row in rows:
        if (found := _title_line(row)) is not None and found[1]:
            named = True
        elif (days := stated_terms(row)) is not None:
            (first if named else table).add(days)
    return (
        next(iter(table)) if len(table) == 1 else None,
        next(iter(first)) if len(first) == 1 else None,
    )


# The words of a book's own heading over its table, that name no one: "KARTU PIUTANG
# PELANGGAN", "DAFTAR FAKTUR", "Laporan Piutang Usaha Bulan November 2026" (``names_no_one``).
_BOOK_WORDS: Final = frozenset({
    "kartu", "piutang", "hutang", "utang", "daftar", "faktur", "nota", "invoice", "invoices",
    "tagihan", "buku", "pembantu", "laporan", "rekap", "rekapitulasi", "rincian", "detail",
    "catatan", "pelanggan", "customer", "customers", "konsumen", "langganan", "dagang", "usaha",
    "penjualan", "kredit", "tempo", "per", "bulan", "bln", "tahun", "thn", "periode", "s", "d",
    "sd", "sampai", "dengan", "dan", "tanggal", "tgl", "account", "accounts", "receivable",
    "receivables", "ledger", "statement", "of", "list", "sales", "aged", "aging", "umur",
    "belum", "lunas", "card", "data", "semua", "seluruh", "rp", "idr", "dalam", "rupiah",
})  # fmt: skip
_WORDS = re.compile(r"[^\W\d_]+")


def names_no_one(text: str) -> bool:
    """Whether a line is a book's own heading, every word of it the book's or a date's: a
    title over a card or a list, never a customer (the sheet's name or a line under it is).

    >>> [names_no_one(t) for t in ("KARTU PIUTANG PELANGGAN", "DAFTAR FAKTUR", "Nov 2026")]
    [True, True, True]
    >>> [names_no_one(t) for t in ("Toko Kartu", "Bu Lina", "Catatan: kirim ke gudang", "2026")]
    [False, False, False, False]
    """
    words = _WORDS.findall(text.lower())
    return bool(words) and all(w in _BOOK_WORDS or w in MONTHS for w in words)


_MONTH_WORDS: Final = frozenset({"bulan", "bln", "periode", "per", "month"})


def month_heading(text: str) -> bool:
    """Whether a line is a month's heading alone, its name and year ("SEPTEMBER 2026", "Bulan
    Oktober 2026", "Nov 2026"): over a month's rows of a card closed each month, no new card.

    >>> [month_heading(t) for t in ("SEPTEMBER 2026", "Bulan Okt 2026", "KARTU PIUTANG 2026")]
    [True, True, False]
    """
    words = _WORDS.findall(text.lower())
    return (
        any(w in MONTHS for w in words)
        and all(w in MONTHS or w in _MONTH_WORDS for w in words)
        and bool(re.fullmatch(r"\D*(?:\d{4})?\D*", text))
    )


# A line of words that is an owner's note and no name: marked ("** … **"), in brackets as a
# whole ("(libur Lebaran, toko tutup)"), saying when or what changed ("mulai Jan 2026", "ganti
# nama") or that it is a note ("catatan", "NB"). A colon alone tells nothing: a program's
# heading names its customer so ("A/C: SINAR01   Name: Toko Sinar Jaya", Sage's).
_NOTE_LINE: Final = re.compile(
    r"\*\*|^\s*\(.*\)\s*$|\b(?:mulai|ganti nama|berganti nama|catatan|nb)\b",
    re.IGNORECASE,
)


def is_note_line(text: str) -> bool:
    """Whether a line of words reads as a note, never a customer's name over their rows.

    >>> is_note_line("** mulai Jan 2026 ganti nama: TB Makmur Sentosa **")
    True
    >>> is_note_line("(libur Lebaran, toko tutup)"), is_note_line("Toko Makmur Sentosa")
    (True, False)
    >>> is_note_line("CV. Maju (Cabang Pasar)"), is_note_line("A/C: SINAR01   Name: Toko Sinar")
    (False, False)
    """
    return bool(_NOTE_LINE.search(text))


# The words of a signature under a table: who made it, who saw it, and the name signed in
# brackets ("Dibuat oleh,", "Mengetahui,", "( Budi )", "ttd").
_SIGNATURE: Final = re.compile(
    r"^\W*(?:(?:dibuat|diperiksa|disetujui|diterima|disiapkan)(?:\s+oleh)?|mengetahui"
    r"|menyetujui|hormat\s+kami|tanda\s+tangan|ttd|penerima|pembuat)\b\W*$"
    r"|^\(\s*(?:ttd\.?\s*)?[^\W\d_][^\W\d_ .,']*(?:[ .,']+[^\W\d_]+)*\.?\s*\)$",
    re.IGNORECASE,
)


def is_signature(text: str) -> bool:
    """Whether a cell holds a signature's words: who made or saw the list, or a name signed
    in brackets, and nothing else.

    >>> [is_signature(t) for t in ("Dibuat oleh,", "Mengetahui,", "( Budi )", "(Pak Hendra)")]
    [True, True, True, True]
    >>> [is_signature(t) for t in ("Toko Mengetahui", "Bu Lina", "(F-12)", "Hormat kami Jaya")]
    [False, False, False, False]
    """
    return bool(_SIGNATURE.match(text.strip()))


_NUMBERED = re.compile(r"^\s*\d{1,3}\s*[.)\-–]\s*")


# A sheet's name that says nothing of what it holds: a spreadsheet's default ("Sheet1",
# "Lembar1", "Sheet 2"), or none (a CSV's).
# The columns that say what was paid or is left of each row: an invoice's.
_OWED_COLUMNS: Final = frozenset({"paid", "balance"})
_DEFAULT_SHEET = re.compile(r"^\s*(?:sheet|lembar|lembaran|tabel|table|data)?[\s_\-]*\d*\s*$", re.I)


def table_name(
    sheet: str, file: str, columns: Collection[str] = (), labels: Sequence[str] = ()
) -> str:
    """The name a table goes by: its sheet's, or its file's where the sheet's says nothing and
    the file's names payments. A workbook "pembayaran.xlsx" whose sheet is "Sheet1" (Tanggal |
    Pelanggan | Jumlah) lists payments as "pembayaran.csv" does. Not where the table's
    ``columns`` say what was paid or is left of each row (a Dibayar, a Sisa), nor where its
    ``labels`` (as read: ``Header.read_as``) number the payments of each row ("Tanggal |
    Bayar | Tanggal | Bayar", "Bayar 1 | Bayar 2"): those rows are invoices, and a workbook's
    name ("dibayar.xlsx", "catatan bayar toko.xlsx") is no surer a sign than they are; nor for
    a name of anything else ("potongan.xlsx" is no list of returns by it).

    >>> table_name("Sheet1", "pembayaran.xlsx"), table_name("Lembar 2", "Pembayaran Pelanggan.xlsx")
    ('pembayaran.xlsx', 'Pembayaran Pelanggan.xlsx')
    >>> table_name("Faktur", "pembayaran.xlsx"), table_name("", "bayar.csv")
    ('Faktur', 'bayar.csv')
    >>> table_name("Sheet1", "dibayar.xlsx", ["customer", "amount", "paid"])
    'Sheet1'
    >>> table_name("Sheet1", "bayar.xlsx", labels=["No Nota", "Total", "Bayar 1", "Bayar 2"])
    'Sheet1'
    >>> table_name("Sheet1", "bayar.xlsx", labels=["Tanggal", "Pelanggan", "Tunai", "Transfer"])
    'bayar.xlsx'
    >>> table_name("Sheet1", "potongan.xlsx")
    'Sheet1'
    """
    if not sheet:
        return file
    if (
        _DEFAULT_SHEET.match(sheet)
        and is_payments_sheet(file)
        and _OWED_COLUMNS.isdisjoint(columns)
        and not any(_DIGITS_END.search(labels[i]) for i in payment_parts(labels))
    ):
        return file
    return sheet


# A numbered part's label: "Bayar 2" (not "Tunai", "Transfer": ways one payment came).
_DIGITS_END: Final = re.compile(r"\d\s*$")


def sheet_customer(name: str) -> str | None:
    """A sheet's name as a customer's ("3. Toko Sari" is Toko Sari), unless it is a generic
    one ("Sheet1", "Rekap", "Nov") or names what the sheet lists ("Bayar", "Retur").

    >>> sheet_customer("3. Toko Sari"), sheet_customer("Bayar"), sheet_customer("Nota Kredit")
    ('Toko Sari', None, None)
    >>> sheet_customer("Penjualan Harian"), sheet_customer("Kasir"), sheet_customer("Tunai Jaya")
    (None, None, 'Tunai Jaya')
    >>> sheet_customer("Buku Kas"), sheet_customer("Kas Kecil"), sheet_customer("Bank BRI")
    (None, None, 'Bank BRI')
    """
    text = _NUMBERED.sub("", name).strip()
    if not text or _GENERIC_SHEET.match(text) or is_payments_sheet(text) or is_return_label(text):
        return None
    return text


def card_customer(titled: str | None, sheet: str) -> str | None:
    """The customer a table without a customer column stands for: the one its title line
    names (``sheet_title_customer``), else its sheet's name's (``sheet_customer``). A title's
    name that is the sheet's name and a note in brackets after it ("Catatan Bon Bu Tini
    (kerupuk titip)" on the sheet "Bu Tini") is the sheet's: the note says what she takes.

    >>> card_customer("Bu Tini (kerupuk titip)", "Bu Tini"), card_customer(None, "2. Bu Sari")
    ('Bu Tini', 'Bu Sari')
    >>> card_customer("Bu Ambar (Arisan RT)", "Bu Ambar (Arisan RT)"), card_customer("X", "Y")
    ('Bu Ambar (Arisan RT)', 'X')

    A card continued on another sheet says so after the name, on the sheet or in the title
    ("Bu Tini (2)", "CV Abadi - hal. 2": ``ledger.card_name``): the same customer.

    >>> card_customer("Bu Tini (Warung)", "Bu Tini (2)"), card_customer("CV Abadi - hal. 2", "x")
    ('Bu Tini', 'CV Abadi')
    """
    named = sheet_customer(sheet)
    if named is not None:
        named = card_name(named)
    if titled is None:
        return named
    titled = card_name(titled)
    if named is not None and _title_key(titled) != _title_key(named):
        rest = _title_key(titled).removeprefix(_title_key(named) + " ")
        if rest != _title_key(titled) and re.fullmatch(r"\([^()]*\)", rest):
            return named
    return titled


# The columns of a sales book kept a line per item sold: an invoice is the sum of its lines.
_ITEM_WORDS: Final = frozenset({
    "nama barang", "barang", "kode barang", "jenis barang", "uraian barang", "nama item",
    "item", "items", "kode item", "produk", "nama produk", "kode produk", "product",
    "product name", "sku", "qty", "kuantitas", "quantity", "banyak", "banyaknya",
    "jumlah barang", "jml barang", "jumlah unit", "jumlah pcs", "pcs", "harga satuan",
    "unit price", "price", "harga per unit", "harga jual satuan",
})  # fmt: skip


# An item line's quantity and its unit price: without a line total, the line owes their product.
_QUANTITY_WORDS: Final = frozenset({
    "qty", "kuantitas", "quantity", "banyak", "banyaknya", "jumlah barang", "jml barang",
    "jumlah unit", "jumlah pcs", "pcs",
})  # fmt: skip
_UNIT_PRICE_WORDS: Final = frozenset({
    "harga satuan", "unit price", "price", "harga per unit", "harga jual satuan",
})  # fmt: skip


def _is_quantity(word: str) -> bool:
    """Whether a header's words name a count of goods: "Qty", "Banyak", "Jumlah (kg)"."""
    return word in _QUANTITY_WORDS or names_count(word)


def _is_unit_price(word: str) -> bool:
    """Whether a header's words name the price of one: "Harga Satuan", "Harga/kg"."""
    return word in _UNIT_PRICE_WORDS or names_unit_price(word)


def _item_words(labels: Sequence[str], columns: Mapping[Field, ColumnChoice]) -> dict[int, str]:
    """The words of each item line's column no field took (``item_columns``), abbreviations
    written out ("Hrg" is "harga")."""
    return {
        i: expand_abbreviations(normalise_header(labels[i])) for i in item_columns(labels, columns)
    }


def quantity_price_columns(
    labels: Sequence[str], columns: Mapping[Field, ColumnChoice]
) -> tuple[int, int] | None:
    """A table's one quantity column ("Qty") and one unit price column ("Harga Satuan") when
    it has no amount column (nor a balance; a freight taken for it, "Ongkir", is none): each
    line owes the one times the other.

    >>> quantity_price_columns(["Tanggal", "Pelanggan", "Qty", "Harga Satuan", "Bayar"], {})
    (2, 3)
    >>> quantity_price_columns(["Nama Barang", "Qty", "Harga Satuan", "Jumlah"], {
    ...     "amount": ColumnChoice("amount", 3, "Jumlah", 90, "exact")}) is None
    True
    """
    amount = columns.get("amount")
    if "balance" in columns or (
        amount is not None and normalise_header(amount.header) not in FREIGHT_WORDS
    ):
        return None
    words = _item_words(labels, columns)
    quantity = [i for i, word in words.items() if _is_quantity(word)]
    price = [i for i, word in words.items() if _is_unit_price(word)]
    return (quantity[0], price[0]) if len(quantity) == 1 and len(price) == 1 else None


# An amount's word that is as often a count ("Jumlah" of sacks), and a price's word beside it.
_COUNT_OR_AMOUNT: Final = frozenset({"jumlah", "jml", "jlh"})
_PRICE_WORDS: Final = _UNIT_PRICE_WORDS | {"harga", "harga jual", "harga barang"}
# A count is whole and small: no figure of rupiah is below a thousand, nor is a price.
SMALLEST_RUPIAH: Final = 1000


def counted_amount(
    labels: Sequence[str],
    columns: Mapping[Field, ColumnChoice],
    column: Callable[[int], Sequence[object]],
) -> tuple[int, int] | None:
    """The quantity and unit price columns of a table whose amount column is a count: a
    "Jumlah" beside a price ("Harga", "Harga Satuan") and no other amount, half its figures
    or more below a thousand (no rupiah figure is; 1,500 nails among 40 sacks are counts too)
    or, counts of a thousand or more, paid beyond on more rows than paid exactly (2,000 roof
    tiles at 4.500 paid 5.000.000: ``_settled_beyond``), and not on every row a whole
    multiple of its price (a line's total is: "Harga | Jumlah"). So too a price taken for the
    amount beside a count that names its unit ("Jumlah (pcs) | Harga", ``names_count``): that
    is a count whatever its figures. ``column``: a column's cells.

    >>> cols = {"amount": ColumnChoice("amount", 1, "Jumlah", 90, "exact")}
    >>> body = [["Paku", "Baut", "Semen"], [1500, 200, "2,5"], [200, 1500, "65.000"]]
    >>> counted_amount(["Barang", "Jumlah", "Harga"], cols, body.__getitem__)
    (1, 2)
    >>> body = [["Paku", "Semen"], [1500, 4000], [200, 65000]]
    >>> counted_amount(["Barang", "Jumlah", "Harga"], cols, body.__getitem__) is None
    True
    >>> body = [["Paku", "Semen"], [600, 500], [200, 500]]  # lines' totals of cheap goods
    >>> counted_amount(["Barang", "Jumlah", "Harga"], cols, body.__getitem__) is None
    True
    >>> body = [["Ayam 1/2", "Ati", "Ayam 3"], [24000, 15000, 144000], [48000, 30000, 48000]]
    >>> counted_amount(["Barang", "Jumlah", "Harga"], cols, body.__getitem__) is None
    True
    >>> cols = {"amount": ColumnChoice("amount", 2, "Harga", 75, "exact")}
    >>> body = [["Paku", "Semen"], [1500, 40], [200, 65000]]
    >>> counted_amount(["Barang", "Jumlah (pcs)", "Harga"], cols, body.__getitem__)
    (1, 2)
    """
    amount = columns.get("amount")
    if amount is None or "balance" in columns:
        return None
    taken = {c.index for c in columns.values()}
    name = expand_abbreviations(normalise_header(labels[amount.index]))
    if name in _PRICE_WORDS:
        named = [i for i, label in enumerate(labels) if label and names_count(label)]
        found = (named[0], amount.index) if len(named) == 1 and named[0] not in taken else None
        return found  # the unit says the count: its figures need not
    if name not in _COUNT_OR_AMOUNT and not names_count(labels[amount.index]):
        return None
    prices = [
        i
        for i, label in enumerate(labels)
        if label
        and i not in taken
        and (
            expand_abbreviations(normalise_header(label)) in _PRICE_WORDS or names_unit_price(label)
        )
    ]
    if len(prices) != 1:
        return None
    pairs = [
        (n, p)
        for n, p in zip(
            figures_of(column(amount.index)), figures_of(column(prices[0])), strict=True
        )
        if n is not None and p is not None and n > 0 and p > 0
    ]
    if not pairs:
        return None
    if names_count(labels[amount.index]):
        return amount.index, prices[0]
    small = 2 * sum(n < SMALLEST_RUPIAH for n, _ in pairs) >= len(pairs)
    if not small:  # counts of a thousand or more: what was paid beyond them says so
        counts = figures_of(column(amount.index))
        each = figures_of(column(prices[0]))
        small = _settled_beyond(labels, columns, column, counts, each) > 0
    # (A "Jumlah" below its price is no sign of a count: half a chicken at 48.000 is 24.000,
    # and a Jumlah after a Potongan is below the Harga before it.)
    totals = all(n >= p and n % p == 0 for n, p in pairs)
    return (amount.index, prices[0]) if small and not totals else None


# A price's plain word, as often a line's whole as the price of one ("Qty | Harga").
_PLAIN_PRICE_WORDS: Final = frozenset({"harga", "harga jual", "harga barang"})


def priced_per_unit(
    labels: Sequence[str],
    columns: Mapping[Field, ColumnChoice],
    column: Callable[[int], Sequence[object]],
) -> tuple[int, int] | None:
    """The quantity and unit price columns of a table whose amount is a plain "Harga" beside
    one count of goods ("Qty", "Banyak") and no line total, where what the rows paid (and
    their Sisa) says it is the price of one: more rows paid beyond the price and its freight
    ("Ongkir") than paid it exactly, with more than one piece. (A row paid in full by the
    price read as the whole votes for the whole; without a paid figure the price stays the
    amount as written.) ``column``: a column's cells.

    >>> cols = {"amount": ColumnChoice("amount", 1, "Harga", 75, "exact"),
    ...         "paid": ColumnChoice("paid", 2, "Bayar", 90, "exact")}
    >>> body = [[10, 2], [50000, 300000], [0, 600000]]
    >>> priced_per_unit(["Qty", "Harga", "Bayar"], cols, body.__getitem__)
    (0, 1)
    >>> body = [[10, 2], [500000, 300000], [500000, 300000]]
    >>> priced_per_unit(["Qty", "Harga", "Bayar"], cols, body.__getitem__) is None
    True
    """
    amount, paid = columns.get("amount"), columns.get("paid")
    if amount is None or paid is None:
        return None
    if expand_abbreviations(normalise_header(labels[amount.index])) not in _PLAIN_PRICE_WORDS:
        return None
    counts = [i for i, word in _item_words(labels, columns).items() if _is_quantity(word)]
    if len(counts) != 1:
        return None
    quantities, prices = figures_of(column(counts[0])), figures_of(column(amount.index))
    votes = _settled_beyond(labels, columns, column, prices, quantities)
    return (counts[0], amount.index) if votes > 0 else None


# How many times a line's figure a payment must be to say the figure is a count or a price of
# one, short of paying the product exactly: older bons settled with it are a few times at most.
_FAR_BEYOND: Final = 5


def _settled_beyond(
    labels: Sequence[str],
    columns: Mapping[Field, ColumnChoice],
    column: Callable[[int], Sequence[object]],
    figures: Sequence[Amount | None],
    by: Sequence[Amount | None],
) -> int:
    """By how many rows more were settled (paid, and their Sisa) at the whole that ``figures``
    times ``by`` make (the other column: price of one, or count), with the freight beside it
    ("Ongkir"), than at exactly ``figures`` read as the line's whole: above zero, what was paid
    says the line is the one times the other (a count of goods, or the price of one). At that
    whole exactly (2 x 300.000 paid 600.000), or a part of it many times the line's figure (a
    down payment of 5.000.000 on 2.000 roof tiles at 4.500, never a line of Rp 2.000). A
    payment a few times beyond the line says nothing: a customer settling older bons too pays
    so whatever the line is (1.000.000 beside a Harga of 800.000 and 1.000 bricks).
    ``column``: a column's cells."""
    paid = columns.get("paid")
    if paid is None:
        return 0
    freight = [figures_of(column(i)) for i in line_freight(labels, columns, column)]
    balance = figures_of(column(columns["balance"].index)) if "balance" in columns else None
    votes = 0
    rows = zip(figures, by, figures_of(column(paid.index)), strict=True)
    for k, (figure, other, given) in enumerate(rows):
        if figure is None or other is None or figure <= 0 or other <= 1:
            continue
        charges = sum(f[k] or 0 for f in freight if k < len(f))
        whole, product = figure + charges, figure * other + charges
        settled = (given or 0) + ((balance[k] or 0) if balance and k < len(balance) else 0)
        if whole < settled and (settled == product or _FAR_BEYOND * whole <= settled <= product):
            votes += 1
        elif settled == whole and given:
            votes -= 1
    return votes


def line_freight(
    labels: Sequence[str],
    columns: Mapping[Field, ColumnChoice],
    column: Callable[[int], Sequence[object]],
) -> list[int]:
    """The freight columns an item line is billed on top of ("Ongkir", "Shipping":
    ``FREIGHT_WORDS``) that no field took but the amount (a freight read as the amount for
    want of another is one), holding a figure (``holds_figures``). ``column``: a column's
    cells."""
    taken = {c.index for name, c in columns.items() if name != "amount"}
    return [
        i
        for i, label in enumerate(labels)
        if label
        and i not in taken
        and normalise_header(label) in FREIGHT_WORDS
        and holds_figures(column(i))
    ]


def holds_figures(cells: Iterable[object]) -> bool:
    """Whether a charge's column (``FREIGHT_WORDS``: "Ongkir", "Shipping") holds a figure:
    one of text alone names how the goods went ("Shipping": "JNE REG", "J&T", "Ambil
    sendiri"), no money on top of the row's.

    >>> holds_figures(["JNE REG", None, "Ambil sendiri"]), holds_figures(["gratis", "15.000"])
    (False, True)
    """
    for cell in cells:
        try:
            if parse_amount(cell) is not None:
                return True
        except AmountError:
            continue
    return False


def line_discount(
    labels: Sequence[str],
    columns: Mapping[Field, ColumnChoice],
    column: Callable[[int], Sequence[object]],
) -> int | None:
    """The one discount column beside an item line's parts ("Diskon", "Diskon %", "Potongan":
    ``DISCOUNT_WORDS``) that no field took, holding a figure or a percentage: the line owes
    Qty x Harga less it (``ingest._with_line_totals``). ``column``: a column's cells."""
    taken = {c.index for c in columns.values()}
    found = [
        i
        for i, label in enumerate(labels)
        if label
        and i not in taken
        and normalise_header(label) in DISCOUNT_WORDS
        and (holds_figures(column(i)) or any(map(_percent_text, column(i))))
    ]
    return found[0] if len(found) == 1 else None


_PERCENT_TEXT: Final = re.compile(r"^(\d{1,3}(?:[.,]\d+)?)\s*%$")


def _percent_text(cell: object) -> re.Match[str] | None:
    """A cell's percentage written as text ("10%", "12,5 %"), if it is one."""
    return _PERCENT_TEXT.match(cell.strip()) if isinstance(cell, str) else None


def share_scale(cells: Iterable[object]) -> int | None:
    """How a discount's or a tax's column beside a line's figures writes them: as shares of
    the line, 1 where every figure is below one (Excel's percentage cell, 0.1 shown "10%"),
    100 where every figure is at most a hundred ("Diskon %": 12.5; "PPN": 11) or the cells
    are percentages as text ("10%"); 0 where every figure is a thousand rupiah or more, an
    amount of its own. ``None`` where they are both (10 beside 50.000): which the book means
    cannot be told, and the line is not worked out without it.

    >>> share_scale([0.1, 0.125, 0]), share_scale([10, 12.5, "5%"]), share_scale([125_000, None])
    (1, 100, 0)
    >>> share_scale([10, 50_000]), share_scale(["10%", 50_000])
    (None, None)
    """
    cells = list(cells)
    texts = any(map(_percent_text, cells))
    numbers = [
        Decimal(f).copy_abs() for f in figures_of([c for c in cells if not _percent_text(c)]) if f
    ]
    if all(n < 1 for n in numbers) and not (texts and numbers):
        return 100 if texts else 1
    if all(n <= 100 for n in numbers):
        return 100
    if not texts and all(n >= SMALLEST_RUPIAH for n in numbers):
        return 0
    return None


def cut_of(cell: object, whole: Amount, scale: int) -> Amount:
    """The part of a line's ``whole`` that a discount's or a tax's cell names at ``scale``
    (``share_scale``): its share of the whole, or its own rupiah (scale 0); nothing for an
    empty cell. Raises ``AmountError`` for a cell that is no figure.

    >>> cut_of(0.1, 1_250_000, 1), cut_of("12,5%", 5_400_000, 100), cut_of(None, 100, 100)
    (Decimal('125000.0'), Decimal('675000.0'), 0)
    """
    if match := _percent_text(cell):
        return Decimal(whole) * Decimal(match.group(1).replace(",", ".")) / 100
    # A share as the cell holds it: 0.125 is twelve and a half percent, not 0,12 rupiah.
    exact = type(cell) in (int, float, Decimal) and scale
    figure = Decimal(str(cell)) if exact else parse_amount(cell)
    if figure is None:
        return 0
    return figure if not scale else Decimal(whole) * Decimal(figure) / scale


def figures_of(column: Sequence[object]) -> list[Amount | None]:
    """Each cell of a column as a figure (text read as the owner writes it); ``None`` where it
    holds none."""
    found: list[Amount | None] = []
    for cell in column:
        try:
            found.append(None if isinstance(cell, bool | date) else parse_amount(cell))
        except AmountError:
            found.append(None)
    return found


def item_columns(labels: Sequence[str], columns: Mapping[Field, ColumnChoice]) -> tuple[int, ...]:
    """The columns that say a table is kept a line per item sold ("Nama Barang", "Qty",
    "Harga Satuan"), among those no field took.

    >>> item_columns(["No Faktur", "Nama Barang", "Qty", "Jumlah"], {})
    (1, 2)
    >>> item_columns(["Tanggal", "Jumlah (kg)", "Harga Satuan"], {})
    (1, 2)
    """
    taken = {c.index for c in columns.values()}
    return tuple(
        i
        for i, label in enumerate(labels)
        if label
        and i not in taken
        and (
            expand_abbreviations(normalise_header(label)) in _ITEM_WORDS
            or names_count(label)
            or names_unit_price(label)
        )
    )


# A figure beside an invoice's amount that is no money received: a tax, a cost, a profit, a
# weight, a fee or a discount, an interest or a fine, the change a till gave, stock.
_NOT_RECEIVED_WORDS: Final = frozenset({
    "dpp", "ppn", "pph", "pajak", "tax", "vat", "hpp", "modal", "laba", "margin", "untung",
    "profit", "berat", "kg", "gram", "ongkos", "ongkir", "biaya", "komisi", "fee", "admin",
    "diskon", "potongan", "disc", "discount", "discounts", "bunga", "denda", "kembali",
    "kembalian",
    "stok", "stock", "harga", "satuan", "retensi", "termin", "poin", "point", "volume",
})  # fmt: skip


def may_be_received(label: str) -> bool:
    """Whether a header no rule reads may name money received against the row's invoice
    ("Setoran", "Cicilan", "Masuk"): no item's, tax's, cost's or fee's word.

    >>> may_be_received("Cicilan (Rp)"), may_be_received("Masuk")
    (True, True)
    >>> may_be_received("PPN 11%"), may_be_received("Qty"), may_be_received("Harga Satuan")
    (False, False, False)
    >>> may_be_received("Jumlah (dus)")
    False
    """
    norm = expand_abbreviations(normalise_header(label))
    if not norm or norm in _ITEM_WORDS or names_count(norm) or is_bucket_label(label):
        return False  # (an aging's "Current")
    return _NOT_RECEIVED_WORDS.isdisjoint(norm.split())


def is_bucket_label(label: str) -> bool:
    text = label.strip().lower()
    return (
        bool(_BUCKET.match(text) or _MONTH_BUCKET.match(text))
        or normalise_header(text) in _BUCKET_WORDS
    )


# A bucket named by its days alone, as MYOB prints them ("Current | 30 | 60 | 90+", "30 Days
# | 60 Days").
_DAYS_ALONE: Final = re.compile(r"^\s*(?:30|60|90|120|150|180)\s*(?:hari|days?)?\s*$", re.I)
# So is the last bucket named for the rest ("Older", Odoo's; "Lebih lama") beside the others.
_OLDER: Final = re.compile(r"^\s*(?:older|lebih\s+lama|lebih\s+tua|sisanya)\s*$", re.I)
# And the first, of what is not yet due on the report's day, named for that day: Odoo 17's "At
# Date", earlier Odoo's "As of: 11/30/2026", "Per Tanggal", "Not due on 30/11/2026".
_AT_DAY: Final = re.compile(
    r"^\s*(?:at\s+date|as\s+of|as\s+at|per\s+(?:tanggal|tgl\.?)|per(?=\s+\d)|not\s+due\s+on|"
    r"belum\s+jatuh\s+tempo\s+per)\b\s*[:.]?\s*(?:[\d/.\-\s]+|\d{1,2}\s+\w+\s+\d{4})?$",
    re.I,
)


def bucket_columns(labels: Sequence[object]) -> tuple[int, ...]:
    """The columns of a header that are an aging report's buckets: each labelled as one
    ("Current", "31-60", "90+"), and a bare count of days in a run with them ("Current | 30 |
    60 | 90+", MYOB's Aged Receivables). A count of days alone is no bucket ("Tempo | 30"):
    nor is it a header's label a data row's figure could be.

    >>> bucket_columns(["ID No.", "Amt. Due", "Current", "30", "60", "90+"])
    (2, 3, 4, 5)
    >>> bucket_columns(["Pelanggan", "30", "60", "Sisa"]), bucket_columns(["Current", "Qty", "30"])
    ((), (0,))
    >>> bucket_columns(["Customer", "Current", "30 Days", "60 Days", "90+ Days", "Tempo"])
    (1, 2, 3, 4)
    >>> bucket_columns(["Current", "30 days", "60 days", "90 days+"])
    (0, 1, 2, 3)
    >>> bucket_columns(["Partner", "Not Due", "1 - 30", "91 - 120", "Older", "Total"])
    (1, 2, 3, 4)
    >>> bucket_columns(["Pelanggan", "Older", "Sisa"])
    ()
    >>> bucket_columns(["Partner", "Due Date", "At Date", "1-30", "31-60", "Older", "Total"])
    (2, 3, 4, 5)
    >>> bucket_columns(["As of: 11/30/2026", "1 - 30", "Older"]), bucket_columns(["Per", "1-30"])
    ((0, 1, 2), (1,))
    >>> bucket_columns(["Per 30 November 2026", "Per Tanggal", "1-30"])
    (0, 1, 2)
    >>> bucket_columns(["At Date", "Pelanggan", "1-30"])
    (2,)
    >>> bucket_columns(["Due", "Current", "< 1 Month", "1 Month", "3 Months", "Older", "Total"])
    (1, 2, 3, 4, 5)
    """
    texts = [c.strip() if type(c) is str else "" for c in labels]
    found = {i for i, text in enumerate(texts) if text and is_bucket_label(text)}
    run = sorted(found)
    while run:
        i = run.pop()
        for j in (i - 1, i + 1):
            if (
                0 <= j < len(texts)
                and j not in found
                and (
                    _DAYS_ALONE.match(texts[j])
                    or _OLDER.match(texts[j])
                    or (_AT_DAY.match(texts[j]) and j < i)
                )
            ):
                found.add(j)
                run.append(j)
    return tuple(sorted(found))


_CASH_WORDS: Final = frozenset({"cash", "tunai", "kontan", "penjualan tunai", "jual tunai"})
_CREDIT_SALE_WORDS: Final = frozenset({"kredit", "credit", "penjualan kredit", "jual kredit"})
# A till's ways to be paid, beside which "Kredit" is a credit card, not a sale on credit.
_TILL_WORDS: Final = re.compile(rf"\b(?:{WALLETS}|debit|debet)\b")
# A sale's way to pay, a word a row in a column of its own ("Cara Bayar": Kredit / Tunai /
# Transfer / QRIS): on credit, or paid at the sale, as a till is (``_TILL_WORDS``).
_WAY_HEADERS: Final = frozenset({
    "cara bayar", "cara pembayaran", "metode bayar", "metode pembayaran", "metode",
    "jenis bayar", "jenis pembayaran", "tipe bayar", "tipe pembayaran", "sistem bayar",
    "sistem pembayaran", "payment method", "payment type", "pay method", "jenis penjualan",
    "tipe penjualan", "jenis jual", "bayar via", "pembayaran via",
})  # fmt: skip
_ON_CREDIT: Final = frozenset({
    *_CREDIT_SALE_WORDS, *TAB_WORDS, "tempo", "penjualan tempo", "jual tempo", "kredit tempo",
    "piutang",
})  # fmt: skip
_PAID_AT_SALE: Final = frozenset({
    *_CASH_WORDS, "transfer", "tf", "trf", "transfer bank", "bank transfer", "lunas", "cod",
    "kas",
})  # fmt: skip


def _paid_at_sale(norm: str) -> bool:
    return norm in _PAID_AT_SALE or bool(_TILL_WORDS.search(norm)) or norm.startswith("transfer ")


def _cash_sale_words(label: str, texts: Iterable[str]) -> frozenset[str] | None:
    """The words of a column of each sale's way to pay that say it was paid at the sale, as
    written; ``None`` when the column is no such column. Under a name for the way to pay
    ("Cara Bayar", "Jenis Penjualan") any of them will do (a word neither, "Giro", stays a
    debt); under a name for each row's type ("Jenis", "Tipe") every word must be a way to pay,
    a sale on credit ("Kredit", "Tempo") beside one paid at once other than a debit ("Debet" /
    "Kredit" are a card's entries)."""
    name = normalise_header(label) if label else ""
    if name not in _WAY_HEADERS and name not in _KIND_HEADERS:
        return None
    norms = {text: normalise_header(text) for text in texts if normalise_header(text)}
    paid = frozenset(text for text, norm in norms.items() if _paid_at_sale(norm))
    if name in _WAY_HEADERS:
        return paid or None
    said = set(norms.values())
    if (
        said & {"kredit", "credit", "tempo", "penjualan kredit", "jual kredit", "penjualan tempo"}
        and said - {"debit", "debet"} - _ON_CREDIT
        and all(norm in _ON_CREDIT or _paid_at_sale(norm) for norm in said)
    ):
        return paid
    return None


def cash_sale_rows(
    labels: Sequence[str], taken: Collection[int], texts: Callable[[int], Iterable[str]]
) -> tuple[int, frozenset[str]] | None:
    """A sales book's column of each sale's way to pay (``_cash_sale_words``), not taken for a
    field, and its words that say a sale was paid at the sale: a cash sale, no debt, as one
    whose figure stands in a Cash column (``cash_sale_columns``). ``texts``: a column's
    distinct texts.

    >>> cash_sale_rows(["Pelanggan", "Cara Bayar"], (0,), lambda i: ["Kredit", "QRIS"])
    (1, frozenset({'QRIS'}))
    >>> cash_sale_rows(["Pelanggan", "Jenis"], (0,), lambda i: ["Debet", "Kredit"]) is None
    True
    """
    for i, label in enumerate(labels):
        if i in taken or not label:
            continue
        name = normalise_header(label)
        if name not in _WAY_HEADERS and name not in _KIND_HEADERS:
            continue
        words = _cash_sale_words(label, texts(i))
        if words is not None:
            return i, words
    return None


_PAID_WORDS: Final = frozenset({
    "bayar", "dibayar", "terbayar", "sudah dibayar", "sudah bayar", "jumlah bayar",
    "jumlah dibayar", "total bayar", "total dibayar", "pembayaran", "paid", "amount paid",
})  # fmt: skip


# A till's card and wallet columns, never a side of a ledger ("Debit" alone may be one). A
# transfer is no till's alone: "Total | Cash | Transfer | Kredit" may be a sale partly on credit.
_CARD_WAYS: Final = re.compile(rf"\b(?:{WALLETS}|dana)\b")
# A column of sales on the tab beside a till's ways to pay: that column is a debt.
_TAB_WORDS: Final = re.compile(
    rf"\b(?:{'|'.join(sorted(TAB_WORDS))}|piutang|tempo|penjualan kredit|jual kredit)\b"
)


# The change a cashier gives back from what was handed over: no customer's credit.
_CHANGE_WORDS: Final = frozenset({"kembali", "kembalian", "uang kembali", "uang kembalian"})


def _names_customer(label: str) -> bool:
    return (guess := guess_field(label)) is not None and guess.field == "customer"


def change_given(labels: Sequence[str]) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    """The columns of what a cashier was handed ("Bayar", "Dibayar") and of the change given
    back from it ("Kembali", "Kembalian"), where a header has a change column: what was paid
    is the one less the other. Beside no customer column, a till's sales (``till_columns``);
    beside one, each row's paid figure (``ingest._with_change``).

    >>> change_given(["Tanggal", "Pelanggan", "Total", "Bayar", "Kembali"])
    ((3,), (4,))
    >>> change_given(["Tanggal", "Pelanggan", "Total", "Bayar"]) is None
    True
    """
    norms = [normalise_header(label) if label else "" for label in labels]
    change = tuple(i for i, n in enumerate(norms) if n in _CHANGE_WORDS)
    if not change:
        return None
    return tuple(i for i, n in enumerate(norms) if n in _PAID_WORDS), change


def till_columns(
    labels: Sequence[str], rows: Sequence[Sequence[object]] = ()
) -> tuple[str, ...] | None:
    """A till export's ways to be paid ("Cash | QRIS | Kredit", "Tunai | Debit | Kredit |
    Total"): the takings of the day, no receivables book; its "Kredit" is a credit card and its
    "Debit" a debit card. Cash, Kredit and a way only a till has (QRIS, EDC, a card, a
    wallet) or, beside a plain Debit, a Total of the ways and no running Saldo. A column of
    sales on the tab (Piutang, Bon, Tempo) beside a customer column makes it a book of debts.
    Without a Kredit, a till's cash book ("Tanggal | Tunai | QRIS | Transfer | Total") is
    told by its ``rows`` (``till_takings``). Without a till's signs (a receipt's number, a
    card's column, a "Total Bayar"), a customer's purchase in parts is no till's: its Kredit is
    the part on the tab (``sale_parts``).

    >>> till_columns(["No Struk", "Tanggal", "Pelanggan", "Cash", "QRIS", "Kredit", "Total Bayar"])
    ('Cash', 'QRIS', 'Kredit')
    >>> till_columns(["Tanggal", "No Struk", "Pelanggan", "Tunai", "Debit", "Kredit", "Total"])
    ('Tunai', 'Debit', 'Kredit')
    >>> till_columns(["Tanggal", "Pelanggan", "Debet", "Kredit", "Tunai", "Bayar"]) is None
    True
    >>> till_columns(["Tanggal", "Pelanggan", "Tunai", "QRIS", "Kredit", "Bon"]) is None
    True
    >>> till_columns(["No Nota", "Pelanggan", "Total", "Cash", "Transfer", "Kredit"]) is None
    True
    >>> till_columns(["Tanggal", "Nama", "Tunai", "QRIS", "Kredit", "Total"]) is None
    True
    >>> till_columns(["Tanggal", "Nama Barang", "Qty", "Total", "Bayar", "Kembali"])
    ('Bayar', 'Kembali')
    >>> till_columns(["Tanggal", "Pelanggan", "Total", "Bayar", "Kembali"]) is None
    True
    """
    if sale_parts(labels) is not None:
        return None  # a customer's purchase in parts, its Kredit the part on the tab
    norms = [normalise_header(label) if label else "" for label in labels]
    given = change_given(labels)
    if given is not None and not any(_names_customer(label) for label in labels if label):
        # The change a cashier gave ("Bayar | Kembali"), and no one's name: a till's sales.
        return tuple(labels[i] for i in sorted({*given[0], *given[1]}))
    cash = [i for i, n in enumerate(norms) if n in _CASH_WORDS]
    credit = [i for i, n in enumerate(norms) if n in _CREDIT_SALE_WORDS or n == "kartu kredit"]
    if cash and not credit:
        return till_takings(labels, rows)
    if not cash or not credit:
        return None
    cards = [i for i, n in enumerate(norms) if i not in credit and _CARD_WAYS.search(n)]
    debits = [i for i, n in enumerate(norms) if n in _DEBIT_WORDS]
    if not cards:
        totalled = any(n.startswith("total") for n in norms)
        if not debits or not totalled or any(n.startswith(("saldo", "balance")) for n in norms):
            return None
    if _TAB_WORDS.search(" | ".join(norms)) and any(map(_names_customer, filter(None, labels))):
        return None
    ways = sorted({*cash, *credit, *cards, *debits})
    return tuple(labels[i] for i in ways)


# The figures beside a till's ways to pay that are no way to pay: their sum.
_TAKINGS_TOTAL: Final = frozenset({
    "total", "jumlah", "grand total", "total bayar", "total penerimaan", "total penjualan",
    "total kas", "total harian", "total pendapatan", "total masuk", "jumlah total", "omzet",
})  # fmt: skip
# The columns a till's takings may have beside its figures: none names a customer, a debt or
# an invoice (a row naming one is a payment of it, its Tunai and Transfer the parts).
_NOT_TAKINGS: Final = frozenset({
    "customer", "invoice_no", "amount", "paid", "returned", "balance", "cost", "due_date",
    "terms", "payment_date",
})  # fmt: skip


def till_takings(labels: Sequence[str], rows: Sequence[Sequence[object]]) -> tuple[str, ...] | None:
    """A till's takings kept without a Kredit column: no customer or invoice number column,
    and no figures but the ways to pay, cash and another (QRIS, Transfer, Debit, EDC, a
    wallet), and their Total, which on each row is their sum ("Tanggal | Tunai | QRIS |
    Transfer | Total"). Beside a customer column or an invoice's number, or where a Total is
    not what its Tunai and Transfer add up to (an invoice paid in parts, or not yet), those
    are payments of invoices.

    >>> till_takings(["Tanggal", "Tunai", "QRIS", "Total"], [["2/11", 100, 50, 150]])
    ('Tunai', 'QRIS')
    >>> till_takings(["Tanggal", "Tunai", "QRIS", "Total"], [["2/11", 100, 0, 300]]) is None
    True
    >>> till_takings(["Pelanggan", "Tunai", "QRIS", "Total"], [["Bu Ani", 100, 50, 150]]) is None
    True
    """
    norms = [normalise_header(label) if label else "" for label in labels]
    ways = [
        i
        for i, n in enumerate(norms)
        if n and n != "lunas" and (_paid_at_sale(n) or _CARD_WAYS.search(n))
    ]
    totals = [i for i, n in enumerate(norms) if n in _TAKINGS_TOTAL]
    if len(ways) < 2 or not any(norms[i] in _CASH_WORDS for i in ways) or len(totals) != 1:
        return None
    for i, label in enumerate(labels):
        guess = guess_field(label) if label and i not in ways and i not in totals else None
        if (guess is not None and guess.field in _NOT_TAKINGS) or _TAB_WORDS.search(norms[i]):
            return None
    summed = 0
    for row in rows:
        total = _figure(row[totals[0]]) if totals[0] < len(row) else None
        figures = [_figure(row[i]) if i < len(row) else None for i in ways]
        if total is None and not any(figures):
            continue
        if total is None or total != sum(f or 0 for f in figures):
            return None  # a Total that is no sum of the ways: an invoice's, paid in parts
        summed += 1
    return tuple(labels[i] for i in ways) if summed else None


# A column of each sale's part taken on the tab (``TAB_WORDS``: "Bon", "Ngebon", "Hutang"), or
# "Kredit": beside a Bon, a "Kredit" is a credit card, one more way the rest was paid.
_CREDIT_PARTS: Final = frozenset({*_CREDIT_SALE_WORDS, *TAB_WORDS})
# Beside a "Kredit" part, what says a till took it, a credit card: a receipt's number, a card
# or debit card's column, a Total of what was paid ("Total Bayar").
_TILL_SIGNS: Final = re.compile(
    r"\b(?:struk|receipt|kasir|edc|kartu|card|debit|debet)\b"
    r"|^total (?:bayar|dibayar|pembayaran|penerimaan|masuk|kas)$"
)
# The columns a day's sales in parts may not have: a figure of a debt or its payment of their
# own ("Sisa", "Bayar", "Saldo", "Retur") says the rows are invoices and their payments.
_NOT_PARTS: Final = frozenset({"amount", "paid", "balance", "returned", "cost"})
# A purchase's whole beside its parts: a till's Total, or what the customer bought ("Belanja").
_PARTS_TOTAL: Final = _TAKINGS_TOTAL | {"belanja", "total belanja", "jumlah belanja"}


@dataclass(frozen=True, slots=True)
class SaleParts:
    """A day's sales kept a row per customer's purchase, in parts that add up to its Total:
    paid at the sale (``ways``: Tunai, QRIS, Transfer) and taken on the tab (``credit``: Bon,
    Kredit). Only the credit part is owed; the ways paid the rest of the sale, none of it."""

    credit: int
    ways: tuple[int, ...]
    total: int | None  # none kept: each row's parts are all the book says of the sale

    @property
    def beside(self) -> tuple[int, ...]:
        """The columns read as no debt beside the tab: the ways paid, and the Total if kept."""
        return self.ways if self.total is None else (*self.ways, self.total)

    def adds_up(self, row: Sequence[object]) -> bool | None:
        """Whether the row's Total is the sum of its parts; ``None`` for a row with no figure
        in them (a heading, a blank line), a line of totals ("TOTAL", "Jumlah hari ini":
        the reader checks its figures against the rows read), or a sheet with no Total.

        >>> parts = SaleParts(credit=3, ways=(1, 2), total=4)
        >>> parts.adds_up(["Ani", 100, None, 300, 400]), parts.adds_up(["Ani", 100, 0, 300, 350])
        (True, False)
        >>> parts.adds_up(["TOTAL", None, None, None, 750]) is None
        True
        >>> SaleParts(credit=3, ways=(1, 2), total=None).adds_up(["Ani", 100, 0, 300]) is None
        True
        """
        if self.total is None:
            return None
        cells = [_figure(row[i]) if i < len(row) else None for i in (*self.ways, self.credit)]
        total = _figure(row[self.total]) if self.total < len(row) else None
        if (total is None and not any(cells)) or any(
            type(cell) is str and is_total_label(cell) for cell in row
        ):
            return None
        return total == sum(cell or 0 for cell in cells)

    def unsummed(self, rows: Sequence[Sequence[object]]) -> Unsummed:
        """The rows whose Total is not the sum of their parts, each a row the book contradicts,
        of the rows with figures in them.

        >>> parts = SaleParts(credit=3, ways=(1, 2), total=4)
        >>> parts.unsummed([["A", 100, 0, 300, 400], ["B", 50, 0, 0, 50], ["C", 0, 0, 10, 20]])
        Unsummed(rows=(2,), of=3)
        """
        verdicts = [self.adds_up(row) for row in rows]
        wrong = tuple(k for k, verdict in enumerate(verdicts) if verdict is False)
        return Unsummed(wrong, len(wrong) + verdicts.count(True))


@dataclass(frozen=True, slots=True)
class Unsummed:
    """The positions of a day's sales whose Total is not the sum of their parts (``rows``), of
    the rows with figures (``of``)."""

    rows: tuple[int, ...]
    of: int

    @property
    def most(self) -> bool:
        """Most rows are such: the columns are no parts of a sale, and the sheet is not added
        up, lest the rows read be a wrong total."""
        return 2 * len(self.rows) > self.of


def sale_parts(labels: Sequence[str]) -> SaleParts | None:
    """A warung's daily sheet, each row a customer's purchase in parts: a customer column (or,
    with a column named for the tab, a sheet per customer), the ways paid at the sale (Tunai,
    QRIS, Transfer, Kas, ...), one column of the part taken on the tab (Bon, Kredit, Hutang,
    Ngebon) and their Total ("Total", "Jumlah", "Belanja"), and no other figure of a debt or
    a payment (a Sisa, a Bayar, a Saldo, a Debet). A "Kredit" beside a till's signs (a
    receipt's number, a card's column, a "Total Bayar") is a credit card (``till_columns``),
    and beside an invoice's number it may be a payment of the invoice: neither is such a part.
    Whether each Total is its parts' sum the rows tell (``SaleParts.unsummed``). Without a
    Total the parts are the same sale's: beside a customer column and a column named for the
    tab (``TAB_WORDS``), the ways paid at the sale paid for what was not put on the tab, none
    of the tab ("Nama | Tunai | QRIS | Bon"). A column of what was paid of the tab ("Bayar
    Bon", ``TAB_PAID``) may stand beside them: a row with a figure there pays the customer's
    tab.

    >>> sale_parts(["Tanggal", "Nama", "Tunai", "QRIS", "Bon", "Total"])
    SaleParts(credit=4, ways=(2, 3), total=5)
    >>> sale_parts(["Tanggal", "Nama", "Tunai", "QRIS", "Kredit", "Total"])
    SaleParts(credit=4, ways=(2, 3), total=5)
    >>> sale_parts(["Tanggal", "Pelanggan", "Tunai", "QRIS", "Kredit", "Bon", "Total"])
    SaleParts(credit=5, ways=(2, 3, 4), total=6)
    >>> sale_parts(["No Struk", "Tanggal", "Pelanggan", "Cash", "QRIS", "Kredit", "Total"])
    >>> sale_parts(["No Faktur", "Tanggal", "Pelanggan", "Total", "Tunai", "Kredit"])
    >>> sale_parts(["No Faktur", "Tanggal", "Pelanggan", "Total", "Tunai", "Transfer", "Sisa"])
    >>> sale_parts(["Tanggal", "Tunai", "QRIS", "Bon", "Total"])  # a sheet per customer
    SaleParts(credit=3, ways=(1, 2), total=4)
    >>> sale_parts(["Tanggal", "Tunai", "QRIS", "Kredit", "Total"])  # a card, or the tab?
    >>> sale_parts(["Tanggal", "Nama", "Tunai", "Bon", "Total", "Bayar Bon"])
    SaleParts(credit=3, ways=(2,), total=4)
    >>> sale_parts(["Tanggal", "Nama", "Tunai", "Bon", "Total", "Bayar"])  # a payment of what?
    >>> sale_parts(["Tanggal", "Nama", "Tunai", "QRIS", "Bon"])  # no Total: the same sale's
    SaleParts(credit=4, ways=(2, 3), total=None)
    >>> sale_parts(["Tanggal", "Nama", "Belanja", "Tunai", "Kasbon"])
    SaleParts(credit=4, ways=(3,), total=2)
    >>> sale_parts(["Tanggal", "Tunai", "Bon"])  # a customer's card: its Tunai may pay the tab
    >>> sale_parts(["No Nota", "Tanggal", "Pelanggan", "Hutang", "Tunai"])  # an invoice's
    >>> sale_parts(["Tanggal", "Pelanggan", "Tunai", "Kredit"])  # a sales book's
    """
    norms = [normalise_header(label) if label else "" for label in labels]
    tabs = [i for i, n in enumerate(norms) if n in TAB_WORDS]
    credits = tabs or [i for i, n in enumerate(norms) if n in _CREDIT_PARTS]
    totals = [i for i, n in enumerate(norms) if n in _PARTS_TOTAL]
    if len(credits) != 1 or len(totals) > 1 or not (totals or tabs):
        return None
    credit, total = credits[0], (totals[0] if totals else None)
    if not tabs and any(_TILL_SIGNS.search(n) for n in norms):
        return None
    ways = tuple(
        i
        for i, n in enumerate(norms)
        if i not in (credit, total)
        and n
        and n not in ("lunas", "debet")
        and (_paid_at_sale(n) or _CARD_WAYS.search(n) or n in _CREDIT_SALE_WORDS)
    )
    fields = set()
    for i, label in enumerate(labels):
        if expand_abbreviations(norms[i]) in TAB_PAID:
            continue  # what was paid of the tab ("Bayar Bon"): the customer's, no sale's part
        guess = guess_field(label) if label and i not in (credit, total, *ways) else None
        if (guess is not None and guess.field in _NOT_PARTS) or norms[i] in _DEBIT_WORDS:
            return None
        fields.add(guess.field if guess is not None else None)
    if not tabs and "invoice_no" in fields:
        return None  # a "Kredit" beside an invoice's number: its payment, or a card's
    if total is None and ("customer" not in fields or "invoice_no" in fields):
        # Without a Total, a customer's card ("Tanggal | Bon | Tunai") or a numbered invoice's
        # row ("No Nota | Pelanggan | Hutang | Tunai") may have its Tunai pay the debt.
        return None
    return SaleParts(credit, ways, total) if ways and ("customer" in fields or tabs) else None


# A note that says its row pays what was taken on the tab ("bayar bon", "bon lunas").
_PAYS: Final = re.compile(
    r"\b(?:(?:di|pem)?bayar(?:an)?|pelunasan|lunas|(?:ny)?cicil(?:an)?|angsur(?:an)?|setor(?:an)?)\b"
)
_THE_TAB: Final = re.compile(rf"\b(?:{'|'.join(sorted(TAB_WORDS))})\b")


def pays_the_tab(text: str) -> bool:
    """A note that says its row pays what was taken on the tab, no sale: in a day's sales
    in parts such a row's Tunai is a payment the sheet has no column for.

    >>> pays_the_tab("Bayar bon"), pays_the_tab("hutang lunas"), pays_the_tab("bayar tunai")
    (True, True, False)
    """
    norm = text.lower()
    return bool(_PAYS.search(norm) and _THE_TAB.search(norm))


def header_parts(header: Header) -> SaleParts | None:
    """The sale's parts of a header whose amount column is read as their credit part (the
    owner chose no other, ``_map``)."""
    parts = sale_parts(header.as_read)
    amount = header.columns.get("amount")
    if parts is None or amount is None or amount.index != parts.credit:
        return None
    return parts


def cash_sale_columns(labels: Sequence[str]) -> tuple[int, int] | None:
    """A sales book's credit-sale and cash-sale columns: "Kredit" beside "Cash" / "Tunai", and
    no column named for the amount or a debit. Each sale's figure stands in one of the two: a
    credit sale's in Kredit is its amount (paid in a "Bayar" column of its own, if the book
    has one); a cash sale is no debt. Without a paid column, not beside other ways to pay (a
    till's Cash | QRIS | Kredit: a credit card) nor a running Saldo (a cash book's columns).

    >>> cash_sale_columns(["No Nota", "Tanggal", "Pelanggan", "Cash", "Kredit", "Bayar"])
    (4, 3)
    >>> cash_sale_columns(["Tanggal", "Pelanggan", "Tunai", "Kredit"])
    (3, 2)
    >>> cash_sale_columns(["Tanggal", "Debet", "Kredit", "Saldo"]) is None
    True
    >>> cash_sale_columns(["Jumlah", "Tunai", "Kredit", "Bayar"]) is None
    True
    >>> cash_sale_columns(["Tanggal", "Pelanggan", "Cash", "Transfer", "Kredit"]) is None
    True
    """
    norms = [normalise_header(label) if label else "" for label in labels]
    credit = next((i for i, n in enumerate(norms) if n in _CREDIT_SALE_WORDS), None)
    cash = next((i for i, n in enumerate(norms) if n in _CASH_WORDS), None)
    if credit is None or cash is None or till_columns(labels) is not None:
        return None
    if not any(n in _PAID_WORDS for n in norms) and any(
        PAYMENT_PART.match(n) or _TILL_WORDS.search(n) or n.startswith(("saldo", "balance"))
        for i, n in enumerate(norms)
        if i not in (credit, cash)
    ):
        return None
    for i, label in enumerate(labels):
        guess = guess_field(label) if label and i not in (credit, cash) else None
        if (guess is not None and guess.field == "amount") or norms[i] in _DEBIT_WORDS:
            return None
    return credit, cash


def _entry_columns(labels: Sequence[str]) -> tuple[int, int, bool] | None:
    """The debit and credit columns a header names, and whether the names say so outright
    (Debet / Kredit) or only suggest it (Penjualan / Pembayaran: the rows decide)."""
    norms = [normalise_header(label) if label else "" for label in labels]
    debit = next((i for i, n in enumerate(norms) if n in _DEBIT_WORDS), None)
    credit = next((i for i, n in enumerate(norms) if n in _CREDIT_WORDS), None)
    if debit is not None and credit is not None:
        return debit, credit, True
    sale = next((i for i, n in enumerate(norms) if n in _SALE_WORDS), None)
    receipt = next((i for i, n in enumerate(norms) if n in _RECEIPT_WORDS), None)
    if sale is None and debit is None and credit is not None and norms[credit] == "kredit":
        # A warung's card: "Kredit" beside "Bayar" is the goods taken on credit (ambil
        # kredit), with no Debet to be its other side; the rows and their Saldo decide.
        sale = credit
    if sale is None or receipt is None:
        return None
    # Beside a column named for the amount outright ("Jumlah", "Total"), a "Sales" column is
    # the salesman and "Penjualan" a kind of sale: that column is the amount.
    for i, label in enumerate(labels):
        guess = guess_field(label) if label and i not in (sale, receipt) else None
        if guess is not None and guess.field == "amount" and guess.method == "exact":
            return None
    return sale, receipt, False


def _part_numbers(top: Sequence[object], below: Sequence[object]) -> Sequence[object]:
    """The line under a header as labels where it numbers the parts of a group merged over
    them ("Cicilan" over 1 | 2 | 3, the numbers typed as figures): each number as its text, for
    ``_pair_label`` to read as a part's amount. Only numbers 1, 2, 3… one after the other under
    a group's label and the empty cells its merge leaves to its right, nothing else on the
    line but words: a row of data has its names, dates and amounts beside its figures.

    >>> _part_numbers(["No", "Jumlah", "Cicilan", None, None], [None, None, 1, 2.0, 3])
    ['', '', '1', '2', '3']
    >>> _part_numbers(["No", "Jumlah", "Cicilan", None], [1, 2, 3, 4])
    [1, 2, 3, 4]
    """
    numbers = [
        j
        for j, cell in enumerate(below)
        if type(cell) is int or (type(cell) is float and cell.is_integer())
        or (type(cell) is str and cell.strip().isdigit())
    ]  # fmt: skip
    others = (cell for j, cell in enumerate(below) if j not in numbers)
    if len(numbers) < 2 or not all(cell is None or type(cell) is str for cell in others):
        return below
    first = numbers[0]
    if (
        numbers != list(range(first, first + len(numbers)))
        or [int(float(below[j])) for j in numbers] != list(range(1, len(numbers) + 1))  # type: ignore[arg-type]
        or first >= len(top)
        or not is_text(top[first])
        or any(j < len(top) and top[j] not in (None, "") for j in numbers[1:])
    ):
        return below
    return [cell_text(cell) if j in numbers else (cell or "") for j, cell in enumerate(below)]


def _two_row_labels(top: Sequence[object], bottom: Sequence[object]) -> list[tuple[str, str]]:
    """Each column's (group, sub-label) of a header over two rows. A group cell merged across
    columns holds its text in its first column only: it reaches right over the columns whose
    sub-label is filled in, until the next group."""
    width = max(len(top), len(bottom))
    pairs: list[tuple[str, str]] = []
    group = ""
    for j in range(width):
        upper = cell_text(top[j]) if j < len(top) and top[j] is not None else ""
        lower = cell_text(bottom[j]) if j < len(bottom) and bottom[j] is not None else ""
        if upper and upper == lower:  # one label merged down over both rows
            group = ""
            pairs.append((upper, ""))
        elif upper:
            group = upper if lower else ""
            pairs.append((upper, lower))
        elif lower and group:
            pairs.append((group, lower))
        else:
            group = ""
            pairs.append(("", lower))
    return pairs


_GROUP_INVOICE: Final = frozenset({"faktur", "invoice", "nota", "penjualan", "tagihan", "piutang"})
_GROUP_PAYMENT: Final = frozenset({
    "pembayaran", "bayar", "payment", "pelunasan", "dibayar", "terbayar", "penerimaan", "cicilan",
})  # fmt: skip
# Goods sent back: a group "Retur" (or "Nota Retur", "Retur Barang", "Nota Kredit": a name the
# synonym table reads as returned) over "Tgl | Jumlah", beside "Faktur" and "Pembayaran".
_GROUP_RETURN: Final = frozenset({"retur", "return", "returns"})
_SUB_NUMBER: Final = frozenset({"no", "nomor", "number", "nr", "#", "no faktur", "no nota"})
_SUB_DATE: Final = frozenset({"tanggal", "tgl", "date"})
_SUB_AMOUNT: Final = frozenset({"jumlah", "nilai", "total", "amount", "nominal", "rp", "jml"})
# What a (group, sub-label) pair names, as a label the synonym table knows.
_PAIR_LABELS: Final[dict[tuple[str, str], str]] = {
    ("invoice", "number"): "No Faktur",
    ("invoice", "date"): "Tanggal Faktur",
    ("invoice", "amount"): "Nilai Faktur",
    ("payment", "date"): "Tanggal Bayar",
    ("payment", "amount"): "Jumlah Dibayar",
    # A return's figure lowers the debt as the one-row "Jumlah Retur" does; its number is the
    # one-row "No Retur" (the invoice's only where the table has no other); its date is no
    # field of ours: read as the sub-label alone ("Tgl"), it was the invoice's date.
    ("return", "number"): "No Retur",
    ("return", "date"): "",
    ("return", "amount"): "Jumlah Retur",
}


def _pair_label(group: str, sub: str) -> str:
    """The label the synonym table reads for a column of a two-row header ("" for one that
    names no field of ours, such as a payment's receipt number)."""
    if not group:
        return sub
    if not sub:
        return group
    # What is counted (a sale, a payment) and which of its figures (number, date, amount) may
    # stand either way round: "Faktur" over "Tanggal", or "Tanggal" over "Faktur".
    kind = _kind_of(group) or _kind_of(sub)
    what = _what_of(sub) or _what_of(group)
    numbered = _NUMBERED_GROUP.match(normalise_header(group))
    if kind == "payment" and numbered and what in ("amount", "date"):
        # "Pembayaran I", "Bayar 2", "Cicilan ke-3" over "Jumlah": the parts paid, added up.
        n = numbered["n"]
        return _part_label(int(n) if n.isdigit() else _ROMAN.index(n) + 1, what)
    numbered = _NUMBERED_SUB.match(normalise_header(sub))
    if numbered and _kind_of(group) == "payment":
        # The number under the group: "Pembayaran" over "Ke-1 | Ke-2 | Ke-3", "Cicilan 1 |
        # Cicilan 2", "I | II | III", "Cicilan" over "1 | 2 | 3": each the amount of a part.
        n = numbered["n"]
        return _part_label(int(n) if n.isdigit() else _ROMAN.index(n) + 1, "amount")
    if kind and what:
        return _PAIR_LABELS.get((kind, what), "")
    return f"{sub} {group}" if kind == "payment" and _kind_of(group) else sub


def _part_label(n: int, what: str) -> str:
    """What the ``n``-th part paid is read as: its amount "Bayar n" (``payment_parts`` adds
    them up), its date the payment's date for the first part and no field of ours after it."""
    return f"Bayar {n}" if what == "amount" else ("Tanggal Bayar" if n == 1 else "")


# Words for a part paid that the synonym table leaves alone (a single "Angsuran" is no paid
# column), and the fields of a column that may be a part's date.
_PART_WORDS: Final = frozenset({"angsuran", "cicilan"})
_PART_DATES: Final = frozenset({"invoice_date", "payment_date"})


# A card's columns in a letter each: Debet, Kredit and Saldo.
_CARD_LETTERS: Final = {"d": "Debet", "k": "Kredit", "s": "Saldo"}


def _titled_card(above: Sequence[Sequence[object]]) -> bool:
    """Whether a line above a table titles it a customer's card ("Kartu Piutang: Toko
    Kencana", "Pelanggan : Toko Kencana")."""
    return any(
        type(cell) is str and (_CARD_TITLE.match(cell) or _TITLE.match(cell))
        for row in above
        for cell in row
    )


def _card_letters(labels: tuple[str, ...]) -> tuple[str, ...]:
    """A titled card's header as read where its debit and credit columns are a letter each
    ("Tgl | Ket | D | K | S"): Debet, Kredit (and Saldo); the labels themselves otherwise.

    >>> _card_letters(("Tgl", "Ket", "D", "K", "S")), _card_letters(("No", "K", "Jumlah"))
    (('Tgl', 'Ket', 'Debet', 'Kredit', 'Saldo'), ('No', 'K', 'Jumlah'))
    """
    norms = [normalise_header(label) if label else "" for label in labels]
    if not {"d", "k"} <= set(norms):
        return labels
    return tuple(_CARD_LETTERS.get(n, label) for n, label in zip(norms, labels, strict=True))


@lru_cache(maxsize=256)  # a sheet per month repeats one header
def _one_row_parts(labels: tuple[str, ...]) -> tuple[str, ...]:
    """A one-row header's labels as read, where a label for what was paid repeats ("Tanggal |
    Bayar | Tanggal | Bayar", "Angsuran | Angsuran"): each is a part, read as a two-row
    header's "Pembayaran I / II" over "Tanggal | Jumlah" is ("Bayar 1", "Bayar 2"), and the
    date column just before each is that part's date. The header's first date column stays the
    invoice's; a Sisa repeated after each part is what is left after the last ("" for the
    others). The labels themselves when no such label repeats, or when other labels than
    dates and Sisa repeat too (tables side by side repeat their amounts and names).

    >>> _one_row_parts(("Tanggal", "Jumlah", "Tanggal", "Bayar", "Tanggal", "Bayar"))
    ('Tanggal', 'Jumlah', 'Tanggal Bayar', 'Bayar 1', '', 'Bayar 2')
    >>> _one_row_parts(("Tanggal", "Jumlah", "Tgl", "Bayar", "Sisa", "Tgl", "Bayar", "Sisa"))
    ('Tanggal', 'Jumlah', 'Tanggal Bayar', 'Bayar 1', '', '', 'Bayar 2', 'Sisa')
    """
    norms = [expand_abbreviations(normalise_header(label)) if label else "" for label in labels]
    counts = Counter(filter(None, norms))
    if all(count == 1 for count in counts.values()):
        return labels  # nothing repeats: the usual header
    guesses = [guess_field(label) if label else None for label in labels]
    dated = [g is not None and g.field in _PART_DATES for g in guesses]
    repeated = {
        norm for norm, date in zip(norms, dated, strict=True) if counts[norm] > 1 and not date
    }
    paid = {
        norm
        for norm, g in zip(norms, guesses, strict=True)
        if norm in repeated
        and (norm in _PART_WORDS or (g is not None and g.field == "paid" and g.method == "exact"))
        and not PAYMENT_PART.match(norm)  # "Tunai", "DP": parts by their own names
        and norm not in _CREDIT_WORDS  # a card's "Kredit"
    }
    # A Sisa after each part ("Tanggal | Bayar | Sisa" again and again): the last is what is
    # left after them all, the others are what was left on the way.
    left = {
        norm
        for norm, g in zip(norms, guesses, strict=True)
        if norm in repeated and g is not None and g.field == "balance" and g.method == "exact"
    }
    if len(paid) != 1 or len(left) > 1 or repeated != paid | left:
        return labels
    first_date = dated.index(True) if True in dated else None
    last_left = max((j for j, norm in enumerate(norms) if norm in left), default=-1)
    read = list(labels)
    n = 0
    for j, norm in enumerate(norms):
        if norm in paid:
            n += 1
            read[j] = _part_label(n, "amount")
            if j > 0 and dated[j - 1] and j - 1 != first_date:
                read[j - 1] = _part_label(n, "date")
        elif norm in left and j != last_left:
            read[j] = ""
    return tuple(read)


# A group label with a number, arabic or roman: "Pembayaran II", "Bayar 3", "Cicilan ke 2".
_NUMBERED_GROUP: Final = re.compile(r"^\D*?\s(?:ke\s?)?(?P<n>\d+|i|ii|iii|iv|v|vi|vii|viii|ix|x)$")
_ROMAN: Final = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
# A sub-label that is a part's number alone, or with a word for paying: "Ke-1", "2", "III",
# "Cicilan 1", "Bayar ke 2" (not "Tgl 1": a date's).
_NUMBERED_SUB: Final = re.compile(
    r"^(?:(?:bayar|pembayaran|cicilan|angsuran|payment|ke)\s?)*"
    r"(?P<n>\d+|i|ii|iii|iv|v|vi|vii|viii|ix|x)$"
)


def _kind_of(label: str) -> str:
    """What a two-row header's group (or sub-label) counts: "invoice", "payment", "return"
    or "" for none. A return by its name before the invoice a word of it names ("Nota Retur",
    "Retur Penjualan"), unless a word for paying stands beside "retur" (no synonym says
    which).

    >>> [_kind_of(g) for g in ("Retur", "Nota Retur", "Nota Kredit", "Faktur", "Pembayaran")]
    ['return', 'return', 'return', 'invoice', 'payment']
    >>> _kind_of("Retur & Pembayaran"), _kind_of("Potongan")
    ('payment', '')
    """
    norm = normalise_header(label)
    words = set(norm.split())
    guess = guess_field(label)
    if (guess is not None and guess.field == "returned" and guess.method == "exact") or (
        words & _GROUP_RETURN and not words & _GROUP_PAYMENT
    ):
        return "return"
    return "invoice" if words & _GROUP_INVOICE else "payment" if words & _GROUP_PAYMENT else ""


def _what_of(label: str) -> str:
    norm = normalise_header(label)
    if norm in _SUB_NUMBER:
        return "number"
    if norm in _SUB_DATE:
        return "date"
    return "amount" if norm in _SUB_AMOUNT else ""


@lru_cache(maxsize=256)
def _map(
    labels: tuple[str, ...],
    overrides: tuple[tuple[str, str | None], ...] | None,
    whole: int | None = None,
) -> tuple[dict[Field, ColumnChoice], tuple[int, ...], bool]:
    """The columns of one header: bucket columns left out, debit and credit columns taken as
    amount and paid when named so; ``whole``: a column named for paying that is the row's
    whole to pay (``total_to_pay``). Once per distinct header (a sheet per month repeats one)."""
    buckets = bucket_columns(labels)
    usable = [label if i not in buckets else "" for i, label in enumerate(labels)]
    wanted = dict(overrides) if overrides else {}
    entries = _entry_columns(usable)
    explicit = False
    named: set[str] = set()
    parts = sale_parts(usable)
    credit_sales = cash_sale_columns(usable)
    if parts is not None and not {"amount", "paid"} & wanted.keys():
        # A customer's purchase in parts: the part on the tab is the amount owed; the parts
        # paid at the sale and the Total are no payment of it, nor its amount.
        wanted = {"amount": usable[parts.credit], **wanted}
        named = {"amount"}
        unread = parts.beside
        usable = [label if i not in unread else "" for i, label in enumerate(usable)]
    elif credit_sales is not None and "amount" not in wanted:
        wanted = {"amount": usable[credit_sales[0]], **wanted}
        named = {"amount"}
        if "paid" not in wanted and not any(
            normalise_header(label) in _PAID_WORDS for label in usable if label
        ):
            # Cash is what was sold for cash, never what was paid of a credit sale.
            usable = [label if i != credit_sales[1] else "" for i, label in enumerate(usable)]
    elif entries is not None and "amount" not in wanted and "paid" not in wanted:
        debit, credit, explicit = entries
        wanted = {"amount": usable[debit], "paid": usable[credit], **wanted}
        named = {"amount", "paid"}
    columns = map_columns(usable, wanted or None, whole)
    for name in named & columns.keys():  # found by their names, not chosen by the owner
        columns[name] = replace(columns[name], method="exact")  # type: ignore[index]
    if len(buckets) >= 2 and "amount" in columns and "balance" not in columns | wanted:
        # An aging export's receivable beside the invoice's total ("Total Faktur | Piutang |
        # Belum JT | 1-30 | …"): what is left of it, its buckets' sum.
        taken = {c.index for c in columns.values()}
        left = [
            i
            for i, label in enumerate(usable)
            if label and i not in taken and normalise_header(label) in LEFT_WORDS
        ]
        if len(left) == 1:
            columns["balance"] = ColumnChoice("balance", left[0], usable[left[0]], 90, "exact")
    return columns, buckets, explicit


def read_header(
    labels: Sequence[object],
    overrides: Mapping[str, str | None] | None = None,
    whole: int | None = None,
) -> tuple[dict[Field, ColumnChoice], tuple[int, ...], bool]:
    texts = tuple(cell_text(c) if c is not None else "" for c in labels)
    chosen = tuple(overrides.items()) if overrides else None
    columns, buckets, explicit = _map(texts, chosen, whole)
    return dict(columns), buckets, explicit  # a copy: the cache keeps its own


# A paid column's name that a receipt or a bill also gives its total to pay by ("Total Bayar":
# the total to pay, or what was paid in all).
_TO_PAY: Final = frozenset({"total bayar", "jumlah bayar", "total pembayaran", "jumlah pembayaran"})


def total_to_pay(
    columns: Mapping[Field, ColumnChoice], labels: Sequence[str], rows: Sequence[Sequence[object]]
) -> int | None:
    """The paid column, named a total of paying (``_TO_PAY``), that is each row's whole to
    pay and no money received: on every row with figures it is the amount and one other
    column's figure added up ("Total | Biaya Admin | Total Bayar": the fee, a tax, freight),
    that figure above zero on most of them. Read as paid, every customer would have paid
    more than owed by exactly that charge, a credit balance made up; a row paid less than its
    amount, or not at all, or more by any other figure, says it is a payment. Not the change
    a cashier gave (``change_given``), nor a column of an owner's choice.

    >>> labels = ["Pelanggan", "Total", "Biaya Admin", "Total Bayar"]
    >>> columns = read_header(labels)[0]
    >>> total_to_pay(columns, labels, [["Budi", 500, 5, 505], ["Sari", 300, 5, 305]])
    3
    >>> total_to_pay(columns, labels, [["Budi", 500, 5, 505], ["Sari", 300, 5, 0]]) is None
    True
    >>> total_to_pay(columns, labels, [["Budi", 500, 0, 500], ["Sari", 300, 5, 305]]) is None
    True
    """
    paid, amount = columns.get("paid"), columns.get("amount")
    if (
        paid is None
        or amount is None
        or paid.method == "user"
        or amount.method == "user"
        or expand_abbreviations(normalise_header(labels[paid.index])) not in _TO_PAY
    ):
        return None
    taken = {c.index for c in columns.values()}
    charges = (
        j
        for j, label in enumerate(labels)
        if label and j not in taken and normalise_header(label) not in _CHANGE_WORDS
    )
    if any(_adds_up(rows, (amount.index, j), paid.index) for j in charges):
        return paid.index
    return None


def _adds_up(rows: Sequence[Sequence[object]], parts: tuple[int, int], whole: int) -> bool:
    """Whether on every row with figures (not a TOTAL line) the column ``whole`` is the sum
    of the two ``parts``, the second above zero on most of them (a charge added)."""
    first, second = parts
    summed = charged = 0
    for row in rows:
        if any(type(cell) is str and is_total_label(cell) for cell in row):
            continue
        a, c, w = (_figure(row[i]) if i < len(row) else None for i in (first, second, whole))
        if a is None and w is None:
            continue
        if a is None or w is None or w != a + (c or 0):
            return False
        summed += 1
        charged += (c or 0) > 0
    return 2 * charged > summed


def _names_a_table(
    columns: Mapping[Field, ColumnChoice],
    entries: bool,
    labels: Sequence[str] = (),
    buckets: Sequence[int] = (),
    below: Sequence[Sequence[object]] = (),
) -> bool:
    """Whether the fields a header names make a table of debts; ``below``: the rows under
    it, for a card that says what it is by its figures alone (``_signed_running``)."""
    has = columns.keys()
    if {"customer", "terms"} <= has:
        return True  # a customer sheet of names and their terms ("Kode | Nama Pelanggan | Tempo")
    if not ({"amount", "paid", "returned", "balance", "phone", "email", "address"} & has):
        # An aging export of buckets alone, each row's balance their sum (``bucket_sums``).
        return len(buckets) >= 2 and bool({"customer", "invoice_no"} & has)
    if "customer" in has or "invoice_no" in has:
        return True
    # A customer card names neither: a date and debit / credit columns, or one amount column
    # and a column that says which ("D/K", "Jenis", "+/-"), or one signed amount column its Saldo
    # runs with.
    taken = {c.index for c in columns.values()}
    kinds = any(i not in taken and signs_column(label) for i, label in enumerate(labels) if label)
    if "due_date" in has and {"amount", "paid"} <= has:
        # An instalment card: each row an instalment owed by its due date and what was paid on
        # it ("Jatuh Tempo", "Jumlah Angsuran", "Bayar"), its member named above the table.
        return True
    # Or a customer's purchases in parts, on the tab and paid at the sale (``sale_parts``).
    parts = "amount" in has and sale_parts(labels) is not None
    return (
        entries
        or ("invoice_date" in has and "amount" in has and ("paid" in has or kinds or parts))
        or _signed_running(columns, below)
        or _sides_running(columns, labels, below)
    )


def _signed_running(
    columns: Mapping[Field, ColumnChoice], below: Sequence[Sequence[object]]
) -> bool:
    """Whether a dated table's one amount column is what its balance column runs with row by
    row: a customer's card kept with one signed column, each payment less than nothing
    ("Tanggal | Keterangan | Jumlah | Saldo": 1.500.000 then -1.000.000 beside a Saldo of
    1.500.000 then 500.000), or of sales alone so far (270.000 then 55.000 beside 270.000 then
    325.000). Its customer is the sheet's name or a title line's. A list of sales beside each
    one's own Sisa does not run, and a Saldo that does not run is no card's. A Saldo by its
    name is told from the second row (``running_balance``'s ``least``): a new customer's card
    of two lines is read; one line tells nothing (its Saldo is its Jumlah either way).

    >>> cols = read_header(("Tanggal", "Keterangan", "Jumlah", "Saldo"))[0]
    >>> card = [["2/9", "Kain", 1_500_000, 1_500_000], ["20/9", "Bayar", -1_000_000, 500_000],
    ...         ["5/10", "Benang", 650_000, 1_150_000]]
    >>> sales = [[d, note, abs(amount), abs(amount)] for d, note, amount, _ in card]
    >>> _signed_running(cols, card), _signed_running(cols, sales)
    (True, False)
    >>> _signed_running(cols, card[:2]), _signed_running(cols, card[:1])
    (True, False)
    >>> _signed_running(cols, [["4/11", "Kain", 270_000, 270_000], ["11/11", "Benang", 55_000,
    ...                                                              325_000]])
    True
    """
    if not {"invoice_date", "amount", "balance"} <= columns.keys():
        return False
    a, b = columns["amount"].index, columns["balance"].index
    amounts = [row[a] if a < len(row) else None for row in below]
    balances = [row[b] if b < len(row) else None for row in below]
    return running_balance(balances, amounts, [None] * len(amounts), (), least=1) == "whole"


def _sides_running(
    columns: Mapping[Field, ColumnChoice],
    labels: Sequence[str],
    below: Sequence[Sequence[object]],
) -> bool:
    """Whether a dated table's balance column runs with two columns of money no name of ours
    takes, the one raising it and the other lowering it: a customer's card kept in the words
    of goods and money ("Tanggal | Keterangan | Keluar | Masuk | Saldo", "Naik | Turun"),
    its customer the sheet's name or a title line's. Which is which is the reader's
    (``ingest._with_unnamed_sides``); the first rows tell (a card is read whole after).

    >>> cols = read_header(("Tanggal", "Keterangan", "Keluar", "Masuk", "Saldo"))[0]
    >>> card = [["15/9", "ambil", 600_000, None, 600_000], ["1/10", "setor", None, 400_000,
    ...                                                    200_000]]
    >>> _sides_running(cols, ("Tanggal", "Keterangan", "Keluar", "Masuk", "Saldo"), card)
    True
    >>> own = [["15/9", "ambil", 600_000, None, 600_000], ["1/10", "ambil", 400_000, None,
    ...                                                   400_000]]
    >>> _sides_running(cols, ("Tanggal", "Keterangan", "Keluar", "Masuk", "Saldo"), own)
    False
    """
    if not {"invoice_date", "balance"} <= columns.keys() or {"amount", "paid"} & columns.keys():
        return False
    rows = below[:_SIDES_LOOKED]
    width = max(map(len, rows), default=0)
    body = [[row[j] if j < len(row) else None for row in rows] for j in range(width)]
    b = columns["balance"].index
    taken = {c.index for c in columns.values()}
    sides = money_columns(body, taken, labels, least=1)
    if b >= width or len(sides) < 2:
        return False
    return any(
        running_balance(body[b], body[d], body[c], (), least=1) == "whole"
        for d in sides
        for c in sides
        if c != d
    )


_SIDES_LOOKED: Final = 60  # the rows a card's sides are told by


def _score(columns: Mapping[Field, ColumnChoice], labels: Sequence[str] = ()) -> int:
    """How sure a header's reading is: its fields' confidence added up, each numbered part of
    what was paid a column as sure as a field ("Bayar 1 | Bayar 2 | Bayar 3"). So a two-row
    header's "Pembayaran" over "Ke-1 | Ke-2 | Ke-3" reads three parts where its top row alone
    reads one paid column ("Pembayaran"), and the row under it as a row without an amount."""
    parts = payment_parts(labels)
    named = sum(
        c.confidence for name, c in columns.items() if name != "row_no" and c.index not in parts
    )
    return named + 100 * len(parts)


def detect_header(
    rows: Sequence[Sequence[object]],
    overrides: Mapping[str, str | None] | None = None,
) -> Header | None:
    """Find the header among the first rows by label matching and row shape.

    Each candidate row (two or more text cells), and each pair of rows read as one header with
    group cells over sub-labels, is scored by the confidence of the fields its cells name; the
    best that names a table wins, the earliest on a tie.
    """
    best: tuple[int, Header] | None = None
    scan = rows[:HEADER_SCAN_ROWS]
    for index, row in enumerate(scan):
        texts = sum(1 for cell in row if is_text(cell))
        if texts < 1 or _values(row) > 1:
            continue  # a header's cells are words: a line of figures and dates is data
        if texts >= 2:
            labels = tuple(cell_text(c) if c is not None else "" for c in row)
            # Labels read as written are equal to them, not always them: the cache hands a
            # later sheet of one header the first sheet's tuple (a distributor's second card
            # "Tgl | Uraian | No. Bukti | D | K | S" was never read as Debet, Kredit, Saldo).
            read_as = _one_row_parts(labels)
            if read_as == labels and _titled_card(scan[:index]):
                read_as = _card_letters(labels)
            if read_as != labels and _chose_one_of(overrides, labels, read_as):
                read_as = labels  # the owner's choice of a column read otherwise stands
            columns, buckets, entries = read_header(read_as, overrides)
            whole = total_to_pay(columns, read_as, rows[index + 1 :])
            if whole is not None:  # "Total Bayar" that is Total + Biaya Admin: what is owed
                columns, buckets, entries = read_header(read_as, overrides, whole)
            if read_as != labels:  # each column named as the book names it
                columns = {
                    name: replace(choice, header=labels[choice.index])
                    for name, choice in columns.items()
                }
            found = Header(
                index, index, columns, labels, buckets, entries,
                read_as=() if read_as == labels else read_as,
            )  # fmt: skip
            # An app's "Contact" of names is its customer (Odoo's "Number | Contact |
            # Invoice Date | Total"): the table it names has one.
            found = from_cells(rows, found, overrides)
            if _names_a_table(found.columns, entries, labels, buckets, rows[index + 1 :]):
                score = _score(found.columns, read_as)
                if best is None or score > best[0]:
                    best = (score, found)
        # A header over two rows has group cells above (two or more: a title line is no group).
        under = rows[index + 1] if index + 1 < len(rows) else ()
        below = _part_numbers(row, under)  # its figures are labels where it numbers parts
        if (
            texts >= 2
            and sum(map(is_text, below)) >= 2
            and (below is not under or _values(below) <= 1)
        ):
            pairs = _two_row_labels(row, below)
            if not any(group and sub for group, sub in pairs):
                continue
            shown = tuple(f"{g} / {s}" if g and s and g != s else g or s for g, s in pairs)
            # A column the owner chose is named as the report shows it ("Pembayaran / Jumlah"):
            # that column answers to its shown label, the others to the label read from both.
            chosen = {normalise_header(text) for text in (overrides or {}).values() if text}
            mapped = tuple(
                label if normalise_header(label) in chosen else _pair_label(group, sub)
                for label, (group, sub) in zip(shown, pairs, strict=True)
            )
            columns, buckets, entries = read_header(mapped, overrides)
            if not _names_a_table(columns, entries):
                continue
            columns = {
                name: replace(choice, header=shown[choice.index])
                for name, choice in columns.items()
            }
            score = _score(columns, mapped)
            alone = _score(read_header(tuple(cell_text(c) for c in below), overrides)[0])
            if score > alone and (best is None or score > best[0]):
                best = (
                    score,
                    Header(index, index + 1, columns, shown, buckets, entries, read_as=mapped),
                )
    return None if best is None else best[1]


def unnamed_first_column(
    rows: Sequence[Sequence[object]], overrides: Mapping[str, str | None] | None = None
) -> int | None:
    """The header row of a table whose first column has no heading while the others name a
    date and an amount, and none a customer or an invoice number (an aged receivable export
    listing each customer's name over their invoice numbers in that column): no table Tagih
    can read, and the refusal says which column wants a heading. ``None`` when there is none.

    >>> unnamed_first_column([["Aged Receivable"], [None, "Invoice Date", "Due Date", "Total"]])
    1
    >>> unnamed_first_column([[None, "Tanggal", "Pelanggan", "Jumlah"]]) is None
    True
    """
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        if not row or (row[0] is not None and cell_text(row[0])) or _values(row) > 1:
            continue
        has = read_header(tuple(cell_text(c) if c is not None else "" for c in row), overrides)[0]
        if (
            {"amount", "balance"} & has.keys()
            and {"invoice_date", "due_date"} & has.keys()
            and not {"customer", "invoice_no"} & has.keys()
        ):
            return index
    return None


# The day a title says its figures stand on: "Per 31 Oktober 2026", "As of: 31/10/2026",
# "Posisi 31/10/2026", "s/d 31/10/2026".
_AS_OF_DAY: Final = (
    r"\b(?:per(?:\s+tanggal)?|as\s+(?:of|at)|posisi(?:\s+tanggal)?|s\s*/\s*d|s\.d\.?|"
    r"sampai(?:\s+dengan)?|hingga)\s*:?\s+"
    r"(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4})"
)
_AS_OF: Final = re.compile(_AS_OF_DAY, re.IGNORECASE)
# A title saying the table lists what is still owed as of a day: "DAFTAR PIUTANG BELUM LUNAS
# per 22 November 2026", "Tagihan belum dibayar s/d 31/10/2026", "Outstanding invoices as of
# 31 Oct 2026", "Unpaid invoices as at 30/11/2026".
_OPEN_AS_OF: Final = re.compile(
    r"\b(?:belum\s+(?:lunas|(?:di|ter)?bayar)|outstanding|unpaid|open\s+invoices?)\b.*?"
    + _AS_OF_DAY,
    re.IGNORECASE,
)


def _day_said(titles: Iterable[str], pattern: re.Pattern[str]) -> date | None:
    """The day the first title ``pattern`` finds one in names, if it reads as a date."""
    for title in titles:
        found = pattern.search(title)
        if found is None:
            continue
        try:
            day = parse_date_text(re.sub(r"(?<=[a-zA-Z])\.", "", found.group(1)))
        except DateError:
            continue
        if day is not None:
            return day
    return None


def open_list_day(titles: Iterable[str]) -> date | None:
    """The day a table's title says it lists what was still owed on ("DAFTAR PIUTANG BELUM
    LUNAS per 22 November 2026"): a list of open invoices, whose next one, of a later day,
    leaves out what was paid in between (``ledger.left_off``). ``None`` for a title that says
    no such thing ("Piutang November 2026", "Saldo per 31/10/2026").

    >>> open_list_day(["CV BOGA", "DAFTAR PIUTANG BELUM LUNAS per 22 November 2026"])
    datetime.date(2026, 11, 22)
    >>> open_list_day(["Outstanding invoices as of 31/10/2026"])
    datetime.date(2026, 10, 31)
    >>> open_list_day(["Piutang November 2026"]), open_list_day(["Saldo per 31/10/2026"])
    (None, None)
    """
    return _day_said(titles, _OPEN_AS_OF)


def as_of_day(titles: Iterable[str]) -> date | None:
    """The day a report's title says its figures stand on ("UMUR PIUTANG" over "Per 31
    Oktober 2026", "As of: 31/10/2026"): the day its days late are counted to.

    >>> as_of_day(["UD SUMBER AIR", "UMUR PIUTANG", "Per 31 Oktober 2026"])
    datetime.date(2026, 10, 31)
    >>> as_of_day(["Aged Receivables", "As of: 31/10/2026"]), as_of_day(["Piutang 2026"])
    (datetime.date(2026, 10, 31), None)
    """
    return _day_said(titles, _AS_OF)


# A column of how many days each invoice is past its due date on the report's day: "Terlambat
# (hari)", "Hari Terlambat", "Keterlambatan", "Lewat JT", "Days Overdue", "Days Past Due". Not
# an age ("Umur", "Aging"): that may be counted from the invoice's date.
_DAYS_LATE: Final = re.compile(
    r"^(?:(?:jml|jumlah|lama)\s+)?(?:hari\s+)?"
    r"(?:terlambat|keterlambatan|telat|lewat(?:\s+(?:jatuh\s+tempo|jt|tempo))?)"
    r"(?:\s+(?:hari|hr))?$|^(?:days?\s+(?:overdue|late|past\s+due)|(?:overdue|past\s+due)\s+days?)$"
)


def days_late_column(labels: Sequence[str], taken: Collection[int]) -> int | None:
    """The one column of a header, none of ``taken``, named for the days each row is past its
    due date (``_DAYS_LATE``); ``None`` where there is none or more than one.

    >>> days_late_column(["Pelanggan", "Tgl Faktur", "Terlambat (hari)", "Sisa"], {0, 1, 3})
    2
    >>> days_late_column(["Pelanggan", "Umur (hari)", "Sisa"], {0, 2}) is None
    True
    """
    found = [
        i
        for i, label in enumerate(labels)
        if label and i not in taken and _DAYS_LATE.match(normalise_header(label))
    ]
    return found[0] if len(found) == 1 else None


def unnamed_amount(
    rows: Sequence[Sequence[object]], overrides: Mapping[str, str | None] | None = None
) -> tuple[str, ...] | None:
    """The columns of money (``money_columns``) under a header that names the customer and
    nothing else of money ("Customer Name | Omset Kotor | Omset Bersih": no name Tagih knows
    for the amount), where no table could be read: the sheet is left aside naming them, as a
    contact list holding money is (``sheet.unread_amounts``), not as one without a header of a
    customer and an amount. ``None`` for any other sheet.

    >>> unnamed_amount([["Pelanggan", "Omset Kotor", "Omset Bersih"], ["Toko A", 15000, 14500],
    ...                 ["Toko B", 8000, 8000]])
    ('Omset Kotor', 'Omset Bersih')
    >>> unnamed_amount([["Pelanggan", "Kota"], ["Toko A", "Solo"], ["Toko B", "Klaten"]]) is None
    True
    """
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        if sum(map(is_text, row)) < 2 or _values(row) > 1:
            continue
        labels = tuple(cell_text(c) if c is not None else "" for c in row)
        has = read_header(labels, overrides)[0]
        if "customer" not in has or {"amount", "balance", "paid"} & has.keys():
            continue
        if any((guess := guess_field(label)) and guess.field == "amount" for label in labels):
            # A charge's part the header left unread ("Biaya Jasa | Sparepart", no Total) is
            # refused for its whole as before, never to be renamed the amount.
            continue
        under = rows[index + 1 : index + 1 + _MONEY_LOOK]
        columns = [[r[i] if i < len(r) else None for r in under] for i in range(len(labels))]
        taken = {choice.index for choice in has.values()}
        found = [labels[i] for i in money_columns(columns, taken, labels) if labels[i]]
        if found:
            return tuple(found)
    return None


def month_columns(
    rows: Sequence[Sequence[object]], overrides: Mapping[str, str | None] | None = None
) -> tuple[str, ...] | None:
    """The months laid across a header that names the customer and no amount ("No | Nama |
    Jan | Feb | … | Des", a dues book ticking each month paid), three or more, where no table
    could be read: the sheet is left aside saying so (``sheet.month_columns``), not as one
    without a customer column. ``None`` for any other sheet.

    >>> month_columns([["No", "Nama", "Jan", "Feb", "Mar"], [1, "Pak Slamet", "v", "v", None]])
    ('Jan', 'Feb', 'Mar')
    >>> month_columns([["Nama", "Alamat"], ["Pak Slamet", "Jl. Mawar"]]) is None
    True
    """
    for row in rows[:HEADER_SCAN_ROWS]:
        if sum(map(is_text, row)) < 4:
            continue
        labels = tuple(cell_text(c) if c is not None else "" for c in row)
        months = tuple(label for label in labels if normalise_header(label) in MONTHS)
        if len(months) < 3:
            continue
        has = read_header(labels, overrides)[0]
        if "customer" in has and not {"amount", "balance"} & has.keys():
            return months
    return None


# How many rows under a header ``unnamed_amount`` looks at for money.
_MONEY_LOOK: Final = 200


def _chose_one_of(
    overrides: Mapping[str, str | None] | None, labels: Sequence[str], read_as: Sequence[str]
) -> bool:
    """Whether the owner chose, by its label, a column that is read as another label."""
    chosen = {normalise_header(text) for text in (overrides or {}).values() if text}
    return any(
        normalise_header(label) in chosen
        for label, read in zip(labels, read_as, strict=True)
        if label != read
    )


_FIGURE = re.compile(r"[\d\s.,/:+\-()]*\d[\d\s.,/:+\-()]*")


def _values(row: Sequence[object]) -> int:
    """How many cells of a line are figures or dates (a CSV's too, written as text); an aging
    bucket's label is none ("90+", the "30" of "Current | 30 | 60": ``bucket_columns``)."""
    figures = [
        i
        for i, cell in enumerate(row)
        if cell is not None
        and cell != ""
        and (not isinstance(cell, str) or _FIGURE.fullmatch(cell.strip()) is not None)
    ]
    if not figures or all(not isinstance(row[i], str) for i in figures):
        return len(figures)
    return len(set(figures).difference(bucket_columns(row)))


def entries_by_rows(
    amounts: Sequence[object], paids: Sequence[object], returns: Sequence[object] | None = None
) -> bool:
    """Whether a sale column and a payment column hold debits and credits: rows that fill the
    payment column alone are common (payments), rows that fill both are rare. An invoice list's
    amount is on every row. A Retur column's rows are credits too, but a sale with its return
    beside it on one row is no sign of a list. (Counted a column at a time: no Python step per
    row.)"""
    rows = min(len(amounts), len(paids))
    has_amount = list(map(bool, amounts[:rows]))
    has_paid = list(map(bool, paids[:rows]))
    both = sum(compress(has_paid, has_amount))
    if returns is not None:
        has_paid = list(map(or_, has_paid, map(bool, returns[:rows])))
    paid = sum(has_paid)
    only_paid = paid - sum(compress(has_paid, has_amount))
    filled = sum(has_amount) + only_paid
    return filled > 0 and only_paid >= max(1, filled // 20) and both <= filled // 5


def side_by_side(
    rows: Sequence[Sequence[object]],
    header: Header,
    overrides: Mapping[str, str | None] | None = None,
) -> tuple[int, ...]:
    """The first column of each table when the header row holds tables side by side (three
    customer cards across a sheet, invoices on the left and payments on the right), else ``()``.

    Only a header whose labels repeat, or that a column empty from the header down parts, is
    looked at further (a list of transfers pasted beside the invoices names its own date and
    amount otherwise: "Tgl Transfer | Dari | Untuk Nota | Nominal" right of "Tanggal | No Nota |
    Pelanggan | Jumlah", past a blank column; read as one table, its Nominal was each
    invoice's amount). Tables are parted by a column empty from the header down, or, without
    one, where the header repeats its labels in the same order. Each part must name a table
    on its own (an amount, or debits and credits, and a date or an invoice number) and two
    fields of a part to its left: a header with one label twice (an invoice's "Tanggal" and
    its payment's, "Termin I | Tgl | Termin II | Tgl") is one table, and so is one whose blank
    column parts off a payment's "Tgl Bayar | Dibayar" (no field of the sale's). The header's
    last row is looked at: a title over each table ("DAFTAR FAKTUR", "PEMBAYARAN") may have
    been read as group cells over the labels.
    """
    labels = (
        header.labels
        if header.first == header.row
        else tuple(cell_text(c) if c is not None else "" for c in rows[header.row])
    )
    norms = _normalised(labels)
    below = rows[header.row :]
    runs: list[list[int]] = []  # the labelled columns of each run between empty columns
    for j, norm in enumerate(norms):
        if norm:
            between = range(runs[-1][-1] + 1, j) if runs else ()
            if not runs or any(_empty_column(below, i) for i in between):
                runs.append([])
            runs[-1].append(j)
    if len(runs) < 2 and not _repeated(norms):
        return ()
    starts: list[int] = []
    for run in runs:
        starts += _repeats(run, [norms[j] for j in run])
    if len(starts) < 2:
        return ()
    starts[0] = 0
    seen: set[str] = set()
    for start, stop in zip(starts, [*starts[1:], len(labels)], strict=True):
        columns, _buckets, entries = read_header(labels[start:stop], overrides)
        has = columns.keys()
        usable = (
            _names_a_table(columns, entries, labels[start:stop])
            and (entries or bool({"amount", "paid"} & has))
            and bool({"invoice_date", "invoice_no", "payment_date"} & has)
        )
        fields = set(has) - {"row_no", "status"}
        if not usable or (seen and len(fields & seen) < 2):
            return ()
        seen |= fields
    return tuple(starts)


@lru_cache(maxsize=256)  # a sheet per month or per customer repeats one header
def _normalised(labels: tuple[str, ...]) -> tuple[str, ...]:
    """A header's labels normalised ("" for none)."""
    return tuple(normalise_header(label) if label else "" for label in labels)


def _repeated(norms: Sequence[str]) -> bool:
    """Whether one of a header's normalised labels is written twice."""
    named = [n for n in norms if n]
    return len(set(named)) < len(named)


def _empty_column(rows: Sequence[Sequence[object]], j: int) -> bool:
    """Whether column ``j`` holds nothing in any of ``rows``."""
    return all(
        j >= len(row) or row[j] is None or (type(row[j]) is str and not str(row[j]).strip())
        for row in rows
    )


def _repeats(columns: list[int], norms: list[str]) -> list[int]:
    """The first column of each copy when a run's labels are one set of labels written two or
    more times over (cards side by side without a column between), else the run's first."""
    size = len(norms)
    for width in range(2, size // 2 + 1):
        if size % width == 0 and norms == norms[:width] * (size // width):
            return columns[::width]
    return columns[:1]


# An amount column that is no debt: a contact list's credit limit.
_NOT_OWED: Final = ("limit", "plafon", "plafond", "batas kredit", "batas piutang")
# Digits grouped by thousands, with or without sen: "1.250.000", "1,250,000.00".
_GROUPED: Final = re.compile(r"-?\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*(?:[.,]\d{1,2})?")


def _figure(cell: object) -> Amount | None:
    """A cell's amount, ``None`` where it holds none (a float as the decimal it shows)."""
    if cell is None or isinstance(cell, bool) or cell == "":
        return None
    if isinstance(cell, float):
        return int(cell) if cell.is_integer() else Decimal(repr(cell))
    try:
        return parse_amount(cell)
    except AmountError:
        return None


def running_balance(
    balances: Sequence[object],
    debits: Sequence[object],
    credits: Sequence[object],
    customers: Sequence[object],
    no_data: Callable[[int], bool] = lambda k: False,
    least: int = 2,
) -> Running:
    """Whether a column is the balance so far on each row: the row before's (over the whole
    table), or the customer's row before's (a Saldo kept per customer), plus the row's debit
    less its credit, on four rows in five or more (a slip carried on misses one) and on more
    rows than a Sisa of the row alone (``debit - credit``) would fit; ``no_data``: whether a
    row is no data (a TOTAL line), asked of the rows looked at. The first row, which both fit
    (nothing before it), tells neither; ``least``: how many rows after it must be looked at
    (a column named for the balance, "Sisa" on a card of two rows, is told by its second:
    "Hutang 210.000 | Sisa 210.000", then "Hutang 64.500 | Sisa 274.500" runs; a "Total"
    could run by chance on one).

    >>> running_balance([5000, 12000, 7000], [5000, 7000, None], [None, None, 5000], "ABA")
    'whole'
    >>> running_balance([5000, 0, 7000], [5000, 300, 7000], [None, 300, None], "ABA")
    ''
    >>> running_balance([210000, 274500], [210000, 64500], [None, None], "AA", least=1)
    'whole'
    >>> running_balance([210000, 274500], [210000, 64500], [None, None], "AA")
    ''
    >>> running_balance([210000, 64500], [210000, 64500], [None, None], "AB")
    ''
    """
    whole = mine = own = compared = kept = 0
    before: Amount | None = None
    last: dict[object, Amount] = {}
    for k, cell in enumerate(balances):
        value = _figure(cell)
        if value is None:
            continue
        debit, credit = _figure(debits[k]) or 0, _figure(credits[k]) or 0
        if (not debit and not credit) or no_data(k):
            continue
        move = debit - credit
        if before is not None:
            compared += 1
            own += value == move
            whole += value == before + move
        key = customers[k] if k < len(customers) else None
        if key in last:
            kept += 1
            mine += value == last[key] + move
        before = last[key] = value
        if compared >= 30 and whole * 5 < compared * 4 and kept >= 30 and mine * 5 < kept * 4:
            return ""  # neither so far: a Sisa per row (most tables), no need to look further
    if compared >= least and whole * 5 >= compared * 4 and whole > own:
        return "whole"
    if kept >= 2 and mine * 5 >= kept * 4 and mine > own:
        return "customer"
    return ""


def within_amounts(balances: Sequence[object], amounts: Sequence[object]) -> bool:
    """Whether a balance column is each row's own Sisa beside a column of sales alone: on every
    row giving both figures it is at most the row's amount (a Saldo of sales alone runs above
    them from its second row on).

    >>> within_amounts([1800, 950, 2000], [1800, 950, 5000])
    True
    >>> within_amounts([890, 2020], [890, 1130])
    False
    """
    pairs = [(_figure(b), _figure(a)) for b, a in zip(balances, amounts, strict=False)]
    both = [(b, a) for b, a in pairs if b is not None and a is not None]
    return bool(both) and all(b <= a for b, a in both)


def charge_on_top(
    totals: Sequence[object],
    charges: Sequence[Sequence[object]],
    credits: Sequence[object],
    balances: Sequence[object],
    named: bool = False,
) -> bool:
    """Whether the trade's charges beside a total ("Ongkir", a part of it by its name:
    ``total_parts``) are owed on top of it, by the book's own balance of each row: on most
    rows that carry a charge it is the total and the charges less what was paid ("Hutang" =
    Total + Ongkir - Bayar), and on none the total less what was paid (the charge inside the
    total, as "Harga | Ongkir | Total" keeps it); a row of no balance and no such figure
    ("Lunas" by its status) tells neither. Never where a total's or a charge's cell is no
    figure (the rows' amounts could not be worked out). ``named``: the charges stand beside
    an amount of no total's name ("Subtotal | Ongkir"), on top of it by their names unless
    a row's balance says inside (a row whose cell is no figure told by itself).

    >>> charge_on_top([500, 300, 450], [[20, 0, 30]], [200, 300, 0], [320, 0, 480])
    True
    >>> charge_on_top([520, 300, 480], [[20, 0, 30]], [200, 300, 0], [320, 0, 480])
    False
    >>> charge_on_top([500, 300], [[20, "gratis"]], [200, 300], [320, 0])
    False
    >>> charge_on_top([500, 450], [[20, 30]], [None, 0], [0, 480])  # the first row "Lunas"
    True
    >>> charge_on_top([500, 450], [[20, "gratis"]], [], [], named=True)  # no balance
    True
    >>> charge_on_top([500, 450], [[20, 30]], [200, 0], [300, 480], named=True)
    False
    """
    on_top = inside = charged = 0
    for k, cell in enumerate(totals):
        cells = [column[k] if k < len(column) else None for column in charges]
        if not named and not all(map(_figure_or_blank, (cell, *cells))):
            return False
        total = _figure(cell)
        balance = _figure(balances[k]) if k < len(balances) else None
        charge = sum(_figure(c) or 0 for c in cells)
        if total is None or balance is None or not charge:
            continue
        paid = _figure(credits[k]) if k < len(credits) else None
        left = total - (paid or 0)
        top, within = balance == left + charge, balance == left
        if balance or top or within:  # (a row settled by its status alone tells neither)
            charged += 1
            on_top += top
            inside += within
    return (named or on_top * 2 > charged) and not inside


def _figure_or_blank(cell: object) -> bool:
    """Whether a cell is a figure or holds none (empty, "-"): no text that is no amount."""
    if isinstance(cell, bool):
        return False
    try:
        parse_amount(cell)
    except AmountError:
        return False
    return True


def _money_cell(cell: object) -> bool:
    """Whether a cell is written as money: "Rp1.250.000", "1.250.000", or a whole number of
    at least a thousand rupiah in hundreds (a phone number, a postal code or a count is not)."""
    if cell is None or isinstance(cell, bool) or cell == "":
        return False
    try:
        amount = parse_amount(cell)
    except AmountError:
        return False
    if amount is None:
        return False
    if isinstance(cell, str):
        text = cell.strip().lower()
        if "rp" in text or "idr" in text:
            return True
        if not _GROUPED.fullmatch(text):
            return False
    whole = int(amount)
    return whole == amount and whole % 100 == 0 and (whole >= 1000 or whole <= -1000)


def money_columns(
    columns: Sequence[Sequence[object]],
    taken: Collection[int],
    labels: Sequence[str],
    least: int = 2,
) -> list[int]:
    """The columns, not taken for a field, whose cells are nearly all money ("Anda Berikan":
    Rp1.250.000), at least ``least`` of them: a table read as a contact list that holds them
    has figures left unread. A zero is no cell against it: "Utang Pelanggan" is 0 for a
    customer who owes nothing.

    >>> names, owed, none = ["Bu Sari", "Pak Darto", "Mas Yogi"], [900_000, 650_000, 0], [0, 0, 0]
    >>> money_columns([names, owed, none], {0}, ["Nama", "Utang Pelanggan", "Utang Saya"])
    [1]
    """
    found = []
    for i, cells in enumerate(columns):
        label = normalise_header(labels[i]) if i < len(labels) and labels[i] else ""
        if i in taken or any(word in label for word in _NOT_OWED):
            continue
        filled = [
            c for c in cells
            if c is not None and not (isinstance(c, str) and not c.strip()) and _figure(c) != 0
        ]  # fmt: skip
        money = sum(map(_money_cell, filled))
        if money >= least and money * 10 >= len(filled) * 9:
            found.append(i)
    return found


# A customer sheet's column of the codes the book names its customers by ("Kode", "Kode Plg").
_CODE_LABELS: Final = frozenset({
    "kode", "kode pelanggan", "kode plg", "kd plg", "kd pelanggan", "kode customer",
    "kode cust", "customer code", "customer id", "cust id", "id pelanggan", "id customer",
    "kode konsumen", "kode langganan", "kode toko", "no pelanggan", "nomor pelanggan", "id",
})  # fmt: skip


def code_column(labels: Sequence[str], taken: Collection[int]) -> int | None:
    """The column of a customer sheet, not taken for a field, that holds each customer's code.

    >>> code_column(["Kode", "Nama Pelanggan", "Alamat"], {1, 2})
    0
    """
    for i, label in enumerate(labels):
        if i not in taken and label and normalise_header(label) in _CODE_LABELS:
            return i
    return None


# The customer's own number for the order an invoice bills ("No. PO"), which a payment may
# name instead of the invoice's.
_ORDER_REFS: Final = frozenset({
    "po", "no po", "nomor po", "po no", "po number", "no po customer", "po customer",
    "customer po", "no po pelanggan", "purchase order", "no purchase order", "purchase order no",
    "spk", "no spk", "nomor spk", "no kontrak", "nomor kontrak", "no pesanan", "nomor pesanan",
    "customer ref", "ref pelanggan", "ref customer", "your ref",
})  # fmt: skip


def order_reference_column(labels: Sequence[str], taken: Collection[int]) -> int | None:
    """The column of an invoice list, not taken for a field, that holds the customer's own
    number for each invoice's order ("No. PO", "No. SPK", "No. Kontrak"): a payment naming it
    pays that invoice.

    >>> order_reference_column(["No. Invoice", "No. PO", "Customer", "Nilai"], {0, 2, 3})
    1
    """
    for i, label in enumerate(labels):
        if i not in taken and label and normalise_header(label) in _ORDER_REFS:
            return i
    return None


# An instalment's columns on an invoice's row: "Termin I" (its amount) beside "Jatuh Tempo I".
_ORDINAL: Final = re.compile(r"^(.*?)\s*(?:ke\s*)?(iv|i{1,3}|[1-9])$")
_PART_AMOUNTS: Final = frozenset(
    {"termin", "nilai termin", "jumlah termin", "tagihan termin", "tahap", "nilai tahap"}
)
_PART_DUES: Final = frozenset(
    {*SYNONYMS["due_date"], "jatuh tempo termin", "jt termin", "tgl termin", "tanggal termin"}
)


# A retention held back until the work is handed over (toko bangunan, kontraktor): its amount
# and the day it falls due.
_RETENTION_AMOUNTS: Final = re.compile(r"^(?:nilai |jumlah )?(?:retensi|retention|ditahan)\b")
_RETENTION_DUES: Final = re.compile(
    r"^(?:jt|jatuh tempo|tgl|tanggal|due)\s*(?:retensi|retention)\b|^serah terima$"
)


def retention_columns(labels: Sequence[str]) -> tuple[int, int] | None:
    """The due-date column and the amount column of a retention held back on each invoice's
    row ("JT Retensi", "Retensi 5%"), when the row gives both.

    >>> retention_columns(["Nilai Tagihan", "Retensi 5%", "Jatuh Tempo", "JT Retensi"])
    (3, 1)
    """
    amount = due = None
    for i, label in enumerate(labels):
        norm = normalise_header(label) if label else ""
        if due is None and _RETENTION_DUES.search(norm):
            due = i
        elif amount is None and _RETENTION_AMOUNTS.search(norm):
            amount = i
    return (due, amount) if due is not None and amount is not None else None


def instalment_columns(labels: Sequence[str]) -> tuple[tuple[int, int], ...]:
    """The instalments (termin) an invoice's row gives in columns, in their order: each one's
    due-date column and amount column ("Jatuh Tempo I", "Termin I"; "JT Termin 2", "Nilai
    Termin 2"); none unless two or more are complete.

    >>> instalment_columns(["No", "Total", "Jatuh Tempo I", "Termin I", "Jatuh Tempo II",
    ...                     "Termin II", "Terbayar"])
    ((2, 3), (4, 5))
    """
    dues: dict[int, int] = {}
    amounts: dict[int, int] = {}
    for i, label in enumerate(labels):
        found = _ORDINAL.match(normalise_header(label)) if label else None
        if found is None:
            continue
        base, mark = found.groups()
        n = _ROMAN.index(mark) + 1 if mark in _ROMAN else int(mark)
        if base in _PART_DUES:
            dues.setdefault(n, i)
        elif base in _PART_AMOUNTS:
            amounts.setdefault(n, i)
    both = sorted(dues.keys() & amounts.keys())
    return tuple((dues[n], amounts[n]) for n in both) if len(both) >= 2 else ()


# Columns of words that are not a customer's name: notes (``NOTE_WORDS``), what was sold,
# places, people who are not the customer.
_NOT_NAMES: Final = NOTE_WORDS | frozenset({
    "barang", "nama barang", "item", "items", "produk", "nama produk", "jenis",
    "jenis barang", "merk", "tipe", "type", "kategori", "alamat", "kota", "proyek",
    "nama proyek", "sales", "salesman", "nama sales", "kasir", "admin", "petugas",
    "satuan", "unit", "warna", "ukuran", "size", "status", "metode", "via", "bank",
    "pekerjaan", "jasa", "layanan", "lokasi", "rute", "wilayah", "area", "gudang", "supir",
    "sopir", "driver", "kurir", "ekspedisi", "model", "seri", "no seri", "plat", "no polisi",
})  # fmt: skip


def names_column(
    columns: Sequence[Sequence[object]], header: Header, records: int
) -> tuple[str, str] | None:
    """A column no field was taken from whose cells are names, beside nearly every record
    ("Pemesan": SMA N 3, PT Sinar Logistik): in a table the sheet's name gives one customer,
    it may hold several. Its label and its first few names; ``None`` when there is none."""
    taken = {c.index for c in header.columns.values()}
    for i, label in enumerate(header.labels):
        if i in taken or i >= len(columns) or not label:
            continue
        if normalise_header(label) in _NOT_NAMES or is_bucket_label(label):
            continue
        texts = [c.strip() for c in columns[i] if type(c) is str and c.strip()]
        if len(texts) < max(2, records * 9 // 10):
            continue
        distinct = list(dict.fromkeys(texts))
        sample = distinct[:50]
        if len(distinct) < 2 or sum(map(_name_like, sample)) * 10 < len(sample) * 9:
            continue  # one name is the sheet's; numbers, dates and codes are no names
        return label, ", ".join(distinct[:3])
    return None


_LETTERS: Final = re.compile(r"[^\W\d_]{2,}")


def _name_like(text: str) -> bool:
    """Whether a text reads as a name: letters in it ("SMA N 3", "Toko 99"), digits not most
    of it (a code, a number, a date written as text)."""
    digits = sum(ch.isdigit() for ch in text)
    return bool(_LETTERS.search(text)) and digits * 5 < len(text) * 2


def extra_fields(rows: Sequence[Sequence[object]], header: Header) -> list[int]:
    """The rows under a CSV's header with a value beyond the header's last field: a row split
    into more fields than its header has ("1250000,00" unquoted in a ',' file: 1250000 | 00),
    whose figures would be read one column off. Each is told, never read (``core.ingest``)."""
    width = max(len(row) for row in rows[header.first : header.row + 1])
    return [
        k
        for k, row in enumerate(rows[header.row + 1 :], start=header.row + 1)
        if len(row) > width
        and any(cell not in ("", None) for cell in row[width:])
        and _split_figure(row)
    ]


# A figure's pieces after a split: its sen ("00") or a group of thousands ("250", "000").
_FRAGMENT: Final = re.compile(r"\d{1,3}")
_WHOLE: Final = re.compile(r"-?\d+")


def _split_figure(row: Sequence[object]) -> bool:
    """Whether a row holds a figure cut in pieces (1250000 | 00, 1 | 250 | 000): a number
    followed by a piece of one to three digits. A note typed past the header's last field
    ("diantar sopir") cuts nothing: the row is read, the note left aside.

    >>> _split_figure(["F-1", "1250000", "00", "0"]), _split_figure(["Y-2", "600000", "diantar"])
    (True, False)
    """
    texts = [cell_text(cell).strip() if cell is not None else "" for cell in row]
    return any(
        _FRAGMENT.fullmatch(piece) is not None and _WHOLE.fullmatch(before) is not None
        for before, piece in pairwise(texts)
    )


# A general journal's column naming each line's account (the chart of accounts: Piutang Usaha,
# Penjualan, Kas), and the names of the receivable account: only its lines are a customer's.
_ACCOUNT_LABELS: Final = frozenset({
    "akun", "nama akun", "account", "account name", "nama perkiraan", "perkiraan", "coa",
    "nama coa", "akun perkiraan", "ledger account", "gl account",
})  # fmt: skip
_RECEIVABLE_ACCOUNT: Final = re.compile(
    r"(?:piutang(?: usaha| dagang| pelanggan)?|accounts? receivables?|trade receivables?|ar)"
)
_LEDGER_ACCOUNT: Final = re.compile(
    r"(?:kas|kas kecil|kas besar|bank \w+|bank|penjualan|penjualan kredit|pendapatan|persediaan|"
    r"ppn keluaran|ppn|hpp|harga pokok penjualan|retur penjualan|potongan penjualan|modal|"
    r"beban \w+|biaya \w+|utang usaha|hutang usaha|cash|sales|revenue|inventory|sales returns?)"
    r"\b"  # and what the shop adds to the name: "Kas Bengkel", "Pendapatan Jasa Servis"
)
# Who the line is with, in a journal whose account column is no customer (Jurnal.id, Kledo).
_CONTACT_LABELS: Final = frozenset({"kontak", "contact", "nama kontak", "contact name"})


def from_cells(
    rows: Sequence[Sequence[object]],
    header: Header,
    chosen: Mapping[str, str | None] | None = None,
) -> Header:
    """The header with the columns its cells show to be other than their names say: a "No"
    of invoice numbers (``numbered_rows``), a "Contact" of names (``contact_customer``), a
    "Hari" of dates (``day_dates``)."""
    named = contact_customer(rows, numbered_rows(rows, header, chosen), chosen)
    return day_dates(rows, named, chosen)


# A cell naming a document: a letter and a digit in it ("Sales Invoice #10245", "K-0612").
_CODE: Final = re.compile(r"[^\W\d_].*\d|\d.*[^\W\d_]", re.DOTALL)
_DIGIT: Final = re.compile(r"\d")


def numbered_rows(
    rows: Sequence[Sequence[object]],
    header: Header,
    chosen: Mapping[str, str | None] | None = None,
) -> Header:
    """A header whose "No" / "Nomor" column, taken for a row counter, holds no count: each
    row's invoice number, where no other column is. Jurnal.id heads its invoices' numbers
    "Nomor" ("Sales Invoice #10245"); an owner writes "No" over "K-0612". Its cells counting
    no rows are texts of a letter and a digit (nine in ten of those with a digit: a customer's
    name or a "Total" on a grouped report's line says nothing), or whole figures none twice,
    the least of them more than ten times as many as they are (10185 … 10245 on six rows; a
    counter whose paid rows were deleted, 23, 27, 31, starts below that). A count 1, 2, 3 …,
    a count run on from an earlier page, or one where the owner chose either column, stays a
    counter (``ingest._nota_numbers`` reads numbers from 1 that quote an earlier sheet's).

    >>> labels = ("Tanggal", "Nomor", "Pelanggan", "Total")
    >>> h = Header(0, 0, map_columns(labels), labels)
    >>> rows = [labels, ["1/9", "Sales Invoice #10185", "Budi", 5], ["2/9", "K-0612", "Sari", 6]]
    >>> sorted(numbered_rows(rows, h).columns)
    ['amount', 'customer', 'invoice_date', 'invoice_no']
    >>> def read(a, b):
    ...     return sorted(numbered_rows([labels, ["9", a, "A", 5], ["9", b, "B", 6]], h).columns)
    >>> read(10245, 10190) == read("Sales Invoice #10185", "K-0612"), "row_no" in read(1, 2)
    (True, True)
    """
    counter = header.columns.get("row_no")
    if counter is None or (chosen and {"row_no", "invoice_no"} & chosen.keys()):
        return header
    body = rows[header.row + 1 :]
    named = header.columns.get("invoice_no")
    if named is not None and not _typed(_cells(body, named.index)):
        return header
    written = _cells(body, counter.index)
    filled = len(written) - written.count(None) - written.count("")
    # Its first two hundred distinct cells say what it holds; the rest are only counted.
    head = dict.fromkeys(written[:2000])
    head.pop(None, None)
    head.pop("", None)
    seen = list(islice(head, 200))
    # A program's number written as text ("10501") is that figure.
    figures = [n for c in seen if (n := _whole_of(c)) is not None]
    texts = (c.strip() for c in seen if type(c) is str)
    numbered = [t for t in texts if _DIGIT.search(t) and not is_total_label(t)]
    codes = sum(1 for t in numbered if _CODE.search(t) and not _full_date(t))
    if not (
        (codes and codes * 10 >= (len(numbered) + len(figures)) * 9)
        or (
            1 < len(figures) == len(seen)
            and min(figures) > 10 * filled
            and len(whole := [n for c in dict.fromkeys(written) if (n := _whole_of(c)) is not None])
            == filled
            and min(whole) > 10 * filled  # whole figures, none twice
        )
    ):
        return header
    columns: dict[Field, ColumnChoice] = {n: c for n, c in header.columns.items() if n != "row_no"}
    columns["invoice_no"] = replace(counter, field="invoice_no")
    return replace(header, columns=columns)


def _cells(body: Sequence[Sequence[object]], at: int) -> list[object]:
    """Column ``at`` of the rows ``body``, ``None`` on a short line."""
    try:
        return [row[at] for row in body]
    except IndexError:  # a short line
        return [row[at] if at < len(row) else None for row in body]


def _typed(cells: Sequence[object]) -> bool:
    """Whether a column taken for the invoice number holds each row's type instead: a few
    distinct words, at least one of them repeated, no digit in any, most of them words of a
    row's kind (``_kind``: "Sales Invoice", "Receive Payment"; a return's or an opening's:
    "Balance Forward"). Jurnal.id's statement heads it "Transaction" beside its "Number".

    >>> _typed(["Sales Invoice", "Receive Payment", "Sales Invoice", None])
    True
    >>> _typed(["INV-1", "INV-2"]), _typed(["Sales Invoice", "Receive Payment"])
    (False, False)
    """
    texts = [c.strip() for c in cells if type(c) is str and c.strip()]
    words = set(texts)
    if not words or len(words) > 8 or len(texts) <= len(words):
        return False
    if any(_DIGIT.search(w) for w in words):
        return False
    kinds = sum(
        1 for w in words if _kind(w) is not None or is_return_label(w) or is_opening_label(w)
    )
    return kinds * 2 > len(words)


def _whole_of(cell: object) -> int | None:
    """A whole figure's value (``12``, ``12.0``, or text of digits alone: "10501"), else
    ``None``."""
    if _whole(cell):
        return int(cell)
    return int(cell) if type(cell) is str and cell.isascii() and cell.isdigit() else None


def _whole(cell: object) -> TypeGuard[int | float]:
    """Whether a cell is a whole figure (``12``, ``12.0``), no flag nor text."""
    return type(cell) is int or (type(cell) is float and cell.is_integer())


def contact_customer(
    rows: Sequence[Sequence[object]],
    header: Header,
    chosen: Mapping[str, str | None] | None = None,
) -> Header:
    """A header whose "Contact" / "Kontak" column, taken as a phone's, holds names (an app's
    export: "Ahmad Motor", "Rudi Bengkel") where no other column is the customer: that column
    is the customer. So is a column "To" of names, who each invoice is to (Xero's invoice
    list: "Number | Ref | To | Date"), where no column is "From" (a period's, a transfer's
    two ends). One of phone numbers stays a phone's, and so does any where the owner
    ``chosen`` the customer's or the phone's column.

    >>> h = Header(0, 0, map_columns(["Date", "Contact", "Debit"]), ("Date", "Contact", "Debit"))
    >>> rows = [h.labels, ["2026-09-01", "Ahmad Motor", 1], ["2026-09-02", "Rudi Bengkel", 2]]
    >>> sorted(contact_customer(rows, h).columns)
    ['amount', 'customer', 'invoice_date']
    >>> rows = [h.labels, ["2026-09-01", "0812 3456 789", 1], ["2026-09-02", "08129998887", 2]]
    >>> sorted(contact_customer(rows, h).columns)
    ['amount', 'invoice_date', 'phone']
    >>> h = Header(0, 0, map_columns(["Date", "To", "Paid"]), ("Date", "To", "Paid"))
    >>> rows = [h.labels, ["2026-09-01", "Hotel Tepi Danau", 1], ["2026-09-02", "Villa Indah", 2]]
    >>> sorted(contact_customer(rows, h).columns)
    ['customer', 'invoice_date', 'paid']
    """
    if (chosen and {"customer", "phone"} & chosen.keys()) or "customer" in header.columns:
        return header
    phone = header.columns.get("phone")
    if phone is not None and normalise_header(phone.header) in _CONTACT_LABELS:
        choice = replace(phone, field="customer", confidence=80, method="keyword")
    else:
        taken = {c.index for c in header.columns.values()}
        named = [normalise_header(label) if label else "" for label in header.labels]
        to = next((i for i, n in enumerate(named) if n == "to" and i not in taken), None)
        if to is None or {"from", "dari"} & set(named):
            return header
        choice = ColumnChoice("customer", to, header.labels[to], 80, "keyword")
    at = choice.index
    texts = (cell_text(row[at]).strip() for row in rows[header.row + 1 :] if at < len(row))
    distinct = list(dict.fromkeys(text for text in texts if text))[:50]
    if len(distinct) < 2 or sum(map(_name_like, distinct)) * 10 < len(distinct) * 9:
        return header
    columns: dict[Field, ColumnChoice] = {
        name: c for name, c in header.columns.items() if c.index != at
    }
    columns["customer"] = choice
    return replace(header, columns=columns)


# A day's column: its cells may be dates in full ("Minggu, 1 Nov 2026") or weekdays alone.
_DAY_LABELS: Final = frozenset({"hari"})
_DATED: Final = frozenset({"invoice_date", "due_date", "payment_date"})


def day_dates(
    rows: Sequence[Sequence[object]],
    header: Header,
    chosen: Mapping[str, str | None] | None = None,
) -> Header:
    """A header with no date column whose "Hari" column (the day's, taken for no field) holds
    dates in full ("Minggu, 1 Nov 2026") on nearly every row: that column is the invoices'
    date, as "Hari/Tanggal" is by its name. One of weekday names alone ("Senin"), or of
    figures (days counted), is no date; nor where the owner chose a date's column.

    >>> labels = ("Hari", "Nama", "Utang")
    >>> h = Header(0, 0, map_columns(labels), labels)
    >>> rows = [labels, ["Minggu, 1 Nov 2026", "Bu Tini", 1], [date(2026, 9, 1), "Pak Harun", 2]]
    >>> sorted(day_dates(rows, h).columns)
    ['amount', 'customer', 'invoice_date']
    >>> sorted(day_dates([labels, ["Senin", "Bu Tini", 1], ["Selasa", "Pak Harun", 2]], h).columns)
    ['amount', 'customer']
    """
    if _DATED & header.columns.keys() or (chosen and _DATED & chosen.keys()):
        return header
    labels = header.as_read
    taken = {c.index for c in header.columns.values()}
    days = [
        i
        for i, label in enumerate(labels)
        if label and i not in taken and normalise_header(label) in _DAY_LABELS
    ]
    if len(days) != 1:
        return header
    at = days[0]
    written = (row[at] for row in rows[header.row + 1 :] if at < len(row))
    cells = [
        cell
        for cell in written
        if cell not in (None, "") and not (isinstance(cell, str) and is_total_label(cell))
    ][:50]
    if not cells or sum(map(_full_date, cells)) * 10 < len(cells) * 9:
        return header
    choice = ColumnChoice("invoice_date", at, header.labels[at], 70, "keyword")
    return replace(header, columns={**header.columns, "invoice_date": choice})


def _full_date(cell: object) -> bool:
    """Whether a cell is a date, or a text of a date in full (its year written)."""
    if isinstance(cell, date):
        return True
    if type(cell) is not str:
        return False
    try:
        return parse_date_text(cell) is not None
    except DateError:
        return False


def _account_name(cell: object) -> str:
    """An account cell's name without its code ("1-1300 Piutang Usaha" → "piutang usaha")."""
    return normalise_header(re.sub(r"^[\d.\-/]+\s*", "", cell_text(cell))) if cell else ""


def double_entry(rows: Sequence[Sequence[object]], header: Header) -> bool:
    """Whether a table of debits and credits is a double-entry journal copied without its
    account column: its lines in twins, each the line above with the figure moved from Debet to
    Kredit (same date, number, note and name). Nothing says which of each twin is the
    receivable's; read, every debit is cancelled by its twin (outside round 57 rf40: Rp 0,
    "checks ok"). Most lines with a figure twinned, two twins at least: a card's one cash sale
    paid the same day under its number is no such journal.

    >>> h = Header(0, 0, map_columns(["Tanggal", "Nama", "Debet", "Kredit"]), ())
    >>> twins = [["1/9", "Toko A", 500, None], ["1/9", "Toko A", None, 500]]
    >>> double_entry([h.labels, *twins, *twins], h), double_entry([h.labels, *twins], h)
    (True, False)
    """
    debit, credit = header.columns.get("amount"), header.columns.get("paid")
    if debit is None or credit is None:
        return False
    d, c = debit.index, credit.index
    body = rows[header.row + 1 :]
    try:  # a workbook's rows are all as wide as its sheet
        debits, credits = list(map(itemgetter(d), body)), list(map(itemgetter(c), body))
    except IndexError:  # a CSV's short rows
        body = [row for row in body if max(d, c) < len(row)]
        debits, credits = [row[d] for row in body], [row[c] for row in body]
    # Whole columns first: a line's debit its next line's credit, few such lines in a card or
    # a list of what was billed and paid.
    moved = [k for k in compress(range(len(body)), map(eq, debits, credits[1:])) if debits[k]]
    if len(moved) < 2:
        return False
    empty = (None, "")
    money = sum(map(or_, map(bool, debits), map(bool, credits)))  # lines with a figure
    if 5 * 2 * len(moved) < 4 * money:
        return False

    def twin(k: int) -> bool:
        top, below = body[k], body[k + 1]
        return all(top[j] == below[j] for j in range(len(top)) if j not in (d, c))

    twins, last = 0, -1  # the last twin's second line: a line is in one twin at most
    for k in moved:
        if k > last and credits[k] in empty and debits[k + 1] in empty and twin(k):
            twins, last = twins + 1, k + 1
    return twins >= 2 and 5 * 2 * twins >= 4 * money


# A buku besar's own words in a sheet's name ("Buku Besar Piutang", "BB Piutang", "GL").
_LEDGER_SHEET: Final = re.compile(r"(?:buku besar|bb|gl|general ledger|ledger)\s*(.*)")


def account_sheet(name: str) -> bool:
    """Whether a sheet's name is a buku besar's, its account's ("Piutang Usaha", "1-1300",
    "Buku Besar Piutang"), not a customer's: a card per customer titled "BUKU BESAR PIUTANG"
    over each, the sheet named for whose it is, stays that customer's.

    >>> account_sheet("1-1300"), account_sheet("Buku Besar"), account_sheet("Piutang Dagang")
    (True, True, True)
    >>> account_sheet("Toko Makmur"), account_sheet("BB Toko Makmur")
    (False, False)
    """
    account = _account_name(name)
    book = _LEDGER_SHEET.fullmatch(account)
    rest = book[1] if book else account
    return not rest or _RECEIVABLE_ACCOUNT.fullmatch(rest) is not None


# A receivable sub-account named for its customer ("Piutang Usaha - Toko Sumber Rejeki").
_SUB_ACCOUNT: Final = re.compile(
    r"\s*(?:[\d.\-/]+\s+)?(?:piutang(?:\s+usaha|\s+dagang)?|accounts?\s+receivables?)"
    r"\s*[-–:]\s*(\S.*)",
    re.IGNORECASE,
)


def sub_account_customers(
    rows: Sequence[Sequence[object]], column: int, lines: Sequence[int]
) -> dict[int, str] | None:
    """The customer each of a journal's receivable sub-account ``lines`` names ("Piutang Usaha
    - Toko Sumber Rejeki"), by row index: a hand-made ledger's subsidiary ledger kept as a
    sub-account per customer, where no column names who each line is with. ``None`` unless
    every one of the lines names one (a "Piutang Karyawan" among them is another account).

    >>> rows = [["Piutang Usaha - Toko A"], ["1-1302 Piutang Usaha - UD B"], ["Piutang Karyawan"]]
    >>> sub_account_customers(rows, 0, [0, 1]), sub_account_customers(rows, 0, [0, 2])
    ({0: 'Toko A', 1: 'UD B'}, None)
    """
    found = {}
    for k in lines:
        named = _SUB_ACCOUNT.fullmatch(cell_text(rows[k][column]))
        if named is None:
            return None
        found[k] = named[1].strip()
    return found or None


# A buku besar's line naming the account kept under it, over a sheet ("Nama Akun : Kas", "BUKU
# BESAR - 1-1100 Kas", "BUKU BESAR PIUTANG USAHA (1-1300)") or over each block of a program's
# ledger print ("Akun : 1-1300  Piutang Usaha"). Not "Kode Akun : 113" nor "LAPORAN BUKU BESAR".
_ACCOUNT_TITLE: Final = re.compile(
    r"\s*(?:buku\s+besar(?:\s+akun)?\s*[:\-–]?|(?:nama\s+)?(?:akun|perkiraan)\s*:|account\s*:)"
    r"\s*(.+)",
    re.IGNORECASE,
)


def ledger_accounts(rows: Sequence[Sequence[object]]) -> tuple[tuple[int, str, bool], ...]:
    """The lines of a buku besar naming the account kept under them, each with its index in
    ``rows``, the account as written and whether it is the receivable account: a sheet or
    block per account (Kas, Piutang Usaha, Penjualan), of which only the receivable's lines are
    a customer's; on the Kas sheet a customer's payment is a debit, on Penjualan their sale a
    credit (outside round 57: read as customers' journals, every customer netted to Rp 0). A
    line naming no account of the ledger ("Akun : Toko Makmur", "Buku Besar Pembantu
    Piutang") is none.

    >>> ledger_accounts([["BUKU BESAR"], ["Nama Akun : Kas", None], ["No. Akun : 1-1100"]])
    ((1, 'Kas', False),)
    >>> ledger_accounts([["Akun : 1-1300  Piutang Usaha"], ["BUKU BESAR PIUTANG USAHA (1-1300)"]])
    ((0, '1-1300  Piutang Usaha', True), (1, 'PIUTANG USAHA (1-1300)', True))
    >>> ledger_accounts([["Akun : Toko Makmur"], ["LAPORAN BUKU BESAR"], ["Kode Akun : 113"]])
    ()
    """
    try:  # lines whose second cell is empty, in C: a workbook's rows are all as wide as its sheet
        lines: Iterable[int] = list(compress(range(len(rows)), map(not_, map(itemgetter(1), rows))))
    except IndexError:  # a CSV's short lines
        lines = range(len(rows))
    found = []
    for k in lines:
        row = rows[k]
        if not row or type(row[0]) is not str or any(row[1:]):
            continue
        title = _ACCOUNT_TITLE.fullmatch(row[0])
        if title is None:
            continue
        written = title[1].strip()
        name = _account_name(re.sub(r"\(\s*[\d.\-/]+\s*\)", "", written))
        if _RECEIVABLE_ACCOUNT.fullmatch(name):
            found.append((k, written, True))
        elif _LEDGER_ACCOUNT.match(name):
            found.append((k, written, False))
    return tuple(found)


# A column of the accounts' codes ("Kode Akun": 1-1300, 4-1000), named by the chart of accounts
# the workbook keeps on another sheet ("Daftar Akun": Kode Akun | Nama Akun).
_ACCOUNT_CODE_LABELS: Final = frozenset({
    "kode akun", "no akun", "nomor akun", "kode perkiraan", "no perkiraan", "account code",
    "kode coa", "no coa", "account no", "account number",
})  # fmt: skip


def chart_of_accounts(rows: Sequence[Sequence[object]], header: Header | None) -> dict[str, str]:
    """A chart of accounts' names by their codes ("1-1300" → "Piutang Usaha"): a table of a
    code column (``_ACCOUNT_CODE_LABELS``) beside an account column whose names are mostly the
    ledger's accounts, each code once and no figures nor dates (a journal's or a trial
    balance's "Kode Akun | Nama Akun" are no chart); empty for any other table. With no
    ``header`` (a chart of the two columns alone names no field of a debt's), its header is
    the first of the top rows holding both labels.

    >>> labels = ("Kode Akun", "Nama Akun")
    >>> h = Header(0, 0, {}, labels)
    >>> chart_of_accounts([labels, ["1-1100", "Kas"], ["1-1300", "Piutang Usaha"]], h)
    {'1-1100': 'Kas', '1-1300': 'Piutang Usaha'}
    >>> chart_of_accounts([["DAFTAR AKUN"], labels, ["1-1300", "Piutang Usaha"]], None)
    {'1-1300': 'Piutang Usaha'}
    """
    if header is None:
        for k, row in enumerate(rows[:HEADER_SCAN_ROWS]):
            said = [normalise_header(c) for c in row if type(c) is str]
            if len([n for n in said if n in _ACCOUNT_CODE_LABELS or n in _ACCOUNT_LABELS]) >= 2:
                return chart_of_accounts(rows, Header(k, k, {}, tuple(map(cell_text, row))))
        return {}
    # The codes' column named so ("Kode Akun"), or for the account and holding codes ("Akun |
    # Nama Akun": 1-1300 | Piutang Usaha).
    names = _account_columns(rows, header, False)
    code = next((j for j in _account_columns(rows, header, True) if j not in names), None)
    name = names[0] if names else None
    if code is None or name is None or {"amount", "paid", "invoice_date"} & header.columns.keys():
        return {}
    written = [
        (cell_text(row[code]), cell_text(row[name]))
        for row in rows[header.row + 1 :]
        if max(code, name) < len(row) and is_text(row[name]) and row[code] not in (None, "")
    ]
    pairs = dict(written)
    if len(pairs) < len(written):
        return {}
    ledger = [
        n
        for n in map(normalise_header, pairs.values())
        if _RECEIVABLE_ACCOUNT.fullmatch(n) or _LEDGER_ACCOUNT.match(n)
    ]
    named = 2 * len(ledger) > len(pairs) and any(map(_RECEIVABLE_ACCOUNT.fullmatch, ledger))
    return pairs if named else {}


# An account's code as a chart numbers it: "1-1300", "1.1.03", "11300".
_ACCOUNT_CODE: Final = re.compile(r"\d+(?:[-.]\d+)*")


def _account_columns(rows: Sequence[Sequence[object]], header: Header, coded: bool) -> list[int]:
    """A table's columns of accounts: those named for the accounts' names ("Nama Akun"), then
    ``coded``, those of their codes: named so ("Kode Akun", ``_ACCOUNT_CODE_LABELS``), or
    named for the account ("Akun") and holding codes alone ("1-1300")."""
    labels = [normalise_header(label) if label else "" for label in header.labels]
    named = [j for j, label in enumerate(labels) if label in _ACCOUNT_LABELS]
    codes = [j for j in named if _codes_alone(rows, header, j)]
    found = [j for j in named if j not in codes]
    if not coded:
        return found
    return found + codes + [j for j, label in enumerate(labels) if label in _ACCOUNT_CODE_LABELS]


def _codes_alone(rows: Sequence[Sequence[object]], header: Header, j: int) -> bool:
    """Whether a column's texts under the header (the first 200 rows', each distinct text
    looked at once) are accounts' codes alone."""
    body = rows[header.row + 1 : header.row + 201]
    texts = {cell_text(row[j]) for row in body if j < len(row) and row[j] not in (None, "")}
    return bool(texts) and all(_ACCOUNT_CODE.fullmatch(t) for t in texts)


def coded_accounts(rows: Sequence[Sequence[object]], header: Header) -> bool:
    """Whether a table has a column of accounts' codes (``_account_columns``), that a chart of
    accounts on another sheet may name."""
    return len(_account_columns(rows, header, True)) > len(_account_columns(rows, header, False))


def journal_accounts(
    rows: Sequence[Sequence[object]], header: Header, chart: Mapping[str, str] | None = None
) -> tuple[int, int | None, frozenset[int], tuple[int, ...]] | None:
    """A general journal's account column (Nama Akun: Piutang Usaha, Penjualan, Kas beside
    Debit and Kredit), the column of who each line is with (Kontak; the customer column when
    it is another), and the rows (indexes in ``rows``) of the receivable account, the only
    lines that are a customer's debits and credits: the other legs (Penjualan, Kas) are not.
    Last, the rows of another account named a receivable ("Piutang Karyawan", "Piutang Usaha
    - Toko A"): no line read as the customer's, each told. ``None`` when no column names
    accounts, or its lines name none of the ledger's accounts (a customer's account written
    there). ``chart``: the workbook's chart of accounts (``chart_of_accounts``), naming the
    codes of a column of them ("Kode Akun": 1-1300 is Piutang Usaha)."""
    labels = [normalise_header(label) if label else "" for label in header.labels]
    body = rows[header.row + 1 :]
    # The accounts' names before their codes: beside "Kode Akun | Nama Akun" the names are read.
    for j in _account_columns(rows, header, bool(chart)):
        cells = [row[j] if j < len(row) else None for row in body]
        if chart:
            cells = [chart.get(cell_text(c), c) if c not in (None, "") else c for c in cells]
        names = [_account_name(c) for c in cells]
        written = [n for n in names if n]
        ledger = [
            n for n in written if _RECEIVABLE_ACCOUNT.fullmatch(n) or _LEDGER_ACCOUNT.match(n)
        ]
        if 2 * len(ledger) < len(written) or not any(map(_LEDGER_ACCOUNT.match, ledger)):
            continue  # a customer's name written as their account
        own = header.columns.get("customer")
        contact = own.index if own is not None and own.index != j else None
        if contact is None:
            contact = next((k for k, label in enumerate(labels) if label in _CONTACT_LABELS), None)
        receivable = frozenset(
            k
            for k, name in enumerate(names, start=header.row + 1)
            if _RECEIVABLE_ACCOUNT.fullmatch(name)
        )
        other = tuple(
            k
            for k, name in enumerate(names, start=header.row + 1)
            if k not in receivable and _RECEIVABLE_ACCOUNT.match(name)
        )
        return j, contact, receivable, other
    return None


# A number column's words: the invoice's ("No Faktur", "Nomor Tagihan", "Invoice #", "Ref
# Faktur"), or the payment's own ("Nomor Transaksi", "No Bukti", "No Kwitansi", "Receipt #").
_INVOICE_WORDS: Final = frozenset({"faktur", "invoice", "tagihan", "nota", "inv", "bill"})
_OWN_NUMBER_WORDS: Final = frozenset({
    "transaksi", "bukti", "kwitansi", "kuitansi", "receipt", "voucher", "ref", "reference",
    "penerimaan", "pembayaran", "payment", "transaction", "dokumen", "document", "doc",
})  # fmt: skip


# A word saying a column holds numbers ("No Kwitansi", "Nomor Bukti", "Kode Transaksi").
_NUMBER_WORDS: Final = frozenset({"no", "nomor", "#", "id", "kode", "number", "num", "nr"})


def names_invoice(label: str) -> bool:
    """Whether a number column is named for an invoice ("No. Nota", "No Faktur", "Invoice
    #"), not for the payment's own paper ("No. Bukti") nor a row ("No").

    >>> names_invoice("No. Nota"), names_invoice("No. Bukti"), names_invoice("No")
    (True, False, False)
    """
    return not _INVOICE_WORDS.isdisjoint(normalise_header(label).split())


def names_own_number(label: str) -> bool:
    """Whether a payments table's column numbers the payment itself ("No Kwitansi", "No
    Bukti", "Nomor Transaksi"): whatever its numbers look like, they name no invoice paid (a
    receipt "0012" is no nota "0012"). Not a "Ref", often the invoice's, nor a note of the
    payment ("Keterangan Pembayaran").

    >>> names_own_number("No. Kwitansi"), names_own_number("Bukti"), names_own_number("Ref")
    (True, True, False)
    >>> names_own_number("Keterangan Pembayaran"), names_own_number("No Faktur Dibayar")
    (False, False)
    """
    words = normalise_header(label).split()
    own = _OWN_NUMBER_WORDS - {"ref", "reference"}
    return (
        not own.isdisjoint(words)
        and not names_invoice(label)
        and (len(words) == 1 or not _NUMBER_WORDS.isdisjoint(words))
    )


def invoice_named_column(header: Header) -> Header:
    """A payments table's invoice number: a column naming the invoice paid (Nomor Tagihan, No
    Faktur, Invoice #) over one numbering the payment itself (Nomor Transaksi, No Bukti, a
    receipt's number), which was taken first for standing first; with no such column, none
    (``names_own_number``): the payments pay their customers' oldest dues.

    >>> h = Header(0, 0, map_columns(["Nomor Transaksi", "Pelanggan", "Nomor Tagihan"]),
    ...            ("Nomor Transaksi", "Pelanggan", "Nomor Tagihan"))
    >>> invoice_named_column(h).columns["invoice_no"].header
    'Nomor Tagihan'
    >>> labels = ("No Bukti", "Pelanggan", "Jumlah")
    >>> "invoice_no" in invoice_named_column(Header(0, 0, map_columns(labels), labels)).columns
    False
    """
    own = header.columns.get("invoice_no")
    if own is None or names_invoice(own.header):
        return header
    if _OWN_NUMBER_WORDS.isdisjoint(normalise_header(own.header).split()):
        return header
    taken = {c.index for c in header.columns.values()}
    for i, label in enumerate(header.as_read):
        guess = guess_field(label) if label and i not in taken else None
        if guess is not None and guess.field == "invoice_no" and names_invoice(label):
            choice = ColumnChoice("invoice_no", i, header.labels[i], guess.confidence, guess.method)
            return replace(header, columns={**header.columns, "invoice_no": choice})
    if not names_own_number(own.header):
        return header
    columns: dict[Field, ColumnChoice] = dict(header.columns)
    del columns["invoice_no"]
    return replace(header, columns=columns)
