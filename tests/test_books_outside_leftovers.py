"""Books of earlier outside rounds that were still read wrong (figures worked out on paper as
of 22 Nov 2026, default term 30 days)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.ledger import build_ledger
from core.report import summarize_files
from tests.factories import invoice, payment
from tests.test_books_by_hand import AS_OF, FIGURES, _xlsx, figures, reads_to

# Retur and Potongan as columns on the invoice's row, beside Dibayar, and a Sisa that takes both
# off: Jumlah - Retur - Potongan - Dibayar.
DISCOUNT_AT_PAYMENT = [
    ["No Faktur", "Tanggal", "Nama Toko", "Jumlah", "Retur", "Potongan", "Dibayar", "Sisa"],
    ["RK-01", D(2026, 8, 28), "Toko Surya Baru", 3_000_000, 250_000, 0, 1_750_000, 1_000_000],
    ["RK-02", D(2026, 10, 5), "Toko Surya Baru", 1_800_000, 0, 36_000, 1_764_000, 0],
    ["RK-03", D(2026, 10, 19), "Toko Bina Usaha", 2_400_000, 400_000, 0, 0, 2_000_000],
    ["RK-04", D(2026, 11, 11), "Toko Bina Usaha", 950_000, 0, 0, 450_000, 500_000],
    [None, None, "TOTAL", 8_150_000, 650_000, 36_000, 3_964_000, 3_500_000],
]


def test_a_discount_the_sisa_takes_off_settles_beside_what_was_paid(tmp_path: Path) -> None:
    # RK-01 1M due 27 Sep (56 days late); RK-02 paid with a 36k discount; RK-03 2M due 18 Nov
    # (4 days); RK-04 500k not due. It read 3,536,000, RK-02's discount still owed, and the
    # row's Sisa flagged as a mismatch.
    expected = figures(3_500_000, 3_000_000, 2, current=500_000, d1to30=2_000_000,
                       d31to60=1_000_000)  # fmt: skip
    payload = reads_to(tmp_path / "retur_kolom.xlsx", [("Piutang", DISCOUNT_AT_PAYMENT)], expected)
    assert payload["problems"] == [] and payload["checks"] == "ok"


def test_a_discount_already_in_the_amount_is_not_taken_off_again(tmp_path: Path) -> None:
    # Jumlah is after the discount (Sisa = Jumlah - Dibayar): 900k - 400k = 500k due 1 Nov (21
    # days late); 1.5M due 10 Dec. Without a Sisa the discount column is not read either.
    book = [["No", "Tanggal", "Pelanggan", "Harga", "Potongan", "Jumlah", "Dibayar", "Sisa"],
            ["D-1", D(2026, 10, 2), "Toko Asri", 1_000_000, 100_000, 900_000, 400_000, 500_000],
            ["D-2", D(2026, 11, 10), "Toko Asri", 1_600_000, 100_000, 1_500_000, 0,
             1_500_000]]  # fmt: skip
    expected = figures(2_000_000, 500_000, 1, current=1_500_000, d1to30=500_000)
    reads_to(tmp_path / "diskon.xlsx", [("Faktur", book)], expected)
    no_sisa = [row[:-1] for row in book]
    reads_to(tmp_path / "diskon_tanpa_sisa.xlsx", [("Faktur", no_sisa)], expected)


def test_a_payment_from_a_name_written_short_pays_the_one_customer_it_means(
    tmp_path: Path,
) -> None:
    # "Bu Ani" pays "Bu Ani (0812-3456-7890)": 300k to K-04 (due 30 Oct), K-03 400k not due;
    # "Tk. Sinar" pays "Toko Sinar": H-1 1M - 400k = 600k due 31 Oct (22 days late). Both were
    # a payment from an unknown customer paying nothing (2,450,000 read for 2,150,000).
    book = [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
            ["K-01", D(2026, 9, 20), "Toko Makmur - Solo", 1_000_000],
            ["K-03", D(2026, 10, 25), "Bu Ani (0812-3456-7890)", 400_000],
            ["K-04", D(2026, 9, 30), "Bu Ani (0812-3456-7890)", 300_000],
            ["H-1", D(2026, 10, 1), "Toko Sinar", 1_000_000],
            ["K-05", D(2026, 11, 10), "Pak Joko / 0857 1122 3344", 250_000]]  # fmt: skip
    paid = [["Tanggal", "Pelanggan", "Jumlah"],
            [D(2026, 11, 15), "Bu Ani", 300_000],
            [D(2026, 11, 1), "Tk. Sinar", 400_000],
            [D(2026, 11, 2), "Pak Joko", 250_000]]  # fmt: skip
    expected = figures(2_000_000, 1_600_000, 3, current=400_000, d1to30=600_000,
                       d31to60=1_000_000)  # fmt: skip
    payload = reads_to(tmp_path / "nama.xlsx", [("Faktur", book), ("Bayar", paid)], expected)
    assert payload["problems"] == []


def test_a_name_written_short_that_two_customers_could_be_pays_neither(tmp_path: Path) -> None:
    # Two "Bu Ani" told apart by their numbers: a payment from "Bu Ani" is not guessed.
    book = [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
            ["A-1", D(2026, 10, 1), "Bu Ani (0812-1111-2222)", 500_000],
            ["A-2", D(2026, 10, 1), "Bu Ani (0813-3333-4444)", 700_000]]  # fmt: skip
    paid = [["Tanggal", "Pelanggan", "Jumlah"], [D(2026, 11, 1), "Bu Ani", 200_000]]
    path = tmp_path / "dua_ani.xlsx"
    _xlsx(path, [("Faktur", book), ("Bayar", paid)])
    _, payload = summarize_files([path], AS_OF)
    assert {key: payload[key] for key in FIGURES} == figures(
        1_200_000, 1_200_000, 2, d1to30=1_200_000
    )
    # Told as a name two customers share: which one paid? (outside round 46 s25)
    assert [p["code"] for p in payload["problems"]] == ["ambiguous-customer-payment"]


def test_the_payment_from_a_name_written_short_is_listed_as_the_customers() -> None:
    book = build_ledger(
        [invoice(1, "Bu Ani (0812-3456-7890)", 500, 0, 10)],
        [payment(200, D(2026, 11, 1), "", "Bu Ani")],
    )
    [paid] = book.payments
    assert book.customer_of(paid) == book.invoices[0].customer_key
    assert book.invoices[0].paid == 200 and not book.unmatched_payments
