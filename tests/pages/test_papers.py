"""The pages' side of the papers: the somasi on Hari Ini and the customer's page, the daily
list's sections, the templates in Settings (headless, AppTest)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core.aging import customer_balances
from core.daily import daily_list, preview_action
from core.letters import record_somasi, somasi_sent
from core.store import Store

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = json.loads((ROOT / "sample_data" / "expected_sample.json").read_text("utf-8"))
TODAY = date.fromisoformat(EXPECTED["today"])


@pytest.fixture(autouse=True)
def own_database(app_db: Path) -> Path:
    """Each test's own database (tests/pages/conftest.py), for every test of this file."""
    return app_db


def run_app(page: str, lang: str = "id", **state: object) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state["lang"] = lang
    at.session_state["as_of"] = TODAY
    for name, value in state.items():
        at.session_state[name] = value
    at.run()
    at.switch_page(page)
    return at.run()


def firm_customer(db: Path):  # type: ignore[no-untyped-def]
    """A customer of the demo ledger the playbook has taken to step 7 or later."""
    return next(a for a in daily_list(Store(db).ledger(), TODAY) if (a.step or 0) >= 7)


def test_hari_ini_offers_the_somasi_only_on_cards_at_step_seven_or_later(
    own_database: Path,
) -> None:
    at = run_app("pages/today.py")
    assert not at.exception, at.exception
    days = [i for i in at.text_input if i.key.startswith("somasi_days_")]
    firm = {a.customer_key for a in daily_list(Store(own_database).ledger(), TODAY)
            if (a.step or 0) >= 7 and a.overdue > 0}  # fmt: skip
    assert days and {i.key.removeprefix("somasi_days_") for i in days} <= firm
    assert days[0].value == "7"
    days[0].input("14").run()
    assert any("Batas bayar 7 Des 2026" in c.value for c in at.caption)


def test_the_customer_page_offers_the_next_somasi_and_says_when_it_was_sent(
    own_database: Path,
) -> None:
    at = run_app("pages/customers.py")  # seeds the demo
    action = firm_customer(own_database)
    at = run_app("pages/customers.py", customer_key=action.customer_key)
    assert not at.exception, at.exception
    assert at.text_input(key="somasi_days_customer").value == "7"
    record_somasi(Store(own_database), action.customer_key, name=action.name, number=1, on=TODAY,
                  deadline=date(2026, 11, 30), total=action.overdue, step=action.step,
                  at=datetime(2026, 11, 23, 10))  # fmt: skip
    at.run()
    assert not at.exception
    assert any("Somasi I sudah dikirim 23 Nov 2026" in c.value for c in at.caption)
    assert not [i for i in at.text_input if i.key == "somasi_days_customer"]
    assert len(somasi_sent(Store(own_database).events(), action.customer_key)) == 1


MONDAY_MORNING = datetime(2026, 11, 23, 10, 0)
SUNDAY = datetime(2026, 11, 29, 10, 0)


def links(at: AppTest) -> list[str]:
    """The link buttons' addresses (WhatsApp, e-mail)."""
    return [e.proto.url for e in at.get("link_button")]


def first_card_key(at: AppTest) -> str:
    return next(b.key for b in at.button if b.key.startswith("log_save_")).removeprefix("log_save_")


def test_a_customer_contacted_today_moves_to_its_own_section(own_database: Path) -> None:
    at = run_app("pages/today.py", clock=MONDAY_MORNING)
    todo = int(at.metric[0].value)
    key = first_card_key(at)
    name = at.markdown[0].value.split("**")[1]
    at.button(key=f"log_save_{key}").click().run()
    assert not at.exception, at.exception
    assert int(at.metric[0].value) == todo - 1
    assert f"log_save_{key}" not in [b.key for b in at.button]  # no card any more
    [section] = [e for e in at.expander if e.label.startswith("Sudah dihubungi hari ini")]
    assert section.label == "Sudah dihubungi hari ini (1)"
    assert any(name in m.value for m in section.markdown)


def test_one_message_box_per_card_editable_on_a_toggle(own_database: Path) -> None:
    at = run_app("pages/today.py", clock=MONDAY_MORNING)
    cards = len([b for b in at.button if b.key.startswith("log_save_")])
    assert len(at.get("code")) == cards and not at.text_area  # one box each, no second copy
    key = first_card_key(at)
    at.toggle(key=f"edit_{key}").set_value(True).run()
    [area] = at.text_area
    area.input("Pesan saya sendiri").run()
    at.toggle(key=f"edit_{key}").set_value(False).run()
    assert not at.text_area
    assert "Pesan saya sendiri" in [c.value for c in at.get("code")]
    assert any("Pesan%20saya%20sendiri" in url for url in links(at))  # the link carries it


