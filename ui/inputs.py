"""Text fields for amounts, percentages and days, read the way owners write them.

A number field reads "1.000.000" as one rupiah; these read it with ``core`` parsers
("1.000.000", "Rp 1,5 jt", "250rb"), show the reading under the field ("= Rp 1.000.000"), and say
in words when a text cannot be read. Outside a form the reading updates on Enter or on leaving
the field, so the owner sees what will be saved before pressing the button; never put these
inside ``st.form``, where the reading would stay stale until the form is submitted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Generic, TypeVar

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from core.dates import DateError, parse_terms
from core.discount import DiscountError, format_percent, percent
from core.i18n import Lang, t
from core.money import AmountError, AmountTooLarge, format_rupiah, parse_amount
from ui.state import lang

Value = TypeVar("Value", int, Decimal)
# "2 M" is two miliar the Indonesian way; the reading says so for whoever meant million.
_MILIAR_SHORT = re.compile(r"\d\s*m\.?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Reading(Generic[Value]):
    """What a typed text was read as: ``value`` when usable, else ``problem`` (unless blank)."""

    value: Value | None
    shown: str = ""
    problem: str = ""


def read_money(text: str, lang: Lang, *, blank: int | None = None) -> Reading[int]:
    """A whole, non-negative rupiah amount from text; ``blank`` is what an empty field means.

    >>> read_money("Rp 1,5 jt", "id")
    Reading(value=1500000, shown='= Rp 1.500.000', problem='')
    """
    if not text.strip():
        return Reading(blank)
    try:
        amount = parse_amount(text)
    except AmountTooLarge:
        return Reading(None, problem=t("input.money_too_large", lang, text=text.strip()))
    except AmountError:
        return Reading(None, problem=t("input.money_unreadable", lang, text=text.strip()))
    if amount is None:
        return Reading(blank)
    if amount < 0:
        return Reading(None, problem=t("input.money_negative", lang, text=text.strip()))
    if not isinstance(amount, int):
        shown = format_rupiah(amount)
        return Reading(None, problem=t("input.money_sen", lang, text=text.strip(), amount=shown))
    shown = t("input.reads", lang, value=format_rupiah(amount))
    if _MILIAR_SHORT.search(text.strip()):
        shown = f"{shown} ({t('input.miliar', lang)})"
    return Reading(amount, shown)


def read_percent(
    text: str,
    lang: Lang,
    *,
    blank: Decimal | None = None,
    maximum: Decimal = Decimal(100),
    places: int = 2,
) -> Reading[Decimal]:
    """A percentage from "2,5", "2.5" or "2,5 %", rounded half up to ``places`` decimals.

    >>> read_percent("2,5 %", "id").value
    Decimal('2.50')
    """
    if not text.strip():
        return Reading(blank)
    try:
        number = percent(text, "percent")
    except DiscountError:
        return Reading(None, problem=t("input.percent_unreadable", lang, text=text.strip()))
    number = number.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    if not 0 <= number <= maximum:
        low, high = format_percent(0, lang), format_percent(maximum, lang)
        return Reading(
            None, problem=t("input.percent_range", lang, low=low, high=high, text=text.strip())
        )
    return Reading(
        number, t("input.reads", lang, value=format_percent(number, lang, places=places))
    )


def read_days(
    text: str, lang: Lang, *, blank: int | None = None, minimum: int = 0, maximum: int = 365
) -> Reading[int]:
    """A whole number of days from "30", "30 hari" or "tempo 30 hari" (``core.dates`` rules)."""
    if not text.strip():
        return Reading(blank)
    try:
        days = parse_terms(text)
    except DateError:
        days = None
    if days is None:
        return Reading(None, problem=t("input.days_unreadable", lang, text=text.strip()))
    if not minimum <= days <= maximum:
        return Reading(
            None, problem=t("input.days_range", lang, low=minimum, high=maximum, text=text.strip())
        )
    return Reading(days, t("input.reads", lang, value=t("input.days", lang, days=days)))


def money_input(
    label: str,
    key: str,
    default: int | None = None,
    *,
    blank: int | None = None,
    where: DeltaGenerator | None = None,
    help: str | None = None,
) -> int | None:
    """A rupiah amount typed as text, its reading shown below; ``None`` when there is none.

    ``None`` means the field is empty (and ``blank`` is ``None``) or cannot be read, in which
    case the field says why. ``default`` is written the Indonesian way ("1.000.000").
    """
    box = st.container() if where is None else where
    shown = "" if default is None else format_rupiah(default, prefix="")
    text = box.text_input(label, value=shown, key=key, help=help) or ""
    return _show(read_money(text, lang(), blank=blank), box)


def percent_input(
    label: str,
    key: str,
    default: Decimal | int | None = None,
    *,
    blank: Decimal | None = None,
    maximum: Decimal = Decimal(100),
    where: DeltaGenerator | None = None,
    help: str | None = None,
) -> Decimal | None:
    """A percentage typed with a comma or a dot ("2,5"), ``None`` when it cannot be read."""
    box = st.container() if where is None else where
    shown = "" if default is None else format_percent(default, "id", places=2)
    text = box.text_input(label, value=shown, key=key, help=help) or ""
    return _show(read_percent(text, lang(), blank=blank, maximum=maximum), box)


def days_input(
    label: str,
    key: str,
    default: int | None = None,
    *,
    blank: int | None = None,
    minimum: int = 0,
    maximum: int = 365,
    where: DeltaGenerator | None = None,
    help: str | None = None,
) -> int | None:
    """A number of days typed as "30" or "30 hari", ``None`` when it cannot be read."""
    box = st.container() if where is None else where
    text = box.text_input(label, value="" if default is None else str(default), key=key, help=help)
    return _show(read_days(text or "", lang(), blank=blank, minimum=minimum, maximum=maximum), box)


def _show(reading: Reading[Value], box: DeltaGenerator) -> Value | None:
    """The reading under the field, or why it cannot be read."""
    if reading.problem:
        box.error(reading.problem, icon=":material/error:")
    elif reading.shown:
        box.caption(reading.shown)
    return reading.value
