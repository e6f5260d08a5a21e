"""The matrix view: indicator × jurisdiction, each cell one target with its evidence; peers' median and outliers;
the jurisdictions that omit an indicator others state."""
from __future__ import annotations

import pandas as pd

OUTLIER_Z = 3.5  # robust z-score (median and MAD) beyond which a value stands out from its peers
MAD_SCALE = 1.4826
CELL_COLUMNS = [
    "indicator_id", "indicator_label", "measure", "direction", "jurisdiction", "jurisdiction_code", "jurisdiction_id",
    "parent_id", "level", "stated", "value", "value_max", "unit", "comparator", "change", "deadline", "status",
    "display",
    "evidence", "doc_id", "source", "title", "year", "target_id", "method", "score", "others", "peer_median",
    "peer_count", "outlier",
]


def matrix_view(targets: pd.DataFrame, *, statuses: tuple[str, ...] = ("planned",)) -> pd.DataFrame:
    """One row per (indicator, jurisdiction) of the selection, stated or not (``stated`` False: omitted).

    Of several targets of one indicator in one jurisdiction, the cell shows the first planned one with the earliest
    deadline (an undated one after the dated ones), and ``others`` counts the rest.
    """
    matched = targets[targets["indicator_id"].notna() & targets["status"].isin(statuses)]
    if matched.empty:
        return pd.DataFrame(columns=CELL_COLUMNS)
    cells = _with_peers(first_per(matched, ["indicator_id", "jurisdiction"]).assign(stated=True))
    cells = pd.concat([cells, _omitted(cells, targets)], ignore_index=True)
    cells["display"] = [display_value(row) for row in cells.itertuples()]
    out = cells.rename(columns={"value_norm": "_v", "value_max_norm": "_vm", "unit_norm": "_u"})
    out = out.assign(value=out["_v"], value_max=out["_vm"], unit=out["_u"])
    return out.sort_values(["indicator_id", "jurisdiction"], kind="stable")[CELL_COLUMNS].reset_index(drop=True)


def first_per(targets: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """One target per group: the one with the earliest deadline not before its document's year (then undated ones,
    then those dated before the document: results read as plans), then the earliest in its document;
    ``others`` counts the rest of the group."""
    deadline_year = pd.to_numeric(targets["deadline"].str[:4], errors="coerce")
    rank = (deadline_year < targets["year"]).astype(int) * 2 + targets["deadline"].isna().astype(int)
    ranked = targets.assign(_rank=rank).sort_values([*keys, "_rank", "deadline", "year", "start"],
                                                    na_position="last", kind="stable")
    sizes = ranked.groupby(keys, sort=False, dropna=False)["target_id"].transform("size")
    first = ~ranked.duplicated(keys, keep="first")
    return ranked[first].assign(others=sizes[first] - 1).drop(columns="_rank")


def _with_peers(cells: pd.DataFrame) -> pd.DataFrame:
    value = cells["value_norm"].where(cells["value_max_norm"].isna(),
                                      (cells["value_norm"] + cells["value_max_norm"]) / 2)
    cells = cells.assign(_point=value)
    by = cells.groupby(["indicator_id", "unit_norm"])
    median = by["_point"].transform("median")
    mad = (cells["_point"] - median).abs().groupby([cells["indicator_id"], cells["unit_norm"]]).transform("median")
    count = by["_point"].transform("count")
    robust_z = (cells["_point"] - median).abs() / (MAD_SCALE * mad)
    outlier = (count >= 4) & (mad > 0) & (robust_z > OUTLIER_Z)
    return cells.assign(peer_median=median, peer_count=count, outlier=outlier).drop(columns="_point")


def _omitted(cells: pd.DataFrame, targets: pd.DataFrame) -> pd.DataFrame:
    """A row for each jurisdiction of the selection that states nothing for an indicator stated elsewhere."""
    places = targets.drop_duplicates("jurisdiction")[["jurisdiction", "jurisdiction_code", "jurisdiction_id",
                                                      "parent_id", "level"]]
    indicators = cells.drop_duplicates("indicator_id")[["indicator_id", "indicator_label", "measure", "direction"]]
    grid = indicators.merge(places, how="cross")
    stated = set(zip(cells["indicator_id"], cells["jurisdiction"]))
    missing = grid[[(i, j) not in stated for i, j in zip(grid["indicator_id"], grid["jurisdiction"])]]
    return missing.assign(stated=False, others=0, outlier=False)


def display_value(row) -> str:
    """``4.5–5%``, ``≥93%``, ``约5%``: the value as an analyst reads it ('' for an omitted cell)."""
    if not getattr(row, "stated", True) or pd.isna(row.value_norm):
        return ""
    unit = "" if pd.isna(row.unit_norm) else str(row.unit_norm)
    value = _number(row.value_norm)
    if row.comparator == "range" and not pd.isna(row.value_max_norm):
        return f"{value}–{_number(row.value_max_norm)}{unit}"
    prefix = {">=": "≥", "<=": "≤", "~": "约"}.get(row.comparator, "")
    return f"{prefix}{value}{unit}"


def _number(value: float) -> str:
    if abs(value) >= 1e12:
        return f"{value / 1e12:g}万亿"
    if abs(value) >= 1e8:
        return f"{value / 1e8:g}亿"
    if abs(value) >= 1e4:
        return f"{value / 1e4:g}万"
    return f"{value:g}"


def wide_matrix(cells: pd.DataFrame) -> pd.DataFrame:
    """Indicators down, jurisdictions across, the display value in each cell (for a spreadsheet or a glance)."""
    if cells.empty:
        return pd.DataFrame()
    labelled = cells.assign(row=cells["indicator_label"] + " [" + cells["indicator_id"] + "]")
    return labelled.pivot_table(index="row", columns="jurisdiction", values="display", aggfunc="first",
                                fill_value="").rename_axis(index="indicator", columns=None)
