"""Pengaturan: the business on the letters, the aging buckets, the default terms, demo data."""

from datetime import datetime
from decimal import Decimal

import pandas as pd
import streamlit as st

from core import services
from core.access import ROLE_KEYS
from core.accounts import ROLES, AccountError, create_user, has_owner, set_active, set_password
from core.aging import DEFAULT_EDGES, bucket_labels
from core.backup import (
    DEFAULT_KEEP,
    SECOND_FOLDER_SETTING,
    BackupFolderError,
    check_second_folder,
    daily_backups,
    daily_copies,
    everything_xlsx,
    second_folder,
)
from core.daily import CONTACT_HOURS_SETTING, WEEKDAY_KEYS, ContactHours, preview_action, step_name
from core.dates import format_date
from core.discount import format_percent
from core.i18n import LANGS, t
from core.latefee import FEE_KIND_KEYS, LateFeePolicy, is_high
from core.messages import (
    TEMPLATE_FIELDS,
    render_message,
    save_templates,
    template_entry,
    template_problems,
    with_template,
)
from core.paths import data_dir
from core.playbook import STEP_DESC_KEYS, STEP_NAME_KEYS, Rules
from core.sessions import active, device, revoke
from core.signin import locked_accounts, unlock_account
from core.store import StoreError
from ui.inputs import days_input, money_input, percent_input
from ui.launch import staff_urls
from ui.payment import payment_settings
from ui.shop import business as shop_business
from ui.shop import has_shop
from ui.signin import current_session, lan_mode, signin_clock
from ui.state import (
    aging_edges,
    as_of,
    backups_folder,
    clock,
    contact_hours,
    default_term,
    fee_policy,
    lang,
    ledger,
    require,
    rules,
    staff,
    store,
    templates,
    templates_path,
    viewer,
)
from ui.tables import XLSX_MIME
from ui.text import plain
from ui.uploader import file_uploader

require("edit_settings")  # the owner's page
L = lang()
db = store()
RULE_FIELDS = {
    "due_soon_days": "settings.rule.due_soon_days",
    "humour_until": "settings.rule.humour_until",
    "written_until": "settings.rule.written_until",
    "staff_until": "settings.rule.staff_until",
    "firm_until": "settings.rule.firm_until",
    "agreement_until": "settings.rule.agreement_until",
    "bad_payer_min_paid": "settings.rule.bad_payer_min_paid",
    "instalment_reminder_days": "settings.rule.instalment_reminder_days",
}
ACCOUNT_STATES = {
    "keep": "lan.state.keep",
    "enable": "lan.state.enable",
    "disable": "lan.state.disable",
}


def moment_text(moment: datetime) -> str:
    """A stored UTC time as the shop reads it: its date and hour in the computer's zone."""
    local = moment.astimezone()
    return f"{format_date(local.date(), lang=L)} {local:%H:%M}"


def when_text(step: int, r: Rules) -> str:
    """When a step applies without history, in words, from the rules table."""
    spans = {
        1: t("settings.when.before", L, days=r.due_soon_days),
        2: t("settings.when.day_before", L),
        3: t("settings.when.due_day", L),
        4: t("settings.when.late", L, low=1, high=r.humour_until),
        5: t("settings.when.late", L, low=r.humour_until + 1, high=r.written_until),
        6: t("settings.when.late", L, low=r.written_until + 1, high=r.staff_until),
        7: t("settings.when.late", L, low=r.staff_until + 1, high=r.firm_until),
        8: t("settings.when.late", L, low=r.firm_until + 1, high=r.agreement_until),
        9: t("settings.when.beyond", L, days=r.agreement_until),
        10: t("settings.when.flag", L, paid=r.bad_payer_min_paid),
    }  # fmt: skip
    return spans[step]


st.title(t("nav.settings", L))