def test_no_whatsapp_draft_outside_the_contact_hours(own_database: Path) -> None:
    at = run_app("pages/today.py", clock=MONDAY_MORNING)
    assert any(url.startswith("https://wa.me/62") for url in links(at))
    assert not at.info
    at = run_app("pages/today.py", clock=SUNDAY)
    assert not at.exception, at.exception
    assert not [url for url in links(at) if url.startswith(("https://wa.me", "mailto:"))]
    [notice] = [i.value for i in at.info]
    assert "Di luar jam kontak (Senin–Sabtu 08.00–20.00)" in notice
    assert "Senin 30 Nov 2026 08.00" in notice
    # The owner's own hours: Sunday allowed.
    Store(own_database).set_setting(
        "contact_hours", {"days": [0, 1, 2, 3, 4, 5, 6], "start": "07:00", "end": "21:00"}
    )
    at = run_app("pages/today.py", clock=SUNDAY)
    assert any(url.startswith("https://wa.me/62") for url in links(at))


def test_a_disputed_customer_leaves_the_cards_until_resolved(own_database: Path) -> None:
    at = run_app("pages/today.py", clock=MONDAY_MORNING)
    key = first_card_key(at)
    name = at.markdown[0].value.split("**")[1]
    at.radio(key=f"dispute_reason_{key}").set_value("wrong_price").run()
    at.button(key=f"dispute_save_{key}").click().run()
    assert not at.exception, at.exception
    assert any("ditandai sengketa" in s.value for s in at.success)
    assert f"log_save_{key}" not in [b.key for b in at.button]
    [section] = [e for e in at.expander if e.label.startswith("Sedang sengketa")]
    assert any(name in m.value for m in section.markdown)
    assert any("salah harga" in c.value for c in section.caption)
    before = {b.key: b.outstanding for b in customer_balances(Store(own_database).ledger(), TODAY)}
    at.radio(key=f"resolve_how_{key}").set_value("return").run()
    at.text_input(key=f"resolve_credit_{key}").input("250rb").run()
    at.button(key=f"resolve_save_{key}").click().run()
    assert not at.exception, at.exception
    assert any("selesai" in s.value for s in at.success)
    assert f"log_save_{key}" in [b.key for b in at.button]  # back on the list
    after = {b.key: b.outstanding for b in customer_balances(Store(own_database).ledger(), TODAY)}
    assert before[key] - after[key] == 250_000


def test_templates_are_edited_in_settings_with_a_live_preview(own_database: Path) -> None:
    at = run_app("pages/settings.py")
    assert not at.exception, at.exception
    at.selectbox(key="tpl_step").set_value(3).run()
    body = at.text_area(key="tpl_body_id_3_0")
    body.input("Halo {sapaan}, tagihan {rincian}. Salam, {usaha}").run()
    preview = [c.value for c in at.get("code") if "Halo " in c.value]
    assert preview and "{sapaan}" not in preview[0] and "Rp " in preview[0]
    at.text_area(key="tpl_body_id_3_0").input("Halo {toko}").run()
    assert any("{toko}" in e.value for e in at.error)
    assert at.button(key="tpl_save").disabled
    at.text_area(key="tpl_body_id_3_0").input("Halo {sapaan}, total {total}.").run()
    at.button(key="tpl_save").click().run()
    assert not at.exception, at.exception
    saved = (own_database.parent / "messages.toml").read_text("utf-8")
    assert "Halo {sapaan}, total {total}." in saved
    # Hari Ini speaks with it.
    at.switch_page("pages/today.py").run()
    assert not at.exception


def test_the_contact_hours_are_set_in_settings(own_database: Path) -> None:
    at = run_app("pages/settings.py")
    # Pills, each day in sight: a multiselect hid Jumat and Sabtu on a phone.
    form_days = next(m for m in at.button_group if m.label == "Hari")
    assert form_days.value == [0, 1, 2, 3, 4, 5]
    form_days.set_value([0, 1, 2, 3, 4])
    at.button(key="FormSubmitter:contact_hours_form-Simpan").click().run()
    assert not at.exception, at.exception
    assert Store(own_database).get_setting("contact_hours", None)["days"] == [0, 1, 2, 3, 4]


