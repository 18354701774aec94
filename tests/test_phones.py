"""Phone cells as owners type them, and the links each number gets (core.phones): WhatsApp for
a mobile number with its own country code, a call link for a landline, each number of a cell
with several, nothing for what is not a number."""

from __future__ import annotations

import pytest

from core.daily import actions_payload, daily_list
from core.ledger import build_ledger
from core.messages import whatsapp_url
from core.phones import phones, whatsapp_number
from tests.factories import invoice

WA = "wa"  # WhatsApp and a call link
TEL = "tel"  # a call link only
NONE = "-"  # shown as written, no link

# (as written in the book, [(link kind, country code and number) per number offered])
# fmt: off
TABLE: list[tuple[str, list[tuple[str, str | None]]]] = [
    # Indonesian mobile numbers, every spelling
    ("0812-3456-7890", [(WA, "6281234567890")]),
    ("0812 3456 7890", [(WA, "6281234567890")]),
    ("081234567890", [(WA, "6281234567890")]),
    ("0812.3456.7890", [(WA, "6281234567890")]),
    ("(0812) 3456-7890", [(WA, "6281234567890")]),
    ("+62 812 3456 7890", [(WA, "6281234567890")]),
    ("+6281234567890", [(WA, "6281234567890")]),
    ("62 812-3456-7890", [(WA, "6281234567890")]),
    ("6281234567890", [(WA, "6281234567890")]),
    ("0062 812 3456 7890", [(WA, "6281234567890")]),
    ("+62 (0) 812 3456 7890", [(WA, "6281234567890")]),
    ("62-0812-3456-7890", [(WA, "6281234567890")]),
    ("81234567890", [(WA, "6281234567890")]),  # a number cell that lost its 0
    ("0811 123 456", [(WA, "62811123456")]),  # ten digits
    ("WA 0857-1234-5678", [(WA, "6285712345678")]),
    ("0857-1234-5678 (WA)", [(WA, "6285712345678")]),
    # a last group starting with 00 is part of the number, not a foreign number after it
    ("0812-1111-0013", [(WA, "6281211110013")]),
    ("0812-1111-0010", [(WA, "6281211110010")]),
    ("0813-2210-0015", [(WA, "6281322100015")]),
    ("0812-3456-0015", [(WA, "6281234560015")]),
    ("0812 1111 0013", [(WA, "6281211110013")]),
    ("0812.1111.0013", [(WA, "6281211110013")]),
    ("(0812) 1111-0013", [(WA, "6281211110013")]),
    ("+62 812 1111 0013", [(WA, "6281211110013")]),
    ("0812-1111-0013 / 0065 9123 4567", [(WA, "6281211110013"), (WA, "6591234567")]),
    # Indonesian landlines and toll-free: a call, never WhatsApp
    ("021-5551234", [(TEL, "62215551234")]),
    ("(021) 555 1234", [(TEL, "62215551234")]),
    ("+62 21 5551234", [(TEL, "62215551234")]),
    ("0274 512345", [(TEL, "62274512345")]),
    ("0800 1234 567", [(TEL, "628001234567")]),
    # Singapore, Malaysia and further: their own country code
    ("+65 9123 4567", [(WA, "6591234567")]),
    ("+6591234567", [(WA, "6591234567")]),
    ("0065 9123 4567", [(WA, "6591234567")]),
    ("+65 6123 4567", [(TEL, "6561234567")]),  # a Singapore landline
    ("+60 12-345 6789", [(WA, "60123456789")]),
    ("+60 3-2161 2345", [(TEL, "60321612345")]),  # Kuala Lumpur landline
    ("+44 7911 123456", [(WA, "447911123456")]),
    # two numbers in a cell: each offered
    ("0812-1111-2222 / 0813 3333 4444", [(WA, "6281211112222"), (WA, "6281333334444")]),
    ("0812 1111 2222, 0813 3333 4444", [(WA, "6281211112222"), (WA, "6281333334444")]),
    ("0812 1111 2222 atau 021 5551234", [(WA, "6281211112222"), (TEL, "62215551234")]),
    ("HP 0812-1111-2222; kantor (021) 555-1234", [(WA, "6281211112222"), (TEL, "62215551234")]),
    ("0812 1111 2222\n+65 9123 4567", [(WA, "6281211112222"), (WA, "6591234567")]),
    ("0812 3456 7890 0813 1111 2222", [(WA, "6281234567890"), (WA, "6281311112222")]),
    ("0812 1111 2222 0065 9123 4567", [(WA, "6281211112222"), (WA, "6591234567")]),
    ("HP 0065 9123 4567", [(WA, "6591234567")]),
    # three or more numbers with only spaces between: each offered
    ("0812 1111 2222 0813 3333 4444 0814 5555 6666",
     [(WA, "6281211112222"), (WA, "6281333334444"), (WA, "6281455556666")]),
    ("0812 1111 2222 021 555 1234 0815 7777 8888 0816 1234 5678",
     [(WA, "6281211112222"), (TEL, "62215551234"), (WA, "6281577778888"), (WA, "6281612345678")]),
    ("081211112222 081333334444 081455556666",
     [(WA, "6281211112222"), (WA, "6281333334444"), (WA, "6281455556666")]),
    ("0812-1111-2222 / 12", [(WA, "6281211112222"), (NONE, None)]),
    # what is not a number: shown as written, no link
    ("12", [(NONE, None)]),
    ("0812345", [(NONE, None)]),
    ("08xx-xxxx", [(NONE, None)]),
    ("belum ada", [(NONE, None)]),
    ("0812-3456-789O", [(NONE, None)]),
    ("-", [(NONE, None)]),
    ("9123 4567", [(NONE, None)]),  # a Singapore number written without +65
    ("0812 3456 7890 12", [(NONE, None)]),  # a number and a stray "12": not two numbers
]
# fmt: on


