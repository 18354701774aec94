"""How a file was read, said in words; the book's own figures that disagree; the owner's
choice of shape kept with an import; credit balances and returns where the pages show them."""

from datetime import date
from pathlib import Path

import pytest

from core.access import restrict
from core.i18n import Lang
from core.ingest import read_ledger
from core.ledger import customer_key
from core.overview import credit_balances
from core.report import (
    Reading,
    book_problem_summary,
    chosen_reading,
    corrected,
    file_report,
    ledger_problems,
    load_files,
    mismatch_lines,
    mismatch_summary,
    reading_choice,
    reading_lines,
    summarize_files,
    summary_text,
)
from core.statement import statement_rows
from core.timeline import timeline
from tests.helpers import write_xlsx

ROOT = Path(__file__).resolve().parent.parent
SHAPES = ROOT / "tests" / "fixtures" / "shapes"
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
AS_OF = date(2026, 11, 22)


@pytest.mark.parametrize(
    ("file", "lang", "lines"),
    [
        (
            "kartu_sheet_per_customer_title_lines.xlsx",
            "id",
            ["Dibaca sebagai kartu piutang: 5 lembar, 5 pelanggan; saldo cocok di semua baris, "
             "sub total dan total cocok."],
        ),
        (
            "journal_buku_pembantu_piutang.xlsx",
            "en",
            ["Read as a journal (buku pembantu piutang): 1 sheet, 5 customers; sub totals and "
             "totals agree."],
        ),
        (
            "wrong_kartu_saldo_typo.xlsx",
            "id",
            ["Dibaca sebagai kartu piutang: 3 lembar, 3 pelanggan; saldo TIDAK cocok di 1 dari "
             "3 lembar, sub total dan total cocok."],
        ),
        (
            "mixed_cards_and_invoice_list_same_invoices.xlsx",
            "id",
            [
                "Dibaca sebagai kartu piutang: 4 lembar, 4 pelanggan; saldo cocok di semua "
                "baris, sub total dan total cocok.",
                "Dibaca sebagai daftar faktur: 1 lembar, 4 pelanggan; tanpa saldo atau total "
                "untuk dicocokkan.",
            ],
        ),
        (
            "wrong_grouped_subtotal.xlsx",
            "en",
            ["Read as a list grouped by customer: 1 sheet, 3 customers; sub totals / totals do "
             "NOT agree, Sisa agrees on every row."],
        ),
    ],
)  # fmt: skip
def test_reading_lines_say_the_shape_counts_and_checks(
    file: str, lang: str, lines: list[str]
) -> None:
    assert reading_lines(file_report(read_ledger(SHAPES / file)), lang) == lines  # type: ignore[arg-type]


def test_a_customer_on_a_sheet_per_month_counts_once() -> None:
    result = read_ledger(SAMPLE)
    names = {inv.customer_key for inv in result.invoices}
    [invoices, payments] = reading_lines(file_report(result))
    assert invoices.startswith(f"Dibaca sebagai daftar faktur: 12 lembar, {len(names)} pelanggan")
    assert payments.startswith("Dibaca sebagai daftar pembayaran: 1 lembar")


def test_a_saved_report_from_before_shapes_reads_by_what_its_sheets_held() -> None:
    old = {"sheets": [{"kind": "invoices"}, {"kind": "payments"}]}
    assert reading_lines(old, "en") == [
        "Read as an invoice list: 1 sheet; no Saldo or totals of its own to check against.",
        "Read as a payment list: 1 sheet.",
    ]


def test_mismatches_name_the_row_and_both_figures() -> None:
    problems = read_ledger(SHAPES / "wrong_kartu_saldo_typo.xlsx").problems
    assert mismatch_lines(problems) == [
        "Saldo baris 8 di lembar 'UD Karya Tani': buku Rp 1.759.500, terhitung Rp 1.579.500."
    ]
    assert mismatch_lines(problems, files=True)[0].startswith("wrong_kartu_saldo_typo.xlsx: ")
    assert mismatch_summary(problems) == (
        "Angka buku tidak cocok dengan barisnya di 1 tempat: wrong_kartu_saldo_typo.xlsx, "
        "lembar 'UD Karya Tani' baris 8 (buku Rp 1.759.500, terhitung Rp 1.579.500). "
        "Rinciannya di halaman Unggah."
    )
    assert mismatch_summary([]) is None


