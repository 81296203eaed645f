"""The Compare tab: races of several runs on one contour, and learning-rate sweeps.

The runs of a race (or the γ values of a sweep) advance in lockstep in a worker
thread (one vectorised gradient call per step, from the core's Race and Sweep);
the tab draws the newest state on a timer. Clicking a point of the sweep loads
that γ into the Function tab.
"""

from __future__ import annotations

import html
import itertools
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP

from gdstudio.core.descent.directions import SEARCHABLE
from gdstudio.core.descent.engine import Status, is_searched
from gdstudio.core.descent.history import RunHistory
from gdstudio.core.descent.line_search import DEFAULT_C1, DEFAULT_C2, DEFAULT_SHRINK, LINE_SEARCHES
from gdstudio.core.descent.optimizers import OPTIMIZERS
from gdstudio.core.descent.race import RaceEntry, entry_labels, status_text
from gdstudio.core.descent.report import evaluations_text
from gdstudio.core.descent.sweep import log_spaced_learning_rates
from gdstudio.core.function.analysis import curvature_at
from gdstudio.core.function.landscape import evaluate_landscape
from gdstudio.core.race_presets import RACE_PRESETS
from gdstudio.core.session import DEFAULT_SCHEDULE, DEFAULT_SESSION, CompareRun, CompareSection, FunctionSection, SweepRange
from gdstudio.ui.common.accessibility import describe
from gdstudio.ui.common.fields import side_panel
from gdstudio.ui.common.frames import due
from gdstudio.ui.common.plots import RUN_COLOURS, ArrowSet, ContourPlot, LossPlot, fit_legend_text, place_legend_clear_of, plot_parts
from gdstudio.ui.common.race_figure import export_race_animation
from gdstudio.ui.common.tab import DrawnPath, ExportKind, StudioContext, StudioTab
from gdstudio.ui.common.theme import legend_brush
from gdstudio.ui.common.timeline import TimelineBar, with_timeline
from gdstudio.ui.common.widgets import LayoutFence, PointEdit, ScientificSpinBox, tab_moves_on
from gdstudio.ui.common.zoom import ZoomedSizes, make_note, set_plot_zoom
from gdstudio.ui.compare.figure import SweepDrawing
from gdstudio.ui.compare.worker import CompareThread, RaceJob, SweepJob

translate = QtCore.QCoreApplication.translate

# file-dialog filter: suffix (MP4 needs the optional 'video' extra; without it the export says how to get it);
# the filters are shown translated, so the chosen one is looked up among the translated texts
ANIMATION_FILTERS = {
    QT_TRANSLATE_NOOP("CompareTab", "Animated GIF (*.gif)"): ".gif",
    QT_TRANSLATE_NOOP("CompareTab", "MP4 video (*.mp4)"): ".mp4",
}
EXPORT_KINDS = (
    ExportKind("gif", QT_TRANSLATE_NOOP("CompareTab", "Race as animated GIF"), ".gif"),
    ExportKind("mp4", QT_TRANSLATE_NOOP("CompareTab", "Race as MP4 video"), ".mp4"),
)

REDRAW_INTERVAL_MS = 16
# While a race plays its parts take turns, as (period, phase) in frames
# (gdstudio.ui.common.frames): the contour and the loss plot one frame each and a third
# frame free (20 a second each: six paths and six curves take about 5 ms each to follow
# and as long to paint, and at 30 a second each the window's thread had no time left
# for input between frames, stalls of 25 ms); the texts in free frames of their own.
RACE_PATHS_FRAMES = (3, 0)  # the paths, their markers and what the runs carry, on the contour
RACE_CURVES_FRAMES = (3, 1)  # the loss curves
RACE_DESCRIPTION_FRAMES = (15, 2)  # what a screen reader says about the plots: four times a second
RACE_READOUT_FRAMES = (15, 8)  # what each run carries, in words: four times a second
# An edit replays the race to its step count only up to this many steps (about a
# second of the worker's time for six runs); a longer race starts again from t = 0.
# A line search costs several evaluations a step: its run counts its evaluations of f.
REPLAY_STEPS = 20_000
DEFAULT_RUNS = (("gd", 0.1), ("momentum", 0.02), ("adam", 0.1))
STATE_COLOUR = "#ffffff"
SWEEP_LIMIT_COLOUR = "#8c8c8c"  # grey that reads on the dark and the light plot background
OPTIMIZER_COLUMN, SEARCH_COLUMN, RATE_COLUMN, NOISE_COLUMN, START_COLUMN, COLOUR_COLUMN = range(6)
HEADER_PADDING = 14  # a header section's margins around its text


def search_label(name: str) -> str:
    """The step-size rule's short name in the table's narrow column (its full title is the tooltip)."""
    return {
        "fixed": translate("CompareTab", "fixed"),
        "armijo": "Armijo",  # proper names
        "strong-wolfe": "Wolfe",
        "exact": translate("CompareTab", "exact"),
    }.get(name, name)


