"""Where records of the cleaned text stand in the text a spaCy Doc was made from.

Cleaning folds width, converts traditional characters and collapses whitespace, so a record's
offsets (into the cleaned text) are not offsets into ``doc.text``. Its evidence is found again in
``doc.text`` compared the way cleaning compares (width folded, simplified, whitespace ignored), and
the span that holds it is returned in ``doc.text``'s characters.
"""
from __future__ import annotations

import bisect

from ..clean.normalize import fold_width, to_simplified


class TextAligner:
    """Finds cleaned-text phrases in the original text, in order, by a folded copy of it."""

    def __init__(self, text: str, *, traditional: bool) -> None:
        folded: list[str] = []
        origin: list[int] = []
        for position, character in enumerate(text):
            if character.isspace():
                continue
            converted = fold_width(character)
            converted = to_simplified(converted) if traditional else converted
            for piece in converted:
                if not piece.isspace():
                    folded.append(piece)
                    origin.append(position)
        self._folded = "".join(folded)
        self._origin = origin

    def find(self, phrase: str, *, after: int = 0) -> tuple[int, int] | None:
        """[start, end) of ``phrase`` in the original text (the first place at or after ``after``)."""
        key = "".join(phrase.split())
        if not key:
            return None
        from_folded = bisect.bisect_left(self._origin, after)
        at = self._folded.find(key, from_folded)
        if at < 0:
            at = self._folded.find(key)
        if at < 0:
            return None
        return self._origin[at], self._origin[at + len(key) - 1] + 1
