"""Books in the shapes accounting programs and bookkeeping apps export (Accurate, MYOB,
QuickBooks, Xero, BukuWarung, Moka), written by an outside tester, their figures worked out on
paper as of 22 Nov 2026 with the default 30-day term. These are the ones that read wrong, each
with what it showed before.

Each book is written in a temporary folder (openpyxl, or CSV text): nothing binary is
committed. The working of each figure is in the comment above it."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path
from typing import Any

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, figures, reads_to


def _read_csv(path: Path, text: str) -> dict[str, Any]:
    path.write_text(text, encoding="utf-8")
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    return payload


def test_a_signed_amount_beside_a_type_column_is_not_negated_twice(tmp_path: Path) -> None:
    """One signed Amount column and a Transaction Type: a Payment of -400,000 pays 400,000
    (it was read as a debt of 400,000 more: 1.4M for 0.6M). A credit memo typed "Invoice"
    with a minus is a credit all the same. A-1 1M due 31 Oct (22 days) less 0.4M less the
    memo's 0.3M (it names no invoice: the oldest) = 0.3M."""
    head = "Date,Transaction Type,Invoice No,Customer,Amount\n"
    rows = (
        "2026-10-01,Invoice,A-1,Toko Anugerah,1000000\n"
        "2026-10-20,Payment,A-1,Toko Anugerah,-400000\n"
    )
    payload = _read_csv(tmp_path / "signed.csv", head + rows)
    assert {key: payload[key] for key in FIGURES} == figures(600_000, 600_000, 1, d1to30=600_000)
    assert not payload["problems"]
    memo = "2026-10-25,Invoice,CM-1,Toko Anugerah,-300000\n"
    payload = _read_csv(tmp_path / "memo.csv", head + rows + memo)
    assert {key: payload[key] for key in FIGURES} == figures(300_000, 300_000, 1, d1to30=300_000)
    # Unsigned, as most exports write a payment, the same figures.
    plain = rows.replace("-400000", "400000") + memo
    payload = _read_csv(tmp_path / "plain.csv", head + plain)
    assert payload["outstanding"] == 300_000


def test_quickbooks_aging_detail_reads_its_open_balance(tmp_path: Path) -> None:
    """QuickBooks' "A/R Aging Detail": "Open Balance" beside "Amount" is what is owed (Amount
    was taken: 21.8M for 18.55M). Sections by age, not by customer; a Credit Memo and an
    unapplied Payment as minus rows. Cahaya 1045 8.5M not due, 1033 5M due 4 Nov (18 days);
    Mitra 1031 1.6M due 31 Oct less the memo's 0.4M = 1.2M (22), 1052 2.2M due 17 Nov (5);
    Bangunan 987 0.75M due 9 Aug less the payment's 0.6M = 0.15M (105), 1020 1.5M (51)."""
    head = [None, "Date", "Transaction Type", "Num", "Customer", "Due Date", "Amount",
            "Open Balance"]  # fmt: skip
    cahaya, mitra, bangunan = "PT Cahaya Lestari", "CV Mitra Usaha", "Toko Bangunan Jaya"
    rows = [
        ["Sunrise Supplies Indonesia"],
        ["A/R Aging Detail"],
        ["As of November 15, 2026"],
        [],
        head,
        ["Current"],
        [None, D(2026, 11, 1), "Invoice", "1045", cahaya, D(2026, 12, 1), 8_500_000, 8_500_000],
        [None, D(2026, 11, 10), "Invoice", "1052", mitra, D(2026, 11, 17), 2_200_000, 2_200_000],
        [None, D(2026, 11, 12), "Credit Memo", "1053", mitra, D(2026, 11, 12), -400_000, -400_000],
        ["Total for Current", None, None, None, None, None, 10_300_000, 10_300_000],
        ["1 - 30 days past due"],
        [None, D(2026, 10, 1), "Invoice", "1031", mitra, D(2026, 10, 31), 3_600_000, 1_600_000],
        [None, D(2026, 10, 5), "Invoice", "1033", cahaya, D(2026, 11, 4), 5_000_000, 5_000_000],
        [None, D(2026, 10, 20), "Payment", None, bangunan, D(2026, 10, 20), -600_000, -600_000],
        ["Total for 1 - 30 days past due", None, None, None, None, None, 8_000_000, 6_000_000],
        ["31 - 60 days past due"],
        [None, D(2026, 9, 2), "Invoice", "1020", bangunan, D(2026, 10, 2), 1_500_000, 1_500_000],
        ["Total for 31 - 60 days past due", None, None, None, None, None, 1_500_000, 1_500_000],
        ["91 or more days past due"],
        [None, D(2026, 7, 10), "Invoice", "987", bangunan, D(2026, 8, 9), 2_000_000, 750_000],
        ["Total for 91 or more days past due", None, None, None, None, None, 2_000_000, 750_000],
        ["TOTAL", None, None, None, None, None, 21_800_000, 18_550_000],
        [],
        ["Accrual Basis Sunday, November 15, 2026 09:41 AM GMT+07:00"],
    ]
    reads_to(
        tmp_path / "qbo_ar_aging_detail.xlsx",
        [("A_R Aging Detail", rows)],
        figures(
            18_550_000, 10_050_000, 3, current=8_500_000, d1to30=8_400_000, d31to60=1_500_000,
            over90=150_000,
        ),
    )  # fmt: skip


