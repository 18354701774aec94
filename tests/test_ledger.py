"""Merging files into one book: duplicates, payments, customer spellings."""

import ast
import io
from datetime import date
from functools import partial
from pathlib import Path
from urllib.parse import quote

import pypdf
from hypothesis import given
from hypothesis import strategies as st

from core.documents.statement import statement_pdf
from core.ledger import Invoice, Source, build_ledger, customer_key
from core.messages import render_message, whatsapp_url
from core.report import load_files
from core.statement import statement_rows
from tests.factories import invoice, payment
from tests.helpers import write_xlsx

D = date(2026, 1, 1)


# Sold and due on D, for 100, unless a test says otherwise.
inv = partial(invoice, amount=100, due=D, issued=D)


def test_exact_duplicate_counts_once_keeping_the_largest_paid() -> None:
    ledger = build_ledger([inv("A1", paid=0, sheet="Jan"), inv("a1 ", paid=40, sheet="Feb")])
    assert len(ledger.invoices) == 1
    assert ledger.invoices[0].paid == 40


def test_same_number_with_other_details_is_kept_and_flagged() -> None:
    ledger = build_ledger([inv("A1", amount=100), inv("A1", amount=200, row=3)])
    assert len(ledger.invoices) == 2
    assert len(ledger.conflicts) == 1


def test_rows_without_numbers_in_one_sheet_are_separate_sales() -> None:
    rows = [inv("", row=2), inv("", row=3)]
    assert len(build_ledger(rows).invoices) == 2
    again = [inv("", row=2, file="copy.xlsx"), inv("", row=3, file="copy.xlsx")]
    assert len(build_ledger(rows + again).invoices) == 2


def test_payments_add_up_per_invoice_and_what_is_over_pays_the_oldest_other_dues() -> None:
    ledger = build_ledger(
        [inv("A1", amount=100), inv("A2", amount=50)],
        [payment(30, D, "A1"), payment(30, D, "A1"), payment(80, D, "A2")],
    )
    by_number = {i.number: i for i in ledger.invoices}
    assert by_number["A2"].paid == 50
    assert by_number["A2"].outstanding == 0
    assert by_number["A1"].paid == 90  # 30 + 30, and the 30 paid on A2 beyond its amount
    assert by_number["A1"].outstanding == 10
    assert ledger.credit_balances == {}


def test_credits_beyond_every_debt_are_a_credit_balance_never_a_negative_debt() -> None:
    ledger = build_ledger(
        [inv("A1", amount=100)], [payment(130, D, "A1"), payment(20, D, "", "Toko A")]
    )
    assert [i.outstanding for i in ledger.invoices] == [0]
    assert ledger.credit_balances == {customer_key("Toko A"): 50}


def test_paid_column_and_payments_take_the_larger() -> None:
    ledger = build_ledger(
        [inv("A1", amount=100, paid=50)], [payment(30, D, "A1"), payment(20, D, "A1")]
    )
    assert ledger.invoices[0].paid == 50


def test_a_payment_larger_than_the_paid_column_comes_on_top_of_it() -> None:
    """The paid column and the payments naming the invoice are often the same money: the
    larger counts; but a payment larger than the column cannot be in it."""

    def paid(column: int, *payments: tuple[int, int]) -> int:
        named = [payment(amount, date(2026, 1, day), "A1", row=day) for amount, day in payments]
        return build_ledger([inv("A1", amount=2_000, paid=column)], named).invoices[0].paid

    assert paid(500, (1_000, 15)) == 1_500  # last month's 500 and this month's 1,000
    assert paid(500, (1_000, 15), (500, 2)) == 1_500  # the 500 listed again
    assert paid(500, (300, 2), (300, 9)) == 600  # either may be in it: the larger
    assert paid(1_000, (600, 2), (400, 9)) == 1_000  # the column is both
    assert paid(0, (600, 2), (400, 9)) == 1_000


