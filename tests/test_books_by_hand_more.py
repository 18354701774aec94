"""More small books written by hand (2026-12-06, tenth round), their figures worked out on
paper as of 22 Nov 2026 with the default 30-day term, through ``summarize_files``. Written to
find what the reader had not met. Five gave a wrong total before: a due date or terms written
"-", an invoice numbered "-" twice, a "Sales" column beside "Jumlah", a book kept in
thousands, dates exported month first; and a footer line under a table was a problem row.
Each book is written in a temporary folder (openpyxl, or the standard library for the CSV
files): nothing binary is committed. The working of each figure is in the comment above it."""

from __future__ import annotations

import csv
from datetime import date as D
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, CARD, FIGURES, Rows, _aging, _expect


def _figures(outstanding: int, overdue: int, customers: int, **aging: int) -> dict[str, Any]:
    """The figures of a book without credit balances (``_expect`` of the first hand books)."""
    return _expect(outstanding, overdue, _aging(**aging), customers)


# name → its sheets (or a CSV's rows), where its table starts (row, column), its figures.
BOOKS: dict[str, tuple[list[tuple[str, Rows]] | Rows, tuple[int, int], dict[str, Any]]] = {
    # Figures in millions, said in the header without brackets ("Rp 000.000"; eleventh
    # round: read as rupiah before): M-1 2.5M due 31 Oct (22 days), M-2 0.75M due 30 Nov.
    "dalam_jutaan_tanpa_kurung.xlsx": (
        [
            (
                "Piutang",
                [
                    ["No Faktur", "Tanggal", "Pelanggan", "Jumlah Rp 000.000"],
                    ["M-1", D(2026, 10, 1), "PT Sentosa", 2.5],
                    ["M-2", D(2026, 10, 31), "PT Sentosa", 0.75],
                ],
            )
        ],
        (1, 1),
        _figures(3_250_000, 2_500_000, 1, current=750_000, d1to30=2_500_000),
    ),
    # One customer written with and without the dots of a short name (eleventh round: it was
    # two customers, each owing part): PT Maju 1M + 2M, Toko Sari 0.5M + 0.25M, all due 31
    # Oct (22 days).
    "nama_bertitik.xlsx": (
        [
            (
                "Piutang",
                [
                    ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
                    ["N-1", D(2026, 10, 1), "PT. Maju", 1_000_000],
                    ["N-2", D(2026, 10, 1), "PT Maju", 2_000_000],
                    ["N-3", D(2026, 10, 1), "Toko Sari.", 500_000],
                    ["N-4", D(2026, 10, 1), "toko  sari", 250_000],
                    ["N-5", D(2026, 10, 1), "P.T.Maju", 0],
                ],
            )
        ],
        (1, 1),
        _figures(3_750_000, 3_750_000, 2, d1to30=3_750_000),
    ),
    # S-2 due 31 Oct, 22 days late; S-3 due 1 Dec; S-1 and S-4 paid ("Lunas", "lunas").
    "status_belum_lunas.xlsx": (
        [
            (
                "Piutang",
                [
                    ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Status"],
                    ["S-1", D(2026, 9, 1), "Toko Anggrek", 1_000_000, "Lunas"],
                    ["S-2", D(2026, 10, 1), "Toko Anggrek", 2_000_000, "Belum Lunas"],
                    ["S-3", D(2026, 11, 1), "Toko Mawar", 500_000, "BELUM LUNAS"],
                    ["S-4", D(2026, 8, 1), "Toko Mawar", 700_000, "lunas"],
                ],
            )
        ],
        (1, 1),
        _figures(2_500_000, 2_000_000, 2, current=500_000, d1to30=2_000_000),
    ),
    # J-1 due 15 Oct (38 days); J-2's due date "-": the default term, 9 Nov (13 days); J-3
    # 10 Dec.
    "jatuh_tempo_strip.xlsx": (
        [
            (
                "Piutang",
                [
                    ["No Faktur", "Tgl Faktur", "Jatuh Tempo", "Pelanggan", "Jumlah"],
                    ["J-1", D(2026, 10, 1), D(2026, 10, 15), "Toko Dahlia", 400_000],
                    ["J-2", D(2026, 10, 10), "-", "Toko Dahlia", 600_000],
                    ["J-3", D(2026, 11, 10), None, "Toko Dahlia", 300_000],
                ],
            )
        ],
        (1, 1),
        _figures(1_300_000, 1_000_000, 1, current=300_000, d1to30=600_000, d31to60=400_000),
    ),
    # A cashier's export: ";" and decimals. K-01 1M left, due 1 Oct (52 days); K-02 due 14 Nov
    # (8 days); K-03 due 20 Dec.
    "ekspor_kasir.csv": (
        [
            ["No Nota", "Tanggal", "Nama Pelanggan", "Total", "Bayar"],
            ["K-01", "01-09-2026", "Toko Flamboyan", "Rp 1.250.000,00", "Rp 250.000,00"],
            ["K-02", "15-10-2026", "Toko Flamboyan", "Rp 800.000,00", "0"],
            ["K-03", "20-11-2026", "Toko Kamboja", "Rp 450.500,00", ""],
        ],
        (1, 1),
        _figures(2_250_500, 1_800_000, 2, current=450_500, d1to30=800_000, d31to60=1_000_000),
    ),
    # T-1 due 5 Oct (48 days); T-2 due 4 Nov (18 days); T-3 5 Dec and T-4 20 Dec not due.
    "tanggal_teks.xlsx": (
        [
            (
                "Piutang",
                [
                    ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
                    ["T-1", "2026/09/05", "Toko Teratai", 100_000],
                    ["T-2", "5-Okt-2026", "Toko Teratai", 200_000],
                    ["T-3", "05 Nop 2026", "Toko Teratai", 300_000],
                    ["T-4", "20 November 2026", "Toko Teratai", 400_000],
                ],
            )
        ],
        (1, 1),
        _figures(1_000_000, 300_000, 1, current=700_000, d1to30=200_000, d31to60=100_000),
    ),
    # An aging export as of 31 Oct, owed in Total: U-1 due 31 Aug (83 days), U-2 due 19 Nov
    # (3 days), U-3 due 15 Oct (38 days); the stale buckets are not added.
    "umur_piutang_total.xlsx": (
        [
            (
                "Umur Piutang",
                [
                    ["LAPORAN UMUR PIUTANG per 31/10/2026"],
                    [],
                    [
                        "Pelanggan",
                        "No. Faktur",
                        "Tgl Faktur",
                        "Jatuh Tempo",
                        "Belum JT",
                        "1-30",
                        "31-60",
                        "61-90",
                        ">90",
                        "Total",
                    ],
                    [
                        "Toko Bougenville",
                        "U-1",
                        D(2026, 8, 1),
                        D(2026, 8, 31),
                        0,
                        0,
                        0,
                        500_000,
                        0,
                        500_000,
                    ],
                    [
                        "Toko Bougenville",
                        "U-2",
                        D(2026, 10, 20),
                        D(2026, 11, 19),
                        700_000,
                        0,
                        0,
                        0,
                        0,
                        700_000,
                    ],
                    [
                        "Toko Kenanga",
                        "U-3",
                        D(2026, 9, 15),
                        D(2026, 10, 15),
                        0,
                        250_000,
                        0,
                        0,
                        0,
                        250_000,
                    ],
                    ["TOTAL", None, None, None, 700_000, 250_000, 0, 500_000, 0, 1_450_000],
                ],
            )
        ],
        (1, 1),
        _figures(1_450_000, 1_450_000, 2, d1to30=700_000, d31to60=250_000, d61to90=500_000),
    ),
    # M-1 0.9M less 0.4M paid, due 1 Oct (52 days); M-2 due 5 Dec.
    "kartu_mutasi.xlsx": (
        [
            (
                "Kartu",
                [
                    ["KARTU PIUTANG"],
                    ["Nama : Toko Cempaka"],
                    [],
                    ["Tanggal", "Uraian", "No. Bukti", "Mutasi Debet", "Mutasi Kredit", "Saldo"],
                    [D(2026, 9, 1), "Penjualan", "M-1", 900_000, None, 900_000],
                    [D(2026, 10, 1), "Pembayaran", "BKM-1", None, 400_000, 500_000],
                    [D(2026, 11, 5), "Penjualan", "M-2", 250_000, None, 750_000],
                ],
            )
        ],
        (1, 1),
        _figures(750_000, 500_000, 1, current=250_000, d31to60=500_000),
    ),
    # Text dates and "Rp" text amounts: KT-1 1M left, due 1 Oct (52 days); KT-2 due 1 Dec.
    "kartu_teks.xlsx": (
        [
            (
                "Toko Kemuning",
                [
                    ["Kartu Piutang - Toko Kemuning"],
                    ["Tgl", "Keterangan", "Faktur", "Debet", "Kredit", "Saldo"],
                    ["01/09/2026", "Jual", "KT-1", "Rp 1.500.000", "", "Rp 1.500.000"],
                    ["15/09/2026", "Bayar", "", "", "Rp 500.000", "Rp 1.000.000"],
                    ["01/11/2026", "Jual", "KT-2", "Rp 200.000", "", "Rp 1.200.000"],
                ],
            )
        ],
        (1, 1),
        _figures(1_200_000, 1_000_000, 1, current=200_000, d31to60=1_000_000),
    ),
    # A journal's openings dated in their label ("per 1 Okt"), due that day (52 days): Lily 1M
    # less 0.6M; Tulip 0.4M, and a sale due 10 Dec.
    "jurnal_saldo_awal.xlsx": (
        [
            (
                "Buku Pembantu",
                [
                    ["Tanggal", "Pelanggan", "Keterangan", "Debit (Rp)", "Kredit (Rp)"],
                    [None, "Toko Lily", "Saldo awal per 1 Okt 2026", 1_000_000, None],
                    [None, "Toko Tulip", "Saldo awal per 1 Okt 2026", 400_000, None],
                    [D(2026, 10, 20), "Toko Lily", "Pelunasan", None, 600_000],
                    [D(2026, 11, 10), "Toko Tulip", "Penjualan", 300_000, None],
                ],
            )
        ],
        (1, 1),
        _figures(1_100_000, 800_000, 2, current=300_000, d31to60=800_000),
    ),
    # F-10 0.6M left, due 31 Oct (22 days); F-11 due 1 Dec; the footer line is no row.
    "daftar_footer.xlsx": (
        [
            (
                "Piutang",
                [
                    ["DAFTAR PIUTANG USAHA"],
                    ["Per 22 November 2026"],
                    [],
                    ["No", "No. Faktur", "Tanggal", "Pelanggan", "Jumlah", "Terbayar", "Sisa"],
                    [1, "F-10", D(2026, 10, 1), "Toko Melati", 1_000_000, 400_000, 600_000],
                    [2, "F-11", D(2026, 11, 1), "Toko Melati", 500_000, 0, 500_000],
                    [3, "F-12", D(2026, 9, 1), "Toko Kantil", 800_000, 800_000, 0],
                    [],
                    [None, "TOTAL", None, None, 2_300_000, 1_200_000, 1_100_000],
                    [],
                    ["Dicetak oleh: admin, 22/11/2026 16:05"],
                ],
            )
        ],
        (1, 1),
        _figures(1_100_000, 600_000, 1, current=500_000, d1to30=600_000),
    ),
    # Paid by customer, no number: the oldest first; B-2 0.3M left, due 31 Oct (22 days).
    "bayar_per_pelanggan.xlsx": (
        [
            (
                "Faktur",
                [
                    ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
                    ["B-1", D(2026, 8, 1), "Toko Seruni", 500_000],
                    ["B-2", D(2026, 10, 1), "Toko Seruni", 500_000],
                ],
            ),
            (
                "Pembayaran",
                [
                    ["Tanggal Bayar", "Pelanggan", "Jumlah Bayar"],
                    [D(2026, 10, 5), "Toko Seruni", 700_000],
                ],
            ),
        ],
        (1, 1),
        _figures(300_000, 300_000, 1, d1to30=300_000),
    ),
    # The name beside its label: A-1 due 31 Oct (22 days), A-2 due 1 Dec; Toko Tas paid.
    "kartu_label_sel.xlsx": (
        [
            (
                "Kartu 1",
                [
                    ["KARTU PIUTANG DAGANG"],
                    ["Nama Pelanggan", "Toko Sepatu Jaya"],
                    ["Alamat", "Jl. Merdeka 5"],
                    [],
                    CARD,
                    [D(2026, 10, 1), "Penjualan", "A-1", 500_000, None, 500_000],
                    [D(2026, 11, 1), "Penjualan", "A-2", 300_000, None, 800_000],
                ],
            ),
            (
                "Kartu 2",
                [
                    ["KARTU PIUTANG DAGANG"],
                    ["Nama Pelanggan", "Toko Tas Indah"],
                    ["Alamat", "Jl. Sudirman 9"],
                    [],
                    CARD,
                    [D(2026, 9, 1), "Penjualan", "B-1", 1_000_000, None, 1_000_000],
                    [D(2026, 9, 20), "Pembayaran", None, None, 1_000_000, 0],
                ],
            ),
        ],
        (1, 1),
        _figures(800_000, 500_000, 1, current=300_000, d1to30=500_000),
    ),
    # C-1 due 4 Nov (18 days); the address and phone lines are no customer.
    "kartu_alamat.xlsx": (
        [
            (
                "Toko X",
                [
                    ["Nama Pelanggan : Toko Payung"],
                    ["Alamat : Jl. Gajah Mada 12, Semarang"],
                    ["Telp : 0812-1111-2222"],
                    [],
                    CARD,
                    [D(2026, 10, 5), "Penjualan", "C-1", 750_000, None, 750_000],
                ],
            )
        ],
        (1, 1),
        _figures(750_000, 750_000, 1, d1to30=750_000),
    ),
    # "Sales" is the salesman: D-1 due 31 Oct, D-2 0.3M left due 1 Nov; D-3 due 2 Dec.
    "daftar_sales.xlsx": (
        [
            (
                "Piutang",
                [
                    ["No Faktur", "Tanggal", "Nama Toko", "Sales", "Jumlah", "Bayar"],
                    ["D-1", D(2026, 10, 1), "Toko Roti Enak", "Budi", 900_000, 0],
                    ["D-2", D(2026, 10, 2), "Toko Kue Manis", "Budi", 400_000, 100_000],
                    ["D-3", D(2026, 11, 2), "Toko Roti Enak", "Sari", 200_000, 0],
                ],
            )
        ],
        (1, 1),
        _figures(1_400_000, 1_200_000, 2, current=200_000, d1to30=1_200_000),
    ),
    # E-1 paid; E-2 due 10 Oct (43 days); E-3 due 30 Nov.
    "daftar_tgl_lunas.xlsx": (
        [
            (
                "Data",
                [
                    [
                        "No. Invoice",
                        "Tgl. Faktur",
                        "Tgl. Jatuh Tempo",
                        "Customer",
                        "Nilai Faktur",
                        "Tgl. Lunas",
                        "Status",
                    ],
                    [
                        "E-1",
                        D(2026, 9, 1),
                        D(2026, 9, 15),
                        "PT Maju",
                        2_000_000,
                        D(2026, 9, 20),
                        "LUNAS",
                    ],
                    ["E-2", D(2026, 9, 10), D(2026, 10, 10), "PT Maju", 1_500_000, None, "BELUM"],
                    ["E-3", D(2026, 11, 1), D(2026, 11, 30), "CV Jaya", 800_000, None, "BELUM"],
                ],
            )
        ],
        (1, 1),
        _figures(2_300_000, 1_500_000, 2, current=800_000, d31to60=1_500_000),
    ),
    # In English, "IDR" amounts: X-1 1M left, due 1 Oct (52 days); X-2 due 1 Dec.
    "export_en.csv": (
        [
            ["Invoice No", "Customer", "Invoice Date", "Due Date", "Amount", "Paid"],
            ["X-1", "Acme Store", "2026-09-01", "2026-10-01", "IDR 1,250,000", "IDR 250,000"],
            ["X-2", "Acme Store", "2026-11-01", "2026-12-01", "IDR 600,000", "0"],
            ["X-3", "Beta Shop", "2026-08-01", "2026-08-31", "IDR 300,000", "IDR 300,000"],
        ],
        (1, 1),
        _figures(1_600_000, 1_000_000, 1, current=600_000, d31to60=1_000_000),
    ),
    # Groups under "Pelanggan:" with "Total <name>": G-1 due 31 Oct, G-2 0.2M due 19 Nov;
    # G-3 due 5 Dec.
    "grup_total_nama.xlsx": (
        [
            (
                "Piutang",
                [
                    ["DAFTAR PIUTANG PER PELANGGAN"],
                    [],
                    ["No Faktur", "Tanggal", "Jumlah", "Dibayar"],
                    ["Pelanggan: Toko Hijau"],
                    ["G-1", D(2026, 10, 1), 500_000, 0],
                    ["G-2", D(2026, 10, 20), 250_000, 50_000],
                    ["Total Toko Hijau", None, 750_000, 50_000],
                    [],
                    ["Pelanggan: Toko Biru"],
                    ["G-3", D(2026, 11, 5), 900_000, 0],
                    ["Total Toko Biru", None, 900_000, 0],
                    [],
                    ["GRAND TOTAL", None, 1_650_000, 50_000],
                ],
            )
        ],
        (1, 1),
        _figures(1_600_000, 700_000, 2, current=900_000, d1to30=700_000),
    ),
    # In thousands: R-1 1.25M less 0.25M, due 31 Oct (22 days); R-2 0.8M due 1 Dec.
    "dalam_ribuan.xlsx": (
        [
            (
                "Piutang",
                [
                    ["DAFTAR PIUTANG (dalam ribuan Rupiah)"],
                    [],
                    ["No Faktur", "Tanggal", "Pelanggan", "Jumlah (Rp 000)", "Dibayar (Rp 000)"],
                    ["R-1", D(2026, 10, 1), "Toko Kayu", 1_250, 250],
                    ["R-2", D(2026, 11, 1), "Toko Kayu", 800, 0],
                ],
            )
        ],
        (1, 1),
        _figures(1_800_000, 1_000_000, 1, current=800_000, d1to30=1_000_000),
    ),
    # The amount after the discount (Total): DS-1 due 31 Oct; DS-2 0.3M due 1 Dec.
    "diskon_total.xlsx": (
        [
            (
                "Penjualan",
                [
                    ["No Faktur", "Tanggal", "Pelanggan", "Subtotal", "Diskon", "Total", "Dibayar"],
                    ["DS-1", D(2026, 10, 1), "Toko Apel", 1_000_000, 100_000, 900_000, 0],
                    ["DS-2", D(2026, 11, 1), "Toko Apel", 500_000, 0, 500_000, 200_000],
                ],
            )
        ],
        (1, 1),
        _figures(1_200_000, 900_000, 1, current=300_000, d1to30=900_000),
    ),
    # With VAT, owed in Sisa: PP-1 due 15 Oct (38 days); PP-2 1M left due 14 Nov (8 days).
    "ppn_grand_total.xlsx": (
        [
            (
                "Faktur Pajak",
                [
                    ["No. Faktur", "Tgl", "Customer", "DPP", "PPN 11%", "Grand Total", "Sisa"],
                    [
                        "PP-1",
                        D(2026, 9, 15),
                        "PT Sejahtera",
                        1_000_000,
                        110_000,
                        1_110_000,
                        1_110_000,
                    ],
                    [
                        "PP-2",
                        D(2026, 10, 15),
                        "PT Sejahtera",
                        2_000_000,
                        220_000,
                        2_220_000,
                        1_000_000,
                    ],
                ],
            )
        ],
        (1, 1),
        _figures(2_110_000, 2_110_000, 1, d1to30=1_000_000, d31to60=1_110_000),
    ),
    # Dated payment columns: BT-1 0.5M left due 1 Oct (52 days); BT-2 due 19 Nov (3 days).
    "bayar_bertanggal.xlsx": (
        [
            (
                "Piutang",
                [
                    [
                        "No Nota",
                        "Tanggal",
                        "Pelanggan",
                        "Jumlah",
                        "Tgl Bayar 1",
                        "Bayar 1",
                        "Tgl Bayar 2",
                        "Bayar 2",
                    ],
                    [
                        "BT-1",
                        D(2026, 9, 1),
                        "Toko Nanas",
                        1_000_000,
                        D(2026, 9, 10),
                        300_000,
                        D(2026, 10, 1),
                        200_000,
                    ],
                    ["BT-2", D(2026, 10, 20), "Toko Nanas", 600_000, None, None, None, None],
                ],
            )
        ],
        (1, 1),
        _figures(1_100_000, 1_100_000, 1, d1to30=600_000, d31to60=500_000),
    ),
    # Tagihan / Pembayaran / Sisa: nota 11 0.5M left due 5 Oct (48 days); nota 12 due 3 Dec.
    "kartu_tagihan_sisa.xlsx": (
        [
            (
                "Toko Jeruk",
                [
                    ["Pelanggan: Toko Jeruk"],
                    ["Tanggal", "Uraian", "Tagihan", "Pembayaran", "Sisa"],
                    [D(2026, 9, 5), "Nota 11", 700_000, None, 700_000],
                    [D(2026, 9, 25), "Transfer", None, 200_000, 500_000],
                    [D(2026, 11, 3), "Nota 12", 400_000, None, 900_000],
                ],
            )
        ],
        (1, 1),
        _figures(900_000, 500_000, 1, current=400_000, d31to60=500_000),
    ),
    # A credit naming INV-2 pays it, the 0.1M over pays INV-1 (0.4M left, due 1 Oct, 52 days).
    "jurnal_ref.xlsx": (
        [
            (
                "Jurnal",
                [
                    ["Tanggal", "Ref", "Pelanggan", "Keterangan", "Debit", "Kredit"],
                    [D(2026, 9, 1), "INV-1", "Toko Mangga", "Penjualan", 500_000, None],
                    [D(2026, 10, 1), "INV-2", "Toko Mangga", "Penjualan", 500_000, None],
                    [D(2026, 10, 10), "INV-2", "Toko Mangga", "Pelunasan INV-2", None, 600_000],
                ],
            )
        ],
        (1, 1),
        _figures(400_000, 400_000, 1, d31to60=400_000),
    ),
    # A return written "(150.000)": 0.85M left, due 31 Oct (22 days).
    "retur_kurung.xlsx": (
        [
            (
                "Piutang",
                [
                    ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
                    ["RK-1", D(2026, 10, 1), "Toko Pisang", "1.000.000"],
                    ["RK-1R", D(2026, 10, 5), "Toko Pisang", "(150.000)"],
                ],
            )
        ],
        (1, 1),
        _figures(850_000, 850_000, 1, d1to30=850_000),
    ),
    # A date as a serial number (46296 is 1 Oct 2026) and one with a time: both due 31 Oct.
    "serial_teks_angka.xlsx": (
        [
            (
                "Data",
                [
                    ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
                    ["SN-1", 46296, "Toko Salak", "1500000"],
                    ["SN-2", "01/10/2026 14:30", "Toko Salak", "250000"],
                ],
            )
        ],
        (1, 1),
        _figures(1_750_000, 1_750_000, 1, d1to30=1_750_000),
    ),
    # The table from C4: TG-1 due 9 Nov (13 days).
    "tabel_geser.xlsx": (
        [
            (
                "Laporan",
                [
                    ["LAPORAN PIUTANG"],
                    ["CV Sumber Rejeki"],
                    [],
                    [],
                    [],
                    [],
                    ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
                    ["TG-1", D(2026, 10, 10), "Toko Durian", 800_000],
                ],
            )
        ],
        (4, 3),
        _figures(800_000, 800_000, 1, d1to30=800_000),
    ),
    # "Jumlah" is a quantity beside "Total": Q-1 0.65M due 31 Oct (22 days), Q-2 0.1M due 1 Dec.
    "qty_harga_total.xlsx": (
        [
            (
                "Penjualan",
                [
                    ["No Faktur", "Tanggal", "Pelanggan", "Barang", "Jumlah", "Harga", "Total"],
                    ["Q-1", D(2026, 10, 1), "Toko Semen", "Semen 50kg", 10, 65_000, 650_000],
                    ["Q-2", D(2026, 11, 1), "Toko Semen", "Paku 1kg", 5, 20_000, 100_000],
                ],
            )
        ],
        (1, 1),
        _figures(750_000, 650_000, 1, current=100_000, d1to30=650_000),
    ),
    # Exported month first: 15 Oct due 14 Nov (8 days), 20 Nov due 20 Dec, 1 Sep due 1 Oct (52).
    "us_dates.csv": (
        [
            ["Invoice", "Customer", "Date", "Amount"],
            ["U-1", "Acme", "10/15/2026", "500000"],
            ["U-2", "Acme", "11/20/2026", "300000"],
            ["U-3", "Acme", "09/01/2026", "200000"],
        ],
        (1, 1),
        _figures(1_000_000, 700_000, 1, current=300_000, d1to30=500_000, d31to60=200_000),
    ),
    # "Pembayaran" is paid, "Tgl Pembayaran" its date: P-1 0.5M and P-2 0.4M, 22 and 18 days.
    "pembayaran_kolom.xlsx": (
        [
            (
                "Piutang",
                [
                    ["No Faktur", "Tanggal", "Pelanggan", "Nilai", "Pembayaran", "Tgl Pembayaran"],
                    ["P-1", D(2026, 10, 1), "Toko Cat", 800_000, 300_000, D(2026, 10, 15)],
                    ["P-2", D(2026, 10, 5), "Toko Cat", 400_000, None, None],
                ],
            )
        ],
        (1, 1),
        _figures(900_000, 900_000, 1, d1to30=900_000),
    ),
    # A code and a name for each customer: two customers.
    "kode_dan_nama.xlsx": (
        [
            (
                "Piutang",
                [
                    ["No Faktur", "Tanggal", "Kode Pelanggan", "Nama Pelanggan", "Jumlah"],
                    ["KN-1", D(2026, 10, 1), "C001", "Toko Gula", 500_000],
                    ["KN-2", D(2026, 10, 2), "C002", "Toko Garam", 400_000],
                    ["KN-3", D(2026, 11, 2), "C001", "Toko Gula", 100_000],
                ],
            )
        ],
        (1, 1),
        _figures(1_000_000, 900_000, 2, current=100_000, d1to30=900_000),
    ),
    # TOP: "14 hari" due 15 Sep (68 days), COD due on its date 1 Oct (52), 45 days due 16 Dec.
    "tempo_kolom_tanggal.xlsx": (
        [
            (
                "Piutang",
                [
                    ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "TOP"],
                    ["TP-1", D(2026, 9, 1), "Toko Susu", 300_000, "14 hari"],
                    ["TP-2", D(2026, 10, 1), "Toko Susu", 200_000, "COD"],
                    ["TP-3", D(2026, 11, 1), "Toko Susu", 100_000, 45],
                ],
            )
        ],
        (1, 1),
        _figures(600_000, 500_000, 1, current=100_000, d31to60=200_000, d61to90=300_000),
    ),
}


def _write(path: Path, content: list[tuple[str, Rows]] | Rows, at: tuple[int, int]) -> None:
    if path.suffix == ".csv":
        delimiter = ";" if path.name == "ekspor_kasir.csv" else ","
        with path.open("w", newline="", encoding="utf-8-sig") as handle:
            csv.writer(handle, delimiter=delimiter).writerows(content)  # type: ignore[arg-type]
        return
    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for title, rows in content:  # type: ignore[misc]
        sheet = book.create_sheet(title)
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                sheet.cell(row=at[0] + i, column=at[1] + j, value=value)
    book.save(path)


@pytest.mark.parametrize("name", sorted(BOOKS))
def test_a_book_written_by_hand_reads_to_its_figures(tmp_path: Path, name: str) -> None:
    content, at, expected = BOOKS[name]
    path = tmp_path / name
    _write(path, content, at)
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    assert {key: payload[key] for key in FIGURES} == expected
    assert not payload["problems"]
