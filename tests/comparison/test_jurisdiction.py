"""Jurisdictions and their codes at the document's date; units for comparison."""
import pytest

from extract.comparison.jurisdiction import document_year, jurisdiction_of, reviewed_year
from extract.records import Metadata
from extract.comparison.units import convert


def _coded(region: str, year: int):
    return jurisdiction_of(Metadata(doc_id="x", source="x", region=region), "", year=year)


# Header lines written for these tests, in the shape of a work report's opening.
PROVINCIAL_HEADER = "政府工作报告\n——2030年1月20日在青海省人民代表大会全体会议上\n各位代表:\n一、2029年工作回顾\n"
NATIONAL_HEADER = "各位代表:\n现在,我代表国务院作报告。\n一、2029年工作回顾\n"


@pytest.mark.parametrize(("header", "name", "code"), [
    (PROVINCIAL_HEADER, "青海省", "630000"), (NATIONAL_HEADER, "全国", "100000"),
], ids=["province", "national"])
def test_without_a_region_in_the_metadata_the_header_lines_name_the_jurisdiction(header, name, code):
    metadata = Metadata(doc_id="x", source="x", title="政府工作报告")
    year = document_year(metadata, header)
    place = jurisdiction_of(metadata, header, year=year)
    assert (place.name, place.code, place.region_from) == (name, code, "header")
    assert (year, reviewed_year(header)) == (2030, 2029)


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