def test_a_share_of_a_payment_for_several_invoices_comes_on_top_of_the_paid_column() -> None:
    # MF-2's row paid 500 of 1,000; "MF-2, MF-3" 1,500 pays its other 500 and MF-3's 1,000.
    ledger = build_ledger(
        [inv("MF-2", amount=1_000, paid=500), inv("MF-3", amount=1_000, row=3)],
        [payment(1_500, D, "MF-2, MF-3", "Toko A")],
    )
    assert [i.outstanding for i in ledger.invoices] == [0, 0]
    assert ledger.credit_balances == {}


def test_unmatched_payment_is_kept_aside() -> None:
    ledger = build_ledger([inv("A1")], [payment(30, D, "ZZ")])
    assert ledger.invoices[0].paid == 0
    assert len(ledger.unmatched_payments) == 1


def test_a_payment_naming_its_invoice_another_way_pays_it_when_that_cannot_be_mistaken() -> None:
    """A payments file with numbers alone: "INV 003" or "inv/003" pays "INV-003"; where two
    invoices read alike without separators ("A-1", "A/1"), neither is paid and it is kept
    aside; a payment that names its customer goes on their account as before."""
    ledger = build_ledger(
        [inv("INV-003"), inv("A-1", row=3), inv("A/1", row=4), inv("B-7", "Toko B", row=5)],
        [
            payment(30, D, "INV 003", row=2),
            payment(10, D, "inv/003", row=3),
            payment(20, D, "A 1", row=4),
            payment(40, D, "B 7", "Toko B", row=5),
        ],
    )
    paid = {i.number: i.paid for i in ledger.invoices}
    assert paid == {"INV-003": 40, "A-1": 0, "A/1": 0, "B-7": 40}
    assert [p.amount for p in ledger.unmatched_payments] == [20]


def test_a_payment_from_a_customer_with_no_invoice_is_kept_aside_whatever_it_names() -> None:
    """Paid on account by a customer the book has no invoice for, naming an invoice or none:
    it pays nothing in the book, and is kept aside, in the order of the payments."""
    ledger = build_ledger(
        [inv("A1")],
        [
            payment(10, D, "ZZ", "Toko Z", row=2),
            payment(20, D, "", "Toko Y", row=3),
            payment(30, D, "YY", row=4),
            payment(40, D, "A1", "Toko Z", row=5),
        ],
    )
    assert ledger.invoices[0].paid == 40
    assert [p.amount for p in ledger.unmatched_payments] == [10, 20, 30]
    assert ledger.credit_balances == {}


def test_payment_on_account_settles_oldest_due_first() -> None:
    old, new = inv("A1", due=date(2026, 1, 1)), inv("A2", due=date(2026, 2, 1), row=3)
    ledger = build_ledger([new, old], [payment(150, D, "", "toko a")])
    by_number = {i.number: i for i in ledger.invoices}
    assert by_number["A1"].outstanding == 0
    assert by_number["A2"].outstanding == 50


def test_customer_spellings_become_one_with_the_best_name() -> None:
    ledger = build_ledger(
        [
            inv("1", "TOKO MAKMUR"),
            inv("2", "Toko  Makmur", row=3),
            inv("3", "toko makmur", row=4),
            inv("4", "Toko Makmur", row=5),
        ]
    )
    assert {i.customer_key for i in ledger.invoices} == {customer_key("Toko Makmur")}
    assert ledger.name_of(customer_key("TOKO MAKMUR")) == "Toko Makmur"


@given(
    st.lists(
        st.tuples(st.sampled_from(["A", "B", "C"]), st.integers(0, 10**9), st.integers(0, 10**9)),
        max_size=30,
    )
)
def test_outstanding_is_never_negative(rows: list[tuple[str, int, int]]) -> None:
    invoices = [inv(f"N{i}", c, amount=a, paid=p, row=i) for i, (c, a, p) in enumerate(rows)]
    for record in build_ledger(invoices).invoices:
        assert 0 <= record.outstanding <= record.amount


