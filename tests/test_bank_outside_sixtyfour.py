"""Round 64's outside statements, cut down: a PDF turned into Excel with its DB mark in a cell of
its own, a line cut off, the wordings of Mandiri Livin', Jago, SeaBank, blu and a regional
bank, loose invoice numbers ("inv 0012" for INV-2026-0012) and a customer named for a bank."""

import io
from datetime import date

import openpyxl
import pytest

from core.bankstatement import Credit, looks_like_statement, read_statement
from core.ingest import read_ledgers
from core.ledger import Ledger
from core.matching import INVOICE_CONFIDENCE, Candidate, Matcher, name_text, sender_texts
from core.report import ledger_of

TODAY = date(2026, 12, 5)


def _read(lines: list[str], name: str = "x.csv"):
    return read_statement("\n".join(lines).encode(), name, TODAY)


# The reader: which side, which rows.


def test_a_db_mark_in_its_own_cell_under_the_amount_s_heading_is_a_debit() -> None:
    # s15: MUTASI merged over the amount and its mark; the page header repeated on page 2.
    statement = _read(
        [
            "TANGGAL;KETERANGAN;CBG;MUTASI;;SALDO",
            "16/11/2026;SALDO AWAL;;;;3,200,000.00",
            "16/11/2026;TRSF E-BANKING DB PT SAYAP MAS UTAMA;0000;1,250,000.00;DB;1,950,000.00",
            "17/11/2026;SWITCHING CR TRANSFER;0000;600,000.00;;2,550,000.00",
            ";DR 008 BUDI SANTOSO;;;;",
            "GATOT SUBROTO;;;NO. REKENING;: 0183219875;",
            "TANGGAL;KETERANGAN;CBG;MUTASI;;SALDO",
            "19/11/2026;TRSF E-BANKING CR SITI;0000;600,000.00;;3,150,000.00",
            "30/11/2026;BIAYA ADM;0000;12,500.00;DB;3,137,500.00",
        ]
    )
    assert [c.amount for c in statement.credits] == [600_000, 600_000]
    assert statement.debits == 2
    assert statement.credits[0].description.endswith("BUDI SANTOSO")
    assert statement.problems == []  # the repeated page header is no row of money


def test_bare_amounts_take_their_side_from_the_balance_or_are_said_unclear() -> None:
    with_balance = _read(
        [
            "Tanggal;Keterangan;Mutasi;Saldo",
            "16/11/2026;SALDO AWAL;;3.200.000",
            "16/11/2026;TRSF KE PT SAYAP;1.250.000;1.950.000",
            "17/11/2026;TRSF DARI BUDI;600.000;2.550.000",
        ]
    )
    assert [c.amount for c in with_balance.credits] == [600_000]
    assert with_balance.debits == 1
    # No mark, no sign, no balance: nothing says which way the money went. Not all credits.
    unclear = _read(
        [
            "Tanggal;Keterangan;Mutasi",
            "16/11/2026;TRSF KE PT SAYAP;1.250.000",
            "17/11/2026;TRSF DARI BUDI;600.000",
        ]
    )
    assert unclear.credits == []
    assert [p.code for p in unclear.problems] == ["no_side", "no_side"]


def test_a_line_cut_off_after_its_description_is_listed() -> None:
    # s14: Danamon's ';' export with one line cut mid-way; the summary line is no problem.
    statement = _read(
        [
            "Tanggal;Keterangan;Debit;Kredit;Saldo",
            "22-11-2026;TRANSFER DR HENDRA GUNAWAN;0,00;1.500.000,00;8.900.000,00",
            "23-11-2026;TRANSFER DR BPK ",
            "29-11-2026;TRANSFER DR SUGIARTO F0012;0,00;475.000,00;11.335.000,00",
            "30-11-2026;SALDO AKHIR;;;11.335.000,00",
        ]
    )
    assert [c.amount for c in statement.credits] == [1_500_000, 475_000]
    ((problem),) = statement.problems
    assert (problem.row, problem.code) == (3, "no_amount")
    assert "TRANSFER DR BPK" in problem.message("en")


def test_mandiri_livin_dana_masuk_and_dana_keluar() -> None:
    statement = _read(
        [
            "Tanggal,Keterangan,Dana Masuk (IDR),Dana Keluar (IDR),Saldo (IDR)",
            '21 Nov 2026,Transfer BI Fast Dari BCA TOKO MAJU,"760.000,00",,"27.250.500,00"',
            '28 Nov 2026,TRANSFER KE CV SURYA PLASTIK,,"1.250.000,00","26.000.500,00"',
        ]
    )
    assert [c.amount for c in statement.credits] == [760_000]
    assert statement.debits == 1


