"""One rule per kind of row: each data row of a table becomes an invoice, a payment, a return,
an opening balance or a contact, and every line that is not data (a title, a heading, a total,
a repeated header) is told apart and, where it carries the book's own figure, checked.

Text is parsed once per distinct spelling (``_Memo``): a ledger repeats the same few hundred
customers, dates and notes over thousands of rows, so that is where the speed comes from.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Final, Generic, Literal, TypeVar

from core.columns import Field, payment_parts
from core.dates import DateError, parse_date, parse_terms
from core.ledger import Contact, Invoice, Payment, Source, clean_name
from core.money import Amount, AmountError, parse_amount
from core.reading.layout import (
    Header,
    Shape,
    cell_text,
    is_opening_label,
    is_return_label,
    is_text,
    is_total_label,
    title_customer,
)
from core.reading.problems import Problem, ProblemCode
from core.reading.sheets import RawSheet

_K = TypeVar("_K")
_V = TypeVar("_V")

_CURRENCY_ONLY: Final = frozenset({"rp", "idr", "rp."})
_UNPAID_WORDS: Final = (
    "belum", "unpaid", "not paid", "partial", "sebagian", "outstanding", "open", "kurang",
    "cicil", "pending", "due", "sisa",
)  # fmt: skip
_PAID_WORDS: Final = (
    "lunas",
    "paid",
    "settled",
    "selesai",
    "closed",
    "sudah bayar",
    "sudah dibayar",
)
Check = Literal["ok", "mismatch", "none"]


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


def _amount(value: object) -> Amount | _Bad | None:
    try:
        return parse_amount(value)
    except AmountError:
        return BAD


def _date(value: object) -> date | _Bad | None:
    try:
        return parse_date(value)
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


def status_paid(value: object) -> bool:
    if not isinstance(value, str):
        return False
    text = value.lower()
    if any(word in text for word in _UNPAID_WORDS):
        return False
    return any(word in text for word in _PAID_WORDS)


def _cell(value: object) -> object:
    """A cell as the rules read it: ``None`` for empty, text stripped."""
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


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


class _Sums:
    """Amount, paid and balance added up since the sheet began and since the last total."""

    __slots__ = ("grand", "section", "seen")

    def __init__(self) -> None:
        self.grand: dict[str, Amount] = {}
        self.section: dict[str, Amount] = {}
        self.seen: set[Amount] = set()

    def add(self, name: str, value: Amount | None) -> None:
        if value:
            self.grand[name] = self.grand.get(name, 0) + value
            self.section[name] = self.section.get(name, 0) + value

    def add_numbers(self, row: Sequence[object], reader: SheetReader) -> None:
        """Every data row's amounts, a row Tagih could not use too, as a total line in the book
        adds them: all of them (``name~``), or the number cells alone as Excel's SUM does
        (``name#``)."""
        for name in ("amount", "paid", "balance"):
            value = reader.amount(reader.get(row, name))
            if value is None or isinstance(value, _Bad):
                continue
            self.add(f"{name}~", value)
            i = reader.idx.get(name, -1)
            if 0 <= i < len(row) and _is_number(row[i]):
                self.add(f"{name}#", value)

    def close_section(self) -> None:
        self.section = {}


class SheetReader:
    """Turns one table's rows into records, collecting problems and checks.

    ``customer`` is the customer the sheet names outside its table (a title line, the sheet's
    name) for a table without a customer column; a heading row inside the table changes it.
    """

    def __init__(
        self,
        file: str,
        sheet: RawSheet,
        header: Header,
        shape: Shape,
        default_term: int,
        customer: str | None,
    ) -> None:
        self.file = file
        self.sheet = sheet
        self.header = header
        self.shape = shape
        self.default_term = timedelta(days=default_term)
        self.customer = customer
        self.result = SheetResult()
        self.idx: dict[str, int] = {name: c.index for name, c in header.columns.items()}
        self.titles: dict[str, str] = {name: c.header for name, c in header.columns.items()}
        header_row = sheet.rows[header.row]
        parts = payment_parts(header_row)
        paid = self.idx.get("paid")
        self.paid_parts = parts if parts and (paid is None or paid in parts) else []
        self.amounts: _Memo[object, Amount | _Bad | None] = _Memo(_amount)
        self.dates: _Memo[object, date | _Bad | None] = _Memo(_date)
        self.terms: _Memo[object, int | None] = _Memo(_terms)
        self.names: _Memo[str, str] = _Memo(lambda text: clean_name(text))
        self.paid_notes: _Memo[str, bool] = _Memo(status_paid)
        self.deltas: _Memo[int, timedelta] = _Memo(lambda days: timedelta(days=days))
        self.header_row = header_row
        self.sums = _Sums()
        self.not_notes = {
            self.idx[name]
            for name in ("customer", "invoice_no", "phone", "email", "address")
            if name in self.idx
        }
        self.balance_by: dict[str, Amount] = {}
        self.balance_all: Amount = 0
        self.saldos: list[tuple[int, Amount, Amount, Amount]] = []

    # Cells -----------------------------------------------------------------------------------

    def get(self, row: Sequence[object], name: Field | str) -> object:
        i = self.idx.get(name, -1)
        if i < 0 or i >= len(row):
            return None
        value = row[i]
        if value is None or value == "":
            return None
        if type(value) is str:
            value = value.strip()
            if value.lower() in _CURRENCY_ONLY and i + 1 < len(row):
                # "Rp" in a cell of its own, the number in the next one (a common template).
                following = row[i + 1]
                return None if following in ("", None) else following
            return value or None
        return value

    def amount(self, value: object) -> Amount | _Bad | None:
        if value is None:
            return None
        if type(value) is float and value.is_integer():
            return int(value)
        if type(value) is int:
            return value
        return self.amounts[value]

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
                None if book is None else int(book),
                None if read is None else int(read),
            )
        )

    def source(self, index: int) -> Source:
        return Source(self.file, self.sheet.name, self.sheet.excel_row(index))

    # Lines that are not data -----------------------------------------------------------------

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

    def _total_row(self, row: Sequence[object]) -> bool:
        """A TOTAL / JUMLAH / Sub Total line, whichever column carries the label."""
        customer, number = self.get(row, "customer"), self.get(row, "invoice_no")
        for name in ("customer", "row_no", "invoice_no", "status"):
            value = self.get(row, name)
            if type(value) is str and is_total_label(value):
                return True
        if number is not None and customer is not None:
            return False
        first = next((c for c in row if is_text(c)), None)
        return isinstance(first, str) and is_total_label(first)

    def _heading(self, row: Sequence[object], amounts: Sequence[object]) -> str | None:
        """A customer's name alone on a line above their invoices (a grouped list), or a title
        line naming one; only in a table without a customer column."""
        if "customer" in self.idx:
            return None
        named = title_customer(row)
        if named:
            return named
        if any(a is not None for a in amounts):
            return None
        texts = self._texts(row)
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
        each under a named one."""
        column = self.idx.get("customer", -1)
        money = self.idx.get("amount", self.idx.get("balance", -1))
        if column < 0 or money < 0:
            return False
        named = blank = 0
        for row in self.sheet.rows[self.header.row + 1 :]:
            if money >= len(row) or _cell(row[money]) is None:
                continue
            if column < len(row) and _cell(row[column]) is not None:
                named += 1
            elif named:
                blank += 1
        return blank >= 2 and blank * 10 >= 3 * (named + blank)

    def read(self) -> SheetResult:
        rows = self.sheet.rows
        carry = self._carries_down()
        entries = self.shape in ("customer_card", "journal")
        money = ("amount", "paid", "balance") if not entries else ("amount", "paid")
        for index in range(self.header.row + 1, len(rows)):
            row = rows[index]
            if self._blank(row):
                continue
            if row == self.header_row:
                self._new_block()
                continue
            raw = [self.get(row, name) for name in money]
            if self._total_row(row):
                self._check_total(index, row)
                continue
            if carry:
                named = self.get(row, "customer")
                if named is not None:
                    self.customer = self.name(named)
            heading = self._heading(row, raw)
            if heading is not None:
                self._new_block(self.name(heading))
                self.result.headings += 1
                continue
            if self.shape == "payment_list":
                self._payment_row(index, row)
            elif self.shape == "contact_list":
                self._contact_row(row)
            elif entries:
                self._entry_row(index, row)
            else:
                self._invoice_row(index, row)
        self._finish_checks()
        return self.result

    # Invoice lists, grouped lists and aging reports: a row per invoice.

    def _invoice_row(self, index: int, row: Sequence[object]) -> None:
        result = self.result
        customer_cell = self.get(row, "customer")
        number = self.get(row, "invoice_no")
        field_name = "amount" if "amount" in self.idx else "balance"
        raw_amount = self.get(row, field_name)
        amount = self.amount(raw_amount)
        note = self._note(row)
        opening = note is not None and is_opening_label(note)
        if (
            amount is not None
            and not isinstance(amount, _Bad)
            and customer_cell is None
            and number is None
            and self.get(row, "invoice_date") is None
            and self.get(row, "due_date") is None
            and not opening
            and self._unlabelled_total(amount)  # type: ignore[arg-type]
        ):
            return
        result.rows_read += 1
        self.sums.add_numbers(row, self)
        customer = self.name(customer_cell) if customer_cell is not None else self.customer
        if not customer:
            self.problem("missing-customer", index, "customer")
            return
        if isinstance(amount, _Bad):
            self.problem("invalid-amount", index, field_name, raw_amount)
            return
        if amount is None:
            self.problem("missing-amount", index, field_name)
            return
        assert not isinstance(amount, _Bad)
        returned = amount < 0 or self._returned(row)
        paid = 0 if returned else self._paid(index, row, amount)
        if paid is None:
            return
        self._sisa_check(index, row, amount, paid)
        self.sums.add("amount", amount if "amount" in self.idx else None)
        raw_paid = self.amount(self.get(row, "paid")) if "paid" in self.idx else None
        self.sums.add("paid", None if isinstance(raw_paid, _Bad) else raw_paid)
        balance = self.amount(self.get(row, "balance")) if "balance" in self.idx else None
        self.sums.add("balance", None if isinstance(balance, _Bad) else balance)
        if returned:
            self._return(index, row, customer, -amount if amount < 0 else amount, number)
            return
        found = self._dates(index, row, opening, note)
        if found is None:
            return
        result.customers.add(customer)
        result.invoices.append(
            Invoice(
                number.strip() if type(number) is str else cell_text(number) if number else "",
                customer,
                found[0],
                found[1],
                found[2],
                amount,
                paid,
                self.source(index),
                self._cost(row),
                _phone(self.get(row, "phone")),
                self._opt(row, "email"),
                self._opt(row, "address"),
            )
        )

    def _note(self, row: Sequence[object]) -> str | None:
        """The row's texts where an opening balance says what it is: its description
        (Keterangan, status), its number or its customer cell."""
        texts = [
            v
            for name in ("status", "invoice_no", "customer")
            if type(v := self.get(row, name)) is str
        ]
        return " | ".join(texts) if texts else None

    def _returned(self, row: Sequence[object]) -> bool:
        """Whether the row's description (Keterangan, Uraian, Jenis: any text but its names,
        numbers and contacts) marks a return or credit note (Retur, Nota Kredit, Potongan)."""
        return any(
            type(cell) is str and i not in self.not_notes and is_return_label(cell)
            for i, cell in enumerate(row)
        )

    def _unlabelled_total(self, amount: Amount) -> bool:
        """A line with an amount and nothing else that equals a sum so far: a total without a
        label, not an invoice."""
        sums = self.sums
        if amount and (
            amount in (sums.grand.get("amount"), sums.section.get("amount")) or amount in sums.seen
        ):
            sums.seen.add(amount)
            sums.close_section()
            return True
        return False

    def _return(
        self, index: int, row: Sequence[object], customer: str, amount: Amount, number: object
    ) -> None:
        day = self.date_of(self.get(row, "invoice_date"))
        self.result.customers.add(customer)
        self.result.payments.append(
            Payment(
                amount,
                self.source(index),
                cell_text(number) if number is not None else "",
                customer,
                day if isinstance(day, date) else None,
                "return",
            )
        )

    def _paid(self, index: int, row: Sequence[object], amount: Amount) -> Amount | None:
        """What the row says was paid: numbered payment columns, the paid column, amount less
        balance, or LUNAS in a paid or status column; ``None`` for a bad row."""
        paid: Amount = 0
        if self.paid_parts:
            for i in self.paid_parts:
                raw = _cell(row[i]) if i < len(row) else None
                part = self.amount(raw)
                if isinstance(part, _Bad) or (part is not None and part < 0):  # type: ignore[operator]
                    self.problem("invalid-paid", index, "paid", raw)
                    return None
                paid += part or 0  # type: ignore[operator]
        elif "paid" in self.idx:
            raw = self.get(row, "paid")
            if type(raw) is str and self.paid_notes[raw]:
                paid = amount
            else:
                part = self.amount(raw)
                if isinstance(part, _Bad) or (part is not None and part < 0):  # type: ignore[operator]
                    self.problem("invalid-paid", index, "paid", raw)
                    return None
                paid = part or 0  # type: ignore[assignment]
        elif "balance" in self.idx and "amount" in self.idx:
            raw = self.get(row, "balance")
            balance = self.amount(raw)
            if isinstance(balance, _Bad):
                if not (type(raw) is str and self.paid_notes[raw]):
                    self.problem("invalid-amount", index, "balance", raw)
                    return None
                balance = 0
            paid = max(amount - (balance or 0), 0)  # type: ignore[operator]
        status = self.get(row, "status")
        if type(status) is str and self.paid_notes[status] and paid < amount:
            paid = amount
        return paid

    def _sisa_check(self, index: int, row: Sequence[object], amount: Amount, paid: Amount) -> None:
        """A Sisa column beside amount and paid columns is the book's own figure for the row."""
        if "balance" not in self.idx or ("paid" not in self.idx and not self.paid_parts):
            return
        if "amount" not in self.idx:
            return
        balance = self.amount(self.get(row, "balance"))
        if balance is None or isinstance(balance, _Bad):
            return
        read = max(amount - paid, 0)
        if balance != read and not (balance < 0 and read == 0):  # type: ignore[operator]
            self.problem("check-mismatch", index, "balance", book=balance, read=read)  # type: ignore[arg-type]
            self.result.sisa = "mismatch"
        elif self.result.sisa == "none":
            self.result.sisa = "ok"

    def _dates(
        self, index: int, row: Sequence[object], opening: bool, note: str | None
    ) -> tuple[date | None, date, Literal["column", "terms", "default", "opening"]] | None:
        raw_date = self.get(row, "invoice_date")
        day = self.date_of(raw_date)
        if isinstance(day, _Bad):
            self.problem("invalid-date", index, "invoice_date", raw_date)
            return None
        assert not isinstance(day, _Bad)
        if opening:
            # An opening balance is due on its own date: "Saldo s/d 31/10/2026" names it.
            if day is None and note is not None:
                day = _date_in(note)
            if day is None:
                day = self.first_date
            if day is None:
                self.problem("missing-due-date", index, "invoice_date")
                return None
            return day, day, "opening"
        raw_due = self.get(row, "due_date")
        if raw_due is not None:
            due = self.date_of(raw_due)
            if isinstance(due, date):
                return day, due, "column"
            days = self.terms[raw_due] if isinstance(due, _Bad) else None
            if days is None or day is None:
                self.problem("invalid-date", index, "due_date", raw_due)
                return None
            return day, day + self.deltas[days], "terms"
        raw_terms = self.get(row, "terms")
        if raw_terms is not None:
            if isinstance(raw_terms, date):
                return (
                    day,
                    raw_terms.date() if isinstance(raw_terms, datetime) else raw_terms,
                    "column",
                )
            days = self.terms[raw_terms]
            if days is None:
                due = self.date_of(raw_terms)
                if not isinstance(due, date):
                    self.problem("invalid-terms", index, "terms", raw_terms)
                    return None
                return day, due, "column"
            if day is None:
                self.problem("missing-due-date", index, "invoice_date")
                return None
            return day, day + self.deltas[days], "terms"
        if day is None:
            self.problem("missing-due-date", index, "invoice_date")
            return None
        self.result.default_term_used += 1
        return day, day + self.default_term, "default"

    @property
    def first_date(self) -> date | None:
        """The earliest date of the table: when an opening balance names none, it is at least
        as old as the book."""
        found: date | None = None
        column = self.idx.get("invoice_date", -1)
        if column < 0:
            return None
        for row in self.sheet.rows[self.header.row + 1 :]:
            value = self.date_of(_cell(row[column]) if column < len(row) else None)
            if isinstance(value, date) and (found is None or value < found):
                found = value
        return found

    def _cost(self, row: Sequence[object]) -> Amount | None:
        cost = self.amount(self.get(row, "cost"))
        return None if isinstance(cost, _Bad) else cost  # type: ignore[return-value]

    def _opt(self, row: Sequence[object], name: str) -> str | None:
        value = self.get(row, name)
        return None if value is None else cell_text(value)

    # Cards and journals: a debit or a credit per row, a running balance beside them.

    def _entry_row(self, index: int, row: Sequence[object]) -> None:
        result = self.result
        raw_debit, raw_credit = self.get(row, "amount"), self.get(row, "paid")
        debit, credit = self.amount(raw_debit), self.amount(raw_credit)
        note = self._note(row)
        opening = note is not None and is_opening_label(note)
        saldo = self.amount(self.get(row, "balance")) if "balance" in self.idx else None
        if isinstance(debit, _Bad):
            self.problem("invalid-amount", index, "amount", raw_debit)
            return
        if isinstance(credit, _Bad):
            self.problem("invalid-amount", index, "paid", raw_credit)
            return
        assert not isinstance(debit, _Bad) and not isinstance(credit, _Bad)
        debit, credit = debit or 0, credit or 0
        # A negative debit is a credit (a return written as minus), and the other way round.
        if debit < 0:
            debit, credit = 0, credit - debit
        if credit < 0:
            debit, credit = debit - credit, 0
        if opening and not (debit or credit) and saldo is not None and not isinstance(saldo, _Bad):
            # An opening balance written in the Saldo column only.
            debit, credit = (saldo, 0) if saldo >= 0 else (0, -saldo)  # type: ignore[operator]
        if not debit and not credit:
            return  # a line of text in the card (a note, an empty amount)
        result.rows_read += 1
        self.sums.add_numbers(row, self)
        customer_cell = self.get(row, "customer")
        customer = self.name(customer_cell) if customer_cell is not None else self.customer
        if not customer:
            self.problem("missing-customer", index, "customer")
            return
        number = self.get(row, "invoice_no")
        shown = cell_text(number) if number is not None else ""
        self.sums.add("amount", debit)
        self.sums.add("paid", credit)
        if opening:
            found = self._dates(index, row, True, note)
        elif debit:
            found = self._dates(index, row, False, note)
        else:
            day = self.date_of(self.get(row, "invoice_date"))
            if isinstance(day, _Bad):
                self.problem("invalid-date", index, "invoice_date", self.get(row, "invoice_date"))
                return
            found = None
        result.customers.add(customer)
        if debit:
            if found is None:
                return
            result.invoices.append(
                Invoice(
                    shown,
                    customer,
                    found[0],
                    found[1],
                    found[2],
                    debit,
                    0,
                    self.source(index),
                    self._cost(row),
                    _phone(self.get(row, "phone")),
                    self._opt(row, "email"),
                    self._opt(row, "address"),
                )
            )
        if credit:
            day = self.date_of(self.get(row, "invoice_date"))
            result.payments.append(
                Payment(
                    credit,
                    self.source(index),
                    shown,
                    customer,
                    day if isinstance(day, date) else None,
                    "return" if self._returned(row) else "payment",
                )
            )
        if not isinstance(saldo, _Bad):
            self._running(index, row, debit, credit, saldo, customer)  # type: ignore[arg-type]

    # Payment lists and contact lists.

    def _payment_row(self, index: int, row: Sequence[object]) -> None:
        field_name = "paid" if "paid" in self.idx else "amount"
        date_field = "payment_date" if "payment_date" in self.idx else "invoice_date"
        raw = self.get(row, field_name)
        amount = self.amount(raw)
        self.result.rows_read += 1
        if isinstance(amount, _Bad):
            self.problem("invalid-amount", index, field_name, raw)
            return
        if amount is None:
            self.problem("missing-amount", index, field_name)
            return
        assert not isinstance(amount, _Bad)
        if amount < 0:
            self.problem("negative-amount", index, field_name, raw)
            return
        number, customer = self.get(row, "invoice_no"), self.get(row, "customer")
        if number is None and customer is None and not self.customer:
            self.problem("payment-missing-invoice", index, "invoice_no")
            return
        raw_date = self.get(row, date_field)
        paid_on = self.date_of(raw_date)
        if isinstance(paid_on, _Bad):
            self.problem("invalid-date", index, date_field, raw_date)
            return
        if amount == 0:
            return
        name = self.name(customer) if customer is not None else self.customer or ""
        self.result.payments.append(
            Payment(
                amount,
                self.source(index),
                cell_text(number) if number is not None else "",
                name,
                paid_on,  # type: ignore[arg-type]
                "return" if self._returned(row) else "payment",
            )
        )

    def _contact_row(self, row: Sequence[object]) -> None:
        customer = self.get(row, "customer")
        if customer is None:
            return
        self.result.contacts.append(
            Contact(
                self.name(customer),
                _phone(self.get(row, "phone")),
                self._opt(row, "email"),
                self._opt(row, "address"),
            )
        )

    # The book's own figures ------------------------------------------------------------------

    def _new_block(self, customer: str | None = None) -> None:
        """A repeated header or a heading: the next customer's card or group begins."""
        self._close_running()
        self.sums.close_section()
        if customer is not None:
            self.customer = customer

    def _running(
        self,
        index: int,
        row: Sequence[object],
        debit: Amount,
        credit: Amount,
        saldo: Amount | None,
        customer: str | None = None,
    ) -> None:
        """Follow the running balance per customer and over the whole table (a journal keeps
        either), with the book's Saldo beside it where the row gives one."""
        key = customer or self.customer or ""
        mine = self.balance_by.get(key, 0) + debit - credit
        self.balance_by[key] = mine
        self.balance_all += debit - credit
        if saldo is not None:
            self.saldos.append((index, saldo, mine, self.balance_all))

    def _close_running(self) -> None:
        """A card's block ends: its Saldo starts again from zero."""
        if self.shape == "customer_card":
            self._finish_running()
            self.balance_by, self.balance_all = {}, 0

    def _finish_running(self) -> None:
        """Compare the book's Saldo with the running balance that fits it best (per customer or
        the whole table's). A Saldo that differs by the same amount as the line before is the
        same disagreement (a wrong line carried on), told once; a one-line slip is told once."""
        found, self.saldos = self.saldos, []
        if not found:
            return
        per_customer = sum(s == m for _, s, m, _ in found) >= sum(s == a for _, s, _, a in found)
        before: Amount = 0
        for index, saldo, mine, whole in found:
            read = mine if per_customer else whole
            diff = saldo - read
            if diff and diff != before:
                self.result.saldo = "mismatch"
                self.problem("check-mismatch", index, "balance", book=saldo, read=read)
            before = diff
        if self.result.saldo == "none":
            self.result.saldo = "ok"

    def _check_total(self, index: int, row: Sequence[object]) -> None:
        """A total line: each figure it gives must equal its column's sum since the last total
        (a Sub Total) or since the table began (a grand total)."""
        sums = self.sums
        names = ("amount", "paid") if self.shape in ("customer_card", "journal") else (
            "amount", "paid", "balance"
        )  # fmt: skip
        for name in names:
            if name not in self.idx:
                continue
            value = self.amount(self.get(row, name))
            if value is None or isinstance(value, _Bad):
                continue
            sums.seen.add(value)  # type: ignore[arg-type]
            grand, section = sums.grand.get(name, 0), sums.section.get(name, 0)
            # Excel's SUM adds the number cells of every row, a row Tagih could not use too.
            spreadsheet = [sums.grand.get(f"{name}{how}", 0) for how in "~#"] + [
                sums.section.get(f"{name}{how}", 0) for how in "~#"
            ]
            if value in (grand, section, *spreadsheet):
                if self.result.totals == "none":
                    self.result.totals = "ok"
                continue
            self.result.totals = "mismatch"
            self.problem(
                "check-mismatch",
                index,
                name,
                book=value,
                read=section or grand,  # type: ignore[arg-type]
            )
        if "balance" in self.idx and self.shape in ("customer_card", "journal"):
            saldo = self.amount(self.get(row, "balance"))
            if saldo is not None and not isinstance(saldo, _Bad):
                key = self.customer or ""
                mine = self.balance_by.get(key, self.balance_all)
                if saldo not in (mine, self.balance_all):
                    self.result.totals = "mismatch"
                    self.problem("check-mismatch", index, "balance", book=saldo, read=mine)  # type: ignore[arg-type]
        sums.close_section()

    def _finish_checks(self) -> None:
        self._finish_running()


_NUMBER_TEXT = re.compile(r"\s*-?\d+(?:\.\d+)?\s*")


def _is_number(cell: object) -> bool:
    """A number cell, or a CSV's number ("150000"), as opposed to an amount written as text."""
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
