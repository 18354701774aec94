"""Round 49 of the outside testers (fixer 49b): what a customer takes off an invoice and the
shop lets go, beside what it paid: income tax withheld (PPh 23, PPh 22), the bank's transfer
fee the shop absorbs, the rounding. Each book written by hand with its figures worked out on
paper as of 22 Nov 2026 (default term 30 days: a sale of 1 Oct is due 31 Oct, 22 days late;
of 1 Sep due 1 Oct, 52 days; of 1 Aug due 31 Aug, 83 days)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to

AUG_1, SEP_1, OCT_1, NOV_5 = D(2026, 8, 1), D(2026, 9, 1), D(2026, 10, 1), D(2026, 11, 5)


# Round 49 b11: "Total | PPh 23 | Diterima | Sisa", each Sisa Total - PPh 23 - Diterima. The
# PPh 23 the company withheld was left owing (200,000 and 160,000) and the book's right Sisa
# told as a check-mismatch. INV-1 11,100,000 = 200,000 + 10,900,000 settled; INV-2 8,880,000 -
# 160,000 - 4,000,000 = 4,720,000 (1-30); INV-3 3,330,000 (current).
def test_a_pph_23_column_the_sisa_shows_withheld_settles(tmp_path: Path) -> None:
    rows = [
        ["No Invoice", "Tanggal", "Klien", "Total", "PPh 23", "Diterima", "Sisa"],
        ["INV-1", AUG_1, "PT Graha", 11_100_000, 200_000, 10_900_000, 0],
        ["INV-2", OCT_1, "RS Mitra", 8_880_000, 160_000, 4_000_000, 4_720_000],
        ["INV-3", NOV_5, "PT Graha", 3_330_000, None, None, 3_330_000],
    ]
    expected = figures(8_050_000, 4_720_000, 2, current=3_330_000, d1to30=4_720_000)
    reads_to(tmp_path / "tagihan.xlsx", [("Tagihan", rows)], expected)


# Look-alike: a "PPh 23" column beside a Sisa that still owes it (the bukti potong not yet
# handed over, the tax billed on): the Sisa decides, nothing is taken off. INV-1 11,100,000 -
# 10,900,000 = 200,000 (61-90); INV-2 8,880,000 - 8,720,000 = 160,000 (1-30).
def test_a_pph_column_the_sisa_shows_owed_settles_nothing(tmp_path: Path) -> None:
    rows = [
        ["No Invoice", "Tanggal", "Klien", "Total", "PPh 23", "Diterima", "Sisa"],
        ["INV-1", AUG_1, "PT Graha", 11_100_000, 200_000, 10_900_000, 200_000],
        ["INV-2", OCT_1, "RS Mitra", 8_880_000, 160_000, 8_720_000, 160_000],
    ]
    expected = figures(360_000, 360_000, 2, d1to30=160_000, d61to90=200_000)
    reads_to(tmp_path / "tagihan.xlsx", [("Tagihan", rows)], expected)


# Round 49 b12: "Total | Dibayar | Potong PPh 23 | Status", no Sisa. The LUNAS rows settle by
# the payment and the PPh together; KNS-72, "Belum lunas", was left owing its 400,000 PPh too
# (silently). KNS-72 22,200,000 - 10,000,000 - 400,000 = 11,800,000 (31-60); KNS-77
# 5,550,000 (1-30).
def test_a_pph_column_settles_beside_what_was_paid_without_a_sisa(tmp_path: Path) -> None:
    rows = [
        ["No Invoice", "Tgl Invoice", "Klien", "Total", "Dibayar", "Potong PPh 23", "Status"],
        ["KNS-61", AUG_1, "PT Sinar", 15_540_000, 15_260_000, 280_000, "LUNAS"],
        ["KNS-66", AUG_1, "PT Dwi", 7_770_000, 7_630_000, 140_000, "LUNAS"],
        ["KNS-72", SEP_1, "PT Sinar", 22_200_000, 10_000_000, 400_000, "Belum lunas"],
        ["KNS-77", OCT_1, "Yayasan", 5_550_000, None, None, "Belum lunas"],
    ]
    expected = figures(17_350_000, 17_350_000, 2, d1to30=5_550_000, d31to60=11_800_000)
    reads_to(tmp_path / "invoice.xlsx", [("Invoice", rows)], expected)


# Round 49 b45: "Total | Transfer | PPh 23 | Biaya Bank | Pembulatan | Sisa": each column the
# Sisa shows taken off settles. EV-1 16,650,000 = 16,343,000 + 300,000 + 6,500 + 500 and EV-2
# 9,990,000 = 9,803,500 + 180,000 + 6,500 were left owing 7,000 and 186,500; EV-3 7,215,000 -
# 3,000,000 - 130,000 = 4,085,000 (1-30).
def test_pph_bank_fee_and_rounding_columns_settle_together(tmp_path: Path) -> None:
    rows = [
        ["Invoice", "Tanggal", "Klien", "Total", "Transfer", "PPh 23", "Biaya Bank",
         "Pembulatan", "Sisa"],
        ["EV-1", AUG_1, "PT Aneka", 16_650_000, 16_343_000, 300_000, 6_500, 500, 0],
        ["EV-2", SEP_1, "PT Media", 9_990_000, 9_803_500, 180_000, 6_500, None, 0],
        ["EV-3", OCT_1, "PT Aneka", 7_215_000, 3_000_000, 130_000, None, None, 4_085_000],
    ]  # fmt: skip
    expected = figures(4_085_000, 4_085_000, 1, d1to30=4_085_000)
    reads_to(tmp_path / "ar.xlsx", [("AR", rows)], expected)


# Round 49 b13: a government customer's bendahara pays net of PPh 22, on a payments sheet
# "Diterima Bersih | PPh 22 Dipotong": the net received is the payment (the file was refused
# for that header), the PPh 22 beside it settles the rest. ATK-1 12,000,000 = 11,820,000 +
# 180,000 settled; ATK-2 3,200,000 (1-30).
def test_pph_22_on_a_payments_sheet_settles_beside_the_net_received(tmp_path: Path) -> None:
    sales = [
        ["No Faktur", "Tanggal", "Instansi", "Nilai Faktur"],
        ["ATK-1", AUG_1, "Dinas Pendidikan", 12_000_000],
        ["ATK-2", OCT_1, "Puskesmas Gamping", 3_200_000],
    ]
    paid = [
        ["Tgl Cair", "No Faktur", "Instansi", "Diterima Bersih", "PPh 22 Dipotong", "Keterangan"],
        [D(2026, 8, 28), "ATK-1", "Dinas Pendidikan", 11_820_000, 180_000, "lunas"],
    ]
    expected = figures(3_200_000, 3_200_000, 1, d1to30=3_200_000)
    reads_to(tmp_path / "atk.xlsx", [("Faktur", sales), ("Penerimaan SP2D", paid)], expected)


# Round 49 b14: "Jumlah | Ditransfer | Biaya TF | Sisa": the transfer fee the shop bears
# settles where the Sisa says so. 2608-3 2,450,000 = 2,443,500 + 6,500 was left owing 6,500
# (a debtor made up); 2609-17 4,600,000 - 2,000,000 = 2,600,000 (31-60).
def test_a_transfer_fee_the_shop_bears_settles(tmp_path: Path) -> None:
    rows = [
        ["No Nota", "Tanggal", "Toko", "Jumlah", "Ditransfer", "Biaya TF", "Sisa", "Ket"],
        ["2608-3", AUG_1, "Toko Sumber", 2_450_000, 2_443_500, 6_500, 0, "kita tanggung"],
        ["2609-17", SEP_1, "Minimarket", 4_600_000, 2_000_000, None, 2_600_000, "cicil"],
    ]
    expected = figures(2_600_000, 2_600_000, 1, d31to60=2_600_000)
    reads_to(tmp_path / "piutang.xlsx", [("Piutang", rows)], expected)


# Round 49 b30: a payments sheet's "Biaya TF (ditanggung toko)" beside what was received
# settles the invoice with it (left 6,500 owing, silently). SJ-1 2,865,000 = 2,858,500 +
# 6,500; SJ-2 3,310,000 - 2,000,000 = 1,310,000 (1-30).
def test_a_transfer_fee_on_a_payments_sheet_settles(tmp_path: Path) -> None:
    sales = [
        ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
        ["SJ-1", AUG_1, "Toko Ayu", 2_865_000],
        ["SJ-2", OCT_1, "Toko Ayu", 3_310_000],
    ]
    paid = [
        ["Tanggal", "No Faktur", "Pelanggan", "Diterima", "Biaya TF (ditanggung toko)"],
        [D(2026, 9, 10), "SJ-1", "Toko Ayu", 2_858_500, 6_500],
        [D(2026, 10, 20), "SJ-2", "Toko Ayu", 2_000_000, None],
    ]
    expected = figures(1_310_000, 1_310_000, 1, d1to30=1_310_000)
    reads_to(tmp_path / "kosmetik.xlsx", [("Faktur", sales), ("Penerimaan", paid)], expected)


# Round 49 b17 and b36: the rounding the shop let go, in a column of the list ("Dibayar |
# Pembulatan | Sisa": PJ-1 1,253,400 = 1,253,000 + 400) or of the payments sheet ("Jumlah |
# Pembulatan": INV-1 4,387,650 = 4,387,500 + 150), settles. PJ-2 1,532,250 - 700,000 =
# 832,250 (1-30); INV-2 1,882,900 - 1,000,000 = 882,900 (1-30).
def test_a_rounding_column_settles(tmp_path: Path) -> None:
    rows = [
        ["No Faktur", "Tanggal", "Pelanggan", "Total", "Dibayar", "Pembulatan", "Sisa"],
        ["PJ-1", AUG_1, "RM Padang", 1_253_400, 1_253_000, 400, 0],
        ["PJ-2", OCT_1, "Kantin Bu Sum", 1_532_250, 700_000, None, 832_250],
    ]
    expected = figures(832_250, 832_250, 1, d1to30=832_250)
    reads_to(tmp_path / "piutang.xlsx", [("Piutang", rows)], expected)


def test_a_rounding_column_on_a_payments_sheet_settles(tmp_path: Path) -> None:
    sales = [
        ["No Invoice", "Tanggal", "Customer", "Total Tagihan"],
        ["INV-1", AUG_1, "Hotel Puri", 4_387_650],
        ["INV-2", OCT_1, "Restoran Sari", 1_882_900],
    ]
    paid = [
        ["Tanggal", "No Invoice", "Customer", "Jumlah", "Pembulatan"],
        [D(2026, 9, 15), "INV-1", "Hotel Puri", 4_387_500, 150],
        [D(2026, 11, 12), "INV-2", "Restoran Sari", 1_000_000, None],
    ]
    expected = figures(882_900, 882_900, 1, d1to30=882_900)
    reads_to(tmp_path / "sayur.xlsx", [("Invoice", sales), ("Pembayaran", paid)], expected)


# Round 49 b18: a note "pembulatan 350" beside a payment 350 short and a Sisa of 0 settles
# as "potongan 50.000" does, however small the figure (a note's figure under 1,000 is
# otherwise a count). B-1 1,487,350 = 1,487,000 + 350; B-2 1,120,450 - 500,000 = 620,450.
def test_a_rounding_in_a_note_settles(tmp_path: Path) -> None:
    rows = [
        ["No Bon", "Tanggal", "Nama", "Jumlah", "Dibayar", "Sisa", "Keterangan"],
        ["B-1", AUG_1, "Toko Kue Melati", 1_487_350, 1_487_000, 0, "pembulatan 350"],
        ["B-2", OCT_1, "Depot Air", 1_120_450, 500_000, 620_450, "cicil dulu"],
        ["B-3", OCT_1, "Pak Kusno", 2_215_600, 2_215_000, 0, "dibulatkan, pembulatan 600"],
    ]
    expected = figures(620_450, 620_450, 1, d1to30=620_450)
    reads_to(tmp_path / "catatan.xlsx", [("Okt-Nov", rows)], expected)


# Look-alike (round 49 b15): a transfer fee the book bills on ("Biaya TF" beside a Sisa of
# 6,500, "tetap ditagih") is still owed: the Sisa decides. TK-1 1,950,000 - 1,943,500 = 6,500
# (61-90); TK-2 2,760,000 paid.
def test_a_transfer_fee_the_sisa_still_bills_stays_owed(tmp_path: Path) -> None:
    rows = [
        ["No Nota", "Tgl", "Pelanggan", "Total", "Dibayar", "Biaya TF", "Sisa", "Catatan"],
        ["TK-1", AUG_1, "Toko Roti", 1_950_000, 1_943_500, 6_500, 6_500, "tetap ditagih"],
        ["TK-2", SEP_1, "Kedai Kopi", 2_760_000, 2_760_000, None, 0, "lunas"],
    ]
    expected = figures(6_500, 6_500, 1, d61to90=6_500)
    reads_to(tmp_path / "piutang.xlsx", [("Nov 2026", rows)], expected)


# A note's tax withheld ("pph 23 200.000") beside a payment short by it and a Sisa of 0
# settles, as "potongan 50.000" does; INV-2's "PPh 23 2%" names no figure and takes nothing
# off. INV-1 10,000,000 = 9,800,000 + 200,000; INV-2 5,000,000 - 4,900,000 = 100,000 (1-30).
def test_tax_withheld_in_a_note_settles(tmp_path: Path) -> None:
    rows = [
        ["No Invoice", "Tanggal", "Klien", "Total", "Dibayar", "Sisa", "Keterangan"],
        ["INV-1", AUG_1, "PT Graha", 10_000_000, 9_800_000, 0, "pph 23 200.000, bukti potong"],
        ["INV-2", OCT_1, "PT Bumi", 5_000_000, 4_900_000, 100_000, "PPh 23 2%"],
    ]
    expected = figures(100_000, 100_000, 1, d1to30=100_000)
    reads_to(tmp_path / "tagihan.xlsx", [("Tagihan", rows)], expected)
