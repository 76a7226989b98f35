"""The table of critical points found by the atlas; clicking a row selects that point."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
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


def _cell(value: float) -> str:
    """Table text: 3 significant digits, roundoff-sized numbers as 0, '—' when not applicable."""
    if not np.isfinite(value):
        return "—"
    return format_number(0.0 if abs(value) < 1e-12 else value, 3)


class CriticalTable(QWidget):
    def __init__(self, model: ExplorerModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.rows: list[np.ndarray] = []  # the point each row selects
        self.summary = QLabel("Press “Find critical points” (F5) to list every critical point in view.")
        self.summary.setWordWrap(True)
        self.find_button = QPushButton("Find critical points")
        self.find_button.setToolTip("Find every critical point and critical curve in the window (F5)")
        self.find_button.clicked.connect(model.search_critical_points)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setMinimumSectionSize(40)
        self.table.cellClicked.connect(self._on_row_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.find_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        model.atlasChanged.connect(self.show_atlas)
        model.landscapeChanged.connect(self._on_landscape)

    def _on_landscape(self, landscape) -> None:
        vx, vy = landscape.loss.vars
        self.table.setHorizontalHeaderLabels(["type", vx, vy, "L", "λ₁", "λ₂"])

    def show_atlas(self, atlas) -> None:
        self.table.setRowCount(0)
        self.rows = []
        if atlas is None:
            self.summary.setText("Press “Find critical points” (F5) to list every critical point in view.")
            return
        if not atlas.complete:  # more in view than the atlas resolves: nothing listed, and why
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
        for row, (classification, point, value, eigenvalues, suffix) in enumerate(entries):
            s = style.class_style(classification)
            type_item = QTableWidgetItem(f"{s['glyph']} {s['label']}{suffix}")
            type_item.setForeground(QColor(s["color"]))
            cells = [type_item] + [
                QTableWidgetItem(_cell(v)) for v in (point[0], point[1], value, *eigenvalues)
            ]
            for col, item in enumerate(cells):
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
            self.rows.append(np.asarray(point, float))
        n_points, n_sets = len(atlas.points), len(atlas.sets)
        text = f"{n_points} critical point{'s' * (n_points != 1)}"
        if n_sets:
            text += f" and {n_sets} critical curve{'s' * (n_sets != 1)}"
        self.summary.setText(text + " in view. Click a row to select it.")

    def _on_row_clicked(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.rows) and np.all(np.isfinite(self.rows[row])):
            self.model.select(self.rows[row])
