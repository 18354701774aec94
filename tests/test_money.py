"""Amount parsing and rupiah formatting: the table of what owners type, and round trips."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.money import (
    AmountError,
    amount_from_text,
    amount_text,
    format_rupiah,
    from_float,
    parse_amount,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rp 1.250.000", 1_250_000),
        ("1.250.000", 1_250_000),
        ("Rp1.250.000,-", 1_250_000),
        ("Rp. 1.250.000,00", 1_250_000),
        ("IDR 1,250,000", 1_250_000),
        ("1,250,000", 1_250_000),
        ("1,250,000.00", 1_250_000),
        ("1.250.000,50", Decimal("1250000.50")),
        ("1,250,000.5", Decimal("1250000.5")),
        ("Rp 1,25 jt", 1_250_000),
        ("1.5 jt", 1_500_000),
        ("2 juta", 2_000_000),
        ("750 rb", 750_000),
        ("750rb", 750_000),
        ("1,2 M", 1_200_000_000),
        ("1.250", 1_250),
        ("12.500", 12_500),
        ("1250000", 1_250_000),
        ("1250000.0", 1_250_000),
        ("  Rp 500.000  ", 500_000),
        ("(50.000)", -50_000),
        ("-Rp 50.000", -50_000),
        ("Rp -50.000", -50_000),
        ("Rp (100.000)", -100_000),  # the accounting format's brackets after the currency
        ("Rp. (100.000)", -100_000),
        ("(Rp 100.000)", -100_000),
        ("IDR (100,000)", -100_000),
        ("Rp (1.250.000,50)", Decimal("-1250000.50")),
        ("0", 0),
        ("", None),
        ("-", None),
        ("\u2013", None),  # an en dash
        ("Rp -", None),  # zero, as Excel's accounting format shows it
        ("Rp. -", None),
        ("IDR -", None),
        (None, None),
        (1250000.0, 1_250_000),
        (1250000, 1_250_000),
        (1250000.5, Decimal("1250000.50")),
    ],
)
def test_parse_amount(text: object, expected: object) -> None:
    result = parse_amount(text)
    assert result == expected
    assert not isinstance(result, float)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.000.000", 1_000_000),
        ("Rp 1.000.000", 1_000_000),
        ("Rp 2.500.000,-", 2_500_000),
        ("2.500.000,00", 2_500_000),
        ("1,5 jt", 1_500_000),
        ("1,5jt", 1_500_000),
        ("Rp 1,5 jt", 1_500_000),
        ("1.5 juta", 1_500_000),
        ("250rb", 250_000),
        ("250 ribu", 250_000),
        ("250k", 250_000),
        ("250K", 250_000),
        ("1000000", 1_000_000),
        ("rp 1.000.000", 1_000_000),
        ("1 000 000", 1_000_000),
        # "M" is the Indonesian short for miliar, never million: the input shows the reading back.
        ("2 M", 2_000_000_000),
        ("2 miliar", 2_000_000_000),
        ("2 milyar", 2_000_000_000),
    ],
)
def test_parse_amount_reads_what_owners_type_into_an_amount_field(text: str, expected: int) -> None:
    assert parse_amount(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A dot (or comma) and three digits before "rb" groups thousands: three places of a
        # thousand are whole rupiah, which nobody writes in thousands (round 30, d02/m08).
        ("1.250rb", 1_250_000),
        ("1.250 rb", 1_250_000),
        ("1.250 ribu", 1_250_000),
        ("1.250RB", 1_250_000),
        ("Rp 1.250rb", 1_250_000),
        ("2.500rb", 2_500_000),
        ("1,250rb", 1_250_000),
        ("1.250k", 1_250_000),
        ("12.500rb", 12_500_000),
        ("1.250.000rb", 1_250_000_000),
        ("1.250,5rb", 1_250_500),
        # Fewer places, or a naught before the mark, are a decimal of a thousand.
        ("1.5rb", 1_500),
        ("1,5 rb", 1_500),
        ("2,25rb", 2_250),
        ("0.250rb", 250),
        # Before a million the mark stays the decimal: "1,250 jt" is one and a quarter million.
        ("1,25 jt", 1_250_000),
        ("1.250 jt", 1_250_000),
        ("1,250 juta", 1_250_000),
        ("1.5jt", 1_500_000),
        ("1,2 M", 1_200_000_000),
    ],
)
def test_a_grouped_figure_before_a_unit(text: str, expected: int) -> None:
    assert parse_amount(text) == expected


@pytest.mark.parametrize(
    "text", ["lima juta", "abc", "1.2.3,4,5", "12.50.0", "Rp", "1,25 zz", "12-500", True]
)
def test_parse_amount_rejects_what_is_no_amount(text: object) -> None:
    with pytest.raises(AmountError):
        parse_amount(text)


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (0, "Rp 0"),
        (999, "Rp 999"),
        (1_000, "Rp 1.000"),
        (1_250_000, "Rp 1.250.000"),
        (Decimal("1250000.5"), "Rp 1.250.000,50"),
        (Decimal("1250000.00"), "Rp 1.250.000"),
        (-75_000, "-Rp 75.000"),
    ],
)
def test_format_rupiah(amount: int | Decimal, text: str) -> None:
    assert format_rupiah(amount) == text


@given(st.integers(min_value=0, max_value=10**13))
def test_formatted_rupiah_parses_back(amount: int) -> None:
    assert parse_amount(format_rupiah(amount)) == amount


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=99))
def test_sen_survive_the_round_trip(whole: int, sen: int) -> None:
    amount = Decimal(whole) + Decimal(sen) / 100
    assert parse_amount(format_rupiah(amount)) == amount


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=99))
def test_spreadsheet_floats_become_exact_decimals(whole: int, sen: int) -> None:
    exact = Decimal(whole) + Decimal(sen) / 100
    assert from_float(float(exact)) == exact


@given(st.integers(-(10**15), 10**15))
def test_a_short_figure_is_the_amount_to_two_decimals_of_its_scale(amount: int) -> None:
    from decimal import Decimal

    from core.money import format_rupiah_short

    short = format_rupiah_short(amount)
    if abs(amount) < 10**9:
        assert short == format_rupiah(amount)
        return
    sign, rest = (-1, short[4:]) if short.startswith("-Rp ") else (1, short[3:])
    number, word = rest.split(" ")
    scale = {"miliar": 10**9, "triliun": 10**12}[word]
    value = Decimal(number.replace(".", "").replace(",", ".")) * scale * sign
    assert abs(value - amount) <= scale // 200  # half of the last shown decimal
    assert Decimal(number.replace(".", "").replace(",", ".")) < 1000 or word == "triliun"


def test_amount_text_round_trip() -> None:
    for amount in (
        0,
        1,
        1_250_000,
        10**18,
        Decimal("0.5"),
        Decimal("1250000.50"),
        Decimal("0.125"),
        Decimal("98765432109876543.21"),
    ):
        text = amount_text(amount)
        back = amount_from_text(text)
        assert back == amount and type(back) is type(amount)
