"""Generate the demo ledger ``buku_piutang_toko_sumber_rejeki.xlsx`` and its expected figures.

Toko Sumber Rejeki (Surabaya) sells building materials and groceries on credit and keeps its
receivables ledger (buku piutang) in Excel: one sheet per month, Dec 2025 .. Nov 2026, plus an
instalment sheet "Pembayaran", a summary "Rekap" and free-text "Catatan". The workbook carries
the usual real-world mess (text dates/amounts, name spelling, blank and TOTAL rows, a duplicate,
three bad rows). ``expected_sample.json`` is computed from the in-memory records, never by
reading the file back. Deterministic: fixed seed, fixed document and zip timestamps.

Run: ``.venv/bin/python sample_data/make_sample.py``
"""

from __future__ import annotations

import calendar
import json
import math
import random
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.xml.functions import tostring

HERE = Path(__file__).resolve().parent
XLSX = HERE / "buku_piutang_toko_sumber_rejeki.xlsx"
EXPECTED = HERE / "expected_sample.json"
TODAY = date(2026, 11, 23)
SEED = 20261123
# fmt: off
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
         "Oktober", "November", "Desember"]
SHEETS = ["Des 2025", "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov"]
HEADER = ["No", "No. Faktur", "Tanggal", "Nama Pelanggan", "No. HP", "Jumlah (Rp)", "HPP",
          "Dibayar", "Tempo (hari)", "Keterangan"]
# fmt: on
MONTHS = [(2025 + (k > 0), (k + 11) % 12 + 1, name) for k, name in enumerate(SHEETS)]
CUSTOMERS = {  # kind -> names; good: always pay, bad: stop paying at some point, keep buying
    "good": """CV Sinar Abadi, PT Karya Bangun Persada, Toko Makmur Jaya, UD Sejahtera,
        Bu Siti Warung Barokah, Toko Bangunan Sentosa""",
    "bad": """Pak Budi Santoso, Toko Rejeki Lancar, CV Mitra Usaha, Warung Bu Yati,
        UD Harapan Baru, Pak Joko Susilo, Toko Cahaya Terang""",
    "normal": """Toko Berkah Jaya, UD Sumber Makmur, CV Tiga Putra, Bu Ani Kelontong,
        Toko Maju Mapan, Pak Hendra Wijaya, Toko Bangunan Karya Mandiri, UD Sinar Jaya,
        Warung Pojok Bu Sri, Toko Anugerah, CV Bintang Timur, Pak Agus Salim, Toko Murah Meriah,
        UD Tani Makmur, Bu Dewi Catering, Toko Kurnia, CV Surya Gemilang, Pak Slamet Riyadi,
        Toko Barokah Abadi, UD Wijaya Kusuma, Toko Mulia, Bu Ratna Warung Nasi, Toko Sri Rejeki,
        Pak Teguh Prasetyo, CV Graha Bangunan, Toko Ikhlas, UD Mekar Sari""",
}
PREFIXES = ["0812", "0813", "0821", "0822", "0852", "0853", "0857", "0878", "0819", "0896"]
NOTES_OPEN = ["", "", "", "", "janji bayar minggu depan", "sudah ditagih via WA", "nota di sopir"]
NOTES_PAID = ["", "", "", "Transfer BCA", "Tunai", "Transfer Mandiri", "giro"]
CATATAN = """Catatan Pak Haji Rahmat (pemilik)

- Pak Budi Santoso sudah 3x janji bayar, belum ada. Jangan kasih tempo lagi.
- Warung Bu Yati minta cicil, tunggu kesepakatan tertulis.
- Cicilan pelanggan dicatat di sheet Pembayaran, bukan di kolom Dibayar.
- Harga semen naik mulai Agustus, cek HPP lagi.
- Nomor HP pelanggan update ke buku kontak toko."""


@dataclass
class Customer:
    name: str
    kind: str  # "good", "bad" or "normal"
    phone: str | None
    tempo: int
    weight: float
    stop: date = date.max  # bad payers stop paying for invoices from this date on


