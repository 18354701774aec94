"""The reading engine on small workbooks built in the test: layout, kinds of sheet, bad rows."""

from datetime import date
from pathlib import Path

import pytest

from core.ingest import detect_header_row, read_ledger, read_ledgers
from core.ledger import customer_key
from core.reading.problems import LedgerReadError
from core.reading.sniff import detect_format
from core.report import load_files
from tests.helpers import write_xlsx

HEADER = ["No", "No. Faktur", "Tanggal", "Nama Pelanggan", "Jumlah (Rp)", "Dibayar", "Tempo"]


def ledger_rows(*data: list[object]) -> list[list[object]]:
    return [["BUKU PIUTANG TOKO MAJU"], ["Periode: Januari 2026"], [], HEADER, *data]


def test_header_under_title_rows_and_excel_row_numbers(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "t.xlsx",
        {
            "Jan": ledger_rows(
                [1, "F-1", date(2026, 1, 5), "Toko A", 1_000_000, None, 30],
                [2, "F-2", "06/01/2026", None, 500_000, None, 30],
            )
        },
    )
    result = read_ledger(path)
    assert result.format == "xlsx"
    assert result.sheets[0].header_row == 4
    assert [i.number for i in result.invoices] == ["F-1"]
    assert result.invoices[0].due_date == date(2026, 2, 4)
    assert result.invoices[0].source.row == 5
    [problem] = result.problems
    assert (problem.code, problem.sheet, problem.row, problem.column) == (
        "missing-customer",
        "Jan",
        6,
        "Nama Pelanggan",
    )


def test_header_found_deep_down_and_indented(tmp_path: Path) -> None:
    rows: list[list[object]] = [[None] * 3 for _ in range(24)]
    rows[2] = [None, None, "Laporan piutang"]
    rows.append([None, None, "Invoice #", "Customer Name", "Invoice Date", "Amount", "Terms"])
    rows.append([None, None, "X1", "PT Satu", date(2026, 3, 1), 250_000, "Net 14"])
    result = read_ledger(write_xlsx(tmp_path / "deep.xlsx", {"Sheet1": rows}))
    assert result.sheets[0].header_row == 25
    assert result.invoices[0].source.row == 26
    assert result.invoices[0].due_date == date(2026, 3, 15)


def test_totals_blank_rows_and_running_numbers(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "t.xlsx",
        {
            "Feb": ledger_rows(
                [1, "F-1", date(2026, 2, 1), "Toko A", 100_000, 0, 30],
                [2],
                [],
                [3, "F-2", date(2026, 2, 2), "Toko B", 200_000, 50_000, 30],
                [None, None, None, "Subtotal", 300_000, 50_000],
                [None, None, None, "TOTAL", 300_000, 50_000],
                [None, "GRAND TOTAL", None, None, 300_000],
                [None, None, None, None, 300_000, 50_000],
            )
        },
    )
    result = read_ledger(path)
    assert [i.number for i in result.invoices] == ["F-1", "F-2"]
    assert result.problems == []


def test_due_date_column_terms_text_and_default(tmp_path: Path) -> None:
    header = ["Faktur", "Pelanggan", "Tgl", "Jatuh Tempo", "TOP", "Total"]
    rows = [
        header,
        ["A", "X", date(2026, 1, 1), date(2026, 1, 20), None, 10],
        ["B", "X", date(2026, 1, 1), None, "tempo 45 hari", 10],
        ["C", "X", date(2026, 1, 1), None, None, 10],
    ]
    result = read_ledger(write_xlsx(tmp_path / "t.xlsx", {"S": rows}), default_term=7)
    due = {i.number: (i.due_date, i.due_source) for i in result.invoices}
    assert due == {
        "A": (date(2026, 1, 20), "column"),
        "B": (date(2026, 2, 15), "terms"),
        "C": (date(2026, 1, 8), "default"),
    }
    assert result.default_term_used == 1


