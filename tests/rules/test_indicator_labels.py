"""Indicators as usable labels and comparators shared by a list, on sentences written for the test and a real notice."""
import pytest

from extract.extractor import extract_document
from tests.corpus import doc_path, extra_path, read_cached
from tests.generalize.test_report_levels import _targets
from tests.rules.test_targets import drafts


@pytest.mark.parametrize("text, indicators", [
    ("城乡居民人均收入分别增长5.1%、6.3%。", ["城乡居民人均收入", "城乡居民人均收入"]),
    ("养老保险、医疗保险参保率均稳定在97%以上。", ["医疗保险参保率"]),
    ("专项资金比例由18%提升至35%。", ["专项资金比例"]),
    ("建设20所示范性职业学校和80个骨干专业。", ["示范性职业学校", "骨干专业"]),
    ("农村贫困发生率为3.2%。", ["农村贫困发生率"]),
    ("最低生活保障标准每月提高60元。", ["最低生活保障标准"]),
    ("中职学校整合为35所。", ["中职学校"]),  # 中 opens the name, it is no time word (6月中)
    ("初中毕业生升学率达到96%。", ["初中毕业生升学率"]),
    ("城镇调查失业率4.8%左右。", ["城镇调查失业率"]),  # a verb inside a registry name (indicators.tsv)
    ("城镇登记失业率为3.9%。", ["城镇登记失业率"]),
    ("实际使用外资35亿美元。", ["实际使用外资"]),
])
def test_labels_keep_no_clause_words_or_other_amounts(text, indicators):
    assert [d.indicator for d in drafts(text)] == indicators


@pytest.mark.parametrize("text, comparators", [
    ("学前教育入园率和普惠率分别达95%和92%。", [">=", ">="]),
    ("蔬菜、水果抽检合格率分别超97.5%和98%。", [">=", ">="]),
    ("耕地、林地面积分别控制在300万亩和200万亩以内。", ["<=", "<="]),
])
def test_a_comparator_before_a_list_governs_every_amount(text, comparators):
    assert [d.comparator for d in drafts(text)] == comparators


@pytest.mark.parametrize("text, indicators", [
    # a phrase after the unit running on into another amount names the counted thing up to it
    ("每年选派不少于20名青年教师到山区学校支教2年以上。", ["青年教师到山区学校支教"]),
    ("9所学院12个专业进入省级名单。", ["学院", "专业进入省级名单"]),
    ("惠及45个村庄近8万名农户。", ["村庄", "农户"]),
    ("30座驿站实行12小时轮班值守。", ["驿站"]),  # the verb before the next amount acts on it
    ("新增12家省级5G工厂。", ["省级5G工厂"]),  # digits of a Latin name are no amount
    # a time or baseline closing the label is the clause's (Chinese numerals too)
    ("全市工业产值比一九六二年增加了百分之二十。", ["工业产值"]),
    ("农业支出的比重从百分之二十一点五降低到百分之十三。", ["农业支出的比重"]),
    ("全市粮食产量等于一九六二年的二点五倍。", ["粮食产量"]),
    ("收入标准(2019年预测2800元)。", ["收入标准"]),
    ("城市绿地率[3]达到45%。", ["城市绿地率"]),  # a footnote mark
    ("空气优良天数比例较“十三五”末提高4个百分点。", ["空气优良天数比例"]),  # a plan period as the baseline
    ("检验收费在现行标准基础上再降15%。", ["检验收费"]),  # the base a change is stated on
    ("村集体收入在上一年的基础上增长8%以上。", ["村集体收入"]),
    ("全市光伏装机占比达到35%。", ["光伏装机占比"]),  # 占比 is the measure's word, its 比 no preposition
    # an amount inside a bracket is labelled by the bracket's words; a list item's number is no part of it
    ("3.公共服务明显改善(示范村卫生室覆盖率达100%)。", ["示范村卫生室覆盖率"]),
    ("2.每个示范村要有2-3个特色产业(特色产业带动农户70%以上)。", ["特色产业", "特色产业"]),
    ("建成乡村振兴服务站(点、室)1200个。", ["乡村振兴服务站(点、室)"]),  # a list inside a bracket is one name
])
def test_labels_hold_no_time_baseline_or_later_amount(text, indicators):
    assert [d.indicator for d in drafts(text)] == indicators


