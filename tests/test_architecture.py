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


def _cached(path: Path) -> dict[str, str]:
    """Each cached function of a module, by name: ``cache_data`` or ``cache_resource``."""
    found = {}
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef):
            for decorator in node.decorator_list:
                target = decorator.func if isinstance(decorator, ast.Call) else decorator
                if isinstance(target, ast.Attribute) and target.attr.startswith("cache_"):
                    found[node.name] = target.attr
    return found


# What is shared between sessions instead of copied to each reader, and why it may be.
SHARED = {
    "_open_store": "the database connection: a resource, not data",
    "_ledger": "the book: never changed once built, and too large to copy on every rerun",
    "_visible": "a viewer's part of the book, as the book",
    "_forecast": "frozen through and through, and slow to copy for a large book",
    "_daily_backup_done": "a deed done once a day for every session, not a value",
}


def test_frames_and_figures_are_cached_as_copies_and_only_resources_are_shared() -> None:
    root = CORE.parent
    shared = {}
    for path in [*root.glob("ui/*.py"), *root.glob("pages/*.py"), root / "app.py"]:
        shared |= {
            f"{path.name}:{name}": name
            for name, cache in _cached(path).items()
            if cache == "cache_resource"
        }
    assert sorted(set(shared.values())) == sorted(SHARED)
    cached = _cached(root / "ui" / "state.py")
    assert {name for name, cache in cached.items() if cache == "cache_data"} >= {
        "_overview", "_open_invoices", "_invoice_table", "_overview_charts", "_overview_tables",
        "_forecast_chart", "_mismatches",
    }  # fmt: skip


def test_the_shared_state_module_draws_no_widgets() -> None:
    """``ui/state.py`` keeps the session's values and the caches; the sidebar, the sign-in
    form and the shop's form live in modules of their own."""
    allowed = {"session_state", "cache_data", "cache_resource", "error", "stop", "get_option"}
    used = set()
    tree = ast.parse((CORE.parent / "ui" / "state.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "st"
        ):
            used.add(node.attr)
    assert used and used <= allowed, used - allowed
