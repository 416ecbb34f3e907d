"""The region's registers (issue 9): municipalities, schools (+ DUO import), partners, roster.

API for screens and the CLI (plain values in, plain frozen rows or a `ChangeSummary` out; one
function = one transaction, audited). Everything is importable from this package.

Passphrase rule (ONE rule, window and CLI alike): `lvs_desktop.store.passphrase`
    passphrase_problem(passphrase, repeated=None) -> str | None   # Dutch line or None
    check_new_passphrase(passphrase, repeated=None)               # raises WeakPassphrase
    MIN_PASSPHRASE_LENGTH = 12

First run: `Vault.create(path, passphrase, OwnerProfile(...))` (`lvs_desktop.store`), where
    OwnerProfile(name, code, role="consultant"|"team_lead"|"administration" ("team" still
    works), function_title, phone, email, boa_number, akte_number, akte_expires_on: date,
    sworn_by="eed"|"belofte"|None, region: str | None)
then `setup_region(vault, name, codes)` for the region's municipalities.
    OWNER_ROLES, SWORN_BY (store.vault); ROLE_LABELS, ADMINISTRATION_SEED_NAME (here).

Region (setup.py)
    setup_region(vault, name | None, codes) -> ChangeSummary
    region_name(vault) -> str | None;  set_region_name(vault, name) -> ChangeSummary
    overview(vault) -> RegionOverview(name, municipalities, schools, partners, consultants, …)
Municipalities (municipalities.py, reference.py)
    national_municipalities() -> tuple[MunicipalityRef(cbs_code, name)]   # all 342, by name
    SEED_REGION_CODES                                                       # the ten
    list_municipalities(vault, include_archived=False) -> list[MunicipalityRow]
    add_municipalities(vault, codes) -> ChangeSummary     # "0505" / "505" / "GM0505"
    update_municipality(vault, id, MunicipalityInput(college_name, postal_street,
        postal_house_number, postal_postcode, postal_city)) -> ChangeSummary
    archive_municipality(vault, id, archived=True); delete_municipality(vault, id)
    find_municipality(vault, name) -> MunicipalityRow     # any case; unknown lists the names
    match_name(wanted, names, what="Gemeente") -> str     # the shared matching rule
Schools (schools.py)
    SCHOOL_TYPES ("PO","SO","VSO","VO","MBO","OVERIG"), SCHOOL_TYPE_LABELS
    list_schools(vault, municipality=None, include_archived=False) -> list[SchoolRow]
    add_school(vault, SchoolInput(name, school_type, municipality_id, brin, vestiging, street,
        house_number, postcode, city, contact_name, phone, email, website, denomination,
        samenwerkingsverband)); update_school(vault, id, SchoolInput)
    archive_school(vault, id, archived=True); delete_school(vault, id)  # refused if in use
    schools_csv(rows) -> str
DUO import (school_import.py, duo.py)
    preview_school_import(vault, paths, all_municipalities=False, progress=None)
        -> SchoolImportReport(files, layouts, lines: list[ImportLine], notes, applied, summary)
    apply_school_import(vault, paths, all_municipalities=False, progress=None)  # one txn
    import_school_bytes(vault, [(name, bytes)], apply=..., all_municipalities=False)
    ImportLine(file, line, outcome in OUTCOMES, location_code, name, reason, fields);
    report.count("new"|"changed"|"unchanged"|"outside"|"refused"), report.counts_line()
Partners (partners.py)
    partner_kinds(vault) -> {code: label}   (reference list "partner_kind")
    list_partners(vault, include_archived=False) -> list[PartnerRow]
    add_partner(vault, PartnerInput(kind, name, contact_name, street, house_number, postcode,
        city, phone, email, notes)); update_partner(vault, id, PartnerInput)
    archive_partner(vault, id, archived=True)
Roster (roster.py)
    list_roster(vault, include_archived=False) -> list[ConsultantRow]   (with coverage)
    add_consultant(vault, ConsultantInput(name, code, role, function_title, phone, email,
        boa_number, akte_number, akte_expires_on, sworn_by, municipality_ids, school_ids))
    update_consultant(vault, id, ConsultantInput); set_coverage(vault, id, m_ids, s_ids)
    archive_consultant(vault, id, archived=True)
    take_roster_place(vault, consultant_id)   # a new laptop becomes that person on the roster
Travel (travel.py)
    export_region(vault, out, transfer_passphrase) -> RegionExport   # the signed bundle;
    a consultant imports it with the ordinary import (services.sync / `lvs-desktop import`).
    After every applied import, `linking.link_register_twins(vault)` links twins (one row per
    CBS code, one per BRIN + vestiging; references follow the smallest id).
Pick lists: `services.queries.schools(vault, keep=id)` / `municipalities(vault, keep=id)` hide
archived rows (the current value stays).

Archived rows are hidden from pick lists (`include_archived=False`) and still shown on old
cases; a row a case points at is never deleted (`delete_*` refuses and says to archive).
"""

