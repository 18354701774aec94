"""Dates as owners write them: real Excel dates, serial numbers, and text, always day first.

Also the payment terms ("30", "30 hari", "tempo 30 hari", "Net 30") that turn an invoice date
into a due date.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Final

EXCEL_EPOCH: Final = date(1899, 12, 30)
# Day 0 of a workbook saved in the 1904 date system (Excel for Mac): its serial numbers are
# 1,462 days behind the 1900 system's (7 August 2026 is 46241 there, 44779 here).
EXCEL_EPOCH_1904: Final = date(1904, 1, 1)
# Days from an invoice's date to its due date when neither its row nor the book says.
DEFAULT_TERM_DAYS: Final = 30
# A year this far or further from the year its column's dates keep, and from the year the
# sheet's name gives, is told: a year typed wrong (2062 for 2026, 1926 for 2026) by the looks
# (``core.ingest._far_dates``); nor is such an invoice date the one its due date is set by.
FAR_YEARS: Final = 10


def usual_year(days: Iterable[object]) -> int | None:
    """The year more than half of a column's dates keep, if one does (cells that are no
    date left out): the year a date ``FAR_YEARS`` or more from is told.

    >>> usual_year([date(2026, 1, 5), date(2026, 2, 1), date(2062, 10, 10), None])
    2026
    >>> usual_year([date(2025, 1, 5), date(2026, 2, 1)]) is None
    True
    """
    years: Counter[int] = Counter()
    for day, n in Counter(days).items():
        if type(day) is date:
            years[day.year] += n
    if not years:
        return None
    year, count = years.most_common(1)[0]
    return year if count * 2 > years.total() else None


# Serial numbers outside these bounds are amounts or counts, not dates (1982 to 2173).
_SERIAL_MIN, _SERIAL_MAX = 30_000, 100_000

MONTHS: Final[dict[str, int]] = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "february": 2, "feb": 2, "peb": 2,
    "maret": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "agust": 8, "agst": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12,
}  # fmt: skip

_NUMERIC = re.compile(r"^(\d{1,4})[/\-.](\d{1,2})[/\-.](\d{1,4})$")
_DAY_MONTH_NAME = re.compile(r"^(\d{1,2})[\s\-./]+([a-z]+)\.?[\s\-./,]+(\d{2,4})$")
_MONTH_NAME_DAY = re.compile(r"^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")
# A day and a month without a year ("28 Agt", "2/11"): the year is the book's (``year_of``).
_DAY_MONTH_ONLY = re.compile(r"^(\d{1,2})(?:[\s\-./]+([a-z]+)\.?|[/\-.](\d{1,2}))$")
# A year standing alone: not a group of a phone number ("0812 2024 5566") or a longer number.
_YEAR_IN_TEXT = re.compile(r"(?<![\d.,])(?<!\d\s)(?:19|20)\d{2}(?!\d|[.,]\d)(?!\s\d)")
# A time after the date, with the zone it was written in ("T10:00:00+07:00", "Z", "WIB") or
# its AM / PM ("1:00:00 PM"), or after a comma as tills write it ("13 Okt 2026, 14:22"): the
# date is the day as written there.
_TIME_TAIL = re.compile(
    r"(?:,\s*|[ t])\d{1,2}[:.]\d{2}([:.]\d{2}(\.\d+)?)?"
    r"\s*([ap]\.?m\.?|z|[+-]\d{2}(:?\d{2})?|wib|wita|wit)?$"
)
_WEEKDAY_HEAD = re.compile(
    r"^(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|sen|sel|rab|kam|jum|sab|min|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)"
    r"\.?,?\s+"
)
# The words that open terms before their days, a colon after them or not ("tempo 30 hari", "TOP
# 14", "Termin: 14 hari", "Kredit 14 hari", "Net 30"), or two of them ("Kredit tempo 14 hari",
# "Termin: Kredit 14 hari").
TERMS_WORDS: Final = (
    r"(?:tempo|top|termin|kredit)\s*:?\s*(?:kredit|tempo)\b|tempo|top|termin|kredit|net|term|terms"
)
_TERMS = re.compile(rf"^(?:(?:{TERMS_WORDS}|n|jt)\s*:?)?\s*(\d{{1,4}})\s*(?:hari|hr|days?|d)?$")
# Terms in weeks or months ("2 minggu", "1 bulan", "3 weeks"): a month of terms is 30 days.
_LONG_TERMS = re.compile(
    rf"^(?:(?:{TERMS_WORDS})\s*:?)?\s*(\d{{1,2}})\s*(minggu|mgg|pekan|weeks?|wk|bulan|bln|months?)$"
)
_TERM_UNIT: Final = {"minggu": 7, "mgg": 7, "pekan": 7, "week": 7, "weeks": 7, "wk": 7}
_ONE_UNIT: Final = {
    "seminggu": "1 minggu", "sepekan": "1 minggu", "dua minggu": "2 minggu",
    "sebulan": "1 bulan", "dua bulan": "2 bulan", "tempo sebulan": "1 bulan",
}  # fmt: skip
# Terms that name a day of the calendar, not a count of days: the end of the invoice's month
# ("akhir bulan", "EOM", QuickBooks' "Due end of month") or of the next ("akhir bulan depan",
# "Due end of next month"), or a day of the next month ("tgl 10 bln depan", "tanggal 10 bulan
# depan": a village shop's bon paid on the 10th, after the harvest's or the pay's month).
_MONTH_END_TERMS: Final = frozenset({
    "akhir bulan", "akhir bln", "akhir bulan ini", "tempo akhir bulan", "eom", "end of month",
    "net eom", "due end of month", "due at end of month",
})  # fmt: skip
_NEXT_MONTH_END_TERMS: Final = frozenset({
    "akhir bulan depan", "akhir bln depan", "akhir bln dpn", "tempo akhir bulan depan",
    "end of next month", "due end of next month", "due at end of next month",
})  # fmt: skip
_NEXT_MONTH_DAY = re.compile(
    r"^(?:tempo )?(?:tgl|tanggal) ?(\d{1,2}) (?:bulan|bln) (?:depan|dpn|berikut|berikutnya)$"
)
# Terms that write the due date itself after the due's word ("JT 15/12", "Jatuh tempo 15 Des",
# "tgl JT: 15/12/2026", "Jth. tempo 5-12"): that day, day first; one written without its year
# is the first such day on or after the invoice's date (``calendar_due``).
_DUE_ON = re.compile(
    r"^(?:(?:tgl|tanggal)\.?\s*)?(?:jt|j/t|jth\.?\s*tempo|jatuh\s+tempo)\.?\s*:?\s*(\S.*)$"
)
# The net days of terms with an early-payment discount ("2/10,n/30", "2/10 net 30") or
# written "n/30": the invoice is due after them.
_NET_TERMS = re.compile(r"(?:^|[\s,;])n(?:et)?\s*/?\s*(\d{1,4})\s*(?:hari|hr|days?|d)?$")
# Terms that say "paid on delivery", their spaces and dots left out ("C.O.D", "Due on receipt").
_CASH_TERMS: Final = frozenset({
    "cod", "cash", "tunai", "kontan", "lunas", "cbd", "dueonreceipt", "onreceipt",
    "cashondelivery", "bayarditempat",
})  # fmt: skip


class DateError(ValueError):
    """A cell that should hold a date but holds an impossible or unreadable one."""


def from_serial(serial: float, date1904: bool = False) -> date:
    """An Excel serial number as a date: of the 1900 system, or of the 1904 system when the
    workbook says so (``date1904``: ``RawSheet.date1904``).

    >>> from_serial(46000), from_serial(44779, date1904=True)
    (datetime.date(2025, 12, 9), datetime.date(2026, 8, 7))
    """
    if not _SERIAL_MIN <= serial <= _SERIAL_MAX:
        raise DateError(f"{serial:g} is not a date")
    return (EXCEL_EPOCH_1904 if date1904 else EXCEL_EPOCH) + timedelta(days=int(serial))


def _year(text: str) -> int:
    year = int(text)
    if len(text) <= 2:
        return 2000 + year if year < 70 else 1900 + year
    if len(text) != 4:
        raise DateError("year")
    return year


def _make(year: int, month: int, day: int, raw: str) -> date:
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise DateError(f"'{raw}' is not a real date") from exc


def parse_date(
    value: object, month_first: bool = False, year: int | None = None, date1904: bool = False
) -> date | None:
    """Parse a date cell; ``None`` when empty, ``DateError`` when impossible or unreadable.
    ``month_first``: slashed or dashed numbers are month, day, year (``month_first`` of the
    column says when). ``year``: the book's year (``year_of`` its title), for a day and a
    month written without one ("28 Agt"); without it those are no date. ``date1904``: a
    serial number is of the workbook's 1904 date system (``from_serial``).

    >>> parse_date("05/02/2026")
    datetime.date(2026, 2, 5)
    >>> parse_date("5-2-26")
    datetime.date(2026, 2, 5)
    >>> parse_date("5 Februari 2026")
    datetime.date(2026, 2, 5)
    >>> parse_date("2026-02-05")
    datetime.date(2026, 2, 5)
    >>> parse_date("2026-10-01T00:30:00+07:00"), parse_date("2026-09-30T23:10:05Z")
    (datetime.date(2026, 10, 1), datetime.date(2026, 9, 30))
    >>> parse_date("13 Okt 2026, 14:22"), parse_date("13/10/2026,14.22")
    (datetime.date(2026, 10, 13), datetime.date(2026, 10, 13))
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise DateError("not a date")
    if isinstance(value, (int, float)):
        return from_serial(value, date1904)
    if not isinstance(value, str):
        raise DateError("not a date")
    return parse_date_text(value, month_first, year, date1904)


