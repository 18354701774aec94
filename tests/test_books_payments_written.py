"""What was paid, written the ways owners write it (an outside tester's round of books,
figures worked out on paper as of 22 Nov 2026, default term 30 days). Before, each of these
was a confident wrong total:

- one header row with a date and an amount for each instalment, "Tanggal | Bayar | Tanggal |
  Bayar", no group row above: only the first "Bayar" was read (1.6M where 1M is owed);
- no paid column, what was paid written in the Keterangan ("bayar 500rb tgl 3/10, tf 1jt tgl
  20/10", "dp 300rb"): "lunas" settled its invoice and every amount was dropped (4.45M where
  2.65M is owed, 2.75M overdue for 1.25M);
- a lone "Giro" column, no status: not read, and no problem row (5M where 4.5M is owed).
"""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.reading.rows import note_paid
from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, _aging, _expect, _xlsx, reads_to

INVOICE = ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"]


def instalments(date_label: str, paid_label: str) -> list[list[object]]:
    """Two instalments on one header row, each its date and its amount. RP-1 1.2M paid 0.5M
    then 0.2M (0.5M, due 9 Sep: 74 days); RP-2 0.8M paid 0.3M (0.5M, not due); RP-3 paid in
    two (0.6M + 0.4M)."""
    return [
        [*INVOICE, date_label, paid_label, date_label, paid_label],
        ["RP-1", D(2026, 8, 10), "Toko Asri", 1_200_000, D(2026, 9, 1), 500_000,
         D(2026, 10, 1), 200_000],
        ["RP-2", D(2026, 10, 30), "Toko Asri", 800_000, D(2026, 11, 10), 300_000, None, None],
        ["RP-3", D(2026, 9, 25), "UD Baru", 1_000_000, D(2026, 10, 1), 600_000,
         D(2026, 11, 1), 400_000],
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("date_label", "paid_label"),
    [
        ("Tanggal", "Bayar"),
        ("Tgl", "Pembayaran"),
        ("Tanggal", "Jumlah Bayar"),
        ("Tgl", "Dibayar"),
        ("Tanggal", "Angsuran"),
        ("Tanggal", "Cicilan"),
        ("Tgl Bayar", "Byr"),
    ],
)
def test_a_paid_label_repeated_on_one_header_row_is_parts_added_up(
    tmp_path: Path, date_label: str, paid_label: str
) -> None:
    """Each repeated paid label is a part, its date the column just before it; the invoice's
    date stays the first date column (RP-1 ages from 10 Aug, not from a payment's day)."""
    payload = reads_to(
        tmp_path / "cicilan_satu_baris.xlsx",
        [("Piutang", instalments(date_label, paid_label))],
        _expect(1_000_000, 500_000, _aging(current=500_000, d61to90=500_000), 1),
    )
    assert payload["files"][0]["sheets"][0]["shape"] == "invoice_list"


@pytest.mark.parametrize("left", ["Sisa", "Saldo"])
def test_a_sisa_after_each_part_is_what_is_left_after_the_last(tmp_path: Path, left: str) -> None:
    """'Tanggal | Bayar | Sisa' again for each instalment: the parts add up and the last Sisa
    is the check (before, the first Bayar and the first Sisa were read, agreeing with each
    other: 1.1M owed where 0.9M is). A-1 1.2M - 0.5M - 0.2M = 0.5M (52 days late); A-2 0.7M -
    0.3M = 0.4M, its second part not written (18 days)."""
    header = ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Tgl", "Bayar", left, "Tgl", "Bayar",
              left]  # fmt: skip
    rows: list[list[object]] = [
        header,
        ["A-1", D(2026, 9, 1), "Toko A", 1_200_000, D(2026, 9, 20), 500_000, 700_000,
         D(2026, 10, 20), 200_000, 500_000],
        ["A-2", D(2026, 10, 5), "Toko B", 700_000, D(2026, 10, 25), 300_000, 400_000, None, None,
         None],
    ]  # fmt: skip
    reads_to(tmp_path / "cicilan_sisa.xlsx", [("Piutang", rows)],
             _expect(900_000, 900_000, _aging(d1to30=400_000, d31to60=500_000), 2))  # fmt: skip


