"""Open a file of any supported kind and hand back its sheets as plain rows of cells.

The kind is decided by content (magic bytes), never by the file name: an .xls that is really
an .xlsx opens, a PNG renamed .xlsx is refused with a clear reason. Spreadsheets are read with
python-calamine (Rust, fast, one pass), a long worksheet in pieces so that its first rows can
be used while the rest is parsed; CSV with the standard library.
"""

from __future__ import annotations

import csv
import io
import threading
import zipfile
import zlib
from collections import deque
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Final, Generic, Literal, TypeVar, cast

import python_calamine

from core.safety import UnsafeFile, check_extent
from core.speed import large_buffers_to_the_system

Format = Literal["xlsx", "xls", "ods", "csv"]

_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
# Refuse archives that would inflate past this before a byte of them is inflated (zip bombs).
MAX_UNCOMPRESSED: Final = 1_500_000_000
MAX_RATIO: Final = 400
# A sheet larger than this many cells is not a shop's ledger; reading it could exhaust memory.
MAX_CELLS: Final = 60_000_000


class LedgerReadError(Exception):
    """A whole file cannot be read. ``code`` keys the translation table (``file.<code>``)."""

    def __init__(self, file: str, code: str, detail: str = "") -> None:
        super().__init__(f"{file}: {code} {detail}".strip())
        self.file = file
        self.code = code
        self.detail = detail

    def message(self, lang: str = "id") -> str:
        from core.i18n import t

        reason = t(f"file.{self.code}", lang, detail=self.detail)  # type: ignore[arg-type]
        return t("file.unreadable", lang, file=self.file, reason=reason)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class RawSheet:
    """A sheet's cells as read. ``first_row`` is the Excel row number of ``rows[0]``.

    ``row_numbers`` is set for CSV, where one record may span several lines.
    """

    name: str
    rows: list[list[object]]
    first_row: int = 1
    row_numbers: list[int] | None = None
    # A long sheet read in pieces: the rows after ``rows``, a piece at a time, each going on
    # from the row where the last ended (``read_workbook``). ``whole`` joins them.
    rest: Iterator[list[list[object]]] | None = field(default=None, compare=False, repr=False)

    def excel_row(self, index: int) -> int:
        if self.row_numbers is not None:
            return self.row_numbers[index]
        return self.first_row + index

    def more(self) -> bool:
        """Add the next piece of a sheet read in pieces to ``rows``; False when there is none."""
        piece = next(self.rest, None) if self.rest is not None else None
        if piece is None:
            return False
        self.rows.extend(piece)
        return True

    def whole(self) -> RawSheet:
        """The sheet with all its rows."""
        while self.more():
            pass
        return RawSheet(self.name, self.rows, self.first_row, self.row_numbers)


def detect_format(data: bytes, name: str) -> Format:
    """The file's kind from its first bytes (and, for zips, its directory)."""
    if not data:
        raise LedgerReadError(name, "empty")
    head = data[:8]
    if head.startswith(_ZIP):
        return _zip_kind(data, name)
    if head == _OLE2:
        if _ENCRYPTED in data:
            raise LedgerReadError(name, "password")
        return "xls"
    if head.startswith(b"%PDF"):
        raise LedgerReadError(name, "pdf")
    if _looks_like_html(data[:2048]):
        raise LedgerReadError(name, "html")
    if _looks_like_text(data[:65536]):
        return "csv"
    raise LedgerReadError(name, "not_spreadsheet")


def _zip_kind(data: bytes, name: str) -> Format:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise LedgerReadError(name, "corrupt") from exc
    total = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos) or 1
    if total > MAX_UNCOMPRESSED or (total > 50_000_000 and total / packed > MAX_RATIO):
        raise LedgerReadError(name, "too_big", f"{total / 1e9:.1f} GB")
    names = {info.filename for info in infos}
    if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
        return "xlsx"
    if "content.xml" in names:
        return "ods"
    raise LedgerReadError(name, "not_spreadsheet")


def _looks_like_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml"))


