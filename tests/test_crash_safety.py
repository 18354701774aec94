"""Killing the process in the middle of an import leaves every total as before."""

import subprocess
import sys
import textwrap
from datetime import date, datetime
from pathlib import Path

from core.aging import summarize
from core.ingest import read_ledger
from core.store import Store
from tests.helpers import write_xlsx

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
TODAY = date(2026, 11, 23)

# A child process that imports a file and is killed (SIGKILL, no cleanup of any kind) right
# after the invoices went into the database and before the transaction could commit.
KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from sqlalchemy import Engine, event
    def die(conn, cursor, statement, *args):
        if statement.startswith("INSERT INTO invoices"):
            os.kill(os.getpid(), signal.SIGKILL)
    event.listen(Engine, "after_cursor_execute", die)
    from core.cli import main
    sys.exit(main(["import", sys.argv[1]]))
    """
)


def test_a_kill_mid_import_leaves_the_database_as_before(tmp_path: Path) -> None:
    db = tmp_path / "tagih.sqlite3"
    store = Store(db)
    store.save_import(read_ledger(SAMPLE), SAMPLE.read_bytes(), now=datetime(2026, 11, 1))
    before = (summarize(store.ledger(), TODAY), store.revision(), len(store.imports()))
    store.close()
    rows = [["No Faktur", "Pelanggan", "Tanggal", "Jumlah"]]
    rows += [[f"K-{n}", f"Toko {n % 50}", date(2026, 10, 1), 100_000 + n] for n in range(5_000)]
    new_file = write_xlsx(tmp_path / "baru.xlsx", {"S": rows})
    proc = subprocess.run(
        [sys.executable, "-c", KILLER, str(new_file)],
        cwd=ROOT,
        env={"TAGIH_DB": str(db), "TAGIH_DATA": str(tmp_path), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == -9, proc.stderr  # it really died mid-way
    after = Store(db)
    assert (summarize(after.ledger(), TODAY), after.revision(), len(after.imports())) == before
    # And the same import, not interrupted, goes through afterwards.
    outcome = after.save_import(read_ledger(new_file), new_file.read_bytes(), now=datetime.now())
    assert outcome.status == "new"
    assert summarize(after.ledger(), TODAY).invoices == before[0].invoices + 5_000
