"""Pages whose paragraphs a crawler joined into one line, with a space between them or with nothing (a
section heading run into its first numbered item): the cleaner cuts the line back, so the outline and
the 责任单位 tags are read as in the page. Notices written for the test, and a crawled notice of
development batch P (skipped without ../extra)."""
import re
from functools import cache

from extract.extractor import extract_document
from extract.read import document_from_bytes, read_source
from extract.load.sources import Source
from tests.corpus import extra_path

ITEMS = [f"{n}.{work}。(责任单位:{owner})" for n, (work, owner) in enumerate([
    ("建立全县信用信息归集共享机制,统一数据目录和交换标准", "县发展改革局、县数据局"),
    ("完善行政许可和行政处罚信息公示制度,按时公开办理结果", "县市场监管局"),
    ("推进重点行业从业人员信用档案建设,建立从业人员守信激励机制", "县人社局、县住建局"),
    ("开展诚信宣传教育进社区、进校园、进企业活动,营造良好社会氛围", "县委宣传部"),
    ("建立失信被执行人联合惩戒工作机制,定期通报失信被执行人名单", "县法院、县发展改革局"),
    ("加强政务诚信建设,将政务履约和守诺服务纳入绩效考核", "县政府办"),
    ("推进企业信用分级分类监管,对高风险企业提高抽查比例和频次", "县市场监管局"),
    ("建立行业协会商会信用承诺制度,引导会员企业依法诚信经营", "县民政局"),
    ("完善个人信用记录,推动信用报告在招聘、评优等领域的应用", "县人社局"),
    ("健全信用修复机制,指导失信主体依法依规完成信用修复", "县发展改革局"),
], 1)]
CRAWLED = " ".join([
    "某某县人民政府办公室关于印发某某县社会信用体系建设任务分工方案的通知", "各乡镇人民政府,县直各单位:",
    "《某某县社会信用体系建设任务分工方案》已经县政府同意,现印发给你们,请认真组织实施。",
    "某某县人民政府办公室", "2024年3月1日", "某某县社会信用体系建设任务分工方案",
    "为加快推进全县社会信用体系建设,进一步明确工作分工,制定本方案。",
    "一、加强信用制度建设", "(一)完善信用信息归集制度。", *ITEMS[:3],
    "(二)健全守信激励和失信惩戒机制。", *ITEMS[3:],
    "二、推进重点领域信用建设", "(三)加强重点领域信用记录。", *[item.replace("。(", "工作。(") for item in ITEMS],
    "三、保障措施", "各责任单位要于2024年12月底前完成各项任务,并将落实情况报县发展改革局。",
])


@cache
def _crawled():
    document = document_from_bytes(CRAWLED.encode("utf-8"), name="notice.txt", suffix=".txt")
    return document, extract_document(document, use_model=False)


def test_the_paragraphs_of_a_crawled_line_are_lines_again():
    document, _ = _crawled()
    lines = document.text.split("\n")
    assert "一、加强信用制度建设" in lines and "(二)健全守信激励和失信惩戒机制。" in lines
    assert "2024年3月1日" in lines


def test_each_item_of_a_crawled_line_is_a_task_with_its_tagged_owners():
    _, result = _crawled()
    owners = {t.title[:8]: set(t.owners) for t in result.tasks}
    assert owners["建立全县信用信息"] == {"县发展改革局", "县数据局"}
    assert owners["建立失信被执行人"] == {"县法院", "县发展改革局"}


def test_a_paragraph_with_a_few_spaces_or_spaced_numbers_stays_one_line():
    spaced = "本市计划新建轻轨路线全长约 9.5 公里,途经 11 站,预计 2027 年通车。" * 30
    document = document_from_bytes(spaced.encode("utf-8"), name="report.txt", suffix=".txt")
    assert "\n" not in document.text.strip()
    few = "一、总体要求 " + "加快推进全县社会信用体系建设,进一步明确工作分工。" * 60
    document = document_from_bytes(few.encode("utf-8"), name="plan.txt", suffix=".txt")
    assert "一、总体要求" not in document.text.split("\n")


@cache
def _pingtan_credit_plan():
    path = extra_path("corpus", "p-001.txt")
    return extract_document(read_source(Source(str(path), path)), use_model=False)


def test_the_crawled_credit_plan_gives_every_numbered_item_its_tagged_units():
    tasks = {t.title[:10]: t for t in _pingtan_credit_plan().tasks}
    assert set(tasks["建立信用信息分类管理"].owners) == {"区经济发展局", "人民银行平潭支行"}
    numbered = [t for t in _pingtan_credit_plan().tasks if re.match(r"\d{1,2}\.", t.text)]
    assert len(numbered) == 34 and all(t.owners for t in numbered)


