"""The book's own figures against the rows read: a Saldo column against the balance the rows
run to, and Sub Total / Jumlah / TOTAL lines against the sums of the rows above them.

A disagreement is the book's figure and Tagih's, for the reader to report with its row; these
classes only keep count.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from core.money import Amount

# A disagreement: the row's index, what the book says, what the rows read give.
Mismatch = tuple[int, Amount, Amount]


class RunningBalance:
    """The balance a card's or a journal's rows run to, per customer and over the whole table
    (a journal keeps either), beside the book's Saldo where a row gives one."""

    __slots__ = ("brought", "by_customer", "ended", "left", "saldos", "shown", "whole")

    def __init__(self, brought: Mapping[str, Amount] | None = None) -> None:
        self.by_customer: dict[str, Amount] = {}
        self.whole: Amount = 0
        # Each Saldo: its row, its customer, the book's figure, the balance read (the
        # customer's, the table's), and what rows left out since the Saldo before moved it by
        # (``left_out``).
        self.saldos: list[tuple[int, str, Amount, Amount, Amount, Amount]] = []
        # Each customer's balance their card ran to on the file's sheets before this one (a
        # card kept a page a sheet, "Pak Hendra (1)", "(2)") or in a card above on it, and
        # what each card finished here ran to, that carried balance with it where the book's
        # Saldo went on from it.
        self.brought: dict[str, Amount] = dict(brought or {})
        self.ended: dict[str, Amount] = {}
        self.left: list[tuple[int, Amount]] = []  # the rows left out, not yet passed
        # Each customer's last Saldo the book gave on this sheet, over every card of theirs.
        self.shown: dict[str, Amount] = {}

    def left_out(self, rows: Iterable[tuple[int, Amount]]) -> None:
        """Rows left out, already told (a date that cannot be read): their index and what
        they moved the book's Saldo by (debit less credit). The Saldo after one that differs
        by just that is the same cause, not told again."""
        self.left = sorted([*self.left, *rows])

    def add(
        self, index: int, key: str, debit: Amount, credit: Amount, saldo: Amount | None
    ) -> None:
        self.add_rows(((index, key, debit, credit, saldo),))

    def add_rows(self, rows: Iterable[tuple[int, str, Amount, Amount, Amount | None]]) -> None:
        """Each row's debit and credit, in order: its row index, customer and the book's
        Saldo (``None`` where the row gives none)."""
        by_customer, saldos, left, shown = self.by_customer, self.saldos, self.left, self.shown
        whole = self.whole
        for index, key, debit, credit, saldo in rows:
            mine = by_customer[key] = by_customer.get(key, 0) + debit - credit
            whole += debit - credit
            if saldo is not None:
                shown[key] = saldo
                passed: Amount = 0
                while left and left[0][0] < index:
                    passed += left.pop(0)[1]
                saldos.append((index, key, saldo, mine, whole, passed))
        self.whole = whole

    def now(self, key: str) -> tuple[Amount, Amount]:
        """The customer's balance so far (the table's when they have none) and the table's."""
        return self.by_customer.get(key, self.whole), self.whole

    def finish(self, per_customer: bool | None = None) -> tuple[bool, list[Mismatch]]:
        """Whether any Saldo was given, and where it parts from the balance that fits it best
        (``per_customer`` when the header has said which one it is).

        A Saldo that differs by the same amount as on the line before is the same disagreement
        (a wrong line carried on), told once; a one-line slip is told once too; one that
        differs by what rows left out since moved the book's (``left_out``; a table's balance, or
        a card's) is their cause, told on them. The count starts again from zero
        afterwards (the next card).

        A customer's first Saldo that is their rows' balance and just what their card ran to
        on the file's sheets before, or in a card of theirs above on this one (``brought``),
        goes on from that card (a page a sheet, a card "(lanjutan)" further down, with no
        "Saldo pindahan" line): no disagreement, and the balance carries on.
        """
        found, ran = self.saldos, self.by_customer
        self.by_customer, self.whole, self.saldos, self.left = {}, 0, [], []
        if per_customer is None:
            fits = sum(s == m for _, _, s, m, _, _ in found)
            per_customer = fits >= sum(s == a for _, _, s, _, a, _ in found)
        told: list[Mismatch] = []
        before: Amount = 0
        excused: Amount = 0  # what the rows left out so far moved the book's Saldo by
        on: dict[str, Amount] = {}  # each customer's balance brought from the sheets before
        for index, key, saldo, mine, whole, left in found:
            read = mine if per_customer else whole
            if mine == whole or not per_customer:
                excused += left
            if key not in on:
                brought = self.brought.pop(key, 0)
                shift = 0 if per_customer else sum(on.values())
                on[key] = brought if brought and saldo - read - excused - shift == brought else 0
            read += on[key] if per_customer else sum(on.values())
            diff = saldo - read - excused
            if diff and diff != before:
                told.append((index, saldo, read))
            before = diff
        ended = {key: amount + on.get(key, 0) for key, amount in ran.items()}
        self.ended.update(ended)
        # A card continued further down the same sheet ("Toko Maju (lanjutan)" under another
        # customer's card) goes on from this one just as a card on a later sheet does.
        self.brought.update(ended)
        return bool(found), told


