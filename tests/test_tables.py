"""ui/tables.py: money and dates shown through the grid's column formats, values kept numeric."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from ui.tables import (
    DATE_FORMAT,
    MAX_STYLED_ROWS,
    MONEY_FORMAT,
    WHOLE_FORMAT,
    _money,
    _whole_rupiah,
    table_formats,
)


def formats_of(config: dict[str, Any]) -> dict[str, str | None]:
    return {name: column["type_config"].get("format") for name, column in config.items()}


def test_int_money_dates_and_gappy_days_use_column_formats_without_python_per_cell() -> None:
    table = pd.DataFrame(
        {
            "Faktur": ["A", "B"],
            "Jumlah": [1_250_000, 0],
            "Tanggal": [date(2026, 2, 5), None],
            "Hari": [12.0, None],
        }
    )
    config, replaced, styled = table_formats(table, money=["Jumlah"], dates=["Tanggal"])
    assert formats_of(config) == {"Jumlah": MONEY_FORMAT, "Tanggal": DATE_FORMAT, "Hari": "%d"}
    assert MONEY_FORMAT == "Rp %'.,d" and WHOLE_FORMAT == "%d"
    assert DATE_FORMAT == "DD/MM/YYYY"  # day first, never month first
    assert replaced == {} and styled == {}


@pytest.mark.parametrize(
    ("cells", "grid"),
    [
        ([1_250_000, 5], [1_250_000, 5]),
        ([1_250_000.0, float("nan")], [1_250_000.0, None]),
        ([Decimal("2000000.00"), None, 7], [2_000_000, None, 7]),
        ([None, None], [None, None]),
        # What the grid cannot write in the house style: sen, a negative amount, text.
        ([Decimal("1250000.50"), 1], None),
        ([-50_000, 1], None),
        ([-50_000.0, float("nan")], None),
        ([Decimal("-3"), None], None),
        (["Rp 5.000", 1], None),
        ([True, 1], None),
    ],
)
def test_which_money_columns_the_grid_can_format(cells: list[Any], grid: list[Any] | None) -> None:
    column = pd.Series(cells, dtype=object if any(isinstance(c, Decimal) for c in cells) else None)
    assert_grid(column, grid)


def test_nullable_integer_money_columns_even_all_empty() -> None:
    assert_grid(pd.Series([pd.NA, pd.NA], dtype="Int64"), [None, None])
    assert_grid(pd.Series([5, pd.NA], dtype="Int64"), [5, None])
    assert_grid(pd.Series([-5, pd.NA], dtype="Int64"), None)


def assert_grid(column: pd.Series, grid: list[Any] | None) -> None:
    whole = _whole_rupiah(column)
    if grid is None:
        assert whole is None
    else:
        assert whole is not None
        assert [None if pd.isna(v) else v for v in whole] == grid
        assert whole.dtype.kind in "iuf"  # numeric: a header click sorts by amount


def test_sen_and_negative_amounts_fall_back_to_the_house_style_in_python() -> None:
    table = pd.DataFrame({"Sisa": [Decimal("1250000.50"), Decimal("3")], "Jumlah": [-50_000, 10]})
    config, _, styled = table_formats(table, money=["Sisa", "Jumlah"])
    # A column format would override the Styler's text, so these columns must have none.
    assert config == {} and set(styled) == {"Sisa", "Jumlah"}
    assert [styled["Sisa"](v) for v in table["Sisa"]] == ["Rp 1.250.000,50", "Rp 3"]
    assert [styled["Jumlah"](v) for v in table["Jumlah"]] == ["-Rp 50.000", "Rp 10"]
    assert _money(None) == "" and _money(float("nan")) == ""


def test_a_date_column_holding_something_else_is_written_in_python() -> None:
    table = pd.DataFrame({"Tgl": [date(2026, 2, 5), "kemarin"], "Kosong": [None, None]})
    config, _, styled = table_formats(table, dates=["Tgl", "Kosong"])
    assert config == {} and set(styled) == {"Tgl"}
    assert [styled["Tgl"](v) for v in table["Tgl"]] == ["05/02/2026", ""]


def _script() -> None:
    from datetime import date
    from decimal import Decimal

    import pandas as pd
    import streamlit as st

    from ui.tables import show_table

    rows = st.session_state.get("rows", 3)
    show_table(
        pd.DataFrame(
            {
                "Faktur": [f"INV-{i}" for i in range(rows)],
                "Telp": [None if i % 2 else "0812" for i in range(rows)],
                "Jumlah": [1_250_000 + i for i in range(rows)],
                "Sisa": [Decimal(1000) if i % 2 else None for i in range(rows)],
                "Jatuh tempo": [date(2026, 2, 5)] * rows,
            }
        ),
        money=["Jumlah", "Sisa"],
        dates=["Jatuh tempo"],
    )


def run_table(rows: int) -> AppTest:
    at = AppTest.from_function(_script)
    at.session_state["rows"] = rows
    at.run()
    assert not at.exception
    return at


def test_show_table_sends_numbers_with_rupiah_column_formats_and_blank_empty_cells() -> None:
    at = run_table(3)
    element = at.dataframe[0]
    config = json.loads(element.proto.columns)
    assert config["Jumlah"]["type_config"] == {"type": "number", "format": MONEY_FORMAT}
    assert config["Sisa"]["type_config"] == {"type": "number", "format": MONEY_FORMAT}
    assert config["Jatuh tempo"]["type_config"] == {"type": "date", "format": DATE_FORMAT}
    assert element.proto.HasField("placeholder") and element.proto.placeholder == ""
    assert not element.proto.arrow_data.HasField("styler")  # no Python ran per cell
    values = element.value
    assert values["Jumlah"].dtype.kind == "i" and values["Sisa"].dtype.kind in "iuf"
    assert list(values["Jumlah"]) == [1_250_000, 1_250_001, 1_250_002]
    assert values["Sisa"].isna().tolist() == [True, False, True]


def test_show_table_shows_the_first_rows_and_says_how_many_there_are() -> None:
    at = run_table(MAX_STYLED_ROWS + 7)
    assert len(at.dataframe[0].value) == MAX_STYLED_ROWS
    assert any(str(MAX_STYLED_ROWS + 7) in c.value for c in at.caption)
    assert not any(str(MAX_STYLED_ROWS) in c.value for c in run_table(MAX_STYLED_ROWS).caption)


def test_a_table_with_sen_is_still_written_exactly() -> None:
    def script() -> None:
        from decimal import Decimal

        import pandas as pd

        from ui.tables import show_table

        show_table(pd.DataFrame({"Sisa": [Decimal("1250000.50")], "Hari": [3]}), money=["Sisa"])

    at = AppTest.from_function(script).run()
    assert not at.exception
    element = at.dataframe[0]
    assert element.proto.arrow_data.HasField("styler")
    assert "Sisa" not in json.loads(element.proto.columns)  # would override the Styler's text
