"""State Council notices whose measures are tagged with departments or listed in an annex: each numbered
measure owned by its tag (the first unit leads where the notice says the first-listed unit leads, 下同), each
row of an annexed list of measures (改革举措 | 主要内容 | 指导部门 | 推广范围) a task owned by its guiding
departments, as an HTML table or flattened one cell per line; the counts of the notice's own measures
(共5项, 监管方面3项), counts pointing back (上述两个) and numbers inside a measure's name are no
targets. The notices are written for the test."""
from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.assignments import assigned_owners, tagged_owners
from tests.corpus import doc_path, read_cached

TAGGED = """国务院关于促进某类园区提质增效的若干意见
各省、自治区、直辖市人民政府,国务院各部委、各直属机构:
现就促进园区提质增效提出如下意见。
一、统筹两类资源
(一)统筹两个市场,做强加工环节。
1.拓展两个市场。支持园区企业承接境内外订单,扩大加工规模。(商务部、海关总署、财政部负责,排在第一位的为牵头部门,下同)
2.简化备案手续。推行园区企业备案网上办理。(海关总署负责)
3.优化通关安排。合理安排查验时段,方便企业进出。(海关总署牵头负责)
4.强化人才支撑。引进园区急需的专业人才。(人力资源社会保障部、科技部等有关部门负责)
二、有关要求
各地区各有关部门要加强协调配合,抓好落实。
"""

ANNEX_ROWS = (
    ("1", "园区登记一网通办", "打通各类登记系统,园区企业设立全程网上办理,压缩办理时间。", "市场监管总局、国务院办公厅", "全国"),
    ("2", "跨部门联合抽查", "制定统一抽查计划,一次检查多项内容,减少重复检查。", "市场监管总局、司法部", "全国"),
    ("3", "知识产权质押风险补偿", "设立补偿资金池,与银行分担质押贷款损失。庭审时重点审查上述两个清单中的事项。",
     "国家知识产权局、中国银保监会", "8个改革试验区域"),
    ("4", "科技型企业信用画像", "建立评价模型,为企业融资增信。", "中国人民银行", "全国"),
)
# the second group's rows are left out of the published list: its row stands right before the third's
GROUPS = {"1": "一、服务便利方面(共2项)", "3": "二、人才支持方面(共3项)\n三、金融服务方面(共2项)"}

NOTICE_HEAD = """国务院办公厅关于推广第三批园区改革举措的通知
国办发〔2019〕12号
各省、自治区、直辖市人民政府,国务院各部委、各直属机构:
甲市、乙市、丙市、丁市在园区管理、金融服务等方面先行先试,形成了一批经验。现决定推广。
一、推广的改革举措(共4项)
(一)服务便利方面2项:园区登记一网通办;跨部门联合抽查。
(二)金融服务方面2项:知识产权质押风险补偿;科技型企业信用画像。
二、抓好组织实施
各省(区、市)人民政府要将推广工作纳入本地区年度重点任务。国家发展改革委要定期跟踪推广工作落实情况。
附件:第三批园区改革举措推广清单
国务院办公厅
2019年5月8日
附件
第三批园区改革举措推广清单
"""
HEADER = ("序号", "改革举措", "主要内容", "指导部门", "推广范围")


def _html_notice() -> str:
    def row(cells):
        return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
    body = [row(HEADER)]
    for cells in ANNEX_ROWS:
        if cells[0] in GROUPS:
            body += [f'<tr><td colspan="5">{group}</td></tr>' for group in GROUPS[cells[0]].splitlines()]
        body.append(row(cells))
    paragraphs = "".join(f"<p>{line}</p>" for line in NOTICE_HEAD.splitlines())
    return f"<html><body>{paragraphs}<table>{''.join(body)}</table></body></html>"


def _flat_notice() -> str:
    lines = list(HEADER)
    for cells in ANNEX_ROWS:
        if cells[0] in GROUPS:
            lines.append(GROUPS[cells[0]])
        lines += cells
    return NOTICE_HEAD + "\n".join(lines) + "\n"


def _extract(text: str, suffix: str):
    document = document_from_bytes(text.encode("utf-8"), name=f"notice{suffix}", suffix=suffix)
    return extract_document(document, use_model=False)


def test_tags_after_each_measure_own_it_and_the_first_unit_leads_from_the_phrase_on():
    tasks = {t.title: t for t in _extract(TAGGED, ".txt").tasks}
    first = tasks["拓展两个市场"]
    assert (first.owners, first.lead_owners, first.support_owners) == (
        ("商务部", "海关总署", "财政部"), ("商务部",), ("海关总署", "财政部"))
    assert tasks["简化备案手续"].lead_owners == ("海关总署",)  # 下同: the first unit of every later tag leads
    assert tasks["强化人才支撑"].owners == ("人力资源社会保障部", "科技部")  # 等有关部门 dropped


def test_牵头负责_names_the_lead_and_负责落实_an_owner():
    owners = assigned_owners("(海关总署牵头负责)")
    assert (owners.owners, owners.lead) == (("海关总署",), ("海关总署",))
    ranked = assigned_owners("(商务部负责牵头,海关总署配合落实)")
    assert (ranked.lead, ranked.support) == (("商务部",), ("海关总署",))
    assert assigned_owners("(某部指导,试点城市政府负责落实)").owners == ("某部", "试点城市政府")


