"""Round 92 of the outside testers, international programs' receivables books in English: a
ledger account's closing line on Tally's side ("By Closing Balance" under Credit), Tally
Prime's foot ("Opening Balance :", "Current Total :", "Closing Balance :") under a title naming
the party ("Ledger: Toko Sinar Jaya"), MYOB's reconciliation under its total ("Trade Debtors
(1-1200):", the ledger's control account) and MYOB's customer heading with their phone beside
the name. Each book written by hand with its figures worked out on paper as of 22 Nov 2026
(no due date: the date + 30 days; receipts and credit notes pay the oldest dues first)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, _xlsx, figures, reads_to, text_reads_to

D = datetime
LEDGER = ["Date", "Particulars", "Vch Type", "Vch No.", "Debit", "Credit"]


# Tally's ledger account, a sheet per party, its foot a totals line, "By Closing Balance" (or
# "To Closing Balance" for a party in credit) on the side that balances, and the balanced
# totals. Read as a receipt of the whole balance, each party owed nothing, told nowhere.
# Toko Sinar Jaya: opening 2.000.000 (1 Sep) paid by the receipt of 20 Sep; SJ/01 3.500.000
# (10 Sep, due 10 Oct: 43 days) less the receipt of 5 Nov 2.500.000 = 1.000.000, 31-60;
# SJ/02 3.000.000 (15 Oct, due 14 Nov: 8 days), 1-30. 4.000.000, all overdue.
# UD Berkah Tani: opening 500.000 less a receipt of 800.000: 300.000 in credit.
def _tally_account(party: str, closing_word: str = "Closing Balance") -> list[tuple[str, list]]:
    return [
        (party, [
            ["PT Sumber Makmur Distribusi"], [party], ["Ledger Account"],
            ["1-Sep-2026 to 30-Nov-2026"], [],
            LEDGER,
            [D(2026, 9, 1), "Opening Balance", None, None, 2_000_000, None],
            [D(2026, 9, 10), "To Sales Account", "Sales", "SJ/01", 3_500_000, None],
            [D(2026, 9, 20), "By Bank BCA", "Receipt", "RC/01", None, 2_000_000],
            [D(2026, 10, 15), "To Sales Account", "Sales", "SJ/02", 3_000_000, None],
            [D(2026, 11, 5), "By Bank BCA", "Receipt", "RC/02", None, 2_500_000],
            [None, None, None, None, 8_500_000, 4_500_000],
            [None, f"By {closing_word}", None, None, None, 4_000_000],
            [None, None, None, None, 8_500_000, 8_500_000],
        ]),
        ("UD Berkah Tani", [
            ["PT Sumber Makmur Distribusi"], ["UD Berkah Tani"], ["Ledger Account"],
            ["1-Sep-2026 to 30-Nov-2026"], [],
            LEDGER,
            [D(2026, 9, 1), "Opening Balance", None, None, 500_000, None],
            [D(2026, 10, 10), "By Cash", "Receipt", "RC/03", None, 800_000],
            [None, None, None, None, 500_000, 800_000],
            [None, f"To {closing_word}", None, None, 300_000, None],
            [None, None, None, None, 800_000, 800_000],
        ]),
    ]  # fmt: skip


TALLY_FIGURES = figures(4_000_000, 4_000_000, 1, {"UD Berkah Tani": 300_000},
                        d1to30=3_000_000, d31to60=1_000_000)  # fmt: skip


@pytest.mark.parametrize("closing", ["Closing Balance", "closing balance", "Saldo Akhir"])
def test_a_tally_ledger_accounts_closing_line_on_the_balancing_side_is_no_receipt(
    tmp_path: Path, closing: str
) -> None:
    payload = reads_to(tmp_path / "ledger.xlsx", _tally_account("Toko Sinar Jaya", closing),
                       TALLY_FIGURES)  # fmt: skip
    assert payload["per_customer"] == {"Toko Sinar Jaya": 4_000_000}
    assert all(s["checks"]["totals"] == "ok" for s in payload["files"][0]["sheets"])


def test_a_closing_line_typed_wrong_is_still_told(tmp_path: Path) -> None:
    # "By Closing Balance" 4.400.000 where the sides leave 4.000.000: told beside what the rows
    # leave, the rows read.
    sheets = _tally_account("Toko Sinar Jaya")
    sheets[0][1][12][5] = 4_400_000
    _xlsx(tmp_path / "ledger.xlsx", sheets)
    _, payload = summarize_files([tmp_path / "ledger.xlsx"], AS_OF)
    assert payload["outstanding"] == 4_000_000
    told = [(p["code"], p["row"], p["book_says"], p["read"]) for p in payload["problems"]]
    assert told == [("check-mismatch", 13, 4_400_000, 4_000_000)]


# The same rule on an Indonesian kartu with Debet and Kredit and no Saldo column: its "Saldo
# Akhir" 4.500.000 under "Jumlah" 6.500.000 | 2.000.000 is what the rows leave, not the Debet's
# sum (told wrong against 6.500.000). By hand: F-01 3.500.000 (10 Sep, due 10 Oct: 43 days) less
# the payment 2.000.000 = 1.500.000, 31-60; F-02 3.000.000 (15 Oct, due 14 Nov: 8 days), 1-30.
def test_a_kartus_saldo_akhir_without_a_saldo_column_is_what_the_rows_leave(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        ["KARTU PIUTANG"], ["Nama Pelanggan : Toko Sari"], [],
        ["Tanggal", "Keterangan", "No Faktur", "Debet", "Kredit"],
        [D(2026, 9, 10), "Penjualan", "F-01", 3_500_000, None],
        [D(2026, 9, 20), "Pembayaran", None, None, 2_000_000],
        [D(2026, 10, 15), "Penjualan", "F-02", 3_000_000, None],
        [None, "Jumlah", None, 6_500_000, 2_000_000],
        [None, "Saldo Akhir", None, 4_500_000, None],
    ]  # fmt: skip
    expected = figures(4_500_000, 4_500_000, 1, d1to30=3_000_000, d31to60=1_500_000)
    reads_to(tmp_path / "kartu.xlsx", [("Toko Sari", rows)], expected)


# Tally Prime's Ledger Vouchers of one party, titled "Ledger: Toko Sinar Jaya", its foot under
# the vouchers: "Opening Balance :" 2.000.000, "Current Total :" 11.000.000 | 4.800.000 (the
# period's vouchers, the opening aside), "Closing Balance :" 8.200.000. The closing line was
# checked against 24.000.000 (the current total read as a row and added) and told wrong, and the
# customer was named after the sheet. By hand: the opening 2.000.000 is paid by the first
# receipt (2.000.000, 20 Sep); SJ/0381 3.500.000 (10 Sep, due 10 Oct: 43 days) less 2.500.000
# and the credit note 300.000 = 700.000, 31-60; SJ/0412 3.000.000 (15 Oct, due 14 Nov: 8 days),
# 1-30; SJ/0440 4.500.000 (10 Nov, due 10 Dec), current. 8.200.000, 3.700.000 overdue.
def _vouchers(title: str, closing: int = 8_200_000) -> list[list[object]]:
    return [
        ["PT Sumber Makmur Distribusi"], [title], ["1-Apr-2026 to 30-Nov-2026"], [],
        ["Date", "Particulars", "Vch Type", "Vch No.", "Debit", "Credit"],
        [D(2026, 9, 10), "Sales Account", "Sales", "SJ/0381", 3_500_000, None],
        [D(2026, 9, 20), "Bank BCA", "Receipt", "RC/0092", None, 2_000_000],
        [D(2026, 10, 15), "Sales Account", "Sales", "SJ/0412", 3_000_000, None],
        [D(2026, 11, 5), "Bank BCA", "Receipt", "RC/0118", None, 2_500_000],
        [D(2026, 11, 10), "Sales Account", "Sales", "SJ/0440", 4_500_000, None],
        [D(2026, 11, 18), "Sales Returns", "Credit Note", "CN/0007", None, 300_000],
        [None, "Opening Balance :", None, None, 2_000_000, None],
        [None, "Current Total :", None, None, 11_000_000, 4_800_000],
        [None, "Closing Balance :", None, None, closing, None],
    ]  # fmt: skip


VOUCHERS_FIGURES = figures(8_200_000, 3_700_000, 1, current=4_500_000, d1to30=3_000_000,
                           d31to60=700_000)  # fmt: skip


@pytest.mark.parametrize(
    "title", ["Ledger: Toko Sinar Jaya", "Ledger : Toko Sinar Jaya", "Party: Toko Sinar Jaya"]
)
def test_tally_primes_ledger_vouchers_foot_and_the_party_its_title_names(
    tmp_path: Path, title: str
) -> None:
    payload = reads_to(tmp_path / "vouchers.xlsx", [("Ledger Vouchers", _vouchers(title))],
                       VOUCHERS_FIGURES)  # fmt: skip
    assert payload["per_customer"] == {"Toko Sinar Jaya": 8_200_000}
    assert payload["files"][0]["sheets"][0]["checks"]["totals"] == "ok"


def test_tally_primes_ledger_vouchers_as_csv(tmp_path: Path) -> None:
    lines = [",".join("" if c is None else str(c) for c in row) for row in _vouchers(
        "Ledger: Toko Sinar Jaya")]  # fmt: skip
    text = "\n".join(lines).replace(" 00:00:00", "") + "\n"
    payload = text_reads_to(tmp_path / "Ledger Vouchers.csv", text, VOUCHERS_FIGURES)
    assert payload["per_customer"] == {"Toko Sinar Jaya": 8_200_000}


def test_a_wrong_closing_balance_under_tally_primes_foot_is_told(tmp_path: Path) -> None:
    _xlsx(tmp_path / "v.xlsx", [("Ledger Vouchers", _vouchers("Ledger: Toko Sinar Jaya",
                                                             8_500_000))])  # fmt: skip
    _, payload = summarize_files([tmp_path / "v.xlsx"], AS_OF)
    assert payload["outstanding"] == 8_200_000
    told = [(p["code"], p["book_says"], p["read"]) for p in payload["problems"]]
    assert told == [("check-mismatch", 8_500_000, 8_200_000)]


# MYOB's Receivables Reconciliation [Detail]: under "Total Receivables:" its reconciliation,
# "Historical Balance:", "Trade Debtors (1-1200):" (the ledger's control account, the same
# 16.350.000) and "Out of Balance:". The account's line was read as a customer owing the whole
# book again: 32.700.000. By hand: Pak Hendra 700.000 (29 Oct, due 28 Nov), current; Toko
# Sentosa 4.750.000 (30 Sep, due 30 Oct: 23 days) 1-30 and 9.100.000 (13 Nov) current; Warung
# Bu Sri 780.000 (5 Nov) current and 1.020.000 (14 Aug, due 13 Sep: 70 days) 61-90.
# 16.350.000, 5.770.000 overdue.
RECONCILIATION_FIGURES = figures(16_350_000, 5_770_000, 3, current=10_580_000,
                                 d1to30=4_750_000, d61to90=1_020_000)  # fmt: skip
RECONCILIATION = """PT Sumber Makmur Distribusi
Receivables Reconciliation [Detail]
30/11/2026

