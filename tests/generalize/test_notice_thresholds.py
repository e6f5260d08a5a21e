"""Eligibility and scope thresholds are no targets (blind-c/README.md: 2万平方米以上, 100万元及以下): the
size bounding which things a provision covers (10万千瓦以下的机组, 30户以上的村民组, 500亩规模以上基地, a
bracket after the noun it defines), and the case a clause opens (供应企业为2家的,…). The size of what
is built and the amounts to reach stay targets. The sentences are written for the test."""
import pytest

from extract.extractor import extract_document
from tests.corpus import doc_path, read_cached
from tests.rules.test_targets import drafts


def _amounts(text: str):
    return {(float(d.quantity.value), d.unit) for d in drafts(text)}


@pytest.mark.parametrize("text, amount", [
    ("对单机容量20万千瓦以下的燃煤机组实施淘汰。", (200000, "千瓦")),
    ("逐步关停5万千瓦及以下燃煤机组。", (50000, "千瓦")),
    ("引导年吞吐量80万吨以上的港区建设铁路专用线。", (800000, "吨")),
    ("50户以上自然村开通客运班车。", (50, "户")),
    ("新建300亩规模以上茶叶基地12个。", (300, "亩")),
    ("严禁销售厚度低于0.02毫米的农用薄膜。", (0.02, "毫米")),
    ("新建体育场馆(单体建筑面积1万平方米以上)、医院应当执行绿色建筑标准。", (10000, "平方米")),
    ("申报企业为2家的,采取竞争性谈判方式。", (2, "家")),
    ("参与投标的单位在3家及以上的,采取公开招标。", (3, "家")),
    ("单次调用储备物资在2万公斤以下的,由指挥部办公室批准。", (20000, "公斤")),
])
def test_a_threshold_of_what_a_provision_covers_is_no_target(text, amount):
    assert amount not in _amounts(text)


@pytest.mark.parametrize("text, amount", [
    ("建成以茶叶为主的2000亩的生态产业园。", (2000, "亩")),
    ("新建高标准农田20万亩以上。", (200000, "亩")),
    ("粮食总产量稳定在80万吨以上。", (800000, "吨")),
    ("培育10家以上的龙头企业。", (10, "家")),
    ("交谈时保持1米以上的距离。", (1, "米")),
    ("新增光伏装机30万千瓦以上。", (300000, "千瓦")),
])
def test_the_size_of_what_is_built_and_a_level_to_reach_stay_targets(text, amount):
    assert amount in _amounts(text)


def test_the_procurement_pilot_gives_no_case_of_its_tendering_rules():
    targets = extract_document(read_cached(doc_path("govcn-005.html")), use_model=False).targets
    assert not any(t.unit == "家" for t in targets)
    assert {(int(t.value), t.unit) for t in targets if t.unit == "年"} == {(1, "年"), (2, "年")}


def test_the_building_rules_give_no_size_of_the_buildings_they_cover():
    assert not extract_document(read_cached(doc_path("pkulaw-002.txt")), use_model=False).targets


@pytest.mark.parametrize("text, amount", [
    ("确定甲市、乙市、丙市3个城市开展养老服务改革试点。", (3, "个")),
    ("选择东城、西城、南湖、北塘等4个区先行先试。", (4, "个")),
    ("经研究,确定在甲省、乙省、丙省等5个省份开展试点。", (5, "个")),
])
def test_the_count_of_the_places_a_pilot_names_is_no_target(text, amount):
    assert amount not in _amounts(text)


@pytest.mark.parametrize("text, amount", [
    ("建设甲园、乙园、丙园等3个产业园。", (3, "个")),
    ("确定在甲省、乙省等2个省份试点(其中甲省、乙省共安排120名培训任务)。", (120, "名")),
])
def test_a_list_built_or_a_count_after_the_list_stays_a_target(text, amount):
    assert amount in _amounts(text)


def test_the_number_of_a_list_item_is_no_amount():
    assert not _amounts("(3)科学调度、统筹兼顾。")
    assert (3, "科") in _amounts("考试科目不超过3科。")
