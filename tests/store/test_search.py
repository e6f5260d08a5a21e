"""policy-extract search: the same notices and records from SQLite (FTS5 of characters) and PostgreSQL (GIN)."""
import json

import pytest
from click.testing import CliRunner

from extract.cli import main
from extract.load.sources import Source
from extract.read import read
from extract.store.database import Store
from extract.store.ingest import ingest_source
from extract.store.fulltext import candidates_sql, match_expression
from extract.store.search import search
from tests.corpus import doc_path
from tests.store.conftest import new_database

NAMES = ("jxgov-004.html", "govcn-004.html", "jxgov-006.html", "gwr2026-003.txt", "govcn-001.html",
         "jxgov-009.html")
PAGES = [doc_path(name) for name in NAMES]
QUERIES = ["垃圾分类", "新能源汽车", "碳达峰", "开发区", "农田"]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def fill(location):
    with Store.open(location) as store:
        for page in PAGES:
            ingest_source(store, Source(str(page), page), max_bytes=1 << 25)
    return location


@pytest.fixture(scope="module")
def sqlite_db(tmp_path_factory):
    return fill(tmp_path_factory.mktemp("search") / "policy.db")


@pytest.fixture(scope="module")
def postgresql_db(postgres_server):
    return fill(new_database(postgres_server))


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request):
    return request.getfixturevalue(f"{request.param}_db")


def containing(query):
    """The corpus documents whose cleaned title or text contain the query, read without the store."""
    found = []
    for page in PAGES:
        document = read(page)
        if query in document.text or query in (document.metadata.title or ""):
            found.append(str(page))
    return sorted(found)


@pytest.mark.parametrize("query", QUERIES)
def test_search_finds_exactly_the_documents_that_contain_the_query(db, query):
    with Store.open(db, read_only=True) as store:
        hits = search(store, query)
    assert sorted(hit.document.source for hit in hits) == containing(query)
    assert all(query in hit.snippet for hit in hits)


@pytest.mark.parametrize("query", QUERIES)
def test_the_matching_tasks_and_targets_are_those_whose_words_contain_it(db, query):
    with Store.open(db, read_only=True) as store:
        hits = search(store, query)
        for hit in hits:
            tasks = store.rows("SELECT task_id, title, text FROM tasks_with_documents WHERE doc_id = ?", (hit.document.doc_id,))
            expected = {t["task_id"] for t in tasks if query in t["title"] or query in t["text"]}
            assert {task.task_id for task in hit.tasks} == expected
            assert all(query in t.indicator or query in t.evidence for t in hit.targets)


def test_sqlite_and_postgresql_give_the_same_hits(sqlite_db, postgresql_db):
    for query in QUERIES:
        results = []
        for db in (sqlite_db, postgresql_db):
            with Store.open(db, read_only=True) as store:
                results.append([(h.document, h.snippet, h.tasks, h.targets) for h in search(store, query)])
        assert results[0] == results[1]


def test_sqlite_answers_from_the_character_index(sqlite_db):
    with Store.open(sqlite_db, read_only=True) as store:
        plan = store.rows("EXPLAIN QUERY PLAN SELECT rowid FROM documents_chars WHERE documents_chars MATCH ?",
                          (match_expression("垃圾分类"),))
        found = store.rows("SELECT d.source FROM documents d WHERE d.rowid IN (SELECT rowid FROM documents_chars "
                           "WHERE documents_chars MATCH ?)", (match_expression("垃圾分类"),))
    assert any("VIRTUAL TABLE INDEX" in row["detail"] for row in plan)
    holding = [str(page) for page in PAGES if set("垃圾分类") <= set(read(page).text + (read(page).metadata.title or ""))]
    assert sorted(row["source"] for row in found) == sorted(holding)


def test_postgresql_answers_from_the_character_index(postgresql_db):
    with Store.open(postgresql_db, read_only=True) as store:
        store.execute("SET enable_seqscan = off")
        plan = "\n".join(r[0] for r in store.execute(
            f"EXPLAIN SELECT doc_id FROM documents WHERE {candidates_sql('postgresql')}",
            {"needle": "垃圾分类"}).fetchall())
    assert "documents_chars" in plan


@pytest.mark.parametrize("query", ["ipv", "Gwh", "gwH", "cptpp"])
def test_ascii_letters_match_in_either_case(db, query):
    """LIKE (SQLite) and ILIKE (PostgreSQL) fold ASCII letters; the index must not lose such a match."""
    with Store.open(db, read_only=True) as store:
        found = sorted(hit.document.source for hit in search(store, query))
    assert found and found == sorted(str(page) for page in PAGES if query.lower() in read(page).text.lower())


def test_the_search_command_prints_the_notices_and_their_records(sqlite_db):
    result = run("search", "新能源汽车", "--db", sqlite_db, "--format", "jsonl")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    documents = [r for r in rows if r["kind"] == "document"]
    assert sorted(d["source"] for d in documents) == containing("新能源汽车")
    assert any(r["kind"] == "target" for r in rows)
    assert f"{len(documents)} notices found" in result.stderr


def test_the_search_command_reads_as_text(sqlite_db):
    result = run("search", "开发区", "--db", sqlite_db)
    assert result.exit_code == 0
    assert "江西省人民政府关于推进全省国家级开发区创新提升打造改革开放新高地的若干意见" in result.stdout


@pytest.mark.parametrize("query", ["%以上", "_", "区"], ids=["percent-is-literal", "underscore-is-literal",
                                                            "one-character"])
def test_short_and_special_queries(db, query):
    with Store.open(db, read_only=True) as store:
        assert sorted(hit.document.source for hit in search(store, query)) == containing(query)


def test_an_empty_query_is_a_usage_error(sqlite_db):
    result = run("search", "  ", "--db", sqlite_db)
    assert result.exit_code == 2 and "empty query" in result.stderr
