"""Opening the window (on a lesson or a session file given as the first argument, as
the desktop passes a double-clicked file), or, where there is no display, the demo
render instead; a file given with no display is checked, and the person told (exit 1)."""

from __future__ import annotations

import os
import sys

from gdstudio.cli.options import EXIT_OK, UsageError

EXIT_NO_DISPLAY = 1


def has_display() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith(("offscreen", "minimal")):
        return False
    if sys.platform.startswith("linux") and not platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def file_kind(path: str) -> str:
    """ "lesson" or "session", by the file's suffix (the desktop's file types)."""
    from gdstudio.core.lesson.format import LESSON_SUFFIX
    from gdstudio.core.session import SESSION_SUFFIX

    if path.endswith(LESSON_SUFFIX):
        return "lesson"
    if path.endswith(SESSION_SUFFIX):
        return "session"
    raise UsageError(f"gdstudio opens lesson files (*{LESSON_SUFFIX}) and session files (*{SESSION_SUFFIX}), not {path}")


def opens_a_file(argv) -> bool:
    """Whether the command line is one lesson or session file: ``gdstudio FILE``."""
    return len(argv) == 1 and argv[0].endswith(".json") and not argv[0].startswith("-")


def launch_studio(path: str | None = None, kind: str | None = None, language: str | None = None) -> int:
    """The window, on the file ``path`` if one is given: a ``kind`` "lesson" or
    "session" (by default, as its suffix says), in ``language`` for this start if given."""
    if path is not None and kind is None:
        kind = file_kind(path)
    if not has_display():
        return demo_render("descent.png") if path is None else no_display(path, kind)
    from gdstudio.ui.shell.app import run_application

    return run_application(
        lesson_path=path if kind == "lesson" else None, session_path=path if kind == "session" else None, language=language
    )


def no_display(path: str, kind: str) -> int:
    """No window can open: check the file (a bad one is a usage error) and say what works headless."""
    if kind == "lesson":
        from gdstudio.core.lesson.format import LessonError, load_lesson

        try:
            lesson = load_lesson(path)
        except LessonError as error:
            raise UsageError(str(error)) from None
        what = f"the lesson “{lesson.title}” ({len(lesson.steps)} steps)"
        instead = f"`gdstudio lesson render {path} --out DIR` writes its slides and lesson.md without one"
    else:
        from gdstudio.core.session import SessionError, load_studio_session

        try:
            load_studio_session(path)
        except SessionError as error:
            raise UsageError(str(error)) from None
        what = "the session"
        instead = "`gdstudio run`, `race` and `sweep` work without one"
    print(f"error: no display found, so the window cannot open {what}; {instead}", file=sys.stderr)
    return EXIT_NO_DISPLAY


def demo_render(path: str) -> int:
    """Where there is no display: say so and draw the seed example to a PNG instead."""
    from gdstudio.core.descent.engine import RunSettings, run_descent
    from gdstudio.core.function.language import parse_function
    from gdstudio.core.function.presets import DEFAULT_PRESET
    from gdstudio.export.files import ExportError
    from gdstudio.ui.function.figure import RunFigure

    preset = DEFAULT_PRESET
    function = parse_function(preset.function)
    result = run_descent(function, RunSettings(start=preset.start, learning_rate=preset.learning_rate))
    try:
        figure = RunFigure(function, result, preset.window)
        figure.save_png(path)
        figure.close()
    except ExportError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"No display found: wrote the demo render of f(x, y) = {function.display} to {path} instead of opening the window.")
    return EXIT_OK
