"""Formula text -> Loss, through a whitelisted AST. Nothing is ever eval'd or exec'd."""

from __future__ import annotations

import ast
import math
import re
import warnings
from collections.abc import Callable, Mapping, Sequence

import autograd.numpy as anp
import numpy as np

from critexplorer.core.i18n import QT_TRANSLATE_NOOP, translate
from critexplorer.core.loss import Loss
from critexplorer.core.text_input import normalize

MAX_LENGTH = 2000
MAX_NODES = 2000
MAX_DEPTH = 200


# What a FormulaError is about (FormulaError.kind). The message states the facts; each front end adds
# how to fix them in its own terms (the command line's --param and --vars, the window's parameters box).
SYNTAX = "syntax"  # the text itself: anything not listed below
ASSIGNMENT = "assignment"  # an '=' in the formula, as if a parameter were set inside it
BAD_VARIABLES = "bad_variables"  # the requested variables are not two different names (names: those)
UNBOUND_NAMES = "unbound_names"  # names neither a variable nor a parameter (names: those)
TOO_MANY_VARIABLES = "too_many_variables"  # more than two free names (names: all of them, in order)
MISSING_TERM = "missing_term"  # an operator with nothing after it, as in x^2+ (names: the operator)
ABSOLUTE_BARS = "absolute_bars"  # |x| written for the absolute value (column: the first '|')


def absolute_bars_fix() -> str:
    """How |x| is written, in the chosen language: the same in every front end, so both the command
    line and the formula bar say it with these words."""
    return translate("Formula", "use abs(x) for |x|")


class FormulaError(ValueError):
    """A formula that cannot become a Loss; `column` is 1-based, or None; `kind` and `names` as above."""

    def __init__(
        self,
        message: str,
        column: int | None = None,
        text: str = "",
        kind: str = SYNTAX,
        names: tuple[str, ...] = (),
    ):
        self.message = message
        self.column = column
        self.text = text
        self.kind = kind
        self.names = names
        where = f" (column {column})" if column is not None else ""
        super().__init__(f"{message}{where}")


def _sigmoid(x):
    # tanh form: no overflow warning for large |x|, exact derivative through autograd
    return 0.5 * (anp.tanh(0.5 * x) + 1.0)


def _softplus(x):
    return anp.logaddexp(0.0, x)


def _relu(x):
    return anp.maximum(0.0, x)


UNARY_FUNCTIONS: dict[str, Callable] = {
    "sin": anp.sin,
    "cos": anp.cos,
    "tan": anp.tan,
    "arcsin": anp.arcsin,
    "arccos": anp.arccos,
    "arctan": anp.arctan,
    "asin": anp.arcsin,
    "acos": anp.arccos,
    "atan": anp.arctan,
    "sinh": anp.sinh,
    "cosh": anp.cosh,
    "tanh": anp.tanh,
    "exp": anp.exp,
    "log": anp.log,
    "ln": anp.log,
    "log2": anp.log2,
    "log10": anp.log10,
    "log1p": anp.log1p,
    "expm1": anp.expm1,
    "sqrt": anp.sqrt,
    "abs": anp.abs,
    "sigmoid": _sigmoid,
    "softplus": _softplus,
    "relu": _relu,
}
BINARY_FUNCTIONS: dict[str, Callable] = {"maximum": anp.maximum, "minimum": anp.minimum}
CONSTANTS: dict[str, float] = {"pi": math.pi, "e": math.e}
RESERVED_NAMES = set(UNARY_FUNCTIONS) | set(BINARY_FUNCTIONS) | set(CONSTANTS)

