"""``gdstudio lesson``: open a lesson in the window, check one, or make its slides.

* ``gdstudio lesson FILE`` (short for ``gdstudio lesson open FILE``) opens the window
  on the lesson; where there is no display it checks the file and says so (exit 1).
* ``gdstudio lesson validate FILE`` checks a lesson file, and the answer of every
  question in it against the run the studio makes.
* ``gdstudio lesson render FILE --out DIR [--size 1920x1080]`` writes the slide images
  of each step, drawn with the studio's own figures: a step without a question as one
  slide (the set-up after its run, with the step's title and text), a step with a
  question as two (the set-up before its run with the question, then the run with
  the studio's answer), and a ``lesson.md`` that lists them. A lesson written in
  another language (its "language") has its slides' own words and ``lesson.md`` in
  that language too; what the command prints stays English.
"""

from __future__ import annotations

import argparse
import re
import sys
from contextlib import contextmanager
from pathlib import Path

from gdstudio.cli.options import EXIT_OK, EXIT_USAGE, Parser, UsageError

LESSON_ACTIONS = ("open", "validate", "render")
DEFAULT_SLIDE_SIZE = "1920x1080"


def lesson_arguments(argv: list[str]) -> list[str]:
    """``lesson FILE`` as ``lesson open FILE``: a bare file opens the lesson."""
    if len(argv) >= 2 and argv[0] == "lesson" and argv[1] not in LESSON_ACTIONS and not argv[1].startswith("-"):
        return ["lesson", "open", *argv[1:]]
    return argv


def add_lesson_parser(commands) -> None:
    lesson = commands.add_parser(
        "lesson",
        help="open, check or render lesson files",
        description="Lessons: an ordered list of studio set-ups, each with a short text and a question asked before the run. "
        "`gdstudio lesson FILE` opens the window on the lesson.",
    )
    actions = lesson.add_subparsers(dest="lesson_command", metavar="ACTION", parser_class=Parser, required=True)
    opening = actions.add_parser(
        "open",
        help="open the window on a lesson (also: gdstudio lesson FILE)",
        description="Open the studio with the lesson in its lesson panel. Where there is no display, check the file and say "
        "so (exit 1); `gdstudio lesson render` makes the lesson's slides without one.",
    )
    opening.add_argument("file", metavar="FILE", help="a lesson file (*.gdstudio-lesson.json)")
    opening.set_defaults(handler=open_command)
    validate = actions.add_parser(
        "validate",
        help="check a lesson file and every answer in it against the studio's runs",
        description="Read a lesson file as the studio would (unknown keys, bad values, texts), then run every step that "
        "asks a question and check the answer the file states against the run. Exit 0 with a one-line summary, or 2 "
        "with one line per problem.",
    )
    validate.add_argument("file", metavar="FILE", help="a lesson file (*.gdstudio-lesson.json)")
    validate.set_defaults(handler=validate_command)
    render = actions.add_parser(
        "render",
        help="write the slide images of every step and a lesson.md",
        description="Run every step of the lesson and write its slides: DIR/step-01.png, … for a step without a "
        "question (the set-up after its run, with the step's title and text); for a step with one, "
        "step-NN-question.png (the set-up before its run, with the question and its choices) and "
        "step-NN-answer.png (the run, with the studio's answer and why); and DIR/lesson.md, which lists them with "
        "each step's text, question and answer.",
    )
    render.add_argument("file", metavar="FILE", help="a lesson file (*.gdstudio-lesson.json)")
    render.add_argument("--out", required=True, metavar="DIR", help="the folder for the slides and lesson.md (made if missing)")
    render.add_argument(
        "--size", default=DEFAULT_SLIDE_SIZE, metavar="WxH", help=f"each slide's size in pixels (default {DEFAULT_SLIDE_SIZE})"
    )
    render.set_defaults(handler=render_command)


def open_command(arguments: argparse.Namespace) -> int:
    from gdstudio.cli.studio import launch_studio

    return launch_studio(arguments.file, kind="lesson")


def _read_lesson(path: str):
    """The lesson, or every problem on stderr and None."""
    from gdstudio.core.lesson.format import LessonError, load_lesson

    try:
        return load_lesson(path)
    except LessonError as error:
        for problem in error.problems:
            print(f"error: {problem}", file=sys.stderr)
        return None


