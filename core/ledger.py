"""The canonical ledger: invoices and payments from every file, deduplicated and matched.

``build_ledger`` is where several files become one book: exact duplicates count once, payments
find their invoices by number (or, without a number, the customer's oldest open invoices), and
spellings of one customer's name become one customer shown with the best spelling.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache, partial
from itertools import accumulate, chain, compress
from operator import and_, attrgetter, gt, itemgetter, ne
from typing import Final, Literal, NamedTuple, NewType, cast

from core.i18n import CodeKeys, Lang, t
from core.money import Amount
from core.speed import gc_paused

CustomerKey = NewType("CustomerKey", str)
DueSource = Literal["column", "terms", "default", "opening"]
CreditKind = Literal["payment", "return"]
# What each kind of credit is called ("Pembayaran", "Retur") in a table of them.
CREDIT_KIND_KEYS: Final = CodeKeys[CreditKind](
    CreditKind,
    {
        "payment": "payment.kind.payment",
        "return": "payment.kind.return",
    },
)

_SPACES = re.compile(r"\s+")
# A dot between two single letters ("U.D.", "C.V.Maju"): the letters are one word.
_ABBREVIATION_DOT = re.compile(r"(?<=\b\w)\.(?=\w\b)")
# A title written short or in full, as the first word of a name: one customer either way.
# (Each is a word a stored key keeps, so a key made before this rule is keyed again by it.)
_TITLES: Final = {"bpk": "pak", "bapak": "pak", "ibu": "bu"}
_NAME_MARKS = str.maketrans(".,", "  ")
# A company's legal form written after its name and a comma, as a list sorted by name writes
# it ("SINAR JAYA, PT", "Berkah Tani, CV."): the same name as with the form in front.
_FORM_AFTER: Final = re.compile(r",\s*(pt|cv|ud|pd)\.?\s*$")
_NO_SEPARATORS = str.maketrans("", "", " \t\n\r\xa0-/._")
_NO_SEPARATORS_OR_DIGITS = str.maketrans("", "", " \t\n\r\xa0-/._0123456789")
# Direction controls (a right-to-left override shows "Toko Maju" as "ujaM okoT") and
# zero-width characters: invisible in a name, and never part of who the customer is.
_INVISIBLE = dict.fromkeys(
    (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C,
     0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF),
    None,
)  # fmt: skip


# A ledger names a few hundred customers over and over: their keys and clean spellings are
# remembered (bounded, so a file of all-different names cannot grow it without end).
@lru_cache(maxsize=1 << 16)
def customer_key(name: str) -> CustomerKey:
    """The identity of a customer name: case, spacing, and the dots and commas of a name
    written short do not matter ("PT. Maju" is "PT Maju", "C.V.Maju" is "CV Maju", "Toko
    Sari." is "Toko Sari"). A key is its own key, so a stored one is keyed again by this
    rule when the rule changes (``core.store.schema``).

    >>> customer_key("  TOKO  Makmur jaya ") == customer_key("Toko Makmur Jaya")
    True
    >>> customer_key("U.D. Sejahtera, Pasar Baru"), customer_key("P.T.Maju")
    ('ud sejahtera pasar baru', 'pt maju')
    >>> customer_key("Ibu Sari.") == customer_key("ibu sari")
    True

    A title is one however it is written ("Bpk Budi" and "Bapak Budi" are "Pak Budi", "Ibu
    Ani" is "Bu Ani"). "Tk" is not read as "Toko": "TK Pertiwi" is a kindergarten, and a key
    keeps no dot to tell "Tk." apart. A phone number in a name stays part of it (two "Bu Ani"
    told apart by their numbers are two customers).

    >>> customer_key("Bpk. Budi"), customer_key("Bapak Budi"), customer_key("Ibu Ani")
    ('pak budi', 'pak budi', 'bu ani')
    >>> customer_key("TK Pertiwi"), customer_key("Bu Ani (0812-3456-7890)")
    ('tk pertiwi', 'bu ani (0812-3456-7890)')
    >>> customer_key("Toko 99"), customer_key("CV Abadi 2")
    ('toko 99', 'cv abadi 2')

    A legal form after the name and a comma is the name with it in front (a list sorted by
    name writes "SINAR JAYA, PT"); without the comma the words stay in their order.

    >>> customer_key("SINAR JAYA, PT"), customer_key("Berkah Tani, C.V."), customer_key("Maju PT")
    ('pt sinar jaya', 'cv berkah tani', 'maju pt')
    """
    folded = name.translate(_INVISIBLE).casefold()
    if "." in folded or "," in folded:
        folded = _ABBREVIATION_DOT.sub("", folded)
        if (form := _FORM_AFTER.search(folded)) is not None:
            folded = f"{form[1]} {folded[: form.start()]}"
        folded = folded.translate(_NAME_MARKS)
    words = folded.split()
    if words and words[0] in _TITLES:
        words[0] = _TITLES[words[0]]
    return CustomerKey(" ".join(words))


# A phone number written in a name: its digits with their spaces, dots, dashes and brackets,
# and the separator before it ("Bu Ani (0812-3456-7890)", "Pak Joko / 0857 1122 3344").
_PHONE_IN_NAME = re.compile(r"[\s/,-]*\(?\+?\d[\d\s.()-]{6,}\d\)?")


# How a person is addressed, before their name, and whether it says a man ("m") or a woman
# ("f"): no part of who they are. "H." is Haji, "Hj." Hajjah. (Keys: a title's dot is gone.)
_HONORIFICS: Final = {
    "pak": "m", "bapak": "m", "bpk": "m", "h": "m", "haji": "m",
    "bu": "f", "ibu": "f", "hj": "f", "hjh": "f", "hajjah": "f", "sdri": "f",
    "sdr": "", "saudara": "", "kak": "",
}  # fmt: skip
# A payer named on a transfer, "a.n. Toko Sari", "a/n CV Dewi", "atas nama Budi": on behalf of.
_ON_BEHALF: Final = (("an",), ("a/n",), ("a", "n"), ("atas", "nama"))


def untitled_key(key: CustomerKey) -> tuple[str, str]:
    """A customer key without the titles before the name and the "a.n." of a payer ("Ibu Hj.
    Siti Aminah" is Siti Aminah, "a/n CV Dewi" is CV Dewi), and whom the titles say: "m", "f",
    "" for none or a title of either, "?" for titles of both. A name is never left empty.

    >>> untitled_key(customer_key("Ibu Hj. Siti Aminah")), untitled_key(customer_key("H. Ahmad"))
    (('siti aminah', 'f'), ('ahmad', 'm'))
    >>> untitled_key(customer_key("a.n. Toko Sari")), untitled_key(customer_key("Pak"))
    (('toko sari', ''), ('pak', ''))
    """
    words = key.split()
    for mark in _ON_BEHALF:
        if tuple(words[: len(mark)]) == mark and len(words) > len(mark):
            del words[: len(mark)]
            break
    said = set()
    while len(words) > 1 and words[0] in _HONORIFICS:
        said.add(_HONORIFICS[words.pop(0)])
    said.discard("")
    return " ".join(words), (said.pop() if len(said) == 1 else "?" if said else "")


def loose_customer_key(key: CustomerKey) -> str:
    """A customer key without what a name written short may leave out: a phone number, the
    titles before it and a payer's "a.n." (``untitled_key``), and "Tk" for "Toko". Never a
    customer's identity ("TK Pertiwi" is a kindergarten, two "Bu Ani" are told apart by their
    numbers, "Pak Budi" and "Bu Budi" by their titles): only a way to find the one customer a
    payment's name may mean (``_by_loose_name``).

    >>> loose_customer_key(customer_key("Bu Ani (0812-3456-7890)")), loose_customer_key("tk sinar")
    ('ani', 'toko sinar')
    >>> loose_customer_key(customer_key("Pak Joko / 0857 1122 3344"))
    'joko'
    >>> loose_customer_key(customer_key("a/n Hj. Siti Aminah"))
    'siti aminah'
    """
    words = untitled_key(CustomerKey(_PHONE_IN_NAME.sub(" ", key)))[0].split()
    if words and words[0] == "tk":
        words[0] = "toko"
    return " ".join(words)


@lru_cache(maxsize=1 << 16)
def clean_name(name: str) -> str:
    """A name as typed, with runs of spaces folded and invisible characters left out: direction
    controls (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C) and zero-width ones
    (U+200B-U+200D, U+2060, U+FEFF).

    >>> clean_name("  Toko \u202eMaju\u200b  Jaya ")
    'Toko Maju Jaya'

    A customer's heading or card carried on to the next page says so after the name ("Toko
    Maju (lanjutan)", "Bu Sari - lanj.", "CV Abadi (cont'd)"), or names its page ("CV Abadi -
    hal. 2"): the same customer (a sheet's "(2)" only in a card's name: ``card_name``).

    >>> clean_name("Toko Maju (lanjutan)"), clean_name("Bu Sari - lanj."), clean_name("PT X cont'd")
    ('Toko Maju', 'Bu Sari', 'PT X')
    >>> clean_name("CV Abadi - hal. 2"), clean_name("Bu Ani (2)"), clean_name("Bu Sari hal 1")
    ('CV Abadi', 'Bu Ani (2)', 'Bu Sari')
    >>> clean_name("Lanjutan"), clean_name("Toko Lanjut Jaya"), clean_name("Tokolanjutan")
    ('Lanjutan', 'Toko Lanjut Jaya', 'Tokolanjutan')
    """
    cleaned = _SPACES.sub(" ", name.translate(_INVISIBLE)).strip()
    if (carried := _CARRIED_ON.search(cleaned)) is not None and carried.start() > 0:
        cleaned = cleaned[: carried.start()].rstrip()
    return cleaned


# What a heading carried on to the next page says after the customer's name.
_CARRIED_ON: Final = re.compile(
    r"(?:\s*[(\[]\s*|\s*[-–—:,]\s*|\s+)(?:lanjutan|lanj\.?|sambungan|continued|cont'?d\.?|"
    # or its page: "CV Abadi - hal. 2", "Toko Maju (2)"
    r"(?:hal|hlm|halaman|page|pg)\.?\s*\d{1,3}\b)\.?"
    r"\s*[)\]]?\s*$",
    re.IGNORECASE,
)
# A sheet copied by Excel ("Toko Maju (2)"), or a card's title on it, names its page so: only
# a sheet's or a title's name (``card_name``), never a customer column's ("Bu Ani (1)" and
# "Bu Ani (2)" in a list may be two people the owner numbered apart).
_SHEET_COPY: Final = re.compile(r"\s*[(\[]\s*\d{1,2}\s*[)\]]\s*$")


def card_name(name: str) -> str:
    """A card's customer as its sheet's name or its title writes it: ``clean_name``, and a
    sheet Excel copied for the card's next page ("Toko Maju (2)") is the same customer.

    >>> card_name("Toko Maju (2)"), card_name("Bu Sari (lanjutan)"), card_name("(2)")
    ('Toko Maju', 'Bu Sari', '(2)')
    """
    cleaned = clean_name(name)
    if (copy := _SHEET_COPY.search(cleaned)) is not None and copy.start() > 0:
        cleaned = cleaned[: copy.start()].rstrip()
    return cleaned


def loose_invoice_key(number: str) -> str:
    """An invoice number without its separators: how a payment may name an invoice written
    another way ("INV 003" or "inv003" for "INV-003"), tried when its own number matches none
    and it names no customer.

    >>> loose_invoice_key("INV 003") == loose_invoice_key("inv-003") == loose_invoice_key("INV/003")
    True

    A number of digits alone matches without its leading zeros: a sheet that keeps it as a
    number shows 13 as "0013", and a payment types "0013".

    >>> loose_invoice_key("0013") == loose_invoice_key("13")
    True
    """
    loose = number.translate(_NO_SEPARATORS).upper()
    return (loose.lstrip("0") or "0") if loose.isdigit() else loose


def invoice_key(number: str) -> str:
    """Invoice numbers match whatever their case and spacing ('inv-01 ' is 'INV-01'), and
    without a "#" or "No." written before them ('#S-1029' and 'No. S-1029' are 'S-1029').

    >>> invoice_key(" inv-01"), invoice_key("#S-1029"), invoice_key("No. S-1029")
    ('INV-01', 'S-1029', 'S-1029')
    """
    if number[:1] == "#" or number[:3].upper() == "NO.":
        number = _NUMBER_SIGN.sub("", number) or number
    if " " not in number and number.isprintable():  # no whitespace of any kind: nothing to cut
        return number.upper()
    return _SPACES.sub("", number).upper()


# A sign before an invoice number, in a note or a number cell: "#S-1029", "No. S-1029".
_NUMBER_SIGN: Final = re.compile(r"^(?:#|no\.)\s*", re.IGNORECASE)


def invoice_keys(numbers: Sequence[str]) -> list[str]:
    """``invoice_key`` of each number of a column: when none holds whitespace or a sign
    before it (one search through them all), there is nothing to cut."""
    joined = "".join(numbers)
    if (
        " " not in joined
        and joined.isprintable()
        and "#" not in joined
        and "NO." not in joined.upper()
    ):  # invoice_key's tests, of them all at once
        return list(map(str.upper, numbers))
    return list(map(invoice_key, numbers))


# The fields of an Invoice read a column at a time.
_NUMBER = itemgetter(0)
_CUSTOMER = itemgetter(1)
_DATE = itemgetter(2)
_DUE = itemgetter(3)
_DUE_SOURCE = itemgetter(4)
_AMOUNT = itemgetter(5)
_PAID = itemgetter(6)
_PLACE = attrgetter("source.file", "source.sheet")
_FILE = attrgetter("source.file")
_SOURCE = itemgetter(7)
# and of a Payment
_PAY_AMOUNT = itemgetter(0)
_PAY_NUMBER = itemgetter(2)
_PAY_CUSTOMER = itemgetter(3)
_PAY_KIND = itemgetter(5)
# Between the invoice numbers one payment names: "MF-02, MF-03", "F-5 & F-6", "F-7 dan F-8".
_SEVERAL = re.compile(r"\s*(?:[,;&+]|\bdan\b|\band\b)\s*", re.IGNORECASE)
# An invoice number and bare numbers after it, written short: "FK-12, 13", "FK-12 & 13",
# "FK-12/13" (each later number takes the first's prefix: ``written_out``).
_SHORTENED: Final = re.compile(
    r"(?<![\w/-])([^\s,;:()\[\]&+]*\D)(\d+)((?:\s*(?:[,&+/]|\bdan\b)\s*\d+(?![\w/-]|\.\d))+)",
    re.IGNORECASE,
)
_BARE: Final = re.compile(r"\d+")
_SHORT_AFTER_SLASH: Final = re.compile(r"\d\s*/\s*\d{1,3}(?!\d)")


def _may_name_several(name: str) -> bool:
    """Whether a payment's name may name several invoices: a separator, or a short number
    after a slash ("FK-12/13"; not a receipt's own "BKM/019124", looked at 35k at a time)."""
    return (
        "," in name
        or "&" in name
        or "+" in name
        or ";" in name
        or _SHORT_AFTER_SLASH.search(name) is not None
        or " dan " in (low := name.lower())
        or " and " in low
    )


def written_out(text: str, known: Container[str]) -> str:
    """``text`` with the invoice numbers written short after another ("FK-12, 13", "FK-12 &
    13", "FK-12/13") written out where ``known`` (numbers by ``invoice_key``) lists them: "FK-12,
    FK-13". A number the book does not list stays as written, and so does a whole the book lists
    as one number ("INV/10/15"): only a listed first number lends its prefix.

    >>> written_out("Pelunasan FK-12, 13", {"FK-12", "FK-13"}), written_out("FK-12/13", {"FK-12"})
    ('Pelunasan FK-12, FK-13', 'FK-12/13')
    """
    return _SHORTENED.sub(partial(_written_out, known), text)


def _written_out(known: Container[str], match: re.Match[str]) -> str:
    prefix, first, tail = match.groups()
    if invoice_key(match.group(0)) in known or invoice_key(prefix + first) not in known:
        return match.group(0)
    rest = [prefix + n if invoice_key(prefix + n) in known else n for n in _BARE.findall(tail)]
    if rest == _BARE.findall(tail):
        return match.group(0)  # none of them listed: as written
    return ", ".join([prefix + first, *rest])


# Source, Invoice and Payment are named tuples, not dataclasses: values like the others (a change
# is a new record, made with ``_replace``), and made 100k at a time. A tuple can be made without a
# Python call per record (``tuple.__new__`` over zipped columns, ``core.ingest``); a dataclass's
# ``__init__`` is Python code, a frozen one's five times slower again (issue #9, measured).
class Source(NamedTuple):
    """Where a record was read: file name, sheet (empty for CSV) and 1-based Excel row."""

    file: str
    sheet: str
    row: int


class Invoice(NamedTuple):
    """One sale on credit.

    ``paid`` is what the ledger row itself says was paid (a paid column, amount − balance, or
    the full amount for a LUNAS status); payments from a payments sheet are added by
    ``build_ledger`` into ``paid`` as well. ``number`` is empty when the ledger has none.
    """

    number: str
    customer: str
    invoice_date: date | None
    due_date: date
    due_source: DueSource
    amount: Amount
    paid: Amount
    source: Source
    cost: Amount | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    # What the row itself says was paid and the day its payment date gives ("Dibayar | Tgl
    # Bayar" on the invoice's row): money received that day, as a payment's (``paid`` grows
    # by the payments sheets' money, so it cannot say which part came when).
    dated_paid: tuple[date, Amount] | None = None

    @property
    def customer_key(self) -> CustomerKey:
        return customer_key(self.customer)

    @property
    def outstanding(self) -> Amount:
        """Amount less paid, never below zero: an overpaid invoice owes nothing."""
        rest = self.amount - self.paid
        return rest if rest > 0 else 0


def invoice_label(number: str, due_source: DueSource, lang: Lang = "id", blank: str = "-") -> str:
    """How a debt is named to the owner and the customer: its invoice number; an opening
    balance (saldo awal) without one as such; any other debt without one as ``blank``.

    >>> invoice_label("F-1", "column"), invoice_label("", "opening"), invoice_label("", "terms")
    ('F-1', 'Saldo awal', '-')
    >>> invoice_label("", "opening", "en")
    'Opening balance'
    """
    if number:
        return number
    return t("invoice.opening", lang) if due_source == "opening" else blank


class Payment(NamedTuple):
    """A credit: money received, or goods returned (``kind`` "return": a retur or credit note),
    against an invoice (by number) or against a customer's account."""

    amount: Amount
    source: Source
    invoice_number: str = ""
    customer: str = ""
    paid_on: date | None = None
    kind: CreditKind = "payment"


@dataclass(frozen=True, slots=True)
class Contact:
    """A phone, e-mail or address for a customer from a customer-list sheet; the customer's
    terms ("Tempo 14 hari": ``terms`` days) and the code the book names them by ("C002"),
    where the sheet gives them (``core.ingest.read_ledger`` reads the file's records by them).
    """

    customer: str
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    terms: int | None = None
    code: str | None = None


def customer_terms(contacts: Iterable[Contact]) -> dict[CustomerKey, int]:
    """Each customer's terms from the customer sheets, by their name's key and their code's:
    a row naming them either way is theirs.

    >>> customer_terms([Contact("Toko Sido", terms=14, code="C01"), Contact("CV Rezeki")])
    {'toko sido': 14, 'c01': 14}
    """
    found: dict[CustomerKey, int] = {}
    for contact in contacts:
        if contact.terms is not None:
            for name in (contact.customer, contact.code):
                if name:
                    found.setdefault(customer_key(name), contact.terms)
    return found


def code_names(contacts: Iterable[Contact]) -> dict[CustomerKey, str]:
    """The name the customer sheets give each code, by the code's key ("C002" → "Warung
    Makan Bu Tatik"); a code given to two names names neither.

    >>> code_names([Contact("Toko Harum", code="C001"), Contact("C003", code="C003")])
    {'c001': 'Toko Harum'}
    """
    found: dict[CustomerKey, str] = {}
    twice: set[CustomerKey] = set()
    for contact in contacts:
        if not contact.code:
            continue
        key = customer_key(contact.code)
        if key == customer_key(contact.customer):
            continue
        if found.setdefault(key, contact.customer) != contact.customer:
            twice.add(key)
    return {key: name for key, name in found.items() if key not in twice}


# A company's legal form or a shop's word before its name: no part of whether two names
# written beside one code are one name ("Tk. Makmur Abadi" and "TOKO MAKMUR ABADI"), nor of
# the one customer a payer's name may mean ("Sari Rasa" paying for "Toko Sari Rasa").
_FORM_WORDS: Final = frozenset({
    "pt", "cv", "ud", "pd", "toko", "tk", "tb", "warung", "bengkel", "kios", "depot", "rm",
    "wm", "apotek", "apotik", "klinik", "toserba", "minimarket", "koperasi", "kedai",
})  # fmt: skip
# A shop's word of two words, as its short form ("Toko Bangunan Sinar Terang" is "TB Sinar
# Terang", "Rumah Makan Padang" is "RM Padang", "Warung Makan Sari Rasa" is "WM Sari Rasa").
_SHOP_PHRASES: Final = re.compile(r"^(?:toko bangunan|rumah makan|warung makan)\b")
_SHORT_PHRASE: Final = {"toko bangunan": "tb", "rumah makan": "rm", "warung makan": "wm"}


def _shop_spelled(loose: str) -> str:
    """A loose name with its shop's word of two words written short (``_SHOP_PHRASES``).

    >>> _shop_spelled("toko bangunan sinar terang"), _shop_spelled("toko sari")
    ('tb sinar terang', 'toko sari')
    """
    return _SHOP_PHRASES.sub(lambda found: _SHORT_PHRASE[found.group(0)], loose, count=1)


def _shopless(loose: str) -> str:
    """A loose name (``loose_customer_key``) without its legal form or shop's word before it
    (``_FORM_WORDS``, ``_SHOP_PHRASES``) and the titles after those: "warung bu sri" is "sri".

    >>> _shopless("toko sari rasa"), _shopless("warung bu sri"), _shopless("toko")
    ('sari rasa', 'sri', 'toko')
    >>> _shopless("warung makan sari rasa"), _shopless("apotek sehat sentosa")
    ('sari rasa', 'sehat sentosa')
    """
    words = _shop_spelled(loose).split()
    if not words or words[0] not in _FORM_WORDS:
        return loose
    while len(words) > 1 and words[0] in _FORM_WORDS:
        del words[0]
    return untitled_key(CustomerKey(" ".join(words)))[0]


def _bare_name(name: str) -> str:
    """A name without its titles, its phone number, and its legal form or "Toko" before it
    (``loose_customer_key``, ``_shopless``): what two spellings of one customer's name share."""
    return _shopless(loose_customer_key(customer_key(name)))


# One code column's rows: each (code, name) written on a row, and how many rows; whether its
# label is a plain "Kode" or "ID" (another thing's code, for all it says).
CodeColumn = tuple[Mapping[tuple[str, str], int], bool]


def customers_by_code(
    columns: Sequence[CodeColumn], contacts: Iterable[Contact]
) -> tuple[dict[CustomerKey, str], dict[CustomerKey, str]]:
    """Who each customer code written beside a name is: the code decides ("C-001" beside
    "PT. Sinar Jaya" and "SINAR JAYA, PT" is one customer, "Toko Maju" under C-010 and under
    C-022 two). Returns each code's customer by the code's key, and the customer of a row
    without a code by its name's or its code's key (a name written beside one code only).

    A column is the customers' codes where a code comes back (on two rows, or on a customer
    sheet: a number of each row's own names no customer) and each code's names are one
    name spelled several ways (``_bare_name``: a code beside "Toko Maju" and "CV Abadi" is an
    area's or a salesman's). A code's customer is the customer sheet's name for it, else the
    name written beside it most often; two codes of one name are told apart by their codes,
    where a customer sheet lists both or the column's label says it holds the customer's code
    ("Kode Pelanggan", not "Kode").

    >>> rows = {("C1", "PT. Sinar Jaya"): 2, ("C1", "SINAR JAYA, PT"): 1, ("C2", "Tk. Maju"): 1,
    ...         ("C2", "TOKO MAJU"): 2}
    >>> codes, names = customers_by_code([(rows, False)], [])
    >>> codes, names[customer_key("Tk. Maju")], names[customer_key("c2")]
    ({'c1': 'PT. Sinar Jaya', 'c2': 'TOKO MAJU'}, 'TOKO MAJU', 'TOKO MAJU')
    >>> customers_by_code([({("C-10", "Toko Maju"): 1, ("C-22", "Toko Maju"): 2}, False)], [])[0]
    {'c-10': 'Toko Maju (C-10)', 'c-22': 'Toko Maju (C-22)'}

    A code beside two customers' names, or each row's own:

    >>> customers_by_code([({("BKS", "Toko Maju"): 1, ("BKS", "CV Abadi"): 1}, True)], [])
    ({}, {})
    >>> customers_by_code([({("T-1", "Toko Maju"): 1, ("T-2", "Toko Maju"): 1}, True)], [])
    ({}, {})
    """
    listed: dict[CustomerKey, str] = {}
    counts: Counter[CustomerKey] = Counter()
    for contact in contacts:
        if contact.code and (key := customer_key(contact.code)) != customer_key(contact.customer):
            listed.setdefault(key, contact.customer)
            counts[key] += 1
    for pairs, _ in columns:
        for (code, _), n in pairs.items():
            counts[customer_key(code)] += n
    spelled: dict[CustomerKey, Counter[str]] = {}
    shown: dict[CustomerKey, str] = {}
    told = False  # a column's label says its codes are the customers'
    for pairs, plain in columns:
        bare: dict[CustomerKey, set[str]] = {}
        for code, name in pairs:
            bare.setdefault(customer_key(code), set()).add(_bare_name(name))
        if all(counts[key] == 1 for key in bare) or any(len(b) > 1 for b in bare.values()):
            continue
        told |= not plain
        for (code, name), n in pairs.items():
            spelled.setdefault(key := customer_key(code), Counter())[name] += n
            shown.setdefault(key, code)
    codes = {key: listed.get(key) or names.most_common(1)[0][0] for key, names in spelled.items()}
    of_name: dict[CustomerKey, list[CustomerKey]] = {}
    for key, name in codes.items():
        of_name.setdefault(customer_key(name), []).append(key)
    for keys in of_name.values():
        if len(keys) > 1 and (told or all(key in listed for key in keys)):
            for key in keys:
                codes[key] = f"{codes[key]} ({shown[key].strip()})"
    under: dict[CustomerKey, set[CustomerKey]] = {}
    for key, names in spelled.items():
        for name in names:
            under.setdefault(customer_key(name), set()).add(key)
    by_name = {name: codes[min(keys)] for name, keys in under.items() if len(keys) == 1}
    return codes, {**by_name, **codes}


# A program's customer code before the name ("C-0003 Toko Kencana", "C-01  Toko Sumber
# Rejeki": Accurate's headings): letters, a dash or a dot or none, digits, or digits alone
# ("001 Toko Rezeki"); then the name, after spaces or a separator that goes with the code
# ("PLG001 - Toko Maju", "PLG002: CV Sentosa", "C01 | Bu Ani").
_CODED_NAME: Final = re.compile(
    r"^(?:([^\W\d_]{1,4})[-.]?)?(\d{2,6})(?:\s*[-\u2013\u2014\u00b7|:]\s*|\s+)"
    r"(\S.*[^\W\d_].*)$"
)


def coded_names(names: Iterable[str]) -> dict[CustomerKey, str]:
    """The names a book writes after the program's code of the customer ("C-0003 Toko
    Kencana" is Toko Kencana, its code C-0003), by the key of the name as written and of the
    code alone (a row naming them by code: ``code_names``). Only where two names or more
    carry a code of one shape (the same letters, as many digits): one name starting so may
    be a shop's own ("K24 Apotek").

    >>> found = coded_names(["C-0003 Toko Kencana", "C-0011  CV Andalas", "Bu Ani"])
    >>> found[customer_key("C-0003 Toko Kencana")], found[customer_key("c-0011")]
    ('Toko Kencana', 'CV Andalas')
    >>> coded_names(["K24 Apotek", "Toko 99"]), coded_names(["A12 Cell", "B34 Motor"])
    ({}, {})

    A separator between code and name goes with the code:

    >>> found = coded_names(["PLG001 - Toko Maju", "PLG002 - CV Sentosa"])
    >>> found[customer_key("PLG001 - Toko Maju")], found[customer_key("plg002")]
    ('Toko Maju', 'CV Sentosa')

    A code of digits alone is one where two names or more carry it zero-padded ("001 Toko
    Rezeki", "002 Toko Ananda": a program counting its customers); a shop's name starts with
    a number written as said ("21 Cafe", "88 Mart", "3 Saudara Motor"), never with a 0.

    >>> coded_names(["001 Toko Rezeki", "002 Toko Ananda"])[customer_key("001 Toko Rezeki")]
    'Toko Rezeki'
    >>> coded_names(["21 Cafe", "88 Mart", "3 Saudara Motor"])
    {}

    Two codes giving one name are two customers of one name: each keeps its code.

    >>> coded_names(["C-01 Toko Maju", "C-02 Toko Maju"])
    {}
    >>> sorted(set(coded_names(["C-01 Toko Maju", "C01 Toko Maju"]).values()))
    ['Toko Maju']
    """
    shapes: dict[tuple[str, int], list[tuple[str, str, str]]] = {}
    for name in set(names):
        match = _CODED_NAME.match(name.strip())
        if match is not None:
            letters, digits, rest = match.groups()
            code = name.strip()[: match.end(2)]
            shape = ((letters or "").casefold(), len(digits))
            shapes.setdefault(shape, []).append((name, code, rest))
    found: dict[CustomerKey, str] = {}
    twice: set[CustomerKey] = set()
    codes: dict[CustomerKey, set[str]] = {}  # each name's codes, whatever their separators
    for (letters, _), coded in shapes.items():
        if len(coded) < 2:
            continue
        if not letters and sum(code.startswith("0") for _, code, _ in coded) < 2:
            continue  # digits alone, not zero-padded: a name's own number
        for written, code, rest in coded:
            name = clean_name(rest)
            found[customer_key(written)] = name
            if found.setdefault(key := customer_key(code), name) != name:
                twice.add(key)  # a code given to two names names neither
            codes.setdefault(customer_key(name), set()).add(loose_invoice_key(code))
    for name_key, keys in codes.items():
        if len(keys) > 1:  # a name given two codes: neither code is dropped
            twice.update(k for k, name in found.items() if customer_key(name) == name_key)
    return {key: name for key, name in found.items() if key not in twice}


@dataclass(slots=True)
class Ledger:
    """The book after ``build_ledger``: one record per distinct invoice, with payments applied."""

    invoices: list[Invoice] = field(default_factory=list)
    payments: list[Payment] = field(default_factory=list)
    unmatched_payments: list[Payment] = field(default_factory=list)
    conflicts: list[tuple[Invoice, Invoice]] = field(default_factory=list)
    # Opening balances that carry what the book's earlier rows list ("Saldo bulan lalu" on
    # the next month's sheet) and disagree with them: each with what those rows add up to.
    carried_mismatches: list[tuple[Invoice, Amount]] = field(default_factory=list)
    # Invoices an older list shows still owed and a newer list of the same book, relisting
    # others of them, leaves out: each with whether both lists say they are of what is unpaid
    # (then it is settled: paid in between), else still counted (``_left_off``).
    left_off: list[tuple[Invoice, bool]] = field(default_factory=list)
    # Payments from a name two customers or more could be (a plain "Bu Ani" beside "Bu Ani
    # (Pasar)" and "Bu Ani Kios 3"): they pay nothing, the owner asked which one paid.
    ambiguous_customers: list[Payment] = field(default_factory=list)
    # Payments naming an invoice their customer does not have ("F-9999"), paid on account.
    missing_invoices: list[Payment] = field(default_factory=list)
    # Payments naming short a number two of their customer's invoices end in ("4502" for
    # "INV/2025/4502" and "INV/2026/4502"), paid on account.
    ambiguous_invoices: list[Payment] = field(default_factory=list)
    customer_names: dict[CustomerKey, str] = field(default_factory=dict)
    # What customers paid or returned beyond everything they owe (kelebihan bayar / titipan).
    credit_balances: dict[CustomerKey, Amount] = field(default_factory=dict)
    phones: dict[CustomerKey, str] = field(default_factory=dict)
    owners_cache: dict[str, CustomerKey] | None = field(default=None, repr=False, compare=False)
    # Where each invoice number's records stand in ``invoices`` (that very list), as merged.
    number_positions: tuple[list[Invoice], Positions] | None = field(
        default=None, repr=False, compare=False
    )
    # What the figures need that does not depend on the date (core.aging.derived), built once
    # per book: a book is not changed after build_ledger (the cache checks its lists anyway).
    derived_cache: object | None = field(default=None, repr=False, compare=False)
    by_customer_cache: (
        tuple[list[Invoice], int, Mapping[CustomerKey, tuple[Invoice, ...]]] | None
    ) = field(default=None, repr=False, compare=False)

    def name_of(self, key: CustomerKey) -> str:
        return self.customer_names.get(key, key)

    def invoices_of(self, key: CustomerKey) -> tuple[Invoice, ...]:
        """The customer's invoices, in the book's order; none for a customer it does not know.

        From an index built once per book (``invoices_by_customer``), not a scan of the book.
        """
        return self.invoices_by_customer().get(key, ())

    def invoices_by_customer(self) -> Mapping[CustomerKey, tuple[Invoice, ...]]:
        """Every customer's invoices, customers in the order the book first names them.

        Built once per book and kept with it; a book is not changed after ``build_ledger``, and
        the index is built again if its list of invoices was replaced or grew all the same.
        """
        kept = self.by_customer_cache
        if kept is not None and kept[0] is self.invoices and kept[1] == len(self.invoices):
            return kept[2]
        grouped: dict[CustomerKey, list[Invoice]] = {}
        for inv in self.invoices:
            grouped.setdefault(inv.customer_key, []).append(inv)
        index = {key: tuple(found) for key, found in grouped.items()}
        self.by_customer_cache = (self.invoices, len(self.invoices), index)
        return index

    def customer_of(self, payment: Payment) -> CustomerKey | None:
        """Whose payment this is: the owner of its invoice, else the customer it names."""
        return self.customers_of((payment,))[0]

    def customers_of(self, payments: Sequence[Payment]) -> list[CustomerKey | None]:
        """``customer_of`` each payment, a column at a time (the summary asks it of every
        payment of the book)."""
        numbers = list(map(_PAY_NUMBER, payments))
        keys = invoice_keys(numbers)
        owners = self._owners_of(set(compress(keys, numbers)))
        found = list(map(owners.get, keys)) if owners else [None] * len(keys)
        return [
            owner if number and (owner is not None) else customer_key(name) if name else None
            for number, owner, name in zip(
                numbers, found, map(_PAY_CUSTOMER, payments), strict=True
            )
        ]

    def _owners_of(self, keys: set[str]) -> Mapping[str, CustomerKey]:
        """The owner of each of these invoice numbers (keys) that has one. From the positions
        ``build_ledger`` kept when the book is as it made it (only the numbers asked: a
        summary asks those of the payments, a tenth of the invoices), else ``_owners``."""
        kept = self.number_positions
        if kept is None or kept[0] is not self.invoices or "" in keys:
            return self._owners()  # a book made otherwise, or a number of spaces only
        positions, invoices = kept[1], self.invoices
        found: dict[str, CustomerKey] = {}
        for key in keys:
            at = positions.get(key)
            if at is not None:  # the first record of the number names its owner
                found[key] = customer_key(invoices[at if type(at) is int else at[0]].customer)  # type: ignore[index]
        return found

    def _owners(self) -> dict[str, CustomerKey]:
        if self.owners_cache is None:
            # The first invoice of each number names its owner (a dict filled from the end
            # keeps the first).
            numbers = list(map(_NUMBER, self.invoices))
            keys = invoice_keys(numbers)
            owners = map(customer_key, map(_CUSTOMER, self.invoices))
            numbered = list(compress(zip(keys, owners, strict=True), numbers))
            self.owners_cache = dict(reversed(numbered))
        return self.owners_cache


def _best_spelling(spellings: Counter[str]) -> str:
    """The most used spelling; among equals, one in mixed case ('Toko Maju' over 'TOKO MAJU')."""

    def rank(item: tuple[str, int]) -> tuple[int, int]:
        name, count = item
        mixed = not (name.isupper() or name.islower())
        return (count, int(mixed))

    return max(spellings.items(), key=rank)[0]


def _dedupe_key(inv: Invoice, occurrence: int, number: str) -> tuple[object, ...]:
    """What makes two records one sale. ``number`` is ``invoice_key(inv.number)``.

    With a number: the number, the customer and the amount (a card and an invoice list name the
    same invoice with or without its due date). Without: two equal rows in one sheet are two
    sales; the same rows read again from another copy of the ledger are the same sales,
    matched by their order.
    """
    if number:
        return (number, customer_key(inv.customer), inv.amount)
    return ("", inv.customer_key, inv.invoice_date, inv.amount, inv.due_date, occurrence)


@gc_paused()
def build_ledger(
    invoices: Iterable[Invoice],
    payments: Iterable[Payment] = (),
    contacts: Iterable[Contact] = (),
    lists: Mapping[tuple[str, str], date | None] | None = None,
) -> Ledger:
    """Merge invoices and payments from any number of files into one ``Ledger``.

    An exact duplicate (same number, customer, amount and due date) is kept once, with the
    largest ``paid`` any copy shows (the most recent state of that invoice). Payments are then
    added to their invoice's ``paid``, beside a paid column as ``_with_column`` says (owners
    often keep both for the same money: the larger counts, but a payment larger than the
    column cannot be in it). ``lists``: the sheets (file, sheet) that list invoices, each with
    the day its title says it lists what was still owed on, where it says so (``_left_off``).
    """
    invoice_list = _one_person(list(invoices))
    payment_list = returns_once(list(payments), invoice_list)
    contacts = list(contacts)
    # A customer the book keeps an opening balance for is one it keeps an account for, as
    # one its customer sheet names: money ahead in the opening with no sale since (Toko Sejati
    # Baru's "(400.000)" kelebihan bayar on Saldo Awal) is their credit balance.
    sources = list(map(_DUE_SOURCE, invoice_list))
    opened = (
        [Contact(invoice_list[i].customer) for i, kind in enumerate(sources) if kind == "opening"]
        if "opening" in sources
        else []
    )
    left_off = _left_off(invoice_list, lists) if lists and len(lists) > 1 else []
    told = [(invoice_list[i], settled) for i, settled in left_off]
    for i, settled in left_off:
        if settled:  # paid between the two lists' days
            invoice_list[i] = with_paid(invoice_list[i], invoice_list[i].amount)
    carried = _carried_openings(invoice_list, payment_list)
    if carried.now:
        now = carried.now
        invoice_list = [i for i in (now.get(at, inv) for at, inv in enumerate(invoice_list)) if i]
        payment_list += carried.paid
    records, by_number, conflicts = _merge_records(invoice_list)
    ledger = Ledger(conflicts=conflicts, carried_mismatches=carried.mismatches, left_off=told)
    accounts = {customer_key(contact.customer) for contact in chain(contacts, opened)}
    applied = _apply_payments(records, payment_list, by_number, ledger, accounts)
    ledger.invoices = applied
    ledger.number_positions = (applied, by_number)
    ledger.payments = payment_list

    spellings: defaultdict[CustomerKey, Counter[str]] = defaultdict(Counter)
    customers = list(map(attrgetter("customer"), applied))
    for name, count in Counter(customers).items():
        spellings[customer_key(name)][clean_name(name)] += count
    phones = ledger.phones
    # Each customer's first phone: the first invoice with a phone of each spelling of the
    # name (a dict filled from the end keeps the first), then of each customer the spelling
    # seen first. The same as every invoice in turn, without a step per invoice in Python.
    given: list[str | None] = list(map(attrgetter("phone"), applied))
    at = list(compress(range(len(applied)), given))
    first = dict(zip(map(customers.__getitem__, reversed(at)), reversed(at), strict=True))
    for position in sorted(first.values()):
        phones.setdefault(customer_key(customers[position]), given[position] or "")
    for contact in contacts:
        contact_key = customer_key(contact.customer)
        if contact.phone and contact_key not in ledger.phones:
            ledger.phones[contact_key] = contact.phone
    for contact in chain(contacts, opened):
        contact_key = customer_key(contact.customer)
        if contact_key in ledger.credit_balances and contact_key not in spellings:
            spellings[contact_key][clean_name(contact.customer)] += 1  # no invoice: a deposit
    ledger.customer_names = {key: _best_spelling(names) for key, names in spellings.items()}
    return ledger


def _one_person(invoices: list[Invoice]) -> list[Invoice]:
    """The invoices of one person written with different titles ("Hj. Siti Aminah", "Ibu Hj.
    Siti Aminah") under one spelling, the most used (``untitled_key``): where every spelling
    has a title and none says a man where another says a woman. A name without a title, or
    "Pak Budi" beside "Bu Budi", stays a customer of its own; so do names told apart by
    their phone numbers. A shop written short, "Tk. Maju", where the book has "Toko Maju" too,
    is that shop."""
    counts = Counter(map(_CUSTOMER, invoices))
    people: defaultdict[str, dict[CustomerKey, list[str]]] = defaultdict(dict)
    said: dict[CustomerKey, str] = {}  # whom each key's titles say
    for name in counts:
        key = customer_key(name)
        if key.split(" ", 1)[0] in _HONORIFICS:  # a few names of a book: a look per name
            person, said[key] = untitled_key(key)
            people[person].setdefault(key, []).append(name)
    renamed: dict[str, str] = {}
    for keys in people.values():
        if len(keys) < 2:
            continue
        both = {"m", "f"} <= set(said.values())
        for who in ("m", "f") if both else ("",):
            # Of a man and a woman of one name, each is one person; a title of either is
            # neither.
            names = [n for key, spelled in keys.items() if said[key] == who or not both
                     for n in spelled if said[key] != "?"]  # fmt: skip
            if len({customer_key(n) for n in names}) > 1:
                best = max(names, key=lambda name: (counts[name], len(name)))
                renamed.update((name, best) for name in names if name != best)
    # "Tk. Maju" (or "Tk Maju") beside "Toko Maju" in the same book: the shop written short.
    # "TK Pertiwi", capitals and no dot, is how a kindergarten (Taman Kanak-kanak) is written:
    # beside a "Toko Pertiwi" it stays a customer of its own.
    short = [
        name
        for name in counts
        if customer_key(name).startswith("tk ") and not name.lstrip().startswith("TK ")
    ]
    if short:
        shops: defaultdict[CustomerKey, list[str]] = defaultdict(list)
        for name in counts:
            shops[customer_key(name)].append(name)
        for name in short:
            spelled = shops.get(CustomerKey("toko " + customer_key(name)[3:]))
            if spelled:
                renamed[name] = max(spelled, key=lambda other: (counts[other], len(other)))
    if not renamed:
        return invoices
    return [
        inv._replace(customer=renamed[inv.customer]) if inv.customer in renamed else inv
        for inv in invoices
    ]


@dataclass(slots=True)
class _Carried:
    """What ``_carried_openings`` found: the opening balances that carry earlier rows, by
    position, each now ``None`` (not counted) or the part of it those rows do not explain;
    what was paid on their own rows (now payments on account), or what they say less than
    those rows; and each that disagrees with the rows it carries, with those rows' balance."""

    now: dict[int, Invoice | None] = field(default_factory=dict)
    paid: list[Payment] = field(default_factory=list)
    mismatches: list[tuple[Invoice, Amount]] = field(default_factory=list)


def _carried_openings(invoices: Sequence[Invoice], payments: Sequence[Payment]) -> _Carried:
    """Opening balances that carry the book's own earlier rows, which are not new debts.

    A month's (or a year's) sheet opens with each customer's "Saldo bulan lalu": what the
    sheets before it leave owing. Read as a debt beside those sheets, it would count their
    sales twice. So an opening balance of a customer whose sales are dated before it in another
    sheet or file is the book's own figure of what those rows leave owing (their amounts less
    what their rows, and the payments dated before it, paid):
    - when the two agree, the rows are its detail and it is not counted;
    - when they do not, those of its own workbook's other sheets, and of an earlier book of it
      (last year's, last month's: ``_earlier_books``), are its detail: the disagreement is
      reported (``carried_mismatches``), and the book's figure still holds from its date on: what it
      says beyond the rows is an opening balance of its own, what it says less is a credit on
      the customer's account. Another file's rows that do not agree are no sign of a carry (a
      customer of the same name in the demo), and change nothing.
    A payment on its own row is a payment on the customer's account. Each carry is worked
    out in date order, on the rows as the carries before it left them.
    """
    found = _Carried()
    sources = list(map(_DUE_SOURCE, invoices))
    if "opening" not in sources:
        return found
    openings = [i for i, source in enumerate(sources) if source == "opening"]
    keys = {customer_key(invoices[i].customer) for i in openings}
    mine: defaultdict[CustomerKey, list[int]] = defaultdict(list)
    for i, inv in enumerate(invoices):
        if (key := customer_key(inv.customer)) in keys:
            mine[key].append(i)
    numbers = {
        invoice_key(invoices[i].number): key
        for key, at in mine.items()
        for i in at
        if invoices[i].number
    }
    credits: defaultdict[CustomerKey, list[Payment]] = defaultdict(list)
    for pay in payments:
        owner = customer_key(pay.customer) if pay.customer else None
        owner = owner if owner in keys else numbers.get(invoice_key(pay.invoice_number))
        if owner is not None and pay.paid_on is not None:
            credits[owner].append(pay)
    now = found.now
    books: dict[str, set[str]] = {}  # each file's earlier books
    for i in sorted(openings, key=lambda i: invoices[i].invoice_date or date.min):
        opening = invoices[i]
        day, key = opening.invoice_date, customer_key(opening.customer)
        if day is None:
            continue
        before = [
            inv
            for j in mine[key]
            if j != i
            and (inv := now.get(j, invoices[j])) is not None  # type: ignore[assignment]
            and inv.invoice_date is not None
            and inv.invoice_date < day
            # of another sheet or file: in its own sheet an opening balance below a sale is
            # one more debt (its running Saldo adds it); a row under it dated before it that
            # its note marks a part of the opening is its detail ("P-2541 | rincian saldo
            # awal" listed under "Saldo awal 2026", no invoice of another sheet)
            and (
                inv.source[:2] != opening.source[:2]
                or (inv.source.row > opening.source.row and inv.due_source == "opening")
            )
        ]
        paid = [p for p in credits[key] if p.paid_on and p.paid_on < day]
        owing = _owing(before, paid)
        if owing != opening.amount:
            # Told only against the sheets of its own workbook, and the files that are an
            # earlier book of it: another file's customer of the same name (the demo's,
            # another shop's book) is no sign of a carry.
            file = opening.source.file
            if file not in books:
                first = min(
                    d
                    for j in openings
                    if (d := invoices[j].invoice_date) is not None
                    and invoices[j].source.file == file
                )
                books[file] = _earlier_books(invoices, payments, file, first)
            mine_too = books[file] | {file}
            before = [inv for inv in before if inv.source.file in mine_too]
            owing = _owing(before, [p for p in paid if p.source.file in mine_too])
        if not before:
            if opening.amount < 0:  # a credit from before the book began: on account
                now[i] = None
                pay = Payment(-opening.amount, opening.source, "", opening.customer, day, "return")
                found.paid.append(pay)
                credits[key].append(pay)
            continue  # a debt from before the book began
        rest = opening.amount - owing
        now[i] = opening._replace(amount=rest, paid=0) if rest > 0 else None
        credit = opening.paid + (-rest if rest < 0 else 0)
        if credit:
            pay = Payment(credit, opening.source, "", opening.customer, day)
            found.paid.append(pay)
            credits[key].append(pay)
        if rest:
            found.mismatches.append((opening, owing))
    return found


def _left_off(
    invoices: Sequence[Invoice], lists: Mapping[tuple[str, str], date | None]
) -> list[tuple[int, bool]]:
    """The invoices an older list of the book shows still owed that no later list shows,
    where a later list carries the older's open invoices forward: an owner's lists of what is
    unpaid, last month's uploaded beside this month's, this month's leaving out what was paid in
    between (INV-0902 on "DAFTAR PIUTANG BELUM LUNAS per 31 Oktober 2026", gone from "... per
    22 November 2026", which lists INV-0871 and INV-0915 of October again). Each by its
    position in ``invoices``, with whether it is settled: where the older list's title and the
    newest such later one's say they list what was unpaid on their day (``lists``' days), it
    was paid in between; where they do not, it is still owed, and the owner is told all the
    same.

    An invoice is listed again under its number by the same customer, on the same date (a book
    numbering each month's notas from 1 lists another nota 1 in November). A later list
    carries the older's open invoices forward where it lists again at least half of them, or,
    both saying they list what is unpaid, one of them: a month's sheet of its own sales that
    lists one of April's again (written on both) carries nothing forward. A list is later by
    its title's day, else its last invoice's date; an invoice without a number cannot be
    looked for. Worked a column at a time: a book whose numbers are each used once (a sheet a
    month) is done with in one look at them, one whose lists share no invoice in a look at
    each two of its lists."""
    numbers = list(map(_NUMBER, invoices))
    if len(set(numbers)) == len(numbers):
        return []
    places = list(map(_PLACE, invoices))
    cuts = list(compress(range(1, len(places)), map(ne, places[1:], places[:-1])))
    runs: defaultdict[tuple[str, str], list[range]] = defaultdict(list)
    for start, end in zip([0, *cuts], [*cuts, len(places)], strict=True):
        if places[start] in lists:
            runs[places[start]].append(range(start, end))
    customers, dates = list(map(_CUSTOMER, invoices)), list(map(_DATE, invoices))
    owed = list(map(gt, map(_AMOUNT, invoices), map(_PAID, invoices)))
    listed: dict[tuple[str, str], set[tuple[str, str, date | None]]] = {}
    open_: dict[tuple[str, str], set[tuple[str, str, date | None]]] = {}
    days: dict[tuple[str, str], date] = {}
    for sheet, ranges in runs.items():
        cut = [slice(r.start, r.stop) for r in ranges]
        rows = [list(zip(numbers[part], customers[part], dates[part], strict=True)) for part in cut]
        listed[sheet] = {
            key
            for part, keys in zip(cut, rows, strict=True)
            for key in compress(keys, numbers[part])
        }
        open_[sheet] = {
            key
            for part, keys in zip(cut, rows, strict=True)
            for key in compress(keys, map(and_, owed[part], map(bool, numbers[part])))
        }
        last = max((d for part in cut for d in dates[part] if d is not None), default=None)
        if (day := lists[sheet] or last) is not None:
            days[sheet] = day
    order = sorted(days, key=days.__getitem__)
    found: list[tuple[int, bool]] = []
    owned: dict[tuple[str, str], set[tuple[str, CustomerKey]]] = {}  # by number and customer

    def owners(sheet: tuple[str, str]) -> set[tuple[str, CustomerKey]]:
        if sheet not in owned:
            owned[sheet] = {(invoice_key(n), customer_key(c)) for n, c, _ in listed[sheet]}
        return owned[sheet]

    for k, older in enumerate(order):
        mine = open_[older]
        newer = [s for s in order[k + 1 :] if days[s] > days[older]]
        forward = [
            s
            for s in newer
            if (lists[older] and lists[s] and not mine.isdisjoint(listed[s]))
            or 2 * len(mine & listed[s]) >= len(mine) > 0
        ]
        if not forward:
            continue
        newest = max(forward, key=days.__getitem__)
        settled = lists[older] is not None and lists[newest] is not None
        for i in (i for r in runs[older] for i in r):
            inv = invoices[i]
            if not inv.number or not owed[i]:
                continue
            key = (invoice_key(inv.number), customer_key(inv.customer))
            if not any(key in owners(s) for s in newer):
                found.append((i, settled))
    return sorted(found)


def _earlier_books(
    invoices: Sequence[Invoice], payments: Sequence[Payment], file: str, start: date
) -> set[str]:
    """The other files that are an earlier book of ``file``, whose opening balances (the
    first dated ``start``) carry their rows (last year's book uploaded beside this year's,
    which opens each customer with "Saldo awal 2025"; October's file beside November's
    "Saldo bulan lalu"): every sale they list is dated before ``start``'s year, or before
    ``start`` and in the month before it, and most of the customers they leave owing are
    customers ``file`` opens with a balance. A book with sales from that day on (another
    shop's, the demo's), one that ended months before, or one whose customers ``file`` does
    not open, is none (a customer of the same name is no carry)."""
    month = date(start.year, start.month, 1)
    ended = (date(start.year, 1, 1), date.fromordinal(month.toordinal() - 1).replace(day=1))
    opened = {
        customer_key(inv.customer)
        for inv in invoices
        if inv.source.file == file and inv.due_source == "opening"
    }
    latest: dict[str, date] = {}
    left: defaultdict[str, defaultdict[CustomerKey, Amount]] = defaultdict(lambda: defaultdict(int))
    owners: dict[tuple[str, str], CustomerKey] = {}
    for inv in invoices:
        other = inv.source.file
        if other == file:
            continue
        key = customer_key(inv.customer)
        left[other][key] += inv.amount - inv.paid
        if inv.number:
            owners[other, invoice_key(inv.number)] = key
        day = inv.invoice_date
        if day is not None and (other not in latest or day > latest[other]):
            latest[other] = day
    for pay in payments:
        other = pay.source.file
        if other in left:
            owner = customer_key(pay.customer) if pay.customer else None
            owner = owner or owners.get((other, invoice_key(pay.invoice_number)))
            if owner is not None:
                left[other][owner] -= pay.amount
    found: set[str] = set()
    for other, balances in left.items():
        owing = {key for key, rest in balances.items() if rest > 0}
        last = latest.get(other)
        if last is None or not (last < ended[0] or ended[1] <= last < start):
            continue
        if 2 * len(owing & opened) > len(owing):
            found.add(other)
    return found


def _owing(invoices: Sequence[Invoice], credits: Sequence[Payment]) -> Amount:
    """What ``invoices`` leave owing after what their rows and ``credits`` paid."""
    return sum(inv.amount - inv.paid for inv in invoices) - sum(p.amount for p in credits)


# Where each invoice number's records are: one position, or the positions of several records.
Positions = dict[str, int | list[int]]


def _merge_records(
    invoices: list[Invoice],
) -> tuple[list[Invoice], Positions, list[tuple[Invoice, Invoice]]]:
    """The distinct records (copies merged), the positions of each invoice number's records,
    and the pairs of different records sharing a number.

    Worked a column at a time: every record's key, then the first record of each key and of
    each number; only the copies and the numbers met again are then taken one by one, in the
    order of the records (a pair keeps the earlier record as it stood when the later came)."""
    count = len(invoices)
    numbers = invoice_keys(list(map(_NUMBER, invoices)))
    by_number: Positions = dict(zip(numbers, range(count), strict=True))
    if len(by_number) == count and "" not in by_number:
        # Every record names a number of its own (the usual book): no copies, no pairs.
        return list(invoices), by_number, []
    owners = list(map(customer_key, map(_CUSTOMER, invoices)))
    keys: list[tuple[object, ...]] = list(zip(numbers, owners, map(_AMOUNT, invoices), strict=True))
    if "" in numbers:
        # Without a number: two equal rows in one sheet are two sales, told apart by their order.
        seen_in_sheet: Counter[tuple[object, ...]] = Counter()
        for i in compress(range(count), [not n for n in numbers]):
            inv = invoices[i]
            base = (inv.source.file, inv.source.sheet, owners[i], inv.invoice_date,
                    inv.amount, inv.due_date)  # fmt: skip
            occurrence = seen_in_sheet[base]
            seen_in_sheet[base] += 1
            keys[i] = _dedupe_key(inv, occurrence, "")
    blanks = numbers.count("")
    reused = len(by_number) - (blanks > 0) < count - blanks  # a number on two records
    restarted = _restarting(invoices, numbers) if reused else {}
    if restarted:
        # A book that numbers each sheet from 1 again (a sheet a month), or each day or month
        # of one sheet: a number on two of its sheets, or twice in such a sheet, with two
        # dates is two sales (Mas Yono's 150.000 of gas, nota 1 of October and of November; a
        # bakery's nota 01 to Bu Sri on 25/11 and on 02/12); with one date it is one invoice
        # listed on both.
        for i in compress(range(count), [inv.source[:2] in restarted for inv in invoices]):
            keys[i] = (*keys[i], invoices[i].invoice_date)
    first = dict(zip(reversed(keys), reversed(range(count)), strict=True))  # key → first record
    apart = _two_books(invoices, keys, first) if len(first) != count else set()
    if apart:
        # Two files of two books, a branch's each, that share no invoice: one number, customer
        # and amount on two dates is two sales (Gamping's and Godean's nota 014 for Toko Berkah
        # Jaya, 1.250.000 each, of 05/10 and 09/11), told as a number used again; on one date,
        # or in two exports of one book, it is one invoice.
        for i in compress(range(count), [inv.source.file in apart for inv in invoices]):
            keys[i] = (*keys[i], invoices[i].invoice_date)
        first = dict(zip(reversed(keys), reversed(range(count)), strict=True))
    parts: set[int] = set()
    if len(first) != count or reused:
        # Records met again, or a number's records of different amounts: instalments?
        parts = _instalments(invoices, keys)
        if parts:
            first = dict(zip(reversed(keys), reversed(range(count)), strict=True))
    kept: Sequence[int] = range(count) if len(first) == count else sorted(first.values())
    records = [invoices[i] for i in kept]
    kept_numbers = [numbers[i] for i in kept]
    by_number = dict(zip(reversed(kept_numbers), reversed(range(len(kept))), strict=True))
    by_number.pop("", None)
    copies = [] if len(first) == count else sorted(set(range(count)).difference(kept))
    again = [
        kept[at]
        for at, number in enumerate(kept_numbers)
        if number and by_number[number] != at  # a later record with a number met before
    ] if len(by_number) + kept_numbers.count("") < len(kept) else []  # fmt: skip
    conflicts: list[tuple[Invoice, Invoice]] = []
    if not copies and not again:
        return records, by_number, conflicts
    where = {keys[i]: at for at, i in enumerate(kept)}
    copied = set(copies)
    carried: list[int] = []  # the records that carry an earlier one's rest (merged into it)
    for i in sorted(chain(copies, again)):
        inv, at = invoices[i], where[keys[i]]
        if i in copied:
            records[at] = _merge_copies(records[at], inv)
            continue
        same = by_number[numbers[i]]
        earlier = [same] if isinstance(same, int) else same
        if i not in parts and _carry_into(records, earlier, inv, restarted, apart):
            carried.append(at)
            continue
        before = records[same if isinstance(same, int) else same[0]]
        # Opening balances of one opening entry share its voucher ("SA" on every customer's
        # carried balance, outside round 57 gl09): a voucher, no invoice number used twice.
        told = i not in parts and not (inv.due_source == before.due_source == "opening")
        if told and not _renumbered(before, inv, restarted):
            conflicts.append((before, inv))
        if isinstance(same, int):
            by_number[numbers[i]] = [same, at]
        else:
            same.append(at)
    if carried:
        records, by_number = _without(records, by_number, carried)
    return records, by_number, conflicts


def _two_books(
    invoices: Sequence[Invoice],
    keys: Sequence[tuple[object, ...]],
    first: Mapping[tuple[object, ...], int],
) -> set[str]:
    """The files whose records of one number, customer and amount (``keys``; ``first``: each
    key's first record) another file lists on another date, where the two share no invoice
    by its number, customer and date: each its own book (a branch's), not two exports of one
    (last month's and this month's list the same invoices on their dates)."""
    files = list(map(_FILE, invoices))
    if len(set(files)) < 2:
        return set()
    met: list[tuple[int, int]] = [
        (first[key], i)
        for i, key in enumerate(keys)
        if key[0] and first[key] != i and files[first[key]] != files[i]
    ]
    dates = list(map(_DATE, invoices))
    pairs = {
        (files[j], files[i])
        for j, i in met
        if dates[j] is not None and dates[i] is not None and dates[j] != dates[i]
    }
    if not pairs:
        return set()
    involved = {file for pair in pairs for file in pair}
    listed: defaultdict[str, set[tuple[object, ...]]] = defaultdict(set)
    for i in compress(range(len(files)), [file in involved for file in files]):
        if keys[i][0]:
            listed[files[i]].add((*keys[i][:2], dates[i]))
    return {
        file
        for one, other in pairs
        if listed[one].isdisjoint(listed[other])
        for file in (one, other)
    }


def _restarting(invoices: Sequence[Invoice], numbers: Sequence[str]) -> dict[tuple[str, str], bool]:
    """The sheets (file, sheet) whose numbers start from 1 again, each with whether it does so
    within itself: of a file that numbers each of two or more sheets from 1 again (a sheet a
    month, its notas 1, 2, 3 ...), each sheet whose numbers are all plain numbers, the least of
    them 1 (``False``); and a sheet of plain numbers whose 1 and 2 each stand on two dates or
    more (a nota 01, 02 ... every day, or every month of a year's sheet: ``True``). One row
    typed again a week later (nota 1 alone met on another date) is no numbering started
    again."""
    places = list(map(_PLACE, invoices))
    least: dict[tuple[str, str], int] = {}
    starts: defaultdict[tuple[tuple[str, str], int], set[date | None]] = defaultdict(set)
    for place, number, day in set(zip(places, numbers, map(_DATE, invoices), strict=True)):
        if number:
            value = int(number) if number.isdecimal() and number.isascii() else 0
            least[place] = min(least.get(place, value), value)
            if value in (1, 2) and day is not None:
                starts[place, value].add(day)
    files = Counter(file for (file, _), value in least.items() if value == 1)
    found = {place: False for place, value in least.items() if value == 1 and files[place[0]] > 1}
    for place, value in least.items():
        if value == 1 and len(starts[place, 1]) > 1 and len(starts[place, 2]) > 1:
            found[place] = True
    return found


def _renumbered(kept: Invoice, again: Invoice, restarted: Mapping[tuple[str, str], bool]) -> bool:
    """Whether ``again`` has ``kept``'s number only by the book's own numbering starting from 1
    again: the next sheet of a book numbering each sheet so, or another date of a sheet
    numbering each day or month so (``_restarting``); another sale, no number used again."""
    place, other = again.source[:2], kept.source[:2]
    if place not in restarted or other not in restarted:
        return False
    by_date = restarted[place] or restarted[other]  # a run of the numbers is a day's or month's
    if place == other or by_date:
        return by_date and kept.invoice_date != again.invoice_date
    return True


def _carry_into(
    records: list[Invoice],
    earlier: Sequence[int],
    inv: Invoice,
    restarted: Mapping[tuple[str, str], bool],
    apart: AbstractSet[str] = frozenset(),
) -> bool:
    """Whether ``inv`` carries the rest of one of the ``earlier`` records of its number (next
    month's sheet lists an open invoice again, its amount what was left: "sisa Okt"), or is
    the invoice an earlier record carried; the two are then one invoice, paid what both rows
    paid (merged into the earlier's place). In a book numbering each sheet from 1 again, a
    carry of the whole (nothing paid yet) keeps its invoice's date: the same figure on another
    day is another sale of that number (Mas Yono's 150.000 of gas each month), and so between
    the files of two books (``apart``: ``_two_books``); a rest after a part paid is a carry
    whatever its date."""
    owner = customer_key(inv.customer)
    for at in earlier:
        kept = records[at]
        if customer_key(kept.customer) != owner:
            continue
        if (
            inv.amount == kept.amount
            and kept.invoice_date != inv.invoice_date
            and (
                _renumbered(kept, inv, restarted)
                or (kept.source.file in apart and inv.source.file in apart)
            )
        ):
            continue  # the same figure of another day: another sale of that number
        if inv.amount == kept.amount - kept.paid and inv.amount > 0:
            records[at] = kept._replace(paid=kept.paid + inv.paid)
            return True
        if kept.amount == inv.amount - inv.paid and kept.amount > 0:
            records[at] = inv._replace(paid=inv.paid + kept.paid)
            return True
    return False


def _without(
    records: list[Invoice], by_number: Positions, dropped: Sequence[int]
) -> tuple[list[Invoice], Positions]:
    """``records`` without the positions ``dropped`` (which no number points to), and each
    number's positions moved up to match."""
    gone = set(dropped)
    moved = list(accumulate(int(at not in gone) for at in range(len(records))))
    kept = [inv for at, inv in enumerate(records) if at not in gone]
    numbers: Positions = {
        number: moved[at] - 1 if isinstance(at, int) else [moved[a] - 1 for a in at]
        for number, at in by_number.items()
    }
    return kept, numbers


def _instalments(invoices: Sequence[Invoice], keys: list[tuple[object, ...]]) -> set[int]:
    """The records that are parts of one invoice due at different dates (termin: "Termin 1
    (50%)" due 9 Sep, "Termin 2 (50%)" due 9 Oct, one number, an amount each, equal or not:
    on two rows, or in columns of one row), not copies of one record nor two invoices of one
    number: records of one number and customer from one sheet whose due-date column differs.
    Their ``keys`` take their due date, so each counts; the positions of them all."""
    seen: dict[tuple[object, ...], list[int]] = {}
    for i, key in enumerate(keys):
        # A number's records by its customer, whatever their amounts (one without a number
        # by its whole key).
        seen.setdefault(key[:2] if key[0] else key, []).append(i)
    found: set[int] = set()
    for members in seen.values():
        if len(members) < 2:
            continue
        dues: dict[tuple[str, str], set[date]] = {}
        for i in members:
            inv = invoices[i]
            if inv.due_source == "column":
                dues.setdefault((inv.source.file, inv.source.sheet), set()).add(inv.due_date)
        if any(len(days) > 1 for days in dues.values()):
            for i in members:
                keys[i] = (*keys[i], invoices[i].due_date)
            found.update(members)
    return found


def once_across(
    payments: Sequence[Payment], groups: Sequence[object], numbers: Sequence[str] = ()
) -> list[Payment]:
    """The payments of several files or imports, or of one file's kinds of sheet (``groups``:
    each payment's, in order): one that another group listed counts once more only where this
    group lists it more often. Last month's export and this month's list the same payment,
    and it is one payment; a card's Kredit row listed again on the payments sheet beside it
    is one payment; two equal instalments in one group are two. A payment is the same by its
    amount, date, kind (a return or a payment), customer and numbers: the invoice it names and
    its own (``numbers``, each payment's where known: a receipt's "KW-01"), whatever their
    separators (``_number_key``: "BM-051" is "BM 051"), as ``_copies_of`` says.

    >>> a = Payment(500, Source("okt.xlsx", "Bayar", 2), "F1", "Toko A")
    >>> b = Payment(500, Source("nov.xlsx", "Bayar", 2), "F1", "Toko A")
    >>> c = Payment(500, Source("nov.xlsx", "Bayar", 3), "F1", "Toko A")
    >>> [p.source.file for p in once_across([a, b, c], [1, 2, 2])]
    ['okt.xlsx', 'nov.xlsx']

    A copy without a number is the same by its customer; two receipts of their own are two:

    >>> d = Payment(500, Source("buku.xlsx", "Toko A", 5), "", "Toko A")
    >>> e = Payment(500, Source("buku.xlsx", "Pembayaran", 2), "", "Toko A")
    >>> f = Payment(500, Source("buku.xlsx", "Pembayaran", 3), "", "Toko A")
    >>> kinds = ["entries", "payments", "payments"]
    >>> [p.source.row for p in once_across([d, e, f], kinds, ["KW-01", "", "KW-09"])]
    [5, 3]
    """
    if len(set(groups)) < 2:
        return list(payments)
    return list(counted_once(payments, groups, numbers).values())


def counted_once(
    payments: Sequence[Payment],
    groups: Sequence[object],
    numbers: Sequence[str] = (),
    *,
    exact: bool = False,
) -> dict[int, Payment]:
    """``once_across``'s payments counted, by their positions in ``payments``; ``exact``: a
    copy only where both write the same numbers and customer (``_copies_of``)."""
    own = list(numbers) or [""] * len(payments)
    # Each payment seen by its amount, date and kind: its position, group, numbers, customer.
    seen: dict[tuple[object, ...], list[tuple[int, object, frozenset[str], str]]] = {}
    # By group: the other groups' copies it has matched already (each matches one of its own).
    taken: defaultdict[object, set[int]] = defaultdict(set)
    kept: dict[int, Payment] = {}
    for at, (group, pay, number) in enumerate(zip(groups, payments, own, strict=True)):
        names = frozenset(_number_key(n) for n in (pay.invoice_number, number) if n) - {""}
        customer = customer_key(pay.customer) if pay.customer else ""
        copies = seen.setdefault((pay.amount, pay.paid_on, pay.kind), [])
        matched = _copies_of(copies, group, names, customer, taken[group], exact)
        for other_at, other in matched:
            taken[group].add(other_at)
            taken[other].add(at)
        copies.append((at, group, names, customer))
        if not matched:
            kept[at] = pay
            continue
        # A copy naming the invoice it pays gives the one counted, naming none, its reference
        # (a card's "Bayar" that the payments sheet lists as "Pelunasan inv 4502").
        place = next((o for o, _ in matched if o in kept), None)
        if pay.invoice_number and place is not None and not kept[place].invoice_number:
            kept[place] = kept[place]._replace(invoice_number=pay.invoice_number)
    return kept


def returns_once(payments: list[Payment], invoices: Sequence[Invoice]) -> list[Payment]:
    """``payments`` with each return read from an invoice's or a payment's own row (its Retur
    column, its note: "Pelunasan F-88 stlh retur 200rb") left out where a return on a row of
    its own, of another sheet or file, names the same invoice and amount (a Retur sheet's "R-07
    F-88 200.000", a journal's or a card's "Retur FB-61"): the same goods sent back, written
    down twice, whatever the dates (the note's is the payment's day, a Retur column's none).
    Each such return of its own row stands for one of them. The journal beside the program's
    report of its invoices ("Total | Retur | Terbayar | Sisa") writes each return on both.

    >>> sale = Invoice("FB-61", "Toko A", None, date(2026, 11, 5), "column", 6800, 0,
    ...                Source("laporan.xlsx", "Faktur", 5))
    >>> column = Payment(800, sale.source, "FB-61", "Toko A", None, "return")
    >>> line = Payment(800, Source("jurnal.xlsx", "Jurnal", 6), "FB-61", "Toko A", None, "return")
    >>> [p.source.file for p in returns_once([column, line], [sale])]
    ['jurnal.xlsx']
    """
    named = [at for at, pay in enumerate(payments) if pay.kind == "return" and pay.invoice_number]
    if len(named) < 2 or len({payments[at].source[:2] for at in named}) < 2:
        return payments
    sources = {payments[at].source for at in named}
    # The returns standing on an invoice's or a payment's row (a row of a sale or of money).
    rows = sources.intersection(map(_SOURCE, invoices))
    rows.update(sources.intersection(pay.source for pay in payments if pay.kind == "payment"))
    listed: defaultdict[tuple[str, Amount], list[tuple[str, str]]] = defaultdict(list)
    for at in named:
        if (pay := payments[at]).source not in rows:
            listed[invoice_key(pay.invoice_number), pay.amount].append(pay.source[:2])
    if not listed or not rows:
        return payments
    gone: set[int] = set()
    for at in named:
        pay = payments[at]
        sheets = listed.get((invoice_key(pay.invoice_number), pay.amount))
        if pay.source not in rows or not sheets:
            continue
        other = next((k for k, sheet in enumerate(sheets) if sheet != pay.source[:2]), None)
        if other is not None:
            del sheets[other]
            gone.add(at)
    return [pay for at, pay in enumerate(payments) if at not in gone] if gone else payments


def _number_key(number: str) -> str:
    """A payment's numbers (the invoice it names, its receipt's own) compared as invoice
    numbers are, whatever their separators: the receipt "BM-051" of the "Pembayaran" sheet is
    "BM 051" on the "Transfer Masuk" sheet beside it, one receipt; "BKM-0211" and "BKM-0212"
    stay two.

    >>> _number_key("BM-051") == _number_key("BM 051") == _number_key("bm051")
    True
    """
    return loose_invoice_key(invoice_key(number))


def _copies_of(
    copies: Sequence[tuple[int, object, frozenset[str], str]],
    group: object,
    names: frozenset[str],
    customer: str,
    taken: AbstractSet[int],
    exact_only: bool = False,
) -> list[tuple[int, object]]:
    """Of the ``copies`` of a payment's amount, date and kind, one of each other group that is
    this payment (its position and group), not ``taken``: the same numbers and customer,
    else (``_loosely_same``, unless ``exact_only``) the same by what both copies write."""
    best: dict[object, tuple[int, bool]] = {}
    for at, other, other_names, other_customer in copies:
        if other == group or at in taken:
            continue
        exact = other_names == names and other_customer == customer
        if not exact and (
            exact_only or not _loosely_same(names, customer, other_names, other_customer)
        ):
            continue
        if other not in best or (exact and not best[other][1]):
            best[other] = (at, exact)
    return [(at, other) for other, (at, _) in best.items()]


def _loosely_same(
    names: frozenset[str], customer: str, other_names: frozenset[str], other_customer: str
) -> bool:
    """Two copies of a payment's amount, date and kind that are one payment by the numbers
    (invoice_key) and customer (key) each writes, empty where it writes none: a number or the
    customer written on both, and neither differs where both write it (a card's receipt
    "KW-02" that the payments sheet lists by its customer alone is the same; a receipt
    "KW-05" beside the card's "KW-01" another)."""
    if names and other_names and names.isdisjoint(other_names):
        return False
    if customer and other_customer and customer != other_customer:
        return False
    return bool(names & other_names) or bool(customer and customer == other_customer)


def with_paid(inv: Invoice, paid: Amount) -> Invoice:
    """``inv._replace(paid=paid)``, without its look at the field names (a test keeps the two
    equal): a payments sheet changes thousands of records."""
    return tuple.__new__(Invoice, inv[:6] + (paid,) + inv[7:])  # noqa: RUF005 (a fifth faster than unpacking)


# Which due date to keep when two copies of one invoice differ: the one the book wrote down.
_DUE_RANK: dict[str, int] = {"column": 0, "opening": 1, "terms": 2, "default": 3}


def _merge_copies(kept: Invoice, other: Invoice) -> Invoice:
    if _DUE_RANK[other.due_source] < _DUE_RANK[kept.due_source]:
        kept = kept._replace(
            invoice_date=other.invoice_date or kept.invoice_date,
            due_date=other.due_date,
            due_source=other.due_source,
        )
    return kept._replace(
        paid=max(kept.paid, other.paid),
        cost=kept.cost if kept.cost is not None else other.cost,
        phone=kept.phone or other.phone,
        email=kept.email or other.email,
        address=kept.address or other.address,
    )


def _apply_payments(
    records: list[Invoice],
    payments: list[Payment],
    by_number: Positions,
    ledger: Ledger,
    accounts: AbstractSet[CustomerKey] = frozenset(),
) -> list[Invoice]:
    """The one allocation rule for every credit, payment or return, from any shape of book.

    A credit that names an invoice pays that invoice first (so does a return standing on the
    row of an invoice of no number: ``_row_return``), beside the invoice's own paid
    figure as ``_with_column`` says (the larger counts, but a payment larger than the figure
    comes on top of it; a return naming it comes on top, as goods sent back are no money
    paid); what is left over (of a row's own paid figure too), and every credit that names
    none, pays the customer's oldest dues first, once it has made up what a paid figure holding
    a payment naming it says beyond that payment (``_unnamed_in``).
    What is still left is the customer's credit balance (kelebihan bayar), never a negative
    debt. A customer the book keeps an account for (``accounts``: its customer sheets, a card
    of credits alone, an opening balance) who has no invoice in it has what they paid as their
    credit balance (a down payment for goods not yet invoiced, money ahead in the opening);
    another name no invoice has pays nothing.

    A negative payment takes money back (a payment booked to the wrong customer and undone, a
    giro bounced): it undoes that much of what the invoice it names was paid, else, and for
    what that invoice was not paid, of the customer's latest money (``_allocate_on_account``);
    the debt it leaves is owed again. Money taken back beyond all the customer paid undoes
    nothing in the book: the owner is told (``taken-back-beyond-paid``).
    """
    owed = list(map(_AMOUNT, records))
    paid = list(map(_PAID, records))
    # Figures in sen (PPN worked out to the sen, paid rounded): a rest of less than a rupiah.
    in_sen = Decimal in set(map(type, owed)) or Decimal in set(map(type, paid))
    if not payments and not in_sen and not any(map(gt, paid, owed)):
        return records
    received: dict[int, Amount] = {}
    # The amounts of the payments (not returns) naming each invoice that has a paid figure of
    # its own (``_with_column`` looks at them only beside one).
    naming: dict[int, list[Amount]] = {}
    beyond: dict[int, Amount] = {}  # shares sized on what the paid figure leaves open
    returned: dict[int, Amount] = {}  # the returns naming each invoice
    taken: dict[int, Amount] = {}  # the money taken back naming each invoice (below zero)
    taking: defaultdict[int, list[int]] = defaultdict(list)  # and the payments taking it
    on_account: defaultdict[CustomerKey, Amount] = defaultdict(int)
    sent: defaultdict[CustomerKey, list[int]] = defaultdict(list)  # the payments put on account
    lost: list[int] = []  # the payments that pay nothing in the book
    named = list(map(_PAY_NUMBER, payments))
    amounts = list(map(_PAY_AMOUNT, payments))
    customers = list(map(_PAY_CUSTOMER, payments))
    backs = list(map("return".__eq__, map(_PAY_KIND, payments)))
    numbers = invoice_keys(named)
    positions = by_number.get
    loose: dict[str, int | list[int]] | None = None  # made when a number matches none
    # Does any payment name two invoices? Looked for in the names all at once (a search for
    # the separators themselves: a regular expression over them all takes 25 ms at 35k).
    joined = "\n".join(named)
    lowered = joined.lower()
    several = any(mark in joined for mark in ",;&+/") or " dan " in lowered or " and " in lowered
    own: dict[tuple[CustomerKey, str], int | None] | None = None  # made as ``loose`` is
    letters: frozenset[str] | None = None  # the letters of the book's numbers, made so too
    ambiguous: list[int] = []  # the payments naming short two invoices of their customer
    series: _Series | None = None  # and this
    unmatched = [k for k, key in enumerate(numbers) if key not in by_number]
    maybe_short = _maybe_short(
        [named[k] for k in unmatched], [numbers[k] for k in unmatched], records
    )
    # The invoice of each row, for a return standing on a row of no number (``_row_return``).
    rows_of: dict[Source, int] | None = None
    for at, (name, number, customer) in enumerate(zip(named, numbers, customers, strict=True)):
        if not name and backs[at]:
            if rows_of is None:
                rows_of = dict(zip(map(_SOURCE, records), range(len(records)), strict=True))
            if (its_row := _row_return(payments[at], rows_of, records)) is not None:
                returned[its_row] = returned.get(its_row, 0) + amounts[at]
                continue
        if name:
            found = positions(number, [])
            if found == [] and not customer:
                # Named another way, and no customer to pay on account instead: its number
                # without separators, where no other invoice's reads the same.
                if loose is None:
                    loose = _loosely(by_number)
                found = loose.get(loose_invoice_key(name), [])
            if found == [] and name in maybe_short:
                # The customer's own invoice named short: "F4502" or "4502" for "F-4502",
                # "4502" or "INV 4502" for "INV/2026/4502", "NT 47" for "NT-0047",
                # "INV/2026/10/041" for "INV/2026/10/0041". With no customer, the one invoice
                # of the whole book so named ("inv 46" on a transfers sheet of dates, numbers
                # and amounts alone, for "INV/2026/11/0046").
                if own is None:
                    own = _customers_numbers(records)
                mine = customer_key(customer) if customer else _ANYONE
                short, twice = _named_short(name, mine, own)
                if twice and customer:
                    ambiguous.append(at)  # two of theirs end so: told, paid on account
                found = [] if short is None else short
            target: int | None
            if type(found) is int:  # the usual case: one invoice of that number
                target = found
            else:
                candidates: list[int] = found  # type: ignore[assignment]
                if customer and len(candidates) > 1:
                    mine = customer_key(customer)
                    same = [i for i in candidates if records[i].customer_key == mine]
                    candidates = same or candidates
                target = candidates[0] if candidates else None
            if target is not None:
                if backs[at]:
                    returned[target] = returned.get(target, 0) + amounts[at]
                elif amounts[at] < 0:
                    taken[target] = taken.get(target, 0) + amounts[at]
                    taking[target].append(at)
                else:
                    received[target] = received.get(target, 0) + amounts[at]
                    if paid[target]:
                        naming.setdefault(target, []).append(amounts[at])
                continue
            if (
                several
                and _may_name_several(name)
                and _SEVERAL.search(written := written_out(name, by_number))
            ):
                # "MF-02, MF-03", "F-5 & F-6", "FK-12, 13": one payment for several invoices,
                # paying each in the order named, the last taking what is left.
                pieces = [p for p in _SEVERAL.split(written) if p.strip()]
                parts = [positions(invoice_key(p)) for p in pieces]
                if len(parts) > 1 and not all(type(i) is int for i in parts):
                    # Each named short as one alone would be ("inv 45, 46" for
                    # "INV/2026/10/0045" and "INV/2026/10/0046").
                    if own is None:
                        own = _customers_numbers(records)
                    if letters is None:
                        letters = frozenset(_letters_of(list(map(_NUMBER, records))))
                    mine = customer_key(customer) if customer else _ANYONE
                    parts = [
                        _named_short(p, mine, own)[0]
                        if type(i) is not int and _may_be_short(p, letters)
                        else i
                        for p, i in zip(pieces, parts, strict=True)
                    ]
                if len(parts) > 1 and all(type(i) is int for i in parts):
                    # Each share is sized on what the invoice has open beyond what its row
                    # and the money naming it paid, so it comes on top of them.
                    into = returned if backs[at] else beyond
                    left = amounts[at]
                    for n, i in enumerate(cast(list[int], parts)):
                        rest = owed[i] - returned.get(i, 0)  # as ``_with_column`` is told
                        counted = _with_column(paid[i], received.get(i, 0), naming.get(i, ()), rest)
                        open_ = rest - counted - beyond.get(i, 0)
                        share = left if n == len(parts) - 1 else min(left, max(open_, 0))
                        into[i] = into.get(i, 0) + share
                        left -= share
                    continue
            if not customer:
                lost.append(at)
                continue
            # Paid on account, and told; not a return: its number may be the credit note's
            # own, in the invoices' series ("C-2", a negative row of an invoice list).
            if ambiguous and ambiguous[-1] == at:
                ledger.ambiguous_invoices.append(payments[at])
            elif (
                not backs[at]
                and name in maybe_short
                and _names_an_invoice(payments[at], series := series or _invoice_series(records))
            ):
                ledger.missing_invoices.append(payments[at])
        key = customer_key(customer)
        on_account[key] += amounts[at]
        sent[key].append(at)

    if naming and on_account:
        # A paid figure holding payments of the list that name it was written after them, so
        # the rest of it is the list's money too: the customer's payments on account first
        # make it up, and only what is left of them pays on top (Jurnal's "Lunas" on 3.000.000,
        # paid 1.500.000 naming it and 1.500.000 of 2.000.000 naming none).
        for i, named_here in naming.items():
            key = records[i].customer_key
            open_ = owed[i] - returned.get(i, 0)
            if (
                key in on_account
                and not _apart(paid[i], received[i], named_here, open_)
                and (rest := _unnamed_in(paid[i], received[i], named_here))
            ):
                on_account[key] -= min(rest, on_account[key])
    # What each record will show as paid: its own figure, what names it, then money on account.
    touched = (
        received.keys() | returned.keys() | beyond.keys() | taken.keys()
        if returned or beyond or taken
        else received
    )
    for i in touched:
        rest = owed[i] - returned.get(i, 0)
        money = _with_column(paid[i], received.get(i, 0), naming.get(i, ()), rest)
        amount = money + beyond.get(i, 0) + returned.get(i, 0) + taken.get(i, 0)
        if amount < 0:  # taken back beyond what the invoice was paid: the customer's other money
            on_account[records[i].customer_key] += amount
            sent[records[i].customer_key].extend(taking[i])
            amount = 0
        if amount > paid[i] or i in taken:
            ceiling = max(owed[i], paid[i])
            paid[i] = min(amount, ceiling)
            if amount > ceiling and not _rounded_up(owed[i], amount):
                on_account[records[i].customer_key] += amount - ceiling
    # A row that says more was paid than its amount ("Dibayar 1.000.000" on 550.000): the rest
    # is money received like any other, paying the customer's oldest other dues; an invoice of
    # sen paid rounded up (``_rounded_up``) is settled, nothing carried on.
    for i in compress(range(len(paid)), map(gt, paid, owed)):
        if not _rounded_up(owed[i], paid[i]):
            on_account[records[i].customer_key] += paid[i] - owed[i]
        paid[i] = owed[i]
    if on_account:
        owners = list(map(customer_key, map(_CUSTOMER, records)))
        shared: set[CustomerKey] = set()  # the names two customers or more could be
        if unknown := on_account.keys() - set(owners):
            moved, shared = _by_loose_name(unknown, owners, on_account, sent)
            # The payment is the customer's it pays, on every page that lists it.
            names = dict(zip(owners, map(_CUSTOMER, records), strict=True)) if moved else {}
            for at, owner in moved.items():
                payments[at] = payments[at]._replace(customer=names[owner])
        for key in on_account.keys() - set(owners) - accounts:
            # A customer with no invoice in the book: what they paid pays nothing in it; nor
            # does a name two of its customers could be (told apart from a name none has).
            if key in shared:
                ledger.ambiguous_customers.extend(map(payments.__getitem__, sorted(sent[key])))
            else:
                lost.extend(sent[key])
            del on_account[key]
        for key in _allocate_on_account(records, owners, owed, paid, on_account, ledger):
            lost.extend(at for at in sent[key] if amounts[at] < 0)
    if in_sen:
        # Less than a rupiah left is settled: a rupiah is the least anyone is asked to pay.
        for i in compress(
            range(len(paid)), [0 < o - p < 1 for o, p in zip(owed, paid, strict=True)]
        ):
            paid[i] = owed[i]
    ledger.unmatched_payments.extend(map(payments.__getitem__, sorted(lost)))
    result = list(records)
    for i in compress(range(len(records)), map(ne, paid, map(_PAID, records))):
        result[i] = with_paid(records[i], paid[i])
    return result


def _row_return(
    pay: Payment, rows_of: Mapping[Source, int], records: Sequence[Invoice]
) -> int | None:
    """The invoice a return naming none settles where it stands on that invoice's own row (a
    "Potongan/Retur" of 300.000 beside "Nilai Faktur 1.800.000 | Dibayar 0 | Sisa 1.500.000",
    rows numbered 1, 2, 3 and no invoice number): the row's, as its Dibayar is, not the
    customer's oldest dues. ``None`` for any other (a card's own "Retur" line)."""
    at = rows_of.get(pay.source)
    if at is None or customer_key(records[at].customer) != customer_key(pay.customer):
        return None
    return at


def _rounded_up(owed: Amount, paid: Amount) -> bool:
    """Whether an invoice worked out to the sen was paid rounded up: less than a rupiah over
    it (1.370.369,37 paid 1.370.370), settled as a rest of less than a rupiah is. Sen paid over
    a whole invoice (524.000,50 of 524.000) are money received.

    >>> _rounded_up(Decimal("1370369.37"), 1370370), _rounded_up(524000, Decimal("524000.50"))
    (True, False)
    >>> _rounded_up(Decimal("1370369.37"), Decimal("1370370.37"))
    False
    """
    return owed % 1 != 0 and 0 < paid - owed < 1


def _with_column(column: Amount, money: Amount, named: Sequence[Amount], rest: Amount) -> Amount:
    """What an invoice was paid, by its row's own paid figure (``column``) and the payments
    naming it (their amounts ``named``, ``money`` in all): the one rule for the two together.
    ``rest``: the invoice's amount less the returns naming it.

    Owners often keep both for the same money, so the larger counts (a column of 2.500.000
    beside a payment of 2.500.000 is that payment; a column of 1.000.000 beside payments of
    500.000 and 700.000 is 1.200.000 paid, not 2.200.000). But a payment larger than the
    column cannot be in it: it came after the column was written, and is added (September's
    row paid 500.000 of S-02, November's payments sheet names 1.000.000 for it: 1.500.000;
    with September's 500.000 listed again too, still 1.500.000). So are payments that pay
    exactly what the row left open, none of them nor any of them together being the column's
    figure (``_apart``: a DP of 3.392.000 on 9.830.000, its Sisa 6.438.000 paid 3.219.000
    twice on the payments sheet: settled, not 6.438.000 paid).
    """
    if _apart(column, money, named, rest):
        return column + money
    if money <= column:
        return column
    if not column:
        return money
    after = _beyond(column, named)
    within = money - after
    return (within if within > column else column) + after


# Past this many payments naming one invoice, which of them make up its row's figure is not
# looked for (the sums reachable grow as two to their number): the larger counts, as before.
_FEW_PAYMENTS: Final = 16


def _apart(column: Amount, money: Amount, named: Sequence[Amount], rest: Amount) -> bool:
    """Whether the payments naming an invoice are money apart from its row's paid figure:
    with it they make up exactly what the invoice is owed (``rest``: its amount less the
    returns naming it), and neither one of them nor any of them together is that figure (so
    the figure cannot be them written again: a DP at the counter, the rest paid later).

    >>> _apart(4_000, 6_000, [3_000, 3_000], 10_000), _apart(1_000, 1_000, [600, 400], 2_000)
    (True, False)
    """
    return (
        column > 0
        and column + money == rest
        and len(named) <= _FEW_PAYMENTS
        and not _sums_to(named, column)
    )


def _sums_to(amounts: Sequence[Amount], total: Amount) -> bool:
    """Whether some of ``amounts`` add up to ``total`` (an invoice's few payments: the sums
    reachable, those beyond ``total`` left aside).

    >>> _sums_to([600, 400, 300], 1_000), _sums_to([3_219, 3_219], 3_392)
    (True, False)
    """
    reached: set[Amount] = {0}
    for amount in amounts:
        reached |= {s + amount for s in reached if s + amount <= total}
        if total in reached:
            return True
    return False


def _unnamed_in(column: Amount, money: Amount, named: Iterable[Amount]) -> Amount:
    """The part of a row's paid figure (``column``) that the payments naming it within it (as
    ``_with_column`` tells them) do not make up, where at least one is within it: money the
    customer paid that the same payments list may hold without naming the invoice. Nothing
    where none is within it (the figure was written before the list's money came)."""
    within = money - _beyond(column, named)
    return column - within if 0 < within < column else 0


def _beyond(column: Amount, named: Iterable[Amount]) -> Amount:
    """The payments naming an invoice that are larger than its row's paid figure: none of them
    can be within it (``_with_column``, ``_unnamed_in``)."""
    return sum(amount for amount in named if amount > column)


def _customers_numbers(invoices: Sequence[Invoice]) -> dict[tuple[CustomerKey, str], int | None]:
    """Each customer's invoices by their numbers written short: without separators
    (``loose_invoice_key``: "F4502"), for a number of one run of digits by those digits
    ("#4502" for "F-4502"), and by its ``_serial`` alone and after its letters ("#4502" and
    "INV#4502" for "INV/2026/4502", "NT#47" for "NT-0047"), and by its runs of digits
    without their leading zeros (``_unpadded``); ``None`` where two of the customer's invoices
    read the same. Each is keyed for the whole book too (``_ANYONE``), for a payment that
    names no customer.

    >>> inv = Invoice("INV/2026/4502", "A", None, date(2026, 1, 1), "default", 1, 0,
    ...               Source("", "J", 1))
    >>> sorted(key for who, key in _customers_numbers([inv]) if who == "a")
    ['#20264502', '#4502', 'INV#2026#4502', 'INV#4502', 'INV20264502']
    """
    found: dict[tuple[CustomerKey, str], int | None] = {}
    for i, inv in enumerate(invoices):
        loose = loose_invoice_key(inv.number)
        if not loose:
            continue
        run = _one_run(loose)
        keys = [loose, "#" + run[1].lstrip("0")] if run else [loose]
        if serial := _serial(inv.number):
            letters, digits = serial[0], serial[1].lstrip("0")
            keys += ["#" + digits, letters + "#" + digits] if letters else ["#" + digits]
        keys.append(_unpadded(inv.number))
        for key in keys:
            for at in (inv.customer_key, key), (_ANYONE, key):
                found[at] = None if at in found and found[at] != i else i
    return found


# Whose invoice a payment naming no customer names: the book's one invoice so named
# (``_customers_numbers``), whoever it is billed to.
_ANYONE: Final = CustomerKey("")


def _unpadded(number: str) -> str:
    """An invoice number by its letters and its runs of digits without their leading zeros:
    a payment's "INV/2026/10/041" names "INV/2026/10/0041" (``_customers_numbers``).

    >>> _unpadded("INV/2026/10/041") == _unpadded("inv-2026-10-0041"), _unpadded("F-0047")
    (True, 'F#47')
    """
    runs = (run.lstrip("0") or "0" for run in _BARE.findall(number))
    return number.translate(_NO_SEPARATORS_OR_DIGITS).upper() + "#" + "#".join(runs)


def _maybe_short(
    named: Sequence[str], keys: Sequence[str], invoices: Sequence[Invoice]
) -> set[str]:
    """The payments' names that match no invoice (``named``, their ``invoice_key``s ``keys``)
    that may be one of the book's invoice numbers written short or one it lacks: digits alone
    ("4502"), or the letters of some invoice's number, digits and separators aside ("F4502",
    "F-9999" beside "F-4502"); a receipt's own number ("BKM/019124") is neither. Worked out
    over all the numbers at once, a pass in C each (one by one, the journal's 20k receipts
    cost a fifth of its time).

    >>> inv = Invoice("F-4502", "", None, date(2026, 1, 1), "default", 1, 0, Source("", "J", 1))
    >>> names = ["F4502", "No. 4502", "BKM/019124", "f-9999"]
    >>> sorted(_maybe_short(names, invoice_keys(names), [inv]))
    ['F4502', 'No. 4502', 'f-9999']
    """
    if not named:
        return set()
    numbers = list(map(_NUMBER, invoices))
    # A series' letters by one number of each spelling ("INV" of "0045/INV/XI/2026": ``_serial``).
    spellings = dict(zip(_letters_of(numbers), numbers, strict=True)) if numbers else {}
    letters = set(spellings) | {
        serial[0] for number in spellings.values() if (serial := _serial(number))
    }
    return {
        name
        for name, raw, key in zip(named, _letters_of(named), _letters_of(keys), strict=True)
        if not key or key in letters or raw in letters
    }


def _may_be_short(name: str, letters: AbstractSet[str]) -> bool:
    """``_maybe_short`` of one name, beside the letters of the book's numbers."""
    raw, key = _letters_of([name, invoice_key(name)])
    return not key or key in letters or raw in letters


def _named_short(
    name: str, mine: CustomerKey, own: Mapping[tuple[CustomerKey, str], int | None]
) -> tuple[int | None, bool]:
    """The invoice of customer ``mine`` (``_ANYONE``: of the whole book) a payment names short
    (``own``: ``_customers_numbers``): without separators ("F4502"), its serial's zeros left
    out ("INV/2026/10/041", "INV 2026 15"), by its digits alone ("4502"), by its serial and the
    letters before it ("INV 4502", "NT 47"); and whether two of theirs end so (none is
    paid)."""
    short = own.get((mine, loose_invoice_key(name)))
    if short is None:
        # Its runs of digits as typed, a space between two as a "/" is ("INV 2026 15" for
        # "INV/2026/0015", as "INV-2026-15" is), else as ``invoice_key`` joins them.
        short = own.get((mine, _unpadded(_NUMBER_SIGN.sub("", name.strip()))))
    if short is None:
        short = own.get((mine, _unpadded(invoice_key(name))))
    if short is None and (digits := _digits_alone(name)):
        short = own.get((mine, "#" + digits))
    if short is None and (serial := _serial(invoice_key(name), year=False)):
        at_serial = (mine, serial[0] + "#" + serial[1].lstrip("0"))
        short = own.get(at_serial)
        return short, short is None and at_serial in own
    return short, False


def _letters_of(numbers: Sequence[str]) -> list[str]:
    """Each number without its digits and separators, in capitals ("F" of "f-4502")."""
    return "\x00".join(numbers).translate(_NO_SEPARATORS_OR_DIGITS).upper().split("\x00")


def _digits_alone(name: str) -> str:
    """A payment's invoice number written as digits alone ("4502", "No. 0013"), without its
    leading zeros; "" for any other."""
    loose = loose_invoice_key(invoice_key(name))
    return loose if loose.isdigit() else ""


class _Series(NamedTuple):
    """The book's invoice numbers of one run of digits: their letters ("F" of "F-4502", ""
    of "1001") and their digits' counts; and the sheets that list invoices (by file)."""

    letters: frozenset[str]
    widths: frozenset[int]
    billing: frozenset[tuple[str, str]]


def _invoice_series(invoices: Sequence[Invoice]) -> _Series:
    """The book's ``_Series``."""
    letters: set[str] = set()
    widths: set[int] = set()
    for number in set(map(_NUMBER, invoices)):
        if run := _one_run(loose_invoice_key(number)):
            letters.add(run[0])
            widths.add(len(run[1]))
        if serial := _serial(number):  # "INV/2026/4502": letters "INV", 4 digits too
            letters.add(serial[0])
            widths.add(len(serial[1]))
    billing = frozenset(map(_PLACE, invoices))
    return _Series(frozenset(letters), frozenset(widths), billing)


def _names_an_invoice(pay: Payment, series: _Series) -> bool:
    """Whether a payment's number that matches no invoice of its customer reads as an invoice
    number of the book ("F-9999" beside "F-4501", "9999" beside "F-4502": the owner is told):
    its letters those of the book's invoice numbers, or digits alone as many as one of theirs.
    Not a receipt's own ("BKM/019124", "KW-0012": a series of its own), nor several ("F-1,
    F-2"), nor a number on a sheet that lists invoices too (a journal's No. Bukti numbers each
    of its lines, a receipt's in the sales' series: "JU-12" after "JU-11").

    >>> inv = Invoice("F-4502", "", None, date(2026, 1, 1), "default", 1, 0, Source("", "J", 1))
    >>> series = _invoice_series([inv])
    >>> [_names_an_invoice(Payment(1, Source("", "P", 2), n), series)
    ...  for n in ("9999", "F-9999", "BKM/019124", "KW-0012")]
    [True, True, False, False]
    >>> _names_an_invoice(Payment(1, Source("", "J", 2), "F-9999"), series)
    False
    """
    run = _one_run(loose_invoice_key(invoice_key(pay.invoice_number)))
    if run is None or _may_name_several(pay.invoice_number):
        return False
    if (pay.source.file, pay.source.sheet) in series.billing:
        return False
    mine, digits = run
    return mine in series.letters if mine else len(digits) in series.widths


# A year written before an invoice's own serial: "INV/2026/4502", "2026-4502".
_YEAR: Final = re.compile(r"20\d\d")
_MONTH: Final = re.compile(r"0?[1-9]|1[0-2]")
_ROMAN_MONTHS: Final = frozenset(
    {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}
)
_WORDS: Final = re.compile(r"[A-Za-z]+")


def _serial(number: str, *, year: bool = True) -> tuple[str, str] | None:
    """An invoice number's letters and its own serial: its one run of digits, or (``year``)
    the last of two where the first is a year, of three where a year and a month come first
    ("INV/2026/11/0045"), the first of two where the last is a year ("0045/INV/XI/2026");
    ``None`` for any other. How a payment may name
    it short ("4502", "INV 4502", "NT 47": the serial without its leading zeros), matched by
    the customer's invoices (``_customers_numbers``).

    >>> _serial("INV/2026/4502"), _serial("2026-4502"), _serial("NT-0047")
    (('INV', '4502'), ('', '4502'), ('NT', '0047'))
    >>> _serial("INV/10/015"), _serial("2026/4502", year=False), _serial("KW")
    (None, None, None)
    >>> _serial("INV/2026/11/0045"), _serial("0045/INV/XI/2026"), _serial("INV/2026/30/45")
    (('INV', '0045'), ('INV', '0045'), None)
    """
    runs = _BARE.findall(number)
    dated = year and len(runs) in (2, 3) and _YEAR.fullmatch(runs[0]) is not None
    if dated and (len(runs) == 2 or _MONTH.fullmatch(runs[1])):
        own = runs[-1]  # "INV/2026/4502", "INV/2026/11/0045"
    elif year and len(runs) == 2 and _YEAR.fullmatch(runs[1]) and not _YEAR.fullmatch(runs[0]):
        own = runs[0]  # "0045/INV/XI/2026"
        # Its month in Roman figures is no letter of the series: "inv 45" names it.
        words = [w.upper() for w in _WORDS.findall(number)]
        if len(words) > 1 and any(w in _ROMAN_MONTHS for w in words):
            return "".join(w for w in words if w not in _ROMAN_MONTHS), own
    elif len(runs) == 1:
        own = runs[0]
    else:
        return None
    return number.translate(_NO_SEPARATORS_OR_DIGITS).upper(), own


def serials(numbers: Iterable[str]) -> frozenset[str]:
    """The own serials of a book's invoice numbers (``_serial``), without leading zeros: what
    a note may name them by ("inv 45" for "INV/2026/10/0045").

    >>> sorted(serials(["INV/2026/10/0045", "NT-0047", "KW"]))
    ['45', '47']
    """
    return frozenset(
        serial[1].lstrip("0") or "0" for number in numbers if (serial := _serial(number))
    )


def series_letters(numbers: Iterable[str]) -> frozenset[str]:
    """The letters of a book's invoice series ("NT" of "NT-0046", "INV" of "INV/2026/4502";
    two letters or more, none of a number of no one serial): a note's "NT 46" names NT-0046
    by them (``rows._number_in_note``).

    >>> sorted(series_letters(["NT-0046", "INV/2026/4502", "F-12", "2026-4502", "A/10/015"]))
    ['INV', 'NT']
    """
    found = set()
    for number in numbers:
        serial = _serial(number)
        if serial is not None and len(serial[0]) >= 2 and serial[0].isalpha():
            found.add(serial[0])
    return frozenset(found)


def _one_run(loose: str) -> tuple[str, str] | None:
    """A number without separators (``loose_invoice_key``) as its letters and its one run of
    digits ("F", "4502" of "F4502"); ``None`` for one of no digits or of several runs."""
    runs = _BARE.findall(loose)
    return (_BARE.sub("", loose), runs[0]) if len(runs) == 1 else None


def _loosely(by_number: Positions) -> Positions:
    """``by_number`` by each number's ``loose_invoice_key``; a loose key two numbers share
    names neither (``[]``): a payment is matched only where it cannot be mistaken."""
    found: dict[str, int | list[int]] = {}
    for number, at in by_number.items():
        key = loose_invoice_key(number)
        found[key] = [] if key in found else at
    return found


def _by_loose_name(
    unknown: Iterable[CustomerKey],
    owners: Sequence[CustomerKey],
    on_account: defaultdict[CustomerKey, Amount],
    sent: defaultdict[CustomerKey, list[int]],
) -> tuple[dict[int, CustomerKey], set[CustomerKey]]:
    """Money on account from a name no invoice has, moved to the one customer of the book whose
    name it is, written short: without the phone number the book writes beside it ("Bu Ani"
    for "Bu Ani (0812-3456-7890)"), "Tk." for "Toko", or without the shop's word ("Sari Rasa"
    for "Toko Sari Rasa": ``_shopless``). Where two customers could be meant
    (two "Bu Ani" with their numbers), to none: it pays nothing, and the owner is asked which
    one paid. Each payment moved (its position in ``sent``) and to whom; and the names two
    customers or more could be: those two "Bu Ani", and a name the first words of two
    customers' names are ("Bu Ani" of "Bu Ani (Pasar)" and "Bu Ani Kios 3", which it pays
    neither of all the same)."""
    loose: defaultdict[str, set[CustomerKey]] = defaultdict(set)
    for key in set(owners):
        loose[loose_customer_key(key)].add(key)
    moved: dict[int, CustomerKey] = {}
    shared: set[CustomerKey] = set()
    by_first: defaultdict[str, list[str]] | None = None  # the loose names by their first word
    # The loose names by what is left of them without the shop's word (``_shopless``), where
    # that is not the whole name: each a name some customer is known by with it left off.
    shopless: defaultdict[str, set[str]] | None = None
    for key in list(unknown):
        if _PHONE_IN_NAME.search(key):
            continue  # a name with a number of its own is that person: another "Bu Ani"
        short = loose_customer_key(key)
        found = loose.get(short, set())
        said = untitled_key(key)[1]
        if said:  # "Bu Budi" is not "Pak Budi"
            found = {owner for owner in found if untitled_key(owner)[1] in ("", said)}
        if not found and short:
            # The shop's word left off one of the two names ("Sari Rasa" for "Toko Sari Rasa",
            # "Toko Sari" for "Sari"), not two shops' words ("CV Maju" is no "Toko Maju"): the
            # one customer so named; where two are ("Toko Sari Rasa", "Warung Sari Rasa"),
            # neither, the payer's name unknown.
            if shopless is None:
                shopless = defaultdict(set)
                for name in loose:
                    if (bare := _shopless(name)) != name:
                        shopless[bare].add(name)
            # Both with the shop's word, one written short ("TB Sinar Terang" for "Toko
            # Bangunan Sinar Terang"): the same word, spelled out or not.
            plain, spelled = _shopless(short), _shop_spelled(short)
            names = (
                shopless.get(short, set())
                if plain == short
                else ({plain} & loose.keys())
                | {n for n in shopless.get(plain, ()) if _shop_spelled(n) == spelled}
            )
            found = {
                owner
                for name in names
                for owner in loose[name]
                if not said or untitled_key(owner)[1] in ("", said)
            }
            if len(found) > 1:
                continue
        if not found and short:
            if by_first is None:
                by_first = defaultdict(list)
                for name in loose:
                    by_first[name.split(" ", 1)[0]].append(name)
            words = short.split()
            longer = {
                owner
                for name in by_first.get(words[0], ())
                if name.split()[: len(words)] == words and name != short
                for owner in loose[name]
                if not said or untitled_key(owner)[1] in ("", said)
            }
            if len(longer) > 1:
                shared.add(key)
            continue
        if len(found) == 1:
            (owner,) = found
            on_account[owner] += on_account.pop(key)
            moved.update(dict.fromkeys(sent[key], owner))
            sent[owner].extend(sent.pop(key, []))
        elif found:
            shared.add(key)
    return moved, shared


def _by_due(invoices: Sequence[Invoice], positions: list[int]) -> list[int]:
    """``positions`` of ``invoices`` oldest due first: by due date, then date, then row (the
    order money on account pays them in, and the reverse of the order it is taken back)."""
    picked = [invoices[i] for i in positions]
    order = sorted(
        zip(
            map(_DUE, picked),
            [inv.invoice_date or inv.due_date for inv in picked],
            [inv.source.row for inv in picked],
            positions,
            strict=True,
        )
    )
    return [i for *_, i in order]


def _allocate_on_account(
    invoices: list[Invoice],
    owners: list[CustomerKey],
    amounts: list[Amount],
    paid: list[Amount],
    on_account: dict[CustomerKey, Amount],
    ledger: Ledger,
) -> list[CustomerKey]:
    """Money paid against a customer of the book, not an invoice, settles their oldest dues
    first (by due date, then date): added to ``paid`` (each invoice's, beside ``amounts``);
    what is left is their credit balance.

    Money taken back (below zero on account) undoes what the customer's latest money paid:
    the newest dues it settled are owed again. The customers whose money taken back is more
    than all they paid are returned."""
    # The open invoices of the customers with money on account, oldest due first (then by
    # date, then by row, then as listed).
    owing = [
        i
        for i, key, amount, settled in zip(range(len(invoices)), owners, amounts, paid, strict=True)
        if amount > settled and key in on_account
    ]
    for i in _by_due(invoices, owing):
        key = owners[i]
        left = on_account[key]
        if left <= 0:
            continue
        rest = amounts[i] - paid[i]  # open: above zero
        take = left if left < rest else rest
        paid[i] += take
        on_account[key] = left - take
    ledger.credit_balances = {key: left for key, left in on_account.items() if left >= 1}
    short = {key for key, left in on_account.items() if left < 0}
    if not short:
        return []
    # Undone in the order money paid them, from the last: the newest dues first.
    undo = [
        i
        for i, key, settled in zip(range(len(invoices)), owners, paid, strict=True)
        if settled > 0 and key in short
    ]
    for i in reversed(_by_due(invoices, undo)):
        key = owners[i]
        left = on_account[key]
        if left >= 0:
            continue
        take = -left if -left < paid[i] else paid[i]
        paid[i] -= take
        on_account[key] = left + take
    return [key for key in short if on_account[key] < 0]