# Natural partners when a formula mentions only one variable, so "x**2" is still a surface.
_PARTNERS = {"x": "y", "y": "x", "w1": "w2", "w2": "w1", "a": "b", "b": "a", "u": "v", "v": "u"}
_DEFAULT_VARS = ("x", "y")
# Characters that normalisation (core/text_input.py) leaves alone but a user meant as ASCII.
_UNICODE_HINTS = {
    "\u03c0": QT_TRANSLATE_NOOP("Formula", "; type pi"),
    "\u2013": QT_TRANSLATE_NOOP("Formula", "; type - for minus"),
    "\u2014": QT_TRANSLATE_NOOP("Formula", "; type - for minus"),
    "\u22c5": QT_TRANSLATE_NOOP("Formula", "; type * for times"),
    "\u00bd": QT_TRANSLATE_NOOP("Formula", "; type 0.5 or 1/2"),
}
_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z_0-9]*$")
# An operator followed by the end, or by a closing bracket or comma: "x^2+", "(x*)".
_DANGLING_OPERATOR_RE = re.compile(r"(\*\*|[-+*/^])\s*(?=$|[)\],])")
# Pairs that read as the two variables of a loss, most familiar first (see likely_parameters).
_VARIABLE_PAIRS = (("x", "y"), ("w1", "w2"), ("w", "b"), ("u", "v"), ("theta1", "theta2"))

_BINOPS: dict[type, Callable] = {
    ast.Add: lambda a, b: a + b,
    ast.Sub: lambda a, b: a - b,
    ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b,
    ast.Pow: lambda a, b: a**b,
    ast.BitXor: lambda a, b: a**b,  # users type ^ for power, as in Desmos and GeoGebra
}

_REJECTED = {
    ast.Attribute: QT_TRANSLATE_NOOP("Formula", "attribute access ('.') is not allowed"),
    ast.Subscript: QT_TRANSLATE_NOOP("Formula", "indexing with [] is not allowed"),
    ast.Constant: QT_TRANSLATE_NOOP("Formula", "only numbers are allowed here"),
    ast.Lambda: QT_TRANSLATE_NOOP("Formula", "lambda is not allowed"),
    ast.ListComp: QT_TRANSLATE_NOOP("Formula", "comprehensions are not allowed"),
    ast.SetComp: QT_TRANSLATE_NOOP("Formula", "comprehensions are not allowed"),
    ast.DictComp: QT_TRANSLATE_NOOP("Formula", "comprehensions are not allowed"),
    ast.GeneratorExp: QT_TRANSLATE_NOOP("Formula", "comprehensions are not allowed"),
    ast.Compare: QT_TRANSLATE_NOOP("Formula", "comparisons are not allowed; a loss is a number"),
    ast.BoolOp: QT_TRANSLATE_NOOP("Formula", "'and'/'or' are not allowed"),
    ast.IfExp: QT_TRANSLATE_NOOP("Formula", "'if ... else' is not allowed; use maximum(a, b) or relu(x)"),
    ast.NamedExpr: QT_TRANSLATE_NOOP("Formula", "assignment is not allowed"),
    ast.Tuple: QT_TRANSLATE_NOOP("Formula", "a loss is one expression, not a tuple"),
    ast.List: QT_TRANSLATE_NOOP("Formula", "lists are not allowed"),
    ast.Dict: QT_TRANSLATE_NOOP("Formula", "dictionaries are not allowed"),
    ast.Set: QT_TRANSLATE_NOOP("Formula", "sets are not allowed"),
    ast.Starred: QT_TRANSLATE_NOOP("Formula", "'*' unpacking is not allowed"),
    ast.JoinedStr: QT_TRANSLATE_NOOP("Formula", "strings are not allowed"),
    ast.Await: QT_TRANSLATE_NOOP("Formula", "'await' is not allowed"),
    ast.Yield: QT_TRANSLATE_NOOP("Formula", "'yield' is not allowed"),
    ast.Slice: QT_TRANSLATE_NOOP("Formula", "slices are not allowed"),
}

Compiled = Callable[[dict], object]


class _Constant:
    """A compiled number, kept recognizable so constant parts fold at parse time."""

    def __init__(self, value):
        with np.errstate(all="ignore"):
            self.value = np.float64(value)

    def __call__(self, env):
        return self.value


# Small integer powers as products: far fewer autograd operations than power() for 2nd derivatives.
_SMALL_POWERS: dict[float, Callable] = {
    1.0: lambda a: a,
    2.0: anp.square,
    3.0: lambda a: a * anp.square(a),
    4.0: lambda a: anp.square(anp.square(a)),
}


def _column(node: ast.AST, columns: list[int]) -> int | None:
    """The user's 1-based column of a node (the parsed text has ^ rewritten as **)."""
    offset = getattr(node, "col_offset", None)
    return None if offset is None else columns[min(offset, len(columns) - 1)]


