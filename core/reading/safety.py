"""Refuse a spreadsheet whose sheets would make the reader allocate a giant grid, before it is read.

The spreadsheet reader (python-calamine) holds a sheet as one rectangle from its first to its
farthest cell. One value at XFD1048576 makes that 17 billion cells, and the process aborts on
the allocation. So the extent is measured here first, from what the reader itself goes by: the
cells, never a sheet's own claim of its size (an .xlsx ``<dimension>``, an .xls DIMENSIONS
record), which a file can get wrong. The rectangle is taken from A1 (an upper bound of the
reader's, which starts at the first cell), and every cell counts, empty or not. The reader is
lenient (any tag prefix, either quote, spaces around '=', small letters, the last of two
``r``), and so is every search here.

- xlsx: each worksheet part is inflated ``_STEP`` bytes at a time, never past the size the zip
  directory declares (plus one byte, to tell a lie). A reference of one letter and a few
  digits cannot reach far; three C-speed searches a step find the others and the cell tags
  that may have none, and only those are looked at one by one. A sheet that may still reach
  too far is read again and measured exactly, from all its references (in C) or, when a cell
  has none, row by row counting cells by position as the reader places them.
- xls: every Workbook stream is taken out of its compound file (its own sector chains, mini
  stream included), and its cell records walked.
- ods: content.xml is walked tag by tag, repeats counted; empty cells and rows after a table's
  last value are left out, as the reader leaves them out, and those before it counted.

While an .xlsx worksheet is inflated for its extent, the cells holding a formula whose result
was never saved are noted too (a program that writes formulas without working them out, and no
spreadsheet opened since): the reader sees them empty, and a sum read without them is wrong.

Only the standard library: the check runs before any reader sees the file.
"""

from __future__ import annotations

import html
import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final, Literal

from core.speed import ahead

Kind = Literal["xlsx", "xls", "ods"]
Code = Literal["stray_cell", "too_big", "corrupt", "xml_entities", "long_text"]

# 10 million cells: 300,000 invoice rows of 33 columns; about 320 MB in the reader's grid.
MAX_CELLS: Final = 10_000_000
_STEP: Final = 1 << 20  # bytes of XML inflated and searched at a time
_LONGEST_TAG: Final = 4 * _STEP  # a tag longer than this is no spreadsheet's
# Of a cell's text, the most a book may hold (1 MB; Excel's own cells hold 32,767 characters,
# and a longer text only costs the reader its time): in an .xlsx the text between two tags, in
# a CSV a field (``sheets.read_csv``).
LONGEST_TEXT: Final = _STEP


class UnsafeFile(Exception):
    """The file cannot be read safely. ``code`` says why; ``detail`` names the sheet and the
    farthest cell (``Sheet1!XFD1048576``) or the sheet's whole range (``Sheet1!A1:J2000000``)."""

    def __init__(self, code: Code, detail: str = "") -> None:
        super().__init__(f"{code} {detail}".strip())
        self.code: Code = code
        self.detail = detail


@dataclass(slots=True)
class _Extent:
    """The farthest column and row (1-based) a sheet's cells reach, and how many cells it
    holds (``None`` when not counted)."""

    columns: int = 0
    rows: int = 0
    cells: int | None = None
    claimed: int = 0  # cells the reader reserves room for by the sheet's own claim (.xls)

    def reach(self, column: int, row: int) -> None:
        if column > self.columns:
            self.columns = column
        if row > self.rows:
            self.rows = row


# What a damaged archive or stream raises while it is looked at.
_DAMAGE: Final = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    ValueError,
    KeyError,
    IndexError,
    OSError,
    NotImplementedError,
    RuntimeError,  # an encrypted zip part
    struct.error,
    UnicodeDecodeError,
)


Uncalculated = dict[str, list[tuple[int, int]]]
# Each sheet's (by name) cells that hold an Excel error ("#REF!", "#N/A"): (row, column) both
# 1-based, → the error as Excel shows it. The reader is given them as empty cells.
ErrorCells = dict[str, dict[tuple[int, int], str]]


@dataclass(frozen=True, slots=True)
class Looked:
    """What ``check_extent`` saw of the cells besides their extent, and of the workbook:
    ``date1904``, it counts its days from 1904 (``<workbookPr date1904="1"/>``, Excel for
    Mac): its serial numbers are 1,462 days behind the 1900 system's."""

    uncalculated: Uncalculated
    errors: ErrorCells
    date1904: bool = False
    # The workbook's relationships with each target that climbs out of ``xl/`` and back into
    # it ("../xl/worksheets/sheet1.xml") written from ``xl/``, for the reader, which does not
    # follow such a target; ``None`` when none does (``_climbing_targets``).
    relations: bytes | None = None


def check_extent(data: bytes, kind: Kind, limit: int = MAX_CELLS) -> Looked:
    """Raise ``UnsafeFile`` when a sheet's cells reach past ``limit`` cells from A1
    (``stray_cell`` when a few far cells stretch it, ``too_big`` when its cells alone are more
    than ``limit``), or ``UnsafeFile("corrupt")`` when the file breaks while it is looked at.

    Returns the cells of each sheet (by name) whose formula has no result saved, as (row,
    column), both 1-based; ``(0, 0)`` for one whose place is not written (only .xlsx has
    such cells: an .xls or .ods keeps every formula's result); and the .xlsx cells that hold
    an Excel error, each with its error; and whether an .xlsx counts its days from 1904."""
    uncalculated: Uncalculated = {}
    errors: ErrorCells = {}
    strays: list[tuple[str, _Extent]] = []
    date1904 = False
    relations = None
    try:
        if kind == "xlsx":
            archive = zipfile.ZipFile(_Reader(data))
            sheets = _xlsx_extents(data, archive, limit)
        else:
            measured = (_xls_extents if kind == "xls" else _ods_extents)(data, limit)
            sheets = ((sheet, extent, _Formulas()) for sheet, extent in measured)
        for sheet, extent, seen in sheets:
            formulas = seen.cells
            if seen.errors:
                errors.setdefault(sheet, {}).update(seen.errors)
            _judge(sheet, extent, limit)
            if _stretched(extent, limit):
                strays.append((sheet, extent))
            if formulas:
                uncalculated.setdefault(sheet, []).extend(formulas)
        date1904 = kind == "xlsx" and _dates_from_1904(archive)  # read once found sound
        relations = _climbing_targets(archive) if kind == "xlsx" else None
    except _LongText as exc:
        raise UnsafeFile("long_text") from exc
    except _DAMAGE as exc:
        raise UnsafeFile("corrupt") from exc
    # Each sheet stretched by a stray cell is within the limit alone, and costs the reader its
    # whole grid all the same (H1048576: 8 million cells, 5 s): a month's sheet copied from the
    # last, its stray with it, makes a year of them a minute. Together they keep to the limit.
    if sum(extent.columns * extent.rows for _, extent in strays) > limit:
        named = [f"{sheet}!{column_letters(e.columns)}{e.rows}" for sheet, e in strays]
        raise UnsafeFile("stray_cell", ", ".join(named[:3]) + (", …" if len(named) > 3 else ""))
    return Looked(uncalculated, errors, date1904, relations)