def _plain(raw: str) -> str:
    """A date text without case, spaces around, a weekday before or a time after."""
    text = raw.strip().lower().replace("\u00a0", " ")
    return _WEEKDAY_HEAD.sub("", _TIME_TAIL.sub("", text)).strip()


def month_first(
    texts: Iterable[str], dues: Iterable[tuple[object, object, int | None]] = ()
) -> bool:
    """Whether a table's dates are written month first, as software set to US English exports
    them: some can only be read so ("10/15/2026") and none only day first ("22/11/2026").
    Day first otherwise, as owners write them.

    >>> month_first(["10/15/2026", "09/01/2026"]), month_first(["22/11/2026", "10/15/2026"])
    (True, False)
    >>> month_first(["05/02/2026", "2026/10/15", "1 Okt 2026"])
    False

    Where no text decides (every day 12 or less), each row's invoice date, due date and terms
    in days (``dues``) do: a due date comes after its invoice, by the terms where they are
    given. The reading with fewer due dates before their invoices wins, then the one with more
    due dates the terms after them (a QuickBooks list: "09/10/2026" Net 30 due "10/10/2026" is
    30 days month first, its due date a day after day first; "07/09/2026" due "08/08/2026"
    before it).

    >>> month_first(["09/10/2026", "10/10/2026"], [("09/10/2026", "10/10/2026", 30)])
    True
    >>> month_first(["07/09/2026", "08/08/2026"], [("07/09/2026", "08/08/2026", None)])
    True
    >>> month_first(["02/10/2026", "01/11/2026"], [("02/10/2026", "01/11/2026", 30)])
    False
    >>> month_first(["01/10/2026", "02/11/2026"], [("01/10/2026", "02/11/2026", None)])
    False
    """
    found = either = False
    for raw in texts:
        match = _NUMERIC.match(_plain(raw))
        if match is None or len(match.group(1)) > 2:
            continue
        first, second = int(match.group(1)), int(match.group(2))
        if first > 12 >= second:
            return False  # only day first
        found = found or second > 12 >= first
        either = either or first != second
    return found or (either and _dues_month_first(dues))


