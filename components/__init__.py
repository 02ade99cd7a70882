"""Reusable Streamlit pieces. They take domain objects from ``optionboard`` and draw them."""
