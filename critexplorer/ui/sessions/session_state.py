"""Between the window and a Session: capture what is on screen, and put a loaded session back.

Capturing and restoring go through the ExplorerModel's public methods; the optimizer panel, when it
exists, contributes its runs through `runs` (core Run objects) and `restore_runs(records)`. Without
it, runs travel as the model's "run:" overlays.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from critexplorer.core.limits import hex_to_rgb, palette_color
from critexplorer.files.session import Camera, RunRecord, Session, SessionError
from critexplorer.ui.export.scene import Trail

RUN_OVERLAY_PREFIX = "run:"


def _hex(color) -> str:
    return "#" + "".join(f"{int(c):02x}" for c in tuple(color)[:3])


def _rgb(text: str | None, index: int) -> tuple[int, int, int]:
    return hex_to_rgb(text or palette_color(index))


def _panel(window):
    return getattr(window, "optimizer_panel", None) if window is not None else None


def capture_runs(model, window=None) -> list[RunRecord]:
    panel = _panel(window)
    if panel is not None and hasattr(panel, "runs"):
        records = []
        for index, run in enumerate(panel.runs):
            color = getattr(run, "color", None) or palette_color(index)
            records.append(RunRecord(
                optimizer=run.optimizer.name, start=tuple(float(v) for v in run.start),
                hyperparameters={k: float(v) for k, v in dict(run.optimizer.hp).items()},
                trail=[tuple(map(float, p)) for p in run.trail.points],
                color=color if isinstance(color, str) else _hex(color),
                label=getattr(run, "label", "") or run.optimizer.name, outcome=run.outcome))
        return records
    records = []
    for key, overlay in model.overlays.items():
        if not key.startswith(RUN_OVERLAY_PREFIX) or len(overlay.points) == 0:
            continue
        label = overlay.label or key[len(RUN_OVERLAY_PREFIX):]
        points = np.asarray(overlay.points, float)
        records.append(RunRecord(optimizer=label.split()[0].split("#")[0].strip() or "gd",
                                 start=(float(points[0, 0]), float(points[0, 1])),
                                 trail=[(float(x), float(y)) for x, y in points],
                                 color=_hex(overlay.color), label=label))
    return records


def capture_camera(window) -> Camera | None:
    surface = getattr(window, "surface_view", None) if window is not None else None
    if surface is None:
        return None
    opts = surface.gl_widget.opts
    center = opts.get("center")
    return Camera(distance=float(opts["distance"]), elevation=float(opts["elevation"]),
                  azimuth=float(opts["azimuth"]), fov=float(opts.get("fov", 60.0)),
                  center=(float(center.x()), float(center.y()), float(center.z())) if center is not None
                  else (0.0, 0.0, 0.0))


def capture_session(model, window=None) -> Session:
    """The Session of what the window shows now; SessionError if nothing is shown yet."""
    landscape = model.landscape
    if landscape is None:
        raise SessionError("there is nothing to save yet: apply a formula first")
    analysis = model.analysis
    preset = getattr(model.preset, "name", None)
    return Session(
        formula=model.formula_text,
        vars=tuple(landscape.loss.vars),
        params={k: float(v) for k, v in model.params.items()},
        xlim=tuple(map(float, landscape.xlim)),
        ylim=tuple(map(float, landscape.ylim)),
        resolution=int(model.resolution),
        preset=preset,
        selection=None if analysis is None else (float(analysis.point[0]), float(analysis.point[1])),
        runs=capture_runs(model, window),
        camera=capture_camera(window),
        display={**dataclasses.asdict(model.display), "show_critical": model.atlas is not None},
    )


def _display_changes(model, display: dict) -> dict:
    """Only known fields with the type they have now: an old or edited file cannot smuggle in others."""
    current = dataclasses.asdict(model.display)
    changes = {}
    for key, value in display.items():
        if key in current and type(value) is type(current[key]):
            changes[key] = value
        elif key in current and isinstance(current[key], float) and isinstance(value, int) \
                and not isinstance(value, bool):
            changes[key] = float(value)
    return changes


def restore_session(session: Session, model, window=None) -> None:
    """Show a validated session; if its formula does not apply, raise SessionError and change nothing."""
    preset = None
    if session.preset:
        from critexplorer.core.presets import PresetError, get_preset

        try:
            preset = get_preset(session.preset)
        except PresetError:
            preset = None
    errors: list = []

    def note(error):
        if error is not None:
            errors.append(error)

    model.formulaError.connect(note)
    try:
        previous_resolution = model.resolution
        model.resolution = session.resolution
        ok = model.apply_formula(session.formula, session.params, session.vars,
                                 window=(session.xlim, session.ylim), preset=preset)
    finally:
        model.formulaError.disconnect(note)
    if not ok:
        model.resolution = previous_resolution
        raise SessionError(f"its formula cannot be shown: {errors[-1] if errors else 'unknown error'}")
    model.set_display(**_display_changes(model, session.display))
    if session.selection is not None:
        model.select(session.selection)
    else:
        model.clear_selection()
    if session.display.get("show_critical"):
        model.find_critical_points()
    else:
        model.clear_atlas()
    _restore_runs(session, model, window)
    _restore_camera(session.camera, window)


def _restore_runs(session: Session, model, window) -> None:
    # One overlaysChanged for all runs: each emission redraws every overlay in both views.
    overlays = {k: v for k, v in model.overlays.items() if not k.startswith(RUN_OVERLAY_PREFIX)}
    panel = _panel(window)
    if panel is None or not hasattr(panel, "restore_runs"):
        overlays.update({f"{RUN_OVERLAY_PREFIX}{t.label}": t.overlay()
                         for t in trails_from_records(session.runs, model)})
    model.overlays.clear()
    model.overlays.update(overlays)
    model.overlaysChanged.emit(dict(model.overlays))
    if panel is not None and hasattr(panel, "restore_runs"):
        panel.restore_runs(session.runs)


def trails_from_records(records: list[RunRecord], model) -> list[Trail]:
    trails = []
    for index, record in enumerate(records):
        points = np.asarray(record.trail, float).reshape(-1, 2)
        points = points[np.isfinite(points).all(axis=1)]
        if len(points) == 0:
            continue
        values = np.asarray(model.loss.value(points[:, 0], points[:, 1]), float) * np.ones(len(points))
        label = record.label or record.optimizer
        trails.append(Trail(label, points, values, _rgb(record.color, index)))
    return trails


def current_trails(model, window=None) -> list[Trail]:
    """The runs on screen as Trails, for GIF races and CSV files."""
    if model.loss is None:
        return []
    return trails_from_records(capture_runs(model, window), model)


def _restore_camera(camera: Camera | None, window) -> None:
    surface = getattr(window, "surface_view", None) if window is not None else None
    if camera is None or surface is None:
        return
    import pyqtgraph as pg

    widget = surface.gl_widget
    widget.setCameraPosition(distance=camera.distance, elevation=camera.elevation, azimuth=camera.azimuth)
    widget.opts["fov"] = camera.fov
    widget.opts["center"] = pg.Vector(*camera.center)
    widget.update()
