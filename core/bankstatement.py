"""A bank statement (mutasi rekening) as exported by internet banking: its credits.

The file is opened the way a ledger is (``core.reading``: its kind from its bytes, the size and
stray-cell check, CSV or spreadsheet rows), and its amounts and dates go through
``core.money`` and ``core.dates``. What differs is the table:

- Lines before it (No. rekening, Nama, Periode, Kode Mata Uang) and after it (Saldo Awal,
  Mutasi Kredit, Saldo Akhir): the header row is the first that names a date, a description
  and an amount; the period, when given, supplies the year of dates written "05/12".
- Credits and debits said four ways: separate Debet and Kredit columns (Mandiri, BRI, "Dana
  Masuk"/"Dana Keluar" in Livin'); one amount column and a CR/DB column beside it, often
  without a header (KlikBCA) or under the amount's merged heading (a PDF turned into Excel),
  or in words (blu's "Uang Masuk"); an amount with the CR/DB suffix in the cell ("287,490.00
  DB", KlikBCA Bisnis); or a signed amount. Bare amounts with none of these take their side
  from the balance; where nothing tells, the row is reported, never taken for a credit.
- A column naming the sender ("Sumber/Tujuan", "Name") is read with the description.
- A QRIS or e-wallet merchant report (gross, MDR, net) is money in at the gross; a Status
  saying GAGAL leaves its row out, reported.
- BCA writes "'05/12" and "'0000" (a quote so Excel keeps the text), and "PEND" in the date
  of a transfer the bank has not booked yet. A pending row is left out and reported: it comes
  back booked, with its date and balance, in the next export.
- Several description columns (Mandiri's two "Description" and its "Reference No.") read as
  one text.

Only credits are kept: money that came in. A row that cannot be used is a ``RowProblem``
(file, sheet, row, reason), as the ledger reader reports its own; so is a line cut off after
its description, with no amount at all.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Final, Literal

from rapidfuzz import fuzz, process

from core.columns import expand_abbreviations, normalise_header
from core.dates import DateError, parse_date
from core.i18n import Lang, t
from core.money import Amount, AmountError, parse_amount
from core.reading.problems import LedgerReadError
from core.reading.sheets import RawSheet, iter_sheets

BankField = Literal[
    "date", "description", "counterparty", "debit", "credit", "amount", "direction", "balance",
    "gross", "fee", "net", "channel", "status",
]  # fmt: skip
Bank = Literal["bca", "bri", "mandiri", "bni", "generic"]
Side = Literal["credit", "debit"]
ProblemCode = Literal["pending", "failed", "bad_date", "bad_amount", "no_amount", "no_side"]

SYNONYMS: Final[dict[BankField, tuple[str, ...]]] = {
    "date": (
        "tanggal", "tgl", "tanggal transaksi", "tgl transaksi", "date", "transaction date",
        "post date", "posting date", "tanggal posting", "tgl posting", "tgl tran", "txn date",
        "trans date", "tanggal mutasi", "tgl mutasi", "booking date", "tanggal waktu",
        "waktu transaksi", "waktu", "tanggal jam", "date time", "transaction time",
    ),
    "description": (
        "keterangan", "uraian", "uraian transaksi", "description", "deskripsi",
        "rincian transaksi", "transaksi", "desk tran", "remark", "remarks", "berita",
        "keterangan transaksi", "detail", "details", "transaction description",
        "particulars", "narasi", "narrative", "reference no", "no referensi", "referensi",
        "reference", "no ref", "ref no", "catatan", "transaction details", "keterangan tambahan",
    ),
    # Who sent or received the money, in a column of its own (Jago's "Sumber/Tujuan", a regional
    # bank's "Name"): read with the description, since it is the sender's name.
    "counterparty": (
        "name", "nama", "sumber tujuan", "pengirim", "nama pengirim", "sender", "sender name",
        "counterparty", "nama pelanggan", "remitter", "pengirim penerima", "dari ke",
    ),
    "debit": (
        "debet", "debit", "mutasi debet", "mutasi debit", "uang keluar", "dana keluar", "keluar",
        "pengeluaran", "withdrawal", "withdrawals", "debit amount", "penarikan", "dr",
        "amount dr", "jumlah debet", "nominal debet",
    ),
    "credit": (
        "kredit", "credit", "mutasi kredit", "uang masuk", "dana masuk", "masuk", "pemasukan",
        "deposit", "deposits", "credit amount", "setoran", "cr", "amount cr", "jumlah kredit",
        "nominal kredit",
    ),
    "amount": (
        "jumlah", "nominal", "amount", "mutasi", "nilai", "jumlah transaksi",
        "transaction amount", "nilai transaksi", "jumlah mutasi",
    ),
    "direction": (
        "db cr", "dr cr", "cr db", "d k", "db kr", "tipe", "type", "jenis", "debet kredit",
        "debit credit", "d c", "dk", "posisi", "jenis transaksi", "mutasi type",
    ),
    "balance": (
        "saldo", "balance", "saldo akhir", "running balance", "closing balance",
        "saldo akhir mutasi", "ledger balance", "saldo berjalan", "available balance",
    ),
    # A QRIS or e-wallet merchant report: what the customer paid (gross), the MDR the shop pays
    # and what the shop receives (net); the issuer or method and the transaction's id.
    "gross": (
        "nominal transaksi", "jumlah kotor", "gross", "gross amount", "nominal kotor",
        "nilai kotor", "total kotor",
    ),
    "fee": (
        "mdr", "potongan mdr", "biaya mdr", "mdr fee", "fee mdr", "merchant discount rate",
        "biaya layanan", "service fee",
    ),
    "net": (
        "nominal diterima", "jumlah bersih", "net amount", "nett", "net", "jumlah diterima",
        "nominal bersih", "settlement amount",
    ),
    "channel": (
        "penerbit", "metode pembayaran", "payment method", "issuer", "sumber dana", "rrn",
        "id transaksi", "transaction id", "order id",
    ),
    "status": ("status", "status transaksi", "transaction status"),
}  # fmt: skip
_LOOKUP: Final[dict[str, BankField]] = {p: f for f, phrases in SYNONYMS.items() for p in phrases}
# Headers a statement has that name none of the fields (and must not be taken for one).
_OTHER: Final = frozenset({
    "val date", "tgl val", "value date", "tanggal valuta", "transaction code", "kode transaksi",
    "account no", "no rekening", "nomor rekening", "cabang", "branch", "teller", "journal no",
    "no", "currency", "mata uang", "kode mata uang",
})  # fmt: skip
_PHRASES: Final = list(_LOOKUP)

# What a direction cell says: a credit or a debit, as a mark ("CR", "Db") or in words (blu's
# Tipe "Uang Masuk" / "Uang Keluar").
_CREDIT_WORDS: Final = frozenset({
    "cr", "c", "k", "kr", "kredit", "credit", "+", "masuk", "uang masuk", "dana masuk", "in",
    "incoming", "pemasukan",
})  # fmt: skip
_DEBIT_WORDS: Final = frozenset({
    "db", "d", "dr", "debet", "debit", "-", "keluar", "uang keluar", "dana keluar", "out",
    "outgoing", "pengeluaran",
})  # fmt: skip
_SUFFIX = re.compile(r"^(.*?)\s*(?<![a-z])(cr|db|dr|k|d|c)\.?$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_YEARLESS = re.compile(r"^(\d{1,2})[/\-.](\d{1,2})$")
_PERIOD_DATES = re.compile(
    r"(\d{1,2}[/\-.]\d{1,2}[/\-.]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}[\s\-][a-z]{3,9}[\s\-]\d{4})",
    re.IGNORECASE,
)
_PENDING: Final = frozenset({"pend", "pending"})
# A Status cell saying the payment did not go through (a QRIS report's GAGAL row): no money came.
_FAILED = re.compile(
    r"^(gagal|failed?|batal|dibatalkan|cancell?ed|canceled|expired|kedaluwarsa|kadaluarsa|"
    r"ditolak|rejected|declined|void|refund(ed)?|dikembalikan)\b",
    re.IGNORECASE,
)
# Lines under the table that carry totals, not transactions.
_SUMMARY = re.compile(
    r"^(saldo awal|saldo akhir|mutasi (kredit|debet|debit)|total|opening balance|closing "
    r"balance|beginning balance|ending balance|jumlah|sub ?total)",
    re.IGNORECASE,
)
# Words a bank's own lines and headers use, to tell which bank made the file (a label only:
# every file is read by the same rules).
_BANK_SIGNS: Final[dict[Bank, tuple[str, ...]]] = {
    "bca": ("klikbca", "bank central asia", "kode mata uang", "cabang", "trsf e-banking",
            "kr otomatis", "bca"),
    "mandiri": ("mandiri", "val date", "tgl val", "rincian transaksi", "transaction code",
                "mcm inhousetrf", "livin"),
    "bri": ("bank rakyat indonesia", "brimo", "teller", "desk tran", "nbmb", "ibiz", "bri"),
    "bni": ("bank negara indonesia", "bni", "journal no", "transfer dari |"),
}  # fmt: skip


class StatementError(LedgerReadError):
    """A readable file in which no statement table was found."""


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A row of the statement that could not be used, and why."""

    file: str
    sheet: str
    row: int
    code: ProblemCode
    value: str = ""

    def message(self, lang: Lang = "id") -> str:
        if self.code == "pending":
            return t("bank.problem.pending", lang)
        if self.code == "failed":
            return t("bank.problem.failed", lang, value=self.value)
        if self.code == "bad_date":
            return t("bank.problem.bad_date", lang, value=self.value)
        if self.code == "bad_amount":
            return t("bank.problem.bad_amount", lang, value=self.value)
        if self.code == "no_amount":
            return t("bank.problem.no_amount", lang, value=self.value)
        return t("bank.problem.no_side", lang, value=self.value)

    def as_dict(self, lang: Lang = "id") -> dict[str, object]:
        return {
            "file": self.file,
            "sheet": self.sheet,
            "row": self.row,
            "code": self.code,
            "message": self.message(lang),
        }


