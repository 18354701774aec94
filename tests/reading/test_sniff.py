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


def _lines(lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode()


def test_a_line_wider_than_excel_is_refused_naming_the_line() -> None:
    # 25 MB of 'x,' on one line built 12 million fields and took 40 s in the header search.
    data = _lines(["Tanggal,Pelanggan,Jumlah", "01/10/2026,Toko A,100000", "x," * 20_000])
    (error,) = read_ledgers([("lebar.csv", data)]).errors
    assert error.code == "csv_too_wide" and error.detail == "3"
    assert "16.384" in error.message("id") and "line 3" in error.message("en")


@pytest.mark.parametrize("count", [300, 5_000])
def test_a_quote_never_closed_is_refused_naming_its_line(count: int) -> None:
    # '"Toko Bintang' on line 43 swallowed the rows after it into one name: 4,000,000 read
    # for 30,000,000 at 300 rows (one missing-amount problem); past the csv field limit at
    # 5,000 rows it was 'damaged file'.
    lines = ["Tanggal,No,Pelanggan,Jumlah"]
    lines += [f"01/10/2026,Q-{i},Toko {i % 50},100000" for i in range(count)]
    lines[42] = '01/10/2026,Q-42,"Toko Bintang,100000'
    (error,) = read_ledgers([("kutip.csv", _lines(lines))]).errors
    assert error.code == "csv_open_quote" and error.detail == "43"


def test_an_address_over_several_lines_in_quotes_reads() -> None:
    data = _lines(
        [
            "Tanggal,No,Pelanggan,Alamat,Jumlah",
            '01/10/2026,A-1,Toko A,"Jl. Merdeka 5, RT 3, RW 4\nBandung, Jawa Barat, 40111\n'
            'Indonesia",100000',
            '02/10/2026,A-2,Toko B,"Jl. X\nY",200000',
        ]
    )
    batch = read_ledgers([("alamat.csv", data)])
    assert not batch.errors
    assert sorted(inv.amount for inv in batch.files[0].invoices) == [100_000, 200_000]


def test_a_quote_never_closed_swallowing_the_last_row_alone_is_refused() -> None:
    # F-3, the file's last row, vanished into F-2's name: 1,500,000 read for 4,200,000, told
    # only as F-2's missing amount. A last row whose quoted address is closed still reads.
    lines = ["No Faktur,Tanggal,Pelanggan,Jumlah,Dibayar", "F-1,10/09/2026,Toko Gita,1500000,0"]
    open_quote = [
        *lines,
        'F-2,10/10/2026,"Toko Harum,2000000,0',
        "F-3,10/11/2026,Toko Gita,700000,0",
    ]
    (error,) = read_ledgers([("kutip.csv", _lines(open_quote))]).errors
    assert error.code == "csv_open_quote" and error.detail == "3"
    closed = [*lines, 'F-2,10/10/2026,"Toko Harum\nJl. A, 1, 2, 3, 4",2000000,0']
    batch = read_ledgers([("alamat.csv", _lines(closed))])
    assert not batch.errors and len(batch.files[0].invoices) == 2
