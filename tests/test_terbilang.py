"""Amounts in words (terbilang) as an Indonesian agreement writes them."""

import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.terbilang import amount_in_words, number_in_words


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "nol"),
        (1, "satu"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (19, "sembilan belas"),
        (20, "dua puluh"),
        (99, "sembilan puluh sembilan"),
        (100, "seratus"),
        (111, "seratus sebelas"),
        (250, "dua ratus lima puluh"),
        (1_000, "seribu"),
        (1_001, "seribu satu"),
        (1_100, "seribu seratus"),
        (2_000, "dua ribu"),
        (11_000, "sebelas ribu"),
        (100_000, "seratus ribu"),
        (1_000_000, "satu juta"),
        (1_250_000, "satu juta dua ratus lima puluh ribu"),
        (10_000_000, "sepuluh juta"),
        (101_000_000, "seratus satu juta"),
        (2_000_000_001, "dua miliar satu"),
        (1_000_000_000_000, "satu triliun"),
    ],
)
def test_indonesian_words(number: int, words: str) -> None:
    assert number_in_words(number) == words


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        (0, "nol rupiah"),
        (10_000_000, "sepuluh juta rupiah"),
        (1_250_000, "satu juta dua ratus lima puluh ribu rupiah"),
        (Decimal("1500.50"), "seribu lima ratus rupiah lima puluh sen"),
        (Decimal("7.05"), "tujuh rupiah lima sen"),
    ],
)
def test_rupiah_in_words(amount: int | Decimal, words: str) -> None:
    assert amount_in_words(amount) == words


def test_english_words() -> None:
    assert amount_in_words(2_000_000_001, "en") == "two billion one rupiah"
    assert number_in_words(1_215, "en") == "one thousand two hundred fifteen"


@pytest.mark.parametrize("bad", [-1, 10**18])
def test_out_of_range_is_refused(bad: int) -> None:
    with pytest.raises(ValueError):
        number_in_words(bad)


_UNITS = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "triliun": 10**12}
_SMALL = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000,
}  # fmt: skip


def _read_back(words: str) -> int:
    """An independent reader of the words, to check every number says itself."""
    total, group, last = 0, 0, 0
    for word in words.split():
        if word in _SMALL:
            last = _SMALL[word]
            if word == "seribu":
                total += 1000
                last = 0
            else:
                group += last
        elif word == "belas":
            group += 10
        elif word == "puluh":
            group += last * 9
        elif word == "ratus":
            group += last * 99
        else:
            total += group * _UNITS[word]
            group = 0
    return total + group


@settings(deadline=None)  # a busy machine, not a slow rule
@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_every_number_reads_back_to_itself(number: int) -> None:
    words = number_in_words(number)
    assert _read_back(words) == number
    assert "satu ratus" not in words and "satu puluh" not in words
    # One thousand is "seribu", alone or after a larger unit; "satu ribu" only ends a group
    # such as "empat puluh satu ribu".
    assert re.search(r"(^|juta |miliar |triliun )satu ribu", words) is None
