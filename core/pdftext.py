"""Text cut to size for Tagih's PDFs: names shortened to a sane length, lines fitted to a width.

A name comes from the owner's files and can be any length: a 16,000-character cell must not
make a letter take minutes or run to pages of addressee. Every PDF (statement, reminder
letters, agreement, discount offer) prints names through ``shorten`` and cuts one-line text
with ``fit_line``, which measures the text once and then finds the cut by halving, so the
work grows with the length times its logarithm, not with its square.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

# Longer than any real shop or person's name, short enough for a letter's address line.
NAME_LIMIT: Final = 120
ELLIPSIS: Final = "…"


def shorten(name: str, limit: int = NAME_LIMIT) -> str:
    """``name`` on one line, spaces folded, cut to ``limit`` characters with '…' at the end.

    >>> shorten("  Toko\\n Maju  Jaya ")
    'Toko Maju Jaya'
    >>> shorten("Toko " + "Maju " * 40, 20)
    'Toko Maju Maju Maju…'
    """
    text = " ".join(name.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + ELLIPSIS


def fit_line(
    text: str, width: float, measure: Callable[[str], float], ellipsis: str = ELLIPSIS
) -> str:
    """``text`` as it is when ``measure`` says it fits in ``width``, else its longest start that
    fits with ``ellipsis`` after it (just ``ellipsis`` when not even one character does).

    ``measure`` is the PDF's width of a string in the current font; ``text`` and ``ellipsis``
    must already be in characters that font can draw.

    >>> fit_line("Toko Maju Jaya", 9, len), fit_line("Toko Maju Jaya", 8, len, "...")
    ('Toko Maj…', 'Toko...')
    """
    if measure(text) <= width:
        return text
    low, high = 0, len(text)  # the start text[:low] fits; text[:high] does not
    while high - low > 1:
        middle = (low + high) // 2
        if measure(text[:middle].rstrip() + ellipsis) <= width:
            low = middle
        else:
            high = middle
    return text[:low].rstrip() + ellipsis
