"""Ledgers the suite's own generator does not write: other writers, other content, other shapes.

Each kind is one ``.xlsx`` with its expected figures, computed here from the generated records
(never by reading the file back, never with ``core``):

- ``openpyxl``: the suite's invoice list written by openpyxl's write-only mode (every string
  inline, no styles for numbers), a sheet per month;
- ``shared``: the same invoice list written by xlsxwriter with a shared-strings table, as Excel
  saves a workbook;
- ``phone``: the invoice list with a phone number of its own on every row (100k distinct
  texts in one column), shared strings;
- ``text_amounts``: the invoice list with 10 % of its amounts typed as text ("Rp 1.250.000"),
  shared strings;
- ``kartu``: kartu piutang, a sheet per customer (KARTU PIUTANG and "Nama Pelanggan :" above
  Tanggal | Keterangan | No. Faktur | Debet | Kredit | Saldo, a running Saldo, a Jumlah row);
- ``journal``: buku pembantu piutang, one table Tanggal | No. Bukti | Nama Pelanggan |
  Keterangan | Debet | Kredit of every customer's movements by date, title lines above, a
  Jumlah row.

The invoice-list kinds share the suite's records (``generate.generate``), so their figures are
the suite's. Cards and journals are made simple enough that their figures are certain: a
customer's sales fall on distinct days and are due 30 days later (no terms are written); a
customer pays their oldest sales in order, each payment either naming one sale (its number in
No. Faktur / No. Bukti) and paying it whole, or naming none and paying the next one to three
sales whole; at most one more payment, naming none, pays part of the oldest sale left. Every
payment is dated on or after the sales it pays and after the payment before it, so the reader's
rule (a credit naming an invoice pays it, the others pay the oldest dues first) gives the same
answer whether it applies credits in date order or all at once.

Run: ``.venv/bin/python benchmarks/shapes.py 100000`` (every kind), or with ``--kinds kartu``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

AS_OF = generate.AS_OF
TERM = 30  # the reader's default term: cards and journals write none of their own
SPAN_DAYS = 700  # sales over about two years up to the day before AS_OF
VERSION = hashlib.sha256(
    Path(__file__).read_bytes() + (HERE / "generate.py").read_bytes()
).hexdigest()[:10]

SALE_TEXTS = ("Penjualan", "Penjualan kredit", "Jual barang", "Faktur penjualan", "Ambil barang")
PAY_TEXTS = ("Pembayaran", "Transfer BCA", "Transfer Mandiri", "Tunai", "Bayar cicilan", "QRIS")
CARD_HEADER = ["Tanggal", "Keterangan", "No. Faktur", "Debet", "Kredit", "Saldo"]
JOURNAL_HEADER = ["Tanggal", "No. Bukti", "Nama Pelanggan", "Keterangan", "Debet", "Kredit"]

# What each kind is, in the tables.
KINDS = {
    "openpyxl": "invoice list, openpyxl write-only (inline strings)",
    "shared": "invoice list, xlsxwriter (shared strings)",
    "phone": "invoice list, a phone number per row",
    "text_amounts": "invoice list, 10 % text amounts",
    "kartu": "kartu piutang, a sheet per customer",
    "journal": "journal (buku pembantu piutang)",
}


# Invoice lists written or filled in another way.


def _unique_phones(gen: generate.Generated) -> None:
    """A phone number of its own on every row, written in the three usual ways."""
    rng = random.Random("tagih-bench-phones")
    k = 0
    for month in gen.months:
        for rec in month.records:
            k += 1
            digits = f"{rng.choice(generate.PHONE_PREFIXES)}{k:08d}"
            rec.phone = rng.choice(
                [digits, f"{digits[:4]}-{digits[4:8]}-{digits[8:]}", f"+62 {digits[1:]}"]
            )


def _text_amounts(gen: generate.Generated) -> None:
    """One amount in ten typed as "Rp 1.250.000" (the others as numbers); the TOTAL rows,
    which Excel's SUM writes, leave the text ones out, as before."""
    rng = random.Random("tagih-bench-text-amounts")
    for month in gen.months:
        for rec in month.records:
            shown = "Rp " + f"{rec.amount:,}".replace(",", ".")
            rec.amount_text = shown if rng.random() < 0.10 else None


def _invoice_list(kind: str, size: int, path: Path) -> dict[str, Any]:
    gen = generate.generate(size)
    if kind == "openpyxl":
        generate._write_xlsx_openpyxl(gen, path, False)
    else:
        if kind == "phone":
            _unique_phones(gen)
        elif kind == "text_amounts":
            _text_amounts(gen)
        generate._write_xlsx_xlsxwriter(gen, path, False, shared_strings=True)
    # Phones and how an amount is typed change no figure: the suite's records' figures hold.
    return gen.expected


# Cards and journals.


@dataclass(frozen=True, slots=True)
class Sale:
    number: str
    day: date
    amount: int

    @property
    def due(self) -> date:
        return self.day + timedelta(days=TERM)


