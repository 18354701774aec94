"""Round 48 of the outside testers (fixer 48): books kept for years, each written by hand with
its figures worked out on paper as of 22 Nov 2026 (default term 30 days: a sale of 1 Oct is
due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to

CARD = ["Tanggal", "No. Faktur", "Keterangan", "Debet", "Kredit", "Saldo"]


# Round 48 rename_kartu: the 2026 card of a customer renamed ("TB Makmur Jaya", once "Toko
# Makmur") opens with "Saldo awal (pindahan kartu Toko Makmur 2025)" 2,300,000, what the 2025
# card under the old name leaves owing (2,600,000 + 700,000 - 1,000,000). It was counted again,
# the old card's 2,300,000 beside the new. One customer: payments 1,000,000 + 1,600,000 +
# 500,000 = 3,100,000 pay F-2520 and 400,000 of F-2544 (200,000 left, due 9 Jan 2026: 90+);
# F-2631 1,800,000 due 14 Nov (1-30); Bu Wulan F-2625 1,250,000 due 31 Oct (1-30).
OLD_CARD = [
    ["KARTU PIUTANG"],
    ["Nama Pelanggan : Toko Makmur"],
    [],
    CARD,
    [D(2025, 8, 4), "F-2520", "Penjualan", 2_600_000, None, 2_600_000],
    [D(2025, 9, 15), None, "Pembayaran tunai", None, 1_000_000, 1_600_000],
    [D(2025, 12, 10), "F-2544", "Penjualan", 700_000, None, 2_300_000],
]
WULAN = [
    ["KARTU PIUTANG"],
    ["Nama Pelanggan : Bu Wulan"],
    [],
    CARD,
    [D(2026, 10, 1), "F-2625", "Penjualan", 1_250_000, None, 1_250_000],
]


def _new_card(label: str) -> list[list[object]]:
    return [
        ["KARTU PIUTANG"],
        ["Nama Pelanggan : TB Makmur Jaya"],
        [],
        CARD,
        [D(2026, 1, 1), None, label, 2_300_000, None, 2_300_000],
        [D(2026, 3, 20), None, "Pembayaran transfer", None, 1_600_000, 700_000],
        [D(2026, 10, 15), "F-2631", "Penjualan", 1_800_000, None, 2_500_000],
        [D(2026, 11, 10), None, "Pembayaran transfer", None, 500_000, 2_000_000],
    ]


def test_an_opening_naming_the_card_it_carries_from_counts_that_card_once(
    tmp_path: Path,
) -> None:
    sheets = [
        ("Toko Makmur 2025", OLD_CARD),
        ("TB Makmur Jaya 2026", _new_card("Saldo awal (pindahan kartu Toko Makmur 2025)")),
        ("Bu Wulan 2026", WULAN),
    ]
    expected = figures(3_250_000, 3_250_000, 2, d1to30=3_050_000, over90=200_000)
    payload = reads_to(tmp_path / "kartu.xlsx", sheets, expected)
    assert payload["per_customer"] == {"TB Makmur Jaya": 2_000_000, "Bu Wulan": 1_250_000}


# Its look-alike: a 2026 card opening with a plain "Saldo awal", beside another customer's
# 2025 card that happens to close on the same figure, names no card: two customers, each owing
# their own. Toko Makmur 2,300,000 (of which F-2520's 1,600,000 due 3 Sep 2025 and F-2544's
# 700,000 due 9 Jan 2026: 90+); TB Makmur Jaya's opening 2,300,000 of 1 Jan (90+) and F-2631
# 1,800,000 (1-30) less 2,100,000 paid: 200,000 of the opening left, 90+; Bu Wulan 1-30.
def test_a_plain_opening_beside_another_customers_card_is_that_customers_own(
    tmp_path: Path,
) -> None:
    sheets = [
        ("Toko Makmur 2025", OLD_CARD),
        ("TB Makmur Jaya 2026", _new_card("Saldo awal")),
        ("Bu Wulan 2026", WULAN),
    ]
    expected = figures(5_550_000, 5_550_000, 3, d1to30=3_050_000, over90=2_500_000)
    reads_to(tmp_path / "kartu.xlsx", sheets, expected)


# Round 48 kartu_tutup_tahun: Pak Joko's card runs across the year end, closing 2025 with
# "SALDO AKHIR 2025" and opening 2026 with "SALDO AWAL 2026", both written in the Saldo column
# alone (800,000, what the rows above leave). The second was read as a new debt of 800,000 and
# its Saldo told wrong. It repeats the running balance: SJ-101 2,000,000 and SJ-150 1,700,000
# less 2,000,000 paid leave SJ-150's 1,700,000 (due 14 May: 90+); SJ-199 600,000 of 1 Nov is
# current. Pak Joko owes 2,300,000, the card's own Saldo.
def _joko(*year_end: list[object]) -> list[list[object]]:
    return [
        ["KARTU PIUTANG"],
        ["Nama : Pak Joko"],
        [],
        ["Tanggal", "No SJ", "Keterangan", "Debet", "Kredit", "Saldo"],
        [D(2025, 9, 10), "SJ-101", "Penjualan", 2_000_000, None, 2_000_000],
        [D(2025, 10, 25), None, "Bayar", None, 1_200_000, 800_000],
        *year_end,
        [D(2026, 4, 14), "SJ-150", "Penjualan", 1_700_000, None, 2_500_000],
        [D(2026, 5, 30), None, "Bayar", None, 800_000, 1_700_000],
        [D(2026, 11, 1), "SJ-199", "Penjualan", 600_000, None, 2_300_000],
    ]


def test_a_saldo_awal_inside_a_card_repeating_its_saldo_is_no_new_debt(tmp_path: Path) -> None:
    card = _joko(
        [D(2025, 12, 31), None, "SALDO AKHIR 2025", None, None, 800_000],
        [D(2026, 1, 1), None, "SALDO AWAL 2026", None, None, 800_000],
    )
    expected = figures(2_300_000, 1_700_000, 1, current=600_000, over90=1_700_000)
    reads_to(tmp_path / "kartu.xlsx", [("Pak Joko", card)], expected)
    alone = _joko([D(2026, 1, 1), None, "SALDO AWAL 2026", None, None, 800_000])
    reads_to(tmp_path / "alone.xlsx", [("Pak Joko", alone)], expected)


# Its look-alike: a card that opens with "Saldo awal" in the Saldo column alone, right under
# its header, is an opening balance of its own: 500,000 of 1 Jan (90+) and 300,000 of 1 Nov.
def test_a_saldo_awal_heading_a_card_is_its_opening_balance(tmp_path: Path) -> None:
    card = [
        ["KARTU PIUTANG"],
        ["Nama : Pak Joko"],
        [],
        ["Tanggal", "No SJ", "Keterangan", "Debet", "Kredit", "Saldo"],
        [D(2026, 1, 1), None, "SALDO AWAL 2026", None, None, 500_000],
        [D(2026, 11, 1), "SJ-199", "Penjualan", 300_000, None, 800_000],
    ]
    expected = figures(800_000, 500_000, 1, current=300_000, over90=500_000)
    reads_to(tmp_path / "kartu.xlsx", [("Pak Joko", card)], expected)


# Round 48 credit_carried: Toko Kurnia overpaid K-25-88 by 250,000 in 2025 (Sisa -250,000),
# and 2026 opens with "Saldo awal 2026 (titipan)" -250,000, the same credit carried. It was
# taken off twice (K-26-12 left at 500,000). Once: K-26-12 1,000,000 - 250,000 = 750,000 (due
# 19 Nov: 1-30); Pak Rudi's K-26-15 2,000,000 current; Bu Endah's 100,000 overpaid, a credit.
LIST = ["Tanggal", "No Nota", "Pelanggan", "Keterangan", "Jumlah", "Bayar", "Sisa"]
KURNIA_2025 = [
    ["PIUTANG 2025"],
    LIST,
    [D(2025, 11, 10), "K-25-88", "Toko Kurnia", "lebih bayar", 1_200_000, 1_450_000, -250_000],
    [D(2025, 12, 1), "K-25-91", "Pak Rudi", None, 1_800_000, 1_800_000, 0],
]
CARRIED_CREDIT = [D(2026, 1, 1), None, "Toko Kurnia", "Saldo awal 2026 (titipan)", -250_000,
                  None, -250_000]  # fmt: skip
KURNIA_2026 = [
    ["PIUTANG 2026"],
    LIST,
    [D(2026, 9, 1), "K-26-09", "Bu Endah", None, 500_000, 600_000, -100_000],
    [D(2026, 10, 20), "K-26-12", "Toko Kurnia", None, 1_000_000, 0, 1_000_000],
    [D(2026, 11, 5), "K-26-15", "Pak Rudi", None, 2_000_000, 0, 2_000_000],
]


def test_a_credit_carried_beside_the_overpayment_it_repeats_counts_once(tmp_path: Path) -> None:
    this_year = [*KURNIA_2026[:2], CARRIED_CREDIT, *KURNIA_2026[2:]]
    expected = figures(
        2_750_000, 750_000, 2, {"Bu Endah": 100_000}, current=2_000_000, d1to30=750_000
    )
    reads_to(tmp_path / "piutang.xlsx", [("2025", KURNIA_2025), ("2026", this_year)], expected)


# Its look-alike: the carried credit alone, its 2025 sheet not in the book, is the customer's
# credit all the same: K-26-12 750,000 again.
def test_a_credit_carried_with_nothing_behind_it_is_a_credit(tmp_path: Path) -> None:
    this_year = [*KURNIA_2026[:2], CARRIED_CREDIT, *KURNIA_2026[2:]]
    expected = figures(
        2_750_000, 750_000, 2, {"Bu Endah": 100_000}, current=2_000_000, d1to30=750_000
    )
    reads_to(tmp_path / "piutang.xlsx", [("2026", this_year)], expected)


# Round 48 contoh_terisi: a first sheet "Contoh" ("CONTOH CARA MENGISI") holding made-up rows
# ("Toko ABC" 1,000,000 paid 500,000; "Bapak XYZ" 250,000, both of January 2024) was read as
# debt, 750,000 of 90+. An example is left aside and told: Toko Anugrah NP-1009 1,200,000 (due
# 8 Nov, 1-30) and NP-1104 2,300,000 - 800,000 = 1,500,000 current; Pak Budiman 1,750,000.
NOTA = ["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Dibayar"]
MONTHS_ON = [
    ("Okt 2026", [NOTA, ["NP-1009", D(2026, 10, 9), "Toko Anugrah", 1_200_000, 0]]),
    ("Nop 2026", [
        NOTA,
        ["NP-1102", D(2026, 11, 3), "Pak Budiman", 1_750_000, 0],
        ["NP-1104", D(2026, 11, 10), "Toko Anugrah", 2_300_000, 800_000],
    ]),
]  # fmt: skip


def test_an_example_sheet_of_made_up_rows_is_left_aside(tmp_path: Path) -> None:
    example = [
        ["CONTOH CARA MENGISI (jangan diubah)"],
        NOTA,
        ["001", D(2024, 1, 5), "Toko ABC", 1_000_000, 500_000],
        ["002", D(2024, 1, 8), "Bapak XYZ", 250_000, 0],
    ]
    expected = figures(4_450_000, 1_200_000, 2, current=3_250_000, d1to30=1_200_000)
    for name in ("Contoh", "TEMPLATE"):
        payload = reads_to(tmp_path / f"{name}.xlsx", [(name, example), *MONTHS_ON], expected)
        ignored = payload["ignored_sheets"]
        assert [s["sheet"] for s in ignored] == [name]
        assert f"'{name}'" in ignored[0]["reason"]


# Its look-alike: a customer's card on a sheet named for a customer with "Contoh" in the name
# ("Toko Contoh Jaya") is read: 400,000 of 1 Nov, current, beside the month sheets.
def test_a_sheet_named_for_a_customer_called_contoh_is_read(tmp_path: Path) -> None:
    card = [
        ["KARTU PIUTANG"],
        ["Nama : Toko Contoh Jaya"],
        [],
        CARD,
        [D(2026, 11, 1), "NP-1101", "Penjualan", 400_000, None, 400_000],
    ]
    expected = figures(4_850_000, 1_200_000, 3, current=3_650_000, d1to30=1_200_000)
    reads_to(tmp_path / "buku.xlsx", [("Toko Contoh Jaya", card), *MONTHS_ON], expected)


# Round 48 buku_bon_toko_ani: month sheets "DES 25" and "NOV 26" with dates typed "05/12",
# "14/11" and no year anywhere else: the file was refused. Two digits after a month's name are
# its year: Toko Ani's 2,000,000 of 5 Dec 2025 less 500,000 (due 4 Jan 2026: 90+) and Pak
# Yanto's 700,000 of 14 Nov 2026 (current).
BON = ["No", "Tgl", "Nama", "Jumlah", "Bayar"]


def test_two_digits_after_a_month_sheets_name_are_its_year(tmp_path: Path) -> None:
    sheets = [
        ("DES 25", [BON, ["DJ-03", "05/12", "Toko Ani", 2_000_000, 500_000]]),
        ("NOV 26", [BON, ["DJ-25", "14/11", "Pak Yanto", 700_000, 0]]),
    ]
    expected = figures(2_200_000, 1_500_000, 2, current=700_000, over90=1_500_000)
    reads_to(tmp_path / "bon.xlsx", sheets, expected)
