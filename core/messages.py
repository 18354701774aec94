"""Reaching the customer: click-to-chat and mailto links (phone numbers: ``core.phones``).

Nothing here sends anything: a link opens the owner's own WhatsApp or mail program with the
message filled in, and the owner presses send.
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any, Final
from urllib.parse import quote

from core.aging import days_overdue, overdue_amount
from core.dates import format_date
from core.i18n import Lang, t
from core.ledger import CustomerKey, Invoice, customer_key, invoice_label
from core.money import Amount, format_rupiah
from core.phones import whatsapp_url as whatsapp_url  # the one reading of a phone cell


def mailto_url(email: str | None, subject: str, body: str) -> str:
    """A ``mailto:`` link with subject and body (an empty address lets the owner type one).

    >>> mailto_url("a@b.id", "Tagihan", "Halo Bu")
    'mailto:a@b.id?subject=Tagihan&body=Halo%20Bu'
    """
    address = quote((email or "").strip(), safe="@.+-_")
    return f"mailto:{address}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"


# The words to say: templates per playbook step, filled in for one customer.

DEFAULT_TEMPLATES: Final = Path(__file__).resolve().parent / "templates" / "messages.toml"
# Earlier defaults: an owner's copy of one of these, unedited, is an old default, not a choice.
PREVIOUS_TEMPLATES: Final = DEFAULT_TEMPLATES.with_name("messages_previous.toml")
_PERSON_TITLES: Final = frozenset(
    {"pak", "bapak", "bu", "ibu", "mas", "mbak", "kak", "koh", "ci", "cik", "bang", "om", "tante"}
)
# The pilgrimage's honorifics tell a man from a woman: "H. Mahmud" is Pak, "Hj. Aminah" is
# Bu; written before the name, they stay in it ("Ibu Hj. Aminah", as people write it).
_HAJI: Final = {"h": "Bapak", "haji": "Bapak", "hj": "Ibu", "hjh": "Ibu", "hajjah": "Ibu"}
_BUSINESS_WORDS: Final = frozenset(
    {"toko", "cv", "ud", "pt", "warung", "bengkel", "kios", "apotek", "depot", "rm", "koperasi",
     "restoran", "cafe", "kafe", "salon", "pd", "fa", "firma", "agen", "grosir"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Message:
    """A ready message: the subject (for e-mail and letters) and the body."""

    subject: str
    body: str


Templates = dict[str, dict[str, dict[str, Any]]]


class TemplateError(ValueError):
    """The owner's template file cannot be used; the defaults are used instead."""


def load_templates(path: Path | None = None) -> Templates:
    """The templates from the owner's file, each missing step filled from the defaults.

    A step the owner's file holds exactly as an earlier default had it (a copy made before the
    defaults changed, never edited) takes the current default. Raises ``TemplateError`` when
    the owner's file is not valid TOML, so the page can say so.
    """
    with DEFAULT_TEMPLATES.open("rb") as handle:
        templates: Templates = tomllib.load(handle)
    if path is None or not path.exists():
        return templates
    with PREVIOUS_TEMPLATES.open("rb") as handle:
        previous: Templates = tomllib.load(handle)
    try:
        with path.open("rb") as handle:
            own = tomllib.load(handle)
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as exc:
        raise TemplateError(str(exc)) from exc
    for lang, steps in own.items():
        if isinstance(steps, dict):
            for step, entry in steps.items():
                if not isinstance(entry, dict) or not ("body" in entry or "bodies" in entry):
                    continue
                former = previous.get(lang, {}).get(str(step))
                if entry in (former if isinstance(former, list) else [former]):
                    continue
                templates.setdefault(lang, {})[str(step)] = entry
    return templates


