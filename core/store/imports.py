"""The files the owner imported, kept so nothing is uploaded twice (``imports`` table).

An import keeps the file's bytes (to read it again with a corrected column mapping), its
report (problems and ignored sheets come back without reading the file again) and its records
(``core.store.records``). Saving decides whether a file is new, unchanged or a new version of
one already saved (``save_import``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final, Literal, cast

from sqlalchemy import Connection, Row, delete, func, insert, select

from core.ingest import IgnoredSheet, LedgerFile, Problem
from core.money import Amount, amount_from_text
from core.report import file_report
from core.speed import gc_paused
from core.store.audit import bump
from core.store.engine import Database
from core.store.records import insert_records
from core.store.tables import RECORDS, imports, json_value, payments

ImportStatus = Literal["new", "unchanged", "replaced"]


class UnknownImportError(LookupError):
    """No import with this id (already removed, perhaps from another tab)."""


@dataclass(frozen=True, slots=True)
class ImportRecord:
    """One saved file, without its bytes and report (ask ``file_bytes``/``import_report``)."""

    id: int
    file_name: str
    digest: str
    format: str
    imported_at: datetime
    is_demo: bool
    n_invoices: int
    n_payments: int  # every credit the file holds: money received and goods sent back
    n_problems: int
    default_term: int | None
    mapping: dict[str, str | None] | None
    n_returns: int = 0  # of ``n_payments``, the returns (retur, credit notes)

    @property
    def n_money(self) -> int:
        """The payments of money, the returns told apart."""
        return self.n_payments - self.n_returns


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What ``save_import`` did with a file.

    ``record`` is the import that now holds the file's content: the new one, or for
    ``"unchanged"`` the one already saved (its ``file_name`` says which file it duplicates).
    ``replaced`` is the import removed by a ``"replaced"``.
    """

    status: ImportStatus
    file_name: str
    record: ImportRecord
    replaced: ImportRecord | None = None

    @property
    def duplicate_of(self) -> str | None:
        """The saved file this one repeats under another name, if so."""
        if self.status == "unchanged" and self.record.file_name != self.file_name:
            return self.record.file_name
        return None


