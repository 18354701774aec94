"""Outside round 78 (broken and hostile files): a long unbroken word, NUL bytes in a CSV, a
cell too long for any book, a folder given as a file.

Each book is written here, in a temporary folder; its figures are worked out by hand in the
comment above it (as of 22 Nov 2026, the default 30-day term).
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import openpyxl

from core import money
from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, figures, text_reads_to

ROOT = Path(__file__).resolve().parent.parent

# Book B of the round: INV-101 5,000,000 dated 1 Oct, due 31 Oct (22 days late on 22 Nov);
# INV-102 1,200,000 dated 24 Oct, due 23 Nov (current); INV-103 2,000,000 dated 25 Nov, due
# 25 Dec (current). Outstanding 8,200,000, overdue 5,000,000, 3 customers. INV-103, dated after
# the as-of date, is told (round 93: it was counted with no word): its one problem row.
HEADER = "No Faktur,Tanggal,Pelanggan,Jumlah,Dibayar,Keterangan\n"
ROWS = [
    ("INV-101", "2026-10-01", "Toko Sumber Rejeki", "5000000", "0", "ok"),
    ("INV-102", "2026-10-24", "Toko Kelontong Ibu Ani", "1200000", "0", ""),
    ("INV-103", "2026-11-25", "CV Maju Jaya", "2000000", "0", ""),
]
B = figures(8_200_000, 5_000_000, 3, current=3_200_000, d1to30=5_000_000)
B_TOLD = [("future-invoice", 4)]


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
        problems: list[dict[str, Any]] = payload["problems"]  # type: ignore[assignment]
        assert [(p["code"], p["row"]) for p in problems] == B_TOLD, path.name


def test_nul_bytes_in_a_csv_are_dropped(tmp_path: Path) -> None:
    # Book B with a NUL typed into INV-102's customer ("Toko Kelontong Ibu\0 Ani"), then 4 KB
    # of NULs after its last line, as a save cut off by a power cut leaves: read as B (once
    # refused as "not a spreadsheet"), the name without its NUL.
    text = book_b(name="Toko Kelontong Ibu\x00 Ani") + "\x00" * 4096
    payload = text_reads_to(tmp_path / "nul.csv", text, B, B_TOLD)
    [told] = payload["problems"]
    assert told["message"].startswith(
        "Faktur INV-103 bertanggal 25 Nov 2026, sesudah tanggal hitung 22 Nov 2026"
    )
    assert payload["per_customer"]["Toko Kelontong Ibu Ani"] == 1_200_000
    # A file of NULs alone is a save that wrote nothing: damaged, not "not a spreadsheet".
    empty = tmp_path / "nul_saja.csv"
    empty.write_bytes(bytes(4096))
    batch, _ = summarize_files([empty], AS_OF)
    assert [error.code for error in batch.errors] == ["corrupt"]


def test_a_cell_too_long_for_a_book_is_refused_saying_so(tmp_path: Path) -> None:
    # A note of 1,500,000 characters is more than any cell of a book holds (1 MB; Excel's hold
    # 32,767): refused naming the line in a CSV, saying so in an .xlsx, inline or shared
    # string alike (once "damaged or cut short": download again). A note of 500,000 reads, in
    # a CSV as in an .xlsx (a CSV's limit was once 131,072 characters, an .xlsx's 4 MB).
    long_csv = tmp_path / "catatan_panjang.csv"
    long_csv.write_text(book_b("catatan " * 187_500), encoding="utf-8")
    batch, _ = summarize_files([long_csv], AS_OF)
    assert [(error.code, error.detail) for error in batch.errors] == [("csv_long_text", "3")]
    assert "baris 3" in batch.errors[0].message("id")
    assert "1 MB" in batch.errors[0].message("id")

    plain = tmp_path / "buku.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["Pelanggan", "Tanggal", "Jumlah", "Keterangan"])
    workbook.active.append(["Toko A", "2026-10-01", 1_000_000, "ok"])
    workbook.save(plain)
    for shared in (False, True):
        path = tmp_path / f"catatan_panjang_{shared}.xlsx"
        _with_text(plain, path, "catatan " * 187_500, shared)
        batch, _ = summarize_files([path], AS_OF)
        assert [error.code for error in batch.errors] == ["long_text"], path.name
        assert "1 MB" in batch.errors[0].message("id")

    ok_csv = tmp_path / "catatan.csv"
    payload = text_reads_to(ok_csv, book_b("catatan " * 62_500), B, B_TOLD)
    assert payload["outstanding"] == 8_200_000


def _with_text(source: Path, target: Path, text: str, shared: bool) -> None:
    """``source`` with a cell H2 of text ``text`` added to its first sheet: inline, or as
    ``shared`` string (openpyxl cuts a cell's text to 32,767 characters)."""
    with zipfile.ZipFile(source) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
    cell = f'<c r="H2" t="inlineStr"><is><t>{text}</t></is></c>'
    if shared:
        cell = '<c r="H2" t="s"><v>0</v></c>'
        parts["xl/sharedStrings.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns='
            '"http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
            f'uniqueCount="1"><si><t>{text}</t></si></sst>'
        ).encode()
    at = sheet.index("</row>", sheet.index('<row r="2"'))
    parts["xl/worksheets/sheet1.xml"] = (sheet[:at] + cell + sheet[at:]).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    target.write_bytes(buffer.getvalue())


def test_a_folder_given_as_a_file_is_told_as_a_folder(tmp_path: Path) -> None:
    # Once "an unexpected error happened while reading (Is a directory)", in English.
    folder = tmp_path / "buku"
    folder.mkdir()
    batch, _ = summarize_files([folder], AS_OF)
    assert [error.code for error in batch.errors] == ["folder"]
    assert "folder" in batch.errors[0].message("id")
    assert "Is a directory" not in batch.errors[0].message("id")


def test_a_sheet_named_from_the_package_root_by_its_relationship_is_read(tmp_path: Path) -> None:
    # A workbook whose relationship names its sheet "../xl/worksheets/sheet1.xml": from xl/
    # that is xl/worksheets/sheet1.xml (RFC 3986), a valid package the reader alone did not
    # follow (once "damaged or cut short"). One invoice of Toko A, 1,000,000 dated 1 Oct, due
    # 31 Oct: 22 days late on 22 Nov. A target leaving the package is still refused.
    plain = tmp_path / "buku.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["Pelanggan", "Tanggal", "Jumlah"])
    workbook.active.append(["Toko A", "2026-10-01", 1_000_000])
    workbook.save(plain)
    for target, readable in (("../xl/worksheets/sheet1.xml", True), ("../../etc/passwd", False)):
        path = tmp_path / f"rels_{readable}.xlsx"
        with zipfile.ZipFile(plain) as archive:
            parts = {info.filename: archive.read(info) for info in archive.infolist()}
        rels = parts["xl/_rels/workbook.xml.rels"].decode()
        written = re.sub(r'Target="[^"]*worksheets/sheet1\.xml"', f'Target="{target}"', rels)
        assert written != rels
        parts["xl/_rels/workbook.xml.rels"] = written.encode()
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in parts.items():
                archive.writestr(name, data)
        batch, payload = summarize_files([path], AS_OF)
        if readable:
            assert not batch.errors
            assert {key: payload[key] for key in FIGURES} == figures(
                1_000_000, 1_000_000, 1, d1to30=1_000_000
            )
        else:
            assert [error.code for error in batch.errors] == ["corrupt"]


def test_a_figure_of_a_million_digits_is_no_amount(tmp_path: Path, monkeypatch: Any) -> None:
    # Book B, INV-102's Jumlah one 1,000,000-digit "figure": its Decimal and int once cost the
    # square of its length (minutes). A figure written in more than 64 characters (10^15, the
    # largest amount, is 21 with its dots) is no amount, told before any conversion: INV-102
    # is not counted and told (invalid-amount). INV-101 5,000,000 (22 days late) and INV-103
    # 2,000,000 (current): 7,000,000 outstanding, 5,000,000 overdue, 2 customers.
    real = money._digits_to_decimal

    def converted(digits: str, *rest: Any) -> Any:
        assert len(digits) <= 64, f"a figure of {len(digits)} characters converted"
        return real(digits, *rest)

    monkeypatch.setattr(money, "_digits_to_decimal", converted)
    book = tmp_path / "angka_panjang.csv"
    rows = book_b().replace(",1200000,", "," + "1" * 1_000_000 + ",")
    book.write_text(rows, encoding="utf-8")
    batch, payload = summarize_files([book], AS_OF)
    assert not batch.errors
    assert {key: payload[key] for key in FIGURES} == figures(
        7_000_000, 5_000_000, 2, current=2_000_000, d1to30=5_000_000
    )
    codes = [problem["code"] for problem in payload["problems"]]
    assert codes == ["invalid-amount", "future-invoice"]
