"""Every sentence exists in both languages, and every key the code asks for exists.

The code asks for a sentence with ``t(key, lang)``. A key is written out in full, either in the
call itself or in a table of codes (``CodeKeys``) next to the ``Literal`` of codes it translates;
no key is built at run time, so that these tests see every one of them.
"""

import ast
import importlib
import pkgutil
import re
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

import pytest

from core.i18n import LANGS, TEXTS, CodeKeys, t

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted(
    [
        *ROOT.glob("core/**/*.py"),
        *ROOT.glob("pages/*.py"),
        *ROOT.glob("ui/*.py"),
        ROOT / "app.py",
    ]
)
# A translation key: a family, a dot, and more dotted parts ("problem.missing-amount").
KEY_SHAPE = re.compile(r"[a-z_]+(\.[\w+\-]+)+")
FAMILIES = {key.split(".")[0] for key in TEXTS}
# Strings shaped like a key of a known family that are file names, not keys.
NOT_KEYS = {"app.py"}


def _trees() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text("utf-8"), str(path))) for path in SOURCES]


def _t_calls(tree: ast.Module) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "t"
        and node.args
    ]


def _literal_keys(node: ast.expr) -> list[str]:
    """The keys a ``t()`` argument names in its own text (both sides of ``a if c else b``)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _literal_keys(node.body) + _literal_keys(node.orelse)
    return []


def _built(node: ast.expr) -> bool:
    """Whether an expression puts a key together at run time."""
    return any(
        isinstance(part, ast.JoinedStr | ast.BinOp)
        or (
            isinstance(part, ast.Call)
            and isinstance(part.func, ast.Attribute)
            and part.func.attr in {"format", "join", "replace"}
        )
        for part in ast.walk(node)
    )


def test_every_entry_has_both_languages_and_the_same_placeholders() -> None:
    for key, entry in TEXTS.items():
        assert set(entry) == set(LANGS), key
        assert all(entry[lang].strip() for lang in LANGS), key
        fields = [set(re.findall(r"{(\w+)", entry[lang])) for lang in LANGS]
        assert fields[0] == fields[1], key


def test_no_key_is_built_at_run_time() -> None:
    built = [
        f"{path.relative_to(ROOT)}:{call.lineno}: {ast.unparse(call.args[0])}"
        for path, tree in _trees()
        for call in _t_calls(tree)
        if _built(call.args[0])
    ]
    # Nor outside a call: an f-string that starts like a key of a known family.
    built += [
        f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)}"
        for path, tree in _trees()
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
        and node.values
        and isinstance(first := node.values[0], ast.Constant)
        and re.fullmatch(r"([a-z_]+)\.[\w.]*", str(first.value))
        and str(first.value).split(".")[0] in FAMILIES
    ]
    assert built == []


def test_every_key_used_in_the_code_exists() -> None:
    asked = {
        key
        for _, tree in _trees()
        for call in _t_calls(tree)
        for key in _literal_keys(call.args[0])
    }
    assert len(asked) > 500, "too few keys found: the scan is wrong"
    # Keys kept in tables and variables: every string shaped like a key of a known family.
    named = {
        node.value
        for _, tree in _trees()
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and KEY_SHAPE.fullmatch(node.value)
        and node.value.split(".")[0] in FAMILIES
    } - NOT_KEYS
    assert "qris.problem.crc" in named
    assert sorted((asked | named) - TEXTS.keys()) == []


def _import_all(package: str) -> list[ModuleType]:
    root = importlib.import_module(package)
    return [
        root,
        *(
            importlib.import_module(module.name)
            for module in pkgutil.walk_packages(root.__path__, f"{package}.")
            if module.name != "core.__main__"
        ),
    ]


def _code_tables() -> list[CodeKeys[Any]]:
    """Every code table the modules of core and ui define, each once (a table is imported
    into other modules too); a table made in passing, by a doctest or a test, is none."""
    found = {
        id(value): value
        for module in (*_import_all("core"), *_import_all("ui"))
        for value in vars(module).values()
        if isinstance(value, CodeKeys)
    }
    return list(found.values())


def test_every_code_of_every_code_table_has_its_sentence_in_both_languages() -> None:
    tables = _code_tables()
    assert len(tables) >= 10, "too few code tables found"
    missing = sorted(
        f"{code!r} -> {key}"
        for table in tables
        for code, key in table.items()
        if key not in TEXTS or set(TEXTS[key]) != set(LANGS)
    )
    assert missing == []


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ('t(f"shape.{x}", L)', True),
        ('t("shape." + x, L)', True),
        ('t("shape.{}".format(x), L)', True),
        ("t(SHAPE_KEYS[x], L)", False),
        ('t("a.b" if x else "a.c", L)', False),
    ],
)
def test_the_run_time_key_check_sees_each_way_of_building_a_key(source: str, found: bool) -> None:
    (call,) = _t_calls(ast.parse(source))
    assert _built(call.args[0]) is found


@pytest.mark.parametrize(
    ("key", "params", "said"),
    [
        ("reading.customers", {"count": 1}, "1 customer"),
        ("reading.customers", {"count": 2}, "2 customers"),
        (
            "upload.counts",
            {"format": "xlsx", "rows": 1, "invoices": 3, "payments": 1},
            "Format xlsx: 1 row read, 3 invoices, 1 payment.",
        ),
    ],
)
def test_an_english_count_of_one_takes_the_singular(
    key: str, params: dict[str, object], said: str
) -> None:
    """Round 90: "1 customers", "1 rows read, 1 payments"; Indonesian has no plural."""
    assert t(key, "en", **params) == said
    assert "1 pelanggan" in t("reading.customers", "id", count=1)


def test_a_code_table_made_in_passing_is_not_checked_as_one_of_the_codes() -> None:
    """A table a doctest or a test makes, with keys of its own that are no sentences
    (``CodeKeys``' doctest: "ui.yes", "ui.no"), is none of the code tables the modules define:
    the check above passes whatever ran before it (it failed after ``core/i18n.py``'s
    doctests, in one run)."""
    Answer = Literal["yes", "no"]
    CodeKeys[Answer](Answer, {"yes": "ui.yes", "no": "ui.no"})
    test_every_code_of_every_code_table_has_its_sentence_in_both_languages()