st.subheader(t("settings.business", L))
business = db.get_setting("business", {})
with st.form("business_form"):
    name = st.text_input(t("settings.business_name", L), value=business.get("name", ""))
    address = st.text_area(t("settings.business_address", L), value=business.get("address", ""))
    phone = st.text_input(t("settings.business_phone", L), value=business.get("phone", ""))
    if st.form_submit_button(t("settings.save", L), type="primary"):
        services.change_setting(
            db,
            viewer(),
            "business",
            {"name": name.strip(), "address": address.strip(), "phone": phone.strip()},
        )
        st.success(t("settings.saved", L))

payment_settings()  # Cara pembayaran: accounts, e-wallets, the static QRIS (ui/payment.py)

st.subheader(t("settings.aging", L))
st.caption(t("settings.aging_help", L))
edges = aging_edges()
with st.form("aging_form"):
    cols = st.columns(3)
    values = [
        cols[i].number_input(
            t("settings.edge", L, n=i + 1),
            min_value=1,
            max_value=3650,
            value=edges[i] if i < len(edges) else DEFAULT_EDGES[i],
            step=1,
            key=f"edge_{i}",
        )
        for i in range(3)
    ]
    term = st.number_input(
        t("settings.default_term", L), min_value=0, max_value=365, value=default_term(), step=1
    )
    if st.form_submit_button(t("settings.save", L), type="primary"):
        chosen = tuple(int(v) for v in values)
        try:
            bucket_labels(chosen)
        except ValueError:
            st.error(t("settings.edges_invalid", L))
        else:
            services.change_setting(db, viewer(), "aging_edges", list(chosen))
            services.change_setting(db, viewer(), "default_term", int(term))
            st.success(t("settings.saved", L))
st.caption(t("settings.default_term_help", L))
with st.expander(t("settings.reading_rules", L), icon=":material/menu_book:"):
    st.markdown(t("settings.reading_rules_body", L, days=default_term()))

st.subheader(t("settings.demo", L))
if db.has_demo():
    st.write(t("settings.demo_loaded", L))
    if st.button(
        t("upload.clear_demo", L), icon=":material/delete_sweep:", key="settings_clear_demo"
    ):
        services.clear_demo(db, viewer())
        st.rerun()
else:
    st.write(t("settings.demo_none", L))

# The playbook: the rules table, readable, with its thresholds and waits editable.
st.subheader(t("settings.playbook", L))
st.caption(t("settings.playbook_help", L))
current = rules()
st.dataframe(
    pd.DataFrame(
        [
            {
                t("settings.col.step", L): t(STEP_NAME_KEYS[n], L),
                t("settings.col.when", L): when_text(n, current),
                t("settings.col.wait", L): current.wait(n) if n <= 9 else "—",
                t("settings.col.what", L): t(STEP_DESC_KEYS[n], L),
            }
            for n in range(1, 11)
        ]
    ),
    hide_index=True,
)
with st.form("playbook_form"):
    cols = st.columns(3)
    edited = {
        name: cols[i % 3].number_input(
            t(RULE_FIELDS[name], L),
            min_value=0,
            max_value=3650,
            value=int(getattr(current, name)),
            step=1,
        )
        for i, name in enumerate(RULE_FIELDS)
    }
    st.markdown(f"**{t('settings.waits', L)}**")
    wait_cols = st.columns(9)
    waits = {
        str(n): wait_cols[n - 1].number_input(
            str(n), min_value=0, max_value=365, value=current.wait(n), step=1, key=f"wait_{n}"
        )
        for n in range(1, 10)
    }
    if st.form_submit_button(t("settings.save", L), type="primary"):
        candidate = Rules(
            **{name: int(value) for name, value in edited.items()},
            waits={int(n): int(days) for n, days in waits.items()},
        )
        if not candidate.is_ordered():
            st.error(t("settings.rules_invalid", L))
        else:
            services.change_setting(db, viewer(), "playbook", candidate.as_setting())
            st.success(t("settings.saved", L))
            st.rerun()

