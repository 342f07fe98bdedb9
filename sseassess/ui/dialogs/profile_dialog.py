"""The organization profile: entered once, validated field by field, kept up to date."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sseassess.domain.records import MAX_NAME_LENGTH, OrganizationProfile
from sseassess.domain.text import InputError
from sseassess.i18n import translation
from sseassess.ui.palette import field_error_colour, set_style_colour

if TYPE_CHECKING:
    from sseassess.app.workspace import Workspace

_NOT_REGIONS = {"ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"}


@cache
def countries(language: str) -> tuple[tuple[str, str], ...]:
    """(code, name) of every country, named and sorted in ``language`` (Babel's data)."""
    from babel import Locale

    territories = Locale.parse(language).territories
    pairs = [
        (code, name)
        for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_REGIONS
    ]
    return tuple(sorted(pairs, key=lambda pair: pair[1].casefold()))


class ProfileDialog(QDialog):
    """Creates or edits an organization; invalid fields are named, nothing is lost."""

    def __init__(
        self,
        workspace: Workspace,
        language: str,
        organization_uuid: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._language = language
        self._uuid = organization_uuid
        self.created_uuid: str | None = None
        framework, _content = workspace.current_framework()
        self.setWindowTitle(
            self.tr("Organization profile") if organization_uuid else self.tr("New organization")
        )

        self._name = QLineEdit(self)
        self._name.setMaxLength(MAX_NAME_LENGTH)
        self._legal_form = QComboBox(self)
        self._legal_form.addItem(self.tr("Not given"), None)
        for choice in framework.legal_forms:
            self._legal_form.addItem(choice.name.get(language), choice.id)
        self._country = QComboBox(self)
        self._country.setEditable(True)
        self._country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._country.addItem(self.tr("Not given"), None)
        for code, name in countries(language):
            self._country.addItem(name, code)
        completer = self._country.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._sector = QLineEdit(self)
        self._sector.setPlaceholderText(self.tr("e.g. agriculture, health, housing, crafts"))
        self._members = self._count_box()
        self._employees = self._count_box()
        self._founded = QSpinBox(self)
        self._founded.setRange(1699, date.today().year)
        self._founded.setSpecialValueText(self.tr("Not given"))
        self._founded.setValue(1699)
        self._category = QComboBox(self)
        self._category.addItem(self.tr("None of these / not a signatory"), None)
        for choice in framework.signatory_categories:
            self._category.addItem(choice.name.get(language), choice.id)
        self._category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._category.setMinimumContentsLength(30)

        self._errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        rows = (
            ("name", self.tr("&Name:"), self._name),
            ("legal_form", self.tr("&Legal form:"), self._legal_form),
            ("country", self.tr("C&ountry:"), self._country),
            ("sector", self.tr("&Sector:"), self._sector),
            ("members", self.tr("&Members:"), self._members),
            ("employees", self.tr("&Employees:"), self._employees),
            ("founded_year", self.tr("&Founded in:"), self._founded),
            ("signatory_category", self.tr("Charter &category:"), self._category),
        )
        for field, label, widget in rows:
            form.addRow(label, widget)
            widget.setObjectName(field)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            error = QLabel(self)
            error.setWordWrap(True)
            set_style_colour(error, field_error_colour())
            error.hide()
            form.addRow("", error)
            self._errors[field] = error
        self._fields = {field: widget for field, _label, widget in rows}

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        if organization_uuid:
            self._load(workspace.organization(organization_uuid).profile)

    def _count_box(self) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(-1, 100_000_000)
        box.setSpecialValueText(self.tr("Not given"))
        box.setValue(-1)
        box.setGroupSeparatorShown(True)
        return box

    def _load(self, profile: OrganizationProfile) -> None:
        self._name.setText(profile.name)
        _select(self._legal_form, profile.legal_form)
        _select(self._country, profile.country)
        self._sector.setText(profile.sector or "")
        self._members.setValue(-1 if profile.members is None else profile.members)
        self._employees.setValue(-1 if profile.employees is None else profile.employees)
        self._founded.setValue(profile.founded_year or 1699)
        _select(self._category, profile.signatory_category)

    def profile(self) -> OrganizationProfile:
        """The profile as typed."""
        country = self._country.currentData()
        typed = self._country.currentText().strip()
        if country is None and typed and typed != self._country.itemText(0):
            names = {name.casefold(): code for code, name in countries(self._language)}
            country = names.get(typed.casefold(), typed)  # unknown: validation names it
        return OrganizationProfile(
            name=self._name.text(),
            legal_form=self._legal_form.currentData(),
            country=country,
            sector=self._sector.text(),
            members=None if self._members.value() < 0 else self._members.value(),
            employees=None if self._employees.value() < 0 else self._employees.value(),
            founded_year=None if self._founded.value() == 1699 else self._founded.value(),
            signatory_category=self._category.currentData(),
        )

    def accept(self) -> None:
        for error in self._errors.values():
            error.hide()
        profile = self.profile()
        try:
            if self._uuid is None:
                self.created_uuid = self._workspace.add_organization(profile)
            else:
                self._workspace.update_organization(self._uuid, profile)
        except InputError as error:
            gettext = translation(self._language).gettext
            first: QWidget | None = None
            for problem in error.problems:
                label = self._errors.get(problem.location)
                if label is not None:
                    label.setText(problem.message(gettext))
                    label.show()
                    first = first or self._fields[problem.location]
            if first is not None:
                first.setFocus()
            return
        super().accept()

    def error_text(self, field: str) -> str:
        """The message shown under ``field`` ("" when it is fine)."""
        label = self._errors[field]
        return label.text() if not label.isHidden() else ""


def _select(box: QComboBox, value: str | None) -> None:
    """Select ``value``; one the lists do not know (an older framework's, a code typed on
    the command line) is kept as an entry of its own rather than silently dropped."""
    if value is None:
        box.setCurrentIndex(0)
        return
    index = box.findData(value)
    if index < 0:
        box.addItem(value, value)
        index = box.count() - 1
    box.setCurrentIndex(index)
