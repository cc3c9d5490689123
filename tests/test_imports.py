"""Workbook's modules import each other without cycles, and the layers keep their rules.

The graph is read from the source with `ast`: every `import` counts, at module level or inside
a function (a lazy import is still a dependency), except those under `if TYPE_CHECKING:`,
which never run.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import workbook

PACKAGE_ROOT = Path(workbook.__file__).parent


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE_ROOT.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imported_names(tree: ast.Module, this: str, is_package: bool) -> set[str]:
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = this.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


@functools.cache
def import_graph() -> dict[str, set[str]]:
    """Each workbook module and the workbook modules it imports."""
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        names = _imported_names(tree, name, path.name == "__init__.py")
        graph[name] = {n for n in names if n in modules and n != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_sees_lazy_imports_but_not_type_checking_ones() -> None:
    graph = import_graph()
    assert "workbook.ui.app" in graph["workbook.cli"]  # imported inside _run_app
    assert "workbook.domain.model" not in graph["workbook.ui.app"]  # TYPE_CHECKING only


def test_workbook_has_no_import_cycles() -> None:
    """A module that needs one above it takes what they share from a module below both
    (cli_base.py for the command line, field_base.py for the field widgets, older_copy.py and
    restore.py above the backups, the integrity check and the repository)."""
    assert cycles(import_graph()) == []


def test_the_layers_keep_their_rules() -> None:
    """domain: plain Python (no Qt, no SQLAlchemy, nothing of the other layers); storage and
    export: no Qt and nothing of the UI."""
    qt = ("PySide6", "shiboken6", "workbook.ui")
    rules = {
        "workbook.domain": (*qt, "sqlalchemy", "workbook.storage", "workbook.export"),
        "workbook.storage": qt,
        "workbook.export": qt,
    }
    broken = []
    for name, path in _modules().items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        imported = _imported_names(tree, name, path.name == "__init__.py")
        for layer, forbidden in rules.items():
            if name == layer or name.startswith(layer + "."):
                broken += [
                    f"{name} -> {target}" for target in imported if _within(target, forbidden)
                ]
    assert sorted(set(broken)) == []


def _within(name: str, packages: tuple[str, ...]) -> bool:
    return any(name == package or name.startswith(package + ".") for package in packages)
