"""Outside books (round 33, figures worked out on paper as of 22 Nov 2026, default term 30
days) that read silently wrong, and the books beside them that must read as they did:

- a status saying paid and how ("sdh tf", "Sudah transfer", "lunas cash") was owed, and a
  word read neither way under a "Ket" column written as a status was counted without a word;
- a payment's note naming its invoice by the book's series written short ("NT 46", "nt47",
  "NT 0046" for NT-0046) paid the customer's oldest invoice instead;"""

from __future__ import annotations

from datetime import date as D
from pathlib import Path
from typing import Any

from tests.test_books_by_hand import _aging, _expect, read_book, reads_to
from tests.test_books_outside_thirtyfifth import BON_OWED, BON_PAID, _bon


def _problems(payload: dict[str, Any]) -> list[tuple[str, int, str]]:
    """Each problem of a summary as its sheet, row and code."""
    return [(p["sheet"], p["row"], p["code"]) for p in payload["problems"]]


def _g04(header: str) -> list[tuple[str, list[list[object]]]]:
    """g04: Ani's 200,000 "sdh tf" and 500,000 "Cicil", Dedi's 400,000 "blm" and 100,000
    "Sudah transfer", the status under ``header``."""
    return [("Sheet1", [["Tanggal", "No Nota", "Pelanggan", "Total", header],
        [D(2026, 8, 1), "1", "Bu Ani", 200_000, "sdh tf"],
        [D(2026, 9, 1), "2", "Bu Ani", 500_000, "Cicil"],
        [D(2026, 10, 10), "3", "Pak Dedi", 400_000, "blm"],
        [D(2026, 11, 1), "4", "Pak Dedi", 100_000, "Sudah transfer"]])]  # fmt: skip


def test_a_status_of_paid_and_how_is_paid_under_ket_or_status(tmp_path: Path) -> None:
    # Paid: Ani's 200,000 "sdh tf" and Dedi's 100,000 "Sudah transfer". Owed: Ani's 500,000
    # "Cicil" (how much paid not written: in full, told) due 1 Oct, 52 days late (31-60);
    # Dedi's 400,000 due 9 Nov, 13 days late (1-30). 900,000, all overdue. It read 1,200,000
    # (200,000 in 61-90, 100,000 current), silently under "Ket", with unread-status under
    # "Status".
    for header in ("Ket", "Status", "Keterangan"):
        payload = read_book(tmp_path / "g04.xlsx", _g04(header))
        aging = _aging(d1to30=400_000, d31to60=500_000)
        assert {k: payload[k] for k in ("outstanding", "overdue", "aging")} == {
            "outstanding": 900_000,
            "overdue": 900_000,
            "aging": aging,
        }, header
        assert _problems(payload) == [("Sheet1", 3, "part-paid-status")], header


def test_a_paid_word_followed_by_the_way_it_was_paid_is_paid(tmp_path: Path) -> None:
    # Min's 60,000 is paid: 70,000 left (as tests/test_books_outside_thirtyfifth.py).
    for status in ("sdh tf", "Sudah transfer", "lunas cash", "sdh bayar via BCA",
                   "sudah ditransfer", "Sudah TF BCA"):  # fmt: skip
        reads_to(tmp_path / "bon.xlsx", _bon(status), BON_PAID)


def test_not_paid_with_a_way_is_not_paid(tmp_path: Path) -> None:
    # "belum tf", "blm transfer": Min's 60,000 owed, 130,000; and a customer named "Toko Sudah
    # Jaya" is no status of "sudah".
    for status in ("belum tf", "blm transfer"):
        reads_to(tmp_path / "bon.xlsx", _bon(status), BON_OWED)
    reads_to(tmp_path / "bon.xlsx", _bon("blm tf", name="Toko Sudah Jaya"), BON_OWED)
    # "tf sebagian": part paid, not how much: owed in full, told.
    payload = read_book(tmp_path / "bon.xlsx", _bon("tf sebagian"))
    assert payload["outstanding"] == 130_000
    assert _problems(payload) == [("Sheet1", 5, "part-paid-status")]


def test_a_ket_column_written_as_a_status_tells_a_word_it_does_not_read(tmp_path: Path) -> None:
    # "Lunas", "belum" and "ok" under "Ket": the column is the status, "ok" is told as under
    # "Status" (Min's 60,000 owed: 130,000).
    sheets = _bon("ok")
    sheets[0][1][1] = ["Tanggal", "Nama", "Bon", "Ket"]
    payload = read_book(tmp_path / "ket.xlsx", sheets)
    assert payload["outstanding"] == 130_000
    assert _problems(payload) == [("Sheet1", 5, "unread-status")]


