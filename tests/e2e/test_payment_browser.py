"""As an owner would: save a bank account and the shop's static QRIS in Settings, open a
customer, download their letter (the statement of account) and the QR picture; the letter's QR
decodes to exactly what the customer owes, and so does the picture."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from core.aging import customer_balances
from core.money import format_rupiah
from core.payinfo import qr_png
from core.qris import MAX_AMOUNT, crc16, decode_image, parse_fields
from core.report import load_files
from tests.e2e.conftest import ROOT, screenshot, wait_idle
from tests.qr_pdf import pdf_text, qr_texts

pytestmark = pytest.mark.browser
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
SAMPLES = json.loads((ROOT / "tests/fixtures/qris/static_samples.json").read_text("utf-8"))
SHOP_QRIS = SAMPLES["static"][5]


def check(payload: str, amount: int) -> None:
    fields = {f.tag: f.value for f in parse_fields(payload)}
    assert fields["01"] == "12" and fields["54"] == str(amount)
    assert crc16(payload[:-4]) == fields["63"]
    assert fields["59"] == SHOP_QRIS["merchant"]


def test_the_letters_qr_decodes_to_the_customers_outstanding(
    server: str, page: Page, tmp_path: Path
) -> None:
    _, book = load_files([SAMPLE])
    # A customer whose whole balance a QRIS payment can carry.
    debtor = next(
        b for b in customer_balances(book, date.today()) if 0 < b.outstanding <= MAX_AMOUNT
    )

    page.goto(f"{server}/settings")
    expect(page.get_by_text("Cara pembayaran", exact=True).first).to_be_visible(timeout=30_000)
    wait_idle(page)
    # The shop's QRIS uploaded as a picture: its text is read into the field.
    photo = tmp_path / "qris_toko.png"
    photo.write_bytes(qr_png(SHOP_QRIS["payload"], scale=5))
    uploader = page.locator('[data-testid="stFileUploader"]').filter(has_text="gambar QRIS")
    uploader.locator('input[type="file"]').set_input_files(photo)
    qris_field = page.get_by_role("textbox", name="QRIS statis (teks QR)")
    expect(qris_field).to_have_value(SHOP_QRIS["payload"], timeout=30_000)
    wait_idle(page)
    # Typed after the picture was read: the upload reruns the page.
    page.get_by_label("Bank 1", exact=True).fill("BCA")
    page.get_by_label("Nomor rekening 1", exact=True).fill("1234567890")
    page.get_by_label("Atas nama 1", exact=True).fill("Budi Santoso")
    form = page.locator('[data-testid="stForm"]').filter(has=page.get_by_label("Bank 1"))
    form.get_by_role("button", name="Simpan").click()
    merchant = f"QRIS terbaca: {SHOP_QRIS['merchant']}, {SHOP_QRIS['city']}"
    expect(page.get_by_text(merchant)).to_be_visible(timeout=30_000)
    expect(page.get_by_text("tetap harus Anda periksa sudah masuk").first).to_be_visible()
    screenshot(page, "payment-1-settings")

    page.goto(f"{server}/customers")
    expect(page.get_by_text("Cari pelanggan", exact=True)).to_be_visible(timeout=30_000)
    page.get_by_label("Cari pelanggan").fill(debtor.name)
    page.get_by_label("Cari pelanggan").press("Enter")
    wait_idle(page)
    expect(page.get_by_role("heading", name=debtor.name)).to_be_visible(timeout=15_000)
    owed = format_rupiah(debtor.outstanding)
    expect(page.get_by_text(f"Jumlah yang dibayar: {owed}").first).to_be_visible(timeout=15_000)
    screenshot(page, "payment-2-customer")

    with page.expect_download(timeout=30_000) as download_info:
        page.get_by_role("button", name="Unduh PDF").click()
    letter = tmp_path / "surat.pdf"
    download_info.value.save_as(letter)
    data = letter.read_bytes()
    assert data.startswith(b"%PDF")
    [payload] = qr_texts(data)
    check(payload, debtor.outstanding)
    text = pdf_text(data)
    assert "Cara pembayaran" in text and "BCA 1234567890 a.n. Budi Santoso" in text

    with page.expect_download(timeout=30_000) as download_info:
        page.get_by_role("button", name=f"Unduh QR {owed} (PNG)").click()
    picture = tmp_path / "qris.png"
    download_info.value.save_as(picture)
    assert decode_image(picture.read_bytes()) == payload
