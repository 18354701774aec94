"""Unggah (AppTest): the report is about the files just dropped, a corrected column shows the
header chosen, a workbook with an invoices and a payments sheet is corrected per sheet with
the page saying which sheet changes, and the upload box's own label and help are Indonesian."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from uuid import uuid4

import pytest
from streamlit.testing.v1 import AppTest

from core.store import Store
from tests.helpers import autolinks, write_xlsx
from tests.pages.dashboard import markdown_bodies
from ui.text import plain

ROOT = Path(__file__).resolve().parents[2]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SOLD = date(2026, 9, 1)


@pytest.fixture(autouse=True)
def own_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("TAGIH_DATA", str(tmp_path))
    monkeypatch.setenv("TAGIH_DB", str(tmp_path / "tagih.sqlite3"))
    yield tmp_path


@pytest.fixture
def book_a(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "buku_a_toko.xlsx", {"Piutang": [
        ["No Faktur", "Pelanggan", "Tanggal", "Jatuh Tempo", "Jumlah"],
        ["A-1", "Toko Anggrek", SOLD, date(2026, 10, 1), 2_000_000],
    ]})  # fmt: skip


@pytest.fixture
def book_b(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "buku_b_gudang.xlsx", {
        "Faktur": [
            ["No. Faktur", "Tanggal", "Pelanggan", "Jatuh Tempo", "Jumlah"],
            ["B-1", SOLD, "CV Bintang", date(2026, 10, 1), 4_000_000],
            ["B-2", date(2026, 9, 5), "CV Bintang", date(2026, 10, 5), 1_000_000],
        ],
        "Pembayaran": [
            ["Tgl Bayar", "Pelanggan", "No. Faktur", "Jumlah Bayar"],
            [date(2026, 9, 20), "CV Bintang", "B-2", 1_000_000],
        ],
    })  # fmt: skip


def open_upload(lang: str = "id") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.session_state["lang"] = lang
    at.session_state["as_of"] = date(2026, 11, 22)
    at.run()
    return at.switch_page("pages/upload.py").run()


def drop(at: AppTest, path: Path, name: str | None = None) -> AppTest:
    """Add a file to the upload box, the files already in it kept (as the browser's box keeps
    them, under the same ids)."""
    box = at.file_uploader(key="uploader")
    kept = [(f.file_id, f.name, f.getvalue(), f.type) for f in box.value or []]
    box._files = [*kept, (str(uuid4()), name or path.name, path.read_bytes(), XLSX)]
    return at.run()


def said(at: AppTest) -> str:
    parts = (*at.markdown, *at.success, *at.error, *at.info, *at.subheader, *at.caption)
    return "\n".join(str(e.value) for e in parts).replace("\\", "")


def saved(db: Path, name: str) -> tuple[int, dict[str, str | None] | None]:
    record = next(r for r in Store(db / "tagih.sqlite3").imports() if r.file_name == name)
    return record.id, record.mapping


def test_the_upload_box_s_label_and_help_are_the_owner_s_language() -> None:
    at = open_upload()
    box = at.file_uploader(key="uploader")
    assert box.label == "Pilih atau tarik berkas"
    assert "Tarik berkas ke kotak ini" in box.help and "mutasi rekening" in box.help


def test_file_a_then_file_b_reports_b_only(book_a: Path, book_b: Path) -> None:
    at = drop(open_upload(), book_a)
    assert not at.exception, at.exception
    assert f"Laporan: {book_a.name}" in said(at)
    at = drop(at, book_b)
    assert not at.exception, at.exception
    assert len(at.file_uploader(key="uploader").value) == 2  # the box still lists A
    text = said(at)
    assert f"Laporan: {book_b.name}" in text and f"{book_b.name}: tersimpan." in text
    assert book_a.name not in text  # neither A's report nor A's "tersimpan"
    assert "Dibaca sebagai daftar pembayaran: 1 lembar" in text
    # No other saved file's report is picked under B's.
    assert at.selectbox(key="report_pick").value is None
    assert [s.value for s in at.subheader] == [f"Laporan: {plain(book_b.name)}"]


def test_no_earlier_report_under_a_new_file_s_refusal(book_a: Path, tmp_path: Path) -> None:
    at = drop(open_upload(), book_a)
    letter = tmp_path / "surat.docx"
    letter.write_bytes(b"PK\x03\x04 not a workbook")
    at = drop(at, letter)
    assert not at.exception, at.exception
    [refusal] = at.error
    assert "surat.docx" in refusal.value.replace("\\", "")
    assert not at.subheader  # no report at all
    assert at.selectbox(key="report_pick").value is None
    assert "Kolom yang dipakai" not in said(at)
    # The owner may still open another saved file's report on purpose.
    first = at.selectbox(key="report_pick").options[0]
    at.selectbox(key="report_pick").select(first).run()
    assert "Kolom yang dipakai" in said(at)


def test_a_corrected_column_shows_the_header_chosen(own_database: Path, book_a: Path) -> None:
    at = drop(open_upload(), book_a)
    first, _ = saved(own_database, book_a.name)
    at.selectbox(key=f"map_{first}_Piutang_due_date").set_value("Tanggal")
    at.button(key=f"FormSubmitter:remap_{first}-Baca ulang dengan pilihan ini").click().run()
    assert not at.exception, at.exception
    second, mapping = saved(own_database, book_a.name)
    assert second != first and mapping == {"Piutang :: due_date": "Tanggal"}
    assert f"{book_a.name}: dibaca ulang dengan pilihan Anda." in said(at)
    due = at.selectbox(key=f"map_{second}_Piutang_due_date")
    assert due.value == "Tanggal"
    [shown] = [o for o in due.options if o == "Tanggal"]
    assert "Otomatis" not in shown
    # A field the correction left without a column says so in words, not "—".
    assert at.selectbox(key=f"map_{second}_Piutang_invoice_date").options[0] == (
        "Otomatis (tidak ditemukan)"
    )


def test_a_payments_sheet_is_corrected_alone_and_the_page_says_which(
    own_database: Path, book_b: Path
) -> None:
    at = drop(open_upload(), book_b)
    first, _ = saved(own_database, book_b.name)
    target = at.selectbox(key=f"remap_target_{first}")
    assert target.options == ["Semua lembar", "Lembar 'Faktur' saja", "Lembar 'Pembayaran' saja"]
    assert "Pilihan di bawah mengubah semua lembar: 'Faktur', 'Pembayaran'." in said(at)
    target.set_value("Pembayaran").run()
    assert (
        "Pilihan di bawah hanya mengubah lembar 'Pembayaran'; lembar lain tetap dibaca seperti "
        "sekarang." in said(at)
    )
    # The payments sheet's own headers only, and its own guesses.
    number = at.selectbox(key=f"map_{first}_Pembayaran_invoice_no")
    assert "Jatuh Tempo" not in number.options and "Tgl Bayar" in number.options
    assert number.options[0] == "Otomatis (No. Faktur)"
    number.set_value("__none__")
    at.button(key=f"FormSubmitter:remap_{first}-Baca ulang dengan pilihan ini").click().run()
    assert not at.exception, at.exception
    second, mapping = saved(own_database, book_b.name)
    assert mapping == {"Pembayaran :: invoice_no": None}
    report = Store(own_database / "tagih.sqlite3").import_report(second)
    columns = {s["sheet"]: set(s["columns"]) for s in report["sheets"]}
    assert "invoice_no" in columns["Faktur"] and "invoice_no" not in columns["Pembayaran"]
    # The sheet just corrected stays in view, its choice shown.
    assert at.selectbox(key=f"remap_target_{second}").value == "Pembayaran"
    assert at.selectbox(key=f"map_{second}_Pembayaran_invoice_no").value == "__none__"
    at.selectbox(key=f"remap_target_{second}").set_value("__all__").run()
    assert "Pilihan yang dibuat khusus untuk lembar 'Pembayaran' tetap dipakai" in said(at)
    assert at.selectbox(key=f"map_{second}_invoice_no").value == "__auto__"


def test_a_file_just_dropped_and_removed_is_no_longer_reported(
    own_database: Path, book_a: Path
) -> None:
    at = drop(open_upload(), book_a)
    first, _ = saved(own_database, book_a.name)
    at.button(key=f"remove_{first}").click().run()
    assert not at.exception, at.exception
    assert book_a.name not in said(at)
    assert all(r.file_name != book_a.name for r in Store(own_database / "tagih.sqlite3").imports())


def test_a_file_of_transfers_naming_saved_invoices_pays_them(
    own_database: Path, tmp_path: Path
) -> None:
    # The invoices saved first; then a bank's list of transfers naming them in its notes
    # alone ("Tgl;Keterangan;Nominal"), refused by itself, is read beside them: F-0045 paid.
    invoices = write_xlsx(tmp_path / "faktur_nov.xlsx", {"Faktur": [
        ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
        ["INV/2026/10/0045", SOLD, "Toko Laris", 2_000_000],
        ["INV/2026/10/0046", SOLD, "Toko Laris", 700_000],
    ]})  # fmt: skip
    transfers = tmp_path / "transfer_masuk_nov.csv"
    transfers.write_text("Tgl;Keterangan;Nominal\n15/11/2026;tf inv 45;Rp 2.000.000\n")
    at = drop(open_upload(), invoices)
    at = drop(at, transfers)
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    assert f"{transfers.name}: tersimpan." in said(at)
    book = Store(own_database / "tagih.sqlite3").ledger()
    owed = {
        inv.number: inv.amount - inv.paid for inv in book.invoices if inv.customer == "Toko Laris"
    }
    assert owed == {"INV/2026/10/0045": 0, "INV/2026/10/0046": 700_000}


def test_a_file_and_sheet_named_with_addresses_and_markup_are_shown_as_text(
    tmp_path: Path,
) -> None:
    """Round 67: no text from a book becomes a link, the file's name and its sheets' names
    included (the report's title and the correction's captions)."""
    book = write_xlsx(tmp_path / "buku.xlsx", {
        "www.evil.example": [
            ["No. Faktur", "Tanggal", "Pelanggan", "Jatuh Tempo", "Jumlah"],
            ["W-1", SOLD, "Toko Maju", date(2026, 10, 1), 2_000_000],
        ],
        "Bayar bu@evil.example": [
            ["Tgl Bayar", "Pelanggan", "No. Faktur", "Jumlah Bayar"],
            [date(2026, 9, 20), "Toko Maju", "W-1", 500_000],
        ],
    })  # fmt: skip
    name = "lihat http___evil.example $x^2$ www.evil.example.xlsx"
    at = drop(open_upload(), book, name)
    assert not at.exception, at.exception
    bodies = markdown_bodies(at)
    assert all(autolinks(body) == [] for body in bodies), [b for b in bodies if autolinks(b)]
    assert any(plain(name) in body for body in bodies)  # "Laporan: …"
    assert any(plain("'www.evil.example'") in body for body in bodies)  # "… semua lembar: …"


def test_an_invoice_list_named_for_payments_dropped_beside_the_demo_is_owed(
    own_database: Path, tmp_path: Path
) -> None:
    # An owner's first file, "pelunasan_sebagian.csv" (Jumlah | Dibayar per invoice), dropped
    # while the demo book is all that is saved: its name says payments, its columns an invoice
    # list, and there is no invoice of the owner's for it to pay. 5.000.000 less 2.000.000 and
    # 3.000.000: 6.000.000 owed by its two customers.
    book = tmp_path / "pelunasan_sebagian.csv"
    book.write_text(
        "Tanggal,No Faktur,Pelanggan,Jumlah,Dibayar\n"
        "01/10/2026,INV-001,Toko Sari,5000000,2000000\n"
        "05/10/2026,INV-002,Toko Budi,3000000,0\n"
    )
    at = drop(open_upload(), book)
    assert not at.exception, at.exception
    assert f"{book.name}: tersimpan." in said(at)
    owed = {
        inv.number: inv.amount - inv.paid
        for inv in Store(own_database / "tagih.sqlite3").ledger().invoices
        if inv.source.file == book.name
    }
    assert owed == {"INV-001": 3_000_000, "INV-002": 3_000_000}


def test_removing_a_payments_file_names_its_payments_and_returns_are_counted_apart(
    own_database: Path, tmp_path: Path
) -> None:
    # Round 90: removing a payments-only file asked "… beserta 0 fakturnya?", and the saved
    # files' "Pembayaran" column counted a workbook's return as a payment (3 for 2 and 1).
    book = write_xlsx(tmp_path / "04_faktur_pembayaran_retur.xlsx", {
        "Faktur": [
            ["No Faktur", "Tanggal", "Pelanggan", "Jatuh Tempo", "Jumlah"],
            ["INV-201", SOLD, "Toko Sentosa Prima", date(2026, 10, 1), 4_000_000],
            ["INV-202", date(2026, 11, 15), "Toko Sentosa Prima", date(2026, 12, 15), 2_500_000],
            ["INV-203", date(2026, 10, 20), "PT Andalas Niaga", date(2026, 11, 19), 6_000_000],
        ],
        "Pembayaran": [
            ["Tanggal", "No Faktur", "Pelanggan", "Jumlah"],
            [date(2026, 10, 10), "INV-201", "Toko Sentosa Prima", 1_500_000],
            [date(2026, 11, 25), "INV-203", "PT Andalas Niaga", 6_000_000],
        ],
        "Retur": [
            ["No Retur", "Tanggal", "No Faktur", "Pelanggan", "Jumlah Retur"],
            ["R-01", date(2026, 11, 20), "INV-202", "Toko Sentosa Prima", 500_000],
        ],
    })  # fmt: skip
    paid = tmp_path / "09_pembayaran_desember.csv"
    paid.write_text(
        "Tanggal;No Faktur;Pelanggan;Jumlah\n01/12/2026;INV-201;Toko Sentosa Prima;1000000\n"
    )
    at = drop(open_upload(), book)
    assert "beserta 3 faktur, 2 pembayaran dan 1 retur dari Tagih?" in said(at)
    at = drop(at, paid)
    assert not at.exception, at.exception
    text = said(at)
    assert "Hapus '09_pembayaran_desember.csv' beserta 1 pembayaran dari Tagih?" in text
    assert "fakturnya" not in text
    table = at.dataframe[-1].value.set_index("Berkas")
    assert table.loc["04_faktur_pembayaran_retur.xlsx", ["Pembayaran", "Retur"]].tolist() == [2, 1]
    assert table.loc["09_pembayaran_desember.csv", ["Faktur", "Pembayaran", "Retur"]].tolist() == [
        0,
        1,
        0,
    ]