# The late fee (denda).
st.subheader(t("settings.fee", L))
st.info(t("settings.fee_agreed", L), icon=":material/gavel:")
policy = fee_policy()
# Not a form: a form saves on Enter, and the amounts' readings would show only after saving.
with st.container(border=True):
    kinds = ["percent", "fixed", "none"]
    kind = st.radio(
        t("settings.fee_kind", L),
        kinds,
        index=kinds.index(policy.kind),
        format_func=lambda k: t(FEE_KIND_KEYS[k], L),
        horizontal=True,
        key="fee_kind",
    )
    cols = st.columns(4)
    grace = days_input(t("settings.fee_grace", L), "fee_grace", policy.grace_days, where=cols[0])
    percent = percent_input(
        t("settings.fee_percent", L),
        "fee_percent",
        policy.percent_per_month,
        blank=Decimal(0),
        where=cols[1],
    )
    fixed = money_input(
        t("settings.fee_fixed", L), "fee_fixed", policy.fixed, blank=0, where=cols[2]
    )
    cap = money_input(t("settings.fee_cap", L), "fee_cap", policy.cap or 0, blank=0, where=cols[3])
    if percent is not None and is_high(LateFeePolicy(kind=kind, percent_per_month=percent)):
        st.warning(t("settings.fee_high", L, percent=format_percent(percent, L, places=2)))
    if st.button(t("settings.save", L), type="primary", key="fee_save"):
        if grace is None or percent is None or fixed is None or cap is None:
            st.error(t("input.fix_first", L))
        else:
            chosen = LateFeePolicy(
                kind=kind,
                grace_days=grace,
                percent_per_month=percent,
                fixed=fixed,
                cap=cap or None,
            )
            services.change_setting(db, viewer(), "late_fee", chosen.as_setting())
            st.success(t("settings.saved", L))
st.caption(t("settings.fee_help", L))

# Staff (playbook step 6) are the staff accounts below; then the message templates.
st.subheader(t("settings.staff", L))
st.caption(t("settings.staff_accounts", L, names=plain(", ".join(staff().values()) or "—")))
st.subheader(t("settings.templates", L))
st.write(t("settings.templates_help", L, path=plain(templates_path())))
owner_templates, template_error = templates()
if template_error:
    st.warning(t("today.template_error", L, detail=plain(template_error)))
with st.container(border=True):
    cols = st.columns([1, 3])
    template_lang = cols[0].selectbox(
        t("settings.template_lang", L), LANGS, format_func=lambda x: x.upper(), key="tpl_lang"
    )
    template_step = cols[1].selectbox(
        t("settings.template_step", L),
        list(range(1, 10)),
        format_func=lambda n: f"{n}. {step_name(n, L)}",
        key="tpl_step",
    )
    entry = template_entry(owner_templates, template_lang, template_step)
    which = f"{template_lang}_{template_step}"
    subject = st.text_input(
        t("settings.template_subject", L), entry["subject"], key=f"tpl_subject_{which}"
    )
    bodies = [
        st.text_area(
            t("settings.template_body", L, no=n + 1) if len(entry["bodies"]) > 1
            else t("settings.template_body_one", L),
            body, height=180, key=f"tpl_body_{which}_{n}",
        )
        for n, body in enumerate(entry["bodies"])
    ]  # fmt: skip
    st.caption(
        t("settings.template_fields", L, fields=", ".join(f"{{{f}}}" for f in TEMPLATE_FIELDS))
    )
    problems = [p for text in (subject, *bodies) for p in template_problems(text)]
    edited = with_template(owner_templates, template_lang, template_step, subject, bodies)
    if problems:
        shown = ", ".join(
            t("settings.template_format", L) if p == "format" else p for p in problems
        )
        st.error(t("settings.template_problems", L, problems=shown))
    else:
        # The preview: the step's message for a customer of the book, as Hari Ini would fill it.
        example = preview_action(ledger(), as_of(), template_step)
        if example is None:
            st.caption(t("settings.template_no_example", L))
        else:
            heading = "settings.template_preview"
            if example.step != template_step:  # no customer is at this step today
                heading = "settings.template_preview_unfit"
            st.markdown(f"**{t(heading, L, name=plain(example.name))}**")
            message = render_message(
                template_step, name=example.name, invoices=example.invoices, as_of=example.as_of,
                lang=template_lang, business=shop_business().name if has_shop() else "",
                late_fee=example.late_fee if template_step >= 7 else 0, staff=example.staff_name,
                title=example.title, templates=edited, at=clock().time(),
            )  # fmt: skip
            st.code(f"{message.subject}\n\n{message.body}", language=None, wrap_lines=True)
    if st.button(
        t("settings.template_save", L), type="primary", disabled=bool(problems), key="tpl_save"
    ):
        save_templates(templates_path(), edited)
        st.success(t("settings.template_saved", L, path=plain(templates_path())))