@dataclass(frozen=True, slots=True)
class Credit:
    """Money that came in: one credit line of a statement.

    ``occurrence`` counts identical lines (same date, amount, description and balance) in the
    file, from 0, so two equal transfers on a day without a balance column stay two.
    """

    on: date
    amount: Amount
    description: str
    balance: Amount | None
    file: str
    sheet: str
    row: int
    occurrence: int = 0

    @property
    def key(self) -> str:
        """The same credit in any export of the statement has the same key (64 hex digits)."""
        return credit_key(self.on, self.amount, self.description, self.balance, self.occurrence)


def credit_key(
    on: date, amount: Amount, description: str, balance: Amount | None, occurrence: int = 0
) -> str:
    text = "|".join(
        (on.isoformat(), str(amount), clean_description(description).upper(),
         "" if balance is None else str(balance), str(occurrence))
    )  # fmt: skip
    return hashlib.sha256(f"bank_credit:{text}".encode()).hexdigest()


def clean_description(text: str) -> str:
    """One line, single spaces, BCA's leading quote gone."""
    return " ".join(text.replace("\u00a0", " ").split()).lstrip("'").strip()


@dataclass(slots=True)
class Statement:
    """What a statement file holds: its credits, how many debits were passed over, the rows
    that could not be used, and how it was read."""

    file: str
    bank: Bank = "generic"
    credits: list[Credit] = field(default_factory=list)
    debits: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    period: tuple[date, date] | None = None
    columns: dict[str, str] = field(default_factory=dict)

    @property
    def total(self) -> Amount:
        return sum((c.amount for c in self.credits), 0)


