"""A file's own properties (title, author, creation date) as the <meta>-style tags metadata reads."""
from __future__ import annotations

import datetime as dt
import re

from ..lexicon import org_suffixes, word_list

# Titles that only repeat a file name ("Microsoft Word - 附件1.doc") say nothing about the document.
FILE_NAME_TITLE = re.compile(r"^Microsoft (Word|Excel) - |\.(docx?|wps|pdf|xlsx?|et)$", re.I)


def property_tags(*, title: str | None, author: str | None, created: dt.date | None) -> dict[str, str]:
    """``ArticleTitle``, ``ContentSource`` (an issuer hint) and ``PubDate``, each only when present.

    An author is kept only when it reads as an organization: a person's name or a
    default such as "Administrator" is not an issuer.
    """
    tags: dict[str, str] = {}
    if title and title.strip() and not FILE_NAME_TITLE.search(title.strip()) and not is_placeholder(title):
        tags["ArticleTitle"] = title.strip()
    if author and is_organization(author.strip()):
        tags["ContentSource"] = author.strip()
    if created is not None:
        tags["PubDate"] = (created.date() if isinstance(created, dt.datetime) else created).isoformat()
    return tags


def is_organization(name: str) -> bool:
    return any(name.endswith(suffix) and len(name) > len(suffix) for suffix in org_suffixes())


def is_placeholder(title: str) -> bool:
    """A default title such as reportlab's ``untitled``."""
    return title.strip().casefold() in word_list("placeholder_titles.tsv")
