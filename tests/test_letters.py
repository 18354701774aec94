"""The reminder letter: a real one-page PDF whose total is the customer's outstanding."""

import time
from datetime import date, datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from core.aging import customer_balances
from core.latefee import LateFeePolicy
from core.ledger import customer_key
from core.letters import (
    SomasiSent,
    record_somasi,
    reminder_letter_pdf,
    somasi_offered,
    somasi_pdf,
    somasi_plan,
    somasi_sent,
)
from core.money import format_rupiah
from core.pdftext import shorten
from core.statement import BusinessInfo
from core.store import Store
from core.timeline import timeline
from tests.factories import book, invoice

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
    started = time.perf_counter()
    pdf = reminder_letter_pdf(ledger, customer_key(name), TODAY, firm=firm)
    assert time.perf_counter() - started < 2
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
