"""Importing absence reports from an empty vault plus a region: matching, re-import, profiles,
XLSX, refused lines, candidates, the inbox's proposals and bulk assignment."""

from __future__ import annotations

import io
from datetime import date

import openpyxl
import pytest
from sqlalchemy import func, select

from lvs_desktop.models import AuditEvent, Case, IntakeReport, Report, UserError, Youth
from lvs_desktop.models.rules.deadlines import first_contact_due
from lvs_desktop.services import intake
from lvs_desktop.services.caseload import cases_by_id
from lvs_desktop.store import Vault
from tests.intake.helpers import REGION_COLUMNS, TODAY, Region, fixture, make_region


@pytest.fixture
def region(vault: Vault) -> Region:
    return make_region(vault)


def counts(vault: Vault) -> dict[str, int]:
    with vault.session() as s:
        return {
            m.__tablename__: int(s.scalar(select(func.count()).select_from(m)) or 0)
            for m in (Youth, Case, Report, IntakeReport, AuditEvent)
        }


def inbox_row(vault: Vault, duo: str) -> IntakeReport:
    with vault.session() as s:
        row = s.scalars(select(IntakeReport).where(IntakeReport.duo_number == duo)).one()
        s.expunge(row)
        return row


def test_each_line_is_matched_new_added_or_candidate(vault: Vault, region: Region) -> None:
    before = counts(vault)
    result = intake.import_reports(vault, [fixture("reports_default.csv")], today=TODAY)
    assert (result.new, result.added, result.unchanged, result.candidates) == (2, 1, 0, 1)
    assert result.refused == [] and result.profile == "standaard"
    assert result.summary_line() == (
        "Meldingen ingelezen: 2 nieuw, 1 toegevoegd aan een dossier, 0 ongewijzigd, "
        "1 kandidaat, 0 geweigerd."
    )
    with vault.session() as s:
        joined = s.scalars(select(Report).where(Report.duo_number == "M-1002")).one()
        assert joined.case_id == region.eva_case
        assert joined.report_type == "luxe" and joined.received_on == date(2026, 11, 3)
        assert (joined.hours_absent, joined.hours_unit) == (24.0, "lesson")
        assert joined.school_id == region.school_12ab and joined.reporter_phone == "+31 78 123 4567"
    after = counts(vault)
    assert after["youth"] == before["youth"] and after["case_file"] == before["case_file"]
    assert after["intake_report"] == 3 and after["report"] == before["report"] + 1
    daan = inbox_row(vault, "M-1001")
    assert (daan.status, daan.bsn, daan.surname_prefix, daan.youth_id) == (
        "new", "111222333", "van den", None,
    )  # fmt: skip
    sem = inbox_row(vault, "M-1003")
    assert (sem.status, sem.onderwijsnummer, sem.school_id) == (
        "new", "101222331", region.school_34cd,
    )  # fmt: skip
    noor = inbox_row(vault, "M-1004")
    assert (noor.status, noor.candidate_youth_id) == ("candidate", region.noor)


def test_a_reimport_changes_nothing(vault: Vault, region: Region) -> None:
    intake.import_reports(vault, [fixture("reports_default.csv")], today=TODAY)
    before = counts(vault)
    again = intake.import_reports(vault, [fixture("reports_default.csv")], today=TODAY)
    assert (again.new, again.added, again.unchanged, again.candidates) == (0, 0, 4, 0)
    after = counts(vault)
    assert after == {**before, "audit_event": before["audit_event"] + 1}  # the import's own
    # still unchanged once the new ones are assigned (their DUO number is remembered)
    intake.assign(vault, ["M-1001", "M-1003"], region.anna, today=TODAY)
    third = intake.import_reports(vault, [fixture("reports_default.csv")], today=TODAY)
    assert third.unchanged == 4 and third.new == third.added == 0


def test_dry_run_counts_but_stores_nothing(vault: Vault, region: Region) -> None:
    before = counts(vault)
    result = intake.import_reports(
        vault, [fixture("reports_default.csv")], dry_run=True, today=TODAY
    )
    assert (result.new, result.added, result.candidates) == (2, 1, 1)
    assert result.summary_line().startswith("Proefimport, niets opgeslagen: 2 nieuw")
    assert counts(vault) == before