def _looks_like_text(sample: bytes) -> bool:
    if b"\x00" in sample:
        return False
    text = sample.decode("latin-1")
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
    return printable >= 0.95 * len(text)


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) first, then Windows-1252, the two a cashier program writes."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise LedgerReadError(name, "encoding") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def sniff_delimiter(text: str) -> str:
    """',' ';' tab or '|': the one that splits the first lines most consistently."""
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    best, best_score = ",", -1.0
    for delimiter in (",", ";", "\t", "|"):
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        if not counts or max(counts) < 2:
            continue
        modal = max(set(counts), key=counts.count)
        score = counts.count(modal) * modal
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(data: bytes, name: str) -> list[RawSheet]:
    text = decode_text(data, name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    rows: list[list[object]] = []
    numbers: list[int] = []
    line = 1
    try:
        for record in reader:
            rows.append([cell.strip() for cell in record])
            numbers.append(line)
            line = reader.line_num + 1
    except csv.Error as exc:
        raise LedgerReadError(name, "corrupt") from exc
    return [RawSheet("", rows, 1, numbers)]


def _load_sheet(
    workbook: python_calamine.CalamineWorkbook, meta: Any, name: str
) -> python_calamine.CalamineSheet | tuple[str, str]:
    """Parse one sheet (calamine, without the GIL), or ``(sheet name, reason key)``."""
    if meta.typ != python_calamine.SheetTypeEnum.WorkSheet:
        return (meta.name, "sheet.hidden_chart")
    try:
        sheet = workbook.get_sheet_by_name(meta.name)
    except python_calamine.PasswordError as exc:
        raise LedgerReadError(name, "password") from exc
    except Exception as exc:
        raise LedgerReadError(name, "corrupt") from exc
    if sheet.height * sheet.width > MAX_CELLS:
        raise LedgerReadError(name, "too_big", f"{sheet.height:,} x {sheet.width:,}")
    return sheet


def _sheet_rows(
    meta: Any, sheet: python_calamine.CalamineSheet | tuple[str, str]
) -> RawSheet | tuple[str, str]:
    """A parsed sheet's cells as Python values (needs the GIL: done by the caller's thread)."""
    if isinstance(sheet, tuple):
        return sheet
    rows = cast(list[list[object]], sheet.to_python())
    if not rows:
        return (meta.name, "sheet.empty")
    start_row = sheet.start[0] if sheet.start else 0
    return RawSheet(meta.name, rows, start_row + 1)


_T = TypeVar("_T")


class _Job(Generic[_T]):
    """A call handed to a ``_Worker``; ``result`` waits for it and returns or raises as it did."""

    __slots__ = ("call", "done", "error", "value")

    def __init__(self, call: Callable[[], _T]) -> None:
        self.call = call
        self.done = threading.Event()
        self.value: _T | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.value = self.call()
        except BaseException as exc:  # handed to the caller by ``result``
            self.error = exc
        finally:
            self.call = _unused  # what it was called with is not kept (a piece: megabytes)
            self.done.set()

    def set(self, value: _T) -> None:
        """For a job filled by another (``call`` unused): its value is ready."""
        self.value = value
        self.done.set()

    def fail(self, error: BaseException) -> None:
        self.error = error
        self.done.set()

    def result(self) -> _T:
        self.done.wait()
        if self.error is not None:
            raise self.error
        return cast(_T, self.value)


def _unused() -> Any:
    raise AssertionError("a job filled by another is never run")


class _Worker:
    """One thread running the calls handed to it, in order (``concurrent.futures`` without
    its import: it loads ``logging``, a tenth of what ``summary FILE`` spends importing)."""

    def __init__(self, name: str) -> None:
        self.jobs: deque[_Job[Any] | None] = deque()
        self.ready = threading.Semaphore(0)
        self.thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self.thread.start()

    def submit(self, call: Callable[[], _T]) -> _Job[_T]:
        job = _Job(call)
        self.jobs.append(job)
        self.ready.release()
        return job

    def _loop(self) -> None:
        while True:
            self.ready.acquire()
            job = self.jobs.popleft()
            if job is None:
                return
            job.run()

    def shutdown(self) -> None:
        """Drop the calls not started, wait for the one running, end the thread."""
        while self.ready.acquire(blocking=False):
            self.jobs.popleft()
        self.jobs.append(None)
        self.ready.release()
        self.thread.join()


class PiecesDisagree(Exception):
    """A sheet read in pieces came out in a shape its pieces cannot be joined into (rows out of
    order, a piece calamine refused): the caller reads the file again, every sheet whole."""


# A worksheet whose XML is longer than this is parsed in pieces, each a small workbook of its
# own, so that the caller turns the first piece's rows into records while the next ones are
# parsed (calamine hands over a sheet only once all of it is parsed). Tests set them low.
SPLIT_ABOVE: int = 8_000_000
PIECE_BYTES: int = 6_000_000
MOST_PIECES: int = 12
_ROW_START: Final = b'<row r="'


_Parts = list[tuple[str, bytes]]
_STEP: Final = 1 << 20  # bytes inflated at a time


def _long_part(guard: Any, meta: Any) -> tuple[zipfile.ZipInfo, int] | None:
    """A worksheet's deflated part and the number of pieces to parse it in, when it is long
    enough to be worth cutting (``None`` for a sheet read whole)."""
    if meta.typ != python_calamine.SheetTypeEnum.WorkSheet:
        return None
    part = guard.part_of.get(meta.name)
    info = next((i for i in guard.parts if i.filename == part), None)
    if info is None or info.file_size <= SPLIT_ABOVE or info.compress_type != zipfile.ZIP_DEFLATED:
        return None
    # Each piece's workbook reads the shared strings again: the more there are, the fewer pieces.
    infos = guard.archive.infolist()
    strings = sum(i.file_size for i in infos if i.filename.endswith("sharedStrings.xml"))
    count = min(MOST_PIECES, info.file_size // max(PIECE_BYTES, 3 * strings, 1))
    return (info, count) if count >= 2 else None


def _cut_pieces(
    guard: Any, info: zipfile.ZipInfo, pieces: list[_Job[bytes | None]], gate: _Gate
) -> None:
    """Inflate a long worksheet's part a step at a time and hand each piece over (``pieces``,
    in order) as soon as its rows are inflated: a workbook of its own holding the sheet's head,
    some of its rows and a closing tail, beside the file's other parts (its other worksheets
    left out). Runs in a thread of its own (zlib lets go of the GIL), a few pieces ahead of
    the caller at most (``gate``).

    The first piece is a quarter of the others (the caller waits for it alone), and holds at
    least the first rows, where the header is looked for (``FIRST_ROWS``). A piece starts
    at a row that says its number (a piece would otherwise count rows from its own start);
    with no such row left, or no plain ``<sheetData>``, the rest goes into the piece at hand
    and the pieces after it stay empty (``None``).
    """
    try:
        sheets = {i.filename for i in guard.parts}
        others = [
            (i.filename, guard.archive.read(i))
            for i in guard.archive.infolist()
            if i.filename not in sheets
        ]
        from core.guard import compressed  # guard imports this module

        source = compressed(guard.data, info)  # a bad local header: read whole (below)
        inflater = zlib.decompressobj(-15)
        buffer = bytearray()
        inflated = 0

        def inflate() -> bool:
            """A step more of the XML into ``buffer``; False at its end."""
            nonlocal source, inflated
            if inflater.eof:
                return False
            left = len(source)
            chunk = inflater.decompress(source, _STEP)
            source = memoryview(inflater.unconsumed_tail)
            inflated += len(chunk)
            if inflated > info.file_size:  # more than the directory says: not inflated on
                raise PiecesDisagree(info.filename)
            if not chunk and not inflater.eof and len(source) == left:
                raise PiecesDisagree(info.filename)  # the stream stops short: damaged
            buffer.extend(chunk)
            return True

        head: bytes | None = None
        unit = int(info.file_size / (len(pieces) - 0.75))
        for k, piece in enumerate(pieces):
            gate.enter(k - _AHEAD)
            if gate.closed:  # the caller left the sheet: nothing more to cut
                for empty in pieces[k:]:
                    empty.set(None)
                return
            want = unit // 4 if k == 0 else unit
            cut = -1
            if k < len(pieces) - 1:
                while len(buffer) < want + _STEP and inflate():
                    pass
                if head is None:
                    opened = buffer.find(b"<sheetData>")
                    first = buffer.find(b"<row", opened) if opened >= 0 else -1
                    if opened >= 0 and first >= 0 and buffer.rfind(b"<worksheet", 0, opened) >= 0:
                        head = bytes(buffer[:first])
                        del buffer[:first]
                if head is not None:
                    least = 1
                    for _ in range(FIRST_ROWS if k == 0 else 0):  # the header's rows, whole
                        least = buffer.find(b"<row", least) + 1
                        if least == 0:
                            break
                    cut = buffer.find(_ROW_START, max(want, least)) if least else -1
            if cut < 0:  # the last piece, or no place to cut: everything left
                while inflate():
                    pass
                xml = (head or b"") + bytes(buffer)
                piece.set(_pack(others, info.filename, xml))
                for empty in pieces[k + 1 :]:
                    empty.set(None)
                return
            xml = b"".join((cast(bytes, head), memoryview(buffer)[:cut], _TAIL))
            del buffer[:cut]
            piece.set(_pack(others, info.filename, xml))
    except BaseException as exc:  # the reading thread says so where it waits for a piece
        for piece in pieces:
            piece.fail(PiecesDisagree(info.filename) if isinstance(exc, Exception) else exc)
        if not isinstance(exc, Exception):
            raise


# Rows the first piece holds at least: more than the reader looks at for a header (30).
FIRST_ROWS: int = 64
# What closes a piece cut before the end of the rows: the values are all in <sheetData>.
_TAIL: Final = b"</sheetData></worksheet>"


def _pack(others: _Parts, part: str, piece: bytes) -> bytes:
    """One piece as a workbook of its own: the file's other parts as they are, this worksheet's
    part replaced by the piece; stored, not deflated, so calamine need not inflate it again."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as book:
        for filename, content in others:
            book.writestr(filename, content)
        book.writestr(part, piece)
    return buffer.getvalue()


class _Gate:
    """How far ahead of the caller the reading threads may parse a long sheet's pieces: piece
    ``k`` waits until fewer than ``ahead`` pieces before it are still waiting to be taken.
    Parsed cells wait as calamine's grid; without it the threads would parse the whole sheet
    ahead of the caller, and hold all of it at once."""

    def __init__(self, ahead: int) -> None:
        self.ahead = ahead
        self.taken = 0
        self.changed = threading.Condition()

    def enter(self, piece: int) -> None:
        with self.changed:
            self.changed.wait_for(lambda: piece < self.taken + self.ahead)

    def leave(self) -> None:
        """One more piece taken by the caller (they are taken in order)."""
        with self.changed:
            self.taken += 1
            self.changed.notify_all()

    def open(self) -> None:
        """No more waiting: the caller is done with the sheet (the pieces not cut yet stay
        empty, ``closed``)."""
        with self.changed:
            self.taken = 1 << 30
            self.changed.notify_all()

    @property
    def closed(self) -> bool:
        return self.taken >= 1 << 30


def _load_piece(
    book: _Job[bytes | None], meta: Any, name: str, gate: _Gate, piece: int
) -> python_calamine.CalamineSheet | None:
    """Parse one piece (calamine, without the GIL), once packed and once the caller is close
    enough behind (``gate``); ``None`` for an empty one. Any failure makes the file read whole."""
    packed = book.result()
    if packed is None:
        return None
    gate.enter(piece)
    try:
        with python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(packed)) as workbook:
            sheet = workbook.get_sheet_by_name(meta.name)
    except Exception as exc:
        raise PiecesDisagree(meta.name) from exc
    if sheet.height * sheet.width > MAX_CELLS:
        raise LedgerReadError(name, "too_big", f"{sheet.height:,} x {sheet.width:,}")
    return sheet


def _later_pieces(
    jobs: list[_Job[python_calamine.CalamineSheet | None]],
    earlier: list[list[object]],
    next_row: int,
    column: int,
    gate: _Gate,
) -> Generator[list[list[object]]]:
    """The rows of the pieces after the first, as Python values, each list going on from the
    row the last ended: the blank rows between two pieces put back, rows padded to the widest
    so far (``earlier``: the rows before, widened in place when a piece is wider). A piece
    starting left of the first would shift the columns of rows already read: the file is then
    read whole (``PiecesDisagree``)."""
    try:
        width = len(earlier[0])
        while jobs:
            job = jobs.pop(0)  # a piece's cells are let go once they are rows
            sheet = job.result()
            job.value = None
            if sheet is None:  # an empty piece: the rows went into an earlier one
                continue
            rows = cast(list[list[object]], sheet.to_python())
            start = sheet.start
            del sheet
            gate.leave()
            if not rows or start is None:
                continue
            row, left = start[0] + 1, start[1]
            if row < next_row or left < column:
                raise PiecesDisagree(str(row))  # rows out of order: the pieces overlap
            if left > column:
                shift: list[object] = [""] * (left - column)
                rows = [shift + cells for cells in rows]
            if len(rows[0]) > width:
                # Wider than the rows before (a cell right of any so far): they are widened, as
                # calamine's one grid for the whole sheet would have them.
                wider: list[object] = [""] * (len(rows[0]) - width)
                for cells in earlier:
                    cells.extend(wider)
                width = len(rows[0])
            if len(rows[0]) < width:
                pad = [""] * (width - len(rows[0]))
                for cells in rows:
                    cells.extend(pad)
            after = row + len(rows)
            if row > next_row:
                blank: list[list[object]] = [[""] * width for _ in range(row - next_row)]
                rows = blank + rows
            next_row = after
            yield rows
    finally:
        gate.open()  # the pieces not taken are parsed without waiting, and let go


# Sheets handed to the reading thread before the caller takes the first: parsed sheets wait
# as calamine's compact cells, not as Python rows.
_AHEAD: Final = 2


def read_workbook(
    data: bytes, name: str, *, split: bool = True
) -> Iterator[RawSheet | tuple[str, str]]:
    """Each sheet as ``RawSheet``, or ``(sheet name, reason key)`` for one that is no table.

    Sheets are parsed in a background thread while the caller works on the ones before:
    calamine parses without holding the GIL, so on two cores a sheet-per-month ledger is read
    and turned into records at once instead of one after the other. Each sheet's extent is
    checked here (``core.guard``) before it goes to that thread, while the thread parses the
    sheets before it; a second thread inflates the XML the check reads, ahead of it. Turning
    cells into Python values and the check's own steps stay in this thread, where they would
    otherwise fight the caller for the GIL.

    A long worksheet (``SPLIT_ABOVE``) comes as its first piece of rows, the others following
    through ``RawSheet.more`` as they are parsed (``_cut_pieces``, ``_later_pieces``); with
    ``split`` false every sheet comes whole.
    """
    kind = detect_format(data, name)
    if kind != "csv":
        try:  # before calamine could allocate a giant grid
            check_extent(data, kind)
        except UnsafeFile as exc:
            raise LedgerReadError(name, exc.code, exc.detail) from exc
    guard = None
    if data.startswith(_ZIP):
        from core.guard import ExtentGuard  # guard imports this module

        guard = ExtentGuard(data, name)
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except python_calamine.PasswordError as exc:
        raise LedgerReadError(name, "password") from exc
    except Exception as exc:  # calamine raises several unrelated types for damaged files
        raise LedgerReadError(name, "corrupt") from exc
    pool = _Worker("tagih-read")
    # Pieces of a long sheet are parsed by two threads in turn: the caller needs less time per
    # piece than calamine does, and would otherwise wait on a single reading thread.
    second: _Worker | None = None
    cutter: _Worker | None = None
    # A second thread inflates the sheets' XML for the extent check (zlib, without the GIL)
    # ahead of the check, which stays in this thread: its steps under the GIL would make a
    # reading thread wait on the caller's (measured).
    inflater = _Worker("tagih-inflate")
    try:
        metas = list(workbook.sheets_metadata)
        checked = [
            meta.name
            for meta in metas
            if guard is not None and meta.typ == python_calamine.SheetTypeEnum.WorkSheet
        ]
        inflating: deque[_Job[dict[str, bytes | None]]] = deque()
        pending: deque[list[_Job[python_calamine.CalamineSheet | tuple[str, str] | None]]]
        pending = deque()
        submitted = inflated = 0
        rest: Generator[list[list[object]]] | None = None
        gates: deque[_Gate] = deque()  # of the long sheets submitted, not yet taken
        taking = _Gate(0)  # of the long sheet the caller takes now
        for index, meta in enumerate(metas):
            while submitted < len(metas) and submitted <= index + _AHEAD:
                ahead = metas[submitted]
                if guard is not None and ahead.typ == python_calamine.SheetTypeEnum.WorkSheet:
                    # This worksheet's XML and the next ones' inflating, in order.
                    while inflated < len(checked) and len(inflating) <= _AHEAD:
                        inflating.append(inflater.submit(partial(guard.inflate, checked[inflated])))
                        inflated += 1
                    # Before calamine could allocate a giant grid.
                    guard.check(ahead.name, inflating.popleft().result())
                long = _long_part(guard, ahead) if split and guard is not None else None
                if long is not None:
                    large_buffers_to_the_system()
                    # Cut and packed in a thread of its own, parsed by two reading threads.
                    second = second or _Worker("tagih-read-2")
                    cutter = cutter or _Worker("tagih-cut")
                    packs: list[_Job[bytes | None]] = [_Job(_unused) for _ in range(long[1])]
                    gates.append(gate := _Gate(_AHEAD + 1))
                    cutter.submit(partial(_cut_pieces, guard, long[0], packs, gate))
                    pending.append(
                        [
                            (pool if n % 2 == 0 else second).submit(
                                partial(_load_piece, k, ahead, name, gate, n)
                            )
                            for n, k in enumerate(packs)
                        ]
                    )
                else:
                    pending.append([pool.submit(partial(_load_sheet, workbook, ahead, name))])
                submitted += 1
            if rest is not None:
                rest.close()  # the caller left the last sheet before its end
                taking.open()  # its pieces not taken are parsed without waiting, and let go
            jobs = pending.popleft()
            first = jobs[0].result()
            jobs[0].value = None
            if first is None:
                raise PiecesDisagree(meta.name)
            found = _sheet_rows(meta, first)
            if len(jobs) > 1:
                taking = gates.popleft()
                taking.leave()  # the first piece is rows now
                if not isinstance(found, RawSheet) or isinstance(first, tuple) or not first.start:
                    taking.open()
                    raise PiecesDisagree(meta.name)
                column = first.start[1]
                rest = _later_pieces(
                    cast(list[_Job[python_calamine.CalamineSheet | None]], jobs[1:]),
                    found.rows,  # the sheet's rows: ``RawSheet.more`` adds each piece to them
                    found.first_row + len(found.rows),
                    column,
                    taking,
                )
                found = RawSheet(found.name, found.rows, found.first_row, None, rest)
            yield found
    finally:
        if rest is not None:
            rest.close()
            taking.open()
        for waiting in gates:
            waiting.open()
        inflater.shutdown()
        pool.shutdown()  # no read may outlive the workbook
        for worker in (second, cutter):
            if worker is not None:
                worker.shutdown()
        workbook.close()


def iter_sheets(
    data: bytes, name: str, *, split: bool = True
) -> tuple[Format, Iterator[RawSheet | tuple[str, str]]]:
    """Detect the file's kind; its sheets are read as the iterator is consumed (a long sheet
    in pieces: ``RawSheet.more``, unless not ``split``)."""
    kind = detect_format(data, name)
    if kind == "csv":
        return kind, iter(read_csv(data, name))
    return kind, read_workbook(data, name, split=split)


def read_sheets(data: bytes, name: str) -> tuple[Format, list[RawSheet | tuple[str, str]]]:
    """Detect the file's kind and read all its sheets."""
    kind = detect_format(data, name)
    if kind == "csv":
        return kind, list(read_csv(data, name))
    return kind, [s.whole() if isinstance(s, RawSheet) else s for s in read_workbook(data, name)]
