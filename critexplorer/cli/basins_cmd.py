"""critexplorer basins: the basin map of an optimizer — where it ends from every cell of a grid."""

from __future__ import annotations

import argparse
import sys

from critexplorer.cli.arguments import add_loss_arguments, resolve_loss, resolve_window
from critexplorer.cli.output import labelled, number, pad, pair, paragraph, to_json
from critexplorer.cli.run_options import (
    add_hyperparameter_arguments,
    add_optimizer_arguments,
    add_seed_argument,
    hyperparameters_from_args,
    parse_seed,
    schedule_from_text,
)
from critexplorer.cli.values import CliError, option_error, parse_whole
from critexplorer.core.data import DataError
from critexplorer.core.display_words import shown_word
from critexplorer.core.i18n import QT_TRANSLATE_NOOP, translate
from critexplorer.core.limits import DEFAULT_BASIN_GRID, DEFAULT_BASIN_STEPS, MAX_BASIN_GRID, MIN_BASIN_GRID
from critexplorer.core.limits import MAX_STEP_LIMIT as MAX_STEPS
from critexplorer.core.optimizers.hyperparams import OptimizerError
from critexplorer.core.runs import RunSpec, loss_for_runs
from critexplorer.files.atomic_write import describe_os_error, write_atomically

PNG_MIN_SIDE = 512  # a small map is scaled up (each cell a square of pixels) to at least this

