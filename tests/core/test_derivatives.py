"""Value, gradient and Hessian against sympy, an independent oracle (a test dependency only).

Our formula text is translated to sympy by a separate walker over Python's ast, the exact
derivatives are taken symbolically and evaluated with mpmath at 30 digits.
"""

from __future__ import annotations

import ast
import warnings

import mpmath
import numpy as np
import pytest
import sympy as sp
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from shared_reference import load_reference
from strategies import formulas

from critexplorer.core.formula import parse_formula
from critexplorer.core.presets import load_presets

RTOL = 1e-9

_FUNCTIONS = {
    "sin": sp.sin,
    "cos": sp.cos,
    "tan": sp.tan,
    "sinh": sp.sinh,
    "cosh": sp.cosh,
    "tanh": sp.tanh,
    "arcsin": sp.asin,
    "arccos": sp.acos,
    "arctan": sp.atan,
    "asin": sp.asin,
    "acos": sp.acos,
    "atan": sp.atan,
    "exp": sp.exp,
    "log": sp.log,
    "ln": sp.log,
    "sqrt": sp.sqrt,
    "abs": sp.Abs,
    "log2": lambda a: sp.log(a) / sp.log(2),
    "log10": lambda a: sp.log(a) / sp.log(10),
    "log1p": lambda a: sp.log(1 + a),
    "expm1": lambda a: sp.exp(a) - 1,
    "sigmoid": lambda a: 1 / (1 + sp.exp(-a)),
    "softplus": lambda a: sp.log(1 + sp.exp(a)),
    "relu": lambda a: sp.Max(0, a),
    "maximum": sp.Max,
    "minimum": sp.Min,
}
# Arguments of these must stay away from 0 (their kink) for derivatives to exist.
_KINKS = {"abs", "relu", "maximum", "minimum"}


def to_sympy(text: str, params: dict | None = None):
    """(expression, kink arguments, every subexpression) for our formula text; independent of
    critexplorer's compiler."""
    params = params or {}
    kinks: list = []
    subexpressions: list = []

    def walk(node):
        subexpressions.append(result := _walk(node))
        return result

    def _walk(node):
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.BinOp):
            a, b = walk(node.left), walk(node.right)
            op = type(node.op)
            if op in (ast.Pow, ast.BitXor):
                return a**b
            return {ast.Add: a + b, ast.Sub: a - b, ast.Mult: a * b, ast.Div: a / b}[op]
        if isinstance(node, ast.UnaryOp):
            return -walk(node.operand) if isinstance(node.op, ast.USub) else walk(node.operand)
        if isinstance(node, ast.Constant):
            return (
                sp.Float(repr(float(node.value)), 30)
                if isinstance(node.value, float)
                else sp.Integer(node.value)
            )
        if isinstance(node, ast.Name):
            if node.id in params:
                return sp.Float(repr(float(params[node.id])), 30)
            return {"pi": sp.pi, "e": sp.E}.get(node.id, sp.Symbol(node.id, real=True))
        if isinstance(node, ast.Call):
            args = [walk(arg) for arg in node.args]
            name = node.func.id
            if name in _KINKS:
                kinks.append(args[0] - args[1] if len(args) == 2 else args[0])
            return _FUNCTIONS[name](*args)
        raise AssertionError(f"unexpected node {node!r}")

    tree = ast.parse(text.replace("^", "**"), mode="eval")
    return walk(tree), kinks, subexpressions


