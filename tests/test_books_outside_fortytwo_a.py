"""Round 42 of the outside testers (fixer 42): each book written by hand with its figures
worked out on paper as of 22 Nov 2026 (default term 30 days: a sale of 1 Oct is due 31 Oct,
22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, _xlsx, figures, reads_to

Entry = tuple[D, str, str | None, int | None, int | None]


def _card(title: str, header: list[str], entries: list[Entry]) -> list[list[object]]:
    """A card under its title line, its Saldo run from its Debet and Kredit."""
    rows: list[list[object]] = [[title], header]
    saldo = 0
    for day, note, number, debet, kredit in entries:
        saldo += (debet or 0) - (kredit or 0)
        rows.append([day, note, number, debet, kredit, saldo])
    return rows


LETTERS = ["Tgl", "Uraian", "No. Bukti", "D", "K", "S"]
# Toko Kencana: FJ-221 3,300,000 paid in full 14 Oct; FJ-240 2,150,000 of 1 Oct due 31 Oct
# (22 days late); FJ-266 1,870,000 of 3 Nov due 3 Dec (current): 4,020,000.
KENCANA: list[Entry] = [
    (D(2026, 9, 15), "Penjualan", "FJ-221", 3_300_000, None),
    (D(2026, 10, 1), "Penjualan", "FJ-240", 2_150_000, None),
    (D(2026, 10, 14), "Pelunasan FJ-221", "BKM-31", None, 3_300_000),
    (D(2026, 11, 3), "Penjualan", "FJ-266", 1_870_000, None),
]
# UD Mitra Tani: FJ-245 7,600,000 of 5 Oct less 2,600,000 and 2,000,000 = 3,000,000, due
# 4 Nov (18 days late).
MITRA_TANI: list[Entry] = [
    (D(2026, 10, 5), "Penjualan", "FJ-245", 7_600_000, None),
    (D(2026, 10, 30), "Bayar", "BKM-40", None, 2_600_000),
    (D(2026, 11, 15), "Bayar", "BKM-52", None, 2_000_000),
]
KENCANA_CARD = _card("Kartu Piutang: Toko Kencana", LETTERS, KENCANA)


def test_every_card_headed_in_single_letters_is_read(tmp_path: Path) -> None:
    # Round 42 distributor_kartu_dks: only the first sheet's "D | K | S" was read as Debet,
    # Kredit, Saldo; Mitra Tani was left aside ("tidak ada baris judul kolom"), 4,020,000 for
    # 7,020,000 silently. 4,020,000 + 3,000,000 = 7,020,000; overdue 2,150,000 + 3,000,000.
    sheets = [
        ("Kencana", KENCANA_CARD),
        ("Mitra Tani", _card("Kartu Piutang: UD Mitra Tani", LETTERS, MITRA_TANI)),
    ]
    expected = figures(7_020_000, 5_150_000, 2, current=1_870_000, d1to30=5_150_000)
    payload = reads_to(tmp_path / "kartu_dks.xlsx", sheets, expected)
    assert payload["per_customer"] == {"Toko Kencana": 4_020_000, "UD Mitra Tani": 3_000_000}
    assert not payload["ignored_sheets"]


def test_a_card_whose_header_is_not_read_beside_cards_read_refuses_the_file(
    tmp_path: Path,
) -> None:
    # The same book with Mitra Tani's card headed in words Tagih does not know: left aside
    # beside Kencana's card read, her 3,000,000 would vanish from the total unsaid. The file
    # is refused, naming the sheet and its customer.
    # ("Mutasi + | Mutasi -" is read since round 69: the debit and the credit.)
    unknown = ["Tgl", "Uraian", "Ref", "Naik", "Turun", "Akhir"]
    sheets = [
        ("Kencana", KENCANA_CARD),
        ("Mitra Tani", _card("Kartu Piutang: UD Mitra Tani", unknown, MITRA_TANI)),
    ]
    path = tmp_path / "kartu.xlsx"
    _xlsx(path, sheets)
    batch, _ = summarize_files([path], AS_OF)
    assert [error.code for error in batch.errors] == ["unread_card"]
    assert "'Mitra Tani' (UD Mitra Tani)" in batch.errors[0].message("id")


def test_a_notes_sheet_beside_the_cards_is_left_aside_as_before(tmp_path: Path) -> None:
    # Look-alike: a sheet of the owner's notes with figures and no title naming a customer
    # beside the cards is no card: listed as ignored, the cards read (Kencana 4,020,000).
    notes = [["Target tagihan November", 5_000_000], ["Telepon sales", "0812-3456-7890"]]
    sheets = [("Kencana", KENCANA_CARD), ("Catatan", notes)]
    expected = figures(4_020_000, 2_150_000, 1, current=1_870_000, d1to30=2_150_000)
    payload = reads_to(tmp_path / "kartu.xlsx", sheets, expected)
    assert [s["sheet"] for s in payload["ignored_sheets"]] == ["Catatan"]


CATERING = ["Tanggal", "Keterangan", "No. Nota", "Debet", "Kredit", "Saldo"]
# PT Garuda Logistik: CT-38 3,600,000 paid by the transfer of 10 Nov; CT-51 4,200,000 of
# 2 Nov due 2 Dec (current).
GARUDA = _card(
    "Pelanggan : PT Garuda Logistik",
    CATERING,
    [
        (D(2026, 10, 3), "Makan siang rapat", "CT-38", 3_600_000, None),
        (D(2026, 11, 2), "Snack box seminar", "CT-51", 4_200_000, None),
        (D(2026, 11, 10), "Transfer", None, None, 3_600_000),
    ],
)


def test_a_customer_named_for_her_arisan_group_keeps_her_card(tmp_path: Path) -> None:
    # Round 42 catering_kartu_kelebihan: "Arisan" in the customer's name (her sheet "Bu Ambar
    # (Arisan RT)", her title "Pelanggan : Bu Ambar (Arisan RT)") set her card aside as a
    # savings book; her credit of 150,000 was lost (owing, her debt would have gone unsaid).
    # Saldo awal 600,000 + CT-31 2,500,000 paid by 3,100,000; 1,000,000 pays CT-44 850,000
    # and leaves 150,000 her credit. PT Garuda owes 4,200,000 (current).
    ambar = _card(
        "Pelanggan : Bu Ambar (Arisan RT)",
        CATERING,
        [
            (D(2026, 9, 1), "Saldo awal", None, 600_000, None),
            (D(2026, 9, 20), "Nasi box 100", "CT-31", 2_500_000, None),
            (D(2026, 10, 5), "Bayar", None, None, 3_100_000),
            (D(2026, 10, 28), "Tumpeng 2 set", "CT-44", 850_000, None),
            (D(2026, 11, 6), "Bayar transfer", None, None, 1_000_000),
        ],
    )
    ambar.insert(0, ["CATERING PRASMANAN SARI RASA"])
    sheets = [("Bu Ambar (Arisan RT)", ambar), ("PT Garuda Logistik", GARUDA)]
    expected = figures(4_200_000, 0, 1, {"Bu Ambar (Arisan RT)": 150_000}, current=4_200_000)
    payload = reads_to(tmp_path / "catering.xlsx", sheets, expected)
    assert not payload["ignored_sheets"]


def test_an_arisan_groups_savings_named_by_a_label_stay_savings(tmp_path: Path) -> None:
    # Look-alike: the savings of an arisan group the shop keeps, "Nama : Arisan PKK RT 03" on
    # its sheet "Arisan PKK", a passbook's slips ("No. Bukti") beside its Debet withdrawals:
    # no sales, set aside as savings. PT Garuda alone owes 4,200,000.
    savings = _card(
        "Nama : Arisan PKK RT 03",
        ["Tanggal", "Keterangan", "No. Bukti", "Debet", "Kredit", "Saldo"],
        [
            (D(2026, 9, 1), "Setoran", "BS-01", None, 500_000),
            (D(2026, 10, 1), "Setoran", "BS-02", None, 500_000),
            (D(2026, 10, 15), "Penarikan", "BS-03", 300_000, None),
        ],
    )
    sheets = [("PT Garuda Logistik", GARUDA), ("Arisan PKK", savings)]
    expected = figures(4_200_000, 0, 1, current=4_200_000)
    payload = reads_to(tmp_path / "catering.xlsx", sheets, expected)
    [aside] = payload["ignored_sheets"]
    assert aside["sheet"] == "Arisan PKK" and "'Arisan PKK'" in aside["reason"]


def _month(name: str, label: str, rows: list[list[object]]) -> list[list[object]]:
    return [
        [f"GROSIR SEMBAKO SRI REJEKI - {name.upper()} 2026"],
        [],
        ["Tgl", "No Nota", label, "Total Belanja", "Dibayar", "Sisa"],
        *rows,
    ]


def test_a_customer_column_of_shops_and_warungs_is_the_customer(tmp_path: Path) -> None:
    # Round 42 grosir_sembako_bulanan: "Nama Toko/Warung" (and "Toko/Warung", "Nama Toko /
    # Warung") was no column Tagih knew: the book was refused for having no customer column.
    # Warung Bu Tini GS-091 620,000 left of 3 Sep, due 3 Oct (50 days late), GS-104 1,960,000
    # of 7 Oct, due 6 Nov (16 days); Kios Pak Amir GS-085 780,000 of 19 Aug, due 18 Sep
    # (65 days). 3,360,000 in all, all overdue.
    for label in ("Nama Toko/Warung", "Toko/Warung", "Nama Toko / Warung"):
        sheets = [
            (
                "September",
                _month(
                    "September",
                    label,
                    [
                        [D(2026, 8, 19), "GS-085", "Kios Pak Amir", 1_780_000, 1_000_000, 780_000],
                        [D(2026, 9, 3), "GS-091", "Warung Bu Tini", 2_120_000, 1_500_000, 620_000],
                    ],
                ),
            ),
            (
                "Oktober",
                _month(
                    "Oktober",
                    label,
                    [[D(2026, 10, 7), "GS-104", "warung bu tini", 1_960_000, 0, 1_960_000]],
                ),
            ),
        ]
        expected = figures(
            3_360_000, 3_360_000, 2, d1to30=1_960_000, d31to60=620_000, d61to90=780_000
        )
        payload = reads_to(tmp_path / "grosir.xlsx", sheets, expected)
        assert payload["per_customer"] == {"Warung Bu Tini": 2_580_000, "Kios Pak Amir": 780_000}


def test_a_kind_of_shop_beside_the_customer_is_no_customer(tmp_path: Path) -> None:
    # Look-alike: "Toko/Warung" holding each customer's kind of shop before the "Pelanggan"
    # column: the customer is Pelanggan's. Bu Tini 1,960,000 of 7 Oct (16 days late), Pak
    # Amir 780,000 of 19 Aug (65 days).
    sheet = [
        ["Tgl", "No Nota", "Toko/Warung", "Pelanggan", "Total Belanja", "Sisa"],
        [D(2026, 8, 19), "GS-085", "Kios", "Pak Amir", 1_780_000, 780_000],
        [D(2026, 10, 7), "GS-104", "Warung", "Bu Tini", 1_960_000, 1_960_000],
    ]
    expected = figures(2_740_000, 2_740_000, 2, d1to30=1_960_000, d61to90=780_000)
    payload = reads_to(tmp_path / "grosir.xlsx", [("Nota", sheet)], expected)
    assert payload["per_customer"] == {"Bu Tini": 1_960_000, "Pak Amir": 780_000}
