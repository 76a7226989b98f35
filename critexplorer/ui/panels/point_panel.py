"""The inspector panel for the selected point: values, classification badge with its reason,
escape action, and copy as text or LaTeX."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from critexplorer.core.analysis.explain import (
    analysis_as_latex,
    analysis_as_text,
    classification_reason,
    classification_title,
    escape_summary,
    format_number,
    format_vector,
)
from critexplorer.core.display_words import shown_word
from critexplorer.ui import style
from critexplorer.ui.model import ExplorerModel

VALUE_ROWS = ("θ", "L(θ)", "g", "‖g‖", "H", "λ₁, u₁", "λ₂, u₂")


class ClassificationBadge(QLabel):
    """A coloured pill: 'Saddle point', 'Local minimum', ..."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("classificationBadge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.font()
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.setFont(font)
        self.classification = ""
        self.show_classification(None)

    def show_classification(self, analysis) -> None:
        if analysis is None:
            self.classification = ""
            self.setText(QCoreApplication.translate("PointPanel", "No point selected"))
            background, foreground = "#3a3f47", "#cfd3da"
        else:
            self.classification = analysis.classification
            self.setText(classification_title(analysis))
            background, foreground = style.BADGE_STYLE.get(analysis.classification, ("#555", "#fff"))
        self.setStyleSheet(
            f"QLabel {{ background: {background}; color: {foreground}; "
            f"border-radius: 6px; padding: 6px 10px; }}"
        )


class PointPanel(QWidget):
    def __init__(self, model: ExplorerModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.badge = ClassificationBadge()
        self.reason = QLabel()
        self.reason.setObjectName("classificationReason")
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.values: dict[str, QLabel] = {}
        for row, name in enumerate(VALUE_ROWS):
            key = QLabel(name)
            key.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            value = QLabel("—")
            value.setFont(mono)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            grid.addWidget(key, row, 0)
            grid.addWidget(value, row, 1)
            self.values[name] = value
        grid.setColumnStretch(1, 1)
        frame = QFrame()
        frame.setObjectName("valuesFrame")
        frame.setLayout(grid)

        self.escape_button = QPushButton()
        self.escape_button.setEnabled(False)
        self.escape_button.clicked.connect(model.escape_saddle)
        self.copy_text_button = QPushButton()
        self.copy_text_button.clicked.connect(self.copy_text)
        self.copy_latex_button = QPushButton()
        self.copy_latex_button.clicked.connect(self.copy_latex)
        buttons = QHBoxLayout()
        for button in (self.escape_button, self.copy_text_button, self.copy_latex_button):
            buttons.addWidget(button)
        self.escape_result = QLabel()
        self.escape_result.setObjectName("escapeResult")
        self.escape_result.setWordWrap(True)
        self.escape_result.hide()
        self._escape_step = None  # the escape shown, worded again on a new language

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.badge)
        layout.addWidget(self.reason)
        layout.addWidget(frame)
        layout.addLayout(buttons)
        layout.addWidget(self.escape_result)
        layout.addStretch(1)

        model.selectionChanged.connect(self.show_analysis)
        model.escapeChanged.connect(self._on_escape)
        self.retranslate()

    def retranslate(self) -> None:
        """The buttons, the badge, the reason and the escape's result in the current language."""
        self.escape_button.setText(QCoreApplication.translate("PointPanel", "Escape along u₁"))
        self.escape_button.setToolTip(
            QCoreApplication.translate(
                "PointPanel",
                "Step from the saddle along the eigenvector with λ < 0 and show how much L drops (E)",
            )
        )
        self.copy_text_button.setText(QCoreApplication.translate("PointPanel", "Copy text"))
        self.copy_text_button.setToolTip(
            QCoreApplication.translate("PointPanel", "Copy the values above as plain text")
        )
        self.copy_latex_button.setText(QCoreApplication.translate("PointPanel", "Copy LaTeX"))
        self.copy_latex_button.setToolTip(
            QCoreApplication.translate("PointPanel", "Copy the values above as a LaTeX align* block")
        )
        self.show_analysis(self.model.analysis)
        self._on_escape(self._escape_step)

    def show_analysis(self, analysis) -> None:
        self.badge.show_classification(analysis)
        enabled = analysis is not None
        self.copy_text_button.setEnabled(enabled)
        self.copy_latex_button.setEnabled(enabled)
        self.escape_button.setEnabled(bool(enabled and analysis.escape_directions))
        if analysis is None:
            for label in self.values.values():
                label.setText("—")
            self.reason.setText(
                QCoreApplication.translate(
                    "PointPanel", "Click the contour map or the surface to inspect a point."
                )
            )
            return
        vx, vy = self.model.vars
        a = analysis
        (hxx, hxy), (_, hyy) = a.hessian
        n = format_number
        width = max(len(n(v, 5)) for v in (hxx, hxy, hyy))
        self.values["θ"].setText(f"({vx}, {vy}) = {format_vector(a.point, 4)}")
        self.values["L(θ)"].setText(n(a.value, 6))
        self.values["g"].setText(format_vector(a.gradient, 4))
        self.values["‖g‖"].setText(n(a.gradient_norm, 4))
        self.values["H"].setText(
            f"⎡{n(hxx, 5):>{width}}  {n(hxy, 5):>{width}}⎤\n⎣{n(hxy, 5):>{width}}  {n(hyy, 5):>{width}}⎦"
        )
        for i, key in enumerate(("λ₁, u₁", "λ₂, u₂")):
            lam = a.eigenvalues[i]
            color = style.NEGATIVE_CURVATURE if lam < 0 else style.POSITIVE_CURVATURE
            text = f"<span style='color:{color}'>{n(lam, 5)}</span>, {format_vector(a.eigenvectors[i], 3)}"
            self.values[key].setText(text if np.isfinite(lam) else shown_word("undefined"))
        self.reason.setText(classification_reason(a))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_escape(self, step) -> None:
        self._escape_step = step
        self.escape_result.setVisible(step is not None)
        if step is not None:
            self.escape_result.setText(escape_summary(step, self.model.vars))

    def copy_text(self) -> str:
        if self.model.analysis is None:
            return ""
        text = analysis_as_text(self.model.analysis, self.model.vars, self.model.formula_text)
        QGuiApplication.clipboard().setText(text)
        return text

    def copy_latex(self) -> str:
        if self.model.analysis is None:
            return ""
        text = analysis_as_latex(self.model.analysis, self.model.vars)
        QGuiApplication.clipboard().setText(text)
        return text
