"""Names from the book in a real browser: a web or e-mail address in a customer's name is text
on Hari Ini and on the customer's page, never a link (round 67: GitHub-flavoured Markdown made
``[klik di sini](http://evil.example)`` a live link on the card and the page's heading)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import ROOT, running_server, wait_idle
from tests.helpers import write_xlsx
from ui.text import WORD_JOINER

pytestmark = pytest.mark.browser

NAMES = [
    "[klik di sini](http://evil.example)",
    "Toko Maju www.evil.example",
    "Sari bu@evil.example",
]


def _imported(data: Path) -> None:
    sold = date.today() - timedelta(days=60)
    rows: list[list[object]] = [["No. Faktur", "Tanggal", "Pelanggan", "Jumlah", "Tempo", "No. HP"]]
    for n, name in enumerate(NAMES, start=1):
        rows.append([f"INV-{n}", sold, name, 1_250_000 * n, 14, f"0812-1111-222{n}"])
    book = write_xlsx(data / "buku.xlsx", {"Piutang": rows})
    env = {**os.environ, "TAGIH_DATA": str(data), "TAGIH_DB": str(data / "tagih.sqlite3")}
    subprocess.run([sys.executable, "-m", "core", "import", str(book)], cwd=ROOT, env=env,
                   check=True, capture_output=True, timeout=120)  # fmt: skip


def _no_link_from_a_name(page: Page) -> None:
    """No link goes to an address a name holds (the WhatsApp draft may carry the name)."""
    hrefs = page.locator("a[href]").evaluate_all("links => links.map(a => a.href)")
    made = [h for h in hrefs if "evil.example" in (urlparse(h).netloc + urlparse(h).path)]
    assert not made, made


def _text(page: Page) -> str:
    return (
        page.locator("section.main, [data-testid='stMain']")
        .first.inner_text()
        .replace(WORD_JOINER, "")
    )


def test_addresses_in_names_are_text_not_links(tmp_path: Path, page: Page) -> None:
    _imported(tmp_path)
    with running_server(tmp_path) as url:
        page.goto(f"{url}/today")
        expect(page.get_by_text("Perlu dihubungi hari ini", exact=True)).to_be_visible(
            timeout=30_000
        )
        wait_idle(page)
        shown = _text(page)
        assert all(name in shown for name in NAMES), shown
        _no_link_from_a_name(page)

        page.goto(f"{url}/customers")
        search = page.get_by_label("Cari pelanggan")
        expect(search).to_be_visible(timeout=30_000)
        search.fill("klik di sini")
        search.press("Enter")
        wait_idle(page)
        heading = page.locator("h2").filter(has_text="klik di sini").first
        expect(heading).to_be_visible(timeout=15_000)
        assert heading.inner_text().replace(WORD_JOINER, "") == NAMES[0]
        _no_link_from_a_name(page)
