"""Reading an owner's spreadsheets: what kind of file (``sniff``), whether it is safe to open
(``safety``), its cells (``sheets``), where its tables are and what shape they take
(``layout``), and one rule per kind of row (``rows``). ``core.ingest`` puts them together."""
