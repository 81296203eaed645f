"""Fields shared by the tabs' control panels: the playback box (Play, Step, Reset,
speed), the learning-rate field (spin box and log slider) and the optimizer field
with its hyper-parameters. They turn what the person does into signals."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from gdstudio.core.descent.optimizers import OPTIMIZERS, optimizer_info
from gdstudio.core.session import LEARNING_RATE_RANGE
from gdstudio.ui.common.widgets import LogSlider, ScientificSpinBox

translate = QtCore.QCoreApplication.translate

SPEEDS = (1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 250.0, 1000.0, 0.0)  # steps per second; 0: as fast as possible


def speed_text(steps_per_second: float) -> str:
    if steps_per_second == 0:
        return translate("PlaybackBox", "as fast as possible")
    if steps_per_second == 1:
        return translate("PlaybackBox", "1 step per second")
    return translate("PlaybackBox", "{speed} steps per second").format(speed=f"{steps_per_second:g}")


def prefixed(prefix: str, base: str) -> str:
    """An object name in a panel: ``prefix`` + ``base``, the first letter upper-cased
    after a prefix (``mlp`` + playButton → mlpPlayButton; no prefix: playButton)."""
    return prefix + base[0].upper() + base[1:] if prefix else base


class PlaybackBox(QtWidgets.QGroupBox):
    """The "Playback" group both studio panels share: Play/Pause, Step and Reset
    buttons and the speed slider, with ``rows`` (its layout) open for more rows.
    Object names are ``prefix`` + playButton, stepButton, resetButton, speedSlider
    (see :func:`prefixed`). ``speed_changed`` carries steps per second (0: as fast
    as possible)."""

    speed_changed = QtCore.Signal(float)

    def __init__(self, prefix: str, speed: float, reset_tip: str, parent=None):
        super().__init__(translate("PlaybackBox", "Playback"), parent)

        def name(base: str) -> str:
            return prefixed(prefix, base)

        self.rows = QtWidgets.QVBoxLayout(self)
        buttons = QtWidgets.QHBoxLayout()
        self.buttons = []
        for text, base, tip in (
            (translate("PlaybackBox", "Play"), "playButton", translate("PlaybackBox", "Play or pause (Space)")),
            (translate("PlaybackBox", "Step"), "stepButton", translate("PlaybackBox", "Exactly one update (→)")),
            (translate("PlaybackBox", "Reset"), "resetButton", reset_tip),
        ):
            button = QtWidgets.QPushButton(text)
            button.setObjectName(name(base))
            button.setToolTip(tip)
            button.setFocusPolicy(QtCore.Qt.FocusPolicy.TabFocus)
            buttons.addWidget(button)
            self.buttons.append(button)
        self.rows.addLayout(buttons)
        speed_row = QtWidgets.QHBoxLayout()
        self.speed_slider = QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal)
        self.speed_slider.setObjectName(name("speedSlider"))
        self.speed_slider.setAccessibleName(translate("PlaybackBox", "playback speed"))
        self.speed_slider.setRange(0, len(SPEEDS) - 1)
        self.speed_slider.setPageStep(1)
        self.speed_slider.setValue(SPEEDS.index(speed))
        self.speed_label = QtWidgets.QLabel(speed_text(speed))
        self.speed_label.setMinimumWidth(130)
        speed_row.addWidget(QtWidgets.QLabel(translate("PlaybackBox", "speed")))
        speed_row.addWidget(self.speed_slider, 1)
        speed_row.addWidget(self.speed_label)
        self.rows.addLayout(speed_row)
        self.speed_slider.valueChanged.connect(self._on_speed)

    def _on_speed(self, position: int) -> None:
        self.speed_label.setText(speed_text(SPEEDS[position]))
        self.speed_changed.emit(SPEEDS[position])


class LearningRateField(QtCore.QObject):
    """γ as a spin box and a log-scale slider kept in step (a value from the slider is
    rounded to three digits). ``changed`` carries each new γ. Object names are
    ``prefix`` + learningRateSpin and learningRateSlider."""

    changed = QtCore.Signal(float)

    def __init__(self, prefix: str, value: float, gradient: str, parent=None):
        super().__init__(parent)
        self.spin = ScientificSpinBox(*LEARNING_RATE_RANGE, value, logarithmic=True)
        self.spin.setObjectName(prefixed(prefix, "learningRateSpin"))
        self.spin.setToolTip(
            translate("LearningRateField", "γ, the step size: w ← w − γ{gradient}. Up/down multiply or divide by 10^¼.").format(
                gradient=gradient
            )
        )
        self.slider = LogSlider(*LEARNING_RATE_RANGE)
        self.slider.setObjectName(prefixed(prefix, "learningRateSlider"))
        self.slider.setAccessibleName(translate("LearningRateField", "learning rate γ on a log scale"))
        self.slider.setToolTip(translate("LearningRateField", "γ on a log scale from 1e-5 to 10"))
        self.slider.set_real_value(value)
        self.spin.valueChanged.connect(self._on_spin)
        self.slider.value_changed.connect(self._on_slider)

    def add_rows(self, form: QtWidgets.QFormLayout) -> None:
        form.addRow(translate("LearningRateField", "learning rate γ"), self.spin)
        form.addRow("", self.slider)

    def value(self) -> float:
        return self.spin.value()

    def show(self, value: float) -> None:
        """Show ``value`` without emitting ``changed``."""
        blocked = self.spin.blockSignals(True)
        self.spin.setValue(value)
        self.spin.blockSignals(blocked)
        self.slider.set_real_value(value)

    def _on_spin(self, value: float) -> None:
        self.slider.set_real_value(value)
        self.changed.emit(value)

    def _on_slider(self, value: float) -> None:
        rounded = float(f"{value:.3g}")
        blocked = self.spin.blockSignals(True)
        self.spin.setValue(rounded)
        self.spin.blockSignals(blocked)
        self.changed.emit(rounded)


class OptimizerField(QtCore.QObject):
    """The optimizer choice and a form of its hyperparameters, rebuilt for each
    optimizer. ``changed`` follows a new optimizer or a new hyperparameter value.
    Object names are ``prefix`` + optimizerCombo, and hyper_NAME (``mlp_hyper_NAME``
    with a prefix) for each hyperparameter."""

    changed = QtCore.Signal()

    def __init__(self, prefix: str, parent=None, names=None):
        """``names``: the optimizers offered (all of them by default)."""
        super().__init__(parent)
        self.prefix = prefix
        self.combo = QtWidgets.QComboBox()
        self.combo.setObjectName(prefixed(prefix, "optimizerCombo"))
        for name, cls in OPTIMIZERS.items():
            if names is not None and name not in names:
                continue
            self.combo.addItem(cls.info.title, name)
            self.combo.setItemData(self.combo.count() - 1, cls.info.note, QtCore.Qt.ItemDataRole.ToolTipRole)
        self.box = QtWidgets.QWidget()
        self.form = QtWidgets.QFormLayout(self.box)
        self.form.setContentsMargins(12, 0, 0, 0)
        self.widgets: dict[str, QtWidgets.QWidget] = {}
        self.combo.currentIndexChanged.connect(self._on_combo)
        self._rebuild("gd", {})

    def add_rows(self, form: QtWidgets.QFormLayout) -> None:
        form.addRow(translate("OptimizerField", "optimizer"), self.combo)
        form.addRow(self.box)

    def optimizer(self) -> str:
        return self.combo.currentData()

    def hyperparameters(self) -> dict[str, float]:
        values = {}
        for name, widget in self.widgets.items():
            values[name] = float(widget.isChecked()) if isinstance(widget, QtWidgets.QCheckBox) else widget.value()
        return values

    def show(self, optimizer: str, values: dict) -> None:
        """Show ``optimizer`` with its hyperparameters ``values`` without emitting ``changed``."""
        blocked = self.combo.blockSignals(True)
        self.combo.setCurrentIndex(self.combo.findData(optimizer))
        self.combo.blockSignals(blocked)
        self._rebuild(optimizer, values)

    def _on_combo(self, index: int) -> None:
        self._rebuild(self.combo.itemData(index), {})
        self.changed.emit()

    def _rebuild(self, name: str, values: dict) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.widgets = {}
        info = optimizer_info(name)
        for h in info.hyperparameters:
            value = values.get(h.name, h.default)
            if h.integer_like:
                widget = QtWidgets.QCheckBox()
                widget.setChecked(bool(value))
                widget.toggled.connect(self.changed)
            else:
                widget = ScientificSpinBox(h.minimum, h.maximum, value)
                widget.setSingleStep(0.01 if h.maximum <= 1 else 0.1)
                widget.valueChanged.connect(self.changed)
            widget.setObjectName(f"{self.prefix}_hyper_{h.name}" if self.prefix else f"hyper_{h.name}")
            widget.setToolTip(h.note)
            self.form.addRow(h.label, widget)
            self.widgets[h.name] = widget
        self.box.setVisible(bool(info.hyperparameters))


# the settings column's least width at 100 % (it asks for what its settings need, see SettingsScroll)
SIDE_PANEL_WIDTH = 340
COMBO_CHARACTERS = 14  # the characters a settings combo box asks room for


class SettingsScroll(QtWidgets.QScrollArea):
    """The settings column's scroll area: the width it asks for holds its settings and
    the vertical scroll bar beside them (a plain QScrollArea leaves the bar out, so the
    column, given exactly what it asks for, scrolled sideways by the bar's width)."""

    def sizeHint(self) -> QtCore.QSize:
        hint = super().sizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        if self.verticalScrollBarPolicy() != QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOn:
            hint.setWidth(hint.width() + bar)
        return hint


def side_panel(settings: QtWidgets.QWidget, pinned: list[QtWidgets.QWidget], name: str) -> QtWidgets.QWidget:
    """A tab's left column: ``settings`` scroll, the ``pinned`` widgets (Play, Step and
    Reset, an error line) stay in view below them at any window height and zoom. At a
    large zoom on a small screen the column is narrower than its settings, which then
    scroll sideways too (the column's minimum width stops growing with the zoom)."""
    # a combo box asks for the width of a short name, not of its longest item (a long
    # translated task name would widen the whole column); its list shows every name whole
    for combo in settings.findChildren(QtWidgets.QComboBox):
        combo.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_CHARACTERS)
    scroll = SettingsScroll()
    scroll.setWidgetResizable(True)
    scroll.setWidget(settings)
    scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    # Tab goes from one setting to the next (the area scrolls to each), not to the area itself
    scroll.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
    column = QtWidgets.QWidget()
    column.setObjectName(name)
    layout = QtWidgets.QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 4)
    layout.setSpacing(0)
    layout.addWidget(scroll, 1)
    holder = QtWidgets.QWidget()
    holder_layout = QtWidgets.QVBoxLayout(holder)
    holder_layout.setContentsMargins(8, 2, 8, 0)
    for widget in pinned:
        holder_layout.addWidget(widget)
    layout.addWidget(holder)
    return column
