"""OptionBoard domain: the data package, its validation, and what the pages compute from it.

Importable and testable without Streamlit; nothing in this package may import it.
"""
