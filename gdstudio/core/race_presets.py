"""Preset races: set-ups of the Compare tab (and the Function tab's f it races on) that
each show one thing a course teaches, loaded as a studio session is."""

from __future__ import annotations

from dataclasses import dataclass

from gdstudio.core.session import CompareRun, CompareSection, FunctionSection, StudioSession
from gdstudio.core.words import QT_TRANSLATE_NOOP, Shown

ROSENBROCK = "(1 - x)^2 + 100*(y - x^2)^2"


@dataclass(frozen=True)
class RacePreset:
    """``name`` (for files and the command line), ``title`` (for a menu), a one-line
    ``note`` on what it shows, and the ``setup`` that loads it: the function section the
    race runs on (its f, start, step limit and tolerance) and the race's runs."""

    name: str
    title: str = Shown("RacePresets")
    note: str = Shown("RacePresets")
    setup: StudioSession


def _race(function: FunctionSection, runs: tuple[CompareRun, ...]) -> StudioSession:
    return StudioSession(tab="compare", function=function, compare=CompareSection(runs=runs))


RACE_PRESETS: dict[str, RacePreset] = {
    preset.name: preset
    for preset in (
        RacePreset(
            "nocedal-wright-rosenbrock",
            QT_TRANSLATE_NOOP("RacePresets", "Nocedal & Wright on Rosenbrock"),
            QT_TRANSLATE_NOOP(
                "RacePresets",
                "From (−1.2, 1): steepest descent with backtracking needs thousands of steps; "
                "Newton with backtracking about 20, BFGS about 30 (Numerical Optimization, ch. 3 and 6).",
            ),
            _race(
                # the Function tab shows Newton with backtracking; the race allows steepest descent its thousands of steps
                FunctionSection(
                    function=ROSENBROCK,
                    window=(-2.0, 2.0, -1.0, 3.0),
                    optimizer="newton",
                    learning_rate=1.0,
                    start=(-1.2, 1.0),
                    max_steps=20_000,
                    line_search="armijo",
                ),
                (
                    CompareRun("gd", 1.0, line_search="armijo"),
                    CompareRun("newton", 1.0, line_search="armijo"),
                    CompareRun("bfgs", 1.0, line_search="strong-wolfe"),
                    CompareRun("lbfgs", 1.0, line_search="strong-wolfe"),
                    CompareRun("cg", 1.0, line_search="strong-wolfe"),
                ),
            ),
        ),
    )
}
