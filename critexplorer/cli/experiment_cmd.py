"""critexplorer experiment: many small networks trained to critical points, with their full spectra."""

from __future__ import annotations

import argparse
import sys
import time

from critexplorer.cli.output import number, paragraph, to_json
from critexplorer.cli.values import CliError, option_error, parse_whole
from critexplorer.core.i18n import QT_TRANSLATE_NOOP, translate
from critexplorer.core.limits import (
    DEFAULT_NETWORK,
    DEFAULT_NETWORK_RUNS,
    DEFAULT_NETWORK_TRAIN_STEPS,
    MAX_NETWORK_PARAMETERS,
    MAX_NETWORK_RUNS,
)

EXAMPLES = QT_TRANSLATE_NOOP(
    "CLIHelp",
    """
examples:
  critexplorer experiment                                   50 runs of 1-4-1 tanh on the regression data
  critexplorer experiment --runs 100 --jobs 2 --out results.json
  critexplorer experiment --net 1-1-1 --activation linear --no-bias --data lecture --runs 10
  critexplorer experiment --net 2-3-2 --loss cross-entropy --data moons --json
  critexplorer experiment --data my.csv --net 3-5-1          (the first 3 columns are inputs)
  critexplorer experiment --scheduler tcp://127.0.0.1:8786   (a Dask cluster: pip install '.[cluster]')
""",
)


def register(subparsers) -> None:
    from critexplorer.core.networks.datasets import BUILTIN
    from critexplorer.core.networks.network import ACTIVATIONS, LOSSES

    parser = subparsers.add_parser(
        "experiment",
        help=translate(
            "CLIHelp", "train many small networks to critical points and count their Hessians' signs"
        ),
        description=paragraph(
            translate(
                "CLIHelp",
                "Train many seeded small networks, solve grad L = 0 from where training ends "
                "(Levenberg-Marquardt, which finds saddles as readily as minima), and report every point: "
                "loss, |grad L|, whether it is critical, and all eigenvalues of the Hessian with the "
                "lecture's minimum ratio (positive / all) and Dauphin's index (negative / all).",
            )
        ),
        epilog=translate("CLIHelp", EXAMPLES)
        + "\n"
        + translate("CLIHelp", "built-in data: {names}").format(names=", ".join(BUILTIN)),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--net",
        default=DEFAULT_NETWORK,
        metavar="I-H-O",
        help=translate("CLIHelp", "layer sizes (default {default})").format(default=DEFAULT_NETWORK),
    )
    parser.add_argument(
        "--activation", default="tanh", choices=ACTIVATIONS, help=translate("CLIHelp", "hidden activation")
    )
    parser.add_argument("--no-bias", action="store_true", help=translate("CLIHelp", "no biases in any layer"))
    parser.add_argument(
        "--loss", default="mse", choices=LOSSES, help=translate("CLIHelp", "mse, or cross-entropy on classes")
    )
    parser.add_argument(
        "--data",
        metavar="NAME|FILE.csv",
        help=translate("CLIHelp", "built-in data or a CSV (default: by the inputs)"),
    )
    parser.add_argument(
        "--runs",
        default=str(DEFAULT_NETWORK_RUNS),
        metavar="N",
        help=translate("CLIHelp", "how many runs (50)"),
    )
    parser.add_argument(
        "--seed",
        default="0",
        metavar="S",
        help=translate("CLIHelp", "run k starts from seed S+k (default 0)"),
    )
    parser.add_argument(
        "--jobs", metavar="N", help=translate("CLIHelp", "worker processes (default: every core)")
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help=translate("CLIHelp", "a dask.distributed scheduler, tcp://HOST:PORT"),
    )
    parser.add_argument(
        "--train-steps",
        metavar="N",
        help=translate("CLIHelp", "Adam steps before the solve ({default})").format(
            default=DEFAULT_NETWORK_TRAIN_STEPS
        ),
    )
    parser.add_argument(
        "--out", metavar="RESULTS.json", help=translate("CLIHelp", "also write the JSON to this file")
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("CLIHelp", "print JSON only (non-finite numbers as null)"),
    )
    parser.set_defaults(run=run)


def build_spec(args: argparse.Namespace):
    """The ExperimentSpec the options ask for; CliError naming the option otherwise."""
    from dataclasses import replace

    from critexplorer.core.networks.critical_search import SearchSettings
    from critexplorer.core.networks.datasets import DatasetError, default_data_name, network_data
    from critexplorer.core.networks.experiment import ExperimentSpec
    from critexplorer.core.networks.network import Network, NetworkError

    try:
        network = Network.parse(args.net, activation=args.activation, bias=not args.no_bias, loss=args.loss)
    except NetworkError as error:
        raise option_error("--net", error) from None
    if network.parameters > MAX_NETWORK_PARAMETERS:
        raise CliError(
            translate(
                "CLI", "--net {network} has {parameters} parameters; full Hessians are computed up to {most}"
            ).format(network=network.name, parameters=network.parameters, most=MAX_NETWORK_PARAMETERS)
        )
    source = args.data or default_data_name(network)
    if not source:
        raise CliError(
            translate("CLI", "--data: no built-in data has {inputs} inputs; give a FILE.csv").format(
                inputs=network.inputs
            )
        )
    try:
        data = network_data(source, network)
    except DatasetError as error:
        raise option_error("--data", error) from None
    settings = SearchSettings()
    if args.train_steps is not None:
        settings = replace(settings, train_steps=parse_whole(args.train_steps, "--train-steps", 0, 1_000_000))
    return ExperimentSpec(
        network,
        data,
        runs=parse_whole(args.runs, "--runs", 1, MAX_NETWORK_RUNS),
        seed=parse_whole(args.seed, "--seed", 0, 2**32 - 1 - MAX_NETWORK_RUNS),
        settings=settings,
    )