def _natural_key(name: str) -> list:
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


class _Compiler:
    """Turns a checked AST into nested closures over autograd.numpy functions."""

    def __init__(self, text: str, columns: list[int]):
        self.text = text
        self.columns = columns
        self.names: dict[str, int] = {}  # free name -> column of first use

    def fail(self, message: str, node: ast.AST | None = None) -> FormulaError:
        column = _column(node, self.columns) if node is not None else None
        if isinstance(node, ast.Attribute) and node.value.end_col_offset is not None:
            column = self.columns[min(node.value.end_col_offset, len(self.columns) - 1)]  # the '.'
        elif isinstance(node, ast.Subscript) and node.value.end_col_offset is not None:
            column = self.columns[min(node.value.end_col_offset, len(self.columns) - 1)]  # the '['

        return FormulaError(message, column, self.text)

    def compile(self, node: ast.AST) -> Compiled:
        if isinstance(node, ast.BinOp):
            op = _BINOPS.get(type(node.op))
            if op is None:
                symbol = {
                    ast.FloorDiv: "//",
                    ast.Mod: "%",
                    ast.MatMult: "@",
                    ast.BitAnd: "&",
                    ast.BitOr: "|",
                    ast.LShift: "<<",
                    ast.RShift: ">>",
                }.get(type(node.op), "?")
                raise self.fail(
                    translate("Formula", "operator '{symbol}' is not supported; use + - * / ** or ^").format(
                        symbol=symbol
                    ),
                    node,
                )
            left, right = self.compile(node.left), self.compile(node.right)
            if isinstance(left, _Constant) and isinstance(right, _Constant):
                with np.errstate(all="ignore"):  # 9^9^9 folds to inf, 1/0 to inf, quietly
                    return _Constant(op(left.value, right.value))
            if isinstance(node.op, (ast.Pow, ast.BitXor)) and isinstance(right, _Constant):
                small = _SMALL_POWERS.get(float(right.value))
                if small is not None:
                    return lambda env: small(left(env))
            return lambda env: op(left(env), right(env))
        if isinstance(node, ast.UnaryOp):
            operand = self.compile(node.operand)
            if isinstance(node.op, ast.USub):
                if isinstance(operand, _Constant):
                    return _Constant(-operand.value)
                return lambda env: -operand(env)
            if isinstance(node.op, ast.UAdd):
                return operand
            raise self.fail(translate("Formula", "only unary + and - are allowed"), node)
        if isinstance(node, ast.Constant):
            value = node.value
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                if isinstance(value, (str, bytes)):
                    raise self.fail(translate("Formula", "strings are not allowed; only numbers"), node)
                raise self.fail(
                    translate("Formula", "{value} is not a number; a formula uses only real numbers").format(
                        value=repr(value)
                    ),
                    node,
                )
            # Floats only, so 9^9^9 becomes inf rather than a giant integer.
            return _Constant(float(value) if abs(value) < 1e308 else math.inf)
        if isinstance(node, ast.Name):
            return self.compile_name(node)
        if isinstance(node, ast.Call):
            return self.compile_call(node)
        rejected = _REJECTED.get(type(node))
        if rejected:
            message = translate("Formula", rejected)
        else:
            message = translate("Formula", "'{kind}' is not allowed in a formula").format(
                kind=type(node).__name__
            )
        raise self.fail(message, node)

    def compile_name(self, node: ast.Name) -> Compiled:
        name = node.id
        if name in CONSTANTS:
            return _Constant(CONSTANTS[name])
        if name in RESERVED_NAMES:
            raise self.fail(
                translate("Formula", "'{name}' is a function; call it like {name}(x)").format(name=name), node
            )
        if name.startswith("__"):
            raise self.fail(translate("Formula", "name '{name}' is not allowed").format(name=name), node)
        self.names.setdefault(name, _column(node, self.columns) or 0)
        return lambda env: env[name]

    def compile_call(self, node: ast.Call) -> Compiled:
        if not isinstance(node.func, ast.Name):
            raise self.fail(translate("Formula", "only the listed functions can be called, by name"), node)
        name = node.func.id
        if node.keywords:
            raise self.fail(
                translate("Formula", "{name}() takes no keyword arguments").format(name=name), node
            )
        if name in UNARY_FUNCTIONS:
            fn, arity = UNARY_FUNCTIONS[name], 1
        elif name in BINARY_FUNCTIONS:
            fn, arity = BINARY_FUNCTIONS[name], 2
        else:
            known = ", ".join(sorted(set(UNARY_FUNCTIONS) | set(BINARY_FUNCTIONS)))
            raise self.fail(
                translate("Formula", "unknown function '{name}'; known functions: {known}").format(
                    name=name, known=known
                ),
                node,
            )
        if len(node.args) != arity:
            raise self.fail(
                (
                    translate("Formula", "{name}() takes 1 argument, got {count}")
                    if arity == 1
                    else translate("Formula", "{name}() takes {arity} arguments, got {count}")
                ).format(name=name, arity=arity, count=len(node.args)),
                node,
            )
        args = [self.compile(arg) for arg in node.args]
        if all(isinstance(arg, _Constant) for arg in args):
            with np.errstate(all="ignore"):  # log(-1) folds to nan, quietly
                return _Constant(fn(*(arg.value for arg in args)))
        if arity == 1:
            (a,) = args
            return lambda env: fn(a(env))
        a, b = args
        return lambda env: fn(a(env), b(env))


