"""The desktop studio (PySide6 + pyqtgraph). ``from gdstudio.ui import MainWindow``."""


def __getattr__(name):
    # imported on first use, so that the headless renderer does not load the window's modules
    if name == "MainWindow":
        from gdstudio.ui.shell.main_window import MainWindow

        return MainWindow
    raise AttributeError(name)


__all__ = ["MainWindow"]