class ImportStore(Database):
    """Saving, listing and removing imports, and what their reports say."""

    def save_import(
        self,
        result: LedgerFile,
        data: bytes,
        *,
        now: datetime,
        is_demo: bool = False,
        mapping: Mapping[str, str | None] | None = None,
    ) -> ImportOutcome:
        """Keep a file just read (``result``) and its bytes, in one transaction.

        The same content already saved, under this name or another, is ``"unchanged"`` and
        nothing is written, unless it was read differently (another ``mapping``, another
        default term), which replaces it. A new version of a saved file name is ``"replaced"``:
        the old import and exactly its rows go, so an updated ledger updates instead of
        doubling. A real import of the demo file takes over the demo's copy. Else ``"new"``.
        """
        digest = hashlib.sha256(data).hexdigest()
        if digest != result.digest:
            raise ValueError(f"{result.name}: the bytes given are not the file that was read")
        mapping_json = _mapping_json(mapping)
        default_term = _default_term(result)
        with gc_paused(), self._writing() as conn:
            same_content = _record_where(conn, imports.c.digest == digest)
            if same_content is not None and not (same_content.is_demo and not is_demo):
                same_reading = (
                    same_content.mapping == _mapping_of(mapping_json)
                    and same_content.default_term == default_term
                )
                if same_reading or same_content.file_name != result.name:
                    return ImportOutcome("unchanged", result.name, same_content)
            if same_content is not None and same_content.file_name != result.name:
                _delete_import(conn, same_content.id)  # the demo's copy of this very file
            replaced = _record_where(conn, imports.c.file_name == result.name)
            if replaced is not None:
                _delete_import(conn, replaced.id)
            record = _insert_import(
                conn, result, data, now, is_demo, mapping_json, default_term, digest
            )
            bump(
                conn,
                ledger=True,
                action="import",
                detail={
                    "file": result.name,
                    "status": "replaced" if replaced else "new",
                    "invoices": len(result.invoices),
                },
            )
        status: ImportStatus = "replaced" if replaced is not None else "new"
        return ImportOutcome(status, result.name, record, replaced)

    def imports(self) -> list[ImportRecord]:
        """Every saved import, newest first (the order they were saved)."""
        with self._reading() as conn:
            rows = conn.execute(select(*_RECORD_COLUMNS).order_by(imports.c.id.desc())).all()
        return [_record(row) for row in rows]

    def import_report(self, import_id: int) -> dict[str, Any]:
        """``file_report`` of the import, plus its ``default_term``, ``problems`` and
        ``ignored`` sheets."""
        with self._reading() as conn:
            text = conn.scalar(select(imports.c.report_json).where(imports.c.id == import_id))
        if text is None:
            raise UnknownImportError(import_id)
        report: dict[str, Any] = json.loads(text)
        return report

    def import_findings(self, import_id: int) -> tuple[list[Problem], list[IgnoredSheet]]:
        """One import's problem rows and ignored sheets, ready to show in any language."""
        report = self.import_report(import_id)
        return problems_of(report), ignored_of(report)

    def file_bytes(self, import_id: int) -> bytes:
        """The original file, to read it again (with another column mapping, say)."""
        with self._reading() as conn:
            data = conn.scalar(select(imports.c.data).where(imports.c.id == import_id))
        if data is None:
            raise UnknownImportError(import_id)
        return bytes(data)

    def remove_import(self, import_id: int) -> None:
        """Forget one import and exactly its rows."""
        with self._writing() as conn:
            if not _delete_import(conn, import_id):
                raise UnknownImportError(import_id)
            bump(conn, ledger=True, action="remove_import", detail={"import_id": import_id})

    def clear_demo(self) -> int:
        """Remove the demo imports; returns how many there were."""
        with self._writing() as conn:
            ids = conn.scalars(select(imports.c.id).where(imports.c.is_demo)).all()
            for import_id in ids:
                _delete_import(conn, import_id)
            if ids:
                bump(conn, ledger=True, action="clear_demo", detail={"imports": len(ids)})
        return len(ids)

    def has_demo(self) -> bool:
        """True when a demo import is saved."""
        with self._reading() as conn:
            return conn.scalar(select(imports.c.id).where(imports.c.is_demo).limit(1)) is not None

    def is_empty(self) -> bool:
        """True when nothing has been imported yet."""
        with self._reading() as conn:
            return conn.scalar(select(imports.c.id).limit(1)) is None

    def problems(self) -> list[Problem]:
        """The problem rows of every saved import, oldest import first."""
        with self._reading() as conn:
            return [p for report in reports(conn) for p in problems_of(report)]

    def ignored(self) -> list[IgnoredSheet]:
        """The sheets left aside in every saved import, oldest import first."""
        with self._reading() as conn:
            return [s for report in reports(conn) for s in ignored_of(report)]


# The keys ``_report`` adds to ``file_report``.
REPORT_EXTRAS: Final = frozenset({"problems", "ignored", "default_term"})


def reports(conn: Connection) -> list[dict[str, Any]]:
    """The report of every saved import, oldest first."""
    texts = conn.scalars(select(imports.c.report_json).order_by(imports.c.id)).all()
    return [json.loads(text) for text in texts]


def problems_of(report: Mapping[str, Any]) -> list[Problem]:
    """The problem rows a saved report keeps."""
    return [
        Problem(
            p["code"],
            p["file"],
            p["sheet"],
            p["row"],
            p["column"],
            p["value"],
            _figure(p.get("book_says")),
            _figure(p.get("read")),
        )
        for p in report.get("problems", [])
    ]


def _figure(saved: int | str | None) -> Amount | None:
    """A check's figure as a report saved it: rupiah, or the exact text of one with sen."""
    return amount_from_text(saved) if isinstance(saved, str) else saved


def ignored_of(report: Mapping[str, Any]) -> list[IgnoredSheet]:
    """The ignored sheets a saved report keeps."""
    return [
        IgnoredSheet(
            s["file"], s["sheet"], s["reason_key"], tuple((str(k), str(v)) for k, v in s["params"])
        )
        for s in report.get("ignored", [])
    ]