def _check_size(tree: ast.AST, text: str, columns: list[int]) -> None:
    count = 0
    stack = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        count += 1
        if count > MAX_NODES:
            raise FormulaError(
                translate("Formula", "formula is too complex (more than {limit} parts)").format(
                    limit=MAX_NODES
                ),
                None,
                text,
            )
        if depth > MAX_DEPTH:
            raise FormulaError(
                translate("Formula", "formula is nested too deeply (more than {limit} levels)").format(
                    limit=MAX_DEPTH
                ),
                _column(node, columns),
                text,
            )
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))


def _caret_to_power(source: str) -> tuple[str, list[int]]:
    """Rewrite ^ as ** (so it binds like a power, right to left); map new columns to the source's."""
    out: list[str] = []
    columns: list[int] = []
    for index, char in enumerate(source, start=1):
        if char == "^":
            out.append("**")
            columns += [index, index]
        else:
            out.append(char)
            columns.append(index)
    columns.append(len(source) + 1)
    return "".join(out), columns


def _parse(text: str) -> tuple[ast.expr, list[int]]:
    if not isinstance(text, str):
        raise FormulaError(translate("Formula", "a formula must be text"))
    if len(text) > MAX_LENGTH:
        raise FormulaError(
            translate("Formula", "formula is too long ({length} characters; the limit is {limit})").format(
                length=len(text), limit=MAX_LENGTH
            )
        )
    if "\x00" in text:
        raise FormulaError(
            translate("Formula", "formula contains a NUL character"), text.index("\x00") + 1, text
        )
    # A Chinese keyboard's （）＋－＊／＾，, −, ×, ·, ÷ and x² become ASCII first; `at` maps every column
    # of the ASCII text back to the user's, so each error below points into what was typed.
    normalized = normalize(text)
    plain, at = normalized.text, normalized.original_column
    for index, char in enumerate(plain, start=1):
        # Lookalikes (Cyrillic х) would silently become other names; say so instead.
        if ord(char) > 127 or (not char.isprintable() and char not in "\n\r\t"):
            hint = translate("Formula", _UNICODE_HINTS[char]) if char in _UNICODE_HINTS else ""
            raise FormulaError(
                translate(
                    "Formula", "character {char} (U+{code}) is not allowed; formulas use plain ASCII{hint}"
                ).format(char=repr(char), code=f"{ord(char):04X}", hint=hint),
                at(index),
                text,
            )
    if "#" in plain:
        # Python would read the rest as a comment and silently drop it: "x^2 #+ y^2" is not x^2.
        raise FormulaError(
            translate("Formula", "'#' is not allowed; a formula has no comments"),
            at(plain.index("#") + 1),
            text,
        )
    stripped = plain.strip()
    if not stripped:
        raise FormulaError(translate("Formula", "formula is empty; type a loss such as (1 - w1*w2)^2"))
    # Line breaks as spaces, one for one, so columns stay put.
    source, plain_columns = _caret_to_power(plain.replace("\r", " ").replace("\n", " "))
    columns = [at(column) for column in plain_columns]
    try:
        with warnings.catch_warnings():  # "invalid decimal literal" warnings for text like 1if
            warnings.simplefilter("ignore")
            tree = ast.parse(source, mode="eval")
    except SyntaxError as exc:
        column = columns[min(exc.offset, len(columns)) - 1] if exc.offset else len(text) + 1
        detail = _python_syntax_words(
            (exc.msg or "invalid syntax").replace("perhaps you forgot a comma?", "")
        )
        hint, kind, names = "", SYNTAX, ()
        assignment = re.search(r"(?<![<>=!])=(?!=)", source)
        dangling = _DANGLING_OPERATOR_RE.search(plain)
        if assignment:
            hint, kind = translate("Formula", "; '=' is not allowed"), ASSIGNMENT
            column = columns[assignment.start()]
        elif "|" in plain:
            detail, kind, column = (
                translate("Formula", "'|' is not an operator here"),
                ABSOLUTE_BARS,
                at(plain.index("|") + 1),
            )
        elif dangling:
            operator = dangling.group(1)
            detail = translate("Formula", "nothing follows '{operator}'").format(operator=operator)
            kind, names = MISSING_TERM, (operator,)
            column = at(dangling.end() + 1)  # where the term should be
        elif re.search(r"\d\s*[A-Za-z_(]", stripped) and not re.search(r"\d[eE][-+]?\d", stripped):
            hint = translate("Formula", "; write multiplication explicitly, as 2*x")
        message = translate("Formula", "cannot read the formula: {detail}{hint}").format(
            detail=detail, hint=hint
        )
        raise FormulaError(message, column, text, kind, names) from None
    except (RecursionError, MemoryError, ValueError, OverflowError):
        raise FormulaError(translate("Formula", "formula is nested too deeply"), None, text) from None
    _check_size(tree, text, columns)
    return tree.body, columns


