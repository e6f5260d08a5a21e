"""A review written for the test: a programme named …计划 and funds won (争取…资金) report results;
计划 opening its clause after a time word still plans, inside a review too."""
from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.status import states_a_plan

REPORT = """2047年某省政府工作报告
——2047年1月15日在某省第十六届人民代表大会第五次会议上
一、2046年工作回顾
深入实施学前教育资助计划,新增受益幼儿3.2万人。
新入选青年英才计划人选58人,争取中央专项资金46亿元。
全年计划新建的120所学校共需投资35亿元。
"""


def _statuses():
    document = document_from_bytes(REPORT.encode("utf-8"), name="report.txt", suffix=".txt")
    return {float(t.value): t.status for t in extract_document(document, use_model=False).targets}


def test_a_programme_name_and_funds_won_are_results_in_a_review():
    statuses = _statuses()
    assert (statuses[32000], statuses[58], statuses[4600000000]) == ("achieved", "achieved", "achieved")


def test_a_plan_opened_after_a_time_word_still_plans_in_a_review():
    assert _statuses()[3500000000] == "planned"


def test_plan_words_inside_names_plan_nothing():
    assert not states_a_plan("新入选国家培养计划青年拔尖人才52名")
    assert states_a_plan("今年计划完成改造") and states_a_plan("力争完成")


def test_a_year_inside_a_quoted_name_is_no_limit():
    from datetime import date

    from extract.rules.deadlines import find_times
    named = find_times("5部作品入选“好书榜”2047年推荐书目", reference=date(2047, 1, 15))
    dated = find_times("全面完成改造,2047年建成投用", reference=date(2047, 1, 15))
    assert [t.role for t in named] == ["mention"] and [t.role for t in dated] == ["limit"]