def test_one_invoice_date_and_one_payment_date_read_as_before(tmp_path: Path) -> None:
    """A "Tanggal" for the invoice and a "Tgl Bayar" for its one payment: nothing repeats,
    one paid column (RP-1 1.2M less 0.5M, RP-2 0.8M less 0.3M)."""
    rows: list[list[object]] = [
        [*INVOICE, "Tgl Bayar", "Bayar"],
        ["RP-1", D(2026, 8, 10), "Toko Asri", 1_200_000, D(2026, 9, 1), 500_000],
        ["RP-2", D(2026, 10, 30), "Toko Asri", 800_000, D(2026, 11, 10), 300_000],
    ]
    reads_to(
        tmp_path / "satu_bayar.xlsx",
        [("Piutang", rows)],
        _expect(1_200_000, 700_000, _aging(current=500_000, d61to90=700_000), 1),
    )


# What was paid written in the notes only. K-11 1.8M less 1.5M (0.3M, due 20 Oct: 33 days);
# K-12 0.95M (9 days); K-13 paid; K-14 1.1M less 0.3M (0.8M not due); K-15 0.6M not due.
NOTES: list[list[object]] = [
    ["No", "No Nota", "Tgl", "Nama Pelanggan", "Jumlah", "Keterangan"],
    [1, "K-11", D(2026, 9, 20), "Bengkel Sinar", 1_800_000,
     "bayar 500rb tgl 3/10, tf 1jt tgl 20/10"],
    [2, "K-12", D(2026, 10, 14), "Bengkel Sinar", 950_000, "belum"],
    [3, "K-13", D(2026, 10, 25), "Toko Amanah", 2_400_000, "lunas tgl 15/11"],
    [4, "K-14", D(2026, 11, 3), "Toko Amanah", 1_100_000, "dp 300rb"],
    [5, "K-15", D(2026, 11, 19), "Bengkel Sinar", 600_000, None],
]  # fmt: skip


def test_payments_written_in_the_notes_are_paid(tmp_path: Path) -> None:
    reads_to(
        tmp_path / "bayar_di_keterangan.xlsx",
        [("Piutang", NOTES)],
        _expect(
            2_650_000, 1_250_000, _aging(current=1_400_000, d1to30=950_000, d31to60=300_000), 2
        ),
    )


def test_a_paid_column_beside_the_notes_is_what_was_paid(tmp_path: Path) -> None:
    """The notes are not read for amounts where a column says what was paid: K-11's Bayar
    says 1M (0.8M owed, 33 days) whatever its note says; K-14 0.3M of 1.1M."""
    rows = [[*NOTES[0][:5], "Bayar", "Keterangan"]]
    rows += [
        [*row[:5], paid, row[5]]
        for row, paid in zip(NOTES[1:], [1_000_000, 0, 2_400_000, 300_000, 0], strict=True)
    ]
    reads_to(
        tmp_path / "bayar_dan_keterangan.xlsx",
        [("Piutang", rows)],
        _expect(
            3_150_000, 1_750_000, _aging(current=1_400_000, d1to30=950_000, d31to60=800_000), 2
        ),
    )