def _python_syntax_words(message: str) -> str:
    """Python's own words for a syntax error, in the user's language for the ones a formula meets (a
    bracket left open or closed twice, 2x, 007); any other keeps Python's English."""
    message = message.strip(" ?.")
    if message.startswith("invalid syntax"):
        return translate("Formula", "invalid syntax")
    if found := re.fullmatch(r"'(.)' was never closed", message):
        return translate("Formula", "'{bracket}' is never closed").format(bracket=found.group(1))
    if found := re.fullmatch(r"unmatched '(.)'", message):
        return translate("Formula", "'{bracket}' closes no open bracket").format(bracket=found.group(1))
    if found := re.fullmatch(
        r"closing parenthesis '(.)' does not match opening parenthesis '(.)'.*", message
    ):
        return translate("Formula", "'{closing}' does not close '{opening}'").format(
            closing=found.group(1), opening=found.group(2)
        )
    if message.startswith("invalid decimal literal"):
        return translate("Formula", "a number runs into a name")
    if message.startswith("leading zeros in decimal integer literals"):
        return translate("Formula", "a whole number cannot start with 0 (write 12, not 012)")
    if message.startswith("unexpected character after line continuation character"):
        return translate("Formula", "'\\' is not allowed")
    return message


def likely_parameters(names: Sequence[str]) -> tuple[str, ...]:
    """Of a formula's free names, the ones to bind as parameters so that two variables remain: all but
    the first familiar pair present (x, y before w1, w2 ...), else all but the first two."""
    for pair in _VARIABLE_PAIRS:
        if all(name in names for name in pair):
            return tuple(name for name in names if name not in pair)
    return tuple(names[2:])


