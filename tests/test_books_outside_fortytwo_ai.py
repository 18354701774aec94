"""Outside round 79: how owners type a hand-kept invoice list. Each book written by hand with
its figures worked out on paper as of 22 Nov 2026 (default term 30 days: a sale of 1 Oct is
due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to


# Terms that write the due date itself ("JT 30/11": jatuh tempo 30 November) were not
# understood: each row told `invalid-terms` and was due after the default 30 days. Read, a
# date without its year is the first such day on or after the invoice's date.
# Toko Sinar 1.000.000 of 20 Oct "JT 30/11": due 30 Nov, current (the default made it due
# 19 Nov, 3 days late); its 300.000 of 20 Nov "JT 5/1": due 5 Jan 2027, current (not 5 Jan
# 2026). CV Makmur 800.000 of 1 Oct "JT 5/11": 17 days late (1-30); its 200.000 of 25 Oct
# "Jatuh tempo 10 Des": current. Bu Tuti 500.000 of 1 Aug "JT 15/10": 38 days late (31-60; the
# default made it due 31 Aug, 83 days: 61-90). Outstanding 2.800.000, overdue 1.300.000.
def test_terms_that_write_the_due_date_give_it(tmp_path: Path) -> None:
    rows = [
        ["Tanggal", "Pelanggan", "Jumlah", "Tempo"],
        [D(2026, 10, 20), "Toko Sinar", 1_000_000, "JT 30/11"],
        [D(2026, 11, 20), "Toko Sinar", 300_000, "JT 5/1"],
        [D(2026, 10, 1), "CV Makmur", 800_000, "JT 5/11"],
        [D(2026, 10, 25), "CV Makmur", 200_000, "Jatuh tempo 10 Des"],
        [D(2026, 8, 1), "Bu Tuti", 500_000, "JT 15/10"],
    ]
    expected = figures(2_800_000, 1_300_000, 3, current=1_500_000, d1to30=800_000, d31to60=500_000)
    reads_to(tmp_path / "jt.xlsx", [("Piutang 2026", rows)], expected)


# "BL", the everyday initials of "belum lunas", was told as a status not understood
# (`unread-status`, the owner asked to retype it) though counted owed. Bu Darmi's 450.000 of
# 1 Nov "BL": due 1 Dec, current; her 600.000 "lns" paid. Pak Tarno's 250.000 of 1 Sep "BL":
# due 1 Oct, 52 days late (31-60); his 300.000 "LUNAS" paid. Outstanding 700.000, overdue
# 250.000.
def test_bl_in_a_status_column_is_belum_lunas(tmp_path: Path) -> None:
    rows = [
        ["Tanggal", "Pelanggan", "Jumlah", "Status"],
        [D(2026, 11, 1), "Bu Darmi", 450_000, "BL"],
        [D(2026, 10, 1), "Bu Darmi", 600_000, "lns"],
        [D(2026, 9, 1), "Pak Tarno", 250_000, "BL"],
        [D(2026, 9, 1), "Pak Tarno", 300_000, "LUNAS"],
    ]
    expected = figures(700_000, 250_000, 2, current=450_000, d31to60=250_000)
    reads_to(tmp_path / "bl.xlsx", [("Piutang", rows)], expected)


# A Bayar column left empty on every row, the DP written in the status instead ("DP 500rb"):
# the empty column turned reading the status's payment off, silently (2.700.000 owed, the DP
# not taken off, no problem told). Toko Anugerah's 2.000.000 of 1 Nov less the DP 500.000 is
# 1.500.000, due 1 Dec: current; its 1.000.000 of 1 Oct "sdh lunas" is paid. Bu Ijah's
# 700.000 of 5 Oct "blm" is due 4 Nov, 18 days late (1-30); her 400.000 of 5 Sep "Lns" paid.
# Outstanding 2.200.000, overdue 700.000.
def test_a_dp_in_the_status_beside_an_empty_paid_column_is_paid(tmp_path: Path) -> None:
    rows = [
        ["Tanggal", "Pelanggan", "Jumlah", "Bayar", "Status"],
        [D(2026, 11, 1), "Toko Anugerah", 2_000_000, None, "DP 500rb"],
        [D(2026, 10, 1), "Toko Anugerah", 1_000_000, None, "sdh lunas"],
        [D(2026, 10, 5), "Bu Ijah", 700_000, None, "blm"],
        [D(2026, 9, 5), "Bu Ijah", 400_000, None, "Lns"],
    ]
    expected = figures(2_200_000, 700_000, 2, current=1_500_000, d1to30=700_000)
    payload = reads_to(tmp_path / "dp.xlsx", [("Piutang", rows)], expected)
    assert payload["per_customer"] == {"Toko Anugerah": 1_500_000, "Bu Ijah": 700_000}


# The same DP beside a Bayar column that holds figures on other rows, its own cell empty:
# nothing else on the row says what was paid, and the status writes it to the rupiah, so it is
# paid as where the column is empty on every row (round 87, 08: it was counted owed and told
# as ``part-paid-status``, 2.900.000). Toko Anugerah's 2.000.000 of 1 Nov "DP 500rb": 1.500.000,
# current; its 1.000.000 of 1 Oct paid 1.000.000. Bu Ijah's 700.000 of 5 Oct paid 200.000
# "cicil": 500.000 due 4 Nov, 18 days late (1-30); her 400.000 of 5 Sep "blm": due 5 Oct, 48
# days (31-60). Outstanding 2.400.000, overdue 900.000.
def test_a_dp_in_the_status_beside_an_empty_paid_cell_is_paid(tmp_path: Path) -> None:
    rows = [
        ["Tanggal", "Pelanggan", "Jumlah", "Bayar", "Status"],
        [D(2026, 11, 1), "Toko Anugerah", 2_000_000, None, "DP 500rb"],
        [D(2026, 10, 1), "Toko Anugerah", 1_000_000, 1_000_000, "sdh lunas"],
        [D(2026, 10, 5), "Bu Ijah", 700_000, 200_000, "cicil"],
        [D(2026, 9, 5), "Bu Ijah", 400_000, None, "blm"],
    ]
    expected = figures(2_400_000, 900_000, 2, current=1_500_000, d1to30=500_000, d31to60=400_000)
    reads_to(tmp_path / "dp2.xlsx", [("Piutang", rows)], expected)
