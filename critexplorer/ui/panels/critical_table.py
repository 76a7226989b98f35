"""The table of critical points found by the atlas; clicking a row selects that point.

A header click sorts by that column (by value, not by text: 1002 after 25), the type box shows one
type only (Rastrigin has 441 rows), and the highlighted row follows the selection.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt
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
from critexplorer.ui import style
from critexplorer.ui.model import ExplorerModel

COLUMNS = ("type", "x", "y", "L", "λ₁", "λ₂")
ALL_TYPES = "All types"
POINT_ROLE = Qt.ItemDataRole.UserRole  # on each row's type cell: the (x, y) the row selects


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
        self.summary = QLabel("Press “Find critical points” (F5) to list every critical point in view.")
        self.summary.setWordWrap(True)
        self.find_button = QPushButton("Find critical points")
        self.find_button.setToolTip("Find every critical point and critical curve in the window (F5)")
        self.find_button.clicked.connect(model.search_critical_points)
        self.type_filter = QComboBox()
        self.type_filter.setToolTip("Show one type of critical point only")
        self.type_filter.addItem(ALL_TYPES)
        self.type_filter.setEnabled(False)
        self.type_filter.currentTextChanged.connect(self._apply_filter)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(40)
        header.setToolTip("Click a column title to sort by it; click again to reverse")
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

    def height_for_rows(self, rows: int) -> int:
        """The panel's height that shows `rows` rows of the table, in its font now (from the size
        hints, so a font just changed counts before the layout has caught up)."""
        layout, table = self.layout(), self.table
        margins = layout.contentsMargins()
        top = max(self.find_button.sizeHint().height(), self.type_filter.sizeHint().height())
        summary = self.summary.heightForWidth(max(self.width() - margins.left() - margins.right(), 1))
        header = table.horizontalHeader().sizeHint().height()
        body = rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth()
        return margins.top() + margins.bottom() + 2 * layout.spacing() + top + summary + header + body

    def _on_landscape(self, landscape) -> None:
        vx, vy = landscape.loss.vars
        header = self.table.horizontalHeaderItem(1)
        if header is not None and header.text() == vx and self.table.horizontalHeaderItem(2).text() == vy:
            return  # the same names: a slider move would repaint the header for nothing
        self.table.setHorizontalHeaderLabels(["type", vx, vy, "L", "λ₁", "λ₂"])

    def point_at(self, row: int) -> np.ndarray | None:
        """The point the row (as shown now, after sorting) selects."""
        item = self.table.item(row, 0)
        return None if item is None else np.asarray(item.data(POINT_ROLE), float)

    def show_atlas(self, atlas) -> None:
        self.table.setSortingEnabled(False)  # else every inserted cell re-sorts the rows
        self.table.setRowCount(0)
        self.type_filter.blockSignals(True)
        self.type_filter.clear()
        self.type_filter.addItem(ALL_TYPES)
        self.type_filter.blockSignals(False)
        self.type_filter.setEnabled(atlas is not None)
        if atlas is None:
            self.table.setSortingEnabled(True)
            self.summary.setText("Press “Find critical points” (F5) to list every critical point in view.")
            return
        if not atlas.complete:  # more in view than the atlas resolves: nothing listed, and why
            self.table.setSortingEnabled(True)
            self.summary.setText(atlas.message[0].upper() + atlas.message[1:] + ".")
            return
        entries = []
        for cp in atlas.points:
            entries.append((cp.classification, cp.point, cp.value, cp.eigenvalues, ""))
        for cs in atlas.sets:
            samples = np.asarray(cs.samples, float)
            middle = samples[len(samples) // 2] if len(samples) else np.array([np.nan, np.nan])
            entries.append((cs.classification, middle, cs.value, (np.nan, np.nan), " curve"))
        self.table.setRowCount(len(entries))
        counts: dict[str, int] = {}
        for row, (classification, point, value, eigenvalues, suffix) in enumerate(entries):
            s = style.class_style(classification)
            type_text = f"{s['glyph']} {s['label']}{suffix}"
            counts[type_text] = counts.get(type_text, 0) + 1
            type_item = QTableWidgetItem(type_text)
            type_item.setForeground(QColor(s["color"]))
            type_item.setData(POINT_ROLE, (float(point[0]), float(point[1])))
            self.table.setItem(row, 0, type_item)
            for col, v in enumerate((point[0], point[1], value, *eigenvalues), start=1):
                self.table.setItem(row, col, NumberItem(v))
        self.type_filter.blockSignals(True)
        for type_text, count in counts.items():
            self.type_filter.addItem(f"{type_text} ({count})", type_text)
        self.type_filter.blockSignals(False)
        self.table.setSortingEnabled(True)
        n_points, n_sets = len(atlas.points), len(atlas.sets)
        text = f"{n_points} critical point{'s' * (n_points != 1)}"
        if n_sets:
            text += f" and {n_sets} critical curve{'s' * (n_sets != 1)}"
        self.summary.setText(text + " in view. Click a row to select it, a column title to sort.")
        self._highlight_selection(self.model.analysis)

    def _apply_filter(self, _text: str = "") -> None:
        wanted = self.type_filter.currentData()  # None for "All types"
        for row in range(self.table.rowCount()):
            shown = wanted is None or self.table.item(row, 0).text() == wanted
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
