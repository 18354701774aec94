"""Outside round 37 (fixer v): each book written by hand with its figures worked out on paper
as of 22 Nov 2026 (default term 30 days: a sale of 1 Oct is due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from tests.test_books_by_hand import figures, reads_to

OCT_1 = D(2026, 10, 1)


def test_a_status_spelled_as_spoken_not_yet_is_not_paid(tmp_path: Path) -> None:
    # c10: "blom lunas" and "belom lunas" read as paid (330,000 gone silently), "blom" told.
    # Pak Jaja 420,000 + 150,000 = 570,000; Mang Ujang 330,000 + 200,000 = 530,000;
    # Bu Entin paid both ("udh", "sdh lunas"). All due 31 Oct: 1,100,000 in 1-30.
    rows = [
        ["Tanggal", "Nama", "Total", "Status"],
        [OCT_1, "Bu Entin", 350_000, "udh"],
        [OCT_1, "Pak Jaja", 420_000, "blom"],
        [OCT_1, "Mang Ujang", 330_000, "blom lunas"],
        [OCT_1, "Mang Ujang", 200_000, "belom lunas"],
        [OCT_1, "Bu Entin", 100_000, "sdh lunas"],
        [OCT_1, "Pak Jaja", 150_000, "lom byr"],
    ]
    expected = figures(1_100_000, 1_100_000, 2, d1to30=1_100_000)
    payload = reads_to(tmp_path / "status.xlsx", [("Nov", rows)], expected)
    assert payload["per_customer"] == {"Pak Jaja": 570_000, "Mang Ujang": 530_000}


# i06: invoices, and a receipts book with its own numbers, read as more invoices (8,400,000).
# The receipts pay the oldest dues: Bu Maya's F-0044 and Pak Hendra's F-0043 (their numbers
# 0044 and 0045 are the receipts', no invoice's). Left F-0045 2,200,000 and F-0046 700,000,
# of 28 Oct, due 27 Nov: 2,900,000 current.
FAKTUR = [
    ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
    ["F-0043", OCT_1, "Pak Hendra", 1_800_000],
    ["F-0044", OCT_1, "Bu Maya", 950_000],
    ["F-0045", D(2026, 10, 28), "Pak Hendra", 2_200_000],
    ["F-0046", D(2026, 10, 28), "Bu Maya", 700_000],
]


def _receipts(payer: str) -> list[list[object]]:
    return [
        ["BUKU KWITANSI"],
        ["No. Kwitansi", "Tanggal", payer, "Jumlah"],
        ["0044", D(2026, 11, 15), "Bu Maya", 950_000],
        ["0045", D(2026, 11, 18), "Pak Hendra", 1_800_000],
    ]


def test_a_sheet_named_for_receipts_lists_payments(tmp_path: Path) -> None:
    expected = figures(2_900_000, 0, 2, current=2_900_000)
    sheets = [("Faktur", FAKTUR), ("Kwitansi", _receipts("Pelanggan"))]
    payload = reads_to(tmp_path / "kwitansi.xlsx", sheets, expected)
    assert payload["per_customer"] == {"Pak Hendra": 2_200_000, "Bu Maya": 700_000}


def test_a_sheet_whose_customer_is_who_paid_lists_payments(tmp_path: Path) -> None:
    # The same receipts on a sheet named for nothing: "Diterima Dari" says they came in.
    expected = figures(2_900_000, 0, 2, current=2_900_000)
    sheets = [("Faktur", FAKTUR), ("Nov", _receipts("Diterima Dari"))]
    payload = reads_to(tmp_path / "kwitansi.xlsx", sheets, expected)
    assert payload["per_customer"] == {"Pak Hendra": 2_200_000, "Bu Maya": 700_000}


def test_a_consignments_kembali_below_its_value_is_goods_brought_back(tmp_path: Path) -> None:
    # c06: "Nilai Titip | Kembali | Setor", the Setor never more than the value: no change
    # from cash handed over, the bread not sold and brought back. It was neither read nor told
    # (2,020,000). Owed Nilai - Kembali - Setor:
    # Toko Roti Ibu 600,000 - 120,000 - 480,000 = 0 and 650,000 - 90,000 - 300,000 = 260,000
    # (15 Oct, due 14 Nov: 1-30); Kantin Kampus 450,000 - 60,000 - 200,000 = 190,000 (8 Oct,
    # due 7 Nov: 1-30) and 500,000 (10 Nov: current); Minimarket Sari 800,000 (current).
    rows = [
        ["TITIPAN ROTI - DAPUR MAMA"],
        ["Tanggal", "Toko", "Nilai Titip", "Kembali", "Setor"],
        [OCT_1, "Toko Roti Ibu", 600_000, 120_000, 480_000],
        [D(2026, 10, 8), "Kantin Kampus", 450_000, 60_000, 200_000],
        [D(2026, 10, 15), "Toko Roti Ibu", 650_000, 90_000, 300_000],
        [D(2026, 11, 1), "Minimarket Sari", 800_000, 0, 0],
        [D(2026, 11, 10), "Kantin Kampus", 500_000, 0, 0],
    ]
    expected = figures(1_750_000, 450_000, 3, current=1_300_000, d1to30=450_000)
    payload = reads_to(tmp_path / "titipan.xlsx", [("Titipan", rows)], expected)
    assert payload["per_customer"] == {
        "Kantin Kampus": 690_000,
        "Toko Roti Ibu": 260_000,
        "Minimarket Sari": 800_000,
    }


# j08 / j06: "Jumlah (pcs) | Harga | Ongkir", no line total. The count was not taken for one
# (Harga + Ongkir billed, 32,000); "Hrg" was unknown and the count added to rupiah (20,696).
# Toko Maju 144 x 2,500 + 10,000 = 370,000 and 72 x 8,500 + 10,000 = 622,000: 992,000;
# Toko Rejeki 480 x 1,000 = 480,000. Of November: 1,472,000 current.
def _counted(count: str, price: str) -> list[list[object]]:
    return [
        ["Tanggal", "Toko", "Barang", count, price, "Ongkir"],
        [D(2026, 11, 1), "Toko Maju", "Sabun batang", 144, 2_500, 10_000],
        [D(2026, 11, 8), "Toko Rejeki", "Shampo sachet", 480, 1_000, 0],
        [D(2026, 11, 15), "Toko Maju", "Pasta gigi", 72, 8_500, 10_000],
    ]


@pytest.mark.parametrize(
    ("count", "price"),
    [("Jumlah (pcs)", "Harga"), ("Qty (dus)", "Harga"), ("Jumlah (kg)", "Harga Satuan")],
)
def test_a_count_named_with_its_unit_is_a_count(tmp_path: Path, count: str, price: str) -> None:
    expected = figures(1_472_000, 0, 2, current=1_472_000)
    payload = reads_to(tmp_path / "nota.xlsx", [("Nov", _counted(count, price))], expected)
    assert payload["per_customer"] == {"Toko Maju": 992_000, "Toko Rejeki": 480_000}


@pytest.mark.parametrize(
    ("count", "price"), [("Jml (pcs)", "Hrg"), ("Jml", "Hrg"), ("Qty", "Hrg Satuan")]
)
def test_hrg_is_harga(tmp_path: Path, count: str, price: str) -> None:
    # j06: "Hrg" unknown, told unread, and the count added to the freight as rupiah (20,696;
    # Toko Rejeki owing Rp 480). Figures as j08's above.
    expected = figures(1_472_000, 0, 2, current=1_472_000)
    payload = reads_to(tmp_path / "nota.xlsx", [("Nov", _counted(count, price))], expected)
    assert payload["per_customer"] == {"Toko Maju": 992_000, "Toko Rejeki": 480_000}


# i07: a payment whose note names several invoices short ("Pelunasan inv 45, 46") paid 0045
# only, the rest the oldest invoice (0040), leaving 0046 open. PT Kirana: 0040 3,300,000 due
# 18 Oct (35 days: 31-60), 0045 2,100,000 and 0046 1,400,000 paid by the 3,500,000, 0051
# 2,600,000 due 4 Dec (current): 5,900,000 owed, 3,300,000 of it overdue.
KIRANA = [
    ["Invoice No", "Date", "Customer", "Amount", "Due Date"],
    ["INV/2026/09/0040", D(2026, 9, 18), "PT Kirana", 3_300_000, D(2026, 10, 18)],
    ["INV/2026/10/0045", D(2026, 10, 7), "PT Kirana", 2_100_000, D(2026, 11, 6)],
    ["INV/2026/10/0046", D(2026, 10, 14), "PT Kirana", 1_400_000, D(2026, 11, 13)],
    ["INV/2026/11/0051", D(2026, 11, 4), "PT Kirana", 2_600_000, D(2026, 12, 4)],
]


@pytest.mark.parametrize(
    "note", ["Pelunasan inv 45, 46", "inv 45 & 46", "Pelunasan inv 45, inv 46"]
)
def test_a_note_naming_several_invoices_short_pays_each(tmp_path: Path, note: str) -> None:
    payments = [
        ["Date", "Customer", "Description", "Amount"],
        [D(2026, 11, 10), "PT Kirana", note, 3_500_000],
    ]
    expected = figures(5_900_000, 3_300_000, 1, current=2_600_000, d31to60=3_300_000)
    sheets = [("Invoices", KIRANA), ("Payments", payments)]
    reads_to(tmp_path / "inv.xlsx", sheets, expected)
