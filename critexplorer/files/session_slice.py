"""A session's slice of a network's loss: the network, its data, θ* and the two directions — what
makes the slice again, not a picture of it. Read field by field with limits, like the rest of a
session; a problem is a ValueError naming the field (session.py turns it into a SessionError).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from critexplorer.core.limits import MAX_NETWORK_PARAMETERS
from critexplorer.core.networks.datasets import NetworkData
from critexplorer.core.networks.network import ACTIVATIONS, LOSSES, Network, NetworkError
from critexplorer.core.networks.slices import NetworkSlice, SliceError, check_direction, slice_loss

# A session's own bounds on a slice (a hostile file must not cost minutes or gigabytes to open).
MAX_SLICE_LAYERS = 8
MAX_SLICE_SAMPLES = 10_000
MAX_SLICE_VALUES = 200_000  # numbers in the data's inputs and targets together
MAX_SLICE_MAGNITUDE = 1e12


class SliceFieldError(ValueError):
    """A slice field that fails validation; the message starts with the field's name."""


@dataclass(frozen=True)
class SavedSlice:
    """What a session keeps of a slice."""

    network: Network
    data: NetworkData
    theta: np.ndarray
    directions: tuple[str, str]

    @classmethod
    def of(cls, shown: NetworkSlice) -> SavedSlice:
        return cls(shown.network, shown.data, np.asarray(shown.theta, float), tuple(shown.directions))

    def to_dict(self) -> dict[str, Any]:
        return {
            "network": {
                "layers": list(self.network.layers),
                "activation": self.network.activation,
                "bias": self.network.bias,
                "loss": self.network.loss,
            },
            "data": self.data.to_dict(),
            "theta": [float(v) for v in self.theta],
            "directions": list(self.directions),
        }

    def make(self, label: str = "") -> NetworkSlice:
        """The slice itself (its eigenvectors computed again); SliceFieldError if it cannot be made."""
        try:
            return slice_loss(self.network, self.data, self.theta, list(self.directions), label)
        except (SliceError, np.linalg.LinAlgError) as error:
            raise SliceFieldError(f"slice.directions: {error}") from None


def _fail(message: str):
    raise SliceFieldError(message)


def _keys(value: Any, where: str, required: set[str]) -> dict:
    if not isinstance(value, dict):
        _fail(f"{where} must be an object")
    missing, unknown = sorted(required - value.keys()), sorted(value.keys() - required)
    if missing:
        _fail(f"{where} is missing {', '.join(repr(m) for m in missing)}")
    if unknown:
        _fail(f"{where} has unknown field {unknown[0]!r}")
    return value


def _numbers(value: Any, where: str, count: int | None = None) -> np.ndarray:
    if not isinstance(value, list) or (count is not None and len(value) != count):
        _fail(f"{where} must be a list of {count if count is not None else ''} numbers".replace("  ", " "))
    for index, item in enumerate(value):
        if isinstance(item, bool) or not isinstance(item, (int, float)):
            _fail(f"{where}[{index}] must be a number")
        if not math.isfinite(item) or abs(item) > MAX_SLICE_MAGNITUDE:
            _fail(f"{where}[{index}] must be finite, of magnitude at most {MAX_SLICE_MAGNITUDE:g}")
    return np.asarray(value, float)


def _rows(value: Any, where: str, width: int) -> np.ndarray:
    if not isinstance(value, list) or not 1 <= len(value) <= MAX_SLICE_SAMPLES:
        _fail(f"{where} must be a list of 1 to {MAX_SLICE_SAMPLES} rows")
    if len(value) * width > MAX_SLICE_VALUES:
        _fail(f"{where} holds more than {MAX_SLICE_VALUES} numbers")
    return np.stack([_numbers(row, f"{where}[{i}]", width) for i, row in enumerate(value)])


def _network(value: Any) -> Network:
    spec = _keys(value, "slice.network", {"layers", "activation", "bias", "loss"})
    layers = spec["layers"]
    if (
        not isinstance(layers, list)
        or not 2 <= len(layers) <= MAX_SLICE_LAYERS
        or not all(
            isinstance(n, int) and not isinstance(n, bool) and 1 <= n <= MAX_NETWORK_PARAMETERS
            for n in layers
        )
    ):
        _fail(f"slice.network.layers must be 2 to {MAX_SLICE_LAYERS} whole numbers of at least 1")
    if spec["activation"] not in ACTIVATIONS:
        _fail(f"slice.network.activation must be one of {', '.join(ACTIVATIONS)}")
    if not isinstance(spec["bias"], bool):
        _fail("slice.network.bias must be true or false")
    if spec["loss"] not in LOSSES:
        _fail(f"slice.network.loss must be one of {', '.join(LOSSES)}")
    try:
        network = Network(tuple(layers), spec["activation"], spec["bias"], spec["loss"])
    except NetworkError as error:
        raise SliceFieldError(f"slice.network: {error}") from None
    if network.parameters > MAX_NETWORK_PARAMETERS:
        _fail(f"slice.network has {network.parameters} parameters; at most {MAX_NETWORK_PARAMETERS} allowed")
    return network


def read_slice(value: Any) -> SavedSlice:
    """Validate a session's "slice" object; SliceFieldError naming the field."""
    document = _keys(value, "slice", {"network", "data", "theta", "directions"})
    network = _network(document["network"])
    data_value = _keys(document["data"], "slice.data", {"name", "inputs", "targets"})
    name = data_value["name"]
    if not isinstance(name, str) or not 1 <= len(name) <= 200:
        _fail("slice.data.name must be text of 1 to 200 characters")
    inputs = _rows(data_value["inputs"], "slice.data.inputs", network.inputs)
    if network.loss == "cross-entropy":
        classes = _numbers(data_value["targets"], "slice.data.targets", len(inputs))
        if np.any(classes != np.round(classes)) or np.any(classes < 0) or np.any(classes >= network.outputs):
            _fail(f"slice.data.targets must be whole class numbers from 0 to {network.outputs - 1}")
        targets = classes.astype(np.intp)
    else:
        targets = _rows(data_value["targets"], "slice.data.targets", network.outputs)
        if len(targets) != len(inputs):
            _fail(f"slice.data.targets has {len(targets)} rows; slice.data.inputs has {len(inputs)}")
    theta = _numbers(document["theta"], "slice.theta", network.parameters)
    directions = document["directions"]
    if (
        not isinstance(directions, list)
        or len(directions) != 2
        or not all(isinstance(d, str) for d in directions)
    ):
        _fail('slice.directions must be two directions such as ["eig-min", "eig-max"]')
    try:
        names = tuple(check_direction(d, network.parameters) for d in directions)
    except SliceError as error:
        raise SliceFieldError(f"slice.directions: {error}") from None
    return SavedSlice(network, NetworkData(name, inputs, targets), theta, names)