def test_the_customer_page_says_a_dispute_and_offers_no_somasi_meanwhile(
    own_database: Path,
) -> None:
    from core.disputes import record_dispute

    run_app("pages/customers.py")  # seeds the demo
    action = firm_customer(own_database)
    record_dispute(Store(own_database), action.customer_key, name=action.name, reason="short",
                   on=TODAY, at=datetime(2026, 11, 23, 9))  # fmt: skip
    at = run_app("pages/customers.py", customer_key=action.customer_key)
    assert not at.exception, at.exception
    said = [i.value.replace("\\", "") for i in at.info]  # shown as plain text, escaped
    assert any("Sedang sengketa sejak 23 Nov 2026: barang kurang" in s for s in said)
    assert not [i for i in at.text_input if i.key == "somasi_days_customer"]


def test_a_long_name_gives_downloads_a_short_file_name(
    own_database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Round 67: a 5,000-character customer offered letters named with all of it (5,022
    bytes; no file system takes over 255). Every download named from a customer keeps 80
    characters of the name and its extension."""
    from streamlit.elements.widgets.button import ButtonMixin

    from core.ingest import read_ledger
    from core.ledger import customer_key
    from tests.helpers import write_xlsx
    from ui.text import STEM_CHARACTERS

    named: list[str] = []
    offer = ButtonMixin.download_button

    def download_button(self: ButtonMixin, *args: object, **kwargs: object) -> bool:
        named.append(str(kwargs.get("file_name")))
        return offer(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ButtonMixin, "download_button", download_button)
    name = "Toko " + "Panjang Sekali " * 340
    rows: list[list[object]] = [["No. Faktur", "Pelanggan", "Tanggal", "Jatuh Tempo", "Jumlah"]]
    rows += [["F-1", name, date(2026, 5, 1), date(2026, 5, 31), 2_500_000]]
    path = write_xlsx(own_database.parent / "panjang.xlsx", {"S": rows})
    db = Store(own_database)
    db.set_setting("demo_dismissed", True)
    db.set_setting("business", {"name": "Toko Maju Jaya"})
    db.save_import(read_ledger(path), path.read_bytes(), now=datetime(2026, 11, 23))

    for page, state in (
        ("pages/today.py", {}),
        ("pages/customers.py", {"customer_key": customer_key(name)}),
    ):
        at = run_app(page, **state)
        assert not at.exception, at.exception
    mine = [n for n in named if "toko_panjang" in n]
    assert len(mine) >= 4, named  # the letter, the somasi, the statement's PDF and Excel
    for file_name in mine:
        stem, _, extension = file_name.rpartition(".")
        assert extension in ("pdf", "xlsx", "png") and len(file_name.encode()) < 130, file_name
        assert ("toko_panjang_sekali_" + "panjang_sekali_" * 4)[:STEM_CHARACTERS] in stem
        assert "toko_panjang_sekali_" * 2 not in stem and stem.count("sekali") <= 6


def test_hari_ini_says_its_order_and_what_its_overdue_figure_counts(own_database: Path) -> None:
    """Round 90: "Paling mendesak di atas" over a list ranked by the amount overdue, and an
    overdue figure of the to-contact list under Ringkasan's label for the whole book."""
    at = run_app("pages/today.py", clock=datetime(2026, 11, 23, 16, 0))
    assert not at.exception, at.exception
    intro = at.caption[0].value
    assert "Paling mendesak di atas" not in intro
    assert "lalu jumlah lewat jatuh tempo terbesar" in intro
    labels = [m.label for m in at.metric]
    assert "Sudah lewat jatuh tempo" not in labels
    assert "Lewat jatuh tempo di daftar ini" in labels
    # Every message on the page greets for the hour it is made (16.00: sore).
    bodies = [c.value for c in at.get("code")]
    assert bodies and all(not b.startswith(("Selamat pagi", "Selamat siang")) for b in bodies)
    assert any(b.startswith("Selamat sore") for b in bodies)


def test_the_template_preview_uses_a_customer_the_step_fits_or_says_it_is_an_example(
    own_database: Path,
) -> None:
    """Round 90: step 1's "akan segera jatuh tempo" previewed on a debt 97 days late."""
    at = run_app("pages/settings.py")
    at.selectbox(key="tpl_step").set_value(1).run()
    assert not at.exception, at.exception
    heading = next(m.value for m in at.markdown if "Contoh" in m.value)
    example = preview_action(Store(own_database).ledger(), TODAY, 1)
    assert example is not None
    if example.step == 1:
        assert heading.startswith("**Contoh untuk")
        assert example.days_late < 0
    else:
        assert heading.startswith("**Contoh saja")
