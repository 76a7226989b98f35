"""2-D slices of a network's loss: L(a, b) = L_net(θ* + a·d₁ + b·d₂), an ordinary Loss for the explorer.

Directions: `eig-min`, `eig-max`, `eig:K` (unit eigenvectors of H at θ*, K-th ascending, 0-based), and
`random:SEED`: Gaussian, filter-normalised as in Li et al. 2018 (each unit's incoming weights rescaled to
the norm of θ*'s weights into that unit; biases zeroed), the second orthogonalised against the first.
With eigenvector directions the slice's Hessian at (0, 0) is diag(λ_A, λ_B).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import autograd.numpy as anp
import numpy as np

from critexplorer.core.i18n import translate
from critexplorer.core.limits import MAX_NETWORK_PARAMETERS
from critexplorer.core.loss import Loss
from critexplorer.core.networks.datasets import Dataset, DatasetError, NetworkData, shape_for_network
from critexplorer.core.networks.network import Network, NetworkError, _autograd_activation
from critexplorer.core.text_input import to_ascii

_EIG = re.compile(r"^eig:(\d+)$")
_RANDOM = re.compile(r"^random:(\d+)$")


class SliceError(ValueError):
    """A slice that cannot be made (unknown direction, K out of range, parallel directions)."""


@dataclass(frozen=True)
class NetworkSlice:
    """The loss through θ* along d₁, d₂, and a window sized to them."""

    loss: Loss
    network: Network
    data: NetworkData
    theta: np.ndarray
    directions: tuple[str, str]
    vectors: tuple[np.ndarray, np.ndarray]
    xlim: tuple[float, float]
    ylim: tuple[float, float]


def check_direction(name: str, parameters: int) -> str:
    """The direction's name as the slice keeps it (eig－min typed on a Chinese keyboard is eig-min)."""
    name = to_ascii(name).strip()
    if name in ("eig-min", "eig-max") or _RANDOM.match(name):
        return name
    match = _EIG.match(name)
    if match:
        if int(match.group(1)) >= parameters:
            raise SliceError(
                translate("Slice", "{name}: the network has {count} eigenvalues, eig:0 to eig:{last}").format(
                    name=name, count=parameters, last=parameters - 1
                )
            )
        return name
    raise SliceError(
        translate("Slice", "unknown direction {name}: use eig-min, eig-max, eig:K or random:SEED").format(
            name=repr(name)
        )
    )


def filter_normalised(network: Network, theta: np.ndarray, seed: int) -> np.ndarray:
    """A Gaussian direction with each unit's incoming weights scaled to ‖θ*'s‖ there; biases 0."""
    rng = np.random.default_rng(seed)
    d = np.zeros_like(theta)
    for (W, _), (V, c) in zip(network.split(theta), network.split(d), strict=True):
        G = rng.normal(size=W.shape)
        V[...] = G * (np.linalg.norm(W, axis=0) / np.maximum(np.linalg.norm(G, axis=0), 1e-300))
        if c is not None:
            c[...] = 0.0
    return d


def _orthogonalised(d: np.ndarray, against: np.ndarray) -> np.ndarray:
    length = np.linalg.norm(d)
    d = d - (d @ against) / (against @ against) * against
    if np.linalg.norm(d) <= 1e-12 * length:
        raise SliceError(translate("Slice", "the two directions are parallel; choose another"))
    return d * (length / np.linalg.norm(d))


def slice_directions(
    network: Network, data: NetworkData, theta, names
) -> tuple[tuple[np.ndarray, ...], list]:
    """The two vectors and, for eigen-directions, their eigenvalues (None for random ones)."""
    theta = np.asarray(theta, float)
    names = [check_direction(n, network.parameters) for n in names]
    lam = Q = None
    if any(n.startswith("eig") for n in names):
        lam, Q = np.linalg.eigh(network.hessians(theta[None], data)[0])
    vectors, eigenvalues = [], []
    for name in names:
        if name.startswith("eig"):
            k = 0 if name == "eig-min" else network.parameters - 1 if name == "eig-max" else int(name[4:])
            vectors.append(Q[:, k].copy())
            eigenvalues.append(float(lam[k]))
        else:
            vectors.append(filter_normalised(network, theta, int(name.split(":")[1])))
            eigenvalues.append(None)
    if names[0] == names[1]:
        raise SliceError(
            translate(
                "Slice", "the directions {first},{second} are the same; choose two different ones"
            ).format(first=names[0], second=names[1])
        )
    d1, d2 = vectors
    # Gram–Schmidt on a random direction, keeping its length (eigenvectors are orthogonal already): the
    # second against the first, or a random first against an eigenvector second.
    if names[1].startswith("random"):
        d2 = _orthogonalised(d2, d1)
    elif names[0].startswith("random"):
        d1 = _orthogonalised(d1, d2)
    return (d1, d2), eigenvalues


