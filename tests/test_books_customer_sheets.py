"""What a book's customer sheet says of its customers, and what one invoice row says of its
instalments (an outside tester's round of books, figures worked out on paper as of 22 Nov
2026, default term 30 days). Before, each read wrong:

- a "Data Pelanggan" sheet giving each customer's terms ("Tempo 14 hari", "60 hari") beside an
  invoices sheet with no terms or due dates: every invoice aged on the default 30 days (overdue
  3.8M where 2.8M is right);
- a "Pelanggan" sheet mapping codes to names (C002 → Warung Makan Bu Tatik) beside a journal
  keyed by the codes: the customer shown as "C002".
"""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import _aging, _expect, _xlsx, reads_to, saved_summary

CUSTOMERS = ("Data Pelanggan", [["Nama Pelanggan", "Alamat", "Telepon", "Tempo"],
    ["Toko Sido Rukun", "Pasar Legi Blok B", "0271-655443", "14 hari"],
    ["CV Sumber Rezeki", "Jl. Adi Sucipto 7", "0271-720011", "60 hari"]])  # fmt: skip
INVOICES = ("Faktur", [["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Bayar", "Jatuh Tempo"],
    ["TP-01", D(2026, 10, 1), "Toko Sido Rukun", 800_000, 0, None],
    ["TP-02", D(2026, 11, 1), "Toko Sido Rukun", 500_000, 0, None],
    ["TP-03", D(2026, 9, 10), "CV Sumber Rezeki", 2_000_000, 500_000, None],
    ["TP-04", D(2026, 10, 20), "CV Sumber Rezeki", 1_500_000, 0, None],
    ["TP-05", D(2026, 10, 1), "Toko Sido Rukun", 300_000, 0, D(2026, 11, 30)],
    ["TP-06", D(2026, 11, 10), "Toko Baru", 250_000, 0, None]])  # fmt: skip
# With each customer's own tempo: TP-01 due 15 Oct, 38 days late; TP-02 due 15 Nov, 7 days;
# TP-03 1.5M due 9 Nov, 13 days; TP-04 due 19 Dec; TP-05 its own due date, 30 Nov; TP-06
# (no terms on the customer sheet) the default 30 days, due 10 Dec.
TERMS = _expect(4_850_000, 2_800_000,
                _aging(current=2_050_000, d1to30=2_000_000, d31to60=800_000), 3)  # fmt: skip


def test_a_customers_tempo_on_the_customer_sheet_dates_their_invoices(tmp_path: Path) -> None:
    payload = reads_to(tmp_path / "tempo.xlsx", [CUSTOMERS, INVOICES], TERMS)
    assert payload["default_term_used"] == 1  # TP-06 alone


def test_the_customer_sheet_after_the_invoices_says_the_same(tmp_path: Path) -> None:
    payload = reads_to(tmp_path / "tempo_akhir.xlsx", [INVOICES, CUSTOMERS], TERMS)
    assert payload["default_term_used"] == 1


def test_the_saved_book_keeps_the_customers_terms(tmp_path: Path) -> None:
    _xlsx(tmp_path / "tempo.xlsx", [INVOICES, CUSTOMERS])
    payload = saved_summary(tmp_path, tmp_path / "tempo.xlsx")
    assert {key: payload[key] for key in TERMS} == TERMS


CODES = ("Pelanggan", [["Kode", "Nama Pelanggan", "Alamat", "No. HP", "Limit Kredit"],
    ["C001", "Toko Harum Sari", "Jl. Pemuda 12", "0812-3456-7890", 10_000_000],
    ["C002", "Warung Makan Bu Tatik", "Jl. Kartini 5", "0813-1111-2222", 2_000_000],
    ["C003", "Apotek Sehat Selalu", "Jl. Merdeka 88", "0856-7777-8888", 5_000_000]])  # fmt: skip
JOURNAL = ("Transaksi", [["Tanggal", "No Bukti", "Kode Plg", "Keterangan", "Debet", "Kredit"],
    [D(2026, 9, 2), "FJ-0902", "C001", "Penjualan", 2_500_000, None],
    [D(2026, 9, 20), "FJ-0920", "C002", "Penjualan", 650_000, None],
    [D(2026, 10, 1), "KM-1001", "C001", "Pembayaran FJ-0902", None, 2_500_000],
    [D(2026, 10, 15), "FJ-1015", "C003", "Penjualan", 1_800_000, None],
    [D(2026, 10, 22), "FJ-1022", "C001", "Penjualan", 1_300_000, None],
    [D(2026, 11, 4), "KM-1104", "Warung Makan Bu Tatik", "Pembayaran", None, 800_000],
    [D(2026, 11, 10), "FJ-1110", "C003", "Penjualan", 700_000, None],
    [D(2026, 11, 12), "KM-1112", "c003", "Pembayaran FJ-1015", None, 1_000_000]])  # fmt: skip


