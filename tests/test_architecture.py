"""Dependencies point one way: the pages and ui/ use core/, core/ never uses streamlit."""

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parent.parent / "core"


def test_core_never_imports_streamlit() -> None:
    offenders = []
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] == "streamlit"]
    assert offenders == []


def test_no_code_assigns_to_a_record_field() -> None:
    """``Invoice`` and ``Source`` are values: nothing may try to change one in place."""
    from core.ledger import Invoice, Source

    names = set(Invoice._fields) | set(Source._fields)
    root = CORE.parent
    offenders = []
    for path in [*root.glob("core/**/*.py"), *root.glob("ui/*.py"), *root.glob("pages/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = (
                node.targets
                if isinstance(node, ast.Assign)
                else [node.target]
                if isinstance(node, (ast.AugAssign, ast.AnnAssign))
                else []
            )
            offenders += [
                f"{path.relative_to(root)}:{node.lineno}"
                for target in targets
                if isinstance(target, ast.Attribute)
                and target.attr in names
                and not (isinstance(target.value, ast.Name) and target.value.id == "self")
            ]
    assert offenders == []


def _imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append(node.module)
    return found


def test_the_safety_check_imports_nothing_of_the_reader() -> None:
    """The check that a file is safe to open stands apart from what opens it."""
    assert [m for m in _imports(CORE / "reading" / "safety.py") if m.startswith("core")] == []


def test_the_reading_modules_import_in_one_direction() -> None:
    """problems ← sniff ← sheets ← layout ← checks ← rows ← core.ingest: no module of the reader
    imports one that comes after it."""
    order = ["problems", "safety", "sniff", "sheets", "layout", "checks", "rows"]
    for position, name in enumerate(order):
        later = {f"core.reading.{n}" for n in order[position + 1 :]} | {"core.ingest"}
        assert not later & set(_imports(CORE / "reading" / f"{name}.py")), name