def title_of(name: str, lang: str = "id", title: str | None = None) -> str:
    """The short form of address alone, for use inside a sentence: the title the name starts
    with ("Pak Budi" → "Pak"), the owner's own choice for the customer when given, else
    "Bapak/Ibu" ("Sir/Madam"), never a guess between the two.

    >>> title_of("Pak Budi"), title_of("bu Sri"), title_of("Toko Makmur")
    ('Pak', 'Bu', 'Bapak/Ibu')
    >>> title_of("Siti", title="Ibu")
    'Ibu'
    >>> title_of("Pak Budi", "en"), title_of("Bu Sri", "en"), title_of("Siti", "en")
    ('Sir', 'Madam', 'Sir/Madam')
    >>> title_of("Hj. Aminah"), title_of("H. Mahmud"), title_of("Hj. Aminah", "en")
    ('Ibu', 'Bapak', 'Madam')
    """
    if title and title.strip():
        return title.strip()
    words = name.split()
    first = words[0].rstrip(".") if words else ""
    first = _HAJI.get(first.casefold(), first) if len(words) > 1 else first
    if lang != "id":
        return _EN_TITLES.get(first.casefold(), "Sir/Madam")
    if first.casefold() in _PERSON_TITLES:
        return first[:1].upper() + first[1:].casefold()
    return "Bapak/Ibu"


def salutation(name: str, lang: str = "id", title: str | None = None) -> str:
    """How to address the customer politely: the name as it is when it starts with a title,
    else the owner's chosen title or "Bapak/Ibu" before it ("di" before a business name).

    >>> salutation("Pak Budi Santoso"), salutation("Toko Makmur"), salutation("Siti Aminah")
    ('Pak Budi Santoso', 'Bapak/Ibu di Toko Makmur', 'Bapak/Ibu Siti Aminah')
    >>> salutation("Siti Aminah", "en"), salutation("Siti Aminah", title="Bu")
    ('Sir/Madam Siti Aminah', 'Bu Siti Aminah')
    >>> salutation("Hj. Aminah"), salutation("H. Mahmud", "en")
    ('Ibu Hj. Aminah', 'Sir H. Mahmud')
    """
    first = name.split()[0].casefold().rstrip(".") if name.split() else ""
    if first in _PERSON_TITLES:
        return name
    who = title_of(name, lang, title)
    if first in _BUSINESS_WORDS:
        return f"{who} di {name}" if lang == "id" else f"{who} at {name}"
    return f"{who} {name}"


_EN_TITLES: Final = {"pak": "Sir", "bapak": "Sir", "bu": "Madam", "ibu": "Madam"}

# The owner's choice of address per customer, over the guess from the name: a setting
# mapping a customer key to one of ``TITLE_CHOICES``.
SALUTATIONS_SETTING: Final = "salutations"
TITLE_CHOICES: Final = ("Pak", "Bu", "Bapak", "Ibu", "Bapak/Ibu")


def titles_from_setting(raw: object) -> dict[CustomerKey, str]:
    """The ``salutations`` setting read back; anything not among ``TITLE_CHOICES`` is left out.

    >>> titles_from_setting({"siti  aminah": "Bu", "x": "Tuan", "y": 3})
    {'siti aminah': 'Bu'}
    """
    if not isinstance(raw, Mapping):
        return {}
    return {
        customer_key(str(key)): value
        for key, value in raw.items()
        if isinstance(value, str) and value in TITLE_CHOICES
    }


def titles_with(
    titles: Mapping[CustomerKey, str], key: CustomerKey, title: str | None
) -> dict[str, str]:
    """The setting's new value with ``key`` set to ``title`` (``None``: guess from the name)."""
    chosen: dict[str, str] = {str(k): v for k, v in titles.items() if k != key}
    if title in TITLE_CHOICES:
        chosen[str(key)] = title
    return dict(sorted(chosen.items()))


def amounts_phrase(total: Amount, overdue: Amount, lang: str = "id") -> str:
    """The bill's total and how much of it is late, said once: the overdue part is called
    late, the part not yet due is named as such, and a total that is all overdue is not
    repeated.

    >>> amounts_phrase(3_200_000, 3_200_000)
    'sebesar Rp 3.200.000, sudah lewat jatuh tempo'
    >>> amounts_phrase(106_181_000, 84_930_000).split(": ")[1]
    'Rp 84.930.000 sudah lewat jatuh tempo, Rp 21.251.000 lagi belum jatuh tempo'
    >>> amounts_phrase(500_000, 0, "en")
    'of Rp 500.000, not yet past due'
    """
    words = _AMOUNT_WORDS.get(lang, _AMOUNT_WORDS["id"])
    shape = "all" if overdue >= total else "none" if overdue <= 0 else "part"
    return words[shape].format(
        total=format_rupiah(total),
        lewat=format_rupiah(overdue),
        belum=format_rupiah(total - overdue),
    )


