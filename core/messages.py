"""Reaching the customer: phone numbers normalised for WhatsApp, click-to-chat and mailto links.

Nothing here sends anything: a link opens the owner's own WhatsApp or mail program with the
message filled in, and the owner presses send.
"""

from __future__ import annotations

import re
from urllib.parse import quote

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