# Reading the header.


@lru_cache(maxsize=1024)
def guess_bank_field(header: str) -> BankField | None:
    """The statement field a header names, or ``None``.

    >>> guess_bank_field("Tanggal Transaksi"), guess_bank_field("Mutasi Kredit")
    ('date', 'credit')
    >>> guess_bank_field("Db/Cr"), guess_bank_field("Val. Date")
    ('direction', None)
    """
    norm = expand_abbreviations(normalise_header(header))
    if not norm:
        return None
    if norm in _LOOKUP:
        return _LOOKUP[norm]
    if norm in _OTHER:
        return None
    if len(norm) >= 5:
        match = process.extractOne(norm, _PHRASES, scorer=fuzz.ratio, score_cutoff=88)
        if match:
            return _LOOKUP[match[0]]
    return None


@dataclass(slots=True)
class _Layout:
    header_row: int
    date: int
    descriptions: list[int]
    credit: int | None = None
    debit: int | None = None
    amount: int | None = None
    direction: int | None = None
    balance: int | None = None
    # Columns among the descriptions that name a sender or an issuer, not the bank's wording.
    senders: list[int] = field(default_factory=list)
    status: int | None = None
    signed: bool = False  # the amount column says its side in its own cells (sign, CR/DB)
    unmarked: Side | None = None  # the side of an empty direction cell, when only one is marked
    headers: dict[str, str] = field(default_factory=dict)


