"""How many extracted indicators are usable as a label: a noun phrase of the clause, with no digits.

    python -m benchmarks.indicator_quality [SOURCES...]     # default: seeds/, docs/ and pool/

An indicator is counted unusable, with the first reason that applies, when it is
- ``short``: fewer than two characters;
- ``digits``: it holds a number (digits inside a Latin word such as PM2.5, PM_2.5 or 5G are fine, and so is a
  number a name holds: 220千伏, 3岁以下, 15分钟生活圈, 500强, benchmarks/data/name_numbers.tsv);
- ``marker``: it holds a word that belongs to the clause, not to the label (分别, 首次, a trailing 均 other than 年均);
- ``function-word``: its last word is a function word, a numeral or a measure word (jieba's part of
  speech: particle, preposition, conjunction, adverb, pronoun, locative…), as in 绿地面积与人口规模大体相当或,
  unless it ends on a measure's name jieba splits (占比: extract/data/measure_endings.tsv), or on a noun jieba
  tags as a measure word or a locative after a word that is no numeral or pronoun (充电桩, 服务点, 初中部:
  benchmarks/data/tagged_nouns.tsv), or on a Latin noun (IP, GDP: jieba's eng is no interjection);
- ``cut``: in its evidence it starts or ends inside a word, or is followed directly by a noun, so the
  label stops before its head (城镇 out of 城镇调查失业率; not before a word of the clause jieba tags as a
  noun: 共, 力争); a measure's name jieba splits (占比) ends no word there either.
Prints the share per reason and a sample of each, rules only. The documents of the untouched blind
batches (corpora/gold/blind-b/, blind-d/, blind-f/, blind-m/, blind-q/, blind-s/, blind-t/, blind-v/, blind-z/, blind-ac/, blind-ae/, blind-ah/,
blind-aj/, blind-al/, blind-an/, blind-ar/, blind-at/) count but are never sampled: nobody may read their records.
"""
from __future__ import annotations

import argparse
import logging
import re
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

import jieba
import jieba.posseg

import extract
from extract.errors import ExtractError
from extract.lexicon import parse_table, word_list

REPO = Path(__file__).resolve().parent.parent
HERE = REPO / "benchmarks"
CORPUS = REPO.parent / "shared" / "corpus"
UNTOUCHED_BATCHES = ("blind-b", "blind-d", "blind-f", "blind-m", "blind-q", "blind-s", "blind-t", "blind-v",
                     "blind-z", "blind-ac", "blind-ae", "blind-ah",
                     "blind-aj", "blind-al", "blind-an", "blind-ar", "blind-at")
DEFAULT_SOURCES = (CORPUS / "seeds", CORPUS / "docs", CORPUS / "pool")
NOUN_TAGS = ("n", "vn", "an", "j", "eng")
FUNCTION_TAGS = ("u", "p", "c", "d", "m", "q", "r", "f", "y", "e", "o", "x", "w")
LATIN_TAG = "eng"  # jieba's tag of a Latin word, no interjection (e)
COUNTING_TAGS = ("m", "r", "zg")  # a numeral or a pronoun (每 is zg or r) before a measure word: 一期, 每公里
NUMBER_OUTSIDE_LATIN = re.compile(r"(?<![A-Za-z._])\d+(?:\.\d+)?(?![A-Za-z.\d])")
CLAUSE_MARKERS = re.compile(r"分别|首次|(?<!年)均$|从$")
EDGE_PUNCTUATION = "“”‘’\"'()（）《》〈〉[]【】、,，:：;；"



@cache
def _words(name: str) -> tuple[str, ...]:
    """The words of a table of this benchmark's own judgement (benchmarks/data/<name>)."""
    rows, problems = parse_table(name, (HERE / "data" / name).read_text(encoding="utf-8"))
    if problems:
        raise SystemExit("\n".join(problems))
    return tuple(row["word"] for row in rows)

def _tagger() -> jieba.posseg.POSTokenizer:
    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg.POSTokenizer(jieba.Tokenizer())


