"""Data-backed losses: the full-batch mean is the preset's formula, and mini-batches average to it."""

import numpy as np
import pytest

from critexplorer.core.data import BatchSampler, DataError, DataLoss, Dataset, data_loss_for_preset
from critexplorer.core.presets import get_preset
from critexplorer.core.runs import Run, RunSpec

DATA_PRESETS = ["chain-data", "linear-regression", "logistic-regression", "plateau"]


@pytest.mark.parametrize("name", DATA_PRESETS)
def test_the_full_batch_loss_is_the_presets_formula(name):
    preset = get_preset(name)
    data_loss, formula_loss = data_loss_for_preset(preset), preset.loss()
    assert isinstance(data_loss, DataLoss) and data_loss.vars == preset.vars
    rng = np.random.default_rng(0)
    xs, ys = rng.uniform(*preset.xlim, 200), rng.uniform(*preset.ylim, 200)
    np.testing.assert_allclose(data_loss.value(xs, ys), formula_loss.value(xs, ys), rtol=1e-12, atol=1e-12)
    for ours, theirs in zip(data_loss.gradient(xs, ys), formula_loss.gradient(xs, ys), strict=True):
        np.testing.assert_allclose(ours, theirs, rtol=1e-10, atol=1e-10)
    for ours, theirs in zip(data_loss.hessian(xs, ys), formula_loss.hessian(xs, ys), strict=True):
        np.testing.assert_allclose(ours, theirs, rtol=1e-10, atol=1e-10)


def test_the_chain_data_loss_is_the_lecture_loss_by_hand():
    dataset = Dataset.from_spec(get_preset("chain-data").extra["data"])
    assert np.mean(dataset.inputs**2) == pytest.approx(1.0, abs=1e-15)
    np.testing.assert_array_equal(dataset.inputs, dataset.targets)  # y = x
    loss = data_loss_for_preset(get_preset("chain-data"))
    assert float(loss.value(0.0, 0.0)) == pytest.approx(1.0, abs=1e-15)
    assert float(loss.value(2.0, 0.5)) == pytest.approx(0.0, abs=1e-15)


def test_fields_on_a_large_grid_match_the_pointwise_mean():
    loss = data_loss_for_preset(get_preset("logistic-regression"))
    fields = loss.fields((-2, 5), (-3.5, 3.5), 150)  # 150² · 16 samples: accumulated per sample
    i, j = 37, 101
    assert fields.value[i, j] == pytest.approx(float(loss.value(fields.xs[j], fields.ys[i])), rel=1e-13)


@pytest.mark.parametrize(
    "name,batch",
    [("chain-data", 4), ("linear-regression", 3), ("logistic-regression", 1), ("linear-regression", 20)],
)
def test_minibatch_gradients_over_one_epoch_average_to_the_full_gradient(name, batch):
    loss = data_loss_for_preset(get_preset(name))
    point = np.array([0.7, -0.4])
    sampler = BatchSampler(loss.dataset.size, batch, seed=5)
    seen, weighted = [], np.zeros(2)
    for _ in range(sampler.batches_per_epoch):
        indices = sampler.next_batch()
        seen.extend(indices.tolist())
        weighted += loss.batch_gradient(point, indices) * len(indices)
    assert sorted(seen) == list(range(loss.dataset.size))  # every sample exactly once
    full = np.array([float(g) for g in loss.gradient(*point)])
    np.testing.assert_allclose(weighted / loss.dataset.size, full, rtol=1e-12, atol=1e-14)


def test_a_single_sample_gradient_by_hand():
    loss = data_loss_for_preset(get_preset("chain-data"))
    # ℓ = (w1·w2·x − x)²: ∂/∂w1 = 2(w1w2 − 1)x²·w2, ∂/∂w2 = 2(w1w2 − 1)x²·w1; sample 0 has x = 1.4
    g = loss.batch_gradient((0.5, 2.0), [0])
    np.testing.assert_allclose(g, [0.0, 0.0], atol=1e-15)
    g = loss.batch_gradient((1.0, 3.0), [0])
    np.testing.assert_allclose(g, [2 * 2 * 1.96 * 3.0, 2 * 2 * 1.96 * 1.0], rtol=1e-14)


def test_shuffling_is_seeded_per_epoch():
    a, b, c = BatchSampler(10, 3, seed=1), BatchSampler(10, 3, seed=1), BatchSampler(10, 3, seed=2)
    first = [a.next_batch().tolist() for _ in range(8)]
    assert first == [b.next_batch().tolist() for _ in range(8)]
    assert first != [c.next_batch().tolist() for _ in range(8)]
    assert [len(x) for x in first[:4]] == [3, 3, 3, 1]
    assert sorted(sum(first[4:8], [])) == list(range(10))  # the second epoch reshuffles all samples
    assert first[:4] != first[4:8]
    a.reset()
    assert a.next_batch().tolist() == first[0]


def test_sgd_on_data_uses_minibatches_and_the_same_seed_gives_the_same_run():
    loss = data_loss_for_preset(get_preset("linear-regression"))
    runs = [
        Run(loss, RunSpec("sgd", (0.0, 0.0), max_steps=50, batch_size=2, seed=s)).run_to_end()
        for s in (4, 4, 5)
    ]
    np.testing.assert_array_equal(runs[0].trail.points, runs[1].trail.points)
    assert not np.array_equal(runs[0].trail.points, runs[2].trail.points)
    full = Run(loss, RunSpec("gd", (0.0, 0.0), max_steps=50)).run_to_end()
    assert not np.allclose(runs[0].trail.points, full.trail.points)  # noisy, not the full-batch path
    assert runs[0].batch_size == 2 and full.batch_size is None
    assert Run(loss, RunSpec("sgd", (0.0, 0.0))).batch_size == 4  # the default mini-batch


def test_sgd_with_the_full_batch_is_gd():
    loss = data_loss_for_preset(get_preset("logistic-regression"))
    sgd = Run(loss, RunSpec("sgd", (0.0, 0.0), {"lr": 0.5}, max_steps=20, batch_size=16)).run_to_end()
    gd = Run(loss, RunSpec("gd", (0.0, 0.0), {"lr": 0.5}, max_steps=20)).run_to_end()
    np.testing.assert_allclose(sgd.trail.points, gd.trail.points, rtol=1e-12, atol=1e-15)


def test_sgd_on_the_chain_data_stays_at_the_lecture_saddle():
    loss = data_loss_for_preset(get_preset("chain-data"))
    run = Run(loss, RunSpec("sgd", (0.0, 0.0), max_steps=30, batch_size=1)).run_to_end()
    assert np.all(run.trail.points == 0.0) and run.outcome == "saddle"


def test_bad_data_and_batch_sizes_are_data_errors():
    with pytest.raises(DataError, match="between 1 and 16"):
        Run(data_loss_for_preset(get_preset("chain-data")), RunSpec("sgd", (0.0, 0.0), batch_size=17))
    with pytest.raises(DataError, match="unknown data model"):
        Dataset.from_spec({"model": "mlp", "inputs": [1], "targets": [1]})
    with pytest.raises(DataError, match="equally long"):
        Dataset.from_spec({"model": "linear", "inputs": [1, 2], "targets": [1]})
    assert data_loss_for_preset(get_preset("himmelblau")) is None
