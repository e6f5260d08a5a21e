"""spaCy tokenizer over the project's own jieba Tokenizer and domain dictionary.

Registered as ``policy_extract.jieba_tokenizer.v1`` (an entry point of this package), so
``spacy.load("models/policy-extract-zh")`` works wherever policy-extract is installed.
Tokens keep the text exactly (no spaces are added): ``doc.text == text``.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..segment import words

NAME = "policy_extract.jieba_tokenizer.v1"


class JiebaTokenizer:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        found = words(text)
        return Doc(self.vocab, words=found, spaces=[False] * len(found))

    # The tokenizer has no state of its own: the dictionary is the package's data.
    def to_bytes(self, **_) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_) -> JiebaTokenizer:
        return self

    def to_disk(self, _path: str | Path, **_) -> None:
        return None

    def from_disk(self, _path: str | Path, **_) -> JiebaTokenizer:
        return self


def create_tokenizer() -> Callable[[object], JiebaTokenizer]:
    def make(nlp) -> JiebaTokenizer:
        return JiebaTokenizer(nlp.vocab)
    return make
