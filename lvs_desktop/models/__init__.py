"""The domain: SQLAlchemy entities and the pure rules of the law. No Qt, nothing above."""

from lvs_desktop.models.audit import AuditHead, AuditPurge
from lvs_desktop.models.base import Base, Synced, new_id, synced_classes, utcnow
from lvs_desktop.models.case_fact import CaseYearFact
from lvs_desktop.models.case_summary import CaseSummary
from lvs_desktop.models.casework import Case, Contact, Report, RouteDecision, Task
from lvs_desktop.models.decisions import AuditEvent, Enforcement, Exemption, Letter
from lvs_desktop.models.enrolment import Enrolment
from lvs_desktop.models.error_log import ErrorRecord
from lvs_desktop.models.errors import UserError
from lvs_desktop.models.intake import IntakeProfile, IntakeReport
from lvs_desktop.models.letter_response import LetterResponse
from lvs_desktop.models.local import (
    Conflict,
    ExportLog,
    ImportLog,
    PeerKey,
    ReferenceCode,
    ReplicaState,
    Setting,
    YouthAlias,
)
from lvs_desktop.models.outreach import OutreachStep, Referral
from lvs_desktop.models.people import Consultant, Guardian, Municipality, School, Youth
from lvs_desktop.models.prevention import PreventionActivity, ReportText, ThuiszitterOffer
from lvs_desktop.models.region import Coverage, Partner, RegionSetting
from lvs_desktop.models.register import RegisterEnrolment, RegisterListRun, RegisterResident
from lvs_desktop.models.tombstone import PurgeTombstone
from lvs_desktop.models.vsv import VsvFigure

__all__ = [
    "AuditEvent",
    "AuditHead",
    "AuditPurge",
    "Base",
    "Case",
    "CaseSummary",
    "CaseYearFact",
    "Conflict",
    "Consultant",
    "Contact",
    "Coverage",
    "Enforcement",
    "Enrolment",
    "ErrorRecord",
    "Exemption",
    "ExportLog",
    "Guardian",
    "ImportLog",
    "IntakeProfile",
    "IntakeReport",
    "Letter",
    "LetterResponse",
    "Municipality",
    "OutreachStep",
    "Partner",
    "PeerKey",
    "PreventionActivity",
    "PurgeTombstone",
    "ReferenceCode",
    "Referral",
    "RegionSetting",
    "RegisterEnrolment",
    "RegisterListRun",
    "RegisterResident",
    "ReplicaState",
    "Report",
    "ReportText",
    "RouteDecision",
    "School",
    "Setting",
    "Synced",
    "Task",
    "ThuiszitterOffer",
    "UserError",
    "VsvFigure",
    "Youth",
    "YouthAlias",
    "new_id",
    "synced_classes",
    "utcnow",
]
