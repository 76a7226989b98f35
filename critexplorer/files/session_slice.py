"""A session's slice of a network's loss: the network, its data, θ* and the two directions — what
makes the slice again, not a picture of it. Read field by field with limits, like the rest of a
session; a problem is a ValueError naming the field (session.py turns it into a SessionError).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from critexplorer.core.i18n import translate
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
        _fail(translate("Session", "{where} must be an object").format(where=where))
    missing, unknown = sorted(required - value.keys()), sorted(value.keys() - required)
    if missing:
        _fail(
            translate("Session", "{where} is missing {names}").format(
                where=where, names=", ".join(map(repr, missing))
            )
        )
    if unknown:
        _fail(
            translate("Session", "{where} has unknown field {names}").format(
                where=where, names=repr(unknown[0])
            )
        )
    return value


def _numbers(value: Any, where: str, count: int | None = None) -> np.ndarray:
    if not isinstance(value, list) or (count is not None and len(value) != count):
        if count is None:
            _fail(translate("Session", "{where} must be a list of numbers").format(where=where))
        _fail(
            translate("Session", "{where} must be a list of {count} numbers").format(where=where, count=count)
        )
    for index, item in enumerate(value):
        if isinstance(item, bool) or not isinstance(item, (int, float)):
            _fail(translate("Session", "{where} must be a number").format(where=f"{where}[{index}]"))
        if not math.isfinite(item) or abs(item) > MAX_SLICE_MAGNITUDE:
            _fail(
                translate("Session", "{where} must be finite, of magnitude at most {limit}").format(
                    where=f"{where}[{index}]", limit=f"{MAX_SLICE_MAGNITUDE:g}"
                )
            )
    return np.asarray(value, float)


def _rows(value: Any, where: str, width: int) -> np.ndarray:
    if not isinstance(value, list) or not 1 <= len(value) <= MAX_SLICE_SAMPLES:
        _fail(
            translate("Session", "{where} must be a list of 1 to {limit} rows").format(
                where=where, limit=MAX_SLICE_SAMPLES
            )
        )
    if len(value) * width > MAX_SLICE_VALUES:
        _fail(
            translate("Session", "{where} holds more than {limit} numbers").format(
                where=where, limit=MAX_SLICE_VALUES
            )
        )
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
        _fail(
            translate("Session", "{where} must be 2 to {limit} whole numbers of at least 1").format(
                where="slice.network.layers", limit=MAX_SLICE_LAYERS
            )
        )
    if spec["activation"] not in ACTIVATIONS:
        _fail(_one_of("slice.network.activation", ACTIVATIONS))
    if not isinstance(spec["bias"], bool):
        _fail(translate("Session", "{where} must be true or false").format(where="slice.network.bias"))
    if spec["loss"] not in LOSSES:
        _fail(_one_of("slice.network.loss", LOSSES))
    try:
        network = Network(tuple(layers), spec["activation"], spec["bias"], spec["loss"])
    except NetworkError as error:
        raise SliceFieldError(f"slice.network: {error}") from None
    if network.parameters > MAX_NETWORK_PARAMETERS:
        _fail(
            translate("Session", "{where} has {count} parameters; at most {limit} allowed").format(
                where="slice.network", count=network.parameters, limit=MAX_NETWORK_PARAMETERS
            )
        )
    return network


def _one_of(where: str, names) -> str:
    return translate("Session", "{where} must be one of {names}").format(where=where, names=", ".join(names))


def read_slice(value: Any) -> SavedSlice:
    """Validate a session's "slice" object; SliceFieldError naming the field."""
    document = _keys(value, "slice", {"network", "data", "theta", "directions"})
    network = _network(document["network"])
    data_value = _keys(document["data"], "slice.data", {"name", "inputs", "targets"})
    name = data_value["name"]
    if not isinstance(name, str) or not 1 <= len(name) <= 200:
        _fail(
            translate("Session", "{where} must be text of 1 to {limit} characters").format(
                where="slice.data.name", limit=200
            )
        )
    inputs = _rows(data_value["inputs"], "slice.data.inputs", network.inputs)
    if network.loss == "cross-entropy":
        classes = _numbers(data_value["targets"], "slice.data.targets", len(inputs))
        if np.any(classes != np.round(classes)) or np.any(classes < 0) or np.any(classes >= network.outputs):
            _fail(
                translate("Session", "{where} must be whole class numbers from 0 to {high}").format(
                    where="slice.data.targets", high=network.outputs - 1
                )
            )
        targets = classes.astype(np.intp)
    else:
        targets = _rows(data_value["targets"], "slice.data.targets", network.outputs)
        if len(targets) != len(inputs):
            _fail(
                translate("Session", "{where} has {count} rows; {other} has {other_count}").format(
                    where="slice.data.targets",
                    count=len(targets),
                    other="slice.data.inputs",
                    other_count=len(inputs),
                )
            )
    theta = _numbers(document["theta"], "slice.theta", network.parameters)
    directions = document["directions"]
    if (
        not isinstance(directions, list)
        or len(directions) != 2
        or not all(isinstance(d, str) for d in directions)
    ):
        _fail(
            translate("Session", "{where} must be two directions such as {example}").format(
                where="slice.directions", example='["eig-min", "eig-max"]'
            )
        )
    try:
        names = tuple(check_direction(d, network.parameters) for d in directions)
    except SliceError as error:
        raise SliceFieldError(f"slice.directions: {error}") from None
    return SavedSlice(network, NetworkData(name, inputs, targets), theta, names)
