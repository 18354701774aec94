"""The main flows in a real browser: every page opens, then upload → overview → customer → PDF."""

import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pypdf
import pytest
from playwright.sync_api import Page, expect

from core.money import format_rupiah
from tests.e2e.conftest import ROOT, screenshot, wait_idle
from tests.helpers import write_xlsx

pytestmark = pytest.mark.browser
PAGES = {"": "Total piutang", "customers": "Cari pelanggan", "upload": "Berkas yang tersimpan",
         "settings": "Data usaha (untuk surat dan pernyataan)"}  # fmt: skip


@pytest.mark.parametrize("path", list(PAGES))
def test_every_page_opens_without_an_error(server: str, page: Page, path: str) -> None:
    page.goto(f"{server}/{path}")
    expect(page.get_by_text(PAGES[path], exact=True).first).to_be_visible(timeout=30_000)
    wait_idle(page)
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)
    expect(page.get_by_text("Traceback")).to_have_count(0)
    screenshot(page, f"page-{path or 'overview'}")


@pytest.fixture
def own_ledger(tmp_path: Path) -> Path:
    rows = [
        ["BUKU PIUTANG CV MAJU BERSAMA"], [],
        ["No", "No. Faktur", "Tanggal", "Nama Pelanggan", "No. HP", "Jumlah (Rp)", "Dibayar",
         "Tempo"],
        [1, "MB-001", date(2026, 7, 1), "Toko Sinar Jaya", "0812-3456-7890", 12_500_000, 2_500_000,
         30],
        [2, "MB-002", date(2026, 10, 20), "Toko Sinar Jaya", "0812-3456-7890", "Rp 4.750.000",
         None, 30],
        [3, "MB-003", date(2026, 9, 1), "UD Berkah", None, 8_000_000, 8_000_000, 30],
        [4, "MB-004", date(2026, 8, 15), "Bu Ani", "081298765432", 3_250_000, None, "30 hari"],
        [None, None, None, "TOTAL", 28_500_000, 10_500_000],
    ]  # fmt: skip
    return write_xlsx(tmp_path / "piutang_cv_maju.xlsx", {"Piutang": rows})


def cli_summary(path: Path, today: date) -> dict[str, object]:
    command = [sys.executable, "-m", "core", "summary", str(path), "--json"]
    out = subprocess.run(
        [*command, "--today", today.isoformat()],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def test_upload_overview_customer_statement(
    server: str, page: Page, own_ledger: Path, tmp_path: Path
) -> None:
    page.goto(f"{server}/upload")
    expect(page.get_by_text("Berkas yang tersimpan", exact=True)).to_be_visible(timeout=30_000)
    page.get_by_role("button", name="Hapus data contoh").click()
    wait_idle(page)
    page.locator('input[type="file"]').set_input_files(str(own_ledger))
    expect(page.get_by_text("piutang_cv_maju.xlsx: tersimpan.")).to_be_visible(timeout=30_000)
    wait_idle(page)
    expect(page.get_by_text("Kolom yang dipakai")).to_be_visible()
    screenshot(page, "flow-1-upload-report")

    expected = cli_summary(own_ledger, date.today())
    page.goto(server)
    metric = page.locator('[data-testid="stMetric"]').first
    expect(metric).to_contain_text(format_rupiah(int(expected["outstanding"])), timeout=30_000)
    expect(page.locator('[data-testid="stMetric"]').nth(1)).to_contain_text(
        format_rupiah(int(expected["overdue"]))
    )
    screenshot(page, "flow-2-overview")
    # The owner's own book, no shop yet: the overview asks for the shop that signs documents.
    expect(page.get_by_text("Data toko Anda", exact=True)).to_be_visible()
    page.get_by_label("Nama toko", exact=True).fill("CV Maju Bersama")
    page.get_by_role("button", name="Simpan data toko").click()
    wait_idle(page)
    expect(page.get_by_text("Data toko Anda", exact=True)).to_have_count(0)

    page.goto(f"{server}/customers")
    expect(page.get_by_text("Cari pelanggan", exact=True)).to_be_visible(timeout=30_000)
    wait_idle(page)
    expect(page.get_by_role("heading", name="Toko Sinar Jaya")).to_be_visible(timeout=30_000)
    expect(page.locator('[data-testid="stMetric"]').first).to_contain_text("Rp 14.750.000")
    with page.expect_download(timeout=30_000) as download_info:
        page.get_by_role("button", name="Unduh PDF").click()
    pdf = tmp_path / "statement.pdf"
    download_info.value.save_as(pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert "CV Maju Bersama" in text and "Toko Anda" not in text
    screenshot(page, "flow-3-customer")
