"""Outside books (round 33, figures worked out on paper as of 22 Nov 2026, default term 30
days) that read silently wrong, and the books beside them that must read as they did:

- a status saying paid and how ("sdh tf", "Sudah transfer", "lunas cash") was owed, and a
  word read neither way under a "Ket" column written as a status was counted without a word;"""

from __future__ import annotations

from datetime import date as D
from pathlib import Path
from typing import Any

from tests.test_books_by_hand import _aging, read_book, reads_to
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
