"""« Pourquoi ce libellé ? »: the rule that fired for the selected statement and the numbers behind it.

Shows the label (and, when the facilitator overrode it, when and why, with the computed label
beside it), the rule's number and the core's French sentence with the category names, the
per-category counts and shares, the gaps between categories, the uncertainty U and the GIC,
and the thresholds in force. Statement text and override notes are shown as plain text.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from agora.method import LabelOverride, MethodParams, StatementAnalysis
from ui.agora import palette
from ui.agora.matrix_table import MatrixTable
from ui.agora.method_texts import decimal, label_wording, param_value, share
from ui.agora.why_numbers_model import COL_CATEGORY, COL_CNS, WhyNumbersModel
from ui.dates import format_date
from ui.translations import qt_translate


def plain(parent: QWidget, accessible_name: str, *, wrap: bool = True) -> QLabel:
    """A label that never interprets markup, selectable for copying numbers."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setAccessibleName(accessible_name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def override_moment(at: str) -> dt.datetime | None:
    """The local time of an override stored as ISO 8601 (naive times are UTC)."""
    try:
        moment = dt.datetime.fromisoformat(at)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone()


class WhyPanel(QWidget):
    """Explains one statement's label. The page feeds it; it only asks for overrides by signal."""

    #: The facilitator wants to choose the label of the statement shown.
    override_requested = Signal()
    #: The facilitator wants the computed label back.
    clear_override_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: StatementAnalysis | None = None
        self.numbers = WhyNumbersModel(self)
        self._build()
        self._apply_fonts()
        self._connect_signals()
        self.show_statement(None, {}, MethodParams(), 0)

    def _build(self) -> None:
        self.heading = QLabel(self.tr("Pourquoi ce libellé ?"), self)

        self.statement_label = plain(self, self.tr("Énoncé"))
        self.label_line = plain(self, self.tr("Libellé"))
        self.override_line = plain(self, self.tr("Libellé modifié par l’animation"))
        self.override_line.setAutoFillBackground(True)
        override_palette = self.override_line.palette()
        override_palette.setColor(self.override_line.backgroundRole(), palette.OVERRIDE)
        override_palette.setColor(self.override_line.foregroundRole(), palette.INK)
        self.override_line.setPalette(override_palette)
        self.override_line.setMargin(4)
        self.rule_line = plain(self, self.tr("Règle appliquée"))
        self.table = MatrixTable(1, self.tr("Les nombres par catégorie"), self)
        self.table.setModel(self.numbers)
        self.table.setSelectionMode(MatrixTable.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.summary_line = plain(self, self.tr("Écarts, incertitude et accord pondéré"))
        self.params_line = plain(self, self.tr("Seuils appliqués"))

        self.override_button = QPushButton(self.tr("Choisir le libellé…"), self)
        self.override_button.setToolTip(self.tr("Remplacer le libellé calculé (Ctrl+Maj+L)"))
        self.clear_button = QPushButton(self.tr("Revenir au libellé calculé"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.override_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)

        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.addWidget(self.heading)
        texts.addWidget(self.statement_label)
        texts.addWidget(self.label_line)
        texts.addWidget(self.override_line)
        texts.addWidget(self.rule_line)
        texts.addStretch(1)
        texts.addLayout(buttons)
        numbers = QVBoxLayout()
        numbers.setContentsMargins(0, 0, 0, 0)
        numbers.addWidget(self.table)
        numbers.addWidget(self.summary_line)
        numbers.addWidget(self.params_line)
        numbers.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(texts, 2)
        layout.addLayout(numbers, 3)

    def _apply_fonts(self) -> None:
        for label, scale in ((self.heading, 1.15), (self.label_line, 1.2)):
            font = QFont(self.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * scale)
            label.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        """Headings follow the page's type size (zoom)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "label_line"):
            self._apply_fonts()
            # The table gets its new font after this panel: measure it once it has.
            QTimer.singleShot(0, self._fit_table)

    def _fit_table(self) -> None:
        table = self.table
        table.resizeColumnsToContents()
        # Too wide for the panel: the category names give way (elided) before any number does.
        columns = range(self.numbers.columnCount())
        excess = sum(table.columnWidth(c) for c in columns if not table.isColumnHidden(c)) - (
            table.viewport().width()
        )
        if excess > 0:
            narrowest = table.fontMetrics().horizontalAdvance("0") * 8
            table.setColumnWidth(COL_CATEGORY, max(narrowest, table.columnWidth(COL_CATEGORY) - excess))
        table.fit_height_to_rows()

    def _connect_signals(self) -> None:
        self.override_button.clicked.connect(self.override_requested)
        self.clear_button.clicked.connect(self.clear_override_requested)

    # -- content ----------------------------------------------------------------------------

    def show_statement(
        self, item: StatementAnalysis | None, names: dict[str, str], params: MethodParams, number: int
    ) -> None:
        """Explain ``item`` (numbered ``number`` in the session); None clears the panel."""
        self.item = item
        self.numbers.set_statement(item, names)
        # Cns exists only for individual 5-point votes: no empty column otherwise.
        self.table.setColumnHidden(COL_CNS, item is None or all(m.cns is None for m in item.metrics.values()))
        self.table.resizeColumnsToContents()
        self.table.fit_height_to_rows()
        self.override_button.setEnabled(item is not None)
        self.clear_button.setEnabled(item is not None and item.overridden)
        self.params_line.setText(self._params_text(params))
        if item is None:
            self.statement_label.setText(
                self.tr("Choisissez un énoncé pour voir comment son libellé est calculé.")
            )
            for label in (self.label_line, self.rule_line, self.summary_line):
                label.clear()
            self.override_line.hide()
            return
        self.statement_label.setText(
            self.tr("Énoncé n° {number} : {text}").format(number=number, text=item.statement.text)
        )
        self.label_line.setText(label_wording(item, names))
        self.override_line.setVisible(item.overridden)
        if item.override is not None:
            self.override_line.setText(self._override_text(item, item.override, names))
        v = item.verdict
        self.rule_line.setText(
            self.tr("Règle {number} : {sentence}").format(
                number=v.rule.number, sentence=v.rule.sentence(names, qt_translate)
            )
        )
        self.summary_line.setText(self._summary(item, names))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the numbers table exactly as tall as its rows at the new width."""
        super().resizeEvent(event)
        self._fit_table()

    def text(self) -> str:
        """Everything the panel says, as plain text (for tests and copying)."""
        parts = [
            self.statement_label.text(),
            self.label_line.text(),
            self.override_line.text() if self.override_line.isVisibleTo(self) else "",
            self.rule_line.text(),
            self.summary_line.text(),
            self.params_line.text(),
        ]
        return "\n".join(p for p in parts if p)

    def _override_text(self, item: StatementAnalysis, override: LabelOverride, names: dict[str, str]) -> str:
        moment = override_moment(override.at)
        when = (
            self.tr("{date} à {hour} h {minute:02d}").format(
                date=format_date(moment.date()), hour=moment.hour, minute=moment.minute
            )
            if moment
            else override.at
        )
        text = self.tr("Libellé modifié par l’animation le {when}").format(when=when)
        if override.note:
            text += self.tr(" : {note}").format(note=override.note)
        return (
            text
            + "\n"
            + self.tr("Libellé calculé : {label}").format(
                label=label_wording(item, names, item.computed_label)
            )
        )

    def _summary(self, item: StatementAnalysis, names: dict[str, str]) -> str:
        v = item.verdict
        lines = []
        if v.gaps:
            gaps = []
            for (a, b), gap in v.gaps.items():
                mark = self.tr(" (significatif)") if (a, b) in v.significant_pairs else ""
                gaps.append(f"{names.get(a, a)}–{names.get(b, b)} {decimal(gap)}{mark}")
            lines.append(self.tr("Écarts de position : {gaps}").format(gaps=" ; ".join(gaps)))
        else:
            lines.append(self.tr("Écarts de position : aucun (moins de deux catégories comparables)."))
        lines.append(
            self.tr(
                "U (ne se prononcent pas) = {u} ({p} sur {total}) · GIC = {gic} (moyenne géométrique {geo})"
            ).format(
                u=share(v.u),
                p=v.sum_p,
                total=v.total_n + v.sum_p,
                gic=decimal(v.gic, 4),
                geo=decimal(v.gic_geo),
            )
        )
        if v.stand_out:
            lines.append(
                self.tr("Se distingue : {names}").format(
                    names=", ".join(names.get(c, c) for c in v.stand_out)
                )
            )
        return "\n".join(lines)

    def _params_text(self, params: MethodParams) -> str:
        return self.tr(
            "Seuils : {n_min} votes exprimés minimum, position {t_pos}, minorité tolérée {t_minor}, "
            "écart {t_gap}, opposition {t_oppose}, incertitude {t_unc}."
        ).format(
            **{
                name: param_value(name, params)
                for name in ("n_min", "t_pos", "t_minor", "t_gap", "t_oppose", "t_unc")
            }
        )
