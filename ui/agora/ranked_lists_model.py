"""The ranked lists of the Agora (METHOD.md §1.b) as one table with a title row per list.

Lists, in order: points de consensus, dissensus entre rôles, divisions internes, incertitudes,
spécifique à une catégorie (with its « significatif (90 %) » badge), and the pooled majorité de
la salle, set apart and titled as not role-based. Every item shows each category's stance with
its vote counts beside it (with 3–6 people, one vote moves a share by 17–33 points).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from agora.method import Label, Stance, StatementAnalysis
from agora.method import wording as core_wording
from ui.agora import palette
from ui.agora.method_texts import counts_text, decimal, group_title, label_wording, share, stance_badge
from ui.translations import qt_translate
from ui.widgets.read_only_table import Index, ReadOnlyTableModel

#: The lists shown, in order.
LISTS = ("consensus", "dissensus", "divisions", "incertitudes", "specifique", "majorite")

COL_RANK, COL_STATEMENT, COL_WHY = range(3)
#: The first category column.
FIRST_CATEGORY = 3

#: Statement id of an item row ("" on title rows).
StatementIdRole = Qt.ItemDataRole.UserRole
#: Name of the list a row belongs to.
ListRole = Qt.ItemDataRole.UserRole + 1
#: True on title rows.
GroupRowRole = Qt.ItemDataRole.UserRole + 2
#: Whether the list is role-based (False only for the room majority).
RoleBasedRole = Qt.ItemDataRole.UserRole + 3
#: For « spécifique » items: whether both z-tests pass at 90 %.
SignificantRole = Qt.ItemDataRole.UserRole + 4


@dataclass(frozen=True)
class _Title:
    name: str
    count: int
    role_based: bool


@dataclass(frozen=True)
class _Item:
    name: str
    rank: int
    item: dict[str, Any]
    analysis: StatementAnalysis
    number: int


@dataclass(frozen=True)
class _Empty:
    name: str


class RankedListsModel(ReadOnlyTableModel):
    """Holds the ranked lists of a snapshot, read-only; title rows are spanned by the view."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Title | _Item | _Empty] = []
        self._categories: list[tuple[str, str]] = []
        self._names: dict[str, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_snapshot(self, snapshot: Any) -> None:
        """Show the lists of ``snapshot``."""
        rows: list[_Title | _Item | _Empty] = []
        for name in LISTS:
            ranked = snapshot.analysis.ranked_lists[name]
            rows.append(_Title(name, len(ranked.items), ranked.role_based))
            if not ranked.items:
                rows.append(_Empty(name))
            for rank, item in enumerate(ranked.items, start=1):
                statement_id = item["statement"]
                rows.append(
                    _Item(
                        name,
                        rank,
                        item,
                        snapshot.analysis.statement(statement_id),
                        snapshot.number(statement_id),
                    )
                )
        self.beginResetModel()
        self._rows = rows
        self._names = snapshot.names
        self._categories = [(c.code, c.label) for c in snapshot.considered]
        self.endResetModel()

    def group_rows(self) -> list[int]:
        """Title rows and "no statement" rows (the view spans them)."""
        return [i for i, r in enumerate(self._rows) if not isinstance(r, _Item)]

    def rows_of(self, name: str) -> list[int]:
        """Item rows of one list."""
        return [i for i, r in enumerate(self._rows) if isinstance(r, _Item) and r.name == name]

    # -- structure --------------------------------------------------------------------------

    def column_titles(self) -> tuple[str, ...]:
        """Rang, Énoncé, Pourquoi ici, then the category names."""
        fixed = (self.tr("Rang"), self.tr("Énoncé"), self.tr("Pourquoi ici"))
        return (*fixed, *(name for _code, name in self._categories))

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Items are selectable; titles are only shown."""
        if index.isValid() and not isinstance(self._rows[index.row()], _Item):
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)

    # -- content ----------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Titles, then per item: rank, literal text, the reason and each category's stance and counts."""
        row = self.row_at(index)
        if row is None:
            return None
        if role == ListRole:
            return row.name
        if role == StatementIdRole:
            return row.item["statement"] if isinstance(row, _Item) else ""
        if role == GroupRowRole:
            return not isinstance(row, _Item)
        if role == RoleBasedRole:
            return row.name != "majorite"
        if isinstance(row, _Title):
            return self._title_data(row, index.column(), role)
        if isinstance(row, _Empty):
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return self.tr("Aucun énoncé pour l’instant.")
            return None
        return self._item_data(row, index.column(), role)

    def _title_data(self, row: _Title, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return self.tr("{title} ({count})").format(title=group_title(row.name), count=row.count)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return palette.GROUP if row.role_based else palette.POOLED
        if role == Qt.ItemDataRole.ForegroundRole:
            return palette.INK
        if role == Qt.ItemDataRole.ToolTipRole and not row.role_based:
            return self.tr(
                "Votes de toutes les catégories mis en commun : une catégorie nombreuse peut faire cette "
                "majorité à elle seule. Ce n’est pas un consensus entre rôles."
            )
        return None

    def _item_data(self, row: _Item, column: int, role: int) -> Any:
        a = row.analysis
        pooled = row.name == "majorite"
        if role == Qt.ItemDataRole.BackgroundRole and pooled:
            return palette.POOLED
        if role == Qt.ItemDataRole.ForegroundRole and pooled:
            return palette.INK
        if role == SignificantRole:
            return bool(row.item.get("significant", False))
        if column == COL_RANK:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(row.rank)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            return None
        if column == COL_STATEMENT:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{row.number}. {a.statement.text}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return a.statement.text
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            return None
        if column == COL_WHY:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self._why(row)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            if role == Qt.ItemDataRole.BackgroundRole and a.overridden:
                return palette.OVERRIDE
            return None
        index = column - FIRST_CATEGORY
        if not 0 <= index < len(self._categories):
            return None
        code, name = self._categories[index]
        metrics = a.metrics[code]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{stance_badge(metrics.stance)}\n{counts_text(metrics.tally)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{name} : {stance}, pour/neutres/contre {counts}, n = {n}").format(
                name=name,
                stance=stance_badge(metrics.stance),
                counts=counts_text(metrics.tally),
                n=metrics.tally.n,
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and row.item.get("category") == code:
            return self._bold
        insufficient = metrics.stance is Stance.INSUFFISANT
        if role == Qt.ItemDataRole.BackgroundRole:
            return palette.hatch_brush() if insufficient else palette.cell_color(metrics.tally.s)
        if role == Qt.ItemDataRole.ForegroundRole:
            return palette.text_on(
                palette.INSUFFICIENT if insufficient else palette.cell_color(metrics.tally.s)
            )
        return None

    def _names_of(self, codes: Any) -> str:
        return ", ".join(self._names.get(c, c) for c in codes)

    def _why(self, row: _Item) -> str:
        item, a = row.item, row.analysis
        wording = label_wording(a, self._names)
        if a.overridden:
            wording = "✎ " + wording
        if row.name == "consensus":
            against = a.label in (Label.CONSENSUS_CONTRE, Label.CONSENSUS_CONTRE_PARTIEL)
            if against:
                return (
                    wording
                    + "\n"
                    + self.tr("rejet pondéré (GICd) {value}").format(value=decimal(item["gicd_geo"]))
                )
            return (
                wording
                + "\n"
                + self.tr("accord pondéré (GIC) {value}").format(value=decimal(item["gic_geo"]))
            )
        if row.name == "dissensus":
            lines = [wording]
            pairs = item["pairs"]
            if pairs:
                top = pairs[0]
                lines.append(
                    self.tr("écart max {gap} : {high} / {low}").format(
                        gap=decimal(item["max_gap"]),
                        high=self._names.get(top["high"], top["high"]),
                        low=self._names.get(top["low"], top["low"]),
                    )
                )
            if item["pour"] and item["contre"]:
                lines.append(
                    self.tr("pour : {pour} — contre : {contre}").format(
                        pour=self._names_of(item["pour"]), contre=self._names_of(item["contre"])
                    )
                )
            if item["stand_out"]:
                lines.append(self.tr("{names} se distingue").format(names=self._names_of(item["stand_out"])))
            return "\n".join(lines)
        if row.name == "divisions":
            return (
                wording + "\n" + self.tr("controverse κ max {value}").format(value=decimal(item["max_kappa"]))
            )
        if row.name == "incertitudes":
            return (
                wording
                + "\n"
                + self.tr("{p} sans réponse sur {total} — U = {u}").format(
                    p=item["sum_p"], total=a.verdict.total_n + item["sum_p"], u=share(item["u"])
                )
            )
        if row.name == "specifique":
            name = self._names.get(item["category"], item["category"])
            side = (
                self.tr("{name} plus d’accord que le reste de la salle")
                if item["side"] == "agree"
                else self.tr("{name} plus opposé·e·s que le reste de la salle")
            ).format(name=name)
            detail = self.tr("p̂ {p} contre {rest} (× {r})").format(
                p=decimal(item["p_hat"]), rest=decimal(item["p_rest"]), r=decimal(item["r"])
            )
            if item["significant"]:
                detail += " — " + qt_translate(core_wording.CONTEXT, core_wording.SIGNIFICANT_BADGE)
            return f"{side}\n{detail}"
        side = self.tr("pour") if item["side"] == "agree" else self.tr("contre")
        return self.tr(
            "Salle {side} à {share} : {a}/{n_}/{d}{p}, n = {n}\n(toutes catégories confondues)"
        ).format(
            side=side,
            share=share(item["share"]),
            a=item["A"],
            n_=item["N"],
            d=item["D"],
            p=f" (+{item['P']})" if item["P"] else "",
            n=item["n"],
        )
