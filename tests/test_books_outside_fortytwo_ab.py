"""Round 69 of the outside testers (fixer 69a): a Saldo's side written beside its figure, and
the running balance a monthly-closed card brings forward. Each book written by hand with its
figures worked out on paper as of 22 Nov 2026 (default term 30 days: a sale of 1 Oct is due
31 Oct, 22 days late; one of 5 Nov is due 5 Dec, current)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path
from typing import Any

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, _xlsx, figures, reads_to

HEADER = ["Tanggal", "No. Faktur", "Keterangan", "Debet", "Kredit", "Saldo"]


def _card(name: str, header: list[object], *rows: list[object]) -> tuple[str, list[list[object]]]:
    """A customer's card on a sheet of their name, titled as the book's are."""
    return name, [["KARTU PIUTANG"], [f"Nama Pelanggan : {name}"], [], header, *rows]


def _saldo_checks(payload: dict[str, Any]) -> list[str]:
    return [sheet["checks"]["saldo"] for f in payload["files"] for sheet in f["sheets"]]


# Round 69 s14: a Saldo written with its side, "1.700.000 D" then "300.000 K" (Toko Cat Warna
# paid 2,000,000 on a sale of 1,700,000). The D left every Saldo unread (no check on TB Sumber
# Jaya's card), the K was read as thousands: "buku Rp 300.000.000" told against a right card.
# TB Sumber Jaya: F-601 4,000,000 paid by 1,500,000 + 2,500,000; F-633 2,000,000 of 10 Oct is
# due 9 Nov (13 days late). Toko Cat Warna 300,000 ahead.
def test_a_saldo_written_with_d_or_k_after_it_is_that_figure_on_that_side(tmp_path: Path) -> None:
    jaya = _card(
        "TB Sumber Jaya",
        HEADER,
        [D(2026, 9, 1), "F-601", "Penjualan semen", 4_000_000, None, "4.000.000 D"],
        [D(2026, 9, 30), None, "Transfer BCA", None, 1_500_000, "2.500.000 D"],
        [D(2026, 10, 10), "F-633", "Penjualan keramik", 2_000_000, None, "4.500.000D"],
        [D(2026, 11, 9), None, "Transfer BCA", None, 2_500_000, "2.000.000 Db."],
    )
    warna = _card(
        "Toko Cat Warna",
        HEADER,
        [D(2026, 10, 2), "F-618", "Penjualan cat", 1_700_000, None, "1.700.000 D"],
        [D(2026, 11, 1), None, "Transfer (lebih bayar)", None, 2_000_000, "300.000 K"],
    )
    expected = figures(2_000_000, 2_000_000, 1, {"Toko Cat Warna": 300_000}, d1to30=2_000_000)
    payload = reads_to(tmp_path / "kartu.xlsx", [jaya, warna], expected)
    assert _saldo_checks(payload) == ["ok", "ok"]


# Round 69 w34: the same cards with a typo in a Saldo, "2.370.000 D" where the rows give
# 1,750,000 + 980,000 = 2,730,000: told (with "Dr" it was, with "D" the Saldo was not read).
# TL-31 paid; TL-38 1,750,000 - 1,000,000 = 750,000 due 20 Oct (33 days); TL-52 980,000 of
# 25 Oct due 24 Nov, current.
def test_a_wrong_saldo_written_with_d_is_told(tmp_path: Path) -> None:
    card = _card(
        "Toko Listrik Terang",
        HEADER,
        [D(2026, 9, 3), "TL-31", "Penjualan", 2_500_000, None, "2.500.000 D"],
        [D(2026, 9, 20), "TL-38", "Penjualan", 1_750_000, None, "4.250.000 D"],
        [D(2026, 10, 3), None, "Transfer", None, 2_500_000, "1.750.000 D"],
        [D(2026, 10, 25), "TL-52", "Penjualan", 980_000, None, "2.370.000 D"],
        [D(2026, 11, 10), None, "Transfer", None, 1_000_000, "1.730.000 D"],
    )
    path = tmp_path / "kartu.xlsx"
    _xlsx(path, [card])
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    assert payload["outstanding"] == 1_730_000
    told = [(p["code"], p["row"], p["book_says"], p["read"]) for p in payload["problems"]]
    assert told == [("check-mismatch", 8, 2_370_000, 2_730_000)]


# Round 69 s16: "Debet | Kredit | Saldo | D/K", the Saldo unsigned and its side in the column
# after it. Bu Marni paid 1,200,000 on KB-40 900,000: "300000 | K", 300,000 ahead (it was
# told as "buku Rp 300.000, terhitung -Rp 300.000"). Toko Barokah: KB-12 paid, KB-19
# 1,800,000 - 300,000 retur - 1,000,000 = 500,000 due 24 Sep (59 days late).
def test_a_d_k_column_after_the_saldo_is_its_side(tmp_path: Path) -> None:
    header = [*HEADER, "D/K"]
    barokah = _card(
        "Toko Barokah",
        header,
        [D(2026, 8, 7), "KB-12", "Penjualan", 2_200_000, None, 2_200_000, "D"],
        [D(2026, 8, 25), "KB-19", "Penjualan", 1_800_000, None, 4_000_000, "D"],
        [D(2026, 9, 24), "KB-12", "Pelunasan KB-12", None, 2_200_000, 1_800_000, "D"],
        [D(2026, 9, 26), "KB-19", "Retur KB-19", None, 300_000, 1_500_000, "D"],
        [D(2026, 11, 12), None, "Transfer", None, 1_000_000, 500_000, "D"],
    )
    marni = _card(
        "Bu Marni",
        header,
        [D(2026, 10, 20), "KB-40", "Penjualan", 900_000, None, 900_000, "D"],
        [D(2026, 11, 2), None, "Transfer", None, 1_200_000, 300_000, "K"],
    )
    expected = figures(500_000, 500_000, 1, {"Bu Marni": 300_000}, d31to60=500_000)
    payload = reads_to(tmp_path / "kartu.xlsx", [barokah, marni], expected)
    assert _saldo_checks(payload) == ["ok", "ok"]


# Round 69 s19: "Jumlah | D/K | Saldo | D/K": the first D/K is each row's, the second the
# Saldo's. SM-210 3,000,000 paid by 3,500,000, the 500,000 over ("500000 | K") paying SM-245:
# 2,200,000 - 200,000 retur - 500,000 = 1,500,000 due 5 Nov (17 days); SM-266 1,000,000 of 4
# Nov current. 2,500,000, the card's last Saldo.
def test_a_d_k_after_the_saldo_beside_a_d_k_after_the_jumlah(tmp_path: Path) -> None:
    header = ["Tanggal", "Keterangan", "No Bukti", "Jumlah", "D/K", "Saldo", "D/K"]
    card = _card(
        "Makmur Jaya",
        header,
        [D(2026, 8, 19), "Penjualan", "SM-210", 3_000_000, "D", 3_000_000, "D"],
        [D(2026, 9, 18), "Transfer", None, 3_500_000, "K", 500_000, "K"],
        [D(2026, 10, 6), "Penjualan", "SM-245", 2_200_000, "D", 1_700_000, "D"],
        [D(2026, 10, 9), "Retur SM-245", "SM-245", 200_000, "K", 1_500_000, "D"],
        [D(2026, 11, 4), "Penjualan", "SM-266", 1_000_000, "D", 2_500_000, "D"],
    )
    expected = figures(2_500_000, 1_500_000, 1, current=1_000_000, d1to30=1_500_000)
    payload = reads_to(tmp_path / "kartu.xlsx", [card], expected)
    assert _saldo_checks(payload) == ["ok"]


# The look-alike: one amount column and no other side, a D/K after the Saldo is each row's
# type (a payment's K pays), never the Saldo's. Toko A: 1,000,000 of 1 Oct less 400,000 =
# 600,000 (22 days late), the Saldo 600,000.
def test_a_d_k_after_the_saldo_beside_one_amount_alone_is_each_rows_type(
    tmp_path: Path,
) -> None:
    card = _card(
        "Toko A",
        ["Tanggal", "Keterangan", "No. Faktur", "Jumlah", "Saldo", "D/K"],
        [D(2026, 10, 1), "Penjualan", "F-1", 1_000_000, 1_000_000, "D"],
        [D(2026, 10, 20), "Transfer", None, 400_000, 600_000, "K"],
    )
    expected = figures(600_000, 600_000, 1, d1to30=600_000)
    reads_to(tmp_path / "kartu.xlsx", [card], expected)


MONTHLY = ["Tanggal", "Keterangan", "No. Faktur", "Debet", "Kredit", "Saldo"]


def _anugerah(october_carry: int) -> tuple[str, list[list[object]]]:
    """Toko Anugerah's card closed each month, each month's "Saldo bulan lalu" under its
    heading; ``october_carry`` the one October brings forward (2,000,000 is right)."""
    return _card(
        "Toko Anugerah",
        MONTHLY,
        ["SEPTEMBER 2026"],
        [D(2026, 9, 1), "Saldo bulan lalu", None, None, None, 1_500_000],
        [D(2026, 9, 9), "Penjualan", "AN-901", 2_000_000, None, 3_500_000],
        [D(2026, 9, 25), "Transfer", None, None, 1_500_000, 2_000_000],
        ["OKTOBER 2026"],
        [D(2026, 10, 1), "Saldo bulan lalu", None, None, None, october_carry],
        [D(2026, 10, 8), "Transfer", None, None, 1_000_000, 1_000_000],
        [D(2026, 10, 19), "Penjualan", "AN-1019", 1_700_000, None, 2_700_000],
        ["NOVEMBER 2026"],
        [D(2026, 11, 1), "Saldo bulan lalu", None, None, None, 2_700_000],
        [D(2026, 11, 12), "Penjualan", "AN-1112", 800_000, None, 3_500_000],
        [D(2026, 11, 18), "Transfer", None, None, 1_200_000, 2_300_000],
    )


# Round 69 m28: a card closed each month, "OKTOBER 2026" over "Saldo bulan lalu 2.000.000":
# each month heading began a new card, its carry a new debt (9,250,000 for 3,300,000, the
# Saldo check "cocok"). The first is the opening (1,500,000 due 1 Sep); the others bring the
# Saldo forward. Paid 1,500,000 + 1,000,000 + 1,200,000 oldest first: the opening, AN-901
# 2,000,000 and 200,000 of AN-1019; AN-1019 1,500,000 due 18 Nov (4 days), AN-1112 800,000
# current: 2,300,000, the card's last Saldo.
def test_a_month_headings_saldo_bulan_lalu_brings_the_saldo_forward(tmp_path: Path) -> None:
    expected = figures(2_300_000, 1_500_000, 1, current=800_000, d1to30=1_500_000)
    payload = reads_to(tmp_path / "kartu.xlsx", [_anugerah(2_000_000)], expected)
    assert _saldo_checks(payload) == ["ok"]


# A carry that is not the Saldo before it ("2.200.000" brought forward from 2,000,000) is
# still no debt: the card's figures stand, the carry told against the Saldo above.
def test_a_month_carry_that_is_not_the_saldo_before_is_told_not_added(tmp_path: Path) -> None:
    path = tmp_path / "kartu.xlsx"
    _xlsx(path, [_anugerah(2_200_000)])
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    assert payload["outstanding"] == 2_300_000
    told = [(p["code"], p["row"], p["book_says"], p["read"]) for p in payload["problems"]]
    assert told == [("check-mismatch", 10, 2_200_000, 2_000_000)]


# Round 69 m30: the same month blocks, the Saldo's side in a D/K column after it. Nyonya Lim
# paid 2,000,000 on NL-81 1,500,000 and carried "500000 | K" into September; sales 1,500,000 +
# 900,000 + 1,300,000 less 3,400,000 paid leave NL-104 (24 Oct, due 23 Nov) 300,000, current.
# Katering Bu Min paid a 1,000,000 DP, carried "1000000 | K", then bought 750,000: 250,000
# ahead (it read 3,250,000 owed, Bu Min 750,000, four false notices).
def test_a_month_carry_of_a_credit_saldo_with_its_side_beside(tmp_path: Path) -> None:
    header = [*MONTHLY, "D/K"]
    lim = _card(
        "Toko Kue Nyonya Lim",
        header,
        ["AGUSTUS 2026"],
        [D(2026, 8, 10), "Penjualan", "NL-81", 1_500_000, None, 1_500_000, "D"],
        [D(2026, 8, 31), "Transfer", None, None, 2_000_000, 500_000, "K"],
        ["SEPTEMBER 2026"],
        [D(2026, 9, 1), "Saldo bulan lalu", None, None, None, 500_000, "K"],
        [D(2026, 9, 12), "Penjualan", "NL-92", 900_000, None, 400_000, "D"],
        ["OKTOBER 2026"],
        [D(2026, 10, 1), "Saldo bulan lalu", None, None, None, 400_000, "D"],
        [D(2026, 10, 10), "Transfer", None, None, 400_000, 0, "-"],
        [D(2026, 10, 24), "Penjualan", "NL-104", 1_300_000, None, 1_300_000, "D"],
        ["NOVEMBER 2026"],
        [D(2026, 11, 1), "Saldo bulan lalu", None, None, None, 1_300_000, "D"],
        [D(2026, 11, 10), "Transfer", None, None, 1_000_000, 300_000, "D"],
    )
    bu_min = _card(
        "Katering Bu Min",
        header,
        ["SEPTEMBER 2026"],
        [D(2026, 9, 5), "DP pesanan", None, None, 1_000_000, 1_000_000, "K"],
        ["OKTOBER 2026"],
        [D(2026, 10, 1), "Saldo bulan lalu", None, None, None, 1_000_000, "K"],
        [D(2026, 10, 17), "Penjualan", "NL-99", 750_000, None, 250_000, "K"],
    )
    expected = figures(300_000, 0, 1, {"Katering Bu Min": 250_000}, current=300_000)
    payload = reads_to(tmp_path / "kartu.xlsx", [lim, bu_min], expected)
    assert _saldo_checks(payload) == ["ok", "ok"]


# The look-alike: a month heading over the first line of another customer's card on the same
# sheet. Its "Saldo bulan lalu" brings nothing of the card above forward: it is that
# customer's opening, a debt due on its own date. Toko A: F-1 1,000,000 of 1 Oct (22 days);
# Toko B: 500,000 opening of 1 Oct (52 days) and F-2 300,000 of 5 Nov, current.
def test_a_month_carry_opening_another_customers_card_is_their_debt(tmp_path: Path) -> None:
    rows = [
        ["Nama Pelanggan : Toko A"],
        MONTHLY,
        ["OKTOBER 2026"],
        [D(2026, 10, 1), "Penjualan", "F-1", 1_000_000, None, 1_000_000],
        [],
        ["Nama Pelanggan : Toko B"],
        MONTHLY,
        ["OKTOBER 2026"],
        [D(2026, 10, 1), "Saldo bulan lalu", None, None, None, 500_000],
        ["NOVEMBER 2026"],
        [D(2026, 11, 1), "Saldo bulan lalu", None, None, None, 500_000],
        [D(2026, 11, 5), "Penjualan", "F-2", 300_000, None, 800_000],
    ]
    expected = figures(1_800_000, 1_500_000, 2, current=300_000, d1to30=1_000_000, d31to60=500_000)
    payload = reads_to(tmp_path / "kartu.xlsx", [("Kartu", rows)], expected)
    assert payload["per_customer"] == {"Toko A": 1_000_000, "Toko B": 800_000}
