"""critexplorer run: one optimizer from one start, its trajectory, its outcome and its final point."""

from __future__ import annotations

import argparse
import sys

from critexplorer.cli.arguments import add_loss_arguments, resolve_loss
from critexplorer.cli.output import labelled, number, pad, pair, paragraph, to_json
from critexplorer.cli.run_options import (
    add_hyperparameter_arguments,
    add_optimizer_arguments,
    add_seed_argument,
    hyperparameters_from_args,
    parse_seed,
    schedule_from_text,
)
from critexplorer.cli.values import CliError, option_error, parse_pair, parse_whole
from critexplorer.core.data import DataError, DataLoss
from critexplorer.core.display_words import shown_word
from critexplorer.core.i18n import QT_TRANSLATE_NOOP, translate
from critexplorer.core.limits import DEFAULT_CLI_STEPS as DEFAULT_STEPS
from critexplorer.core.limits import MAX_STEP_LIMIT as MAX_STEPS
from critexplorer.core.optimizers.hyperparams import OptimizerError
from critexplorer.core.optimizers.registry import optimizer_names, optimizer_spec, optimizer_specs
from critexplorer.core.optimizers.schedules import SCHEDULES
from critexplorer.core.run_axis import RUN_AXES, axis_values, run_sampling
from critexplorer.core.runs import Bounds, Run, RunSpec, loss_for_runs
from critexplorer.core.stop_reasons import shown_stop_reason
from critexplorer.files.atomic_write import describe_os_error, write_atomically
from critexplorer.files.trajectory_csv import trajectories_csv

TRAJECTORY_ROWS_SHOWN = 5  # text output: this many rows from each end of the trajectory
AXIS_WORDS = {"epoch": QT_TRANSLATE_NOOP("CLI", "epoch"), "samples": QT_TRANSLATE_NOOP("CLI", "samples seen")}

