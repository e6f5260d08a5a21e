"""The rule extractor as a spaCy component: ``nlp(text)`` gives ``doc._.document``, ``doc._.tasks``
and ``doc._.targets``, the judge being the pipeline's own (disabled) tok2vec and textcat.

Registered as the factory ``policy_extractor`` (an entry point of this package).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..pipeline import process
from .judge import Judge

EXTENSIONS = ("document", "tasks", "targets")


class PolicyExtractor:
    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name
        self._judge: Judge | None = None
        for extension in EXTENSIONS:
            if not Doc.has_extension(extension):
                Doc.set_extension(extension, default=None)

    def __call__(self, doc: Doc) -> Doc:
        result = process(doc.text.encode("utf-8"), name="<spacy doc>", suffix=".txt", judge=self._get_judge())
        doc._.document, doc._.tasks, doc._.targets = result.document, result.tasks, result.targets
        return doc

    def _get_judge(self) -> Judge | None:
        if self._judge is None and "textcat" in self.nlp.component_names:
            self._judge = Judge.from_nlp(self.nlp)
        return self._judge


def make_policy_extractor(nlp: Language, name: str) -> PolicyExtractor:
    return PolicyExtractor(nlp, name)


Language.factory("policy_extractor", func=make_policy_extractor)
