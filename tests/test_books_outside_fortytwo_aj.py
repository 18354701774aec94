"""Round 77 of the outside testers (fixer 77): workbooks that keep the same entries in two
layouts. Each book written by hand with its figures worked out on paper as of 22 Nov 2026
(default term 30 days: a sale of 1 Oct is due 31 Oct, 22 days late; one of 5 Nov is due 5 Dec,
current)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import FIGURES, figures, read_book, reads_to


def _card(customer: str, entries: list[tuple[object, ...]]) -> list[list[object]]:
    """A customer's card (Tanggal | No. Faktur | Keterangan | Debet | Kredit | Saldo), its
    running Saldo right."""
    rows: list[list[object]] = [
        ["KARTU PIUTANG"],
        [f"Nama Pelanggan : {customer}"],
        [],
        ["Tanggal", "No. Faktur", "Keterangan", "Debet", "Kredit", "Saldo"],
    ]
    saldo = 0
    for day, number, note, debit, credit in entries:
        saldo += int(debit or 0) - int(credit or 0)  # type: ignore[call-overload]
        rows.append([day, number, note, debit, credit, saldo])
    return rows


# Round 77 books 12 and 32: a journal of every customer and a card per customer holding the
# same entries. The sales were counted once (by their numbers), every credit twice.
# Toko Sinar: J-1 3.000.000 (1 Oct, due 31 Oct, 22 days) less KM-1 2.000.000 = 1.000.000
# late; J-3 1.500.000 (5 Nov) current. Bu Rina: J-2 1.000.000 (5 Oct, due 4 Nov, 18 days)
# less "Bayar" 400.000 (no number) = 600.000 late. 3.100.000 out, 1.600.000 overdue.
# Read twice, Toko Sinar had 500.000 left and Bu Rina 200.000.
_JOURNAL = [
    ["Tanggal", "No Bukti", "Pelanggan", "Keterangan", "Debet", "Kredit"],
    [D(2026, 10, 1), "J-1", "Toko Sinar", "Penjualan", 3_000_000, None],
    [D(2026, 10, 5), "J-2", "Bu Rina", "Penjualan", 1_000_000, None],
    [D(2026, 10, 20), "KM-1", "Toko Sinar", "Transfer", None, 2_000_000],
    [D(2026, 11, 5), "J-3", "Toko Sinar", "Penjualan", 1_500_000, None],
    [D(2026, 11, 10), None, "Bu Rina", "Bayar", None, 400_000],
]
_SINAR = _card(
    "Toko Sinar",
    [
        (D(2026, 10, 1), "J-1", "Penjualan", 3_000_000, None),
        (D(2026, 10, 20), "KM-1", "Transfer", None, 2_000_000),
        (D(2026, 11, 5), "J-3", "Penjualan", 1_500_000, None),
    ],
)
_RINA = _card(
    "Bu Rina",
    [
        (D(2026, 10, 5), "J-2", "Penjualan", 1_000_000, None),
        (D(2026, 11, 10), None, "Bayar", None, 400_000),
    ],
)


def test_a_journal_and_cards_of_the_same_entries_count_each_credit_once(
    tmp_path: Path,
) -> None:
    expected = figures(3_100_000, 1_600_000, 2, current=1_500_000, d1to30=1_600_000)
    book = [("Jurnal", _JOURNAL), ("Toko Sinar", _SINAR), ("Bu Rina", _RINA)]
    reads_to(tmp_path / "jurnal_kartu.xlsx", book, expected)


def test_cards_of_their_own_customers_beside_a_journal_keep_their_credits(
    tmp_path: Path,
) -> None:
    # The journal of Toko Sinar alone, Bu Rina's card the only copy of her entries: her
    # 400.000 counts (600.000 left, 1-30), Toko Sinar's credits once. Same figures.
    journal = [row for row in _JOURNAL if row[2] != "Bu Rina"]
    expected = figures(3_100_000, 1_600_000, 2, current=1_500_000, d1to30=1_600_000)
    book = [("Jurnal", journal), ("Toko Sinar", _SINAR), ("Bu Rina", _RINA)]
    reads_to(tmp_path / "jurnal_kartu.xlsx", book, expected)


# Round 77 book 28: an invoice list with Dibayar and Sisa, and a card per customer of the same
# sales whose credits name no invoice: the same money. The card pays its oldest sale first:
# "Setor tunai" 3.000.000 is N-1's (the list: Dibayar 3.000.000), "Transfer" 500.000 N-3's
# (Dibayar 500.000). Toko Sinar: N-3 2.000.000 - 500.000 = 1.500.000, current (due 5 Dec);
# Bu Rina: N-2 1.000.000 (due 4 Nov) late. 2.500.000 out, 1.000.000 overdue. Added to the
# list's Dibayar, Toko Sinar had paid 7.000.000 of 5.000.000: a credit of 2.000.000.
def _list_and_cards(n3_paid: int) -> list[tuple[str, list[list[object]]]]:
    return [
        (
            "Daftar Nota",
            [
                ["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Dibayar", "Sisa"],
                ["N-1", D(2026, 10, 1), "Toko Sinar", 3_000_000, 3_000_000, 0],
                ["N-2", D(2026, 10, 5), "Bu Rina", 1_000_000, 0, 1_000_000],
                ["N-3", D(2026, 11, 5), "Toko Sinar", 2_000_000, n3_paid, 2_000_000 - n3_paid],
            ],
        ),
        (
            "Toko Sinar",
            _card(
                "Toko Sinar",
                [
                    (D(2026, 10, 1), "N-1", "Penjualan", 3_000_000, None),
                    (D(2026, 10, 15), None, "Setor tunai", None, 3_000_000),
                    (D(2026, 11, 5), "N-3", "Penjualan", 2_000_000, None),
                    (D(2026, 11, 12), None, "Transfer", None, 500_000),
                ],
            ),
        ),
        ("Bu Rina", _card("Bu Rina", [(D(2026, 10, 5), "N-2", "Penjualan", 1_000_000, None)])),
    ]


def test_a_cards_unnamed_credits_are_the_lists_dibayar(tmp_path: Path) -> None:
    expected = figures(2_500_000, 1_000_000, 2, current=1_500_000, d1to30=1_000_000)
    reads_to(tmp_path / "daftar_kartu.xlsx", _list_and_cards(500_000), expected)


def test_a_cards_credit_the_list_has_not_yet_still_counts(tmp_path: Path) -> None:
    # The list not yet updated: N-3's Dibayar 0 (Sisa 2.000.000), the card's 500.000 of 12 Nov
    # the larger of the two: paid. The same 2.500.000 out, 1.000.000 overdue.
    expected = figures(2_500_000, 1_000_000, 2, current=1_500_000, d1to30=1_000_000)
    reads_to(tmp_path / "daftar_kartu.xlsx", _list_and_cards(0), expected)


# Round 77 book 08: an archive sheet "Arsip 2025" whose title says its invoices are paid
# ("ARSIP NOTA LUNAS TAHUN 2025", "(semua nota di bawah ini sudah lunas)"), with no status
# column: nothing owed on it, as on a sheet named "Lunas 2025". Piutang: A-1 2.000.000 (1 Oct,
# due 31 Oct) less 500.000 = 1.500.000 late; A-2 700.000 (5 Nov) current. 2.200.000 out,
# 1.500.000 overdue. Read as owed, the archive added 1.400.000 over 90 days.
def test_an_archive_sheet_titled_paid_owes_nothing(tmp_path: Path) -> None:
    book: list[tuple[str, list[list[object]]]] = [
        (
            "Piutang",
            [
                ["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Dibayar"],
                ["A-1", D(2026, 10, 1), "Toko Sinar", 2_000_000, 500_000],
                ["A-2", D(2026, 11, 5), "Bu Rina", 700_000, 0],
            ],
        ),
        (
            "Arsip 2025",
            [
                ["ARSIP NOTA LUNAS TAHUN 2025"],
                ["(semua nota di bawah ini sudah lunas)"],
                [],
                ["No Nota", "Tanggal", "Pelanggan", "Jumlah"],
                ["Z-1", D(2025, 3, 4), "Toko Sinar", 1_000_000],
                ["Z-2", D(2025, 8, 19), "Bu Rina", 400_000],
            ],
        ),
    ]
    expected = figures(2_200_000, 1_500_000, 2, current=700_000, d1to30=1_500_000)
    reads_to(tmp_path / "arsip.xlsx", book, expected)


# Round 77 book 27: month sheets and a recap of one row per month ("Rekap Bulanan": Bulan |
# Penjualan | Dibayar | Sisa) whose November Sisa (2.000.000) is not what the "Nov" sheet's
# rows leave owing (1.200.000 + 500.000 = 1.700.000): never counted, its row told, both
# figures. October's 1.500.000 agrees, untold. Toko Sinar: B-1 1.500.000 (1 Oct, due 31 Oct)
# late, B-3 1.200.000 current; Bu Rina: B-4 500.000 current. 3.200.000 out, 1.500.000 overdue.
# Before, the recap was set aside as a sheet without a header, its November row unsaid.
def test_a_recap_per_month_that_disagrees_with_its_month_sheet_is_told(tmp_path: Path) -> None:
    head = ["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Dibayar", "Sisa"]
    book: list[tuple[str, list[list[object]]]] = [
        (
            "Okt",
            [
                head,
                ["B-1", D(2026, 10, 1), "Toko Sinar", 2_000_000, 500_000, 1_500_000],
                ["B-2", D(2026, 10, 5), "Bu Rina", 1_000_000, 1_000_000, 0],
            ],
        ),
        (
            "Nov",
            [
                head,
                ["B-3", D(2026, 11, 5), "Toko Sinar", 1_200_000, 0, 1_200_000],
                ["B-4", D(2026, 11, 10), "Bu Rina", 800_000, 300_000, 500_000],
            ],
        ),
        (
            "Rekap Bulanan",
            [
                ["REKAP PIUTANG PER BULAN 2026"],
                ["Bulan", "Penjualan", "Dibayar", "Sisa"],
                ["Oktober", 3_000_000, 1_500_000, 1_500_000],
                ["November", 2_000_000, 300_000, 2_000_000],
                ["Total", 5_000_000, 1_800_000, 3_500_000],
            ],
        ),
    ]
    payload = read_book(tmp_path / "bulanan.xlsx", book)
    expected = figures(3_200_000, 1_500_000, 2, current=1_700_000, d1to30=1_500_000)
    assert {key: payload[key] for key in FIGURES} == expected
    told = [
        (p["code"], p["sheet"], p["row"], p["book_says"], p["read"]) for p in payload["problems"]
    ]
    assert told == [("check-mismatch", "Rekap Bulanan", 4, 2_000_000, 1_700_000)]
