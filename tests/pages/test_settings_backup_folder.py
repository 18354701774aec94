"""Settings: the owner sees where the data is, picks a second backup folder (checked; today's
copy made there at once), is told when it cannot be reached, and can stop it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core.backup import SECOND_FOLDER_SETTING, daily_backups
from core.store import Store
from tests.pages.test_app import run_app, texts
from ui.text import plain


@pytest.fixture(autouse=True)
def own_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("TAGIH_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("TAGIH_DB", str(tmp_path / "data" / "tagih.sqlite3"))
    yield tmp_path


def _folder_input(at: AppTest) -> object:
    return next(w for w in at.text_input if w.label.startswith("Folder cadangan kedua"))


def _save(at: AppTest, text: str) -> AppTest:
    field = _folder_input(at)
    field.input(text)  # type: ignore[attr-defined]
    form = next(b for b in at.button if b.proto.form_id == "second_folder_form")
    form.click().run()
    return at


def test_the_owner_picks_a_second_backup_folder(tmp_path: Path) -> None:
    at = run_app(page="pages/settings.py")
    assert plain(tmp_path / "data") in texts(at)  # where the data lives, said on the page
    stick = tmp_path / "usb"

    _save(at, str(stick))  # not plugged in yet: refused, nothing made
    assert any("tidak ada" in e.value for e in at.error)
    assert not stick.exists()

    stick.mkdir()
    _save(at, str(stick))
    assert any("Folder cadangan kedua disimpan" in s.value for s in at.success)
    assert len(daily_backups(stick)) == 1  # today's copy, at once
    with Store(tmp_path / "data" / "tagih.sqlite3") as db:
        assert db.get_setting(SECOND_FOLDER_SETTING) == str(stick)

    for copy in stick.iterdir():
        copy.unlink()
    stick.rmdir()  # the stick is pulled out
    at = run_app(page="pages/settings.py")
    assert any(plain(stick) in w.value for w in at.warning)

    _save(at, "")
    with Store(tmp_path / "data" / "tagih.sqlite3") as db:
        assert db.get_setting(SECOND_FOLDER_SETTING) == ""