def _report(result: LedgerFile, default_term: int | None) -> dict[str, Any]:
    report = file_report(result)
    report["default_term"] = default_term
    report["problems"] = [
        {
            "code": p.code,
            "file": p.file,
            "sheet": p.sheet,
            "row": p.row,
            "column": p.column,
            "value": p.value,
            "book_says": p.book_says,
            "read": p.read,
        }
        for p in result.problems
    ]
    report["ignored"] = [
        {"file": s.file, "sheet": s.sheet, "reason_key": s.reason_key, "params": list(s.params)}
        for s in result.ignored
    ]
    return report


_RECORD_COLUMNS: Final = (
    imports.c.id,
    imports.c.file_name,
    imports.c.digest,
    imports.c.format,
    imports.c.imported_at,
    imports.c.is_demo,
    imports.c.n_invoices,
    imports.c.n_payments,
    imports.c.n_problems,
    imports.c.default_term,
    imports.c.mapping_json,
    select(func.count())
    .select_from(payments)
    .where(payments.c.import_id == imports.c.id, payments.c.kind == "return")
    .scalar_subquery()
    .label("n_returns"),
)


def _record(row: Row[*tuple[Any, ...]]) -> ImportRecord:
    return ImportRecord(
        id=int(row.id),
        file_name=row.file_name,
        digest=row.digest,
        format=row.format,
        imported_at=datetime.fromisoformat(row.imported_at),
        is_demo=bool(row.is_demo),
        n_invoices=int(row.n_invoices),
        n_payments=int(row.n_payments),
        n_problems=int(row.n_problems),
        default_term=None if row.default_term is None else int(row.default_term),
        mapping=_mapping_of(row.mapping_json),
        n_returns=int(row.n_returns),
    )


def _record_where(conn: Connection, condition: Any) -> ImportRecord | None:
    row = conn.execute(select(*_RECORD_COLUMNS).where(condition)).first()
    return None if row is None else _record(row)


def _mapping_json(mapping: Mapping[str, str | None] | None) -> str | None:
    if not mapping:
        return None
    return json.dumps(dict(mapping), ensure_ascii=False, sort_keys=True)


def _mapping_of(text: str | None) -> dict[str, str | None] | None:
    return None if text is None else cast(dict[str, str | None], json.loads(text))


def _default_term(result: LedgerFile) -> int | None:
    """The default term the reader applied, from the invoices that needed it."""
    for inv in result.invoices:
        if inv.due_source == "default" and inv.invoice_date is not None:
            return (inv.due_date - inv.invoice_date).days
    return None


def _insert_import(
    conn: Connection,
    result: LedgerFile,
    data: bytes,
    now: datetime,
    is_demo: bool,
    mapping_json: str | None,
    default_term: int | None,
    digest: str,
) -> ImportRecord:
    values = {
        "file_name": result.name,
        "digest": digest,
        "format": result.format,
        "imported_at": now.isoformat(),
        "is_demo": is_demo,
        "n_invoices": len(result.invoices),
        "n_payments": len(result.payments),
        "n_problems": len(result.problems),
        "default_term": default_term,
        # a check's figures with sen kept exact, as text (``problems_of`` reads them back)
        "report_json": json.dumps(
            _report(result, default_term), ensure_ascii=False, default=json_value
        ),
        "data": data,
        "mapping_json": mapping_json,
    }
    inserted = conn.execute(insert(imports).values(values)).inserted_primary_key
    import_id = int(inserted[0]) if inserted else 0
    insert_records(conn, import_id, result)
    return ImportRecord(
        id=import_id,
        file_name=result.name,
        digest=digest,
        format=result.format,
        imported_at=now,
        is_demo=is_demo,
        n_invoices=len(result.invoices),
        n_payments=len(result.payments),
        n_problems=len(result.problems),
        default_term=default_term,
        mapping=_mapping_of(mapping_json),
        n_returns=sum(pay.kind == "return" for pay in result.payments),
    )


def _delete_import(conn: Connection, import_id: int) -> bool:
    """Delete an import and its rows; the explicit deletes do not rely on the cascade being on."""
    for table in RECORDS:
        conn.execute(delete(table).where(table.c.import_id == import_id))
    return bool(conn.execute(delete(imports).where(imports.c.id == import_id)).rowcount)