def unusable_reason(indicator: str, evidence: str, tagger: jieba.posseg.POSTokenizer) -> str | None:
    """Why an indicator is no usable label, or None when it is one."""
    if len(indicator) < 2:
        return "short"
    if any(not indicator.startswith(_words("name_numbers.tsv"), number.end())
           for number in NUMBER_OUTSIDE_LATIN.finditer(indicator)):
        return "digits"
    if CLAUSE_MARKERS.search(indicator):
        return "marker"
    words = list(tagger.cut(indicator.strip(EDGE_PUNCTUATION) or indicator))
    measure_ending = indicator.endswith(word_list("measure_endings.tsv"))  # 占比: jieba reads 比 as a preposition
    if _ends_on_function_word(words) and not measure_ending:
        return "function-word"
    at = evidence.find(indicator)
    if at >= 0 and _cut_in(evidence, at, at + len(indicator), tagger) and not measure_ending:
        return "cut"
    return None


def _ends_on_function_word(words: list) -> bool:
    """Whether the last of the tagged words is a function word, not a noun jieba tags as one (充电桩, 初中部,
    a Latin noun: IP, GDP) after a word that is no numeral or pronoun (一期, 每公里, 6000m are what they look)."""
    last = words[-1]
    counted = len(words) > 1 and words[-2].flag.startswith(COUNTING_TAGS)
    if not last.flag.startswith(FUNCTION_TAGS):
        return False
    named = last.word in _words("tagged_nouns.tsv") or last.flag == LATIN_TAG and last.word.isalpha()
    return not named or counted


def _cut_in(evidence: str, start: int, end: int, tagger: jieba.posseg.POSTokenizer) -> bool:
    """Whether ``evidence[start:end]`` starts or ends inside a word, or runs on into a noun."""
    boundaries, flags, offset = {0}, {}, 0
    for word in tagger.cut(evidence):
        flags[offset] = "" if word.word in _clause_words() else word.flag
        offset += len(word.word)
        boundaries.add(offset)
    if start not in boundaries or end not in boundaries:
        return True
    return flags.get(end, "").startswith(("n", "an", "j"))


def _clause_words() -> frozenset[str]:
    """Words of the clause jieba may tag as nouns (共, 累计, 力争): the labels' fillers and openers
    (extract/data/indicator_fillers.tsv, label_openers.tsv), no noun a label stops before."""
    return frozenset(word_list("indicator_fillers.tsv") + word_list("label_openers.tsv"))


def _sources(paths: list[Path]) -> list[Path]:
    found = []
    for path in paths:
        found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix != ".tsv") if path.is_dir()
                     else [path])
    return found


def untouched_documents() -> frozenset[str]:
    """Names of the documents of the untouched blind batches."""
    return frozenset(g.name.removesuffix(".gold.jsonl") for batch in UNTOUCHED_BATCHES
                     for g in (REPO / "corpora" / "gold" / batch).glob("*.gold.jsonl"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="*", type=Path, default=list(DEFAULT_SOURCES))
    parser.add_argument("--samples", type=int, default=8, help="examples printed per reason")
    args = parser.parse_args()
    tagger = _tagger()
    reasons: Counter[str] = Counter()
    samples: dict[str, list[str]] = defaultdict(list)
    total = 0
    untouched = untouched_documents()
    for source in _sources(args.sources):
        try:
            result = extract.extract(source, use_model=False)
        except ExtractError:
            continue
        for target in result.targets:
            total += 1
            reason = unusable_reason(target.indicator or "", target.evidence, tagger)
            if reason:
                reasons[reason] += 1
                if len(samples[reason]) < args.samples and source.stem not in untouched:
                    samples[reason].append(f"{target.indicator} «{target.evidence[:30]}» ({source.name})")
    bad = sum(reasons.values())
    print(f"indicators: {total}, unusable: {bad} ({bad / max(total, 1):.1%})")
    for reason, count in reasons.most_common():
        print(f"  {reason:9} {count:5} ({count / max(total, 1):.1%})")
        for sample in samples[reason]:
            print(f"      {sample}")


if __name__ == "__main__":
    main()
