"""Tagih against the fastest readers, side by side, in one run: the ratios and the targets.

For each ledger size (10k, 100k and 300k invoices by default; files from ``generate.py``) every
contender runs as its own process, round-robin, ``--reps`` times:

- ``summary``: ``python -m core summary FILE --json`` on the .xlsx (and on the two .csv files);
- ``calamine`` / ``fastexcel`` / ``csv``: a process that only reads every cell (``floor.py``);
- ``tagih`` (beside each bare read of a ratio): what ``summary`` does before any rule, its
  imports, the safety check and calamine's read (``floor.py``): ``tagih ÷ calamine`` is the part
  of the 2.0× budget already spent, the rest is what the rules, the ledger and the summary have;
- ``pandas``: ``pandas.read_excel`` with openpyxl (twice per size; not at 300k unless asked);
- ``import``: ``python -m core import FILE`` into a fresh SQLite database, then ``summary``
  with no file, from that database;
- ``page``: the overview page headless (``page.py``): its cold first load, a rerun after a
  bucket filter and after an as-of change, with the ledger saved by ``import``.

At 100k rows (``--variant-sizes``) the ledgers of ``shapes.py`` run too, each in rounds of the
bare calamine read and ``summary`` back to back: the suite's invoice list written by openpyxl
and by xlsxwriter with shared strings, with a phone number per row, with 10 % text amounts, a
kartu piutang book and a journal. Above 100k only the contenders the targets need run
(``summary``, the bare reads, ``import`` and ``summary`` from SQLite).

Times are wall-clock; each contender's best of its repetitions is its figure (noise only adds
time); a read ratio is judged on the median of its rounds' own ratios. Peak memory is the child
process's own maximum RSS (``os.wait4``). The page's times are measured inside its process, its
memory is the process's. Every ``summary`` answer is checked against the generator's expected
figures. Writes ``results.md``, ``results.json`` and
``results.html`` (plotly, log-log) to ``--out`` and prints the ratio and target tables.

Run: ``.venv/bin/python benchmarks/run.py`` (``make bench``), or
``.venv/bin/python benchmarks/run.py --sizes 10000 --reps 1 --out /tmp/bench``; on any workbook,
``.venv/bin/python benchmarks/run.py --file LEDGER.xlsx --today 2026-11-23``.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402
import shapes  # noqa: E402

SIZES = (10_000, 100_000, 300_000)
FLOORS = frozenset({"calamine", "tagih", "fastexcel", "csv", "pandas"})
PANDAS_MAX = 100_000  # openpyxl takes minutes at 300k: run there only with --pandas-all
READ_LIMIT = 2.0  # summary ÷ the bare calamine read of the same file, median of rounds
FIGURES = ("invoices", "open_invoices", "customers_with_balance", "outstanding", "overdue", "aging")

# Contender keys, in the order of the tables, with what they mean.
LABELS = {
    "summary": "summary .xlsx (process)",
    "summary_one": "summary .xlsx, one sheet (process)",
    "calamine_one": "calamine read, one sheet (process)",
    "summary_csv": "summary .csv (process)",
    "calamine": "calamine read (process)",
    "tagih": "Tagih's read before any rule: imports, safety check, calamine (process)",
    "tagih_one": "Tagih's read before any rule, one sheet (process)",
    "fastexcel": "fastexcel read (process)",
    "csv": "csv module read (process)",
    "pandas": "pandas + openpyxl (process)",
    "import": "import .xlsx → SQLite (process)",
    "summary_db": "summary from SQLite (process)",
    "page_cold": "overview page, cold first load",
    "page_filter": "overview page, rerun: bucket filter",
    "page_as_of": "overview page, rerun: as-of date",
}
for _kind, _what in shapes.KINDS.items():
    LABELS[f"summary_{_kind}"] = f"summary, {_what} (process)"
    LABELS[f"calamine_{_kind}"] = f"calamine read, {_what} (process)"
    LABELS[f"tagih_{_kind}"] = f"Tagih's read before any rule, {_what} (process)"


@dataclass(slots=True)
class Run:
    seconds: float
    peak_mb: float
    stdout: str


@dataclass(slots=True)
class Series:
    """Every repetition of one contender at one size."""

    times: list[float] = field(default_factory=list)
    peaks: list[float] = field(default_factory=list)

    def add(self, seconds: float, peak_mb: float) -> None:
        self.times.append(seconds)
        self.peaks.append(peak_mb)

    @property
    def best(self) -> float:
        return min(self.times)

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def peak(self) -> float:
        return max(self.peaks)


class BenchError(RuntimeError):
    """A contender failed or Tagih's figures disagree with the generator's."""


def run_child(argv: list[str], env: dict[str, str]) -> Run:
    """Run one process to its end; its wall time, its own peak RSS and what it printed."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, env=env, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        if proc.returncode != 0:
            tail = err.read().decode("utf-8", "replace")[-2000:]
            raise BenchError(f"{' '.join(argv)} exited {proc.returncode}:\n{tail}")
    return Run(seconds, usage.ru_maxrss / 1024, stdout)


