"""Names shortened for print and lines fitted to a width, in few measurements."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core.pdftext import ELLIPSIS, NAME_LIMIT, fit_line, shorten


def linear_cut(text: str, width: int) -> str:
    """The slow rule the fitting must agree with: drop a character until it fits."""
    if len(text) <= width:
        return text
    while text and len(text.rstrip() + ELLIPSIS) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


@given(st.text(alphabet="ab ", max_size=60), st.integers(min_value=1, max_value=70))
def test_the_cut_is_the_longest_start_that_fits(text: str, width: int) -> None:
    assert fit_line(text, width, len) == linear_cut(text, width)


def test_a_long_line_is_measured_a_logarithmic_number_of_times() -> None:
    measured: list[str] = []

    def measure(text: str) -> float:
        measured.append(text)
        return float(len(text))

    fitted = fit_line("x" * 16_000, 50, measure)
    assert fitted == "x" * 49 + ELLIPSIS
    assert len(measured) <= 16


def test_a_name_over_the_limit_ends_in_an_ellipsis() -> None:
    name = "Toko " + "Berkah " * 3000
    short = shorten(name)
    assert len(short) == NAME_LIMIT and short.endswith(ELLIPSIS)
    assert short.startswith("Toko Berkah Berkah")
    assert shorten("x" * 16_000) == "x" * (NAME_LIMIT - 1) + ELLIPSIS
    assert shorten("Toko  Maju\nJaya") == "Toko Maju Jaya"
