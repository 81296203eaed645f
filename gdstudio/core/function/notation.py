"""How functions are written: the characters people type or paste, and the two
ways the studio prints a function back.

* The **typed form** (:func:`typed_text`) is built from the tokens of what the
  person typed, so it keeps their order and grouping and only dresses it:
  ``(1-x)^2 + 100(y-x^2)^2`` prints as ``(1 − x)² + 100(y − x²)²``.
* The **readable form** (:func:`readable_text`) prints a sympy expression, such as
  a partial derivative, the way a lesson writes it: polynomial parts expanded
  when that does not make them longer, terms from the highest degree down, x
  before y, the constant last: ``-400*x*(-x**2 + y) + 2*x - 2`` prints as
  ``400x³ − 400x·y + 2x − 2``.

Both use the true minus sign (U+2212), superscript integer exponents, π and √,
and · only between factors that would otherwise run together (x·y, not 2·x);
both parse back to the same function.  Each has an HTML variant whose exponents
are ``<sup>`` elements, for rich-text labels.

This module knows the characters and the printing; :mod:`.language` knows the
grammar and builds the mathematics.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import sympy

from gdstudio.core.words import QT_TRANSLATE_NOOP

__all__ = ["Token", "typed_text", "readable_text", "MINUS", "ROOT", "PI"]

MINUS = "\u2212"  # − the minus sign of typeset text
ROOT = "\u221a"  # √
PI = "\u03c0"  # π
DOT = "\u00b7"  # · the product sign the studio prints

# Spaces people paste: no-break, thin, narrow no-break, the other typographic
# spaces and the ideographic (full-width) space.
SPACES = frozenset(" \t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000")

# Operator signs of typeset text, with the ASCII operator each one means.
# Only true minus signs are minus: U+2212 and its small and full-width forms.
OPERATOR_SIGNS = {
    "\u00b7": "*",  # · middle dot
    "\u22c5": "*",  # ⋅ dot operator
    "\u2219": "*",  # ∙ bullet operator
    "\u00d7": "*",  # × multiplication sign
    "\u00f7": "/",  # ÷ division sign
    MINUS: "-",
    "\ufe63": "-",  # ﹣ small hyphen-minus
    "\uff0d": "-",  # － full-width hyphen-minus
    "\uff0b": "+",  # ＋ full-width plus
}

# Dashes are punctuation, not minus signs: text with an en dash is refused
# rather than silently read as a subtraction the writer may not have meant.
DASHES = {
    "\u2010": QT_TRANSLATE_NOOP("FunctionNotation", "a hyphen"),
    "\u2011": QT_TRANSLATE_NOOP("FunctionNotation", "a non-breaking hyphen"),
    "\u2012": QT_TRANSLATE_NOOP("FunctionNotation", "a figure dash"),
    "\u2013": QT_TRANSLATE_NOOP("FunctionNotation", "an en dash"),
    "\u2014": QT_TRANSLATE_NOOP("FunctionNotation", "an em dash"),
    "\u2015": QT_TRANSLATE_NOOP("FunctionNotation", "a horizontal bar"),
}

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPERSCRIPT_MINUS = "⁻"
SUPERSCRIPT_PLUS = "⁺"
SUPERSCRIPT_CHARACTERS = frozenset(SUPERSCRIPT_DIGITS + SUPERSCRIPT_MINUS + SUPERSCRIPT_PLUS)
_TO_SUPERSCRIPT = str.maketrans("0123456789-", SUPERSCRIPT_DIGITS + SUPERSCRIPT_MINUS)

_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_")
_DIGITS = frozenset("0123456789.")


@dataclass(frozen=True)
class Token:
    """One piece of typed text: its kind, its meaning and where it was typed."""

    kind: str  # "number", "name", "function", "op", "(", ")", ",", "superscript", "root"
    text: str  # the meaning: ops are + - * / ^, π is "pi", a superscript its exponent ("-1")
    column: int  # 0-based, in characters of the typed text
    typed: str  # the characters as typed

    @property
    def ends_value(self) -> bool:
        return self.kind in ("number", "name", ")", "superscript")

    @property
    def starts_value(self) -> bool:
        return self.kind in ("number", "name", "function", "(", "root")

    @property
    def is_power(self) -> bool:
        return self.kind == "superscript" or (self.kind == "op" and self.text == "^")


def needs_product(left: Token, right: Token) -> bool:
    """True where a person wrote a product without a sign: 2x, 3(x+1), x y, (x)(y), x²y, 2π, 3√x."""
    return left.ends_value and right.starts_value


def matching_parentheses(tokens: list[Token]) -> dict[int, int]:
    """Index of the partner of every bracket (both ways)."""
    match: dict[int, int] = {}
    stack: list[int] = []
    for index, token in enumerate(tokens):
        if token.kind == "(":
            stack.append(index)
        elif token.kind == ")" and stack:
            opening = stack.pop()
            match[opening] = index
            match[index] = opening
    return match


def operand_end(tokens: list[Token], start: int, match: dict[int, int]) -> int:
    """Index just past what a prefix √ at ``start - 1`` takes.

    √ binds like a unary minus: it takes the next atom (a number, a name, a
    bracket, a function call or another √) together with any power on it, so
    √x·y = √(x)·y, √2x = √(2)·x and √x² = √(x²), as −x² = −(x²).
    """
    n = len(tokens)
    index = start
    while True:
        while index < n and tokens[index].kind == "root":
            index += 1
        if index >= n:
            return n
        token = tokens[index]
        if token.kind == "(" and index in match:
            end = match[index] + 1
        elif token.kind == "function" and index + 1 < n and tokens[index + 1].kind == "(" and index + 1 in match:
            end = match[index + 1] + 1
        else:
            end = index + 1
        while end < n and tokens[end].kind == "superscript":
            end += 1
        if end < n and tokens[end].kind == "op" and tokens[end].text == "^":
            # powers are right-associative: the exponent is itself such an operand
            index = end + 1
            while index < n and tokens[index].kind == "op" and tokens[index].text in ("+", "-"):
                index += 1
            continue
        return end


def _runs_together(left: str, right: str) -> bool:
    """Would these two characters, side by side, read as one name or one number?"""
    if not left or not right:
        return False
    if left in _LETTERS and (right in _LETTERS or right in _DIGITS):
        return True
    return left in _DIGITS and right in _DIGITS


_SCIENTIFIC_END = re.compile(r"[0-9.][eE][+-]?[0-9]+$")


def _after_scientific_number(out: str, text: str) -> bool:
    """1e3·x, 1e3·e: a letter right after a number in scientific notation reads as part of it."""
    return text[:1] in _LETTERS and _SCIENTIFIC_END.search(out) is not None


def _superscript(exponent: str, html: bool) -> str:
    """An integer exponent ("2", "-1") as it is printed: ² ⁻¹, or <sup> in HTML."""
    if html:
        return f"<sup>{exponent.replace('-', MINUS)}</sup>"
    return exponent.translate(_TO_SUPERSCRIPT)


# --------------------------------------------------------------------------
# the typed form
# --------------------------------------------------------------------------


def typed_text(tokens: list[Token], html: bool = False) -> str:
    """The function as the person typed it, dressed for reading.

    Integer exponents become superscripts (x^-1 -> x⁻¹; others stay x^0.5),
    sqrt(x) becomes √x (√(x + 1) for more than one name or number), pi becomes
    π, a product sign becomes · or, after a number or π, nothing (2*x -> 2x,
    x*y -> x·y), - becomes −, and binary + and − get one space on each side.
    Everything else, the order of terms and every bracket, stays as typed.
    """
    return _TypedPrinter(tokens, html).render(0, len(tokens))


class _TypedPrinter:
    def __init__(self, tokens: list[Token], html: bool):
        self.tokens = tokens
        self.html = html
        self.match = matching_parentheses(tokens)

    def render(self, start: int, end: int) -> str:
        out = ""
        previous: Token | None = None  # the token the last printed item ended with
        previous_index = -1
        product_left: int | None = None  # index of the left factor of a product still to be joined
        explicit = False  # that product was written with a sign
        index = start
        while index < end:
            token = self.tokens[index]
            if token.kind == "op" and token.text == "*":
                product_left, explicit, previous, previous_index = previous_index, True, token, index
                index += 1
                continue
            if product_left is None and previous is not None and needs_product(previous, token):
                product_left, explicit = previous_index, False
            text, index, previous = self.item(index, previous)
            if product_left is not None:
                out += self.product_sign(product_left, token, out, text, explicit)
                product_left = None
            out += text
            previous_index = index - 1
        return out

    def product_sign(self, left: int, right: Token, out: str, text: str, explicit: bool) -> str:
        if text[:1] in _DIGITS or _runs_together(out[-1:], text[:1]):
            return DOT  # x·2, x·y: side by side they would read as x2, xy
        if _after_scientific_number(out, text):
            return DOT
        if not explicit:
            return ""
        return "" if self.is_coefficient(left) and right.kind in ("name", "function", "root", "(") else DOT

    def is_coefficient(self, index: int) -> bool:
        """A number or π standing as a factor of its own: not under a √ and not an exponent.

        Only such a factor loses its product sign (2*x -> 2x, pi*x -> πx), so that
        the typed form printed again is the same text.
        """
        token = self.tokens[index]
        if not (token.kind == "number" or (token.kind == "name" and token.text == "pi")):
            return False
        before = self.tokens[index - 1] if index > 0 else None
        if before is not None and before.kind == "op" and before.text in ("+", "-") and index > 1:
            before = self.tokens[index - 2]  # x^-2: the sign of an exponent
        return before is None or not (before.kind == "root" or (before.kind == "op" and before.text == "^"))

    def item(self, index: int, previous: Token | None) -> tuple[str, int, Token]:
        """The printed text of the item starting at ``index``, the index after it, its last token."""
        token = self.tokens[index]
        following = index + 1
        if token.kind == "function" and token.text == "sqrt" and following < len(self.tokens) and self.tokens[following].kind == "(":
            return self.root_call(index)
        if token.kind == "op":
            if token.text == "^":
                return self.power(index)
            if token.text in ("+", "-"):
                sign = MINUS if token.text == "-" else "+"
                binary = previous is not None and previous.ends_value
                return (f" {sign} " if binary else sign), following, token
            return token.text, following, token
        if token.kind == "superscript":
            return _superscript(token.text, self.html), following, token
        if token.kind == "name" and token.text == "pi":
            return PI, following, token
        if token.kind == "root":
            return ROOT, following, token
        if token.kind == ",":
            return ", ", following, token
        return token.text, following, token  # numbers as typed, names, function names, brackets

    def root_call(self, index: int) -> tuple[str, int, Token]:
        """sqrt(x) -> √x, sqrt(x + 1) -> √(x + 1); (√x)² when a power follows, since √x² is √(x²)."""
        closing = self.match[index + 1]
        inner = self.render(index + 2, closing)
        single = closing == index + 3 and self.tokens[index + 2].kind in ("number", "name")
        text = f"{ROOT}{inner}" if single else f"{ROOT}({inner})"
        if closing + 1 < len(self.tokens) and self.tokens[closing + 1].is_power:
            text = f"({text})"
        return text, closing + 1, self.tokens[closing]

    def power(self, index: int) -> tuple[str, int, Token]:
        tokens = self.tokens
        position = index + 1
        sign = ""
        if position < len(tokens) and tokens[position].kind == "op" and tokens[position].text in ("+", "-"):
            sign = tokens[position].text
            position += 1
        if (
            position < len(tokens)
            and tokens[position].kind == "number"
            and tokens[position].text.isascii()
            and tokens[position].text.isdigit()
            and not (position + 1 < len(tokens) and tokens[position + 1].is_power)
        ):
            exponent = ("-" if sign == "-" else "") + tokens[position].text
            return _superscript(exponent, self.html), position + 1, tokens[position]
        if not self.html:
            return "^", index + 1, tokens[index]
        while position < len(tokens) and tokens[position].kind == "op" and tokens[position].text in ("+", "-"):
            position += 1
        end = operand_end(tokens, position, self.match)
        first = index + 1
        if tokens[first].kind == "(" and self.match.get(first) == end - 1:
            inner = self.render(first + 1, end - 1)  # x^(1/2) -> x<sup>1/2</sup>
        else:
            inner = self.render(first, end)
        return f"<sup>{inner}</sup>", end, tokens[end - 1]


# --------------------------------------------------------------------------
# the readable form of an expression
# --------------------------------------------------------------------------

# Expansion is tried only when a crude bound on the expanded size is small, so
# that (x + y)^500 is never multiplied out just to be printed.
EXPANSION_BOUND = 200


def readable_text(expression: sympy.Expr, html: bool = False) -> str:
    """A sympy expression written the way a lesson writes it.

    Polynomial terms are expanded when the expansion has no more terms than the
    factored form has written terms: ∂f/∂x of Rosenbrock, -400x(-x² + y) + 2x - 2
    (4 written terms), becomes 400x³ − 400x·y + 2x − 2 (4 terms), while
    5(x + y)⁴ stays factored (2 written terms, 5 expanded).  Transcendental
    terms stay as sympy keeps them.  Terms are ordered by total degree (highest
    first), then by the power of x, then of y; other terms follow; the constant
    comes last.
    """
    printer = _ReadablePrinter(html)
    terms = _ordered_terms(_tidy_terms(expression))
    return printer.sum(terms)


def _tidy_terms(expression: sympy.Expr) -> list[sympy.Expr]:
    symbols = sorted(expression.free_symbols, key=lambda symbol: symbol.name)
    terms = list(sympy.Add.make_args(expression))
    polynomial = [term for term in terms if term.is_polynomial(*symbols)]
    others = [term for term in terms if not term.is_polynomial(*symbols)]
    if len(polynomial) and _expanded_bound(polynomial) <= EXPANSION_BOUND:
        expanded = sympy.Add.make_args(sympy.expand(sympy.Add(*polynomial)))
        if len(expanded) <= sum(_written_terms(term) for term in polynomial):
            polynomial = [term for term in expanded if term != 0]
    return polynomial + others


def _written_terms(expression: sympy.Expr) -> int:
    """How many terms a person reads in the factored form: (2y − 2)(x·y − x + 1.5) has 5."""
    if expression.is_Add:
        return sum(_written_terms(argument) for argument in expression.args)
    if expression.is_Mul:
        return max(1, sum(_written_terms(factor) for factor in expression.args if factor.has(sympy.Add)))
    if expression.is_Pow:
        return _written_terms(expression.base)
    return 1


def _expanded_bound(terms: list[sympy.Expr]) -> float:
    def bound(expression: sympy.Expr) -> float:
        if expression.is_Add:
            return sum(bound(argument) for argument in expression.args)
        if expression.is_Mul:
            return math.prod(bound(factor) for factor in expression.args)
        if expression.is_Pow and expression.exp.is_Integer and expression.exp > 0:
            base = bound(expression.base)
            if base <= 1:
                return 1
            power = int(expression.exp) * math.log(base)
            return math.exp(power) if power < math.log(10 * EXPANSION_BOUND) else math.inf
        return 1

    return sum(bound(term) for term in terms)


def _degrees(expression: sympy.Expr, symbols: list[sympy.Symbol]) -> tuple[int, ...] | None:
    """(total degree, degree in each symbol) of a polynomial term, None for any other term."""

    def degree(node: sympy.Expr, wanted: set) -> int | None:
        if node in wanted:
            return 1
        if not node.free_symbols & wanted:
            return 0
        if node.is_Add or node.is_Mul:
            parts = [degree(argument, wanted) for argument in node.args]
            if any(part is None for part in parts):
                return None
            return max(parts) if node.is_Add else sum(parts)
        if node.is_Pow and node.exp.is_Integer and node.exp > 0:
            inner = degree(node.base, wanted)
            return None if inner is None else inner * int(node.exp)
        return None

    total = degree(expression, set(symbols))
    if total is None:
        return None
    return (total, *(degree(expression, {symbol}) or 0 for symbol in symbols))


def _ordered_terms(terms: list[sympy.Expr]) -> list[sympy.Expr]:
    symbols = sorted(set().union(*(term.free_symbols for term in terms)), key=lambda symbol: symbol.name)
    polynomial: list[tuple[tuple[int, ...], sympy.Expr]] = []
    others: list[sympy.Expr] = []
    constants: list[sympy.Expr] = []
    for term in terms:
        if not term.free_symbols:
            constants.append(term)
            continue
        degrees = _degrees(term, symbols)
        if degrees is None:
            others.append(term)
        else:
            polynomial.append((tuple(-degree for degree in degrees), term))
    polynomial.sort(key=lambda pair: pair[0])  # stable: equal degrees keep sympy's order
    return [term for _, term in polynomial] + others + constants


def _split_sign(expression: sympy.Expr) -> tuple[bool, sympy.Expr]:
    coefficient, _ = expression.as_coeff_Mul()
    if coefficient.is_negative:
        return True, -expression
    return False, expression


class _ReadablePrinter:
    def __init__(self, html: bool):
        self.html = html

    def sum(self, terms: list[sympy.Expr]) -> str:
        if not terms:
            return "0"
        out = ""
        for position, term in enumerate(terms):
            negative, magnitude = _split_sign(term)
            text = self.print(magnitude)
            if position == 0:
                out = (MINUS if negative else "") + text
            else:
                out += f" {MINUS} " if negative else " + "
                out += text
        return out

    def print(self, expression: sympy.Expr) -> str:
        if expression.is_Add:
            return self.sum(_ordered_terms(list(sympy.Add.make_args(expression))))
        if expression.is_Number:
            return self.number(expression)
        if expression is sympy.pi:
            return PI
        if expression is sympy.E:
            return "e"
        if expression.is_Symbol:
            return expression.name
        if expression.is_Mul or (expression.is_Pow and expression.exp.is_negative):
            return self.product(expression)
        if expression.is_Pow:
            return self.power(expression)
        if isinstance(expression, sympy.Function):
            name = {"Abs": "abs"}.get(type(expression).__name__, type(expression).__name__)
            return f"{name}({', '.join(self.print(argument) for argument in expression.args)})"
        return sympy.sstr(expression)  # not met in derivatives of the language's functions

    def number(self, number: sympy.Expr) -> str:
        if number.is_negative:
            return MINUS + self.number(-number)
        if number.is_Integer:
            return str(int(number))
        if number.is_Rational:
            return f"{number.p}/{number.q}"
        return f"{float(number):.15g}"

    def product(self, expression: sympy.Expr) -> str:
        negative, expression = _split_sign(expression)
        sign = MINUS if negative else ""
        numerator, denominator = sympy.fraction(expression, exact=True)
        text = self.factors(numerator)
        if denominator == 1:
            return sign + text
        if numerator.is_Add:
            text = f"({text})"
        below = self.print(denominator)
        # a power (x², √x, x^(1/3)) binds tighter than /; a product or a sum does not
        if not (_is_atom(denominator) or denominator.is_Pow or isinstance(denominator, sympy.Function)):
            below = f"({below})"
        return f"{sign}{text}/{below}"

    def factors(self, expression: sympy.Expr) -> str:
        """Factors in the lesson's order: the number, the constants, x, y, then the rest."""
        if not expression.is_Mul:
            return self.factor(expression)
        coefficient, rest = expression.as_coeff_Mul()
        factors = list(sympy.Mul.make_args(rest))

        def order(factor: sympy.Expr) -> tuple:
            if not factor.free_symbols:
                return (0, "")
            base = factor.base if factor.is_Pow else factor
            if base.is_Symbol:
                return (1, base.name)
            return (2, "")

        factors.sort(key=order)  # stable: the rest keeps sympy's order
        out = "" if coefficient == 1 else self.number(coefficient)
        previous: sympy.Expr | None = None if coefficient == 1 else coefficient
        for factor in factors:
            text = self.factor(factor)
            if not out:
                out = text
            else:
                out += self.join(previous, factor, out, text) + text
            previous = factor
        return out

    def join(self, previous: sympy.Expr, factor: sympy.Expr, out: str, text: str) -> str:
        if text[:1] in _DIGITS or _runs_together(out[-1:], text[:1]) or _after_scientific_number(out, text):
            return DOT
        if previous.is_Number or text.startswith("("):
            return ""  # 2x, 2sin(x), 2√x, x(x + 1)
        base = factor.base if factor.is_Pow else factor
        if previous is sympy.pi and base.is_Symbol:
            return ""  # 2πx
        return DOT

    def factor(self, factor: sympy.Expr) -> str:
        text = self.print(factor)
        return f"({text})" if factor.is_Add else text

    def base(self, base: sympy.Expr) -> str:
        text = self.print(base)
        return text if _is_atom(base) or isinstance(base, sympy.Function) else f"({text})"

    def power(self, expression: sympy.Expr) -> str:
        base, exponent = expression.base, expression.exp
        if exponent == sympy.S.Half:
            text = self.print(base)
            return f"{ROOT}{text}" if _is_atom(base) else f"{ROOT}({text})"
        if exponent.is_Integer:
            return self.base(base) + _superscript(str(int(exponent)), self.html)
        if self.html:
            return f"{self.base(base)}<sup>{self.print(exponent)}</sup>"
        text = self.print(exponent)
        return f"{self.base(base)}^{text if _is_atom(exponent) else f'({text})'}"


def _is_atom(expression: sympy.Expr) -> bool:
    """A name or an unsigned number: printed as one block that nothing can split."""
    if expression.is_Symbol or expression is sympy.pi or expression is sympy.E:
        return True
    return bool(expression.is_Number and expression.is_positive and (expression.is_Integer or expression.is_Float))