# Accurate's "Faktur Penjualan Belum Lunas" as CSV: a BOM, ';', title lines, "Syarat
# Pembayaran" terms, an "Uang Muka" column beside "Terbayar", a return in parentheses.
ACCURATE_HEAD = (
    "\ufeffFaktur Penjualan Belum Lunas\r\nPT Maju Bersama Sentosa\r\n"
    "Per Tanggal 20/11/2026\r\n\r\n"
    "No. Faktur;Tgl Faktur;No. Pelanggan;Nama Pelanggan;Syarat Pembayaran;Nilai Faktur;"
    "Uang Muka;Terbayar;Terutang\r\n"
)
ACCURATE_ROWS = [
    "SI-0921;01/09/2026;C-100;Toko Jaya Makmur;Net 30;5.000.000,00;0,00;1.000.000,00;4.000.000,00",
    "SI-1015;15/10/2026;C-100;Toko Jaya Makmur;2/10,n/30;2.000.000,00;0,00;0,00;2.000.000,00",
    "SR-0031;02/11/2026;C-100;Toko Jaya Makmur;;(500.000,00);0,00;0,00;(500.000,00)",
    "SI-1102;18/11/2026;C-205;Warung Sembako Bu Tini;C.O.D;750.000,00;0,00;0,00;750.000,00",
    "SI-1020;20/10/2026;C-310;PT Sarana Konstruksi;Net 60;9.000.000,00;2.000.000,00;"
    "3.000.000,00;4.000.000,00",
    "SI-1108;19/11/2026;C-310;PT Sarana Konstruksi;Net 14;1.500.000,00;0,00;0,00;1.500.000,00",
    ";;;;Total;17.750.000,00;2.000.000,00;4.000.000,00;11.750.000,00",
]


def test_accurates_unpaid_invoices_add_the_down_payment_and_read_their_terms(
    tmp_path: Path,
) -> None:
    """The Uang Muka beside Terbayar is paid too (it was not: SI-1020 owed 6M for 4M, and the
    Terutang disagreed); "Syarat Pembayaran" is the terms (it was not read: every invoice due
    after the default term). SI-0921 net 30, due 1 Oct, 4M less the return's 0.5M (it names
    no invoice: the oldest) = 3.5M (52 days); SI-1015 "2/10,n/30" due 14 Nov 2M (8); SI-1102
    "C.O.D" due 18 Nov 0.75M (4); SI-1020 net 60 9M - 2M - 3M = 4M not due; SI-1108 1.5M not
    due. Before: 13.75M, 11.5M overdue."""
    payload = _read_csv(tmp_path / "faktur.csv", ACCURATE_HEAD + "\r\n".join(ACCURATE_ROWS))
    assert {key: payload[key] for key in FIGURES} == figures(
        11_750_000, 6_250_000, 3, current=5_500_000, d1to30=2_750_000, d31to60=3_500_000
    )
    assert not payload["problems"]  # the Terutang of each row and the Total agree


