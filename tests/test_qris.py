"""QRIS: the checksum, reading a static QRIS, filling in an amount, refusals and the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.cli import main
from core.i18n import TEXTS
from core.payinfo import make_details, qr_png
from core.qris import (
    MAX_AMOUNT,
    PROBLEM_KEYS,
    Field,
    QrisError,
    amount_of,
    crc16,
    decode_image,
    merchant_of,
    parse_fields,
    read_qris,
    read_static,
    serialise,
    with_amount,
)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = json.loads((ROOT / "tests/fixtures/qris/static_samples.json").read_text("utf-8"))
STATIC: list[dict[str, str]] = SAMPLES["static"]
PAYLOADS = [sample["payload"] for sample in STATIC]
DANA = next(s["payload"] for s in STATIC if s["merchant"] == "Warung Sayur Bu Sugeng")


def fields(payload: str) -> dict[str, str]:
    return {field.tag: field.value for field in parse_fields(payload)}


# The checksum.


@pytest.mark.parametrize(
    ("text", "crc"),
    [
        ("123456789", "29B1"),  # the CRC-16/CCITT-FALSE check value
        ("", "FFFF"),
        ("A", "B915"),
        # A published EMVCo sample: the checksum is over the UTF-8 bytes (Chinese text in it).
        (
            "00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678"
            "520441115802CN5914BEST TRANSPORT6007BEIJING64200002ZH0104最佳运输0202北京"
            "540523.7253031565502016233030412340603***0708A60086670902ME91320016A011223344998877"
            "0708123456786304",
            "A13A",
        ),
    ],
)
def test_crc_known_answers(text: str, crc: str) -> None:
    assert crc16(text) == crc


@pytest.mark.parametrize("payload", PAYLOADS)
def test_real_static_samples_check(payload: str) -> None:
    assert crc16(payload[:-4]) == payload[-4:]
    got = read_static(payload)
    assert serialise(got) == payload  # read and written back, character for character
    assert fields(payload)["01"] == "11"


@pytest.mark.parametrize("sample", STATIC, ids=[s["merchant"] for s in STATIC])
def test_merchant_name_and_city_read_back(sample: dict[str, str]) -> None:
    merchant = merchant_of(sample["payload"])
    assert (merchant.name, merchant.city, merchant.nmid) == (
        sample["merchant"],
        sample["city"],
        sample["nmid"],
    )
    assert merchant.nmid.startswith("ID")


def test_a_pasted_payload_may_carry_spaces_and_line_breaks_around_it() -> None:
    assert merchant_of(f"  {DANA}\n").name == "Warung Sayur Bu Sugeng"
    assert with_amount(f"\n{DANA}  ", 5000) == with_amount(DANA, 5000)


def test_a_payload_wrapped_over_lines_is_read_as_one_line() -> None:
    """Round 66 qp13: a static QRIS pasted from a chat wrapped every 40 characters was refused
    as a broken layout; no QRIS field holds a line break, so the lines are one text."""
    for newline in ("\n", "\r\n"):
        wrapped = newline.join(DANA[k : k + 40] for k in range(0, len(DANA), 40))
        assert with_amount(wrapped, 5000) == with_amount(DANA, 5000)
        assert make_details([], [], wrapped + newline).qris == DANA
    # A space a wrap replaced is gone with it: the checksum refuses what is left.
    at = DANA.index("Sayur Bu") + len("Sayur")
    with pytest.raises(QrisError):
        with_amount(DANA[:at] + "\n" + DANA[at + 1 :], 5000)


# Filling in an amount.


def test_known_conversion_of_a_real_sample() -> None:
    """Spelled out by hand from the rules: 01 → 12, 54 before 58, the CRC over the new text."""
    body = DANA[: DANA.index("5802ID")].replace("010211", "010212", 1)
    expected_head = body + "540712501375802ID5922Warung Sayur Bu Sugeng6010Kab. Demak6105595676304"
    got = with_amount(DANA, 1_250_137)
    assert got[:-4] == expected_head
    assert got[-4:] == crc16(expected_head)


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("amount", [1, 15_000, 1_250_137, MAX_AMOUNT])
def test_conversion_of_real_samples(payload: str, amount: int) -> None:
    dynamic = with_amount(payload, amount)
    before, after = parse_fields(payload), parse_fields(dynamic)
    got = fields(dynamic)
    assert got["01"] == "12"
    assert got["54"] == str(amount)
    assert amount_of(dynamic) == amount
    assert crc16(dynamic[:-4]) == got["63"]
    read_qris(dynamic)  # the result checks as a QRIS
    # Tag 54 sits just before tag 58; every field but 01, 54 and 63 is unchanged, in order.
    tags = [f.tag for f in after]
    assert tags[tags.index("54") + 1] == "58"
    kept = [f for f in before if f.tag not in {"01", "63"}]
    assert [f for f in after if f.tag not in {"01", "54", "63"}] == kept
    assert not {"55", "56", "57"} & set(got)


def test_a_fee_or_tip_in_the_static_qris_is_never_passed_on() -> None:
    """Tags 55–57 (tip or convenience fee) are dropped: the buyer pays exactly the amount."""
    parts = list(parse_fields(DANA)[:-1])
    at = next(i for i, f in enumerate(parts) if f.tag == "58")
    parts[at:at] = [Field("55", "02"), Field("56", "1000")]
    static = serialise(parts) + "6304"
    static += crc16(static)
    got = fields(with_amount(static, 50_000))
    assert got["54"] == "50000" and not {"55", "56", "57"} & set(got)


@given(st.integers(min_value=1, max_value=MAX_AMOUNT))
def test_any_amount_up_to_the_cap_round_trips(amount: int) -> None:
    assert amount_of(with_amount(DANA, amount)) == amount


# Refusals, each with its reason.


def _broken_crc(payload: str) -> str:
    return payload[:-4] + ("0000" if payload[-4:] != "0000" else "1111")


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ("", "empty"),
        ("   \n", "empty"),
        ("hello world", "layout"),
        (DANA[:-10], "layout"),  # cut short
        (DANA + "X", "layout"),
        (_broken_crc(DANA), "crc"),
        (DANA.replace("Warung", "Wareng"), "crc"),  # one letter changed, the CRC left
        (DANA[:-8], "no_crc"),  # the checksum field dropped
        *((p, "layout") for p in SAMPLES["broken"]),  # published with a miscounted length
    ],
)
def test_invalid_static_qris_is_refused_with_its_reason(payload: str, code: str) -> None:
    with pytest.raises(QrisError) as caught:
        with_amount(payload, 10_000)
    assert caught.value.code == code


def test_a_qris_with_an_amount_already_is_not_static() -> None:
    dynamic = with_amount(DANA, 10_000)
    read_qris(dynamic)
    with pytest.raises(QrisError) as caught:
        with_amount(dynamic, 20_000)
    assert caught.value.code == "not_static"


def _resigned(payload: str, tag: str, value: str | None) -> str:
    """``payload`` with one field changed (or dropped) and a correct checksum again."""
    parts = [
        Field(f.tag, value) if f.tag == tag else f
        for f in parse_fields(payload)[:-1]
        if not (f.tag == tag and value is None)
    ]
    head = serialise(parts) + "6304"
    return head + crc16(head)


@pytest.mark.parametrize(
    ("tag", "value", "code"),
    [
        ("00", "02", "format"),
        ("53", "840", "currency"),
        ("58", None, "no_country"),
        ("59", None, "no_merchant"),
        ("60", "  ", "no_merchant"),
        ("01", None, "not_static"),
    ],
)
def test_each_rule_of_a_static_qris(tag: str, value: str | None, code: str) -> None:
    with pytest.raises(QrisError) as caught:
        read_static(_resigned(DANA, tag, value))
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("amount", "code"),
    [(0, "amount_not_positive"), (-5_000, "amount_not_positive"),
     (MAX_AMOUNT + 1, "amount_above_cap"), (25_000_000, "amount_above_cap")],
)  # fmt: skip
def test_amounts_a_qr_cannot_carry(amount: int, code: str) -> None:
    with pytest.raises(QrisError) as caught:
        with_amount(DANA, amount)
    assert caught.value.code == code
    assert "Rp" in caught.value.message("id") and "Rp" in caught.value.message("en")


def test_every_problem_has_words_in_both_languages() -> None:
    for key in PROBLEM_KEYS.values():
        assert TEXTS[key]["id"] and TEXTS[key]["en"]


# Pictures: what a QR made here reads back as, and a shop's QRIS uploaded as a picture.


@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_picture_of_a_qr_decodes_to_its_exact_text(payload: str) -> None:
    dynamic = with_amount(payload, 1_250_137)
    read = decode_image(qr_png(dynamic))
    assert read == dynamic
    got = fields(read)
    assert got["01"] == "12" and got["54"] == "1250137" and crc16(read[:-4]) == got["63"]


def test_an_uploaded_static_qris_picture_is_read() -> None:
    assert decode_image(qr_png(DANA, scale=3)) == DANA


@pytest.mark.parametrize("data", [b"", b"not a picture", qr_png("x")[:40]])
def test_a_picture_without_a_qr_is_refused(data: bytes) -> None:
    with pytest.raises(QrisError) as caught:
        decode_image(data)
    assert caught.value.code == "no_qr_image"


def _png_header(width: int, height: int) -> bytes:
    """A PNG of ``width`` × ``height`` one-bit pixels that says its size and holds none: what a
    decompression bomb's header says before its few hundred KB inflate to gigabytes."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b"")


