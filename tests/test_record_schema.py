"""Records other systems can trust: a schema version in every export, JSON Schemas, a Data Package."""
import csv
import json

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from frictionless import Resource, validate
from jsonschema import Draft202012Validator

from extract.cli import main
from extract.record_schema import json_schema, shipped_schema
from extract.records import KINDS, SCHEMA_VERSION
from tests.corpus import CORPUS, SAMPLES, SEEDS

DOCS = [CORPUS / "docs" / "jxgov-004.html", CORPUS / "docs" / "gwr2026-002.txt", SEEDS["000"]]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def jsonl_records():
    """All records of a few real documents, with the model, as JSON Lines."""
    result = run("extract", *DOCS, "--records", "all", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_shipped_json_schema_is_the_one_records_py_gives(kind):
    assert shipped_schema(kind) == json_schema(kind), \
        'regenerate: python -c "from extract.record_schema import write_shipped; write_shipped()"'


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_exported_record_validates_against_its_schema(jsonl_records, kind):
    validator = Draft202012Validator(shipped_schema(kind))
    records = [r for r in jsonl_records if r["kind"] == kind]
    assert records
    for record in records:
        validator.validate(record)


def test_every_json_line_carries_the_schema_version(jsonl_records):
    assert {r["schema_version"] for r in jsonl_records} == {SCHEMA_VERSION}


def test_a_json_export_validates_too(tmp_path):
    out = tmp_path / "tasks.json"
    assert run("extract", DOCS[0], "--records", "tasks", "-o", out).exit_code == 0
    tasks = json.loads(out.read_text(encoding="utf-8"))
    validator = Draft202012Validator(shipped_schema("task"))
    assert tasks and all(validator.is_valid(task) for task in tasks)


@pytest.mark.parametrize("change", [
    lambda r: r.pop("value"),
    lambda r: r.update(value="93"),
    lambda r: r.update(owners="区城管局"),
    lambda r: r.update(schema_version="0.9"),
    lambda r: r.update(extra=1),
], ids=["missing-field", "number-as-text", "list-as-text", "other-version", "unknown-field"])
def test_a_record_off_the_schema_is_refused(jsonl_records, change):
    target = dict(next(r for r in jsonl_records if r["kind"] == "target"))
    change(target)
    assert not Draft202012Validator(shipped_schema("target")).is_valid(target)


def test_parquet_says_its_schema_version_in_its_metadata(tmp_path):
    out = tmp_path / "targets.parquet"
    assert run("extract", SAMPLES, "-o", out, "--no-model").exit_code == 0
    metadata = pq.read_schema(out).metadata
    assert metadata[b"policy_extract.schema_version"] == SCHEMA_VERSION.encode()
    assert metadata[b"policy_extract.records"] == b"targets"


@pytest.mark.parametrize("excel", [False, True], ids=["plain", "excel"])
def test_a_csv_file_gets_a_schema_sidecar_that_frictionless_validates(tmp_path, excel):
    out = tmp_path / "targets.csv"
    assert run("extract", *DOCS, "-o", out, "--no-model", *(["--excel"] if excel else [])).exit_code == 0
    sidecar = json.loads((tmp_path / "targets.schema.json").read_text(encoding="utf-8"))
    assert sidecar["schema_version"] == SCHEMA_VERSION and sidecar["path"] == "targets.csv"
    report = validate(Resource(sidecar, basepath=str(tmp_path)))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert report.tasks[0].stats["rows"] == len(list(csv.DictReader(out.open(encoding="utf-8-sig"))))


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    folder = tmp_path_factory.mktemp("package") / "records"
    result = run("extract", *DOCS, DOCS[0], "--format", "datapackage", "-o", folder, "--no-model")
    assert result.exit_code == 0, result.stderr
    return folder


def test_the_data_package_validates_with_frictionless(package):
    report = validate(package / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_the_data_package_declares_its_keys(package):
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    schemas = {resource["name"]: resource["schema"] for resource in descriptor["resources"]}
    assert descriptor["schema_version"] == SCHEMA_VERSION
    assert {name: s["primaryKey"] for name, s in schemas.items()} == {
        "documents": ["doc_id"], "tasks": ["task_id"], "targets": ["target_id"]}
    assert [k["reference"] for k in schemas["targets"]["foreignKeys"]] == [
        {"resource": "documents", "fields": ["doc_id"]}, {"resource": "tasks", "fields": ["task_id"]}]


def test_a_document_given_twice_is_packaged_once(package):
    documents = list(csv.DictReader((package / "documents.csv").open(encoding="utf-8")))
    assert len(documents) == len(DOCS) == len({d["doc_id"] for d in documents})


def test_a_broken_foreign_key_fails_validation(package, tmp_path):
    for name in ("datapackage.json", "documents.csv", "tasks.csv"):
        (tmp_path / name).write_bytes((package / name).read_bytes())
    rows = list(csv.DictReader((package / "targets.csv").open(encoding="utf-8")))
    rows[0]["doc_id"] = "000000000000"
    with (tmp_path / "targets.csv").open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    report = validate(tmp_path / "datapackage.json")
    assert not report.valid and "foreign-key" in {error.type for task in report.tasks for error in task.errors}


def test_export_of_the_store_gives_the_package_extract_gives(tmp_path):
    assert run("extract", *DOCS, "--format", "datapackage", "-o", tmp_path / "extracted").exit_code == 0
    db = tmp_path / "store.db"
    assert run("ingest", *DOCS, "--db", db).exit_code == 0
    assert run("export", "--db", db, "--format", "datapackage", "-o", tmp_path / "exported").exit_code == 0
    assert validate(tmp_path / "exported" / "datapackage.json").valid
    assert (tmp_path / "exported" / "datapackage.json").read_bytes() == \
        (tmp_path / "extracted" / "datapackage.json").read_bytes()
    for name in ("documents.csv", "tasks.csv", "targets.csv"):
        exported = list(csv.DictReader((tmp_path / "exported" / name).open(encoding="utf-8")))
        extracted = list(csv.DictReader((tmp_path / "extracted" / name).open(encoding="utf-8")))
        if name == "documents.csv":  # the store's version of each document: every page new
            assert ({row.pop("version") for row in exported}, {row.pop("version") for row in extracted}) == \
                ({"1"}, {""})
        assert exported == extracted, name


def test_a_package_replaces_the_old_one_whole(package, tmp_path):
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "stale.csv").write_text("old\n", encoding="utf-8")
    assert run("extract", DOCS[1], "--format", "datapackage", "-o", folder / "datapackage.json",
               "--no-model").exit_code == 0
    assert sorted(p.name for p in folder.iterdir()) == ["datapackage.json", "documents.csv", "targets.csv",
                                                        "tasks.csv"]


def test_a_package_needs_a_folder():
    result = run("extract", DOCS[0], "--format", "datapackage")
    assert result.exit_code == 2 and "needs an output folder" in result.stderr
