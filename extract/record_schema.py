"""Schemas of the exported records, generated from ``extract/records.py``: JSON Schema and Table Schema.

The JSON Schemas describe one line of a JSON Lines export (or one item of a
JSON export) per record kind; they ship in the package as
``extract/schemas/<kind>.schema.json`` (:func:`shipped_schema`), and a test
keeps those files equal to what :func:`json_schema` generates. Regenerate
them after changing a record with
``python -c "from extract.record_schema import write_shipped; write_shipped()"``.

Table Schemas (Frictionless) describe the CSV tables of a Data Package and the
sidecar of a CSV export.
"""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from .records import KINDS, SCHEMA_VERSION, FieldSpec, fields_of

SCHEMA_VERSION_FIELD = "schema_version"
DOCUMENT_FIELDS = ("title", "issuer", "region", "issued", "parent_id", "version")  # beside tasks and targets in exports
JSON_TYPES = {"str": "string", "date": "string", "int": "integer", "number": "number", "bool": "boolean"}
TABLE_TYPES = {"str": "string", "date": "date", "int": "integer", "number": "number", "bool": "boolean",
               "list": "string"}
# List cells (owners, path) hold one value a line: values are lines of cleaned text, so a line
# break cannot occur inside one, whereas 、 occurs in owner names and headings (一、…).
LIST_SEPARATOR = "\n"
SCHEMAS_FOLDER = "schemas"  # in the package


def json_schema(kind: str) -> dict[str, object]:
    """The JSON Schema of one exported record of ``kind`` (document, task or target)."""
    specs = fields_of(KINDS[kind])
    properties: dict[str, object] = {"kind": {"const": kind, "description": "set when all kinds are exported"}}
    properties |= {spec.name: _json_type(spec) for spec in specs}
    if kind != "document":
        properties |= {f"doc_{name}": {"type": ["string", "null"], "description": f"the document's {name}"}
                       for name in DOCUMENT_FIELDS}
    properties[SCHEMA_VERSION_FIELD] = {"const": SCHEMA_VERSION}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:policy-extract:schema:{SCHEMA_VERSION}:{kind}",
        "title": f"policy-extract {kind} record",
        "description": (KINDS[kind].__doc__ or "").strip(),
        "type": "object",
        "properties": properties,
        "required": [spec.name for spec in specs] + [SCHEMA_VERSION_FIELD],
        "additionalProperties": False,
    }


def shipped_schema(kind: str) -> dict[str, object]:
    """The JSON Schema of ``kind`` as shipped in the package."""
    return json.loads(resources.files("extract").joinpath(SCHEMAS_FOLDER, f"{kind}.schema.json").read_text(encoding="utf-8"))


def table_fields(specs: tuple[FieldSpec, ...]) -> list[dict[str, object]]:
    """Table Schema fields of CSV columns (a list field holds one item a line)."""
    fields = []
    for spec in specs:
        field: dict[str, object] = {"name": spec.name, "type": TABLE_TYPES[spec.kind]}
        if spec.kind == "list":
            field["description"] = "a list, one item a line"
        if spec.kind == "bool":
            field |= {"trueValues": ["true"], "falseValues": ["false"]}
        fields.append(field)
    return fields


def csv_cell(value: object) -> object:
    """A value as its CSV cell: a list one item a line, booleans true/false, None empty (as the Table
    Schemas above declare)."""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def _json_type(spec: FieldSpec) -> dict[str, object]:
    if spec.kind == "list":
        return {"type": "array", "items": {"type": "string"}}
    kind = JSON_TYPES[spec.kind]
    found: dict[str, object] = {"type": [kind, "null"] if spec.optional else kind}
    if spec.kind == "date":
        found["format"] = "date"  # YYYY-MM-DD
    return found


def write_shipped(folder: Path | None = None) -> None:
    """Write every kind's JSON Schema into ``folder``, by default the package's schemas folder."""
    folder = folder or Path(__file__).resolve().parent / SCHEMAS_FOLDER
    for kind in KINDS:
        text = json.dumps(json_schema(kind), ensure_ascii=False, indent=1) + "\n"
        (folder / f"{kind}.schema.json").write_text(text, encoding="utf-8")

