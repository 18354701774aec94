"""Books of other trades (an outside round, 2026-12-06): each trade names who owes and what
is charged in its own words, and a shop keeps its own debts beside its receivables. Before:
an order book's "Pemesan" was not a customer column, so every order was owed by one customer
named after the sheet; a kost's "Sewa" and an ekspedisi's "Ongkir" were no amount (refused or
owing 0); "pelunasan saat ambil" (to be paid on pickup) read as paid in full; an apotek's
"Hutang PBF" sheet (its debts to suppliers) was added to what its customers owe."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, _xlsx, figures, reads_to


@pytest.mark.parametrize(
    ("who", "what"),
    [("Pemesan", "Total"), ("Nama Siswa", "SPP"), ("Penyewa", "Sewa"), ("Pengirim", "Ongkir"),
     ("Nama Anggota", "Jumlah"), ("Nama Warung", "Bon")],
)  # fmt: skip
def test_a_trades_words_for_who_owes_and_what(tmp_path: Path, who: str, what: str) -> None:
    # O-1 0.6M (due 1 Nov, 21 days late) and O-2 0.4M (not due): two customers, not one
    # named after the sheet.
    rows: list[list[object]] = [
        ["No", "Tanggal", who, what],
        ["O-1", D(2026, 10, 2), "SMA N 3", 600_000],
        ["O-2", D(2026, 11, 10), "PT Sinar Logistik", 400_000],
    ]
    payload = reads_to(tmp_path / "order.xlsx", [("Order 2026", rows)],
                       figures(1_000_000, 600_000, 2, current=400_000, d1to30=600_000))  # fmt: skip
    assert sorted(payload["per_customer"]) == ["PT Sinar Logistik", "SMA N 3"]


def test_to_be_paid_on_pickup_is_not_paid(tmp_path: Path) -> None:
    # 3.6M less the 1M DP the note writes: 2.6M owed (20 days late); "pelunasan saat ambil"
    # says when the rest will be paid, not that it was.
    rows: list[list[object]] = [
        ["No Order", "Tanggal", "Pemesan", "Total", "Keterangan"],
        ["K-1", D(2026, 10, 3), "Ibu Maya", 3_600_000, "DP 1jt tgl 3/10, pelunasan saat ambil"],
    ]
    reads_to(tmp_path / "konveksi.xlsx", [("Order", rows)],
             figures(2_600_000, 2_600_000, 1, d1to30=2_600_000))  # fmt: skip


def test_the_shops_debts_to_its_suppliers_are_no_receivable(tmp_path: Path) -> None:
    # The clinics owe 2M (1 Nov, 21 days) and 2.75M (not due); the PBF sheet is the shop's own
    # debt to its suppliers: set aside with the reason, not added (it was, as 9.5M more).
    path = tmp_path / "apotek.xlsx"
    _xlsx(path, [
        ("Piutang Klinik", [["No Faktur", "Tgl Faktur", "Klinik", "Jatuh Tempo", "Total",
                             "Terbayar"],
            ["PJ-1", D(2026, 10, 3), "Klinik Bunda", D(2026, 11, 2), 3_900_000, 1_900_000],
            ["PJ-2", D(2026, 10, 21), "Klinik Pratama", D(2026, 12, 5), 2_750_000, 0]]),
        ("Hutang PBF", [["HUTANG DAGANG KE PBF"], [], ["No Faktur PBF", "Tgl", "Supplier",
                        "Jatuh Tempo", "Total", "Dibayar"],
            ["KF-1", D(2026, 9, 20), "PT Kimia Farma", D(2026, 10, 20), 8_400_000, 5_000_000]]),
    ])  # fmt: skip
    _, payload = summarize_files([path], AS_OF)
    assert payload["outstanding"] == 4_750_000
    assert sorted(payload["per_customer"]) == ["Klinik Bunda", "Klinik Pratama"]
    [aside] = payload["ignored_sheets"]
    assert aside["sheet"] == "Hutang PBF" and "pemasok" in aside["reason"]


def test_a_bon_paid_in_part_on_its_own_row_pays_that_bon(tmp_path: Path) -> None:
    # Warung Yati: 1 Sep bon 0.5M (due 1 Oct, 52 days late), 5 Oct bon 0.8M with 0.3M paid on
    # its row (0.5M left, due 4 Nov, 18 days). Before, the 0.3M paid the September bon: 0.2M
    # at 52 days and 0.8M at 18.
    rows: list[list[object]] = [
        ["Tanggal", "Nama Warung", "Keterangan", "Debet", "Kredit"],
        [D(2026, 9, 1), "Warung Yati", "bon", 500_000, None],
        [D(2026, 10, 5), "Warung Yati", "bon, bayar sebagian", 800_000, 300_000],
    ]
    reads_to(tmp_path / "grosir.xlsx", [("Bon", rows)],
             figures(1_000_000, 1_000_000, 1, d1to30=500_000, d31to60=500_000))  # fmt: skip


def test_a_column_of_names_no_field_we_know_is_not_one_customer(tmp_path: Path) -> None:
    # "Atas Nama" is no customer column Tagih knows: every order would be owed by "Order"
    # (the sheet's name). The file is refused with the column and its names, and reads once
    # the owner says that column is the customer.
    rows: list[list[object]] = [
        ["No Nota", "Tanggal", "Atas Nama", "Total"],
        ["O-1", D(2026, 10, 2), "SMA N 3", 600_000],
        ["O-2", D(2026, 11, 10), "PT Sinar Logistik", 400_000],
    ]
    path = tmp_path / "order.xlsx"
    _xlsx(path, [("Order", rows)])
    _, payload = summarize_files([path], AS_OF)
    [refused] = payload["unreadable"]
    assert "'Atas Nama'" in refused["message"] and "SMA N 3" in refused["message"]
    from core.ingest import read_ledger

    chosen = read_ledger(path, mapping={"customer": "Atas Nama"})
    assert sorted({inv.customer for inv in chosen.invoices}) == ["PT Sinar Logistik", "SMA N 3"]
    # A sheet per customer with its goods beside each invoice reads as before.
    goods = [["No Nota", "Tanggal", "Barang", "Total"], *[[r[0], r[1], "Semen 50 sak", r[3]]
                                                   for r in rows[1:]]]  # fmt: skip
    reads_to(tmp_path / "toko.xlsx", [("Toko Maju", goods)],
             figures(1_000_000, 600_000, 1, current=400_000, d1to30=600_000))  # fmt: skip


def test_a_retention_held_back_is_due_on_its_own_day(tmp_path: Path) -> None:
    # TB-302: 20M, 1M retention due at hand-over (31 Jan 2027), 15M paid: 4M of the rest due
    # 15 Oct (38 days late) and the 1M not due. TB-303: 10M, 0.5M retention due 1 Nov (21
    # days), 9.5M paid. Before, each invoice's whole rest was due at its own date.
    rows: list[list[object]] = [
        ["No Faktur", "Tanggal", "Pelanggan", "Nilai Tagihan", "Retensi 5%", "Jatuh Tempo",
         "JT Retensi", "Dibayar"],
        ["TB-302", D(2026, 9, 15), "CV Karya Bangun", 20_000_000, 1_000_000, D(2026, 10, 15),
         D(2027, 1, 31), 15_000_000],
        ["TB-303", D(2026, 10, 1), "Bpk Sutrisno", 10_000_000, 500_000, D(2026, 10, 31),
         D(2026, 11, 1), 9_500_000],
    ]  # fmt: skip
    expected = figures(5_500_000, 4_500_000, 2, current=1_000_000, d1to30=500_000,
                       d31to60=4_000_000)  # fmt: skip
    reads_to(tmp_path / "retensi.xlsx", [("Piutang Proyek", rows)], expected)
