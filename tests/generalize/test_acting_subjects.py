"""An amount's clause opening on a named unit before a verb of doing, with no duty word, is owned by that unit
(市财政局共拨付…资金…亿元, 苏州实验室引进人才…人), as is one opening on a collective (各街道建成…); a class of
units a report counts or describes (重点高校招收…, 上市公司达…家) and a unit the amount measures own nothing,
as the gold sets annotate them. Sentences written for the test, and real clauses of g-012, u-001, u-007,
jxgov-007 and h-007 (gold owners 辽宁实验室, 省财政厅, 区文旅集团, 各设区市, 全省各级机关)."""
import pytest

from extract.extractor import extract_document
from extract.rules.acting_subjects import acting_subject
from tests.corpus import doc_path, extra_path, read_cached


@pytest.mark.parametrize(("clause", "owners"), [
    ("市财政局共拨付专项资金2.5亿元", ("市财政局",)),
    ("2023年区城投集团完成投资12亿元", ("区城投集团",)),  # a time before the subject
    ("苏州实验室引进高层次人才120人", ("苏州实验室",)),  # a place opening the name
    ("各街道建成3个示范站点", ("各街道",)),  # a collective of units
    ("全市各街道新增停车泊位500个", ("全市各街道",)),
    ("区水务局已完成河道清淤30公里", ("区水务局",)),  # an adverb before the verb
], ids=["department", "time-first", "institution", "collective", "scoped-collective", "adverb"])
def test_a_named_unit_acting_owns_the_amount(clause, owners):
    assert acting_subject(clause).owners == owners


@pytest.mark.parametrize("clause", [
    "上市公司达到95家",  # the amount counts the units
    "科技型企业超过3000家",
    "市属国有企业由40户整合至9户",
    "苏州实验室达到8家",  # a named unit, but the verb states its own count
    "重点高校招收农村学生2万人",  # a class of units, no name
    "三级医院下沉专家300人次",
    "项目单位已支出8亿元",
    "省级财政贴息60万元",
    "新建全国示范社区12个",  # a verb the segmenter reads as a place
    "市财政局预算执行率达到98%",  # the unit modifies the measured noun
    "市第二中学获评全省5所示范校之一",  # the unit is one of those the amount counts
], ids=["counted", "counted-over", "merged", "named-counted", "class", "class-grade", "class-project", "level-finance",
        "verb-as-place", "modifier", "rated"])
def test_no_actor_without_a_named_unit_doing_it(clause):
    assert acting_subject(clause).owners == ()


def _owners(path, evidence, value):
    targets = extract_document(read_cached(path), use_model=False).targets
    return next(t.owners for t in targets if t.evidence.startswith(evidence) and t.value == value)


def test_g012_the_laboratory_owns_its_results():
    """g-012: a laboratory opening a clause of three results owns every amount of the clause."""
    path = extra_path("corpus", "g-012.txt")
    assert _owners(path, "辽宁实验室集聚", 88) == ("辽宁实验室",)


def test_u001_the_provincial_finance_department_owns_the_transfers():
    assert _owners(extra_path("corpus", "u-001.txt"), "省财政厅共下达", 3088000000) == ("省财政厅",)


def test_jxgov007_the_prefectures_own_the_childcare_centres():
    assert _owners(doc_path("jxgov-007.html"), "各设区市建成", 1) == ("各设区市",)


def test_u007_the_district_tourism_group_owns_the_events_it_hosted():
    assert _owners(extra_path("corpus", "u-007.txt"), "区文旅集团共承办", 35) == ("区文旅集团",)


def test_h007_the_organs_of_every_level_own_the_posts():
    assert _owners(extra_path("corpus", "h-007.html"), "每年全省各级机关", 300) == ("全省各级机关",)


def test_g012_the_merged_enterprises_counted_own_nothing():
    """g-012 counts the provincial enterprises left after a merger: the amount measures them, no owner."""
    assert _owners(extra_path("corpus", "g-012.txt"), "省属国有企业重组整合至", 11) == ()
