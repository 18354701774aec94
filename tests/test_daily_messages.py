"""Every message of the daily list, on whole ledgers, checked against the facts it may claim.

The ledgers: the demo book, every summarised messy fixture of ``tests/fixtures/make_fixtures.py``
and a 2k-invoice book from ``benchmarks/generate.py``. Half the customers get an earlier contact
and half a named staff member, so the conditional steps (4, 6, 10) are exercised both ways.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import zlib
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType

import pytest

from core.credit import assess
from core.daily import Action, daily_list
from core.ledger import CustomerKey, Ledger
from core.money import format_rupiah
from core.playbook import History
from core.report import load_files
from tests.factories import case_ledger, demo_ledger

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
SAMPLE_DAY = date(2026, 11, 23)
sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures"))

import make_fixtures as mf  # noqa: E402

RUPIAH = re.compile(r"Rp \d{1,3}(?:\.\d{3})*")
# Words that call an amount late; "belum lewat" (not yet past) does not.
LATE_WORDS = re.compile(r"(?<!belum )lewat|cukup lama|terlambat|past due|late", re.IGNORECASE)
NOT_LATE = re.compile(r"not yet past due|not yet due")
TITLED = ("pak ", "bu ", "ibu ", "bapak ")


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "benchmarks/generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def ledgers(
    messy_cases: dict[str, mf.Case], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[Ledger, date]]:
    books: dict[str, tuple[Ledger, date]] = {"sample": (demo_ledger(), SAMPLE_DAY)}
    for name, case in sorted(messy_cases.items()):
        if case.expected is not None:
            books[name] = case_ledger(case)
    generate = _generator()
    files = generate.ensure(2000, tmp_path_factory.mktemp("bench"), log=False)
    books["generated_2k"] = (load_files([files.xlsx])[1], generate.AS_OF)
    return books


def _half(key: str, salt: str) -> bool:
    return zlib.crc32(f"{salt}{key}".encode()) % 2 == 0


def _daily(ledger: Ledger, day: date) -> list[Action]:
    """The list with an earlier contact for half the customers and a staff member for half."""
    keys = {inv.customer_key for inv in ledger.invoices}
    contacted = {
        k: History(last_step=3, last_contact=day - timedelta(days=8))
        for k in keys
        if _half(k, "contact")
    }
    assigned = {k: "rina" for k in keys if _half(k, "staff")}
    return daily_list(
        ledger,
        day,
        histories=contacted,
        assignments=assigned,
        staff_names={"rina": "Rina Kusuma"},
        include_waiting=True,
    )


def _sentences(body: str) -> str:
    """The message without its invoice list (a list line names each invoice's own amount)."""
    return "\n".join(line for line in body.splitlines() if not line.startswith("- "))


def late_claims(body: str) -> list[int]:
    """Every amount the message calls late: an amount followed, in its own clause, by a word
    of lateness."""
    text = _sentences(body)
    claimed = []
    for found in RUPIAH.finditer(text):
        rest = re.split(r"[:;\n]|Rp ", text[found.end() :], maxsplit=1)[0]
        if LATE_WORDS.search(NOT_LATE.sub("", rest)):
            claimed.append(int(found.group().removeprefix("Rp ").replace(".", "")))
    return claimed


def check(action: Action, ledger: Ledger) -> list[str]:
    """What is wrong with one action's message and flags, in words (empty: nothing)."""
    wrong: list[str] = []
    for lang in ("id", "en"):
        body = action.message(lang).body
        where = f"{action.name} step {action.step} ({lang})"
        for amount in late_claims(body):
            if amount > action.overdue:
                wrong.append(f"{where}: {format_rupiah(amount)} called late, overdue is only "
                             f"{format_rupiah(action.overdue)}")  # fmt: skip
        if action.overdue == action.outstanding:
            said = _sentences(body).count(format_rupiah(action.outstanding))
            if said > 1:
                wrong.append(f"{where}: the all-overdue total said {said} times")
        h = action.history
        if action.step == 4 and h.last_contact is None and h.broken_promises == 0:
            wrong.append(f"{where}: humour without an earlier contact or a broken promise")
        if action.step != 4 and "😄" in body:
            wrong.append(f"{where}: a joke outside step 4")
        if action.step == 6 and (not action.staff_name or action.staff_name not in body):
            wrong.append(f"{where}: step 6 without the staff member's name")
        if "Pak/Bu" in body:
            wrong.append(f"{where}: 'Pak/Bu' guessed in the message")
        if action.name.casefold().startswith(TITLED) and "Bapak/Ibu" in body:
            wrong.append(f"{where}: 'Bapak/Ibu' beside a name that says its title")
    if action.bad_payer:
        paid = sum(
            1
            for inv in ledger.invoices
            if inv.customer_key == action.customer_key and inv.outstanding <= 0
        )
        late = action.standing.paid_late
        if paid < 3 or 2 * late <= action.standing.paid:
            wrong.append(f"{action.name}: 'sering telat' with {late} of {paid} paid late")
    return wrong


def test_every_message_of_every_ledger_says_only_what_the_facts_show(
    ledgers: dict[str, tuple[Ledger, date]],
) -> None:
    wrong: list[str] = []
    steps: Counter[int | None] = Counter()
    flagged = 0
    for name, (ledger, day) in ledgers.items():
        for action in _daily(ledger, day):
            steps[action.step] += 1
            flagged += action.bad_payer
            wrong.extend(f"{name}: {problem}" for problem in check(action, ledger))
    assert not wrong, "\n".join(wrong[:30])
    # The conditional steps were reached, so the checks above did check something.
    assert steps[4] and steps[6] and steps[3] and flagged, (steps, flagged)


@pytest.mark.parametrize(
    ("body", "claimed"),
    [
        ("Tagihan Rp 106.181.000 sudah cukup lama:", [106_181_000]),
        (
            "Tagihan sebesar Rp 5.000: Rp 3.000 sudah lewat jatuh tempo, Rp 2.000 lagi belum "
            "jatuh tempo.",
            [3_000],
        ),
        ("Tagihan sebesar Rp 5.000, belum lewat jatuh tempo.", []),
        ("bill of Rp 5.000: Rp 3.000 past due, another Rp 2.000 not yet due", [3_000]),
        ("- F1, jatuh tempo 1 Nov 2026: Rp 9.000\nTotal Rp 9.000 yang sudah lewat 5 hari", [9_000]),
    ],
)
def test_the_late_claim_reader(body: str, claimed: list[int]) -> None:
    assert late_claims(body) == claimed


@pytest.mark.parametrize("book", ["sample", "generated_2k"])
def test_the_grades_tell_customers_apart(
    ledgers: dict[str, tuple[Ledger, date]], book: str
) -> None:
    ledger, day = ledgers[book]
    found = assess(ledger, day)
    assert len({a.grade for a in found if not a.little_history}) >= 3
    paid: Counter[CustomerKey] = Counter(
        inv.customer_key for inv in ledger.invoices if inv.outstanding <= 0
    )
    for a in found:
        assert a.little_history == (paid[a.customer] < 3), a.name
        assert (a.grade_label() == "belum cukup data") == a.little_history
