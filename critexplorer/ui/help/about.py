"""Help → About: version, licence and project page from the package metadata, and the versions of the
libraries the window runs on (for bug reports)."""

from __future__ import annotations

import html
from importlib import metadata

from PySide6.QtCore import Qt, qVersion
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
        autograd = "unknown"
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
        return "see pyproject.toml", []
    licence = info.get("License-Expression") or info.get("License") or "not stated"
    links = []
    for entry in info.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        links.append((label.strip(), url.strip()))
    return licence, links


def about_html(gl_text: str) -> str:
    licence, links = licence_and_links()
    if links:
        pages = "<br>".join(
            f'{html.escape(label)}: <a href="{html.escape(url)}">{html.escape(url)}</a>'
            for label, url in links
        )
    else:
        pages = "No project page yet."
    versions = "<br>".join(f"{name} {html.escape(version)}" for name, version in component_versions())
    return (
        f"<h3>critexplorer {__version__}</h3>"
        "<p>Critical points of 2-parameter losses: g, H, eigenvalues and the second-order Taylor "
        "expansion L(θ) + gᵀv + ½vᵀHv, made visible.</p>"
        f"<p>Licence: {html.escape(licence)}<br>{pages}</p>"
        f"<p>{versions}<br>{html.escape(gl_text)}</p>"
    )


def about_box(parent: QWidget, gl_text: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle("About critexplorer")
    box.setIconPixmap(app_icon().pixmap(ICON_PX, ICON_PX))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_html(gl_text))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box
