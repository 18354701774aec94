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


# Round 95 L2: Streamlit's own rewrites of Markdown text (StreamlitMarkdown, 1.67), read
# after the escapes: material icons (":material/" is first made ":material_"), its logo,
# remark-emoji's shortcodes, and the typographic arrows and signs between spaces.
_STREAMLIT_REWRITES = [
    re.compile(r":material_(\w+):"),
    re.compile(r":streamlit:"),
    re.compile(r":\+1:|:-1:|:[\w-]+:", re.ASCII),
    *(
        re.compile(rf"(^|\s){re.escape(s)}(\s|$)")
        for s in ("<->", "->", "<-", "--", ">=", "<=", "~=", "=>")
    ),
]


def streamlit_rewrites(shown: str) -> list[str]:
    """What Streamlit would draw as something else in ``shown`` (Markdown source)."""
    text = re.sub(r"\\(.)", r"\1", shown.replace(":material/", ":material_"))
    return [m.group(0) for rule in _STREAMLIT_REWRITES for m in rule.finditer(text)]


SHORTCODES = [
    "Toko :material/check_circle: LUNAS",
    "Toko :material/zzz_not_an_icon:",
    ":streamlit: Jaya",
    "Bu Sari :smile: :+1: :-1:",
    "a:b:c:d",
    "::tada::",
    "x.xlsx -> ..%2f..%2fetc%2fpasswd.xls",
    "A <- B <-> C",
    "Cabang -- Pusat",
    "->",
    "stok >= 5, harga <= 9, kira ~= 3, lalu => bayar",
]


@pytest.mark.parametrize("written", SHORTCODES)
def test_shortcodes_and_arrows_show_as_typed(written: str) -> None:
    assert streamlit_rewrites(written)  # each would be drawn as an icon, a logo or a sign
    shown = plain(written)
    assert streamlit_rewrites(shown) == []
    assert re.sub(r"\\(.)", r"\1", shown).replace(WORD_JOINER, "") == written


def test_colons_and_dashes_of_ordinary_text_get_no_joiner() -> None:
    for text in ("Jam 10:30, Jl. Merdeka: Blok A-5", "PT Maju-Jaya -5%", "08.00-17.00"):
        assert WORD_JOINER not in plain(text)
