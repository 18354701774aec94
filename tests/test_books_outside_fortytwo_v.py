"""Round 63 of the outside testers (running tabs, kasbon and small informal books): each book
written by hand with its figures worked out on paper as of 22 Nov 2026 (default term 30 days:
a bon of 1 Oct is due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.report import summarize_files
from tests.helpers import write_xlsx
from tests.test_books_by_hand import AS_OF, figures, reads_to


def _kasbon(paid: str) -> list[list[object]]:
    """Round 63 k02's book: one row per visit, a payment its own row with the Bon empty, and
    each person's running Sisa Bon right on every row."""
    return [
        ["CATATAN KASBON TOKO EUIS"],
        ["Tanggal", "Nama", "Keterangan", "Ngebon", paid, "Sisa Bon"],
        [D(2026, 9, 1), "Bu Marni", "minyak 2L + gula 1kg", 52_000, None, 52_000],
        [D(2026, 9, 4), "Pak Ujang", "rokok surya 3 bks", 81_000, None, 81_000],
        [D(2026, 9, 11), "Bu Marni", "beras 10kg", 135_000, None, 187_000],
        [D(2026, 9, 25), "Bu Marni", "bayar", None, 100_000, 87_000],
        [D(2026, 10, 3), "Pak Ujang", "kopi + gula", 23_000, None, 104_000],
        [D(2026, 10, 17), "Teh Euis", "mie 1 dus + telur 1/2 kg", 128_000, None, 128_000],
        [D(2026, 10, 20), "Pak Ujang", "nyicil", None, 60_000, 44_000],
        [D(2026, 11, 2), "Bu Marni", "gas 3kg 2 tabung", 44_000, None, 131_000],
        [D(2026, 11, 9), "Teh Euis", "nyicil", None, 50_000, 78_000],
        [D(2026, 11, 16), "Pak Ujang", "rokok 1 bks", 27_000, None, 71_000],
    ]


# Round 63 k02: the payments under "Nyicil" (the everyday word for paying a tab bit by bit),
# and so under "Cicilan", were not read: each payment row was a bon with its amount missing,
# and the running Sisa Bon went unchecked (490,000 for 280,000, "checks: ok"). Oldest first:
# Bu Marni 52,000 + 135,000 + 44,000 - 100,000: 87,000 of 11 Sep (due 11 Oct, 31-60) and
# 44,000 of 2 Nov (current); Pak Ujang 81,000 + 23,000 + 27,000 - 60,000: 21,000 of 4 Sep
# (31-60), 23,000 of 3 Oct (due 2 Nov, 1-30), 27,000 current; Teh Euis 128,000 - 50,000 =
# 78,000 (due 16 Nov, 1-30). Current 71,000, 1-30 101,000, 31-60 108,000.
@pytest.mark.parametrize("paid", ["Nyicil", "Cicilan"])
def test_a_kasbon_paid_under_nyicil_or_cicilan(tmp_path: Path, paid: str) -> None:
    expected = figures(280_000, 209_000, 3, current=71_000, d1to30=101_000, d31to60=108_000)
    payload = reads_to(tmp_path / "kasbon.xlsx", [("Kasbon", _kasbon(paid))], expected)
    assert payload["files"][0]["sheets"][0]["checks"]["saldo"] == "ok"


# ... and a running Sisa Bon that nothing read pays down (the payments' own column gone) is
# no row's own Sisa: each row where it stands above the bon is told, never passed over.
def test_a_running_sisa_nothing_pays_down_is_told(tmp_path: Path) -> None:
    rows = [[*row[:4], row[5]] if len(row) == 6 else row for row in _kasbon("Nyicil")]
    path = tmp_path / "kasbon.xlsx"
    write_xlsx(path, {"Kasbon": rows})
    _, payload = summarize_files([path], AS_OF)
    told = [c for c in payload["checks"] if c["column"] == "Sisa Bon"]
    assert (told[0]["row"], told[0]["book_says"], told[0]["read"]) == (5, 187_000, 135_000)
    assert len(told) == 4