class Oracle:
    """Exact value, gradient and Hessian of a formula, evaluated at 30 significant digits."""

    def __init__(self, text: str, variables: tuple[str, str], params: dict | None = None):
        try:
            expression, kinks, subexpressions = to_sympy(text, params)
        except ValueError:
            # sympy refuses max/min of a non-real constant (maximum(x, arcsin(2.5))): the formula
            # has no real value anywhere.
            expression, kinks, subexpressions = sp.nan, [], []
        x, y = (sp.Symbol(v, real=True) for v in variables)
        gradient = [sp.diff(expression, v) for v in (x, y)]
        hessian = [sp.diff(gradient[0], x), sp.diff(gradient[0], y), sp.diff(gradient[1], y)]

        def compile_(e):
            # Away from kinks (checked in .at) the Dirac deltas of abs/relu/max/min vanish.
            e = e.replace(lambda n: isinstance(n, sp.DiracDelta), lambda n: sp.S.Zero)
            if e.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
                # sympy folded it to a non-number (log(x − x) is log(0) = zoo): undefined everywhere
                return lambda px, py: mpmath.nan
            return sp.lambdify((x, y), e, modules="mpmath")

        self.parts = [compile_(e) for e in [expression, *gradient, *hessian]]
        self.kinks = [compile_(k) for k in kinks]
        self.subexpressions = [compile_(e) for e in subexpressions]

    def scale_at(self, x: float, y: float) -> float:
        """Largest |value| of any subexpression at (x, y). Floating point rounds every step to
        ~1e-16 of its size, so a result that cancels to ~0 (sqrt(2)^2 − 2, sin(pi)) is only
        defined to within this scale times eps, however small the exact result is."""
        scale = 0.0
        with mpmath.workdps(30):
            px, py = mpmath.mpf(x), mpmath.mpf(y)
            for part in self.subexpressions:
                try:
                    value = complex(part(px, py))
                except (ZeroDivisionError, ValueError, OverflowError, TypeError):
                    continue
                if np.isfinite(value.real) and value.imag == 0:
                    scale = max(scale, abs(value.real))
        return scale

    def at(self, x: float, y: float) -> np.ndarray | None:
        """[L, gx, gy, hxx, hxy, hyy], or None where the exact values are not real and finite."""
        with mpmath.workdps(30):
            px, py = mpmath.mpf(x), mpmath.mpf(y)
            try:
                if any(abs(kink(px, py)) < 1e-6 for kink in self.kinks):
                    return None
                values = [complex(part(px, py)) for part in self.parts]
                # A real result of a non-real step ((arccos(2))^2 = −log(2 + √3)²) is undefined in
                # real arithmetic, as it is for the engine: every subexpression must be real too.
                steps = [complex(part(px, py)) for part in self.subexpressions]
            except (ZeroDivisionError, ValueError, OverflowError, TypeError):
                return None
        if any(abs(v.imag) > 0 or not np.isfinite(v.real) for v in values + steps):
            return None
        return np.array([v.real for v in values])


def ours_at(loss, x: float, y: float) -> np.ndarray:
    d = loss.at((x, y))
    return np.array([d.value, *d.gradient, d.hessian[0, 0], d.hessian[0, 1], d.hessian[1, 1]])


def assert_close(ours: np.ndarray, exact: np.ndarray, magnitude: np.ndarray, where: str):
    """Each of the 6 quantities within RTOL of the exact value, relative to its own size (or, for
    a quantity that is ~0 here, to its typical size `magnitude`, since L's terms cancel there)."""
    allowed = RTOL * np.maximum(np.abs(exact), magnitude) + 1e-300
    bad = np.abs(ours - exact) > allowed
    names = ["L", "gx", "gy", "hxx", "hxy", "hyy"]
    assert not bad.any(), f"{where}: " + ", ".join(
        f"{names[i]} ours={ours[i]!r} exact={exact[i]!r}" for i in np.flatnonzero(bad)
    )


def check_grid(loss, oracle: Oracle, xs, ys, label: str) -> int:
    """Compare at every grid point where the oracle is defined, at points and as fields."""
    X, Y = np.meshgrid(np.asarray(xs, float), np.asarray(ys, float))
    exact = np.full(X.shape + (6,), np.nan)
    for index in np.ndindex(X.shape):
        value = oracle.at(float(X[index]), float(Y[index]))
        if value is not None:
            exact[index] = value
    defined = np.isfinite(exact).all(axis=-1)
    if not defined.any():
        return 0
    magnitude = np.nanmax(np.abs(exact[defined]), axis=0)
    fields = loss.fields_at(X, Y)
    grid = np.stack([fields.value, fields.gx, fields.gy, fields.hxx, fields.hxy, fields.hyy], axis=-1)
    for index in zip(*np.nonzero(defined), strict=True):
        where = f"{label} at ({X[index]!r}, {Y[index]!r})"
        assert_close(grid[index], exact[index], magnitude, where + " [fields]")
        assert_close(ours_at(loss, X[index], Y[index]), exact[index], magnitude, where + " [point]")
    return int(defined.sum())


# ---- presets and reference functions ----------------------------------------------------------


def _reference_functions() -> list[tuple[str, str, tuple[str, str], tuple, tuple]]:
    document = load_reference()
    return [
        (
            f"reference:{name}",
            entry["formula"],
            tuple(entry.get("vars", ("x", "y"))),
            tuple(entry["xlim"]),
            tuple(entry["ylim"]),
        )
        for name, entry in document["functions"].items()
    ]