def test_the_second_header_variant_needs_a_stored_profile(vault: Vault, region: Region) -> None:
    with pytest.raises(UserError, match="Geen koppelprofiel past bij het bestand"):
        intake.import_reports(vault, [fixture("reports_region.csv")], today=TODAY)
    with pytest.raises(UserError, match="Het profiel 'standaard' past niet"):
        intake.import_reports(
            vault, [fixture("reports_region.csv")], profile="standaard", today=TODAY
        )
    intake.save_profile(vault, "Drechtsteden", REGION_COLUMNS)
    assert [p.name for p in intake.list_profiles(vault)] == ["standaard", "Drechtsteden"]
    preview = intake.preview_file(vault, *fixture("reports_region.csv"))
    assert preview.profile == "Drechtsteden"
    assert ("Meldingnummer DUO", "Meldingsnummer") in preview.mapping
    assert preview.first_lines[0][:1] == ["R-2001"] and len(preview.first_lines) == 2
    assert counts(vault)["intake_report"] == 0  # the preview stored nothing
    result = intake.import_reports(vault, [fixture("reports_region.csv")], today=TODAY)
    assert (result.new, result.refused, result.profile) == (2, [], "Drechtsteden")
    zoe = inbox_row(vault, "R-2001")  # Windows-1252, "," separated, ISO dates, "12AB00"
    assert (zoe.given_names, zoe.surname, zoe.birth_date) == ("Zoë", "Öztürk", date(2010, 6, 30))
    assert zoe.school_id == region.school_12ab and zoe.report_type == "16_hours"
    assert zoe.reporter_function == "verzuimcoördinator"
    assert inbox_row(vault, "R-2002").school_id == region.school_12ab  # vestiging "0" → "00"


def test_every_bad_line_is_refused_with_its_number_and_nothing_of_it_stored(
    vault: Vault, region: Region
) -> None:
    result = intake.import_reports(vault, [fixture("reports_bad.csv")], today=TODAY)
    reasons = {r.line: r.reason for r in result.refused}
    assert reasons == {
        2: "BSN voldoet niet aan de elfproef",
        3: "onbekende school (BRIN 99ZZ, vestiging 00)",
        4: "de geboortedatum is geen bestaande datum",
        5: "Achternaam begint met '=' (een formule wordt niet ingelezen)",
        6: "het verzuim eindigt vóór het begint",
        7: "onbekende soort verzuim",
        9: "verkeerde tekenset: de regel is geen UTF-8 of Windows-1252 zoals de rest",
    }
    assert result.refused[0].describe() == "regel 2: BSN voldoet niet aan de elfproef"
    assert result.new == 1  # line 8, the one good line
    with vault.session() as s:
        stored = set(s.scalars(select(IntakeReport.duo_number)))
        stored |= set(s.scalars(select(Report.duo_number).where(Report.duo_number.is_not(None))))
    assert stored == {"B-3007"}
    # no personal data in the reasons: no BSN, no name, no birth date
    text = " ".join(reasons.values())
    assert "111222334" not in text and "Kok" not in text and "cmd" not in text


def test_future_report_and_formula_in_every_text_field_are_refused(
    vault: Vault, region: Region
) -> None:
    header = "Meldingnummer;BSN;Achternaam;Geboortedatum;BRIN;Vestiging;Verzuimsoort;Datum melding"
    lines = [
        header,
        "F-1;111222333;Berg;12-03-2012;12AB;00;16 uur;01-12-2026",  # the day after TODAY
        "F-2;111222333;+Berg;12-03-2012;12AB;00;16 uur;02-11-2026",
        "F-3;111222333;@SUM(A1);12-03-2012;12AB;00;16 uur;02-11-2026",
        "F-4;111222333;-2+3;12-03-2012;12AB;00;16 uur;02-11-2026",
        "F-5;12345;Berg;12-03-2012;12AB;00;16 uur;02-11-2026",
        "F-6;111222333;Berg;12-03-2027;12AB;00;16 uur;02-11-2026",
    ]
    data = ("\n".join(lines) + "\n").encode()
    result = intake.import_reports(vault, [("kort.csv", data)], today=TODAY)
    assert [(r.line, r.reason.split(" ")[0]) for r in result.refused] == [
        (2, "de"), (3, "Achternaam"), (4, "Achternaam"), (5, "Achternaam"), (6, "BSN"), (7, "de"),
    ]  # fmt: skip
    assert result.refused[0].reason == "de datum van de melding ligt in de toekomst"
    assert result.refused[5].reason == "de geboortedatum ligt na het verzuim of de melding"
    assert counts(vault)["intake_report"] == 0


def test_an_xlsx_download_is_read_with_date_cells_and_formulas_refused(
    vault: Vault, region: Region
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Meldingnummer", "BSN", "Voornamen", "Achternaam", "Geboortedatum", "BRIN",
                  "Vestiging", "Verzuimsoort", "Datum melding", "Uren verzuim"])  # fmt: skip
    sheet.append(["X-1", "111222333", "Daan", "Berg", date(2012, 3, 12), "12AB", "00",
                  "16 uur in 4 weken", date(2026, 11, 2), 17.5])  # fmt: skip
    sheet.append(["X-2", "999999990", "Zoë", "=HYPERLINK(\"http://x\")", date(2010, 6, 30),
                  "12AB", "00", "16 uur", date(2026, 11, 2), 16])  # fmt: skip
    buffer = io.BytesIO()
    book.save(buffer)
    result = intake.import_reports(vault, [("meldingen.xlsx", buffer.getvalue())], today=TODAY)
    assert result.new == 1
    assert [(r.line, r.reason) for r in result.refused] == [
        (3, "Achternaam begint met '=' (een formule wordt niet ingelezen)")
    ]
    row = inbox_row(vault, "X-1")
    assert (row.birth_date, row.received_on, row.hours_absent) == (
        date(2012, 3, 12), date(2026, 11, 2), 17.5,
    )  # fmt: skip


