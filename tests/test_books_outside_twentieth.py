"""An outside tester's twentieth round of hand-kept books and exports (figures worked out on
paper as of 22 Nov 2026, default term 30 days). Before, each was a confident wrong total or a
refusal naming the wrong thing:

- a comma-separated CSV whose amounts carry an unquoted decimal comma ("1250000,00") splits
  each row into more fields than its header: the paid column was read as "00", 4,450,000
  owed where 3,500,000 is."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.ingest import read_ledger
from core.reading.problems import LedgerReadError
from core.report import summarize_files
from tests.test_books_by_hand import AS_OF


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_a_csv_whose_rows_split_into_more_fields_than_its_header_is_refused(
    tmp_path: Path,
) -> None:
    book = _write(tmp_path / "kasir_koma.csv",
                  "No Nota,Tanggal,Pelanggan,Jumlah,Dibayar\r\n"
                  "K-01,01/10/2026,Toko Amanah,1250000,00,250000,00\r\n"
                  "K-02,15/10/2026,Toko Amanah,2000000,00,700000,00\r\n"
                  "K-03,05/11/2026,Warung Pojok,1200000,00,0,00\r\n")  # fmt: skip
    with pytest.raises(LedgerReadError) as err:
        read_ledger(book)
    assert err.value.code == "split_fields"
    assert "baris 2, 3, 4" in err.value.message("id")
    assert "decimal comma" in err.value.message("en")


def test_a_few_rows_split_into_more_fields_are_each_told_and_left_out(tmp_path: Path) -> None:
    # K-02 splits in two more fields: never read as Jumlah 2,000,000, Dibayar "00".
    book = _write(tmp_path / "kasir.csv",
                  "No Nota,Tanggal,Pelanggan,Jumlah,Dibayar\n"
                  "K-01,01/10/2026,Toko Amanah,1250000,250000\n"
                  "K-02,15/10/2026,Toko Amanah,2000000,00,700000,00\n"
                  "K-03,05/11/2026,Warung Pojok,1200000,0\n"
                  "K-04,06/11/2026,Warung Pojok,300000,0\n")  # fmt: skip
    _, payload = summarize_files([book], AS_OF)
    assert payload["outstanding"] == 2_500_000
    assert [(p["code"], p["row"]) for p in payload["problems"]] == [("split-fields", 3)]
    assert "7 isian" in payload["problems"][0]["message"]
