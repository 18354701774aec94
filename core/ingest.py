"""Read an owner's receivables spreadsheets into invoices, payments and a report of what was odd.

``read_ledger`` never raises on a messy row: each one it cannot use becomes a ``Problem`` with
file, sheet, Excel row and column, and the rest is read. It raises ``LedgerReadError`` only
when a whole file cannot be read, with a message the owner can act on. Each sheet says which
shape it was read as (``core.reading.layout.Shape``) and whether the book's own figures (a
Saldo column, Sub Total and TOTAL lines, a Sisa column) agree with what was read.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from itertools import accumulate, compress, islice
from operator import and_, attrgetter, itemgetter, not_, or_
from pathlib import Path
from typing import Final, Literal, cast

from core.columns import (
    LEFT_WORDS,
    PAYER_WORDS,
    ColumnChoice,
    Field,
    Guess,
    charge_parts,
    guess_field,
    names_count,
    names_notes,
    names_tax,
    normalise_header,
    settles_beside,
    unwritten_whole,
)
from core.dates import DEFAULT_TERM_DAYS, FAR_YEARS, MONTHS, usual_year, year_of
from core.i18n import Lang, t
from core.ledger import (
    CodeColumn,
    Contact,
    CustomerKey,
    Invoice,
    Payment,
    build_ledger,
    clean_name,
    code_names,
    coded_names,
    counted_once,
    customer_key,
    customer_terms,
    customers_by_code,
    invoice_key,
    invoice_keys,
    once_across,
)
from core.money import (
    CREDIT_MARKS,
    SIDE_MARKS,
    Amount,
    AmountError,
    normalise,
    parse_amount,
    side_mark,
)
from core.reading.layout import (
    CHOOSABLE,
    HEADER_SCAN_ROWS,
    SHAPE_KEYS,
    SMALLEST_RUPIAH,
    Header,
    Shape,
    account_sheet,
    amount_unit,
    as_of_day,
    bank_accounts,
    card_customer,
    cell_text,
    change_given,
    charge_on_top,
    chart_of_accounts,
    code_column,
    coded_accounts,
    colour_legend,
    counted_amount,
    cut_of,
    date_heading,
    days_late_column,
    detect_header,
    double_entry,
    entries_by_rows,
    extra_fields,
    figures_of,
    from_cells,
    header_parts,
    holds_figures,
    invoice_named_column,
    is_opening_label,
    is_payment_label,
    is_payments_sheet,
    is_returns_sheet,
    is_text,
    is_total_label,
    is_written_off,
    item_columns,
    journal_accounts,
    kind_is_credit,
    kinds_column,
    known_kinds,
    lead_line,
    ledger_accounts,
    letterhead,
    line_discount,
    line_freight,
    money_columns,
    month_columns,
    month_heading,
    named_day,
    names_column,
    names_commission,
    names_invoice,
    names_own_number,
    names_paid_invoices,
    names_sale,
    names_savings,
    names_written_off,
    open_list_day,
    order_reference_column,
    payable_kinds,
    payer_column,
    payment_rows,
    priced_per_unit,
    quantity_price_columns,
    read_header,
    running_balance,
    sales_beside_credits,
    sales_with_returns,
    share_scale,
    sheet_title_customer,
    side_by_side,
    signs_column,
    sub_account_customers,
    table_name,
    till_columns,
    title_customer,
    unknown_kinds,
    unnamed_amount,
    unnamed_first_column,
    within_amounts,
)
from core.reading.problems import (
    COLUMN_SEP,
    FIELD_SEP,
    ErrorCode,
    IgnoredSheet,
    LedgerReadError,
    Problem,
    SheetReason,
)
from core.reading.rows import (
    Check,
    SheetReader,
    holds_invoice_numbers,
    named_invoices,
    not_received,
    noted_numbers,
    notes_naming_short,
    opening_day,
    status_proper,
    status_says,
    transpose,
)
from core.reading.safety import column_letters
from core.reading.sheets import OpenedFile, RawSheet, file_bytes, iter_sheets
from core.reading.sniff import Format

__all__ = [
    "Batch", "IgnoredSheet", "LedgerFile", "LedgerReadError", "Problem", "SheetReport",
    "as_owed", "detect_header_row", "owed_by_columns", "read_beside", "read_ledger",
    "read_ledgers",
]  # fmt: skip

_DIGIT: Final = re.compile(r"\d")
# A figure with a decimal comma and one or two decimals ("12,5", "7,25"; not "1,500").
_DECIMAL_COMMA: Final = re.compile(r"^\d+,\d{1,2}$")
SheetKind = Literal["invoices", "payments", "contacts", "entries"]
# A file to read: its path, its name and bytes (an upload), or a file whose reading has begun.
Source = Path | str | tuple[str, bytes] | OpenedFile


@dataclass(slots=True)
class SheetReport:
    """What was read from one sheet: its shape, header row, columns as mapped, rows, records,
    and the checks against the book's own figures ("ok", "mismatch", or "none" without one)."""

    name: str
    kind: SheetKind
    header_row: int
    columns: dict[Field, ColumnChoice]
    rows_read: int = 0
    records: int = 0
    headers: list[str] = field(default_factory=list)
    shape: Shape = "invoice_list"
    customers: int = 0
    checks: dict[str, Check] = field(default_factory=dict)
    customer_names: frozenset[str] = frozenset()
    unit: int = 1  # rupiah per unit of its figures: 1000 for a book kept in thousands
    month_first: bool = False  # its dates written month first ("10/15/2026")
    swapped: bool = False  # its Debet and Kredit read the other way round (``Header.swapped``)
    item_lines: int = 0  # lines of items added to the invoice above them
    # The columns the table stands in ("H:M") when the sheet holds tables side by side.
    block: str = ""
    # Where its records stand in the file's ``invoices`` and ``payments`` as read (the
    # file-wide rules after the sheets, ``_credits_once`` and ``_recaps``, ask).
    invoices_at: range = range(0)
    payments_at: range = range(0)
    # The day its title says it lists what was still owed on ("DAFTAR PIUTANG BELUM LUNAS per
    # 22 November 2026": ``layout.open_list_day``), for a list of invoices that says so.
    open_as_of: date | None = None


@dataclass(slots=True)
class LedgerFile:
    """Everything read from one file. ``format`` says which reader was used."""

    name: str
    format: Format
    digest: str
    invoices: list[Invoice] = field(default_factory=list)
    payments: list[Payment] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    sheets: list[SheetReport] = field(default_factory=list)
    ignored: list[IgnoredSheet] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    default_term_used: int = 0
    # The texts of the sheets left aside without a header, by sheet, and the customer a
    # title line over such a sheet names ("Kartu Piutang: UD Mitra Tani"): ``_unread_sheets``
    # asks whether they name the file's invoices, or are cards beside the cards read.
    unheaded: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    unheaded_cards: dict[str, str] = field(default_factory=dict, repr=False)
    # The invoices of the files read with this one, for a file of payments naming invoices in
    # its notes alone ("Tgl | Keterangan | Nominal" beside the invoice list: ``read_ledgers``).
    beside: list[Invoice] = field(default_factory=list, repr=False)
    # The customer's order numbers ("No. PO") of the invoices read, by ``invoice_key``: the
    # invoice's number each names (``_order_references``).
    references: dict[str, str] = field(default_factory=dict, repr=False)
    # Each sheet read whose customer a title line names: its name and that customer; the
    # names that are the shop's letterhead instead (``layout.letterhead``), once known.
    titles: list[tuple[str, str]] = field(default_factory=list)
    letterhead: frozenset[str] = frozenset()
    # Each sheet of orders read by its marketplace column: its name, that column's label, its
    # first names and its orders' numbers (``_platforms_paid`` asks whether they are paid out).
    platforms: list[tuple[str, str, str, frozenset[str]]] = field(default_factory=list)
    # Each customer whose opening balance says it carries another name's card, by that name
    # (``_name_codes``).
    carried_from: dict[CustomerKey, str] = field(default_factory=dict, repr=False)
    # Each customer's balance their card ran to on the sheets read so far, by the name read
    # (a card kept a page a sheet goes on from it: ``checks.RunningBalance``).
    ran: dict[str, Amount] = field(default_factory=dict, repr=False)
    # Each sheet read whose "No" column counts its rows 1, 2, 3 …: that column's label and its
    # number at each Excel row; and the labels of such columns found to number the notas
    # (``_nota_numbers``).
    counters: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict, repr=False)
    nota_labels: set[str] = field(default_factory=set, repr=False)
    # Each table of credits with a column numbering the payment itself ("No. Bukti"): where
    # its credits stand in ``payments``, the sheet, those columns and the first one's label
    # (``_credits_once`` reads each credit's own number there, only where it asks).
    receipts: list[tuple[range, RawSheet, tuple[int, ...], str]] = field(
        default_factory=list, repr=False
    )
    # Each table of invoices or credits with a column of the customer's code beside the name
    # ("Kode Pelanggan | Nama Pelanggan"): where its invoices and its credits stand, the
    # sheet, that column, and whether its label is a plain "Kode" or "ID" (``_name_codes``).
    codes: list[tuple[range, range, RawSheet, int, bool]] = field(default_factory=list, repr=False)
    # Each table left aside as a summary (customers and a figure, no date nor invoice number:
    # ``sheet.summary_only``): its sheet, its labels, its figure's label and its rows as (Excel
    # row, customer, figure); ``_recaps`` tells where a figure is not what the other sheets
    # leave owing.
    summaries: list[tuple[str, tuple[str, ...], str, list[tuple[int, str, Amount]]]] = field(
        default_factory=list, repr=False
    )
    # Each sheet left aside without a header that recaps the months ("Bulan | Penjualan |
    # Dibayar | Sisa"): its name and title lines, the owed figure's label, and each month's
    # row (Excel row, month, figure); ``_month_recaps`` tells where a figure is not what the
    # month's sheet leaves owing.
    month_recaps: list[tuple[str, tuple[str, ...], str, list[tuple[int, int, Amount]]]] = field(
        default_factory=list, repr=False
    )
    # Each buku besar sheet of the receivable account naming no customer (the control account,
    # "Buku Besar Piutang" beside a card per customer): its name, the Excel row of its last
    # line, its figure's label and its balance (``_controls`` checks it against the cards,
    # never counts it).
    controls: list[tuple[str, int, str, Amount]] = field(default_factory=list, repr=False)
    # The workbook's chart of accounts, names by code ("1-1300" → "Piutang Usaha"), and whether
    # a table of accounts' codes was read before it was known (the file is read again).
    chart: dict[str, str] = field(default_factory=dict, repr=False)
    coded: bool = False
    # Each sheet read as opening balances (``_opening_sheet``): what called it so ("sheet
    # 'Saldo Awal'"), and the year its day was worked out from where only a year was written
    # ("Saldo Awal 2025": ``_opening_sheets``), else None.
    openings: dict[str, tuple[str, int | None]] = field(default_factory=dict, repr=False)


# The owner's choice for one sheet: which header holds a field, and the shape to read it as.
SheetChoice = tuple[Mapping[str, str | None] | None, Shape | None]


def detect_header_row(
    rows: list[list[object]], overrides: Mapping[str, str | None] | None = None
) -> tuple[int, dict[Field, ColumnChoice]] | None:
    """The header's (last) row index among ``rows`` and its column mapping, or ``None``."""
    found = detect_header(rows, overrides)
    return None if found is None else (found.row, found.columns)


def _with_kinds(
    sheet: RawSheet, header: Header, body: Sequence[Sequence[object]], label: str
) -> Header:
    """The header, with the column that says of each row whether it is a sale or a payment
    when the table has one amount column and such a column. ``body``: the table's columns;
    ``label``: the file's name, for a sheet without one of its own."""
    has = header.columns
    if "amount" not in has or "paid" in has or header.entries:
        return header
    taken = {c.index for name, c in has.items() if name != "status"}
    columns = [_column(body, i) for i in range(len(body))]
    # Cards in blocks on one sheet, the header written again over each ("Tanggal | … | Jenis
    # | Jumlah | Saldo" under "Nama Pelanggan : Warung Pecel Mbak Ning"): that line is no row
    # (``SheetReader.read`` starts a block there), nor its "Jenis" a type word of neither kind.
    top = sheet.rows[header.row]
    lead = next((j for j, label in enumerate(top) if label is not None), len(body))
    if lead < len(body) and top[lead] in body[lead]:  # the header's first label again
        for k, row in enumerate(sheet.rows[header.row + 1 :]):
            if row == top:
                for cells in columns:
                    cells[k] = None
    # A row that moves no money says nothing by its type: an exchange on a Nota Kredit sheet
    # ("Tukar barang (tidak ada nilai)" beside a Nilai of "-") is no word of neither kind that
    # would leave the sheet's credit notes unread. Each distinct amount cell looked at once.
    amounts = columns[has["amount"].index]
    idle = {c for c in set(amounts) if _figure_or_text(c) in (None, 0)}
    kinds = [
        [None if a in idle else c for c, a in zip(cells, amounts, strict=True)] for cells in columns
    ]
    found = kinds_column(kinds, taken, header.labels)
    odd = unknown_kinds(kinds, taken, header.labels) if found is None else None
    typed = (
        found
        if found is not None
        else odd[0]
        if odd is not None
        else known_kinds(kinds, taken, header.labels)
    )
    if typed is not None and _sales_with_sisa(header, columns, typed):
        # An invoice list, each row's balance beside its amount. Where its payments are in
        # the balances of the invoices they paid, each row owes its balance alone: read as
        # an amount, a payment's would lower them again.
        signs = signs_column(header.labels[typed])
        if any(kind_is_credit(c, signs) for c in columns[typed]):
            return replace(header, columns={n: c for n, c in has.items() if n != "amount"})
        return header
    if found is not None:
        return replace(header, kinds=found, entries=True)
    if odd is not None:
        return replace(header, untyped=(header.labels[odd[0]], tuple(odd[1])))
    if not ({"invoice_no", "due_date", "terms", "balance"} & has.keys()) and not is_payments_sheet(
        table_name(sheet.name, label, has, header.as_read)
    ):
        # Without a number, a due date or a balance, a row whose note says only "bayar" may be
        # a payment written in the one amount column: which rows are sales cannot be told. (A
        # sheet named for payments lists payments: its "cicilan" is one of them.)
        paying = payment_rows(columns, taken)
        if paying:
            first = header.row + 1
            return replace(
                header, mixed=tuple((sheet.excel_row(first + k), note) for k, note in paying)
            )
    return header


def _sales_with_sisa(header: Header, columns: Sequence[Sequence[object]], kinds: int) -> bool:
    """Whether a type column stands beside a balance of each row alone, never above its
    amount as a Saldo that runs is: an invoice list with its Sisa, not a journal. Every row a
    sale ("Sales Invoice" beside "Balance Due": Jurnal's Aged Receivable Detail), or the
    credits leaving nothing, their payment in the Balance of the invoices it paid (QuickBooks's
    Sales Transactions: "Payment" and "Sales Receipt", a cash sale, beside a Balance of 0) or
    what is left of their own, a credit not applied yet ("Payment -500.000 | -500.000",
    ``_credit_left``): the type then says nothing of what is owed, a word of neither sale nor
    payment no more.
    A Saldo that runs back to 0 at each payment is a journal's. Only the rows of a type are
    looked at: a total line has none ("TOTAL", "Total for Bu Ratna" under no type), and its
    figures, mistyped or not, say nothing of what the rows' balances are."""
    has = header.columns
    if "balance" not in has:
        return False
    typed = [k for k, c in enumerate(columns[kinds]) if c is not None and cell_text(c).strip()]
    balances = [columns[has["balance"].index][k] for k in typed]
    amounts = [columns[has["amount"].index][k] for k in typed]
    signs = signs_column(header.labels[kinds])
    credits = [kind_is_credit(columns[kinds][k], signs) for k in typed]
    if not any(credits):
        return within_amounts(balances, amounts)
    rows = list(zip(credits, balances, map(_figure_or_text, amounts), strict=False))
    if any(credit and not _credit_left(left, amount) for credit, left, amount in rows):
        return False
    sales = [(left, amount) for credit, left, amount in rows if not credit]
    if not sales:
        return False
    # A payment all applied (its Balance 0) beside sales none of whose balances it lowered is
    # in no row's Sisa: the balance is a card's Saldo, back to 0 at the payment ("+ | Ambil
    # kerudung | 750.000 | 750.000", "- | Lunas | 750.000 | 0", "+ | Ambil gamis | 600.000 |
    # 600.000", a card of three rows whose running tells too little).
    applied = any(
        credit and _figure_or_text(left) in (None, 0) and amount for credit, left, amount in rows
    )
    if applied and all(_figure_or_text(left) == amount for left, amount in sales):
        return False
    debits = [None if credit or isinstance(a, str) else a for credit, _, a in rows]
    paid = [abs(a) if credit and isinstance(a, int | Decimal) else None for credit, _, a in rows]
    return within_amounts(*zip(*sales, strict=True)) and not running_balance(
        [left for _, left, _ in rows], debits, paid, ()
    )


def _credit_left(left: object, amount: Amount | str | None) -> bool:
    """Whether a payment's or a return's Balance is what is left of it to set against the
    customer's invoices: nothing, all applied ("Payment -2.000.000 | 0"), or part of its own
    amount, not applied yet ("Payment -500.000 | -500.000"), a credit to the customer. A
    figure above 0 is a Saldo that runs.

    >>> _credit_left(0, -2_000_000), _credit_left(-500_000, -500_000), _credit_left(None, 50)
    (True, True, True)
    >>> _credit_left(3_000_000, -2_000_000), _credit_left(-600_000, -500_000)
    (False, False)
    """
    figure = _figure_or_text(left)
    if figure in (None, 0):
        return True
    if not isinstance(figure, int | Decimal) or not isinstance(amount, int | Decimal):
        return False
    return (amount if amount < 0 else -amount) <= figure < 0


def _with_tab_amount(header: Header, body: Sequence[Sequence[object]]) -> Header:
    """The header, with the tab's column ("Ngebon", "Bon", "Hutang") the amount where the
    column taken as the sale's amount beside it holds words only: what was bought ("Belanjaan":
    "semen 1 sak + paku", near "Belanja" by its name). ``columns.total_parts`` makes the tab
    what is left to pay beside a sale's amount and what was paid ("Subtotal | Bayar |
    Hutang"); a column of words is no amount, so the figures named for the tab are."""
    has = header.columns
    if "amount" not in has or "balance" not in has:
        return header
    a, b = has["amount"].index, has["balance"].index
    label = header.labels[b]
    if a >= len(body) or b >= len(body) or normalise_header(label) not in LEFT_WORDS:
        return header
    words = [_figure_or_text(c) for c in dict.fromkeys(body[a]) if c not in (None, "")]
    figures = [_figure_or_text(c) for c in dict.fromkeys(body[b]) if c not in (None, "")]
    if not words or any(type(w) is not str for w in words):
        return header
    if not any(isinstance(f, int | Decimal) for f in figures):
        return header
    columns: dict[Field, ColumnChoice] = {name: c for name, c in has.items() if name != "balance"}
    guess = guess_field(label) or Guess("amount", 90, "keyword")
    columns["amount"] = ColumnChoice("amount", b, label, guess.confidence, guess.method)
    return replace(header, columns=columns)


def _with_running(header: Header, body: Sequence[Sequence[object]]) -> Header:
    """The header, with a column that is the balance so far ("Total Bon", "Saldo", "Total"
    beside Bon and Bayar) taken as a running balance, never as the amount: the column it runs
    with is the amount, and the header says whether it runs over the whole table or per
    customer."""
    has = header.columns
    if header.entries:
        return _with_swapped_sides(header, body)
    if header.kinds is not None:
        # A card's or a journal's Saldo by its name is checked as it runs (RunningBalance
        # tells over the whole table from per customer itself): no column to choose here.
        return header
    if "paid" not in has:
        return _with_unnamed_sides(header, body)
    taken = {c.index for c in has.values()}
    guessed = {
        i: guess
        for i, label in enumerate(header.as_read)
        if label
        and i not in taken
        and (guess := guess_field(label)) is not None
        and guess.field in ("amount", "balance")
    }
    amounts = [has["amount"].index] if "amount" in has else []
    balances = [has["balance"].index] if "balance" in has else []
    # What is on the tab ("Kasbon") or receivable ("Piutang"), read as the balance beside a total
    # and a payment (``total_parts``), is the debt taken where that total runs ("Kasbon | Bayar |
    # Total").
    named = header.as_read
    tabs = [b for b in balances if normalise_header(named[b]) in LEFT_WORDS]
    debits = amounts + [i for i, g in guessed.items() if g.field == "amount"] + tabs
    if not debits:
        return header
    runs = balances + [i for i in guessed if i not in debits] + debits
    width = len(body)  # a CSV's rows may all stop short of the header's last columns
    if has["paid"].index >= width:
        return header
    credits = body[has["paid"].index]
    customers, total_line = _run_by(header, body)
    for r in runs:
        for d in debits:
            if d == r or r >= width or d >= width:
                continue
            # A column named for the balance ("Sisa") is told by fewer rows than another.
            least = 1 if r in balances else 2
            running = running_balance(body[r], body[d], credits, customers, total_line, least)
            if not running:
                continue
            labels = header.labels
            columns = dict(has)
            if "amount" not in has or has["amount"].index != d:
                guess = guessed.get(d) or Guess("amount", 100, "exact")
                columns["amount"] = ColumnChoice(
                    "amount", d, labels[d], guess.confidence, guess.method
                )
            kept = has.get("balance")
            if kept is None or kept.index != r:
                columns["balance"] = ColumnChoice("balance", r, labels[r], 90, "keyword")
            return replace(header, columns=columns, running=running)
    return header


