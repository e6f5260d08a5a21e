"""Sentences and clauses of cleaned text, as spans (offsets into the text)."""
from __future__ import annotations

import re

from ..frozen import frozen

SENTENCE_END = re.compile(r"[。;；!！?？\n]")
SENTENCE_MARKS = "。;；!！?？"  # SENTENCE_END but the line end
CLAUSE_BREAK = re.compile(r"[,，:：]")
OPENERS, CLOSERS = "(（“《〈[【", ")）”》〉]】"
SPECIAL = re.compile("[" + re.escape(OPENERS + CLOSERS) + r"。;；!！?？,，:：\n]")
BRACKET = re.compile("[" + re.escape(OPENERS + CLOSERS) + "]")
_BREAKS = {SENTENCE_END: SENTENCE_END, CLAUSE_BREAK: re.compile(r"[,，:：\n]")}  # each mark set with line ends
OPEN_QUOTE = "“"
NEXT_QUOTE = re.compile("[“”\n]")  # what a quotation mark is closed by, or left open at


@frozen  # a document is cut into tens of thousands of spans
class Span:
    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start:self.end]


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]``: cut at 。；！？ and line ends, outside brackets."""
    return _split(text, start, len(text) if end is None else end, SENTENCE_END, keep_mark=True)


def clauses(text: str, sentence: Span) -> list[Span]:
    """Clauses of a sentence: cut at commas and colons outside brackets and numbers (1,500);
    the sentence's final mark is not part of its last clause."""
    end = sentence.end
    while end > sentence.start and SENTENCE_END.match(text[end - 1]):
        end -= 1
    return _split(text, sentence.start, end, CLAUSE_BREAK, keep_mark=False)


def sentences_with_clauses(text: str, start: int = 0, end: int | None = None) -> list[tuple[Span, list[Span]]]:
    """``sentences(text, start, end)``, each with its ``clauses``, cut in one pass over the marks: a
    sentence starts where no bracket is open, so the depth its clauses are cut at is the one its
    sentence was cut at, and the commas of a sentence are found on the way to its end."""
    end = len(text) if end is None else end
    found: list[tuple[Span, list[Span]]] = []
    depth = 0
    piece_start = start
    breaks: list[int] = []  # the clause breaks of the sentence being read
    for mark in SPECIAL.finditer(text, start, end):  # the marks asked for in the order they are most met
        ch = mark.group()
        if ch == ",":  # a clause break outside brackets and numbers (1,500)
            i = mark.start()
            if depth == 0 and not (text[i - 1].isdigit() and _inside_number(text, i)):
                breaks.append(i)
        elif ch in SENTENCE_MARKS:
            if depth == 0:
                _add_sentence(text, found, piece_start, mark.end(), breaks)
                piece_start, breaks = mark.end(), []
        elif ch == "\n":
            _add_sentence(text, found, piece_start, mark.start(), breaks)
            depth, piece_start, breaks = 0, mark.end(), []
        elif ch in OPENERS:
            depth = max(0, depth + quote_step(text, mark.start())) if ch == OPEN_QUOTE else depth + 1
        elif ch in CLOSERS:
            depth = max(0, depth - 1)
        elif depth == 0:
            breaks.append(mark.start())  # a colon or a full-width comma outside brackets
    _add_sentence(text, found, piece_start, end, breaks)
    return found


def _add_sentence(text: str, found: list[tuple[Span, list[Span]]], start: int, stop: int, breaks: list[int]) -> None:
    if start < stop and text[start] not in " \t" and text[stop - 1] not in " \t":
        sentence = Span(start, stop)  # most sentences: nothing to strip
    else:
        pieces: list[Span] = []
        _add(text, pieces, start, stop)
        if not pieces:
            return
        sentence = pieces[0]
    end = sentence.end
    while end > sentence.start and text[end - 1] in SENTENCE_MARKS:
        end -= 1  # the sentence's final mark is not part of its last clause
    parts: list[Span] = []
    piece_start = sentence.start
    for i in breaks:
        if piece_start < i and text[piece_start] not in " \t" and text[i - 1] not in " \t":
            parts.append(Span(piece_start, i))  # _add's first case, inline: most clauses
        else:
            _add(text, parts, piece_start, i)
        piece_start = i + 1
    _add(text, parts, piece_start, end)
    found.append((sentence, parts))