GLUED = "某某区“平安上学路”交通整治工作方案\n" + "".join([
    "四、工作目标通过集中整治,学校周边道路交通秩序明显好转,学生上下学交通安全得到有效保障,"
    "家长和学生的交通安全意识普遍提高,学校周边交通违法行为明显减少,群众满意度不断提升。",
    "五、工作内容1.区交通运输局负责打击面包车、摩托车等非校车的非法营运行为;",
    "2.区教育局负责督促学校完善周边标志、标线等交通安全设施,指导学校做好学生交通安全教育;",
    "3.区公安分局负责针对无牌、无证、超员、超载、超速等违法行为开展重点整治;",
    "4.各街道负责组织相关部门开展辖区内学校周边道路的交通安全整治工作,并每周报送整治情况,"
    "对发现的问题及时督促整改到位。",
    "六、工作要求1.各单位要加强宣传,创新宣传方式,营造整治氛围。",
    "2.各街道要于2024年6月30日前报送工作总结。"])


def test_a_heading_run_into_its_first_numbered_item_lets_the_items_be_cut_apart():
    document = document_from_bytes(GLUED.encode("utf-8"), name="plan.txt", suffix=".txt")
    lines = document.text.split("\n")
    assert "五、工作内容" in lines and "六、工作要求" in lines
    assert "3.区公安分局负责针对无牌、无证、超员、超载、超速等违法行为开展重点整治;" in lines
    owners = {t.title[:6]: set(t.owners) for t in extract_document(document, use_model=False).tasks}
    assert owners["区公安分局负"] == {"区公安分局"} and owners["各街道负责组"] == {"各街道"}


NESTED = "某某区国企改革行动方案\n三、主要任务\n" + "".join([
    "(一)国企治理效率提高1.法人治理结构得到改进(1)加快制度化建设。区属国企要在2024年6月底前修订完善公司章程,",
    "明确董事会、经理层的权责边界,建立健全议事规则。(2)加强董事会建设。集团企业要推动外部董事占多数,",
    "完善董事会向经理层授权的管理制度。2.监督体系更加健全(1)强化审计监督。区属国企要建立内部审计机构,",
    "每年至少开展1次内部审计。(2)推进信息公开。各级子企业要按规定公开财务信息和重大事项。",
    "3.经营效益稳步提升(1)盘活存量资产。区属国企要全面清理闲置土地、房产,年内盘活资产不少于5亿元。",
    "(2)拓宽融资渠道。集团企业要创新融资方式,降低融资成本,优化债务结构,防范化解债务风险,"
    "确保资产负债率控制在合理水平。"])


def test_bracketed_sub_items_run_into_their_heading_are_cut_apart():
    document = document_from_bytes(NESTED.encode("utf-8"), name="plan.txt", suffix=".txt")
    lines = document.text.split("\n")
    assert "(一)国企治理效率提高" in lines and "1.法人治理结构得到改进" in lines
    assert any(line.startswith("(2)加强董事会建设。") for line in lines)
    assert any(line.startswith("(1)强化审计监督。") for line in lines)
    tasks = {t.title: t for t in extract_document(document, use_model=False).tasks}
    assert tasks["加快制度化建设"].deadline == "2024-06-30"


RUN_ONTO_UNITS = "某省支持青年创业若干措施\n" + "".join([
    "为进一步支持青年创业,提出如下措施。",
    "一、加强创业培训。每年组织青年创业培训,依托高校和职业院校开设创业课程,遴选一批创业导师,"
    "开展创业模拟实训和项目路演,提升青年创业能力。责任单位:省人社厅、教育厅",
    "二、落实创业补贴。对首次创业的青年给予一次性创业补贴,对吸纳就业的创业实体给予岗位补贴,"
    "补贴标准按有关规定执行,简化申领程序,推行网上办理。"
    "责任单位:省财政厅、人社厅、某市税务局",
    "三、拓宽融资渠道。鼓励金融机构开发青年创业信贷产品,支持发展农村二、三产业。"
    "责任单位:省金融监管局、人行某中心支行",
    "四、优化创业服务。建设青年创业服务平台,及时发布政策信息和项目信息,为创业青年提供政策咨询、"
    "开业指导和跟踪服务。责任单位:团省委、省教育厅"])


def test_a_section_heading_run_onto_the_units_of_the_item_before_is_cut_off():
    document = document_from_bytes(RUN_ONTO_UNITS.encode("utf-8"), name="measures.txt", suffix=".txt")
    lines = document.text.split("\n")
    assert any(line.startswith("二、落实创业补贴。") for line in lines)
    assert any(line.startswith("三、拓宽融资渠道。") for line in lines)
    assert any("农村二、三产业" in line for line in lines)  # a 二、 after no unit, in no run: kept whole
    owners = {t.title: set(t.owners) for t in extract_document(document, use_model=False).tasks}
    assert owners["落实创业补贴"] == {"省财政厅", "人社厅", "某市税务局"}
    assert owners["拓宽融资渠道"] == {"省金融监管局", "人行某中心支行"}
    assert owners["优化创业服务"] == {"团省委", "省教育厅"}


@cache
def _pingtan_student_measures():
    path = extra_path("corpus", "r-002.txt")
    return extract_document(read_source(Source(str(path), path)), use_model=False)


