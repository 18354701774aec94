"""What went wrong while reading, as data (core/reading/problems.py): every code has its words
in both languages, a mismatch carries both figures, a file's error names the file."""

from __future__ import annotations

from string import Formatter

import pytest

from core.i18n import TEXTS
from core.reading.problems import (
    ERROR_CODES,
    PROBLEM_CODES,
    SHEET_REASONS,
    IgnoredSheet,
    LedgerReadError,
    Problem,
)


@pytest.mark.parametrize("code", sorted(ERROR_CODES))
def test_every_file_error_says_the_file_and_why_in_both_languages(code: str) -> None:
    error = LedgerReadError("buku.xlsx", code, "detail")  # type: ignore[arg-type]
    assert f"file.{code}" in TEXTS
    words = {lang: error.message(lang) for lang in ("id", "en")}
    assert all("buku.xlsx" in text for text in words.values())
    assert words["id"] != words["en"]


@pytest.mark.parametrize("code", sorted(PROBLEM_CODES))
def test_every_row_problem_has_its_words(code: str) -> None:
    problem = Problem(code, "buku.xlsx", "Nov", 7, "Jumlah", "abc", 1_000, 900)  # type: ignore[arg-type]
    assert f"problem.{code}" in TEXTS
    assert problem.message("id") and problem.message("en")
    shown = problem.as_dict("en")
    assert (shown["file"], shown["sheet"], shown["row"], shown["code"]) == (
        "buku.xlsx",
        "Nov",
        7,
        code,
    )
    assert ("book_says" in shown) == (code == "check-mismatch")


def test_a_mismatch_shows_both_figures_as_rupiah() -> None:
    problem = Problem(
        "check-mismatch", "buku.xlsx", "Nov", 9, "Saldo", book_says=1_250_000, read=1_200_000
    )
    text = problem.message("id")
    assert "Rp 1.250.000" in text and "Rp 1.200.000" in text
    assert problem.as_dict()["book_says"] == 1_250_000 and problem.as_dict()["read"] == 1_200_000


@pytest.mark.parametrize("reason", sorted(SHEET_REASONS))
def test_every_reason_a_sheet_is_left_aside_has_its_words(reason: str) -> None:
    assert reason in TEXTS
    # Each reason with the details its sentence names, whatever they are.
    names = {
        f for lang in ("id", "en") for _, f, _, _ in Formatter().parse(TEXTS[reason][lang]) if f
    }
    params = tuple((name, f"<{name}>") for name in sorted(names))
    ignored = IgnoredSheet("buku.xlsx", "Catatan", reason, params)  # type: ignore[arg-type]
    shown = ignored.as_dict("en")
    assert shown == {"file": "buku.xlsx", "sheet": "Catatan", "reason": ignored.reason("en")}
    assert all(f"<{name}>" in ignored.reason("id") for name in names)
