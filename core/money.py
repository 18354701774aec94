"""Rupiah amounts: parse what owners type into cells, and write them back the Indonesian way.

Amounts are exact: an ``int`` of rupiah when whole (nearly always), a ``Decimal`` when the
ledger carries sen ("1.250.000,50"). Floats never leave this module.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Final

Amount = int | Decimal

_MULTIPLIERS: Final[dict[str, int]] = {
    "rb": 1_000,
    "ribu": 1_000,
    "k": 1_000,
    "jt": 1_000_000,
    "juta": 1_000_000,
    "m": 1_000_000_000,
    "miliar": 1_000_000_000,
    "milyar": 1_000_000_000,
}
_CURRENCY = re.compile(r"^(?:rp\.?|idr)\s*", re.IGNORECASE)
_NUMBER_WITH_SUFFIX = re.compile(r"^([0-9][0-9.,\s]*?)\s*([a-z]+)?\.?$")
# A receipt's filler after the figure, so that nothing can be written after it: "1.250.000,-",
# "1.250.000.-", "3.000.000,--", and "2.000.000,=" or "2.000.000=" as a kwitansi ends it.
_DASH_TAIL = re.compile(r"(?:[,.]\s*-+|,?\s*=+)$")


# The largest amount a book or a form may hold: a thousand trillion rupiah (Rp
# 1.000.000.000.000.000), a third of the state's yearly budget and more than any shop's
# receivables; past it Excel's fifteen digits no longer hold a figure exactly either. A cell
# of 1E+308 (a pasted scientific value) is a slip, not a debt, and read it would make figures
# no page can show.
LARGEST_AMOUNT: Final = 10**15


class AmountError(ValueError):
    """A cell that should hold an amount but does not."""


class AmountTooLarge(AmountError):
    """An amount beyond ``LARGEST_AMOUNT`` (either sign): no book holds it."""


def normalise(value: Decimal) -> Amount:
    """Return an ``int`` when the value is whole, else the ``Decimal`` itself.

    >>> normalise(Decimal("1250000.00"))
    1250000
    >>> normalise(Decimal("0.50"))
    Decimal('0.50')
    """
    if value == value.to_integral_value():
        return int(value)
    return value


def from_float(value: float, unit: int = 1) -> Amount:
    """An amount from a spreadsheet number, which Excel stores as a binary float.

    The shortest decimal that round-trips (``repr``) is what the owner typed, so
    ``1250000.5`` stays exactly ``1250000.5`` and ``0.1 + 0.2`` style drift never enters.
    In a table kept in thousands or millions (``unit`` rupiah a figure) the figure is scaled
    exactly, at Excel's fifteen digits (a Sisa worked out by a formula, 3.2 - 1.25, is stored
    1.9500000000000002): 12.125 million is 12.125.000, and a figure that is no whole rupiah
    then is no amount, never rounded to one.

    >>> from_float(12.125, 1_000_000), from_float(1250.125, 1000), from_float(3.2 - 1.25, 10**6)
    (12125000, 1250125, 1950000)
    """
    if not math.isfinite(value):
        raise AmountError("not a finite number")
    if value.is_integer():
        return int(value) * unit
    if unit == 1:
        return normalise(Decimal(repr(value)).quantize(Decimal("0.01")))
    return _whole(Decimal(format(value, ".15g")) * unit, repr(value))


def _whole(rupiah: Decimal, raw: str) -> int:
    """A figure of a table kept in thousands or millions, scaled: whole rupiah, or no amount."""
    if rupiah != rupiah.to_integral_value():
        raise AmountError(f"'{raw}' is not a whole rupiah in the table's unit")
    return int(rupiah)


# What Excel shows in a cell whose formula fails ("#N/A" of a lookup that found nothing,
# "#REF!" of one that lost its cells): no figure, whatever the column.
EXCEL_ERRORS: Final = frozenset({
    "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
    "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
})  # fmt: skip


def parse_amount(
    value: object, unit: int = 1, marks: Mapping[str, bool | None] | None = None
) -> Amount | None:
    """Parse an amount cell; ``None`` for an empty cell, ``AmountError`` for text that is no amount.

    ``unit``: the rupiah one figure of the cell's table is (a thousand, a million: the result
    is in rupiah, whole). ``marks``: what the table's figures show a comma and a dot to be
    where one stands before three digits (``separators``).

    >>> parse_amount("Rp 1.250.000")
    1250000
    >>> parse_amount("Rp1.250.000,-")
    1250000
    >>> parse_amount("1,250,000")
    1250000
    >>> parse_amount("1.250.000,50")
    Decimal('1250000.50')
    >>> parse_amount("Rp 1,25 jt")
    1250000
    >>> parse_amount("(50.000)"), parse_amount("Rp (50.000)"), parse_amount("(Rp 50.000)")
    (-50000, -50000, -50000)
    >>> parse_amount("2.800.000 Dr"), parse_amount("150.000 Cr"), parse_amount("2.500.000 D")
    (2800000, -150000, 2500000)
    >>> parse_amount("3.000.000-"), parse_amount("Rp 3.000.000,-")
    (-3000000, 3000000)
    >>> parse_amount("12,125", 1_000_000), parse_amount("12,125"), parse_amount("Rp 2.000.000,=")
    (12125000, 12125, 2000000)
    >>> parse_amount("1.250", 1000), parse_amount("1.250", 1000, {".": True})
    (1250000, 1250)
    >>> parse_amount(1e15)
    1000000000000000
    >>> parse_amount(1e308)
    Traceback (most recent call last):
    core.money.AmountTooLarge: 1e+308 is more than Rp 1.000.000.000.000.000
    """
    amount = _parse(value, unit, marks)
    if amount is not None and not -LARGEST_AMOUNT <= amount <= LARGEST_AMOUNT:
        raise AmountTooLarge(f"{value!r} is more than {format_rupiah(LARGEST_AMOUNT)}")
    return amount


def too_large(value: object, unit: int = 1) -> bool:
    """Whether ``value`` reads as an amount beyond ``LARGEST_AMOUNT``.

    >>> too_large(1e308), too_large("Rp 1.000.001 miliar"), too_large(10**15), too_large("nan")
    (True, True, False, False)
    """
    try:
        parse_amount(value, unit)
    except AmountTooLarge:
        return True
    except AmountError:
        return False
    return False


def _parse(value: object, unit: int, marks: Mapping[str, bool | None] | None) -> Amount | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise AmountError("a yes/no value is not an amount")
    if isinstance(value, int):
        return value * unit
    if isinstance(value, float):
        return from_float(value, unit)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise AmountError("not a finite number")
        return normalise(value) if unit == 1 else _whole(value * unit, str(value))
    if not isinstance(value, str):
        raise AmountError("not an amount")
    return _parse_text(value, unit, marks or {})


# An empty amount written as dashes: "-", "--", an en or em dash, "Rp -" (zero, as Excel's
# accounting format shows it). The reader reads a number, date or terms cell of dashes alike.
DASHES: Final = frozenset("-\u2013\u2014 ")


# A figure's side written after it, a space or none between: "2.800.000 Dr" / "150.000 Cr" as
# an accounting program prints a balance, "2.500.000 D" / "1.250.000Db." / "300.000 Kr" as an
# Indonesian card writes it. A "K" alone is thousands to ``parse_amount`` ("300K"); in a Saldo
# column whose figures carry their D it is kredit ("300.000 K": ``ingest._with_saldo_sides``).
# Each mark, and whether it says a credit.
SIDE_MARKS: Final = {"d": False, "db": False, "dr": False, "k": True, "kr": True, "cr": True}
CREDIT_MARKS: Final = frozenset(mark for mark, credit in SIDE_MARKS.items() if credit)
_SIDE: Final = re.compile(
    rf"(?:(?<=[0-9)])|\s)\s*({'|'.join(sorted(SIDE_MARKS, key=len, reverse=True))})\.?$",
    re.IGNORECASE,
)


def side_mark(text: str) -> tuple[str, str]:
    """A figure's text without the side written after it, and that side's mark in lower case
    ("" for none): "d", "db", "dr" a debit, "k", "kr", "cr" (``CREDIT_MARKS``) a credit.

    >>> side_mark("300.000 K"), side_mark("2.500.000Db."), side_mark("Rp 1.000")
    (('300.000', 'k'), ('2.500.000', 'db'), ('Rp 1.000', ''))
    """
    mark = _SIDE.search(text)
    if mark is None:
        return text, ""
    return text[: mark.start()].strip(), mark.group(1).lower()


# A credit with its minus after the figure, as SAP and DOS-era programs print it ("3.000.000-"):
# the minus right after a digit, never a filler's ",-" or ".-".
_TRAILING_MINUS: Final = re.compile(r"(?<=[0-9])-$")


# The most characters a figure is written in: 10^15, the largest amount, is 16 digits, 21 with
# its dots; a figure of more digits is no book's.
_LONGEST_FIGURE: Final = 64


def _parse_text(raw: str, unit: int = 1, marks: Mapping[str, bool | None] = {}) -> Amount | None:
    text = raw.strip().replace("\u00a0", " ")
    if not text or set(text) <= DASHES:
        return None
    negative = False
    # A balance marked debit or credit ("2.800.000 Dr", "2.500.000 D"): a credit is the
    # other way round.
    figure, mark = side_mark(text)
    if mark and mark != "k":
        negative, text = mark in CREDIT_MARKS, figure
    if _TRAILING_MINUS.search(text):
        negative, text = True, text[:-1]
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1].strip()
    if text.startswith("-"):
        negative, text = True, text[1:].strip()
    text = _CURRENCY.sub("", text).strip()
    if text and set(text) <= DASHES:  # "Rp -": zero, as the accounting format shows it
        return None
    if text.startswith("(") and text.endswith(")"):  # "Rp (100.000)": the brackets after Rp
        negative, text = True, text[1:-1].strip()
    if text.startswith("-"):
        negative, text = True, text[1:].strip()
    text = _DASH_TAIL.sub("", text).strip()
    match = _NUMBER_WITH_SUFFIX.match(text.lower())
    if not match:
        raise AmountError(f"'{raw}' is not an amount")
    digits, suffix = match.group(1).replace(" ", ""), match.group(2)
    if len(digits) > _LONGEST_FIGURE:  # its Decimal and int would cost the square of its length
        raise AmountError(f"'{raw[:40]}…' is not an amount")
    if suffix:  # "1,5 jt" says its own unit, whatever the table's
        if suffix not in _MULTIPLIERS:
            raise AmountError(f"'{raw}' is not an amount")
        multiplier = _MULTIPLIERS[suffix]
        number = _digits_to_decimal(digits, multiplier)
    else:
        multiplier = unit
        number = _digits_to_decimal(digits, unit, marks)
    if number is None:
        raise AmountError(f"'{raw}' is not an amount")
    result = number * multiplier
    if suffix:
        amount = normalise(result.quantize(Decimal("0.01")))
    else:
        amount = normalise(result) if unit == 1 else _whole(result, raw)
    return -amount if negative else amount


def _digits_to_decimal(
    digits: str, multiplier: int = 1, marks: Mapping[str, bool | None] = {}
) -> Decimal | None:
    """Read "1.250.000", "1,250,000", "1.250.000,50", "1,25" with Indonesian habits first.

    Both separators present: the last one is the decimal mark. One kind repeated: thousands.
    A single separator followed by exactly three digits groups thousands ("1.250" is 1250),
    and so it does before a thousand ("1.250rb" is 1,250 thousand: three places of a thousand
    are whole rupiah, which nobody writes in thousands). Before a million or more it is the
    decimal mark ("1,250 jt", "1.5 jt"), and so in a table kept in millions ("Nilai (jt)":
    "12,125" is 12.125.000). Where the table's other figures show what that separator is
    (``marks``: "1,5" and "4,35" beside "12,125" write the comma as the decimal mark, "3.400,5"
    beside "1.250" groups thousands by the dot) it is that; where they show it both ways
    (``None``) the figure is none.

    >>> _digits_to_decimal("1.250"), _digits_to_decimal("1.250", 1_000)
    (Decimal('1250'), Decimal('1250'))
    >>> _digits_to_decimal("1,250", 1_000_000), _digits_to_decimal("0.250", 1_000)
    (Decimal('1.250'), Decimal('0.250'))
    >>> _digits_to_decimal("12,125", 1000, {",": True}), _digits_to_decimal("2,6", 1, {",": None})
    (Decimal('12.125'), Decimal('2.6'))
    >>> _digits_to_decimal("2,675", 1000, {",": None}) is None
    True
    """
    if not digits or not digits[0].isdigit():
        return None
    dots, commas = digits.count("."), digits.count(",")
    if dots and commas:
        decimal_mark = "," if digits.rfind(",") > digits.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        if digits.count(decimal_mark) > 1:
            return None
        integer, _, fraction = digits.partition(decimal_mark)
        if not _grouped(integer, thousands):
            return None
        return _to_decimal(integer.replace(thousands, ""), fraction)
    separator = "." if dots else "," if commas else ""
    if not separator:
        return _to_decimal(digits, "")
    count = dots or commas
    if count > 1:
        return (
            _to_decimal(digits.replace(separator, ""), "") if _grouped(digits, separator) else None
        )
    integer, _, fraction = digits.partition(separator)
    if len(fraction) == 3 and integer != "0":
        shown = marks.get(separator, multiplier >= 1_000_000)
        if shown is None:
            return None
        if not shown:
            return _to_decimal(integer + fraction, "")
    return _to_decimal(integer, fraction)


_FIGURE_DIGITS: Final = re.compile(r"[0-9][0-9.,]*[0-9]")


def separators(texts: Iterable[str]) -> dict[str, bool | None]:
    """What a table's figures written as text show a comma and a dot to be: ``True`` its
    decimal mark, ``False`` grouping thousands, ``None`` both (a figure with it before three
    digits reads two ways); a mark they show nothing of is left out. A mark before one, two
    or four digits ("1,5", "4,35"), after four ("1250,125") or a lone 0 ("0,875"), or last
    after the other ("3.400,5"), is the decimal mark; one repeated ("1.250.000") or before the
    other groups thousands. What one is shows the other: beside "1,5" the dot groups.

    >>> separators(["12,125", "1,5", "Rp 4,35"]), separators(["1.250", "3.400,5"])
    ({',': True, '.': False}, {',': True, '.': False})
    >>> separators(["2,675", "1.250.000", "1,5"]), separators(["12,125", "4"])
    ({',': True, '.': False}, {})
    >>> separators(["1.250.000", "1.5"])
    {'.': None}
    """
    decimal: set[str] = set()
    grouping: set[str] = set()
    for text in texts:
        found = _FIGURE_DIGITS.search(text)
        if found is None:
            continue
        digits = found.group()
        dots, commas = digits.count("."), digits.count(",")
        if dots and commas:
            last = "," if digits.rfind(",") > digits.rfind(".") else "."
            decimal.add(last)
            grouping.add("." if last == "," else ",")
        elif dots > 1 or commas > 1:
            grouping.add("." if dots else ",")
        elif dots or commas:
            mark = "." if dots else ","
            integer, _, fraction = digits.partition(mark)
            if len(fraction) != 3 or integer == "0" or len(integer) > 3:
                decimal.add(mark)
    marks: dict[str, bool | None] = {}
    for mark, other in ((",", "."), (".", ",")):
        if mark in decimal or mark in grouping:
            marks[mark] = None if mark in decimal and mark in grouping else mark in decimal
        elif (other in decimal) != (other in grouping):
            marks[mark] = other in grouping
    return marks


def _grouped(integer: str, separator: str) -> bool:
    """True when thousands groups are well formed: "1.250.000" yes, "12.50.0" no."""
    parts = integer.split(separator)
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])


def _to_decimal(integer: str, fraction: str) -> Decimal | None:
    if not integer.isdigit() or (fraction and not fraction.isdigit()):
        return None
    try:
        return Decimal(f"{integer}.{fraction}" if fraction else integer)
    except InvalidOperation:
        return None


def format_rupiah(amount: Amount, *, prefix: str = "Rp ") -> str:
    """Write an amount as the owner reads it: '.' groups thousands, ',' marks sen.

    >>> format_rupiah(1250000)
    'Rp 1.250.000'
    >>> format_rupiah(Decimal("1250000.5"))
    'Rp 1.250.000,50'
    >>> format_rupiah(-50000)
    '-Rp 50.000'
    """
    sign = "-" if amount < 0 else ""
    value = -amount if amount < 0 else amount
    if isinstance(value, Decimal) and value != value.to_integral_value():
        whole, frac = f"{value.quantize(Decimal('0.01')):f}".split(".")
        return f"{sign}{prefix}{int(whole):,}".replace(",", ".") + f",{frac}"
    return f"{sign}{prefix}{int(value):,}".replace(",", ".")


# From a billion rupiah on, a figure is written short where space is tight (a metric card):
# "Rp 38.856.208.000" does not fit one, "Rp 38,86 miliar" does.
_SCALES: Final[tuple[tuple[int, str, str], ...]] = (
    (10**12, "triliun", "trillion"),
    (10**9, "miliar", "billion"),
)


def format_rupiah_short(amount: Amount, lang: str = "id") -> str:
    """An amount of a billion rupiah or more in its scale, two decimals rounded half up;
    smaller amounts exactly as ``format_rupiah`` writes them.

    >>> format_rupiah_short(38_856_208_000)
    'Rp 38,86 miliar'
    >>> format_rupiah_short(38_856_208_000, "en")
    'Rp 38.86 billion'
    >>> format_rupiah_short(1_250_000_000_000), format_rupiah_short(-2_005_000_000)
    ('Rp 1,25 triliun', '-Rp 2,01 miliar')
    >>> format_rupiah_short(999_999_999), format_rupiah_short(999_996_000_000)
    ('Rp 999.999.999', 'Rp 1,00 triliun')
    """
    value: Amount = -amount if amount < 0 else amount
    for i, (scale, word_id, word_en) in enumerate(_SCALES):
        if value >= scale:
            shown = (Decimal(value) / scale).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            if shown >= 1000 and i > 0:  # 999,995 miliar rounds to 1,00 triliun
                scale, word_id, word_en = _SCALES[i - 1]
                shown = (Decimal(value) / scale).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            if lang == "en":
                return f"{'-' if amount < 0 else ''}Rp {shown:,.2f} {word_en}"
            number = f"{shown:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
            return f"{'-' if amount < 0 else ''}Rp {number} {word_id}"
    return format_rupiah(amount)


def to_json_number(amount: Amount) -> int | float:
    """An amount for JSON: an int when whole; a float only for sen, which JSON writes exactly."""
    if isinstance(amount, Decimal):
        normal = normalise(amount)
        return normal if isinstance(normal, int) else float(normal)
    return amount


def amount_text(amount: Amount) -> str:
    """An amount as the exact decimal text the store and its events keep.

    >>> amount_text(1250000), amount_text(Decimal("1250000.50"))
    ('1250000', '1250000.50')
    """
    return str(amount) if isinstance(amount, int) else format(amount, "f")


def amount_from_text(text: str) -> Amount:
    """Back from ``amount_text``: an int when written whole, else the exact ``Decimal``.

    >>> amount_from_text("1250000"), amount_from_text("1250000.50")
    (1250000, Decimal('1250000.50'))
    """
    return Decimal(text) if "." in text else int(text)
