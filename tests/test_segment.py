"""segment.verbs and segment.tags read jieba's part-of-speech tags without importing jieba.posseg: same verbs, same offsets."""
from __future__ import annotations

import jieba.posseg

from extract.segment import (VERB_TAGS, bounds_around, forget_blocks, tags, tokenizer, tokens, verbs, word_bounds,
                             words)

SENTENCES = (
    "到2025年，全市新增城镇就业5万人以上，区住建局负责推进老旧小区改造。",
    "加快建设5G基站1200个，CPU国产化率提高到30%，B超设备配备率达到100%。",
    "完善农村公路管护机制,落实县乡村三级路长制；a1 增加投入。\n建立健全考核办法",
    "x.y_z#1 ％ 12,5 Ⅱ类 ａｂ\r\n3.5万元\t（二）",
)


def test_tags_are_jieba_posseg_tags():
    for text in SENTENCES:
        assert tags(text) == posseg_tags(text)


def posseg_tags(text: str) -> list[tuple[str, str]]:
    tagger = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)  # over our tokenizer, jieba's tags
    tagger.tokenizer, tagger.word_tag_tab = tokenizer(), dict(jieba.posseg.dt.word_tag_tab)
    return [(pair.word, pair.flag) for pair in tagger.cut(text, HMM=False)]


def posseg_verbs(text: str, offset: int) -> list[tuple[str, int, int]]:
    found, position = [], offset
    for pair in (jieba.posseg.pair(*p) for p in posseg_tags(text)):
        if pair.flag in VERB_TAGS:
            found.append((pair.word, position, position + len(pair.word)))
        position += len(pair.word)
    return found


def test_verbs_are_those_jieba_posseg_tags_as_verbs():
    for text in SENTENCES:
        ours = [(t.text, t.start, t.end) for t in verbs(text, offset=11)]
        assert ours == posseg_verbs(text, 11)
        assert all(text[s - 11:e - 11] == word for word, s, e in ours)


def test_a_verb_is_found_where_it_stands():
    assert [(t.text, t.start) for t in verbs("全市新增就业岗位", offset=100)][0] == ("新增", 102)


def test_first_word_reads_the_dictionary_alone():
    from extract.segment import first_word
    assert first_word("推进城市更新工作") == ("推进", "v")
    assert first_word("区民政局负责")[0] == "区民政局"  # a department name of the domain dictionary


def test_words_are_jiebas_cut_without_hmm_block_by_block():
    forget_blocks()
    for text in (*SENTENCES, *SENTENCES):  # the second time from the blocks remembered
        assert words(text) == list(tokenizer().cut(text, HMM=False))
        assert [(t.text, t.start) for t in tokens(text, offset=3)] == \
               [(w, s + 3) for w, s, _ in tokenizer().tokenize(text, HMM=False)]


def test_the_bounds_around_a_span_answer_as_the_whole_regions_do():
    for text in SENTENCES:
        whole = word_bounds(text[2:], offset=2)
        for start in range(2, len(text)):
            for end in range(start + 1, min(len(text), start + 4) + 1):
                near = bounds_around(text, start, end, within=(2, len(text)))
                assert (start in whole and end in whole) == (start in near and end in near), (text, start, end)


def test_first_word_reads_what_it_needs_of_a_dictionary_just_opened():
    from extract.segment import _word_tags, first_word
    tokenizer.cache_clear()  # the cached dictionary is read a first character at a time: none read yet
    _word_tags.cache_clear()
    assert first_word("推进城市更新工作") == ("推进", "v")
    assert first_word("区民政局负责")[0] == "区民政局"


def test_the_route_is_jiebas_dag_and_calc_on_a_real_document():
    import jieba as plain

    from extract.segment import _CUT_BLOCK

    from .corpus import SEEDS, read_cached
    segmenter = tokenizer()
    text = read_cached(SEEDS["003"]).text
    blocks = [b for b in _CUT_BLOCK.split(text) if b and _CUT_BLOCK.match(b)]
    assert len(blocks) > 100
    for block in blocks:
        for piece in (block, block[:len(block) // 2], block[len(block) // 3:]):
            route: dict[int, tuple[float, int]] = {}
            plain.Tokenizer.calc(segmenter, piece, segmenter.get_DAG(piece), route)
            assert segmenter.route(piece) == [route[k][1] + 1 for k in range(len(piece))], piece


def test_jieba_rs_routes_as_the_python_route_on_real_documents():
    from extract.segment import _CUT_BLOCK, _POS_BLOCK, _cut_block, _route_words, _tagged_block, _tags_of

    from .corpus import SEEDS, doc_path, read_cached
    text = "\n".join(read_cached(path).text for path in (SEEDS["003"], SEEDS["001"], doc_path("twgov-002.txt")))
    blocks = {b for pattern in (_CUT_BLOCK, _POS_BLOCK) for b in pattern.split(text) if b and pattern.fullmatch(b)}
    assert len(blocks) > 1000
    forget_blocks()
    for block in blocks:
        for piece in (block, block[:len(block) // 2], block[len(block) // 3:]):  # and where clauses cut blocks short
            reference = _route_words(piece)
            assert _cut_block(piece) == tuple(word for word, _ in reference), piece
            assert _tagged_block(piece) == _tags_of(reference), piece


def test_a_run_whose_tag_hangs_on_the_route_is_tagged_from_the_python_route(monkeypatch):
    from extract import segment
    forget_blocks()
    expected = [segment._tagged_block(block) for block in ("加快建设5G基站1200个", "CPU国产化率", "a1")]
    forget_blocks()
    monkeypatch.setattr(segment, "_eng_either_way", lambda run: False)  # as if dict.txt tagged a run otherwise
    assert [segment._tagged_block(block) for block in ("加快建设5G基站1200个", "CPU国产化率", "a1")] == expected
    forget_blocks()


def test_jieba_rs_holds_dict_txt_at_its_counts():
    """The counts the route sums are the tokenizer's: every word of dict.txt is jieba-rs's, at its count (suggest_freq
    of a word the route reads whole is its count, maybe plus one; of one it splits, more than its count)."""
    import jieba as plain

    from extract.segment import _router
    router, segmenter = _router(), tokenizer()
    with plain.Tokenizer().get_dict_file() as stream:
        words = [line.split(" ")[0] for line in stream.read().decode("utf-8").splitlines()]
    segmenter.prefixes.load("".join({word[0] for word in words}))
    for word in words:
        count = segmenter.FREQ[word]  # dict.txt's, or DOMAIN_FREQUENCY for a domain word
        assert router.has_word(word), word
        suggested = router.suggest_freq(word)
        if router.cut(word, False) == [word]:
            assert suggested in (count, count + 1), word
        else:
            assert suggested >= count, word
