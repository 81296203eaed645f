"""Opening the window, or, where there is no display, the demo render instead."""

from __future__ import annotations

import os
import sys

from gdstudio.cli.options import EXIT_OK


def has_display() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith(("offscreen", "minimal")):
        return False
    if sys.platform.startswith("linux") and not platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def launch_studio() -> int:
    if not has_display():
        return demo_render("descent.png")
    from gdstudio.ui.shell.app import run_application

    return run_application()


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
