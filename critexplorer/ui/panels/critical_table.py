"""The table of critical points found by the atlas; clicking a row selects that point.

A header click sorts by that column (by value, not by text: 1002 after 25), the type box shows one
type only (Rastrigin has 441 rows), and the highlighted row follows the selection.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from critexplorer.core.analysis.explain import format_number
from critexplorer.core.atlas.budget import busy_words
from critexplorer.core.display_words import shown_word
from critexplorer.ui import style
from critexplorer.ui.model import ExplorerModel

COLUMNS = ("type", "x", "y", "L", "λ₁", "λ₂")  # the type's title is translated (_set_header)
POINT_ROLE = Qt.ItemDataRole.UserRole  # on each row's type cell: the (x, y) the row selects
# On each row's type cell: [classification, is_curve], what the type filter matches in any language.
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


def _type_text(kind) -> str:
    """A row's type as shown: glyph and word, and "curve" for a critical curve, in the current language."""
    classification, curve = kind
    glyph = style.class_style(classification)["glyph"]
    if curve:
        return QCoreApplication.translate("CriticalTable", "{glyph} {type} curve").format(
            glyph=glyph, type=shown_word(classification)
        )
    return f"{glyph} {shown_word(classification)}"


def _cell(value: float) -> str:
    """Table text: 3 significant digits, roundoff-sized numbers as 0, '—' when not applicable."""
    if not np.isfinite(value):
        return "—"
    return format_number(0.0 if abs(value) < 1e-12 else value, 3)


class NumberItem(QTableWidgetItem):
    """A cell that sorts by its number; '—' (not applicable) sorts after every number."""

    def __init__(self, value: float):
        super().__init__(_cell(value))
        self.value = float(value)
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other):
        if not isinstance(other, NumberItem):
            return super().__lt__(other)
        mine, theirs = self.value, other.value
        return (math.isnan(mine), 0.0 if math.isnan(mine) else mine) < (
            math.isnan(theirs),
            0.0 if math.isnan(theirs) else theirs,
        )


