"""Phone numbers as the book writes them, read by Google's libphonenumber (``phonenumbers``).

One rule for every page and the command line: a phone cell gives the numbers it holds, each
with the links it can have.

- A number without a country code is Indonesian, in any spelling (``0812-3456-7890``,
  ``(0812) 3456 7890``, ``+62 (0) 812…``, ``62-0812…``, ``0062 812…``, or ``81234567890`` from a
  number cell that lost its 0); one with a ``+`` or ``00`` prefix keeps its own country
  (``+65 9123 4567`` is Singapore's ``6591234567``).
- A mobile number gets WhatsApp (``https://wa.me/<country code and number>``) and a call link;
  a landline or a toll-free number (``021-5551234``) gets only the call link (``tel:+62…``).
- A cell with several numbers (``0812-1111-2222 / 0813 3333 4444``, or only spaces between
  them) offers each.
- What is not a valid number is shown as written, with no link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final
from urllib.parse import quote

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

REGION: Final = "ID"  # a number written without a country code is Indonesian
# "00" then a country code: how Indonesians write a foreign number, which the library's
# Indonesian metadata (international prefixes 001, 007, 008…) does not read as one. Replaced by
# " +", the same length, so what was written is cut from the cell as it stands; only where a
# number can start (see _international).
_DOUBLE_ZERO: Final = re.compile(r"(?<![\d+])00(?=\s*[1-9])")
# What writes a number's groups apart ("0812-1111-0013", "(0812) 1111 0013", "0812.1111.0013").
_GROUP_MARKS: Final = " \t-.()"
# Between two numbers of one cell: a slash, comma, semicolon, bar, ampersand, line break, "atau".
_BETWEEN: Final = re.compile(r"[/,;|&\n]|\b(?:atau|dan|or|and)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Phone:
    """One number of a phone cell: as written, and as the links want it."""

    written: str
    digits: str | None = None  # country code and number, digits only; None: not a number
    mobile: bool = False  # reachable on WhatsApp (a mobile number)

    @property
    def tel_url(self) -> str | None:
        """A call link (``tel:+…``); ``None`` for what is not a number.

        >>> phones("021-5551234")[0].tel_url
        'tel:+62215551234'
        """
        return f"tel:+{self.digits}" if self.digits else None

    def whatsapp_url(self, text: str = "") -> str | None:
        """A click-to-chat link with ``text`` filled in; ``None`` for a landline or no number.

        >>> phones("0812-3456-7890")[0].whatsapp_url("Halo Pak")
        'https://wa.me/6281234567890?text=Halo%20Pak'
        """
        if not (self.digits and self.mobile):
            return None
        return f"https://wa.me/{self.digits}" + (f"?text={quote(text, safe='')}" if text else "")

    def as_dict(self, text: str = "") -> dict[str, str | None]:
        """The number as written and its links, for JSON (``actions --json``).

        >>> phones("021-5551234")[0].as_dict("Halo")
        {'number': '021-5551234', 'whatsapp_url': None, 'tel_url': 'tel:+62215551234'}
        """
        return {"number": self.written, "whatsapp_url": self.whatsapp_url(text),
                "tel_url": self.tel_url}  # fmt: skip


def phones(raw: str | None) -> tuple[Phone, ...]:
    """The numbers a phone cell holds, in order; a part that holds no valid number is kept as
    written, unlinked (one entry for the whole cell when none of it is a number).

    >>> [(p.digits, p.mobile) for p in phones("0812-1111-2222 / 021 555 1234")]
    [('6281211112222', True), ('62215551234', False)]
    >>> phones("belum ada")
    (Phone(written='belum ada', digits=None, mobile=False),)
    >>> phones("  ")
    ()
    """
    text = (raw or "").strip()
    if not text:
        return ()
    found = [phone for part in _BETWEEN.split(text) for phone in _part(part.strip())]
    return tuple(found) or (Phone(text),)


def _part(text: str) -> list[Phone]:
    """The numbers of one part of a cell: those the library finds in it; two numbers written
    with only a space between are told apart when each half is a valid number."""
    import phonenumbers  # loaded by the commands that show phones, not by `summary FILE`

    found: list[Phone] = []
    spelled = _international(text)
    for match in phonenumbers.PhoneNumberMatcher(
        spelled, REGION, leniency=phonenumbers.Leniency.POSSIBLE
    ):
        glued_zeros = match.start > 0 and text[match.start - 1 : match.start + 1] == "00"
        start = match.start - 1 if glued_zeros else match.start
        written = text[start : match.end].strip()
        if spelled[start - 1 : start].isalnum() or spelled[match.end :][:1].isalnum():
            return [Phone(text)]  # digits run into letters ("0812-3456-789O"): not a number
        phone = _valid(match.number, written)
        found += [phone] if phone else _halves(written) or [Phone(written)]
    if not found and any(ch.isdigit() for ch in text):
        found = _halves(text) or [Phone(text)]  # digits that make no number: shown, not linked
    return found


def _international(text: str) -> str:
    """``text`` with each ``00`` that starts a foreign number written as ``+``.

    A ``00`` starts one only where a number can start: not after a number's digits and the
    marks between its groups, where it is a group of the same number (``0812-1111-0013``, one
    number in a hundred). Two numbers with only a space between (``0812 1111 2222 0065 9123
    4567``) are told apart word by word (``_halves``), each word run read from its start.

    >>> _international("0065 9123 4567"), _international("0812-1111-0013")
    (' +65 9123 4567', '0812-1111-0013')
    """

    def spelled(match: re.Match[str]) -> str:
        before = text[: match.start()].rstrip(_GROUP_MARKS)
        return match.group() if before[-1:].isdigit() else " +"

    return _DOUBLE_ZERO.sub(spelled, text)


def _valid(number: PhoneNumber, written: str) -> Phone | None:
    """The number with its links, or ``None`` when it is no valid number of its country."""
    import phonenumbers

    if not phonenumbers.is_valid_number(number):
        return None
    kind = phonenumbers.number_type(number)
    mobile = kind in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return Phone(written, e164.removeprefix("+"), mobile)


def _halves(written: str) -> list[Phone]:
    """``0812 3456 7890 0813 1111 2222 0814 5555 6666``: numbers written with only spaces
    between, told apart as the first split of the words into two or more valid numbers, each
    its words in order; none when there is no such split."""
    words = tuple(written.split())
    found = _numbers(words, {})
    return found if found is not None and len(found) > 1 else []


def _numbers(
    words: tuple[str, ...], known: dict[tuple[str, ...], list[Phone] | None]
) -> list[Phone] | None:
    """``words`` as a run of valid numbers (the shortest first number that lets the rest be
    numbers too), or ``None``; ``known`` keeps what each tail gave."""
    if words in known:
        return known[words]
    found: list[Phone] | None = None
    for cut in range(1, len(words) + 1):
        first = _number(" ".join(words[:cut]))
        if first is None:
            continue
        rest = [] if cut == len(words) else _numbers(words[cut:], known)
        if rest is not None:
            found = [first, *rest]
            break
    known[words] = found
    return found


def _number(written: str) -> Phone | None:
    """What a few words give when read as one number: the number with its links, or ``None``."""
    import phonenumbers

    try:
        number = phonenumbers.parse(_international(written), REGION)
    except phonenumbers.NumberParseException:
        return None
    return _valid(number, written)


def whatsapp_number(raw: str | None) -> str | None:
    """The cell's first WhatsApp number, country code first, digits only.

    >>> whatsapp_number("021-5551234 / 0812 3456 7890"), whatsapp_number("+65 9123 4567")
    ('6281234567890', '6591234567')
    """
    return next((p.digits for p in phones(raw) if p.mobile), None)


def whatsapp_url(raw: str | None, text: str) -> str | None:
    """A click-to-chat link to the cell's first WhatsApp number; ``None`` without one.

    >>> whatsapp_url("0812-3456-7890", "Halo Pak, tagihan Rp 1.250.000")
    'https://wa.me/6281234567890?text=Halo%20Pak%2C%20tagihan%20Rp%201.250.000'
    >>> whatsapp_url("021-5551234", "Halo") is None
    True
    """
    return next((url for p in phones(raw) if (url := p.whatsapp_url(text))), None)
