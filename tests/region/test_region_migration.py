"""Migration 0004 on a vault made before it: the region's settings move to the synced table
(and read back the same), a team lead's row gets the role, and registers start unarchived."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select, text

from lvs_desktop.models import Consultant, Municipality, RegionSetting, Setting
from lvs_desktop.models.region import region_setting_id
from lvs_desktop.services import region as r
from lvs_desktop.store import Vault, migrate
from tests.builders import old_vault

PASSPHRASE = "correct paard batterij niet"
LETTERHEAD = {"organisation": "Leerplicht Drechtsteden", "town": "Dordrecht"}


def test_a_vault_of_schema_0003_keeps_its_settings_and_gains_the_registers(tmp_path: Path) -> None:
    path = tmp_path / "oud.lvsvault"
    with old_vault(path, PASSPHRASE, "0003") as c:
        c.exec_driver_sql(
            "INSERT INTO replica_state (replica_id, counter, hlc, role, owner_id) "
            "VALUES ('01a22c62-0000-7000-8000-000000000001', 0, 0, 'team', 'c1')"
        )
        c.exec_driver_sql(
            "INSERT INTO consultant (id, name, code, is_team_lead, active, created_at, "
            "updated_at, deleted, vv, dots) VALUES ('c1', 'Lea', 'LL', 1, 1, '2026-01-01', "
            "'2026-01-01', 0, '{}', '{}')"
        )
        c.exec_driver_sql(
            "INSERT INTO municipality (id, name, cbs_code, created_at, updated_at, deleted, vv, "
            "dots) VALUES ('m1', 'Dordrecht', '0505', '2026-01-01', '2026-01-01', 0, '{}', '{}')"
        )
        for key, value in (("letterhead", LETTERHEAD), ("auto_lock_minutes", 5)):
            c.execute(
                text("INSERT INTO setting (key, value) VALUES (:k, :v)"),
                {"k": key, "v": json.dumps(value)},
            )
    with Vault.open(path, PASSPHRASE) as v:
        assert v.schema_revision() == migrate.head_revision()
        assert v.get_setting("letterhead") == LETTERHEAD
        assert v.get_setting("auto_lock_minutes") == 5
        with v.session() as s:
            assert s.get(Setting, "letterhead") is None  # moved, not copied
            moved = s.get(RegionSetting, region_setting_id("letterhead"))
            assert moved is not None and moved.key == "letterhead"
            assert s.get(Setting, "auto_lock_minutes") is not None  # local stays local
            lea = s.get_one(Consultant, "c1")
            assert (lea.role, lea.akte_number, lea.sworn_by) == ("team_lead", None, None)
            dordrecht = s.scalars(select(Municipality)).one()
            assert not dordrecht.archived and dordrecht.college_name is None
        assert "OVERIG" in r.SCHOOL_TYPES
        assert r.partner_kinds(v)["matchmakers"] == "MatchMakers"
        v.set_setting("letterhead", {**LETTERHEAD, "town": "Zwijndrecht"})
        assert v.get_setting("letterhead")["town"] == "Zwijndrecht"