def _split(text: str, start: int, end: int, marks: re.Pattern[str], *, keep_mark: bool) -> list[Span]:
    if BRACKET.search(text, start, end) is None:  # most pieces: no depth to keep, only the breaks
        return _split_flat(text, start, end, _BREAKS[marks], keep_mark=keep_mark)
    spans: list[Span] = []
    depth = 0
    piece_start = start
    for found in SPECIAL.finditer(text, start, end):
        i, ch = found.start(), found.group()
        if ch in OPENERS:
            depth = max(0, depth + quote_step(text, i)) if ch == OPEN_QUOTE else depth + 1
        elif ch in CLOSERS:
            depth = max(0, depth - 1)
        elif ch == "\n" or (depth == 0 and marks.match(ch) and not _inside_number(text, i)):
            stop = i + 1 if keep_mark and ch != "\n" else i
            if ch == "\n":
                depth = 0
            _add(text, spans, piece_start, stop)
            piece_start = i + 1
    _add(text, spans, piece_start, end)
    return spans


def _split_flat(text: str, start: int, end: int, breaks: re.Pattern[str], *, keep_mark: bool) -> list[Span]:
    """_split where no bracket opens or closes: every break outside a number (1,500) cuts."""
    spans: list[Span] = []
    piece_start = start
    for found in breaks.finditer(text, start, end):
        i = found.start()
        ch = text[i]
        if ch == "," and _inside_number(text, i):
            continue
        _add(text, spans, piece_start, i + 1 if keep_mark and ch != "\n" else i)
        piece_start = i + 1
    _add(text, spans, piece_start, end)
    return spans


def quote_step(text: str, i: int) -> int:
    """What the quotation mark “ at ``i`` does to the depth of brackets: 1 where it opens a quotation, 0 where
    it is never closed (获评“五星级单位,8个获评“示范点”: the next quotation mark of its line opens another,
    itself closed, or none follows), -1 where it closes the quotation before it, typed as an opening mark
    (把“四化“要求…). A quotation never closed holds no sentence: the sentence marks after it still cut."""
    before = _previous_quote(text, i)
    if before is not None and _pairs_with_next(text, before) == i:
        return -1
    following = _next_quote(text, i)
    if following is None or text[following] == "”":
        return 0 if following is None else 1
    return 1 if _pairs_with_next(text, i) == following else 0


def _pairs_with_next(text: str, i: int) -> int | None:
    """The opening mark “ closing the quotation opened at ``i``: the next one, when the quotation mark after
    that one is not a closing mark (so it closes none of its own)."""
    following = _next_quote(text, i)
    if following is None or text[following] == "”":
        return None
    after = _next_quote(text, following)
    return following if after is None or text[after] != "”" else None


def _next_quote(text: str, i: int) -> int | None:
    """The next quotation mark after ``i`` in its line."""
    found = NEXT_QUOTE.search(text, i + 1)
    return found.start() if found is not None and found.group() != "\n" else None


def _previous_quote(text: str, i: int) -> int | None:
    """The last quotation mark before ``i`` in its line."""
    line_start = text.rfind("\n", 0, i) + 1
    found = max(text.rfind("“", line_start, i), text.rfind("”", line_start, i))
    return found if found >= 0 else None


def _inside_number(text: str, i: int) -> bool:
    return text[i] == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _add(text: str, spans: list[Span], start: int, stop: int) -> None:
    if start < stop and text[start] not in " \t" and text[stop - 1] not in " \t":
        spans.append(Span(start, stop))  # most pieces: nothing to strip
        return
    piece = text[start:stop]
    kept = piece.lstrip(" \t")
    if kept:
        spans.append(Span(start + len(piece) - len(kept), stop - len(kept) + len(kept.rstrip(" \t"))))
