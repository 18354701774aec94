"""Unggah takes any file and lets Tagih judge it: a Word letter and a photo of the book get
Tagih's own sentence in Indonesian (never Streamlit's English "files are not allowed"), and
the report shows the files just uploaded."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import screenshot, wait_idle

pytestmark = pytest.mark.browser


def docx(path: Path) -> Path:
    """A minimal real Word document (a zip with word/document.xml)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    path.write_bytes(buffer.getvalue())
    return path


def test_a_word_file_and_a_photo_get_tagih_s_own_sentence(
    server: str, page: Page, tmp_path: Path
) -> None:
    letter = docx(tmp_path / "surat_tagihan.docx")
    photo = tmp_path / "foto_buku.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8)
    page.goto(f"{server}/upload")
    expect(page.get_by_text("Berkas yang tersimpan", exact=True)).to_be_visible(timeout=30_000)
    wait_idle(page)
    page.locator('input[type="file"]').set_input_files([str(letter), str(photo)])
    expect(
        page.get_by_text("Berkas 'surat_tagihan.docx' tidak dapat dibaca: ini bukan lembar kerja")
    ).to_be_visible(timeout=30_000)
    expect(
        page.get_by_text("Berkas 'foto_buku.jpg' tidak dapat dibaca: ini gambar")
    ).to_be_visible()
    expect(page.get_by_text("not allowed", exact=False)).to_have_count(0)
    wait_idle(page)
    screenshot(page, "upload-any-file")
