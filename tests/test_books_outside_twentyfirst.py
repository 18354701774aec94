"""An outside tester's twenty-first round, aimed at this session's own new rules: books where a
rule must not apply (figures worked out on paper as of 22 Nov 2026, default term 30 days).
Each read wrong after the rule came in, and right before it."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, _xlsx, figures, reads_to


def test_a_payment_whose_name_has_another_phone_number_is_another_person(tmp_path: Path) -> None:
    # "Bu Ani (0857-1111-2222)" is not "Bu Ani (0812-3456-7890)": her 600k pays nothing of B-1.
    book = [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
            ["B-1", D(2026, 10, 5), "Bu Ani (0812-3456-7890)", 1_000_000],
            ["B-2", D(2026, 10, 20), "Pak Budi", 2_000_000]]  # fmt: skip
    paid = [["Tanggal", "No Faktur", "Pelanggan", "Jumlah"],
            [D(2026, 11, 10), None, "Bu Ani (0857-1111-2222)", 600_000],
            [D(2026, 11, 12), "B-2", "Pak Budi", 2_000_000]]  # fmt: skip
    path = tmp_path / "dua_bu_ani.xlsx"
    _xlsx(path, [("Faktur", book), ("Pembayaran", paid)])
    _, payload = summarize_files([path], AS_OF)
    assert {k: payload[k] for k in FIGURES} == figures(1_000_000, 1_000_000, 1, d1to30=1_000_000)
    assert [p["code"] for p in payload["problems"]] == ["unknown-customer-payment"]


def test_a_note_typed_past_the_header_is_no_split_figure(tmp_path: Path) -> None:
    # Y-2's "diantar sopir" stands in a column of no heading: the row is an invoice (it was left
    # out as split: 2,200,000 read for 2,800,000).
    path = tmp_path / "nota_catatan.csv"
    path.write_text(
        "No Faktur,Tanggal,Pelanggan,Jumlah\nY-1,05/10/2026,Toko Ayu,1000000\n"
        "Y-2,12/10/2026,Toko Ayu,600000,diantar sopir\nY-3,03/11/2026,Pak Jono,800000\n"
        "Y-4,10/11/2026,Pak Jono,400000\n",
        encoding="utf-8",
    )
    _, payload = summarize_files([path], AS_OF)
    assert {k: payload[k] for k in FIGURES} == figures(
        2_800_000, 1_600_000, 2, current=1_200_000, d1to30=1_600_000
    )


def test_one_customers_card_over_two_numbered_sheets_keeps_its_title(tmp_path: Path) -> None:
    # "Sari (1)" and "Sari (2)" under "KARTU PIUTANG - BU SARI" are her pages, not a letterhead
    # (read as one customer "Sari (1)" / "Sari (2)" each: 3,500,000 where 3,300,000 is owed).
    head = ["Tanggal", "No Faktur", "Keterangan", "Debet", "Kredit"]
    one = [["KARTU PIUTANG - BU SARI"], [], head,
           [D(2026, 9, 5), "F-71", "Penjualan", 1_500_000, None],
           [D(2026, 9, 25), None, "Pembayaran", None, 1_000_000],
           [D(2026, 10, 2), "F-78", "Penjualan", 2_000_000, None]]  # fmt: skip
    two = [["KARTU PIUTANG - BU SARI"], [], head,
           [D(2026, 10, 20), None, "Pembayaran", None, 1_000_000],
           [D(2026, 11, 10), "F-90", "Penjualan", 800_000, None]]  # fmt: skip
    tono = [["KARTU PIUTANG - PAK TONO"], [], head,
            [D(2026, 10, 15), "F-80", "Penjualan", 1_200_000, None],
            [D(2026, 11, 1), None, "Pembayaran", None, 200_000]]  # fmt: skip
    expected = figures(3_300_000, 2_500_000, 2, current=800_000, d1to30=2_500_000)
    reads_to(tmp_path / "sari.xlsx", [("Sari (1)", one), ("Sari (2)", two), ("Pak Tono", tono)],
             expected)  # fmt: skip


def test_a_harvest_date_beside_terms_that_read_is_a_note(tmp_path: Path) -> None:
    # Terms "14 hari" are each row's own; "Tgl Panen" beside them is the farmer's harvest (P1's
    # is before the sale). P1 due 15 Sep (68 days late), P2 due 3 Nov (19), P3 due 24 Nov.
    book = [["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Tempo", "Tgl Panen"],
            ["P1", D(2026, 9, 1), "Pak Karto", 1_200_000, "14 hari", D(2026, 8, 20)],
            ["P2", D(2026, 10, 20), "Pak Karto", 800_000, "14 hari", D(2026, 10, 1)],
            ["P3", D(2026, 11, 10), "Bu Sumi", 1_500_000, "14 hari", D(2027, 2, 15)]]  # fmt: skip
    expected = figures(3_500_000, 2_000_000, 2, current=1_500_000, d1to30=800_000,
                       d61to90=1_200_000)  # fmt: skip
    reads_to(tmp_path / "saprotan.xlsx", [("Piutang Petani", book)], expected)


def test_an_instalments_sheet_quoting_the_invoices_is_their_payments(tmp_path: Path) -> None:
    # "Angsuran" lists what was paid on the Faktur sheet's invoices, quoting each one's value
    # and due date: no new debts (4,700,000 read where 3,200,000 is owed).
    invoices = [["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Jatuh Tempo"],
                ["A-01", D(2026, 8, 1), "Toko Bougenvil", 3_000_000, D(2026, 9, 30)],
                ["A-02", D(2026, 9, 10), "Toko Bougenvil", 1_500_000, D(2026, 10, 10)],
                ["A-03", D(2026, 10, 5), "UD Harapan", 2_400_000, D(2026, 11, 4)]]  # fmt: skip
    paid = [["Tgl Bayar", "No Faktur", "Pelanggan", "Nilai Faktur", "Jatuh Tempo", "Jumlah Bayar"],
            [D(2026, 9, 5), "A-01", "Toko Bougenvil", 3_000_000, D(2026, 9, 30), 1_000_000],
            [D(2026, 10, 10), "A-01", "Toko Bougenvil", 3_000_000, D(2026, 9, 30), 1_000_000],
            [D(2026, 10, 20), "A-03", "UD Harapan", 2_400_000, D(2026, 11, 4), 1_200_000],
            [D(2026, 11, 10), "A-01", "Toko Bougenvil", 3_000_000, D(2026, 9, 30),
             500_000]]  # fmt: skip
    expected = figures(3_200_000, 3_200_000, 2, d1to30=1_200_000, d31to60=2_000_000)
    reads_to(tmp_path / "angsuran.xlsx", [("Faktur", invoices), ("Angsuran", paid)], expected)


def test_a_journals_accounts_named_as_the_shop_names_them_are_still_accounts(
    tmp_path: Path,
) -> None:
    # "Pendapatan Jasa Servis", "Kas Bengkel", "Biaya Listrik & Air": the shop's own names of
    # its accounts. Only the Piutang Usaha lines are the customers' (by Kontak): PT Armada 2.4M
    # less 1M due 12 Oct (41 days late); CV Logistik 1.6M due 19 Nov (3 days) and 0.9M not due.
    # It read Rp 0, silently (each sale cancelled by its own income line).
    rows = [["BENGKEL MAJU MOTOR - JURNAL UMUM"], [],
            ["Tanggal", "No Bukti", "Nama Akun", "Kontak", "Debit", "Kredit"]]  # fmt: skip
    for day, number, lines in [
        (D(2026, 9, 12), "JU-11", [("Piutang Usaha", "PT Armada", 2_400_000, None),
                                   ("Pendapatan Jasa Servis", "PT Armada", None, 2_400_000)]),
        (D(2026, 10, 3), "JU-12", [("Kas Bengkel", "PT Armada", 1_000_000, None),
                                   ("Piutang Usaha", "PT Armada", None, 1_000_000)]),
        (D(2026, 10, 20), "JU-13", [("Piutang Usaha", "CV Logistik", 1_600_000, None),
                                    ("Pendapatan Jasa Servis", "CV Logistik", None, 1_600_000)]),
        (D(2026, 11, 1), "JU-14", [("Biaya Listrik & Air", "PLN", 500_000, None),
                                   ("Kas Bengkel", "PLN", None, 500_000)]),
        (D(2026, 11, 9), "JU-15", [("Piutang Usaha", "CV Logistik", 900_000, None),
                                   ("Penjualan Suku Cadang", "CV Logistik", None, 900_000)]),
    ]:  # fmt: skip
        rows += [[day, number, *line] for line in lines]
    expected = figures(3_900_000, 3_000_000, 2, current=900_000, d1to30=1_600_000,
                       d31to60=1_400_000)  # fmt: skip
    reads_to(tmp_path / "jurnal_bengkel.xlsx", [("Jurnal", rows)], expected)


DAYS = [["BUKU BON HARIAN"], [], ["No Nota", "Pelanggan", "Jumlah", "Bayar"],
        [D(2026, 9, 14)],
        ["H-0", "Pak Amir", 800_000, 300_000],
        ["Jumat, 2 Oktober 2026"],
        ["H-1", "Toko Teratai", 1_000_000, 0],
        ["H-2", "Pak Amir", 500_000, 500_000],
        ["Sab, 14/11/2026"],
        ["H-3", "Toko Teratai", 700_000, 0],
        ["H-4", "Pak Amir", 1_200_000, 200_000]]  # fmt: skip
# 14 Sep: H-0 500k due 14 Oct (39 days late); 2 Oct: H-1 1M due 1 Nov (21); 14 Nov: H-3 700k and
# H-4 1M, not due. The short day name ("Sab,") and a note after the day were not read: the
# November rows stayed in October, all 3,200,000 overdue where 1,500,000 is.
DAYS_FIGURES = figures(3_200_000, 1_500_000, 2, current=1_700_000, d1to30=1_000_000,
                       d31to60=500_000)  # fmt: skip


def test_a_day_heading_with_a_short_day_name_or_a_note_heads_its_rows(tmp_path: Path) -> None:
    reads_to(tmp_path / "harian.xlsx", [("Catatan", DAYS)], DAYS_FIGURES)
    noted = [row if row != ["Sab, 14/11/2026"] else ["Sabtu, 14 November 2026 (tutup jam 12)"]
             for row in DAYS]  # fmt: skip
    reads_to(tmp_path / "harian_catatan.xlsx", [("Catatan", noted)], DAYS_FIGURES)


def test_a_date_alone_in_a_notes_column_is_no_heading(tmp_path: Path) -> None:
    # "02/11/2026" in Keterangan is the day promised: C-3 is still of 5 Oct, due 4 Nov (18 days
    # late), not of 2 Nov (current).
    book = [["Tanggal", "No Nota", "Pelanggan", "Jumlah", "Bayar", "Keterangan"],
            [D(2026, 10, 5), "C-1", "Bu Wati", 1_000_000, 0, None],
            [None, "C-2", "Pak Dedi", 600_000, 0, None],
            [None, None, None, None, None, "02/11/2026"],
            [None, "C-3", "Bu Wati", 500_000, 0, None],
            [D(2026, 10, 20), "C-4", "Pak Dedi", 900_000, 400_000, None]]  # fmt: skip
    reads_to(tmp_path / "turun.xlsx", [("Okt", book)], figures(2_600_000, 2_600_000, 2,
                                                                 d1to30=2_600_000))  # fmt: skip


def test_orders_owed_by_platform_beside_disbursements_with_fees(tmp_path: Path) -> None:
    # The orders' only "who" is a Platform column: the disbursements sheet alone was read as the
    # debts (its fees: Rp 40.000 where 1,400,000 is owed), then the file was refused. The
    # marketplace owes each order until it pays it out; the fee it keeps settles the order
    # with the money released (2611AA01: 475,000 + 25,000). Open: 2611AA03 400,000 due 10 Dec;
    # TKP-9001 1,000,000 due 4 Nov, 18 days late.
    orders = [["No. Pesanan", "Tgl Pesanan", "Platform", "Produk", "Total Pesanan"],
              ["2611AA01", D(2026, 10, 20), "Shopee", "Sepatu", 500_000],
              ["2611AA03", D(2026, 11, 10), "Shopee", "Tas", 400_000],
              ["TKP-9001", D(2026, 10, 5), "Tokopedia", "Sepatu", 1_000_000]]  # fmt: skip
    paid = [["Tgl Cair", "No. Pesanan", "Platform", "Total Pesanan", "Biaya Admin", "Dana Dilepas"],
            [D(2026, 11, 1), "2611AA01", "Shopee", 500_000, 25_000, 475_000]]  # fmt: skip
    path = tmp_path / "marketplace.xlsx"
    _xlsx(path, [("Pesanan", orders), ("Pencairan Dana", paid)])
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    assert {k: payload[k] for k in FIGURES} == figures(
        1_400_000, 1_000_000, 2, current=400_000, d1to30=1_000_000
    )
