"""Every message of the daily list, on every ledger we have, checked against the facts.

The ledgers: the sample book, every workbook of ``tests/fixtures/shapes`` and ``shapes_more``,
every messy set ``make_fixtures.py`` writes and the forecast ledgers ``make_forecast_ledgers.py``
writes, each on several as-of dates. For each customer of the list (``core.daily.daily_list``
as ``core.services.daily_list`` calls it, the messages from ``core.messages``), what the
message says is compared with what the ledger shows, worked out here apart from the list:
the amounts by age from ``core.aging``, the late fee from ``core.latefee``, the paid history
from the invoices and dated payments themselves. Then the same with a history seeded through
``core.services`` (contacts, kept open and broken promises, a staff member).

What a message may say:
- money called late ("sudah lewat jatuh tempo", "sudah cukup lama", "past due") is at most
  the overdue amount, the part not yet due is named as such with its right amount, "lewat N
  hari" is the true age of the oldest invoice and never 0, "akan jatuh tempo" only when
  nothing is late, the firm notice (step 7) only with money overdue;
- humour (step 4) only after an earlier contact or a broken promise;
- "sering telat" (step 10) only with three or more paid invoices of known payment day, most
  of them late;
- signed with the shop's name, never "Toko Anda", once the shop is set;
- no late fee (denda) while it is off; with it on, the figure is ``core.latefee``'s;
- one form of address: never "Pak" and "Bu" together, never "Pak/Bu";
- the finance-staff step (6) only with a named staff member, who is the one speaking.
And the credit grade tells customers apart on the ledgers with ten customers or more, saying
"belum cukup data" for a customer with fewer than three paid invoices.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from core import services
from core.access import OWNER_AT_PC
from core.aging import CURRENT, aging, days_late
from core.credit import assess
from core.daily import Action, daily_list
from core.ingest import read_ledger
from core.latefee import LateFeePolicy, total_late_fee
from core.ledger import CustomerKey, Invoice, Ledger, customer_key, invoice_key
from core.playbook import step_use
from core.report import load_files
from core.settings import Settings
from core.store import Store

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
BOOKS = (".xlsx", ".xls", ".ods", ".csv")
SHOP = "Toko Sumber Rejeki"
FEE_ON = LateFeePolicy(kind="percent", grace_days=7, percent_per_month=Decimal("2"))
NOW = datetime(2026, 11, 23, 9, 0)
sys.path.insert(0, str(FIXTURES))

import make_fixtures as mf  # noqa: E402
import make_forecast_ledgers as mfl  # noqa: E402


@pytest.fixture(scope="module")
def ledgers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, ...]]:
    """Every ledger we have, by name: the files that make it."""
    found: dict[str, tuple[Path, ...]] = {SAMPLE.name: (SAMPLE,)}
    for folder in (FIXTURES / "shapes", FIXTURES / "shapes_more"):
        for path in sorted(folder.iterdir()):
            if path.suffix in BOOKS:
                found[f"{folder.name}/{path.name}"] = (path,)
    for name, case in mf.build_all(tmp_path_factory.mktemp("messy")).items():
        readable = tuple(p for p in case.files if p.name not in case.unreadable)
        if readable:
            found[f"messy/{name}"] = readable
    for path in mfl.write_all(tmp_path_factory.mktemp("forecast")):
        found[f"forecast/{path.name}"] = (path,)
    return found


@pytest.fixture(scope="module")
def books(ledgers: dict[str, tuple[Path, ...]]) -> dict[str, Ledger]:
    read = {name: load_files(files)[1] for name, files in ledgers.items()}
    return {name: book for name, book in read.items() if any(i.outstanding for i in book.invoices)}


def as_of_dates(book: Ledger) -> list[date]:
    """The day after the book was last written, and 3, 20, 45 and 120 days on: every step of
    the playbook turns up on one of them."""
    last = max(i.invoice_date or i.due_date for i in book.invoices)
    return [last + timedelta(days=d) for d in (1, 3, 20, 45, 120)]


# The facts, worked out from the ledger apart from the daily list.


@dataclass(frozen=True)
class Facts:
    total: int
    overdue: int
    oldest_days: int
    fee: int
    due_dates: int  # distinct due dates of the open invoices
    paid: int  # invoices fully paid
    paid_known: int  # of them, those whose settling day the dated payments show
    paid_late: int  # of those, settled after the due date


def facts_of(book: Ledger, key: CustomerKey, as_of: date, policy: LateFeePolicy) -> Facts:
    mine = [inv for inv in book.invoices if inv.customer_key == key]
    open_ = [inv for inv in mine if inv.outstanding > 0]
    buckets = aging(open_, as_of)
    total = sum(buckets.values())
    settled = [settling_day(inv, book) for inv in mine if inv.outstanding == 0]
    known = [(inv, day) for inv, day in settled if day is not None]
    return Facts(
        total=total,
        overdue=total - buckets[CURRENT],
        oldest_days=max(days_late(inv, as_of) for inv in open_),
        fee=total_late_fee(open_, as_of, policy),
        due_dates=len({inv.due_date for inv in open_}),
        paid=len(settled),
        paid_known=len(known),
        paid_late=sum(1 for inv, day in known if day > inv.due_date),
    )


def settling_day(inv: Invoice, book: Ledger) -> tuple[Invoice, date | None]:
    """The day the dated payments naming this invoice (and no other payer) reached its
    amount; ``None`` when they do not say."""
    if not inv.number:
        return inv, None
    payments = sorted(
        (p for p in book.payments if p.paid_on is not None and p.invoice_number
         and invoice_key(p.invoice_number) == invoice_key(inv.number)
         and (not p.customer or customer_key(p.customer) == inv.customer_key)),
        key=lambda p: p.paid_on or date.min,
    )  # fmt: skip
    running = 0
    for pay in payments:
        running += pay.amount
        if running >= inv.amount:
            return inv, pay.paid_on
    return inv, None


# What a message says, read back.

RP = r"Rp (\d{1,3}(?:\.\d{3})*)"
CALLED_LATE = (
    re.compile(rf"{RP},? sudah lewat jatuh tempo"),
    re.compile(rf"{RP} sudah cukup lama"),
    re.compile(rf"of {RP}, all past due"),
    re.compile(rf"{RP} past due"),
)
NOT_YET_DUE = (
    re.compile(rf"{RP} lagi belum jatuh tempo"),
    re.compile(rf"another {RP} not yet due"),
)
ALL_NOT_DUE = re.compile(rf"(?:sebesar|of) {RP}, (?:belum lewat jatuh tempo|not yet past due)")
DAYS_LATE = re.compile(r"(?:sudah lewat|is) (\d+) (?:hari|days late)")
FEE = re.compile(rf"(?:denda|late fee of) {RP}")
FEE_TOTAL = re.compile(rf"(?:jumlah yang perlu dibayar|the amount to pay is) {RP}")
# An amount said to fall due on one date: true only when every open invoice falls due then.
ONE_DUE_DATE = re.compile(
    rf"(?:sebesar {RP} akan jatuh tempo pada|of {RP} falls due on|Total {RP}, (?:jatuh tempo|due) )"
)
REASON_DAYS = re.compile(r"Terlambat (\d+) hari|^(\d+) days late")
HUMOUR = "😄"
MALE = re.compile(r"\b(?:Pak|Bapak)\b")
FEMALE = re.compile(r"\b(?:Bu|Ibu)\b")


def rupiah(text: str) -> int:
    return int(text.replace(".", ""))


@dataclass(frozen=True)
class Seen:
    """What the test knows of a customer's history (seeded through ``core.services``)."""

    contacted_before: bool = False  # a contact recorded before the as-of date
    staff_name: str = ""


