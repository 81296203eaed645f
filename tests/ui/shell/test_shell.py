"""The window as a shell: it talks to every tab only through the tab contract."""

from PySide6 import QtCore

from gdstudio.ui.common.tab import StudioTab
from gdstudio.ui.shell.main_window import TAB_CLASSES


def visible_view_actions(window):
    return [action.text() for action in window.view_menu.actions() if action.isVisible() and action.text()]


def test_every_tab_implements_the_contract_and_is_found_by_its_key(window):
    tabs = window.mode_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [cls.title for cls in TAB_CLASSES]
    assert len({cls.key for cls in TAB_CLASSES}) == len(TAB_CLASSES)
    for cls in TAB_CLASSES:
        tab = window.tab(cls.key)
        assert isinstance(tab, StudioTab) and tab.context is window.context
        kinds = tab.export_kinds()
        assert len({kind.key for kind in kinds}) == len(kinds)
        assert all(kind.suffix.startswith(".") and kind.filter.endswith(f"(*{kind.suffix})") for kind in kinds)


def test_the_view_menu_and_the_status_bar_follow_the_tab_shown(qtbot, window):
    function_actions = visible_view_actions(window)
    assert {"Fit view to path", "Show the whole window", "Log-scale loss", "Curvature axes and numbers"} <= set(function_actions)
    assert window.tab("function").step_label.isVisible()
    window.show_tab("mlp")
    mlp_actions = visible_view_actions(window)
    assert "Log-scale loss" in mlp_actions and "Fit view to path" not in mlp_actions
    assert mlp_actions.count("Log-scale loss") == 1
    assert not window.tab("function").step_label.isVisible()
    window.show_tab("surface")
    assert "Reset the camera" in visible_view_actions(window)


def test_l_toggles_the_log_axis_of_the_tab_shown_only(qtbot, window):
    function_check = window.tab("function").controls.log_loss_check
    mlp = window.tab("mlp")
    window.show_tab("mlp")
    qtbot.waitUntil(lambda: mlp.settings is not None, timeout=5000)
    before_function, before_mlp = function_check.isChecked(), mlp.controls.log_loss_check.isChecked()
    qtbot.keyClick(window, QtCore.Qt.Key.Key_L)
    assert mlp.controls.log_loss_check.isChecked() != before_mlp
    assert function_check.isChecked() == before_function
    window.show_tab("function")
    qtbot.keyClick(window, QtCore.Qt.Key.Key_L)
    assert function_check.isChecked() != before_function


def test_a_gamma_requested_through_the_context_lands_on_the_function_tab(qtbot, window):
    window.show_tab("compare")
    window.context.learning_rate_requested.emit(0.125)
    function = window.tab("function")
    assert window.current_tab() is function
    qtbot.waitUntil(lambda: function.session.learning_rate == 0.125, timeout=3000)
    assert "0.125 from the sweep" in window.statusBar().currentMessage()


def test_a_session_holds_the_race_the_tab_shown_and_the_zoom(qtbot, window, tmp_path):
    compare = window.tab("compare")
    window.show_tab("compare")
    qtbot.waitUntil(lambda: compare.function is not None, timeout=5000)
    compare.add_run("nesterov", 0.03, start=(0.5, -1.25))
    compare.lr_min_spin.setValue(0.002)
    window.set_zoom(1.25)
    path = tmp_path / "race.gdstudio.json"
    assert window.save_session_to(path)
    session = window.current_session()
    assert session.tab == "compare" and session.zoom == 1.25
    assert [run.optimizer for run in session.compare.runs] == ["gd", "momentum", "adam", "nesterov"]
    assert session.compare.runs[-1].start == (0.5, -1.25) and session.compare.sweep.lr_min == 0.002

    from gdstudio.ui import MainWindow

    other = MainWindow(restore=False)
    qtbot.addWidget(other)
    assert other.open_session(path)
    again = other.current_session()
    assert again.tab == "compare" and other.zoom == 1.25
    assert again.compare == session.compare and again.function == session.function
    other.set_zoom(1.0)
    other.close()
    window.set_zoom(1.0)