def test_the_inbox_proposes_by_school_then_municipality(vault: Vault, region: Region) -> None:
    intake.import_reports(vault, [fixture("reports_default.csv")], today=TODAY)
    rows = {r.duo_number: r for r in intake.list_inbox(vault)}
    assert set(rows) == {"M-1001", "M-1003", "M-1004"}
    assert (rows["M-1001"].proposed, rows["M-1001"].school) == ("Anna Visser", "Wijzer College")
    assert (rows["M-1003"].proposed, rows["M-1003"].municipality) == ("Bram Claes", "Papendrecht")
    assert rows["M-1004"].status == "candidate"
    assert rows["M-1004"].candidate == "Noor Bakker (15-02-2012)"
    assert rows["M-1001"].first_contact_due == first_contact_due(date(2026, 11, 2))


def test_bulk_assign_sets_consultant_and_the_first_contact_deadline(
    vault: Vault, region: Region
) -> None:
    intake.import_reports(vault, [fixture("reports_default.csv")], today=TODAY)
    summary = intake.assign(vault, ["M-1001", "M-1003"], region.anna, today=TODAY)
    assert summary.message == "2 melding(en) toegewezen aan Anna Visser."
    case_ids = summary.ids("case_file")
    rows = cases_by_id(vault, case_ids)
    assert len(rows) == 2 and {r.consultant for r in rows} == {"Anna Visser"}
    by_name = {r.youth_name: r for r in rows}
    daan = by_name["Berg, Daan van den"]
    assert daan.bsn == "111222333" and daan.reference == "2026-JV-0001"  # the owner's code
    assert daan.next_due_label == "Eerste contact"
    assert daan.next_due == first_contact_due(date(2026, 11, 2))  # from the file's report date
    assert by_name["Vries, Sem de"].next_due == first_contact_due(date(2026, 11, 4))
    with vault.session() as s:
        report = s.scalars(select(Report).where(Report.duo_number == "M-1001")).one()
        assert report.case.youth.bsn == "111222333" and report.case.kind == "relative_absence"
        settled = s.scalars(select(IntakeReport).where(IntakeReport.duo_number == "M-1001")).one()
        assert (settled.status, settled.case_id) == ("assigned", report.case_id)
        assert settled.bsn is None and settled.surname is None  # the case holds them now
    assert [r.duo_number for r in intake.list_inbox(vault)] == ["M-1004"]
    with pytest.raises(UserError, match="M-1001 is al toegewezen"):
        intake.assign(vault, ["M-1001"], region.bram, today=TODAY)
    with pytest.raises(UserError, match="bevestig eerst"):
        intake.assign(vault, ["M-1004"], region.bram, today=TODAY)


def test_a_later_report_by_onderwijsnummer_joins_the_case_made_from_the_first(
    vault: Vault, region: Region
) -> None:
    intake.import_reports(vault, [fixture("reports_default.csv")], today=TODAY)
    made = intake.assign(vault, ["M-1003"], region.bram, today=TODAY).first("case_file")
    data = (
        b"Meldingnummer;Onderwijsnummer;Achternaam;Geboortedatum;BRIN;Vestiging;Verzuimsoort;"
        b"Datum melding\nM-1010;1012.22.331;Vries;20-08-2013;34CD;1;16 uur;20-11-2026\n"
    )
    result = intake.import_reports(vault, [("later.csv", data)], today=TODAY)
    assert (result.added, result.new) == (1, 0)
    with vault.session() as s:
        assert s.scalars(select(Report.case_id).where(Report.duo_number == "M-1010")).one() == made


