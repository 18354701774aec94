"""Settings → "Cara pembayaran" and the customer's QR, headless (AppTest)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core.money import format_rupiah
from core.payinfo import PAYMENT_SETTING, load_details, make_details, open_payment_requests
from core.store import Store

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = json.loads((ROOT / "tests/fixtures/qris/static_samples.json").read_text("utf-8"))
QRIS = SAMPLES["static"][0]["payload"]
MERCHANT = SAMPLES["static"][0]["merchant"]
TODAY = date(2026, 11, 23)


@pytest.fixture(autouse=True)
def own_database(app_db: Path) -> Path:
    """Each test's own data folder, its database seeded with the demo on the first run."""
    return app_db.parent


def settings_page() -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.session_state["as_of"] = TODAY
    at.run()
    at.switch_page("pages/settings.py")
    at.run()
    assert not at.exception
    return at


def field(at: AppTest, label: str):  # type: ignore[no-untyped-def]
    return next(w for w in (*at.text_input, *at.text_area) if w.label == label)


def save(at: AppTest) -> None:
    form_button = next(
        b for b in at.button if b.label == "Simpan" and "payment_form" in str(b.form_id)
    )
    form_button.click().run()


def test_settings_saves_accounts_and_a_checked_qris(own_database: Path) -> None:
    at = settings_page()
    assert any("Cara pembayaran" in s.value for s in at.subheader)
    assert any("tetap harus Anda periksa sudah masuk" in i.value for i in at.info)
    field(at, "Bank 1").input("BCA")
    field(at, "Nomor rekening 1").input("1234567890")
    field(at, "Atas nama 1").input("Budi Santoso")
    field(at, "E-wallet 1").input("GoPay")
    field(at, "Nomor e-wallet 1").input("0812-3456-7890")
    field(at, "QRIS statis (teks QR)").input(f"  {QRIS}\n")
    save(at)
    assert not at.exception
    assert any(f"QRIS terbaca: {MERCHANT}" in s.value for s in at.success)
    details = load_details(Store(own_database / "tagih.sqlite3"))
    assert details.qris == QRIS and details.banks[0].holder == "Budi Santoso"
    assert details.wallets[0].name == "GoPay" and not details.unique_code


def test_settings_refuses_an_invalid_qris_with_its_reason(own_database: Path) -> None:
    at = settings_page()
    field(at, "QRIS statis (teks QR)").input(QRIS[:-4] + "0000")
    save(at)
    assert any("QRIS tidak disimpan" in e.value and "tidak cocok" in e.value for e in at.error)
    assert load_details(Store(own_database / "tagih.sqlite3")).is_empty


def customer_page(own_database: Path, customer: str, *, unique: bool = True) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.session_state["as_of"] = TODAY
    at.session_state["customer_key"] = customer
    at.run()
    details = make_details([("BRI", "0001-01-000001-30-1", "Toko")], [], QRIS, unique_code=unique)
    Store(own_database / "tagih.sqlite3").set_setting(PAYMENT_SETTING, details.as_setting())
    at.switch_page("pages/customers.py")
    at.run()
    assert not at.exception
    return at


def test_the_customer_page_offers_the_qr_to_download(own_database: Path) -> None:
    at = customer_page(own_database, "toko bangunan sentosa")  # owes Rp 9.979.500
    shown = "\n".join(str(c.value) for c in at.code)
    assert (
        "Mohon transfer tepat Rp 9.979." in shown and "BRI 0001-01-000001-30-1 a.n. Toko" in shown
    )
    [request] = open_payment_requests(Store(own_database / "tagih.sqlite3"), TODAY)
    assert request.amount == 9_979_500 and format_rupiah(request.exact) in shown
    labels = [b.proto.label for b in at.get("download_button")]
    assert f"Unduh QR {format_rupiah(request.exact)} (PNG)" in labels
    at.run()  # a rerun keeps the code
    assert open_payment_requests(Store(own_database / "tagih.sqlite3"), TODAY) == [request]


def test_above_the_cap_the_customer_page_says_why_there_is_no_qr(own_database: Path) -> None:
    at = customer_page(own_database, "ud harapan baru", unique=False)  # owes Rp 51.581.500
    captions = "\n".join(c.value for c in at.caption)
    assert "Tanpa QR" in captions and "di atas batas QRIS Rp 10.000.000" in captions
    assert not any(b.proto.label.startswith("Unduh QR") for b in at.get("download_button"))
    assert "Jumlah yang dibayar: Rp 51.581.500" in "\n".join(str(c.value) for c in at.code)


def test_todays_messages_end_with_how_to_pay(own_database: Path) -> None:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.session_state["as_of"] = TODAY
    at.run()
    details = make_details([("BCA", "1234567890", "Budi")], [("OVO", "0813-1", "")], QRIS)
    Store(own_database / "tagih.sqlite3").set_setting(PAYMENT_SETTING, details.as_setting())
    at.switch_page("pages/today.py")
    at.run()
    assert not at.exception
    messages = [box.value for box in at.get("code")]  # each card's one message box
    assert messages
    for body in messages:
        tail = body[body.rindex("Cara pembayaran:") :]
        assert "- BCA 1234567890 a.n. Budi" in tail and "- OVO 0813-1" in tail
        assert tail.endswith("Terima kasih.")
    qr_buttons = [b for b in at.get("download_button") if b.proto.label.startswith("Unduh QR")]
    captions = "\n".join(c.value for c in at.caption)
    # Each card: its QR picture to download, or why a QR cannot carry the amount.
    assert len(qr_buttons) + captions.count("Tanpa QR") == len(messages)