def test_with_paid_is_replace_with_another_paid() -> None:
    """``with_paid`` places ``paid`` by position: a new field must keep it right."""
    from core.ledger import with_paid

    values = {
        name: f"v{i}" if name != "source" else Source("f", "s", 3)
        for i, name in enumerate(Invoice._fields)
    }
    inv = Invoice(**values)  # type: ignore[arg-type]
    assert with_paid(inv, 7) == inv._replace(paid=7)
    assert type(with_paid(inv, 7)) is Invoice
    assert with_paid(inv, 7) is not inv


_NUMBERS = st.sampled_from(["INV-1", "inv-1 ", "INV-2", "F 3", "f3", "", "A\u00a0B", "ab", "X"])


@given(
    st.lists(
        st.tuples(st.sampled_from(["Toko A", "Bu Sari"]), st.integers(1, 50), st.integers(0, 60)),
        min_size=1,
        max_size=8,
    ),
    st.lists(
        st.tuples(st.sampled_from(["Toko A", "Bu Sari"]), st.integers(1, 80), st.integers(-1, 9)),
        max_size=8,
    ),
)
def test_credits_settle_dues_and_leave_a_credit_balance_never_a_negative_debt(
    sales: list[tuple[str, int, int]], credits: list[tuple[str, int, int]]
) -> None:
    """Whatever the credits name, per customer: what is still owed less their credit balance
    is what they bought less what they paid; never both a debt and a credit balance."""
    invoices = [
        inv(f"F{k}", customer, amount=amount * 1000, due=date(2026, 1, 1 + days % 28), row=k + 2)
        for k, (customer, amount, days) in enumerate(sales)
    ]
    payments = [
        # A credit names one of the invoices (-1: none, or one past the end: an unknown number).
        payment(amount * 1000, D, f"F{which}" if which >= 0 else "", customer, row=k + 2)
        for k, (customer, amount, which) in enumerate(credits)
        if which < len(sales) and (which < 0 or sales[which][0] == customer)
    ]
    ledger = build_ledger(invoices, payments)
    for name in ("Toko A", "Bu Sari"):
        key = customer_key(name)
        bought = sum(i.amount for i in invoices if i.customer == name)
        if not bought:
            continue
        paid = sum(p.amount for p in payments if p.customer == name)
        owed = sum(i.outstanding for i in ledger.invoices if i.customer == name)
        credit = ledger.credit_balances.get(key, 0)
        assert owed - credit == bought - paid
        assert owed >= 0 and credit >= 0 and not (owed and credit)


RTL_OVERRIDE = "\u202e"


def test_direction_controls_and_zero_width_characters_never_enter_the_book(
    tmp_path: Path,
) -> None:
    typed = f"Toko {RTL_OVERRIDE}Maju\u200b Jaya\u2066\ufeff"
    path = write_xlsx(
        tmp_path / "buku.xlsx",
        {
            "Nov": [
                ["No Faktur", "Tanggal", "Pelanggan", "Jatuh Tempo", "Jumlah", "Telepon"],
                ["F-1", date(2026, 10, 1), typed, date(2026, 10, 31), 1_250_000, "0812-3456-7890"],
                ["F-2", date(2026, 10, 2), "Toko Maju Jaya", date(2026, 11, 1), 300_000, None],
            ]
        },
    )
    _, ledger = load_files([path])
    key = customer_key(typed)
    assert key == customer_key("toko maju jaya")
    assert {inv.customer for inv in ledger.invoices} == {"Toko Maju Jaya"}
    assert ledger.name_of(key) == "Toko Maju Jaya"
    today = date(2026, 11, 23)
    statement = statement_rows(ledger, key, today)
    pdf = pypdf.PdfReader(io.BytesIO(statement_pdf(statement)))
    assert "Toko Maju Jaya" in pdf.pages[0].extract_text()
    assert RTL_OVERRIDE not in pdf.pages[0].extract_text()
    message = render_message(3, name=ledger.name_of(key), invoices=ledger.invoices, as_of=today)
    url = whatsapp_url(ledger.phones[key], message.body)
    assert url is not None and "Toko%20Maju%20Jaya" in url
    assert quote(RTL_OVERRIDE) not in url and RTL_OVERRIDE not in url


