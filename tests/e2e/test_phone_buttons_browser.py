"""Phone buttons in a real browser: a cell with two numbers offers a WhatsApp button for each,
a landline a call button (tel:) and no WhatsApp, a Singapore number keeps +65."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import ROOT, running_server, wait_idle
from tests.helpers import write_xlsx

pytestmark = pytest.mark.browser

CUSTOMERS = {
    "Toko Dua Nomor": "0812-1111-2222 / 0813 3333 4444",
    "Toko Kantor Pusat": "021-5551234",
    "Toko Singapura": "+65 9123 4567",
}


def _imported(data: Path) -> None:
    sold = date.today() - timedelta(days=40)
    rows: list[list[object]] = [["No. Faktur", "Tanggal", "Nama Pelanggan", "Jumlah (Rp)",
                                 "Tempo", "No. HP"]]  # fmt: skip
    for n, (name, phone) in enumerate(CUSTOMERS.items(), start=1):
        rows.append([f"INV-{n}", sold, name, 1_250_000 * n, 14, phone])
    book = write_xlsx(data / "buku.xlsx", {"Piutang": rows})
    env = {**os.environ, "TAGIH_DATA": str(data), "TAGIH_DB": str(data / "tagih.sqlite3")}
    subprocess.run([sys.executable, "-m", "core", "import", str(book)], cwd=ROOT, env=env,
                   check=True, capture_output=True, timeout=120)  # fmt: skip


def _open_customer(page: Page, url: str, name: str) -> None:
    page.goto(f"{url}/customers")
    search = page.get_by_label("Cari pelanggan")
    expect(search).to_be_visible(timeout=30_000)
    search.fill(name)
    search.press("Enter")
    wait_idle(page)
    expect(page.get_by_role("heading", name=name)).to_be_visible(timeout=15_000)


def test_each_number_gets_its_own_link(tmp_path: Path, page: Page) -> None:
    _imported(tmp_path)
    with running_server(tmp_path) as url:
        _open_customer(page, url, "Toko Dua Nomor")
        first = page.get_by_role("link", name="WhatsApp 0812-1111-2222")
        second = page.get_by_role("link", name="WhatsApp 0813 3333 4444")
        expect(first).to_have_attribute("href", "https://wa.me/6281211112222")
        expect(second).to_have_attribute("href", "https://wa.me/6281333334444")

        _open_customer(page, url, "Toko Kantor Pusat")
        call = page.get_by_role("link", name="Telepon 021-5551234")
        expect(call).to_have_attribute("href", "tel:+62215551234")
        expect(page.get_by_role("link", name="WhatsApp")).to_have_count(0)

        _open_customer(page, url, "Toko Singapura")
        chat = page.get_by_role("link", name="WhatsApp", exact=True)
        expect(chat).to_have_attribute("href", "https://wa.me/6591234567")
