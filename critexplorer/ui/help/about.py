"""Help → About: version, licence and project page from the package metadata, and the versions of the
libraries the window runs on (for bug reports)."""

from __future__ import annotations

import html
from importlib import metadata

from PySide6.QtCore import QCoreApplication, QEvent, Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from critexplorer import __version__
from critexplorer.ui.help.icon import app_icon

ICON_PX = 96


def component_versions() -> list[tuple[str, str]]:
    import numpy
    import pyqtgraph
    import PySide6

    try:
        autograd = metadata.version("autograd")
    except metadata.PackageNotFoundError:
        autograd = QCoreApplication.translate("About", "unknown")
    return [
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("pyqtgraph", pyqtgraph.__version__),
        ("numpy", numpy.__version__),
        ("autograd", autograd),
    ]


def licence_and_links() -> tuple[str, list[tuple[str, str]]]:
    """The licence and the Project-URL entries (label, url) of the installed package's metadata."""
    try:
        info = metadata.metadata("critexplorer")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return QCoreApplication.translate("About", "see pyproject.toml"), []
    licence = (
        info.get("License-Expression")
        or info.get("License")
        or QCoreApplication.translate("About", "not stated")
    )
    links = []
    for entry in info.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        links.append((label.strip(), url.strip()))
    return licence, links


def gl_words(gl_status) -> str:
    """The OpenGL line of the box: its version, or that there is none."""
    if gl_status is not None and gl_status.available:
        return f"OpenGL {gl_status.version}"
    return QCoreApplication.translate("About", "no OpenGL")


def about_html(gl_text: str) -> str:
    licence, links = licence_and_links()
    if links:
        pages = "<br>".join(
            f'{html.escape(label)}: <a href="{html.escape(url)}">{html.escape(url)}</a>'
            for label, url in links
        )
    else:
        pages = html.escape(QCoreApplication.translate("About", "No project page yet."))
    versions = "<br>".join(f"{name} {html.escape(version)}" for name, version in component_versions())
    what = QCoreApplication.translate(
        "About",
        "Critical points of 2-parameter losses: g, H, eigenvalues and the second-order Taylor "
        "expansion L(θ) + gᵀv + ½vᵀHv, made visible.",
    )
    licence_line = QCoreApplication.translate("About", "Licence: {licence}").format(
        licence=html.escape(licence)
    )
    return (
        f"<h3>critexplorer {__version__}</h3>"
        f"<p>{html.escape(what)}</p>"
        f"<p>{licence_line}<br>{pages}</p>"
        f"<p>{versions}<br>{html.escape(gl_text)}</p>"
    )


class AboutBox(QMessageBox):
    """Help → About, worded again when the language changes while it is open."""

    def __init__(self, parent: QWidget, gl_status=None):
        super().__init__(parent)
        self.gl_status = gl_status
        self.setIconPixmap(app_icon().pixmap(ICON_PX, ICON_PX))
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("About", "About critexplorer"))
        self.setText(about_html(gl_words(self.gl_status)))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # QMessageBox re-words its own buttons in its changeEvent
        super().changeEvent(event)


def about_box(parent: QWidget, gl_status=None) -> QMessageBox:
    return AboutBox(parent, gl_status)