@dataclass
class Invoice:
    sheet: str
    day: date
    cust: Customer
    amount: int
    hpp: int
    tempo: int
    faktur: str = ""
    dibayar: int | None = None
    note: str = ""
    shown_name: str = ""
    date_text: str | None = None  # what is written instead of a date cell
    amount_text: str | None = None
    tempo_text: str | None = None
    bad: str | None = None  # why the row cannot be used
    payments: list[tuple[date, int, str]] = field(default_factory=list)
    rows: list[tuple[str, int]] = field(default_factory=list)

    def paid(self) -> int:
        lunas = self.amount if "LUNAS" in self.note.upper() else 0
        return max(lunas, self.dibayar or 0, sum(p[1] for p in self.payments))

    def outstanding(self) -> int:
        return max(0, self.amount - self.paid())

    def days_late(self) -> int:
        return (TODAY - (self.day + timedelta(days=self.tempo))).days


def phone(rng: random.Random) -> str:
    """One Indonesian mobile number, written the way this customer happens to write it."""
    n = rng.choice(PREFIXES) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return rng.choice([f"{n[:4]}-{n[4:8]}-{n[8:]}", f"+62 {n[1:4]} {n[4:8]} {n[8:]}", "62" + n[1:]])


def make_customers(rng: random.Random) -> list[Customer]:
    out = []
    for kind, names in CUSTOMERS.items():
        for name in names.split(","):
            tel = None if rng.random() < 0.12 else phone(rng)
            stop = date(2026, 2, 1) + timedelta(rng.randint(0, 120)) if kind == "bad" else date.max
            weight = rng.uniform(0.5, 2.0) * (1 if kind == "normal" else 1.6)
            out.append(
                Customer(name.strip(), kind, tel, rng.choice([14, 30, 30, 45]), weight, stop)
            )
    return out


def amount(rng: random.Random) -> int:
    """Rp 250.000 .. Rp 25.000.000, most around Rp 1,5 juta, rounded to Rp 500 or Rp 1.000."""
    raw = math.exp(rng.triangular(math.log(250_000), math.log(25_000_000), math.log(1_500_000)))
    step = 500 if rng.random() < 0.3 else 1000
    return max(250_000, min(25_000_000, round(raw / step) * step))


def settle(inv: Invoice, rng: random.Random) -> None:
    """Fill Dibayar/Keterangan from the customer's payment habit as seen on TODAY."""
    late, kind = inv.days_late(), inv.cust.kind
    if kind == "good":
        p = 1.0 if late > 0 else 0.3
    elif kind == "bad":
        p = 0.0 if inv.day >= inv.cust.stop else (1.0 if late > 0 else 0.3)
    else:
        p = 0.2 if late <= 0 else 0.5 if late <= 30 else 0.85 if late <= 60 else 1.0
    if rng.random() < p:
        inv.dibayar = inv.amount
        inv.note = "LUNAS" if rng.random() < 0.04 else rng.choice(NOTES_PAID)
    elif rng.random() < 0.15:
        inv.dibayar = int(inv.amount * rng.uniform(0.2, 0.7)) // 50_000 * 50_000 or 100_000
        inv.note = "bayar sebagian"
    else:
        inv.note = rng.choice(NOTES_OPEN)


def make_invoices(rng: random.Random, customers: list[Customer]) -> list[Invoice]:
    invoices: list[Invoice] = []
    weights = [c.weight for c in customers]
    for year, month, sheet in MONTHS:
        last = min(calendar.monthrange(year, month)[1], (TODAY - date(year, month, 1)).days + 1)
        batch = []
        for _ in range(rng.randint(21, 29)):
            cust = rng.choices(customers, weights)[0]
            amt = amount(rng)
            tempo = cust.tempo if rng.random() < 0.85 else rng.choice([14, 30, 45])
            hpp = int(amt * (1 - rng.uniform(0.10, 0.25)))
            day = date(year, month, rng.randint(1, last))
            batch.append(Invoice(sheet, day, cust, amt, hpp, tempo, shown_name=cust.name))
        batch.sort(key=lambda i: i.day)
        for seq, inv in enumerate(batch, start=1):
            inv.faktur = f"SR/{year % 100:02d}{month:02d}/{seq:04d}"
            settle(inv, rng)
        invoices += batch
    return invoices


