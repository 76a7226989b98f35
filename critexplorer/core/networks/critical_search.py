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

from critexplorer.core.limits import DEFAULT_NETWORK_TRAIN_STEPS
from critexplorer.core.networks.datasets import NetworkData
from critexplorer.core.networks.network import Network
from critexplorer.core.networks.spectrum import Spectrum, spectrum_of
from critexplorer.core.tolerances import (
    NETWORK_GRADIENT_FLAT_TOL,
    NETWORK_GRADIENT_TOL,
    NETWORK_SOLVER_DAMPING,
    NETWORK_SOLVER_ITERATIONS,
    NETWORK_SOLVER_MAX_DAMPING,
    NETWORK_SOLVER_STOP,
    NETWORK_SOLVER_TRAVEL,
    NETWORK_SOLVER_TRUST,
    NETWORK_ZERO_EIGENVALUE_TOL,
)

_ADAM_BETAS = (0.9, 0.999)
_ADAM_EPSILON = 1e-8


@dataclass(frozen=True)
class SearchSettings:
    """How each run looks for its critical point (the defaults are the experiment's)."""

    train_steps: int = DEFAULT_NETWORK_TRAIN_STEPS  # full-batch Adam steps before the second-order solve
    learning_rate: float = 0.01
    init_scale: float = 1.0  # W ~ N(0, scale²/n_in), b ~ N(0, (0.1·scale)²)
    solver_iterations: int = NETWORK_SOLVER_ITERATIONS  # steps of each phase of the solve
    solver_travel: float = NETWORK_SOLVER_TRAVEL  # no run ends further than this · max(1, ‖θ_trained‖) away
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


def _trust_region_steps(lam: np.ndarray, gq: np.ndarray, radius: np.ndarray) -> np.ndarray:
    """argmin gq·s + ½ Σ λ s² over ‖s‖ ≤ radius in H's eigen-coordinates, for every row (exact subproblem).

    s(μ) = −gq / (λ + μ) with the smallest μ ≥ max(0, −λ_min) whose step fits (bisection: ‖s(μ)‖ falls with
    μ); in the hard case (no gradient along a negative direction) the lowest eigenvector fills the radius.
    """
    floor = np.maximum(0.0, -lam[:, 0])
    tiny = 1e-14 * np.max(np.abs(lam), axis=1, keepdims=True) + 1e-300

    def step(mu):
        shifted = lam + mu[:, None]
        return -gq / np.where(np.abs(shifted) > tiny, shifted, np.inf)

    newton = step(floor)
    # At μ = −λ_min the step along the lowest directions is infinite unless the gradient has no part there.
    singular = (np.abs(lam + floor[:, None]) <= tiny) & (
        np.abs(gq) > 1e-12 * np.linalg.norm(gq, axis=1)[:, None]
    )
    inside = (np.linalg.norm(newton, axis=1) <= radius) & ~singular.any(axis=1)
    low, high = floor.copy(), floor + np.linalg.norm(gq, axis=1) / radius
    for _ in range(60):
        mid = 0.5 * (low + high)
        longer = np.linalg.norm(step(mid), axis=1) > radius
        low, high = np.where(longer, mid, low), np.where(longer, high, mid)
    steps = np.where(inside[:, None], newton, step(high))
    hard = inside & (lam[:, 0] < -tiny[:, 0])
    fill = np.sqrt(np.maximum(radius**2 - np.sum(steps**2, axis=1), 0.0))
    steps[hard, 0] -= np.where(gq[hard, 0] > 0, 1.0, -1.0) * fill[hard]
    return steps


