"""Outlines whose line breaks a crawler dropped, so each item's number is glued onto the last character of
the item before it (a unit of its tag, a deadline, a heading's title): …配合单位:区乙局2.完善…,
…区乙局(二)落实…, …完成时限:2024年11月底三、推进…. A glued number is cut off only where it continues
its level's numbering, so amounts (增长2.5%), cited items (第(二)项) and numerals (农村二、三产业) stay whole.
Notices written for the test, and crawled Pingtan plans of development batches W and Y (skipped without
../extra)."""
from functools import cache

from extract.extractor import extract_document
from extract.load.sources import Source
from extract.read import document_from_bytes, read_source
from tests.corpus import extra_path

PLAN = "某某区促进消费工作方案\n" + "".join([
    "为进一步促进消费,制定本方案。一、工作任务",
    "(一)扩大商品消费。落实以旧换新政策,全区社会消费品零售总额增长2.5%以上。",
    "1.开展汽车促销活动。组织汽车企业开展集中展销,发放消费券。责任单位:区商务局配合单位:区财政局",
    "2.推动家电更新。支持家电企业开展以旧换新,落实第2.3款规定的补贴。责任单位:区商务局配合单位:区市场监管局",
    "3.发展农村二、三产业。培育乡村消费新场景。责任单位:区农业农村局",
    "(二)提升服务消费。丰富文旅体育消费供给,落实第(二)项、(一)至(三)项规定的措施。责任单位:区文旅局配合单位:区体育局",
    "(三)优化消费环境。加强市场监管,畅通投诉渠道。责任单位:区市场监管局",
    "二、保障措施。各单位举一反三、压实责任,按时报送进展。完成时限:2024年11月底",
    "三、督促检查。区商务局定期通报进展。完成时限:2024年12月底"])


@cache
def _plan():
    document = document_from_bytes(PLAN.encode("utf-8"), name="plan.txt", suffix=".txt")
    return document, extract_document(document, use_model=False)


def test_items_glued_onto_the_units_of_the_item_before_are_cut_apart():
    lines = _plan()[0].text.split("\n")
    assert any(line.startswith("2.推动家电更新。") and line.endswith("配合单位:区市场监管局") for line in lines)
    assert any(line.startswith("3.发展农村二、三产业。") for line in lines)
    assert any(line.startswith("(二)提升服务消费。") for line in lines)
    assert any(line.startswith("(三)优化消费环境。") for line in lines)
    assert any(line.startswith("三、督促检查。") for line in lines)


def test_amounts_cited_items_and_numerals_stay_whole():
    text = _plan()[0].text
    assert "增长2.5%以上" in text and "第2.3款" in text
    assert "第(二)项、(一)至(三)项" in text
    assert "农村二、三产业" in text and "举一反三、压实责任" in text


def test_each_glued_item_keeps_its_own_tagged_units():
    owners = {t.title: set(t.owners) for t in _plan()[1].tasks}
    assert owners["开展汽车促销活动"] == {"区商务局", "区财政局"}
    assert owners["推动家电更新"] == {"区商务局", "区市场监管局"}
    assert owners["提升服务消费"] == {"区文旅局", "区体育局"}


def test_a_number_that_does_not_continue_the_numbering_stays_glued():
    prose = ("一、总体要求。" + "坚持统筹推进,全面落实各项工作部署,推动高质量发展。" * 12
             + "对照任务清单举一反三、查缺补漏,各司其职。区甲局5.牵头做好统计,增长3.2%。")
    text = document_from_bytes(prose.encode("utf-8"), name="plan.txt", suffix=".txt").text
    assert "举一反三、查缺补漏" in text and "区甲局5.牵头" in text


def _tasks(name: str) -> dict[str, set[str]]:
    path = extra_path("corpus", name)
    result = extract_document(read_source(Source(str(path), path)), use_model=False)
    return {t.title: set(t.owners) for t in result.tasks}


def test_the_crawled_tax_plan_reads_each_numbered_measure_with_its_units():
    tasks = _tasks("w-003.txt")
    assert tasks["贯彻落实综合与分类相结合的个人所得税改革措施"] == {"区税务局", "区财金局"}
    assert tasks["统筹做好全区收支执行"] == {"区税务局", "区财金局"}


def test_the_crawled_customs_measures_cut_each_heading_after_its_deadline():
    tasks = _tasks("w-008.txt")
    assert sum(title.startswith(("支持", "全力推动")) for title in tasks) == 12


def test_the_crawled_elderly_care_plan_cuts_bracketed_headings_off_their_units():
    tasks = _tasks("y-004.txt")
    assert tasks["加强消防安全管理"] == {"区社会事业局", "区消防救援支队"}
    assert tasks["深化岚台养老托育产业合作"] == {"区社会事业局", "党工委台湾工作部"}
