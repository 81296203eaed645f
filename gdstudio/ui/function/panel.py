"""The control panel on the left: function, γ, start, optimiser, limits, playback.

It turns what the person does into signals and shows what the window tells it;
it computes nothing.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from gdstudio.core.descent.directions import SEARCHABLE
from gdstudio.core.descent.line_search import LINE_SEARCHES, line_search_info
from gdstudio.core.descent.schedules import SCHEDULE_KINDS, SCHEDULE_NOTES, SCHEDULE_SETTINGS, SCHEDULE_TITLES, Schedule, ScheduleError
from gdstudio.core.function.presets import PRESETS
from gdstudio.ui.common.fields import SPEEDS, LearningRateField, OptimizerField, PlaybackBox
from gdstudio.ui.common.plots import plot_parts
from gdstudio.ui.common.widgets import LayoutFence, ScientificSpinBox
from gdstudio.ui.common.zoom import ZoomedSizes, error_colour, make_note, set_plot_zoom

FUNCTION_PAUSE_MS = 300  # check the typed function once typing pauses this long
translate = QtCore.QCoreApplication.translate


class ScheduleSettingsRow(QtWidgets.QWidget):
    """The chosen schedule kind's settings as one compact row of text fields (step size
    and factor; decay factor; period T and min γ; decay), with a line under it for a
    setting that is not valid. ``edited`` carries ``{field name: text}`` for every
    field of the kind, once typing pauses, on Enter or when a field is left; the
    window parses it with the core and answers with :meth:`show_error` or
    :meth:`display`. Fields are named scheduleSetting_NAME."""

    edited = QtCore.Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("scheduleSettings")
        column = QtWidgets.QVBoxLayout(self)
        column.setContentsMargins(12, 0, 0, 0)
        column.setSpacing(2)
        self.row = QtWidgets.QHBoxLayout()
        self.row.setSpacing(6)
        column.addLayout(self.row)
        self.error = QtWidgets.QLabel()
        self.error.setObjectName("scheduleError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {error_colour()};")
        self.error.hide()
        column.addWidget(self.error)
        self.kind: str | None = None
        self.fields: dict[str, QtWidgets.QLineEdit] = {}
        self.timer = QtCore.QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FUNCTION_PAUSE_MS)
        self.timer.timeout.connect(self._emit)

    def texts(self) -> dict[str, str]:
        return {name: field.text() for name, field in self.fields.items()}

    def display(self, schedule: Schedule, step_limit: int) -> None:
        """Show ``schedule``'s settings without emitting: a new kind gets new fields; a
        field whose text does not already mean the setting's value gets that value."""
        if schedule.kind != self.kind:
            self._build(schedule.kind)
        for setting in schedule.settings:
            field = self.fields[setting.name]
            value = getattr(schedule, setting.name)
            try:
                same = schedule.with_texts({setting.name: field.text()}) == schedule
            except ScheduleError:
                same = False
            if not same:
                field.setText("" if value is None else str(value) if setting.whole else f"{value:g}")
            if setting.optional:  # left empty, the period is the step limit
                field.setPlaceholderText(translate("FunctionPanel", "= step limit"))
                field.setToolTip(
                    translate("FunctionPanel", "{label}: {note} (now {limit})").format(
                        label=setting.label, note=setting.note, limit=step_limit
                    )
                )
        self.show_error(None)
        self.setVisible(bool(self.fields))

    def show_error(self, message: str | None, name: str | None = None) -> None:
        """One sentence under the row (None: none), the field at fault outlined."""
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        for field_name, field in self.fields.items():
            field.setStyleSheet("QLineEdit { border: 2px solid #d9304f; }" if message and field_name == name else "")

    def _build(self, kind: str) -> None:
        self.timer.stop()
        while self.row.count():
            widget = self.row.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        self.fields = {}
        self.kind = kind
        for setting in SCHEDULE_SETTINGS[kind]:
            label = QtWidgets.QLabel(setting.label)
            field = QtWidgets.QLineEdit()
            field.setObjectName(f"scheduleSetting_{setting.name}")
            field.setToolTip(f"{setting.label}: {setting.note}")
            label.setToolTip(field.toolTip())
            label.setBuddy(field)
            field.setMinimumWidth(48)
            field.textEdited.connect(lambda _text: self.timer.start())
            field.returnPressed.connect(self._emit)
            field.editingFinished.connect(self._emit_if_pending)
            self.row.addWidget(label)
            self.row.addWidget(field, 1)
            self.fields[setting.name] = field
        if len(self.fields) == 1:
            self.row.addStretch(1)  # one short number needs no full-width field

    def _emit_if_pending(self) -> None:
        if self.timer.isActive():
            self._emit()

    def _emit(self) -> None:
        self.timer.stop()
        self.edited.emit(self.texts())


