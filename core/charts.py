"""Plotly figures built from core results, testable without a browser."""

from __future__ import annotations

from collections.abc import Mapping

import plotly.graph_objects as go

from core.aging import DEFAULT_EDGES, bucket_labels
from core.i18n import Lang, t
from core.money import Amount, format_rupiah

BUCKET_COLOURS = ("#0f766e", "#facc15", "#fb923c", "#ef4444", "#7f1d1d")


def bucket_name(label: str, lang: Lang) -> str:
    """'1-30' → '1-30 hari'; custom edges keep their plain label."""
    return t(f"bucket.{label}", lang) if label in bucket_labels(DEFAULT_EDGES) else label


def aging_bar(aging: Mapping[str, Amount], lang: Lang = "id") -> go.Figure:
    """One stacked horizontal bar of the buckets, each labelled in rupiah."""
    fig = go.Figure()
    for i, (label, amount) in enumerate(aging.items()):
        fig.add_trace(
            go.Bar(
                x=[int(amount)],
                y=[t("ui.aging_chart", lang)],
                orientation="h",
                name=bucket_name(label, lang),
                marker_color=BUCKET_COLOURS[i % len(BUCKET_COLOURS)],
                text=[format_rupiah(amount)],
                textposition="inside",
                hovertemplate=f"{bucket_name(label, lang)}: {format_rupiah(amount)}<extra></extra>",
            )
        )
    fig.update_layout(
        barmode="stack",
        height=180,
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        legend={"orientation": "h", "y": -0.4, "traceorder": "normal"},
        xaxis={"visible": False},
        yaxis={"visible": False},
    )
    return fig
