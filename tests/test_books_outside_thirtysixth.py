"""Outside tester round 32 (and one book of round 30), figures worked out on paper as of
22 Nov 2026, default term 30 days:

- h06: "Subtotal | Ongkir | Bayar | Sisa" (Sisa = Subtotal + Ongkir - Bayar) read the freight
  as the amount (60,000 owed and a made-up credit of 660,000); with no total the freight
  beside the row's amount is owed on top of it;
- a01: an aging export's row of a down payment alone (no Nilai, Saldo -300,000) of a customer
  with no invoice was dropped as a payment naming no invoice: the book holds that money for the
  customer, their credit balance (so is a plain list's "Titipan DP" row);
- s06: a PPN invoice of 1,370,369.37 paid rounded up to 1,370,370 passed the 0.63 on to the
  next invoice (owing 554,999.37 for 555,000): less than a rupiah over settles it;
- w04: "Biaya Jasa | Biaya Sparepart | Bayar" with no total is refused (rightly), but the
  refusal said the file held payments alone: it now says what it is;
- x05 (round 30): a warung's "Hari" column of full dates ("Minggu, 1 Nov 2026"), the book's
  only date, was no date and the book was refused for having none.
"""

from __future__ import annotations

from datetime import date as D
from decimal import Decimal
from pathlib import Path
from typing import Any

from core.report import load_files, summarize_files
from tests.test_books_by_hand import AS_OF, _aging, _expect, _xlsx, reads_to


def _amount_column(payload: dict[str, object]) -> str:
    """The header the book's one sheet read its amounts from."""
    sheet = payload["files"][0]["sheets"][0]  # type: ignore[index]
    return str(sheet["columns"]["amount"]["header"])


# h06: Toko Cahaya's 0.8M + 40k freight - 0.4M paid = 0.44M of 1 Oct, due 31 Oct (22 days
# late, 1-30); her 0.3M + 20k of 25 Oct paid 0.32M in full; Toko Terang's 1.2M + 60k of 1 Nov,
# nothing paid, 1.26M due 1 Dec (current). 1.7M in all.
FREIGHTED = _expect(1_700_000, 440_000, _aging(current=1_260_000, d1to30=440_000), 2)
FREIGHT_ROWS = [[D(2026, 10, 1), "Toko Cahaya", 800_000, 40_000, 400_000, 440_000],
                [D(2026, 10, 25), "Toko Cahaya", 300_000, 20_000, 320_000, 0],
                [D(2026, 11, 1), "Toko Terang", 1_200_000, 60_000, None, 1_260_000]]  # fmt: skip


def test_freight_beside_an_amount_of_no_totals_name_is_owed_on_top(tmp_path: Path) -> None:
    for labels in (
        ["Tanggal", "Pelanggan", "Subtotal", "Ongkir", "Bayar", "Sisa"],
        ["Tanggal", "Pelanggan", "Harga", "Ongkir", "Bayar", "Sisa"],
        ["Tanggal", "Pelanggan", "Subtotal", "Biaya Kirim", "Bayar", "Sisa"],
        ["Tanggal", "Pelanggan", "Nilai", "Ongkos Kirim", "Dibayar", "Sisa"],
        ["Tanggal", "Pelanggan", "Subtotal", "Ongkir", "Bayar", "Hutang"],
        ["Tanggal", "Pelanggan", "Sub Total", "Ongkir", "Bayar", "Sisa"],
    ):
        payload = reads_to(
            tmp_path / "ongkir.xlsx", [("Sheet1", [labels, *FREIGHT_ROWS])], FREIGHTED
        )
        assert _amount_column(payload) == f"{labels[2]} + {labels[3]}"
    # With no Sisa to say so, the same (it was 60k owed and a credit of 0.66M, unsaid).
    labels = ["Tanggal", "Pelanggan", "Subtotal", "Ongkir", "Bayar"]
    book = [labels, *[row[:5] for row in FREIGHT_ROWS]]
    payload = reads_to(tmp_path / "tanpa_sisa.xlsx", [("Sheet1", book)], FREIGHTED)
    assert _amount_column(payload) == "Subtotal + Ongkir"


def test_freight_the_balance_keeps_inside_the_amount_stays_inside(tmp_path: Path) -> None:
    # "Nilai Faktur | Ongkir | Bayar | Sisa" whose Sisa is the Nilai less Bayar on every row
    # (0.84M - 0.4M = 0.44M, 0.32M - 0.32M = 0, 1.26M): the freight is inside it, the Nilai read
    # alone, the same 1.7M.
    inside = [[a, b, c + d, d, e, f] for a, b, c, d, e, f in FREIGHT_ROWS]
    for amount in ("Nilai Faktur", "Harga"):
        labels = ["Tanggal", "Pelanggan", amount, "Ongkir", "Bayar", "Sisa"]
        payload = reads_to(tmp_path / "dalam.xlsx", [("Sheet1", [labels, *inside])], FREIGHTED)
        assert _amount_column(payload) == amount


