"""Descriptions are no targets (RECORDS.md section 5: background, neither a commitment nor a result): how far
a place lies from another, its elevation, a reservoir's water level, the size of a natural feature, the
radius a monitoring covers and the events it records, houses damaged, a village's numbered group, and the
make-up a standard gives a thing (its characters counted in 位). A commitment verb acting on such an
amount keeps it a target. The sentences are written for the test; the real output is of a readable
../shared document."""
from __future__ import annotations

import pytest

from extract import extract_document

from ..corpus import doc_path, read_cached
from ..rules.test_targets import drafts


def _found(text: str) -> list[tuple[float, str | None]]:
    return [(float(d.quantity.value), d.unit) for d in drafts(text)]


@pytest.mark.parametrize("text", [
    "该滑坡体位于河流北岸海拔高程320-410米的丘陵地带。",  # an elevation
    "村庄北距某某县城26公里,南距青石镇政府7公里。",  # distances from places
    "坡脚距河岸水平距离300-450米。",
    "裂缝宽度2-6毫米,延伸长度一般为1-3米。",  # the size of a natural feature
    "结合水库145米水位运行的情况进行分析。",  # a water level
    "水库后期抬高水位(160米及172米)时仍可能出现险情。",
    "监测台网在30公里范围内共记录到微小震动事件214次。",  # a search radius, the events recorded
    "据初步统计,严重受损的21户。",  # harm suffered
    "省测绘院在青竹村石坝4组设立了观测点。",  # a village's group, named by its number
    "小型车辆号牌字符共6位。",  # the make-up a standard gives a plate
])
def test_descriptions_of_places_features_and_standards_are_no_targets(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("排队时人员间距控制在2米以上。", [(2, "米")]),  # a verb sets the distance
    ("新建道路长度18公里。", [(18, "公里")]),  # a verb before the description word
    ("将防洪水位提高到32米。", [(32, "米")]),
    ("地铁站点300米范围内公交接驳覆盖率达到95%。", [(95, "%")]),  # the radius goes, the share stays
    ("为60所海拔2000米以上学校建设供暖设施。", [(60, "所")]),
    ("修复受损房屋3200户。", [(3200, "户")]),  # the verb acts on the houses
    ("新增监测站点12个,全年开展巡查48次。", [(12, "个"), (48, "次")]),
])
def test_commitments_around_description_words_stay_targets(text, expected):
    assert _found(text) == expected


def test_a_work_report_keeps_the_schools_it_heats_and_not_their_elevation():
    targets = extract_document(read_cached(doc_path("gwr2026-010.txt")), use_model=False).targets
    heated = [t for t in targets if "海拔" in t.evidence]
    assert [(float(t.value), t.unit) for t in heated] == [(100, "所")]
