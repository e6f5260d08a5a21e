"""Owners of national and provincial notices, class by class: role words of a tag after an item
(按职责分工牵头); names of working groups, provinces, power plants and media; clause fragments that
end on such a name, open on a clause number (2.1.3) or end on a particle (本办法所称); units before a
comma and a duty word; the agent of 由 before any verb; 等 before a conjunction; headings naming a
team. The sentences are written for the tests."""
from extract.extractor import extract_document
from extract.read import document_from_bytes
from extract.rules.actors import actor_owners
from extract.rules.agents import agents_before_any_verb
from extract.rules.assignments import assigned_owners
from extract.rules.opening_subjects import opening_subject
from extract.rules.subjects import modified_units, subject_owners, subject_unit
from extract.rules.unit_lists import split_units
from extract.rules.unit_names import is_unit, names_units


def _tasks(text: str) -> dict:
    document = document_from_bytes(text.encode("utf-8"), name="notice.txt", suffix=".txt")
    return {t.title: t for t in extract_document(document, use_model=False).tasks}


def test_lead_by_division_of_duties_makes_the_units_before_it_leads():
    owners = assigned_owners("(省农业厅、省林业局按职责分工牵头,省水利厅、省气象局等省直有关部门配合)")
    assert owners.lead == ("省农业厅", "省林业局")
    assert owners.support == ("省水利厅", "省气象局")
    assert assigned_owners("(省审计厅按职责牵头)").lead == ("省审计厅",)


def test_an_item_tagged_with_leads_by_division_of_duties_is_theirs():
    tasks = _tasks("某省关于支持花卉产业的若干措施\n一、扩大种植\n"
                   "1.扩大花卉种植面积。引导农户调整种植结构,提高良种覆盖水平。"
                   "(省农业厅、省林业局按职责分工牵头,省科技厅配合)\n"
                   "2.办好花卉展会。各地要结合实际组织展销活动。(省商务厅按职责分工牵头)\n")
    assert tasks["扩大花卉种植面积"].owners == ("省农业厅", "省林业局", "省科技厅")
    assert tasks["办好花卉展会"].owners == ("省商务厅",)


def test_working_groups_provinces_plants_and_media_are_units():
    for name in ("评审专家组", "联合督导组", "各省份", "相关省份", "燃煤电厂", "新闻媒体", "高等院校"):
        assert is_unit(name), name
    assert actor_owners("各省份完成本地标准修订").owners == ("各省份",)
    tasks = _tasks("某部关于节水标准的通知\n一、修订标准\n(一)修订地方标准。2030年底前,各省份完成本地标准修订。\n")
    assert tasks["修订地方标准"].owners == ("各省份",)
    assert actor_owners("新闻媒体要开设节水专栏").owners == ("新闻媒体",)


def test_a_clause_that_ends_on_such_a_name_is_no_unit():
    for clause in ("充分发挥各类媒体", "利用网络媒体", "优先改造燃煤电厂", "本会组成调查小组"):
        assert not is_unit(clause) or not actor_owners(clause + "作用").owners, clause
    owners = actor_owners("省教育厅会同有关部门组建评审小组和专家委员会,研究制定标准")
    assert owners.owners == ("省教育厅", "有关部门")


def test_a_clause_number_is_no_part_of_the_subject():
    assert split_units("3.1.2 省级林业部门") == ["省级林业部门"]
    assert subject_owners("2.4.1 县级人民政府应当建立巡查制度").owners == ("县级人民政府",)
    assert is_unit("12345热线办公室")


def test_a_unit_whose_ending_belongs_to_another_word_is_no_unit():
    assert not is_unit("本细则所") and not is_unit("是促进就业所")
    assert not is_unit("严格查处")
    assert subject_owners("本细则所称农家书屋,是指村级公益书屋").owners == ()
    assert is_unit("镇财政所") and is_unit("街道司法所") and is_unit("区档案管理所") and is_unit("县扶贫办")


def test_a_unit_inside_an_open_bracket_is_no_partner():
    owners = actor_owners("省林业局会同省直有关部门(单位),对受灾林地进行核查")
    assert owners.owners == ("省林业局", "省直有关部门")


def test_a_reporting_verb_between_two_units_makes_a_clause():
    assert not subject_unit("县防汛指挥部提请省防汛指挥部")


def test_units_before_a_comma_and_a_duty_word_own_the_sentence():
    assert opening_subject("各区政府、各委办局", "必须按期上报整改情况").owners == ("各区政府", "各委办局")
    assert opening_subject("施工单位开展土方作业时", "应当设置围挡").owners == ("施工单位",)
    assert opening_subject("施工单位开展土方作业时", "设置围挡").owners == ()
    assert opening_subject("监理单位申报年度计划", "应当附送清单").owners == ("监理单位",)  # 申报 read as a noun
    assert opening_subject("推进各委办局", "必须按期上报").owners == ()
    tasks = _tasks("某市关于扬尘治理的通知\n一、治理措施\n(一)设置围挡。施工单位开展土方作业时,应当设置硬质围挡。\n"
                   "(二)报送情况。各区政府、各委办局,必须按月报送扬尘治理情况。\n")
    assert tasks["设置围挡"].owners == ("施工单位",)
    assert tasks["报送情况"].owners == ("各区政府", "各委办局")


