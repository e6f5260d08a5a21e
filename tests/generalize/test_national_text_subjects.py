"""Owners of national and ministry texts read from the subjects of their sentences: an adverb between the
subject and its duty word (各地也要…, 中西部地区既要…, 市、县…部门重点要…) charges the subject; a heading run
into its first sentence with no mark between, as texts kept in one spreadsheet cell write it ((二)完善资金
机制地方政府要…), leaves the subject after the heading's words; the issuer inside a cited title
(《某市人民政府办公厅关于…的通知》同时废止) is no unit. Invented sentences, and the real documents where
these readings apply."""
from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.glued_subjects import glued_subject
from extract.rules.subjects import subject_owners
from extract.rules.unit_names import is_unit
from tests.corpus import doc_path, extra_path, pool_path, read_cached

NOTICE = """某省人民政府关于做好农民增收工作的意见
(一)加强组织领导省直各部门按照职责分工,建立协调机制,加强对市县工作的指导。
(二)完善资金机制各市县政府要整合现有资金渠道,提高使用效率。
(三)加强执法检查有关县级人民政府和行业主管部门要加强日常监管。
(四)拓宽就业渠道。省人力资源社会保障厅要做好就业服务。西部地区既要组织劳务输出,又要拓宽就地就业门路。
(五)完善统计制度。我厅将委托第三方开展核查,各市也要建立核查机制。
(六)督促企业落实责任
督促重点企业按照要求配备专职人员。
(七)附则
本意见自印发之日起施行。《某省人民政府办公厅关于印发某某办法的通知》同时废止。
"""


def _tasks() -> dict[str, tuple[str, ...]]:
    document = document_from_bytes(NOTICE.encode("utf-8"), name="notice.txt", suffix=".txt")
    return {t.title[:6]: t.owners for t in extract_document(document, use_model=False).tasks}


def test_an_adverb_before_the_duty_word_charges_the_subject():
    assert subject_owners("各市也要建立核查机制").owners == ("各市",)
    assert subject_owners("西部地区既要组织劳务输出").owners == ("西部地区",)
    assert subject_owners("省交通运输厅、省水利厅还应加强协调").owners == ("省交通运输厅", "省水利厅")
    assert subject_owners("工作重点要放在基层").owners == ()  # 重点 of a noun, no unit before it
    tasks = _tasks()
    assert tasks["拓宽就业渠道"] == ("省人力资源社会保障厅", "西部地区")
    assert tasks["完善统计制度"] == ("各市",)


def test_the_subject_after_a_glued_heading_owns_the_item():
    assert glued_subject("完善资金机制地方政府要整合现有资金渠道").owners == ("地方政府",)
    assert glued_subject("加强执法检查有关各级人民政府和行业主管部门要加强监管").owners == ("有关各级人民政府", "行业主管部门")
    tasks = _tasks()
    assert tasks["加强组织领导"] == ("省直各部门",)
    assert tasks["完善资金机制"] == ("各市县政府",)
    assert tasks["加强执法检查"] == ("有关县级人民政府", "行业主管部门")


def test_no_subject_past_a_verb_a_charge_or_a_sentence():
    """督促|…单位按照: the object of a verb; 建议…: units a charge names already; a sentence opening on no verb."""
    assert glued_subject("督促高层建筑使用管理单位按照要求配备专业电工").empty()
    assert glued_subject("建议市府相关单位应就本区域防洪计划进行检讨").empty()
    assert glued_subject("当期接收见习人员人数超过本单位在职职工总人数的30%").empty()
    assert glued_subject("健全生态保护补偿机制积极协调相关部门进一步加大转移支付力度").empty()
    assert _tasks()["督促企业落实"] == ()


def test_the_issuer_of_a_cited_title_is_no_unit():
    assert not is_unit("《某省人民政府办公厅")
    assert not is_unit("原《某镇人民政府")
    assert is_unit("某省人民政府办公厅")
    assert _tasks()["附则"] == ()


def test_glued_headings_of_a_spreadsheet_cell_plan():
    """A ministry plan kept as one cell: its measures' headings run into their first sentences."""
    document = read_cached(extra_path("corpus", "ab-012.txt"))
    tasks = {t.title[:6]: t.owners for t in extract_document(document, use_model=False).tasks}
    assert tasks["加强组织领导"][0] == "国务院各部门"
    assert tasks["完善资金机制"][0] == "地方政府"
    assert tasks["加强执法检查"] == ("有关各级人民政府", "行业主管部门")


def test_adverbs_before_duty_words_in_national_texts():
    tasks = {t.title: t.owners for t in extract_document(read_cached(doc_path("hfs-002.txt")), use_model=False).tasks}
    assert "各地区" in tasks["规划实施与考核"]  # 各地区也要做好本地区环境保护规划的编制
    document = read_cached(extra_path("corpus", "ab-006.txt"))
    tasks = {t.title: t.owners for t in extract_document(document, use_model=False).tasks}
    assert tasks["改革完善就业统计制度"] == ("各高校", "各地")  # 各地也要建立就业状况核查机制


def test_cited_titles_repealed_own_nothing():
    for path in (pool_path("pool-015.html"), pool_path("pool-014.txt")):
        tasks = extract_document(read_cached(path), use_model=False).tasks
        assert not any("《" in owner for task in tasks for owner in task.owners)
