"""The roll-up check: where a jurisdiction and some of the ones below it state the same indicator, do the lower
quotas add up to the upper target (counts and amounts), or does each lower target meet it (rates)?"""
from __future__ import annotations

import pandas as pd

ADDITIVE = frozenset({"count", "cumulative", "level"})
ROLLUP_COLUMNS = ["indicator_id", "indicator_label", "unit", "parent", "parent_value", "parent_display", "check",
                  "children", "children_count", "children_total", "result", "parent_evidence"]


def rollup_view(cells: pd.DataFrame) -> pd.DataFrame:
    stated = cells[cells["stated"]] if not cells.empty else cells
    rows = []
    for (indicator_id, unit), group in stated.groupby(["indicator_id", "unit"], sort=True):
        for _, parent in group[group["jurisdiction_id"].notna()].iterrows():
            children = group[group["parent_id"] == parent["jurisdiction_id"]]
            if not children.empty:
                rows.append(_check(str(indicator_id), str(unit), parent, children))
    return pd.DataFrame(rows, columns=ROLLUP_COLUMNS)


def _check(indicator_id: str, unit: str, parent: pd.Series, children: pd.DataFrame) -> dict[str, object]:
    values = children["value"].astype(float)
    additive = parent["measure"] in ADDITIVE
    if additive:
        total, check = float(values.sum()), "lower quotas add up to the target"
        result = total >= float(parent["value"]) if parent["direction"] != "lower" else total <= float(parent["value"])
    else:
        total, check = None, "each lower target meets the target"
        meets = values <= float(parent["value"]) if parent["direction"] == "lower" else values >= float(parent["value"])
        result = bool(meets.all())
    return {"indicator_id": indicator_id, "indicator_label": parent["indicator_label"], "unit": unit,
            "parent": parent["jurisdiction"], "parent_value": parent["value"], "parent_display": parent["display"],
            "check": check, "children": "、".join(f"{j} {d}" for j, d in zip(children["jurisdiction"],
                                                                          children["display"])),
            "children_count": len(children), "children_total": total, "result": bool(result),
            "parent_evidence": parent["evidence"]}