_AMOUNT_WORDS: Final = {
    "id": {
        "all": "sebesar {total}, sudah lewat jatuh tempo",
        "none": "sebesar {total}, belum lewat jatuh tempo",
        "part": "sebesar {total}: {lewat} sudah lewat jatuh tempo, {belum} lagi belum jatuh tempo",
    },
    "en": {
        "all": "of {total}, all past due",
        "none": "of {total}, not yet past due",
        "part": "of {total}: {lewat} past due, another {belum} not yet due",
    },
}


def invoice_lines(invoices: Sequence[Invoice], lang: str = "id") -> str:
    """One line per open invoice: number, due date, what is left on it."""
    due = "jatuh tempo" if lang == "id" else "due"
    tongue: Lang = "en" if lang == "en" else "id"
    blank = t("letter.no_number", tongue)
    lines = []
    for inv in sorted(invoices, key=lambda i: (i.due_date, i.number)):
        number = invoice_label(inv.number, inv.due_source, tongue, blank)
        when = format_date(inv.due_date, lang=lang)
        lines.append(f"- {number}, {due} {when}: {format_rupiah(inv.outstanding)}")
    return "\n".join(lines)


_FEE_FIELDS: Final = ("{denda}", "{total_denda}")
_NOT_YET_DUE_FIELDS: Final = ("{belum}",)


def _without(body: str, fields: Sequence[str]) -> str:
    """The body without its sentences naming any of ``fields``: with no fee owed (none set,
    or none agreed) the message demands none, not "a fee of Rp 0"; with nothing not yet due it
    says nothing of "the part not yet due, Rp 0".

    >>> _without("Total {total}. Ada denda {denda}. Mohon dibayar.", _FEE_FIELDS)
    'Total {total}. Mohon dibayar.'
    """
    if not any(field in body for field in fields):
        return body
    lines = []
    for line in body.split("\n"):  # sentences within a line; the lines (greeting, list) stay
        sentences = re.split(r"(?<=[.!?])[ ]+", line)
        lines.append(" ".join(s for s in sentences if not any(f in s for f in fields)))
    return "\n".join(lines)


# The greeting for the time of day, the hour each one ends (Indonesian: pagi until 11.00,
# siang until 15.00, sore until 18.00, then malam). Without a time, one that fits any hour.
_GREETINGS: Final = {
    "id": (
        (11, "Selamat pagi"),
        (15, "Selamat siang"),
        (18, "Selamat sore"),
        (24, "Selamat malam"),
    ),
    "en": ((12, "Good morning"), (18, "Good afternoon"), (24, "Good evening")),
}
_ANY_HOUR: Final = {"id": "Salam", "en": "Hello"}


def greeting(at: time | None, lang: str = "id") -> str:
    """How a message made at ``at`` opens, the one rule for every step's {salam}.

    >>> greeting(time(10, 59)), greeting(time(11)), greeting(time(15, 30)), greeting(time(19))
    ('Selamat pagi', 'Selamat siang', 'Selamat sore', 'Selamat malam')
    >>> greeting(time(13), "en"), greeting(None), greeting(None, "en")
    ('Good afternoon', 'Salam', 'Hello')
    """
    lang = lang if lang in _GREETINGS else "id"
    if at is None:
        return _ANY_HOUR[lang]
    return next(words for until, words in _GREETINGS[lang] if at.hour < until)


# Where a template names the shop: signing it ("Terima kasih, {usaha}"; a line of its own),
# naming whom a message comes from ("Salam dari {usaha}", "finance staff of {usaha}"), or
# within a sentence ("bagian keuangan {usaha}").
_SIGNED: Final = re.compile(
    r"[ \t]*,[ \t]*\{usaha\}(?=[ \t]*(?:\n|$))|\n[ \t]*\{usaha\}[ \t]*(?=\n|$)"
)
_FROM_SHOP: Final = re.compile(r"[ \t]+(?:dari|from|of)[ \t]+\{usaha\}")


