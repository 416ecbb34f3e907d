"""Sync between vaults: the `.lvsbundle` format, export, import and the merge of rows.

Pure parts (no store, no Qt): `bundle` with `header`, `kdf`, `signing`, `document`, `codec`
(the file format), `hlc` (the hybrid logical clock) and `merge` (version vectors and dots).
The parts that touch a vault build on those: `export`, `importer`.
"""
