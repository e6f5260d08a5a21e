"""A trained judge of candidate amounts: a spaCy text classifier over an amount's marked
context that labels it TARGET_PLANNED, TARGET_ACHIEVED or NOT_TARGET. It knows nothing of
the rules; how its scores combine with their verdict is extract/decide.py.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cache
from pathlib import Path

MODEL_NAME = "policy-extract-zh"
ENVIRONMENT = "POLICY_EXTRACT_MODEL"
NOT_TARGET, PLANNED, ACHIEVED = "NOT_TARGET", "TARGET_PLANNED", "TARGET_ACHIEVED"
LABELS = (NOT_TARGET, PLANNED, ACHIEVED)
# contexts per forward pass: 64 to 128 ran the corpus's candidates fastest (256 about 10% slower, one batch
# of all a document's candidates twice as slow); a row's scores do not depend on the batch it is in
BATCH = 64
TRAINED_PIPES = ("tok2vec", "textcat")


class Judge:
    """The shipped spaCy pipeline's text classifier, applied to candidate contexts."""

    def __init__(self, nlp) -> None:
        self.nlp = nlp
        self.version = f"{nlp.meta.get('name', MODEL_NAME)}-{nlp.meta.get('version', '0')}"
        self._pipes = [nlp.get_pipe(name) for name in TRAINED_PIPES if name in nlp.component_names]

    @classmethod
    def load(cls, path: Path) -> Judge:
        import spacy  # a heavy import, only when a model is used
        from spacy.util import load_meta

        # only the judge's own components are loaded: not the rule component a pipeline may also hold
        others = [name for name in load_meta(Path(path) / "meta.json").get("components", ())
                  if name not in TRAINED_PIPES]
        return cls(spacy.load(path, exclude=others))

    @classmethod
    def from_nlp(cls, nlp) -> Judge:
        return cls(nlp)

    def scores(self, contexts: Sequence[str]) -> list[dict[str, float]]:
        """The labels' probabilities for each context; a context asked twice is scored once."""
        unique = list(dict.fromkeys(contexts))
        docs = (self.nlp.make_doc(text) for text in unique)
        for pipe in self._pipes:
            docs = pipe.pipe(docs, batch_size=BATCH)
        scored = {text: doc.cats for text, doc in zip(unique, docs)}
        return [dict(scored[text]) for text in contexts]


def models_folders() -> tuple[Path, Path]:
    """Where models/ is: in the installed package, else in a checkout."""
    package = Path(__file__).resolve().parent.parent
    return package / "models", package.parent / "models"


def default_model_path() -> Path | None:
    """$POLICY_EXTRACT_MODEL, else the model shipped in the package, else models/ of a checkout."""
    candidates = [Path(os.environ[ENVIRONMENT])] if os.environ.get(ENVIRONMENT) else []
    candidates += [folder / MODEL_NAME for folder in models_folders()]
    return next((p for p in candidates if (p / "meta.json").is_file()), None)


@cache
def default_judge() -> Judge | None:
    path = default_model_path()
    return Judge.load(path) if path is not None else None
