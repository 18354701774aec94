"""Outside tester round 29, two more books (figures worked out on paper as of 22 Nov 2026, default
term 30 days):

- a25: "Total | Ongkir | Bayar | Hutang" where the Hutang is the Total and the freight less
  what was paid: the freight beside a Total was taken as a part inside it, so the book's own
  balance was told wrong on every freighted row and the total left the freight out;
- a07: a workshop's "Biaya Servis", its only amount column, was no amount (only "Biaya" alone
  was), and the book was refused."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, _aging, _expect, _xlsx, reads_to

# Bu Ani 0.5M + 20k freight - 0.2M paid = 0.32M due 1 Dec (current); Pak Dedi's 0.3M of 10 Oct
# paid in full; his 0.45M + 30k of 1 Sep, nothing paid, 0.48M due 1 Oct (52 days, 31-60).
ON_TOP = _expect(800_000, 480_000, _aging(current=320_000, d31to60=480_000), 2)
ROWS = [[D(2026, 11, 1), "Bu Ani", 500_000, 20_000, 200_000, 320_000],
        [D(2026, 10, 10), "Pak Dedi", 300_000, 0, 300_000, 0],
        [D(2026, 9, 1), "Pak Dedi", 450_000, 30_000, 0, 480_000]]  # fmt: skip


def _amount_column(payload: dict[str, object]) -> str:
    """The header the book's one sheet read its amounts from."""
    sheet = payload["files"][0]["sheets"][0]  # type: ignore[index]
    return str(sheet["columns"]["amount"]["header"])


def test_freight_the_balance_owes_on_top_of_the_total_is_owed(tmp_path: Path) -> None:
    for labels in (
        ["Tanggal", "Nama", "Total", "Ongkir", "Bayar", "Hutang"],
        ["Tanggal", "Pelanggan", "Total", "Biaya Kirim", "Dibayar", "Sisa"],
    ):
        payload = reads_to(tmp_path / "ongkir.xlsx", [("Sheet1", [labels, *ROWS])], ON_TOP)
        assert _amount_column(payload) == f"Total + {labels[3]}"
    # Its TOTAL line (1.25M + 50k - 0.5M = 0.8M) checks against the rows' sums, as before.
    total = [None, "TOTAL", 1_250_000, 50_000, 500_000, 800_000]
    labels = ["Tanggal", "Nama", "Total", "Ongkir", "Bayar", "Hutang"]
    reads_to(tmp_path / "total.xlsx", [("Sheet1", [labels, *ROWS, total])], ON_TOP)
    # A row settled by its status alone (Hutang 0, nothing written paid) tells neither way:
    # the other rows say the freight is on top; Bu Ani's 0.52M is paid, 0.48M is left.
    lunas = [["Tanggal", "Nama", "Total", "Ongkir", "Bayar", "Hutang", "Status"],
             [D(2026, 11, 1), "Bu Ani", 500_000, 20_000, None, 0, "Lunas"],
             [D(2026, 9, 1), "Pak Dedi", 450_000, 30_000, 0, 480_000, "Belum"]]  # fmt: skip
    owed = _expect(480_000, 480_000, _aging(d31to60=480_000), 1)
    reads_to(tmp_path / "lunas.xlsx", [("Sheet1", lunas)], owed)


def test_freight_inside_the_total_stays_inside_it(tmp_path: Path) -> None:
    # "Harga | Ongkir | Total": the Total holds the freight (0.52M, 0.3M, 0.48M; Sisa = Total
    # less Bayar), as do a Grand Total and a Total whose Sisa is it less what was paid: the
    # same 0.32M current and 0.48M in 31-60, the Total read alone.
    inside = [[D(2026, 11, 1), "Bu Ani", 500_000, 20_000, 520_000, 200_000, 320_000],
              [D(2026, 10, 10), "Pak Dedi", 300_000, 0, 300_000, 300_000, 0],
              [D(2026, 9, 1), "Pak Dedi", 450_000, 30_000, 480_000, 0, 480_000]]  # fmt: skip
    for labels in (["Tanggal", "Nama", "Harga", "Ongkir", "Total", "Bayar", "Sisa"],
                   ["Tanggal", "Nama", "Total Harga", "Ongkos Kirim", "Grand Total", "Bayar",
                    "Sisa"]):  # fmt: skip
        payload = reads_to(tmp_path / "harga.xlsx", [("Sheet1", [labels, *inside])], ON_TOP)
        assert _amount_column(payload) == labels[4]
    total = [[a, b, e, d, f, g] for a, b, _, d, e, f, g in inside]
    labels = ["Tanggal", "Nama", "Total", "Ongkir", "Bayar", "Sisa"]
    payload = reads_to(tmp_path / "total.xlsx", [("Sheet1", [labels, *total])], ON_TOP)
    assert _amount_column(payload) == "Total"


def test_freight_the_rows_disagree_on_is_told_not_added(tmp_path: Path) -> None:
    # Bu Ani's Sisa 0.32M is 0.5M + 20k - 0.2M (on top), Pak Dedi's 0.48M is his Total 0.48M
    # (inside): the book says both, so the Total is read alone and Bu Ani's row told
    # (0.3M + 0.48M = 0.78M). And a freight cell that is no figure ("gratis"): the rows'
    # amounts cannot be worked out, the Total is read and the freighted rows told (0.75M).
    labels = ["Tanggal", "Nama", "Total", "Ongkir", "Bayar", "Sisa"]
    mixed = [labels, [D(2026, 11, 1), "Bu Ani", 500_000, 20_000, 200_000, 320_000],
             [D(2026, 9, 1), "Pak Dedi", 480_000, 30_000, 0, 480_000]]  # fmt: skip
    gratis = [labels, ROWS[0], [*ROWS[1][:3], "gratis", *ROWS[1][4:]], ROWS[2]]
    for name, rows, outstanding in (("mixed", mixed, 780_000), ("gratis", gratis, 750_000)):
        path = tmp_path / f"{name}.xlsx"
        _xlsx(path, [("Sheet1", rows)])
        batch, payload = summarize_files([path], AS_OF)
        assert not batch.errors and payload["outstanding"] == outstanding
        assert {p["code"] for p in payload["problems"]} == {"check-mismatch"}
        assert _amount_column(payload) == "Total"


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