def problems(
    where: str,
    action: Action,
    book: Ledger,
    policy: LateFeePolicy,
    business: str,
    seen: Seen,
    lang: str = "id",
) -> list[str]:
    """Every way the action's message disagrees with the facts (empty when none)."""
    facts = facts_of(book, action.customer_key, action.as_of, policy)
    message = action.message(lang, business=business)  # type: ignore[arg-type]
    text = f"{message.subject}\n{message.body}"
    said = f"{where} {action.name!r} step {action.step}"
    found: list[str] = []
    if action.late_fee != facts.fee:  # the figure Hari Ini, letters and offers show
        found.append(f"{said}: late fee {action.late_fee}, core.latefee says {facts.fee}")
    for said_id, said_en in REASON_DAYS.findall(action.reason(lang)):  # type: ignore[arg-type]
        days = said_id or said_en
        if int(days) != facts.oldest_days:
            found.append(f"{said}: the reason says {days} days late, facts {facts.oldest_days}")
    if action.outstanding != facts.total or action.overdue != facts.overdue:
        found.append(f"{said}: figures {action.outstanding}/{action.overdue} vs {facts}")
    for pattern in CALLED_LATE:
        for amount in pattern.findall(text):
            if rupiah(amount) > facts.overdue:
                found.append(f"{said}: calls Rp {amount} late, overdue is {facts.overdue}")
    for pattern in NOT_YET_DUE:
        for amount in pattern.findall(text):
            if rupiah(amount) != facts.total - facts.overdue:
                found.append(f"{said}: Rp {amount} not yet due, facts {facts}")
    for amount in ALL_NOT_DUE.findall(text):
        if facts.overdue:
            found.append(f"{said}: says none of Rp {amount} is late, overdue {facts.overdue}")
    for days in DAYS_LATE.findall(text):
        if int(days) != facts.oldest_days or int(days) <= 0:
            found.append(f"{said}: says {days} days late, the oldest is {facts.oldest_days}")
    if facts.overdue and ("akan jatuh tempo" in text or "falls due on" in text):
        found.append(f"{said}: says the bill will fall due, {facts.overdue} is overdue")
    for match in ONE_DUE_DATE.finditer(text):
        if facts.due_dates > 1:
            found.append(
                f"{said}: {match.group(0)!r}, the invoices fall due on {facts.due_dates} dates"
            )
    if action.step == 7 and not facts.overdue:
        found.append(f"{said}: the firm notice with nothing overdue")
    if HUMOUR in text and not (seen.contacted_before or action.history.broken_promises):
        found.append(f"{said}: humour without an earlier contact or a broken promise")
    if action.bad_payer and not (facts.paid_known >= 3 and 2 * facts.paid_late > facts.paid_known):
        found.append(f"{said}: 'sering telat' from {facts.paid_late} late of {facts.paid_known}")
    if action.bad_payer and (action.standing.paid, action.standing.paid_late) != (
        facts.paid_known,
        facts.paid_late,
    ):
        found.append(f"{said}: step 10 counts {action.standing} vs {facts}")
    if business and ("Toko Anda" in text or business not in text):
        found.append(f"{said}: not signed {business!r}")
    if policy.kind == "none":
        if "denda" in text.lower() or "late fee" in text.lower():
            found.append(f"{said}: a late fee while it is off")
        if action.amount_asked != action.outstanding:
            found.append(f"{said}: asks {action.amount_asked} with the fee off")
    else:
        for amount in FEE.findall(text):
            if rupiah(amount) != facts.fee:
                found.append(f"{said}: denda Rp {amount}, core.latefee says {facts.fee}")
        for amount in FEE_TOTAL.findall(text):
            if rupiah(amount) != facts.overdue + facts.fee:
                found.append(
                    f"{said}: to pay Rp {amount} by the pay-by date, of which only "
                    f"{facts.overdue} is overdue today, + fee {facts.fee}"
                )
        if action.step == 7 and step_use(7).late_fee and facts.fee and not FEE.search(text):
            found.append(f"{said}: the firm notice without the fee {facts.fee}")
    shown = text.replace(action.name, "").replace("Bapak/Ibu", "")
    if (MALE.search(shown) and FEMALE.search(shown)) or "Pak/Bu" in text:
        found.append(f"{said}: both 'Pak' and 'Bu' in {text[:80]!r}")
    first = action.name.split()[0].rstrip(".").casefold() if action.name.split() else ""
    if first in ("pak", "bapak", "bu", "ibu") and "Bapak/Ibu" in text:
        found.append(f"{said}: 'Bapak/Ibu' for {action.name!r}")
    if action.step == 6 and not (seen.staff_name and seen.staff_name in text):
        found.append(f"{said}: step 6 without the named staff member speaking")
    if re.search(r"Saya\s+dari|I am\s+from", text):
        found.append(f"{said}: a staff sentence without a name")
    return found


