"""An outside tester's twenty-second round: money taken back by a negative payment, one
customer's name written with and without a title, and a card whose down payment comes before
any invoice (figures worked out on paper as of 22 Nov 2026, default term 30 days)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, _xlsx, figures, reads_to

INVOICES = ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"]


def test_a_negative_correction_row_undoes_the_payment_it_names(tmp_path: Path) -> None:
    # K-1's 1,200,000 was booked to Toko Cahaya by mistake and undone by -1,200,000: K-1 is owed
    # whole, due 9 Oct -> 44 days late (31-60); K-2 paid; K-3 600,000 due 4 Dec, current.
    # (The negative row was left out as a bad row: K-1 read paid, 600,000 owed.)
    book = [INVOICES,
            ["K-1", D(2026, 9, 9), "Toko Cahaya", 1_200_000],
            ["K-2", D(2026, 10, 8), "Toko Delima", 900_000],
            ["K-3", D(2026, 11, 4), "Toko Delima", 600_000]]  # fmt: skip
    paid = [["Tanggal", "No Faktur", "Pelanggan", "Jumlah", "Keterangan"],
            [D(2026, 11, 2), "K-1", "Toko Cahaya", 1_200_000, "tf BRI"],
            [D(2026, 11, 3), "K-1", "Toko Cahaya", -1_200_000, "koreksi salah input"],
            [D(2026, 11, 3), "K-2", "Toko Delima", 900_000, "tf BRI"]]  # fmt: skip
    expected = figures(1_800_000, 1_200_000, 2, current=600_000, d31to60=1_200_000)
    reads_to(tmp_path / "koreksi.xlsx", [("Faktur", book), ("Pembayaran", paid)], expected)


def test_a_bounced_giro_written_negative_takes_its_money_back(tmp_path: Path) -> None:
    # The giro paid G-1's 2,000,000; "tolakan" -2,000,000 undoes it: G-1 owed whole, due 29 Oct
    # -> 24 days late (1-30); G-2 400,000 due 12 Dec, current. (The bounce's row was left out
    # as a giro not cleared, and G-1 read paid: 400,000 owed.)
    book = [INVOICES,
            ["G-1", D(2026, 9, 29), "UD Makmur", 2_000_000],
            ["G-2", D(2026, 11, 12), "UD Makmur", 400_000]]  # fmt: skip
    paid = [["Tanggal", "No Faktur", "Pelanggan", "Jumlah", "Keterangan"],
            [D(2026, 10, 20), "G-1", "UD Makmur", 2_000_000, "Giro BG-1001 jt 30/10"],
            [D(2026, 11, 1), "G-1", "UD Makmur", -2_000_000, "Giro BG-1001 tolakan"]]  # fmt: skip
    expected = figures(2_400_000, 2_000_000, 1, current=400_000, d1to30=2_000_000)
    reads_to(tmp_path / "giro.xlsx", [("Faktur", book), ("Penerimaan", paid)], expected)


def test_money_taken_back_on_account_leaves_the_newest_debt_owed_again(tmp_path: Path) -> None:
    # Toko Jaya paid 1,500,000 on account, 500,000 of it taken back: 1,000,000 pays C-1 (oldest)
    # whole, C-2 800,000 is owed again, due 14 Nov -> 8 days late (1-30). (Without the take-back
    # 500,000 of C-2 read paid: 300,000 owed.)
    book = [INVOICES,
            ["C-1", D(2026, 9, 10), "Toko Jaya", 1_000_000],
            ["C-2", D(2026, 10, 15), "Toko Jaya", 800_000]]  # fmt: skip
    paid = [["Tanggal", "Pelanggan", "Jumlah", "Keterangan"],
            [D(2026, 11, 1), "Toko Jaya", 1_500_000, "tunai"],
            [D(2026, 11, 5), "Toko Jaya", -500_000, "koreksi, kelebihan catat"]]  # fmt: skip
    expected = figures(800_000, 800_000, 1, d1to30=800_000)
    reads_to(tmp_path / "ambil_kembali.xlsx", [("Faktur", book), ("Bayar", paid)], expected)


def test_money_taken_back_beyond_all_that_was_paid_is_told(tmp_path: Path) -> None:
    # Pak Ali paid 300,000 of A-1 (1,000,000, due 30 Oct -> 23 days late) and 700,000 is taken
    # back: the 300,000 is undone, A-1 owed whole; the 400,000 more undoes nothing in the book,
    # and the owner is told.
    book = [INVOICES, ["A-1", D(2026, 9, 30), "Pak Ali", 1_000_000]]
    paid = [["Tanggal", "Pelanggan", "Jumlah"],
            [D(2026, 11, 1), "Pak Ali", 300_000],
            [D(2026, 11, 5), "Pak Ali", -700_000]]  # fmt: skip
    path = tmp_path / "lebih.xlsx"
    _xlsx(path, [("Faktur", book), ("Bayar", paid)])
    _, payload = summarize_files([path], AS_OF)
    assert {k: payload[k] for k in FIGURES} == figures(1_000_000, 1_000_000, 1, d1to30=1_000_000)
    assert [p["code"] for p in payload["problems"]] == ["taken-back-beyond-paid"]


def test_a_list_of_nothing_but_negative_payments_is_no_money_taken_back(tmp_path: Path) -> None:
    # Every amount written with a minus is the book's sign for a credit, not money taken back:
    # its rows are bad rows, as before, and the invoices stand as listed.
    book = [INVOICES, ["N-1", D(2026, 11, 1), "Bu Rina", 500_000]]
    paid = [["Tanggal", "No Faktur", "Pelanggan", "Jumlah"],
            [D(2026, 11, 5), "N-1", "Bu Rina", -200_000]]  # fmt: skip
    path = tmp_path / "minus.xlsx"
    _xlsx(path, [("Faktur", book), ("Bayar", paid)])
    _, payload = summarize_files([path], AS_OF)
    assert payload["outstanding"] == 500_000
    assert [p["code"] for p in payload["problems"]] == ["negative-amount"]


def test_hajj_titles_written_several_ways_are_one_person(tmp_path: Path) -> None:
    # "H. Rahmat" paid as "Haji Rahmat": 2,500,000 pays H-1 (2,000,000) and 500,000 of H-2,
    # 500,000 left due 17 Nov -> 5 days late (1-30). "Hj. Maryam" and "Ibu Hj. Maryam" are one
    # customer: "Hajjah Maryam" paid 500,000 of H-3 (1,500,000, due 4 Nov -> 18 days late),
    # H-4 700,000 due 6 Dec, current. (Read as three customers, neither payment counted.)
    book = [INVOICES,
            ["H-1", D(2026, 9, 8), "H. Rahmat", 2_000_000],
            ["H-2", D(2026, 10, 18), "H. Rahmat", 1_000_000],
            ["H-3", D(2026, 10, 5), "Hj. Maryam", 1_500_000],
            ["H-4", D(2026, 11, 6), "Ibu Hj. Maryam", 700_000]]  # fmt: skip
    paid = [["Tanggal", "Pelanggan", "Jumlah"],
            [D(2026, 11, 5), "Haji Rahmat", 2_500_000],
            [D(2026, 11, 12), "Hajjah Maryam", 500_000]]  # fmt: skip
    expected = figures(2_200_000, 1_500_000, 2, current=700_000, d1to30=1_500_000)
    reads_to(tmp_path / "haji.xlsx", [("Faktur", book), ("Pembayaran", paid)], expected)


def test_a_payer_on_behalf_and_without_a_title_is_the_one_customer_of_that_name(
    tmp_path: Path,
) -> None:
    # "a.n. Toko Melati" pays T-1; Pak Joko (invoiced as "Bpk. Joko Susilo", paying as "Joko
    # Susilo") pays 400,000 of J-1: 600,000 left, due 1 Nov -> 21 days late (1-30). (Both
    # payments were an unknown customer's: 2,200,000 owed.)
    book = [INVOICES,
            ["T-1", D(2026, 10, 1), "Toko Melati", 1_200_000],
            ["J-1", D(2026, 10, 2), "Bpk. Joko Susilo", 1_000_000]]  # fmt: skip
    paid = [["Tanggal", "Pelanggan", "Jumlah"],
            [D(2026, 11, 3), "a.n. Toko Melati", 1_200_000],
            [D(2026, 11, 4), "Joko Susilo", 400_000]]  # fmt: skip
    expected = figures(600_000, 600_000, 1, d1to30=600_000)
    reads_to(tmp_path / "atas_nama.xlsx", [("Faktur", book), ("Pembayaran", paid)], expected)


def test_a_man_and_a_woman_of_one_name_stay_two_customers(tmp_path: Path) -> None:
    # "Pak Budi" and "Bu Budi" both owe: two customers, and "Budi" paying fits both, so pays
    # neither (told); "Ibu Budi" paying is Bu Budi's. P-1 800,000 due 3 Nov -> 19 days late;
    # B-1 500,000 - 200,000 = 300,000 due 14 Nov -> 8 days late.
    book = [INVOICES,
            ["P-1", D(2026, 10, 4), "Pak Budi", 800_000],
            ["B-1", D(2026, 10, 15), "Bu Budi", 500_000]]  # fmt: skip
    paid = [["Tanggal", "Pelanggan", "Jumlah"],
            [D(2026, 11, 2), "Budi", 300_000],
            [D(2026, 11, 3), "Ibu Budi", 200_000],
            [D(2026, 11, 4), "Hj. Budi", 100_000]]  # fmt: skip
    path = tmp_path / "budi.xlsx"
    _xlsx(path, [("Faktur", book), ("Pembayaran", paid)])
    _, payload = summarize_files([path], AS_OF)
    # "Hj. Budi" is a woman's title: Bu Budi's, 100,000 more -> 200,000 left.
    assert {k: payload[k] for k in FIGURES} == figures(1_000_000, 1_000_000, 2, d1to30=1_000_000)
    # "Budi" is told as a name both share: which one paid? (outside round 46 s25)
    assert [p["code"] for p in payload["problems"]] == ["ambiguous-customer-payment"]


def test_a_down_payment_on_a_card_before_any_invoice_is_a_credit(tmp_path: Path) -> None:
    # Bu Rini's card holds only her 250,000 down payment for a cupboard not yet invoiced: her
    # credit balance (it was an unknown customer's payment, not counted). Pak Darto's DP of
    # 400,000 comes before D-1 (1,000,000, 5 Oct, due 4 Nov -> 18 days late): 600,000 owed.
    head = ["Tanggal", "Keterangan", "No. Faktur", "Debet", "Kredit", "Saldo"]
    darto = [["KARTU PIUTANG"], ["Pelanggan : Pak Darto"], [], head,
             [D(2026, 9, 28), "DP lemari", None, None, 400_000, -400_000],
             [D(2026, 10, 5), "Lemari jati", "D-1", 1_000_000, None, 600_000]]  # fmt: skip
    rini = [["KARTU PIUTANG"], ["Pelanggan : Bu Rini"], [], head,
            [D(2026, 11, 3), "Uang muka bufet", None, None, 250_000, -250_000]]  # fmt: skip
    expected = figures(600_000, 600_000, 1, {"Bu Rini": 250_000}, d1to30=600_000)
    reads_to(tmp_path / "kartu_dp.xlsx", [("Pak Darto", darto), ("Bu Rini", rini)], expected)


def test_a_negative_credit_on_a_card_takes_back_what_was_paid(tmp_path: Path) -> None:
    # The 3,000,000 credited on 5 Sep is undone on 18 Sep (-3,000,000 in Kredit): FJ-81 is owed
    # from its own due date, 9 Sep. The cash 1,000,000 pays it first: 2,000,000 left, 74 days
    # late (61-90); FJ-102 1,200,000 due 19 Nov -> 3 days (1-30). (The minus was read as a sale
    # of 18 Sep, aged 35 days: 31-60.)
    head = ["Tanggal", "No. Bukti", "Keterangan", "Debet", "Kredit", "Saldo"]
    card = [["KARTU PIUTANG"], ["Nama : Toko Bintang"], [], head,
            [D(2026, 8, 10), "FJ-81", "Penjualan", 3_000_000, None, 3_000_000],
            [D(2026, 9, 5), None, "Transfer BCA", None, 3_000_000, 0],
            [D(2026, 9, 18), None, "koreksi salah catat", None, -3_000_000, 3_000_000],
            [D(2026, 10, 20), "FJ-102", "Penjualan", 1_200_000, None, 4_200_000],
            [D(2026, 11, 10), None, "Bayar tunai", None, 1_000_000, 3_200_000]]  # fmt: skip
    expected = figures(3_200_000, 3_200_000, 1, d1to30=1_200_000, d61to90=2_000_000)
    reads_to(tmp_path / "kartu_koreksi.xlsx", [("Toko Bintang", card)], expected)


def test_money_taken_back_from_an_invoice_beyond_its_payment_undoes_the_latest(
    tmp_path: Path,
) -> None:
    # -900,000 naming S-1 (paid 500,000 by name): 500,000 undoes S-1's payment, 400,000 the
    # customer's latest money, the 600,000 on account that paid S-2: S-2 owes 400,000 again
    # (due 15 Nov, 7 days late); S-1 1,000,000 due 31 Oct, 22 days late. Then 500,000 more
    # taken back: 200,000 undoes the rest of S-2's payment (1,600,000 owed), and the 300,000
    # beyond all she paid is told, on the rows taking it back.
    book = [INVOICES,
            ["S-1", D(2026, 10, 1), "Bu Tini", 1_000_000],
            ["S-2", D(2026, 10, 16), "Bu Tini", 600_000]]  # fmt: skip
    paid = [["Tanggal", "No Faktur", "Pelanggan", "Jumlah"],
            [D(2026, 11, 1), "S-1", "Bu Tini", 500_000],
            [D(2026, 11, 2), None, "Bu Tini", 600_000],
            [D(2026, 11, 5), "S-1", "Bu Tini", -900_000]]  # fmt: skip
    expected = figures(1_400_000, 1_400_000, 1, d1to30=1_400_000)
    reads_to(tmp_path / "tarik.xlsx", [("Faktur", book), ("Bayar", paid)], expected)
    paid.append([D(2026, 11, 6), "S-1", "Bu Tini", -500_000])
    path = tmp_path / "tarik_lebih.xlsx"
    _xlsx(path, [("Faktur", book), ("Bayar", paid)])
    _, payload = summarize_files([path], AS_OF)
    assert {k: payload[k] for k in FIGURES} == figures(1_600_000, 1_600_000, 1, d1to30=1_600_000)
    assert [p["code"] for p in payload["problems"]] == ["taken-back-beyond-paid"] * 2
