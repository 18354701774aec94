"""What was imported survives a restart; importing the same file again changes no total."""

from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import running_server, screenshot
from tests.helpers import write_xlsx

pytestmark = pytest.mark.browser


def total_on_overview(page: Page, url: str) -> str:
    page.goto(url)
    metric = page.locator('[data-testid="stMetric"]').first
    expect(metric).to_contain_text("Rp ", timeout=30_000)
    return metric.inner_text()


def upload(page: Page, url: str, path: Path, outcome: str) -> None:
    page.goto(f"{url}/upload")
    expect(page.get_by_text("Berkas yang tersimpan", exact=True)).to_be_visible(timeout=30_000)
    page.locator('input[type="file"]').set_input_files(str(path))
    expect(page.get_by_text(f"{path.name}: {outcome}")).to_be_visible(timeout=30_000)


def test_restart_keeps_the_imports_and_reimport_changes_nothing(page: Page, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    ledger = write_xlsx(tmp_path / "piutang_toko_baru.xlsx", {"Piutang": [
        ["No Faktur", "Pelanggan", "Tanggal", "Jumlah", "Dibayar"],
        ["TB-1", "Toko Baru", date(2026, 8, 1), 7_777_000, 1_000],
    ]})  # fmt: skip
    with running_server(data) as url:
        before = total_on_overview(page, url)
        upload(page, url, ledger, "tersimpan.")
        after_upload = total_on_overview(page, url)
        assert after_upload != before
    with running_server(data) as url:  # a restart: a new process on the same database
        assert total_on_overview(page, url) == after_upload
        upload(page, url, ledger, "sudah pernah diimpor")
        assert total_on_overview(page, url) == after_upload
        screenshot(page, "restart-overview")
