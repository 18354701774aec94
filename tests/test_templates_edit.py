"""Editing the message templates: checked before saving, written back to the owner's file."""

from __future__ import annotations

import tomllib
from datetime import date, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from core.messages import (
    TEMPLATE_FIELDS,
    load_templates,
    render_message,
    save_templates,
    template_entry,
    template_problems,
    templates_toml,
    with_template,
)
from tests.factories import invoice

TODAY = date(2026, 11, 23)


def test_problems_name_unknown_fields_and_unpaired_braces() -> None:
    assert template_problems("Halo {sapaan}, {total} {rincian}") == []
    assert template_problems("Halo {sapaan") == ["format"]
    assert template_problems("Halo }") == ["format"]
    assert template_problems("{toko} dan {toko} dan {nama_toko}") == ["{toko}", "{nama_toko}"]
    assert all(template_problems(f"{{{field}}}") == [] for field in TEMPLATE_FIELDS)


def test_every_default_template_is_usable() -> None:
    for lang, steps in load_templates().items():
        for step in steps:
            entry = template_entry(load_templates(), lang, int(step))
            for text in (entry["subject"], *entry["bodies"]):
                assert template_problems(text) == [], (lang, step, text)


def test_an_edit_is_saved_to_the_owners_file_and_used(tmp_path: Path) -> None:
    path = tmp_path / "messages.toml"
    edited = with_template(
        load_templates(), "id", 3, "Ingat ya: {total}", ['Pak/Bu {nama}, "tolong" bayar {total}\\']
    )
    save_templates(path, edited)
    text = path.read_text("utf-8")
    assert text.startswith("# Tagih message templates")  # the explanation stays on top
    loaded = load_templates(path)
    assert template_entry(loaded, "id", 3) == {
        "subject": "Ingat ya: {total}",
        "bodies": ['Pak/Bu {nama}, "tolong" bayar {total}\\'],
    }
    bill = invoice("F1", "Toko A", 1_250_000, due=TODAY - timedelta(10))
    message = render_message(3, name="Toko A", invoices=[bill], as_of=TODAY, templates=loaded)
    assert message.body == 'Pak/Bu Toko A, "tolong" bayar Rp 1.250.000\\'
    # Several bodies (step 4's jokes) stay several.
    assert len(template_entry(loaded, "id", 4)["bodies"]) > 1
    assert template_entry(loaded, "en", 3) == template_entry(load_templates(), "en", 3)


@settings(deadline=None)  # a busy machine, not a slow rule
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_any_text_is_written_so_it_reads_back_the_same(text: str) -> None:
    edited = with_template(load_templates(), "en", 5, text, [text, text + "\n"])
    assert tomllib.loads(templates_toml(edited))["en"]["5"] == {
        "subject": text,
        "bodies": [text, text + "\n"],
    }
