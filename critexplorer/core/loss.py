"""Loss: value, gradient and Hessian at a point, and the same as fields on grids, via autograd."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
from autograd import elementwise_grad
from autograd.builtins import tuple as traced_tuple
from autograd.differential_operators import make_vjp
from autograd.tracer import getval

from critexplorer.core.eigen2 import symmetric_eigenvalues

# A derivative that does not depend on an input (∂²(x² + y²)/∂x∂y) is a correct zero, not a problem.
_INDEPENDENT = "Output seems independent of input"
warnings.filterwarnings("ignore", message=_INDEPENDENT, module="autograd")

# Up to this many points the second-order trace runs on two stacked copies (see _second_order).
STACKED_POINTS = 4096

# Classes of the curvature map (signs of the Hessian's eigenvalues).
CURVATURE_CONVEX, CURVATURE_CONCAVE, CURVATURE_SADDLE, CURVATURE_FLAT = 1, -1, 0, 2


@dataclass(frozen=True)
class PointDerivatives:
    """L, ∇L and ∇²L at one point; `finite` is False when any of them overflowed or is undefined."""

    point: np.ndarray
    value: float
    gradient: np.ndarray
    hessian: np.ndarray

    @property
    def finite(self) -> bool:
        return bool(
            np.isfinite(self.value)
            and np.all(np.isfinite(self.gradient))
            and np.all(np.isfinite(self.hessian))
        )


@dataclass
class GridFields:
    """Value, gradient and Hessian fields on a grid; arrays are shaped (ny, nx)."""

    xs: np.ndarray
    ys: np.ndarray
    value: np.ndarray
    gx: np.ndarray
    gy: np.ndarray
    hxx: np.ndarray
    hxy: np.ndarray
    hyy: np.ndarray
    lambda1: np.ndarray = field(init=False)
    lambda2: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        self.lambda1, self.lambda2 = symmetric_eigenvalues(self.hxx, self.hxy, self.hyy)

    @property
    def finite_mask(self) -> np.ndarray:
        return np.isfinite(self.value)

    def curvature_map(self, zero_tol: float = 0.0) -> np.ndarray:
        """CURVATURE_* class per cell: both λ > 0, both < 0, mixed, or (near) flat."""
        out = np.full(self.value.shape, CURVATURE_FLAT, dtype=np.int8)
        pos1, pos2 = self.lambda1 > zero_tol, self.lambda2 > zero_tol
        neg1, neg2 = self.lambda1 < -zero_tol, self.lambda2 < -zero_tol
        out[pos1 & pos2] = CURVATURE_CONVEX
        out[neg1 & neg2] = CURVATURE_CONCAVE
        out[neg1 & pos2] = CURVATURE_SADDLE
        return out


class Loss:
    """A 2-parameter loss L(x, y) built from autograd.numpy operations, with exact derivatives."""

    def __init__(
        self,
        evaluate: Callable,
        vars: tuple[str, str] = ("x", "y"),
        params: dict[str, float] | None = None,
        formula: str = "",
        uses_both: bool = False,
    ):
        """`uses_both`: the expression refers to both variables, so its value already has their shape."""
        if uses_both:
            self._evaluate = evaluate
        else:
            # Adding 0·x + 0·y makes constants (and one-variable losses) broadcast to the grid and
            # keeps autograd from warning that the output is independent of an input. Where it is
            # not needed it is left out: those 4 operations cost ~9 % of Goldstein–Price's fields.
            self._evaluate = lambda x, y: evaluate(x, y) + 0.0 * x + 0.0 * y
        self.vars = tuple(vars)
        self.params = dict(params or {})
        self.formula = formula

    def __repr__(self) -> str:
        return f"Loss({self.formula!r}, vars={self.vars})"

    @cached_property
    def _derivatives(self) -> Callable:
        return elementwise_grad(self._evaluate, (0, 1))

    def _second_order(self, x: np.ndarray, y: np.ndarray):
        """(L, gx, gy, hxx, hxy, hyy) elementwise, from ONE trace of the gradient.

        The forward and reverse passes of L are recorded once; the Hessian rows are reverse passes
        over that record (seeded with ∂/∂x and ∂/∂y), so nothing is computed twice.
        """
        values = {}
        x, y = np.broadcast_arrays(x, y)  # elementwise: a scalar x must not sum a grid of y
        shape = x.shape
        if x.ndim > 1:
            # Traced on flat arrays: autograd sums every vjp over an input's size-1 axes, and in
            # the second-order trace those sums are recorded too (a (1, n) batch of atlas seeds
            # costs 50 % more operations than the same n points flat).
            x, y = x.ravel(), y.ravel()
        n = x.size
        # A few points (a click, the runs, the atlas's seeds) cost autograd's per-operation
        # overhead, not arithmetic: trace every point twice and seed the copies with ∂/∂x and
        # ∂/∂y, so ONE reverse pass gives both Hessian rows. On a grid the doubled arrays would
        # cost more than the second pass saves.
        stacked = n <= STACKED_POINTS
        if stacked:
            x, y = np.tile(np.ravel(x), 2), np.tile(np.ravel(y), 2)

        def gradient(x, y):
            backward, value = make_vjp(self._evaluate, (0, 1))(x, y)
            values["value"] = value
            return traced_tuple(backward(np.ones(np.shape(getval(value)))))

        # When L is linear in a variable its gradient does not depend on it: a correct zero.
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=_INDEPENDENT)
            backward2, (gx, gy) = make_vjp(gradient, (0, 1))(x, y)
            if stacked:
                row_x = np.zeros(2 * n)
                row_x[:n] = 1.0
                d_dx, d_dy = backward2((row_x, 1.0 - row_x))  # ∇gx on the first copy, ∇gy on the second
                hxx, hxy, hyy = d_dx[:n], d_dy[:n], d_dy[n:]
            else:
                one, zero = np.ones(np.shape(gx)), np.zeros(np.shape(gx))
                hxx, hxy = backward2((one, zero))
                _, hyy = backward2((zero, one))
        value = np.broadcast_to(getval(values["value"]), np.shape(gx))
        if stacked:
            value, gx, gy = value[:n], gx[:n], gy[:n]
        # Every part is now n values in a row (or a constant): back to the callers' shape.
        return tuple(np.reshape(np.broadcast_to(v, (n,)), shape) for v in (value, gx, gy, hxx, hxy, hyy))

    def value(self, x, y):
        """L at x, y (scalars or arrays); non-finite where it overflows or is undefined."""
        with np.errstate(all="ignore"):
            return self._evaluate(np.asarray(x, float), np.asarray(y, float))

    def gradient(self, x, y) -> tuple[np.ndarray, np.ndarray]:
        x, y = np.broadcast_arrays(np.asarray(x, float), np.asarray(y, float))
        with np.errstate(all="ignore"):
            return self._derivatives(x, y)

    def hessian(self, x, y) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(hxx, hxy, hyy) at x, y, elementwise."""
        _, _, _, hxx, hxy, hyy = self._second_order(np.asarray(x, float), np.asarray(y, float))
        return hxx, hxy, hyy

    def at(self, point) -> PointDerivatives:
        """Value, gradient and Hessian at one point."""
        x, y = (float(v) for v in point)
        value, gx, gy, hxx, hxy, hyy = (float(v) for v in self._second_order(np.float64(x), np.float64(y)))
        return PointDerivatives(
            point=np.array([x, y]),
            value=value,
            gradient=np.array([gx, gy]),
            hessian=np.array([[hxx, hxy], [hxy, hyy]]),
        )

    def fields(self, xlim, ylim, nx: int = 256, ny: int | None = None) -> GridFields:
        """All fields on a regular nx × ny grid over the window."""
        xs, ys, X, Y = _grid(xlim, ylim, nx, ny)
        return self.fields_at(X, Y, xs, ys)

    def values_on_grid(self, xlim, ylim, nx: int = 256, ny: int | None = None):
        """(xs, ys, L) on the grid of fields(): the same values, without tracing any derivative
        (what the views draw; ~0.5 ms on 256², against ~10 ms for every field)."""
        xs, ys, X, Y = _grid(xlim, ylim, nx, ny)
        return xs, ys, np.broadcast_to(self.value(X, Y), X.shape)

    def fields_at(self, X: np.ndarray, Y: np.ndarray, xs=None, ys=None) -> GridFields:
        X, Y = np.asarray(X, float), np.asarray(Y, float)
        value, gx, gy, hxx, hxy, hyy = self._second_order(X, Y)
        shape = X.shape
        return GridFields(
            xs=xs if xs is not None else X[0],
            ys=ys if ys is not None else Y[:, 0],
            value=np.broadcast_to(value, shape),
            gx=np.broadcast_to(gx, shape),
            gy=np.broadcast_to(gy, shape),
            hxx=np.broadcast_to(hxx, shape),
            hxy=np.broadcast_to(hxy, shape),
            hyy=np.broadcast_to(hyy, shape),
        )


def _grid(xlim, ylim, nx: int, ny: int | None):
    """xs, ys and their meshgrid for a regular nx × ny grid over the window."""
    ny = nx if ny is None else ny
    xs = np.linspace(float(xlim[0]), float(xlim[1]), int(nx))
    ys = np.linspace(float(ylim[0]), float(ylim[1]), int(ny))
    X, Y = np.meshgrid(xs, ys)
    return xs, ys, X, Y
