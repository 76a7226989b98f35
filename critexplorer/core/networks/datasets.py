"""Data for the networks: built-in deterministic sets and the user's CSV (first I columns inputs, the rest
targets), checked against the network they feed."""

from __future__ import annotations

import csv
import io
import math
import stat
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from critexplorer.core.i18n import QT_TRANSLATE_NOOP, translate
from critexplorer.core.networks.network import Network
from critexplorer.core.os_reason import cannot_read

# A CSV larger than this is refused before it is read (the experiment is for small data).
MAX_CSV_BYTES = 20_000_000


class DatasetError(ValueError):
    """Data that cannot feed a network; the message names the line (CSV) or the mismatch."""


@dataclass(frozen=True)
class Dataset:
    """Samples as read: inputs (N, I) and raw targets (N, T), floats; `name` says where they came from."""

    name: str
    inputs: np.ndarray
    targets: np.ndarray

    @property
    def size(self) -> int:
        return int(self.inputs.shape[0])


@dataclass(frozen=True)
class NetworkData:
    """Samples shaped for one network: targets (N, O) floats for mse, (N,) integer classes for
    cross-entropy. What Network's loss methods take as `data`."""

    name: str
    inputs: np.ndarray
    targets: np.ndarray

    def to_dict(self) -> dict:
        return {"name": self.name, "inputs": self.inputs.tolist(), "targets": self.targets.tolist()}


def _lecture() -> Dataset:
    return Dataset("lecture", np.array([[1.0]]), np.array([[1.0]]))  # L = (1 − w1·w2)² for 1-1-1


def _chain() -> Dataset:
    """The chain-data preset's samples (one place for them: presets.json)."""
    from critexplorer.core.presets import get_preset

    data = get_preset("chain-data").extra["data"]
    return Dataset(
        "chain", np.array(data["inputs"], float)[:, None], np.array(data["targets"], float)[:, None]
    )


def _regression() -> Dataset:
    x = np.linspace(-2.0, 2.0, 64)
    return Dataset("regression", x[:, None], (np.sin(1.5 * x) + 0.3 * x)[:, None])


def _surface() -> Dataset:
    """An 8 × 8 grid on [-1.5, 1.5]² of y = sin(1.5·x1)·cos(x2) + 0.3·x1·x2, fixed-seed noise σ = 0.1."""
    axis = np.linspace(-1.5, 1.5, 8)
    x1, x2 = (a.ravel() for a in np.meshgrid(axis, axis))
    noise = np.random.default_rng(19890101).normal(0.0, 0.1, x1.size)
    y = np.sin(1.5 * x1) * np.cos(x2) + 0.3 * x1 * x2 + noise
    return Dataset("surface", np.stack([x1, x2], axis=1), y[:, None])


def _xor() -> Dataset:
    x = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    return Dataset("xor", x, np.array([[0.0], [1.0], [1.0], [0.0]]))


def _moons() -> Dataset:
    """64 points of two interleaved half circles (class 0 and 1), jittered by a fixed seed."""
    t = np.linspace(0.0, math.pi, 32)
    upper = np.stack([np.cos(t), np.sin(t)], axis=1)
    lower = np.stack([1.0 - np.cos(t), 0.5 - np.sin(t)], axis=1)
    jitter = np.random.default_rng(20140612).normal(0.0, 0.1, (64, 2))
    points = np.concatenate([upper, lower]) + jitter
    labels = np.concatenate([np.zeros(32), np.ones(32)])
    return Dataset("moons", points, labels[:, None])


