"""Outside round 80: customer cards and journals in their less common layouts (a card's
sides named Keluar / Masuk, a customer sheet of codes, names and terms alone, a card kept a
page a sheet). Each book written by hand with its figures worked out on paper as of 22 Nov
2026 (30 days' terms unless a book gives its own)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.report import summarize_files
from tests.helpers import write_xlsx
from tests.test_books_by_hand import AS_OF, figures, read_book, reads_to


# Round 80 book 31: Bu Tini's bon card, "Tanggal | Keterangan | Keluar | Masuk | Saldo",
# goods taken in Keluar raising the Saldo, money handed in under Masuk lowering it, and no
# invoice number column: refused ("tidak ada lembar berisi daftar piutang"), as the columns
# named no table. The Saldo runs with the two sides whichever way round they stand. The
# payments (400.000 + 500.000 = 900.000) pay the oldest first: 15 Sep's 600.000 settled,
# 300.000 of 20 Oct's 800.000, which leaves 500.000 due 19 Nov (3 days late); 12 Nov's
# 350.000 due 12 Dec (not yet due). The note in brackets after her name in the title
# ("(kerupuk titip)") is what she takes, not her name: her sheet is "Bu Tini".
@pytest.mark.parametrize("sides", [("Keluar", "Masuk"), ("Masuk", "Keluar")])
def test_a_card_with_keluar_and_masuk_sides_is_read(tmp_path: Path, sides: tuple[str, str]) -> None:
    taken_first = sides[0] == "Keluar"
    rows: list[list[object]] = [
        ["Catatan Bon Bu Tini (kerupuk titip)"],
        [],
        ["Tanggal", "Keterangan", *sides, "Saldo"],
    ]
    saldo = 0
    for day, what, taken, paid in [
        (D(2026, 9, 15), "ambil kerupuk", 600_000, None),
        (D(2026, 10, 1), "setor", None, 400_000),
        (D(2026, 10, 20), "ambil kerupuk", 800_000, None),
        (D(2026, 11, 10), "setor", None, 500_000),
        (D(2026, 11, 12), "ambil kerupuk", 350_000, None),
    ]:
        saldo += (taken or 0) - (paid or 0)
        rows.append([day, what, *((taken, paid) if taken_first else (paid, taken)), saldo])
    expected = figures(850_000, 500_000, 1, current=350_000, d1to30=500_000)
    payload = reads_to(tmp_path / "bon.xlsx", [("Bu Tini", rows)], expected)
    assert payload["per_customer"] == {"Bu Tini": 850_000}


# Round 80 book 26: a journal naming customers by code only, beside a customer sheet of
# three columns (code, name, terms) and nothing else: the sheet was left aside ("tidak ada
# baris judul kolom"), the customers shown as C-101 / C-102 and aged on 30 days. Read, Toko
# Murni is on 14 days and PT Sejahtera Makmur on 60. Toko Murni: INV-501 1.000.000 paid by
# RCV-1; INV-510 1.600.000 of 1 Nov due 15 Nov (7 days late). PT Sejahtera Makmur: INV-502
# 5.000.000 of 1 Sep less RCV-2's 2.500.000 leaves 2.500.000 due 31 Oct (22 days late; on 30
# days it was due 1 Oct, 52 days); INV-511 2.000.000 of 10 Nov due 9 Jan (not yet due).
@pytest.mark.parametrize(
    ("labels", "terms"),
    [
        (["Cust ID", "Customer Name", "Terms"], ["Net 14", "Net 60"]),
        (["Kode", "Nama Pelanggan", "Tempo"], ["14 hari", "60 hari"]),
    ],
)
def test_a_customer_sheet_of_codes_names_and_terms_alone_is_read(
    tmp_path: Path, labels: list[str], terms: list[str]
) -> None:
    journal = [
        ["Date", "Ref", "Cust ID", "Description", "Debit", "Credit"],
        [D(2026, 9, 1), "INV-502", "C-102", "Sales", 5_000_000, None],
        [D(2026, 10, 1), "INV-501", "C-101", "Sales", 1_000_000, None],
        [D(2026, 10, 15), "RCV-2", "C-102", "Receipt", None, 2_500_000],
        [D(2026, 10, 20), "RCV-1", "C-101", "Receipt", None, 1_000_000],
        [D(2026, 11, 1), "INV-510", "C-101", "Sales", 1_600_000, None],
        [D(2026, 11, 10), "INV-511", "C-102", "Sales", 2_000_000, None],
    ]
    customers = [
        labels,
        ["C-101", "Toko Murni", terms[0]],
        ["C-102", "PT Sejahtera Makmur", terms[1]],
    ]
    expected = figures(6_100_000, 4_100_000, 2, current=2_000_000, d1to30=4_100_000)
    payload = reads_to(
        tmp_path / "journal.xlsx", [("AR Journal", journal), ("Customer List", customers)], expected
    )
    assert payload["per_customer"] == {"Toko Murni": 1_600_000, "PT Sejahtera Makmur": 4_500_000}
    assert not payload["ignored_sheets"]


# Round 80 book 30: Pak Hendra's card kept a page a sheet, "Pak Hendra (1)" and "(2)", the
# second's Saldo simply going on from the first's 1.000.000 (no "Saldo pindahan" line). Its
# first Saldo (2.500.000 after HD-3's 1.500.000) was told wrong ("terhitung 1.500.000"): the
# check started again from 0. Sheet (1): HD-1 2.000.000, HD-2 1.000.000, paid 2.000.000
# (HD-1 settled). Sheet (2): paid 1.000.000 settles HD-2; HD-3 1.500.000 of 1 Oct due 31 Oct
# (22 days late), HD-4 700.000 of 10 Nov due 10 Dec (not yet due).
def _hendra(last_saldo: int = 2_200_000) -> list[tuple[str, list[list[object]]]]:
    head: list[list[object]] = [
        ["KARTU PIUTANG"],
        ["Nama : Pak Hendra"],
        [],
        ["Tanggal", "No Nota", "Keterangan", "Debet", "Kredit", "Saldo"],
    ]
    return [
        ("Pak Hendra (1)", [
            *head,
            [D(2026, 8, 1), "HD-1", "ambil", 2_000_000, None, 2_000_000],
            [D(2026, 8, 20), "HD-2", "ambil", 1_000_000, None, 3_000_000],
            [D(2026, 9, 10), None, "bayar", None, 2_000_000, 1_000_000],
        ]),
        ("Pak Hendra (2)", [
            *head,
            [D(2026, 10, 1), "HD-3", "ambil", 1_500_000, None, 2_500_000],
            [D(2026, 10, 20), None, "bayar", None, 1_000_000, 1_500_000],
            [D(2026, 11, 10), "HD-4", "ambil", 700_000, None, last_saldo],
        ]),
    ]  # fmt: skip


def test_a_card_a_page_a_sheet_goes_on_from_the_sheet_before(tmp_path: Path) -> None:
    expected = figures(2_200_000, 1_500_000, 1, current=700_000, d1to30=1_500_000)
    payload = reads_to(tmp_path / "hendra.xlsx", _hendra(), expected)
    assert payload["per_customer"] == {"Pak Hendra": 2_200_000}


def test_a_saldo_typed_wrong_on_the_next_page_sheet_is_still_told(tmp_path: Path) -> None:
    # The same card, its last Saldo typed 2.300.000 for 2.200.000: told on that row alone.
    payload = read_book(tmp_path / "hendra.xlsx", _hendra(2_300_000))
    assert payload["outstanding"] == 2_200_000
    told = [(p["sheet"], p["row"], p["book_says"], p["read"]) for p in payload["problems"]]
    assert told == [("Pak Hendra (2)", 7, 2_300_000, 2_200_000)]


# Round 80 book 19, and the fixer's own probes of it: a cash book beside the credit sales,
# whose Piutang Dagang rows pay the notas they name ("Terima pelunasan PJ-0010 Toko Rukun"),
# naming no customer in a column, a title or its sheet's name. Left aside unread (for want of
# whose its rows are, or of a column naming who beside its account column), its payments
# were lost: 9.000.000 owed for 5.500.000. Such a sheet naming the file's notas refuses the
# file, as one with no header it knows does: a refusal beats a wrong total.
@pytest.mark.parametrize(
    "labels",
    [
        ["Tanggal", "Keterangan", "Akun", "Masuk", "Keluar", "Saldo"],
        ["Tanggal", "Keterangan", "Akun", "Debet", "Kredit", "Saldo"],
        ["Tanggal", "Keterangan", "Masuk", "Keluar", "Saldo"],
        ["Tanggal", "Keterangan", "Debet", "Kredit", "Saldo"],
    ],
)
def test_a_cash_book_naming_the_notas_it_is_paid_for_is_never_left_out(
    tmp_path: Path, labels: list[str]
) -> None:
    sales = [
        ["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Tempo"],
        ["PJ-0010", D(2026, 9, 15), "Toko Rukun", 2_000_000, "30 hari"],
        ["PJ-0011", D(2026, 10, 2), "Bu Marni", 1_500_000, "30 hari"],
        ["PJ-0012", D(2026, 10, 20), "Toko Rukun", 3_000_000, "30 hari"],
    ]
    cash: list[list[object]] = [["BUKU KAS TOKO"], [], labels]
    saldo = 5_000_000
    for day, what, account, money_in, money_out in [
        (D(2026, 10, 5), "Penjualan tunai", "Penjualan Tunai", 850_000, None),
        (D(2026, 10, 14), "Terima pelunasan PJ-0010 Toko Rukun", "Piutang Dagang", 2_000_000, None),
        (D(2026, 10, 20), "Bayar listrik Oktober", "Biaya Listrik", None, 450_000),
        (D(2026, 11, 3), "Terima cicilan PJ-0011 Bu Marni", "Piutang Dagang", 500_000, None),
        (D(2026, 11, 10), "Gaji karyawan", "Biaya Gaji", None, 3_000_000),
    ]:
        saldo += (money_in or 0) - (money_out or 0)
        accounts = [account] if "Akun" in labels else []
        cash.append([day, what, *accounts, money_in, money_out, saldo])
    path = tmp_path / "kas.xlsx"
    write_xlsx(path, {"Penjualan Kredit": sales, "Buku Kas": cash})
    batch, _ = summarize_files([path], AS_OF)
    assert len(batch.errors) == 1
    assert "'Buku Kas' (PJ-0010, PJ-0011)" in batch.errors[0].message("id")
