"""Books in every shape on the pages (AppTest): Unggah says how each file was read, lets the
owner correct the shape, and shows the book's own figures that disagree in red; the overview
and the customer page show mismatches, credit balances and returns."""

from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core.ledger import customer_key
from core.store import Store
from tests.helpers import write_xlsx
from ui.text import plain

ROOT = Path(__file__).resolve().parents[2]
SHAPES = ROOT / "tests" / "fixtures" / "shapes"
KARTU = SHAPES / "kartu_sheet_per_customer_title_lines.xlsx"
TYPO = SHAPES / "wrong_kartu_saldo_typo.xlsx"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture(autouse=True)
def own_database(app_db: Path) -> Path:
    """Each test's own data folder, its database seeded with the demo on the first run."""
    return app_db.parent


def open_page(page: str, lang: str = "id") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.session_state["lang"] = lang
    at.session_state["as_of"] = date(2026, 11, 22)
    at.run()
    at.switch_page(page).run()
    return at


def upload(at: AppTest, *paths: Path) -> AppTest:
    at.file_uploader(key="uploader").set_value([(p.name, p.read_bytes(), XLSX) for p in paths])
    return at.run()


def said(at: AppTest) -> str:
    """What the page says, as read on screen (the Markdown escapes of names taken out)."""
    parts = (*at.markdown, *at.success, *at.error, *at.info)
    return "\n".join(str(e.value) for e in parts).replace("\\", "")


def the_import(db: Path, name: str) -> int:
    return next(r.id for r in Store(db / "tagih.sqlite3").imports() if r.file_name == name)


def test_unggah_says_a_kartu_workbook_was_read_as_cards_and_reports_it(own_database: Path) -> None:
    at = upload(open_page("pages/upload.py"), KARTU)
    assert not at.exception, at.exception
    assert (
        "Dibaca sebagai kartu piutang: 5 lembar, 5 pelanggan; saldo cocok di semua baris, "
        "sub total dan total cocok." in said(at)
    )
    assert not at.error
    # The report is the file just uploaded, not the demo shown before.
    assert [h.value for h in at.subheader] == [f"Laporan: {plain(KARTU.name)}"]
    assert at.selectbox(key="report_pick").value is None
    assert "Format xlsx: 58 baris dibaca, 35 faktur, 21 pembayaran, 2 retur." in said(at)


def test_the_shape_chosen_reads_the_file_again_and_is_kept(own_database: Path) -> None:
    at = upload(open_page("pages/upload.py", "en"), KARTU)
    first = the_import(own_database, KARTU.name)
    at.selectbox(key=f"shape_{first}").set_value("invoice_list")
    at.button(key=f"FormSubmitter:remap_{first}-Read again with these choices").click().run()
    assert not at.exception, at.exception
    second = the_import(own_database, KARTU.name)
    assert second != first
    assert "Read as an invoice list: 5 sheets, 5 customers" in said(at)
    assert at.error  # as a plain list, the cards' Saldo and totals do not add up
    [record] = [r for r in Store(own_database / "tagih.sqlite3").imports() if r.id == second]
    assert record.mapping == {"shape": "invoice_list"}
    # The choice comes up chosen, and choosing the cards again reads them as cards.
    assert at.selectbox(key=f"shape_{second}").value == "invoice_list"
    at.selectbox(key=f"shape_{second}").set_value("customer_card")
    at.button(key=f"FormSubmitter:remap_{second}-Read again with these choices").click().run()
    assert not at.exception, at.exception
    assert "Read as customer cards (kartu piutang): 5 sheets, 5 customers" in said(at)
    assert not at.error


