"""The method's parameters of one Agora session: presets « Par défaut » and « Strict », or custom values.

Shares are typed as percentages (« 70 »), gaps as numbers (« 0,6 »), with a comma or a point.
Values the method cannot take are refused in the dialog, in French, beside the buttons; the
dialog only closes on valid parameters. :func:`ask_params` runs it (tests replace it).
"""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agora.method import PRESETS, MethodParams
from agora.method import wording as core_wording
from ui.agora import palette
from ui.agora.method_texts import PRESET_NAMES, SHARE_PARAMS, preset_of, tr

#: Threshold fields, in the order of the form.
FIELDS = ("t_pos", "t_minor", "t_gap", "t_oppose", "t_unc")

#: Data of the « Personnalisés » entry of the preset box.
CUSTOM = ""


class ParamsRefusedError(ValueError):
    """A value typed in the dialog that the method cannot take; the message is in French."""


def parse_number(text: str) -> Fraction:
    """« 62,5 » or « 0.6 » as an exact fraction.

    Raises:
        ValueError: not a number.
    """
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace("%", "").replace(",", ".")
    if not cleaned:
        raise ValueError(text)
    try:
        return Fraction(cleaned)
    except (ValueError, ZeroDivisionError) as exc:
        raise ValueError(text) from exc


def typed_value(name: str, value: Fraction) -> str:
    """How a threshold is shown in its box: percent for shares, a number otherwise."""
    return core_wording.format_decimal(value * 100 if name in SHARE_PARAMS else value, 3)


