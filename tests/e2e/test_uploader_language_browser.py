"""Unggah's upload box in a real browser speaks the language shown: its button, its limits line
and the text shown while a file is dragged over it are Indonesian (then English after the
switch), none of Streamlit's own English is left visible, and the button, named in that language
for a screen reader, still takes a file from the keyboard; a file dropped on the box is read too.
At 1280 wide and on a phone (390×844); pictures in test-artifacts/uploader-*.png."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import suppress
from datetime import date, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.e2e.conftest import ARTIFACTS, screenshot, wait_idle
from tests.helpers import write_xlsx

pytestmark = pytest.mark.browser
SOLD = date.today() - timedelta(days=60)
BOX = '.st-key-uploader [data-testid="stFileUploaderDropzone"]'
BUTTON = f"{BOX} button"
LABEL = f'{BUTTON} [data-testid="stMarkdownContainer"]'
LIMITS = f'{BOX} [data-testid="stFileUploaderDropzoneInstructions"] span'
DRAG = f"{BOX} > div:not([data-testid]) > span"  # laid over the box while a file is dragged
STREAMLIT_ENGLISH = re.compile(r"Upload|Drag and drop|Limit|per file|file upload")
SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}

# The texts of the box's elements a person sees: shown, not transparent, not shrunk to nothing
# (the box's innerText still holds Streamlit's English under the translation).
VISIBLE_TEXTS = """box => {
    const seen = [];
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (node.textContent.trim()
            && element.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})
            && parseFloat(getComputedStyle(element).fontSize) > 0) {
            seen.push(node.textContent.trim());
        }
    }
    return seen;
}"""
# A dragged file, as the browser hands it to the page.
DRAGGED = """text => {
    const moved = new DataTransfer();
    moved.items.add(new File([text], "buku_dropped.csv", {type: "text/csv"}));
    return moved;
}"""


@pytest.fixture(params=list(SIZES))
def tab(request: pytest.FixtureRequest, browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=SIZES[request.param], locale="id-ID")
    yield context.new_page()
    context.close()


def open_upload(page: Page, url: str) -> None:
    page.goto(f"{url}/upload")
    expect(page.locator(BUTTON)).to_be_visible(timeout=30_000)
    wait_idle(page)


def generated(element: Locator, wanted: str) -> str:
    """The text an element shows in ``::after`` (empty when it shows none), once it shows
    ``wanted`` or after 10 s: the style sheet beside the box may arrive a moment after the box,
    and after a language switch the sheet of the language before stays until the new one comes."""
    with suppress(PlaywrightTimeoutError):
        element.page.wait_for_function(
            "([e, wanted]) => getComputedStyle(e, '::after').content === JSON.stringify(wanted)",
            arg=[element.element_handle(), wanted],
            timeout=10_000,
        )
    content = str(element.evaluate("e => getComputedStyle(e, '::after').content"))
    assert element.evaluate("e => getComputedStyle(e, '::after').visibility") == "visible"
    return content[1:-1] if content.startswith('"') else ""


def chrome_names(page: Page, selector: str) -> list[str]:
    """What Chromium's accessibility tree (what a screen reader reads) names the element."""
    cdp = page.context.new_cdp_session(page)
    root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    tree = cdp.send("Accessibility.getPartialAXTree", {"nodeId": node, "fetchRelatives": False})
    cdp.detach()
    return [n.get("name", {}).get("value", "") for n in tree["nodes"] if not n.get("ignored")]


def named_in_tree(page: Page, name: str) -> bool:
    cdp = page.context.new_cdp_session(page)
    nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
    cdp.detach()
    return any(n.get("name", {}).get("value") == name for n in nodes if not n.get("ignored"))


def assert_box_says(page: Page, button: str, limits: str, drag: str) -> None:
    box = page.locator(BOX)
    expect(page.locator(LABEL)).to_be_visible()
    assert generated(page.locator(LABEL), button) == button
    assert generated(page.locator(LIMITS), limits) == limits
    expect(box.get_by_role("button", name=button, exact=True)).to_be_visible()
    assert chrome_names(page, BUTTON) == [button]
    assert not named_in_tree(page, "file upload")  # the file input, hidden from the reader
    shown = box.evaluate(VISIBLE_TEXTS)
    assert not [text for text in shown if STREAMLIT_ENGLISH.search(text)], shown
    # While a file is dragged over the box.
    moved = page.evaluate_handle(DRAGGED, "x")
    box.dispatch_event("dragenter", {"dataTransfer": moved})
    expect(page.locator(DRAG)).to_be_attached()
    assert generated(page.locator(DRAG), drag) == drag
    expect(page.locator(DRAG)).to_be_hidden()  # Streamlit's own span: its text hidden
    assert not [text for text in box.evaluate(VISIBLE_TEXTS) if STREAMLIT_ENGLISH.search(text)]
    box.dispatch_event("dragleave", {"dataTransfer": moved})
    expect(page.locator(DRAG)).to_have_count(0)