# The look-alike: a row's own Sisa beside the amount ("Jumlah | Cicilan | Sisa", each row's
# Sisa its Jumlah less its Cicilan) does not run: it says what each row was paid, as before.
# A 500,000 - 200,000 and B 300,000 - 300,000, both 1 Oct (due 31 Oct, 1-30): 300,000.
def test_a_row_own_sisa_beside_cicilan_does_not_run(tmp_path: Path) -> None:
    rows = [
        ["Tanggal", "Nama", "Jumlah", "Cicilan", "Sisa"],
        [D(2026, 10, 1), "Toko A", 500_000, 200_000, 300_000],
        [D(2026, 10, 1), "Toko B", 300_000, 300_000, 0],
        [D(2026, 10, 1), "Toko A", 150_000, 150_000, 0],
    ]
    expected = figures(300_000, 300_000, 1, d1to30=300_000)
    reads_to(tmp_path / "list.xlsx", [("Piutang", rows)], expected)


# Round 63 k05: a payment written only as a note on a row of its own ("bayar 50rb", "byr
# 72.000", "tf 100rb", the Bon empty) was dropped as a bon with no amount (403,000 for
# 181,000). It pays the customer's oldest bon: Pak Sarno 56,000 + 22,000 + 15,000 - 50,000:
# 6,000 of 2 Sep (31-60), 22,000 of 23 Sep (due 23 Oct, 30 days, 1-30), 15,000 current; Bu
# Tum 72,000 + 48,000 - 72,000: 48,000 of 8 Oct (due 7 Nov, 1-30); Mas Adi 190,000 - 100,000
# = 90,000 (current). Current 105,000, 1-30 70,000, 31-60 6,000.
NOTED_PAYMENTS = [
    ["Tgl", "Nama", "Catatan", "Bon"],
    [D(2026, 9, 2), "Pak Sarno", "rokok 2 bks, kopi", 56_000],
    [D(2026, 9, 9), "Bu Tum", "beras 5 kg", 72_000],
    [D(2026, 9, 23), "Pak Sarno", "gas elpiji", 22_000],
    [D(2026, 9, 30), "Pak Sarno", "bayar 50rb", None],
    [D(2026, 10, 8), "Bu Tum", "minyak 2 L + gula", 48_000],
    [D(2026, 10, 15), "Bu Tum", "byr 72.000", None],
    [D(2026, 10, 26), "Mas Adi", "rokok 1 slop", 190_000],
    [D(2026, 11, 10), "Mas Adi", "tf 100rb", None],
    [D(2026, 11, 17), "Pak Sarno", "kopi 1 renteng", 15_000],
]


def test_a_payment_written_only_in_the_note_pays_the_oldest_bon(tmp_path: Path) -> None:
    expected = figures(181_000, 76_000, 3, current=105_000, d1to30=70_000, d31to60=6_000)
    reads_to(tmp_path / "bon.xlsx", [("Bon", NOTED_PAYMENTS)], expected)


# The look-alike: a note that only promises money ("janji bayar 50rb") on a row with no Bon
# pays nothing: the row is told as a bon with its amount missing, Pak Sarno owes his 93,000.
def test_a_promise_in_the_note_of_a_row_alone_pays_nothing(tmp_path: Path) -> None:
    rows = [row if row[2] != "bayar 50rb" else [*row[:2], "janji bayar 50rb", None]
            for row in NOTED_PAYMENTS]  # fmt: skip
    path = tmp_path / "bon.xlsx"
    write_xlsx(path, {"Bon": rows})
    _, payload = summarize_files([path], AS_OF)
    assert payload["outstanding"] == 231_000
    assert [(p["row"], p["code"]) for p in payload["problems"]] == [(5, "missing-amount")]


