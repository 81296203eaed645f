"""The function language: the safe way a typed f(x, y) becomes mathematics.

Typed functions and session files are untrusted text, so nothing here hands
that text to ``eval``, ``exec``, ``sympy.sympify`` or ``sympy.parse_expr``
(they run Python code).  Instead:

1. a small tokenizer accepts only numbers, names, arithmetic operators,
   parentheses and commas, and the signs of typeset maths (x², x⁻¹, ·, ×, ÷,
   the minus sign −, π, √, no-break and thin spaces; see :mod:`.notation`),
   and notes the column of every token in characters of the typed text;
2. the friendly forms people type are rewritten to Python syntax
   (``x^2`` and ``x²`` -> ``x**2``, ``2x`` -> ``2*x``, ``3(x+1)`` -> ``3*(x+1)``,
   ``2 x y`` -> ``2*x*y``, ``√x`` -> ``sqrt(x)``) while keeping each token's
   original column; two number literals in a row (``2..3``, ``1.2.3``,
   ``2 3``) are refused rather than multiplied;
3. Python's ``ast`` module parses that text and a whitelist walk accepts only
   numbers, the names x, y, pi, e, unary/binary arithmetic and calls of a
   fixed list of functions;
4. the sympy expression is built from that tree by this module, folding
   constant powers in floating point so no exact-integer blow-up
   (``9**9**9**9``) can ever be computed.

Every failure raises :class:`FunctionError`, one sentence with the column.
"""

from __future__ import annotations

import ast
import importlib
import keyword
import math
import re
import types
import unicodedata
from functools import cached_property

import numpy as np
import sympy

from gdstudio.core.function.notation import (
    DASHES,
    MINUS,
    OPERATOR_SIGNS,
    PI,
    ROOT,
    SPACES,
    SUPERSCRIPT_CHARACTERS,
    SUPERSCRIPT_DIGITS,
    SUPERSCRIPT_MINUS,
    SUPERSCRIPT_PLUS,
    Token,
    matching_parentheses,
    needs_product,
    operand_end,
    readable_text,
    typed_text,
)
from gdstudio.core.words import QT_TRANSLATE_NOOP, translate

__all__ = [
    "FunctionError",
    "ParsedFunction",
    "parse_function",
    "FUNCTIONS",
    "MAX_LENGTH",
    "MAX_DEPTH",
]

MAX_LENGTH = 400
MAX_DEPTH = 40
# Largest magnitude of a constant (literal or folded); beyond it float64 is
# no longer a number a learner can use.
MAX_CONSTANT = 1e300
# Largest exponent applied to an expression that contains x or y.
MAX_EXPONENT = 1e4

X, Y = sympy.symbols("x y", real=True)

FUNCTIONS = {
    "sin": sympy.sin,
    "cos": sympy.cos,
    "tan": sympy.tan,
    "asin": sympy.asin,
    "acos": sympy.acos,
    "atan": sympy.atan,
    "sinh": sympy.sinh,
    "cosh": sympy.cosh,
    "tanh": sympy.tanh,
    "exp": sympy.exp,
    "log": sympy.log,
    "sqrt": sympy.sqrt,
    "abs": sympy.Abs,
}
VARIABLES = {"x": X, "y": Y}
CONSTANTS = {"pi": sympy.pi, "e": sympy.E}

# Names people reach for, with what to write instead.
_SUGGESTIONS = {
    "ln": QT_TRANSLATE_NOOP("FunctionLanguage", "write log(...) for the natural logarithm"),
    "arcsin": QT_TRANSLATE_NOOP("FunctionLanguage", "write asin(...)"),
    "arccos": QT_TRANSLATE_NOOP("FunctionLanguage", "write acos(...)"),
    "arctan": QT_TRANSLATE_NOOP("FunctionLanguage", "write atan(...)"),
    "exp2": QT_TRANSLATE_NOOP("FunctionLanguage", "write 2^(...)"),
    "I": QT_TRANSLATE_NOOP("FunctionLanguage", "complex numbers are not supported: the function must be real"),
    "j": QT_TRANSLATE_NOOP("FunctionLanguage", "complex numbers are not supported: the function must be real"),
    "z": QT_TRANSLATE_NOOP("FunctionLanguage", "the variables are x and y"),
    "X": QT_TRANSLATE_NOOP("FunctionLanguage", "variable names are lower case: x"),
    "Y": QT_TRANSLATE_NOOP("FunctionLanguage", "variable names are lower case: y"),
    "PI": QT_TRANSLATE_NOOP("FunctionLanguage", "write pi"),
    "Pi": QT_TRANSLATE_NOOP("FunctionLanguage", "write pi"),
}


class FunctionError(ValueError):
    """A typed function was refused. ``str(error)`` is one sentence for a person."""

    def __init__(self, message: str, column: int | None = None):
        self.message = message
        self.column = column  # 1-based column in the text the user typed
        super().__init__(message)