EXTRA_FORMULAS = [
    ("x^3 - 3*x*y^2", ("x", "y"), (-1.5, 1.5), (-1.5, 1.5)),
    ("(y - x^2)*(y - 2*x^2)", ("x", "y"), (-1, 1), (-1, 1)),
    ("sin(x)*cos(y) + exp(-x^2 - y^2)", ("x", "y"), (-3, 3), (-3, 3)),
    ("log(1 + x^2 + y^2) + sqrt(2 + x*y)", ("x", "y"), (-1, 1), (-1, 1)),
    ("sigmoid(3*x - y) + softplus(x*y) + tanh(x)^2", ("x", "y"), (-3, 3), (-3, 3)),
    ("x^y + y^x", ("x", "y"), (0.5, 2), (0.5, 2)),
    ("arctan(x/(1 + y^2)) + arcsin(x/3) + arccos(y/3)", ("x", "y"), (-2, 2), (-2, 2)),
    ("log2(1 + x^2) + log10(2 + y^2) + log1p(x^2*y^2) + expm1(x*y/4)", ("x", "y"), (-2, 2), (-2, 2)),
    ("cosh(x/2) + sinh(y/2) + tan(x/4)", ("x", "y"), (-2, 2), (-2, 2)),
    ("abs(x - 0.3) + relu(y - 0.2) + maximum(x, y) + minimum(x^2, y)", ("x", "y"), (-1, 1), (-1, 1)),
    ("1e6*(x^2 - y^2)", ("x", "y"), (-1, 1), (-1, 1)),
    ("1e-6*(x^2 + y^2)", ("x", "y"), (-1, 1), (-1, 1)),
    ("(x - 1000)^2 + (y + 1000)^4", ("x", "y"), (990, 1010), (-1010, -990)),
    ("1/(x^2 + y^2)", ("x", "y"), (-1, 1), (-1, 1)),
    ("(1 - w1*w2)^2", ("w1", "w2"), (-2, 2), (-2, 2)),
]

CASES = [(f"extra:{f}", f, v, xl, yl) for f, v, xl, yl in EXTRA_FORMULAS] + _reference_functions()


@pytest.mark.parametrize("label, formula, variables, xlim, ylim", CASES, ids=[c[0] for c in CASES])
def test_derivatives_match_sympy_on_a_grid(label, formula, variables, xlim, ylim):
    loss = parse_formula(formula, vars=variables)
    oracle = Oracle(formula, loss.vars)
    # 7 points per axis, nudged off the exact centre so kinks and 1/0 are not hit by symmetry.
    xs = np.linspace(*xlim, 7) + 1e-3 * (xlim[1] - xlim[0])
    ys = np.linspace(*ylim, 7) - 2e-3 * (ylim[1] - ylim[0])
    assert check_grid(loss, oracle, xs, ys, label) >= 20


@pytest.mark.parametrize("preset", load_presets(), ids=lambda p: p.name)
def test_every_preset_matches_sympy(preset):
    loss = preset.loss()
    oracle = Oracle(preset.formula, loss.vars, preset.params)
    xs = np.linspace(*preset.xlim, 6) + 1e-3 * (preset.xlim[1] - preset.xlim[0])
    ys = np.linspace(*preset.ylim, 6) - 2e-3 * (preset.ylim[1] - preset.ylim[0])
    assert check_grid(loss, oracle, xs, ys, preset.name) == 36


def test_reference_points_match_sympy(shared_reference):
    for name, entry in shared_reference["functions"].items():
        variables = tuple(entry.get("vars", ("x", "y")))
        loss = parse_formula(entry["formula"], vars=variables)
        oracle = Oracle(entry["formula"], loss.vars)
        for item in entry["points"]:
            x, y = (float(v) for v in item["point"])
            exact = oracle.at(x, y)
            assert_close(ours_at(loss, x, y), exact, np.maximum(np.abs(exact), 1.0), f"{name} {x, y}")


def test_lecture_example_exact_numbers():
    d = parse_formula("(1 - w1*w2)^2").at((0.0, 0.0))
    assert d.value == 1.0
    assert np.array_equal(d.gradient, [0.0, 0.0])
    assert np.array_equal(d.hessian, [[0.0, -2.0], [-2.0, 0.0]])


def test_elementwise_on_arrays_and_mixed_shapes():
    loss = parse_formula("x^2*y + sin(y)")
    x = np.linspace(-1, 1, 5)
    gx, gy = loss.gradient(x, 0.5)  # a scalar y broadcasts; no summing over the array
    assert np.allclose(gx, 2 * x * 0.5) and np.allclose(gy, x**2 + np.cos(0.5))
    hxx, hxy, hyy = loss.hessian(0.5, x)
    assert np.allclose(hxx, 2 * x) and np.allclose(hxy, 2 * 0.5) and np.allclose(hyy, -np.sin(x))


