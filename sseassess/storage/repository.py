"""The one object the application layer reaches storage through: a store per aggregate.

Only ``sseassess.app`` holds a ``Repository`` (privately, inside ``Workspace``); every
other layer goes through the workspace. Each store maps rows to domain records and back,
and each of its writes is one transaction.
"""

from __future__ import annotations

from sseassess.storage.answers import Answers, Evidence
from sseassess.storage.assessments import Actions, Assessments, Snapshots
from sseassess.storage.bundles import Bundles
from sseassess.storage.database import Database
from sseassess.storage.import_log import ImportLogs
from sseassess.storage.issued import Issued
from sseassess.storage.organizations import Organizations
from sseassess.storage.participants import Participants


class Repository:
    """Organizations, framework snapshots, assessments, answers and what travels."""

    def __init__(self, database: Database) -> None:
        self.organizations = Organizations(database)
        self.snapshots = Snapshots(database)
        self.assessments = Assessments(database)
        self.answers = Answers(database)
        self.evidence = Evidence(database)
        self.actions = Actions(database)
        self.participants = Participants(database)
        self.bundles = Bundles(database)
        self.issued = Issued(database)
        self.import_log = ImportLogs(database)
