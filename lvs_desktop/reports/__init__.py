"""Annual figures per school year and municipality (DOMAIN §7): counts, tables, PDF and CSV.

`build.compute` runs each figure's one definition (`figures.FIGURES`) over a window of school
years; `build.layout` lays the result out for the region or a municipality; `suppress` hides
small counts for publication; `csv_export`, `pdf_export` and `text` write it out.
"""
