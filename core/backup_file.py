"""A backup file read with suspicion: bounded, counted and checked row by row before it is used.

``read_backup`` is what ``Store.restore`` reads a file through. Nothing is written until the
whole file has passed, so a refused file leaves the database exactly as it was.

The rules, and why:

* Sizes are bounded as they are read, never after. The manifest may inflate to at most
  ``MANIFEST_LIMIT``; everything together to ``inflate_limit(len(data))``, a multiple of the
  file's own size (a zip bomb claims far more). A member whose declared inflated size is over
  the budget is refused before it is inflated; the bytes actually inflated are counted too.
* Rows are read a line at a time and counted while streaming. ``dump`` never writes an empty
  line, so one is refused at once (a file of empty lines is a bomb, not a backup).
* The manifest lists each table's row count (``"tables"``). From ``COUNTS_REQUIRED_FROM`` (the
  schema of Tagih's current backups) the counts are required and must list every table. For
  an older backup they are checked when present; without them the tables its version had
  must be there, read under the same bounds. Either way a table the manifest lists must be in
  the file, and its lines must number exactly what the manifest says.
* Every row is a JSON object whose keys are columns of its table and whose values fit them
  (type, nullability, text a database can store; exact decimals for amounts, JSON text for
  ``*_json``).
"""

from __future__ import annotations

import base64
import binascii
import io
import json
import struct
import zipfile
import zlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import IO, Any, Final, Literal, TypeGuard

from sqlalchemy import Boolean, Column, Date, Integer, LargeBinary, String, Table
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from core.i18n import CodeKeys, Lang, t

__all__ = [
    "COUNTS_REQUIRED_FROM", "MANIFEST_LIMIT", "Backup", "BackupProblem", "inflate_limit",
    "read_backup",
]  # fmt: skip

MANIFEST_LIMIT: Final = 1 << 20
COUNTS_REQUIRED_FROM: Final = 5
# Real backups inflate about 2 to 10 times (the kept files are zips already); a bomb, thousands.
_INFLATE_RATIO: Final = 50
_INFLATE_FLOOR: Final = 1 << 20
_INFLATE_CAP: Final = 2 << 30
# One row holds at most one kept file (uploads stop at 50 MB, 67 MB as base64) and its report.
_LINE_LIMIT: Final = 128 << 20
# The end of a zip: its 22-byte record, after a comment of at most 65,535 bytes.
_END_SEARCH: Final = 22 + 0xFFFF
_MEMBERS_LIMIT: Final = 64
BackupCode = Literal[
    "not_zip", "no_manifest", "manifest_too_large", "bad_manifest", "newer", "no_counts",
    "no_count", "unknown_table", "missing_table", "too_large", "count_mismatch", "line_too_long",
    "empty_line", "bad_json", "unknown_column", "missing_column", "bad_value", "rejected",
]  # fmt: skip
PROBLEM_KEYS: Final = CodeKeys[BackupCode](
    BackupCode,
    {
        "not_zip": "backup.problem.not_zip",
        "no_manifest": "backup.problem.no_manifest",
        "manifest_too_large": "backup.problem.manifest_too_large",
        "bad_manifest": "backup.problem.bad_manifest",
        "newer": "backup.problem.newer",
        "no_counts": "backup.problem.no_counts",
        "no_count": "backup.problem.no_count",
        "unknown_table": "backup.problem.unknown_table",
        "missing_table": "backup.problem.missing_table",
        "too_large": "backup.problem.too_large",
        "count_mismatch": "backup.problem.count_mismatch",
        "line_too_long": "backup.problem.line_too_long",
        "empty_line": "backup.problem.empty_line",
        "bad_json": "backup.problem.bad_json",
        "unknown_column": "backup.problem.unknown_column",
        "missing_column": "backup.problem.missing_column",
        "bad_value": "backup.problem.bad_value",
        "rejected": "backup.problem.rejected",
    },
)
# The schema version each table first appeared in; a backup from before lacks it.
_SINCE: Final = {"events": 2, "users": 3, "audit": 3, "assignments": 4}
# Amounts are TEXT holding an exact decimal (see ``core.store``).
_DECIMAL_COLUMNS: Final = frozenset({"amount", "paid", "cost"})


class BackupProblem(Exception):
    """Why a backup is refused. ``code`` keys the text (``backup.problem.<code>``); ``table``
    and ``line`` (1-based) say where, when the problem is in a table's file."""

    def __init__(
        self,
        code: BackupCode,
        *,
        table: str = "",
        line: int = 0,
        column: str = "",
        detail: str = "",
    ) -> None:
        self.code: BackupCode = code
        self.table = table
        self.line = line
        self.column = column
        self.detail = detail
        super().__init__(self.message("en"))

    def message(self, lang: Lang = "id") -> str:
        return t(
            PROBLEM_KEYS[self.code],
            lang,
            table=self.table,
            line=self.line,
            column=self.column,
            detail=self.detail,
        )


