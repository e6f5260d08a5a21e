"""Diff, trend, owners and the roll-up check, on real documents."""
import extract

from .corpus_compare import DISTRICT_PLANS, district_plans, national_reports, shanghai


def diff_row(diff, year_a, year_b, indicator_id):
    rows = diff[(diff["year_a"] == year_a) & (diff["year_b"] == year_b) & (diff["indicator_id"] == indicator_id)]
    assert len(rows) == 1, (year_a, year_b, indicator_id, len(rows))
    return rows.iloc[0]


def test_national_reports_are_one_jurisdiction_and_report_results_of_the_year_they_review():
    documents = national_reports().documents
    dated = documents[documents["year"].isin([2019, 2024])]
    assert set(dated["jurisdiction"]) == {"全国"} and len(dated) == 2
    assert set(dated["results_year"]) == {2018, 2023}


def test_diff_of_two_years_says_what_was_raised_lowered_and_kept():
    diff = national_reports().diff
    jobs = diff_row(diff, 2019, 2024, "urban_jobs")
    assert (jobs["change"], jobs["value_a"], jobs["value_b"]) == ("raised", 11_000_000, 12_000_000)
    energy = diff_row(diff, 2019, 2024, "energy_intensity")
    assert (energy["change"], energy["value_a"], energy["value_b"]) == ("lowered", 3, 2.5)
    unemployment = diff_row(diff, 2019, 2024, "unemployment")
    assert (unemployment["change"], unemployment["value_b"]) == ("unchanged", 5.5)
    assert diff_row(diff, 2019, 2024, "grain_output")["change"] == "added"
    assert diff_row(diff, 2019, 2024, "rural_roads")["change"] == "dropped"
    assert jobs["deadline_moved"] and jobs["deadline_b"] == "2024-12-31"


def test_diff_gives_the_share_of_text_reused():
    diff = national_reports().diff
    reused = diff_row(diff, 2019, 2024, "urban_jobs")["text_reused"]
    assert 0.01 < reused < 0.5


def test_trend_puts_each_years_target_beside_the_results_reported_for_earlier_years():
    trend = national_reports().trend.query("indicator_id == 'urban_jobs'").set_index("year")
    assert trend.loc[2019, "planned_value"] == 11_000_000 and trend.loc[2019, "planned_comparator"] == ">="
    assert trend.loc[2018, "achieved_value"] == 13_610_000
    assert trend.loc[2023, "achieved_value"] == 12_440_000 and trend.loc[2024, "planned_value"] == 12_000_000


def test_owners_are_canonical_and_carry_their_tasks_and_targets():
    owners = district_plans().owners
    bureau = owners[owners["owner"] == "区城市管理和综合执法局"]
    assert "区城管局" in set(bureau["owner_written"])
    assert {"task", "target"} <= set(bureau["kind"])
    assert "公厕" in set(bureau.loc[bureau["kind"] == "target", "item"])
    summary = district_plans().owners_summary.set_index("owner")
    assert summary.loc["区城市管理和综合执法局", "targets"] >= 10


def test_rollup_checks_the_districts_quotas_against_the_citys_target():
    rollup = shanghai().rollup.set_index("indicator_id")
    lines = rollup.loc["overhead_lines"]
    assert (lines["parent"], lines["parent_value"]) == ("上海市", 100)
    assert "上海市静安区 约48公里" in lines["children"] and "上海市黄浦区 19公里" in lines["children"]
    assert (lines["children_count"], lines["children_total"], lines["result"]) == (2, 67, False)


def test_any_two_documents_can_be_diffed_when_named():
    comparison = extract.compare(*DISTRICT_PLANS, pairs=[("000_e9b657020bcafd3e", "001_5d787b8dfedcf78c")],
                                 use_model=False)
    toilets = comparison.diff.query("indicator_id == 'public_toilets'").iloc[0]
    assert (toilets["change"], toilets["value_a"], toilets["value_b"]) == ("raised", 15, 24)
    assert comparison.diff.query("indicator_id == 'street_sweeping'").iloc[0]["change"] == "dropped"
