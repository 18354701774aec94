"""Round 22 of outside books (written by a tester who had not seen the code, figures worked
out on paper as of 22 Nov 2026, default term 30 days): what the owner's status, checkbox,
terms and dates say, read as they say it. Before, each of these read wrong or was refused:

- a status "TIDAK LUNAS", "Tdk Lunas" or "Setengah lunas" was read as paid ("lunas" in it):
  900,000 where 3,200,000 is owed, silently;
- a CSV's numbers kept as text with an apostrophe ("'00122", "'1250000"): amounts refused, and
  payments naming "00122" paid the oldest invoice instead;
- a date column headed "Waktu", and US exports' times with AM / PM: every row a bad date;
- Google Sheets' checkbox (TRUE / FALSE) under "Dibayar": every row a bad paid cell;
- terms in weeks, months and "akhir bulan": the default 30 days, with a problem row each;
- paid rows marked only by a colour, with the legend "warna hijau = sudah lunas": every paid
  invoice counted as owed (4,500,000 where 2,700,000 is), silently. Tagih cannot see colours:
  the sheet is refused, saying how to mark them."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, _aging, _expect, _xlsx, reads_to


def _csv_reads_to(path: Path, text: str, expected: dict[str, object]) -> None:
    path.write_text(text, encoding="utf-8")
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors, [e.message("id") for e in batch.errors]
    assert {k: payload[k] for k in expected} == expected
    assert not payload["problems"]


def test_a_status_that_says_not_paid_or_half_paid_is_not_paid(tmp_path: Path) -> None:
    # S2 1.5M due 25 Oct (28 days) and S3 0.8M due 7 Nov (15 days) owed whole; S5 0.9M not
    # due; S1 and S4 paid. Before: "TIDAK LUNAS" and "Tdk Lunas" paid, 900,000 owed.
    sheets = [("Nota", [["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Status"],
        ["S1", D(2026, 9, 10), "Toko Ayu", 1_000_000, "LUNAS"],
        ["S2", D(2026, 9, 25), "Toko Ayu", 1_500_000, "TIDAK LUNAS"],
        ["S3", D(2026, 10, 8), "Pak Rudi", 800_000, "Tdk Lunas"],
        ["S4", D(2026, 10, 30), "Pak Rudi", 600_000, "Lunas"],
        ["S5", D(2026, 11, 5), "Toko Ayu", 900_000, "Belum Lunas"]])]  # fmt: skip
    owed = _expect(3_200_000, 2_300_000, _aging(current=900_000, d1to30=2_300_000), 2)
    reads_to(tmp_path / "status.xlsx", sheets, owed)
    # "Setengah lunas" beside what was paid: the paid column holds, 600,000 left of 1.2M, due
    # 27 Nov.
    half = [("Faktur", [["No Faktur", "Tanggal", "Pelanggan", "Total", "Terbayar", "Status"],
        ["S-4", D(2026, 10, 28), "UD Harapan", 1_200_000, 600_000, "Setengah lunas"]])]  # fmt: skip
    reads_to(tmp_path / "setengah.xlsx", half, _expect(600_000, 0, _aging(current=600_000), 1))


def test_numbers_kept_as_text_with_an_apostrophe_in_a_csv(tmp_path: Path) -> None:
    # A-1 1.25M - 0.25M due 10 Oct (43 days); A-2 0.8M not due.
    owed = _expect(1_800_000, 1_000_000, _aging(current=800_000, d31to60=1_000_000), 2)
    _csv_reads_to(tmp_path / "nominal.csv", "No Nota;Tanggal;Pelanggan;Jumlah;Dibayar\n"
                  "A-1;10/09/2026;Toko Kurnia;'1250000;'250000\n"
                  "A-2;04/11/2026;Bu Sri;'800000;'0\n", owed)  # fmt: skip
    # "'00122" in the invoices, "00122" in the payments: the same invoice, paid.
    (tmp_path / "faktur.csv").write_text("No Faktur;Tanggal;Pelanggan;Jumlah\n"
        "'00121;10/09/2026;Toko Gemilang;2.000.000\n"
        "'00122;01/10/2026;Toko Gemilang;1.000.000\n", encoding="utf-8")  # fmt: skip
    _xlsx(tmp_path / "bayar.xlsx", [("Pembayaran", [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
        ["00122", D(2026, 11, 10), "Toko Gemilang", 1_000_000]])])  # fmt: skip
    _, payload = summarize_files([tmp_path / "faktur.csv", tmp_path / "bayar.xlsx"], AS_OF)
    assert payload["aging"] == _aging(d31to60=2_000_000) and not payload["problems"]


def test_a_waktu_column_and_times_with_am_pm_are_the_dates(tmp_path: Path) -> None:
    # W-1 due 4 Nov (18 days); W-2 2M - 0.5M due 20 Oct (33 days); W-3 not due.
    expected = _expect(3_100_000, 2_500_000,
                       _aging(current=600_000, d1to30=1_000_000, d31to60=1_500_000), 2)  # fmt: skip
    _csv_reads_to(tmp_path / "waktu.csv", "No Faktur;Waktu;Pelanggan;Jumlah;Bayar\n"
                  "W-1;05/10/2026 09:12;Toko Jati;1.000.000;0\n"
                  "W-2;20/09/2026 14:35;Toko Jati;2.000.000;500.000\n"
                  "W-3;12/11/2026 16:01;UD Tani;600.000;0\n", expected)  # fmt: skip
    # Month first (28 can only be a day), each with a time and AM / PM.
    _csv_reads_to(tmp_path / "us.csv", "Invoice No,Date,Customer,Amount,Paid\n"
                  'INV-1,10/5/2026 10:15:00 AM,Toko Jati,"1,000,000.00",0.00\n'
                  'INV-2,9/20/2026 4:40:00 PM,Toko Jati,"2,000,000.00","500,000.00"\n'
                  'INV-3,11/12/2026 1:00:00 PM,UD Tani,"600,000.00",0.00\n'
                  'INV-4,9/28/2026 1:00:00 PM,UD Tani,"100,000.00","100,000.00"\n',
                  expected)  # fmt: skip


def test_a_checkbox_under_dibayar_says_paid_or_not(tmp_path: Path) -> None:
    # G-02 0.8M due 15 Oct (38 days); G-03 2.5M due 31 Oct (22 days); G-05 not due; G-01 and
    # G-04 ticked paid. As a Google Sheets CSV (TRUE / FALSE) and as Excel's own booleans.
    expected = _expect(3_650_000, 3_300_000,
                       _aging(current=350_000, d1to30=2_500_000, d31to60=800_000), 2)  # fmt: skip
    _csv_reads_to(tmp_path / "sheets.csv", "Tanggal,Nota,Pelanggan,Nominal,Dibayar\n"
                  '02/09/2026,G-01,Toko Citra,"Rp1.200.000,00",TRUE\n'
                  '15/09/2026,G-02,Toko Citra,"Rp800.000,00",FALSE\n'
                  '01/10/2026,G-03,Pak Hendra,"Rp2.500.000,00",FALSE\n'
                  '20/10/2026,G-04,Pak Hendra,"Rp500.000,00",TRUE\n'
                  '09/11/2026,G-05,Toko Citra,"Rp350.000,00",FALSE\n', expected)  # fmt: skip
    rows = [[D(2026, 9, 2), "G-01", "Toko Citra", 1_200_000, True],
            [D(2026, 9, 15), "G-02", "Toko Citra", 800_000, False],
            [D(2026, 10, 1), "G-03", "Pak Hendra", 2_500_000, False],
            [D(2026, 10, 20), "G-04", "Pak Hendra", 500_000, True],
            [D(2026, 11, 9), "G-05", "Toko Citra", 350_000, None]]  # fmt: skip
    header = ["Tanggal", "Nota", "Pelanggan", "Nominal", "Dibayar"]
    payload = reads_to(tmp_path / "centang.xlsx", [("Nota", [header, *rows])], expected)
    assert not payload["problems"]


def test_terms_in_weeks_months_and_at_the_months_end(tmp_path: Path) -> None:
    # T-1 25 Sep "akhir bulan": due 30 Sep (53 days, 31-60; 30 days would be 25 Oct, 1-30).
    # T-2 1 Nov "2 minggu": due 15 Nov (7 days; 30 days would be not due). T-3 20 Oct "1 bulan":
    # 30 days, due 19 Nov (3 days). T-4 10 Nov "7 hr" due 17 Nov (5 days). T-5 "45 hari" not due.
    sheets = [("Faktur", [["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Tempo"],
        ["T-1", D(2026, 9, 25), "Toko Abadi", 1_000_000, "akhir bulan"],
        ["T-2", D(2026, 11, 1), "Toko Abadi", 800_000, "2 minggu"],
        ["T-3", D(2026, 10, 20), "CV Rimba", 2_000_000, "1 bulan"],
        ["T-4", D(2026, 11, 10), "CV Rimba", 500_000, "7 hr"],
        ["T-5", D(2026, 11, 12), "CV Rimba", 700_000, "45 hari"]])]  # fmt: skip
    aging = _aging(current=700_000, d1to30=3_300_000, d31to60=1_000_000)
    payload = reads_to(tmp_path / "tempo.xlsx", sheets, _expect(5_000_000, 4_300_000, aging, 2))
    assert not payload["problems"]


def test_paid_rows_marked_by_colour_alone_are_refused_saying_so(tmp_path: Path) -> None:
    rows = [["No Nota", "Tanggal", "Pelanggan", "Jumlah"],
            ["W-1", D(2026, 9, 10), "Toko Subur", 1_000_000],
            ["W-2", D(2026, 9, 28), "Toko Subur", 1_500_000], [],
            ["Ket: warna hijau = sudah lunas"]]  # fmt: skip
    _xlsx(tmp_path / "warna.xlsx", [("Piutang", rows)])
    batch, _ = summarize_files([tmp_path / "warna.xlsx"], AS_OF)
    assert not batch.files and len(batch.errors) == 1
    said = batch.errors[0].message("id")
    assert "lembar 'Piutang'" in said and "warna hijau = sudah lunas" in said
    assert "cannot see colours" in batch.errors[0].message("en")
    # With a column that says what is paid, the colour is the owner's own emphasis; a
    # customer named for a colour is no legend.
    rows[0].append("Status")
    rows[1].append("Lunas")
    rows.append(["Toko Hijau Lunas"])
    reads_to(tmp_path / "warna_status.xlsx", [("Piutang", rows)],
             _expect(1_500_000, 1_500_000, _aging(d1to30=1_500_000), 1))  # fmt: skip


def test_a_warung_card_whose_goods_taken_column_is_kredit(tmp_path: Path) -> None:
    # "Kredit" beside "Bayar" and a running Sisa that rises with it: the goods taken on credit.
    # 700,000 paid on 20 Oct pays 5 Sep's 1M first: 300,000 left due 5 Oct (48 days); 1 Oct's
    # 600,000 due 31 Oct (22 days); 5 Nov's 300,000 not due. Refused before.
    sheets = [("Toko Murah", [["CATATAN AMBIL BARANG - TOKO MURAH"], [],
        ["Tanggal", "Keterangan", "Kredit", "Bayar", "Sisa"],
        [D(2026, 9, 5), "ambil semen 15 sak", 1_000_000, None, 1_000_000],
        [D(2026, 10, 1), "ambil cat 2 pail", 600_000, None, 1_600_000],
        [D(2026, 10, 20), "bayar tunai", None, 700_000, 900_000],
        [D(2026, 11, 5), "ambil paku", 300_000, None, 1_200_000]])]  # fmt: skip
    aging = _aging(current=300_000, d1to30=600_000, d31to60=300_000)
    payload = reads_to(tmp_path / "kartu.xlsx", sheets, _expect(1_200_000, 900_000, aging, 1))
    assert payload["checks"] == "ok"
