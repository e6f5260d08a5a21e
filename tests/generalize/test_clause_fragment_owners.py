"""Clause fragments are never owners: a verb acting on the unit after it (促使…企业, 帮助企业, 吸引…企业,
赋予科研单位, 免收…公司) with its manner words (依法, 积极) opens no name; a verb joining two units (X商Y)
gives two units; the number of an enumerated point (四是…) and a word of working with others (联合…) open
the clause, not the name; and the unit a reply approves to act (同意X与…合建3个站) owns the act and its
amounts, planned. Invented sentences, and the real ones of hfs-002, hfs-006, ai-004, ai-006, k-008, ad-003,
j-005 and u-008 (batches AD, AI, J, K, U: skipped where ../extra is missing)."""
import pytest

from extract.extractor import extract_document
from extract.rules.actors import actor_owners
from extract.rules.approvals import approved_units
from extract.rules.shared_heads import shared_head_subject
from extract.rules.unit_lists import split_units
from extract.rules.unit_names import is_unit
from tests.corpus import doc_path, extra_path, read_cached


@pytest.mark.parametrize("text", [
    "依法促使建材企业", "依法严肃查处物业服务企业", "帮助企业", "吸引国内外知名企业", "赋予科研院所",
    "免收本省上市公司", "带动各党支部", "积极发展社区学校", "给予两个园区", "落实单位", "改由区安监局", "商财政部门",
], ids=["依法促使", "依法严肃查处", "帮助", "吸引", "赋予", "免收", "带动", "积极发展", "给予", "落实", "改由", "商"])
def test_a_verb_acting_on_a_unit_opens_no_name(text):
    assert not is_unit(text)


@pytest.mark.parametrize("text", ["联合采购办公室", "开发企业", "登记管理机关", "区商务局", "区招商局", "商会"],
                         ids=["联合-office", "developers", "registration-body", "商务", "招商", "商会"])
def test_names_that_open_on_a_verb_or_on_商_stay_names(text):
    assert is_unit(text)


@pytest.mark.parametrize(("text", "units"), [
    ("省财政厅、省自然资源厅商市政府", ["省财政厅", "省自然资源厅", "市政府"]),
    ("区民政局会商区财政局", ["区民政局", "区财政局"]),
    ("区发改委会同区财政局", ["区发改委", "区财政局"]),
    ("市商务局", ["市商务局"]),
    ("区招商局", ["区招商局"]),
], ids=["商-joins", "会商-joins", "会同-joins", "商务-no-join", "招商-no-join"])
def test_a_joining_verb_between_two_units_gives_both(text, units):
    assert split_units(text) == units


@pytest.mark.parametrize(("text", "units"), [
    ("三是区财政局、区发展改革委等部门", ["区财政局", "区发展改革委"]),
    ("联合区检察院、区公安局等部门", ["区检察院", "区公安局"]),
    ("牵头各科室", ["各科室"]),
], ids=["enumerated-point", "联合-partners", "牵头-partners"])
def test_what_opens_the_clause_is_no_part_of_the_first_units_name(text, units):
    assert split_units(text) == units


def test_a_shared_head_list_after_an_enumerated_point_names_the_units():
    owners = shared_head_subject("二是区财政局、区商务委等部门制定回收补贴政策")
    assert owners.owners == ("区财政局", "区商务委")


@pytest.mark.parametrize(("sentence", "owners"), [
    ("一、同意省气象局与某国气象台合建4个观测站", ("省气象局",)),
    ("同意市政府按照有关规定提高污水处理费标准", ("市政府",)),
    ("同意市政府制定的大气污染防治目标", ()),
    ("同意你局的意见", ()),
    ("同意以本市名义申办运动会", ()),
    ("经国务院同意,现将有关事项通知如下", ()),
], ids=["unit-and-partner", "unit-and-preposition", "what-a-unit-made", "addressee's-request", "以-名义", "procedure"])
def test_the_unit_a_reply_approves_owns_the_act(sentence, owners):
    assert approved_units(sentence).owners == owners


def test_approved_units_reach_a_clauses_actors():
    assert actor_owners("二、同意区水务局与区交通委合建2座泵站").owners == ("区水务局",)


def _task(path, title):
    (task,) = [t for t in extract_document(read_cached(path), use_model=False).tasks if t.title.startswith(title)]
    return task


def test_a_heading_that_makes_the_unit_responsible_names_no_owner():
    assert _task(doc_path("hfs-002.txt"), "落实单位负责").owners == ()


def test_a_reply_approving_beijings_fee_rise_names_beijing():
    assert _task(doc_path("hfs-006.txt"), "同意北京市按照有关规定").owners == ("北京市",)


def test_a_reply_approving_weather_stations_names_the_bureau_and_plans_the_stations():
    result = extract_document(read_cached(extra_path("corpus", "ai-004.html")), use_model=False)
    (task,) = [t for t in result.tasks if t.title.startswith("同意广东省气象局")]
    assert task.owners == ("广东省气象局",)
    stations = [t for t in result.targets if t.indicator.endswith("自动气象站")]
    assert sorted(t.value for t in stations) == [2, 3] and {t.status for t in stations} == {"planned"}
    assert [t.owners for t in stations if t.value == 3] == [("广东省气象局",)]


def test_a_coal_pilot_names_the_ministry_and_the_province_it_consults_not_the_enterprises_it_moves():
    path = extra_path("corpus", "ai-006.txt")
    assert _task(path, "合理分配和使用矿业权出让收益").owners == ("中央政府", "山西省政府", "财政部", "国土资源部")
    assert _task(path, "完善生态环境评价及监管制度").owners == ("环保行政主管部门",)


def test_an_emergency_plan_names_the_ministry_and_the_ministries_it_consults():
    assert _task(extra_path("corpus", "k-008.txt"), "国际通报和援助").owners == ("环境保护部", "外交部", "商务部")


def test_a_housing_notice_names_the_departments_not_the_agencies_they_punish():
    assert _task(extra_path("corpus", "ad-003.html"), "加大市场监管力度").owners == ("各相关部门",)


def test_a_recycling_plan_names_the_finance_bureau_after_the_points_number():
    assert "区财政局" in _task(extra_path("corpus", "j-005.txt"), "加快推进“两网融合”").owners


def test_a_work_summary_names_the_procuratorate_it_worked_with_once():
    owners = _task(extra_path("corpus", "u-008.txt"), "坚持规划引领,要素保障精准集约").owners
    assert owners == ("区检察院", "区公安局")
