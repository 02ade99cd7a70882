"""Tables built once per data version and selection, then drawn on every rerun.

``st.table`` and ``st.dataframe`` convert a pandas frame to Arrow on every call; an Arrow table is sent as
it is (the same bytes). Arrow tables are immutable, so one can be shared by every session.
"""

from __future__ import annotations

import pandas as pd
import pyarrow as pa


def frozen(frame: pd.DataFrame) -> pa.Table:
    return pa.Table.from_pandas(frame)
