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
    """The check that a file is safe to open stands apart from what opens it: of core it uses
    only ``core.speed`` (a thread inflating the next sheet ahead), which imports no core module."""
    used = [m for m in _imports(CORE / "reading" / "safety.py") if m.startswith("core")]
    assert used in ([], ["core.speed"])
    assert [m for m in _imports(CORE / "speed.py") if m.startswith("core")] == []


def test_the_reading_modules_import_in_one_direction() -> None:
    """problems ← sniff ← sheets ← layout ← checks ← rows ← core.ingest: no module of the reader
    imports one that comes after it."""
    order = ["problems", "safety", "sniff", "sheets", "layout", "checks", "rows"]
    for position, name in enumerate(order):
        later = {f"core.reading.{n}" for n in order[position + 1 :]} | {"core.ingest"}
        assert not later & set(_imports(CORE / "reading" / f"{name}.py")), name


# Tests mirror the modules: each core module has its own test file, and tests hold to what a
# module offers (no private names), so a module can change inside without breaking its tests.

TESTS = CORE.parent / "tests"
# A private name of core a test may still reach, each with why. ``(test file, name)``.
PRIVATE_ALLOWED: dict[tuple[str, str], str] = {
    ("tests/test_signin.py", "_HASHER"): (
        "counts how many password hashes run at once; the only way to see it is to wrap the "
        "hasher, and a public hasher would invite code to hash outside the one-at-a-time guard"
    ),
    ("tests/test_hostile_outside_78.py", "_digits_to_decimal"): (
        "watches the length of each figure converted: the conversion's cost (the square of a "
        "million digits) is what the test guards, and a wall-clock assert would be noise"
    ),
}
# Attributes every named tuple has, not private to anyone.
_NAMEDTUPLE = {"_replace", "_fields", "_asdict", "_make", "_field_defaults"}


def _private(name: str) -> bool:
    return len(name) > 1 and name[0] == "_" and name[1] != "_" and name not in _NAMEDTUPLE


def _core_private_names() -> set[str]:
    """Every private name core defines: module-level, in a class, or as ``self._x``."""
    names: set[str] = set()
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(node.name)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                names.add(node.attr)
    return {name for name in names if _private(name)}


def core_private_uses(path: Path, core_private: set[str]) -> list[str]:
    """The private names of core a test file imports, reaches through a module or an object of
    core, or patches by name."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "core":
            found += [alias.name for alias in node.names if _private(alias.name)]
        elif isinstance(node, ast.Attribute) and node.attr in core_private:
            found.append(node.attr)
        elif isinstance(node, ast.Call) and _called(node) in {"setattr", "patch", "object"}:
            # monkeypatch.setattr("core.cli._now", …), setattr(module, "_name", …)
            for arg in node.args[:2]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    last = arg.value.rsplit(".", 1)[-1]
                    if last in core_private:
                        found.append(last)
    return found


def _called(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def test_no_test_reaches_a_private_name_of_core() -> None:
    core_private = _core_private_names()
    root = CORE.parent
    offenders = sorted(
        f"{path.relative_to(root)}: {name}"
        for path in TESTS.rglob("*.py")
        if "fixtures" not in path.relative_to(TESTS).parts and path.name != "test_architecture.py"
        for name in set(core_private_uses(path, core_private))
        if (str(path.relative_to(root)), name) not in PRIVATE_ALLOWED
    )
    assert offenders == [], "use the module's public functions, or allow it here with a reason"


def test_the_private_name_check_sees_every_way_in(tmp_path: Path) -> None:
    sample = tmp_path / "test_sample.py"
    sample.write_text(
        "import core.accounts\n"
        "from core.store import _schema_version, Store\n"
        "from core.reading import sheets as formats\n"
        "x = core.accounts._HASHER\n"
        "store._engine\n"
        "monkeypatch.setattr(formats, '_fill_merged_down', None)\n"
        "invoice._replace(amount=1)\n"
        "text = 'plain words'\n",
        encoding="utf-8",
    )
    found = core_private_uses(sample, _core_private_names())
    assert sorted(found) == ["_HASHER", "_engine", "_fill_merged_down", "_schema_version"]


def expected_test_files(core: Path = CORE) -> dict[str, list[str]]:
    """Each core module and the test files that may mirror it: ``core/x.py`` →
    ``tests/test_x.py``; ``core/pkg/x.py`` → ``tests/pkg/test_x.py``; a package's own
    ``__init__.py`` → ``tests/test_pkg.py`` or any test under ``tests/pkg/``."""
    wanted: dict[str, list[str]] = {}
    for path in sorted(core.rglob("*.py")):
        parts = path.relative_to(core).parts
        if path.name == "__main__.py" or (len(parts) == 1 and path.name == "__init__.py"):
            continue  # ``python -m core`` is the CLI's, tested in test_cli
        folders, name = parts[:-1], path.stem
        if name == "__init__":
            package = "/".join(folders)
            wanted[f"core/{package}/__init__.py"] = [
                f"tests/{'/'.join((*folders[:-1], f'test_{folders[-1]}.py'))}",
                f"tests/{package}/test_*.py",
            ]
        else:
            wanted[str(Path("core", *parts))] = [str(Path("tests", *folders, f"test_{name}.py"))]
    return wanted


def test_every_core_module_has_its_test_file() -> None:
    root = CORE.parent
    missing = [
        f"{module} (write {' or '.join(files)})"
        for module, files in expected_test_files().items()
        if not any(any(root.glob(pattern)) for pattern in files)
    ]
    assert missing == []


def test_the_mirror_rule_for_modules_and_packages(tmp_path: Path) -> None:
    for name in ("aging.py", "__main__.py", "__init__.py", "store/__init__.py", "store/engine.py"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("")
    assert expected_test_files(tmp_path) == {
        "core/aging.py": ["tests/test_aging.py"],
        "core/store/__init__.py": ["tests/test_store.py", "tests/store/test_*.py"],
        "core/store/engine.py": ["tests/store/test_engine.py"],
    }


def test_page_tests_live_in_tests_pages() -> None:
    """A test that runs the dashboard (AppTest) is a page test, filed under tests/pages/."""
    misplaced = [
        str(path.relative_to(TESTS))
        for path in TESTS.glob("test_*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute)
        and node.attr == "from_file"
        and isinstance(node.value, ast.Name)
        and node.value.id == "AppTest"
    ]
    assert misplaced == []


def test_records_are_built_by_the_one_factory() -> None:
    """Invoices and payments in tests come from ``tests/factories.py``: no second builder.

    test_ledger builds an ``Invoice`` from every field once, to test the record itself."""
    allowed = {"tests/factories.py", "tests/test_ledger.py"}
    root = CORE.parent
    built_by_hand = sorted(
        f"{path.relative_to(root)}:{node.lineno}"
        for path in TESTS.rglob("*.py")
        if "fixtures" not in path.relative_to(TESTS).parts
        and str(path.relative_to(root)) not in allowed
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in {"Invoice", "Payment", "Source"}
    )
    assert built_by_hand == [], "use tests.factories.invoice / payment"


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
    # query_params: the address's values, kept as the session's are (the chosen customer).
    allowed = {"session_state", "query_params", "cache_data", "cache_resource", "error", "stop",
               "get_option"}  # fmt: skip
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