# Contact hours: no WhatsApp or e-mail draft is offered outside them (Hari Ini).
st.subheader(t("settings.contact_hours", L))
st.caption(t("settings.contact_hours_help", L))
current_hours = contact_hours()
with st.form("contact_hours_form"):
    cols = st.columns([3, 1, 1])
    # Pills told to wrap onto a second line: a multiselect's chips hid "Jumat" and "Sabtu" on a
    # phone, and pills placed in a column scroll sideways unless told.
    days = (
        cols[0].pills(
            t("settings.contact_days", L),
            list(range(7)),
            selection_mode="multi",
            default=list(current_hours.days),
            format_func=lambda d: t(WEEKDAY_KEYS[d], L),
            wrap=True,
        )
        or []
    )
    start = cols[1].time_input(t("settings.contact_start", L), current_hours.start, step=1800)
    end = cols[2].time_input(t("settings.contact_end", L), current_hours.end, step=1800)
    if st.form_submit_button(t("settings.save", L), type="primary"):
        if start >= end:
            st.error(t("settings.contact_bad", L))
        else:
            chosen_hours = ContactHours(tuple(sorted(days)), start, end)
            services.change_setting(db, viewer(), CONTACT_HOURS_SETTING, chosen_hours.as_setting())
            st.success(t("settings.saved", L))

# Backup and restore: one file holding everything, a copy kept automatically each day.
st.subheader(t("settings.backup", L))
st.caption(t("settings.data_folder", L, folder=plain(data_dir())))
st.caption(t("settings.database", L, url=plain(db.url)))
st.caption(t("settings.backup_help", L, folder=plain(backups_folder())))
stamp = datetime.now()
left, right = st.columns(2)
left.download_button(
    t("settings.backup_now", L),
    data=lambda: db.dump(now=datetime.now()),
    file_name=f"tagih-cadangan-{stamp:%Y%m%d-%H%M}.zip",
    mime="application/zip",
    icon=":material/backup:",
    key="backup_now",
)
right.download_button(
    t("settings.export_all", L),
    data=lambda: everything_xlsx(db, as_of(), L),
    file_name=f"tagih-semua-data-{stamp:%Y%m%d}.xlsx",
    mime=XLSX_MIME,
    icon=":material/table_view:",
    key="export_all",
)
copies = daily_backups(backups_folder())
if copies:
    st.write(
        t("settings.daily_copies", L, dates=", ".join(format_date(d, lang=L) for d, _ in copies))
    )
with st.form("backup_keep_form"):
    keep = st.number_input(
        t("settings.backup_keep", L),
        min_value=1,
        max_value=365,
        value=int(db.get_setting("backup_keep", DEFAULT_KEEP)),
    )
    if st.form_submit_button(t("settings.save", L)):
        services.change_setting(db, viewer(), "backup_keep", int(keep))
        st.success(t("settings.saved", L))
