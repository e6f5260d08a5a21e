"""A goals block that opens with a time lead-in (二、工作目标⏎到2025年,…。⏎——…⏎(一)…) dates the goals listed
after it, in later paragraphs, bullets or sub-items that name no time of their own (RECORDS.md 5: the most specific
explicit time limit that governs them; the lead-in acts as the heading of its items). Its reach ends at the next
heading of the same or a higher level, at a new lead-in (which takes over) and at a paragraph naming a time of its
own; a lead-in naming a period (到“十五五”末) dates as its last year does. The plans are written for the test; real
plans of the shared corpus and of development batches A, H, O and AF (skipped without ../extra)."""
from functools import cache

from extract.extractor import extract_document
from extract.read import document_from_bytes
from tests.corpus import doc_path, extra_path, read_cached

PLAN = "\n".join([
    "某市数字产业发展三年行动方案",
    "一、总体要求",
    "(一)指导思想。坚持创新驱动,推动数字产业高质量发展。",
    "(二)主要目标。力争到2027年,全市数字产业加快发展,主要目标如下:",
    "——产业规模达到500亿元。",
    "——培育龙头企业10家。",
    "二、工作目标",
    "到“十五五”末,全市城市更新取得明显成效。",
    "(一)居住品质",
    "改造老旧小区120个。",
    "(二)公共空间",
    "新建口袋公园30个。",
    "三、重点任务",
    "(一)加强设施建设。新建充电桩200个。",
    "四、分步目标",
    "到2025年,全市基本建成便民服务网络。",
    "——建成社区服务中心15个。",
    "其中2024年底前完成6个。",
    "——建成便民驿站40个。",
    "到2030年,全面建成便民服务体系。",
    "——建成智慧服务平台3个。",
    "五、年度安排",
    "2026年,完成道路改造10公里。2027年,完成道路改造12公里。",
    "——建设停车位800个。",
    "六、发展目标。到2028年,全市软件业务收入达到900亿元。新增上市企业5家。",
])


@cache
def _deadlines() -> dict[tuple[float, str], str | None]:
    document = document_from_bytes(PLAN.encode("utf-8"), name="plan.txt", suffix=".txt")
    return {(float(t.value), t.unit): t.deadline for t in extract_document(document, use_model=False).targets}


def test_a_lead_in_run_on_from_its_heading_dates_the_bullets_below_it():
    deadlines = _deadlines()
    assert deadlines[(50000000000.0, "元")] == "2027-12-31" and deadlines[(10.0, "家")] == "2027-12-31"


def test_a_period_lead_in_dates_the_sub_items_of_its_section_and_stops_at_the_next_heading():
    deadlines = _deadlines()
    assert deadlines[(120.0, "个")] == "2030-12-31" and deadlines[(30.0, "个")] == "2030-12-31"
    assert deadlines[(200.0, "个")] is None


def test_a_paragraph_naming_its_own_time_ends_the_block_and_a_new_lead_in_opens_another():
    deadlines = _deadlines()
    assert deadlines[(15.0, "个")] == "2025-12-31"
    assert deadlines[(6.0, "个")] == "2024-12-31"
    assert deadlines[(40.0, "个")] is None
    assert deadlines[(3.0, "个")] == "2030-12-31"


def test_a_paragraph_of_dated_stages_is_no_lead_in():
    deadlines = _deadlines()
    assert deadlines[(10.0, "公里")] == "2026-12-31" and deadlines[(12.0, "公里")] == "2027-12-31"
    assert deadlines[(800.0, "个")] is None


def test_the_later_sentences_of_a_lead_in_run_on_from_its_heading_stay_undated():
    """The tuned gold of govcn-010 leaves them undated (below): only later paragraphs are the block's."""
    deadlines = _deadlines()
    assert deadlines[(90000000000.0, "元")] == "2028-12-31"
    assert deadlines[(5.0, "家")] is None


def _real(path) -> dict[str, str | None]:
    return {t.evidence: t.deadline for t in extract_document(read_cached(path), use_model=False).targets}


def test_the_goal_sub_items_under_an_ai_plans_lead_in_take_its_year():
    found = _real(extra_path("corpus", "af-001.html"))
    dated = [evidence for evidence, deadline in found.items() if deadline == "2025-12-31"]
    assert any("3000亿元" in e for e in dated) and any("独角兽企业" in e for e in dated)


def test_the_dashed_goals_under_a_space_industry_plans_lead_in_take_its_year():
    found = _real(extra_path("corpus", "af-009.md"))
    dated = [evidence for evidence, deadline in found.items() if deadline == "2025-12-31"]
    assert any("2000亿元" in e for e in dated) and any("典型应用场景" in e for e in dated)
    assert any("特色园区" in e for e in dated)


def test_the_numbered_goals_under_a_heritage_plans_lead_in_take_its_year():
    found = _real(extra_path("corpus", "o-003.txt"))
    assert [d for e, d in found.items() if "险情排除率" in e] == ["2020-12-31"]


def test_a_lead_in_does_not_reach_the_indicators_of_the_next_section():
    found = _real(extra_path("corpus", "h-001.txt"))
    assert [d for e, d in found.items() if e.startswith("1、新建绿地")] == [None]


def test_a_national_plans_run_on_lead_in_leaves_its_later_sentences_undated():
    found = _real(doc_path("govcn-010.html"))
    assert [d for e, d in found.items() if "体育精品赛事" in e] == [None]