@dataclass(frozen=True, slots=True)
class Paid:
    day: date
    amount: int
    names: str | None  # the sale's number written on the row, if any


@dataclass(frozen=True, slots=True)
class Account:
    """One customer's sales and payments, and what each sale still owes."""

    name: str
    sales: list[Sale]
    payments: list[Paid]
    owed: list[int]  # per sale, in the order of ``sales``

    def movements(self) -> list[Sale | Paid]:
        """Sales and payments by date, a day's sales before its payments."""
        both: list[Sale | Paid] = [*self.sales, *self.payments]
        both.sort(key=lambda m: (m.day, isinstance(m, Paid)))
        return both


def _customer_names(rng: random.Random, count: int) -> list[str]:
    """Distinct names short enough to be a sheet's name (31 characters)."""
    names: list[str] = []
    want = count
    while len(names) < count:
        want += count
        names = [c.name for c in generate.make_customers(rng, want) if len(c.name) <= 31]
    return names[:count]


def _account(rng: random.Random, name: str, sales: int, numbers: Callable[[], str]) -> Account:
    """A customer's sales on ``sales`` distinct days and the payments of their oldest ones."""
    first = AS_OF - timedelta(days=SPAN_DAYS)
    days = sorted(rng.sample(range(SPAN_DAYS), sales))
    made = [Sale(numbers(), first + timedelta(days=d), generate._amount(rng)) for d in days]
    # The customer is paid up to a day: good payers to last week, bad ones a year back.
    lag = rng.choice([7, 20, 30, 45, 60, 90, 180, 365])
    settled = sum(1 for s in made if s.due <= AS_OF - timedelta(days=lag))
    owed = [s.amount for s in made]
    payments: list[Paid] = []
    last = first
    k = 0
    while k < settled:
        take = 1 if rng.random() < 0.5 else min(rng.randint(1, 3), settled - k)
        paid = made[k : k + take]
        day = max(last, paid[-1].day + timedelta(days=rng.randint(3, 45)))
        day = min(day, AS_OF - timedelta(days=1))
        names = paid[0].number if take == 1 and rng.random() < 0.6 else None
        payments.append(Paid(day, sum(s.amount for s in paid), names))
        for j in range(k, k + take):
            owed[j] = 0
        last, k = day, k + take
    if k < len(made) and rng.random() < 0.3:  # part of the oldest sale left
        sale = made[k]
        part = sale.amount * rng.randint(2, 8) // 10 // 1000 * 1000
        day = min(max(last, sale.day + timedelta(days=rng.randint(3, 30))), AS_OF)
        if part > 0 and day >= sale.day:
            payments.append(Paid(day, part, None))
            owed[k] -= part
    return Account(name, made, payments, owed)