EXAMPLES = QT_TRANSLATE_NOOP(
    "CLIHelp",
    """
examples:
  critexplorer run "(1-w1*w2)^2" --optimizer gd --start 0,0 --steps 50
  critexplorer run "(1-w1*w2)^2" --optimizer eigen-escape --start 0,0 --steps 300 --json
  critexplorer run --preset himmelblau --optimizer newton --start=-0.2,-1.9 --steps 20
  critexplorer run --preset himmelblau --optimizer adam --start -4,4 --lr 0.1 --csv trail.csv
  critexplorer run --preset chain-data --optimizer sgd --start 0.3,-0.5 --batch-size 2 --seed 7
  critexplorer run --preset chain-data --optimizer sgd --start 0.3,-0.5 --batch-size 4 --x-axis epoch --csv -
  critexplorer run "x^2 + 10*y^2" --optimizer gd --start 2,1 --lr 0.05 --schedule cosine:period=200

optimizers: {optimizers}
schedules:  {schedules} (NAME:key=value,... e.g. step:every=50,factor=0.5)
other hyperparameters: --hp NAME=VALUE, e.g. --hp beta2=0.99 or --hp damping=0.1
  (critexplorer run --list shows every optimizer with its hyperparameters and defaults)
""",
)


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "run",
        help=translate(
            "CLIHelp", "run an optimizer from a start point: trajectory, outcome label and final point"
        ),
        description=paragraph(
            translate(
                "CLIHelp",
                "Run an optimizer on the loss from a start point for a number of steps. Prints the "
                "trajectory (the start first), the outcome (minimum, saddle, maximum, moving or diverged) "
                "and the analysis of the final point (the same fields as inspect). On data-backed presets "
                "(chain-data, linear-regression, logistic-regression, plateau) sgd uses shuffled "
                "mini-batches; on a formula it is gradient descent with exact gradients.",
            )
        ),
        epilog=translate("CLIHelp", EXAMPLES).format(
            optimizers=", ".join(optimizer_names()), schedules=", ".join(SCHEDULES)
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_loss_arguments(parser)
    add_optimizer_arguments(parser)
    parser.add_argument(
        "--start",
        metavar="X,Y",
        help=translate("CLIHelp", "the start point; negative numbers work as --start=-1,2 and --start -1,2"),
    )
    parser.add_argument(
        "--steps",
        default=str(DEFAULT_STEPS),
        metavar="N",
        help=translate(
            "CLIHelp",
            "the step limit (default: {default}, at most {most}); a run stops earlier once it diverges "
            "or settles",
        ).format(default=DEFAULT_STEPS, most=MAX_STEPS),
    )
    add_hyperparameter_arguments(parser)
    parser.add_argument(
        "--batch-size", metavar="B", help=translate("CLIHelp", "mini-batch size on a data-backed preset")
    )
    add_seed_argument(
        parser, translate("CLIHelp", "seed of the shuffling and noise (default: 0); same seed, same run")
    )
    parser.add_argument(
        "--x-axis",
        choices=RUN_AXES,
        default="step",
        help=translate(
            "CLIHelp",
            "what each trajectory row also counts: epoch (samples seen / N) or samples (seen so far), "
            "on a data-backed preset; a column after step in --csv, x_axis in --json (default: step)",
        ),
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument(
        "--json",
        action="store_true",
        help=translate("CLIHelp", "print JSON only (non-finite numbers as null)"),
    )
    output.add_argument(
        "--csv",
        metavar="FILE",
        help=translate("CLIHelp", "write run,optimizer,step,X,Y,loss rows to FILE ('-' for stdout)"),
    )
    parser.add_argument(
        "--list",
        action="store_true",
        help=translate("CLIHelp", "list the optimizers and their hyperparameters"),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.list:
        print(to_json([spec.to_dict() for spec in optimizer_specs()]) if args.json else describe_optimizers())
        return 0
    resolved = resolve_loss(args)
    try:
        loss = loss_for_runs(resolved.loss, resolved.preset)
    except DataError as error:
        raise CliError(str(error)) from None
    if args.start is None:
        raise CliError(translate("CLI", "--start X,Y is required (e.g. --start=-1,2)"))
    start = parse_pair(args.start, "--start", ("X", "Y"))
    steps = parse_whole(args.steps, "--steps", 0, MAX_STEPS)
    seed = parse_seed(args)
    batch_size = parse_whole(args.batch_size, "--batch-size", 1, MAX_STEPS) if args.batch_size else None
    notes = []
    if batch_size is not None and not isinstance(loss, DataLoss):
        notes.append("--batch-size applies to data-backed presets only; this loss has exact gradients")
        batch_size = None
    try:
        spec = RunSpec(
            args.optimizer,
            start,
            hyperparameters_from_args(args, notes),
            schedule_from_text(args.schedule),
            max_steps=steps,
            batch_size=batch_size,
            seed=seed,
        )
        window = (resolved.preset.xlim, resolved.preset.ylim) if resolved.preset else (None, None)
        window = resolved.window or window
        the_run = Run(loss, spec, Bounds.around(start, *window))
    except (OptimizerError, DataError) as error:
        raise CliError(str(error)) from None
    sampling = run_sampling(the_run)
    if args.x_axis != "step" and sampling is None:
        raise CliError(
            translate(
                "CLI", "--x-axis {axis} needs a data-backed preset (a loss with samples); this loss has none"
            ).format(axis=args.x_axis)
        )
    the_run.run_to_end()
    for note in notes:
        print(
            translate("CLI", "{prog}: note: {note}").format(prog="critexplorer run", note=note),
            file=sys.stderr,
        )
    report = {
        **the_run.to_dict(),
        "formula": resolved.formula,
        "vars": list(loss.vars),
        "start": list(start),
        "final": the_run.final.to_dict(loss.vars, resolved.formula),
    }
    if args.x_axis != "step":
        report["x_axis"] = {
            "axis": args.x_axis,
            "samples": sampling.sample_count,
            "batch_size": sampling.batch_size,
            "updates_per_epoch": sampling.updates_per_epoch,
            "values": axis_values(args.x_axis, len(the_run.trail), sampling).tolist(),
        }
    if args.csv is not None:
        _write_csv(the_run, loss.vars, args.csv, args.x_axis)
        if args.csv != "-":
            print(describe(report))
    else:
        print(to_json(report) if args.json else describe(report))
    return 0


def _write_csv(the_run: Run, variable_names, path: str, x_axis: str = "step") -> None:
    text = trajectories_csv([the_run], variable_names, x_axis)
    if path == "-":
        sys.stdout.write(text)
        return
    try:
        write_atomically(path, text.encode("utf-8"))
    except OSError as error:
        raise option_error("--csv", describe_os_error(error, path)) from None


def describe(report: dict) -> str:
    """The run as text for a person: settings, outcome, final point, the ends of the trajectory."""
    a, b = report["vars"]
    final = report["final"]
    settings = ", ".join(f"{k}={number(v)}" for k, v in report["hyperparams"].items())
    lines = [
        labelled(translate("CLI", "loss"), f"L({a}, {b}) = {report['formula']}"),
        labelled(translate("CLI", "optimizer"), f"{report['optimizer']} ({settings})"),
    ]
    if report["schedule"]["name"] != "constant":
        values = ", ".join(f"{k}={number(v)}" for k, v in report["schedule"]["values"].items())
        lines.append(labelled(translate("CLI", "schedule"), f"{report['schedule']['name']} ({values})"))
    if report["batch_size"] is not None:
        batches = translate("CLI", "{size} samples, seed {seed}").format(
            size=report["batch_size"], seed=report["seed"]
        )
        lines.append(labelled(translate("CLI", "mini-batches"), batches))
    reason = shown_stop_reason(report["stop_reason"])
    lines += [
        labelled(translate("CLI", "start"), f"({a}, {b}) = {pair(report['start'])}"),
        labelled(
            translate("CLI", "steps"),
            translate("CLI", "{steps} ({reason})").format(steps=report["steps"], reason=reason),
        ),
        labelled(translate("CLI", "outcome"), shown_word(report["outcome"])),
        labelled(translate("CLI", "final point"), f"({a}, {b}) = {pair(final['point'])}"),
        labelled(translate("CLI", "final loss"), number(final["value"])),
        labelled(translate("CLI", "final |g|"), number(final["gradient_norm"])),
        labelled(translate("CLI", "final type"), shown_word(final["classification"])),
    ]
    along = report.get("x_axis")
    if along is None:
        lines.append(translate("CLI", "trajectory (step, {a}, {b}, loss):").format(a=a, b=b))
        rows = [(step, point) for step, point in enumerate(report["trajectory"])]
    else:
        epochs = translate("CLI", "{updates} updates per epoch ({samples} samples, batch {batch})").format(
            updates=along["updates_per_epoch"], samples=along["samples"], batch=along["batch_size"]
        )
        lines.append(labelled(translate("CLI", "epochs"), epochs))
        axis = translate("CLI", AXIS_WORDS[along["axis"]])
        lines.append(
            translate("CLI", "trajectory (step, {axis}, {a}, {b}, loss):").format(axis=axis, a=a, b=b)
        )
        rows = [
            (step, [x, *point])
            for step, (x, point) in enumerate(zip(along["values"], report["trajectory"], strict=True))
        ]
    if len(rows) > 2 * TRAJECTORY_ROWS_SHOWN + 1:
        rows = rows[:TRAJECTORY_ROWS_SHOWN] + [None] + rows[-TRAJECTORY_ROWS_SHOWN:]
    for row in rows:
        lines.append(
            "  ..." if row is None else f"  {row[0]:>6}" + "".join(f"  {number(v):>12}" for v in row[1])
        )
    return "\n".join(lines)


def describe_optimizers() -> str:
    lines = []
    for name in optimizer_names():
        spec = optimizer_spec(name)
        lines.append(f"{name:<20}{spec.shown_label()}: {spec.shown_description()}")
        for h in spec.hyperparams:
            default = translate("CLI", "default {value}").format(value=number(h.default))
            lines.append(f"    {h.name:<14}{pad(default, 16)} {h.shown_tooltip()}")
    return "\n".join(lines)
