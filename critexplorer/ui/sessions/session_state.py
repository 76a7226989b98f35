"""Between the window's model and a Session: capture what is shown, and put a loaded session back.

Capturing and restoring go through the ExplorerModel's public methods; the runs come from and go to
the model's runs (each run's RunSpec and trail). Only the 3-D camera is read from and written to the
window's surface view, when there is one.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication

from critexplorer.core.presets import get_preset
from critexplorer.files.session import (
    DISPLAY_FIELDS,
    Camera,
    SavedBasins,
    SavedRun,
    Session,
    SessionError,
    session_runs,
    session_slice,
)
from critexplorer.files.session_slice import SavedSlice


def capture_runs(model) -> list[SavedRun]:
    return [(run.spec, run.trail.points.copy()) for run in model.runs.runs]


def capture_camera(window) -> Camera | None:
    surface = getattr(window, "surface_view", None) if window is not None else None
    if surface is None or surface.camera_follows:
        return None  # a camera that frames the box is framed again for whichever pane opens the file
    opts = surface.gl_widget.opts
    center = opts.get("center")
    return Camera(
        distance=float(opts["distance"]),
        elevation=float(opts["elevation"]),
        azimuth=float(opts["azimuth"]),
        fov=float(opts.get("fov", 60.0)),
        center=(float(center.x()), float(center.y()), float(center.z()))
        if center is not None
        else (0.0, 0.0, 0.0),
    )


def capture_basins(window) -> SavedBasins | None:
    """The Basins tab's shown map as settings (its spec without start, colour or label), or None."""
    panel = getattr(window, "basin_panel", None) if window is not None else None
    settings = None if panel is None else panel.saved_settings()
    if settings is None:
        return None
    spec, grid, compare = settings
    return SavedBasins(spec.with_changes(start=(0.0, 0.0), label=""), grid, compare)


def capture_session(model, window=None) -> Session:
    """The Session of what the model shows now (the camera from `window`'s 3-D view, if given);
    SessionError if nothing is shown yet."""
    landscape = model.landscape
    if landscape is None:
        raise SessionError(
            QCoreApplication.translate("Sessions", "there is nothing to save yet: apply a formula first")
        )
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
        runs=capture_runs(model),
        camera=capture_camera(window),
        basins=capture_basins(window),
        display={
            **{k: v for k, v in dataclasses.asdict(model.display).items() if k in DISPLAY_FIELDS},
            "show_critical": model.atlas is not None,
        },
        slice=None if model.slice is None else SavedSlice.of(model.slice),
        lesson=_lesson_place(window),
    )


def _lesson_place(window):
    player = getattr(window, "lesson_player", None) if window is not None else None
    return None if player is None else player.place()


def restore_session(session: Session, model, window=None) -> None:
    """Show a validated session in the model (the camera in `window`'s 3-D view, if given).

    All or nothing: everything that can still fail — the formula on its variables and parameters, each
    run on the loss (its trail put back as data, its first steps replayed to check it) — is done
    before anything on screen changes; on a problem, SessionError naming the field and nothing changed.
    """
    shown_slice = session_slice(session)  # made (eigenvectors and all) before anything changes
    run_loss, runs = session_runs(session, shown_slice)
    preset = get_preset(session.preset) if session.preset else None  # the reader checked the name
    errors: list = []

    def note(error):
        if error is not None:
            errors.append(error)

    landscape = None
    if shown_slice is not None and _window_allowed(model, session):
        # A network pass per grid point (0.5 s at 128²): the window's slice_landscape works off the GUI
        # thread with progress and Cancel; cancelled, nothing has changed.
        landscape = model.slice_landscape(
            shown_slice.loss, tuple(session.xlim), tuple(session.ylim), session.resolution
        )
        if landscape is None:
            raise SessionError("cancelled while computing the slice's landscape")
    model.formulaError.connect(note)
    try:
        previous_resolution = model.resolution
        model.resolution = session.resolution
        if shown_slice is not None:
            ok = _show_slice(model, shown_slice, session, landscape)
        else:
            ok = model.apply_formula(
                session.formula,
                session.params,
                session.vars,
                window=(session.xlim, session.ylim),
                preset=preset,
            )
    finally:
        model.formulaError.disconnect(note)
    if not ok:  # the window itself refused (nothing has changed)
        model.resolution = previous_resolution
        reason = errors[-1] if errors else QCoreApplication.translate("Sessions", "unknown error")
        raise SessionError(
            QCoreApplication.translate("Sessions", "its window cannot be shown: {reason}").format(
                reason=reason
            )
        )
    model.set_display(**{k: v for k, v in session.display.items() if k != "show_critical"})
    if session.selection is not None:
        model.select(session.selection)
    else:
        model.clear_selection()
    if session.display.get("show_critical"):
        model.find_critical_points()
    else:
        model.clear_atlas()
    model.runs.adopt(runs, run_loss)
    _restore_camera(session.camera, window)
    panel = getattr(window, "basin_panel", None) if window is not None else None
    if panel is not None:  # mapped again off the GUI thread, with the tab's progress bar and Cancel
        basins = session.basins
        panel.restore_settings(None if basins is None else (basins.spec, basins.grid, basins.compare))
    player = getattr(window, "lesson_player", None) if window is not None else None
    if player is not None:  # the place only: the session's own state is what the window shows
        problem = player.restore_place(session.lesson)
        if problem is not None:
            model.message.emit(problem)


def _window_allowed(model, session: Session, report: bool = False) -> bool:
    from critexplorer.core.limits import WindowError, check_axis_range

    try:
        check_axis_range(*session.xlim, QCoreApplication.translate("Sessions", "the x range"))
        check_axis_range(*session.ylim, QCoreApplication.translate("Sessions", "the y range"))
    except WindowError as error:
        if report:
            model.formulaError.emit(error)
        return False
    return True


def _show_slice(model, shown_slice, session: Session, landscape) -> bool:
    """The slice in the session's window (which may be zoomed from the slice's own)."""
    if not _window_allowed(model, session, report=True) or landscape is None:
        return False
    return model.apply_slice(
        shown_slice, landscape=landscape, window=(tuple(session.xlim), tuple(session.ylim))
    )


def _restore_camera(camera: Camera | None, window) -> None:
    surface = getattr(window, "surface_view", None) if window is not None else None
    if surface is None:
        return
    if camera is None:
        surface.reset_camera()  # saved while the camera framed the box: frame it here
        return
    import pyqtgraph as pg

    surface.keep_camera()

    widget = surface.gl_widget
    widget.setCameraPosition(distance=camera.distance, elevation=camera.elevation, azimuth=camera.azimuth)
    widget.opts["fov"] = camera.fov
    widget.opts["center"] = pg.Vector(*camera.center)
    widget.update()
