"""The trend view: one jurisdiction's targets and reported results across years; a year's planned target beside
the result a later document reports for that year, and whether it was met."""
from __future__ import annotations

import pandas as pd

from .matrix import display_value, first_per

TREND_COLUMNS = [
    "jurisdiction", "indicator_id", "indicator_label", "direction", "year", "unit", "planned_value",
    "planned_value_max", "planned_comparator", "planned_display", "planned_evidence", "planned_doc",
    "achieved_value", "achieved_display", "achieved_evidence", "achieved_doc", "met",
]


def trend_view(targets: pd.DataFrame) -> pd.DataFrame:
    matched = targets[targets["indicator_id"].notna()]
    if matched.empty:
        return pd.DataFrame(columns=TREND_COLUMNS)
    dated = matched.assign(for_year=[_year_of(row) for row in matched.itertuples()]).dropna(subset=["for_year"])
    keys = ["jurisdiction", "indicator_id", "unit_norm", "for_year"]
    planned = first_per(dated[dated["status"] == "planned"], keys)
    achieved = first_per(dated[dated["status"] == "achieved"], keys)
    merged = planned.merge(achieved, on=keys, how="outer", suffixes=("_p", "_a"))
    rows = [_row(row) for _, row in merged.iterrows()]
    return pd.DataFrame(rows, columns=TREND_COLUMNS).sort_values(
        ["jurisdiction", "indicator_id", "year"], kind="stable").reset_index(drop=True)


def _year_of(row) -> int | None:
    """Planned: the deadline's year; achieved: the year the document reports on (a work report's last year)."""
    if row.status == "planned":
        return int(str(row.deadline)[:4]) if isinstance(row.deadline, str) else None
    return None if pd.isna(row.results_year) else int(row.results_year)


def _row(row: pd.Series) -> dict[str, object]:
    label = row["indicator_label_p"] if isinstance(row.get("indicator_label_p"), str) else row["indicator_label_a"]
    direction = row["direction_p"] if isinstance(row.get("direction_p"), str) else row["direction_a"]
    return {
        "jurisdiction": row["jurisdiction"], "indicator_id": row["indicator_id"], "indicator_label": label,
        "direction": direction, "year": int(row["for_year"]), "unit": row["unit_norm"],
        "planned_value": row["value_norm_p"], "planned_value_max": row["value_max_norm_p"],
        "planned_comparator": row["comparator_p"], "planned_display": _display(row, "_p"),
        "planned_evidence": row["evidence_p"], "planned_doc": row["doc_id_p"],
        "achieved_value": row["value_norm_a"], "achieved_display": _display(row, "_a"),
        "achieved_evidence": row["evidence_a"], "achieved_doc": row["doc_id_a"], "met": _met(row, direction),
    }


def _display(row: pd.Series, suffix: str) -> str:
    if pd.isna(row[f"value_norm{suffix}"]):
        return ""
    return display_value(pd.Series({"stated": True, "value_norm": row[f"value_norm{suffix}"],
                                    "value_max_norm": row[f"value_max_norm{suffix}"], "unit_norm": row["unit_norm"],
                                    "comparator": row[f"comparator{suffix}"]}))


def _met(row: pd.Series, direction: str) -> bool | None:
    """Did the result reach the plan? None where either is missing or the direction is neutral."""
    planned, achieved = row["value_norm_p"], row["value_norm_a"]
    if pd.isna(planned) or pd.isna(achieved) or direction == "neutral":
        return None
    high = row["value_max_norm_p"]
    if direction == "lower":
        return bool(achieved <= (planned if pd.isna(high) else high))
    return bool(achieved >= planned)
