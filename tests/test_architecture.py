"""The shape of the package: stages import only earlier stages, no import cycle, no large class.

The stages are those of extract/pipeline.py; every module of extract/ is placed in one.
Imports are read with ast (all of them, at module level and inside functions, but not
those under ``if TYPE_CHECKING``, which never run).
"""
from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "extract"
MAX_CLASS_LINES = 150
# in the order data flows; a module is in the stage that names it or its nearest package
STAGES: tuple[tuple[str, ...], ...] = (
    ("extract.errors", "extract.frozen", "extract.records", "extract.chars", "extract.lines", "extract.atomic", "extract.lexicon",
     "extract.data", "extract.document"),
    ("extract.load",),
    ("extract.clean.page", "extract.clean.tree", "extract.clean.html", "extract.clean.pipe_tables", "extract.clean.text",
     "extract.clean.paragraphs",
     "extract.clean.glued", "extract.clean.row_numbers",
     "extract.clean.wrapped", "extract.formats"),
    ("extract.clean", "extract.normalize", "extract.inline_lists", "extract.headings", "extract.runin_items", "extract.document_closing", "extract.outline", "extract.read"),
    ("extract.dictionary", "extract.segment", "extract.rules", "extract.tables", "extract.tables.columns",
     "extract.tables.rows", "extract.tables.flattened", "extract.splits"),
    ("extract.index",),
    ("extract.task_owners", "extract.target_owners", "extract.clause_owners", "extract.task_limits", "extract.target_limits",
     "extract.section_status", "extract.goal_blocks", "extract.unit_headings", "extract.model.judge", "extract.model.tokenizer",
     "extract.decide"),
    ("extract.build", "extract.sections", "extract.milestones", "extract.duty_entries", "extract.prose", "extract.tables.extract",
     "extract.tables.find", "extract.tables.row_owners", "extract.tables.cell_numbers", "extract.tables.row_titles",
     "extract.tables.value_labels"),
    ("extract.extractor", "extract.result"),
    ("extract.pipeline",),
    ("extract.export", "extract.evaluate", "extract.batch", "extract.store", "extract.scrape", "extract.model",
     "extract.cli", "extract.__main__", "extract"),
)
# imports of a later stage allowed where they run only when called, each with its reason
LATER_ON_CALL = {
    ("extract.result", "extract.export"): "Result.to_frame lays records out as the export does",
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def stage_of(module: str) -> int:
    """The stage that names the module, else the one that names its nearest package."""
    name = module
    while name:
        for number, names in enumerate(STAGES):
            if name in names:
                return number
        name = name.rpartition(".")[0] if name != "extract" else ""
    raise AssertionError(f"{module} is in no stage: add it to STAGES")


def imports(module: str) -> dict[str, bool]:
    """The package's modules that ``module`` imports, each with whether only a function does."""
    path = modules()[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: dict[str, bool] = {}

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue
            names: list[str] = []
            if isinstance(child, ast.ImportFrom):
                base = package.split(".")[:len(package.split(".")) - child.level + 1] if child.level else []
                target = ".".join(base + ([child.module] if child.module else []))
                names = [f"{target}.{a.name}" if f"{target}.{a.name}" in modules() else target for a in child.names]
            elif isinstance(child, ast.Import):
                names = [a.name for a in child.names]
            for name in names:
                if name in modules() and name != module:
                    found[name] = found.get(name, True) and in_function
            visit(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)))

    visit(ast.parse(path.read_text(encoding="utf-8")), False)
    return found


def test_every_module_is_in_a_stage():
    assert all(stage_of(m) >= 0 for m in modules())


@pytest.mark.parametrize("module", sorted(modules()))
def test_a_stage_imports_only_itself_and_earlier_stages(module):
    later = [f"{name} (stage {stage_of(name)})" for name, on_call in imports(module).items()
             if stage_of(name) > stage_of(module) and not (on_call and (module, name) in LATER_ON_CALL)]
    assert later == [], f"{module} (stage {stage_of(module)}) imports a later stage"


def test_no_import_cycle():
    graph = {m: set(imports(m)) for m in modules()}
    state: dict[str, int] = {}
    cycles = []

    def walk(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(trail[trail.index(nxt):] + [nxt] if nxt in trail else [node, nxt])
            elif nxt not in state:
                walk(nxt, [*trail, nxt])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            walk(module, [module])
    assert cycles == []


def test_the_checker_sees_stages_and_imports():
    assert stage_of("extract.rules.targets") < stage_of("extract.index") < stage_of("extract.pipeline")
    assert "extract.index" in imports("extract.task_owners") and "extract.export" in imports("extract.result")


def test_no_class_is_longer_than_150_lines():
    long = [f"{module}:{node.name} {node.end_lineno - node.lineno + 1}" for module, path in modules().items()
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.ClassDef) and node.end_lineno - node.lineno + 1 > MAX_CLASS_LINES]
    assert long == []


@pytest.mark.parametrize("folder, other", [("tests", "benchmarks"), ("benchmarks", "tests")])
def test_tests_and_benchmarks_do_not_import_each_other(folder, other):
    found = []
    for path in sorted((PACKAGE.parent / folder).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else (
                [a.name for a in node.names] if isinstance(node, ast.Import) else [])
            found += [f"{path.name}: {name}" for name in names if name.split(".")[0] == other]
    assert found == []