class ControlPanel(QtWidgets.QWidget):
    function_edited = QtCore.Signal(str)  # after a pause in typing, or Enter
    preset_chosen = QtCore.Signal(str)
    learning_rate_changed = QtCore.Signal(float)
    start_changed = QtCore.Signal(float, float)
    optimizer_changed = QtCore.Signal(str, dict)
    line_search_changed = QtCore.Signal(str, dict)  # the step-size rule and {c1, c2, shrink}
    noise_changed = QtCore.Signal(float, int)  # σ of the gradient noise and its seed
    schedule_changed = QtCore.Signal(str)
    schedule_settings_edited = QtCore.Signal(object)  # {setting name: typed text} of the chosen kind
    limits_changed = QtCore.Signal(int, float)
    play_clicked = QtCore.Signal()
    step_clicked = QtCore.Signal()
    reset_clicked = QtCore.Signal()
    speed_changed = QtCore.Signal(float)
    log_loss_toggled = QtCore.Signal(bool)
    evaluations_axis_toggled = QtCore.Signal(bool)
    fit_view_clicked = QtCore.Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("controlPanel")
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)

        # -- function ---------------------------------------------------------
        function_box = QtWidgets.QGroupBox(translate("FunctionPanel", "Function f(x, y)"))
        function_layout = QtWidgets.QVBoxLayout(function_box)
        row = QtWidgets.QHBoxLayout()
        self.function_edit = QtWidgets.QLineEdit()
        self.function_edit.setObjectName("functionEdit")
        self.function_edit.setAccessibleName(translate("FunctionPanel", "function f(x, y)"))
        self.function_edit.setPlaceholderText(translate("FunctionPanel", "for example x^2 + x*y + y^2"))
        self.function_edit.setToolTip(
            translate(
                "FunctionPanel",
                "Type f(x, y): numbers, x, y, pi, e, + − * / ^, and sin cos tan asin acos atan "
                "sinh cosh tanh exp log sqrt abs. 2x and 3(x+1) work too.",
            )
        )
        self.function_edit.setClearButtonEnabled(True)
        self.preset_combo = QtWidgets.QComboBox()
        self.preset_combo.setObjectName("presetCombo")
        self.preset_combo.setAccessibleName(translate("FunctionPanel", "preset functions"))
        self.preset_combo.addItem(translate("FunctionPanel", "Presets…"), None)
        for preset in PRESETS.values():
            self.preset_combo.addItem(preset.title, preset.name)
            self.preset_combo.setItemData(self.preset_combo.count() - 1, preset.note, QtCore.Qt.ItemDataRole.ToolTipRole)
        # the field has the panel's whole width (Rosenbrock's text fits); the presets sit under it
        row.addWidget(self.function_edit, 1)
        function_layout.addLayout(row)
        function_layout.addWidget(self.preset_combo)
        self.function_error = QtWidgets.QLabel()
        self.function_error.setObjectName("functionError")
        self.function_error.setWordWrap(True)
        self.function_error.setStyleSheet(f"color: {error_colour()};")
        self.function_error.hide()
        function_layout.addWidget(self.function_error)
        self.gradient_label = QtWidgets.QLabel()
        self.gradient_label.setObjectName("gradientLabel")
        self.gradient_label.setWordWrap(True)
        self.gradient_label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        function_layout.addWidget(self.gradient_label)
        self.preset_note = QtWidgets.QLabel()
        self.preset_note.setWordWrap(True)
        make_note(self.preset_note)
        self.preset_note.hide()
        function_layout.addWidget(self.preset_note)
        layout.addWidget(function_box)

        # -- descent settings ---------------------------------------------------
        settings_box = QtWidgets.QGroupBox(translate("FunctionPanel", "Descent"))
        form = QtWidgets.QFormLayout(settings_box)
        self.learning_rate = LearningRateField("", 0.1, "∇f(w)", self)
        self.learning_rate_spin, self.learning_rate_slider = self.learning_rate.spin, self.learning_rate.slider
        self.learning_rate.add_rows(form)
        # the step size α beside γ: γ itself, or a search that starts its trials at γ
        self.line_search_combo = QtWidgets.QComboBox()
        self.line_search_combo.setObjectName("lineSearchCombo")
        for info in LINE_SEARCHES.values():
            self.line_search_combo.addItem(info.title, info.name)
            self.line_search_combo.setItemData(self.line_search_combo.count() - 1, info.note, QtCore.Qt.ItemDataRole.ToolTipRole)
        self.line_search_combo.setToolTip(
            translate("FunctionPanel", "The step size α of w ← w + αd: the fixed γ, or a line search whose first trial is γ")
        )
        self.line_search_combo.setAccessibleName(translate("FunctionPanel", "step size rule"))
        form.addRow(translate("FunctionPanel", "step size α"), self.line_search_combo)
        self.search_constants = QtWidgets.QWidget()
        self.search_constants.setObjectName("searchConstants")
        constants = QtWidgets.QHBoxLayout(self.search_constants)
        constants.setContentsMargins(12, 0, 0, 0)
        self.search_spins: dict[str, ScientificSpinBox] = {}
        self.search_labels: dict[str, QtWidgets.QLabel] = {}
        for key, label, value, tip in (
            ("c1", "c₁", 1e-4, translate("FunctionPanel", "sufficient decrease: f(w + αd) ≤ f(w) + c₁α∇fᵀd")),
            ("c2", "c₂", 0.9, translate("FunctionPanel", "curvature: |∇f(w + αd)ᵀd| ≤ c₂|∇fᵀd|")),
            ("shrink", "ρ", 0.5, translate("FunctionPanel", "backtracking: α ← ρα")),
        ):
            spin = ScientificSpinBox(1e-6, 0.999999, value, logarithmic=key == "c1")
            spin.setObjectName(f"searchSpin_{key}")
            spin.setToolTip(tip)
            spin.setAccessibleName(label)
            text = QtWidgets.QLabel(label)
            text.setBuddy(spin)
            text.setToolTip(tip)
            constants.addWidget(text)
            constants.addWidget(spin, 1)
            self.search_spins[key] = spin
            self.search_labels[key] = text
            spin.valueChanged.connect(self._emit_line_search)
        form.addRow(self.search_constants)
        self.search_error = QtWidgets.QLabel()
        self.search_error.setObjectName("searchError")
        self.search_error.setWordWrap(True)
        self.search_error.setStyleSheet(f"color: {error_colour()};")
        self.search_error.hide()
        form.addRow(self.search_error)
        # a fair race compares evaluations, not steps: the loss curve's x axis can count them
        # (here, in the settings that scroll: the pinned playback box stays narrow at any zoom)
        self.evaluations_axis_check = QtWidgets.QCheckBox(translate("FunctionPanel", "loss against evaluations of f"))
        self.evaluations_axis_check.setObjectName("evaluationsAxisCheck")
        self.evaluations_axis_check.setToolTip(
            translate("FunctionPanel", "The loss curve's x axis counts evaluations of f (a line search's trials too) instead of steps (E)")
        )
        form.addRow(self.evaluations_axis_check)
        self.schedule_combo = QtWidgets.QComboBox()
        self.schedule_combo.setObjectName("scheduleCombo")
        for kind in SCHEDULE_KINDS:
            self.schedule_combo.addItem(SCHEDULE_TITLES[kind], kind)
            self.schedule_combo.setItemData(self.schedule_combo.count() - 1, SCHEDULE_NOTES[kind], QtCore.Qt.ItemDataRole.ToolTipRole)
        # the schedule γ_t over the run, drawn small beside the control
        self.schedule_plot = pg.PlotWidget(**plot_parts())
        self.schedule_plot.setObjectName("schedulePlot")
        self.schedule_plot.setAccessibleName(translate("FunctionPanel", "the learning rate γ_t against the step t"))
        self.sizes = ZoomedSizes()
        self.sizes.add(self.schedule_plot, "setFixedHeight", 64)
        self.schedule_plot.setMinimumWidth(60)
        self.schedule_plot.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Fixed)
        self.schedule_plot.setMouseEnabled(False, False)
        self.schedule_plot.hideButtons()
        self.schedule_plot.getPlotItem().hideAxis("bottom")
        self.schedule_plot.getPlotItem().getAxis("left").set_fixed_size(40)
        self.schedule_curve = self.schedule_plot.plot(pen=pg.mkPen("#ff5a36", width=2))
        self.schedule_settings = ScheduleSettingsRow()
        form.addRow(translate("FunctionPanel", "γ schedule"), self.schedule_combo)
        form.addRow(self.schedule_settings)
        form.addRow("", self.schedule_plot)
        start_row = QtWidgets.QHBoxLayout()
        self.start_x_spin = ScientificSpinBox(-1e6, 1e6, 1.0)
        self.start_x_spin.setObjectName("startXSpin")
        self.start_x_spin.setAccessibleName(translate("FunctionPanel", "start point x₀"))
        self.start_x_spin.setSingleStep(0.1)
        self.start_y_spin = ScientificSpinBox(-1e6, 1e6, 1.0)
        self.start_y_spin.setObjectName("startYSpin")
        self.start_y_spin.setAccessibleName(translate("FunctionPanel", "start point y₀"))
        self.start_y_spin.setSingleStep(0.1)
        for spin, name in ((self.start_x_spin, "x₀"), (self.start_y_spin, "y₀")):
            spin.setToolTip(translate("FunctionPanel", "start point {name}; a click on the contour sets the start too").format(name=name))
        start_row.addWidget(self.start_x_spin)
        start_row.addWidget(self.start_y_spin)
        form.addRow(translate("FunctionPanel", "start (x₀, y₀)"), start_row)
        self.optimizer_field = OptimizerField("", self)
        self.optimizer_combo, self.hyperparameter_box = self.optimizer_field.combo, self.optimizer_field.box
        self.optimizer_field.add_rows(form)
        # stochastic gradients on f: the update uses ∇f + σξ
        noise_row = QtWidgets.QHBoxLayout()
        self.noise_spin = ScientificSpinBox(0.0, 1e6, 0.0)
        self.noise_spin.setObjectName("gradientNoiseSpin")
        self.noise_spin.setSingleStep(0.1)
        self.noise_spin.setToolTip(
            translate("FunctionPanel", "σ: each update uses ∇f(w) + σξ, ξ standard normal; 0 is the plain run (fixed-γ optimizers only)")
        )
        self.noise_spin.setAccessibleName(translate("FunctionPanel", "gradient noise σ"))
        self.seed_spin = QtWidgets.QSpinBox()
        self.seed_spin.setObjectName("noiseSeedSpin")
        self.seed_spin.setRange(0, 2**31 - 1)
        self.seed_spin.setKeyboardTracking(False)
        self.seed_spin.setToolTip(translate("FunctionPanel", "the seed of the noise ξ: the same seed gives the same run"))
        self.seed_spin.setAccessibleName(translate("FunctionPanel", "seed of the gradient noise"))
        seed_label = QtWidgets.QLabel(translate("FunctionPanel", "seed"))
        seed_label.setBuddy(self.seed_spin)
        noise_row.addWidget(self.noise_spin, 2)
        noise_row.addWidget(seed_label)
        noise_row.addWidget(self.seed_spin, 1)
        form.addRow(translate("FunctionPanel", "gradient noise σ"), noise_row)
        self.noise_error = QtWidgets.QLabel()
        self.noise_error.setObjectName("noiseError")
        self.noise_error.setWordWrap(True)
        self.noise_error.setStyleSheet(f"color: {error_colour()};")
        self.noise_error.hide()
        form.addRow(self.noise_error)
        self.max_steps_spin = QtWidgets.QSpinBox()
        self.max_steps_spin.setObjectName("maxStepsSpin")
        self.max_steps_spin.setRange(0, 10_000_000)
        self.max_steps_spin.setValue(1000)
        self.max_steps_spin.setKeyboardTracking(False)
        self.max_steps_spin.setToolTip(translate("FunctionPanel", "the run stops after this many steps"))
        form.addRow(translate("FunctionPanel", "step limit"), self.max_steps_spin)
        self.tolerance_spin = ScientificSpinBox(0.0, 1e3, 1e-6, logarithmic=True)
        self.tolerance_spin.setObjectName("toleranceSpin")
        self.tolerance_spin.setToolTip(translate("FunctionPanel", "the run has converged when ‖∇f‖ falls below this"))
        form.addRow(translate("FunctionPanel", "tolerance ‖∇f‖ <"), self.tolerance_spin)
        layout.addWidget(settings_box)

        # -- playback ----------------------------------------------------------
        playback_box = PlaybackBox("", 20.0, translate("FunctionPanel", "Back to the start point (R)"))
        playback = playback_box.rows
        self.play_button, self.step_button, self.reset_button = playback_box.buttons
        self.speed_slider, self.speed_label = playback_box.speed_slider, playback_box.speed_label
        playback_box.speed_changed.connect(self.speed_changed)
        view_row = QtWidgets.QHBoxLayout()
        self.log_loss_check = QtWidgets.QCheckBox(translate("FunctionPanel", "log-scale loss"))
        self.log_loss_check.setObjectName("logLossCheck")
        self.log_loss_check.setChecked(True)
        self.fit_view_button = QtWidgets.QPushButton(translate("FunctionPanel", "Fit view to path"))
        self.fit_view_button.setObjectName("fitViewButton")
        view_row.addWidget(self.log_loss_check)
        view_row.addWidget(self.fit_view_button)
        playback.addLayout(view_row)

        # the tab keeps Play, Step and Reset in view below the scrolling settings
        self.playback_box = playback_box
        curvature_box = QtWidgets.QGroupBox(translate("FunctionPanel", "Curvature at the current point"))
        curvature_layout = QtWidgets.QVBoxLayout(curvature_box)
        self.curvature_label = QtWidgets.QLabel()
        self.curvature_label.setObjectName("curvatureLabel")
        self.curvature_label.setWordWrap(True)
        self.curvature_label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.curvature_label.setMinimumWidth(60)
        self.curvature_label.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
        curvature_layout.addWidget(LayoutFence(self.curvature_label))  # its text follows a playing run
        # a readout: the tab shows it beside the contour, with the step panel
        self.curvature_box = curvature_box
        layout.addStretch(1)

        # -- wiring ---------------------------------------------------------------
        self.function_timer = QtCore.QTimer(self)
        self.function_timer.setSingleShot(True)
        self.function_timer.setInterval(FUNCTION_PAUSE_MS)
        self.function_timer.timeout.connect(self._emit_function)
        self.function_edit.textEdited.connect(lambda _text: self.function_timer.start())
        self.function_edit.returnPressed.connect(self._emit_function)
        self.preset_combo.activated.connect(self._on_preset)
        self.learning_rate.changed.connect(self.learning_rate_changed)
        self.start_x_spin.valueChanged.connect(self._emit_start)
        self.start_y_spin.valueChanged.connect(self._emit_start)
        self.optimizer_field.changed.connect(self._emit_optimizer)
        self.line_search_combo.currentIndexChanged.connect(self._emit_line_search)
        self.noise_spin.valueChanged.connect(self._emit_noise)
        self.seed_spin.valueChanged.connect(self._emit_noise)
        self.schedule_combo.currentIndexChanged.connect(lambda i: self.schedule_changed.emit(self.schedule_combo.itemData(i)))
        self.schedule_settings.edited.connect(self.schedule_settings_edited)
        self.max_steps_spin.valueChanged.connect(self._emit_limits)
        self.tolerance_spin.valueChanged.connect(self._emit_limits)
        self.play_button.clicked.connect(self.play_clicked)
        self.step_button.clicked.connect(self.step_clicked)
        self.reset_button.clicked.connect(self.reset_clicked)
        self.log_loss_check.toggled.connect(self.log_loss_toggled)
        self.evaluations_axis_check.toggled.connect(self.evaluations_axis_toggled)
        self.fit_view_button.clicked.connect(self.fit_view_clicked)

    def set_zoom(self, zoom: float) -> None:
        set_plot_zoom(self.schedule_plot.getPlotItem(), zoom)
        self.sizes.apply(zoom)

    # -- what the window shows here ------------------------------------------------
    def show_function(self, text: str) -> None:
        """Put text in the function field (a preset or a session) without re-emitting."""
        self.function_timer.stop()
        self.function_edit.setText(text)

    def show_function_ok(self, html_gradient: str) -> None:
        self.function_error.hide()
        self.function_error.clear()
        self.function_edit.setProperty("invalid", False)
        self.function_edit.setStyleSheet("")
        self.gradient_label.setText(html_gradient)

    def show_function_error(self, message: str, column: int | None) -> None:
        self.function_error.setText(message)
        self.function_error.show()
        self.function_edit.setProperty("invalid", True)
        self.function_edit.setStyleSheet("QLineEdit { border: 2px solid #d9304f; }")
        if column is not None:
            self.function_edit.setToolTip(message)

    def show_preset_note(self, note: str | None) -> None:
        self.preset_note.setText(note or "")
        self.preset_note.setVisible(bool(note))

    def set_values(self, learning_rate: float, start, optimizer: str, hyperparameters: dict, max_steps: int, tolerance: float) -> None:
        """Show a whole set of settings (preset or session) without emitting signals."""
        widgets = (self.start_x_spin, self.start_y_spin, self.max_steps_spin, self.tolerance_spin)
        blocked = [w.blockSignals(True) for w in widgets]
        self.start_x_spin.setValue(start[0])
        self.start_y_spin.setValue(start[1])
        self.max_steps_spin.setValue(max_steps)
        self.tolerance_spin.setValue(tolerance)
        for widget, was in zip(widgets, blocked):
            widget.blockSignals(was)
        self.learning_rate.show(learning_rate)
        self.optimizer_field.show(optimizer, hyperparameters)
        self._enable_line_search()

    def show_line_search(self, rule: str, c1: float, c2: float, shrink: float) -> None:
        """Show the step-size rule and its constants without emitting signals."""
        widgets = (self.line_search_combo, *self.search_spins.values())
        blocked = [w.blockSignals(True) for w in widgets]
        self.line_search_combo.setCurrentIndex(max(self.line_search_combo.findData(rule), 0))
        for key, value in (("c1", c1), ("c2", c2), ("shrink", shrink)):
            self.search_spins[key].setValue(value)
        for widget, was in zip(widgets, blocked):
            widget.blockSignals(was)
        self._show_constants()
        self.show_search_error(None)

    def show_noise(self, sigma: float, seed: int) -> None:
        """Show σ and the seed without emitting signals."""
        for widget, value in ((self.noise_spin, sigma), (self.seed_spin, seed)):
            blocked = widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(blocked)
        self.show_noise_error(None)

    def show_noise_error(self, message: str | None) -> None:
        self.noise_error.setText(message or "")
        self.noise_error.setVisible(bool(message))

    def _emit_noise(self) -> None:
        self.noise_changed.emit(self.noise_spin.value(), self.seed_spin.value())

    def show_search_error(self, message: str | None) -> None:
        self.search_error.setText(message or "")
        self.search_error.setVisible(bool(message))

    def line_search(self) -> str:
        return self.line_search_combo.currentData()

    def search_constants_values(self) -> dict[str, float]:
        return {key: spin.value() for key, spin in self.search_spins.items()}

    def _show_constants(self) -> None:
        info = line_search_info(self.line_search())
        used = {"c1": info.uses_c1, "c2": info.uses_c2, "shrink": info.uses_shrink}
        for key, on in used.items():
            self.search_spins[key].setVisible(on)
            self.search_labels[key].setVisible(on)
        self.search_constants.setVisible(any(used.values()))

    def _enable_line_search(self) -> None:
        """A search pairs with a direction (gd, newton, bfgs, lbfgs, cg); the momentum family
        makes its own step with the fixed γ."""
        searchable = self.optimizer() in SEARCHABLE
        self.line_search_combo.setEnabled(searchable)
        self.line_search_combo.setToolTip(
            translate("FunctionPanel", "The step size α of w ← w + αd: the fixed γ, or a line search whose first trial is γ")
            if searchable
            else translate("FunctionPanel", "This optimizer makes its whole step with the fixed γ: a line search pairs with a direction")
        )

    def show_schedule(self, schedule: Schedule, step_limit: int, steps, rates, formula: str) -> None:
        """Select ``schedule``'s kind and show its settings without emitting, and draw
        its γ_t curve (``steps``, ``rates``: t = 0 … the step limit)."""
        blocked = self.schedule_combo.blockSignals(True)
        self.schedule_combo.setCurrentIndex(self.schedule_combo.findData(schedule.kind))
        self.schedule_combo.blockSignals(blocked)
        self.schedule_settings.display(schedule, step_limit)
        self.schedule_curve.setData(steps, rates)
        top = float(max(rates.max(), 1e-300)) if len(rates) else 1.0
        self.schedule_plot.setYRange(0.0, 1.1 * top, padding=0)
        # the whole run: t from 0 to the last update index drawn (the step limit)
        self.schedule_plot.setXRange(0.0, float(max(steps[-1], 1)) if len(steps) else 1.0, padding=0)
        self.schedule_plot.setToolTip(formula)

    def show_schedule_error(self, message: str | None, name: str | None = None) -> None:
        """A typed schedule setting is not valid (None: they all are)."""
        self.schedule_settings.show_error(message, name)

    def set_start(self, x: float, y: float) -> None:
        for spin, value in ((self.start_x_spin, x), (self.start_y_spin, y)):
            blocked = spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(blocked)

    def set_playing(self, playing: bool) -> None:
        self.play_button.setText(translate("FunctionPanel", "Pause") if playing else translate("FunctionPanel", "Play"))

    def speed(self) -> float:
        return SPEEDS[self.speed_slider.value()]

    @property
    def hyperparameter_widgets(self) -> dict[str, QtWidgets.QWidget]:
        return self.optimizer_field.widgets

    def hyperparameters(self) -> dict[str, float]:
        return self.optimizer_field.hyperparameters()

    def optimizer(self) -> str:
        return self.optimizer_field.optimizer()

    # -- internals ----------------------------------------------------------------
    def _emit_function(self) -> None:
        self.function_timer.stop()
        self.function_edited.emit(self.function_edit.text())

    def _on_preset(self, index: int) -> None:
        name = self.preset_combo.itemData(index)
        blocked = self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(0)
        self.preset_combo.blockSignals(blocked)
        if name:
            self.preset_chosen.emit(name)

    def _emit_start(self) -> None:
        self.start_changed.emit(self.start_x_spin.value(), self.start_y_spin.value())

    def _emit_limits(self) -> None:
        self.limits_changed.emit(self.max_steps_spin.value(), self.tolerance_spin.value())

    def _emit_optimizer(self) -> None:
        self._enable_line_search()
        self.optimizer_changed.emit(self.optimizer(), self.hyperparameters())

    def _emit_line_search(self) -> None:
        self._show_constants()
        self.line_search_changed.emit(self.line_search(), self.search_constants_values())
