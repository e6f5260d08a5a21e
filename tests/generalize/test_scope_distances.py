"""A distance closed by the scope it draws (站点50米范围内, 公交与轨道50米内, 500米服务半径) is the reach of an
indicator or a service area, no target (RECORDS.md section 5: a description); a commitment verb keeps the distance
only when it acts on the distance itself (扩大至500米范围内), not on the indicator the scope opens
(实现站点50米范围内…占比达到90%: the share is the target). extract/data/description_words.tsv, where after;
extract/rules/exclusions/places.py. The invented sentences are written for the test; the real ones are read from
../shared and ../extra."""
import pytest

from extract.extractor import extract_document
from tests.corpus import extra_path, pool_path, read_cached
from tests.rules.test_targets import drafts


def _amounts(text: str):
    return [(float(d.quantity.value), d.unit) for d in drafts(text)]


@pytest.mark.parametrize("text, expected", [
    ("地铁与公交100米内换乘比例达到85%。", [(85, "%")]),  # 内 right after the distance closes its scope
    ("到2025年底实现车站100米范围内公交接驳覆盖率达到95%。", [(95, "%")]),  # the verb acts on the share
    ("着力消除社区公园300米服务半径盲区。", []),
    ("推进新建小区1公里范围内配建幼儿园。", []),
])
def test_a_distance_that_draws_a_scope_is_no_target(text, expected):
    assert _amounts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("将禁烧区扩大至周边3公里范围内。", [(3, "公里")]),  # the verb sets the distance itself
    ("新建道路长度18公里。", [(18, "公里")]),  # a before-word: a verb before it keeps the amount
    ("排队时人员间距控制在2米以上。", [(2, "米")]),
    ("服务半径控制在500米以内。", [(500, "米")]),  # a limit: 以内 is no scope word
])
def test_a_verb_acting_on_the_distance_keeps_it(text, expected):
    assert _amounts(text) == expected


@pytest.mark.parametrize("path, distance, share", [
    (lambda: pool_path("pool-001.txt"), 50, 91),  # a city work report: 公交与轨道50米内换乘比例达91%
    (lambda: extra_path("corpus", "k-015.txt"), 50, 90),  # a transport plan: 站点50米范围内…占比达到90%
])
def test_real_plans_keep_the_share_and_drop_the_radius(path, distance, share):
    targets = extract_document(read_cached(path()), use_model=False).targets
    scoped = [t for t in targets if f"{distance}米内" in t.evidence or f"{distance}米范围内" in t.evidence]
    assert (float(share), "%") in {(float(t.value), t.unit) for t in scoped}
    assert not [t for t in scoped if t.unit == "米"]


def test_a_park_plan_drops_the_service_radius_it_fills():
    targets = extract_document(read_cached(extra_path("corpus", "i-007.txt")), use_model=False).targets
    assert not [t for t in targets if "服务半径" in t.evidence and t.unit == "米"]
