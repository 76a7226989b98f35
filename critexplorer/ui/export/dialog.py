"""The Export dialog (File → Export picture…, Ctrl+E): what, how big, which theme, which format.

The formats, the views each draws, the file filters and each format's options come from the formats'
declarations (critexplorer.ui.export.formats): a new format shows up here without a change to this file.
Choices are remembered in QSettings; errors show inline in red and nothing is written. Every text is
set in retranslate(), again on LanguageChange: an open dialog switches language with the window.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from critexplorer.ui.export.caption import MAX_CAPTION_CHARS, default_caption
from critexplorer.ui.export.errors import ExportError
from critexplorer.ui.export.formats import Exporter, FormatOption, exporters
from critexplorer.ui.export.pictures import BASINS, CONTOUR, NEEDS_GL, VIEWS, view_label
from critexplorer.ui.export.scene import SIZE_PRESETS, ExportOptions, ExportScene, auto_scale
from critexplorer.ui.settings import settings

CUSTOM = "custom"


def window_basin_map(window):
    """The basin map the window's contour view shows (the Basins tab's), or None."""
    layer = getattr(getattr(window, "basin_panel", None), "layer", None)
    return None if layer is None else layer.basin_map


def _scene_for(window, options: ExportOptions) -> ExportScene:
    scene = _bare_scene(window, options)
    if options.view != "window":
        scene.set_trails(window.model.runs.runs)
    return scene


def _bare_scene(window, options: ExportOptions) -> ExportScene:
    contour = getattr(window, "contour_view", None)
    # The range asked for, not the one shown: a locked aspect pads the shown range to the pane's shape,
    # and the export's own shape padded it again (a wide pane exported square showed y from -4 to 4).
    view_range = contour.view_box.requested_range() if contour is not None else None
    camera = None
    surface = getattr(window, "surface_view", None)
    if surface is not None and not surface.camera_follows:  # else the copy frames the box for its size
        opts = surface.gl_widget.opts
        center = opts["center"]
        camera = {
            "elevation": opts["elevation"],
            "azimuth": opts["azimuth"],
            "distance": opts["distance"],
            "center": (center.x(), center.y(), center.z()),
        }
    return ExportScene(
        window.model, options, surface is not None, window=window, view_range=view_range, camera=camera
    )


def saved_options() -> ExportOptions:
    store = settings()
    width = int(store.value("export/width", 1920))
    height = int(store.value("export/height", 1080))
    return ExportOptions(
        view=str(store.value("export/view", CONTOUR)),
        width=width,
        height=height,
        scale=float(store.value("export/scale", auto_scale(width, height))),
        theme=str(store.value("export/theme", "slide")),
        transparent=str(store.value("export/transparent", "false")).lower() == "true",
    )


def caption_wanted() -> bool:
    return str(settings().value("export/caption", "false")).lower() == "true"


def copy_image_with_saved_options(window) -> str:
    """Render with the last export choices and put the picture on the clipboard; returns a status line."""
    options = saved_options()
    if options.view in NEEDS_GL and getattr(window, "surface_view", None) is None:
        options = ExportOptions(
            CONTOUR, options.width, options.height, options.scale, options.theme, options.transparent
        )
    if options.view == BASINS:  # the window's map now; with none, the contour view
        basin_map = window_basin_map(window)
        options = dataclasses.replace(
            options, view=CONTOUR if basin_map is None else BASINS, basin_map=basin_map
        )
    if caption_wanted():  # the words of what is shown now, not of the last export
        options = dataclasses.replace(options, caption=default_caption(window.model))
    try:
        scene = _scene_for(window, options)
        image = scene.render()
        scene.close()
    except ExportError as error:
        return QCoreApplication.translate("ExportDialog", "Cannot copy the image: {reason}").format(
            reason=error
        )
    QApplication.clipboard().setImage(image)
    return QCoreApplication.translate(
        "ExportDialog", "Copied a {width}×{height} picture of the {view}"
    ).format(width=options.width, height=options.height, view=view_label(options.view).lower())


def _option_box(option: FormatOption, saved) -> QSpinBox | QDoubleSpinBox:
    if option.whole:
        box = QSpinBox()
        box.setRange(int(option.low), int(option.high))
    else:
        box = QDoubleSpinBox()
        box.setDecimals(1)
        # An open lower bound: the smallest value the box can show above it.
        box.setRange(option.low if option.low_inclusive else option.low + 0.1, option.high)
    _name_option_box(box, option)
    try:
        box.setValue(type(box.value())(float(saved)))
    except (TypeError, ValueError):
        box.setValue(type(box.value())(option.default))
    return box


def _name_option_box(box: QSpinBox | QDoubleSpinBox, option: FormatOption) -> None:
    """The box's unit and tooltip in the chosen language."""
    box.setSuffix(option.shown_unit())
    words = option.shown_help()
    box.setToolTip(words[:1].upper() + words[1:])


