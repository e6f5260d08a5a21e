"""The largest class and the largest function of the package, in lines.

    python benchmarks/code_shape.py [PACKAGE_DIR]
"""
from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "extract"


def sizes(package: Path, kind: type) -> list[tuple[int, str]]:
    found = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, kind):
                found.append((node.end_lineno - node.lineno + 1, f"{path.relative_to(package.parent)}:{node.name}"))
    return sorted(found, reverse=True)


def main() -> None:
    package = Path(sys.argv[1]) if len(sys.argv) > 1 else PACKAGE
    for label, kind in (("class", ast.ClassDef), ("function", (ast.FunctionDef, ast.AsyncFunctionDef))):
        for lines, name in sizes(package, kind)[:3]:
            print(f"{label:8} {lines:4} {name}")


if __name__ == "__main__":
    main()