def parse_formula(
    text: str,
    vars: Sequence[str] | None = None,
    params: Mapping[str, float] | None = None,
) -> Loss:
    """Build a Loss from formula text; raise FormulaError with a column on any bad input."""
    params = dict(params or {})
    body, columns = _parse(text)
    compiler = _Compiler(text, columns)
    try:
        compiled = compiler.compile(body)
    except RecursionError:
        raise FormulaError(translate("Formula", "formula is nested too deeply"), None, text) from None
    if isinstance(compiled, _Constant) and not np.isfinite(compiled.value):
        if np.isinf(compiled.value):
            what = translate("Formula", "infinite")
        else:
            what = translate("Formula", "not a number")
        raise FormulaError(
            translate(
                "Formula",
                "this formula is the constant {value}, {what} (a division by zero or an overflow), so the "
                "loss is undefined everywhere",
            ).format(value=float(compiled.value), what=what),
            None,
            text,
        )
    for name, value in params.items():
        if (
            not isinstance(name, str)
            or not _NAME_RE.match(name)
            or name in RESERVED_NAMES
            or name.startswith("__")
        ):
            raise FormulaError(translate("Formula", "'{name}' cannot be a parameter name").format(name=name))
        if not isinstance(value, (int, float)) or not math.isfinite(value):
            raise FormulaError(
                translate("Formula", "parameter {name} must be a finite number, got {value}").format(
                    name=name, value=repr(value)
                )
            )
    variables = _choose_variables(compiler.names, vars, params, text)
    bound = {name: anp.float64(params[name]) for name in compiler.names if name not in variables}
    vx, vy = variables

    def evaluate(x, y):
        env = dict(bound)
        env[vx] = x
        env[vy] = y
        return compiled(env)

    return Loss(
        evaluate,
        tuple(variables),
        params={k: float(v) for k, v in params.items()},
        formula=text.strip(),
        uses_both=vx in compiler.names and vy in compiler.names,
    )


def _choose_variables(found: dict[str, int], requested, params, text) -> tuple[str, str]:
    if requested is not None:
        names = [str(n).strip() for n in requested]
        if (
            len(names) != 2
            or names[0] == names[1]
            or not all(_NAME_RE.match(n) and not n.startswith("__") for n in names)
        ):
            raise FormulaError(
                translate("Formula", "the variables need two different names, like x,y; got {names}").format(
                    names=",".join(names)
                ),
                kind=BAD_VARIABLES,
                names=tuple(names),
            )
        for name in names:
            if name in RESERVED_NAMES:
                raise FormulaError(
                    translate("Formula", "'{name}' is a function or constant, not a variable name").format(
                        name=name
                    )
                )
            if name in params:
                raise FormulaError(
                    translate("Formula", "'{name}' is both a variable and a parameter").format(name=name)
                )
        unbound = sorted((n for n in found if n not in names and n not in params), key=_natural_key)
        if unbound:
            first = min(found[n] for n in unbound)
            if len(unbound) == 1:
                unknown = translate("Formula", "unknown name {names}")
            else:
                unknown = translate("Formula", "unknown names {names}")
            raise FormulaError(
                unknown.format(names=", ".join(unbound)),
                first,
                text,
                UNBOUND_NAMES,
                tuple(unbound),
            )
        return names[0], names[1]
    free = sorted((n for n in found if n not in params), key=_natural_key)
    if len(free) > 2:
        raise FormulaError(
            translate("Formula", "a loss here has two variables, but this one has {count}: {names}").format(
                count=len(free), names=", ".join(free)
            ),
            found[free[2]],
            text,
            TOO_MANY_VARIABLES,
            tuple(free),
        )
    if len(free) == 2:
        return free[0], free[1]
    # A bound name is never a variable: fewer than two free names are completed with the next free
    # names in natural order (x·y with y bound: x and z; x + y with both bound: z and x1).
    taken = set(found) | set(params) | set(RESERVED_NAMES)
    if len(free) == 1:
        only = free[0]
        partner = _PARTNERS.get(only, "y" if only != "y" else "x")
        while partner in taken:
            partner = _next_name(partner)
        return tuple(sorted((only, partner), key=_natural_key))  # type: ignore[return-value]
    if not taken & set(_DEFAULT_VARS):
        return _DEFAULT_VARS
    first = _DEFAULT_VARS[0]
    while first in taken:
        first = _next_name(first)
    second = _next_name(first)
    while second in taken:
        second = _next_name(second)
    return first, second


def _next_name(name: str) -> str:
    """The name after `name` in natural order: w1 → w2, x → y, z → x1 (past z, numbered x's)."""
    stem = name.rstrip("0123456789")
    if stem != name:
        return f"{stem}{int(name[len(stem) :]) + 1}"
    if len(name) == 1 and "a" <= name < "z":
        return chr(ord(name) + 1)
    return f"{name if name != 'z' else 'x'}1"
