"""The application shell: the main window (menus, status bar, sessions of the whole
studio, settings), start-up, help and the desktop identity. It talks to the tabs only
through the tab contract (:mod:`gdstudio.ui.common.tab`)."""