def test_mismatch_summary_names_the_first_places_and_counts_the_rest() -> None:
    [one] = read_ledger(SHAPES / "wrong_kartu_saldo_typo.xlsx").problems
    text = mismatch_summary([one] * 5, "en", first=2) or ""
    assert "in 5 places" in text and text.count("row 8") == 2 and " and 3 more." in text


@pytest.mark.parametrize(
    ("columns", "shape"),
    [(None, None), ({"customer": "Nama"}, None), (None, "customer_card"),
     ({"amount": None}, "grouped")],
)  # fmt: skip
def test_a_reading_choice_comes_back_as_columns_and_shape(
    columns: dict[str, str | None] | None, shape: str | None
) -> None:
    saved = reading_choice(columns, shape)  # type: ignore[arg-type]
    assert chosen_reading(saved) == Reading(columns, shape)  # type: ignore[arg-type]


def test_an_unknown_shape_in_a_saved_choice_is_read_automatically() -> None:
    assert chosen_reading({"shape": "pivot", "customer": "Nama"}) == Reading({"customer": "Nama"})


def test_a_correction_for_one_sheet_keeps_the_file_wide_one_and_the_other_sheets() -> None:
    saved = corrected(None, None, {"due_date": "Tanggal"}, None)
    assert saved == {"due_date": "Tanggal"}
    saved = corrected(saved, "Pembayaran", {"invoice_no": None}, None)
    saved = corrected(saved, "Faktur :: 2025", {}, "grouped")  # a name with the mark in it
    assert saved == {
        "due_date": "Tanggal",
        "Pembayaran :: invoice_no": None,
        "Faktur :: 2025 :: shape": "grouped",
    }
    reading = chosen_reading(saved)
    assert reading.columns == {"due_date": "Tanggal"} and reading.shape is None
    assert reading.sheets == {"Pembayaran": ({"invoice_no": None}, None),
                              "Faktur :: 2025": (None, "grouped")}  # fmt: skip
    assert reading.of_sheet("Pembayaran") == ({"invoice_no": None}, None)
    assert reading.of_sheet("Lain") == ({}, None)
    # Correcting every sheet again replaces the file-wide choice; the sheets' own stay.
    again = corrected(saved, None, {}, "invoice_list")
    assert chosen_reading(again) == Reading(None, "invoice_list", reading.sheets)
    # Correcting a sheet back to automatic drops its own choice.
    assert chosen_reading(corrected(saved, "Pembayaran", {}, None)).of_sheet("Pembayaran") == (
        {},
        None,
    )


def test_a_sheet_s_own_choice_changes_that_sheet_only(tmp_path: Path) -> None:
    book = write_xlsx(tmp_path / "buku.xlsx", {
        "Faktur": [["No. Faktur", "Tanggal", "Pelanggan", "Jatuh Tempo", "Jumlah"],
                   ["F-1", date(2026, 9, 1), "Toko A", date(2026, 10, 1), 500_000],
                   ["F-2", date(2026, 9, 5), "Toko A", date(2026, 10, 5), 700_000]],
        "Pembayaran": [["Tgl Bayar", "Pelanggan", "No. Faktur", "Jumlah Bayar"],
                       [date(2026, 10, 10), "Toko A", "F-2", 700_000]],
    })  # fmt: skip
    whole = read_ledger(book)
    assert [p.invoice_number for p in whole.payments] == ["F-2"]
    reading = chosen_reading(corrected(None, "Pembayaran", {"invoice_no": None}, None))
    own = read_ledger(book, mapping=reading.columns, shape=reading.shape, sheets=reading.sheets)
    assert [p.invoice_number for p in own.payments] == [""]  # on account: pays the oldest first
    faktur, pembayaran = own.sheets
    assert "invoice_no" in faktur.columns and "invoice_no" not in pembayaran.columns
    assert [i.number for i in own.invoices] == ["F-1", "F-2"]
    # The same choice for every sheet would take the invoices' numbers away too.
    everywhere = read_ledger(book, mapping={"invoice_no": None})
    assert [i.number for i in everywhere.invoices] != ["F-1", "F-2"]


