"""The outcome table model of a collection: one row per file, what happened and why."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from sseassess.app.bundles import CollectReport, FileOutcome
from sseassess.domain.merge import Outcome
from sseassess.domain.text import N_, InputError, Problem
from sseassess.ui.models.outcome_table_model import STATUS_ROLE, OutcomeTableModel


def test_the_model_lists_each_file_with_its_outcome() -> None:
    red = QColor("red")
    model = OutcomeTableModel(refused_colour=red)
    assert (model.rowCount(), model.columnCount()) == (0, 3)
    report = CollectReport(
        (
            FileOutcome(
                Path("/usb/ana.sseassess"),
                Outcome.IMPORTED,
                Problem(
                    "",
                    N_("the answers of {participant}, new in the workshop of {organization}"),
                    {"participant": "Ana", "organization": "Tisserands"},
                ),
                "uuid-1",
                "Ana",
            ),
            FileOutcome(
                Path("/usb/x.sseassess"), Outcome.REFUSED, InputError(N_("This file is empty."))
            ),
        ),
        total=2,
    )
    model.set_report(report)
    assert model.rowCount() == 2 and model.rowCount(model.index(0, 0)) == 0
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["File", "Outcome", "Details"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    row = [model.data(model.index(0, c)) for c in range(3)]
    assert row == [
        "ana.sseassess",
        "Imported",
        "the answers of Ana, new in the workshop of Tisserands",
    ]
    assert model.data(model.index(1, 1)) == "Refused"
    assert model.data(model.index(1, 2)) == "This file is empty."
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole) == "/usb/x.sseassess"
    assert model.data(model.index(1, 2), Qt.ItemDataRole.ForegroundRole) == red
    assert model.data(model.index(0, 2), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(1, 0), STATUS_ROLE) == Outcome.REFUSED
    assert model.data(QModelIndex()) is None
    assert model.report is report