class ProgressBar:
    """A one-line bar on stderr with the time left, redrawn at most 10 times a second."""

    def __init__(self, stream=None, width: int = 30):
        self.stream, self.width = stream or sys.stderr, width  # looked up now: tests replace sys.stderr
        self.start = time.monotonic()
        self._last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self._last < 0.1 and done:
            return
        self._last = now
        filled = int(self.width * done / max(total, 1))
        elapsed = now - self.start
        left = f"{elapsed / done * (total - done):.0f} s left" if done else "estimating time left"
        self.stream.write(f"\r[{'#' * filled}{'.' * (self.width - filled)}] {done}/{total} runs, {left}   ")
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\n")
        self.stream.flush()


def run(args: argparse.Namespace) -> int:
    from critexplorer.core.networks.experiment import ExperimentError, run_experiment

    spec = build_spec(args)
    jobs = parse_whole(args.jobs, "--jobs", 1, 1024) if args.jobs is not None else None
    bar = ProgressBar()
    started = time.monotonic()
    try:
        result = run_experiment(spec, jobs=jobs, scheduler=args.scheduler, progress=bar)
    except ExperimentError as error:
        raise CliError(str(error)) from None
    finally:
        bar.close()
    report = result.to_dict()
    if args.out:
        from critexplorer.files.atomic_write import describe_os_error, write_atomically

        try:
            write_atomically(args.out, to_json(report).encode("utf-8"))
        except OSError as error:
            raise option_error("--out", describe_os_error(error, args.out)) from None
    print(to_json(report) if args.json else describe(result, time.monotonic() - started))
    if result.cancelled:
        print(
            f"critexplorer experiment: stopped; kept the {len(result.runs)} finished runs of {spec.runs}",
            file=sys.stderr,
        )
        return 130
    return 0


def describe(result, seconds: float) -> str:
    """The readable summary: critical runs, minima among them, minimum ratios, the fraction of saddles."""
    from critexplorer.core.i18n import translate
    from critexplorer.core.networks.critical_search import gradient_tolerance
    from critexplorer.core.networks.experiment import summary_numbers

    spec, s = result.spec, summary_numbers(result)
    net = spec.network
    count = int(spec.data.inputs.shape[0])  # a plain name: lupdate reads no call inside translate's arguments
    # English says "1 sample", so one and many are two sources (one form in Chinese).
    samples = translate("CLI", "1 sample") if count == 1 else translate("CLI", "%n samples", None, count)
    biases = translate("CLI", "biases") if net.bias else translate("CLI", "no biases")
    lines = [
        translate(
            "CLI",
            "network: {name} {activation}, {biases}, {loss}, {parameters} parameters; "
            "data: {data} ({samples})",
        ).format(
            name=net.name,
            activation=net.activation,
            biases=biases,
            loss=net.loss,
            parameters=net.parameters,
            data=spec.data.name,
            samples=samples,
        ),
        translate("CLI", "runs: {done} of {asked} (seeds {first}…{last}) in {seconds} s").format(
            done=s["runs"],
            asked=spec.runs,
            first=spec.seed,
            last=spec.seed + spec.runs - 1,
            seconds=f"{seconds:.1f}",
        ),
        translate(
            "CLI",
            "critical (|grad L| <= {tolerance}): {critical} of {runs}; "
            "not critical: {other} ({flat} gradient-flat)",
        ).format(
            tolerance=number(gradient_tolerance(net, spec.data)),
            critical=s["critical"],
            runs=s["runs"],
            other=s["runs"] - s["critical"],
            flat=s["gradient_flat"],
        ),
    ]
    if s["critical"]:
        low, high = s["minimum_ratio_range"]
        lines += [
            translate("CLI", "minima (no negative eigenvalue): {minima} of the {critical} critical").format(
                minima=s["minima"], critical=s["critical"]
            ),
            translate("CLI", "saddles: {percent}% of the critical runs").format(
                percent=f"{100 * s['saddle_fraction']:.0f}"
            ),
            translate("CLI", "minimum ratio (positive / all eigenvalues): {low} to {high}").format(
                low=number(low, 3), high=number(high, 3)
            ),
        ]
        if s["nonzero_ratio_range"]:
            a, b = s["nonzero_ratio_range"]
            lines.append(
                translate(
                    "CLI",
                    "ratio among non-zero eigenvalues: {low} to {high} "
                    "(zero: |eigenvalue| <= {tol} x the largest)",
                ).format(low=number(a, 3), high=number(b, 3), tol=number(spec.settings.zero_tol))
            )
            if s["minimum_ratio_range"][1] < 1:
                lines.append(
                    translate(
                        "CLI",
                        "  (flat directions - symmetries, saturated or dead units - have zero eigenvalues, "
                        "which keep the minimum ratio below 1 even at a minimum)",
                    )
                )
        lo, hi = s["loss_range"]
        lines.append(
            translate("CLI", "loss at the critical points: {low} to {high}").format(
                low=number(lo), high=number(hi)
            )
        )
    if s["median_solve_distance"] is not None:
        lines.append(
            translate(
                "CLI",
                "median loss where training stopped: {loss}; the search for grad L = 0 from there moved a "
                "median |delta theta| = {distance}",
            ).format(loss=number(s["median_trained_loss"]), distance=number(s["median_solve_distance"], 3))
        )
    else:
        lines.append(translate("CLI", "no run reached a critical point"))
    return "\n".join(lines)
