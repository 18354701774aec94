"""Round 71 of the outside testers (fixer 71): several files and several shapes read together.
Each book written by hand with its figures worked out on paper as of 22 Nov 2026 (default term
30 days: a sale of 1 Oct is due 31 Oct, 22 days late; one of 5 Nov is due 5 Dec, current)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path
from typing import Any

from core.report import summarize_files
from tests.helpers import write_xlsx
from tests.test_books_by_hand import AS_OF, FIGURES, figures, reads_to

OCT_1 = D(2026, 10, 1)


def _summary(files: list[Path]) -> dict[str, Any]:
    """The files read together as of 22 Nov 2026 (none refused)."""
    batch, payload = summarize_files(files, AS_OF)
    assert not batch.errors
    return payload


def _csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# Round 71 case17: two branches each keep their own bon book, and both reached nota 014 for
# Toko Berkah Jaya, Rp 1.250.000: Gamping's of 05/10, Godean's of 09/11. The second was
# dropped as a copy of the first, without a word (1.250.000 short). Two dates, two sales:
# Gamping 014 due 04/11 (18 days late), Godean 014 due 09/12 (current): 2.500.000 owed, told
# as a number used again.
GAMPING = "No Nota;Tgl;Pelanggan;Jumlah;Bayar\n'014;05/10/2026;Toko Berkah Jaya;1250000;0\n"
GODEAN = "No Nota;Tgl;Pelanggan;Jumlah;Bayar\n'014;09/11/2026;Toko Berkah Jaya;1250000;0\n"


def test_one_number_of_two_branches_on_two_dates_is_two_sales(tmp_path: Path) -> None:
    payload = _summary(
        [
            _csv(tmp_path / "cabang_gamping.csv", GAMPING),
            _csv(tmp_path / "cabang_godean.csv", GODEAN),
        ]
    )
    expected = figures(2_500_000, 1_250_000, 1, current=1_250_000, d1to30=1_250_000)
    assert {key: payload[key] for key in FIGURES} == expected
    told = [p for p in payload["problems"] if p["code"] == "conflicting-invoice"]
    assert told and "014" in told[0]["message"]


# Its look-alike: last month's export and this month's of one book list nota 014 on its one
# date, paid 500.000 by November: one invoice, 750.000 open (due 04/11, 18 days late).
def test_one_invoice_exported_twice_on_its_date_counts_once(tmp_path: Path) -> None:
    october = GAMPING
    november = GAMPING.replace("1250000;0", "1250000;500000")
    payload = _summary(
        [_csv(tmp_path / "piutang_okt.csv", october), _csv(tmp_path / "piutang_nov.csv", november)]
    )
    assert {key: payload[key] for key in FIGURES} == figures(750_000, 750_000, 1, d1to30=750_000)
    assert not payload["problems"]


# Round 71 case07: the customer master in a file of its own ("Kode | Nama Pelanggan | No. HP |
# Termin", "TOP 45 hari") beside the invoice list: its terms were used as a sheet of the same
# workbook, not as its own file (every invoice on the 30-day default). Toko Maju's NT-101 of
# 20/08 + 45 is due 04/10, 49 days late (31-60, not 61-90); NT-104 of 10/10 + 45 is due 24/11,
# current; Bu Harti, whom the master does not name, 05/10 + 30: due 04/11, 18 days late.
MASTER = [
    ["DATA PELANGGAN"],
    [],
    ["Kode", "Nama Pelanggan", "No. HP", "Alamat", "Termin"],
    ["C001", "Toko Maju Makmur", "0812-2734-1190", "Jl. Magelang km 5", "TOP 45 hari"],
    ["C002", "CV Sinar Terang", "0813-9021-4432", "Jl. Godean No. 12", "TOP 14 hari"],
]
BOOK = [
    ["BUKU PIUTANG 2026"],
    [],
    ["Tgl", "No Nota", "Pelanggan", "Jumlah", "Bayar", "Sisa"],
    [D(2026, 8, 20), "NT-101", "Toko Maju Makmur", 4_000_000, None, 4_000_000],
    [D(2026, 10, 10), "NT-104", "Toko Maju Makmur", 3_200_000, None, 3_200_000],
    [D(2026, 10, 5), "NT-105", "Bu Harti", 1_250_000, None, 1_250_000],
]


def test_a_customer_master_of_its_own_file_gives_its_customers_terms(tmp_path: Path) -> None:
    files = [
        write_xlsx(tmp_path / "data_pelanggan.xlsx", {"Pelanggan": MASTER}),
        write_xlsx(tmp_path / "piutang_dagang_2026.xlsx", {"Piutang": BOOK}),
    ]
    payload = _summary(files)
    expected = figures(
        8_450_000, 5_250_000, 2, current=3_200_000, d1to30=1_250_000, d31to60=4_000_000
    )
    assert {key: payload[key] for key in FIGURES} == expected


# Round 71 case06: a payment naming "INV 2026 15", spaces between the runs of digits and the
# zeros dropped, paid Klinik's oldest (INV/2026/0013) and was told unmatched, where
# "INV-2026-15" pays INV/2026/0015. It pays 0015 (990.000, due 14/12); 0013 (1.980.000 due
# 18/11) stays open, 4 days late.
INVOICES = [
    ["No. Invoice", "Tgl Invoice", "Pelanggan", "Jumlah Tagihan", "Tgl Jatuh Tempo"],
    ["INV/2026/0013", D(2026, 10, 19), "Klinik Sehat", 1_980_000, D(2026, 11, 18)],
    ["INV/2026/0015", D(2026, 11, 14), "Klinik Sehat", 990_000, D(2026, 12, 14)],
]


def test_a_payment_naming_an_invoice_by_spaces_and_no_zeros_pays_it(tmp_path: Path) -> None:
    paid = (
        "Tanggal;Pelanggan;No Invoice;Jumlah Bayar\n20/11/2026;Klinik Sehat;INV 2026 15;990.000\n"
    )
    files = [
        write_xlsx(tmp_path / "daftar_invoice.xlsx", {"Invoice": INVOICES}),
        _csv(tmp_path / "pembayaran_customer.csv", paid),
    ]
    payload = _summary(files)
    assert {key: payload[key] for key in FIGURES} == figures(
        1_980_000, 1_980_000, 1, d1to30=1_980_000
    )
    assert not payload["problems"]


# Its look-alike: where the customer has INV/2026/0015 and INV/2026/00015, "INV 2026 15" could
# be either: it pays neither by name, their oldest on account (INV/2026/0013), and is told.
def test_a_payment_two_invoices_could_be_meant_by_stays_unnamed(tmp_path: Path) -> None:
    both = [*INVOICES, ["INV/2026/00015", D(2026, 11, 16), "Klinik Sehat", 990_000, None]]
    paid = (
        "Tanggal;Pelanggan;No Invoice;Jumlah Bayar\n20/11/2026;Klinik Sehat;INV 2026 15;990.000\n"
    )
    files = [
        write_xlsx(tmp_path / "daftar_invoice.xlsx", {"Invoice": both}),
        _csv(tmp_path / "pembayaran_customer.csv", paid),
    ]
    payload = _summary(files)
    assert payload["overdue"] == 990_000  # 0013 part paid: 1.980.000 - 990.000
    assert payload["problems"]


# Round 71 case14: a "Saldo Awal (per 1 Oktober 2026)" sheet beside a journal, Toko Sejati Baru
# "(400.000)" kelebihan bayar and no sale since: dropped as a payment of an unknown customer.
# A customer the book keeps an opening for is one it keeps an account for: a credit balance of
# 400.000. Bu Wati 1.000.000 (06/10, due 05/11, 17 days late) - 250.000 titipan = 750.000.
JOURNAL = [
    ["JURNAL PIUTANG DAGANG"],
    [],
    ["Tgl", "Ref", "Customer", "Uraian", "Debit", "Kredit"],
    [D(2026, 10, 6), "J-01", "Bu Wati", "Penjualan", 1_000_000, None],
]
OPENINGS = [
    ["Saldo Awal (per 1 Oktober 2026)"],
    [],
    ["Customer", "Saldo Awal (Rp)", "Catatan"],
    ["Bu Wati", "(250.000)", "titipan"],
    ["Toko Sejati Baru", "(400.000)", "kelebihan bayar"],
]


def test_a_credit_opening_of_a_customer_with_no_sale_since_is_their_credit(
    tmp_path: Path,
) -> None:
    expected = figures(750_000, 750_000, 1, {"Toko Sejati Baru": 400_000}, d1to30=750_000)
    reads_to(tmp_path / "jurnal.xlsx", [("Jurnal", JOURNAL), ("Saldo Awal", OPENINGS)], expected)
