"""Every numerical tolerance of the engine, named, relative to the scale of the loss in view."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# A point is critical when a critical point lies within this fraction of the length scale:
# ‖g‖ ≤ POSITION_TOL·length·‖H‖ (so published points rounded to 6 decimals still count).
POSITION_TOL = 1e-5
# The same for a point inspected on its own (no window; unit length): published points are often
# rounded to 4 decimals (six-hump camel: 0.0898, -0.7126), and 1e-3 away is clearly not critical.
LONE_POINT_POSITION_TOL = 1e-4
# A near-critical point whose Hessian is this close to singular (min|λ| ≤ this · max|λ|) is classified
# at the critical point a pseudo-Newton step away: off the valley of (1 − w1·w2)² by 3e-6 the Hessian
# has λ ≈ −6e-6, which says "saddle" about a point whose critical neighbour is a valley minimum.
NEAR_SINGULAR_RATIO = 1e-3
# Far from the origin floats are coarse (one ulp ≈ 2e-16·|θ|): a lone point's length scale stays
# above this fraction of |θ| so that tolerances and probe radii stay far above roundoff.
FAR_POINT_LENGTH_FRACTION = 1e-8
# Floor for ‖g‖ when H ≈ 0, as a fraction of loss_range / length.
GRADIENT_FLOOR = 1e-9
# An eigenvalue below this fraction of the largest |λ| (or below the curvature floor) is suspect; it is
# zero only when roundoff or the point's inexactness explains it (analysis/zero_curvature.py).
EIGENVALUE_REL_TOL = 1e-6
# Roundoff in H's entries moves an eigenvalue by up to this many ε times its componentwise condition.
HESSIAN_ROUNDOFF_FACTOR = 1e3
# A suspect eigenvalue that changes by this fraction across the Newton step to the critical point is
# an artifact of the point's offset (a degenerate point's λ changes by half or more; a true one ~0).
STEP_CURVATURE_SHIFT = 0.1
# Curvature floor as a fraction of loss_range / length².
CURVATURE_FLOOR = 1e-10
# Differences of L smaller than this multiple of machine epsilon·|L| are roundoff.
ROUNDOFF_FACTOR = 1e3
# In the higher-order test, changes of L below this fraction of loss_range are not resolved.
RESOLUTION_FLOOR = 1e-12
# Two critical points closer than this fraction of the length scale are the same point.
DEDUP_TOL = 1e-6
# The root solver stops a seed once its step is below this fraction of the length scale.
SOLVER_STEP_TOL = 1e-13
# Critical points this fraction of the length scale outside the window still count as inside.
WINDOW_MARGIN = 1e-6
# A re-projected point is on a critical curve when ∇L along the curve ≤ this · |transverse λ| · step
# (a true curve leaves roundoff; an isolated degenerate point leaves |∇L| ~ step² or step³).
CURVE_GRADIENT_TOL = 1e-9
# Critical curves whose L differs by less than this fraction of loss_range form one set.
LEVEL_TOL = 1e-6
# An optimizer run has diverged once |θ| leaves a box this many times larger than its start
# (or its view window): [-R, R]² with R = factor·max(1, |start|∞, |window|∞).
DIVERGENCE_BOX_FACTOR = 100.0
# A run whose last RUN_SETTLE_STEPS points stay within this fraction of the distance it travelled
# has settled (e.g. RMSProp hovering around a minimum); it is labelled by the critical point it
# hovers around, if Newton from the centre of those points finds one within twice their spread.
RUN_SETTLE_STEPS = 20
RUN_SETTLE_FRACTION = 0.02
# A step at most this fraction of the distance a run travelled leaves its point where it was; a run
# whose last RUN_SETTLE_STEPS steps all do has stopped moving (lr 0, Newton at its root in roundoff).
RUN_STALL_FRACTION = 1e-12
# A run still short of a critical point counts as converging onto it only when the distance left at
# its current rate is at most this fraction of the distance it travelled: it has as good as arrived.
# (GD along the lecture valley: 0.015 %; AdaGrad 0.017 short of a Himmelblau minimum: 0.4 %, moving.)
RUN_ARRIVED_FRACTION = 1e-3


@dataclass(frozen=True)
class Scale:
    """The size of the landscape in view: how long the window is and how much L varies."""

    length: float
    loss_range: float
    position_tol: float = POSITION_TOL  # critical within position_tol·length of a critical point

    @property
    def gradient_floor(self) -> float:
        return GRADIENT_FLOOR * self.loss_range / self.length

    @property
    def curvature_floor(self) -> float:
        return CURVATURE_FLOOR * self.loss_range / self.length / self.length  # no overflow

    @classmethod
    def around_point(cls, point, value: float, gradient, hessian, nearby_values=None) -> Scale:
        """A scale for a lone point: unit length, and how much L varies within it.

        The variation is |L| + ‖g‖ + ½·max|H| (the Taylor terms at unit distance); when all of them
        are zero (x⁴ + y⁴ at 0) it is the spread of `nearby_values`, L sampled around the point.
        """
        with np.errstate(all="ignore"):
            distance = float(np.hypot(*np.asarray(point, float)))
            length = np.float64(max(1.0, FAR_POINT_LENGTH_FRACTION * distance))
            spread = float(
                abs(value) + np.linalg.norm(gradient) * length + 0.5 * np.abs(hessian).max() * length**2
            )
            if spread == 0.0 and nearby_values is not None:
                nearby = np.asarray(nearby_values, float)
                nearby = np.abs(nearby[np.isfinite(nearby)] - value)
                spread = float(nearby.max()) if nearby.size else 0.0
        loss_range = spread if np.isfinite(spread) and spread > 0 else 1.0
        return cls(length=float(length), loss_range=loss_range, position_tol=LONE_POINT_POSITION_TOL)

    @classmethod
    def of_window(cls, xlim, ylim, values=None) -> Scale:
        """The scale of a rectangle, from its diagonal and the finite range of L sampled on it."""
        length = float(np.hypot(xlim[1] - xlim[0], ylim[1] - ylim[0]))
        loss_range = 1.0
        if values is not None:
            finite = np.asarray(values)[np.isfinite(values)]
            if finite.size:
                loss_range = float(finite.max() - finite.min()) or max(1.0, abs(float(finite[0])))
        return cls(length=length, loss_range=loss_range)


# --- Networks (core/networks): critical points of a network's loss in P dimensions ---------------
# A network's point is critical when ‖∇L‖ ≤ NETWORK_GRADIENT_TOL · max(1, L₀), L₀ the loss of the
# all-zero prediction (mean ‖y‖² for mse, log(outputs) for cross-entropy): the size of L in view.
# (Measured on 2-8-1 tanh: Newton's steps bring most runs from ~1e-3 to 1e-7…1e-9 and then creep along
# directions whose curvature is ~1e-6 of the largest; a tighter tolerance would call them stalled.)
NETWORK_GRADIENT_TOL = 1e-6
# The second-order solve stops a run once ‖∇L‖ is this far below the critical tolerance (converged to
# roundoff), or after NETWORK_SOLVER_ITERATIONS steps of each phase, keeping the lowest ‖∇L‖ it reached.
NETWORK_SOLVER_STOP = 1e-7
# (1-4-1 tanh on 'regression': 13 of 40 runs critical at 30 steps, 33 at 100; each step is one Hessian.)
NETWORK_SOLVER_ITERATIONS = 100
# No step of the search is longer than NETWORK_SOLVER_TRUST · max(1, ‖θ‖), and no run ends further than
# NETWORK_SOLVER_TRAVEL · max(1, ‖θ_trained‖) from where training stopped: the search is local. (With the
# old unbounded damped Newton, 2-8-1 tanh runs travelled a median ‖Δθ‖ of 264 to saturated units; an
# uncapped trust-region minimiser from the same points keeps descending while ‖θ‖ grows, ×8 in 250 steps.)
NETWORK_SOLVER_TRUST = 0.1
# (1-4-1 on 'regression', 5000 Adam steps: 12 of 40 critical with travel 0.2, 26 with 0.5, 33 with 1.0;
# the median run that converges moves ‖Δθ‖ ≈ 1, ‖θ‖ ≈ 4.)
NETWORK_SOLVER_TRAVEL = 1.0
# Levenberg–Marquardt on ∇L: μ = damping · max λ², starting at NETWORK_SOLVER_DAMPING, ×0.2 after a step
# that lowers ‖∇L‖ and ×4 after one that does not; past NETWORK_SOLVER_MAX_DAMPING the run has stalled.
NETWORK_SOLVER_DAMPING = 1e-6
NETWORK_SOLVER_MAX_DAMPING = 1e3
# An eigenvalue of H is zero when |λ| ≤ NETWORK_ZERO_EIGENVALUE_TOL · max|λ|: flat directions of the
# network (symmetries, dead units, over-parametrisation) come out at roundoff·max|λ| or at the small
# offset the point keeps from the exact critical point, far below this.
NETWORK_ZERO_EIGENVALUE_TOL = 1e-6
# A point that is not critical is gradient-flat (Frye et al. 2021) when ∇L lies in H's near-null space:
# ‖H∇L‖ ≤ NETWORK_GRADIENT_FLAT_TOL · ‖H‖₂ · ‖∇L‖. Minimising ‖∇L‖² (whose gradient is 2H∇L) stalls there.
NETWORK_GRADIENT_FLAT_TOL = 1e-3
