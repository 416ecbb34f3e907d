"""The register (leerplichtadministratie, issue 12 items 4–5): import, lists, cases, purge.

`imports` reads the residents extract and the enrolment file (one transaction each, upsert);
`lists` computes each list from the register on a date, in one place for the screen, the CLI
and the benchmark; `cases` opens files for rows of a list through the case services' rules;
`purge` removes people who moved away or aged out. The register stays in this vault.
"""
