"""The critical table: numbers as numbers (1002, not 1e3), sorting by value, a type filter, and a
highlighted row that follows the selection."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, Qt


def click_header(qtbot, table, column):
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def shown_rows(table):
    return [r for r in range(table.rowCount()) if not table.isRowHidden(r)]


def test_a_thousand_reads_as_its_digits(window, model):
    model.apply_formula("x^2 + y^2 + 1001.6", window=((-1, 1), (-1, 1)))
    model.find_critical_points()
    table = window.critical_table.table
    assert table.rowCount() == 1
    assert table.item(0, 3).text() == "1002"  # was "1e3"


def test_rastrigin_rows_sort_by_value_and_filter_by_type(qtbot, window, model):
    model.load_preset("rastrigin")
    model.find_critical_points()
    panel = window.critical_table
    table = panel.table
    assert table.rowCount() == 441
    click_header(qtbot, table, 3)  # L
    qtbot.waitUntil(lambda: table.horizontalHeader().sortIndicatorSection() == 3)
    values = [table.item(r, 3).value for r in range(table.rowCount())]
    assert values == sorted(values) and values[0] < 1e-9 < values[-1]
    texts = [table.item(r, 3).text() for r in range(table.rowCount())]
    assert texts != sorted(texts)  # by number, not by text ("10" before "2")
    click_header(qtbot, table, 3)
    qtbot.waitUntil(lambda: table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)
    assert table.item(0, 3).value == max(values)
    # the type filter: saddles only
    index = next(i for i in range(panel.type_filter.count()) if "saddle" in panel.type_filter.itemText(i))
    panel.type_filter.setCurrentIndex(index)
    saddles = sum(cp.classification == "saddle" for cp in model.atlas.points)
    rows = shown_rows(table)
    assert len(rows) == saddles > 0
    assert all("saddle" in table.item(r, 0).text() for r in rows)
    assert panel.type_filter.itemText(index).endswith(f"({saddles})")
    # a click on a sorted, filtered row selects that row's point
    row = rows[3]
    rect = table.visualItemRect(table.item(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: model.analysis is not None)
    assert np.array_equal(model.analysis.point, panel.point_at(row))
    assert model.analysis.classification == "saddle"
    panel.type_filter.setCurrentIndex(0)
    assert len(shown_rows(table)) == 441


def test_the_highlighted_row_follows_the_selection(qtbot, window, model):
    model.load_preset("himmelblau")
    model.find_critical_points()
    table = window.critical_table.table
    rect = table.visualItemRect(table.item(2, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: model.analysis is not None)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [2]
    model.select((0.123, -0.456))  # a point of no row: no row stays highlighted
    assert table.selectionModel().selectedRows() == []
    model.select(window.critical_table.point_at(4))  # a row's point, chosen elsewhere
    assert [i.row() for i in table.selectionModel().selectedRows()] == [4]
