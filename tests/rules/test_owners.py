import pytest

from extract.rules.assignments import assigned_owners, tagged_owners
from extract.rules.subjects import subject_owners
from extract.rules.unit_lists import split_units
from extract.rules.unit_names import is_unit
from tests.corpus import doc_path, read_cached


@pytest.mark.parametrize("text, owners", [
    ("区城管局、区住建局、属地街道(市对区考核)", ["区城管局", "区住建局", "属地街道"]),
    ("区水利局等部门", ["区水利局"]),
    ("区环保局、区住建局等区相关部门", ["区环保局", "区住建局"]),
    ("区发展和改革委员会、区住房和城乡建设局", ["区发展和改革委员会", "区住房和城乡建设局"]),
    ("各地区和各部门", ["各地区", "各部门"]),
    ("各市、县(区)人民政府", ["各市、县(区)人民政府"]),
    ("国务院有关部门和单位", ["国务院有关部门和单位"]),
    ("市文旅局、(市体育局)", ["市文旅局", "市体育局"]),
    ("省教育厅、有关设区市、县〔区〕人民政府", ["省教育厅", "有关设区市、县〔区〕人民政府"]),
    ("市、县两级生态环境部门", ["市、县两级生态环境部门"]),
    ("区城管局、镇、各街道", ["区城管局", "镇", "各街道"]),
])
def test_units_are_split_as_written(text, owners):
    assert split_units(text) == owners


def test_tags_tell_lead_from_support():
    owners = tagged_owners("(牵头单位:区水务局;配合单位:各街道、区城管局)")
    assert owners.owners == ("区水务局", "各街道", "区城管局")
    assert owners.lead == ("区水务局",) and owners.support == ("各街道", "区城管局")


def test_guidance_assigns_too():
    assert assigned_owners("推广绿色包装。(市商务局、市邮政管理局指导)").owners == ("市商务局", "市邮政管理局")


def test_parenthesised_assignment():
    owners = assigned_owners("推进设施改造。(区住建局牵头,区财政局、各街道按职责分工负责)")
    assert owners.lead == ("区住建局",)
    assert owners.support == ("区财政局", "各街道")


@pytest.mark.parametrize("sentence, owners", [
    ("区文旅局要在年底前完成评估", ("区文旅局",)),
    ("各街道、相关部门要抓好落实", ("各街道", "相关部门")),
    ("完善考核机制,由区财政统筹安排奖补资金", ("区财政",)),
    ("全区要加快推进", ()),
    ("区民政局、各街道可以通过购买服务等方式设置助餐点", ("区民政局", "各街道")),
    ("助餐点由区民政局进行统一编号", ("区民政局",)),
    ("我局将继续推进", ()),
    ("其余各镇负责本镇体检费用", ("各镇",)),  # the towns not named before: of the class 各镇
    ("其他有关部门要积极配合", ("其他有关部门",)),
    ("依托第三方专业团队组织培训", ()),  # the means, not the actor
    ("市局新闻宣传处要做好对外发布", ("市局新闻宣传处",)),  # jieba reads 宣传处 as a person's name (nr)
    ("区教育局宣传科负责印发手册", ("区教育局宣传科",)),
    ("各地要严肃查处违规行为", ("各地",)),  # 严肃查处 (nr too) is a verb phrase, no office
    ("新闻媒体要大力宣传科学常识", ("新闻媒体",)),
    ("各片区要做好配合落实", ("各片区",)),  # the areas of a Pingtan plan: a class of units
])
def test_organization_subjects(sentence, owners):
    assert subject_owners(sentence).owners == owners


@pytest.mark.parametrize("text, unit", [
    ("区住建局", True), ("各成员单位", True), ("镇", True), ("供电企业", True), ("所有县(市、区)", True),
    ("我区", False), ("领导小组", False), ("垃圾分类设施", False), ("王明", False),
    ("着力深化改革,在优化营商环境上开新局", False), ("要建立生态环境部门", False), ("鼓励地方政府", False),
    ("执法大队", True), ("审计机关", True),
])
def test_what_counts_as_a_unit(text, unit):
    assert is_unit(text) is unit


@pytest.mark.parametrize("text", [
    "并协助区规划局", "成员由区教育局", "其中在方案编制阶段由街道", "认真落实市委", "扎实推进农村",
    "统筹推进城市更新和乡村", "把推进新型城镇化和农村", "牵头单位", "配合单位", "组织机构",
    "行政中心大楼512室", "人民北路88号",
])
def test_clause_fragments_and_label_words_are_no_units(text):
    assert not is_unit(text)


@pytest.mark.parametrize("text", ["住建厅", "住建委", "镇监察室", "市发展改革委", "各区人力资源社会保障部门"])
def test_abbreviated_names_are_still_units(text):
    assert is_unit(text)


def test_a_tag_ends_with_its_line():
    owners = tagged_owners("主(协)办机关:内政部、(法务部)\n承诺事项之描述\n提升受理效率")
    assert owners.owners == ("内政部", "法务部")


def test_a_shared_level_names_two_units():
    assert split_units("市、区城管部门") == ["市城管部门", "区城管部门"]
    assert split_units("市、县两级住建部门") == ["市、县两级住建部门"]


def test_the_local_governments_of_a_national_text_are_a_class_of_units():
    """各地方、各部门必须…: 地方 ends no unit's name, but 各地方 (like 各地, 各有关地方) is the local governments a
    national text charges beside the departments (collective_owners.tsv)."""
    text = read_cached(doc_path("gwrnat-002.txt")).text
    sentence = next(s for s in text.split("。") if s.startswith("各地方、各部门必须"))
    assert subject_owners(sentence).owners == ("各地方", "各部门")
    assert is_unit("各有关地方") and is_unit("有关地方")
