"""One translation table for every sentence a user reads, Bahasa Indonesia first.

Pages, the CLI and problem reports all ask ``t(key, lang, **params)``; no other module holds a
user-facing sentence of its own.
"""

from __future__ import annotations

from typing import Final, Literal

Lang = Literal["id", "en"]
LANGS: Final[tuple[Lang, ...]] = ("id", "en")

TEXTS: Final[dict[str, dict[str, str]]] = {
    # Files that cannot be read at all.
    "file.unreadable": {
        "id": "Berkas '{file}' tidak dapat dibaca: {reason}",
        "en": "File '{file}' cannot be read: {reason}",
    },
    "file.empty": {"id": "berkasnya kosong (0 byte).", "en": "the file is empty (0 bytes)."},
    "file.missing": {"id": "berkas tidak ditemukan.", "en": "the file does not exist."},
    "file.not_spreadsheet": {
        "id": "ini bukan lembar kerja Excel, LibreOffice atau CSV.",
        "en": "it is not an Excel, LibreOffice or CSV spreadsheet.",
    },
    "file.html": {
        "id": "isinya halaman web (HTML), bukan Excel. Buka di Excel lalu simpan sebagai .xlsx.",
        "en": "it holds a web page (HTML), not Excel. Open it in Excel and save it as .xlsx.",
    },
    "file.pdf": {
        "id": "ini berkas PDF, bukan lembar kerja. Ekspor buku piutang ke Excel atau CSV.",
        "en": "it is a PDF, not a spreadsheet. Export the ledger to Excel or CSV.",
    },
    "file.password": {
        "id": "berkas dilindungi kata sandi. Buka di Excel, hapus kata sandinya, lalu simpan lagi.",
        "en": "the file is password-protected. Open it in Excel, remove the password, save again.",
    },
    "file.corrupt": {
        "id": "berkas rusak atau terpotong (mungkin unduhan belum selesai).",
        "en": "the file is damaged or incomplete (perhaps a download that did not finish).",
    },
    "file.too_big": {
        "id": "berkas terlalu besar untuk dibaca dengan aman ({detail}).",
        "en": "the file is too large to read safely ({detail}).",
    },
    "file.no_ledger": {
        "id": "tidak ada lembar berisi daftar piutang (kolom pelanggan dan jumlah) di berkas ini.",
        "en": "no sheet in it holds a receivables list (customer and amount columns).",
    },
    "file.encoding": {
        "id": "teksnya tidak dapat dibaca (pengodean tidak dikenal).",
        "en": "its text cannot be decoded (unknown encoding).",
    },
    "file.unknown_error": {
        "id": "terjadi kesalahan tak terduga saat membaca ({detail}).",
        "en": "an unexpected error happened while reading ({detail}).",
    },
    # Sheets left aside.
    "sheet.no_header": {
        "id": "tidak ada baris judul kolom (pelanggan dan jumlah) di 30 baris pertama",
        "en": "no header row (customer and amount) in the first 30 rows",
    },
    "sheet.summary_only": {
        "id": "tampak seperti rekap/pivot: ada pelanggan dan jumlah, tapi tanpa nomor faktur atau tanggal",
        "en": "looks like a summary or pivot: customer and amount, but no invoice number or date",
    },
    "sheet.empty": {"id": "lembar kosong", "en": "the sheet is empty"},
    "sheet.hidden_chart": {"id": "lembar grafik, bukan tabel", "en": "a chart sheet, not a table"},
    "sheet.duplicate_file": {
        "id": "isi berkas sama persis dengan '{other}', dihitung sekali",
        "en": "same content as '{other}', counted once",
    },
    # Problem rows.
    "problem.missing-customer": {
        "id": "Nama pelanggan kosong; baris ini tidak dihitung.",
        "en": "No customer name; the row is left out.",
    },
    "problem.missing-amount": {
        "id": "Jumlah tagihan kosong; baris ini tidak dihitung.",
        "en": "No invoice amount; the row is left out.",
    },
    "problem.invalid-amount": {
        "id": "'{value}' bukan jumlah uang; baris ini tidak dihitung.",
        "en": "'{value}' is not an amount of money; the row is left out.",
    },
    "problem.negative-amount": {
        "id": "Jumlah negatif ({value}); baris ini tidak dihitung.",
        "en": "Negative amount ({value}); the row is left out.",
    },
    "problem.invalid-paid": {
        "id": "'{value}' bukan jumlah pembayaran yang sah; baris ini tidak dihitung.",
        "en": "'{value}' is not a valid paid amount; the row is left out.",
    },
    "problem.invalid-date": {
        "id": "'{value}' bukan tanggal yang sah; baris ini tidak dihitung.",
        "en": "'{value}' is not a real date; the row is left out.",
    },
    "problem.invalid-terms": {
        "id": "'{value}' bukan jumlah hari tempo; baris ini tidak dihitung.",
        "en": "'{value}' is not a number of days; the row is left out.",
    },
    "problem.missing-due-date": {
        "id": "Tidak ada tanggal faktur maupun jatuh tempo; baris ini tidak dihitung.",
        "en": "Neither an invoice date nor a due date; the row is left out.",
    },
    "problem.payment-missing-invoice": {
        "id": "Pembayaran tanpa nomor faktur atau pelanggan; tidak dapat dicocokkan.",
        "en": "A payment with no invoice number or customer; it cannot be matched.",
    },
    "problem.unmatched-payment": {
        "id": "Pembayaran untuk faktur '{value}' yang tidak ada di buku piutang; tidak dihitung.",
        "en": "A payment for invoice '{value}', which is not in the ledger; not counted.",
    },
    "problem.conflicting-invoice": {
        "id": "Nomor faktur '{value}' muncul lagi dengan isi berbeda; keduanya dihitung, mohon periksa.",
        "en": "Invoice number '{value}' appears again with other details; both count, please check.",
    },
    # Column fields, as the owner would name them.
    "field.invoice_no": {"id": "No. Faktur", "en": "Invoice no."},
    "field.customer": {"id": "Pelanggan", "en": "Customer"},
    "field.invoice_date": {"id": "Tanggal faktur", "en": "Invoice date"},
    "field.due_date": {"id": "Jatuh tempo", "en": "Due date"},
    "field.terms": {"id": "Tempo (hari)", "en": "Terms (days)"},
    "field.amount": {"id": "Jumlah", "en": "Amount"},
    "field.paid": {"id": "Dibayar", "en": "Paid"},
    "field.balance": {"id": "Sisa", "en": "Balance"},
    "field.status": {"id": "Status", "en": "Status"},
    "field.phone": {"id": "No. HP", "en": "Phone"},
    "field.email": {"id": "E-mail", "en": "E-mail"},
    "field.address": {"id": "Alamat", "en": "Address"},
    "field.cost": {"id": "HPP / modal", "en": "Cost of goods"},
    "field.payment_date": {"id": "Tanggal bayar", "en": "Payment date"},
    "field.row_no": {"id": "No. urut", "en": "Row no."},
    # The summary, as the CLI and the first page show it.
    "summary.title": {"id": "Ringkasan piutang per {today}", "en": "Receivables as of {today}"},
    "summary.invoices": {"id": "Faktur", "en": "Invoices"},
    "summary.open_invoices": {"id": "Faktur belum lunas", "en": "Open invoices"},
    "summary.customers_with_balance": {
        "id": "Pelanggan yang masih berutang",
        "en": "Customers with a balance",
    },
    "summary.outstanding": {"id": "Total piutang", "en": "Total outstanding"},
    "summary.overdue": {"id": "Sudah lewat jatuh tempo", "en": "Overdue"},
    "summary.aging": {"id": "Umur piutang", "en": "Aging"},
    "summary.problems": {"id": "Baris bermasalah", "en": "Problem rows"},
    "summary.ignored_sheets": {"id": "Lembar yang dilewati", "en": "Sheets left aside"},
    "summary.default_term": {
        "id": "{count} faktur tanpa jatuh tempo/tempo: dipakai tempo bawaan {days} hari.",
        "en": "{count} invoices without a due date or terms: the default of {days} days was used.",
    },
    "summary.no_problems": {"id": "Tidak ada baris bermasalah.", "en": "No problem rows."},
    "bucket.current": {"id": "Belum jatuh tempo", "en": "Current"},
    "bucket.1-30": {"id": "1-30 hari", "en": "1-30 days"},
    "bucket.31-60": {"id": "31-60 hari", "en": "31-60 days"},
    "bucket.61-90": {"id": "61-90 hari", "en": "61-90 days"},
    "bucket.90+": {"id": "> 90 hari", "en": "> 90 days"},
    "col.file": {"id": "Berkas", "en": "File"},
    "col.sheet": {"id": "Lembar", "en": "Sheet"},
    "col.row": {"id": "Baris", "en": "Row"},
    "col.column": {"id": "Kolom", "en": "Column"},
    "col.reason": {"id": "Alasan", "en": "Reason"},
    # The dashboard.
    "app.title": {"id": "Tagih", "en": "Tagih"},
    "app.tagline": {
        "id": "Siapa berutang berapa, sejak kapan, dan apa yang perlu dilakukan hari ini.",
        "en": "Who owes what, since when, and what to do about it today.",
    },
    "nav.overview": {"id": "Ringkasan", "en": "Overview"},
    "ui.language": {"id": "Bahasa", "en": "Language"},
    "ui.as_of": {"id": "Per tanggal", "en": "As of"},
    "ui.demo": {
        "id": "Ini contoh buku piutang ({file}) agar layar pertama tidak kosong.",
        "en": "This is a demo ledger ({file}) so the first screen is never empty.",
    },
    "ui.overdue_share": {"id": "{share} dari total piutang", "en": "{share} of the total"},
    "ui.aging_chart": {"id": "Umur piutang", "en": "Aging"},
    "ui.bucket": {"id": "Kelompok umur", "en": "Bucket"},
    "ui.amount": {"id": "Jumlah", "en": "Amount"},
    "ui.problems_none": {"id": "Semua baris terbaca.", "en": "Every row was read."},
    "ui.unexpected": {
        "id": "Maaf, terjadi kesalahan. Rinciannya dicatat di {log}.",
        "en": "Sorry, something went wrong. The details are in {log}.",
    },
    "cli.unexpected": {
        "id": "Tagih mengalami kesalahan tak terduga ({detail}). Rinciannya ada di {log}.",
        "en": "Tagih hit an unexpected error ({detail}). Details are in {log}.",
    },
    "cli.bad_date": {
        "id": "Tanggal '{value}' tidak sah; tulis sebagai TTTT-BB-HH, misalnya 2026-11-23.",
        "en": "Date '{value}' is not valid; write it as YYYY-MM-DD, e.g. 2026-11-23.",
    },
}


def t(key: str, lang: Lang = "id", /, **params: object) -> str:
    """The sentence for ``key`` in ``lang`` with ``params`` filled in.

    >>> t("summary.title", "en", today="23 Nov 2026")
    'Receivables as of 23 Nov 2026'
    """
    entry = TEXTS[key]
    text = entry.get(lang) or entry["id"]
    return text.format(**params) if params else text
