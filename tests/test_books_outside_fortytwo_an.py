"""Round 84 of the outside testers (fixer 84): exports of Indonesian POS, kasbon and
bookkeeping apps. Each book written by hand with its figures worked out on paper as of 22 Nov
2026 (default term 30 days: a sale of 5 Oct is due 4 Nov, 18 days late; one of 3 Nov is due
3 Dec, current)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path
from typing import Any

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, figures, reads_to


def _csv(folder: Path, *files: tuple[str, str]) -> dict[str, Any]:
    paths = []
    for name, text in files:
        (path := folder / name).write_text(text, encoding="utf-8")
        paths.append(path)
    batch, payload = summarize_files(paths, AS_OF)
    assert not batch.errors
    return payload


# Round 84 book 38 (Accurate "Rincian Piutang dan Pembayaran per Faktur" with one Nilai
# column): each payment a line of its own under the invoice it pays, "    Pembayaran PN-0031"
# in the number column, no customer, its figure in the same Nilai column, its Sisa the
# invoice's left after it. Each was read as one more invoice owed at its Sisa (10.900.000 for
# 2.400.000, the Sub Total flagged). Now it pays the invoice above it:
# FJ/0058 3.000.000 - 2.000.000 = 1.000.000 (5 Oct, due 4 Nov: 18 days, 1-30); FJ/0061
# 5.500.000 - 5.500.000 = 0; FJ/0070 1.400.000 (3 Nov, due 3 Dec: current). Toko Bangunan
# Sinar alone owes: 2.400.000, 1.000.000 overdue; the Sub Total's Sisa 2.400.000 agrees.
def _faktur_dan_pembayaran(named: bool) -> list[list[object]]:
    sinar = "Toko Bangunan Sinar" if named else None
    jati = "CV Kayu Jati" if named else None
    return [
        ["Rincian Piutang dan Pembayaran per Faktur"],
        ["Per 30 Nov 2026"],
        [],
        ["No. Faktur", "Tanggal", "Pelanggan", "Nilai", "Sisa"],
        ["FJ/2610/0058", D(2026, 10, 5), "Toko Bangunan Sinar", 3_000_000, 3_000_000],
        ["    Pembayaran PN-0031", D(2026, 10, 20), sinar, 2_000_000, 1_000_000],
        ["FJ/2610/0061", D(2026, 10, 12), "CV Kayu Jati", 5_500_000, 5_500_000],
        ["    Pembayaran PN-0035", D(2026, 10, 28), jati, 5_500_000, 0],
        ["FJ/2611/0070", D(2026, 11, 3), "Toko Bangunan Sinar", 1_400_000, 1_400_000],
        ["Sub Total", None, None, None, 2_400_000],
    ]


def test_a_payment_line_in_the_amount_column_pays_the_invoice_above(tmp_path: Path) -> None:
    expected = figures(2_400_000, 1_000_000, 1, current=1_400_000, d1to30=1_000_000)
    for named in (False, True):
        payload = reads_to(
            tmp_path / f"rincian_{named}.xlsx",
            [("Rincian", _faktur_dan_pembayaran(named))],
            expected,
        )
        assert payload["files"][0]["sheets"][0]["checks"]["totals"] == "ok"


# Its look-alike: a second invoice of the same customer under the first, whose
# Sisa happens to be the line above's less its amount, and no word of a payment: an invoice.
# F1 2.000.000 + F2 1.000.000, both of 5 Oct owed in full (1-30): 3.000.000, all overdue.
def test_an_invoice_whose_sisa_happens_to_fit_stays_an_invoice(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["No. Faktur", "Tanggal", "Pelanggan", "Nilai", "Sisa"],
        ["F1", D(2026, 10, 5), "Toko Bangunan Sinar", 2_000_000, 2_000_000],
        ["F2", D(2026, 10, 5), "Toko Bangunan Sinar", 1_000_000, 1_000_000],
    ]
    expected = figures(3_000_000, 3_000_000, 1, d1to30=3_000_000)
    reads_to(tmp_path / "faktur.xlsx", [("Faktur", rows)], expected)


# Nor is an invoice of its own number whose note says how it was paid: F2 1.000.000 "Lunas
# transfer", Sisa 0, under F1 1.000.000 owed (the Sisa fits): F1 owes 1.000.000 (1-30).
def test_an_invoice_noted_paid_under_another_stays_an_invoice(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["No. Faktur", "Tanggal", "Pelanggan", "Keterangan", "Nilai", "Sisa"],
        ["F1", D(2026, 10, 5), "Toko Bangunan Sinar", None, 1_000_000, 1_000_000],
        ["F2", D(2026, 10, 6), "Toko Bangunan Sinar", "Lunas transfer", 1_000_000, 0],
    ]
    expected = figures(1_000_000, 1_000_000, 1, d1to30=1_000_000)
    reads_to(tmp_path / "faktur.xlsx", [("Faktur", rows)], expected)


# Round 84 book 43: a payments export's own number column, "No Pembayaran", was taken for
# what was paid (a fuzzy match of "Pembayaran"), the payments file refused ("PB-0001 bukan
# jumlah uang") and the notas summed without it (3.200.000). It numbers the payment, as "No
# Bukti" does; Jumlah is the money. Paid to the oldest dues first: Toko Sinar Abadi KP-2001
# 1.000.000 (10 Sep) paid, KP-2002 700.000 - 200.000 = 500.000 (5 Oct, due 4 Nov: 1-30); Pak
# Darto KP-2003 1.500.000 - 1.000.000 = 500.000 (20 Oct, due 19 Nov: 1-30). 1.000.000 out.
NOTA = """No Nota,Tanggal,Pelanggan,Total
KP-2001,2026-09-10,Toko Sinar Abadi,1.000.000
KP-2002,2026-10-05,Toko Sinar Abadi,700.000
KP-2003,2026-10-20,Pak Darto,1.500.000
"""


def test_a_payments_own_number_column_is_no_amount(tmp_path: Path) -> None:
    for label in ("No Pembayaran", "Nomor Pembayaran", "No. Penerimaan"):
        paid = (
            f"Tanggal,{label},Pelanggan,Metode,Jumlah\n"
            "2026-11-02,PB-0001,Toko Sinar Abadi,Transfer,Rp 1.200.000\n"
            "2026-11-10,PB-0002,Pak Darto,Tunai,Rp 1.000.000\n"
        )
        payload = _csv(tmp_path, ("nota.csv", NOTA), ("pembayaran.csv", paid))
        assert not payload["unreadable"]
        assert (payload["outstanding"], payload["overdue"]) == (1_000_000, 1_000_000)
        assert payload["per_customer"] == {"Pak Darto": 500_000, "Toko Sinar Abadi": 500_000}


# Round 84 book 05 (Qasir): a type column of "Penjualan Tempo" (a sale on credit) and
# "Cicilan 1", "Cicilan 2" (instalments: payments), each payment naming its nota. Those words
# were unknown and the whole file refused. QS-0001 3.000.000 (1 Sep, due 1 Oct: 52 days,
# 31-60) - 1.000.000 - 1.000.000 = 1.000.000; QS-0002 1.200.000 - 400.000 - 800.000 = 0;
# QS-0003 800.000 (10 Oct, due 9 Nov: 1-30); QS-0004 2.000.000 (20 Nov: current).
QASIR = """Tanggal,No. Transaksi,Nama Pelanggan,Jenis,Ref. Nota,Nominal
2026-09-01,QS-0001,Toko Sejahtera,Penjualan Tempo,-,Rp3.000.000
2026-09-15,QS-0002,Bu Wati,Penjualan Tempo,-,Rp1.200.000
2026-10-01,BYR-0001,Toko Sejahtera,Cicilan 1,QS-0001,Rp1.000.000
2026-10-10,QS-0003,Toko Sejahtera,Penjualan Tempo,-,Rp800.000
2026-10-20,BYR-0002,Bu Wati,Cicilan ke-1,QS-0002,Rp400.000
2026-11-01,BYR-0003,Toko Sejahtera,Cicilan 2,QS-0001,Rp1.000.000
2026-11-05,BYR-0004,Bu Wati,Pelunasan,QS-0002,Rp800.000
2026-11-20,QS-0004,Pak Harun,Penjualan Tempo,-,Rp2.000.000
"""


def test_numbered_instalments_are_payments_and_a_credit_sale_a_sale(tmp_path: Path) -> None:
    payload = _csv(tmp_path, ("qasir.csv", QASIR))
    assert not payload["problems"]
    assert (payload["outstanding"], payload["overdue"]) == (3_800_000, 1_800_000)
    assert payload["aging"] == {
        "current": 2_000_000, "1-30": 800_000, "31-60": 1_000_000, "61-90": 0, "90+": 0
    }  # fmt: skip
    assert payload["per_customer"] == {"Pak Harun": 2_000_000, "Toko Sejahtera": 1_800_000}


# Round 84 book 09 (Lunasin): under the table, after an empty line, the export's summary block
# headed "Ringkasan" alone, then "Total Tagihan | Rp 4.200.000" and the like. The heading was
# told as a row without a customer (missing-customer). It heads the block: nothing to tell.
# L1 2.200.000 (10 Sep, due 10 Oct: 43 days, 31-60); L2 2.000.000 (5 Nov, due 5 Dec: current).
def test_a_summary_blocks_heading_under_the_table_is_no_row(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["No. Tagihan", "Tanggal Tagihan", "Nama Pelanggan", "Total Tagihan", "Sisa Tagihan"],
        ["L1", D(2026, 9, 10), "Toko Mitra Usaha", "Rp 2.200.000", "Rp 2.200.000"],
        ["L2", D(2026, 11, 5), "CV Sinar Terang", "Rp 2.600.000", "Rp 2.000.000"],
        [],
        ["Ringkasan"],
        ["Total Tagihan", "Rp 4.800.000"],
        ["Total Sisa", "Rp 4.200.000"],
    ]
    expected = figures(4_200_000, 2_200_000, 2, current=2_000_000, d31to60=2_200_000)
    reads_to(tmp_path / "tagihan.xlsx", [("Tagihan", rows)], expected)
