"""Round 25 of outside books: ordinary books in every shape (figures worked out on paper as of
22 Nov 2026, default term 30 days). Each read wrong or was refused before:

- "Bruto | Retur | Potongan | Dibayar | Sisa": no amount word, so the Sisa was read as the
  amount and the money and the returns were taken off it again (3,350,000 for 7,100,000);
  "Harga | Diskon | Netto" read the price before the discount;
- a paid column headed "Setoran", "Uang Diterima", "Kas Masuk", "Sudah Transfer" was dropped
  without a word and its payments ignored (4,200,000 for 2,500,000); a money column no rule
  reads ("Cicilan", "Masuk") beside the amount is now told, not dropped silently;
- a customer headed "Nama Debitur" made a subsidiary ledger one customer named after its sheet;
  "Contact" (an app's export), "Reseller", "Agen", "Member", "Nasabah" were refused;
- a cashier's sheet "Penjualan Harian" (Nama Barang | Qty | Total | Bayar | Kembali, no
  customer) was one customer named after the sheet, with a credit of 20,000;
- a card titled "Kartu Piutang: Toko Kencana" headed "Tgl | Ket | D | K | S" (or "Db | Kr |
  Saldo", "D | K | Saldo") was refused;
- an aging export of bucket columns alone, no Sisa, was refused: each row's balance is the sum
  of its buckets, aged again from its due date."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.columns import guess_field
from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, _aging, _expect, _xlsx, reads_to


def test_the_gross_the_net_and_a_sisa_taken_as_it_stands(tmp_path: Path) -> None:
    # P-1 5M - 0.5M returned - 0.1M discount - 2M paid = 2.4M, due 4 Sep (79 days); P-2 2M due
    # 7 Nov (15 days); P-3 1M - 50k - 950k = 0; P-4 3M - 0.3M returned = 2.7M, not due.
    sheets = [("Faktur", [
        ["No Faktur", "Tgl", "Pelanggan", "Bruto", "Retur", "Potongan", "Dibayar", "Sisa"],
        ["P-1", D(2026, 8, 5), "Toko Ceria", 5_000_000, 500_000, 100_000, 2_000_000, 2_400_000],
        ["P-2", D(2026, 10, 8), "Toko Ceria", 2_000_000, 0, 0, 0, 2_000_000],
        ["P-3", D(2026, 10, 29), "Pak Wawan", 1_000_000, 0, 50_000, 950_000, 0],
        ["P-4", D(2026, 11, 11), "Pak Wawan", 3_000_000, 300_000, 0, 0, 2_700_000]])]  # fmt: skip
    aging = _aging(current=2_700_000, d1to30=2_000_000, d61to90=2_400_000)
    reads_to(tmp_path / "bruto.xlsx", sheets, _expect(7_100_000, 4_400_000, aging, 2))
    # F-1 1.9M net - 0.9M paid = 1M due 30 Oct (23 days); F-2 1M not due; F-3 2.85M net due
    # 10 Sep (73 days): the discounts are in the net already.
    for gross in ("Harga", "Bruto"):
        sheets = [("Nota", [["No", "Tanggal", "Pelanggan", gross, "Diskon", "Netto", "Bayar"],
            ["F-1", D(2026, 9, 30), "Toko Jati", 2_000_000, 100_000, 1_900_000, 900_000],
            ["F-2", D(2026, 11, 2), "Toko Jati", 1_000_000, 0, 1_000_000, 0],
            ["F-3", D(2026, 8, 11), "CV Rimba", 3_000_000, 150_000, 2_850_000, 0]])]  # fmt: skip
        aging = _aging(current=1_000_000, d1to30=1_000_000, d61to90=2_850_000)
        reads_to(tmp_path / "netto.xlsx", sheets, _expect(4_850_000, 3_850_000, aging, 2))
    assert guess_field("Harga Jual").field == "amount"  # type: ignore[union-attr]
    assert guess_field("Net").field == "terms"  # type: ignore[union-attr]  # "Net 30"


def test_a_sisa_read_as_the_amount_is_not_paid_again(tmp_path: Path) -> None:
    # No amount column: the Sisa is what is owed. A-1 0.5M due 31 Oct (22 days); A-2 0.8M
    # not due; A-3 nothing left. Before, the 1M and 2M paid were taken off the Sisa again.
    sheets = [("Piutang", [["No Faktur", "Tanggal", "Pelanggan", "Retur", "Dibayar", "Sisa"],
        ["A-1", D(2026, 10, 1), "Toko Lima", 0, 1_000_000, 500_000],
        ["A-2", D(2026, 11, 10), "Toko Lima", 100_000, 0, 800_000],
        ["A-3", D(2026, 9, 15), "Bu Ani", 0, 2_000_000, 0]])]  # fmt: skip
    aging = _aging(current=800_000, d1to30=500_000)
    reads_to(tmp_path / "sisa.xlsx", sheets, _expect(1_300_000, 500_000, aging, 1))


def _paid_under(word: str) -> list[tuple[str, list[list[object]]]]:
    return [("Nota", [["No Nota", "Tanggal", "Pelanggan", "Jumlah", word],
        ["S1", D(2026, 9, 15), "Toko Sinar", 2_000_000, 500_000],
        ["S2", D(2026, 11, 5), "UD Makmur", 1_000_000, 0],
        ["S3", D(2026, 10, 12), "UD Makmur", 1_200_000, 1_200_000]])]  # fmt: skip


def test_money_handed_in_is_paid_and_a_column_unread_is_told(tmp_path: Path) -> None:
    # S1 2M - 0.5M handed in = 1.5M due 15 Oct (38 days); S2 1M not due; S3 paid in full.
    aging = _aging(current=1_000_000, d31to60=1_500_000)
    for word in ("Setoran", "Setor", "Uang Diterima", "Kas Masuk", "Sudah Transfer"):
        reads_to(
            tmp_path / "setoran.xlsx", _paid_under(word), _expect(2_500_000, 1_500_000, aging, 2)
        )
    # "Cicilan" alone may be the instalment due, "Masuk" goods in: not read as paid (4.2M),
    # but told on the header's row, not dropped silently.
    for word in ("Cicilan", "Masuk"):
        _xlsx(tmp_path / "cicilan.xlsx", _paid_under(word))
        _, payload = summarize_files([tmp_path / "cicilan.xlsx"], AS_OF)
        assert payload["outstanding"] == 4_200_000
        told = [(p["code"], p["row"], p["column"]) for p in payload["problems"]]
        assert told == [("unread-column", 1, word)]
    # No false alarm: a tax, a quantity, a unit price beside the amount are no money received.
    for word in ("PPN", "Qty", "Harga Satuan"):
        _xlsx(tmp_path / "ppn.xlsx", _paid_under(word))
        _, payload = summarize_files([tmp_path / "ppn.xlsx"], AS_OF)
        assert not payload["problems"]


def test_a_debtor_a_contact_a_reseller_are_customers(tmp_path: Path) -> None:
    # Amanah 2M - 2M + 1.4M = 1.4M (25 Oct, not due); Berlian 3M - 1M = 2M from 21 Sep, due
    # 21 Oct (32 days). The Saldo runs over both customers.
    sheets = [("BB Pembantu", [
        ["Tanggal", "No. Bukti", "Nama Debitur", "Keterangan", "Debet", "Kredit", "Saldo"],
        [D(2026, 9, 3), "FJ-01", "Toko Amanah", "Penjualan", 2_000_000, None, 2_000_000],
        [D(2026, 9, 21), "FJ-02", "CV Berlian", "Penjualan", 3_000_000, None, 5_000_000],
        [D(2026, 10, 9), "KM-01", "Toko Amanah", "Pelunasan", None, 2_000_000, 3_000_000],
        [D(2026, 10, 25), "FJ-03", "Toko Amanah", "Penjualan", 1_400_000, None, 4_400_000],
        [D(2026, 11, 11), "KM-02", "CV Berlian", "Kas", None, 1_000_000, 3_400_000]])]  # fmt: skip
    aging = _aging(current=1_400_000, d31to60=2_000_000)
    reads_to(tmp_path / "debitur.xlsx", sheets, _expect(3_400_000, 2_000_000, aging, 2))
    # Rina 1.75M - 1M = 0.75M from 6 Oct (17 days) and 0.9M from 12 Sep (41 days); Dewi
    # 2.3M not due.
    aging = _aging(current=2_300_000, d1to30=750_000, d31to60=900_000)
    for who in ("Reseller", "Nama Agen", "Member", "Nasabah", "Dropshipper"):
        sheets = [("Order", [["Tanggal", who, "Jumlah Order", "Sudah Transfer"],
            [D(2026, 10, 6), "Rina Olshop", 1_750_000, 1_000_000],
            [D(2026, 10, 28), "Dewi Shop", 2_300_000, 0],
            [D(2026, 9, 12), "Rina Olshop", 900_000, 0]])]  # fmt: skip
        reads_to(tmp_path / "reseller.xlsx", sheets, _expect(3_950_000, 1_650_000, aging, 2))


def test_a_contact_of_names_is_the_customer_one_of_numbers_a_phone(tmp_path: Path) -> None:
    # An app's export: Ahmad 2M from 1 Jul, due 31 Jul (114 days), less 0.5M paid = 1.5M;
    # Rudi 3M on 10 Nov, not due.
    path = tmp_path / "app.csv"
    path.write_text(
        "Date,Contact,Description,Debit,Credit\n"
        "2026-07-01,Ahmad Motor,Servis,2000000,\n"
        "2026-07-20,Ahmad Motor,Bayar,,500000\n"
        "2026-11-10,Rudi Bengkel,Sparepart,3000000,\n",
        encoding="utf-8",
    )
    _, payload = summarize_files([path], AS_OF)
    assert payload["outstanding"] == 4_500_000 and payload["customers_with_balance"] == 2
    assert payload["aging"] == _aging(current=3_000_000, over90=1_500_000)
    # A "Contact" of phone numbers beside the customer stays a phone: the names are read.
    sheets = [("Nota", [["No Nota", "Tanggal", "Pelanggan", "Contact", "Jumlah"],
        ["N-1", D(2026, 11, 1), "Toko Sinar", "0812 3456 7890", 800_000],
        ["N-2", D(2026, 11, 2), "UD Makmur", "0857 1111 2222", 600_000]])]  # fmt: skip
    reads_to(tmp_path / "hp.xlsx", sheets, _expect(1_400_000, 0, _aging(current=1_400_000), 2))


PIUTANG = [["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Dibayar"],
           ["P-01", D(2026, 9, 20), "Toko Mawar", 1_000_000, 0],
           ["P-02", D(2026, 10, 25), "UD Sentosa", 2_000_000, 500_000]]  # fmt: skip
# P-01 1M due 20 Oct (33 days late); P-02 2M - 0.5M = 1.5M due 24 Nov.
OWED = _expect(2_500_000, 1_000_000, _aging(current=1_500_000, d31to60=1_000_000), 2)


def _till(last: str, paid: list[object], change: list[object]) -> list[list[object]]:
    return [["PENJUALAN TUNAI NOVEMBER"],
            ["Tanggal", "Nama Barang", "Qty", "Harga Satuan", "Total", "Bayar", last],
            [D(2026, 11, 1), "Beras 5kg", 10, 72_000, 720_000, paid[0], change[0]],
            [D(2026, 11, 1), "Minyak 2L", 6, 38_000, 228_000, paid[1], change[1]],
            [D(2026, 11, 2), "Gula 1kg", 12, 17_500, 210_000, paid[2], change[2]]]  # fmt: skip


def test_a_tills_cash_sales_are_no_customers_debts(tmp_path: Path) -> None:
    # The change given back ("Kembali") and no customer: a till's day, whatever the sheet's
    # name (the shop's own); before, 'Penjualan Harian' was a customer with a credit of 20k.
    paid, change = [750_000, 228_000, 200_000], [30_000, 0, None]
    for name in ("Penjualan Harian", "Toko Maju"):
        book = [("Piutang", PIUTANG), (name, _till("Kembali", paid, change))]
        payload = reads_to(tmp_path / "kasir.xlsx", book, OWED)
        assert [s["sheet"] for s in payload["ignored_sheets"]] == [name]
    # A sheet named for a day's sales ("Penjualan Harian", "Penjualan Tunai") names no one.
    ways = ["Tunai", "QRIS", "Tunai"]
    book = [("Piutang", PIUTANG), ("Penjualan Tunai", _till("Cara Bayar", paid, ways))]
    payload = reads_to(tmp_path / "tunai.xlsx", book, OWED)
    assert [s["sheet"] for s in payload["ignored_sheets"]] == ["Penjualan Tunai"]


def test_a_customers_own_sheet_of_items_is_still_theirs(tmp_path: Path) -> None:
    # Bu Sari's sheet of what she took: 720k - 500k = 220k from 1 Nov and 228k, not due; no
    # change column, her name on the sheet. "Tunai Jaya" names a shop, not a way to pay.
    for name in ("Bu Sari", "Tunai Jaya"):
        sheet = _till("Catatan", [500_000, 0, 210_000], [None, None, None])[1:]
        aging = _aging(current=448_000)
        reads_to(tmp_path / "bon.xlsx", [(name, sheet)], _expect(448_000, 0, aging, 1))


def test_a_titled_cards_debit_credit_and_balance_in_a_letter_each(tmp_path: Path) -> None:
    # Nota 71 1.6M on 19 Sep less 0.6M paid = 1M due 19 Oct (34 days); Nota 90 0.9M not due.
    aging = _aging(current=900_000, d31to60=1_000_000)
    for debit, credit, saldo in (("D", "K", "S"), ("Db", "Kr", "Saldo"), ("D", "K", "Saldo")):
        sheets = [("Toko Kencana", [["Kartu Piutang: Toko Kencana"], [],
            ["Tgl", "Ket", debit, credit, saldo],
            [D(2026, 9, 19), "Nota 71", 1_600_000, None, 1_600_000],
            [D(2026, 10, 19), "Setor", None, 600_000, 1_000_000],
            [D(2026, 11, 13), "Nota 90", 900_000, None, 1_900_000]])]  # fmt: skip
        reads_to(tmp_path / "kartu.xlsx", sheets, _expect(1_900_000, 1_000_000, aging, 1))
    # Without a card's title, a letter is no debit: a list's "K" (a grade) stays unread.
    sheets = [("Nota", [["No Nota", "Tanggal", "Pelanggan", "Jumlah", "D", "K"],
        ["N-1", D(2026, 11, 1), "Toko Sinar", 800_000, "A", "B"],
        ["N-2", D(2026, 11, 2), "UD Makmur", 600_000, "B", "A"]])]  # fmt: skip
    reads_to(tmp_path / "nota.xlsx", sheets, _expect(1_400_000, 0, _aging(current=1_400_000), 2))


def test_an_aging_export_of_buckets_alone_owes_their_sum(tmp_path: Path) -> None:
    # As of 31 Oct: 501 2M in 1-30, due 15 Oct (38 days by 22 Nov); 507 1M not due then, due
    # 20 Nov (2 days); 499 1.5M over 90, due 1 Aug (113 days). TOTAL 4.5M agrees.
    sheets = [("Aging", [["UMUR PIUTANG PER 31 OKTOBER 2026"],
        ["Pelanggan", "No Faktur", "Jatuh Tempo", "Belum Jatuh Tempo", "1-30 Hari",
         "31-60 Hari", "61-90 Hari", "> 90 Hari"],
        ["Toko Dua", "501", D(2026, 10, 15), 0, 2_000_000, 0, 0, 0],
        ["Toko Dua", "507", D(2026, 11, 20), 1_000_000, 0, 0, 0, 0],
        ["Bu Ina", "499", D(2026, 8, 1), 0, 0, 0, 0, 1_500_000],
        ["TOTAL", None, None, 1_000_000, 2_000_000, 0, 0, 1_500_000]])]  # fmt: skip
    aging = _aging(d1to30=1_000_000, d31to60=2_000_000, over90=1_500_000)
    payload = reads_to(tmp_path / "umur.xlsx", sheets, _expect(4_500_000, 4_500_000, aging, 2))
    assert payload["files"][0]["sheets"][0]["checks"]["totals"] == "ok"