def minimise_locally(
    network: Network,
    data: NetworkData,
    thetas: np.ndarray,
    anchors: np.ndarray,
    tolerance: float,
    iterations: int,
    travel: float = NETWORK_SOLVER_TRAVEL,
) -> np.ndarray:
    """Trust-region Newton on L (exact H, eigh) for every row of θ (R, P), never leaving the travel cap.

    Where Adam stopped ‖∇L‖ is ~1e-3; this continues what training does (lower L) with second-order steps,
    no longer than NETWORK_SOLVER_TRUST · max(1, ‖θ‖) each. A run stops when ‖∇L‖ ≤ the tolerance or when a
    step would take it further than NETWORK_SOLVER_TRAVEL · max(1, ‖anchor‖) from its anchor (where training
    stopped): such a run keeps descending along a valley, not towards a critical point close by.
    """
    theta = np.array(thetas, float)
    cap = travel * np.maximum(1.0, np.linalg.norm(anchors, axis=1))
    radius = 0.1 * NETWORK_SOLVER_TRUST * np.maximum(1.0, np.linalg.norm(theta, axis=1))
    with np.errstate(all="ignore"):
        values, g = network.value_and_gradient(theta, data)
        stopped = ~np.isfinite(values) | ~np.all(np.isfinite(g), axis=1)
        for _ in range(int(iterations)):
            norms = np.linalg.norm(g, axis=1)
            active = np.flatnonzero(~stopped & (norms > tolerance))
            if active.size == 0:
                break
            lam, Q = np.linalg.eigh(network.hessians(theta[active], data))
            gq = np.einsum("rpk,rp->rk", Q, g[active])
            limit = NETWORK_SOLVER_TRUST * np.maximum(1.0, np.linalg.norm(theta[active], axis=1))
            radius[active] = np.minimum(radius[active], limit)
            s = _trust_region_steps(lam, gq, radius[active])
            predicted = np.sum(gq * s, axis=1) + 0.5 * np.sum(lam * s * s, axis=1)
            candidates = theta[active] + np.einsum("rpk,rk->rp", Q, s)
            new_values, new_g = network.value_and_gradient(candidates, data)
            rho = (new_values - values[active]) / np.minimum(predicted, -1e-300)
            finite = np.isfinite(new_values) & np.all(np.isfinite(new_g), axis=1)
            accept = finite & (rho > 0.1)
            length = np.linalg.norm(s, axis=1)
            grow = (rho > 0.75) & (length >= 0.99 * radius[active])
            radius[active] = np.where(
                rho < 0.25,
                0.25 * length,
                np.where(grow, np.minimum(2.0 * radius[active], limit), radius[active]),
            )
            stopped[active[radius[active] <= 0.0]] = True
            beyond = np.linalg.norm(candidates - anchors[active], axis=1) > cap[active]
            stopped[active[accept & beyond]] = True
            take = accept & ~beyond
            rows = active[take]
            theta[rows], values[rows], g[rows] = candidates[take], new_values[take], new_g[take]
    return theta