# Round 95 L3: a PNG bomb (20000 × 20000) dropped on Settings' QRIS picture replaced the page
# with Streamlit's English error box (PIL's DecompressionBombError); one of 11000 × 11000, under
# PIL's own cap, would be decoded into 120 MB. Both are refused from their header, in words.
@pytest.mark.parametrize("size", [(20_000, 20_000), (11_000, 11_000)])
def test_a_picture_too_large_for_a_qris_is_refused_from_its_header(size: tuple[int, int]) -> None:
    with pytest.raises(QrisError) as caught:
        decode_image(_png_header(*size))
    assert caught.value.code == "image_too_large"
    assert caught.value.message("id").startswith("Gambar ini terlalu besar")


def test_a_blank_picture_has_no_qr() -> None:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (200, 200), 255).save(out, format="PNG")
    with pytest.raises(QrisError):
        decode_image(out.getvalue())


# The command line.


def test_cli_prints_the_qr_text_for_the_amount(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["qr", "--static", DANA, "--amount", "Rp 1.250.000"]) == 0
    out = capsys.readouterr().out.strip()
    assert out == with_amount(DANA, 1_250_000)


@pytest.mark.parametrize(
    ("static", "amount", "lang", "words"),
    [
        (_broken_crc(DANA), "50000", "id", "Kode pemeriksa QRIS tidak cocok"),
        (_broken_crc(DANA), "50000", "en", "The QRIS checksum does not match"),
        (DANA, "12 jt", "id", "di atas batas QRIS Rp 10.000.000"),
        (DANA, "12 jt", "en", "above the QRIS limit of Rp 10.000.000"),
        (DANA, "0", "id", "harus lebih dari Rp 0"),
        (DANA, "seribu", "en", "cannot be read as rupiah"),
        (DANA, "1.500,50", "id", "rupiah bulat"),
        ("0002", "50000", "id", "bukan teks QRIS"),
        ("000201", "50000", "en", "does not end with its checksum"),
    ],
)
def test_cli_refuses_with_one_line_and_exit_2(
    static: str, amount: str, lang: str, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["qr", "--static", static, "--amount", amount, "--lang", lang]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert words in captured.err and len(captured.err.strip().splitlines()) == 1


def test_cli_as_a_process() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "core", "qr", "--static", DANA, "--amount", "75000"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and done.stdout.strip() == with_amount(DANA, 75_000)
    refused = subprocess.run(
        [sys.executable, "-m", "core", "qr", "--static", "nope", "--amount", "75000"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert refused.returncode == 2 and refused.stdout == "" and refused.stderr.strip()


# Beyond the samples: any static QRIS the EMV layout allows.

_TEXT = st.text(
    alphabet=st.characters(min_codepoint=32, max_codepoint=126), min_size=1, max_size=25
).filter(str.strip)


@st.composite
def static_qris(draw: st.DrawFn) -> str:
    """A static QRIS as issuers make them: an account template (26–50, with its own fields), the
    national one (51), category, currency, country, name, city, optional postal code and
    additional data, in the usual order, then the checksum."""
    account = serialise(
        [
            Field("00", draw(st.sampled_from(["ID.CO.QRIS.WWW", "COM.GO-JEK.WWW", "ID.DANA.WWW"]))),
            Field("01", draw(st.from_regex(r"93600[0-9]{13}", fullmatch=True))),
            Field("03", draw(st.sampled_from(["UMI", "UKE", "UME", "UBE"]))),
        ]
    )
    national = serialise(
        [
            Field("00", "ID.CO.QRIS.WWW"),
            Field("02", draw(st.from_regex(r"ID[0-9]{13}", fullmatch=True))),
        ]
    )
    parts = [
        Field("00", "01"),
        Field("01", "11"),
        Field(f"{draw(st.integers(26, 50)):02d}", account),
        Field("51", national),
        Field("52", draw(st.from_regex(r"[0-9]{4}", fullmatch=True))),
        Field("53", "360"),
        Field("58", "ID"),
        Field("59", draw(_TEXT)),
        Field("60", draw(_TEXT)),
    ]
    if draw(st.booleans()):
        parts.append(Field("61", draw(st.from_regex(r"[0-9]{5}", fullmatch=True))))
    if draw(st.booleans()):
        parts.append(Field("62", serialise([Field("07", draw(_TEXT))])))
    head = serialise(parts) + "6304"
    return head + crc16(head)


@given(static_qris(), st.integers(min_value=1, max_value=MAX_AMOUNT))
def test_any_static_qris_takes_any_amount_and_keeps_the_rest(static: str, amount: int) -> None:
    dynamic = with_amount(static, amount)
    got = fields(dynamic)
    assert got["01"] == "12" and got["54"] == str(amount) and crc16(dynamic[:-4]) == got["63"]
    keep = [f for f in parse_fields(static) if f.tag not in {"01", "63"}]
    assert [f for f in parse_fields(dynamic) if f.tag not in {"01", "54", "63"}] == keep
    assert merchant_of(dynamic) == merchant_of(static)


@given(
    static_qris(),
    st.integers(min_value=0, max_value=10_000),
    st.characters(min_codepoint=32, max_codepoint=126),
)
def test_any_change_to_a_static_qris_is_caught(static: str, at: int, new: str) -> None:
    """One character changed anywhere is never taken for a valid QRIS of other content (a
    CRC-16 catches every change of one byte)."""
    at %= len(static)
    changed = static[:at] + new + static[at + 1 :]
    if changed == static or changed.strip() != changed:
        return
    try:
        read_static(changed)
    except QrisError:
        return
    # Only a change the checksum cannot see is left: the same letter in the other case.
    assert changed[-4:].upper() == static[-4:] and changed[:-4] == static[:-4]


def test_a_photo_of_the_counter_qris_is_read() -> None:
    """The QR small, off-centre and on a busy background, saved as JPEG: still read."""
    import io

    from PIL import Image, ImageDraw

    qr = (
        Image.open(io.BytesIO(qr_png(DANA, scale=4)))
        .convert("RGB")
        .rotate(4, expand=True, fillcolor="white")
    )
    canvas = Image.new("RGB", (900, 1200), (200, 30, 40))
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((80, 150, 820, 1100), fill="white")
    draw.text((120, 180), "QRIS  Warung Sayur Bu Sugeng  NMID ID1020017611473", fill="black")
    canvas.paste(qr, (200, 300))
    out = io.BytesIO()
    canvas.save(out, format="JPEG", quality=70)
    assert decode_image(out.getvalue()) == DANA
