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
    _column_texts,
    _is_total_label,
    _total_positions,
    normalise_header,
)
from core.ledger import Invoice, Source, invoice_key
from core.money import AmountError, parse_amount

TEXTS = st.sampled_from(
    ["", " ", "  \t", "Rp", "rp.", " IDR ", "Rp.. ", "Toko Maju", " TOTAL ", "Jumlah", "iDr",
     "Rp 1.250.000", "r", "i", "Sub Total", "grand  total", "SUMBER", "saldo akhir", "lima juta",
     "\u00a0", "150000", "007", "\u00b2", "\u0661\u0662", "1.250", "LUNAS", "-5000"]
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
    assert _column_texts(rows, start, index)[0] == expected
    assert _column_texts(rows, start, -1)[0] == [None] * len(rows[start:])
    # Rows of one width (a workbook's) are taken a column at a time by transposing them.
    width = max(index + 1, *(len(row) for row in rows)) if rows else index + 1
    square = [[*row, *[None] * (width - len(row))] for row in rows]
    taken = list(zip(*square[start:], strict=True))
    expected = [cells.get(row, "customer") for row in square[start:]]
    assert (
        _column_texts(square, start, index, width, taken[index] if taken else None)[0] == expected
    )


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
@given(
    st.lists(
        st.one_of(
            TEXTS,
            st.sampled_from(["Total", "TOTAL", "Jumlah", "Sub Total", "total:", "JUMLAH "]),
            st.text(max_size=12),
            st.none(),
            st.floats(),
        ),
        max_size=30,
    )
)
def test_total_positions_of_a_column_are_the_texts_that_are_total_labels(
    cells: list[object],
) -> None:
    plain = {k for k, v in enumerate(cells) if isinstance(v, str) and _is_total_label(v)}
    assert _total_positions(cells) == plain


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
    whole = _extent_bound(io.BytesIO(xml), len(xml) + 1)  # a part read in one piece
    assert whole[0] >= exact[0] and whole[1] >= exact[1]


def test_a_stray_cell_is_still_refused_before_any_sheet_is_read() -> None:
    from openpyxl import Workbook

    from core.formats import LedgerReadError
    from core.ingest import read_ledger

    book = Workbook()
    book.active.title = "Jan"
    for title in ("Jan", "Feb", "Mar"):
        ws = book[title] if title in book.sheetnames else book.create_sheet(title)
        ws.append(["No. Faktur", "Nama Pelanggan", "Jumlah"])
        ws.append([f"{title}-1", "Toko Maju", 1000])
    book["Mar"]["XFD1048576"] = "lupa dihapus"
    buffer = io.BytesIO()
    book.save(buffer)
    try:
        read_ledger(buffer.getvalue(), "buku.xlsx")
    except LedgerReadError as error:
        assert (error.code, error.detail) == ("stray_cell", "Mar!XFD1048576")
    else:
        raise AssertionError("a stray cell at XFD1048576 was read")


@settings(max_examples=200, deadline=None)
@given(st.lists(CELLS, min_size=1, max_size=12))
def test_a_plain_paid_column_is_read_as_the_row_by_row_rule_reads_it(paid: list[object]) -> None:
    from core.formats import RawSheet
    from core.ingest import LedgerFile, _SheetReader, detect_header_row

    rows: list[list[object]] = [["No. Faktur", "Nama Pelanggan", "Jumlah", "Dibayar"]]
    rows += [[f"F-{k}", "Toko Maju", 10**9, cell] for k, cell in enumerate(paid)]
    sheet = RawSheet("Jan", rows)
    found = detect_header_row(rows)
    assert found is not None
    reader = _SheetReader(LedgerFile("buku.xlsx", "xlsx", ""), sheet, found[0], found[1], 30)
    plain = reader._plain_paid(True, True, False)
    assert plain is not None
    for k, value in enumerate(plain):
        if value is not None:  # where it answers, it answers as the rule does
            assert value == reader._paid(rows[k + 1], k, k + 1, 10**9, True, True, False)


NUMBERS = st.one_of(
    st.builds("F-{}".format, st.integers(1, 40)),
    st.sampled_from([None, "", "TOTAL", "Jumlah", " F-7 ", "No. Faktur"]),
    st.just(7.0),
)
CUSTOMERS = st.sampled_from(
    [None, "", " ", "Toko Maju", "TOKO  MAJU", "CV Sinar", "JUMLAH", "Nama Pelanggan", "Rp"]
)
DAYS = st.one_of(
    st.dates(min_value=date(2025, 1, 1), max_value=date(2026, 12, 31)),
    st.sampled_from([None, "05/02/2026", "31/02/2026", "kemarin", "", 45000.0]),
    st.just(datetime(2026, 2, 5, 10, 30)),
)
MONEY = st.one_of(
    st.sampled_from([150_000.0, 2_500_000.0, None, "Rp 1.250.000", "lima juta", -5000.0, 0.0]),
    st.just(Decimal("12.50")),
    st.just(1234.5),
    st.integers(0, 10**7).map(float),
)
PAID = st.one_of(
    st.sampled_from([0.0, None, 50_000.0, "LUNAS", "x", -1.0, "150000", 1e12]),
    st.just(1.5),
)
TERMS = st.sampled_from([30.0, 14.0, "30 hari", None, 0.5, -3.0, "net 7", 30])
NOTES = st.sampled_from([None, "", "LUNAS", "belum lunas", "catatan"])
INVOICE_ROWS = st.lists(
    st.tuples(
        st.integers(1, 99).map(float), DAYS, NUMBERS, CUSTOMERS, MONEY, PAID, TERMS, DAYS, NOTES
    ).map(list),
    max_size=25,
)


@settings(max_examples=250, deadline=None)
@given(INVOICE_ROWS, st.sampled_from([1, 2, 3, 8192]), st.booleans())
def test_the_usual_rows_taken_many_at_a_time_read_as_row_by_row(
    body: list[list[object]], block: int, header_again: bool
) -> None:
    """Invoices in the same order, the same problems and totals as each row on its own."""
    import pytest

    from core import ingest
    from core.formats import RawSheet

    header: list[object] = [
        "No", "Tanggal", "No. Faktur", "Nama Pelanggan", "Jumlah", "Dibayar", "Termin",
        "Jatuh Tempo", "Keterangan",
    ]  # fmt: skip
    rows = [["Buku Piutang"], header, *body]
    if header_again and body:
        rows.insert(2 + len(body) // 2, list(header))
    sheet = RawSheet("Jan", rows)

    def read(bulk: bool) -> ingest.LedgerFile:
        out = ingest.LedgerFile("buku.xlsx", "xlsx", "")
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(ingest._SheetReader, "bulk", bulk)
            patch.setattr(ingest, "BLOCK_ROWS", block)
            ingest._read_sheet(out, sheet, 30, None)
        return out

    fast, plain = read(True), read(False)
    assert fast.invoices == plain.invoices
    assert {(type(i), type(i.source)) for i in fast.invoices} <= {(Invoice, Source)}
    assert fast.problems == plain.problems
    assert fast.default_term_used == plain.default_term_used
    assert [(s.records, s.rows_read) for s in fast.sheets] == [
        (s.records, s.rows_read) for s in plain.sheets
    ]


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(["", "Rp", "Rp ", "rp.", "RP. ", "rP", "Rp  ", "IDR ", " "]),
    st.lists(st.integers(0, 999), min_size=1, max_size=5),
    st.sampled_from(["", ",-", ",00", " ", "."]),
    st.booleans(),
)
def test_a_plain_rupiah_text_reads_as_the_general_rule_reads_it(
    prefix: str, groups: list[int], tail: str, pad_first: bool
) -> None:
    from core.money import _PLAIN_RUPIAH, _parse_general, _parse_text

    first = f"{groups[0]:03d}" if pad_first else str(groups[0])
    text = prefix + ".".join([first, *(f"{g:03d}" for g in groups[1:])]) + tail
    try:
        expected: object = _parse_general(text)
    except AmountError:
        expected = AmountError
    try:
        got: object = _parse_text(text)
    except AmountError:
        got = AmountError
    assert got == expected
    if _PLAIN_RUPIAH.fullmatch(text):
        assert type(got) is int


def test_each_kind_of_term_and_written_date_reads_as_row_by_row() -> None:
    """Every term (number, text, odd, none) with every kind of date and no due date: the rows
    taken many at a time give what each row on its own gives (a sure sweep of what the random
    test above reaches by chance)."""
    import pytest

    from core import ingest
    from core.formats import RawSheet

    header: list[object] = ["No. Faktur", "Tanggal", "Nama Pelanggan", "Jumlah", "Termin"]
    days: list[object] = [date(2026, 2, 5), "05/02/2026", "1 Desember 2024", "31/02/2026", None]
    terms: list[object] = [30.0, 14.0, "30 hari", "net 7", 0.5, -3.0, None, "besok"]
    body = [
        [f"F-{n}", day, "Toko Maju", 150_000.0, term]
        for n, (day, term) in enumerate((d, t) for d in days for t in terms)
    ]
    sheet = RawSheet("Jan", [header, *body])

    def read(bulk: bool) -> ingest.LedgerFile:
        out = ingest.LedgerFile("buku.xlsx", "xlsx", "")
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(ingest._SheetReader, "bulk", bulk)
            ingest._read_sheet(out, sheet, 30, None)
        return out

    fast, plain = read(True), read(False)
    assert len(plain.invoices) > 10 and plain.problems
    assert fast.invoices == plain.invoices
    assert fast.problems == plain.problems
    assert fast.default_term_used == plain.default_term_used
