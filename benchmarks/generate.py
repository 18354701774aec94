"""Realistic receivables ledgers of any size for the benchmarks, with their expected figures.

A wholesaler's buku piutang: a sheet per month (24 months up to the as-of date) under two title
rows, Indonesian headers, a running "No", real date cells and some text dates ("05/02/2026",
"5 Februari 2026"), some amounts typed as text ("Rp 1.250.000"), some terms as "30 hari", a paid
column (Dibayar), LUNAS notes, a TOTAL row and one unusable row (amount "lima juta") per month,
a few hundred customers (some names typed in capitals or with a double space) and a
"Pembayaran" sheet of instalments matched by invoice number.

The same ledger is written as ``.xlsx`` (xlsxwriter in constant-memory mode when installed,
else openpyxl's write-only mode) and as two ``.csv`` files (the ledger and its payments, as a
cashier program exports them). ``expected`` figures are computed here from the generator's own
records, never by reading a file back and never with ``core``.

Files are cached under ``benchmarks/cache/``, keyed by size and by this file's content.

Run: ``.venv/bin/python benchmarks/generate.py 10000 100000``
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import random
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CACHE = HERE / "cache"
AS_OF = date(2026, 11, 23)
N_MONTHS = 24
EDGES = (30, 60, 90)
VERSION = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:10]

# fmt: off
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
         "Oktober", "November", "Desember"]
SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
HEADER = ["No", "No. Faktur", "Tanggal", "Nama Pelanggan", "No. HP", "Jumlah (Rp)", "Dibayar",
          "Tempo (hari)", "Keterangan"]
PAY_HEADER = ["Tanggal Bayar", "No. Faktur", "Nama Pelanggan", "Jumlah Bayar", "Keterangan"]
PREFIXES = ["Toko", "Toko", "UD", "CV", "PT", "Warung", "Kios", "Depot", "Toko Bangunan"]
WORDS = ["Sinar", "Abadi", "Makmur", "Jaya", "Sentosa", "Berkah", "Rejeki", "Mulia", "Sejahtera",
         "Bintang", "Timur", "Barokah", "Cahaya", "Terang", "Maju", "Mapan", "Sumber", "Harapan",
         "Baru", "Lancar", "Karya", "Mandiri", "Anugerah", "Kurnia", "Surya", "Gemilang", "Mekar",
         "Sari", "Wijaya", "Kusuma", "Tani", "Murni", "Utama", "Agung", "Indah", "Putra", "Ikhlas"]
PEOPLE = ["Budi", "Slamet", "Hendra", "Agus", "Joko", "Teguh", "Rahmat", "Yusuf", "Dedi", "Wawan",
          "Siti", "Ani", "Dewi", "Ratna", "Sri", "Yati", "Lestari", "Nur", "Wati", "Endang"]
PHONE_PREFIXES = ["0812", "0813", "0821", "0822", "0852", "0853", "0857", "0878", "0819", "0896"]
NOTES_OPEN = ["", "", "", "", "janji bayar minggu depan", "sudah ditagih via WA", "nota di sopir"]
NOTES_PAID = ["", "", "", "Transfer BCA", "Tunai", "Transfer Mandiri", "giro"]
# fmt: on


@dataclass(slots=True)
class Customer:
    name: str
    kind: str  # "good" pays, "normal" pays late, "bad" stops paying from ``stop`` on
    phone: str | None
    term: int
    weight: float
    stop: date = date.max


@dataclass(slots=True)
class Record:
    """One invoice as the owner wrote it, and what it really is."""

    number: str
    day: date
    customer: Customer
    shown_name: str
    amount: int
    term: int
    dibayar: int | None = None
    note: str = ""
    date_text: str | None = None
    amount_text: str | None = None
    term_text: str | None = None
    phone: str | None = None  # a number of this row's own, instead of the customer's
    payments: list[tuple[date, int]] = field(default_factory=list)

    def paid(self) -> int:
        lunas = self.amount if self.note == "LUNAS" else 0
        return max(lunas, self.dibayar or 0, sum(a for _, a in self.payments))

    def outstanding(self) -> int:
        return max(0, self.amount - self.paid())

    def days_late(self) -> int:
        return (AS_OF - (self.day + timedelta(days=self.term))).days


@dataclass(slots=True)
class Month:
    sheet: str
    period: str
    records: list[Record]
    bad_position: int  # the unusable row goes before records[bad_position]


@dataclass(slots=True)
class Generated:
    size: int
    months: list[Month]
    expected: dict[str, Any]


def _phone(rng: random.Random) -> str:
    n = rng.choice(PHONE_PREFIXES) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return rng.choice([f"{n[:4]}-{n[4:8]}-{n[8:]}", f"+62 {n[1:4]} {n[4:8]} {n[8:]}", n])


def make_customers(rng: random.Random, count: int) -> list[Customer]:
    """``count`` distinct customers; a few buy a lot (Zipf-like weights)."""
    names: set[str] = set()
    while len(names) < count:
        if rng.random() < 0.25:
            names.add(f"{rng.choice(['Pak', 'Bu'])} {rng.choice(PEOPLE)} {rng.choice(WORDS)}")
        else:
            first, second = rng.sample(WORDS, 2)
            names.add(f"{rng.choice(PREFIXES)} {first} {second}")
    customers = []
    for rank, name in enumerate(sorted(names), start=1):
        kind = rng.choices(["good", "normal", "bad"], [0.35, 0.5, 0.15])[0]
        stop = AS_OF - timedelta(days=rng.randint(60, 400)) if kind == "bad" else date.max
        phone = None if rng.random() < 0.12 else _phone(rng)
        term = rng.choice([14, 30, 30, 30, 45, 60])
        customers.append(Customer(name, kind, phone, term, 1 / rank**0.8, stop))
    rng.shuffle(customers)  # weights by rank, not by alphabet
    return customers


def _amount(rng: random.Random) -> int:
    """Rp 100.000 .. Rp 50.000.000, most around Rp 1,5 juta, rounded to Rp 500 or Rp 1.000."""
    raw = math.exp(rng.triangular(math.log(100_000), math.log(50_000_000), math.log(1_500_000)))
    step = 500 if rng.random() < 0.3 else 1000
    return max(100_000, round(raw / step) * step)


def _settle(rec: Record, rng: random.Random) -> None:
    """Dibayar, LUNAS or instalments, from the customer's habit as seen on the as-of date."""
    late, kind = rec.days_late(), rec.customer.kind
    if kind == "good":
        p = 1.0 if late > 0 else 0.3
    elif kind == "bad":
        p = 0.0 if rec.day >= rec.customer.stop else (0.97 if late > 0 else 0.3)
    else:
        p = 0.2 if late <= 0 else 0.5 if late <= 30 else 0.8 if late <= 60 else 0.96
    age = (AS_OF - rec.day).days
    if age > 20 and rng.random() < 0.06:  # paid in instalments, listed in Pembayaran
        share = 1.0 if rng.random() < p else rng.uniform(0.2, 0.8)
        target = int(rec.amount * share) // 1000 * 1000 or 1000
        parts = rng.randint(1, 3)
        days = sorted(rng.sample(range(1, age), min(parts, age - 1)))
        cuts = [target * k // len(days) // 1000 * 1000 for k in range(len(days))] + [target]
        rec.payments = [
            (rec.day + timedelta(days=d), cuts[k + 1] - cuts[k])
            for k, d in enumerate(days)
            if cuts[k + 1] > cuts[k]
        ]
        rec.note = "cicilan, lihat sheet Pembayaran"
    elif rng.random() < p:
        if rng.random() < 0.03:
            rec.note = "LUNAS"
        else:
            rec.dibayar = rec.amount
            rec.note = rng.choice(NOTES_PAID)
    elif rng.random() < 0.15:
        rec.dibayar = int(rec.amount * rng.uniform(0.2, 0.7)) // 50_000 * 50_000 or 50_000
        rec.note = "bayar sebagian"
    else:
        rec.note = rng.choice(NOTES_OPEN)


def _mess(rec: Record, rng: random.Random) -> None:
    """What people type: text dates, text amounts, terms in words, names in capitals."""
    r = rng.random()
    if r < 0.02:
        rec.date_text = rec.day.strftime("%d/%m/%Y")
    elif r < 0.035:
        rec.date_text = f"{rec.day.day} {BULAN[rec.day.month - 1]} {rec.day.year}"
    if rng.random() < 0.03:
        rec.amount_text = "Rp " + f"{rec.amount:,}".replace(",", ".")
    if rng.random() < 0.03:
        rec.term_text = f"{rec.term} hari"
    r = rng.random()
    if r < 0.03:
        rec.shown_name = rec.customer.name.upper()
    elif r < 0.05:
        rec.shown_name = rec.customer.name.replace(" ", "  ", 1)


def generate(size: int) -> Generated:
    """``size`` invoices over the 24 months up to ``AS_OF`` (deterministic for a size)."""
    rng = random.Random(f"tagih-bench-{size}")
    customers = make_customers(rng, max(20, min(400, size // 25)))
    weights = [c.weight for c in customers]
    first = date(AS_OF.year - 2, AS_OF.month, 1) + timedelta(days=32)
    months: list[Month] = []
    per_month = [size // N_MONTHS + (1 if k < size % N_MONTHS else 0) for k in range(N_MONTHS)]
    year, month = first.year, first.month
    for count in per_month:
        last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
        last = min(last, (AS_OF - date(year, month, 1)).days + 1)
        days = sorted(date(year, month, rng.randint(1, last)) for _ in range(count))
        records = []
        for seq, day in enumerate(days, start=1):
            cust = rng.choices(customers, weights)[0]
            term = cust.term if rng.random() < 0.85 else rng.choice([14, 30, 45])
            number = f"SM/{year % 100:02d}{month:02d}/{seq:05d}"
            rec = Record(number, day, cust, cust.name, _amount(rng), term)
            _settle(rec, rng)
            _mess(rec, rng)
            records.append(rec)
        sheet = f"{SHORT[month - 1]} {year}"
        period = f"Periode: {BULAN[month - 1]} {year}"
        months.append(Month(sheet, period, records, rng.randint(0, count)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return Generated(size, months, expected_figures(months))


def _bucket(days_late: int) -> str:
    if days_late <= 0:
        return "current"
    low = 1
    for edge in EDGES:
        if days_late <= edge:
            return f"{low}-{edge}"
        low = edge + 1
    return f"{EDGES[-1]}+"


def expected_figures(months: list[Month]) -> dict[str, Any]:
    """The figures as of ``AS_OF``, from the records: paid = max(Dibayar, the amount when the
    note is LUNAS, the sum of Pembayaran); outstanding = max(0, amount - paid); due = date +
    terms; aging by days late (current <= 0, 1-30, 31-60, 61-90, 90+)."""
    records = [r for m in months for r in m.records]
    open_ = [r for r in records if r.outstanding() > 0]
    aging = {_bucket(d): 0 for d in (0, 1, 31, 61, 91)}
    for rec in open_:
        aging[_bucket(rec.days_late())] += rec.outstanding()
    return {
        "today": AS_OF.isoformat(),
        "invoices": len(records),
        "open_invoices": len(open_),
        "customers_with_balance": len({r.customer.name for r in open_}),
        "outstanding": sum(r.outstanding() for r in open_),
        "overdue": sum(r.outstanding() for r in open_ if r.days_late() > 0),
        "aging": aging,
        "payments": sum(len(r.payments) for r in records),
        "problems": len(months),  # the one "lima juta" row per month
    }


# Writing.


def _row(no: int, rec: Record) -> list[object]:
    return [
        no,
        rec.number,
        rec.date_text or rec.day,
        rec.shown_name,
        rec.phone or rec.customer.phone,
        rec.amount_text or rec.amount,
        rec.dibayar,
        rec.term_text or rec.term,
        rec.note or None,
    ]


def _sheet_rows(month: Month) -> list[list[object]]:
    """The rows under the header: invoices, the unusable row, a blank row, the TOTAL."""
    rows: list[list[object]] = []
    total = 0
    bad_day = month.records[0].day if month.records else AS_OF
    for k, rec in enumerate(month.records):
        if k == month.bad_position:
            rows.append([None, "", bad_day, "Toko Salah Ketik", None, "lima juta", None, 30, None])
        rows.append(_row(len(rows) + 1, rec))
        total += rec.amount if rec.amount_text is None else 0  # Excel's SUM skips text
    if month.bad_position >= len(month.records):
        rows.append([None, "", bad_day, "Toko Salah Ketik", None, "lima juta", None, 30, None])
    rows.append([])
    rows.append([None, None, None, "TOTAL", None, total, None, None, None])
    return rows


def _payment_rows(gen: Generated) -> list[list[object]]:
    found = [
        (when, rec.number, rec.customer.name, amount)
        for m in gen.months
        for rec in m.records
        for when, amount in rec.payments
    ]
    found.sort(key=lambda p: (p[0], p[1]))
    return [[when, number, name, amount, "Transfer"] for when, number, name, amount in found]


def write_xlsx(gen: Generated, path: Path, *, one_sheet: bool = False) -> None:
    """A sheet per month, or (``one_sheet``) every month under one header in one sheet, each
    month still ending in its TOTAL row: the two layouts owners keep."""
    try:
        import xlsxwriter  # noqa: F401
    except ImportError:
        _write_xlsx_openpyxl(gen, path, one_sheet)
    else:
        _write_xlsx_xlsxwriter(gen, path, one_sheet)


def _sheets(gen: Generated, one_sheet: bool) -> list[tuple[str, str, list[list[object]]]]:
    """(sheet name, period line, rows) of each invoice sheet."""
    if not one_sheet:
        return [(m.sheet, m.period, _sheet_rows(m)) for m in gen.months]
    first, last = gen.months[0].period, gen.months[-1].period
    rows = [values for month in gen.months for values in _sheet_rows(month)]
    return [("Piutang", f"{first} s/d {last}", rows)]


def _write_xlsx_xlsxwriter(
    gen: Generated, path: Path, one_sheet: bool, *, shared_strings: bool = False
) -> None:
    """Constant-memory mode writes every string inline; ``shared_strings`` writes them to the
    shared-strings table instead, as Excel saves a workbook (the whole book is held in memory)."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": not shared_strings})
    day_format = book.add_format({"num_format": "dd/mm/yyyy"})
    money_format = book.add_format({"num_format": "#,##0"})
    bold = book.add_format({"bold": True})

    def put(sheet: Any, r: int, values: list[object]) -> None:
        for c, value in enumerate(values):
            if value is None or value == "":
                continue
            if isinstance(value, str):
                sheet.write_string(r, c, value)
            elif isinstance(value, date):
                sheet.write_datetime(r, c, value, day_format)
            elif c in (5, 6):
                sheet.write_number(r, c, value, money_format)
            else:
                sheet.write_number(r, c, value)

    for name, period, rows in _sheets(gen, one_sheet):
        sheet = book.add_worksheet(name)
        sheet.write_string(0, 0, "BUKU PIUTANG TOKO GROSIR SUMBER MAKMUR", bold)
        sheet.write_string(1, 0, period)
        sheet.write_row(3, 0, HEADER, bold)
        for r, values in enumerate(rows, start=4):
            put(sheet, r, values)
    sheet = book.add_worksheet("Pembayaran")
    sheet.write_row(0, 0, PAY_HEADER, bold)
    for r, values in enumerate(_payment_rows(gen), start=1):
        put(sheet, r, values)
    book.close()


def _write_xlsx_openpyxl(gen: Generated, path: Path, one_sheet: bool) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)

    def cells(sheet: Any, values: list[object]) -> list[object]:
        out: list[object] = []
        for value in values:
            if isinstance(value, date):
                cell = WriteOnlyCell(sheet, value)
                cell.number_format = "DD/MM/YYYY"
                out.append(cell)
            else:
                out.append(None if value == "" else value)
        return out

    for name, period, rows in _sheets(gen, one_sheet):
        sheet = book.create_sheet(name)
        sheet.append(["BUKU PIUTANG TOKO GROSIR SUMBER MAKMUR"])
        sheet.append([period])
        sheet.append([])
        sheet.append(HEADER)
        for values in rows:
            sheet.append(cells(sheet, values))
    sheet = book.create_sheet("Pembayaran")
    sheet.append(PAY_HEADER)
    for values in _payment_rows(gen):
        sheet.append(cells(sheet, values))
    book.save(path)


def _csv_cell(value: object) -> object:
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return "" if value is None else value


def write_csv(gen: Generated, ledger: Path, payments: Path) -> None:
    """The ledger as one CSV (a title line, the header, all months) and its payments file."""
    with ledger.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["LAPORAN PIUTANG TOKO GROSIR SUMBER MAKMUR"])
        writer.writerow(HEADER)
        for month in gen.months:
            for values in _sheet_rows(month):
                writer.writerow([_csv_cell(v) for v in values])
    with payments.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(PAY_HEADER)
        for values in _payment_rows(gen):
            writer.writerow([_csv_cell(v) for v in values])


@dataclass(frozen=True, slots=True)
class Files:
    """The cached files of one size and their expected figures."""

    size: int
    xlsx: Path
    csv: Path
    payments_csv: Path
    expected: dict[str, Any]
    xlsx_one_sheet: Path


def label(size: int) -> str:
    """'10k', '100k', '1.5k', '500'."""
    if size >= 1000 and size % 1000 == 0:
        return f"{size // 1000}k"
    return str(size)


def ensure(size: int, cache: Path = CACHE, *, log: bool = True) -> Files:
    """The files of ``size`` invoices, generated once and reused while this file is unchanged."""
    cache.mkdir(parents=True, exist_ok=True)
    stem = cache / f"buku_piutang_{label(size)}_{VERSION}"
    files = Files(
        size,
        stem.with_suffix(".xlsx"),
        stem.with_suffix(".csv"),
        stem.with_name(stem.name + "_pembayaran.csv"),
        {},
        stem.with_name(stem.name + "_satu_sheet.xlsx"),
    )
    expected_path = stem.with_suffix(".json")
    paths = (files.xlsx, files.csv, files.payments_csv, expected_path, files.xlsx_one_sheet)
    if not all(p.exists() for p in paths):
        if log:
            print(f"generating {label(size)} invoices in {cache} …", file=sys.stderr, flush=True)
        for stale in cache.glob(f"buku_piutang_{label(size)}_*"):
            stale.unlink()
        gen = generate(size)
        write_xlsx(gen, files.xlsx)
        write_xlsx(gen, files.xlsx_one_sheet, one_sheet=True)
        write_csv(gen, files.csv, files.payments_csv)
        expected_path.write_text(json.dumps(gen.expected, indent=2) + "\n", encoding="utf-8")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    return Files(size, files.xlsx, files.csv, files.payments_csv, expected, files.xlsx_one_sheet)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="+", type=int, help="invoices per ledger, e.g. 100000")
    parser.add_argument("--cache", type=Path, default=CACHE)
    args = parser.parse_args(argv)
    for size in args.sizes:
        files = ensure(size, args.cache)
        print(files.xlsx, files.xlsx_one_sheet, files.csv, files.payments_csv)
        print(json.dumps(files.expected))


if __name__ == "__main__":
    main()
