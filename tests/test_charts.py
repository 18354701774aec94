"""Charts are plain plotly objects: their numbers can be checked without a browser."""

from core.aging import CustomerBalance
from core.charts import (
    aging_bar,
    money_ticks,
    month_label,
    overdue_by_month_bar,
    top_debtors_bar,
)
from core.ledger import CustomerKey


def test_aging_bar_carries_each_bucket_and_its_rupiah() -> None:
    fig = aging_bar({"current": 100, "1-30": 2_500_000, "31-60": 0, "61-90": 0, "90+": 7})
    assert [tr.customdata[0] for tr in fig.data] == ["current", "1-30", "31-60", "61-90", "90+"]
    assert [tr.x[0] for tr in fig.data] == [100, 2_500_000, 0, 0, 7]
    assert fig.data[1].text[0] == "Rp 2.500.000"
    assert fig.data[1].name == "1-30 hari · Rp 2.500.000"
    assert aging_bar({"current": 1}, "en").data[0].name == "Current · Rp 1"


def test_top_debtors_split_overdue_and_current() -> None:
    balance = CustomerBalance(CustomerKey("a"), "Toko A", None, outstanding=300, overdue=200)
    fig = top_debtors_bar([balance])
    assert list(fig.data[0].x) == [200] and list(fig.data[1].x) == [100]


def test_months_are_written_in_the_owner_language() -> None:
    assert month_label("2026-08", "id") == "Agu 2026"
    assert month_label("2026-08", "en") == "Aug 2026"
    fig = overdue_by_month_bar([("2026-05", 10), ("2026-06", 20)])
    assert list(fig.data[0].x) == ["Mei 2026", "Jun 2026"]


def test_a_name_with_markup_is_a_label_of_those_characters() -> None:
    name = 'Toko <a href="http://x.example">Klik</a> <b>Tebal</b> & Co'
    balance = CustomerBalance(CustomerKey("t"), name, None, outstanding=300, overdue=200)
    labels = {label for trace in top_debtors_bar([balance]).data for label in trace.y}
    assert labels == {
        'Toko &lt;a href="http://x.example"&gt;Klik&lt;/a&gt; &lt;b&gt;Tebal&lt;/b&gt; &amp; Co'
    }


def test_a_narrow_aging_part_hides_its_amount_instead_of_turning_it_sideways() -> None:
    fig = aging_bar({"current": 10_450_000, "31-60": 4_745_000, "61-90": 2_000_000})
    assert {tr.textangle for tr in fig.data} == {0}
    assert fig.layout.uniformtext.mode == "hide"
    # The legend writes each amount, a part too narrow to hold it included.
    assert fig.data[2].name == "61-90 hari · Rp 2.000.000"


def test_the_top_debtors_axis_is_written_short_for_a_phone() -> None:
    balance = CustomerBalance(
        CustomerKey("a"), "CV Karya Abadi", None, outstanding=4_500_000, overdue=4_500_000
    )
    axis = top_debtors_bar([balance]).layout.xaxis
    assert list(axis.tickvals) == [0, 2_000_000, 4_000_000]
    assert list(axis.ticktext) == ["Rp 0", "Rp 2 jt", "Rp 4 jt"]
    assert axis.tickangle == 0
    assert money_ticks(36_995_000)[1] == ["Rp 0", "Rp 10 jt", "Rp 20 jt", "Rp 30 jt"]
    assert money_ticks(750_000, "en")[1] == ["Rp 0", "Rp 200 k", "Rp 400 k", "Rp 600 k"]