second = second_folder(db)
with st.form("second_folder_form"):
    typed = st.text_input(
        t("settings.second_folder", L),
        value=str(second or ""),
        help=t("settings.second_folder_help", L),
    )
    if st.form_submit_button(t("settings.save", L)):
        try:
            chosen = check_second_folder(typed, data_dir()) if typed.strip() else None
        except BackupFolderError as error:
            st.error(plain(error.message(L)))
        else:
            services.change_setting(db, viewer(), SECOND_FOLDER_SETTING, str(chosen or ""))
            if chosen:
                daily_copies(db, backups_folder(), now=datetime.now())
            st.success(t("settings.second_folder_saved" if chosen else
                         "settings.second_folder_cleared", L))  # fmt: skip
            second = chosen
if second and not second.is_dir():
    st.warning(t("settings.second_folder_unreachable", L, folder=plain(second)))
elif second and (there := daily_backups(second)):
    dates = ", ".join(format_date(d, lang=L) for d, _ in there)
    st.caption(t("settings.second_folder_copies", L, dates=dates))
backup_file = file_uploader(t("settings.restore", L), key="restore_file", lang=L, type=["zip"])
if backup_file is not None:
    st.warning(t("settings.restore_warning", L))
    if st.button(t("settings.restore_confirm", L), type="primary", key="restore_go"):
        try:
            services.restore_backup(
                db,
                viewer(),
                backup_file.getvalue(),
                safety_copy=backups_folder() / f"before-restore-{stamp:%Y%m%d-%H%M%S}.zip",
                now=stamp,
            )
        except StoreError as error:
            st.error(plain(error.message(L)))
        else:
            st.success(t("settings.restored", L))

# Staff on the shop's network: accounts, LAN mode, and the log of every change.
st.subheader(t("lan.title", L))
st.caption(t("lan.help", L))
accounts = db.users()
if accounts:
    st.dataframe(
        pd.DataFrame(
            [
                {
                    t("lan.username", L): a["username"],
                    t("lan.name", L): a["display_name"],
                    t("lan.role", L): t(ROLE_KEYS[a["role"]], L),
                    t("lan.active", L): "✓" if a["active"] else "",
                    t("lan.can_sign_in", L): "✓" if a["can_sign_in"] else "",
                }
                for a in accounts
            ]
        ),
        hide_index=True,
    )
with st.form("account_form", clear_on_submit=True):
    st.markdown(f"**{t('lan.new_account', L)}**")
    cols = st.columns(4)
    username = cols[0].text_input(t("lan.username", L))
    name = cols[1].text_input(t("lan.name_help", L))
    choices = ROLES if has_owner(db) else ("owner",)
    role = cols[2].selectbox(
        t("lan.role", L),
        choices,
        index=len(choices) - 1,  # staff, once there is an owner: the lesser role by default
        format_func=lambda r: t(ROLE_KEYS[r], L),
    )
    password = cols[3].text_input(t("lan.password_optional", L), type="password")
    if st.form_submit_button(t("lan.create", L), type="primary"):
        try:
            create_user(db, username, name, role, password or None)
        except AccountError as error:
            st.error(error.message(L))
        except StoreError as error:
            st.error(plain(error.message(L)))
        else:
            st.success(t("settings.saved", L))
            st.rerun()
if accounts:
    with st.form("account_change_form", clear_on_submit=True):
        st.markdown(f"**{t('lan.change_account', L)}**")
        cols = st.columns(3)
        shown = {a["username"]: f"{a['username']} ({a['display_name']})" for a in accounts}
        who = cols[0].selectbox(t("lan.username", L), list(shown), format_func=shown.__getitem__)
        new_password = cols[1].text_input(t("lan.new_password", L), type="password")
        state = cols[2].radio(
            t("lan.active", L),
            tuple(ACCOUNT_STATES),
            format_func=lambda c: t(ACCOUNT_STATES[c], L),
            horizontal=True,
        )
        if st.form_submit_button(t("settings.save", L), type="primary"):
            try:
                if new_password:
                    set_password(db, who, new_password)
                if state != "keep":
                    set_active(db, who, state == "enable")
            except AccountError as error:
                st.error(error.message(L))
            else:
                st.success(t("settings.saved", L))
                st.rerun()
