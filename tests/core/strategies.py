"""Hypothesis strategies shared by the core tests: formula text from our grammar, and hostile text."""

from __future__ import annotations

from hypothesis import strategies as st

SMOOTH_UNARY = ["sin", "cos", "tanh", "exp", "sigmoid", "softplus", "atan", "arctan", "sinh", "cosh"]
# Functions with a restricted domain or a kink: fine for the parser, careful for derivative oracles.
OTHER_UNARY = [
    "tan",
    "arcsin",
    "arccos",
    "asin",
    "acos",
    "log",
    "log2",
    "log10",
    "log1p",
    "expm1",
    "sqrt",
    "abs",
    "relu",
]
BINARY = ["maximum", "minimum"]
NUMBERS = ["0.5", "1", "2", "3", "1.5", "0.25", "1e-1", "2.5e0", "pi", "e"]


def _leaf(variables: tuple[str, str]) -> st.SearchStrategy[str]:
    return st.sampled_from([*variables, *variables, *NUMBERS])


def formulas(
    variables: tuple[str, str] = ("x", "y"), smooth: bool = True, max_leaves: int = 12
) -> st.SearchStrategy[str]:
    """Formula text over the whitelisted grammar; `smooth` keeps to functions smooth everywhere."""
    unary = SMOOTH_UNARY if smooth else SMOOTH_UNARY + OTHER_UNARY

    def extend(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        binop = st.tuples(children, st.sampled_from(["+", "-", "*"]), children).map(
            lambda t: f"({t[0]} {t[1]} {t[2]})"
        )
        # Division and powers stay tame: divide by something positive, small integer powers.
        division = st.tuples(children, children).map(lambda t: f"({t[0]} / (2 + sin({t[1]})))")
        power = st.tuples(
            children,
            st.sampled_from(["({})^2", "({})**3", "({})^4", "(({})^2 + 1)^0.5", "(({})^2 + 1)^-1", "2^({})"]),
        ).map(lambda t: t[1].format(t[0]))
        call = st.tuples(st.sampled_from(unary), children).map(lambda t: f"{t[0]}({t[1]})")
        negate = children.map(lambda c: f"-({c})")
        options = [binop, division, power, call, negate]
        if not smooth:
            options.append(
                st.tuples(st.sampled_from(BINARY), children, children).map(
                    lambda t: f"{t[0]}({t[1]}, {t[2]})"
                )
            )
        return st.one_of(options)

    return st.recursive(_leaf(variables), extend, max_leaves=max_leaves)


FORMULA_ALPHABET = "xyw12ab+-*/^().,e pisqrtlogmaxn_[]'\"=<>!&|~%@:;{}#\\\t\n0123456789"


def formula_like_text() -> st.SearchStrategy[str]:
    """Text that looks like formulas: right letters and symbols, arbitrary order."""
    return st.text(alphabet=FORMULA_ALPHABET, max_size=120)


def formula_mutations() -> st.SearchStrategy[str]:
    """Valid formulas with a random cut, insertion or doubled piece: near misses."""

    def mutate(args):
        text, at, insert = args
        at = at % (len(text) + 1)
        return text[:at] + insert + text[at:]

    return st.tuples(
        formulas(smooth=False),
        st.integers(0, 500),
        st.sampled_from(
            [
                "",
                "(",
                ")",
                ",",
                ".",
                "^",
                "**",
                "[0]",
                "'",
                " if ",
                "__",
                "lambda:",
                ":=",
                "x",
                "9^9^9",
                "\x00",
                "\u0445",
            ]
        ),
    ).map(mutate)