def _run_by(
    header: Header, body: Sequence[Sequence[object]]
) -> tuple[Sequence[object], Callable[[int], bool]]:
    """What a balance may run by (``running_balance``): the customer column's cells, or
    without one the block each row stands in, the header repeated over each (a bon book's
    block per person, "Nama : Bu Siti" over "Tgl | Keterangan | Bon | Bayar | Sisa", her Sisa
    starting again from her first bon); and whether row ``k`` is a TOTAL line (its label
    wherever it stands), asked only of the rows the look goes through, which is a few dozen
    when no column runs."""
    has = header.columns
    customers: Sequence[object] = ()
    if "customer" in has and (c := has["customer"].index) < len(body):
        customers = body[c]
    elif body:
        labels = [label or None for label in header.labels[: len(body)]]
        j = next((i for i, label in enumerate(labels) if label), 0)
        again = [k for k, cell in enumerate(body[j]) if cell == labels[j]]
        again = [k for k in again if [column[k] for column in body] == labels]
        if again:
            starts = [False] * len(body[j])
            for k in again:
                starts[k] = True
            customers = list(accumulate(starts))

    def total_line(k: int) -> bool:
        return any(type(cell := column[k]) is str and is_total_label(cell) for column in body)

    return customers, total_line


_SIDES_LOOKED: Final = 60


def _with_swapped_sides(header: Header, body: Sequence[Sequence[object]]) -> Header:
    """A card's Debet and Kredit used the other way round, as a shopkeeper may ("Kredit" what
    was taken on credit, "Debet" the cash paid in): its Saldo runs with Kredit less Debet on
    its rows, never with Debet less Kredit, and no note says otherwise (no payment's word on
    a Kredit row, no sale's on a Debet row: a deposit book's "Setor" under Kredit is its own).
    Then Kredit is read as the sales and Debet as the payments, and the reading sentence says
    so; read as written, every debtor would be a credit balance. A card's or a journal's
    Saldo read as written is checked as it runs (RunningBalance tells over the whole table
    from per customer itself)."""
    has = header.columns
    if header.kinds is not None or not {"amount", "paid", "balance"} <= has.keys():
        return header
    a, p, b = (has[name].index for name in ("amount", "paid", "balance"))
    if max(a, p, b) >= len(body):
        return header
    # Told by its first rows (a side turned round is so on every row; the Saldo check then
    # looks at them all as read): a long card's every figure is not parsed twice more.
    body = [column[:_SIDES_LOOKED] for column in body]
    customers, total_line = _run_by(header, body)
    if running_balance(body[b], body[a], body[p], customers, total_line, least=1):
        return header
    if not running_balance(body[b], body[p], body[a], customers, total_line, least=1):
        return header
    notes = [j for j in range(len(body)) if j not in (a, p, b)]

    def said(side: int) -> set[str]:
        rows = [k for k, cell in enumerate(body[side]) if _figure_or_text(cell) not in (None, 0)]
        return {c for j in notes for k in rows if type(c := body[j][k]) is str}

    if any(map(is_payment_label, said(p))) or any(map(names_sale, said(a))):
        return header
    columns = {
        **has,
        "amount": replace(has["paid"], field="amount"),
        "paid": replace(has["amount"], field="paid"),
    }
    return replace(header, columns=columns, swapped=True)


def _with_unnamed_sides(header: Header, body: Sequence[Sequence[object]]) -> Header:
    """The header, with a Sisa that runs beside two columns of money no name of ours took
    ("Piutang Naik | Piutang Turun | Sisa Piutang"): the column that raises it read as the
    amount, the one that lowers it as paid, the Sisa as the running balance it is. Never
    each row's amount, summed: a journal's every row would be added up again. So beside the
    amount and no paid column: the money column it runs down by is what was paid (a kasbon
    book's "Ngebon | Cicilan | Sisa Bon", each person's Sisa lower by the Cicilan on the rows
    of it alone; read as each row's own Sisa, those rows would be bons with no amount)."""
    has = header.columns
    if "balance" not in has or {"paid", "returned"} & has.keys():
        return header
    width = len(body)  # a CSV's rows may all stop short of the header's last columns
    b = has["balance"].index
    taken = {c.index for c in has.values()} | set(header.buckets)
    # (A card of one sale and its payments has one figure on its side: the Sisa running with
    # the two columns is what says they are the sides, "Masuk | Keluar | Saldo".)
    sides = money_columns(body, taken, header.labels, least=1)
    debits = [has["amount"].index] if "amount" in has else sides
    if b >= width or len(sides) < (1 if "amount" in has else 2) or debits[0] >= width:
        return header
    customers, total_line = _run_by(header, body)
    for d in debits:
        for c in sides:
            running = (
                "" if c == d else running_balance(body[b], body[d], body[c], customers, total_line)
            )
            if running:
                labels = header.labels
                columns = dict(has)
                if "amount" not in has:
                    columns["amount"] = ColumnChoice("amount", d, labels[d], 80, "keyword")
                columns["paid"] = ColumnChoice("paid", c, labels[c], 80, "keyword")
                return replace(header, columns=columns, running=running)
    return header


def _with_discount(header: Header) -> Header:
    """A payments table's header, its "Potongan" / "Diskon" column read as a credit that
    settles beside the money (in an invoice list it is a discount already in the total), and
    so a marketplace's fee kept of an order it pays out ("Biaya Admin"), tax the customer
    withheld ("PPh 22 Dipotong" beside a bendahara's "Diterima Bersih"), a transfer fee the
    shop bears ("Biaya TF (ditanggung toko)") and the rounding ("Pembulatan": ``takes_off``).
    The first such column is the field; the rows add the others to it (``SheetReader``'s
    ``p_returned``: "Diterima | PPh 23 | Biaya TF (ditanggung toko)")."""
    if "returned" in header.columns:
        return header
    taken = {c.index for c in header.columns.values()}
    for i, label in enumerate(header.labels):
        if i not in taken and isinstance(label, str) and settles_beside(label):
            choice = ColumnChoice("returned", i, label, 90, "keyword")
            return replace(header, columns={**header.columns, "returned": choice})
    return header


def _payments_named(name: str, heading: str) -> bool:
    """Whether a sheet's name or the heading over its table says it lists payments, each
    read alone: "PEMBAYARAN" over a table beside the invoices of a sheet "Piutang Okt" names
    that table's payments (read together, "piutang okt pembayaran" would name what is owed:
    ``is_payments_sheet``)."""
    return is_payments_sheet(name) or (bool(heading) and is_payments_sheet(heading))


def _commission_named(
    out: LedgerFile, sheet: RawSheet, header: Header, heading: str | None
) -> tuple[tuple[str, str], ...]:
    """The words that name a table without a customer column a salesman's commission on each
    invoice (``names_commission``: "Komisi Sales", "PERHITUNGAN KOMISI SALESMAN" over
    "Salesman | No Faktur | Nilai Faktur | Komisi | Status Komisi"), as the reason's words;
    none for any other. It quotes the invoices' values and its status words ("Dibayarkan",
    "Ditahan") are the commission's, no customers' names: read, they were taken for a
    customer column unsure and the whole file refused. Its name or title and a column say
    so both: a reseller's card ("Bu Ani": "Tanggal | Jumlah | Komisi | Sisa") is read."""
    labels = filter(None, header.labels)
    if "customer" in header.columns or not any(map(names_commission, labels)):
        return ()
    titles = [cell_text(c) for row in sheet.rows[: header.first] for c in row if is_text(c)]
    texts = [sheet.name or out.name, heading or "", *titles]
    said = next((text.strip() for text in texts if names_commission(text)), None)
    return () if said is None else (("said", f"'{said}'"),)


def _savings_named(
    out: LedgerFile, sheet: RawSheet, header: Header, heading: str | None
) -> tuple[tuple[str, str], ...] | None:
    """The words that name a sheet a savings book (``names_savings``: its name, the file's
    for a sheet of none, the heading over its table, or a title line above its header:
    "TABUNGAN LEBARAN BU WATI" over "Tanggal | Keterangan | Jumlah | Saldo"), as the reason's
    words; ``None`` for any other sheet. Read, its deposits would be debts ("setor" 50.000)
    or pay the customer's debts ("Setor" as paid), its withdrawals returns.

    A customer's name is a name, not the book's kind: where the words are in the sheet's name
    or in the customer a title line names ("Pelanggan : Bu Ambar (Arisan RT)", her card on
    the sheet "Bu Ambar (Arisan RT)"), a table of sales is read (``_sells``): a savings book
    sells nothing on credit. The book's own words ("BUKU TABUNGAN") set it aside whatever its
    rows."""
    name = sheet.name or out.name
    lines: list[Sequence[object]] = [[name], [heading or ""], *sheet.rows[: header.first]]
    sells: bool | None = None  # worked out only for a name naming savings
    for at, line in enumerate(lines):
        for cell in line:
            text = cell_text(cell) if is_text(cell) else ""
            if not text or not names_savings(text):
                continue
            # The customer's name in it: the sheet's own, or the one a title line names.
            customer = name if at == 0 else title_customer(line) if at > 1 else None
            if customer is None or names_savings(text.replace(customer, " ")):
                return (("said", f"'{text.strip()}'"),)
            if sells is None:
                sells = _sells(sheet, header)
            if not sells:
                return (("said", f"'{text.strip()}'"),)
    return None


def _sells(sheet: RawSheet, header: Header) -> bool:
    """Whether a table lists sales on credit: a nota's number (in a column named for an
    invoice, "No. Nota", "No Faktur": ``names_invoice``) beside a figure in its amount column
    ("CT-31" beside Debet 2.500.000). A savings book's slips ("No. Bukti" beside "Ambil") are
    none."""
    number, amount = header.columns.get("invoice_no"), header.columns.get("amount")
    if number is None or amount is None or not names_invoice(number.header):
        return False
    column = _cells_under(sheet, header)
    numbers = column(number.index)
    return any(
        figure and numbers[k] is not None and cell_text(numbers[k])
        for k, figure in enumerate(figures_of(column(amount.index)))
    )


def _sheet_shape(
    sheet: RawSheet,
    header: Header,
    label: str,
    forced: Shape | None,
    body: Sequence[Sequence[object]],
    heading: str = "",
    titled: str | None = None,
    quoting: bool = False,
    paying: bool = False,
) -> tuple[Shape, str | None] | SheetReason:
    """The shape a table is read as, and the customer the sheet names outside it (for a table
    without a customer column); otherwise the reason to leave the sheet aside. ``body``: the
    table's columns; ``heading``: what a table beside others is called, as a sheet's name;
    ``titled``: the customer a title line above the table names (``sheet_title_customer``);
    ``quoting``: its invoice numbers (or, without a number or customer column, its notes)
    name invoices of the file's sheets before it; ``paying``: its name says its invoices are
    paid and its numbers are those sheets' invoices (``_paid_invoices``), a list of payments."""
    has = header.columns.keys()
    customer = None
    if "customer" not in has:
        customer = card_customer(titled, sheet.name)
    names = (table_name(sheet.name, label, has, header.as_read), heading)
    # A sheet of invoices paid ("Sudah Bayar") is named for no payments, nor one whose status
    # says of a row that it is not paid ("status_bayar.csv": Jumlah | Status Bayar "Belum").
    payment_named = (
        (paying or _payments_named(*names) or _receipts_by_columns(header))
        and not header.settled
        and not _status_says_owed(body, header)
    )
    return_named = (
        any(map(is_returns_sheet, names)) and not _payments_named(*names) and not header.settled
    )
    if (payment_named or return_named) and not paying and "amount" in has and "paid" not in has:
        # Its one signed column holds sales beside the payments: a book of both, by its rows.
        at = header.columns
        customer_at = at["customer"].index if "customer" in at else -1
        if sales_beside_credits(body, at["amount"].index, customer_at):
            payment_named = return_named = False
    if return_named and not payment_named and "amount" in has:
        # A name for returns over a table of what is owed: each row's paid, Sisa, due date or
        # terms, or sales with a few returns among them ("22_retur.csv": Jumlah | Dibayar, a
        # "(250.000)" row) is an invoice list; read as returns, every sale was a credit.
        amount = header.columns["amount"].index
        if {"paid", "balance", "due_date", "terms"} & has or sales_with_returns(
            _column(body, amount)
        ):
            return_named = False
    dated = bool({"invoice_date", "invoice_no"} & has)
    entries = header.entries
    if not entries and forced is None and {"amount", "paid"} <= has and dated:
        amounts = _column(body, header.columns["amount"].index)
        paids = _column(body, header.columns["paid"].index)
        backs = _column(body, header.columns["returned"].index) if "returned" in has else None
        entries = entries_by_rows(amounts, paids, backs)
    if forced is not None:
        if forced in ("customer_card", "journal"):
            return ("journal" if "customer" in has else "customer_card"), customer
        return forced, customer
    if entries and dated and ({"amount", "paid"} <= has or header.kinds is not None):
        return ("journal" if "customer" in has else "customer_card"), customer
    identifies = "invoice_no" in has or "customer" in has or quoting
    credits_named = payment_named or return_named
    payment_like = (
        identifies
        and ("paid" in has or "returned" in has or ("amount" in has and credits_named))
        # A due date on a sheet named for payments is a giro's or a cheque's; beside an amount
        # and a paid column it is a schedule's, each row an instalment owed by then and what
        # was paid on it ("Kartu Angsuran": Jatuh Tempo, Jumlah Angsuran, Bayar).
        and not ({"terms", "balance"} & has or ("due_date" in has and not credits_named))
        # (Unless its numbers are the invoices of the sheets before it: a payments sheet that
        # quotes each invoice's value and due date beside what was paid.)
        and (quoting or not {"amount", "paid", "due_date"} <= has)
        and (credits_named or "payment_date" in has or "amount" not in has)
    )
    # A notebook with no date column may head each day's rows with its date ("Jumat, 2
    # Oktober 2026"): the rows under it are that day's (``date_heading``). Its first line under
    # the header is one (a date under a summary's rows is where it was signed). Or keep a sheet
    # a day, named by its whole date ("01-10-2026"): its rows are that day's (``named_day``).
    under = islice(sheet.rows, header.row + 1, None)
    invoice_like = bool({"amount", "balance"} & has) and (
        bool({"invoice_no", "invoice_date", "due_date", "terms"} & has)
        or date_heading(next((row for row in under if any(map(is_text, row))), ())) is not None
        or named_day(sheet.name) is not None
    )
    if credits_named and payment_like:
        return "payment_list", customer
    if invoice_like and "customer" in has:
        return ("aging_report" if len(header.buckets) >= 2 else "invoice_list"), None
    if payment_like:
        return "payment_list", customer
    if "customer" in has and not ({"amount", "balance", "paid"} & has):
        return "contact_list", None
    if "customer" in has:
        return "sheet.summary_only"
    if invoice_like:
        # No customer column: the customer is in a title line, in headings over each group of
        # invoices, or in the sheet's name (read as the rows come).
        return ("aging_report" if len(header.buckets) >= 2 else "invoice_list"), customer
    return "sheet.no_header"


def _opening_sheet(
    out: LedgerFile, sheet: RawSheet, header: Header, heading: str
) -> date | SheetReason | None:
    """The day a table of customers and balances with no date nor invoice number column is
    the opening balances of, where its sheet's name, a title line above it or its figure's
    header calls it so (saldo awal, saldo per <day>, saldo s/d, pindahan, b/f, opening
    balance: ``is_opening_label``): what each customer owed when the book began, "Pelanggan |
    Saldo per 31/12/2025" on a sheet "Saldo Awal", each row a debt due that day
    (``rows.opening_day``: the header's day, else a title's, else the name's; a year alone,
    "Saldo Awal 2025", that year's end, moved by ``_opening_sheets``). ``None`` for any other
    table (a summary); ``sheet.opening_undated`` where no day is written: the file is refused
    rather than read without those debts. A recap of the other sheets it may still be: by its
    figures, or dated after them (``_recaps``)."""
    figure = header.columns.get("amount") or header.columns.get("balance")
    if figure is None:
        return None
    titles = [c for row in sheet.rows[: header.first] for c in row if type(c) is str]
    texts = [figure.header, *titles, heading, sheet.name]
    said = next((text for text in texts if text and is_opening_label(text)), None)
    if said is None:
        return None
    found = opening_day([text for text in texts if text])
    if found is None:
        return "sheet.opening_undated"
    day, year_only = found
    out.openings[sheet.name] = (f"'{said.strip()}'", day.year if year_only else None)
    return day


def _opening_sheets(out: LedgerFile) -> None:
    """Settle the sheets read as opening balances (``_opening_sheet``) once the file's other
    sheets are read. Beside no record of them (a list of balances alone, "Pelanggan | Saldo
    per 22/11/2026") they open no book: a summary again, whose debts' age cannot be told (the
    file refused for that where it holds nothing else). One that wrote only a year ("Saldo
    awal 2026") is dated that year's first day where the other records run in that year: what
    the year opened with; beside a later year's ("Saldo Awal 2025" beside 2026's sales) it
    stays at that year's end."""
    if not out.openings:
        return
    others = [inv for inv in out.invoices if inv.source.sheet not in out.openings]
    if not others and not out.payments:
        for report in [r for r in out.sheets if r.name in out.openings]:
            out.sheets.remove(report)
            out.ignored.append(IgnoredSheet(out.name, report.name, "sheet.summary_only"))
        out.invoices[:] = others
        out.openings.clear()
        return
    years = {name: year for name, (_, year) in out.openings.items() if year is not None}
    days = [inv.invoice_date for inv in others] + [pay.paid_on for pay in out.payments]
    seen = {day.year for day in days if day is not None}
    for at, inv in enumerate(out.invoices):
        year = years.get(inv.source.sheet)
        if year in seen and inv.due_source == "opening":
            first = date(year, 1, 1)
            out.invoices[at] = inv._replace(invoice_date=first, due_date=first)


def _receipts_by_columns(header: Header) -> bool:
    """Whether a table's columns say its rows are receipts, whatever its sheet is called: its
    customer is who the money came from ("No. Kwitansi | Tanggal | Diterima Dari | Jumlah",
    "Penyetor"). Not beside a due date, terms or a balance: a bill's."""
    payer = header.columns.get("customer")
    return (
        payer is not None
        and normalise_header(payer.header) in PAYER_WORDS
        and not {"due_date", "terms", "balance"} & header.columns.keys()
    )


# Who the shop owes, not who owes the shop: a purchases book's supplier.
_SUPPLIERS: Final = frozenset({
    "supplier", "nama supplier", "pemasok", "nama pemasok", "vendor", "nama vendor", "pbf",
    "kreditur", "creditor", "suplier",
})  # fmt: skip


def _payables(header: Header) -> str | None:
    """The label of a table's supplier column ("Supplier", "Pemasok", "Vendor") when it has no
    customer column: a book of the shop's own debts (hutang dagang), which owes it nothing."""
    if "customer" in header.columns:
        return None
    return next(
        (label for label in header.labels if label and normalise_header(label) in _SUPPLIERS),
        None,
    )


def _without_payables(
    out: LedgerFile, sheet: RawSheet, header: Header, body: Sequence[Sequence[object]]
) -> RawSheet | None:
    """The sheet without the rows its type column says are the shop's own debts
    (``payable_kinds``: "Pembelian" beside "Penjualan", "Hutang" and "Bayar Hutang" beside
    "Piutang"), nor a payment typed only as one ("Pembayaran") by a name on such rows alone: a
    supplier paid. Those rows are told as a part left aside; ``None`` when there are none."""
    taken = {c.index for name, c in header.columns.items() if name != "status"}
    found = payable_kinds(body, taken, header.labels)
    if found is None:
        return None
    at, words = found
    kinds = body[at]
    own = [type(c) is str and c.strip() in words for c in kinds]
    if "customer" in header.columns and header.columns["customer"].index < len(body):
        names = [
            cell_text(c).casefold() if c is not None else ""
            for c in body[header.columns["customer"].index]
        ]
        credit: dict[object, bool] = {c: kind_is_credit(c) for c in set(kinds)}
        suppliers = {n for n, o in zip(names, own, strict=False) if o}
        suppliers -= {
            n for n, o, c in zip(names, own, kinds, strict=False) if not o and not credit.get(c)
        }
        if suppliers:
            own = [
                o or (name in suppliers and credit.get(c, False))
                for o, name, c in zip(own, names, kinds, strict=False)
            ]
    first = header.row + 1
    gone = frozenset(first + k for k, o in enumerate(own) if o)
    shown = ", ".join(f"'{word}'" for word in sorted(words))
    out.ignored.append(
        IgnoredSheet(
            out.name,
            sheet.name,
            "sheet.payable_rows",
            (("column", header.labels[at]), ("words", shown), ("count", str(len(gone)))),
        )
    )
    return replace(sheet, rows=[[] if k in gone else row for k, row in enumerate(sheet.rows)])