def _header_layout(rows: Sequence[Sequence[object]], index: int) -> _Layout | None:
    cells = rows[index]
    found: dict[BankField, list[int]] = {}
    for col, cell in enumerate(cells):
        if isinstance(cell, str) and cell.strip():
            name = guess_bank_field(cell.strip().lstrip("'"))
            if name:
                found.setdefault(name, []).append(col)
    if "gross" in found and "fee" in found and "net" in found and "credit" not in found:
        # A merchant's QRIS / e-wallet report: each row is money a customer paid, at the gross
        # (the MDR is the shop's cost, and the invoice is settled by what the customer paid).
        found["credit"] = found.pop("gross")
        found.setdefault("description", []).extend(found.get("channel", []))
        found.setdefault("counterparty", []).extend(found.get("channel", []))
    elif "gross" in found:
        found.setdefault("amount", []).extend(found.pop("gross"))
    if "date" not in found or not (found.get("description") or found.get("counterparty")):
        return None
    if "credit" not in found and "amount" not in found:
        return None
    layout = _Layout(
        index,
        found["date"][0],
        sorted({*found.get("description", []), *found.get("counterparty", [])}),
        credit=found.get("credit", [None])[0],
        debit=found.get("debit", [None])[0],
        amount=found.get("amount", [None])[0],
        direction=found.get("direction", [None])[0],
        balance=found.get("balance", [None])[0],
        senders=found.get("counterparty", []),
        status=found.get("status", [None])[0],
    )
    if layout.amount is not None and layout.direction is None:
        layout.direction = _direction_by_content(rows, index, layout)
        if layout.direction is not None:
            layout.unmarked = _unmarked_side(rows, index, layout.amount, layout.direction)
    if layout.amount is not None and layout.direction is None:
        layout.signed = _signed(rows, index, layout.amount)
    layout.headers = {
        name: " / ".join(str(cells[c]).strip() or f"#{c + 1}" for c in cols)
        for name, cols in found.items()
    }
    if layout.direction is not None and "direction" not in layout.headers:
        layout.headers["direction"] = str(cells[layout.direction]).strip() or (
            f"#{layout.direction + 1}"
        )
    return layout


def _amount_rows(
    rows: Sequence[Sequence[object]], header: int, amount: int
) -> list[Sequence[object]]:
    """The rows under the header whose amount cell holds a figure: the transactions, not a
    page header repeated in the middle ("NO. REKENING", "MUTASI") or a note."""
    return [
        row
        for row in rows[header + 1 : header + 200]
        if amount < len(row) and _DIGIT.search(_text(row[amount]))
    ]


def _direction_by_content(
    rows: Sequence[Sequence[object]], header: int, layout: _Layout
) -> int | None:
    """A column whose cells say CR or DB on the rows with an amount, under an empty header
    (KlikBCA puts one beside Jumlah) or under the amount's own merged heading (a PDF turned
    into Excel: "MUTASI" over "1,250,000.00 | DB"). A credit may leave its cell empty."""
    assert layout.amount is not None
    used = {layout.date, *layout.descriptions, layout.amount, layout.balance}
    moving = _amount_rows(rows, header, layout.amount)
    width = max((len(r) for r in rows[header : header + 50]), default=0)
    for col in range(width):
        if col in used:
            continue
        values = [_text(r[col]).lower() for r in moving if col < len(r)]
        values = [v for v in values if v]
        if len(values) >= 1:
            sides = sum(v in _CREDIT_WORDS or v in _DEBIT_WORDS for v in values)
            if sides >= 0.8 * len(values):
                return col
    return None


def _unmarked_side(
    rows: Sequence[Sequence[object]], header: int, amount: int, direction: int
) -> Side | None:
    """What an empty cell of a direction column found by its content means: the other side,
    when every mark in it is one side ("DB" on the debits, the credits left empty)."""
    marks = {
        _direction(row[direction])
        for row in _amount_rows(rows, header, amount)
        if direction < len(row) and _text(row[direction])
    }
    if marks == {"debit"}:
        return "credit"
    if marks == {"credit"}:
        return "debit"
    return None


