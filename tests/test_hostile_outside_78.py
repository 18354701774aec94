"""Outside round 78 (broken and hostile files): a long unbroken word, NUL bytes in a CSV, a
cell too long for any book, a folder given as a file.

Each book is written here, in a temporary folder; its figures are worked out by hand in the
comment above it (as of 22 Nov 2026, the default 30-day term).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openpyxl

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, figures, text_reads_to

ROOT = Path(__file__).resolve().parent.parent

# Book B of the round: INV-101 5,000,000 dated 1 Oct, due 31 Oct (22 days late on 22 Nov);
# INV-102 1,200,000 dated 24 Oct, due 23 Nov (current); INV-103 2,000,000 dated 25 Nov, due
# 25 Dec (current). Outstanding 8,200,000, overdue 5,000,000, 3 customers.
HEADER = "No Faktur,Tanggal,Pelanggan,Jumlah,Dibayar,Keterangan\n"
ROWS = [
    ("INV-101", "2026-10-01", "Toko Sumber Rejeki", "5000000", "0", "ok"),
    ("INV-102", "2026-10-24", "Toko Kelontong Ibu Ani", "1200000", "0", ""),
    ("INV-103", "2026-11-25", "CV Maju Jaya", "2000000", "0", ""),
]
B = figures(8_200_000, 5_000_000, 3, current=3_200_000, d1to30=5_000_000)


def book_b(note: str = "", name: str = "Toko Kelontong Ibu Ani") -> str:
    """Book B as CSV text, INV-102 named ``name`` with the note ``note``."""
    rows = [list(row) for row in ROWS]
    rows[1][2], rows[1][5] = name, note
    return HEADER + "".join(",".join(row) + "\n" for row in rows)


def _summary_in_child(path: Path) -> dict[str, object]:
    """``python -m core summary --json`` of ``path`` in a child given 60 s: a reader whose cost
    grows with the square of a cell's length takes minutes on the books below."""
    done = subprocess.run(
        [sys.executable, "-m", "core", "summary", str(path), "--json", "--today", "2026-11-22"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    payload: dict[str, object] = json.loads(done.stdout)
    return payload


def test_a_long_unbroken_word_in_a_note_reads_in_linear_time(tmp_path: Path) -> None:
    # Book B, INV-102's note one 130,000-character "word" (a pasted base64 or link), in a CSV
    # and in an .xlsx. The notes' rule for a return ("pot. 50.000") once looked for a word
    # before it from every letter of the word, each try running to its end: 130,000² steps,
    # minutes (32,000 letters took 11 s). B's figures, within the child's 60 s.
    word = "x" * 130_000
    csv_book = tmp_path / "kata_panjang.csv"
    csv_book.write_text(book_b(word), encoding="utf-8")
    xlsx_book = tmp_path / "kata_panjang.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for line in book_b(word).splitlines():
        sheet.append([int(cell) if cell.isdigit() else cell for cell in line.split(",")])
    workbook.save(xlsx_book)
    for path in (csv_book, xlsx_book):
        payload = _summary_in_child(path)
        assert {key: payload[key] for key in FIGURES} == B, path.name
        assert not payload["problems"]


def test_nul_bytes_in_a_csv_are_dropped(tmp_path: Path) -> None:
    # Book B with a NUL typed into INV-102's customer ("Toko Kelontong Ibu\0 Ani"), then 4 KB
    # of NULs after its last line, as a save cut off by a power cut leaves: read as B (once
    # refused as "not a spreadsheet"), the name without its NUL.
    text = book_b(name="Toko Kelontong Ibu\x00 Ani") + "\x00" * 4096
    payload = text_reads_to(tmp_path / "nul.csv", text, B)
    assert payload["per_customer"]["Toko Kelontong Ibu Ani"] == 1_200_000
    # A file of NULs alone is a save that wrote nothing: damaged, not "not a spreadsheet".
    empty = tmp_path / "nul_saja.csv"
    empty.write_bytes(bytes(4096))
    batch, _ = summarize_files([empty], AS_OF)
    assert [error.code for error in batch.errors] == ["corrupt"]
