"""Every amount field of every page, in a real browser, typed the owner's three ways:
"1.000.000", "Rp 2.500.000,-" and "1,5 jt". Each field shows its reading beside it for each
spelling; then each page records one of them and what was recorded is read back from the
database (an amount typed and saved by the owner is never a browser number field's guess).

The fields are the ``ui.inputs.money_input`` calls of ``pages/`` (a test below lists them, so a
new amount field fails here until this test types into it): Kesepakatan's discount, late fee,
down payment, fee per missed instalment and payment; Pengaturan's fixed late fee and its cap;
Boleh utang?'s quick check and the owner's credit limit; Hari Ini's promised amount and a
dispute's credit note. (Kalkulator Diskon's cost is a table cell: test_amount_browser.py.)"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Locator, Page, expect

from core import services
from core.access import OWNER_AT_PC
from core.agreements import load_agreements
from core.money import format_rupiah
from core.store import Store
from tests.e2e.conftest import (
    ROOT,
    eventually,
    promise_form,
    running_server,
    screenshot,
    wait_idle,
)

pytestmark = pytest.mark.browser
SPELLINGS = (("1.000.000", 1_000_000), ("Rp 2.500.000,-", 2_500_000), ("1,5 jt", 1_500_000))
TODAY = date(2026, 11, 23)  # the server's clock (conftest's TAGIH_CLOCK)
FIELDS = {
    "pages/agreements.py": 5,
    "pages/settings.py": 2,
    "pages/credit.py": 2,
    "pages/today.py": 2,
}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    data = tmp_path_factory.mktemp("tagih-every-amount")
    with running_server(data) as url:
        yield url, data / "tagih.sqlite3"


def test_every_amount_field_of_the_pages_is_typed_here() -> None:
    found = {
        str(path.relative_to(ROOT)): len(re.findall(r"\bmoney_input\(", path.read_text("utf-8")))
        for path in sorted((ROOT / "pages").glob("*.py"))
    }
    assert {page: n for page, n in found.items() if n} == FIELDS


def open_page(page: Page, url: str, route: str, shows: str) -> None:
    page.goto(f"{url}/{route}")
    expect(page.get_by_text(shows).first).to_be_visible(timeout=30_000)
    wait_idle(page)


def type_amount(page: Page, scope: Page | Locator, label: str, typed: str, value: int) -> None:
    """Type ``typed`` into the field and see its reading beside it."""
    field = scope.get_by_label(label, exact=True)
    # While a rerun redraws the page, the field's stale copy may stand beside the new one.
    expect(field).to_have_count(1, timeout=30_000)
    field.fill(typed)
    field.press("Tab")
    wait_idle(page)
    beside = field.locator('xpath=ancestor::div[@data-testid="stVerticalBlock"][1]')
    expect(beside.get_by_text(f"= {format_rupiah(value)}", exact=True)).to_be_visible(
        timeout=15_000
    )


def every_spelling(page: Page, scope: Page | Locator, label: str, last: int) -> int:
    """Each spelling in turn, ending on ``SPELLINGS[last]``; the amount it reads."""
    order = [*SPELLINGS[last + 1 :], *SPELLINGS[: last + 1]]
    for typed, value in order:
        type_amount(page, scope, label, typed, value)
    return order[-1][1]


def test_kesepakatan_records_each_amount_as_typed(served: tuple[str, Path], page: Page) -> None:
    url, db = served
    open_page(page, url, "agreements", "Kesepakatan baru")
    discount = every_spelling(page, page, "Potongan pelunasan", 0)
    fee = every_spelling(page, page, "Denda keterlambatan", 2)
    down = every_spelling(page, page, "Uang muka (DP)", 1)
    missed = every_spelling(page, page, "Denda per cicilan terlambat (Rp)", 2)
    screenshot(page, "every-amount-agreement")
    page.get_by_role("button", name="Simpan kesepakatan").click()
    expect(page.get_by_text("tersimpan. Unduh PDF-nya").first).to_be_visible(timeout=30_000)
    wait_idle(page)
    with Store(db) as store:
        [saved] = load_agreements(store)
    assert (saved.discount, saved.late_fee, saved.missed_fee) == (discount, fee, missed)
    assert saved.schedule.down_payment == down == 2_500_000
    paid = every_spelling(page, page, "Jumlah dibayar (Rp)", 1)
    page.get_by_role("button", name="Simpan pembayaran").click()
    expect(page.get_by_text(f"Pembayaran {format_rupiah(paid)} dari")).to_be_visible(timeout=30_000)
    with Store(db) as store:
        [event] = store.events("payment")
    assert event.payload["amount"] == str(paid)
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)


def test_pengaturan_records_the_fixed_fee_and_its_cap(served: tuple[str, Path], page: Page) -> None:
    url, db = served
    open_page(page, url, "settings", "Pengaturan")
    fixed = every_spelling(page, page, "Jumlah tetap (Rp)", 2)
    cap = every_spelling(page, page, "Batas maksimum per faktur (Rp, 0 = tanpa batas)", 1)
    page.locator("button").filter(has_text=re.compile(r"^Simpan$")).and_(
        page.locator('[data-testid="stBaseButton-primary"]')
    ).first.click()
    wait_idle(page)

    def saved_fee() -> Any:
        with Store(db) as store:
            return store.get_setting("late_fee")

    saved = eventually(saved_fee)
    assert (saved["fixed"], saved["cap"]) == (fixed, cap) == (1_500_000, 2_500_000)


def test_boleh_utang_checks_and_records_amounts_as_typed(
    served: tuple[str, Path], page: Page
) -> None:
    url, db = served
    open_page(page, url, "credit", "Cek cepat: boleh utang hari ini?")
    asked = every_spelling(page, page, "Mau belanja berapa (Rp)", 1)
    expect(page.get_by_text(format_rupiah(asked), exact=False).first).to_be_visible()
    page.get_by_text("Atur batas kredit sendiri", exact=True).click()
    wait_idle(page)
    limit = every_spelling(page, page, "Batas kredit (Rp)", 2)
    page.get_by_role("button", name="Simpan keputusan").click()
    expect(page.get_by_text("Keputusan tersimpan.")).to_be_visible(timeout=30_000)
    with Store(db) as store:
        overrides = store.get_setting("credit_overrides")
    assert [int(o["credit_limit"]) for o in overrides.values()] == [limit] == [1_500_000]


def test_hari_ini_records_a_promise_and_a_credit_note_as_typed(
    served: tuple[str, Path], page: Page
) -> None:
    url, db = served
    open_page(page, url, "today", "Perlu dihubungi hari ini")
    dialog, name = promise_form(page)
    promised = every_spelling(page, dialog, "Janji bayar sebesar (Rp)", 1)
    dialog.get_by_role("button", name="Simpan").click()
    expect(page.get_by_text(f"Tercatat untuk {name}.")).to_be_visible(timeout=15_000)
    with Store(db) as store:
        [event] = store.events("contact")
    assert event.payload["promise_amount"] == str(promised) == "2500000"

    # A customer in dispute, resolved by a credit note typed the three ways.
    with Store(db) as store:
        book = services.visible_book(store, OWNER_AT_PC)
        key = max({i.customer_key for i in book.invoices if i.outstanding > 2_000_000})
        before = sum(i.outstanding for i in book.invoices if i.customer_key == key)
        services.mark_dispute(
            store, OWNER_AT_PC, TODAY, customer=key, name=book.name_of(key), reason="damaged",
            now=datetime(2026, 11, 23, 9),
        )  # fmt: skip
    open_page(page, url, "today", "Perlu dihubungi hari ini")
    page.get_by_role("button", name="Selesaikan sengketa").first.click()
    dialog = page.locator('[data-testid="stPopoverBody"]')
    expect(dialog).to_be_visible(timeout=10_000)
    dialog.get_by_text("retur (nota kredit)", exact=True).click()
    wait_idle(page)
    credit = every_spelling(page, dialog, "Jumlah nota kredit (Rp)", 0)
    dialog.get_by_role("button", name="Simpan penyelesaian").click()
    wait_idle(page)
    expect(page.get_by_text("selesai.", exact=False).first).to_be_visible(timeout=15_000)
    with Store(db) as store:
        book = services.visible_book(store, OWNER_AT_PC)
        after = sum(i.outstanding for i in book.invoices if i.customer_key == key)
    assert before - after == credit == 1_000_000
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)
