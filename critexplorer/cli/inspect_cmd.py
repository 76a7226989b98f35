"""critexplorer inspect: gradient, Hessian, eigenvalues and the type of one point."""

from __future__ import annotations

import argparse

from critexplorer.cli.arguments import add_json_argument, add_loss_arguments, resolve_loss
from critexplorer.cli.output import labelled, matrix_rows, number, pair, paragraph, to_json
from critexplorer.cli.values import parse_pair
from critexplorer.core.analysis.classify import analyze_point
from critexplorer.core.analysis.explain import classification_reason, higher_order_words
from critexplorer.core.display_words import shown_word
from critexplorer.core.i18n import QT_TRANSLATE_NOOP, translate

EXAMPLES = QT_TRANSLATE_NOOP(
    "CLIHelp",
    """
examples:
  critexplorer inspect "(1-w1*w2)^2" --at 0,0
  critexplorer inspect "x^2 - y^2" --at=-1.5,2 --json
  critexplorer inspect "a*x^2 + y^2" --param a=3 --at 1,-1
  critexplorer inspect --preset himmelblau --at 3,2
""",
)


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "inspect",
        help=translate(
            "CLIHelp", "analyze one point: gradient, Hessian, eigenvalues, type, escape directions"
        ),
        description=paragraph(
            translate(
                "CLIHelp",
                "Analyze the loss at one point: value, gradient, Hessian, its eigenvalues and "
                "unit eigenvectors, whether the point is critical and of which type, and the "
                "directions that escape a saddle.",
            )
        ),
        epilog=translate("CLIHelp", EXAMPLES),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_loss_arguments(parser)
    parser.add_argument(
        "--at",
        required=True,
        metavar="X,Y",
        help=translate("CLIHelp", "the point; negative numbers work as --at=-1.5,2 and --at -1.5,2"),
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
        reason = labelled(translate("CLI", "reason"), classification_reason(analysis))
        print(describe(report, higher_order_words(analysis.higher_order)) + "\n" + reason)
    return 0


def describe(report: dict, higher_order: str | None = None) -> str:
    """The inspect report as aligned text for a person, in the chosen language; `higher_order` is the
    higher-order test's sentence in that language (the report's English one by default)."""
    a, b = report["vars"]
    eigenvalues, vectors = report["eigenvalues"], report["eigenvectors"]
    hessian = matrix_rows(report["hessian"])
    lines = [
        labelled(translate("CLI", "loss"), f"L({a}, {b}) = {report['formula']}"),
        labelled(translate("CLI", "point"), f"({a}, {b}) = {pair(report['point'])}"),
        labelled(translate("CLI", "value"), number(report["value"])),
        labelled(
            translate("CLI", "gradient"),
            f"{pair(report['gradient'])}    |g| = {number(report['gradient_norm'])}",
        ),
        labelled(translate("CLI", "Hessian"), hessian[0]),
        labelled("", hessian[1]),
        labelled(
            translate("CLI", "eigenvalues"),
            translate("CLI", "{first}, {second}   (ascending)").format(
                first=number(eigenvalues[0]), second=number(eigenvalues[1])
            ),
        ),
        labelled(
            translate("CLI", "eigenvectors"),
            translate("CLI", "{first}, {second}   (unit, same order)").format(
                first=pair(vectors[0]), second=pair(vectors[1])
            ),
        ),
        labelled(translate("CLI", "type"), _type_text(report)),
    ]
    if report.get("higher_order"):
        lines.append(labelled("", higher_order or report["higher_order"]))
    for direction, eigenvalue in _escapes(report):
        lines.append(
            labelled(
                translate("CLI", "escape"),
                translate("CLI", "along +/-{direction}: a step t changes L by about {change}*t^2").format(
                    direction=pair(direction), change=number(0.5 * eigenvalue)
                ),
            )
        )
    return "\n".join(lines)


def _type_text(report: dict) -> str:
    classification = report["classification"]
    if not report.get("finite", True):
        return translate("CLI", "undefined: L or its derivatives are not finite here")
    if classification == "not_critical":
        return translate("CLI", "not a critical point (the gradient is not zero)")
    if report["degenerate"]:
        text = translate("CLI", "{type} (critical point, degenerate: an eigenvalue is about zero)")
    else:
        text = translate("CLI", "{type} (critical point)")
    return text.format(type=shown_word(classification))


def _escapes(report: dict) -> list[tuple[list[float], float]]:
    """Pair each escape direction with its eigenvalue (the eigenvector it equals)."""
    out = []
    for direction in report["escape_directions"]:
        for vector, eigenvalue in zip(report["eigenvectors"], report["eigenvalues"], strict=True):
            if vector == direction and eigenvalue is not None:
                out.append((direction, eigenvalue))
                break
    return out
