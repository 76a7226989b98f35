"""critexplorer presets: the built-in losses with their windows."""

from __future__ import annotations

import argparse

from critexplorer.cli.arguments import add_json_argument
from critexplorer.cli.output import number, paragraph, to_json
from critexplorer.core.i18n import QT_TRANSLATE_NOOP, translate
from critexplorer.core.presets import Preset, get_preset, load_presets

EXAMPLES = QT_TRANSLATE_NOOP(
    "CLIHelp",
    """
examples:
  critexplorer presets
  critexplorer presets --json
  critexplorer presets --preset rosenbrock
""",
)


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "presets",
        help=translate("CLIHelp", "list the built-in losses"),
        description=paragraph(
            translate(
                "CLIHelp",
                "List the built-in losses: name, formula, variables, view window and description. "
                "Use a name with --preset NAME in any command.",
            )
        ),
        epilog=translate("CLIHelp", EXAMPLES),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--preset", metavar="NAME", help=translate("CLIHelp", "show only this preset"))
    add_json_argument(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    presets = [get_preset(args.preset)] if args.preset is not None else load_presets()
    if args.json:
        print(to_json([p.to_dict() for p in presets]))
    else:
        print("\n\n".join(describe(p) for p in presets))
    return 0


def describe(preset: Preset) -> str:
    """Three lines: name and formula, the window, the description."""
    a, b = preset.vars
    window = translate("CLI", "{a} in [{x0}, {x1}], {b} in [{y0}, {y1}]").format(
        a=a,
        b=b,
        x0=number(preset.xlim[0]),
        x1=number(preset.xlim[1]),
        y0=number(preset.ylim[0]),
        y1=number(preset.ylim[1]),
    )
    params = ", ".join(f"{k}={number(v)}" for k, v in preset.params.items())
    width = 18
    formula = f"L({a}, {b}) = {preset.formula}" + (
        translate("CLI", "   with {params}").format(params=params) if params else ""
    )
    lines = [
        f"{preset.name:<{width}}{formula}",
        " " * width + window,
        " " * width + preset.shown_description(),
    ]
    return "\n".join(lines)