def test_a_candidate_is_confirmed_as_the_same_youth_or_a_new_one(
    vault: Vault, region: Region
) -> None:
    intake.import_reports(vault, [fixture("reports_default.csv")], today=TODAY)
    with pytest.raises(UserError, match="wacht niet op een bevestiging"):
        intake.confirm_candidate(vault, "M-1001", same=True)
    intake.confirm_candidate(vault, "M-1004", same=True)
    assert inbox_row(vault, "M-1004").youth_id == region.noor
    case_id = intake.assign(vault, ["M-1004"], region.bram, today=TODAY).first("case_file")
    with vault.session() as s:
        assert s.get_one(Case, case_id).youth_id == region.noor
        bakkers = select(func.count()).select_from(Youth).where(Youth.surname == "Bakker")
        assert s.scalar(bakkers) == 1
    # the same file's candidate, said to be someone else → a new youth at assignment
    data = (
        b"Meldingnummer;Voornamen;Achternaam;Geboortedatum;BRIN;Vestiging;Verzuimsoort;"
        b"Datum melding\nM-1020;Nora;Bakker;15-02-2012;34CD;01;overig;20-11-2026\n"
    )
    assert intake.import_reports(vault, [("n.csv", data)], today=TODAY).candidates == 1
    intake.confirm_candidate(vault, "M-1020", same=False)
    assert inbox_row(vault, "M-1020").status == "new"
    intake.assign(vault, ["M-1020"], region.bram, today=TODAY)
    with vault.session() as s:
        bakkers = select(func.count()).select_from(Youth).where(Youth.surname == "Bakker")
        assert s.scalar(bakkers) == 2


def test_confirming_the_same_youth_with_an_open_case_adds_the_report_to_it(
    vault: Vault, region: Region
) -> None:
    data = (
        b"Meldingnummer;Voornamen;Achternaam;Geboortedatum;BRIN;Vestiging;Verzuimsoort;"
        b"Datum melding\nM-1030;Eva;Jansen;01-05-2011;12AB;00;16 uur;20-11-2026\n"
    )
    result = intake.import_reports(vault, [("e.csv", data)], today=TODAY)
    assert result.candidates == 1 and result.added == 0  # never matched on the name alone
    summary = intake.confirm_candidate(vault, "M-1030", same=True)
    assert "toegevoegd aan dossier" in summary.message
    with vault.session() as s:
        assert s.scalars(select(Report.case_id).where(Report.duo_number == "M-1030")).one() == (
            region.eva_case
        )
    assert intake.list_inbox(vault) == []


def test_profiles_are_checked_and_stored_in_the_vault(vault: Vault) -> None:
    with pytest.raises(UserError, match="ligt vast"):
        intake.save_profile(vault, "Standaard", {})
    with pytest.raises(UserError, match="Onbekend veld: naam"):
        intake.save_profile(vault, "X", {"naam": "Naam"})
    intake.save_profile(vault, "X", {"surname": "Familienaam"})
    assert intake.get_profile(vault, "x").columns["surname"] == "Familienaam"
    assert intake.get_profile(vault, "x").columns["bsn"] == "BSN"  # the rest: the default
    intake.delete_profile(vault, "X")
    with pytest.raises(UserError, match="geen koppelprofiel met de naam 'X'"):
        intake.get_profile(vault, "X")


def test_of_twins_the_candidate_is_the_one_with_the_same_given_name(
    vault: Vault, region: Region
) -> None:
    from lvs_desktop.services import people

    nina = people.create_youth(
        vault,
        people.YouthInput(given_names="Nina", surname="Bakker", birth_date=date(2012, 2, 15)),
        today=TODAY,
    ).first("youth")
    data = (
        b"Meldingnummer;Voornamen;Achternaam;Geboortedatum;BRIN;Vestiging;Verzuimsoort;"
        b"Datum melding\n"
        b"T-1;Nina;Bakker;15-02-2012;34CD;01;overig;20-11-2026\n"
        b"T-2;Noor;bakker;15-02-2012;34CD;01;overig;20-11-2026\n"
        b"T-3;Nora;Bakker;15-02-2012;34CD;01;overig;20-11-2026\n"
    )
    assert intake.import_reports(vault, [("t.csv", data)], today=TODAY).candidates == 3
    assert inbox_row(vault, "T-1").candidate_youth_id == nina
    assert inbox_row(vault, "T-2").candidate_youth_id == region.noor
    assert inbox_row(vault, "T-3").candidate_youth_id in {nina, region.noor}  # a person decides


def test_a_retention_purge_makes_the_intake_forget_the_youth(vault: Vault, region: Region) -> None:
    from lvs_desktop.services import cases, retention

    intake.import_reports(vault, [fixture("reports_default.csv")], today=TODAY)
    case_id = intake.assign(vault, ["M-1003"], region.bram, today=TODAY).first("case_file")
    cases.close_case(vault, case_id, TODAY, "back_to_school", "seen", today=TODAY)
    sem = inbox_row(vault, "M-1003")
    assert sem.onderwijsnummer == "101222331" and sem.youth_id is not None
    retention.purge(vault, [sem.youth_id], date(2100, 1, 1))
    sem = inbox_row(vault, "M-1003")
    assert (sem.onderwijsnummer, sem.youth_id, sem.duo_number) == (None, None, "M-1003")
    again = intake.import_reports(vault, [fixture("reports_default.csv")], today=TODAY)
    assert again.unchanged == 4  # the DUO number is still known