# --------------------------------------------------------------------------
# tokenizer
# --------------------------------------------------------------------------


_NUMBER = re.compile(r"(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", re.ASCII)
_NAME = re.compile(r"[A-Za-z_][A-Za-z_0-9]*", re.ASCII)
_SUPERSCRIPT = re.compile("[" + SUPERSCRIPT_PLUS + SUPERSCRIPT_MINUS + "]?[" + SUPERSCRIPT_DIGITS + "]+")
_FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPT_DIGITS + SUPERSCRIPT_MINUS, "0123456789-", SUPERSCRIPT_PLUS)
_OPERATORS = ("**", "+", "-", "*", "/", "^")

_REFUSED_CHARACTERS = {
    "'": QT_TRANSLATE_NOOP("FunctionLanguage", "text in quotes is not allowed"),
    '"': QT_TRANSLATE_NOOP("FunctionLanguage", "text in quotes is not allowed"),
    "[": QT_TRANSLATE_NOOP("FunctionLanguage", "square brackets are not allowed: use ( )"),
    "]": QT_TRANSLATE_NOOP("FunctionLanguage", "square brackets are not allowed: use ( )"),
    "{": QT_TRANSLATE_NOOP("FunctionLanguage", "braces are not allowed: use ( )"),
    "}": QT_TRANSLATE_NOOP("FunctionLanguage", "braces are not allowed: use ( )"),
    ".": QT_TRANSLATE_NOOP("FunctionLanguage", "attribute access is not allowed"),
    "=": QT_TRANSLATE_NOOP("FunctionLanguage", "write only the right-hand side, f(x, y) = ... without 'f(x, y) ='"),
    "<": QT_TRANSLATE_NOOP("FunctionLanguage", "comparisons are not allowed"),
    ">": QT_TRANSLATE_NOOP("FunctionLanguage", "comparisons are not allowed"),
    "!": QT_TRANSLATE_NOOP("FunctionLanguage", "'!' is not allowed"),
    ";": QT_TRANSLATE_NOOP("FunctionLanguage", "write a single expression"),
    ":": QT_TRANSLATE_NOOP("FunctionLanguage", "write a single expression"),
    "\\": QT_TRANSLATE_NOOP("FunctionLanguage", "backslashes are not allowed"),
    "%": QT_TRANSLATE_NOOP("FunctionLanguage", "'%' is not allowed"),
    "@": QT_TRANSLATE_NOOP("FunctionLanguage", "'@' is not allowed"),
    "&": QT_TRANSLATE_NOOP("FunctionLanguage", "'&' is not allowed"),
    "|": QT_TRANSLATE_NOOP("FunctionLanguage", "use abs(...) for an absolute value"),
    "#": QT_TRANSLATE_NOOP("FunctionLanguage", "comments are not allowed"),
    "$": QT_TRANSLATE_NOOP("FunctionLanguage", "'$' is not allowed"),
    "~": QT_TRANSLATE_NOOP("FunctionLanguage", "'~' is not allowed"),
}


def _hint(name: str) -> str:
    """What to type instead of an unknown function ``name``."""
    suggestion = _SUGGESTIONS.get(name)
    if suggestion is not None:
        return translate("FunctionLanguage", suggestion)
    return translate("FunctionLanguage", "known functions: {names}").format(names=", ".join(FUNCTIONS))


def _refusal(character: str) -> str:
    """Why a character is refused, with what to type instead where there is an obvious answer."""
    reason = _REFUSED_CHARACTERS.get(character)
    if reason is not None:
        return translate("FunctionLanguage", reason)
    shown = character if character.isprintable() else repr(character)
    plain = unicodedata.normalize("NFKC", character)
    name = unicodedata.name(character, "")
    if "SUPERSCRIPT" in name or "MODIFIER LETTER SMALL" in name:
        return translate(
            "FunctionLanguage", "'{character}' is not allowed: only digits and {minus} can be superscripts, write ^{plain}"
        ).format(character=shown, minus=SUPERSCRIPT_MINUS, plain=plain)
    if plain != character and plain.isascii() and plain.isprintable() and plain.strip():
        return translate("FunctionLanguage", "'{character}' is not allowed: type {plain}").format(character=shown, plain=plain)
    return translate("FunctionLanguage", "'{character}' is not allowed").format(character=shown)


