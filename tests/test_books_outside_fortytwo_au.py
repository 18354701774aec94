"""Round 86 of the outside testers (fixer 86): a giro column named with the cheque beside it
("Giro/Cek", "Bilyet Giro"), nota numbers that start again every day, a return column named
with why the goods came back ("Retur ED"), and a contractor's client ("Pemberi Kerja"). Each
book written by hand with its figures worked out on paper as of 22 Nov 2026 (default term 30
days: a sale of 1 Oct is due 31 Oct, 22 days late; one of 25 Oct is due 24 Nov, current)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.report import summarize_files
from tests.test_books_by_hand import (
    AS_OF,
    FIGURES,
    _xlsx,
    figures,
    read_book,
    reads_to,
    text_reads_to,
)


# Round 86 book 05: No Nota | Tanggal | Toko | Total | Tunai | Giro/Cek | No. Giro | Status, a
# giro paying part of each nota, its status saying whether its money came. Only "Giro" alone
# was read as the part paid by giro: "Giro/Cek", "Cek/Giro" and "Bilyet Giro" were no column
# at all, a cleared giro left owed and nothing told (N-1's 6.000.000: 13.000.000 for
# 7.000.000). By hand: N-1 Toko Andalas 10.000.000 - 4.000.000 tunai - 6.000.000 giro "Cair"
# = 0; N-2 TB Baru 5.000.000, its giro "Giro tolak": no money came, 5.000.000 owed (5 Oct,
# due 4 Nov: 18 days, 1-30); N-3 Toko Andalas 3.000.000 - 1.000.000 tunai = 2.000.000, its
# giro "Belum cair" not yet money (10 Nov, due 10 Dec: current). 7.000.000, 5.000.000 overdue,
# the two giros not come told.
@pytest.mark.parametrize("giro", ["Giro/Cek", "Cek/Giro", "Bilyet Giro", "BG", "Giro / Cheque"])
def test_a_giro_column_named_with_the_cheque_pays_its_part(tmp_path: Path, giro: str) -> None:
    rows: list[list[object]] = [
        ["TOKO BESI SEJAHTERA"],
        ["No Nota", "Tanggal", "Toko", "Total", "Tunai", giro, "No. Giro", "Status"],
        ["N-1", D(2026, 10, 1), "Toko Andalas", 10_000_000, 4_000_000, 6_000_000, "BCA 1", "Cair"],
        ["N-2", D(2026, 10, 5), "TB Baru", 5_000_000, 0, 5_000_000, "BRI 2", "Giro tolak"],
        ["N-3", D(2026, 11, 10), "Toko Andalas", 3_000_000, 1_000_000, 2_000_000, "BNI 3",
         "Belum cair"],
        ["N-4", D(2026, 11, 12), "TB Baru", 900_000, 900_000, None, None, "Lunas"],
    ]  # fmt: skip
    payload = read_book(tmp_path / "giro.xlsx", [("Penjualan", rows)])
    expected = figures(7_000_000, 5_000_000, 2, current=2_000_000, d1to30=5_000_000)
    assert {key: payload[key] for key in FIGURES} == expected
    assert payload["per_customer"] == {"Toko Andalas": 2_000_000, "TB Baru": 5_000_000}
    told = sorted((p["code"], p["row"]) for p in payload["problems"])
    assert told == [("uncleared-payment", 4), ("uncleared-payment", 5)]


# The same as a CSV, the giro the only column of what was paid ("Cek/Giro"), its status in a
# column of its own: F-1 4.000.000 paid by a giro "Cair" = 0; F-2 2.500.000, its giro
# "Ditolak": owed (1 Oct, due 31 Oct: 22 days, 1-30); F-3 1.500.000 no giro (1 Nov: current).
# 4.000.000, 2.500.000 overdue.
def test_a_csv_whose_only_payment_is_a_cek_giro_column(tmp_path: Path) -> None:
    text = (
        "Faktur;Tanggal;Pelanggan;Jumlah;Cek/Giro;Status Giro\n"
        "F-1;05/09/2026;CV Kokoh;4000000;4000000;Cair\n"
        "F-2;01/10/2026;UD Pilar;2500000;2500000;Ditolak\n"
        "F-3;01/11/2026;CV Kokoh;1500000;;\n"
    )
    path = tmp_path / "penjualan.csv"
    path.write_text(text, encoding="utf-8")
    batch, payload = summarize_files([path], AS_OF)  # the uncleared giro is told: no reads_to
    assert not batch.errors
    expected = figures(4_000_000, 2_500_000, 2, current=1_500_000, d1to30=2_500_000)
    assert {key: payload[key] for key in FIGURES} == expected


# A "Cek" alone is an owner's column of checking (a figure that should be 0), no payment: the
# Sisa beside it decides. K-1 2.000.000 - 500.000 = 1.500.000 (1 Oct, due 31 Oct: 22 days,
# 1-30); its Cek 0 pays nothing.
def test_a_cek_column_alone_is_no_payment(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["No", "Tanggal", "Pelanggan", "Total", "Bayar", "Sisa", "Cek"],
        ["K-1", D(2026, 10, 1), "Toko Sumber", 2_000_000, 500_000, 1_500_000, 0],
    ]
    reads_to(tmp_path / "cek.xlsx", [("Piutang", rows)], figures(1_500_000, 1_500_000, 1,
             d1to30=1_500_000))  # fmt: skip


# Round 86 book 13: a bakery's deliveries, a row each, the date on each day's first row only,
# the nota numbers starting at 01 again every day. Bu Sri's nota 01 of 2 Oct and her nota 01
# of 9 Oct are both 400.000: two deliveries, read as one (the second dropped without a word:
# 1.800.000 for 2.200.000), and every other 01 and 02 told as a number used twice. Where a
# sheet's numbers go back to 1 again and again, its number and date together are the sale.
# By hand: Bu Sri 400.000 (2 Oct, due 1 Nov: 21 days) + 400.000 (9 Oct, due 8 Nov: 14 days);
# Pak Min 300.000 (2 Oct) + 350.000 (16 Oct, due 15 Nov: 7 days); Melati 250.000 (9 Oct) +
# 500.000 (30 Oct, due 29 Nov: current). 2.200.000, 1.700.000 of it overdue (1-30).
def test_nota_numbers_starting_again_each_day_are_sales_of_their_day(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ROTI MEKAR"],
        ["Tanggal", "No Nota", "Warung", "Jumlah"],
        [D(2026, 10, 2), "01", "Warung Bu Sri", 400_000],
        [None, "02", "Warung Pak Min", 300_000],
        [D(2026, 10, 9), "01", "Warung Bu Sri", 400_000],
        [None, "02", "Toko Melati", 250_000],
        [D(2026, 10, 16), "01", "Warung Pak Min", 350_000],
        [D(2026, 10, 30), "01", "Toko Melati", 500_000],
    ]
    payload = reads_to(tmp_path / "kiriman.xlsx", [("Kiriman", rows)],
                       figures(2_200_000, 1_700_000, 3, current=500_000,
                               d1to30=1_700_000))  # fmt: skip
    assert payload["per_customer"]["Warung Bu Sri"] == 800_000


# The same numbering by month in a year's CSV, a date on every row: nota 1 of October and nota 1
# of November are Toko Rejeki's two sales of 750.000, as are the 2s of two customers. By hand:
# 1 Oct 750.000 (due 31 Oct: 22 days) + 1 Nov 750.000 (due 1 Dec: current) for Toko Rejeki;
# UD Sinar 2 Oct 300.000 (due 1 Nov: 21 days); Bu Tini 2 Nov 200.000 (current); Pak Joko 3 Oct
# 100.000 (due 2 Nov: 20 days). 2.100.000, 1.150.000 overdue.
def test_a_csv_numbering_each_month_from_one(tmp_path: Path) -> None:
    text = (
        "Tanggal,No Nota,Pelanggan,Jumlah\n"
        "01/10/2026,1,Toko Rejeki,750000\n"
        "02/10/2026,2,UD Sinar,300000\n"
        "03/10/2026,3,Pak Joko,100000\n"
        "01/11/2026,1,Toko Rejeki,750000\n"
        "02/11/2026,2,Bu Tini,200000\n"
    )
    text_reads_to(tmp_path / "nota.csv", text,
                  figures(2_100_000, 1_150_000, 4, current=950_000,
                          d1to30=1_150_000))  # fmt: skip


# Its look-alike: numbers that run on (1, 2, 3) with one row typed again a week later, the same
# number, customer and amount: one sale listed twice, counted once as before. F 1 Toko Rejeki
# 750.000 (1 Oct, due 31 Oct: 22 days); 2 UD Sinar 300.000 (2 Oct: 21 days); 3 Pak Joko
# 100.000 (3 Oct: 20 days). 1.150.000, all overdue.
def test_a_row_typed_again_in_a_running_numbering_is_one_sale(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Tanggal", "No Nota", "Pelanggan", "Jumlah"],
        [D(2026, 10, 1), "1", "Toko Rejeki", 750_000],
        [D(2026, 10, 2), "2", "UD Sinar", 300_000],
        [D(2026, 10, 3), "3", "Pak Joko", 100_000],
        [D(2026, 10, 8), "1", "Toko Rejeki", 750_000],
    ]
    payload = read_book(tmp_path / "nota.xlsx", [("Nota", rows)])
    expected = figures(1_150_000, 1_150_000, 3, d1to30=1_150_000)
    assert {key: payload[key] for key in FIGURES} == expected


# Round 86 book 15: No Faktur | Tgl Faktur | Jatuh Tempo | Nama Apotek | Nilai Faktur | Retur
# ED | Potongan | Dibayar | Sisa. "Retur ED" (goods sent back past their expiry date) was no
# column: the returns stayed owed and each row's right Sisa was told wrong. A return's word
# followed by why the goods came back (ED, Expired, Rusak, Basi) names the returns. By hand:
# MF-1 8.750.000 - 350.000 retur - 8.400.000 = 0; MF-2 6.320.000 - 420.000 - 3.000.000 =
# 2.900.000 (7 Oct, due 6 Nov: 16 days, 1-30); MF-3 12.400.000 - 248.000 potongan -
# 12.152.000 = 0; MF-4 4.480.000 - 180.000 = 4.300.000 (9 Nov, due 9 Dec: current).
# 7.200.000, 2.900.000 overdue; every Sisa agrees.
@pytest.mark.parametrize("retur", ["Retur ED", "Retur Expired", "Retur (Rusak)"])
def test_a_return_column_named_for_why_reads_as_returns(tmp_path: Path, retur: str) -> None:
    rows: list[list[object]] = [
        ["PT MITRA FARMA", None, None, None, None, None, None, None, None],
        ["No Faktur", "Tgl Faktur", "Jatuh Tempo", "Nama Apotek", "Nilai Faktur", retur,
         "Potongan", "Dibayar", "Sisa"],
        ["MF-1", D(2026, 9, 2), D(2026, 10, 2), "Apotek Sehat", 8_750_000, 350_000, 0,
         8_400_000, 0],
        ["MF-2", D(2026, 10, 7), D(2026, 11, 6), "Apotek Sehat", 6_320_000, 420_000, 0,
         3_000_000, 2_900_000],
        ["MF-3", D(2026, 9, 16), D(2026, 10, 16), "Apotek Jaya", 12_400_000, 0, 248_000,
         12_152_000, 0],
        ["MF-4", D(2026, 11, 9), D(2026, 12, 9), "Apotek Bunda", 4_480_000, 180_000, 0, 0,
         4_300_000],
    ]  # fmt: skip
    reads_to(tmp_path / "faktur.xlsx", [("Faktur", rows)],
             figures(7_200_000, 2_900_000, 2, current=4_300_000,
                     d1to30=2_900_000))  # fmt: skip


# A bakery's card per warung: Kirim | Retur Basi | Setor | Saldo. 1 Oct 500.000 kirim; 8 Oct
# 60.000 stale bread back and 300.000 setor; 1 Nov 400.000 kirim. The return and the setoran
# pay the oldest: 500.000 - 360.000 = 140.000 (due 31 Oct: 22 days, 1-30) + 400.000 (1 Nov,
# due 1 Dec: current). 540.000, 140.000 overdue; every Saldo agrees.
def test_a_card_return_column_named_for_stale_bread(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Kartu Warung Bu Narti"],
        ["Tanggal", "Keterangan", "Kirim", "Retur Basi", "Setor", "Saldo"],
        [D(2026, 10, 1), "kirim roti", 500_000, None, None, 500_000],
        [D(2026, 10, 8), "retur + setor", None, 60_000, 300_000, 140_000],
        [D(2026, 11, 1), "kirim roti", 400_000, None, None, 540_000],
    ]
    reads_to(tmp_path / "kartu.xlsx", [("Bu Narti", rows)],
             figures(540_000, 140_000, 1, current=400_000, d1to30=140_000))  # fmt: skip


# Round 86 book 21: a contractor's bills, No Tagihan | Tgl Tagihan | Pemberi Kerja | Proyek |
# Nilai Tagihan | Retensi 5% | JT Retensi | Jatuh Tempo | Dibayar. "Pemberi Kerja" (the client
# who gives the work) was no customer column, and every bill was owed by one customer named
# after the sheet, three clients merged without a word: the sheet's retention rows are two
# records each, so the safety net that asks for the customer column counted 8 records where
# the column had 4 names. By hand: TG-1 PT Griya 100.000.000 - 5.000.000 retensi - 95.000.000
# = 0, its retensi 5.000.000 due 30 Jun 2027 (current); TG-2 Bpk Santoso 60.000.000 -
# 3.000.000 retensi - 57.000.000 = 0, retensi due 20 Nov (2 days, 1-30); TG-3 PT Griya
# 40.000.000 - 2.000.000 - 20.000.000 = 18.000.000 due 31 Oct (22 days, 1-30), retensi
# 2.000.000 current; TG-4 Yayasan Harapan 80.000.000 - 4.000.000 = 76.000.000 due 15 Dec
# (current), retensi 4.000.000 current. 108.000.000, 21.000.000 overdue, 3 clients.
@pytest.mark.parametrize("client", ["Pemberi Kerja", "Pengguna Jasa", "Pemilik Proyek"])
def test_a_contractors_client_column_is_the_customer(tmp_path: Path, client: str) -> None:
    rows: list[list[object]] = [
        ["Daftar Tagihan Termin"],
        ["No Tagihan", "Tgl Tagihan", client, "Proyek", "Nilai Tagihan", "Retensi 5%",
         "JT Retensi", "Jatuh Tempo", "Dibayar"],
        ["TG-1", D(2026, 8, 1), "PT Griya", "Ruko A", 100_000_000, 5_000_000, D(2027, 6, 30),
         D(2026, 8, 31), 95_000_000],
        ["TG-2", D(2026, 9, 20), "Bpk Santoso", "Rumah", 60_000_000, 3_000_000, D(2026, 11, 20),
         D(2026, 10, 20), 57_000_000],
        ["TG-3", D(2026, 10, 1), "PT Griya", "Ruko A", 40_000_000, 2_000_000, D(2027, 6, 30),
         D(2026, 10, 31), 20_000_000],
        ["TG-4", D(2026, 11, 15), "Yayasan Harapan", "Sekolah", 80_000_000, 4_000_000,
         D(2027, 5, 15), D(2026, 12, 15), 0],
    ]  # fmt: skip
    payload = reads_to(tmp_path / "tagihan.xlsx", [("Tagihan Proyek", rows)],
                       figures(108_000_000, 21_000_000, 3, current=87_000_000,
                               d1to30=21_000_000))  # fmt: skip
    assert payload["per_customer"] == {
        "PT Griya": 25_000_000, "Bpk Santoso": 3_000_000, "Yayasan Harapan": 80_000_000,
    }  # fmt: skip


# The safety net itself: a client column by a word no field knows ("Atas Nama"), beside the
# retention's two records a row (6 records, 3 names), is asked about and the file refused,
# rather than one customer named after the sheet owing every bill (before: 28.100.000 owed by
# "Tagihan Proyek", nothing told).
def test_an_unknown_name_column_beside_retention_rows_is_asked_about(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["No Tagihan", "Tgl Tagihan", "Atas Nama", "Nilai Tagihan", "Retensi 5%", "JT Retensi",
         "Jatuh Tempo", "Dibayar"],
        ["TG-1", D(2026, 8, 1), "PT Griya", 100_000_000, 5_000_000, D(2027, 6, 30),
         D(2026, 8, 31), 95_000_000],
        ["TG-2", D(2026, 9, 20), "Bpk Santoso", 60_000_000, 3_000_000, D(2026, 11, 20),
         D(2026, 10, 20), 57_000_000],
        ["TG-3", D(2026, 10, 1), "PT Griya", 40_000_000, 2_000_000, D(2027, 6, 30),
         D(2026, 10, 31), 20_000_000],
    ]  # fmt: skip
    path = tmp_path / "tagihan.xlsx"
    _xlsx(path, [("Tagihan Proyek", rows)])
    _, payload = summarize_files([path], AS_OF)
    [refused] = payload["unreadable"]
    assert "'Atas Nama'" in refused["message"] and "PT Griya" in refused["message"]
