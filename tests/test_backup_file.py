"""A backup file read with suspicion (core/backup_file.py), on a table of the test's own: rows
come back converted, and everything off about the file, its manifest or a row is refused with
its code and where."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Boolean, Column, Date, Integer, MetaData, String, Table

from core.backup_file import COUNTS_REQUIRED_FROM, BackupProblem, inflate_limit, read_backup

NOTES = Table(
    "notes",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("day", Date, nullable=False),
    Column("amount", String, nullable=False),
    Column("done", Boolean, nullable=False, default=False),
    Column("extra_json", String, nullable=True),
)
VERSION = COUNTS_REQUIRED_FROM


def archive(
    rows: list[Any], *, manifest: dict[str, Any] | None = None, raw: bytes | None = None
) -> bytes:
    """A zip as ``Store.dump`` writes one: a manifest and a JSON line per row."""
    body = raw if raw is not None else b"".join(json.dumps(r).encode() + b"\n" for r in rows)
    if manifest is None:
        manifest = {"app": "tagih", "schema_version": VERSION, "tables": {"notes": len(rows)}}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        zf.writestr("notes.jsonl", body)
    return out.getvalue()


def refused(data: bytes) -> BackupProblem:
    with pytest.raises(BackupProblem) as caught:
        read_backup(data, [NOTES], VERSION)
    return caught.value


ROW = {"id": 1, "day": "2026-11-23", "amount": "1250000", "extra_json": "{}"}


def test_rows_come_back_typed_with_defaults_for_columns_added_later() -> None:
    backup = read_backup(archive([ROW, {**ROW, "id": 2, "done": True}]), [NOTES], VERSION)
    assert backup.version == VERSION
    first, second = backup.rows["notes"]
    assert first == {"id": 1, "day": date(2026, 11, 23), "amount": "1250000", "done": False,
                     "extra_json": "{}"}  # fmt: skip
    assert second["done"] is True


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"not a zip at all", "not_zip"),
        (
            archive([ROW], manifest={"app": "other", "schema_version": VERSION, "tables": {}}),
            "bad_manifest",
        ),
        (archive([ROW], manifest={"app": "tagih", "schema_version": VERSION + 1}), "newer"),
        (archive([ROW], manifest={"app": "tagih", "schema_version": VERSION}), "no_counts"),
        (
            archive(
                [ROW],
                manifest={
                    "app": "tagih",
                    "schema_version": VERSION,
                    "tables": {"notes": 1, "other": 0},
                },
            ),
            "unknown_table",
        ),
        (
            archive(
                [ROW], manifest={"app": "tagih", "schema_version": VERSION, "tables": {"notes": 2}}
            ),
            "count_mismatch",
        ),
        (archive([], raw=b'{"id": 1}\n\n'), "count_mismatch"),
        (archive([ROW], raw=b"\n"), "empty_line"),
        (archive([ROW], raw=b"[1, 2]\n"), "bad_json"),
        (archive([{**ROW, "colour": "red"}]), "unknown_column"),
        (archive([{k: v for k, v in ROW.items() if k != "day"}]), "missing_column"),
        (archive([{**ROW, "day": "23/11/2026"}]), "bad_value"),
        (archive([{**ROW, "amount": "lots"}]), "bad_value"),
        (archive([{**ROW, "id": True}]), "bad_value"),
        (archive([{**ROW, "extra_json": "{not json"}]), "bad_value"),
    ],
)
def test_anything_off_is_refused_with_its_code(data: bytes, code: str) -> None:
    assert refused(data).code == code


def test_a_bad_row_says_its_table_line_and_column_in_both_languages() -> None:
    problem = refused(archive([ROW, {**ROW, "id": 2, "day": "kemarin"}]))
    assert (problem.table, problem.line, problem.column) == ("notes", 2, "day")
    assert problem.message("id") != problem.message("en")
    assert "notes" in problem.message("en")


def test_a_zip_without_manifest_is_no_backup() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("notes.jsonl", json.dumps(ROW))
    assert refused(out.getvalue()).code == "no_manifest"


def test_an_older_backup_without_counts_is_read_under_the_same_checks() -> None:
    old = {"app": "tagih", "schema_version": COUNTS_REQUIRED_FROM - 1}
    backup = read_backup(archive([ROW], manifest=old), [NOTES], VERSION)
    assert backup.version == COUNTS_REQUIRED_FROM - 1 and len(backup.rows["notes"]) == 1


def test_a_member_inflating_beyond_its_budget_is_refused_before_it_is_read() -> None:
    bomb = b"0" * (inflate_limit(2_000) + 1)  # deflates to a few kB, far past the floor budget
    data = archive([], raw=bomb)
    assert len(data) < 1 << 20
    assert refused(data).code in {"too_large", "line_too_long"}


def test_the_inflate_budget_grows_with_the_file_between_a_floor_and_a_cap() -> None:
    assert inflate_limit(0) == inflate_limit(1_000) == 1 << 20
    assert inflate_limit(10_000_000) > inflate_limit(1_000_000) > 1 << 20
    assert inflate_limit(10**12) == 2 << 30


# Round 95 L7: a random file restored as a backup was told "(bukan berkas zip yang utuh: no zip
# directory)", the zip library's English in the owner's line; its detail stays for the log.
@pytest.mark.parametrize("data", [b"not a zip at all", b"PK\x03\x04" + bytes(2000)])
def test_a_file_that_is_no_zip_is_told_in_the_owners_language_alone(data: bytes) -> None:
    with pytest.raises(BackupProblem) as caught:
        read_backup(data, [NOTES], VERSION)
    assert caught.value.code == "not_zip" and caught.value.detail
    assert caught.value.message("id") == "bukan berkas zip yang utuh"
    assert caught.value.message("en") == "not a complete zip file"
