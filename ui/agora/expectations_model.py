"""M3, expectations from one category toward another (METHOD.md §1.c), as two table models.

:class:`ExpectationsModel` is the matrix: rows "de", columns "vers", a column of the
expectations each category expressed (« émises »), a row of those it received (« reçues »), its
own commitments on the diagonal; each cell says how many expectations have an answering
commitment, and, for the expectations voted in the Agora, how the targeted category received
them. :class:`OverlayModel` lists those voted expectations one by one, the role-linked
dissensus (source for, target against) first and marked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from agora.method import ExpectationMatrix, ExpectationOverlay, Tally
from ui.agora import palette
from ui.agora.method_texts import counts_text, decimal, share, stance_badge
from ui.widgets.read_only_table import ReadOnlyTableModel

#: Expectation count of a cell (int); row/column sums on the margins.
CountRole = Qt.ItemDataRole.UserRole
#: Coverage by commitments of a cell (Fraction or None).
CoverageRole = Qt.ItemDataRole.UserRole + 1
#: Reciprocity of the pair (Fraction or None).
ReciprocityRole = Qt.ItemDataRole.UserRole + 2
#: Voted expectations whose source is for and target against (int).
RoleLinkedRole = Qt.ItemDataRole.UserRole + 3
#: Statement id of an overlay row.
StatementIdRole = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

#: A cell a role-linked dissensus sits in: the pale end of "against" on the diverging scale.
_ROLE_LINKED = palette.cell_color(-0.45)


class ExpectationsModel(QAbstractTableModel):
    """Holds M3 of a snapshot, read-only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._matrix: ExpectationMatrix | None = None
        self._categories: list[tuple[str, str]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_snapshot(self, snapshot: Any) -> None:
        """Show M3 of ``snapshot``."""
        self.beginResetModel()
        self._matrix = snapshot.analysis.expectation_matrix
        self._categories = [(c.code, c.label) for c in snapshot.considered]
        self.endResetModel()

    def reciprocity_lines(self) -> list[str]:
        """« Élu·e·s ↔ État : 0,67 (2 et 3) » for every pair with at least one expectation."""
        if self._matrix is None:
            return []
        names = dict(self._categories)
        lines = []
        for (a, b), value in self._matrix.reciprocity.items():
            if value is None:
                continue
            lines.append(
                self.tr("{a} ↔ {b} : {value} ({ab} et {ba})").format(
                    a=names.get(a, a),
                    b=names.get(b, b),
                    value=decimal(value),
                    ab=self._matrix.counts[(a, b)],
                    ba=self._matrix.counts[(b, a)],
                )
            )
        return lines

    def rowCount(self, parent: Index = _ROOT) -> int:
        """One row per category, then « Reçues »."""
        return 0 if parent.isValid() or not self._categories else len(self._categories) + 1

    def columnCount(self, parent: Index = _ROOT) -> int:
        """One column per category, then « Émises »."""
        return 0 if parent.isValid() or not self._categories else len(self._categories) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """« De … » down the side, « vers … » across the top, then the margins."""
        if role != Qt.ItemDataRole.DisplayRole or not 0 <= section <= len(self._categories):
            return None
        if section == len(self._categories):
            return self.tr("Émises") if orientation == Qt.Orientation.Horizontal else self.tr("Reçues")
        name = self._categories[section][1]
        # Arrows rather than « de … » / « vers … »: no elision to get wrong with any name.
        if orientation == Qt.Orientation.Horizontal:
            return self.tr("→ {name}").format(name=name)
        return self.tr("{name} →").format(name=name)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable, read-only."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Counts, coverage and acceptance; margins; commitments on the diagonal."""
        if not index.isValid() or self._matrix is None:
            return None
        k = len(self._categories)
        row, column = index.row(), index.column()
        if not (0 <= row <= k and 0 <= column <= k):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if row == k or column == k:
            return self._margin(row, column, role)
        source, target = self._categories[row][0], self._categories[column][0]
        if source == target:
            return self._own(source, role)
        return self._cell(source, target, role)

    def _margin(self, row: int, column: int, role: int) -> Any:
        assert self._matrix is not None
        k = len(self._categories)
        if row == k and column == k:
            value = sum(self._matrix.emitted.values())
        elif column == k:
            value = self._matrix.emitted[self._categories[row][0]]
        else:
            value = self._matrix.received[self._categories[column][0]]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value)
        if role in (Qt.ItemDataRole.BackgroundRole,):
            return palette.GROUP
        if role == Qt.ItemDataRole.ForegroundRole:
            return palette.INK
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == CountRole:
            return value
        return None

    def _own(self, code: str, role: int) -> Any:
        assert self._matrix is not None
        own = self._matrix.commitments.get(code, 0)
        selfish = self._matrix.self_addressed.get(code, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.tr("%n engagement(s)", "", own)
            if selfish:
                text += "\n" + self.tr("%n attente(s) envers soi", "", selfish)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Diagonale : les engagements propres de la catégorie.")
        if role == Qt.ItemDataRole.BackgroundRole:
            return palette.GROUP
        if role == Qt.ItemDataRole.ForegroundRole:
            return palette.INK
        if role == CountRole:
            return own
        return None

    def _cell(self, source: str, target: str, role: int) -> Any:
        assert self._matrix is not None
        m = self._matrix
        count = m.counts[(source, target)]
        coverage = m.coverage[(source, target)]
        accepted = m.acceptance[(source, target)]
        reciprocity = m.reciprocity.get((source, target), m.reciprocity.get((target, source)))
        if role == Qt.ItemDataRole.DisplayRole:
            if not count:
                return "0"
            covered = round(float(coverage or 0) * count)
            lines = [str(count), self.tr("répondues : {covered}").format(covered=covered)]
            if accepted.voted:
                line = self.tr("votées {voted} : ✔ {yes} ✖ {no}").format(
                    voted=accepted.voted, yes=accepted.accepted, no=accepted.rejected
                )
                if accepted.role_linked:
                    line += " ⚠"
                lines.append(line)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            names = dict(self._categories)
            text = self.tr(
                "{count} attente(s) de {source} envers {target} ; {coverage} ont un engagement de "
                "{target} en réponse ; réciprocité {reciprocity}."
            ).format(
                count=count,
                source=names[source],
                target=names[target],
                coverage=share(coverage),
                reciprocity=decimal(reciprocity),
            )
            if accepted.voted:
                text += "\n" + self.tr(
                    "Votées dans l’Agora : {voted} ; {target} pour : {yes}, contre : {no} ; "
                    "dissensus lié aux rôles (source pour, cible contre) : {linked}."
                ).format(
                    voted=accepted.voted,
                    target=names[target],
                    yes=accepted.accepted,
                    no=accepted.rejected,
                    linked=accepted.role_linked,
                )
            return text
        if role == Qt.ItemDataRole.BackgroundRole:
            if accepted.role_linked:
                return _ROLE_LINKED
            return palette.sequential(count / max(1, max(m.counts.values(), default=1)))
        if role == Qt.ItemDataRole.ForegroundRole:
            background = (
                _ROLE_LINKED
                if accepted.role_linked
                else palette.sequential(count / max(1, max(m.counts.values(), default=1)))
            )
            return palette.text_on(background)
        if role == Qt.ItemDataRole.FontRole and accepted.role_linked:
            return self._bold
        if role == CountRole:
            return count
        if role == CoverageRole:
            return coverage
        if role == ReciprocityRole:
            return reciprocity
        if role == RoleLinkedRole:
            return accepted.role_linked
        return None


COL_TEXT, COL_FROM, COL_TO, COL_SOURCE, COL_TARGET, COL_GAP = range(6)


@dataclass(frozen=True)
class _Voted:
    overlay: ExpectationOverlay
    text: str
    number: int
    source_tally: Tally | None
    target_tally: Tally | None


class OverlayModel(ReadOnlyTableModel):
    """The expectations voted in the Agora: how their source and their target received them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Voted] = []
        self._names: dict[str, str] = {}

    def set_snapshot(self, snapshot: Any) -> None:
        """Show the overlay of ``snapshot``, role-linked dissensus first."""
        rows = []
        for overlay in snapshot.analysis.expectation_matrix.overlay:
            item = snapshot.statement(overlay.statement)
            if item is None:
                continue
            rows.append(
                _Voted(
                    overlay,
                    item.statement.text,
                    snapshot.number(overlay.statement),
                    item.tallies.get(overlay.source),
                    item.tallies.get(overlay.target),
                )
            )
        rows.sort(key=lambda r: (not r.overlay.role_linked_dissensus, r.number))
        self.beginResetModel()
        self._rows = rows
        self._names = snapshot.names
        self.endResetModel()

    def column_titles(self) -> tuple[str, ...]:
        """Attente, De, Vers, position of each, gap."""
        return (
            self.tr("Attente votée"),
            self.tr("De"),
            self.tr("Vers"),
            self.tr("Position de la source"),
            self.tr("Position de la cible"),
            self.tr("Écart"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Literal statement text, category names, stances with their counts, gap."""
        voted = self.row_at(index)
        if voted is None:
            return None
        o = voted.overlay
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_TEXT:
                mark = "⚠ " if o.role_linked_dissensus else ""
                return f"{mark}{voted.number}. {voted.text}"
            if column == COL_FROM:
                return self._names.get(o.source, o.source)
            if column == COL_TO:
                return self._names.get(o.target, o.target)
            if column == COL_SOURCE:
                return self._stance(o.source_stance, voted.source_tally)
            if column == COL_TARGET:
                return self._stance(o.target_stance, voted.target_tally)
            if column == COL_GAP:
                return decimal(o.gap)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TEXT:
            text = voted.text
            if o.role_linked_dissensus:
                text += "\n" + self.tr("Dissensus lié aux rôles : la source est pour, la cible contre.")
            return text
        if role == Qt.ItemDataRole.BackgroundRole and o.role_linked_dissensus:
            return _ROLE_LINKED
        if role == Qt.ItemDataRole.ForegroundRole and o.role_linked_dissensus:
            return palette.text_on(_ROLE_LINKED)
        if role == StatementIdRole:
            return o.statement
        if role == RoleLinkedRole:
            return o.role_linked_dissensus
        return None

    @staticmethod
    def _stance(stance: Any, tally: Tally | None) -> str:
        return stance_badge(stance) + (f" {counts_text(tally)}" if tally is not None else "")