def test_terms_not_understood_leave_the_invoice_owed_and_say_so(tmp_path: Path) -> None:
    """A terms cell that cannot be read was a problem row and its invoice was left out (the
    debt vanished from the total); now the invoice is owed, due after the default term, and
    the problem row says the terms were not understood. SI-1015 15 Oct + 30 days = 14 Nov."""
    rows = [row.replace("2/10,n/30", "sampai proyek selesai") for row in ACCURATE_ROWS]
    payload = _read_csv(tmp_path / "faktur.csv", ACCURATE_HEAD + "\r\n".join(rows))
    assert payload["outstanding"] == 11_750_000
    assert payload["overdue"] == 6_250_000
    assert [(p["code"], p["row"], p["column"]) for p in payload["problems"]] == [
        ("invalid-terms", 7, "Syarat Pembayaran")
    ]


BUKUWARUNG = [
    "\ufeffLaporan Utang Piutang",
    "Toko Berkah Jaya",
    "Periode: 01 Agu 2026 - 22 Nov 2026",
    "Utang pelanggan ke Anda: Rp2.950.000",
    "Utang Anda ke pelanggan: Rp400.000",
    "",
    "Tanggal;Nama Pelanggan;No. HP;Catatan;Anda Berikan;Anda Terima",
    "05/08/2026;Bu Sari;0812-3456-7890;Beras 5 karung;Rp1.250.000;",
    "20/08/2026;Bu Sari;0812-3456-7890;Cicilan;;Rp500.000",
    "01/09/2026;Pak Joko Bengkel;0857-2211-3344;Oli + ban dalam;Rp2.100.000;",
    "10/10/2026;Bu Sari;0812-3456-7890;Gula 2 karung;Rp780.000;",
    "15/10/2026;Pak Joko Bengkel;0857-2211-3344;Transfer BRI;;Rp2.500.000",
    "02/11/2026;Mbak Rina Katering;0821-9988-7766;Telur 10 peti;Rp1.600.000;",
    "18/11/2026;Mbak Rina Katering;0821-9988-7766;DP;;Rp600.000",
    "19/11/2026;Bu Sari;0812-3456-7890;Minyak 2 dus;Rp420.000;",
    "Total;;;;Rp6.150.000;Rp3.600.000",
]


def test_bukuwarungs_anda_berikan_and_anda_terima_are_debits_and_credits(
    tmp_path: Path,
) -> None:
    """BukuWarung's "Anda Berikan" / "Anda Terima" (what the shop gave and received) were
    names of nothing: the export read as a contact list owing 0. Sari 1.25M due 4 Sep less
    0.5M = 0.75M (79 days), 0.78M due 9 Nov (13), 0.42M not due; Joko 2.1M - 2.5M: a credit
    of 0.4M; Rina 1.6M - 0.6M = 1M not due."""
    payload = _read_csv(tmp_path / "bukuwarung.csv", "\r\n".join(BUKUWARUNG))
    assert {key: payload[key] for key in FIGURES} == figures(
        2_950_000, 1_530_000, 2, {"Pak Joko Bengkel": 400_000},
        current=1_420_000, d1to30=780_000, d61to90=750_000,
    )  # fmt: skip
    assert not payload["problems"]


