"""The reminder letter: a real one-page PDF whose total is the customer's outstanding."""

from datetime import date, datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from core import services
from core.access import OWNER_AT_PC
from core.aging import customer_balances
from core.cli import main
from core.documents.base import BusinessInfo
from core.documents.letters import NothingOverdueError, reminder_letter_pdf, somasi_pdf
from core.latefee import LateFeePolicy
from core.ledger import customer_key
from core.letters import (
    SomasiSent,
    record_somasi,
    somasi_offered,
    somasi_plan,
    somasi_sent,
)
from core.money import format_rupiah
from core.payinfo import PAYMENT_SETTING, make_details
from core.pdftext import shorten
from core.playbook import History
from core.settings import BUSINESS, LATE_FEE
from core.store import Store
from core.timeline import timeline
from tests.factories import SAMPLE, book, invoice, payment
from tests.helpers import write_xlsx

TODAY = date(2026, 11, 23)


def ledger_of(count: int, name: str = "CV Sinar Abadi"):  # type: ignore[no-untyped-def]
    return book(
        *(
            invoice(f"SR/2608/{n:04d}", name, 1_250_000 + n * 1000, late=10 + n, row=n + 2)
            for n in range(count)
        )
    )


def text_of(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(BytesIO(pdf))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize("firm", [False, True])
def test_fifteen_invoices_fit_one_page_and_the_total_is_the_outstanding(firm: bool) -> None:
    ledger = ledger_of(15)
    key = customer_key("CV Sinar Abadi")
    pdf = reminder_letter_pdf(
        ledger,
        key,
        TODAY,
        firm=firm,
        business=BusinessInfo("Toko Maju"),
        policy=LateFeePolicy(kind="percent", grace_days=7),
    )
    pages, text = text_of(pdf)
    assert pages == 1
    [balance] = customer_balances(ledger, TODAY)
    assert format_rupiah(balance.outstanding) in text
    assert "CV Sinar Abadi" in text and "Toko Maju" in text
    assert ("SURAT PEMBERITAHUAN" in text) == firm
    assert ("denda" in text) == firm
    assert "23 Nov 2026" in text


def test_english_letter() -> None:
    pdf = reminder_letter_pdf(ledger_of(2), customer_key("CV Sinar Abadi"), TODAY, lang="en")
    assert "PAYMENT REMINDER" in text_of(pdf)[1]


@pytest.mark.parametrize("firm", [False, True])
@pytest.mark.parametrize("name", ["CV " + "Sinar Abadi " * 1400, "CV" + "x" * 16_000])
def test_a_very_long_name_is_shortened_and_the_letter_comes_at_once(firm: bool, name: str) -> None:
    ledger = ledger_of(3, name)
    pdf = reminder_letter_pdf(ledger, customer_key(name), TODAY, firm=firm)
    pages, text = text_of(pdf)
    flat = "".join(text.split())
    assert pages == 1
    assert shorten(name).endswith("…") and "".join(shorten(name).split()) in flat
    assert "".join(name[:200].split()) not in flat


def test_a_firm_letter_demands_no_fee_the_owner_never_set() -> None:
    """The late fee is off until the owner sets it: the firm letter then names no denda."""
    pdf = reminder_letter_pdf(
        ledger_of(3), customer_key("CV Sinar Abadi"), TODAY, firm=True, business=BusinessInfo("X")
    )
    text = text_of(pdf)[1].lower()
    assert "surat pemberitahuan" in text
    assert "denda" not in text


# The somasi.


def mixed_ledger():  # type: ignore[no-untyped-def]
    """Two invoices past due and one not yet due, for one customer."""
    rows = [
        ("S-1", TODAY - timedelta(days=100), 4_000_000),
        ("S-2", TODAY - timedelta(days=95), 2_500_000),
        ("S-3", TODAY + timedelta(days=10), 1_750_000),
    ]
    return book(
        *(
            invoice(number, "Toko Sinar Jaya", amount, due=due, row=n + 2)
            for n, (number, due, amount) in enumerate(rows)
        )
    )


def test_a_somasi_names_the_overdue_invoices_the_amount_and_the_deadline() -> None:
    key = customer_key("Toko Sinar Jaya")
    deadline = TODAY + timedelta(days=10)
    pages, text = text_of(
        somasi_pdf(mixed_ledger(), key, TODAY, number=1, deadline=deadline,
                   business=BusinessInfo("Toko Maju", "Jl. Kapasan 1, Surabaya"))
    )  # fmt: skip
    flat = " ".join(text.split())
    assert pages == 1
    assert "SOMASI I" in flat and "SOMASI II" not in flat
    assert "S-1" in flat and "S-2" in flat and "S-3" not in flat  # not yet due: not demanded
    assert "melunasi Rp 6.500.000 paling lambat 3 Des 2026 (10 hari" in flat
    assert "Rp 1.750.000 belum jatuh tempo" in flat
    assert "Somasi II" in flat  # what follows
    assert "denda" not in flat.lower()  # the fee is off by default


def test_somasi_three_is_the_last_and_refers_to_the_one_before() -> None:
    key = customer_key("Toko Sinar Jaya")
    before = SomasiSent(2, TODAY - timedelta(days=8), TODAY - timedelta(days=1))
    _, text = text_of(
        somasi_pdf(mixed_ledger(), key, TODAY, number=3, deadline=TODAY + timedelta(days=7),
                   previous=before, lang="en")
    )  # fmt: skip
    flat = " ".join(text.split())
    assert "FORMAL DEMAND (SOMASI) III (FINAL)" in flat
    assert "Further to our Somasi II of 15 Nov 2026" in flat
    assert "by 30 Nov 2026" in flat and "District Court" in flat


def test_a_somasi_with_the_fee_on_demands_it_apart_from_the_debt() -> None:
    key = customer_key("Toko Sinar Jaya")
    policy = LateFeePolicy(kind="percent", grace_days=7)
    _, text = text_of(
        somasi_pdf(mixed_ledger(), key, TODAY, number=1, deadline=TODAY + timedelta(days=7),
                   policy=policy)
    )  # fmt: skip
    flat = " ".join(text.split())
    assert "denda sebesar" in flat


def test_the_somasi_is_offered_from_the_firm_notice_on() -> None:
    assert [somasi_offered(step, 1) for step in range(1, 10)] == [False] * 6 + [True] * 3
    assert not somasi_offered(8, 0)


def test_somasi_numbers_count_up_after_each_deadline_and_stop_after_three(
    tmp_path: Path,
) -> None:
    store = Store(tmp_path / "db.sqlite3")
    key = customer_key("Toko Sinar Jaya")
    day = TODAY
    assert somasi_plan(store.events(), key, day).number == 1
    for number in (1, 2, 3):
        plan = somasi_plan(store.events(), key, day)
        assert plan.number == number and not plan.reprint
        assert (plan.previous.number if plan.previous else None) == (number - 1 or None)
        deadline = day + timedelta(days=7)
        for _ in range(2):  # downloaded twice: recorded once
            record_somasi(store, key, name="Toko Sinar Jaya", number=number, on=day,
                          deadline=deadline, total=6_500_000, step=7,
                          at=datetime(2026, 11, 23, 9))  # fmt: skip
        assert len(somasi_sent(store.events(), key)) == number
        # Until the deadline the same somasi is printed again, with its own deadline.
        again = somasi_plan(store.events(), key, deadline)
        assert again.number == number and again.current is not None
        assert again.current.deadline == deadline
        day = deadline + timedelta(days=1)
    done = somasi_plan(store.events(), key, day)
    assert done.number is None and done.previous is not None and done.previous.number == 3
    # Another customer and other letters do not count.
    store.add_event("letter", key, datetime(2026, 11, 23), {"step": 5, "total": "1"})
    assert somasi_plan(store.events(), customer_key("Bu Ani"), TODAY).number == 1
    # The timeline names each somasi and its deadline.
    texts = [
        e.text for e in timeline(mixed_ledger(), key, store.events(), day) if e.kind == "letter"
    ]
    assert "Somasi III, batas bayar 16 Des 2026" in texts


# What the reminder and the firm notice ask (round 65): the overdue part by the pay-by date,
# the part not yet due named apart with its own due dates, returns as returns, a real signer.


def flat_text(pdf: bytes) -> str:
    return " ".join(text_of(pdf)[1].split())


def asked_by(amounts: list[int]):  # type: ignore[no-untyped-def]
    """A ``PaymentAsk`` that notes the amount each document asks."""

    def ask(amount: int) -> None:
        amounts.append(amount)

    return ask


@pytest.mark.parametrize("firm", [False, True])
def test_a_letter_asks_only_the_overdue_part_and_names_the_rest_with_its_due_date(
    firm: bool,
) -> None:
    """Round 65 b01/b20: the whole Rp 8.250.000 was asked by today + 7 days, though S-3
    (Rp 1.750.000) falls due only on 3 Des; the firm notice called every row past due."""
    asked: list[int] = []
    pdf = reminder_letter_pdf(
        mixed_ledger(), customer_key("Toko Sinar Jaya"), TODAY, firm=firm,
        business=BusinessInfo("Toko Maju"), payment=asked_by(asked),
    )  # fmt: skip
    flat = flat_text(pdf)
    assert "sebesar Rp 6.500.000 paling lambat 30 Nov 2026" in flat
    assert "Rp 8.250.000 paling lambat" not in flat
    assert "Rp 1.750.000 belum jatuh tempo (S-3 jatuh tempo 3 Des 2026)" in flat
    assert "S-1" in flat and "S-3" in flat  # every open invoice still listed, total the balance
    assert "Total Rp 8.250.000" in flat
    assert "tagihan berikut sudah lewat jatuh tempo" not in flat
    assert ("Yang sudah lewat jatuh tempo, sebesar Rp 6.500.000" in flat) == firm
    assert asked == [6_500_000]  # the QR carries what the letter asks


def test_the_late_fee_is_on_the_overdue_part_and_asked_with_it_only() -> None:
    policy = LateFeePolicy(kind="fixed", fixed=50_000, grace_days=7)
    asked: list[int] = []
    pdf = reminder_letter_pdf(
        mixed_ledger(), customer_key("Toko Sinar Jaya"), TODAY, firm=True,
        business=BusinessInfo("Toko Maju"), policy=policy, payment=asked_by(asked),
    )  # fmt: skip
    flat = flat_text(pdf)
    assert "denda sebesar Rp 100.000" in flat  # S-1 and S-2, not the S-3 not yet due
    assert "jumlah yang perlu dibayar menjadi Rp 6.600.000" in flat
    assert "sebesar Rp 6.500.000 beserta dendanya paling lambat 30 Nov 2026" in flat
    assert asked == [6_600_000]


def test_the_english_letter_asks_the_overdue_amount() -> None:
    flat = flat_text(
        reminder_letter_pdf(
            mixed_ledger(), customer_key("Toko Sinar Jaya"), TODAY, firm=True, lang="en",
            business=BusinessInfo("Toko Maju"),
        )
    )  # fmt: skip
    assert "settle the overdue amount of Rp 6.500.000 by 30 Nov 2026" in flat
    assert "Rp 1.750.000 is not yet due (S-3 due 3 Dec 2026)" in flat
    assert "following invoices are past due" not in flat


def not_due_ledger():  # type: ignore[no-untyped-def]
    return book(
        invoice("F-102", "Hj. Aminah", 800_000, due=TODAY + timedelta(days=8), row=2),
        invoice("F-103", "Hj. Aminah", 450_000, due=TODAY + timedelta(days=22), row=3),
    )


def test_with_nothing_overdue_the_letter_asks_nothing_before_the_due_dates() -> None:
    """Round 65 b01: Hj. Aminah, nothing due before 1 Des, was asked Rp 1.250.000 by 29 Nov."""
    asked: list[int] = []
    flat = flat_text(
        reminder_letter_pdf(
            not_due_ledger(), customer_key("Hj. Aminah"), TODAY,
            business=BusinessInfo("Toko Maju"), payment=asked_by(asked),
        )
    )  # fmt: skip
    assert "PEMBERITAHUAN JATUH TEMPO" in flat and "SURAT TAGIHAN" not in flat
    assert "paling lambat" not in flat and "lewat jatuh tempo" not in flat
    assert "F-102" in flat and "F-103" in flat and "Total Rp 1.250.000" in flat
    assert "yang paling awal jatuh tempo 1 Des 2026" in flat
    assert asked == [1_250_000]  # like the statement: the balance, by no date


def test_no_firm_notice_for_a_customer_with_nothing_overdue() -> None:
    with pytest.raises(NothingOverdueError, match=r"Hj\. Aminah"):
        reminder_letter_pdf(not_due_ledger(), customer_key("Hj. Aminah"), TODAY, firm=True)


def test_goods_returned_are_printed_as_retur_not_as_paid() -> None:
    """Round 65 b05: R-501's return of Rp 500.000 was printed under Dibayar."""
    ledger = book(
        invoice("R-501", "Toko Sumber Rejeki", 2_500_000, late=40, row=2),
        invoice("R-503", "Toko Sumber Rejeki", 1_000_000, 300_000, late=18, row=3),
        payment(500_000, None, "R-501", "Toko Sumber Rejeki", kind="return"),
        payment(200_000, None, "R-503", "Toko Sumber Rejeki", kind="return", row=3),
    )
    text = text_of(
        reminder_letter_pdf(ledger, customer_key("Toko Sumber Rejeki"), TODAY,
                            business=BusinessInfo("Toko Maju"))
    )[1]  # fmt: skip
    assert "Jumlah Dibayar Retur Sisa" in text
    rows = {line.split()[0]: line for line in text.splitlines() if line.startswith("R-5")}
    assert rows["R-501"].endswith("Rp 2.500.000 Rp 0 Rp 500.000 Rp 2.000.000 40")
    assert rows["R-503"].endswith("Rp 1.000.000 Rp 300.000 Rp 200.000 Rp 500.000 18")
    assert "Total Rp 3.500.000 Rp 300.000 Rp 700.000 Rp 2.500.000" in text


def test_a_letter_without_returns_keeps_its_three_money_columns() -> None:
    text = text_of(reminder_letter_pdf(ledger_of(2), customer_key("CV Sinar Abadi"), TODAY))[1]
    assert "Jumlah Dibayar Sisa" in text and "Retur" not in text


@pytest.mark.parametrize(
    ("name", "title", "greeting"),
    [
        ("Pak Haji Slamet", None, "Mohon kiranya Pak dapat"),
        ("Bu Ratih", None, "Mohon kiranya Bu dapat"),
        ("Toko Serba Ada", None, "Mohon kiranya Bapak/Ibu dapat"),
        ("Siti Aminah", "Ibu", "Mohon kiranya Ibu dapat"),
    ],
)
def test_the_letter_greets_as_the_messages_do(name: str, title: str | None, greeting: str) -> None:
    ledger = ledger_of(1, name)
    pdf = reminder_letter_pdf(ledger, customer_key(name), TODAY, title=title)
    assert greeting in flat_text(pdf)


# The command line: a letter is signed by a named shop, never by a placeholder.


@pytest.fixture
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TAGIH_DATA", str(tmp_path))
    monkeypatch.setenv("TAGIH_DB", str(tmp_path / "tagih.sqlite3"))
    return tmp_path


def letter_args(tmp_path: Path, name: str = "ud harapan baru") -> list[str]:
    return ["letter", str(SAMPLE), "--customer", name, "--today", "2026-11-23",
            "--out", str(tmp_path / "surat.pdf")]  # fmt: skip


def test_the_cli_letter_needs_a_shop_to_sign_it(
    data_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Round 65 b25: without --business the letter was headed and signed "Toko Anda"."""
    assert main(letter_args(data_folder)) == 2
    err = capsys.readouterr().err
    assert "--business" in err and len(err.strip().splitlines()) == 1
    assert not (data_folder / "surat.pdf").exists()


def test_the_cli_letter_is_signed_by_the_shop_saved_in_settings(data_folder: Path) -> None:
    with Store.open_default() as store:
        store.set_setting(BUSINESS, {"name": "Toko Sumber Makmur", "phone": "031-555"})
    assert main(letter_args(data_folder)) == 0
    flat = flat_text((data_folder / "surat.pdf").read_bytes())
    assert "Toko Sumber Makmur" in flat and "031-555" in flat and "Toko Anda" not in flat
    assert main([*letter_args(data_folder), "--business", "CV Lain"]) == 0
    assert "CV Lain" in flat_text((data_folder / "surat.pdf").read_bytes())


def test_the_cli_refuses_a_firm_notice_with_nothing_overdue(
    data_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = data_folder / "buku.xlsx"
    rows = [["No Faktur", "Pelanggan", "Tanggal", "Jatuh Tempo", "Jumlah"],
            ["F-102", "Hj. Aminah", date(2026, 11, 1), date(2026, 12, 1), 800_000]]  # fmt: skip
    write_xlsx(path, {"Piutang": rows})
    args = ["letter", str(path), "--customer", "Hj. Aminah", "--today", "2026-11-22",
            "--out", str(data_folder / "surat.pdf"), "--business", "Toko Maju"]  # fmt: skip
    assert main([*args, "--firm"]) == 2
    assert "sudah lewat jatuh tempo" in capsys.readouterr().err
    assert main(args) == 0


def test_the_cli_letter_charges_the_late_fee_and_asks_payment_as_settings_say(
    data_folder: Path,
) -> None:
    """Session 20's leftover: ``python -m core letter --firm`` left out the late fee the owner
    saved in Settings (and the ways to pay): Hari Ini's letter demanded Rp 1.050.000, the
    CLI's Rp 1.000.000. Both are ``services.reminder_letter`` now. F-101 1.000.000 due 1 Oct
    2026, 52 days late on 22 Nov: a fixed fee of Rp 50.000 after 7 days' grace."""
    path = data_folder / "buku.xlsx"
    rows = [["No Faktur", "Pelanggan", "Tanggal", "Jatuh Tempo", "Jumlah"],
            ["F-101", "Toko Lestari", date(2026, 9, 1), date(2026, 10, 1), 1_000_000]]  # fmt: skip
    write_xlsx(path, {"Piutang": rows})
    with Store.open_default() as store:
        store.set_setting(BUSINESS, {"name": "Toko Maju"})
        store.set_setting(LATE_FEE, LateFeePolicy(kind="fixed", fixed=50_000).as_setting())
        details = make_details([("BCA", "1234567890", "Toko Maju")], [], "", False)
        store.set_setting(PAYMENT_SETTING, details.as_setting())
    args = ["letter", str(path), "--customer", "Toko Lestari", "--today", "2026-11-22",
            "--out", str(data_folder / "surat.pdf"), "--firm"]  # fmt: skip
    assert main(args) == 0
    flat = flat_text((data_folder / "surat.pdf").read_bytes())
    assert "denda sebesar Rp 50.000" in flat
    assert "jumlah yang perlu dibayar menjadi Rp 1.050.000" in flat
    assert "1234567890" in flat  # where to pay it


# What the firm notice and somasi I may say was done before (round 93): only what is on
# record. "kami sudah mengingatkan" needs a contact logged, a promise broken or a letter made
# on an earlier day; "kelonggaran waktu" a promise to pay or a payment agreement.

REMINDED = {"id": "mengingatkan", "en": "reminded"}
GIVEN_TIME = {"id": "kelonggaran", "en": "extra time"}
RECORDS = {
    "nothing": History(),
    "contact": History(last_step=5, last_contact=TODAY - timedelta(days=9)),
    "letter": History(last_letter=TODAY - timedelta(days=9)),
    "promise": History(promise_date=TODAY + timedelta(days=3), promise_amount=1_000_000),
    "agreement": History(agreement_in_force=True),
    "broken promise": History(broken_promises=1, last_broken=TODAY - timedelta(days=2)),
}
SAYS = {  # what each record lets the letter say: (reminded, time given)
    "nothing": (False, False),
    "contact": (True, False),
    "letter": (True, False),
    "promise": (False, True),
    "agreement": (False, True),
    "broken promise": (True, True),
}


def firm_and_somasi(ledger, lang: str, history: History | None) -> list[str]:  # type: ignore[no-untyped-def]
    """The firm notice (all of it overdue, and with a part not yet due) and somasi I."""
    key = customer_key("Toko Sinar Jaya")
    given = {} if history is None else {"history": history}
    shop = BusinessInfo("Toko Maju")
    papers = [
        reminder_letter_pdf(ledger, key, TODAY, firm=True, business=shop, lang=lang, **given),
        somasi_pdf(ledger, key, TODAY, number=1, deadline=TODAY + timedelta(days=7),
                   business=shop, lang=lang, **given),
    ]  # fmt: skip
    return [flat_text(pdf) for pdf in papers]


def overdue_only():  # type: ignore[no-untyped-def]
    return book(invoice("S-1", "Toko Sinar Jaya", 4_000_000, due=TODAY - timedelta(days=80)))


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("ledger", [overdue_only, mixed_ledger])
def test_without_a_record_the_firm_notice_and_somasi_claim_no_reminder_nor_extra_time(
    lang: str,
    ledger,  # type: ignore[no-untyped-def]
) -> None:
    """Round 93: "kami sudah memberikan kelonggaran waktu" and "kami sudah mengingatkan" were
    printed for a customer with nothing on record; now the plain words (the default, and what
    an empty history gives)."""
    for history in (None, History()):
        for text in firm_and_somasi(ledger(), lang, history):
            assert REMINDED[lang] not in text and GIVEN_TIME[lang] not in text, text
            assert ("sudah lewat jatuh tempo" if lang == "id" else "past due") in text


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("record", list(RECORDS))
def test_the_firm_notice_and_somasi_say_what_is_on_record(lang: str, record: str) -> None:
    reminded, given_time = SAYS[record]
    history = RECORDS[record]
    assert (history.reminded, history.given_time) == (reminded, given_time)
    for ledger in (overdue_only(), mixed_ledger()):
        for text in firm_and_somasi(ledger, lang, history):
            assert (REMINDED[lang] in text) == reminded, text
            assert (GIVEN_TIME[lang] in text) == given_time, text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_saved_record_decides_what_the_firm_notice_says(tmp_path: Path, lang: str) -> None:
    """Hari Ini's and the CLI's firm notice (``services.reminder_letter``) read what is on
    record for the customer (``services.customer_history``, as the somasi on the pages does):
    nothing, then a letter made that very day (it may be this one: no reminder yet), then one
    made before (a reminder), then a promise to pay (more time given)."""
    store = Store(tmp_path / "t.sqlite3")
    ledger = overdue_only()
    key = customer_key("Toko Sinar Jaya")
    now = datetime(2026, 11, 23, 10, 0)

    def notice() -> str:
        pdf = services.reminder_letter(
            store, ledger, key, TODAY, firm=True, business=BusinessInfo("Toko Maju"), lang=lang
        )
        return flat_text(pdf)

    def recorded() -> tuple[bool, bool]:
        history = services.customer_history(store, ledger, key, TODAY)
        return history.reminded, history.given_time

    assert recorded() == (False, False)
    assert REMINDED[lang] not in notice() and GIVEN_TIME[lang] not in notice()

    def letter_on(day: date) -> None:
        services.record_letter(
            store, OWNER_AT_PC, day, customer=key, name="Toko Sinar Jaya", step=7,
            total=4_000_000, now=now,
        )  # fmt: skip

    letter_on(TODAY)
    assert recorded() == (False, False)
    letter_on(TODAY - timedelta(days=8))
    assert recorded() == (True, False)
    text = notice()
    assert REMINDED[lang] in text and GIVEN_TIME[lang] not in text
    services.record_contact(
        store, OWNER_AT_PC, TODAY - timedelta(days=3), customer=key, name="Toko Sinar Jaya",
        channel="phone", outcome="promised", step=7, promise_date=TODAY + timedelta(days=2),
        promise_amount=4_000_000, outstanding_then=4_000_000, now=now,
    )  # fmt: skip
    assert recorded() == (True, True)
    text = notice()
    assert REMINDED[lang] in text and GIVEN_TIME[lang] in text
