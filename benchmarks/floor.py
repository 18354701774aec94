"""The other contenders of the benchmark, each a whole process that only reads a file.

``calamine``: every cell of every sheet as Python values with python-calamine, the reader Tagih
uses (the floor: Tagih cannot read faster than this). ``tagih``: what ``summary`` does before
any of its rules, the part of its time no rule can save: Tagih's imports (those of
``python -m core``, the rules' while the first sheet parses), the safety check of every sheet
and calamine's read of it (``core.reading.sheets``). ``fastexcel``: every sheet into Arrow with
fastexcel (calamine underneath, no Python object per cell). ``pandas``: what an owner's own
script would do, ``pandas.read_excel(sheet_name=None)`` with the openpyxl engine. ``csv``: every
cell of the CSV files with the standard library.

Prints the number of cells read, so no reader can skip work.

Run: ``.venv/bin/python benchmarks/floor.py calamine FILE``
"""

from __future__ import annotations

import sys
from pathlib import Path


def calamine(path: Path) -> int:
    import python_calamine

    workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    cells = 0
    for name in workbook.sheet_names:
        rows = workbook.get_sheet_by_name(name).to_python()
        cells += sum(len(row) for row in rows)
    return cells


def tagih(path: Path) -> int:
    import gc

    gc.disable()  # as ``python -m core`` runs
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import core.cli
    from core.reading.sheets import RawSheet

    opened = core.cli.open_file(path)  # as ``summary`` opens its first file
    import core.report  # the rest of the imports ``summary`` pays for, meanwhile

    _, sheets = opened.sheets()
    return sum(len(row) for sheet in sheets if isinstance(sheet, RawSheet) for row in sheet.rows)


def fastexcel(path: Path) -> int:
    import fastexcel

    reader = fastexcel.read_excel(str(path))
    cells = 0
    for name in reader.sheet_names:
        table = reader.load_sheet(name, header_row=None).to_arrow()
        cells += table.num_rows * table.num_columns
    return cells


def pandas(path: Path) -> int:
    import pandas

    frames = pandas.read_excel(path, sheet_name=None, header=None, engine="openpyxl")
    return sum(frame.size for frame in frames.values())


def csv(*paths: Path) -> int:
    import csv

    cells = 0
    for path in paths:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            cells += sum(len(row) for row in csv.reader(handle))
    return cells


READERS = {"calamine": calamine, "tagih": tagih, "fastexcel": fastexcel, "pandas": pandas}


def main(argv: list[str]) -> int:
    kind, *files = argv
    paths = [Path(f) for f in files]
    cells = csv(*paths) if kind == "csv" else READERS[kind](paths[0])
    print(cells)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
