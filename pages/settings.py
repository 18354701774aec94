"""Pengaturan: the business on the letters, the aging buckets, the default terms, demo data."""

import streamlit as st

from core.aging import DEFAULT_EDGES, bucket_labels
from core.i18n import t
from ui.state import aging_edges, default_term, lang, store

L = lang()
db = store()

st.title(t("nav.settings", L))

st.subheader(t("settings.business", L))
business = db.get_setting("business", {})
with st.form("business_form"):
    name = st.text_input(t("settings.business_name", L), value=business.get("name", ""))
    address = st.text_area(t("settings.business_address", L), value=business.get("address", ""))
    phone = st.text_input(t("settings.business_phone", L), value=business.get("phone", ""))
    if st.form_submit_button(t("settings.save", L), type="primary"):
        db.set_setting(
            "business", {"name": name.strip(), "address": address.strip(), "phone": phone.strip()}
        )
        st.success(t("settings.saved", L))

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
            db.set_setting("aging_edges", list(chosen))
            db.set_setting("default_term", int(term))
            st.success(t("settings.saved", L))
st.caption(t("settings.default_term_help", L))

st.subheader(t("settings.demo", L))
if db.has_demo():
    st.write(t("settings.demo_loaded", L))
    if st.button(
        t("upload.clear_demo", L), icon=":material/delete_sweep:", key="settings_clear_demo"
    ):
        db.clear_demo()
        db.set_setting("demo_dismissed", True)
        st.rerun()
else:
    st.write(t("settings.demo_none", L))