def test_jago_date_and_time_signed_rupiah_and_the_sender_s_column() -> None:
    statement = _read(
        [
            "Tanggal & Waktu,Sumber/Tujuan,Rincian Transaksi,Catatan,Jumlah,Saldo",
            "22 Nov 2026 11:07,Widodo Tjahjono,Transfer Masuk,byr inv 0032,+Rp1.375.000,"
            "Rp8.175.000",
            "28 Nov 2026 13:21,Pt Indofood Distrib,Transfer Keluar,,-Rp2.250.000,Rp5.925.000",
        ]
    )
    (credit,) = statement.credits
    assert (credit.on, credit.amount) == (date(2026, 11, 22), 1_375_000)
    assert "Widodo Tjahjono" in credit.description and "inv 0032" in credit.description
    assert statement.debits == 1
    assert statement.columns["counterparty"] == "Sumber/Tujuan"


def test_seabank_waktu_transaksi_and_blu_uang_masuk_in_tipe() -> None:
    sea = _read(
        [
            "Waktu Transaksi,Keterangan,Uang Masuk,Uang Keluar,Saldo",
            "2026-11-22 07:05:00,Transfer Masuk BI-FAST dari EKO PRASETYO,4150000,,8594000",
            "2026-11-28 09:05:00,TRANSFER KE CV SURYA PLASTIK,,2250000,6344000",
        ]
    )
    assert [c.amount for c in sea.credits] == [4_150_000] and sea.debits == 1
    blu = _read(
        [
            "Tanggal Transaksi,Deskripsi,Nominal,Tipe",
            '21/11/2026 14:00,Transfer Keluar ke PT SAYAP,"Rp 3.400.000",Uang Keluar',
            '22/11/2026 14:01,Transfer Masuk dari HARYANTO,"Rp 880.000",Uang Masuk',
        ]
    )
    assert [c.amount for c in blu.credits] == [880_000] and blu.debits == 1


def test_a_regional_bank_s_name_column_is_read_with_the_description() -> None:
    # s29: the sender is in Name; Description says only TRANSFER MASUK and the note.
    statement = _read(
        [
            "Post Date,Effective Date,Account,Name,Description,Currency,Debit,Credit,Balance",
            "22/11/2026,22/11/2026,0031182,WAHYU NUGROHO,TRANSFER MASUK titip dulu,IDR,0,"
            "1700000,13436000",
        ]
    )
    (credit,) = statement.credits
    assert credit.description == "WAHYU NUGROHO TRANSFER MASUK titip dulu"


def test_a_debit_column_named_like_money_in_is_still_a_debit() -> None:
    # "Uang Keluar" beside "Uang Masuk": a debit column whose name holds the credit's word.
    statement = _read(
        [
            "Tanggal,Keterangan,Uang Keluar,Uang Masuk,Saldo",
            "22/11/2026,TRANSFER KE PT SAYAP,1250000,,5000000",
            "23/11/2026,TRANSFER DARI BUDI,,600000,5600000",
        ]
    )
    assert [c.amount for c in statement.credits] == [600_000] and statement.debits == 1


# Who paid: invoice numbers typed short, a customer named for a bank.


def _book(rows: list[tuple[str, str, int]]) -> Ledger:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["No Faktur", "Pelanggan", "Tanggal", "Jatuh Tempo", "Jumlah"])
    for number, customer, amount in rows:
        sheet.append([number, customer, date(2026, 11, 1), date(2026, 12, 1), amount])
    out = io.BytesIO()
    book.save(out)
    return ledger_of(read_ledgers([("b.xlsx", out.getvalue())]))


BOOK = [
    ("INV-2026-0010", "CV Cahaya Baru Sentosa", 475_000),
    ("INV-2026-0012", "Christina Wulandari Halim", 475_000),
    ("FK-0017", "Rudi Hartono", 4_150_000),
    ("NT/XI/2026/008", "Bambang Suprapto", 600_000),
    ("NT/XI/2026/023", "Fitri Handayani", 3_400_000),
    ("2026/INV/0046", "Nurul Hidayah", 760_000),
    ("INV/BDG/2026/0022", "Eko Prasetyo", 2_250_500),
    ("PJ-000031", "Yohanes Tanoto", 725_000),
    ("INV-2026-0009", "CV Karya Mandiri Abadi", 760_000),
]


def _top(text: str, amount: int, book: list[tuple[str, str, int]] = BOOK) -> Candidate | None:
    credit = Credit(date(2026, 11, 29), amount, text, None, "m.csv", "", 7)
    return Matcher(_book(book)).propose(credit).top


