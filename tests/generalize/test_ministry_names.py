"""National ministries as sentence subjects (RECORDS section 5: the grammatical subject when it is an organization):
jieba's words 部将, 部下, 部落 swallowed the 部 of the ministries its dictionary does not know (生态环境/部将/组织),
so the subject was never read. extract/data/ministry_names.tsv makes them words of the segmenter's, and with each
its field's departments (生态环境部门), which must not come out as 生态环境部/门."""
from extract import segment
from extract.lexicon import word_list
from extract.rules.subjects import subject_owners
from tests.corpus import doc_path, read_cached

NATIONAL_TEXTS = ("govcn-001.html", "govcn-002.html", "govcn-011.html", "hfs-012.txt", "gwr2026-006.txt",
                  "jxgov-011.html")


def test_a_ministry_opening_a_sentence_on_jiang_is_its_subject():
    text = read_cached(doc_path("gwr2026-006.txt")).text
    start = text.index("自然资源部将")
    clause = text[start:text.index(",", start)]
    assert segment.words(clause)[:2] == ["自然资源部", "将"]
    assert subject_owners(clause).owners == ("自然资源部",)


def test_every_ministry_of_the_table_is_read_before_jiang():
    for name in word_list("ministry_names.tsv"):
        assert subject_owners(f"{name}将会同有关部门组织开展评估工作。").owners == (name,)


def test_the_ministry_speaking_of_itself_owns_nothing():
    assert segment.words("我部将适时组织开展评估")[:2] == ["我部", "将"]
    assert subject_owners("我部将适时组织开展评估。").owners == ()


def test_ministries_and_their_fields_departments_are_whole_words_in_national_texts():
    names = word_list("ministry_names.tsv")
    seen: set[str] = set()
    for name_of_text in NATIONAL_TEXTS:
        text = read_cached(doc_path(name_of_text)).text
        words = {(token.start, token.end) for token in segment.tokens(text)}
        for name in names:
            at = text.find(name)
            while at >= 0:
                end = at + len(name) + text.startswith(name + "门", at)  # 生态环境部门: one word, not 生态环境部/门
                assert (at, end) in words, (name_of_text, text[at - 5:end + 5])
                seen.add(text[at:end])
                at = text.find(name, at + 1)
    assert {"生态环境部", "生态环境部门", "自然资源部门", "财政部门", "工业和信息化部门", "农业农村部"} <= seen
