"""Starts the desktop application: Qt translations, the main window, then the workspace.

The window is shown before the database layer is imported, so that something is on screen
at once even on an old laptop. The organizations are then listed straight from the SQLite
file, while SQLAlchemy and the workspace load on a worker thread; the buttons come alive
when the workspace is open.
"""

from __future__ import annotations

import os
import sys
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QThreadPool, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from sseassess import APP_ID, APP_NAME, __version__
from sseassess.i18n import (
    LOCALE_DIR,
    choose_language,
    is_right_to_left,
    qt_base_catalog,
    translation,
)
from sseassess.ui.main_window import MainWindow
from sseassess.ui.settings import LANGUAGE
from sseassess.ui.tasks import Task, TaskRunner
from sseassess.ui.text import qt_locale

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sseassess.app.workspace import Workspace


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Put the whole application in ``language``: Qt's own catalog (Yes, No, Cancel; the
    closest region when Qt has no catalog for the language itself) and ours, the layout
    direction (right to left for Arabic, Hebrew...), and the default ``QLocale``, so that
    calendars, date fields and numbers Qt formats itself read as the user reads them."""
    translators: list[QTranslator] = []
    qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    ours = f"sseassess_{language}"  # QTranslator falls back from pt_PT to pt by itself
    if os.environ.get("SSEASSESS_PSEUDO") and (LOCALE_DIR / "sseassess_pseudo.qm").exists():
        ours = "sseassess_pseudo"  # developers: long accented texts reveal cut layouts
    qt_base = qt_base_catalog(language, qt_translations)
    for name, folder in (
        *([(qt_base.name, str(qt_base.parent))] if qt_base is not None else []),
        (ours, str(LOCALE_DIR)),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if is_right_to_left(language)
        else Qt.LayoutDirection.LeftToRight
    )
    QLocale.setDefault(qt_locale(language))
    return translators


def install_excepthook(window: MainWindow) -> object:
    """Nothing dies silently: a problem the user can act on (a locked database, a full disk)
    is shown in their language; a bug is logged and shown with the log's path."""

    def hook(kind: type[BaseException], error: BaseException, trace: object) -> None:
        from PySide6.QtWidgets import QMessageBox

        from sseassess.app.maintenance import DamagedDatabaseError
        from sseassess.domain.text import TranslatableError

        if isinstance(error, DamagedDatabaseError) and window.has_workspace:
            window.offer_restore()  # says the file is damaged, offers the latest backup
            return
        if isinstance(error, TranslatableError):
            QMessageBox.warning(
                window,
                QApplication.translate("Application", "sseassess"),
                error.message(translation(window.language).gettext),
            )
            return
        from sseassess.app.crash import write_crash_log

        log = write_crash_log(error)
        sys.__excepthook__(kind, error, trace)  # type: ignore[arg-type]
        QMessageBox.critical(
            window,
            QApplication.translate("Application", "sseassess"),
            QApplication.translate(
                "Application",
                "Something went wrong that sseassess did not expect. Everything saved so far "
                "is kept. Please send the details in this file to the developers:\n%1",
            ).replace("%1", str(log)),
        )

    previous = sys.excepthook
    sys.excepthook = hook
    return previous


def application_icon() -> QIcon:
    """The program's icon in every size shipped (PNG: no image plugin needed)."""
    from sseassess.resource_files import resource_path

    icon = QIcon()
    for png in sorted(resource_path("icons").glob(f"{APP_ID}-*.png")):
        icon.addFile(str(png))
    return icon


def run(
    database_url: str | None = None,
    language: str | None = None,
    open_files: Sequence[Path] = (),
) -> int:
    """Show the main window, open the database into it; the process exit code.

    ``open_files`` (``.sseassess`` files opened from a file manager) are offered for
    import in the Collect dialog once the database is open.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    settings = QSettings()
    remembered = LANGUAGE.get(settings)
    chosen = choose_language(language or remembered or QLocale.system().name())
    translators = install_translators(app, chosen)

    def switch_translators(new_language: str) -> None:
        for translator in translators:
            app.removeTranslator(translator)
        translators[:] = install_translators(app, new_language)

    app.setWindowIcon(application_icon())
    window = MainWindow(
        settings,
        language=chosen,
        switch_translators=switch_translators,
        database_url=database_url,
    )
    previous_hook = install_excepthook(window)
    opened: list[Workspace] = []
    loading: list[Task] = []

    def start() -> None:
        """List the database at once when it can be read without SQLAlchemy, then load
        the database layer on a worker thread so the window stays responsive."""
        if not window.resumes_assessment:
            from sseassess.app.startup import read_listing

            listing = read_listing(database_url)
            if listing is not None:
                window.show_listing(listing)
                window.repaint()  # the list on screen before the loading below starts
        task = TaskRunner().new_task(
            lambda _progress, _cancelled: import_module("sseassess.app.workspace"),
            finished=lambda _module: open_workspace(),
            failed=failed_to_load,
        )
        loading.append(task)
        task.start()

    def failed_to_load(error: BaseException) -> None:
        sys.excepthook(type(error), error, error.__traceback__)
        app.exit(1)

    def open_workspace() -> None:
        from PySide6.QtWidgets import QMessageBox

        from sseassess.app.maintenance import DamagedDatabaseError
        from sseassess.app.workspace import Workspace
        from sseassess.domain.text import TranslatableError

        try:
            try:
                workspace = Workspace.open(database_url)
            except DamagedDatabaseError as error:
                if not offer_latest_backup(error):
                    raise
                workspace = Workspace.open(database_url)
        except TranslatableError as error:
            QMessageBox.critical(
                window,
                QApplication.translate("Application", "sseassess cannot start"),
                error.message(translation(window.language).gettext),
            )
            app.exit(2)
            return
        except Exception as error:  # a bug: reported, and never a window stuck "opening"
            sys.excepthook(type(error), error, error.__traceback__)
            app.exit(1)
            return
        opened.append(workspace)
        window.set_workspace(workspace)
        if open_files:
            QTimer.singleShot(0, lambda: window.collect_answers(open_files))

    def offer_latest_backup(error: BaseException) -> bool:
        """The database is damaged: restore the latest good backup if the user agrees;
        whether it was restored."""
        from PySide6.QtWidgets import QMessageBox

        from sseassess.app.maintenance import latest_good_backup, restore_latest_backup
        from sseassess.domain.text import TranslatableError

        backup = latest_good_backup(database_url)
        if backup is None:
            return False
        assert isinstance(error, TranslatableError)
        message = error.message(translation(window.language).gettext)
        answer = QMessageBox.question(
            window,
            QApplication.translate("Application", "The database file is damaged"),
            message
            + "\n\n"
            + QApplication.translate(
                "Application",
                "Restore the latest good backup (%1)? A copy of the damaged file is kept.",
            ).replace("%1", str(backup)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        restore_latest_backup(database_url)
        return True

    window.first_painted.connect(start)
    window.show()
    try:
        return app.exec()
    finally:
        for task in loading:  # nothing opens after the event loop ended
            task.finished.disconnect()
        QThreadPool.globalInstance().waitForDone()
        sys.excepthook = previous_hook  # type: ignore[assignment]
        for translator in translators:
            app.removeTranslator(translator)
        for workspace in opened:
            workspace.close()
