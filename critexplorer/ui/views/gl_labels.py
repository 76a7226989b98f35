"""Text labels at 3-D positions in a GLViewWidget, all drawn in one QPainter pass.

pyqtgraph's GLTextItem opens a QPainter on the GL widget for every label in every frame; on llvmpipe
that is ~0.3 ms each, so the axis ticks cost ~3 ms a frame and the markers of Rastrigin's 441
critical points made orbiting crawl. One item holding every label opens one painter.

QPainter text has no depth test: a view that knows what its surface hides passes a `hidden` mask
(set_hidden), worked out for the camera of the frame being painted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from pyqtgraph.opengl import GLGraphicsItem
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMatrix4x4, QPainter, QVector3D


@dataclass(frozen=True)
class Label:
    """One centred text at a scene position."""

    pos: tuple[float, float, float]
    text: str
    color: QColor
    font: QFont


class GLLabels(GLGraphicsItem.GLGraphicsItem):
    """Centred labels at 3-D scene positions, painted over the GL scene (no depth test, like GLTextItem)."""

    def __init__(self, parentItem=None):
        super().__init__(parentItem=parentItem)
        self.labels: list[Label] = []
        self._labels: list[tuple[QVector3D, str, QColor, QFont, float, float]] = []  # ready to paint
        self.hidden = np.zeros(0, bool)  # per label: behind the surface for the current camera

    def __len__(self) -> int:
        return len(self.labels)

    @property
    def texts(self) -> list[str]:
        return [label.text for label in self.labels]

    @property
    def positions(self) -> np.ndarray:
        """(N, 3) scene positions of the labels."""
        return np.array([label.pos for label in self.labels], float).reshape(-1, 3)

    @property
    def shown_texts(self) -> list[str]:
        """The texts painted with the current mask (the hidden ones left out)."""
        return [label.text for label, hide in zip(self.labels, self.hidden_mask(), strict=True) if not hide]

    def half_size(self) -> tuple[float, float]:
        """Half the widest label's width and half the tallest's height, in pixels (0 with no labels)."""
        if not self._labels:
            return 0.0, 0.0
        return max(item[4] for item in self._labels), max(item[5] for item in self._labels)

    def set_hidden(self, hidden) -> None:
        """Leave these labels out of the next frames (no repaint asked: called while painting)."""
        self.hidden = np.asarray(hidden, bool)

    def hidden_mask(self) -> np.ndarray:
        """Per label, True where it is left out of the frame."""
        return self.hidden if len(self.hidden) == len(self._labels) else np.zeros(len(self._labels), bool)

    def set_labels(self, labels: Iterable[Label]) -> None:
        self.labels = list(labels)
        self._labels = []
        for label in self.labels:
            box = QFontMetrics(label.font).tightBoundingRect(label.text)
            self._labels.append(
                (
                    QVector3D(*(float(v) for v in label.pos)),
                    label.text,
                    QColor(label.color),
                    label.font,
                    box.width() / 2.0,
                    box.height() / 2.0,
                )
            )
        self.update()

    def paint(self) -> None:
        if not self._labels:
            return
        self.setupGLState()
        rect = QRectF(self.view().rect())
        ndc_to_viewport = QMatrix4x4()
        ndc_to_viewport.viewport(rect.left(), rect.bottom(), rect.width(), -rect.height())
        project = ndc_to_viewport * self.mvpMatrix()
        painter = QPainter(self.view())
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        try:
            for label, hide in zip(self._labels, self.hidden_mask(), strict=True):
                if hide:
                    continue
                pos, text, color, font, half_width, half_height = label
                at = project.map(pos).toPointF()
                painter.setPen(color)
                painter.setFont(font)
                painter.drawText(QPointF(at.x() - half_width, at.y() + half_height), text)
        finally:
            painter.end()
