"""An outside tester's twenty-second round: rows that are no debt owed to the shop, counted as
if they were (figures worked out on paper as of 22 Nov 2026, default term 30 days). Each read
to a wrong total, silently, or was refused, before its rule."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, _xlsx, figures


def _left_aside(payload: dict[str, object]) -> list[str]:
    return [s["reason"] for s in payload["ignored_sheets"]]  # type: ignore[attr-defined]


def test_purchases_beside_sales_in_one_type_column_are_the_shops_own_debts(
    tmp_path: Path,
) -> None:
    # N-1 1 Oct Toko Mekar 2,000 - 500 = 1,500 due 31 Oct: 22 days (1-30); N-2 10 Nov Bu Lina
    # 600 current. K-1 (Pembelian) and K-2 (Kulakan) are what the shop owes its suppliers: left
    # out, told (read as owed to the shop: 8,100,000 where 2,100,000 is).
    book = [["TRANSAKSI TEMPO"], [],
            ["Tanggal", "No Nota", "Jenis", "Nama", "Jumlah", "Dibayar"],
            [D(2026, 10, 1), "N-1", "Penjualan", "Toko Mekar", 2_000_000, 500_000],
            [D(2026, 10, 5), "K-1", "Pembelian", "PT Sumber Pangan", 5_000_000, 0],
            [D(2026, 11, 10), "N-2", "Penjualan", "Bu Lina", 600_000, 0],
            [D(2026, 11, 12), "K-2", "Kulakan", "CV Grosir", 1_000_000, 0]]  # fmt: skip
    path = tmp_path / "jual_kulak.xlsx"
    _xlsx(path, [("Tempo", book)])
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors and not payload["problems"]
    assert {k: payload[k] for k in FIGURES} == figures(
        2_100_000, 1_500_000, 2, current=600_000, d1to30=1_500_000
    )
    (told,) = _left_aside(payload)
    assert "'Kulakan', 'Pembelian'" in told and "2 baris" in told


def test_a_debts_apps_hutang_beside_piutang_is_the_owners_own_debt(tmp_path: Path) -> None:
    # Pak Harjo 20 Sep 1,000 - 400 = 600 due 20 Oct: 33 days (31-60); Bu Endah 5 Nov 700
    # current. UD Benih's Hutang 3,000 is the owner's debt, and the Pembayaran to UD Benih (a
    # name on Hutang rows alone) the owner paying it: both left out (3,300,000 read where
    # 1,300,000 is owed).
    path = tmp_path / "hutang_piutang.csv"
    path.write_text(
        "Tanggal,Nama,Jenis,Nominal,Catatan\n"
        "2026-09-20,Pak Harjo,Piutang,1000000,pupuk\n"
        "2026-10-01,UD Benih,Hutang,3000000,stok benih\n"
        "2026-10-25,Pak Harjo,Pembayaran,400000,cicil\n"
        "2026-11-02,UD Benih,Pembayaran,1000000,tf\n"
        "2026-11-05,Bu Endah,Piutang,700000,bibit\n",
        encoding="utf-8",
    )
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors and not payload["problems"]
    assert {k: payload[k] for k in FIGURES} == figures(
        1_300_000, 600_000, 2, current=700_000, d31to60=600_000
    )
    (told,) = _left_aside(payload)
    assert "'Hutang'" in told and "2 baris" in told


def test_a_debts_apps_own_words_for_lending_and_being_paid(tmp_path: Path) -> None:
    # "Beri Pinjaman", "Catat Piutang" are debts owed to the owner, "Terima Pembayaran" a
    # payment on one; "Terima Pinjaman" and "Bayar Hutang" beside them are the owner's own
    # debt and its payment (refused before: 'Terima Pembayaran' was no known word).
    # Mbak Tari 3 Oct 1,500 - 500 = 1,000 due 2 Nov: 20 days (1-30); Pak Dodi 8 Nov 250 current.
    path = tmp_path / "catatan_pinjaman.csv"
    path.write_text(
        "Tanggal,Nama,Jenis,Nominal\n"
        "2026-10-03,Mbak Tari,Beri Pinjaman,1500000\n"
        "2026-10-10,Koperasi Maju,Terima Pinjaman,5000000\n"
        "2026-10-20,Mbak Tari,Terima Pembayaran,500000\n"
        "2026-11-01,Koperasi Maju,Bayar Hutang,1000000\n"
        "2026-11-08,Pak Dodi,Catat Piutang,250000\n",
        encoding="utf-8",
    )
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors and not payload["problems"]
    assert {k: payload[k] for k in FIGURES} == figures(
        1_250_000, 1_000_000, 2, current=250_000, d1to30=1_000_000
    )
    assert len(_left_aside(payload)) == 1


def test_a_kasbon_apps_hutang_alone_is_still_the_customers_debt(tmp_path: Path) -> None:
    # No Piutang beside it: "Hutang" is what the customer took, "Bayar Hutang" their payment.
    # Mas Agus 1 Oct 800 - 300 = 500 due 31 Oct: 22 days (1-30); Bu Rina 10 Nov 200 current.
    path = tmp_path / "kasbon.csv"
    path.write_text(
        "Tanggal,Nama,Jenis,Nominal\n"
        "2026-10-01,Mas Agus,Hutang,800000\n"
        "2026-10-15,Mas Agus,Bayar Hutang,300000\n"
        "2026-11-10,Bu Rina,Hutang,200000\n",
        encoding="utf-8",
    )
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors and not payload["problems"] and not payload["ignored_sheets"]
    assert {k: payload[k] for k in FIGURES} == figures(
        700_000, 500_000, 2, current=200_000, d1to30=500_000
    )


def test_a_sale_paid_at_the_till_by_its_way_to_pay_is_no_debt(tmp_path: Path) -> None:
    # "Cara Bayar" says how each sale was paid: Kredit / Tempo on credit, Tunai / Transfer BCA /
    # QRIS at the sale (counted as owed: 3,250,000 where 1,900,000 is).
    # A-1 25 Sep Toko Lestari 1,000 due 25 Oct: 28 days (1-30); A-4 5 Nov Pak Beni 900 current.
    book = [["No Nota", "Tanggal", "Pelanggan", "Total", "Cara Bayar"],
            ["A-1", D(2026, 9, 25), "Toko Lestari", 1_000_000, "Kredit"],
            ["A-2", D(2026, 10, 2), "Toko Lestari", 400_000, "Tunai"],
            ["A-3", D(2026, 10, 10), "Pak Beni", 700_000, "Transfer BCA"],
            ["A-4", D(2026, 11, 5), "Pak Beni", 900_000, "Tempo"],
            ["A-5", D(2026, 11, 6), "Toko Lestari", 250_000, "QRIS"]]  # fmt: skip
    path = tmp_path / "cara_bayar.xlsx"
    _xlsx(path, [("Penjualan", book)])
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors and not payload["problems"]
    assert {k: payload[k] for k in FIGURES} == figures(
        1_900_000, 1_000_000, 2, current=900_000, d1to30=1_000_000
    )


def test_kredit_and_tunai_under_jenis_are_ways_to_pay_not_payments(tmp_path: Path) -> None:
    # A "Jenis" of Kredit and Tunai alone says how each sale was paid, not that every row is a
    # payment (read as payments of no invoice: nothing owed, three problem rows).
    # Bu Sri 1 Oct 600 due 31 Oct: 22 days (1-30); Pak Eko 12 Nov 450 current.
    path = tmp_path / "jenis_kredit.csv"
    path.write_text(
        "Tanggal;Pelanggan;Jenis;Total\n01/10/2026;Bu Sri;Kredit;600.000\n"
        "03/10/2026;Bu Sri;Tunai;300.000\n12/11/2026;Pak Eko;Kredit;450.000\n",
        encoding="utf-8",
    )
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors and not payload["problems"]
    assert {k: payload[k] for k in FIGURES} == figures(
        1_050_000, 600_000, 2, current=450_000, d1to30=600_000
    )