def _unsigned(text: str, lang: str) -> str:
    """``text`` for a shop with no name saved yet: no signature ("Terima kasih, {usaha}" is
    "Terima kasih."), nor a made-up name where it says whom the message is from ("Salam dari
    {usaha}" is "Salam"); within a sentence the shop is "kami" ("us").

    >>> _unsigned("Terima kasih, {usaha}", "id"), _unsigned("Salam dari {usaha}", "id")
    ('Terima kasih.', 'Salam')
    >>> _unsigned("Saya {staf} dari bagian keuangan {usaha}. Kami", "id")
    'Saya {staf} dari bagian keuangan kami. Kami'
    >>> _unsigned("I am {staf} from the finance staff of {usaha}.", "en")
    'I am {staf} from the finance staff.'
    >>> _unsigned("Hormat kami,\\n{usaha}", "id")
    'Hormat kami,'
    """
    if "{usaha}" not in text:
        return text
    text = _SIGNED.sub(".", text)
    text = re.sub(r"\.\.(?=\s|$)", ".", text).replace(",.", ",")
    text = re.sub(r"(?<=keuangan) \{usaha\}", " kami", text)
    text = _FROM_SHOP.sub("", text)
    return text.replace("{usaha}", "kami" if lang == "id" else "us")


class _Blanks(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render_message(
    step: int,
    *,
    name: str,
    invoices: Sequence[Invoice],
    as_of: date,
    lang: str = "id",
    business: str = "",
    late_fee: Amount = 0,
    pay_by: date | None = None,
    staff: str = "",
    title: str | None = None,
    variant: int = 0,
    templates: Templates | None = None,
    payment: str = "",
    at: time | None = None,
) -> Message:
    """The message for a playbook step, filled in for one customer's open invoices.

    Only fills in facts: which step fits is the playbook's to say. ``staff`` is the name the
    finance-staff step speaks as, ``title`` the owner's chosen form of address (else guessed
    from the name). ``variant`` picks among several bodies (step 4's jokes) so they rotate.
    ``payment`` is how to pay (``core.payinfo.payment_text``), the message's last part.
    What it demands by ``pay_by`` with the fee ({total_denda}) is what is overdue today and the
    fee, as the letter and the somasi demand it (``core.documents.letters``): an invoice not
    yet due is listed, never demanded. ``at`` is the time the message is made: its {salam}
    greets for that time of day (``greeting``).
    """
    chosen = templates if templates is not None else load_templates()
    entry = chosen.get(lang, chosen["id"]).get(str(step)) or chosen["id"][str(min(step, 9))]
    bodies = entry.get("bodies") or [entry.get("body", "")]
    body = str(bodies[variant % len(bodies)])
    if not late_fee:
        body = _without(body, _FEE_FIELDS)
    subject_text = str(entry.get("subject", ""))
    if not business.strip():  # nothing goes out signed by a made-up shop
        body, subject_text = _unsigned(body, lang), _unsigned(subject_text, lang)
    open_ = [inv for inv in invoices if inv.outstanding > 0]
    total: Amount = sum((inv.outstanding for inv in open_), 0)
    past = overdue_amount(open_, as_of)
    oldest = min((inv.due_date for inv in open_), default=as_of)
    if past >= total:
        body = _without(body, _NOT_YET_DUE_FIELDS)
    values = _Blanks(
        salam=greeting(at, lang),
        sapaan=salutation(name, lang, title),
        sebutan=title_of(name, lang, title),
        nama=name,
        total=format_rupiah(total),
        lewat=format_rupiah(past),
        belum=format_rupiah(total - past),
        rincian=amounts_phrase(total, past, lang),
        staf=staff,
        daftar=invoice_lines(open_, lang),
        jatuh_tempo=format_date(oldest, lang=lang),
        hari=str(days_overdue(oldest, as_of)),
        denda=format_rupiah(late_fee),
        total_denda=format_rupiah(past + late_fee),
        bayar_sebelum=format_date(pay_by or as_of, lang=lang),
        usaha=business,
    )
    subject = subject_text.format_map(values)
    return Message(subject, ending_with(body.format_map(values), payment))


def ending_with(body: str, payment: str) -> str:
    """``body`` with how to pay as its last part (unchanged when there is nothing to say).

    >>> ending_with("Terima kasih, Toko Maju\\n", "Cara pembayaran: ...")
    'Terima kasih, Toko Maju\\n\\nCara pembayaran: ...'
    """
    return f"{body.rstrip()}\n\n{payment}" if payment else body


# Editing the templates (Settings): the owner's file stays the store.

TEMPLATE_FIELDS: Final = (
    "salam", "sapaan", "sebutan", "nama", "total", "lewat", "belum", "rincian", "staf", "daftar",
    "jatuh_tempo", "hari", "denda", "total_denda", "bayar_sebelum", "usaha",
)  # fmt: skip


def template_problems(text: str) -> list[str]:
    """What keeps a template's text from being filled in: a brace that opens no field
    ("format"), or a field Tagih does not fill ("{nama_toko}"). Empty when it is usable.

    >>> template_problems("Halo {sapaan}, total {total}"), template_problems("Halo {nama_toko")
    ([], ['format'])
    >>> template_problems("Halo {toko}")
    ['{toko}']
    """
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError:
        return ["format"]
    unknown = [f"{{{name}}}" for name in fields if name not in TEMPLATE_FIELDS]
    return list(dict.fromkeys(unknown))


def template_entry(templates: Templates, lang: str, step: int) -> dict[str, Any]:
    """One step's template: ``subject`` and ``bodies`` (a list, one body or several)."""
    entry = templates.get(lang, {}).get(str(step)) or templates["id"][str(step)]
    bodies = entry.get("bodies") or [entry.get("body", "")]
    return {"subject": str(entry.get("subject", "")), "bodies": [str(b) for b in bodies]}


def with_template(
    templates: Templates, lang: str, step: int, subject: str, bodies: Sequence[str]
) -> Templates:
    """``templates`` with one step's subject and bodies replaced (a new mapping)."""
    changed: Templates = {name: dict(steps) for name, steps in templates.items()}
    entry: dict[str, Any] = {"subject": subject}
    if len(bodies) == 1:
        entry["body"] = bodies[0]
    else:
        entry["bodies"] = list(bodies)
    changed.setdefault(lang, {})[str(step)] = entry
    return changed


# Control characters TOML does not allow raw in a multi-line string (all but tab and newline).
_TOML_CONTROL: Final = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _toml_text(text: str) -> str:
    """A TOML multi-line string holding ``text`` exactly (the newline after the opening quotes
    is dropped by TOML; quotes and backslashes escaped)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    escaped = _TOML_CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", escaped)
    return f'"""\n{escaped}"""'


def templates_toml(templates: Templates) -> str:
    """The templates as the owner's file: the defaults' explanation at the top, then one table
    per language and step, read back equal by ``tomllib``."""
    header = []
    for line in DEFAULT_TEMPLATES.read_text("utf-8").splitlines():
        if not line.startswith("#"):
            break
        header.append(line)
    parts = ["\n".join(header)]
    for lang, steps in templates.items():
        for step in sorted(steps, key=lambda s: (not s.isdigit(), int(s) if s.isdigit() else 0)):
            entry = steps[step]
            lines = [f"[{lang}.{step}]", f"subject = {_toml_text(str(entry.get('subject', '')))}"]
            if "bodies" in entry:
                inner = ",\n".join(_toml_text(str(body)) for body in entry["bodies"])
                lines.append(f"bodies = [\n{inner},\n]")
            else:
                lines.append(f"body = {_toml_text(str(entry.get('body', '')))}")
            parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


def save_templates(path: Path, templates: Templates) -> None:
    """Write the owner's template file, whole, through a temporary file (never half written)."""
    text = templates_toml(templates)
    tomllib.loads(text)  # what is written must read back
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, "utf-8")
    temporary.replace(path)
