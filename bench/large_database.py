"""Builds a large database quickly: N organizations x M assessments, every indicator answered."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert

from sseassess.app.frameworks import builtin_framework
from sseassess.storage import models
from sseassess.storage.database import Database


def build(path: Path, organizations: int = 1000, assessments: int = 5, seed: int = 7) -> None:
    """Create ``path`` with realistic volumes, through the real migrations."""
    random.seed(seed)
    framework, content = builtin_framework()
    indicators = list(framework.indicators())
    database = Database.open(f"sqlite:///{path}")
    with database.session() as session:
        snapshot = models.FrameworkSnapshot(
            framework_id=framework.id,
            version=framework.version,
            content_hash=framework.content_hash,
            content=content,
        )
        session.add(snapshot)
        session.flush()
        organization_rows = [
            {
                "uuid": str(uuid.uuid4()),
                "name": f"Cooperative {n:04d}",
                "legal_form": "cooperative",
                "country": random.choice(["SN", "FR", "CO", "CA", "BR", "KE"]),
            }
            for n in range(organizations)
        ]
        session.execute(insert(models.Organization), organization_rows)
        ids = [
            row.id for row in session.query(models.Organization.id).order_by(models.Organization.id)
        ]
        assessment_rows = [
            {
                "uuid": str(uuid.uuid4()),
                "organization_id": organization_id,
                "framework_snapshot_id": snapshot.id,
                "kind": "self",
                "status": "finished",
                "assessed_on": date(2020, 1, 1) + timedelta(days=365 * year),
            }
            for organization_id in ids
            for year in range(assessments)
        ]
        session.execute(insert(models.Assessment), assessment_rows)
        assessment_ids = [row.id for row in session.query(models.Assessment.id)]
        answer_rows = [
            {
                "uuid": str(uuid.uuid4()),
                "assessment_id": assessment_id,
                "indicator_id": indicator.id,
                "level": random.randint(0, 4),
                "not_applicable": False,
                "reason": "",
                "note": "",
                "for_discussion": False,
            }
            for assessment_id in assessment_ids
            for indicator in indicators
        ]
        session.execute(insert(models.Answer), answer_rows)
    database.close()
