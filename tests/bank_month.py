"""A month of a shop's bank statement against an outside-like ledger, made from records (never
through ``core/``), with what each credit truly pays.

``month(seed)`` gives a ledger workbook (xlsx bytes) of 60 customers with realistic Indonesian
names and their invoices, the open payment requests with unique codes, and the credits of the
statement as a KlikBCA CSV, each labelled with the customer (and invoice) it pays and how the
transfer says so: a unique code's exact amount, an invoice number in the description, or only
the sender's name (upper case, often cut short) and an amount.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

import openpyxl

FIRST = (
    "Budi", "Siti", "Agus", "Dewi", "Andi", "Rina", "Joko", "Sri", "Hendra", "Yuli", "Bambang",
    "Wahyu", "Eko", "Fitri", "Rudi", "Indah", "Dedi", "Nur", "Ahmad", "Lestari", "Hadi",
    "Putri", "Slamet", "Ratna", "Teguh", "Maya", "Yusuf", "Ani", "Irwan", "Dian", "Fajar",
    "Wulan", "Arif", "Endang", "Heru", "Kartika", "Gunawan", "Ayu", "Rahmat", "Novi",
)  # fmt: skip
LAST = (
    "Santoso", "Aminah", "Setiawan", "Lestari", "Wijaya", "Kurniawan", "Susanto", "Hartono",
    "Saputra", "Rahayu", "Pratama", "Nugroho", "Hidayat", "Sulistyo", "Purnomo", "Siregar",
    "Simanjuntak", "Tanjung", "Hasibuan", "Lubis", "Gunadi", "Halim", "Salim", "Suryadi",
    "Wibowo", "Handoko", "Kusuma", "Permana", "Ramadhan", "Firmansyah", "Syahputra",
    "Nasution", "Hakim", "Prasetyo", "Utomo", "Wahyudi", "Sitompul", "Maulana",
)  # fmt: skip
SHOPS = (
    "Toko Sumber Rejeki", "CV Maju Jaya", "UD Sinar Harapan", "Toko Berkah Abadi",
    "Warung Bu Tini", "Toko Makmur Sentosa", "CV Cahaya Mandiri", "UD Tani Subur",
    "Toko Mitra Usaha", "Toko Sejahtera", "CV Karya Bersama", "Toko Lancar Jaya",
)  # fmt: skip

How = Literal["code", "invoice", "name"]


@dataclass(frozen=True)
class Transfer:
    on: date
    amount: int
    description: str
    customer: str  # the customer it truly pays
    invoice: str  # the invoice it pays, "" for none named
    how: How


@dataclass(frozen=True)
class Request:
    customer: str
    amount: int
    invoices: tuple[str, ...]


@dataclass
class Month:
    customers: list[str]
    invoices: list[tuple[str, str, date, date, int]]  # number, customer, date, due, amount
    requests: list[Request]
    transfers: list[Transfer]

    def ledger_xlsx(self) -> bytes:
        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "Piutang"
        sheet.append(["No Faktur", "Pelanggan", "Tanggal", "Jatuh Tempo", "Jumlah"])
        for number, customer, on, due, amount in self.invoices:
            sheet.append([number, customer, on, due, amount])
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()

    def statement_csv(self, start: date, end: date) -> bytes:
        return klikbca_csv(
            [(t.on, t.description, t.amount, "CR") for t in self.transfers], start, end
        )


def sender(name: str, rng: random.Random) -> str:
    """The sender's name as a bank writes it: upper case, often cut short, sometimes with a
    title before it, the last name down to its initial, or a shop's CV / Toko left out."""
    text = name.upper()
    words = text.split()
    roll = rng.random()
    if roll < 0.1 and len(words) == 2:
        text = f"{words[0]} {words[1][0]}"  # BUDI S
    elif roll < 0.2:
        text = f"{rng.choice(('BPK', 'IBU', 'BP', 'SDR'))} {text}"
    elif roll < 0.3 and words[0] in {"TOKO", "CV", "UD", "WARUNG"}:
        text = " ".join(words[1:])
    cut = rng.choice((18, 20, 16, 12, 99, 99))
    return text[:cut].rstrip()


