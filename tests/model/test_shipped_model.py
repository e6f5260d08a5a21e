"""The shipped model, loaded offline, on sentences written for these tests."""
import pytest
import spacy

from extract.extractor import extract_document
from extract.model.judge import NOT_TARGET, Judge, default_model_path
from extract.read import document_from_bytes

PLAN = """某区2025年城市管理工作方案
一、主要目标
到2025年底,全区新建口袋公园12座,道路机扫率达到95%以上。(责任单位:区城管局)
二、保障措施
各街道要加强组织领导,每月开展联合检查不少于2次。
"""


@pytest.fixture(scope="module")
def nlp():
    path = default_model_path()
    assert path is not None, "models/policy-extract-zh is missing: the model ships with the package"
    return spacy.load(path)


def test_spacy_loads_the_whole_extractor(nlp):
    assert nlp.meta["name"] == "policy_extract_zh"
    assert nlp.pipe_names == ["policy_extractor"]
    assert {"tok2vec", "textcat"} & set(nlp.component_names)


def test_the_tokenizer_keeps_unit_names_whole(nlp):
    assert "区住建局" in [token.text for token in nlp.make_doc("区住建局要在年底前完成老旧小区改造")]


def test_the_pipeline_gives_targets_and_tasks(nlp):
    doc = nlp(PLAN)
    found = {(t.value, t.unit): t for t in doc._.targets}
    assert found[(12, "座")].deadline == "2025-12-31" and found[(12, "座")].owners == ("区城管局",)
    assert (found[(95, "%")].indicator, found[(95, "%")].comparator) == ("道路机扫率", ">=")
    assert found[(2, "次/月")].recurring
    assert doc._.document.metadata.title == "某区2025年城市管理工作方案"
    assert any(task.title == "主要目标" for task in doc._.tasks)


@pytest.mark.parametrize("target, not_target", [
    ("主要目标|到2025年底,全区新建口袋公园〖12座〗", "保障措施|根据《某区城市管理办法》(某政发〔2024〕〖8号〗)"),
    ("主要任务|完成老旧小区改造〖30个〗", "主要任务|深入开展“〖五个〗一”创建活动"),
])
def test_the_judge_tells_a_commitment_from_a_number_in_a_name(nlp, target, not_target):
    judge = Judge.from_nlp(nlp)
    committed, named = judge.scores([target, not_target])
    assert committed[NOT_TARGET] < named[NOT_TARGET]


def test_records_carry_the_model_version(nlp):
    judge = Judge.from_nlp(nlp)
    result = extract_document(document_from_bytes(PLAN.encode("utf-8"), name="plan.txt", suffix=".txt"), judge=judge)
    assert result.targets and {t.model_version for t in (*result.targets, *result.tasks)} == {judge.version}


def test_targets_are_a_span_group_of_the_text_the_doc_was_made_from(nlp):
    text = "某區城市管理方案\n一、主要目標\n到2025年底，全區新建口袋公園１２座，道路機掃率達到95%。\n"
    doc = nlp(text)
    spans = {span._.target.value: span for span in doc.spans["targets"]}
    assert spans[12].text == "全區新建口袋公園１２座" and spans[12].label_ == "planned"
    assert text[spans[95].start_char:spans[95].end_char] == "道路機掃率達到95%"


def test_the_judge_loads_only_its_own_components():
    judge = Judge.load(default_model_path())
    assert judge.nlp.component_names == ["tok2vec", "textcat"]
    assert judge.version == "policy_extract_zh-" + judge.nlp.meta["version"]


def test_a_context_asked_twice_gets_the_scores_it_gets_alone(nlp):
    judge = Judge.from_nlp(nlp)
    first, second = "主要任务|完成老旧小区改造〖30个〗", "主要任务|深入开展“〖五个〗一”创建活动"
    together = judge.scores([first, second, first])
    assert together == [judge.scores([first])[0], judge.scores([second])[0], judge.scores([first])[0]]
    assert together[0] is not together[2]  # each caller gets its own dict
