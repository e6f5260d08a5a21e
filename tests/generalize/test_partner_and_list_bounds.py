"""Where a list of units ends in a clause: partners after 会同 end at the clause's verb or adverb
(会同市经信委发布…园区, 会同有关部门继续探索…政府), a preposition after units opens an adverbial and no
relative clause (…集团按区下达的目标任务,编制…), a list before 等部门 that opens on the clause's verb is
its object (会同区发改委、…等部门, 发挥纪检、审计等部门作用), and 各有关委、办、局 is one class of units.
Invented sentences, and the real ones of j-004, r-009, o-002, o-003, o-008 and o-009 (batches J, O, R:
skipped where ../extra is missing)."""
import pytest

from extract.extractor import extract_document
from extract.rules.actors import actor_owners
from extract.rules.shared_heads import shared_head_units
from extract.rules.unit_lists import split_units
from tests.corpus import extra_path, read_cached


@pytest.mark.parametrize(("sentence", "owners"), [
    ("区科委会同区商务委发布示范园区名单", ("区科委", "区商务委")),
    ("市农业局将会同有关部门继续研究政府补贴办法", ("市农业局", "有关部门")),
    ("区教育局会同区卫健委定期跟进示范园区建设", ("区教育局", "区卫健委")),
    ("鼓励由各街道会同区物业公司作为实施主体", ("各街道", "区物业公司")),
], ids=["verb-then-a-place-ending", "adverb-then-a-government-ending", "adverb-read-as-vn", "作为-after-the-partner"])
def test_partners_end_at_their_verb(sentence, owners):
    assert actor_owners(sentence).owners == owners


@pytest.mark.parametrize(("sentence", "owners"), [
    ("区建交委会同区城管执法大队开展夜查", ("区建交委", "区城管执法大队")),
    ("区住建局牵头区旧改工作组各成员单位推进", ("区住建局", "区旧改工作组各成员单位")),
], ids=["a-verb-inside-the-name", "a-list-going-on"])
def test_partner_names_that_go_on_are_kept_whole(sentence, owners):
    assert actor_owners(sentence).owners == owners


@pytest.mark.parametrize(("sentence", "owners"), [
    ("各镇政府、开发区管委会按市下达的年度任务,编制实施计划", ("各镇政府", "开发区管委会")),
    ("区财政局对本项目的资金使用进行监督", ("区财政局",)),
], ids=["按-object-with-的", "对-object-with-的"])
def test_a_preposition_after_units_opens_no_relative_clause(sentence, owners):
    assert actor_owners(sentence).owners == owners


def test_units_opening_a_relative_clause_still_own_nothing():
    assert actor_owners("各级政府配置的设施应当向社会开放").owners == ()


@pytest.mark.parametrize("text", [
    "会同区发改委、区市场监管局等部门",
    "建立民政、公安、卫健等部门",
    "发挥纪检监察、审计、内控等职能部门",
], ids=["会同", "建立", "发挥"])
def test_a_list_opening_on_its_clauses_verb_names_no_units(text):
    assert shared_head_units(text) == []


def test_a_list_of_domains_before_等部门_is_kept_as_written():
    assert shared_head_units("发改、财政、公安等部门") == ["发改", "财政", "公安"]


@pytest.mark.parametrize(("text", "units"), [
    ("各有关委、办、局", ["各有关委、办、局"]),
    ("区政府各委、办、局", ["区政府各委、办、局"]),
    ("区财政局、区民政局", ["区财政局", "区民政局"]),
], ids=["有关委办局", "各委办局", "two-bureaus-stay-two"])
def test_bodies_named_by_their_kinds_alone_are_one_class(text, units):
    assert split_units(text) == units


def _task(path, title):
    (task,) = [t for t in extract_document(read_cached(path), use_model=False).tasks if t.title.startswith(title)]
    return task


@pytest.mark.parametrize(("name", "title", "owners"), [
    ("j-004.txt", "组织申报和评估遴选", {"市发展改革委", "市经济信息化委"}),
    ("r-009.html", "加强政府网站绩效评估工作", {"国办", "有关部门"}),
    ("o-002.txt", "市场运作、专业服务", {"各街镇", "区停车经营服务公司"}),
], ids=["j-004-发布", "r-009-继续探索", "o-002-作为"])
def test_real_partners_end_at_their_verb(name, title, owners):
    assert set(_task(extra_path("corpus", name), title).owners) == owners


def test_real_units_before_按_own_the_plan_they_draw_up():
    owners = _task(extra_path("corpus", "o-008.txt"), "制定计划,统筹推进").owners
    assert set(owners) == {"各镇政府", "街道(开发区)办事处", "头桥集团"}


def test_real_list_after_建立_is_no_owner():
    owners = _task(extra_path("corpus", "o-003.txt"), "加强部门协调").owners
    assert "建立文物" not in owners and "宗教" not in owners and "发改" in owners


def test_real_committees_offices_and_bureaus_are_one_owner():
    assert _task(extra_path("corpus", "o-009.txt"), "动员部署阶段").owners == ("各有关委、办、局",)
