"""QRIS, Indonesia's national payment QR: read a shop's static QRIS and fill in an amount.

A QRIS payload is EMVCo merchant-presented text: fields of a two-digit tag, a two-digit length
and the value (``5802ID`` is tag 58, length 2, "ID"), the checksum last (tag 63: CRC-16/CCITT-
FALSE over everything before it, ``6304`` included, as four uppercase hex digits). A static QRIS
(tag 01 "11") lets the payer type any amount; ``with_amount`` makes the QR with the amount filled
in (QR bernominal): tag 01 "12", tag 54 the amount in whole rupiah just before tag 58, the
checksum recomputed, every other field kept as it was. Tags 55–57 (a tip or a convenience fee)
are dropped and never set: the QRIS merchant fee may not be passed on to the buyer.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Final, Literal

from core.i18n import CodeKeys, Lang, t
from core.money import Amount, format_rupiah

# Bank Indonesia's cap on one QRIS payment.
MAX_AMOUNT: Final[Amount] = 10_000_000
# The most pixels a picture of the shop's QRIS may have: a 108-megapixel phone photo fits.
LARGEST_PICTURE: Final = 120_000_000

QrisProblem = Literal[
    "empty",
    "no_qr_image",
    "image_too_large",
    "layout",
    "no_crc",
    "crc",
    "format",
    "not_static",
    "currency",
    "no_country",
    "no_merchant",
    "no_account",
    "amount_not_positive",
    "amount_not_whole",
    "amount_above_cap",
]
PROBLEM_KEYS: Final = CodeKeys[QrisProblem](
    QrisProblem,
    {
        "empty": "qris.problem.empty",
        "no_qr_image": "qris.problem.no_qr_image",
        "image_too_large": "qris.problem.image_too_large",
        "layout": "qris.problem.layout",
        "no_crc": "qris.problem.no_crc",
        "crc": "qris.problem.crc",
        "format": "qris.problem.format",
        "not_static": "qris.problem.not_static",
        "currency": "qris.problem.currency",
        "no_country": "qris.problem.no_country",
        "no_merchant": "qris.problem.no_merchant",
        "no_account": "qris.problem.no_account",
        "amount_not_positive": "qris.problem.amount_not_positive",
        "amount_not_whole": "qris.problem.amount_not_whole",
        "amount_above_cap": "qris.problem.amount_above_cap",
    },
)
_STATIC: Final = "11"
_DYNAMIC: Final = "12"
_RUPIAH: Final = "360"  # ISO 4217 numeric code, tag 53
_FEE_TAGS: Final = frozenset({"55", "56", "57"})
# Merchant account information (26–51) and the additional-data and language templates hold
# fields of their own, in the same layout.
_TEMPLATES: Final = frozenset({*(f"{n:02d}" for n in range(26, 52)), "62", "64"})


class QrisError(ValueError):
    """A payload that is not a usable static QRIS, or an amount a QR cannot carry."""

    def __init__(self, code: QrisProblem, **params: object) -> None:
        super().__init__(code)
        self.code: QrisProblem = code
        self.params = params

    def message(self, lang: Lang = "id") -> str:
        return t(PROBLEM_KEYS[self.code], lang, **self.params)


@dataclass(frozen=True, slots=True)
class Field:
    """One tag-length-value field; ``value`` is the text, its length counted in characters."""

    tag: str
    value: str

    def text(self) -> str:
        """The field as written in a payload.

        >>> Field("58", "ID").text()
        '5802ID'
        """
        if len(self.value) > 99:
            raise QrisError("layout")
        return f"{self.tag}{len(self.value):02d}{self.value}"


def crc16(text: str) -> str:
    """CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF) of the UTF-8 bytes, 4 hex digits.

    >>> crc16("123456789")
    '29B1'
    """
    crc = 0xFFFF
    for byte in text.encode("utf-8"):
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return f"{crc:04X}"


def parse_fields(text: str) -> tuple[Field, ...]:
    """The fields of ``text`` in order; ``QrisError("layout")`` when it is not tag-length-value
    throughout (a tag or length that is not two digits, a value running past the end).

    >>> parse_fields("000201010211")
    (Field(tag='00', value='01'), Field(tag='01', value='11'))
    """
    fields: list[Field] = []
    at = 0
    while at < len(text):
        head = text[at : at + 4]
        if len(head) < 4 or not head.isascii() or not head.isdigit():
            raise QrisError("layout")
        size = int(head[2:])
        value = text[at + 4 : at + 4 + size]
        if len(value) < size:
            raise QrisError("layout")
        fields.append(Field(head[:2], value))
        at += 4 + size
    return tuple(fields)


def serialise(fields: tuple[Field, ...] | list[Field]) -> str:
    """The fields written one after another (the inverse of ``parse_fields``)."""
    return "".join(field.text() for field in fields)


def with_crc(body: str) -> str:
    """``body`` (every field but the checksum) with tag 63 and its CRC appended."""
    head = body + "6304"
    return head + crc16(head)


@dataclass(frozen=True, slots=True)
class Merchant:
    """What a checked QRIS says about whom it pays: the name and city printed on receipts, and
    the national merchant id (NMID, in tag 51) when it carries one."""

    name: str
    city: str
    nmid: str = ""


def pasted(payload: str) -> str:
    """The QRIS text as pasted: without the spaces and line breaks around it, nor the line
    breaks a chat, an e-mail or a PDF wrapped it at (no QRIS field holds one; a space that
    stood where it was wrapped is gone with the break, and the checksum then tells).

    >>> pasted(" 000201\\n010211\\r\\n")
    '000201010211'
    """
    return "".join(payload.strip().splitlines())


def read_qris(payload: str) -> tuple[Field, ...]:
    """The fields of a checked QRIS payload (static or with an amount), the checksum included.

    Read as ``pasted``: spaces and line breaks around it, and line breaks within, are no part
    of it. Raises ``QrisError`` with the
    first thing wrong: the layout, the checksum (tag 63, last, over all before it), the format
    indicator (tag 00 "01", first), the currency (rupiah), the country, merchant name and city,
    and at least one merchant account (tags 26–51).
    """
    text = pasted(payload)
    if not text:
        raise QrisError("empty")
    fields = parse_fields(text)
    tags = [field.tag for field in fields]
    if len(set(tags)) != len(tags):
        raise QrisError("layout")
    for field in fields:
        if field.tag in _TEMPLATES:
            parse_fields(field.value)
    if tags[-1] != "63" or len(fields[-1].value) != 4:
        raise QrisError("no_crc")
    expected = crc16(text[:-4])
    if fields[-1].value.upper() != expected:
        raise QrisError("crc", found=fields[-1].value, expected=expected)
    if tags[0] != "00" or fields[0].value != "01":
        raise QrisError("format")
    by_tag = {field.tag: field.value for field in fields}
    if by_tag.get("53") != _RUPIAH:
        raise QrisError("currency", found=by_tag.get("53", "-"))
    if "58" not in by_tag:
        raise QrisError("no_country")
    if not by_tag.get("59", "").strip() or not by_tag.get("60", "").strip():
        raise QrisError("no_merchant")
    if not any(26 <= int(tag) <= 51 for tag in tags):
        raise QrisError("no_account")
    return fields


def read_static(payload: str) -> tuple[Field, ...]:
    """The fields of a checked *static* QRIS (tag 01 "11"); ``QrisError`` otherwise."""
    fields = read_qris(payload)
    method = next((field.value for field in fields if field.tag == "01"), "")
    if method != _STATIC:
        raise QrisError("not_static")
    return fields


def merchant_of(payload: str) -> Merchant:
    """The merchant a checked QRIS pays (``QrisError`` when the payload does not check)."""
    fields = read_qris(payload)
    by_tag = {field.tag: field.value for field in fields}
    nmid = ""
    if "51" in by_tag:
        inner = {field.tag: field.value for field in parse_fields(by_tag["51"])}
        nmid = inner.get("02", "")
    return Merchant(name=by_tag["59"].strip(), city=by_tag["60"].strip(), nmid=nmid)


def check_amount(amount: Amount) -> None:
    """``QrisError`` when a QRIS payment cannot be for ``amount``: nothing, less than nothing,
    sen (a QR carries whole rupiah), or above the per-transaction cap."""
    if amount <= 0:
        raise QrisError("amount_not_positive", amount=format_rupiah(amount))
    if amount != int(amount):
        raise QrisError("amount_not_whole", amount=format_rupiah(amount))
    if amount > MAX_AMOUNT:
        raise QrisError(
            "amount_above_cap", amount=format_rupiah(amount), cap=format_rupiah(MAX_AMOUNT)
        )


def with_amount(static: str, amount: Amount) -> str:
    """The QR text that pays ``amount`` (whole rupiah) to the shop of the static QRIS ``static``.

    Tag 01 becomes "12", tag 54 is the amount, placed just before tag 58 (an amount already
    there is replaced), tags 55–57 are left out and the checksum is recomputed; every other
    field stays exactly as it was, in its place. ``QrisError`` when ``static`` is not a valid
    static QRIS or the amount is not between Rp 1 and the cap.
    """
    fields = read_static(static)
    check_amount(amount)
    out: list[Field] = []
    for field in fields:
        if field.tag in {"54", "63"} | _FEE_TAGS:
            continue
        if field.tag == "58":
            out.append(Field("54", str(int(amount))))
        out.append(Field("01", _DYNAMIC) if field.tag == "01" else field)
    return with_crc(serialise(out))


def amount_of(payload: str) -> Amount | None:
    """The amount a checked QRIS asks for (tag 54), ``None`` for a static one.

    Whole rupiah; a value with cents ("50000.00") is read to the rupiah.
    """
    for field in read_qris(payload):
        if field.tag == "54":
            whole, _, cents = field.value.partition(".")
            if not whole.isdigit() or (cents and not cents.isdigit()):
                raise QrisError("layout")
            return int(whole)
    return None


def decode_image(data: bytes) -> str:
    """The text of the QR code in a picture (PNG, JPEG…, a photo or a screenshot of the shop's
    QRIS), read with zxing-cpp; ``QrisError("no_qr_image")`` when none can be read."""
    # Imported here: only reading an uploaded picture needs the reader.
    import zxingcpp
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as picture:
            # Its size is in its header, read before any pixel: a picture claiming more pixels
            # than any phone's camera takes (a decompression bomb, 20000 × 20000) is refused
            # before it is decoded into hundreds of megabytes.
            if picture.width * picture.height > LARGEST_PICTURE:
                raise QrisError("image_too_large")
            picture.load()
            found = zxingcpp.read_barcodes(
                picture.convert("L"), formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
            )
    except QrisError:
        raise
    except Image.DecompressionBombError as exc:  # PIL's own cap, past twice its warning's
        raise QrisError("image_too_large") from exc
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise QrisError("no_qr_image") from exc
    texts = [code.text for code in found if code.valid and code.text]
    if not texts:
        raise QrisError("no_qr_image")
    return texts[0]
