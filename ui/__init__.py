"""Streamlit helpers shared by the pages: state, language, loading. No business rules here."""