@dataclass(frozen=True, slots=True)
class Backup:
    """A backup that passed every check: its schema version and each table's rows, ready to
    insert (dates as ``date``, files as ``bytes``, every column present)."""

    version: int
    rows: Mapping[str, list[dict[str, Any]]]


def inflate_limit(size: int) -> int:
    """How many bytes a backup of ``size`` bytes may inflate to, all members together.

    >>> inflate_limit(271), inflate_limit(11_000_000), inflate_limit(100_000_000) == 2 << 30
    (1048576, 550000000, True)
    """
    return min(max(_INFLATE_RATIO * size, _INFLATE_FLOOR), _INFLATE_CAP)


def read_backup(data: bytes, tables: Sequence[Table], schema_version: int) -> Backup:
    """The rows of a backup made by ``Store.dump``, checked; ``BackupProblem`` if anything is off.

    ``tables`` are the tables a backup holds, ``schema_version`` the newest version this Tagih
    reads.
    """
    _check_directory(data)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise BackupProblem("not_zip", detail=str(exc)) from exc
    budget = _Budget(inflate_limit(len(data)))
    try:
        with archive:
            manifest = _manifest(archive, budget)
            version = _version(manifest, schema_version)
            counts = _counts(manifest, version, {table.name for table in tables})
            rows: dict[str, list[dict[str, Any]]] = {}
            for table in tables:
                name = f"{table.name}.jsonl"
                if name not in archive.namelist():
                    if table.name in counts or _SINCE.get(table.name, 1) <= version:
                        raise BackupProblem("missing_table", table=table.name)
                    rows[table.name] = []
                    continue
                expected = counts.get(table.name)
                rows[table.name] = _rows(archive, archive.getinfo(name), table, expected, budget)
    except (
        zipfile.BadZipFile,
        zlib.error,
        NotImplementedError,
        RuntimeError,
        EOFError,
        OSError,
    ) as exc:
        # A damaged member, an unknown compression, a password: not a backup Tagih made.
        raise BackupProblem("not_zip", detail=str(exc) or type(exc).__name__) from exc
    return Backup(version, rows)


def _check_directory(data: bytes) -> None:
    """Refuse a zip whose directory alone would be a burden: ``ZipFile`` reads all of it first.

    A backup has a member per table; a zip64 directory (millions of members, or members over
    4 GB) is never one Tagih made.
    """
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - _END_SEARCH))
    if end < 0 or end + 22 > len(data):
        raise BackupProblem("not_zip", detail="no zip directory")
    (members,) = struct.unpack_from("<H", data, end + 10)
    if members > _MEMBERS_LIMIT or data[max(0, end - 20) : end].startswith(b"PK\x06\x07"):
        raise BackupProblem("not_zip", detail=f"{members} members")


class _Budget:
    """The bytes still allowed to inflate, spent as members are read."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.left = limit

    def admit(self, info: zipfile.ZipInfo, table: str) -> None:
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            # Deflate is what ``dump`` writes; bzip2 and lzma inflate without a cap per call.
            raise BackupProblem("not_zip", detail=f"compression {info.compress_type}")
        if info.file_size > self.left:
            raise BackupProblem("too_large", table=table, detail=_mb(self.limit))

    def spend(self, size: int, table: str) -> None:
        self.left -= size
        if self.left < 0:
            raise BackupProblem("too_large", table=table, detail=_mb(self.limit))


def _mb(size: int) -> str:
    return f"{size / (1 << 20):,.0f} MB"


def _manifest(archive: zipfile.ZipFile, budget: _Budget) -> Mapping[str, Any]:
    try:
        info = archive.getinfo("manifest.json")
    except KeyError as exc:
        raise BackupProblem("no_manifest") from exc
    if info.file_size > MANIFEST_LIMIT:
        raise BackupProblem("manifest_too_large", detail=_mb(MANIFEST_LIMIT))
    budget.admit(info, "manifest")
    with archive.open(info) as member:
        raw = member.read(MANIFEST_LIMIT + 1)
    if len(raw) > MANIFEST_LIMIT:
        raise BackupProblem("manifest_too_large", detail=_mb(MANIFEST_LIMIT))
    budget.spend(len(raw), "manifest")
    try:
        manifest = json.loads(raw)
    except ValueError as exc:
        raise BackupProblem("bad_manifest", detail=str(exc)) from exc
    if not isinstance(manifest, dict) or manifest.get("app") != "tagih":
        raise BackupProblem("bad_manifest", detail="app")
    return manifest


def _version(manifest: Mapping[str, Any], newest: int) -> int:
    version = manifest.get("schema_version")
    if not _is_int(version) or version < 1:
        raise BackupProblem("bad_manifest", detail="schema_version")
    if version > newest:
        raise BackupProblem("newer", detail=str(version))
    return int(version)


def _counts(manifest: Mapping[str, Any], version: int, known: set[str]) -> dict[str, int]:
    counts = manifest.get("tables")
    if counts is None and version < COUNTS_REQUIRED_FROM:
        return {}
    if not isinstance(counts, dict):
        raise BackupProblem("no_counts")
    for name, count in counts.items():
        if name not in known:
            raise BackupProblem("unknown_table", table=str(name))
        if not _is_int(count) or count < 0:
            raise BackupProblem("bad_manifest", detail=f"tables.{name}")
    unlisted = sorted(known - counts.keys())
    if version >= COUNTS_REQUIRED_FROM and unlisted:
        raise BackupProblem("no_count", table=unlisted[0])
    return dict(counts)


def _rows(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    table: Table,
    expected: int | None,
    budget: _Budget,
) -> list[dict[str, Any]]:
    """A table's rows, read a line at a time under the budget, each checked against ``table``."""
    name = table.name
    budget.admit(info, name)
    rows: list[dict[str, Any]] = []
    with archive.open(info) as member:
        for number, raw in enumerate(_raw_lines(member, budget, name), start=1):
            if expected is not None and number > expected:
                raise BackupProblem("count_mismatch", table=name, detail=f"> {expected}")
            rows.append(_row(table, raw, number))
    if expected is not None and len(rows) != expected:
        raise BackupProblem("count_mismatch", table=name, detail=f"{len(rows)} ≠ {expected}")
    return rows


