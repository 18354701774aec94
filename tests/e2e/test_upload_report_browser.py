"""Unggah in a real browser: the report is about the files just dropped (file A, then file B:
only B is reported, and an older report never sits under a new file's refusal); a corrected
column shows the header chosen; with an invoices and a payments sheet, a correction is made
for one sheet, the page says which, and only that sheet changes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Locator, Page, expect

from core.store import Store
from tests.e2e.conftest import running_server, screenshot, wait_idle
from tests.helpers import write_xlsx

pytestmark = pytest.mark.browser
SOLD = date.today() - timedelta(days=60)


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    data = tmp_path / "data"
    data.mkdir()
    with running_server(data) as url:
        yield url, data


def book_a(folder: Path) -> Path:
    return write_xlsx(folder / "buku_a_toko.xlsx", {"Piutang": [
        ["No Faktur", "Pelanggan", "Tanggal", "Jatuh Tempo", "Jumlah"],
        ["A-1", "Toko Anggrek", SOLD, SOLD + timedelta(days=30), 2_000_000],
        ["A-2", "Toko Asri", SOLD, SOLD + timedelta(days=30), 3_000_000],
    ]})  # fmt: skip


def book_b(folder: Path) -> Path:
    """Invoices and payments on two sheets."""
    return write_xlsx(folder / "buku_b_gudang.xlsx", {
        "Faktur": [
            ["No. Faktur", "Tanggal", "Pelanggan", "Jatuh Tempo", "Jumlah"],
            ["B-1", SOLD, "CV Bintang", SOLD + timedelta(days=30), 4_000_000],
            ["B-2", SOLD + timedelta(days=5), "CV Bintang", SOLD + timedelta(days=35), 1_000_000],
        ],
        "Pembayaran": [
            ["Tgl Bayar", "Pelanggan", "No. Faktur", "Jumlah Bayar"],
            [SOLD + timedelta(days=20), "CV Bintang", "B-2", 1_000_000],
        ],
    })  # fmt: skip


def open_upload(page: Page, url: str) -> None:
    page.goto(f"{url}/upload")
    expect(page.get_by_text("Berkas yang tersimpan", exact=True)).to_be_visible(timeout=30_000)
    wait_idle(page)


def drop(page: Page, path: Path) -> None:
    page.locator('input[type="file"]').set_input_files(str(path))
    expect(page.get_by_text(f"Laporan: {path.name}", exact=True)).to_be_visible(timeout=60_000)
    wait_idle(page)


def report(page: Page, path: Path) -> Locator:
    """The page around the file's report (the only report shown: no other file is picked)."""
    expect(page.get_by_text(f"Laporan: {path.name}", exact=True)).to_be_visible()
    expect(page.get_by_text("Laporan: ", exact=False)).to_have_count(1)
    return page.locator('[data-testid="stMain"]')


def choose(page: Page, box: Locator, label: str, option: str, typed: bool = True) -> None:
    """Pick ``option`` in the select ``label``, as a user does (tried again when a rerun of
    the page took the open list away under the click)."""
    combo = box.get_by_role("combobox", name=label, exact=True)
    for _ in range(3):
        combo.click()
        if typed:  # a long list is virtualised: typed, as a user filters it
            page.keyboard.type(option)
        wanted = page.get_by_role("option", name=option, exact=True)
        try:
            expect(wanted).to_have_count(1, timeout=5_000)
            page.wait_for_timeout(200)
            wanted.click(timeout=5_000)
        except (AssertionError, PlaywrightError):
            page.keyboard.press("Escape")
            continue
        wait_idle(page)
        if combo.input_value() == option:
            return
    expect(combo).to_have_value(option)


def mapping(data: Path, name: str) -> dict[str, str | None] | None:
    with Store(data / "tagih.sqlite3") as store:
        return next(r.mapping for r in store.imports() if r.file_name == name)


