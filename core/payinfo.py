"""How to pay: the shop's accounts and QRIS, said the same way at the end of everything sent.

The owner saves the bank accounts, e-wallet numbers and the static QRIS once (the ``payment``
setting). Each message and document then asks for one amount: ``PaymentAsk`` turns that amount
into a ``PayBlock`` (with a unique code when the owner switched them on), which
``payment_text`` writes at the end of a WhatsApp message or e-mail and ``Document.pay``
(``core.documents.base``) prints at the end of a PDF, with a QR that has exactly that amount
filled in (``core.qris``).

Unique payment codes (kode unik): each payment request's transfer amount ends in its own
1–999 rupiah, different from the customer's other open requests and from every other open
request's exact amount, so a bank statement tells the payments apart. A request is one customer
and one amount asked; asking it again (the same letter, the message the next day) keeps its
code. The codes are saved (the ``payment_requests`` setting) and stay open for
``REQUEST_DAYS`` after they were last asked, or until ``close_payment_request``.
``open_payment_requests`` lists them with their exact amounts, for matching bank statements.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Final

import segno

from core.i18n import Lang, t
from core.ledger import CustomerKey, customer_key
from core.money import Amount, format_rupiah, parse_amount
from core.qris import (
    MAX_AMOUNT,
    Merchant,
    QrisError,
    check_amount,
    merchant_of,
    pasted,
    read_static,
    with_amount,
)

if TYPE_CHECKING:
    from core.store import Store

PAYMENT_SETTING: Final = "payment"
REQUESTS_SETTING: Final = "payment_requests"
REQUEST_DAYS: Final = 60
MAX_CODE: Final = 999


@dataclass(frozen=True, slots=True)
class BankAccount:
    bank: str
    number: str
    holder: str = ""


@dataclass(frozen=True, slots=True)
class Wallet:
    """An e-wallet (GoPay, OVO, DANA, ShopeePay…) and the number that receives."""

    name: str
    number: str
    holder: str = ""


def _account_line(label: str, number: str, holder: str, lang: Lang) -> str:
    if holder:
        return t("pay.account_holder", lang, label=label, number=number, holder=holder)
    return f"{label} {number}"


@dataclass(frozen=True, slots=True)
class PaymentDetails:
    """What the owner saved under "Cara pembayaran"; ``qris`` is a checked static QRIS or ""."""

    banks: tuple[BankAccount, ...] = ()
    wallets: tuple[Wallet, ...] = ()
    qris: str = ""
    unique_code: bool = False

    @property
    def is_empty(self) -> bool:
        return not (self.banks or self.wallets or self.qris)

    @property
    def merchant(self) -> Merchant | None:
        return merchant_of(self.qris) if self.qris else None

    def as_setting(self) -> dict[str, Any]:
        return {
            "banks": [[b.bank, b.number, b.holder] for b in self.banks],
            "wallets": [[w.name, w.number, w.holder] for w in self.wallets],
            "qris": self.qris,
            "unique_code": self.unique_code,
        }

    @classmethod
    def from_setting(cls, raw: object) -> PaymentDetails:
        """The saved setting read back; rows that are not three texts are left out, and a
        QRIS that no longer checks is treated as none (nothing goes out with a broken QR)."""
        if not isinstance(raw, Mapping):
            return cls()
        qris = str(raw.get("qris") or "")
        try:
            details = make_details(
                _rows(raw.get("banks")), _rows(raw.get("wallets")), qris, raw.get("unique_code")
            )
        except QrisError:
            details = make_details(
                _rows(raw.get("banks")), _rows(raw.get("wallets")), "", raw.get("unique_code")
            )
        return details


def _rows(raw: object) -> list[tuple[str, str, str]]:
    if not isinstance(raw, list):
        return []
    rows = []
    for row in raw:
        if isinstance(row, list | tuple) and len(row) == 3 and all(isinstance(c, str) for c in row):
            rows.append((row[0], row[1], row[2]))
    return rows


def make_details(
    banks: Sequence[tuple[str, str, str]],
    wallets: Sequence[tuple[str, str, str]],
    qris: str,
    unique_code: object = False,
) -> PaymentDetails:
    """The details as typed in Settings: blank rows dropped, spaces trimmed, a row needs its
    name and number. ``QrisError`` when ``qris`` is given but is not a valid static QRIS."""
    static = pasted(qris)
    if static:
        read_static(static)
    return PaymentDetails(
        banks=tuple(
            BankAccount(bank.strip(), number.strip(), holder.strip())
            for bank, number, holder in banks
            if bank.strip() and number.strip()
        ),
        wallets=tuple(
            Wallet(name.strip(), number.strip(), holder.strip())
            for name, number, holder in wallets
            if name.strip() and number.strip()
        ),
        qris=static,
        unique_code=bool(unique_code),
    )


def load_details(store: Store) -> PaymentDetails:
    return PaymentDetails.from_setting(store.get_setting(PAYMENT_SETTING, None))


# What one document asks, and how it is said.


@dataclass(frozen=True, slots=True)
class PayBlock:
    """How to pay ``amount`` (plus the unique ``code`` when there is one) with ``details``."""

    details: PaymentDetails
    amount: Amount
    code: int = 0

    @property
    def exact(self) -> Amount:
        """The amount to transfer, to the rupiah: what is asked plus the unique code."""
        return self.amount + self.code

    def qr_payload(self) -> str | None:
        """The QR text for ``exact``; ``None`` without a QRIS or when a QR cannot carry it."""
        if not self.details.qris:
            return None
        try:
            return with_amount(self.details.qris, self.exact)
        except QrisError:
            return None

    @property
    def above_cap(self) -> bool:
        return bool(self.details.qris) and self.exact > MAX_AMOUNT


PaymentAsk = Callable[[Amount], PayBlock | None]


def payment_lines(block: PayBlock, lang: Lang, *, on_paper: bool = False) -> list[str]:
    """The block's sentences in order: the amount (exact, with its code), each account, the
    QRIS (the QR beside it on paper, sent as a picture in a message, or why there is none),
    and the request for a receipt."""
    exact = format_rupiah(block.exact)
    if block.code:
        lines = [t("pay.exact", lang, exact=exact, code=f"{block.code:03d}")]
    else:
        lines = [t("pay.amount", lang, amount=exact)]
    details = block.details
    for bank in details.banks:
        lines.append("- " + _account_line(bank.bank, bank.number, bank.holder, lang))
    for wallet in details.wallets:
        lines.append("- " + _account_line(wallet.name, wallet.number, wallet.holder, lang))
    merchant = details.merchant
    if merchant is not None:
        if block.above_cap:
            lines.append(
                "- " + t("pay.qris_above_cap", lang, amount=exact, cap=format_rupiah(MAX_AMOUNT))
            )
        elif on_paper:
            lines.append("- " + t("pay.qris_paper", lang, merchant=merchant.name, amount=exact))
        else:
            lines.append("- " + t("pay.qris_message", lang, merchant=merchant.name, amount=exact))
    lines.append(t("pay.receipt", lang))
    return lines


def payment_text(block: PayBlock | None, lang: Lang) -> str:
    """The block for the end of a WhatsApp message or an e-mail ("" with nothing to say)."""
    if block is None:
        return ""
    return "\n".join([t("pay.title", lang) + ":", *payment_lines(block, lang)])


def qr_png(payload: str, *, scale: int = 8) -> bytes:
    """The QR picture of ``payload`` as PNG (error correction M, the quiet zone included)."""
    out = io.BytesIO()
    segno.make(payload, error="m", micro=False).save(out, kind="png", scale=scale, border=4)
    return out.getvalue()


# Payment requests and their unique codes.


@dataclass(frozen=True, slots=True)
class PaymentRequest:
    """One amount asked of one customer; ``exact`` is what the transfer should be."""

    customer: CustomerKey
    amount: Amount
    code: int
    asked_on: date
    first_asked: date
    what: str = ""

    @property
    def exact(self) -> Amount:
        return self.amount + self.code

    def as_setting(self) -> dict[str, Any]:
        return {
            "customer": str(self.customer),
            "amount": str(self.amount),
            "code": self.code,
            "asked_on": self.asked_on.isoformat(),
            "first_asked": self.first_asked.isoformat(),
            "what": self.what,
        }

    @classmethod
    def from_setting(cls, raw: object) -> PaymentRequest | None:
        if not isinstance(raw, Mapping):
            return None
        try:
            amount = parse_amount(str(raw["amount"]))
            code = int(raw["code"])
            asked = date.fromisoformat(str(raw["asked_on"]))
            first = date.fromisoformat(str(raw.get("first_asked") or raw["asked_on"]))
        except (KeyError, TypeError, ValueError):
            return None
        if amount is None or not 1 <= code <= MAX_CODE:
            return None
        return cls(
            customer_key(str(raw.get("customer", ""))),
            amount,
            code,
            asked,
            first,
            str(raw.get("what", "")),
        )


def _is_open(request: PaymentRequest, as_of: date) -> bool:
    return request.asked_on >= as_of - timedelta(days=REQUEST_DAYS)


def _saved_requests(store: Store) -> list[PaymentRequest]:
    raw = store.get_setting(REQUESTS_SETTING, [])
    found = [PaymentRequest.from_setting(item) for item in raw] if isinstance(raw, list) else []
    return [request for request in found if request is not None]


def open_payment_requests(store: Store, as_of: date) -> list[PaymentRequest]:
    """Every payment request still open on ``as_of``, with its exact amount, oldest first.

    A request is open for ``REQUEST_DAYS`` after it was last asked, unless it was closed
    (``close_payment_request``, when its payment is confirmed).
    """
    found = [r for r in _saved_requests(store) if _is_open(r, as_of) and r.asked_on <= as_of]
    return sorted(found, key=lambda r: (r.first_asked, r.customer, r.exact))


def assign_code(customer: CustomerKey, amount: Amount, taken: Sequence[PaymentRequest]) -> int:
    """A code for a new request: not among the customer's open codes, and making an exact
    amount no other open request has. It starts from a number drawn from the customer and the
    amount (so codes spread over 1–999) and takes the next free one; 0 when none is free.

    >>> assign_code(CustomerKey("budi"), 1_250_000, []) == assign_code(
    ...     CustomerKey("budi"), 1_250_000, [])
    True
    """
    own = {r.code for r in taken if r.customer == customer}
    exacts = {r.exact for r in taken}
    start = zlib.crc32(f"{customer}|{amount}".encode()) % MAX_CODE
    for step in range(MAX_CODE):
        code = (start + step) % MAX_CODE + 1
        if code not in own and amount + code not in exacts:
            return code
    return 0


def request_payment(
    store: Store, customer: CustomerKey, amount: Amount, as_of: date, what: str = ""
) -> PaymentRequest | None:
    """The open request for ``amount`` from ``customer``, made (with its own code) when there is
    none; ``None`` for an amount of nothing or when all 999 codes are taken.

    Saved at once, so the same request keeps its code on every page and every rerun; asking it
    again on a later day keeps it open from that day.
    """
    if amount <= 0:
        return None
    key = customer_key(customer)
    saved = _saved_requests(store)
    current = [r for r in saved if _is_open(r, as_of)]
    for index, request in enumerate(current):
        if request.customer == key and request.amount == amount:
            if request.asked_on >= as_of:
                return request
            current[index] = replace(request, asked_on=as_of)
            _save_requests(store, current)
            return current[index]
    code = assign_code(key, amount, current)
    if not code:
        return None
    made = PaymentRequest(key, amount, code, as_of, as_of, what)
    _save_requests(store, [*current, made])
    return made


def close_payment_request(store: Store, request: PaymentRequest) -> None:
    """Take a request off the open list (its payment was confirmed): its code may be reused."""
    kept = [
        r
        for r in _saved_requests(store)
        if not (r.customer == request.customer and r.amount == request.amount)
    ]
    _save_requests(store, kept)


def _save_requests(store: Store, requests: Sequence[PaymentRequest]) -> None:
    store.set_setting(
        REQUESTS_SETTING,
        [r.as_setting() for r in requests],
        action="payment_code",
        detail={"requests": len(requests)},
    )


def asker(
    details: PaymentDetails,
    *,
    store: Store | None = None,
    customer: str = "",
    as_of: date | None = None,
    what: str = "",
) -> PaymentAsk:
    """What a document calls with the amount it asks, to get its payment block.

    With unique codes on (and a store to keep them), the request gets its code when the
    document is made; without, the block asks the amount as it is. Nothing (``None``) when
    the owner saved no way to pay or the amount is nothing.
    """

    def ask(amount: Amount) -> PayBlock | None:
        if details.is_empty or amount <= 0:
            return None
        code = 0
        if details.unique_code and store is not None and as_of is not None:
            request = request_payment(store, customer_key(customer), amount, as_of, what)
            code = request.code if request is not None else 0
        return PayBlock(details, amount, code)

    return ask


def qr_problem(block: PayBlock) -> QrisError | None:
    """Why ``block`` has no QR although the shop has a QRIS (the cap, an amount with sen)."""
    if not block.details.qris:
        return None
    try:
        check_amount(block.exact)
    except QrisError as error:
        return error
    return None
