"""A capacity in Chinese numerals inside a project's name (…百万亩造林绿化工程) is part of the name, no
target, on a real work report; the amounts its plans set in figures stay targets."""
from extract import extract_document

from ..corpus import doc_path, pool_path, read_cached


def test_a_programme_named_by_its_size_gives_no_target_but_the_acreage_to_keep_does():
    acres = {(t.value, t.comparator, t.status) for t in
             extract_document(read_cached(pool_path("pool-001.txt")), use_model=False).targets if t.unit == "亩"}
    assert acres == {(120_000, "=", "planned"), (1_000_000, ">=", "planned")}


def test_capacities_opening_the_names_of_listed_projects_give_no_target_but_built_ones_stay():
    """A work report lists projects by company, size and product, closed by 等项目建设: the sizes are names; the
    capacities a verb brings into production (实现年产…项目顺利投产) stay targets."""
    targets = extract_document(read_cached(doc_path("gwr2026-008.txt")), use_model=False).targets
    assert [t for t in targets if t.unit == "吨" and "等项目建设" in t.evidence] == []
    assert {(40_000, "吨/年"), (20_000, "吨/年")} <= {(t.value, t.unit) for t in targets if t.unit == "吨/年"}
