"""Round 45 of the outside testers (fixer 45): each book written by hand with its figures
worked out on paper as of 22 Nov 2026 (default term 30 days: a sale of 1 Oct is due 31 Oct,
22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from tests.test_books_by_hand import CARD, figures, reads_to

# Round 45 04: an online shop's list keeps the goods' price and the shipping apart, "Harga
# Barang | Ongkir", and no Total. "Harga Barang" named no field: Ongkir alone became each
# sale's amount (outstanding 0, credits made up). Each nota owes Harga Barang + Ongkir -
# Dibayar: OL-301 0; OL-302 1,240,000 + 48,000 - 600,000 = 688,000 (18 Sep, due 18 Oct, 35
# days late); OL-303 560,000 + 22,000 = 582,000 (7 Oct, due 6 Nov, 16 days late); OL-304 0;
# OL-305 730,000 + 30,000 = 760,000 (14 Nov, current). 2,030,000, 1,270,000 overdue.
ONLINE_SHOP = [
    ["No Nota", "Tgl", "Pembeli", "Harga Barang", "Ongkir", "Dibayar"],
    ["OL-301", D(2026, 8, 22), "Rina Boutique", 850_000, 35_000, 885_000],
    ["OL-302", D(2026, 9, 18), "Toko Hijab Aisyah", 1_240_000, 48_000, 600_000],
    ["OL-303", D(2026, 10, 7), "Rina Boutique", 560_000, 22_000, 0],
    ["OL-304", D(2026, 10, 29), "Kak Dewi Reseller", 2_150_000, 75_000, 2_225_000],
    ["OL-305", D(2026, 11, 14), "Toko Hijab Aisyah", 730_000, 30_000, 0],
]


@pytest.mark.parametrize("price", ["Harga Barang", "Harga Produk", "Harga Item", "Item Price"])
def test_the_goods_price_beside_the_freight_is_the_amount(tmp_path: Path, price: str) -> None:
    expected = figures(2_030_000, 1_270_000, 2, current=760_000, d1to30=582_000, d31to60=688_000)
    header = [price if cell == "Harga Barang" else cell for cell in ONLINE_SHOP[0]]
    rows = [header, *ONLINE_SHOP[1:]]
    payload = reads_to(tmp_path / "penjualan.xlsx", [("Penjualan", rows)], expected)
    assert payload["per_customer"] == {"Toko Hijab Aisyah": 1_448_000, "Rina Boutique": 582_000}


# Its look-alike: beside a Total, "Harga Barang" and "Ongkir" are its parts, the Total owed
# (not the Total and the freight again). OL-302 1,288,000 - 600,000 = 688,000 (35 days late);
# OL-303 582,000 (16 days late).
def test_the_goods_price_and_the_freight_beside_a_total_are_its_parts(tmp_path: Path) -> None:
    rows = [
        ["No Nota", "Tgl", "Pembeli", "Harga Barang", "Ongkir", "Total", "Dibayar"],
        ["OL-301", D(2026, 8, 22), "Rina Boutique", 850_000, 35_000, 885_000, 885_000],
        ["OL-302", D(2026, 9, 18), "Toko Hijab Aisyah", 1_240_000, 48_000, 1_288_000, 600_000],
        ["OL-303", D(2026, 10, 7), "Rina Boutique", 560_000, 22_000, 582_000, 0],
    ]
    expected = figures(1_270_000, 1_270_000, 2, d1to30=582_000, d31to60=688_000)
    reads_to(tmp_path / "penjualan.xlsx", [("Penjualan", rows)], expected)


# Round 45 13 (look-alike): KL-93's note "harga sdh termasuk potongan 10%" says the price
# holds the discount already; nothing was paid and its Sisa is its whole 800,000. The note
# made the row a return: 800,000 gone and 185,000 of credit. KL-91 1,050,000 - 500,000 =
# 550,000 (24 Aug, due 23 Sep, 60 days late; "pot. 50rb kalau lunas" not taken); KL-93
# 800,000 (8 Oct, due 7 Nov, 15 days late); KL-94 200,000 and KL-95 615,000 current.
def _discount_noted(note: str) -> list[list[object]]:
    return [
        ["Tgl", "No Nota", "Pelanggan", "Jumlah", "Bayar", "Sisa", "Ket"],
        [D(2026, 8, 24), "KL-91", "CV Sinar Abadi", 1_050_000, 500_000, 550_000,
         "pot. 50rb kalau lunas sblm tgl 30"],
        [D(2026, 9, 17), "KL-92", "Toko Listrik Terang", 2_300_000, 2_300_000, 0, None],
        [D(2026, 10, 8), "KL-93", "Bengkel Jaya Motor", 800_000, 0, 800_000, note],
        [D(2026, 10, 29), "KL-94", "CV Sinar Abadi", 1_200_000, 1_000_000, 200_000,
         "sisa 200rb minggu depan"],
        [D(2026, 11, 14), "KL-95", "Bengkel Jaya Motor", 615_000, 0, 615_000, None],
    ]  # fmt: skip


def test_a_discount_the_price_holds_already_makes_no_return(tmp_path: Path) -> None:
    expected = figures(2_165_000, 1_350_000, 2, current=815_000, d1to30=800_000, d31to60=550_000)
    for at, note in enumerate(["harga sdh termasuk potongan 10%", "potongan 10%",
                               "harga sudah termasuk diskon"]):  # fmt: skip
        path = tmp_path / f"nota{at}.xlsx"
        payload = reads_to(path, [("Nota", _discount_noted(note))], expected)
        assert payload["per_customer"] == {
            "Bengkel Jaya Motor": 1_415_000,
            "CV Sinar Abadi": 750_000,
        }
        assert payload["returns"] == 0


# Its look-alike: a row of goods sent back whose note says what the return holds ("Retur
# barang rusak (termasuk ongkir)") is still the return: Bengkel Jaya Motor's 615,000 less
# the 200,000 sent back is 415,000 (14 Nov, current).
def test_a_return_that_holds_its_freight_is_still_a_return(tmp_path: Path) -> None:
    rows = [
        ["Tgl", "No Nota", "Pelanggan", "Jumlah", "Bayar", "Ket"],
        [D(2026, 11, 14), "KL-95", "Bengkel Jaya Motor", 615_000, 0, None],
        [D(2026, 11, 16), "R-01", "Bengkel Jaya Motor", 200_000, 0,
         "Retur barang rusak (termasuk ongkir)"],
    ]  # fmt: skip
    payload = reads_to(
        tmp_path / "nota.xlsx", [("Nota", rows)], figures(415_000, 0, 1, current=415_000)
    )
    assert payload["returns"] == 200_000


# Round 45 13 (fire): KT-85 615,000, paid 600,000, Sisa 0, "pot 15rb pembulatan": the
# discount written "pot" with no dot was not read, 15,000 left owed and the book's right Sisa
# told as a mismatch. KT-82 2,300,000 - 1,000,000 = 1,300,000 (15 Sep, due 15 Oct, 38 days
# late); KT-84 1,450,000 (26 Oct, due 25 Nov, current); KT-81, KT-83 and KT-85 settled.
DISCOUNTS_TAKEN = [
    ["Tgl", "No Nota", "Pelanggan", "Jumlah", "Bayar", "Sisa", "Ket"],
    [D(2026, 8, 21), "KT-81", "CV Sinar Abadi", 1_050_000, 1_000_000, 0,
     "pot. 50.000 (barang penyok)"],
    [D(2026, 9, 15), "KT-82", "Toko Listrik Terang", 2_300_000, 1_000_000, 1_300_000, None],
    [D(2026, 10, 4), "KT-83", "CV Sinar Abadi", 880_000, 800_000, 0,
     "potongan 80rb krn telat kirim"],
    [D(2026, 10, 26), "KT-84", "Toko Listrik Terang", 1_450_000, 0, 1_450_000, None],
    [D(2026, 11, 13), "KT-85", "Bengkel Jaya Motor", 615_000, 600_000, 0,
     "pot 15rb pembulatan"],
]  # fmt: skip


def test_a_discount_written_pot_without_a_dot_is_read(tmp_path: Path) -> None:
    expected = figures(2_750_000, 1_300_000, 1, current=1_450_000, d31to60=1_300_000)
    payload = reads_to(tmp_path / "nota.xlsx", [("Nota", DISCOUNTS_TAKEN)], expected)
    assert payload["returns"] == 50_000 + 80_000 + 15_000


# Its look-alike: "pot 15rb" where the row's own Sisa says the 15,000 is still owed (615,000
# = 600,000 paid + 15,000 left): nothing taken off, KT-85 owes 15,000 (13 Nov, current).
def test_a_pot_the_rows_sisa_leaves_owed_takes_nothing_off(tmp_path: Path) -> None:
    rows = [
        DISCOUNTS_TAKEN[0],
        [D(2026, 11, 13), "KT-85", "Bengkel Jaya Motor", 615_000, 600_000, 15_000,
         "pot 15rb blm dibayar"],
    ]  # fmt: skip
    payload = reads_to(
        tmp_path / "nota.xlsx", [("Nota", rows)], figures(15_000, 0, 1, current=15_000)
    )
    assert payload["returns"] == 0


# Round 45 14 (look-alike): Bu Sumi's card opens with a numbered sale, PJ-0088 "Ambil Urea
# (saldo lalu sdh lunas)": her old balance is settled, the row is a sale due 30 days on (3
# Sep, due 3 Oct). It was read as an opening due on its own date (80 days, 61-90). She paid
# 260,000: 500,000 at 50 days late (31-60). Pak Darto: PJ-0101 1,300,000 (10 Oct, due 9 Nov,
# 13 days late) less 300,000 = 1,000,000; PJ-0117 450,000 (6 Nov, current).
def _kios_tani(note: str, number: str | None = "PJ-0088") -> list[tuple[str, list[list[object]]]]:
    darto = [
        ["KARTU PIUTANG KIOS TANI"],
        ["Nama Pelanggan : Pak Darto"],
        [],
        CARD,
        [D(2026, 10, 10), "Awal musim: pupuk & bibit", "PJ-0101", 1_300_000, None, 1_300_000],
        [D(2026, 10, 24), "Bayar", None, None, 300_000, 1_000_000],
        [D(2026, 11, 6), "Obat hama", "PJ-0117", 450_000, None, 1_450_000],
    ]
    sumi = [
        ["KARTU PIUTANG KIOS TANI"],
        ["Nama Pelanggan : Bu Sumi"],
        [],
        CARD,
        [D(2026, 9, 3), note, number, 760_000, None, 760_000],
        [D(2026, 10, 15), "Setor tunai", None, None, 260_000, 500_000],
    ]
    return [("Pak Darto", darto), ("Bu Sumi", sumi)]


def test_a_numbered_sale_noting_the_old_balance_is_no_opening(tmp_path: Path) -> None:
    expected = figures(1_950_000, 1_500_000, 2, current=450_000, d1to30=1_000_000, d31to60=500_000)
    for at, note in enumerate(["Ambil Urea (saldo lalu sdh lunas)",
                               "Saldo lalu lunas, ambil Urea",
                               "Ambil Urea (saldo lalu sdh dibayar)"]):  # fmt: skip
        payload = reads_to(tmp_path / f"kartu{at}.xlsx", _kios_tani(note), expected)
        assert payload["per_customer"] == {"Pak Darto": 1_450_000, "Bu Sumi": 500_000}
    # Without a number of its own, the note about the old balance is still no opening.
    reads_to(tmp_path / "kartu_bon.xlsx", _kios_tani("Ambil Urea (saldo lalu sdh lunas)", None),
             expected)  # fmt: skip


# Its look-alike: the old balance itself, written as the card's first line ("Saldo lalu",
# numbered by the program or not), is an opening due on its own date: 3 Sep, 80 days late
# (61-90).
def test_an_old_balance_of_its_own_stays_an_opening(tmp_path: Path) -> None:
    expected = figures(1_950_000, 1_500_000, 2, current=450_000, d1to30=1_000_000, d61to90=500_000)
    for at, number in enumerate([None, "SA-0001"]):
        reads_to(tmp_path / f"kartu{at}.xlsx", _kios_tani("Saldo lalu", number), expected)
