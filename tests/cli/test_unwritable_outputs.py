"""An output the CLI cannot write is one line on stderr and exit code 2, not a traceback."""

import pytest

from gdstudio.cli import main


@pytest.mark.parametrize(
    "argv",
    [
        ["run", "--task", "xor", "--steps", "3", "--json", "/proc/x.json"],
        ["run", "--function", "x^2 + y^2", "--steps", "3", "--csv", "/proc/x.csv"],
    ],
    ids=["task-json", "function-csv"],
)
def test_an_output_in_a_folder_that_takes_no_files_is_one_line(argv, capsys):
    code = main(argv)
    _out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1, err
    path = argv[-1]
    assert lines[0] == f"error: cannot write {path}: the folder /proc does not take new files (No such file or directory)"
