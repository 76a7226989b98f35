"""The lesson panel: a dock with the lesson's title, the step's title and text, its "try it" task and
whether it is done (✓, live from the model's signals through the player), Back / Next and "3 / 9".

Its texts follow the window's language (LanguageChange) without leaving the step; its fonts follow the
window's, so presenter mode scales them. ←/→ step the lesson while the panel has the keyboard (in the
views they nudge the selection).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from critexplorer.core.i18n import current_language
from critexplorer.ui.lessons.step_text import step_html

DONE_COLOR = "#1e8e3e"  # on the panel's light background
MIN_WIDTH_PX = 280
WIDTH_CHARS = 34  # the panel is as wide as this many average characters of its font (presenter: wider)


class LessonPanel(QDockWidget):
    def __init__(self, player, parent: QWidget | None = None):
        super().__init__(parent)
        self.player = player
        self.setObjectName("lessonDock")
        self.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
        self.lesson_title = QLabel()
        self.lesson_title.setObjectName("lessonTitle")
        self.lesson_title.setWordWrap(True)
        self.step_title = QLabel()
        self.step_title.setObjectName("lessonStepTitle")
        self.step_title.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setObjectName("lessonText")
        self.text.setOpenExternalLinks(True)
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.try_box = QFrame()
        self.try_box.setObjectName("lessonTry")
        self.try_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.try_task = QLabel()
        self.try_task.setWordWrap(True)
        self.try_status = QLabel()
        self.try_status.setObjectName("lessonTryStatus")
        try_layout = QVBoxLayout(self.try_box)
        try_layout.setContentsMargins(8, 6, 8, 6)
        try_layout.addWidget(self.try_task)
        try_layout.addWidget(self.try_status)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(player.back)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(player.next)
        self.position = QLabel()
        self.position.setObjectName("lessonPosition")
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.position, 1)
        buttons.addWidget(self.next_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.lesson_title)
        layout.addWidget(self.step_title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.try_box)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.setMinimumWidth(MIN_WIDTH_PX)
        for key, move in (("Left", player.back), ("Right", player.next)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(move)
        player.opened.connect(lambda _lesson: self.refresh())
        player.stepChanged.connect(lambda _index: self.refresh())
        player.checkChanged.connect(lambda _passed: self._show_check())
        player.closed.connect(self.hide)
        self.retranslate()

    def refresh(self) -> None:
        """Everything shown for the player's current step, in the current language."""
        lesson, step = self.player.lesson, self.player.step
        if lesson is None:
            return
        language = current_language()
        self.lesson_title.setText(f"<b>{lesson.title.shown(language)}</b>")
        self.step_title.setText(f"<big><b>{step.title.shown(language)}</b></big>")
        self.text.setHtml(step_html(step.text.shown(language)))
        count = len(lesson.steps)
        self.position.setText(f"{self.player.index + 1} / {count}")
        self.back_button.setEnabled(self.player.index > 0)
        self.next_button.setEnabled(self.player.index < count - 1)
        self.try_box.setVisible(step.try_it is not None)
        if step.try_it is not None:
            try_it = QCoreApplication.translate("LessonPanel", "Try it:")
            self.try_task.setText(f"<b>{try_it}</b> {step.try_it.task.shown(language)}")
        self._show_check()

    def _show_check(self) -> None:
        passed = self.player.passed
        if passed:
            done = QCoreApplication.translate("LessonPanel", "Done")
            self.try_status.setText(f'<span style="color:{DONE_COLOR}">✓ {done}</span>')
        else:
            self.try_status.setText("○ " + QCoreApplication.translate("LessonPanel", "Not done yet"))

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("LessonPanel", "Lesson"))
        self.back_button.setText(QCoreApplication.translate("LessonPanel", "◀ Back"))
        self.back_button.setToolTip(QCoreApplication.translate("LessonPanel", "The step before (PageUp, ←)"))
        self.next_button.setText(QCoreApplication.translate("LessonPanel", "Next ▶"))
        self.next_button.setToolTip(QCoreApplication.translate("LessonPanel", "The next step (PageDown, →)"))
        self.refresh()

    def fit_width(self) -> None:
        """As wide as WIDTH_CHARS characters of the panel's font: presenter mode's larger text gets a
        wider panel rather than three words a line."""
        width = max(MIN_WIDTH_PX, round(WIDTH_CHARS * self.fontMetrics().averageCharWidth()))
        self.setMinimumWidth(width)
        window = self.parentWidget()
        if window is not None and hasattr(window, "resizeDocks"):
            window.resizeDocks([self], [width], Qt.Orientation.Horizontal)

    def closeEvent(self, event) -> None:
        """The dock's ✕ ends the lesson: PageDown must not step a lesson nobody sees."""
        self.player.close()
        super().closeEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # the same step, in the new language
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self.fit_width()
        super().changeEvent(event)