def _signed(rows: Sequence[Sequence[object]], header: int, amount: int) -> bool:
    """Whether one amount column tells its sides itself: a minus, a plus or a CR/DB in some of
    its cells ("-Rp 410.000", "+500.000", "1,250,000.00 CR"). A column of bare figures does
    not: a statement's debits are not credits because nobody marked them."""
    for row in _amount_rows(rows, header, amount):
        try:
            figure, side = _amount_cell(row[amount])
        except AmountError:
            continue
        if figure and side is not None:
            return True
    return False


def _find_layout(rows: Sequence[Sequence[object]]) -> _Layout | None:
    for index in range(min(len(rows), 60)):
        layout = _header_layout(rows, index)
        if layout is not None:
            return layout
    return None


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip().lstrip("'").strip()


def _period(rows: Sequence[Sequence[object]], header: int) -> tuple[date, date] | None:
    """The statement's period from the lines above the table ("Periode : 01/12/2026 -
    31/12/2026"), when they give one."""
    for row in rows[:header]:
        line = " ".join(_text(c) for c in row if _text(c))
        if not re.search(r"period|tanggal|date|s/d|sampai", line, re.IGNORECASE):
            continue
        found = []
        for text in _PERIOD_DATES.findall(line):
            try:
                day = parse_date(text)
            except DateError:
                continue
            if day is not None:
                found.append(day)
        if len(found) >= 2:
            return found[0], found[-1]
    return None


def _bank_of(rows: Sequence[Sequence[object]], layout: _Layout, name: str) -> Bank:
    head = " ".join(_text(c) for row in rows[: layout.header_row + 1] for c in row).lower()
    sample = " ".join(
        _text(row[c])
        for row in rows[layout.header_row + 1 : layout.header_row + 40]
        for c in layout.descriptions
        if c < len(row) and c not in layout.senders  # a sender named "Karya Mandiri" is no bank
    ).lower()
    text = f"{name.lower()} {normalise_header(head)} {head} {sample}"
    scores = {
        bank: sum(1 for sign in signs if re.search(rf"(?<![a-z]){re.escape(sign)}(?![a-z])", text))
        for bank, signs in _BANK_SIGNS.items()
    }
    best = max(scores, key=lambda bank: scores[bank])
    return best if scores[best] else "generic"


# Reading the rows.


def _amount_cell(value: object) -> tuple[Amount | None, Side | None]:
    """An amount and the side its own cell says: "1.250.000,00 CR", "-50000", ".00"."""
    if value is None or isinstance(value, bool):
        return None, None
    side: Side | None = None
    if isinstance(value, str):
        text = _text(value)
        match = _SUFFIX.match(text)
        if match and match.group(1):
            text = match.group(1).strip()
            side = "credit" if match.group(2).lower() in _CREDIT_WORDS else "debit"
        if text.startswith("+"):
            side, text = side or "credit", text[1:].strip()
        if text[:1] in {".", ","}:  # Mandiri writes nothing as ".00"
            text = "0" + text
        value = text
    number = parse_amount(value)
    if number is None:
        return None, side
    if number < 0:
        return -number, "debit"
    return number, side


def _direction(value: object) -> Side | None:
    word = _text(value).lower().rstrip(".")
    if word in _CREDIT_WORDS:
        return "credit"
    if word in _DEBIT_WORDS:
        return "debit"
    return None


def _cell(row: Sequence[object], col: int | None) -> object:
    if col is None or col >= len(row):
        return None
    return row[col]


def _day(value: object, period: tuple[date, date] | None, today: date) -> date | None:
    """A date cell; "05/12" takes its year from the period, else the latest year that does
    not put it after ``today``."""
    text = _text(value) if isinstance(value, str) else None
    if text is not None:
        match = _YEARLESS.match(text)
        if match:
            day, month = int(match.group(1)), int(match.group(2))
            if period is not None:
                start, end = period  # across the new year, early months are the end's
                year = end.year if start.year != end.year and month < start.month else start.year
            else:
                year = today.year if (month, day) <= (today.month, today.day) else today.year - 1
            try:
                return date(year, month, day)
            except ValueError as exc:
                raise DateError(f"'{text}' is not a real date") from exc
        return parse_date(text)
    return parse_date(value)


