"""The message templates filled in from facts: amounts late and not yet due, the form of
address, the staff member's name."""

from __future__ import annotations

import tomllib
from datetime import date, time
from pathlib import Path

import pytest

from core.ledger import CustomerKey
from core.messages import (
    PREVIOUS_TEMPLATES,
    Templates,
    amounts_phrase,
    invoice_lines,
    load_templates,
    render_message,
    salutation,
    templates_toml,
    title_of,
    titles_from_setting,
    titles_with,
)
from core.playbook import STEP_NEEDS, History, Rules, Standing, has_need
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


def former_defaults(generation: int) -> Templates:
    """The owner's copy made when the defaults were as ``generation`` of them (0: the oldest,
    -1: the latest former), one entry per step."""
    with PREVIOUS_TEMPLATES.open("rb") as handle:
        former = tomllib.load(handle)
    return {
        lang: {step: (kept[generation] if isinstance(kept, list) else kept)
               for step, kept in steps.items()}
        for lang, steps in former.items()
    }  # fmt: skip


@pytest.mark.parametrize("generation", [0, -1])
def test_an_unedited_copy_of_the_former_defaults_takes_the_new_ones(
    tmp_path: Path, generation: int
) -> None:
    own = tmp_path / "messages.toml"
    old = templates_toml(former_defaults(generation))
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


PART_DUE = [
    invoice(1, "Toko Sentosa Prima", 2_500_000, late=67),
    invoice(2, "Toko Sentosa Prima", 2_000_000, late=-22),
]


@pytest.mark.parametrize("fee", [0, 50_000])
def test_the_firm_notice_asks_by_the_pay_by_date_only_what_is_past_due(fee: int) -> None:
    """Round 90: step 7 listed an invoice due after the pay-by date and asked "pelunasan
    paling lambat 14 Des" of all of it, where the letter asks the overdue part only."""
    said = {
        lang: render_message(
            7, name="Toko Sentosa Prima", invoices=PART_DUE, as_of=TODAY, lang=lang,
            late_fee=fee, pay_by=date(2026, 11, 30), business="Toko Grosir",
        ).body
        for lang in ("id", "en")
    }  # fmt: skip
    assert (
        "Mohon pelunasan tagihan yang sudah lewat jatuh tempo paling lambat 30 Nov 2026"
        in (said["id"])
    )
    assert "Rp 2.000.000, dibayar pada tanggal jatuh temponya masing-masing" in said["id"]
    assert "Please settle what is past due by 30 Nov 2026" in said["en"]
    assert (
        "The part not yet due, Rp 2.000.000, is payable on each invoice's own due date"
        in (said["en"])
    )
    if fee:
        assert "paling lambat tanggal itu Rp 2.550.000" in said["id"]
        assert "to pay by that date is Rp 2.550.000" in said["en"]


def test_with_everything_past_due_the_firm_notice_says_nothing_of_a_part_not_yet_due() -> None:
    for lang in ("id", "en"):
        body = render_message(7, name="Toko A", invoices=PART_DUE[:1], as_of=TODAY, lang=lang).body
        assert "belum jatuh tempo" not in body and "not yet due" not in body
        assert "Rp 0" not in body


def test_the_firm_notice_claims_no_extra_time_the_record_does_not_show() -> None:
    """Round 90: "kami sudah memberi kelonggaran waktu" to customers never contacted."""
    for lang in ("id", "en"):
        body = render_message(7, name="Toko A", invoices=PART_DUE, as_of=TODAY, lang=lang).body
        assert "kelonggaran" not in body and "extra time" not in body


