"""Round 55 of the outside testers (fixer 55a): terms stated once above the rows they cover,
for a table (its title line), a card (the lines above its header) or a group (the line under
its heading). Each book written by hand with its figures worked out on paper as of 22 Nov 2026
(default term 30 days: a sale of 8 Oct is due 7 Nov, 15 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import CARD, figures, reads_to

# Round 55 b14: "Catatan: semua faktur tempo 45 hari dari tgl faktur" over the list was read as
# nothing, every invoice due after 30 days, silently. F1 (10 Jul) 4,000,000 is due 24 Aug: 90
# days late, 61-90 (not 90+); F2 (8 Oct) 3,000,000 is due 22 Nov: current (not 1-30). F3's own
# Jatuh Tempo wins: due 8 Oct, 45 days late, 31-60 (after 45 days it would be 1-30).
TITLE_TERMS = [
    ["TOKO KAIN SRI REJEKI - DAFTAR PIUTANG PELANGGAN"],
    ["Catatan: semua faktur tempo 45 hari dari tgl faktur"],
    [],
    ["No. Faktur", "Tgl", "Pelanggan", "Nilai", "Terbayar", "Jatuh Tempo"],
    ["F1", D(2026, 7, 10), "Toko A", 4_800_000, 800_000, None],
    ["F2", D(2026, 10, 8), "Toko B", 3_000_000, 0, None],
    ["F3", D(2026, 9, 8), "Toko A", 1_000_000, 0, D(2026, 10, 8)],
]


def test_a_term_in_the_title_line_is_every_invoice_s_without_its_own(tmp_path: Path) -> None:
    expected = figures(
        8_000_000, 5_000_000, 2, current=3_000_000, d31to60=1_000_000, d61to90=4_000_000
    )
    payload = reads_to(tmp_path / "piutang.xlsx", [("Piutang", TITLE_TERMS)], expected)
    assert payload["default_term_used"] == 0


# Round 55 b15: a merged title "Termin pembayaran: 21 hari dari tanggal faktur". SP-1 (25 Oct)
# 990,000 is due 15 Nov, 7 days late (not current); SP-3 (1 Sep) 7,250,000 due 22 Sep, 61
# days, 61-90 (not 31-60); SP-2 (1 Nov) 2,850,000 due 22 Nov, current.
MERGED_TITLE_TERMS = [
    ["CV SUMBER PANGAN - PIUTANG DAGANG"],
    ["Termin pembayaran: 21 hari dari tanggal faktur"],
    [],
    ["No", "Tgl Faktur", "No Faktur", "Nama Customer", "Jumlah Tagihan", "Sudah Bayar"],
    [1, D(2026, 10, 25), "SP-1", "Katering Berkah", 990_000, 0],
    [2, D(2026, 11, 1), "SP-2", "Hotel Sahid", 2_850_000, 0],
    [3, D(2026, 9, 1), "SP-3", "Hotel Sahid", 7_250_000, 0],
]


def test_a_term_in_a_merged_title_is_read(tmp_path: Path) -> None:
    expected = figures(
        11_090_000, 8_240_000, 2, current=2_850_000, d1to30=990_000, d61to90=7_250_000
    )
    sheets = [("Piutang Dagang", MERGED_TITLE_TERMS)]
    reads_to(tmp_path / "piutang.xlsx", sheets, expected, merges=["A1:F1", "A2:F2"])


# Round 55 b18, b19, b39: a card per sheet, its terms under the customer's name ("Tempo: 60
# hari") or at the top of the card ("TOP : 45 hari"). Toko Makmur (60 days): F-201 (24 Jul)
# 5,000,000 less the unnamed 2,000,000 = 3,000,000 due 22 Sep, 61 days, 61-90 (not 90+);
# F-230 (24 Sep) 2,500,000 due 23 Nov, current. Bu Yati's card states none: F-222 (20 Sep)
# 900,000 due 20 Oct, 33 days, 31-60. CV Bintang Timur (45): BT-047 (8 Oct) 3,500,000 due 22
# Nov, current (not 15 days late).
def _card(name: str, lines: list[list[object]], rows: list[list[object]]) -> list[list[object]]:
    return [["KARTU PIUTANG"], [f"Nama : {name}"], *lines, [], CARD, *rows]


CARDS = [
    (
        "Toko Makmur",
        _card(
            "Toko Makmur",
            [["Tempo: 60 hari"]],
            [
                [D(2026, 7, 24), "Penjualan", "F-201", 5_000_000, None, 5_000_000],
                [D(2026, 8, 15), "Pembayaran transfer", None, None, 2_000_000, 3_000_000],
                [D(2026, 9, 24), "Penjualan", "F-230", 2_500_000, None, 5_500_000],
            ],
        ),
    ),
    (
        "Bu Yati",
        _card("Bu Yati", [], [[D(2026, 9, 20), "Penjualan", "F-222", 900_000, None, 900_000]]),
    ),
    (
        "Bintang",
        [
            ["KARTU PIUTANG"],
            ["Pelanggan : CV Bintang Timur"],
            ["Alamat : Jl. Ahmad Yani 45, Sidoarjo"],
            ["TOP : 45 hari"],
            [],
            CARD,
            [D(2026, 10, 8), "Penjualan", "BT-047", 3_500_000, None, 3_500_000],
        ],
    ),
]


def test_a_card_s_terms_above_its_header_are_its_invoices(tmp_path: Path) -> None:
    expected = figures(
        9_900_000, 3_900_000, 3, current=6_000_000, d31to60=900_000, d61to90=3_000_000
    )
    payload = reads_to(tmp_path / "kartu.xlsx", CARDS, expected)
    assert payload["default_term_used"] == 1  # Bu Yati's F-222 alone


# Round 55 b27: customers' cards one under another on one sheet, "Tempo : 21 hari" under each
# "Nama Pelanggan :" line, above the header written again. The term was ignored and the second
# card's customer read as "Tempo : 7 hari". Bu Ratna (21 days): 2,000,000 less 1,200,000 =
# 800,000 due 22 Sep, 61 days, 61-90. Pak Joko (7): 900,000 of 14 Nov due 21 Nov, 1 day late.
# Bu Sri's card states no term, nor takes the card's above it: 600,000 of 25 Oct due 24 Nov,
# current (after 7 or 21 days it would be late).
BLOCK_HEADER = ["Tanggal", "Keterangan", "Debet", "Kredit", "Saldo"]
BLOCKS = [
    ["KARTU PIUTANG PELANGGAN - TOKO KAIN MURNI"],
    [],
    ["Nama Pelanggan : Bu Ratna"],
    ["Tempo : 21 hari"],
    BLOCK_HEADER,
    [D(2026, 9, 1), "Ambil kain katun", 2_000_000, None, 2_000_000],
    [D(2026, 10, 20), "Bayar", None, 1_200_000, 800_000],
    [],
    ["Nama Pelanggan : Pak Joko"],
    ["Tempo : 7 hari"],
    BLOCK_HEADER,
    [D(2026, 11, 14), "Ambil kain kanvas", 900_000, None, 900_000],
    [],
    ["Nama Pelanggan : Bu Sri"],
    BLOCK_HEADER,
    [D(2026, 10, 25), "Ambil kain drill", 600_000, None, 600_000],
]


def test_a_term_under_each_customer_s_name_is_theirs_alone(tmp_path: Path) -> None:
    expected = figures(2_300_000, 1_700_000, 3, current=600_000, d1to30=900_000, d61to90=800_000)
    payload = reads_to(tmp_path / "kartu.xlsx", [("Kartu Piutang", BLOCKS)], expected)
    assert payload["per_customer"] == {"Bu Ratna": 800_000, "Pak Joko": 900_000, "Bu Sri": 600_000}


# The same in a list grouped by customer, each name alone on a line over their notes: the line
# under Bu Ratna's name is her group's term, no customer. N-1 (1 Sep) 800,000 due 22 Sep, 61
# days, 61-90; Pak Joko's N-2 (25 Oct) 600,000 after the default term, due 24 Nov, current.
GROUPS = [
    ["DAFTAR PIUTANG"],
    ["Tanggal", "No Nota", "Jumlah"],
    ["Bu Ratna"],
    ["Tempo: 21 hari"],
    [D(2026, 9, 1), "N-1", 800_000],
    ["Pak Joko"],
    [D(2026, 10, 25), "N-2", 600_000],
]


def test_a_term_under_a_group_s_heading_is_that_group_s(tmp_path: Path) -> None:
    expected = figures(1_400_000, 800_000, 2, current=600_000, d61to90=800_000)
    payload = reads_to(tmp_path / "piutang.xlsx", [("Piutang", GROUPS)], expected)
    assert payload["per_customer"] == {"Bu Ratna": 800_000, "Pak Joko": 600_000}


# Look-alikes: a period, a printing date, a number and a report's reach in days in the titles
# state no term. A (8 Oct) 1,000,000 after the default term is 15 days late, 1-30 (after 14
# days it would be 31-60); B (20 Sep) 500,000 is 33 days late, 31-60 (after 60 days, 1-30).
LOOK_ALIKES = [
    ["DAFTAR PIUTANG LEWAT TEMPO 60 HARI"],
    ["Periode 1-14 Nov 2026"],
    ["Dicetak 22/11/2026, No. 14"],
    ["Jatuh tempo 14 hari ke depan: lihat lembar JT"],
    [],
    ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
    ["A", D(2026, 10, 8), "Toko A", 1_000_000],
    ["B", D(2026, 9, 20), "Toko B", 500_000],
]


def test_a_date_or_a_number_in_a_title_states_no_term(tmp_path: Path) -> None:
    expected = figures(1_500_000, 1_500_000, 2, d1to30=1_000_000, d31to60=500_000)
    payload = reads_to(tmp_path / "piutang.xlsx", [("Piutang", LOOK_ALIKES)], expected)
    assert payload["default_term_used"] == 2


# And with the names in a Pelanggan column of their own, each on a line over their notes: Bu
# Ratna's N-1 (1 Sep) 800,000 due 22 Sep, 61-90, N-3 (2 Sep) 100,000 due 23 Sep, 60 days,
# 31-60; Pak Joko's 650,000 of 25 Oct after the default term, current.
GROUPS_IN_A_COLUMN = [
    ["Pelanggan", "No Nota", "Tanggal", "Jumlah"],
    ["Bu Ratna"],
    ["Tempo 21 hari"],
    [None, "N-1", D(2026, 9, 1), 800_000],
    [None, "N-3", D(2026, 9, 2), 100_000],
    ["Pak Joko"],
    [None, "N-2", D(2026, 10, 25), 600_000],
    [None, "N-4", D(2026, 10, 25), 50_000],
]


def test_a_term_under_a_name_in_the_customer_column_is_that_group_s(tmp_path: Path) -> None:
    expected = figures(1_550_000, 900_000, 2, current=650_000, d31to60=100_000, d61to90=800_000)
    payload = reads_to(tmp_path / "piutang.xlsx", [("Piutang", GROUPS_IN_A_COLUMN)], expected)
    assert payload["per_customer"] == {"Bu Ratna": 900_000, "Pak Joko": 650_000}
