"""Backups the owner never has to think about, and everything recorded in one Excel workbook.

``write_backup`` puts ``Store.dump()`` in a file; ``daily_backup`` keeps one a day in a folder
(the last N); ``daily_copies`` makes the day's copy in the data folder and in the second folder
the owner picked (a USB stick, a folder a cloud service syncs), for the dashboard and the
command line's ``import`` alike; ``everything_xlsx`` is the full export: ledger, payments,
contacts, promises, offers and agreements.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from core.events import amount_of, decode
from core.export import to_xlsx
from core.history import promises
from core.i18n import Lang, t
from core.paths import PRIVATE_FILE, private_dir
from core.store import Store

DAILY_PREFIX = "tagih-"
_DAILY = re.compile(r"^tagih-(\d{4}-\d{2}-\d{2})\.zip$")
DEFAULT_KEEP = 7
KEEP_SETTING = "backup_keep"
SECOND_FOLDER_SETTING = "backup_second_folder"  # "" or absent: no second folder


class BackupFolderError(ValueError):
    """A second backup folder that cannot serve; ``code`` names why (``backup.folder.<code>``)."""

    def __init__(self, code: str, folder: str) -> None:
        super().__init__(f"{code}: {folder}")
        self.code, self.folder = code, folder

    def message(self, lang: Lang = "id") -> str:
        return t(f"backup.folder.{self.code}", lang, folder=self.folder)


def write_backup(store: Store, path: Path, *, now: datetime) -> Path:
    """Write a backup file atomically: a half-written backup never replaces a good one.

    The file is the owner's: readable by them only (0600), in a folder made owner-only.
    """
    private_dir(path.parent)
    partial = path.with_name(path.name + ".part")
    data = store.dump(now=now)
    handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    with os.fdopen(handle, "wb") as out:
        if hasattr(os, "fchmod"):  # not on Windows before Python 3.13 (no such modes there)
            os.fchmod(out.fileno(), PRIVATE_FILE)  # a leftover partial file kept its old mode
        out.write(data)
    partial.replace(path)
    return path


def daily_backup(
    store: Store, folder: Path, *, now: datetime, keep: int = DEFAULT_KEEP
) -> Path | None:
    """Today's automatic backup, once a day, keeping the last ``keep``; ``None`` if done already."""
    today = folder / f"{DAILY_PREFIX}{now.date().isoformat()}.zip"
    made = None
    if not today.exists():
        made = write_backup(store, today, now=now)
    kept = sorted(
        (p for p in folder.glob(f"{DAILY_PREFIX}*.zip") if _DAILY.match(p.name)), reverse=True
    )
    for old in kept[max(keep, 1) :]:
        old.unlink(missing_ok=True)
    return made


def check_second_folder(text: str, data_folder: Path) -> Path:
    """The folder the owner typed, if a second copy can be kept there: an absolute path to a
    folder that exists (it is never made: a USB stick not plugged in must not become a folder
    on this disk), that Tagih can write to, and that is not inside the data folder (a copy on
    the same disk saves nothing when the disk dies)."""
    folder = Path(text.strip()).expanduser()
    if not text.strip() or not folder.is_absolute():
        raise BackupFolderError("not_absolute", text.strip())
    if not folder.is_dir():
        raise BackupFolderError("missing", str(folder))
    inside = folder.resolve()
    if inside == data_folder.resolve() or data_folder.resolve() in inside.parents:
        raise BackupFolderError("inside_data", str(folder))
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise BackupFolderError("not_writable", str(folder)) from exc
    return folder


def second_folder(store: Store) -> Path | None:
    """The second backup folder the owner picked, or ``None``."""
    text = str(store.get_setting(SECOND_FOLDER_SETTING, "") or "").strip()
    return Path(text) if text else None


@dataclass(slots=True)
class DailyCopies:
    """What ``daily_copies`` did: the copies made today, the folders it could not reach."""

    made: list[Path] = dataclasses.field(default_factory=list)
    failed: list[tuple[Path, str]] = dataclasses.field(default_factory=list)