# Round 63 k17: with a Bayar column (the sheet read as a journal), a date written only on a
# day's first line did not carry down: three bons dropped as missing-due-date and Pak Didi's
# 52,000 paid against nothing (201,000 for 299,000, a false credit of 21,000). Each line is of
# the day above: Bu Romlah 38,000 (28 Aug) + 128,000 (15 Sep) + 45,000 (6 Nov) - 100,000:
# 66,000 of 15 Sep (due 15 Oct, 31-60), 45,000 current; Pak Didi 52,000 (28 Aug) paid (15
# Sep), 31,000 (6 Nov) current; Mas Yoga 22,000 (15 Sep) + 185,000 (14 Oct) - 50,000:
# 157,000 of 14 Oct (due 13 Nov, 1-30). Current 76,000, 1-30 157,000, 31-60 66,000.
FIRST_LINE_DATES = [
    ["Tanggal", "Nama", "Barang", "Bon", "Bayar"],
    [D(2026, 8, 28), "Bu Romlah", "minyak 2L", 38_000, None],
    [None, "Pak Didi", "rokok 2 bks", 52_000, None],
    [D(2026, 9, 15), "Bu Romlah", "beras 10 kg", 128_000, None],
    [None, "Mas Yoga", "gas 3kg", 22_000, None],
    [None, "Pak Didi", "bayar", None, 52_000],
    [D(2026, 10, 14), "Mas Yoga", "rokok 1 slop", 185_000, None],
    [None, "Bu Romlah", "bayar", None, 100_000],
    [D(2026, 11, 6), "Pak Didi", "kopi + gula", 31_000, None],
    [None, "Mas Yoga", "bayar", None, 50_000],
    [None, "Bu Romlah", "telur + mie", 45_000, None],
]


def test_a_day_written_on_its_first_line_beside_a_bayar_column(tmp_path: Path) -> None:
    expected = figures(299_000, 223_000, 3, current=76_000, d1to30=157_000, d31to60=66_000)
    reads_to(tmp_path / "bon.xlsx", [("Bon", FIRST_LINE_DATES)], expected)


# The look-alike: a first line with no date has no day above it to take: told, left out.
def test_an_undated_first_line_beside_a_bayar_column_is_told(tmp_path: Path) -> None:
    rows = [FIRST_LINE_DATES[0], [None, "Pak Tarno", "rokok", 20_000, None], *FIRST_LINE_DATES[1:]]
    path = tmp_path / "bon.xlsx"
    write_xlsx(path, {"Bon": rows})
    _, payload = summarize_files([path], AS_OF)
    assert payload["outstanding"] == 299_000
    assert [p["row"] for p in payload["problems"]] == [2]


# Round 63 k16: a notebook with no date column, each day a line of its own, was refused: the
# goods bought, "Belanjaan" (words only, near "Belanja" by its name), taken as the amount and
# the figures under "Ngebon" as what was left to pay. A column of words is no amount: the tab
# is. Pak Kasim 74,000 (1 Oct) paid, 150,000 (26 Oct) current; Bu Nur 135,000 (1 Oct) +
# 28,000 (9 Nov) - 100,000: 35,000 of 1 Oct (due 31 Oct, 1-30), 28,000 current; Mas Gani
# 88,000 (12 Oct, due 11 Nov, 1-30), 23,000 current. Current 201,000, 1-30 123,000.
DAY_LINES = [
    ["Nama", "Belanjaan", "Ngebon", "Bayar"],
    ["Kamis, 1 Oktober 2026", None, None, None],
    ["Pak Kasim", "semen 1 sak + paku", 74_000, None],
    ["Bu Nur", "cat 1 galon", 135_000, None],
    ["Senin, 12 Oktober 2026", None, None, None],
    ["Pak Kasim", "bayar", None, 74_000],
    ["Mas Gani", "pipa 4 batang", 88_000, None],
    ["Senin, 26 Oktober 2026", None, None, None],
    ["Bu Nur", "bayar", None, 100_000],
    ["Pak Kasim", "keramik 2 dus", 150_000, None],
    ["Senin, 9 November 2026", None, None, None],
    ["Mas Gani", "lem + sambungan", 23_000, None],
    ["Bu Nur", "thinner", 28_000, None],
]


def test_the_goods_bought_in_words_are_no_amount_beside_the_tab(tmp_path: Path) -> None:
    expected = figures(324_000, 123_000, 3, current=201_000, d1to30=123_000)
    payload = reads_to(tmp_path / "bon.xlsx", [("Buku Bon", DAY_LINES)], expected)
    columns = payload["files"][0]["sheets"][0]["columns"]
    assert columns["amount"]["header"] == "Ngebon"