def _tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    i = 0
    depth = 0
    while i < len(text):
        ch = text[i]
        if ch in SPACES:
            i += 1
            continue
        match = _NUMBER.match(text, i) if ch in "0123456789." else None
        if match:
            tokens.append(Token("number", match.group(0), i, match.group(0)))
            i = match.end()
            continue
        match = _NAME.match(text, i)
        if match:
            name = match.group(0)
            if keyword.iskeyword(name):
                raise FunctionError(
                    translate("FunctionLanguage", "'{name}' at column {column} is not allowed: write a single formula in x and y").format(
                        name=name, column=i + 1
                    ),
                    i + 1,
                )
            tokens.append(Token("function" if name in FUNCTIONS else "name", name, i, name))
            i = match.end()
            continue
        if ch in SUPERSCRIPT_CHARACTERS:
            match = _SUPERSCRIPT.match(text, i)
            if not match:
                raise FunctionError(
                    translate(
                        "FunctionLanguage", "'{character}' at column {column} must be followed by superscript digits, as in x⁻¹"
                    ).format(character=ch, column=i + 1),
                    i + 1,
                )
            # superscript digits are never a Python literal, so leading zeros are harmless: x⁰² is x²
            exponent = str(int(match.group(0).translate(_FROM_SUPERSCRIPT)))
            tokens.append(Token("superscript", exponent, i, match.group(0)))
            i = match.end()
            continue
        if ch == PI:
            tokens.append(Token("name", "pi", i, ch))
            i += 1
            continue
        if ch == ROOT:
            tokens.append(Token("root", "sqrt", i, ch))
            i += 1
            continue
        op = next((o for o in _OPERATORS if text.startswith(o, i)), None)
        if op:
            tokens.append(Token("op", "^" if op == "**" else op, i, op))
            i += len(op)
            continue
        if ch in OPERATOR_SIGNS:
            tokens.append(Token("op", OPERATOR_SIGNS[ch], i, ch))
            i += 1
            continue
        if ch == "(":
            depth += 1
            if depth > MAX_DEPTH:
                raise FunctionError(
                    translate("FunctionLanguage", "too deeply nested at column {column}: at most {depth} levels of parentheses").format(
                        column=i + 1, depth=MAX_DEPTH
                    ),
                    i + 1,
                )
            tokens.append(Token("(", ch, i, ch))
            i += 1
            continue
        if ch == ")":
            depth -= 1
            if depth < 0:
                raise FunctionError(translate("FunctionLanguage", "unmatched ')' at column {column}").format(column=i + 1), i + 1)
            tokens.append(Token(")", ch, i, ch))
            i += 1
            continue
        if ch == ",":
            tokens.append(Token(",", ch, i, ch))
            i += 1
            continue
        if ch in DASHES:
            raise FunctionError(
                translate("FunctionLanguage", "'{character}' at column {column} is {dash}, not a minus sign: type - or {minus}").format(
                    character=ch, column=i + 1, dash=translate("FunctionNotation", DASHES[ch]), minus=MINUS
                ),
                i + 1,
            )
        raise FunctionError(translate("FunctionLanguage", "{reason} (column {column})").format(reason=_refusal(ch), column=i + 1), i + 1)
    if depth > 0:
        raise FunctionError(translate("FunctionLanguage", "a '(' is never closed: add ')'"), len(text))
    if tokens and tokens[-1].kind in ("op", "(", ",", "root"):
        last = tokens[-1]
        raise FunctionError(
            translate("FunctionLanguage", "the function ends with '{typed}' at column {column}: something is missing after it").format(
                typed=last.typed, column=last.column + 1
            ),
            last.column + 1,
        )
    return tokens


def _joined_number(first: str, second: str) -> str | None:
    """The one number two adjacent literals probably meant: 2. .3 -> 2.3, 1.2 .3 -> 1.23, 2 3 -> 23."""
    if "e" in first.lower():
        return None
    if "." in first and second.startswith("."):
        second = second[1:]
    joined = first + second
    return joined if _NUMBER.fullmatch(joined) else None


def _check_neighbours(previous: Token | None, token: Token) -> None:
    """Refuse the pairs of tokens that have no single sensible reading."""
    column = token.column + 1
    if token.kind == "number" and previous is not None and previous.kind == "number":
        joined = _joined_number(previous.text, token.text)
        product = f"{previous.text}*{token.text}"
        spaced = token.column > previous.column + len(previous.typed)
        # 2..3 and 1.2.3 are typos of one number; 2 3 may be a digit group (23) or a product
        if joined is None:
            suggestion = product
        elif spaced:
            suggestion = translate("FunctionLanguage", "{joined} or {product}").format(joined=joined, product=product)
        else:
            suggestion = joined
        raise FunctionError(
            translate("FunctionLanguage", "two numbers in a row at column {column}: did you mean {suggestion}?").format(
                column=column, suggestion=suggestion
            ),
            column,
        )
    if token.kind == "superscript":
        if previous is None or previous.kind in ("op", "(", ",", "root", "function"):
            raise FunctionError(
                translate(
                    "FunctionLanguage", "the exponent '{typed}' at column {column} has nothing before it: write it after a value, as in x²"
                ).format(typed=token.typed, column=column),
                column,
            )
        if previous.kind == "superscript":
            raise FunctionError(
                translate("FunctionLanguage", "two exponents in a row at column {column}: write a single exponent, as in x¹⁰").format(
                    column=column
                ),
                column,
            )
    if token.kind == "op" and token.text == "^" and previous is not None and previous.kind == "superscript":
        raise FunctionError(
            translate("FunctionLanguage", "'{typed}' at column {column} follows an exponent: use brackets, as in (x²)^3").format(
                typed=token.typed, column=column
            ),
            column,
        )
    if previous is not None and previous.kind == "root" and not token.starts_value:
        raise FunctionError(
            translate(
                "FunctionLanguage",
                "'{root}' must be followed by a number, a name or '(' (column {column}): write {root}(...) around what it covers",
            ).format(root=ROOT, column=column),
            column,
        )