# Sign-in's brake: accounts locked after too many wrong passwords, unlocked by the owner only.
st.caption(t("lan.signin_help", L))
locked = locked_accounts(db)
if locked:
    st.markdown(f"**{t('lan.locked_accounts', L)}**")
    for locked_name, since in locked.items():
        cols = st.columns([4, 1])
        when = moment_text(since)
        cols[0].markdown(t("lan.locked_since", L, username=plain(locked_name), when=when))
        if cols[1].button(t("lan.unlock", L), key=f"unlock_{locked_name}"):
            unlock_account(db, viewer(), locked_name)
            st.success(t("lan.unlocked", L, username=plain(locked_name)))
            st.rerun()
# Signed-in browsers: each stays signed in across reloads until it expires; the owner can end
# any of them (a lost phone, a staff member who left).
if lan_mode():
    st.markdown(f"**{t('session.title', L)}**")
    st.caption(t("session.help", L))
    names = {a["username"]: a["display_name"] for a in accounts}
    living = active(db, viewer(), signin_clock())
    if not living:
        st.caption(t("session.none", L))
    for session in living:
        cols = st.columns([4, 1])
        row = t(
            "session.row",
            L,
            username=plain(session.username),
            name=plain(names.get(session.username, session.username)),
            client=plain(session.client),
            device=plain(device(session.agent)),
            since=moment_text(session.created),
            last=moment_text(session.last_seen),
        )
        mine = session.id == current_session()
        cols[0].markdown(f"{row} {t('session.this', L)}" if mine else row)
        if cols[1].button(t("session.revoke", L), key=f"revoke_{session.id}"):
            revoke(db, viewer(), session.id)
            st.session_state["session_revoked"] = session.username  # said after the rerun
            st.rerun()
    if revoked := st.session_state.pop("session_revoked", None):
        st.success(t("session.revoked", L, username=plain(revoked)))
    if st.get_option("server.sslCertFile") is None:  # said where staff's addresses are shown
        st.warning(t("session.plain_http", L), icon=":material/no_encryption:")
# The server's address is chosen when Tagih starts: a change here waits for the next start.
on = bool(db.get_setting("lan_mode", False))
wanted = st.toggle(t("lan.mode", L), value=on, disabled=not has_owner(db) and not on)
if wanted != on:
    services.change_setting(db, viewer(), "lan_mode", wanted)
    st.rerun()
st.caption(t("lan.now_open" if lan_mode() else "lan.now_local", L))
if lan_mode():
    secure = st.get_option("server.sslCertFile") is not None
    urls = staff_urls(int(st.get_option("server.port")), secure)
    if urls:
        st.info(t("lan.open_at", L, urls=", ".join(urls)), icon=":material/smartphone:")
if wanted != lan_mode():
    st.warning(t("lan.restart", L), icon=":material/restart_alt:")
st.caption(t("lan.mode_help", L) if has_owner(db) else t("lan.need_owner", L))

st.subheader(t("lan.audit", L))
entries = db.audit_log(300)
if entries:
    st.dataframe(
        pd.DataFrame(
            [
                {
                    t("col.date", L): e["at"].replace("T", " ")[:19],
                    t("lan.who", L): e["actor"],
                    t("lan.what", L): e["action"],
                    t("col.detail", L): ", ".join(f"{k}: {v}" for k, v in e["detail"].items()),
                }
                for e in entries
            ]
        ),
        hide_index=True,
        height=300,
    )
