"""A long worksheet is parsed in pieces (``core.formats``): what comes out must be exactly what
reading it whole gives, for every messy ledger and for random sheets, and a sheet whose pieces
cannot be joined is read again whole.

The pieces are made tiny here (a piece every few rows), so that every worksheet of the test
files is cut, often between a blank row and the next, or into pieces with no row at all.
"""

from __future__ import annotations

import io
import re
import sys
import threading
import zipfile
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import core.formats as formats
from core.formats import LedgerReadError, PiecesDisagree, RawSheet, iter_sheets
from core.ingest import LedgerFile, read_ledger

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures"))

import make_fixtures as mf

from tests.test_fuzz_reader import mutated


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, mf.Case]:
    return mf.build_all(tmp_path_factory.mktemp("pieces"))


class _Tiny:
    """Every worksheet cut in pieces of ``size`` bytes of XML, counting the pieces parsed."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, size: int) -> None:
        self.pieces = 0
        monkeypatch.setattr(formats, "SPLIT_ABOVE", 0)
        monkeypatch.setattr(formats, "PIECE_BYTES", size)
        monkeypatch.setattr(formats, "MOST_PIECES", 100_000)
        monkeypatch.setattr(formats, "FIRST_ROWS", 1)
        load = formats._load_piece

        def counted(*args: Any) -> Any:
            self.pieces += 1
            return load(*args)

        monkeypatch.setattr(formats, "_load_piece", counted)


def _outcome(path: Path) -> tuple[str, Any]:
    try:
        result = read_ledger(path)
    except LedgerReadError as exc:
        return ("error", (exc.code, exc.file))
    return ("read", _facts(result))


def _facts(result: LedgerFile) -> tuple[Any, ...]:
    sheets = [
        (s.name, s.kind, s.header_row, s.records, s.rows_read, s.headers) for s in result.sheets
    ]
    return (
        result.invoices,
        result.payments,
        result.contacts,
        result.problems,
        result.ignored,
        sheets,
        result.default_term_used,
    )


def test_every_messy_ledger_reads_the_same_in_pieces(
    cases: dict[str, mf.Case], monkeypatch: pytest.MonkeyPatch
) -> None:
    files = sorted({path for case in cases.values() for path in case.files if path.exists()})
    whole = {path: _outcome(path) for path in files}
    tiny = _Tiny(monkeypatch, 150)
    for path in files:
        assert _outcome(path) == whole[path], path.name
    # The workbooks among them were cut indeed, in many pieces each.
    assert tiny.pieces > 8 * sum(1 for p in files if p.suffix in (".xlsx", ".xlsm"))


def _grid_workbook(rows: list[tuple[int, int, list[object]]]) -> bytes:
    """A workbook whose one sheet has, for each (row, column, values), those values from that
    cell rightwards."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Piutang"
    for row, column, values in rows:
        for offset, value in enumerate(values):
            sheet.cell(row=row, column=column + offset, value=value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _sheets(
    data: bytes, *, split: bool
) -> list[tuple[str, int, list[list[object]]] | tuple[str, str]]:
    _, sheets = iter_sheets(data, "acak.xlsx", split=split)
    out: list[tuple[str, int, list[list[object]]] | tuple[str, str]] = []
    try:
        for sheet in sheets:
            if isinstance(sheet, RawSheet):
                whole = sheet.whole()
                out.append((whole.name, whole.first_row, whole.rows))
            else:
                out.append(sheet)
    finally:
        sheets.close()  # type: ignore[attr-defined]
    return out


_cell = st.one_of(
    st.integers(-(10**9), 10**12),
    st.text(alphabet="ab Rp.0123456789", max_size=8),
    st.dates(date(2020, 1, 1), date(2030, 12, 31)),
    st.none(),
)
_row = st.tuples(st.integers(1, 400), st.integers(1, 6), st.lists(_cell, min_size=1, max_size=5))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(_row, min_size=1, max_size=40), size=st.integers(1, 3_000))
def test_a_random_sheet_in_pieces_is_the_sheet_read_whole(
    rows: list[tuple[int, int, list[object]]], size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Blank rows between pieces, pieces with no cell, a first column that moves from piece
    to piece: the rows joined are the rows calamine gives for the whole sheet."""
    data = _grid_workbook(rows)
    whole = _sheets(data, split=False)
    with monkeypatch.context() as patch:
        _Tiny(patch, size)
        try:
            pieces = _sheets(data, split=True)
        except PiecesDisagree:
            # Only when a later piece starts left of the first (the reader then reads whole).
            return
    assert pieces == whole


def _rewrite_sheet(data: bytes, change: Any) -> bytes:
    """The workbook with its first worksheet's XML passed through ``change``."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as book:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                content = change(content)
            book.writestr(info, content)
    return out.getvalue()


def _ledger_rows(count: int) -> list[tuple[int, int, list[object]]]:
    header: list[object] = ["No. Faktur", "Tanggal", "Nama Pelanggan", "Jumlah", "Dibayar"]
    rows = [(1, 1, header)]
    for n in range(count):
        values: list[object] = [
            f"F-{n:04d}",
            date(2026, 1 + n % 12, 1),
            f"Toko {n % 7}",
            1000 * (n + 1),
            0,
        ]
        rows.append((n + 2, 1, values))
    return rows


def test_rows_out_of_order_are_read_again_whole(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A sheet listing row 3 after row 40: its pieces overlap, the file is read whole."""
    data = _grid_workbook(_ledger_rows(60))

    def swap(xml: bytes) -> bytes:
        third = re.search(rb'<row r="3".*?</row>', xml)
        assert third is not None
        moved = xml.replace(third.group(0), b"")
        at = moved.index(b'<row r="41"')
        return moved[:at] + third.group(0) + moved[at:]

    path = tmp_path / "acak.xlsx"
    path.write_bytes(_rewrite_sheet(data, swap))
    whole = _outcome(path)
    _Tiny(monkeypatch, 200)
    with pytest.raises(PiecesDisagree):
        _sheets(path.read_bytes(), split=True)
    before = _threads()
    assert _outcome(path) == whole
    assert _threads() == before  # the first try's reading threads ended with it
    assert whole[0] == "read" and len(whole[1][0]) == 60


def test_rows_without_their_number_are_not_cut(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Rows placed by counting (no r="…"): no piece may start there, the rest stays in one."""
    data = _rewrite_sheet(
        _grid_workbook(_ledger_rows(40)), lambda xml: re.sub(rb'<row r="\d+"', b"<row", xml)
    )
    path = tmp_path / "tanpa_nomor.xlsx"
    path.write_bytes(data)
    whole = _outcome(path)
    tiny = _Tiny(monkeypatch, 200)
    assert _outcome(path) == whole
    assert whole[0] == "read" and len(whole[1][0]) == 40
    assert tiny.pieces >= 2  # the pieces after the first are empty ones


def test_a_damaged_long_sheet_gives_the_message_reading_it_whole_gives(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    data = _rewrite_sheet(
        _grid_workbook(_ledger_rows(40)), lambda xml: xml.replace(b"</row>", b"</rowx>", 25)
    )
    path = tmp_path / "rusak.xlsx"
    path.write_bytes(data)
    whole = _outcome(path)
    _Tiny(monkeypatch, 200)
    assert _outcome(path) == whole


def _threads() -> set[str]:
    return {t.name for t in threading.enumerate() if t.name.startswith("tagih-")}


def test_a_sheet_left_before_its_end_stops_its_reading_threads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = _grid_workbook(_ledger_rows(200))
    _Tiny(monkeypatch, 100)
    before = _threads()
    _, sheets = iter_sheets(data, "panjang.xlsx")
    first = next(sheets)
    assert isinstance(first, RawSheet) and first.rest is not None
    assert first.more()  # one more piece taken, the others never
    closer: Iterator[object] = sheets
    closer.close()  # type: ignore[attr-defined]
    assert _threads() == before


def _outcome_of(data: bytes, name: str) -> tuple[str, Any]:
    try:
        result = read_ledger(data, name)
    except LedgerReadError as exc:
        return ("error", exc.code)
    return ("read", _facts(result))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])  # fmt: skip
@given(case=mutated(), size=st.integers(50, 2_000))
def test_a_damaged_workbook_in_pieces_reads_or_fails_as_it_does_whole(
    case: tuple[bytes, str], size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bytes flipped, cut or inserted anywhere (the XML, the zip, a deflate stream): cut in
    pieces, the file gives what it gives read whole, a reader's error or the same records."""
    data, name = case
    whole = _outcome_of(data, name)
    with monkeypatch.context() as patch:
        _Tiny(patch, size)
        assert _outcome_of(data, name) == whole


def test_a_deflate_stream_that_stops_short_fails_the_pieces_instead_of_hanging() -> None:
    """The cutting thread inflates step by step: a stream cut off before its end (the zip's
    directory still claiming the whole) must end the cutting with ``PiecesDisagree``."""
    xml = (
        b"<worksheet><sheetData>"
        + b"".join(
            b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (n, n, n) for n in range(1, 200_000)
        )
        + b"</sheetData></worksheet>"
    )
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    stream = packer.compress(xml) + packer.flush()
    short = stream[: len(stream) // 2]
    name = b"xl/worksheets/sheet1.xml"
    local = b"PK\x03\x04" + bytes(22) + len(name).to_bytes(2, "little") + bytes(2) + name
    info = zipfile.ZipInfo(name.decode())
    info.header_offset, info.compress_size, info.file_size = 0, len(short), len(xml)
    info.compress_type = zipfile.ZIP_DEFLATED
    empty = io.BytesIO()
    zipfile.ZipFile(empty, "w").close()

    guard = SimpleNamespace(data=local + short, parts=[info], archive=zipfile.ZipFile(empty))

    pieces: list[Any] = [formats._Job(formats._unused) for _ in range(4)]
    cutting = threading.Thread(
        target=formats._cut_pieces, args=(guard, info, pieces, formats._Gate(10)), daemon=True
    )
    cutting.start()
    cutting.join(timeout=30)
    assert not cutting.is_alive()
    with pytest.raises(PiecesDisagree):
        for piece in pieces:
            piece.result()
