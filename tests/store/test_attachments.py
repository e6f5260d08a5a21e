"""Attachments are linked to their notice in the store and in every export (parent_id, doc_parent_id)."""
import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from extract.cli import main
from extract.store.database import Store
from extract.store.ingest import Capture, now, process, store_pages
from tests.corpus import REPO

NOTICE_URL = "http://notices.test/art/2024/3/5/art_1_2.html"
ATTACHMENT_URL = "http://notices.test/files/targets.xlsx"
NOTICE = ("<html><head><meta charset=\"utf-8\"><title>关于印发清溪镇目标分解表的通知</title></head><body>"
          "<div id=\"zoom\"><p>关于印发清溪镇目标分解表的通知</p><p>各村（社区）：</p>"
          "<p>现将目标分解表印发给你们，请认真贯彻执行。</p>"
          "<p>附件：<a href=\"/files/targets.xlsx\">目标分解表</a></p></div></body></html>").encode()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("attachments") / "policy.db"
    notice = Capture(url=NOTICE_URL, source=NOTICE_URL, kind="notice", body=NOTICE, fetched_at=now(),
                     suffix=".html")
    attachment = Capture(url=ATTACHMENT_URL, source=ATTACHMENT_URL, kind="attachment", fetched_at=now(),
                         body=(REPO / "tests" / "fixtures" / "qingxi_targets.xlsx").read_bytes(), suffix=".xlsx",
                         parent_url=NOTICE_URL)
    with Store.open(path) as store:
        store_pages(store, [process(notice), process(attachment)])
    return path


def doc_ids(db):
    with Store.open(db, read_only=True) as store:
        return {row["source"]: row["doc_id"] for row in store.rows("SELECT source, doc_id FROM documents")}


def export(db, *args):
    result = CliRunner().invoke(main, ["export", "--db", str(db), *map(str, args)])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_the_attachment_document_names_its_notice(db):
    ids = doc_ids(db)
    documents = {d["source"]: d for d in map(json.loads, export(db, "--records", "documents", "--format",
                                                                  "jsonl").splitlines())}
    assert documents[ATTACHMENT_URL]["parent_id"] == ids[NOTICE_URL]
    assert documents[NOTICE_URL]["parent_id"] is None


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json", "parquet"])
def test_every_export_links_the_attachments_targets_to_the_notice(db, tmp_path, fmt):
    out = tmp_path / f"targets.{fmt}"
    export(db, "--format", fmt, "-o", out)
    if fmt == "parquet":
        targets = pq.read_table(out).to_pylist()
    elif fmt == "csv":
        targets = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    elif fmt == "jsonl":
        targets = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    else:
        targets = json.loads(out.read_text(encoding="utf-8"))
    from_attachment = [t for t in targets if t["source"] == ATTACHMENT_URL]
    assert from_attachment, "the target table of the attachment gave no targets"
    assert {t["doc_parent_id"] for t in from_attachment} == {doc_ids(db)[NOTICE_URL]}