def reread(page: Page, data: Path, name: str, wanted: dict[str, str | None]) -> None:
    """Press "Baca ulang" and wait until the file is saved with the choice ``wanted``."""
    page.get_by_role("button", name="Baca ulang dengan pilihan ini").click()
    for _ in range(120):
        if mapping(data, name) == wanted:
            break
        page.wait_for_timeout(500)
    assert mapping(data, name) == wanted
    expect(page.get_by_text(f"{name}: dibaca ulang")).to_be_visible(timeout=60_000)
    wait_idle(page)


def test_a_then_b_reports_b_only_and_no_old_report_under_a_refusal(
    shop: tuple[str, Path], page: Page, tmp_path: Path
) -> None:
    url, _ = shop
    a, b = book_a(tmp_path), book_b(tmp_path)
    open_upload(page, url)
    drop(page, a)
    expect(page.get_by_text(f"{a.name}: tersimpan.")).to_be_visible()
    drop(page, b)
    # The upload box still lists A, but the page reports B alone.
    expect(page.get_by_text(f"{b.name}: tersimpan.")).to_be_visible()
    expect(page.get_by_text(f"Laporan: {a.name}", exact=True)).to_have_count(0)
    expect(page.get_by_text(f"{a.name}: tersimpan.")).to_have_count(0)
    expect(page.get_by_text("Dibaca sebagai daftar pembayaran: 1 lembar")).to_be_visible()
    screenshot(page, "upload-a-then-b")
    # A file Tagih refuses: its sentence, and no earlier file's report under it.
    refused = tmp_path / "catatan.txt"
    refused.write_text("bukan buku piutang")
    page.locator('input[type="file"]').set_input_files(str(refused))
    expect(page.get_by_text("Berkas 'catatan.txt' tidak dapat dibaca")).to_be_visible(
        timeout=60_000
    )
    wait_idle(page)
    expect(page.get_by_text("Laporan: ", exact=False)).to_have_count(0)
    expect(page.get_by_text("Kolom yang dipakai", exact=True)).to_have_count(0)
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)


def test_a_corrected_column_shows_the_choice_and_a_payments_sheet_is_corrected_alone(
    shop: tuple[str, Path], page: Page, tmp_path: Path
) -> None:
    url, data = shop
    b = book_b(tmp_path)
    open_upload(page, url)
    drop(page, b)
    box = report(page, b)
    # Every sheet: the invoices' due date read from "Tanggal" instead.
    expect(
        box.get_by_text("Pilihan di bawah mengubah semua lembar: 'Faktur', 'Pembayaran'.")
    ).to_be_visible()
    choose(page, box, "Jatuh tempo", "Tanggal")
    reread(page, data, b.name, {"due_date": "Tanggal"})
    box = report(page, b)
    expect(box.get_by_role("combobox", name="Jatuh tempo", exact=True)).to_have_value("Tanggal")
    # The payments sheet alone: its invoice number left out (payments pay the oldest first).
    choose(page, box, "Koreksi untuk", "Lembar 'Pembayaran' saja", typed=False)
    expect(box.get_by_text("Pilihan di bawah hanya mengubah lembar 'Pembayaran'")).to_be_visible()
    choose(page, box, "No. Faktur", "(tidak ada di berkas)")
    reread(page, data, b.name, {"due_date": "Tanggal", "Pembayaran :: invoice_no": None})
    box = report(page, b)
    # The sheet just corrected stays in view with its choice shown.
    expect(box.get_by_role("combobox", name="Koreksi untuk", exact=True)).to_have_value(
        "Lembar 'Pembayaran' saja"
    )
    expect(box.get_by_role("combobox", name="No. Faktur", exact=True)).to_have_value(
        "(tidak ada di berkas)"
    )
    expect(box.get_by_text("Pilihan yang dibuat khusus untuk lembar")).to_have_count(0)
    choose(page, box, "Koreksi untuk", "Semua lembar", typed=False)
    expect(
        box.get_by_text("Pilihan yang dibuat khusus untuk lembar 'Pembayaran' tetap dipakai")
    ).to_be_visible()
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)
    screenshot(page, "upload-corrected-per-sheet")
