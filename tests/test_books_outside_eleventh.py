"""Books an outside tester wrote by hand this round (2026-12-06), their figures worked out on
paper as of 22 Nov 2026 with the default 30-day term. Of 27, six gave a wrong figure and one a
problem row that was none; these are those seven, each with what it showed before:

- a journal's payment naming its invoice only in the Keterangan ("Pelunasan INV/10/015"):
  paid the customer's oldest invoice instead, the right total in the wrong age;
- returns naming their invoice in a "Ref Faktur" column: the same;
- a credit book of DP + Cicilan 1/2/3 + Sisa: the DP was not read as paid (6.75M for 3.8M);
- a "Lunas" column ticked with ✓ or v: ticked invoices counted as owed (1.65M for 0.95M);
- returns on a sheet of their own: the sheet was left aside (1.8M for 1.5M);
- a Dibayar beyond the invoice's amount: the rest was lost, not paying the customer's
  oldest dues, nor a credit balance (0.75M for 0.3M);
- a sentence under the table in the invoice-number column: a "no customer" problem row.

Each book is written in a temporary folder: nothing binary is committed. The working of each
figure is in the comment above it."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path
from typing import Any

import pytest

from tests.test_books_by_hand import Rows, _aging, _expect, reads_to


def _figures(
    outstanding: int,
    overdue: int,
    customers: int,
    credit: dict[str, int] | None = None,
    **aging: int,
) -> dict[str, Any]:
    return _expect(outstanding, overdue, _aging(**aging), customers, credit)


BOOKS: dict[str, tuple[list[tuple[str, Rows]], dict[str, Any]]] = {
    # Karya: opening 1.2M (due 30 Jun) and INV/08/001 2.5M (due 4 Sep); 1.5M naming none pays
    # the opening and 0.3M; the return naming INV/08/001 in its note 0.2M: 2M left, 79 days.
    # INV/11/020 0.7M not due. Murni: INV/09/004 0.8M due 12 Oct, 41 days; INV/10/015 paid by
    # the payment its note names.
    "jurnal_pelunasan_di_keterangan.xlsx": (
        [
            (
                "Jurnal",
                [
                    ["BUKU PEMBANTU PIUTANG DAGANG"],
                    ["UD Sumber Makmur"],
                    [],
                    ["Tanggal", "No Bukti", "Pelanggan", "Keterangan", "Debet", "Kredit"],
                    [D(2026, 6, 30), "SA", "PT. Karya Abadi", "Saldo awal", 1_200_000, None],
                    [D(2026, 8, 5), "INV/08/001", "PT Karya Abadi", "Penjualan", 2_500_000, None],
                    [D(2026, 9, 12), "INV/09/004", "Toko Murni", "Penjualan", 800_000, None],
                    [D(2026, 9, 15), "BKM/09/010", "pt karya abadi", "Pembayaran", None, 1_500_000],
                    [
                        D(2026, 10, 2),
                        "RTR/10/001",
                        "PT KARYA ABADI",
                        "Retur penjualan INV/08/001",
                        None,
                        200_000,
                    ],
                    [D(2026, 10, 20), "INV/10/015", "Toko Murni", "Penjualan", 1_000_000, None],
                    [
                        D(2026, 11, 5),
                        "BKM/11/002",
                        "Toko Murni",
                        "Pelunasan INV/10/015",
                        None,
                        1_000_000,
                    ],
                    [D(2026, 11, 15), "INV/11/020", "PT Karya Abadi", "Penjualan", 700_000, None],
                    [None, None, None, "Jumlah", 6_200_000, 2_700_000],
                ],
            )
        ],
        _figures(3_500_000, 2_800_000, 2, current=700_000, d31to60=800_000, d61to90=2_000_000),
    ),
    # F-301 1M less NK-01 0.15M (its Ref Faktur) and R-03 0.05M naming none (the oldest) =
    # 0.8M, 52 days; F-310 0.7M less R-02 0.1M = 0.6M, 18 days; F-320 0.4M not due.
    "retur_ref_faktur.xlsx": (
        [
            (
                "Transaksi",
                [
                    ["Tanggal", "No Transaksi", "Jenis", "Pelanggan", "Ref Faktur", "Jumlah"],
                    [D(2026, 9, 1), "F-301", "Penjualan", "Toko Jaya Abadi", None, 1_000_000],
                    [D(2026, 9, 10), "NK-01", "Nota Kredit", "Toko Jaya Abadi", "F-301", 150_000],
                    [D(2026, 10, 5), "F-310", "Penjualan", "Toko Jaya Abadi", None, 700_000],
                    [D(2026, 10, 12), "R-02", "Retur", "Toko Jaya Abadi", "F-310", -100_000],
                    [D(2026, 11, 3), "F-320", "Penjualan", "Toko Jaya Abadi", None, 400_000],
                    [D(2026, 11, 10), "R-03", "Retur Penjualan", "Toko Jaya Abadi", None, 50_000],
                ],
            )
        ],
        _figures(1_800_000, 1_400_000, 1, current=400_000, d1to30=600_000, d31to60=800_000),
    ),
    # Wati's fridge 4.5M - 1M DP - 3 × 0.5M = 2M, due 10 Jul (135 days); Joko's TV 2.8M -
    # 0.8M - 0.5M = 1.5M, 52 days; Wati's fan 0.45M - 0.15M = 0.3M, 8 days; Rina's all paid.
    "dp_dan_cicilan.xlsx": (
        [
            (
                "Kredit",
                [
                    ["BUKU KREDIT - TOKO ELEKTRO JAYA"],
                    [],
                    [
                        "No",
                        "Tgl",
                        "Nama",
                        "Barang",
                        "Harga",
                        "DP",
                        "Cicilan 1",
                        "Cicilan 2",
                        "Cicilan 3",
                        "Sisa",
                    ],
                    [
                        1,
                        D(2026, 6, 10),
                        "Ibu Wati",
                        "Kulkas 2 pintu",
                        4_500_000,
                        1_000_000,
                        500_000,
                        500_000,
                        500_000,
                        2_000_000,
                    ],
                    [
                        2,
                        D(2026, 9, 1),
                        "Pak Joko",
                        "TV 32 inch",
                        2_800_000,
                        800_000,
                        500_000,
                        None,
                        None,
                        1_500_000,
                    ],
                    [
                        3,
                        D(2026, 10, 15),
                        "Ibu Wati",
                        "Kipas angin",
                        450_000,
                        150_000,
                        None,
                        None,
                        None,
                        300_000,
                    ],
                    [
                        4,
                        D(2026, 8, 20),
                        "Bu Rina",
                        "Mesin cuci",
                        3_200_000,
                        1_000_000,
                        1_000_000,
                        1_200_000,
                        None,
                        0,
                    ],
                ],
            )
        ],
        _figures(3_800_000, 3_800_000, 2, d1to30=300_000, d31to60=1_500_000, over90=2_000_000),
    ),
    # A1 and A3 ticked paid; A2 0.65M due 31 Oct (22 days); A4 0.3M not due.
    "kolom_lunas_centang.xlsx": (
        [
            (
                "Bon",
                [
                    ["No Nota", "Tanggal", "Nama", "Jumlah", "Lunas"],
                    ["A1", D(2026, 9, 5), "Toko Ria", 500_000, "✓"],
                    ["A2", D(2026, 10, 1), "Toko Ria", 650_000, None],
                    ["A3", D(2026, 10, 25), "Toko Ria", 200_000, "v"],
                    ["A4", D(2026, 11, 2), "Toko Ria", 300_000, None],
                ],
            )
        ],
        _figures(950_000, 650_000, 1, current=300_000, d1to30=650_000),
    ),
    # RF-1 1.2M - 0.5M - 0.1M returned = 0.6M, 43 days; RF-2 0.8M - 0.2M = 0.6M, 3 days; RF-3
    # 0.3M not due.
    "retur_lembar_sendiri.xlsx": (
        [
            (
                "Faktur",
                [
                    ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Dibayar"],
                    ["RF-1", D(2026, 9, 10), "Toko Sejuk", 1_200_000, 500_000],
                    ["RF-2", D(2026, 10, 20), "Toko Sejuk", 800_000, 0],
                    ["RF-3", D(2026, 11, 5), "Toko Sejuk", 300_000, 0],
                ],
            ),
            (
                "Retur",
                [
                    ["No Retur", "Tanggal", "No Faktur", "Pelanggan", "Nilai Retur"],
                    ["RT-01", D(2026, 10, 25), "RF-2", "Toko Sejuk", 200_000],
                    ["RT-02", D(2026, 9, 20), "RF-1", "Toko Sejuk", 100_000],
                ],
            ),
        ],
        _figures(1_500_000, 1_200_000, 1, current=300_000, d1to30=600_000, d31to60=600_000),
    ),
    # LB-2's 0.45M beyond its amount pays Kencana's oldest, LB-1, in full; LB-3 0.3M not due.
    # Mulia paid 0.25M on 0.2M: a credit balance of 50k.
    "dibayar_lebih.xlsx": (
        [
            (
                "Piutang",
                [
                    ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Dibayar"],
                    ["LB-1", D(2026, 8, 20), "Toko Kencana", 450_000, 0],
                    ["LB-2", D(2026, 10, 5), "Toko Kencana", 550_000, 1_000_000],
                    ["LB-3", D(2026, 11, 1), "Toko Kencana", 300_000, 0],
                    ["LB-4", D(2026, 10, 10), "Toko Mulia", 200_000, 250_000],
                ],
            )
        ],
        _figures(300_000, 0, 1, {"Toko Mulia": 50_000}, current=300_000),
    ),
    # INV-0041 1.4M due 10 Oct (43 days); INV-0042 0.6M, Net 15 from 12 Oct (26 days); INV-0043
    # COD 5 Nov (17 days); INV-0044 paid; the note under the table is no row.
    "catatan_di_kolom_nomor.xlsx": (
        [
            (
                "AR",
                [
                    ["ACCOUNTS RECEIVABLE - NOVEMBER 2026"],
                    [],
                    [
                        "Invoice #",
                        "Bill To",
                        "Invoice Date",
                        "Terms",
                        "Due Date",
                        "Total",
                        "Amount Paid",
                        "Balance Due",
                    ],
                    [
                        "INV-0041",
                        "Sunrise Cafe",
                        D(2026, 9, 10),
                        "Net 30",
                        D(2026, 10, 10),
                        2_400_000,
                        1_000_000,
                        1_400_000,
                    ],
                    [
                        "INV-0042",
                        "SUNRISE CAFE",
                        D(2026, 10, 12),
                        "Net 15",
                        None,
                        600_000,
                        0,
                        600_000,
                    ],
                    [
                        "INV-0043",
                        "Blue Ocean Resto",
                        D(2026, 11, 5),
                        "COD",
                        D(2026, 11, 5),
                        350_000,
                        0,
                        350_000,
                    ],
                    [
                        "INV-0044",
                        "Blue Ocean Resto",
                        D(2026, 11, 18),
                        "Net 30",
                        D(2026, 12, 18),
                        900_000,
                        900_000,
                        0,
                    ],
                    [],
                    ["Note: Blue Ocean promised a transfer next week."],
                ],
            )
        ],
        _figures(2_350_000, 2_350_000, 2, d1to30=950_000, d31to60=1_400_000),
    ),
}


@pytest.mark.parametrize("name", sorted(BOOKS))
def test_an_outside_book_reads_to_its_figures(tmp_path: Path, name: str) -> None:
    sheets, expected = BOOKS[name]
    reads_to(tmp_path / name, sheets, expected)
