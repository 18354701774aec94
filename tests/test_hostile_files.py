"""Hostile and broken files: a clear message or a correct import, bounded memory, no crash.

Each file runs through ``python -m core summary`` in a child process whose address space is
capped, so a reader that tried to allocate a whole 16384 × 1048576 grid, or to inflate a zip
bomb, would fail the test instead of taking the machine down.
"""

from __future__ import annotations

import io
import json
import os
import resource
import subprocess
import threading
import zipfile
import zlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from tests.helpers import child_peak, with_peak, write_xlsx

ROOT = Path(__file__).resolve().parent.parent
MEMORY_CAP = 1_500_000_000  # address space: Python + numpy/pandas imports need ~600 MB of it
MEMORY_USED = 500_000_000  # peak resident memory the issue allows


def run_summary(path: Path, tmp: Path | None = None) -> tuple[int, str, str, int]:
    """Exit code, output, errors and the peak resident memory of this one child (its own
    VmHWM: ``RUSAGE_CHILDREN`` would be the largest of every child the suite made, and even
    wait4's figure can start from the suite's own)."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))

    folder = tmp or path.parent
    out_path, err_path = folder / "summary.out", folder / "summary.err"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        proc = subprocess.Popen(
            with_peak(
                folder / "summary.peak",
                "-m",
                "core",
                "summary",
                str(path),
                "--json",
                "--today",
                "2026-11-23",
            ),
            cwd=ROOT,
            stdout=out,
            stderr=err,
            preexec_fn=cap,
        )
        timer = threading.Timer(120, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    peak = child_peak(folder / "summary.peak", usage.ru_maxrss)
    stdout = out_path.read_text(encoding="utf-8")
    stderr = err_path.read_text(encoding="utf-8")
    return proc.returncode, stdout, stderr, peak


def _ledger_xml(extra_cells: str = "", dimension: str = "A1:C2") -> bytes:
    """A minimal real xlsx whose first sheet holds a header, one invoice, and ``extra_cells``."""
    buffer = io.BytesIO()
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Pelanggan", "Tanggal", "Jumlah"])
    sheet.append(["Toko A", date(2026, 9, 1), 1_000_000])
    workbook.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8")
                text = text.replace('<dimension ref="A1:C2"/>', f'<dimension ref="{dimension}"/>')
                text = text.replace("</sheetData>", extra_cells + "</sheetData>")
                data = text.encode("utf-8")
            target.writestr(item, data)
    return out.getvalue()


class _Zeros:
    """A deflater for 16 MiB of zeros at a time: the first chunk deflated once and ended with a
    full flush (which resets the deflater, so every chunk after it deflates to the same bytes),
    given again for each chunk. Making the bomb takes a second, not twenty of ``zlib``."""

    def __init__(self, chunk: bytes) -> None:
        deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
        self.block = deflater.compress(chunk) + deflater.flush(zlib.Z_FULL_FLUSH)

    def compress(self, data: bytes) -> bytes:
        return self.block

    def flush(self) -> bytes:
        return zlib.compressobj(9, zlib.DEFLATED, -15).flush()  # the final, empty block


def zip_bomb(tmp: Path) -> Path:
    """A tiny xlsx whose sheet inflates to gigabytes of zeros."""
    path = tmp / "bom_zip.xlsx"
    good = zipfile.ZipFile(io.BytesIO(_ledger_xml()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for item in good.infolist():
            if item.filename == "xl/worksheets/sheet1.xml":
                with out.open(item.filename, "w", force_zip64=True) as handle:
                    chunk = b"\0" * (16 * 1024 * 1024)
                    handle._compressor = _Zeros(chunk)  # type: ignore[attr-defined]
                    for _ in range(256):  # 4 GiB of zeros, a few MB on disk
                        handle.write(chunk)
            else:
                out.writestr(item, good.read(item.filename))
    return path


def _with_doctype(xml: bytes, doctype: str) -> bytes:
    """``doctype`` where one stands, before the root element (after the XML declaration)."""
    head, mark, body = xml.partition(b"?>")
    return head + mark + doctype.encode() + body if mark else doctype.encode() + xml


def billion_laughs(tmp: Path) -> Path:
    entities = '<!ENTITY a0 "ha">' + "".join(
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    path = tmp / "billion_laughs.xlsx"
    good = zipfile.ZipFile(io.BytesIO(_ledger_xml()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in good.infolist():
            data = good.read(item.filename)
            if item.filename == "xl/sharedStrings.xml" or item.filename.endswith("sheet1.xml"):
                doctype = f"<!DOCTYPE lolz [{entities}]>"
                data = _with_doctype(data, doctype).replace(b"Toko A", b"&a9;")
            out.writestr(item, data)
    return path


def external_entity(tmp: Path) -> Path:
    path = tmp / "external_entity.xlsx"
    good = zipfile.ZipFile(io.BytesIO(_ledger_xml()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in good.infolist():
            data = good.read(item.filename)
            if item.filename.endswith("sheet1.xml"):
                doctype = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                data = _with_doctype(data, doctype).replace(b"Toko A", b"Toko &xxe;")
            out.writestr(item, data)
    return path


def far_corner(tmp: Path) -> Path:
    path = tmp / "stray_value_far_corner.xlsx"
    cell = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    path.write_bytes(_ledger_xml(cell, "A1:XFD1048576"))
    return path


def million_empty_rows(tmp: Path) -> Path:
    path = tmp / "million_empty_rows.xlsx"
    rows = "".join(f'<row r="{n}"/>' for n in range(3, 1_000_003))
    last = '<row r="1000003"><c r="A1000003"><v>1</v></c></row>'
    path.write_bytes(_ledger_xml(rows + last, "A1:C1000003"))
    return path


def wide_sheet(tmp: Path) -> Path:
    path = tmp / "sheet_16384_columns.xlsx"
    cell = '<row r="2"><c r="XFD2" t="inlineStr"><is><t>catatan</t></is></c></row>'
    path.write_bytes(_ledger_xml(cell, "A1:XFD2"))
    return path


def binary_csv(tmp: Path) -> Path:
    path = tmp / "garbage.csv"
    path.write_bytes(bytes((n * 7919) % 256 for n in range(200_000)))
    return path


def empty(tmp: Path) -> Path:
    path = tmp / "kosong.xlsx"
    path.write_bytes(b"")
    return path


UNREADABLE: dict[str, Callable[[Path], Path]] = {
    "zip_bomb": zip_bomb,
    "binary_csv": binary_csv,
    "empty": empty,
}
READABLE_OR_REFUSED: dict[str, Callable[[Path], Path]] = {
    "billion_laughs": billion_laughs,
    "external_entity": external_entity,
    "far_corner": far_corner,
    "million_empty_rows": million_empty_rows,
    "wide_sheet": wide_sheet,
}


@pytest.mark.parametrize("make", UNREADABLE.values(), ids=list(UNREADABLE))
def test_unreadable_hostile_files_get_a_clear_message(
    make: Callable[[Path], Path], tmp_path: Path
) -> None:
    path = make(tmp_path)
    code, _, err, _ = run_summary(path)
    assert code == 2, err
    assert path.name in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("make", READABLE_OR_REFUSED.values(), ids=list(READABLE_OR_REFUSED))
def test_tricky_files_import_or_are_refused_within_bounded_memory(
    make: Callable[[Path], Path], tmp_path: Path
) -> None:
    path = make(tmp_path)
    code, out, err, peak = run_summary(path)
    assert "Traceback" not in err
    assert code in (0, 2), err
    if code == 0:
        figures = json.loads(out)
        assert figures["outstanding"] == 1_000_000  # the one real invoice, nothing invented
        assert "/etc/passwd" not in out and "root:" not in out
    else:
        assert path.name in err and len(err.strip().splitlines()) == 1
    assert peak < MEMORY_USED, f"{peak / 1e6:.0f} MB"


@pytest.mark.parametrize("make", [billion_laughs, external_entity], ids=["laughs", "external"])
def test_a_file_declaring_xml_entities_is_refused_for_that_reason(
    make: Callable[[Path], Path], tmp_path: Path
) -> None:
    """Round 67: such files were refused as damaged, 'perhaps a download that did not finish'."""
    path = make(tmp_path)
    code, _, err, _ = run_summary(path)
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "entitas XML" in err and "ditolak demi keamanan" in err and "unduhan" not in err


def test_a_real_ledger_is_unaffected(tmp_path: Path) -> None:
    rows = [["Pelanggan", "Tanggal", "Jumlah"], ["Toko A", date(2026, 9, 1), 5]]
    path = write_xlsx(tmp_path / "biasa.xlsx", {"S": rows})
    code, out, _, _ = run_summary(path)
    assert code == 0 and json.loads(out)["outstanding"] == 5
