"""The rule extractor as a spaCy component: ``nlp(text)`` gives ``doc._.document``, ``doc._.tasks``
and ``doc._.targets``, the judge being the pipeline's own (disabled) tok2vec and textcat.

The records' ``start``/``end`` are offsets into the cleaned text (RECORDS.md); in ``doc.text``, each
target is the span of the span group ``doc.spans["targets"]`` (labelled ``planned`` or ``achieved``,
``span._.target`` the record), found by its evidence.

Registered as the factory ``policy_extractor`` (an entry point of this package).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..pipeline import process
from .judge import Judge
from .spans import TextAligner

EXTENSIONS = ("document", "tasks", "targets")
SPAN_GROUP = "targets"


class PolicyExtractor:
    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name
        self._judge: Judge | None = None
        for extension in EXTENSIONS:
            if not Doc.has_extension(extension):
                Doc.set_extension(extension, default=None)
        if not Span.has_extension("target"):
            Span.set_extension("target", default=None)

    def __call__(self, doc: Doc) -> Doc:
        result = process(doc.text.encode("utf-8"), name="<spacy doc>", suffix=".txt", judge=self._get_judge())
        doc._.document, doc._.tasks, doc._.targets = result.document, result.tasks, result.targets
        doc.spans[SPAN_GROUP] = _target_spans(doc, result.targets, traditional=result.document.metadata.script == "hant")
        return doc

    def _get_judge(self) -> Judge | None:
        if self._judge is None and "textcat" in self.nlp.component_names:
            self._judge = Judge.from_nlp(self.nlp)
        return self._judge


def _target_spans(doc: Doc, targets, *, traditional: bool) -> list[Span]:
    """Each target's evidence as a span of ``doc.text`` (the tokens that hold it)."""
    aligner = TextAligner(doc.text, traditional=traditional)
    spans, after = [], 0
    for target in sorted(targets, key=lambda t: t.start):
        found = aligner.find(target.evidence, after=after)
        span = doc.char_span(*found, label=target.status, alignment_mode="expand") if found else None
        if span is not None:
            span._.target = target
            spans.append(span)
            after = found[0]
    return spans


def make_policy_extractor(nlp: Language, name: str) -> PolicyExtractor:
    return PolicyExtractor(nlp, name)


Language.factory("policy_extractor", func=make_policy_extractor)