def _nota_numbers(
    out: LedgerFile, sheet: RawSheet, header: Header, body: Sequence[Sequence[object]]
) -> Header:
    """The header, its "No" column (a row counter by its name) read as the notas' numbers
    where the book numbers each month's sheet from 1 again and relists last month's open
    notas by their numbers: on a sheet whose numbers start at 1 but do not run 1, 2, 3 … in
    row order, one of them quoting a number an earlier sheet's column of that label gave the
    same customer (November's "sisa Okt" rows, October's notas 1 and 3 listed again). The
    earlier sheets' invoices then take their numbers too, and a later sheet's column of that
    label is read as numbers. A column counting 1, 2, 3 … in row order stays a counter."""
    has = header.columns
    if "invoice_no" in has or "customer" not in has:
        return header
    choice = has["row_no"]
    label = normalise_header(choice.header)
    columns: dict[Field, ColumnChoice] = {n: c for n, c in has.items() if n != "row_no"}
    numbered = replace(header, columns={**columns, "invoice_no": _as_number(choice)})
    if label in out.nota_labels:
        return numbered
    cells = body[choice.index] if choice.index < len(body) else []
    first = header.row + 1
    rows = list(sheet.excel_rows(range(first, first + len(cells))))
    counting = range(1, len(cells) + 1)
    if cells == list(counting):  # the usual counter, no line without its number
        out.counters[sheet.name] = (label, dict(zip(rows, counting, strict=True)))
        return header
    numbers = {
        at: int(cell)
        for at, cell in enumerate(cells)
        if (type(cell) is int or (type(cell) is float and cell.is_integer())) and cell >= 1
    }
    values = list(numbers.values())
    if not values:
        return header
    if values == list(range(1, len(values) + 1)):
        out.counters[sheet.name] = (label, {rows[at]: n for at, n in numbers.items()})
        return header
    earlier = {name: at for name, (seen, at) in out.counters.items() if seen == label}
    if min(values) != 1 or not earlier:
        return header
    given = {
        (sheet_name, inv.source.row): at
        for at, inv in enumerate(out.invoices)
        if not inv.number and (sheet_name := inv.source.sheet) in earlier
    }
    quoted = {
        (earlier[name][row], customer_key(out.invoices[at].customer))
        for (name, row), at in given.items()
        if row in earlier[name]
    }
    names = body[has["customer"].index] if has["customer"].index < len(body) else []
    if not any(
        type(name) is str and (n, customer_key(clean_name(name))) in quoted
        for at, n in numbers.items()
        if at < len(names) and (name := names[at])
    ):
        return header
    for (name, row), at in given.items():
        if row in earlier[name]:
            out.invoices[at] = out.invoices[at]._replace(number=str(earlier[name][row]))
    for report in out.sheets:
        if report.name in earlier and "row_no" in report.columns:
            report.columns["invoice_no"] = _as_number(report.columns.pop("row_no"))
    for name in earlier:
        del out.counters[name]
    out.nota_labels.add(label)
    return numbered


def _as_number(choice: ColumnChoice) -> ColumnChoice:
    return replace(choice, field="invoice_no")


def _column(body: Sequence[Sequence[object]], i: int) -> list[object]:
    """Column ``i`` of the table's columns, a blank or whitespace cell as ``None``."""
    if i >= len(body):
        return [None] * (len(body[0]) if body else 0)
    return [(v.strip() or None) if type(v) is str else v or None for v in body[i]]


# Sheets left aside because reading them would risk a wrong total: the file's refusal says why.
_REFUSALS: Final = (
    "sheet.shape_unsure", "sheet.mixed_amounts", "sheet.unread_amounts", "sheet.unknown_kinds",
    "sheet.customer_unsure", "sheet.yearless_dates", "sheet.colour_paid", "sheet.parts_unsummed",
    "sheet.rows_unread", "sheet.small_amounts", "sheet.twin_amounts", "sheet.parts_no_total",
    "sheet.control_alone", "sheet.double_entry",
)  # fmt: skip
# Of those, the ones whose reason names what the sheet lacks (no shape to choose instead).
_SHEET_REFUSALS: Final = (
    "sheet.yearless_dates", "sheet.colour_paid", "sheet.parts_unsummed", "sheet.rows_unread",
    "sheet.small_amounts", "sheet.twin_amounts", "sheet.parts_no_total", "sheet.control_alone",
    "sheet.double_entry", "sheet.opening_undated",
)  # fmt: skip

# Sheets left aside for a column they lack: a file of no other sheet is refused naming it.
_LACKING: Final[dict[SheetReason, ErrorCode]] = {
    "sheet.summary_only": "no_dates", "sheet.unnamed_column": "unnamed_column",
    "sheet.journal_accounts": "journal_accounts", "sheet.no_customer": "no_customer",
    "sheet.other_account": "other_accounts", "sheet.month_columns": "month_columns",
}  # fmt: skip

# Rows read but not counted on purpose (a giro not yet cleared, an invoice not posted yet), the
# book's own figures disagreeing, a column told unread, a due date before its invoice's (the
# row counted, due after its terms): no rows that could not be read.
_READ_NOT_COUNTED: Final = frozenset(
    {"check-mismatch", "uncleared-payment", "draft-invoice", "unread-column", "due-before-invoice"}
)

_KINDS: Final[dict[Shape, SheetKind]] = {
    "invoice_list": "invoices", "grouped": "invoices", "aging_report": "invoices",
    "customer_card": "entries", "journal": "entries", "payment_list": "payments",
    "contact_list": "contacts",
}  # fmt: skip


def _unsummed_parts(header: Header, sheet: RawSheet) -> tuple[tuple[str, str], ...] | None:
    """A day's sales in parts (Tunai | QRIS | Bon | Total) whose Total is, on most rows, not
    the sum of its parts: what each owes cannot be told. The reason's words, else ``None``."""
    parts = header_parts(header)
    if parts is None or parts.total is None:
        return None
    unsummed = parts.unsummed(sheet.rows[header.row + 1 :])
    if not unsummed.most:
        return None
    labels = header.labels
    named = " + ".join(f"'{labels[i]}'" for i in (*parts.ways, parts.credit))
    return (
        ("total", f"'{labels[parts.total]}'"),
        ("parts", named),
        ("bad", str(len(unsummed.rows))),
        ("rows", str(unsummed.of)),
    )


def _twin_amount(header: Header, sheet: RawSheet) -> tuple[tuple[str, str], ...] | None:
    """Another column of figures named as the amount column is ("Jumlah | Jumlah", or
    "Tanggal | Jumlah | Tanggal | Jumlah": a payment's beside the invoice's): which one is the
    invoice's the names cannot tell, and reading the first would leave the other out
    unsaid. (Unless the first is a count of goods, the other the line's total beside its price:
    "Jumlah | Harga | Jumlah", ``counted_amount``.) The reason's words, else ``None``."""
    amount = header.columns.get("amount")
    if amount is None or header.read_as:
        return None
    # Named alike as written: "Nilai" beside "Nilai (Rp)" is a currency's figure and its
    # value in rupiah, no twin (``foreign-currency``).
    name = " ".join(amount.header.lower().split())
    twins = [
        i
        for i, label in enumerate(header.labels)
        if label and i != amount.index and " ".join(label.lower().split()) == name
    ]
    if not twins:
        return None
    column = _cells_under(sheet, header)
    if counted_amount(header.labels, header.columns, column) is not None:
        return None
    for i in twins:
        if any(figure is not None for figure in figures_of(column(i))):
            at = sheet.first_column + 1
            letters = f"{column_letters(amount.index + at)}, {column_letters(i + at)}"
            return (("column", amount.header), ("columns", letters))
    return None


def _cells_under(sheet: RawSheet, header: Header) -> Callable[[int], list[object]]:
    """Column ``i`` of the table under ``header``, a cell per row (empty past a short row's
    end), taken only when asked."""
    start = header.row + 1

    def cells(i: int) -> list[object]:
        return [row[i] if i < len(row) else None for row in islice(sheet.rows, start, None)]

    return cells


def _parts_of_no_total(header: Header) -> tuple[tuple[str, str], ...] | None:
    """A workshop's charges in parts and no column of their whole ("Biaya Jasa | Biaya
    Sparepart | Bayar": ``unwritten_whole``), no amount (the owner chose none) and no balance
    to read instead: what each row charges cannot be told. The reason's words (the parts),
    else ``None``."""
    if {"amount", "balance"} & header.columns.keys():
        return None
    labels = header.as_read
    parts = unwritten_whole(labels)
    if not parts:
        return None
    return (("parts", " + ".join(f"'{labels[i]}'" for i in parts)),)


def _read_sheet(
    out: LedgerFile,
    sheet: RawSheet,
    default_term: int,
    mapping: Mapping[str, str | None] | None,
    forced: Shape | None,
    heading: str | None = None,
    terms: Mapping[CustomerKey, int] | None = None,
) -> None:
    """Read one sheet into ``out``; tables side by side on it each as a sheet of their own.
    ``heading``: for one of those tables, the heading lines over it alone ("PEMBAYARAN");
    ``terms``: the customers' terms from the file's customer sheets (``customer_terms``)."""
    header = detect_header(sheet.rows, mapping)
    if (header is None or "customer" not in header.columns) and _payments_named(
        table_name(
            sheet.name,
            out.name,
            header.columns if header else (),
            header.as_read if header else (),
        ),
        heading or "",
    ):
        header = _payer_header(sheet, mapping) or header or _noted_header(sheet, mapping)
    if header is not None:
        header = from_cells(sheet.rows, header, mapping)
    if header is None and (chart := chart_of_accounts(sheet.rows, None)):
        # A chart of accounts of its two columns alone ("Kode Akun | Nama Akun"), no field of
        # a debt's among them: it names the journal's codes as one with more columns does.
        out.chart.update(chart)
        out.ignored.append(IgnoredSheet(out.name, sheet.name, "sheet.chart_of_accounts"))
        return
    if header is None:
        unnamed = unnamed_first_column(sheet.rows, mapping) is not None
        # Names and money under names none of which is the amount's ("Omset Bersih"): told as
        # a contact list holding money is, naming them.
        figures = None if unnamed else unnamed_amount(sheet.rows, mapping)
        # A customer column and the months across it, ticked ("Nama | Jan | Feb | … | Des"):
        # told so, no amount column to read, never as a sheet without a customer.
        months = None if unnamed or figures else month_columns(sheet.rows, mapping)
        reason: SheetReason = (
            "sheet.unnamed_column" if unnamed
            else "sheet.unread_amounts" if figures
            else "sheet.month_columns" if months
            else "sheet.no_header"
        )  # fmt: skip
        money = (("columns", ", ".join(f"'{label}'" for label in figures)),) if figures else ()
        if months:
            money = (("months", ", ".join(months[:3]) + (", …" if len(months) > 3 else "")),)
        out.ignored.append(IgnoredSheet(out.name, sheet.name, reason, money))
        if _unread_texts(out, sheet):
            top = sheet.rows[:HEADER_SCAN_ROWS]
            titled = next((name for row in top if (name := title_customer(row))), None)
            if titled is not None:
                out.unheaded_cards[sheet.name] = titled
            if reason == "sheet.no_header" and (monthly := _month_recap(sheet)) is not None:
                out.month_recaps.append(monthly)
        return
    if forced is None and (savings := _savings_named(out, sheet, header, heading)) is not None:
        out.ignored.append(IgnoredSheet(out.name, sheet.name, "sheet.savings", savings))
        return
    if forced is None and (commission := _commission_named(out, sheet, header, heading)):
        out.ignored.append(IgnoredSheet(out.name, sheet.name, "sheet.commission", commission))
        return
    till = till_columns(header.labels, sheet.rows[header.row + 1 :]) if forced is None else None
    if till is not None:
        ways = ", ".join(f"'{way}'" for way in till)
        out.ignored.append(IgnoredSheet(out.name, sheet.name, "sheet.till", (("columns", ways),)))
        return
    if forced is None and (unsummed := _unsummed_parts(header, sheet)) is not None:
        out.ignored.append(IgnoredSheet(out.name, sheet.name, "sheet.parts_unsummed", unsummed))
        return
    if sheet.text_only and sheet.row_numbers is not None:  # a CSV's rows may split into more fields
        kept = _without_split_rows(out, sheet, header)
        if kept is None:
            return
        sheet = kept
    control = False
    if forced is None and {"amount", "paid"} <= header.columns.keys():
        account = _receivable_account(out, sheet, header)
        if account is None:
            return
        sheet, control = account
    if chart := chart_of_accounts(sheet.rows, header):
        # The chart of accounts ("Daftar Akun"): names the journal's codes, owes nothing.
        out.chart.update(chart)
        out.ignored.append(IgnoredSheet(out.name, sheet.name, "sheet.chart_of_accounts"))
        return
    if coded_accounts(sheet.rows, header) and not out.chart:
        out.coded = True
    accounts = journal_accounts(sheet.rows, header, out.chart)
    if accounts is not None:
        lines = _receivable_lines(out, sheet, header, accounts)
        if lines is None:
            return
        sheet, header = lines
    elif forced is None and double_entry(sheet.rows, header):
        out.ignored.append(IgnoredSheet(out.name, sheet.name, "sheet.double_entry"))
        return
    recap = _recap_below(sheet.rows, header) if heading is None else None
    if recap is not None:
        _read_sheet(out, sheet.lines(0, recap), default_term, mapping, forced, None, terms)
        under = sheet.lines(recap)
        title = cell_text(next(c for c in under.rows[0] if is_text(c)))
        _read_sheet(out, under, default_term, mapping, forced, title, terms)
        return
    starts = side_by_side(sheet.rows, header, mapping) if heading is None else ()
    if starts:
        _read_tables(out, sheet, header, starts, default_term, mapping, forced, terms)
        return
    if mapping is None and (twin := _twin_amount(header, sheet)) is not None:
        out.ignored.append(IgnoredSheet(out.name, sheet.name, "sheet.twin_amounts", twin))
        return
    if forced is None and (parts := _parts_of_no_total(header)) is not None:
        out.ignored.append(IgnoredSheet(out.name, sheet.name, "sheet.parts_no_total", parts))
        return
    sheet, header = _with_partner_lines(out, sheet, header)
    sheet, header = _with_change(_with_saldo_sides(sheet, header), header)
    sheet, header = _with_charges_on_top(*_with_bucket_sums(*_with_line_totals(sheet, header)))
    sheet, header = _with_dues_from_days_late(sheet, header)
    body = transpose(sheet.rows[header.row + 1 :])
    if not body:  # a form not filled in yet
        out.ignored.append(IgnoredSheet(out.name, sheet.name, "sheet.no_rows"))
        return
    if forced is None and (kept := _without_payables(out, sheet, header, body)) is not None:
        sheet = kept
        body = transpose(sheet.rows[header.row + 1 :])
    header = _with_running(_with_kinds(sheet, _with_tab_amount(header, body), body, out.name), body)
    blocked = {name for name, text in (mapping or {}).items() if not text}
    if blocked:
        auto = read_header(header.as_read)[0]
        refused = frozenset(c.index for name, c in auto.items() if name in blocked)
        header = replace(header, refused=refused)
    if header.untyped and forced is None:
        label, odd = header.untyped
        words = ", ".join(f"'{word}'" for word in odd[:5]) + (", …" if len(odd) > 5 else "")
        out.ignored.append(
            IgnoredSheet(
                out.name,
                sheet.name,
                "sheet.unknown_kinds",
                (("column", f"'{label}'"), ("words", words)),
            )
        )
        return
    if header.mixed and forced is None:
        shown = header.mixed[:5]
        rows = ", ".join(str(row) for row, _ in shown)
        # The rows' own words, each once ("'cicilan', 'bayar'").
        words = ", ".join(f"'{note}'" for note in dict.fromkeys(note for _, note in shown))
        out.ignored.append(
            IgnoredSheet(
                out.name, sheet.name, "sheet.mixed_amounts", (("rows", rows), ("words", words))
            )
        )
        return
    payables = _payables(header) if forced is None else None
    if payables is not None:
        out.ignored.append(
            IgnoredSheet(out.name, sheet.name, "sheet.payables", (("column", payables),))
        )
        return
    titled = sheet_title_customer(sheet.rows, header, out.letterhead)
    paid = None
    if forced is None:
        # Its name, the heading over its table, and the title lines above its header
        # ("ARSIP FAKTUR LUNAS TAHUN 2024" over an archive sheet's invoices) say it alike.
        above = (cell_text(c) for row in sheet.rows[: header.first] for c in row if is_text(c))
        named = table_name(sheet.name, out.name, header.columns, header.as_read)
        paid = _paid_invoices(out, header, body, " ".join((named, heading or "", *above)))
    if paid == "invoices":
        header = replace(header, settled=True)
    elif paid is None and forced is None and _written_off_sheet(sheet, header, heading or ""):
        header = replace(header, written_off=True)
    quoting = _quotes_invoices(out, header, body)
    decided = _sheet_shape(
        sheet, header, out.name, forced, body, heading or "", titled, quoting, paid == "payments"
    )
    opening: date | None = None
    if decided == "sheet.summary_only" and forced is None:
        day = _opening_sheet(out, sheet, header, heading or "")
        if isinstance(day, date):
            opening, decided = day, ("invoice_list", None)
        elif day is not None:  # opening balances of no day
            out.ignored.append(IgnoredSheet(out.name, sheet.name, day))
            return
    if isinstance(decided, str):
        out.ignored.append(IgnoredSheet(out.name, sheet.name, decided))
        # (A summary of what was paid alone, no figure owed beside it, says nothing to check.)
        if (
            decided == "sheet.summary_only"
            and forced is None
            and {"balance", "amount"} & header.columns.keys()
        ):
            out.summaries.append(_summary_rows(sheet, header, body))
        return
    shape, customer = decided
    if shape == "customer_card" and titled is None and "customer" not in header.columns:
        # A card continued on another sheet ("Kartu A-B (2)") under the name of a customer
        # whose card ran on the sheets before, alone on the line over its header ("Toko Sinar
        # Mas (2)"), is theirs, as the first card under a sheet's stacked cards is.
        lead = lead_line(sheet.rows, header.first)
        card = None if lead is None else card_customer(lead, sheet.name)
        if card is not None and card in out.ran:
            customer = card
    if titled is not None and "customer" not in header.columns:
        out.titles.append((sheet.name, titled))
    if shape == "contact_list" and forced is None:
        # Names and money in columns of no name we know ("Anda Berikan"): read as contacts it
        # would owe nothing, silently.
        taken = {c.index for c in header.columns.values()}
        unread = money_columns(body, taken, header.labels)
        if unread:
            named = ", ".join(f"'{header.labels[i]}'" for i in unread)
            out.ignored.append(
                IgnoredSheet(out.name, sheet.name, "sheet.unread_amounts", (("columns", named),))
            )
            return
    if shape == "payment_list":
        header = _with_discount(header)
        if not _own_numbers_name_invoices(out, header, body):
            header = invoice_named_column(header)
    # A book kept in thousands says so above its table or in its headers ("dalam ribuan").
    titles = [c for row in sheet.rows[: header.first] for c in row if type(c) is str]
    unit = amount_unit([*titles, *header.labels])
    if shape == "invoice_list" and "row_no" in header.columns:
        header = _nota_numbers(out, sheet, header, body)
    earlier = out.invoices or out.beside
    # A card goes on from the balance the customer's card ran to on the sheets before it.
    brought = out.ran if shape == "customer_card" else None
    result = SheetReader(
        out.name, sheet, header, shape, default_term, customer, body, unit, earlier, terms,
        out.references, opening, brought,
    ).read()  # fmt: skip
    if control and titled is None and not result.headings:
        # The receivable account's own sheet naming no customer: what the cards beside it add
        # up to, or nobody's debts that could be told apart.
        owed = sum(inv.amount - inv.paid for inv in result.invoices) - sum(
            p.amount for p in result.payments
        )
        at = [inv.source.row for inv in result.invoices]
        last = max([*at, *(p.source.row for p in result.payments)], default=0)
        figure = header.columns.get("balance") or header.columns["amount"]
        out.controls.append((sheet.name, last, figure.header, owed))
        return
    if result.headings and "customer" not in header.columns and titled is None:
        # A grouped list: the rows before the first heading in the table belong to the heading
        # just above the header, not to a title or the sheet's name.
        lead = lead_line(sheet.rows, header.first)
        result = SheetReader(
            out.name, sheet, header, shape, default_term, lead, body, unit, earlier, terms,
            out.references,
        ).read()  # fmt: skip
    if shape == "invoice_list" and result.headings:
        shape = "grouped"  # headings over each customer's rows, in a column of their own or not
    if forced is None and (small := _small_amounts(result.invoices, header, unit)) is not None:
        # Every amount below a thousand rupiah: a count of goods ("Jumlah" of sacks) or a book
        # kept in thousands that does not say so; read, it would be a total of a few rupiah.
        out.ignored.append(IgnoredSheet(out.name, sheet.name, "sheet.small_amounts", small))
        return
    if (
        shape in ("invoice_list", "grouped")
        and forced is None
        and result.invoices
        and not {"paid", "balance"} & header.columns.keys()
        and (legend := colour_legend([*sheet.rows[: header.first], *sheet.rows[-20:]]))
        and not _status_says_paying(sheet, header)
    ):
        # The paid rows marked by a colour alone: every one of them would count as owed. A
        # column of delivery notes taken as the status ("Keterangan": "kirim", "ambil
        # sendiri") marks no row paid, and leaves the colour alone as well.
        out.ignored.append(
            IgnoredSheet(out.name, sheet.name, "sheet.colour_paid", (("note", legend),))
        )
        return
    if (
        shape == "invoice_list"
        and forced is None
        and "customer" not in header.columns
        and "customer" not in blocked
        and result.invoices
        and titled is None
    ):
        # Every invoice owed by the customer the sheet's name gives, beside a column of names
        # that is no field we know ("Pemesan" before it was one): one customer silently, where
        # there are several. The owner says which column holds them. Its names stand beside
        # the rows read, however many records a row gives (a bill and its retention).
        rows_read = len(set(map(_ROW_OF, result.invoices)))
        names = names_column(body, header, rows_read)
        label, seen = names or ("", "")
        platform = None if names is None else _platform_header(header, label)
        if platform is not None:
            # Orders by the marketplace that sold them ("Platform": Shopee, Tokopedia): the
            # marketplace owes the shop each order until it pays it out. Whose they are is
            # known only once the file's disbursements pay them (``_platforms_paid``).
            header = platform
            result = SheetReader(
                out.name, sheet, header, shape, default_term, None, body, unit, earlier, terms,
                out.references,
            ).read()  # fmt: skip
            numbers = frozenset(invoice_keys([inv.number for inv in result.invoices]))
            out.platforms.append((sheet.name, label, seen, numbers))
        elif names is not None:
            out.ignored.append(
                IgnoredSheet(
                    out.name, sheet.name, "sheet.customer_unsure",
                    (("column", label), ("names", seen)),
                )
            )  # fmt: skip
            return
    records = len(result.invoices) + len(result.payments) + len(result.contacts)
    if (
        not records
        and result.problems
        and all(p.code == "missing-customer" for p in result.problems)
    ):
        # Beside a column of names no field is known by ("Kedai": Kedai Tani Jaya, Kedai
        # Makmur), a list of many customers: the refusal names it (``read_ledger``), rather
        # than only asking for one customer's name in the title.
        names = names_column(body, header, len({p.row for p in result.problems}))
        naming = () if names is None else (("column", names[0]), ("names", names[1]))
        out.ignored.append(IgnoredSheet(out.name, sheet.name, "sheet.no_customer", naming))
        _unread_texts(out, sheet)
        return
    failed = [p for p in result.problems if p.code not in _READ_NOT_COUNTED]
    bad_rows = len({p.row for p in failed})
    none_read = not records and bool(failed)
    if forced is None and (none_read or (bad_rows >= 5 and bad_rows > 2 * records)):
        # Most rows unused, or every one however few (four rows whose dates all failed: Rp 0
        # would be no figure of the book): the columns chosen are likely wrong, or the dates
        # lack their year. Not summed quietly.
        yearless = dict.fromkeys(p.value for p in result.problems if p.code == "yearless-date")
        if 2 * len({p.row for p in result.problems if p.code == "yearless-date"}) > bad_rows:
            dates = ", ".join(f"'{v}'" for v in list(yearless)[:3])
            why = (("dates", dates + (", …" if len(yearless) > 3 else "")),)
            out.ignored.append(IgnoredSheet(out.name, sheet.name, "sheet.yearless_dates", why))
            return
        if none_read:
            # The reason named by its first row; the rows told as well, where the file's
            # other sheets are read.
            out.problems.extend(result.problems)
            first = failed[0]
            said = (
                ("bad", str(bad_rows)), ("row", str(first.row)), ("column", first.column),
                ("code", first.code), ("value", first.value),
            )  # fmt: skip
            out.ignored.append(IgnoredSheet(out.name, sheet.name, "sheet.rows_unread", said))
            return
        # Each column's field and its header as the book writes it, put in the owner's words
        # when told (``IgnoredSheet.reason``).
        found = COLUMN_SEP.join(
            f"{name}{FIELD_SEP}{c.header}" for name, c in header.columns.items()
        )
        out.ignored.append(
            IgnoredSheet(
                out.name,
                sheet.name,
                "sheet.shape_unsure",
                (("shape", SHAPE_KEYS[shape]), ("columns", found), ("bad", str(bad_rows))),
            )
        )
        return
    if result.invoices:
        out.references.update(_order_references(header, body, result.invoices))
    totals = result.totals
    if shape in ("invoice_list", "grouped", "aging_report") and result.invoices:
        totals = _summary_lines(
            out, sheet, header, result.invoices, result.payments, totals, result.unit
        )
    invoices_at = range(len(out.invoices), len(out.invoices) + len(result.invoices))
    payments_at = range(len(out.payments), len(out.payments) + len(result.payments))
    if payments_at:
        own = tuple(i for i, label in enumerate(header.labels) if label and names_own_number(label))
        if own:
            out.receipts.append((payments_at, sheet, own, header.labels[own[0]]))
    if shape != "contact_list" and "customer" in header.columns:
        code = code_column(header.labels, {c.index for c in header.columns.values()})
        if code is not None and (invoices_at or payments_at):
            plain = normalise_header(header.labels[code]) in ("kode", "id")
            out.codes.append((invoices_at, payments_at, sheet, code, plain))
    out.invoices.extend(result.invoices)
    out.payments.extend(result.payments)
    out.contacts.extend(result.contacts)
    out.problems.extend(result.problems)
    out.default_term_used += result.default_term_used
    for customer, former in result.carried_from.items():
        out.carried_from[customer_key(former)] = customer
    if shape == "customer_card":
        out.ran.update(result.ran)
    report = SheetReport(
        sheet.name,
        _KINDS[shape],
        sheet.excel_row(header.row),
        header.columns,
        rows_read=max(result.rows_read, records),
        records=records,
        headers=[label for label in header.labels if label],
        shape=shape,
        customers=len(result.customers),
        customer_names=frozenset(result.customers),
        checks={"saldo": result.saldo, "totals": totals, "sisa": result.sisa},
        unit=result.unit,
        month_first=result.month_first,
        swapped=header.swapped,
        item_lines=result.item_lines,
        invoices_at=invoices_at,
        payments_at=payments_at,
        open_as_of=(
            open_list_day(c for row in sheet.rows[: header.first] for c in row if type(c) is str)
            if _KINDS[shape] == "invoices" and result.invoices
            else None
        ),
    )
    out.sheets.append(report)