def test_credit_balance_and_returns_reach_the_customer_page_and_overview() -> None:
    _, book = load_files([SHAPES / "kartu_english_labels_overpaid_customer.xlsx"])
    assert credit_balances(book) == (1, 1_350_000)
    overpaid = customer_key("CV Karya Mandiri")
    statement = statement_rows(book, overpaid, AS_OF)
    assert statement.credit_balance == 1_350_000 and statement.totals.outstanding == 0
    assert statement_rows(book, customer_key("PT Lancar Sentosa"), AS_OF).credit_balance == 0
    returned = customer_key("Toko Elektronik Jaya")
    kinds = [p.kind for p in statement_rows(book, returned, AS_OF).payments]
    assert "return" in kinds
    story = timeline(book, returned, [], AS_OF, "en")
    assert [e.text for e in story if e.kind == "return"] == ["Return for invoice -"]
    assert restrict(book, frozenset({overpaid})).credit_balances == {overpaid: 1_350_000}
    assert restrict(book, frozenset({returned})).credit_balances == {}


def test_a_column_of_a_two_row_header_is_chosen_by_the_label_the_report_shows() -> None:
    """The report names such a column "Pembayaran / Jumlah" (group over sub-label); a choice
    of that label is the column the reading uses, not a choice quietly left aside."""
    book = SHAPES / "merged_two_row_header.xlsx"
    [sheet] = read_ledger(book).sheets
    assert sheet.columns["paid"].header == "Pembayaran / Jumlah"
    assert "Faktur / Jumlah" in sheet.headers
    chosen = read_ledger(book, mapping={"amount": "Pembayaran / Jumlah", "paid": None})
    [again] = chosen.sheets
    assert (again.columns["amount"].header, again.columns["amount"].method) == (
        "Pembayaran / Jumlah",
        "user",
    )
    assert "paid" not in again.columns and "Faktur / Jumlah" not in {
        c.header for c in again.columns.values()
    }


def test_what_only_the_whole_book_shows_is_a_problem_with_its_row(tmp_path: Path) -> None:
    """A payment naming an invoice the book does not have, one from a customer with no invoice,
    and an invoice number used again for another sale: each is a problem of the summary, with
    the row it stands on, and the figures stay those of the invoices."""
    path = write_xlsx(tmp_path / "buku.xlsx", {
        "Piutang": [["No. Faktur", "Pelanggan", "Tanggal", "Jumlah"],
                    ["F-1", "Toko A", date(2026, 11, 1), 100_000],
                    ["F-2", "Toko B", date(2026, 11, 2), 50_000],
                    ["F-2", "Toko C", date(2026, 11, 3), 70_000]],
        "Pembayaran": [["No. Faktur", "Pelanggan", "Tanggal Bayar", "Jumlah"],
                       ["F-1", "", date(2026, 11, 5), 40_000],
                       ["F-9", "", date(2026, 11, 6), 25_000],
                       ["", "Toko Z", date(2026, 11, 7), 15_000]],
    })  # fmt: skip
    batch, payload = summarize_files([path], date(2026, 11, 22))
    assert payload["outstanding"] == 100_000 - 40_000 + 50_000 + 70_000
    found = [(p["code"], p["sheet"], p["row"], p["column"]) for p in payload["problems"]]
    assert found == [
        ("unmatched-payment", "Pembayaran", 3, "No. Faktur"),
        ("unknown-customer-payment", "Pembayaran", 4, "Pelanggan"),
        ("conflicting-invoice", "Piutang", 4, "No. Faktur"),
    ]
    said = [p["message"] for p in payload["problems"]]
    assert "'F-9'" in said[0] and "'Toko Z'" in said[1] and "'F-2'" in said[2]
    assert not batch.problems  # every row was read; the book as a whole says the rest
    _, english = summarize_files([path], date(2026, 11, 22), lang="en")
    assert [p["column"] for p in english["problems"]][:2] == ["Invoice no.", "Customer"]