def solve_gradient_roots(
    network: Network,
    data: NetworkData,
    thetas: np.ndarray,
    tolerance: float,
    iterations: int,
    anchors: np.ndarray | None = None,
    travel: float = NETWORK_SOLVER_TRAVEL,
) -> np.ndarray:
    """Levenberg–Marquardt on the residual ∇L (Jacobian H) for every row of θ (R, P), within the travel cap.

    Each step minimises ‖∇L + H δ‖² + μ‖δ‖²: δ = −(H² + μI)⁻¹ H ∇L = −Q · Λ/(Λ² + μ) · Qᵀ∇L through
    H = QΛQᵀ, with μ = damping · max λ², no longer than NETWORK_SOLVER_TRUST · max(1, ‖θ‖). A step that
    lowers ‖∇L‖ and stays within NETWORK_SOLVER_TRAVEL · max(1, ‖anchor‖) of its anchor is taken and the
    damping falls (towards Newton-MR's δ = −H⁺∇L, which converges to saddles as readily as to minima, and
    quadratically near a non-degenerate one); otherwise the damping rises and the step shortens. A run
    stops at ‖∇L‖ ≤ NETWORK_SOLVER_STOP · tolerance, or when the damping passes NETWORK_SOLVER_MAX_DAMPING
    (no shorter step helps: it stalled, often in a gradient-flat region), or after `iterations` steps.
    (The earlier pure Newton-MR with a monotone backtracking line search stopped at the first step that
    failed, after one or two steps from most points where Adam stops.)
    """
    theta = np.array(thetas, float)
    anchors = theta.copy() if anchors is None else np.asarray(anchors, float)
    cap = travel * np.maximum(1.0, np.linalg.norm(anchors, axis=1))
    damping = np.full(theta.shape[0], NETWORK_SOLVER_DAMPING)
    with np.errstate(all="ignore"):
        _, g = network.value_and_gradient(theta, data)
        norms = np.linalg.norm(g, axis=1)
        norms[~np.isfinite(norms)] = np.inf
        stop = NETWORK_SOLVER_STOP * tolerance
        done = ~np.isfinite(norms) | (norms <= stop)
        fresh = np.ones(theta.shape[0], bool)  # H must be (re)computed at this row's θ
        eig_lam = np.zeros(theta.shape)
        eig_q = np.zeros(theta.shape + (theta.shape[1],))
        for _ in range(int(iterations)):
            active = np.flatnonzero(~done)
            if active.size == 0:
                break
            renew = active[fresh[active]]
            if renew.size:
                lam, Q = np.linalg.eigh(network.hessians(theta[renew], data))
                eig_lam[renew], eig_q[renew] = lam, Q
                fresh[renew] = False
            lam, Q = eig_lam[active], eig_q[active]
            gq = np.einsum("rpk,rp->rk", Q, g[active])
            mu = damping[active, None] * np.max(lam * lam, axis=1, keepdims=True)
            denominator = lam * lam + mu
            s = np.where(denominator > 0, -lam * gq / np.where(denominator > 0, denominator, 1.0), 0.0)
            resolved = np.abs(lam) > NETWORK_ZERO_EIGENVALUE_TOL * np.max(np.abs(lam), axis=1, keepdims=True)
            s = np.where(resolved, s, 0.0)  # no step along H's null space (flat directions)
            limit = NETWORK_SOLVER_TRUST * np.maximum(1.0, np.linalg.norm(theta[active], axis=1))
            s *= np.minimum(1.0, limit / np.maximum(np.linalg.norm(s, axis=1), 1e-300))[:, None]
            candidates = theta[active] + np.einsum("rpk,rk->rp", Q, s)
            _, g_new = network.value_and_gradient(candidates, data)
            n_new = np.linalg.norm(g_new, axis=1)
            n_new[~np.isfinite(n_new)] = np.inf
            within = np.linalg.norm(candidates - anchors[active], axis=1) <= cap[active]
            take = (n_new < norms[active]) & within
            go = active[take]
            theta[go], g[go], norms[go] = candidates[take], g_new[take], n_new[take]
            fresh[go] = True
            damping[active] = np.where(take, np.maximum(damping[active] * 0.2, 1e-20), damping[active] * 4.0)
            done |= (norms <= stop) | (damping > NETWORK_SOLVER_MAX_DAMPING)
    return theta


def find_critical_points(
    network: Network,
    data: NetworkData,
    trained: np.ndarray,
    tolerance: float,
    iterations: int,
    travel: float = NETWORK_SOLVER_TRAVEL,
) -> np.ndarray:
    """From where training stopped: Newton-MR at once; runs it leaves above the tolerance first descend
    locally (trust-region Newton on L), then Newton-MR again, every step within the travel cap of `trained`.

    Newton-MR first keeps a saddle training stopped near (the lecture's θ = 0) from being minimised away.
    """
    theta = solve_gradient_roots(network, data, trained, tolerance, iterations, trained, travel)
    with np.errstate(all="ignore"):
        norms = np.linalg.norm(network.value_and_gradient(theta, data)[1], axis=1)
    again = np.flatnonzero(~(norms <= tolerance) & np.isfinite(norms))
    if again.size:
        descended = minimise_locally(
            network, data, trained[again], trained[again], tolerance, iterations, travel
        )
        solved = solve_gradient_roots(network, data, descended, tolerance, iterations, trained[again], travel)
        with np.errstate(all="ignore"):
            new_norms = np.linalg.norm(network.value_and_gradient(solved, data)[1], axis=1)
        better = new_norms < norms[again]
        theta[again[better]] = solved[better]
    return theta


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
    theta = find_critical_points(
        network, data, trained, tolerance, settings.solver_iterations, settings.solver_travel
    )
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
