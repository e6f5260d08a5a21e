"""A capacity in Chinese numerals inside a project's name (…百万亩造林绿化工程) is part of the name, no
target, on a real work report; the amounts its plans set in figures stay targets."""
from extract import extract_document

from ..corpus import pool_path, read_cached


def test_a_programme_named_by_its_size_gives_no_target_but_the_acreage_to_keep_does():
    acres = {(t.value, t.comparator, t.status) for t in
             extract_document(read_cached(pool_path("pool-001.txt")), use_model=False).targets if t.unit == "亩"}
    assert acres == {(120_000, "=", "planned"), (1_000_000, ">=", "planned")}