class CompareTab(StudioTab):
    """Races and sweeps on the Function tab's function (read from the studio context)."""

    key = "compare"
    title = QT_TRANSLATE_NOOP("CompareTab", "Compare")
    export_caption = QT_TRANSLATE_NOOP("CompareTab", "Export race as an animation")

    def __init__(self, context: StudioContext, parent=None):
        super().__init__(context, parent)
        self.setObjectName("compareTab")
        self.function = None
        self.window_range = (-2.0, 2.0, -2.0, 2.0)
        self.start = (1.5, -1.0)
        self.job_id = 0  # the race shown
        self.sweep_job_id = 0
        self._job_ids = itertools.count(1)  # races and sweeps never share an id
        self.trajectories: list[RunHistory] = []
        self.finished_announced = False  # run_finished is emitted once per race
        self.view_step: int | None = None  # the lockstep step the timeline shows (None: the newest)
        self.statuses: list[str] = []  # each run's status as the legend words it
        self.run_states: list[Status] = []  # and as a state (the words are translated)
        self.carried: tuple = ()  # CarriedState per run, from the worker
        self.evaluations = None  # (n, 3): each run's evaluations of f, ∇f and H, from the worker
        self.evaluations_text = ""
        self.step_count = 0
        self.finished = False
        self.playing = False
        self._sweeping = False  # a sweep is running (its button reads "Cancel sweep")
        self.frame = 0
        self.sweep_result = None
        self.sweep_function = None
        self.dirty = False
        self.colours: list[str] = []
        self.race_entries: tuple[RaceEntry, ...] = ()  # the entries of the race shown
        self.race_labels: tuple[str, ...] = ()
        self.legend_labels: list[str] = []
        self.carried_text = ""
        self.state_arrows_shown = True
        self.legend_moved_at: int | None = None  # the frame the legend was last placed (None: place it now)

        self.thread = CompareThread(self)
        self.thread.worker.race_batch.connect(self._on_race_batch)
        self.thread.worker.sweep_progress.connect(self._on_sweep_progress)
        self.thread.worker.failed.connect(self._on_failed)
        self._build()
        for plot in (self.contour, self.loss):  # a playing race stands aside while a frame is painted
            plot.paint_guard = self.thread.painting
        self.timer = QtCore.QTimer(self)
        self.timer.setInterval(REDRAW_INTERVAL_MS)
        self.timer.timeout.connect(self._redraw)
        self.timer.start()
        self.log_loss_check.toggled.connect(self._on_log_loss)
        self._on_log_loss(self.log_loss_check.isChecked())
        log_action = QtGui.QAction(translate("CompareTab", "Log-scale loss"), self)
        log_action.setShortcut(QtGui.QKeySequence("L"))
        log_action.triggered.connect(self.log_loss_check.toggle)
        self._view_actions = (log_action,)
        context.register_paths(self.key, self.drawn_paths)

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        controls = QtWidgets.QWidget()
        left = QtWidgets.QVBoxLayout(controls)
        self.source_label = QtWidgets.QLabel()
        self.source_label.setObjectName("compareSource")
        self.source_label.setWordWrap(True)
        take = QtWidgets.QPushButton(translate("CompareTab", "Take function and start from the Function tab"))
        take.setObjectName("compareTake")
        take.clicked.connect(self.take_from_function_tab)
        left.addWidget(self.source_label)
        left.addWidget(take)

        race_box = QtWidgets.QGroupBox(translate("CompareTab", "Race: runs side by side"))
        race_layout = QtWidgets.QVBoxLayout(race_box)
        # like the Function tab's presets: a set-up to start from, the combo back on its title after
        self.preset_combo = QtWidgets.QComboBox()
        self.preset_combo.setObjectName("racePresetCombo")
        self.preset_combo.setAccessibleName(translate("CompareTab", "preset races"))
        self.preset_combo.addItem(translate("CompareTab", "Preset races…"), None)
        for preset in RACE_PRESETS.values():
            self.preset_combo.addItem(preset.title, preset.name)
            self.preset_combo.setItemData(self.preset_combo.count() - 1, preset.note, QtCore.Qt.ItemDataRole.ToolTipRole)
        self.preset_combo.setToolTip(
            translate("CompareTab", "A race to start from: it sets the Function tab's f and start and the race's runs")
        )
        self.preset_combo.activated.connect(self._on_preset)
        race_layout.addWidget(self.preset_combo)
        self.table = QtWidgets.QTableWidget(0, 6)
        self.table.setObjectName("raceTable")
        # Tab walks the cells' own controls and then leaves the table, instead of circling its cells
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(translate("CompareTab", "the race's runs, one a row"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("CompareTab", "optimizer"),
                translate("CompareTab", "step size"),
                "γ",
                "σ",
                translate("CompareTab", "start x, y"),
                "",
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(OPTIMIZER_COLUMN, QtWidgets.QHeaderView.ResizeMode.Stretch)
        widths = ((SEARCH_COLUMN, 68), (RATE_COLUMN, 64), (NOISE_COLUMN, 44), (START_COLUMN, 76), (COLOUR_COLUMN, 22))
        # wide enough for the header's word in the reader's language ("Schrittweite" is longer than "step size")
        metrics = header.fontMetrics()
        self.column_widths = tuple(
            (column, max(width, metrics.horizontalAdvance(self.table.horizontalHeaderItem(column).text()) + HEADER_PADDING))
            for column, width in widths
        )
        for column, width in self.column_widths:
            header.setSectionResizeMode(column, QtWidgets.QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        self.table.horizontalHeaderItem(COLOUR_COLUMN).setToolTip(translate("CompareTab", "the run's colour: click to choose another"))
        self.table.horizontalHeaderItem(NOISE_COLUMN).setToolTip(
            translate(
                "CompareTab", "σ: the run's updates use ∇f + σξ, ξ standard normal (run i's noise seeded with i); 0 for the plain run"
            )
        )
        self.table.horizontalHeaderItem(SEARCH_COLUMN).setToolTip(
            translate(
                "CompareTab",
                "the run's step size α: the fixed γ, or a line search that starts each step at α₀ = γ "
                "(backtracking until f falls enough, a strong-Wolfe search, or the minimiser along the direction); "
                "for gradient descent, Newton, BFGS, L-BFGS and conjugate gradients",
            )
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        race_layout.addWidget(self.table)
        hint = QtWidgets.QLabel(
            translate("CompareTab", "Click the contour to move the start of the selected runs (of all, when none is selected).")
        )
        hint.setObjectName("raceStartHint")
        hint.setWordWrap(True)
        make_note(hint)
        race_layout.addWidget(hint)
        buttons = QtWidgets.QHBoxLayout()
        self.add_button = QtWidgets.QPushButton(translate("CompareTab", "Add run"))
        self.add_button.setObjectName("raceAdd")
        self.remove_button = QtWidgets.QPushButton(translate("CompareTab", "Remove run"))
        self.remove_button.setObjectName("raceRemove")
        self.add_button.clicked.connect(lambda: self.add_run("gd", 0.05))
        self.remove_button.clicked.connect(self.remove_selected_run)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        race_layout.addLayout(buttons)
        playback = QtWidgets.QHBoxLayout()
        self.play_button = QtWidgets.QPushButton(translate("CompareTab", "Play"))
        self.play_button.setObjectName("racePlay")
        self.step_button = QtWidgets.QPushButton(translate("CompareTab", "Step"))
        self.step_button.setObjectName("raceStep")
        self.reset_button = QtWidgets.QPushButton(translate("CompareTab", "Reset"))
        self.reset_button.setObjectName("raceReset")
        self.play_button.clicked.connect(self.toggle_play)
        self.step_button.clicked.connect(self.step_once)
        self.reset_button.clicked.connect(self.restart_race)
        for button in (self.play_button, self.step_button, self.reset_button):
            playback.addWidget(button)
        # Play, Step, Reset and the export stay in view below the scrolling settings
        self.playback_box = QtWidgets.QGroupBox(translate("CompareTab", "Race playback"))
        playback_layout = QtWidgets.QVBoxLayout(self.playback_box)
        playback_layout.addLayout(playback)
        self.gif_button = QtWidgets.QPushButton(translate("CompareTab", "Export race as GIF or MP4…"))
        self.gif_button.setObjectName("raceGif")
        self.gif_button.clicked.connect(self.export_animation_dialog)
        playback_layout.addWidget(self.gif_button)
        self.log_loss_check = QtWidgets.QCheckBox(translate("CompareTab", "log-scale loss"))
        self.log_loss_check.setObjectName("raceLogLossCheck")
        self.log_loss_check.setChecked(True)  # a race's losses span decades: on a linear axis one spike flattens the rest
        playback_layout.addWidget(self.log_loss_check)
        left.addWidget(race_box)

        carried_box = QtWidgets.QGroupBox(translate("CompareTab", "What each run carries"))
        # the readouts scroll within the box: their height changes as the numbers wrap
        # differently, and a change that reached the splitters re-laid out the whole window
        carried_scroll = QtWidgets.QScrollArea()
        carried_scroll.setObjectName("raceCarriedScroll")
        carried_scroll.setWidgetResizable(True)
        carried_scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        carried_scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        carried_scroll.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        carried_contents = QtWidgets.QWidget()
        carried_layout = QtWidgets.QVBoxLayout(carried_contents)
        carried_layout.setContentsMargins(0, 0, 0, 0)
        carried_scroll.setWidget(carried_contents)
        QtWidgets.QVBoxLayout(carried_box).addWidget(carried_scroll)
        self.carried_label = QtWidgets.QLabel()
        self.carried_label.setObjectName("raceCarried")
        self.carried_label.setWordWrap(True)
        self.carried_label.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.carried_label.setToolTip(
            translate(
                "CompareTab",
                "What each optimizer carries into its next step. velocity b: the momentum buffer the next step carries in; "
                "1/(√v + ε): the factor by which an adaptive optimizer divides each coordinate of its step; Δw: the next "
                "step itself. The white arrows on the contour are −γb where the optimizer has a velocity (momentum, "
                "Nesterov) and Δw for the adaptive ones (AdaGrad, RMSProp, Adam). For a run with a line search, or Newton, "
                "BFGS, L-BFGS and conjugate gradients, the arrow is the next direction d times the first step size the "
                "search will try, α₀.",
            )
        )
        carried_layout.addWidget(LayoutFence(self.carried_label))  # the readouts follow the race: fenced
        self.evaluations_label = QtWidgets.QLabel()
        self.evaluations_label.setObjectName("raceEvaluations")
        self.evaluations_label.setWordWrap(True)
        self.evaluations_label.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.evaluations_label.setToolTip(
            translate(
                "CompareTab",
                "How many times each run has evaluated f, its gradient ∇f and its Hessian H: a line search tries "
                "several step sizes a step, so a fair race compares evaluations, not steps.",
            )
        )
        carried_layout.addWidget(LayoutFence(self.evaluations_label))
        carried_layout.addStretch(1)
        self.carried_box = carried_box  # a readout: shown beside the race's contour

        sweep_box = QtWidgets.QGroupBox(translate("CompareTab", "Sweep: which γ works?"))
        form = QtWidgets.QFormLayout(sweep_box)
        self.lr_min_spin = ScientificSpinBox(1e-6, 100.0, 1e-3, logarithmic=True)
        self.lr_min_spin.setObjectName("sweepMin")
        self.lr_max_spin = ScientificSpinBox(1e-6, 100.0, 1.0, logarithmic=True)
        self.lr_max_spin.setObjectName("sweepMax")
        self.count_spin = QtWidgets.QSpinBox()
        self.count_spin.setObjectName("sweepCount")
        self.count_spin.setRange(2, 2000)
        self.count_spin.setValue(200)
        form.addRow(translate("CompareTab", "smallest γ"), self.lr_min_spin)
        form.addRow(translate("CompareTab", "largest γ"), self.lr_max_spin)
        form.addRow(translate("CompareTab", "values"), self.count_spin)
        self.sweep_button = QtWidgets.QPushButton(translate("CompareTab", "Run sweep"))
        self.sweep_button.setObjectName("sweepRun")
        self.sweep_button.clicked.connect(self._sweep_button_clicked)
        self.sweep_progress = QtWidgets.QProgressBar()
        self.sweep_progress.setObjectName("sweepProgress")
        self.sweep_progress.setRange(0, 100)
        form.addRow(self.sweep_button)
        form.addRow(self.sweep_progress)
        self.sweep_label = QtWidgets.QLabel(
            translate("CompareTab", "Uses the Function tab's optimizer, start, step limit and tolerance. Click a point to use its γ.")
        )
        self.sweep_label.setObjectName("sweepLabel")
        self.sweep_label.setWordWrap(True)
        form.addRow(self.sweep_label)
        left.addWidget(sweep_box)
        left.addStretch(1)

        self.contour = ContourPlot()
        self.contour.setObjectName("raceContour")
        self.contour.setAccessibleName(translate("CompareTab", "contour of f(x, y) with the race's paths"))
        self.contour.clicked.connect(self._on_contour_click)
        self.legend = self.contour.plotItem.addLegend(offset=(10, 10), brush=legend_brush())
        self.contour.plotItem.getViewBox().sigResized.connect(self._on_contour_resized)
        self.state_arrows = ArrowSet(self.contour.plotItem, STATE_COLOUR)
        self.loss = LossPlot()
        self.loss.setObjectName("raceLoss")
        self.loss.setAccessibleName(translate("CompareTab", "loss of each run of the race against the step t"))
        self.sweep_plot = pg.PlotWidget(**plot_parts())
        self.sweep_plot.setObjectName("sweepPlot")
        self.sweep_plot.setAccessibleName(translate("CompareTab", "the sweep's final loss against γ"))
        self.steps_plot = pg.PlotWidget(**plot_parts())
        self.steps_plot.setObjectName("sweepStepsPlot")
        self.steps_plot.setAccessibleName(translate("CompareTab", "the sweep's steps to converge against γ"))
        # the same drawing as the exported sweep figure; a click on a point loads its γ
        self.sweep_drawing = SweepDrawing(
            self.sweep_plot.getPlotItem(),
            self.steps_plot.getPlotItem(),
            foreground=SWEEP_LIMIT_COLOUR,
            fill=legend_brush(),
            on_click=self._on_sweep_click,
        )

        race_top = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
        race_top.setObjectName("raceContourSplitter")
        race_top.addWidget(self.contour)
        race_top.addWidget(self.carried_box)
        race_top.setStretchFactor(0, 3)
        race_top.setStretchFactor(1, 1)
        race_view = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        race_view.addWidget(race_top)
        self.timeline = TimelineBar("raceTimeline")
        self.timeline.moved.connect(self.show_step)
        race_view.addWidget(with_timeline(self.loss, self.timeline))
        race_view.setStretchFactor(0, 3)
        race_view.setStretchFactor(1, 1)
        sweep_view = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        sweep_view.addWidget(self.sweep_plot)
        sweep_view.addWidget(self.steps_plot)
        self.views = QtWidgets.QTabWidget()
        self.views.setObjectName("compareViews")
        self.views.addTab(race_view, translate("CompareTab", "Race"))
        self.views.addTab(sweep_view, translate("CompareTab", "Sweep"))
        self.sizes = ZoomedSizes()
        scroll = self._side_panel = side_panel(controls, [self.playback_box], "compareSidePanel")
        self.sizes.add(scroll, "setMinimumWidth", 426)  # the race table has six columns
        self.sizes.add(self.carried_box, "setMinimumWidth", 180)
        splitter = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.views)
        splitter.setStretchFactor(1, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        for optimizer, learning_rate in DEFAULT_RUNS:
            self._append_row(optimizer, learning_rate)

    # -- runs ------------------------------------------------------------------------
    def _append_row(
        self,
        optimizer: str,
        learning_rate: float,
        colour: str | None = None,
        start=None,
        hyperparameters=None,
        schedule=None,
        line_search: str = "fixed",
        constants: tuple[float, float, float] = (DEFAULT_C1, DEFAULT_C2, DEFAULT_SHRINK),
        gradient_noise: float = 0.0,
        seed: int | None = None,
    ) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QtWidgets.QComboBox()
        for name, cls in OPTIMIZERS.items():
            # "Nesterov" for "Nesterov momentum": the column is narrow (the full name is in the tooltip);
            # chosen by the optimizer's code, not its title, which may be translated
            combo.addItem("Nesterov" if name == "nesterov" else cls.info.title, name)
            combo.setItemData(combo.count() - 1, cls.info.title, QtCore.Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(combo.findData(optimizer))
        # what the table does not edit, kept for the session: the optimizer's settings and the γ schedule
        combo.setProperty("hyperparameters", dict(hyperparameters or {}))
        combo.setProperty("schedule", schedule if schedule is not None else DEFAULT_SCHEDULE)
        combo.setToolTip(translate("CompareTab", "the run's optimizer"))
        combo.setAccessibleName(translate("CompareTab", "the run's optimizer"))
        # another optimizer takes its own default settings
        combo.currentIndexChanged.connect(lambda _i, c=combo: c.setProperty("hyperparameters", {}))
        search = QtWidgets.QComboBox()
        for name, info in LINE_SEARCHES.items():
            search.addItem(search_label(name), name)
            search.setItemData(search.count() - 1, f"{info.title}: {info.note}", QtCore.Qt.ItemDataRole.ToolTipRole)
        search.setCurrentIndex(search.findData(line_search))
        search.setProperty("constants", tuple(float(v) for v in constants))  # c₁, c₂, ρ: kept for the session
        search.setToolTip(translate("CompareTab", "the run's step size: the fixed γ, or a line search starting at α₀ = γ"))
        search.setAccessibleName(translate("CompareTab", "the run's step size"))
        self._sync_search(combo, search)
        # a fixed-γ rule (momentum, Adam, …) makes its whole step: its step size is the fixed γ
        combo.currentIndexChanged.connect(lambda _i, c=combo, s=search: self._sync_search(c, s))
        combo.currentIndexChanged.connect(lambda _i: self.restart_race(keep_progress=True))
        search.currentIndexChanged.connect(lambda _i: self.restart_race(keep_progress=True))
        spin = ScientificSpinBox(1e-5, 10.0, learning_rate, logarithmic=True)
        spin.setToolTip(translate("CompareTab", "the run's learning rate γ"))
        spin.setAccessibleName(translate("CompareTab", "the run's learning rate γ"))
        spin.valueChanged.connect(lambda _v: self.restart_race(keep_progress=True))
        start_edit = PointEdit(self.start if start is None else start)
        start_edit.setAccessibleName(translate("CompareTab", "the run's start x, y"))
        start_edit.point_changed.connect(lambda _x, _y: self.restart_race(keep_progress=True))
        start_edit.refused.connect(lambda message: self.show_message(message, 6000))
        colour = colour or RUN_COLOURS[row % len(RUN_COLOURS)]
        button = QtWidgets.QPushButton()
        button.setProperty("colour", colour)
        button.setStyleSheet(f"background-color: {colour};")
        button.setToolTip(translate("CompareTab", "choose this run's colour"))
        button.setAccessibleName(translate("CompareTab", "the run's colour"))
        button.clicked.connect(lambda _checked=False, b=button: self._choose_colour(b))
        self.table.setCellWidget(row, OPTIMIZER_COLUMN, combo)
        self.table.setCellWidget(row, SEARCH_COLUMN, search)
        self.table.setCellWidget(row, RATE_COLUMN, spin)
        noise = ScientificSpinBox(0.0, 1e6, gradient_noise)
        noise.setSingleStep(0.1)
        noise.setProperty("seed", row if seed is None else int(seed))
        noise.setToolTip(translate("CompareTab", "σ of the gradient noise: the run's updates use ∇f + σξ (fixed-γ optimizers only)"))
        noise.setAccessibleName(translate("CompareTab", "the run's gradient noise σ"))
        noise.valueChanged.connect(lambda _v, c=combo, s=search, n=noise: self._sync_noise(c, s, n, refuse=True))
        combo.currentIndexChanged.connect(lambda _i, c=combo, s=search, n=noise: self._sync_noise(c, s, n))
        search.currentIndexChanged.connect(lambda _i, c=combo, s=search, n=noise: self._sync_noise(c, s, n))
        self._sync_noise(combo, search, noise)
        noise.valueChanged.connect(lambda _v: self.restart_race(keep_progress=True))
        self.table.setCellWidget(row, NOISE_COLUMN, noise)
        self.table.setCellWidget(row, START_COLUMN, start_edit)
        self.table.setCellWidget(row, COLOUR_COLUMN, button)
        tab_moves_on(combo, search, spin, noise, start_edit, button)
        self._order_tab_chain()

    def _order_tab_chain(self) -> None:
        """Tab reads the race as it is drawn: the preset list, the table (to select
        rows), each run's cells row by row, then Add run (a cell widget joins the window's focus chain at
        its end when it is put into the table, which would leave the rows for last)."""
        cells = [self.table.cellWidget(row, column) for row in range(self.table.rowCount()) for column in range(self.table.columnCount())]
        chain = [self.preset_combo, self.table, *(cell for cell in cells if cell is not None), self.add_button]
        for before, after in zip(chain, chain[1:]):
            QtWidgets.QWidget.setTabOrder(before, after)

    @staticmethod
    def _sync_search(optimizer_combo, search_combo) -> None:
        """A line search pairs with a direction (gd, Newton, BFGS, L-BFGS, CG): for the
        other optimizers the step size is the fixed γ and the column is disabled."""
        searchable = optimizer_combo.currentData() in SEARCHABLE
        if not searchable and search_combo.currentData() != "fixed":
            blocked = search_combo.blockSignals(True)
            search_combo.setCurrentIndex(search_combo.findData("fixed"))
            search_combo.blockSignals(blocked)
        search_combo.setEnabled(searchable)

    def _sync_noise(self, optimizer_combo, search_combo, noise_spin, refuse: bool = False) -> None:
        """Gradient noise pairs with a fixed-γ rule: for a direction or a line search σ goes
        back to 0 (said in the status bar when the person typed it) and the cell is disabled."""
        allowed = not is_searched(optimizer_combo.currentData(), search_combo.currentData())
        if not allowed and noise_spin.value() != 0:
            blocked = noise_spin.blockSignals(True)
            noise_spin.setValue(0.0)
            noise_spin.blockSignals(blocked)
            if refuse:
                self.show_message(
                    translate(
                        "CompareTab",
                        "Gradient noise pairs with the fixed-γ optimizers: a line search or a direction needs the true gradient.",
                    ),
                    5000,
                )
        noise_spin.setEnabled(allowed)

    def add_run(self, optimizer: str, learning_rate: float, start=None) -> None:
        """A new runner (from the tab's start unless ``start`` is given); the others keep their progress."""
        if self.table.rowCount() >= len(RUN_COLOURS) * 2:
            self.show_message(translate("CompareTab", "A race takes at most {count} runs here.").format(count=len(RUN_COLOURS) * 2), 4000)
            return
        self._append_row(optimizer, learning_rate, start=start)
        self.restart_race(keep_progress=True)

    def remove_selected_run(self) -> None:
        rows = self.selected_rows() or [self.table.rowCount() - 1]
        if self.table.rowCount() - len(rows) < 1:
            self.show_message(translate("CompareTab", "A race needs at least one run."), 3000)
            return
        for row in reversed(rows):
            self.table.removeRow(row)
        self.restart_race(keep_progress=True)

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def set_run(
        self,
        row: int,
        optimizer: str | None = None,
        learning_rate: float | None = None,
        colour: str | None = None,
        start=None,
        line_search: str | None = None,
    ) -> None:
        if optimizer is not None:
            combo = self.table.cellWidget(row, OPTIMIZER_COLUMN)
            combo.setCurrentIndex(combo.findData(optimizer))
        if line_search is not None:
            search = self.table.cellWidget(row, SEARCH_COLUMN)
            search.setCurrentIndex(search.findData(line_search))
        if learning_rate is not None:
            self.table.cellWidget(row, RATE_COLUMN).setValue(learning_rate)
        if start is not None:
            self._set_starts([row], start)
        if colour is not None:
            self._set_colour(self.table.cellWidget(row, COLOUR_COLUMN), colour)

    def _set_starts(self, rows, point) -> None:
        changed = False
        for row in rows:
            edit = self.table.cellWidget(row, START_COLUMN)
            if edit.point() != (float(point[0]), float(point[1])):
                edit.set_point(*point)
                changed = True
        if changed:
            self.restart_race(keep_progress=True)

    def _on_contour_click(self, x: float, y: float) -> None:
        """A click on the contour moves the start of the selected runs (all, if none is selected)."""
        if self.function is None:
            return
        limit = self.table.cellWidget(0, START_COLUMN).limit
        if not (abs(x) <= limit and abs(y) <= limit):
            message = translate("CompareTab", "A start point must lie between {low} and {high}.")
            self.show_message(message.format(low=f"{-limit:g}", high=f"{limit:g}"), 4000)
            return
        rows = self.selected_rows() or list(range(self.table.rowCount()))
        self._set_starts(rows, (x, y))

    def _choose_colour(self, button) -> None:
        colour = QtWidgets.QColorDialog.getColor(QtGui.QColor(button.property("colour")), self, translate("CompareTab", "Run colour"))
        if colour.isValid():
            self._set_colour(button, colour.name())

    def _set_colour(self, button, colour: str) -> None:
        button.setProperty("colour", colour)
        button.setStyleSheet(f"background-color: {colour};")
        self._apply_colours()
        self.dirty = True

    def entries(self) -> tuple[RaceEntry, ...]:
        """The table's runs on the Function tab's f, with its step limit and tolerance."""
        session = self._function_session()
        return tuple(run.entry(session) for run in self.runs())

    def runs(self) -> tuple[CompareRun, ...]:
        """The table's runs as the session keeps them."""
        runs = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, OPTIMIZER_COLUMN)
            search = self.table.cellWidget(row, SEARCH_COLUMN)
            noise = self.table.cellWidget(row, NOISE_COLUMN)
            c1, c2, shrink = search.property("constants")
            # (a cell's σ is set back to 0 when its run takes a direction or a search; whichever
            # of the cell's slots runs first, the run reads as the cell will)
            sigma = 0.0 if is_searched(combo.currentData(), search.currentData()) else float(noise.value())
            runs.append(
                CompareRun(
                    optimizer=combo.currentData(),
                    learning_rate=float(self.table.cellWidget(row, RATE_COLUMN).value()),
                    hyperparameters=dict(combo.property("hyperparameters") or {}),
                    schedule=combo.property("schedule") or DEFAULT_SCHEDULE,
                    start=tuple(float(v) for v in self.table.cellWidget(row, START_COLUMN).point()),
                    colour=self.table.cellWidget(row, COLOUR_COLUMN).property("colour"),
                    line_search=search.currentData(),
                    c1=c1,
                    c2=c2,
                    shrink=shrink,
                    gradient_noise=sigma,
                    seed=int(noise.property("seed")) if sigma > 0 else 0,  # the seed matters only with noise
                )
            )
        return tuple(runs)

    # -- the tab's section of a session ------------------------------------------------------
    def session_section(self) -> CompareSection:
        return CompareSection(
            runs=self.runs(),
            sweep=SweepRange(float(self.lr_min_spin.value()), float(self.lr_max_spin.value()), int(self.count_spin.value())),
        )

    def apply_session_section(self, section: CompareSection) -> None:
        """The session's runs in the table (a run without a start takes the Function tab's) and its sweep range."""
        setup = self.context.function
        if setup is not None and self.function is not None and setup.function.text != self.function.text:
            self._take_function(setup)  # the session's f (a preset race, a lesson's step), the runs' starts as given
        self.table.setRowCount(0)
        start = tuple(self._function_session().start)
        for run in section.runs[: len(RUN_COLOURS) * 2]:
            self._append_row(
                run.optimizer,
                run.learning_rate,
                colour=run.colour,
                start=run.start if run.start is not None else start,
                hyperparameters=run.hyperparameters,
                schedule=run.schedule,
                line_search=run.line_search,
                constants=(run.c1, run.c2, run.shrink),
                gradient_noise=run.gradient_noise,
                seed=run.seed if run.gradient_noise > 0 else None,
            )
        if section.sweep is not None:
            self.lr_min_spin.setValue(section.sweep.lr_min)
            self.lr_max_spin.setValue(section.sweep.lr_max)
            self.count_spin.setValue(section.sweep.count)
        self.restart_race()

    # -- the function ----------------------------------------------------------------
    def take_from_function_tab(self) -> None:
        """The Function tab's function, view and start point, for every run; a new race."""
        setup = self.context.function
        if setup is None:
            return
        self._take_function(setup)
        for row in range(self.table.rowCount()):
            self.table.cellWidget(row, START_COLUMN).set_point(*self.start)
        self.restart_race()

    def _take_function(self, setup) -> None:
        """The Function tab's f, view window and start (the runs keep theirs); a sweep of another f is dropped."""
        if self.function is not None and setup.function is not self.function:
            changed = translate("CompareTab", "The function changed: run the sweep again for the new one.")
            self.cancel_sweep(changed)
            if self.sweep_result is not None:
                self.sweep_result = None
                self.sweep_drawing.clear()
                self.sweep_progress.setValue(0)
                self.sweep_label.setText(changed)
        self.function = setup.function
        self.start = tuple(float(v) for v in setup.session.start)
        self.window_range = tuple(setup.session.window)
        self._describe_source()
        self.contour.set_landscape(evaluate_landscape(self.function, self.window_range, resolution=300))

    def _on_preset(self, index: int) -> None:
        name = self.preset_combo.itemData(index)
        blocked = self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(0)
        self.preset_combo.blockSignals(blocked)
        if name is not None:
            self.load_preset_race(name)

    def load_preset_race(self, name: str) -> None:
        """A preset race (:data:`gdstudio.core.race_presets.RACE_PRESETS`): the studio loads its
        set-up as a session's (the Function tab's f, start and step limit, the race's runs)."""
        preset = RACE_PRESETS[name]
        self.context.setup_requested.emit(preset.setup)
        self.show_message(f"{preset.title}: {preset.note}", 8000)

    def _describe_source(self) -> None:
        """What the race and the sweep run on; the sweep takes the Function tab's settings when it starts."""
        session = self._function_session()
        start = ", ".join(f"{float(v):g}" for v in session.start)
        self.source_label.setText(
            translate(
                "CompareTab", "f(x, y) = {function}. The sweep uses the Function tab's start ({start}) and optimizer ({optimizer})."
            ).format(function=self.function.display, start=start, optimizer=OPTIMIZERS[session.optimizer].info.title)
        )

    def showEvent(self, event) -> None:
        setup = self.context.function
        if self.function is None or (setup is not None and setup.function.text != self.function.text):
            self.take_from_function_tab()
        elif self.function is not None:
            self._describe_source()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        if self.playing:
            self.toggle_play()
        super().hideEvent(event)

    # -- race playback ---------------------------------------------------------------
    def restart_race(self, keep_progress: bool = False) -> None:
        """A new race of the table's runs: from t = 0, or (``keep_progress``, after a run
        was added, removed or changed) replayed by the worker to the step the race had
        reached, so the runs that did not change are where they were."""
        self.context.section_changed.emit(self.key)  # the shell remembers the session
        if self.function is None:
            return
        self.job_id = self._next_job_id()
        keep_progress = keep_progress and self.step_count > 0
        cost = self.step_count if self.evaluations is None else max(self.step_count, int(self.evaluations[:, 0].max()))
        if keep_progress and cost > REPLAY_STEPS:
            keep_progress = False
            message = translate("CompareTab", "The race starts again from t = 0: replaying its {steps} steps would take too long.")
            self.show_message(message.format(steps=f"{self.step_count:,}"), 6000)
        play_on = keep_progress and self.playing
        if self.playing and not play_on:
            self.playing = False
            self.loss.set_minimum_steps(1)
        entries = self.entries()
        self.race_entries = entries
        self.race_labels = entry_labels(entries)
        self.colours = [e.colour for e in entries]
        self.trajectories = [RunHistory(2) for _ in entries]
        self.view_step = None
        self.finished_announced = False
        self.run_states = [Status.RUNNING] * len(entries)
        self.statuses = [status_text(Status.RUNNING, 0)] * len(entries)  # the core's word for it
        self.carried = ()
        self.evaluations = None
        if not keep_progress:
            self.step_count = 0
        self.finished = False
        self.contour.set_path_count(len(entries), self.colours)
        self.contour.set_starts([e.settings.start for e in entries])
        self.loss.set_curve_count(len(entries), self.colours)
        self._apply_colours()
        self._show_playing(play_on)
        self.thread.worker.latest_race_job = self.job_id  # read by the worker: older queued races are dropped
        self.thread._start_race.emit(RaceJob(self.job_id, self.function, entries, keep_progress, play_on))

    def _next_job_id(self) -> int:
        return next(self._job_ids)

    def _apply_colours(self) -> None:
        for row in range(min(self.table.rowCount(), len(self.contour.paths))):
            colour = self.table.cellWidget(row, COLOUR_COLUMN).property("colour")
            self.contour.set_path_colour(row, colour)
            if row < len(self.loss.loss_curves):
                self.loss.loss_curves[row].setPen(pg.mkPen(colour, width=2 * self.loss.zoom))
        self.legend_labels = []  # the legend's cached samples are redrawn in the new colours

    def toggle_play(self) -> None:
        if not self.playing and self.view_step is not None and not self.finished:
            message = translate("CompareTab", "Play continues the race from its latest step, t = {t}.")
            self.show_message(message.format(t=f"{self.step_count:,}"), 4000)
            self.show_step(self.step_count)
        if self.playing:
            self.playing = False
            self.thread._pause.emit(self.job_id)
        else:
            if self.finished:
                self.restart_race()
            self.playing = True
            self.thread._play.emit(self.job_id)
        # a playing race makes hundreds of steps a second: its step axis starts at 100,
        # set now rather than in the first frames, which have the path to draw
        self.loss.set_minimum_steps(100 if self.playing else 1)
        self._show_playing(self.playing)

    def _show_playing(self, playing: bool) -> None:
        """The Play button reads Pause while the race plays."""
        self.play_button.setText(translate("CompareTab", "Pause") if playing else translate("CompareTab", "Play"))

    def reset_run(self) -> None:  # R on this tab
        self.restart_race()

    def export_dialog(self) -> None:  # Ctrl+E on this tab
        self.export_animation_dialog()

    def step_once(self) -> None:
        if self.view_step is not None:
            self.show_step(self.view_step + 1)  # forward through the stored steps first
            return
        if self.finished:
            self.show_message(translate("CompareTab", "Every run has stopped: press Reset (R) to race again."), 4000)
            return
        if self.playing:
            self.playing = False
            self.loss.set_minimum_steps(1)
        self._show_playing(False)
        self.thread._step.emit(self.job_id)

    # -- the timeline -------------------------------------------------------------------
    def step_back(self) -> None:
        if not self.trajectories:
            return
        self._pause()
        shown = self.step_count if self.view_step is None else self.view_step
        self.show_step(max(shown - 1, 0))

    def go_to_start(self) -> None:
        if self.trajectories:
            self._pause()
            self.show_step(0)

    def go_to_end(self) -> None:
        self.show_step(self.step_count)

    def show_step(self, t: int) -> None:
        """Every run's marker at lockstep step ``t`` (the stored step nearest to it; a run
        that stopped earlier stays where it stopped), from the stored paths."""
        t = min(max(int(t), 0), self.step_count)
        self.view_step = None if t >= self.step_count else t
        self.timeline.set_position(t)
        self.dirty = True

    def _pause(self) -> None:
        if self.playing:
            self.toggle_play()

    def _on_race_batch(self, job_id: int, batch, states) -> None:
        if job_id != self.job_id:
            return
        for index, trajectory in enumerate(self.trajectories):
            points = batch.points[index]
            if len(points):
                trajectory.extend(points, batch.loss[index], np.zeros_like(points))
        self.statuses = list(batch.status_texts)
        self.run_states = list(batch.statuses)
        self.context.paths_changed.emit(self.key)  # the 3-D view may show the race while this tab is hidden
        self.carried = tuple(states)
        self.evaluations = batch.evaluations
        self.step_count = batch.step_count
        self.finished = batch.finished
        if batch.finished:
            was_running = not self.finished_announced
            self.playing = False
            self._show_playing(False)
            self.finished_announced = True
            if was_running:
                self.run_finished.emit("finished")  # every run of the race has stopped (a lesson waits on it)
        self.dirty = True

    def _on_failed(self, job_id: int, message: str) -> None:
        """A race or a sweep has ended on an error: its sentence says why, in the window."""
        if job_id == self.job_id:
            self.playing = False
            self.finished = True  # Play races again from t = 0
            self._show_playing(False)
            self.loss.set_minimum_steps(1)
            # the runs still going (by state: the words are translated) stopped with the error
            stopped = translate("CompareTab", "stopped by an error")
            self.statuses = [
                stopped if index < len(self.run_states) and self.run_states[index] is Status.RUNNING else status
                for index, status in enumerate(self.statuses)
            ]
            self.show_message(message, 10000)
            self.dirty = True
        elif job_id == self.sweep_job_id:
            self._show_sweeping(False)
            self.sweep_label.setText(message)

    def _redraw(self) -> None:
        if not self.dirty or not self.isVisible():
            return
        self.dirty = False
        self.frame += 1
        playing = self.playing and not self.finished
        # a playing race makes hundreds of steps a second: its step axis starts at 100
        self.loss.loss_item.minimum_steps = 100 if playing else 1
        paths = due(self.frame, playing, RACE_PATHS_FRAMES)
        curves = due(self.frame, playing, RACE_CURVES_FRAMES)
        if playing:
            self.dirty = True  # the other plot follows in a frame
        with self.thread.painting():
            if paths:
                self.contour.set_paths([h.points for h in self.trajectories], [h.steps for h in self.trajectories])
                self.timeline.set_last(self.step_count)
                if self.view_step is not None:
                    shown = [h.points[h.nearest(min(self.view_step, h.last_step))] if h.count else None for h in self.trajectories]
                    self.contour.set_markers_at(shown)
                self._draw_state_arrows()
            if curves:
                self.loss.set_losses([h.loss for h in self.trajectories], [h.steps for h in self.trajectories])
                self.loss.set_cursor(self.view_step)
            labels = [f"{label}: {status}" for label, status in zip(self.race_labels, self.statuses)]
            if due(self.frame, playing, RACE_DESCRIPTION_FRAMES):  # what a screen reader says about the plots
                runs = "; ".join(labels)
                describe(self.contour, translate("CompareTab", "the race's paths on the contour of f(x, y): {runs}").format(runs=runs))
                describe(self.loss, translate("CompareTab", "loss of each run against the step t: {runs}").format(runs=runs))
            if labels != self.legend_labels:  # a status or a colour changed
                self.legend_labels = labels
                entries = self.legend.items
                same_runs = len(entries) == len(labels) and all(
                    getattr(sample, "item", None) is path for (sample, _text), path in zip(entries, self.contour.paths)
                )
                if same_runs:
                    # the same runs: their words change in place (a rebuild cost 10–35 ms, in the
                    # frame where a run of a playing race converged or diverged)
                    for (sample, text), label in zip(entries, labels):
                        if text.text != label:
                            text.setText(label)
                        sample.update()  # a colour may have changed: its cached pixmap is drawn again
                else:
                    self.legend.clear()
                    for index, label in enumerate(labels):
                        self.legend.addItem(self.contour.paths[index], label)
                    # painted from cached pixmaps until they change
                    for sample, text in self.legend.items:
                        sample.setCacheMode(QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)
                        text.setCacheMode(QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)
                self.legend_moved_at = None
            if paths and (self.legend_moved_at is None or self.frame - self.legend_moved_at >= 30 or not playing):
                # the legend goes to the corner the paths leave free (checked twice a second while playing)
                self.legend_moved_at = self.frame
                # what is drawn of the paths (a few thousand points, not the whole race)
                drawn = [np.column_stack(path.getData()) for path in self.contour.paths if path.getData()[0] is not None]
                fit_legend_text(self.legend, self.contour.plotItem)
                place_legend_clear_of(self.legend, self.contour.plotItem, drawn)
        # the numbers change with every step: a few times a second is all anyone can read
        if due(self.frame, playing, RACE_READOUT_FRAMES):
            self._write_carried()
        if paths:
            self.context.paths_changed.emit(self.key)
        self.redrawn.emit()

    def _on_contour_resized(self) -> None:
        """A contour of a new size fits its legend to it again, and finds it a corner."""
        self.legend_moved_at = None
        self.dirty = True

    def _draw_state_arrows(self) -> None:
        """What each optimiser carries between steps, at its current point (from the
        worker's CarriedState): the velocity as the step it would make, −γb (momentum,
        Nesterov), or the next step Δw, shaped by the per-coordinate scale (AdaGrad,
        RMSProp, Adam). Plain gradient descent carries nothing."""
        tails, tips = [], []
        # what the runs carry is known for the newest step only
        for carried in self.carried if self.state_arrows_shown and self.view_step is None else ():
            if not carried.running:
                continue
            if carried.velocity is not None:
                step = carried.velocity_step
            elif carried.scale is not None or carried.searched:
                step = carried.next_step  # an adaptive step Δw, or the next direction times α₀
            else:
                continue
            tails.append(carried.point)
            tips.append(carried.point + step)
        self.state_arrows.set(tails, tips)

    def _write_carried(self) -> None:
        lines = []
        for index, carried in enumerate(self.carried):
            if index >= len(self.race_entries):
                break
            colour = self.colours[index] if index < len(self.colours) else STATE_COLOUR
            name = self.race_entries[index].label  # the colour tells the runs apart; the legend has their starts
            # on a dark ground, as on the contour: the white run's square shows on a light panel too
            lines.append(
                f'<span style="color:{colour}; background-color:#303030">&nbsp;■&nbsp;</span> '
                f"<b>{html.escape(name)}</b>: {html.escape(carried.describe())}"
            )
        text = "<br>".join(lines) or "—"
        if self.view_step is not None:
            heading = translate("CompareTab", "<i>At the latest step, t = {latest} (the timeline shows t = {shown}):</i>")
            text = heading.format(latest=f"{self.step_count:,}", shown=f"{self.view_step:,}") + "<br>" + text
        if text != self.carried_text:
            self.carried_text = text
            self.carried_label.setText(text)
        self._write_evaluations()

    def _write_evaluations(self) -> None:
        """Each run's evaluations of f, ∇f and H so far (of the newest step, as the carried state)."""
        lines = [translate("CompareTab", "<b>Evaluations</b> (the cost of a step with a line search):")]
        counts = self.evaluations if self.evaluations is not None else ()
        for index, row in enumerate(counts[: len(self.race_entries)]):
            colour = self.colours[index] if index < len(self.colours) else STATE_COLOUR
            lines.append(
                f'<span style="color:{colour}; background-color:#303030">&nbsp;■&nbsp;</span> '
                f"{html.escape(self.race_entries[index].settings.method)}: {html.escape(evaluations_text(row))}"
            )
        text = "<br>".join(lines) if len(lines) > 1 else ""
        if text != self.evaluations_text:
            self.evaluations_text = text
            self.evaluations_label.setText(text)

    # -- sweep ---------------------------------------------------------------------------
    @property
    def sweeping(self) -> bool:
        return self._sweeping

    def _show_sweeping(self, sweeping: bool) -> None:
        """Whether a sweep runs, and its button: Cancel sweep while it does, else Run sweep."""
        self._sweeping = sweeping
        self.sweep_button.setText(translate("CompareTab", "Cancel sweep") if sweeping else translate("CompareTab", "Run sweep"))

    def _sweep_button_clicked(self) -> None:
        if self.sweeping:
            self.cancel_sweep(translate("CompareTab", "Sweep cancelled."))
        else:
            self.run_sweep()

    def cancel_sweep(self, message: str) -> None:
        """Stop the sweep in progress (its result, if any, is never drawn)."""
        if not self.sweeping:
            return
        self.thread._cancel_sweep.emit(self.sweep_job_id)
        self.sweep_job_id = self._next_job_id()
        self._show_sweeping(False)
        self.sweep_label.setText(message)

    def run_sweep(self) -> None:
        if self.function is None:
            self.take_from_function_tab()
        if self.function is None:
            return
        low, high = self.lr_min_spin.value(), self.lr_max_spin.value()
        if not low < high:
            self.sweep_label.setText(translate("CompareTab", "The smallest γ must be below the largest."))
            return
        session = self._function_session()
        self.sweep_result = None
        self.sweep_progress.setValue(0)
        self.sweep_job_id = self._next_job_id()
        self._describe_source()
        rates = log_spaced_learning_rates(low, high, self.count_spin.value())
        start = tuple(float(v) for v in session.start)
        self.sweep_function = self.function  # the result is drawn with the limits of this function
        self._show_sweeping(True)
        self.sweep_label.setText(translate("CompareTab", "Running {count} learning rates in lockstep…").format(count=len(rates)))
        self.thread._start_sweep.emit(
            SweepJob(
                self.sweep_job_id,
                self.function,
                start,
                rates,
                session.optimizer,
                dict(session.hyperparameters),
                session.max_steps,
                session.tolerance,
            )
        )
        self.views.setCurrentIndex(1)

    def _on_sweep_progress(self, job_id: int, fraction: float, result) -> None:
        if job_id != self.sweep_job_id:
            return
        self.sweep_progress.setValue(int(round(100 * fraction)))
        if result is not None:
            self._show_sweeping(False)
            self.sweep_result = result
            self._draw_sweep(result)
            self.run_finished.emit("sweep")

    def _draw_sweep(self, result) -> None:
        # stability is decided by the curvature where the runs end up (the start if none converged)
        curvature = curvature_at(self.sweep_function, result.curvature_point())
        self.sweep_drawing.draw(result, curvature)
        QtCore.QTimer.singleShot(50, self.sweep_drawing.place_legends)  # once the view has its new range
        where = ", ".join(f"{float(v):.4g}" for v in curvature.point)
        text = translate("CompareTab", "{summary}.\nThe curvature at ({point}): {note}")
        self.sweep_label.setText(text.format(summary=result.summary(), point=where, note=curvature.note))

    @property
    def sweep_lines(self) -> list[tuple[float, str]]:
        """The γ limits drawn on the sweep: (γ, label) each."""
        return self.sweep_drawing.limit_lines

    def drawn_paths(self) -> tuple[DrawnPath, ...]:
        """The race's paths as they stand, for the 3-D view: only while the race runs on the
        Function tab's function (the surface the 3-D view shows)."""
        setup = self.context.function
        if self.function is None or setup is None or setup.function.text != self.function.text:
            return ()
        return tuple(
            DrawnPath(trajectory.points, trajectory.loss, colour or RUN_COLOURS[index % len(RUN_COLOURS)], label)
            for index, (trajectory, colour, label) in enumerate(zip(self.trajectories, self.colours, self.race_labels))
        )

    def _on_sweep_click(self, learning_rate: float) -> None:
        self.context.learning_rate_requested.emit(learning_rate)

    def _function_session(self) -> FunctionSection:
        """The Function tab's settings (its start, optimizer and limits), as it published them."""
        setup = self.context.function
        return setup.session if setup is not None else DEFAULT_SESSION

    # -- the tab contract --------------------------------------------------------------------
    def export_kinds(self):
        return tuple(ExportKind(kind.key, translate("CompareTab", kind.title), kind.suffix) for kind in EXPORT_KINDS)

    def side_panel(self):
        return self._side_panel

    def view_actions(self):
        return self._view_actions

    def _on_log_loss(self, on: bool) -> None:
        self.loss.set_logarithmic(on)
        self.dirty = True

    def set_overlay(self, name: str, shown: bool) -> bool:
        if name == "state_arrows":
            self.state_arrows_shown = shown
        elif name == "log_loss":
            self.log_loss_check.setChecked(shown)
        else:
            return False
        self.dirty = True
        return True

    def set_zoom(self, zoom: float) -> None:
        self.contour.set_zoom(zoom)
        self.loss.set_zoom(zoom)
        for plot in (self.sweep_plot, self.steps_plot):
            set_plot_zoom(plot.getPlotItem(), zoom)
        header = self.table.horizontalHeader()
        for column, width in self.column_widths:
            header.resizeSection(column, round(width * zoom))
        self.sizes.apply(zoom)
        self.legend_labels = []  # the legend is written again at the new size
        self.dirty = True

    def default_export_name(self) -> str:
        return "race.gif"

    def export(self, key: str, path) -> bool:
        if key not in ("gif", "mp4"):
            raise ValueError(f"unknown export {key}")
        if self.export_animation(str(path)):
            self.context.remember_folder(path)
            return True
        return False

    # -- GIF and MP4 -------------------------------------------------------------------------
    def export_animation_dialog(self) -> None:
        filters = {translate("CompareTab", text): suffix for text, suffix in ANIMATION_FILTERS.items()}
        path, chosen = QtWidgets.QFileDialog.getSaveFileName(
            self, self.export_caption, self.context.last_folder() + "/race.gif", ";;".join(filters)
        )
        if path:
            suffix = filters.get(chosen, ".gif")
            if Path(path).suffix.lower() not in (".gif", ".mp4"):
                path += suffix
            if self.export_animation(path):
                self.context.remember_folder(path)

    def export_animation(self, path: str, frames: int = 40, progress_dialog: bool = True) -> bool:
        """Render the race from the start as an animated GIF or an MP4 video, by the
        suffix of ``path`` (see :func:`export_race_animation`)."""
        if self.function is None:
            return False
        style = self.context.export_style((960, 720))
        window = self.contour.view_window()  # the view the person looks at, minimum included
        return export_race_animation(self, self.function, self.entries(), path, frames, progress_dialog, window=window, style=style)

    def stop(self) -> None:
        self.timer.stop()
        self.thread.worker.closing = True  # a replay in progress gives up at its next pause
        self.thread.stop()