class Sums:
    """Which rows count towards a total line: those read and every data row (a row Tagih
    could not use too: the book adds it), since the table began and since the last total."""

    __slots__ = ("counted", "data", "done", "labelled", "read", "section", "seen")

    def __init__(self) -> None:
        self.data: list[int] = []  # positions under the header
        self.read: list[int] = []
        self.section = (0, 0)
        self.seen: set[Amount] = set()  # figures of total lines so far
        # Per column, the sums of the rows before the current section, and how far they go.
        self.done: dict[str, tuple[int, int, Amount, Amount]] = {}
        # And of the number cells alone, as far as they were asked for (``of``'s last two).
        self.counted: dict[str, tuple[int, Amount]] = {}
        # Per total line's label, how far the rows went at its last line: a total of groups
        # of groups ("Sub Total Penjual" over each salesman's "Sub Total Pelanggan") adds up
        # the rows since the last line of its own label.
        self.labelled: dict[str, tuple[int, int]] = {}

    def close_section(self, label: str | None = None) -> None:
        self.section = (len(self.read), len(self.data))
        if label is not None:
            self.labelled[label] = self.section

    def since(self, label: str, values: Sequence[Amount | None]) -> tuple[Amount, Amount]:
        """Column ``values``' sums since the last total line labelled ``label`` (or since the
        table began): of the rows read, and of every data row."""
        read_from, data_from = self.labelled.get(label, (0, 0))
        return _total(values, self.read[read_from:]), _total(values, self.data[data_from:])

    def of(
        self,
        name: str,
        values: Sequence[Amount | None],
        numbers: Callable[[], Sequence[Amount | None]],
    ) -> Iterator[Amount]:
        """Column ``name``'s sums a total line may give, the likeliest first: of the rows read
        (since the last total, and since the table began), of every data row, and of its
        number cells alone (``numbers()``, asked only when the others do not match), as
        Excel's SUM adds them."""
        section_read, section_data = self.section
        read_upto, data_upto, read, data = self.done.get(name, (0, 0, 0, 0))
        read += _total(values, self.read[read_upto:section_read])
        data += _total(values, self.data[data_upto:section_data])
        self.done[name] = (section_read, section_data, read, data)
        here = _total(values, self.read[section_read:])
        yield here
        yield read + here
        here = _total(values, self.data[section_data:])
        yield here
        yield data + here
        counted = numbers()
        upto, before = self.counted.get(name, (0, 0))
        before += _total(counted, self.data[upto:section_data])
        self.counted[name] = (section_data, before)
        here = _total(counted, self.data[section_data:])
        yield here
        yield before + here


def _total(column: Sequence[Amount | None], rows: Sequence[int]) -> Amount:
    return sum(filter(None, map(column.__getitem__, rows)))
