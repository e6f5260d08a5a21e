"""A list of words kept as where they stand in a document's text: a task's path, whose headings are there.

A list column holds JSON text: ``["一、总体要求", "(二)基本原则。"]``. Stored, each
item that stands somewhere in the document's text is replaced by its offsets,
``[start, end]``, when those are shorter to write than the words; the others stay
words. Read back (in Python, or in SQL by the views) each pair is the text's
characters from start to end again, and the list is written as it was: the same
JSON text, byte for byte. A list of words alone (what older stores hold) reads
back as itself.
"""
from __future__ import annotations

import json


def encoded(value: str, text: str) -> str:
    """The JSON list ``value`` with each item that stands in ``text`` as its [start, end], where shorter."""
    items: list[str | list[int]] = []
    for words in json.loads(value):
        at = text.find(words) if words else -1
        shorter = at >= 0 and len(f"[{at},{at + len(words)}]") < len(words.encode()) + 2  # quoted, at least
        items.append([at, at + len(words)] if shorter else words)
    return json.dumps(items, ensure_ascii=False, separators=(",", ":"))


def decoded(value: str, text: str) -> str:
    """The JSON list ``encoded`` gave, as it was before (each [start, end] the words of ``text`` there)."""
    items = [text[item[0]:item[1]] if isinstance(item, list) else item for item in json.loads(value)]
    return json.dumps(items, ensure_ascii=False)


def decoded_sql(dialect: str, value: str, text: str) -> str:
    """SQL for ``decoded``: the JSON text of the list stored in the column ``value`` (NULL for NULL), its
    [start, end] items read from ``text``. Items are quoted as Python's ``json.dumps`` quotes them."""
    if dialect == "postgresql":
        start, end = "(e.item->>0)::int", "(e.item->>1)::int"
        words = f"to_json(substr({text}, {start} + 1, {end} - {start}))::text"
        return (f"(SELECT '[' || string_agg(CASE json_typeof(e.item) WHEN 'array' THEN {words} "
                f"ELSE e.item::text END, ', ' ORDER BY e.n) || ']' "
                f"FROM json_array_elements({value}::json) WITH ORDINALITY AS e(item, n))")
    start, end = "json_extract(e.value, '$[0]')", "json_extract(e.value, '$[1]')"
    words = f"json_quote(substr({text}, {start} + 1, {end} - {start}))"
    return (f"(SELECT '[' || group_concat(CASE e.type WHEN 'array' THEN {words} ELSE json_quote(e.value) END, ', ') "
            f"|| ']' FROM json_each({value}) AS e)")