# A summary line above a table, by what its label totals: "Total Piutang", "Total Tagihan"
# (what was billed, or what is left of it: apps print either), "Total Sisa", "Sisa Piutang",
# "Total Outstanding" (what is left), "Total Terbayar", "Total Dibayar" (what was paid).
_SUMMARY_TOTAL: Final = re.compile(
    r"^(?:grand\s+)?(?:total|jumlah|sum)\b|^(?:sisa|saldo)\s+piutang\b"
)
_SUMMARY_LEFT: Final = re.compile(
    r"\b(?:sisa|outstanding|belum\s+(?:di)?bayar|belum\s+lunas|saldo)\b"
)
_SUMMARY_PAID: Final = re.compile(r"\b(?:terbayar|dibayar|pembayaran|paid|received|diterima)\b")
_SUMMARY_OWED: Final = re.compile(r"\b(?:piutang|tagihan|receivables?|invoiced?|billed)\b")


_MONEY_FIELDS: Final = frozenset({"amount", "paid", "balance", "returned"})
_SUMMARY_BELOW: Final = 30  # the sheet's last rows looked at for a summary under its list


def _summary_lines(
    out: LedgerFile,
    sheet: RawSheet,
    header: Header,
    invoices: Sequence[Invoice],
    credits: Sequence[Payment],
    totals: Check,
    unit: int,
) -> Check:
    """The summary an app prints above its list ("Total Piutang | Rp 3.900.000" over Majoo's)
    or under it ("Total Tagihan", "Total Dibayar", "Total Sisa" under Lunasin's), each checked
    against the rows read: what is left of them (billed less paid, returns and payments), what
    was billed (for "Piutang" and "Tagihan", which apps print for either), what was paid. A
    figure that is none of its kind is told (``check-mismatch``, on its line); the sheet's
    ``totals`` check, given back, says so. A figure below a thousand rupiah is a count ("Total
    Tagihan | 3"), and a book kept in thousands (``unit``) keeps its summary so."""
    lines = [
        (k, cells)
        for k, row in enumerate(sheet.rows[: header.first])
        if len(cells := [c for c in row if c not in (None, "")]) >= 2
        and type(cells[0]) is str
        and _SUMMARY_TOTAL.search(normalise_header(cells[0]))
    ]
    # Or printed under the list, its label and figure in columns of no money of the table's
    # ("Total Tagihan | Rp 15.030.000" under No. Tagihan and Tanggal: a total in the table's own
    # money columns is the rows' check already).
    money = {c.index for name, c in header.columns.items() if name in _MONEY_FIELDS}
    last: int | None = None  # the last row read, worked out once a line may be under it
    for k in range(max(header.row + 1, len(sheet.rows) - _SUMMARY_BELOW), len(sheet.rows)):
        row = sheet.rows[k]
        at = [i for i, c in enumerate(row) if c not in (None, "")]
        if (
            len(at) == 2
            and type(row[at[0]]) is str
            and at[1] not in money
            and _SUMMARY_TOTAL.search(normalise_header(row[at[0]]))
        ):
            if last is None:
                last = max(inv.source.row for inv in invoices)
            if sheet.excel_row(k) > last:
                lines.append((k, [row[at[0]], row[at[1]]]))
    if not lines:
        return totals
    billed = sum(inv.amount for inv in invoices)
    paid = sum(inv.paid for inv in invoices)
    taken = sum(p.amount for p in credits)
    left = billed - paid - taken
    received = paid + sum(p.amount for p in credits if p.kind == "payment")
    for k, cells in lines:
        label = normalise_header(cast(str, cells[0]))
        paying = bool(_SUMMARY_PAID.search(label))
        if paying:
            kinds = {received, paid + taken}
        elif _SUMMARY_LEFT.search(label):
            kinds = {left}
        elif _SUMMARY_OWED.search(label):
            kinds = {left, billed}
        else:
            continue
        try:
            says = parse_amount(cells[1], unit) if not isinstance(cells[1], bool) else None
        except AmountError:
            continue
        if says is None or -SMALLEST_RUPIAH < says < SMALLEST_RUPIAH:
            continue
        if says in kinds:
            totals = "ok" if totals == "none" else totals
            continue
        read = received if paying else left
        excel = sheet.excel_row(k)
        out.problems.append(
            Problem(
                "check-mismatch", out.name, sheet.name, excel, cell_text(cells[0]), "", says, read
            )
        )
        totals = "mismatch"
    return totals


def _summary_rows(
    sheet: RawSheet, header: Header, body: Sequence[Sequence[object]]
) -> tuple[str, tuple[str, ...], str, list[tuple[int, str, Amount]]]:
    """A summary's sheet, its labels, its figure's label and its rows, each as its Excel row,
    customer and figure: its balance ("Sisa Piutang"), else its amount less what was paid; in
    rupiah (a book kept in thousands says so). A TOTAL line, and a row without a name or a
    figure, are none; a figure below a thousand rupiah on every row is a count, none either."""
    has = header.columns
    figure = has.get("balance") or has["amount"]
    paid = has.get("paid") if figure.field == "amount" else None
    titles = [c for row in sheet.rows[: header.first] for c in row if type(c) is str]
    unit = amount_unit([*titles, *header.labels])

    def cells(choice: ColumnChoice | None) -> list[object]:
        return _column(body, choice.index) if choice is not None else []

    names, figures, paids = cells(has["customer"]), cells(figure), cells(paid)
    rows: list[tuple[int, str, Amount]] = []
    for k, name in enumerate(names):
        if type(name) is not str or not name.strip() or is_total_label(name):
            continue
        try:
            value = parse_amount(figures[k], unit) if k < len(figures) else None
            less = parse_amount(paids[k], unit) if k < len(paids) else None
        except AmountError:
            continue
        if value is not None:
            rows.append(
                (
                    sheet.excel_row(header.row + 1 + k),
                    clean_name(name),
                    value - (less or 0),
                )
            )
    if all(-1000 < owed < 1000 for _, _, owed in rows):
        rows = []  # a count ("Jml Faktur": 2, 1, 1), no money to compare
    return sheet.name, header.labels, figure.header, rows


def _small_amounts(
    invoices: Sequence[Invoice], header: Header, unit: int
) -> tuple[tuple[str, str], ...] | None:
    """The amount column and its largest figure when no invoice read from it reaches a
    thousand rupiah (``SMALLEST_RUPIAH``), in a table of goods sold ("Barang", "Satuan":
    ``item_columns``) that says of no unit: its figures are counts of the goods."""
    if unit != 1 or not invoices or "amount" not in header.columns:
        return None
    if not item_columns(header.as_read, header.columns):
        return None
    largest = max(max(inv.amount, -inv.amount) for inv in invoices)
    if largest >= SMALLEST_RUPIAH:
        return None
    return (("column", header.columns["amount"].header), ("largest", str(largest)))


def _with_line_totals(sheet: RawSheet, header: Header) -> tuple[RawSheet, Header]:
    """A table of item lines giving each line's Qty and Harga Satuan and no line total (or a
    "Jumlah" that is their count, ``counted_amount``, or a "Harga" that what was paid shows is
    the price of one, ``priced_per_unit``): each line's amount is the quantity times
    the unit price (``_line_total``), and the freight beside them ("Ongkir", ``FREIGHT_WORDS``:
    billed on top, there being no total to hold it), read as the table's amount column, added
    after its last."""
    labels = header.as_read
    column = _cells_under(sheet, header)
    found = (
        quantity_price_columns(labels, header.columns)
        or counted_amount(labels, header.columns, column)
        or priced_per_unit(labels, header.columns, column)
    )
    if found is None:
        return sheet, header
    quantity, price = found
    freight = line_freight(labels, header.columns, column)
    # The discount beside the parts ("Qty | Harga Satuan | Diskon"): the line's own Qty x
    # Harga is before it, so it is taken off (10 x 125.000 less 10 % owes 1.125.000); written
    # as shares or as rupiah, whichever its column holds (``share_scale``).
    discount = line_discount(labels, header.columns, column)
    scale = share_scale(column(discount)) if discount is not None else 0

    weighed = names_count(labels[quantity])  # "Jml (kg)": "12,5" is twelve and a half kilos

    def total(row: Sequence[object]) -> Amount | str | None:
        line = _line_total(
            row[quantity] if quantity < len(row) else None,
            row[price] if price < len(row) else None,
            weighed,
        )
        if line is None:
            return line
        if discount is not None:
            cell = row[discount] if discount < len(row) else None
            try:
                cut = None if scale is None else cut_of(cell, line, scale)
            except AmountError:
                cut = None
            net = None if cut is None else normalise(Decimal(line) - Decimal(cut))
            if net is None or net != round(net, 2):
                # A discount that reads neither way, or no whole sen: the line is told, never
                # summed without it.
                return f"{cell_text(row[quantity])} x {cell_text(row[price])} - {cell_text(cell)}"
            line = net
        if not freight:
            return line
        try:
            charges = [parse_amount(row[i]) if i < len(row) else None for i in freight]
        except AmountError:
            return None  # a freight figure unread: the line's amount is not known
        return line + sum(c for c in charges if c is not None)

    parts = [f"{labels[quantity]} x {labels[price]}", *(labels[i] for i in freight)]
    label = " + ".join(parts) + (f" - {labels[discount]}" if discount is not None else "")
    return _with_worked_out(sheet, header, "amount", label, total)


def _with_change(sheet: RawSheet, header: Header) -> tuple[RawSheet, Header]:
    """A table whose paid column is the cash a customer handed over ("Bayar") beside the
    change given back from it ("Kembali": ``change_given``; beside no customer column, a
    till's sales, left aside): what each row paid is the one less the other, read as the
    table's paid column, added after its last. A row with no change keeps its paid cell as
    written; one whose change is no figure, or more than was handed over, gives the two as
    written, a paid figure that cannot be read (told as ``invalid-paid``). Where the cash
    handed over is on most rows no more than the amount, its "Kembali" is no change (goods
    brought back: ``_hands_over_more``); where its figures are rupiah within what each row
    has left to pay, it is their value, a return as "Barang Kembali" is (a consignment's
    "Nilai Titip | Kembali | Setor": the bread not sold, ``_brought_back``)."""
    paid = header.columns.get("paid")
    labels = header.as_read
    given = change_given(labels)
    if paid is None or given is None or len(given[1]) != 1 or not set(given[0]) <= {paid.index}:
        return sheet, header
    at, back = paid.index, given[1][0]
    amount = header.columns.get("amount")
    if amount is not None and not _hands_over_more(
        sheet.rows[header.row + 1 :], amount.index, at, back
    ):
        # No change: goods brought back ("Kembali" of a consignment), counted or valued.
        rows = sheet.rows[header.row + 1 :]
        if "returned" in header.columns or not _brought_back(rows, amount.index, at, back):
            return sheet, header
        returned = ColumnChoice("returned", back, labels[back], 80, "keyword")
        return sheet, replace(header, columns={**header.columns, "returned": returned})

    def paid_less_change(row: Sequence[object]) -> object:
        handed, change = (row[i] if i < len(row) else None for i in (at, back))
        cash, returned = _figure_or_text(handed), _figure_or_text(change)
        if not returned:  # no change given ("", "-", 0): the paid cell as written
            return handed
        if (
            isinstance(cash, int | Decimal)
            and isinstance(returned, int | Decimal)
            and 0 < returned <= cash
        ):
            return cash - returned
        return f"{cell_text(handed)} - {cell_text(change)}"

    label = f"{labels[at]} - {labels[back]}"
    return _with_worked_out(sheet, header, "paid", label, paid_less_change)


# A cell that is a side alone, D or K as an Indonesian card writes it (Db / Cr, Debet / Kredit):
# the marks written after a figure (``money.SIDE_MARKS``), or the side's word.
_SIDES: Final = {**SIDE_MARKS, "debet": False, "debit": False, "kredit": True, "credit": True}


def _with_saldo_sides(sheet: RawSheet, header: Header) -> RawSheet:
    """The sheet, its Saldo's side read where the card writes it apart from the figure, each
    credit Saldo made a negative one (money paid ahead), as "150.000 Cr" or "(150.000)" is.

    A "K" after the figure is kredit, not thousands, where the column's other figures carry
    their D ("1.700.000 D" then "300.000 K": Toko Cat Warna paid 300.000 ahead, never 300
    million). A column of D / K alone right after the Saldo ("Saldo | D/K": 300000 | K) is
    its side where the rows' own sides are written elsewhere (Debet and Kredit, or a D/K
    beside the Jumlah: "Jumlah | D/K | Saldo | D/K"); it is then no row's type (it is
    emptied). Beside one amount column and no other side, a D/K after the Saldo is each
    row's type, as it is anywhere else (``_with_kinds``)."""
    balance = header.columns.get("balance")
    if balance is None:
        return sheet
    at, start = balance.index, header.row + 1
    rows = sheet.rows[start:]
    texts = {row[at] for row in rows if at < len(row)}
    marks = {text: side_mark(text) for text in texts if isinstance(text, str)}
    sided = any(mark and mark not in CREDIT_MARKS for _, mark in marks.values())
    credits = {text: "-" + figure for text, (figure, mark) in marks.items() if mark == "k"}
    beside = at + 1
    taken = {c.index for c in header.columns.values()}
    side_column = (
        beside < len(header.labels)
        and beside not in taken
        and _side_column(rows, beside, header.labels[beside])
    )
    if side_column and "paid" not in header.columns:
        # The rows' own side in a column of their own, before the Saldo's.
        side_column = any(
            i not in taken and _side_column(rows, i, header.labels[i]) for i in range(at)
        )
    if not (sided and credits) and not side_column:
        return sheet

    def saldo(row: list[object]) -> list[object]:
        if at >= len(row):
            return row
        cell = row[at]
        if type(cell) is str and cell in credits and sided:
            cell = credits[cell]
        side = _side_word(row[beside]) if side_column and beside < len(row) else None
        if side and cell is not None:
            if isinstance(cell, int | float | Decimal) and not isinstance(cell, bool):
                cell = -cell
            elif type(cell) is str and not side_mark(cell)[1]:
                text = cell.strip()
                cell = text if text.startswith(("-", "(")) else f"-{text}"
        if side is not None:
            row = [*row[:beside], None, *row[beside + 1 :]]
        return [*row[:at], cell, *row[at + 1 :]]

    return replace(sheet, rows=[*sheet.rows[:start], *map(saldo, rows)])


def _side_word(cell: object) -> bool | None:
    """What a cell that is a side alone says: ``True`` kredit ("K", "Cr"), ``False`` debet
    ("D", "Db"), ``None`` it is no side (a dash, for a Saldo of nothing, is none either)."""
    if type(cell) is not str:
        return None
    return _SIDES.get(cell.strip().rstrip(".").lower())


def _side_column(rows: Sequence[Sequence[object]], i: int, label: str) -> bool:
    """Whether column ``i`` holds sides alone (its header aside), one at least."""
    words = {row[i] for row in rows if i < len(row)} - {None, "", label}
    return bool(words) and all(
        _side_word(w) is not None or (type(w) is str and set(w.strip()) <= {"-"}) for w in words
    )


def _hands_over_more(rows: Sequence[Sequence[object]], amount: int, paid: int, back: int) -> bool:
    """Whether, on most rows with a figure in the change column (if any), the cash handed over
    is more than the row's amount: change is given only from more than is owed."""
    over = given = 0
    for row in rows:
        owed, cash, change = (
            _figure_or_text(row[i]) if i < len(row) else None for i in (amount, paid, back)
        )
        if isinstance(change, int | Decimal) and change > 0:
            given += 1
            over += (
                isinstance(owed, int | Decimal) and isinstance(cash, int | Decimal) and cash > owed
            )
    return 2 * over > given or not given