def _to_python(tokens: list[Token]) -> tuple[str, list[tuple[int, int]]]:
    """Python text for the tokens plus (python column, user column) anchors.

    x² becomes x**(2), · and × become *, ÷ becomes /, π becomes pi, a product
    without a sign gets its *, and √ becomes sqrt( ... ) around the operand
    :func:`operand_end` finds.
    """
    parts: list[str] = []
    anchors: list[tuple[int, int]] = []
    position = 0

    def emit(piece: str, column: int) -> None:
        nonlocal position
        anchors.append((position, column))
        parts.append(piece)
        position += len(piece)

    match = matching_parentheses(tokens)
    closes = [0] * (len(tokens) + 1)
    for index, token in enumerate(tokens):
        if token.kind == "root":
            closes[operand_end(tokens, index + 1, match)] += 1
    depth = 0
    previous: Token | None = None
    for index, token in enumerate(tokens):
        _check_neighbours(previous, token)
        if closes[index]:
            emit(")" * closes[index], token.column)
            depth -= closes[index]
        if previous is not None and needs_product(previous, token):
            emit("*", token.column)
        if token.kind == "superscript":
            emit(f"**({token.text})", token.column)
        elif token.kind == "root":
            emit("sqrt(", token.column)
        elif token.kind == "op" and token.text == "^":
            emit("**", token.column)
        else:
            emit(token.text, token.column)
        if token.kind in ("(", "root"):
            depth += 1
            if depth > MAX_DEPTH:
                raise FunctionError(
                    translate(
                        "FunctionLanguage", "too deeply nested at column {column}: at most {depth} levels of parentheses and roots"
                    ).format(column=token.column + 1, depth=MAX_DEPTH),
                    token.column + 1,
                )
        elif token.kind == ")":
            depth -= 1
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.kind == "function" and following is not None and following.kind == "superscript":
            raise FunctionError(
                translate(
                    "FunctionLanguage",
                    "'{typed}' at column {column} stands between {function} and its bracket: "
                    "write {function}(x){typed} for a power of {function}(x)",
                ).format(typed=following.typed, column=following.column + 1, function=token.text),
                following.column + 1,
            )
        if token.kind == "function" and (following is None or following.kind != "("):
            raise FunctionError(
                translate("FunctionLanguage", "'{function}' at column {column} needs parentheses: write {function}(...)").format(
                    function=token.text, column=token.column + 1
                ),
                token.column + 1,
            )
        if (
            token.kind == "name"
            and token.text not in VARIABLES
            and token.text not in CONSTANTS
            and following is not None
            and following.kind == "("
        ):
            raise FunctionError(
                translate("FunctionLanguage", "unknown function '{name}' at column {column}: {hint}").format(
                    name=token.text, column=token.column + 1, hint=_hint(token.text)
                ),
                token.column + 1,
            )
        previous = token
        # keep tokens apart so that e.g. "2" "e5" never fuse into one number
        emit(" ", token.column)
    if closes[len(tokens)]:
        emit(")" * closes[len(tokens)], tokens[-1].column)
    return "".join(parts), anchors


def _user_column(anchors: list[tuple[int, int]], python_column: int) -> int:
    best = 0
    for python_position, user_column in anchors:
        if python_position <= python_column:
            best = user_column
        else:
            break
    return best + 1


# --------------------------------------------------------------------------
# whitelisted tree -> sympy
# --------------------------------------------------------------------------

_BINARY = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Pow)
_NODE_NAMES = {
    ast.Mod: "'%'",
    ast.FloorDiv: "'//'",
    ast.MatMult: "'@'",
    ast.Tuple: QT_TRANSLATE_NOOP("FunctionLanguage", "a comma outside a function call"),
    ast.Compare: QT_TRANSLATE_NOOP("FunctionLanguage", "a comparison"),
    ast.Lambda: QT_TRANSLATE_NOOP("FunctionLanguage", "a lambda"),
    ast.Attribute: QT_TRANSLATE_NOOP("FunctionLanguage", "attribute access"),
    ast.Subscript: QT_TRANSLATE_NOOP("FunctionLanguage", "a subscript"),
}