from lvs_desktop.services.region.municipalities import (
    SEED_REGION_CODES,
    MunicipalityInput,
    MunicipalityRow,
    add_municipalities,
    archive_municipality,
    delete_municipality,
    find_municipality,
    list_municipalities,
    update_municipality,
)
from lvs_desktop.services.region.partners import (
    PartnerInput,
    PartnerRow,
    add_partner,
    archive_partner,
    list_partners,
    partner_kinds,
    update_partner,
)
from lvs_desktop.services.region.reference import (
    MunicipalityRef,
    match_name,
    national_municipalities,
)
from lvs_desktop.services.region.roster import (
    ADMINISTRATION_SEED_NAME,
    ROLE_LABELS,
    ConsultantInput,
    ConsultantRow,
    add_consultant,
    archive_consultant,
    list_roster,
    set_coverage,
    take_roster_place,
    update_consultant,
)
from lvs_desktop.services.region.school_import import (
    OUTCOMES,
    ImportLine,
    SchoolImportReport,
    apply_school_import,
    import_school_bytes,
    preview_school_import,
)
from lvs_desktop.services.region.schools import (
    SCHOOL_TYPE_LABELS,
    SCHOOL_TYPES,
    SchoolInput,
    SchoolRow,
    add_school,
    archive_school,
    delete_school,
    list_schools,
    schools_csv,
    update_school,
)
from lvs_desktop.services.region.setup import (
    RegionOverview,
    overview,
    region_name,
    set_region_name,
    setup_region,
)
from lvs_desktop.services.region.travel import RegionExport, export_region

__all__ = [
    "ADMINISTRATION_SEED_NAME",
    "OUTCOMES",
    "ROLE_LABELS",
    "SCHOOL_TYPES",
    "SCHOOL_TYPE_LABELS",
    "SEED_REGION_CODES",
    "ConsultantInput",
    "ConsultantRow",
    "ImportLine",
    "MunicipalityInput",
    "MunicipalityRef",
    "MunicipalityRow",
    "PartnerInput",
    "PartnerRow",
    "RegionExport",
    "RegionOverview",
    "SchoolImportReport",
    "SchoolInput",
    "SchoolRow",
    "add_consultant",
    "add_municipalities",
    "add_partner",
    "add_school",
    "apply_school_import",
    "archive_consultant",
    "archive_municipality",
    "archive_partner",
    "archive_school",
    "delete_municipality",
    "delete_school",
    "export_region",
    "find_municipality",
    "import_school_bytes",
    "list_municipalities",
    "list_partners",
    "list_roster",
    "list_schools",
    "match_name",
    "national_municipalities",
    "overview",
    "partner_kinds",
    "preview_school_import",
    "region_name",
    "schools_csv",
    "set_coverage",
    "set_region_name",
    "setup_region",
    "take_roster_place",
    "update_consultant",
    "update_municipality",
    "update_partner",
    "update_school",
]
