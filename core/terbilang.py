"""An amount in words (terbilang), as an Indonesian agreement writes it next to the figure.

"Rp 10.000.000 (sepuluh juta rupiah)": a payment agreement or an acknowledgement of debt names
the amount in figures and in words, so neither can be altered alone. Indonesian counts in
groups of three digits (ribu, juta, miliar, triliun) with the short forms "se-" for one of a
unit (seratus, seribu, sepuluh, sebelas) except "satu juta" and above. English words are
written for an English document.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from core.i18n import Lang

__all__ = ["amount_in_words", "number_in_words"]

_ONES_ID: Final = (
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    "sepuluh", "sebelas",
)  # fmt: skip
_GROUPS_ID: Final = ("", "ribu", "juta", "miliar", "triliun", "kuadriliun")

_ONES_EN: Final = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
_TENS_EN: Final = (
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
)  # fmt: skip
_GROUPS_EN: Final = ("", "thousand", "million", "billion", "trillion", "quadrillion")


def _below_thousand_id(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words += [_ONES_ID[hundreds], "ratus"]
    if rest < 12:
        if rest:
            words.append(_ONES_ID[rest])
    elif rest < 20:
        words += [_ONES_ID[rest - 10], "belas"]
    else:
        tens, ones = divmod(rest, 10)
        words += [_ONES_ID[tens], "puluh"]
        if ones:
            words.append(_ONES_ID[ones])
    return words


def _below_thousand_en(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [_ONES_EN[hundreds], "hundred"]
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        words.append(_TENS_EN[tens] + (f"-{_ONES_EN[ones]}" if ones else ""))
    elif rest:
        words.append(_ONES_EN[rest])
    return words


def number_in_words(number: int, lang: Lang = "id") -> str:
    """A whole number from 0 below 10^18 in words.

    >>> number_in_words(11), number_in_words(1_000), number_in_words(1_250_000)
    ('sebelas', 'seribu', 'satu juta dua ratus lima puluh ribu')
    >>> number_in_words(2_000_000_001)
    'dua miliar satu'
    >>> number_in_words(1_250_000, "en")
    'one million two hundred fifty thousand'
    """
    if isinstance(number, bool) or not isinstance(number, int):
        raise TypeError("a whole number is needed")
    if number < 0:
        raise ValueError("a negative amount has no words here")
    groups_names = _GROUPS_ID if lang == "id" else _GROUPS_EN
    if number >= 1000 ** len(groups_names):
        raise ValueError("too large to write in words")
    if number == 0:
        return _ONES_ID[0] if lang == "id" else _ONES_EN[0]
    groups: list[int] = []
    while number:
        number, group = divmod(number, 1000)
        groups.append(group)
    words: list[str] = []
    for power in range(len(groups) - 1, -1, -1):
        group = groups[power]
        if not group:
            continue
        if lang == "id" and power == 1 and group == 1:
            words.append("seribu")  # one thousand is "seribu"; "satu juta" keeps its "satu"
            continue
        words += _below_thousand_id(group) if lang == "id" else _below_thousand_en(group)
        if power:
            words.append(groups_names[power])
    return " ".join(words)


def amount_in_words(amount: int | Decimal, lang: Lang = "id") -> str:
    """A rupiah amount in words, sen included when there are any.

    >>> amount_in_words(10_000_000)
    'sepuluh juta rupiah'
    >>> amount_in_words(Decimal("1500.50"))
    'seribu lima ratus rupiah lima puluh sen'
    >>> amount_in_words(10_000_000, "en")
    'ten million rupiah'
    """
    exact = Decimal(amount).quantize(Decimal("0.01"), ROUND_HALF_UP)
    if exact < 0:
        raise ValueError("a negative amount has no words here")
    whole = int(exact)
    sen = int((exact - whole) * 100)
    text = f"{number_in_words(whole, lang)} rupiah"
    if sen:
        text += f" {number_in_words(sen, lang)} sen"
    return text