def test_a_customer_named_by_the_code_the_customer_sheet_gives_shows_the_name(
    tmp_path: Path,
) -> None:
    # C002 owes 650k and paid 800k (her payment written with her name): one customer, 150k
    # over, shown by name. C001: FJ-1022 1.3M, a day late; C003: FJ-1015 0.8M, 8 days, and
    # FJ-1110 0.7M not due.
    expected = _expect(2_800_000, 2_100_000, _aging(current=700_000, d1to30=2_100_000), 2,
                       {"Warung Makan Bu Tatik": 150_000})  # fmt: skip
    for order in ([CODES, JOURNAL], [JOURNAL, CODES]):
        payload = reads_to(tmp_path / "kode.xlsx", order, expected)
        assert payload["per_customer"] == {"Apotek Sehat Selalu": 1_500_000,
                                           "Toko Harum Sari": 1_300_000}  # fmt: skip


CARD = ["Tgl", "Keterangan", "Jumlah", "D/K", "Saldo"]


def test_a_cards_sale_numbered_in_its_note_is_paid_by_a_credit_naming_it(tmp_path: Path) -> None:
    # No number column: "Pelunasan No. 0019" pays 0019 (the note names the sale's number), not
    # the oldest; the unnamed 1.2M pays 0012, 0.8M left due 19 Sep, 64 days late; 0027 0.8M
    # due 9 Nov, 13 days. Bu Lastri's "Faktur 31" and "Nota #0040": 600k for 450k + 100k is
    # 50k over.
    sheets: list[tuple[str, list[list[object]]]] = [
        ("Toko Sinar Jaya", [["KARTU PIUTANG USAHA"], ["Nama Pelanggan : Toko Sinar Jaya"], [],
            CARD,
            [D(2026, 8, 20), "Penjualan No. 0012", 2_000_000, "D", "2.000.000 Dr"],
            [D(2026, 9, 15), "Penjualan No. 0019", 1_500_000, "D", "3.500.000 Dr"],
            [D(2026, 10, 10), "Penjualan No. 0027", 800_000, "D", "4.300.000 Dr"],
            [D(2026, 10, 30), "Pelunasan No. 0019", 1_500_000, "K", "2.800.000 Dr"],
            [D(2026, 11, 12), "Pembayaran tunai", 1_200_000, "K", "1.600.000 Dr"]]),
        ("Warung Bu Lastri", [["KARTU PIUTANG USAHA"], ["Nama Pelanggan : Warung Bu Lastri"],
            [], CARD,
            [D(2026, 10, 2), "Penjualan Faktur 31", 450_000, "D", "450.000"],
            [D(2026, 10, 25), "Pelunasan faktur 31", 600_000, "K", "(150.000)"],
            [D(2026, 11, 5), "Penjualan Nota #0040", 100_000, "D", "(50.000)"]]),
    ]  # fmt: skip
    expected = _expect(1_600_000, 1_600_000, _aging(d1to30=800_000, d61to90=800_000), 1,
                       {"Warung Bu Lastri": 50_000})  # fmt: skip
    reads_to(tmp_path / "kartu.xlsx", sheets, expected)


TERMIN = ["No Invoice", "Tgl Invoice", "Customer", "Total", "Jatuh Tempo I", "Termin I",
          "Jatuh Tempo II", "Termin II", "Terbayar", "Sisa"]  # fmt: skip


def test_an_invoices_instalments_in_columns_are_each_due_at_their_own_date(
    tmp_path: Path,
) -> None:
    # Paid money pays the earlier instalment first. TK-11 5M pays I (4M) and 1M of II: 3M
    # due 19 Oct, 34 days late. TK-12 I 2.2M due 9 Nov (13 days), II 2.2M due 9 Dec. TK-13
    # 0.5M on I: 0.5M due 5 Oct (48 days), II 1M due 4 Nov (18 days). TK-14 (30% / 70%) 1M
    # pays I 0.9M and 0.1M of II: 2M due 1 Dec. TK-15's one instalment is its amount, due
    # at its date.
    sheets: list[tuple[str, list[list[object]]]] = [
        ("Piutang", [TERMIN,
            ["TK-11", D(2026, 8, 20), "Toko Mebel Jati", 8_000_000, D(2026, 9, 19), 4_000_000,
             D(2026, 10, 19), 4_000_000, 5_000_000, 3_000_000],
            ["TK-12", D(2026, 10, 10), "Toko Mebel Jati", 4_400_000, D(2026, 11, 9), 2_200_000,
             D(2026, 12, 9), 2_200_000, 0, 4_400_000],
            ["TK-13", D(2026, 9, 5), "CV Kayu Manis", 2_000_000, D(2026, 10, 5), 1_000_000,
             D(2026, 11, 4), 1_000_000, 500_000, 1_500_000],
            ["TK-14", D(2026, 9, 1), "CV Kayu Manis", 3_000_000, D(2026, 10, 1), 900_000,
             D(2026, 12, 1), 2_100_000, 1_000_000, 2_000_000],
            ["TK-15", D(2026, 11, 1), "CV Kayu Manis", 700_000, D(2026, 12, 1), 700_000,
             None, None, 0, 700_000]]),
    ]  # fmt: skip
    aging = _aging(current=4_900_000, d1to30=3_200_000, d31to60=3_500_000)
    expected = _expect(11_600_000, 6_700_000, aging, 2)
    reads_to(tmp_path / "termin.xlsx", sheets, expected)
