"""Owner tags after a clause and 列第一的为牵头单位，下同, on a notice written for the test."""
from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.assignments import assigned_owners

NOTICE = """某省关于促进夜间消费的若干措施
一、建设特色街区。新建特色商业街区12条。(省商务厅、省住建厅、省文旅厅按职责分工负责,列第一的为牵头单位,下同)培育夜间消费集聚区5个。(省文旅厅、省商务厅按职责分工负责)
二、完善交通保障。新增夜间公交线路20条。(省交通运输厅、省公安厅按职责分工负责)
三、加强市场监管。开展夜市食品抽检3000批次。
(省市场监管局负责)
"""


def _result():
    document = document_from_bytes(NOTICE.encode("utf-8"), name="notice.txt", suffix=".txt")
    return extract_document(document, use_model=False)


def test_the_first_unit_leads_and_下同_carries_it():
    targets = {float(t.value): t for t in _result().targets}
    assert targets[12].lead_owners == ("省商务厅",)
    assert targets[12].support_owners == ("省住建厅", "省文旅厅")
    assert targets[20].lead_owners == ("省交通运输厅",) and targets[20].support_owners == ("省公安厅",)


def test_a_tag_after_a_clause_owns_that_clause():
    targets = {float(t.value): t for t in _result().targets}
    assert targets[12].owners == ("省商务厅", "省住建厅", "省文旅厅")
    assert targets[5].owners == ("省文旅厅", "省商务厅") and targets[5].lead_owners == ("省文旅厅",)


def test_a_tag_on_its_own_line_owns_the_item_above():
    targets = {float(t.value): t for t in _result().targets}
    assert targets[3000].owners == ("省市场监管局",)


def test_units_before_the_role_share_it():
    owners = assigned_owners("(省财政厅、省税务局,各设区市按职责分工负责)")
    assert owners.owners == ("省财政厅", "省税务局", "各设区市")


BARE = """某区盘活存量产业用地的实施意见
1.开展土地收储。条件适宜的地块收储后出让。各街镇负责谈判补偿,区土地储备中心予以配合。(各街镇、区规划资源局、区土地储备中心)
2.加强资金保障。加大收储资金投入,统筹用于产业项目。(区财政局、各街镇等)
3.做好调查核实。调查结果送交镇人民政府(街道办事处)。
"""


def test_a_bare_list_of_units_closing_an_item_owns_it():
    tasks = {t.title: t for t in extract_document(
        document_from_bytes(BARE.encode("utf-8"), name="bare.txt", suffix=".txt"), use_model=False).tasks}
    assert tasks["开展土地收储"].owners == ("各街镇", "区规划资源局", "区土地储备中心")
    assert tasks["加强资金保障"].owners == ("区财政局", "各街镇")


def test_a_bracket_inside_a_sentence_is_no_owner_list():
    assert not assigned_owners("调查结果送交镇人民政府(街道办事处)。")  # an alias, not after a closed sentence
    assert not assigned_owners("获评全国示范市(县)。")
    assert assigned_owners("予以配合。(各街镇、区财政局)").owners == ("各街镇", "区财政局")
