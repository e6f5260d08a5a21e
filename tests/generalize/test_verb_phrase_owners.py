"""A clause that opens on a verb phrase whose object ends like a unit (重点支持骨干企业实施…, 下达各单位…项目任务数,
危重病例转入定点医疗机构…, 提供社区…服务的机构) names no owner: the verb (extract/data/object_verbs.tsv: 支持,
下达, 提供, 转入) takes the unit as its object, and the words before it are no part of a name. A unit that
opens the clause before such a verb stays its subject. Invented clauses, and items of readable documents of
four sources (a State Council decision, Pingtan budget and care plans, a Jiangxi epidemic notice). And 部署, a word
ending on a unit's suffix (…署) that names what is decided, no unit (决策部署, 统一部署)."""
import pytest

from extract.extractor import extract_document
from extract.rules.actors import actor_owners
from extract.rules.unit_names import is_unit
from tests.corpus import doc_path, extra_path, read_cached


@pytest.mark.parametrize("clause", [
    "重点支持骨干企业实施数字化改造示范工程",
    "下达各单位向上争取项目任务数",
    "危重病例转入定点医疗机构进行治疗",
    "4.提供社区养老托育服务的机构,取得的收入免征增值税",
])
def test_a_verb_phrase_opening_a_clause_names_no_owner(clause):
    assert actor_owners(clause).owners == ()


@pytest.mark.parametrize(("clause", "owners"), [
    ("区财政局支持各街道开展试点", ("区财政局",)),
    ("区农业局提供技术服务", ("区农业局",)),
])
def test_the_unit_before_such_a_verb_is_its_subject(clause, owners):
    assert actor_owners(clause).owners == owners


def _owners(path, title):
    tasks = extract_document(read_cached(path), use_model=False).tasks
    return next(t for t in tasks if t.title.startswith(title)).owners


@pytest.mark.parametrize(("name", "title", "owners"), [
    ("ab-005.txt", "大力发展农业产业化经营", ("各级财政", "有关金融机构")),  # not the supported enterprises
    ("u-001.txt", "全面强化绩效管理", ()),  # not the units tasks are handed to
    # not a numbered verb phrase: the units of its flattened row's owner cell (tables/row_tails.py)
    ("y-004.txt", "财税补贴政策", ("区社会事业局", "区财政金融局", "区税务局", "区资源生态局", "区市场监管局")),
])
def test_development_items_keep_no_verb_phrase_owner(name, title, owners):
    assert _owners(extra_path("corpus", name), title) == owners


def test_a_notice_item_keeps_no_verb_phrase_owner():
    """jxgov-010 4.疫情应对措施: patients moved to designated hospitals, no unit acting, own nothing."""
    assert not any(unit.endswith("医疗机构") for unit in _owners(doc_path("jxgov-010.txt"), "疫情应对措施"))


@pytest.mark.parametrize("words", ["决策部署", "统一部署", "部署"])
def test_what_is_deployed_is_no_unit(words):
    """部署 ends on 署 like 海关总署 but names what is decided (extract/data/person_endings.tsv)."""
    assert not is_unit(words)


def test_a_clause_on_the_decisions_to_carry_out_names_no_owner():
    assert actor_owners("切实把市委的决策部署要求贯彻落实到位").owners == ()


@pytest.mark.parametrize(("name", "title"), [
    ("ab-003.txt", "坚决服从疫情防控和经济社会发展大局"),
    ("u-001.txt", "以“两个确立”为标尺"),
])
def test_development_items_keep_no_deployment_owner(name, title):
    assert not any(unit.endswith("部署") for unit in _owners(extra_path("corpus", name), title))
