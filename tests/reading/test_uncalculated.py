"""Formulas whose result was never saved (a program wrote them and no spreadsheet has opened the
file since): the reader sees their cells empty. A file whose invoices, payments or balances
stand in such cells is refused with the fix, never summed without them; one whose uncalculated
cells are only a total line's, or a column that is not read, is read as usual."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from core.ingest import read_ledger
from core.reading.problems import LedgerReadError
from core.reading.safety import check_extent
from core.report import summarize_files

ROOT = Path(__file__).resolve().parents[2]
SHEET = "xl/worksheets/sheet1.xml"


def workbook(rows: list[list[object]], title: str = "Penjualan") -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def edited(data: bytes, edit: object) -> bytes:
    """The workbook with its first sheet's XML passed through ``edit`` (text → text)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            part = source.read(item.filename)
            if item.filename == SHEET:
                part = edit(part.decode("utf-8")).encode("utf-8")  # type: ignore[operator]
            target.writestr(item, part)
    return out.getvalue()


def cached(data: bytes, values: dict[str, int]) -> bytes:
    """Each formula cell of ``values`` with its result saved, as Excel saves it."""

    def edit(xml: str) -> str:
        for ref, value in values.items():
            pattern = re.compile(rf'(<c r="{ref}"[^>]*>)(<f>[^<]*</f>)<v\s*/>')
            assert pattern.search(xml), ref
            xml = pattern.sub(rf"\1\2<v>{value}</v>", xml)
        return xml

    return edited(data, edit)


HEADER: list[object] = [
    "No Faktur",
    "Tanggal",
    "Pelanggan",
    "Qty",
    "Harga",
    "Jumlah",
    "Bayar",
    "Keterangan",
]
LINES = [
    ("F-1", date(2026, 9, 25), "Toko Maju", 10, 100_000, 400_000),
    ("F-2", date(2026, 10, 30), "Toko Maju", 5, 150_000, 0),
    ("F-3", date(2026, 11, 15), "CV Abadi", 25, 50_000, 250_000),
]


def sales(amount_formula: bool, total: bool = False, note_formula: bool = False) -> bytes:
    rows: list[list[object]] = [[*HEADER[:-1], "Komisi Sales"] if note_formula else HEADER]
    for n, (no, day, customer, qty, price, paid) in enumerate(LINES, start=2):
        amount = f"=D{n}*E{n}" if amount_formula else qty * price
        note = f"=F{n}*2/100" if note_formula else None
        rows.append([no, day, customer, qty, price, amount, paid, note])
    if total:
        rows.append(["TOTAL", None, None, None, None, "=SUM(F2:F4)", "=SUM(G2:G4)", None])
    return workbook(rows)


def outstanding(data: bytes) -> int:
    _, payload = summarize_files([("buku.xlsx", data)], date(2026, 11, 22))
    assert payload["problems"] == []
    return int(payload["outstanding"])


def refused(data: bytes) -> LedgerReadError:
    with pytest.raises(LedgerReadError) as caught:
        read_ledger(data, "buku.xlsx")
    return caught.value


OWED = (1_000_000 - 400_000) + 750_000 + (1_250_000 - 250_000)


def test_amounts_that_are_formulas_never_calculated_refuse_the_file_with_the_fix() -> None:
    error = refused(sales(amount_formula=True))
    assert error.code == "uncalculated"
    assert error.detail == "'Penjualan' (F2, F3, F4)"
    message = error.message("id")
    assert "buku.xlsx" in message and "'Penjualan' (F2, F3, F4)" in message
    assert "Excel atau LibreOffice" in message and "simpan" in message
    assert "Open the file in Excel or LibreOffice" in error.message("en")


def test_the_same_formulas_with_their_results_saved_are_read() -> None:
    data = cached(sales(amount_formula=True), {"F2": 1_000_000, "F3": 750_000, "F4": 1_250_000})
    assert check_extent(data, "xlsx").uncalculated == {}
    assert outstanding(data) == OWED


def test_an_uncalculated_total_line_or_unread_column_leaves_the_book_read() -> None:
    # SUM totals under plain figures: only the book's own check is missing.
    assert outstanding(sales(amount_formula=False, total=True)) == OWED
    # A formula in the notes column, a column no figure is read from.
    data = sales(amount_formula=False, note_formula=True)
    assert len(check_extent(data, "xlsx").uncalculated["Penjualan"]) == 3
    assert outstanding(data) == OWED


def test_a_status_worked_out_by_a_formula_is_refused() -> None:
    # Keterangan = IF(paid = amount; "LUNAS"; ""): never calculated, a paid invoice would be
    # read as owed.
    rows: list[list[object]] = [["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Keterangan"]]
    rows += [["F-1", date(2026, 9, 25), "Toko Maju", 1_000_000, '=IF(A2="F-1","LUNAS","")']]
    assert refused(workbook(rows)).detail == "'Penjualan' (E2)"


def test_a_paid_column_summed_from_the_payments_sheet_is_refused() -> None:
    # Bayar = SUMIF over a payments sheet, never calculated: read as nothing paid it would
    # overstate every customer's debt.
    rows: list[list[object]] = [["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Bayar"]]
    rows += [[no, day, who, qty * price, f"=SUMIF(Bayar!A:A,A{n},Bayar!C:C)"]
             for n, (no, day, who, qty, price, _) in enumerate(LINES, start=2)]  # fmt: skip
    assert refused(workbook(rows)).detail == "'Penjualan' (E2, E3, E4)"


