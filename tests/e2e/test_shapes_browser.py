"""Books in shapes other than an invoice list, in a real browser: a kartu piutang workbook is
said to be read as cards and its figure reaches the overview; a Saldo typo is a red notice on
Unggah and on the overview. Pictures at desktop (1280) and phone (390×844) width."""

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from core.money import format_rupiah
from tests.e2e.conftest import ROOT, screenshot, wait_idle
from tests.helpers import write_xlsx

pytestmark = pytest.mark.browser
SHAPES = ROOT / "tests" / "fixtures" / "shapes"
KARTU = SHAPES / "kartu_sheet_per_customer_title_lines.xlsx"
TYPO = SHAPES / "wrong_kartu_saldo_typo.xlsx"
DESKTOP = {"width": 1280, "height": 1000}
PHONE = {"width": 390, "height": 844}


def outstanding(path: Path, today: date) -> int:
    """The file's total outstanding as the CLI gives it on ``today`` (the sidebar's date)."""
    command = [sys.executable, "-m", "core", "summary", str(path), "--json"]
    out = subprocess.run(
        [*command, "--today", today.isoformat()],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return int(json.loads(out.stdout)["outstanding"])


def pictures(page: Page, name: str) -> None:
    """The page as it stands, at desktop and at phone width (``name``-desktop, -phone)."""
    screenshot(page, f"{name}-desktop")
    page.set_viewport_size(PHONE)
    screenshot(page, f"{name}-phone")
    page.set_viewport_size(DESKTOP)


def red_notice(page: Page, text: str) -> Locator:
    return page.locator('[data-testid="stAlertContentError"]').filter(has_text=text)


def upload(page: Page, server: str, path: Path) -> None:
    page.goto(f"{server}/upload")
    expect(page.get_by_text("Berkas yang tersimpan", exact=True)).to_be_visible(timeout=30_000)
    wait_idle(page)
    page.locator('input[type="file"]').set_input_files(str(path))
    expect(page.get_by_text(f"{path.name}: tersimpan.")).to_be_visible(timeout=30_000)
    wait_idle(page)


def test_a_kartu_workbook_is_read_as_cards_and_a_saldo_typo_shows_in_red(
    server: str, page: Page
) -> None:
    page.set_viewport_size(DESKTOP)
    page.goto(f"{server}/upload")
    expect(page.get_by_text("Berkas yang tersimpan", exact=True)).to_be_visible(timeout=30_000)
    page.get_by_role("button", name="Hapus data contoh").click()
    wait_idle(page)

    upload(page, server, KARTU)
    expect(
        page.get_by_text("Dibaca sebagai kartu piutang: 5 lembar, 5 pelanggan", exact=False)
    ).to_be_visible()
    expect(page.locator('[data-testid="stAlertContentError"]')).to_have_count(0)
    expect(page.get_by_text("Bentuk buku", exact=True)).to_be_visible()
    pictures(page, "shapes-1-upload-kartu")

    figure = outstanding(KARTU, date.today())
    assert figure == 51_053_000  # every debt of the file is due before today
    page.goto(server)
    expect(page.locator('[data-testid="stMetric"]').first).to_contain_text(
        format_rupiah(figure), timeout=30_000
    )
    wait_idle(page)
    screenshot(page, "shapes-2-overview-kartu-desktop")

    upload(page, server, TYPO)
    notice = red_notice(page, "Saldo baris 8 di lembar 'UD Karya Tani'")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("buku Rp 1.759.500, terhitung Rp 1.579.500")
    expect(page.get_by_text("saldo TIDAK cocok di 1 dari 3 lembar", exact=False)).to_be_visible()
    pictures(page, "shapes-3-upload-typo")

    page.goto(server)
    notice = red_notice(page, "tidak cocok dengan barisnya di 1 tempat")
    expect(notice).to_be_visible(timeout=30_000)
    expect(notice).to_contain_text("lembar 'UD Karya Tani' baris 8")
    expect(page.locator('[data-testid="stMetric"]').first).to_contain_text(
        format_rupiah(figure + outstanding(TYPO, date.today()))
    )
    wait_idle(page)
    pictures(page, "shapes-4-overview-typo")


def warning(page: Page, text: str) -> Locator:
    return page.locator('[data-testid="stAlertContentWarning"]').filter(has_text=text)


def test_payments_that_pay_nothing_in_the_book_are_a_warning_on_unggah_and_the_overview(
    server: str, page: Page, tmp_path: Path
) -> None:
    """A payments file naming an invoice the book does not have and a customer it has no
    invoice for: Unggah lists both under the whole book, the overview warns with the rows."""
    path = write_xlsx(tmp_path / "setoran_lain.xlsx", {"Pembayaran": [
        ["No. Faktur", "Pelanggan", "Tanggal Bayar", "Jumlah"],
        ["TIDAK-ADA-7", "", date(2026, 11, 5), 25_000],
        ["", "Toko Entah Berantah", date(2026, 11, 6), 15_000],
    ]})  # fmt: skip
    page.set_viewport_size(DESKTOP)
    upload(page, server, path)
    expect(page.get_by_text("Yang perlu diperiksa di seluruh buku", exact=False)).to_be_visible()
    said = warning(page, "Perlu diperiksa di buku")
    expect(said).to_have_count(2)  # in the file's report, and under the whole book
    for each in (said.first, said.last):
        expect(each).to_contain_text("2 pembayaran tidak cocok dengan faktur atau pelanggan")
        expect(each).to_contain_text("setoran_lain.xlsx, lembar 'Pembayaran' baris 2")
    # The list (a data grid, drawn on a canvas: its cells are there for screen readers).
    cell = page.locator('[role="gridcell"]').filter(has_text="faktur 'TIDAK-ADA-7'")
    expect(cell.first).to_be_attached()
    pictures(page, "shapes-5-upload-unmatched")

    page.goto(server)
    notice = warning(page, "Perlu diperiksa di buku")
    expect(notice).to_be_visible(timeout=30_000)
    expect(notice).to_contain_text("baris 3")
    wait_idle(page)
    pictures(page, "shapes-6-overview-unmatched")
