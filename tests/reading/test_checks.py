"""The book's own figures against the rows: the running Saldo and the sums a total gives."""

from core.reading.checks import RunningBalance, Sums


def test_a_one_line_slip_in_the_saldo_is_told_once() -> None:
    running = RunningBalance()
    running.add(1, "Bu Sari", 1_000, 0, 1_000)
    running.add(2, "Bu Sari", 500, 0, 1_700)  # a typo: 1.500
    running.add(3, "Bu Sari", 0, 300, 1_200)
    assert running.finish() == (True, [(2, 1_700, 1_500)])


def test_a_wrong_line_carried_on_is_told_once() -> None:
    running = RunningBalance()
    running.add(1, "A", 1_000, 0, 1_000)
    running.add(2, "A", 500, 0, 1_600)  # 100 too much, and every Saldo after it
    running.add(3, "A", 200, 0, 1_800)
    assert running.finish() == (True, [(2, 1_600, 1_500)])


def test_a_journal_saldo_kept_over_the_whole_table_fits_the_table() -> None:
    running = RunningBalance()
    running.add(1, "A", 1_000, 0, 1_000)
    running.add(2, "B", 500, 0, 1_500)
    running.add(3, "A", 0, 400, 1_100)
    assert running.finish() == (True, [])
    assert running.finish() == (False, [])  # the count starts again


def test_sums_since_the_last_total_and_since_the_start() -> None:
    sums = Sums()
    values, numbers = [100, 200, 50, None], [100, None, 50, None]

    def number_cells() -> list[int | None]:
        return numbers

    sums.data += [0, 1]
    sums.read += [0, 1]
    assert list(sums.of("amount", values, number_cells))[:2] == [300, 300]
    sums.close_section()
    sums.data += [2, 3]
    sums.read += [2]
    assert list(sums.of("amount", values, number_cells)) == [50, 350, 50, 350, 50, 150]


def test_the_number_cells_are_only_looked_at_when_the_other_sums_do_not_match() -> None:
    sums = Sums()
    values = [100, 200]
    asked: list[str] = []

    def number_cells() -> list[int | None]:
        asked.append("numbers")
        return [100, None]

    sums.data += [0, 1]
    sums.read += [0, 1]
    assert 300 in sums.of("amount", values, number_cells)
    assert asked == []
    assert 100 in sums.of("amount", values, number_cells)  # only the number cells give it
    assert asked == ["numbers"]


def test_the_number_cell_sums_are_carried_from_total_to_total() -> None:
    """A list of many groups, each closed by a Sub Total that only the number cells give: the
    cells are added once each, not again from the table's start at every total line."""
    looked_at = [0]

    class Cells(list[int | None]):
        def __getitem__(self, index):  # type: ignore[no-untyped-def,override]
            looked_at[0] += 1
            return super().__getitem__(index)

    groups, size = 500, 10
    values = Cells([1] * (groups * size))
    sums = Sums()
    for group in range(groups):
        rows = list(range(group * size, (group + 1) * size))
        sums.data += rows
        sums.read += rows
        assert list(sums.of("amount", values, lambda: values))[4:] == [size, size * (group + 1)]
        sums.close_section()
    assert looked_at[0] <= 3 * 3 * groups * size  # read, data and number sums: each cell ~once
