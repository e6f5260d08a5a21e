"""Amounts that are no targets (RECORDS.md section 5), on sentences written for the test: scopes and
thresholds of a rule, budget allocations, counts summing up a list, session numbers, old levels of a change,
measure words inside words of their own (二人转); and on a real document, a battery material named by its
numeral."""
import pytest

from extract.extractor import extract_document
from tests.corpus import doc_path, read_cached
from tests.rules.test_targets import drafts


@pytest.mark.parametrize("text", [
    "本办法所称小型工程,是指总投资在80万元以下的房屋修缮工程。",
    "使用自有资金在20万元至80万元的维修项目由业主单位申报。",
    "创业团队是指本地青年人数比例达40%以上的团队。",
    "面向规模以上(50人以上)企业开展用工指导。",
    "每年安排最高200万元经费支持孵化平台运营。",
    "市财政预算资金500万元用于补助。",
    "全年一般公共预算支出1850亿元。",  # the budget's spending: 预算…元 (RECORDS.md section 5)
    "区人社局、区财政局、区科技局三家单位共同审核。",
    "深入抓好停车治理和背街小巷两个关键小事。",
    "全面落实区委八届五次全会部署。",
    "围绕社区、校园、集市等6个场景开展示范创建。",  # the plan's own categories
])
def test_no_target(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text, value", [
    ("力争东坪、西坪两个贫困村出列。", 2),  # the listed villages, out of poverty, are the target
    ("一般公共预算收入增长6%。", 6),  # revenue reported is no budget allocation
    ("全市一般公共预算收入突破300亿元。", 30_000_000_000),
    ("保持经济年均6%以上的增长。", 6),  # a level to reach, not a scope
    ("村级集体经济收入累计达5万元以上并逐年增长。", 50000),
    ("实现90%以上的行政村通客车。", 90),  # a share to reach: no rate word names a property
    ("到2031年底,新增40处滨水休闲消费场景。", 40),  # scenes a commitment verb makes
    ("打造120个以上智能制造典型应用场景。", 120),
])
def test_still_a_target(text, value):
    assert [float(d.quantity.value) for d in drafts(text)] == [value]


@pytest.mark.parametrize("text, value, comparator", [
    ("新一代通信网络覆盖70%以上的地级市。", 70, ">="),  # 覆盖 takes the share as its object
    ("文明城镇创建覆盖全市85%的乡镇。", 85, "="),
])
def test_a_share_a_covering_verb_takes_is_a_target(text, value, comparator):
    (draft,) = drafts(text)
    assert (float(draft.quantity.value), draft.unit, draft.comparator) == (value, "%", comparator)


def test_a_rate_noun_before_a_share_still_bounds_a_scope():
    assert drafts("对覆盖面广、人数比例达35%以上的团队给予支持。") == []


@pytest.mark.parametrize("text", [
    "今年全市一般公共预算安排教育支出800亿元,比上年增加60亿元,增长8.1%。",
    "拟安排地方政府专项债券3.9万亿元,比去年增加1万亿元。",
])
def test_how_a_budget_allocation_grows_is_part_of_the_allocation(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text, values", [
    ("去年全年完成投资500亿元,比上年增加50亿元,增长11%。", [50_000_000_000, 5_000_000_000, 11]),
    ("全年用于民生的支出达到900亿元,比上年增加80亿元。", [90_000_000_000, 8_000_000_000]),  # spending done
])
def test_how_a_result_grows_is_still_a_target(text, values):
    assert [float(d.quantity.value) for d in drafts(text)] == values


@pytest.mark.parametrize("text", [
    "全市常住人口由上年512万人增加到515万人。",  # the population itself, even moved by a change verb
    "年末户籍人口达到80万人。",
    "今年应届毕业生将高达960万人,就业压力较大。",  # a forecast of circumstances
])
def test_population_figures_and_forecasts_are_background(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text, value", [
    ("新增城镇就业人口12万人。", 120_000),  # people given work: a result
    ("全市常住人口城镇化率提高到70%。", 70),  # a rate of the population, not the population
    ("群众满意率高达98%。", 98),
])
def test_people_and_rates_near_a_population_word_are_still_targets(text, value):
    assert [float(d.quantity.value) for d in drafts(text)] == [value]


@pytest.mark.parametrize("text", [
    "已将东港二百万吨炼油项目列入布局规划。",  # a capacity in a project's name
    "加快推进十万吨饲料加工基地建设。",
    "支持企业建设年产两千吨三元材料项目。",  # 三元 is a kind of material, no amount of 元
])
def test_a_capacity_in_chinese_numerals_inside_a_project_name_is_no_target(text):
    assert [d for d in drafts(text) if d.quantity.chinese] == []


