"""Open a file of any supported kind and hand back its sheets as plain rows of cells.

The kind is decided by content (magic bytes), never by the file name: an .xls that is really
an .xlsx opens, a PNG renamed .xlsx is refused with a clear reason. Spreadsheets are read with
python-calamine (Rust, fast, one pass); CSV with the standard library.
"""

from __future__ import annotations

import csv
import io
import threading
import zipfile
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any, Final, Generic, Literal, TypeVar, cast

import python_calamine

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

    def excel_row(self, index: int) -> int:
        if self.row_numbers is not None:
            return self.row_numbers[index]
        return self.first_row + index


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
            self.done.set()

    def result(self) -> _T:
        self.done.wait()
        if self.error is not None:
            raise self.error
        return cast(_T, self.value)


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


# Sheets handed to the reading thread before the caller takes the first: parsed sheets wait
# as calamine's compact cells, not as Python rows.
_AHEAD: Final = 2


def read_workbook(data: bytes, name: str) -> Iterator[RawSheet | tuple[str, str]]:
    """Each sheet as ``RawSheet``, or ``(sheet name, reason key)`` for one that is no table.

    Sheets are parsed in a background thread while the caller works on the ones before:
    calamine parses without holding the GIL, so on two cores a sheet-per-month ledger is read
    and turned into records at once instead of one after the other. Each sheet's extent is
    checked here (``core.guard``) before it goes to that thread, while the thread parses the
    sheets before it; a second thread inflates the XML the check reads, ahead of it. Turning
    cells into Python values and the check's own steps stay in this thread, where they would
    otherwise fight the caller for the GIL.
    """
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
        pending: deque[_Job[python_calamine.CalamineSheet | tuple[str, str]]] = deque()
        submitted = inflated = 0
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
                pending.append(pool.submit(partial(_load_sheet, workbook, ahead, name)))
                submitted += 1
            yield _sheet_rows(meta, pending.popleft().result())
    finally:
        inflater.shutdown()
        pool.shutdown()  # no read may outlive the workbook
        workbook.close()


def iter_sheets(data: bytes, name: str) -> tuple[Format, Iterator[RawSheet | tuple[str, str]]]:
    """Detect the file's kind; its sheets are read as the iterator is consumed."""
    kind = detect_format(data, name)
    if kind == "csv":
        return kind, iter(read_csv(data, name))
    return kind, read_workbook(data, name)


def read_sheets(data: bytes, name: str) -> tuple[Format, list[RawSheet | tuple[str, str]]]:
    """Detect the file's kind and read all its sheets."""
    kind = detect_format(data, name)
    if kind == "csv":
        return kind, list(read_csv(data, name))
    return kind, list(read_workbook(data, name))
