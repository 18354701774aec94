"""The reader's layout rules (core/reading/layout.py): which row is the header and what its
columns are, and the labels that mark totals, opening balances, returns, a card's customer."""

from __future__ import annotations

import pytest

from core.reading.layout import (
    cell_text,
    detect_header,
    is_bucket_label,
    is_opening_label,
    is_return_label,
    is_total_label,
    kind_is_credit,
    sheet_customer,
    title_customer,
)


def test_the_header_is_found_below_a_title_and_names_each_column() -> None:
    rows = [
        ["Laporan Piutang Toko Makmur"],
        ["No Faktur", "Pelanggan", "Jumlah", "Jatuh Tempo"],
        ["F1", "Toko A", 100_000, "2026-01-01"],
    ]
    header = detect_header(rows)
    assert header is not None and header.row == 1
    found = {field: choice.index for field, choice in header.columns.items()}
    assert found == {"invoice_no": 0, "customer": 1, "amount": 2, "due_date": 3}
    assert header.labels == ("No Faktur", "Pelanggan", "Jumlah", "Jatuh Tempo")


def test_english_headers_in_another_order_are_read_the_same() -> None:
    header = detect_header(
        [["Due date", "Amount", "Customer", "Invoice"], ["2026-01-01", 5, "A", "F"]]
    )
    assert header is not None and header.row == 0
    assert {f: c.index for f, c in header.columns.items()} == {
        "due_date": 0,
        "amount": 1,
        "customer": 2,
        "invoice_no": 3,
    }


def test_a_sales_column_beside_the_amount_is_the_salesman_not_the_sales() -> None:
    """ "Sales" and "Bayar" name a card's debits and credits only when no column is named for
    the amount: beside "Jumlah", "Sales" holds the salesman's name."""
    listed = detect_header(
        [["No Faktur", "Tanggal", "Nama Toko", "Sales", "Jumlah", "Bayar"],
         ["D-1", "01/10/2026", "Toko Roti", "Budi", 900_000, 0]]
    )  # fmt: skip
    assert listed is not None and not listed.entries
    assert {f: c.header for f, c in listed.columns.items() if f in ("amount", "paid")} == {
        "amount": "Jumlah",
        "paid": "Bayar",
    }
    card = detect_header([["Date", "Description", "Sales", "Payments", "Balance"]])
    assert card is not None
    assert (card.columns["amount"].header, card.columns["paid"].header) == ("Sales", "Payments")


def test_rows_that_name_no_table_have_no_header() -> None:
    assert detect_header([["Catatan"], ["beli kopi", "besok"], [1, 2]]) is None
    assert detect_header([]) is None


@pytest.mark.parametrize("text", ["total", "grand total", "jumlah", "sub total nov", "subtotal"])
def test_total_lines_are_recognised(text: str) -> None:
    assert is_total_label(text)


@pytest.mark.parametrize("text", ["toko a", "totalindo jaya", "faktur"])
def test_names_and_other_labels_are_no_total(text: str) -> None:
    assert not is_total_label(text)


def test_opening_balances_and_returns_are_told_apart() -> None:
    assert is_opening_label("Saldo Awal") and not is_return_label("Saldo Awal")
    assert is_return_label("Retur penjualan") and not is_opening_label("Retur penjualan")
    assert not is_opening_label("Faktur") and not is_return_label("Faktur")


@pytest.mark.parametrize(
    ("name", "customer"),
    [("Toko Makmur", "Toko Makmur"), ("1. Toko Makmur", "Toko Makmur"), ("Sheet1", None),
     ("Rekap", None), ("Januari", None)],
)  # fmt: skip
def test_a_sheet_named_after_a_customer_is_that_customers_card(
    name: str, customer: str | None
) -> None:
    assert sheet_customer(name) == customer


def test_a_card_title_row_names_its_customer() -> None:
    assert title_customer(["Nama Pelanggan:", "Toko Makmur"]) == "Toko Makmur"
    assert title_customer([1, 2]) is None


@pytest.mark.parametrize(("kind", "credit"), [("kredit", True), ("K", True), ("Bayar", True),
                                              ("debet", False), ("Penjualan", False)])  # fmt: skip
def test_a_kind_column_says_which_rows_are_money_in(kind: str, credit: bool) -> None:
    assert kind_is_credit(kind) is credit


def test_ageing_buckets_and_cell_text() -> None:
    assert is_bucket_label("0-30") and is_bucket_label("31-60 hari")
    assert not is_bucket_label("Pelanggan")
    assert cell_text(" A  b ") == "A  b" and cell_text(12.0) == "12"
