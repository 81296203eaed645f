"""The command line as the CLI tests use it: ``cli.run(*argv)`` runs ``gdstudio`` in this
process and gives (exit code, stdout, stderr); ``cli.json(text)`` reads JSON strictly (NaN
and infinity are not JSON)."""

import json

import pytest

from gdstudio.cli import main


class CommandLine:
    def __init__(self, capsys):
        self.capsys = capsys

    def run(self, *argv) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = self.capsys.readouterr()
        return code, out, err

    @staticmethod
    def json(text: str):
        def refuse(constant):
            raise AssertionError(f"not valid JSON: {constant}")

        return json.loads(text, parse_constant=refuse)


@pytest.fixture
def cli(capsys):
    return CommandLine(capsys)
