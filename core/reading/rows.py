"""One rule per kind of row: each data row of a table becomes an invoice, a payment, a return,
an opening balance or a contact, and every line that is not data (a title, a heading, a total,
a repeated header) is told apart and, where it carries the book's own figure, checked.

Text is parsed once per distinct spelling (``_Memo``): a ledger repeats the same few hundred
customers, dates and notes over thousands of rows, so that is where the speed comes from.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import islice
from typing import Final, Generic, Literal, TypeVar

from core.columns import Field, payment_parts
from core.dates import DateError, parse_date, parse_terms
from core.ledger import Contact, DueSource, Invoice, Payment, Source, clean_name
from core.money import Amount, AmountError, parse_amount
from core.reading.checks import RunningBalance, Sums
from core.reading.layout import (
    OPENING_HINT,
    RETURN_HINT,
    TOTAL_HINT,
    Header,
    Shape,
    cell_text,
    is_opening_label,
    is_return_label,
    is_text,
    is_total_label,
    kind_is_credit,
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
        self.start = header.row + 1
        self.columns = _transpose(sheet.rows[self.start :])
        self.cols = {name: _clean(self.columns, i) for name, i in self.idx.items()}
        if header.kinds is not None and "amount" in self.cols:
            # One amount column and a type column: a credit's amount is its payment.
            kinds = [kind_is_credit(v) for v in _clean(self.columns, header.kinds)]
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
            self.cols[f"paid@{i}"] = _clean(self.columns, i)
        self.parsed: dict[str, list[Amount | None]] = {}
        none: list[object] = [None] * (len(self.columns[0]) if self.columns else 0)
        cols = self.cols
        self.c_customer = cols.get("customer", none)
        self.c_number = cols.get("invoice_no", none)
        self.c_amount = cols.get("amount", cols.get("balance", none))
        self.c_credit = cols.get("paid", none)
        self.c_balance = cols.get("balance", none)
        self.c_date = cols.get("invoice_date", none)
        self.c_due = cols.get("due_date", none)
        self.c_terms = cols.get("terms", none)
        self.c_phone = _mapped(cols.get("phone", none), _phone)
        self.c_email = _mapped(cols.get("email", none), _opt_text)
        self.c_address = _mapped(cols.get("address", none), _opt_text)
        # The cells the usual row needs, parsed a column at a time (each text once).
        self.p_amount = self._amounts(self.c_amount)
        self.p_paid = self._amounts(self.c_credit)
        self.p_date = self._dates_of(self.c_date)
        self.p_balance = self._amounts(self.c_balance)
        self.p_due = self._dates_of(self.c_due)
        self.c_cost = self.column_amounts("cost") if "cost" in cols else none
        # The rows whose description marks a return, whose texts mark an opening balance, and
        # whose name or number column holds a total's label: each distinct text looked at once.
        names = {self.idx[n] for n in ("customer", "invoice_no", "phone", "email", "address")
                 if n in self.idx}  # fmt: skip
        notes = [i for i in range(len(self.columns)) if i not in names]
        self.returns = self._marked(notes, is_return_label, RETURN_HINT)
        contacts = {self.idx[n] for n in ("phone", "email", "address") if n in self.idx}
        self.openings = self._marked(
            [i for i in range(len(self.columns)) if i not in contacts],
            is_opening_label,
            OPENING_HINT,
        )
        self.totals = self._marked(
            [self.idx[n] for n in ("customer", "row_no", "invoice_no", "status") if n in self.idx],
            is_total_label,
            TOTAL_HINT,
        )
        self.sisa_checked = (
            "balance" in cols and "amount" in cols and ("paid" in cols or bool(self.paid_parts))
        )  # a Sisa column beside amount and paid columns: the book's own figure for a row
        self.sums = Sums()
        self.running = RunningBalance()

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
            texts = [v for v in set(cells) if type(v) is str]
            # One look through every distinct text first: most columns hold no label at all.
            blob = "\n".join(texts).lower()
            if not any(word in blob for word in hint):
                continue
            labels = {v for v in texts if label(v)}
            if labels:
                found.update(k + self.start for k, v in enumerate(cells) if v in labels)
        return found

    def _amounts(self, cells: Sequence[object]) -> list[Amount | _Bad | None]:
        """``parse_amount`` of each cell (``BAD`` where it is no amount), text once."""
        memo = self.amounts
        return [
            v
            if type(v) is int
            else int(v)
            if type(v) is float and v.is_integer()
            else None
            if v is None
            else memo[v]
            for v in cells
        ]

    def _dates_of(self, cells: Sequence[object]) -> list[date | _Bad | None]:
        """``parse_date`` of each cell (``BAD`` where it is no date), text once."""
        memo = self.dates
        return [v if type(v) is date or v is None else memo[v] for v in cells]  # type: ignore[misc]

    def column_amounts(self, name: str) -> list[Amount | None]:
        """A field's cells as amounts (``None`` where empty or not an amount), once."""
        found = self.parsed.get(name)
        if found is None:
            found = self.parsed[name] = [
                None if isinstance(a, _Bad) else a for a in self._amounts(self.cols.get(name, ()))
            ]
        return found

    def get(self, index: int, name: Field | str) -> object:
        """The cell of a field on row ``index`` as the rules read it (``None`` when empty or
        when the table has no such column)."""
        column = self.cols.get(name)
        return None if column is None else column[index - self.start]

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

    def _total_row(self, index: int, row: Sequence[object]) -> bool:
        """A TOTAL / JUMLAH / Sub Total line whose label stands in another column than the
        ones ``self.totals`` looked at (the first text of the line)."""
        first = next((c for c in row if is_text(c)), None)
        return isinstance(first, str) and is_total_label(first)

    def _heading(self, row: Sequence[object]) -> str | None:
        """A customer's name alone on a line above their invoices (a grouped list), or a title
        line naming one; only in a table without a customer column, on a line without figures
        (the caller looked)."""
        named = title_customer(row)
        if named:
            return named
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
        if "customer" not in self.idx:
            return False
        with_amount = [
            c for c, a in zip(self.c_customer, self.c_amount, strict=True) if a is not None
        ]
        first = next((k for k, c in enumerate(with_amount) if c is not None), len(with_amount))
        blank = with_amount[first:].count(None)
        return blank >= 2 and blank * 10 >= 3 * (len(with_amount) - first)

    def read(self) -> SheetResult:
        rows = self.sheet.rows
        carry = self._carries_down()
        entries = self.shape in ("customer_card", "journal")
        customers, numbers, amounts = self.c_customer, self.c_number, self.c_amount
        credits, balances, dates = self.c_credit, self.c_balance, self.c_date
        start, header_row, totals = self.start, self.header_row, self.totals
        for index in range(start, len(rows)):
            k = index - start
            customer, number = customers[k], numbers[k]
            if (
                customer is None
                and number is None
                and amounts[k] is None
                and credits[k] is None
                and self._blank(rows[index])
            ):
                continue
            row = rows[index]
            if row == header_row:
                self._new_block()
                continue
            # A total's label stands where a data row has its date: only a line without a
            # date (or with it written as text) may be one.
            if index in totals or (
                (customer is None or number is None)
                and type(dates[k]) is not date
                and self._total_row(index, row)
            ):
                self._check_total(index)
                continue
            if carry and customer is not None:
                self.customer = self.name(customer)
            if (
                customer is None
                and amounts[k] is None
                and credits[k] is None
                and balances[k] is None
                and "customer" not in self.idx
            ):
                heading = self._heading(row)
                if heading is not None:
                    self._new_block(self.name(heading))
                    self.result.headings += 1
                    continue
            if self.shape == "payment_list":
                self._payment_row(index)
            elif self.shape == "contact_list":
                self._contact_row(index)
            elif entries:
                self._entry_row(index)
            else:
                self._invoice_row(index)
        self._finish_running()
        return self.result

    # Invoice lists, grouped lists and aging reports: a row per invoice.

    def _invoice_row(self, index: int) -> None:
        result = self.result
        k = index - self.start
        customer_cell = self.c_customer[k]
        number = self.c_number[k]
        raw_amount = self.c_amount[k]
        amount = self.p_amount[k]
        opening = index in self.openings
        if (
            amount is not None
            and customer_cell is None
            and number is None
            and self.c_date[k] is None
            and self.c_due[k] is None
            and not opening
            and not isinstance(amount, _Bad)
            and self._unlabelled_total(amount)
        ):
            return
        result.rows_read += 1
        self.sums.data.append(index - self.start)
        customer = self.name(customer_cell) if customer_cell is not None else self.customer
        field_name = "amount" if "amount" in self.idx else "balance"
        if not customer:
            self.problem("missing-customer", index, "customer")
            return
        if not self._has_amount(index, amount, field_name, raw_amount):
            return
        assert amount is not None and not isinstance(amount, _Bad)
        returned = amount < 0 or index in self.returns
        paid = 0 if returned else self._paid(index, amount)
        if paid is None:
            return
        if self.sisa_checked:
            self._sisa_check(index, amount, paid)
        self.sums.read.append(index - self.start)
        if returned:
            self._return(index, customer, -amount if amount < 0 else amount, number)
            return
        found = self._dates(index, opening)
        if found is None:
            return
        result.customers.add(customer)
        shown = number if type(number) is str else cell_text(number) if number else ""
        result.invoices.append(self._debt(index, shown, customer, found, amount, paid))

    def _debt(
        self,
        index: int,
        number: str,
        customer: str,
        found: tuple[date | None, date, DueSource],
        amount: Amount,
        paid: Amount,
    ) -> Invoice:
        """The record of a debt read from row ``index``, with the row's contacts and cost."""
        k = index - self.start
        return Invoice(
            number,
            customer,
            found[0],
            found[1],
            found[2],
            amount,
            paid,
            self.source(index),
            self.c_cost[k],  # type: ignore[arg-type]
            self.c_phone[k],  # type: ignore[arg-type]
            self.c_email[k],  # type: ignore[arg-type]
            self.c_address[k],  # type: ignore[arg-type]
        )

    def _has_amount(
        self, index: int, amount: Amount | _Bad | None, field_name: str, raw: object
    ) -> bool:
        """Whether the row's amount was read; a problem for the row otherwise."""
        if isinstance(amount, _Bad):
            self.problem("invalid-amount", index, field_name, raw)
            return False
        if amount is None:
            self.problem("missing-amount", index, field_name)
            return False
        return True

    def _note(self, index: int) -> str | None:
        """The row's texts, where an opening balance says what it is (and maybe its date)."""
        row = self.sheet.rows[index]
        texts = [v for v in row if type(v) is str and v.strip()]
        return " | ".join(texts) if texts else None

    def _unlabelled_total(self, amount: Amount) -> bool:
        """A line with an amount and nothing else that equals a sum so far: a total without a
        label, not an invoice."""
        if amount and (amount in self.sums.seen or amount in islice(self._sums("amount"), 2)):
            self.sums.seen.add(amount)
            self.sums.close_section()
            return True
        return False

    def _return(self, index: int, customer: str, amount: Amount, number: object) -> None:
        day = self.p_date[index - self.start]
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

    def _paid(self, index: int, amount: Amount) -> Amount | None:
        """What the row says was paid: numbered payment columns, the paid column, amount less
        balance, or LUNAS in a paid or status column; ``None`` for a bad row."""
        paid: Amount = 0
        if self.paid_parts:
            for i in self.paid_parts:
                raw = self.get(index, f"paid@{i}")
                part = self.amount(raw)
                if isinstance(part, _Bad) or (part is not None and part < 0):  # type: ignore[operator]
                    self.problem("invalid-paid", index, "paid", raw)
                    return None
                paid += part or 0  # type: ignore[operator]
        elif "paid" in self.idx:
            k = index - self.start
            raw = self.c_credit[k]
            if type(raw) is str and self.paid_notes[raw]:
                paid = amount
            else:
                part = self.p_paid[k]
                if isinstance(part, _Bad) or (part is not None and part < 0):  # type: ignore[operator]
                    self.problem("invalid-paid", index, "paid", raw)
                    return None
                paid = part or 0  # type: ignore[assignment]
        elif "balance" in self.idx and "amount" in self.idx:
            raw = self.get(index, "balance")
            balance = self.amount(raw)
            if isinstance(balance, _Bad):
                if not (type(raw) is str and self.paid_notes[raw]):
                    self.problem("invalid-amount", index, "balance", raw)
                    return None
                balance = 0
            paid = max(amount - (balance or 0), 0)  # type: ignore[operator]
        status = self.get(index, "status")
        if type(status) is str and self.paid_notes[status] and paid < amount:
            paid = amount
        return paid

    def _sisa_check(self, index: int, amount: Amount, paid: Amount) -> None:
        balance = self.amount(self.get(index, "balance"))
        if balance is None or isinstance(balance, _Bad):
            return
        read = max(amount - paid, 0)
        if balance != read and not (balance < 0 and read == 0):  # type: ignore[operator]
            self.problem("check-mismatch", index, "balance", book=balance, read=read)  # type: ignore[arg-type]
            self.result.sisa = "mismatch"
        elif self.result.sisa == "none":
            self.result.sisa = "ok"

    def _dates(self, index: int, opening: bool) -> tuple[date | None, date, DueSource] | None:
        k = index - self.start
        raw_date = self.c_date[k]
        day = self.p_date[k]
        if not opening and type(day) is date and type(due := self.p_due[k]) is date:
            return day, due, "column"  # the usual row
        if isinstance(day, _Bad):
            self.problem("invalid-date", index, "invoice_date", raw_date)
            return None
        assert not isinstance(day, _Bad)
        if opening:
            # An opening balance is due on its own date: "Saldo s/d 31/10/2026" names it.
            note = self._note(index)
            if day is None and note is not None:
                day = _date_in(note)
            if day is None:
                day = self.first_date
            if day is None:
                self.problem("missing-due-date", index, "invoice_date")
                return None
            return day, day, "opening"
        raw_due = self.c_due[k]
        if raw_due is not None:
            due = self.p_due[k]
            if isinstance(due, date):
                return day, due, "column"
            days = self.terms[raw_due] if isinstance(due, _Bad) else None
            if days is None or day is None:
                self.problem("invalid-date", index, "due_date", raw_due)
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
        return min((day for day in self.p_date if type(day) is date), default=None)

    # Cards and journals: a debit or a credit per row, a running balance beside them.

    def _entry_row(self, index: int) -> None:
        result = self.result
        k = index - self.start
        raw_debit, raw_credit = self.c_amount[k], self.c_credit[k]
        debit, credit = self.p_amount[k], self.p_paid[k]
        opening = index in self.openings
        saldo = self.p_balance[k]
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
        self.sums.data.append(k)
        customer_cell = self.c_customer[k]
        customer = self.name(customer_cell) if customer_cell is not None else self.customer
        if not customer:
            self.problem("missing-customer", index, "customer")
            return
        number = self.c_number[k]
        shown = number if type(number) is str else cell_text(number) if number is not None else ""
        self.sums.read.append(k)
        if opening:
            found = self._dates(index, True)
        elif debit:
            found = self._dates(index, False)
        else:
            if isinstance(self.p_date[k], _Bad):
                self.problem("invalid-date", index, "invoice_date", self.c_date[k])
                return
            found = None
        result.customers.add(customer)
        if debit:
            if found is None:
                return
            result.invoices.append(self._debt(index, shown, customer, found, debit, 0))
        if credit:
            day = self.p_date[k]
            result.payments.append(
                Payment(
                    credit,
                    self.source(index),
                    shown,
                    customer,
                    day if isinstance(day, date) else None,
                    "return" if index in self.returns else "payment",
                )
            )
        if not isinstance(saldo, _Bad):
            self.running.add(index, customer, debit, credit, saldo)  # type: ignore[arg-type]

    # Payment lists and contact lists.

    def _payment_row(self, index: int) -> None:
        field_name = "paid" if "paid" in self.idx else "amount"
        date_field = "payment_date" if "payment_date" in self.idx else "invoice_date"
        raw = self.get(index, field_name)
        amount = self.amount(raw)
        self.result.rows_read += 1
        if not self._has_amount(index, amount, field_name, raw):
            return
        assert amount is not None and not isinstance(amount, _Bad)
        if amount < 0:
            self.problem("negative-amount", index, field_name, raw)
            return
        number, customer = self.get(index, "invoice_no"), self.get(index, "customer")
        if number is None and customer is None and not self.customer:
            self.problem("payment-missing-invoice", index, "invoice_no")
            return
        raw_date = self.get(index, date_field)
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
                "return" if index in self.returns else "payment",
            )
        )

    def _contact_row(self, index: int) -> None:
        k = index - self.start
        customer = self.c_customer[k]
        if customer is None:
            return
        self.result.contacts.append(
            Contact(
                self.name(customer),
                self.c_phone[k],  # type: ignore[arg-type]
                self.c_email[k],  # type: ignore[arg-type]
                self.c_address[k],  # type: ignore[arg-type]
            )
        )

    # The book's own figures ------------------------------------------------------------------

    def _new_block(self, customer: str | None = None) -> None:
        """A repeated header or a heading: the next customer's card or group begins (a card's
        Saldo starts again from zero)."""
        if self.shape == "customer_card":
            self._finish_running()
        self.sums.close_section()
        if customer is not None:
            self.customer = customer

    def _finish_running(self) -> None:
        """The book's Saldo against the balance its rows ran to, told where they part."""
        given, mismatches = self.running.finish()
        for index, book, read in mismatches:
            self.result.saldo = "mismatch"
            self.problem("check-mismatch", index, "balance", book=book, read=read)
        if given and self.result.saldo == "none":
            self.result.saldo = "ok"

    def _sums(self, name: str) -> Iterator[Amount]:
        """A column's sums a total line may give (``Sums.of``)."""
        values = self.column_amounts(name)
        numbers = self.parsed.get(f"{name}#")
        if numbers is None:
            cells = self.cols.get(name, ())
            numbers = self.parsed[f"{name}#"] = [
                v if _is_number(c) else None for v, c in zip(values, cells, strict=True)
            ]
        return self.sums.of(name, values, numbers)

    def _check_total(self, index: int) -> None:
        """A total line: each figure it gives must equal its column's sum since the last total
        (a Sub Total) or since the table began (a grand total)."""
        entries = self.shape in ("customer_card", "journal")
        for name in ("amount", "paid") if entries else ("amount", "paid", "balance"):
            if name not in self.idx:
                continue
            value = self.amount(self.get(index, name))
            if value is None or isinstance(value, _Bad):
                continue
            self.sums.seen.add(value)
            if value in self._sums(name):
                if self.result.totals == "none":
                    self.result.totals = "ok"
                continue
            self.result.totals = "mismatch"
            section, whole = islice(self._sums(name), 2)
            self.problem("check-mismatch", index, name, book=value, read=section or whole)
        if "balance" in self.idx and entries:
            saldo = self.amount(self.get(index, "balance"))
            if saldo is not None and not isinstance(saldo, _Bad):
                mine, whole = self.running.now(self.customer or "")
                if saldo not in (mine, whole):
                    self.result.totals = "mismatch"
                    self.problem("check-mismatch", index, "balance", book=saldo, read=mine)
        self.sums.close_section()