def validate_command(arguments: argparse.Namespace) -> int:
    from gdstudio.core.lesson.format import LessonError
    from gdstudio.core.lesson.outcome import validate_lesson

    lesson = _read_lesson(arguments.file)
    if lesson is None:
        return EXIT_USAGE
    try:
        problems = list(validate_lesson(lesson))
    except LessonError as error:
        problems = list(error.problems)
    if problems:
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    steps = len(lesson.steps)
    questions = sum(step.question is not None for step in lesson.steps)
    print(
        f"{arguments.file}: “{lesson.title}”, {steps} step{'s' if steps != 1 else ''}, "
        f"{questions} question{'s' if questions != 1 else ''} whose answers the studio's runs confirm"
    )
    return EXIT_OK


def slide_size_option(text: str) -> tuple[int, int]:
    from gdstudio.ui.lesson.slides import SLIDE_SIZE_RANGE

    (low_width, high_width), (low_height, high_height) = SLIDE_SIZE_RANGE
    match = re.fullmatch(r"\s*(\d{1,6})\s*[x×]\s*(\d{1,6})\s*", text)
    if not match:
        raise UsageError(f"--size takes a width and a height in pixels such as {DEFAULT_SLIDE_SIZE}, not {text!r}")
    width, height = int(match.group(1)), int(match.group(2))
    if not (low_width <= width <= high_width and low_height <= height <= high_height):
        raise UsageError(f"--size must be from {low_width}x{low_height} to {high_width}x{high_height} pixels, not {width}x{height}")
    return width, height


# the narrowest each figure is drawn before it is scaled into its place on the slide: the
# MLP's figure holds two plots side by side, whose titles need the room
NARROWEST_FIGURE = {"function": 640, "race": 640, "sweep": 640, "mlp": 1100}


def _figure_source(step) -> str:
    """Which run a step's figure draws: the one its question asks about, or else the tab's."""
    from gdstudio.core.lesson.questions import QUANTITIES

    if step.question is not None:
        return QUANTITIES[step.question.about].source
    return {"function": "function", "surface": "function", "compare": "race", "mlp": "mlp"}[step.setup.tab]


def step_figure(step, outcome, width: int, height: int):
    """The studio's figure of a step's set-up after its run, in the proportions of
    ``width`` × ``height`` pixels: the run the question asks about (the Function tab's
    run, the race, the sweep or the MLP's training), or without a question the tab the
    step shows."""
    source = _figure_source(step)
    scale = max(1.0, NARROWEST_FIGURE[source] / width)
    width, height = round(width * scale), round(height * scale)
    if source == "mlp":
        from gdstudio.ui.mlp.figure import TrainingFigure

        return TrainingFigure(outcome.training, width=width, height=height)
    window = step.setup.function.window
    if source == "sweep":
        from gdstudio.core.function.analysis import curvature_at
        from gdstudio.ui.compare.figure import SweepFigure

        sweep = outcome.sweep
        found = sweep.minimum_found()
        curvature = curvature_at(outcome.function, found if found is not None else step.setup.function.start)
        title = f"f(x, y) = {outcome.function.display}  ·  {sweep.count} learning rates from ({', '.join(f'{v:g}' for v in step.setup.function.start)})"
        return SweepFigure(sweep, curvature, title=title, width=width, height=height)
    if source == "race":
        from gdstudio.ui.common.race_figure import RaceFigure

        return RaceFigure(outcome.function, outcome.race, window, width=width, height=height)
    from gdstudio.ui.function.figure import RunFigure

    return RunFigure(outcome.function, outcome.run, window, width=width, height=height)