@pytest.mark.parametrize(
    ("note", "paid"),
    [
        ("bayar 500rb tgl 3/10, tf 1jt tgl 20/10", 1_500_000),
        ("byr 1.000.000", 1_000_000),
        ("tf 1jt", 1_000_000),
        ("transfer 750.000", 750_000),
        ("dp 300rb", 300_000),
        ("cicil 200rb", 200_000),
        ("titip 100rb", 100_000),
        ("setor 2jt", 2_000_000),
        ("Bayar Rp 1,5 jt", 1_500_000),
        ("dp 300rb + cicil 200rb", 500_000),
        ("sudah bayar 750rb", 750_000),
        ("lunas tgl 15/11", 0),
        ("tgl 3/10", 0),
        ("500rb", 0),  # no word for paying before it
        ("sisa 500rb", 0),
        ("sisa bayar 500rb", 0),  # still to pay
        ("janji bayar 500rb tgl 30", 0),
        ("belum bayar 500rb", 0),
        ("dp 50%", 0),
        ("cicil 3x", 0),
        ("cicil 3 bulan", 0),
        ("tf BCA 3/11 ref 889213", 0),
    ],
)
def test_what_a_note_says_was_paid(note: str, paid: int) -> None:
    assert note_paid(note) == paid


GIRO = ["No Faktur", "Tgl", "Pelanggan", "Jumlah", "Giro"]


def test_a_lone_giro_column_is_paid_as_giro_parts_are(tmp_path: Path) -> None:
    """A giro the book wrote down, with no status saying it has not come, is paid, as a giro
    beside Tunai / Transfer columns is. GT-01 3M less 0.5M (2.5M, due 3 Oct: 50 days); GT-02
    2M (25 days)."""
    rows: list[list[object]] = [
        GIRO,
        ["GT-01", D(2026, 9, 3), "PT Sarana", 3_000_000, 500_000],
        ["GT-02", D(2026, 9, 28), "PT Sarana", 2_000_000, 0],
    ]
    reads_to(
        tmp_path / "giro_saja.xlsx",
        [("P", rows)],
        _expect(4_500_000, 4_500_000, _aging(d1to30=2_000_000, d31to60=2_500_000), 1),
    )


def test_a_lone_giro_not_cleared_pays_nothing_yet_and_says_so(tmp_path: Path) -> None:
    """Its status says the giro has not come: nothing paid yet, told on its row. GT-01 0.5M
    cleared (2.5M owed); GT-02's 1M giro bounced (2M owed, 25 days)."""
    rows: list[list[object]] = [
        [*GIRO, "Status Giro"],
        ["GT-01", D(2026, 9, 3), "PT Sarana", 3_000_000, 500_000, "Cair"],
        ["GT-02", D(2026, 9, 28), "PT Sarana", 2_000_000, 1_000_000, "Ditolak"],
    ]
    path = tmp_path / "giro_status.xlsx"
    _xlsx(path, [("P", rows)])
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    assert {key: payload[key] for key in FIGURES} == _expect(
        4_500_000, 4_500_000, _aging(d1to30=2_000_000, d31to60=2_500_000), 1
    )
    assert [(p["code"], p["row"], p["column"]) for p in payload["problems"]] == [
        ("uncleared-payment", 3, "Status Giro")
    ]


def test_a_note_writing_more_than_its_invoice_is_no_payment_and_says_so(tmp_path: Path) -> None:
    """'tf 123456789' on a 0.5M invoice is a transfer's reference, not 123M paid: the invoice
    stays owed in full (before, the rest beyond it paid the customer's other invoice), and its
    row says why; 'bayar 200rb' on the next is paid."""
    rows: list[list[object]] = [
        ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Keterangan"],
        ["A-1", D(2026, 10, 1), "Toko A", 500_000, "tf 123456789"],
        ["A-2", D(2026, 10, 5), "Toko A", 700_000, "bayar 200rb"],
    ]
    path = tmp_path / "referensi.xlsx"
    _xlsx(path, [("P", rows)])
    _, payload = summarize_files([path], AS_OF)
    assert payload["outstanding"] == 1_000_000
    [problem] = payload["problems"]
    assert (problem["code"], problem["row"]) == ("unclear-note-payment", 2)
    assert "tf 123456789" in problem["message"] and "tetap dihitung" in problem["message"]