def _dues_month_first(dues: Iterable[tuple[object, object, int | None]]) -> bool:
    """Whether rows' invoice and due dates read month first put fewer due dates before their
    invoice than read day first, or as few and more due dates their terms after it."""
    before = [0, 0]  # day first, month first
    fits = [0, 0]
    for issued, due, terms in dues:
        for way in (0, 1):
            try:
                start, end = parse_date(issued, bool(way)), parse_date(due, bool(way))
            except DateError:
                continue
            if start is None or end is None:
                continue
            before[way] += end < start
            fits[way] += terms is not None and (end - start).days == terms
    return (before[1], -fits[1]) < (before[0], -fits[0])


def parse_date_text(
    raw: str, month_first: bool = False, year: int | None = None, date1904: bool = False
) -> date | None:
    """The text forms. Slashed, dashed or dotted numbers are day first unless the year leads
    (or ``month_first``); a day and a month alone are of ``year`` when one is given; a serial
    number pasted as text is of the workbook's date system (``date1904``)."""
    text = raw.strip().lower().replace("\u00a0", " ")
    if not text or text in {"-", "--"}:
        return None
    text = _plain(text)
    match = _NUMERIC.match(text)
    if match:
        a, b, c = match.groups()
        if len(a) == 4:
            return _make(int(a), int(b), int(c), raw)
        if len(a) > 2:
            raise DateError(f"'{raw}' is not a date")
        if month_first:
            return _make(_year(c), int(a), int(b), raw)
        return _make(_year(c), int(b), int(a), raw)
    match = _DAY_MONTH_NAME.match(text)
    if match:
        day, name, written = match.groups()
        return _make(_year(written), _month(name, raw), int(day), raw)
    match = _MONTH_NAME_DAY.match(text)
    if match:
        name, day, written = match.groups()
        return _make(int(written), _month(name, raw), int(day), raw)
    if year is not None and (match := _DAY_MONTH_ONLY.match(text)):
        day, name, number = match.groups()
        if name is not None:
            return _make(year, _month(name, raw), int(day), raw)
        first, second = (number, day) if month_first else (day, number)
        return _make(year, int(second), int(first), raw)
    if text.isdigit() or _is_plain_number(text):
        return from_serial(float(text), date1904)
    raise DateError(f"'{raw}' is not a date")