def _sold(n: int, customer: str) -> Invoice:
    return Invoice(f"F{n}", customer, None, date(2026, 10, n), "column", 1000 * n, 0,
                   Source("f.xlsx", "S", n + 2))  # fmt: skip


def test_a_customers_invoices_come_from_an_index_built_once() -> None:
    book = build_ledger(
        [_sold(1, "Toko A"), _sold(2, "toko  b"), _sold(3, "TOKO A"), _sold(4, "B")]
    )
    a, b = customer_key("Toko A"), customer_key("toko b")
    assert [inv.number for inv in book.invoices_of(a)] == ["F1", "F3"]
    assert [inv.number for inv in book.invoices_of(b)] == ["F2"]
    assert book.invoices_of(customer_key("nobody")) == ()
    for key in {inv.customer_key for inv in book.invoices}:  # the same as a scan, in order
        assert list(book.invoices_of(key)) == [i for i in book.invoices if i.customer_key == key]
    assert list(book.invoices_by_customer()) == [a, b, customer_key("B")]  # as first named
    assert book.invoices_by_customer() is book.invoices_by_customer()  # built once
    book.invoices = [_sold(5, "Toko A")]  # a book whose list was replaced is indexed anew
    assert [inv.number for inv in book.invoices_of(a)] == ["F5"]
    assert book.invoices_of(b) == ()


def _scans_for_a_customer(tree: ast.AST) -> list[int]:
    """Lines that walk a book's whole ``.invoices`` to keep one customer's (a comparison of
    ``.customer_key`` in the loop's body or filter): what ``Ledger.invoices_of`` answers."""
    found = []
    for node in ast.walk(tree):
        loops: list[tuple[ast.expr, list[ast.AST]]] = []
        if isinstance(node, ast.For):
            loops.append((node.iter, list(node.body)))
        elif isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            loops += [(g.iter, list(g.ifs)) for g in node.generators]
        for source, inside in loops:
            if not (isinstance(source, ast.Attribute) and source.attr == "invoices"):
                continue
            for part in inside:
                for sub in ast.walk(part):
                    if (
                        isinstance(sub, ast.Compare)
                        and any(isinstance(op, (ast.Eq, ast.NotEq)) for op in sub.ops)
                        and any(
                            isinstance(side, ast.Attribute) and side.attr == "customer_key"
                            for side in (sub.left, *sub.comparators)
                        )
                    ):
                        found.append(sub.lineno)
    return found


def test_no_module_scans_the_book_for_one_customer() -> None:
    root = Path(__file__).resolve().parent.parent
    found = [
        f"{path.relative_to(root)}:{line}"
        for folder in ("core", "pages", "ui")
        for path in sorted((root / folder).rglob("*.py"))
        for line in _scans_for_a_customer(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == []
    scan = "for inv in ledger.invoices:\n    if inv.customer_key != key:\n        continue"
    assert _scans_for_a_customer(ast.parse(scan))
    assert _scans_for_a_customer(ast.parse("[i for i in book.invoices if i.customer_key == k]"))
    assert not _scans_for_a_customer(ast.parse("[i for i in book.invoices_of(k) if i.paid]"))


def test_many_payments_naming_one_invoice_are_not_searched_for_the_rows_figure() -> None:
    # A row paid 1.500 and payments naming it that make up, with it, the whole 21.500, none of
    # them nor any few together the row's figure: 2 of 1.000 would be money apart from it (a
    # DP, then the rest: settled); 20 of them are not searched through (the sums reachable
    # grow as 2 to their number), and the larger counts, as before the rule.
    few = build_ledger(
        [invoice("F1", "A", 3_500, 1_500, 10)],
        [payment(1_000, number="F1", row=2 + k) for k in range(2)],
    )
    assert few.invoices[0].paid == 3_500
    many = build_ledger(
        [invoice("F1", "A", 21_500, 1_500, 10)],
        [payment(1_000, number="F1", row=2 + k) for k in range(20)],
    )
    assert many.invoices[0].paid == 20_000
