"""critexplorer critical: the atlas of every critical point and critical curve in a window."""

from __future__ import annotations

import argparse

from critexplorer.cli.arguments import add_json_argument, add_loss_arguments, resolve_loss, resolve_window
from critexplorer.cli.output import number, pair, paragraph, table, to_json
from critexplorer.cli.values import CliError
from critexplorer.core.atlas.budget import busy_words
from critexplorer.core.display_words import shown_word
from critexplorer.core.i18n import QT_TRANSLATE_NOOP, translate

EXAMPLES = QT_TRANSLATE_NOOP(
    "CLIHelp",
    """
examples:
  critexplorer critical "(x^2+y-11)^2 + (x+y^2-7)^2" --xlim -6,6 --ylim -6,6
  critexplorer critical "(1-w1*w2)^2" --json          (the valley w1*w2 = 1 is one curve)
  critexplorer critical --preset six-hump-camel        (the preset's window)
  critexplorer critical --preset rastrigin --xlim=-1.5,1.5 --ylim=-1.5,1.5 --json
""",
)


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "critical",
        help=translate("CLIHelp", "find every critical point and critical curve in a window"),
        description=paragraph(
            translate(
                "CLIHelp",
                "Find every critical point of the loss in the rectangle --xlim x --ylim, refine "
                "and classify each one, and report valleys or ridges of critical points as curves.",
            )
        ),
        epilog=translate("CLIHelp", EXAMPLES),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_loss_arguments(parser)
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
    """The atlas as text: a table of points, then one line per critical set (in the chosen language)."""
    a, b = report["vars"]
    lines = [
        f"L({a}, {b}) = {report['formula']}",
        translate("CLI", "window: {a} in [{x0}, {x1}], {b} in [{y0}, {y1}]").format(
            a=a,
            b=b,
            x0=number(report["xlim"][0]),
            x1=number(report["xlim"][1]),
            y0=number(report["ylim"][0]),
            y1=number(report["ylim"][1]),
        ),
        "",
    ]
    points, sets = report["points"], report["sets"]
    if not report["complete"]:
        return "\n".join([*lines, busy_words(report["message"])])
    # Display rounding only (the JSON keeps every digit): positions relative to the window,
    # values relative to the largest |L| reported.
    tiny_x = 1e-9 * max(report["xlim"][1] - report["xlim"][0], report["ylim"][1] - report["ylim"][0])
    values = [abs(v) for v in [p["value"] for p in points] + [s.get("value") for s in sets] if v is not None]
    tiny_l = 1e-12 * max([1.0, *values])
    # English says "1 critical point:", so one and many are two sources (one form in Chinese).
    if len(points) == 1:
        lines.append(translate("CLI", "1 critical point:"))
    else:
        count = len(points)  # a plain name: lupdate reads no call inside translate's arguments
        if count:
            lines.append(translate("CLI", "%n critical points:", None, count))
        else:
            lines.append(translate("CLI", "%n critical points", None, count))
    degenerate = translate("CLI", "{type} (degenerate)")
    rows = [
        [
            str(i),
            number(p["point"][0], zero_below=tiny_x),
            number(p["point"][1], zero_below=tiny_x),
            number(p["value"], zero_below=tiny_l),
            degenerate.format(type=shown_word(p["classification"]))
            if p["degenerate"]
            else shown_word(p["classification"]),
            number(p["eigenvalues"][0]),
            number(p["eigenvalues"][1]),
        ]
        for i, p in enumerate(points, 1)
    ]
    if rows:
        header = ["#", a, b, "L", translate("CLI", "type"), translate("CLI", "eigenvalue 1")]
        lines += table([*header, translate("CLI", "eigenvalue 2")], rows)
    if sets:
        if len(sets) == 1:
            lines += ["", translate("CLI", "1 critical set (not isolated points):")]
        else:
            count = len(sets)
            lines += ["", translate("CLI", "%n critical sets (not isolated points):", None, count)]
        for s in sets:
            samples = s["samples"]
            count = len(samples)
            level = number(s.get("value"), zero_below=tiny_l)
            if samples:
                text = translate(
                    "CLI",
                    "{kind}: {type} at L = {level}, %n samples, from {first} to {last}",
                    None,
                    count,
                )
            else:
                text = translate("CLI", "{kind}: {type} at L = {level}, %n samples", None, count)
            first, last = (pair(samples[0]), pair(samples[-1])) if samples else ("", "")
            lines.append(
                "  "
                + text.format(
                    kind=shown_word(s["kind"]),
                    type=shown_word(s["classification"]),
                    level=level,
                    first=first,
                    last=last,
                )
            )
    return "\n".join(lines)
