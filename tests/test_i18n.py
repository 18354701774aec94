"""Every sentence exists in both languages, and every key the code asks for exists."""

import re
from pathlib import Path

from core.i18n import LANGS, TEXTS

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    *ROOT.glob("core/*.py"),
    *ROOT.glob("pages/*.py"),
    *ROOT.glob("ui/*.py"),
    ROOT / "app.py",
]


def test_every_entry_has_both_languages_and_the_same_placeholders() -> None:
    for key, entry in TEXTS.items():
        assert set(entry) == set(LANGS), key
        fields = [set(re.findall(r"{(\w+)", entry[lang])) for lang in LANGS]
        assert fields[0] == fields[1], key


def test_every_literal_key_used_in_the_code_exists() -> None:
    used = set()
    for path in SOURCES:
        used |= set(re.findall(r'\bt\(\s*"([a-z_]+\.[\w.+\-]+)"', path.read_text("utf-8")))
    assert used, "no keys found: the pattern is wrong"
    assert sorted(used - TEXTS.keys()) == []