@pytest.mark.parametrize(
    ("text", "amount", "customer", "number"),
    [
        ("SWITCHING CR TRANSFER DR 008 inv 0012 SUGIARTO'", 475_000, "Christina Wulandari Halim",
         "INV-2026-0012"),
        ("TRANSFER DR SUGIARTO F0017", 4_150_000, "Rudi Hartono", "FK-0017"),
        ("INCOMING TRANSFER FROM 7001234001 WIDODO TJAHJONO nota 23", 3_400_000,
         "Fitri Handayani", "NT/XI/2026/023"),
        ("BRIVA TRF HARYANTO byr inv 0046", 380_000, "Nurul Hidayah", "2026/INV/0046"),
        ("Transfer BI Fast Dari BCA WIDODO TJAHJONO INV BDG 0022", 2_250_500, "Eko Prasetyo",
         "INV/BDG/2026/0022"),
        ("TRANSFER DARI SUGIARTO PJ31", 725_000, "Yohanes Tanoto", "PJ-000031"),
    ],
)  # fmt: skip
def test_an_invoice_number_typed_short_names_the_one_open_invoice_ending_so(
    text: str, amount: int, customer: str, number: str
) -> None:
    top = _top(text, amount)
    assert top is not None and (top.customer, top.invoice_number) == (customer, number)
    assert "invoice_short" in [r.code for r in top.reasons]
    assert 80 <= top.confidence < INVOICE_CONFIDENCE  # below a number written in full


def test_a_short_number_two_open_invoices_end_with_names_neither() -> None:
    book = [*BOOK, ("FK-0012", "Slamet Riyadi", 475_000)]  # INV-2026-0012 ends so too
    top = _top("TRANSFER DR SUGIARTO F0012", 475_000, book)
    assert top is None or top.confidence < 50
    assert top is None or "invoice_short" not in [r.code for r in top.reasons]


def test_a_number_after_a_bank_s_code_is_no_invoice() -> None:
    # "DR 008" is the sending bank's code, not NT/XI/2026/008; "F26000626" no tail of one.
    top = _top("SWITCHING CR TRANSFER DR 008 YANTO SUBAGYO", 600_000)
    assert top is not None and top.confidence < 50
    assert "invoice_short" not in [r.code for r in top.reasons]


def test_a_customer_named_for_a_bank_keeps_the_bank_s_word_in_the_name() -> None:
    assert sender_texts("BI-FAST CR TRANSFER DR 014 KARYA MANDIRI ABADI") == (
        "KARYA ABADI",
        "KARYA MANDIRI ABADI",
    )
    for text in ("BI-FAST CR TRANSFER DR 014 KARYA MANDIRI ABADI'", "TRSF CV KARYA MANDIRI ABADI"):
        top = _top(text, 760_000)
        assert top is not None and top.customer == "CV Karya Mandiri Abadi"
        assert top.confidence >= 85 and "name" in [r.code for r in top.reasons]
    # The bank's own word at the start is still the bank's: no name is made of it.
    assert name_text("MANDIRI TRANSFER DARI BUDI SANTOSO") == "BUDI SANTOSO"


# A QRIS or e-wallet merchant report.


def test_a_qris_report_is_read_at_the_gross_and_its_failed_rows_are_said() -> None:
    # s20: what the customer paid is the credit; the MDR is the shop's cost; GAGAL paid nothing.
    lines = [
        "LAPORAN TRANSAKSI QRIS MERCHANT",
        "No,Waktu Transaksi,RRN,Penerbit,Nama Pelanggan,Nominal Transaksi,MDR (%),Potongan MDR,"
        "Nominal Diterima,Status",
        "1,2026-11-22 09:00:00,600000060063,GoPay,-,760000,0.7,5320,754680,SUKSES",
        "2,2026-11-22 10:11:00,600100067063,OVO,-,767000,0.7,5369,761631,GAGAL",
        "3,2026-11-30 13:44:00,600400075036,ShopeePay,LINA HERLINA,475000,0.7,3325,471675,SUKSES",
    ]
    statement = _read(lines, "qris.csv")
    assert [c.amount for c in statement.credits] == [760_000, 475_000]
    assert "LINA HERLINA" in statement.credits[1].description
    ((problem),) = statement.problems
    assert (problem.row, problem.code) == (4, "failed") and "GAGAL" in problem.message("id")
    assert statement.bank == "generic"
    data = "\n".join(lines).encode()
    assert looks_like_statement(data, "qris.csv")
    settlement = _read(
        [
            "Tanggal Transaksi,ID Transaksi,Metode Pembayaran,Jumlah Kotor,Biaya MDR,"
            "Jumlah Bersih,Tanggal Settlement,Status",
            "2026-11-22 10:20:00,G-1122-48213,QRIS,5200500,15601.50,5184898.50,2026-11-23,Settled",
        ]
    )
    assert [c.amount for c in settlement.credits] == [5_200_500]


def test_a_gross_column_without_mdr_and_net_is_no_merchant_report() -> None:
    # A statement's "Nominal Transaksi" beside a D/K mark is its amount, with both sides.
    statement = _read(
        [
            "Tanggal,Keterangan,Nominal Transaksi,D/K,Status",
            "22/11/2026,TRANSFER DARI BUDI,600000,K,Berhasil",
            "23/11/2026,TRANSFER KE PT SAYAP,1250000,D,Berhasil",
        ]
    )
    assert [c.amount for c in statement.credits] == [600_000] and statement.debits == 1
