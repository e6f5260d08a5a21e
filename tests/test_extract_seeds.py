"""Records the extractor reads from the seed documents, field by field."""
import pytest

from extract.extractor import extract_document
from tests.corpus import SEEDS, doc_path, read_cached

_results = {}


def result(path):
    if path not in _results:
        _results[path] = extract_document(read_cached(path))
    return _results[path]


def targets(path, value, unit):
    return [t for t in result(path).targets if t.value == value and t.unit == unit]


def test_seed_000_road_sweeping_rate():
    (target,) = targets(SEEDS["000"], 93, "%")
    assert (target.indicator, target.comparator, target.status) == ("道路机扫率", ">=", "planned")
    assert target.evidence == "道路机扫率达到93%"
    assert result(SEEDS["000"]).document.text[target.start:target.end] == target.evidence


def test_seed_000_provincial_model_communities_by_2020():
    body = [t for t in targets(SEEDS["000"], 25, "个") if t.method == "rule"]
    assert [(t.indicator, t.action, t.deadline) for t in body] == [("省达标小区", "培育", "2020-12-31")]


def test_seed_000_sixteen_toilets_for_2020_from_the_annexed_table():
    (target,) = targets(SEEDS["000"], 16, "座")
    assert target.deadline == "2020-12-31"
    assert target.owners == ("区城管局", "镇", "各街道")
    assert target.method == "table"


def test_seed_000_street_bins_removed_by_1_september_2020():
    (task,) = [t for t in result(SEEDS["000"]).tasks if t.deadline == "2020-09-01"]
    assert "撤除" in task.title and "垃圾桶" in task.title
    assert task.owners == ("区城管局", "镇", "各街道")
    assert task.path[-1] == "垃圾收运"


def test_seed_000_sewage_targets_per_year_column():
    sewage = sorted((t.deadline, t.value) for t in result(SEEDS["000"]).targets
                    if t.method == "table" and t.unit == "%" and "污水处理" in t.evidence)
    assert sewage == [("2020-12-31", 10), ("2021-12-31", 20), ("2022-12-31", 20)]


def test_seed_000_kiosks_cleared_at_least_41():
    (target,) = targets(SEEDS["000"], 41, "个")
    assert (target.comparator, target.deadline) == (">=", "2020-12-31")


def test_seed_000_relative_target_keeps_its_baseline():
    (target,) = targets(SEEDS["000"], 10, "%")[:1]
    assert (target.change, target.baseline_year, target.comparator) == ("increase", 2018, ">=")


@pytest.mark.parametrize("fragment, value", [
    ("1-84幢", 84), ("109-2幢", 109), ("2号线", 2), ("钟政办发〔2020〕48号", 48), ("三个方面", 3), ("“333”", 333),
], ids=["building-range", "building-number", "metro-line", "doc-number", "own-categories", "quoted-name"])
def test_seed_000_no_target_from_names_and_numbers(fragment, value):
    assert fragment in result(SEEDS["000"]).document.text
    assert [t for t in result(SEEDS["000"]).targets if t.value == value and fragment in t.evidence] == []


def test_seed_001_list_gives_three_targets():
    amounts = sorted(t.value for t in result(SEEDS["001"]).targets if "行政村" in t.evidence)
    assert amounts == [35, 96, 101]


def test_seed_001_three_times_a_day():
    (target,) = targets(SEEDS["001"], 3, "次/日")
    assert target.recurring and target.deadline is None


def test_seed_003_summary_results_are_achieved_without_deadline():
    (target,) = targets(SEEDS["003"], 98.9, "%")
    assert (target.status, target.deadline) == ("achieved", None)


def test_seed_003_plan_for_this_year():
    (target,) = targets(SEEDS["003"], 12, "个")
    assert (target.status, target.deadline) == ("planned", "2021-12-31")


def test_seed_004_money_in_yuan():
    (target,) = targets(SEEDS["004"], 7000000, "元")
    assert (target.comparator, target.status) == ("~", "achieved")


def test_state_council_tasks_carry_lead_and_support_units():
    tasks = [t for t in result(doc_path("hfs-012.txt")).tasks if t.lead_owners]
    assert tasks and all(t.lead_owners[0] in t.owners for t in tasks)
    assert any("国家发展改革委" in t.lead_owners and "各地区" in t.support_owners for t in tasks)


def test_every_evidence_is_the_text_at_its_offsets():
    for path in (*SEEDS.values(), doc_path("shgov-007.txt"), doc_path("jxgov-006.html")):
        r = result(path)
        assert all(r.document.text[t.start:t.end] == t.evidence for t in r.targets)


REPORT = doc_path("gwr2026-001.txt")  # a government work report: last year's review, then this year's plan


def test_work_report_review_reports_results_without_deadline():
    (target,) = [t for t in result(REPORT).targets if t.value == 500 and "京企" in t.evidence]
    assert (target.indicator, target.comparator, target.status, target.deadline) == ("落地京企", ">=", "achieved", None)


def test_work_report_annex_of_the_year_dates_its_items():
    (target,) = [t for t in result(REPORT).targets if t.value == 180000 and t.evidence.startswith("2.")]
    assert (target.unit, target.comparator, target.deadline, target.owners) == ("人", ">=", "2026-12-31", ("人社厅",))


def test_amounts_in_a_project_name_column_are_part_of_the_name():
    projects = result(doc_path("jxgov-006.html"))
    named = [t for t in projects.targets if t.value == 300000 and t.unit == "辆/年"]
    assert [t.evidence for t in named] == ["年产30万辆新能源汽车"]  # the content cell, not 江铃…年产30万辆…整车项目


def test_an_undated_annual_plan_reads_its_year_from_the_title():
    (target,) = [t for t in result(doc_path("shicheng-001.html")).targets if t.evidence == "年内至少3次"]
    assert (target.value, target.unit, target.comparator, target.deadline) == (3, "次", ">=", "2018-12-31")


def test_a_limit_in_the_category_column_dates_the_row_not_its_amounts():
    projects = result(doc_path("jxgov-006.html"))
    (task,) = [t for t in projects.tasks if t.title == "中久激光产业项目"]
    assert task.deadline == "2020-12-31"
    assert {t.deadline for t in projects.targets if t.task_id == task.task_id} == {None}