def _description(row: Sequence[object], cols: Iterable[int]) -> str:
    parts = [_text(_cell(row, c)) for c in cols]
    return clean_description(" ".join(p for p in parts if p))


def read_sheet(sheet: RawSheet, file: str, today: date, statement: Statement) -> bool:
    """Add the credits of one sheet to ``statement``; False when it holds no statement table."""
    rows = sheet.rows
    layout = _find_layout(rows)
    if layout is None:
        return False
    period = _period(rows, layout.header_row)
    statement.period = statement.period or period
    statement.columns = statement.columns or layout.headers
    if statement.bank == "generic":
        statement.bank = _bank_of(rows, layout, file)
    seen: Counter[tuple[object, ...]] = Counter()
    last: Credit | None = None
    before: Amount | None = None  # the balance on the row above, to tell an unmarked side
    for index in range(layout.header_row + 1, len(rows)):
        row = rows[index]
        number = sheet.excel_row(index)
        raw_date = _cell(row, layout.date)
        description = _description(row, layout.descriptions)
        amounts = [_cell(row, c) for c in (layout.credit, layout.debit, layout.amount)]
        has_amount = any(_DIGIT.search(_text(a)) for a in amounts)
        date_text = _text(raw_date).lower()
        try:
            balance, _ = _amount_cell(_cell(row, layout.balance))
        except AmountError:
            balance = None
        above, before = before, balance if balance is not None else before
        if not date_text and not has_amount:
            if description and last is not None and statement.credits[-1] is last:
                # A description carried on to the next line (Mandiri's long transfers).
                last = _replace_description(statement, f"{last.description} {description}")
            continue
        if _SUMMARY.match(date_text) or (_SUMMARY.match(description) and not date_text):
            continue
        status = _text(_cell(row, layout.status)).lower()
        if date_text in _PENDING or status in _PENDING:
            statement.problems.append(RowProblem(file, sheet.name, number, "pending"))
            last = None
            continue
        if _FAILED.match(status) and has_amount:
            statement.problems.append(
                RowProblem(file, sheet.name, number, "failed", _text(_cell(row, layout.status)))
            )
            last = None
            continue
        try:
            on = _day(raw_date, period, today)
        except DateError:
            if not has_amount:
                continue  # a note under the table
            statement.problems.append(
                RowProblem(file, sheet.name, number, "bad_date", _text(raw_date))
            )
            last = None
            continue
        if on is None:
            continue
        if not any(_text(a) for a in amounts):
            if description and not _SUMMARY.match(description):
                # A line cut off after its description (a damaged export): money may be
                # missing, and the owner is told so.
                statement.problems.append(
                    RowProblem(file, sheet.name, number, "no_amount", description[:40])
                )
            last = None
            continue
        try:
            side, amount = _side_and_amount(row, layout)
        except AmountError:
            shown = " ".join(_text(a) for a in amounts if _text(a))
            statement.problems.append(RowProblem(file, sheet.name, number, "bad_amount", shown))
            last = None
            continue
        if side is None and amount and not layout.signed:
            side = _side_by_balance(amount, above, balance) or layout.unmarked
        if side is None or amount is None:
            if amount:
                statement.problems.append(
                    RowProblem(file, sheet.name, number, "no_side", description[:40])
                )
            last = None
            continue
        if side == "debit":
            statement.debits += 1
            last = None
            continue
        identity = (on, amount, description.upper(), balance)
        credit = Credit(on, amount, description, balance, file, sheet.name, number, seen[identity])
        seen[identity] += 1
        statement.credits.append(credit)
        last = credit
    return True


def _replace_description(statement: Statement, text: str) -> Credit:
    old = statement.credits[-1]
    new = Credit(old.on, old.amount, clean_description(text), old.balance, old.file, old.sheet,
                 old.row, old.occurrence)  # fmt: skip
    statement.credits[-1] = new
    return new


def _side_and_amount(row: Sequence[object], layout: _Layout) -> tuple[Side | None, Amount | None]:
    """Which side the row is on and its amount; ``(None, None)`` for a row with no amount."""
    if layout.credit is not None or layout.debit is not None:
        credit, _ = _amount_cell(_cell(row, layout.credit))
        debit, _ = _amount_cell(_cell(row, layout.debit))
        if credit:
            return "credit", credit
        if debit:
            return "debit", debit
        if layout.amount is None:
            return None, None
    amount, side = _amount_cell(_cell(row, layout.amount))
    if not amount:
        return None, None
    said = _direction(_cell(row, layout.direction)) if layout.direction is not None else None
    side = said or side
    if side is None and layout.direction is None and layout.signed:
        side = "credit"  # a signed amount column: positive is money in
    return side, amount