def test_status_and_balance_columns(tmp_path: Path) -> None:
    rows = [
        ["Nota", "Customer", "Date", "Amount", "Sisa", "Status"],
        ["1", "A", date(2026, 1, 1), 100, 100, "LUNAS"],
        ["2", "A", date(2026, 1, 1), 100, 40, "BELUM LUNAS"],
        ["3", "A", date(2026, 1, 1), 100, 0, None],
    ]
    result = read_ledger(write_xlsx(tmp_path / "t.xlsx", {"S": rows}))
    assert {i.number: i.outstanding for i in result.invoices} == {"1": 0, "2": 40, "3": 0}


def test_bad_rows_are_reported_and_the_rest_imports(tmp_path: Path) -> None:
    rows = ledger_rows(
        [1, "F-1", date(2026, 1, 5), "A", "lima juta", None, 30],
        [2, "F-2", "31/02/2026", "B", 100, None, 30],
        [3, "F-3", date(2026, 1, 5), "C", -100, None, 30],
        [4, "F-4", date(2026, 1, 5), "D", 100, "banyak", 30],
        [5, "F-5", date(2026, 1, 5), "E", 100, None, 30],
    )
    result = read_ledger(write_xlsx(tmp_path / "bad.xlsx", {"Jan": rows}))
    assert [i.number for i in result.invoices] == ["F-5"]
    # A negative amount is a return (a credit note), not a problem.
    assert [(p.customer, p.amount, p.kind) for p in result.payments] == [("C", 100, "return")]
    assert [(p.row, p.code) for p in result.problems] == [
        (5, "invalid-amount"),
        (6, "invalid-date"),
        (8, "invalid-paid"),
    ]
    assert all(p.message("id") != p.message("en") for p in result.problems)


def test_an_amount_no_book_holds_is_a_problem_row_naming_the_cell(tmp_path: Path) -> None:
    """Round 67: a number cell of 1E+308 was read as an invoice, the total a 309-digit figure
    and the overview and customers pages broken. Past Rp 1.000.000.000.000.000 a figure is a
    named problem row, like NaN; the bound itself is read."""
    rows = ledger_rows(
        [1, "F-1", date(2026, 1, 5), "A", 1e308, None, 30],
        [2, "F-2", date(2026, 1, 5), "B", 10**16, None, 30],
        [3, "F-3", date(2026, 1, 5), "C", "Rp 2.000.000.000.000.000", None, 30],
        [4, "F-4", date(2026, 1, 5), "D", 100, 1e20, 30],
        [5, "F-5", date(2026, 1, 5), "E", 10**15, None, 30],
        [6, "F-6", date(2026, 1, 5), "F", float(10**15), 1e15, 30],
    )
    result = read_ledger(write_xlsx(tmp_path / "besar.xlsx", {"Jan": rows}))
    assert {i.number: i.amount for i in result.invoices} == {"F-5": 10**15, "F-6": 10**15}
    assert [(p.row, p.code, p.value) for p in result.problems] == [
        (5, "amount-too-large", "1e+308"),
        (6, "amount-too-large", "1e+16"),
        (7, "amount-too-large", "Rp 2.000.000.000.000.000"),
        (8, "amount-too-large", "1e+20"),
    ]
    assert "jumlah terlalu besar" in result.problems[0].message("id")
    assert "too large" in result.problems[0].message("en")


