"""Refuse a file that would make the reader allocate a giant grid, before it is read."""

from __future__ import annotations

from core.reading.problems import LedgerReadError
from core.reading.sniff import Format


def check_file(data: bytes, name: str, kind: Format) -> None:
    """Raise ``LedgerReadError`` when a sheet of ``data`` reaches too far to read safely."""
    if kind == "xlsx":
        from core.guard import check_xlsx_extent

        check_xlsx_extent(data, name)
    elif not data:
        raise LedgerReadError(name, "empty")