def test_a_ket_column_of_notes_is_not_told(tmp_path: Path) -> None:
    # Notes under "Ket" ("antar", "ambil", "grosir") beside one "Lunas": no status column,
    # nothing told. Agus's 50,000 paid; 35,000 (1-30), Min's 60,000 (1-30) and 20,000
    # (current), Tini's 15,000 (current): 130,000.
    sheets = _bon("antar")
    rows = sheets[0][1]
    rows[1] = ["Tanggal", "Nama", "Bon", "Ket"]
    rows[3][3], rows[5][3], rows[6][3] = "ambil", "grosir", "ambil sendiri"
    reads_to(tmp_path / "ket.xlsx", sheets, BON_OWED)


def _nt(notes: tuple[str, str]) -> list[tuple[str, list[list[object]]]]:
    """h02: Ani's NT-0045 (1 Aug, 400,000) and NT-0046 (1 Sep, 250,000), Dedi's NT-0047 (10
    Oct, 300,000); a Pembayaran sheet of Ani's 250,000 and Dedi's 100,000 with ``notes``."""
    return [
        ("Nota", [["Tanggal", "No Nota", "Pelanggan", "Total"],
            [D(2026, 8, 1), "NT-0045", "Bu Ani", 400_000],
            [D(2026, 9, 1), "NT-0046", "Bu Ani", 250_000],
            [D(2026, 10, 10), "NT-0047", "Pak Dedi", 300_000]]),
        ("Pembayaran", [["Tanggal", "Pelanggan", "Keterangan", "Jumlah"],
            [D(2026, 10, 25), "Bu Ani", notes[0], 250_000],
            [D(2026, 11, 2), "Pak Dedi", notes[1], 100_000]]),
    ]  # fmt: skip


def test_a_note_naming_the_invoice_by_its_series_short_pays_it(tmp_path: Path) -> None:
    # NT-0046 is paid by "NT 46": NT-0045's 400,000 due 31 Aug, 83 days late (61-90);
    # NT-0047 less 100,000 = 200,000 due 9 Nov (1-30). 600,000. It paid NT-0045 first: 150,000
    # in 61-90 and NT-0046's 250,000 (due 1 Oct, 52 days late) in 31-60.
    expected = _expect(600_000, 600_000, _aging(d1to30=200_000, d61to90=400_000), 2)
    for notes in (("NT 46", "nt47"), ("NT-46", "NT 47"), ("NT46", "NT-0047"),
                  ("NT 0046", "Bayar NT 47"), ("Pelunasan NT 46", "nt 47")):  # fmt: skip
        reads_to(tmp_path / "nt.xlsx", _nt(notes), expected)


def test_a_note_of_another_number_pays_the_oldest(tmp_path: Path) -> None:
    # A bank's reference or an instalment's count names no invoice: Ani's 250,000 pays
    # NT-0045 first (150,000 left, 61-90; NT-0046 250,000 in 31-60).
    expected = _expect(
        600_000, 600_000, _aging(d1to30=200_000, d31to60=250_000, d61to90=150_000), 2
    )
    for note in ("Transfer BCA ref 4502", "cicilan ke-2", "Transfer BCA ref 46", "NT46A"):
        reads_to(tmp_path / "nt.xlsx", _nt((note, "nt47")), expected)


def test_a_journal_note_naming_its_invoice_by_its_series_pays_it(tmp_path: Path) -> None:
    # m07: NT-0045 400,000 (1 Aug, 61-90), NT-0046 250,000 (1 Sep) paid by "Bayar NT 46",
    # NT-0047 300,000 (1 Nov, due 1 Dec: current). 700,000, overdue 400,000.
    sheets = [("Jurnal", [["Tanggal", "No Nota", "Pelanggan", "Keterangan", "Penambahan",
                           "Pengurangan"],
        [D(2026, 8, 1), "NT-0045", "Bu Ani", "Penjualan", 400_000, None],
        [D(2026, 9, 1), "NT-0046", "Bu Ani", "Penjualan", 250_000, None],
        [D(2026, 10, 25), None, "Bu Ani", "Bayar NT 46", None, 250_000],
        [D(2026, 11, 1), "NT-0047", "Pak Dedi", "Penjualan", 300_000, None]])]  # fmt: skip
    aging = _aging(current=300_000, d61to90=400_000)
    reads_to(tmp_path / "m07.xlsx", sheets, _expect(700_000, 400_000, aging, 2))
