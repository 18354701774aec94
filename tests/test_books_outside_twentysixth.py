"""An outside tester's twenty-sixth round: exports of Indonesian accounting and till programs
(Majoo, Catatan Hutang, Moka, BukuWarung, SAP Business One, Odoo, Jurnal.id), figures worked
out on paper as of 22 Nov 2026, default term 30 days. Before, each was a wrong total or a
refusal of a readable book:

- a till's dates with a comma before their time ("13 Okt 2026, 14:22") were no dates, and a
  sheet whose every row failed so was summed as Rp 0, exit 0: it is refused now, naming a row;
- a debts app's CSV of "Piutang" and "Hutang" rows read as a journal took no notice of its
  Status: a debt marked "Lunas" was counted as owed, as an invoice's is not;
- a till's "Outlet" (the shop's own branch) before its "Customer" column was taken as the
  customer: one customer owing it all;
- BukuWarung's "Kamu Berikan" / "Kamu Terima" (you gave, you received) were no debit and credit
  columns: the file was refused as having no amount column;
- SAP Business One's "BP Name" was no customer column ("BP Code" beside it is a code);
- Odoo's invoices list ("Invoice Partner Display Name", "Invoice/Bill Date", "Total Signed",
  "Amount Due Signed") was refused as having no customer and amount; read, its invoice in
  "Draft" (not posted) would have been owed;
- Jurnal.id's Aged Receivable Detail, every row typed "Sales Invoice" beside its Balance Due,
  was refused ("Sales Invoice" no sale's word); a sale's word, it would have made a journal
  of the sheet, its Balance Due a running Saldo. Its bucket headings ("Current") were rows;
- a program's footer below the table's total ("Dicetak 22/11/2026 10:20", "Printed by: …" and
  "SAP Business One", "Zahir Accounting" in an amount column) was a problem row each time."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from core.ingest import read_ledger
from core.reading.problems import LedgerReadError
from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, _xlsx, figures, reads_to

MAJOO = ["Pelanggan", "No. Transaksi", "Tanggal Transaksi", "Jatuh Tempo", "Total Piutang",
         "Terbayar", "Sisa Piutang", "Status"]  # fmt: skip


def test_a_date_with_a_comma_before_its_time_is_the_day(tmp_path: Path) -> None:
    # T1 1.25M due 12 Nov (10 days late); T2 paid; T3 2M - 0.5M = 1.5M due 25 Jul (120 days);
    # T4 0.3M due 30 Nov, not due: 3.05M owed, 2.75M overdue, by two customers.
    rows: list[list[object]] = [
        ["majoo"], ["Laporan Piutang"], [], MAJOO,
        ["Kantin Harapan", "#T1", "13 Okt 2026, 14:22", "12 Nov 2026", "Rp1.250.000", "Rp0",
         "Rp1.250.000", "Belum Lunas"],
        ["Kantin Harapan", "#T2", "14/08/2026, 09:10", "13/09/2026", "Rp800.000", "Rp800.000",
         "Rp0", "Lunas"],
        ["Ojol Base Camp", "#T3", "25 Jun 2026, 19.45", "25 Jul 2026", "Rp2.000.000",
         "Rp500.000", "Rp1.500.000", "Sebagian"],
        ["Ojol Base Camp", "#T4", "31 Okt 2026,08:00", "30 Nov 2026", "Rp300.000", "Rp0",
         "Rp300.000", "Belum Lunas"],
    ]  # fmt: skip
    expected = figures(3_050_000, 2_750_000, 2, current=300_000, d1to30=1_250_000,
                       over90=1_500_000)  # fmt: skip
    reads_to(tmp_path / "majoo.xlsx", [("Laporan Piutang", rows)], expected)


@pytest.mark.parametrize("count", [1, 3])
def test_a_sheet_whose_every_row_failed_is_refused_not_summed_as_nothing(
    tmp_path: Path, count: int
) -> None:
    # Each date unreadable ("jam 14"): no row read. Rp 0 owed would be no figure of the book.
    row = ["Kantin Harapan", "#T1", "13 Okt 2026 jam 14", None, 1_250_000, 0, 1_250_000, "Belum"]
    rows = [MAJOO, *([f"{c}", *row[1:]] for c in "ABC"[:count])]
    _xlsx(tmp_path / "gagal.xlsx", [("Laporan Piutang", rows)])
    with pytest.raises(LedgerReadError) as err:
        read_ledger(tmp_path / "gagal.xlsx")
    said = err.value.message("id")
    assert f"tidak satu pun dari {count} barisnya dapat dipakai" in said
    assert "baris 2, kolom 'Tanggal Transaksi': '13 Okt 2026 jam 14' bukan tanggal" in said
    assert "'13 Okt 2026 jam 14' is not a real date" in err.value.message("en")


def test_a_sheet_of_no_rows_beside_a_read_one_is_no_refusal(tmp_path: Path) -> None:
    # An empty form and a notes sheet beside the book: 1.25M due 12 Nov, 10 days late.
    book = [MAJOO, ["Kantin", "#T1", "13 Okt 2026", "12 Nov 2026", 1_250_000, 0, 1_250_000, ""]]
    notes = [["Catatan"], ["Kasbon dicatat tiap hari, ditagih akhir bulan."]]
    sheets = [("Piutang", book), ("Form", [MAJOO]), ("Catatan", notes)]
    reads_to(tmp_path / "kosong.xlsx", sheets, figures(1_250_000, 1_250_000, 1, d1to30=1_250_000))


def test_a_debt_whose_status_says_paid_is_paid_in_a_debts_apps_list(tmp_path: Path) -> None:
    # Catatan Hutang's export: the Hutang rows are the owner's own debts (left out). Ibu Sari
    # 2M due 12 Nov (10 days late) and 0.5M due 30 Nov; Koh Ahong 0.75M due 25 Jul (120 days);
    # Mbak Yuni's 0.3M is Lunas: 3.25M owed, 2.75M overdue, by two customers.
    path = tmp_path / "catatan_hutang.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([
            ["Nama", "Jenis", "Jumlah", "Tanggal", "Jatuh Tempo", "Status", "Catatan"],
            ["Ibu Sari", "Piutang", "2000000", "2026-10-13", "2026-11-12", "Belum Lunas", "modal"],
            ["Pak Dedi", "Hutang", "5000000", "2026-09-13", "2026-10-13", "Belum Lunas", ""],
            ["Koh Ahong", "Piutang", "750000", "2026-06-25", "2026-07-25", "Belum Lunas", ""],
            ["Mbak Yuni", "Piutang", "300000", "2026-08-14", "2026-09-13", "Lunas", ""],
            ["Toko Lancar", "Hutang", "1250000", "2026-10-31", "2026-11-30", "Belum Lunas", ""],
            ["Ibu Sari", "Piutang", "500000", "2026-10-31", "2026-11-30", "Belum Lunas", ""],
        ])  # fmt: skip
    _, payload = summarize_files([path], AS_OF)
    assert {k: payload[k] for k in FIGURES} == figures(
        3_250_000, 2_750_000, 2, current=500_000, d1to30=2_000_000, over90=750_000
    )
    assert not payload["problems"]


def test_a_status_beside_the_payments_that_settled_it_pays_nothing_twice(
    tmp_path: Path,
) -> None:
    # A journal whose payment rows pay the debts: K-1 1M "Lunas" paid by its 1M payment, K-2
    # 0.6M due 1 Nov (21 days late) unpaid. The status repeats the payment: no credit of 1M.
    rows: list[list[object]] = [
        ["Tanggal", "Pelanggan", "Keterangan", "Debet", "Kredit", "Status"],
        ["2026-09-01", "Toko A", "K-1", 1_000_000, None, "Lunas"],
        ["2026-09-20", "Toko A", "Bayar K-1", None, 1_000_000, None],
        ["2026-10-02", "Toko A", "K-2", 600_000, None, "Belum"],
    ]
    reads_to(
        tmp_path / "jurnal.xlsx", [("Jurnal", rows)], figures(600_000, 600_000, 1, d1to30=600_000)
    )


def test_a_customer_column_by_its_name_wins_over_the_outlet(tmp_path: Path) -> None:
    # The Outlet is the shop's branch. O-1 Toko A 1M due 31 Oct (22 days late); O-2 Toko B
    # 0.5M due 10 Dec: 1.5M owed by two customers. Alone, a distributor's "Nama Outlet" is its
    # customers (the same figures).
    rows: list[list[object]] = [
        ["No Faktur", "Tanggal", "Outlet", "Customer", "Jumlah"],
        ["O-1", "2026-10-01", "Cabang Utama", "Toko A", 1_000_000],
        ["O-2", "2026-11-10", "Cabang Utama", "Toko B", 500_000],
    ]
    expected = figures(1_500_000, 1_000_000, 2, current=500_000, d1to30=1_000_000)
    reads_to(tmp_path / "outlet.xlsx", [("Penjualan", rows)], expected)
    alone = [["No Faktur", "Tanggal", "Nama Outlet", "Jumlah"]] + [
        [r[0], r[1], r[3], r[4]] for r in rows[1:]
    ]
    reads_to(tmp_path / "nama_outlet.xlsx", [("Penjualan", alone)], expected)


def test_kamu_berikan_and_kamu_terima_are_debits_and_credits(tmp_path: Path) -> None:
    # Bu Marni 1M (due 25 Jul) + 0.45M (due 13 Sep) less 1.2M paid: 0.25M of the second left,
    # 70 days late. Pak RT Joko 0.7M due 12 Nov (10 days) and 1.3M due 30 Nov: 2.25M owed,
    # 0.95M overdue. As a type column's words ("Kamu berikan", "Kamu terima") the same.
    top = [["Laporan Utang Piutang"], ["Total Kamu Berikan: Rp 3.450.000"], []]
    rows: list[list[object]] = [
        ["25 Jun 2026", "Bu Marni", "Beras", "Rp 1.000.000", None],
        ["14 Agu 2026", "Bu Marni", "Minyak", "Rp 450.000", None],
        ["13 Sep 2026", "Bu Marni", "Bayar", None, "Rp 1.200.000"],
        ["13 Okt 2026", "Pak RT Joko", "Rokok", "Rp 700.000", None],
        ["31 Okt 2026", "Pak RT Joko", "Gas 3kg", "Rp 1.300.000", None],
    ]
    expected = figures(2_250_000, 950_000, 2, current=1_300_000, d1to30=700_000,
                       d61to90=250_000)  # fmt: skip
    book = [*top, ["Tanggal", "Nama Pelanggan", "Catatan", "Kamu Berikan", "Kamu Terima"], *rows]
    reads_to(tmp_path / "bukuwarung.xlsx", [("Laporan", book)], expected)
    typed = [["Tanggal", "Nama Pelanggan", "Catatan", "Jenis", "Nominal"]] + [
        [d, n, c, "Kamu berikan" if gave else "Kamu terima", gave or got]
        for d, n, c, gave, got in rows
    ]
    reads_to(tmp_path / "jenis.xlsx", [("Laporan", typed)], expected)


SAP = ["BP Code", "BP Name", "Doc. Type", "Doc. No.", "Posting Date", "Due Date", "Balance Due",
       "Future Remit", "0-30", "31-60", "61-90", "90+"]  # fmt: skip
SAP_ROWS: list[list[object]] = [
    ["C0001", "Toserba Makmur", "IN", "1201", "31.10.2026", "30.11.2026", "IDR 5,000,000.00",
     "IDR 5,000,000.00", None, None, None, None],
    ["C0001", "Toserba Makmur", "IN", "1150", "13.10.2026", "12.11.2026", "IDR 2,500,000.00",
     None, "IDR 2,500,000.00", None, None, None],
    ["C0002", "Apotek Sehat", "IN", "1005", "25.06.2026", "25.07.2026", "IDR 9,000,000.00",
     None, None, None, None, "IDR 9,000,000.00"],
    [None, "Total", None, None, None, None, "IDR 16,500,000.00", None, None, None, None, None],
]  # fmt: skip


def test_sap_business_ones_bp_name_is_the_customer(tmp_path: Path) -> None:
    # 1201 5M due 30 Nov (not due); 1150 2.5M due 12 Nov (10 days late); 1005 9M due 25 Jul
    # (120 days late): 16.5M owed, 11.5M overdue, by two customers (not by their codes).
    top = [["PT Global Distribusi"], ["Customer Receivables Aging"], []]
    expected = figures(16_500_000, 11_500_000, 2, current=5_000_000, d1to30=2_500_000,
                       over90=9_000_000)  # fmt: skip
    payload = reads_to(tmp_path / "sap.xlsx", [("Aging", [*top, SAP, *SAP_ROWS])], expected)
    assert set(payload["per_customer"]) == {"Toserba Makmur", "Apotek Sehat"}


def test_odoos_invoices_list_leaves_a_draft_out_and_says_so(tmp_path: Path) -> None:
    # 501 4.5M due 30 Nov (not due); 480 2M of which 0.5M due, due 13 Oct (40 days late); 470
    # and 499 nothing due; the credit note -0.2M takes 0.2M of the oldest (480): 4.8M owed,
    # 0.3M in 31-60, by one customer. The Draft (0.65M) is no receivable, told; the Cancelled
    # one (0.4M) left out as a cancelled invoice is.
    path = tmp_path / "odoo.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, quoting=csv.QUOTE_ALL).writerows([
            ["Number", "Invoice Partner Display Name", "Invoice/Bill Date", "Due Date",
             "Total Signed", "Amount Due Signed", "Payment Status", "Status"],
            ["INV/00501", "PT Omega", "2026-10-31", "2026-11-30", "4500000.0", "4500000.0",
             "Not Paid", "Posted"],
            ["INV/00480", "PT Omega", "2026-09-13", "2026-10-13", "2000000.0", "500000.0",
             "Partially Paid", "Posted"],
            ["INV/00470", "Kopi Kita", "2026-08-14", "2026-09-13", "1500000.0", "0.0", "Paid",
             "Posted"],
            ["INV/00499", "Kopi Kita", "2026-10-13", "2026-11-12", "900000.0", "0.0",
             "In Payment", "Posted"],
            ["/", "Kopi Kita", "2026-11-10", "2026-12-10", "650000.0", "650000.0", "Not Paid",
             "Draft"],
            ["INV/00502", "Kopi Kita", "2026-11-11", "2026-12-11", "400000.0", "400000.0",
             "Not Paid", "Cancelled"],
            ["RINV/00012", "PT Omega", "2026-10-20", "2026-10-20", "-200000.0", "-200000.0",
             "Not Paid", "Posted"],
        ])  # fmt: skip
    _, payload = summarize_files([path], AS_OF)
    assert {k: payload[k] for k in FIGURES} == figures(
        4_800_000, 300_000, 1, current=4_500_000, d31to60=300_000
    )
    assert [(p["code"], p["row"], p["column"]) for p in payload["problems"]] == [
        ("draft-invoice", 6, "Status")
    ]


def test_a_note_saying_draft_leaves_no_invoice_out(tmp_path: Path) -> None:
    # The notes speak of a contract's draft: N-1 1M due 31 Oct (22 days late) and N-2 0.5M
    # due 10 Dec are owed, 1.5M.
    rows: list[list[object]] = [
        ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Status", "Catatan"],
        ["N-1", "2026-10-01", "Toko A", 1_000_000, "Belum", "Draft"],
        ["N-2", "2026-11-10", "Toko B", 500_000, "Belum", "draft kontrak dikirim"],
    ]
    expected = figures(1_500_000, 1_000_000, 2, current=500_000, d1to30=1_000_000)
    reads_to(tmp_path / "catatan.xlsx", [("Piutang", rows)], expected)


def test_an_aged_receivable_detail_typed_sales_invoice_is_an_invoice_list(tmp_path: Path) -> None:
    # Each row's Balance Due: #45 1.8M due 30 Nov (not due); #39 0.95M due 12 Nov (10 days);
    # #21 5M of which 2M due 13 Sep (70 days); #07 0.6M due 25 Jul (120 days): 5.35M owed,
    # 3.55M overdue, by three customers. The buckets' headings and totals are no rows.
    def day(m: int, d: int) -> object:
        return f"2026-{m:02}-{d:02}"

    rows: list[list[object]] = [
        ["Toko Kue Manis"], ["Aged Receivable Detail"], [],
        ["Date", "Transaction Type", "Number", "Customer", "Due Date", "Amount", "Balance Due"],
        ["Current"],
        [day(10, 31), "Sales Invoice", "#45", "Kafe Senja", day(11, 30), 1_800_000, 1_800_000],
        ["Total Current", None, None, None, None, None, 1_800_000],
        ["1 - 30 days"],
        [day(10, 13), "Sales Invoice", "#39", "Kafe Senja", day(11, 12), 950_000, 950_000],
        ["Total 1 - 30 days", None, None, None, None, None, 950_000],
        ["61 - 90 days"],
        [day(8, 14), "Sales Invoice", "#21", "Hotel Melati", day(9, 13), 5_000_000, 2_000_000],
        ["Total 61 - 90 days", None, None, None, None, None, 2_000_000],
        ["> 90 days"],
        [day(6, 25), "Sales Invoice", "#07", "Catering Bu Ani", day(7, 25), 600_000, 600_000],
        ["Total > 90 days", None, None, None, None, None, 600_000],
        ["TOTAL", None, None, None, None, None, 5_350_000],
    ]  # fmt: skip
    expected = figures(5_350_000, 3_550_000, 3, current=1_800_000, d1to30=950_000,
                       d61to90=2_000_000, over90=600_000)  # fmt: skip
    payload = reads_to(tmp_path / "jurnal_id.xlsx", [("Aged Receivable Detail", rows)], expected)
    assert payload["files"][0]["sheets"][0]["shape"] == "invoice_list"


def test_a_card_of_sales_alone_whose_saldo_runs_stays_a_journal(tmp_path: Path) -> None:
    # Typed "Sales Invoice" beside a Saldo that runs (a journal still): 1M due 31 Oct (22 days
    # late), 0.5M due 10 Nov (12 days), 0.2M due 20 Dec: 1.7M owed, 1.5M overdue.
    rows: list[list[object]] = [
        ["Tanggal", "Jenis Transaksi", "Pelanggan", "Jumlah", "Saldo"],
        ["2026-10-01", "Sales Invoice", "Toko A", 1_000_000, 1_000_000],
        ["2026-10-11", "Sales Invoice", "Toko A", 500_000, 1_500_000],
        ["2026-11-20", "Sales Invoice", "Toko A", 200_000, 1_700_000],
    ]
    expected = figures(1_700_000, 1_500_000, 1, current=200_000, d1to30=1_500_000)
    payload = reads_to(tmp_path / "kartu.xlsx", [("Kartu", rows)], expected)
    assert payload["files"][0]["sheets"][0]["shape"] == "journal"


def test_a_programs_footer_below_the_total_is_no_row(tmp_path: Path) -> None:
    # The SAP book above (16.5M owed) with its footer; an Accurate-style list whose footer
    # stands in the customer column (1M due 31 Oct, 22 days late); a Zahir card whose footer
    # has a word in the Debet column (0.8M due 12 Nov, 10 days late). No problem rows.
    footer = ["Printed by: manager  22.11.2026 14:03", None, None, None, None, None,
              "SAP Business One"]  # fmt: skip
    sap = [["Customer Receivables Aging"], [], SAP, *SAP_ROWS, [], footer]
    expected = figures(16_500_000, 11_500_000, 2, current=5_000_000, d1to30=2_500_000,
                       over90=9_000_000)  # fmt: skip
    reads_to(tmp_path / "sap.xlsx", [("Aging", sap)], expected)
    accurate = [
        ["Pelanggan", "No. Faktur", "Tgl Faktur", "Total"],
        ["Toko Abadi", "SI-1", "2026-10-01", 1_000_000],
        ["Total", None, None, 1_000_000],
        [],
        ["Dicetak 22/11/2026 10:20"],
    ]
    reads_to(tmp_path / "accurate.xlsx", [("Piutang", accurate)],
             figures(1_000_000, 1_000_000, 1, d1to30=1_000_000))  # fmt: skip
    zahir = [
        ["Nama Pelanggan : Toko Sinar"],
        ["Tanggal", "No. Transaksi", "Keterangan", "Debet", "Kredit", "Saldo"],
        ["2026-10-13", "PJ-1", "Penjualan", 800_000, None, 800_000],
        [None, None, "Saldo Akhir", 800_000, 0, 800_000],
        [],
        ["Dicetak : 22/11/2026 10:02:11", None, None, "Zahir Accounting", None, None],
    ]
    reads_to(tmp_path / "zahir.xlsx", [("Kartu Piutang", zahir)],
             figures(800_000, 800_000, 1, d1to30=800_000))  # fmt: skip


def test_a_row_of_words_above_the_total_is_still_told(tmp_path: Path) -> None:
    # Above the total a row with its amount in words is a row left out and told.
    rows: list[list[object]] = [
        ["Pelanggan", "No. Faktur", "Tgl Faktur", "Total"],
        ["Toko Abadi", "SI-1", "2026-10-01", 1_000_000],
        ["Toko Baru", "SI-2", "2026-10-02", "satu juta"],
        ["Total", None, None, 1_000_000],
    ]
    _xlsx(tmp_path / "kata.xlsx", [("Piutang", rows)])
    _, payload = summarize_files([tmp_path / "kata.xlsx"], AS_OF)
    assert [(p["code"], p["row"]) for p in payload["problems"]] == [("invalid-amount", 3)]
