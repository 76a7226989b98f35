"""What a run's x-axis can count: updates (steps), epochs, or samples seen; the one rule for all three.

On a data-backed loss of N samples, a run with mini-batches of B draws them as core/data.BatchSampler
does: every epoch a fresh permutation cut into ceil(N/B) batches, all of B samples but the last,
which holds the N − (ceil(N/B) − 1)·B left over. So after k updates the run has seen

    samples(k) = (k // E)·N + (k mod E)·B,   E = ceil(N/B) updates per epoch,

and has done epochs(k) = samples(k) / N epochs (1 exactly after E updates; with B = 1 each update is
1/N epoch, with B = N each is one). A full-batch run (B = N, or no sampler at all) sees N samples per
update. A formula has no samples: there only steps exist.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from critexplorer.core.data import DataLoss, batch_size_refused
from critexplorer.core.i18n import translate

RUN_AXES = ("step", "epoch", "samples")
DEFAULT_RUN_AXIS = "step"


class RunAxisError(ValueError):
    """An axis that is not one of RUN_AXES, or epochs and samples asked of a loss without samples."""


@dataclass(frozen=True)
class Sampling:
    """How a run walks its data: N samples, B of them per update."""

    sample_count: int
    batch_size: int

    def __post_init__(self):
        if not 1 <= self.batch_size <= self.sample_count:
            raise RunAxisError(batch_size_refused(self.sample_count, self.batch_size))

    @property
    def updates_per_epoch(self) -> int:
        return -(-self.sample_count // self.batch_size)

    def samples_seen(self, steps) -> np.ndarray:
        """Samples drawn after `steps` updates (an int or an array of them)."""
        steps = np.asarray(steps, dtype=np.int64)
        whole, part = np.divmod(steps, self.updates_per_epoch)
        return whole * self.sample_count + part * self.batch_size

    def epochs(self, steps) -> np.ndarray:
        """Epochs done after `steps` updates: samples seen / N."""
        return self.samples_seen(steps) / self.sample_count


def sampling_of(loss, batch_size: int | None) -> Sampling | None:
    """The Sampling of a run on `loss` with mini-batches of `batch_size` (None: the full batch);
    None when the loss has no samples (a formula)."""
    if not isinstance(loss, DataLoss):
        return None
    size = loss.dataset.size
    return Sampling(size, size if batch_size is None else int(batch_size))


def run_sampling(run) -> Sampling | None:
    """The Sampling of a core.runs.Run (its loss and its sampler's batch size)."""
    return sampling_of(run.loss, run.batch_size)


def check_axis(axis: str) -> str:
    if axis not in RUN_AXES:
        raise RunAxisError(
            translate("Runs", "unknown x-axis {name} (known: {known})").format(
                name=repr(axis), known=", ".join(RUN_AXES)
            )
        )
    return axis


def axis_values(axis: str, count: int, sampling: Sampling | None) -> np.ndarray:
    """The x of a trail's first `count` points (point k is after k updates) on `axis`, as floats."""
    steps = np.arange(int(count))
    if check_axis(axis) == "step":
        return steps.astype(float)
    if sampling is None:
        raise RunAxisError(
            translate("Runs", "{axis} needs a loss backed by samples (a data-backed preset)").format(
                axis=axis
            )
        )
    values = sampling.epochs(steps) if axis == "epoch" else sampling.samples_seen(steps)
    return np.asarray(values, dtype=float)
