"""critexplorer inspect: gradient, Hessian, eigenvalues and the type of one point."""

from __future__ import annotations

import argparse
import textwrap

from critexplorer.cli.arguments import add_json_argument, add_loss_arguments, resolve_loss
from critexplorer.cli.output import labelled, matrix_rows, number, pair, to_json
from critexplorer.cli.values import parse_pair
from critexplorer.core.analysis.classify import analyze_point
from critexplorer.core.analysis.explain import classification_reason

EXAMPLES = """\
examples:
  critexplorer inspect "(1-w1*w2)^2" --at 0,0
  critexplorer inspect "x^2 - y^2" --at=-1.5,2 --json
  critexplorer inspect "a*x^2 + y^2" --param a=3 --at 1,-1
  critexplorer inspect --preset himmelblau --at 3,2
"""


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "inspect",
        help="analyze one point: gradient, Hessian, eigenvalues, type, escape directions",
        description=textwrap.fill(
            "Analyze the loss at one point: value, gradient, Hessian, its eigenvalues and "
            "unit eigenvectors, whether the point is critical and of which type, and the "
            "directions that escape a saddle.",
            90,
        ),
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_loss_arguments(parser)
    parser.add_argument(
        "--at",
        required=True,
        metavar="X,Y",
        help="the point; negative numbers work as --at=-1.5,2 and --at -1.5,2",
    )
    add_json_argument(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    resolved = resolve_loss(args)
    loss = resolved.loss
    point = parse_pair(args.at, "--at", ("X", "Y"))
    # A point where L is undefined (log of a negative, overflow) is a valid question: the report
    # says so with finite=false and nulls, rather than failing.
    analysis = analyze_point(loss, point)
    report = analysis.to_dict(loss.vars, resolved.formula)
    if args.json:
        print(to_json(report))
    else:  # the lecture's reason, in --lang's language (JSON stays the same in every language)
        print(describe(report) + "\n" + labelled("reason", classification_reason(analysis)))
    return 0


def describe(report: dict) -> str:
    """The inspect report as aligned text for a person."""
    a, b = report["vars"]
    eigenvalues, vectors = report["eigenvalues"], report["eigenvectors"]
    hessian = matrix_rows(report["hessian"])
    lines = [
        labelled("loss", f"L({a}, {b}) = {report['formula']}"),
        labelled("point", f"({a}, {b}) = {pair(report['point'])}"),
        labelled("value", number(report["value"])),
        labelled("gradient", f"{pair(report['gradient'])}    |g| = {number(report['gradient_norm'])}"),
        labelled("Hessian", hessian[0]),
        labelled("", hessian[1]),
        labelled("eigenvalues", f"{number(eigenvalues[0])}, {number(eigenvalues[1])}   (ascending)"),
        labelled("eigenvectors", f"{pair(vectors[0])}, {pair(vectors[1])}   (unit, same order)"),
        labelled("type", _type_text(report)),
    ]
    if report.get("higher_order"):
        lines.append(labelled("", report["higher_order"]))
    for direction, eigenvalue in _escapes(report):
        lines.append(
            labelled(
                "escape",
                f"along +/-{pair(direction)}: a step t changes L by about {number(0.5 * eigenvalue)}*t^2",
            )
        )
    return "\n".join(lines)


def _type_text(report: dict) -> str:
    classification = report["classification"]
    if not report.get("finite", True):
        return "undefined: L or its derivatives are not finite here"
    if classification == "not_critical":
        return "not a critical point (the gradient is not zero)"
    text = f"{classification} (critical point"
    return text + (", degenerate: an eigenvalue is about zero)" if report["degenerate"] else ")")


def _escapes(report: dict) -> list[tuple[list[float], float]]:
    """Pair each escape direction with its eigenvalue (the eigenvector it equals)."""
    out = []
    for direction in report["escape_directions"]:
        for vector, eigenvalue in zip(report["eigenvectors"], report["eigenvalues"], strict=True):
            if vector == direction and eigenvalue is not None:
                out.append((direction, eigenvalue))
                break
    return out