def _raw_lines(member: IO[bytes], budget: _Budget, table: str) -> Iterator[bytes]:
    number = 0
    while True:
        raw = member.readline(_LINE_LIMIT + 1)
        if not raw:
            return
        number += 1
        budget.spend(len(raw), table)
        if len(raw) > _LINE_LIMIT:
            raise BackupProblem("line_too_long", table=table, line=number)
        line = raw.rstrip(b"\r\n")
        if not line:
            raise BackupProblem("empty_line", table=table, line=number)
        yield line


def _row(table: Table, raw: bytes, line: int) -> dict[str, Any]:
    """One line as the row to insert: every column, values converted, or ``BackupProblem``."""
    try:
        row = json.loads(raw)
    except ValueError as exc:  # UnicodeDecodeError and JSONDecodeError both are
        raise BackupProblem("bad_json", table=table.name, line=line, detail=str(exc)) from exc
    if not isinstance(row, dict):
        raise BackupProblem("bad_json", table=table.name, line=line, detail=type(row).__name__)
    for key in row:
        if key not in table.columns:
            raise BackupProblem("unknown_column", table=table.name, line=line, column=str(key))
    out: dict[str, Any] = {}
    for column in table.columns:
        if column.name in row:
            value = row[column.name]
        elif not column.primary_key and _default(column) is not _NO_DEFAULT:
            value = _default(column)  # a column added after this backup was made
        else:
            raise BackupProblem("missing_column", table=table.name, line=line, column=column.name)
        try:
            out[column.name] = _value(column, value)
        except (ValueError, TypeError, binascii.Error) as exc:
            raise BackupProblem(
                "bad_value", table=table.name, line=line, column=column.name, detail=str(exc)
            ) from exc
    return out


_NO_DEFAULT: Final = object()


def _default(column: Column[Any]) -> object:
    if isinstance(column.default, ScalarElementColumnDefault):
        return column.default.arg
    if column.server_default is not None:
        return str(getattr(column.server_default, "arg", ""))
    return None if column.nullable else _NO_DEFAULT


def _value(column: Column[Any], value: Any) -> Any:
    """The value to insert, or ``ValueError`` when it does not fit the column."""
    kind = column.type
    if value is None:
        if not column.nullable:
            raise ValueError("empty")
        return None
    if isinstance(kind, Boolean):
        if isinstance(value, bool) or value in (0, 1):
            return bool(value)
        raise ValueError("not true/false")
    if isinstance(kind, Integer):
        if not _is_int(value) or not -(1 << 63) <= value < 1 << 63:
            raise ValueError("not a whole number")
        return value
    if isinstance(kind, Date):
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            raise ValueError("not a YYYY-MM-DD date") from None
    if isinstance(kind, LargeBinary):
        if not isinstance(value, dict) or not isinstance(value.get("base64"), str):
            raise ValueError("not a file")
        return base64.b64decode(value["base64"], validate=True)
    if isinstance(kind, String):
        if not isinstance(value, str):
            raise ValueError("not text")
        # JSON can spell a lone surrogate, which no database stores. Lengths are left to the
        # database: SQLite never enforced them, so a backup made there may exceed them.
        value.encode("utf-8")
        if column.name.endswith("_json"):
            json.loads(value)
        elif column.name in _DECIMAL_COLUMNS and not _is_amount(value):
            raise ValueError("not an amount")
        return value
    raise TypeError(type(kind).__name__)


def _is_amount(text: str) -> bool:
    try:
        return Decimal(text).is_finite()
    except InvalidOperation:
        return False


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)