class _Builder:
    def __init__(self, anchors: list[tuple[int, int]]):
        self.anchors = anchors

    def fail(self, node: ast.AST, message: str) -> FunctionError:
        column = _user_column(self.anchors, getattr(node, "col_offset", 0))
        return FunctionError(translate("FunctionLanguage", "{message} at column {column}").format(message=message, column=column), column)

    def build(self, node: ast.AST, depth: int = 0) -> sympy.Expr:
        if depth > 4 * MAX_DEPTH + 200:
            raise self.fail(node, translate("FunctionLanguage", "the expression is too complex"))
        if isinstance(node, ast.Constant):
            value = node.value
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise self.fail(node, translate("FunctionLanguage", "only numbers are allowed as constants"))
            if not math.isfinite(float(value)) or abs(value) > MAX_CONSTANT:
                raise self.fail(node, translate("FunctionLanguage", "number too large"))
            if isinstance(value, int) or value.is_integer():
                return sympy.Integer(int(value))
            return sympy.Float(value)
        if isinstance(node, ast.Name):
            if node.id in VARIABLES:
                return VARIABLES[node.id]
            if node.id in CONSTANTS:
                return CONSTANTS[node.id]
            if node.id in FUNCTIONS:
                raise self.fail(
                    node, translate("FunctionLanguage", "'{function}' needs parentheses: write {function}(...)").format(function=node.id)
                )
            hint = _SUGGESTIONS.get(node.id)
            if hint is not None:
                hint = translate("FunctionLanguage", hint)
            elif node.id and set(node.id) <= set("xy"):
                hint = translate("FunctionLanguage", "write {product} for a product").format(product="*".join(node.id))
            else:
                hint = translate("FunctionLanguage", "the variables are x and y")
            column = _user_column(self.anchors, node.col_offset)
            raise FunctionError(
                translate("FunctionLanguage", "unknown name '{name}' at column {column}: {hint}").format(
                    name=node.id, column=column, hint=hint
                ),
                column,
            )
        if isinstance(node, ast.UnaryOp):
            if not isinstance(node.op, (ast.UAdd, ast.USub)):
                raise self.fail(node, translate("FunctionLanguage", "only + and - may stand before a value"))
            operand = self.build(node.operand, depth + 1)
            return -operand if isinstance(node.op, ast.USub) else operand
        if isinstance(node, ast.BinOp):
            if not isinstance(node.op, _BINARY):
                name = translate("FunctionLanguage", _NODE_NAMES.get(type(node.op), QT_TRANSLATE_NOOP("FunctionLanguage", "that operator")))
                raise self.fail(node, translate("FunctionLanguage", "{what} is not allowed").format(what=name))
            left = self.build(node.left, depth + 1)
            right = self.build(node.right, depth + 1)
            return _fold_float_radicals(self.combine(node, left, right))
        if isinstance(node, ast.Call):
            if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
                name = node.func.id if isinstance(node.func, ast.Name) else translate("FunctionLanguage", "that")
                column = _user_column(self.anchors, node.col_offset)
                raise FunctionError(
                    translate("FunctionLanguage", "unknown function '{name}' at column {column}: {hint}").format(
                        name=name, column=column, hint=_hint(name)
                    ),
                    column,
                )
            if node.keywords or len(node.args) != 1:
                raise self.fail(
                    node, translate("FunctionLanguage", "{function}(...) takes exactly one argument").format(function=node.func.id)
                )
            argument = self.build(node.args[0], depth + 1)
            return _fold_float_radicals(FUNCTIONS[node.func.id](argument))
        name = translate("FunctionLanguage", _NODE_NAMES.get(type(node), QT_TRANSLATE_NOOP("FunctionLanguage", "that kind of expression")))
        raise self.fail(node, translate("FunctionLanguage", "{what} is not allowed").format(what=name))

    def combine(self, node: ast.BinOp, left: sympy.Expr, right: sympy.Expr) -> sympy.Expr:
        op = node.op
        if isinstance(op, ast.Add):
            return left + right
        if isinstance(op, ast.Sub):
            return left - right
        if isinstance(op, ast.Mult):
            result = left * right
            self.check_size(node, result)
            return result
        if isinstance(op, ast.Div):
            # a Float zero made by sqrt is not == 0 but is_zero, and sympy's division by it raises
            if right == 0 or right.is_zero:
                raise self.fail(node, translate("FunctionLanguage", "division by zero"))
            try:
                return left / right
            except ZeroDivisionError:
                raise self.fail(node, translate("FunctionLanguage", "division by zero")) from None
        # power: the only operator that can blow up exact arithmetic
        if right.is_number:
            exponent = self.as_float(node, right)
            if left.is_number:
                base = self.as_float(node, left)
                try:
                    value = math.pow(base, exponent)
                except (OverflowError, ValueError, ZeroDivisionError):
                    value = math.inf if abs(base) > 1 else math.nan
                if isinstance(value, complex) or not math.isfinite(value) or abs(value) > MAX_CONSTANT:
                    if base < 0 and math.isfinite(exponent) and not float(exponent).is_integer():
                        raise self.fail(node, translate("FunctionLanguage", "a negative number to a fractional power is complex"))
                    raise self.fail(node, translate("FunctionLanguage", "number too large"))
                if isinstance(left, sympy.Integer) and isinstance(right, sympy.Integer) and abs(right) <= 1000 and value != 0:
                    return left**right  # exact and small: |value| is within [1e-300, 1e300]
                return sympy.Float(value)
            if abs(exponent) > MAX_EXPONENT:
                raise self.fail(
                    node, translate("FunctionLanguage", "exponent too large (at most {limit})").format(limit=f"{MAX_EXPONENT:g}")
                )
        return left**right

    def as_float(self, node: ast.AST, value: sympy.Expr) -> float:
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise self.fail(node, translate("FunctionLanguage", "this constant is not a real number")) from None
        if not math.isfinite(number) or abs(number) > MAX_CONSTANT:
            raise self.fail(node, translate("FunctionLanguage", "number too large"))
        return number

    def check_size(self, node: ast.AST, value: sympy.Expr) -> None:
        if value.is_number and isinstance(value, sympy.Integer) and abs(value) > MAX_CONSTANT:
            raise self.fail(node, translate("FunctionLanguage", "number too large"))


