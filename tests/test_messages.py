"""The message templates filled in from facts: amounts late and not yet due, the form of
address, the staff member's name."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from core.ledger import CustomerKey
from core.messages import (
    PREVIOUS_TEMPLATES,
    amounts_phrase,
    invoice_lines,
    load_templates,
    render_message,
    salutation,
    title_of,
    titles_from_setting,
    titles_with,
)
from tests.factories import invoice

TODAY = date(2026, 11, 23)


SRI = [
    invoice(1, "Bu Sri Wahyuni", 84_930_000, late=200),
    invoice(2, "Bu Sri Wahyuni", 21_251_000, late=-10),
]


@pytest.mark.parametrize(
    ("total", "overdue", "lang", "phrase"),
    [
        (3_200_000, 3_200_000, "id", "sebesar Rp 3.200.000, sudah lewat jatuh tempo"),
        (3_200_000, 0, "id", "sebesar Rp 3.200.000, belum lewat jatuh tempo"),
        (
            106_181_000,
            84_930_000,
            "id",
            "sebesar Rp 106.181.000: Rp 84.930.000 sudah lewat jatuh tempo, "
            "Rp 21.251.000 lagi belum jatuh tempo",
        ),
        (3_200_000, 3_200_000, "en", "of Rp 3.200.000, all past due"),
        (5_000, 3_000, "en", "of Rp 5.000: Rp 3.000 past due, another Rp 2.000 not yet due"),
    ],
)
def test_the_amounts_are_said_once_and_the_not_yet_due_part_by_name(
    total: int, overdue: int, lang: str, phrase: str
) -> None:
    assert amounts_phrase(total, overdue, lang) == phrase


@pytest.mark.parametrize("step", [3, 4, 5, 6, 7, 8, 9])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_not_yet_due_part_is_never_called_late(step: int, lang: str) -> None:
    body = render_message(step, name="Bu Sri Wahyuni", invoices=SRI, as_of=TODAY, lang=lang,
                          staff="Rina").body  # fmt: skip
    assert "Rp 84.930.000" in body and "Rp 21.251.000" in body
    assert "sudah cukup lama" not in body and "has been open for some time" not in body
    if lang == "id":
        assert "Rp 21.251.000 lagi belum jatuh tempo" in body


@pytest.mark.parametrize("step", [3, 4, 5, 6, 7, 8, 9])
def test_an_all_overdue_total_is_said_once(step: int) -> None:
    invoices = [invoice(1, "Toko A", 1_200_000, late=40), invoice(2, "Toko A", 2_000_000, late=20)]
    body = render_message(
        step, name="Toko A", invoices=invoices, as_of=TODAY, staff="Rina", late_fee=10_000
    ).body
    sentences = "\n".join(line for line in body.splitlines() if not line.startswith("- "))
    assert sentences.count("Rp 3.200.000") == 1
    assert "di antaranya" not in body


@pytest.mark.parametrize(
    ("name", "lang", "title", "short", "greeting"),
    [
        ("Pak Budi", "id", None, "Pak", "Pak Budi"),
        ("Bapak Hadi", "id", None, "Bapak", "Bapak Hadi"),
        ("Bu Sri Wahyuni", "id", None, "Bu", "Bu Sri Wahyuni"),
        ("ibu Ani", "id", None, "Ibu", "ibu Ani"),
        ("Siti Aminah", "id", None, "Bapak/Ibu", "Bapak/Ibu Siti Aminah"),
        ("Toko Makmur", "id", None, "Bapak/Ibu", "Bapak/Ibu di Toko Makmur"),
        ("Warung Bu Yati", "id", None, "Bapak/Ibu", "Bapak/Ibu di Warung Bu Yati"),
        ("Siti Aminah", "id", "Bu", "Bu", "Bu Siti Aminah"),
        ("Pak Budi", "en", None, "Sir", "Pak Budi"),
        ("Siti Aminah", "en", None, "Sir/Madam", "Sir/Madam Siti Aminah"),
    ],
)
def test_the_form_of_address_comes_from_the_name_or_the_owner(
    name: str, lang: str, title: str | None, short: str, greeting: str
) -> None:
    assert title_of(name, lang, title) == short
    assert salutation(name, lang, title) == greeting


@pytest.mark.parametrize("name", ["Pak Budi", "Bu Sri Wahyuni", "Bapak Hadi", "Ibu Ani"])
@pytest.mark.parametrize("variant", range(4))
def test_a_titled_name_never_gets_a_guess_beside_it(name: str, variant: int) -> None:
    body = render_message(4, name=name, invoices=[invoice(1, name, 500_000, late=6)], as_of=TODAY,
                          variant=variant).body  # fmt: skip
    assert "Pak/Bu" not in body and "Bapak/Ibu" not in body


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_template_guesses_a_title(lang: str) -> None:
    templates = load_templates()
    for entry in templates[lang].values():
        for body in entry.get("bodies") or [entry.get("body", "")]:
            assert "Pak/Bu" not in body and "Sir/Madam" not in body


@pytest.mark.parametrize(("lang", "words"), [("id", "Saya Rina Kusuma dari"), ("en", "I am Rina")])
def test_the_finance_staff_step_speaks_as_the_named_staff_member(lang: str, words: str) -> None:
    bills = [invoice(1, "Toko A", 500_000, late=40)]
    body = render_message(6, name="Toko A", invoices=bills, as_of=TODAY, lang=lang,
                          staff="Rina Kusuma").body  # fmt: skip
    assert words in body
    assert "Saya dari bagian keuangan" not in body


def test_the_owners_choice_of_address_is_kept_per_customer() -> None:
    titles = titles_from_setting({"Siti Aminah": "Bu", "Toko A": "Juragan", "b": 1})
    assert titles == {"siti aminah": "Bu"}
    assert titles_with(titles, CustomerKey("toko a"), "Pak") == {
        "siti aminah": "Bu",
        "toko a": "Pak",
    }
    assert titles_with(titles, CustomerKey("siti aminah"), None) == {}
    bills = [invoice(1, "Siti Aminah", 500_000, late=2)]
    body = render_message(3, name="Siti Aminah", invoices=bills, as_of=TODAY,
                          title=titles["siti aminah"]).body  # fmt: skip
    assert "Bu Siti Aminah" in body and "Bapak/Ibu" not in body


def test_an_unedited_copy_of_the_former_defaults_takes_the_new_ones(tmp_path: Path) -> None:
    own = tmp_path / "messages.toml"
    old = PREVIOUS_TEMPLATES.read_text("utf-8")
    edited = "Kami memahami mungkin usaha sedang kurang lancar."
    assert old.count(edited) == 1
    own.write_text(old.replace(edited, "Saya paham usaha sedang sepi."), "utf-8")  # step 8 only
    templates, defaults = load_templates(own), load_templates()
    assert "Saya paham usaha sedang sepi." in templates["id"]["8"]["body"]  # the owner's own
    assert {**templates["id"], "8": defaults["id"]["8"]} == defaults["id"]
    assert templates["en"] == defaults["en"]
    body = render_message(9, name="Bu Sri Wahyuni", invoices=SRI, as_of=TODAY, templates=templates)
    assert "sudah cukup lama" not in body.body


def test_with_no_fee_the_firm_notice_keeps_its_greeting_amounts_and_list() -> None:
    """Only the sentence about a fee goes: the greeting, the amounts and the invoices stay."""
    invoices = [invoice(1, "Pak Teguh", 1_250_000, late=40)]
    body = render_message(
        7, name="Pak Teguh", invoices=invoices, as_of=TODAY, late_fee=0, business="Toko X"
    ).body
    assert "Pak Teguh" in body and "Rp 1.250.000" in body and "F1" in body
    assert "denda" not in body.lower() and "Mohon pelunasan" in body


@pytest.mark.parametrize("step", [2, 3, 4, 5, 6, 7, 8, 9])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_with_no_shop_name_saved_a_message_is_signed_by_nobody(step: int, lang: str) -> None:
    # Round 85: every message was signed "Toko kami" ("our shop") until a name was saved,
    # where the README promises no shop signature (nothing goes out signed by a made-up shop).
    message = render_message(step, name="Bu Sri Wahyuni", invoices=SRI, as_of=TODAY, lang=lang,
                             staff="Rina")  # fmt: skip
    for text in (message.subject, message.body):
        assert "Toko kami" not in text and "our shop" not in text and "{usaha}" not in text
        assert ", ." not in text and ",." not in text
    signed = render_message(step, name="Bu Sri Wahyuni", invoices=SRI, as_of=TODAY, lang=lang,
                            staff="Rina", business="Toko Sumber Rejeki")  # fmt: skip
    assert "Toko Sumber Rejeki" in signed.body


def test_an_opening_balance_is_listed_as_saldo_awal() -> None:
    # Round 90: a message listed Toko Sinar Jaya's opening balance as "(tanpa nomor)".
    opening = invoice("", "Toko Sinar Jaya", 2_000_000, 1_000_000, due=date(2026, 9, 1),
                      due_source="opening")  # fmt: skip
    other = invoice("", "Toko Sinar Jaya", 500_000, 0, due=date(2026, 9, 2))
    assert invoice_lines([opening, other]).splitlines() == [
        "- Saldo awal, jatuh tempo 1 Sep 2026: Rp 1.000.000",
        "- (tanpa nomor), jatuh tempo 2 Sep 2026: Rp 500.000",
    ]
    assert invoice_lines([opening], "en") == "- Opening balance, due 1 Sep 2026: Rp 1.000.000"
