"""The attachments of a notice page: links in its body to Word, Excel and PDF files."""
from __future__ import annotations

import re
from pathlib import PurePosixPath
from urllib.parse import urldefrag, urljoin, urlsplit

from ..clean.html import find_main
from ..clean.tree import parse_document

ATTACHMENT_SUFFIXES = frozenset({".doc", ".docx", ".xls", ".xlsx", ".pdf"})
# Most pages link no file at all: a quick look spares parsing them a second time.
MAYBE_ATTACHMENT = re.compile(r"\.(docx?|xlsx?|pdf)\b", re.I)


def attachment_links(html: str, *, base: str) -> tuple[str, ...]:
    """Absolute URLs of the attachments linked from the page's main text, in page order, each once."""
    if not MAYBE_ATTACHMENT.search(html):
        return ()
    main = find_main(parse_document(html))
    found: dict[str, None] = {}
    for anchor in main.iterdescendants("a"):
        href = anchor.get("href")
        if href is None:
            continue
        try:
            url, _ = urldefrag(urljoin(base, href.strip()))
            parts = urlsplit(url)
        except ValueError:  # "http://[/x.pdf": not a URL
            continue
        if parts.scheme in ("http", "https") and PurePosixPath(parts.path).suffix.lower() in ATTACHMENT_SUFFIXES:
            found.setdefault(url)
    return tuple(found)
