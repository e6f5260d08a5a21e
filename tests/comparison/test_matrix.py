"""The matrix view on the real 2026 work reports of eighteen provinces and on two districts of one city."""
import pytest

from .corpus_compare import district_plans, work_reports


def cell(matrix, indicator_id, place):
    rows = matrix[(matrix["indicator_id"] == indicator_id) & (matrix["jurisdiction"] == place)]
    assert len(rows) == 1, (indicator_id, place, len(rows))
    return rows.iloc[0]


def test_every_report_is_a_column_with_its_province_code():
    documents = work_reports().documents
    assert documents["jurisdiction"].nunique() == 18
    hainan = documents[documents["jurisdiction"] == "海南省"].iloc[0]
    assert (hainan["jurisdiction_code"], hainan["level"], hainan["year"]) == ("460000", "province", 2026)


def test_two_provinces_growth_and_unemployment_targets_stand_in_the_same_rows():
    matrix = work_reports().matrix
    zhejiang_gdp, sichuan_gdp = cell(matrix, "gdp_growth", "浙江省"), cell(matrix, "gdp_growth", "四川省")
    assert (zhejiang_gdp["value"], zhejiang_gdp["value_max"], zhejiang_gdp["comparator"]) == (5, 5.5, "range")
    assert (sichuan_gdp["value"], sichuan_gdp["comparator"], sichuan_gdp["deadline"]) == (5.5, "~", "2026-12-31")
    assert "地区生产总值增长5.5%左右" in sichuan_gdp["evidence"]
    assert cell(matrix, "unemployment", "浙江省")["value"] == 5
    assert cell(matrix, "unemployment", "四川省")["value"] == 5.5


def test_a_range_split_by_the_extractor_is_one_cell():
    guangdong = cell(work_reports().matrix, "gdp_growth", "广东省")
    assert (guangdong["value"], guangdong["value_max"], guangdong["display"]) == (4.5, 5, "4.5–5%")


@pytest.mark.parametrize("indicator_id", ["gdp_growth", "urban_jobs"])
def test_headline_indicators_fill_one_row_for_every_province(indicator_id):
    row = work_reports().matrix.query("indicator_id == @indicator_id")
    assert row["stated"].sum() == 18


def test_new_jobs_are_compared_in_persons_and_the_planned_year_wins_over_past_results():
    matrix = work_reports().matrix
    assert cell(matrix, "urban_jobs", "四川省")["value"] == 850000
    assert cell(matrix, "urban_jobs", "河南省")["value"] == 1100000
    assert cell(matrix, "urban_jobs", "四川省")["unit"] == "人"


def test_a_province_that_states_no_price_target_is_shown_as_omitting_it():
    guangdong = cell(work_reports().matrix, "cpi", "广东省")
    assert not guangdong["stated"] and guangdong["display"] == ""
    assert cell(work_reports().matrix, "cpi", "浙江省")["value"] == 2


def test_peers_median_is_given_beside_each_value():
    gdp = work_reports().matrix.query("indicator_id == 'gdp_growth' and stated")
    assert set(gdp["peer_median"]) == {5.0}
    assert gdp["peer_count"].iloc[0] == 18


def test_two_districts_toilet_renovations_stand_in_one_row():
    matrix = district_plans().matrix
    assert cell(matrix, "public_toilets", "江苏省常州市金坛区")["value"] == 24
    assert cell(matrix, "public_toilets", "江苏省常州市钟楼区")["value"] in (15, 16)
    assert "公共厕所" in cell(matrix, "public_toilets", "江苏省常州市金坛区")["evidence"]
    assert "公厕" in cell(matrix, "public_toilets", "江苏省常州市钟楼区")["evidence"]


def test_the_wide_matrix_has_indicators_down_and_jurisdictions_across():
    wide = work_reports().matrix_wide
    assert "地区生产总值增长 [gdp_growth]" in wide.index
    assert wide.loc["地区生产总值增长 [gdp_growth]", "黑龙江省"] == "4.5–5%"


def test_a_value_far_from_its_peers_is_flagged_and_one_near_them_is_not():
    matrix = work_reports().matrix
    xinjiang = cell(matrix, "budget_revenue_growth", "新疆维吾尔自治区")
    assert (xinjiang["value"], xinjiang["peer_median"], xinjiang["outlier"]) == (10, 3, True)
    assert not cell(matrix, "gdp_growth", "浙江省")["outlier"]