# Each set's description is marked for translation here and looked up where it is shown
# (translate("Networks", description)).
BUILTIN = {
    "lecture": (
        _lecture,
        QT_TRANSLATE_NOOP(
            "Networks", "one sample x = 1, y = 1: with 1-1-1 linear, no bias, L = (1 − w1·w2)²"
        ),
    ),
    "chain": (
        _chain,
        QT_TRANSLATE_NOOP(
            "Networks", "the lecture's chain samples (16 points, y = x), as in the chain-data preset"
        ),
    ),
    "regression": (
        _regression,
        QT_TRANSLATE_NOOP("Networks", "64 points of y = sin(1.5x) + 0.3x on [-2, 2] (1 input, 1 target)"),
    ),
    "surface": (
        _surface,
        QT_TRANSLATE_NOOP(
            "Networks", "64 points on an 8 × 8 grid of a noisy 2-D surface (2 inputs, 1 target)"
        ),
    ),
    "xor": (
        _xor,
        QT_TRANSLATE_NOOP("Networks", "the 4 XOR points (2 inputs, 1 target: 0 or 1, or its class)"),
    ),
    "moons": (
        _moons,
        QT_TRANSLATE_NOOP(
            "Networks", "two moons: 64 points in 2-D, two classes (2 inputs, 1 target: 0 or 1)"
        ),
    ),
}


def builtin_dataset(name: str) -> Dataset:
    if name not in BUILTIN:
        raise DatasetError(
            translate("Networks", "unknown data {name}: give a .csv file or one of {known}").format(
                name=repr(name), known=", ".join(BUILTIN)
            )
        )
    return BUILTIN[name][0]()


def read_csv_text(text: str, name: str = "data.csv") -> list[tuple[int, list[float]]]:
    """Rows of numbers with their line numbers; a first line of names only is a header. Errors name lines."""
    rows: list[tuple[int, list[float]]] = []
    width = None
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff")))  # a BOM, as spreadsheets write it
    try:
        for line_number, fields in enumerate(reader, 1):
            width = _read_row(rows, width, line_number, fields, name)
    except csv.Error as error:  # a field over csv's size limit, a NUL byte
        raise DatasetError(
            translate("Networks", "{name} line {line}: {problem}").format(
                name=name, line=reader.line_num, problem=error
            )
        ) from None
    if not rows:
        raise DatasetError(translate("Networks", "{name}: no rows of numbers").format(name=name))
    return rows


def _read_row(rows: list, width: int | None, line_number: int, fields: list[str], name: str) -> int | None:
    """Add one CSV line's numbers to `rows` (a header or a blank line adds none); the width so far."""
    if not fields or all(not f.strip() for f in fields):
        return width
    cells = [f.strip() for f in fields]
    if not rows and width is None and all(_is_name(c) for c in cells):
        return len(cells)  # the header: names, no numbers
    values = []
    for column, cell in enumerate(cells, 1):
        try:
            value = float(cell)
        except ValueError:
            if ";" in cell or "\t" in cell:
                text = translate(
                    "Networks",
                    "{name} line {line}, column {column}: {cell} is not a number (columns are "
                    "separated by commas)",
                )
            else:
                text = translate("Networks", "{name} line {line}, column {column}: {cell} is not a number")
            raise DatasetError(
                text.format(name=name, line=line_number, column=column, cell=_shown(cell))
            ) from None
        if not math.isfinite(value):
            raise DatasetError(
                translate(
                    "Networks", "{name} line {line}, column {column}: {cell} is not a finite number"
                ).format(name=name, line=line_number, column=column, cell=_shown(cell, quoted=False))
            )
        values.append(value)
    if width is None:
        width = len(values)
    if len(values) != width:
        raise DatasetError(
            translate(
                "Networks", "{name} line {line}: {count} columns where the rows above have {width}"
            ).format(name=name, line=line_number, count=len(values), width=width)
        )
    rows.append((line_number, values))
    return width


def _shown(cell: str, quoted: bool = True, most: int = 24) -> str:
    """A cell as a message quotes it: a 5000-digit number is cut, not printed whole."""
    shown = repr(cell[:most]) if quoted else cell[:most]
    if len(cell) <= most:
        return shown
    return translate("Networks", "{start}… ({count} characters)").format(start=shown, count=len(cell))