def add_mess(rng: random.Random, invoices: list[Invoice]) -> Invoice:
    """Text cells, name variants, LUNAS-only rows, three bad rows. Returns the duplicated one."""
    for inv in invoices:
        r = rng.random()
        if r < 0.02:
            inv.date_text = inv.day.strftime("%d/%m/%Y")
        elif r < 0.035:
            inv.date_text = f"{inv.day.day} {BULAN[inv.day.month - 1]} {inv.day.year}"
        if rng.random() < 0.03:
            inv.amount_text = "Rp " + f"{inv.amount:,}".replace(",", ".")
        if rng.random() < 0.03:
            inv.tempo_text = f"{inv.tempo} hari"
        r = rng.random()
        if r < 0.03:
            inv.shown_name = inv.cust.name.upper()
        elif r < 0.06:
            inv.shown_name = inv.cust.name.replace(" ", "  ", 1)
        elif r < 0.08:
            inv.shown_name = inv.cust.name + " "
    paid_full = [i for i in invoices if i.dibayar == i.amount and i.note != "LUNAS"]
    for inv in rng.sample(paid_full, 2):  # paid, but the owner only wrote LUNAS
        inv.dibayar, inv.note = None, "LUNAS"
    plain = {s: [i for i in invoices if i.sheet == s and i.cust.kind == "normal"] for s in SHEETS}
    no_name = rng.choice(plain["Apr"])
    no_name.bad, no_name.shown_name = "no customer name", ""
    no_name.cust = Customer("", "normal", None, no_name.tempo, 0)
    plain["Feb"][-1].bad, plain["Feb"][-1].date_text = "impossible date", "31/02/2026"
    words = rng.choice(plain["Jul"])
    words.bad, words.amount_text = "non-numeric amount", "lima juta"
    words.amount, words.hpp, words.dibayar, words.note = 5_000_000, 4_150_000, None, ""
    dup = [i for i in invoices if i.sheet == "Mei" and not i.bad][-1]
    dup.date_text = dup.amount_text = dup.tempo_text = None
    return dup


