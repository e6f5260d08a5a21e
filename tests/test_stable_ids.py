"""IDs other systems can keep: doc_id from the bytes read, task and target IDs from the document
and the record's evidence, the same in every run and with the judge on or off."""
from __future__ import annotations

import hashlib

import pytest

from extract.extractor import extract_document
from extract.model.judge import default_judge
from extract.read import document_from_bytes

from .corpus import CORPUS, SEEDS

PATHS = [SEEDS["000"], SEEDS["003"], *(CORPUS / "docs" / name for name in (
    "changshun-001.html", "govcn-003.html", "gwr2026-002.txt", "hfs-004.txt", "jxgov-005.html", "shgov-007.txt", "changshun-002.html"))]


def run(path, *, use_model: bool):
    data = path.read_bytes()
    return extract_document(document_from_bytes(data, name=str(path), suffix=path.suffix), use_model=use_model)


def keyed(records, id_field: str) -> dict[tuple, str]:
    """Each record's ID by what it says and where (every field but IDs, status, method and model)."""
    skipped = {id_field, "task_id", "target_id", "status", "method", "model_version", "deadline", "deadline_text",
               "deadline_start"}
    return {tuple((k, str(v)) for k, v in sorted(vars_of(r).items()) if k not in skipped): getattr(r, id_field)
            for r in records}


def vars_of(record) -> dict[str, object]:
    return {name: getattr(record, name) for name in record.__slots__}


@pytest.fixture(scope="module")
def judge():
    found = default_judge()
    if found is None:
        pytest.skip("no shipped model")
    return found


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.name)
def test_ids_are_the_same_in_every_run_and_with_the_model_on_or_off(path, judge):
    first, second, judged = run(path, use_model=False), run(path, use_model=False), run(path, use_model=True)
    assert [t.task_id for t in first.tasks] == [t.task_id for t in second.tasks] == [t.task_id for t in judged.tasks]
    assert [t.target_id for t in first.targets] == [t.target_id for t in second.targets]
    rules, model = keyed(first.targets, "target_id"), keyed(judged.targets, "target_id")
    shared = rules.keys() & model.keys()
    assert shared and {rules[k] for k in shared} == {model[k] for k in shared}
    assert len({t.target_id for t in judged.targets}) == len(judged.targets)


@pytest.mark.parametrize("path", PATHS[:3], ids=lambda p: p.name)
def test_ids_are_unique_within_a_document(path):
    result = run(path, use_model=False)
    ids = [t.task_id for t in result.tasks] + [t.target_id for t in result.targets]
    assert len(ids) == len(set(ids)) and all(i.startswith(result.document.doc_id + ":") for i in ids)


def test_doc_id_is_a_digest_of_the_bytes_read_not_of_the_cleaned_text():
    path = SEEDS["000"]
    data = path.read_bytes()
    document = document_from_bytes(data, name=str(path), suffix=path.suffix)
    framed = len(data).to_bytes(8, "big") + data
    assert document.doc_id == hashlib.sha1(framed).hexdigest()[:12]
    # the same words with other line ends clean to the same text, but are other bytes: another document
    crlf = document_from_bytes(data.replace(b"\n", b"\r\n"), name=str(path), suffix=path.suffix)
    assert crlf.text == document.text and crlf.doc_id != document.doc_id
