"""ui/text.py: outside text shown through Streamlit's Markdown as exactly its characters, never
markup and never a link."""

from __future__ import annotations

import re

import pytest

from tests.helpers import autolinks
from ui.text import WORD_JOINER, plain

# (as the book writes it): each is markup or a link when given to Markdown as it is
WRITTEN = [
    "[klik di sini](http://evil.example)",  # round 67: the brackets escaped, the URL a link
    "Toko Maju http://tokomaju.com",
    "Toko Maju https://tokomaju.com/bayar?x=1",
    "HTTPS://EVIL.EXAMPLE",
    "Toko Maju www.tokomaju.com",
    "Toko Maju WWW.TOKOMAJU.COM",
    "(www.tokomaju.com)",
    "bu.sari@tokomaju.co.id",
    "Sari <sari@maju.id>",
    "mailto:sari@maju.id",
    "Toko ![t](http://127.0.0.1:9/p.png) <img src=x> **b**",
    "**LUNAS** Jaya",
    "CV $x^2$ Makmur",
    ":red[Toko] :material/home:",
]


@pytest.mark.parametrize("written", WRITTEN)
def test_no_text_becomes_a_link_or_markup(written: str) -> None:
    shown = plain(written)
    assert autolinks(shown) == []
    assert "](" not in shown.replace("\\]\\(", "")
    # what the reader sees: the escapes read, the word joiners drawn as nothing
    assert re.sub(r"\\(.)", r"\1", shown).replace(WORD_JOINER, "") == written


def test_the_table_holds_links_that_plain_text_would_make() -> None:
    assert sum(bool(autolinks(written)) for written in WRITTEN) >= 10


def test_ordinary_names_are_unchanged_but_for_escapes() -> None:
    assert plain("Toko Sinar Jaya") == "Toko Sinar Jaya"
    assert plain("Budi 2") == "Budi 2"
    assert WORD_JOINER not in plain("UD. Maju: Jl. Merdeka 5 @ Pasar, Wwwarung")