def _kind(digits: str | None, mobile: bool) -> str:
    return NONE if digits is None else WA if mobile else TEL


@pytest.mark.parametrize(("written", "expected"), TABLE, ids=[w for w, _ in TABLE])
def test_each_spelling_gets_its_links(written: str, expected: list[tuple[str, str | None]]) -> None:
    found = phones(written)
    assert [(_kind(p.digits, p.mobile), p.digits) for p in found] == expected
    for phone, (kind, digits) in zip(found, expected, strict=True):
        assert phone.written and phone.written in written  # shown as the book writes it
        assert phone.tel_url == (f"tel:+{digits}" if digits else None)
        wa = phone.whatsapp_url("Halo Bu")
        assert wa == (f"https://wa.me/{digits}?text=Halo%20Bu" if kind == WA else None)
    first_wa = next((d for k, d in expected if k == WA), None)
    assert whatsapp_number(written) == first_wa
    assert whatsapp_url(written, "x") == (f"https://wa.me/{first_wa}?text=x" if first_wa else None)


def test_the_table_covers_at_least_thirty_spellings() -> None:
    assert len(TABLE) >= 30


def test_an_empty_cell_offers_nothing() -> None:
    assert phones(None) == phones("") == phones("   ") == ()
    assert whatsapp_url(None, "x") is None


def test_todays_list_links_a_landline_to_no_whatsapp() -> None:
    """The daily list's WhatsApp link follows the same reading (the command line's too)."""
    from datetime import date

    today = date(2026, 11, 23)
    invoices = [
        invoice(f"INV-{i}", name, late=30, as_of=today, row=i + 2, phone=phone)
        for i, (name, phone) in enumerate(
            [("Toko A", "+65 9123 4567"), ("Toko B", "021-5551234"), ("Toko C", "0812 1111 2222")]
        )
    ]  # fmt: skip
    rows = {r["customer"]: r for r in actions_payload(daily_list(build_ledger(invoices), today))}
    assert str(rows["Toko A"]["whatsapp_url"]).startswith("https://wa.me/6591234567?")
    assert rows["Toko B"]["whatsapp_url"] is None
    assert rows["Toko B"]["phones"] == [
        {"number": "021-5551234", "whatsapp_url": None, "tel_url": "tel:+62215551234"}
    ]
    assert str(rows["Toko C"]["whatsapp_url"]).startswith("https://wa.me/6281211112222?")