class ExportDialog(QDialog):
    def __init__(self, window, session_path: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.window = window
        self.session_path = session_path
        has_gl = getattr(window, "surface_view", None) is not None
        saved = saved_options()

        self.view = QComboBox()
        self.formats = [e for e in exporters() if e.draws_picture]
        for view in VIEWS:
            self.view.addItem(view_label(view), view)
            # The basins view draws the Basins tab's map: there is none before "Map basins".
            has_map = view != BASINS or window_basin_map(window) is not None
            drawable = has_map and any(view in e.views for e in self.formats)
            if not drawable or (view in NEEDS_GL and not has_gl):
                self.view.model().item(self.view.count() - 1).setEnabled(False)
        self.size_combo = QComboBox()
        for width, height in SIZE_PRESETS:
            self.size_combo.addItem(f"{width} × {height}", f"{width}x{height}")
        self.size_combo.addItem(QCoreApplication.translate("ExportDialog", "Custom"), CUSTOM)
        self.width_box, self.height_box = QSpinBox(), QSpinBox()
        for box in (self.width_box, self.height_box):
            box.setRange(64, 8192)
            box.setSuffix(QCoreApplication.translate("ExportDialog", " px"))
        self.width_box.setValue(saved.width)
        self.height_box.setValue(saved.height)
        custom_row = QHBoxLayout()
        custom_row.addWidget(self.width_box)
        custom_row.addWidget(QLabel("×"))
        custom_row.addWidget(self.height_box)
        self.scale = QDoubleSpinBox()
        self.scale.setRange(0.25, 8.0)
        self.scale.setSingleStep(0.25)
        self.scale.setValue(saved.scale)
        self.theme = QComboBox()
        self.theme.addItem("", "slide")
        self.theme.addItem("", "screen")
        self.theme.setCurrentIndex(0 if saved.theme == "slide" else 1)
        self.transparent = QCheckBox()
        self.transparent.setChecked(saved.transparent)
        self.caption_check = QCheckBox()
        self.caption_text = QLineEdit(default_caption(window.model))
        self.caption_text.setMaxLength(MAX_CAPTION_CHARS)
        # Room for a caption's first words in every language (Chinese labels leave the dialog narrow),
        # and its start in view rather than its end.
        self.caption_text.setMinimumWidth(self.caption_text.fontMetrics().horizontalAdvance("x" * 44))
        self.caption_text.setCursorPosition(0)
        self.caption_check.toggled.connect(self.caption_text.setEnabled)
        self.caption_check.setChecked(caption_wanted())
        self.caption_text.setEnabled(self.caption_check.isChecked())
        caption_row = QHBoxLayout()
        caption_row.addWidget(self.caption_check)
        caption_row.addWidget(self.caption_text, 1)
        self.format = QComboBox()
        # One box per option name, shared by the formats that declare it.
        declared = {o.name: o for e in self.formats for o in e.options}
        self.declared = declared
        self.option_boxes = {
            name: _option_box(o, settings().value(f"export/{name}", o.default))
            for name, o in declared.items()
        }
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)

        self.row_labels = {key: QLabel() for key in ("view", "size", "scale", "theme", "format")}
        self.option_labels = {name: QLabel() for name in self.option_boxes}
        form = QFormLayout()
        form.addRow(self.row_labels["view"], self.view)
        form.addRow(self.row_labels["size"], self.size_combo)
        form.addRow("", custom_row)
        form.addRow(self.row_labels["scale"], self.scale)
        form.addRow(self.row_labels["theme"], self.theme)
        form.addRow("", self.transparent)
        form.addRow("", caption_row)
        form.addRow(self.row_labels["format"], self.format)
        for name, box in self.option_boxes.items():
            form.addRow(self.option_labels[name], box)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton()
        self.export_button = QPushButton()
        self.export_button.setDefault(True)
        self.cancel_button = cancel = QPushButton()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.view.currentIndexChanged.connect(self._update_formats)
        self.size_combo.currentIndexChanged.connect(self._size_chosen)
        self.format.currentIndexChanged.connect(self._format_chosen)
        self.copy_button.clicked.connect(self.copy_image)
        self.export_button.clicked.connect(self.export_to_file)
        cancel.clicked.connect(self.reject)
        index = self.view.findData(saved.view)
        self.view.setCurrentIndex(index if index >= 0 and (has_gl or saved.view not in NEEDS_GL) else 0)
        preset_index = self.size_combo.findData(f"{saved.width}x{saved.height}")
        self.size_combo.setCurrentIndex(preset_index if preset_index >= 0 else self.size_combo.count() - 1)
        self._size_chosen()
        self._update_formats()
        self._format_chosen()
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the dialog in the chosen language (the choices and the caption stay)."""
        self.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export picture"))
        for index in range(self.view.count()):
            self.view.setItemText(index, view_label(self.view.itemData(index)))
        self.size_combo.setItemText(
            self.size_combo.findData(CUSTOM), QCoreApplication.translate("ExportDialog", "Custom")
        )
        for box in (self.width_box, self.height_box):
            box.setSuffix(QCoreApplication.translate("ExportDialog", " px"))
        self.scale.setToolTip(
            QCoreApplication.translate(
                "ExportDialog", "Enlarges text and lines; the picture keeps its pixel size"
            )
        )
        self.theme.setItemText(
            0, QCoreApplication.translate("ExportDialog", "Slide: white background, dark axes, larger text")
        )
        self.theme.setItemText(1, QCoreApplication.translate("ExportDialog", "As on screen"))
        self.transparent.setText(QCoreApplication.translate("ExportDialog", "Transparent background"))
        self.caption_check.setText(QCoreApplication.translate("ExportDialog", "Caption"))
        self.caption_check.setToolTip(
            QCoreApplication.translate(
                "ExportDialog", "A line of text under the picture: the formula and the selected point"
            )
        )
        self.caption_text.setToolTip(
            QCoreApplication.translate(
                "ExportDialog", "The caption's text (filled in from what is shown; edit it freely)"
            )
        )
        for key, text in (
            ("view", QCoreApplication.translate("ExportDialog", "Export")),
            ("size", QCoreApplication.translate("ExportDialog", "Size")),
            ("scale", QCoreApplication.translate("ExportDialog", "Scale")),
            ("theme", QCoreApplication.translate("ExportDialog", "Theme")),
            ("format", QCoreApplication.translate("ExportDialog", "Format")),
        ):
            self.row_labels[key].setText(text)
        for name, box in self.option_boxes.items():
            self.option_labels[name].setText(self.declared[name].shown_label())
            _name_option_box(box, self.declared[name])
        self.copy_button.setText(QCoreApplication.translate("ExportDialog", "Copy image"))
        self.export_button.setText(QCoreApplication.translate("ExportDialog", "Export…"))
        self.cancel_button.setText(QCoreApplication.translate("ExportDialog", "Cancel"))
        self.error.setText("")  # a message of the old language would stay half-translated

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _size_chosen(self, *_) -> None:
        data = self.size_combo.currentData()
        custom = data in (CUSTOM, None)
        self.width_box.setEnabled(custom)
        self.height_box.setEnabled(custom)
        if not custom:
            width, height = (int(v) for v in data.split("x"))
            self.width_box.setValue(width)
            self.height_box.setValue(height)
            self.scale.setValue(auto_scale(width, height))

    def _update_formats(self, *_) -> None:
        view = self.view.currentData()
        previous = self.chosen_suffix()
        self.format.clear()
        for exporter in self.formats:
            if view in exporter.views:
                self.format.addItem(f"{exporter.name} ({exporter.suffix})", exporter.suffix)
        index = self.format.findData(previous)
        self.format.setCurrentIndex(max(index, 0))

    def _format_chosen(self, *_) -> None:
        exporter = self.chosen_format()
        names = {o.name for o in exporter.options}
        for name, box in self.option_boxes.items():
            box.setEnabled(name in names)
        self.transparent.setEnabled(exporter.transparent)

    def chosen_suffix(self) -> str:
        return self.format.currentData() or ".png"

    def chosen_format(self) -> Exporter:
        suffix = self.chosen_suffix()
        return next(e for e in self.formats if e.suffix == suffix)

    def option_values(self, exporter: Exporter) -> dict:
        return {o.name: self.option_boxes[o.name].value() for o in exporter.options}

    def options(self) -> ExportOptions:
        return ExportOptions(
            view=self.view.currentData(),
            width=self.width_box.value(),
            height=self.height_box.value(),
            scale=self.scale.value(),
            theme=self.theme.currentData(),
            transparent=self.transparent.isChecked() and self.transparent.isEnabled(),
            caption=self.caption_text.text().strip() if self.caption_check.isChecked() else "",
            basin_map=window_basin_map(self.window) if self.view.currentData() == BASINS else None,
        )

    def _remember(self, options: ExportOptions) -> None:
        store = settings()
        for key in ("view", "width", "height", "scale", "theme", "transparent"):
            store.setValue(f"export/{key}", getattr(options, key))
        for name, box in self.option_boxes.items():
            store.setValue(f"export/{name}", box.value())
        store.setValue("export/caption", self.caption_check.isChecked())

    def copy_image(self) -> None:
        options = self.options()
        try:
            scene = _scene_for(self.window, options.checked())
            image = scene.render()
            scene.close()
        except ExportError as error:
            self.error.setText(str(error))
            return
        QApplication.clipboard().setImage(image)
        self._remember(options)
        self.error.setText("")
        self.window.statusBar().showMessage(
            QCoreApplication.translate("ExportDialog", "Copied a {width}×{height} picture").format(
                width=options.width, height=options.height
            ),
            5000,
        )

    def export_to_file(self, path: str | None = None) -> bool:
        options = self.options()
        exporter = self.chosen_format()
        if not path:
            folder = Path(settings().value("last_folder", str(Path.home())))
            stem = self.session_path.stem if self.session_path else "critexplorer"
            path, _ = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("ExportDialog", "Export picture"),
                str(folder / f"{stem}{exporter.suffix}"),
                exporter.file_filter(),
            )
            if not path:
                return False
        if Path(path).suffix.lower() not in exporter.suffixes:
            path = str(Path(path).with_suffix(exporter.suffix))
        try:
            scene = _scene_for(self.window, options.checked())
            # Runs drawn by the optimizer panel are not model overlays: hand them to the copies.
            trails = self.window.model.runs.runs if options.view != "window" else None
            try:
                exporter.export_to(path, scene, trails, **self.option_values(exporter))
            finally:
                scene.close()
        except ExportError as error:
            self.error.setText(str(error))
            return False
        self._remember(options)
        self.window.statusBar().showMessage(
            QCoreApplication.translate("ExportDialog", "Exported {path}").format(path=path), 5000
        )
        self.accept()
        return True