def _brought_back(rows: Sequence[Sequence[object]], amount: int, paid: int, back: int) -> bool:
    """Whether a column of goods brought back holds their value: on every row with a figure in
    it, rupiah (no count: "12" pieces) no more than the row's amount less what was paid
    ("Nilai Titip 450.000 | Kembali 60.000 | Setor 200.000")."""
    valued = False
    for row in rows:
        owed, cash, returned = (
            _figure_or_text(row[i]) if i < len(row) else None for i in (amount, paid, back)
        )
        if not isinstance(returned, int | Decimal) or returned <= 0:
            continue
        cash = cash if isinstance(cash, int | Decimal) else 0
        if (
            not isinstance(owed, int | Decimal)
            or returned < SMALLEST_RUPIAH
            or returned + cash > owed
        ):
            return False
        valued = True
    return valued


def _figure_or_text(cell: object) -> Amount | str | None:
    """A cell's figure, ``None`` where it is empty, its text where it holds no figure."""
    try:
        return parse_amount(cell)
    except AmountError:
        return cell_text(cell)


def _with_charges_on_top(sheet: RawSheet, header: Header) -> tuple[RawSheet, Header]:
    """A total with the trade's charge beside it ("Total | Ongkir | Bayar | Hutang") whose
    balance of each row says the charge is owed on top of it, or an amount of no total's name
    with one beside it ("Subtotal | Ongkir") whose balance does not say it is inside
    (``charge_on_top``): each row's amount is the amount and the charges added up, read as the
    table's amount column, added after its last ("Total + Ongkir"). A row whose charge is no
    figure ("gratis") gives its cells as written, an amount that cannot be read (told)."""
    has = header.columns
    labels = header.as_read
    charges, named = charge_parts(labels)
    # Not a charge already taken into a line's worked-out amount ("Qty x Harga + Ongkir").
    within = set(has["amount"].header.split(" + ")[1:]) if "amount" in has else set()
    charges = [
        i for i in charges if i not in {c.index for c in has.values()} and labels[i] not in within
    ]
    if "amount" not in has or not charges or ("balance" not in has and not named):
        return sheet, header
    body = transpose(sheet.rows[header.row + 1 :])
    at = has["amount"].index

    def cells(i: int) -> Sequence[object]:
        return body[i] if i < len(body) else ()

    # A tax beside its base written as its rate (PPN 11, 0.11, "11%"): the base times it, not
    # eleven rupiah (``share_scale``); one of rates and rupiah both is told row by row.
    scales = {
        i: share_scale(cells(i)) if names_tax(normalise_header(labels[i])) else 0 for i in charges
    }
    charges = [i for i in charges if holds_figures(cells(i)) or scales[i]]
    if not charges:
        return sheet, header
    paid = cells(has["paid"].index) if "paid" in has else ()
    figures = cells(has["balance"].index) if "balance" in has else ()
    if not charge_on_top(cells(at), [cells(i) for i in charges], paid, figures, named):
        return sheet, header

    def total(row: Sequence[object]) -> object:
        cells = [row[i] if i < len(row) else None for i in (at, *charges)]
        parts: list[Amount] = []
        try:
            base = parse_amount(cells[0])
            if base is None:
                return None
            parts = [
                cut_of(cell, base, scale or 0)
                for cell, scale in zip(cells[1:], (scales[i] for i in charges), strict=True)
                if scale is not None or cell in (None, "")
            ]
            whole = normalise(Decimal(base) + sum(map(Decimal, parts)))
        except AmountError:
            whole = None
        if len(parts) < len(charges) or whole is None or whole != round(whole, 2):
            # A figure unread, a rate that reads neither way or comes to less than a sen: the
            # cells as written, told as no amount.
            return " + ".join(cell_text(cell) for cell in cells if cell not in (None, ""))
        return whole

    label = " + ".join(labels[i] for i in (at, *charges))
    return _with_worked_out(sheet, header, "amount", label, total)


def _with_bucket_sums(sheet: RawSheet, header: Header) -> tuple[RawSheet, Header]:
    """An aging export's bucket columns ("Belum Jatuh Tempo | 1-30 Hari | ... | > 90 Hari")
    without a Sisa: each row's balance is its buckets added up, read as the table's balance
    column, added after its last (its age is read again from its dates: the buckets are of the
    export's day). A row with a bucket that is no figure has none. Beside the invoice's value
    ("Nilai Faktur | Belum JT | 1-30 | …", a Total of the buckets or none) the buckets are
    what is left of it, never the value itself: a row partly paid owes its buckets' sum; a row
    whose buckets are all blank says nothing of it, its amount stands."""
    if len(header.buckets) < 2 or "balance" in header.columns:
        return sheet, header
    beside = header.columns["amount"].index if "amount" in header.columns else None

    def total(row: Sequence[object]) -> object:
        cells = [row[i] for i in header.buckets if i < len(row) and row[i] not in (None, "")]
        if not cells and beside is not None:
            return row[beside] if beside < len(row) else None
        try:
            parts = [parse_amount(cell) for cell in cells]
        except AmountError:
            parts = []
        return sum(p for p in parts if p is not None) if parts else None

    label = " + ".join(header.labels[i] for i in header.buckets)
    return _with_worked_out(sheet, header, "balance", label, total)


# A document's number as an accounting program writes it in its partner column under the
# partner's line ("INV/2026/00242", "SO-0012", "2026/INV/15"): one word of letters, digits and
# separators, with a digit.
_DOCUMENT_NUMBER: Final = re.compile(r"[A-Za-z]{0,8}[/.\-#]?[A-Za-z0-9]*[/.\-]?\d[\w/.\-]*")


def _with_partner_lines(
    out: LedgerFile, sheet: RawSheet, header: Header
) -> tuple[RawSheet, Header]:
    """An aged partner balance (Odoo's): a customer column ("Partner", "Mitra", "Rekanan")
    holding the customer's name on a line of their totals and no date, and, on the dated lines
    under it, each invoice's number ("INV/2026/00242"). Read as the customer's invoices: the
    number moved to an invoice-number column added after the last, the customer taken from
    the line above, and each partner line left out as the group's total, checked against its
    lines (a figure that disagrees is told, ``check-mismatch``, with its Excel row)."""
    columns = header.columns
    dated = [columns[f].index for f in ("due_date", "invoice_date") if f in columns]
    figure = columns.get("balance") or columns.get("amount")
    if "customer" not in columns or "invoice_no" in columns or not dated or figure is None:
        return sheet, header
    who, at = columns["customer"].index, figure.index
    width = len(header.labels)
    start = header.row + 1

    def cell(row: Sequence[object], i: int) -> object:
        return row[i] if i < len(row) else None

    first = [cell(row, who) for row in sheet.rows[start : start + 40]]
    if not any(type(c) is str and _DOCUMENT_NUMBER.fullmatch(c.strip()) for c in first):
        return sheet, header  # the usual table: names in its customer column
    kinds: list[str] = []  # "partner", "line", "" (anything else: blank, a total line)
    for row in sheet.rows[start:]:
        name = cell(row, who)
        text = name.strip() if type(name) is str else ""
        has_date = any(cell(row, i) not in (None, "") for i in dated)
        if has_date and text and _DOCUMENT_NUMBER.fullmatch(text):
            kinds.append("line")
        elif not has_date and text and not _DOCUMENT_NUMBER.fullmatch(text):
            kinds.append("partner" if not is_total_label(text) else "")
        else:
            kinds.append("other" if has_date or text else "")
    lines, partners = kinds.count("line"), kinds.count("partner")
    if lines < 2 or not partners or "other" in kinds:
        return sheet, header
    if kinds.index("partner") > kinds.index("line"):
        return sheet, header
    # Each partner line's figure against the sum of its lines' (the book's own check).
    groups: list[tuple[int, object, list[object]]] = []
    for k, (row, kind) in enumerate(zip(sheet.rows[start:], kinds, strict=True)):
        if kind == "partner":
            groups.append((start + k, cell(row, at), []))
        elif kind == "line":
            groups[-1][2].append(cell(row, at))
    told: list[Problem] = []
    try:
        for k, total, parts in groups:
            if not parts:
                return sheet, header  # a name over no invoice: not this report
            figures = [parse_amount(p) for p in parts if p not in (None, "")]
            read = sum(f for f in figures if f is not None)
            says = parse_amount(total) if total not in (None, "") else None
            if says is not None and says != read:
                label = header.labels[at]
                excel = sheet.excel_row(k)
                told.append(
                    Problem("check-mismatch", out.name, sheet.name, excel, label, "", says, read)
                )
    except AmountError:
        return sheet, header
    out.problems.extend(told)
    rows = sheet.rows[:start]
    partner: object = None
    for row, kind in zip(sheet.rows[start:], kinds, strict=True):
        padded = [*row[:width], *[None] * (width - len(row))]
        if kind == "partner":
            partner = cell(row, who)
            rows.append([None] * (width + 1))
        elif kind == "line":
            number = padded[who]
            padded[who] = partner
            rows.append([*padded, number, *row[width:]])
        else:
            rows.append([*padded, None, *row[width:]])
    return replace(sheet, rows=rows), _with_column_after(header, "invoice_no", "No. Faktur")


def _with_dues_from_days_late(sheet: RawSheet, header: Header) -> tuple[RawSheet, Header]:
    """A report without a due-date column whose rows say how many days each is late
    ("Terlambat (hari)", "Days Overdue") on the day its title names ("Per 31 Oktober 2026"):
    each row is due that day less its days late, read as the table's due-date column, added
    after its last (its age is then counted to today). A row not late (0, blank) or whose days
    are no whole number says no due date: its terms or the default term decide, as before."""
    if "due_date" in header.columns:
        return sheet, header
    taken = {choice.index for choice in header.columns.values()} | set(header.buckets)
    at = days_late_column(header.labels, taken)
    if at is None:
        return sheet, header
    day = as_of_day(c for row in sheet.rows[: header.first] for c in row if type(c) is str)
    if day is None:
        return sheet, header

    def due(row: Sequence[object]) -> date | None:
        late = row[at] if at < len(row) else None
        if type(late) is str and late.strip().lstrip("-").isdecimal():
            late = int(late.strip())
        if type(late) is float and late.is_integer():
            late = int(late)
        if type(late) is not int or not late or abs(late) > 36_500:
            return None
        return day - timedelta(days=late)

    label = f"{header.labels[at]} (per {day:%d/%m/%Y})"
    return _with_worked_out(sheet, header, "due_date", label, due)


def _with_worked_out(
    sheet: RawSheet,
    header: Header,
    target: Field,
    label: str,
    figure: Callable[[Sequence[object]], object],
) -> tuple[RawSheet, Header]:
    """The table with a column of ``target`` worked out from each of its rows (``figure``),
    added after its last and named ``label``: a line's Qty x Harga Satuan, an aging row's
    buckets added up, the cash handed over less the change."""
    width = len(header.labels)
    start = header.row + 1
    rows = sheet.rows[:start]
    for row in sheet.rows[start:]:
        rows.append([*row[:width], *[None] * (width - len(row)), figure(row), *row[width:]])
    return replace(sheet, rows=rows), _with_column_after(header, target, label)


def _with_column_after(header: Header, target: Field, label: str) -> Header:
    """The header with a column of ``target`` named ``label`` added after its last (the rows
    hold its cells there): ``_with_worked_out``'s and ``_with_partner_lines``' column."""
    choice = ColumnChoice(target, len(header.labels), label, 90, "keyword")
    return replace(
        header,
        columns={**header.columns, target: choice},
        labels=(*header.labels, label),
        read_as=(*header.read_as, label) if header.read_as else (),
    )


def _line_total(quantity: object, price: object, weighed: bool = False) -> Amount | None:
    """A line's quantity times its unit price, in whole rupiah (or to the sen); ``None`` where
    either is not a number (a quantity as text only in digits: "2,5" could be 25). ``weighed``:
    the quantity's header names its unit ("Jml (kg)"), and a CSV's "12,5" with one or two
    digits after the comma (no thousands: those are three) is twelve and a half of it.

    >>> _line_total("12,5", 40_000, weighed=True), _line_total("12,5", 40_000)
    (500000, None)
    >>> _line_total("1,500", 40_000, weighed=True) is None
    True
    """
    if type(quantity) is str:
        text = quantity.strip()
        if weighed and _DECIMAL_COMMA.match(text):
            quantity = Decimal(text.replace(",", "."))
        else:
            quantity = int(text) if text.isdecimal() else None
    if type(quantity) not in (int, float, Decimal) or type(price) is bool:
        return None
    try:
        unit = parse_amount(price)
    except AmountError:
        return None
    if unit is None:
        return None
    total = Decimal(str(quantity)) * Decimal(unit)
    return normalise(total.quantize(Decimal("0.01")))


def _quotes_invoices(out: LedgerFile, header: Header, body: Sequence[Sequence[object]]) -> bool:
    """Whether a table of amounts, due dates and what was paid numbers most of its rows with
    invoices read from the file's sheets before it (asked only of such a table); or a table of
    amounts with neither a number nor a customer column names them in most of its notes
    ("Pelunasan INV-05": a payments sheet whose payer is the bank account paid from)."""
    has = header.columns
    earlier = out.invoices or out.beside
    if earlier and "amount" in has and not {"invoice_no", "customer"} & has.keys():
        numbers = invoice_keys([inv.number for inv in earlier])
        known = {key: inv for key, inv in zip(numbers, earlier, strict=True) if key}
        taken = {c.index for name, c in has.items() if name not in ("status", "address")}
        taken |= header.refused
        amounts = [c is not None for c in _column(body, has["amount"].index)]
        for i in range(len(body)):
            if i in taken:
                continue
            texts = [c if type(c) is str else "" for c in _column(body, i)]
            distinct = {t for t in texts if t and _DIGIT.search(t)}
            naming = {t for t in distinct if len(named_invoices(t, known)) == 1}
            naming |= notes_naming_short(distinct - naming, earlier).keys()
            if naming and 2 * sum(t in naming for t in texts) > sum(amounts):
                return True
        return False
    if not {"amount", "paid", "due_date", "invoice_no"} <= has.keys():
        return False
    return _names_earlier(out, header, body)


def _own_numbers_name_invoices(
    out: LedgerFile, header: Header, body: Sequence[Sequence[object]]
) -> bool:
    """Whether a payments table's column numbering the payment itself ("No Bukti") holds the
    invoices read before it all the same (``holds_invoice_numbers``: "FK-002", an owner who
    writes there the invoice paid). A receipt "0012" beside a nota "0012" is no sign:
    ``invoice_named_column`` leaves it out."""
    own = header.columns.get("invoice_no")
    if own is None or not names_own_number(own.header):
        return False
    cells = [cell_text(c) for c in _column(body, own.index) if c not in (None, "")]
    known = set(invoice_keys([inv.number for inv in out.invoices if inv.number]))
    return holds_invoice_numbers(cells, known)


def _names_earlier(out: LedgerFile, header: Header, body: Sequence[Sequence[object]]) -> bool:
    """Whether a table numbers most of its rows with invoices read from the file's sheets
    before it."""
    if not out.invoices or "invoice_no" not in header.columns:
        return False
    cells = [c for c in _column(body, header.columns["invoice_no"].index) if c not in (None, "")]
    earlier = set(invoice_keys([inv.number for inv in out.invoices if inv.number]))
    named = sum(key in earlier for key in invoice_keys([cell_text(c) for c in cells]))
    return bool(cells) and 2 * named > len(cells)


def _paid_invoices(
    out: LedgerFile, header: Header, body: Sequence[Sequence[object]], names: str
) -> Literal["invoices", "payments"] | None:
    """What a sheet whose name or title says its invoices are paid ("Sudah Bayar", "Lunas": a
    book kept a tab per status beside "Belum Bayar"; "Arsip 2024" under its title "ARSIP
    FAKTUR LUNAS TAHUN 2024", ``names``) lists: those invoices ("invoices": each row with a
    number of its own, its date and amount), or, when its numbers are the invoices of the
    sheets before it, what was paid on them ("payments": each row paying its invoice, on the
    day its settlement date says; "Lunas" names no payments by itself). ``None`` for a sheet
    otherwise named or with other columns."""
    has = header.columns
    if not names_paid_invoices(names) or header.kinds is not None or header.entries:
        return None
    if _names_earlier(out, header, body):
        return "payments"
    if {"invoice_no", "invoice_date", "amount"} <= has.keys():
        return "invoices"
    return None


def _written_off_sheet(sheet: RawSheet, header: Header, heading: str) -> bool:
    """Whether a sheet lists debts written off, each owed by no one: its name, the heading over
    its table or its title (the first line above its header, not a note's "Ket: …") says so
    ("Dihapuskan", "DAFTAR PIUTANG YANG DIHAPUSKAN (HAPUS BUKU)", ``names_written_off``), and
    its columns are an invoice's (a number, a date and an amount; no type column)."""
    if header.kinds is not None or header.entries:
        return False
    if not {"invoice_no", "invoice_date", "amount"} <= header.columns.keys():
        return False
    title = next(
        (cell_text(c) for row in sheet.rows[: header.first] for c in row if is_text(c)), ""
    )
    if _NOTE_LINE.match(title):
        title = ""
    # A name of more than the written-off debts ("DAFTAR PIUTANG (termasuk yang sudah
    # dihapuskan)", "Laporan Piutang dan Penghapusan Piutang", "… dihapuskan di lembar lain")
    # is a list of what is owed: read as written off, every debt of it was given up.
    names = (name for name in (sheet.name, heading, title) if name and not _MORE_THAN.search(name))
    if not any(map(names_written_off, names)):
        return False
    # A list that marks some of its rows written off and not others keeps the others owed.
    who = header.columns["customer"].index if "customer" in header.columns else -1
    rows = [row for row in sheet.rows[header.row + 1 :] if any(map(is_text, row))]
    marked = [
        any(is_text(c) and is_written_off(cell_text(c)) for i, c in enumerate(row) if i != who)
        for row in rows
    ]
    return all(marked) or not any(marked)


# Words that join the written-off debts to others in a sheet's name or title.
_MORE_THAN: Final = re.compile(
    r"\b(?:dan|serta|termasuk|kecuali|selain|lain|lihat|and|including|except|plus)\b|[&+]",
    re.I,
)


# A line of notes over a table, not its title ("Ket: …", "Catatan …", "* …").
_NOTE_LINE: Final = re.compile(r"\s*(?:ket\b|keterangan\b|catatan\b|note\b|nb\b|\*)", re.I)


def _noted_header(sheet: RawSheet, mapping: Mapping[str, str | None] | None) -> Header | None:
    """A payments sheet's header of a date, an amount and notes alone ("Tanggal | Keterangan |
    Jumlah" under "Pembayaran"; the notes an "Uraian", a "Memo", a transfer's "Berita" too,
    ``names_notes``, though those map to no field): no customer and no invoice column, each
    payment placed by the invoice its note names (``rows.SheetReader._invoices_in_notes``; one
    naming none is told and not counted). ``None`` where no line of the first is such a
    header."""
    for index, row in enumerate(sheet.rows[:HEADER_SCAN_ROWS]):
        if not any(is_text(cell) for cell in row):
            continue
        columns, buckets, entries = read_header(row, mapping)
        money = {"amount", "paid"} & columns.keys()
        if (
            len(money) == 1
            and {"invoice_date", "payment_date"} & columns.keys()
            and ("status" in columns or any(type(c) is str and names_notes(c) for c in row))
            and not {"customer", "invoice_no", "balance", "due_date", "terms"} & columns.keys()
            and not buckets
            and not entries
        ):
            labels = tuple(cell_text(c) if c is not None else "" for c in row)
            if "invoice_date" in columns and "payment_date" not in columns:
                # The day of each payment, as the page names it ("Tanggal bayar").
                columns["payment_date"] = replace(columns.pop("invoice_date"), field="payment_date")
            return Header(index, index, columns, labels)
    return None


def _payer_header(sheet: RawSheet, mapping: Mapping[str, str | None] | None) -> Header | None:
    """A payments sheet's header with its column of who paid ("Dari", "From") as the customer,
    where no other column is the customer and the owner named none; ``None`` without one. A
    payer column of bank accounts (``bank_accounts``) is no customer's: the header is read
    without it, each payment placed by the invoice its note names."""
    if mapping and "customer" in mapping:
        return None
    for row in sheet.rows[:HEADER_SCAN_ROWS]:
        label = payer_column(row)
        if label is None:
            continue
        header = detect_header(sheet.rows, {**(mapping or {}), "customer": label})
        if header is None or "customer" not in header.columns:
            return None
        payer = header.columns["customer"]
        if bank_accounts(
            [
                cells[payer.index]
                for cells in sheet.rows[header.row + 1 :]
                if payer.index < len(cells)
            ]
        ):
            # The accounts paid from ("BCA 0123456789"): who paid is the invoice a note names.
            columns: dict[Field, ColumnChoice] = {
                name: c for name, c in header.columns.items() if name != "customer"
            }
            return replace(header, columns=columns, refused=header.refused | {payer.index})
        choice = replace(payer, confidence=80, method="keyword")
        return replace(header, columns={**header.columns, "customer": choice})
    return None


def _order_references(
    header: Header, body: Sequence[Sequence[object]], invoices: Sequence[Invoice]
) -> dict[str, str]:
    """The customer's order number of each invoice read from a table with such a column ("No.
    PO" beside "No. Invoice"), by its ``invoice_key``: the invoice's number, where one order
    number names one invoice (one named by two is neither's)."""
    if "invoice_no" not in header.columns:
        return {}
    taken = {c.index for c in header.columns.values()}
    at = order_reference_column(header.labels, taken)
    if at is None or at >= len(body):
        return {}
    read = {invoice_key(inv.number): inv.number for inv in invoices if inv.number}
    found: dict[str, set[str]] = {}
    for number, ref in zip(body[header.columns["invoice_no"].index], body[at], strict=False):
        if number is None or ref is None or not _DIGIT.search(ref_text := cell_text(ref)):
            continue
        own = read.get(invoice_key(cell_text(number)))
        if own is not None and invoice_key(ref_text) not in read:
            found.setdefault(invoice_key(ref_text), set()).add(own)
    return {ref: owners.pop() for ref, owners in found.items() if len(owners) == 1}


