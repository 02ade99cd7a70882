"""A bare Streamlit page: one title and one small table, nothing of ours.

It is the baseline for the browser tests: accessibility findings and load
times on our pages are compared with this page, so that we fix what is ours
and not what Streamlit itself brings.
"""

import pandas as pd
import streamlit as st

st.title("Baseline table")
st.dataframe(
    pd.DataFrame(
        {
            "Option": ["Surgery", "Radiotherapy", "Chemotherapy"],
            "Category": ["Local", "Local", "Systemic"],
            "Sessions": [1, 25, 6],
        }
    ),
    hide_index=True,
)
