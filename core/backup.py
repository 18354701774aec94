"""Backups the owner never has to think about, and everything recorded in one Excel workbook.

``write_backup`` puts ``Store.dump()`` in a file; ``daily_backup`` keeps one a day in the data
folder (the last N); ``everything_xlsx`` is the full export: ledger, payments, contacts,
promises, offers and agreements.
"""

from __future__ import annotations

import os
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from core.export import to_xlsx
from core.history import amount_of, promises
from core.i18n import Lang, t
from core.paths import PRIVATE_FILE, private_dir
from core.store import Store

DAILY_PREFIX = "tagih-"
_DAILY = re.compile(r"^tagih-(\d{4}-\d{2}-\d{2})\.zip$")
DEFAULT_KEEP = 7


def write_backup(store: Store, path: Path, *, now: datetime) -> Path:
    """Write a backup file atomically: a half-written backup never replaces a good one.

    The file is the owner's: readable by them only (0600), in a folder made owner-only.
    """
    private_dir(path.parent)
    partial = path.with_name(path.name + ".part")
    data = store.dump(now=now)
    handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    with os.fdopen(handle, "wb") as out:
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
            row: dict[str, Any] = {
                t("col.date", lang): event.at.replace(tzinfo=None),
                t("col.customer", lang): event.payload.get("customer") or event.customer_key,
            }
            for field, value in sorted(event.payload.items()):
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
