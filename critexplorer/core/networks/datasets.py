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

from critexplorer.core.networks.network import Network

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


BUILTIN = {
    "lecture": (_lecture, "one sample x = 1, y = 1: with 1-1-1 linear, no bias, L = (1 − w1·w2)²"),
    "chain": (_chain, "the lecture's chain samples (16 points, y = x), as in the chain-data preset"),
    "regression": (_regression, "64 points of y = sin(1.5x) + 0.3x on [-2, 2] (1 input, 1 target)"),
    "surface": (_surface, "64 points on an 8 × 8 grid of a noisy 2-D surface (2 inputs, 1 target)"),
    "xor": (_xor, "the 4 XOR points (2 inputs, 1 target: 0 or 1, or its class)"),
    "moons": (_moons, "two moons: 64 points in 2-D, two classes (2 inputs, 1 target: 0 or 1)"),
}


def builtin_dataset(name: str) -> Dataset:
    if name not in BUILTIN:
        raise DatasetError(f"unknown data {name!r}: give a .csv file or one of {', '.join(BUILTIN)}")
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
        raise DatasetError(f"{name} line {reader.line_num}: {error}") from None
    if not rows:
        raise DatasetError(f"{name}: no rows of numbers")
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
            hint = " (columns are separated by commas)" if ";" in cell or "\t" in cell else ""
            raise DatasetError(
                f"{name} line {line_number}, column {column}: {_shown(cell)} is not a number{hint}"
            ) from None
        if not math.isfinite(value):
            where = f"{name} line {line_number}, column {column}"
            raise DatasetError(f"{where}: {_shown(cell, quoted=False)} is not a finite number")
        values.append(value)
    if width is None:
        width = len(values)
    if len(values) != width:
        raise DatasetError(
            f"{name} line {line_number}: {len(values)} columns where the rows above have {width}"
        )
    rows.append((line_number, values))
    return width


def _shown(cell: str, quoted: bool = True, most: int = 24) -> str:
    """A cell as a message quotes it: a 5000-digit number is cut, not printed whole."""
    shown = repr(cell[:most]) if quoted else cell[:most]
    return shown if len(cell) <= most else f"{shown}… ({len(cell)} characters)"


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
            raise DatasetError(f"cannot read {path}: it is not a file")
        if status.st_size > MAX_CSV_BYTES:
            raise DatasetError(f"{path.name}: larger than {MAX_CSV_BYTES // 1_000_000} MB")
        text = path.read_bytes().decode("utf-8")
    except OSError as error:
        raise DatasetError(f"cannot read {path}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise DatasetError(f"cannot read {path}: it is not a text file (not UTF-8)") from None
    rows = read_csv_text(text, path.name)
    expected = network.inputs + (1 if network.loss == "cross-entropy" else network.outputs)
    line_number, first = rows[0]
    if len(first) != expected:
        raise DatasetError(
            f"{path.name} line {line_number}: {len(first)} columns, but the {network.name} network with "
            f"{network.loss} needs {expected} ({network.inputs} inputs, then "
            f"{expected - network.inputs} target{'' if expected - network.inputs == 1 else 's'})"
        )
    table = np.array([values for _, values in rows])
    dataset = Dataset(path.name, table[:, : network.inputs], table[:, network.inputs :])
    return shape_for_network(dataset, network, [n for n, _ in rows])


def shape_for_network(dataset: Dataset, network: Network, line_numbers=None) -> NetworkData:
    """The dataset as `network` needs it; DatasetError when the columns or classes do not fit."""
    inputs, targets = np.asarray(dataset.inputs, float), np.asarray(dataset.targets, float)
    if inputs.shape[1] != network.inputs:
        raise DatasetError(
            f"data {dataset.name} has {inputs.shape[1]} input column(s); the {network.name} network takes "
            f"{network.inputs}"
        )
    if network.loss == "mse":
        if targets.shape[1] != network.outputs:
            raise DatasetError(
                f"data {dataset.name} has {targets.shape[1]} target column(s); the {network.name} network "
                f"has {network.outputs} output(s)"
            )
        return NetworkData(dataset.name, inputs, targets)
    if targets.shape[1] != 1:
        raise DatasetError(
            f"cross-entropy takes one class column; data {dataset.name} has {targets.shape[1]}"
        )
    classes = targets[:, 0]
    bad = np.flatnonzero((classes != np.round(classes)) | (classes < 0) | (classes >= network.outputs))
    if bad.size:
        where = f"line {line_numbers[bad[0]]}" if line_numbers else f"sample {bad[0] + 1}"
        raise DatasetError(
            f"{dataset.name} {where}: class {classes[bad[0]]:g} is not one of 0…{network.outputs - 1} "
            f"(the {network.name} network has {network.outputs} outputs)"
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
