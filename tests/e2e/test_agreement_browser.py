"""As a new user would: from a customer's page make an agreement, download its PDF, enter a
payment by hand and see the instalment marked paid; then the credit check refuses politely."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pypdf
import pytest
from playwright.sync_api import Page, expect

from core.aging import customer_balances
from core.agreements import build_agreement
from core.credit import assess
from core.money import format_rupiah
from core.report import load_files
from tests.e2e.conftest import ARTIFACTS, ROOT, screenshot, wait_idle

pytestmark = pytest.mark.browser
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"


def pdf_pictures(pdf: Path, name: str) -> list[Path]:
    """The PDF's pages as PNG files in the test artefacts, to look at."""
    if shutil.which("pdftoppm") is None:
        return []
    ARTIFACTS.mkdir(exist_ok=True)
    prefix = ARTIFACTS / name
    subprocess.run(["pdftoppm", "-r", "70", "-png", str(pdf), str(prefix)], check=True)
    return sorted(ARTIFACTS.glob(f"{name}-*.png"))


def test_agreement_from_the_customer_page_to_an_instalment_paid(
    server: str, page: Page, tmp_path: Path
) -> None:
    today = date.today()
    _, book = load_files([SAMPLE])
    debtor = customer_balances(book, today)[0]  # the customers page opens on the largest debtor
    expected = build_agreement(
        book, debtor.name, created=today, instalments=3, first=today, round_to=1000
    )
    first_amount = expected.schedule.instalments[0].amount

    page.goto(f"{server}/customers")
    expect(page.get_by_role("heading", name=debtor.name)).to_be_visible(timeout=30_000)
    wait_idle(page)
    page.get_by_role("link", name="Buat atau lihat kesepakatan").click()
    expect(page.get_by_text("Kesepakatan baru", exact=True)).to_be_visible(timeout=30_000)
    wait_idle(page)
    owes = f"Sisa utang {format_rupiah(debtor.outstanding)}"
    expect(page.get_by_text(owes)).to_be_visible()
    expect(page.get_by_text("Pratinjau jadwal", exact=True)).to_be_visible()
    screenshot(page, "agreement-1-new")
    # The customer as the paper names them: a wrong NIK is said, a right one taken.
    nik = page.get_by_role("textbox", name="NIK pelanggan (16 angka)")
    nik.fill("3578 0112 3456")
    nik.press("Tab")
    expect(page.get_by_text("NIK harus 16 angka")).to_be_visible(timeout=15_000)
    nik.fill("3578 0112 3456 0001")
    nik.press("Tab")
    expect(page.get_by_text("NIK harus 16 angka")).to_have_count(0, timeout=15_000)
    page.get_by_label("Alamat pelanggan").fill("Jl. Pahlawan No. 7, Sidoarjo")
    page.get_by_label("Alamat pelanggan").press("Tab")
    page.get_by_label("Saksi 1 (boleh kosong)").fill("Budi Santoso")
    page.get_by_label("Saksi 1 (boleh kosong)").press("Tab")
    wait_idle(page)

    page.get_by_role("button", name="Simpan kesepakatan").click()
    expect(page.get_by_text(f"Kesepakatan dengan {debtor.name} tersimpan.")).to_be_visible(
        timeout=30_000
    )
    wait_idle(page)
    expect(page.get_by_text("0 dari 3 pembayaran lunas.")).to_be_visible()
    with page.expect_download(timeout=30_000) as download_info:
        page.get_by_role("button", name="Unduh PDF kesepakatan").first.click()
    pdf = tmp_path / "kesepakatan.pdf"
    download_info.value.save_as(pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    text = " ".join(
        " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages).split()
    )
    assert "SURAT KESEPAKATAN PEMBAYARAN UTANG" in text and debtor.name in text
    assert format_rupiah(first_amount) in text
    for expected_text in (
        "NIK : 3578011234560001",
        "Jl. Pahlawan No. 7, Sidoarjo",
        "(terbilang: ",
        "Meterai Rp 10.000",
        "Saksi 1",
        "Budi Santoso",
    ):
        assert expected_text in text, expected_text  # fmt: skip
    # The page with the signatures holds the last clause too.
    pages = [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(data)).pages]
    signing = next(p for p in pages if "Meterai" in p)
    assert "Bila cicilan terlambat" in signing
    shutil.copyfile(pdf, (ARTIFACTS / "agreement-pdf.pdf"))
    pdf_pictures(pdf, "agreement-pdf")
    screenshot(page, "agreement-2-saved")

    page.get_by_label("Jumlah dibayar (Rp)").fill(str(first_amount))
    page.get_by_role("button", name="Simpan pembayaran").click()
    expect(page.get_by_text(f"Pembayaran {format_rupiah(first_amount)} dari")).to_be_visible(
        timeout=30_000
    )
    wait_idle(page)
    expect(page.get_by_text("1 dari 3 pembayaran lunas.")).to_be_visible()
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)
    screenshot(page, "agreement-3-instalment-paid")

    page.goto(f"{server}/customers")
    expect(page.get_by_text("Nilai bayar dan kesepakatan", exact=True)).to_be_visible(
        timeout=30_000
    )
    wait_idle(page)
    expect(page.get_by_text("1 dari 3 pembayaran lunas.")).to_be_visible()
    page.get_by_role("link", name="Cek boleh utang").scroll_into_view_if_needed()
    screenshot(page, "agreement-4-customer-page")


def test_the_credit_check_refuses_a_stopped_customer(server: str, page: Page) -> None:
    _, book = load_files([SAMPLE])
    stopped = next(a for a in assess(book, date.today()) if a.stop_credit)
    page.goto(f"{server}/credit")
    expect(page.get_by_text("Cek cepat: boleh utang hari ini?", exact=True)).to_be_visible(
        timeout=30_000
    )
    wait_idle(page)
    # The list is long and virtualised: type to filter it, as a user would.
    page.locator('[data-testid="stSelectbox"]').first.click()
    page.keyboard.type(stopped.name)
    page.get_by_role("option", name=stopped.name, exact=True).click()
    wait_idle(page)
    expect(page.get_by_role("heading", name=stopped.name)).to_be_visible()
    page.get_by_label("Mau belanja berapa (Rp)").fill("750000")
    page.get_by_label("Mau belanja berapa (Rp)").press("Enter")
    expect(page.get_by_text("Jangan beri utang baru: Rp 750.000")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("Saya sedang butuh modal untuk perputaran usaha")).to_be_visible()
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)
    screenshot(page, "credit-check")
