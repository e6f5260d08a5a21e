"""The HTML report: one self-contained file (plotly.js inlined, no network), the views as charts and tables,
the evidence sentence on hover and in the page, each value linked back to its source document."""
from __future__ import annotations

import html
from pathlib import Path

import pandas as pd
from plotly.offline import get_plotlyjs

from ..atomic import atomic_write
from .api import Comparison
from .charts import dot_plots, heatmap
from .matrix import display_value

STYLE = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:1.5em;color:#222}
h1{font-size:1.5em}h2{border-bottom:2px solid #2c6fbb;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;font-size:.85em;margin:.5em 0}th,td{border:1px solid #ccc;padding:.25em .5em;
vertical-align:top}th{background:#eef3fa;position:sticky;top:0}td.v{white-space:nowrap}.omitted{color:#aaa}
.outlier{background:#fde2e0}.evidence{display:block;color:#555;font-size:.8em;max-width:26em}
.dots{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:1em}nav a{margin-right:1em}
.note{color:#555;font-size:.9em}
"""
SECTIONS = (("matrix", "Matrix"), ("diff", "Diff"), ("trend", "Trend"), ("owners", "Owners"),
            ("rollup", "Roll-up"), ("documents", "Documents"))


def write_report(comparison: Comparison, path: Path, *, views: tuple[str, ...]) -> None:
    with atomic_write(path, encoding="utf-8") as stream:
        stream.write(render(comparison, views=views))


def render(comparison: Comparison, *, views: tuple[str, ...]) -> str:
    links = {row.doc_id: source_link(row.source) for row in comparison.documents.itertuples()}
    parts = [_matrix(comparison, links)] if "matrix" in views else []
    parts += [_diff(comparison.diff, links)] if "diff" in views else []
    parts += [_trend(comparison.trend, links)] if "trend" in views else []
    parts += [_owners(comparison)] if "owners" in views else []
    parts += [_rollup(comparison.rollup)] if "rollup" in views else []
    parts.append(_documents(comparison.documents, links))
    shown = [(key, name) for key, name in SECTIONS if key in views or key == "documents"]
    nav = "".join(f'<a href="#{key}">{name}</a>' for key, name in shown)
    matched = comparison.targets["indicator_id"].notna().sum()
    summary = (f"{len(comparison.documents)} documents, {comparison.documents['jurisdiction'].nunique()} "
               f"jurisdictions; {matched} of {len(comparison.targets)} targets matched to registry version "
               f"{html.escape(comparison.registry.version)} ({len(comparison.registry)} indicators).")
    return (f'<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8"><title>policy-extract: compare'
            f'</title><style>{STYLE}</style><script type="text/javascript">{get_plotlyjs()}</script></head><body>'
            f'<h1>Compare plans</h1><p class="note">{summary}</p><nav>{nav}</nav>{"".join(parts)}</body></html>')


def source_link(source: str) -> str:
    if source.startswith(("http://", "https://")):
        return source
    return Path(source).resolve().as_uri() if source and source != "-" else ""


def _matrix(comparison: Comparison, links: dict[str, str]) -> str:
    matrix = comparison.matrix
    dots = "".join(f"<div><h3>{html.escape(label)}</h3>{chart}</div>" for label, chart in dot_plots(matrix))
    return (f'<section id="matrix"><h2>Matrix: indicator × jurisdiction</h2><p class="note">Colour: the value '
            f"against the median of the jurisdictions that state it; hover for the evidence.</p>{heatmap(matrix)}"
            f'<h3>Each indicator across jurisdictions</h3><div class="dots">{dots}</div>'
            f"<h3>All values, with their evidence</h3>{_matrix_table(matrix, links)}</section>")


def _matrix_table(matrix: pd.DataFrame, links: dict[str, str]) -> str:
    if matrix.empty:
        return "<p>No target matched an indicator of the registry.</p>"
    places = sorted(matrix["jurisdiction"].unique())
    head = "<tr><th>indicator</th><th>median</th>" + "".join(f"<th>{html.escape(p)}</th>" for p in places) + "</tr>"
    body = []
    for indicator_id, rows in matrix.groupby("indicator_id", sort=True):
        by_place = {r.jurisdiction: r for r in rows.itertuples()}
        median = rows["peer_median"].dropna()
        cells = "".join(_matrix_cell(by_place.get(place), links) for place in places)
        label = html.escape(f"{rows['indicator_label'].iloc[0]} [{indicator_id}]")
        body.append(f'<tr data-indicator="{indicator_id}"><th>{label}</th>'
                    f'<td class="v">{median.iloc[0]:g}</td>' if len(median) else
                    f'<tr data-indicator="{indicator_id}"><th>{label}</th><td></td>')
        body.append(cells + "</tr>")
    return f'<table id="matrix-table">{head}{"".join(body)}</table>'


def _matrix_cell(row, links: dict[str, str]) -> str:
    if row is None or not row.stated:
        return '<td class="omitted" title="not stated">—</td>'
    evidence = html.escape(str(row.evidence))
    link = links.get(row.doc_id, "")
    value = html.escape(row.display)
    anchor = f'<a href="{html.escape(link)}" title="{evidence}">{value}</a>' if link else value
    deadline = f" ({row.deadline[:4]})" if isinstance(row.deadline, str) else ""
    css = "v outlier" if row.outlier else "v"
    return (f'<td class="{css}" data-jurisdiction="{html.escape(row.jurisdiction)}">{anchor}{deadline}'
            f'<span class="evidence">{evidence}</span></td>')


def _table(frame: pd.DataFrame, columns: list[str], *, table_id: str) -> str:
    if frame.empty:
        return "<p>Nothing to show for this selection.</p>"
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    rows = "".join("<tr>" + "".join(f"<td>{_html_value(v)}</td>" for v in row) + "</tr>"
                   for row in frame[columns].itertuples(index=False))
    return f'<table id="{table_id}"><tr>{head}</tr>{rows}</table>'


def _html_value(value: object) -> str:
    if isinstance(value, (list, tuple)):
        value = "、".join(map(str, value))
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, str) and value.startswith("<a "):
        return value
    return html.escape(f"{value:g}" if isinstance(value, float) else str(value))


def _diff(diff: pd.DataFrame, links: dict[str, str]) -> str:
    blocks = []
    for (doc_a, doc_b), rows in diff.groupby(["doc_a", "doc_b"], sort=False):
        first = rows.iloc[0]
        sides = [(_side(r, "a"), _side(r, "b")) for _, r in rows.iterrows()]
        shown = rows.assign(a=[a for a, _ in sides], b=[b for _, b in sides])
        blocks.append(f"<h3>{html.escape(str(first['jurisdiction']))}: {_doc_link(first['title_a'], links, doc_a)} → "
                      f"{_doc_link(first['title_b'], links, doc_b)}</h3><p class=\"note\">Text reused: "
                      f"{first['text_reused']:.0%} of the second document's text is found in the first.</p>"
                      + _table(shown, ["indicator_label", "change", "a", "b", "deadline_moved", "owner_changed"],
                               table_id=f"diff-{doc_a}-{doc_b}"))
    body = "".join(blocks) or "<p>No jurisdiction has two documents in this selection.</p>"
    return f'<section id="diff"><h2>Diff: document against document</h2>{body}</section>'


def _side(row: pd.Series, side: str) -> str:
    value = row[f"value_{side}"]
    if value is None or pd.isna(value):
        return ""
    shown = display_value(pd.Series({"stated": True, "value_norm": value, "value_max_norm": row[f"value_max_{side}"],
                                     "unit_norm": row["unit"], "comparator": row[f"comparator_{side}"]}))
    deadline = row[f"deadline_{side}"]
    return f"{shown}" + (f" by {deadline}" if isinstance(deadline, str) else "") + f" — {row[f'evidence_{side}']}"


def _doc_link(title, links: dict[str, str], doc_id: str) -> str:
    link = links.get(doc_id, "")
    text = html.escape(str(title or doc_id))
    return f'<a href="{html.escape(link)}">{text}</a>' if link else text


def _trend(trend: pd.DataFrame, links: dict[str, str]) -> str:
    table = _table(trend, ["jurisdiction", "indicator_label", "year", "planned_display", "achieved_display", "met",
                           "planned_evidence", "achieved_evidence"], table_id="trend-table")
    return f'<section id="trend"><h2>Trend: targets and results across years</h2>{table}</section>'


def _owners(comparison: Comparison) -> str:
    table = _table(comparison.owners_summary.head(60), list(comparison.owners_summary.columns), table_id="owners-table")
    return (f'<section id="owners"><h2>Owners: who carries what</h2><p class="note">Names in canonical form '
            f"(区城管局 = 区城市管理和综合执法局); lead and support where the text tells them apart.</p>{table}</section>")


def _rollup(rollup: pd.DataFrame) -> str:
    table = _table(rollup, ["indicator_label", "parent", "parent_display", "check", "children", "children_total",
                            "result"], table_id="rollup-table")
    return f'<section id="rollup"><h2>Roll-up: do the lower levels add up?</h2>{table}</section>'


def _documents(documents: pd.DataFrame, links: dict[str, str]) -> str:
    shown = documents.assign(document=[_doc_link(r.title, links, r.doc_id) for r in documents.itertuples()])
    table = _table(shown, ["document", "jurisdiction", "jurisdiction_code", "year", "region_from"],
                   table_id="documents-table")
    return (f'<section id="documents"><h2>Documents</h2><p class="note">region_from: where the jurisdiction was '
            f"read (metadata, else the title, issuer or header lines of the document).</p>{table}</section>")