def klikbca_csv(
    lines: list[tuple[date, str, int, str]],
    start: date,
    end: date,
    opening: int = 5_000_000,
    pending: list[tuple[str, int]] | None = None,
) -> bytes:
    """A KlikBCA Individu export: account lines, a header with an unnamed CR/DB column,
    "'dd/mm" dates, the quote before text cells, and the totals under the table."""
    out = [
        "No. rekening : 0123456789",
        "Nama : TOKO MAJU JAYA",
        f"Periode : {start:%d/%m/%Y} - {end:%d/%m/%Y}",
        "Kode Mata Uang : Rp",
        "",
        "Tanggal Transaksi,Keterangan,Cabang,Jumlah,,Saldo",
    ]
    balance = opening
    credit = debit = 0
    for on, text, amount, side in sorted(lines, key=lambda x: x[0]):
        balance += amount if side == "CR" else -amount
        if side == "CR":
            credit += amount
        else:
            debit += amount
        out.append(f"'{on:%d/%m},'{text},'0000,{amount}.00,{side},{balance}.00")
    for text, amount in pending or []:
        out.append(f"'PEND,'{text},'0000,{amount}.00,CR,0.00")
    out += [
        "",
        f"Saldo Awal,:,{opening}.00",
        f"Mutasi Kredit,:,{credit}.00,{sum(1 for x in lines if x[3] == 'CR')}",
        f"Mutasi Debet,:,{debit}.00,{sum(1 for x in lines if x[3] == 'DB')}",
        f"Saldo Akhir,:,{balance}.00",
    ]
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


def _names(rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        if rng.random() < 0.15:
            name = rng.choice(SHOPS)
        else:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name not in names:
            names.append(name)
    return names


def month(seed: int = 7, customers: int = 60, start: date = date(2026, 12, 1)) -> Month:
    rng = random.Random(seed)
    names = _names(rng, customers)
    invoices: list[tuple[str, str, date, date, int]] = []
    n = 0
    for name in names:
        for _ in range(rng.randint(1, 3)):
            n += 1
            on = start - timedelta(days=rng.randint(10, 80))
            amount = rng.randint(5, 400) * 10_000 + rng.choice((0, 0, 5_000, 2_500))
            invoices.append((f"INV-2026-{n:04d}", name, on, on + timedelta(days=30), amount))
    requests: list[Request] = []
    transfers: list[Transfer] = []
    used_codes: set[int] = set()
    for number, name, _on, _due, amount in invoices:
        roll = rng.random()
        day = start + timedelta(days=rng.randint(0, 27))
        stamp = f"{day:%d%m}/FTSCY/WS9{rng.randint(5000, 5999)}"
        if roll < 0.2:
            code = rng.randint(1, 999)
            while code in used_codes:
                code = rng.randint(1, 999)
            used_codes.add(code)
            requests.append(Request(name, amount + code, (number,)))
            # Transfers paying the exact amount often carry no name the shop knows.
            who = sender(name, rng) if rng.random() < 0.5 else rng.choice(("BAMBANG", "M TRANSFER"))
            text = f"TRSF E-BANKING CR {stamp} {amount + code}.00 {who}"
            transfers.append(Transfer(day, amount + code, text, name, number, "code"))
        elif roll < 0.4:
            styles = (
                f"TRSF E-BANKING CR {stamp} {amount}.00 {number} {sender(name, rng)}",
                f"TRSF E-BANKING CR {stamp} BAYAR {number.replace('-', '')} {sender(name, rng)}",
                f"TRSF E-BANKING CR {stamp} PELUNASAN {number.lower()}",
            )
            transfers.append(Transfer(day, amount, rng.choice(styles), name, number, "invoice"))
        elif roll < 0.8:
            how = rng.random()
            paid = amount if how < 0.7 else (amount // 2 // 1000) * 1000
            text = f"TRSF E-BANKING CR {stamp} {paid}.00 {sender(name, rng)}"
            transfers.append(Transfer(day, paid, text, name, number if how < 0.7 else "", "name"))
    return Month(names, invoices, requests, transfers)
