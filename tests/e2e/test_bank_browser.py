"""A bank statement in a real browser: the owner drops the receivables book and then the
bank's export on Unggah, sees each credit with the customer it most likely comes from and why,
confirms one with one click, and the overview's outstanding falls by that payment."""

import io
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from playwright.sync_api import Page, expect

from core.money import format_rupiah
from tests.bank_month import klikbca_csv
from tests.e2e.conftest import screenshot, wait_idle

pytestmark = pytest.mark.browser
TODAY = date.today()


def book(path: Path) -> int:
    """A small book dated before today; its outstanding."""
    rows = [
        ("F-101", "Budi Santoso", 1_250_000),
        ("F-201", "Budi Hartono", 700_000),
        ("F-301", "Siti Aminah", 900_000),
        ("F-401", "Toko Sumber Rejeki", 3_000_000),
    ]
    sheet_book = openpyxl.Workbook()
    sheet = sheet_book.active
    assert sheet is not None
    sheet.append(["No Faktur", "Pelanggan", "Tanggal", "Jatuh Tempo", "Jumlah"])
    on = TODAY - timedelta(days=60)
    for number, name, amount in rows:
        sheet.append([number, name, on, on + timedelta(days=30), amount])
    out = io.BytesIO()
    sheet_book.save(out)
    path.write_bytes(out.getvalue())
    return sum(amount for _, _, amount in rows)


def drop(page: Page, path: Path, said: str) -> None:
    page.locator('input[type="file"]').set_input_files(str(path))
    expect(page.get_by_text(said, exact=False)).to_be_visible(timeout=30_000)
    wait_idle(page)


def test_a_statement_s_credit_is_confirmed_in_one_click(
    server: str, page: Page, tmp_path: Path
) -> None:
    page.goto(f"{server}/upload")
    expect(page.get_by_text("Berkas yang tersimpan", exact=True)).to_be_visible(timeout=30_000)
    page.get_by_role("button", name="Hapus data contoh").click()
    wait_idle(page)
    ledger = tmp_path / "buku.xlsx"
    total = book(ledger)
    drop(page, ledger, "buku.xlsx: tersimpan.")

    day = TODAY - timedelta(days=3)
    trsf = f"TRSF E-BANKING CR {day:%d%m}/FTSCY/WS95031"
    lines = [
        (day, f"{trsf} SITI AMINAH F-301", 900_000, "CR"),
        (day, f"{trsf} 1250000.00BUDI SANTOSO", 1_250_000, "CR"),
        (day, "BIAYA ADM", 15_000, "DB"),
    ]
    statement = tmp_path / "mutasi.csv"
    statement.write_bytes(klikbca_csv(lines, day - timedelta(days=1), TODAY))
    drop(page, statement, "mutasi.csv: mutasi BCA, 2 uang masuk (Rp 2.150.000); 2 baru")
    expect(page.get_by_text("Mutasi rekening: siapa yang membayar")).to_be_visible()
    expect(page.get_by_text("nomor nota F-301 tertulis di keterangan", exact=False)).to_be_visible()
    screenshot(page, "bank-1-proposals-desktop")

    # The surest first: Siti Aminah's transfer names her invoice.
    page.get_by_role("button", name="Konfirmasi").first.click()
    expect(page.get_by_text("Pembayaran Rp 900.000 dari Siti Aminah dicatat.")).to_be_visible(
        timeout=30_000
    )
    wait_idle(page)
    expect(page.get_by_role("button", name="Konfirmasi")).to_have_count(1)
    screenshot(page, "bank-2-confirmed-desktop")

    page.goto(server)
    expect(page.locator('[data-testid="stMetric"]').first).to_contain_text(
        format_rupiah(total - 900_000), timeout=30_000
    )
