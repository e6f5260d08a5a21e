"""The cached dictionary is jieba's own, domain words added as add_word adds them, read a first character at a time."""
from __future__ import annotations

import os
import re
import time

import jieba
import pytest

from extract import dictionary

WORDS = ("区住建局", "市场监管局", "牵头单位")
FREQUENCY = 200_000
TEXT = "区住建局牵头，市场监管局配合，2025年底前完成。"


@pytest.fixture(scope="module")
def reference() -> jieba.Tokenizer:
    segmenter = jieba.Tokenizer()
    for word in WORDS:
        segmenter.add_word(word, freq=FREQUENCY)
    return segmenter


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    found = tmp_path_factory.mktemp("cache")
    dictionary.prefixes(WORDS, frequency=FREQUENCY, folder=found)  # builds and writes both tables
    return found


def everything(table: dictionary.Table, words) -> dictionary.Table:
    table.load("".join({word[0] for word in words}))
    return table


def test_prefix_dictionary_read_back_is_jiebas(reference, folder):
    table, total = dictionary.prefixes(WORDS, frequency=FREQUENCY, folder=folder)
    assert table.values == {}  # nothing read before a text asks for it
    assert (everything(table, reference.FREQ).values, total) == (reference.FREQ, reference.total)


def test_tags_read_back_are_those_of_dict_txt(reference, folder):
    with reference.get_dict_file() as stream:
        expected = dict(re.findall(r"^(\S+) \d+ (\S+)\r?$", stream.read().decode("utf-8"), flags=re.M))
    assert everything(dictionary.word_tags(WORDS, frequency=FREQUENCY, folder=folder), expected).values == expected


def test_a_text_reads_the_groups_of_its_characters_only(reference, folder):
    table, _ = dictionary.prefixes(WORDS, frequency=FREQUENCY, folder=folder)
    table.load(TEXT)
    assert {word[0] for word in table.values} == set(TEXT) & {word[0] for word in reference.FREQ}
    assert table.values["区住建局"] == FREQUENCY and table.values["区住"] == reference.FREQ["区住"]


def test_a_later_text_reads_only_the_groups_not_read_yet(reference, folder):
    table, _ = dictionary.prefixes(WORDS, frequency=FREQUENCY, folder=folder)
    table.load(TEXT)
    before = dict(table.values)
    table.load(TEXT[:3])  # every character looked at: nothing read
    assert table.values == before
    table.load(TEXT[:3] + "财")  # one character more: its group is read too
    assert {word[0] for word in table.values} == (set(TEXT) | {"财"}) & {word[0] for word in reference.FREQ}
    assert table.values["财政"] == reference.FREQ["财政"]


def test_other_domain_words_or_frequency_name_another_cache(folder):
    names = {dictionary._cache_path(words, frequency, folder)
             for words, frequency in ((WORDS, FREQUENCY), (WORDS[:1], FREQUENCY), (WORDS, FREQUENCY + 1))}
    built = dictionary._cache_path(WORDS, FREQUENCY, folder)
    assert len(names) == 3 and [p.name for p in folder.iterdir()] == [built.name]


def test_an_unwritable_folder_builds_the_tables_in_memory(reference, tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    table, total = dictionary.prefixes(WORDS, frequency=FREQUENCY, folder=blocked)
    assert (table.values, total) == (reference.FREQ, reference.total)


def test_tag_endings_are_the_last_characters_of_each_tags_words(reference, folder):
    tags = everything(dictionary.word_tags(WORDS, frequency=FREQUENCY, folder=folder), reference.FREQ).values
    endings = dictionary.tag_endings(WORDS, frequency=FREQUENCY, folder=folder)
    assert {tag: set(chars) for tag, chars in endings.items()} == \
        {tag: {w[-1] for w, t in tags.items() if t == tag} for tag in set(tags.values())}


def test_a_new_cache_appears_whole_and_deletes_the_stale_ones_beside_it(reference, tmp_path, monkeypatch):
    hour = dictionary.STALE_AFTER
    stale, recent = tmp_path / "jieba-00000000000000aa", tmp_path / "jieba-00000000000000bb"
    being_written, other = tmp_path / ".jieba-00000000000000cc.x1.part", tmp_path / "notes"
    for made, age in ((stale, 2 * hour), (recent, hour / 2), (being_written, 2 * hour), (other, 2 * hour)):
        made.mkdir()
        (made / "keys.txt").write_text("区", encoding="utf-8")
        os.utime(made, (time.time() - age,) * 2)
    built = dictionary._cache_path(WORDS, FREQUENCY, tmp_path)
    write = dictionary._write

    def unseen_until_whole(where, table):
        assert not built.exists() and where.parent.name.endswith(".part")
        write(where, table)

    monkeypatch.setattr(dictionary, "_write", unseen_until_whole)
    table, total = dictionary.prefixes(WORDS, frequency=FREQUENCY, folder=tmp_path)
    assert (table.values, total) == (reference.FREQ, reference.total)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([built.name, recent.name, being_written.name, "notes"])
    assert sorted(p.name for p in built.iterdir()) == sorted(["prefixes", "tags", "tag-endings.json", "totals.json"])


def test_a_cache_another_process_built_first_is_kept(reference, folder):
    built = dictionary._cache_path(WORDS, FREQUENCY, folder)
    before = {p: p.stat().st_ino for p in built.rglob("*")}
    assert dictionary._build(WORDS, FREQUENCY, built)[:2] == (reference.FREQ, reference.total)
    assert {p: p.stat().st_ino for p in built.rglob("*")} == before and [p.name for p in folder.iterdir()] == [built.name]


def test_jieba_rs_falls_short_by_a_word_listed_twice_and_the_old_counts_of_the_domain_words(reference, folder):
    with reference.get_dict_file() as stream:
        lines = [line.split(" ") for line in stream.read().decode("utf-8").splitlines()]
    listed = {word: int(count) for word, count, *_ in lines}  # a word listed twice keeps its last count
    expected = sum(int(count) for _, count, *_ in lines) - sum(listed.values()) + sum(listed.get(w, 0) for w in WORDS)
    assert dictionary.embedded_shortfall(WORDS, frequency=FREQUENCY, folder=folder) == expected > 0
