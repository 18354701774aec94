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

import json
import math
import random
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = Path(__file__).resolve().parent
XLSX = HERE / "buku_piutang_toko_sumber_rejeki.xlsx"
EXPECTED = HERE / "expected_sample.json"
TODAY = date(2026, 11, 23)
SEED = 20261123
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember"]
MONTHS = [(2025, 12, "Des 2025")] + [(2026, m, s) for m, s in enumerate(
    ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov"], start=1)]
HEADER = ["No", "No. Faktur", "Tanggal", "Nama Pelanggan", "No. HP", "Jumlah (Rp)", "HPP",
          "Dibayar", "Tempo (hari)", "Keterangan"]
GOOD = "CV Sinar Abadi, PT Karya Bangun Persada, Toko Makmur Jaya, UD Sejahtera, " \
       "Bu Siti Warung Barokah, Toko Bangunan Sentosa"  # always pay on time
BAD = "Pak Budi Santoso, Toko Rejeki Lancar, CV Mitra Usaha, Warung Bu Yati, UD Harapan Baru, " \
      "Pak Joko Susilo, Toko Cahaya Terang"  # stop paying at some point, keep buying
NORMAL = "Toko Berkah Jaya, UD Sumber Makmur, CV Tiga Putra, Bu Ani Kelontong, Toko Maju Mapan, " \
    "Pak Hendra Wijaya, Toko Bangunan Karya Mandiri, UD Sinar Jaya, Warung Pojok Bu Sri, " \
    "Toko Anugerah, CV Bintang Timur, Pak Agus Salim, Toko Murah Meriah, UD Tani Makmur, " \
    "Bu Dewi Catering, Toko Kurnia, CV Surya Gemilang, Pak Slamet Riyadi, Toko Barokah Abadi, " \
    "UD Wijaya Kusuma, Toko Mulia, Bu Ratna Warung Nasi, Toko Sri Rejeki, Pak Teguh Prasetyo, " \
    "CV Graha Bangunan, Toko Ikhlas, UD Mekar Sari"
PREFIXES = ["0812", "0813", "0821", "0822", "0852", "0853", "0857", "0878", "0819", "0896"]
NOTES_OPEN = ["", "", "", "", "janji bayar minggu depan", "sudah ditagih via WA",
              "nota dibawa sopir", "tunggu proyek cair"]
NOTES_PAID = ["", "", "", "Transfer BCA", "Tunai", "Transfer Mandiri", "giro"]


@dataclass
class Customer:
    name: str
    kind: str  # "good" always pays, "bad" stops paying, "normal" pays late-ish
    phone: str | None
    tempo: int
    weight: float
    stop: date | None = None  # bad payers stop paying from this date


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
    date_text: str | None = None
    amount_text: str | None = None
    tempo_text: str | None = None
    bad: str | None = None
    payments: list[tuple[date, int, str]] = field(default_factory=list)
    rows: list[tuple[str, int]] = field(default_factory=list)

    def paid(self) -> int:
        listed = self.amount if "LUNAS" in self.note.upper() else (self.dibayar or 0)
        return max(listed, self.dibayar or 0, sum(p[1] for p in self.payments))

    def outstanding(self) -> int:
        return max(0, self.amount - self.paid())

    def days_late(self) -> int:
        return (TODAY - (self.day + timedelta(days=self.tempo))).days


def phone(rng: random.Random) -> str:
    local = rng.choice(PREFIXES) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    form = rng.randrange(3)
    if form == 0:
        return f"{local[:4]}-{local[4:8]}-{local[8:]}"
    if form == 1:
        return f"+62 {local[1:4]} {local[4:8]} {local[8:]}"
    return "62" + local[1:]


def make_customers(rng: random.Random) -> list[Customer]:
    out = []
    for kind, names in (("good", GOOD), ("bad", BAD), ("normal", NORMAL)):
        for name in names.split(", "):
            tel = None if rng.random() < 0.12 else phone(rng)
            stop = date(2026, 2, 1) + timedelta(days=rng.randint(0, 150)) if kind == "bad" else None
            out.append(Customer(name, kind, tel, rng.choice([14, 30, 30, 45]),
                                rng.uniform(0.5, 2.0) * (1.3 if kind != "normal" else 1), stop))
    return out


def amount(rng: random.Random) -> int:
    raw = math.exp(rng.triangular(math.log(250_000), math.log(25_000_000), math.log(1_500_000)))
    step = 500 if rng.random() < 0.3 else 1000
    return max(250_000, min(25_000_000, int(round(raw / step)) * step))


def settle(inv: Invoice, rng: random.Random) -> None:
    """Fill Dibayar/Keterangan from the customer's payment habit as seen on TODAY."""
    late, kind = inv.days_late(), inv.cust.kind
    if kind == "good":
        p = 1.0 if late > 0 else 0.3
    elif kind == "bad":
        p = 0.0 if inv.day >= inv.cust.stop else (1.0 if late > 0 else 0.3)  # type: ignore[operator]
    else:
        p = 0.2 if late <= 0 else 0.5 if late <= 30 else 0.85 if late <= 60 else 1.0
    if rng.random() < p:
        inv.dibayar = inv.amount
        inv.note = "LUNAS" if rng.random() < 0.15 else rng.choice(NOTES_PAID)
    elif rng.random() < 0.15:
        inv.dibayar = int(inv.amount * rng.uniform(0.2, 0.7)) // 50_000 * 50_000 or 100_000
        inv.note = "bayar sebagian"
    else:
        inv.note = rng.choice(NOTES_OPEN)


def make_invoices(rng: random.Random, customers: list[Customer]) -> list[Invoice]:
    invoices: list[Invoice] = []
    weights = [c.weight for c in customers]
    for year, month, sheet in MONTHS:
        last = 23 if (year, month) == (2026, 11) else (date(year + month // 12, month % 12 + 1, 1)
                                                       - timedelta(days=1)).day
        batch = []
        for _ in range(rng.randint(21, 29)):
            cust = rng.choices(customers, weights)[0]
            amt = amount(rng)
            tempo = cust.tempo if rng.random() < 0.85 else rng.choice([14, 30, 45])
            batch.append(Invoice(sheet, date(year, month, rng.randint(1, last)), cust, amt,
                                 int(amt * (1 - rng.uniform(0.10, 0.25))), tempo))
        batch.sort(key=lambda i: i.day)
        for seq, inv in enumerate(batch, start=1):
            inv.faktur = f"SR/{year % 100:02d}{month:02d}/{seq:04d}"
            inv.shown_name = inv.cust.name
            settle(inv, rng)
        invoices += batch
    return invoices


def add_mess(rng: random.Random, invoices: list[Invoice]) -> Invoice:
    """Text cells, name variants, LUNAS-only rows, three bad rows. Returns the duplicated one."""
    for inv in invoices:
        r = rng.random()
        if r < 0.04:
            inv.date_text = inv.day.strftime("%d/%m/%Y")
        elif r < 0.07:
            inv.date_text = f"{inv.day.day} {BULAN[inv.day.month - 1]} {inv.day.year}"
        if rng.random() < 0.04:
            inv.amount_text = "Rp " + f"{inv.amount:,}".replace(",", ".")
        if rng.random() < 0.04:
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
    plain = lambda s: [i for i in invoices if i.sheet == s and i.cust.kind == "normal"]  # noqa: E731
    no_name = rng.choice(plain("Apr"))
    no_name.bad, no_name.shown_name, no_name.cust = "no customer name", "", Customer(
        "", "normal", None, 30, 0)
    feb_last = plain("Feb")[-1]
    feb_last.bad, feb_last.date_text = "impossible date", "31/02/2026"
    words = rng.choice(plain("Jul"))
    words.bad, words.amount_text = "non-numeric amount", "lima juta"
    dup = [i for i in invoices if i.sheet == "Mei" and not i.bad][-1]
    dup.date_text = dup.amount_text = dup.tempo_text = None
    return dup


def add_instalments(rng: random.Random, invoices: list[Invoice]) -> None:
    """Move some invoices' payments to the Pembayaran sheet (Dibayar left empty there)."""
    old = [i for i in invoices if not i.bad and i.days_late() > 30 and i.amount >= 2_000_000]
    picks = (rng.sample([i for i in old if i.cust.kind == "normal"], 4)
             + rng.sample([i for i in old if i.cust.kind == "bad" and i.dibayar is None], 4))
    for inv in picks:
        inv.dibayar, inv.note = None, "cicilan, lihat sheet Pembayaran"
        full = inv.cust.kind == "normal"
        target = inv.amount if full else int(inv.amount * rng.uniform(0.2, 0.6)) // 1000 * 1000
        parts = rng.randint(2, 4)
        days = sorted(rng.sample(range(3, (TODAY - inv.day).days), parts))
        cuts = [target * k // parts // 1000 * 1000 for k in range(parts)] + [target]
        for k, d in enumerate(days):
            how = rng.choice(["Transfer BCA", "Tunai", "Transfer BRI", "cicilan"])
            inv.payments.append((inv.day + timedelta(days=d), cuts[k + 1] - cuts[k], how))
    over = picks[0]  # deliberate small overpayment: the last instalment rounded up
    d, amt, _ = over.payments[-1]
    over.payments[-1] = (d, amt + 5_000, "Transfer, lebih Rp 5.000")


def layout(invoices: list[Invoice], dup: Invoice) -> dict[str, list[Invoice | str]]:
    """Rows of each month sheet (invoices, "blank", "total"); records their Excel row numbers."""
    sheets: dict[str, list[Invoice | str]] = {}
    for _, _, name in MONTHS:
        rows: list[Invoice | str] = [i for i in invoices if i.sheet == name]
        if name == "Jun":
            rows.insert(0, dup)  # copy-pasted again at the top of the next month
        if name in ("Mar", "Sep"):
            rows.insert(len(rows) // 2, "blank")
        rows.append("total")
        for r, item in enumerate(rows, start=5):
            if isinstance(item, Invoice):
                item.rows.append((name, r))
        sheets[name] = rows
    return sheets


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
    no, sums = 0, [0, 0]
    for item in rows:
        if item == "blank":
            ws.append([])
        elif item == "total":
            ws.append([None, None, None, "TOTAL", None, sums[0], None, sums[1], None, None])
            for cell in ws[ws.max_row]:
                cell.font = Font(bold=True)
        elif isinstance(item, Invoice):
            no += 1
            amt = item.amount_text or item.amount
            sums[0] += item.amount if item.amount_text is None else 0  # Excel SUM skips text
            sums[1] += item.dibayar or 0
            ws.append([no, item.faktur, item.date_text or item.day, item.shown_name or None,
                       item.cust.phone, amt, item.hpp, item.dibayar, item.tempo_text or item.tempo,
                       item.note or None])
    for row in ws.iter_rows(min_row=5):
        row[2].number_format = "DD/MM/YYYY"
        for cell in (row[5], row[6], row[7]):
            cell.number_format = "#,##0"
    for col, width in zip("ABCDEFGHIJ", [5, 14, 12, 30, 18, 14, 14, 14, 12, 30]):
        ws.column_dimensions[col].width = width


def write_extras(wb: Workbook, invoices: list[Invoice]) -> None:
    ws = wb.create_sheet("Pembayaran")
    ws.append(["Tanggal Bayar", "No. Faktur", "Pelanggan", "Jumlah Bayar", "Keterangan"])
    pays = sorted((d, i.faktur, i.cust.name, a, how) for i in invoices for d, a, how in i.payments)
    for row in pays:
        ws.append(list(row))
        ws.cell(ws.max_row, 1).number_format = "DD/MM/YYYY"
        ws.cell(ws.max_row, 4).number_format = "#,##0"
    ws = wb.create_sheet("Rekap")
    ws.append(["REKAP PENJUALAN & PIUTANG (per 23 November 2026)"])
    ws.append(["Bulan", "Total Penjualan", "Total Piutang"])
    for year, month, sheet in MONTHS:
        good = [i for i in invoices if i.sheet == sheet and not i.bad]
        ws.append([f"{BULAN[month - 1]} {year}", sum(i.amount for i in good),
                   sum(i.outstanding() for i in good)])
    ws = wb.create_sheet("Catatan")
    for line in ["Catatan Pak Haji Rahmat (pemilik)", "",
                 "- Pak Budi Santoso sudah 3x janji bayar, belum ada. Jangan kasih tempo lagi.",
                 "- Warung Bu Yati minta cicil, tunggu kesepakatan tertulis.",
                 "- Cicilan pelanggan dicatat di sheet Pembayaran, bukan di kolom Dibayar.",
                 "- Harga semen naik mulai Agustus, cek HPP lagi.",
                 "- Nomor HP pelanggan update ke buku kontak toko."]:
        ws.append([line])


def save_reproducibly(wb: Workbook, path: Path) -> None:
    """Save with fixed document and zip timestamps, so re-running gives identical bytes."""
    wb.properties.created = wb.properties.modified = datetime(2026, 11, 23, 8, 0)
    wb.properties.creator = "Toko Sumber Rejeki"
    wb.save(path)
    with zipfile.ZipFile(path) as src:
        parts = [(info.filename, src.read(info)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in parts:
            dst.writestr(zipfile.ZipInfo(name, (2026, 11, 23, 8, 0, 0)), data,
                         compress_type=zipfile.ZIP_DEFLATED)


def expected(invoices: list[Invoice]) -> dict[str, object]:
    good = [i for i in invoices if not i.bad]  # each record once, so the duplicate counts once
    open_ = [i for i in good if i.outstanding() > 0]
    aging = {"current": 0, "1-30": 0, "31-60": 0, "61-90": 0, "90+": 0}
    for i in open_:
        late = i.days_late()
        key = ("current" if late <= 0 else "1-30" if late <= 30 else "31-60" if late <= 60
               else "61-90" if late <= 90 else "90+")
        aging[key] += i.outstanding()
    assert all(aging.values()), aging
    return {
        "today": TODAY.isoformat(), "invoices": len(good), "open_invoices": len(open_),
        "customers_with_balance": len({" ".join(i.shown_name.split()).casefold() for i in open_}),
        "outstanding": sum(i.outstanding() for i in open_),
        "overdue": sum(i.outstanding() for i in open_ if i.days_late() > 0),
        "aging": aging,
        "bad_rows": [{"sheet": s, "row": r, "reason": i.bad}
                     for i in invoices if i.bad for s, r in i.rows],
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
