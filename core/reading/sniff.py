"""What kind of file this is, told by its content (magic bytes), never by its name: an .xls
that is really an .xlsx opens, a PNG renamed .xlsx is refused with a clear reason."""

from __future__ import annotations

import csv
import io
import zipfile
from typing import Final, Literal

from core.reading.problems import LedgerReadError

Format = Literal["xlsx", "xls", "ods", "csv", "html"]

_ZIP: Final = b"PK\x03\x04"
_OLE2: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED: Final = "EncryptedPackage".encode("utf-16-le")
# Refuse archives that would inflate past this before a byte of them is inflated (zip bombs).
MAX_UNCOMPRESSED: Final = 1_500_000_000
MAX_RATIO: Final = 400
# Pictures an owner may pick by mistake (a photo of the book, a screenshot).
_IMAGES: Final = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a")
_BOMS: Final = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


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
    if head.startswith(_IMAGES) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP"):
        raise LedgerReadError(name, "image")
    if head.startswith(b"%PDF"):
        raise LedgerReadError(name, "pdf")
    if not data.rstrip(b"\x00"):  # nothing but NULs: a save cut off before it wrote a byte
        raise LedgerReadError(name, "corrupt")
    markup = _as_utf8(data)  # an ASP.NET "Export to Excel" writes its page in UTF-16
    if _looks_like_html(markup[:2048]):
        # A web program's "Excel" download is often an HTML table saved as .xls: read its
        # tables; a web page without one, or an XML file, is no book. Excel 2003's own XML
        # (SpreadsheetML) is named for what it is: Excel opens it and saves it as .xlsx.
        start = markup[:_HTML_SCAN].lower()
        if b"<table" in start and not markup.lstrip(_BLANK).startswith(b"<?xml"):
            return "html"
        if b"urn:schemas-microsoft-com:office:spreadsheet" in start:
            raise LedgerReadError(name, "spreadsheet_xml")
        raise LedgerReadError(name, "html")
    if any(data.startswith(bom) for bom, _ in _BOMS) or _looks_like_text(data[:65536]):
        return "csv"
    if bomless_utf16(data) is not None:
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


_HTML_SCAN: Final = 1 << 20  # how far into an HTML file its first table is looked for


_BLANK: Final = b"\xef\xbb\xbf \t\r\n"  # a UTF-8 mark and white space before a page's first tag


def _as_utf8(data: bytes) -> bytes:
    """The start of a file written in UTF-16 or UTF-32 (by its mark, or UTF-16 told by its
    NULs) as UTF-8, for the markup to be looked for in; any other file as it is.

    >>> _as_utf8("\ufeff<html><table>".encode("utf-16-le"))
    b'<html><table>'
    """
    head = data[: 4 * _HTML_SCAN]
    encoding = next((e for bom, e in _BOMS if head.startswith(bom)), None)
    if encoding is not None:
        head = head[4 if encoding.startswith("utf-32") else 2 :]
    else:
        encoding = bomless_utf16(head)
    if encoding is None:
        return data
    return head.decode(encoding, errors="replace").encode("utf-8")


def _looks_like_html(head: bytes) -> bool:
    start = head.lstrip(_BLANK).lower()
    return start.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml"))


def _looks_like_text(sample: bytes) -> bool:
    """Mostly printable, with few NULs: a stray NUL or a few in the text (one typed into a
    name), or a block of them at its end (what a save cut off by a power cut leaves), is no
    binary file; ``read_csv`` drops them.

    >>> _looks_like_text(b"Pelanggan,Jumlah\\nToko\\x00 A,5000\\n" + bytes(4096))
    True
    """
    sample = sample.rstrip(b"\x00")
    if sample.count(b"\x00") > max(len(sample) // 1000, 4):
        return False
    text = sample.decode("latin-1")
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
    return printable >= 0.95 * len(text)


def bomless_utf16(data: bytes) -> str | None:
    """The UTF-16 a file is written in without a byte-order mark (an old Windows export):
    text whose every other byte is NUL ("N\\0o\\0" is little-endian), and which decodes so
    to printable text; else ``None``.

    >>> bomless_utf16("No\\tJumlah\\r\\n".encode("utf-16-le")), bomless_utf16(b"No,Jumlah")
    ('utf-16-le', None)
    """
    sample = data[: 1 << 16]
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 8:
        return None
    evens, odds = sample[0::2], sample[1::2]
    for zeros, others, encoding in ((odds, evens, "utf-16-le"), (evens, odds, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and others.count(0) <= 0.01 * len(others):
            try:
                text = sample.decode(encoding)
            except UnicodeDecodeError:
                return None
            printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
            return encoding if printable >= 0.95 * len(text) else None
    return None


def decode_text(data: bytes, name: str) -> str:
    """By its byte-order mark (UTF-8, UTF-16 or UTF-32, as Windows programs export), or
    UTF-16 told by its NUL bytes without one (``bomless_utf16``), else UTF-8, then
    Windows-1252: the two a cashier program writes."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    else:
        for bom, encoding in _BOMS:
            if data.startswith(bom):
                try:
                    return data[len(bom) :].decode(encoding)
                except UnicodeDecodeError as exc:
                    raise LedgerReadError(name, "encoding") from exc
        wide = bomless_utf16(data)
        if wide is not None:
            try:
                return data.decode(wide)
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
        try:
            counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:  # a field past the csv module's limit: the file's reader says so
            continue
        if not counts or max(counts) < 2:
            continue
        modal = max(set(counts), key=counts.count)
        score = counts.count(modal) * modal
        if score > best_score:
            best, best_score = delimiter, score
    return best
