"""Losses backed by samples: L(θ) = (1/N) Σᵢ ℓ(θ; xᵢ, yᵢ), with exact mini-batch gradients for SGD.

The full-batch loss is an ordinary `Loss` (views and analysis work on it unchanged); an optimizer that
runs on mini-batches asks `batch_gradient(point, indices)` instead, with indices from a seeded
`BatchSampler` that reshuffles every epoch.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import autograd.numpy as anp
import numpy as np
from autograd import elementwise_grad

from critexplorer.core.i18n import translate
from critexplorer.core.loss import Loss

# Above this many (grid points × samples) the mean is accumulated sample by sample, so a 256² grid
# never materializes a (256, 256, N) array per autograd intermediate.
_BROADCAST_LIMIT = 200_000


class DataError(ValueError):
    """A data-backed loss that cannot be built: unknown model, bad samples, bad batch size."""


@dataclass(frozen=True)
class SampleModel:
    """ℓ(θ; x, y) for one sample, written with autograd.numpy so it broadcasts and differentiates."""

    name: str
    per_sample: Callable
    description: str


def _chain(a, b, x, y):
    return (a * b * x - y) ** 2


def _linear(a, b, x, y):
    return (a * x + b - y) ** 2


def _neuron(a, b, x, y):
    # squared error of a sigmoid output: its gradient carries σ' and vanishes where σ saturates
    return (0.5 * (anp.tanh(0.5 * (a * x + b)) + 1.0) - y) ** 2


def _logistic(a, b, x, y):
    z = a * x + b
    return anp.logaddexp(0.0, z) - y * z  # binary cross-entropy of sigmoid(z), without overflow


MODELS: dict[str, SampleModel] = {
    m.name: m
    for m in (
        SampleModel("chain", _chain, "the lecture's chain network ŷ = w1·w2·x, squared error"),
        SampleModel("linear", _linear, "linear regression ŷ = w·x + b, squared error"),
        SampleModel("logistic", _logistic, "logistic regression p = σ(w·x + b), cross-entropy"),
        SampleModel("neuron", _neuron, "one sigmoid neuron ŷ = σ(w·x + b), squared error"),
    )
}


@dataclass(frozen=True)
class Dataset:
    """N samples (xᵢ, yᵢ) and the model that scores them."""

    model: SampleModel
    inputs: np.ndarray
    targets: np.ndarray

    @property
    def size(self) -> int:
        return int(self.inputs.size)

    @classmethod
    def from_spec(cls, spec: Mapping[str, Any]) -> Dataset:
        """From a preset's "data" entry: {"model": name, "inputs": [...], "targets": [...]}."""
        if not isinstance(spec, Mapping):
            raise DataError(f"data must be an object with model, inputs and targets, got {spec!r}")
        name = spec.get("model")
        if name not in MODELS:
            raise DataError(f"unknown data model {name!r} (known: {', '.join(MODELS)})")
        try:
            inputs = np.asarray(spec.get("inputs"), dtype=float)
            targets = np.asarray(spec.get("targets"), dtype=float)
        except (TypeError, ValueError):
            raise DataError("data inputs and targets must be lists of numbers") from None
        if (
            inputs.ndim != 1
            or inputs.shape != targets.shape
            or inputs.size == 0
            or not (np.all(np.isfinite(inputs)) and np.all(np.isfinite(targets)))
        ):
            raise DataError(
                "data inputs and targets must be two equally long, non-empty lists of finite "
                f"numbers (got {inputs.size} and {targets.size})"
            )
        return cls(MODELS[name], inputs, targets)


class DataLoss(Loss):
    """The full-batch mean loss of a dataset as a Loss, plus mini-batch gradients."""

    def __init__(self, dataset: Dataset, vars: Sequence[str] = ("w1", "w2"), formula: str = ""):
        self.dataset = dataset
        per_sample, xs, ys = dataset.model.per_sample, dataset.inputs, dataset.targets

        def full_batch_mean(a, b):
            size = math.prod(getattr(a, "shape", ())) * xs.size
            if size <= _BROADCAST_LIMIT:
                return anp.mean(per_sample(anp.expand_dims(a, -1), anp.expand_dims(b, -1), xs, ys), axis=-1)
            total = 0.0
            for x, y in zip(xs, ys, strict=True):
                total = total + per_sample(a, b, x, y)
            return total / xs.size

        super().__init__(full_batch_mean, vars=tuple(vars), formula=formula)
        self._sample_gradient = elementwise_grad(per_sample, (0, 1))

    def batch_gradient(self, point, indices) -> np.ndarray:
        """∇ of the mean of ℓ over the samples `indices`, at one point θ (shape (2,))."""
        return self.batch_gradients(np.asarray(point, float)[None, :], np.asarray(indices)[None, :])[0]

    def batch_gradients(self, points: np.ndarray, indices: np.ndarray) -> np.ndarray:
        """Row i: ∇ of the mean of ℓ over the samples `indices[i]`, at θ = points[i]; (n, 2) and (n, b)."""
        indices = np.asarray(indices)
        x, y = self.dataset.inputs[indices], self.dataset.targets[indices]
        a, b = np.asarray(points, float)[:, 0:1], np.asarray(points, float)[:, 1:2]
        with np.errstate(all="ignore"):
            gx, gy = self._sample_gradient(a, b, x, y)  # summed over each row's samples
        return np.column_stack([gx[:, 0], gy[:, 0]]) / max(indices.shape[1], 1)


def batch_size_refused(size: int, batch_size: int) -> str:
    """Why a mini-batch size does not fit the samples (said by the sampler and by the run's x-axis)."""
    return translate(
        "Runs", "batch size must be between 1 and {size} (the number of samples), got {batch}"
    ).format(size=size, batch=batch_size)


class BatchSampler:
    """Mini-batch indices: a seeded permutation per epoch, cut into batches (the last may be short)."""

    def __init__(self, size: int, batch_size: int, seed: int = 0):
        if not (1 <= int(batch_size) <= int(size)):
            raise DataError(batch_size_refused(size, batch_size))
        self.size, self.batch_size, self.seed = int(size), int(batch_size), int(seed)
        self.reset()

    def reset(self) -> None:
        self._rng = np.random.default_rng(self.seed)
        self._order = np.empty(0, dtype=int)
        self._position = 0
        self.epoch = 0

    @property
    def batches_per_epoch(self) -> int:
        return -(-self.size // self.batch_size)

    def next_batch(self) -> np.ndarray:
        if self._position >= self._order.size:
            self._order = self._rng.permutation(self.size)
            self._position = 0
            self.epoch += 1
        batch = self._order[self._position : self._position + self.batch_size]
        self._position += self.batch_size
        return batch


def data_loss_for_preset(preset) -> DataLoss | None:
    """The DataLoss of a preset with a "data" entry (None for a plain formula preset)."""
    spec = getattr(preset, "extra", {}).get("data")
    if spec is None:
        return None
    return DataLoss(Dataset.from_spec(spec), vars=preset.vars, formula=preset.formula)
