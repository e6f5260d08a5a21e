"""The diff view: two documents of one jurisdiction (a draft and its final, two years, two plan periods), indicator
by indicator: added, dropped, raised, lowered, deadline moved, owner changed; and the share of text reused."""
from __future__ import annotations

import pandas as pd

from .matrix import first_per

SHINGLE = 8  # characters: a run this long found in both texts counts as reused
DIFF_COLUMNS = [
    "jurisdiction", "doc_a", "doc_b", "title_a", "title_b", "year_a", "year_b", "indicator_id", "indicator_label",
    "change", "deadline_moved", "owner_changed", "value_a", "value_max_a", "value_b", "value_max_b", "unit",
    "comparator_a", "comparator_b", "deadline_a", "deadline_b", "owners_a", "owners_b", "evidence_a", "evidence_b",
    "source_a", "source_b", "text_reused",
]


def auto_pairs(documents: pd.DataFrame) -> list[tuple[str, str]]:
    """Consecutive documents (by year) of each jurisdiction that has more than one."""
    pairs = []
    known = documents[(documents["level"] != "unknown") & documents["year"].notna()]
    known = known.sort_values(["jurisdiction", "year", "doc_id"], kind="stable")
    for _, group in known.groupby("jurisdiction", sort=True):
        ids = list(group["doc_id"])
        pairs += list(zip(ids, ids[1:]))
    return pairs


def diff_view(targets: pd.DataFrame, documents: pd.DataFrame, pairs: list[tuple[str, str]],
              texts: dict[str, str]) -> pd.DataFrame:
    matched = targets[targets["indicator_id"].notna() & (targets["status"] == "planned")]
    chosen = first_per(matched, ["doc_id", "indicator_id"]).set_index(["doc_id", "indicator_id"]) \
        if not matched.empty else None
    heads = documents.set_index("doc_id")
    shingles = {doc_id: _shingles(text) for doc_id, text in texts.items() if any(doc_id in pair for pair in pairs)}
    rows = []
    for a, b in pairs:
        reused = _share(shingles.get(a, set()), shingles.get(b, set()))
        rows += list(_diff_pair(chosen, heads, a, b, reused))
    return pd.DataFrame(rows, columns=DIFF_COLUMNS)


def _diff_pair(chosen: pd.DataFrame | None, heads: pd.DataFrame, doc_a: str, doc_b: str, reused: float):
    side_a, side_b = _of(chosen, doc_a), _of(chosen, doc_b)
    head = _heads(heads, doc_a, doc_b)
    for indicator_id in sorted(set(side_a.index) | set(side_b.index)):
        a = side_a.loc[indicator_id] if indicator_id in side_a.index else None
        b = side_b.loc[indicator_id] if indicator_id in side_b.index else None
        either = a if a is not None else b
        yield {
            **head, "indicator_id": indicator_id, "indicator_label": either["indicator_label"],
            "change": _change(a, b), "deadline_moved": _moved(a, b, "deadline"),
            "owner_changed": _owners_changed(a, b),
            **_side(a, "a"), **_side(b, "b"), "unit": either["unit_norm"], "text_reused": reused,
        }


def _of(chosen: pd.DataFrame | None, doc_id: str) -> pd.DataFrame:
    if chosen is None or doc_id not in chosen.index.get_level_values(0):
        return pd.DataFrame(columns=["indicator_label", "unit_norm"])
    return chosen.xs(doc_id, level="doc_id")


def _heads(heads: pd.DataFrame, doc_a: str, doc_b: str) -> dict[str, object]:
    a, b = heads.loc[doc_a], heads.loc[doc_b]
    return {"jurisdiction": a["jurisdiction"], "doc_a": doc_a, "doc_b": doc_b, "title_a": a["title"],
            "title_b": b["title"], "year_a": a["year"], "year_b": b["year"]}


def _side(row, suffix: str) -> dict[str, object]:
    names = {"value_norm": "value", "value_max_norm": "value_max", "comparator": "comparator",
             "deadline": "deadline", "owners": "owners", "evidence": "evidence", "source": "source"}
    return {f"{name}_{suffix}": (None if row is None else row[column]) for column, name in names.items()}


def _change(a, b) -> str:
    if a is None:
        return "added"
    if b is None:
        return "dropped"
    if a["unit_norm"] != b["unit_norm"]:
        return "changed unit"
    point_a, point_b = _point(a), _point(b)
    if point_b > point_a:
        return "raised"
    if point_b < point_a:
        return "lowered"
    return "unchanged"


def _point(row) -> float:
    high = row["value_max_norm"]
    return float(row["value_norm"]) if pd.isna(high) else (float(row["value_norm"]) + float(high)) / 2


def _moved(a, b, column: str) -> bool:
    return a is not None and b is not None and (a[column] or None) != (b[column] or None) \
        and not (pd.isna(a[column]) and pd.isna(b[column]))


def _owners_changed(a, b) -> bool:
    return a is not None and b is not None and set(a["owners"]) != set(b["owners"])


def _share(shingles_a: set[str], shingles_b: set[str]) -> float:
    """The share of the second text's 8-character runs that occur in the first (0 to 1)."""
    return round(len(shingles_b & shingles_a) / len(shingles_b), 4) if shingles_b else 0.0


def _shingles(text: str) -> set[str]:
    compact = "".join(text.split())
    return {compact[i:i + SHINGLE] for i in range(max(0, len(compact) - SHINGLE + 1))}