# The look-alike: a "Belanja" of figures beside what was paid and the tab ("Belanja | Bayar |
# Hutang") is the sale, the Hutang what is left of it: 500,000 - 200,000 = 300,000 (1 Oct, due
# 31 Oct, 1-30).
def test_a_purchase_of_figures_beside_bayar_and_hutang_stays_the_amount(tmp_path: Path) -> None:
    rows = [
        ["Tanggal", "Nama", "Belanja", "Bayar", "Hutang"],
        [D(2026, 10, 1), "Bu Nur", 500_000, 200_000, 300_000],
        [D(2026, 10, 1), "Pak Kasim", 100_000, 100_000, 0],
    ]
    expected = figures(300_000, 300_000, 1, d1to30=300_000)
    payload = reads_to(tmp_path / "bon.xlsx", [("Bon", rows)], expected)
    assert payload["files"][0]["sheets"][0]["columns"]["amount"]["header"] == "Belanja"


# Round 63 k15: a notebook kept a sheet a day, the date only in the sheet's name
# ("01-10-2026"), was refused for lacking a date column. A whole date in the name of a sheet
# with no date column is its rows' date. Bu Minah 92,000 (1 Oct) - 50,000 (7 Oct): 42,000 due
# 31 Oct (1-30), 29,000 (19 Oct, due 18 Nov, 1-30), 34,000 (16 Nov) current; Pak Tono 54,000
# (1 Oct) paid (19 Oct), 35,000 (19 Oct, 1-30), 180,000 (3 Nov) current; Mbak Ayu 118,000
# (7 Oct) paid (3 Nov), 41,000 (16 Nov) current. Current 255,000, 1-30 106,000.
def _page(*rows: list[object]) -> list[list[object]]:
    return [["Nama", "Barang", "Bon", "Bayar"], *rows]


PAGES = [
    ("01-10-2026", _page(["Bu Minah", "beras", 92_000, None], ["Pak Tono", "semen", 54_000, None])),
    ("07-10-2026", _page(["Mbak Ayu", "cat", 118_000, None], ["Bu Minah", "bayar", None, 50_000])),
    (
        "19-10-2026",
        _page(
            ["Bu Minah", "gula", 29_000, None],
            ["Pak Tono", "bayar", None, 54_000],
            ["Pak Tono", "paku", 35_000, None],
        ),
    ),
    (
        "03-11-2026",
        _page(["Pak Tono", "keramik", 180_000, None], ["Mbak Ayu", "bayar", None, 118_000]),
    ),
    ("16-11-2026", _page(["Bu Minah", "minyak", 34_000, None], ["Mbak Ayu", "lem", 41_000, None])),
]


def test_a_sheet_a_day_named_by_its_date(tmp_path: Path) -> None:
    expected = figures(361_000, 106_000, 3, current=255_000, d1to30=106_000)
    reads_to(tmp_path / "bon.xlsx", PAGES, expected)


# The look-alike: a sheet named by a month ("Okt 2026") names no day: still refused for its
# missing date column, as before.
def test_a_sheet_named_by_its_month_names_no_day(tmp_path: Path) -> None:
    path = tmp_path / "bon.xlsx"
    write_xlsx(path, {"Okt 2026": _page(["Bu Minah", "beras", 92_000, None])})
    batch, _ = summarize_files([path], AS_OF)
    assert [e.code for e in batch.errors] == ["no_dates"]


# Round 63 k10: a dues book of months across ticked when paid ("No | Nama | Jan | … | Des",
# the fee in the title) was refused as having no customer column. It has one; what it lacks
# is an amount: the refusal says so.
def test_months_ticked_across_are_refused_for_what_they_lack(tmp_path: Path) -> None:
    rows = [
        ["IURAN RT 05 - TAHUN 2026"],
        ["No", "Nama", "Jan", "Feb", "Mar", "Apr"],
        [1, "Pak Slamet", "v", "v", None, None],
        [2, "Bu Rina", "v", "v", "v", None],
    ]
    path = tmp_path / "iuran.xlsx"
    write_xlsx(path, {"2026": rows})
    batch, _ = summarize_files([path], AS_OF)
    assert [e.code for e in batch.errors] == ["month_columns"]
