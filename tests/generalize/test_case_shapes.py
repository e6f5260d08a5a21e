"""The other ways Chinese opens or closes a case, all read by the existing exclusions, no rule of their own:
凡…的, 对于…的, 只要…即可/就, 一旦…, 如果…, …不足N套时, 每…满N…, 在…的情况下 and an age naming who
qualifies (年满60周岁以上的老年人). The amount of the case is no target (RECORDS.md section 5); what is done for
the case, people served, and a count or share of the things a plan reaches (80%以上的大城市, 230座以上的公园)
stay targets. Invented sentences, and real ones of the shared corpus and of batches G, I, K, L, N and Y (those
skipped where ../extra is not checked out)."""
import pytest

from extract.extractor import extract_document
from tests.corpus import doc_path, extra_path, read_cached
from tests.rules.test_targets import drafts


def _amounts(text: str):
    return [(float(d.quantity.value), d.unit) for d in drafts(text)]


@pytest.mark.parametrize("text, amount", [
    ("凡年满60周岁以上的本市户籍老年人,可免费乘坐公交车。", (60, "周岁")),
    ("年满65周岁以上的老年人免费游览市属公园。", (65, "周岁")),
    ("对于月收入低于3000元的家庭,给予每月500元租房补贴。", (3000, "元")),
    ("如果连续3个月未缴存住房公积金,暂停办理贷款。", (3, "月")),
    ("一旦库存去化周期超过18个月,暂停供应住宅用地。", (18, "月")),
    ("只要缴存满6个月,就可以申请住房公积金贷款。", (6, "月")),
    ("可售房源不足5套时,申请人可选择放弃。", (5, "套")),
    ("每连续缴存满1年的,增加贷款额度1万元。", (1, "年")),
    ("在库存去化周期超过24个月的情况下,暂停出让住宅用地。", (24, "月")),
])
def test_the_amount_of_a_case_is_no_target(text, amount):
    assert amount not in _amounts(text)


@pytest.mark.parametrize("text, amount", [
    ("对于月收入低于3000元的家庭,给予每月500元租房补贴。", (500, "元/月")),  # what is granted for the case
    ("每连续缴存满1年的,增加贷款额度1万元。", (10_000, "元")),
    ("为65周岁以上老年人提供健康管理服务10万人次。", (100_000, "人次")),  # people served: a count to reach
])
def test_what_is_done_for_the_case_stays(text, amount):
    assert amount in _amounts(text)


def _found(path) -> set[tuple[float, str, str]]:
    return {(float(t.value), t.unit, t.evidence)
            for t in extract_document(read_cached(path), use_model=False).targets}


def _has(path, value: float, unit: str, words: str) -> bool:
    return any(v == value and u == unit and words in e for v, u, e in _found(path))


def test_the_shared_corpus_gives_no_amounts_of_its_cases():
    assert not _has(doc_path("twgov-002.txt"), 1, "人", "只要")  # 只要…达一人以上即可开办


def test_the_development_batches_give_no_amounts_of_their_cases():
    assert not _has(extra_path("corpus", "k-004.html"), 1, "项", "基本条件")  # 凡有一项没有达到…的,
    assert not _has(extra_path("corpus", "g-008.html"), 3, "套", "不足")  # 可分配房源不足3套时,
    assert not _has(extra_path("corpus", "k-009.html"), 16, "周岁", "监护人")  # 16周岁以下的申领人…由其法定监护人…
    assert not _has(extra_path("corpus", "n-006.html"), 60, "周岁", "年满")  # 年满60周岁以上的户籍老年人
    assert not _has(extra_path("corpus", "y-004.txt"), 500, "张", "对于")  # 对于500张床位以上、…的养老项目
    assert not _has(extra_path("corpus", "l-006.txt"), 9, "项", "对于")  # 对于9项基本指标以外的…指标


def test_a_share_or_count_of_what_a_plan_reaches_stays():
    assert _has(doc_path("gwrnat-007.txt"), 80, "%", "大城市")  # 覆盖80%以上的大城市 (tuned gold)
    assert _has(doc_path("hfs-005.txt"), 30, "%", "稽查")  # 对…30%以上的县…开展环境稽查 (tuned gold)
    assert _has(extra_path("corpus", "i-007.txt"), 230, "座", "公园")  # 建成230座以上的公园 (dev-i gold)