def test_a_file_refused_for_its_columns_is_read_with_the_column_the_owner_chooses(
    own_database: Path, tmp_path: Path
) -> None:
    """Round 72 b17: a distributor's list whose customer column is "Toko Tujuan" is refused
    (most rows unread with the columns found), and its sentence said to choose the shape and
    columns on Unggah, where no form was offered for a refused file. The form under the
    refusal offers the file's headings; "Toko Tujuan" chosen as the customer reads 4.500.000
    (Toko Subur 1.800.000, Toko Rejeki 2.700.000)."""
    book = write_xlsx(
        tmp_path / "salesman.xlsx",
        {
            "Tagihan": [
                ["Tanggal", "No Faktur", "Salesman", "Toko Tujuan", "Nilai", "Dibayar"],
                [date(2026, 10, 2), "S-01", "Andi", "Toko Subur", 1_000_000, 0],
                [date(2026, 10, 18), "S-02", "Andi", "Toko Rejeki", 2_000_000, 500_000],
                [date(2026, 11, 8), "S-03", "Budi", "Toko Subur", 800_000, 0],
                [date(2026, 11, 26), "S-04", "Budi", "Toko Rejeki", 1_200_000, 0],
            ]
        },
    )
    at = upload(open_page("pages/upload.py", "en"), book)
    assert not at.exception, at.exception
    refusal = str(at.error[0].value).replace("\\", "")
    assert "'Toko Tujuan'" in refusal
    assert ". Choose the book's shape" in refusal  # one sentence after the other
    [customer] = [s for s in at.selectbox if s.key and s.key.endswith("_customer")]
    assert "Toko Tujuan" in customer.options
    assert customer.options[0] == "Automatic (not found)"
    [number] = [s for s in at.selectbox if s.key and s.key.endswith("_invoice_no")]
    assert number.options[0] == "Automatic (No Faktur)"  # what the reader took, said
    customer.set_value("Toko Tujuan")
    [read] = [b for b in at.button if b.label == "Read again with these choices"]
    read.click().run()
    assert not at.exception, at.exception
    assert not at.error
    saved = the_import(own_database, book.name)
    [record] = [r for r in Store(own_database / "tagih.sqlite3").imports() if r.id == saved]
    assert record.mapping == {"customer": "Toko Tujuan"}
    assert record.n_invoices == 4
    at.switch_page("pages/overview.py").run()
    assert not at.exception, at.exception


def test_a_file_dropped_again_is_read_as_the_owner_corrected_it(own_database: Path) -> None:
    at = upload(open_page("pages/upload.py", "en"), KARTU)
    first = the_import(own_database, KARTU.name)
    at.selectbox(key=f"shape_{first}").set_value("grouped")
    at.button(key=f"FormSubmitter:remap_{first}-Read again with these choices").click().run()
    chosen = the_import(own_database, KARTU.name)
    at = upload(open_page("pages/upload.py", "en"), KARTU)
    assert not at.exception, at.exception
    assert f"{KARTU.name}: already imported with the same content; nothing changed." in said(at)
    assert the_import(own_database, KARTU.name) == chosen
    assert "Read as a list grouped by customer: 5 sheets" in said(at)


def test_a_saldo_typo_is_a_red_notice_on_unggah_and_on_the_overview() -> None:
    at = upload(open_page("pages/upload.py"), TYPO)
    assert not at.exception, at.exception
    [notice] = at.error
    assert (
        "Saldo baris 8 di lembar 'UD Karya Tani': buku Rp 1.759.500, terhitung Rp 1.579.500."
        in (notice.value.replace("\\", ""))
    )
    assert "saldo TIDAK cocok di 1 dari 3 lembar" in said(at)
    at.switch_page("pages/overview.py").run()
    assert not at.exception, at.exception
    [notice] = at.error
    assert "tidak cocok dengan barisnya di 1 tempat" in notice.value
    assert "lembar 'UD Karya Tani' baris 8 (buku Rp 1.759.500, terhitung Rp 1.579.500)" in (
        notice.value.replace("\\", "")
    )


def test_a_carried_opening_that_disagrees_is_red_on_unggah_and_the_overview(
    tmp_path: Path,
) -> None:
    # October's "Saldo bulan lalu" says 1.6M where September's rows leave 1.5M: a disagreement
    # only the whole book shows, named on the file's report, under the saved files and on the
    # overview.
    from tests.test_books_carried import months

    path = write_xlsx(tmp_path / "bulanan.xlsx", dict(months(october=1_600_000)))
    at = upload(open_page("pages/upload.py"), path)
    assert not at.exception, at.exception
    line = "baris 4 di lembar 'Okt 2026': buku Rp 1.600.000, terhitung Rp 1.500.000"
    assert [n for n in at.error if line in n.value.replace("\\", "")], [n.value for n in at.error]
    at.switch_page("pages/overview.py").run()
    assert not at.exception, at.exception
    [notice] = at.error
    assert "lembar 'Okt 2026' baris 4 (buku Rp 1.600.000, terhitung Rp 1.500.000)" in (
        notice.value.replace("\\", "")
    )


def test_the_overview_names_credit_balances() -> None:
    at = upload(
        open_page("pages/upload.py"), SHAPES / "kartu_english_labels_overpaid_customer.xlsx"
    )
    at.switch_page("pages/overview.py").run()
    assert not at.exception, at.exception
    assert not at.error
    assert "Kelebihan bayar: 1 pelanggan, Rp 1.350.000" in said(at)


