"""Numbers that count the document's own content, say which things a sentence is about, or tell how the text
was drafted are no targets (RECORDS.md section 5: counts of the plan's own categories and list, background
statistics): the list a notice passes on or a decision grants (现将…等28项典型做法通报如下, 授予…等37项成果…奖),
the topics a guide answers (并就…等5类18项常见问题), how its provisions combine (两项激励额度可累加), a threshold
on the noun a count qualifies (20张床位及以上的医疗机构) and, in an official's answers to the press, the
consultations that drafted the text (与二十多个省五百余家医院视频连线). Counts bounded themselves (培育20个以上的
示范村), results a report states in like words and a work summary's surveys stay. The sentences are written
for the test; the real ones are read from ../extra where it is checked out."""
import pytest

from extract.extractor import extract_document
from extract.pipeline import document_from_bytes
from extract.rules.status import is_interview
from tests.corpus import extra_path, read_cached
from tests.rules.test_targets import drafts


def _amounts(text: str) -> set[tuple[float, str | None]]:
    return {(float(d.quantity.value), d.unit) for d in drafts(text)}


def _targets(text: str) -> set[tuple[float, str | None]]:
    document = document_from_bytes(text.encode("utf-8"), name="news.txt", suffix=".txt")
    return {(float(t.value), t.unit) for t in extract_document(document, use_model=False).targets}


def _found(folder: str, name: str) -> set[tuple[float, str | None]]:
    targets = extract_document(read_cached(extra_path(folder, name)), use_model=False).targets
    return {(float(t.value), t.unit) for t in targets}


@pytest.mark.parametrize("text, amount", [
    ("现将推行容缺受理等15项便民服务的经验做法通报如下。", (15, "项")),
    ("对某市推行一网通办等42项基层创新做法予以通报表扬。", (42, "项")),
    ("现将优化服务等5项工作举措印发给你们,请认真贯彻执行。", (5, "项")),
    ("授予“某类作物育种研究”等12项成果省科学技术进步奖一等奖。", (12, "项")),
    ("并就设备老化、管网渗漏等4类11项常见问题,提出了处置建议。", (11, "项")),
], ids=["passed-on", "praised", "forwarded", "awarded", "topics-answered"])
def test_the_list_a_document_presents_is_no_target(text, amount):
    assert amount not in _amounts(text)


@pytest.mark.parametrize("text, amount", [
    ("两项奖励额度可叠加。", (2, "项")),
    ("两项激励金额可以累加。", (2, "项")),
    ("两项奖励不得重复享受。", (2, "项")),
], ids=["stack", "may-add-up", "not-twice"])
def test_how_the_documents_provisions_combine_is_no_target(text, amount):
    assert amount not in _amounts(text)


@pytest.mark.parametrize("text, amount", [
    ("全年新建充电桩200个,与已建设施叠加运营。", (200, "个")),
    ("36起成功避险案例获应急管理部表扬。", (36, "起")),
    ("由督查室对64个重大项目建设进展情况进行通报。", (64, "个")),
], ids=["built-then-stacked", "praise-received", "progress-reported"])
def test_a_count_of_work_done_or_to_do_stays_a_target(text, amount):
    assert amount in _amounts(text)


@pytest.mark.parametrize("text, amount", [
    ("30张床位及以上的养老机构要设置医务室。", (30, "张")),
    ("30张床位以下的养老机构可与周边医院签约。", (30, "张")),
    ("10万人口以上的镇要建设污水处理厂。", (100000, "人")),
    ("建设300张床位以上的康养中心5个。", (300, "张")),
], ids=["beds-and-above", "beds-below", "population", "size-class-of-count"])
def test_a_threshold_on_the_noun_a_count_qualifies_is_no_target(text, amount):
    assert amount not in _amounts(text)


@pytest.mark.parametrize("text, amount", [
    ("培育20个以上的示范村。", (20, "个")),
    ("建设300张床位以上的康养中心5个。", (5, "个")),
    ("建成12个县级以上的应急物资储备库。", (12, "个")),
    ("新增养老床位800张以上。", (800, "张")),
], ids=["count-bounded", "count-after-class", "grade", "beds-added"])
def test_a_count_bounded_itself_stays_a_target(text, amount):
    assert amount in _amounts(text)


INTERVIEW = """近日,某部发布了《关于加强农村供水设施管护的通知》。某部有关负责人就《通知》有关问题回答了记者的提问。
问:《通知》的制定过程如何?
答:2022年以来,我们多次召开座谈会;组织专家与十多个省三百余个县视频连线,深入了解实际情况;通过问卷调研八百余家供水单位,广泛听取了意见和建议。
问:《通知》提出了哪些目标?
答:《通知》提出,到2025年农村自来水普及率达到90%。
"""


def test_an_interview_tells_how_its_text_was_drafted_and_its_targets_stay():
    found = _targets(INTERVIEW)
    assert (90, "%") in found
    assert not {(10, "个"), (300, "个"), (800, "家")} & found


def test_a_work_summarys_surveys_are_no_interview_and_stay():
    assert (15, "次") in _targets("某区2023年工作总结\n一、主要工作\n全年深入企业开展调研15次,召开座谈会6次。\n")


def test_a_news_texts_lead_names_the_interview_it_reports():
    assert is_interview(read_cached(extra_path("corpus", "n-011.txt")))


def test_the_drafting_and_the_thresholds_of_the_sewage_notice_are_no_targets():
    assert not _found("corpus", "n-011.txt") & {(20, "个"), (500, "家"), (1000, "家"), (1500, "名"), (20, "张")}


@pytest.mark.parametrize("folder, name, amount", [
    ("corpus", "n-010.txt", (28, "项")),
    ("corpus", "n-012.txt", (18, "项")),
    ("corpus", "n-003.html", (2, "项")),
    ("corpus", "n-008.html", (37, "项")),
    ("corpus", "k-006.html", (130, "项")),
], ids=["practices-passed-on", "guide-topics", "incentives-stack", "awards", "practices-praised"])
def test_the_real_documents_own_lists_are_no_targets(folder, name, amount):
    assert amount not in _found(folder, name)
