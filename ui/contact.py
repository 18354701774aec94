"""The phone cell of a customer as buttons: WhatsApp for each mobile number (the message filled
in), a call for each landline, nothing for what is not a number (``core.phones`` decides)."""

from __future__ import annotations

from typing import Any

from core.i18n import Lang, t
from core.phones import phones
from ui.text import plain


def phone_buttons(where: Any, raw: str | None, lang: Lang, text: str = "") -> None:
    """One button per number of ``raw`` in ``where`` (a column or the page); the first
    WhatsApp button is the primary one. Without a number to link, a line says so."""
    linked = [p for p in phones(raw) if p.tel_url]
    if not linked:
        where.caption(t("today.no_phone", lang))
        return
    several = len(linked) > 1
    first_chat = True
    for phone in linked:
        number = plain(phone.written)
        chat = phone.whatsapp_url(text)
        if chat:
            label = f"WhatsApp {number}" if several else "WhatsApp"
            kind = "primary" if first_chat else "secondary"
            where.link_button(label, chat, icon=":material/chat:", type=kind)
            first_chat = False
        elif phone.tel_url:
            where.link_button(t("phone.call", lang, number=number), phone.tel_url,
                              icon=":material/call:")  # fmt: skip
