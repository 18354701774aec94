"""Round 87 of the outside testers (fixer 87a): debts written off, in a journal's type column,
in a note's words ("dianggap lunas", "tidak tertagih - dihapus") and as a sheet of their own.
Each book written by hand with its figures worked out on paper as of 22 Nov 2026 (default
term 30 days: a sale of 1 Oct is due 31 Oct, 22 days late; one of 5 Nov is due 5 Dec,
current)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to, text_reads_to

OCT_1 = D(2026, 10, 1)
NOV_5 = D(2026, 11, 5)


# Round 87 book 03: a journal's Jenis column says "Write Off" (and "Penghapusan Piutang"): a
# credit that ends the debt, as a "Retur" is. The whole journal was refused for the word.
# Toko Abadi: INV-1 6,000,000 - 2,500,000 paid - 3,500,000 written off = 0; INV-2 900,000
# current. CV Berkah: INV-3 1,000,000 - 400,000 written off = 600,000, due 31 Oct (1-30).
# 1,500,000 out, 600,000 overdue, 2 customers.
def test_a_journals_write_off_type_is_a_credit(tmp_path: Path) -> None:
    journal = [
        ["BUKU PEMBANTU PIUTANG"],
        [],
        ["Tanggal", "No. Bukti", "Pelanggan", "Jenis", "Keterangan", "Jumlah"],
        [OCT_1, "INV-1", "Toko Abadi", "Penjualan", None, 6_000_000],
        [OCT_1, "INV-3", "CV Berkah", "Penjualan", None, 1_000_000],
        [D(2026, 10, 10), "RCV-1", "Toko Abadi", "Pembayaran", "Bayar INV-1", 2_500_000],
        [NOV_5, "INV-2", "Toko Abadi", "Penjualan", None, 900_000],
        [D(2026, 11, 15), "WO-1", "Toko Abadi", "Write Off", "Sisa INV-1 macet", 3_500_000],
        [D(2026, 11, 16), "WO-2", "CV Berkah", "Penghapusan Piutang", "INV-3", 400_000],
    ]
    expected = figures(1_500_000, 600_000, 2, current=900_000, d1to30=600_000)
    reads_to(tmp_path / "jurnal.xlsx", [("Jurnal", journal)], expected)


# Round 87 book 04: "dianggap lunas, kurang 30rb diikhlaskan" beside Bayar 970,000 of
# 1,000,000 and Sisa 0: the rest was given up, as the Sisa and the Sub Total say. It was read
# as 30,000 owed, the book's Sisa told as wrong.
# Bu Sri: N-1 0; N-2 500,000 due 31 Oct (1-30). Pak Budi: N-3 800,000 current.
# 1,300,000 out, 500,000 overdue, 2 customers.
def test_dianggap_lunas_gives_up_the_rest(tmp_path: Path) -> None:
    grouped = [
        ["DAFTAR PIUTANG PER PELANGGAN"],
        [],
        ["No Nota", "Tanggal", "Jumlah", "Bayar", "Sisa", "Keterangan"],
        ["Bu Sri"],
        ["N-1", OCT_1, 1_000_000, 970_000, 0, "dianggap lunas, kurang 30rb diikhlaskan"],
        ["N-2", OCT_1, 500_000, 0, 500_000, "susah ditagih"],
        ["Sub Total", None, 1_500_000, 970_000, 500_000],
        ["Pak Budi"],
        ["N-3", NOV_5, 800_000, 0, 800_000, None],
        ["Sub Total", None, 800_000, 0, 800_000],
        ["TOTAL", None, 2_300_000, 970_000, 1_300_000],
    ]
    expected = figures(1_300_000, 500_000, 2, current=800_000, d1to30=500_000)
    reads_to(tmp_path / "grouped.xlsx", [("Per Pelanggan", grouped)], expected)


# The same rule in a list's notes, other spellings: "sisa 25rb direlakan" and "Anggap lunas"
# give up the rest; "ongkir diikhlaskan" gives up a charge only, and "dianggap lunas kalau
# transfer masuk" is a condition: both still owed.
# Bu A 0; Bu B 300,000 due 31 Oct (1-30); Bu C 0; Bu D 400,000 - 100,000 = 300,000 current.
# 600,000 out, 300,000 overdue, 2 customers.
def test_a_note_giving_up_the_rest_in_other_words(tmp_path: Path) -> None:
    rows = [
        ["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Bayar", "Keterangan"],
        ["N-1", OCT_1, "Bu A", 500_000, 475_000, "sisa 25rb direlakan"],
        ["N-2", OCT_1, "Bu B", 300_000, 0, "ongkir diikhlaskan"],
        ["N-3", NOV_5, "Bu C", 400_000, 100_000, "Anggap lunas"],
        ["N-4", NOV_5, "Bu D", 400_000, 100_000, "dianggap lunas kalau transfer masuk"],
    ]
    expected = figures(600_000, 300_000, 2, current=300_000, d1to30=300_000)
    reads_to(tmp_path / "nota.xlsx", [("Nota", rows)], expected)


# Round 87 book 05: "tidak tertagih - dihapus per 20/11/2026", "dihapus" alone after a stop,
# is written off (and "macet; dihapus"); "tidak tertagih, usul dihapus" is only proposed and
# "diskon dihapus" drops a discount: both still owed. I-1 and I-3 were counted owed.
# Klinik B: I-2 1,500,000 due 31 Oct (1-30); I-4 950,000 current.
# 2,450,000 out, 1,500,000 overdue, 1 customer.
def test_dihapus_after_a_stop_is_written_off(tmp_path: Path) -> None:
    text = (
        "No Invoice,Tanggal,Customer,Total,Terbayar,Sisa,Catatan\n"
        "I-1,01/10/2026,Apotek A,3300000,0,3300000,tidak tertagih - dihapus per 20/11/2026\n"
        'I-2,01/10/2026,Klinik B,1750000,250000,1500000,"tidak tertagih, usul dihapus"\n'
        "I-3,05/11/2026,Apotek A,800000,0,800000,macet; dihapus\n"
        "I-4,05/11/2026,Klinik B,950000,0,950000,diskon dihapus\n"
    )
    expected = figures(2_450_000, 1_500_000, 1, current=950_000, d1to30=1_500_000)
    text_reads_to(tmp_path / "export.csv", text, expected)


_HEADER = ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Dibayar"]
_OWED = [
    _HEADER,
    ["P-01", OCT_1, "Toko Segar", 2_000_000, 0],
    ["P-02", NOV_5, "CV Aneka Rasa", 1_500_000, 500_000],
]


# Round 87 book 35: a sheet "Dihapuskan" titled "DAFTAR PIUTANG YANG DIHAPUSKAN (HAPUS BUKU)"
# lists debts written off: owed by no one, as a "Lunas" sheet's are paid. Its two were counted
# owed, 3,200,000 in 90+.
# Toko Segar P-01 2,000,000 due 31 Oct (1-30); CV Aneka Rasa P-02 1,000,000 current.
# 3,000,000 out, 2,000,000 overdue, 2 customers.
def test_a_sheet_of_debts_written_off_is_owed_by_no_one(tmp_path: Path) -> None:
    off = [
        ["DAFTAR PIUTANG YANG DIHAPUSKAN (HAPUS BUKU) TAHUN 2026"],
        ["Disetujui pemilik 20/11/2026"],
        [],
        [*_HEADER, "Nilai Dihapus"],
        ["P-90", D(2026, 3, 10), "Warung Pak Kardi", 2_500_000, 500_000, 2_000_000],
        ["P-95", D(2026, 4, 22), "Toko Lestari", 1_200_000, 0, 1_200_000],
    ]
    expected = figures(3_000_000, 2_000_000, 2, current=1_000_000, d1to30=2_000_000)
    reads_to(tmp_path / "piutang.xlsx", [("Piutang", _OWED), ("Dihapuskan", off)], expected)


# The same by its title alone ("Sheet2" titled "Piutang Write-Off 2026"), beside a sheet of
# write-offs only proposed ("Usulan Hapus Buku"): still owed.
# As above, and Toko Jaya P-96 700,000 due 31 Oct (1-30).
# 3,700,000 out, 2,700,000 overdue, 3 customers.
def test_a_sheet_titled_for_write_offs_and_one_proposed(tmp_path: Path) -> None:
    off = [
        ["Piutang Write-Off 2026"],
        [],
        _HEADER,
        ["P-95", D(2026, 4, 22), "Toko Lestari", 1_200_000, 0],
    ]
    proposed = [_HEADER, ["P-96", OCT_1, "Toko Jaya", 700_000, 0]]
    sheets = [("Piutang", _OWED), ("Sheet2", off), ("Usulan Hapus Buku", proposed)]
    expected = figures(3_700_000, 2_700_000, 3, current=1_000_000, d1to30=2_700_000)
    reads_to(tmp_path / "piutang.xlsx", sheets, expected)
