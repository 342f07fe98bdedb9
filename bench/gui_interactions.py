"""Times the wizard in-process (offscreen): switching characteristic pages, and an answer
click until its row is committed. Prints JSON; ``python -m bench`` runs it in a subprocess.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QListWidget


def main() -> int:
    app = QApplication(sys.argv[:1])
    from sseassess.app.demo import create_demo
    from sseassess.app.workspace import Workspace
    from sseassess.ui.pages.assessment_page import AssessmentPage

    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace.open(f"sqlite:///{Path(folder) / 'bench.db'}")
        demo = create_demo(workspace)
        organization = workspace.assessment(demo).organization_uuid
        uuid = workspace.start_assessment(organization, copy_from=demo)
        settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
        page = AssessmentPage(workspace, "en", settings)
        page.resize(1366, 768)
        page.show()
        page.open_assessment(uuid)
        app.processEvents()
        count = len(workspace.framework_of(workspace.assessment(uuid)).characteristics)

        sidebar = page.findChild(QListWidget, "characteristics")
        assert sidebar is not None
        first_visit: list[float] = []
        later_visits: list[float] = []
        for lap in range(3):
            for row in range(count):
                start = time.perf_counter()
                sidebar.setCurrentRow(row)
                page.repaint()  # the time until the new page is painted
                (first_visit if lap == 0 else later_visits).append(time.perf_counter() - start)

        clicks: list[float] = []
        framework = workspace.framework_of(workspace.assessment(uuid))
        indicators = [i.id for i in framework.indicators()]
        for n in range(300):
            widget = page.indicator_widget(indicators[n % len(indicators)])
            level = n % 5
            start = time.perf_counter()
            widget.choose_level(level if widget.answer.level != level else (level + 1) % 5)
            clicks.append(time.perf_counter() - start)
        workspace.close()

    def p99(values: list[float]) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]

    print(
        json.dumps(
            {
                "page_first_max_ms": max(first_visit) * 1000,
                "page_first_median_ms": statistics.median(first_visit) * 1000,
                "page_again_max_ms": max(later_visits) * 1000,
                "click_p50_ms": statistics.median(clicks) * 1000,
                "click_p99_ms": p99(clicks) * 1000,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
