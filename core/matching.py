"""Who paid: for each credit of a bank statement, what it most likely pays, ranked, each with
a confidence (0-100) and the reasons for it.

The signals, strongest first:

- **The unique code's exact amount.** An open payment request asked for exactly this amount
  (the invoice total plus its own 1-999 rupiah). ``OpenRequest`` is the input: whoever
  makes the requests hands them in.
- **An invoice number in the description**, however the sender wrote it ("INV-2026-0012",
  "inv20260012", "INV 2026 0012"), or cut to its own last number the way people type it
  ("inv 0012", "F0012", "nota 17") when exactly one open invoice ends so.
- **The sender's name** against the customers' names. Banks write it in capitals and cut it
  short ("TRSF E-BANKING CR 0512/FTSCY/WS95031 BUDI SANTOS"); the bank's own words, codes and
  amounts are taken out first, and what is left is compared with rapidfuzz.
- **An amount the customer owes**: an open invoice's outstanding, their next instalment, an
  open promise, or their whole balance. Alone it is a weak hint (many customers may owe the
  same round amount); with the name it makes the match.

Everything here is pure: the ledger, the requests and the expected amounts come in, the
proposals go out. ``core.bankcredits`` keeps the credits and turns a confirmed one into a
payment.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Final, Literal

from rapidfuzz import fuzz, process

from core.bankstatement import Credit
from core.dates import format_date
from core.i18n import Lang, t
from core.ledger import CustomerKey, Ledger
from core.money import Amount, format_rupiah, to_json_number

if TYPE_CHECKING:
    from core.store import Store

ReasonCode = Literal[
    "code", "invoice", "invoice_short", "agreement", "name", "amount_invoice", "amount_instalment",
    "amount_promise", "amount_balance",
]  # fmt: skip
ExpectedKind = Literal["instalment", "promise"]


@dataclass(frozen=True, slots=True)
class OpenRequest:
    """An open request to pay an exact amount (the unique code's): what the customer was asked
    to transfer, to the rupiah, and the invoices it settles."""

    customer_key: CustomerKey
    amount: Amount
    invoice_numbers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Expected:
    """An amount a customer is expected to pay besides an invoice: an instalment of an
    agreement (``label`` its number) or an open promise (``label`` its date, ISO).
    ``reference`` is the agreement's own number when its papers give one: a transfer that
    names it is the customer's."""

    customer_key: CustomerKey
    amount: Amount
    kind: ExpectedKind
    label: str = ""
    reference: str = ""


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a candidate is proposed; ``detail`` is the invoice number, the name score or the
    instalment / promise it equals."""

    code: ReasonCode
    detail: str = ""

    def text(self, lang: Lang = "id") -> str:
        if self.code == "code":
            return t("match.reason.code", lang)
        if self.code == "invoice":
            return t("match.reason.invoice", lang, number=self.detail)
        if self.code == "invoice_short":
            return t("match.reason.invoice_short", lang, number=self.detail)
        if self.code == "agreement":
            return t("match.reason.agreement", lang, number=self.detail)
        if self.code == "name":
            return t("match.reason.name", lang, score=self.detail)
        if self.code == "amount_invoice":
            return t("match.reason.amount_invoice", lang, number=self.detail)
        if self.code == "amount_instalment":
            return t("match.reason.amount_instalment", lang, no=self.detail)
        if self.code == "amount_promise":
            day = format_date(date.fromisoformat(self.detail), lang=lang) if self.detail else ""
            return t("match.reason.amount_promise", lang, date=day)
        return t("match.reason.amount_balance", lang)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A customer (and an invoice, "" for their account) a credit may pay."""

    customer_key: CustomerKey
    customer: str
    invoice_number: str
    confidence: int
    reasons: tuple[Reason, ...]

    def why(self, lang: Lang = "id") -> str:
        return "; ".join(reason.text(lang) for reason in self.reasons)


@dataclass(frozen=True, slots=True)
class Proposal:
    """A credit and what it may pay, best first (none when nothing points anywhere)."""

    credit: Credit
    candidates: tuple[Candidate, ...]

    @property
    def top(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


# Words and marks the banks put around the sender's name.
BANK_WORDS: Final = frozenset(
    {
        "TRSF",
        "E",
        "BANKING",
        "EBANKING",
        "CR",
        "DB",
        "KR",
        "DR",
        "OTOMATIS",
        "LLG",
        "RTGS",
        "SKN",
        "BI",
        "FAST",
        "BIFAST",
        "BANK",
        "MANDIRI",
        "BCA",
        "BRI",
        "BNI",
        "BSI",
        "CIMB",
        "PERMATA",
        "DANAMON",
        "BTN",
        "TRANSFER",
        "TRF",
        "TRANSFERAN",
        "DARI",
        "FROM",
        "MASUK",
        "SETORAN",
        "TUNAI",
        "SWITCHING",
        "MCM",
        "INHOUSETRF",
        "INHOUSE",
        "NBMB",
        "ESB",
        "INTERBANK",
        "ATM",
        "ATMSTRPRM",
        "PAY",
        "TOP",
        "UP",
        "ECHANNEL",
        "PEMBAYARAN",
        "BAYAR",
        "PELUNASAN",
        "LUNAS",
        "NOTA",
        "INV",
        "INVOICE",
        "FAKTUR",
        "CICILAN",
        "ANGSURAN",
        "DP",
        "PAYMENT",
        "DANA",
        "OVO",
        "GOPAY",
        "SHOPEEPAY",
        "FTSCY",
        "FTFVA",
        "LAIN",
        "REKENING",
        "REK",
        "KIRIM",
        "KIRIMAN",
        "UANG",
        "VIA",
        "MBANKING",
        "MOBILE",
        "IB",
        "QRIS",
        "BY",
        "ON",
        "BEHALF",
        "OF",
        "BIAYA",
        "ADM",
        "BUNGA",
        "PAJAK",
        "REF",
        "NO",
        "TGL",
        "DAN",
        "UNTUK",
    }
)
HONORIFICS: Final = frozenset({"PAK", "BPK", "BAPAK", "BU", "IBU", "IB", "SDR", "SDRI", "H", "HJ"})
_GLUED = re.compile(r"(\d)([A-Z])")
_TOKENS = re.compile(r"[A-Z0-9]+")
_NAME_TOKEN = re.compile(r"^[A-Z][A-Z']*$")

CODE_CONFIDENCE: Final = 99
INVOICE_CONFIDENCE: Final = 92
SHORT_CONFIDENCE: Final = 80  # "inv 0012": one open invoice ends so, but the series is not said
NAME_FLOOR: Final = 70  # a name scoring less is no evidence


def name_text(description: str) -> str:
    """What is left of a description once the bank's words, codes and amounts are out: the
    sender's name, as far as the bank wrote it.

    >>> name_text("TRSF E-BANKING CR 0512/FTSCY/WS95031 1250000.00BUDI SANTOSO")
    'BUDI SANTOSO'
    >>> name_text("NBMB YULI RAHAYU TO TOKO MAJU JAYA")
    'YULI RAHAYU'
    """
    kept = [w for w in _words(description) if _NAME_TOKEN.match(w) and w not in BANK_WORDS]
    return " ".join(w for w in kept if w not in HONORIFICS)


def sender_texts(description: str) -> tuple[str, ...]:
    """The sender's name as ``name_text`` reads it, and, when a bank's word sits inside the
    name or ends it, the name with that word kept: "CV KARYA MANDIRI ABADI" and "SINAR
    MANDIRI" are firms, and "MANDIRI" there is theirs, not the bank's.

    >>> sender_texts("BI-FAST CR TRANSFER DR 014 KARYA MANDIRI ABADI")
    ('KARYA ABADI', 'KARYA MANDIRI ABADI')
    >>> sender_texts("TRSF E-BANKING CR 0512/FTSCY/WS95031 BUDI SANTOSO")
    ('BUDI SANTOSO',)
    """
    words = [w for w in _words(description) if _NAME_TOKEN.match(w)]
    own = [i for i, w in enumerate(words) if w not in BANK_WORDS]
    plain = name_text(description)
    if not own:
        return (plain,)
    end = own[-1] + 1
    if end == len(words) - 1:
        end += 1  # the last word of all, right after the name: "SINAR MANDIRI"
    whole = " ".join(w for w in words[own[0] : end] if w not in HONORIFICS)
    return (plain,) if whole == plain else (plain, whole)


def _words(description: str) -> list[str]:
    """The description's words in capitals, up to " TO " ("<sender> TO <the shop>")."""
    text = _GLUED.sub(r"\1 \2", description.upper())
    words = [w for w in re.split(r"[^A-Z0-9']+", text) if w]
    if "TO" in words:
        words = words[: words.index("TO")]
    return words


def customer_text(name: str) -> str:
    """A customer's name as a bank would write it: capitals, no punctuation or honorific."""
    words = re.split(r"[^A-Z0-9']+", name.upper())
    return " ".join(w for w in words if w and w not in HONORIFICS)


def name_score(sender: str, customer: str) -> int:
    """How well a sender's name (perhaps cut short) fits a customer's name, 0-100.

    >>> name_score("BUDI SANTOS", "BUDI SANTOSO") >= 95, name_score("BUDI", "BUDI SANTOSO") < 90
    (True, True)
    """
    if not sender or not customer:
        return 0
    partial = fuzz.partial_ratio(sender, customer)
    shorter = min(len(sender), len(customer))
    coverage = min(1.0, 1.5 * shorter / len(customer))
    adjusted = partial * (0.6 + 0.4 * coverage)
    return round(0.75 * adjusted + 0.25 * fuzz.ratio(sender, customer))


def _joined(number: str) -> str:
    return "".join(_TOKENS.findall(number.upper()))


# Words people put before an invoice's number when they type it short: "inv 0012", "F0012",
# "nota 17", "no 46", "byr inv 0046"; besides these, the letters of the book's own series
# ("PJ12" for PJ-000012, "INV BDG 0022" for INV/BDG/2026/0022).
SHORT_PREFIXES: Final = frozenset(
    {"INV", "INVOICE", "F", "FK", "FAK", "FAKTUR", "FKT", "NOTA", "NT", "NO", "NOMOR", "NOMER"}
)
_PREFIXED = re.compile(r"^([A-Z]{1,7})?0*([1-9][0-9]*)$")


def number_tail(number: str) -> str:
    """An invoice number's distinctive tail: its last run of digits, leading zeros dropped.

    >>> number_tail("INV-2026-0012"), number_tail("NT/XI/2026/017"), number_tail("1012")
    ('12', '17', '1012')
    """
    runs = re.findall(r"\d+", number)
    return runs[-1].lstrip("0") if runs else ""


@dataclass(slots=True)
class _Found:
    reasons: list[Reason] = field(default_factory=list)
    invoice: str = ""
    code: int = 0  # how many requests share the amount (0: none)
    named: bool = False  # an invoice or agreement number is in the description
    short: bool = False  # an open invoice's number is, typed short ("inv 0012")
    name: int = 0
    owes: bool = False  # the credit's amount is one the customer owes

    def add(self, reason: Reason) -> None:
        if reason not in self.reasons:
            self.reasons.append(reason)


class Matcher:
    """The book made ready for matching many credits: invoice numbers, names and the amounts
    each customer owes, indexed once."""

    def __init__(
        self,
        ledger: Ledger,
        requests: Iterable[OpenRequest] = (),
        expected: Iterable[Expected] = (),
    ) -> None:
        self.ledger = ledger
        self.names: dict[CustomerKey, str] = {}
        for inv in ledger.invoices:
            self.names.setdefault(inv.customer_key, ledger.name_of(inv.customer_key))
        for key, name in ledger.customer_names.items():
            self.names.setdefault(key, name)
        self._keys = list(self.names)
        self._texts = [customer_text(self.names[k]) for k in self._keys]
        # Invoice and agreement numbers as runs of letters and digits: "INV-2026-0012" is
        # "INV20260012". Each with its customer, whether it is still open, and its reason.
        self._numbers: dict[str, list[tuple[CustomerKey, str, bool, ReasonCode]]] = defaultdict(
            list
        )
        self._longest = 0
        # Open invoices by the tail of their number ("12" for INV-2026-0012), and the words
        # that may stand before a tail typed short.
        self._tails: defaultdict[str, list[tuple[CustomerKey, str]]] = defaultdict(list)
        self._prefixes = set(SHORT_PREFIXES)
        by_amount: defaultdict[Amount, list[tuple[CustomerKey, Reason, str]]] = defaultdict(list)
        balances: defaultdict[CustomerKey, Amount] = defaultdict(int)
        open_count: defaultdict[CustomerKey, int] = defaultdict(int)
        for inv in ledger.invoices:
            self._index_number(inv.customer_key, inv.number, inv.outstanding > 0, "invoice")
            if inv.outstanding > 0:
                tail = number_tail(inv.number)
                if tail:
                    self._tails[tail].append((inv.customer_key, inv.number))
                    self._prefixes.update(re.findall(r"[A-Z]+", inv.number.upper()))
                balances[inv.customer_key] += inv.outstanding
                open_count[inv.customer_key] += 1
                by_amount[inv.outstanding].append(
                    (inv.customer_key, Reason("amount_invoice", inv.number), inv.number)
                )
        for key, total in balances.items():
            if open_count[key] > 1:
                by_amount[total].append((key, Reason("amount_balance"), ""))
        for item in expected:
            code: ReasonCode = (
                "amount_instalment" if item.kind == "instalment" else "amount_promise"
            )
            by_amount[item.amount].append((item.customer_key, Reason(code, item.label), ""))
            if item.reference:
                self._index_number(item.customer_key, item.reference, True, "agreement")
            self.names.setdefault(item.customer_key, ledger.name_of(item.customer_key))
        self._by_amount = dict(by_amount)
        self._requests: defaultdict[Amount, list[OpenRequest]] = defaultdict(list)
        for request in requests:
            self._requests[request.amount].append(request)
            self.names.setdefault(request.customer_key, ledger.name_of(request.customer_key))

    def _index_number(self, key: CustomerKey, number: str, is_open: bool, code: ReasonCode) -> None:
        joined = _joined(number)
        if len(joined) >= 3 and not (joined.isdigit() and len(joined) < 4):
            self._numbers[joined].append((key, number, is_open, code))
            self._longest = max(self._longest, len(joined))

    def _numbers_named(self, description: str) -> list[tuple[CustomerKey, str, bool, ReasonCode]]:
        tokens = _TOKENS.findall(description.upper())
        found: list[tuple[CustomerKey, str, bool, ReasonCode]] = []
        for i in range(len(tokens)):
            joined = ""
            for j in range(i, len(tokens)):
                joined += tokens[j]
                if len(joined) > self._longest:
                    break
                if joined.isdigit() and j > i:
                    continue  # digits run together from several tokens are no number
                found.extend(self._numbers.get(joined, ()))
        return found

    def _short_named(self, description: str) -> list[tuple[CustomerKey, str]]:
        """Open invoices the description names by their tail typed short ("inv 0012",
        "F0012", "nota 17"): a number after an invoice word or glued to one, that ends exactly
        one open invoice. Two open invoices ending so: neither is named."""
        tokens = _TOKENS.findall(description.upper())
        found: list[tuple[CustomerKey, str]] = []
        for i, token in enumerate(tokens):
            match = _PREFIXED.match(token)
            if not match:
                continue
            prefix = match.group(1) or (tokens[i - 1] if i else "")
            if prefix not in self._prefixes:
                continue
            invoices = self._tails.get(match.group(2), [])
            if len(invoices) == 1 and invoices[0] not in found:
                found.append(invoices[0])
        return found

    def _names(self, sender: str) -> list[tuple[CustomerKey, int]]:
        if len(sender) < 3 or not self._texts:
            return []
        rough = process.extract(
            sender, self._texts, scorer=fuzz.partial_ratio, limit=12, score_cutoff=60
        )
        scored = [(self._keys[i], name_score(sender, self._texts[i])) for _, _, i in rough]
        return [(key, score) for key, score in scored if score >= NAME_FLOOR]

    def propose(self, credit: Credit, limit: int = 5) -> Proposal:
        found: defaultdict[CustomerKey, _Found] = defaultdict(_Found)
        for request in self._requests.get(credit.amount, ()):
            entry = found[request.customer_key]
            entry.code = len(self._requests[credit.amount])
            entry.add(Reason("code"))
            if len(request.invoice_numbers) == 1 and not entry.invoice:
                entry.invoice = request.invoice_numbers[0]
        for key, number, is_open, code in self._numbers_named(credit.description):
            entry = found[key]
            entry.add(Reason(code, number))
            if code == "invoice" and (not entry.named or is_open):
                entry.invoice = number
            entry.named = True
        for key, number in self._short_named(credit.description):
            entry = found[key]
            if entry.named:
                continue  # written in full as well
            entry.add(Reason("invoice_short", number))
            entry.invoice = entry.invoice if entry.short else number
            entry.short = True
        for sender in sender_texts(credit.description):
            for key, score in self._names(sender):
                entry = found[key]
                entry.name = max(entry.name, score)
        owing = self._by_amount.get(credit.amount, [])
        owers = {key for key, _, _ in owing}
        for key, reason, number in owing:
            entry = found[key]
            entry.owes = True
            entry.add(reason)
            if number and not entry.invoice:
                entry.invoice = number
        candidates = [self._candidate(key, entry, len(owers)) for key, entry in found.items()]
        ranked = sorted(
            (c for c in candidates if c.confidence > 0),
            key=lambda c: (-c.confidence, -found[c.customer_key].name, c.customer),
        )
        return Proposal(credit, tuple(ranked[:limit]))

    def _candidate(self, key: CustomerKey, entry: _Found, owers: int) -> Candidate:
        confidence = 0
        if entry.code:
            confidence = CODE_CONFIDENCE if entry.code == 1 else 75
        if entry.named:
            confidence = max(confidence, INVOICE_CONFIDENCE + (5 if entry.owes else 0))
        elif entry.short:
            confidence = max(confidence, SHORT_CONFIDENCE + (8 if entry.owes else 0))
        name_part = 0
        if entry.name >= NAME_FLOOR:
            name_part = 30 + (entry.name - NAME_FLOOR) * 4 // 3  # 30 to 70
            entry.add(Reason("name", str(entry.name)))
        amount_part = (35 if owers == 1 else 20) if entry.owes else 0
        together = name_part + (25 if name_part and amount_part else amount_part)
        confidence = max(confidence, together)
        if confidence >= INVOICE_CONFIDENCE and entry.name >= 85:
            confidence += 2
        order = {"code": 0, "invoice": 1, "invoice_short": 1, "agreement": 1, "name": 2}
        reasons = tuple(sorted(entry.reasons, key=lambda r: order.get(r.code, 3)))
        return Candidate(key, self.names.get(key, key), entry.invoice, min(confidence, 99), reasons)


def propose(
    credits: Iterable[Credit],
    ledger: Ledger,
    requests: Iterable[OpenRequest] = (),
    expected: Iterable[Expected] = (),
    limit: int = 5,
) -> list[Proposal]:
    """Ranked candidates for each credit, in the credits' order."""
    matcher = Matcher(ledger, requests, expected)
    return [matcher.propose(credit, limit) for credit in credits]


def expected_amounts(store: Store, ledger: Ledger, as_of: date) -> list[Expected]:
    """What the store says customers are expected to pay besides invoices: each active
    agreement's next unpaid instalment, and each open promise's unpaid part."""
    from core.agreements import apply_payments, load_agreements
    from core.history import promises

    found: list[Expected] = []
    for agreement in load_agreements(store):
        if agreement.status != "active":
            continue
        for status in apply_payments(agreement, ledger, as_of):
            if status.left > 0:
                found.append(
                    Expected(agreement.customer, status.left, "instalment", str(status.no))
                )
                break
    for promise in promises(store.events("contact"), ledger, as_of):
        if promise.status == "open" and promise.amount > promise.paid:
            found.append(
                Expected(
                    promise.customer_key,
                    promise.amount - promise.paid,
                    "promise",
                    promise.due.isoformat(),
                )
            )
    return found


def proposal_dict(
    proposal: Proposal, lang: Lang = "id", extra: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """A proposal as the CLI's JSON and the page's table carry it."""
    credit = proposal.credit
    return {
        **(extra or {}),
        "key": credit.key,
        "date": credit.on.isoformat(),
        "amount": to_json_number(credit.amount),
        "amount_text": format_rupiah(credit.amount),
        "description": credit.description,
        "balance": None if credit.balance is None else to_json_number(credit.balance),
        "file": credit.file,
        "row": credit.row,
        "candidates": [
            {
                "customer_key": c.customer_key,
                "customer": c.customer,
                "invoice_number": c.invoice_number,
                "confidence": c.confidence,
                "reasons": [r.code for r in c.reasons],
                "why": c.why(lang),
            }
            for c in proposal.candidates
        ],
    }


def sorted_by_confidence(proposals: Sequence[Proposal]) -> list[Proposal]:
    """Surest first: what the owner can confirm at a glance on top, the unmatched last."""
    return sorted(proposals, key=lambda p: (-(p.top.confidence if p.top else 0), p.credit.on))
