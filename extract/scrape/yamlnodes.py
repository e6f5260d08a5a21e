"""Reading a YAML data file node by node, so that every problem names its line (``file:line: message``)."""
from __future__ import annotations

import re

import soupsieve
import yaml


class NodeReader:
    """Typed values out of YAML nodes; problems are collected, never raised one by one."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[str] = []

    def problem(self, node: yaml.Node, message: str) -> None:
        self.problems.append(f"{self.name}:{node.start_mark.line + 1}: {message}")

    def document(self, text: str) -> yaml.Node | None:
        try:
            root = yaml.compose(text)
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            line = mark.line + 1 if mark is not None else 1
            self.problems.append(f"{self.name}:{line}: not valid YAML: {getattr(err, 'problem', None) or err}")
            return None
        if root is None:
            self.problems.append(f"{self.name}:1: empty file")
        return root

    def mapping(self, node: yaml.Node | None, *, allowed: frozenset[str] | None = None,
                required: tuple[str, ...] = ()) -> dict[str, yaml.Node]:
        if node is None:
            return {}
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, "expected a mapping of keys to values")
            return {}
        found = {str(key.value): value for key, value in node.value}
        for key, _ in node.value:
            if allowed is not None and key.value not in allowed:
                self.problem(key, f"unknown key {key.value!r} (known: {', '.join(sorted(allowed))})")
        for key in required:
            if key not in found:
                self.problem(node, f"missing key {key!r}")
        return found

    def sequence(self, node: yaml.Node | None) -> tuple[yaml.Node, ...]:
        if node is None:
            return ()
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, "expected a list")
            return ()
        return tuple(node.value)

    def text(self, node: yaml.Node | None) -> str | None:
        if node is None:
            return None
        if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
            self.problem(node, "expected a non-empty text")
            return None
        return str(node.value)

    def integer(self, node: yaml.Node | None, default: int) -> int:
        value = self.text(node)
        if value is None:
            return default
        if not value.isdigit() or int(value) < 1:
            self.problem(node, f"expected a whole number above 0, not {value!r}")
            return default
        return int(value)

    def regex(self, node: yaml.Node | None, *, groups: frozenset[str] = frozenset()) -> re.Pattern[str] | None:
        value = self.text(node)
        if value is None:
            return None
        try:
            pattern = re.compile(value)
        except re.error as err:
            self.problem(node, f"bad regex {value!r}: {err}")
            return None
        missing = groups - set(pattern.groupindex)
        if missing:
            self.problem(node, f"regex {value!r} lacks the named groups {', '.join(sorted(missing))}")
        return pattern

    def check_selector(self, node: yaml.Node, selector: str) -> None:
        try:
            soupsieve.compile(selector)
        except soupsieve.SelectorSyntaxError as err:
            self.problem(node, f"bad CSS selector {selector!r}: {str(err).splitlines()[0]}")

    def check_template(self, node: yaml.Node, template: str, *, names: frozenset[str]) -> None:
        try:
            template.format(**{name: 1 for name in names})
        except KeyError as err:
            self.problem(node, f"template {template!r} names {err}, which is not one of {', '.join(sorted(names))}")
        except (ValueError, IndexError) as err:
            self.problem(node, f"bad template {template!r}: {err}")