def test_freight_that_is_no_figure_is_told_and_a_freight_alone_is_the_amount(
    tmp_path: Path,
) -> None:
    # Toko Cahaya's second row's freight "gratis": that row (0.3M, paid 0.3M) cannot be worked
    # out, told, and the others read on top: 0.44M (1-30) and 1.26M (current).
    labels = ["Tanggal", "Pelanggan", "Subtotal", "Ongkir", "Bayar"]
    rows = [row[:5] for row in FREIGHT_ROWS]
    rows[1][3] = "gratis"
    path = tmp_path / "gratis.xlsx"
    _xlsx(path, [("Sheet1", [labels, *rows])])
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors and payload["outstanding"] == 1_700_000
    assert [(p["code"], p["row"]) for p in payload["problems"]] == [("invalid-amount", 3)]
    # A courier's book whose only money is the freight ("Ongkir | Bayar"): it is the amount,
    # 40k - 40k paid and 60k current; and a customer named for freight is only a name.
    rows = [["Tanggal", "Pelanggan", "Ongkir", "Bayar"],
            [D(2026, 10, 1), "Ongkir Kilat", 40_000, 40_000],
            [D(2026, 11, 1), "Toko Terang", 60_000, None]]  # fmt: skip
    payload = reads_to(
        tmp_path / "kurir.xlsx", [("Sheet1", rows)], _expect(60_000, 0, _aging(current=60_000), 1)
    )
    assert _amount_column(payload) == "Ongkir"


# a01, an aging export printed 31 Oct: Toko Kelapa's KP-1 1.5M left, due 1 Oct (52 days late,
# 31-60), KP-2 0.9M due 9 Nov (13 days, 1-30); Toko Nanas' KP-3 1M due 19 Sep (64 days, 61-90);
# Toko Pepaya's down payment alone (no Nilai, Saldo -0.3M): her credit balance of 0.3M.
AGING = ["Pelanggan", "No Faktur", "Tgl Faktur", "Jatuh Tempo", "Nilai Faktur", "Terbayar",
         "Saldo", "Belum JT", "1-30", "31-60", "61-90", ">90"]  # fmt: skip
KELAPA = [["Toko Kelapa", "KP-1", D(2026, 9, 1), D(2026, 10, 1), 2_000_000, 500_000, 1_500_000,
           0, 1_500_000, 0, 0, 0],
          ["Toko Kelapa", "KP-2", D(2026, 10, 10), D(2026, 11, 9), 900_000, 0, 900_000,
           900_000, 0, 0, 0, 0]]  # fmt: skip
NANAS = ["Toko Nanas", "KP-3", D(2026, 8, 20), D(2026, 9, 19), 1_000_000, 0, 1_000_000,
         0, 0, 1_000_000, 0, 0]  # fmt: skip
HELD = _expect(3_400_000, 3_400_000, _aging(d1to30=900_000, d31to60=1_500_000,
               d61to90=1_000_000), 2, {"Toko Pepaya": 300_000})  # fmt: skip


def test_a_down_payment_alone_in_an_aging_export_is_the_customers_credit(tmp_path: Path) -> None:
    for number, terbayar in (("UM-7", None), ("Uang Muka", None), (None, None), ("UM-7", 300_000)):
        pepaya = ["Toko Pepaya", number, D(2026, 10, 25), None, None, terbayar, -300_000,
                  -300_000, 0, 0, 0, 0]  # fmt: skip
        paid = 500_000 + (terbayar or 0)
        total = ["TOTAL", None, None, None, 3_900_000, paid, 3_100_000, 600_000, 1_500_000,
                 1_000_000, 0, 0]  # fmt: skip
        book = [["LAPORAN UMUR PIUTANG"], ["Per 31/10/2026"], [None], AGING, *KELAPA, pepaya,
                NANAS, total]  # fmt: skip
        reads_to(tmp_path / "umur.xlsx", [("Sheet1", book)], HELD)


