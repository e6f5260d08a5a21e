"""Owner label words: the tags that name units in their roles (牵头部门, 实施科室) and the words of
owner_labels.tsv that are no units or no heading over units."""
from __future__ import annotations

from functools import cache

from ..lexicon import read_table


@cache
def owner_tag_roles() -> dict[str, str]:
    """Every owner label (a role word of owner_tags.tsv and a unit word of owner_tag_units.tsv: 牵头部门,
    实施科室) and its role."""
    units = [r["word"] for r in read_table("owner_tag_units.tsv")]
    return {r["word"] + unit: r["role"] for r in read_table("owner_tags.tsv") for unit in units}


@cache
def owner_labels(kind: str) -> frozenset[str]:
    """Label words (extract/data/owner_labels.tsv and every owner label): ``never`` units; ``heading``: no
    unit as a heading."""
    rows = read_table("owner_labels.tsv")
    headings = {r["word"] for r in rows if r["kind"] == "heading"}
    labels = {word for word in owner_tag_roles() if word not in headings}
    return frozenset(labels | {r["word"] for r in rows if kind == "heading" or r["kind"] == kind})
