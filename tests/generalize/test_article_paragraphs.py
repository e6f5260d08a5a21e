"""An article's items (项) are one paragraph each: a paragraph after the last item is the article's (款) and
speaks of the whole article; its units own the article, not the last item. Invented rules, and articles of
the development batches."""
from extract.extractor import extract_document
from extract.outline import parse_outline
from extract.pipeline import document_from_bytes
from tests.corpus import extra_path, pool_path, read_cached

RULES = """某市社区食堂补贴办法
第一条 为规范社区食堂补贴,制定本办法。
第二条 社区食堂经评估合格的,给予运营补贴:
(一)一级食堂每年补贴10万元;
(二)二级食堂每年补贴5万元。
区民政局根据评估结果拨付补贴,所需资金由区财政局承担。
第三条 社区食堂应当符合下列条件:
(一)具有独立场地。
供餐人员应持有健康证明。
(二)配备专职管理人员。
本条所称社区食堂由区市场监管局认定。
"""


def _tasks(text: str):
    document = document_from_bytes(text.encode("utf-8"), name="rules.txt", suffix=".txt")
    return {t.title: t for t in extract_document(document).tasks}


def test_the_paragraph_after_the_items_owns_the_article():
    tasks = _tasks(RULES)
    article = tasks["社区食堂经评估合格的,给予运营补贴"]
    assert set(article.owners) == {"区民政局", "区财政局"}
    assert article.text.endswith("由区财政局承担。")


def test_the_last_item_keeps_only_its_own_line():
    last = _tasks(RULES)["二级食堂每年补贴5万元"]
    assert last.owners == () and last.text == "(二)二级食堂每年补贴5万元。"


def test_items_of_several_paragraphs_keep_theirs():
    """第三条: the first item goes on past its line, so the items are no list of one-line items."""
    last = _tasks(RULES)["配备专职管理人员"]
    assert "区市场监管局" in last.text


def test_the_outline_ends_the_last_item_with_its_line():
    text = RULES
    article = parse_outline(text).children[1]
    assert article.family == "article" and article.children[-1].end < article.end
    assert text[article.children[-1].end:article.end].startswith("区民政局")


def test_a_closing_paragraph_of_a_rule_owns_its_article():
    """e-008 第三十三条: the paragraph after (一)…(三) says who pays the rewards of the whole article."""
    tasks = extract_document(read_cached(extra_path("corpus", "e-008.html"))).tasks
    article = next(t for t in tasks if t.title.startswith("居家社区养老服务组织运营区级"))
    third = next(t for t in tasks if t.title.startswith("社区(村)级社区养老服务设施服务评估"))
    assert set(article.owners) == {"区民政部门", "区级财政"}
    assert third.owners == ()


def test_a_condition_list_leaves_its_closing_paragraphs_to_the_article():
    """pool-015 第六条: the paragraphs after (一)…(六) are the article's, not the sixth condition's."""
    tasks = extract_document(read_cached(pool_path("pool-015.html"))).tasks
    sixth = next(t for t in tasks if t.title == "近5年内未受过刑事处罚")
    article = next(t for t in tasks if t.title == "积分制入户人员应同时符合以下条件")
    assert "\n" not in sixth.text and "由市人力资源社会保障部门" in article.text
