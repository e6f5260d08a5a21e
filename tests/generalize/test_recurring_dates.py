"""A day or month without its year right after a cadence (每年8月, 每年4月底前) comes back every year: the
calendar time of a standing task, no deadline (RECORDS.md section 4). Real articles of pool-017's meal-service
rules."""
from datetime import date

import pytest

from extract.rules.deadlines import find_times
from tests.corpus import pool_path, read_cached


@pytest.mark.parametrize("words, when", [("市民政部门每年8月", "8月"), ("区民政部门每年4月底前", "4月底")])
def test_the_month_of_a_yearly_duty_sets_no_deadline(words, when):
    text = read_cached(pool_path("pool-017.html")).text
    start = text.index(words) + len(words) - len(when) - (1 if words.endswith("前") else 0)
    (mention,) = [t for t in find_times(text, reference=date(2024, 1, 1)) if t.start == start]
    assert (mention.text, mention.role, mention.deadline) == (when, "standing", None)