def test_the_crawled_measures_keep_each_item_its_own_units():
    tasks = {t.title: set(t.owners) for t in _pingtan_student_measures().tasks}
    assert tasks["加大大学生创新创业普惠金融支持力度"] >= {"省财政厅", "金融监管局", "厦门银保监局"}
    assert "厦门证监局" in tasks["落实大学生创新创业财税扶持政策"]
    assert not any(u.endswith(("局七", "局十")) for units in tasks.values() for u in units)
    assert "加强大学生创新创业宣传引导" in tasks


SPACED = ("某某镇2024年工作总结 2024年以来,全镇上下紧紧围绕年初确定的目标任务,攻坚克难、真抓实干,各项工作取得新成效。"
          "现将有关情况总结如下: 一、工作开展情况(一)党建引领持续加强。开展专题学习12次,组织党员干部集中培训3期,"
          "基层党组织的战斗力和凝聚力进一步增强,党员干部干事创业的精气神更加饱满。 (二)经济发展稳中有进。"
          "全年新开工项目8个,竣工项目5个,完成固定资产投资3.2亿元,项目建设保持良好势头,发展后劲不断增强。"
          " (三)民生保障更加有力。新增城镇就业岗位260个,发放各类救助资金86万元,群众获得感和幸福感持续提升。"
          "持续推进老旧小区改造,完善社区养老服务设施,新建社区食堂2个,困难群众基本生活得到有效保障。")


def test_a_heading_after_a_sentence_end_and_a_space_is_cut_onto_its_own_line():
    lines = document_from_bytes(SPACED.encode("utf-8"), name="summary.txt", suffix=".txt").text.split("\n")
    assert "一、工作开展情况" in lines
    assert [line[:3] for line in lines if line.startswith("(")] == ["(一)", "(二)", "(三)"]


CHAIN = "某某镇2023年法治建设工作报告\n" + "".join([
    "现将2023年法治建设工作情况报告如下。一、工作开展情况" + "\u3000",
    "(一)深入学习贯彻习近平法治思想,扎实推进法治政府建设1.深入学习宣传法治思想。镇党委把学习法治思想作为重要政治任务,",
    "组织党员干部开展专题学习12次,推动全镇干部增强法治意识,提升依法行政能力,做到学法用法守法。",
    "2.全面落实法治建设推进机制。镇领导班子坚持统筹兼顾,多次召开党委会议研究法治建设工作,及时研究部署重大问题,",
    "确保各项法治建设任务落到实处。3.大力组织开展学法活动。落实领导干部学法制度,组织集中学法4次,",
    "举办法治讲座、宪法宣传周等活动,营造尊法学法守法用法的良好氛围。",
    "(二)完善政府机构职能体系,稳步提升依法履职能力1.深化“放管服”改革。全年进驻便民服务中心办理事项共计40项,",
    "接待群众5000人次,现场办件3000件。2.加大法律顾问参与力度。外聘法律顾问全年参与办理各类行政复议案件20件。"])


def test_a_chain_of_headings_run_into_each_other_is_cut_down_to_the_first_item():
    document = document_from_bytes(CHAIN.encode("utf-8"), name="report.txt", suffix=".txt")
    lines = document.text.split("\n")
    assert "(一)深入学习贯彻习近平法治思想,扎实推进法治政府建设" in lines
    assert any(line.startswith("1.深入学习宣传法治思想。") for line in lines)
    assert any(line.startswith("3.大力组织开展学法活动。") for line in lines)


FLAT_TABLE = "某某县2023年政务公开工作任务分解表\n" + "".join([
    "附件 2023年全县政务公开工作任务分解表工作任务工作要求牵头单位配合单位一、加强涉及市场主体的信息公开",
    "1.增强政策制定实施的透明度,提振市场主体信心,持续打造市场化法治化营商环境。县发展改革局县直各有关单位",
    "2.加大受疫情影响行业帮扶政策的公开力度,促进稳就业和消费恢复。县商务局县直各有关单位",
    "二、加强涉及减税降费的信息公开3.系统集成、智能推送已出台各项减税降费政策,帮助纳税人第一时间了解政策。",
    "县税务局县直各有关单位4.加强政策解读和政策培训工作,重点对基层执行机关开展培训。县财政局县直各有关单位",
    "三、持续做好重大建设项目信息公开5.依法依规做好扩大有效投资相关规划、政策文件及重大建设项目信息公开,",
    "积极引导市场预期。县发展改革局县直各有关单位"])


def test_a_table_s_first_heading_glued_onto_its_header_row_is_cut_off():
    document = document_from_bytes(FLAT_TABLE.encode("utf-8"), name="table.txt", suffix=".txt")
    lines = document.text.split("\n")
    assert any(line.endswith("工作任务工作要求牵头单位配合单位") for line in lines)
    assert "一、加强涉及市场主体的信息公开" in lines
    assert any(line.startswith("1.增强政策制定实施的透明度") for line in lines)
    assert any(line.startswith("2.加大受疫情影响行业帮扶政策") for line in lines)
