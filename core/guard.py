"""Refuse a worksheet that would make the reader allocate a giant grid, before it is read.

A spreadsheet reader holds a sheet as a rectangle from A1 to its farthest cell. One stray value
at XFD1048576 (easy to leave behind by accident) makes that 17 billion cells: the reader would
abort the whole process. An .xlsx sheet says its extent in its ``<dimension>`` element, written
by Excel, LibreOffice and openpyxl alike, within the first bytes of the sheet: that is read
here, without inflating the rest.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Final

from core.reading.problems import LedgerReadError

# 10 million cells: 300,000 invoice rows of 33 columns; about 320 MB in the reader's grid.
MAX_CELLS: Final = 10_000_000
_HEAD_BYTES: Final = 16_384
_SCAN_BELOW: Final = 8_000_000  # uncompressed bytes of sheet XML scanned cell by cell
_CHUNK: Final = 1 << 20
_CELL_REF = re.compile(rb'\br="([A-Z]{1,3})(\d{1,7})"')
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]{1,3})?(\d+)?(?::([A-Z]{1,3})(\d+))?"')
_TAG = re.compile(rb"<(?:\w+:)?(?:sheet|Relationship)\b[^>]*>")
_ATTRIBUTE = re.compile(rb'\b([\w:]+)="([^"]*)"')


def column_number(letters: str) -> int:
    """'A' → 1, 'XFD' → 16384.

    >>> column_number("A"), column_number("AA"), column_number("XFD")
    (1, 27, 16384)
    """
    number = 0
    for ch in letters:
        number = number * 26 + (ord(ch) - 64)
    return number


def check_xlsx_extent(data: bytes, name: str, limit: int = MAX_CELLS) -> None:
    """Raise ``LedgerReadError("stray_cell")`` when a sheet reaches too far to read safely,
    and ``LedgerReadError("corrupt")`` when the archive breaks while it is looked at."""
    ExtentGuard(data, name, limit).check_all()


class ExtentGuard:
    """The same check a sheet at a time, just before that sheet is read.

    The reader checks a sheet and hands it to its reading thread, then checks the next one
    while the first is parsed: the check is off the path the file's reading time is made of.
    A sheet whose part cannot be told by its name has every part checked first.
    """

    def __init__(self, data: bytes, name: str, limit: int = MAX_CELLS) -> None:
        self.name, self.limit, self.data = name, limit, data
        with _as_corrupt(name):
            self.archive = zipfile.ZipFile(io.BytesIO(data))
            self.titles = _sheet_titles(self.archive)
            self.parts = [info for info in self.archive.infolist() if _is_worksheet(info)]
        self.part_of = {title: part for part, title in self.titles.items()}
        self.checked: set[str] = set()

    def check(self, sheet: str | None, inflated: dict[str, bytes | None] | None = None) -> None:
        """Raise as ``check_xlsx_extent`` would, for the part holding ``sheet`` (every part not
        checked yet for ``None``).

        ``inflated`` is what ``inflate`` gave for the sheet, when another thread ran it.
        """
        with _as_corrupt(self.name):
            for info in self._parts(sheet):
                whole = inflated.get(info.filename) if inflated is not None else None
                _check_part(
                    self.archive, info, self.titles, self.name, self.limit, self.data, whole
                )
                self.checked.add(info.filename)

    def inflate(self, sheet: str) -> dict[str, bytes | None]:
        """The parts ``check`` will look at for ``sheet``, inflated: one zlib call each, which
        lets go of the GIL, so a thread can do it while the caller computes. Nothing for a
        sheet whose part is not known: ``check`` reads every part then, one at a time."""
        if sheet not in self.part_of:
            return {}
        with _as_corrupt(self.name):
            return {
                info.filename: _inflate(self.data, info) if info.file_size <= _SCAN_BELOW else None
                for info in self._parts(sheet)
            }

    def _parts(self, sheet: str | None) -> list[zipfile.ZipInfo]:
        """The parts not yet checked that may hold ``sheet`` (all of them when unknown)."""
        part = self.part_of.get(sheet) if sheet is not None else None
        return [
            info
            for info in self.parts
            if info.filename not in self.checked and (part is None or info.filename == part)
        ]

    def check_all(self) -> None:
        self.check(None)


@contextmanager
def _as_corrupt(name: str) -> Iterator[None]:
    """An archive that breaks while it is looked at is a damaged file."""
    try:
        yield
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError, NotImplementedError,
            UnicodeDecodeError) as exc:  # fmt: skip
        raise LedgerReadError(name, "corrupt") from exc


def _is_worksheet(info: zipfile.ZipInfo) -> bool:
    return info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")


def _check_part(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    titles: dict[str, str],
    name: str,
    limit: int,
    data: bytes | None = None,
    whole: bytes | None = None,
) -> None:
    if whole is None and data is not None and info.file_size <= _SCAN_BELOW:
        whole = _inflate(data, info)
    if whole is not None:
        head = whole[:_HEAD_BYTES]
    else:
        with archive.open(info) as stream:
            head = stream.read(_HEAD_BYTES)
    columns, rows = 0, 0
    match = _DIMENSION.search(head)
    if match and match.group(3):
        columns, rows = column_number(match.group(3).decode("ascii")), int(match.group(4))
    if info.file_size <= _SCAN_BELOW or not match:
        if whole is not None:
            bound = _extent_bound(io.BytesIO(whole), len(whole) + 1)
        else:
            with archive.open(info) as stream:
                bound = _extent_bound(stream)
        if max(columns, bound[0]) * max(rows, bound[1]) <= limit:
            return  # even the widest and longest references it holds fit
        with io.BytesIO(whole) if whole is not None else archive.open(info) as stream:
            scanned = _farthest_cell(stream)
        columns, rows = max(columns, scanned[0]), max(rows, scanned[1])
    if rows * columns > limit:
        corner = f"{column_letters(columns)}{rows}"
        sheet = titles.get(info.filename, info.filename.rsplit("/", 1)[-1])
        raise LedgerReadError(name, "stray_cell", f"{sheet}!{corner}")


def compressed(data: bytes, info: zipfile.ZipInfo) -> memoryview:
    """A part's bytes as stored in the archive ``data`` (after its local header), without a
    copy; ``zipfile.BadZipFile`` when no local header is where the directory says."""
    local = data[info.header_offset : info.header_offset + 30]
    if len(local) < 30 or local[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile(info.filename)
    start = info.header_offset + 30 + int.from_bytes(local[26:28], "little")
    start += int.from_bytes(local[28:30], "little")
    return memoryview(data)[start : start + info.compress_size]


def _inflate(data: bytes, info: zipfile.ZipInfo) -> bytes | None:
    """A deflated part's bytes in one call of zlib, which lets go of the GIL while it works
    (``zipfile`` inflates in small steps, each taking the GIL back: slow in a reading thread
    while the caller computes). ``None`` for another kind of part: read it with ``zipfile``."""
    if info.compress_type != zipfile.ZIP_DEFLATED or info.flag_bits & 0x1:
        return None
    inflater = zlib.decompressobj(-15)
    # Never more than the directory says (plus one byte, to tell a lie): no bomb inflates here.
    whole = inflater.decompress(compressed(data, info), info.file_size + 1)
    if len(whole) != info.file_size:
        raise zipfile.BadZipFile(info.filename)
    return whole


# Upper bounds from how long the references are, found by a few C-speed searches instead of a
# Python step per cell (a 100k-invoice ledger has a million references): a reference with at
# most 2 letters is at most column ZZ (702), with at most 5 digits at most row 99999. The XML
# is first folded (every capital to "A", every digit to "0") so that each question is a plain
# substring search. Looser than _CELL_REF (no word boundary), so they can only overestimate.
_FOLD: Final = bytes.maketrans(bytes(range(65, 91)) + b"0123456789", b"A" * 26 + b"0" * 10)
_LETTERS: Final = ((3, column_number("ZZZ"), b'r="AAA0'), (2, 702, b'r="AA0'))
_DIGITS: Final = tuple(
    (d, 10**d - 1, tuple(b'r="' + b"A" * n + b"0" * d for n in (1, 2, 3))) for d in range(7, 2, -1)
)


def _extent_bound(stream: IO[bytes], chunk_size: int = 0) -> tuple[int, int]:
    """At least the largest column and row numbers ``_farthest_cell`` would find, cheaply."""
    letters, digits = 1, 2
    columns, rows = 26, 99
    tail = b""
    while chunk := stream.read(chunk_size or _CHUNK):
        raw = tail + chunk
        tail = raw[-32:]  # a reference cut at the chunk's edge is found whole next time
        block = raw.translate(_FOLD)
        # A reference past column Z or row 99999: without one, at most 26 x 99999 cells.
        if b'r="AA' not in block and b'r="A000000' not in block:
            # Read whole, no later chunk can reach past column Z: up to row 99999 is bound
            # enough (26 x 99999 cells are within the limit) and saves a search.
            if digits < 5 and (chunk_size or b'r="A000' in block):
                digits, rows = 5, 99_999
            continue
        for count, most, pattern in _LETTERS:
            if count <= letters:
                break
            if pattern in block:
                letters, columns = count, most
                break
        for count, most, patterns in _DIGITS:
            if count <= digits:
                break
            if any(pattern in block for pattern in patterns):
                digits, rows = count, most
                break
    return columns, rows


def _farthest_cell(stream: IO[bytes]) -> tuple[int, int]:
    """The largest column number and row number any cell reference names, read in chunks."""
    columns = rows = 0
    tail = b""
    while chunk := stream.read(_CHUNK):
        block = tail + chunk
        for letters, digits in _CELL_REF.findall(block):
            columns = max(columns, column_number(letters.decode("ascii")))
            rows = max(rows, int(digits))
        tail = block[-32:]  # a reference cut at the chunk's edge is found whole next time
    return columns, rows


def column_letters(number: int) -> str:
    """16384 → 'XFD'.

    >>> column_letters(1), column_letters(27), column_letters(16384)
    ('A', 'AA', 'XFD')
    """
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _sheet_titles(archive: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet part → the sheet's name as the owner sees it, for the message."""
    try:
        workbook = archive.read("xl/workbook.xml")
        relations = archive.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return {}
    targets: dict[bytes, bytes] = {}
    for tag in _TAG.findall(relations):
        attributes = dict(_ATTRIBUTE.findall(tag))
        targets[attributes.get(b"Id", b"")] = attributes.get(b"Target", b"")
    titles = {}
    for tag in _TAG.findall(workbook):
        attributes = dict(_ATTRIBUTE.findall(tag))
        rid = next((v for k, v in attributes.items() if k.endswith(b":id")), b"")
        title = attributes.get(b"name")
        if title is None or rid not in targets:
            continue
        target = targets[rid].decode("utf-8", "replace").lstrip("/")
        part = target if target.startswith("xl/") else f"xl/{target}"
        titles[part] = title.decode("utf-8", "replace")
    return titles