def daily_copies(store: Store, folder: Path, *, now: datetime) -> DailyCopies:
    """Today's automatic copy in ``folder`` (the data folder's backups) and in the second
    folder, each once a day and keeping the owner's number of copies. A folder that cannot be
    written (the stick is out, the disk full) is reported, and the other copy is still made;
    the second folder is never created."""
    keep = int(store.get_setting(KEEP_SETTING, DEFAULT_KEEP) or DEFAULT_KEEP)
    done = DailyCopies()
    second = second_folder(store)
    for where in (folder, second):
        if where is None:
            continue
        try:
            if where is second and not where.is_dir():
                raise FileNotFoundError(f"{where} is not there")
            made = daily_backup(store, where, now=now, keep=keep)
        except OSError as exc:
            done.failed.append((where, exc.strerror or str(exc)))
        else:
            done.made += [made] if made else []
    return done


def daily_backups(folder: Path) -> list[tuple[date, Path]]:
    """The automatic backups there are, newest first."""
    found = []
    for path in folder.glob(f"{DAILY_PREFIX}*.zip"):
        match = _DAILY.match(path.name)
        if match:
            found.append((date.fromisoformat(match.group(1)), path))
    return sorted(found, reverse=True)


def everything_xlsx(store: Store, as_of: date, lang: Lang = "id") -> bytes:
    """The full export: every invoice, payment, contact, promise, offer and agreement."""
    ledger = store.ledger()
    events = store.events()
    judged = {p.event_id: p for p in promises(events, ledger, as_of)}
    invoices = [
        {
            t("col.invoice", lang): inv.number,
            t("col.customer", lang): ledger.name_of(inv.customer_key),
            t("col.invoice_date", lang): inv.invoice_date,
            t("col.due_date", lang): inv.due_date,
            t("col.amount", lang): inv.amount,
            t("col.paid", lang): inv.paid,
            t("col.outstanding", lang): inv.outstanding,
            t("col.file", lang): inv.source.file,
            t("col.sheet", lang): inv.source.sheet,
            t("col.row", lang): inv.source.row,
        }
        for inv in ledger.invoices
    ]
    payments = [
        {
            t("col.payment_date", lang): pay.paid_on,
            t("col.invoice", lang): pay.invoice_number,
            t("col.customer", lang): ledger.name_of(key)
            if (key := ledger.customer_of(pay))
            else "",
            t("col.amount", lang): pay.amount,
            t("col.file", lang): pay.source.file,
            t("col.row", lang): pay.source.row,
        }
        for pay in ledger.payments
    ]
    sheets: dict[str, list[dict[str, Any]]] = {
        t("ui.invoices_sheet", lang): invoices,
        t("ui.payments", lang): payments,
    }
    for kind in ("contact", "letter", "offer", "agreement", "payment"):
        rows = []
        for event in (e for e in events if e.kind == kind):
            # Each record's fields as its type writes them (an older payload read with the
            # defaults of fields added since); one that cannot be read, as it was kept.
            record = decode(event)
            fields = record.encode() if record is not None else event.payload
            row: dict[str, Any] = {
                t("col.date", lang): event.at.replace(tzinfo=None),
                t("col.customer", lang): fields.get("customer") or event.customer_key,
            }
            for field, value in sorted(fields.items()):
                if field != "customer" and not isinstance(value, (list, dict)):
                    row[field] = amount_of(value) if field.endswith(("amount", "total")) else value
            if event.id in judged:
                row[t("timeline.kind.promise", lang)] = t(
                    f"promise.{judged[event.id].status}", lang
                )
            rows.append(row)
        sheets[t(f"backup.sheet.{kind}", lang)] = rows
    money = [t(k, lang) for k in ("col.amount", "col.paid", "col.outstanding")]
    return to_xlsx(sheets, money_columns=money)
