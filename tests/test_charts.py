"""Charts are plain plotly objects: their numbers can be checked without a browser."""

from core.aging import CustomerBalance
from core.charts import aging_bar, month_label, overdue_by_month_bar, top_debtors_bar
from core.ledger import CustomerKey


def test_aging_bar_carries_each_bucket_and_its_rupiah() -> None:
    fig = aging_bar({"current": 100, "1-30": 2_500_000, "31-60": 0, "61-90": 0, "90+": 7})
    assert [tr.customdata[0] for tr in fig.data] == ["current", "1-30", "31-60", "61-90", "90+"]
    assert [tr.x[0] for tr in fig.data] == [100, 2_500_000, 0, 0, 7]
    assert fig.data[1].text[0] == "Rp 2.500.000"
    assert fig.data[1].name == "1-30 hari"
    assert aging_bar({"current": 1}, "en").data[0].name == "Current"


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