def test_a_range_an_amount_is_counted_in_is_no_part_of_its_label():
    report = """2030年某省人民政府工作报告
一、过去一年工作回顾
一年来,在新建的120个项目中,已有80个开工。
"""
    assert {(float(v), t.indicator) for (_, v), t in _targets(report).items()} >= {(120, "项目")}


def test_a_real_cut_in_fees_is_labelled_without_its_base():
    targets = extract_document(read_cached(doc_path("jxgov-005.html")), use_model=False).targets
    cut = [t for t in targets if t.value == 30 and t.unit == "%"]
    assert [t.indicator for t in cut] == ["医疗器械注册收费"]  # not …在原收费标准基础上


@pytest.mark.parametrize("text, indicators", [
    # a filler or time preposition that opens a word is the word's (在建, 共建, 再生), a time word goes whole
    ("全省在建保障房项目达到420个。", ["在建保障房项目"]),
    ("新增共建示范园区12个。", ["共建示范园区"]),
    ("全市可再生能源发电量达到300亿千瓦时。", ["可再生能源发电量"]),
    ("确保今年底85%以上的农户用上清洁能源。", ["农户用上清洁能源"]),
    # a modal verb closing the label is the clause's
    ("核查人员应当不少于3人。", ["核查人员"]),
    ("道路路面宽度不得小于6米。", ["道路路面宽度"]),
    ("特色技能实训每人最高可补贴1500元。", ["特色技能实训"]),
    # an amount closing a bracketed aside counts nothing of what follows the bracket
    ("按时发放节日慰问金(每人 800 元)并做好登记。", ["节日慰问金"]),
])
def test_labels_keep_whole_words_and_drop_modals_and_asides(text, indicators):
    assert [d.indicator for d in drafts(text)] == indicators


def test_real_labels_keep_a_word_a_filler_opens():
    targets = extract_document(read_cached(doc_path("gwr2026-009.txt")), use_model=False).targets
    assert {t.indicator for t in targets if t.unit == "千瓦" and t.value == 20000000} == {"再生能源装机"}


@pytest.mark.parametrize("text, indicators", [
    # an amount inside a basis phrase (按…的50%, 按照…的标准) is the rate or sum of what the words after the
    # phrase name, when those before it say who pays (a unit, 由…, 部门对…)
    ("由县财政按当地最低工资标准的40%核拨培训补贴。", ["培训补贴"]),
    ("镇财政按照高中每生每学年3000元、职高每生每学年3500元的标准进行助学补贴。", ["高中助学补贴标准", "职高助学补贴标准"]),
    ("在实习期间按照每月800元发放交通补贴。", ["实习期间交通补贴"]),  # the time it is paid in qualifies it
    ("按照每位老人每月600元的标准定额发放。", ["定额发放标准"]),
    ("人社部门对符合条件的贷款按基准利率的60%给予财政贴息。", ["财政贴息"]),
    ("按每人5000元标准向培训机构支付技能补助。", ["技能补助标准"]),  # whom it is paid to is no part of it
    # the noun phrase before the basis phrase, when there is one
    ("护理补贴按每人每月200元发放。", ["护理补贴"]),
    # a verb between the basis and the amount: the amount is the verb's, not the basis phrase's
    ("平均工资按可比价格计算增长了8%。", ["平均工资按可比价格计算"]),
    ("每千人口按照不少于6个托位规划。", ["每千人口托位规划"]),  # a count is no rate a basis sets
])
def test_a_basis_phrase_and_its_payer_are_no_part_of_the_label(text, indicators):
    assert [d.indicator for d in drafts(text)] == indicators


