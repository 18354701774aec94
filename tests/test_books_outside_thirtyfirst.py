"""Outside tester round 29, more books (figures worked out on paper as of 22 Nov 2026, default
term 30 days):

- a07: a workshop's "Biaya Servis", its only amount column, was no amount (only "Biaya" alone
  was), and the book was refused."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, _aging, _expect, _xlsx, reads_to


def _amount_column(payload: dict[str, object]) -> str:
    """The header the book's one sheet read its amounts from."""
    sheet = payload["files"][0]["sheets"][0]  # type: ignore[index]
    return str(sheet["columns"]["amount"]["header"])


# Pak Rudi's 0.15M of 1 Nov due 1 Dec (current); Bu Lina's 0.35M of 10 Oct due 9 Nov, 13 days
# late (1-30); Pak Rudi's 0.6M of 10 Oct "Lunas", paid.
SERVIS = _expect(500_000, 350_000, _aging(current=150_000, d1to30=350_000), 2)


def _workshop(label: str) -> list[list[object]]:
    return [["Tanggal", "Pelanggan", "Kendaraan", "Pekerjaan", label, "Status"],
            [D(2026, 11, 1), "Pak Rudi", "Vario", "Servis rutin", 150_000, "Belum"],
            [D(2026, 10, 10), "Bu Lina", "Beat", "Ganti kampas", 350_000, "Belum"],
            [D(2026, 10, 10), "Pak Rudi", "Vario", "Turun mesin", 600_000, "Lunas"]]  # fmt: skip


def test_a_workshops_charge_for_its_work_is_the_amount(tmp_path: Path) -> None:
    for label in ("Biaya Servis", "Biaya Jasa", "Ongkos Servis", "Ongkos Jasa",
                  "Biaya Perbaikan", "Total Biaya"):  # fmt: skip
        payload = reads_to(tmp_path / "bengkel.xlsx", [("Servis", _workshop(label))], SERVIS)
        assert _amount_column(payload) == label


def test_a_workshops_charge_beside_other_money_is_no_amount_alone(tmp_path: Path) -> None:
    # Beside a Total, the service and the parts are its parts: 50k + 100k = 0.15M current,
    # 70k + 280k = 0.35M less 0.1M paid = 0.25M (1-30).
    labels = ["Tanggal", "Pelanggan", "Biaya Jasa", "Biaya Sparepart", "Total", "Bayar"]
    rows = [labels, [D(2026, 11, 1), "Pak Rudi", 50_000, 100_000, 150_000, 0],
            [D(2026, 10, 10), "Bu Lina", 70_000, 280_000, 350_000, 100_000]]  # fmt: skip
    owed = _expect(400_000, 250_000, _aging(current=150_000, d1to30=250_000), 2)
    payload = reads_to(tmp_path / "total.xlsx", [("Sheet1", rows)], owed)
    assert _amount_column(payload) == "Total"
    # With no Total, the service beside the parts is half of what is owed: the book is
    # refused for its amount (it was before), never read as the service alone (0.12M).
    for parts in ("Biaya Sparepart", "Sparepart", "Suku Cadang"):
        book = [[*labels[:3], parts], *[row[:4] for row in rows[1:]]]
        path = tmp_path / "parts.xlsx"
        _xlsx(path, [("Sheet1", book)])
        batch, _ = summarize_files([path], AS_OF)
        assert [error.code for error in batch.errors] == ["no_ledger"]
    # A freight or an admin fee beside a Total stays a part of it ("Biaya Kirim"), and a
    # customer named for a workshop's work is only a name.
    rows = [["Tanggal", "Pelanggan", "Harga", "Biaya Kirim", "Total"],
            [D(2026, 11, 1), "Jasa Servis Motor", 130_000, 20_000, 150_000],
            [D(2026, 10, 10), "Bu Lina", 330_000, 20_000, 350_000]]  # fmt: skip
    owed = _expect(500_000, 350_000, _aging(current=150_000, d1to30=350_000), 2)
    payload = reads_to(tmp_path / "kirim.xlsx", [("Sheet1", rows)], owed)
    assert _amount_column(payload) == "Total"