def yearless(text: str) -> bool:
    """Whether a text is a day and a month written without a year ("28 Agt", "Sen 2/11")."""
    return _DAY_MONTH_ONLY.match(_plain(text)) is not None


# A month's name and two digits, the whole text: a month sheet's name ("DES 25", "NOV 26",
# "Okt'26", "Sept-26"), the digits its year (``year_of``).
_MONTH_TWO_DIGITS = re.compile(
    r"^\s*(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s*[-'’/]?\s*(\d{2})\s*$",
    re.IGNORECASE,
)


def year_of(texts: Iterable[str]) -> int | None:
    """The one year the texts name ("BUKU PIUTANG TAHUN 2026", a sheet "Piutang 2026"; a
    month sheet "DES 25", two digits after the month's name being its year: December 2025):
    the year of a book's dates written without one; ``None`` when they name none, or several.

    >>> year_of(["BUKU PIUTANG TAHUN 2026", "Piutang 2026"]), year_of(["2025 s/d 2026"])
    (2026, None)
    >>> year_of(["DES 25"]), year_of(["Okt'26"]), year_of(["Toko 25"])
    (2025, 2026, None)
    """
    years = {int(found) for text in texts for found in _YEAR_IN_TEXT.findall(text)}
    years.update(2000 + int(m[1]) for text in texts if (m := _MONTH_TWO_DIGITS.match(text)))
    return years.pop() if len(years) == 1 else None


def parse_typed_day(raw: str) -> date | None:
    """A day the owner typed into a date field, day first; ``None`` when it cannot be read.

    Eight digits are a day, a month and a year run together; other bare numbers are no day
    (in a spreadsheet they would be serial dates, in a field they are a slip).

    >>> parse_typed_day("1/3/2027"), parse_typed_day("01032027"), parse_typed_day("1 Mar 2027")
    (datetime.date(2027, 3, 1), datetime.date(2027, 3, 1), datetime.date(2027, 3, 1))
    >>> parse_typed_day("31/02/2027") is None, parse_typed_day("45000") is None
    (True, True)
    """
    text = raw.strip()
    if text.isdigit():
        if len(text) != 8:
            return None
        text = f"{text[:2]}/{text[2:4]}/{text[4:]}"
    try:
        return parse_date_text(text)
    except DateError:
        return None


def _is_plain_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _month(name: str, raw: str) -> int:
    month = MONTHS.get(name)
    if month is None:
        raise DateError(f"'{raw}': unknown month '{name}'")
    return month


