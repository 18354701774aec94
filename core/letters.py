"""The somasi, the formal demand letter after the firm notice, sent up to three times (I, II,
III): who is offered one, which number comes next, and how it is recorded.

A somasi is recorded as a letter event (``LETTER_EVENT``, ``letter: "somasi"``) and the next
one is counted from those recorded (``somasi_plan``). The letters themselves (the reminder,
the firm notice, the somasi) are printed by ``core.documents.letters``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Final

from core.events import Somasi, write
from core.events.letter import MAX_SOMASI
from core.history import EventLike, recorded_on
from core.ledger import CustomerKey
from core.money import Amount
from core.playbook import FIRM

if TYPE_CHECKING:
    from core.store import Event, Store

LETTER_EVENT: Final = Somasi.KIND  # the event kind every letter is recorded as
DEFAULT_SOMASI_DAYS: Final = 7
_ROMAN: Final = {1: "I", 2: "II", 3: "III"}


@dataclass(frozen=True, slots=True)
class SomasiSent:
    """A somasi recorded on a customer's timeline: its number, its day, its deadline."""

    number: int
    on: date
    deadline: date

    @property
    def roman(self) -> str:
        return somasi_numeral(self.number)


@dataclass(frozen=True, slots=True)
class SomasiPlan:
    """Which somasi the customer gets now.

    ``number`` is the one to print (``None`` once somasi III's deadline passed: what follows
    is outside the app). While the last one's deadline has not passed, that same somasi
    (``current``) is printed again with its own deadline, and nothing new is recorded.
    ``previous`` is the one before the somasi printed, which its opening refers to.
    """

    number: int | None
    previous: SomasiSent | None
    current: SomasiSent | None = None

    @property
    def reprint(self) -> bool:
        return self.current is not None

    @property
    def roman(self) -> str:
        return somasi_numeral(self.number or 0)


def somasi_numeral(number: int) -> str:
    """'I', 'II', 'III' for the somasi's number.

    >>> somasi_numeral(2), somasi_numeral(4)
    ('II', '4')
    """
    return _ROMAN.get(number, str(number))


def somasi_offered(step: int | None, overdue: Amount) -> bool:
    """A somasi follows the firm notice: the customer is at step 7 or later with money overdue.

    >>> somasi_offered(7, 1), somasi_offered(6, 1), somasi_offered(9, 0), somasi_offered(None, 5)
    (True, False, False, False)
    """
    return step is not None and step >= FIRM and overdue > 0


def somasi_sent(events: Iterable[EventLike], customer: CustomerKey) -> list[SomasiSent]:
    """The customer's somasi letters recorded so far, oldest first."""
    found: list[SomasiSent] = []
    for event in events:
        if event.kind != Somasi.KIND or event.customer_key != customer:
            continue
        somasi = Somasi.decode(event.payload, on=recorded_on(event))
        if somasi is not None:
            found.append(SomasiSent(somasi.number, somasi.on, somasi.deadline))
    found.sort(key=lambda s: (s.on, s.number))
    return found


def somasi_plan(events: Iterable[EventLike], customer: CustomerKey, as_of: date) -> SomasiPlan:
    """The next somasi for ``customer`` on ``as_of``, counted from those already recorded."""
    sent = [s for s in somasi_sent(events, customer) if s.on <= as_of]
    if not sent:
        return SomasiPlan(1, None)
    last = sent[-1]
    if as_of <= last.deadline:
        return SomasiPlan(last.number, sent[-2] if len(sent) > 1 else None, current=last)
    if last.number >= MAX_SOMASI:
        return SomasiPlan(None, last)
    return SomasiPlan(last.number + 1, last)


def record_somasi(
    store: Store,
    customer: CustomerKey,
    *,
    name: str,
    number: int,
    on: date,
    deadline: date,
    total: Amount,
    step: int | None,
    at: datetime,
) -> Event:
    """Record a somasi made on ``on`` as a letter event; the same somasi (number and deadline)
    made again, a second download, is recorded once."""
    record = Somasi(customer=name, number=number, on=on, deadline=deadline, total=total, step=step)
    return write(store, customer, record, at=at)[0]
