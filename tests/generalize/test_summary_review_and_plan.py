"""A bureau's work summary with next year's plan (…2024年工作总结及2025年工作思路):

- a quotation mark “ never closed (获评区“五星级单位,…获评区“示范点”) holds no sentence: the sentences after it are
  cut at their marks, so the results of the review stay results and no time word of a later sentence dates them;
  a closing mark typed as an opening one (把“四化“要求…) still closes its quotation;
- a clause describing a year by its place in a plan period (2025年是“十四五”规划的收官之年,也是开启“十五五”…的准备
  之年) names no time limit: run into the plan part's heading, the heading's year (2025年工作思路) dates its items,
  not the period (RECORDS.md section 5);
- in the review part, a noun phrase ending on a figure (禽蛋产量1738.5吨, 自查自纠113人) reports a result, and the
  fines imposed and sums recovered (处罚金额14万元, 处罚款507.91万元) are results too, as the readable gold of the
  Pingtan summaries (u-006, u-008) and of the work reports (gwr2026-008) records them.

The summaries below are written for the test; real ones of development batches U and AI (skipped without ../extra)."""
from datetime import date
from functools import cache

from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.deadlines import find_times
from extract.rules.sentences import sentences
from tests.corpus import extra_path, read_cached

SUMMARY = "\n".join([
    "标题: 某区民政局2024年工作总结及2025年工作打算",
    "发布时间: 2025-03-01",
    "==================== 正文 ====================",
    "一、工作成效",
    "12个社区获评市“文明社区,4个社区获评市“示范社区”,2所养老院确定为省级“示范养老机构。推荐先进个人6名。"
    "开展专项整治，约谈8人，处罚金额9万元，守护群众安全。全年粮油储备量3200吨。全年共立案5件。",
    "二、2025年工作打算2025年是“十四五”规划的收官之年，也是谋划“十五五”发展的关键之年。"
    "（一）提升服务一是新建长者食堂3个。二是改造养老床位150张。",
])


@cache
def _targets() -> dict[tuple[float, str], tuple[str, str | None]]:
    document = document_from_bytes(SUMMARY.encode("utf-8"), name="summary.txt", suffix=".txt")
    return {(float(t.value), t.unit): (t.status, t.deadline) for t in extract_document(document, use_model=False).targets}


def test_an_unclosed_quotation_mark_cuts_no_sentence_short_of_its_marks():
    text = "获评区“先进单位,8个获评区“示范点”,2个确定为省级“示范学校。推荐5名,区“联合体”成员。另一句。"
    assert [s.text(text) for s in sentences(text)] == [
        "获评区“先进单位,8个获评区“示范点”,2个确定为省级“示范学校。", "推荐5名,区“联合体”成员。", "另一句。"]


def test_a_closing_mark_typed_as_an_opening_one_still_closes_its_quotation():
    text = "把“四化“要求作为条件。二是比率达到70%。推进“一街一景”建设。"
    assert [s.text(text) for s in sentences(text)] == ["把“四化“要求作为条件。", "二是比率达到70%。", "推进“一街一景”建设。"]


def test_a_quoted_speech_keeps_its_sentences_together():
    text = "他说:“我们完成了。明年再干。”对。"
    assert [s.text(text) for s in sentences(text)] == ["他说:“我们完成了。明年再干。”对。"]


def test_a_period_describing_a_year_sets_no_time_limit():
    found = find_times("2025年是“十四五”规划的收官之年,也是开启“十五五”新篇章的准备之年。", reference=date(2025, 3, 1))
    assert [(m.text, m.role) for m in found][1:] == [("“十四五”", "epithet"), ("“十五五”", "epithet")]
    assert [m.role for m in find_times("“十五五”时期,建成10个。", reference=date(2025, 3, 1))] == ["limit"]
    assert [m.role for m in find_times("今年是“十五五”开局之年,完成…", reference=date(2026, 3, 1))] == ["limit", "epithet"]


def test_the_reviews_results_stay_results_after_an_unclosed_quotation():
    targets = _targets()
    assert targets[(12.0, "个")] == ("achieved", None) and targets[(2.0, "所")] == ("achieved", None)
    assert targets[(6.0, "名")] == ("achieved", None)


def test_the_plan_parts_items_take_the_year_of_its_heading_not_the_period_describing_it():
    targets = _targets()
    assert targets[(3.0, "个")] == ("planned", "2025-12-31") and targets[(150.0, "张")] == ("planned", "2025-12-31")


def test_fines_imposed_and_bare_figures_of_the_review_are_results():
    targets = _targets()
    assert targets[(90000.0, "元")] == ("achieved", None)
    assert targets[(3200.0, "吨")] == ("achieved", None)


def _real(name: str) -> dict[str, tuple[str, str | None]]:
    found = extract_document(read_cached(extra_path("corpus", name)), use_model=False).targets
    return {t.evidence: (t.status, t.deadline) for t in found}


def test_a_social_affairs_bureaus_plan_items_take_its_headings_year():
    found = _real("ai-002.txt")
    assert found["计划完成新增学位数2150个"] == ("planned", "2025-12-31")
    assert found["实现城镇新增就业不少于2300人"] == ("planned", "2025-12-31")


def test_a_social_affairs_bureaus_review_results_after_an_unclosed_quotation_stay_results():
    found = _real("ai-002.txt")
    assert [v for e, v in found.items() if e.startswith("15个基层党组织")] == [("achieved", None)]
    assert found["全年共立案4人次"] == ("achieved", None) and found["党政纪处分9人次"] == ("achieved", None)
    assert found["处罚金额14万元"] == ("achieved", None)


def test_a_natural_resources_bureaus_fines_and_study_sessions_are_results():
    found = _real("u-008.txt")
    assert [v for e, v in found.items() if e.endswith("处罚款507.91万元")] == [("achieved", None)]
    assert found["入库备案村庄规划145个"] == ("achieved", None)


def test_an_agriculture_bureaus_output_figures_are_results():
    found = _real("u-005.txt")
    assert found["禽蛋产量1738.5吨"] == ("achieved", None) and found["水产品总产量47.23万吨"] == ("achieved", None)