def parse_terms(value: object) -> int | None:
    """Payment terms in days from "30", 30.0, "30 hari", "tempo 30 hari", "Net 30", "COD".

    >>> parse_terms("tempo 30 hari"), parse_terms("Net 45"), parse_terms(14.0), parse_terms("COD")
    (30, 45, 14, 0)
    >>> parse_terms("Termin 7 hari"), parse_terms("Kredit 14 hari"), parse_terms("Termin: 2 minggu")
    (7, 14, 14)
    >>> parse_terms("2/10,n/30"), parse_terms("n/30"), parse_terms("C.O.D")
    (30, 30, 0)
    >>> parse_terms("Due on receipt"), parse_terms("2 minggu"), parse_terms("1 bulan")
    (0, 14, 30)
    >>> parse_terms("Kredit tempo 14 hari"), parse_terms("Tempo 14 (hari)")
    (14, 14)
    >>> parse_terms("Termin: Kredit 14 hari"), parse_terms("tempo kredit 2 minggu")
    (14, 14)
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise DateError("not a number of days")
    if isinstance(value, (int, float)):
        if value < 0 or value > 3650 or value != int(value):
            raise DateError(f"{value} is not a number of days")
        return int(value)
    if not isinstance(value, str):
        raise DateError("not a number of days")
    text = value.strip().lower()
    if text.startswith("-"):
        raise DateError(f"'{value}' is not a number of days")
    text = re.sub(r"[.\-()]", " ", text)  # "Tempo 14 (hari)"
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        return None
    if text.replace(" ", "") in _CASH_TERMS:
        return 0
    match = _TERMS.match(text) or _NET_TERMS.search(text)
    if match:
        return int(match.group(1))
    text = _ONE_UNIT.get(text, text)
    match = _LONG_TERMS.match(text)
    unit = _TERM_UNIT.get(match.group(2), 30) if match else 0
    # More than two months of weeks or a year of months is no term anyone gives ("30 minggu").
    if not match or int(match.group(1)) * unit > (56 if unit == 7 else 365):
        raise DateError(f"'{value}' is not a number of days")
    return int(match.group(1)) * unit


# A note that opens with the row's terms ("tempo 2 minggu, ambil sendiri", a "Cara Bayar" of
# "Tempo 14 hari"): the terms' word, then what follows up to the note's next part.
_NOTE_TERMS = re.compile(rf"^\s*({TERMS_WORDS})\b\s*:?\s*([^,;()/]*)", re.IGNORECASE)
# The parts of a note, each read on its own for the due date it writes ("Belum lunas, JT 20/11").
_NOTE_PARTS = re.compile(r"[,;()|]")


def terms_in_note(note: str) -> str | None:
    """The terms a note opens with, where they read in full ("tempo 45 hr", "Tempo 14 hari",
    "tempo akhir bulan"); ``None`` for a note that only speaks of terms ("minta tempo 2
    minggu", "tempo 2 minggu lagi": time asked for after the sale) or of none.

    >>> terms_in_note("tempo 2 minggu, ambil sendiri"), terms_in_note("Tempo: 14 hari")
    ('tempo 2 minggu', 'tempo 14 hari')
    >>> terms_in_note("minta tempo 2 minggu"), terms_in_note("tempo 2 minggu lagi")
    (None, None)
    >>> terms_in_note("Tempo"), terms_in_note("kirim ke gudang")
    (None, None)

    A due date the note writes, in any of its parts, is its terms too ("JT 15/12", read as
    a Tempo column's: ``calendar_due``); "JT 30" writes none.

    >>> terms_in_note("JT 15/12"), terms_in_note("Belum lunas, JT: 20/11")
    ('jt 15/12', 'jt: 20/11')
    >>> terms_in_note("Cicil, jatuh tempo 1 Oktober"), terms_in_note("JT 30")
    ('jatuh tempo 1 oktober', None)
    """
    found = _NOTE_TERMS.match(note)
    if found is not None and found.group(2).strip():
        terms = f"{found.group(1)} {found.group(2).strip()}".lower()
        try:
            if parse_terms(terms) is not None:
                return terms
        except DateError:
            pass
        if calendar_due(terms, date.min) is not None:
            return terms
    # The due date written in any part of the note ("JT 15/12", "Belum lunas, JT 20/11"):
    # the terms that write it (``calendar_due``).
    for part in _NOTE_PARTS.split(note.lower()):
        if _DUE_ON.match(part := part.strip()) and calendar_due(part, date.min) is not None:
            return part
    return None


def calendar_terms(text: str) -> bool:
    """Whether terms name a day of the calendar (the end of the invoice's month or of the
    next, a day of the next month: ``calendar_due``), not the due date itself ("JT 15/12").

    >>> calendar_terms("akhir bulan"), calendar_terms("EOM"), calendar_terms("tgl 10 bln depan")
    (True, True, True)
    >>> calendar_terms("JT 15/12"), calendar_terms("30 hari"), calendar_terms("Bu Marni")
    (False, False, False)
    """
    written = _DUE_ON.match(text.strip().lower()) is not None
    return not written and calendar_due(text, date(2000, 1, 1)) is not None


def calendar_due(value: object, day: date) -> date | None:
    """The due date of terms that name a day of the calendar (``_MONTH_END_TERMS``: the end of
    the invoice's month or of the next, or a day of the next month; or the due date itself,
    "JT 15/12": ``_DUE_ON``), for an invoice dated
    ``day``; ``None`` for other terms. A day the next month does not have is its last.

    >>> calendar_due("Akhir Bulan", date(2026, 9, 25)), calendar_due("30 hari", date(2026, 9, 1))
    (datetime.date(2026, 9, 30), None)
    >>> calendar_due("tgl 10 bln depan", date(2026, 7, 25))
    datetime.date(2026, 8, 10)
    >>> calendar_due("Due end of month", date(2026, 9, 25))
    datetime.date(2026, 9, 30)
    >>> calendar_due("tanggal 31 bulan depan", date(2026, 1, 5))
    datetime.date(2026, 2, 28)
    >>> calendar_due("JT 15/12", date(2026, 11, 1))
    datetime.date(2026, 12, 15)
    >>> calendar_due("Jatuh tempo 5 Jan", date(2026, 12, 3))
    datetime.date(2027, 1, 5)
    """
    if not isinstance(value, str):
        return None
    written = _DUE_ON.match(value.strip().lower())
    if written is not None:
        return _due_on(written.group(1), day)
    text = re.sub(r"\s+", " ", value.strip().lower().replace(".", " ")).strip()
    if text in _MONTH_END_TERMS:
        return _month_end(day)
    following = _month_end(day) + timedelta(days=1)
    if text in _NEXT_MONTH_END_TERMS:
        return _month_end(following)
    named = _NEXT_MONTH_DAY.match(text)
    if named is None or not 1 <= (nth := int(named.group(1))) <= 31:
        return None
    return min(following + timedelta(days=nth - 1), _month_end(following))


def _due_on(text: str, day: date) -> date | None:
    """The due date written in terms after the due's word (``_DUE_ON``), for an invoice dated
    ``day``: without its year, the first such day on or after ``day`` (a 15/12 of an invoice
    of 20/12/2026 is 15/12/2027); ``None`` for no date.

    >>> _due_on("15/12", date(2026, 11, 1)), _due_on("5 jan", date(2026, 12, 20))
    (datetime.date(2026, 12, 15), datetime.date(2027, 1, 5))
    >>> _due_on("15/12/2026", date(2026, 11, 1)), _due_on("30 hari", date(2026, 11, 1))
    (datetime.date(2026, 12, 15), None)
    >>> _due_on("30", date(2026, 11, 1))

    A day of the month without its month after "tgl" ("jatuh tempo tgl 5") is the first such
    day after ``day`` (its month's last where the month is shorter); "tgl 5/12" is 5/12.

    >>> _due_on("tgl 5", date(2026, 11, 12)), _due_on("tanggal 25", date(2026, 11, 12))
    (datetime.date(2026, 12, 5), datetime.date(2026, 11, 25))
    >>> _due_on("tgl. 31", date(2027, 2, 3)), _due_on("tgl 5/12", date(2026, 11, 1))
    (datetime.date(2027, 2, 28), datetime.date(2026, 12, 5))
    """
    dated = _DAY_WORD.match(text)
    if dated is not None:
        text = text[dated.end() :]
        if text.isdigit():
            return _day_after(int(text), day) if 1 <= int(text) <= 31 else None
    if text.isdigit() or _is_plain_number(text):
        return None  # "JT 30": days of terms, no date (nor an Excel serial)
    try:
        due = parse_date_text(text, year=day.year)
    except DateError:
        return None
    if due is None or due >= day or not yearless(text):
        return due
    try:
        return due.replace(year=due.year + 1)
    except ValueError:  # 29 Feb
        return None


# The word for a day of the month before its figure ("tgl 5", "tanggal 10", "tgl. 25").
_DAY_WORD = re.compile(r"(?:tgl|tanggal)\.?\s*")


def _day_after(nth: int, day: date) -> date:
    """The first day numbered ``nth`` after ``day``: in its month, or the next (a day the month
    does not have is its last)."""
    this = min(nth, _month_end(day).day)
    if this > day.day:
        return day.replace(day=this)
    following = _month_end(day) + timedelta(days=1)
    return following.replace(day=min(nth, _month_end(following).day))


def _month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


SHORT_MONTHS: Final[dict[str, tuple[str, ...]]] = {
    "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def format_date(value: date, *, style: str = "short", lang: str = "id") -> str:
    """Day first, always: '22 Nov 2026' (short) or '22/11/2026' (numeric).

    >>> format_date(date(2026, 5, 22)), format_date(date(2026, 5, 22), style="numeric")
    ('22 Mei 2026', '22/05/2026')
    >>> format_date(date(2026, 5, 22), lang="en")
    '22 May 2026'
    """
    if style == "numeric":
        return value.strftime("%d/%m/%Y")
    names = SHORT_MONTHS.get(lang, SHORT_MONTHS["id"])
    return f"{value.day} {names[value.month - 1]} {value.year}"