class ParamsDialog(QDialog):
    """Edits a session's parameters. ``params()`` gives the validated result after ``accept``."""

    def __init__(self, current: MethodParams, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paramètres de la méthode"))
        self._result = current
        self._updating = False
        self.preset = QComboBox(self)
        for code in PRESETS:
            self.preset.addItem(tr(PRESET_NAMES[code]), code)
        self.preset.addItem(self.tr("Personnalisés"), CUSTOM)
        self.preset.setAccessibleName(self.tr("Préréglage"))
        self.preset_help = QLabel(
            self.tr(
                "Strict : la pratique Delphi / COMET — au moins 70 % dans chaque catégorie, moins de 15 % "
                "contre, 5 votes exprimés minimum."
            ),
            self,
        )
        self.preset_help.setWordWrap(True)
        self.n_min = QSpinBox(self)
        self.n_min.setRange(1, 999)
        self.edits: dict[str, QLineEdit] = {}
        for name in FIELDS:
            edit = QLineEdit(self)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.edits[name] = edit
        self.require_all = QCheckBox(
            self.tr("Un consensus doit inclure toutes les catégories (sinon : trop peu de votes)"), self
        )
        self.refusal = QLabel(self)
        self.refusal.setTextFormat(Qt.TextFormat.PlainText)
        self.refusal.setWordWrap(True)
        colours = self.refusal.palette()
        colours.setColor(QPalette.ColorRole.WindowText, palette.REFUSAL)
        self.refusal.setPalette(colours)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )

        form = QFormLayout()
        form.addRow(self.tr("Préréglage"), self.preset)
        form.addRow("", self.preset_help)
        form.addRow(self.tr("Votes exprimés minimum par catégorie"), self.n_min)
        form.addRow(self.tr("Seuil de position, pour ou contre (%)"), self.edits["t_pos"])
        form.addRow(self.tr("Minorité tolérée (%)"), self.edits["t_minor"])
        form.addRow(self.tr("Écart significatif entre catégories (0 à 2)"), self.edits["t_gap"])
        form.addRow(self.tr("Écart d’opposition (0 à 2)"), self.edits["t_oppose"])
        form.addRow(self.tr("Seuil d’incertitude (%)"), self.edits["t_unc"])
        form.addRow("", self.require_all)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.refusal)
        layout.addWidget(self.buttons)

        self.show_params(current)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.n_min.valueChanged.connect(self._edited)
        for edit in self.edits.values():
            edit.textEdited.connect(self._edited)
        self.require_all.toggled.connect(self._edited)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def show_params(self, params: MethodParams) -> None:
        """Fill the form with ``params`` and select its preset, if any."""
        self._updating = True
        try:
            self.n_min.setValue(params.n_min)
            for name, edit in self.edits.items():
                edit.setText(typed_value(name, getattr(params, name)))
            self.require_all.setChecked(params.require_all_categories)
            self.preset.setCurrentIndex(self.preset.findData(preset_of(params) or CUSTOM))
        finally:
            self._updating = False

    def choose_preset(self, code: str) -> None:
        """Select a preset (``"defaut"``, ``"strict"``) as if chosen in the box."""
        self.preset.setCurrentIndex(self.preset.findData(code))

    def _preset_chosen(self, index: int) -> None:
        code = self.preset.itemData(index)
        if self._updating or code == CUSTOM:
            return
        self.show_params(PRESETS[code])
        self.refusal.clear()

    def _edited(self, *_args: object) -> None:
        if self._updating:
            return
        self.refusal.clear()
        try:
            params = self.read_params()
        except ParamsRefusedError:
            code = CUSTOM
        else:
            code = preset_of(params) or CUSTOM
        self._updating = True
        self.preset.setCurrentIndex(self.preset.findData(code))
        self._updating = False

    def read_params(self) -> MethodParams:
        """The parameters typed in the form.

        Raises:
            ParamsRefusedError: a value the method cannot take (French message).
        """
        values: dict[str, Fraction] = {}
        labels = {
            "t_pos": self.tr("seuil de position"),
            "t_minor": self.tr("minorité tolérée"),
            "t_gap": self.tr("écart significatif"),
            "t_oppose": self.tr("écart d’opposition"),
            "t_unc": self.tr("seuil d’incertitude"),
        }
        for name, edit in self.edits.items():
            try:
                number = parse_number(edit.text())
            except ValueError:
                raise ParamsRefusedError(
                    self.tr("« {text} » n’est pas un nombre ({field}).").format(
                        text=edit.text(), field=labels[name]
                    )
                ) from None
            values[name] = number / 100 if name in SHARE_PARAMS else number
        if not Fraction(1, 2) < values["t_pos"] <= 1:
            raise ParamsRefusedError(self.tr("Le seuil de position doit dépasser 50 % sans dépasser 100 %."))
        if not 0 <= values["t_minor"] < values["t_pos"]:
            raise ParamsRefusedError(
                self.tr("La minorité tolérée doit être positive et plus petite que le seuil de position.")
            )
        if not 0 < values["t_gap"] <= 2:
            raise ParamsRefusedError(self.tr("L’écart significatif doit être plus grand que 0 et au plus 2."))
        if not 0 < values["t_oppose"] <= 2:
            raise ParamsRefusedError(self.tr("L’écart d’opposition doit être plus grand que 0 et au plus 2."))
        if not 0 < values["t_unc"] <= 1:
            raise ParamsRefusedError(
                self.tr("Le seuil d’incertitude doit être plus grand que 0 % et au plus 100 %.")
            )
        try:
            return MethodParams(
                n_min=self.n_min.value(), require_all_categories=self.require_all.isChecked(), **values
            )
        except ValueError as exc:  # a rule of the core not mirrored above
            raise ParamsRefusedError(self.tr("Paramètres refusés : {detail}").format(detail=exc)) from exc

    def accept(self) -> None:
        """Close only on valid parameters; otherwise say why, here."""
        try:
            self._result = self.read_params()
        except ParamsRefusedError as exc:
            self.refusal.setText(str(exc))
            return
        super().accept()

    def params(self) -> MethodParams:
        """The accepted parameters."""
        return self._result


def ask_params(parent: QWidget, current: MethodParams) -> MethodParams | None:
    """Run the dialog; the new parameters, or None if the facilitator cancels."""
    dialog = ParamsDialog(current, parent)
    try:
        return dialog.params() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