Name,ID No.,Date,Balance Due,Current,30 Days,60 Days,90+ Days
Pak Hendra Wijaya,00000405,29/10/2026,"700,000.00",,"700,000.00",,
Toko Bangunan Sentosa,00000388,30/09/2026,"4,750,000.00",,,"4,750,000.00",
,00000420,13/11/2026,"9,100,000.00","9,100,000.00",,,
Warung Bu Sri,00000410,05/11/2026,"780,000.00","780,000.00",,,
,00000357,14/08/2026,"1,020,000.00",,,,"1,020,000.00"

Total Receivables:,,,"16,350,000.00",,,,
Historical Balance:,,,0.00,,,,
{account},,,"16,350,000.00",,,,
Out of Balance:,,,0.00,,,,
"""


@pytest.mark.parametrize(
    "account", ["Trade Debtors (1-1200):", "Accounts Receivable (1-1200):", "Trade Debtors"]
)
def test_myobs_reconciliation_under_its_total_is_no_customer(tmp_path: Path, account: str) -> None:
    text = RECONCILIATION.format(account=account)
    path = tmp_path / "Receivables Reconciliation.csv"
    payload = text_reads_to(path, text, RECONCILIATION_FIGURES)
    assert set(payload["per_customer"]) == {
        "Pak Hendra Wijaya", "Toko Bangunan Sentosa", "Warung Bu Sri",
    }  # fmt: skip


def test_a_control_accounts_line_under_an_indonesian_lists_total(tmp_path: Path) -> None:
    # The same in an Indonesian list: "Piutang Usaha (1-1200)" restating the TOTAL, "Selisih:".
    rows: list[list[object]] = [
        ["Nama Pelanggan", "No Faktur", "Tanggal", "Sisa"],
        ["Pak Hendra Wijaya", "00000405", D(2026, 10, 29), 700_000],
        ["Toko Bangunan Sentosa", "00000388", D(2026, 9, 30), 4_750_000],
        ["Toko Bangunan Sentosa", "00000420", D(2026, 11, 13), 9_100_000],
        ["Warung Bu Sri", "00000410", D(2026, 11, 5), 780_000],
        ["Warung Bu Sri", "00000357", D(2026, 8, 14), 1_020_000],
        ["TOTAL", None, None, 16_350_000],
        [],
        ["Piutang Usaha (1-1200)", None, None, 16_350_000],
        ["Selisih:", None, None, 0],
    ]
    reads_to(tmp_path / "rekonsiliasi.xlsx", [("Piutang", rows)], RECONCILIATION_FIGURES)


# MYOB's Aged Receivables [Detail]: each customer's heading, the name under "ID No." and the
# phone under "Memo", over their invoices and an unlabelled totals line. With the phone beside
# it, the heading was no heading: every invoice went to a customer named after the sheet. By
# hand: Apotek 950.000 (12 Nov, current) and 1.100.000 (20 Oct, due 19 Nov: 3 days, 1-30); CV
# Karya 2.500.000 (25 Sep, due 25 Oct: 28 days, 1-30) and 3.300.000 (18 Nov, current); RM Padang
# 1.275.000 (30 Jul, due 29 Aug: 85 days, 61-90) and 990.000 (30 Oct, due 29 Nov, current).
# 10.115.000, 4.875.000 overdue.
def _aged_detail(contacts: tuple[str, str, str]) -> list[list[object]]:
    return [
        ["PT Sumber Makmur Distribusi"], ["Aged Receivables [Detail]"], ["As of 30/11/2026"], [],
        ["ID No.", "Date", "Memo", "Total Due", "Current", "30", "60", "90+"],
        ["Apotek Sehat Selalu", None, contacts[0]],
        ["00000412", D(2026, 11, 12), "Sale; Apotek Sehat Selalu", 950_000, 950_000],
        ["00000396", D(2026, 10, 20), "Sale; Apotek Sehat Selalu", 1_100_000, None, 1_100_000],
        [None, None, None, 2_050_000, 950_000, 1_100_000, 0, 0],
        [],
        ["CV Karya Mandiri", None, contacts[1]],
        ["00000381", D(2026, 9, 25), "Sale; CV Karya Mandiri", 2_500_000, None, None, 2_500_000],
        ["00000415", D(2026, 11, 18), "Sale; CV Karya Mandiri", 3_300_000, 3_300_000],
        [None, None, None, 5_800_000, 3_300_000, 0, 2_500_000, 0],
        [],
        ["RM Padang Sederhana", None, contacts[2]],
        ["00000344", D(2026, 7, 30), "Sale; RM Padang", 1_275_000, None, None, None, 1_275_000],
        ["00000402", D(2026, 10, 30), "Sale; RM Padang", 990_000, None, 990_000],
        [None, None, None, 2_265_000, 0, 990_000, 0, 1_275_000],
        [],
        ["Grand Total:", None, None, 10_115_000, 4_250_000, 2_090_000, 2_500_000, 1_275_000],
        ["Ageing Percent:", None, None, None, "42.0%", "20.7%", "24.7%", "12.6%"],
    ]  # fmt: skip


AGED_FIGURES = figures(10_115_000, 4_875_000, 3, current=5_240_000, d1to30=3_600_000,
                       d61to90=1_275_000)  # fmt: skip
AGED_CUSTOMERS = {
    "Apotek Sehat Selalu": 2_050_000, "CV Karya Mandiri": 5_800_000,
    "RM Padang Sederhana": 2_265_000,
}  # fmt: skip


@pytest.mark.parametrize(
    "contacts",
    [
        ("031-5678123", "0812-3344-5566", "0813-2211-9080"),
        ("(031) 567 8123", "+62 812 3344 5566", "Tel: 0813 2211 9080"),
        ("apotek@sehat.co.id", "karya.mandiri@gmail.com", "0813-2211-9080"),
    ],
)
def test_a_customers_heading_with_their_phone_beside_the_name(
    tmp_path: Path, contacts: tuple[str, str, str]
) -> None:
    sheets = [("Aged Receivables Detail", _aged_detail(contacts))]
    payload = reads_to(tmp_path / "aged.xlsx", sheets, AGED_FIGURES)
    assert payload["per_customer"] == AGED_CUSTOMERS


def test_a_customers_heading_with_their_phone_in_a_csv(tmp_path: Path) -> None:
    rows = _aged_detail(("031-5678123", "0812-3344-5566", "0813-2211-9080"))
    text = "\n".join(
        ",".join("" if c is None else str(c).replace(" 00:00:00", "") for c in row) for row in rows
    )
    path = tmp_path / "Aged Receivables Detail.csv"
    path.write_text(text.replace("Sale; ", "Sale ") + "\n", encoding="utf-8")
    _, payload = summarize_files([path], AS_OF)
    assert {key: payload[key] for key in FIGURES} == AGED_FIGURES
    assert payload["per_customer"] == AGED_CUSTOMERS