@pytest.mark.parametrize("text, indicators", [
    # a plan word or the clause's verb opening a label is the clause's
    ("力争软件业务收入增长12%。", ["软件业务收入"]),
    ("力争家电、纺织、建材产业规模分别达900亿元、700亿元、500亿元。",
     ["家电产业规模", "纺织产业规模", "建材产业规模"]),  # the first item of a 分别 list
    ("累计完成水利投资420亿元。", ["水利投资"]),
    ("共涉及改造项目12个。", ["改造项目"]),
    ("实现旅游总收入增长9%。", ["旅游总收入"]),
    ("全市投资完成率达到98%。", ["投资完成率"]),  # one word: it keeps its 完成
    # a verb naming the sum after it belongs to the label with its subject, who alone only says who spends
    ("省财政投入36亿元。", ["省财政投入"]),
    ("省财政科技投入52亿元。", ["省财政科技投入"]),
    ("各级政府拟投入800亿元。", ["各级政府投入"]),
])
def test_a_clause_word_opening_a_label_and_the_spender_alone_are_no_label(text, indicators):
    assert [d.indicator for d in drafts(text)] == indicators


def test_real_subsidies_set_by_a_basis_phrase_are_labelled_by_what_is_paid():
    targets = extract_document(read_cached(extra_path("corpus", "g-006.html")), use_model=False).targets
    assert {t.indicator for t in targets if t.value == 50 and t.unit == "%"} >= {"经费补贴"}


def test_real_plan_words_open_no_label():
    targets = extract_document(read_cached(doc_path("gwr2026-001.txt")), use_model=False).targets
    assert {t.indicator for t in targets if t.value == 25 and t.unit == "%"} == {"技术合同交易额"}


@pytest.mark.parametrize("text, indicators", [
    # a clause word at a label's end that closes a word of the label stays (签约, 节约); 平均 is the change's
    ("展会促成85项技术合作项目签约。", ["技术合作项目签约"]),
    ("每年可为企业节约120万元。", ["企业节约"]),
    ("仓储成本平均下降12%。", ["仓储成本"]),
    # 均 and 达 both the clause's: jieba's 均达 is no word of the label
    ("特困人员集中供养率、新建居住区养老设施配建率均达100%。", ["居住区养老设施配建率"]),
    ("工业用水重复利用率达90%。", ["工业用水重复利用率"]),
])
def test_a_clause_word_goes_only_where_it_cuts_no_word(text, indicators):
    assert [d.indicator for d in drafts(text)] == indicators


@pytest.mark.parametrize("text, indicators", [
    ("新增3家千亿级、15家百亿级物流企业。", ["千亿级物流企业", "百亿级物流企业"]),
    ("打造2个万亿级和6个千亿级产业集群。", ["万亿级产业集群", "千亿级产业集群"]),
    ("建成百亿级园区4个、十亿级园区9个。", ["百亿级园区", "十亿级园区"]),  # each grade names its own noun
])
def test_a_grade_of_scale_alone_borrows_the_noun_of_the_next_item(text, indicators):
    assert [d.indicator for d in drafts(text)] == indicators


def test_real_averages_and_graded_lists_are_labelled_whole():
    averages = extract_document(read_cached(extra_path("corpus", "af-010.md")), use_model=False).targets
    assert "产品不良率" in {t.indicator for t in averages}
    assert not [t.indicator for t in averages if t.indicator.endswith("平")]
    graded = extract_document(read_cached(extra_path("corpus", "k-002.txt")), use_model=False).targets
    assert "千亿级工业企业" in {t.indicator for t in graded}
    signed = extract_document(read_cached(doc_path("gwr2026-003.txt")), use_model=False).targets
    assert "供需对接和投融资项目签约" in {t.indicator for t in signed}
