"""Text from the owner's files, or typed by anyone, shown as exactly those characters.

Streamlit renders titles, headers, captions, messages (``st.success``, ``st.error``, toasts,
spinners), expander and button labels as Markdown: a customer called
``Toko ![t](http://…/p.png)`` would make the browser fetch the picture, ``**[klik](http://…)**``
would be a link and ``:red[…]`` a colour. Every such call gets a name, a file name or any other
outside text through ``plain``; a sentence from the translation table that carries such text (a
flash message) is passed through ``plain`` whole, since those sentences hold no Markdown of
their own. Tables, select options and text areas show text as it is and need nothing.
"""

from __future__ import annotations

import re
from typing import Final

_MARKDOWN_SPECIAL: Final = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")


def plain(text: object) -> str:
    r"""``text`` with a backslash before every character Markdown (or HTML in it) reads as
    markup: ``![t](p.png)`` becomes ``\!\[t\]\(p\.png\)``, which renders as typed."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))
