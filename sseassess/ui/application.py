"""Starts the desktop application: Qt translations, the workspace, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from sseassess import APP_ID, APP_NAME, __version__
from sseassess.app.workspace import Workspace
from sseassess.domain.text import TranslatableError
from sseassess.i18n import choose_language, translation
from sseassess.ui.main_window import MainWindow


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load Qt's own base translations and ours for ``language``; keep them referenced."""
    from sseassess.i18n import LOCALE_DIR

    translators: list[QTranslator] = []
    base = QTranslator(app)
    if base.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(base)
        translators.append(base)
    ours = QTranslator(app)
    if ours.load(f"sseassess_{language}", str(LOCALE_DIR)):
        app.installTranslator(ours)
        translators.append(ours)
    return translators


def run(database_url: str | None = None, language: str | None = None) -> int:
    """Open the main window on the database; the process exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    chosen = choose_language(language or QLocale.system().name())
    install_translators(app, chosen)
    try:
        workspace = Workspace.open(database_url)
    except TranslatableError as error:
        QMessageBox.critical(
            None,
            QApplication.translate("Application", "sseassess cannot start"),
            error.message(translation(chosen).gettext),
        )
        return 2
    window = MainWindow(workspace, QSettings())
    window.show()
    try:
        return app.exec()
    finally:
        workspace.close()