def _accounts(size: int, seed: str) -> list[Account]:
    """Customers whose sales and payments make about ``size`` rows in all."""
    rng = random.Random(f"{seed}-{size}")
    count = max(20, min(400, size // 250))
    names = _customer_names(rng, count)
    weights = [1 / rank**0.5 for rank in range(1, count + 1)]
    scale = size / 1.5 / sum(weights)  # a sale brings about half a payment row
    serial = iter(range(1, 10**7))

    def number() -> str:
        return f"FJ/{next(serial):06d}"

    return [
        _account(rng, name, max(3, min(SPAN_DAYS, round(w * scale))), number)
        for name, w in zip(names, weights, strict=True)
    ]


def _figures(accounts: list[Account]) -> dict[str, Any]:
    """Outstanding, open sales, overdue and aging, from what each sale still owes."""
    aging = {generate._bucket(d): 0 for d in (0, 1, 31, 61, 91)}
    open_ = [(s, o) for a in accounts for s, o in zip(a.sales, a.owed, strict=True) if o > 0]
    for sale, owed in open_:
        aging[generate._bucket((AS_OF - sale.due).days)] += owed
    return {
        "today": AS_OF.isoformat(),
        "invoices": sum(len(a.sales) for a in accounts),
        "open_invoices": len(open_),
        "customers_with_balance": sum(1 for a in accounts if any(a.owed)),
        "outstanding": sum(o for _, o in open_),
        "overdue": sum(o for s, o in open_ if s.due < AS_OF),
        "aging": aging,
        "rows": sum(len(a.sales) + len(a.payments) for a in accounts),
    }


class _Writer:
    """xlsxwriter with a shared-strings table, as Excel saves a workbook."""

    def __init__(self, path: Path) -> None:
        import xlsxwriter

        self.book = xlsxwriter.Workbook(str(path))
        self.day = self.book.add_format({"num_format": "dd/mm/yyyy"})
        self.money = self.book.add_format({"num_format": "#,##0"})
        self.bold = self.book.add_format({"bold": True})

    def row(self, sheet: Any, r: int, values: list[object], *, bold: bool = False) -> None:
        for c, value in enumerate(values):
            if value is None:
                continue
            if isinstance(value, str):
                sheet.write_string(r, c, value, self.bold if bold else None)
            elif isinstance(value, date):
                sheet.write_datetime(r, c, value, self.day)
            else:
                sheet.write_number(r, c, value, self.money)


def _kartu(size: int, path: Path) -> dict[str, Any]:
    accounts = _accounts(size, "tagih-bench-kartu")
    rng = random.Random(f"tagih-bench-kartu-texts-{size}")
    out = _Writer(path)
    for account in accounts:
        sheet = out.book.add_worksheet(account.name)
        out.row(sheet, 0, ["KARTU PIUTANG"], bold=True)
        out.row(sheet, 1, [f"Nama Pelanggan : {account.name}"], bold=True)
        out.row(sheet, 3, list(CARD_HEADER), bold=True)
        r, saldo, debits, credits = 4, 0, 0, 0
        for m in account.movements():
            if isinstance(m, Sale):
                saldo += m.amount
                debits += m.amount
                cells = [m.day, rng.choice(SALE_TEXTS), m.number, m.amount, None, saldo]
            else:
                saldo -= m.amount
                credits += m.amount
                cells = [m.day, rng.choice(PAY_TEXTS), m.names, None, m.amount, saldo]
            out.row(sheet, r, cells)
            r += 1
        out.row(sheet, r, [None, "Jumlah", None, debits, credits, saldo], bold=True)
    out.book.close()
    return _figures(accounts)


def _journal(size: int, path: Path) -> dict[str, Any]:
    accounts = _accounts(size, "tagih-bench-journal")
    rng = random.Random(f"tagih-bench-journal-texts-{size}")
    rows: list[tuple[date, bool, int, list[object]]] = []
    receipts = iter(range(1, 10**7))
    for a in accounts:
        for m in a.movements():
            if isinstance(m, Sale):
                cells: list[object] = [m.day, m.number, a.name, rng.choice(SALE_TEXTS), m.amount]
                rows.append((m.day, False, len(rows), [*cells, None]))
            else:
                ref = m.names or f"BKM/{next(receipts):06d}"  # a receipt: no sale's number
                cells = [m.day, ref, a.name, rng.choice(PAY_TEXTS), None, m.amount]
                rows.append((m.day, True, len(rows), cells))
    rows.sort(key=lambda r: r[:3])
    out = _Writer(path)
    sheet = out.book.add_worksheet("Jurnal")
    out.row(sheet, 0, ["BUKU PEMBANTU PIUTANG - TOKO GROSIR SUMBER MAKMUR"], bold=True)
    out.row(sheet, 1, [f"Periode s/d {AS_OF.strftime('%d/%m/%Y')}"])
    out.row(sheet, 3, list(JOURNAL_HEADER), bold=True)
    debits = credits = 0
    for r, (_, _, _, cells) in enumerate(rows, start=4):
        out.row(sheet, r, cells)
        debits += cells[4] if isinstance(cells[4], int) else 0
        credits += cells[5] if isinstance(cells[5], int) else 0
    out.row(sheet, len(rows) + 4, [None, None, None, "Jumlah", debits, credits], bold=True)
    out.book.close()
    return _figures(accounts)


WRITERS: dict[str, Callable[[int, Path], dict[str, Any]]] = {
    "openpyxl": lambda size, path: _invoice_list("openpyxl", size, path),
    "shared": lambda size, path: _invoice_list("shared", size, path),
    "phone": lambda size, path: _invoice_list("phone", size, path),
    "text_amounts": lambda size, path: _invoice_list("text_amounts", size, path),
    "kartu": _kartu,
    "journal": _journal,
}


@dataclass(frozen=True, slots=True)
class Book:
    """One cached ledger of a kind and its expected figures."""

    kind: str
    size: int
    xlsx: Path
    expected: dict[str, Any]


def ensure(kind: str, size: int, cache: Path = generate.CACHE, *, log: bool = True) -> Book:
    """The ledger of ``kind`` at ``size`` rows, made once while this file and generate.py are
    unchanged."""
    cache.mkdir(parents=True, exist_ok=True)
    stem = cache / f"{kind}_{generate.label(size)}_{VERSION}"
    xlsx, expected_path = stem.with_suffix(".xlsx"), stem.with_suffix(".json")
    if not (xlsx.exists() and expected_path.exists()):
        if log:
            print(f"generating {kind} {generate.label(size)} in {cache} …", file=sys.stderr)
        for stale in cache.glob(f"{kind}_{generate.label(size)}_*"):
            stale.unlink()
        expected = WRITERS[kind](size, xlsx)
        expected_path.write_text(json.dumps(expected, indent=2) + "\n", encoding="utf-8")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    return Book(kind, size, xlsx, expected)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="+", type=int, help="rows per ledger, e.g. 100000")
    parser.add_argument("--kinds", nargs="+", choices=list(KINDS), default=list(KINDS))
    parser.add_argument("--cache", type=Path, default=generate.CACHE)
    args = parser.parse_args(argv)
    for size in args.sizes:
        for kind in args.kinds:
            book = ensure(kind, size, args.cache)
            print(book.xlsx)
            print(json.dumps(book.expected))


if __name__ == "__main__":
    main()
