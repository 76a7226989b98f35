"""critexplorer critical: the atlas of every critical point and critical curve in a window."""

from __future__ import annotations

import argparse
import textwrap

from critexplorer.cli.arguments import add_json_argument, add_loss_arguments, resolve_loss, resolve_window
from critexplorer.cli.output import number, pair, table, to_json
from critexplorer.cli.values import CliError

EXAMPLES = """\
examples:
  critexplorer critical "(x^2+y-11)^2 + (x+y^2-7)^2" --xlim -6,6 --ylim -6,6
  critexplorer critical "(1-w1*w2)^2" --json          (the valley w1*w2 = 1 is one curve)
  critexplorer critical --preset six-hump-camel        (the preset's window)
  critexplorer critical --preset rastrigin --xlim=-1.5,1.5 --ylim=-1.5,1.5 --json
"""


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "critical",
        help="find every critical point and critical curve in a window",
        description=textwrap.fill(
            "Find every critical point of the loss in the rectangle --xlim x --ylim, refine "
            "and classify each one, and report valleys or ridges of critical points as curves.",
            90,
        ),
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_loss_arguments(parser)
    parser.add_argument(
        "--xlim", metavar="A,B", help="range of the first variable (default: the preset's window, else -2,2)"
    )
    parser.add_argument(
        "--ylim", metavar="C,D", help="range of the second variable (default: the preset's window, else -2,2)"
    )
    add_json_argument(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    resolved = resolve_loss(args)
    xlim, ylim = resolve_window(args, resolved.preset, resolved.window)
    # Imported on use: the atlas modules are only needed by this command.
    from critexplorer.core.atlas.find import AtlasError, find_critical_points

    try:
        atlas = find_critical_points(resolved.loss, xlim, ylim)
    except AtlasError as error:
        raise CliError(str(error)) from None
    report = atlas.to_dict()
    # Context after the contract's keys: which loss and which window this atlas is of.
    for key, value in (
        ("formula", resolved.formula),
        ("vars", list(resolved.loss.vars)),
        ("xlim", list(xlim)),
        ("ylim", list(ylim)),
    ):
        report.setdefault(key, value)
    print(to_json(report) if args.json else describe(report))
    return 0


def describe(report: dict) -> str:
    """The atlas as text: a table of points, then one line per critical set."""
    a, b = report["vars"]
    lines = [
        f"L({a}, {b}) = {report['formula']}",
        f"window: {a} in [{number(report['xlim'][0])}, {number(report['xlim'][1])}], "
        f"{b} in [{number(report['ylim'][0])}, {number(report['ylim'][1])}]",
        "",
    ]
    points, sets = report["points"], report["sets"]
    if not report["complete"]:
        return "\n".join([*lines, report["message"]])
    # Display rounding only (the JSON keeps every digit): positions relative to the window,
    # values relative to the largest |L| reported.
    tiny_x = 1e-9 * max(report["xlim"][1] - report["xlim"][0], report["ylim"][1] - report["ylim"][0])
    values = [abs(v) for v in [p["value"] for p in points] + [s.get("value") for s in sets] if v is not None]
    tiny_l = 1e-12 * max([1.0, *values])
    lines.append(f"{len(points)} critical point{'' if len(points) == 1 else 's'}" + (":" if points else ""))
    rows = [
        [
            str(i),
            number(p["point"][0], zero_below=tiny_x),
            number(p["point"][1], zero_below=tiny_x),
            number(p["value"], zero_below=tiny_l),
            p["classification"] + (" (degenerate)" if p["degenerate"] else ""),
            number(p["eigenvalues"][0]),
            number(p["eigenvalues"][1]),
        ]
        for i, p in enumerate(points, 1)
    ]
    if rows:
        lines += table(["#", a, b, "L", "type", "eigenvalue 1", "eigenvalue 2"], rows)
    if sets:
        lines += ["", f"{len(sets)} critical set{'' if len(sets) == 1 else 's'} (not isolated points):"]
        for s in sets:
            samples = s["samples"]
            ends = f", from {pair(samples[0])} to {pair(samples[-1])}" if samples else ""
            level = number(s.get("value"), zero_below=tiny_l)
            lines.append(f"  {s['kind']}: {s['classification']} at L = {level}, {len(samples)} samples{ends}")
    return "\n".join(lines)
