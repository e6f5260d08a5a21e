"""Emergency plans number their clauses by place (5.2, 5.2.1): each clause with a duty is a task of its
own, and the table of contents before them gives none."""
from extract.extractor import extract_document
from tests.corpus import doc_path, read_cached


def test_the_grain_emergency_plan_gives_a_task_per_numbered_clause():
    document = read_cached(doc_path("govcn-009.html"))
    tasks = extract_document(document, use_model=False).tasks
    titles = [t.title for t in tasks]
    for words in ("应急加工网络", "应急供应网络", "应急储运网络", "市场监测", "评估和改进"):
        assert sum(words in title for title in titles) == 1, words
    contents_end = document.text.index("1.1", document.text.index("附则"))
    assert all(t.start >= contents_end for t in tasks)
