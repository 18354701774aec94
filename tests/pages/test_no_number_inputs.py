"""No amount is typed into a number field, and no typed amount sits inside a form.

``st.number_input`` reads the Indonesian "1.000.000" as one rupiah, so every field that holds
money, a fee, a limit or a percentage is a ``ui.inputs`` text field. Those show what they read
as soon as the owner leaves the field, which a form would hold back until it is submitted (and a
form saves on Enter in any field), so they never sit inside ``st.form``.
"""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted([ROOT / "app.py", *ROOT.glob("pages/*.py"), *ROOT.glob("ui/*.py")])
MONEY_WORDS = frozenset(
    {
        "amount", "fee", "fees", "limit", "price", "down", "dp", "discount", "cap", "fixed",
        "percent", "pct", "pay", "payment", "paid", "promise", "money", "rupiah", "cost",
        "profit", "total", "margin", "balance", "outstanding", "denda", "harga", "bayar", "uang",
    }
)  # fmt: skip
TEXT_INPUTS = frozenset({"money_input", "percent_input", "days_input"})


def _called(node: ast.Call) -> str:
    func = node.func
    return (
        func.attr
        if isinstance(func, ast.Attribute)
        else func.id
        if isinstance(func, ast.Name)
        else ""
    )


def _strings(nodes: list[ast.expr]) -> list[str]:
    return [
        inner.value
        for node in nodes
        for inner in ast.walk(node)
        if isinstance(inner, ast.Constant) and isinstance(inner.value, str)
    ]


def money_number_inputs(source: str) -> list[str]:
    """Every ``number_input`` whose label key, widget key or target name speaks of money."""
    tree = ast.parse(source)
    targets: dict[int, list[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            sides = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [n.id for side in sides for n in ast.walk(side) if isinstance(n, ast.Name)]
            for inner in ast.walk(node.value):
                targets.setdefault(id(inner), []).extend(names)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _called(node) == "number_input"):
            continue
        labelled = [kw.value for kw in node.keywords if kw.arg in ("label", "key")]
        words = [*targets.get(id(node), []), *_strings([*node.args[:1], *labelled])]
        tokens = {token for word in words for token in re.split(r"[^a-z]+", word.lower())}
        if tokens & MONEY_WORDS:
            found.append(f"line {node.lineno}: {', '.join(words)}")
    return found


def text_inputs_in_forms(source: str) -> list[str]:
    """Every ``money_input`` (or percent, days) written inside a ``with st.form(...)`` block."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.With):
            continue
        if not any(
            isinstance(item.context_expr, ast.Call) and _called(item.context_expr) == "form"
            for item in node.items
        ):
            continue
        found += [
            f"line {inner.lineno}: {_called(inner)}"
            for statement in node.body
            for inner in ast.walk(statement)
            if isinstance(inner, ast.Call) and _called(inner) in TEXT_INPUTS
        ]
    return found


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_money_in_a_number_field(path: Path) -> None:
    assert money_number_inputs(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_typed_amount_inside_a_form(path: Path) -> None:
    assert text_inputs_in_forms(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    "source",
    [
        'amount = st.number_input(t("credit.ui.amount", L), min_value=0, key="credit_amount")',
        'x = cols[0].number_input(t("agreement.dp_long", L), min_value=0)',
        'limit = st.number_input("Batas", min_value=0)',
        'values = {n: cols[0].number_input(t("settings.fee_fixed", L)) for n in range(3)}',
        'st.number_input(label="Rp", key=f"promise_{key}")',
    ],
)
def test_the_check_finds_money_in_a_number_field(source: str) -> None:
    assert len(money_number_inputs(source)) == 1


@pytest.mark.parametrize(
    "source",
    [
        'count = cols[1].number_input(t("agreement.ui.count", L), key="agreement_count")',
        'keep = st.number_input(t("settings.backup_keep", L), min_value=1)',
        'rules = {n: st.number_input(t(f"settings.rule.{n}", L)) for n in ("bad_payer_x",)}',
    ],
)
def test_the_check_leaves_counts_and_days_alone(source: str) -> None:
    assert money_number_inputs(source) == []


def test_the_check_finds_a_typed_amount_inside_a_form() -> None:
    source = 'with st.form("pay"):\n    amount = money_input("Jumlah", "pay_amount")\n'
    assert text_inputs_in_forms(source) == ["line 2: money_input"]
    assert text_inputs_in_forms(source.replace("st.form", "st.container")) == []
