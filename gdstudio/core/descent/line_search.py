"""Step sizes: the α_t of a step w_{t+1} = w_t + α_t d_t.

A step-size rule is a *reverse-communication* state machine, as MINPACK-2's DCSRCH
is: it never calls f itself. For one run and one step it is started with φ(0) = f(w)
and φ′(0) = ∇f(w)ᵀd and answers with a first trial α; each time it is told
φ(α) = f(w + αd) and φ′(α) = ∇f(w + αd)ᵀd it answers *try* another α, *done* (take
this α) or *failed*. The engine gathers the trials of every run in lockstep into one
evaluation of f and ∇f (:class:`gdstudio.core.descent.engine.Descent`), so a search
costs what its trials cost and nothing more. Every rule keeps its trials (α, φ(α)).

The rules (Nocedal & Wright, *Numerical Optimization*, 2nd ed.):

* ``fixed``: α = γ_t (the learning rate and its schedule), one evaluation;
* ``armijo``: backtracking, Algorithm 3.1: α₀ = γ, then α ← ρα until the sufficient
  decrease (Armijo) condition f(w + αd) ≤ f(w) + c₁α∇fᵀd holds;
* ``strong-wolfe``: Algorithms 3.5 (bracketing) and 3.6 (zoom) with cubic
  interpolation, until f(w + αd) ≤ f(w) + c₁α∇fᵀd and |∇f(w + αd)ᵀd| ≤ c₂|∇fᵀd|, at
  most 25 evaluations;
* ``exact``: the minimiser of φ along the ray: α = −∇fᵀd / dᵀHd in one evaluation on a
  quadratic f, otherwise the same bracketing and zoom driven to |φ′(α)| ≤ 10⁻⁸|φ′(0)|
  (at most 60 evaluations, then the lowest trial).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from gdstudio.core.words import QT_TRANSLATE_NOOP, Shown, translate

TRY, DONE, FAILED = "try", "done", "failed"

DEFAULT_C1 = 1e-4
DEFAULT_C2 = 0.9
DEFAULT_SHRINK = 0.5
STRONG_WOLFE_EVALUATIONS = 25
EXACT_EVALUATIONS = 60
EXACT_TOLERANCE = 1e-8
# backtracking gives up once α has shrunk below this fraction of α₀ (or after this many trials)
ARMIJO_SMALLEST = 1e-16
ARMIJO_EVALUATIONS = 200


@dataclass(frozen=True)
class LineSearchInfo:
    name: str
    title: str = Shown("LineSearch")
    note: str = Shown("LineSearch")
    uses_c1: bool = False
    uses_c2: bool = False
    uses_shrink: bool = False


LINE_SEARCHES: dict[str, LineSearchInfo] = {
    info.name: info
    for info in (
        LineSearchInfo(
            "fixed",
            QT_TRANSLATE_NOOP("LineSearch", "fixed γ"),
            QT_TRANSLATE_NOOP("LineSearch", "α = γ_t: the learning rate (and its schedule), one evaluation a step."),
        ),
        LineSearchInfo(
            "armijo",
            QT_TRANSLATE_NOOP("LineSearch", "backtracking (Armijo)"),
            QT_TRANSLATE_NOOP("LineSearch", "α = γ, then α ← ρα until f(w + αd) ≤ f(w) + c₁α∇fᵀd."),
            uses_c1=True,
            uses_shrink=True,
        ),
        LineSearchInfo(
            "strong-wolfe",
            QT_TRANSLATE_NOOP("LineSearch", "strong Wolfe"),
            QT_TRANSLATE_NOOP(
                "LineSearch",
                "bracket and zoom until f falls enough (c₁) and the slope flattens (|φ′(α)| ≤ c₂|φ′(0)|); at most 25 evaluations.",
            ),
            uses_c1=True,
            uses_c2=True,
        ),
        LineSearchInfo(
            "exact",
            QT_TRANSLATE_NOOP("LineSearch", "exact"),
            QT_TRANSLATE_NOOP("LineSearch", "the minimiser of f along the ray: closed form on a quadratic, a 1-D search otherwise."),
        ),
    )
}


def line_search_info(name: str) -> LineSearchInfo:
    try:
        return LINE_SEARCHES[name]
    except KeyError:
        raise ValueError(f"unknown line search {name!r}: choose one of {', '.join(LINE_SEARCHES)}") from None


def check_search_settings(c1: float, c2: float, shrink: float, rule: str = "strong-wolfe") -> None:
    """Raise ValueError naming the setting out of its range: 0 < c₁ < 1, 0 < c₂ < 1 and
    c₁ < c₂ where the rule uses c₂ (strong Wolfe), 0 < ρ < 1."""
    if not (0.0 < c1 < 1.0):
        raise ValueError(translate("LineSearch", "c1 must be between 0 and 1 (exclusive), not {c1}").format(c1=f"{c1:g}"))
    if not (0.0 < c2 < 1.0):
        raise ValueError(translate("LineSearch", "c2 must be between 0 and 1 (exclusive), not {c2}").format(c2=f"{c2:g}"))
    if rule == "strong-wolfe" and not c1 < c2:
        raise ValueError(
            translate("LineSearch", "c2 must be between c1 = {c1} and 1 (exclusive), not {c2}").format(c1=f"{c1:g}", c2=f"{c2:g}")
        )
    if not (0.0 < shrink < 1.0):
        raise ValueError(
            translate("LineSearch", "the shrink factor ρ must be between 0 and 1 (exclusive), not {shrink}").format(shrink=f"{shrink:g}")
        )


class StepSizeRule:
    """One run's search for one step. ``trials`` lists (α, φ(α)) in the order tried;
    ``accepted`` is the α taken once done; ``failure`` a sentence once failed."""

    name = ""

    def __init__(self):
        self.trials: list[tuple[float, float]] = []
        self.accepted: float | None = None
        self.failure: str | None = None
        self.note: str | None = None

    def start(self, loss: float, slope: float, alpha: float, curvature: float | None = None) -> float:
        """φ(0), φ′(0) and the first trial α₀ (γ_t, times L-BFGS's first-step scale);
        ``curvature`` = dᵀHd where f is known to be quadratic. Returns the first α to try."""
        raise NotImplementedError

    def tell(self, loss: float, slope: float) -> tuple[str, float]:
        """φ(α), φ′(α) at the last α asked for: (TRY, next α), (DONE, α) or (FAILED, nan)."""
        raise NotImplementedError

    def _done(self, alpha: float) -> tuple[str, float]:
        self.accepted = alpha
        return DONE, alpha

    def _failed(self, sentence: str) -> tuple[str, float]:
        self.failure = sentence
        return FAILED, math.nan


class FixedStep(StepSizeRule):
    name = "fixed"

    def start(self, loss, slope, alpha, curvature=None):
        self.alpha = alpha
        return alpha

    def tell(self, loss, slope):
        self.trials.append((self.alpha, loss))
        return self._done(self.alpha)


class Backtracking(StepSizeRule):
    """Algorithm 3.1: α₀, ρα₀, ρ²α₀, … until f(w + αd) ≤ f(w) + c₁α∇fᵀd."""

    name = "armijo"

    def __init__(self, c1: float = DEFAULT_C1, shrink: float = DEFAULT_SHRINK):
        super().__init__()
        self.c1, self.shrink = c1, shrink

    def start(self, loss, slope, alpha, curvature=None):
        self.loss0, self.slope0, self.alpha0 = loss, slope, alpha
        self.alpha = alpha
        return alpha

    def tell(self, loss, slope):
        alpha = self.alpha
        self.trials.append((alpha, loss))
        if loss <= self.loss0 + self.c1 * alpha * self.slope0:  # NaN compares False: a point outside f's domain shrinks α
            return self._done(alpha)
        self.alpha = alpha * self.shrink
        if self.alpha < ARMIJO_SMALLEST * self.alpha0 or len(self.trials) >= ARMIJO_EVALUATIONS:
            return self._failed(
                translate(
                    "LineSearch",
                    "no step size satisfied the Armijo condition f(w + αd) ≤ f(w) + c₁α∇fᵀd in {trials} trials (down to α = {alpha})",
                ).format(trials=len(self.trials), alpha=f"{alpha:.3g}")
            )
        return TRY, self.alpha


def cubic_minimizer(a: float, fa: float, ga: float, b: float, fb: float, gb: float, low: float, high: float) -> float:
    """The minimiser of the cubic through (a, fa, fa′) and (b, fb, fb′) (N&W eq. 3.59),
    kept inside [low, high]; the middle of [low, high] where the cubic has no real
    minimiser or a value is not finite."""
    try:
        d1 = ga + gb - 3.0 * (fa - fb) / (a - b)
        square = d1 * d1 - ga * gb
        if square >= 0 and math.isfinite(square):
            d2 = math.copysign(math.sqrt(square), b - a)
            point = b - (b - a) * ((gb + d2 - d1) / (gb - ga + 2.0 * d2))
            if math.isfinite(point):
                return min(max(point, low), high)
    except (ZeroDivisionError, OverflowError, ValueError):
        pass
    return 0.5 * (low + high)


class StrongWolfe(StepSizeRule):
    """Algorithm 3.5 (bracketing: α grows until a bracket holds an acceptable α) and
    Algorithm 3.6 (zoom: cubic interpolation inside the bracket, kept a tenth of the
    bracket away from its ends), until the strong Wolfe conditions hold:
    φ(α) ≤ φ(0) + c₁αφ′(0) and |φ′(α)| ≤ c₂|φ′(0)|."""

    name = "strong-wolfe"
    max_evaluations = STRONG_WOLFE_EVALUATIONS

    def __init__(self, c1: float = DEFAULT_C1, c2: float = DEFAULT_C2):
        super().__init__()
        self.c1, self.c2 = c1, c2

    def start(self, loss, slope, alpha, curvature=None):
        self.loss0, self.slope0 = loss, slope
        self.previous = (0.0, loss, slope)
        self.low = self.high = None  # the bracket's ends (α, φ, φ′) once zooming
        self.crowded = False  # the last zoom trial fell near an end of the bracket
        self.alpha = alpha
        return alpha

    def _sufficient(self, alpha: float, loss: float) -> bool:
        return loss <= self.loss0 + self.c1 * alpha * self.slope0

    def _flat(self, slope: float) -> bool:
        return abs(slope) <= -self.c2 * self.slope0

    def tell(self, loss, slope):
        alpha = self.alpha
        self.trials.append((alpha, loss))
        if not (math.isfinite(loss) and math.isfinite(slope)):
            loss, slope = math.inf, math.nan  # outside f's domain or overflowed: too far, shrink towards the last good α
        current = (alpha, loss, slope)
        if self.low is None:  # bracketing
            previous = self.previous
            if not self._sufficient(alpha, loss) or (len(self.trials) > 1 and loss >= previous[1]):
                self.low, self.high = previous, current
            elif self._flat(slope):
                return self._done(alpha)
            elif slope >= 0:
                self.low, self.high = current, previous
            else:
                if len(self.trials) >= self.max_evaluations:
                    return self._give_up(current)
                self.previous = current
                low, high = alpha + 0.01 * (alpha - previous[0]), 10.0 * alpha
                self.alpha = cubic_minimizer(*previous, *current, low, high)
                return TRY, self.alpha
        else:  # zooming
            low = self.low
            if self._sufficient(alpha, loss) and loss <= low[1] and self._flat(slope):
                return self._done(alpha)  # a tie with the low end that meets both conditions is taken
            if not self._sufficient(alpha, loss) or loss >= low[1]:
                self.high = current
            else:
                if self._flat(slope):
                    return self._done(alpha)
                if slope * (self.high[0] - low[0]) >= 0:
                    self.high = low
                self.low = current
        if len(self.trials) >= self.max_evaluations:
            return self._give_up(None)
        a, b = self.low, self.high
        width = abs(b[0] - a[0])
        if width <= 1e-14 * max(abs(a[0]), abs(b[0])) or width == 0.0:
            return self._give_up(None)
        left, right = min(a[0], b[0]), max(a[0], b[0])
        if math.isfinite(b[1]) and math.isfinite(b[2]):
            point = cubic_minimizer(*a, *b, left, right)
        else:
            point = 0.5 * (left + right)
        # a trial within a tenth of the bracket of one of its ends makes little progress: it is
        # allowed once (it may be the answer, close to an end), then moved a tenth inside
        margin = 0.1 * width
        if min(point - left, right - point) < margin:
            if self.crowded or point <= left or point >= right:
                point = left + margin if abs(point - left) < abs(right - point) else right - margin
                self.crowded = False
            else:
                self.crowded = True
        else:
            self.crowded = False
        self.alpha = point
        return TRY, self.alpha

    def _give_up(self, current) -> tuple[str, float]:
        """Out of evaluations, or the bracket shrank to nothing: take the lowest trial that
        satisfies the sufficient-decrease condition, if any (as torch's and scipy's
        searches do), and say so; otherwise fail."""
        best = self.low if self.low is not None else current
        if best is not None and best[0] > 0 and self._sufficient(best[0], best[1]):
            self.note = translate(
                "LineSearch",
                "the curvature condition was not met in {evaluations} evaluations: the lowest trial that satisfies the Armijo condition is taken",
            ).format(evaluations=len(self.trials))
            return self._done(best[0])
        return self._failed(
            translate(
                "LineSearch",
                "the strong-Wolfe search found no step size satisfying f(w + αd) ≤ f(w) + c₁α∇fᵀd and |∇f(w + αd)ᵀd| ≤ c₂|∇fᵀd| "
                "in {evaluations} evaluations",
            ).format(evaluations=len(self.trials))
        )


class ExactSearch(StrongWolfe):
    """The minimiser of φ(α) = f(w + αd): on a quadratic f, α = −φ′(0) / dᵀHd, found in one
    evaluation; otherwise the strong-Wolfe machinery with a flatness of 10⁻⁸|φ′(0)| and any
    decrease of f, at most 60 evaluations (then the lowest trial)."""

    name = "exact"
    max_evaluations = EXACT_EVALUATIONS

    def __init__(self):
        super().__init__(c1=1e-12, c2=EXACT_TOLERANCE)
        self.closed_form = False

    def start(self, loss, slope, alpha, curvature=None):
        if curvature is not None and math.isfinite(curvature):
            self.loss0, self.slope0 = loss, slope
            self.closed_form = True
            # dᵀHd ≤ 0: no minimiser on the ray (tell says so)
            self.alpha = -slope / curvature if curvature > 0 else math.nan
            return self.alpha
        return super().start(loss, slope, alpha)

    def tell(self, loss, slope):
        if self.closed_form:
            if not math.isfinite(self.alpha):
                return self._failed(translate("LineSearch", "f is unbounded below along d (dᵀHd ≤ 0): no minimiser on the ray"))
            self.trials.append((self.alpha, loss))
            return self._done(self.alpha)
        return super().tell(loss, slope)

    def _give_up(self, current):
        best = self.low if self.low is not None else current
        if best is not None and best[0] > 0 and best[1] < self.loss0:
            self.note = translate(
                "LineSearch", "{evaluations} evaluations did not pin the minimiser down to |φ′(α)| ≤ 10⁻⁸|φ′(0)|: the lowest trial is taken"
            ).format(evaluations=len(self.trials))
            return self._done(best[0])
        return self._failed(
            translate("LineSearch", "the exact search found no lower point along d in {evaluations} evaluations").format(
                evaluations=len(self.trials)
            )
        )


def make_step_size(name: str, c1: float = DEFAULT_C1, c2: float = DEFAULT_C2, shrink: float = DEFAULT_SHRINK) -> StepSizeRule:
    """A new rule for one step of one run."""
    if name == "fixed":
        return FixedStep()
    if name == "armijo":
        return Backtracking(c1, shrink)
    if name == "strong-wolfe":
        return StrongWolfe(c1, c2)
    if name == "exact":
        return ExactSearch()
    line_search_info(name)
    raise AssertionError(name)