def picture(page: Page, name: str) -> None:
    """The whole page and the box alone, as test artefacts."""
    screenshot(page, name)
    page.locator(BOX).screenshot(path=str(ARTIFACTS / f"{name}-box.png"))


def switch_to_english(page: Page) -> None:
    unfold = page.locator('[data-testid="stExpandSidebarButton"]')
    if unfold.is_visible():  # a phone keeps the sidebar folded away
        unfold.click()
    page.get_by_text("English", exact=True).click()
    expect(page.get_by_text("Choose or drop files", exact=True)).to_be_visible(timeout=15_000)
    wait_idle(page)
    if page.viewport_size and page.viewport_size["width"] < 500:
        page.locator('[data-testid="stSidebarCollapseButton"] button').click()
        wait_idle(page)


def test_the_box_speaks_indonesian_then_english(server: str, tab: Page) -> None:
    size = "phone" if (tab.viewport_size or {}).get("width", 0) < 500 else "desktop"
    open_upload(tab, server)
    assert_box_says(tab, "Pilih berkas", "Maks. 50 MB per berkas", "Tarik dan lepas berkas di sini")
    assert tab.evaluate("document.documentElement.scrollWidth") <= SIZES[size]["width"]
    picture(tab, f"uploader-{size}-id")
    switch_to_english(tab)
    assert_box_says(tab, "Upload", "Limit 50 MB per file", "Drag and drop files here")
    picture(tab, f"uploader-{size}-en")


def test_the_button_takes_a_file_from_the_keyboard(server: str, page: Page, tmp_path: Path) -> None:
    book = write_xlsx(tmp_path / "buku_tombol.xlsx", {"Piutang": [
        ["No Faktur", "Pelanggan", "Tanggal", "Jatuh Tempo", "Jumlah"],
        ["T-1", "Toko Tombol", SOLD, SOLD + timedelta(days=30), 2_000_000],
    ]})  # fmt: skip
    open_upload(page, server)
    # Waiting for the file picker starts before the keys are pressed: Playwright catches the
    # picker only once the browser has been told to, which is not at once.
    with page.expect_file_chooser() as chooser:
        # From the choice of kind of file above, Tab reaches the box's help, then its button.
        page.get_by_role("radiogroup", name="Jenis berkas").get_by_role("radio").last.focus()
        page.keyboard.press("Tab")
        expect(page.get_by_role("button", name="Help for Pilih atau tarik berkas")).to_be_focused()
        page.keyboard.press("Tab")
        expect(page.get_by_role("button", name="Pilih berkas", exact=True)).to_be_focused()
        page.keyboard.press("Enter")
    assert chooser.value.is_multiple()
    chooser.value.set_files(str(book))
    expect(page.get_by_text(f"Laporan: {book.name}", exact=True)).to_be_visible(timeout=60_000)
    expect(page.get_by_text(f"{book.name}: tersimpan.")).to_be_visible()
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)


def test_a_file_dropped_on_the_box_is_read(server: str, page: Page) -> None:
    sold, due = SOLD.isoformat(), (SOLD + timedelta(days=30)).isoformat()
    text = f"No Faktur,Pelanggan,Tanggal,Jatuh Tempo,Jumlah\nD-1,Toko Jatuh,{sold},{due},1500000\n"
    open_upload(page, server)
    moved = page.evaluate_handle(DRAGGED, text)
    page.locator(BOX).dispatch_event("dragenter", {"dataTransfer": moved})
    page.locator(BOX).dispatch_event("drop", {"dataTransfer": moved})
    expect(page.get_by_text("Laporan: buku_dropped.csv", exact=True)).to_be_visible(timeout=60_000)
    expect(page.get_by_text("buku_dropped.csv: tersimpan.")).to_be_visible()


def test_each_box_in_settings_says_its_own_limits(server: str, page: Page) -> None:
    page.goto(f"{server}/settings")
    restore = '.st-key-restore_file [data-testid="stFileUploaderDropzone"]'
    qris = '.st-key-pay_qris_picture [data-testid="stFileUploaderDropzone"]'
    expect(page.locator(f"{restore} button")).to_be_attached(timeout=30_000)
    wait_idle(page)
    for box, limits in [
        (restore, "Maks. 50 MB per berkas • ZIP"),
        (qris, "Maks. 50 MB per berkas • PNG, JPG, JPEG, WEBP, BMP, GIF"),
    ]:
        label = page.locator(f'{box} button [data-testid="stMarkdownContainer"]')
        assert generated(label, "Pilih berkas") == "Pilih berkas"
        line = page.locator(f'{box} [data-testid="stFileUploaderDropzoneInstructions"] span')
        assert generated(line, limits) == limits
        assert chrome_names(page, f"{box} button") == ["Pilih berkas"]
