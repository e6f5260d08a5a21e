"""The report's charts, drawn with plotly: a heatmap of the matrix and a dot plot per indicator.

Each chart is a ``<div>`` whose hover text is the evidence sentence; plotly.js itself is inlined once per page
by report.py, so the file works offline.
"""
from __future__ import annotations

import textwrap

import pandas as pd
import plotly.graph_objects as go

HEATMAP_ROWS = 40  # indicators stated by the most jurisdictions
DOT_PLOTS = 12
WRAP = 40
CONFIG = {"displaylogo": False, "responsive": True}


def heatmap(matrix: pd.DataFrame) -> str:
    """Indicators × jurisdictions, coloured by each value against its peers' median (0 = the median)."""
    stated = matrix[matrix["stated"]]
    if stated.empty:
        return ""
    counts = stated.groupby("indicator_id")["jurisdiction"].nunique()
    rows = counts.iloc[sorted(range(len(counts)), key=lambda i: (-counts.iloc[i], counts.index[i]))]
    chosen = stated[stated["indicator_id"].isin(rows.index[:HEATMAP_ROWS])]
    labels = {i: f"{l} [{i}]" for i, l in zip(chosen["indicator_id"], chosen["indicator_label"])}
    order = [labels[i] for i in rows.index[:HEATMAP_ROWS] if i in labels]
    places = sorted(matrix["jurisdiction"].unique())
    grid = {(labels[r.indicator_id], r.jurisdiction): r for r in chosen.itertuples()}
    z = [[_relative(grid.get((row, place))) for place in places] for row in order]
    text = [[getattr(grid.get((row, place)), "display", "") for place in places] for row in order]
    hover = [[_hover(grid.get((row, place)), row, place) for place in places] for row in order]
    figure = go.Figure(go.Heatmap(z=z, x=places, y=order, text=text, texttemplate="%{text}", hovertext=hover,
                                  hoverinfo="text", colorscale="RdBu", zmid=0, zmin=-1, zmax=1,
                                  colorbar={"title": "vs. median"}))
    figure.update_layout(height=max(320, 26 * len(order) + 160), margin={"l": 10, "r": 10, "t": 30, "b": 10},
                         yaxis={"autorange": "reversed", "automargin": True}, xaxis={"side": "top"})
    return figure.to_html(full_html=False, include_plotlyjs=False, config=CONFIG, div_id="matrix-heatmap")


def dot_plots(matrix: pd.DataFrame) -> list[tuple[str, str]]:
    """(indicator label, chart) for the indicators most jurisdictions state: each value a dot, the median a line."""
    stated = matrix[matrix["stated"] & matrix["value"].notna()]
    counts = stated.groupby("indicator_id")["jurisdiction"].nunique()
    ranked = sorted((-n, i) for i, n in counts.items() if n >= 2)
    charts = []
    for indicator_id in [i for _, i in ranked][:DOT_PLOTS]:
        rows = stated[stated["indicator_id"] == indicator_id].sort_values("value")
        label = f"{rows['indicator_label'].iloc[0]} ({rows['unit'].iloc[0]})"
        figure = go.Figure(go.Scatter(
            x=rows["value"], y=rows["jurisdiction"], mode="markers",
            error_x={"type": "data", "symmetric": False, "array": (rows["value_max"] - rows["value"]).fillna(0)},
            marker={"size": 10, "color": rows["outlier"].map({True: "#c0392b", False: "#2c6fbb"})},
            hovertext=[_hover(r, label, r.jurisdiction) for r in rows.itertuples()], hoverinfo="text"))
        median = rows["peer_median"].iloc[0]
        figure.add_vline(x=median, line_dash="dot", annotation_text=f"median {median:g}")
        figure.update_layout(height=max(220, 22 * len(rows) + 90), margin={"l": 10, "r": 10, "t": 30, "b": 30},
                             yaxis={"automargin": True}, showlegend=False)
        charts.append((label, figure.to_html(full_html=False, include_plotlyjs=False, config=CONFIG,
                                             div_id=f"dots-{indicator_id}")))
    return charts


def _relative(row) -> float | None:
    if row is None or pd.isna(row.value) or pd.isna(row.peer_median) or not row.peer_median:
        return None
    point = row.value if pd.isna(row.value_max) else (row.value + row.value_max) / 2
    return max(-1.0, min(1.0, (point - row.peer_median) / abs(row.peer_median)))


def _hover(row, indicator: str, place: str) -> str:
    if row is None:
        return f"{place}<br>{indicator}<br>(not stated)"
    evidence = "<br>".join(textwrap.wrap(str(row.evidence), WRAP))
    deadline = f" by {row.deadline}" if isinstance(row.deadline, str) else ""
    return f"<b>{place}</b><br>{indicator}: {row.display}{deadline}<br>{evidence}"
