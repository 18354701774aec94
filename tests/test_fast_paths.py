"""The fast paths taken for large ledgers give exactly what the plain definitions give.

Each hot loop (issue 9) has a quicker form: a column at a time instead of a cell at a time,
a cheap look before an expensive one. Hypothesis checks each against the plain rule it replaces.
"""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from core.aging import CURRENT, bucket_labels, bucket_of
from core.columns import ColumnChoice
from core.guard import _extent_bound, _farthest_cell
from core.ingest import (
    _BAD,
    _amounts,
    _Cells,
    _column,
    _is_total_label,
    _total_flags,
    normalise_header,
)
from core.ledger import invoice_key
from core.money import AmountError, parse_amount

TEXTS = st.sampled_from(
    ["", " ", "  \t", "Rp", "rp.", " IDR ", "Rp.. ", "Toko Maju", " TOTAL ", "Jumlah", "iDr",
     "Rp 1.250.000", "r", "i", "Sub Total", "grand  total", "SUMBER", "saldo akhir", "lima juta",
     "\u00a0"]
)  # fmt: skip
CELLS = st.one_of(
    st.none(),
    TEXTS,
    st.text(max_size=6),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9),
    st.integers(-5, 10**7),
    st.booleans(),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)),
    st.just(datetime(2026, 2, 5, 10, 30)),
    st.just(Decimal("12.50")),
)
ROWS = st.lists(st.lists(CELLS, max_size=7), max_size=12)


@settings(max_examples=300, deadline=None)
@given(ROWS, st.integers(0, 6), st.integers(0, 3))
def test_a_column_reads_each_cell_as_cells_get_does(
    rows: list[list[object]], index: int, start: int
) -> None:
    cells = _Cells({"customer": ColumnChoice("customer", index, "Nama", 100, "exact")})
    expected = [cells.get(row, "customer") for row in rows[start:]]
    assert _column(rows, start, index) == expected
    assert _column(rows, start, -1) == [None] * len(rows[start:])


def _plain_amount(value: object) -> object:
    try:
        return parse_amount(value)
    except AmountError:
        return _BAD


@settings(max_examples=300, deadline=None)
@given(st.lists(CELLS, max_size=20))
def test_amounts_of_a_column_are_parse_amount_of_each_cell(cells: list[object]) -> None:
    assert _amounts(cells) == [_plain_amount(value) for value in cells]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(TEXTS, st.text(max_size=12), st.none(), st.floats()), max_size=20))
def test_total_flags_of_a_column_are_the_total_label_of_each_text(cells: list[object]) -> None:
    plain = [isinstance(v, str) and _is_total_label(v) for v in cells]
    flags = _total_flags(cells)
    assert (flags if flags is not None else [False] * len(cells)) == plain


_TOTAL_LABELS = re.compile(r"^(grand total|sub total|subtotal|total)\b")


@given(st.one_of(TEXTS, st.text(max_size=16)))
def test_the_cheap_look_for_a_total_label_misses_none(text: str) -> None:
    """Every label and prefix holds total/jumlah/jml/sum/saldo: the look-up before the work."""
    norm = normalise_header(text)
    from core.ingest import _TOTAL_LABELS as labels

    full = norm in labels or bool(_TOTAL_LABELS.match(norm))
    assert _is_total_label(text) == full


@given(st.text(alphabet=st.sampled_from("aB1-/ \t\u00a0\u2003.\n"), max_size=12))
def test_invoice_keys_skip_no_whitespace(number: str) -> None:
    assert invoice_key(number) == re.sub(r"\s+", "", number).upper()


@given(st.integers(-400, 400), st.lists(st.integers(1, 200), min_size=1, max_size=5, unique=True))
def test_the_bucket_of_a_number_of_days(days: int, raw: list[int]) -> None:
    edges = sorted(raw)
    labels = bucket_labels(edges)
    if days <= 0:
        plain = CURRENT
    else:
        plain = next(
            (lab for lab, e in zip(labels[1:], edges, strict=False) if days <= e), labels[-1]
        )
    assert bucket_of(days, edges) == plain


REFS = st.tuples(
    st.sampled_from(['<c r="', ' r="', 'xr="', '<row r="', 'r="']),
    st.text(alphabet="ABCDXYZ", min_size=1, max_size=4),
    st.integers(1, 10**8),
    st.sampled_from(['"', '" s="1"', "", '"/>']),
    st.text(alphabet='x<>"= ', max_size=8),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(REFS, max_size=30), st.sampled_from([5, 7, 40, 1 << 20]))
def test_the_quick_extent_bound_is_never_below_the_cell_by_cell_scan(
    refs: list[tuple[str, str, int, str, str]], chunk: int
) -> None:
    import core.guard as guard

    xml = "".join(f"{a}{b}{c}{d}{e}" for a, b, c, d, e in refs).encode()
    old, guard._CHUNK = guard._CHUNK, chunk  # type: ignore[misc]
    try:
        bound = _extent_bound(io.BytesIO(xml))
        exact = _farthest_cell(io.BytesIO(xml))
    finally:
        guard._CHUNK = old  # type: ignore[misc]
    assert bound[0] >= exact[0] and bound[1] >= exact[1]


def _workbook_with_stray_cell(sheet: str) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Jan"
    for title in ("Jan", "Feb", "Mar"):
        ws = book[title] if title in book.sheetnames else book.create_sheet(title)
        ws.append(["No. Faktur", "Nama Pelanggan", "Jumlah"])
        ws.append([f"{title}-1", "Toko Maju", 1000])
    book[sheet]["XFD1048576"] = "lupa dihapus"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_sheet_is_checked_for_stray_cells_before_it_is_read_in_the_background() -> None:
    """The extent check moved into the reader's thread, a sheet at a time: still refused."""
    from core.formats import LedgerReadError
    from core.guard import SheetGuard, check_xlsx_extent
    from core.ingest import read_ledger

    for sheet in ("Jan", "Mar"):
        data = _workbook_with_stray_cell(sheet)
        try:
            read_ledger(data, "buku.xlsx")
        except LedgerReadError as error:
            assert (error.code, error.detail) == ("stray_cell", f"{sheet}!XFD1048576")
        else:
            raise AssertionError("a stray cell at XFD1048576 was read")
        guard = SheetGuard(data, "buku.xlsx")
        guard.check("Feb")  # the other sheets pass
        try:
            guard.check("no such sheet")  # a name it cannot place: every part left is checked
        except LedgerReadError as error:
            assert error.code == "stray_cell"
        else:
            raise AssertionError("an unplaced sheet name skipped the check")
        try:
            check_xlsx_extent(data, "buku.xlsx")
        except LedgerReadError as error:
            assert error.code == "stray_cell"
        else:
            raise AssertionError("the whole-file check passed a stray cell")