def test_sheets_are_classified(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "book.xlsx",
        {
            "Jan": ledger_rows([1, "F-1", date(2026, 1, 5), "Toko A", 1_000, None, 30]),
            "Pembayaran": [["Tanggal", "No. Faktur", "Jumlah"], [date(2026, 1, 9), "F-1", 400]],
            "Pelanggan": [["Nama Pelanggan", "No. HP"], ["Toko A", "0812-1111-2222"]],
            "Pivot": [["Pelanggan", "Total"], ["Toko A", 1_000]],
            "Catatan": [["Jangan lupa tagih Pak Budi"]],
        },
    )
    result = read_ledger(path)
    assert {s.name: s.kind for s in result.sheets} == {
        "Jan": "invoices",
        "Pembayaran": "payments",
        "Pelanggan": "contacts",
    }
    assert {s.sheet: s.reason_key for s in result.ignored} == {
        "Pivot": "sheet.summary_only",
        "Catatan": "sheet.no_header",
    }
    assert result.payments[0].amount == 400
    assert result.payments[0].paid_on == date(2026, 1, 9)


def test_mapping_from_the_owner_wins(tmp_path: Path) -> None:
    rows = [["Kode", "Toko", "Sales", "Nilai", "Tgl"], ["K1", "Toko A", "Andi", 100, "1/1/2026"]]
    path = write_xlsx(tmp_path / "t.xlsx", {"S": rows})
    assert read_ledger(path).invoices[0].customer == "Toko A"
    remapped = read_ledger(path, mapping={"customer": "Sales", "invoice_no": "Kode"})
    assert remapped.invoices[0].customer == "Andi"
    assert remapped.invoices[0].number == "K1"
    assert remapped.sheets[0].columns["customer"].method == "user"


def test_detect_header_row_ignores_title_rows() -> None:
    rows = [["TOKO MAJU"], ["Pelanggan: semua"], ["Pelanggan", "Jumlah", "Tanggal"], ["A", 1, 2]]
    found = detect_header_row(rows)
    assert found is not None and found[0] == 2


@pytest.mark.parametrize(
    ("encoding", "delimiter", "bom"),
    [("utf-8", ",", False), ("utf-8", ";", True), ("cp1252", ";", False), ("utf-8", "\t", False)],
)
def test_csv_encodings_and_delimiters(
    tmp_path: Path, encoding: str, delimiter: str, bom: bool
) -> None:
    lines = [
        ["No Nota", "Pelanggan", "Tanggal", "Jumlah", "Bayar"],
        ["N1", "Café Sëno", "05/02/2026", "1.250.000,50" if delimiter == ";" else "1250000", ""],
    ]
    text = "\r\n".join(delimiter.join(line) for line in lines) + "\r\n"
    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode(encoding)
    result = read_ledger(data, "kasir.csv")
    assert result.format == "csv"
    [invoice] = result.invoices
    assert invoice.customer == "Café Sëno"
    assert invoice.invoice_date == date(2026, 2, 5)
    assert invoice.source.row == 2


@pytest.mark.parametrize(
    ("data", "code"),
    [(b"", "empty"), (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "image"),
     (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)), "image"),
     (b"RIFF\x00\x00\x00\x00WEBPVP8 " + bytes(range(64)), "image"),
     (b"\x00\x01\x02\x03" + bytes(range(256)) * 4, "not_spreadsheet"),
     (b"PK\x03\x04" + b"\x00" * 50, "corrupt"), (b"%PDF-1.7\n...", "pdf"),
     (b"<!doctype html><html><body><p>Masuk dulu</p></body></html>", "html")],
)  # fmt: skip
def test_unreadable_files_say_why(data: bytes, code: str) -> None:
    with pytest.raises(LedgerReadError) as err:
        detect_format(data, "x.xlsx")
    assert err.value.code == code
    assert "x.xlsx" in err.value.message("id")
    assert err.value.message("id") != err.value.message("en")


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("kosong.csv", b"No Nota;Pelanggan;Tanggal;Jumlah\r\n"),
        # Found by the fuzzer: a header whose last cell reads as an amount.
        ("mutasi.csv", b"No Nota;Pelanggan;Tanggal;Jumla;1.250.029,50;\r\n"),
    ],
)
def test_a_form_with_headings_and_no_rows_says_so(name: str, data: bytes) -> None:
    """It stopped the reader with a traceback (the dates of no rows were looked for)."""
    with pytest.raises(LedgerReadError) as err:
        read_ledger(data, name)
    assert err.value.code == "no_rows"
    assert err.value.message("id") == (
        f"Berkas '{name}' tidak dapat dibaca: isinya hanya judul kolom, belum ada baris faktur "
        "di bawahnya."
    )