def _mapped(cells: Sequence[object], func: Callable[[object], object]) -> list[object]:
    """``func`` of every cell of a column, once per distinct value."""
    seen: dict[object, object] = {None: None}
    out = []
    for value in cells:
        try:
            found = seen[value]
        except KeyError:
            found = seen[value] = func(value)
        except TypeError:  # an unhashable cell
            found = func(value)
        out.append(found)
    return out


def _opt_text(value: object) -> str | None:
    return None if value is None else cell_text(value)


def _transpose(body: Sequence[Sequence[object]]) -> list[tuple[object, ...]]:
    """A table's rows as columns; short rows (a CSV's) padded with empty cells."""
    if not body:
        return []
    width = max(map(len, body))
    if min(map(len, body)) != width:
        body = [[*row, *([None] * (width - len(row)))] for row in body]
    return list(zip(*body, strict=True))


def _clean(columns: Sequence[Sequence[object]], i: int) -> list[object]:
    """Column ``i`` as the rules read its cells: text stripped, empty as ``None``, and a lone
    "Rp" (the currency in a cell of its own) replaced by the number in the next column. Each
    distinct text is looked at once."""
    if i >= len(columns):
        return [None] * (len(columns[0]) if columns else 0)
    cells = columns[i]
    texts: dict[object, str | None] = {
        v: (v.strip() or None) for v in set(cells) if isinstance(v, str)
    }
    out: list[object] = list(map(texts.get, cells, cells))  # a number or date is itself
    lone = {v for v, text in texts.items() if text is not None and text.lower() in _CURRENCY_ONLY}
    if lone:
        following = _clean(columns, i + 1) if i + 1 < len(columns) else [None] * len(cells)
        out = [following[k] if v in lone else out[k] for k, v in enumerate(cells)]
    return out


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
