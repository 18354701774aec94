"""Reaching the customer: phone numbers normalised for WhatsApp, click-to-chat and mailto links.

Nothing here sends anything: a link opens the owner's own WhatsApp or mail program with the
message filled in, and the owner presses send.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Final
from urllib.parse import quote

from core.dates import format_date
from core.ledger import Invoice
from core.money import Amount, format_rupiah

_DIGITS = re.compile(r"\D+")


def normalise_phone(raw: str | None) -> str | None:
    """An Indonesian mobile number as WhatsApp wants it: country code 62, digits only.

    Accepts 08…, +62…, 62…, 0062…, and 8… (a number cell that lost its 0); spaces, dashes,
    dots and brackets are ignored. ``None`` when it is not a plausible number.

    >>> normalise_phone("0812-3456-7890"), normalise_phone("+62 813 1234 5678")
    ('6281234567890', '6281312345678')
    >>> normalise_phone("6285712345678"), normalise_phone("81234567890"), normalise_phone("12")
    ('6285712345678', '6281234567890', None)
    """
    if not raw:
        return None
    digits = _DIGITS.sub("", raw)
    if digits.startswith("0062"):
        digits = digits[2:]
    if digits.startswith("62"):
        national = digits[2:]
    elif digits.startswith("0"):
        national = digits[1:]
    else:
        national = digits
    national = national.lstrip("0")
    if not 8 <= len(national) <= 13 or not national.startswith(
        ("8", "2", "3", "4", "5", "6", "7", "9")
    ):
        return None
    return "62" + national


def whatsapp_url(phone: str | None, text: str) -> str | None:
    """A click-to-chat link with the message filled in; ``None`` without a usable number.

    >>> whatsapp_url("0812-3456-7890", "Halo Pak, tagihan Rp 1.250.000")
    'https://wa.me/6281234567890?text=Halo%20Pak%2C%20tagihan%20Rp%201.250.000'
    """
    number = normalise_phone(phone)
    if number is None:
        return None
    return f"https://wa.me/{number}?text={quote(text, safe='')}"


def mailto_url(email: str | None, subject: str, body: str) -> str:
    """A ``mailto:`` link with subject and body (an empty address lets the owner type one).

    >>> mailto_url("a@b.id", "Tagihan", "Halo Bu")
    'mailto:a@b.id?subject=Tagihan&body=Halo%20Bu'
    """
    address = quote((email or "").strip(), safe="@.+-_")
    return f"mailto:{address}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"


# The words to say: templates per playbook step, filled in for one customer.

DEFAULT_TEMPLATES: Final = Path(__file__).resolve().parent / "templates" / "messages.toml"
_PERSON_TITLES: Final = frozenset(
    {"pak", "bapak", "bu", "ibu", "mas", "mbak", "kak", "koh", "ci", "cik", "bang", "om", "tante"}
)
_BUSINESS_WORDS: Final = frozenset(
    {"toko", "cv", "ud", "pt", "warung", "bengkel", "kios", "apotek", "depot", "rm", "koperasi",
     "restoran", "cafe", "kafe", "salon", "pd", "fa", "firma", "agen", "grosir"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Message:
    """A ready message: the subject (for e-mail and letters) and the body."""

    subject: str
    body: str


Templates = dict[str, dict[str, dict[str, Any]]]


class TemplateError(ValueError):
    """The owner's template file cannot be used; the defaults are used instead."""


def load_templates(path: Path | None = None) -> Templates:
    """The templates from the owner's file, each missing step filled from the defaults.

    Raises ``TemplateError`` when the owner's file is not valid TOML, so the page can say so.
    """
    with DEFAULT_TEMPLATES.open("rb") as handle:
        templates: Templates = tomllib.load(handle)
    if path is None or not path.exists():
        return templates
    try:
        with path.open("rb") as handle:
            own = tomllib.load(handle)
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as exc:
        raise TemplateError(str(exc)) from exc
    for lang, steps in own.items():
        if isinstance(steps, dict):
            for step, entry in steps.items():
                if isinstance(entry, dict) and ("body" in entry or "bodies" in entry):
                    templates.setdefault(lang, {})[str(step)] = entry
    return templates