def _half_width(network: Network, data: NetworkData, theta, vector, eigenvalue) -> float:
    """Random (filter-normalised) directions: 1, as in Li et al.; eigenvectors: where ½|λ|t² reaches the
    loss's size, capped at ½(1 + ‖θ*‖)."""
    if eigenvalue is None:
        return 1.0
    size = max(float(network.value(theta[None], data)[0]), 1e-2)
    cap = 0.5 * (1.0 + float(np.linalg.norm(theta)))
    return float(min(cap, np.sqrt(2.0 * size / abs(eigenvalue)))) if eigenvalue else cap


# Grid points per block of the analytic fields: arrays of (block, 2, N, width) stay a few MB.
_FIELD_BLOCK = 1024


class SliceLoss(Loss):
    """A slice's Loss whose value, gradient and Hessian come from the network's own vectorised passes
    (∇L·dᵢ and dᵢᵀ H dⱼ through two Hessian-vector products), not from autograd tracing the grid: a
    128² grid on 2-8-1 × 64 samples is ~20× faster. `_evaluate` (autograd) stays for anything else."""

    def __init__(self, evaluate, network: Network, data: NetworkData, theta, vectors, formula: str):
        super().__init__(evaluate, vars=("a", "b"), formula=formula, uses_both=True)
        self._network, self._data, self._theta = network, data, np.asarray(theta, float)
        self._d = np.stack(vectors)  # (2, P)

    def _points(self, x, y) -> tuple[np.ndarray, tuple]:
        x, y = np.broadcast_arrays(np.asarray(x, float), np.asarray(y, float))
        return self._theta + x.reshape(-1, 1) * self._d[0] + y.reshape(-1, 1) * self._d[1], x.shape

    def value(self, x, y):
        theta, shape = self._points(x, y)
        with np.errstate(all="ignore"):
            out = np.concatenate(
                [
                    self._network.value(theta[i : i + _FIELD_BLOCK], self._data)
                    for i in range(0, len(theta), _FIELD_BLOCK)
                ]
            )
        return out.reshape(shape) if shape else float(out[0])

    def gradient(self, x, y):
        return tuple(self._second_order(x, y)[1:3])

    def _second_order(self, x, y):
        theta, shape = self._points(x, y)
        parts = []
        with np.errstate(all="ignore"):
            for i in range(0, len(theta), _FIELD_BLOCK):
                block = theta[i : i + _FIELD_BLOCK]
                value, g = self._network.value_and_gradient(block, self._data)
                directions = np.broadcast_to(self._d, (len(block), 2, self._d.shape[1]))
                hd = self._network.hessian_vector_products(block, self._data, directions)  # (B, 2, P)
                gd = g @ self._d.T
                parts.append(
                    np.stack(
                        [
                            value,
                            gd[:, 0],
                            gd[:, 1],
                            hd[:, 0] @ self._d[0],
                            hd[:, 0] @ self._d[1],
                            hd[:, 1] @ self._d[1],
                        ]
                    )
                )
        out = np.concatenate(parts, axis=1)
        return tuple(row.reshape(shape) for row in out)


