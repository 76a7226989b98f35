"""Steps, epochs and samples seen: the rule of core/run_axis.py against the sampler the runs use."""

import numpy as np
import pytest

from critexplorer.core.data import BatchSampler, data_loss_for_preset
from critexplorer.core.formula import parse_formula
from critexplorer.core.presets import get_preset
from critexplorer.core.run_axis import RunAxisError, Sampling, axis_values, run_sampling, sampling_of
from critexplorer.core.runs import Run, RunSpec


@pytest.fixture(scope="module")
def chain_data():
    loss = data_loss_for_preset(get_preset("chain-data"))
    assert loss.dataset.size == 16
    return loss


@pytest.mark.parametrize(
    "batch,updates_per_epoch,epoch_per_update",
    [(1, 16, 1 / 16), (4, 4, 1 / 4), (16, 1, 1.0)],
)
def test_batch_sizes_1_4_and_n_give_their_epochs_per_update(
    chain_data, batch, updates_per_epoch, epoch_per_update
):
    run = Run(
        chain_data, RunSpec("sgd", (0.5, 0.5), {"lr": 0.05}, max_steps=40, batch_size=batch)
    ).run_to_end()
    sampling = run_sampling(run)
    assert (sampling.sample_count, sampling.batch_size) == (16, batch)
    assert sampling.updates_per_epoch == updates_per_epoch
    epochs = axis_values("epoch", len(run.trail), sampling)
    np.testing.assert_allclose(np.diff(epochs), epoch_per_update, rtol=0, atol=1e-15)
    assert epochs[updates_per_epoch] == 1.0 and epochs[0] == 0.0
    samples = axis_values("samples", len(run.trail), sampling)
    np.testing.assert_array_equal(samples, np.arange(len(run.trail)) * batch)
    np.testing.assert_array_equal(axis_values("step", len(run.trail), sampling), np.arange(len(run.trail)))


def test_the_short_last_batch_counts_only_the_samples_it_holds():
    sampling = Sampling(10, 4)  # batches of 4, 4 and 2 each epoch
    assert sampling.updates_per_epoch == 3
    np.testing.assert_array_equal(sampling.samples_seen(np.arange(8)), [0, 4, 8, 10, 14, 18, 20, 24])
    np.testing.assert_allclose(sampling.epochs([3, 6, 7]), [1.0, 2.0, 2.4])


@pytest.mark.parametrize("size,batch", [(10, 4), (16, 3), (7, 7), (5, 1), (20, 6)])
def test_the_rule_is_what_the_sampler_draws(size, batch):
    sampler, sampling, drawn = BatchSampler(size, batch, seed=3), Sampling(size, batch), [0]
    for _ in range(3 * sampler.batches_per_epoch + 2):
        drawn.append(drawn[-1] + len(sampler.next_batch()))
    np.testing.assert_array_equal(sampling.samples_seen(np.arange(len(drawn))), drawn)
    assert sampling.updates_per_epoch == sampler.batches_per_epoch


def test_a_full_batch_run_does_one_epoch_per_update(chain_data):
    run = Run(chain_data, RunSpec("gd", (0.5, 0.5), max_steps=5)).run_to_end()
    assert run.batch_size is None
    np.testing.assert_array_equal(axis_values("epoch", len(run.trail), run_sampling(run)), np.arange(6))


def test_a_formula_has_steps_only():
    loss = parse_formula("x^2 + y^2")
    assert sampling_of(loss, None) is None and sampling_of(loss, 4) is None
    np.testing.assert_array_equal(axis_values("step", 3, None), [0.0, 1.0, 2.0])
    for axis in ("epoch", "samples"):
        with pytest.raises(RunAxisError, match="backed by samples"):
            axis_values(axis, 3, None)
    with pytest.raises(RunAxisError, match="unknown x-axis 'time'"):
        axis_values("time", 3, None)
    with pytest.raises(RunAxisError):
        Sampling(4, 5)
