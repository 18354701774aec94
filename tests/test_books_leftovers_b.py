"""Leftovers of the outside testers' last round, each book written by hand with its figures
worked out on paper as of 22 Nov 2026 (default term 30 days)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, _xlsx, figures, reads_to

INVOICES = [
    ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
    ["F-01", D(2026, 9, 1), "Toko Maju", 2_000_000],
    ["F-02", D(2026, 10, 1), "Toko Maju", 1_500_000],
    ["F-03", D(2026, 10, 20), "Toko Tunai Jaya", 1_000_000],
    ["F-04", D(2026, 11, 5), "Toko Tunai Jaya", 800_000],
]
# Each payment split across the ways it came in, some rows with both filled, some with one.
BY_WAY = [
    ["Tanggal", "No Faktur", "Pelanggan", "Tunai", "Transfer"],
    [D(2026, 10, 1), "F-01", "Toko Maju", 500_000, 1_000_000],
    [D(2026, 10, 25), "F-02", "Toko Maju", None, 1_500_000],
    [D(2026, 11, 10), "F-03", "Toko Tunai Jaya", 400_000, None],
    [D(2026, 11, 12), "F-04", "Toko Tunai Jaya", 100_000, 200_000],
]
# F-01 2M - 1.5M = 500k due 1 Oct (52 days late); F-02 paid by transfer alone; F-03 1M - 400k =
# 600k due 19 Nov (3 days); F-04 800k - 300k = 500k due 5 Dec. It read 4,300,000: only the Tunai
# column paid, F-02's row a missing amount.
BY_WAY_FIGURES = figures(1_600_000, 1_100_000, 2, current=500_000, d1to30=600_000,
                         d31to60=500_000)  # fmt: skip


def test_a_payment_split_across_way_columns_is_their_sum(tmp_path: Path) -> None:
    reads_to(tmp_path / "cara.xlsx", [("Faktur", INVOICES), ("Bayar", BY_WAY)], BY_WAY_FIGURES)


def test_a_total_beside_the_ways_that_is_their_sum_is_no_more_money(tmp_path: Path) -> None:
    # The same payments with their Total (it read 4,300,000 too, Tunai alone).
    with_total = [BY_WAY[0] + ["Total"]] + [
        [*row, (row[3] or 0) + (row[4] or 0)] for row in BY_WAY[1:]
    ]
    reads_to(tmp_path / "total.xlsx", [("Faktur", INVOICES), ("Bayar", with_total)], BY_WAY_FIGURES)


def test_a_total_that_is_not_the_sum_of_the_ways_is_told(tmp_path: Path) -> None:
    # F-01's row: Tunai 500k + Transfer 1M = 1.5M paid, its Total says 1.6M (told, the parts
    # read); F-02's row has only a Total of 1M. F-01 500k due 1 Oct (52 days), F-02 500k due
    # 31 Oct (22 days).
    book = [["Tanggal", "No Faktur", "Pelanggan", "Tunai", "Transfer", "Total"],
            [D(2026, 10, 1), "F-01", "Toko Maju", 500_000, 1_000_000, 1_600_000],
            [D(2026, 10, 25), "F-02", "Toko Maju", None, None, 1_000_000]]  # fmt: skip
    path = tmp_path / "selisih.xlsx"
    _xlsx(path, [("Faktur", INVOICES[:3]), ("Bayar", book)])
    _, payload = summarize_files([path], AS_OF)
    assert {key: payload[key] for key in FIGURES} == figures(
        1_000_000, 1_000_000, 1, d1to30=500_000, d31to60=500_000
    )
    [told] = payload["problems"]
    said = (told["code"], told["row"], told["book_says"], told["read"])
    assert said == ("check-mismatch", 2, 1_600_000, 1_500_000)


def test_a_way_to_pay_written_as_a_word_is_no_column_of_money(tmp_path: Path) -> None:
    # "Cara Bayar: Tunai / Transfer" beside one Jumlah, to a customer named "Toko Tunai Jaya":
    # the Jumlah is paid. F-03 1M - 400k = 600k due 19 Nov (3 days), F-04 800k not due.
    book = [["Tanggal", "No Faktur", "Pelanggan", "Jumlah", "Cara Bayar"],
            [D(2026, 10, 1), "F-01", "Toko Maju", 2_000_000, "Tunai"],
            [D(2026, 10, 25), "F-02", "Toko Maju", 1_500_000, "Transfer"],
            [D(2026, 11, 10), "F-03", "Toko Tunai Jaya", 400_000, "Tunai"]]  # fmt: skip
    expected = figures(1_400_000, 600_000, 1, current=800_000, d1to30=600_000)
    reads_to(tmp_path / "kata.xlsx", [("Faktur", INVOICES), ("Bayar", book)], expected)


PAID = ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Dibayar"]


def test_a_negative_paid_figure_is_money_taken_back(tmp_path: Path) -> None:
    # F-02's Dibayar -200,000 (a correction, a refund) beside money paid in the column takes
    # back 200k as a payments list's negative row does (ledger._apply_payments): F-02 was paid
    # nothing, so of Toko Maju's latest money, F-01's 500k. F-01 2M - 300k = 1.7M due 1 Oct (52
    # days), F-02 1.5M due 31 Oct (22 days), F-03 800k due 5 Dec. It read 2,300,000: F-02's
    # whole row left out as an invalid paid figure. Its Sisa (1.5M + 200k) agrees.
    book = [PAID,
            ["F-01", D(2026, 9, 1), "Toko Maju", 2_000_000, 500_000],
            ["F-02", D(2026, 10, 1), "Toko Maju", 1_500_000, -200_000],
            ["F-03", D(2026, 11, 5), "Toko Sari", 800_000, 0]]  # fmt: skip
    expected = figures(4_000_000, 3_200_000, 2, current=800_000, d1to30=1_500_000,
                       d31to60=1_700_000)  # fmt: skip
    payload = reads_to(tmp_path / "minus.xlsx", [("Faktur", book)], expected)
    assert payload["per_customer"] == {"Toko Maju": 3_200_000, "Toko Sari": 800_000}
    with_sisa = [[*PAID, "Sisa"]] + [[*row, row[3] - row[4]] for row in book[1:]]
    payload = reads_to(tmp_path / "minus_sisa.xlsx", [("Faktur", with_sisa)], expected)
    assert payload["checks"] == "ok"


def test_a_refund_written_as_a_negative_paid_figure_uses_up_the_overpayment(
    tmp_path: Path,
) -> None:
    # F-01 2M paid 2.2M: 200k over, refunded on F-02's row as -200k. No credit balance is left;
    # F-02 1.5M due 31 Oct (22 days), F-03 800k not due.
    book = [PAID,
            ["F-01", D(2026, 9, 1), "Toko Maju", 2_000_000, 2_200_000],
            ["F-02", D(2026, 10, 1), "Toko Maju", 1_500_000, -200_000],
            ["F-03", D(2026, 11, 5), "Toko Sari", 800_000, 0]]  # fmt: skip
    expected = figures(2_300_000, 1_500_000, 2, current=800_000, d1to30=1_500_000)
    reads_to(tmp_path / "refund.xlsx", [("Faktur", book)], expected)


def test_money_taken_back_beyond_all_a_customer_paid_is_told(tmp_path: Path) -> None:
    # Toko Maju paid nothing: -200k on F-02 takes back nothing, the debt is not raised and the
    # owner is told. F-01 2M due 1 Oct (52 days), F-02 1.5M due 31 Oct (22 days), F-03 800k -
    # 100k = 700k not due.
    book = [PAID,
            ["F-01", D(2026, 9, 1), "Toko Maju", 2_000_000, 0],
            ["F-02", D(2026, 10, 1), "Toko Maju", 1_500_000, -200_000],
            ["F-03", D(2026, 11, 5), "Toko Sari", 800_000, 100_000]]  # fmt: skip
    path = tmp_path / "lebih.xlsx"
    _xlsx(path, [("Faktur", book)])
    _, payload = summarize_files([path], AS_OF)
    assert {key: payload[key] for key in FIGURES} == figures(
        4_200_000, 3_500_000, 2, current=700_000, d1to30=1_500_000, d31to60=2_000_000
    )
    assert [(p["code"], p["row"]) for p in payload["problems"]] == [("taken-back-beyond-paid", 3)]


def test_a_paid_column_of_nothing_but_negative_figures_is_no_money_taken_back(
    tmp_path: Path,
) -> None:
    # A minus on every paid figure is the book's sign, not money taken back: each such row is
    # bad and told, as a payments list of nothing but negative amounts is.
    book = [PAID,
            ["F-01", D(2026, 9, 1), "Toko Maju", 2_000_000, -500_000],
            ["F-03", D(2026, 11, 5), "Toko Sari", 800_000, 0]]  # fmt: skip
    path = tmp_path / "tanda.xlsx"
    _xlsx(path, [("Faktur", book)])
    _, payload = summarize_files([path], AS_OF)
    assert payload["outstanding"] == 800_000
    assert [(p["code"], p["row"]) for p in payload["problems"]] == [("invalid-paid", 2)]


def test_a_ditto_mark_in_the_paid_or_status_column_is_the_cell_above(tmp_path: Path) -> None:
    # F-01 Lunas, F-02 '"' under it: Lunas too. F-03 500k - 200k = 300k due 31 Oct (22 days);
    # F-04 paid '"' = 200k, 300k due 4 Nov (18 days), its status '"' = Belum; F-05 900k '〃'
    # Belum, due 1 Dec. It read 1,900,000: F-02 owed in full, F-04 left out as invalid-paid.
    book = [["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Dibayar", "Status"],
            ["F-01", D(2026, 9, 1), "Toko Maju", 1_000_000, None, "Lunas"],
            ["F-02", D(2026, 9, 10), "Toko Maju", 700_000, None, '"'],
            ["F-03", D(2026, 10, 1), "Toko Sari", 500_000, 200_000, "Belum"],
            ["F-04", D(2026, 10, 5), "Toko Sari", 500_000, '"', '"'],
            ["F-05", D(2026, 11, 1), "Toko Sari", 900_000, None, "〃"]]  # fmt: skip
    expected = figures(1_500_000, 600_000, 1, current=900_000, d1to30=600_000)
    reads_to(tmp_path / "ditto.xlsx", [("Faktur", book)], expected)


def test_a_ditto_mark_under_a_word_in_the_paid_column_repeats_it(tmp_path: Path) -> None:
    # Dibayar "Lunas", then "idem" and "s.d.a": F-01..F-03 paid; F-04 800k due 5 Dec.
    book = [PAID,
            ["F-01", D(2026, 9, 1), "Toko Maju", 2_000_000, "Lunas"],
            ["F-02", D(2026, 10, 1), "Toko Maju", 1_500_000, "idem"],
            ["F-03", D(2026, 10, 20), "Toko Sari", 1_000_000, "s.d.a"],
            ["F-04", D(2026, 11, 5), "Toko Sari", 800_000, None]]  # fmt: skip
    reads_to(tmp_path / "idem.xlsx", [("Faktur", book)], figures(800_000, 0, 1, current=800_000))


def test_a_ditto_mark_under_nothing_paid_is_told(tmp_path: Path) -> None:
    # '"' under an empty paid cell repeats nothing: the row is told, not guessed paid.
    book = [PAID,
            ["F-01", D(2026, 9, 1), "Toko Maju", 2_000_000, None],
            ["F-02", D(2026, 10, 1), "Toko Maju", 1_500_000, '"'],
            ["F-03", D(2026, 11, 5), "Toko Sari", 800_000, 0]]  # fmt: skip
    path = tmp_path / "kosong.xlsx"
    _xlsx(path, [("Faktur", book)])
    _, payload = summarize_files([path], AS_OF)
    assert [(p["code"], p["row"]) for p in payload["problems"]] == [("invalid-paid", 3)]


def _card(first: str) -> list[list[object]]:
    """Toko Maju's card, no Saldo column: ``first`` on 1 Aug with 1.2M in Debet."""
    return [["KARTU PIUTANG"], ["Pelanggan: Toko Maju"],
            ["Tanggal", "Keterangan", "Debet", "Kredit"],
            [D(2026, 8, 1), first, 1_200_000, None],
            [D(2026, 9, 15), "Faktur F-101", 2_000_000, None],
            [D(2026, 10, 5), "Bayar tunai", None, 500_000],
            [D(2026, 11, 10), "Faktur F-102", 600_000, None]]  # fmt: skip


def test_a_balance_brought_from_the_old_book_is_due_on_its_own_date(tmp_path: Path) -> None:
    # Already read so (a guard): the opening 1.2M less the 500k paid (oldest first) = 700k due
    # 1 Aug itself (113 days late); F-101 2M due 15 Oct (38 days); F-102 600k due 10 Dec. A
    # sale on 1 Aug would be due 31 Aug (83 days: 61-90).
    expected = figures(3_300_000, 2_700_000, 1, current=600_000, d31to60=2_000_000,
                       over90=700_000)  # fmt: skip
    for first in ("Pindahan dari buku lama", "Saldo pindahan", "SALDO PINDAHAN"):
        reads_to(tmp_path / "kartu.xlsx", [("Toko Maju", _card(first))], expected)
    sale = figures(3_300_000, 2_700_000, 1, current=600_000, d31to60=2_000_000,
                   d61to90=700_000)  # fmt: skip
    reads_to(tmp_path / "kartu_jual.xlsx", [("Toko Maju", _card("Faktur F-100"))], sale)
