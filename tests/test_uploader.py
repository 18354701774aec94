"""ui/uploader.py: the style sheet that gives an upload box its texts in the language shown, and
that every upload box of the dashboard goes through it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from core.i18n import LANGS, Lang, t
from ui.uploader import css_string, limits_text, uploader_css

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("lang", "types", "said"),
    [
        ("id", None, "Maks. 50 MB per berkas"),
        ("en", None, "Limit 50 MB per file"),
        ("id", "zip", "Maks. 50 MB per berkas • ZIP"),
        ("id", [".png", "jpg", "PNG"], "Maks. 50 MB per berkas • PNG, JPG"),
        ("en", ["xlsx", "csv"], "Limit 50 MB per file • XLSX, CSV"),
    ],
)
def test_the_limits_line_names_the_size_and_the_kinds(
    lang: Lang, types: str | list[str] | None, said: str
) -> None:
    assert limits_text(lang, 50, types) == said


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("multiple", [True, False])
def test_every_rule_is_for_the_one_box_and_says_its_texts(lang: Lang, multiple: bool) -> None:
    sheet = uploader_css(
        "restore_file", lang, limits=limits_text(lang, 50, "zip"), multiple=multiple
    )
    assert all(line.startswith(".st-key-restore_file ") for line in sheet.splitlines())
    drag = t("uploader.drag_many" if multiple else "uploader.drag_one", lang)
    for text in [t("uploader.choose", lang), limits_text(lang, 50, "zip"), drag]:
        assert f"content: {css_string(text)};" in sheet
    assert "<" not in sheet


def test_a_text_cannot_leave_its_string_or_the_style_element() -> None:
    written = css_string('"; } body { display: none } </style><script>')
    assert written.count('"') == 2 and "<" not in written and ">" not in written


@pytest.mark.parametrize("key", ["", "two words", "a.b", 'x"]'])
def test_a_key_that_is_no_class_name_is_refused(key: str) -> None:
    with pytest.raises(ValueError, match="key"):
        uploader_css(key, "id", limits="", multiple=False)


def test_no_page_draws_a_bare_streamlit_upload_box() -> None:
    """Streamlit's own box speaks English: pages draw ``ui.uploader.file_uploader``."""
    sources = [*ROOT.glob("pages/*.py"), *ROOT.glob("ui/*.py"), ROOT / "app.py"]
    bare = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in sources
        if path != ROOT / "ui" / "uploader.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr == "file_uploader"
    ]
    assert bare == []