class CriticalTable(QWidget):
    def __init__(self, model: ExplorerModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.find_button = QPushButton()
        self.find_button.clicked.connect(model.search_critical_points)
        self.type_filter = QComboBox()
        self.type_filter.addItem("")
        self.type_filter.setEnabled(False)
        self.type_filter.currentTextChanged.connect(self._apply_filter)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(40)
        self.table.setSortingEnabled(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the atlas's own order until asked
        self.table.cellClicked.connect(self._on_row_clicked)
        top = QHBoxLayout()
        top.addWidget(self.find_button, 1)
        top.addWidget(self.type_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        model.atlasChanged.connect(self.show_atlas)
        model.landscapeChanged.connect(self._on_landscape)
        model.selectionChanged.connect(self._highlight_selection)
        self._vars = ("x", "y")
        self._atlas = None
        self._order: list[tuple] = []  # the types in the atlas's order, as the filter lists them
        self.retranslate()

    def retranslate(self) -> None:
        """Titles, buttons, the rows' types, the filter's entries and the summary in the current
        language; the rows, their order, the filter's choice and the selection stay."""
        self.find_button.setText(QCoreApplication.translate("CriticalTable", "Find critical points"))
        self.find_button.setToolTip(
            QCoreApplication.translate(
                "CriticalTable", "Find every critical point and critical curve in the window (F5)"
            )
        )
        self.type_filter.setToolTip(
            QCoreApplication.translate("CriticalTable", "Show one type of critical point only")
        )
        self.table.horizontalHeader().setToolTip(
            QCoreApplication.translate(
                "CriticalTable", "Click a column title to sort by it; click again to reverse"
            )
        )
        self._set_header()
        sorting = self.table.isSortingEnabled()
        self.table.setSortingEnabled(False)  # new words must not reorder the rows
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(KIND_ROLE) is not None:
                item.setText(_type_text(item.data(KIND_ROLE)))
        self.table.setSortingEnabled(sorting)
        self._fill_filter()
        self._show_summary()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _set_header(self) -> None:
        vx, vy = self._vars
        type_title = QCoreApplication.translate("CriticalTable", "type")
        self.table.setHorizontalHeaderLabels([type_title, vx, vy, "L", "λ₁", "λ₂"])

    def _on_landscape(self, landscape) -> None:
        self._vars = tuple(landscape.loss.vars)
        self._set_header()

    def _fill_filter(self) -> None:
        """ "All types", then each type with its count; the chosen entry stays chosen."""
        wanted = self.type_filter.currentData()
        counts: dict[tuple, int] = {}
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(KIND_ROLE) is not None:
                kind = tuple(item.data(KIND_ROLE))
                counts[kind] = counts.get(kind, 0) + 1
        self.type_filter.blockSignals(True)
        self.type_filter.clear()
        self.type_filter.addItem(QCoreApplication.translate("CriticalTable", "All types"))
        for kind in sorted(counts, key=self._first_row):
            self.type_filter.addItem(f"{_type_text(kind)} ({counts[kind]})", list(kind))
        index = self.type_filter.findData(wanted) if wanted is not None else 0
        self.type_filter.setCurrentIndex(max(index, 0))
        self.type_filter.blockSignals(False)

    def _first_row(self, kind: tuple) -> int:
        return self._order.index(kind) if kind in self._order else len(self._order)

    def _show_summary(self) -> None:
        atlas = self._atlas
        if atlas is None:
            self.summary.setText(
                QCoreApplication.translate(
                    "CriticalTable", "Press “Find critical points” (F5) to list every critical point in view."
                )
            )
        elif not atlas.complete:  # more in view than the atlas resolves: nothing listed, and why
            message = busy_words(atlas.message)
            self.summary.setText(
                QCoreApplication.translate("CriticalTable", "{message}.").format(
                    message=message[0].upper() + message[1:]
                )
            )
        else:
            n_points, n_sets = len(atlas.points), len(atlas.sets)
            # English says "1 critical point" but "2 critical points": one message for each form
            # (a numerus message needs a literal count for lupdate, and Chinese has one form anyway).
            if n_points == 1:
                points = QCoreApplication.translate("CriticalTable", "%n critical point", None, n_points)
            else:
                points = QCoreApplication.translate("CriticalTable", "%n critical points", None, n_points)
            if n_sets:
                if n_sets == 1:
                    curves = QCoreApplication.translate("CriticalTable", "%n critical curve", None, n_sets)
                else:
                    curves = QCoreApplication.translate("CriticalTable", "%n critical curves", None, n_sets)
                text = QCoreApplication.translate(
                    "CriticalTable",
                    "{points} and {curves} in view. Click a row to select it, a column title to sort.",
                ).format(points=points, curves=curves)
            else:
                text = QCoreApplication.translate(
                    "CriticalTable", "{points} in view. Click a row to select it, a column title to sort."
                ).format(points=points)
            self.summary.setText(text)

    def point_at(self, row: int) -> np.ndarray | None:
        """The point the row (as shown now, after sorting) selects."""
        item = self.table.item(row, 0)
        return None if item is None else np.asarray(item.data(POINT_ROLE), float)

    def show_atlas(self, atlas) -> None:
        self._atlas = atlas
        self.table.setSortingEnabled(False)  # else every inserted cell re-sorts the rows
        self.table.setRowCount(0)
        self._order = []
        self.type_filter.setEnabled(atlas is not None)
        entries = []
        if atlas is not None and atlas.complete:
            for cp in atlas.points:
                entries.append(((cp.classification, False), cp.point, cp.value, cp.eigenvalues))
            for cs in atlas.sets:
                samples = np.asarray(cs.samples, float)
                middle = samples[len(samples) // 2] if len(samples) else np.array([np.nan, np.nan])
                entries.append(((cs.classification, True), middle, cs.value, (np.nan, np.nan)))
        self.table.setRowCount(len(entries))
        for row, (kind, point, value, eigenvalues) in enumerate(entries):
            if kind not in self._order:
                self._order.append(kind)
            type_item = QTableWidgetItem(_type_text(kind))
            type_item.setForeground(QColor(style.class_style(kind[0])["color"]))
            type_item.setData(POINT_ROLE, (float(point[0]), float(point[1])))
            type_item.setData(KIND_ROLE, list(kind))
            self.table.setItem(row, 0, type_item)
            for col, v in enumerate((point[0], point[1], value, *eigenvalues), start=1):
                self.table.setItem(row, col, NumberItem(v))
        self.type_filter.blockSignals(True)
        self.type_filter.setCurrentIndex(0)  # a new atlas: every type again
        self.type_filter.blockSignals(False)
        self._fill_filter()
        self.table.setSortingEnabled(True)
        self._show_summary()
        if entries:
            self._highlight_selection(self.model.analysis)

    def _apply_filter(self, _text: str = "") -> None:
        wanted = self.type_filter.currentData()  # None for "All types"
        for row in range(self.table.rowCount()):
            shown = wanted is None or list(self.table.item(row, 0).data(KIND_ROLE)) == list(wanted)
            self.table.setRowHidden(row, not shown)
        self._highlight_selection(self.model.analysis)

    def _highlight_selection(self, analysis) -> None:
        """Highlight the row of the selected point, or none when the selection is elsewhere."""
        for row in range(self.table.rowCount()):
            point = self.point_at(row)
            if (
                analysis is not None
                and not self.table.isRowHidden(row)
                and np.array_equal(point, np.asarray(analysis.point, float))
            ):
                self.table.selectRow(row)
                return
        self.table.clearSelection()

    def _on_row_clicked(self, row: int, _column: int) -> None:
        point = self.point_at(row)
        if point is not None and np.all(np.isfinite(point)):
            self.model.select(point)