def test_derivatives_of_formulas_independent_of_a_variable_are_zero():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for text in ("x^2", "3", "y", "x + y", "2*x - 5*y"):
            d = parse_formula(text).at((0.7, -0.2))
            assert d.finite
            exact = Oracle(text, ("x", "y")).at(0.7, -0.2)
            assert_close(ours_at(parse_formula(text), 0.7, -0.2), exact, np.ones(6), text)
        fields = parse_formula("3").fields((-1, 1), (-1, 1), 4)
        assert fields.hxx.shape == (4, 4) and not fields.hxx.any()


# ---- generated formulas -----------------------------------------------------------------------

ORACLE_SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
coordinates = st.floats(-2.0, 2.0, allow_nan=False).map(lambda v: round(v, 3))


@ORACLE_SETTINGS
@given(formulas(smooth=True, max_leaves=8), coordinates, coordinates)
def test_generated_smooth_formulas_match_sympy(text, x, y):
    loss = parse_formula(text, vars=("x", "y"))
    exact = Oracle(text, ("x", "y")).at(x, y)
    assume(exact is not None and np.all(np.abs(exact) < 1e12))
    ours = ours_at(loss, x, y)
    # Cancellation inside a generated formula costs digits: compare relative to the size of L's
    # parts, estimated by the oracle at nearby points.
    assert_close(ours, exact, _typical_size(text, x, y), text)


@ORACLE_SETTINGS
@given(formulas(smooth=False, max_leaves=6), coordinates, coordinates)
def test_generated_formulas_with_kinks_and_domains_match_sympy(text, x, y):
    exact = Oracle(text, ("x", "y")).at(x, y)
    if exact is None:
        return  # undefined or on a kink: nothing to compare (non-finite handling is tested elsewhere)
    loss = parse_formula(text, vars=("x", "y"))
    assume(np.all(np.abs(exact) < 1e12))
    assert_close(ours_at(loss, x, y), exact, _typical_size(text, x, y), text)


def _typical_size(text: str, x: float, y: float) -> np.ndarray:
    """The scale each quantity is computed at: its largest |exact| over a few points around
    (x, y), and at least the size of the subexpressions at (x, y), which rounding is relative to
    (a constant that cancels, like sin(pi), is ~0 at every nearby point too)."""
    oracle = Oracle(text, ("x", "y"))
    sizes = [
        np.abs(v)
        for dx, dy in ((0.1, 0), (0, 0.1), (-0.1, 0), (0, -0.1), (0, 0))
        if (v := oracle.at(x + dx, y + dy)) is not None
    ]
    typical = np.max(sizes, axis=0) if sizes else np.ones(6)
    return np.maximum(typical, oracle.scale_at(x, y))


@pytest.mark.parametrize("label, formula, variables, xlim, ylim", CASES, ids=[c[0] for c in CASES])
def test_stacked_and_two_pass_hessians_are_identical(label, formula, variables, xlim, ylim, monkeypatch):
    """Small batches trace two stacked copies for one Hessian pass, grids take two passes: the
    same elementwise arithmetic, so the same bits (the oracle tests above run the stacked path)."""
    import critexplorer.core.loss as loss_module

    loss = parse_formula(formula, vars=variables)
    X, Y = np.meshgrid(np.linspace(*xlim, 9) + 1e-3, np.linspace(*ylim, 7) - 2e-3)
    stacked = loss._second_order(X, Y)
    monkeypatch.setattr(loss_module, "STACKED_POINTS", 0)
    two_pass = loss._second_order(X, Y)
    for name, a, b in zip(["L", "gx", "gy", "hxx", "hxy", "hyy"], stacked, two_pass, strict=True):
        assert a.shape == X.shape and b.shape == X.shape
        assert np.array_equal(a, b, equal_nan=True), name


def test_the_stacked_path_keeps_scalars_scalar():
    d = parse_formula("x^2*y + 3*y^2").at((2.0, -1.0))
    assert d.value == -1.0 and np.array_equal(d.gradient, [-4.0, -2.0])
    assert np.array_equal(d.hessian, [[-2.0, 4.0], [4.0, 6.0]])
    hxx, hxy, hyy = parse_formula("x^2*y").hessian(2.0, np.array([1.0, 2.0, 3.0]))
    assert hxx.tolist() == [2.0, 4.0, 6.0] and hxy.tolist() == [4.0] * 3 and hyy.tolist() == [0.0] * 3