def slice_loss(network: Network, data: NetworkData, theta, directions, label: str = "") -> NetworkSlice:
    """The slice as a Loss in variables (a, b) and its default window."""
    theta = np.asarray(theta, float)
    (d1, d2), eigenvalues = slice_directions(network, data, theta, directions)
    base, along_a, along_b = network.split(theta), network.split(d1), network.split(d2)
    X, Y, n = data.inputs, data.targets, data.inputs.shape[0]
    last = len(base) - 1
    classes = np.asarray(Y) if network.loss == "cross-entropy" else None

    def evaluate(a, b):
        # θ = θ* + a·d₁ + b·d₂ layer by layer: h @ W = h @ W* + a·(h @ V₁) + b·(h @ V₂), so the grid's
        # points share three fixed matrices instead of one matrix each.
        a_, b_ = anp.expand_dims(anp.expand_dims(a, -1), -1), anp.expand_dims(anp.expand_dims(b, -1), -1)
        h = X
        for index, ((W, c), (V1, c1), (V2, c2)) in enumerate(zip(base, along_a, along_b, strict=True)):
            z = anp.dot(h, W) + a_ * anp.dot(h, V1) + b_ * anp.dot(h, V2)
            if c is not None:
                z = z + c + a_ * c1 + b_ * c2
            h = _autograd_activation(network.activation, z) if index < last else z
        if network.loss == "mse":
            return anp.sum((h - Y) ** 2, axis=(-2, -1)) / n
        top = anp.max(h, axis=-1, keepdims=True)
        log_norm = anp.log(anp.sum(anp.exp(h - top), axis=-1)) + top[..., 0]
        onehot = (np.arange(network.outputs) == classes[:, None]).astype(float)
        return anp.sum(log_norm - anp.sum(h * onehot, axis=-1), axis=-1) / n

    names = tuple(d.strip() for d in directions)
    formula = label or f"slice of {network.name} along {names[0]},{names[1]}"
    loss = SliceLoss(evaluate, network, data, theta, (d1, d2), formula)
    wa = _half_width(network, data, theta, d1, eigenvalues[0])
    wb = _half_width(network, data, theta, d2, eigenvalues[1])
    return NetworkSlice(loss, network, data, theta, names, (d1, d2), (-wa, wa), (-wb, wb))


def report_point(report: dict, run: int) -> tuple[Network, NetworkData, np.ndarray]:
    """The network, its data and run `run`'s θ* from an experiment's JSON; SliceError saying what is
    missing or does not fit (a results file is the user's: any field may be edited or broken)."""
    try:
        spec = report["network"]
        network = Network(tuple(spec["layers"]), spec["activation"], bool(spec["bias"]), spec["loss"])
        data_spec = report["data"]
        name = str(data_spec.get("name", "data"))
        inputs = np.asarray(data_spec["inputs"], float)
        targets = np.asarray(data_spec["targets"], float)
        runs = {int(r["run"]): r for r in report["runs"]}
        theta = np.asarray(runs[run]["params"], float) if run in runs else None
    except NetworkError as error:
        raise SliceError(
            translate("Slice", "the results' network: {problem}").format(problem=error)
        ) from None
    except (KeyError, TypeError, ValueError, OverflowError, AttributeError) as error:
        raise SliceError(not_results(error)) from None
    if theta is None:
        known = f"{min(runs)}…{max(runs)}" if runs else translate("Slice", "none")
        raise SliceError(
            translate("Slice", "no run {run} in the results (runs: {known})").format(run=run, known=known)
        )
    if network.parameters > MAX_NETWORK_PARAMETERS:
        raise SliceError(
            translate(
                "Slice", "the results' {network} network has {count} parameters; at most {most}"
            ).format(network=network.name, count=network.parameters, most=MAX_NETWORK_PARAMETERS)
        )
    fits = (
        theta.shape == (network.parameters,)
        and inputs.ndim == 2
        and len(inputs) > 0
        and inputs.shape[1] == network.inputs
        and targets.ndim in (1, 2)
        and len(targets) == len(inputs)
    )
    if not fits or not (
        np.isfinite(theta).all() and np.isfinite(inputs).all() and np.isfinite(targets).all()
    ):
        raise SliceError(
            translate("Slice", "run {run}'s parameters or data do not fit the {network} network").format(
                run=run, network=network.name
            )
        )
    try:  # the columns and classes checked as for a CSV; classes become integers for cross-entropy
        data = shape_for_network(Dataset(name, inputs, targets.reshape(len(targets), -1)), network)
    except DatasetError as error:
        raise SliceError(translate("Slice", "the results' data: {problem}").format(problem=error)) from None
    return network, data, theta


def not_results(error: Exception) -> str:
    """A results file missing a field (a KeyError, TypeError or ValueError naming it)."""
    return translate("Slice", "not an experiment's results (no {what})").format(what=error)


def slice_label(network: Network, run: int, directions) -> str:
    names = [d.strip() for d in directions]
    return f"{network.name} run {run} along {names[0]},{names[1]}"


def slice_from_report(report: dict, run: int, directions) -> NetworkSlice:
    """The slice through run `run` of an experiment's JSON (what `critexplorer experiment --out` wrote)."""
    network, data, theta = report_point(report, run)
    names = [d.strip() for d in directions]
    try:
        return slice_loss(network, data, theta, names, slice_label(network, run, names))
    except (np.linalg.LinAlgError, ArithmeticError):  # finite but huge numbers overflow in the Hessian
        raise SliceError(
            translate("Slice", "the Hessian at run {run} cannot be computed (its numbers overflow)").format(
                run=run
            )
        ) from None
