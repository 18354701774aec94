"""Dates and terms as owners write them: day first, always."""

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.dates import DateError, format_date, parse_date, parse_terms


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (date(2026, 2, 5), date(2026, 2, 5)),
        (datetime(2026, 2, 5, 13, 30), date(2026, 2, 5)),
        (46058.0, date(2026, 2, 5)),
        (46058, date(2026, 2, 5)),
        ("46058", date(2026, 2, 5)),
        ("05/02/2026", date(2026, 2, 5)),
        ("5/2/2026", date(2026, 2, 5)),
        ("05-02-26", date(2026, 2, 5)),
        ("5.2.2026", date(2026, 2, 5)),
        ("12/01/2026", date(2026, 1, 12)),  # day first: never 1 December
        ("2026-02-05", date(2026, 2, 5)),
        ("2026/02/05", date(2026, 2, 5)),
        ("5 Februari 2026", date(2026, 2, 5)),
        ("5 Feb 2026", date(2026, 2, 5)),
        ("5 February 2026", date(2026, 2, 5)),
        ("05-Feb-2026", date(2026, 2, 5)),
        ("5 Peb 2026", date(2026, 2, 5)),
        ("17 Agustus 2026", date(2026, 8, 17)),
        ("17 Agu 2026", date(2026, 8, 17)),
        ("1 Mei 2026", date(2026, 5, 1)),
        ("3 Okt 26", date(2026, 10, 3)),
        ("25 Desember 2026", date(2026, 12, 25)),
        ("February 5, 2026", date(2026, 2, 5)),
        ("Kamis, 5 Februari 2026", date(2026, 2, 5)),
        ("05/02/2026 14:30", date(2026, 2, 5)),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(value: object, expected: date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value", ["31/02/2026", "29/02/2025", "32/01/2026", "00/01/2026", "5 Foo 2026", "abc", 12.0,
              "13/13/2026", "1/2/345", True],
)  # fmt: skip
def test_parse_date_rejects_impossible_dates(value: object) -> None:
    with pytest.raises(DateError):
        parse_date(value)


@pytest.mark.parametrize(
    ("value", "days"),
    [("30", 30), (30.0, 30), (45, 45), ("30 hari", 30), ("tempo 30 hari", 30), ("Net 30", 30),
     ("NET30", 30), ("N30", 30), ("14 days", 14), ("COD", 0), ("Tempo 7 Hari", 7), ("", None),
     (None, None), ("2 minggu", 14), ("seminggu", 7), ("1 bulan", 30), ("sebulan", 30),
     ("3 bulan", 90), ("Tempo 2 Minggu", 14)],
)  # fmt: skip
def test_parse_terms(value: object, days: int | None) -> None:
    assert parse_terms(value) == days


@pytest.mark.parametrize("value", ["-5", -5, 2.5, "30 minggu", "20 bulan", "sebulan lagi"])
def test_parse_terms_rejects(value: object) -> None:
    with pytest.raises(DateError):
        parse_terms(value)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2150, 12, 31)))
def test_written_dates_parse_back(day: date) -> None:
    assert parse_date(format_date(day, style="numeric")) == day
    assert parse_date(format_date(day)) == day
    assert parse_date(day.strftime("%d-%m-%Y")) == day