def _without_split_rows(out: LedgerFile, sheet: RawSheet, header: Header) -> RawSheet | None:
    """A CSV's rows that split into more fields than its header (``extra_fields``) are never
    read into the columns they fall in: a few are each told as a problem row and left out;
    half the rows or more leave the sheet unread (``None``), the rows named."""
    split = extra_fields(sheet.rows, header)
    if not split:
        return sheet
    filled = sum(any(c not in ("", None) for c in row) for row in sheet.rows[header.row + 1 :])
    if 2 * len(split) >= filled:
        shown = ", ".join(str(sheet.excel_row(k)) for k in split[:5])
        shown += ", …" if len(split) > 5 else ""
        out.ignored.append(
            IgnoredSheet(out.name, sheet.name, "sheet.split_fields", (("rows", shown),))
        )
        return None
    for k in split:
        fields = str(len(sheet.rows[k]))
        out.problems.append(
            Problem("split-fields", out.name, sheet.name, sheet.excel_row(k), "", fields)
        )
    gone = frozenset(split)
    return replace(sheet, rows=[[] if k in gone else row for k, row in enumerate(sheet.rows)])


def _receivable_lines(
    out: LedgerFile,
    sheet: RawSheet,
    header: Header,
    accounts: tuple[int, int | None, frozenset[int], tuple[int, ...]],
) -> tuple[RawSheet, Header] | None:
    """A general journal (``journal_accounts``) read as its receivable account's lines alone,
    the customer the column of who each line is with, never the account column; a line of
    another account named a receivable is told as a problem row. Without a receivable line, or
    a column naming who, the sheet is left unread (``None``). With no such column and no line
    of the receivable account itself, a sub-account per customer ("Piutang Usaha - Toko
    Sumber Rejeki" on every receivable line: ``sub_account_customers``) names the customer."""
    column, contact, receivable, other = accounts
    subs = sub_account_customers(sheet.rows, column, other) if contact is None else None
    if subs is not None and not receivable:
        named = ColumnChoice("customer", column, header.labels[column], 100, "keyword")
        columns = {name: c for name, c in header.columns.items() if c.index != column}
        rows = [
            row if k <= header.row else [*row[:column], subs[k], *row[column + 1 :]]
            if k in subs else []
            for k, row in enumerate(sheet.rows)
        ]  # fmt: skip
        return replace(sheet, rows=rows), replace(header, columns={**columns, "customer": named})
    if contact is None or not receivable:
        label = f"'{header.labels[column]}'"
        out.ignored.append(
            IgnoredSheet(out.name, sheet.name, "sheet.journal_accounts", (("column", label),))
        )
        _unread_texts(out, sheet)
        return None
    columns = {
        name: choice
        for name, choice in header.columns.items()
        if choice.index not in (column, contact)
    }
    columns["customer"] = ColumnChoice("customer", contact, header.labels[contact], 100, "keyword")
    for k in other:
        account = cell_text(sheet.rows[k][column])
        where = header.labels[column]
        out.problems.append(
            Problem("journal-account", out.name, sheet.name, sheet.excel_row(k), where, account)
        )
    rows = [row if k <= header.row or k in receivable else [] for k, row in enumerate(sheet.rows)]
    return replace(sheet, rows=rows), replace(header, columns=columns)


def _status_says_owed(body: Sequence[Sequence[object]], header: Header) -> bool:
    """Whether a table's payment status column ("Status", "Status Bayar", "Lunas?":
    ``status_proper``) says of any row that it is not paid ("Belum", "Blm Lunas", "Unpaid"),
    looked at once per distinct text, with no payment date beside it: its rows are invoices,
    whatever the name of the file or sheet (a payment is never unpaid; "Pending" is a
    transfer's not come yet, ``not_received``)."""
    status = header.columns.get("status")
    if status is None or "payment_date" in header.columns or not status_proper(status.header):
        return False
    cells = set(_column(body, status.index))
    return any(status_says(cell) == "owed" and not not_received(cell) for cell in cells if cell)


def _status_says_paying(sheet: RawSheet, header: Header) -> bool:
    """Whether a sheet's status column says of any row that it is paid or part paid
    (``status_says``: "Lunas", a tick's "v", "Cicil"), looked at once per distinct text; a
    column of "Belum" or of delivery notes ("kirim" reads as an invoice sent: owed) marks no
    row paid."""
    if "status" not in header.columns:
        return False
    i = header.columns["status"].index
    cells = {row[i] for row in sheet.rows[header.row + 1 :] if i < len(row)}
    return any(status_says(cell, yes_no=True) in ("paid", "part") for cell in cells)


def _receivable_account(
    out: LedgerFile, sheet: RawSheet, header: Header
) -> tuple[RawSheet, bool] | None:
    """A buku besar's sheet read as its receivable account's lines alone (``ledger_accounts``:
    each block runs from the line naming its account to the next such line), and whether it
    is the control account: kept for the receivable account with no column of customers,
    named for its account ("Buku Besar Piutang", "1-1300"; not a customer's card titled so). A
    sheet of other accounts alone (Kas, Penjualan) is left aside, told (``None``): a customer's
    payment is a debit on Kas, their sale a credit on Penjualan, no debts of theirs."""
    titles = ledger_accounts(sheet.rows)
    if not titles:
        return sheet, False
    if not any(receivable for _, _, receivable in titles):
        named = (("account", f"'{titles[0][1]}'"),)
        out.ignored.append(IgnoredSheet(out.name, sheet.name, "sheet.other_account", named))
        return None
    control = "customer" not in header.columns and account_sheet(sheet.name)
    if all(receivable for _, _, receivable in titles):
        return sheet, control
    rows: list[list[object]] = []
    theirs = True  # the lines above the first account's name: titles and the header
    at = iter(titles)
    upcoming = next(at, None)
    for k, row in enumerate(sheet.rows):
        if upcoming is not None and k == upcoming[0]:
            theirs = upcoming[2]
            upcoming = next(at, None)
        rows.append(row if theirs or k <= header.row else [])
    return replace(sheet, rows=rows), control


def _controls(out: LedgerFile) -> None:
    """Check each control account (``LedgerFile.controls``) against the customers' cards
    read beside it: never counted (bp27's "Buku Besar Piutang" beside a card per customer was
    read as one more customer, every debt twice), its balance told as the book's figure
    disagreeing where the cards leave another total. With no cards beside it, the sheet names
    nobody who owes: it is left aside and, nothing else read, the file refused saying so."""
    total = sum(_owing(out, out.invoices).values()) if out.controls and out.invoices else 0
    for name, row, label, owed in out.controls:
        if not out.invoices:
            out.ignored.append(IgnoredSheet(out.name, name, "sheet.control_alone"))
            continue
        out.ignored.append(IgnoredSheet(out.name, name, "sheet.control_account"))
        if total != owed:
            out.problems.append(
                Problem("check-mismatch", out.name, name, row, label, "", owed, total)
            )


def _read_tables(
    out: LedgerFile,
    sheet: RawSheet,
    header: Header,
    starts: Sequence[int],
    default_term: int,
    mapping: Mapping[str, str | None] | None,
    forced: Shape | None,
    terms: Mapping[CustomerKey, int] | None,
) -> None:
    """Tables side by side on one sheet (``side_by_side``), each read as a sheet of its own:
    its header, its shape, the customer its own title lines name, and a heading line of one
    text over it alone ("PEMBAYARAN") saying what it lists as a sheet's name does. A title line
    over the first table alone, naming no customer ("DAFTAR PIUTANG (dalam ribuan)"), is over
    all of them. Each table's report and problems name its columns ("H:M"), as the sheet's name
    is theirs."""
    shared = [
        k
        for k, row in enumerate(sheet.rows[: header.first])
        if any(map(is_text, row[: starts[1]]))
        and not any(row[starts[1] :])
        and title_customer(row) is None
    ]
    labels = sheet.rows[header.row]
    for start, stop in zip(starts, [*starts[1:], len(labels)], strict=True):
        named = [j for j in range(start, stop) if labels[j] is not None and cell_text(labels[j])]
        first, last = (sheet.first_column + j + 1 for j in (named[0], named[-1]))
        block = f"{column_letters(first)}:{column_letters(last)}"
        reports, problems = len(out.sheets), len(out.problems)
        part = sheet.part(start, None if stop == len(labels) else stop, shared)
        lines = (
            [cell_text(c) for c in row if is_text(c)]
            for k, row in enumerate(part.rows[: header.row])
            if k not in shared
        )
        heading = " ".join(t[0] for t in lines if len(t) == 1 and ":" not in t[0])
        _read_sheet(out, part, default_term, mapping, forced, heading, terms)
        for report in out.sheets[reports:]:
            report.block = block
        out.problems[problems:] = [
            replace(p, column=f"{p.column} ({block})" if p.column else block)
            for p in out.problems[problems:]
        ]


def read_ledger(
    source: Path | str | bytes | OpenedFile,
    name: str | None = None,
    *,
    default_term: int = DEFAULT_TERM_DAYS,
    mapping: Mapping[str, str | None] | None = None,
    shape: Shape | None = None,
    sheets: Mapping[str, SheetChoice] | None = None,
    alone: bool = True,
    beside: Sequence[Invoice] = (),
    terms: Mapping[CustomerKey, int] | None = None,
) -> LedgerFile:
    """Read one file (a path, or its bytes with ``name``) into a ``LedgerFile``.

    ``mapping`` lets the caller say which header holds a field (``{"customer": "Nama Toko"}``),
    and ``shape`` which shape the file's tables take, overriding the guesses; ``sheets`` says
    the same for one sheet by its name (its columns over ``mapping``, its shape over
    ``shape``), so a payments sheet is corrected without touching the invoices beside it.
    Raises ``LedgerReadError`` only when the file cannot be read at all. Not ``alone`` (read
    beside the files uploaded with it: ``read_ledgers``), its orders owed by their marketplace
    are kept for the files read together to tell whether a file's disbursements pay them;
    ``beside``: the invoices of those files, that a file of payments may name in its notes;
    ``terms``: the customers' terms of their customer sheets, under the file's own.
    """
    if isinstance(source, OpenedFile):  # its reading begun already
        data, label = source.data, name or source.name
    elif isinstance(source, bytes):
        data, label = source, name or "upload"
    else:
        path = Path(source)
        label = name or path.name
        data = file_bytes(path, label)
    own = dict(sheets or {})
    for forced in (shape, *(choice[1] for choice in own.values())):
        if forced is not None and forced not in CHOOSABLE:
            raise ValueError(f"unknown shape {forced!r}")
    kind, found = source.sheets() if isinstance(source, OpenedFile) else iter_sheets(data, label)
    out = LedgerFile(label, kind, hashlib.sha256(data).hexdigest(), beside=list(beside))
    _read_sheets(out, found, default_term, mapping, shape, own, terms)
    known = {**(terms or {}), **customer_terms(out.contacts)} if out.contacts else terms or {}
    later = bool(known) and any(
        inv.due_source == "default" and customer_key(inv.customer) in known for inv in out.invoices
    )
    shop = letterhead(out.titles)
    chart = out.chart if out.coded else {}
    if later or shop or chart:
        # A customer sheet after the sheets of their invoices, or a letterhead found on the
        # sheets read (the shop's name over every customer's card): the file read again, the
        # terms and the letterhead known from the first sheet on; so too a journal of accounts'
        # codes before the chart of accounts naming them ("Daftar Akun" on the next sheet).
        out = LedgerFile(
            label, kind, out.digest, letterhead=shop, beside=list(beside), chart=dict(chart)
        )
        found = iter_sheets(data, label)[1]
        _read_sheets(out, found, default_term, mapping, shape, own, known if later else terms)
    _opening_sheets(out)
    _name_codes(out)
    _far_dates(out)
    _credits_once(out)
    _card_credits_named(out)
    _recaps(out)
    _month_recaps(out)
    _controls(out)
    _unread_sheets(out)
    if alone:
        _platforms_paid(out, [out.payments])
    undated = next((s for s in out.ignored if s.reason_key == "sheet.opening_undated"), None)
    if undated is not None:  # debts of no day: read without them the total would be short
        raise _refusal(label, undated)
    unsure = next((s for s in out.ignored if s.reason_key in _REFUSALS), None)
    if unsure is not None and (
        (not out.invoices and not out.contacts) or unsure.reason_key == "sheet.customer_unsure"
    ):
        # Nothing owed read, and a sheet left aside that may hold it: payments alone (a
        # marketplace's disbursements beside its orders unread) are no reading of the book; nor
        # is the rest of a file whose table of names and amounts could not be told whose (its
        # orders by "Platform" beside disbursements paying none of them: those could be read
        # as if they were the debts).
        raise _refusal(label, unsure)
    if not out.sheets:
        unsure = next((s for s in out.ignored if s.reason_key in _REFUSALS), None)
        if unsure is not None:
            raise _refusal(label, unsure)
        # A savings book alone owes the shop nothing: the refusal says why, not what it lacks.
        savings = next((s for s in out.ignored if s.reason_key == "sheet.savings"), None)
        if savings is not None:
            raise _refusal(label, savings)
        split = next((s for s in out.ignored if s.reason_key == "sheet.split_fields"), None)
        if split is not None:
            raise LedgerReadError(label, "split_fields", dict(split.params)["rows"])
        if any(s.reason_key == "sheet.no_rows" for s in out.ignored):
            raise LedgerReadError(label, "no_rows")  # a form not filled in yet
        # A table Tagih nearly reads: the refusal names what it lacks.
        for reason, code in _LACKING.items():
            lacking = [s for s in out.ignored if s.reason_key == reason]
            if lacking:
                shown = _first_three([f"'{s.sheet}'" for s in lacking])
                raise LedgerReadError(label, code, shown, _names_column(shown, lacking[0]))
        raise LedgerReadError(label, "no_ledger")
    return out


def _first_three(named: Sequence[str]) -> str:
    """The first three sheets a refusal names, and how many more (a book of 300 cards)."""
    more = f", … (+{len(named) - 3})" if len(named) > 3 else ""
    return ", ".join(named[:3]) + more


def _names_column(shown: str, sheet: IgnoredSheet) -> Callable[[Lang], str] | None:
    """The sheets a refusal names (``shown``), with the column of names the first of them
    holds where it has one (``sheet.no_customer``'s "Kedai": Kedai Tani Jaya, …)."""
    named = dict(sheet.params)
    if sheet.reason_key != "sheet.no_customer" or "column" not in named:
        return None
    return lambda lang: t("file.names_column", lang, sheets=shown, **named)


def _refusal(label: str, sheet: IgnoredSheet) -> LedgerReadError:
    """The file refused for a sheet left aside lest its total be wrong: the columns chosen
    unsure, or what the sheet lacks named (its dates' year, its paid rows shown by colour)."""

    def said(lang: Lang) -> str:
        reason = sheet.reason(lang)
        return (
            t("file.sheet_named", lang, sheet=sheet.sheet, reason=reason) if sheet.sheet else reason
        )

    if sheet.reason_key in _SHEET_REFUSALS or sheet.reason_key == "sheet.savings":
        return LedgerReadError(label, "sheet_refused", said("id"), said)

    def sentence(lang: Lang) -> str:  # what to choose on Unggah follows it
        reason = sheet.reason(lang).rstrip()
        return reason if reason.endswith((".", "!", "?")) else reason + "."

    return LedgerReadError(label, "shape_unsure", sentence("id"), sentence)


# A column of orders naming the marketplace that sold them, who pays the shop for them.
_PLATFORM_LABELS: Final = frozenset({
    "platform", "marketplace", "market place", "e commerce", "ecommerce", "channel",
    "sales channel", "saluran penjualan", "toko online", "online shop", "olshop",
})  # fmt: skip


def _platform_header(header: Header, label: str) -> Header | None:
    """An orders table's header with its marketplace column ``label`` ("Platform") as the
    customer, where that is the column of names beside it; ``None`` for any other column."""
    if normalise_header(label) not in _PLATFORM_LABELS:
        return None
    at = header.labels.index(label)
    choice = ColumnChoice("customer", at, label, 80, "keyword")
    return replace(header, columns={**header.columns, "customer": choice})


def _platforms_paid(out: LedgerFile, paying: Sequence[Sequence[Payment]]) -> None:
    """Leave aside (so the file is refused, as ``read_ledger`` and ``read_ledgers`` say) a
    sheet of orders read by its marketplace column unless a file's disbursements (``paying``:
    each file's payments, the file's own or those of the files uploaded with it) pay its
    orders by their numbers: most of the file's payments naming an order name one of its.
    Without them the column may be where the buyer ordered, not who owes (and a disbursements
    sheet that quotes the orders' figures may have been read as debts)."""
    if not out.platforms:
        return
    groups = [invoice_keys([p.invoice_number for p in ps if p.invoice_number]) for ps in paying]
    for sheet, label, seen, numbers in out.platforms:
        if not any(
            2 * sum(key in numbers for key in named) > len(named) for named in groups if named
        ):
            params = (("column", label), ("names", seen))
            out.ignored.append(IgnoredSheet(out.name, sheet, "sheet.customer_unsure", params))


def _unread_texts(out: LedgerFile, sheet: RawSheet) -> bool:
    """Keep the texts of a sheet left aside unread, for ``_unread_sheets``: for want of a
    header it knows, of whose its rows are (a cash book "Tanggal | Keterangan | Masuk |
    Keluar | Saldo" naming no customer), or of a column naming who is with each receivable
    line of a general journal. Whether it holds figures (only then is it kept)."""
    if not any(isinstance(c, int | float) and abs(c) >= 1000 for row in sheet.rows for c in row):
        return False
    texts = (c.strip() for row in sheet.rows for c in row if type(c) is str)
    out.unheaded[sheet.name] = tuple(dict.fromkeys(t for t in texts if _DIGIT.search(t)))
    return True


def _unread_sheets(out: LedgerFile) -> None:
    """Refuse a file of which a sheet left aside for want of a header it knows (or of whose
    its rows are: ``_unread_texts``) holds figures and names invoices read from its other
    sheets ("Pencairan Dana" listing the orders a
    marketplace paid out under "Dana Dilepas", a receipts sheet whose payer is in a "Dari"
    column): its rows are likely what was paid on them, and the total without them wrong. An
    invoice number of digits alone counts from four digits ("1001", not "12"), or named after
    a word for an invoice ("Nota 501", a kuitansi's "Untuk Pembayaran": ``noted_numbers``).
    So too a file of customers' cards of which such a sheet is titled a customer's
    ("Kartu Piutang: UD Mitra Tani" over a header not read, beside the cards read): that
    customer's debts would be left out of the total unsaid."""
    if not out.unheaded or not out.invoices:
        return
    if out.unheaded_cards and any(s.shape == "customer_card" for s in out.sheets):
        cards = [f"'{sheet}' ({name})" for sheet, name in out.unheaded_cards.items()]
        raise LedgerReadError(out.name, "unread_card", _first_three(cards))
    numbers = invoice_keys([inv.number for inv in out.invoices])
    known = {
        key: inv
        for key, inv in zip(numbers, out.invoices, strict=True)
        if _DIGIT.search(key) and (len(key) >= 4 or not key.isdigit())
    }
    every = dict(zip(numbers, out.invoices, strict=True))
    for name, texts in out.unheaded.items():
        named = dict.fromkeys(n for text in texts for n in named_invoices(text, known))
        for text in texts:
            noted = (every.get(invoice_key(number)) for number in noted_numbers(text))
            named.update(dict.fromkeys(inv.number for inv in noted if inv is not None))
        if named:
            shown = ", ".join(list(named)[:3]) + (", …" if len(named) > 3 else "")
            raise LedgerReadError(out.name, "unread_credits", f"'{name}' ({shown})")


# A sheet named as an example of how to fill the book in ("Contoh", "TEMPLATE", "Format",
# "Contoh Pengisian"): its rows are made up ("Toko ABC", "Bapak XYZ"), left aside and told.
_EXAMPLE_SHEET: Final = re.compile(
    r"^\s*(?:contoh|template|format|example|sample)(?:\s*(?:cara\s+)?(?:pengisian|mengisi|isian|"
    r"pengisian\s+buku|buku|\(?\d+\)?))?\s*$",
    re.IGNORECASE,
)


def _read_sheets(
    out: LedgerFile,
    found: Iterable[RawSheet | tuple[str, SheetReason]],
    default_term: int,
    mapping: Mapping[str, str | None] | None,
    shape: Shape | None,
    own: Mapping[str, SheetChoice],
    terms: Mapping[CustomerKey, int] | None,
) -> None:
    """Read the file's sheets into ``out``, in order. ``terms``: the customers' terms known
    before its sheets are read (of its customer sheets, of the files read with it), under
    those of the customer sheets read so far."""
    given, known = terms, 0  # the terms, and how many contacts they were worked out from
    for sheet in found:
        if isinstance(sheet, tuple):
            out.ignored.append(IgnoredSheet(out.name, sheet[0], sheet[1]))
            continue
        if len(out.contacts) != known:
            known = len(out.contacts)
            given = {**(terms or {}), **customer_terms(out.contacts)}
        columns, forced = own.get(sheet.name, (None, None))
        if sheet.name not in own and _EXAMPLE_SHEET.match(sheet.name):
            out.ignored.append(
                IgnoredSheet(out.name, sheet.name, "sheet.example", (("name", sheet.name),))
            )
            continue
        merged = {**(mapping or {}), **(columns or {})} if columns else mapping
        _read_sheet(out, sheet, default_term, merged, forced or shape, None, given)


