"""Text from the owner's files, or typed by anyone, shown as exactly those characters.

Streamlit renders titles, headers, captions, messages (``st.success``, ``st.error``, toasts,
spinners), expander, tab and button labels as Markdown: a customer called
``Toko ![t](http://…/p.png)`` would make the browser fetch the picture, ``**[klik](http://…)**``
would be a link and ``:red[…]`` a colour. Every such call gets a name, a file name or any other
outside text through ``plain``; a sentence from the translation table that carries such text (a
flash message) is passed through ``plain`` whole, since those sentences hold no Markdown of
their own. Tables, select options and text areas show text as it is and need nothing.

No text from a book becomes a link. Escaping is not enough for that: GitHub-flavoured Markdown
turns a bare ``http://…``, ``www.…`` or ``nama@toko.id`` into a link after the escapes are
read, so ``plain`` also puts an invisible word joiner (U+2060) where such a link would begin.
Streamlit, too, rewrites the text after the escapes are read: ``:material/check_circle:``
becomes an icon, ``:streamlit:`` its logo, ``:smile:`` an emoji, and ``->``, ``<-``, ``<->``,
``--``, ``>=``, ``<=``, ``~=`` between spaces become arrows and signs; so a word joiner also
goes after the colon that opens such a shortcode and between the two signs of such an arrow
(``=>`` too). The text reads and wraps the same.
"""

from __future__ import annotations

import re
from typing import Final

_MARKDOWN_SPECIAL: Final = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")
# Where GitHub-flavoured Markdown starts a link in plain text: the "//" after a scheme's colon
# ("http://", "https://", any other), the "." after "www", the domain after an "@".
_AUTOLINK: Final = re.compile(r"(?<=:)(?=//)|(?<=www)(?=\.)|(?<=@)(?=[-\w])", re.IGNORECASE)
# Where Streamlit draws something else: the colon opening a shortcode (":material/…:",
# ":streamlit:", an emoji's ":smile:" or ":+1:"), and inside an arrow or sign that stands between
# spaces ("->", "<->", "--", ">=", … and "=>"), after each of its signs but the last.
_SHORTCODE: Final = re.compile(r"(?<=:)(?=[\w+-][\w+/-]*:)")
_ARROW: Final = re.compile(r"(?:^|(?<=\s))(?:<->|->|<-|--|>=|<=|~=|=>)(?=\s|$)")
WORD_JOINER: Final = "\u2060"


def plain(text: object) -> str:
    r"""``text`` with a backslash before every character Markdown (or HTML in it) reads as
    markup, and a word joiner (shown here as ``^``) where a link would start: ``![t](p.png)``
    becomes ``\!\[t\]\(p\.png\)``, which renders as typed.

    >>> def shown(text: str) -> str:
    ...     return plain(text).replace(WORD_JOINER, "^")
    >>> print(shown("[klik](http://evil.example)"))
    \[klik\]\(http\:^//evil\.example\)
    >>> print(shown("Toko WWW.maju.com, bu@maju.id"))
    Toko WWW^\.maju\.com, bu@^maju\.id
    >>> print(shown("Toko :material/check_circle: LUNAS -> x"))
    Toko \:^material/check\_circle\: LUNAS \-^\> x
    """
    unlinked = _AUTOLINK.sub(WORD_JOINER, str(text))
    unlinked = _SHORTCODE.sub(WORD_JOINER, unlinked)
    unlinked = _ARROW.sub(lambda arrow: WORD_JOINER.join(arrow.group()), unlinked)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", unlinked)


# A name's share of a download's file name: the prefix, date and extension around it keep the
# whole well under the 255 bytes a file system takes.
STEM_CHARACTERS: Final = 80
_STEM_BYTES: Final = 160


def file_stem(name: str, limit: int = STEM_CHARACTERS) -> str:
    """A customer's (or a file's) name as part of a download's file name: small letters and
    digits, ``_`` for everything else, cut to ``limit`` characters (and 160 bytes, for names
    in scripts of several bytes a letter). A 5,000-character name gives a name a browser
    saves as it is, the extension after it kept.

    >>> file_stem("Toko Maju / Cab. 2"), len(file_stem("x" * 5000))
    ('toko_maju___cab__2', 80)
    """
    slug = "".join(ch if ch.isalnum() else "_" for ch in name.lower()).strip("_")[:limit]
    while len(slug.encode()) > _STEM_BYTES:
        slug = slug[:-1]
    return slug.rstrip("_")
