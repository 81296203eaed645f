"""The ``gdstudio`` command: the studio with no arguments, headless work with a command.

One module per command (``run`` with its MLP task options in :mod:`.task`, ``sweep``,
``analyze``, ``race``, ``lesson``, ``fan``), one shared option layer (:mod:`.options`), and
:mod:`.studio` for opening the window (``gdstudio FILE`` opens it on a lesson or
session file, as the desktop does for a double-clicked one). Argument parsing only: the maths is in
``gdstudio.core``, drawing in ``gdstudio.ui``. Every bad input exits with status 2
and one line on stderr starting ``error:``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from gdstudio import __version__
from gdstudio.cli.analyze import add_analyze_parser
from gdstudio.cli.fan import add_fan_parser
from gdstudio.cli.lesson import add_lesson_parser, lesson_arguments
from gdstudio.cli.options import EXIT_USAGE, Parser, UsageError, join_negative_values
from gdstudio.cli.race import add_race_parser
from gdstudio.cli.run import add_run_parser
from gdstudio.cli.studio import launch_studio, opens_a_file
from gdstudio.cli.sweep import add_sweep_parser


def build_parser() -> Parser:
    parser = Parser(
        prog="gdstudio",
        description="A studio for learning and teaching gradient descent. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"gdstudio {__version__}")
    parser.add_argument(
        "--language",
        metavar="CODE",
        help="the window's language for this start: en, de, es or zh_CN (default: the one chosen in View → Language, else the desktop's)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    add_run_parser(commands)
    add_sweep_parser(commands)
    add_analyze_parser(commands)
    add_race_parser(commands)
    add_lesson_parser(commands)
    add_fan_parser(commands)
    return parser


def window_language(argv: list[str]) -> tuple[str | None, list[str]]:
    """``--language CODE`` (or ``--language=CODE``) before anything else: the window's
    language for this start, checked, and the arguments without it."""
    if argv and argv[0].startswith("--language="):
        code, rest = argv[0].partition("=")[2], argv[1:]
    elif argv and argv[0] == "--language":
        if len(argv) < 2:
            raise UsageError("--language needs a language code: en, de, es or zh_CN")
        code, rest = argv[1], argv[2:]
    else:
        return None, argv
    from gdstudio.ui.common.language import LANGUAGES, normalise

    language = normalise(code)  # "de", "de_DE.UTF-8" and "zh-Hans" are all codes of ours
    if language is None:
        raise UsageError(f"--language {code}: gdstudio speaks {', '.join(LANGUAGES)}")
    return language, rest


def main(argv: Sequence[str] | None = None) -> int:
    argv = lesson_arguments(list(sys.argv[1:] if argv is None else argv))
    parser = build_parser()
    try:
        language, argv = window_language(argv)
        if opens_a_file(argv):  # gdstudio FILE: what the desktop runs for a double-clicked lesson or session
            return launch_studio(argv[0], language=language)
        arguments = parser.parse_args(join_negative_values(argv))
        if arguments.command is None:
            return launch_studio(language=language)
        return arguments.handler(arguments)
    except UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130


__all__ = ["build_parser", "main"]
