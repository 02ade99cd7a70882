"""Baseline page for the benchmarks: only the comparison table, drawn with ``st.dataframe``.

It gets the catalog from the same process-wide store as the app and builds the same comparison, so
the difference between this page and pages/compare.py is the cost of everything else the real page
draws. A toggle gives it the same kind of interaction the compare page has.
"""

import pandas as pd
import streamlit as st

from components.data_access import current_snapshot
from optionboard.comparison import build_comparison
from optionboard.selection import parse_option_ids

catalog = current_snapshot().catalog
option_ids = parse_option_ids(st.query_params.get("options"), catalog).option_ids
differences_only = st.toggle("Only rows that differ", key="bare_diff")
comparison = build_comparison(catalog, option_ids, differences_only=differences_only)
table = pd.DataFrame(
    [
        [
            group.name,
            row.question,
            *(" · ".join(filter(None, (cell.answer, cell.numbers, cell.certainty))) for cell in row.cells),
        ]
        for group in comparison.groups
        for row in group.rows
    ],
    columns=["Topic", "Question", *(f"{heading} ({number})" for number, heading in enumerate(comparison.headings, 1))],
)
st.dataframe(table, hide_index=True)
