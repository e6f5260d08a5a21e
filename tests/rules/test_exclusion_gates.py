"""The gates of the exclusion tests: one scan of a sentence opens the gate of every test whose words it holds,
and no test rules out an amount of a real document whose sentence leaves its gate closed."""
from __future__ import annotations

from functools import cache

import pytest

from extract.lexicon import word_list
from extract.read import read_source
from extract.load.sources import Source
from extract.rules import exclusions
from extract.rules.exclusions import gates
from extract.rules.exclusions.gates import open_gates
from extract.rules.notices import no_commitment
from extract.rules.parties import binds_a_party
from extract.rules.quantities import find_quantities
from extract.rules.sentences import Span, clauses, sentences
from tests.corpus import CORPUS

# each gate's test, asked as excluded asks it
TESTS = {
    gates.NO_COMMITMENT: lambda text, sentence, clause, q: no_commitment(text, sentence, clause, q),
    gates.BACKGROUND: lambda text, sentence, clause, q: any(
        exclusions.background_figure(text, clause, q, address=address) for address in (False, True)),
    gates.QUOTED: lambda text, sentence, clause, q: exclusions.quoted(text, clause, q),
    gates.NUMERAL_WORD: lambda text, sentence, clause, q: exclusions.in_a_word(text, q),
    gates.CLASS_PROPERTY: lambda text, sentence, clause, q: exclusions.names_a_class(text, clause, q),
    gates.SHORTFALL: lambda text, sentence, clause, q: exclusions.falls_short(text, clause, q),
    gates.BASELINE: lambda text, sentence, clause, q: exclusions.is_baseline(text, clause, q),
    gates.OCCURRENCE: lambda text, sentence, clause, q: exclusions.occurrences(text, clause, q),
    gates.DESCRIPTION: lambda text, sentence, clause, q: exclusions.describes(text, clause, q),
    gates.SALE: lambda text, sentence, clause, q: binds_a_party(text, sentence, clause, q),
    gates.NAMED_PLACE: lambda text, sentence, clause, q: exclusions.names_a_place(text, clause, q),
    gates.SCORING: lambda text, sentence, clause, q: exclusions.scoring_rule().search(text, clause.start, clause.end),
}
FOLDERS = ("seeds", "docs")


@cache
def amounts() -> tuple[tuple[str, Span, Span, object], ...]:
    """Every amount of every clause of the seeds and docs, with its sentence and clause."""
    found = []
    for path in sorted(p for folder in FOLDERS for p in (CORPUS / folder).iterdir() if p.is_file()):
        text = read_source(Source(str(path), path)).text
        for sentence in sentences(text):
            for clause in clauses(text, sentence):
                found += ((text, sentence, clause, q.shifted(clause.start)) for q in find_quantities(clause.text(text)))
    return tuple(found)


def test_every_test_has_a_gate():
    assert set(TESTS) == set(gates._GATES)


@pytest.mark.parametrize("gate", list(TESTS), ids=lambda gate: gate.name)
def test_no_amount_is_ruled_out_behind_a_closed_gate(gate):
    ruled_out = [(text, sentence, q) for text, sentence, clause, q in amounts() if TESTS[gate](text, sentence, clause, q)]
    assert all(gate.asks(open_gates(text, sentence), q) for text, sentence, q in ruled_out)
    assert ruled_out or gate in (gates.SHORTFALL, gates.SALE)  # rare in plans: the rules pages of dev sets hold them


def test_most_amounts_leave_most_gates_closed():
    asked = [sum(gate.asks(open_gates(text, sentence), q) for gate in TESTS) for text, sentence, _, q in amounts()]
    assert sum(asked) < len(asked) * len(TESTS) / 4


@pytest.mark.parametrize(("sentence", "gate"), [
    ("常住人口由3.6万人下降至2.5万人。", gates.BASELINE),  # 由
    ("在现有12个园区基础上,再新建5个。", gates.BASELINE),  # a word of three characters
    ("推进“333”行动。", gates.QUOTED),
    ("共发生地震12次,造成3人死亡。", gates.OCCURRENCE),
    ("对符合条件的,给予补贴5万元。", gates.NO_COMMITMENT),
])
def test_a_sentence_opens_the_gate_of_the_words_it_holds(sentence, gate):
    assert open_gates(sentence, Span(0, len(sentence))) & gate.bit


def test_a_sentence_opens_no_gate_for_a_word_outside_it():
    text = "新建公园3个。由市园林局负责"
    assert not open_gates(text, Span(0, 7)) & gates.BASELINE.bit
    assert open_gates(text, Span(7, len(text))) & gates.BASELINE.bit


def test_a_word_starting_inside_another_opens_its_gate():
    inner = next(w for w in word_list("occurrence_verbs.tsv") if len(w) == 2)
    text = f"规划{inner}。"  # 划 + the word: a longer match at 划 would not hide it
    assert open_gates(text, Span(0, len(text))) & gates.OCCURRENCE.bit


def test_a_word_opens_the_gates_of_the_words_it_begins_with():
    opened = gates._beginnings("由此", {"由": gates.BASELINE.bit, "由此": gates.QUOTED.bit})
    assert opened == gates.BASELINE.bit | gates.QUOTED.bit


def test_copies_and_time_limits_are_asked_whatever_the_words():
    copies, = find_quantities("提交二份")
    window, = find_quantities("6个月内")
    assert gates.NO_COMMITMENT.asks(0, copies) and gates.NO_COMMITMENT.asks(0, window)
    amount, = find_quantities("新建公园3个")
    assert not gates.NO_COMMITMENT.asks(0, amount)
