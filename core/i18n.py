"""One translation table for every sentence a user reads, Bahasa Indonesia first.

Pages, the CLI and problem reports all ask ``t(key, lang, **params)``; no other module holds a
user-facing sentence of its own.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterator, Mapping
from typing import Final, Generic, Literal, TypeVar, get_args, get_origin

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
    "file.spreadsheet_xml": {
        "id": "isinya Excel 2003 XML (SpreadsheetML), bukan .xlsx. Buka di Excel lalu simpan sebagai .xlsx.",
        "en": "it holds Excel 2003 XML (SpreadsheetML), not .xlsx. Open it in Excel and save it as .xlsx.",
    },
    "file.image": {
        "id": "ini gambar (foto atau tangkapan layar), bukan lembar kerja. Unggah berkas Excel atau CSV buku piutangnya.",
        "en": "it is a picture (a photo or a screenshot), not a spreadsheet. Upload the ledger's Excel or CSV file.",
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
    "file.xml_entities": {
        "id": "berkas ini memuat deklarasi entitas XML (DOCTYPE, di {detail}), yang tidak pernah ditulis program spreadsheet; ditolak demi keamanan.",
        "en": "the file holds XML entity declarations (a DOCTYPE, in {detail}), which no spreadsheet program writes; refused for safety.",
    },
    "file.csv_too_wide": {
        "id": "baris {detail} punya lebih dari 16.384 kolom, lebih dari yang bisa dimuat Excel: ini bukan tabel, atau pemisah kolomnya salah.",
        "en": "line {detail} has more than 16,384 columns, more than Excel holds: it is no table, or its column separator is wrong.",
    },
    "file.csv_open_quote": {
        "id": 'tanda kutip (") yang dibuka di baris {detail} tidak pernah ditutup, sehingga baris-baris sesudahnya terbaca sebagai satu sel. Tutup atau hapus tanda kutip itu, simpan, lalu unggah lagi.',
        "en": 'a quotation mark (") opened on line {detail} is never closed, so the lines after it read as one cell. Close or remove it, save, and upload again.',
    },
    "file.long_text": {
        "id": "sebuah sel berisi teks lebih dari 1 MB, terlalu panjang untuk buku piutang (satu sel Excel memuat paling banyak 32.767 huruf; mungkin ada isi berkas lain yang tertempel). Hapus atau pendekkan isi sel itu, simpan, lalu unggah lagi.",
        "en": "a cell holds more than 1 MB of text, too long for a receivables book (an Excel cell holds at most 32,767 characters; perhaps something was pasted into it). Clear or shorten that cell, save, and upload again.",
    },
    "file.csv_long_text": {
        "id": "sebuah sel di baris {detail} berisi teks lebih dari 1 MB, terlalu panjang untuk buku piutang (satu sel Excel memuat paling banyak 32.767 huruf; mungkin ada isi berkas lain yang tertempel). Hapus atau pendekkan isi sel itu, simpan, lalu unggah lagi.",
        "en": "a cell on line {detail} holds more than 1 MB of text, too long for a receivables book (an Excel cell holds at most 32,767 characters; perhaps something was pasted into it). Clear or shorten that cell, save, and upload again.",
    },
    "file.folder": {
        "id": "ini folder, bukan berkas. Pilih berkas buku piutangnya (Excel atau CSV) di dalam folder itu.",
        "en": "it is a folder, not a file. Choose the receivables book (Excel or CSV) inside it.",
    },
    "file.no_access": {
        "id": "berkas tidak boleh dibuka (izin aksesnya ditolak). Salin berkasnya ke folder Anda sendiri, lalu coba lagi.",
        "en": "the file may not be opened (permission denied). Copy it to a folder of your own and try again.",
    },
    "file.too_big": {
        "id": "berkas terlalu besar untuk dibaca dengan aman ({detail}).",
        "en": "the file is too large to read safely ({detail}).",
    },
    "file.stray_cell": {
        "id": "lembar terisi sampai sel {detail}, jauh dari tabelnya (mungkin ada isian tak sengaja). Hapus isi sel tersebut di Excel, simpan, lalu unggah lagi.",
        "en": "a sheet reaches cell {detail}, far from its table (probably a stray value). Clear the cell named in Excel, save, and upload again.",
    },
    "file.uncalculated": {
        "id": "rumus di lembar {detail} belum pernah dihitung (file ini disimpan oleh program yang tidak menghitung rumus), jadi angkanya kosong. Buka file di Excel atau LibreOffice, simpan, lalu unggah lagi.",
        "en": "the formulas in sheet {detail} were never calculated (the file was saved by a program that does not work formulas out), so their figures are empty. Open the file in Excel or LibreOffice, save it, and upload again.",
    },
    "file.no_ledger": {
        "id": "tidak ada lembar berisi daftar piutang (kolom pelanggan dan jumlah) di berkas ini.",
        "en": "no sheet in it holds a receivables list (customer and amount columns).",
    },
    "file.month_columns": {
        "id": "lembar {detail} punya kolom pelanggan dan satu kolom per bulan (Jan, Feb, …) berisi tanda centang, tetapi tidak ada kolom jumlah, jadi berapa yang belum dibayar dan kapan jatuh temponya tidak tertulis sebagai angka. Tulis tiap tagihan yang belum dibayar sebagai baris (Tanggal | Nama | Jumlah) di Excel, simpan, lalu unggah lagi.",
        "en": "sheet {detail} has a customer column and a column per month (Jan, Feb, …) of ticks, but no amount column, so how much is unpaid and when it fell due are not written as figures. Write each unpaid bill as a row (Date | Name | Amount) in Excel, save, and upload again.",
    },
    "file.no_customer": {
        "id": "lembar {detail} punya kolom jumlah, tetapi tidak diketahui pelanggannya: tidak ada kolom pelanggan yang dikenali, dan nama pelanggan tidak ada di judul lembar (misalnya 'KARTU PIUTANG - TOKO SARI' atau 'Nama Pelanggan : Toko Sari') maupun di nama lembar. Untuk kartu satu pelanggan, tulis namanya di judul atau jadikan nama lembar; untuk daftar banyak pelanggan, ganti judul kolom nama mereka menjadi 'Pelanggan'. Simpan di Excel, lalu unggah lagi.",
        "en": "sheet {detail} has amount columns, but whose they are is not known: no customer column was recognised, and no customer is named in the sheet's title (such as 'KARTU PIUTANG - TOKO SARI' or 'Nama Pelanggan : Toko Sari') or in the sheet's name. For one customer's card, write their name in the title or as the sheet's name; for a list of many customers, rename the column of their names 'Pelanggan'. Save in Excel, and upload again.",
    },
    "file.names_column": {
        "id": "{sheets} (kolom '{column}' berisi nama: {names})",
        "en": "{sheets} (column '{column}' holds names: {names})",
    },
    "file.no_dates": {
        "id": "lembar {detail} punya kolom pelanggan dan jumlah, tetapi tidak ada kolom tanggal maupun nomor faktur, jadi tidak bisa dipastikan kapan tiap utang jatuh tempo (dan lembarnya tampak seperti rekap). Tambahkan kolom Tanggal atau No Faktur di Excel, simpan, lalu unggah lagi.",
        "en": "sheet {detail} has customer and amount columns, but no date or invoice number column, so when each debt falls due cannot be told (and it looks like a summary). Add a Date or Invoice No column in Excel, save, and upload again.",
    },
    "file.unnamed_column": {
        "id": "kolom pertama di lembar {detail} tidak berjudul, dan tidak ada kolom lain yang berisi pelanggan atau nomor faktur (kolom lainnya berjudul tanggal dan jumlah). Beri judul kolom itu di Excel (misalnya Pelanggan atau No Faktur), simpan, lalu unggah lagi.",
        "en": "the first column of sheet {detail} has no heading, and no other column holds the customer or the invoice number (the others are headed as dates and amounts). Give that column a heading in Excel (such as Customer or Invoice No), save, and upload again.",
    },
    "file.unread_credits": {
        "id": "lembar {detail} menyebut faktur yang ada di lembar lain, tetapi judul kolomnya tidak dikenali, sehingga pembayarannya tidak bisa dihitung dan totalnya akan salah. Beri judul kolom seperti Pelanggan, No Faktur dan Bayar di Excel, simpan, lalu unggah lagi.",
        "en": "sheet {detail} names invoices of another sheet, but its column headings are not recognised, so its payments cannot be counted and the total would be wrong. Give its columns headings such as Customer, Invoice No and Paid in Excel, save, and upload again.",
    },
    "file.unread_card": {
        "id": "lembar {detail} berjudul kartu piutang pelanggan seperti lembar lainnya, tetapi judul kolomnya tidak dikenali, sehingga piutang pelanggan itu tidak terhitung dan totalnya akan salah. Beri judul kolom seperti Tanggal, Keterangan, Debet, Kredit dan Saldo di Excel, simpan, lalu unggah lagi.",
        "en": "sheet {detail} is titled a customer's card as the other sheets are, but its column headings are not recognised, so what that customer owes cannot be counted and the total would be wrong. Give its columns headings such as Tanggal, Keterangan, Debet, Kredit and Saldo in Excel, save, and upload again.",
    },
    "file.split_fields": {
        "id": "baris {detail} terbagi menjadi lebih banyak isian daripada judul kolomnya: kemungkinan angka ditulis dengan koma desimal (1250000,00) tanpa tanda kutip di CSV yang dipisah koma, sehingga angkanya terbaca di kolom yang salah. Tidak ada yang dijumlahkan. Simpan ulang dari programnya sebagai CSV dengan pemisah titik koma (;) atau sebagai berkas Excel, lalu unggah lagi.",
        "en": "rows {detail} split into more fields than their header has: most likely amounts written with a decimal comma (1250000,00) and no quotes in a comma-separated CSV, so their figures fall into the wrong columns. Nothing was added up. Save it again from its program as a CSV separated by semicolons (;) or as an Excel file, and upload again.",
    },
    "file.other_accounts": {
        "id": "lembar {detail} adalah buku besar akun lain (Kas, Bank, Penjualan…), bukan akun Piutang, dan tidak ada lembar akun Piutang Usaha yang menyebut pelanggannya. Sertakan buku besar Piutang Usaha dengan kolom Pelanggan, atau kartu piutang per pelanggan.",
        "en": "sheet {detail} is the ledger of another account (Kas, Bank, Penjualan…), not the receivable account, and no Piutang Usaha sheet names its customers. Include the Piutang Usaha ledger with a Customer column, or a card per customer.",
    },
    "file.journal_accounts": {
        "id": "lembar {detail} adalah jurnal umum (kolom akun berisi Piutang Usaha, Penjualan, Kas…), tetapi tidak ada baris akun Piutang (Piutang Usaha, Piutang Dagang, Accounts Receivable) atau tidak ada kolom Kontak / Pelanggan yang menyebut siapa pelanggannya, jadi piutangnya tidak bisa dipisahkan dari akun lain. Ekspor buku pembantu piutang atau daftar faktur dari programnya, lalu unggah lagi.",
        "en": "sheet {detail} is a general journal (its account column holds Piutang Usaha, Penjualan, Kas…), but no line is on the receivable account (Piutang Usaha, Piutang Dagang, Accounts Receivable) or no Contact / Customer column says who the customer is, so what customers owe cannot be told from the other accounts. Export the receivables sub-ledger or the invoice list from the program, and upload again.",
    },
    "file.payments_only": {
        "id": "isinya hanya pembayaran yang diterima, tanpa satu pun faktur, jadi sisa piutang tidak bisa dihitung (dibaca sendiri, semua terlihat Rp 0). Unggah bersama daftar faktur atau buku piutangnya.",
        "en": "it holds only payments received and not one invoice, so what is owed cannot be worked out (read alone, everything would show Rp 0). Upload it together with the invoice list or the receivables book.",
    },
    "file.no_rows": {
        "id": "isinya hanya judul kolom, belum ada baris faktur di bawahnya.",
        "en": "it holds only column headings, no invoice rows under them yet.",
    },
    "settings.reading_rules": {
        "id": "Cara Tagih membaca buku piutang",
        "en": "How Tagih reads a receivables book",
    },
    "settings.reading_rules_body": {
        "id": '- **Bentuk buku** yang dikenali: daftar faktur (satu baris per faktur), kartu piutang (satu lembar atau blok per pelanggan: Debet, Kredit, Saldo), jurnal / buku pembantu piutang (debet dan kredit semua pelanggan dalam satu tabel), daftar per pelanggan (nama pelanggan sebagai judul di atas fakturnya, dengan Sub Total), dan laporan umur piutang dari program akuntansi (yang dihitung hanya Sisa; kolom umur lama tidak dijumlahkan, umur dihitung ulang untuk tanggal yang dipilih).\n- **Debet adalah utang.** Jatuh temponya: kolom jatuh tempo, kalau tidak ada tanggal + tempo, kalau tidak ada tanggal + {days} hari. **Saldo awal** jatuh tempo pada tanggalnya sendiri. Saldo awal yang membawa sisa dari lembar sebelumnya ("Saldo bulan lalu") bukan utang baru bila cocok dengan baris-baris di lembar itu; bila tidak cocok, keduanya ditampilkan sebagai selisih.\n- **Kredit** (pembayaran atau retur) yang menyebut nomor faktur melunasi faktur itu dulu; sisanya, dan kredit tanpa nomor faktur, melunasi utang pelanggan yang paling lama (menurut jatuh tempo, lalu tanggal).\n- **Retur / nota kredit / potongan** (atau jumlah negatif, atau kolom Retur di samping jumlah dan kolom dibayar) mengurangi utang pelanggan, tidak dianggap baris bermasalah. Bila sebuah faktur punya kolom dibayar dan juga pembayaran yang menyebut nomornya, yang dihitung yang lebih besar (keduanya biasanya uang yang sama), tetapi pembayaran yang lebih besar dari kolom itu tidak termasuk di dalamnya dan ditambahkan; retur yang menyebut faktur itu ditambahkan di atasnya. Retur yang tertulis dua kali, di baris faktur atau pembayarannya (kolom Retur, catatan) dan di baris retur sendiri di lembar atau berkas lain dengan nomor faktur dan jumlah yang sama, dihitung sekali.\n- Pelanggan yang membayar lebih dari utangnya punya **kelebihan bayar** (titipan): tidak pernah menjadi utang negatif dan tidak masuk daftar tagihan.\n- **Tagih memeriksa dirinya** dengan angka buku sendiri: kolom Saldo baris demi baris, baris Sub Total / Jumlah / TOTAL, dan kolom Sisa. Bila berbeda, Tagih menyebut lembar, baris, angka buku dan angka terhitung.\n- Lembar yang sebagian besar barisnya tidak terbaca dengan kolom yang ditemukan tidak dijumlahkan diam-diam: pilih bentuk buku dan kolomnya di halaman Unggah.',
        "en": "- **Book shapes** recognised: an invoice list (a row per invoice), customer cards (a sheet or block per customer: Debit, Credit, Balance), a journal (every customer's debits and credits in one table), a grouped list (a customer's name as a heading over their invoices, with Sub Totals), and an aging report exported from accounting software (only Sisa counts; its stale bucket columns are never added, aging is recomputed for the chosen date).\n- **A debit is a debt.** Its due date: its due-date column, else its date + the terms, else its date + {days} days. An **opening balance** is due on its own date. An opening balance carrying what earlier sheets leave owing (\"Saldo bulan lalu\") is no new debt when it agrees with their rows; when it does not, both figures are shown as a disagreement.\n- **A credit** (a payment or a return) that names an invoice pays that invoice first; what is left, and every credit that names none, pays the customer's oldest dues first (by due date, then date).\n- **Returns / credit notes / discounts** (or negative amounts, or a Retur column beside the amount and the paid column) lower what the customer owes; they are never problem rows. When an invoice has a paid column and payments naming it too, the larger counts (both are usually the same money), but a payment larger than the column cannot be in it and is added; a return naming it comes on top. A return written twice, on the invoice's or the payment's row (a Retur column, a note) and on a row of its own in another sheet or file naming the same invoice and amount, counts once.\n- A customer who paid more than they owe has a **credit balance**: never a negative debt, never on the collection list.\n- **Tagih checks itself** against the book's own figures: the Balance column row by row, Sub Total / Jumlah / TOTAL rows, and a Sisa column. Where they differ, Tagih names the sheet, the row, the book's figure and its own.\n- A sheet whose chosen columns leave most of its rows unused is not added up quietly: choose the book's shape and columns on the Upload page.",
    },
    "file.sheet_refused": {
        "id": "{detail}",
        "en": "{detail}",
    },
    "file.sheet_named": {
        "id": "lembar '{sheet}': {reason}",
        "en": "the sheet '{sheet}': {reason}",
    },
    "file.shape_unsure": {
        "id": "sebagian besar barisnya tidak terbaca dengan kolom yang ditemukan, jadi tidak dijumlahkan: {detail} Pilih bentuk buku dan kolomnya di halaman Unggah.",
        "en": "most of its rows could not be read with the columns found, so nothing was added up: {detail} Choose the book's shape and columns on the Upload page.",
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
    "sheet.customer_unsure": {
        "id": "tidak ada kolom pelanggan yang dikenali, tetapi kolom '{column}' berisi nama ({names}); lembar ini belum dihitung. Bila itu nama pelanggan, ganti judul kolomnya menjadi 'Pelanggan' di Excel lalu unggah lagi",
        "en": "no customer column was recognised, but column '{column}' holds names ({names}); this sheet is not counted yet. If those are the customers, rename the column 'Pelanggan' in Excel and upload again",
    },
    "sheet.payables": {
        "id": "utang toko kepada pemasok (kolom '{column}'), bukan piutang pelanggan: tidak dihitung",
        "en": "the shop's debts to its suppliers (column '{column}'), not what customers owe: not counted",
    },
    "sheet.commission": {
        "id": "perhitungan komisi sales (menurut {said}), tanpa kolom pelanggan: bukan piutang pelanggan; tidak dihitung",
        "en": "a salesmen's commission sheet ({said} says so), with no customer column: not what customers owe; not counted",
    },
    "sheet.savings": {
        "id": "buku tabungan atau titipan uang (menurut {said}): uang pelanggan yang disimpan di toko dan harus dikembalikan, bukan piutang; tidak dihitung",
        "en": "a savings book or money held for customers ({said} says so): money the customers left with the shop, which it owes back, not what they owe; not counted",
    },
    "sheet.till": {
        "id": "laporan kasir (kolom cara bayar {columns}): uang yang masuk di kasir, bukan piutang pelanggan; tidak dihitung",
        "en": "a till report (columns of ways to pay {columns}): the takings at the till, not what customers owe; not counted",
    },
    "sheet.parts_unsummed": {
        "id": "tiap baris tampak satu belanja pelanggan yang dibayar sebagian ({parts}) dengan {total} sebagai jumlahnya, tetapi di {bad} dari {rows} baris {total} tidak sama dengan jumlah bagian-bagiannya, jadi tidak jelas berapa yang dibon; lembar ini tidak dijumlahkan. Periksa angkanya, lalu unggah lagi.",
        "en": "each row looks like a customer's purchase in parts ({parts}) with {total} as their sum, but on {bad} of {rows} rows {total} is not the sum of its parts, so what is owed cannot be told; this sheet is not added up. Check the figures, and upload it again.",
    },
    "sheet.payable_rows": {
        "id": "{count} baris berjenis {words} (kolom '{column}') adalah utang toko sendiri kepada pemasok atau pemberi pinjaman, bukan piutang pelanggan: baris itu tidak dihitung",
        "en": "{count} rows typed {words} (column '{column}') are the shop's own debts to its suppliers or lenders, not what customers owe: those rows are not counted",
    },
    "sheet.unnamed_column": {
        "id": "kolom pertama tidak berjudul, dan tidak ada kolom pelanggan atau nomor faktur",
        "en": "the first column has no heading, and there is no customer or invoice number column",
    },
    "sheet.split_fields": {
        "id": "baris {rows} terbagi menjadi lebih banyak isian daripada judul kolomnya (mungkin angka berkoma desimal tanpa tanda kutip), jadi angkanya bisa terbaca di kolom yang salah; lembar ini tidak dijumlahkan",
        "en": "rows {rows} split into more fields than the header has (perhaps amounts with a decimal comma and no quotes), so their figures could fall into the wrong columns; this sheet is not added up",
    },
    "sheet.journal_accounts": {
        "id": "jurnal umum dengan kolom akun {column}, tetapi tanpa baris akun Piutang atau tanpa kolom Kontak / Pelanggan; lembar ini tidak dijumlahkan",
        "en": "a general journal with the account column {column}, but no line on the receivable account or no Contact / Customer column; this sheet is not added up",
    },
    "sheet.other_account": {
        "id": "buku besar akun {account}, bukan akun Piutang: pembayaran pelanggan di Kas dan penjualan di Penjualan bukan utang mereka; lembar ini tidak dijumlahkan",
        "en": "a ledger of the account {account}, not the receivable account: a customer's payment on Kas or sale on Penjualan is no debt of theirs; this sheet is not added up",
    },
    "sheet.control_account": {
        "id": "buku besar akun Piutang tanpa nama pelanggan (akun kontrol): jumlah kartu piutang di lembar lain, dicocokkan dengan kartu-kartu itu, tidak dihitung dua kali",
        "en": "the receivable account's ledger naming no customer (the control account): the total of the cards on the other sheets, checked against them, not counted twice",
    },
    "sheet.control_alone": {
        "id": "buku besar akun Piutang tanpa nama pelanggan: saldonya diketahui, tetapi tidak siapa yang berutang atau pembayaran mana melunasi faktur mana. Tambahkan kolom Pelanggan, atau sertakan kartu piutang per pelanggan",
        "en": "the receivable account's ledger naming no customer: its balance is known, but not who owes it nor which payment paid which invoice. Add a Customer column, or include a card per customer",
    },
    "sheet.double_entry": {
        "id": "jurnal berpasangan tanpa kolom akun: tiap baris Debet punya kembaran di Kredit (tanggal, nomor, nama sama), jadi tidak jelas baris mana yang akun Piutang; lembar ini tidak dijumlahkan. Sertakan kolom Akun (Piutang Usaha, Penjualan, Kas…)",
        "en": "a double-entry journal without its account column: each Debit line has a twin in Credit (same date, number, name), so nothing says which is the receivable's; this sheet is not added up. Include the Account column (Piutang Usaha, Penjualan, Kas…)",
    },
    "sheet.chart_of_accounts": {
        "id": "daftar akun (bagan akun): menamai kode akun di jurnal, bukan piutang",
        "en": "a chart of accounts: it names the journal's account codes, no debts",
    },
    "sheet.summary_only": {
        "id": "tampak seperti rekap/pivot: ada pelanggan dan jumlah, tapi tanpa nomor faktur atau tanggal",
        "en": "looks like a summary or pivot: customer and amount, but no invoice number or date",
    },
    "sheet.recap": {
        "id": "rekap per pelanggan: angka kolom {column} sama dengan sisa piutang tiap pelanggan di lembar lain ({count} pelanggan), jadi tidak dihitung dua kali",
        "en": "a recap per customer: its column {column} gives what the other sheets leave each customer owing ({count} customers), so it is not counted a second time",
    },
    "sheet.recap_months": {
        "id": "rekap per bulan (menurut {said}): tidak dihitung sebagai piutang baru; {count} dari {rows} angkanya sama dengan sisa di lembar bulannya, yang berbeda ditandai",
        "en": "a recap per month ({said} says so): not counted as new debts; {count} of its {rows} figures are what the month's sheet leaves owing, those that differ are flagged",
    },
    "sheet.recap_named": {
        "id": "rekap per pelanggan (menurut {said}): tidak dihitung sebagai piutang baru; {count} dari {rows} angkanya sama dengan sisa piutang di lembar lain, yang berbeda ditandai",
        "en": "a recap per customer ({said} says so): not counted as new debts; {count} of its {rows} figures are what the other sheets leave owing, those that differ are flagged",
    },
    "sheet.example": {
        "id": "lembar contoh cara mengisi (namanya '{name}'): baris contohnya bukan piutang",
        "en": "an example of how to fill the book in (named '{name}'): its rows are no debts",
    },
    "sheet.no_customer": {
        "id": "tidak ada kolom pelanggan, dan nama pelanggan tidak ditemukan di judul lembar, di baris judul kelompok, maupun di nama lembar",
        "en": "no customer column, and no customer named in a title line, a group heading or the sheet's name",
    },
    "sheet.mixed_amounts": {
        "id": "satu kolom jumlah berisi penjualan dan pembayaran tanpa kolom jenis (baris {rows} tertulis hanya {words}), jadi tidak bisa dipastikan mana yang utang; lembar ini tidak dijumlahkan. Tambahkan kolom Jenis (Penjualan / Pembayaran) atau kolom Dibayar, atau pilih bentuk buku di halaman Unggah.",
        "en": "one amount column holds both sales and payments with no type column (rows {rows} say only {words}), so which rows are debts cannot be told; this sheet is not added up. Add a type column (Sale / Payment) or a paid column, or choose the book's shape on the Upload page.",
    },
    "sheet.unknown_kinds": {
        "id": "kolom {column} menyebut jenis tiap baris, tetapi {words} bukan kata untuk penjualan (utang) maupun pembayaran, jadi tidak bisa dipastikan mana yang utang; lembar ini tidak dijumlahkan. Ganti kata itu dengan Penjualan atau Pembayaran, atau pilih bentuk buku di halaman Unggah.",
        "en": "the column {column} gives each row's type, but {words} is no word for a sale (a debt) or a payment, so which rows are debts cannot be told; this sheet is not added up. Write Sale or Payment there instead, or choose the book's shape on the Upload page.",
    },
    "sheet.shape_unsure": {
        "id": "dicoba dibaca sebagai {shape} dengan kolom {columns}, tetapi {bad} baris tidak terpakai; lembar ini tidak dijumlahkan.",
        "en": "tried as {shape} with columns {columns}, but {bad} rows could not be used; this sheet is not added up.",
    },
    "sheet.small_amounts": {
        "id": "kolom '{column}' berisi angka kecil saja (paling besar {largest}), tidak seperti rupiah: mungkin banyaknya barang, atau bukunya ditulis dalam ribuan. Jika dalam ribuan, tulis '(dalam ribuan)' di judul kolomnya; jika itu banyaknya barang, tambahkan kolom harga atau total. Lembar ini tidak dijumlahkan.",
        "en": "column '{column}' holds small figures alone (at most {largest}), unlike rupiah: counts of goods, perhaps, or a book kept in thousands. If in thousands, write '(in thousands)' in its header; if counts, add a price or total column. This sheet is not added up.",
    },
    "sheet.twin_amounts": {
        "id": "dua kolom bernama '{column}' berisi angka (kolom {columns}), jadi tidak jelas mana jumlah fakturnya dan mana yang lain (misalnya pembayaran); lembar ini tidak dijumlahkan. Ganti judul salah satunya (misalnya 'Dibayar'), lalu unggah lagi.",
        "en": "two columns named '{column}' hold figures (columns {columns}), so which one is the invoice's amount and which is something else (a payment, say) cannot be told; this sheet is not added up. Rename one of them ('Paid', say), and upload it again.",
    },
    "sheet.opening_undated": {
        "id": "saldo awal tiap pelanggan tanpa tanggal: tidak tertulis per tanggal berapa (di judul kolom, judul lembar, atau nama lembar), jadi umur piutangnya tidak bisa dihitung; berkas ini tidak dijumlahkan agar saldo itu tidak hilang. Tulis tanggalnya di judul kolom (mis. 'Saldo per 31/12/2025'), lalu unggah lagi.",
        "en": "opening balances per customer with no day: nowhere (the column's header, the sheet's title or name) says as of which day, so their age cannot be told; the file is not added up so that those balances are not lost. Write the day in the column's header (e.g. 'Saldo per 31/12/2025') and upload it again.",
    },
    "sheet.parts_no_total": {
        "id": "biaya bengkel ditulis dalam beberapa kolom ({parts}) tanpa kolom Total, jadi tidak jelas berapa tagihan tiap baris; lembar ini tidak dijumlahkan. Tambahkan kolom Total (jumlah semuanya) di Excel, atau pilih kolom jumlahnya di Unggah, lalu unggah lagi.",
        "en": "a workshop's charges written in several columns ({parts}) with no Total column, so what each row charges cannot be told; this sheet is not added up. Add a Total column (their sum) in Excel, or choose the amount column on Unggah, and upload it again.",
    },
    "sheet.rows_unread": {
        "id": "tidak satu pun dari {bad} barisnya dapat dipakai, jadi lembar ini tidak dijumlahkan (jumlahnya bukan Rp 0). Misalnya baris {row}, kolom '{column}': {said} Periksa isi kolom itu, atau pilih bentuk buku dan kolomnya di halaman Unggah.",
        "en": "not one of its {bad} rows could be used, so this sheet is not added up (its total is not Rp 0). Row {row}, column '{column}', for one: {said} Check what that column holds, or choose the book's shape and columns on the Upload page.",
    },
    "sheet.yearless_dates": {
        "id": "tanggalnya ditulis tanpa tahun ({dates}), dan nama lembar maupun judulnya tidak menyebut tahun bukunya; lembar ini tidak dijumlahkan. Tulis tahunnya di nama lembar atau di judulnya (misalnya 'Piutang 2026') atau di tiap tanggal, lalu unggah lagi.",
        "en": "its dates are written without a year ({dates}), and neither the sheet's name nor its title names the book's year; this sheet is not added up. Write the year in the sheet's name or title ('Receivables 2026', say) or in each date, and upload it again.",
    },
    "sheet.colour_paid": {
        "id": "catatannya berkata yang sudah lunas ditandai dengan warna atau coretan ('{note}'), dan Tagih tidak bisa melihat warna maupun coretan: setiap nota yang lunas akan terhitung sebagai utang; lembar ini tidak dijumlahkan. Tambahkan kolom Lunas (isi 'Lunas' pada baris yang berwarna atau dicoret) atau kolom Dibayar, lalu unggah lagi.",
        "en": "its note says paid rows are marked by a colour or a strikethrough ('{note}'), and Tagih cannot see colours or strikethrough: every paid invoice would count as owed; this sheet is not added up. Add a Paid column (write 'Paid' on the coloured or struck-through rows) or a paid-amount column, and upload it again.",
    },
    "sheet.unread_amounts": {
        "id": "ada kolom pelanggan, tetapi kolom {columns} berisi jumlah uang yang judulnya tidak dikenali (utang atau bayar?); lembar ini tidak dijumlahkan. Ganti judul kolom utang pelanggan menjadi 'Jumlah' (dan yang sudah dibayar menjadi 'Dibayar') di Excel lalu unggah lagi, atau pilih kolom Jumlah / Dibayar di halaman Unggah.",
        "en": "there is a customer column, but the columns {columns} hold amounts of money under headings Tagih does not know (debts or payments?); this sheet is not added up. Rename the column of what customers owe 'Jumlah' (and what was paid 'Dibayar') in Excel and upload again, or choose the Amount / Paid columns on the Upload page.",
    },
    "sheet.month_columns": {
        "id": "ada kolom pelanggan dan kolom per bulan ({months}) berisi centang, tetapi tidak ada kolom jumlah; lembar ini tidak dijumlahkan",
        "en": "there is a customer column and a column per month ({months}) of ticks, but no amount column; this sheet is not added up",
    },
    "sheet.empty": {"id": "lembar kosong", "en": "the sheet is empty"},
    "sheet.no_rows": {
        "id": "hanya judul kolom, belum ada baris di bawahnya",
        "en": "only column headings, no rows under them yet",
    },
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
    "problem.excel-error": {
        "id": "Sel ini berisi galat Excel '{value}': angkanya tidak dapat diketahui; baris ini tidak dihitung. Perbaiki rumusnya di Excel.",
        "en": "The cell holds the Excel error '{value}': its figure cannot be known; the row is left out. Fix its formula in Excel.",
    },
    "problem.amount-too-large": {
        "id": "'{value}': jumlah terlalu besar (lebih dari Rp 1.000.000.000.000.000), tidak ada buku yang memuatnya; baris ini tidak dihitung.",
        "en": "'{value}': the amount is too large (over Rp 1.000.000.000.000.000), no book holds it; the row is left out.",
    },
    "problem.invalid-paid": {
        "id": "'{value}' bukan jumlah pembayaran yang sah; baris ini tidak dihitung.",
        "en": "'{value}' is not a valid paid amount; the row is left out.",
    },
    "problem.invalid-date": {
        "id": "'{value}' bukan tanggal yang sah; baris ini tidak dihitung.",
        "en": "'{value}' is not a real date; the row is left out.",
    },
    "problem.yearless-date": {
        "id": "Tanggal '{value}' tanpa tahun; baris ini tidak dihitung. Tulis tahunnya di tanggal itu, atau tahun bukunya di nama lembar atau di judulnya (misalnya 'Piutang 2026').",
        "en": "The date '{value}' has no year; the row is left out. Write its year in the date, or the book's year in the sheet's name or in its title ('Receivables 2026', say).",
    },
    "problem.invalid-terms": {
        "id": "Tempo '{value}' tidak dimengerti; faktur tetap dihitung, jatuh temponya memakai tempo bawaan.",
        "en": "The terms '{value}' were not understood; the invoice still counts, due after the default term.",
    },
    "problem.due-before-invoice": {
        "id": "Jatuh tempo sebelum tanggal fakturnya ({value}); faktur tetap dihitung, jatuh temponya dari tanggal faktur + tempo. Periksa tanggalnya.",
        "en": "The due date is before its invoice's date ({value}); the invoice still counts, due after its date + the terms. Check the dates.",
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
    "problem.parts-unsummed": {
        "id": "Total '{value}' tidak sama dengan jumlah bagian-bagiannya (yang dibayar tunai, QRIS atau transfer, dan yang dibon), jadi tidak jelas berapa yang dibon; baris ini tidak dihitung. Periksa angkanya.",
        "en": "The Total '{value}' is not the sum of its parts (paid in cash, QRIS or transfer, and on the tab), so what is owed cannot be told; the row is left out. Check the figures.",
    },
    "problem.parts-payment": {
        "id": "Catatan '{value}' berkata baris ini membayar bon, tetapi lembar ini mencatat belanja (tunai, QRIS, bon) tanpa kolom pembayaran, jadi uangnya tidak dihitung sebagai pembayaran dan bonnya masih terhitung utang. Tulis pembayaran itu sebagai bon minus (misalnya -200.000) atau di lembar pembayaran, lalu unggah lagi.",
        "en": "The note '{value}' says this row pays a tab, but this sheet records purchases (cash, QRIS, on the tab) with no payment column, so the money is not counted as a payment and the tab still counts as owed. Write the payment as a negative tab (-200,000, say) or on a payments sheet, and upload it again.",
    },
    "problem.draft-invoice": {
        "id": "Faktur berstatus '{value}' belum diposting, jadi belum menjadi piutang; baris ini tidak dihitung.",
        "en": "An invoice whose status is '{value}' is not posted yet, so it is no receivable; the row is left out.",
    },
    "problem.unmatched-invoice": {
        "id": "Pembayaran untuk faktur '{value}', yang tidak ada di antara faktur pelanggan ini; tetap dihitung untuk tagihan tertua pelanggan ini. Periksa nomor fakturnya.",
        "en": "A payment for invoice '{value}', which is not among this customer's invoices; it still counts against the customer's oldest dues. Check the invoice number.",
    },
    "problem.ambiguous-invoice": {
        "id": "Pembayaran untuk faktur '{value}', padahal dua atau lebih faktur pelanggan ini berakhiran nomor itu (misalnya dari tahun yang berbeda); tetap dihitung untuk tagihan tertua pelanggan ini. Tulis nomor fakturnya lengkap.",
        "en": "A payment for invoice '{value}', but two or more of this customer's invoices end in that number (from different years, say); it still counts against the customer's oldest dues. Write the invoice number in full.",
    },
    "problem.unread-status": {
        "id": "Status '{value}' tidak terbaca sebagai lunas atau belum; baris ini dihitung belum dibayar. Tulis 'Lunas' atau 'Belum' di kolom status, simpan, lalu unggah lagi.",
        "en": "The status '{value}' does not read as paid or unpaid; the row counts as not paid. Write 'Lunas' (paid) or 'Belum' (unpaid) in the status column, save and upload again.",
    },
    "problem.part-paid-status": {
        "id": "Status '{value}' berarti sebagian sudah dibayar, tetapi berapa yang dibayar tidak tertulis di kolom Dibayar; baris ini dihitung belum dibayar sama sekali. Tulis jumlah yang sudah dibayar di kolom Dibayar, simpan, lalu unggah lagi.",
        "en": "The status '{value}' says part was paid, but no Dibayar (paid) column says how much; the row counts as not paid at all. Write the amount paid in a Dibayar (paid) column, save and upload again.",
    },
    "problem.taken-back-beyond-paid": {
        "id": "Uang yang ditarik kembali dari '{value}' (jumlah minus) lebih besar dari semua yang ia bayar di buku piutang; kelebihannya tidak dihitung. Periksa angkanya.",
        "en": "Money taken back from '{value}' (a negative amount) is more than all they paid in the ledger; the excess is not counted. Check the figure.",
    },
    "problem.unknown-customer-payment": {
        "id": "Pembayaran dari '{value}', yang tidak punya faktur di buku piutang; tidak dihitung. Periksa ejaan namanya.",
        "en": "A payment from '{value}', who has no invoice in the ledger; not counted. Check how the name is spelled.",
    },
    "problem.ambiguous-customer-payment": {
        "id": "Pembayaran dari '{value}' tidak dihitung: nama ini cocok dengan lebih dari satu pelanggan di buku piutang (nama yang sama, dibedakan nomor HP atau keterangan di belakangnya), jadi tidak diketahui siapa yang membayar. Tulis nama pelanggan yang membayar persis seperti di daftar faktur, lalu unggah lagi.",
        "en": "The payment from '{value}' is not counted: the name fits more than one customer in the ledger (the same name told apart by a phone number or a note after it), so who paid cannot be told. Write the paying customer's name exactly as in the invoice list, and upload again.",
    },
    "problem.settled-by-newer-list": {
        "id": "Faktur {value} ada di daftar piutang belum lunas ini, tetapi tidak ada lagi di daftar belum lunas yang lebih baru (yang mencantumkan lagi faktur lain dari daftar ini): dianggap sudah lunas di antara kedua tanggal itu dan tidak dihitung. Bila ternyata belum dibayar, masukkan lagi ke daftar terbaru lalu unggah lagi.",
        "en": "Invoice {value} is on this list of unpaid invoices but no longer on the newer one (which lists other invoices of this list again): it counts as paid between the two dates and is not counted. If it was not paid after all, put it back on the newest list and upload again.",
    },
    "problem.missing-from-newer-list": {
        "id": "Faktur {value} masih terutang di daftar ini, tetapi tidak ada di daftar yang lebih baru (yang mencantumkan lagi faktur lain dari daftar ini); masih dihitung sebagai utang. Bila sudah lunas, tandai lunas di buku lalu unggah lagi.",
        "en": "Invoice {value} is still owed on this list but is not on the newer one (which lists other invoices of this list again); it still counts as owed. If it was paid, mark it paid in the book and upload again.",
    },
    "problem.repeated-receipt": {
        "id": "Baris ini sama persis dengan baris {value} di setiap kolom, nomor kwitansinya juga: satu kwitansi ditulis dua kali, dihitung sekali. Bila memang dua pembayaran, beri masing-masing nomor kwitansinya sendiri lalu unggah lagi.",
        "en": "This row is row {value} again, the same in every column, its receipt number too: one receipt written twice, counted once. If these were two payments, give each its own receipt number and upload again.",
    },
    "problem.future-invoice": {
        "id": "{value} bertanggal {date}, sesudah tanggal hitung {as_of}: tetap dihitung dalam sisa piutang (memang belum dibayar), tetapi belum jatuh tempo. Bila tanggalnya salah ketik, perbaiki di buku lalu unggah lagi.",
        "en": "{value} is dated {date}, after the as-of date {as_of}: it still counts in what is owed (it is unpaid), but not as late. If the date was typed wrong, correct it in the book and upload again.",
    },
    "problem.future-invoice.numbered": {"id": "Faktur {number}", "en": "Invoice {number}"},
    "problem.future-invoice.unnumbered": {
        "id": "Faktur tanpa nomor",
        "en": "An invoice without a number",
    },
    "problem.far-date": {
        "id": "Tanggal {value} berjarak puluhan tahun dari tanggal lain di kolom ini (dan dari tahun di nama lembarnya, bila ada): mungkin tahunnya salah ketik. Dibaca apa adanya, jadi umur piutangnya mengikuti tahun itu. Bila salah, perbaiki tahunnya di buku lalu unggah lagi.",
        "en": "The date {value} is decades away from the other dates of its column (and from the year in the sheet's name, if any): perhaps its year was typed wrong. It is read as written, so the debt's age follows that year. If it is wrong, correct the year in the book and upload again.",
    },
    "problem.foreign-currency": {
        "id": "Jumlah dalam mata uang '{value}', bukan rupiah; tidak dihitung.",
        "en": "An amount in '{value}', not rupiah; not counted.",
    },
    "problem.split-fields": {
        "id": "Baris ini terbagi menjadi {value} isian, lebih banyak dari judul kolomnya (mungkin angka berkoma desimal seperti 1250000,00 tanpa tanda kutip), jadi angkanya bisa bergeser ke kolom lain; baris ini tidak dihitung.",
        "en": "This row splits into {value} fields, more than its header has (perhaps an amount with a decimal comma, 1250000,00, and no quotes), so its figures could shift into other columns; the row is left out.",
    },
    "problem.unread-column": {
        "id": "Kolom '{value}' berisi angka di samping jumlah faktur, tetapi judulnya tidak dikenali, jadi tidak dibaca dan tidak dikurangkan dari piutang. Bila itu uang yang sudah dibayar, ganti judulnya menjadi 'Dibayar' di Excel lalu unggah lagi.",
        "en": "Column '{value}' holds figures beside the invoice amounts, but its heading is not recognised, so it is not read and nothing is taken off the receivables. If it is money already paid, rename it 'Dibayar' (Paid) in Excel and upload again.",
    },
    "problem.journal-account": {
        "id": "Baris jurnal akun '{value}': bukan akun Piutang Usaha, Piutang Dagang atau Accounts Receivable, jadi tidak dihitung sebagai piutang pelanggan. Bila itu piutang pelanggan, tulis akunnya Piutang Usaha.",
        "en": "A journal line on the account '{value}': not Piutang Usaha, Piutang Dagang or Accounts Receivable, so it is not counted as a customer's receivable. If it is one, write its account as Piutang Usaha.",
    },
    "problem.unclear-note-payment": {
        "id": "Catatan '{value}' menulis pembayaran lebih besar dari fakturnya (mungkin nomor referensi); tidak dihitung sebagai pembayaran, fakturnya tetap dihitung.",
        "en": "The note '{value}' writes a payment larger than its invoice (perhaps a reference number); not counted as paid, the invoice still counts.",
    },
    "problem.uncleared-payment": {
        "id": "Pembayaran berstatus '{value}' (giro/cek belum cair atau ditolak); tidak dihitung sebagai pembayaran.",
        "en": "A payment marked '{value}' (a giro or cheque not cleared or bounced); not counted as paid.",
    },
    "problem.conflicting-invoice": {
        "id": "Nomor faktur '{value}' muncul lagi dengan isi berbeda; keduanya dihitung, mohon periksa.",
        "en": "Invoice number '{value}' appears again with other details; both count, please check.",
    },
    "reading.carried_opening": {
        "id": "Saldo awal (dari lembar sebelumnya)",
        "en": "Opening balance (carried from the sheets before)",
    },
    "problem.check-mismatch": {
        "id": "{what} baris {row} di lembar '{sheet}': buku {book}, terhitung {read}.",
        "en": "{what} on row {row} of sheet '{sheet}': the book says {book}, the rows read give {read}.",
    },
    # A CSV's: the file has no sheet to name.
    "problem.check-mismatch-unsheeted": {
        "id": "{what} baris {row}: buku {book}, terhitung {read}.",
        "en": "{what} on row {row}: the book says {book}, the rows read give {read}.",
    },
    # Column fields, as the owner would name them.
    "field.invoice_no": {"id": "No. Faktur", "en": "Invoice no."},
    "field.customer": {"id": "Pelanggan", "en": "Customer"},
    "field.invoice_date": {"id": "Tanggal faktur", "en": "Invoice date"},
    "field.due_date": {"id": "Jatuh tempo", "en": "Due date"},
    "field.terms": {"id": "Tempo (hari)", "en": "Terms (days)"},
    "field.amount": {"id": "Jumlah", "en": "Amount"},
    "field.paid": {"id": "Dibayar", "en": "Paid"},
    "field.returned": {"id": "Retur / nota kredit", "en": "Returns / credit notes"},
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
    "summary.paid_after": {
        "id": "{amount} pembayaran bertanggal setelah {date} sudah dihitung sebagai dibayar (giro mundur, atau tanggalnya salah ketik?).",
        "en": "{amount} of payments dated after {date} is counted as paid already (a post-dated giro, or a date typed wrong?).",
    },
    "summary.credit_balances": {
        "id": "Kelebihan bayar (titipan pelanggan, bukan piutang)",
        "en": "Credit balances (the customers' money held, not receivables)",
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
    "ui.as_of_help": {
        "id": "Hari, bulan, tahun: 22/11/2026, 22-11-2026 atau 22 Nov 2026. Berlaku begitu kolom ditinggalkan (Enter, Tab atau klik di luar).",
        "en": "Day, month, year: 22/11/2026, 22-11-2026 or 22 Nov 2026. Applies as soon as you leave the field (Enter, Tab or a click elsewhere).",
    },
    "ui.as_of_unreadable": {
        "id": "'{text}' bukan tanggal; angka tetap per {date}.",
        "en": "'{text}' is not a date; the figures stay as of {date}.",
    },
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
    "ui.exact_amount": {"id": "Tepatnya {amount}.", "en": "Exactly {amount}."},
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
    "ui.payments_returns": {"id": "Pembayaran dan retur", "en": "Payments and returns"},
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
    "col.returned": {"id": "Retur", "en": "Returned"},
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
    # Streamlit's own texts inside every upload box (ui/uploader.py).
    "uploader.choose": {"id": "Pilih berkas", "en": "Upload"},
    "uploader.drag_many": {
        "id": "Tarik dan lepas berkas di sini",
        "en": "Drag and drop files here",
    },
    "uploader.drag_one": {
        "id": "Tarik dan lepas berkas di sini",
        "en": "Drag and drop a file here",
    },
    "uploader.limit": {"id": "Maks. {size} MB per berkas", "en": "Limit {size} MB per file"},
    "uploader.limit_types": {
        "id": "Maks. {size} MB per berkas • {types}",
        "en": "Limit {size} MB per file • {types}",
    },
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
    "upload.counts_returns": {
        "id": "Format {format}: {rows} baris dibaca, {invoices} faktur, {payments} pembayaran, {returns} retur.",
        "en": "Format {format}: {rows} rows read, {invoices} invoices, {payments} payments, {returns} returns.",
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
    "upload.remap": {
        "id": "Perbaiki bentuk buku dan kolom",
        "en": "Correct the book's shape and columns",
    },
    "upload.remap_help": {
        "id": "Jika Tagih salah menebak bentuk buku atau kolomnya, pilih yang benar lalu baca ulang. Pilihan Anda ikut tersimpan.",
        "en": "If Tagih guessed the book's shape or a column wrong, pick the right one and read it again. Your choice is saved with the file.",
    },
    "upload.shape": {"id": "Bentuk buku", "en": "Book shape"},
    "upload.shape_auto": {"id": "Otomatis: {guess}", "en": "Automatic: {guess}"},
    "upload.sheet_shape": {"id": "Dibaca sebagai", "en": "Read as"},
    "upload.auto": {"id": "Otomatis ({guess})", "en": "Automatic ({guess})"},
    "upload.none": {"id": "(tidak ada di berkas)", "en": "(not in the file)"},
    "upload.reimport": {
        "id": "Baca ulang dengan pilihan ini",
        "en": "Read again with these choices",
    },
    # How a file was read: the shape of its sheets and the book's own figures checked.
    "shape.invoice_list": {"id": "daftar faktur", "en": "an invoice list"},
    "shape.customer_card": {"id": "kartu piutang", "en": "customer cards (kartu piutang)"},
    "shape.journal": {
        "id": "jurnal / buku pembantu piutang",
        "en": "a journal (buku pembantu piutang)",
    },
    "shape.grouped": {"id": "daftar per pelanggan", "en": "a list grouped by customer"},
    "shape.aging_report": {"id": "laporan umur piutang", "en": "an aging report"},
    "shape.payment_list": {"id": "daftar pembayaran", "en": "a payment list"},
    "shape.contact_list": {"id": "daftar kontak pelanggan", "en": "a customer contact list"},
    "reading.line": {
        "id": "Dibaca sebagai {shape}: {counts}{checks}.",
        "en": "Read as {shape}: {counts}{checks}.",
    },
    "reading.sheets": {"id": "{count} lembar", "en": "{count} sheets"},
    "reading.sheets.one": {"id": "{count} lembar", "en": "{count} sheet"},
    "reading.customers": {"id": "{count} pelanggan", "en": "{count} customers"},
    "reading.customers.one": {"id": "{count} pelanggan", "en": "{count} customer"},
    "reading.saldo.ok": {"id": "saldo cocok di semua baris", "en": "Saldo agrees on every row"},
    "reading.saldo.wrong": {"id": "saldo TIDAK cocok", "en": "Saldo does NOT agree"},
    "reading.saldo.wrong_some": {
        "id": "saldo TIDAK cocok di {wrong} dari {of} lembar",
        "en": "Saldo does NOT agree on {wrong} of {of} sheets",
    },
    "reading.totals.ok": {"id": "sub total dan total cocok", "en": "sub totals and totals agree"},
    "reading.totals.wrong": {
        "id": "sub total / total TIDAK cocok",
        "en": "sub totals / totals do NOT agree",
    },
    "reading.totals.wrong_some": {
        "id": "sub total / total TIDAK cocok di {wrong} dari {of} lembar",
        "en": "sub totals / totals do NOT agree on {wrong} of {of} sheets",
    },
    "reading.sisa.ok": {"id": "sisa cocok di semua baris", "en": "Sisa agrees on every row"},
    "reading.sisa.wrong": {"id": "sisa TIDAK cocok", "en": "Sisa does NOT agree"},
    "reading.sisa.wrong_some": {
        "id": "sisa TIDAK cocok di {wrong} dari {of} lembar",
        "en": "Sisa does NOT agree on {wrong} of {of} sheets",
    },
    "reading.saldo.uncalculated": {
        "id": "saldo tidak dicek (rumusnya belum pernah dihitung)",
        "en": "Saldo not checked (its formulas were never calculated)",
    },
    "reading.totals.uncalculated": {
        "id": "total tidak dicek (rumusnya belum pernah dihitung)",
        "en": "totals not checked (their formulas were never calculated)",
    },
    "reading.sisa.uncalculated": {
        "id": "sisa tidak dicek (rumusnya belum pernah dihitung)",
        "en": "Sisa not checked (its formulas were never calculated)",
    },
    "reading.saldo.error": {
        "id": "saldo tidak dicek (ada sel galat Excel, misalnya #REF!)",
        "en": "Saldo not checked (a cell holds an Excel error, such as #REF!)",
    },
    "reading.totals.error": {
        "id": "total tidak dicek (ada sel galat Excel, misalnya #REF!)",
        "en": "totals not checked (a cell holds an Excel error, such as #REF!)",
    },
    "reading.sisa.error": {
        "id": "sisa tidak dicek (ada sel galat Excel, misalnya #REF!)",
        "en": "Sisa not checked (a cell holds an Excel error, such as #REF!)",
    },
    "reading.no_checks": {
        "id": "tanpa saldo atau total untuk dicocokkan",
        "en": "no Saldo or totals of its own to check against",
    },
    "reading.mismatch_title": {
        "id": "Angka di buku tidak cocok dengan baris-barisnya. Periksa baris ini di Excel:",
        "en": "The book's own figures disagree with its rows. Check these rows in Excel:",
    },
    "reading.mismatch_place": {
        "id": "{file}, lembar '{sheet}' baris {row} (buku {book}, terhitung {read})",
        "en": "{file}, sheet '{sheet}' row {row} (book {book}, read {read})",
    },
    "reading.mismatch_summary": {
        "id": "Angka buku tidak cocok dengan barisnya di {count} tempat: {places}. Rinciannya di halaman Unggah.",
        "en": "The book's own figures disagree with its rows in {count} places: {places}. Details on the Upload page.",
    },
    "reading.mismatch_summary.one": {
        "id": "Angka buku tidak cocok dengan barisnya di 1 tempat: {places}. Rinciannya di halaman Unggah.",
        "en": "The book's own figures disagree with its rows in 1 place: {places}. Details on the Upload page.",
    },
    "reading.more": {"id": " dan {count} lagi", "en": " and {count} more"},
    "reading.and": {"id": ", dan ", "en": ", and "},
    "reading.swapped": {
        "id": "Debet dan Kredit dibaca terbalik (Kredit yang diambil, Debet yang dibayar), sesuai jalannya Saldo",
        "en": "Debit and Credit read the other way round (Credit what was taken, Debit what was paid), as the Saldo runs",
    },
    "reading.month_first": {
        "id": "tanggal ditulis bulan dulu (10/15/2026 dibaca 15 Okt 2026)",
        "en": "dates written month first (10/15/2026 read as 15 Oct 2026)",
    },
    "reading.item_lines": {
        "id": "satu baris per barang: {count} baris dijumlahkan ke fakturnya",
        "en": "a line per item: {count} lines added to their invoice",
    },
    "reading.unit": {
        "id": "angka buku dalam satuan Rp {unit} (dibaca dikali {unit})",
        "en": "figures in units of Rp {unit} (read multiplied by {unit})",
    },
    "reading.book_summary": {
        "id": "Perlu diperiksa di buku: {what}. Mulai dari {places}. Rinciannya di halaman Unggah.",
        "en": "To check in the book: {what}. Starting at {places}. Details on the Upload page.",
    },
    "reading.book_summary_here": {
        "id": "Perlu diperiksa di buku: {what}. Mulai dari {places}.",
        "en": "To check in the book: {what}. Starting at {places}.",
    },
    "reading.book_payments": {
        "id": "{count} pembayaran tidak cocok dengan faktur atau pelanggan mana pun dan tidak dihitung",
        "en": "{count} payments match no invoice or customer in it and are not counted",
    },
    "reading.book_payments.one": {
        "id": "1 pembayaran tidak cocok dengan faktur atau pelanggan mana pun dan tidak dihitung",
        "en": "1 payment matches no invoice or customer in it and is not counted",
    },
    "reading.book_numbers": {
        "id": "{count} nomor faktur dipakai lagi untuk penjualan lain (semuanya dihitung)",
        "en": "{count} invoice numbers are used again for another sale (all of them count)",
    },
    "reading.book_numbers.one": {
        "id": "1 nomor faktur dipakai lagi untuk penjualan lain (semuanya dihitung)",
        "en": "1 invoice number is used again for another sale (all of them count)",
    },
    "reading.book_future": {
        "id": "{count} faktur bertanggal sesudah tanggal hitung (tetap dihitung sebagai piutang, belum jatuh tempo)",
        "en": "{count} invoices are dated after the as-of date (still counted as owed, not as late)",
    },
    "reading.book_future.one": {
        "id": "1 faktur bertanggal sesudah tanggal hitung (tetap dihitung sebagai piutang, belum jatuh tempo)",
        "en": "1 invoice is dated after the as-of date (still counted as owed, not as late)",
    },
    "reading.problem_place": {
        "id": "{file}, lembar '{sheet}' baris {row}",
        "en": "{file}, sheet '{sheet}' row {row}",
    },
    "upload.book_problems": {
        "id": "Yang perlu diperiksa di seluruh buku",
        "en": "To check across the whole book",
    },
    "reading.credit_balances": {
        "id": "Kelebihan bayar: {count} pelanggan, {total} (titipan mereka, bukan piutang).",
        "en": "Credit balances (overpaid): {count} customers, {total} (theirs, not owed to you).",
    },
    "customer.credit_balance": {
        "id": "Kelebihan bayar (titipan): {amount}. Pelanggan ini sudah membayar lebih dari tagihannya; potong dari belanja berikutnya atau kembalikan.",
        "en": "Credit balance (overpaid): {amount}. This customer paid more than they owe; deduct it from their next purchase or pay it back.",
    },
    "payment.kind.payment": {"id": "Pembayaran", "en": "Payment"},
    "payment.kind.return": {"id": "Retur", "en": "Return"},
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
        "id": "Hapus '{file}' beserta {contents} dari Tagih? Berkas asli Anda tidak tersentuh.",
        "en": "Remove '{file}' and its {contents} from Tagih? Your own file is not touched.",
    },
    "upload.contents.invoices": {"id": "{count} faktur", "en": "{count} invoices"},
    "upload.contents.payments": {"id": "{count} pembayaran", "en": "{count} payments"},
    "upload.contents.returns": {"id": "{count} retur", "en": "{count} returns"},
    "upload.contents.none": {"id": "isinya", "en": "contents"},
    "upload.contents.and": {"id": " dan ", "en": " and "},
    "upload.returns": {"id": "Retur", "en": "Returns"},
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
    # The playbook: step names, descriptions and why a step was chosen.
    "step.1": {"id": "1. Sapa dengan ramah", "en": "1. Friendly check-in"},
    "step.2": {"id": "2. Pastikan faktur diterima", "en": "2. Did the invoice reach you?"},
    "step.3": {"id": "3. Ingatkan jatuh tempo", "en": "3. Due-date reminder"},
    "step.4": {"id": "4. Ingatkan dengan sedikit humor", "en": "4. A light touch of humour"},
    "step.5": {"id": "5. Surat tagihan tertulis", "en": "5. Written reminder"},
    "step.6": {"id": "6. Serahkan ke bagian keuangan", "en": "6. Hand it to finance staff"},
    # The late fee is off until the owner sets one: the step's name does not promise one.
    "step.7": {"id": "7. Tegas tapi sopan", "en": "7. Firm, still polite"},
    "step.8": {"id": "8. Kesepakatan tertulis baru", "en": "8. A new written agreement"},
    "step.9": {"id": "9. Diskon untuk pelunasan", "en": "9. A discount to settle"},
    "step.10": {"id": "10. Lebih tegas soal kredit", "en": "10. Firmer about credit"},
    "step.1.desc": {
        "id": "Telepon, tanyakan kabar dan usahanya sebelum membahas tagihan: menunjukkan kepedulian dan menjaga hubungan.",
        "en": "Call, ask how they and their business are doing before raising the bill: it shows care and keeps the relationship warm.",
    },
    "step.2.desc": {
        "id": "Tanyakan apakah faktur sudah diterima dan diperiksa, walau Anda tahu sudah dikirim: tidak ada celah untuk mengelak.",
        "en": "Ask whether the invoice arrived and was checked, even when you know it was sent: it leaves no room to dodge.",
    },
    "step.3.desc": {
        "id": "Ingatkan jatuh tempo dengan sopan; kebanyakan yang telat hanya sibuk dan lupa.",
        "en": "Remind them politely of the due date; most late payers are busy and forgot.",
    },
    "step.4.desc": {
        "id": "Telepon berulang bisa menjengkelkan; sedikit humor membuat pelanggan tidak merasa dikejar.",
        "en": "Repeated calls annoy; a small joke keeps them from feeling hounded.",
    },
    "step.5.desc": {
        "id": "Surat atau e-mail yang merinci utang, bagi yang sungkan menagih langsung. Jika diabaikan, lanjut ke langkah berikutnya.",
        "en": "A letter or e-mail setting out the debts, for owners who find face-to-face collection awkward. If ignored, move on.",
    },
    "step.6.desc": {
        "id": "Staf keuangan menagih lewat telepon atau datang langsung: terlihat profesional dan pemilik tidak perlu canggung.",
        "en": "A finance staff member collects by phone or in person: it looks professional and keeps the owner out of the awkward part.",
    },
    "step.7.desc": {
        "id": "Setelah jatuh tempo dan masa tenggang: nyatakan tagihan terlambat, kelonggaran sudah diberikan, dan denda dikenakan.",
        "en": "After the due date and a grace period: state the bill is overdue, leeway was given, and a late fee is charged.",
    },
    "step.8.desc": {
        "id": "Bila penagihan gagal, sepakati cara bayar baru secara tertulis (tanggal, jumlah) dan ingatkan tiap cicilan.",
        "en": "When collection fails, agree in writing on a new arrangement (dates, amounts) and remind before each instalment.",
    },
    "step.9.desc": {
        "id": "Tawarkan potongan bila dibayar sekarang: kurangi margin keuntungan, tapi jangan sampai rugi.",
        "en": "Offer a discount for paying now: cut the profit margin, but never so far that the sale makes a loss.",
    },
    "step.10.desc": {
        "id": "Tolak kredit baru dengan sopan untuk pelanggan yang sering telat: saya sedang butuh modal untuk perputaran usaha.",
        "en": "Politely refuse new credit to customers who pay badly: I need the cash to keep the business turning.",
    },
    "reason.not_due": {
        "id": "Belum jatuh tempo (jatuh tempo {date}).",
        "en": "Not due yet (due {date}).",
    },
    "reason.due_soon": {
        "id": "Jatuh tempo {date}, {days} hari lagi.",
        "en": "Due on {date}, in {days} days.",
    },
    "reason.due_soon.one": {"id": "Jatuh tempo {date}, besok.", "en": "Due on {date}, tomorrow."},
    "reason.due_today": {"id": "Jatuh tempo hari ini ({date}).", "en": "Due today ({date})."},
    "reason.late": {
        "id": "Terlambat {days} hari sejak jatuh tempo {date}.",
        "en": "{days} days late since the due date {date}.",
    },
    "reason.late.one": {
        "id": "Terlambat {days} hari sejak jatuh tempo {date}.",
        "en": "{days} day late since the due date {date}.",
    },
    "reason.no_result": {
        "id": "Langkah '{step_name}' belum membuahkan hasil setelah {days} hari: naik ke langkah berikutnya.",
        "en": "Step '{step_name}' brought no result after {days} days: on to the next step.",
    },
    "reason.waiting": {
        "id": "Menunggu hasil langkah '{step_name}' sampai {date}.",
        "en": "Waiting for a result of step '{step_name}' until {date}.",
    },
    "reason.promise_today": {
        "id": "Janji bayar {amount} jatuh hari ini ({date}).",
        "en": "A promise to pay {amount} falls due today ({date}).",
    },
    "reason.promise_pending": {
        "id": "Menunggu janji bayar pada {date}.",
        "en": "Waiting for the promise to pay on {date}.",
    },
    "reason.promise_broken": {
        "id": "Janji bayar {date} tidak ditepati.",
        "en": "The promise to pay on {date} was broken.",
    },
    "reason.paid_since": {
        "id": "Sudah ada pembayaran sejak kontak terakhir; kembali ke langkah sesuai keterlambatan ({days} hari).",
        "en": "A payment came in since the last contact; back to the step for {days} days late.",
    },
    "reason.over_90": {
        "id": "Terlambat {days} hari tanpa kesepakatan: minimal langkah 7.",
        "en": "{days} days late with no agreement in force: step 7 at least.",
    },
    "reason.instalment_soon": {
        "id": "Cicilan ke-{no} sebesar {amount} jatuh tempo {date}.",
        "en": "Instalment {no} of {amount} falls due on {date}.",
    },
    "reason.instalment_missed": {
        "id": "Cicilan ke-{no} ({amount}, jatuh tempo {date}) belum dibayar.",
        "en": "Instalment {no} ({amount}, due {date}) was missed.",
    },
    "reason.agreement_running": {
        "id": "Kesepakatan berjalan; belum ada cicilan yang dekat.",
        "en": "An agreement is running; no instalment is close.",
    },
    "reason.missing.earlier_contact": {
        "id": "Belum pernah dihubungi: pengingat jatuh tempo biasa dulu, humor nanti.",
        "en": "Not contacted before: the plain due-date reminder first, humour later.",
    },
    "reason.missing.named_staff": {
        "id": "Belum ada staf yang menangani pelanggan ini: langkah staf keuangan dilewati.",
        "en": "No staff member handles this customer: the finance-staff step is skipped.",
    },
    "reason.offer_open": {
        "id": "Penawaran diskon pelunasan berlaku sampai {date}.",
        "en": "A settlement offer stands until {date}.",
    },
    # Reminder letters.
    "letter.title.reminder": {"id": "SURAT TAGIHAN", "en": "PAYMENT REMINDER"},
    "letter.title.firm": {
        "id": "SURAT PEMBERITAHUAN KETERLAMBATAN",
        "en": "NOTICE OF OVERDUE PAYMENT",
    },
    "letter.title.upcoming": {
        "id": "PEMBERITAHUAN JATUH TEMPO",
        "en": "DUE DATE NOTICE",
    },
    "letter.intro.reminder": {
        "id": "Dengan hormat, menurut catatan kami per {date}, tagihan berikut belum kami terima pembayarannya:",
        "en": "According to our records as of {date}, we have not yet received payment for the following invoices:",
    },
    "letter.intro.firm": {
        "id": "Dengan hormat, per {date} tagihan berikut sudah lewat jatuh tempo:",
        "en": "As of {date} the following invoices are past due:",
    },
    "letter.intro.firm.told": {
        "id": "Dengan hormat, per {date} tagihan berikut sudah lewat jatuh tempo, dan {told}:",
        "en": "As of {date} the following invoices are past due, and {told}:",
    },
    "letter.intro.firm_part": {
        "id": "Dengan hormat, menurut catatan kami per {date}, tagihan berikut belum kami terima pembayarannya. Yang sudah lewat jatuh tempo, sebesar {late}, ditandai dengan jumlah hari keterlambatannya:",
        "en": "According to our records as of {date}, we have not yet received payment for the following invoices. Those past due, {late} in all, show their days late:",
    },
    "letter.intro.firm_part.told": {
        "id": "Dengan hormat, menurut catatan kami per {date}, tagihan berikut belum kami terima pembayarannya. Yang sudah lewat jatuh tempo, sebesar {late}, ditandai dengan jumlah hari keterlambatannya; untuk tagihan itu {told}:",
        "en": "According to our records as of {date}, we have not yet received payment for the following invoices. Those past due, {late} in all, show their days late; for them {told}:",
    },
    # What the firm notice and somasi I say was done before, each only when it is on record
    # (``History.reminded``, ``History.given_time``).
    "letter.told.both": {
        "id": "kami sudah mengingatkan sebelumnya dan memberikan kelonggaran waktu",
        "en": "we have reminded you before and allowed extra time",
    },
    "letter.told.reminded": {
        "id": "kami sudah mengingatkan sebelumnya",
        "en": "we have reminded you before",
    },
    "letter.told.time": {
        "id": "kami sudah memberikan kelonggaran waktu",
        "en": "we have already allowed extra time",
    },
    "letter.intro.upcoming": {
        "id": "Dengan hormat, menurut catatan kami per {date}, tagihan berikut belum jatuh tempo. Kami sampaikan sebagai pengingat tanggal jatuh temponya:",
        "en": "According to our records as of {date}, the following invoices are not yet due. We send them as a reminder of their due dates:",
    },
    "letter.not_due": {
        "id": "Tagihan sebesar {amount} belum jatuh tempo ({invoices}) dan tidak termasuk dalam permintaan pembayaran ini; mohon dibayar pada tanggal jatuh temponya.",
        "en": "A further {amount} is not yet due ({invoices}) and is not asked for in this letter; please pay it on its due date.",
    },
    "letter.not_due_item": {"id": "{number} jatuh tempo {date}", "en": "{number} due {date}"},
    "letter.no_number": {"id": "(tanpa nomor)", "en": "(no number)"},
    "invoice.opening": {"id": "Saldo awal", "en": "Opening balance"},
    "letter.fee": {
        "id": "Sesuai ketentuan, atas keterlambatan melewati masa tenggang {grace} hari dikenakan denda sebesar {fee}, dihitung terpisah dari tagihan, sehingga jumlah yang perlu dibayar menjadi {total}.",
        "en": "As our terms provide, a late fee of {fee} is charged for the delay beyond the {grace}-day grace period, apart from the debt, so the amount to pay is {total}.",
    },
    "letter.closing.reminder": {
        "id": "Mohon kiranya {title} dapat melunasi tagihan yang sudah lewat jatuh tempo sebesar {total} paling lambat {date}. Bila pembayaran sudah dilakukan, mohon abaikan surat ini dan kirimkan bukti pembayarannya kepada kami. Terima kasih atas perhatian dan kerja samanya.",
        "en": "We kindly ask you, {title}, to settle the overdue amount of {total} by {date}. If you have already paid, please disregard this letter and send us the receipt. Thank you for your attention and cooperation.",
    },
    "letter.closing.firm": {
        "id": "Kami mohon pelunasan tagihan yang sudah lewat jatuh tempo sebesar {total} beserta dendanya paling lambat {date}. Kami tetap menghargai kerja sama yang baik selama ini dan berharap tidak perlu mengambil langkah lebih lanjut.",
        "en": "We ask you to settle the overdue amount of {total} with the late fee by {date}. We continue to value our good cooperation and hope no further steps will be needed.",
    },
    "letter.closing.upcoming": {
        "id": "Tagihan sebesar {total} ini belum jatuh tempo, dan kami tidak memintanya sebelum waktunya. Mohon kiranya {title} dapat melunasi setiap tagihan pada tanggal jatuh temponya; yang paling awal jatuh tempo {date}. Bila pembayaran sudah dilakukan, mohon abaikan surat ini. Terima kasih atas perhatian dan kerja samanya.",
        "en": "This {total} is not yet due, and we do not ask for it before its time. We kindly ask you, {title}, to settle each invoice on its due date; the first falls due on {date}. If you have already paid, please disregard this letter. Thank you for your attention and cooperation.",
    },
    "letter.nothing_overdue": {
        "id": "Tidak ada tagihan '{name}' yang sudah lewat jatuh tempo per {date}: surat pemberitahuan keterlambatan (--firm) tidak dibuat. Buat surat tanpa --firm untuk mengingatkan tanggal jatuh temponya.",
        "en": "Nothing of '{name}' is past due as of {date}: no notice of overdue payment (--firm) is made. Make the letter without --firm to remind them of the due dates.",
    },
    "letter.no_business": {
        "id": 'Surat perlu nama toko yang menandatanganinya: tambahkan --business "Nama Toko", atau simpan nama toko di halaman Pengaturan.',
        "en": 'A letter needs the name of the shop that signs it: add --business "Shop name", or save the shop\'s name on the Settings page.',
    },
    "cli.actions_title": {
        "id": "Daftar tagih {date}: {count} pelanggan",
        "en": "Collection list for {date}: {count} customers",
    },
    "cli.no_customer": {
        "id": "Pelanggan '{name}' tidak punya tagihan terbuka di berkas ini.",
        "en": "Customer '{name}' has no open invoice in these files.",
    },
    "cli.cannot_write": {
        "id": "Tidak dapat menulis {file}: {detail}",
        "en": "Cannot write {file}: {detail}",
    },
    "cli.letter_written": {
        "id": "Surat tagihan ditulis ke {file}.",
        "en": "Reminder letter written to {file}.",
    },
    # Contacts, promises and the customer's timeline.
    "channel.phone": {"id": "Telepon", "en": "Phone"},
    "channel.whatsapp": {"id": "WhatsApp", "en": "WhatsApp"},
    "channel.visit": {"id": "Kunjungan", "en": "Visit"},
    "channel.letter": {"id": "Surat", "en": "Letter"},
    "channel.email": {"id": "E-mail", "en": "E-mail"},
    "outcome.no_answer": {"id": "tidak diangkat / tidak dibalas", "en": "no answer"},
    "outcome.promised": {"id": "janji bayar", "en": "promised to pay"},
    "outcome.disputed": {"id": "tagihan dipersoalkan", "en": "disputed"},
    "outcome.paid": {"id": "sudah bayar", "en": "paid"},
    "outcome.refused": {"id": "menolak bayar", "en": "refused"},
    "outcome.sent": {"id": "terkirim", "en": "sent"},
    "promise.open": {"id": "menunggu", "en": "open"},
    "promise.kept": {"id": "ditepati", "en": "kept"},
    "promise.broken": {"id": "tidak ditepati", "en": "broken"},
    "timeline.invoice": {
        "id": "Faktur {number} (jatuh tempo {due})",
        "en": "Invoice {number} (due {due})",
    },
    "timeline.payment": {"id": "Pembayaran faktur {number}", "en": "Payment for invoice {number}"},
    "timeline.return": {"id": "Retur faktur {number}", "en": "Return for invoice {number}"},
    "timeline.manual_payment": {"id": "Pembayaran dicatat manual", "en": "Payment entered by hand"},
    "timeline.contact": {
        "id": "{channel} oleh {by}: {outcome}.",
        "en": "{channel} by {by}: {outcome}.",
    },
    "timeline.owner": {"id": "pemilik", "en": "the owner"},
    "timeline.promise": {
        "id": "Janji {amount} pada {date}: {status}.",
        "en": "Promise of {amount} by {date}: {status}.",
    },
    "timeline.letter": {
        "id": "Surat tagihan dibuat (langkah {step})",
        "en": "Reminder letter made (step {step})",
    },
    "timeline.offer": {
        "id": "Penawaran diskon pelunasan, berlaku sampai {date}",
        "en": "Settlement offer, valid until {date}",
    },
    "timeline.agreement": {"id": "Kesepakatan pembayaran baru", "en": "New payment agreement"},
    # Today's list.
    "nav.today": {"id": "Hari Ini", "en": "Today"},
    "today.intro": {
        "id": "Siapa yang perlu dihubungi hari ini ({date}), langkah mana yang berlaku, dan apa yang perlu dikatakan. Urutannya: janji bayar yang jatuh hari ini, lalu yang pernah ingkar janji, lalu jumlah lewat jatuh tempo terbesar, lalu yang paling lama terlambat.",
        "en": "Who to contact today ({date}), which playbook step applies, and what to say. In this order: promises due today, then those who broke a promise, then the largest amount overdue, then the longest late.",
    },
    "today.overdue_listed": {
        "id": "Lewat jatuh tempo di daftar ini",
        "en": "Overdue on this list",
    },
    "today.template_error": {
        "id": "Berkas template pesan Anda tidak dapat dibaca ({detail}); sementara dipakai template bawaan.",
        "en": "Your message template file cannot be read ({detail}); the built-in templates are used for now.",
    },
    "today.filter_staff": {"id": "Daftar untuk", "en": "List for"},
    "today.everyone": {"id": "Semua pelanggan", "en": "All customers"},
    "today.count": {"id": "Perlu dihubungi hari ini", "en": "To contact today"},
    "today.promises_today": {"id": "Janji bayar jatuh hari ini", "en": "Promises due today"},
    "today.nothing": {
        "id": "Tidak ada yang perlu ditagih hari ini.",
        "en": "Nobody needs chasing today.",
    },
    "today.channel": {"id": "Lewat", "en": "Channel"},
    "today.outcome": {"id": "Hasil", "en": "Outcome"},
    "today.by": {"id": "Oleh", "en": "By"},
    "today.promise_date": {"id": "Janji bayar tanggal", "en": "Promised date"},
    "today.promise_amount": {"id": "Janji bayar sebesar (Rp)", "en": "Promised amount (Rp)"},
    "today.note": {"id": "Catatan", "en": "Note"},
    "today.save": {"id": "Simpan", "en": "Save"},
    "today.saved": {"id": "Tercatat untuk {name}.", "en": "Recorded for {name}."},
    "today.promise_needs": {
        "id": "Janji bayar perlu tanggal dan jumlah lebih dari nol.",
        "en": "A promise needs a date and an amount above zero.",
    },
    "today.overdue_part": {"id": "{amount} lewat jatuh tempo", "en": "{amount} overdue"},
    "today.broken": {"id": "{count} janji bayar tidak ditepati", "en": "{count} broken promises"},
    "today.bad_payer": {
        "id": "Langkah 10: pelanggan ini sering telat ({late} dari {paid} faktur lunas dibayar lewat jatuh tempo). Lebih tegas soal utang baru (lihat halaman Boleh utang?).",
        "en": "Step 10: this customer pays late ({late} of {paid} paid invoices were paid after their due date). Be firmer about new credit (see the credit check page).",
    },
    "today.fee": {
        "id": "denda {fee} (terpisah dari utang)",
        "en": "late fee {fee} (apart from the debt)",
    },
    "today.message": {"id": "Pesan yang disarankan", "en": "Suggested message"},
    "today.edit_message": {
        "id": "Ubah pesan sebelum dikirim",
        "en": "Edit the message before sending",
    },
    "today.no_phone": {"id": "Tidak ada nomor HP.", "en": "No phone number."},
    "today.letter": {"id": "Surat (PDF)", "en": "Letter (PDF)"},
    "today.copy": {
        "id": "Salin pesan (ikon di pojok kanan):",
        "en": "Copy the message (icon at the right):",
    },
    "today.log": {"id": "Catat kontak", "en": "Log a contact"},
    "today.more": {"id": "Tampilkan {count} lagi", "en": "Show {count} more"},
    "today.waiting": {"id": "Menunggu hasil ({count})", "en": "Waiting for a result ({count})"},
    # Settings: the playbook, the late fee, staff, templates.
    "settings.playbook": {"id": "Aturan langkah penagihan", "en": "Collection playbook rules"},
    "settings.playbook_help": {
        "id": "Langkah dipilih dari keterlambatan faktur tertua yang belum lunas dan dari apa yang sudah dicoba. Langkah tanpa hasil setelah masa tunggunya naik ke langkah berikutnya; pembayaran atau janji yang ditepati mengembalikan ke langkah sesuai keterlambatan.",
        "en": "The step follows from how late the oldest unpaid invoice is and from what was tried. A step with no result after its wait moves on; a payment or a kept promise moves back to the step for the lateness.",
    },
    "settings.col.step": {"id": "Langkah", "en": "Step"},
    "settings.col.when": {"id": "Kapan (tanpa riwayat)", "en": "When (no history)"},
    "settings.col.wait": {"id": "Tunggu (hari)", "en": "Wait (days)"},
    "settings.col.what": {"id": "Apa yang dilakukan", "en": "What to do"},
    "settings.when.before": {
        "id": "{days} s.d. 2 hari sebelum jatuh tempo",
        "en": "{days} to 2 days before the due date",
    },
    "settings.when.day_before": {
        "id": "sehari sebelum jatuh tempo",
        "en": "the day before the due date",
    },
    "settings.when.due_day": {"id": "pada hari jatuh tempo", "en": "on the due date"},
    "settings.when.late": {"id": "terlambat {low}-{high} hari", "en": "{low}-{high} days late"},
    "settings.when.beyond": {
        "id": "terlambat lebih dari {days} hari",
        "en": "more than {days} days late",
    },
    "settings.when.flag": {
        "id": "tanda: dari {paid} faktur lunas atau lebih yang tanggal bayarnya tercatat, sebagian besar dilunasi lewat jatuh tempo",
        "en": "a flag: {paid} or more paid invoices with known payment dates, most of them paid late",
    },
    "settings.rule.due_soon_days": {
        "id": "Mulai sapa (hari sebelum jatuh tempo)",
        "en": "Check in from (days before due)",
    },
    "settings.rule.humour_until": {
        "id": "Humor sampai (hari terlambat)",
        "en": "Humour up to (days late)",
    },
    "settings.rule.written_until": {"id": "Surat tagihan sampai", "en": "Written reminder up to"},
    "settings.rule.staff_until": {"id": "Staf keuangan sampai", "en": "Finance staff up to"},
    "settings.rule.firm_until": {"id": "Tegas + denda sampai", "en": "Firm notice up to"},
    "settings.rule.agreement_until": {"id": "Kesepakatan baru sampai", "en": "New agreement up to"},
    "settings.rule.bad_payer_min_paid": {
        "id": "Tanda langkah 10: minimal faktur lunas",
        "en": "Step 10 flag: paid invoices at least",
    },
    "settings.rule.instalment_reminder_days": {
        "id": "Ingatkan cicilan (hari sebelumnya)",
        "en": "Remind of instalments (days before)",
    },
    "settings.waits": {"id": "Masa tunggu per langkah (hari)", "en": "Wait per step (days)"},
    "settings.rules_invalid": {
        "id": "Batas hari harus naik: humor < surat < staf < tegas < kesepakatan.",
        "en": "The day limits must grow: humour < written < staff < firm < agreement.",
    },
    "settings.fee": {"id": "Denda keterlambatan", "en": "Late fee"},
    "settings.fee_kind": {"id": "Jenis denda", "en": "Kind of fee"},
    "settings.fee_kind.percent": {
        "id": "Persen per bulan (dihitung per hari)",
        "en": "Percent per month (pro rata by day)",
    },
    "settings.fee_kind.fixed": {
        "id": "Jumlah tetap per faktur",
        "en": "A fixed amount per invoice",
    },
    "settings.fee_kind.none": {"id": "Tanpa denda", "en": "No fee"},
    "settings.fee_grace": {"id": "Masa tenggang (hari)", "en": "Grace period (days)"},
    "settings.fee_percent": {"id": "Persen per bulan", "en": "Percent per month"},
    "settings.fee_fixed": {"id": "Jumlah tetap (Rp)", "en": "Fixed amount (Rp)"},
    "settings.fee_cap": {
        "id": "Batas maksimum per faktur (Rp, 0 = tanpa batas)",
        "en": "Cap per invoice (Rp, 0 = none)",
    },
    "settings.fee_help": {
        "id": "Denda dihitung per faktur dan ditampilkan terpisah di pesan dan surat langkah 7; tidak pernah ditambahkan diam-diam ke buku piutang.",
        "en": "The fee is computed per invoice and shown apart in step 7 messages and letters; it is never silently added to the ledger.",
    },
    "settings.staff": {"id": "Staf penagihan", "en": "Collection staff"},
    "settings.staff_accounts": {
        "id": "Staf penagihan adalah akun staf (di bagian mode LAN di bawah; kata sandi boleh kosong bila staf tidak masuk ke Tagih). Sekarang: {names}.",
        "en": "Collection staff are the staff accounts (in the LAN mode section below; leave the password empty for staff who do not sign in to Tagih). Now: {names}.",
    },
    "settings.templates": {"id": "Template pesan", "en": "Message templates"},
    "settings.templates_help": {
        "id": "Kata-kata tiap langkah ada di berkas teks yang bisa Anda ubah: {path}. Perubahan langsung dipakai.",
        "en": "The words for each step live in a text file you can edit: {path}. Changes apply at once.",
    },
    # The settlement-discount calculator (core/discount.py, pages/discount.py, `discount` CLI).
    "nav.discount": {"id": "Kalkulator Diskon", "en": "Settlement discount"},
    "discount.intro": {
        "id": "Langkah 9: tawarkan potongan bila dilunasi sekarang. Sebesar mungkin, tapi Anda tetap untung, dan dibandingkan dengan menunggu saja.",
        "en": "Step 9: offer a discount for paying now. As large as it can be while you still earn a profit, and weighed against simply waiting.",
    },
    "discount.source": {"id": "Angka dari", "en": "Figures from"},
    "discount.source.customer": {
        "id": "Pelanggan di buku piutang",
        "en": "A customer in the ledger",
    },
    "discount.source.manual": {"id": "Ketik sendiri", "en": "Type them in"},
    "discount.customer": {"id": "Pelanggan", "en": "Customer"},
    "discount.customer_option": {
        "id": "{name} · sisa {balance} · terlambat {days} hari",
        "en": "{name} · balance {balance} · {days} days late",
    },
    "discount.no_customers": {
        "id": "Tidak ada pelanggan yang masih berutang. Ketik angkanya sendiri.",
        "en": "No customer owes anything. Type the figures in.",
    },
    "discount.invoices": {"id": "Faktur yang ikut dihitung", "en": "Invoices included"},
    "discount.invoices_help": {
        "id": "Centang faktur yang ikut. Isi modal (harga beli barang) tiap faktur bila Anda tahu: dengan modal yang benar, hasilnya pasti. Sel yang kosong memakai tebakan untung di pengaturan.",
        "en": "Tick the invoices to include. Type each invoice's cost (what you paid for the goods) if you know it: with the real cost the answer is certain. An empty cell uses the guessed profit share in the settings.",
    },
    "discount.col.include": {"id": "Ikut", "en": "Include"},
    "discount.col.cost": {
        "id": "Modal / harga beli barang (Rp)",
        "en": "Cost / purchase price of the goods (Rp)",
    },
    "discount.col.amount": {"id": "Jumlah", "en": "Amount"},
    "discount.col.paid": {"id": "Dibayar", "en": "Paid"},
    "discount.col.balance": {"id": "Sisa", "en": "Balance"},
    "discount.none_included": {
        "id": "Centang minimal satu faktur.",
        "en": "Tick at least one invoice.",
    },
    "discount.amount": {
        "id": "Jumlah tagihan (harga jual)",
        "en": "Invoice amount (selling price)",
    },
    "discount.paid": {"id": "Sudah dibayar", "en": "Already paid"},
    "discount.cost": {
        "id": "Modal / harga beli barang",
        "en": "Cost / purchase price of the goods",
    },
    "discount.cost_placeholder": {
        "id": "kosong = ditebak",
        "en": "empty = guessed",
    },
    "discount.customer_name": {
        "id": "Nama pelanggan (untuk penawaran)",
        "en": "Customer name (for the offer)",
    },
    "discount.bad_amount": {
        "id": "{what}: '{value}' bukan jumlah uang. Tulis misalnya Rp 1.250.000.",
        "en": "{what}: '{value}' is not an amount. Write e.g. Rp 1.250.000.",
    },
    "discount.settings.floor": {"id": "Modal dan batas untung", "en": "Cost and profit floor"},
    "discount.settings.wait": {"id": "Kalau menunggu saja", "en": "If you simply wait"},
    "discount.margin": {
        "id": "Tebakan untung dari harga jual (%), untuk faktur yang modalnya belum diisi",
        "en": "Guessed profit share of the selling price (%), for invoices without their cost",
    },
    "discount.margin_unused": {
        "id": "Semua faktur sudah ada modalnya; tebakan untung ini tidak dipakai.",
        "en": "Every invoice has its HPP; this margin is not used.",
    },
    "discount.min_profit": {
        "id": "Untung minimal (Rp; kosong = asal tetap untung, Rp 1)",
        "en": "Minimum profit (Rp; empty = any profit, Rp 1)",
    },
    "discount.min_margin": {
        "id": "Untung minimal, dalam % dari uang yang diterima (0 = tanpa batas ini)",
        "en": "Minimum profit as a % of what you receive (0 = no such floor)",
    },
    "discount.rounding": {
        "id": "Bulatkan jumlah bayar ke atas, kelipatan",
        "en": "Round the amount to pay up to a multiple of",
    },
    "discount.no_rounding": {"id": "tanpa pembulatan", "en": "no rounding"},
    "discount.capital": {"id": "Biaya modal (% per bulan)", "en": "Cost of capital (% a month)"},
    "discount.capital_help": {
        "id": "Bunga pinjaman modal kerja Anda, atau untung yang hilang karena uangnya tertahan.",
        "en": "What your working-capital loan costs, or the profit lost while the money is tied up.",
    },
    "discount.wait_months": {
        "id": "Perkiraan lama menunggu (bulan)",
        "en": "Expected wait (months)",
    },
    "discount.never_paid": {
        "id": "Peluang tidak dibayar sama sekali (%)",
        "en": "Chance it is never paid (%)",
    },
    "discount.save_defaults": {
        "id": "Simpan sebagai pengaturan bawaan",
        "en": "Save as my defaults",
    },
    "discount.saved_defaults": {"id": "Pengaturan tersimpan.", "en": "Defaults saved."},
    "discount.m.balance": {"id": "Sisa tagihan", "en": "Balance"},
    "discount.m.max": {"id": "Diskon terbesar yang aman", "en": "Largest safe discount"},
    "discount.m.pay_now": {"id": "Bayar sekarang", "en": "Pay now"},
    "discount.m.profit": {"id": "Untung tersisa", "en": "Profit left"},
    "discount.m.margin": {"id": "Margin tersisa", "en": "Margin left"},
    "discount.margin_left": {
        "id": "untung {pct} dari uang yang diterima",
        "en": "profit {pct} of what you receive",
    },
    "discount.m.wait_value": {"id": "Nilai kalau menunggu", "en": "Worth of waiting"},
    "discount.m.break_even": {"id": "Diskon impas", "en": "Break-even discount"},
    "discount.m.recommended": {"id": "Saran diskon", "en": "Recommended discount"},
    "discount.share": {"id": "{pct} dari sisa", "en": "{pct} of the balance"},
    "discount.pay_now_share": {"id": "bayar {pay_now}", "en": "pay {pay_now}"},
    "discount.results": {"id": "Hasilnya", "en": "The answer"},
    "discount.chart_title": {"id": "Untung menurut besar diskon", "en": "Profit by discount"},
    "discount.steps": {
        "id": "Hitungannya, langkah demi langkah",
        "en": "The arithmetic, step by step",
    },
    "discount.field.amount": {"id": "Jumlah tagihan", "en": "Amount"},
    "discount.field.paid": {"id": "Sudah dibayar", "en": "Paid"},
    "discount.field.cost": {"id": "Modal / harga beli barang", "en": "Cost (HPP)"},
    "discount.field.min_profit": {"id": "Untung minimal", "en": "Minimum profit"},
    "discount.field.min_margin": {"id": "Untung minimal (%)", "en": "Minimum profit (%)"},
    "discount.field.margin": {"id": "Tebakan untung (%)", "en": "Guessed profit share (%)"},
    "discount.field.capital": {"id": "Biaya modal", "en": "Cost of capital"},
    "discount.field.months": {"id": "Lama menunggu", "en": "Expected wait"},
    "discount.field.rounding": {"id": "Pembulatan", "en": "Rounding"},
    "discount.error.not_number": {
        "id": "{what}: '{value}' bukan angka.",
        "en": "{what}: '{value}' is not a number.",
    },
    "discount.error.negative": {
        "id": "{what} tidak boleh negatif ({value}).",
        "en": "{what} must not be negative ({value}).",
    },
    "discount.error.paid_above": {
        "id": "Yang sudah dibayar ({paid}) melebihi jumlah tagihan ({amount}).",
        "en": "Paid ({paid}) is more than the amount ({amount}).",
    },
    "discount.error.margin_range": {
        "id": "{what} harus dari 0 sampai kurang dari 100% (bukan {value}).",
        "en": "{what} must be at least 0 and below 100% (not {value}).",
    },
    "discount.error.rounding": {
        "id": "Pembulatan harus rupiah bulat, minimal 1 (bukan {value}).",
        "en": "Rounding must be whole rupiah, at least 1 (not {value}).",
    },
    "discount.error.never_range": {
        "id": "Peluang tidak dibayar harus dari 0 sampai 100% (bukan {value}).",
        "en": "The chance of never being paid must be from 0 to 100% (not {value}).",
    },
    "discount.error.offer_too_big": {
        "id": "Diskon yang ditawarkan tidak boleh lebih dari diskon terbesar yang aman ({safe}).",
        "en": "The discount offered must not exceed the largest safe discount ({safe}).",
    },
    "discount.error.valid_until": {
        "id": "Tanggal berlaku ({date}) tidak boleh sebelum hari ini.",
        "en": "The valid-until date ({date}) must not be before today.",
    },
    "discount.reason.nothing_owed": {
        "id": "Tidak ada sisa tagihan, jadi tidak ada yang perlu didiskon.",
        "en": "Nothing is owed, so there is nothing to discount.",
    },
    "discount.reason.whole_balance": {
        "id": "Uang yang sudah diterima sudah menutup modal dan batas untung: seluruh sisa tagihan boleh dihapus tanpa rugi.",
        "en": "What was already received covers the cost and the floor: the whole balance could be waived without a loss.",
    },
    "discount.reason.min_profit": {
        "id": "Dibatasi oleh untung minimal {floor}.",
        "en": "Limited by the minimum profit of {floor}.",
    },
    "discount.reason.min_margin": {
        "id": "Dibatasi oleh margin minimal {margin} dari uang yang diterima.",
        "en": "Limited by the minimum margin of {margin} of what is received.",
    },
    "discount.reason.profit_one": {
        "id": "Dibatasi oleh syarat tetap untung (minimal {floor}).",
        "en": "Limited by still making a profit (at least {floor}).",
    },
    "discount.reason.no_room": {
        "id": "Dibayar penuh pun untungnya pas di batas bawah: tidak ada ruang untuk diskon.",
        "en": "Even paid in full the profit is exactly at the floor: there is no room for a discount.",
    },
    "discount.reason.rounding": {
        "id": "Pembulatan ke kelipatan {rounding} tidak menyisakan ruang untuk diskon.",
        "en": "Rounding to a multiple of {rounding} leaves no room for a discount.",
    },
    "discount.reason.infeasible_profit": {
        "id": "Tidak ada diskon yang mungkin: dibayar penuh pun untungnya {profit}, di bawah untung minimal {floor}.",
        "en": "No discount is possible: even paid in full the profit is {profit}, below the minimum of {floor}.",
    },
    "discount.reason.infeasible_margin": {
        "id": "Tidak ada diskon yang mungkin: dibayar penuh pun marginnya {full_margin}, di bawah margin minimal {margin}.",
        "en": "No discount is possible: even paid in full the margin is {full_margin}, below the minimum of {margin}.",
    },
    "discount.reason.infeasible_loss": {
        "id": "Tidak ada diskon yang mungkin: modal barangnya {cost} dan harga jual {amount}, jadi dibayar penuh pun untungnya hanya {profit}.",
        "en": "No discount is possible: the cost (HPP) is {cost} and the price {amount}, so even paid in full the profit is only {profit}.",
    },
    "discount.advice.waiting": {
        "id": "Sisa tagihan {balance}. Kalau menunggu sekitar {months} bulan, dengan biaya modal {capital} per bulan dan peluang tidak dibayar {never}, nilai tagihan itu hari ini kira-kira {wait_value}; jadi diskon sampai {break_even} masih sebanding dengan menunggu.",
        "en": "The balance is {balance}. Waiting about {months} months, with money costing {capital} a month and a {never} chance it is never paid, it is worth about {wait_value} today; so a discount of up to {break_even} is still as good as waiting.",
    },
    "discount.advice.floor": {
        "id": "Diskon terbesar yang masih aman, {safe}, lebih kecil dari itu, jadi tawaran ini lebih baik daripada menunggu. Saran: tawarkan diskon {recommended}; pelanggan membayar {pay_now} sekarang dan Anda tetap untung {profit}.",
        "en": "The largest safe discount, {safe}, is smaller than that, so the offer beats waiting. Recommendation: offer {recommended} off; the customer pays {pay_now} now and you still earn {profit}.",
    },
    "discount.advice.break_even": {
        "id": "Diskon terbesar yang masih aman memang {safe}, tetapi diskon di atas {break_even} lebih rugi daripada menunggu. Saran: tawarkan diskon {recommended}; pelanggan membayar {pay_now} sekarang dan Anda tetap untung {profit}.",
        "en": "The largest safe discount is {safe}, but a discount above {break_even} is worth less than waiting. Recommendation: offer {recommended} off; the customer pays {pay_now} now and you still earn {profit}.",
    },
    "discount.advice.wait": {
        "id": "Dengan angka ini, diskon tidak lebih baik daripada menunggu. Saran: belum perlu diskon; tagih {balance} penuh dengan langkah penagihan biasa.",
        "en": "With these figures a discount is no better than waiting. Recommendation: no discount yet; collect the full {balance} the usual way.",
    },
    "discount.advice.infeasible": {
        "id": "{why} Saran: jangan beri diskon; tagih {balance} penuh, atau buat kesepakatan cicilan.",
        "en": "{why} Recommendation: no discount; collect the full {balance}, or agree on instalments.",
    },
    "discount.advice.nothing_owed": {"id": "{why}", "en": "{why}"},
    "discount.advice.no_room": {
        "id": "{why} Saran: tagih {balance} penuh; diskon berapa pun membuat untung di bawah batas Anda.",
        "en": "{why} Recommendation: collect the full {balance}; any discount takes the profit below your floor.",
    },
    "discount.risk.explain": {
        "id": "Saran {pct}: utang yang belum dibayar rata-rata sudah {days} hari lewat jatuh tempo, dan untuk utang selama itu biasanya sekitar {table} tidak pernah tertagih. Dari tagihannya yang sudah jatuh tempo, {share} sudah dibayar, jadi angka itu disesuaikan: {table} × (150% − {share}) = {product}, dibulatkan ke atas menjadi {pct}.",
        "en": "Suggested {pct}: the unpaid balance is on average {days} days past due, and about {table} of debts that late is usually never collected. Of their invoices that fell due, {share} has been paid, so that figure is adjusted: {table} × (150% − {share}) = {product}, rounded up to {pct}.",
    },
    "discount.risk.no_history": {
        "id": "Saran {pct}: utang yang belum dibayar rata-rata sudah {days} hari lewat jatuh tempo, dan untuk utang selama itu biasanya sekitar {table} tidak pernah tertagih; belum ada tagihan yang jatuh tempo untuk menilai cara bayarnya.",
        "en": "Suggested {pct}: the unpaid balance is on average {days} days past due, and about {table} of debts that late is usually never collected; nothing has fallen due yet to judge how they pay.",
    },
    "discount.step.balance": {
        "id": "Sisa tagihan: jumlah {amount} − sudah dibayar {paid} = {balance}.",
        "en": "Balance: amount {amount} − paid {paid} = {balance}.",
    },
    "discount.step.balance_many": {
        "id": "{n} faktur: jumlah {amount} − sudah dibayar {paid} = sisa tagihan {balance}.",
        "en": "{n} invoices: amount {amount} − paid {paid} = balance {balance}.",
    },
    "discount.step.cost_ledger": {
        "id": "Modal (harga beli) barangnya, sesuai yang tercatat: {cost}.",
        "en": "The cost of the goods (what you paid for them), as recorded: {cost}.",
    },
    "discount.step.cost_margin": {
        "id": "Modal barang belum diisi, jadi ditebak dari untung {margin} dari harga jual: {amount} × {keep} = {cost} (dibulatkan ke atas, supaya untung tidak tampak lebih besar dari sebenarnya).",
        "en": "The cost of the goods is not filled in, so it is guessed from a profit of {margin} of the selling price: {amount} × {keep} = {cost} (rounded up, so the profit never looks larger than it is).",
    },
    "discount.step.cost_mixed": {
        "id": "Modal barang: tercatat untuk {k} faktur, ditebak dari untung {margin} dari harga jual untuk {n} faktur (dibulatkan ke atas); jumlahnya {cost}.",
        "en": "Cost of the goods: recorded for {k} invoices, guessed from a profit of {margin} of the selling price for {n} invoices (rounded up); together {cost}.",
    },
    "discount.step.full": {
        "id": "Kalau dibayar penuh, untungnya {amount} − {cost} = {profit} ({margin} dari harga jual).",
        "en": "Paid in full, the profit is {amount} − {cost} = {profit} ({margin} of the selling price).",
    },
    "discount.step.floor_one": {
        "id": "Batas bawah: tetap untung, minimal {floor}. Jadi uang yang diterima minimal {cost} + {floor} = {need}.",
        "en": "The floor: still a profit, at least {floor}. So at least {cost} + {floor} = {need} must be received.",
    },
    "discount.step.floor_profit": {
        "id": "Batas bawah: untung minimal {floor}. Jadi uang yang diterima minimal {cost} + {floor} = {need}.",
        "en": "The floor: a profit of at least {floor}. So at least {cost} + {floor} = {need} must be received.",
    },
    "discount.step.floor_margin": {
        "id": "Untung minimal {margin} dari uang yang diterima: uang yang diterima minimal {cost} ÷ (100% − {margin}) = {need} (dibulatkan ke atas).",
        "en": "A profit of at least {margin} of what you receive: you must receive at least {cost} ÷ (100% − {margin}) = {need} (rounded up).",
    },
    "discount.step.infeasible": {"id": "{why}", "en": "{why}"},
    "discount.step.need_none": {
        "id": "Yang sudah diterima ({paid}) sudah memenuhi batas itu: sisa tagihan boleh dihapus seluruhnya tanpa rugi.",
        "en": "What was already received ({paid}) meets that floor: the whole balance could be waived without a loss.",
    },
    "discount.step.need": {
        "id": "Sudah diterima {paid}, jadi pelanggan perlu membayar sekarang minimal {need}.",
        "en": "{paid} was already received, so the customer must pay at least {need} now.",
    },
    "discount.step.rounded": {
        "id": "Dibulatkan ke atas ke kelipatan {rounding}: bayar sekarang {pay_now}.",
        "en": "Rounded up to a multiple of {rounding}: pay {pay_now} now.",
    },
    "discount.step.rounded_over": {
        "id": "Dibulatkan ke atas ke kelipatan {rounding}, angkanya melebihi sisa tagihan, jadi tetap {balance} (bayar {pay_now}).",
        "en": "Rounded up to a multiple of {rounding} it exceeds the balance, so it stays {balance} (pay {pay_now}).",
    },
    "discount.step.discount": {
        "id": "Diskon terbesar yang aman = {balance} − {pay_now} = {discount} ({share} dari sisa tagihan).",
        "en": "Largest safe discount = {balance} − {pay_now} = {discount} ({share} of the balance).",
    },
    "discount.step.profit": {
        "id": "Untung yang tersisa = uang diterima {received} − modal {cost} = {profit} ({margin} dari uang yang diterima).",
        "en": "Profit left = money received {received} − cost {cost} = {profit} ({margin} of what you receive).",
    },
    "discount.step.wait": {
        "id": "Kalau menunggu {months} bulan: {balance} × (100% − {never}) ÷ (1 + {capital} × {months}) = {wait_value} (dibulatkan ke atas). Itulah nilai menunggu bila dihitung hari ini.",
        "en": "Waiting {months} months: {balance} × (100% − {never}) ÷ (1 + {capital} × {months}) = {wait_value} (rounded up). That is what waiting is worth today.",
    },
    "discount.step.break_even": {
        "id": "Diskon impas = {balance} − {wait_value} = {break_even}. Diskon lebih besar dari ini lebih rugi daripada menunggu.",
        "en": "Break-even discount = {balance} − {wait_value} = {break_even}. A bigger discount is worth less than waiting.",
    },
    "discount.step.recommend": {
        "id": "Saran = yang lebih kecil antara {safe} dan {break_even}, dengan jumlah bayar dibulatkan ke atas: diskon {recommended}, bayar {pay_now}.",
        "en": "Recommendation = the smaller of {safe} and {break_even}, the amount to pay rounded up: {recommended} off, pay {pay_now}.",
    },
    "discount.chart.x": {"id": "Diskon", "en": "Discount"},
    "discount.chart.y": {"id": "Untung", "en": "Profit"},
    "discount.chart.profit": {"id": "Untung", "en": "Profit"},
    "discount.chart.floor": {"id": "Batas bawah untung", "en": "Profit floor"},
    "discount.chart.safe": {"id": "Diskon terbesar yang aman", "en": "Largest safe discount"},
    "discount.chart.recommended": {"id": "Saran", "en": "Recommended"},
    "discount.chart.break_even": {"id": "impas vs menunggu", "en": "break-even vs waiting"},
    "discount.offer.title": {"id": "Buat penawaran", "en": "Make the offer"},
    "discount.offer.which": {"id": "Diskon yang ditawarkan", "en": "Discount to offer"},
    "discount.offer.recommended": {"id": "Saran: {amount}", "en": "Recommended: {amount}"},
    "discount.offer.max": {"id": "Terbesar yang aman: {amount}", "en": "Largest safe: {amount}"},
    "discount.offer.valid_until": {"id": "Berlaku sampai", "en": "Valid until"},
    "discount.offer.make": {"id": "Buat penawaran", "en": "Make the offer"},
    "discount.offer.saved": {
        "id": "Penawaran tersimpan di catatan {name}: bayar {pay_now} sampai {date}.",
        "en": "Offer saved on {name}'s record: pay {pay_now} by {date}.",
    },
    "discount.offer.message": {
        "id": "Pesan (salin, atau kirim lewat WhatsApp)",
        "en": "Message (copy it, or send it by WhatsApp)",
    },
    "discount.offer.whatsapp": {"id": "Kirim lewat WhatsApp", "en": "Send by WhatsApp"},
    "discount.offer.no_phone": {
        "id": "Nomor HP pelanggan tidak ada atau tidak sah: salin pesannya.",
        "en": "No valid phone number for this customer: copy the message.",
    },
    "discount.offer.pdf": {
        "id": "Unduh surat penawaran (PDF)",
        "en": "Download the offer letter (PDF)",
    },
    "discount.offer.none_possible": {
        "id": "Tidak ada diskon yang bisa ditawarkan dengan angka ini.",
        "en": "No discount can be offered with these figures.",
    },
    "discount.offer.need_customer": {
        "id": "Isi nama pelanggan untuk menyimpan penawaran.",
        "en": "Enter the customer's name to save the offer.",
    },
    "discount.offers": {"id": "Penawaran untuk {name}", "en": "Offers to {name}"},
    "discount.offers.none": {"id": "Belum ada penawaran.", "en": "No offers yet."},
    "discount.col.made_on": {"id": "Dibuat", "en": "Made"},
    "discount.col.invoices": {"id": "Faktur", "en": "Invoices"},
    "discount.col.before": {"id": "Sisa saat itu", "en": "Balance then"},
    "discount.col.discount": {"id": "Diskon", "en": "Discount"},
    "discount.col.pay_now": {"id": "Bayar", "en": "Pay"},
    "discount.col.valid_until": {"id": "Berlaku s.d.", "en": "Valid until"},
    "discount.col.outstanding": {"id": "Sisa sekarang", "en": "Balance now"},
    "discount.col.status": {"id": "Status", "en": "Status"},
    "discount.status.open": {"id": "Berlaku", "en": "Open"},
    "discount.status.paid": {"id": "Sudah dibayar", "en": "Paid"},
    "discount.status.expired": {"id": "Kedaluwarsa", "en": "Expired"},
    "discount.status.cancelled": {"id": "Dibatalkan", "en": "Cancelled"},
    "discount.cancel": {"id": "Batalkan penawaran", "en": "Cancel the offer"},
    "discount.all_invoices": {"id": "semua", "en": "all"},
    "discount.msg.sir_madam": {"id": "Bapak/Ibu {name}", "en": "{name}"},
    "discount.msg.invoices": {"id": " (faktur {numbers})", "en": " (invoices {numbers})"},
    "discount.msg.body": {
        "id": "Halo {greet}, semoga sehat selalu dan usahanya lancar.\n\nMenurut catatan kami, sisa tagihan{invoices} masih {balance}. Untuk membantu, kami menawarkan potongan {discount} bila dilunasi sekaligus: cukup bayar {pay_now} paling lambat {date}.\n\nMohon kabari kami bila setuju. Terima kasih atas kerja samanya.",
        "en": "Hello {greet}, we hope you and your business are well.\n\nOur records show a balance{invoices} of {balance}. To help settle it, we offer a discount of {discount} if it is paid in one go: just pay {pay_now} by {date}.\n\nPlease let us know if you agree. Thank you for your cooperation.",
    },
    "discount.msg.signature": {
        "id": "\n\nSalam,\n{business}",
        "en": "\n\nKind regards,\n{business}",
    },
    "discount.pdf.title": {"id": "PENAWARAN PELUNASAN", "en": "SETTLEMENT OFFER"},
    "discount.pdf.date": {"id": "Tanggal {date}", "en": "Date: {date}"},
    "discount.pdf.intro": {
        "id": "Dengan hormat, terima kasih atas kepercayaan dan kerja sama Bapak/Ibu selama ini. Menurut catatan kami, tagihan berikut belum lunas:",
        "en": "Thank you for your trust and your business. According to our records, the following is still open:",
    },
    "discount.pdf.more": {"id": "dan {n} faktur lainnya", "en": "and {n} more invoices"},
    "discount.pdf.balance": {"id": "Sisa tagihan", "en": "Balance due"},
    "discount.pdf.discount": {"id": "Potongan pelunasan", "en": "Settlement discount"},
    "discount.pdf.pay_now": {"id": "Cukup dibayar", "en": "Amount to pay"},
    "discount.pdf.valid_until": {"id": "Berlaku sampai", "en": "Valid until"},
    "discount.pdf.terms": {
        "id": "Potongan ini berlaku bila pembayaran sebesar {pay_now} kami terima paling lambat {date}, sekaligus melunasi seluruh tagihan di atas. Setelah tanggal itu penawaran ini tidak berlaku lagi, dan tagihan kembali sebesar {balance}.",
        "en": "The discount applies when we receive {pay_now} by {date}, settling all of the above in full. After that date the offer lapses and the balance is {balance} again.",
    },
    "discount.pdf.closing": {
        "id": "Bila ada pertanyaan, atau catatan Bapak/Ibu berbeda, mohon hubungi kami. Terima kasih atas perhatian dan kerja sama Bapak/Ibu.",
        "en": "If you have any questions, or your records differ, please contact us. Thank you for your attention and cooperation.",
    },
    "ui.timeline": {"id": "Riwayat", "en": "Timeline"},
    "ui.assigned_to": {"id": "Ditangani oleh", "en": "Handled by"},
    "col.date": {"id": "Tanggal", "en": "Date"},
    "col.month": {"id": "Bulan jatuh tempo", "en": "Month due"},
    "col.what": {"id": "Jenis", "en": "What"},
    "col.detail": {"id": "Keterangan", "en": "Details"},
    "timeline.kind.invoice": {"id": "Faktur", "en": "Invoice"},
    "timeline.kind.payment": {"id": "Pembayaran", "en": "Payment"},
    "timeline.kind.return": {"id": "Retur", "en": "Return"},
    "timeline.kind.contact": {"id": "Kontak", "en": "Contact"},
    "timeline.kind.promise": {"id": "Janji bayar", "en": "Promise"},
    "timeline.kind.letter": {"id": "Surat", "en": "Letter"},
    "timeline.kind.offer": {"id": "Penawaran", "en": "Offer"},
    "timeline.kind.agreement": {"id": "Kesepakatan", "en": "Agreement"},
    "timeline.kind.other": {"id": "Lainnya", "en": "Other"},
    # Payment agreements (core/agreements.py, pages/agreements.py) and the credit policy
    # (core/credit.py, pages/credit.py): playbook steps 8 and 10.
    "nav.agreements": {"id": "Kesepakatan", "en": "Agreements"},
    "nav.credit": {"id": "Boleh utang?", "en": "Credit check"},
    "agreement.error.not_amount": {
        "id": "{field}: '{value}' bukan jumlah uang.",
        "en": "{field}: '{value}' is not an amount of money.",
    },
    "agreement.error.total": {
        "id": "Total harus lebih dari Rp 0.",
        "en": "The total must be more than Rp 0.",
    },
    "agreement.error.instalments": {
        "id": "Jumlah cicilan harus bilangan bulat dari 1 sampai {max}.",
        "en": "The number of instalments must be a whole number from 1 to {max}.",
    },
    "agreement.error.round_to": {
        "id": "Pembulatan harus lebih dari Rp 0.",
        "en": "The rounding step must be more than Rp 0.",
    },
    "agreement.error.down_payment": {
        "id": "Uang muka (DP) harus Rp 0 atau lebih, dan kurang dari total {total}.",
        "en": "The down payment must be Rp 0 or more, and less than the total of {total}.",
    },
    "agreement.error.every": {
        "id": "Jarak cicilan '{value}' tidak dikenal; pakai month, week, 2weeks, atau N hari seperti 10d.",
        "en": "Interval '{value}' is unknown; use month, week, 2weeks, or N days such as 10d.",
    },
    "agreement.error.too_small": {
        "id": "{rest} terlalu kecil untuk dibagi menjadi {count} cicilan dengan pembulatan {step}: kurangi jumlah cicilan atau pembulatannya.",
        "en": "{rest} is too small to split into {count} instalments rounded to {step}: use fewer instalments or a smaller step.",
    },
    "agreement.error.date_range": {
        "id": "Tanggal cicilan keluar dari kalender; periksa tanggal pertama dan jaraknya.",
        "en": "An instalment date falls outside the calendar; check the first date and the interval.",
    },
    "agreement.error.nothing_owed": {
        "id": "{name} tidak punya tagihan yang belum lunas.",
        "en": "{name} has no open invoices.",
    },
    "agreement.error.discount": {
        "id": "Potongan harus Rp 0 atau lebih, dan kurang dari utang {debt}.",
        "en": "The discount must be Rp 0 or more, and less than the debt of {debt}.",
    },
    "agreement.error.late_fee": {
        "id": "Denda tidak boleh negatif.",
        "en": "The late fee cannot be negative.",
    },
    "agreement.error.missed_fee": {
        "id": "Denda per cicilan terlambat tidak boleh negatif.",
        "en": "The fee per late instalment cannot be negative.",
    },
    "agreement.error.grace_days": {
        "id": "Masa tenggang harus 0 sampai 365 hari.",
        "en": "The grace period must be 0 to 365 days.",
    },
    "agreement.error.first_before_created": {
        "id": "Tanggal bayar pertama tidak boleh sebelum tanggal kesepakatan ({date}).",
        "en": "The first payment date cannot be before the agreement's date ({date}).",
    },
    "agreement.every.month": {"id": "setiap bulan", "en": "every month"},
    "agreement.every.week": {"id": "setiap minggu", "en": "every week"},
    "agreement.every.2weeks": {"id": "setiap 2 minggu", "en": "every 2 weeks"},
    "agreement.every.days": {"id": "setiap {days} hari", "en": "every {days} days"},
    "agreement.dp": {"id": "DP", "en": "Down payment"},
    "agreement.nth": {"id": "Cicilan {no}", "en": "Instalment {no}"},
    "agreement.dp_long": {"id": "Uang muka (DP)", "en": "Down payment"},
    "agreement.instalments": {"id": "Cicilan", "en": "Instalments"},
    "agreement.original_debt": {"id": "Utang semula", "en": "Original debt"},
    "agreement.discount": {"id": "Potongan pelunasan", "en": "Settlement discount"},
    "agreement.late_fee": {"id": "Denda keterlambatan", "en": "Late fee"},
    "agreement.late_fee_included": {
        "id": "Denda keterlambatan (ditambahkan)",
        "en": "Late fee (added)",
    },
    "agreement.total": {"id": "Total yang disepakati", "en": "Agreed total"},
    "agreement.col.no": {"id": "Cicilan", "en": "Instalment"},
    "agreement.col.due": {"id": "Jatuh tempo", "en": "Due date"},
    "agreement.col.amount": {"id": "Jumlah", "en": "Amount"},
    "agreement.col.paid": {"id": "Dibayar", "en": "Paid"},
    "agreement.col.left": {"id": "Sisa", "en": "Left"},
    "agreement.col.state": {"id": "Status", "en": "Status"},
    "agreement.state.paid": {"id": "Lunas", "en": "Paid"},
    "agreement.state.due": {"id": "Belum dibayar", "en": "Due"},
    "agreement.state.late": {"id": "Terlambat", "en": "Late"},
    "agreement.status.active": {"id": "Berlaku", "en": "In force"},
    "agreement.status.cancelled": {"id": "Dibatalkan", "en": "Cancelled"},
    "agreement.status.replaced": {
        "id": "Diganti kesepakatan baru",
        "en": "Replaced by a newer one",
    },
    "agreement.summary": {
        "id": "Kesepakatan {date}, total {total}: {paid} dari {count} pembayaran lunas.",
        "en": "Agreement of {date}, total {total}: {paid} of {count} payments made.",
    },
    "agreement.summary_late": {
        "id": "{count} terlambat, sisa {amount}.",
        "en": "{count} late, {amount} left on them.",
    },
    "agreement.summary_next": {
        "id": "Berikutnya {amount} pada {date}.",
        "en": "Next: {amount} on {date}.",
    },
    "agreement.summary_done": {"id": "Semua sudah lunas.", "en": "All paid."},
    "agreement.reminder.upcoming": {
        "id": "{which} sebesar {amount} jatuh tempo {date}, {days} hari lagi.",
        "en": "{which} of {amount} falls due on {date}, in {days} days.",
    },
    "agreement.reminder.today": {
        "id": "{which} sebesar {amount} jatuh tempo hari ini ({date}).",
        "en": "{which} of {amount} falls due today ({date}).",
    },
    "agreement.reminder.missed": {
        "id": "{which} sebesar {amount} (jatuh tempo {date}) terlambat {days} hari.",
        "en": "{which} of {amount} (due {date}) is {days} days late.",
    },
    "agreement.plan_head": {
        "id": "Total {total}: {count} cicilan, {every}.",
        "en": "Total {total}: {count} instalments, {every}.",
    },
    "agreement.pdf.title": {"id": "SURAT KESEPAKATAN PEMBAYARAN UTANG", "en": "PAYMENT AGREEMENT"},
    "agreement.pdf.dated": {"id": "Tanggal {date}", "en": "Dated {date}"},
    "agreement.pdf.undersigned": {
        "id": "Yang bertanda tangan di bawah ini:",
        "en": "The undersigned:",
    },
    "agreement.pdf.first_party": {
        "id": "selanjutnya disebut Pihak Pertama (penjual);",
        "en": "hereinafter the First Party (the seller);",
    },
    "agreement.pdf.second_party": {
        "id": "selanjutnya disebut Pihak Kedua (pelanggan),",
        "en": "hereinafter the Second Party (the customer),",
    },
    "agreement.pdf.seller": {"id": "Penjual", "en": "The seller"},
    "agreement.pdf.agree": {
        "id": "dengan ini sepakat tentang pelunasan utang Pihak Kedua kepada Pihak Pertama sebagai berikut.",
        "en": "hereby agree on how the Second Party will pay its debt to the First Party, as follows.",
    },
    "agreement.pdf.debt_title": {"id": "1. Utang semula", "en": "1. The original debt"},
    "agreement.pdf.debt_intro": {
        "id": "Per {date}, utang Pihak Kedua yang belum dibayar {amount}, dari {count} faktur berikut:",
        "en": "As of {date}, the Second Party owes {amount} on the following {count} invoices:",
    },
    "agreement.pdf.agreed_title": {"id": "2. Yang disepakati", "en": "2. What was agreed"},
    "agreement.pdf.waived": {"id": "{amount}, dihapuskan", "en": "{amount}, waived"},
    "agreement.pdf.dp_on": {"id": "dibayar paling lambat {date}", "en": "payable by {date}"},
    "agreement.pdf.plan": {
        "id": "{count} kali, {every}, mulai {date} sampai {last}",
        "en": "{count} payments, {every}, from {date} to {last}",
    },
    "agreement.pdf.schedule_title": {"id": "3. Jadwal pembayaran", "en": "3. Payment schedule"},
    "agreement.pdf.col.sign": {"id": "Tanggal bayar / paraf", "en": "Paid on / initials"},
    "agreement.pdf.missed_title": {
        "id": "4. Bila cicilan terlambat",
        "en": "4. If an instalment is late",
    },
    "agreement.pdf.missed_fee": {
        "id": "Bila satu cicilan belum dibayar lebih dari {grace} hari setelah jatuh temponya, Pihak Kedua dikenakan denda keterlambatan sebesar {fee} untuk setiap cicilan yang terlambat, dan Pihak Pertama berhak menagih seluruh sisa utang sekaligus.",
        "en": "If an instalment is still unpaid more than {grace} days after its due date, the Second Party owes a late fee of {fee} for each late instalment, and the First Party may ask for the whole remaining balance at once.",
    },
    "agreement.pdf.missed_no_fee": {
        "id": "Bila satu cicilan belum dibayar lebih dari {grace} hari setelah jatuh temponya, Pihak Pertama berhak menagih seluruh sisa utang sekaligus.",
        "en": "If an instalment is still unpaid more than {grace} days after its due date, the First Party may ask for the whole remaining balance at once.",
    },
    "agreement.pdf.closing": {
        "id": "Dibuat tanpa paksaan, dalam dua rangkap yang sama bunyinya, satu untuk tiap pihak.",
        "en": "This agreement is made freely, in two identical copies, one for each party.",
    },
    "agreement.pdf.first_role": {"id": "Pihak Pertama", "en": "First Party"},
    "agreement.pdf.second_role": {"id": "Pihak Kedua", "en": "Second Party"},
    "agreement.ui.intro": {
        "id": "Langkah 8: bila penagihan biasa gagal, sepakati cara bayar yang baru secara tertulis. Susun jadwal cicilan dari sisa utang pelanggan, simpan, unduh PDF-nya untuk ditandatangani, lalu catat setiap pembayaran.",
        "en": "Step 8: when ordinary collection fails, agree in writing on a new way to pay. Build an instalment schedule from the customer's balance, save it, download its PDF to sign, then record each payment.",
    },
    "agreement.ui.new": {"id": "Kesepakatan baru", "en": "New agreement"},
    "agreement.ui.customer": {"id": "Pelanggan", "en": "Customer"},
    "agreement.ui.owes": {
        "id": "Sisa utang {amount} dari {count} faktur; lewat jatuh tempo {overdue}.",
        "en": "Owes {amount} on {count} invoices; {overdue} overdue.",
    },
    "agreement.ui.no_debtors": {
        "id": "Tidak ada pelanggan yang masih berutang.",
        "en": "No customer owes anything.",
    },
    "agreement.ui.fee_mode": {"id": "Denda keterlambatan itu", "en": "That late fee is"},
    "agreement.ui.fee.waive": {"id": "dihapuskan", "en": "waived"},
    "agreement.ui.fee.include": {"id": "ditambahkan ke total", "en": "added to the total"},
    "agreement.ui.count": {"id": "Jumlah cicilan", "en": "Number of instalments"},
    "agreement.ui.first": {"id": "Tanggal bayar pertama", "en": "First payment date"},
    "agreement.ui.every": {"id": "Jarak cicilan", "en": "Interval"},
    "agreement.ui.every.month": {"id": "Bulanan", "en": "Monthly"},
    "agreement.ui.every.2weeks": {"id": "Dua mingguan", "en": "Every two weeks"},
    "agreement.ui.every.week": {"id": "Mingguan", "en": "Weekly"},
    "agreement.ui.every.days": {"id": "Setiap N hari", "en": "Every N days"},
    "agreement.ui.every_days": {"id": "Setiap berapa hari", "en": "Every how many days"},
    "agreement.ui.round": {"id": "Bulatkan cicilan ke", "en": "Round instalments to"},
    "agreement.ui.missed_fee": {
        "id": "Denda per cicilan terlambat (Rp)",
        "en": "Fee per late instalment (Rp)",
    },
    "agreement.ui.grace": {"id": "Masa tenggang (hari)", "en": "Grace period (days)"},
    "agreement.ui.terms": {"id": "Isi kesepakatan", "en": "Terms"},
    "agreement.ui.preview": {"id": "Pratinjau jadwal", "en": "Schedule preview"},
    "agreement.ui.save": {"id": "Simpan kesepakatan", "en": "Save the agreement"},
    "agreement.ui.saved_ok": {
        "id": "Kesepakatan dengan {name} tersimpan. Unduh PDF-nya untuk ditandatangani kedua pihak.",
        "en": "The agreement with {name} is saved. Download its PDF for both parties to sign.",
    },
    "agreement.ui.replaces": {
        "id": "{name} sudah punya kesepakatan yang berlaku; menyimpan yang baru akan menggantikannya.",
        "en": "{name} already has an agreement in force; saving a new one replaces it.",
    },
    "agreement.ui.pdf": {"id": "Unduh PDF kesepakatan", "en": "Download the agreement PDF"},
    "agreement.ui.saved": {"id": "Kesepakatan tersimpan", "en": "Saved agreements"},
    "agreement.ui.all_customers": {"id": "Tampilkan semua pelanggan", "en": "Show every customer"},
    "agreement.ui.none_saved": {
        "id": "Belum ada kesepakatan tersimpan.",
        "en": "No agreement saved yet.",
    },
    "agreement.ui.cancel": {"id": "Batalkan kesepakatan ini", "en": "Cancel this agreement"},
    "agreement.ui.payment_for": {
        "id": "Catat pembayaran dari {name}",
        "en": "Record a payment from {name}",
    },
    "agreement.ui.payment_help": {
        "id": "Uang yang sudah diterima, tanpa menunggu impor berikutnya: masuk ke buku piutang dan ke cicilan kesepakatan.",
        "en": "Money already received, without waiting for the next import: it goes into the ledger and onto the agreement's instalments.",
    },
    "agreement.ui.payment_amount": {"id": "Jumlah dibayar (Rp)", "en": "Amount paid (Rp)"},
    "agreement.ui.payment_date": {"id": "Tanggal bayar", "en": "Date paid"},
    "agreement.ui.payment_invoice": {"id": "Untuk faktur", "en": "For invoice"},
    "agreement.ui.on_account": {"id": "(utang terlama dulu)", "en": "(oldest debts first)"},
    "agreement.ui.payment_saved": {
        "id": "Pembayaran {amount} dari {name} tercatat.",
        "en": "Payment of {amount} from {name} recorded.",
    },
    "agreement.ui.payment_save_for": {
        "id": "Simpan pembayaran dari {name}",
        "en": "Save the payment from {name}",
    },
    "agreement.ui.payment_duplicate": {
        "id": "Pembayaran yang sama persis sudah dicatat tadi, jadi tidak dicatat dua kali. "
        'Bila ini memang pembayaran kedua, tekan "Catat lagi".',
        "en": "This exact payment was already recorded, so it is not recorded twice. "
        'If it really is a second payment, press "Record again".',
    },
    "agreement.ui.payment_again": {
        "id": "Catat lagi: pembayaran kedua {amount}",
        "en": "Record again: a second payment of {amount}",
    },
    "agreement.ui.payment_zero": {"id": "Isi jumlah yang dibayar.", "en": "Enter the amount paid."},
    "agreement.ui.settings": {"id": "Pengaturan kesepakatan", "en": "Agreement settings"},
    "agreement.ui.place": {"id": "Tempat penandatanganan (kota)", "en": "Place of signing (town)"},
    "agreement.ui.days_before": {
        "id": "Ingatkan pelanggan berapa hari sebelum cicilan jatuh tempo",
        "en": "Remind the customer how many days before an instalment falls due",
    },
    "agreement.ui.link": {"id": "Buat atau lihat kesepakatan", "en": "Make or see an agreement"},
    "credit.line": {
        "id": "{name}: nilai {grade} ({score}/100), batas kredit {limit}",
        "en": "{name}: grade {grade} ({score}/100), credit limit {limit}",
    },
    "credit.stop": {"id": "STOP KREDIT", "en": "STOP CREDIT"},
    "credit.sir_madam": {"id": "Bapak/Ibu", "en": "Sir/Madam"},
    "credit.message.refusal": {
        "id": "Mohon maaf {who}, untuk sementara kami belum bisa memberi tempo untuk belanja yang baru. Saya sedang butuh modal untuk perputaran usaha, jadi belanja kali ini mohon dibayar tunai dulu. Setelah tagihan yang lama beres, dengan senang hati kami layani dengan tempo lagi seperti biasa. Terima kasih atas pengertiannya.",
        "en": "I'm sorry, {who}: for now we cannot give credit on new purchases. I need the cash to keep the business turning, so please pay in cash this time. Once the earlier bills are settled, we will gladly give you credit again as usual. Thank you for understanding.",
    },
    "credit.message.refusal.clear": {
        "id": "Mohon maaf {who}, untuk sementara kami belum bisa memberi tempo untuk belanja yang baru. Saya sedang butuh modal untuk perputaran usaha, jadi belanja kali ini mohon dibayar tunai dulu. Terima kasih atas pengertiannya.",
        "en": "I'm sorry, {who}: for now we cannot give credit on new purchases. I need the cash to keep the business turning, so please pay in cash this time. Thank you for understanding.",
    },
    "credit.message.down_payment": {
        "id": "Bisa, {who}. Untuk belanja {amount} kali ini, mohon bayar uang muka {dp} dulu; sisanya {rest} boleh tempo seperti biasa. Terima kasih.",
        "en": "Yes, {who}. For this purchase of {amount}, please pay {dp} up front; the remaining {rest} can be on credit as usual. Thank you.",
    },
    "credit.message.yes": {
        "id": "Bisa, {who}, belanja {amount} boleh tempo seperti biasa. Terima kasih atas kepercayaannya.",
        "en": "Yes, {who}, the purchase of {amount} can be on credit as usual. Thank you for your trust.",
    },
    "credit.reason.paid_late_days": {
        "id": "Rata-rata terlambat {days} hari saat melunasi ({count} faktur yang tanggal bayarnya tercatat).",
        "en": "On average {days} days late when paying ({count} invoices with recorded payment dates).",
    },
    "credit.reason.paid_late_share": {
        "id": "{late} dari {count} faktur itu dilunasi lewat jatuh tempo.",
        "en": "{late} of those {count} invoices were paid after their due date.",
    },
    "credit.reason.paid_on_time": {
        "id": "Semua {count} faktur yang tanggal bayarnya tercatat dilunasi tepat waktu.",
        "en": "All {count} invoices with recorded payment dates were paid on time.",
    },
    "credit.reason.no_payment_dates": {
        "id": "{count} faktur sudah lunas, tetapi tanggal bayarnya tidak tercatat, jadi ketepatan bayarnya belum bisa dinilai.",
        "en": "{count} invoices are paid, but their payment dates are not recorded, so punctuality cannot be judged yet.",
    },
    "credit.reason.overdue": {
        "id": "Ada tagihan {amount} yang lewat jatuh tempo, yang terlama {days} hari.",
        "en": "{amount} is overdue, the oldest {days} days.",
    },
    "credit.reason.over_90": {
        "id": "Ada saldo yang terlambat lebih dari 90 hari ({days} hari): stop kredit.",
        "en": "A balance is more than 90 days late ({days} days): stop credit.",
    },
    "credit.reason.no_overdue": {
        "id": "Tidak ada tagihan yang lewat jatuh tempo.",
        "en": "Nothing is overdue.",
    },
    "credit.reason.broken_promises": {
        "id": "{count} janji bayar tidak ditepati.",
        "en": "{count} promises to pay were broken.",
    },
    "credit.reason.missed_instalments": {
        "id": "{count} cicilan kesepakatan terlewat.",
        "en": "{count} agreement instalments were missed.",
    },
    "credit.reason.missed_twice": {
        "id": "{count} cicilan kesepakatan terlewat (2 atau lebih): stop kredit.",
        "en": "{count} agreement instalments missed (2 or more): stop credit.",
    },
    "credit.reason.grade_d": {
        "id": "Skor {score} dari 100 (di bawah 50): stop kredit sampai tagihan beres.",
        "en": "Score {score} of 100 (below 50): stop credit until the bills are settled.",
    },
    "credit.reason.little_history": {
        "id": "Belum cukup data: baru {count} faktur lunas (perlu 3), jadi cara bayarnya belum bisa dinilai; nilainya tidak diturunkan karena itu.",
        "en": "Not enough data: only {count} invoices paid (3 needed), so how they pay cannot be judged yet; the grade is not lowered for that.",
    },
    "credit.not_enough_data": {"id": "belum cukup data", "en": "not enough data"},
    "ui.salutation": {"id": "Sapaan di pesan", "en": "Form of address in messages"},
    "ui.salutation_guess": {"id": "Dari nama ({title})", "en": "From the name ({title})"},
    "credit.reason.limit": {
        "id": "Batas kredit yang disarankan {limit}: {factor} × belanja biasa per bulan ({monthly}).",
        "en": "Suggested credit limit {limit}: {factor} × usual monthly purchases ({monthly}).",
    },
    "credit.reason.override_stop": {
        "id": "Pemilik menghentikan kredit untuk pelanggan ini.",
        "en": "The owner stopped credit for this customer.",
    },
    "credit.reason.override_allow": {
        "id": "Pemilik tetap mengizinkan kredit untuk pelanggan ini.",
        "en": "The owner allows credit for this customer anyway.",
    },
    "credit.reason.override_limit": {
        "id": "Batas kredit diatur pemilik: {limit}.",
        "en": "Credit limit set by the owner: {limit}.",
    },
    "credit.reason.check_stopped": {
        "id": "Kredit untuk pelanggan ini sedang dihentikan.",
        "en": "Credit is stopped for this customer.",
    },
    "credit.reason.check_over_limit": {
        "id": "Melebihi batas: batas kredit {limit}, utang sekarang {outstanding}, sisa ruang {room}.",
        "en": "Over the limit: credit limit {limit}, owed now {outstanding}, room left {room}.",
    },
    "credit.reason.check_within_limit": {
        "id": "Masih dalam batas: batas kredit {limit}, utang sekarang {outstanding}, sisa ruang {room}.",
        "en": "Within the limit: credit limit {limit}, owed now {outstanding}, room left {room}.",
    },
    "credit.reason.check_overdue": {
        "id": "Masih ada tagihan {amount} yang lewat jatuh tempo: paling sedikit separuh dibayar di muka.",
        "en": "{amount} is still overdue: at least half is paid up front.",
    },
    "credit.reason.check_grade": {
        "id": "Nilai bayar {grade}: paling sedikit separuh dibayar di muka.",
        "en": "Payment grade {grade}: at least half is paid up front.",
    },
    "credit.reason.check_no_room": {
        "id": "Tidak ada ruang kredit tersisa: belanja ini hanya bisa tunai.",
        "en": "No credit room left: this purchase can only be paid in cash.",
    },
    "credit.verdict.yes": {"id": "Boleh: {amount} bisa tempo.", "en": "Yes: {amount} on credit."},
    "credit.verdict.down_payment": {
        "id": "Boleh, asal dengan uang muka {dp}; sisanya {rest} tempo.",
        "en": "Only with a down payment of {dp}; the remaining {rest} on credit.",
    },
    "credit.verdict.no": {
        "id": "Jangan beri utang baru: {amount} sebaiknya dibayar tunai.",
        "en": "No new credit: {amount} should be paid in cash.",
    },
    "credit.ui.intro": {
        "id": "Langkah 10: lebih tegas soal utang baru. Nilai bayar tiap pelanggan (A terbaik sampai D) dihitung dari data: keterlambatan bayar, tagihan yang lewat jatuh tempo, janji bayar dan cicilan yang terlewat. Batas kredit dan stop kredit bisa Anda ubah sendiri.",
        "en": "Step 10: be firmer about new credit. Each customer's payment grade (A best to D) comes from the data: paying late, overdue bills, broken promises and missed instalments. You can change the credit limit and stop-credit yourself.",
    },
    "credit.ui.check": {
        "id": "Cek cepat: boleh utang hari ini?",
        "en": "Quick check: credit today?",
    },
    "credit.ui.amount": {"id": "Mau belanja berapa (Rp)", "en": "Wants goods for (Rp)"},
    "credit.ui.amount_hint": {
        "id": "Isi jumlah belanjanya untuk melihat jawaban.",
        "en": "Enter the amount to see the answer.",
    },
    "credit.ui.say": {"id": "Yang bisa disampaikan (salin)", "en": "What to say (copy)"},
    "credit.ui.whatsapp": {"id": "Kirim lewat WhatsApp", "en": "Send by WhatsApp"},
    "credit.ui.grade": {"id": "Nilai bayar", "en": "Payment grade"},
    "credit.ui.score": {"id": "Skor", "en": "Score"},
    "credit.ui.limit": {"id": "Batas kredit", "en": "Credit limit"},
    "credit.ui.stop_badge": {"id": "Stop kredit", "en": "Stop credit"},
    "credit.ui.allowed": {"id": "Boleh kredit", "en": "Credit allowed"},
    "credit.ui.little_history": {
        "id": "Belum cukup data: kurang dari 3 faktur lunas",
        "en": "Not enough data: fewer than 3 paid invoices",
    },
    "credit.ui.override": {"id": "Keputusan Anda", "en": "Your decision"},
    "credit.ui.override_help": {
        "id": "Ubah saran Tagih bila Anda tahu lebih banyak tentang pelanggan ini.",
        "en": "Change Tagih's suggestion when you know more about this customer.",
    },
    "credit.ui.stop_choice": {"id": "Stop kredit", "en": "Stop credit"},
    "credit.ui.stop.auto": {
        "id": "Ikuti saran Tagih ({suggested})",
        "en": "Follow Tagih's suggestion ({suggested})",
    },
    "credit.ui.stop.stop": {"id": "Hentikan kredit", "en": "Stop credit"},
    "credit.ui.stop.allow": {"id": "Tetap boleh kredit", "en": "Allow credit"},
    "credit.ui.own_limit": {"id": "Atur batas kredit sendiri", "en": "Set my own credit limit"},
    "credit.ui.limit_input": {"id": "Batas kredit (Rp)", "en": "Credit limit (Rp)"},
    "credit.ui.save": {"id": "Simpan keputusan", "en": "Save the decision"},
    "credit.ui.saved": {"id": "Keputusan tersimpan.", "en": "Decision saved."},
    "credit.ui.table": {
        "id": "Nilai bayar semua pelanggan",
        "en": "Every customer's payment grade",
    },
    "credit.ui.customer_block": {
        "id": "Nilai bayar dan kesepakatan",
        "en": "Payment grade and agreement",
    },
    "credit.ui.grade_line": {
        "id": "Nilai bayar {grade} ({score}/100), batas kredit {limit}.",
        "en": "Payment grade {grade} ({score}/100), credit limit {limit}.",
    },
    "credit.ui.link": {"id": "Cek boleh utang", "en": "Credit check"},
    "credit.col.grade": {"id": "Nilai", "en": "Grade"},
    "credit.col.score": {"id": "Skor", "en": "Score"},
    "credit.col.stop": {"id": "Stop kredit", "en": "Stop credit"},
    "credit.col.limit": {"id": "Batas kredit", "en": "Credit limit"},
    "credit.col.little": {"id": "Riwayat sedikit", "en": "Little history"},
    "credit.col.reasons": {"id": "Alasan", "en": "Reasons"},
    "backup.sheet.contact": {"id": "Kontak", "en": "Contacts"},
    "backup.sheet.letter": {"id": "Surat", "en": "Letters"},
    "backup.sheet.offer": {"id": "Penawaran", "en": "Offers"},
    "backup.sheet.agreement": {"id": "Kesepakatan", "en": "Agreements"},
    "backup.sheet.payment": {"id": "Pembayaran manual", "en": "Payments entered by hand"},
    "cli.backup_written": {"id": "Cadangan ditulis ke {file}.", "en": "Backup written to {file}."},
    "cli.cannot_read": {
        "id": "Tidak dapat membaca {file}: {detail}",
        "en": "Cannot read {file}: {detail}",
    },
    "cli.restored": {
        "id": "Dipulihkan dari {file}: {invoices} faktur, {events} catatan. Keadaan sebelumnya disimpan di {safety}.",
        "en": "Restored from {file}: {invoices} invoices, {events} records. The state before was saved in {safety}.",
    },
    "cli.unlocked": {
        "id": "Akun {username} dibuka kembali: kata sandi salahnya dilupakan, ia bisa masuk lagi.",
        "en": "Account {username} unlocked: its wrong passwords are forgotten, it can sign in again.",
    },
    "cli.not_locked": {
        "id": "Akun {username} tidak terkunci; tidak ada yang diubah.",
        "en": "Account {username} is not locked; nothing changed.",
    },
    "settings.backup": {"id": "Cadangan & pemulihan", "en": "Backup and restore"},
    "settings.backup_help": {
        "id": "Satu berkas berisi semua yang Anda catat (impor, kontak, janji, penawaran, kesepakatan, pengaturan). Tagih juga menyimpan salinan otomatis tiap hari di {folder}.",
        "en": "One file holding everything you recorded (imports, contacts, promises, offers, agreements, settings). Tagih also keeps an automatic copy each day in {folder}.",
    },
    "settings.backup_now": {"id": "Unduh cadangan sekarang", "en": "Download a backup now"},
    "settings.export_all": {"id": "Ekspor semua data ke Excel", "en": "Export everything to Excel"},
    "settings.daily_copies": {
        "id": "Salinan otomatis: {dates}.",
        "en": "Automatic copies: {dates}.",
    },
    "settings.backup_keep": {
        "id": "Simpan salinan otomatis sebanyak (hari)",
        "en": "Keep automatic copies for (days)",
    },
    "settings.restore": {
        "id": "Pulihkan dari berkas cadangan (.zip)",
        "en": "Restore from a backup file (.zip)",
    },
    "settings.restore_warning": {
        "id": "Memulihkan akan mengganti semua data saat ini dengan isi cadangan. Keadaan sekarang disimpan dulu sebagai salinan.",
        "en": "Restoring replaces all current data with the backup's. The current state is saved as a copy first.",
    },
    "settings.restore_confirm": {"id": "Ya, pulihkan", "en": "Yes, restore"},
    "settings.restored": {
        "id": "Data dipulihkan dari cadangan.",
        "en": "Data restored from the backup.",
    },
    # LAN mode: accounts, signing in, the audit log.
    "lan.title": {
        "id": "Staf di jaringan toko (mode LAN)",
        "en": "Staff on the shop's network (LAN mode)",
    },
    "lan.help": {
        "id": "Buat akun untuk pemilik dan staf. Dengan mode LAN, Tagih bisa dibuka dari komputer lain di jaringan toko; semua orang masuk dengan kata sandi, dan staf hanya melihat pelanggan yang ditugaskan kepadanya.",
        "en": "Create accounts for the owner and staff. In LAN mode Tagih opens from other computers on the shop's network; everyone signs in with a password, and staff see only the customers assigned to them.",
    },
    "lan.username": {"id": "Nama pengguna", "en": "Username"},
    "lan.name": {"id": "Nama", "en": "Name"},
    "lan.name_help": {"id": "Nama yang ditampilkan", "en": "Name shown"},
    "lan.can_sign_in": {"id": "Bisa masuk", "en": "Can sign in"},
    "lan.password_optional": {
        "id": "Kata sandi (kosong: tidak bisa masuk)",
        "en": "Password (empty: cannot sign in)",
    },
    "lan.change_account": {
        "id": "Ubah akun: kata sandi baru, aktif atau nonaktif",
        "en": "Change an account: new password, enabled or disabled",
    },
    "lan.new_password": {
        "id": "Kata sandi baru (kosong: tetap)",
        "en": "New password (empty: unchanged)",
    },
    "lan.state.keep": {"id": "tetap", "en": "unchanged"},
    "lan.state.enable": {"id": "aktifkan", "en": "enable"},
    "lan.state.disable": {"id": "nonaktifkan", "en": "disable"},
    "lan.now_open": {
        "id": "Sekarang Tagih terbuka untuk jaringan toko: semua orang masuk dengan kata sandi.",
        "en": "Tagih is now open to the shop's network: everyone signs in with a password.",
    },
    "lan.now_local": {
        "id": "Sekarang Tagih hanya bisa dibuka di komputer ini.",
        "en": "Tagih now opens on this computer only.",
    },
    "lan.restart": {
        "id": "Perubahan mode LAN berlaku setelah Tagih dijalankan ulang. Sampai saat itu Tagih tetap seperti sekarang.",
        "en": "The change of LAN mode takes effect after Tagih is started again. Until then Tagih stays as it is now.",
    },
    "lan.role": {"id": "Peran", "en": "Role"},
    "lan.role.owner": {"id": "pemilik", "en": "owner"},
    "lan.role.staff": {"id": "staf", "en": "staff"},
    "lan.active": {"id": "Aktif", "en": "Active"},
    "lan.password": {"id": "Kata sandi", "en": "Password"},
    "lan.new_account": {"id": "Akun baru", "en": "New account"},
    "lan.create": {"id": "Buat akun", "en": "Create account"},
    "lan.mode": {
        "id": "Mode LAN: buka Tagih untuk jaringan toko",
        "en": "LAN mode: open Tagih to the shop's network",
    },
    "lan.mode_help": {
        "id": "Menyalakan atau mematikan mode LAN berlaku setelah Tagih dijalankan ulang (make run). Tanpa mode LAN, Tagih hanya bisa dibuka di komputer ini.",
        "en": "Turning LAN mode on or off takes effect after Tagih is started again (make run). Without LAN mode, Tagih opens only on this computer.",
    },
    "lan.need_owner": {
        "id": "Buat dulu akun pemilik untuk menyalakan mode LAN.",
        "en": "Create an owner account first to turn LAN mode on.",
    },
    "lan.sign_in": {"id": "Masuk", "en": "Sign in"},
    "lan.sign_out": {"id": "Keluar", "en": "Sign out"},
    "lan.wrong": {
        "id": "Nama pengguna atau kata sandi salah.",
        "en": "Wrong username or password.",
    },
    "lan.too_soon": {
        "id": "Terlalu banyak percobaan yang salah. Tunggu {seconds} detik, lalu coba lagi.",
        "en": "Too many wrong tries. Wait {seconds} seconds, then try again.",
    },
    "lan.next_try": {
        "id": "Percobaan berikutnya bisa dilakukan dalam {seconds} detik.",
        "en": "The next try is possible in {seconds} seconds.",
    },
    "lan.locked": {
        "id": "Akun ini dikunci setelah terlalu banyak kata sandi salah. Minta pemilik membukanya (Pengaturan → Buka kunci).",
        "en": "This account is locked after too many wrong passwords. Ask the owner to unlock it (Settings → Unlock).",
    },
    "lan.locked_owner": {
        "id": "Pemilik: masuklah di komputer toko itu sendiri (kunci karena percobaan dari alamat lain tidak berlaku di sana), atau jalankan `tagih unlock NAMA_PENGGUNA` di komputer itu.",
        "en": "The owner: sign in on the shop's computer itself (a lock from tries at other addresses does not apply there), or run `tagih unlock USERNAME` on that computer.",
    },
    "lan.locked_accounts": {
        "id": "Akun terkunci (terlalu banyak kata sandi salah)",
        "en": "Locked accounts (too many wrong passwords)",
    },
    "lan.locked_since": {
        "id": "**{username}**: dikunci sejak {when}",
        "en": "**{username}**: locked since {when}",
    },
    "lan.unlock": {"id": "Buka kunci", "en": "Unlock"},
    "lan.unlocked": {"id": "Akun {username} dibuka kembali.", "en": "Account {username} unlocked."},
    "lan.open_at": {
        "id": "Staf membuka Tagih di ponsel atau komputer lain di jaringan toko dengan alamat: {urls}",
        "en": "Staff open Tagih on a phone or another computer on the shop's network at: {urls}",
    },
    "lan.signin_help": {
        "id": "Setelah 3 kata sandi salah, percobaan berikutnya harus menunggu (1, 2, 4, … detik); setelah 10 kali dalam 15 menit akun dikunci sampai pemilik membukanya (di sini, atau `tagih unlock NAMA_PENGGUNA` di komputer toko). Percobaan dari komputer ini dihitung dan dikunci tersendiri, jadi orang lain di jaringan tidak bisa mengunci pemilik di sini. Setiap percobaan masuk tercatat di catatan perubahan.",
        "en": "After 3 wrong passwords the next try must wait (1, 2, 4, … seconds); after 10 within 15 minutes the account is locked until the owner unlocks it (here, or `tagih unlock USERNAME` on the shop's computer). Tries from this computer are counted and locked on their own, so no one else on the network can lock the owner out here. Every sign-in try is in the audit log.",
    },
    "lan.signed_in": {
        "id": "Masuk sebagai {name} ({role}).",
        "en": "Signed in as {name} ({role}).",
    },
    "lan.owner_only": {
        "id": "Halaman ini hanya untuk pemilik.",
        "en": "This page is for the owner only.",
    },
    "lan.denied": {
        "id": "Anda tidak berwenang melakukan ini.",
        "en": "You are not allowed to do this.",
    },
    "lan.denied.agreement_discount": {
        "id": "Hanya pemilik yang dapat memberi potongan pelunasan.",
        "en": "Only the owner can give a settlement discount.",
    },
    "lan.owner_changes": {
        "id": "Hanya pemilik yang dapat mengubah ini.",
        "en": "Only the owner can change this.",
    },
    "lan.no_customers": {
        "id": "Belum ada pelanggan yang ditugaskan kepada Anda. Minta pemilik menugaskan pelanggan (Pelanggan → Ditangani oleh).",
        "en": "No customers are assigned to you yet. Ask the owner to assign some (Customers → Handled by).",
    },
    "lan.audit": {"id": "Catatan perubahan", "en": "Audit log"},
    "lan.who": {"id": "Oleh", "en": "Who"},
    "lan.what": {"id": "Perubahan", "en": "What"},
    "account.password_short": {
        "id": "Kata sandi minimal 10 karakter.",
        "en": "The password needs at least 10 characters.",
    },
    "account.password_common": {
        "id": "Kata sandi ini terlalu mudah ditebak (umum dipakai, atau nama pengguna atau nama toko). Pilih yang lain.",
        "en": "This password is too easy to guess (a common one, or the username or the shop's name). Choose another.",
    },
    "account.username_bad": {
        "id": "Nama pengguna hanya huruf, angka, titik atau garis bawah.",
        "en": "A username is letters, digits, dots or underscores.",
    },
    "account.role_bad": {"id": "Peran tidak dikenal.", "en": "Unknown role."},
    "account.owner_needs_password": {
        "id": "Akun pemilik perlu kata sandi.",
        "en": "An owner account needs a password.",
    },
    "account.last_owner": {
        "id": "Akun pemilik terakhir yang aktif tidak bisa dinonaktifkan.",
        "en": "The last active owner account cannot be disabled.",
    },
    "cli.unexpected": {
        "id": "Tagih mengalami kesalahan tak terduga ({detail}). Rinciannya ada di {log}.",
        "en": "Tagih hit an unexpected error ({detail}). Details are in {log}.",
    },
    "cli.bad_date": {
        "id": "Tanggal '{value}' tidak sah; tulis sebagai TTTT-BB-HH, misalnya 2026-11-23.",
        "en": "Date '{value}' is not valid; write it as YYYY-MM-DD, e.g. 2026-11-23.",
    },
    # The database (core/store/) and `python -m core import`.
    "store.cannot_open": {
        "id": "Basis data {url} tidak dapat dibuka: {detail}",
        "en": "The database {url} cannot be opened: {detail}",
    },
    "store.newer_schema": {
        "id": "Basis data {url} dibuat oleh Tagih versi lebih baru (skema {detail}); perbarui Tagih.",
        "en": "The database {url} was made by a newer Tagih (schema {detail}); update Tagih.",
    },
    "store.bad_backup": {
        "id": "Berkas ini bukan cadangan Tagih yang bisa dipulihkan ({detail}); data tidak diubah.",
        "en": "This file is not a Tagih backup that can be restored ({detail}); nothing was changed.",
    },
    # Why a backup is refused (core/backup_file.py), shown inside store.bad_backup.
    # The zip library's own words (English: "no zip directory") stay in the log, not here.
    "backup.problem.not_zip": {
        "id": "bukan berkas zip yang utuh",
        "en": "not a complete zip file",
    },
    "backup.problem.no_manifest": {
        "id": "manifest.json tidak ada",
        "en": "manifest.json is missing",
    },
    "backup.problem.manifest_too_large": {
        "id": "manifest.json lebih besar dari {detail}",
        "en": "manifest.json is larger than {detail}",
    },
    "backup.problem.bad_manifest": {
        "id": "manifest.json tidak sah ({detail})",
        "en": "manifest.json is not valid ({detail})",
    },
    "backup.problem.newer": {
        "id": "dibuat oleh Tagih versi lebih baru, skema {detail}; perbarui Tagih",
        "en": "made by a newer Tagih, schema {detail}; update Tagih",
    },
    "backup.problem.no_counts": {
        "id": "manifest.json tidak mencatat jumlah baris tiap tabel",
        "en": "manifest.json does not list each table's row count",
    },
    "backup.problem.no_count": {
        "id": "manifest.json tidak mencatat jumlah baris tabel {table}",
        "en": "manifest.json does not list the row count of table {table}",
    },
    "backup.problem.unknown_table": {
        "id": "manifest.json menyebut tabel yang tidak dikenal: {table}",
        "en": "manifest.json names an unknown table: {table}",
    },
    "backup.problem.missing_table": {
        "id": "tabel {table} tidak ada di dalam berkas",
        "en": "table {table} is missing from the file",
    },
    "backup.problem.too_large": {
        "id": "isi berkas ({table}) mengembang melebihi {detail}",
        "en": "the file's content ({table}) inflates beyond {detail}",
    },
    "backup.problem.count_mismatch": {
        "id": "jumlah baris tabel {table} tidak sesuai manifest ({detail})",
        "en": "table {table} does not hold the number of rows its manifest says ({detail})",
    },
    "backup.problem.line_too_long": {
        "id": "tabel {table}, baris {line}: baris terlalu panjang",
        "en": "table {table}, line {line}: the line is too long",
    },
    "backup.problem.empty_line": {
        "id": "tabel {table}, baris {line}: baris kosong",
        "en": "table {table}, line {line}: an empty line",
    },
    "backup.problem.bad_json": {
        "id": "tabel {table}, baris {line}: bukan objek JSON ({detail})",
        "en": "table {table}, line {line}: not a JSON object ({detail})",
    },
    "backup.problem.unknown_column": {
        "id": "tabel {table}, baris {line}: kolom '{column}' tidak dikenal",
        "en": "table {table}, line {line}: unknown column '{column}'",
    },
    "backup.problem.missing_column": {
        "id": "tabel {table}, baris {line}: kolom '{column}' tidak ada",
        "en": "table {table}, line {line}: column '{column}' is missing",
    },
    "backup.problem.bad_value": {
        "id": "tabel {table}, baris {line}: nilai kolom '{column}' tidak sesuai ({detail})",
        "en": "table {table}, line {line}: the value of column '{column}' does not fit ({detail})",
    },
    "backup.problem.rejected": {
        "id": "tabel {table}: basis data menolak barisnya ({detail})",
        "en": "table {table}: the database refused its rows ({detail})",
    },
    "store.user_exists": {
        "id": "Nama pengguna '{detail}' sudah dipakai.",
        "en": "The username '{detail}' is taken.",
    },
    "store.no_user": {
        "id": "Tidak ada akun '{detail}'.",
        "en": "There is no account '{detail}'.",
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
    "statement.col.returned": {"id": "Retur", "en": "Returned"},
    "statement.col.balance": {"id": "Sisa", "en": "Balance"},
    "statement.col.days_late": {"id": "Terlambat (hari)", "en": "Days late"},
    "statement.col.payment_date": {"id": "Tanggal bayar", "en": "Payment date"},
    "statement.col.payment_amount": {"id": "Jumlah bayar", "en": "Amount paid"},
    "statement.col.kind": {"id": "Jenis", "en": "Kind"},
    "statement.credit_balance": {
        "id": "Kelebihan bayar (titipan)",
        "en": "Credit balance (held for you)",
    },
    "statement.credit_held": {
        "id": "Dengan hormat, per {date} tidak ada tagihan yang belum lunas. Bapak/Ibu sudah membayar lebih dari tagihan: kami menyimpan kelebihan bayar (titipan) Bapak/Ibu sebesar {amount}, untuk dipotong dari belanja berikutnya atau kami kembalikan. Terima kasih atas pembayaran dan kepercayaan Bapak/Ibu.",
        "en": "As of {date} there are no open invoices. You have paid more than you owed: we hold your credit balance of {amount}, to be deducted from your next purchase or returned to you. Thank you for your payments and your trust.",
    },
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
    # What an amount, percentage or number of days typed as text was read as.
    "input.reads": {"id": "= {value}", "en": "= {value}"},
    "input.miliar": {"id": "M = miliar", "en": "M = miliar (billion)"},
    "input.money_unreadable": {
        "id": "'{text}' tidak terbaca sebagai jumlah. Tulis misalnya 1.000.000, Rp 1,5 jt atau 250rb.",
        "en": "'{text}' cannot be read as an amount. Write e.g. 1.000.000, Rp 1,5 jt or 250rb.",
    },
    "input.money_too_large": {
        "id": "'{text}' terlalu besar: tidak ada jumlah di atas Rp 1.000.000.000.000.000. Periksa angkanya.",
        "en": "'{text}' is too large: no amount is above Rp 1.000.000.000.000.000. Check the figure.",
    },
    "input.money_sen": {
        "id": "'{text}' terbaca {amount}: isi rupiah utuh, misalnya 1.500.000 atau 1,5 jt.",
        "en": "'{text}' reads as {amount}: enter whole rupiah, e.g. 1.500.000 or 1,5 jt.",
    },
    "input.money_negative": {
        "id": "Jumlah tidak boleh minus: '{text}'.",
        "en": "The amount cannot be negative: '{text}'.",
    },
    "input.money_missing": {"id": "Isi jumlahnya dulu.", "en": "Enter the amount first."},
    "input.percent_unreadable": {
        "id": "'{text}' tidak terbaca sebagai persen. Tulis misalnya 2,5 atau 2,5 %.",
        "en": "'{text}' cannot be read as a percentage. Write e.g. 2,5 or 2.5 %.",
    },
    "input.percent_range": {
        "id": "Persen harus antara {low} dan {high}: '{text}'.",
        "en": "The percentage must be between {low} and {high}: '{text}'.",
    },
    "input.days_unreadable": {
        "id": "'{text}' tidak terbaca sebagai jumlah hari. Tulis misalnya 30 atau 30 hari.",
        "en": "'{text}' cannot be read as a number of days. Write e.g. 30 or 30 days.",
    },
    "input.days_range": {
        "id": "Jumlah hari harus antara {low} dan {high}: '{text}'.",
        "en": "The number of days must be between {low} and {high}: '{text}'.",
    },
    "input.days": {"id": "{days} hari", "en": "{days} days"},
    # What the owner records is dated by the as-of date; what goes out is signed by the shop.
    "ui.recorded_for": {
        "id": "Dicatat untuk tanggal {date}",
        "en": "Recorded for {date}",
    },
    "col.entered": {"id": "Dicatat pada", "en": "Entered on"},
    "shop.missing": {
        "id": "Isi nama toko di Pengaturan dulu: pesan, surat dan kesepakatan ditandatangani dengan nama toko.",
        "en": "Fill in the shop's name in Settings first: messages, letters and agreements are signed with it.",
    },
    "shop.setup_title": {"id": "Data toko Anda", "en": "Your shop's details"},
    "shop.setup_intro": {
        "id": "Sebelum pesan, surat atau kesepakatan pertama dikirim: nama, alamat dan telepon toko yang menandatanganinya.",
        "en": "Before the first message, letter or agreement goes out: the name, address and phone of the shop that signs it.",
    },
    "shop.name": {"id": "Nama toko", "en": "Shop name"},
    "shop.address": {"id": "Alamat", "en": "Address"},
    "shop.phone": {"id": "Telepon", "en": "Phone"},
    "shop.save": {"id": "Simpan data toko", "en": "Save the shop's details"},
    "shop.skip": {"id": "Nanti saja", "en": "Later"},
    "shop.saved": {"id": "Data toko disimpan.", "en": "The shop's details are saved."},
    "settings.fee_agreed": {
        "id": "Denda hanya boleh ditagih bila sudah disepakati dengan pelanggan (misalnya tertulis di nota atau perjanjian). Bila belum, biarkan “Tanpa denda”.",
        "en": "A late fee can only be claimed if it was agreed with the customer (written on the invoice or in an agreement, say). If not, leave it on “No fee”.",
    },
    "settings.fee_high": {
        "id": "Denda {percent} sebulan itu tinggi: pengadilan di Indonesia pernah memotong denda di atas sekitar 3 % sebulan.",
        "en": "A fee of {percent} a month is high: Indonesian courts have cut late fees above about 3 % a month.",
    },
    "input.fix_first": {
        "id": "Perbaiki dulu isian yang tidak terbaca; belum ada yang disimpan.",
        "en": "Correct the entries that cannot be read first; nothing was saved.",
    },
    # --- events: typed events, voiding, services ---
    "timeline.voided": {
        "id": "{text} (DIBATALKAN oleh {by}, {at})",
        "en": "{text} (VOIDED by {by}, {at})",
    },
    "void.title": {"id": "Batalkan catatan yang salah", "en": "Void a wrong record"},
    "void.help": {
        "id": "Catatan yang dibatalkan tetap tersimpan dan tercatat di log perubahan, tetapi tidak dihitung lagi: angka dan langkah kembali seperti sebelumnya.",
        "en": "A voided record is kept and stays in the change log, but counts no more: the figures and the step go back to what they were.",
    },
    "void.button": {"id": "Batalkan", "en": "Void"},
    "void.undo_last": {
        "id": "Batalkan yang baru dicatat: {what}",
        "en": "Void what was just recorded: {what}",
    },
    "void.confirm": {
        "id": "Yakin membatalkan catatan ini? {what}",
        "en": "Void this record? {what}",
    },
    "void.yes": {"id": "Ya, batalkan", "en": "Yes, void it"},
    "void.no": {"id": "Tidak jadi", "en": "Keep it"},
    "void.done": {"id": "Catatan dibatalkan: {what}", "en": "Record voided: {what}"},
    "void.none": {
        "id": "Belum ada catatan yang bisa dibatalkan untuk pelanggan ini.",
        "en": "Nothing recorded for this customer can be voided yet.",
    },
    "cli.staff_needs_database": {
        "id": "--staff hanya untuk daftar dari basis data (tanpa BERKAS).",
        "en": "--staff works on the database's list only (without FILE).",
    },
    "cli.no_staff": {
        "id": "Tidak ada akun staf bernama '{name}'.",
        "en": "No staff account is called '{name}'.",
    },
    "cli.waiting": {"id": "menunggu", "en": "waiting"},
    "event.error.channel": {"id": "Cara kontak tidak dikenal.", "en": "Unknown contact channel."},
    "event.error.outcome": {"id": "Hasil kontak tidak dikenal.", "en": "Unknown contact outcome."},
    "event.error.promise_needs": {
        "id": "Janji bayar perlu tanggal dan jumlah.",
        "en": "A promise needs a date and an amount.",
    },
    "event.error.negative": {
        "id": "Jumlah tidak boleh negatif.",
        "en": "The amount must not be negative.",
    },
    "event.error.payment_zero": {
        "id": "Isi jumlah pembayaran lebih dari nol.",
        "en": "Enter a payment amount above zero.",
    },
    "event.error.payment_date": {
        "id": "Pembayaran perlu tanggal.",
        "en": "A payment needs a date.",
    },
    # --- papers: agreement, somasi, discount wording, daily sections, templates ---
    "agreement.pdf.field.name": {"id": "Nama", "en": "Name"},
    "agreement.pdf.field.nik": {"id": "NIK", "en": "ID no. (NIK)"},
    "agreement.pdf.field.address": {"id": "Alamat", "en": "Address"},
    "agreement.pdf.field.phone": {"id": "Telepon", "en": "Phone"},
    "agreement.pdf.in_words": {"id": "(terbilang: {words})", "en": "(in words: {words})"},
    "agreement.pdf.witnesses": {"id": "Saksi-saksi", "en": "Witnesses"},
    "agreement.pdf.witness": {"id": "Saksi {no}", "en": "Witness {no}"},
    "agreement.pdf.meterai": {"id": "Meterai\nRp 10.000", "en": "Stamp duty\nRp 10.000"},
    "agreement.error.nik": {
        "id": 'NIK harus {digits} angka (tertulis "{value}"). Kosongkan bila belum tahu: surat menyisakan tempat untuk ditulis tangan.',
        "en": 'The NIK must be {digits} digits (it says "{value}"). Leave it empty if unknown: the paper leaves room to write it by hand.',
    },
    "agreement.ui.party": {"id": "Data pelanggan di surat", "en": "The customer on the paper"},
    "agreement.ui.address": {"id": "Alamat pelanggan", "en": "Customer's address"},
    "agreement.ui.nik": {"id": "NIK pelanggan (16 angka)", "en": "Customer's NIK (16 digits)"},
    "agreement.ui.nik_help": {
        "id": "Nomor Induk Kependudukan di KTP. Boleh dikosongkan: surat menyisakan tempat untuk ditulis tangan.",
        "en": "The ID number on the KTP card. May be left empty: the paper leaves room to write it by hand.",
    },
    "agreement.ui.witness": {"id": "Saksi {no} (boleh kosong)", "en": "Witness {no} (optional)"},
    "somasi.title.1": {"id": "SOMASI I", "en": "FORMAL DEMAND (SOMASI) I"},
    "somasi.title.2": {"id": "SOMASI II", "en": "FORMAL DEMAND (SOMASI) II"},
    "somasi.title.3": {
        "id": "SOMASI III (TERAKHIR)",
        "en": "FORMAL DEMAND (SOMASI) III (FINAL)",
    },
    "somasi.intro.first": {
        "id": "Dengan hormat, menurut catatan kami per {date}, tagihan berikut sudah lewat jatuh tempo dan belum dibayar. Dengan surat ini kami menyampaikan teguran (somasi) resmi atas tagihan tersebut:",
        "en": "According to our records as of {date}, the following invoices are past due and unpaid. With this letter we give formal notice (somasi) about them:",
    },
    "somasi.intro.first.told": {
        "id": "Dengan hormat, menurut catatan kami per {date}, tagihan berikut sudah lewat jatuh tempo dan belum dibayar, walaupun {told}. Dengan surat ini kami menyampaikan teguran (somasi) resmi atas tagihan tersebut:",
        "en": "According to our records as of {date}, the following invoices are past due and unpaid, although {told}. With this letter we give formal notice (somasi) about them:",
    },
    "somasi.intro.again": {
        "id": "Dengan hormat, menindaklanjuti Somasi {previous} kami tertanggal {previous_date} yang sampai hari ini belum ditanggapi dengan pembayaran, per {date} tagihan berikut masih belum dibayar:",
        "en": "Further to our Somasi {previous} of {previous_date}, which has not been answered with payment, as of {date} the following invoices are still unpaid:",
    },
    "somasi.demand": {
        "id": "Kami minta Saudara melunasi {total} paling lambat {date} ({days} hari sejak tanggal surat ini).",
        "en": "We ask you to pay {total} by {date} ({days} days from the date of this letter).",
    },
    "somasi.not_due": {
        "id": "Tagihan lain sebesar {amount} belum jatuh tempo dan tidak termasuk dalam somasi ini.",
        "en": "A further {amount} is not yet due and is not part of this demand.",
    },
    "somasi.after.1": {
        "id": "Apabila sampai {date} belum ada pembayaran, kami akan mengirimkan Somasi II dan menghentikan penjualan secara kredit kepada Saudara.",
        "en": "If nothing is paid by {date}, we will send Somasi II and stop selling to you on credit.",
    },
    "somasi.after.2": {
        "id": "Apabila sampai {date} belum ada pembayaran, kami akan mengirimkan somasi terakhir, dan sesudahnya penyelesaian dapat kami lanjutkan melalui jalur hukum.",
        "en": "If nothing is paid by {date}, we will send a final demand, after which we may settle the matter through legal channels.",
    },
    "somasi.after.3": {
        "id": "Ini adalah somasi terakhir. Apabila sampai {date} belum ada pembayaran, kami akan menyelesaikan tagihan ini melalui jalur hukum, termasuk gugatan ke Pengadilan Negeri, tanpa pemberitahuan lebih lanjut.",
        "en": "This is the final demand. If nothing is paid by {date}, we will pursue this debt through legal channels, including a claim at the District Court, without further notice.",
    },
    "somasi.objection": {
        "id": "Bila Saudara sudah membayar, atau ada keberatan atas tagihan ini (barang kurang, rusak, atau salah harga), mohon hubungi kami sebelum {date} dengan bukti atau penjelasannya.",
        "en": "If you have already paid, or dispute this bill (goods short, damaged or wrongly priced), please contact us before {date} with the receipt or your explanation.",
    },
    "somasi.closing": {
        "id": "Demikian somasi ini kami sampaikan agar menjadi perhatian. Atas perhatiannya kami ucapkan terima kasih.",
        "en": "We trust you will give this demand your attention. Thank you.",
    },
    "somasi.ui.title": {
        "id": "Somasi (surat teguran resmi)",
        "en": "Somasi (formal demand letter)",
    },
    "somasi.ui.days": {"id": "Batas bayar (hari)", "en": "Deadline (days)"},
    "somasi.ui.button": {"id": "Somasi {roman} (PDF)", "en": "Somasi {roman} (PDF)"},
    "somasi.ui.deadline": {
        "id": "Batas bayar {date}. Mengunduh surat ini mencatatnya di riwayat pelanggan.",
        "en": "Deadline {date}. Downloading the letter records it on the customer's timeline.",
    },
    "somasi.ui.reprint": {
        "id": "Somasi {roman} sudah dikirim {date}, batas bayar {deadline}; somasi berikutnya baru setelah tanggal itu lewat. Unduh lagi bila perlu (tidak dicatat dua kali).",
        "en": "Somasi {roman} was sent on {date}, deadline {deadline}; the next one only after that day. Download it again if needed (it is not recorded twice).",
    },
    "somasi.ui.done": {
        "id": "Somasi III sudah dikirim {date} dan batas bayarnya ({deadline}) lewat. Langkah berikutnya di luar aplikasi: penagihan lewat pengacara atau gugatan sederhana ke Pengadilan Negeri.",
        "en": "Somasi III was sent on {date} and its deadline ({deadline}) has passed. What follows is outside the app: a lawyer's demand or a small claim at the District Court.",
    },
    "timeline.somasi": {
        "id": "Somasi {roman}, batas bayar {date}",
        "en": "Somasi {roman}, deadline {date}",
    },
    "discount.field.discount": {"id": "Diskon Anda", "en": "Your discount"},
    "discount.own.input": {
        "id": "Diskon pilihan Anda (% dari sisa tagihan)",
        "en": "Your own discount (% of the balance)",
    },
    "discount.own.safe": {
        "id": "Diskon {pct} = {discount}: pelanggan membayar {pay_now} sekarang dan Anda tetap untung {profit}. Aman.",
        "en": "A discount of {pct} = {discount}: the customer pays {pay_now} now and you still earn {profit}. Safe.",
    },
    "discount.own.rounding": {
        "id": "Diskon {pct} = {discount}: sedikit di atas diskon terbesar yang aman {max} ({max_pct}), yang jumlah bayarnya dibulatkan. Pilih paling banyak {max_pct}.",
        "en": "A discount of {pct} = {discount}: a little above the largest safe discount {max} ({max_pct}), whose amount to pay is rounded. Choose at most {max_pct}.",
    },
    "discount.own.below_floor": {
        "id": "Diskon {pct} = {discount}: pelanggan membayar {pay_now} dan untung Anda tinggal {profit}, di bawah batas untung yang Anda tetapkan. Tidak aman; diskon terbesar yang aman {max} ({max_pct}).",
        "en": "A discount of {pct} = {discount}: the customer pays {pay_now} and your profit is only {profit}, below the floor you set. Not safe; the largest safe discount is {max} ({max_pct}).",
    },
    "discount.own.loss": {
        "id": "Diskon {pct} = {discount}: pelanggan membayar {pay_now} dan Anda rugi {loss}. Jangan; diskon terbesar yang aman {max} ({max_pct}).",
        "en": "A discount of {pct} = {discount}: the customer pays {pay_now} and you lose {loss}. Don't; the largest safe discount is {max} ({max_pct}).",
    },
    "discount.own.zero": {
        "id": "Diskon {pct} = {discount}: pelanggan membayar {pay_now}, pas sebesar modalnya, jadi Anda tidak untung sama sekali. Diskon terbesar yang aman {max} ({max_pct}).",
        "en": "A discount of {pct} = {discount}: the customer pays {pay_now}, exactly the cost, so you earn nothing. The largest safe discount is {max} ({max_pct}).",
    },
    "discount.offer.own": {"id": "Diskon Anda: {amount}", "en": "Your discount: {amount}"},
    "discount.guessed": {
        "id": "Modal (harga beli) barang belum diisi untuk {n} dari {total} faktur, jadi jawaban ini bersandar pada tebakan untung {margin} dari harga jual. Isi modalnya di tabel faktur agar hasilnya pasti.",
        "en": "The cost of the goods is missing for {n} of {total} invoices, so this answer rests on a guessed profit of {margin} of the selling price. Fill in the cost in the invoice table to be sure.",
    },
    "discount.guessed_manual": {
        "id": "Modal (harga beli) barang belum diisi, jadi jawaban ini bersandar pada tebakan untung {margin} dari harga jual. Isi modalnya agar hasilnya pasti.",
        "en": "The cost of the goods is not filled in, so this answer rests on a guessed profit of {margin} of the selling price. Fill in the cost to be sure.",
    },
    "discount.why": {"id": "Kenapa angka ini? Hitungannya", "en": "Why this figure? The working"},
    "discount.settings": {
        "id": "Pengaturan hitungan: tebakan untung, batas untung, kalau menunggu",
        "en": "Settings: guessed profit, profit floor, waiting",
    },
    "discount.months_value": {"id": "{months} bulan", "en": "{months} months"},
    "weekday.0": {"id": "Senin", "en": "Monday"},
    "weekday.1": {"id": "Selasa", "en": "Tuesday"},
    "weekday.2": {"id": "Rabu", "en": "Wednesday"},
    "weekday.3": {"id": "Kamis", "en": "Thursday"},
    "weekday.4": {"id": "Jumat", "en": "Friday"},
    "weekday.5": {"id": "Sabtu", "en": "Saturday"},
    "weekday.6": {"id": "Minggu", "en": "Sunday"},
    "reason.dispute": {
        "id": "Sedang sengketa sejak {date}: {dispute_reason}. Penagihan berhenti sampai diselesaikan.",
        "en": "In dispute since {date}: {dispute_reason}. Collection stops until it is resolved.",
    },
    "dispute.reason.short": {"id": "barang kurang", "en": "goods short"},
    "dispute.reason.damaged": {"id": "barang rusak", "en": "goods damaged"},
    "dispute.reason.wrong_price": {"id": "salah harga", "en": "wrong price"},
    "dispute.reason.already_paid": {"id": "katanya sudah bayar", "en": "says already paid"},
    "dispute.how.return": {"id": "retur (nota kredit)", "en": "a return (credit note)"},
    "dispute.how.playbook": {
        "id": "tagihan tetap, kembali ke langkah penagihan",
        "en": "the bill stands, back to the playbook",
    },
    "dispute.error.reason": {"id": "Pilih alasan sengketanya.", "en": "Choose why it is disputed."},
    "dispute.error.resolution": {"id": "Pilih cara penyelesaiannya.", "en": "Choose how it ends."},
    "dispute.error.credit": {
        "id": "Retur perlu jumlah nota kredit lebih dari Rp 0.",
        "en": "A return needs a credit note above Rp 0.",
    },
    "timeline.kind.dispute": {"id": "Sengketa", "en": "Dispute"},
    "timeline.dispute": {"id": "Sengketa: {reason}", "en": "Dispute: {reason}"},
    "timeline.dispute_resolved": {"id": "Sengketa selesai: {how}", "en": "Dispute resolved: {how}"},
    "timeline.manual_return": {
        "id": "Retur (nota kredit) dicatat manual",
        "en": "Return (credit note) entered by hand",
    },
    "today.section.contacted_today": {
        "id": "Sudah dihubungi hari ini ({count})",
        "en": "Already contacted today ({count})",
    },
    "today.section.disputed": {"id": "Sedang sengketa ({count})", "en": "In dispute ({count})"},
    "today.edit": {"id": "Ubah pesan", "en": "Edit the message"},
    "today.outside_hours": {
        "id": "Di luar jam kontak ({hours}): pesan WhatsApp dan e-mail baru ditawarkan lagi {when}.",
        "en": "Outside contact hours ({hours}): WhatsApp and e-mail drafts are offered again {when}.",
    },
    "today.outside_hours_never": {
        "id": "Tidak ada jam kontak yang diatur: atur di Pengaturan.",
        "en": "No contact hours are set: set them in Settings.",
    },
    "today.outside_hours_short": {"id": "Di luar jam kontak.", "en": "Outside contact hours."},
    "today.dispute": {"id": "Tandai sengketa", "en": "Mark as disputed"},
    "today.dispute_reason": {"id": "Alasan pelanggan", "en": "The customer's reason"},
    "today.dispute_help": {
        "id": "Pelanggan yang mempersoalkan tagihan didengar dulu: penagihan berhenti sampai sengketa diselesaikan.",
        "en": "A customer who disputes the bill is heard first: collection stops until the dispute is resolved.",
    },
    "today.dispute_save": {"id": "Simpan sengketa", "en": "Save the dispute"},
    "today.dispute_saved": {
        "id": "{name} ditandai sengketa; penagihan berhenti sampai diselesaikan.",
        "en": "{name} is marked as disputed; collection stops until it is resolved.",
    },
    "today.resolve": {"id": "Selesaikan sengketa", "en": "Resolve the dispute"},
    "today.resolve_how": {"id": "Penyelesaian", "en": "How it ends"},
    "today.resolve_credit": {"id": "Jumlah nota kredit (Rp)", "en": "Credit note amount (Rp)"},
    "today.resolve_invoice": {"id": "Untuk faktur", "en": "For invoice"},
    "today.resolve_save": {"id": "Simpan penyelesaian", "en": "Save the resolution"},
    "today.resolved": {"id": "Sengketa {name} selesai.", "en": "{name}'s dispute is resolved."},
    "settings.contact_hours": {"id": "Jam kontak pelanggan", "en": "Customer contact hours"},
    "settings.contact_hours_help": {
        "id": "Pesan WhatsApp dan e-mail hanya ditawarkan pada hari dan jam ini (sopan santun yang menjaga nama toko).",
        "en": "WhatsApp and e-mail drafts are only offered on these days and hours (manners that protect the shop's name).",
    },
    "settings.contact_days": {"id": "Hari", "en": "Days"},
    "settings.contact_start": {"id": "Dari jam", "en": "From"},
    "settings.contact_end": {"id": "Sampai jam", "en": "Until"},
    "settings.contact_bad": {
        "id": "Jam mulai harus sebelum jam selesai; tidak disimpan.",
        "en": "The start must come before the end; nothing was saved.",
    },
    "settings.template_lang": {"id": "Bahasa", "en": "Language"},
    "settings.template_step": {"id": "Langkah", "en": "Step"},
    "settings.template_subject": {"id": "Judul (e-mail)", "en": "Subject (e-mail)"},
    "settings.template_body": {"id": "Isi pesan, variasi {no}", "en": "Message, variant {no}"},
    "settings.template_body_one": {"id": "Isi pesan", "en": "Message"},
    "settings.template_fields": {
        "id": "Yang diisi Tagih: {fields}",
        "en": "What Tagih fills in: {fields}",
    },
    "settings.template_format": {
        "id": "kurung kurawal { } yang tidak berpasangan",
        "en": "a brace { } without its pair",
    },
    "settings.template_problems": {
        "id": "Template belum bisa dipakai: {problems}. Perbaiki dulu; belum ada yang disimpan.",
        "en": "The template cannot be used yet: {problems}. Correct it first; nothing was saved.",
    },
    "settings.template_no_example": {
        "id": "Belum ada pelanggan berutang untuk contoh pesan.",
        "en": "No customer owes anything yet to preview the message with.",
    },
    "settings.template_preview": {
        "id": "Contoh untuk {name}, seperti di Hari Ini:",
        "en": "Preview for {name}, as Today would show it:",
    },
    "settings.template_preview_unfit": {
        "id": "Contoh saja, dengan tagihan {name}: langkah ini tidak cocok untuk pelanggan mana pun hari ini, jadi isinya belum tentu sesuai dengan tagihannya:",
        "en": "An example only, with {name}'s bill: this step fits no customer today, so what it says may not fit that bill:",
    },
    "settings.template_save": {"id": "Simpan template", "en": "Save the template"},
    "settings.template_saved": {
        "id": "Template tersimpan di {path}.",
        "en": "Template saved in {path}.",
    },
    # --- install: phone links, data folder, second backup folder ---
    "phone.call": {"id": "Telepon {number}", "en": "Call {number}"},
    "settings.data_folder": {
        "id": "Data Anda (basis data, cadangan, catatan) ada di {folder}. TAGIH_DATA atau TAGIH_DB mengubahnya.",
        "en": "Your data (database, backups, log) is in {folder}. TAGIH_DATA or TAGIH_DB change it.",
    },
    "settings.database": {"id": "Basis data: {url}", "en": "Database: {url}"},
    "settings.second_folder": {
        "id": "Folder cadangan kedua (flashdisk atau folder yang disinkronkan ke cloud)",
        "en": "Second backup folder (a USB stick or a folder synced to the cloud)",
    },
    "settings.second_folder_help": {
        "id": "Salinan harian juga disimpan di sini, agar data selamat bila disk komputer ini rusak. Tulis jalur lengkap folder yang sudah ada, misalnya E:\\Tagih atau C:\\Users\\Anda\\Google Drive\\Tagih. Kosongkan untuk berhenti.",
        "en": "The daily copy is kept here too, so your data survives this computer's disk failing. Type the full path of an existing folder, e.g. E:\\Tagih or C:\\Users\\You\\Google Drive\\Tagih. Leave empty to stop.",
    },
    "settings.second_folder_saved": {
        "id": "Folder cadangan kedua disimpan; salinan hari ini sudah dibuat di sana.",
        "en": "Second backup folder saved; today's copy is made there.",
    },
    "settings.second_folder_cleared": {
        "id": "Tidak ada lagi folder cadangan kedua.",
        "en": "No second backup folder any more.",
    },
    "settings.second_folder_copies": {
        "id": "Salinan di folder kedua: {dates}.",
        "en": "Copies in the second folder: {dates}.",
    },
    "settings.second_folder_unreachable": {
        "id": "Folder cadangan kedua {folder} tidak dapat dijangkau (flashdisk belum dipasang?): salinan harian hanya ada di komputer ini.",
        "en": "The second backup folder {folder} cannot be reached (USB stick not plugged in?): the daily copy is only on this computer.",
    },
    "backup.folder.not_absolute": {
        "id": "Tulis jalur lengkap folder (misalnya E:\\Tagih), bukan “{folder}”.",
        "en": "Type the folder's full path (e.g. E:\\Tagih), not “{folder}”.",
    },
    "backup.folder.missing": {
        "id": "Folder {folder} tidak ada. Pasang flashdisk atau buat foldernya dulu.",
        "en": "The folder {folder} does not exist. Plug in the USB stick or make the folder first.",
    },
    "backup.folder.inside_data": {
        "id": "Folder {folder} ada di dalam folder data Tagih: salinan kedua harus di tempat lain.",
        "en": "The folder {folder} is inside Tagih's data folder: the second copy must be somewhere else.",
    },
    "backup.folder.not_writable": {
        "id": "Tagih tidak dapat menulis di folder {folder}.",
        "en": "Tagih cannot write in the folder {folder}.",
    },
    "backup.daily_failed": {
        "id": "Cadangan harian di {folder} gagal: {detail}",
        "en": "The daily backup in {folder} failed: {detail}",
    },
    # --- bank: bank statements (mutasi rekening) and who paid ---
    "bank.problem.pending": {
        "id": "Transaksi PEND: belum dibukukan bank, dibaca saat mutasi berikutnya diunggah",
        "en": "PEND transaction: not booked by the bank yet, read when the next statement is uploaded",
    },
    "bank.problem.failed": {
        "id": "Transaksi {value}: pembayaran tidak masuk, tidak dihitung",
        "en": "Transaction {value}: the payment did not go through, not counted",
    },
    "bank.problem.bad_date": {
        "id": "Tanggal '{value}' tidak terbaca",
        "en": "The date '{value}' cannot be read",
    },
    "bank.problem.bad_amount": {
        "id": "Jumlah '{value}' tidak terbaca",
        "en": "The amount '{value}' cannot be read",
    },
    "bank.problem.no_amount": {
        "id": "Baris tanpa jumlah (terpotong?), uang masuk mungkin hilang: {value}",
        "en": "A line with no amount (cut off?), money may be missing: {value}",
    },
    "bank.problem.no_side": {
        "id": "Tidak jelas masuk atau keluar: {value}",
        "en": "Not clear whether money came in or went out: {value}",
    },
    "match.reason.code": {
        "id": "jumlahnya tepat sama dengan permintaan bayar berkode unik",
        "en": "the amount is exactly a payment request's unique-code amount",
    },
    "match.reason.invoice": {
        "id": "nomor nota {number} tertulis di keterangan",
        "en": "invoice {number} is named in the description",
    },
    "match.reason.invoice_short": {
        "id": "nomor nota {number} tertulis singkat di keterangan (satu-satunya nota terbuka dengan nomor itu)",
        "en": "invoice {number} is named short in the description (the only open invoice so numbered)",
    },
    "match.reason.agreement": {
        "id": "nomor kesepakatan {number} tertulis di keterangan",
        "en": "agreement {number} is named in the description",
    },
    "match.reason.name": {
        "id": "nama pengirim mirip nama pelanggan ({score}%)",
        "en": "the sender's name is like the customer's ({score}%)",
    },
    "match.reason.amount_invoice": {
        "id": "jumlahnya sama dengan sisa nota {number}",
        "en": "the amount equals what invoice {number} still owes",
    },
    "match.reason.amount_instalment": {
        "id": "jumlahnya sama dengan cicilan ke-{no} kesepakatan",
        "en": "the amount equals instalment {no} of the agreement",
    },
    "match.reason.amount_promise": {
        "id": "jumlahnya sama dengan janji bayar tanggal {date}",
        "en": "the amount equals the promise to pay on {date}",
    },
    "match.reason.amount_balance": {
        "id": "jumlahnya sama dengan seluruh sisa utang pelanggan",
        "en": "the amount equals the customer's whole balance",
    },
    "match.unmatched": {"id": "Belum ada yang cocok", "en": "Nothing matches yet"},
    "match.on_account": {
        "id": "(tanpa nota: melunasi yang tertua dulu)",
        "en": "(no invoice: pays the oldest first)",
    },
    "cli.match_title": {
        "id": "Mutasi {file}: {count} uang masuk, {matched} ada usulan pelanggannya",
        "en": "Statement {file}: {count} credits, {matched} with a proposed customer",
    },
    "cli.match_empty": {
        "id": "Basis data belum berisi buku piutang ({url}): tidak ada pelanggan untuk dicocokkan. Simpan bukunya dulu (python -m core import), atau beri --ledger BERKAS.",
        "en": "The database holds no receivables book yet ({url}): there is no customer to match against. Save the book first (python -m core import), or give --ledger FILE.",
    },
    "upload.filekind": {"id": "Jenis berkas", "en": "Kind of file"},
    "upload.filekind.auto": {"id": "Kenali otomatis", "en": "Tell automatically"},
    "upload.filekind.ledger": {"id": "Buku piutang", "en": "Receivables book"},
    "upload.filekind.statement": {"id": "Mutasi rekening bank", "en": "Bank statement"},
    "bank.title": {"id": "Mutasi rekening: siapa yang membayar", "en": "Bank statement: who paid"},
    "bank.intro": {
        "id": "Setiap uang masuk dari mutasi rekening, dengan usulan pelanggan yang membayarnya dan alasannya. Periksa, lalu konfirmasi (menjadi pembayaran), ganti, atau abaikan. Mutasi yang sama diunggah lagi tidak mengubah apa pun.",
        "en": "Every credit of your bank statements, with the customer it most likely comes from and why. Check, then confirm (it becomes a payment), change, or dismiss it. The same statement uploaded again changes nothing.",
    },
    "bank.read": {
        "id": "{file}: mutasi {bank}, {count} uang masuk ({total}); {new} baru, {known} sudah ada.",
        "en": "{file}: {bank} statement, {count} credits ({total}); {new} new, {known} already kept.",
    },
    "bank.generic": {"id": "bank lain", "en": "other bank"},
    "bank.problems": {
        "id": "Baris mutasi yang tidak dipakai",
        "en": "Statement rows not used",
    },
    "bank.none_open": {
        "id": "Tidak ada uang masuk yang menunggu dicocokkan.",
        "en": "No credit is waiting to be matched.",
    },
    "bank.col.date": {"id": "Tanggal", "en": "Date"},
    "bank.col.amount": {"id": "Jumlah", "en": "Amount"},
    "bank.col.description": {"id": "Keterangan bank", "en": "Bank's description"},
    "bank.col.customer": {"id": "Usulan pelanggan", "en": "Proposed customer"},
    "bank.col.confidence": {"id": "Keyakinan", "en": "Confidence"},
    "bank.col.why": {"id": "Alasan", "en": "Why"},
    "bank.pick_customer": {"id": "Pelanggan", "en": "Customer"},
    "bank.pick_invoice": {"id": "Nota", "en": "Invoice"},
    "bank.confirm": {"id": "Konfirmasi", "en": "Confirm"},
    "bank.dismiss": {"id": "Abaikan", "en": "Dismiss"},
    "bank.reopen": {"id": "Tampilkan lagi", "en": "Show again"},
    "bank.confirmed": {
        "id": "Pembayaran {amount} dari {name} dicatat.",
        "en": "Payment of {amount} from {name} recorded.",
    },
    "bank.more": {
        "id": "{shown} dari {count} uang masuk ditampilkan, yang paling yakin dulu; sisanya muncul setelah yang ini dikonfirmasi atau diabaikan.",
        "en": "{shown} of {count} credits shown, the surest first; the rest appear once these are confirmed or dismissed.",
    },
    "bank.dismissed_list": {"id": "Diabaikan ({count})", "en": "Dismissed ({count})"},
    "bank.confirmed_list": {"id": "Sudah dikonfirmasi ({count})", "en": "Confirmed ({count})"},
    "bank.no_customer": {
        "id": "Belum ada pelanggan di buku piutang untuk dicocokkan.",
        "en": "There is no customer in the receivables book to match against yet.",
    },
    # --- qris: how to pay, QRIS with the amount filled in, unique payment codes ---
    "qris.problem.empty": {
        "id": "QRIS kosong: tempel teks QR-nya atau unggah gambarnya.",
        "en": "The QRIS is empty: paste its QR text or upload its picture.",
    },
    "qris.problem.no_qr_image": {
        "id": "Tidak ada kode QR yang terbaca di gambar ini: unggah foto atau tangkapan layar QRIS yang jelas dan utuh.",
        "en": "No QR code can be read in this picture: upload a sharp, whole photo or screenshot of the QRIS.",
    },
    "qris.problem.image_too_large": {
        "id": "Gambar ini terlalu besar untuk gambar QRIS: unggah foto atau tangkapan layar biasa.",
        "en": "This picture is too large for a QRIS picture: upload an ordinary photo or screenshot.",
    },
    "qris.problem.layout": {
        "id": "Ini bukan teks QRIS: susunan tag-panjang-isinya rusak atau terpotong.",
        "en": "This is not QRIS text: its tag-length-value layout is broken or cut short.",
    },
    "qris.problem.no_crc": {
        "id": "Teks QRIS tidak diakhiri kode pemeriksa (tag 63); mungkin terpotong.",
        "en": "The QRIS text does not end with its checksum (tag 63); it may be cut short.",
    },
    "qris.problem.crc": {
        "id": "Kode pemeriksa QRIS tidak cocok ({found}, seharusnya {expected}): teksnya berubah atau salah salin.",
        "en": "The QRIS checksum does not match ({found}, should be {expected}): the text was changed or miscopied.",
    },
    "qris.problem.format": {
        "id": "Ini bukan QRIS: tidak diawali penanda format 000201.",
        "en": "This is not a QRIS: it does not start with the format indicator 000201.",
    },
    "qris.problem.not_static": {
        "id": "Ini bukan QRIS statis (tag 01 harus 11): pakai QRIS toko yang dicetak di kasir, bukan QR yang sudah bernominal.",
        "en": "This is not a static QRIS (tag 01 must be 11): use the shop's QRIS printed at the counter, not a QR that already has an amount.",
    },
    "qris.problem.currency": {
        "id": "QRIS ini bukan untuk rupiah (mata uang {found}).",
        "en": "This QRIS is not in rupiah (currency {found}).",
    },
    "qris.problem.no_country": {
        "id": "QRIS ini tidak memuat kode negara (tag 58).",
        "en": "This QRIS has no country code (tag 58).",
    },
    "qris.problem.no_merchant": {
        "id": "QRIS ini tidak memuat nama atau kota penjual (tag 59/60).",
        "en": "This QRIS has no merchant name or city (tag 59/60).",
    },
    "qris.problem.no_account": {
        "id": "QRIS ini tidak memuat akun penjual (tag 26–51).",
        "en": "This QRIS has no merchant account (tags 26–51).",
    },
    "qris.problem.amount_not_positive": {
        "id": "Jumlah {amount} tidak bisa dibayar dengan QRIS: harus lebih dari Rp 0.",
        "en": "{amount} cannot be paid by QRIS: it must be more than Rp 0.",
    },
    "qris.problem.amount_not_whole": {
        "id": "Jumlah {amount} memuat sen; QRIS hanya membawa rupiah bulat.",
        "en": "{amount} has sen; a QRIS carries whole rupiah only.",
    },
    "qris.problem.amount_above_cap": {
        "id": "Jumlah {amount} di atas batas QRIS {cap} per transaksi.",
        "en": "{amount} is above the QRIS limit of {cap} per payment.",
    },
    "pay.title": {"id": "Cara pembayaran", "en": "How to pay"},
    "pay.account_holder": {
        "id": "{label} {number} a.n. {holder}",
        "en": "{label} {number} in the name of {holder}",
    },
    "pay.amount": {
        "id": "Jumlah yang dibayar: {amount}, ke salah satu dari:",
        "en": "Amount to pay: {amount}, to any of:",
    },
    "pay.exact": {
        "id": "Mohon transfer tepat {exact} (tiga angka terakhir, {code}, adalah kode unik agar pembayaran langsung kami kenali), ke salah satu dari:",
        "en": "Please transfer exactly {exact} (the last three digits, {code}, are a unique code so that we recognise the payment at once), to any of:",
    },
    "pay.first_payment": {
        "id": "Pembayaran pertama: {what}, paling lambat {date}.",
        "en": "The first payment: {what}, by {date}.",
    },
    "pay.qris_paper": {
        "id": "QRIS {merchant}: pindai QR di samping, nominal {amount} sudah terisi",
        "en": "QRIS {merchant}: scan the QR beside this, the amount {amount} is filled in",
    },
    "pay.qris_message": {
        "id": "QRIS {merchant}: pindai gambar QR dari kami, nominal {amount} sudah terisi",
        "en": "QRIS {merchant}: scan the QR picture we send, the amount {amount} is filled in",
    },
    "pay.qris_above_cap": {
        "id": "QRIS tidak bisa dipakai untuk {amount} (di atas batas {cap} per transaksi): mohon bayar lewat transfer",
        "en": "QRIS cannot be used for {amount} (above the limit of {cap} per payment): please pay by transfer",
    },
    "pay.receipt": {
        "id": "Setelah membayar, mohon kirimkan bukti pembayarannya kepada kami. Terima kasih.",
        "en": "After paying, please send us the receipt. Thank you.",
    },
    "pay.settings.title": {"id": "Cara pembayaran", "en": "How customers pay"},
    "pay.settings.help": {
        "id": "Rekening, e-wallet dan QRIS toko ini ditulis di akhir setiap pesan WhatsApp, e-mail, surat, pernyataan, penawaran dan kesepakatan; di dokumen PDF ada QR dengan nominal yang diminta dokumen itu.",
        "en": "The shop's accounts, e-wallets and QRIS end every WhatsApp message, e-mail, letter, statement, offer and agreement; the PDF documents carry a QR with the amount each one asks filled in.",
    },
    "pay.ui.check_arrived": {
        "id": "Tagih tidak melihat rekening atau QRIS Anda: setiap pembayaran tetap harus Anda periksa sudah masuk (mutasi rekening, aplikasi QRIS) sebelum dicatat lunas.",
        "en": "Tagih cannot see your bank account or QRIS: you must still check that each payment arrived (bank statement, QRIS app) before recording it as paid.",
    },
    "pay.settings.qris_picture": {
        "id": "Unggah gambar QRIS statis toko (foto atau tangkapan layar)",
        "en": "Upload the picture of the shop's static QRIS (a photo or a screenshot)",
    },
    "pay.settings.banks": {"id": "Rekening bank", "en": "Bank accounts"},
    "pay.settings.bank": {"id": "Bank {n}", "en": "Bank {n}"},
    "pay.settings.account": {"id": "Nomor rekening {n}", "en": "Account number {n}"},
    "pay.settings.holder": {"id": "Atas nama {n}", "en": "Account holder {n}"},
    "pay.settings.wallets": {"id": "E-wallet", "en": "E-wallets"},
    "pay.settings.wallet": {"id": "E-wallet {n}", "en": "E-wallet {n}"},
    "pay.settings.wallet_number": {"id": "Nomor e-wallet {n}", "en": "E-wallet number {n}"},
    "pay.settings.wallet_holder": {"id": "Nama di e-wallet {n}", "en": "Name on e-wallet {n}"},
    "pay.settings.qris": {"id": "QRIS statis (teks QR)", "en": "Static QRIS (the QR text)"},
    "pay.settings.qris_help": {
        "id": "Teks di dalam QRIS toko yang dicetak di kasir, diawali 000201010211. Unggah gambarnya di atas untuk mengisinya otomatis.",
        "en": "The text inside the shop's QRIS printed at the counter, starting 000201010211. Upload its picture above to fill it in.",
    },
    "pay.settings.unique": {
        "id": "Pakai kode unik pembayaran (1–999 rupiah di akhir jumlah transfer)",
        "en": "Use unique payment codes (1–999 rupiah at the end of the transfer amount)",
    },
    "pay.settings.unique_help": {
        "id": "Setiap permintaan bayar mendapat tiga angka terakhirnya sendiri (mis. Rp 1.250.137), berbeda dari permintaan lain yang masih terbuka, supaya pembayaran di mutasi rekening bisa dikenali.",
        "en": "Each payment request gets its own last three digits (e.g. Rp 1.250.137), different from the other open requests, so its payment can be told apart on the bank statement.",
    },
    "pay.settings.qris_invalid": {
        "id": "QRIS tidak disimpan: {reason}",
        "en": "The QRIS was not saved: {reason}",
    },
    "pay.ui.merchant": {
        "id": "QRIS terbaca: {name}, {city}",
        "en": "QRIS read: {name}, {city}",
    },
    "pay.ui.no_qr": {"id": "Tanpa QR: {reason}", "en": "No QR: {reason}"},
    "pay.ui.download_qr": {"id": "Unduh QR {amount} (PNG)", "en": "Download QR {amount} (PNG)"},
    "pay.ui.none": {
        "id": "Belum ada cara pembayaran: isi rekening atau QRIS toko di Pengaturan → Cara pembayaran.",
        "en": "No way to pay saved yet: add the shop's accounts or QRIS in Settings → How customers pay.",
    },
    "pay.ui.nothing_owed": {
        "id": "Pelanggan ini tidak punya tagihan terbuka.",
        "en": "This customer owes nothing.",
    },
    "cli.qr_bad_amount": {
        "id": "Jumlah '{value}' tidak terbaca sebagai rupiah.",
        "en": "The amount '{value}' cannot be read as rupiah.",
    },
    # --- forecast: cash-in forecast ---
    "forecast.title": {"id": "Perkiraan uang masuk, 13 minggu", "en": "Expected cash in, 13 weeks"},
    "forecast.caption": {
        "id": "Tiap faktur diperkirakan dibayar pada jatuh tempo ditambah kebiasaan telat pelanggannya (median hari telat faktur yang sudah lunas; kebiasaan semua pelanggan bila datanya kurang dari tiga), dikali peluang tertagih menurut umurnya. Janji bayar dan cicilan kesepakatan menggantikan fakturnya pada tanggalnya. Garis di tiap batang: kisaran bila pelanggan membayar secepat atau selambat biasanya (kuartil).",
        "en": "Each invoice is expected on its due date plus its customer's usual lateness (the median days late of their paid invoices; the whole book's when they have fewer than three), times the chance it is collected for its age. Promises to pay and agreement instalments replace their invoices on their dates. The line on each bar: the range if customers pay as early or as late as they usually do (quartiles).",
    },
    "forecast.expected": {"id": "Perkiraan", "en": "Expected"},
    "forecast.week_starting": {"id": "Minggu mulai", "en": "Week starting"},
    "forecast.hover": {
        "id": "{week}: {expected} (kisaran {low} – {high})",
        "en": "{week}: {expected} (range {low} – {high})",
    },
    "forecast.total": {
        "id": "Total 13 minggu: {total}. Sesudahnya diperkirakan masuk {later} lagi.",
        "en": "13 weeks together: {total}. After them, {later} more is expected.",
    },
    "forecast.written_off": {
        "id": "Tidak dihitung: {amount} dari {count} faktur yang lewat jatuh tempo lebih dari 180 hari (peluang tertagih 0 % menurut tabel yang sama dengan kalkulator diskon).",
        "en": "Not counted: {amount} more than 180 days overdue (invoices: {count}; a 0 % chance of collection by the same table as the discount calculator).",
    },
    "forecast.pick_week": {"id": "Buka minggu", "en": "Open a week"},
    "forecast.week_rows": {
        "id": "{week}: {count} baris, perkiraan {total} (kisaran {low} – {high}). Perkiraan = jumlah × peluang, dijumlah lalu dibulatkan sekali.",
        "en": "{week}: {count} rows, expected {total} (range {low} – {high}). Expected = amount × chance, added up and then rounded once.",
    },
    "forecast.col.kind": {"id": "Jenis", "en": "Kind"},
    "forecast.col.reference": {"id": "Faktur / cicilan", "en": "Invoice / instalment"},
    "forecast.col.expected_date": {"id": "Perkiraan tanggal", "en": "Expected date"},
    "forecast.col.weight": {"id": "Peluang (%)", "en": "Chance (%)"},
    "forecast.col.weighted": {"id": "Perkiraan masuk", "en": "Expected in"},
    "forecast.col.basis": {"id": "Dasar tanggal", "en": "Date from"},
    "forecast.kind.invoice": {"id": "Faktur", "en": "Invoice"},
    "forecast.kind.promise": {"id": "Janji bayar", "en": "Promise to pay"},
    "forecast.kind.instalment": {"id": "Cicilan", "en": "Instalment"},
    "forecast.basis.own": {
        "id": "kebiasaan pelanggan ini: telat {days} hari",
        "en": "this customer's habit: {days} days late",
    },
    "forecast.basis.book": {
        "id": "kebiasaan semua pelanggan: telat {days} hari",
        "en": "every customer's habit: {days} days late",
    },
    "forecast.basis.beyond": {
        "id": "sudah lebih telat dari yang pernah dibayar: bisa kapan saja",
        "en": "later than anything ever paid: any day now",
    },
    "forecast.basis.due": {
        "id": "jatuh tempo (belum ada tanggal bayar di buku)",
        "en": "due date (no payment day in the book yet)",
    },
    "forecast.basis.promise": {"id": "tanggal janji bayar", "en": "the promised date"},
    "forecast.basis.agreement": {"id": "jadwal kesepakatan", "en": "the agreement's schedule"},
    "forecast.cli_title": {
        "id": "Perkiraan uang masuk per {date}",
        "en": "Expected cash in as of {date}",
    },
    "forecast.cli_week": {
        "id": "Minggu {week} ({start} – {end}): {expected} (kisaran {low} – {high}), {count} baris",
        "en": "Week {week} ({start} – {end}): {expected} (range {low} – {high}), {count} rows",
    },
    # --- lan: sessions that outlive a reload ---
    "session.title": {"id": "Sesi yang sedang masuk", "en": "Signed-in sessions"},
    "session.help": {
        "id": "Peramban yang sudah masuk tetap masuk walau halaman dimuat ulang, sampai 12 jam tidak dipakai (paling lama 7 hari sejak masuk). Cabut sesi ponsel yang hilang atau staf yang berhenti: langkah berikutnya di peramban itu meminta masuk lagi. Mengganti kata sandi atau menonaktifkan akun juga mencabut semua sesinya.",
        "en": "A browser that signed in stays signed in across reloads, until it goes unused for 12 hours (at most 7 days after signing in). Revoke the session of a lost phone or of staff who left: that browser's next step asks to sign in again. Changing an account's password or disabling it revokes all its sessions too.",
    },
    "session.row": {
        "id": "**{username}** ({name}) · {client} · {device} · masuk {since} · terakhir {last}",
        "en": "**{username}** ({name}) · {client} · {device} · signed in {since} · last used {last}",
    },
    "session.this": {"id": "(sesi ini)", "en": "(this session)"},
    "session.none": {"id": "Tidak ada sesi yang sedang masuk.", "en": "No session is signed in."},
    "session.revoke": {"id": "Cabut", "en": "Revoke"},
    "session.revoked": {"id": "Sesi {username} dicabut.", "en": "{username}'s session revoked."},
    "session.plain_http": {
        "id": "Tagih dibuka lewat http biasa: kata sandi dan data piutang lewat Wi-Fi toko tanpa enkripsi, dan siapa pun yang menyadap jaringan bisa membacanya. Pakai Wi-Fi dengan kata sandi WPA2/WPA3 yang hanya diketahui staf, atau jalankan Tagih dengan sertifikat HTTPS (lihat README).",
        "en": "Tagih is served over plain http: passwords and ledger data cross the shop's Wi-Fi unencrypted, and anyone listening on the network can read them. Use a Wi-Fi network with a WPA2/WPA3 password only staff know, or run Tagih with an HTTPS certificate (see the README).",
    },
    # --- events: typed records of every kind ---
    "event.error.somasi_number": {
        "id": "Somasi diberi nomor 1 sampai 3.",
        "en": "A somasi is numbered 1 to 3.",
    },
    "event.error.somasi_deadline": {
        "id": "Batas waktu somasi tidak boleh sebelum tanggal suratnya.",
        "en": "A somasi's deadline cannot be before the letter's date.",
    },
    "event.error.offer_sum": {
        "id": "Potongan ditambah yang dibayar sekarang harus sama dengan sisa tagihan.",
        "en": "The discount plus what is paid now must equal the balance.",
    },
    "event.error.offer_valid_until": {
        "id": "Penawaran tidak boleh berakhir sebelum tanggal dibuat.",
        "en": "An offer cannot end before the day it was made.",
    },
    "event.error.status": {
        "id": "Status catatan ini tidak dikenal.",
        "en": "This record's status is not known.",
    },
    "event.error.kind": {
        "id": "Catatan ini bukan dari jenis yang diubah.",
        "en": "This record is not of the kind being changed.",
    },
    "event.error.bank_confirmed": {
        "id": "Mutasi yang dikonfirmasi harus menyebut pelanggan dan pembayarannya.",
        "en": "A confirmed credit must name its customer and its payment.",
    },
    "agreement.error.schedule_sum": {
        "id": "Jadwal cicilan harus berjumlah sama dengan total kesepakatan.",
        "en": "The instalments must add up to the agreed total.",
    },
    "agreement.error.negative": {
        "id": "Angka dalam kesepakatan tidak boleh negatif.",
        "en": "An agreement's figures cannot be negative.",
    },
    "agreement.error.status": {
        "id": "Status atau bahasa kesepakatan tidak dikenal.",
        "en": "The agreement's status or language is not known.",
    },
    # --- codes: every code of a Literal has its sentence ---
    "reason.missing.paid_history": {
        "id": "Belum cukup faktur lunas untuk menilai kebiasaan bayarnya.",
        "en": "Too few paid invoices yet to judge how this customer pays.",
    },
    # --- upload: the report of the files just dropped, corrections per sheet ---
    "upload.drop_help": {
        "id": "Buku piutang (Excel .xlsx/.xls, .ods, .csv) atau mutasi rekening bank; boleh beberapa berkas sekaligus. Tarik berkas ke kotak ini, atau tekan tombol di kotak itu untuk memilih dari komputer.",
        "en": "Receivables books (Excel .xlsx/.xls, .ods, .csv) or bank statements; several files at once are fine. Drag files onto the box, or press its button to pick them on the computer.",
    },
    "upload.report_of": {"id": "Laporan: {file}", "en": "Report: {file}"},
    "upload.status.reread": {
        "id": "{file}: dibaca ulang dengan pilihan Anda.",
        "en": "{file}: read again with your choices.",
    },
    "upload.pick_other": {
        "id": "Laporan berkas tersimpan lainnya",
        "en": "Report of another saved file",
    },
    "upload.auto_missing": {"id": "Otomatis (tidak ditemukan)", "en": "Automatic (not found)"},
    "upload.pick_placeholder": {"id": "Pilih berkas…", "en": "Pick a file…"},
    "upload.remap_target": {"id": "Koreksi untuk", "en": "Correct"},
    "upload.remap_all": {"id": "Semua lembar", "en": "Every sheet"},
    "upload.remap_sheet_one": {"id": "Lembar '{sheet}' saja", "en": "Sheet '{sheet}' only"},
    "upload.remap_changes_all": {
        "id": "Pilihan di bawah mengubah semua lembar: {sheets}.",
        "en": "The choices below change every sheet: {sheets}.",
    },
    "upload.remap_own_kept": {
        "id": "Pilihan yang dibuat khusus untuk lembar {sheets} tetap dipakai di lembar itu.",
        "en": "The choices made for sheet {sheets} alone still apply there.",
    },
    "upload.remap_changes_one": {
        "id": "Pilihan di bawah hanya mengubah lembar '{sheet}'; lembar lain tetap dibaca seperti sekarang.",
        "en": "The choices below change sheet '{sheet}' only; the other sheets are read as they are now.",
    },
}


def format_count(number: int, lang: Lang = "id") -> str:
    """A count as the reader writes it.

    >>> format_count(10792), format_count(10792, "en"), format_count(81)
    ('10.792', '10,792', '81')
    """
    text = f"{number:,}"
    return text.replace(",", ".") if lang == "id" else text


def t(key: str, lang: Lang = "id", /, **params: object) -> str:
    """The sentence for ``key`` in ``lang`` with ``params`` filled in.

    >>> t("summary.title", "en", today="23 Nov 2026")
    'Receivables as of 23 Nov 2026'
    """
    entry = TEXTS[key]
    text = entry.get(lang) or entry["id"]
    if lang == "en":
        text = _singular_after_one(text, params)
    return text.format(**params) if params else text


def _singular_after_one(text: str, params: Mapping[str, object]) -> str:
    """An English sentence with the noun after each count of one made singular: "{count}
    customers" with a count of 1 reads "1 customer", not "1 customers" (Indonesian nouns do
    not change with the count).

    >>> _singular_after_one("{rows} rows read, {n} entries, {k} boxes", {"rows": 1, "n": 1, "k": 2})
    '{rows} row read, {n} entry, {k} boxes'
    """
    ones = [name for name, value in params.items() if _is_one(value)]
    for name in ones:
        text = re.sub(r"\{" + re.escape(name) + r"\} (\w+s)\b", _singular_noun, text)
    return text


def _is_one(value: object) -> bool:
    return (isinstance(value, int) and not isinstance(value, bool) and value == 1) or value == "1"


def _singular_noun(match: re.Match[str]) -> str:
    """The placeholder and its noun in the singular; a verb after a count ("{n} is") stays."""
    word = match.group(1)
    if word.casefold() in _NOT_PLURAL or word.endswith(("ss", "us", "is")):
        return match.group(0)
    if word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith(("ches", "shes", "xes")):
        word = word[:-2]
    else:
        word = word[:-1]
    return match.group(0)[: -len(match.group(1))] + word


# Words ending in s after a count that are verbs, not plural nouns ("{count} of … falls due").
_NOT_PLURAL: Final = frozenset(
    {"has", "was", "does", "says", "falls", "gives", "holds", "names", "leaves", "as"}
)


Code = TypeVar("Code", bound=Hashable)


class CodeKeys(Mapping[Code, str], Generic[Code]):
    """The translation key of each code of one type (a ``Literal`` of codes, or a tuple of them).

    The keys are written out in full where the codes are defined, so that a search for a key
    finds its use and no key is built at run time. Making the table checks that every code has
    exactly one key; the translations test checks that every key of every table a module
    defines exists in both languages. A table is kept nowhere but where it is made: one made
    in passing (as below) is no code table of Tagih's.

    >>> Answer = Literal["yes", "no"]
    >>> keys = CodeKeys[Answer](Answer, {"yes": "ui.yes", "no": "ui.no"})
    >>> keys["no"]
    'ui.no'
    >>> CodeKeys[Answer](Answer, {"yes": "ui.yes"})
    Traceback (most recent call last):
    ValueError: codes without a key: ['no']
    """

    def __init__(self, codes: object, keys: Mapping[Code, str]) -> None:
        if get_origin(codes) is Literal:
            expected: tuple[object, ...] = get_args(codes)
        elif isinstance(codes, tuple):
            expected = codes
        else:
            raise TypeError(f"codes must be a Literal type or a tuple, not {codes!r}")
        missing = [code for code in expected if code not in keys]
        if missing:
            raise ValueError(f"codes without a key: {missing}")
        extra = [code for code in keys if code not in expected]
        if extra:
            raise ValueError(f"keys for unknown codes: {extra}")
        self._keys: dict[Code, str] = dict(keys)

    def __getitem__(self, code: Code) -> str:
        return self._keys[code]

    def __iter__(self) -> Iterator[Code]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)
