"""Outside rounds 40 and 41 (fix-aa): savings books read as debts. Each book written by hand
with its figures worked out on paper as of 22 Nov 2026 (default term 30 days: a sale of 1 Oct
is due 31 Oct, 22 days late). A savings book (tabungan, simpanan, titipan uang, deposito,
arisan) keeps money the customers leave with the shop: the shop owes it back, so it is set
aside with its own reason and never counted."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, _xlsx, figures, reads_to

BON = [
    ["Tanggal", "Nama", "Bon", "Bayar"],
    [D(2026, 11, 2), "Bu Wati", 75_000, 0],
    [D(2026, 11, 5), "Pak Karyo", 120_000, 50_000],
    [D(2026, 11, 9), "Bu Wati", 40_000, 0],
    [D(2026, 11, 18), "Pak Karyo", 35_000, 0],
]
# A short signed card of her savings, under a title: no negative figure but the withdrawal.
TABUNGAN_BU_WATI = [
    ["TABUNGAN LEBARAN BU WATI"],
    ["Tanggal", "Keterangan", "Jumlah", "Saldo"],
    [D(2026, 9, 6), "setor", 50_000, 50_000],
    [D(2026, 9, 20), "setor", 150_000, 200_000],
    [D(2026, 10, 4), "ambil", -80_000, 120_000],
    [D(2026, 11, 1), "setor", 130_000, 250_000],
]
TITIPAN_PAK_JOKO = [
    ["Catatan Titipan Uang Pak Joko"],
    ["Tanggal", "Keterangan", "Jumlah", "Saldo"],
    [D(2026, 10, 3), "titip uang", 500_000, 500_000],
    [D(2026, 10, 17), "diambil", -200_000, 300_000],
    [D(2026, 11, 2), "titip lagi", 100_000, 400_000],
]


def _card(name: str, *rows: list[object]) -> list[list[object]]:
    return [[f"Kartu Piutang {name}"], ["Tanggal", "Keterangan", "Debet", "Kredit", "Saldo"], *rows]


# Bu Sri: 1,300,000 on 1 Oct less 800,000 = 500,000 due 31 Oct (22 days late), 420,000 of
# 3 Nov current; Pak Hadi 750,000 of 12 Sep due 12 Oct (41 days late). 1,670,000 in all.
BU_SRI = _card(
    "Bu Sri",
    [D(2026, 10, 1), "Beras 2 karung", 1_300_000, None, 1_300_000],
    [D(2026, 10, 15), "Bayar", None, 800_000, 500_000],
    [D(2026, 11, 3), "Minyak 2 dus", 420_000, None, 920_000],
)
PAK_HADI = _card("Pak Hadi", [D(2026, 9, 12), "Semen 10 sak", 750_000, None, 750_000])
CARDS = figures(1_670_000, 1_250_000, 2, current=420_000, d1to30=500_000, d31to60=750_000)


def _set_aside(payload: dict[str, object], sheet: str) -> str:
    """The reason the sheet ``sheet`` was left aside (it was)."""
    ignored = payload["ignored_sheets"]
    assert isinstance(ignored, list)
    return next(s["reason"] for s in ignored if s["sheet"] == sheet)


def test_a_savings_card_beside_a_bon_list_is_no_debt(tmp_path: Path) -> None:
    # Round 41 g01: Bu Wati's savings read as a debt card beside the bon list, her withdrawal
    # as a return: 365,000 for 115,000. Bu Wati 75,000 + 40,000 = 115,000; Pak Karyo
    # 120,000 - 50,000 + 35,000 = 105,000; all current.
    sheets = [("Bon", BON), ("Bu Wati", TABUNGAN_BU_WATI)]
    payload = reads_to(tmp_path / "warung.xlsx", sheets, figures(220_000, 0, 2, current=220_000))
    assert payload["per_customer"] == {"Bu Wati": 115_000, "Pak Karyo": 105_000}
    assert "'TABUNGAN LEBARAN BU WATI'" in _set_aside(payload, "Bu Wati")
    assert not payload["returns"]


def test_a_savings_card_or_money_held_alone_owes_nothing(tmp_path: Path) -> None:
    # Round 41 g02, g03: each alone printed as owed (250,000; 400,000), silently. The file is
    # refused, saying it is savings.
    for title, rows in (("Bu Wati", TABUNGAN_BU_WATI), ("Pak Joko", TITIPAN_PAK_JOKO)):
        path = tmp_path / f"{title}.xlsx"
        _xlsx(path, [(title, rows)])
        batch, payload = summarize_files([path], AS_OF)
        assert len(batch.errors) == 1 and payload["outstanding"] == 0
        said = batch.errors[0].message("id")
        assert f"'{rows[0][0]}'" in said and "bukan piutang" in said


def test_a_savings_sheet_of_setor_and_ambil_pays_no_debt(tmp_path: Path) -> None:
    # Round 40 c02: "Setor" read as paid, "Ambil" as the bon: the deposits paid Bu Sri's and
    # Pak Hadi's debts (1,120,000 for 1,670,000). The cards alone are the debts.
    tabungan = [
        ["TABUNGAN LEBARAN PELANGGAN 2026"],
        ["Tanggal", "Nama", "Setor", "Ambil", "Saldo"],
        [D(2026, 9, 5), "Bu Sri", 100_000, None, 100_000],
        [D(2026, 9, 5), "Pak Hadi", 200_000, None, 200_000],
        [D(2026, 10, 5), "Bu Wati", 150_000, None, 150_000],
        [D(2026, 10, 20), "Bu Sri", None, 50_000, 50_000],
        [D(2026, 11, 5), "Pak Hadi", 200_000, None, 400_000],
    ]
    sheets = [("Bu Sri", BU_SRI), ("Pak Hadi", PAK_HADI), ("Tabungan", tabungan)]
    payload = reads_to(tmp_path / "kartu.xlsx", sheets, CARDS)
    assert payload["per_customer"] == {"Bu Sri": 920_000, "Pak Hadi": 750_000}
    assert "tabungan" in _set_aside(payload, "Tabungan")


def test_a_savings_card_named_for_a_customer_is_not_merged_into_his_card(tmp_path: Path) -> None:
    # Round 40 c04: "Tabungan Pak Dedi" (Debet | Kredit | Saldo) read as his card: his
    # 600,000 debt became a credit of 100,000. Pak Dedi 600,000 of 5 Oct, due 4 Nov (18 days
    # late); Bu Wati 1,000,000 of 20 Oct less 400,000 = 600,000, due 19 Nov (3 days late).
    dedi = [
        ["KARTU PIUTANG"],
        ["Nama Pelanggan : Pak Dedi"],
        ["Tanggal", "Keterangan", "No. Faktur", "Debet", "Kredit", "Saldo"],
        [D(2026, 10, 5), "Pupuk 5 sak", "N-77", 600_000, None, 600_000],
    ]
    wati = [
        ["KARTU PIUTANG"],
        ["Nama Pelanggan : Bu Wati"],
        ["Tanggal", "Keterangan", "No. Faktur", "Debet", "Kredit", "Saldo"],
        [D(2026, 10, 20), "Saldo awal", None, None, None, 1_000_000],
        [D(2026, 11, 1), "Bayar", None, None, 400_000, 600_000],
    ]
    tabungan = [
        ["BUKU TABUNGAN"],
        ["Nama : Pak Dedi"],
        ["Tanggal", "Keterangan", "Debet", "Kredit", "Saldo"],
        [D(2026, 9, 1), "Setoran tunai", None, 500_000, 500_000],
        [D(2026, 10, 1), "Setoran tunai", None, 500_000, 1_000_000],
        [D(2026, 10, 15), "Penarikan", 300_000, None, 700_000],
    ]
    sheets = [("Pak Dedi", dedi), ("Bu Wati", wati), ("Tabungan Pak Dedi", tabungan)]
    payload = summarize_files([_written(tmp_path / "kartu.xlsx", sheets)], AS_OF)[1]
    assert payload["per_customer"] == {"Pak Dedi": 600_000, "Bu Wati": 600_000}
    assert payload["outstanding"] == 1_200_000 and not payload["credit_balances"]
    assert "'Tabungan Pak Dedi'" in _set_aside(payload, "Tabungan Pak Dedi")


def _written(path: Path, sheets: list[tuple[str, list[list[object]]]]) -> Path:
    _xlsx(path, sheets)
    return path


def test_a_savings_file_beside_the_cards_is_no_invoice_list(tmp_path: Path) -> None:
    # Round 40 c06: a file of its own, "Tanggal | Nama | Setoran | Penarikan | Saldo", read
    # as invoices with Setoran paid and Saldo the balance: 2,900,000 for 1,800,000. Here the
    # cards of c02: 1,670,000; the savings file is refused, saying it is savings.
    tabungan = [
        ["BUKU TABUNGAN ANGGOTA"],
        ["Tanggal", "Nama", "Setoran", "Penarikan", "Saldo"],
        [D(2026, 9, 1), "Bu Sri", 200_000, None, 200_000],
        [D(2026, 10, 1), "Bu Sri", 200_000, None, 400_000],
        [D(2026, 10, 1), "Pak Hadi", 300_000, None, 300_000],
        [D(2026, 10, 15), "Pak Hadi", None, 100_000, 200_000],
    ]
    kartu = _written(tmp_path / "kartu.xlsx", [("Bu Sri", BU_SRI), ("Pak Hadi", PAK_HADI)])
    savings = _written(tmp_path / "tabungan.xlsx", [("Sheet1", tabungan)])
    batch, payload = summarize_files([kartu, savings], AS_OF)
    assert [error.file for error in batch.errors] == ["tabungan.xlsx"]
    assert "'BUKU TABUNGAN ANGGOTA'" in batch.errors[0].message("id")
    assert payload["outstanding"] == 1_670_000 and not payload["problems"]
    assert payload["per_customer"] == {"Bu Sri": 920_000, "Pak Hadi": 750_000}


def test_a_titipan_dp_and_a_setoran_stay_money_paid(tmp_path: Path) -> None:
    # A down payment left on an order ("Titipan DP", a row of the list: her credit) and a
    # payments sheet named "Setoran" name no savings. Toko A 1,000,000 of 1 Oct less 200,000
    # paid in = 800,000, 22 days late; Toko B's 300,000 left as DP is her credit.
    nota = [
        ["Tanggal", "No Nota", "Pelanggan", "Keterangan", "Total", "Sisa"],
        [D(2026, 10, 1), "N1", "Toko A", "Kue pesanan", 1_000_000, 1_000_000],
        [D(2026, 11, 5), None, "Toko B", "Titipan DP", None, -300_000],
    ]
    setoran = [
        ["Tanggal", "No Nota", "Pelanggan", "Setoran"],
        [D(2026, 10, 20), "N1", "Toko A", 200_000],
    ]
    sheets = [("Nota", nota), ("Setoran", setoran)]
    expected = figures(800_000, 800_000, 1, {"Toko B": 300_000}, d1to30=800_000)
    payload = reads_to(tmp_path / "nota.xlsx", sheets, expected)
    assert not payload["ignored_sheets"]
