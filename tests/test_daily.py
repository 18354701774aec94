"""Today's list and its messages, on the demo ledger and on built ledgers."""

import json
import re
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from core.cli import main
from core.daily import actions_payload, daily_list, overdue_listed, preview_action
from core.ledger import build_ledger
from core.messages import load_templates, render_message
from core.money import format_rupiah
from tests.factories import book, demo_ledger, invoice

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def sample_rows() -> list[dict[str, object]]:
    ledger = demo_ledger()
    return actions_payload(daily_list(ledger, TODAY))


def test_the_list_covers_every_overdue_customer_and_no_paid_one() -> None:
    ledger = demo_ledger()
    rows = actions_payload(daily_list(ledger, TODAY))
    listed = {r["customer"] for r in rows}
    overdue = {
        ledger.name_of(i.customer_key)
        for i in ledger.invoices
        if i.outstanding and i.due_date < TODAY
    }
    settled = {ledger.name_of(i.customer_key) for i in ledger.invoices} - {
        ledger.name_of(i.customer_key) for i in ledger.invoices if i.outstanding
    }
    assert overdue <= listed
    assert not settled & listed


def test_steps_follow_lateness(sample_rows: list[dict[str, object]]) -> None:
    for row in sample_rows:
        days = int(row["days_late"])  # type: ignore[call-overload]
        if days > 90:
            assert int(row["step"]) >= 7  # type: ignore[call-overload]
        assert row["step_name"]


def test_every_message_names_the_customer_and_the_exact_outstanding(
    sample_rows: list[dict[str, object]],
) -> None:
    for row in sample_rows:
        text = str(row["message"])
        assert str(row["customer"]) in text
        assert format_rupiah(row["outstanding"]) in text  # type: ignore[arg-type]


def test_whatsapp_links_open_a_chat_with_62_and_carry_the_message(
    sample_rows: list[dict[str, object]],
) -> None:
    with_phone = [r for r in sample_rows if r["phone"]]
    assert with_phone
    for row in with_phone:
        url = urlparse(str(row["whatsapp_url"]))
        assert url.scheme == "https" and url.netloc == "wa.me"
        assert re.fullmatch(r"/62\d{8,13}", url.path)
        assert parse_qs(url.query)["text"] == [row["message"]]
    assert all(r["whatsapp_url"] is None for r in sample_rows if not r["phone"])


def test_ranking_puts_the_most_overdue_money_first() -> None:
    ledger = build_ledger(
        [
            invoice(1, "Kecil", 100_000, late=40),
            invoice(2, "Besar", 9_000_000, late=20),
            invoice(3, "Belum", 5_000_000, late=-20),
        ]
    )
    names = [a.name for a in daily_list(ledger, TODAY)]
    assert names == ["Besar", "Kecil"]


@pytest.mark.parametrize("step", range(1, 10))
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_template_names_customer_and_total(step: int, lang: str) -> None:
    invoices = [
        invoice(1, "Toko Sinar", 1_250_000, late=10),
        invoice(2, "Toko Sinar", 300_000, late=2),
    ]
    templates = load_templates()
    bodies = templates[lang][str(step)].get("bodies") or [templates[lang][str(step)]["body"]]
    for variant in range(len(bodies)):
        message = render_message(
            step,
            name="Toko Sinar",
            invoices=invoices,
            as_of=TODAY,
            lang=lang,
            late_fee=12_345,
            variant=variant,
        )
        assert "Toko Sinar" in message.body
        assert "Rp 1.550.000" in message.body
        assert "{" not in message.body and "{" not in message.subject
        if step == 7:
            assert "Rp 12.345" in message.body


@pytest.mark.parametrize("lang", ["id", "en"])
def test_with_the_fee_off_no_message_mentions_one(lang: str) -> None:
    """The late fee is off by default: the daily list's messages and the firm step's words
    demand no denda nobody agreed, and the rest of the message stays whole."""
    ledger = demo_ledger()
    actions = daily_list(ledger, TODAY)
    assert {a.late_fee for a in actions} == {0}
    for action in actions:
        body = action.message(lang, business="Toko Maju").body.lower()
        assert "denda" not in body and "late fee" not in body
        assert format_rupiah(action.outstanding) in action.message(lang).body
    bills = [invoice(1, "Toko Sinar", 500_000, late=40)]
    firm = render_message(7, name="Toko Sinar", invoices=bills, as_of=TODAY, lang=lang,
                          business="Toko Maju")  # fmt: skip
    assert "Toko Maju" in firm.body and "Rp 500.000" in firm.body and "{" not in firm.body