def question_figure(step, outcome, width: int, height: int):
    """The set-up of a question step before its run, in the proportions of ``width`` ×
    ``height`` pixels: the start points of the run the question asks about on the
    contour of f (the race's runs named in a legend, the sweep's range of γ in the
    subtitle), or the MLP's data with the network at w₀; nothing the run has done."""
    from gdstudio.ui.common.plots import PATH_COLOUR, RUN_COLOURS
    from gdstudio.ui.common.start_figure import StartFigure, point_text, setup_subtitle

    source = _figure_source(step)
    scale = max(1.0, NARROWEST_FIGURE["function"] / width)
    width, height = round(width * scale), round(height * scale)
    if source == "mlp":
        from gdstudio.ui.mlp.start_figure import TrainingStartFigure

        return TrainingStartFigure(outcome.training, width=width, height=height)
    window = step.setup.function.window
    if source == "race":
        entries = outcome.race.entries
        colours = [entry.colour or RUN_COLOURS[i % len(RUN_COLOURS)] for i, entry in enumerate(entries)]
        starts = [entry.settings.start for entry in entries]
        count = len(entries)
        subtitle = f"{count} run{'s' if count != 1 else ''}  ·  t = 0"
        return StartFigure(outcome.function, window, starts, colours, outcome.race.labels, subtitle, width=width, height=height)
    if source == "sweep":
        from gdstudio.core.descent.optimizers import OPTIMIZERS

        start, rates = step.setup.function.start, outcome.sweep.learning_rates
        subtitle = (
            f"{OPTIMIZERS[outcome.sweep.optimizer].info.title}, {len(rates)} learning rates from γ = {rates.min():g} to "
            f"{rates.max():g}, each from {point_text(start)}"
        ).replace("-", "−")
    else:
        start, subtitle = outcome.run.settings.start, setup_subtitle(outcome.run.settings)
    return StartFigure(outcome.function, window, [start], [PATH_COLOUR], subtitle=subtitle, width=width, height=height)


@contextmanager
def lesson_language(code: str):
    """The interface's language set to a lesson's (``code``) while its slides are drawn,
    and the one before put back afterwards, so that every line the command prints (an
    error too) stays English. Needs the QApplication."""
    from gdstudio.ui.common.language import current_language, install_language

    before = current_language()
    if code == before:
        yield
        return
    install_language(code)
    try:
        yield
    finally:
        install_language(before)


def render_command(arguments: argparse.Namespace) -> int:
    from gdstudio.core.lesson.format import LessonError
    from gdstudio.core.lesson.outcome import lesson_markdown, run_step, slide_names
    from gdstudio.export.files import ExportError, atomic_write, write_text
    from gdstudio.ui.common.figure import ensure_application

    size = slide_size_option(arguments.size)
    lesson = _read_lesson(arguments.file)
    if lesson is None:
        return EXIT_USAGE
    folder = Path(arguments.out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError(f"cannot make the folder {folder}: {error.strerror or error}") from None
    ensure_application()  # before Qt's painting classes are used, with the offscreen platform where there is no display
    from gdstudio.ui.lesson.slides import compose_slide, image_from_array, slide_layout

    layout = slide_layout(*size)
    names = slide_names(lesson)
    outcomes = []
    for number, step in enumerate(lesson.steps, start=1):
        try:
            outcome = run_step(step)
        except LessonError as error:
            print(f"error: step {number}: {error}", file=sys.stderr)
            return EXIT_USAGE
        # a question step: the set-up before its run with the question, then the run with the answer
        slides = [(step_figure, None)] if step.question is None else [(question_figure, None), (step_figure, outcome)]
        for name, (draw, answer) in zip(names[number - 1], slides):
            with lesson_language(lesson.language):  # the slide's words in the lesson's language
                figure = draw(step, outcome, *layout.figure_size)
                try:
                    picture = image_from_array(figure.render_array())
                finally:
                    figure.close()
                slide = compose_slide(lesson, number - 1, picture, size, answer=answer)

            def write(temporary: Path, slide=slide, name=name) -> None:
                if not slide.save(str(temporary), "PNG"):
                    raise ExportError(f"cannot write {folder / name}: the image could not be encoded")

            try:
                atomic_write(folder / name, write)
            except ExportError as error:
                raise UsageError(str(error)) from None
        outcomes.append(outcome)
    with lesson_language(lesson.language):
        markdown = lesson_markdown(lesson, names, outcomes)
    try:
        write_text(folder / "lesson.md", markdown)
    except ExportError as error:
        raise UsageError(str(error)) from None
    count = sum(len(step_names) for step_names in names)
    print(f"“{lesson.title}”: wrote {count} slide{'s' if count != 1 else ''} of {size[0]}×{size[1]} and lesson.md to {folder}")
    return EXIT_OK


__all__ = ["add_lesson_parser", "lesson_arguments"]