def has(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def check_figures(payload: dict[str, Any], expected: dict[str, Any], what: str) -> None:
    wrong = differences(payload, expected)
    if wrong:
        raise BenchError(f"{what}: figures differ from the generator's (got, expected): {wrong}")


def differences(payload: dict[str, Any], expected: dict[str, Any]) -> dict[str, Any]:
    """The figures ``summary`` gave that are not the generator's, as (got, expected)."""
    return {k: (payload.get(k), expected[k]) for k in FIGURES if payload.get(k) != expected[k]}


@dataclass(slots=True)
class Bench:
    python: str
    reps: int
    pandas_all: bool
    workdir: Path
    results: dict[int, dict[str, Series]] = field(default_factory=dict)
    checks: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    page_extra: dict[int, dict[str, Any]] = field(default_factory=dict)
    outside_size: int | None = None  # the invoice count of a ledger of the caller's (--file)
    ratio_reps: int = 5  # rounds of the bare read and summary pairs, up to 100k invoices
    variant_reps: int = 3  # rounds of the bare read and summary pairs of each shapes.py kind
    wrong: list[str] = field(default_factory=list)  # summaries that differ from the generator

    def env(self, db: Path | None = None) -> dict[str, str]:
        env = dict(os.environ)
        env["TAGIH_DATA"] = str(self.workdir / "data")
        if db is not None:
            env["TAGIH_DB"] = str(db)
        else:
            env.pop("TAGIH_DB", None)
        return env

    def record(self, size: int, key: str, seconds: float, peak_mb: float) -> None:
        self.results.setdefault(size, {}).setdefault(key, Series()).add(seconds, peak_mb)

    def measure(self, size: int, key: str, argv: list[str], db: Path | None = None) -> Run:
        run = run_child(argv, self.env(db))
        self.record(size, key, run.seconds, run.peak_mb)
        return run

    def measure_page(self, size: int, rep: int, today: str, db: Path) -> None:
        """The overview page on the database ``db``: cold load and the two reruns."""
        run = run_child([self.python, str(HERE / "page.py"), today], self.env(db))
        page = json.loads(run.stdout)
        if page["backup_written"]:
            self.notes.append(
                f"The cold load at {generate.label(size)} (run {rep + 1}) also wrote the "
                f"day's backup of the database ({page['cold']:.2f} s): once a day, so the "
                "best of the runs leaves it out when there is more than one run."
            )
        self.record(size, "page_cold", page["cold"], run.peak_mb)
        self.record(size, "page_filter", page["filter"], run.peak_mb)
        self.record(size, "page_as_of", page["as_of"], run.peak_mb)
        self.page_extra[size] = page

    def size(self, files: generate.Files) -> None:
        size, py, today = files.size, self.python, files.expected["today"]
        xlsx, csvs = str(files.xlsx), [str(files.csv), str(files.payments_csv)]
        core = [py, "-m", "core"]
        # Above 100k: only what the targets need (the 300k ÷ 100k time, memory, import).
        full = size <= PANDAS_MAX
        floors = (
            ["calamine", "tagih"]
            + (["csv"] if full else [])
            + (["fastexcel"] if has("fastexcel") else [])
        )
        db = self.workdir / f"tagih_{size}.sqlite3"
        for rep in range(self.reps):
            for kind in floors:
                argv = [py, str(HERE / "floor.py"), kind, *(csvs if kind == "csv" else [xlsx])]
                self.measure(size, kind, argv)
            run = self.measure(
                size, "summary", [*core, "summary", xlsx, "--json", "--today", today]
            )
            check_figures(json.loads(run.stdout), files.expected, f"summary {files.xlsx.name}")
            if full:
                # The same ledger with every month in one sheet, the other layout owners keep.
                one = str(files.xlsx_one_sheet)
                self.measure(size, "calamine_one", [py, str(HERE / "floor.py"), "calamine", one])
                self.measure(size, "tagih_one", [py, str(HERE / "floor.py"), "tagih", one])
                run = self.measure(
                    size, "summary_one", [*core, "summary", one, "--json", "--today", today]
                )
                check_figures(json.loads(run.stdout), files.expected, f"summary {Path(one).name}")
                run = self.measure(
                    size, "summary_csv", [*core, "summary", *csvs, "--json", "--today", today]
                )
                check_figures(json.loads(run.stdout), files.expected, f"summary {files.csv.name}")
            for stale in db.parent.glob(db.name + "*"):
                stale.unlink()
            run = self.measure(size, "import", [*core, "import", xlsx, "--json"], db)
            saved = json.loads(run.stdout)["imports"][0]
            if saved["invoices"] != files.expected["invoices"]:
                raise BenchError(f"import saved {saved['invoices']} invoices")
            run = self.measure(
                size, "summary_db", [*core, "summary", "--json", "--today", today], db
            )
            check_figures(json.loads(run.stdout), files.expected, "summary from SQLite")
            if full:
                self.measure_page(size, rep, today, db)
            # pandas takes ~15 s at 100k: twice, not every round (one slow moment of the
            # machine had moved its ratio from 12x to 9.5x).
            if rep < 2 and (size <= PANDAS_MAX or self.pandas_all):
                self.measure(size, "pandas", [py, str(HERE / "floor.py"), "pandas", xlsx])
        # The read ratios' two sides are quick, and the figure most moved by the machine's
        # load (a lucky bare read sets it): more rounds of just those pairs, each back to back.
        for _ in range(self.ratio_reps - self.reps if size <= PANDAS_MAX else 0):
            for key, floor_key, book in (
                ("summary", "calamine", xlsx),
                ("summary_one", "calamine_one", str(files.xlsx_one_sheet)),
            ):
                self.measure(size, floor_key, [py, str(HERE / "floor.py"), "calamine", book])
                own = floor_key.replace("calamine", "tagih")
                self.measure(size, own, [py, str(HERE / "floor.py"), "tagih", book])
                run = self.measure(size, key, [*core, "summary", book, "--json", "--today", today])
                check_figures(json.loads(run.stdout), files.expected, f"summary {book}")
        count = f"{files.expected['invoices']:,}".replace(",", ".")
        owed = f"{files.expected['outstanding']:,}".replace(",", ".")
        which = " (a sheet per month and one sheet), of the .csv files" if full else ""
        self.checks.append(
            f"{generate.label(size)}: summary of the .xlsx{which} and from SQLite "
            f"equal the generator's figures ({count} invoices, outstanding Rp {owed})"
        )
        if not full:
            return
        page = self.page_extra[size]
        self.checks.append(
            f"{generate.label(size)}: the ledger was read from the database "
            f"{page['ledger_reads_cold']}× on the cold load, {page['ledger_reads_on_rerun']}× "
            "over 3 reruns"
        )

    def shapes(self, books: list[shapes.Book]) -> None:
        """Each kind of ``shapes.py`` in rounds of its bare read and ``summary`` back to back,
        every answer checked against the generator's figures (a difference is reported, and
        the run goes on so that the other kinds are still measured)."""
        py, core = self.python, [self.python, "-m", "core"]
        wrong: dict[str, dict[str, Any]] = {}
        for _ in range(self.variant_reps):
            for book in books:
                xlsx, today = str(book.xlsx), book.expected["today"]
                size = book.size
                self.measure(
                    size, f"calamine_{book.kind}", [py, str(HERE / "floor.py"), "calamine", xlsx]
                )
                self.measure(
                    size, f"tagih_{book.kind}", [py, str(HERE / "floor.py"), "tagih", xlsx]
                )
                run = self.measure(
                    size,
                    f"summary_{book.kind}",
                    [*core, "summary", xlsx, "--json", "--today", today],
                )
                found = differences(json.loads(run.stdout), book.expected)
                if found:
                    wrong[book.kind] = found
        for book in books:
            what = f"{generate.label(book.size)} {shapes.KINDS[book.kind]}"
            count = f"{book.expected['invoices']:,}".replace(",", ".")
            owed = f"{book.expected['outstanding']:,}".replace(",", ".")
            if book.kind in wrong:
                message = (
                    f"{what}: summary **differs** from the generator's figures "
                    f"(got, expected): {wrong[book.kind]}"
                )
                self.wrong.append(message)
                self.checks.append(message)
            else:
                self.checks.append(
                    f"{what}: summary equals the generator's figures ({count} invoices, "
                    f"outstanding Rp {owed})"
                )

    def outside_file(self, path: Path, today: str) -> None:
        """The same contenders on a ledger of the caller's (an outside measurement's check of the
        ratios): nothing is known of it beforehand, so ``summary`` of the file is checked
        against ``summary`` from the database it was imported into."""
        py, xlsx, core = self.python, str(path), [self.python, "-m", "core"]
        floors = ["calamine", "tagih"] + (["fastexcel"] if has("fastexcel") else [])
        db = self.workdir / "tagih_outside.sqlite3"
        for rep in range(self.reps):
            run = run_child([*core, "summary", xlsx, "--json", "--today", today], self.env())
            figures = json.loads(run.stdout)
            size = self.outside_size = figures["invoices"]  # the results' key: its size
            self.record(size, "summary", run.seconds, run.peak_mb)
            for kind in floors:
                self.measure(size, kind, [py, str(HERE / "floor.py"), kind, xlsx])
            for stale in db.parent.glob(db.name + "*"):
                stale.unlink()
            self.measure(size, "import", [*core, "import", xlsx, "--json"], db)
            run = self.measure(
                size, "summary_db", [*core, "summary", "--json", "--today", today], db
            )
            check_figures(json.loads(run.stdout), {k: figures[k] for k in FIGURES},
                          "summary from SQLite against summary of the file")  # fmt: skip
            self.measure_page(size, rep, today, db)
            if rep == 0:
                self.measure(size, "pandas", [py, str(HERE / "floor.py"), "pandas", xlsx])
        # As for the suite's ledgers: more rounds of the bare read and summary, back to back.
        for _ in range(self.ratio_reps - self.reps):
            self.measure(size, "calamine", [py, str(HERE / "floor.py"), "calamine", xlsx])
            self.measure(size, "tagih", [py, str(HERE / "floor.py"), "tagih", xlsx])
            run = self.measure(
                size, "summary", [*core, "summary", xlsx, "--json", "--today", today]
            )
            check_figures(json.loads(run.stdout), {k: figures[k] for k in FIGURES},
                          "summary of the file against its first summary")  # fmt: skip
        self.checks.append(
            f"{path.name}: {size} invoices; summary of the file and from SQLite agree "
            f"(outstanding {figures['outstanding']}, as of {today})"
        )


# Reporting.


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for name in ("python_calamine", "fastexcel", "pandas", "openpyxl", "streamlit", "sqlalchemy"):
        try:
            from importlib.metadata import version

            versions[name] = version(name.replace("_", "-"))
        except Exception:
            versions[name] = "not installed"
    return {
        "date": datetime.now().strftime("%Y-%m-%d %H:%M"),
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "versions": ", ".join(f"{k} {v}" for k, v in versions.items()),
    }


def _fmt_s(seconds: float) -> str:
    return f"{seconds:.3f} s" if seconds < 10 else f"{seconds:.1f} s"


def _ratio(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None or b == 0 else a / b


def _best(bench: Bench, size: int, key: str) -> float | None:
    series = bench.results.get(size, {}).get(key)
    return series.best if series else None


def _paired(bench: Bench, size: int, key: str = "summary", floor: str = "calamine") -> float | None:
    """The median over rounds of each round's ratio (the two measured back to back): less
    moved than the ratio of bests by one lucky run of either."""
    series = bench.results.get(size, {})
    if key not in series or floor not in series:
        return None
    pairs = zip(series[key].times, series[floor].times, strict=False)
    return statistics.median(a / b for a, b in pairs)


def _peak(bench: Bench, size: int, key: str) -> float | None:
    series = bench.results.get(size, {}).get(key)
    return series.peak if series else None


def ratio_rows(bench: Bench) -> list[tuple[str, dict[int, float | None]]]:
    sizes = sorted(bench.results)
    rows: list[tuple[str, dict[int, float | None]]] = []

    def add(label: str, a: str, b: str) -> None:
        rows.append((label, {s: _ratio(_best(bench, s, a), _best(bench, s, b)) for s in sizes}))

    add("summary ÷ calamine read", "summary", "calamine")
    rows.append(
        ("summary ÷ calamine read, median of rounds", {s: _paired(bench, s) for s in sizes})
    )
    add("summary ÷ calamine read, one sheet", "summary_one", "calamine_one")
    rows.append(
        (
            "summary ÷ calamine read, one sheet, median of rounds",
            {s: _paired(bench, s, "summary_one", "calamine_one") for s in sizes},
        )
    )
    for kind, what in shapes.KINDS.items():
        rows.append(
            (
                f"summary ÷ calamine read, {what}, median of rounds",
                {s: _paired(bench, s, f"summary_{kind}", f"calamine_{kind}") for s in sizes},
            )
        )
    # The part of the budget spent before any rule (imports, safety check, calamine's read).
    for key, what in (
        ("", ""),
        ("_one", ", one sheet"),
        *((f"_{k}", f", {w}") for k, w in shapes.KINDS.items()),
    ):
        rows.append(
            (
                f"Tagih's read before any rule ÷ calamine read{what}, median of rounds",
                {s: _paired(bench, s, f"tagih{key}", f"calamine{key}") for s in sizes},
            )
        )
    add("summary ÷ fastexcel read", "summary", "fastexcel")
    add("pandas+openpyxl ÷ summary", "pandas", "summary")
    add("summary .csv ÷ csv module read", "summary_csv", "csv")
    add("import ÷ summary", "import", "summary")
    add("summary from SQLite ÷ summary", "summary_db", "summary")
    add("page cold load ÷ summary", "page_cold", "summary")
    add("page rerun (filter) ÷ import", "page_filter", "import")
    add("page rerun (as-of) ÷ import", "page_as_of", "import")
    return rows


@dataclass(slots=True)
class Target:
    what: str
    measured: str
    met: bool | None  # None: not measured in this run


def targets(bench: Bench) -> list[Target]:
    mid, big = bench.outside_size or 100_000, 300_000
    out: list[Target] = []

    def check(what: str, value: float | None, limit: float, *, at_least: bool = False) -> None:
        if value is None:
            out.append(Target(what, "not measured", None))
            return
        met = value >= limit if at_least else value <= limit
        out.append(Target(what, f"{value:.2f}", met))

    best = lambda size, key: _best(bench, size, key)  # noqa: E731

    def paired(what: str, key: str, floor: str) -> None:
        """A read ratio is judged on the median of its rounds' own ratios (each round runs the
        two back to back): one lucky bare read among eight moves the ratio of bests by a
        tenth or more on these machines (NOTES.md). The ratio of bests is shown beside it."""
        value = _paired(bench, mid, key, floor)
        bests = _ratio(best(mid, key), best(mid, floor))
        if value is None or bests is None:
            out.append(Target(what, "not measured", None))
            return
        out.append(Target(what, f"{value:.2f} (bests {bests:.2f})", value <= READ_LIMIT))

    limit = f"≤ {READ_LIMIT:.1f}× calamine read, median of rounds"
    paired(f"summary 100k .xlsx {limit}", "summary", "calamine")
    if not bench.outside_size:
        paired(f"summary 100k .xlsx in one sheet {limit}", "summary_one", "calamine_one")
        for kind, kind_what in shapes.KINDS.items():
            paired(f"summary 100k {kind_what} {limit}", f"summary_{kind}", f"calamine_{kind}")
    check(
        "pandas+openpyxl 100k ≥ 10× summary",
        _ratio(best(mid, "pandas"), best(mid, "summary")),
        10,
        at_least=True,
    )
    check(
        "summary 300k ≤ 3.5× summary 100k", _ratio(best(big, "summary"), best(mid, "summary")), 3.5
    )
    for key, name in (("page_filter", "bucket filter"), ("page_as_of", "as-of date")):
        check(
            f"page rerun ({name}) 100k < 5 % of import (ratio ≤ 0.05)",
            _ratio(best(mid, key), best(mid, "import")),
            0.05,
        )
    check(
        "page cold load 100k ≤ 2× summary", _ratio(best(mid, "page_cold"), best(mid, "summary")), 2
    )
    check("import 100k ≤ 2× summary", _ratio(best(mid, "import"), best(mid, "summary")), 2)
    summaries = ("summary", "summary_one", "summary_csv", "summary_db", "import")
    summaries += tuple(f"summary_{kind}" for kind in shapes.KINDS)
    for size, mb in ((mid, 600), (big, 1500)):
        peaks = [p for key in summaries if (p := _peak(bench, size, key)) is not None]
        what = f"peak memory {generate.label(size)} (every summary, import) ≤ {mb} MB"
        if peaks:
            out.append(Target(what, f"{max(peaks):.0f} MB", max(peaks) <= mb))
        else:
            out.append(Target(what, "not measured", None))
    if bench.outside_size:  # the targets read at this ledger's size
        for target in out:
            target.what = target.what.replace("100k", generate.label(mid))
    return out


def markdown(bench: Bench, info: dict[str, str]) -> str:
    sizes = sorted(bench.results)
    heads = [generate.label(s) for s in sizes]
    lines = [
        "# Benchmark results",
        "",
        f"{info['date']} · {info['cpu']} · {info['cores']} cores · Python {info['python']} · "
        f"{info['system']}",
        "",
        f"{info['versions']}. Best of {bench.reps} runs per contender (pandas: 2 runs; the "
        f"bare read and summary of the .xlsx: {bench.ratio_reps} rounds up to 100k; the "
        f"other writers' and shapes' ledgers: {bench.variant_reps} rounds); a read ratio is "
        "judged on the median of its rounds' own ratios; peak "
        "memory is the process's maximum RSS. Written by `make bench` (benchmarks/run.py). "
        "What is measured, where the time goes and what would close the gaps: "
        "[NOTES.md](NOTES.md).",
        "",
        "## Ratios (the figures that count: these machines are noisy)",
        "",
        "| ratio | " + " | ".join(heads) + " |",
        "| --- | " + " | ".join("---:" for _ in sizes) + " |",
    ]
    for label, values in ratio_rows(bench):
        if all(v is None for v in values.values()):
            continue  # a contender this run had no file for (an outside ledger: one .xlsx)
        cells = [f"{values[s]:.2f}" if values[s] is not None else "—" for s in sizes]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "## Targets",
        "",
        "| target | measured | met |",
        "| --- | ---: | :---: |",
    ]
    for target in targets(bench):
        mark = "—" if target.met is None else ("yes" if target.met else "**no**")
        lines.append(f"| {target.what} | {target.measured} | {mark} |")
    lines += [
        "",
        "## Times (best) and peak memory",
        "",
        "| contender | " + " | ".join(heads) + " |",
        "| --- | " + " | ".join("---:" for _ in sizes) + " |",
    ]
    for key, label in LABELS.items():
        cells = []
        for s in sizes:
            series = bench.results.get(s, {}).get(key)
            cells.append(f"{_fmt_s(series.best)} · {series.peak:.0f} MB" if series else "—")
        if any(c != "—" for c in cells):
            lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines += ["", "## Checks", ""] + [f"- {c}" for c in bench.checks]
    if bench.notes:
        lines += ["", "## Notes", ""] + [f"- {n}" for n in bench.notes]
    return "\n".join(lines) + "\n"


def chart(bench: Bench, path: Path, info: dict[str, str]) -> None:
    import plotly.graph_objects as go

    figure = go.Figure()
    sizes = sorted(bench.results)
    for key, label in LABELS.items():
        points = [(s, bench.results[s][key].best) for s in sizes if key in bench.results[s]]
        if points:
            figure.add_trace(
                go.Scatter(
                    x=[p[0] for p in points],
                    y=[p[1] for p in points],
                    mode="lines+markers",
                    name=label,
                    # Solid: Tagih's commands; dotted: the readers; dashed: the dashboard.
                    line={
                        "dash": "dash"
                        if key.startswith("page")
                        else "dot"
                        if key in FLOORS
                        else "solid"
                    },
                )
            )
    figure.update_layout(
        title=f"Tagih: time against ledger size ({info['date']}, {info['cpu']}, "
        f"{info['cores']} cores)",
        xaxis={"type": "log", "title": "invoices"},
        yaxis={"type": "log", "title": "seconds (best run)"},
        template="plotly_white",
    )
    # Plotly's script from its CDN: a 4.8 MB copy in the repository is not worth it for a
    # developer's chart (the table in results.md carries the same figures).
    figure.write_html(path, include_plotlyjs="cdn", full_html=True)


def write(bench: Bench, out: Path) -> str:
    out.mkdir(parents=True, exist_ok=True)
    info = machine()
    text = markdown(bench, info)
    (out / "results.md").write_text(text, encoding="utf-8")
    raw = {
        "machine": info,
        "reps": bench.reps,
        "results": {
            str(size): {
                key: {"times": s.times, "peak_mb": s.peaks} for key, s in contenders.items()
            }
            for size, contenders in bench.results.items()
        },
        "page": {str(k): v for k, v in bench.page_extra.items()},
        "checks": bench.checks,
        "notes": bench.notes,
    }
    (out / "results.json").write_text(json.dumps(raw, indent=1) + "\n", encoding="utf-8")
    chart(bench, out / "results.html", info)
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--reps", type=int, default=3, help="runs per contender and size")
    parser.add_argument(
        "--reps-ratio",
        type=int,
        default=5,
        help="rounds of the bare read and summary of the .xlsx (up to 100k invoices)",
    )
    parser.add_argument(
        "--reps-large", type=int, default=2, help="runs per contender above 100k invoices"
    )
    parser.add_argument(
        "--variant-sizes",
        type=int,
        nargs="*",
        default=[100_000],
        help="rows of the other writers' and shapes' ledgers (shapes.py); none: skip them",
    )
    parser.add_argument(
        "--reps-variants", type=int, default=3, help="rounds of each shapes.py ledger"
    )
    parser.add_argument(
        "--kinds", nargs="+", choices=list(shapes.KINDS), default=list(shapes.KINDS)
    )
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--cache", type=Path, default=generate.CACHE)
    parser.add_argument("--pandas-all", action="store_true", help="pandas at every size")
    parser.add_argument(
        "--file", type=Path, help="measure this .xlsx ledger instead of generated ones"
    )
    parser.add_argument("--today", default=str(date.today()), help="as-of date with --file")
    args = parser.parse_args(argv)
    if args.file is not None and args.out == HERE:
        args.out = Path(tempfile.gettempdir()) / "tagih-bench-outside"  # keep results.md ours
    started = time.perf_counter()
    # Tagih's modules as an installed program has them, compiled once: where the environment
    # says PYTHONDONTWRITEBYTECODE, every child would otherwise compile core/ afresh (~50 ms,
    # a cost the readers it is compared with, all compiled code, never pay).
    for folder in ("core", "ui", "pages"):
        compileall.compile_dir(ROOT / folder, quiet=1)
    with tempfile.TemporaryDirectory(prefix="tagih-bench-") as work:
        bench = Bench(sys.executable, args.reps, args.pandas_all, Path(work))
        bench.ratio_reps = max(args.reps_ratio, args.reps)
        bench.variant_reps = args.reps_variants
        if args.file is not None:
            print(f"measuring {args.file} …", file=sys.stderr, flush=True)
            bench.outside_file(args.file.resolve(), args.today)
        for size in [] if args.file is not None else args.sizes:
            # Generated in a process of its own: a child's peak memory counts its parent's pages
            # until it starts its own program, so the runner must stay small.
            subprocess.run(
                [sys.executable, str(HERE / "generate.py"), str(size), "--cache", str(args.cache)],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            files = generate.ensure(size, args.cache)
            bench.reps = args.reps if size <= PANDAS_MAX else args.reps_large
            print(f"measuring {generate.label(size)} …", file=sys.stderr, flush=True)
            bench.size(files)
        for size in [] if args.file is not None else args.variant_sizes:
            subprocess.run(
                [sys.executable, str(HERE / "shapes.py"), str(size), "--cache", str(args.cache),
                 "--kinds", *args.kinds],
                check=True,
                stdout=subprocess.DEVNULL,
            )  # fmt: skip
            books = [shapes.ensure(kind, size, args.cache) for kind in args.kinds]
            print(f"measuring other writers and shapes at {generate.label(size)} …",
                  file=sys.stderr, flush=True)  # fmt: skip
            bench.shapes(books)
        bench.reps = args.reps
        large = args.file is None and any(s > PANDAS_MAX for s in args.sizes)
        if large and not args.pandas_all:
            bench.notes.append(
                "pandas + openpyxl was run at 10k and 100k only: at 300k it takes minutes and "
                "would break the 10-minute budget of `make bench` (`--pandas-all` runs it)."
            )
        if large:
            bench.notes.append(
                f"Above 100k invoices each contender ran {args.reps_large}× (else {args.reps}×), "
                "and only those the targets need (summary, the bare reads, import, summary "
                "from SQLite), to keep `make bench` within its budget."
            )
        if not has("fastexcel"):
            bench.notes.append("fastexcel is not installed: its read was not measured.")
        bench.notes.append(
            f"The whole run took {time.perf_counter() - started:.0f} s (files cached in "
            f"{args.cache.name}/ are generated once)."
        )
        args.out.mkdir(parents=True, exist_ok=True)
        text = write(bench, args.out)
    start = text.index("## Ratios")
    end = text.index("## Times")
    print(text[start:end].rstrip())
    for message in bench.wrong:
        print(message, file=sys.stderr)
    return 1 if bench.wrong else 0


if __name__ == "__main__":
    sys.exit(main())