def test_the_customer_page_shows_returns_and_a_credit_balance() -> None:
    at = upload(
        open_page("pages/upload.py"), SHAPES / "kartu_english_labels_overpaid_customer.xlsx"
    )
    at.switch_page("pages/customers.py").run()
    at.toggle(key="only_open").set_value(False).run()  # they owe nothing: listed with everyone
    at.selectbox(key="customer_pick").set_value(customer_key("CV Karya Mandiri")).run()
    assert not at.exception, at.exception
    assert "Kelebihan bayar (titipan): Rp 1.350.000" in said(at)
    assert next(m.value for m in at.metric if m.label == "Total piutang") == "Rp 0"
    assert not at.get("plotly_chart")  # no aging bar for nothing owed
    at.selectbox(key="customer_pick").set_value(customer_key("Toko Elektronik Jaya")).run()
    assert not at.exception, at.exception
    assert "Kelebihan bayar" not in said(at)
    assert at.get("plotly_chart")
    kinds = [str(v) for df in at.dataframe for v in df.value.get("Jenis", [])]
    assert "Retur" in kinds and "Pembayaran" in kinds


def test_the_customer_page_shows_goods_returned_apart_from_money_paid(tmp_path: Path) -> None:
    # F-001 5.000.000 less 1.000.000 returned and 2.000.000 paid: 2.000.000 left. The invoice
    # table said "Dibayar Rp 3.000.000" (the return counted as money paid); now Dibayar
    # Rp 2.000.000 and Retur Rp 1.000.000, as the statement prints them.
    book = write_xlsx(
        tmp_path / "retur.xlsx",
        {
            "Piutang": [
                ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Retur", "Dibayar"],
                ["F-001", date(2026, 9, 1), "Toko Sari Retur", 5_000_000, 1_000_000, 2_000_000],
                ["F-002", date(2026, 10, 1), "Toko Sari Retur", 3_000_000, None, 0],
            ]
        },
    )
    at = upload(open_page("pages/upload.py"), book)
    assert not at.exception, at.exception
    at.switch_page("pages/customers.py").run()
    at.selectbox(key="customer_pick").set_value(customer_key("Toko Sari Retur")).run()
    assert not at.exception, at.exception
    table = next(df.value for df in at.dataframe if "No. Faktur" in df.value.columns)
    first = table[table["No. Faktur"] == "F-001"].iloc[0]
    paid = (first["Dibayar"], first["Retur"], first["Sisa piutang"])
    assert paid == (2_000_000, 1_000_000, 2_000_000)  # shown as Rp 2.000.000 and so on
    assert table[table["No. Faktur"] == "F-002"].iloc[0]["Retur"] == 0


def test_the_overview_invoice_table_shows_goods_returned_apart_from_money_paid(
    tmp_path: Path,
) -> None:
    # The same book on Ringkasan: its open-invoice table said "Dibayar Rp 3.000.000" for
    # F-001 (the return counted as money paid), where the customer page says 2.000.000 and
    # Retur 1.000.000 (one rule: ``core.statement.returned_parts``).
    book = write_xlsx(
        tmp_path / "retur.xlsx",
        {
            "Piutang": [
                ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Retur", "Dibayar"],
                ["F-001", date(2026, 9, 1), "Toko Sari Retur", 5_000_000, 1_000_000, 2_000_000],
                ["F-002", date(2026, 10, 1), "Toko Sari Retur", 3_000_000, None, 500_000],
            ]
        },
    )
    at = upload(open_page("pages/upload.py"), book)
    assert not at.exception, at.exception
    # Unggah counts the return as one, never as a payment (round 85: "6 pembayaran" for 4
    # payments and 2 returns).
    assert "2 faktur, 0 pembayaran, 1 retur." in said(at)
    at.switch_page("pages/overview.py").run()
    assert not at.exception, at.exception
    table = next(df.value for df in at.dataframe if "No. Faktur" in df.value.columns)
    first = table[table["No. Faktur"] == "F-001"].iloc[0]
    assert (first["Dibayar"], first["Retur"], first["Sisa piutang"]) == (
        2_000_000,
        1_000_000,
        2_000_000,
    )
    second = table[table["No. Faktur"] == "F-002"].iloc[0]
    assert (second["Dibayar"], second["Retur"], second["Sisa piutang"]) == (500_000, 0, 2_500_000)


