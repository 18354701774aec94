"""Books an outside tester wrote this round (the sixteenth set), their figures worked out on
paper as of 22 Nov 2026 with the default 30-day term; each test says what it showed before.

Each book is written in a temporary folder: nothing binary is committed. The working of each
figure is in the comment above it."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.dates import parse_date
from core.reading.problems import IgnoredSheet
from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, _xlsx, figures, read_book, reads_to

# A "Lunas" column holding the day each invoice was paid (a date cell, or a date as text),
# empty while it is open. LN-02 0.8M (48 days), LN-04 1M (13), LN-06 1.45M not due.
LUNAS_DATES: list[list[object]] = [
    ["LN-01", D(2026, 8, 15), "Toko Pelangi", 1_300_000, D(2026, 9, 10), None],
    ["LN-02", D(2026, 9, 5), "Toko Pelangi", 800_000, None, None],
    ["LN-03", D(2026, 9, 22), "CV Abadi Jaya", 2_100_000, "15/10/2026", "tf Mandiri"],
    ["LN-04", D(2026, 10, 10), "CV Abadi Jaya", 1_000_000, None, None],
    ["LN-05", D(2026, 10, 30), "Toko Pelangi", 650_000, D(2026, 11, 20), None],
    ["LN-06", D(2026, 11, 12), "CV Abadi Jaya", 1_450_000, None, None],
]
LUNAS_FIGURES = figures(3_250_000, 1_800_000, 2, current=1_450_000, d1to30=1_000_000,
                         d31to60=800_000)  # fmt: skip


@pytest.mark.parametrize(
    "label", ["Lunas", "Lunas?", "Tgl Lunas", "Tanggal Lunas", "Tgl Pelunasan", "Lunas Tgl"]
)
def test_a_date_in_a_column_named_for_settlement_is_the_invoice_paid(
    tmp_path: Path, label: str
) -> None:
    """Without a paid or Sisa column, a date under "Lunas" is the day the invoice was paid
    in full (it stayed open: 7.3M read for 3.25M)."""
    header = ["No Nota", "Tgl Nota", "Customer", "Nilai", label, "Ket"]
    reads_to(tmp_path / "lunas.xlsx", [("Nota", [header, *LUNAS_DATES])], LUNAS_FIGURES)


@pytest.mark.parametrize("label", ["Tgl Bayar", "Tgl Lunas"])
@pytest.mark.parametrize("paid", ["Bayar", "Sisa"])
def test_a_payment_date_beside_a_paid_figure_only_dates_it(
    tmp_path: Path, label: str, paid: str
) -> None:
    """Beside what was paid (or what is left), the date is that payment's: a part paid stays
    a part. TB-1 3M less 1M (2M, 52 days), TB-2 1.5M not due."""
    rows: list[list[object]] = [
        ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", paid, label],
        ["TB-1", D(2026, 9, 1), "Toko Sinar", 3_000_000,
         1_000_000 if paid == "Bayar" else 2_000_000, D(2026, 9, 20)],
        ["TB-2", D(2026, 11, 1), "Toko Sinar", 1_500_000,
         0 if paid == "Bayar" else 1_500_000, None],
    ]  # fmt: skip
    reads_to(
        tmp_path / "tgl.xlsx",
        [("Piutang", rows)],
        figures(3_500_000, 2_000_000, 1, current=1_500_000, d31to60=2_000_000),
    )


def test_a_payment_split_over_tunai_transfer_giro_columns_adds_up(tmp_path: Path) -> None:
    """What was paid, in a column per way of paying, the giro with its number, the day it
    clears and its status: the parts add up, and a giro not cleared or bounced pays nothing
    yet, told on its row (the columns were not read: 8.6M for 5M). GT-01 paid (0.5M + 1M +
    1.5M cleared); GT-02 2M (25 days); GT-03 1.2M less 0.2M cash (1M, 14 days); GT-04 0.5M and
    GT-05 1.5M not due."""
    rows: list[list[object]] = [
        ["No Faktur", "Tgl", "Pelanggan", "Jumlah", "Tunai", "Transfer", "Giro", "No. Giro",
         "Tgl Cair", "Status Giro"],
        ["GT-01", D(2026, 9, 3), "PT Sarana", 3_000_000, 500_000, 1_000_000, 1_500_000,
         "BCA 771201", D(2026, 10, 15), "Cair"],
        ["GT-02", D(2026, 9, 28), "PT Sarana", 2_000_000, 0, 0, 2_000_000, "BCA 771255",
         D(2026, 12, 5), "Belum cair"],
        ["GT-03", D(2026, 10, 9), "Toko Sumber Air", 1_200_000, 200_000, 0, 1_000_000,
         "BNI 550091", D(2026, 11, 5), "Tolak"],
        ["GT-04", D(2026, 10, 30), "Toko Sumber Air", 900_000, 0, 400_000, None, None, None,
         None],
        ["GT-05", D(2026, 11, 13), "PT Sarana", 1_500_000, 0, 0, 0, None, None, None],
    ]  # fmt: skip
    payload = read_book(tmp_path / "giro_tunai_kolom.xlsx", [("Penjualan", rows)])
    assert {key: payload[key] for key in FIGURES} == figures(
        5_000_000, 3_000_000, 2, current=2_000_000, d1to30=3_000_000
    )
    assert [(p["code"], p["row"], p["column"]) for p in payload["problems"]] == [
        ("uncleared-payment", 3, "Status Giro"),
        ("uncleared-payment", 4, "Status Giro"),
    ]


SPLIT = [1_000_000, 500_000]


@pytest.mark.parametrize(
    ("labels", "paid", "unpaid"),
    [
        (["Tunai"], [1_500_000], [0]),
        (["Transfer"], [1_500_000], [None]),
        (["Bayar Tunai", "Bayar Transfer"], SPLIT, [0, 0]),
        (["Cash", "Transfer"], SPLIT, [None, 0]),
        (["Tunai/TF", "Giro"], SPLIT, [0, None]),
        (["Setoran", "Bank"], SPLIT, [0, 0]),
        (["Tunai", "Transfer", "Bank"], [*SPLIT, "BCA"], [0, 0, None]),
    ],
)
def test_columns_named_for_a_way_of_paying_are_what_was_paid(
    tmp_path: Path, labels: list[str], paid: list[object], unpaid: list[object]
) -> None:
    """One such column is what was paid, several add up; a column of bank names beside them
    is no part of it (and no problem row). TP-1 3M less 1.5M (1.5M, 80 days); TP-2 2M (25
    days)."""
    rows: list[list[object]] = [
        ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", *labels],
        ["TP-1", D(2026, 8, 4), "Toko Jati", 3_000_000, *paid],
        ["TP-2", D(2026, 9, 28), "Toko Jati", 2_000_000, *unpaid],
    ]
    reads_to(
        tmp_path / "cara_bayar.xlsx",
        [("Piutang", rows)],
        figures(3_500_000, 3_500_000, 1, d1to30=2_000_000, d61to90=1_500_000),
    )


def test_dates_written_with_the_months_short_formsread_book(tmp_path: Path) -> None:
    """Dates as text in the forms owners type: "12 Agust 2026" was no date (TT-2 a problem
    row, 3.6M read for 4.6M). TT-1 1M not due; TT-2 1M (72 days); TT-3 0.7M (18); TT-4 1.2M
    (3); TT-5 0.4M (4); TT-6 paid; TT-7 0.3M (83)."""
    rows: list[list[object]] = [
        ["No Faktur", "Tanggal", "Pelanggan", "Jatuh Tempo", "Jumlah", "Bayar"],
        ["TT-1", "3 Nop 2026", "Toko Kencana", "3 Des 2026", 1_000_000, 0],
        ["TT-2", "12 Agust 2026", "Toko Kencana", "11 Sept 2026", 1_500_000, 500_000],
        ["TT-3", "Senin, 5 Oktober 2026", "UD Harapan", "04-11-2026", 700_000, 0],
        ["TT-4", "20.10.2026", "UD Harapan", "19.11.2026", 2_200_000, 1_000_000],
        ["TT-5", "3 Nov 26", "Toko Kencana", "18 Nov 26", 400_000, 0],
        ["TT-6", "27 Mei 2026", "UD Harapan", "26 Jun 2026", 900_000, 900_000],
        ["TT-7", "1 Agt 2026", "Toko Kencana", "31 Agt 2026", 300_000, 0],
    ]
    reads_to(
        tmp_path / "tanggal_teks_ragam.xlsx",
        [("Faktur", rows)],
        figures(4_600_000, 3_600_000, 2, current=1_000_000, d1to30=2_300_000, d61to90=1_300_000),
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("12 Agust 2026", D(2026, 8, 12)),
        ("12 Agust. 2026", D(2026, 8, 12)),
        ("12-Agust-2026", D(2026, 8, 12)),
        ("Agust 12, 2026", D(2026, 8, 12)),
        ("11 Sept 2026", D(2026, 9, 11)),
        ("11 Sept. 2026", D(2026, 9, 11)),
        ("3 Okt. 2026", D(2026, 10, 3)),
        ("3 Des. 2026", D(2026, 12, 3)),
        ("3 Nop. 2026", D(2026, 11, 3)),
        ("3 Peb 2026", D(2026, 2, 3)),
    ],
)
def test_a_month_written_short_is_its_month(text: str, day: D) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize("sheet", ["Agust 2026", "Sept 2026", "Nopember 2026", "Peb 26"])
def test_a_sheet_named_for_a_month_written_short_names_no_customer(
    tmp_path: Path, sheet: str
) -> None:
    """A month's sheet without a customer column: its name is a month, as the dates read it,
    not a customer to whom every invoice is owed (its invoices were added under a customer
    named "Sept 2026")."""
    rows: list[list[object]] = [
        ["No Faktur", "Tanggal", "Jumlah", "Bayar"],
        ["SM-1", D(2026, 9, 3), 1_000_000, 0],
        ["SM-2", D(2026, 9, 10), 500_000, 0],
    ]
    path = tmp_path / "bulan.xlsx"
    _xlsx(path, [(sheet, rows)])
    batch, payload = summarize_files([path], AS_OF)
    assert payload["outstanding"] == 0
    assert [e.code for e in batch.errors] == ["no_customer"]  # the sheet named, its lack told


INVOICES_F: list[list[object]] = [
    ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
    ["F-101", D(2026, 8, 10), "Toko Lancar", 500_000],
    ["F-102", D(2026, 9, 10), "Toko Lancar", 700_000],
    ["F-103", D(2026, 9, 20), "Toko Lancar", 300_000],
    ["F-104", D(2026, 10, 15), "Toko Lancar", 900_000],
    ["F-105", D(2026, 10, 20), "UD Rukun", 1_000_000],
    ["F-106", D(2026, 11, 5), "UD Rukun", 600_000],
]


@pytest.mark.parametrize("note", ["cicilan", "angsuran", "bayar", "setor"])
def test_a_sheet_named_for_payments_lists_payments_whatever_its_notes_say(
    tmp_path: Path, note: str
) -> None:
    """A "Pembayaran" sheet of one amount column, a row's Keterangan only "cicilan": its rows
    are payments, not sales and payments mixed (the sheet was left aside: 4M read for 1.1M).
    Toko Lancar pays 1.9M, UD Rukun 0.6M and 0.4M: F-101 0.5M and 0.6M of F-105 left."""
    payments: list[list[object]] = [
        ["Tanggal", "Pelanggan", "Keterangan", "Jumlah"],
        [D(2026, 10, 25), "Toko Lancar", "Pelunasan F-102 s/d F-104", 1_900_000],
        [D(2026, 11, 10), "UD Rukun", "Bayar F-106", 600_000],
        [D(2026, 11, 15), "UD Rukun", note, 400_000],
    ]
    payload = read_book(
        tmp_path / "bayar_s_d.xlsx", [("Faktur", INVOICES_F), ("Pembayaran", payments)]
    )
    assert payload["outstanding"] == 1_100_000
    assert payload["customers_with_balance"] == 2
    assert not payload["ignored_sheets"]
    shapes = [(s["sheet"], s["shape"]) for f in payload["files"] for s in f["sheets"]]
    assert shapes == [("Faktur", "invoice_list"), ("Pembayaran", "payment_list")]


def test_a_mixed_amount_column_is_refused_quoting_what_its_rows_say(tmp_path: Path) -> None:
    """One amount column of sales and payments, no type column: refused, the message quoting
    the rows' own word ("cicilan"; it said 'bayar' whatever the rows said)."""
    rows: list[list[object]] = [
        ["Tanggal", "Pelanggan", "Keterangan", "Jumlah"],
        [D(2026, 10, 1), "Toko Lancar", "Semen 10 sak", 650_000],
        [D(2026, 10, 20), "Toko Lancar", "cicilan", 300_000],
        [D(2026, 11, 2), "Toko Lancar", "Cat 5 kaleng", 400_000],
    ]
    path = tmp_path / "buku.xlsx"
    _xlsx(path, [("Buku", rows)])
    batch, _ = summarize_files([path], AS_OF)
    [error] = batch.errors
    assert "(baris 3 tertulis hanya 'cicilan')" in error.detail


def test_a_mixed_amounts_reason_saved_before_its_words_still_reads() -> None:
    """An import saved before the reason quoted the rows' words is shown as it was."""
    saved = IgnoredSheet("buku.xlsx", "Buku", "sheet.mixed_amounts", (("rows", "3"),))
    assert "(baris 3 tertulis hanya 'bayar')" in saved.reason("id")
