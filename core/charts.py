"""Plotly figures built from core results, testable without a browser."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Final

import plotly.graph_objects as go

from core.aging import BUCKET_KEYS, CustomerBalance
from core.dates import SHORT_MONTHS
from core.i18n import Lang, t
from core.money import Amount, format_rupiah

if TYPE_CHECKING:  # the forecast and the discount load the store; a chart needs neither
    from core.discount import Advice, Discount
    from core.forecast import Forecast, Week

BUCKET_COLOURS = ("#0f766e", "#facc15", "#fb923c", "#ef4444", "#7f1d1d")


def bucket_name(label: str, lang: Lang) -> str:
    """'1-30' → '1-30 hari'; custom edges keep their plain label."""
    return t(BUCKET_KEYS[label], lang) if label in BUCKET_KEYS else label


def _layout(fig: go.Figure, height: int) -> go.Figure:
    fig.update_layout(
        height=height,
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        separators=",.",  # Indonesian: ',' for decimals, '.' for thousands
    )
    return fig


def aging_bar(aging: Mapping[str, Amount], lang: Lang = "id") -> go.Figure:
    """One stacked horizontal bar of the buckets; a click on a part selects its bucket."""
    fig = go.Figure()
    for i, (label, amount) in enumerate(aging.items()):
        fig.add_trace(
            go.Bar(
                x=[int(amount)],
                y=[t("ui.aging_chart", lang)],
                orientation="h",
                # The amount in the legend too: a part too narrow to write it in stays readable.
                name=f"{bucket_name(label, lang)} · {format_rupiah(amount)}",
                customdata=[label],
                marker_color=BUCKET_COLOURS[i % len(BUCKET_COLOURS)],
                text=[format_rupiah(amount)] if amount else [""],
                textposition="inside",
                # Level, or not at all: a part too narrow for its amount turned it on its side,
                # unreadable on a phone; its amount is then in the tooltip.
                textangle=0,
                insidetextanchor="middle",
                hovertemplate=f"{bucket_name(label, lang)}: {format_rupiah(amount)}<extra></extra>",
            )
        )
    fig.update_layout(
        barmode="stack",
        legend={"orientation": "h", "y": -0.3, "traceorder": "normal"},
        xaxis={"visible": False},
        yaxis={"visible": False},
        clickmode="event+select",
        uniformtext={"mode": "hide", "minsize": 11},
    )
    return _layout(fig, 230)  # room for the legend on five lines, as a phone writes it


def chart_text(text: str) -> str:
    """``text`` as a chart shows it: plotly reads ``<b>``, ``<a href=…>`` and ``<br>`` in
    labels as markup, and ``&lt;`` as the character, so a name's ``<``, ``>`` and ``&`` are
    written as entities.

    >>> chart_text("Toko <b>Maju</b> & Co")
    'Toko &lt;b&gt;Maju&lt;/b&gt; &amp; Co'
    """
    return html.escape(text, quote=False)


# The money axis's units, largest first: (rupiah, Indonesian word, English word).
_AXIS_UNITS: Final[tuple[tuple[int, str, str], ...]] = (
    (10**9, "M", "bn"),
    (10**6, "jt", "mn"),
    (10**3, "rb", "k"),
)


def money_ticks(top: Amount, lang: Lang = "id", most: int = 4) -> tuple[list[int], list[str]]:
    """At most ``most`` round ticks from 0 up to ``top``, written short ("Rp 2 jt"): a phone's
    narrow chart cut "Rp 1.000.000" to "Rp 1.00…".

    >>> money_ticks(3_300_000)
    ([0, 1000000, 2000000, 3000000], ['Rp 0', 'Rp 1 jt', 'Rp 2 jt', 'Rp 3 jt'])
    >>> money_ticks(1_200_000, "en")[1]
    ['Rp 0', 'Rp 500 k', 'Rp 1,000 k']
    """
    ceiling = max(int(top), 1)
    step = next(m * 10**k for k in range(19) for m in (1, 2, 5) if ceiling // (m * 10**k) < most)
    size, word_id, word_en = next((unit for unit in _AXIS_UNITS if step >= unit[0]), (1, "", ""))
    values = list(range(0, ceiling + 1, step))
    texts = []
    for value in values:
        number = value // size
        shown = f"{number:,}" if lang == "en" else format_rupiah(number, prefix="")
        word = word_en if lang == "en" else word_id
        texts.append(f"Rp {shown} {word}".strip() if value else "Rp 0")
    return values, texts


def top_debtors_bar(debtors: Sequence[CustomerBalance], lang: Lang = "id") -> go.Figure:
    """Largest balances as horizontal bars, the overdue part in red."""
    names = [chart_text(d.name) for d in debtors][::-1]
    current = [int(d.outstanding - d.overdue) for d in debtors][::-1]
    overdue = [int(d.overdue) for d in debtors][::-1]
    ticks, labels = money_ticks(max((int(d.outstanding) for d in debtors), default=0), lang)
    fig = go.Figure()
    fig.add_trace(
        go.Bar(
            y=names,
            x=overdue,
            orientation="h",
            name=t("summary.overdue", lang),
            marker_color="#ef4444",
            customdata=[format_rupiah(v) for v in overdue],
            hovertemplate="%{y}: %{customdata}<extra></extra>",
        )
    )
    fig.add_trace(
        go.Bar(
            y=names,
            x=current,
            orientation="h",
            name=t("bucket.current", lang),
            marker_color="#0f766e",
            customdata=[format_rupiah(v) for v in current],
            hovertemplate="%{y}: %{customdata}<extra></extra>",
        )
    )
    fig.update_layout(
        barmode="stack",
        legend={"orientation": "h", "y": -0.15},
        xaxis={"tickvals": ticks, "ticktext": labels, "tickangle": 0},
    )
    return _layout(fig, 60 + 28 * max(len(debtors), 3))


def month_label(month: str, lang: Lang) -> str:
    """'2026-08' → 'Agu 2026'."""
    year, number = month.split("-")
    return f"{SHORT_MONTHS[lang][int(number) - 1]} {year}"


def overdue_by_month_bar(months: Sequence[tuple[str, Amount]], lang: Lang = "id") -> go.Figure:
    """Overdue money by the month it fell due: how old the unpaid money is."""
    labels = [month_label(m, lang) for m, _ in months]
    values = [int(v) for _, v in months]
    fig = go.Figure(
        go.Bar(
            x=labels,
            y=values,
            marker_color="#ef4444",
            customdata=[format_rupiah(v) for v in values],
            hovertemplate="%{x}: %{customdata}<extra></extra>",
        )
    )
    fig.update_layout(yaxis={"tickprefix": "Rp ", "tickformat": ",d"}, xaxis={"type": "category"})
    return _layout(fig, 330)


def day_label(day: date, lang: Lang) -> str:
    """'23 Nov': a day in the year the chart shows."""
    return f"{day.day} {SHORT_MONTHS[lang][day.month - 1]}"


def week_label(week: Week, lang: Lang) -> str:
    """'23 Nov – 29 Nov': the days of one forecast week."""
    return f"{day_label(week.start, lang)} – {day_label(week.end, lang)}"


def forecast_bar(forecast: Forecast, lang: Lang = "id") -> go.Figure:
    """The money expected each week as bars, the likely range as error bars; a click on a bar
    selects its week (``customdata`` is the week's number)."""
    weeks = forecast.weeks
    expected = [week.expected for week in weeks]
    hover = [
        t(
            "forecast.hover",
            lang,
            week=week_label(week, lang),
            expected=format_rupiah(week.expected),
            low=format_rupiah(week.low),
            high=format_rupiah(week.high),
        )
        for week in weeks
    ]
    fig = go.Figure(
        go.Bar(
            x=[day_label(week.start, lang) for week in weeks],
            y=expected,
            customdata=[week.number for week in weeks],
            marker_color="#0f766e",
            error_y={
                "type": "data",
                "symmetric": False,
                "array": [week.high - week.expected for week in weeks],
                "arrayminus": [week.expected - week.low for week in weeks],
                "color": "#334155",
            },
            hovertext=[chart_text(text) for text in hover],
            hovertemplate="%{hovertext}<extra></extra>",
            name=t("forecast.expected", lang),
        )
    )
    fig.update_layout(
        yaxis={"tickprefix": "Rp ", "tickformat": ",d"},
        xaxis={"type": "category", "title": {"text": t("forecast.week_starting", lang)}},
        clickmode="event+select",
    )
    return _layout(fig, 330)


# The settlement discount (core.discount).


def _plot(value: Amount | Fraction) -> float | int:
    """A chart coordinate (display only)."""
    exact = Fraction(value)
    return exact.numerator if exact.denominator == 1 else float(exact)


def profit_chart(result: Discount, advice: Advice | None = None, lang: Lang = "id") -> go.Figure:
    """Profit against discount (a straight line), the floor under it, and the chosen points.

    The floor at discount ``d`` is the larger of the rupiah floor and the margin floor
    ``m × (A − d)``; the line and the floor meet at the largest safe discount (before rounding).
    """
    f, floors = result.figures, result.floors
    balance = Fraction(result.balance)
    amount, cost = Fraction(f.amount), Fraction(f.cost)
    margin = Fraction(floors.min_margin_pct) / 100 if floors.min_margin_pct is not None else None
    # Up to twice the larger of the safe and break-even discounts: the points that matter stay
    # readable instead of a long slide into loss down to the whole balance.
    wider = max(Fraction(result.max_discount), Fraction(advice.break_even if advice else 0))
    end = min(balance, 2 * wider) if wider else balance
    xs = {Fraction(0), end}
    if margin:
        kink = amount - Fraction(floors.profit_floor) / margin  # where the two floors cross
        if 0 < kink < end:
            xs.add(kink)
    grid = sorted(xs)

    def floor_at(d: Fraction) -> Fraction:
        base = Fraction(floors.profit_floor)
        return max(base, margin * (amount - d)) if margin is not None else base

    def hover(d: Fraction, y: Fraction) -> str:
        return f"{t('discount.chart.x', lang)}: {_rp_exact(d)}<br>{_rp_exact(y)}"

    fig = go.Figure()
    fig.add_trace(
        go.Scatter(
            x=[_plot(d) for d in grid],
            y=[_plot(amount - d - cost) for d in grid],
            mode="lines",
            name=t("discount.chart.profit", lang),
            line={"color": "#0f766e", "width": 3},
            hovertemplate="%{customdata}<extra></extra>",
            customdata=[hover(d, amount - d - cost) for d in grid],
        )
    )
    fig.add_trace(
        go.Scatter(
            x=[_plot(d) for d in grid],
            y=[_plot(floor_at(d)) for d in grid],
            mode="lines",
            name=t("discount.chart.floor", lang),
            line={"color": "#ef4444", "dash": "dash", "width": 2},
            hovertemplate="%{customdata}<extra></extra>",
            customdata=[hover(d, floor_at(d)) for d in grid],
        )
    )
    safe = Fraction(result.max_discount)
    fig.add_trace(
        go.Scatter(
            x=[_plot(safe)],
            y=[_plot(result.profit)],
            mode="markers",
            name=t("discount.chart.safe", lang),
            # A ring, so the recommendation's star stays visible when it is the same point.
            marker={"color": "#0f766e", "size": 22, "symbol": "circle-open", "line": {"width": 3}},
            hovertemplate="%{customdata}<extra></extra>",
            customdata=[hover(safe, Fraction(result.profit))],
        )
    )
    if advice is not None:
        chosen = Fraction(advice.recommended)
        fig.add_trace(
            go.Scatter(
                x=[_plot(chosen)],
                y=[_plot(advice.recommended_profit)],
                mode="markers",
                name=t("discount.chart.recommended", lang),
                marker={"color": "#2563eb", "size": 16, "symbol": "star"},
                hovertemplate="%{customdata}<extra></extra>",
                customdata=[hover(chosen, Fraction(advice.recommended_profit))],
            )
        )
        if 0 < advice.break_even <= result.balance:
            fig.add_vline(
                x=_plot(advice.break_even),
                line={"color": "#6b7280", "dash": "dot"},
                annotation_text=t("discount.chart.break_even", lang),
                annotation_position="top",
            )
    fig.update_layout(
        height=360,
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        separators=",.",  # rupiah are written the Indonesian way in both languages
        legend={"orientation": "h", "y": -0.22},
        xaxis={"title": t("discount.chart.x", lang), "tickprefix": "Rp ", "tickformat": ",d"},
        yaxis={"title": t("discount.chart.y", lang), "tickprefix": "Rp ", "tickformat": ",d"},
        hovermode="closest",
    )
    return fig


def _rp_exact(value: Fraction) -> str:
    if value.denominator == 1:
        return format_rupiah(value.numerator)
    return format_rupiah(Decimal(value.numerator) / Decimal(value.denominator))
