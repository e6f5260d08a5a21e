"""The labels of the amounts of a distributive list (一产、二产、三产投资分别增长4%、6%、8%): the k-th amount
measures the k-th item, short items sharing the last one's noun."""
from __future__ import annotations

from ..chars import han_count
from ..segment import tags, tokens
from .label_cleaning import MIN_PER_HEAD, clean
from .quantity import Quantity
from .respective import RESPECTIVELY, list_items, paired_amounts, previous_list
from .sentences import Span

NOUN_TAG = "n"  # jieba's tags of nouns: n, nr, ns, nz…
VERB_TAG = "v"  # jieba's tag of a verb (not vn, a verbal noun: 旅游 of 旅游人数)
MAX_SHORT_ITEM = 3


def respective_label(text: str, clause: Span, quantity: Quantity, previous_clause: Span | None) -> str | None:
    """一产、二产、三产投资分别增长4%、6%、8%: the k-th amount measures the k-th item, the short
    items sharing the last one's noun (二产投资); the old levels of a change pair with nothing
    (甲、乙分别从209元、280元提高到217元、290元), and one item alone measures each new level of its change
    (注册费分别由0.5万元、2.6万元下降至…); a list naming nothing before 分别 (比2012年分别提升…) pairs
    with the items of the 分别 list of the clause before."""
    head_end = text.find(RESPECTIVELY, clause.start, quantity.start)
    if head_end < 0:
        return None
    amounts, changed = paired_amounts(text, clause, head_end)
    index = next((i for i, q in enumerate(amounts) if q.start == quantity.start), None)
    if index is None:
        return None
    items = [clean(item) for item in list_items(text[clause.start:head_end])]
    earlier = previous_list(text, previous_clause) if not any(items) else None
    if earlier is not None:
        items = [clean(item) for item in list_items(earlier)]
    if changed and len(items) == 1 and han_count(items[0]) >= MIN_PER_HEAD:
        return items[0]
    if len(items) < 2 or len(items) != len(amounts) or not all(items):
        return None
    items[0] = _after_last_verb(items[0])  # 确保稻谷、小麦产量 → 稻谷
    return items[index] + (_shared_noun(items) if index < len(items) - 1 else "")


def _shared_noun(items: list[str]) -> str:
    """What the last item adds to the short ones before it: 三产投资 after 一产, 二产 → 投资."""
    last, short = items[-1], items[:-1]
    if all(len(list(tokens(item))) == 1 for item in short):
        return "".join(t.text for t in list(tokens(last))[1:])
    if len({len(item) for item in short}) == 1 and len(short[0]) <= MAX_SHORT_ITEM < len(last):
        return last[len(short[0]):]
    return ""


def _after_last_verb(phrase: str) -> str:
    """确保稻谷 → 稻谷, 推动减少化学需氧量 → 化学需氧量: the verb before a list's first item is no part
    of it; a verbal noun is (旅游 of 全域旅游人数), and so is a verb inside the item's name that leaves
    less than a word after it (受理 of 案件受理数) or no noun (集中 of 机构内集中养育); a one-character
    "verb" is mostly jieba misreading a name (食 of 省食检院)."""
    words = tags(phrase)
    verb_at = verb_positions(words)
    if not verb_at:
        return phrase
    rest = phrase[sum(len(word) for word, _ in words[:verb_at[-1] + 1]):].lstrip("为是")
    opening = all(tag == VERB_TAG for _, tag in words[:verb_at[-1] + 1])
    named = any(tag.startswith(NOUN_TAG) for _, tag in words[verb_at[-1] + 1:])  # not 集中养育
    return rest if named and (opening or han_count(rest) >= MIN_PER_HEAD) else phrase


def verb_positions(words: list[tuple[str, str]]) -> list[int]:
    """Where the verbs of tagged words are: not verbal nouns (vn), nor one-character words jieba reads
    as verbs inside names (食 of 省食检院)."""
    return [at for at, (word, tag) in enumerate(words) if tag == VERB_TAG and len(word) >= MIN_PER_HEAD]