def _side_by_balance(amount: Amount, above: Amount | None, balance: Amount | None) -> Side | None:
    """The side of an unmarked amount from the balance: 3,200,000 then 1,950,000 after
    1,250,000 went out. ``None`` when the balance does not tell (no balance, or none above)."""
    if above is None or balance is None:
        return None
    if balance == above + amount:
        return "credit"
    if balance == above - amount:
        return "debit"
    return None


def read_statement(data: bytes, name: str, today: date) -> Statement:
    """The credits of a statement file. ``LedgerReadError`` when the file cannot be read,
    ``StatementError`` (code ``no_ledger``) when it holds no statement table."""
    _kind, sheets = iter_sheets(data, name)
    statement = Statement(name)
    found = False
    for sheet in sheets:
        if isinstance(sheet, RawSheet):
            found = read_sheet(sheet, name, today, statement) or found
    if not found:
        raise StatementError(name, "no_ledger")
    return statement


# A statement export is small (a busy month is a few thousand lines): a file larger than this
# is not looked at as one unless the owner says it is, so a big ledger is not read twice.
MAX_GUESSED_SIZE: Final = 3_000_000


def may_be_statement(data: bytes) -> bool:
    """Whether a file is small enough to be looked at as a possible statement."""
    return len(data) <= MAX_GUESSED_SIZE


def looks_like_statement(data: bytes, name: str) -> bool:
    """Whether a file is a bank statement rather than a receivables book: a statement table
    (date, description, amounts) with no customer or invoice column, and a bank's marks (its
    account-number lines, the bank's name or its transfer wording)."""
    from core.columns import guess_field

    if not may_be_statement(data):
        return False
    try:
        _kind, sheets = iter_sheets(data, name)
        sheet = next((s for s in sheets if isinstance(s, RawSheet)), None)
    except LedgerReadError:
        return False
    if sheet is None:
        return False
    layout = _find_layout(sheet.rows)
    if layout is None:
        return False
    named = False  # a column of names: a statement's sender, or a book's customer
    for cell in sheet.rows[layout.header_row]:
        if isinstance(cell, str) and cell.strip():
            guess = guess_field(cell)
            if (
                guess is not None
                and guess.field in {"customer", "invoice_no", "due_date"}
                and guess.confidence >= 90
            ):
                bank_field = guess_bank_field(cell)
                if bank_field is None:
                    return False
                named = named or bank_field == "counterparty"
    above = " ".join(_text(c) for row in sheet.rows[: layout.header_row] for c in row).lower()
    if _BOOK_WORDS.search(above):
        return False  # "KARTU PIUTANG: TOKO SARI" heads a customer's card, not a statement
    if _ACCOUNT_LINE.search(above):
        return True
    if any(_MDR.search(_text(cell)) for cell in sheet.rows[layout.header_row]):
        return True  # a QRIS / e-wallet merchant report: its MDR is no book's column
    if named:
        return False  # "Nama" with no account lines above is a book's customer column
    texts = [
        _description(row, layout.descriptions)
        for row in sheet.rows[layout.header_row + 1 : layout.header_row + 200]
    ]
    texts = [text for text in texts if text]
    banked = sum(1 for text in texts if _BANK_WORDING.search(text))
    return bool(texts) and banked >= 0.3 * len(texts)


_MDR = re.compile(r"\bmdr\b", re.IGNORECASE)
_BOOK_WORDS = re.compile(r"piutang|pelanggan|customer|hutang|utang|receivable|debitur")
_ACCOUNT_LINE = re.compile(r"rekening|account no|no\. ?rek|mutasi rekening|account statement")
_BANK_WORDING = re.compile(
    r"trsf|transfer|\btrf|bi-?fast|setoran|e-banking|kliring|rtgs|\bskn\b|\bllg\b|mcm|"
    r"\bnbmb\b|\batm\b|switching|\bkr otomatis|\bbiaya adm",
    re.IGNORECASE,
)
