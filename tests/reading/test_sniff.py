"""A CSV saved by a Windows program in UTF-16 or UTF-32 (Excel's "Unicode Text", some cashier
programs) is read by its byte-order mark, with the same figures as the UTF-8 file."""

from __future__ import annotations

import pytest

from core.ingest import read_ledgers
from core.reading.sniff import decode_text, detect_format

ROWS = [
    ("No. Faktur", "Tanggal", "Pelanggan", "Jumlah", "Jatuh Tempo", "No. HP"),
    ("INV-001", "05/11/2026", "Toko Jaya Abadi", "Rp 1.250.000", "05/12/2026", "0812-3456-7890"),
    ("INV-002", "07/11/2026", "Bu Renée – Grosir", "Rp 2.500.000", "07/12/2026", ""),
    ("INV-003", "09/11/2026", "CV Maju Straße", "750.000", "09/12/2026", "+65 9123 4567"),
]


def _csv(separator: str) -> str:
    return "\r\n".join(separator.join(row) for row in ROWS) + "\r\n"


def _figures(name: str, data: bytes) -> list[tuple[str, str, int]]:
    batch = read_ledgers([(name, data)])
    assert not batch.errors, [e.code for e in batch.errors]
    (result,) = batch.files
    return [(i.number, i.customer, i.amount) for i in result.invoices]


@pytest.mark.parametrize(
    "encoding",
    ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig"],
)
@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_a_csv_with_a_byte_order_mark_reads_as_the_utf8_one(encoding: str, separator: str) -> None:
    text = _csv(separator)
    bom = {
        "utf-16-le": b"\xff\xfe",
        "utf-16-be": b"\xfe\xff",
        "utf-32-le": b"\xff\xfe\x00\x00",
        "utf-32-be": b"\x00\x00\xfe\xff",
    }.get(encoding, b"")  # "utf-16", "utf-32" and "utf-8-sig" write their own
    data = bom + text.encode(encoding)
    assert detect_format(data, "piutang.csv") == "csv"
    assert decode_text(data, "piutang.csv") == text
    expected = _figures("piutang.csv", text.encode("utf-8"))
    assert _figures("piutang.csv", data) == expected
    assert [amount for _, _, amount in expected] == [1_250_000, 2_500_000, 750_000]
    assert "Bu Renée – Grosir" in {customer for _, customer, _ in expected}


def test_a_field_past_the_csv_limit_is_a_clear_refusal_not_a_reader_error() -> None:
    # One line: a 200,000-character field where ';' was tried as a separator (past the csv
    # module's field limit), beside short ',' fields: no separator may raise while sniffing.
    data = ("Pelanggan,Jumlah," + "x" * 200_000 + "\n").encode()
    batch = read_ledgers([("satu_baris.csv", data)])
    assert [error.code for error in batch.errors] != ["unknown_error"]
    assert batch.errors and "satu_baris.csv" in batch.errors[0].message("id")