def _is_name(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return bool(cell)
    return False


def load_csv(path: str | Path, network: Network) -> NetworkData:
    """A CSV for `network`: I input columns, then O targets (mse) or one class column (cross-entropy)."""
    path = Path(path)
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):  # a FIFO would wait for a writer forever
            raise DatasetError(
                translate("Networks", "cannot read {path}: it is not a file").format(path=path)
            )
        if status.st_size > MAX_CSV_BYTES:
            raise DatasetError(
                translate("Networks", "{name}: larger than {limit} MB").format(
                    name=path.name, limit=MAX_CSV_BYTES // 1_000_000
                )
            )
        text = path.read_bytes().decode("utf-8")
    except OSError as error:
        raise DatasetError(cannot_read(path, error)) from None
    except UnicodeDecodeError:
        raise DatasetError(
            translate("Networks", "cannot read {path}: it is not a text file (not UTF-8)").format(path=path)
        ) from None
    rows = read_csv_text(text, path.name)
    expected = network.inputs + (1 if network.loss == "cross-entropy" else network.outputs)
    line_number, first = rows[0]
    if len(first) != expected:
        targets = expected - network.inputs  # a plain name: lupdate reads no expression as the count
        if targets == 1:
            text = translate(
                "Networks",
                "{name} line {line}: {count} columns, but the {network} network with {loss} needs {expected} "
                "({inputs} inputs, then 1 target)",
            )
        else:
            text = translate(
                "Networks",
                "{name} line {line}: {count} columns, but the {network} network with {loss} needs {expected} "
                "({inputs} inputs, then %n targets)",
                None,
                targets,
            )
        raise DatasetError(
            text.format(
                name=path.name,
                line=line_number,
                count=len(first),
                network=network.name,
                loss=network.loss,
                expected=expected,
                inputs=network.inputs,
            )
        )
    table = np.array([values for _, values in rows])
    dataset = Dataset(path.name, table[:, : network.inputs], table[:, network.inputs :])
    return shape_for_network(dataset, network, [n for n, _ in rows])


def shape_for_network(dataset: Dataset, network: Network, line_numbers=None) -> NetworkData:
    """The dataset as `network` needs it; DatasetError when the columns or classes do not fit."""
    inputs, targets = np.asarray(dataset.inputs, float), np.asarray(dataset.targets, float)
    if inputs.shape[1] != network.inputs:
        raise DatasetError(
            translate(
                "Networks", "data {name} has {count} input column(s); the {network} network takes {inputs}"
            ).format(name=dataset.name, count=inputs.shape[1], network=network.name, inputs=network.inputs)
        )
    if network.loss == "mse":
        if targets.shape[1] != network.outputs:
            raise DatasetError(
                translate(
                    "Networks",
                    "data {name} has {count} target column(s); the {network} network has {outputs} output(s)",
                ).format(
                    name=dataset.name, count=targets.shape[1], network=network.name, outputs=network.outputs
                )
            )
        return NetworkData(dataset.name, inputs, targets)
    if targets.shape[1] != 1:
        raise DatasetError(
            translate("Networks", "cross-entropy takes one class column; data {name} has {count}").format(
                name=dataset.name, count=targets.shape[1]
            )
        )
    classes = targets[:, 0]
    bad = np.flatnonzero((classes != np.round(classes)) | (classes < 0) | (classes >= network.outputs))
    if bad.size:
        if line_numbers:
            where = translate("Networks", "line {line}").format(line=line_numbers[bad[0]])
        else:
            where = translate("Networks", "sample {sample}").format(sample=bad[0] + 1)
        raise DatasetError(
            translate(
                "Networks",
                "{name} {where}: class {value} is not one of 0…{last} "
                "(the {network} network has {outputs} outputs)",
            ).format(
                name=dataset.name,
                where=where,
                value=f"{classes[bad[0]]:g}",
                last=network.outputs - 1,
                network=network.name,
                outputs=network.outputs,
            )
        )
    return NetworkData(dataset.name, inputs, classes.astype(np.intp))


def default_data_name(network: Network) -> str:
    """The built-in set a network is shown on when none is named: by its number of inputs and its loss."""
    if network.inputs == 1:
        return "lecture" if network.layers == (1, 1, 1) and not network.bias else "regression"
    if network.inputs == 2:
        return "moons" if network.loss == "cross-entropy" else "surface"
    return ""


def network_data(source: str, network: Network) -> NetworkData:
    """Built-in data by name, or a CSV file by path (anything ending .csv or naming a file)."""
    if source.lower().endswith(".csv") or (source not in BUILTIN and Path(source).exists()):
        return load_csv(source, network)
    return shape_for_network(builtin_dataset(source), network)
