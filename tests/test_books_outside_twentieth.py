"""An outside tester's twentieth round of hand-kept books and exports (figures worked out on
paper as of 22 Nov 2026, default term 30 days). Before, each was a confident wrong total or a
refusal naming the wrong thing:

- a comma-separated CSV whose amounts carry an unquoted decimal comma ("1250000,00") splits
  each row into more fields than its header: the paid column was read as "00", 4,450,000
  owed where 3,500,000 is;
- a double-entry general journal (Nama Akun: Piutang Usaha beside its Penjualan and Kas legs,
  Kontak the customer) was read with the account as the customer: Rp 0 where 4,050,000 is
  owed, 3,250,000 overdue;
- a payments CSV whose first column is its own number ("Nomor Transaksi": "Receive Payment
  #10001") beside "Nomor Tagihan" took the receipt's number as the invoice paid: each payment
  went on account, to the customer's oldest invoice, not the one it names;
- a bank-transfer CSV named "transfer_masuk.csv" (no customer column, the invoice in its No
  Faktur) was refused as having no customer: its name was looked at for "transfer masuk"
  with a space;
- a workbook of a customer's card per sheet (the sheet's name the customer) under the shop's
  letterhead "KARTU PIUTANG - TOKO LISTRIK TERANG" took the shop as the customer of both
  cards: two customers merged, 1,350,000 owed and no credit balance, where 1,450,000 is owed
  and Bu Lina has 100,000 credit;
- a tab-separated export in UTF-16 without a byte-order mark was refused as "not a
  spreadsheet"."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.ingest import read_ledger
from core.reading import layout
from core.reading.problems import LedgerReadError
from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, _xlsx, figures, read_book, reads_to


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_a_csv_whose_rows_split_into_more_fields_than_its_header_is_refused(
    tmp_path: Path,
) -> None:
    book = _write(tmp_path / "kasir_koma.csv",
                  "No Nota,Tanggal,Pelanggan,Jumlah,Dibayar\r\n"
                  "K-01,01/10/2026,Toko Amanah,1250000,00,250000,00\r\n"
                  "K-02,15/10/2026,Toko Amanah,2000000,00,700000,00\r\n"
                  "K-03,05/11/2026,Warung Pojok,1200000,00,0,00\r\n")  # fmt: skip
    with pytest.raises(LedgerReadError) as err:
        read_ledger(book)
    assert err.value.code == "split_fields"
    assert "baris 2, 3, 4" in err.value.message("id")
    assert "decimal comma" in err.value.message("en")


def test_a_few_rows_split_into_more_fields_are_each_told_and_left_out(tmp_path: Path) -> None:
    # K-02 splits in two more fields: never read as Jumlah 2,000,000, Dibayar "00".
    book = _write(tmp_path / "kasir.csv",
                  "No Nota,Tanggal,Pelanggan,Jumlah,Dibayar\n"
                  "K-01,01/10/2026,Toko Amanah,1250000,250000\n"
                  "K-02,15/10/2026,Toko Amanah,2000000,00,700000,00\n"
                  "K-03,05/11/2026,Warung Pojok,1200000,0\n"
                  "K-04,06/11/2026,Warung Pojok,300000,0\n")  # fmt: skip
    _, payload = summarize_files([book], AS_OF)
    assert payload["outstanding"] == 2_500_000
    assert [(p["code"], p["row"]) for p in payload["problems"]] == [("split-fields", 3)]
    assert "7 isian" in payload["problems"][0]["message"]


JOURNAL = ["Tanggal", "No. Bukti", "Kode Akun", "Nama Akun", "Kontak", "Keterangan", "Debit",
           "Kredit"]  # fmt: skip


def test_a_general_journal_reads_its_receivable_lines_with_kontak_the_customer(
    tmp_path: Path,
) -> None:
    # PJ-0905 2.5M less KM-1001 1M = 1.5M due 5 Oct (48 days late); PJ-1014 1.75M due 13 Nov
    # (9 days); PJ-1109 0.8M due 9 Dec. The Penjualan and Kas legs are no customer's.
    def line(day: D, no: str, account: str, who: str, debit: int, credit: int) -> list[object]:
        code = {"Piutang Usaha": "1-1300", "Penjualan": "4-1000", "Kas": "1-1100"}[account]
        return [day, no, code, account, who, f"Jurnal {no}", debit, credit]

    book = [["CV KENCANA ELEKTRIK"], ["JURNAL UMUM"], [], JOURNAL,
            line(D(2026, 9, 5), "PJ-0905", "Piutang Usaha", "Toko Kencana", 2_500_000, 0),
            line(D(2026, 9, 5), "PJ-0905", "Penjualan", "Toko Kencana", 0, 2_500_000),
            line(D(2026, 10, 1), "KM-1001", "Kas", "Toko Kencana", 1_000_000, 0),
            line(D(2026, 10, 1), "KM-1001", "Piutang Usaha", "Toko Kencana", 0, 1_000_000),
            line(D(2026, 10, 14), "PJ-1014", "Piutang Usaha", "CV Arta", 1_750_000, 0),
            line(D(2026, 10, 14), "PJ-1014", "Penjualan", "CV Arta", 0, 1_750_000),
            line(D(2026, 11, 9), "PJ-1109", "Piutang Usaha", "Toko Kencana", 800_000, 0),
            line(D(2026, 11, 9), "PJ-1109", "Penjualan", "Toko Kencana", 0, 800_000),
            [None, None, None, None, None, "TOTAL", 6_050_000, 6_050_000]]  # fmt: skip
    expected = figures(4_050_000, 3_250_000, 2, current=800_000, d1to30=1_750_000,
                       d31to60=1_500_000)  # fmt: skip
    reads_to(tmp_path / "jurnal_umum.xlsx", [("Jurnal Umum", book)], expected)


def test_a_general_journal_without_a_contact_column_is_refused(tmp_path: Path) -> None:
    book = [["Tanggal", "No. Bukti", "Nama Akun", "Keterangan", "Debit", "Kredit"],
            [D(2026, 9, 5), "PJ-0905", "Piutang Usaha", "Toko Kencana", 2_500_000, 0],
            [D(2026, 9, 5), "PJ-0905", "Penjualan", "Toko Kencana", 0, 2_500_000]]  # fmt: skip
    _xlsx(tmp_path / "jurnal.xlsx", [("Jurnal", book)])
    with pytest.raises(LedgerReadError) as err:
        read_ledger(tmp_path / "jurnal.xlsx")
    assert err.value.code == "journal_accounts"
    assert "jurnal umum" in err.value.message("id")


def test_a_journal_line_of_another_receivable_account_is_told_not_read(tmp_path: Path) -> None:
    # "Piutang Usaha - Toko Kencana" may be the customer's sub-account, or not: told, not read.
    book = [JOURNAL,
            [D(2026, 9, 5), "PJ-1", "1-1300", "Piutang Usaha", "Toko Kencana", "PJ-1", 500_000, 0],
            [D(2026, 9, 5), "PJ-1", "4-1000", "Penjualan", "Toko Kencana", "PJ-1", 0, 500_000],
            [D(2026, 9, 6), "PJ-2", "1-1310", "Piutang Usaha - Toko Kencana", "Toko Kencana",
             "PJ-2", 700_000, 0],
            [D(2026, 9, 6), "PJ-2", "4-1000", "Penjualan", "Toko Kencana", "PJ-2", 0, 700_000],
            ]  # fmt: skip
    payload = read_book(tmp_path / "jurnal.xlsx", [("Jurnal", book)])
    assert payload["outstanding"] == 500_000
    assert [(p["code"], p["row"]) for p in payload["problems"]] == [("journal-account", 4)]
    assert "Piutang Usaha - Toko Kencana" in payload["problems"][0]["message"]


def test_an_account_column_of_customers_names_is_no_chart_of_accounts() -> None:
    rows = [["Tanggal", "Nama Akun", "Debit", "Kredit"],
            [D(2026, 9, 5), "Toko Kencana", 2_500_000, 0],
            [D(2026, 9, 9), "Bu Sari", 0, 500_000]]  # fmt: skip
    header = layout.detect_header(rows)
    assert header is not None and layout.journal_accounts(rows, header) is None


def test_a_payments_file_names_its_invoice_in_nomor_tagihan_not_its_own_number(
    tmp_path: Path,
) -> None:
    # F-2 (due 1 Dec) is paid by the receipt naming it; F-1 (due 1 Oct, 52 days late) is owed.
    invoices = [["Nomor Transaksi", "Tanggal Transaksi", "Pelanggan", "Total"],
                ["F-1", D(2026, 9, 1), "PT Sumber Air", 1_000_000],
                ["F-2", D(2026, 11, 1), "PT Sumber Air", 500_000]]  # fmt: skip
    _xlsx(tmp_path / "penjualan.xlsx", [("Sales Invoice", invoices)])
    payments = _write(tmp_path / "penerimaan.csv",
                      "Nomor Transaksi;Tanggal;Pelanggan;Nomor Tagihan;Jumlah\n"
                      "Receive Payment #10001;05/11/2026;PT Sumber Air;F-2;500.000\n")  # fmt: skip
    _, payload = summarize_files([tmp_path / "penjualan.xlsx", payments], AS_OF)
    assert (payload["outstanding"], payload["overdue"]) == (1_000_000, 1_000_000)
    assert payload["aging"]["31-60"] == 1_000_000 and payload["problems"] == []


def test_a_payments_file_named_with_underscores_is_a_payments_file(tmp_path: Path) -> None:
    # INV-003 1.4M less 1M = 0.4M due 31 Oct (22 days); INV-004 0.6M due 19 Nov (3 days);
    # INV-007 2M less 0.5M = 1.5M due 2 Dec.
    invoices = [["DAFTAR FAKTUR"], [], ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
                ["INV-003", D(2026, 10, 1), "Toko Barokah", 1_400_000],
                ["INV-004", D(2026, 10, 20), "Toko Barokah", 600_000],
                ["INV-007", D(2026, 11, 2), "CV Jaya Abadi", 2_000_000]]  # fmt: skip
    _xlsx(tmp_path / "faktur.xlsx", [("Faktur", invoices)])
    transfers = _write(tmp_path / "transfer_masuk.csv",
                       "Tanggal,No Faktur,Jumlah,Bank\n03/11/2026,inv/003,1000000,BCA\n"
                       "20/11/2026,INV 007,500000,Mandiri\n")  # fmt: skip
    batch, payload = summarize_files([tmp_path / "faktur.xlsx", transfers], AS_OF)
    assert not batch.errors
    assert (payload["outstanding"], payload["overdue"]) == (2_500_000, 1_000_000)
    assert layout.is_payments_sheet("Kas-Masuk.2026.xlsx")


def test_the_shops_letterhead_over_every_card_is_no_customer(tmp_path: Path) -> None:
    # Pak Hasan: Nota 551 1.8M less 1M = 0.8M due 10 Oct (43 days late); Nota 602 0.65M due
    # 5 Dec. Bu Lina: 0.9M paid 1M, a credit of 0.1M.
    def card(who: str, lines: list[list[object]]) -> list[list[object]]:
        return [["KARTU PIUTANG - TOKO LISTRIK TERANG"], [f"{who}, Jl. Merdeka 7"], [],
                ["Tanggal", "Keterangan", "Mutasi", None, "Saldo"],
                [None, None, "Debet", "Kredit", None], *lines]  # fmt: skip

    hasan = card("Pak Hasan", [[D(2026, 9, 10), "Nota 551", 1_800_000, None, 1_800_000],
                               [D(2026, 10, 15), "Bayar tunai", None, 1_000_000, 800_000],
                               [D(2026, 11, 5), "Nota 602", 650_000, None, 1_450_000],
                               [None, "Saldo Akhir", None, None, 1_450_000]])  # fmt: skip
    lina = card("Bu Lina", [[D(2026, 10, 1), "Nota 560", 900_000, None, 900_000],
                            [D(2026, 11, 10), "Transfer", None, 1_000_000, -100_000],
                            [None, "Saldo Akhir", None, None, -100_000]])  # fmt: skip
    expected = figures(1_450_000, 800_000, 1, {"Bu Lina": 100_000}, current=650_000,
                       d31to60=800_000)  # fmt: skip
    reads_to(tmp_path / "kartu_piutang.xlsx", [("Pak Hasan", hasan), ("Bu Lina", lina)], expected)


def test_one_customers_card_a_sheet_a_year_keeps_its_title() -> None:
    assert layout.letterhead([("2025", "Bu Sari"), ("2026", "Bu Sari")]) == frozenset()
    years = [("Bu Sari 2025", "Bu Sari"), ("Bu Sari 2026", "Bu Sari")]
    assert layout.letterhead(years) == frozenset()
    shop = [("Pak Hasan", "TOKO TERANG"), ("Bu Lina", "TOKO TERANG")]
    assert layout.letterhead(shop) == {"TOKO TERANG"}


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(tmp_path: Path, encoding: str) -> None:
    # U-1 1M due 30 Oct (23 days late); U-2 0.5M due 10 Dec.
    book = _write(tmp_path / "ekspor.csv",
                  "No Faktur\tTanggal\tPelanggan\tJumlah\r\n"
                  "U-1\t30/09/2026\tToko Ünggul\t1000000\r\n"
                  "U-2\t10/11/2026\tToko Ünggul\t500000\r\n", encoding)  # fmt: skip
    batch, payload = summarize_files([book], AS_OF)
    assert not batch.errors and payload["problems"] == []
    assert (payload["outstanding"], payload["overdue"]) == (1_500_000, 1_000_000)