def unique(found: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(found))


@pytest.mark.parametrize("fee", [LateFeePolicy(), FEE_ON], ids=["fee_off", "fee_on"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_message_of_every_ledger_fits_the_facts(
    books: dict[str, Ledger], fee: LateFeePolicy, lang: str
) -> None:
    found: list[str] = []
    seen_steps: set[int] = set()
    for name, book in books.items():
        for as_of in as_of_dates(book):
            for action in daily_list(book, as_of, policy=fee, include_waiting=True):
                seen_steps.add(action.step or 0)
                found += problems(f"{name}@{as_of}", action, book, fee, SHOP, Seen(), lang)
    assert len(books) >= 40, sorted(books)
    assert {3, 5, 7, 8, 9} <= seen_steps, seen_steps  # the list reached the late steps
    assert 4 not in seen_steps and 6 not in seen_steps  # nobody contacted, nobody's staff
    found = unique(found)
    assert not found, f"{len(found)} messages disagree with the facts:\n" + "\n".join(found[:40])


def test_the_credit_grade_tells_customers_apart(books: dict[str, Ledger]) -> None:
    found: list[str] = []
    judged = 0
    for name, book in books.items():
        customers = {inv.customer_key for inv in book.invoices}
        for as_of in as_of_dates(book):
            graded = assess(book, as_of)
            for a in graded:
                paid = sum(1 for inv in book.invoices
                           if inv.customer_key == a.customer and inv.outstanding == 0)  # fmt: skip
                if (paid < 3) != (a.grade_label("id") == "belum cukup data"):
                    found.append(f"{name}: {a.name}, {paid} paid, reads {a.grade_label('id')!r}")
            if len(customers) >= 10:
                judged += 1
                grades = {a.grade_label("id") for a in graded}
                if len(grades) < 2:
                    found.append(f"{name}@{as_of}: all {len(graded)} customers graded {grades}")
    assert judged >= 10
    found = unique(found)
    assert not found, "\n".join(found[:40])


# With a history: contacts, promises kept open and broken, a staff member.

HISTORY_BOOKS = (
    SAMPLE,
    FIXTURES / "shapes" / "journal_buku_pembantu_piutang.xlsx",
    FIXTURES / "shapes_more" / "invoice_list_payments_sheet_double_payment_credit.xlsx",
)


@pytest.fixture(
    scope="module", params=[*HISTORY_BOOKS, "forecast"], ids=lambda p: getattr(p, "name", p)
)
def seeded(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Store, date, dict[CustomerKey, date], dict[CustomerKey, str]]]:
    """A database holding the ledger, with a history recorded through ``core.services`` 15
    days before the first as-of date: a contact for every third customer on the list, a
    promise due 10 days later for every fourth (broken unless paid), a promise due 40 days
    later for every fifth, and a staff member for every second."""
    folder = tmp_path_factory.mktemp("seeded")
    path = mfl.write_all(folder)[1] if request.param == "forecast" else request.param
    store = Store(folder / "tagih.sqlite3")
    store.save_import(read_ledger(path), path.read_bytes(), now=NOW)
    store.set_setting("business", {"name": SHOP})
    store.add_user("andi", "Andi Wijaya", "staff", "")
    settings = Settings.of(store)
    book = services.visible_book(store, OWNER_AT_PC)
    start = as_of_dates(book)[1] - timedelta(days=15)
    contacted: dict[CustomerKey, date] = {}
    staffed: dict[CustomerKey, str] = {}
    listed = services.daily_list(store, settings, start, OWNER_AT_PC)
    for i, action in enumerate(listed):
        key, name = action.customer_key, action.name
        if i % 3 == 0 or i % 4 == 0 or i % 5 == 0:
            promised = i % 4 == 0 or i % 5 == 0
            services.record_contact(
                store, OWNER_AT_PC, start, customer=key, name=name, channel="phone",
                outcome="promised" if promised else "no_answer", step=action.step,
                promise_date=start + timedelta(days=10 if i % 4 == 0 else 40) if promised else None,
                promise_amount=1_000_000 if promised else 0,
                outstanding_then=action.outstanding, now=NOW,
            )  # fmt: skip
            contacted[key] = start
        if i % 2 == 0:
            store.assign(key, "andi")
            staffed[key] = "Andi Wijaya"
    yield store, start, contacted, staffed
    store.close()


@pytest.mark.parametrize("fee", [None, FEE_ON], ids=["fee_off", "fee_on"])
def test_every_message_fits_the_facts_with_a_history(
    seeded: tuple[Store, date, dict[CustomerKey, date], dict[CustomerKey, str]],
    fee: LateFeePolicy | None,
) -> None:
    store, start, contacted, staffed = seeded
    store.set_setting("late_fee", fee.as_setting() if fee else {"kind": "none"})
    settings = Settings.of(store)
    policy = settings.late_fee
    book = services.visible_book(store, OWNER_AT_PC)
    found: list[str] = []
    steps: defaultdict[str, set[int]] = defaultdict(set)
    for as_of in (start, start + timedelta(days=1), start + timedelta(days=12),
                  start + timedelta(days=30), start + timedelta(days=60)):  # fmt: skip
        for action in services.daily_list(store, settings, as_of, OWNER_AT_PC):
            # A message goes out today only to a customer to act on: one contacted today waits,
            # and its next step's message goes out after that contact.
            then = contacted.get(action.customer_key)
            before = then is not None and (then < as_of or not action.needs_action)
            seen = Seen(before, staffed.get(action.customer_key, ""))
            key = "contacted" if before else "never"
            steps[key].add(action.step or 0)
            found += problems(f"{as_of}", action, book, policy, settings.shop["name"], seen)
            if action.history.broken_promises:
                steps["broken"].add(action.step or 0)
            if seen.staff_name:
                steps["staffed"].add(action.step or 0)
    found = unique(found)
    assert not found, f"{len(found)} messages disagree with the facts:\n" + "\n".join(found[:40])
    assert 4 not in steps["never"]
    assert steps["staffed"] and steps["contacted"], steps
    assert steps["broken"], "no promise was broken: the history seeded nothing to check"
