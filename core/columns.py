"""Which column holds what: a synonym table in Indonesian and English, plus fuzzy matching.

Every guess carries a confidence (0-100) and how it was made, so the dashboard can show it and
the owner can correct it with an explicit mapping.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Literal, cast

from rapidfuzz import fuzz, process

from core.i18n import CodeKeys

Field = Literal[
    "row_no", "invoice_no", "customer", "invoice_date", "due_date", "terms", "amount", "paid",
    "returned", "balance", "status", "phone", "email", "address", "cost", "payment_date",
]  # fmt: skip
Method = Literal["exact", "fuzzy", "keyword", "user"]
FIELD_KEYS: Final = CodeKeys[Field](
    Field,
    {
        "row_no": "field.row_no",
        "invoice_no": "field.invoice_no",
        "customer": "field.customer",
        "invoice_date": "field.invoice_date",
        "due_date": "field.due_date",
        "terms": "field.terms",
        "amount": "field.amount",
        "paid": "field.paid",
        "returned": "field.returned",
        "balance": "field.balance",
        "status": "field.status",
        "phone": "field.phone",
        "email": "field.email",
        "address": "field.address",
        "cost": "field.cost",
        "payment_date": "field.payment_date",
    },
)
METHOD_KEYS: Final = CodeKeys[Method](
    Method,
    {
        "exact": "upload.method.exact",
        "fuzzy": "upload.method.fuzzy",
        "keyword": "upload.method.keyword",
        "user": "upload.method.user",
    },
)

# A workshop's charge for its work ("Biaya Servis", "Ongkos Jasa"): the amount where no other
# figure of the row's money stands beside it (``total_parts``).
SERVICE_WORDS: Final = (
    "biaya servis", "biaya service", "biaya jasa", "ongkos servis", "ongkos service",
    "ongkos jasa", "biaya perbaikan", "ongkos perbaikan",
)  # fmt: skip
# What a warung let a customer take on the tab ("Bon", "Ngebon", "Hutang"): the one word list
# every rule asks whether a column, a type or a note names the tab by.
TAB_WORDS: Final = frozenset({"bon", "ngebon", "kasbon", "hutang", "utang", "ngutang"})
# A column of what a customer paid of their tab ("Bayar Bon", "Cicilan Kasbon", "Bayar Hutang",
# "Nyicil Bon"): a payment of their debt, paying their oldest bon first. ("Cicilan" alone is the
# instalment due, no payment.)
TAB_PAID: Final = frozenset(
    f"{verb} {tab}"
    for verb in ("bayar", "pembayaran", "pelunasan", "cicilan", "nyicil")
    for tab in TAB_WORDS
)
# A receipt's payer: who the money came from ("Diterima Dari", "Penyetor", a kwitansi's printed
# "Telah Terima Dari" or "Sudah Terima Dari"). A customer, and a column that says its rows are
# payments, whatever the sheet is called (``ingest``).
PAYER_WORDS: Final = (
    "diterima dari", "terima dari", "telah terima dari", "sudah terima dari",
    "telah diterima dari", "sudah diterima dari", "received from", "pembayar", "nama pembayar",
    "penyetor", "nama penyetor", "dibayar oleh", "paid by", "payer",
)  # fmt: skip

# A column of free notes: what a row was for, as the owner or the bank wrote it ("Keterangan",
# "Uraian", "Memo", the "Berita" of a transfer). "Keterangan" and "Catatan" map to the status
# too, and so do they named for the paying ("Catatan Bayar", "Ket. Bayar", "Keterangan
# Pembayaran": a bon book's "byr 500rb tgl 12/10" is its note as under "Catatan"); the rest map
# to no field. A payments sheet of a date, an amount and one of them places each payment by the
# invoice its note names (``ingest._noted_header``); nor is such a column a customer's name
# (``layout.names_column``).
NOTE_WORDS: Final = frozenset({
    "keterangan", "ket", "catatan", "note", "notes", "remark", "remarks", "memo", "uraian",
    "deskripsi", "description", "berita", "berita transfer", "keterangan transfer",
    "uraian transaksi", "keterangan transaksi", "keterangan bayar", "keterangan pembayaran",
    "catatan bayar", "catatan pembayaran",
})  # fmt: skip

# Goods left with a warung to sell ("Titip", "Titipan", "Kirim"): the amount where no other
# column is, but weak (``WEAK``): beside a Total, a "Titipan" may be money left as a deposit,
# told as a column unread (``rows.SheetReader._unread_money``).
CONSIGNED: Final = frozenset({"titip", "titipan", "kirim"})

# What is left of a row's total once what was paid is taken off, by the word the column has for
# the debt: the tab ("Hutang", "Kasbon") and a till's receivable ("Total | Terbayar | Piutang",
# Kasir Pintar: the Piutang is Total − Terbayar). Alone such a column is the amount owed.
LEFT_WORDS: Final = TAB_WORDS | {"piutang"}

SYNONYMS: Final[dict[Field, tuple[str, ...]]] = {
    "row_no": ("no", "nomor", "no urut", "urut", "nomor urut", "#", "sn", "s no", "number"),
    "invoice_no": (
        "no faktur", "nomor faktur", "faktur", "no nota", "nomor nota", "nota", "invoice",
        "invoice no", "invoice number", "invoice nr", "inv no", "no invoice", "nomor invoice",
        "no inv", "bill no", "no bukti", "bukti", "no transaksi", "nomor transaksi",
        "kode transaksi", "no ref", "ref", "reference", "doc no", "document no", "kode faktur",
        "ref no", "reference no", "bill number", "vch no",
        "no tagihan", "nomor tagihan", "no so", "no do", "no surat jalan", "no order",
        # Accurate's ledgers: the number of the document each row was posted from.
        "no sumber", "nomor sumber",
        # A return's own number: the invoice's number where the table has no other.
        "no retur", "nomor retur", "no nota retur", "no nota kredit", "no cn", "no nk",
        "credit note no", "return no", "credit memo no", "credit memo number",
        "credit note number",
        # MYOB's invoice column ("ID No." over each customer's invoices); QuickBooks' "Num";
        # SAP Business One's aging ("Document": "IN 10231").
        "id no", "num", "document",
        # A marketplace's or a web shop's order: its number is the sale's.
        "no pesanan", "nomor pesanan", "id pesanan", "kode pesanan", "order id", "order no",
        "order number", "nomor order", "id order",
        # A journal's document: the voucher each line was posted from ("Voucher | Customer |
        # Memo | Debit | Credit"), as "No Bukti".
        "voucher", "voucher no", "voucher number", "no voucher", "nomor voucher",
        "transaction no", "transaction number",
    ),
    "customer": (
        "nama pelanggan", "pelanggan", "customer", "customer name", "nama customer", "nama",
        "nama konsumen", "konsumen", "nama toko", "toko", "pembeli", "nama pembeli", "client",
        "klien", "nama klien", "debitur", "debtor", "name", "buyer", "langganan", "cust name",
        "nama langganan", "customer nama", "outlet", "nama outlet", "mitra", "nama mitra",
        "penerima", "kepada", "bill to", "sold to", "account name", "nama akun",
        # A B2B marketplace's invoices: the buyer is the customer.
        "buyer name", "nama buyer",
        # SAP Business One's business partner ("BP Code" is its code, not its name).
        "bp name", "business partner name", "business partner", "nama bp",
        # Odoo's invoices list: the invoice's partner.
        "invoice partner display name", "partner", "partner name", "nama partner", "rekanan",
        "nama rekanan",
        # A phone app's export: the contact the debt is with.
        "contact name", "nama kontak", "kontak nama",
        # English exports' other words for who owes: a client's, a debtor's, a party's (Tally's
        # "Party's Name"), a company's.
        "client name", "debtor name", "party", "party name", "party s name", "company name",
        # MYOB's card name: a company's, or a person's last name ("Co./Last Name").
        "co last name",
        # The trades' own words for who owes: an order's, a tenant's, a pupil's, a member's.
        "pemesan", "nama pemesan", "penyewa", "nama penyewa", "penghuni", "nama penghuni",
        "siswa", "nama siswa", "murid", "nama murid", "anggota", "nama anggota", "warung",
        "nama warung", "petani", "nama petani", "pasien", "nama pasien", "pengirim",
        "nama pengirim", "instansi", "nama instansi", "sekolah", "nama sekolah", "klinik",
        "nama klinik", "apotek", "nama apotek",
        # A contractor's client: who gives the work and pays its bills ("Pemberi Kerja", the
        # law's "Pengguna Jasa", the "Pemilik Proyek" or "Owner Proyek", the old "Bouwheer").
        "pemberi kerja", "nama pemberi kerja", "pemberi tugas", "pengguna jasa",
        "nama pengguna jasa", "pemilik proyek", "nama pemilik proyek", "owner proyek",
        "bouwheer",
        # A property's or a workshop's: the unit's or the vehicle's owner, who is billed.
        "owner", "owner name", "pemilik", "nama pemilik",
        # Who a distributor supplies, by the kind of shop: a farm kiosk, a market stall, a
        # phone-credit counter, a workshop buying parts ("Kios": Kios Tani Jaya).
        "kios", "nama kios", "lapak", "nama lapak", "gerai", "nama gerai", "konter",
        "nama konter", "nama counter", "bengkel", "nama bengkel",
        # Who sells the shop's goods on, who banks or is a member with it ("Nama Debitur").
        "nama debitur", "nama debtor", "reseller", "nama reseller", "agen", "nama agen",
        "dropshipper", "nama dropshipper", "member", "nama member", "nasabah", "nama nasabah",
        # A receipt's payer: who the money came from.
        *PAYER_WORDS,
    ),
    "invoice_date": (
        "tanggal", "tgl", "tanggal faktur", "tgl faktur", "tanggal nota", "tgl nota",
        "invoice date", "date", "tanggal transaksi", "tgl transaksi", "tanggal invoice",
        "tgl invoice", "tanggal jual", "tgl jual", "tanggal penjualan", "invoice bill date",
        "tanggal kirim", "tgl kirim", "sale date", "transaction date", "tanggal order", "tgl order",
        "tanggal ambil", "tgl ambil", "date of invoice", "issue date",
        # A phone app's export: when the entry was made.
        "created at", "created", "tanggal dibuat", "tanggal catat", "dicatat",
        "waktu", "waktu transaksi", "waktu catat", "tanggal dan waktu", "tanggal waktu",
        "timestamp", "date time", "datetime",
    ),
    "due_date": (
        "jatuh tempo", "tgl jatuh tempo", "tanggal jatuh tempo", "tgl jt", "tanggal jt", "jt",
        "jt tempo", "due date", "due", "due on", "batas bayar", "batas pembayaran",
        "tgl batas bayar", "deadline", "payment due", "payment due date", "date due",
        "tempo tanggal", "jatuh tempo tanggal", "tgl tempo", "tanggal tempo",
        # Paid when the harvest or the pay comes in ("Tempo: Bayar panen", "bayar gajian"):
        # the day the book expects it is the due date.
        "panen", "perkiraan panen", "tgl panen", "tanggal panen", "jadwal panen",
        "estimasi panen", "rencana panen", "waktu panen", "perkiraan tgl panen",
        "gajian", "tgl gajian", "tanggal gajian",
    ),
    "terms": (
        "tempo", "terms", "terms days", "top", "termin", "lama tempo", "term of payment",
        "payment terms", "payment term", "hari tempo", "tempo hari", "jangka waktu",
        "net", "net days", "credit terms", "lama kredit", "tempo bayar", "jw",
        "syarat pembayaran", "syarat bayar", "syarat",
    ),
    "amount": (
        "jumlah", "total", "nilai", "nominal", "amount", "invoice amount", "total tagihan",
        "tagihan", "nilai faktur", "total faktur", "harga", "total harga", "jumlah tagihan",
        "piutang", "jumlah piutang", "nilai piutang", "total piutang", "debit", "nilai nota",
        "total nota", "grand total", "total invoice", "invoice total", "total amount",
        "jumlah faktur", "total belanja", "total penjualan", "penjualan", "nilai transaksi",
        "amount due original", "gross amount", "net amount", "jumlah harga", "total signed",
        "subtotal",
        # "Debit" spelled in Indonesian: a monthly list's "Debet | Bayar | Sisa" (weak as it is).
        "debet",
        # Before and after the discount ("Bruto | Diskon | Netto"): the net is what is owed,
        # the gross yields to it (``WEAK``); a sale's price, a shop's takings.
        "bruto", "nilai bruto", "jumlah bruto", "total bruto", "netto", "nilai netto",
        "jumlah netto", "total netto", "harga jual", "omzet", "belanja",
        # A ledger's movement, signed: a sale up, a payment down ("Mutasi | Saldo", a payment
        # -1.800.000 or (1.800.000) under it), as a bank statement names it.
        "mutasi", "nilai mutasi", "jumlah mutasi",
        # The goods' price kept apart from what sending them cost ("Harga Barang | Ongkir", an
        # online shop's list): the amount, the freight on top of it (``total_parts``).
        "harga barang", "harga produk", "harga item", "product price", "item price",
        # A tax invoice's base ("DPP | PPN", an Indonesian faktur's): its tax is owed on top of
        # it where no column totals the two (``total_parts``).
        "dpp", "dasar pengenaan pajak",
        # A till's sales report (Moka's "Gross Sales | Discounts | Net Sales"), in Indonesian
        # too: the net is what the sale owes, the gross yields to it.
        "net sales", "nett sales", "penjualan bersih", "penjualan netto", "gross sales",
        "penjualan kotor", "penjualan bruto",
        # A warung's book of what each customer took on credit ("Bon", "Kasbon", "Ngebon").
        *sorted(TAB_WORDS), "ambil", "jumlah bon", "nilai bon",
        "jumlah kasbon", "jumlah utang", "jumlah hutang",
        # A cooperative's loans to its members ("Pokok Pinjaman | Sudah Dibayar").
        "pinjaman", "pokok pinjaman", "nilai pinjaman", "besar pinjaman", "jumlah pinjaman",
        # The trades' own words for what is charged: freight, rent, school fees.
        "ongkir", "ongkos kirim", "biaya kirim", "sewa", "biaya sewa", "harga sewa", "spp",
        "iuran", "tagihan spp", "biaya", *SERVICE_WORDS, "total biaya",
        # A printed kwitansi's words for the sum received ("Uang Sejumlah", "Banyaknya Uang"):
        # its payer column says the rows are payments (``ingest._receipts_by_columns``).
        "uang sejumlah", "sejumlah", "banyaknya uang",
        # A consignment's goods left at a warung, in rupiah ("Titip | Kembali | Bayar"): what
        # it owes for them once what came back is taken off (``CONSIGNED``).
        *sorted(CONSIGNED),
    ),
    "paid": (
        "dibayar", "bayar", "terbayar", "sudah dibayar", "amount paid", "paid", "pembayaran",
        "jumlah bayar", "jumlah dibayar", "payment", "paid amount", "total dibayar",
        "sudah bayar", "uang masuk", "diterima", "jumlah diterima", "pelunasan", "total bayar",
        # What came in once the customer took off what it withheld ("Diterima Bersih | PPh 22
        # Dipotong": a bendahara's SP2D): the payment, the rest settled beside it.
        "diterima bersih", "jumlah diterima bersih", "bersih diterima", "net diterima",
        "total pembayaran", "jumlah pembayaran", "payments", "received", "amount received",
        "credit", "kredit", "dp", "uang muka", "down payment", "panjar", "deposit",
        # Xero's sales invoice export: the invoice's paid, on each of its lines.
        "invoice amount paid",
        "payment received", "payments received", "received amount", "amount collected",
        # The way it was paid, where one column holds it ("Tunai", "Transfer"); several such
        # columns are parts (``payment_parts``).
        "tunai", "cash", "transfer", "bayar tunai", "bayar transfer", "bayar cash", "tunai tf",
        # Money handed in or come in against the invoice. Not "Cicilan" or "Angsuran" alone
        # (the instalment due), nor "Masuk" or "Terima" alone (goods in, a date's column).
        "setoran", "setor", "jumlah setoran", "total setoran", "uang diterima", "kas masuk",
        "sudah transfer", "sudah ditransfer", "sudah setor", "uang setoran",
        # A kasbon book's everyday word for paying the tab off bit by bit ("Ngebon | Nyicil |
        # Sisa Bon"): what was handed in, never the instalment due as "Cicilan" may be.
        "nyicil",
        # Paid in part, beside a Lunas checkbox (a Google Sheets list: "Bayar Sebagian" on the
        # rows not ticked): the money paid so far.
        "bayar sebagian", "dibayar sebagian", "sudah bayar sebagian", "pembayaran sebagian",
        # What a marketplace released to the seller for an order (its disbursement, payout or
        # settlement): the order's money received. Not "Pencairan" alone: a cooperative's
        # "Jumlah Pencairan" is the loan it paid out, what the member owes.
        "dana dilepas", "jumlah dana dilepas", "total dana dilepas", "dana yang dilepas",
        "dana dicairkan", "dana diterima", "dana masuk", "payout", "payout amount",
        "settlement amount", "released amount", "amount released", "escrow released",
        # What was paid of the tab, in a column of its own ("Bayar Bon", "Cicilan Kasbon").
        *sorted(TAB_PAID),
    ),
    # Goods sent back and credit notes: they lower what the customer owes, like a payment, but
    # are no money received. Not "Potongan" or "Diskon" alone: beside a net total that is a
    # discount already taken off.
    "returned": (
        "retur", "return", "returns", "retur penjualan", "sales return", "sales returns",
        "nilai retur", "jumlah retur", "total retur", "nota kredit", "nota retur",
        "credit note", "credit notes", "credit memo", "cn", "potongan retur", "retur potongan",
        "retur barang", "barang kembali", "barang retur",
        # What an app's invoice list shows of the credit notes set against each invoice (Zoho's
        # "Credits Applied", Xero's "Credited"), beside what was paid.
        "credits applied", "credit applied", "credited",
        # A discount given after the invoice ("Potongan Susulan"): never in its total, a credit.
        "potongan susulan", "diskon susulan", "potongan harga susulan",
        # A discount given when the invoice is paid (early payment): it settles, like a return.
        "potongan tunai", "potongan pelunasan", "diskon pelunasan", "diskon tunai",
        "cash discount", "potongan bayar", "diskon bayar", "potongan pembayaran",
        "diskon pembayaran", "disc pelunasan", "disc tunai",
    ),
    "balance": (
        "sisa", "sisa tagihan", "sisa piutang", "saldo", "balance", "outstanding",
        "balance due", "amount due", "kurang", "kurang bayar", "sisa hutang", "sisa utang",
        "sisa bayar", "sisa pembayaran", "saldo piutang", "open amount", "belum dibayar",
        "belum bayar", "tunggakan", "outstanding amount", "remaining", "terutang",
        "jumlah terutang", "sisa terutang", "nilai terutang", "saldo terutang", "owing",
        "amount owing", "balance owing", "open balance", "amount due signed",
        "invoice amount due",
        "remaining balance", "balance remaining", "remaining amount", "unpaid", "unpaid balance",
        # Tally's Bills Receivable: what is pending of each bill.
        "pending amount", "amount pending", "pending balance",
    ),
    "status": (
        "status", "status bayar", "status pembayaran", "payment status", "ket", "keterangan",
        "lunas", "lunas belum", "paid status", "state", "catatan", "notes", "note", "remarks",
        "keterangan bayar", "keterangan pembayaran", "catatan bayar", "catatan pembayaran",
        # An invoicing program's status of each invoice (Zoho's "Invoice Status": Draft, Sent,
        # Paid, Void), in Indonesian as its export or an owner writes it.
        "invoice status", "status invoice", "status faktur", "faktur status", "status tagihan",
        "status nota", "bill status",
        # A giro's or cheque's: whether the money came ("Cair", "Belum cair", "Ditolak").
        "status giro", "giro status", "status cek", "status bg", "status cair", "ket giro",
        "keterangan giro", "cheque status", "status cheque", "check status", "bg status",
        "status bilyet giro",
    ),
    "phone": (
        "no hp", "hp", "phone", "telepon", "telp", "no telp", "no telepon", "no wa", "wa",
        "whatsapp", "no whatsapp", "kontak", "mobile", "nomor hp", "handphone", "no handphone",
        "phone number", "telephone", "tel", "contact", "nomor telepon", "nomor wa", "hp wa",
    ),
    "email": ("email", "e mail", "surel", "alamat email", "email address"),
    "address": ("alamat", "address", "alamat pelanggan", "kota", "city", "lokasi"),
    "cost": (
        "hpp", "modal", "harga pokok", "harga pokok penjualan", "cost", "cost of goods",
        "cogs", "harga modal", "harga beli", "nilai hpp", "total hpp", "total modal",
        "cost of goods sold", "unit cost total", "biaya pokok",
    ),
    "payment_date": (
        "tanggal bayar", "tgl bayar", "payment date", "tanggal pembayaran", "tgl pembayaran",
        "paid date", "date paid", "tgl lunas", "tanggal lunas", "tanggal pelunasan",
        "tgl pelunasan", "tanggal terima", "tgl terima", "paid on", "date received",
    ),
}  # fmt: skip

# A word in a long header that names the field outright ("Nama Pelanggan / Customer").
KEYWORDS: Final[dict[str, Field]] = {
    "faktur": "invoice_no", "invoice": "invoice_no", "nota": "invoice_no",
    "pelanggan": "customer", "customer": "customer", "konsumen": "customer",
    "pembeli": "customer", "langganan": "customer",
    "jatuh": "due_date", "hpp": "cost", "modal": "cost",
    "sisa": "balance", "saldo": "balance", "outstanding": "balance",
    "dibayar": "paid", "terbayar": "paid", "paid": "paid",
    "telp": "phone", "telepon": "phone", "hp": "phone", "whatsapp": "phone", "phone": "phone",
    "tempo": "terms", "terms": "terms",
    "tanggal": "invoice_date", "tgl": "invoice_date", "date": "invoice_date",
    "jumlah": "amount", "total": "amount", "amount": "amount", "nilai": "amount",
}  # fmt: skip

# A note that a table's figures are in millions or thousands of rupiah, in a header or a title
# line: "(Rp 000.000)", "Rp 000.000", "(jutaan)", "(juta)", "(Rp jt)", "dalam jutaan", "in
# millions", "x Rp 1.000.000"; "(Rp 000)", "Rp 000", "('000)", "(ribuan)", "(rb)", "(ribu)",
# "(Rp rb)", "dalam ribuan", "x 1.000", "x1000". The short "(jt)" and "(rb)" alone only after a
# money word (``short_unit``): "Tgl (JT)" is the due date (Jatuh Tempo).
# ``core.reading.layout.amount_unit`` reads them; ``normalise_header`` leaves them out.
_MILLION_NOTE: Final = (
    r"\(\s*(?:rp\.?|idr)?\s*'?000[.,]000'?s?\s*\)|\b(?:rp|idr)\.?\s*'?000[.,]000\b(?![.,]\d)|"
    r"\(\s*(?:(?:dalam|dlm\.?)\s+)?(?:(?:rp|idr)\.?\s*)?(?:jutaan|juta)(?:\s+(?:rupiah|rp|idr)\.?)?"
    r"\s*\)|\(\s*(?:rp|idr)\.?\s*jt\.?\s*\)|"
    r"\b(?:dalam|dlm\.?)\s+juta(?:an)?\b|\bin\s+millions\b|"
    r"\bx\s*(?:rp\.?\s*)?1[.,]?000[.,]?000\b(?![.,]\d)"
)
_THOUSAND_NOTE: Final = (
    r"\(\s*(?:rp\.?|idr)?\s*'?000'?s?\s*\)|\b(?:rp|idr)\.?\s*'?000\b(?![.,]\d)|"
    r"\(\s*(?:(?:dalam|dlm\.?)\s+)?(?:(?:rp|idr)\.?\s*)?(?:ribuan|ribu)(?:\s+(?:rupiah|rp|idr)\.?)?"
    r"\s*\)|\(\s*(?:rp|idr)\.?\s*rb\.?\s*\)|"
    r"\b(?:dalam|dlm\.?)\s+ribu(?:an)?\b|\bin\s+thousands\b|"
    r"\bx\s*(?:rp\.?\s*)?1[.,]?000\b(?![.,]\d)"
)
MILLIONS: Final = re.compile(_MILLION_NOTE, re.IGNORECASE)
THOUSANDS: Final = re.compile(_THOUSAND_NOTE, re.IGNORECASE)
_SHORT_UNIT: Final = re.compile(r"\(\s*(rb|jt)\.?\s*\)", re.IGNORECASE)  # ``short_unit``
# Units in a header, left out of its name: "(Rp)", "(hari)", and the notes above.
_UNITS = re.compile(
    rf"{_MILLION_NOTE}|{_THOUSAND_NOTE}|"
    r"\((?:rp|idr|rupiah|hari|days?|dd/mm/yy(?:yy)?|%)\.?\)|\b(?:rp|idr)\b\.?"
)
_NON_WORD = re.compile(r"[^0-9a-z#]+")
# A short name written as dotted initials is the word its letters spell: "T.O.P" is TOP (the
# terms), "J.T." is JT (Jatuh Tempo), as "C.O.D" is COD.
_INITIALS = re.compile(r"(?<![0-9a-z])[a-z](?:\.[a-z])+\.?(?![0-9a-z])")
# A header that says its figures are in rupiah: "Nilai (Rp)", "Jumlah Rp", "Nilai IDR",
# "Jumlah (Rupiah)"; not one that names another currency too ("Nilai (USD/IDR)").
_IN_RUPIAH = re.compile(r"\b(?:rp|idr|rupiah)\b", re.IGNORECASE)
# The dollar written out or by its sign counts as its code does: "US Dollar", "US$", "S$".
_OTHER_CURRENCY = (
    r"(usd|sgd|eur|euro|myr|jpy|cny|rmb|aud|hkd|gbp|valas|us\s*\$|s\$"
    r"|(?:us\s+)?doll?ars?|asing|foreign)(?![a-z0-9])"
)
_IN_OTHER = re.compile(rf"\b{_OTHER_CURRENCY}", re.IGNORECASE)
# A line above a table saying its figures are in another currency: "All amounts in USD",
# "Mata uang: SGD", "Nilai dalam dolar", "nilai dalam US Dollar", "Aged Receivables (USD)". A
# bare word is no such note ("Kurs USD 15.500", "PT Dollar Jaya").
_CURRENCY_NOTE = re.compile(
    rf"\b(?:in|dalam|dlm|currency|mata\s+uang|valuta|ccy)\s*:?\s*{_OTHER_CURRENCY}"
    rf"|\(\s*{_OTHER_CURRENCY}\s*\)",
    re.IGNORECASE,
)
# A column that says which currency each row is in.
_CURRENCY_HEADERS: Final = frozenset({"mata uang", "currency", "valuta", "curr", "ccy"})
# The fields whose figures are money: beside a currency column, the one in rupiah is read.
_MONEY: Final = frozenset({"amount", "paid", "returned", "balance"})

# Exact names that are weaker than another column's exact name for the same field: with both
# "Jumlah" and "Total" present, "Jumlah" is often a quantity; "Keterangan" is notes before status.
WEAK: Final[dict[str, int]] = {
    "jumlah": 90, "harga": 75, "nilai": 85, "subtotal": 70, "debit": 80, "debet": 80,
    "dpp": 70, "dasar pengenaan pajak": 70,
    "credit": 75, "kredit": 75, "keterangan": 80, "ket": 80, "catatan": 70, "notes": 70, "note": 70,
    "keterangan bayar": 80, "keterangan pembayaran": 80, "catatan bayar": 70,
    "catatan pembayaran": 70,
    "remarks": 70, "state": 70, "nama": 90, "name": 90, "date": 90, "due": 90, "ref": 85,
    "reference": 85,
    "bayar": 90, "total": 95, "kontak": 85, "contact": 85, "kota": 70, "city": 70, "lokasi": 70,
    "tanggal kirim": 85, "tgl kirim": 85, "no retur": 60, "nomor retur": 60,
    "no nota retur": 60, "no nota kredit": 60, "no cn": 60, "no nk": 60, "credit note no": 60,
    "return no": 60, "credit memo no": 60, "credit memo number": 60, "credit note number": 60,
    "id no": 80, "dp": 80, "uang muka": 80, "down payment": 80,
    "panjar": 80, "deposit": 80, "tunai": 80, "cash": 80, "transfer": 80, "bayar tunai": 85,
    "bayar transfer": 85, "bayar cash": 85, "tunai tf": 80, "no pesanan": 90,
    "nomor pesanan": 90, "id pesanan": 90, "kode pesanan": 90, "order id": 90, "order no": 90,
    "order number": 90, "nomor order": 90, "id order": 90,
    "bruto": 80, "nilai bruto": 80, "jumlah bruto": 80, "total bruto": 80, "harga jual": 75,
    "harga barang": 75, "harga produk": 75, "harga item": 75, "product price": 75,
    "item price": 75,
    "gross sales": 80, "penjualan kotor": 80, "penjualan bruto": 80,
    "omzet": 85, "belanja": 85, **dict.fromkeys(CONSIGNED, 65),
    # A till's "Outlet" is often the shop's own branch: a customer column by its name wins.
    "outlet": 85, "nama outlet": 85,
    # An "Owner" beside a customer column is the customer's own contact, or whose account it
    # is in a sales team's export: the customer column wins.
    "owner": 85, "owner name": 85, "pemilik": 85, "nama pemilik": 85,
    # So is a "Gerai"; a "Kios" or a "Lapak" may be the place a market rents ("Kios | Nama |
    # Sewa": A-12 is where Bu Sari rents, she owes), a "Bengkel" or a "Konter" a branch.
    "gerai": 85, "nama gerai": 85, "kios": 85, "lapak": 85, "konter": 85, "bengkel": 85,
}  # fmt: skip

_LOOKUP: Final[dict[str, Field]] = {
    phrase: name for name, phrases in SYNONYMS.items() for phrase in phrases
}
_PHRASES: Final[list[str]] = list(_LOOKUP)

# What a row is charged for by the trade's word ("Ongkir", "Biaya", "Sewa", "Biaya Servis"), and
# what a warung let a customer take on the tab ("Bon", "Hutang"): the amount where no column
# totals the row; beside a total ("Total", "Jumlah", "Grand Total") a part of it (``total_parts``).
# Of those, what sending the goods cost: billed on top of the goods where no total holds it. (An
# English export's "Shipping", "Freight": a charge beside the row's amount, never the amount
# alone, as a "Shipping" column may be where or how the goods went.)
FREIGHT_WORDS: Final = frozenset({
    "ongkir", "ongkos kirim", "biaya kirim", "shipping", "shipping fee", "shipping cost",
    "shipping charge", "freight", "delivery fee", "delivery charge", "postage",
})  # fmt: skip
# Their words for the goods' sending, not its cost: beside "Terms" they name how the goods go
# ("Freight Terms", "Shipping Terms": FOB Surabaya, CIF Makassar, Franco), no tempo to pay.
SENDING_WORDS: Final = frozenset(
    word
    for phrase in FREIGHT_WORDS
    for word in phrase.split()
    if word not in {"biaya", "ongkos", "fee", "cost", "charge"}
)
CHARGED_WORDS: Final = FREIGHT_WORDS | {"biaya", "sewa", "biaya sewa", "harga sewa", *SERVICE_WORDS}
# A tax billed on a sale ("PPN", "PPN 11%", "Pajak", "VAT") and the base amounts it is worked out
# on ("Harga", "DPP", "Subtotal", "Nilai"): an Indonesian faktur's total is DPP + PPN.
TAX_WORDS: Final = frozenset({"ppn", "pajak", "vat", "tax", "ppn keluaran", "pajak keluaran"})
TAXED_WORDS: Final = frozenset({
    "harga", "dpp", "dasar pengenaan pajak", "subtotal", "sub total", "nilai", "harga jual",
    "harga barang",
})  # fmt: skip


def names_tax(phrase: str) -> bool:
    """Whether a header (as ``_phrase`` leaves it) names a tax billed on a sale, its rate
    after it or not ("ppn 11" of "PPN 11%"); not one withheld ("PPh 23": ``takes_off``).

    >>> names_tax("ppn 11"), names_tax("ppn"), names_tax("vat 10"), names_tax("pph 23")
    (True, True, True, False)
    """
    return re.sub(r"(?:\s+\d+(?:[.,]\d+)?)+$", "", phrase) in TAX_WORDS


@lru_cache(maxsize=1 << 12)  # a workbook's sheets repeat a few dozen labels, asked often
def normalise_header(text: str) -> str:
    """Lower case, units and punctuation gone: 'Jumlah (Rp)' → 'jumlah', 'No. Faktur' → 'no faktur'.

    >>> normalise_header(" Tgl. Jatuh-Tempo "), normalise_header("Invoice #"), normalise_header("#")
    ('tgl jatuh tempo', 'invoice', '#')
    >>> normalise_header("Debet (Rp 000)"), normalise_header("Saldo ('000)")
    ('debet', 'saldo')
    >>> normalise_header("Bayar (rb)"), normalise_header("Sisa (jt)"), normalise_header("Tgl (JT)")
    ('bayar', 'sisa', 'tgl jt')
    >>> normalise_header("T.O.P"), normalise_header("Tgl. J.T."), normalise_header("S.AWAL")
    ('top', 'tgl jt', 's awal')

    A program's field name joins its words in capitals ("*InvoiceNumber", "InvoiceAmountDue",
    Xero's export): parted, unless joined it is a name already ("SubTotal").

    >>> normalise_header("*InvoiceNumber"), normalise_header("InvoiceAmountDue")
    ('invoice number', 'invoice amount due')
    >>> normalise_header("SubTotal"), normalise_header("TOTAL"), normalise_header("PPh")
    ('subtotal', 'total', 'pph')

    A header naming one field twice joined by a slash, in both languages (a bilingual card's
    "Debet / Debit", "Keterangan / Description") or by two words ("Nama Toko/Warung"), is
    its first name (``_first_of_two``); two fields' names stay both ("Potongan/Retur",
    "Debet / Kredit").

    >>> normalise_header("Debet / Debit"), normalise_header("Keterangan / Description")
    ('debet', 'keterangan')
    >>> normalise_header("No. Faktur / Invoice No."), normalise_header("Potongan/Retur")
    ('no faktur', 'potongan retur')
    >>> normalise_header("Mutasi +"), normalise_header("Mutasi (-)"), normalise_header("Mutasi")
    ('mutasi debet', 'mutasi kredit', 'mutasi')
    """
    side = _MOVEMENT_SIGN.fullmatch(text)
    if side is not None:
        return "mutasi debet" if side[1] == "+" else "mutasi kredit"
    first = _first_of_two(text)
    if first is not None:
        return _normalised(first)
    parted = _CAMEL.sub(" ", text)
    if parted != text and _normalised(text) not in _LOOKUP:
        return _normalised(parted)
    return _normalised(text)


# A movement's side written as its sign ("Mutasi + | Mutasi -", "Mutasi (+)"): the debit and
# the credit, not two columns of the signed "Mutasi".
_MOVEMENT_SIGN: Final = re.compile(r"\s*mutasi\s*\(?\s*([+-])\s*\)?\s*", re.IGNORECASE)


# Where a program's field name starts a word: "Invoice|Number", "e|Mail" (not "PPh", "TOTAL").
_CAMEL: Final = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


# A header's two names of one column, one in each language ("Saldo / Balance") or two words
# for it ("Nama Toko/Warung").
_TWO_NAMES: Final = re.compile(r"\s*/\s*")
# Or its other name in brackets after it (Qasir's "Uang Muka (DP)", "Sisa (Balance)"): read as
# the slash is; a unit in brackets ("Jumlah (Rp)") names no field and stays a unit.
_BRACKETED: Final = re.compile(r"\s*([^()/]*[^()/\s])\s*\(\s*([^()/]*[^()/\s])\s*\)\s*")
# One word written the Indonesian way and the English way where no field is named by it alone.
_SPELLINGS: Final = {"debet": "debit"}


@lru_cache(maxsize=1 << 12)
def _first_of_two(header: str) -> str | None:
    """The first of a header's two names joined by a slash, or the second in brackets, where
    both name the same thing: the same field ("Tanggal / Date", "Kredit / Credit", "Debet /
    Debit", "Nama Toko/Warung", "Uang Muka (DP)"), or each a column of notes ("Keterangan /
    Description", ``NOTE_WORDS``); else ``None``.

    >>> _first_of_two("Saldo / Balance"), _first_of_two("Debet/Debit"), _first_of_two("Toko/Warung")
    ('Saldo', 'Debet', 'Toko')
    >>> _first_of_two("Debet / Kredit"), _first_of_two("Harga/kg"), _first_of_two("Nama/Alamat")
    (None, None, None)
    >>> _first_of_two("Uang Muka (DP)"), _first_of_two("Jumlah (Rp)"), _first_of_two("Tgl (JT)")
    ('Uang Muka', None, None)
    """
    bracketed = _BRACKETED.fullmatch(header)
    if bracketed is not None and _normalised(header) in _LOOKUP:
        return None  # a name of its own ("Bayar (Tunai)" as "Bayar Tunai")
    halves = list(bracketed.groups()) if bracketed else _TWO_NAMES.split(header)
    if len(halves) != 2 or not all(halves):
        return None
    norms = [_normalised(_CAMEL.sub(" ", half)) for half in halves]
    if all(norm in NOTE_WORDS for norm in norms):
        return halves[0]
    guesses = [guess_field(_SPELLINGS.get(norm, norm)) for norm in norms]
    fields = {guess.field if guess is not None else None for guess in guesses}
    return halves[0] if len(fields) == 1 and None not in fields else None


def _normalised(text: str) -> str:
    """``normalise_header`` of a header's text as written."""
    lowered = text.strip().lower()
    if lowered in {"#", "no.", "no"}:
        return "#" if lowered == "#" else "no"
    if short_unit(lowered) > 1:
        lowered = _SHORT_UNIT.sub(" ", lowered)
    cleaned = _UNITS.sub(" ", lowered)
    cleaned = _INITIALS.sub(_spelt, cleaned)
    cleaned = _NON_WORD.sub(" ", cleaned).replace("#", " ")
    return " ".join(cleaned.split())


def _spelt(initials: re.Match[str]) -> str:
    return initials.group().replace(".", "")


def short_unit(text: str) -> int:
    """How many rupiah a header's short "(rb)" or "(jt)" makes one unit of its figures: a
    thousand or a million after a money word ("Jumlah (rb)", "Sisa (jt)"), else 1 ("Tgl (JT)"
    is Jatuh Tempo, the due date; "Kode (RB)" no unit).

    >>> short_unit("Jumlah (rb)"), short_unit("Bayar (JT)"), short_unit("Tgl (JT)")
    (1000, 1000000, 1)
    """
    found = _SHORT_UNIT.search(text)
    if found is None:
        return 1
    rest = normalise_header(_SHORT_UNIT.sub(" ", text))
    if _LOOKUP.get(rest, _LOOKUP.get(expand_abbreviations(rest))) not in _MONEY:
        return 1
    return 1000 if found.group(1).lower() == "rb" else 1_000_000


# Short forms owners type in headers: "Jml Bayar", "Cust. Name", "Nm Plg", "Hrg Satuan".
ABBREVIATIONS: Final[dict[str, str]] = {
    "jml": "jumlah", "jmlh": "jumlah", "cust": "customer", "plg": "pelanggan",
    "pel": "pelanggan", "nm": "nama", "byr": "bayar", "tlp": "telp", "tlpn": "telp",
    "inv": "invoice", "amt": "amount", "ket": "keterangan", "ttl": "total", "tagih": "tagihan",
    "hrg": "harga", "hrga": "harga",
}  # fmt: skip

# A count of goods by its word ("Jumlah", "Qty") and the unit it is counted in: "Jumlah (pcs)",
# "Jml (kg)", "Qty Sak", "Jumlah Barang (dus)". The unit says what is counted: no rupiah.
_COUNT_WORDS: Final = frozenset({
    "jumlah", "jml", "jmlh", "jlh", "qty", "kuantitas", "quantity", "banyak", "banyaknya",
})  # fmt: skip
GOODS_UNITS: Final = frozenset({
    "pcs", "pc", "psc", "kg", "sak", "zak", "dus", "unit", "buah", "bh", "biji", "ekor",
    "lembar", "lbr", "box", "karton", "ktn", "pak", "pack", "bal", "karung", "krg", "liter",
    "ltr", "rim", "lusin", "kodi", "roll", "meter", "btg", "batang", "botol", "btl", "galon",
    "ikat", "ons", "gram", "gr", "set", "porsi", "pasang", "psg", "potong", "ptg", "kotak",
    "bungkus", "bks", "sachet", "renteng", "tabung", "kubik", "m3", "item", "items",
})  # fmt: skip


def names_count(header: str) -> bool:
    """Whether a header names a count of goods by the unit it is counted in: a count's word,
    then its unit ("Jumlah (pcs)", "Jml (kg)", "Qty Sak"), the clearest count there is: never
    an amount of rupiah, whatever "Jumlah" alone may be.

    >>> names_count("Jumlah (pcs)"), names_count("Jml (kg)"), names_count("Jumlah Barang (dus)")
    (True, True, True)
    >>> names_count("Jumlah"), names_count("Jumlah (Rp)"), names_count("Harga/kg")
    (False, False, False)
    """
    words = normalise_header(header).split()
    return 2 <= len(words) <= 3 and words[0] in _COUNT_WORDS and words[-1] in GOODS_UNITS


def names_notes(header: str) -> bool:
    """Whether a header names a column of free notes (``NOTE_WORDS``).

    >>> names_notes("Uraian"), names_notes("Ket."), names_notes("Berita Transfer")
    (True, True, True)
    >>> names_notes("Jumlah"), names_notes("Nama Barang")
    (False, False)
    """
    return normalise_header(header) in NOTE_WORDS


def names_unit_price(header: str) -> bool:
    """Whether a header names the price of one unit of goods by that unit: "Harga/kg",
    "Harga per kg", "Hrg/sak", "Price per kg", the price a count of that unit ("Jml (kg)")
    is multiplied by; never the line's whole.

    >>> names_unit_price("Harga/kg"), names_unit_price("Harga per Kg"), names_unit_price("Hrg/sak")
    (True, True, True)
    >>> names_unit_price("Harga"), names_unit_price("Harga Jual"), names_unit_price("Total/kg")
    (False, False, False)
    """
    words = expand_abbreviations(normalise_header(header)).split()
    if words[1:2] == ["per"]:
        del words[1]
    return len(words) == 2 and words[0] in ("harga", "price") and words[1] in GOODS_UNITS


# "Belum" (not yet) as owners write it and say it: "blm", "blum", and the spoken "blom",
# "belom", "blon", "belon", "lom", "lum" ("blom lunas", "belom bayar": not paid). Whole words
# only: "sdh lunas" holds none.
NOT_YET_SPELLINGS: Final = frozenset({
    "blm", "blum", "blom", "belom", "blon", "belon", "lom", "lum",
})  # fmt: skip
NOT_YET: Final = rf"(?:belum|{'|'.join(sorted(NOT_YET_SPELLINGS))})"

# A payment, a settlement or a return only promised, on a condition, or asked for: none made
# ("janji bayar 500rb", "pot. 50.000 jika lunas s/d 10/09", "bila lunas sebelum 30/09",
# "minta retur 200rb", "ajukan retur 300.000 - blm disetujui"). Whole words only.
NOT_MADE_WORDS: Final = frozenset({
    "janji", "akan", "mau", "rencana", "jika", "bila", "kalau", "klo", "apabila", "asal", "asalkan",
    "minta", "diminta", "ajukan", "diajukan", "mengajukan", "pengajuan", "usul", "usulan",
    "diusulkan", "mengusulkan",
})  # fmt: skip
# ... or not approved yet, nor at all ("blm disetujui", "belum acc", "tidak disetujui").
_NOT_APPROVED: Final = re.compile(
    rf"\b(?:{NOT_YET}|tidak|tdk|tak)\s+(?:di)?(?:setujui|acc|approved?)\b"
)
_WORD: Final = re.compile(r"[a-z]+")


def not_made(text: str) -> bool:
    """Whether a note or a status says what it names is only promised, on a condition, asked
    for or not approved: no money came and nothing was sent back.

    >>> not_made("pot. 50.000 jika lunas s/d 10/09"), not_made("ajukan retur - blm disetujui")
    (True, True)
    >>> not_made("Belum ACC"), not_made("retur 200rb barang rusak"), not_made("Lunas")
    (True, False, False)
    """
    text = text.lower()
    return not NOT_MADE_WORDS.isdisjoint(_WORD.findall(text)) or bool(_NOT_APPROVED.search(text))


# Numbered payment columns ("Bayar 1", "Cicilan ke-2", "Pembayaran 3", and so with the amount's
# word before them: "Jml Bayar 1", "Jumlah Bayar 2", "Nominal Bayar 3", each instalment's
# figure beside its "Tgl Bayar 1") add up to what was paid, with a down payment beside them
# ("DP", "Uang Muka", an English book's "Deposit": the first part); so do columns named for the
# way each part came in ("Tunai", "Transfer", "Giro", "Bayar Tunai", "Tunai/TF", "Bank").
DOWN_PAYMENT_WORDS: Final = r"dp|uang muka|down payment|deposit|panjar|tanda jadi|bayar dp|dp awal"
# A note saying its money came ahead of the sale ("Titipan uang muka, faktur menyusul", "DP
# pesanan"): the down payment's words, and money left on account ("titipan").
PAID_AHEAD: Final = re.compile(rf"\b(?:{DOWN_PAYMENT_WORDS}|titipan)\b")
# A due date named for the event the money waits on (the harvest, payday): it yields to terms
# that read on the same row (``SheetReader._due_column``).
EVENT_DUE: Final = re.compile(r"\b(?:panen|gajian)\b")
# A discount given on an invoice or a payment ("Potongan", "Diskon"): what the shop let go.
DISCOUNT_WORDS: Final = frozenset({"potongan", "diskon", "disc", "discount", "potongan harga"})
# What a customer takes off the invoice when it pays, and the shop lets go: income tax it
# withholds and pays to the state for the shop (PPh 23 on a service, a government bendahara's
# PPh 22: the invoice is settled by the money and the bukti potong), the bank's transfer fee
# the shop bears ("Biaya TF (ditanggung toko)", "Biaya Bank"), the rounding ("Pembulatan").
# A column of them settles beside the money, as a discount given at payment does, where the
# rows' Sisa (or, with none, the rows paid off) shows it taken off (``takes_off``).
_DEDUCTION: Final = re.compile(
    r"(?:(?:potongan|potong|dipotong) )?pph(?: ?(?:pasal|ps))?(?: ?\d{1,2})?"
    r"(?: (?:dipotong|dipungut))?|"
    r"(?:biaya|adm|admin|biaya adm|biaya admin) (?:tf|trf|transfer|bank|antar bank)"
    r"(?: ditanggung (?:toko|kami|penjual|sendiri))?|"
    r"(?:selisih )?pembulatan"
)
# What a marketplace keeps of an order it pays out ("Biaya Admin"): the shop's cost, the order
# settled by it and the money released together.
FEE_WORDS: Final = frozenset({
    "biaya admin", "admin fee", "biaya layanan", "service fee", "biaya platform", "komisi",
    "commission", "potongan admin", "fee marketplace", "marketplace fee",
})  # fmt: skip


def takes_off(header: str) -> bool:
    """Whether a header names money taken off an invoice beside what was paid: a discount
    ("Potongan", "Diskon": ``DISCOUNT_WORDS``), or tax withheld, a transfer fee the shop bears
    or the rounding (``_DEDUCTION``).

    >>> takes_off("PPh 23"), takes_off("PPh 22 Dipotong"), takes_off("Potong PPh 23")
    (True, True, True)
    >>> takes_off("Biaya TF (ditanggung toko)"), takes_off("Biaya Bank"), takes_off("Pembulatan")
    (True, True, True)
    >>> takes_off("Diskon"), takes_off("Biaya TF (ditanggung pembeli)"), takes_off("Biaya")
    (True, False, False)
    """
    norm = normalise_header(header)
    return norm in DISCOUNT_WORDS or bool(_DEDUCTION.fullmatch(norm))


def settles_beside(header: str) -> bool:
    """Whether a payments table's column names money that settles beside what was received:
    what ``takes_off`` names, or a marketplace's fee kept of an order it pays out
    (``FEE_WORDS``).

    >>> settles_beside("PPh 23"), settles_beside("Biaya Admin"), settles_beside("Keterangan")
    (True, True, False)
    """
    return takes_off(header) or normalise_header(header) in FEE_WORDS


# A till's cards and wallets: ways to be paid at the sale, as cash is.
WALLETS: Final = r"qris|edc|kartu|card|ovo|gopay|shopeepay|e ?wallet"
# The ways money is paid ("Tunai", "Transfer", "tf", "QRIS"): a column of its own, or the words
# after a status's "sudah" ("sdh tf": ``rows.status_paid``).
PAYMENT_WAYS: Final = rf"tunai|cash|kontan|transfer|tf|trf|giro|setoran|bank|{WALLETS}"
# A giro, or a cheque beside it, by the names a column of them has: "Giro", "BG", "Bilyet
# Giro", "Giro/Cek", "Cek/Giro", "Giro / Cheque"; a cheque alone only by a word for paying
# ("Bayar Cek") or in English ("Cheque"): an owner's "Cek" column is often their check.
_GIRO_NAME: Final = r"(?:bilyet )?(?:giro|bg)"
GIRO_WAYS: Final = (
    rf"{_GIRO_NAME}(?: (?:cek|cheque|check|{_GIRO_NAME}))?|(?:cek|cheque|check) {_GIRO_NAME}|"
    r"cheques?"
)
PAYMENT_PART = re.compile(
    r"^(?:(?:(?:jumlah|jml|nilai|nominal) )?"
    r"(?:bayar|pembayaran|cicilan|angsuran|payment|dp|pelunasan)(?: ke)? ?\d+|"
    rf"{DOWN_PAYMENT_WORDS}|"
    rf"(?:(?:bayar|pembayaran|via) )?(?:{PAYMENT_WAYS})"
    r"(?: (?:tunai|cash|transfer|tf|trf|giro|bank))?|"
    rf"(?:(?:bayar|pembayaran|via) )?(?:{GIRO_WAYS})|(?:bayar|pembayaran|via) (?:cek|check))$"
)
DOWN_PAYMENT = re.compile(rf"^(?:{DOWN_PAYMENT_WORDS})$")
# A part paid by giro or cheque: money that has not come while its status says so.
GIRO_PART = re.compile(r"\b(?:giro|bg|cek|cheque)\b")


@lru_cache(maxsize=256)
def names_currency(header: str) -> bool:
    """Whether a header names a currency column ("Mata Uang", "Currency").

    >>> names_currency("Mata Uang"), names_currency("Kurs")
    (True, False)
    """
    return normalise_header(header) in _CURRENCY_HEADERS


def names_rupiah(header: str) -> bool:
    """Whether a header says its figures are in rupiah.

    >>> names_rupiah("Nilai (Rp)"), names_rupiah("Jumlah (Rupiah)"), names_rupiah("Nilai")
    (True, True, False)
    >>> names_rupiah("Nilai IDR"), names_rupiah("Nilai (USD/IDR)")
    (True, False)
    """
    return bool(_IN_RUPIAH.search(header)) and not _IN_OTHER.search(header)


@lru_cache(maxsize=1 << 12)  # a workbook's cards repeat their labels and titles' words
def other_currency(text: str, *, title: bool = False) -> str | None:
    """The currency other than rupiah that a figure's header ("Total (USD)") or, with
    ``title``, a title line above the table ("All amounts in USD") says its figures are in, as
    written; ``None`` where it names none, or rupiah too ("Nilai (USD/IDR)", "USD dikonversi
    ke Rupiah": which figure is which is not said).

    >>> other_currency("Total (USD)"), other_currency("Nilai (Rp)"), other_currency("Nilai")
    ('USD', None, None)
    >>> other_currency("All amounts in USD", title=True), other_currency("Kurs: SGD", title=True)
    ('USD', None)
    >>> other_currency("Kurs USD 15.500", title=True), other_currency("Nilai (USD/IDR)")
    (None, None)
    >>> other_currency("nilai dalam US Dollar", title=True), other_currency("Nilai (US$)")
    ('US Dollar', 'US$')
    """
    found = (_CURRENCY_NOTE if title else _IN_OTHER).search(text)
    if found is None or _IN_RUPIAH.search(text):
        return None
    return next(word for word in found.groups() if word)


def expand_abbreviations(norm: str) -> str:
    """'jml bayar' → 'jumlah bayar'.

    >>> expand_abbreviations("cust name")
    'customer name'
    >>> expand_abbreviations("hrg satuan")
    'harga satuan'
    """
    return " ".join(ABBREVIATIONS.get(word, word) for word in norm.split())


def payment_parts(header_cells: Sequence[object]) -> list[int]:
    """Indices of numbered payment columns ("Bayar 1", "Bayar 2"), in order; a down payment
    beside one other paid column ("Uang Muka" and "Terbayar") is two parts too. Not beside a
    total ("Total Dibayar" holds the down payment already). A giro column with no other column
    of what was paid is one part: a giro is paid as the other parts by giro are (its money
    counts unless its row's status says it has not come).

    >>> payment_parts(["Pelanggan", "Jumlah", "Bayar 1", "Bayar 2", "Sisa"])
    [2, 3]
    >>> payment_parts(["Jumlah", "Tgl Bayar 1", "Jml Bayar 1", "Tgl Bayar 2", "Jml Bayar 2"])
    [2, 4]
    >>> payment_parts(["Harga", "DP", "Cicilan 1", "Cicilan 2"]), payment_parts(["Harga", "DP"])
    ([1, 2, 3], [])
    >>> payment_parts(["Jumlah", "Tunai", "Transfer", "Giro", "No. Giro", "Status Giro"])
    [1, 2, 3]
    >>> payment_parts(["Pelanggan", "Tunai", "QRIS", "Total"])
    [1, 2]
    >>> payment_parts(["Nilai", "Uang Muka", "Terbayar"]), payment_parts(["DP", "Total Dibayar"])
    ([1, 2], [])
    >>> payment_parts(["Invoice Total", "Deposit", "Payments", "Balance Due"])
    [1, 2]
    >>> payment_parts(["Jumlah", "Giro", "Status Giro"]), payment_parts(["Bayar", "Giro"])
    ([1], [])
    >>> payment_parts(["Total", "Tunai", "Giro/Cek"]), payment_parts(["Total", "Bilyet Giro"])
    ([1, 2], [1])
    >>> payment_parts(["Total", "Tunai", "Cek"]), payment_parts(["Total", "Cek/Giro"])
    ([], [1])
    """
    found, paid = [], []
    for index, cell in enumerate(header_cells):
        if not isinstance(cell, str):
            continue
        norm = expand_abbreviations(normalise_header(cell))
        if PAYMENT_PART.match(norm):
            found.append(index)
        elif _LOOKUP.get(norm) == "paid":
            paid.append(index)
    if len(found) == 1:
        part = expand_abbreviations(normalise_header(cast(str, header_cells[found[0]])))
        if not paid and GIRO_PART.search(part):
            return found
        if len(paid) == 1 and DOWN_PAYMENT.match(part):
            beside = expand_abbreviations(normalise_header(cast(str, header_cells[paid[0]])))
            if not beside.startswith(("total", "jumlah")):
                found = sorted(found + paid)
    return found if len(found) >= 2 else []


@dataclass(frozen=True, slots=True)
class Guess:
    """One header cell's best field, with how sure the match is."""

    field: Field
    confidence: int
    method: Method


# The words that begin a header of numbers ("No", "Nomor", "Kode", "ID"), and the papers of a
# payment received such a header may number: the payment's own number (``guess_field``).
_NUMBER_LEAD: Final = frozenset({"no", "nomor", "nomer", "kode", "id", "#", "number", "nr"})
_PAYMENT_PAPER: Final = frozenset({
    "pembayaran", "penerimaan", "pelunasan", "kwitansi", "kuitansi", "receipt", "payment",
    "bayar",
})  # fmt: skip


# A return's word followed by why the goods came back, or what they were: "Retur ED" (a
# pharmacy's goods past their expiry date), "Retur Expired", "Retur Rusak", "Retur Basi" (a
# bakery's stale bread), "Return (Damaged)". Not what else is said of the return: its number,
# date, count or unit, its reason in words, its status or notes ("No Retur", "Retur Qty",
# "Retur Pcs", "Alasan Retur", "Retur Ket"), nor a return of what the shop bought ("Retur
# Beli"), nor numbered ("Retur 1").
_RETURN_LEAD: Final = frozenset({"retur", "return", "returns", "retour"})
_NOT_WHY: Final = frozenset({
    *_NUMBER_LEAD, *_COUNT_WORDS, *GOODS_UNITS, *KEYWORDS,
    *(word for note in NOTE_WORDS for word in note.split()),
    "qty", "pcs", "alasan", "reason", "sebab", "status", "beli", "pembelian", "purchase",
    "purchases", "persen", "percent", "tgl", "tanggal", "date", "hari", "bulan",
})  # fmt: skip


def names_returns_why(norm: str) -> bool:
    """Whether a header (normalised) names returns by why the goods came back ("retur ed",
    "retur rusak", "return damaged"), not another thing said of them (``_NOT_WHY``).

    >>> names_returns_why("retur ed"), names_returns_why("retur barang rusak")
    (True, True)
    >>> names_returns_why("retur qty"), names_returns_why("retur"), names_returns_why("retur 1")
    (False, False, False)
    """
    words = norm.split()
    return (
        2 <= len(words) <= 3
        and words[0] in _RETURN_LEAD
        and _NOT_WHY.isdisjoint(words[1:])
        and not any(word.isdecimal() for word in words[1:])
    )


# Every sheet of a sheet-per-month ledger repeats its title and header rows: each text is
# judged once (a Guess is immutable, so sharing one is safe).
@lru_cache(maxsize=4096)
def guess_field(header: str) -> Guess | None:
    """The field a header names, or ``None``.

    >>> guess_field("Nama Pelanggan")
    Guess(field='customer', confidence=100, method='exact')
    >>> guess_field("Tgl Jatuh Tempo").field, guess_field("Jumlah (Rp)").field
    ('due_date', 'amount')
    >>> guess_field("Freight Terms"), guess_field("Shipping Terms"), guess_field("Tempo Kirim")
    (None, None, None)

    Two names of one field joined by a slash ("Nama Toko/Warung", "Toko / Warung": a
    wholesaler's customers are shops and warungs; "Keterangan / Description") are its first
    name, a little less sure, so that a plain name beside it ("Pelanggan | Toko/Warung" of
    each customer's kind of shop) is read first; a slash between other words names nothing
    more than they do ("Nama/Alamat", "Harga/kg").

    >>> guess_field("Nama Toko/Warung"), guess_field("Nama Toko / Warung").field
    (Guess(field='customer', confidence=90, method='exact'), 'customer')
    >>> guess_field("Nama/Alamat"), guess_field("Toko/Alamat")
    (None, None)
    """
    first = _first_of_two(header)
    if first is not None:
        found = guess_field(first)
        return None if found is None else Guess(found.field, found.confidence - 10, found.method)
    norm = normalise_header(header)
    if not norm:
        return None
    exact = _LOOKUP.get(norm)
    if not exact:
        norm = expand_abbreviations(norm)
        exact = _LOOKUP.get(norm)
    if exact:
        return Guess(exact, WEAK.get(norm, 100), "exact")
    if names_count(norm):
        return None  # a count of goods ("Jumlah (pcs)"): no field of money
    words = norm.split()
    if words[0] in _NUMBER_LEAD and not _PAYMENT_PAPER.isdisjoint(words[1:]):
        # A payment's own number ("No Pembayaran", "Nomor Penerimaan", "ID Pembayaran"), read
        # as "No Bukti" is: never its figure, however near "Pembayaran" it is spelt.
        return Guess("invoice_no", 90, "keyword")
    if _DEDUCTION.fullmatch(norm):
        return None  # taken off beside the money ("Biaya Transfer"), none paid: ``takes_off``
    if names_returns_why(norm):
        return Guess("returned", 85, "keyword")
    if len(norm) >= 4:
        match = process.extractOne(norm, _PHRASES, scorer=fuzz.ratio, score_cutoff=86)
        if match:
            return Guess(_LOOKUP[match[0]], int(match[1]), "fuzzy")
    for word in norm.split():
        field = KEYWORDS.get(word)
        if field:
            # Compound names resolve by their stronger word: "tanggal jatuh tempo" is a due date.
            if field == "invoice_date" and ("jatuh" in norm or "tempo" in norm or "due" in norm):
                field = "due_date"
            if field == "invoice_date" and ("bayar" in norm or "lunas" in norm):
                field = "payment_date"
            if field == "amount" and ("bayar" in norm or "paid" in norm):
                field = "paid"
            if field == "terms" and not SENDING_WORDS.isdisjoint(norm.split()):
                return None  # "Freight Terms": delivery terms (FOB, CIF), not a tempo
            return Guess(field, 70, "keyword")
    return None


def _phrase(label: str) -> str:
    """A header's name as ``guess_field`` looks it up: normalised, its short words spelt out
    where the short form names nothing."""
    norm = normalise_header(label)
    return norm if norm in _LOOKUP else expand_abbreviations(norm)


def names_total(phrase: str) -> bool:
    """Whether a header names a row's whole: "Total", "Jumlah", "Grand Total", "Total
    Tagihan"; not a total of the tab ("Jumlah Bon"), nor what was paid ("Total Bayar").

    >>> names_total("grand total"), names_total("jumlah bon"), names_total("total bayar")
    (True, False, False)
    """
    words = set(phrase.split())
    return (
        _LOOKUP.get(phrase) == "amount"
        and bool(words & {"total", "jumlah"})
        and not words & TAB_WORDS
    )


# What else a row may be charged beside a workshop's work: its spare parts, and any figure
# named for a cost or a price ("Biaya Sparepart", "Ongkos Kirim", "Harga Part").
_COST_WORDS: Final = re.compile(
    r"^(?:biaya|ongkos|harga)\b|\b(?:spare ?parts?|sparepart|suku cadang|onderdil|parts?)\b"
)


def _money_of_row(labels: Sequence[str], i: int) -> bool:
    """Whether column ``i`` names money the row is charged: an amount's name ("Harga",
    "Jumlah"), or no field's with a cost's or a part's word ("Biaya Sparepart", "Onderdil")."""
    if not labels[i]:
        return False
    guess = guess_field(labels[i])
    if guess is not None:
        return guess.field == "amount"
    return bool(_COST_WORDS.search(_phrase(labels[i])))


def total_parts(labels: Sequence[str], whole: int | None = None) -> dict[int, Guess | None]:
    """The columns that are parts of a total beside them, by index: what each is instead of
    the amount (``None``: no field). Beside a row's total, the trade's charge ("Ongkir",
    "Biaya Kirim") is one of the things it adds up (owed on top of it where the book's own
    balance says so: ``charge_parts``), and beside a Grand Total so is any other
    total ("Total Harga", "Subtotal"); beside a total and what was paid of it, what is on the
    tab ("Hutang", "Kasbon") or the receivable ("Total | Terbayar | Piutang") is what is left
    to pay, its balance (a Sisa, checked as one; a
    total that runs over the rows makes it the amount again: ``ingest._with_running``).
    ``whole``: a column named for paying that the rows show is the row's whole to pay ("Total
    | Biaya Admin | Total Bayar": ``layout.total_to_pay``), the amount as a Grand Total is, the
    totals beside it its parts.
    Without a total, a workshop's charge ("Biaya Servis") is the amount, but beside the row's
    other money ("Biaya Sparepart") a part of a whole the book does not write; and the freight
    beside the row's amount ("Subtotal | Ongkir", "Harga | Biaya Kirim") is owed on top of it
    (``charge_parts``), no amount by itself.

    >>> total_parts(["Pelanggan", "Ongkir", "Total"]), total_parts(["Pelanggan", "Ongkir"])
    ({1: None}, {})
    >>> total_parts(["Pelanggan", "Total Harga", "Biaya Kirim", "Grand Total"])
    {1: None, 2: None}
    >>> total_parts(["Nama", "Jumlah", "Bayar", "Kasbon"])
    {3: Guess(field='balance', confidence=90, method='exact')}
    >>> total_parts(["Nama", "Bon", "Bayar", "Total Bon"]), total_parts(["Nama", "Total", "Bon"])
    ({}, {})
    >>> total_parts(["Nama", "Total", "Terbayar", "Piutang"]), total_parts(["Nama", "Piutang"])
    ({3: Guess(field='balance', confidence=90, method='exact')}, {})
    >>> total_parts(["Pelanggan", "Nilai Faktur", "Potongan", "Total"])
    {1: None}
    >>> total_parts(["Customer", "Amount", "Shipping", "Total", "Paid", "Balance"])
    {1: None, 2: None}
    >>> total_parts(["Pelanggan", "Total", "Biaya Admin", "Total Bayar"], whole=3)
    {1: None, 3: Guess(field='amount', confidence=100, method='exact')}
    >>> total_parts(["Nama", "Biaya Servis"]), total_parts(["Nama", "Biaya Jasa", "Sparepart"])
    ({}, {1: None})
    >>> total_parts(["Nama", "Biaya Jasa", "Biaya Sparepart", "Total Biaya"])
    {1: None}
    >>> total_parts(["Nama", "Subtotal", "Ongkir"]), total_parts(["Nama", "Ongkir", "Bayar"])
    ({2: None}, {})
    """
    phrases = [_phrase(label) if label else "" for label in labels]
    totals = [i for i, phrase in enumerate(phrases) if names_total(phrase) or i == whole]
    paid = any(
        (g := guess_field(label)) and g.field == "paid"
        for i, label in enumerate(labels)
        if label and i != whole
    )
    if not totals:
        return _parts_untotalled(labels, phrases, paid)
    grand = [i for i in totals if phrases[i].startswith("grand total") or i == whole]
    # A discount or the freight between: the figure before it is the goods' gross, the total
    # after it what is owed ("Nilai Faktur | Potongan | Total", "Amount | Shipping | Total").
    between = [i for i, phrase in enumerate(phrases) if phrase in DISCOUNT_WORDS | FREIGHT_WORDS]
    parts: dict[int, Guess | None] = {}
    for i, phrase in enumerate(phrases):
        charged = phrase in CHARGED_WORDS
        under_grand = bool(grand) and i not in grand and (i in totals or phrase == "subtotal")
        gross = (
            bool(between)
            and i < between[0] < max(totals)
            and i not in totals
            and phrase not in TAB_WORDS
            and _LOOKUP.get(phrase) == "amount"
        )
        if i == whole:
            parts[i] = Guess("amount", 100, "exact")
        elif charged or under_grand or gross:
            parts[i] = None
        elif paid and phrase in LEFT_WORDS and _LOOKUP.get(phrase) == "amount":
            parts[i] = Guess("balance", 90, "exact")
    return parts


def unwritten_whole(labels: Sequence[str]) -> list[int]:
    """The columns of a row's money that are parts of a whole no column writes: a workshop's
    charge beside the row's other money ("Biaya Jasa | Biaya Sparepart", no Total:
    ``total_parts``), in their order; none where a column totals the row.

    >>> unwritten_whole(["Nama", "Biaya Jasa", "Biaya Sparepart", "Bayar"])
    [1, 2]
    >>> unwritten_whole(["Nama", "Biaya Jasa", "Biaya Sparepart", "Total"])
    []
    """
    phrases = [_phrase(label) if label else "" for label in labels]
    if any(map(names_total, phrases)):
        return []
    parts = total_parts(labels)
    if not any(part is None and phrases[i] in SERVICE_WORDS for i, part in parts.items()):
        return []
    return [i for i in range(len(labels)) if _money_of_row(labels, i)]


def _parts_untotalled(
    labels: Sequence[str], phrases: Sequence[str], paid: bool
) -> dict[int, Guess | None]:
    """``total_parts`` of a row no column totals. A workshop's charge beside the row's other
    money ("Biaya Jasa | Biaya Sparepart") is one part of a whole the book does not write: no
    amount by itself. The freight beside the row's amount ("Subtotal | Ongkir") is owed on top
    of it, and what is on the tab ("Hutang") beside the row's amount and what was paid
    ("Subtotal | Bayar | Hutang") is what is left to pay, as beside a total; the tax beside
    the base it is worked out on ("Harga | PPN 11%", "DPP | PPN") is owed on top of it, as the
    freight is; after a discount
    ("Subtotal | Diskon | Hutang | Dibayar") it is the net the sale owes, the amount.

    >>> _parts_untotalled(["Subtotal", "Bayar", "Hutang"], ["subtotal", "bayar", "hutang"], True)
    {2: Guess(field='balance', confidence=90, method='exact')}
    >>> _parts_untotalled(["Nama", "Bayar", "Hutang"], ["nama", "bayar", "hutang"], True)
    {}
    >>> _parts_untotalled(["Nama", "Bayar", "Piutang"], ["nama", "bayar", "piutang"], True)
    {}
    >>> _parts_untotalled(["Subtotal", "Diskon", "Hutang"], ["subtotal", "diskon", "hutang"], True)
    {}
    >>> _parts_untotalled(["DPP", "PPN", "Bayar"], ["dpp", "ppn", "bayar"], True)
    {1: None}
    """
    freight = any(map(_freighted, labels)) and bool(FREIGHT_WORDS.intersection(phrases))
    # An amount of the sale beside the tab, not the tab's own running total ("Total Bon"), nor
    # the receivable that would be its balance ("Bayar | Piutang").
    amounts = any(
        _freighted(label) and TAB_WORDS.isdisjoint(phrase.split()) and phrase not in LEFT_WORDS
        for label, phrase in zip(labels, phrases, strict=True)
    )
    # The tax beside the base it is worked out on ("Harga | PPN 11%", "DPP | PPN"), every
    # amount the row names such a base (or freight): owed on top of it, as the freight is.
    money = [
        phrase
        for label, phrase in zip(labels, phrases, strict=True)
        if label and (g := guess_field(label)) is not None and g.field == "amount"
    ]
    taxed = TAXED_WORDS.intersection(money) and set(money) <= TAXED_WORDS | FREIGHT_WORDS
    parts: dict[int, Guess | None] = {}
    for i, phrase in enumerate(phrases):
        if (
            (phrase in FREIGHT_WORDS and freight)
            or (taxed and names_tax(phrase))
            or (
                phrase in SERVICE_WORDS
                and any(_money_of_row(labels, j) for j in range(len(labels)) if j != i)
            )
        ):
            parts[i] = None
        elif (
            amounts
            and paid
            and phrase in LEFT_WORDS
            and _LOOKUP.get(phrase) == "amount"
            and not _net_after_discount(labels, phrases, i)
        ):
            parts[i] = Guess("balance", 90, "exact")
    return parts


def _net_after_discount(labels: Sequence[str], phrases: Sequence[str], i: int) -> bool:
    """Whether column ``i`` comes after a discount with no paid column between: the net the
    sale owes ("Subtotal | Diskon | Hutang | Dibayar"), not what is left once paid ("Subtotal
    | Diskon | Dibayar | Hutang").

    >>> labels = ["Subtotal", "Diskon", "Hutang", "Dibayar"]
    >>> _net_after_discount(labels, [label.lower() for label in labels], 2)
    True
    >>> labels = ["Subtotal", "Diskon", "Dibayar", "Hutang"]
    >>> _net_after_discount(labels, [label.lower() for label in labels], 3)
    False
    """
    discounts = [j for j in range(i) if phrases[j] in DISCOUNT_WORDS]
    return bool(discounts) and not any(
        (g := guess_field(labels[j])) is not None and g.field == "paid"
        for j in range(discounts[-1] + 1, i)
        if labels[j]
    )


def _freighted(label: str) -> bool:
    """Whether a header names the amount of a row the freight may be charged on top of:
    "Subtotal", "Sub Total", "Harga", "Nilai", "Sewa"; not another freight, nor what is on the
    tab ("Bon", "Hutang": a balance beside what was paid)."""
    guess = guess_field(label) if label else None
    return (
        guess is not None
        and guess.field == "amount"
        and _phrase(label) not in FREIGHT_WORDS | TAB_WORDS
    )


def charge_parts(labels: Sequence[str]) -> tuple[list[int], bool]:
    """The trade's charges ("Ongkir", "Biaya Kirim") that ``total_parts`` makes parts of the
    row's money beside them, and whether that is no total: beside a total ("Total | Ongkir")
    owed inside it by their names, on top of it where the book's own balance says so; beside
    an amount of no total's name ("Subtotal | Ongkir", "Harga | Biaya Jasa") on top of it by
    their names, unless the balance says inside (``layout.charge_on_top``); so is the tax
    beside its base ("Harga | PPN 11%", "DPP | PPN": ``names_tax``).

    >>> charge_parts(["Nama", "Total", "Ongkir", "Bayar", "Hutang"]), charge_parts(["Ongkir"])
    (([2], False), ([], True))
    >>> charge_parts(["Nama", "Subtotal", "Ongkir", "Bayar", "Sisa"])
    ([2], True)
    >>> charge_parts(["Nama", "Harga", "PPN 11%", "Bayar"]), charge_parts(["Harga", "PPN", "Total"])
    (([2], True), ([], False))
    """
    parts = total_parts(labels)
    charges = [
        i
        for i, part in parts.items()
        if part is None and ((phrase := _phrase(labels[i])) in CHARGED_WORDS or names_tax(phrase))
    ]
    return charges, not any(names_total(_phrase(label)) for label in labels if label)


@dataclass(frozen=True, slots=True)
class ColumnChoice:
    """The column taken for a field: its index in the row, its header text, and how sure."""

    field: Field
    index: int
    header: str
    confidence: int
    method: Method


def map_columns(
    header_cells: Sequence[object],
    overrides: Mapping[str, str | None] | None = None,
    whole: int | None = None,
) -> dict[Field, ColumnChoice]:
    """Assign fields to the cells of a header row, best matches first, each field and column once.

    ``overrides`` maps a field to the header text the owner chose for it (or to ``None``/"" to
    say the file has no such column); those win over any guess. ``whole``: a column named for
    paying that is the row's whole to pay (``total_parts``).
    """
    labels = [str(cell).strip() if cell not in (None, "") else "" for cell in header_cells]
    chosen: dict[Field, ColumnChoice] = {}
    taken: set[int] = set()
    blocked: set[str] = set()
    if overrides:
        wanted = {normalise_header(text): name for name, text in overrides.items() if text}
        blocked = {name for name, text in overrides.items() if not text}
        for index, label in enumerate(labels):
            name = wanted.get(normalise_header(label)) if label else None
            if name in SYNONYMS and name not in chosen:
                field: Field = name  # type: ignore[assignment]
                chosen[field] = ColumnChoice(field, index, label, 100, "user")
                taken.add(index)
    # Beside a currency column ("Mata Uang": IDR, USD), a figure's column in rupiah ("Nilai
    # (Rp)") is read over one in each row's own currency ("Nilai"); not a weak name's ("Harga
    # (Rp)", a unit price, is no invoice's value).
    currency = any(map(names_currency, labels))
    parts = total_parts(labels, whole)
    candidates: list[tuple[bool, int, int, Guess]] = []
    for index, label in enumerate(labels):
        if label and index not in taken:
            guess = parts[index] if index in parts else guess_field(label)
            if guess:
                rupiah = (
                    currency
                    and guess.field in _MONEY
                    and guess.confidence >= 80
                    and names_rupiah(label)
                )
                candidates.append((rupiah, guess.confidence, -index, guess))
    for *_, neg_index, guess in sorted(candidates, key=lambda c: c[:3], reverse=True):
        index = -neg_index
        if guess.field in chosen or guess.field in blocked or index in taken:
            continue
        chosen[guess.field] = ColumnChoice(
            guess.field, index, labels[index], guess.confidence, guess.method
        )
        taken.add(index)
    due = next((i for i, label in enumerate(labels) if normalise_header(label) == "due"), None)
    if (
        due is not None
        and due not in taken
        and "due_date" in chosen
        and not {"balance"} & {*chosen, *blocked}
    ):
        # "Due" beside the due date's own column is what is still due (Xero's invoice list:
        # "Due Date | Paid | Due").
        chosen["balance"] = ColumnChoice("balance", due, labels[due], 80, "keyword")
    return chosen