def salutation(name: str, lang: str = "id") -> str:
    """How to address the customer politely.

    >>> salutation("Pak Budi Santoso"), salutation("Toko Makmur"), salutation("Siti Aminah")
    ('Pak Budi Santoso', 'Bapak/Ibu di Toko Makmur', 'Bapak/Ibu Siti Aminah')
    >>> salutation("Siti Aminah", "en")
    'Sir/Madam Siti Aminah'
    """
    first = name.split()[0].casefold().rstrip(".") if name.split() else ""
    if first in _PERSON_TITLES:
        return name
    if first in _BUSINESS_WORDS:
        return f"Bapak/Ibu di {name}" if lang == "id" else f"Sir/Madam at {name}"
    return f"Bapak/Ibu {name}" if lang == "id" else f"Sir/Madam {name}"


def invoice_lines(invoices: Sequence[Invoice], lang: str = "id") -> str:
    """One line per open invoice: number, due date, what is left on it."""
    due = "jatuh tempo" if lang == "id" else "due"
    lines = []
    for inv in sorted(invoices, key=lambda i: (i.due_date, i.number)):
        number = inv.number or ("(tanpa nomor)" if lang == "id" else "(no number)")
        when = format_date(inv.due_date, lang=lang)
        lines.append(f"- {number}, {due} {when}: {format_rupiah(inv.outstanding)}")
    return "\n".join(lines)


_FEE_FIELDS: Final = ("{denda}", "{total_denda}")


def _without_fee(body: str) -> str:
    """The body without its sentences about a late fee: with no fee owed (none set, or none
    agreed) the message demands none, not "a fee of Rp 0".

    >>> _without_fee("Total {total}. Ada denda {denda}. Mohon dibayar.")
    'Total {total}. Mohon dibayar.'
    """
    if not any(field in body for field in _FEE_FIELDS):
        return body
    sentences = re.split(r"(?<=[.!?])[ ]+", body)
    return " ".join(s for s in sentences if not any(field in s for field in _FEE_FIELDS))


class _Blanks(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render_message(
    step: int,
    *,
    name: str,
    invoices: Sequence[Invoice],
    as_of: date,
    lang: str = "id",
    business: str = "",
    late_fee: Amount = 0,
    pay_by: date | None = None,
    variant: int = 0,
    templates: Templates | None = None,
) -> Message:
    """The message for a playbook step, filled in for one customer's open invoices.

    ``variant`` picks among several bodies (step 4's jokes) so they rotate.
    """
    chosen = templates if templates is not None else load_templates()
    entry = chosen.get(lang, chosen["id"]).get(str(step)) or chosen["id"][str(min(step, 9))]
    bodies = entry.get("bodies") or [entry.get("body", "")]
    body = str(bodies[variant % len(bodies)])
    if not late_fee:
        body = _without_fee(body)
    open_ = [inv for inv in invoices if inv.outstanding > 0]
    total: Amount = sum((inv.outstanding for inv in open_), 0)
    past: Amount = sum((inv.outstanding for inv in open_ if inv.due_date < as_of), 0)
    oldest = min((inv.due_date for inv in open_), default=as_of)
    values = _Blanks(
        sapaan=salutation(name, lang),
        nama=name,
        total=format_rupiah(total),
        lewat=format_rupiah(past),
        daftar=invoice_lines(open_, lang),
        jatuh_tempo=format_date(oldest, lang=lang),
        hari=str(max(0, (as_of - oldest).days)),
        denda=format_rupiah(late_fee),
        total_denda=format_rupiah(total + late_fee),
        bayar_sebelum=format_date(pay_by or as_of, lang=lang),
        usaha=business or ("Toko kami" if lang == "id" else "our shop"),
    )
    subject = str(entry.get("subject", "")).format_map(values)
    return Message(subject, body.format_map(values))
