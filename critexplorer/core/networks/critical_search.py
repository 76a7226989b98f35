"""Finding a network's critical points honestly: train, then solve ∇L = 0 with a second-order method.

Each run starts from its own seeded initialisation, trains with full-batch Adam, then takes
Levenberg–Marquardt steps on the residual ∇L, whose Jacobian is H:

    θ ← θ − (H² + μI)⁻¹ H ∇L      (computed through H = QΛQᵀ: step = −Q · Λ/(Λ² + μ) · Qᵀ∇L)

With μ → 0 these are Newton's steps on ∇L = 0, which converge to saddles as readily as to minima. A point
counts as critical only when ‖∇L‖ ≤ the gradient tolerance (core/tolerances.py); a run that stalls above it is
kept and reported as not critical, and flagged gradient-flat when ∇L lies in H's near-null space.

Everything is vectorised over the runs of a chunk (arrays (R, P) and (R, P, P)); each run's arithmetic
is its own, so a run's result does not depend on which other runs share its chunk.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from critexplorer.core.networks.datasets import NetworkData
from critexplorer.core.networks.network import Network
from critexplorer.core.networks.spectrum import Spectrum, spectrum_of
from critexplorer.core.tolerances import (
    NETWORK_DAMPING_LADDER,
    NETWORK_GRADIENT_FLAT_TOL,
    NETWORK_GRADIENT_TOL,
    NETWORK_PSEUDO_INVERSE_CUTOFF,
    NETWORK_SOLVER_GROWTH,
    NETWORK_SOLVER_ITERATIONS,
    NETWORK_SOLVER_STOP,
    NETWORK_SOLVER_TRUST,
    NETWORK_ZERO_EIGENVALUE_TOL,
)

_ADAM_BETAS = (0.9, 0.999)
_ADAM_EPSILON = 1e-8


@dataclass(frozen=True)
class SearchSettings:
    """How each run looks for its critical point (the defaults are the experiment's)."""

    train_steps: int = 1000  # full-batch Adam steps before the second-order solve
    learning_rate: float = 0.01
    init_scale: float = 1.0  # W ~ N(0, scale²/n_in), b ~ N(0, (0.1·scale)²)
    solver_iterations: int = NETWORK_SOLVER_ITERATIONS
    zero_tol: float = NETWORK_ZERO_EIGENVALUE_TOL


@dataclass(frozen=True)
class CriticalRun:
    """One run's point and what it is."""

    run: int
    seed: int
    params: np.ndarray
    loss: float
    gradient_norm: float
    critical: bool
    gradient_flat: bool
    spectrum: Spectrum
    trained_loss: float | None = None  # where Adam stopped, before the Newton solve
    solve_distance: float | None = None  # ‖θ − θ_trained‖: how far the solve went

    @property
    def is_minimum(self) -> bool:
        return self.critical and self.spectrum.is_minimum

    @property
    def is_saddle(self) -> bool:
        return self.critical and self.spectrum.negative > 0 and self.spectrum.positive > 0

    def to_dict(self) -> dict:
        return {
            "run": self.run,
            "seed": self.seed,
            "params": self.params.tolist(),
            "loss": self.loss,
            "gradient_norm": self.gradient_norm,
            "critical": self.critical,
            "gradient_flat": self.gradient_flat,
            **self.spectrum.to_dict(),
            "trained_loss": self.trained_loss,
            "solve_distance": self.solve_distance,
        }


def gradient_tolerance(network: Network, data: NetworkData) -> float:
    """‖∇L‖ at or below this is critical: NETWORK_GRADIENT_TOL · max(1, L of the all-zero prediction)."""
    if network.loss == "mse":
        zero_loss = float(np.mean(np.sum(data.targets**2, axis=1)))
    else:
        zero_loss = float(np.log(network.outputs))
    return NETWORK_GRADIENT_TOL * max(1.0, zero_loss)


def initial_points(network: Network, seeds: Sequence[int], scale: float = 1.0) -> np.ndarray:
    """θ₀ for each seed, (R, P): run k's start depends on its seed alone."""
    return np.stack([network.initial_parameters(np.random.default_rng(int(s)), scale) for s in seeds])


def train(
    network: Network, data: NetworkData, thetas: np.ndarray, steps: int, learning_rate: float
) -> np.ndarray:
    """Full-batch Adam on every row of θ (R, P) at once; a row that overflows stops where it was finite."""
    theta = np.array(thetas, float)
    m, v = np.zeros_like(theta), np.zeros_like(theta)
    (b1, b2), lr = _ADAM_BETAS, float(learning_rate)
    with np.errstate(all="ignore"):
        for t in range(1, int(steps) + 1):
            _, g = network.value_and_gradient(theta, data)
            m = b1 * m + (1.0 - b1) * g
            v = b2 * v + (1.0 - b2) * g * g
            step = lr * (m / (1.0 - b1**t)) / (np.sqrt(v / (1.0 - b2**t)) + _ADAM_EPSILON)
            moved = theta - step
            finite = np.all(np.isfinite(moved), axis=1)
            theta[finite] = moved[finite]
    return theta


def solve_gradient_roots(
    network: Network, data: NetworkData, thetas: np.ndarray, tolerance: float, iterations: int
) -> np.ndarray:
    """Damped Newton (Levenberg–Marquardt) on ∇L = 0 for every row of θ (R, P); the best point of each.

    Each iteration tries the whole ladder of dampings μ = m·max λ² (m in NETWORK_DAMPING_LADDER, 0 first:
    the pseudo-inverse Newton step) at once and takes the least damped step whose ‖∇L‖ grows at most
    NETWORK_SOLVER_GROWTH-fold. Requiring ‖∇L‖ to fall at every step stalls in curved valleys of ‖∇L‖²;
    allowing a bounded rise lets Newton's steps through, and the lowest ‖∇L‖ seen is what is kept. No step
    is longer than NETWORK_SOLVER_TRUST · (1 + ‖θ‖).
    """
    theta = np.array(thetas, float)
    ladder = np.asarray(NETWORK_DAMPING_LADDER, float)
    with np.errstate(all="ignore"):
        _, g = network.value_and_gradient(theta, data)
        norms = np.linalg.norm(g, axis=1)
        norms[~np.isfinite(norms)] = np.inf
        best, best_norms = theta.copy(), norms.copy()
        stop = NETWORK_SOLVER_STOP * tolerance
        done = ~np.isfinite(norms) | (norms <= stop)
        for _ in range(int(iterations)):
            active = np.flatnonzero(~done)
            if active.size == 0:
                break
            lam, Q = np.linalg.eigh(network.hessians(theta[active], data))
            scale2 = np.max(lam**2, axis=1)
            gq = np.einsum("rpk,rp->rk", Q, g[active])
            mu = ladder[None, :, None] * scale2[:, None, None]  # (A, M, 1)
            resolved = (
                np.abs(lam)[:, None, :] > NETWORK_PSEUDO_INVERSE_CUTOFF * np.sqrt(scale2)[:, None, None]
            )
            gain = np.where(resolved, lam[:, None, :] / (lam[:, None, :] ** 2 + mu), 0.0)
            steps = np.einsum("rpk,rmk->rmp", Q, gain * gq[:, None, :])
            radius = NETWORK_SOLVER_TRUST * (1.0 + np.linalg.norm(theta[active], axis=1))
            lengths = np.linalg.norm(steps, axis=2)
            # A step longer than the trust radius is shortened to it (the direction kept): Newton's
            # pseudo-inverse steps otherwise leap to saturated units, where every gradient vanishes.
            steps *= np.minimum(1.0, radius[:, None] / np.maximum(lengths, 1e-300))[:, :, None]
            candidates = theta[active][:, None, :] - steps
            _, g_new = network.value_and_gradient(candidates.reshape(-1, theta.shape[1]), data)
            g_new = g_new.reshape(candidates.shape)
            n_new = np.linalg.norm(g_new, axis=2)
            n_new[~np.isfinite(n_new)] = np.inf
            within = n_new <= NETWORK_SOLVER_GROWTH * norms[active][:, None]
            choice = np.where(within.any(axis=1), np.argmax(within, axis=1), np.argmin(n_new, axis=1))
            rows = np.arange(active.size)
            chosen = n_new[rows, choice]
            moved = np.isfinite(chosen)
            stay = active[~moved]
            done[stay] = True  # every step overflowed: nowhere to go
            go = active[moved]
            theta[go] = candidates[rows[moved], choice[moved]]
            g[go] = g_new[rows[moved], choice[moved]]
            norms[go] = chosen[moved]
            better = go[norms[go] < best_norms[go]]
            best[better], best_norms[better] = theta[better], norms[better]
            done |= best_norms <= stop
    return best


def search_critical_points(
    network: Network,
    data: NetworkData,
    seeds: Sequence[int],
    settings: SearchSettings = SearchSettings(),
    runs: Sequence[int] | None = None,
    starts: np.ndarray | None = None,
) -> list[CriticalRun]:
    """One CriticalRun per seed (numbered `runs`, default 0…): seeded start (or `starts`), train, solve."""
    seeds = [int(s) for s in seeds]
    runs = list(range(len(seeds))) if runs is None else [int(r) for r in runs]
    theta = initial_points(network, seeds, settings.init_scale) if starts is None else np.array(starts, float)
    trained = train(network, data, theta, settings.train_steps, settings.learning_rate)
    tolerance = gradient_tolerance(network, data)
    theta = solve_gradient_roots(network, data, trained, tolerance, settings.solver_iterations)
    points = describe_points(network, data, theta, seeds, runs, settings.zero_tol)
    with np.errstate(all="ignore"):
        trained_losses = network.value(trained, data)
    distances = np.linalg.norm(theta - trained, axis=1)
    return [
        replace(p, trained_loss=float(t), solve_distance=float(d))
        for p, t, d in zip(points, trained_losses, distances, strict=True)
    ]


def describe_points(
    network, data, theta, seeds, runs, zero_tol=NETWORK_ZERO_EIGENVALUE_TOL
) -> list[CriticalRun]:
    """Loss, ‖∇L‖, whether critical or gradient-flat, and the full spectrum at each row of θ (R, P)."""
    tolerance = gradient_tolerance(network, data)
    with np.errstate(all="ignore"):
        values, g = network.value_and_gradient(theta, data)
        hessians = network.hessians(theta, data)
        norms = np.linalg.norm(g, axis=1)
        finite = np.isfinite(values) & np.isfinite(norms) & np.all(np.isfinite(hessians), axis=(1, 2))
        safe = np.where(finite[:, None, None], hessians, 0.0)
        eigenvalues = np.linalg.eigvalsh(safe)
        flat_measure = np.linalg.norm(
            np.einsum("rpq,rq->rp", safe, np.where(finite[:, None], g, 0.0)), axis=1
        )
    out = []
    for i, (run, seed) in enumerate(zip(runs, seeds, strict=True)):
        spectrum = spectrum_of(eigenvalues[i] if finite[i] else np.full(network.parameters, np.nan), zero_tol)
        critical = bool(finite[i] and norms[i] <= tolerance)
        h_norm = float(np.max(np.abs(eigenvalues[i]))) if finite[i] else 0.0
        flat = bool(
            finite[i] and not critical and flat_measure[i] <= NETWORK_GRADIENT_FLAT_TOL * h_norm * norms[i]
        )
        out.append(
            CriticalRun(
                run=run,
                seed=seed,
                params=theta[i].copy(),
                loss=float(values[i]),
                gradient_norm=float(norms[i]),
                critical=critical,
                gradient_flat=flat,
                spectrum=spectrum,
            )
        )
    return out