def _name_codes(out: LedgerFile) -> None:
    """The file's records of a customer named by the code its customer sheet gives them
    ("C002"), by the name the sheet gives ("Warung Makan Bu Tatik"): one customer, whether
    a row names them by code or by name. So too a name written after the program's code
    ("C-0003 Toko Kencana", an Accurate ledger's headings: ``coded_names``), by the name.
    Where a table writes the code beside the name, the code decides who is who
    (``customers_by_code``): "PT. Sinar Jaya" and "SINAR JAYA, PT" under C-001 are one
    customer, "Toko Maju" under C-010 and under C-022 two. So too a customer renamed, whose new
    card opens carrying the old one ("Saldo awal (pindahan kartu Toko Makmur 2025)" on TB
    Makmur Jaya's 2026 card, Toko Makmur's 2025 card beside it): the old name's records, by the
    new name, the opening their balance carried."""
    columns, codes = _written_codes(out)
    by_code, by_name = customers_by_code(columns, out.contacts)
    written = [inv.customer for inv in out.invoices]
    written += [pay.customer for pay in out.payments if pay.customer]
    names = {**coded_names(written), **code_names(out.contacts), **by_name}
    if out.carried_from:
        known = set(map(customer_key, written))
        names.update((old, new) for old, new in out.carried_from.items() if old in known)
    if not names:
        return

    @cache  # a book writes a few hundred names and codes over and over
    def name_of(customer: str, code: str | None) -> str | None:
        found = by_code.get(customer_key(code)) if code else None
        return found if found is not None else names.get(customer_key(customer))

    for at, inv in enumerate(out.invoices):
        name = name_of(inv.customer, codes[0].get(at))
        if name is not None and name != inv.customer:
            out.invoices[at] = inv._replace(customer=name)
    for at, pay in enumerate(out.payments):
        name = name_of(pay.customer, codes[1].get(at)) if pay.customer else None
        if name is not None and name != pay.customer:
            out.payments[at] = pay._replace(customer=name)
    for at, contact in enumerate(out.contacts):
        if (name := name_of(contact.customer, contact.code)) is not None:
            out.contacts[at] = replace(contact, customer=name)
    for report in out.sheets:
        if by_code and (report.invoices_at or report.payments_at):
            # Two customers of one name, told apart by their codes: the sheet's records say.
            report.customer_names = frozenset(
                [out.invoices[at].customer for at in report.invoices_at]
                + [out.payments[at].customer for at in report.payments_at]
            )
        else:
            report.customer_names = frozenset(
                names.get(customer_key(c), c) for c in report.customer_names
            )
        report.customers = len({customer_key(c) for c in report.customer_names})


def _written_codes(
    out: LedgerFile,
) -> tuple[list[CodeColumn], tuple[dict[int, str], dict[int, str]]]:
    """The customer codes written beside the names (``out.codes``): each column's (code,
    name) pairs with their rows, and each invoice's and credit's code by its place."""
    columns: list[CodeColumn] = []
    codes: tuple[dict[int, str], dict[int, str]] = ({}, {})
    for invoices_at, payments_at, sheet, at, plain in out.codes:
        index_of = sheet.index_of_rows()
        texts: dict[object, str] = {}  # each cell's text, worked out once
        pairs: Counter[tuple[str, str]] = Counter()
        spans = ((out.invoices, invoices_at, codes[0]), (out.payments, payments_at, codes[1]))
        for records, span, found in spans:
            for n in span:
                record = records[n]
                k = index_of.get(record.source.row)
                row = sheet.rows[k] if k is not None else ()
                cell = row[at] if at < len(row) else None
                if (code := texts.get(cell)) is None:
                    code = texts[cell] = cell_text(cell).strip() if cell is not None else ""
                if code.strip("-–—") and record.customer:  # a dash says none
                    found[n] = code
                    pairs[code, record.customer] += 1
        columns.append((pairs, plain))
    return columns, codes


_DUE: Final = attrgetter("due_date")
_ROW_OF: Final = attrgetter("source.row")


def _far_dates(out: LedgerFile) -> None:
    """Tell each invoice date, and each due date the book wrote, decades away from the year
    most of its sheet's column keeps and from the year the sheet's name gives (nota 079 dated
    "05/10/1926" on the sheet "Oktober 2026"; PO-5534's Jatuh Tempo "10/10/2062" among due
    dates of 2026, 30 days after each invoice): read as written, since which year was meant
    the row does not say, and told (``far-date``), so that the owner sees why a debt stands
    in 90+ or is not due for decades. A column no one year holds most of (a loan's
    instalments over fifteen years) keeps no year: nothing told but against the sheet's name's.
    Each column's years are counted over its distinct dates; rows are looked at only where a
    year is far."""
    for report in out.sheets:
        found = report.invoices_at
        if not found:
            continue
        invoices = out.invoices[found.start : found.stop]
        named = year_of([report.name])
        sources = list(map(attrgetter("due_source"), invoices))
        written = (
            [
                d if s == "column" else None
                for d, s in zip(map(_DUE, invoices), sources, strict=True)
            ]
            if "column" in sources
            else []
        )
        for field_name, days in (
            ("invoice_date", list(map(attrgetter("invoice_date"), invoices))),
            ("due_date", written),
        ):
            seen = {day.year for day in set(days) if day is not None}
            keeps = {year for year in (usual_year(days), named) if year is not None}
            far = {y for y in seen if keeps and all(abs(y - k) >= FAR_YEARS for k in keeps)}
            if not far:
                continue
            choice = report.columns.get(field_name)  # type: ignore[call-overload]
            label = choice.header if choice is not None else ""
            for inv, day in zip(invoices, days, strict=True):
                if day is not None and day.year in far:
                    value = day.strftime("%d/%m/%Y")
                    source = inv.source
                    out.problems.append(
                        Problem("far-date", out.name, source.sheet, source.row, label, value)
                    )


def _credits_once(out: LedgerFile) -> None:
    """The file's credits, one listed on two kinds of sheet counted once (``once_across`` by
    the kind of sheet each was read from): a card's or a journal's Kredit row ("KW-01
    Pembayaran FR-1") that the payments sheet beside it lists again, on the same date, for the
    same customer and amount (and the same receipt number, where both write one), is the
    same money; so is one a journal of every customer and a card holding the same sales both
    give (``_entries_twice``: those sheets counted apart, by name). Two equal credits on one
    card, or on one payments sheet, are two; on two
    payments sheets, two unless they write one receipt number: "KW-031" of 31 Oct, 1.200.000
    from Toko Pak Harto for A-202, on "Bayar Okt" and carried over onto "Bayar Nov", is one
    receipt (``counted_once``, exact, by sheet, of the credits writing a number)."""
    kinds: list[object] = [None] * len(out.payments)
    groups: list[object] = [None] * len(out.payments)
    twice = _entries_twice(out)
    for report in out.sheets:
        found = report.payments_at
        kinds[found.start : found.stop] = [report.kind] * len(found)
        group = (report.kind, report.name) if report.name in twice else report.kind
        groups[found.start : found.stop] = [group] * len(found)
    several = (
        len({groups[report.payments_at.start] for report in out.sheets if report.payments_at}) > 1
    )
    gone = _receipts_twice(out, kinds)
    numbers = [""] * len(out.payments)
    if several or len({sheet.name for _, sheet, _, _ in out.receipts}) > 1:
        numbers = _receipt_numbers(out)
        numbered = [at for at, number in enumerate(numbers) if number and at not in gone]
        sheets = [out.payments[at].source.sheet for at in numbered]
        if len(set(sheets)) > 1:
            own = [numbers[at] for at in numbered]
            once = counted_once([out.payments[at] for at in numbered], sheets, own, exact=True)
            gone.update(at for k, at in enumerate(numbered) if k not in once)
    if gone:
        keep = [at for at in range(len(out.payments)) if at not in gone]
        out.payments[:] = [out.payments[at] for at in keep]
        groups = [groups[at] for at in keep]
        numbers = [numbers[at] for at in keep]
    if several:
        out.payments[:] = once_across(out.payments, groups, numbers)


def _card_credits_named(out: LedgerFile) -> None:
    """A card's credits that name no invoice ("Bayar tunai", "Transfer BCA"), on a card whose
    sales an invoice list of the file holds with its paid column (the same number, customer
    and amount: the same sales kept twice), name the sale the card's own order pays: its
    oldest sale the credits above it left open, where the credit fits in what is left of it.
    The list's Dibayar and the card's credits are then the same money, the larger counting
    (``ledger``'s rule for a paid column and payments naming its invoice), as where the card
    names them; unnamed, each was added to the list's Dibayar, every payment twice (KF-01
    paid 4.000.000 on the list and "Bayar tunai" 4.000.000 on the card: 8.000.000 paid)."""
    cards = [r for r in out.sheets if r.kind == "entries" and r.payments_at and r.invoices_at]
    lists = [r for r in out.sheets if r.kind == "invoices" and "paid" in r.columns]
    if not cards or not lists:
        return
    listed = {
        (invoice_key(inv.number), inv.customer_key, inv.amount)
        for r in lists
        for inv in out.invoices[r.invoices_at.start : r.invoices_at.stop]
        if inv.number
    }
    for card in cards:
        credits = range(card.payments_at.start, card.payments_at.stop)
        if all(out.payments[at].invoice_number for at in credits):
            continue
        sales = out.invoices[card.invoices_at.start : card.invoices_at.stop]
        if not all(
            inv.number and (invoice_key(inv.number), inv.customer_key, inv.amount) in listed
            for inv in sales
        ):
            continue
        left = {invoice_key(inv.number): inv.amount - inv.paid for inv in sales}
        events = sorted(
            [(inv.source.row, 0, invoice_key(inv.number), -1) for inv in sales]
            + [(out.payments[at].source.row, 1, "", at) for at in credits]
        )
        open_: list[str] = []
        for _, credit, number, at in events:
            if not credit:
                open_.append(number)
                continue
            pay = out.payments[at]
            named = invoice_key(pay.invoice_number) if pay.invoice_number else ""
            if named in left:
                left[named] -= pay.amount
                continue
            rest = pay.amount
            oldest = next((n for n in open_ if left[n] > 0), None)
            if not named and pay.kind == "payment" and oldest and 0 < rest <= left[oldest]:
                out.payments[at] = pay._replace(invoice_number=oldest)
            for n in open_:
                take = min(rest, max(left[n], 0))
                left[n] -= take
                rest -= take


def _entries_twice(out: LedgerFile) -> set[str]:
    """The sheets of debits and credits (cards, journals) whose sales another such sheet of
    the file holds too (the same number, customer and amount): the same entries kept twice, a
    journal of every customer beside a card per customer, so each one's credits are the
    other's (``_credits_once`` counts them once, by sheet). Only sheets whose credits another
    one's meet on a date, customer and amount are looked into."""
    entries = [r for r in out.sheets if r.kind == "entries" and r.payments_at]
    if len(entries) < 2:
        return set()
    # Only sheets that share a customer (a card per customer alone shares none): by names.
    sheets_of = Counter(key for r in entries for key in {customer_key(c) for c in r.customer_names})
    entries = [r for r in entries if any(sheets_of[customer_key(c)] > 1 for c in r.customer_names)]
    met: dict[tuple[object, ...], str] = {}
    pairs: set[tuple[str, str]] = set()
    for report in entries:
        for pay in out.payments[report.payments_at.start : report.payments_at.stop]:
            key = (pay.amount, pay.paid_on, customer_key(pay.customer))
            other = met.setdefault(key, report.name)
            if other != report.name:
                pairs.add((other, report.name))
    if not pairs:
        return set()
    by_name = {r.name: r for r in entries}

    def sales(name: str) -> set[tuple[str, CustomerKey, object]]:
        found = by_name[name].invoices_at
        return {
            (invoice_key(inv.number), inv.customer_key, inv.amount)
            for inv in out.invoices[found.start : found.stop]
            if inv.number
        }

    return {name for pair in pairs if sales(pair[0]) & sales(pair[1]) for name in pair}


def _receipts_twice(out: LedgerFile, kinds: Sequence[object]) -> set[int]:
    """The credits of a payments sheet's row that is an earlier row of it again, identical in
    every cell and writing its own receipt number (the "Pembayaran" sheet's KW-0431 of 29 Oct,
    Apotek Sehat Sentosa, INV-2026-097, 2.480.000, typed on two rows: one receipt, its copy
    paying the customer's next invoice and making up a credit), each such row told
    (``repeated-receipt``). Two rows alike without a receipt number of their own are two
    instalments, as on a card two equal Kredit rows are: nothing names them one."""
    gone: set[int] = set()
    for found, sheet, columns, label in out.receipts:
        if kinds[found.start] != "payments":
            continue
        index_of = sheet.index_of_rows()
        first: dict[tuple[object, ...], int] = {}
        told: set[int] = set()
        for at in found:
            row_no = out.payments[at].source.row
            if (k := index_of.get(row_no)) is None:
                continue
            cells = sheet.rows[k]
            earlier = first.setdefault(tuple(cells), row_no)
            if earlier == row_no:
                continue
            if not (number := _own_number(cells, columns)):
                continue
            gone.add(at)
            if row_no not in told:
                told.add(row_no)
                said = f"{earlier} ({number})"
                out.problems.append(
                    Problem("repeated-receipt", out.name, sheet.name, row_no, label, said)
                )
    return gone


def _receipt_numbers(out: LedgerFile) -> list[str]:
    """Each of the file's credits' own number ("KW-01", from a column numbering the payment
    itself: ``out.receipts``), "" where it has none."""
    numbers = [""] * len(out.payments)
    for found, sheet, columns, _ in out.receipts:
        index_of = sheet.index_of_rows()
        for at in found:
            k = index_of.get(out.payments[at].source.row)
            numbers[at] = _own_number(sheet.rows[k] if k is not None else (), columns)
    return numbers


def _own_number(row: Sequence[object], columns: Sequence[int]) -> str:
    """The first number a credit's row writes in ``columns`` (its own: "KW-01"), "" where it
    writes none (a dash says none)."""
    texts = (cell_text(row[i]) for i in columns if i < len(row) and row[i] is not None)
    return next((text for text in texts if text.strip("-–—")), "")


def _recaps(out: LedgerFile) -> None:
    """Leave aside each table of one row per customer that is a recap of the file's other
    sheets (``_recap_differs``): never counted a second time. Without a date column it is left
    aside as a summary already; with one ("Pelanggan | Tgl Transaksi Terakhir | Total
    Piutang", "Per Tanggal | Saldo" beside a sheet per customer) it was read as one more
    invoice per customer, every debt twice. A recap is known by its figures (what the other
    sheets leave each customer owing) or by its name ("Rekap", "Per Tanggal", ``_recap_named``)
    with its customers theirs; each row whose figure differs (out of date, or a customer of
    no other sheet) is told as the book's figure disagreeing, with both figures."""
    gone: set[int] = set()
    for report in list(out.sheets):
        if not _may_be_recap(report):
            continue
        rows = [out.invoices[at] for at in report.invoices_at]
        named = _recap_named(report)
        if named is None and report.name in out.openings and _dated_after(out, report, gone):
            # Balances as of a day after the other sheets' records ("Saldo per 22/11/2026"
            # beside invoices to 20 November) are a recap of them, not what the book began with.
            named = out.openings[report.name][0]
        differs = _recap_differs(out, rows, report.invoices_at, gone, named is not None)
        if differs is None:
            continue
        gone.update(report.invoices_at)
        out.sheets.remove(report)
        figure = report.columns.get("amount") or report.columns["balance"]
        same = str(len(rows) - len(differs))
        reason: SheetReason = "sheet.recap"
        params: tuple[tuple[str, str], ...] = (("column", f"'{figure.header}'"), ("count", same))
        if named is not None and differs:  # said to be a recap, its figures not all right
            reason = "sheet.recap_named"
            params = (("said", named), ("count", same), ("rows", str(len(rows))))
        out.ignored.append(IgnoredSheet(out.name, report.name, reason, params))
        out.problems.extend(
            Problem("check-mismatch", out.name, inv.source.sheet, inv.source.row,
                    figure.header, "", inv.amount - inv.paid, owing)
            for inv, owing in differs
        )  # fmt: skip
    _summaries(out, gone)
    if gone:
        out.invoices[:] = [inv for at, inv in enumerate(out.invoices) if at not in gone]


def _dated_after(out: LedgerFile, report: SheetReport, gone: AbstractSet[int]) -> bool:
    """Whether each row of a table of balances whose customer has dated records on the file's
    other sheets (but those ``gone``) is dated on or after the last of them."""
    own = report.invoices_at
    last: dict[CustomerKey, date] = {}
    for at, inv in enumerate(out.invoices):
        day = inv.invoice_date
        if at not in own and at not in gone and day is not None:
            last[inv.customer_key] = max(day, last.get(inv.customer_key, day))
    rows = [out.invoices[at] for at in own if out.invoices[at].customer_key in last]
    return bool(rows) and all(
        inv.invoice_date is not None and inv.invoice_date >= last[inv.customer_key] for inv in rows
    )


def _may_be_recap(report: SheetReport) -> bool:
    """A table that may be a recap of the file's other sheets: invoices by a customer column,
    with a figure and without invoice numbers (a list naming the invoices is the invoices: a
    copy of them counts once by their numbers), no credits."""
    columns = report.columns
    return (
        report.kind == "invoices"
        and "customer" in columns
        and bool({"amount", "balance"} & columns.keys())
        and "invoice_no" not in columns
        and len(report.invoices_at) >= 1
        and not report.payments_at
    )


# What a recap's name or header says it by: a recap, a summary, the debt in all as of a day.
_RECAP_WORDS: Final = re.compile(
    r"\b(?:rekap\w*|recap\w*|ringkasan|summary|(?:total|saldo)\s+piutang|"
    r"(?:per|s\s*/\s*d|s\.\s*d\.?|sampai(?:\s+dengan)?)\s+(?:tanggal|tgl)\b)",
    re.IGNORECASE,
)
# Every text ``_RECAP_WORDS`` finds holds one of these.
_RECAP_HINT: Final = ("rekap", "recap", "ringkasan", "summary", "piutang", "tanggal", "tgl")
# A sheet named for its sales ("Rekap Penjualan Oktober", "Rekap Faktur"): its rows are sales.
_SALES_NAME: Final = re.compile(
    r"\b(?:penjualan|jual|faktur|nota|invoices?|sales|transaksi)\b", re.IGNORECASE
)


def _recap_below(rows: Sequence[Sequence[object]], header: Header) -> int | None:
    """Where a recap under the table starts, its own heading line, or ``None``: under a total
    line, a line of one text that says a recap (``_RECAP_WORDS``: "REKAP PER PELANGGAN") over
    a header of a customer and a figure and no date nor invoice number ("Nama Pelanggan |
    Total Sisa"). Its rows, a customer's total each, are no invoices: read with the list, they
    were each one more (a hand-made list's TS-102 and TS-146, 7.420.000 in all, again as
    Toko Sparepart Jaya's 7.420.000). It is read as a table of its own, a recap as a sheet is.
    Only lines of one cell or two are looked at, and their texts first: most say no recap.
    Such a line leaves two of any three columns empty: three of the table's are looked at in
    C first."""
    body = rows[header.row + 1 :]
    three = sorted({c.index for c in header.columns.values()} | {0, 1, 2})[:3]
    try:  # a workbook's rows are all as wide as its sheet
        a, b, c = (list(map(not_, map(itemgetter(i), body))) for i in three)
        pairs = map(or_, map(and_, a, b), map(or_, map(and_, a, c), map(and_, b, c)))
        maybe: Iterable[int] = compress(range(len(body) - 1), pairs)
    except IndexError:  # a CSV's short rows: every line looked at
        maybe = range(len(body) - 1)
    lone = [k for k in maybe if body[k].count("") + body[k].count(None) >= len(body[k]) - 2]
    texts = {c for k in lone for c in body[k] if type(c) is str}
    blob = "\n".join(texts).casefold()
    if not any(word in blob for word in _RECAP_HINT):
        return None
    said = {t for t in texts if _RECAP_WORDS.search(t) and _recap_named(("", [t])) is not None}
    if not said:
        return None
    texts = {c for row in body for c in row if type(c) is str}
    totals = {t for t in texts if is_total_label(t)}
    for k in lone:
        row = body[k]
        if not any(c in said for c in row):
            continue
        if sum(map(is_text, row)) != 1 or any(_is_figure(c) for c in row):
            continue
        above = (next((c for c in line if is_text(c)), None) for line in body[:k])
        if not any(first in totals for first in above):
            continue  # no total line above: a heading inside the table
        below = next((line for line in body[k + 1 :] if any(map(is_text, line))), ())
        fields = read_header(below)[0].keys()
        if (
            "customer" in fields
            and {"amount", "balance"} & fields
            and not {"invoice_date", "invoice_no", "due_date"} & fields
        ):
            return header.row + 1 + k
    return None


def _is_figure(cell: object) -> bool:
    return isinstance(cell, int | float) and not isinstance(cell, bool)


