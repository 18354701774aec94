"""Tagih's core: pure, typed Python that reads ledgers and knows every rule.

Nothing here imports streamlit; the pages and the CLI are thin shells over these modules.
"""