def test_a_titipan_row_of_a_plain_list_is_the_customers_credit(tmp_path: Path) -> None:
    # Toko Cempaka's 1.4M of 1 Oct less 0.4M paid, due 31 Oct (22 days, 1-30); Toko Kenanga's
    # "Titipan DP" row (no Jumlah, Sisa -0.3M, with or without Dibayar 0.3M): her credit.
    labels = ["Tanggal", "Pelanggan", "Keterangan", "Jumlah", "Dibayar", "Sisa"]
    cempaka = [D(2026, 10, 1), "Toko Cempaka", "Penjualan", 1_400_000, 400_000, 1_000_000]
    owed = _expect(1_000_000, 1_000_000, _aging(d1to30=1_000_000), 1, {"Toko Kenanga": 300_000})
    for paid in (None, 300_000):
        kenanga = [D(2026, 11, 5), "Toko Kenanga", "Titipan DP", None, paid, -300_000]
        reads_to(tmp_path / "titipan.xlsx", [("Sheet1", [labels, cempaka, kenanga])], owed)
    # A row with a payment and no amount whose balance says nothing is held (no Sisa, or a
    # Sisa of 0): the amount may be what is missing, so no credit is made of it; told, as before.
    for book in (
        [labels[:5], cempaka[:5], [D(2026, 11, 5), "Toko Kenanga", "Bayar", None, 300_000]],
        [labels, cempaka, [D(2026, 11, 5), "Toko Kenanga", "Bayar", None, 300_000, 0]],
    ):
        path = tmp_path / "bayar.xlsx"
        _xlsx(path, [("Sheet1", book)])
        batch, payload = summarize_files([path], AS_OF)
        assert not batch.errors and payload["outstanding"] == 1_000_000
        assert payload["credit_balances"] == {}
        assert [p["code"] for p in payload["problems"]] == ["unknown-customer-payment"]


# s06: PT Sumber's F-1 of 1 Oct, DPP 1,234,567 + PPN 135,802.37 = 1,370,369.37, paid 1,370,370
# (rounded up): settled, nothing carried on. Her F-2 of 20 Oct, 555,000, due 19 Nov (3 days
# late, 1-30); CV Delta's F-3 of 1 Nov, 832,778.06, current. 1,387,778.06 in all.
PPN = ["No Faktur", "Tanggal", "Pelanggan", "DPP", "PPN 11%", "Total", "Dibayar"]
PPN_ROWS = [["F-1", D(2026, 10, 1), "PT Sumber", 1_234_567, 135_802.37, 1_370_369.37, 1_370_370],
            ["F-2", D(2026, 10, 20), "PT Sumber", 500_000, 55_000, 555_000, None],
            ["F-3", D(2026, 11, 1), "CV Delta", 750_250.5, 82_527.56, 832_778.06,
             None]]  # fmt: skip


def _owed_in_sen(payload: dict[str, Any], overdue: int) -> None:
    """The s06 figures, F-2 owing ``overdue`` (the summary's figures with sen, to the sen)."""
    delta = Decimal("832778.06")
    aging = {key: Decimal(str(figure)) for key, figure in payload["aging"].items()}
    assert Decimal(str(payload["outstanding"])) == delta + overdue
    assert payload["overdue"] == overdue
    assert aging == {**_aging(d1to30=overdue), "current": delta}
    assert payload["credit_balances"] == {} and not payload["problems"]


def test_paid_less_than_a_rupiah_over_settles_the_invoice_and_carries_nothing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "ppn.xlsx"
    for rows in (PPN_ROWS, [[n, d, c, t, p] for n, d, c, _, _, t, p in PPN_ROWS]):
        labels = PPN if len(rows[0]) == 7 else [*PPN[:3], *PPN[5:]]
        _xlsx(path, [("Sheet1", [labels, *rows])])
        batch, payload = summarize_files([path], AS_OF)
        assert not batch.errors
        _owed_in_sen(payload, 555_000)
    # The same paid from a payments sheet naming F-1: settled the same.
    invoices = [[n, d, c, t] for n, d, c, _, _, t, _ in PPN_ROWS]
    paid = [["Tanggal", "No Faktur", "Pelanggan", "Jumlah"],
            [D(2026, 10, 30), "F-1", "PT Sumber", 1_370_370]]  # fmt: skip
    _xlsx(path, [("Faktur", [["No Faktur", "Tanggal", "Pelanggan", "Total"], *invoices]),
                 ("Pembayaran", paid)])  # fmt: skip
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    _owed_in_sen(payload, 555_000)
    # A whole rupiah over is money received: it pays F-2 (554,999 left), as before.
    over = [[*PPN_ROWS[0][:6], 1_370_370.37], *PPN_ROWS[1:]]
    _xlsx(path, [("Sheet1", [PPN, *over])])
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    _owed_in_sen(payload, 554_999)


WORKSHOP = ["Tanggal", "Pelanggan", "Kendaraan", "Biaya Jasa", "Biaya Sparepart", "Bayar"]
WORKSHOP_ROWS = [[D(2026, 10, 1), "Pak Bowo", "Kijang", 150_000, 400_000, 200_000],
                 [D(2026, 10, 25), "Pak Bowo", "Kijang", 80_000, None, None],
                 [D(2026, 11, 1), "Bu Endang", "Jazz", 250_000, 1_250_000, 500_000]]  # fmt: skip


