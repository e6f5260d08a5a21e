"""Jurisdictions and their codes at the document's date; units for comparison."""
import pytest

from extract.compare.jurisdiction import jurisdiction_of
from extract.records import Metadata
from extract.compare.units import convert


def _coded(region: str, year: int):
    return jurisdiction_of(Metadata(doc_id="x", source="x", region=region), "", year=year)


def test_a_county_renamed_into_a_district_keeps_its_stable_id():
    before, after = _coded("江苏省常州市金坛市", 2014), _coded("江苏省常州市金坛区", 2019)
    assert before.code != after.code
    assert before.stable_id == after.stable_id == "320413"


def test_a_shanghai_district_hangs_under_the_city():
    fengxian = _coded("上海市奉贤区", 2026)
    assert (fengxian.code, fengxian.level, fengxian.parent_id) == ("310120", "county", "310000")


@pytest.mark.parametrize(("value", "unit", "expected"), [
    (800000, "平米", (800000, "平方米")), (3, "万人", (30000, "人")), (840e8, "斤", (4.2e7, "吨")),
    (10, "公顷", (150, "亩")), (5, "斗", (5, "斗")),
])
def test_units_convert_to_the_canonical_unit(value, unit, expected):
    assert convert(value, unit) == expected
