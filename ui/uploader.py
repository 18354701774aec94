"""Streamlit's upload box, with the texts Streamlit writes in it given in the shop's language.

``st.file_uploader`` sets only its label and help from Python; Streamlit (1.67) writes three
texts of its own inside the box in English (streamlit/streamlit#13500): the button "Upload",
"Drag and drop files here" while a file is dragged over the box, and the limits line ("50MB
per file • ZIP"). ``file_uploader`` draws the box with a style sheet beside it, scoped to the
box's key, that hides those texts and shows the translated ones as generated content:

- the button's label (``stFileUploaderDropzone`` → ``button`` → ``stMarkdownContainer`` → ``p``)
  is not displayed and the Markdown container shows the text in ``::after``; a button's
  accessible name is computed from its content, generated content included, so a screen reader
  names the button in the language shown;
- the limits line (the ``span`` in ``stFileUploaderDropzoneInstructions``) and the drag text
  (the ``span`` in the ``div`` without a test id that Streamlit lays over the box while a file is
  dragged) keep their own colour and weight: their text is shrunk to nothing and hidden, and
  their ``::after`` shows the translation (read by a screen reader as the text there);
- the box's file input (``stFileUploaderDropzoneInput``, never focused, labelled "file upload")
  is hidden from screen readers; the button still opens the file picker through it.

Nothing in the sheet comes from a user: the texts are the translation table's, the types and the
size the page's own. If Streamlit changes that markup the box shows its English again, and the
browser test ``tests/e2e/test_uploader_language_browser.py`` fails.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, Literal, overload

import streamlit as st
from streamlit.runtime.state import WidgetCallback
from streamlit.runtime.uploaded_file_manager import UploadedFile

from core.i18n import Lang, t

_KEY: Final = re.compile(r"[A-Za-z0-9_-]+")
_BOX: Final = '[data-testid="stFileUploaderDropzone"]'
# Characters written into a CSS string as they are; any other is escaped as a code point.
_CSS_PLAIN: Final = re.compile(r"[\w .,:;()•…'/-]")


def css_string(text: str) -> str:
    r"""``text`` as a CSS string literal: quotes, backslashes, ``<`` and line breaks escaped, so
    it can neither end the string nor the ``<style>`` element around it.

    >>> print(css_string('Maks. 50 MB per berkas • ZIP'))
    "Maks. 50 MB per berkas • ZIP"
    >>> print(css_string('a"b\\c</style>'))
    "a\22 b\5c c\3c /style\3e "
    """
    escaped = "".join(c if _CSS_PLAIN.fullmatch(c) else f"\\{ord(c):x} " for c in text)
    return f'"{escaped}"'


def limits_text(lang: Lang, max_mb: int, types: str | Sequence[str] | None = None) -> str:
    """The limits line under the button: the largest file and the kinds of file taken.

    >>> limits_text("id", 50, ["xlsx", ".csv", "CSV"])
    'Maks. 50 MB per berkas • XLSX, CSV'
    >>> limits_text("en", 50)
    'Limit 50 MB per file'
    """
    kinds = [types] if isinstance(types, str) else list(types or [])
    names = list(dict.fromkeys(kind.lstrip(".").upper() for kind in kinds))
    if not names:
        return t("uploader.limit", lang, size=max_mb)
    return t("uploader.limit_types", lang, size=max_mb, types=", ".join(names))


def uploader_css(key: str, lang: Lang, *, limits: str, multiple: bool) -> str:
    """The style sheet giving the box of widget ``key`` its texts in ``lang``.

    Streamlit gives a keyed widget's container the class ``st-key-<key>``; every rule starts
    from it, so two boxes on one page each say their own limits.
    """
    if not _KEY.fullmatch(key):
        raise ValueError(f"an upload box's key is letters, digits, '_' and '-': {key!r}")
    box = f".st-key-{key} {_BOX}"
    label = f'{box} button [data-testid="stMarkdownContainer"]'
    limits_line = f'{box} [data-testid="stFileUploaderDropzoneInstructions"] span'
    drag = f"{box} > div:not([data-testid]) > span"
    drag_text = t("uploader.drag_many" if multiple else "uploader.drag_one", lang)
    return "\n".join(
        [
            f"{label} > p {{ display: none; }}",
            f"{label}::after {{ content: {css_string(t('uploader.choose', lang))};"
            " font-size: 0.875rem; line-height: 1.6; }",
            f"{limits_line}, {drag} {{ font-size: 0; visibility: hidden; }}",
            f"{limits_line}::after {{ content: {css_string(limits)};"
            " font-size: 0.875rem; visibility: visible; }",
            f"{drag}::after {{ content: {css_string(drag_text)};"
            " font-size: 0.875rem; visibility: visible; }",
            f'{box} [data-testid="stFileUploaderDropzoneInput"] {{ visibility: hidden; }}',
        ]
    )


@overload
def file_uploader(
    label: str,
    *,
    key: str,
    lang: Lang,
    type: str | Sequence[str] | None = None,
    accept_multiple_files: Literal[False] = False,
    help: str | None = None,
    on_change: WidgetCallback | None = None,
) -> UploadedFile | None: ...


@overload
def file_uploader(
    label: str,
    *,
    key: str,
    lang: Lang,
    type: str | Sequence[str] | None = None,
    accept_multiple_files: Literal[True],
    help: str | None = None,
    on_change: WidgetCallback | None = None,
) -> list[UploadedFile]: ...


def file_uploader(
    label: str,
    *,
    key: str,
    lang: Lang,
    type: str | Sequence[str] | None = None,
    accept_multiple_files: bool = False,
    help: str | None = None,
    on_change: WidgetCallback | None = None,
) -> UploadedFile | list[UploadedFile] | None:
    """``st.file_uploader`` with every text in the box in ``lang``; the key is required, since
    the style sheet finds the box by it. The limit shown is the server's
    (``server.maxUploadSize``, in MB)."""
    limits = limits_text(lang, int(st.get_option("server.maxUploadSize")), type)
    # A block holding only a <style> element takes no room on the page.
    sheet = uploader_css(key, lang, limits=limits, multiple=accept_multiple_files)
    st.html(f"<style>\n{sheet}\n</style>")
    return st.file_uploader(
        label,
        type=type,
        accept_multiple_files=accept_multiple_files,
        key=key,
        help=help,
        on_change=on_change,
    )
