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
        "id": "Ini buku piutang contoh agar layar pertama tidak kosong. Unggah berkas Anda sendiri di halaman Unggah, lalu hapus data contoh di sana.",
        "en": "This is a demo ledger so the first screen is never empty. Upload your own files on the Upload page and clear the demo there.",
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
    # Navigation and shared UI words.
    "nav.customers": {"id": "Pelanggan", "en": "Customers"},
    "nav.upload": {"id": "Unggah", "en": "Upload"},
    "nav.settings": {"id": "Pengaturan", "en": "Settings"},
    "ui.demo_badge": {"id": "Memakai data contoh.", "en": "Using demo data."},
    "ui.empty_ledger": {
        "id": "Belum ada buku piutang. Unggah berkas Excel atau CSV Anda untuk mulai.",
        "en": "No ledger yet. Upload your Excel or CSV files to start.",
    },
    "ui.collected_30d": {"id": "Tertagih 30 hari terakhir", "en": "Collected, last 30 days"},
    "ui.collected_help": {
        "id": "Jumlah pembayaran bertanggal dalam 30 hari sampai tanggal acuan (dari lembar pembayaran).",
        "en": "Dated payments in the 30 days up to the as-of date (from a payments sheet).",
    },
    "ui.dso": {"id": "DSO (lama penagihan)", "en": "DSO (days sales outstanding)"},
    "ui.dso_help": {
        "id": "Rumus sederhana: total piutang ÷ penjualan kredit 90 hari terakhir × 90 hari.",
        "en": "Simple formula: total outstanding ÷ credit sales of the last 90 days × 90 days.",
    },
    "ui.days": {"id": "{days} hari", "en": "{days} days"},
    "ui.filter_buckets": {
        "id": "Tampilkan faktur dari kelompok umur (atau klik batang di atas)",
        "en": "Show the invoices of these buckets (or click the bar above)",
    },
    "ui.rows_total": {
        "id": "{count} faktur belum lunas ({which}), total {total}.",
        "en": "{count} open invoices ({which}), total {total}.",
    },
    "ui.all": {"id": "semua", "en": "all"},
    "ui.total": {"id": "TOTAL", "en": "TOTAL"},
    "ui.top_debtors": {"id": "Pelanggan dengan utang terbesar", "en": "Top debtors"},
    "ui.overdue_by_month": {
        "id": "Tunggakan menurut bulan jatuh tempo",
        "en": "Overdue money by the month it fell due",
    },
    "ui.aged_report": {"id": "Umur piutang per pelanggan", "en": "Aged receivables by customer"},
    "ui.invoices_sheet": {"id": "Faktur", "en": "Invoices"},
    "ui.payments": {"id": "Pembayaran", "en": "Payments"},
    "ui.paid": {"id": "Lunas", "en": "Paid"},
    "ui.download_excel": {"id": "Unduh Excel", "en": "Download Excel"},
    "ui.download_problems": {
        "id": "Unduh baris bermasalah (Excel)",
        "en": "Download problem rows (Excel)",
    },
    "ui.rows_truncated": {
        "id": "Menampilkan {shown} dari {total} baris; unduh Excel untuk semuanya.",
        "en": "Showing {shown} of {total} rows; download the Excel for all of them.",
    },
    "ui.search_customer": {"id": "Cari pelanggan", "en": "Search customers"},
    "ui.search_hint": {"id": "nama atau nomor HP", "en": "name or phone number"},
    "ui.only_with_balance": {"id": "Hanya yang masih berutang", "en": "Only those with a balance"},
    "ui.customers_total": {
        "id": "{count} pelanggan, total piutang {total}.",
        "en": "{count} customers, total outstanding {total}.",
    },
    "ui.open_customer": {"id": "Buka halaman pelanggan", "en": "Open a customer's page"},
    "ui.statement": {
        "id": "Pernyataan piutang (siap dikirim)",
        "en": "Statement of account (ready to send)",
    },
    "ui.statement_pdf": {"id": "Unduh PDF", "en": "Download PDF"},
    "ui.statement_xlsx": {"id": "Unduh Excel", "en": "Download Excel"},
    "col.invoice": {"id": "No. Faktur", "en": "Invoice no."},
    "col.customer": {"id": "Pelanggan", "en": "Customer"},
    "col.invoice_date": {"id": "Tanggal", "en": "Date"},
    "col.due_date": {"id": "Jatuh tempo", "en": "Due date"},
    "col.amount": {"id": "Jumlah", "en": "Amount"},
    "col.paid": {"id": "Dibayar", "en": "Paid"},
    "col.outstanding": {"id": "Sisa piutang", "en": "Outstanding"},
    "col.overdue": {"id": "Lewat jatuh tempo", "en": "Overdue"},
    "col.days_late": {"id": "Terlambat (hari)", "en": "Days late"},
    "col.oldest_late": {"id": "Terlambat terlama (hari)", "en": "Oldest days late"},
    "col.open_invoices": {"id": "Faktur belum lunas", "en": "Open invoices"},
    "col.last_payment": {"id": "Bayar terakhir", "en": "Last payment"},
    "col.payment_date": {"id": "Tanggal bayar", "en": "Payment date"},
    "col.phone": {"id": "No. HP", "en": "Phone"},
    "col.bucket": {"id": "Umur", "en": "Bucket"},
    # Upload.
    "upload.intro": {
        "id": "Tarik buku piutang Anda ke sini: Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods) atau CSV dari program kasir. Bisa beberapa berkas sekaligus; semuanya tersimpan, jadi tidak perlu unggah ulang setelah aplikasi ditutup.",
        "en": "Drop your receivables ledgers here: Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods) or CSV from the cashier program. Several at once is fine; everything is saved, so there is no need to upload again after a restart.",
    },
    "upload.drop": {"id": "Pilih atau tarik berkas", "en": "Choose or drop files"},
    "upload.reading": {"id": "Membaca {file}…", "en": "Reading {file}…"},
    "upload.status.new": {"id": "{file}: tersimpan.", "en": "{file}: saved."},
    "upload.status.unchanged": {
        "id": "{file}: sudah pernah diimpor dengan isi yang sama, tidak ada yang berubah.",
        "en": "{file}: already imported with the same content; nothing changed.",
    },
    "upload.status.replaced": {
        "id": "{file}: versi baru menggantikan impor sebelumnya dengan nama yang sama.",
        "en": "{file}: the new version replaced the earlier import of the same name.",
    },
    "upload.counts": {
        "id": "Format {format}: {rows} baris dibaca, {invoices} faktur, {payments} pembayaran.",
        "en": "Format {format}: {rows} rows read, {invoices} invoices, {payments} payments.",
    },
    "upload.default_term": {
        "id": "{count} faktur tanpa jatuh tempo atau tempo: dipakai tempo bawaan {days} hari (ubah di Pengaturan).",
        "en": "{count} invoices without a due date or terms: the default of {days} days was used (change it in Settings).",
    },
    "upload.columns": {"id": "Kolom yang dipakai", "en": "Columns as mapped"},
    "upload.kind": {"id": "Isi lembar", "en": "Sheet holds"},
    "upload.kind.invoices": {"id": "faktur", "en": "invoices"},
    "upload.kind.payments": {"id": "pembayaran", "en": "payments"},
    "upload.kind.contacts": {"id": "kontak pelanggan", "en": "customer contacts"},
    "upload.header_row": {"id": "Baris judul", "en": "Header row"},
    "upload.field": {"id": "Data", "en": "Field"},
    "upload.column": {"id": "Kolom di berkas", "en": "Column in the file"},
    "upload.confidence": {"id": "Keyakinan", "en": "Confidence"},
    "upload.method": {"id": "Cara", "en": "How"},
    "upload.method.exact": {"id": "nama persis", "en": "exact name"},
    "upload.method.fuzzy": {"id": "nama mirip", "en": "similar name"},
    "upload.method.keyword": {"id": "kata kunci", "en": "keyword"},
    "upload.method.user": {"id": "pilihan Anda", "en": "your choice"},
    "upload.remap": {"id": "Perbaiki kolom", "en": "Correct the columns"},
    "upload.remap_help": {
        "id": "Jika Tagih salah menebak kolom, pilih kolom yang benar lalu impor ulang.",
        "en": "If Tagih guessed a column wrong, pick the right one and import again.",
    },
    "upload.auto": {"id": "Otomatis ({guess})", "en": "Automatic ({guess})"},
    "upload.none": {"id": "(tidak ada di berkas)", "en": "(not in the file)"},
    "upload.reimport": {
        "id": "Impor ulang dengan kolom ini",
        "en": "Import again with these columns",
    },
    "upload.saved": {"id": "Berkas yang tersimpan", "en": "Saved imports"},
    "upload.none_saved": {"id": "Belum ada berkas yang diimpor.", "en": "Nothing imported yet."},
    "upload.when": {"id": "Diimpor", "en": "Imported"},
    "upload.format": {"id": "Format", "en": "Format"},
    "upload.payments": {"id": "Pembayaran", "en": "Payments"},
    "upload.demo": {"id": "Contoh", "en": "Demo"},
    "upload.clear_demo": {"id": "Hapus data contoh", "en": "Clear the demo data"},
    "upload.pick": {"id": "Laporan impor untuk", "en": "Import report for"},
    "upload.remove": {"id": "Hapus impor ini", "en": "Remove this import"},
    "upload.remove_confirm": {
        "id": "Hapus '{file}' beserta {invoices} fakturnya dari Tagih? Berkas asli Anda tidak tersentuh.",
        "en": "Remove '{file}' and its {invoices} invoices from Tagih? Your own file is not touched.",
    },
    "upload.remove_yes": {"id": "Ya, hapus", "en": "Yes, remove it"},
    # Settings.
    "settings.business": {
        "id": "Data usaha (untuk surat dan pernyataan)",
        "en": "Your business (for letters and statements)",
    },
    "settings.business_name": {"id": "Nama usaha", "en": "Business name"},
    "settings.business_address": {"id": "Alamat", "en": "Address"},
    "settings.business_phone": {"id": "No. telepon / WA", "en": "Phone / WhatsApp"},
    "settings.save": {"id": "Simpan", "en": "Save"},
    "settings.saved": {"id": "Tersimpan.", "en": "Saved."},
    "settings.aging": {"id": "Kelompok umur piutang", "en": "Aging buckets"},
    "settings.aging_help": {
        "id": "Batas atas tiap kelompok, dalam hari lewat jatuh tempo (bawaan 30, 60, 90).",
        "en": "Upper edge of each bucket, in days past due (default 30, 60, 90).",
    },
    "settings.edge": {"id": "Batas {n}", "en": "Edge {n}"},
    "settings.edges_invalid": {
        "id": "Batas harus naik, misalnya 30, 60, 90.",
        "en": "Edges must increase, e.g. 30, 60, 90.",
    },
    "settings.default_term": {"id": "Tempo bawaan (hari)", "en": "Default terms (days)"},
    "settings.default_term_help": {
        "id": "Tempo bawaan dipakai untuk faktur tanpa jatuh tempo atau tempo, pada impor berikutnya.",
        "en": "The default terms apply to invoices with neither a due date nor terms, from the next import on.",
    },
    "settings.demo": {"id": "Data contoh", "en": "Demo data"},
    "settings.demo_loaded": {
        "id": "Data contoh sedang dimuat.",
        "en": "The demo ledger is loaded.",
    },
    "settings.demo_none": {"id": "Tidak ada data contoh.", "en": "No demo data."},
    "cli.unexpected": {
        "id": "Tagih mengalami kesalahan tak terduga ({detail}). Rinciannya ada di {log}.",
        "en": "Tagih hit an unexpected error ({detail}). Details are in {log}.",
    },
    "cli.bad_date": {
        "id": "Tanggal '{value}' tidak sah; tulis sebagai TTTT-BB-HH, misalnya 2026-11-23.",
        "en": "Date '{value}' is not valid; write it as YYYY-MM-DD, e.g. 2026-11-23.",
    },
    # The database (core/store.py) and `python -m core import`.
    "store.cannot_open": {
        "id": "Basis data {url} tidak dapat dibuka: {detail}",
        "en": "The database {url} cannot be opened: {detail}",
    },
    "store.newer_schema": {
        "id": "Basis data {url} dibuat oleh Tagih versi lebih baru (skema {detail}); perbarui Tagih.",
        "en": "The database {url} was made by a newer Tagih (schema {detail}); update Tagih.",
    },
    "store.empty": {
        "id": "Belum ada berkas tersimpan di {url}. Simpan dulu: python -m core import BERKAS",
        "en": "Nothing is saved in {url} yet. Save a file first: python -m core import FILE",
    },
    "import.database": {"id": "Basis data: {url}", "en": "Database: {url}"},
    "import.new": {"id": "baru, disimpan", "en": "new, saved"},
    "import.unchanged": {"id": "tidak berubah, sudah tersimpan", "en": "unchanged, already saved"},
    "import.duplicate_of": {
        "id": "isinya sama dengan '{other}' yang sudah tersimpan; tidak disimpan lagi",
        "en": "same content as '{other}', already saved; not saved again",
    },
    "import.replaced": {
        "id": "menggantikan versi yang tersimpan sebelumnya",
        "en": "replaced the version saved earlier",
    },
    "import.counts": {
        "id": "{invoices} faktur, {payments} pembayaran, {problems} baris bermasalah",
        "en": "{invoices} invoices, {payments} payments, {problems} problem rows",
    },
    "import.ignored": {"id": "dilewati", "en": "left aside"},
    # The statement of account (core/statement.py): PDF letter and workbook.
    "statement.title": {"id": "PERNYATAAN PIUTANG", "en": "STATEMENT OF ACCOUNT"},
    "statement.to": {"id": "Kepada Yth. Bapak/Ibu {name}", "en": "To: {name}"},
    "statement.to_titled": {"id": "Kepada Yth. {name}", "en": "To: {name}"},
    "statement.as_of": {"id": "Per tanggal {date}", "en": "As of {date}"},
    "statement.phone": {"id": "No. HP: {phone}", "en": "Phone: {phone}"},
    "statement.phone_label": {"id": "No. HP", "en": "Phone"},
    "statement.intro": {
        "id": "Dengan hormat, berikut kami sampaikan rincian tagihan yang belum lunas per {date}:",
        "en": "Please find below the invoices still open as of {date}:",
    },
    "statement.none_open": {
        "id": "Dengan hormat, per {date} tidak ada tagihan yang belum lunas. Terima kasih atas pembayaran dan kepercayaan Bapak/Ibu.",
        "en": "As of {date} there are no open invoices. Thank you for your payments and your trust.",
    },
    "statement.col.number": {"id": "No. Faktur", "en": "Invoice no."},
    "statement.col.date": {"id": "Tanggal", "en": "Date"},
    "statement.col.due": {"id": "Jatuh Tempo", "en": "Due date"},
    "statement.col.amount": {"id": "Jumlah", "en": "Amount"},
    "statement.col.paid": {"id": "Dibayar", "en": "Paid"},
    "statement.col.balance": {"id": "Sisa", "en": "Balance"},
    "statement.col.days_late": {"id": "Terlambat (hari)", "en": "Days late"},
    "statement.col.payment_date": {"id": "Tanggal bayar", "en": "Payment date"},
    "statement.col.payment_amount": {"id": "Jumlah bayar", "en": "Amount paid"},
    "statement.total": {"id": "Total", "en": "Total"},
    "statement.total_outstanding": {"id": "Sisa tagihan", "en": "Balance due"},
    "statement.overdue": {"id": "Sudah lewat jatuh tempo", "en": "Overdue"},
    "statement.overdue_sum": {
        "id": "Yang sudah lewat jatuh tempo: {amount}.",
        "en": "Of which overdue: {amount}.",
    },
    "statement.aging": {"id": "Umur piutang", "en": "Aging"},
    "statement.days": {"id": "hari", "en": "days"},
    "statement.closing": {
        "id": "Mohon kiranya Bapak/Ibu dapat melunasi sisa tagihan sebesar {total}. Bila catatan Bapak/Ibu berbeda, atau ada pembayaran yang belum tercatat, mohon konfirmasikan kepada kami. Terima kasih atas kerja sama dan kepercayaan Bapak/Ibu.",
        "en": "We kindly ask you to settle the balance of {total}. If your records differ, or a payment has not been recorded yet, please let us know. Thank you for your cooperation and your trust.",
    },
    "statement.regards": {"id": "Hormat kami,", "en": "Yours sincerely,"},
    "statement.page": {"id": "Halaman {page} dari {pages}", "en": "Page {page} of {pages}"},
    "statement.sheet.summary": {"id": "Ringkasan", "en": "Summary"},
    "statement.sheet.invoices": {"id": "Faktur belum lunas", "en": "Open invoices"},
    "statement.sheet.payments": {"id": "Pembayaran", "en": "Payments"},
    "statement.item": {"id": "Keterangan", "en": "Item"},
    "statement.value": {"id": "Nilai", "en": "Value"},
    "statement.business": {"id": "Toko", "en": "Business"},
    "statement.customer": {"id": "Pelanggan", "en": "Customer"},
}


def t(key: str, lang: Lang = "id", /, **params: object) -> str:
    """The sentence for ``key`` in ``lang`` with ``params`` filled in.

    >>> t("summary.title", "en", today="23 Nov 2026")
    'Receivables as of 23 Nov 2026'
    """
    entry = TEXTS[key]
    text = entry.get(lang) or entry["id"]
    return text.format(**params) if params else text