def test_money_in_columns_of_no_known_name_is_refused_not_read_as_contacts(
    tmp_path: Path,
) -> None:
    """The same export with wording Tagih does not know ("Kamu Kasih" / "Kamu Dapat"): a
    list of names and money read as contacts owed 0, silently. It is refused, naming the
    columns; a contact list whose one figure is a credit limit still reads as contacts."""
    text = "\r\n".join(BUKUWARUNG).replace("Anda Berikan", "Kamu Kasih")
    path = tmp_path / "unknown.csv"
    path.write_text(text.replace("Anda Terima", "Kamu Dapat"), encoding="utf-8")
    batch, payload = summarize_files([path], AS_OF)
    assert [e.code for e in batch.errors] == ["shape_unsure"]
    assert "'Kamu Kasih', 'Kamu Dapat'" in batch.errors[0].message("id")
    contacts = "Nama Pelanggan;No. HP;Limit Kredit\r\nBu Sari;0812-3456-7890;Rp5.000.000\r\n"
    contacts += "Pak Joko;0857-2211-3344;Rp2.500.000\r\nMbak Rina;0821-9988-7766;Rp1.000.000\r\n"
    payload = _read_csv(tmp_path / "kontak.csv", contacts)
    assert payload["files"][0]["sheets"][0]["shape"] == "contact_list"


def test_quickbooks_open_invoices_csv_reads_num_and_open_balance(tmp_path: Path) -> None:
    """QuickBooks' "Open Invoices" CSV was refused: "Num" was no invoice number and "Open
    Balance" no balance. Customers as headings, US dates (month first: 10/14/2026), a
    payment unapplied. Medika 2041 3.25M due 13 Nov (9 days), 2055 1M not due; Klinik 2010
    2.7M due 12 Sep less the 1.2M payment = 1.5M (71), 2033 0.9M due 15 Oct (38); Sumber Waras
    2063 0.65M due 20 Nov (2)."""
    lines = [
        "Sunrise Supplies Indonesia",
        "Open Invoices",
        "All Dates",
        "",
        ",Date,Transaction Type,Num,Terms,Due Date,Open Balance",
        "Apotek Medika",
        ',10/14/2026,Invoice,2041,Net 30,11/13/2026,"3,250,000.00"',
        ',11/03/2026,Invoice,2055,Net 30,12/03/2026,"1,000,000.00"',
        'Total for Apotek Medika,,,,,,"4,250,000.00"',
        "Klinik Pratama Sehat",
        ',08/28/2026,Invoice,2010,Net 15,09/12/2026,"2,700,000.00"',
        ",09/30/2026,Invoice,2033,Net 15,10/15/2026,900000.00",
        ',11/18/2026,Payment,,,11/18/2026,"-1,200,000.00"',
        'Total for Klinik Pratama Sehat,,,,,,"2,400,000.00"',
        "Toko Obat Sumber Waras",
        ",11/20/2026,Invoice,2063,Due on receipt,11/20/2026,650000.00",
        "Total for Toko Obat Sumber Waras,,,,,,650000.00",
        'TOTAL,,,,,,"7,300,000.00"',
        "",
        '"Saturday, Nov 21, 2026 04:12 PM GMT+07:00"',
    ]
    payload = _read_csv(tmp_path / "qb_open_invoices.csv", "\r\n".join(lines))
    assert {key: payload[key] for key in FIGURES} == figures(
        7_300_000, 6_300_000, 3, current=1_000_000, d1to30=3_900_000, d31to60=900_000,
        d61to90=1_500_000,
    )  # fmt: skip
    assert not payload["problems"]


