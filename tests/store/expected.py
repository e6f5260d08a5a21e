"""What the store should give back for a document: extract's records, with the store's version of it."""
import dataclasses

from extract.store.query import StoredDocument, StoredResult


def as_stored(result, *, version=1, parent_id=None):
    metadata = dataclasses.replace(result.document.metadata, version=version, parent_id=parent_id)
    return StoredResult(StoredDocument(metadata, result.document.text), result.tasks, result.targets)
