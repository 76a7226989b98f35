"""The options that say how an optimizer runs, shared by `run` and `basins`: --optimizer, --lr,
--momentum, --hp, --schedule and --seed, and their parsing into hyperparameters and a schedule."""

from __future__ import annotations

import argparse

from critexplorer.cli.values import parse_assignment_list, parse_number, parse_whole
from critexplorer.core.i18n import translate
from critexplorer.core.optimizers.registry import optimizer_spec
from critexplorer.core.optimizers.schedules import Schedule
from critexplorer.core.runs import MAX_SEED


def add_optimizer_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--optimizer", default="gd", metavar="NAME", help=translate("CLIHelp", "the optimizer (default: gd)")
    )


def add_hyperparameter_arguments(parser: argparse.ArgumentParser) -> None:
    """--lr, --momentum, --hp and --schedule."""
    parser.add_argument(
        "--lr", metavar="ETA", help=translate("CLIHelp", "learning rate (default: the optimizer's own)")
    )
    parser.add_argument(
        "--momentum", metavar="MU", help=translate("CLIHelp", "momentum, for momentum and nesterov")
    )
    parser.add_argument(
        "--hp",
        action="append",
        metavar="NAME=VALUE",
        help=translate("CLIHelp", "any other hyperparameter of the optimizer; repeat for more"),
    )
    parser.add_argument(
        "--schedule",
        metavar="NAME[:K=V,...]",
        default="constant",
        help=translate("CLIHelp", "learning-rate schedule (default: constant)"),
    )


def add_seed_argument(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--seed", default="0", metavar="S", help=help_text)


def parse_seed(args: argparse.Namespace) -> int:
    return parse_whole(args.seed, "--seed", 0, MAX_SEED)


def hyperparameters_from_args(args: argparse.Namespace, notes: list[str]) -> dict[str, float]:
    """--hp, --lr and --momentum as hyperparameter values (a note when --momentum does not apply)."""
    names = {h.name for h in optimizer_spec(args.optimizer).hyperparams}
    values = parse_assignment_list(args.hp, "--hp", "--hp beta2=0.99")
    if args.lr is not None:
        values["lr"] = parse_number(args.lr, "--lr")
    if args.momentum is not None:
        if "momentum" in names:
            values["momentum"] = parse_number(args.momentum, "--momentum")
        else:
            notes.append(
                translate("CLI", "--momentum does not apply to {optimizer}; ignored").format(
                    optimizer=args.optimizer
                )
            )
    return values


def schedule_from_text(text: str) -> Schedule:
    """'NAME' or 'NAME:key=value,...', e.g. 'step:every=50,factor=0.5'."""
    name, _, rest = text.partition(":")
    values = parse_assignment_list([rest], "--schedule", "--schedule step:every=50,factor=0.5")
    return Schedule.make(name.strip(), values)
