"""Header names in Indonesian and English, any case, punctuation and units."""

import pytest

from core.columns import guess_field, map_columns, normalise_header


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("No. Faktur", "invoice_no"), ("No Nota", "invoice_no"), ("Invoice #", "invoice_no"),
        ("NO. INVOICE", "invoice_no"), ("Nomor Faktur", "invoice_no"),
        ("Nama Pelanggan", "customer"), ("Customer Name", "customer"), ("PELANGGAN", "customer"),
        ("Nama Toko", "customer"), ("Konsumen", "customer"),
        ("Tanggal", "invoice_date"), ("Tgl.", "invoice_date"), ("Invoice Date", "invoice_date"),
        ("Tgl Faktur", "invoice_date"),
        ("Jatuh Tempo", "due_date"), ("Tgl Jatuh Tempo", "due_date"), ("Due Date", "due_date"),
        ("Tanggal Jatuh Tempo", "due_date"), ("Tgl. Jatuh-Tempo", "due_date"),
        ("Terms (days)", "terms"), ("Tempo", "terms"), ("TOP", "terms"), ("Tempo (hari)", "terms"),
        ("Jumlah (Rp)", "amount"), ("Total", "amount"), ("Nilai Faktur", "amount"),
        ("Amount", "amount"), ("Total Tagihan (Rp)", "amount"),
        ("Dibayar", "paid"), ("Bayar", "paid"), ("Amount Paid", "paid"), ("Jumlah Bayar", "paid"),
        ("Sisa", "balance"), ("Sisa Tagihan", "balance"), ("Balance", "balance"),
        ("Saldo", "balance"), ("Outstanding", "balance"),
        ("No. HP", "phone"), ("Phone", "phone"), ("No. Telp", "phone"), ("No WA", "phone"),
        ("HPP", "cost"), ("Modal", "cost"), ("Harga Pokok", "cost"),
        ("Status", "status"), ("Keterangan", "status"),
        ("No", "row_no"), ("No.", "row_no"), ("#", "row_no"),
        ("Tanggal Bayar", "payment_date"), ("Tgl. Pembayaran", "payment_date"),
        ("Nama Pelangan", "customer"),  # a typo still matches, fuzzily
        ("Jatuh Tempo Tgl", "due_date"),
    ],
)  # fmt: skip
def test_guess_field(header: str, field: str) -> None:
    guess = guess_field(header)
    assert guess is not None, header
    assert guess.field == field


@pytest.mark.parametrize("header", ["Barang", "Qty", "Sales", "Gudang", "", "   "])
def test_unrelated_headers_are_not_guessed(header: str) -> None:
    assert guess_field(header) is None


def test_normalise_header_strips_units_and_punctuation() -> None:
    assert normalise_header("Jumlah (Rp)") == "jumlah"
    assert normalise_header("TERMS (DAYS)") == "terms"
    assert normalise_header("No.Faktur") == "no faktur"


def test_map_columns_takes_each_field_once_and_prefers_total_over_quantity() -> None:
    header = ["No", "No Faktur", "Pelanggan", "Barang", "Jumlah", "Total", "Bayar"]
    columns = map_columns(header)
    assert columns["row_no"].index == 0
    assert columns["invoice_no"].index == 1
    assert columns["amount"].header == "Total"
    assert columns["paid"].index == 6


@pytest.mark.parametrize(
    ("labels", "amount"),
    [
        (["Mata Uang", "Nilai", "Kurs", "Nilai (Rp)"], "Nilai (Rp)"),
        (["Currency", "Total", "Rate", "Nilai IDR"], "Nilai IDR"),
        (["Mata Uang", "Nilai", "Kurs", "Harga (Rp)"], "Nilai"),  # a unit price is weak
        (["Nilai", "Nilai (Rp)"], "Nilai"),  # no currency column: as before, the first
    ],
)
def test_map_columns_reads_the_figure_in_rupiah_beside_a_currency_column(
    labels: list[str], amount: str
) -> None:
    assert map_columns(["No Faktur", "Pelanggan", *labels])["amount"].header == amount


def test_map_columns_reports_confidence_and_method() -> None:
    columns = map_columns(["Nama Pelangan", "Jumlah (Rp)"])
    assert columns["customer"].method == "fuzzy"
    assert 85 <= columns["customer"].confidence < 100
    assert columns["amount"].method == "exact"


def test_explicit_mapping_overrides_the_guess() -> None:
    header = ["Pelanggan", "Nama Sales", "Jumlah", "Total"]
    columns = map_columns(header, {"customer": "Nama Sales", "amount": "Jumlah"})
    assert columns["customer"].index == 1
    assert columns["customer"].method == "user"
    assert columns["amount"].header == "Jumlah"


def test_mapping_to_nothing_removes_a_field() -> None:
    columns = map_columns(["Pelanggan", "Jumlah", "Keterangan"], {"status": None})
    assert "status" not in columns