def _stretched(extent: _Extent, limit: int) -> bool:
    """Whether a sheet's grid is large (a tenth of the limit) and its cells, counted, fill
    less than a hundredth of it: a table and a stray cell far from it."""
    grid = extent.columns * extent.rows
    return extent.cells is not None and grid > limit // 10 and extent.cells * 100 < grid


def _judge(sheet: str, extent: _Extent, limit: int) -> None:
    if extent.columns * extent.rows <= limit:
        if extent.claimed > limit:  # a size its cells do not have: the record lies
            raise UnsafeFile("corrupt", sheet)
        return
    corner = f"{column_letters(extent.columns)}{extent.rows}"
    if extent.cells is not None and extent.cells > limit:
        raise UnsafeFile("too_big", f"{sheet}!A1:{corner}")
    raise UnsafeFile("stray_cell", f"{sheet}!{corner}")


def column_number(letters: str) -> int:
    """'A' → 1, 'XFD' → 16384 (small letters too, as the reader takes them).

    >>> column_number("A"), column_number("aa"), column_number("XFD")
    (1, 27, 16384)
    """
    number = 0
    for ch in letters.upper():
        number = number * 26 + (ord(ch) - 64)
    return number


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


# --- xlsx ------------------------------------------------------------------------------------

# A tag's attributes up to its '>', which may stand inside a quoted value.
_ATTRIBUTES: Final = rb"""((?:[^>"']++|"[^"]*+"|'[^']*+')*+)"""
_ATTRIBUTE = re.compile(rb"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_TAG = re.compile(rb"<(?:\w+:)?(?:sheet|Relationship)(?=[\s/>])" + _ATTRIBUTES + rb">")
_REST_OF_TAG = re.compile(_ATTRIBUTES)
# The reader takes ``r`` without a prefix, quoted either way, spaces around '=' (the last of
# two on a cell, the first on a row: both are taken, the farther counts).
_R = re.compile(rb"""(?:^|\s)r\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_REFERENCE = re.compile(rb"([A-Za-z]+)([0-9]+)")
# Every value of an attribute named like ``r`` that reads as a cell reference.
_ANY_REFERENCE = re.compile(rb"""r\s*=\s*["']([A-Za-z]+)([0-9]+)""")
# Any row or cell tag, whatever its prefix (the reader ignores prefixes); comments included,
# which can only overestimate.
_ROW_OR_CELL = re.compile(rb"<(?:[^\s/>:!?]+:)?(row|c)(?=[\s/>])" + _ATTRIBUTES + rb">")
# Cell tags, with or without a prefix, that do not start as ``<c r=`` (the form every writer
# uses): they may have no reference at all, and are looked at one by one.
_NOT_R_FIRST = (
    re.compile(rb"<c(?! r=)(?=[\s/>])"),
    re.compile(rb":c(?! r=)(?=[\s/>])"),
)


@dataclass(frozen=True, slots=True)
class _UsualCells:
    """What usual cells reach: a reference of one letter and at most a few digits is within
    ``columns`` × ``rows`` (within the limit). ``far`` finds every value of an attribute named
    like ``r`` that may reach beyond, wherever it stands in its tag and however it is quoted,
    with its letters and digits; only those are looked at one by one."""

    far: re.Pattern[bytes]
    columns: int
    rows: int


def _usual_cells(limit: int) -> _UsualCells:
    digits = 0
    while digits < 7 and 26 * (10 ** (digits + 1) - 1) <= limit:
        digits += 1
    far = rb"""r\s*=\s*["'](?=[A-Za-z]{2}|[A-Za-z][0-9]{%d})([A-Za-z]+)([0-9]+)""" % (digits + 1)
    return _UsualCells(re.compile(far), 26 if digits else 0, 10**digits - 1)


def _xlsx_extents(
    data: bytes, archive: zipfile.ZipFile, limit: int
) -> Iterator[tuple[str, _Extent, _Formulas]]:
    """Each worksheet's extent and uncalculated cells, each part read once when it is plainly
    within the limit (the usual case), again to measure it exactly when it may not be."""
    _no_entity_declarations(data, archive)
    if "xl/workbook.bin" in archive.namelist():  # binary sheets, beside any XML ones
        for title, binary in _xlsb_extents(data, archive):
            yield title, binary, _Formulas()
    _shared_strings(data, archive, limit)
    usual = _usual_cells(limit)
    titles = _worksheets(archive)
    # Every entry of a worksheet's name: an archive may hold two, and readers differ on which.
    parts = [info for info in archive.infolist() if info.filename in titles]
    # The first look at every part is inflated in one thread of its own, a few steps ahead
    # (zlib lets go of the GIL), while the searches run here.
    steps = ahead(_each_part(data, archive, parts), 4, "tagih-inflate")
    try:
        for info in parts:
            title = titles[info.filename]
            chunks = iter(steps.__next__, None)  # this part's, up to the mark at its end
            formulas = _Formulas()
            blocks = formulas.watch(_whole_tags(chunks))
            extent = _bound_part(blocks, usual)
            for _ in blocks:  # what the look left (it stops at a cell it cannot place)
                pass
            yield title, _measured(data, archive, info, extent, limit), formulas
    finally:
        steps.close()


# What may stand before an XML part's root element: a BOM, the declaration, comments,
# processing instructions, white space. A DOCTYPE can only stand there.
_PROLOGUE: Final = re.compile(rb"(?:\xef\xbb\xbf)?(?:\s+|<\?.*?\?>|<!--.*?-->)*", re.DOTALL)
_HEAD: Final = 1 << 16  # bytes of a part's start inflated to look for a DOCTYPE


def _no_entity_declarations(data: bytes, archive: zipfile.ZipFile) -> None:
    """Refuse (``xml_entities``) an archive with an XML part that declares a DOCTYPE: the
    place for entity declarations (a billion-laughs expansion, an external entity naming a
    file of this computer). No spreadsheet program writes one, so the file is refused for
    what it is, not as damaged when the reader, which expands none, then fails on it."""
    for info in archive.infolist():
        if not info.filename.lower().endswith((".xml", ".rels")):
            continue
        head = _head(data, archive, info)
        prologue = _PROLOGUE.match(head)
        if head.startswith(b"<!DOCTYPE", prologue.end() if prologue else 0):
            raise UnsafeFile("xml_entities", info.filename)


def _head(data: bytes, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The first ``_HEAD`` bytes of a part, inflated no further (empty for a compression or
    an encryption no spreadsheet writer uses: those parts are refused where they are read)."""
    if info.flag_bits & 0x1:
        return b""
    if info.compress_type == zipfile.ZIP_STORED:
        with archive.open(info) as stream:
            return stream.read(_HEAD)
    if info.compress_type != zipfile.ZIP_DEFLATED:
        return b""
    local = data[info.header_offset : info.header_offset + 30]
    if len(local) < 30 or local[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile(info.filename)
    start = info.header_offset + 30 + int.from_bytes(local[26:28], "little")
    start += int.from_bytes(local[28:30], "little")
    source = data[start : start + min(info.compress_size, _HEAD)]
    return zlib.decompressobj(-15).decompress(source, _HEAD)


# The shared-strings table's start tag, whatever its prefix, and the count of strings it claims.
_SST = re.compile(rb"<(?:[^\s/>:!?]+:)?sst(?=[\s/>])" + _ATTRIBUTES + rb">")
_UNIQUE_COUNT = re.compile(rb"""(?:^|\s)uniqueCount\s*=\s*["']\s*\+?0*(\d+)""")


def _shared_strings(data: bytes, archive: zipfile.ZipFile, limit: int) -> None:
    """Refuse (``corrupt``) a shared-strings table that claims more strings than ``limit``, as
    many as a workbook may hold cells: the reader reserves room for every string it claims
    before it reads one, 24 bytes each (two billion claimed: 48 GB, and the process aborts);
    and one holding a text longer than a cell's (``long_text``), as a sheet's own text is."""
    for info in archive.infolist():
        if posixpath.basename(info.filename).lower() != "sharedstrings.xml":
            continue
        blocks = _whole_tags(_inflated(data, archive, info))
        for block in blocks:
            tag = _SST.search(block)
            if tag is None:
                continue
            claimed = _UNIQUE_COUNT.search(tag.group(1))
            if claimed is not None and int(claimed.group(1)) > limit:
                raise UnsafeFile("corrupt", info.filename)
            break
        for _ in blocks:  # the strings' texts, none longer than a cell's (``_LongText``)
            pass


def _each_part(
    data: bytes, archive: zipfile.ZipFile, parts: list[zipfile.ZipInfo]
) -> Iterator[bytes | None]:
    """Every part's inflated steps in turn, each part's followed by ``None``."""
    for info in parts:
        yield from _inflated(data, archive, info)
        yield None


def _measured(
    data: bytes, archive: zipfile.ZipFile, info: zipfile.ZipInfo, extent: _Extent | None, limit: int
) -> _Extent:
    """The part's extent: its bound from the first look when that is within the limit, else
    measured exactly, from its references or by walking it."""
    if extent is not None and extent.columns * extent.rows > limit:
        extent = _referenced_extent(_inflated(data, archive, info))
    return extent or _walk_part(_inflated(data, archive, info))


class _Reader:
    """``data`` as a file for ``zipfile`` without ``io.BytesIO``'s copy."""

    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def seek(self, offset: int, whence: int = 0) -> int:
        self.at = offset + (0 if whence == 0 else self.at if whence == 1 else len(self.data))
        return self.at

    def tell(self) -> int:
        return self.at

    def read(self, size: int = -1) -> bytes:
        end = len(self.data) if size < 0 else self.at + size
        chunk = self.data[self.at : end]
        self.at += len(chunk)
        return chunk

    def seekable(self) -> bool:
        return True


def _worksheets(archive: zipfile.ZipFile) -> dict[str, str]:
    """Every part the reader may read as a worksheet → the sheet's name as the owner sees it:
    the targets of the workbook's sheets, whatever the relationship's type, and every part
    under ``xl/worksheets/`` besides (named by its file)."""
    names = set(archive.namelist())
    parts = {
        name: posixpath.basename(name)
        for name in names
        if name.startswith("xl/worksheets/") and name.endswith(".xml")
    }
    if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names:
        return parts
    targets: dict[bytes, set[str]] = {}
    for tag in _TAG.findall(archive.read("xl/_rels/workbook.xml.rels")):
        attributes = _attributes(tag)
        target = attributes.get(b"Target", b"").decode("utf-8", "replace")
        # Relative to xl/, or from the archive's root: readers differ, so both count.
        places = {target.lstrip("/"), posixpath.join("xl", target.lstrip("/"))}
        targets[attributes.get(b"Id", b"")] = {posixpath.normpath(p) for p in places}
    for tag in _TAG.findall(archive.read("xl/workbook.xml")):
        attributes = _attributes(tag)
        rid = next((v for k, v in attributes.items() if k.endswith(b":id")), None)
        for part in targets.get(rid, set()) if rid is not None else set():
            if part in names and b"name" in attributes:
                parts[part] = _text(attributes[b"name"])
    return parts


# A relationship's target that holds a "..": it may climb out of xl/ and back into it.
_CLIMBING: Final = re.compile(rb"""(\bTarget\s*=\s*)(["'])([^"']*\.\.[^"']*)\2""")


def _climbing_targets(archive: zipfile.ZipFile) -> bytes | None:
    """The workbook's relationships with each target that climbs out of ``xl/`` and back
    ("../xl/worksheets/sheet1.xml", the part ``_worksheets`` reads: valid, as RFC 3986
    resolves it) written from ``xl/`` ("worksheets/sheet1.xml"); ``None`` when none does. A
    target that leaves the package ("../../etc/passwd") stays as it is: nothing is read there.
    """
    if "xl/_rels/workbook.xml.rels" not in archive.namelist():
        return None
    relations = archive.read("xl/_rels/workbook.xml.rels")
    if b".." not in relations:
        return None

    def inside(found: re.Match[bytes]) -> bytes:
        part = posixpath.normpath(posixpath.join("xl", found[3].decode("utf-8", "replace")))
        if not part.startswith("xl/"):
            return found[0]
        return found[1] + found[2] + posixpath.relpath(part, "xl").encode() + found[2]

    written = _CLIMBING.sub(inside, relations)
    return written if written != relations else None


# The workbook's properties, whatever their prefix: ``date1904`` says its date system.
_WORKBOOK_PR = re.compile(rb"<(?:\w+:)?workbookPr(?=[\s/>])" + _ATTRIBUTES + rb">")


def _dates_from_1904(archive: zipfile.ZipFile) -> bool:
    """Whether an .xlsx workbook's properties say ``date1904`` (see ``Looked``)."""
    if "xl/workbook.xml" not in archive.namelist():
        return False
    found = _WORKBOOK_PR.search(archive.read("xl/workbook.xml"))
    flag = _attributes(found.group(1)).get(b"date1904", b"") if found else b""
    return flag.strip().lower() in (b"1", b"true")


def _text(value: bytes) -> str:
    """An attribute's value as the owner wrote it (``Toko &amp; Co`` is ``Toko & Co``)."""
    return html.unescape(value.decode("utf-8", "replace"))


def _attributes(attributes: bytes) -> dict[bytes, bytes]:
    return {name: double or single for name, double, single in _ATTRIBUTE.findall(attributes)}


def _inflated(data: bytes, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """A part's bytes, ``_STEP`` at a time; ``BadZipFile`` when it inflates to more or less
    than the directory says (a deflated part never inflates past that, plus one byte)."""
    if info.compress_type == zipfile.ZIP_STORED:
        with archive.open(info) as stream:  # read as stored, no more than the directory says
            while chunk := stream.read(_STEP):
                yield chunk
        return
    if info.compress_type != zipfile.ZIP_DEFLATED or info.flag_bits & 0x1:
        # Encrypted, or a compression no spreadsheet writer uses (and zipfile would inflate
        # without a bound on each step).
        raise NotImplementedError(f"{info.filename}: compression {info.compress_type}")
    local = data[info.header_offset : info.header_offset + 30]
    if len(local) < 30 or local[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile(info.filename)
    start = info.header_offset + 30 + int.from_bytes(local[26:28], "little")
    start += int.from_bytes(local[28:30], "little")
    source = memoryview(data)[start : start + info.compress_size]
    inflater = zlib.decompressobj(-15)
    total = at = 0
    pending: bytes | memoryview = b""  # compressed bytes given and not yet taken
    while not inflater.eof:
        if not pending and at < len(source):
            # A bounded slice each time: zlib copies what it leaves untaken.
            pending = source[at : at + _STEP // 4]
            at += len(pending)
        chunk = inflater.decompress(pending, min(_STEP, info.file_size + 1 - total))
        pending = inflater.unconsumed_tail
        total += len(chunk)
        if total > info.file_size:
            raise zipfile.BadZipFile(info.filename)  # longer than the directory says
        if chunk:
            yield chunk
        elif not pending and at >= len(source) and not inflater.eof:
            raise zipfile.BadZipFile(info.filename)  # the stream is cut short
    if total != info.file_size:
        raise zipfile.BadZipFile(info.filename)


class _LongText(ValueError):
    """A text longer than ``LONGEST_TEXT`` between two tags: a cell no book holds (a pasted
    file), told as such, not as damage."""


def _whole_tags(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """The XML in blocks that each end before a tag's ``<``, so that no tag is cut in two
    (raw text holds no ``<``: one that is not a tag's start is a markup's own)."""
    carry = b""
    for chunk in chunks:
        block = carry + chunk
        # From the tag the block starts with to the next '<': a text that runs on past a step
        # (one within a step is no longer than a step) and is longer than a cell's, after a
        # tag that ended (one that never ends is the tag check's below).
        run = block.find(b"<", 1)
        if (run if run > 0 else len(block)) > LONGEST_TEXT and block.find(b">", 0, _STEP) >= 0:
            raise _LongText
        cut = block.rfind(b"<")
        if cut <= 0:
            cut = len(block) if cut < 0 else 0
        if cut:
            yield block[:cut]
        carry = block[cut:]
        if len(carry) > _LONGEST_TAG:
            raise ValueError("a tag longer than any spreadsheet writes")
    if carry:
        yield carry


def _bound_part(blocks: Iterator[bytes], usual: _UsualCells) -> _Extent | None:
    """An upper bound of a worksheet's extent from three C-speed searches per block (of
    ``_whole_tags``): cells whose references are usual reach at most ``usual``'s corner, the
    far references are read one by one (a row's ``r`` has no letters: never one of them).
    ``None`` when a cell may have no reference: only a walk can place it."""
    extent = _Extent(usual.columns, usual.rows)
    for block in blocks:
        if _unreferenced_cell(block):
            return None
        _reach_all(extent, usual.far.findall(block))
    return extent


# A formula with no result after it: ``<f>…</f>`` (or ``<f …/>``, a shared formula's other
# cells) followed by an empty value or by the cell's end. A formula's text holds no '<'.
_NO_RESULT = re.compile(
    rb"<(?:\w+:)?f(?=[\s/>])" + _ATTRIBUTES + rb">(?:(?<=/>)|[^<]*+</(?:\w+:)?f\s*>)\s*+"
    rb"(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v\s*>\s*</(?:\w+:)?v\s*>|(?P<end></(?:\w+:)?c\s*>))"
)
_CELL_TAG = re.compile(rb"<(?:\w+:)?c(?=[\s>])" + _ATTRIBUTES + rb">\s*$")
_CELL_OPENS = re.compile(rb"<(?:\w+:)?c(?=[\s>])" + _ATTRIBUTES + rb">")
_EMPTY_TEXT: Final = (b"str", b"s", b"inlineStr")  # an empty result that is a text: ""
# A saved result that is an Excel error ("#REF!", "#N/A", "#DIV/0!"): no number or shared
# string's index starts with '#', so only an error cell's (``t="e"``) value does.
_ERROR_VALUE = re.compile(rb"<(?:\w+:)?v\s*>\s*(#[A-Za-z0-9/!?_]{1,20})\s*</(?:\w+:)?v\s*>")
_MOST_NOTED: Final = 100_000  # uncalculated cells kept per sheet (a sheet with more is refused)


class _Formulas:
    """The cells of one worksheet part whose formula has no result saved, and those whose
    value is an Excel error (``errors``), noted while its blocks pass (``watch``). Most sheets
    hold no formula and no error, and are only searched for one."""

    def __init__(self) -> None:
        self.cells: list[tuple[int, int]] = []
        self.errors: dict[tuple[int, int], str] = {}
        self.seen = False  # a formula was met: every block from here on is looked through
        self.tail = b""  # the last cell's start of the block before, which may go on here

    def watch(self, blocks: Iterator[bytes]) -> Iterator[bytes]:
        for block in blocks:
            cut = _last_cell(block)
            # A sheet written with prefixed tags ('<x:c>', '</x:f>') has no '<c' in it.
            if (
                self.seen
                or b"</f>" in block
                or (b"#" in block and b">#" in block)  # '#' alone is found 30x faster
                or (b"<c" not in block and b"f>" in block)
            ):
                self.seen = True
                self._look(self.tail + block)
            else:
                self.tail = block[cut:]
            yield block
        if self.tail:
            self._look(self.tail, last=True)

    def _look(self, xml: bytes, last: bool = False) -> None:
        """Note the uncalculated cells of ``xml``; the last cell's, which may go on in the next
        block, is looked at with it (``tail``) unless this is the ``last`` block."""
        cut = len(xml) if last else _last_cell(xml)
        for found in _NO_RESULT.finditer(xml, 0, cut):
            if len(self.cells) >= _MOST_NOTED:
                break
            opening = xml.rfind(b"<", 0, found.start())
            tag = _CELL_TAG.match(xml, max(opening, 0), found.start())
            attributes = _attributes(tag.group(1)) if tag is not None else {}
            if found.group("end") is None and attributes.get(b"t") in _EMPTY_TEXT:
                continue  # an empty text, worked out: =IF(B2="";"";…)
            self.cells.append(_place(attributes.get(b"r", b"")))
        for found in _ERROR_VALUE.finditer(xml, 0, cut):
            if len(self.errors) >= _MOST_NOTED:
                break
            # The cell's tag: the last '<c' (or '<x:c') before its value.
            at = max(xml.rfind(b"<c", 0, found.start()), xml.rfind(b":c", 0, found.start()))
            tag = _CELL_OPENS.match(xml, max(xml.rfind(b"<", 0, at + 1), 0), found.start())
            attributes = _attributes(tag.group(1)) if tag is not None else {}
            if attributes.get(b"t") == b"e" and (place := _place(attributes.get(b"r", b"")))[0]:
                self.errors[place] = found.group(1).decode("ascii").upper()
        self.tail = xml[cut:]


def _last_cell(xml: bytes) -> int:
    """Where the last cell tag of ``xml`` starts (it may go on in the next block), or its end
    when it has none or that cell is longer than any formula's cell (not carried)."""
    cut = xml.rfind(b"<c")
    cut = max(cut, xml.rfind(b":c", max(cut, 0)))  # a prefixed tag after it ('<x:c')
    cut = xml.rfind(b"<", 0, cut + 1) if cut >= 0 else -1
    return cut if cut >= 0 and len(xml) - cut <= 1 << 16 else len(xml)


def _place(reference: bytes) -> tuple[int, int]:
    """A cell reference's (row, column), both 1-based; ``(0, 0)`` when it names none."""
    match = _REFERENCE.fullmatch(reference)
    if match is None:
        return (0, 0)
    return (int(match.group(2)), column_number(match.group(1).decode("ascii")))


def _referenced_extent(chunks: Iterator[bytes]) -> _Extent | None:
    """A worksheet's exact extent when every cell has a reference: the farthest of them all,
    found in C, and their number; ``None`` when a cell may have none."""
    extent = _Extent(cells=0)
    for block in _whole_tags(chunks):
        if _unreferenced_cell(block):
            return None
        found = _ANY_REFERENCE.findall(block)
        _reach_all(extent, found)
        extent.cells = (extent.cells or 0) + len(found)
    return extent


def _unreferenced_cell(block: bytes) -> bool:
    """Whether a cell tag in ``block`` may have no ``r`` (looked at only for the tags whose
    first attribute is not ``r``: rare)."""
    for search in _NOT_R_FIRST:
        for match in search.finditer(block):
            rest = _REST_OF_TAG.match(block, match.end())
            if rest is None or not _R.search(rest.group(1)):
                return True
    return False


def _reach_all(extent: _Extent, references: list[tuple[bytes, bytes]]) -> None:
    """Reach the farthest column and the farthest row of ``references`` (letters, digits);
    a sheet's references use few distinct columns, each converted once."""
    if references:
        columns = {letters for letters, _ in references}
        extent.reach(
            max(column_number(letters.decode("ascii")) for letters in columns),
            max(map(int, [digits for _, digits in references])),
        )


def _references(attributes: bytes) -> list[tuple[int, int]]:
    """Each ``r`` attribute's (column, row), both 1-based; ``ValueError`` for one the reader
    would not take either."""
    found = []
    for double, single in _R.findall(attributes):
        match = _REFERENCE.fullmatch(double or single)
        if match is None:
            raise ValueError(f"cell reference {double or single!r}")
        found.append((column_number(match.group(1).decode("ascii")), int(match.group(2))))
    return found


def _walk_part(chunks: Iterator[bytes]) -> _Extent:
    """A worksheet's exact extent by position: a row without ``r`` comes after the row before,
    a cell without ``r`` right of the cell before, in that cell's row or its row tag's (the
    farther counts). A row whose cells name no reference only needs them counted (in C);
    other rows are walked tag by tag."""
    walk = _Walk()
    for block in _whole_tags(chunks):
        rows = _ROW_START.split(block)
        walk.add_cells(rows[0])  # the rest of the row the block before left open
        for part in rows[1:]:
            tag = _REST_OF_TAG.match(part)
            attributes = tag.group(1) if tag is not None else b""
            walk.start_row(attributes)
            walk.add_cells(part[len(attributes) + 1 :])  # after a closed <row/> too
    return _Extent(walk.columns, max(walk.rows, 1 if walk.count else 0), walk.count)


_ROW_START = re.compile(rb"<row(?=[\s/>])")
_CELL_START = re.compile(rb"<c(?=[\s/>])")
_R_ATTRIBUTE = re.compile(rb"r\s*=")  # looser than an r attribute: only overcautious


class _Walk:
    """Where a walk through a worksheet's rows stands: the farthest column and row so far,
    the cells counted, the current row tag's number, the last cell's column and row."""

    def __init__(self) -> None:
        self.columns = self.rows = self.count = 0
        self.row_index = self.row = self.column = 0  # 1-based; 0 before the first

    def start_row(self, attributes: bytes) -> None:
        numbers = [int(double or single) for double, single in _R.findall(attributes)]
        self.row_index = max(numbers) if numbers else self.row_index + 1
        self.row, self.column = self.row_index, 0

    def add_cells(self, xml: bytes) -> None:
        """The tags of one row after its row tag (or of rows with a prefix, tag by tag)."""
        if b":c" in xml or b":row" in xml or _R_ATTRIBUTE.search(xml):
            self.add_tags(xml)
            return
        count = len(_CELL_START.findall(xml))
        if count:
            self.count += count
            self.column += count
            self.columns = max(self.columns, self.column)
            self.rows = max(self.rows, self.row, self.row_index)

    def add_tags(self, xml: bytes) -> None:
        for name, attributes in _ROW_OR_CELL.findall(xml):
            if name == b"row":
                self.start_row(attributes)
                continue
            self.count += 1
            references = _references(attributes)
            if references:
                self.columns = max(self.columns, *(column for column, _ in references))
                self.rows = max(self.rows, *(row for _, row in references))
                self.column, self.row = references[-1]
            else:
                self.column += 1
                self.columns = max(self.columns, self.column)
                self.rows = max(self.rows, self.row, self.row_index)


# --- xlsb ----------------------------------------------------------------------------------

# The binary workbook's records, as the reader reads a sheet: a row header (0) says the row,
# each cell record (1 to 11) starts with its column, 32 bits each.
_XLSB_ROW: Final = 0x0000
_XLSB_CELLS: Final = frozenset(range(0x0001, 0x000C))
_XLSB_SHEET: Final = 0x009C  # BrtBundleSh: a sheet's name and relationship id


def _xlsb_extents(data: bytes, archive: zipfile.ZipFile) -> Iterator[tuple[str, _Extent]]:
    """Each worksheet's extent in an .xlsb: every part a workbook relationship points to, and
    every part under ``xl/worksheets/``, its cell records walked."""
    names = set(archive.namelist())
    titles = _xlsb_titles(archive)
    parts = {name for name in names if name.startswith("xl/worksheets/")}
    if "xl/_rels/workbook.bin.rels" in names:
        for tag in _TAG.findall(archive.read("xl/_rels/workbook.bin.rels")):
            target = _text(_attributes(tag).get(b"Target", b""))
            places = {target.lstrip("/"), "xl/" + target.lstrip("/")}
            parts |= {p for p in (posixpath.normpath(p) for p in places) if p in names}
    for info in archive.infolist():
        if info.filename in parts:
            title = titles.get(info.filename, posixpath.basename(info.filename))
            yield title, _xlsb_sheet(_inflated(data, archive, info))


def _xlsb_titles(archive: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet part → the sheet's name, from the workbook's sheet records (for the message;
    a part not found here is checked all the same)."""
    names = set(archive.namelist())
    if "xl/_rels/workbook.bin.rels" not in names:
        return {}
    targets = {}
    for tag in _TAG.findall(archive.read("xl/_rels/workbook.bin.rels")):
        attributes = _attributes(tag)
        targets[_text(attributes.get(b"Id", b""))] = _text(attributes.get(b"Target", b""))
    titles = {}
    for kind, body in _records(iter([archive.read("xl/workbook.bin")]), keep=1 << 16):
        if kind != _XLSB_SHEET or len(body) < 12:
            continue
        (relation,) = struct.unpack_from("<I", body, 8)
        if relation == 0xFFFFFFFF:
            continue
        rid = body[12 : 12 + 2 * relation].decode("utf-16-le", "replace")
        at = 12 + 2 * relation
        (count,) = struct.unpack_from("<I", body, at)
        name = body[at + 4 : at + 4 + 2 * count].decode("utf-16-le", "replace")
        if rid in targets:
            titles[posixpath.normpath("xl/" + targets[rid].lstrip("/"))] = name
    return titles


def _xlsb_sheet(chunks: Iterator[bytes]) -> _Extent:
    columns = rows = cells = row = 0
    for kind, body in _records(chunks, keep=4):
        if kind == _XLSB_ROW and len(body) >= 4:
            (row,) = struct.unpack_from("<I", body)
        elif kind in _XLSB_CELLS and len(body) >= 4:
            (column,) = struct.unpack_from("<I", body)
            columns, rows, cells = max(columns, column + 1), max(rows, row + 1), cells + 1
    return _Extent(columns, rows, cells)


def _records(chunks: Iterator[bytes], keep: int) -> Iterator[tuple[int, bytes]]:
    """The records of a binary part: a type of one or two bytes and a size of up to four,
    seven bits a byte, then the body. Only the first ``keep`` bytes of each body are kept
    (what is skipped is never held, however large a record says it is)."""
    buffer = bytearray()
    skip = 0
    for chunk in chunks:
        if skip >= len(chunk):
            skip -= len(chunk)
            continue
        buffer += memoryview(chunk)[skip:]
        skip = at = 0
        while True:
            head = _record_head(buffer, at)
            if head is None:
                break
            kind, size, start = head
            if start + min(size, keep) > len(buffer):
                break  # the body's kept part comes with the next chunk
            yield kind, bytes(buffer[start : start + min(size, keep)])
            if start + size > len(buffer):  # the rest of a long body is skipped, not held
                skip, at = start + size - len(buffer), len(buffer)
                break
            at = start + size
        del buffer[:at]


def _record_head(buffer: bytearray, at: int) -> tuple[int, int, int] | None:
    """A record's type, size and where its body starts, or ``None`` when ``buffer`` does not
    yet hold the whole head."""
    end = len(buffer)
    if at >= end:
        return None
    kind = buffer[at]
    at += 1
    if kind & 0x80:
        if at >= end:
            return None
        kind = (kind & 0x7F) | (buffer[at] << 7)
        at += 1
    size = shift = 0
    for _ in range(4):
        if at >= end:
            return None
        byte = buffer[at]
        at += 1
        size |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            break
    return kind, size, at


# --- xls -------------------------------------------------------------------------------------

_OLE2: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FREE: Final = 0xFFFFFFFF
_END: Final = 0xFFFFFFFE
# Cell records of BIFF2 to BIFF8, each starting with its row and column (0-based, 16 bits each).
_CELLS: Final = frozenset(
    {0x0001, 0x0002, 0x0003, 0x0004, 0x0005, 0x0006, 0x0201, 0x0203, 0x0204, 0x0205, 0x0206,
     0x027E, 0x00D6, 0x00FD, 0x0406}
)  # fmt: skip
_SPANS: Final = frozenset({0x00BD, 0x00BE})  # MULRK, MULBLANK: a row, first and last column
_BOF: Final = frozenset({0x0009, 0x0209, 0x0409, 0x0809})
_EOF: Final = 0x000A
_BOUNDSHEET: Final = 0x0085
# A sheet's claim of its size: the reader reserves room for that many cells before it reads one.
_DIMENSIONS: Final = 0x0200


def _xls_extents(data: bytes, limit: int) -> Iterator[tuple[str, _Extent]]:
    for stream in _workbook_streams(data):
        yield from _biff_extents(stream)


def _biff_extents(stream: memoryview) -> Iterator[tuple[str, _Extent]]:
    """Each sheet's extent from its cell records. BOUNDSHEET names the sheets by where their
    records start; a chart's records nest inside a sheet's, between their own BOF and EOF; a
    cell outside any sheet's records counts all the same, under "?". One ``unpack_from`` per
    record and the current sheet's figures in local names: a record costs a few steps."""
    names: dict[int, str] = {}
    extents: dict[str, _Extent] = {"?": _Extent(cells=0)}
    open_: list[_Extent] = [extents["?"]]  # the substreams begun and not ended, innermost last
    columns = rows = cells = 0  # of open_[-1], not yet added to it
    head = struct.Struct("<HHHH").unpack_from
    at, size = 0, len(stream)
    while at + 4 <= size:
        if at + 8 <= size:
            kind, length, row, column = head(stream, at)
        else:
            (kind, length), row, column = struct.unpack_from("<HH", stream, at), 0, 0
        if kind in _CELLS:
            if row >= rows:
                rows = row + 1
            if column >= columns:
                columns = column + 1
            cells += 1
        elif kind in _SPANS and length >= 6:
            (last,) = struct.unpack_from("<H", stream, at + 2 + length)
            rows, columns = max(rows, row + 1), max(columns, column + 1, last + 1)
            cells += abs(last - column) + 1
        elif kind in _BOF or (kind == _EOF and len(open_) > 1):
            sheet = open_[-1]
            sheet.reach(columns, rows)
            sheet.cells = (sheet.cells or 0) + cells
            columns = rows = cells = 0
            if kind == _EOF:
                open_.pop()
            else:
                name = names.get(at, f"#{len(extents)}") if at else "?"
                open_.append(extents.setdefault(name, _Extent(cells=0)))
        elif kind == _DIMENSIONS and length in (10, 14):
            claim = _dimensions(bytes(stream[at + 4 : at + 4 + length]))
            open_[-1].claimed = max(open_[-1].claimed, claim)
        elif kind == _BOUNDSHEET and length >= 8:
            (position,) = struct.unpack_from("<I", stream, at + 4)
            names[position] = _sheet_name(bytes(stream[at + 10 : at + 4 + length]))
        at += 4 + length
    open_[-1].reach(columns, rows)
    open_[-1].cells = (open_[-1].cells or 0) + cells
    yield from extents.items()


def _dimensions(record: bytes) -> int:
    """The cells the reader reserves room for by a DIMENSIONS record, as it works them out:
    rows (32 bits in BIFF8, 16 before) from first to last, wrapping as its unsigned sums do,
    times columns, the first taken as 0 when past 255 or after the last.

    >>> _dimensions(struct.pack("<IIHHH", 0, 20, 0, 5, 0))
    100
    >>> _dimensions(struct.pack("<IIHHH", 0, 0xFFFFFFF0, 0, 0xFFFF, 0)) > 10**14
    True
    """
    layout = "<IIHH" if len(record) == 14 else "<HHHH"
    first, last, first_column, last_column = (int(v) for v in struct.unpack_from(layout, record))
    if first_column > 0xFF or last_column < first_column:
        first_column = 0
    if last < 1 or last_column < 1:
        return 1
    return ((last - first) % (1 << 32)) * (last_column - first_column)


def _sheet_name(record: bytes) -> str:
    """A BOUNDSHEET's name: a character count, then (BIFF8) a flags byte and the characters,
    one byte each or UTF-16."""
    count = record[0]
    if len(record) >= 2 + count and record[1] in (0, 1):
        if record[1] & 1:
            return record[2 : 2 + 2 * count].decode("utf-16-le", "replace")
        return record[2 : 2 + count].decode("latin-1")
    return record[1 : 1 + count].decode("latin-1")


def _workbook_streams(data: bytes) -> Iterator[memoryview]:
    """Every ``Workbook`` (or BIFF5 ``Book``) stream of a compound file, whatever storage holds
    it (readers differ on which they take), following the sector chains (``ValueError`` for a
    chain that loops or leaves the file)."""
    if data[:8] != _OLE2 or len(data) < 512:
        raise ValueError("not a compound file")
    sector = 1 << struct.unpack_from("<H", data, 0x1E)[0]
    mini = 1 << struct.unpack_from("<H", data, 0x20)[0]
    if sector not in (512, 4096) or mini != 64:
        raise ValueError("sector size")
    directory_start, _, cutoff, minifat_start, _, difat_start, difat_count = struct.unpack_from(
        "<7I", data, 0x30
    )
    count = (len(data) - 512 + sector - 1) // sector  # sectors the file can hold

    def read(sid: int) -> bytes:
        if sid >= count:
            raise ValueError(f"sector {sid} past the end")
        return data[512 + sid * sector : 512 + (sid + 1) * sector]

    fat_sectors = list(struct.unpack_from("<109I", data, 0x4C))
    sid, seen = difat_start, 0
    while sid not in (_FREE, _END) and seen <= difat_count:
        block = read(sid)
        entries = struct.unpack(f"<{sector // 4}I", block)
        fat_sectors.extend(entries[:-1])
        sid, seen = entries[-1], seen + 1
    fat: list[int] = []
    for fat_sid in fat_sectors:
        if fat_sid in (_FREE, _END):
            continue
        fat.extend(struct.unpack(f"<{sector // 4}I", read(fat_sid)))

    def chain(first: int, table: list[int]) -> Iterator[int]:
        """The sectors from ``first`` on; a chain longer than its table has entries loops."""
        sid, steps = first, 0
        while sid not in (_FREE, _END):
            if sid >= len(table) or steps >= len(table):
                raise ValueError("a sector chain loops or leaves the file")
            yield sid
            sid, steps = table[sid], steps + 1

    directory = b"".join(read(sid) for sid in chain(directory_start, fat))
    records = [directory[i : i + 128] for i in range(0, len(directory) - 127, 128)]
    if not records:
        raise ValueError("no directory")
    workbooks: list[tuple[int, int]] = []  # every stream so named, in any storage
    root: tuple[int, int] | None = None
    for entry in records:
        length = min(struct.unpack_from("<H", entry, 64)[0], 64)
        name = entry[: max(0, length - 2)].decode("utf-16-le", "replace")
        start, size = struct.unpack_from("<II", entry, 116)
        if entry[66] == 5:
            root = (start, size)
        elif entry[66] == 2 and name in ("Workbook", "Book"):
            workbooks.append((start, size))
    if not workbooks:
        raise ValueError("no Workbook stream")
    ministream: bytes | None = None
    minifat: list[int] = []
    for start, size in workbooks:
        if size >= cutoff:
            grown = bytearray()  # in place: a joined list would hold it twice
            for sid in chain(start, fat):
                grown += read(sid)
            whole: bytes | bytearray = grown
        else:  # a small stream lives in the mini stream: 64-byte sectors, the mini FAT's chains
            if ministream is None:
                if root is None:
                    raise ValueError("no root entry")
                minifat = [
                    entry
                    for sid in chain(minifat_start, fat)
                    for entry in struct.unpack(f"<{sector // 4}I", read(sid))
                ]
                ministream = b"".join(read(sid) for sid in chain(root[0], fat))
            whole = b"".join(
                ministream[sid * mini : (sid + 1) * mini] for sid in chain(start, minifat)
            )
        if len(whole) < size:
            raise ValueError("Workbook stream cut short")
        yield memoryview(whole)[:size]


# --- ods -------------------------------------------------------------------------------------

_ODS_TAG = re.compile(
    rb"<(/?)(?:[^\s/>:!?]+:)?(table|table-row|table-cell|covered-table-cell)(?=[\s/>])"
    + _ATTRIBUTES
    + rb">"
)
# The reader reads the number as Rust does ("+9" is 9) and takes the first of two; the larger
# counts here.
_REPEATED = re.compile(rb"""number-(?:rows|columns)-repeated\s*=\s*["']\s*\+?(\d+)""")
_VALUE_TYPE = re.compile(rb"(?:^|\s)(?:[^\s=:]+:)?value-type\s*=")
_NAME = re.compile(rb"""(?:^|\s)(?:[^\s=:]+:)?name\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def _ods_extents(data: bytes, limit: int) -> Iterator[tuple[str, _Extent]]:
    """Each table's extent: rows and cells by position, repeats counted. A cell holds something
    when it has a value type or any content (a tag of its own that is not closed at once); the
    empty repeated cells and rows after a table's last such cell stay out, as the reader
    leaves them out, while those before it are counted."""
    archive = zipfile.ZipFile(_Reader(data))
    _no_entity_declarations(data, archive)
    for info in archive.infolist():
        if info.filename == "content.xml":  # every entry of that name, as for xlsx
            yield from _ods_tables(_inflated(data, archive, info))


def _ods_tables(chunks: Iterator[bytes]) -> Iterator[tuple[str, _Extent]]:
    """The tables of one content.xml, a table left open at the end included. A row with no
    repeat and no table's start or end in it only needs its cells counted (in C, empty ones
    too: at most a few too many); the others are walked tag by tag."""
    walk = _OdsWalk()
    for block in _whole_tags(chunks):
        rows = _ODS_ROW_START.split(block)
        walk.tags(rows[0])
        for part in rows[1:]:
            if b"repeated" in part or _table_edge(part):
                walk.tags(b"<table:table-row" + part)
            else:
                walk.plain_row(part)
        yield from walk.done
        walk.done.clear()
    if walk.depth >= 1:
        yield walk.name, walk.extent


_ODS_ROW_START = re.compile(rb"<table:table-row(?=[\s/>])")


def _table_edge(xml: bytes) -> bool:
    """Whether a table starts or ends in ``xml``: a ``table:table`` tag that is not one of
    its rows, cells or columns (``table:table-…``)."""
    return xml.count(b"<table:table") != xml.count(b"<table:table-") or xml.count(
        b"</table:table"
    ) != xml.count(b"</table:table-")


_ODS_CELLS = (b"<table:table-cell", b"<table:covered-table-cell")


class _OdsWalk:
    """Where a walk through content.xml stands: the table being read (``depth`` 1; tables in
    a cell are its content), the rows before the current one, its repeat, its cells so far;
    ``done``, the tables ended and not yet handed on."""

    def __init__(self) -> None:
        self.name = ""
        self.extent = _Extent(cells=0)
        self.depth = self.row = self.row_repeat = self.column = 0
        self.done: list[tuple[str, _Extent]] = []

    def plain_row(self, xml: bytes) -> None:
        """A row without repeats (``xml`` after ``<table:table-row``), all its cells counted."""
        if self.depth != 1:
            return
        self.row += self.row_repeat
        self.row_repeat, self.column = 1, 0
        count = sum(xml.count(cell) for cell in _ODS_CELLS)
        if count:
            self.column = count
            self.extent.reach(count, self.row + 1)
            self.extent.cells = (self.extent.cells or 0) + count

    def tags(self, xml: bytes) -> None:
        for closing, tag, attributes in _ODS_TAG.findall(xml):
            if tag == b"table":
                self.table(closing, attributes)
                continue
            if self.depth != 1 or closing:
                continue
            if tag == b"table-row":
                self.row += self.row_repeat  # the row before, with its repeats
                self.row_repeat = _repeat(attributes)
                self.column = 0
                continue
            repeat = _repeat(attributes)
            self.column += repeat
            if not attributes.endswith(b"/") or _VALUE_TYPE.search(attributes):
                # It holds something: it, the cells before it, and the row's repeats count.
                rows = max(self.row_repeat, 1)
                self.extent.reach(self.column, self.row + rows)
                self.extent.cells = (self.extent.cells or 0) + repeat * rows

    def table(self, closing: bytes, attributes: bytes) -> None:
        if closing:
            self.depth -= 1
            if self.depth == 0:
                self.done.append((self.name, self.extent))
        elif not attributes.endswith(b"/"):
            self.depth += 1
            if self.depth == 1:
                found = _NAME.search(attributes)
                self.name = _text(found.group(1) or found.group(2)) if found else "?"
                self.extent, self.row, self.row_repeat = _Extent(cells=0), 0, 0


def _repeat(attributes: bytes) -> int:
    return max([1, *map(int, _REPEATED.findall(attributes))])