def test_a_payment_that_pays_nothing_in_the_book_is_told_on_unggah_and_the_overview(
    own_database: Path, tmp_path: Path
) -> None:
    """A payments file naming an invoice the saved book does not have, and a customer it has
    no invoice for: Unggah lists both under the whole book, the overview warns with the rows."""
    path = tmp_path / "setoran_desember.xlsx"
    write_xlsx(path, {"Pembayaran": [
        ["No. Faktur", "Pelanggan", "Tanggal Bayar", "Jumlah"],
        ["TIDAK-ADA-1", "", date(2026, 11, 5), 25_000],
        ["", "Toko Entah", date(2026, 11, 6), 15_000],
    ]})  # fmt: skip
    at = upload(open_page("pages/upload.py"), path)
    assert not at.exception, at.exception
    text = said(at)
    assert "**Yang perlu diperiksa di seluruh buku** (2)" in text
    # In the file's own report (all its rows were read) and under the whole book.
    found = [str(w.value) for w in at.warning if "Perlu diperiksa di buku" in str(w.value)]
    assert len(found) == 2
    for warning in found:
        assert "2 pembayaran tidak cocok dengan faktur atau pelanggan mana pun" in warning
        assert "setoran_desember.xlsx, lembar 'Pembayaran' baris 2" in warning.replace("\\", "")
        assert "halaman Unggah" not in warning  # said on Unggah itself
    at.switch_page("pages/overview.py").run()
    assert not at.exception, at.exception
    [notice] = [w.value for w in at.warning if "Perlu diperiksa di buku" in str(w.value)]
    assert "baris 3" in notice and "Rinciannya di halaman Unggah" in notice
    # Removing the file takes the warning away.
    store = Store(own_database / "tagih.sqlite3")
    store.remove_import(the_import(own_database, path.name))
    at.run()
    assert not [w for w in at.warning if "Perlu diperiksa di buku" in str(w.value)]


@pytest.mark.parametrize(("lang", "said_as"), [("id", "Saldo awal"), ("en", "Opening balance")])
def test_an_opening_balance_is_named_so_in_the_invoice_tables(
    tmp_path: Path, lang: str, said_as: str
) -> None:
    """A card's "Saldo awal" row has no invoice number: the overview's invoice table (and its
    Excel sheet) and the customer page name it as the statement does, not with an empty cell."""
    card = [
        ["Nama Pelanggan : Toko Makmur"], [],
        ["No", "Tanggal", "Keterangan", "No. Faktur", "Debet (Rp)", "Kredit (Rp)", "Saldo (Rp)"],
        [1, date(2026, 10, 1), "Saldo awal", None, 1_500_000, None, 1_500_000],
        [2, date(2026, 10, 10), "Penjualan", "FK-101", 2_000_000, None, 3_500_000],
        [3, date(2026, 10, 20), "Pembayaran", None, None, 1_000_000, 2_500_000],
    ]  # fmt: skip
    path = write_xlsx(tmp_path / "kartu_saldo_awal.xlsx", {"Toko Makmur": card})
    at = upload(open_page("pages/upload.py", lang), path)
    assert not at.exception, at.exception
    column = "No. Faktur" if lang == "id" else "Invoice no."
    for page in ("pages/overview.py", "pages/customers.py"):
        at.switch_page(page).run()
        if page == "pages/customers.py":
            at.selectbox(key="customer_pick").set_value(customer_key("Toko Makmur")).run()
        assert not at.exception, at.exception
        table = next(df.value for df in at.dataframe if column in df.value.columns)
        mine = table[table[column] == said_as]
        assert len(mine) == 1, (page, table[column].tolist())


def test_an_invoice_dated_after_the_as_of_date_is_told_on_unggah_and_the_overview(
    tmp_path: Path,
) -> None:
    """INV-9 dated 3 Dec 2026, the pages counting on 22 Nov 2026: Unggah lists it under the
    whole book with its row and both dates, the overview warns; it stays in what is owed."""
    path = write_xlsx(tmp_path / "buku_desember.xlsx", {"Piutang": [
        ["No. Faktur", "Pelanggan", "Tanggal", "Jumlah"],
        ["INV-1", "Toko Kemarin", date(2026, 11, 1), 100_000],
        ["INV-9", "Toko Kemarin", date(2026, 12, 3), 70_000],
    ]})  # fmt: skip
    at = upload(open_page("pages/upload.py"), path)
    assert not at.exception, at.exception
    reasons = [str(v) for df in at.dataframe for v in df.value.get("Alasan", [])]
    said_as = "Faktur INV-9 bertanggal 3 Des 2026, sesudah tanggal hitung 22 Nov 2026"
    assert [r for r in reasons if r.startswith(said_as)], reasons
    found = [str(w.value) for w in at.warning if "Perlu diperiksa di buku" in str(w.value)]
    assert found and all("1 faktur bertanggal sesudah tanggal hitung" in w for w in found)
    at.switch_page("pages/overview.py").run()
    assert not at.exception, at.exception
    [notice] = [str(w.value) for w in at.warning if "Perlu diperiksa di buku" in str(w.value)]
    assert "1 faktur bertanggal sesudah tanggal hitung" in notice
    assert "buku_desember.xlsx, lembar 'Piutang' baris 3" in notice.replace("\\", "")
    # A day on or after its date: nothing to tell.
    at.session_state["as_of"] = date(2026, 12, 3)
    at.run()
    assert not [w for w in at.warning if "bertanggal sesudah" in str(w.value)]