def test_a_refund_naming_its_sale_with_a_number_sign_returns_that_sale(tmp_path: Path) -> None:
    """Moka's refund row says "Refund dari #S-1029": with the "#" it matched no sale and went
    to the oldest (S-1011), the right total in the wrong age. S-1011 1M due 28 Sep (55 days);
    S-1029 1.2M less the 0.15M refund = 1.05M due 3 Nov (19); S-1047 2M due today; S-1052
    3.5M not due."""
    lines = [
        "Laporan Piutang",
        "Outlet: Warung Sehat Nusantara - Cabang Depok",
        "",
        "No. Transaksi,Tanggal,Pelanggan,Tipe,Total,Dibayar,Sisa,Jatuh Tempo,Status,Catatan",
        "S-1011,14 Sep 2026,Bu Ani,Penjualan,Rp 1.850.000,Rp 850.000,Rp 1.000.000,28 Sep 2026,"
        "Sebagian,",
        "S-1029,20 Okt 2026,Bu Ani,Penjualan,Rp 1.200.000,Rp 0,Rp 1.200.000,3 Nov 2026,"
        "Belum Lunas,",
        "S-1034,25 Okt 2026,Kedai Tuku,Penjualan,Rp 640.000,Rp 640.000,Rp 0,8 Nov 2026,Lunas,",
        "RF-1029,28 Okt 2026,Bu Ani,Refund,-Rp 150.000,Rp 0,-Rp 150.000,,,Refund dari #S-1029",
        "S-1047,8 Nov 2026,Kedai Tuku,Penjualan,Rp 2.300.000,Rp 300.000,Rp 2.000.000,22 Nov 2026,"
        "Sebagian,",
        "S-1052,16 Nov 2026,Katering Berkah,Penjualan,Rp 3.500.000,Rp 0,Rp 3.500.000,30 Nov 2026,"
        "Belum Lunas,",
        "Total,,,,Rp 9.340.000,Rp 1.790.000,Rp 7.550.000,,,",
    ]
    payload = _read_csv(tmp_path / "moka.csv", "\r\n".join(lines))
    assert {key: payload[key] for key in FIGURES} == figures(
        7_550_000, 2_050_000, 3, current=5_500_000, d1to30=1_050_000, d31to60=1_000_000
    )
    assert not payload["problems"]


def test_a_reports_line_of_percentages_is_no_row(tmp_path: Path) -> None:
    """MYOB's "Ageing Percent:" under its Grand Total (shares written "44.3%") was a "no
    amount" problem row, Xero's "Percentage of total" (fractions) an "invalid date" one: lines
    of shares, no rows. MYOB: 00001234 2.4M 15 Aug (due 14 Sep, 69 days), 00001267 1.75M 2 Oct
    (21). Xero: INV-0211 3M due 2 Aug (112), INV-0260 7.2M not due."""
    myob = [
        ["Aged Receivables [Detail]"],
        ["ID No.", "Date", "Memo", "Total Due", "Current", "31 - 60", "61 - 90", "90+"],
        ["Toko Anugerah Jaya"],
        ["00001234", D(2026, 8, 15), "Sale", 2_400_000, 0, 0, 0, 2_400_000],
        ["00001267", D(2026, 10, 2), "Sale", 1_750_000, 0, 1_750_000, 0, 0],
        ["", None, "Total:", 4_150_000, 0, 1_750_000, 0, 2_400_000],
        [],
        ["Grand Total:", None, None, 4_150_000, 0, 1_750_000, 0, 2_400_000],
        ["Ageing Percent:", None, None, None, "0.0%", "42.2%", "0.0%", "57.8%"],
    ]
    reads_to(
        tmp_path / "myob.xlsx",
        [("Aged Receivables", myob)],
        figures(4_150_000, 4_150_000, 1, d1to30=1_750_000, d61to90=2_400_000),
    )
    xero = [
        ["Aged Receivables Detail"],
        [
            "Invoice Date",
            "Invoice Number",
            "Due Date",
            "Reference",
            "Current",
            "1 Month",
            "Older",
            "Total",
        ],
        ["Bintang Digital Agency"],
        [D(2026, 7, 3), "INV-0211", D(2026, 8, 2), "Retainer", 0, 0, 3_000_000, 3_000_000],
        [D(2026, 10, 28), "INV-0260", D(2026, 11, 27), "Nov", 7_200_000, 0, 0, 7_200_000],
        ["Total Bintang Digital Agency", None, None, None, 7_200_000, 0, 3_000_000, 10_200_000],
        [],
        ["Total", None, None, None, 7_200_000, 0, 3_000_000, 10_200_000],
        ["Percentage of total", None, None, None, 0.7059, 0, 0.2941, 1],
    ]
    reads_to(
        tmp_path / "xero.xlsx",
        [("Aged Receivables Detail", xero)],
        figures(10_200_000, 3_000_000, 1, current=7_200_000, over90=3_000_000),
    )