def add_instalments(rng: random.Random, invoices: list[Invoice]) -> None:
    """Move some invoices' payments to the Pembayaran sheet (Dibayar left empty there)."""
    old = [i for i in invoices if not i.bad and i.days_late() > 30 and i.amount >= 2_000_000]
    picks = rng.sample([i for i in old if i.cust.kind == "normal"], 4)
    picks += rng.sample([i for i in old if i.cust.kind == "bad" and i.dibayar is None], 4)
    for inv in picks:
        inv.dibayar, inv.note = None, "cicilan, lihat sheet Pembayaran"
        part = int(inv.amount * rng.uniform(0.2, 0.6)) // 1000 * 1000
        target = inv.amount if inv.cust.kind == "normal" else part  # bad payers pay a bit only
        parts = rng.randint(2, 4)
        days = sorted(rng.sample(range(3, (TODAY - inv.day).days), parts))
        cuts = [target * k // parts // 1000 * 1000 for k in range(parts)] + [target]
        for k, d in enumerate(days):
            how = rng.choice(["Transfer BCA", "Tunai", "Transfer BRI", "cicilan"])
            inv.payments.append((inv.day + timedelta(days=d), cuts[k + 1] - cuts[k], how))
    over = picks[0]  # deliberate small overpayment: the last instalment rounded up
    when, amt, _ = over.payments[-1]
    over.payments[-1] = (when, amt + 5_000, "Transfer, lebih Rp 5.000")


def layout(invoices: list[Invoice], dup: Invoice) -> dict[str, list[Invoice | str]]:
    """Rows of each month sheet (invoices, "blank", "total"); records their Excel row numbers."""
    sheets: dict[str, list[Invoice | str]] = {}
    for name in SHEETS:
        rows: list[Invoice | str] = [i for i in invoices if i.sheet == name]
        if name == "Jun":
            rows.insert(0, dup)  # copy-pasted again at the top of the next month
        if name in ("Mar", "Sep"):
            rows.insert(len(rows) // 2, "blank")
        rows.append("total")
        for r, item in enumerate(rows, start=5):  # rows 1-4: title, period, blank, header
            if isinstance(item, Invoice):
                item.rows.append((name, r))
        sheets[name] = rows
    return sheets


def row_values(no: int, inv: Invoice) -> list[object]:
    """The ten cells of one ledger row, as the owner typed them."""
    who = (inv.date_text or inv.day, inv.shown_name or None, inv.cust.phone)
    money = (inv.amount_text or inv.amount, inv.hpp, inv.dibayar, inv.tempo_text or inv.tempo)
    return [no, inv.faktur, *who, *money, inv.note or None]


def write_month(wb: Workbook, name: str, year: int, month: int, rows: list[Invoice | str]) -> None:
    ws = wb.create_sheet(name)
    ws["A1"] = "BUKU PIUTANG TOKO SUMBER REJEKI"
    ws["A1"].font, ws["A1"].alignment = Font(bold=True, size=14), Alignment(horizontal="center")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    ws["A2"] = f"Periode: {BULAN[month - 1]} {year}"
    ws.append([])
    ws.append(HEADER)
    for cell in ws[4]:
        cell.font, cell.fill = Font(bold=True), PatternFill("solid", fgColor="FFF2CC")
    no, total, total_paid = 0, 0, 0
    for item in rows:
        if isinstance(item, Invoice):
            no += 1
            ws.append(row_values(no, item))
            total += item.amount if item.amount_text is None else 0  # Excel's SUM skips text
            total_paid += item.dibayar or 0
        elif item == "blank":
            ws.append([])
        else:
            ws.append([None, None, None, "TOTAL", None, total, None, total_paid])
            for cell in ws[ws.max_row]:
                cell.font = Font(bold=True)
    for row in ws.iter_rows(min_row=5):
        row[2].number_format = "DD/MM/YYYY"
        for cell in row[5:8]:
            cell.number_format = "#,##0"
    for col, width in zip("ABCDEFGHIJ", [5, 14, 12, 30, 18, 14, 14, 14, 12, 30], strict=True):
        ws.column_dimensions[col].width = width


def write_extras(wb: Workbook, invoices: list[Invoice]) -> None:
    ws = wb.create_sheet("Pembayaran")
    ws.append(["Tanggal Bayar", "No. Faktur", "Pelanggan", "Jumlah Bayar", "Keterangan"])
    for pay in sorted(
        (d, i.faktur, i.cust.name, a, how) for i in invoices for d, a, how in i.payments
    ):
        ws.append(list(pay))
        ws.cell(ws.max_row, 1).number_format = "DD/MM/YYYY"
        ws.cell(ws.max_row, 4).number_format = "#,##0"
    ws = wb.create_sheet("Rekap")
    ws.append(["REKAP PENJUALAN & PIUTANG (per 23 November 2026)"])
    ws.append(["Bulan", "Total Penjualan", "Total Piutang"])
    for year, month, sheet in MONTHS:
        good = [i for i in invoices if i.sheet == sheet and not i.bad]
        sales, owed = sum(i.amount for i in good), sum(i.outstanding() for i in good)
        ws.append([f"{BULAN[month - 1]} {year}", sales, owed])
    ws = wb.create_sheet("Catatan")
    for line in CATATAN.splitlines():
        ws.append([line or None])


def save_reproducibly(wb: Workbook, path: Path) -> None:
    """Save with fixed document and zip timestamps, so re-running gives identical bytes."""
    wb.properties.creator = "Toko Sumber Rejeki"
    wb.save(path)  # stamps properties.modified with the current time; put a fixed one back
    wb.properties.created = wb.properties.modified = datetime(2026, 11, 23, 8, 0)
    core = tostring(wb.properties.to_tree())
    with zipfile.ZipFile(path) as src:
        parts = [(i.filename, src.read(i)) for i in src.infolist()]
    parts = [(name, core if name == "docProps/core.xml" else data) for name, data in parts]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in parts:
            stamp = zipfile.ZipInfo(name, (2026, 11, 23, 8, 0, 0))
            dst.writestr(stamp, data, compress_type=zipfile.ZIP_DEFLATED)


def bucket(days_late: int) -> str:
    for limit, name in ((0, "current"), (30, "1-30"), (60, "31-60"), (90, "61-90")):
        if days_late <= limit:
            return name
    return "90+"


def owed(good: list[Invoice]) -> dict[int, int]:
    """What each invoice still owes: max(0, amount - paid), and then what a customer paid on an
    invoice beyond its amount (Pembayaran rows) settles their oldest other dues first (by due
    date, then date)."""
    left = {id(i): i.outstanding() for i in good}
    over: dict[str, int] = {}
    for i in good:
        extra = sum(p[1] for p in i.payments) - max(i.amount, i.dibayar or 0)
        if extra > 0:
            over[i.cust.name] = over.get(i.cust.name, 0) + extra
    by_due = sorted(good, key=lambda i: (i.day + timedelta(days=i.tempo), i.day))
    for i in by_due:
        credit = over.get(i.cust.name, 0)
        if credit and left[id(i)]:
            take = min(credit, left[id(i)])
            left[id(i)] -= take
            over[i.cust.name] = credit - take
    return left


def expected(invoices: list[Invoice]) -> dict[str, object]:
    """Figures as of TODAY. paid = max(Dibayar, or the amount if Keterangan says LUNAS; the sum of
    Pembayaran); outstanding as ``owed`` says; due = date + tempo; days late = TODAY - due;
    aging by days late: current (<= 0), 1-30, 31-60, 61-90, 90+. Bad rows are left out."""
    good = [i for i in invoices if not i.bad]  # each record once, so the duplicate counts once
    left = owed(good)
    open_ = [i for i in good if left[id(i)] > 0]
    aging = dict.fromkeys(["current", "1-30", "31-60", "61-90", "90+"], 0)
    for i in open_:
        aging[bucket(i.days_late())] += left[id(i)]
    assert all(aging.values()), aging
    names = {" ".join(i.shown_name.split()).casefold() for i in open_}
    return {
        "today": TODAY.isoformat(),
        "invoices": len(good),
        "open_invoices": len(open_),
        "customers_with_balance": len(names),
        "outstanding": sum(left[id(i)] for i in open_),
        "overdue": sum(left[id(i)] for i in open_ if i.days_late() > 0),
        "aging": aging,
        "bad_rows": [
            {"sheet": s, "row": r, "reason": i.bad} for i in invoices if i.bad for s, r in i.rows
        ],
    }


def main() -> None:
    rng = random.Random(SEED)
    invoices = make_invoices(rng, make_customers(rng))
    dup = add_mess(rng, invoices)
    add_instalments(rng, invoices)
    sheets = layout(invoices, dup)
    wb = Workbook()
    wb.remove(wb.active)
    for year, month, name in MONTHS:
        write_month(wb, name, year, month, sheets[name])
    write_extras(wb, invoices)
    save_reproducibly(wb, XLSX)
    EXPECTED.write_text(json.dumps(expected(invoices), indent=2) + "\n", encoding="utf-8")
    print(f"wrote {XLSX.name} ({XLSX.stat().st_size // 1024} KB) and {EXPECTED.name}")


if __name__ == "__main__":
    main()