def _fold_float_radicals(value: sympy.Expr) -> sympy.Expr:
    """Fold a constant that mixes a decimal number and a radical, 0.125·2^(1/4), into one Float.

    sympy 1.14 never returns from raising such a product to a fractional power
    (``sqrt(0.125*2**(1/4)*x)`` loops in its gcd), and √√2·0.125 is a few
    keystrokes away; exact radicals alone (√2·x) and decimals alone stay as they are.
    """
    if not value.has(sympy.Float):
        return value
    if value.is_number:
        constant, rest = value, sympy.Integer(1)
    elif value.is_Mul:
        constant, rest = value.as_independent(X, Y, as_Add=False)
    else:
        return value
    if constant.is_Float or not any(not power.exp.is_Integer for power in constant.atoms(sympy.Pow)):
        return value
    folded = constant.evalf()
    return folded * rest if folded.is_Float else value


# --------------------------------------------------------------------------
# the parsed function
# --------------------------------------------------------------------------


def _almost_everywhere(expression):
    """Derivatives of abs and sign bring in DiracDelta, which numpy cannot evaluate:
    it is zero everywhere but at a kink, so it is drawn as zero."""
    return expression.replace(sympy.DiracDelta, lambda *args: sympy.Integer(0))


def _fill_numpy_namespace() -> None:
    """Fill sympy's numpy namespace for lambdify before its first use.

    lambdify fills it once a process with ``from numpy import *``, which imports
    every numpy submodule that numpy's ``__all__`` names (testing, f2py, ma,
    polynomial, random, …): 0.1 s, half of the first compilation, on the start-up's
    way to the first contour. The same names less the submodules (generated code
    names functions, never a submodule), with sympy's translations and its ``Abs``,
    are put there first, the way sympy would; where sympy keeps the namespace
    differently, it fills it itself."""
    try:
        module = importlib.import_module("sympy.utilities.lambdify")  # the module: sympy.utilities.lambdify is the function
        namespace, default, translations, _commands = module.MODULES["numpy"]
    except (ImportError, AttributeError, KeyError, TypeError, ValueError):
        return
    if namespace != default:
        return  # filled already
    import numpy.linalg

    filled = {"numpy": np}
    for source in (np, numpy.linalg):
        for name in getattr(source, "__all__", ()):
            value = source.__dict__.get(name, filled)  # (filled: not there, as a lazy submodule)
            if value is not filled and not isinstance(value, types.ModuleType):
                filled[name] = value
    try:
        for sympy_name, numpy_name in translations.items():
            filled[sympy_name] = filled[numpy_name]
    except KeyError:
        return  # a name this numpy lacks: sympy's own import says so
    filled.setdefault("Abs", abs)
    namespace.update(filled)


def _compile(expressions, cse: bool = True):
    _fill_numpy_namespace()
    if isinstance(expressions, (list, tuple)):
        expressions = [_almost_everywhere(e) for e in expressions]
    else:
        expressions = _almost_everywhere(expressions)
    return sympy.lambdify((X, Y), expressions, modules="numpy", cse=cse)


def _floats(x, y):
    """Inputs as float64 arrays: a Python float to a fractional power would turn complex."""
    return np.asarray(x, dtype=float), np.asarray(y, dtype=float)


def _as_float_array(value, x, y) -> np.ndarray:
    """Broadcast a lambdified result (which is a bare number for a constant
    derivative) to the shape of the inputs, as float64."""
    array = np.asarray(value, dtype=float)
    shape = np.broadcast_shapes(np.shape(x), np.shape(y))
    if array.shape != shape:
        array = np.broadcast_to(array, shape).copy()
    return array


