"""Which parts of a playing run's tab are drawn in which frame."""

import math

from gdstudio.ui.common.frames import due


def assert_one_part_a_frame(parts):
    """No frame of a playing run draws two of ``parts`` (name → (period, phase))."""
    cycle = math.lcm(*(period for period, _phase in parts.values()))
    for frame in range(cycle):
        drawn = [name for name, frames in parts.items() if due(frame, True, frames)]
        assert len(drawn) <= 1, (frame, drawn)


def test_a_part_is_due_on_its_phase_while_playing_and_always_otherwise():
    assert [frame for frame in range(12) if due(frame, True, (4, 1))] == [1, 5, 9]
    assert all(due(frame, False, (4, 1)) for frame in range(12))


def test_a_playing_race_draws_at_most_one_of_its_parts_in_a_frame():
    """The paths, the curves and the two texts each have frames of their own (the texts
    used to land on the paths' frames now and then: frame % 15 == 0 and % 16 == 0)."""
    from gdstudio.ui.compare import tab

    parts = {
        "paths": tab.RACE_PATHS_FRAMES,
        "curves": tab.RACE_CURVES_FRAMES,
        "description": tab.RACE_DESCRIPTION_FRAMES,
        "readout": tab.RACE_READOUT_FRAMES,
    }
    assert_one_part_a_frame(parts)
    # and each is drawn: the plots 20 times a second, the texts four times (at 60 frames a second)
    counts = {name: sum(due(frame, True, frames) for frame in range(60)) for name, frames in parts.items()}
    assert counts == {"paths": 20, "curves": 20, "description": 4, "readout": 4}


def test_the_function_tabs_heavy_parts_never_share_a_frame():
    """The loss curve, the step panel, the line-search plot, the curvature and the
    descriptions: no two in one frame (the evaluation counts, a line of text, ride
    with the line search)."""
    from gdstudio.ui.function import tab

    parts = {
        "loss": tab.LOSS_CURVE_FRAMES,
        "step panel": tab.STEP_PANEL_FRAMES,
        "line search": tab.LINE_SEARCH_FRAMES,
        "curvature": tab.CURVATURE_FRAMES,
        "description": tab.DESCRIPTION_FRAMES,
    }
    assert_one_part_a_frame(parts)


def test_the_network_tabs_readout_is_written_four_times_a_second_never_with_the_curves():
    """The readout's rich text (and what a screen reader says) follows a playing run a few
    times a second, on frames of its own: parsed and laid out again every frame, it cost
    about 3 ms a frame at 175 %."""
    from gdstudio.ui.mlp import tab

    parts = {"loss curves": tab.LOSS_CURVE_FRAMES, "readout": tab.READOUT_FRAMES}
    assert_one_part_a_frame(parts)
    counts = {name: sum(due(frame, True, frames) for frame in range(64)) for name, frames in parts.items()}
    assert counts == {"loss curves": 32, "readout": 4}