def test_an_empty_text_result_is_a_result() -> None:
    # =IF(…,"",…) worked out to "" is saved as an empty text value: no formula left undone.
    def edit(xml: str) -> str:
        return re.sub(
            r'<c r="(F\d)"[^>]*><f>([^<]*)</f><v\s*/></c>',
            r'<c r="\1" t="str"><f>\2</f><v></v></c>',
            xml,
        )

    data = edited(sales(amount_formula=True), edit)
    assert check_extent(data, "xlsx").uncalculated == {}


@pytest.mark.parametrize(
    "form",
    [
        r'<c r="\1"><f>\2</f></c>',  # no value element at all
        r'<c r="\1" t="n"><f>\2</f><v></v></c>',  # an empty number
        r'<c r="\1" t="str"><f>\2</f></c>',  # a text result never saved
        r'<c r="\1"><f t="shared" si="0">\2</f><v/></c>',  # a shared formula's first cell
    ],
)
def test_every_form_of_a_formula_without_its_result(form: str) -> None:
    def edit(xml: str) -> str:
        return re.sub(r'<c r="(F\d)"[^>]*><f>([^<]*)</f><v\s*/></c>', form, xml)

    data = edited(sales(amount_formula=True), edit)
    assert check_extent(data, "xlsx").uncalculated == {"Penjualan": [(2, 6), (3, 6), (4, 6)]}
    assert refused(data).code == "uncalculated"


def test_prefixed_tags_and_shared_formulas_are_found() -> None:
    # A writer that prefixes every tag (x:), and a shared formula whose other cells hold only
    # a reference to it.
    cells = [
        '<x:c r="F2"><x:f t="shared" ref="F2:F4" si="0">D2*E2</x:f></x:c>',
        '<x:c r="F3"><x:f t="shared" si="0"/></x:c>',
        '<x:c r="F4"><x:f t="shared" si="0"/><x:v/></x:c>',
        '<x:c r="F5"><x:f t="shared" si="0"/><x:v>5</x:v></x:c>',  # worked out: not noted
    ]
    xml = (
        '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<x:sheetData><x:row r="2">{"".join(cells)}</x:row></x:sheetData></x:worksheet>'
    )
    data = edited(sales(amount_formula=False), lambda _: xml)
    assert check_extent(data, "xlsx").uncalculated == {"Penjualan": [(2, 6), (3, 6), (4, 6)]}


def test_cells_split_across_the_checks_steps_are_all_found() -> None:
    # The sheet is inflated a step (a megabyte) at a time. Here a megabyte of plain rows comes
    # first, then 1.5 MB of formula cells, the start padded by a few bytes more each time: a
    # step ends inside each part of the first formula cell (before its formula, its result,
    # its end) and of others. Every cell is found, none twice.
    step = 1 << 20

    def row(n: int) -> str:
        return f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>F-{n}</t></is></c></row>'

    def formula(n: int) -> str:
        return f'<row r="{n}"><c r="F{n}"><f>D{n}*E{n}</f><v/></c></row>'

    base = sales(amount_formula=False)
    head = zipfile.ZipFile(io.BytesIO(base)).read(SHEET).decode().partition("<sheetData>")[0]
    plain, size, n = [], len(head) + len("<sheetData>"), 2
    while size + len(row(n)) < step - 90:
        plain.append(row(n))
        size += len(row(n))
        n += 1
    first = n
    formulas = "".join(formula(k) for k in range(first, first + 30_000))
    every = [(k, 6) for k in range(first, first + 30_000)]
    for pad in range(0, 90, 3):
        padding = f'<row r="1"><c r="A1" t="inlineStr"><is><t>{"x" * pad}</t></is></c></row>'
        cells = padding + "".join(plain) + formulas

        def edit(xml: str, cells: str = cells) -> str:
            start, _, rest = xml.partition("<sheetData>")
            return f"{start}<sheetData>{cells}</sheetData>{rest.partition('</sheetData>')[2]}"

        assert check_extent(edited(base, edit), "xlsx").uncalculated == {"Penjualan": every}, pad


def test_the_command_line_says_so_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "rumus.xlsx"
    path.write_bytes(sales(amount_formula=True))
    done = subprocess.run(
        [sys.executable, "-m", "core", "summary", str(path), "--today", "2026-11-22", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    said = done.stdout + done.stderr
    assert "rumus.xlsx" in said and "belum pernah dihitung" in said
    if done.stdout.strip():
        json.loads(done.stdout)


def test_an_uncalculated_row_counter_is_read_for_nothing() -> None:
    # "No" = ROW()-1 never calculated, every figure a plain value: the book reads.
    rows: list[list[object]] = [["No", "No Faktur", "Tanggal", "Pelanggan", "Jumlah"]]
    rows += [["=ROW()-1", "F-1", date(2026, 11, 9), "Toko Maju", 750_000]]
    data = workbook(rows)
    assert check_extent(data, "xlsx").uncalculated == {"Penjualan": [(2, 1)]}
    _, payload = summarize_files([("buku.xlsx", data)], date(2026, 11, 22))
    assert payload["outstanding"] == 750_000 and not payload["unreadable"]