@pytest.mark.parametrize("text", [
    "推动甲化工30万吨磷肥造粒、乙材料装置系统性改造、丙储能15万吨熔盐装置升级等项目建设。",
    "某光伏800万千瓦发电基地、某乳业智能工厂、某碳素特种石墨等产业项目建成投产。",
    "丁电子8英寸晶圆、戊能源9吉瓦时电池扩产、己科技封装技改等项目投产。",
    "推进东港千万吨炼化一体化、西港百万吨芳烃等项目。",
])
def test_a_capacity_opening_a_listed_project_name_is_no_target(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text, values", [
    ("建设20万吨钾肥、30万吨锂盐等项目。", [200_000, 300_000]),  # a verb builds the capacities listed
    ("实现年产3万吨锂盐和1万吨碳酸锂项目投产。", [30_000, 10_000]),
    ("新增甲产能50万吨、乙装置投产等项目。", [500_000]),  # the amount a list item states, after its noun
])
def test_capacities_a_verb_builds_in_a_project_list_are_still_targets(text, values):
    assert [float(d.quantity.value) for d in drafts(text)] == values


@pytest.mark.parametrize("text", [
    "协调机制设召集人1人,设副召集人3人。",
    "各街道明确2名联系人,每周报送进度。",
    "请将工作专班及联络员(指定1名)名单报区办公室。",
    "各成员单位确定1名工作联络人。",
])
def test_the_people_a_body_names_to_convene_or_keep_in_touch_are_no_target(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text, value", [
    ("全年培训基层联络员200人。", 200),  # training them names no one: an output
    ("每个社区配备2名专职网格员。", 2),  # staff serving the public, a standard of service
])
def test_people_trained_or_posted_are_still_targets(text, value):
    assert [float(d.quantity.value) for d in drafts(text)] == [value]


@pytest.mark.parametrize("text, value", [
    ("年内建成两个示范基地。", 2),  # a count of the projects built is a target
    ("新建饲料加工项目3个。", 3),
])
def test_counts_of_projects_are_still_targets(text, value):
    assert [float(d.quantity.value) for d in drafts(text)] == [value]


@pytest.mark.parametrize("text, value", [
    ("中小微企业返还比例从60%最高提至90%。", 90),  # 提 moves the old level, 最高 between
    ("能耗等量减量替代比例由30%调整为10%。", 10),  # 调整为: the new level, whichever way it moves
    ("合作企业已从2家拓展至12家。", 12),
    ("生活保障金标准从725元/月提升880元/月。", 880),  # the new level right after the verb, no 至
    ("居民人均可支配收入由2.57万元增加到3.52万元、年均增长6.5%。", 35200),  # and the rate of the change stays
])
def test_the_old_level_a_verb_moves_is_no_target(text, value):
    assert float(drafts(text)[0].quantity.value) == value
    assert all(float(d.quantity.value) not in (60, 30, 2, 725, 25700) for d in drafts(text))


@pytest.mark.parametrize("text", [
    "二人转《守岛》荣获文华节目奖。",
    "做靓村歌、三人篮球、广场舞展演等群众文体品牌。",
    "改变长期以来形成的城乡二元体制。",
    "参加2024台北秋季旅展等重点展会。",
])
def test_a_measure_word_inside_a_word_of_its_own_is_no_amount(text):
    assert drafts(text) == []


@pytest.mark.parametrize("text, value, unit", [
    ("购置3台设备。", 3, "台"),
    ("新增服务台北侧3台设备。", 3, "台"),  # 台北 holds no amount's measure word here
])
def test_the_measure_word_counting_stays(text, value, unit):
    assert [(float(d.quantity.value), d.unit) for d in drafts(text)] == [(value, unit)]


def test_a_real_project_table_names_its_battery_material():
    rows = extract_document(read_cached(doc_path("jxgov-006.html")), use_model=False).targets
    assert not [t for t in rows if "三元正极" in t.evidence and t.value == 3]
    assert any(t.value == 80000 and "三元正极" in t.evidence for t in rows)  # the capacity stays


@pytest.mark.parametrize("text", [
    "落实国家推动外贸保稳提质13条意见。",
    "贯彻落实国务院安委会安全生产十五条实施意见。",
    "制定实施稳增长惠民生27条、金融支持民营经济发展12条等政策举措。",
    "前期已出台具身智能十六条、人工智能创新小镇高质量发展十条等专项政策。",
])
def test_a_policy_named_by_its_count_of_articles_is_no_target(text):
    assert drafts(text) == []


def test_lines_a_plan_carries_out_are_still_counted():
    assert [(float(d.quantity.value), d.unit) for d in drafts("实施100条客运班线公交化改造。")] == [(100, "条")]
