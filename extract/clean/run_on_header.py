"""A page's header run into the body on one line, where a crawler joined the page's text: 当前位置: 首页…
标题 时间:2024-05-06 09:30 微信 微博 QQ空间 今年以来,我局围绕…. The breadcrumb, the title, the time and the share
buttons are page chrome; what follows them is the body's first paragraph, which would go with the line as a
breadcrumb. The header is cut off the line, so the breadcrumb goes alone (run_on_headers.tsv)."""
from __future__ import annotations

import re
from functools import cache

from ..lexicon import Column, read_table
from .page import Block, Line


@cache
def _headers() -> tuple[re.Pattern[str], ...]:
    rows = read_table("run_on_headers.tsv", (Column("pattern", regex=True), Column("note", required=False)))
    return tuple(re.compile(row["pattern"], re.I) for row in rows)


def cut_run_on_headers(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """``blocks`` with each line that starts with a page header and runs on into the body cut in two lines."""
    cut: list[Block] = []
    for block in blocks:
        end = _header_end(block.text) if isinstance(block, Line) else None
        if end is None:
            cut.append(block)
        else:
            cut += [Line(block.text[:end], block.level), Line(block.text[end:].strip(), block.level)]
    return tuple(cut)


def _header_end(text: str) -> int | None:
    """Where the page header at the start of ``text`` ends, when body text follows it."""
    return next((found.end() for header in _headers() if (found := header.match(text))), None)