def test_humour_variants_rotate() -> None:
    invoices = [invoice(1, "Pak Budi", 1_000_000, late=5)]
    texts = {
        render_message(4, name="Pak Budi", invoices=invoices, as_of=TODAY, variant=v).body
        for v in range(4)
    }
    assert len(texts) == 4
    assert any("diabetes" in text for text in texts)


def test_owner_templates_override_one_step(tmp_path: Path) -> None:
    own = tmp_path / "pesan.toml"
    own.write_text('[id.3]\nsubject = "x"\nbody = "Halo {nama}, total {total}."\n', "utf-8")
    templates = load_templates(own)
    message = render_message(
        3, name="A", invoices=[invoice(1, "A", 5_000, late=0)], as_of=TODAY, templates=templates
    )
    assert message.body == "Halo A, total Rp 5.000."
    assert templates["id"]["4"]  # the other steps keep the defaults


def test_actions_cli_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["actions", str(SAMPLE), "--today", TODAY.isoformat(), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    keys = {
        "customer",
        "phone",
        "outstanding",
        "overdue",
        "days_late",
        "step",
        "step_name",
        "message",
        "whatsapp_url",
    }
    assert rows and all(keys <= row.keys() for row in rows)


def test_letter_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TAGIH_DB", str(tmp_path / "tagih.sqlite3"))
    out = tmp_path / "surat.pdf"
    args = ["letter", str(SAMPLE), "--customer", "ud harapan baru", "--today", "2026-11-23"]
    args += ["--business", "Toko Maju"]
    assert main([*args, "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main([*args[:3], "Tidak Ada", "--out", str(out)]) == 2
    assert "Tidak Ada" in capsys.readouterr().err


def test_the_testers_cases_on_the_daily_list() -> None:
    ledger = build_ledger(
        [
            invoice(1, "Pak Budi", 1_000_000, late=6),
            invoice(2, "Toko Staf", 2_000_000, late=45),
            invoice(3, "Toko Sendiri", 3_000_000, late=45),
        ]
    )
    found = {
        a.name: a
        for a in daily_list(
            ledger,
            TODAY,
            assignments={"toko staf": "rina"},
            staff_names={"rina": "Rina Kusuma"},
        )
    }
    budi = found["Pak Budi"]  # 6 days late, never contacted, never promised
    assert budi.step == 3 and "diabetes" not in budi.message().body
    assert "Pak/Bu" not in budi.message().body and "Pak Budi" in budi.message().body
    assert "Belum pernah dihubungi" in budi.reason()
    staffed, alone = found["Toko Staf"], found["Toko Sendiri"]
    assert staffed.step == 6 and "Saya Rina Kusuma dari bagian keuangan" in staffed.message().body
    assert alone.step == 7 and "langkah staf keuangan dilewati" in alone.reason()
    assert not any(a.bad_payer for a in found.values())  # one invoice each: no "sering telat"


@pytest.mark.parametrize(
    ("due", "said"),
    [(-1, "1 day late since"), (-2, "2 days late since"), (1, "tomorrow"), (3, "in 3 days")],
)
def test_one_day_is_said_in_the_singular(due: int, said: str) -> None:
    """Round 65 b11: the English reason read "1 days late"."""
    ledger = build_ledger([invoice(1, "Pak Budi", 1_000_000, late=-due)])
    [action] = daily_list(ledger, TODAY)
    assert said in action.reason("en")
    assert "1 days" not in action.reason("en")


def test_the_template_preview_takes_a_customer_the_step_fits() -> None:
    """Round 90: step 1's "akan segera jatuh tempo" was previewed on a debt 97 days late
    because the preview took the book's first customer whatever the step."""
    today = date(2026, 11, 23)
    ledger = book(
        invoice(1, "Toko Lama", 4_500_000, late=97, as_of=today),
        invoice(2, "Toko Baru", 1_000_000, late=-2, as_of=today),
        invoice(3, "Toko Tengah", 2_000_000, late=20, as_of=today),
    )
    soon = preview_action(ledger, today, 1)
    assert soon is not None and soon.name == "Toko Baru" and soon.step == 1
    middle = preview_action(ledger, today, 5)
    assert middle is not None and middle.name == "Toko Tengah" and middle.step == 5
    # No customer at step 2 today: the first one, whose step says it does not fit.
    other = preview_action(ledger, today, 2)
    assert other is not None and other.name == "Toko Lama" and other.step != 2


def test_the_overdue_of_todays_list_is_that_of_its_customers_only() -> None:
    today = date(2026, 11, 23)
    ledger = book(
        invoice(1, "Toko Lama", 4_500_000, late=97, as_of=today),
        invoice(2, "Toko Baru", 1_000_000, late=-2, as_of=today),
    )
    actions = daily_list(ledger, today)
    assert overdue_listed(actions) == 4_500_000
    assert overdue_listed(actions[1:]) == 0
