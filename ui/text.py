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
The text reads and wraps the same.
"""

from __future__ import annotations

import re
from typing import Final

_MARKDOWN_SPECIAL: Final = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")
# Where GitHub-flavoured Markdown starts a link in plain text: the "//" after a scheme's colon
# ("http://", "https://", any other), the "." after "www", the domain after an "@".
_AUTOLINK: Final = re.compile(r"(?<=:)(?=//)|(?<=www)(?=\.)|(?<=@)(?=[-\w])", re.IGNORECASE)
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
    """
    unlinked = _AUTOLINK.sub(WORD_JOINER, str(text))
    return _MARKDOWN_SPECIAL.sub(r"\\\1", unlinked)