def test_a_book_kept_in_thousands_is_read_in_rupiah_and_says_so(tmp_path: Path) -> None:
    """ "(dalam ribuan Rupiah)" above the table, or "Saldo (Rp 000)" on a card: every figure,
    its TOTAL and its Saldo, is that many thousand rupiah; the reading sentence says so."""
    listed = write_xlsx(tmp_path / "ribuan.xlsx", {"Piutang": [
        ["DAFTAR PIUTANG (dalam ribuan Rupiah)"], [],
        ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Dibayar"],
        ["R-1", date(2026, 10, 1), "Toko Kayu", 1_250, 250],
        ["R-2", date(2026, 11, 1), "Toko Kayu", 800.5, 0],
        ["TOTAL", None, None, 2_050.5, 250],
    ]})  # fmt: skip
    card = write_xlsx(tmp_path / "kartu.xlsx", {"Toko Besi": [
        ["Nama Pelanggan : Toko Besi"],
        ["Tanggal", "Keterangan", "No. Faktur", "Debet (Rp 000)", "Kredit (Rp 000)",
         "Saldo (Rp 000)"],
        [date(2026, 10, 1), "Penjualan", "K-1", 900, None, 900],
        [date(2026, 10, 20), "Pembayaran", None, None, 400, 500],
    ]})  # fmt: skip
    _, payload = summarize_files([listed, card], date(2026, 11, 22))
    assert payload["outstanding"] == 1_000_000 + 800_500 + 500_000
    assert payload["checks"] == "ok" and payload["problems"] == []
    assert [s["unit"] for f in payload["files"] for s in f["sheets"]] == [1000, 1000]
    [line] = reading_lines(payload["files"][0])
    assert "angka buku dalam satuan Rp 1.000 (dibaca dikali 1.000)" in line
    plain = write_xlsx(tmp_path / "biasa.xlsx", {"Piutang": [
        ["DAFTAR PIUTANG TAHUN 2000"], ["No Faktur", "Tanggal", "Pelanggan", "Jumlah (Rp)"],
        ["P-1", date(2026, 10, 1), "Toko Kayu", 1_250_000],
    ]})  # fmt: skip
    _, payload = summarize_files([plain], date(2026, 11, 22))
    assert payload["outstanding"] == 1_250_000
    assert payload["files"][0]["sheets"][0]["unit"] == 1


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "Faktur INV-9 bertanggal 3 Des 2026, sesudah tanggal hitung 22 Nov 2026"),
        ("en", "Invoice INV-9 is dated 3 Dec 2026, after the as-of date 22 Nov 2026"),
    ],
)
def test_an_invoice_dated_after_the_as_of_date_is_owed_not_late_and_told(
    tmp_path: Path, lang: Lang, said: str
) -> None:
    """INV-9 dated 3 Dec 2026 in a book counted on 22 Nov 2026: it stays in what is owed (it
    is owed), is not overdue, and the summary says so with its row and both dates, under a
    code of its own. Without it the book's figures and problems are as they were."""
    rows = [["No. Faktur", "Pelanggan", "Tanggal", "Jumlah"],
            ["INV-1", "Toko A", date(2026, 9, 1), 100_000],
            ["INV-2", "Toko B", date(2026, 11, 1), 50_000]]  # fmt: skip
    before = write_xlsx(tmp_path / "buku.xlsx", {"Piutang": rows})
    _, plain = summarize_files([before], AS_OF, lang=lang)
    later = write_xlsx(
        tmp_path / "buku_lanjut.xlsx",
        {"Piutang": [*rows, ["INV-9", "Toko B", date(2026, 12, 3), 70_000]]},
    )
    _, payload = summarize_files([later], AS_OF, lang=lang)
    assert payload["outstanding"] == plain["outstanding"] + 70_000
    assert payload["overdue"] == plain["overdue"] == 100_000
    assert payload["aging"]["current"] == plain["aging"]["current"] + 70_000
    assert plain["problems"] == []
    [found] = payload["problems"]
    assert (found["code"], found["sheet"], found["row"]) == ("future-invoice", "Piutang", 4)
    assert (found["date"], found["as_of"]) == ("2026-12-03", "2026-11-22")
    assert found["message"].startswith(said), found["message"]
    assert said in summary_text(payload, lang)
    # The overview's and Unggah's sentence over the whole book counts it apart.
    ledger = load_files([later])[1]
    summary = book_problem_summary(ledger_problems(ledger, lang, AS_OF), lang)
    counted = "1 faktur bertanggal sesudah tanggal hitung" if lang == "id" else "1 invoice is dated"
    assert summary is not None and counted in summary and "pembayaran" not in summary
    assert ledger_problems(ledger, lang) == []  # no as-of date: nothing to compare with