EXAMPLES = QT_TRANSLATE_NOOP(
    "CLIHelp",
    """
examples:
  critexplorer basins --preset himmelblau --optimizer newton --grid 128 --steps 200
  critexplorer basins --preset himmelblau --optimizer saddle-free-newton --json
  critexplorer basins "(1-w1*w2)^2" --optimizer gd --lr 0.05 --grid 64 --png lecture-gd.png
  critexplorer basins --preset himmelblau --optimizer adam --lr 0.1 --xlim=-1,5 --ylim=-3,3

labels: row 0 is the lowest y, column 0 the lowest x; >= 0 an attractor id, -1 moving, -2 diverged.
""",
)


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "basins",
        help=translate(
            "CLIHelp", "basin map: where an optimizer ends from every cell of a grid over the window"
        ),
        description=paragraph(
            translate(
                "CLIHelp",
                "Run the optimizer from the centre of every cell of a grid over the window, each until "
                "it settles, diverges or reaches the step limit, and label each start by the critical "
                "point (or critical curve) of the window's atlas it ended at, or as moving or diverged. "
                "Prints the fraction of starts ending at each type of point.",
            )
        ),
        epilog=translate("CLIHelp", EXAMPLES),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_loss_arguments(parser)
    add_optimizer_arguments(parser)
    add_hyperparameter_arguments(parser)
    parser.add_argument(
        "--grid",
        default=str(DEFAULT_BASIN_GRID),
        metavar="N",
        help=translate("CLIHelp", "N x N starts (default: {default}, at most {most})").format(
            default=DEFAULT_BASIN_GRID, most=MAX_BASIN_GRID
        ),
    )
    parser.add_argument(
        "--steps",
        default=str(DEFAULT_BASIN_STEPS),
        metavar="N",
        help=translate("CLIHelp", "the step limit of each start (default: {default})").format(
            default=DEFAULT_BASIN_STEPS
        ),
    )
    parser.add_argument(
        "--xlim",
        metavar="A,B",
        help=translate("CLIHelp", "range of the first variable (default: the preset's window, else -2,2)"),
    )
    parser.add_argument(
        "--ylim",
        metavar="C,D",
        help=translate("CLIHelp", "range of the second variable (default: the preset's window, else -2,2)"),
    )
    add_seed_argument(
        parser,
        translate(
            "CLIHelp", "seed of the noise and shuffling; the start of cell i uses seed + i (default: 0)"
        ),
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument(
        "--json",
        action="store_true",
        help=translate("CLIHelp", "print JSON only (non-finite numbers as null)"),
    )
    output.add_argument(
        "--png", metavar="FILE", help=translate("CLIHelp", "also draw the map as a PNG picture")
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    resolved = resolve_loss(args)
    xlim, ylim = resolve_window(args, resolved.preset)
    grid = parse_whole(args.grid, "--grid", MIN_BASIN_GRID, MAX_BASIN_GRID)
    steps = parse_whole(args.steps, "--steps", 0, MAX_STEPS)
    seed = parse_seed(args)
    notes: list[str] = []
    try:
        loss = loss_for_runs(resolved.loss, resolved.preset)
        spec = RunSpec(
            args.optimizer,
            (0.0, 0.0),
            hyperparameters_from_args(args, notes),
            schedule_from_text(args.schedule),
            max_steps=steps,
            seed=seed,
        )
    except (OptimizerError, DataError) as error:
        raise CliError(str(error)) from None
    # Imported on use: only this command needs the atlas and the map.
    from critexplorer.core.atlas.find import AtlasError, find_critical_points
    from critexplorer.core.basins.basin_map import BasinError, compute_basin_map

    try:
        atlas = find_critical_points(resolved.loss, xlim, ylim)
        basin_map = compute_basin_map(loss, spec, xlim, ylim, grid, atlas=atlas)
    except (AtlasError, BasinError, DataError) as error:
        raise CliError(str(error)) from None
    for note in notes:
        print(
            translate("CLI", "{prog}: note: {note}").format(prog="critexplorer basins", note=note),
            file=sys.stderr,
        )
    report = basins_report(basin_map)
    report.update(formula=resolved.formula, vars=list(resolved.loss.vars))
    if args.png is not None:
        _write_png(basin_map, args.png)
    print(to_json(report) if args.json else describe(report))
    return 0


def basins_report(basin_map) -> dict:
    """The JSON contract of `critexplorer basins`, then context (schedule, seed, median steps)."""
    spec = basin_map.spec
    by_id = basin_map.attractor_fractions
    return {
        "optimizer": spec.optimizer,
        "hyperparams": dict(spec.hyperparams),
        "grid": basin_map.grid,
        "xlim": list(basin_map.xlim),
        "ylim": list(basin_map.ylim),
        "steps": spec.max_steps,
        "attractors": [a.to_dict() for a in basin_map.attractors],
        "labels": basin_map.labels.tolist(),
        "fractions": basin_map.fractions,
        "attractor_fractions": [by_id[a.id] for a in basin_map.attractors],
        "median_steps": basin_map.median_steps,
        "schedule": spec.schedule.to_dict(),
        "seed": spec.seed,
    }


def _write_png(basin_map, path: str) -> None:
    from critexplorer.files.basin_png import basin_png

    try:
        write_atomically(path, basin_png(basin_map, PNG_MIN_SIDE))
    except OSError as error:
        raise option_error("--png", describe_os_error(error, path)) from None


def describe(report: dict) -> str:
    """The map as text for a person: settings, the fractions by type and by attractor."""
    a, b = report["vars"]
    settings = ", ".join(f"{k}={number(v)}" for k, v in report["hyperparams"].items())
    grid = report["grid"]
    lines = [
        labelled(translate("CLI", "loss"), f"L({a}, {b}) = {report['formula']}"),
        labelled(translate("CLI", "optimizer"), f"{report['optimizer']} ({settings})"),
        labelled(
            translate("CLI", "starts"),
            translate("CLI", "{grid} x {grid} cell centres over {a} in {xlim}, {b} in {ylim}").format(
                grid=grid, a=a, b=b, xlim=pair(report["xlim"]), ylim=pair(report["ylim"])
            ),
        ),
        labelled(
            translate("CLI", "step limit"),
            translate("CLI", "{steps} (median steps taken: {median})").format(
                steps=report["steps"], median=number(report["median_steps"])
            ),
        ),
        translate("CLI", "fractions of the starts:"),
    ]
    for kind, fraction in report["fractions"].items():
        lines.append(f"  {pad(shown_word(kind), 10)}{100 * fraction:8.2f} %")
    lines.append(translate("CLI", "attractors (id, type, point, fraction):"))
    for attractor, fraction in zip(report["attractors"], report["attractor_fractions"], strict=True):
        lines.append(
            f"  {attractor['id']:>3}  {pad(shown_word(attractor['classification']), 9)} "
            f"{pair(attractor['point']):<28}{100 * fraction:8.2f} %"
        )
    return "\n".join(lines)
