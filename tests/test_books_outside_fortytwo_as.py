"""Round 87 of the outside testers (fixer 87b): down payments written in a row's words, not
its figures. Each book written by hand with its figures worked out on paper as of 22 Nov 2026
(default term 30 days: a sale of 1 Oct is due 31 Oct, 22 days late; one of 5 Nov is due 5
Dec, current)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import FIGURES, figures, read_book, reads_to


# A DP in the status beside a paid column filled on other rows, the row's own paid cell empty
# (round 87, 08): nothing else on the row says what was paid, and the status writes it to the
# rupiah, as where the column is empty on every row. It was counted owed and told
# (``part-paid-status``): 3.100.000. FK-1 1.600.000 of 2 Nov less "DP 400rb": 1.200.000, due 2
# Dec, current. FK-2 2.500.000 of 6 Oct paid 1.000.000: 1.500.000, due 5 Nov, 17 days late
# (1-30). FK-3 paid. Outstanding 2.700.000, overdue 1.500.000.
def test_a_dp_in_the_status_beside_a_paid_column_filled_elsewhere_is_paid(
    tmp_path: Path,
) -> None:
    rows = [
        ["Tgl", "No Faktur", "Customer", "Nilai", "Terbayar", "Status"],
        [D(2026, 9, 8), "FK-3", "UD Sumber", 3_000_000, 3_000_000, "Lunas"],
        [D(2026, 10, 6), "FK-2", "UD Sumber", 2_500_000, 1_000_000, "Cicil"],
        [D(2026, 11, 2), "FK-1", "Toko Roti", 1_600_000, None, "DP 400rb, sisa minggu depan"],
    ]
    expected = figures(2_700_000, 1_500_000, 2, current=1_200_000, d1to30=1_500_000)
    payload = reads_to(tmp_path / "dp_status.xlsx", [("Penjualan", rows)], expected)
    assert payload["per_customer"] == {"UD Sumber": 1_500_000, "Toko Roti": 1_200_000}


# The same in a Keterangan, the DP a share of the sale ("sudah DP 30%"): it was not read at
# all beside the paid column, and not told (2.500.000). Bu Sari's 2.000.000 of 1 Nov less 30%
# (600.000): 1.400.000, current; her 1.000.000 of 1 Oct paid. Pak Dodi's 800.000 of 5 Oct paid
# 300.000: 500.000 due 4 Nov, 18 days late (1-30). Outstanding 1.900.000, overdue 500.000.
def test_a_dp_share_in_the_note_beside_an_empty_paid_cell_is_paid(tmp_path: Path) -> None:
    rows = [
        ["Tanggal", "Pelanggan", "Total", "Dibayar", "Keterangan"],
        [D(2026, 11, 1), "Bu Sari", 2_000_000, None, "sudah DP 30%"],
        [D(2026, 10, 1), "Bu Sari", 1_000_000, 1_000_000, "transfer BCA"],
        [D(2026, 10, 5), "Pak Dodi", 800_000, 300_000, None],
    ]
    expected = figures(1_900_000, 500_000, 2, current=1_400_000, d1to30=500_000)
    reads_to(tmp_path / "dp_share.xlsx", [("Piutang", rows)], expected)


# Where a row of its own pays the customer (a Bayar, no Jumlah), the note's DP may be that
# money: it is not read again. Toko Anugerah's 2.000.000 of 1 Nov "DP 500rb", Bayar empty,
# less the 300.000 of the row of its own of 3 Nov: 1.700.000, current. Bu Ijah's 700.000 of 5
# Oct paid 200.000: 500.000 due 4 Nov, 18 days late. Outstanding 2.200.000, overdue 500.000.
def test_a_dp_in_the_status_beside_a_payment_row_of_its_own_is_not_read(tmp_path: Path) -> None:
    rows = [
        ["Tanggal", "Pelanggan", "Jumlah", "Bayar", "Status"],
        [D(2026, 11, 1), "Toko Anugerah", 2_000_000, None, "DP 500rb"],
        [D(2026, 10, 5), "Bu Ijah", 700_000, 200_000, "cicil"],
        [D(2026, 11, 3), "Toko Anugerah", None, 300_000, "DP"],
    ]
    payload = read_book(tmp_path / "dp_own_row.xlsx", [("Piutang", rows)])
    expected = figures(2_200_000, 500_000, 2, current=1_700_000, d1to30=500_000)
    assert {key: payload[key] for key in FIGURES} == expected


# A card whose sale's note writes the DP ("Pesan lemari jati, DP 1jt", "Kursi tamu, uang muka
# 30%"), its Kredit empty, and whose Saldo shows it taken off (round 87, 36): it was not read,
# and the Saldo was blamed on both rows (8.000.000). MJ-01 4.000.000 of 1 Oct, Saldo 3.000.000:
# 1.000.000 paid at the sale, 1.000.000 "Angsuran 1": 2.000.000, due 31 Oct, 22 days late
# (1-30). MJ-07 5.000.000 of 5 Nov less 30% (1.500.000), Saldo 2.000.000 + 3.500.000 =
# 5.500.000: 3.500.000, current. Outstanding 5.500.000, overdue 2.000.000; the Saldo agrees.
def test_a_dp_in_a_cards_sale_note_that_the_saldo_takes_off_is_paid(tmp_path: Path) -> None:
    rows = [
        ["KARTU PIUTANG BU LINDA"],
        [],
        ["Tanggal", "No. Faktur", "Keterangan", "Debet", "Kredit", "Saldo"],
        [D(2026, 10, 1), "MJ-01", "Pesan lemari jati, DP 1jt", 4_000_000, None, 3_000_000],
        [D(2026, 10, 25), None, "Angsuran 1", None, 1_000_000, 2_000_000],
        [D(2026, 11, 5), "MJ-07", "Kursi tamu, uang muka 30%", 5_000_000, None, 5_500_000],
    ]
    expected = figures(5_500_000, 2_000_000, 1, current=3_500_000, d1to30=2_000_000)
    reads_to(tmp_path / "kartu_dp.xlsx", [("Bu Linda", rows)], expected)


# The DP in the sale's note and on a Kredit row of its own, the Saldo moved by the whole sale:
# the note tells of that row's money, read once. MJ-01 4.000.000 of 1 Oct less the 1.000.000
# "DP lemari": 3.000.000, due 31 Oct, 22 days late. Outstanding and overdue 3.000.000.
def test_a_dp_in_a_cards_note_and_on_its_own_row_is_read_once(tmp_path: Path) -> None:
    rows = [
        ["KARTU PIUTANG BU LINDA"],
        [],
        ["Tanggal", "No. Faktur", "Keterangan", "Debet", "Kredit", "Saldo"],
        [D(2026, 10, 1), "MJ-01", "Lemari jati, DP 1jt", 4_000_000, None, 4_000_000],
        [D(2026, 10, 1), None, "DP lemari", None, 1_000_000, 3_000_000],
    ]
    expected = figures(3_000_000, 3_000_000, 1, d1to30=3_000_000)
    reads_to(tmp_path / "kartu_dp_baris.xlsx", [("Bu Linda", rows)], expected)


# A journal of several customers and one running Saldo over them all, a DP in two sales'
# notes: Toko Asri's 2.000.000 of 1 Oct "DP 500rb" (Saldo 1.500.000), paid 500.000 on 20 Oct:
# 1.000.000, due 31 Oct, 22 days late. Bu Beti's 1.000.000 of 3 Oct "uang muka 50%" (Saldo
# 1.500.000 + 500.000): 500.000, due 2 Nov, 20 days late; her 600.000 of 5 Nov: current.
# Outstanding 2.100.000, overdue 1.500.000 (it read 3.100.000, the Saldo blamed thrice).
def test_a_dp_in_a_journals_sale_note_that_the_saldo_takes_off_is_paid(tmp_path: Path) -> None:
    rows = [
        ["Tanggal", "Pelanggan", "Keterangan", "Debet", "Kredit", "Saldo"],
        [D(2026, 10, 1), "Toko Asri", "Meja, DP 500rb", 2_000_000, None, 1_500_000],
        [D(2026, 10, 3), "Bu Beti", "Kursi, uang muka 50%", 1_000_000, None, 2_000_000],
        [D(2026, 10, 20), "Toko Asri", "bayar", None, 500_000, 1_500_000],
        [D(2026, 11, 5), "Bu Beti", "Rak", 600_000, None, 2_100_000],
    ]
    expected = figures(2_100_000, 1_500_000, 2, current=600_000, d1to30=1_500_000)
    payload = reads_to(tmp_path / "jurnal_dp.xlsx", [("Jurnal", rows)], expected)
    assert payload["per_customer"] == {"Toko Asri": 1_000_000, "Bu Beti": 1_100_000}
