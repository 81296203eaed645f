"""The MLP tab's control panel: task and data, the network f_w, the loss L(w), the descent
and playback. It turns what the person does into signals and shows what the tab tells it;
it computes nothing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP

from gdstudio.core.descent.directions import SEARCHABLE
from gdstudio.core.descent.line_search import line_search_info
from gdstudio.core.descent.optimizers import NETWORK_OPTIMIZERS
from gdstudio.core.descent.schedules import CONSTANT, SCHEDULE_KINDS, SCHEDULE_TITLES, Schedule
from gdstudio.core.mlp.datasets import (
    CLASS_TARGET,
    DEFAULT_SAMPLES,
    DEFAULT_TEST_FRACTION,
    MAX_CLASSES,
    MAX_NOISE,
    MAX_SAMPLES,
    MAX_SEED,
    MAX_TEST_FRACTION,
    MIN_SAMPLES,
    TASKS,
    VALUE_TARGET,
    Dataset,
    DataSettings,
)
from gdstudio.core.mlp.fan import EPOCH, MAX_SHOWN_DRAWS, FanSettings
from gdstudio.core.mlp.network import ACTIVATIONS, INIT_SCHEMES, loss_name
from gdstudio.core.mlp.presets import LINE_FIT, PRESETS
from gdstudio.core.mlp.training import TrainingSettings
from gdstudio.core.mlp.weight_space import METHODS, PATH, PCA, RANDOM
from gdstudio.ui.common.fields import SPEEDS, LearningRateField, OptimizerField, PlaybackBox
from gdstudio.ui.common.widgets import DecimalSpinBox, ScientificSpinBox
from gdstudio.ui.common.zoom import error_colour, make_note

translate = QtCore.QCoreApplication.translate

OPEN_CSV = "__csv__"
PRESET_PREFIX = "preset:"  # the task list's entries for the presets of gdstudio.core.mlp.presets


# the planes in the order of the core's METHODS (each item's tool tip is its METHODS sentence)
PLANE_TITLES = {
    PATH: QT_TRANSLATE_NOOP("MLPPanel", "path plane"),
    PCA: QT_TRANSLATE_NOOP("MLPPanel", "PCA plane"),
    RANDOM: QT_TRANSLATE_NOOP("MLPPanel", "random plane"),
}
PLANES = {method: PLANE_TITLES.get(method, method) for method in METHODS}
# the mini-batch of the race when the batch field says "full batch": the line fit's
DEFAULT_RACE_BATCH = LINE_FIT.race_batch_size


LOSSES = (("ce", QT_TRANSLATE_NOOP("MLPPanel", "cross-entropy (ce)")), ("mse", QT_TRANSLATE_NOOP("MLPPanel", "squared error (mse)")))


INIT_TITLES = {"xavier": "Glorot / Xavier", "he": "He", "uniform": QT_TRANSLATE_NOOP("MLPPanel", "small uniform ±0.1")}


# the activations' names as the list shows them (the core's names are the data)
ACTIVATION_TITLES = {
    "tanh": QT_TRANSLATE_NOOP("MLPPanel", "tanh"),
    "relu": QT_TRANSLATE_NOOP("MLPPanel", "relu"),
    "sigmoid": QT_TRANSLATE_NOOP("MLPPanel", "sigmoid"),
    "linear": QT_TRANSLATE_NOOP("MLPPanel", "linear"),
}


TARGET_TITLES = (
    (CLASS_TARGET, QT_TRANSLATE_NOOP("MLPPanel", "class labels")),
    (VALUE_TARGET, QT_TRANSLATE_NOOP("MLPPanel", "values to fit (regression)")),
)


def _form_spin(minimum: int, maximum: int, value: int, name: str, tip: str) -> QtWidgets.QSpinBox:
    spin = QtWidgets.QSpinBox()
    spin.setRange(minimum, maximum)
    spin.setValue(value)
    spin.setKeyboardTracking(False)
    spin.setObjectName(name)
    spin.setToolTip(tip)
    return spin


class MLPControlPanel(QtWidgets.QWidget):
    """The MLP tab's controls: data, network, loss, descent, playback.  It computes nothing."""

    task_chosen = QtCore.Signal(str)  # a built-in task's name, or OPEN_CSV
    data_changed = QtCore.Signal()  # samples, noise, test fraction, data seed or a file's target
    hidden_entered = QtCore.Signal(str)
    settings_changed = QtCore.Signal()  # anything that starts a new run
    reinitialise_clicked = QtCore.Signal()
    learning_rate_changed = QtCore.Signal(float)
    play_clicked = QtCore.Signal()
    step_clicked = QtCore.Signal()
    reset_clicked = QtCore.Signal()
    speed_changed = QtCore.Signal(float)
    plane_changed = QtCore.Signal(str)
    refit_clicked = QtCore.Signal()
    race_toggled = QtCore.Signal(bool)
    log_loss_toggled = QtCore.Signal(bool)
    fan_changed = QtCore.Signal()  # the fan shown or hidden, its B or its draws
    batch_loss_toggled = QtCore.Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("mlpControlPanel")
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)

        # -- data ------------------------------------------------------------------
        data_box = QtWidgets.QGroupBox(translate("MLPPanel", "Task and data"))
        form = QtWidgets.QFormLayout(data_box)
        self.task_combo = QtWidgets.QComboBox()
        self.task_combo.setObjectName("mlpTaskCombo")
        for task in TASKS.values():
            self.task_combo.addItem(task.title, task.name)
            self.task_combo.setItemData(self.task_combo.count() - 1, task.note, QtCore.Qt.ItemDataRole.ToolTipRole)
        self.task_combo.insertSeparator(self.task_combo.count())
        for preset in PRESETS.values():
            self.task_combo.addItem(preset.title, PRESET_PREFIX + preset.name)
            self.task_combo.setItemData(self.task_combo.count() - 1, preset.note, QtCore.Qt.ItemDataRole.ToolTipRole)
        self.task_combo.insertSeparator(self.task_combo.count())
        self.task_combo.addItem(translate("MLPPanel", "Open CSV…"), OPEN_CSV)
        self.task_combo.setItemData(
            self.task_combo.count() - 1,
            translate("MLPPanel", "Your own data: x1,x2,label rows (classification), x1,x2,t or x,t rows (regression)"),
            QtCore.Qt.ItemDataRole.ToolTipRole,
        )
        form.addRow(translate("MLPPanel", "task"), self.task_combo)
        self.task_note = QtWidgets.QLabel()
        self.task_note.setObjectName("mlpTaskNote")
        self.task_note.setWordWrap(True)
        make_note(self.task_note)
        form.addRow(self.task_note)
        self.samples_spin = _form_spin(
            MIN_SAMPLES, MAX_SAMPLES, DEFAULT_SAMPLES, "mlpSamplesSpin", translate("MLPPanel", "number of points before the split")
        )
        self.samples_spin.setSingleStep(50)
        form.addRow(translate("MLPPanel", "samples"), self.samples_spin)
        self.noise_spin = ScientificSpinBox(0.0, MAX_NOISE, 0.05)
        self.noise_spin.setObjectName("mlpNoiseSpin")
        self.noise_spin.setSingleStep(0.01)
        self.noise_spin.setToolTip(translate("MLPPanel", "standard deviation of the Gaussian noise added to the points"))
        form.addRow(translate("MLPPanel", "noise"), self.noise_spin)
        self.test_fraction_spin = DecimalSpinBox()  # 0,2 in German, and 0.2 too
        self.test_fraction_spin.setObjectName("mlpTestFractionSpin")
        self.test_fraction_spin.setRange(0.0, MAX_TEST_FRACTION)
        self.test_fraction_spin.setSingleStep(0.05)
        self.test_fraction_spin.setDecimals(2)
        self.test_fraction_spin.setValue(DEFAULT_TEST_FRACTION)
        self.test_fraction_spin.setKeyboardTracking(False)
        self.test_fraction_spin.setToolTip(translate("MLPPanel", "the share of the points held out as the test set"))
        form.addRow(translate("MLPPanel", "test fraction"), self.test_fraction_spin)
        self.data_seed_spin = _form_spin(
            0,
            MAX_SEED,
            0,
            "mlpDataSeedSpin",
            translate(
                "MLPPanel",
                "the seed of the data: which points are drawn and which are held out for testing "
                "(the initial weights have their own seed, under Network)",
            ),
        )
        form.addRow(translate("MLPPanel", "data seed"), self.data_seed_spin)
        self.target_combo = QtWidgets.QComboBox()
        self.target_combo.setObjectName("mlpTargetCombo")
        for target, title in TARGET_TITLES:
            self.target_combo.addItem(translate("MLPPanel", title), target)
        self.target_combo.setToolTip(
            translate(
                "MLPPanel",
                "how the file's last column is read: class labels (whole numbers) or real values to fit; "
                "the first guess is class labels for whole numbers with 2 to {classes} different values",
            ).format(classes=MAX_CLASSES)
        )
        form.addRow(translate("MLPPanel", "last column"), self.target_combo)
        self.data_form = form
        form.setRowVisible(self.target_combo, False)  # for a file with two features only
        layout.addWidget(data_box)

        # -- network ---------------------------------------------------------------
        network_box = QtWidgets.QGroupBox(translate("MLPPanel", "Network f_w"))
        form = QtWidgets.QFormLayout(network_box)
        self.hidden_edit = QtWidgets.QLineEdit("8,8")
        self.hidden_edit.setObjectName("mlpHiddenEdit")
        self.hidden_edit.setPlaceholderText(translate("MLPPanel", "widths, for example 8,8"))
        self.hidden_edit.setToolTip(
            translate("MLPPanel", "hidden layer widths separated by commas (0 or empty: no hidden layer); Enter applies")
        )
        form.addRow(translate("MLPPanel", "hidden layers"), self.hidden_edit)
        self.hidden_error = QtWidgets.QLabel()
        self.hidden_error.setObjectName("mlpHiddenError")
        self.hidden_error.setWordWrap(True)
        self.hidden_error.setStyleSheet(f"color: {error_colour()};")
        self.hidden_error.hide()
        form.addRow(self.hidden_error)
        self.activation_combo = QtWidgets.QComboBox()
        self.activation_combo.setObjectName("mlpActivationCombo")
        for name in ACTIVATIONS:
            self.activation_combo.addItem(translate("MLPPanel", ACTIVATION_TITLES[name]) if name in ACTIVATION_TITLES else name, name)
        form.addRow(translate("MLPPanel", "activation φ"), self.activation_combo)
        self.init_combo = QtWidgets.QComboBox()
        self.init_combo.setObjectName("mlpInitCombo")
        for name in INIT_SCHEMES:
            self.init_combo.addItem(translate("MLPPanel", INIT_TITLES[name]) if name in INIT_TITLES else name, name)
        form.addRow(translate("MLPPanel", "initialisation"), self.init_combo)
        seed_row = QtWidgets.QHBoxLayout()
        self.seed_spin = _form_spin(0, 2**31 - 1, 0, "mlpSeedSpin", translate("MLPPanel", "the seed of the random initial weights w₀"))
        self.seed_spin.setAccessibleName(translate("MLPPanel", "seed of the initial weights w₀"))
        self.reinit_button = QtWidgets.QPushButton(translate("MLPPanel", "Re-initialise"))
        self.reinit_button.setObjectName("mlpReinitButton")
        self.reinit_button.setToolTip(translate("MLPPanel", "new random weights w₀ (the next seed)"))
        seed_row.addWidget(self.seed_spin, 1)
        seed_row.addWidget(self.reinit_button)
        form.addRow(translate("MLPPanel", "seed"), seed_row)
        self.network_label = QtWidgets.QLabel()
        self.network_label.setObjectName("mlpNetworkLabel")
        self.network_label.setWordWrap(True)
        form.addRow(self.network_label)
        layout.addWidget(network_box)

        # -- loss --------------------------------------------------------------------
        loss_box = QtWidgets.QGroupBox(translate("MLPPanel", "Loss L(w)"))
        form = QtWidgets.QFormLayout(loss_box)
        self.loss_combo = QtWidgets.QComboBox()
        self.loss_combo.setObjectName("mlpLossCombo")
        for name, title in LOSSES:
            self.loss_combo.addItem(translate("MLPPanel", title), name)
        form.addRow(translate("MLPPanel", "per-example E"), self.loss_combo)
        self.reduction_combo = QtWidgets.QComboBox()
        self.reduction_combo.setObjectName("mlpReductionCombo")
        self.reduction_combo.addItem(translate("MLPPanel", "sum Σᵢ (the lesson's L)"), "sum")
        self.reduction_combo.addItem(translate("MLPPanel", "mean (1/N) Σᵢ"), "mean")
        form.addRow(translate("MLPPanel", "reduction"), self.reduction_combo)
        self.l2_spin = ScientificSpinBox(0.0, 10.0, 0.0)
        self.l2_spin.setObjectName("mlpL2Spin")
        self.l2_spin.setSingleStep(0.001)
        self.l2_spin.setToolTip(translate("MLPPanel", "L2 regularisation: adds (λ/2)‖W‖² (weights, not biases) to L"))
        form.addRow("L2 λ", self.l2_spin)
        self.reduction_label = QtWidgets.QLabel()
        self.reduction_label.setObjectName("mlpReductionLabel")
        self.reduction_label.setWordWrap(True)
        form.addRow(self.reduction_label)
        layout.addWidget(loss_box)

        # -- descent -----------------------------------------------------------------
        descent_box = QtWidgets.QGroupBox(translate("MLPPanel", "Descent  w ← w − γ∇L(w)"))
        form = QtWidgets.QFormLayout(descent_box)
        self.batch_size_spin = _form_spin(
            0,
            100_000,
            0,
            "mlpBatchSizeSpin",
            translate("MLPPanel", "mini-batch size for SGD; full batch is the lesson's gradient descent"),
        )
        self.batch_size_spin.setSpecialValueText(translate("MLPPanel", "full batch"))
        form.addRow(translate("MLPPanel", "batch size"), self.batch_size_spin)
        self.race_check = QtWidgets.QCheckBox()
        self.race_check.setObjectName("mlpRaceCheck")
        self.race_check.setToolTip(
            translate(
                "MLPPanel",
                "two runs from the same w₀ in lockstep on the (w, b) map: full-batch gradient descent and mini-batch SGD, "
                "or, with a γ schedule chosen, mini-batch SGD with a constant γ and with the schedule on the same batches "
                "(for a network with two weights, where the map is the whole weight space)",
            )
        )
        form.addRow(self.race_check)
        self.learning_rate = LearningRateField("mlp", 0.01, "∇L(w)", self)
        self.learning_rate_spin, self.learning_rate_slider = self.learning_rate.spin, self.learning_rate.slider
        self.learning_rate.add_rows(form)
        # γ's schedule: the kind here; its settings are the preset's or the session's (or the
        # core's defaults), kept when the kind changes back and forth
        self._schedule = CONSTANT
        self.schedule_combo = QtWidgets.QComboBox()
        self.schedule_combo.setObjectName("mlpScheduleCombo")
        self.schedule_combo.setAccessibleName(translate("MLPPanel", "learning-rate schedule"))
        for kind in SCHEDULE_KINDS:
            self.schedule_combo.addItem(SCHEDULE_TITLES[kind], kind)  # the core's title
        form.addRow(translate("MLPPanel", "γ schedule"), self.schedule_combo)
        self.schedule_note = QtWidgets.QLabel()
        self.schedule_note.setObjectName("mlpScheduleNote")
        self.schedule_note.setWordWrap(True)
        make_note(self.schedule_note)
        form.addRow(self.schedule_note)
        self._show_schedule_note()
        self.show_race_batch(DEFAULT_RACE_BATCH)
        # a network trains with the fixed-γ rules or L-BFGS (no Hessian, no d × d matrix)
        self.optimizer_field = OptimizerField("mlp", self, names=NETWORK_OPTIMIZERS)
        self.optimizer_combo, self.hyperparameter_box = self.optimizer_field.combo, self.optimizer_field.box
        self.optimizer_field.add_rows(form)
        # the step size: the fixed γ, or (on the full batch) a strong-Wolfe search, the way
        # scikit-learn's solver="lbfgs" trains small networks
        self.line_search_combo = QtWidgets.QComboBox()
        self.line_search_combo.setObjectName("mlpLineSearchCombo")
        for name in ("fixed", "strong-wolfe", "armijo"):
            self.line_search_combo.addItem(line_search_info(name).title, name)  # the core's title
        self.line_search_combo.setAccessibleName(translate("MLPPanel", "step size rule"))
        form.addRow(translate("MLPPanel", "step size α"), self.line_search_combo)
        self.line_search_note = QtWidgets.QLabel(
            translate(
                "MLPPanel",
                "Newton, BFGS and conjugate gradients are for typed functions: a network's loss has no Hessian to hand "
                "and BFGS's matrix would hold d × d numbers. A line search needs the full batch.",
            )
        )
        self.line_search_note.setWordWrap(True)
        make_note(self.line_search_note)
        form.addRow(self.line_search_note)
        self.line_search_combo.currentIndexChanged.connect(lambda _i: self.settings_changed.emit())
        self.optimizer_field.changed.connect(self._enable_line_search)
        self.batch_size_spin.valueChanged.connect(lambda _v: self._enable_line_search())
        self.max_steps_spin = _form_spin(
            0, 10_000_000, 1500, "mlpMaxStepsSpin", translate("MLPPanel", "the run stops after this many steps")
        )
        form.addRow(translate("MLPPanel", "step limit"), self.max_steps_spin)
        layout.addWidget(descent_box)

        # -- the minibatch fan ---------------------------------------------------------------
        fan_box = QtWidgets.QGroupBox(translate("MLPPanel", "Minibatch gradients"))
        form = QtWidgets.QFormLayout(fan_box)
        self.fan_check = QtWidgets.QCheckBox(translate("MLPPanel", "Show the fan: batch gradients around ∇L"))
        self.fan_check.setObjectName("mlpFanCheck")
        self.fan_check.setToolTip(
            translate(
                "MLPPanel",
                "at the point shown, −g_B of each minibatch (thin) around −∇L of the full batch (thick) on the weight-space "
                "map, with their mean (dashed): exact on the two-weight map, projected on the plane otherwise",
            )
        )
        form.addRow(self.fan_check)
        self.fan_slider = QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal)
        self.fan_slider.setObjectName("mlpFanBatchSlider")
        self.fan_slider.setRange(1, 350)
        self.fan_slider.setValue(10)
        self.fan_slider.setToolTip(
            translate("MLPPanel", "B of the fan's batches: B = N collapses the fan onto ∇L, B = 1 spreads it widest")
        )
        self.fan_slider.setAccessibleName(translate("MLPPanel", "batch size B of the fan"))
        self.fan_batch_label = QtWidgets.QLabel()
        self.fan_batch_label.setObjectName("mlpFanBatchLabel")
        fan_row = QtWidgets.QHBoxLayout()
        fan_row.addWidget(self.fan_slider, 1)
        fan_row.addWidget(self.fan_batch_label)
        form.addRow(translate("MLPPanel", "fan's B"), fan_row)
        self.fan_draws_combo = QtWidgets.QComboBox()
        self.fan_draws_combo.setObjectName("mlpFanDrawsCombo")
        self.fan_draws_combo.addItem(translate("MLPPanel", "one epoch's batches"), "epoch")
        self.fan_draws_combo.addItem(translate("MLPPanel", "K random batches"), "random")
        self.fan_draws_combo.setAccessibleName(translate("MLPPanel", "which batches the fan draws"))
        self.fan_draws_spin = _form_spin(
            1, MAX_SHOWN_DRAWS, 100, "mlpFanDrawsSpin", translate("MLPPanel", "K: how many random batches of B the fan draws")
        )
        self.fan_draws_spin.setAccessibleName(translate("MLPPanel", "K, the fan's random batches"))
        draws_row = QtWidgets.QHBoxLayout()
        draws_row.addWidget(self.fan_draws_combo, 1)
        draws_row.addWidget(self.fan_draws_spin)
        form.addRow(translate("MLPPanel", "draws"), draws_row)
        self.fan_readout = QtWidgets.QLabel()
        self.fan_readout.setObjectName("mlpFanReadout")
        self.fan_readout.setWordWrap(True)
        self.fan_readout.setTextFormat(QtCore.Qt.TextFormat.RichText)
        form.addRow(self.fan_readout)
        self.noise_note = make_note(QtWidgets.QLabel())
        self.noise_note.setObjectName("mlpNoiseBallNote")
        self.noise_note.setWordWrap(True)
        form.addRow(self.noise_note)
        self.show_fan_batch()
        layout.addWidget(fan_box)

        # -- playback ------------------------------------------------------------------
        playback_box = PlaybackBox("mlp", 0.0, translate("MLPPanel", "Back to the initial weights w₀ (R)"))
        playback = playback_box.rows
        self.play_button, self.step_button, self.reset_button = playback_box.buttons
        self.speed_slider, self.speed_label = playback_box.speed_slider, playback_box.speed_label
        plane_row = QtWidgets.QHBoxLayout()
        self.plane_combo = QtWidgets.QComboBox()
        self.plane_combo.setObjectName("mlpPlaneCombo")
        self.plane_combo.setAccessibleName(translate("MLPPanel", "weight-space plane"))
        for method, title in PLANES.items():
            self.plane_combo.addItem(translate("MLPPanel", title), method)
            self.plane_combo.setItemData(self.plane_combo.count() - 1, METHODS[method], QtCore.Qt.ItemDataRole.ToolTipRole)
        plane_row.addWidget(QtWidgets.QLabel(translate("MLPPanel", "weight-space plane")))
        plane_row.addWidget(self.plane_combo, 1)
        playback.addLayout(plane_row)
        self.refit_button = QtWidgets.QPushButton(translate("MLPPanel", "Re-fit the plane to the path"))
        self.refit_button.setObjectName("mlpRefitButton")
        self.refit_button.setToolTip(translate("MLPPanel", "choose the plane again from the path so far, with a new map and colour scale"))
        self.refit_button.setFocusPolicy(QtCore.Qt.FocusPolicy.TabFocus)
        playback.addWidget(self.refit_button)
        self.log_loss_check = QtWidgets.QCheckBox(translate("MLPPanel", "log-scale loss"))
        self.log_loss_check.setObjectName("mlpLogLossCheck")
        self.log_loss_check.setChecked(True)
        playback.addWidget(self.log_loss_check)
        self.batch_loss_check = QtWidgets.QCheckBox(translate("MLPPanel", "minibatch loss beside the training loss"))
        self.batch_loss_check.setObjectName("mlpBatchLossCheck")
        self.batch_loss_check.setToolTip(
            translate(
                "MLPPanel",
                "draws L_B(w_t), the loss of the minibatch that made each step, as a mean E per example: "
                "it jumps from batch to batch around the full training loss",
            )
        )
        self.batch_loss_check.setEnabled(False)
        playback.addWidget(self.batch_loss_check)
        # the tab keeps these in view below the scrolling settings
        self.playback_box = playback_box
        self.error_label = QtWidgets.QLabel()
        self.error_label.setObjectName("mlpError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {error_colour()};")
        self.error_label.hide()
        layout.addStretch(1)

        # -- wiring ----------------------------------------------------------------------
        self.task_combo.activated.connect(lambda index: self.task_chosen.emit(self.task_combo.itemData(index)))
        for spin in (self.samples_spin, self.noise_spin, self.test_fraction_spin, self.data_seed_spin):
            spin.valueChanged.connect(self.data_changed)
        self.target_combo.currentIndexChanged.connect(self.data_changed)
        self.hidden_edit.returnPressed.connect(self._emit_hidden)
        self.hidden_edit.editingFinished.connect(self._emit_hidden)
        for combo in (self.activation_combo, self.init_combo, self.loss_combo, self.reduction_combo):
            combo.currentIndexChanged.connect(self.settings_changed)
        for spin in (self.seed_spin, self.l2_spin, self.batch_size_spin, self.max_steps_spin):
            spin.valueChanged.connect(self.settings_changed)
        self.reinit_button.clicked.connect(self.reinitialise_clicked)
        self.learning_rate.changed.connect(self.learning_rate_changed)
        self.optimizer_field.changed.connect(self.settings_changed)
        self.play_button.clicked.connect(self.play_clicked)
        self.step_button.clicked.connect(self.step_clicked)
        self.reset_button.clicked.connect(self.reset_clicked)
        playback_box.speed_changed.connect(self.speed_changed)
        self.plane_combo.currentIndexChanged.connect(lambda _i: self.plane_changed.emit(self.plane()))
        self.refit_button.clicked.connect(self.refit_clicked)
        self.race_check.toggled.connect(self.race_toggled)
        self.batch_size_spin.valueChanged.connect(lambda value: self.show_race_batch(value or DEFAULT_RACE_BATCH))
        self.log_loss_check.toggled.connect(self.log_loss_toggled)
        self.batch_loss_check.toggled.connect(self.batch_loss_toggled)
        self.schedule_combo.currentIndexChanged.connect(self._on_schedule_kind)
        self.fan_check.toggled.connect(self.fan_changed)
        self.fan_slider.valueChanged.connect(self.show_fan_batch)
        self.fan_slider.valueChanged.connect(self.fan_changed)
        self.fan_draws_combo.currentIndexChanged.connect(self.show_fan_batch)
        self.fan_draws_combo.currentIndexChanged.connect(self.fan_changed)
        self.fan_draws_spin.valueChanged.connect(self.fan_changed)
        self._last_hidden = self.hidden_edit.text()

    # -- the fan ---------------------------------------------------------------------
    def fan_request(self) -> tuple[int, str | int] | None:
        """(B, "epoch" or K) of the fan asked for, or None when it is hidden."""
        if not self.fan_check.isChecked():
            return None
        draws = "epoch" if self.fan_draws_combo.currentData() == "epoch" else self.fan_draws_spin.value()
        return self.fan_slider.value(), draws

    def fan_settings(self) -> FanSettings:
        """The fan as a session keeps it."""
        draws = EPOCH if self.fan_draws_combo.currentData() == "epoch" else self.fan_draws_spin.value()
        return FanSettings(self.fan_check.isChecked(), self.fan_slider.value(), draws)

    def show_fan(self, fan: FanSettings) -> None:
        """Show a session's fan (its B kept within the training points) and ask for it once."""
        widgets = (self.fan_check, self.fan_slider, self.fan_draws_combo, self.fan_draws_spin)
        blocked = [w.blockSignals(True) for w in widgets]
        self.fan_check.setChecked(fan.shown)
        self.fan_slider.setValue(min(max(fan.batch_size, 1), self.fan_slider.maximum()))
        self.fan_draws_combo.setCurrentIndex(self.fan_draws_combo.findData("epoch" if fan.draws == EPOCH else "random"))
        if fan.draws != EPOCH:
            self.fan_draws_spin.setValue(int(fan.draws))
        for widget, was in zip(widgets, blocked):
            widget.blockSignals(was)
        self.show_fan_batch()
        self.fan_changed.emit()

    def show_fan_batch(self) -> None:
        self.fan_batch_label.setText(
            translate("MLPPanel", "B = {batch} of {count}").format(batch=self.fan_slider.value(), count=self.fan_slider.maximum())
        )
        self.fan_draws_spin.setEnabled(self.fan_draws_combo.currentData() != "epoch")

    def set_fan_range(self, count: int, batch_size: int | None) -> None:
        """The fan's B from 1 to the ``count`` training points, at the run's B (or the one it had)."""
        blocked = self.fan_slider.blockSignals(True)
        self.fan_slider.setRange(1, count)
        if batch_size is not None:
            self.fan_slider.setValue(min(batch_size, count))
        self.fan_slider.blockSignals(blocked)
        self.show_fan_batch()

    # -- reading ---------------------------------------------------------------------
    def speed(self) -> float:
        return SPEEDS[self.speed_slider.value()]

    def plane(self) -> str:
        return self.plane_combo.currentData()

    def race_batch_size(self) -> int:
        """B of the race: the batch size field's, or DEFAULT_RACE_BATCH when it says full batch."""
        return self.batch_size_spin.value() or DEFAULT_RACE_BATCH

    def show_plane(self, method: str) -> None:
        """Show the plane ``method`` without emitting signals."""
        blocked = self.plane_combo.blockSignals(True)
        self.plane_combo.setCurrentIndex(max(self.plane_combo.findData(method), 0))
        self.plane_combo.blockSignals(blocked)

    def show_race_batch(self, batch_size: int) -> None:
        """The race the check starts: full batch against mini-batches of B, or with a
        schedule chosen, a constant γ against it on the same mini-batches of B."""
        schedule = self.schedule()
        if schedule.is_constant:
            self.race_check.setText(translate("MLPPanel", "Race full batch against mini-batches of {batch}").format(batch=batch_size))
        else:
            self.race_check.setText(
                translate("MLPPanel", "Race constant γ against {schedule} on mini-batches of {batch}").format(
                    schedule=schedule.title, batch=batch_size
                )
            )

    def schedule(self) -> Schedule:
        """The γ schedule chosen: its kind from the list, its settings kept from the last one shown."""
        return self._schedule.with_kind(self.schedule_combo.currentData())

    def _on_schedule_kind(self) -> None:
        self._show_schedule_note()
        self.show_race_batch(self.race_batch_size())
        self.settings_changed.emit()

    def _show_schedule_note(self) -> None:
        schedule = self.schedule()
        self.schedule_note.setText("" if schedule.is_constant else f"{schedule.formula}: {schedule.note}")
        self.schedule_note.setVisible(not schedule.is_constant)

    def show_batch_loss_choice(self, mini_batch: bool) -> None:
        """The minibatch loss is there to draw only for a run on mini-batches."""
        self.batch_loss_check.setEnabled(mini_batch)

    def show_plane_choice(self, exact: bool) -> None:
        """A network with two weights has no plane to choose: the map is the whole weight space."""
        self.plane_combo.setEnabled(not exact)
        self.plane_combo.setToolTip(translate("MLPPanel", "two weights: the map is the whole weight space, L(w, b)") if exact else "")
        self.race_check.setEnabled(exact)
        if not exact:
            blocked = self.race_check.blockSignals(True)
            self.race_check.setChecked(False)
            self.race_check.blockSignals(blocked)

    def optimizer(self) -> str:
        return self.optimizer_field.optimizer()

    @property
    def hyperparameter_widgets(self) -> dict[str, QtWidgets.QWidget]:
        return self.optimizer_field.widgets

    def hyperparameters(self) -> dict[str, float]:
        return self.optimizer_field.hyperparameters()

    def data_settings(self, current: DataSettings) -> DataSettings:
        """``current`` (a task's or a file's data settings) with the samples, noise,
        test fraction, data seed and the file's target the fields show."""
        common = {"test_fraction": round(self.test_fraction_spin.value(), 6), "seed": self.data_seed_spin.value()}
        if current.is_file:
            target = self.target_combo.currentData() if self.data_form.isRowVisible(self.target_combo) else current.target
            return replace(current, target=target, **common)
        return replace(current, samples=self.samples_spin.value(), noise=self.noise_spin.value(), **common)

    def settings(self, hidden: tuple[int, ...]) -> TrainingSettings:
        """The training settings the widgets show (``hidden`` already checked)."""
        batch = self.batch_size_spin.value()
        return TrainingSettings(
            hidden=hidden,
            activation=self.activation_combo.currentData(),
            loss=loss_name(self.loss_combo.currentData()),  # the core's own name, as sessions write it
            reduction=self.reduction_combo.currentData(),
            init=self.init_combo.currentData(),
            seed=self.seed_spin.value(),
            l2=self.l2_spin.value(),
            batch_size=batch or None,
            learning_rate=self.learning_rate_spin.value(),
            optimizer=self.optimizer(),
            hyperparameters=self.hyperparameters(),
            max_steps=self.max_steps_spin.value(),
            line_search=self._line_search(),
            schedule=self.schedule(),
        )

    def _line_search(self) -> str:
        """The chosen step size where it applies (gd or L-BFGS on the full batch), else the fixed γ."""
        if self.optimizer() in SEARCHABLE and not self.batch_size_spin.value():
            return self.line_search_combo.currentData()
        return "fixed"

    def _enable_line_search(self) -> None:
        self.line_search_combo.setEnabled(self.optimizer() in SEARCHABLE and not self.batch_size_spin.value())

    # -- showing -----------------------------------------------------------------------
    def show_settings(self, settings: TrainingSettings, loss: str) -> None:
        """Show a whole set of training settings without emitting signals."""
        widgets = (
            self.hidden_edit,
            self.activation_combo,
            self.init_combo,
            self.seed_spin,
            self.loss_combo,
            self.reduction_combo,
            self.l2_spin,
            self.batch_size_spin,
            self.max_steps_spin,
        )
        blocked = [w.blockSignals(True) for w in widgets]
        self.hidden_edit.setText(",".join(map(str, settings.hidden)) or "0")
        self._last_hidden = self.hidden_edit.text()
        self.activation_combo.setCurrentIndex(self.activation_combo.findData(settings.activation))
        self.init_combo.setCurrentIndex(self.init_combo.findData(settings.init))
        self.seed_spin.setValue(int(settings.seed))
        self.loss_combo.setCurrentIndex(self.loss_combo.findData(loss))
        self.reduction_combo.setCurrentIndex(self.reduction_combo.findData(settings.reduction))
        self.l2_spin.setValue(settings.l2)
        self.batch_size_spin.setValue(settings.batch_size or 0)
        self.max_steps_spin.setValue(settings.max_steps)
        for widget, was in zip(widgets, blocked):
            widget.blockSignals(was)
        self.learning_rate.show(settings.learning_rate)
        self.optimizer_field.show(settings.optimizer, dict(settings.hyperparameters))
        blocked = self.line_search_combo.blockSignals(True)
        self.line_search_combo.setCurrentIndex(max(self.line_search_combo.findData(settings.line_search), 0))
        self.line_search_combo.blockSignals(blocked)
        self._enable_line_search()
        self._schedule = settings.schedule
        blocked = self.schedule_combo.blockSignals(True)
        self.schedule_combo.setCurrentIndex(max(self.schedule_combo.findData(settings.schedule.kind), 0))
        self.schedule_combo.blockSignals(blocked)
        self._show_schedule_note()
        self.show_race_batch(self.race_batch_size())
        self.show_hidden_error(None)

    def show_data(self, data: DataSettings, dataset: Dataset) -> None:
        """Show the data set in use — a built-in task or a file — and the settings it
        was made with, without emitting signals."""
        combo = self.task_combo
        key = data.path if data.is_file else data.task
        if data.is_file and combo.findData(key) < 0:  # a file: one entry for it, above the separator
            for old in range(combo.count() - 1, -1, -1):
                entry = combo.itemData(old)
                if entry not in TASKS and entry not in (OPEN_CSV, None) and not str(entry).startswith(PRESET_PREFIX):
                    combo.removeItem(old)
            combo.insertItem(combo.findData(None), "", key)  # before the separator
        if data.is_file:
            name = Path(data.path).name
            kind = translate("MLPPanel", "{name} (classes)") if dataset.is_classification else translate("MLPPanel", "{name} (regression)")
            combo.setItemText(combo.findData(key), kind.format(name=name))
            if dataset.is_classification:
                what = translate("MLPPanel", "{classes} classes").format(classes=dataset.classes)
            elif dataset.features == 2:
                what = translate("MLPPanel", "a regression of {target} on ({features})").format(
                    target=dataset.target_name, features=", ".join(dataset.feature_names)
                )
            else:
                what = translate("MLPPanel", "a regression of {target} on {feature}").format(
                    target=dataset.target_name, feature=dataset.feature_names[0]
                )
            note = translate("MLPPanel", "{name}: {rows} rows, {what}").format(name=name, rows=len(dataset.inputs), what=what)
        else:
            note = TASKS[data.task].note
        widgets = (combo, self.samples_spin, self.noise_spin, self.test_fraction_spin, self.data_seed_spin, self.target_combo)
        blocked = [w.blockSignals(True) for w in widgets]
        combo.setCurrentIndex(combo.findData(key))
        self.task_note.setText(note)
        if not data.is_file:
            self.samples_spin.setValue(data.samples)
            self.noise_spin.setValue(TASKS[data.task].noise if data.noise is None else data.noise)
        self.test_fraction_spin.setValue(data.test_fraction)
        self.data_seed_spin.setValue(data.seed)
        self.target_combo.setCurrentIndex(max(self.target_combo.findData(data.target), 0))
        for widget, was in zip(widgets, blocked):
            widget.blockSignals(was)
        for spin in (self.samples_spin, self.noise_spin):
            spin.setEnabled(not data.is_file)
        # only a file with two features and a last column can read that column either way
        self.data_form.setRowVisible(self.target_combo, data.is_file and dataset.features == 2)

    def show_hidden_error(self, message: str | None) -> None:
        self.hidden_error.setText(message or "")
        self.hidden_error.setVisible(bool(message))
        self.hidden_edit.setStyleSheet("QLineEdit { border: 2px solid #d9304f; }" if message else "")

    def show_error(self, message: str | None) -> None:
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))

    def set_playing(self, playing: bool) -> None:
        self.play_button.setText(translate("MLPPanel", "Pause") if playing else translate("MLPPanel", "Play"))

    # -- internals ---------------------------------------------------------------------
    def _emit_hidden(self) -> None:
        text = self.hidden_edit.text()
        if text == self._last_hidden and self.hidden_error.isHidden():
            return  # Enter and then the focus leaving: one change, not two
        self._last_hidden = text
        self.hidden_entered.emit(text)
