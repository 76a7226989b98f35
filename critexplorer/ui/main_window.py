"""The explorer window: formula bar and window controls on top, the 3-D and contour views side by
side, the inspector panel and critical-point table on the right, hover read-out in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from critexplorer.core.i18n import QT_TRANSLATE_NOOP
from critexplorer.ui import style
from critexplorer.ui.help.icon import app_icon
from critexplorer.ui.language_menu import install_language_menu
from critexplorer.ui.lessons.lesson_actions import install_lessons
from critexplorer.ui.model import ExplorerModel
from critexplorer.ui.networks.networks_window import install_networks_window
from critexplorer.ui.panels.atlas_progress import AtlasProgress
from critexplorer.ui.panels.basin_panel import install_basin_panel
from critexplorer.ui.panels.critical_table import CriticalTable
from critexplorer.ui.panels.formula_bar import FormulaBar
from critexplorer.ui.panels.optimizer_panel import install_optimizer_panel
from critexplorer.ui.panels.point_panel import PointPanel
from critexplorer.ui.panels.window_controls import WindowControls
from critexplorer.ui.presenter import install_presenter
from critexplorer.ui.sessions.session_actions import install_session_actions
from critexplorer.ui.views.contour import ContourView
from critexplorer.ui.views.gl_support import GLStatus

STATUS_MESSAGE_MS = 6000  # how long the model's messages stay in the status bar

# Display toggles: (DisplayOptions field, menu text, shortcut, tooltip, shown as a tool button); the
# texts are translated where they are shown (retranslate), in the context "MainWindow".
TOGGLES = (
    (
        "show_arrows",
        QT_TRANSLATE_NOOP("MainWindow", "Arrows (−g, eigenvectors)"),
        "A",
        QT_TRANSLATE_NOOP("MainWindow", "Draw −g and the eigenvectors scaled by |λ|"),
        True,
    ),
    (
        "show_taylor",
        QT_TRANSLATE_NOOP("MainWindow", "Taylor overlay"),
        "T",
        QT_TRANSLATE_NOOP("MainWindow", "Second-order Taylor model around θ: L + gᵀv + ½vᵀHv"),
        True,
    ),
    (
        "show_curvature",
        QT_TRANSLATE_NOOP("MainWindow", "Curvature map"),
        "C",
        QT_TRANSLATE_NOOP("MainWindow", "Colour regions by the signs of H's eigenvalues"),
        True,
    ),
    (
        "show_gradient_map",
        QT_TRANSLATE_NOOP("MainWindow", "‖g‖ map"),
        "G",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Colour by log₁₀‖∇L‖: plateaus and critical points are dark, steep slopes bright"
        ),
        True,
    ),
    (
        "surface_log",
        QT_TRANSLATE_NOOP("MainWindow", "Log surface"),
        "L",
        QT_TRANSLATE_NOOP("MainWindow", "3-D heights as log(1 + L − min L)"),
        True,
    ),
    (
        "contour_log",
        QT_TRANSLATE_NOOP("MainWindow", "Log levels"),
        "Shift+L",
        QT_TRANSLATE_NOOP("MainWindow", "Heat map and contour levels as log(1 + L − min L)"),
        True,
    ),
    (
        "lock_aspect",
        QT_TRANSLATE_NOOP("MainWindow", "Lock aspect"),
        "",
        QT_TRANSLATE_NOOP("MainWindow", "Equal scales on both axes of the contour map"),
        True,
    ),
)


class NoGLMessage(QLabel):
    """Stands in for the 3-D view when no OpenGL context can be made."""

    def __init__(self, status: GLStatus, parent: QWidget | None = None):
        super().__init__(parent)
        self.status = status
        self.setObjectName("noGLMessage")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMargin(24)
        self.retranslate()

    @property
    def reason(self) -> str:
        return self.status.shown_reason()

    def retranslate(self) -> None:
        title = QCoreApplication.translate("MainWindow", "3-D view unavailable")
        rest = QCoreApplication.translate(
            "MainWindow", "Everything else works: the contour map, the panels and the critical points."
        )
        self.setText(f"<h3>{title}</h3><p>{self.reason}</p><p>{rest}</p>")

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MainWindow(QMainWindow):
    def __init__(
        self,
        model: ExplorerModel,
        gl_status: GLStatus | None = None,
        defer_views: bool = False,
        parent: QWidget | None = None,
    ):
        """gl_status None: probe GL when the views are built. defer_views: show placeholders until
        build_views() is called, so the window can paint before pyqtgraph and GL initialise."""
        super().__init__(parent)
        self.model = model
        self.gl_status = gl_status
        self.setWindowIcon(app_icon())

        # Texts are set by retranslate() at the end of __init__ and again on every LanguageChange;
        # until then menus and actions carry their English source (install_* helpers find them so).
        self.toggle_actions: dict[str, QAction] = {}
        for name, text, shortcut, _tip, _ in TOGGLES:
            action = QAction(text, self, checkable=True)
            action.setChecked(bool(getattr(model.display, name)))
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.toggled.connect(lambda on, n=name: model.set_display(**{n: on}))
            self.toggle_actions[name] = action
        model.displayChanged.connect(self._sync_toggles)

        self.formula_bar = FormulaBar(model)
        self.formula_bar.finished.connect(self.focus_views)
        self.window_controls = WindowControls(model)
        self.display_toolbar = self.addToolBar("")
        self.display_toolbar.setObjectName("displayToolbar")
        self.display_toolbar.setMovable(False)
        self.display_toolbar.setStyleSheet(style.TOGGLE_BUTTONS_CSS)
        for name, *_, on_toolbar in TOGGLES:
            if on_toolbar:
                self.display_toolbar.addAction(self.toggle_actions[name])
        self.contour_view: ContourView | None = None
        self.surface_view = None
        self.no_gl_message: NoGLMessage | None = None
        self.point_panel = PointPanel(model)
        self.critical_table = CriticalTable(model)

        self.views = QSplitter(Qt.Orientation.Horizontal)
        for text in (
            QCoreApplication.translate("MainWindow", "Preparing the 3-D view…"),
            QCoreApplication.translate("MainWindow", "Preparing the contour map…"),
        ):
            placeholder = QLabel(text)  # shown for a moment at start-up, in the start language
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.views.addWidget(placeholder)
        self.views.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.views.setChildrenCollapsible(False)
        self.views.setStretchFactor(0, 1)
        self.views.setStretchFactor(1, 1)
        self.views.setSizes([600, 600])
        # The inspector and the optimizer panel share the top of the side column as tabs.
        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(self.point_panel, "")
        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.addWidget(self.side_tabs)
        self.side.addWidget(self.critical_table)
        self.side.setChildrenCollapsible(False)
        self.side.setStretchFactor(0, 3)
        self.side.setStretchFactor(1, 2)
        self.side.setMinimumWidth(360)
        self.side.setMaximumWidth(520)
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        # The views, with the optimizer runs' loss and ‖g‖ plots under them once there are runs.
        self.view_column = QSplitter(Qt.Orientation.Vertical)
        self.view_column.addWidget(self.views)
        self.view_column.setChildrenCollapsible(False)
        self.main_split.addWidget(self.view_column)
        self.main_split.addWidget(self.side)
        self.main_split.setStretchFactor(0, 1)
        self.main_split.setStretchFactor(1, 0)
        self.main_split.setChildrenCollapsible(False)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 2)
        layout.setSpacing(4)
        layout.addWidget(self.formula_bar)
        layout.addWidget(self.window_controls)
        layout.addWidget(self.main_split, 1)
        self.setCentralWidget(central)

        self.hover_label = QLabel()
        self.statusBar().addPermanentWidget(self.hover_label)
        self.atlas_progress = AtlasProgress(model)
        self.statusBar().addPermanentWidget(self.atlas_progress)
        model.hoverChanged.connect(self.hover_label.setText)
        model.message.connect(lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS))
        self._build_menus()
        install_session_actions(self)  # File: sessions, recent files, Export…, Copy image
        self._build_nudge_shortcuts()
        self.optimizers = install_optimizer_panel(self)  # Optimizers tab, Space / → / . keys
        self.basins = install_basin_panel(self)  # Basins tab: the basin map of that optimizer
        self.presenter = install_presenter(self)  # View → Presenter mode (F11), text size, PageDown/Up
        self.language_menu = install_language_menu(self)  # View → Language, switched live
        install_networks_window(self)  # Networks → Experiment… (Ctrl+Shift+N): self.show_networks()
        self.lessons = install_lessons(self)  # File → Open lesson…, Help → Lessons, the lesson panel
        self.retranslate()
        if not defer_views:
            self.build_views()

    def build_views(self) -> None:
        """Create the 3-D pane (or the no-GL message) and the contour view in place of placeholders."""
        if self.contour_view is not None:
            return
        if self.gl_status is None:
            from critexplorer.ui.views.gl_support import probe_gl

            self.gl_status = probe_gl()
        if self.gl_status.available:
            from critexplorer.ui.views.surface import SurfaceView  # imports pyqtgraph.opengl

            self.surface_view = SurfaceView(self.model)
            surface_pane: QWidget = self.surface_view
        else:
            surface_pane = self.no_gl_message = NoGLMessage(self.gl_status)
        self.contour_view = ContourView(self.model)
        self.contour_view.cache_contour_lines()
        for index, widget in enumerate((surface_pane, self.contour_view)):
            self.views.replaceWidget(index, widget).deleteLater()
        self.views.setSizes([600, 600])
        self.window_controls.reset.clicked.connect(self.reset_camera)  # the button is Ctrl+0 too
        self.optimizers.attach_views(self.contour_view, self.surface_view)
        self.basins.attach_view(self.contour_view)
        self.focus_views()

    def reset_view(self) -> None:
        """The preset's window and the 3-D camera's starting orientation, framed to fill its pane."""
        self.model.reset_window()
        self.reset_camera()

    def reset_camera(self) -> None:
        if self.surface_view is not None:
            self.surface_view.reset_camera()

    def focus_views(self) -> None:
        """Keyboard to the contour map, so A, T, E ... act as shortcuts and arrows nudge the point,
        never typing into the formula box."""
        target = self.contour_view.plot_widget if self.contour_view is not None else self.views
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _sync_toggles(self, display) -> None:
        for name, action in self.toggle_actions.items():
            action.blockSignals(True)
            action.setChecked(bool(getattr(display, name)))
            action.blockSignals(False)

    def _build_menus(self) -> None:
        """The menus and their actions; retranslate() gives them their texts."""
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu("&File")
        self.copy_text_action = file_menu.addAction("Copy point as text", self.point_panel.copy_text)
        self.copy_text_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_latex_action = file_menu.addAction("Copy point as LaTeX", self.point_panel.copy_latex)
        file_menu.addSeparator()
        quit_action = self.quit_action = file_menu.addAction("Quit", self.close)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

        edit_menu = self.edit_menu = bar.addMenu("&Edit")
        self.undo_action = edit_menu.addAction("Undo", self.model.undo)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = edit_menu.addAction("Redo", self.model.redo)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (self.undo_action, self.redo_action):
            action.setEnabled(False)
        self.model.historyChanged.connect(self._on_history)

        view_menu = self.view_menu = bar.addMenu("&View")
        for name, *_ in TOGGLES:
            view_menu.addAction(self.toggle_actions[name])
        view_menu.addSeparator()
        # Ctrl+0 outside presenter mode; there Ctrl+0 is the text size's and this stays in the menu.
        self.reset_view_action = view_menu.addAction("Reset view (window and 3-D camera)", self.reset_view)
        self.reset_view_action.setShortcut(QKeySequence("Ctrl+0"))

        point_menu = self.point_menu = bar.addMenu("&Point")
        self.find_action = point_menu.addAction("Find critical points", self.model.search_critical_points)
        self.find_action.setShortcut(QKeySequence("F5"))
        self.hide_critical_action = point_menu.addAction("Hide critical points", self.model.clear_atlas)
        self.escape_action = point_menu.addAction("Escape from saddle", self.model.escape_saddle)
        self.escape_action.setShortcut(QKeySequence("E"))
        self.clear_selection_action = point_menu.addAction("Clear selection", self.model.clear_selection)

        help_menu = self.help_menu = bar.addMenu("&Help")
        self.guide_action = help_menu.addAction("User guide", self.show_guide)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action = help_menu.addAction(
            "Keyboard shortcuts", lambda: self.show_guide(at_shortcuts=True)
        )
        self.about_action = help_menu.addAction("About critexplorer", self.show_about)

    def _on_history(self, can_undo: bool, can_redo: bool) -> None:
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)

    def _build_nudge_shortcuts(self) -> None:
        """Arrow keys nudge the selection while the views have focus (Shift: ten times further)."""
        moves = {"Left": (-1, 0), "Right": (1, 0), "Up": (0, 1), "Down": (0, -1)}
        self.nudge_shortcuts: list[tuple[QShortcut, bool]] = []
        for key, (dx, dy) in moves.items():
            for big in (False, True):
                shortcut = QShortcut(QKeySequence(("Shift+" if big else "") + key), self.views)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda dx=dx, dy=dy, big=big: self.model.nudge(dx, dy, big))
                self.nudge_shortcuts.append((shortcut, big))

    def show_guide(self, at_shortcuts: bool = False):
        """Help → User guide (formulas, mouse, shortcuts); returns the dialog, shown without blocking."""
        from critexplorer.ui.help.guide import GuideDialog

        dialog = GuideDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        if at_shortcuts:
            dialog.show_shortcuts()
        return dialog

    def show_about(self):
        """Help → About: version, licence, project page, library versions; returns the box, shown."""
        from critexplorer.ui.help.about import AboutBox

        box = AboutBox(self, self.gl_status)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        return box

    def changeEvent(self, event) -> None:
        """A new language (View → Language, or the first one installed at start-up): texts again."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "language_menu"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text of the window in the current language: its title, menus, actions, toolbar,
        tab and shortcuts, and the status bar's message if the model can word it again. Panels and
        views that show the core's words redo theirs in their own changeEvent."""
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "critexplorer — critical points of 2-parameter losses")
        )
        for name, text, shortcut, tip, _ in TOGGLES:
            action = self.toggle_actions[name]
            action.setText(QCoreApplication.translate("MainWindow", text))
            tip = QCoreApplication.translate("MainWindow", tip)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        self.display_toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", "Display"))
        self.side_tabs.setTabText(
            self.side_tabs.indexOf(self.point_panel), QCoreApplication.translate("MainWindow", "Point")
        )

        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.copy_text_action.setText(QCoreApplication.translate("MainWindow", "Copy point as text"))
        self.copy_latex_action.setText(QCoreApplication.translate("MainWindow", "Copy point as LaTeX"))
        self.quit_action.setText(QCoreApplication.translate("MainWindow", "Quit"))
        self.edit_menu.setTitle(QCoreApplication.translate("MainWindow", "&Edit"))
        self.undo_action.setText(QCoreApplication.translate("MainWindow", "Undo"))
        self.undo_action.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "Back to the formula, window and grid shown before the last change"
            )
        )
        self.redo_action.setText(QCoreApplication.translate("MainWindow", "Redo"))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", "&View"))
        self.reset_view_action.setText(
            QCoreApplication.translate("MainWindow", "Reset view (window and 3-D camera)")
        )
        self.reset_view_action.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "The preset's window, and the 3-D camera framing the surface"
            )
        )
        self.point_menu.setTitle(QCoreApplication.translate("MainWindow", "&Point"))
        self.find_action.setText(QCoreApplication.translate("MainWindow", "Find critical points"))
        self.hide_critical_action.setText(QCoreApplication.translate("MainWindow", "Hide critical points"))
        self.escape_action.setText(QCoreApplication.translate("MainWindow", "Escape from saddle"))
        self.escape_action.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "Step along the eigenvector with λ < 0 and show the drop in L"
            )
        )
        self.clear_selection_action.setText(QCoreApplication.translate("MainWindow", "Clear selection"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.guide_action.setText(QCoreApplication.translate("MainWindow", "User guide"))
        self.shortcuts_action.setText(QCoreApplication.translate("MainWindow", "Keyboard shortcuts"))
        self.about_action.setText(QCoreApplication.translate("MainWindow", "About critexplorer"))
        nudge = QCoreApplication.translate("MainWindow", "in the views: nudge the selection")
        nudge_far = QCoreApplication.translate(
            "MainWindow", "in the views: nudge the selection ten times further"
        )
        for shortcut, big in self.nudge_shortcuts:
            shortcut.setWhatsThis(nudge_far if big else nudge)

        self.presenter.retranslate()
        self.language_menu.retranslate()
        self.model.reword_message(self.statusBar().currentMessage())