def test_labels_name_the_lead_and_the_partners_up_to_the_next_label_or_bracket():
    owners = tagged_owners("推行网上备案。牵头部门:商务部;参与部门:海关总署、财政部。")
    assert (owners.owners, owners.lead, owners.support) == (("商务部", "海关总署", "财政部"), ("商务部",),
                                                            ("海关总署", "财政部"))
    assert tagged_owners("清理收费项目。【负责部门:交通运输部、国家发展改革委】").owners == ("交通运输部", "国家发展改革委")
    spaced = tagged_owners("(牵头单位:银保监会 参与单位:财政部)")
    assert (spaced.lead, spaced.support) == (("银保监会",), ("财政部",))
    assert tagged_owners("(责任单位:商务部 完成时限:2020年底)").owners == ("商务部",)  # another label follows
    assert tagged_owners("(责任单位:商务部,2020年底前完成)").owners == ("商务部",)  # what the tag goes on to say
    assert tagged_owners("责任单位:商务部 海关总署").owners == ("商务部", "海关总署")  # units set apart by a space


def test_numbers_in_the_names_of_measures_are_no_targets():
    assert _extract(TAGGED, ".txt").targets == ()  # 两个市场, 两类资源: names, not amounts


def _check_annex(result):
    rows = {t.title: t for t in result.tasks if t.method == "table"}
    assert set(rows) == {cells[1] for cells in ANNEX_ROWS}  # the measure cell names the row, not its content
    assert rows["园区登记一网通办"].owners == ("市场监管总局", "国务院办公厅")
    assert rows["知识产权质押风险补偿"].owners == ("国家知识产权局", "中国银保监会")
    assert rows["科技型企业信用画像"].owners == ("中国人民银行",)
    assert result.targets == ()  # 共4项, 方面2项, 上述两个清单, 8个改革试验区域: no amounts


def test_an_annexed_list_of_measures_gives_each_row_its_guiding_departments():
    result = _extract(_html_notice(), ".html")
    _check_annex(result)
    (listed,) = [t for t in result.tasks if t.title == "服务便利方面2项"]
    assert listed.owners == ()  # 跨部门联合抽查 names a measure, no unit


def test_the_list_flattened_one_cell_per_line_gives_the_same_rows():
    _check_annex(_extract(_flat_notice(), ".txt"))


def test_a_state_council_notice_ranks_its_tagged_ministries_from_the_phrase_on():
    tasks = extract_document(read_cached(doc_path("govcn-007.html")), use_model=False).tasks
    (guarantees,) = [t for t in tasks if "融资担保机构" in t.title]
    assert (guarantees.lead_owners, guarantees.support_owners) == (("财政部",), ("工业和信息化部", "人民银行", "银保监会"))


def test_a_table_of_measures_with_lead_and_partner_columns():
    table = """<html><body><p>某部关于落实园区支持政策的通知</p><p>附件 政策措施分工表</p><table>
<tr><td>序号</td><td>政策措施</td><td>牵头部门</td><td>参与部门</td></tr>
<tr><td>1</td><td>园区企业进口设备免税</td><td>财政部</td><td>海关总署、税务总局</td></tr>
<tr><td>2</td><td>园区用地指标单列</td><td>自然资源部</td><td>国家发展改革委</td></tr>
</table></body></html>"""
    rows = {t.title: t for t in _extract(table, ".html").tasks if t.method == "table"}
    land = rows["园区用地指标单列"]
    assert (land.owners, land.lead_owners, land.support_owners) == (
        ("自然资源部", "国家发展改革委"), ("自然资源部",), ("国家发展改革委",))


STANDING = """国务院办公厅关于开展某类城市试点的工作方案
一、主要任务
(一)健全管理机制。明确各环节的部门职责,形成协同管理格局。(某部指导,试点区县政府负责落实。以下均需试点区县政府落实,不再列出)
(二)推动源头减量。完善综合利用标准,到2020年,综合利用率达到80%以上。(市场监管总局、工业和信息化部负责)
(三)加强宣传引导。开展主题宣传活动。(中央宣传部负责)
"""


def test_a_unit_every_later_assignment_leaves_out_is_an_owner_of_each():
    result = _extract(STANDING, ".txt")
    tasks = {t.title: t for t in result.tasks}
    assert tasks["推动源头减量"].owners == ("市场监管总局", "工业和信息化部", "试点区县政府")
    assert tasks["加强宣传引导"].owners == ("中央宣传部", "试点区县政府")
    (share,) = result.targets
    assert share.owners == ("市场监管总局", "工业和信息化部", "试点区县政府")


def test_a_plan_whose_pilot_cities_carry_out_every_measure():
    targets = {t.indicator: t for t in extract_document(read_cached(doc_path("govcn-001.html")), use_model=False).targets}
    assert targets["秸秆综合利用率"].owners == ("国家发展改革委", "农业农村部", "试点城市政府")
    assert targets["畜禽粪污综合利用率"].owners == ("农业农村部", "试点城市政府")
