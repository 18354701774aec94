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

from core.formats import LedgerReadError

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
    with _as_corrupt(name):
        archive = zipfile.ZipFile(io.BytesIO(data))
        titles = _sheet_titles(archive)
        for info in archive.infolist():
            if _is_worksheet(info):
                _check_part(archive, info, titles, name, limit)


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
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, titles: dict[str, str], name: str, limit: int
) -> None:
    with archive.open(info) as stream:
        head = stream.read(_HEAD_BYTES)
    columns, rows = 0, 0
    match = _DIMENSION.search(head)
    if match and match.group(3):
        columns, rows = column_number(match.group(3).decode("ascii")), int(match.group(4))
    if info.file_size <= _SCAN_BELOW or not match:
        with archive.open(info) as stream:
            bound = _extent_bound(stream)
        if max(columns, bound[0]) * max(rows, bound[1]) <= limit:
            return  # even the widest and longest references it holds fit
        with archive.open(info) as stream:
            scanned = _farthest_cell(stream)
        columns, rows = max(columns, scanned[0]), max(rows, scanned[1])
    if rows * columns > limit:
        corner = f"{column_letters(columns)}{rows}"
        sheet = titles.get(info.filename, info.filename.rsplit("/", 1)[-1])
        raise LedgerReadError(name, "stray_cell", f"{sheet}!{corner}")


# Upper bounds from how long the references are, found by a few C-speed searches instead of a
# Python step per cell (a 100k-invoice ledger has a million references): a reference with at
# most 2 letters is at most column ZZ (702), with at most 5 digits at most row 99999. Looser
# than _CELL_REF (no word boundary), so they can only overestimate.
_LETTERS: Final = (
    (3, column_number("ZZZ"), re.compile(rb'r="[A-Z]{3}\d')),
    (2, 702, re.compile(rb'r="[A-Z]{2}\d')),
)
_DIGITS: Final = tuple(
    (d, 10**d - 1, re.compile(rb'r="[A-Z]{1,3}\d{%d}' % d)) for d in range(7, 2, -1)
)


# A reference past column Z or row 99999: without one, a sheet is at most 26 x 99999 cells.
_WIDE_OR_LONG: Final = re.compile(rb'r="(?:[A-Z]{2}|[A-Z]\d{6})')


def _extent_bound(stream: IO[bytes]) -> tuple[int, int]:
    """At least the largest column and row numbers ``_farthest_cell`` would find, cheaply."""
    letters, digits = 1, 2
    columns, rows = 26, 99
    tail = b""
    while chunk := stream.read(_CHUNK):
        block = tail + chunk
        if not _WIDE_OR_LONG.search(block):  # one pass settles the usual chunk
            if digits < 5:
                digits, rows = 5, 99_999
            tail = block[-32:]
            continue
        for count, most, pattern in _LETTERS:
            if count <= letters:
                break
            if pattern.search(block):
                letters, columns = count, most
                break
        for count, most, pattern in _DIGITS:
            if count <= digits:
                break
            if pattern.search(block):
                digits, rows = count, most
                break
        tail = block[-32:]
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