class ParsedFunction:
    """A function f(x, y) accepted by :func:`parse_function`.

    Exposes f, its exact partial derivatives ∂f/∂x, ∂f/∂y, the gradient
    ∇f = [∂f/∂x, ∂f/∂y] and the Hessian [[f_xx, f_xy], [f_yx, f_yy]], each as a
    sympy expression, as display text, and as numpy functions that accept
    scalars or arrays.  Points where f is not defined give NaN.
    """

    def __init__(self, text: str, expression: sympy.Expr, tokens: list[Token] | None = None):
        self.text = text
        self.expression = expression
        self.partial_x = sympy.diff(expression, X)
        self.partial_y = sympy.diff(expression, Y)
        self._tokens = tuple(tokens) if tokens is not None else None
        self._value = _compile(expression, cse=False)
        self._gradient = _compile([self.partial_x, self.partial_y])

    # -- sympy-readable strings (JSON, sessions) ---------------------------
    @property
    def expression_text(self) -> str:
        """sympy's canonical text of f (the JSON ``expression``)."""
        return sympy.sstr(self.expression)

    @property
    def gradient_texts(self) -> tuple[str, str]:
        """sympy's canonical texts of ∂f/∂x and ∂f/∂y (the JSON ``gradient``)."""
        return sympy.sstr(self.partial_x), sympy.sstr(self.partial_y)

    # -- display (built on first use) ------------------------------------------
    @cached_property
    def pretty(self) -> str:
        """f as it was typed, dressed for reading: ``(1-x)^2 + 100(y-x^2)^2`` -> ``(1 − x)² + 100(y − x²)²``.

        Same order and brackets as typed; superscript integer exponents, ·, −, π
        and √; it parses back to the same function.
        """
        if self._tokens is None:
            return readable_text(self.expression)
        return typed_text(list(self._tokens))

    @cached_property
    def pretty_html(self) -> str:
        """:attr:`pretty` for rich-text labels: exponents as ``<sup>`` (every exponent, not only integers)."""
        if self._tokens is None:
            return readable_text(self.expression, html=True)
        return typed_text(list(self._tokens), html=True)

    @property
    def display(self) -> str:
        """The formula line of the window and the titles of figures: :attr:`pretty`."""
        return self.pretty

    @cached_property
    def partial_x_display(self) -> str:
        """∂f/∂x written as a lesson writes it: Rosenbrock's is ``400x³ − 400x·y + 2x − 2``."""
        return readable_text(self.partial_x)

    @cached_property
    def partial_y_display(self) -> str:
        """∂f/∂y written as a lesson writes it: Rosenbrock's is ``−200x² + 200y``."""
        return readable_text(self.partial_y)

    @property
    def gradient_display(self) -> str:
        """∇f = [∂f/∂x, ∂f/∂y] in the readable form: ``[2x + y, x + 2y]``."""
        return f"[{self.partial_x_display}, {self.partial_y_display}]"

    @property
    def latex(self) -> dict[str, str]:
        return {
            "f": sympy.latex(self.expression),
            "partial_x": sympy.latex(self.partial_x),
            "partial_y": sympy.latex(self.partial_y),
        }

    @cached_property
    def html(self) -> dict[str, str]:
        """Rich text: ``f`` as typed (:attr:`pretty_html`), ``partial_x``, ``partial_y`` and ``gradient`` readable."""
        partial_x = readable_text(self.partial_x, html=True)
        partial_y = readable_text(self.partial_y, html=True)
        return {"f": self.pretty_html, "partial_x": partial_x, "partial_y": partial_y, "gradient": f"[{partial_x}, {partial_y}]"}

    # -- Hessian (compiled on first use) -------------------------------------
    @cached_property
    def hessian_expressions(self) -> tuple[tuple[sympy.Expr, sympy.Expr], tuple[sympy.Expr, sympy.Expr]]:
        fxx = sympy.diff(self.partial_x, X)
        fxy = sympy.diff(self.partial_x, Y)
        fyy = sympy.diff(self.partial_y, Y)
        return ((fxx, fxy), (fxy, fyy))

    @cached_property
    def _hessian(self):
        (fxx, fxy), (_, fyy) = self.hessian_expressions
        return _compile([fxx, fxy, fyy])

    @cached_property
    def is_quadratic(self) -> bool:
        """Whether f is a polynomial of degree at most 2 in x and y: its Hessian is the same
        everywhere, and an exact line search has a closed form."""
        return all(e.is_number for row in self.hessian_expressions for e in row)

    def hessian_at(self, points: np.ndarray) -> np.ndarray:
        """The Hessians at a batch of points of shape (n, 2): an array (n, 2, 2)."""
        points = np.asarray(points, dtype=float)
        return self.hessian(points[:, 0], points[:, 1])

    def compile_hessian(self) -> None:
        """Differentiate and compile the Hessian now (10–20 ms of sympy), where it is otherwise
        done at its first use: the window does it when a function is set, not in a frame of
        the run that first shows the curvature."""
        _ = self._hessian

    # -- numbers ---------------------------------------------------------------
    def value(self, x, y) -> np.ndarray:
        """f(x, y) for scalars or arrays; NaN where f is not defined."""
        x, y = _floats(x, y)
        with np.errstate(all="ignore"):
            return _as_float_array(self._value(x, y), x, y)

    def gradient(self, x, y) -> tuple[np.ndarray, np.ndarray]:
        """(∂f/∂x, ∂f/∂y) at the points, each of the broadcast shape of x and y."""
        x, y = _floats(x, y)
        with np.errstate(all="ignore"):
            gx, gy = self._gradient(x, y)
            return _as_float_array(gx, x, y), _as_float_array(gy, x, y)

    def hessian(self, x, y) -> np.ndarray:
        """The Hessian at the points: an array of shape (..., 2, 2)."""
        x, y = _floats(x, y)
        with np.errstate(all="ignore"):
            fxx, fxy, fyy = (_as_float_array(v, x, y) for v in self._hessian(x, y))
        return np.stack([np.stack([fxx, fxy], -1), np.stack([fxy, fyy], -1)], -2)

    # -- the objective protocol used by the descent engine --------------------
    dimension = 2

    def loss_and_gradient(self, points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Loss f(w) and gradient ∇f(w) for a batch of points w of shape (n, 2)."""
        x = points[:, 0]
        y = points[:, 1]
        with np.errstate(all="ignore"):
            loss = _as_float_array(self._value(x, y), x, y)
            gx, gy = self._gradient(x, y)
        gradient = np.empty_like(points)
        gradient[:, 0] = gx
        gradient[:, 1] = gy
        return loss, gradient

    def __repr__(self) -> str:
        return f"ParsedFunction({self.text!r})"


def parse_function(text: str) -> ParsedFunction:
    """Parse untrusted text into a :class:`ParsedFunction` or raise :class:`FunctionError`."""
    if not isinstance(text, str):
        raise FunctionError(translate("FunctionLanguage", "the function must be text"))
    if len(text) > MAX_LENGTH:
        raise FunctionError(
            translate("FunctionLanguage", "the function is too long: at most {limit} characters").format(limit=MAX_LENGTH), MAX_LENGTH + 1
        )
    if "\n" in text or "\r" in text:
        raise FunctionError(translate("FunctionLanguage", "write the function on one line"), text.find("\n") + 1 or text.find("\r") + 1)
    stripped = text.strip()
    if not stripped:
        raise FunctionError(translate("FunctionLanguage", "type a function of x and y, for example x^2 + x*y + y^2"))
    tokens = _tokenize(text)
    python_text, anchors = _to_python(tokens)
    try:
        tree = ast.parse(python_text, mode="eval")
    except SyntaxError as error:
        column = _user_column(anchors, max((error.offset or 1) - 1, 0))
        if error.offset is not None and error.offset > len(python_text.rstrip()):
            raise FunctionError(
                translate("FunctionLanguage", "the function ends too early: something is missing at the end"), len(text)
            ) from None
        raise FunctionError(
            translate("FunctionLanguage", "syntax error at column {column}: check the operators around it").format(column=column), column
        ) from None
    except (RecursionError, MemoryError, ValueError):
        raise FunctionError(translate("FunctionLanguage", "the expression is too complex")) from None
    builder = _Builder(anchors)
    try:
        expression = builder.build(tree.body)
    except RecursionError:
        raise FunctionError(translate("FunctionLanguage", "the expression is too complex")) from None
    _check_real_function(expression)
    function = ParsedFunction(text.strip(), expression, tokens)
    if function.partial_x.has(sympy.I) or function.partial_y.has(sympy.I):
        # (-2)^x: numpy gives NaN for f between the integers, and ∇f holds log(-2)
        raise FunctionError(
            translate("FunctionLanguage", "the function takes complex values (a negative number to the power x or y is complex)")
        )
    return function


def _check_real_function(expression: sympy.Expr) -> None:
    if expression.has(sympy.zoo, sympy.nan, sympy.oo, -sympy.oo):
        raise FunctionError(translate("FunctionLanguage", "the function is not a number (it divides by zero or is infinite)"))
    if expression.has(sympy.I) or any(_is_complex_constant(node) for node in sympy.preorder_traversal(expression)):
        raise FunctionError(
            translate("FunctionLanguage", "the function takes complex values (for example log or sqrt of a negative number)")
        )
    if not expression.free_symbols:
        raise FunctionError(
            translate("FunctionLanguage", "the function is constant: it must depend on x or y, or it has no slope to descend")
        )


def _is_complex_constant(node: sympy.Expr) -> bool:
    """sqrt(-2 - pi) or asin(pi): a constant sympy leaves unevaluated, whose value is not real."""
    if not (node.is_number and (node.is_Pow or node.is_Function)):
        return False
    real = node.is_extended_real
    if real is None:
        _, imaginary = node.evalf(15).as_real_imag()
        real = imaginary == 0
    return not real