@pytest.mark.parametrize(
    ("at", "id_words", "en_words"),
    [
        (time(8, 30), "Selamat pagi", "Good morning"),
        (time(13), "Selamat siang", "Good afternoon"),
        (time(16), "Selamat sore", "Good afternoon"),
        (time(19), "Selamat malam", "Good evening"),
    ],
)
def test_every_step_greets_for_the_time_the_message_is_made(
    at: time, id_words: str, en_words: str
) -> None:
    """Round 90: step 3 opened "Selamat pagi" and step 8 "Selamat siang" at the same hour."""
    greeted = {1, 2, 3, 6, 8, 9}
    for step in greeted:
        for lang, words in (("id", id_words), ("en", en_words)):
            body = render_message(step, name="Toko A", invoices=PART_DUE, as_of=TODAY,
                                  lang=lang, staff="Rina", at=at).body  # fmt: skip
            assert body.startswith(words), (step, lang, body[:40])
    for step in range(1, 10):
        body = render_message(step, name="Toko A", invoices=PART_DUE, as_of=TODAY, at=at).body
        other = {"Selamat pagi", "Selamat siang", "Selamat sore", "Selamat malam"} - {id_words}
        assert not any(words in body for words in other), step


def test_without_a_time_the_greeting_fits_any_hour() -> None:
    body = render_message(3, name="Toko A", invoices=PART_DUE, as_of=TODAY).body
    assert body.startswith("Salam Bapak/Ibu di Toko A.")


def test_an_unedited_copy_of_the_defaults_before_the_greeting_rule_greets_by_the_hour(
    tmp_path: Path,
) -> None:
    own = tmp_path / "messages.toml"
    own.write_text(templates_toml(former_defaults(-1)), "utf-8")
    body = render_message(3, name="Toko A", invoices=PART_DUE, as_of=TODAY, at=time(19),
                          templates=load_templates(own)).body  # fmt: skip
    assert body.startswith("Selamat malam")
    edited = templates_toml(former_defaults(-1)).replace(
        "Selamat pagi {sapaan}. Dengan", "Pagi {sapaan}. Dengan"
    )
    own.write_text(edited, "utf-8")
    body = render_message(3, name="Toko A", invoices=PART_DUE, as_of=TODAY, at=time(19),
                          templates=load_templates(own)).body  # fmt: skip
    assert body.startswith("Pagi Bapak/Ibu di Toko A.")  # the owner's own words stay


@pytest.mark.parametrize("step", range(1, 10))
def test_the_english_bill_is_never_of_an_amount(step: int) -> None:
    """Round 90: "Toko A's bill is of Rp 7.500.000"."""
    for variant in range(4):
        body = render_message(step, name="Toko A", invoices=PART_DUE, as_of=TODAY, lang="en",
                              staff="Rina", variant=variant).body  # fmt: skip
        assert " is of " not in body and "bill is Rp" not in body


# Words that say something was done before: a contact ("lagi", "again"), more time given, a
# reminder or a promise. A message may say so only when the record shows it.
EARLIER = {
    "id": ("lagi", "kelonggaran", "berkali", "sudah kami", "sudah mengingatkan", "janji"),
    "en": (" again", "another reminder", "extra time", "reminded", "several times", "promise"),
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_template_speaks_of_an_earlier_contact_only_where_the_playbook_needs_one(
    lang: str,
) -> None:
    """Round 93's rule for the messages: they claim no fact the record does not show. Step 4's
    jokes ("Maaf ya kami menghubungi lagi", "another reminder", "Kalau mau janji") speak of an
    earlier contact, and the playbook gives step 4 only after one (``STEP_NEEDS``: a contact
    logged or a promise broken, else step 3); no other step's words speak of one."""
    templates = load_templates()
    speaking = set()
    for step, entry in templates[lang].items():
        bodies = entry.get("bodies") or [entry["body"]]
        if any(word in body for body in bodies for word in EARLIER[lang]):
            speaking.add(int(step))
    assert speaking == {4}
    assert STEP_NEEDS[4].need == "earlier_contact"
    assert not has_need("earlier_contact", History(), Standing(), Rules())
    assert has_need("earlier_contact", History(last_contact=date(2026, 11, 1)), Standing(), Rules())
