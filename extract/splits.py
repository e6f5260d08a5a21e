"""Sentences and clauses of one document, each cut once and shared by every reader.

The prose candidates read the sentences of the whole text and the clauses of those
holding a numeral; the owners of every outline item read the sentences and clauses
of its own words, with its tables blanked out. Both are the same pieces wherever
the tables leave the text alone, so they are cut once here and looked up.

A text is cut line by line: :func:`~extract.rules.sentences.sentences` closes every
bracket and ends every piece at a line end, so the sentences of a line do not depend
on what came before it, and the sentences of any stretch of text are those of its
lines (the first and last cut where the stretch starts and ends). The whole text is
cut in one pass on first use (its sentences and their clauses): the sentences of the
whole lines of a stretch are a run of them, found by bisection; only a line read from
inside it, or up to a place inside it, is cut apart.
"""
from __future__ import annotations

import bisect
from itertools import accumulate

from .rules.sentences import SENTENCE_MARKS, Span, clauses, sentences_with_clauses


class Splits:
    """The sentences of ``text``'s lines and the clauses of its sentences, cut on first use.
    ``same_as``: the splits of a text equal to this one outside ``changed`` (the document
    beside its prose, whose tables are blanked out): their pieces are shared, and only the
    lines a change touches are cut here."""

    def __init__(self, text: str, *, same_as: Splits | None = None,
                 changed: tuple[tuple[int, int], ...] = ()) -> None:
        self.text = text
        self._same_as = same_as
        ordered = sorted(changed)
        self._changed_starts = [a for a, _ in ordered]
        self._reach = list(accumulate((b for _, b in ordered), max))  # how far the first k+1 changes reach
        self._whole: list[Span] | None = None  # every sentence of the text in order, once cut (no ``same_as``)
        self._starts: list[int] = []  # where each of them starts
        self._lines: dict[tuple[int, int], list[Span]] = {}  # pieces cut apart: part of a line, a changed line
        self._clauses: dict[tuple[int, int], list[Span]] = {}

    def sentences(self, start: int = 0, end: int | None = None) -> list[Span]:
        """``sentences(text, start, end)``: the sentences of the whole lines between ``start`` and ``end``,
        and those of the part of a line before and after them."""
        text = self.text
        end = len(text) if end is None else end
        if start >= end:
            return []
        first = start if start == 0 or text[start - 1] == "\n" else text.find("\n", start, end) + 1 or end
        last = end if end == len(text) or text[end - 1] == "\n" else text.rfind("\n", first, end) + 1 or first
        found: list[Span] = []
        if start < first:
            found += self._line(start, first)  # a line read from inside it
        if first < last:
            found += self._whole_lines(first, last)
        if last < end:
            found += self._line(last, end)  # a line read up to a place inside it
        return found

    def clauses(self, sentence: Span) -> list[Span]:
        """``clauses(text, sentence)``, cut once."""
        key = (sentence.start, sentence.end)
        found = self._clauses.get(key)
        if found is None:
            if self._same_as is not None and self._untouched(sentence.start - 1, sentence.end + 1):
                found = self._same_as.clauses(sentence)  # a comma peeks at the characters around it
            else:
                if self._same_as is None and self._whole is None:
                    self._cut_whole()
                    found = self._clauses.get(key)
                if found is None:
                    found = clauses(self.text, sentence)
            self._clauses[key] = found
        return found

    def _whole_lines(self, start: int, end: int) -> list[Span]:
        """The sentences of the lines from ``start`` (a line's start) to ``end`` (past a line's end)."""
        if self._same_as is not None:
            if self._untouched(start, end):
                return self._same_as._whole_lines(start, end)
            return self._changed_lines(start, end)
        if self._whole is None:
            self._cut_whole()
        return self._whole[bisect.bisect_left(self._starts, start):bisect.bisect_left(self._starts, end)]

    def _changed_lines(self, start: int, end: int) -> list[Span]:
        """The sentences of whole lines some change touches: line by line, those it leaves alone shared."""
        text, found, position = self.text, [], start
        while position < end:
            line_end = text.find("\n", position, end)
            piece_end = end if line_end < 0 else line_end + 1
            if self._untouched(position, piece_end):
                found += self._same_as._whole_lines(position, piece_end)
            else:
                found += self._line(position, piece_end)
            position = piece_end
        return found

    def _cut_whole(self) -> None:
        cut = sentences_with_clauses(self.text)
        self._whole = [sentence for sentence, _ in cut]
        self._starts = [sentence.start for sentence in self._whole]
        self._clauses.update(((s.start, s.end), parts) for s, parts in cut)

    def _line(self, start: int, end: int) -> list[Span]:
        """The sentences of one piece of a line cut apart (and in a changed text, of a changed line)."""
        key = (start, end)
        found = self._lines.get(key)
        if found is None:
            if self._same_as is not None and self._untouched(start, end):
                found = self._same_as._line(start, end)
            else:  # the clauses of its sentences in the same pass: nearly every sentence is read by clause
                found = self._from_line_start(start, end)
                if found is None:
                    found = self._cut(start, end)
            self._lines[key] = found
        return found

    def _cut(self, start: int, end: int) -> list[Span]:
        cut = sentences_with_clauses(self.text, start, end)
        self._clauses.update(((s.start, s.end), parts) for s, parts in cut)
        return [sentence for sentence, _ in cut]

    def _from_line_start(self, start: int, end: int) -> list[Span] | None:
        """The sentences of a line read from inside it (an item's words after its heading marker),
        from those of the whole line: past the first sentence mark the whole line's cut ends a
        sentence at, no bracket is open either way, and both cuts are the same from there; only the
        stretch before it is cut again. None where the line is not cut whole, or is not to its end."""
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        if line_start == start or not (end == len(text) or text[end - 1] == "\n"):
            return None
        whole = self._whole_lines(line_start, end)
        first = next((k for k, s in enumerate(whole) if s.end > start), None)
        if first is None or text[whole[first].end - 1] not in SENTENCE_MARKS:
            return None  # no sentence mark after ``start`` ends a sentence: the line is cut again
        return self._cut(start, whole[first].end) + whole[first + 1:]

    def _untouched(self, start: int, end: int) -> bool:
        """Whether text[start:end] lies outside every changed stretch."""
        first = bisect.bisect_left(self._changed_starts, end)  # the changes starting before ``end``
        return first == 0 or self._reach[first - 1] <= start
