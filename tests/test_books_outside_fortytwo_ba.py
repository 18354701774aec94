"""Round 94 of the outside testers (fixer 94): a sale whose note tells of a part sent back
("retur 5 krat telur 250rb" beside its own smaller Sisa) or of goods replacing those sent back
("Penjualan (pengganti bunga retur)") is that sale, not a return of its whole amount; a sheet
named "Belum Terbayar" lists what is owed; a down payment written in a note beside a status or
a checkbox column is paid; terms written "Termin 14 hari" or "Kredit 14 hari"; a payer named
without the shop's word ("Sari Rasa" for "Toko Sari Rasa"). Each book written by hand with its
figures worked out on paper as of 22 Nov 2026 (no due date: the date + 30 days; a payment
naming no invoice pays the customer's oldest dues first)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.dates import DateError, parse_terms
from core.reading.layout import is_payments_sheet, is_return_label
from tests.test_books_by_hand import figures, read_book, reads_to, text_reads_to


# Round 94 book 02 (Google Sheets CSV): N-0802 1.850.000, Dibayar 0, Sisa 1.600.000, "retur 5
# krat telur 250rb". The note's return word made the whole row a return of 1.850.000: the sale
# gone, the "return" paying Bu Sri's newer N-1019 (2.050.000 -> 200.000) and her Sisa told as
# wrong. A note whose own figure is less than its row's amount tells of a part sent back: the
# row is the sale, the 250.000 the part its Sisa shows taken off. By hand: N-0802 due 27 Sep,
# 56 days (31-60) 1.600.000; N-0903 950.000 due 5 Oct, 48 days (31-60); N-1019 2.050.000 due
# 24 Nov (current). 4.600.000, 2.550.000 overdue; the TOTAL's Sisa agrees.
def test_a_sale_noting_a_part_sent_back_keeps_its_amount(tmp_path: Path) -> None:
    text = (
        "Tanggal,No Nota,Nama Toko,Total,Dibayar,Sisa,Keterangan\n"
        "28/08/2026,N-0802,Warung Bu Sri,Rp1.850.000,Rp0,Rp1.600.000,retur 5 krat telur 250rb\n"
        "05/09/2026,N-0903,Kios Pak Darmo,Rp950.000,,Rp950.000,titip sopir\n"
        "25/10/2026,N-1019,Warung Bu Sri,Rp2.050.000,Rp0,Rp2.050.000,\n"
        ",,,,,,\n"
        ",,TOTAL,Rp4.850.000,Rp0,Rp4.600.000,\n"
    )
    expected = figures(4_600_000, 2_550_000, 2, current=2_050_000, d31to60=2_550_000)
    text_reads_to(tmp_path / "piutang_warung.csv", text, expected)


# Round 94 book 11, the same in a grouped list: SJ-118 3.200.000, Bayar 0, Sisa 3.000.000,
# "retur 2 sak 200rb" was a return wiping out SJ-101 and leaving Toko Sumber Jaya 1.700.000 in
# credit. By hand: SJ-101 2.500.000 - 1.000.000 = 1.500.000 due 9 Sep, 74 days (61-90);
# SJ-118 3.000.000 due 28 Oct, 25 days (1-30); BL-007 900.000 due 20 Oct, 33 days (31-60).
# 5.400.000, all overdue; each Sub Total and the GRAND TOTAL agree.
def test_a_grouped_sale_noting_a_part_sent_back_keeps_its_amount(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["DAFTAR PIUTANG PER PELANGGAN"],
        ["No. Nota", "Tanggal", "Jumlah", "Bayar", "Sisa", "Keterangan"],
        ["Pelanggan : TOKO SUMBER JAYA"],
        ["SJ-101", D(2026, 8, 10), 2_500_000, 1_000_000, 1_500_000, None],
        ["SJ-118", D(2026, 9, 28), 3_200_000, 0, 3_000_000, "retur 2 sak 200rb"],
        ["Sub Total", None, 5_700_000, 1_000_000, 4_500_000, None],
        ["Pelanggan : BU LASTRI"],
        ["BL-007", D(2026, 9, 20), 900_000, 0, 900_000, None],
        ["Sub Total", None, 900_000, 0, 900_000, None],
        ["GRAND TOTAL", None, 6_600_000, 1_000_000, 5_400_000, None],
    ]
    expected = figures(5_400_000, 5_400_000, 2, d1to30=3_000_000, d31to60=900_000,
                       d61to90=1_500_000)  # fmt: skip
    reads_to(tmp_path / "grup.xlsx", [("Piutang per Pelanggan", rows)], expected)


# The tester's probes: a sale of 1.200.000 whose note names a smaller part sent back or taken
# off, with no paid figure or Sisa on the list: the sale stays, owing its amount (nothing on the
# row says the part was taken off what is owed). Toko A's sale of 1 Nov due 1 Dec (current).
@pytest.mark.parametrize("note", ["retur 200rb", "ada retur 2 dus (200rb)", "potongan 50rb"])
def test_a_sale_noting_a_smaller_return_and_no_sisa_owes_its_amount(
    tmp_path: Path, note: str
) -> None:
    rows: list[list[object]] = [
        ["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Keterangan"],
        ["N-1", D(2026, 11, 1), "Toko A", 1_200_000, note],
        ["N-2", D(2026, 9, 1), "Toko A", 1_000_000, None],
    ]
    expected = figures(2_200_000, 1_000_000, 1, current=1_200_000, d31to60=1_000_000)
    reads_to(tmp_path / "nota.xlsx", [("Piutang", rows)], expected)


# Guard: a row that is a return as a whole stays one: its label is the return ("Retur 5 krat
# telur", "Retur penjualan N-0802"), or its note's figure is its own amount ("retur 250rb"
# beside 250.000). Each takes 250.000 off Bu Sri's N-0802 (1.850.000 due 27 Sep, 56 days):
# 1.600.000, 31-60.
@pytest.mark.parametrize(
    "note", ["Retur 5 krat telur", "Retur penjualan N-0802", "retur 250rb", "Nota Kredit"]
)
def test_a_row_that_is_a_return_stays_one(tmp_path: Path, note: str) -> None:
    rows: list[list[object]] = [
        ["Tanggal", "No Nota", "Pelanggan", "Jumlah", "Keterangan"],
        [D(2026, 8, 28), "N-0802", "Warung Bu Sri", 1_850_000, None],
        [D(2026, 9, 10), "R-01", "Warung Bu Sri", 250_000, note],
    ]
    expected = figures(1_600_000, 1_600_000, 1, d31to60=1_600_000)
    reads_to(tmp_path / "retur.xlsx", [("Piutang", rows)], expected)


def _flowers(sheet: str, r502: str = "Penjualan", r530: str = "Penjualan") -> list:
    return [(sheet, [
        ["DAFTAR PIUTANG BELUM TERBAYAR"],
        ["Catatan: semua faktur tempo 45 hari"],
        ["No Nota", "Tanggal", "Uraian", "Jumlah"],
        ["Toko Rejeki"],
        ["R-501", D(2026, 10, 2), "Penjualan", 2_400_000],
        ["R-502", D(2026, 10, 20), r502, 1_600_000],
        ["NR-01", D(2026, 10, 25), "Retur R-501 (rusak)", -400_000],
        ["Total Toko Rejeki", None, None, 3_600_000],
        ["Toko Bunga Mawar"],
        ["R-510", D(2026, 9, 1), "Penjualan", 1_100_000],
        ["R-530", D(2026, 11, 16), r530, 2_900_000],
        ["NK-02", D(2026, 11, 18), "Nota Kredit potongan harga", "(150.000)"],
        ["Total Toko Bunga Mawar", None, None, 3_850_000],
        ["GRAND TOTAL", None, None, 7_450_000],
    ])]  # fmt: skip


# Round 94 book 13, its sheet renamed: R-530 "Penjualan (pengganti bunga retur)" (a sale of
# flowers replacing those sent back) was a return of 2.900.000, Toko Bunga Mawar 1.950.000 in
# credit and nothing told. By hand (tempo 45 hari above the table): Toko Rejeki R-501
# 2.400.000 - NR-01 400.000 = 2.000.000 due 16 Nov, 6 days (1-30); R-502 1.600.000 due 4 Dec
# (current). Toko Bunga Mawar R-510 1.100.000 due 16 Oct less NK-02 150.000 (no invoice
# named: the oldest) = 950.000, 37 days (31-60); R-530 2.900.000 due 31 Dec (current).
# 7.450.000, 2.950.000 overdue; each Total agrees.
FLOWERS = figures(7_450_000, 2_950_000, 2, current=4_500_000, d1to30=2_000_000,
                  d31to60=950_000)  # fmt: skip


def test_a_sale_replacing_goods_sent_back_is_a_sale(tmp_path: Path) -> None:
    book = _flowers("Piutang", r530="Penjualan (pengganti bunga retur)")
    reads_to(tmp_path / "bunga.xlsx", book, FLOWERS)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Penjualan (pengganti bunga retur)", False),
        ("barang retur diganti baru", False),
        ("Retur penjualan SJ-101", True),
        ("Retur barang rusak", True),
        ("Nota Kredit", True),
    ],
)
def test_a_return_label_is_a_return_not_a_sale_replacing_one(text: str, said: bool) -> None:
    assert is_return_label(text) is said


# Round 94 book 13 as written: its sheet "Belum Terbayar" ("not yet paid") was a payments sheet,
# for "terbayar" (paid), and the file refused as payments alone once a sale's Uraian was
# anything but "Penjualan". "Belum", "Blm", "Tidak", "Outstanding", "Unpaid" before a word for
# paid say it is not paid.
@pytest.mark.parametrize("sheet", ["Belum Terbayar", "Blm Terbayar", "Tidak Terbayar"])
def test_a_sheet_named_not_yet_paid_lists_what_is_owed(tmp_path: Path, sheet: str) -> None:
    book = _flowers(sheet, r502="Bunga lili 30 ikat")
    reads_to(tmp_path / "bunga.xlsx", book, FLOWERS)


@pytest.mark.parametrize(
    ("name", "payments"),
    [
        ("Belum Terbayar", False),
        ("Blm Terbayar", False),
        ("Tidak Dibayar", False),
        ("Outstanding Payments", False),
        ("Unpaid", False),
        ("Terbayar", True),
        ("Pembayaran", True),
        ("Bayar belum lunas", True),
    ],
)
def test_a_sheet_name_negating_its_paid_word_names_no_payments(name: str, payments: bool) -> None:
    assert is_payments_sheet(name) is payments


# Guard: a sheet named "Pembayaran" beside the invoices is still their payments. Toko A's
# N-1 1.000.000 (1 Oct, due 31 Oct: 22 days) less 400.000 paid = 600.000, 1-30.
def test_a_payments_sheet_is_still_payments(tmp_path: Path) -> None:
    book = [
        ("Piutang", [["No Nota", "Tanggal", "Pelanggan", "Jumlah"],
                     ["N-1", D(2026, 10, 1), "Toko A", 1_000_000]]),
        ("Pembayaran", [["Tanggal", "No Nota", "Pelanggan", "Jumlah"],
                        [D(2026, 11, 1), "N-1", "Toko A", 400_000]]),
    ]  # fmt: skip
    reads_to(tmp_path / "bayar.xlsx", book, figures(600_000, 600_000, 1, d1to30=600_000))


# Round 94 book 01: a Status column (Lunas / Belum Lunas) and a Keterangan beside it; SA-109's
# "DP 500rb, sisa minggu depan" was never read (the note read for money only where it is the
# status), Bu Hartini owing 1.200.000. A note's down payment is read beside a status as without
# one. By hand: SA-104 2.800.000 due 15 Oct, 38 days (31-60); SA-108 950.000 due 18 Dec
# (current); SA-109 1.200.000 - 500.000 = 700.000 due 19 Nov, 3 days (1-30). 4.450.000,
# 3.500.000 overdue.
STATUS_HEADER = ["No", "No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Tempo", "Status",
                 "Keterangan"]  # fmt: skip


def test_a_down_payment_noted_beside_a_status_is_paid(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["DAFTAR PIUTANG TB SINAR ABADI"],
        STATUS_HEADER,
        [1, "SA-104", D(2026, 9, 15), "Toko Maju Jaya", 2_800_000, "30 hari", "Belum Lunas", None],
        [2, "SA-108", D(2026, 11, 18), "Bu Hartini", 950_000, "30 hari", "Belum Lunas",
         "ambil sendiri"],
        [3, "SA-109", D(2026, 10, 20), "Bu Hartini", 1_200_000, "30 hari", "Belum Lunas",
         "DP 500rb, sisa minggu depan"],
    ]  # fmt: skip
    expected = figures(4_450_000, 3_500_000, 2, current=950_000, d1to30=700_000,
                       d31to60=2_800_000)  # fmt: skip
    reads_to(tmp_path / "status.xlsx", [("Piutang 2026", rows)], expected)


# Round 94 book 27 (Google Sheets CSV): a "Lunas?" checkbox, a DP column and a Catatan; K-125's
# DP cell empty, "sudah DP 30%" in its Catatan, was owed in full. By hand: K-081 ticked paid;
# K-095 2.250.000 due 3 Oct, 50 days (31-60); K-110 4.800.000 - DP 250.000 = 4.550.000 due
# 20 Nov, 2 days (1-30); K-125 2.000.000 - 30% = 1.400.000 due 19 Dec (current). 8.200.000,
# 6.800.000 overdue.
def test_a_down_payment_share_noted_beside_a_checkbox_is_paid(tmp_path: Path) -> None:
    text = (
        "Tanggal,No. Nota,Pelanggan,Total,DP,Lunas?,Catatan\n"
        "02/08/2026,K-081,Catering Bu Dewi,Rp 3.600.000,Rp 1.000.000,TRUE,\n"
        "03/09/2026,K-095,Catering Bu Dewi,Rp 2.250.000,,FALSE,\n"
        "21/10/2026,K-110,PT Sinar Logistik,Rp 4.800.000,250rb,FALSE,DP 250rb\n"
        "19/11/2026,K-125,PT Sinar Logistik,Rp 2.000.000,,FALSE,sudah DP 30%\n"
    )
    expected = figures(8_200_000, 6_800_000, 2, current=1_400_000, d1to30=4_550_000,
                       d31to60=2_250_000)  # fmt: skip
    text_reads_to(tmp_path / "katering.csv", text, expected)


# Guard: a status that says the invoice is paid wins over the down payment its note writes
# ("Lunas" or a ticked box beside "DP 500rb"): SA-110 settled. Left: SA-104 2.800.000, 31-60.
@pytest.mark.parametrize(("header", "paid"), [("Status", "Lunas"), ("Lunas?", "TRUE")])
def test_a_paid_status_beside_a_down_payment_note_settles_the_invoice(
    tmp_path: Path, header: str, paid: str
) -> None:
    rows: list[list[object]] = [
        ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", header, "Keterangan"],
        ["SA-104", D(2026, 9, 15), "Toko Maju Jaya", 2_800_000, "Belum Lunas"
         if header == "Status" else "FALSE", None],
        ["SA-110", D(2026, 10, 20), "Bu Hartini", 1_200_000, paid, "DP 500rb"],
    ]  # fmt: skip
    expected = figures(2_800_000, 2_800_000, 1, d31to60=2_800_000)
    reads_to(tmp_path / "lunas.xlsx", [("Piutang", rows)], expected)


# Round 94 book 04: a Termin column of "Termin 14 hari", "Termin 7 hari": each told as terms not
# understood and the default 30 days used. By hand: 0903 850.000 (25 Sep) due 9 Oct, 44 days
# (31-60); 1101 4.800.000 (5 Nov) due 12 Nov, 10 days (1-30); 1102 925.000 (10 Nov, "Kredit 14
# hari") due 24 Nov (current); 1103 500.000 (1 Nov, "Termin: 14 hari") due 15 Nov, 7 days
# (1-30). 7.075.000, 6.150.000 overdue.
def test_terms_written_termin_or_kredit_are_the_rows_terms(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ONDERDIL JAYA - NOVEMBER 2026"],
        ["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Termin"],
        ["0903", D(2026, 9, 25), "Toko Jaya Motor", 850_000, "Termin 14 hari"],
        ["1101", D(2026, 11, 5), "Bengkel Sinar", 4_800_000, "Termin 7 hari"],
        ["1102", D(2026, 11, 10), "Bengkel Sinar", 925_000, "Kredit 14 hari"],
        ["1103", D(2026, 11, 1), "Bengkel Sinar", 500_000, "Termin: 14 hari"],
    ]
    expected = figures(7_075_000, 6_150_000, 2, current=925_000, d1to30=5_300_000,
                       d31to60=850_000)  # fmt: skip
    payload = reads_to(tmp_path / "onderdil.xlsx", [("Nov 2026", rows)], expected)
    assert payload["default_term_used"] == 0


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Termin 7 hari", 7), ("Termin 14 hari", 14), ("Kredit 14 hari", 14),
        ("TOP 14 hari", 14), ("Tempo 7 hr", 7), ("14 hari", 14), ("Termin: 14 hari", 14),
        ("Kredit 2 minggu", 14), ("Termin 30", 30),
    ],
)  # fmt: skip
def test_terms_words_read(text: str, days: int) -> None:
    assert parse_terms(text) == days


# Guard: a word of credit with no days is still no terms ("Kredit macet": told, the default
# used).
@pytest.mark.parametrize("text", ["Kredit macet", "Termin", "Kredit"])
def test_terms_words_without_days_are_no_terms(text: str) -> None:
    with pytest.raises(DateError):
        parse_terms(text)


def _shop_book(customers: list[tuple[str, str, int]]) -> list:
    return [
        ("Penjualan", [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
                       *[[n, D(2026, 10, 20), c, a] for n, c, a in customers]]),
        ("Pembayaran", [["Tanggal", "Pelanggan", "No Faktur", "Jumlah", "Cara"],
                        [D(2026, 11, 18), "Sari Rasa", None, 500_000, "Tunai"]]),
    ]  # fmt: skip


# Round 94 book 25: a payment from "Sari Rasa", no invoice named, the book's only customer of
# that name "Toko Sari Rasa": told as a payment from no customer and not counted. A payer's
# name that is one customer's once the shop's word before it is left off is that customer. By
# hand: SR-004 1.900.000 (20 Oct, due 19 Nov) - 500.000 = 1.400.000, 3 days (1-30); CV Dwi
# Putra's SR-005 4.000.000 of the same day, 1-30. 5.400.000, all overdue.
def test_a_payer_named_without_the_shops_word_is_that_customer(tmp_path: Path) -> None:
    book = _shop_book([("SR-004", "Toko Sari Rasa", 1_900_000),
                       ("SR-005", "CV Dwi Putra", 4_000_000)])  # fmt: skip
    expected = figures(5_400_000, 5_400_000, 2, d1to30=5_400_000)
    reads_to(tmp_path / "toko.xlsx", book, expected)


# Guard: where two customers are that name once their shop's word is left off ("Toko Sari
# Rasa", "Warung Sari Rasa"), the payment is neither's: told as from no customer of the book
# (the owner asked to check the name), not counted.
def test_a_payer_two_shops_could_be_stays_unknown(tmp_path: Path) -> None:
    book = _shop_book([("SR-004", "Toko Sari Rasa", 1_900_000),
                       ("SR-005", "Warung Sari Rasa", 4_000_000)])  # fmt: skip
    payload = read_book(tmp_path / "toko.xlsx", book)
    assert payload["outstanding"] == 5_900_000
    assert [p["code"] for p in payload["problems"]] == ["unknown-customer-payment"]