def test_a_workbook_with_a_header_only_sheet_reads_its_other_sheets(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "buku.xlsx",
        {
            "Des": [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"]],
            "Nov": ledger_rows([1, "F1", date(2026, 11, 1), "Toko A", 5_000, None, 30]),
        },
    )
    read = read_ledger(path)
    assert [inv.number for inv in read.invoices] == ["F1"]
    assert [(s.sheet, s.reason_key) for s in read.ignored] == [("Des", "sheet.no_rows")]


WEB_XLS = """<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<table border="1">
<tr><td colspan="5"><b>Laporan Piutang</b></td></tr>
<tr><th>No Invoice</th><th>Tanggal</th><th>Pelanggan</th><th>Total</th><th>Terbayar</th></tr>
<tr><td>HW-1</td><td>10/09/2026</td><td>Toko Sinar&nbsp;Surya</td><td>1.500.000</td>
<td>500.000</td></tr>
<tr><td>HW-2</td><td>25/10/2026</td><td>Caf&eacute; Pandan</td><td colspan="2">750.000</td></tr>
<tr><td colspan="3">TOTAL</td><td>2.250.000</td><td>500.000</td></tr>
</table></body></html>"""


def test_a_web_programs_excel_download_is_read_as_its_table() -> None:
    """An HTML table saved as .xls (was refused): read as a CSV's texts are, a cell spanning
    columns leaving them empty, entities read, the total checked."""
    read = read_ledger(WEB_XLS.encode(), "ekspor.xls")
    assert read.format == "html"
    assert [(i.number, i.customer, i.invoice_date, i.amount, i.paid) for i in read.invoices] == [
        ("HW-1", "Toko Sinar Surya", date(2026, 9, 10), 1_500_000, 500_000),
        ("HW-2", "Café Pandan", date(2026, 10, 25), 750_000, 0),
    ]
    [sheet] = read.sheets
    assert (sheet.name, sheet.header_row, sheet.checks["totals"]) == ("Tabel", 2, "ok")
    assert not read.problems


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16"])
def test_a_web_programs_excel_download_in_utf16_is_read_as_the_utf8_one(encoding: str) -> None:
    """Round 70 46_html_utf16.xls: an ASP.NET "Export to Excel" writes its HTML page in UTF-16
    with a mark; it was taken for a CSV and refused ("no sheet with customer and amount")."""
    data = ("\ufeff" if encoding != "utf-16" else "") + WEB_XLS
    read = read_ledger(data.encode(encoding), "ekspor.xls")
    assert read.format == "html"
    assert [(i.number, i.customer, i.amount) for i in read.invoices] == [
        ("HW-1", "Toko Sinar Surya", 1_500_000),
        ("HW-2", "Café Pandan", 750_000),
    ]


def test_excel_2003_xml_is_refused_for_what_it_is() -> None:
    """Round 70: SpreadsheetML (Excel 2003's "XML Spreadsheet", saved as .xls or .xml) was
    refused as "a web page (HTML)"; the way out is the same, the reason now its own."""
    data = (
        b'<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        b'<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
        b"<Worksheet><Table><Row><Cell><Data>No</Data></Cell></Row></Table></Worksheet>"
        b"</Workbook>"
    )
    with pytest.raises(LedgerReadError) as err:
        read_ledger(data, "piutang.xls")
    assert err.value.code == "spreadsheet_xml"
    assert "Excel 2003 XML" in err.value.message("id") and ".xlsx" in err.value.message("en")


def test_a_web_page_without_a_table_of_rows_is_refused() -> None:
    with pytest.raises(LedgerReadError) as err:
        read_ledger(b"<html><table><tr><td>x</td></tr></table></html>", "x.xls")
    assert err.value.code == "html"


def test_a_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    good = write_xlsx(
        tmp_path / "good.xlsx", {"S": ledger_rows([1, "F", date(2026, 1, 1), "A", 5, None, 30])}
    )
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(good.read_bytes()[:300])
    batch = read_ledgers([broken, good, good])
    assert [e.file for e in batch.errors] == ["broken.xlsx"]
    assert [f.name for f in batch.files] == ["good.xlsx"]
    assert len(batch.copies) == 1


def test_numbered_payment_columns_add_up(tmp_path: Path) -> None:
    rows = [["No Nota", "Pelanggan", "Tanggal", "Jumlah", "Bayar 1", "Bayar 2", "Bayar 3"],
            ["N1", "A", date(2026, 1, 1), 1_000, 200, 300, None],
            ["N2", "B", date(2026, 1, 1), 1_000, "Rp 1.000", None, None]]  # fmt: skip
    result = read_ledger(write_xlsx(tmp_path / "cicilan.xlsx", {"S": rows}))
    assert [i.paid for i in result.invoices] == [500, 1_000]


def test_rupiah_sign_in_a_cell_of_its_own(tmp_path: Path) -> None:
    rows = [["Nota", "Pelanggan", "Tanggal", "Jumlah", None, "Dibayar", None],
            ["N1", "A", date(2026, 1, 1), "Rp", 1_250_000, "Rp", 250_000]]  # fmt: skip
    [invoice] = read_ledger(write_xlsx(tmp_path / "rp.xlsx", {"S": rows})).invoices
    assert (invoice.amount, invoice.paid) == (1_250_000, 250_000)


@pytest.mark.parametrize(
    ("header", "field"), [("Jml Bayar", "paid"), ("Cust. Name", "customer"), ("Jml", "amount")]
)
def test_abbreviated_headers(header: str, field: str) -> None:
    from core.columns import guess_field

    guess = guess_field(header)
    assert guess is not None and guess.field == field


def test_a_sheet_whose_columns_leave_most_rows_unused_is_refused_not_summed(
    tmp_path: Path,
) -> None:
    """Columns that read most rows as problems are likely the wrong ones: the file says which
    columns and shape it tried, and adds nothing up."""
    rows = [["No Faktur", "Pelanggan", "Tanggal", "Jumlah", "Keterangan"]]
    rows += [[f"F-{k}", "Toko A", date(2026, 1, 5), "lunas", "ambil barang"] for k in range(8)]
    rows += [["F-9", "Toko A", date(2026, 1, 5), 100_000, ""]]
    path = write_xlsx(tmp_path / "salah_kolom.xlsx", {"Piutang": rows})
    with pytest.raises(LedgerReadError) as caught:
        read_ledger(path)
    assert caught.value.code == "shape_unsure"
    message = caught.value.message("id")
    # In the owner's words (round 95 L7: it said "invoice_list", "amount=Jumlah"): the shape,
    # each field with its header as the book writes it.
    assert "dicoba dibaca sebagai daftar faktur dengan kolom" in message
    assert "Jumlah ('Jumlah')" in message and "Status ('Keterangan')" in message
    assert "8 baris" in message
    assert "invoice_list" not in message and "=" not in message
    english = caught.value.message("en")
    assert "tried as an invoice list with columns" in english and "('Jumlah')" in english


@pytest.mark.parametrize(
    ("header", "shape"),
    [
        (["Tanggal", "Keterangan", "No. Faktur", "Debet", "Kredit", "Saldo"], "customer_card"),
        (
            ["Date", "Description", "Invoice", "Debit (Rp)", "Credit (Rp)", "Balance"],
            "customer_card",
        ),
    ],
)
def test_a_card_named_only_by_its_sheet_reads_debits_credits_and_its_saldo(
    tmp_path: Path, header: list[str], shape: str
) -> None:
    rows = [
        header,
        [date(2026, 1, 1), "Saldo awal", None, None, None, 500_000],
        [date(2026, 1, 5), "Penjualan", "F-1", 1_000_000, None, 1_500_000],
        [date(2026, 1, 20), "Transfer", "F-1", None, 400_000, 1_100_000],
        [date(2026, 1, 25), "Retur barang", None, None, 100_000, 1_000_000],
    ]
    result = read_ledger(write_xlsx(tmp_path / "kartu.xlsx", {"Bu Sari": rows}))
    (sheet,) = result.sheets
    assert (sheet.shape, sheet.checks["saldo"]) == (shape, "ok")
    assert [(i.number, i.customer, i.amount, i.due_source) for i in result.invoices] == [
        ("", "Bu Sari", 500_000, "opening"),
        ("F-1", "Bu Sari", 1_000_000, "default"),
    ]
    assert [(p.amount, p.invoice_number, p.kind) for p in result.payments] == [
        (400_000, "F-1", "payment"),
        (100_000, "", "return"),
    ]
    assert not result.problems


def test_a_header_over_two_rows_reads_each_column_from_its_group_and_sub_label(
    tmp_path: Path,
) -> None:
    """The group may name the figure ("Jumlah" over Faktur / Dibayar / Sisa) or the record
    ("Faktur" over Nomor / Tanggal / Jumlah): either way round the pair is one field."""
    rows = [
        ["Pelanggan", "No. Faktur", "Tanggal", None, "Jumlah (Rp)", None, None],
        [None, None, "Faktur", "Jatuh Tempo", "Faktur", "Dibayar", "Sisa"],
        ["Toko A", "F-1", date(2026, 1, 1), date(2026, 1, 31), 1_000_000, 400_000, 600_000],
        ["Toko B", "F-2", date(2026, 2, 1), date(2026, 3, 3), 500_000, None, 500_000],
    ]
    result = read_ledger(write_xlsx(tmp_path / "dua_baris.xlsx", {"Piutang": rows}))
    (sheet,) = result.sheets
    assert {name: c.header for name, c in sheet.columns.items()} == {
        "customer": "Pelanggan",
        "invoice_no": "No. Faktur",
        "invoice_date": "Tanggal / Faktur",
        "due_date": "Tanggal / Jatuh Tempo",
        "amount": "Jumlah (Rp) / Faktur",
        "paid": "Jumlah (Rp) / Dibayar",
        "balance": "Jumlah (Rp) / Sisa",
    }
    assert [(i.number, i.due_date, i.amount, i.paid) for i in result.invoices] == [
        ("F-1", date(2026, 1, 31), 1_000_000, 400_000),
        ("F-2", date(2026, 3, 3), 500_000, 0),
    ]
    assert sheet.checks["sisa"] == "ok" and not result.problems


def test_a_debts_app_export_is_a_journal_of_what_was_given_and_received(tmp_path: Path) -> None:
    """Memberikan (goods given on credit) is a debt, Menerima a payment; what a customer paid
    beyond their debt is their credit balance."""
    rows = [
        ["Tanggal", "Nama Pelanggan", "Catatan", "Memberikan", "Menerima"],
        [date(2026, 9, 1), "Bu Ani", "beras 2 karung", 700_000, None],
        [date(2026, 9, 10), "Pak Budi", "rokok", 150_000, None],
        [date(2026, 9, 20), "Bu Ani", "bayar", None, 300_000],
        [date(2026, 10, 1), "Pak Budi", "lunas", None, 200_000],
    ]
    batch, ledger = load_files([write_xlsx(tmp_path / "utang.xlsx", {"Utang Piutang": rows})])
    assert [s.shape for f in batch.files for s in f.sheets] == ["journal"]
    assert {i.customer: i.outstanding for i in ledger.invoices} == {
        "Bu Ani": 400_000,
        "Pak Budi": 0,
    }
    assert ledger.credit_balances == {customer_key("Pak Budi"): 50_000}


@pytest.mark.parametrize(
    ("kind_header", "sale", "payment"),
    [("Jenis", "Penjualan", "Pembayaran"), ("D/K", "D", "K"), ("Keterangan", "Faktur", "Bayar")],
)
def test_one_amount_column_with_a_type_column_is_a_journal(
    tmp_path: Path, kind_header: str, sale: str, payment: str
) -> None:
    """A payment written as a row of its own in one amount column is never summed as a sale."""
    rows = [
        ["Tanggal", "Pelanggan", kind_header, "Jumlah"],
        [date(2026, 9, 1), "Toko A", sale, 1_000_000],
        [date(2026, 9, 5), "Toko B", sale, 250_000],
        [date(2026, 9, 20), "Toko A", payment, 400_000],
        [date(2026, 10, 2), "Toko A", sale, 300_000],
        [date(2026, 10, 9), "Toko B", "Retur", 50_000],
    ]
    batch, ledger = load_files([write_xlsx(tmp_path / "mutasi.xlsx", {"Mutasi": rows})])
    assert [s.shape for f in batch.files for s in f.sheets] == ["journal"]
    owed = {}
    for inv in ledger.invoices:
        owed[inv.customer] = owed.get(inv.customer, 0) + inv.outstanding
    assert owed == {"Toko A": 900_000, "Toko B": 200_000}
    assert [p.kind for p in ledger.payments] == ["payment", "return"]


def test_one_amount_column_whose_notes_say_bayar_on_some_rows_is_refused(tmp_path: Path) -> None:
    """Without a type column, a paid column or invoice numbers, a row noted only "bayar" may
    be a payment written as an amount: no total is better than a wrong one."""
    rows = [
        ["Tanggal", "Nama", "Keterangan", "Nominal"],
        [date(2026, 9, 1), "Pak Darto", "ambil barang", 1_200_000],
        [date(2026, 9, 9), "Bu Yati", "oke", 1_525_000],
        [date(2026, 9, 20), "Bu Yati", "bayar", 450_000],
    ]
    with pytest.raises(LedgerReadError) as caught:
        read_ledger(write_xlsx(tmp_path / "campur.xlsx", {"Buku": rows}))
    assert caught.value.code == "shape_unsure" and "4" in caught.value.message("id")
    # With invoice numbers, each row is an invoice and its note is only a note.
    numbered = [[*rows[0], "No Faktur"]] + [[*r, f"F-{k}"] for k, r in enumerate(rows[1:])]
    result = read_ledger(write_xlsx(tmp_path / "bernomor.xlsx", {"Buku": numbered}))
    assert len(result.invoices) == 3


def test_a_print_stamp_parted_by_its_comma_is_a_line_of_the_page() -> None:
    """Round 70 44_judul_satu_kolom.csv: "Dicetak oleh: admin, 22/11/2026 08:30" under the
    rows of a comma CSV, unquoted, falls into No Invoice and Tanggal: it was told as a row
    with no customer. The figures were right; the red line was false."""
    data = (
        b"DAFTAR TAGIHAN PELANGGAN\n\n"
        b"No Invoice,Tanggal,Pelanggan,Total,Terbayar\n"
        b"SP/26/0091,09/07/2026,Toko Sepeda Kayuh,6350000,3350000\n"
        b"SP/26/0104,27/08/2026,Bengkel Sepeda Roda,1490000,0\n\n"
        b"Dicetak oleh: admin, 22/11/2026 08:30\n"
    )
    read = read_ledger(data, "tagihan.csv")
    assert [inv.number for inv in read.invoices] == ["SP/26/0091", "SP/26/0104"]
    assert not read.problems