def _recap_named(report: SheetReport | tuple[str, Sequence[str]]) -> str | None:
    """What says the sheet is a recap ("sheet 'Rekap'", "column 'Per Tanggal'"), or ``None``:
    its name or a header of it in ``_RECAP_WORDS``; never a sheet named for its sales, nor one
    of opening balances ("Saldo Awal": the debts before the other sheets, not their sum).

    >>> def named(name: str, *headers: str) -> str | None:
    ...     return _recap_named(SheetReport(name, "invoices", 0, {}, headers=list(headers)))
    >>> named("Rekap", "Pelanggan", "Tanggal", "Jumlah"), named("Data", "Pelanggan", "Per Tanggal")
    ("'Rekap'", "'Per Tanggal'")
    >>> named("Rekap Penjualan Oktober"), named("Saldo Awal", "Pelanggan", "Per Tanggal")
    (None, None)
    >>> named("Nov", "Pelanggan", "Tanggal", "Total") is None
    True
    """
    name, headers = (report.name, report.headers) if isinstance(report, SheetReport) else report
    texts = [name, *headers]
    if _SALES_NAME.search(name) or any(is_opening_label(text) for text in texts):
        return None
    return next((f"'{text.strip()}'" for text in texts if _RECAP_WORDS.search(text)), None)


def _recap_differs(
    out: LedgerFile, rows: Sequence[Invoice], own: range, gone: AbstractSet[int], named: bool
) -> list[tuple[Invoice, Amount]] | None:
    """The ``rows`` of a recap (at ``own`` in the file's invoices) whose figure (amount less
    paid) is not what the file's other records (but those ``gone``), allocated by
    ``build_ledger``, leave their customer owing, each with what they leave; ``None`` where the
    rows are no recap. A recap has one row per customer. By its figures alone: two customers or
    more whose figure is their balance there, and one row in ten at most that differs (a list
    of one sale per customer beside cards of other customers, or whose one figure equals a
    balance by chance, is none). ``named`` one (``_recap_named``): its customers those of the
    other records, all or all but one, and not all dated before their records there (opening
    balances carried in, not a sum of them)."""
    keys: dict[CustomerKey, None] = {}
    for inv in rows:
        key = customer_key(inv.customer)
        if key in keys:  # a customer on two rows (a list of sales, looked at no further)
            return None
        keys[key] = None
    rest = [inv for at, inv in enumerate(out.invoices) if at not in gone and at not in own]
    theirs = {inv.customer_key for inv in rest}
    if not set(keys) & theirs:
        return None
    owing = _owing(out, rest)
    # Each row, its figure and what its customer owes on the other sheets (None: no customer
    # of theirs).
    owed_by = map(owing.get, keys)
    figures = [(inv, inv.amount - inv.paid, owed) for inv, owed in zip(rows, owed_by, strict=True)]
    same = sum(1 for _, figure, owed in figures if figure and figure == owed)
    differs = [(inv, owed or 0) for inv, figure, owed in figures if figure != (owed or 0)]
    if same >= 2 and 10 * len(differs) <= len(rows):
        return differs
    if not named or len(keys) - len(set(keys) & theirs) > 1:
        return None
    return None if _carried_in(rows, rest) else differs


def _owing(out: LedgerFile, rest: Sequence[Invoice]) -> dict[CustomerKey, Amount]:
    """What the file's records leave each customer owing (a credit balance below zero), its
    invoices ``rest`` allocated with its payments by ``build_ledger``."""
    ledger = build_ledger(rest, out.payments, out.contacts)
    owing: dict[CustomerKey, Amount] = {}
    for inv in ledger.invoices:
        owing[inv.customer_key] = owing.get(inv.customer_key, 0) + inv.outstanding
    for key, credit in ledger.credit_balances.items():
        owing[key] = owing.get(key, 0) - credit
    return owing


def _summaries(out: LedgerFile, gone: AbstractSet[int]) -> None:
    """Tell where a table left aside as a summary (``sheet.summary_only``: "Pelanggan | Sisa
    Piutang", no date) is a recap of the file's other sheets whose figures disagree with them:
    each row whose figure is not what the other sheets leave its customer owing, as the
    book's figure disagreeing (a Rekap written before Pak Harjo's last payment: 1.000.000
    where his sheet leaves 500.000). Never counted. A recap as ``_recap_differs`` knows one:
    by its figures (two customers or more whose figure is their balance there, one row in ten
    at most that differs), or by its name ("Rekap", ``_recap_named``) with its customers
    those of the other sheets, all or all but one. A summary of sales ("Rekap Penjualan", or
    figures that are what each customer was billed: ``_sales_summed``), of opening balances
    ("Saldo Awal") or of other customers stays a summary, untold."""
    if not out.summaries:
        return
    rest = [inv for at, inv in enumerate(out.invoices) if at not in gone]
    theirs = {inv.customer_key for inv in rest}
    for name, labels, label, rows in out.summaries:
        keys = [customer_key(customer) for _, customer, _ in rows]
        if not set(keys) & theirs or len(set(keys)) < len(keys):
            continue
        owing = _owing(out, rest)
        differs = [
            (row, figure, owing.get(key, 0))
            for (row, _, figure), key in zip(rows, keys, strict=True)
            if figure != owing.get(key, 0)
        ]
        by_figures = len(rows) - len(differs) >= 2 and 10 * len(differs) <= len(rows)
        named = _recap_named((name, labels)) is not None and len(set(keys) - theirs) <= 1
        if not by_figures and not named:
            continue
        if (
            named
            and differs
            and not _OWED_LABEL.search(label)
            and _sales_summed(rows, keys, rest) > len(rows) - len(differs)
        ):
            # What each customer was billed ("Rekap | Pelanggan | Total"), no balance; a figure
            # its header calls the debt ("Total Piutang") is one, however many of its rows
            # are what was billed (a customer who has paid nothing yet).
            continue
        same = str(len(rows) - len(differs))
        reason: SheetReason = "sheet.recap"
        params: tuple[tuple[str, str], ...] = (("column", f"'{label}'"), ("count", same))
        if differs:
            reason = "sheet.recap_named"
            params = (("said", f"'{name}'"), ("count", same), ("rows", str(len(rows))))
        at = next(
            k for k, s in enumerate(out.ignored)
            if s.sheet == name and s.reason_key == "sheet.summary_only"
        )  # fmt: skip
        out.ignored[at] = IgnoredSheet(out.name, name, reason, params)
        out.problems.extend(
            Problem("check-mismatch", out.name, name, row, label, "", int(figure), int(owed))
            for row, figure, owed in differs
        )


# The label of a recap's column of months ("Bulan", "Periode", "Month").
_MONTH_LABEL: Final = re.compile(r"^\s*(?:bulan|bln|periode|month)\s*$", re.IGNORECASE)


def _month_recap(
    sheet: RawSheet,
) -> tuple[str, tuple[str, ...], str, list[tuple[int, int, Amount]]] | None:
    """A sheet of one row per month ("Bulan | Penjualan | Dibayar | Sisa", "Oktober" …), no
    customer in it: its name and the lines above its header, its owed figure's label ("Sisa",
    ``_OWED_LABEL``) and each month's row (Excel row, month, figure); ``None`` for another."""
    for at, line in enumerate(sheet.rows[:HEADER_SCAN_ROWS]):
        first = next((k for k, c in enumerate(line) if c is not None and str(c).strip()), None)
        said = line[first] if first is not None else None
        if first is None or not (isinstance(said, str) and _MONTH_LABEL.match(said)):
            continue
        owed = [k for k, c in enumerate(line) if type(c) is str and _OWED_LABEL.search(c)]
        if not owed:
            return None
        figure = owed[-1]
        rows: list[tuple[int, int, Amount]] = []
        for k, row in enumerate(sheet.rows[at + 1 :], start=at + 1):
            cell = row[first] if first < len(row) else None
            words = cell.lower().split() if type(cell) is str and month_heading(cell) else []
            month = next((MONTHS[w] for w in words if w in MONTHS), None)
            try:
                value = parse_amount(row[figure]) if figure < len(row) else None
            except AmountError:
                value = None
            if month is not None and value is not None:
                rows.append((sheet.excel_row(k), month, value))
        titles = tuple(cell_text(c) for row in sheet.rows[:at] for c in row if is_text(c))
        label = cell_text(line[figure])
        return (sheet.name, (sheet.name, *titles), label, rows) if rows else None
    return None


def _month_recaps(out: LedgerFile) -> None:
    """Tell where a recap of the months left aside (``_month_recap``: "Rekap Bulanan", a row
    per month, never counted) disagrees with the month's sheet read ("Okt", "November 2026"):
    each row whose owed figure (its Sisa) is not what that sheet's rows leave owing, as the
    book's figure disagreeing (November's 2.700.000 where the "Nov" sheet's rows leave
    2.200.000). A recap as ``_summaries`` knows one: by its figures (two months or more that
    agree, one row in ten at most that differs) or by its name ("Rekap", ``_recap_named``);
    only months of one sheet each are compared. A book with payments of its own sheet (or
    file) is not compared: what they pay of each month is the allocation's, not the rows', and
    the recap's months may count them so (the demo book's "Rekap" is as of the payments)."""
    if not out.month_recaps or out.payments:
        return
    sheets: dict[int, list[str]] = {}
    for report in out.sheets:
        words = report.name.lower().split() if month_heading(report.name) else []
        month = next((MONTHS[w] for w in words if w in MONTHS), None)
        if month is not None and report.name not in sheets.get(month, []):
            sheets.setdefault(month, []).append(report.name)
    if not sheets:
        return
    owing: dict[str, Amount] = {}
    for inv in out.invoices:
        owing[inv.source.sheet] = owing.get(inv.source.sheet, 0) + inv.amount - inv.paid
    for name, texts, label, rows in out.month_recaps:
        read = [
            (row, figure, owing.get(sheets[month][0], 0))
            for row, month, figure in rows
            if len(sheets.get(month, ())) == 1
        ]
        differs = [(row, figure, owed) for row, figure, owed in read if figure != owed]
        same = len(read) - len(differs)
        by_figures = same >= 2 and 10 * len(differs) <= len(read)
        named = any(_RECAP_WORDS.search(text) for text in texts)
        if len(read) < 2 or not (by_figures or named):
            continue
        at = next(
            k for k, s in enumerate(out.ignored)
            if s.sheet == name and s.reason_key == "sheet.no_header"
        )  # fmt: skip
        said = (("said", f"'{name}'"), ("count", str(same)), ("rows", str(len(read))))
        out.ignored[at] = IgnoredSheet(out.name, name, "sheet.recap_months", said)
        out.problems.extend(
            Problem("check-mismatch", out.name, name, row, label, "", int(figure), int(owed))
            for row, figure, owed in differs
        )


# A figure's header that calls it what is owed ("Total Piutang", "Sisa", "Saldo").
_OWED_LABEL: Final = re.compile(
    r"\b(?:piutang|sisa|saldo|utang|hutang|tagihan|outstanding|balance)\b", re.IGNORECASE
)


def _sales_summed(
    rows: Sequence[tuple[int, str, Amount]], keys: Sequence[CustomerKey], rest: Sequence[Invoice]
) -> int:
    """On how many of a summary's rows the figure is what the customer was billed in all on
    the other sheets (their invoices' amounts added up): on more than it is what they owe, a
    pivot of sales, no recap of what is owed."""
    billed: dict[CustomerKey, Amount] = {}
    for inv in rest:
        billed[inv.customer_key] = billed.get(inv.customer_key, 0) + inv.amount
    return sum(figure == billed.get(key) for (_, _, figure), key in zip(rows, keys, strict=True))


def _carried_in(rows: Sequence[Invoice], rest: Sequence[Invoice]) -> bool:
    """Whether each of the ``rows`` whose customer has dated records in ``rest`` is dated
    before every one of them: balances carried in ("Saldo Awal" per 1 June, invoices from
    October on), not a recap of them."""
    first: dict[CustomerKey, date] = {}
    for inv in rest:
        day = inv.invoice_date
        if day is not None and day < first.get(inv.customer_key, date.max):
            first[inv.customer_key] = day
    return all(
        inv.invoice_date is not None and inv.invoice_date < first.get(inv.customer_key, date.min)
        for inv in rows
        if inv.customer_key in first
    )


@dataclass(slots=True)
class Batch:
    """Several files read together: those read, those that could not be, and exact copies."""

    files: list[LedgerFile] = field(default_factory=list)
    errors: list[LedgerReadError] = field(default_factory=list)
    copies: list[IgnoredSheet] = field(default_factory=list)

    @property
    def invoices(self) -> list[Invoice]:
        return [inv for f in self.files for inv in f.invoices]

    @property
    def payments(self) -> list[Payment]:
        return [pay for f in self.files for pay in f.payments]

    @property
    def contacts(self) -> list[Contact]:
        return [c for f in self.files for c in f.contacts]

    @property
    def problems(self) -> list[Problem]:
        return [p for f in self.files for p in f.problems]

    @property
    def ignored(self) -> list[IgnoredSheet]:
        return [s for f in self.files for s in f.ignored]


def read_ledgers(
    sources: Iterable[Source],
    *,
    default_term: int = DEFAULT_TERM_DAYS,
    mapping: Mapping[str, str | None] | None = None,
    shape: Shape | None = None,
) -> Batch:
    """Read several files; one that cannot be read is recorded and the others still are.

    A file whose bytes equal an earlier one's (the same ledger dropped in twice) is read once.
    """
    batch = Batch()
    seen: dict[str, str] = {}
    # A refused file of payments naming invoices only in its notes is read again beside the
    # others (``read_beside``).
    unled: list[tuple[Source, LedgerReadError]] = []
    read_from: list[Source] = []  # each file's source, as ``batch.files``
    for source in sources:
        label = _label(source)
        try:
            if isinstance(source, tuple):
                result = read_ledger(
                    source[1], source[0], default_term=default_term, mapping=mapping,
                    shape=shape, alone=False,
                )  # fmt: skip
            else:
                result = read_ledger(
                    source, default_term=default_term, mapping=mapping, shape=shape, alone=False
                )
        except LedgerReadError as exc:
            unled.append((source, exc))  # read again beside the others, or refused
            continue
        except Exception as exc:  # a reader bug must not cost the owner the other files
            import logging

            logging.getLogger(__name__).exception("unexpected error reading %s", label)
            batch.errors.append(LedgerReadError(label, "unknown_error", type(exc).__name__))
            continue
        if result.digest in seen:
            batch.copies.append(
                IgnoredSheet(
                    result.name, "", "sheet.duplicate_file", (("other", seen[result.digest]),)
                )
            )
            continue
        seen[result.digest] = result.name
        batch.files.append(result)
        read_from.append(source)
    _terms_beside(batch, read_from, default_term, mapping, shape)
    _read_beside(batch, unled, default_term, mapping, shape)
    _batch_platforms(batch)
    _part_paid_elsewhere(batch)
    return batch


def _label(source: Source) -> str:
    """A file's name, as its ``LedgerFile`` is named."""
    if isinstance(source, tuple):
        return source[0]
    return source.name if isinstance(source, OpenedFile) else Path(source).name


def owed_by_columns(
    batch: Batch,
    sources: Sequence[Source],
    *,
    default_term: int = DEFAULT_TERM_DAYS,
    mapping: Mapping[str, str | None] | None = None,
) -> None:
    """Each file of ``batch`` read again as an invoice list where ``as_owed`` says so (none
    of the files holding an invoice)."""
    by_name = {_label(source): source for source in sources}
    for i, found in enumerate(batch.files):
        source = by_name.get(found.name)
        if source is not None:

            def read(shape: Shape, source: Source = source) -> LedgerFile:
                return _read_again(source, default_term, mapping, shape)

            batch.files[i] = as_owed(found, lambda: batch.invoices, read)


def as_owed(
    found: LedgerFile,
    saved: Callable[[], Sequence[Invoice]],
    read: Callable[[Shape], LedgerFile],
) -> LedgerFile:
    """A file read as a list of payments by its name whose every table holds each row's
    amount and what was paid of it and no payment date ("Tanggal | No Faktur | Pelanggan |
    Jumlah | Dibayar" in "partial_payments.csv" or "pelunasan_sebagian.csv"), read again
    (``read``) as the invoice list its columns say it is, where there are no invoices
    (``saved()``: those of the files read with it, or of the saved book) for its payments to
    pay: read as payments it would owe nothing, and be refused as payments alone. Beside
    invoices the name stands: a register of payments quoting each invoice's value beside what
    was paid pays those invoices, and read as invoices it would owe them a second time."""
    if found.invoices or not found.payments or not found.sheets:
        return found
    if (
        any(
            sheet.kind != "payments"
            or not {"amount", "paid"} <= sheet.columns.keys()
            or "payment_date" in sheet.columns
            for sheet in found.sheets
        )
        or saved()
    ):
        return found
    try:
        again = read("invoice_list")
    except LedgerReadError:
        return found
    return again if again.invoices else found


def _read_again(
    source: Source,
    default_term: int,
    mapping: Mapping[str, str | None] | None,
    shape: Shape | None,
    *,
    beside: Sequence[Invoice] = (),
    terms: Mapping[CustomerKey, int] | None = None,
) -> LedgerFile:
    """A file of ``read_ledgers`` read again, knowing what the files read with it hold: their
    invoices (``beside``), their customers' terms (``terms``)."""
    if isinstance(source, tuple):
        name, data = source
    elif isinstance(source, OpenedFile):
        name, data = source.name, source.data
    else:
        name, data = Path(source).name, file_bytes(Path(source), Path(source).name)
    return read_ledger(
        data, name, default_term=default_term, mapping=mapping, shape=shape, alone=False,
        beside=beside, terms=terms,
    )  # fmt: skip


def _terms_beside(
    batch: Batch,
    read_from: Sequence[Source],
    default_term: int,
    mapping: Mapping[str, str | None] | None,
    shape: Shape | None,
) -> None:
    """Files read together share their customers' terms, as the sheets of one file do: a file
    with invoices on the default term whose customer another file's customer sheet gives
    terms ("data_pelanggan.xlsx", "Kode | Nama Pelanggan | Termin": "TOP 45 hari", uploaded
    beside the invoice list) is read again with them (``read_ledger``'s ``terms``), its own
    customer sheets' over them. Only such a file is read twice."""
    if len(batch.files) < 2 or not any(f.contacts for f in batch.files):
        return
    for at, found in enumerate(batch.files):
        if not found.default_term_used:
            continue
        theirs = customer_terms(c for f in batch.files if f is not found for c in f.contacts)
        waiting = {inv.customer for inv in found.invoices if inv.due_source == "default"}
        if theirs and not theirs.keys().isdisjoint(map(customer_key, waiting)):
            batch.files[at] = _read_again(read_from[at], default_term, mapping, shape, terms=theirs)


def _read_beside(
    batch: Batch,
    unled: Sequence[tuple[Source, LedgerReadError]],
    default_term: int,
    mapping: Mapping[str, str | None] | None,
    shape: Shape | None,
) -> None:
    """Each file refused for holding no ledger of its own, read again beside the invoices of
    the files read with it (``read_beside``)."""
    beside = list(batch.invoices) if unled else []
    for source, refused in unled:

        def again(invoices: Sequence[Invoice], source: Source = source) -> LedgerFile:
            return _read_again(source, default_term, mapping, shape, beside=invoices)

        try:
            batch.files.append(read_beside(again, refused, beside))
        except LedgerReadError as exc:
            batch.errors.append(exc)


def read_beside(
    read: Callable[[Sequence[Invoice]], LedgerFile],
    refused: LedgerReadError,
    invoices: Sequence[Invoice],
) -> LedgerFile:
    """A file refused for holding no ledger of its own, or none of whose rows names its
    customer (``refused``: ``no_ledger``, ``no_customer``), read again (``read``) beside
    ``invoices``, those of the files read with it or already saved: a bank's or an owner's
    list of transfers naming the invoices in its notes alone ("Tgl | Keterangan | Nominal":
    "Pelunasan INV/2026/10/0039", "tf inv 45") pays them. Raises ``refused`` where it is no
    such file: another refusal, nothing to read it beside, or what it reads is not payments
    alone."""
    if refused.code not in ("no_ledger", "no_customer") or not invoices:
        raise refused
    try:
        result = read(invoices)
    except LedgerReadError:
        raise refused from None
    if not result.payments or result.invoices:
        raise refused
    return result


def _part_paid_elsewhere(batch: Batch) -> None:
    """A status saying part of an invoice was paid with no figure beside it ("Dibayar
    Sebagian", ``part-paid-status``) is told only where nothing in the files read pays its
    customer: a payments sheet or file that pays them may hold that part (a Jurnal.id sales
    list beside its receipts)."""
    told = [p for f in batch.files for p in f.problems if p.code == "part-paid-status"]
    if not told:
        return
    paying = {customer_key(p.customer) for p in batch.payments if p.customer}
    named = set(invoice_keys([p.invoice_number for p in batch.payments if p.invoice_number]))
    paid = {
        inv.source
        for inv in batch.invoices
        if inv.customer_key in paying or invoice_key(inv.number) in named
    }
    for found in batch.files:
        found.problems = [
            p
            for p in found.problems
            if p.code != "part-paid-status" or (p.file, p.sheet, p.row) not in paid
        ]


def _batch_platforms(batch: Batch) -> None:
    """Refuse each file of orders owed by their marketplace ("Platform") that no file read
    with it pays out (``_platforms_paid``): the disbursements may be a file of their own
    ("dana_dilepas.csv" beside "pesanan.xlsx")."""
    paying = [found.payments for found in batch.files]
    for found in [f for f in batch.files if f.platforms]:
        before = len(found.ignored)
        _platforms_paid(found, paying)
        if len(found.ignored) > before:
            batch.errors.append(_refusal(found.name, found.ignored[before]))
            batch.files.remove(found)