def test_the_agent_of_由_acts_whatever_verb_follows():
    assert agents_before_any_verb("由县卫生健康部门办成示范点").owners == ("县卫生健康部门",)
    assert actor_owners("具体细则由联合评审办公室另行拟定").owners == ("联合评审办公室",)
    assert actor_owners("由于经费不足,进度放缓").owners == ()
    assert actor_owners("由镇评审办另行制定").owners == ("镇评审办",)
    assert actor_owners("不足部分由承担任务的县人民政府补助").owners == ()
    tasks = _tasks("某省关于托育服务的通知\n一、规范使用\n(一)规范场地使用。新建场地移交后,应由县卫生健康部门办成普惠托育机构。\n")
    assert tasks["规范场地使用"].owners == ("县卫生健康部门",)


def test_等_before_a_conjunction_closes_a_list_and_the_conjunction_adds_a_unit():
    assert split_units("水利部、自然资源部等和各相关市政府") == ["水利部", "自然资源部", "各相关市政府"]
    assert split_units("全国妇联、团中央、全国工商联等及各市政府政府") == ["全国妇联", "团中央", "全国工商联", "各市政府政府"]
    assert split_units("高等和中等职业学校") == ["高等和中等职业学校"]
    owners = assigned_owners("(水利部、共青团中央等和各市人民政府负责)")
    assert owners.owners == ("水利部", "共青团中央", "各市人民政府")


def test_a_heading_naming_a_team_owns_its_item():
    assert names_units("专家组") and names_units("联合评审小组")
    assert not names_units("加强组织机构")
    tasks = _tasks("某部关于评审工作的通知\n一、组织形式\n(一)设立评审机构。评审办公室下设两个组。\n"
                   "1.监督组。负责受理评审中的投诉。\n2.联合评审小组。负责组织评审的具体实施。\n")
    assert tasks["监督组"].owners == ("监督组",)
    assert tasks["联合评审小组"].owners == ("联合评审小组",)


def test_a_time_before_the_subject_and_a_prohibition_leave_the_subject():
    assert actor_owners("每年3月底前各市政府完成年度评估").owners == ("各市政府",)
    assert actor_owners("6月底前省统计局完成数据核查").owners == ("省统计局",)
    assert subject_owners("各有关部门和各学校不得以任何理由收取费用").owners == ("各有关部门", "各学校")
    tasks = _tasks("某省关于评估工作的通知\n一、评估安排\n(一)年度评估。2027年起,每年3月底前各市政府完成年度评估。\n")
    assert tasks["年度评估"].owners == ("各市政府",)


def test_a_province_or_city_charged_with_a_duty_owns_it():
    assert is_unit("河北省") and is_unit("石家庄市") and not is_unit("河北")
    assert subject_owners("河北省要抓紧制定配套办法").owners == ("河北省",)
    assert actor_owners("所需资金由石家庄市自行筹集").owners == ("石家庄市",)


def test_an_ending_alone_and_a_clause_opened_by_a_verb_are_no_units():
    assert actor_owners("要及时报送整治工作联合办公室").owners == ()
    assert not is_unit("指导各地卫生健康部门") and not is_unit("按规定落实政府")
    assert actor_owners("省卫生健康委负责统筹,指导各地卫生健康部门开展培训").owners == ("省卫生健康委",)


def test_the_head_of_a_modified_subject_owns_the_duty():
    assert subject_owners("承接项目的施工企业应当建立台账").owners == ("施工企业",)
    assert opening_subject("未完成整改的社区(村)", "要立即上报").owners == ("社区",)  # the note is dropped, as ever
    assert subject_owners("有条件的地区要先行先试").owners == ()
    assert subject_owners("符合条件的地区和单位要按时申报").owners == ()
    assert modified_units("开展试点的县人民政府") == ["县人民政府"]


def test_units_before_a_verb_jieba_reads_as_a_noun_and_a_verb_act():
    assert actor_owners("省发展改革委、省能源局研究制定配套细则").owners == ("省发展改革委", "省能源局")
    assert actor_owners("三级医院考核应采用统一指标").owners == ()


def test_units_whose_officials_make_up_a_group_own_nothing():
    assert actor_owners("成员由水利部、民政部等部门负责同志组成").owners == ()
    assert actor_owners("组长由省政府分管负责同志担任").owners == ()
    assert actor_owners("日常工作由省水利厅负责").owners == ("省水利厅",)
