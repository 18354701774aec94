"""Amounts, percentages and days typed as text: what each spelling reads as, and what the pages
record or check when an owner types it."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from ui.inputs import Reading, read_days, read_money, read_percent

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
TODAY = date(2026, 11, 23)  # the demo ledger's own "today"


@pytest.mark.parametrize(
    ("text", "value", "shown"),
    [
        ("1.000.000", 1_000_000, "= Rp 1.000.000"),
        ("Rp 2.500.000,-", 2_500_000, "= Rp 2.500.000"),
        ("1,5 jt", 1_500_000, "= Rp 1.500.000"),
        ("250rb", 250_000, "= Rp 250.000"),
        ("0", 0, "= Rp 0"),
        ("2 M", 2_000_000_000, "= Rp 2.000.000.000 (M = miliar)"),
        ("1.000.000.000.000.000", 10**15, "= Rp 1.000.000.000.000.000"),  # the largest
    ],
)
def test_an_amount_is_read_and_shown_back(text: str, value: int, shown: str) -> None:
    assert read_money(text, "id") == Reading(value, shown)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("satu juta", "tidak terbaca sebagai jumlah"),
        ("1.2.3", "tidak terbaca sebagai jumlah"),
        ("-50.000", "tidak boleh minus"),
        ("1,5", "isi rupiah utuh"),
        # round 67: a payment of 999999999999999999999 was saved as written
        ("999999999999999999999", "terlalu besar"),
        ("1.000.000.000.000.001", "terlalu besar"),
        ("2000000 M", "terlalu besar"),
    ],
)
def test_an_amount_that_cannot_be_used_says_why(text: str, words: str) -> None:
    reading = read_money(text, "id")
    assert reading.value is None and words in reading.problem and text in reading.problem


def test_an_empty_amount_is_what_the_field_says_it_is() -> None:
    assert read_money("  ", "id").value is None and not read_money("", "id").problem
    assert read_money("", "id", blank=0).value == 0


def test_the_messages_exist_in_english() -> None:
    assert "cannot be read as an amount" in read_money("abc", "en").problem
    assert "is too large" in read_money("2000000000000000", "en").problem
    assert "cannot be read as a percentage" in read_percent("abc", "en").problem
    assert "cannot be read as a number of days" in read_days("abc", "en").problem


@pytest.mark.parametrize(
    ("text", "value"),
    [("2,5 %", Decimal("2.5")), ("2.5", Decimal("2.5")), ("2,5", Decimal("2.5")), ("3", 3)],
)
def test_a_percentage_reads_a_comma_or_a_dot(text: str, value: Decimal) -> None:
    reading = read_percent(text, "id")
    assert reading.value == value and reading.shown == f"= {str(value).replace('.', ',')}%"


@pytest.mark.parametrize("text", ["dua", "150", "-1"])
def test_a_percentage_out_of_range_or_unreadable_is_refused(text: str) -> None:
    assert read_percent(text, "id").value is None and read_percent(text, "id").problem


@pytest.mark.parametrize(
    ("text", "value"),
    [("30", 30), ("30 hari", 30), ("tempo 14 hari", 14), ("7 days", 7), ("dua minggu", 14),
     ("1 bulan", 30)],
)  # fmt: skip
def test_days_read_with_or_without_the_word(text: str, value: int) -> None:
    assert read_days(text, "id") == Reading(value, f"= {value} hari")


@pytest.mark.parametrize("text", ["30,5", "dua pekan lagi", "400"])
def test_days_that_are_no_whole_number_in_range_are_refused(text: str) -> None:
    assert read_days(text, "id").value is None and read_days(text, "id").problem


# The pages, headless: what was typed is what is recorded or checked.