def test_a_workshops_charges_with_no_total_are_refused_for_what_they_are(tmp_path: Path) -> None:
    path = tmp_path / "bengkel.xlsx"
    _xlsx(path, [("Sheet1", [WORKSHOP, *WORKSHOP_ROWS])])
    batch, _ = summarize_files([path], AS_OF)
    assert [error.code for error in batch.errors] == ["sheet_refused"]
    message = batch.errors[0].message("id")
    assert "'Biaya Jasa' + 'Biaya Sparepart'" in message and "Total" in message
    assert "hanya pembayaran" not in message
    # Chosen on Unggah, the amount is read: Biaya Jasa alone, as the owner says (0.15M - 0.2M
    # paid, 80k, 0.25M - 0.5M: 80k owed, the rest over-paid as Bu Endang's credit).
    batch, ledger = load_files([path], mapping={"amount": "Biaya Jasa"})
    assert not batch.errors and len(ledger.invoices) == 3
    # With a Sisa beside (Jasa + Sparepart - Bayar), the Sisa is read, as before: 0.35M of
    # 1 Oct (1-30), 80k and 1M current.
    labels = [*WORKSHOP, "Sisa"]
    rows = [[*row, (row[3] or 0) + (row[4] or 0) - (row[5] or 0)] for row in WORKSHOP_ROWS]  # type: ignore[operator]
    owed = _expect(1_430_000, 350_000, _aging(current=1_080_000, d1to30=350_000), 2)
    reads_to(tmp_path / "sisa.xlsx", [("Sheet1", [labels, *rows])], owed)


# x05: Bu Tini's 120k of Sunday 1 Nov, due 1 Dec (current), and 50k of 10 Oct, due 9 Nov (13
# days, 1-30); Pak Harun's 75k of 1 Sep, due 1 Oct (52 days, 31-60). 245k in all.
DAYS = _expect(245_000, 125_000, _aging(current=120_000, d1to30=50_000, d31to60=75_000), 2)
WARUNG = [["Minggu, 1 Nov 2026", "Bu Tini", "Rp 0", "Rp 0", "Rp 120.000"],
          ["Sabtu, 10 Okt 2026", "Bu Tini", "Rp 30.000", None, "Rp 50.000"],
          ["Selasa, 1 Sep 2026", "Pak Harun", None, None, "Rp 75.000"]]  # fmt: skip


def _dated_by(payload: dict[str, Any]) -> str:
    """The header the book's one sheet read its dates from."""
    return str(payload["files"][0]["sheets"][0]["columns"]["invoice_date"]["header"])


def test_a_day_column_of_full_dates_is_the_date(tmp_path: Path) -> None:
    book = [["Hari", "Nama", "Kas", "Transfer", "Utang"], *WARUNG]
    payload = reads_to(tmp_path / "hari.xlsx", [("Sheet1", book)], DAYS)
    assert _dated_by(payload) == "Hari"
    # Dates as Excel keeps them (shown as weekdays by the cell's format), under a TOTAL line.
    days = [D(2026, 11, 1), D(2026, 10, 10), D(2026, 9, 1)]
    book = [["Hari", "Nama", "Utang"],
            *[[day, row[1], row[4]] for day, row in zip(days, WARUNG, strict=True)],
            ["TOTAL", None, "Rp 245.000"]]  # fmt: skip
    assert _dated_by(reads_to(tmp_path / "tgl.xlsx", [("Sheet1", book)], DAYS)) == "Hari"
    # Beside a Tanggal, a Hari of weekdays is only the weekday: the Tanggal is the date.
    pairs = zip(days, WARUNG, strict=True)
    book = [["Hari", "Tanggal", "Nama", "Utang"],
            *[[row[0].split(",")[0], day, row[1], row[4]] for day, row in pairs]]  # fmt: skip
    assert _dated_by(reads_to(tmp_path / "dua.xlsx", [("Sheet1", book)], DAYS)) == "Tanggal"


def test_a_day_column_of_weekdays_or_counts_is_no_date(tmp_path: Path) -> None:
    # Weekdays alone ("Minggu"), days counted (3, 13, 52), or a full date on one row of three:
    # no date, refused as before for having none.
    for cells in (["Minggu", "Sabtu", "Selasa"], [3, 13, 52],
                  ["Minggu, 1 Nov 2026", "Sabtu", "Selasa"]):  # fmt: skip
        rows = [[cell, row[1], row[4]] for cell, row in zip(cells, WARUNG, strict=True)]
        book = [["Hari", "Nama", "Utang"], *rows]
        path = tmp_path / "hari.xlsx"
        _xlsx(path, [("Sheet1", book)])
        batch, _ = summarize_files([path], AS_OF)
        assert [error.code for error in batch.errors] == ["no_dates"]
