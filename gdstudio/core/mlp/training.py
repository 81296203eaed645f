"""An MLP training run: its settings, the task defaults, the γ that suits the mean
reduction, and :class:`Training`, which ties a data set, a network and a descent
together for the studio's worker thread and the command line."""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from gdstudio.core.descent.engine import DEFAULT_TOLERANCE, Descent, RunSettings, Status, StepRecord, step_records
from gdstudio.core.descent.optimizers import NETWORK_OPTIMIZERS, optimizer_info
from gdstudio.core.descent.report import evaluations_dict
from gdstudio.core.descent.schedules import CONSTANT, Schedule
from gdstudio.core.mlp.datasets import Dataset
from gdstudio.core.mlp.history import NETWORK_HISTORY_BYTES, NetworkHistory, StepBuffer
from gdstudio.core.mlp.network import (
    CROSS_ENTROPY,
    MLP,
    REDUCTIONS,
    SQUARED_ERROR,
    BatchOrder,
    DecisionGrid,
    MiniBatchObjective,
    MLPError,
    MLPObjective,
    accuracy,
    decision_grid,
    fitted_curve,
    loss_name,
    mean_squared_error,
    network_sizes,
    output_for,
)
from gdstudio.core.words import translate

# -- a training run ----------------------------------------------------------------------

TRAIN = "train"
TEST = "test"


@dataclass(frozen=True)
class TrainingSettings:
    """Everything that defines an MLP training run apart from the data.

    ``loss`` None means cross-entropy for classification and mse for regression;
    ``batch_size`` None (or ≥ the training set) means full-batch gradient descent;
    ``seed`` draws the initial weights w₀ and the mini-batch order (the data have a
    seed of their own, :attr:`gdstudio.core.mlp.datasets.DataSettings.seed`);
    ``schedule`` makes update t use γ_t = schedule(γ, t) (constant: γ itself)."""

    hidden: tuple[int, ...] = (8, 8)
    activation: str = "tanh"
    loss: str | None = None
    reduction: str = "sum"
    init: str = "xavier"
    seed: int = 0
    l2: float = 0.0
    batch_size: int | None = None
    learning_rate: float = 0.01
    optimizer: str = "gd"
    hyperparameters: Mapping[str, float] = field(default_factory=dict)
    max_steps: int = 1000
    tolerance: float = DEFAULT_TOLERANCE
    # the step size: the fixed γ, or (full batch only, for gd and lbfgs) a line search
    line_search: str = "fixed"
    schedule: Schedule = CONSTANT

    def as_dict(self) -> dict[str, Any]:
        # the step size and the schedule only where they are not the plain fixed γ, so
        # the reports of plain runs stay as they were
        extra: dict[str, Any] = {} if self.line_search == "fixed" else {"line_search": self.line_search}
        if not self.schedule.is_constant:
            extra["schedule"] = self.schedule.for_steps(self.max_steps).to_dict()
        return {
            "hidden": list(self.hidden),
            "activation": self.activation,
            "loss": self.loss,
            "reduction": self.reduction,
            "init": self.init,
            "seed": int(self.seed),
            "l2": float(self.l2),
            "batch_size": self.batch_size,
            "lr": float(self.learning_rate),
            "optimizer": self.optimizer,
            "hyperparameters": {k: float(v) for k, v in dict(self.hyperparameters).items()},
            "max_steps": int(self.max_steps),
            "tol": float(self.tolerance),
            **extra,
        }


# Optimisers that divide the gradient by a running measure of its own size: scaling
# the gradient by c leaves their steps unchanged (up to ε).
SCALE_FREE_OPTIMIZERS = frozenset({"adagrad", "rmsprop", "adam"})


def learning_rate_for_reduction(learning_rate: float, optimizer: str, reduction: str, examples: int, tuned_for: str = "sum") -> float:
    """The γ that takes, with the loss reduced by ``reduction``, the steps that
    ``learning_rate`` takes with the loss reduced by ``tuned_for``.

    ∇[(1/N) Σᵢ E] = (1/N) ∇[Σᵢ E], N the examples in each gradient (the training set,
    or a mini-batch).  Gradient descent, momentum and Nesterov step by γ times the
    gradient, so the mean needs γ_mean = N γ_sum (and the sum γ_sum = γ_mean / N).
    AdaGrad, RMSProp and Adam divide the gradient by its own running size, so their
    steps do not depend on its scale (up to ε): γ stays.  An L2 penalty is not
    reduced, so with λ > 0 the two runs differ in the penalty's weight."""
    for name in (reduction, tuned_for):
        if name not in REDUCTIONS:
            raise MLPError(f"unknown reduction {name!r}: choose sum or mean")
    if not (isinstance(examples, (int, np.integer)) and examples >= 1):
        raise MLPError(f"the number of examples per gradient must be a whole number ≥ 1, not {examples}")
    if reduction == tuned_for or optimizer in SCALE_FREE_OPTIMIZERS:
        return float(learning_rate)
    return float(learning_rate) * examples if reduction == "mean" else float(learning_rate) / examples


def examples_per_gradient(settings: TrainingSettings, train_size: int) -> int:
    """N in each gradient: the training set, or the mini-batch when it is smaller."""
    if settings.batch_size is not None and settings.batch_size < train_size:
        return int(settings.batch_size)
    return int(train_size)


def reduction_note(task_learning_rate: float, learning_rate: float, optimizer: str, examples: int) -> str:
    """One sentence on the γ a task's defaults take with the mean reduction (see
    :func:`learning_rate_for_reduction`), for the status bar and the command line."""
    if optimizer in SCALE_FREE_OPTIMIZERS:
        return translate(
            "MLPTraining",
            "γ = {learning_rate}, the task's own: {optimizer} divides the gradient by its running size, "
            "so the mean and the sum take the same steps",
        ).format(learning_rate=f"{learning_rate:g}", optimizer=optimizer)
    return translate(
        "MLPTraining",
        "γ = {learning_rate} = {task_learning_rate} × N: the task's γ = {task_learning_rate} is tuned for the sum, "
        "and the mean's gradient is N = {examples} times smaller",
    ).format(learning_rate=f"{learning_rate:g}", task_learning_rate=f"{task_learning_rate:g}", examples=examples)


def settings_for_task(task_name: str, train_size: int | None = None, **changes) -> TrainingSettings:
    """The documented default settings of a built-in task, with ``changes`` applied.

    The task's γ is tuned for the loss Σᵢ E.  When ``changes`` ask for the mean
    reduction and give no learning rate, γ becomes the one that takes the same steps
    (:func:`learning_rate_for_reduction`), which needs ``train_size``, the number
    of training points."""
    from gdstudio.core.mlp.datasets import TASKS

    task = TASKS[task_name]
    base = TrainingSettings(
        hidden=task.hidden,
        activation=task.activation,
        optimizer=task.optimizer,
        learning_rate=task.learning_rate,
        max_steps=task.steps,
    )
    settings = replace(base, **changes)
    if settings.reduction != "sum" and "learning_rate" not in changes:
        if train_size is None:
            raise MLPError("the task's γ is tuned for the sum: converting it for the mean needs the training-set size")
        examples = examples_per_gradient(settings, train_size)
        settings = replace(
            settings,
            learning_rate=learning_rate_for_reduction(task.learning_rate, settings.optimizer, settings.reduction, examples),
        )
    return settings


@dataclass(frozen=True)
class Metrics:
    """How the network does at one w.

    ``train_loss`` and ``test_loss`` are the lesson's L on each set — its E, its
    reduction (a sum grows with the number of points) and its L2 penalty.
    ``train_loss_per_example`` and ``test_loss_per_example`` are (1/N) Σᵢ E on each
    set, without the penalty, so that the two can share one axis whatever the sets'
    sizes; the penalty (λ/2)‖W‖², the same for both sets since it depends on w only,
    is ``penalty``.  Accuracy for classification, mean squared error for regression."""

    train_loss: float
    test_loss: float
    train_accuracy: float | None
    test_accuracy: float | None
    train_mse: float | None
    test_mse: float | None
    train_loss_per_example: float = float("nan")
    test_loss_per_example: float = float("nan")
    penalty: float = 0.0


def quiet_numbers():
    """A context in which numpy says nothing about overflow and NaN: a diverging run
    (γ far too large) overflows on purpose, the engine reports it as ``diverged``,
    and warnings on stderr would only hide that sentence."""
    return np.errstate(over="ignore", under="ignore", invalid="ignore", divide="ignore")


def step_readout(record: StepRecord) -> dict[str, float]:
    """The per-step numbers that link back to the lesson: ‖∇L(w_t)‖, the size of the
    update ‖Δw_t‖ (γ‖∇L‖ for plain descent), and L before and after the step."""
    return {
        "step": record.step,
        "gradient_norm": float(np.linalg.norm(record.gradient)),
        "update_norm": float(np.linalg.norm(record.update)),
        "learning_rate": record.learning_rate,
        "loss_before": record.loss_before,
        "loss": record.loss,
        "loss_change": record.loss - record.loss_before,
    }


class Training:
    """One MLP learning one data set by gradient descent, stepped by its owner.

    Made for a worker thread: :meth:`step` (or the generator :meth:`records`) makes
    updates and returns immutable :class:`StepRecord` objects (w before and after,
    L before and after, ∇L, the update Δw); :meth:`metrics`, :attr:`weights` and
    :attr:`path` read the state; nothing here touches a widget.  ``descent`` is the
    engine's :class:`Descent`, so γ can be changed between steps with
    :meth:`set_learning_rate`.  A new seed (re-initialise) is a new ``Training``.

    Threads: only the owner (the worker) may step, run or change the run.  The
    read-only evaluations — :meth:`metrics`, :meth:`decision_grid`,
    :meth:`fitted_curve` and :func:`gdstudio.core.mlp.weight_space.weight_slice` on
    :attr:`objective` — use no shared buffers, so they may run anywhere, given a
    copy of the weights (:attr:`weights` returns one).

    The first update loads the compiled kernel where numba is installed (see
    :func:`load_kernel`; slow once per process, in the owner's thread);
    ``use_kernel=False`` keeps to numpy.

    :attr:`objective` is the full, pure L(w) (``loss_and_gradient(points, batch)``);
    :attr:`step_objective` is what the engine steps: the same for full-batch descent,
    else a :class:`MiniBatchObjective` handing it the batches of :attr:`batch_order`
    (update t uses ``batch_order.batch(t)``).  The path is a :class:`NetworkHistory`,
    bounded by ``history_bytes`` (:data:`NETWORK_HISTORY_BYTES`): every step up to the
    budget, then every k-th step, the pinned ones and the exact last state; the loss
    of every step is kept."""

    def __init__(
        self,
        dataset: Dataset,
        settings: TrainingSettings = TrainingSettings(),
        weights=None,
        run_id: int = 0,
        use_kernel: bool = True,
        history_bytes: int = NETWORK_HISTORY_BYTES,
    ):
        self.dataset = dataset
        if settings.batch_size is not None and settings.batch_size >= len(dataset.train_inputs):
            # batches as large as the training set are the full batch: record what runs
            settings = replace(settings, batch_size=None)
        self.settings = settings
        self.run_id = run_id
        output, _ = output_for(dataset)
        self.network = MLP(network_sizes(dataset, settings.hidden), settings.activation, output)
        loss = loss_name(settings.loss) if settings.loss else (CROSS_ENTROPY if dataset.is_classification else SQUARED_ERROR)
        self.loss_kind = loss
        self.objective = MLPObjective(
            self.network, dataset.train_inputs, dataset.train_targets, loss, settings.reduction, settings.l2, use_kernel
        )
        self.test_objective = (
            MLPObjective(self.network, dataset.test_inputs, dataset.test_targets, loss, settings.reduction, settings.l2)
            if len(dataset.test_inputs)
            else None
        )
        if settings.optimizer not in NETWORK_OPTIMIZERS:
            raise MLPError(
                translate(
                    "MLPTraining",
                    "{optimizer} is for typed functions (it needs the Hessian, or a d × d matrix, "
                    "of the loss); a network trains with {optimizers}",
                ).format(optimizer=optimizer_info(settings.optimizer).title, optimizers=", ".join(NETWORK_OPTIMIZERS))
            )
        if settings.line_search != "fixed" and settings.batch_size is not None:
            raise MLPError(
                translate(
                    "MLPTraining", "a line search needs the full batch: with mini-batches f(w + αd) would change from one trial to the next"
                )
            )
        if settings.batch_size is not None:
            self.step_objective = MiniBatchObjective(self.objective, settings.batch_size, settings.seed)
        else:
            self.step_objective = self.objective
        start = self.network.initial_weights(settings.init, settings.seed) if weights is None else np.asarray(weights, dtype=float)
        if start.shape != (self.network.dimension,):
            raise MLPError(f"the network has {self.network.dimension} parameters, not {start.size}")
        self.initial = start.copy()
        try:
            run = RunSettings(
                start=tuple(start.tolist()),
                learning_rate=settings.learning_rate,
                optimizer=settings.optimizer,
                hyperparameters=dict(settings.hyperparameters),
                max_steps=settings.max_steps,
                tolerance=settings.tolerance,
                line_search=settings.line_search,
                schedule=settings.schedule,
            )
        except ValueError as error:
            raise MLPError(str(error)) from None
        self.run_settings = run
        descent = Descent(self.step_objective, [run], record=False)
        # the engine appends each new state to its trajectory: ours gathers a few and
        # hands them to the bounded history (which the property below reads)
        self._buffer = StepBuffer(NetworkHistory(self.network.dimension, history_bytes))
        self._buffer.append(descent.points[0], float(descent.loss[0]), descent.gradient[0])
        descent.trajectories = [self._buffer]
        self.descent = descent

    @property
    def history(self) -> NetworkHistory:
        """w_t, L(w_t), ∇L(w_t) of the kept steps and L of every step, up to the newest."""
        return self._buffer.flush()

    @property
    def is_classification(self) -> bool:
        return self.dataset.is_classification

    @property
    def mini_batch(self) -> bool:
        return self.step_objective is not self.objective

    @property
    def batch_order(self) -> BatchOrder | None:
        """The order of the mini-batches (None for full-batch descent)."""
        return self.step_objective.order if self.mini_batch else None

    def batch(self, step: int) -> np.ndarray | None:
        """The training points update ``step`` used (w_step → w_step+1); None for the full batch."""
        order = self.batch_order
        return None if order is None else order.batch(step)

    def epoch(self, step: int) -> int:
        """The epoch update ``step`` belongs to (0 for full-batch descent, whose every update is an epoch: t)."""
        order = self.batch_order
        return int(step) if order is None else order.epoch_of(step)

    def batch_lists(self) -> list[list[int]] | None:
        """The batch of every update made so far, as lists of training-row indices (the
        report's ``batches``); None for full-batch descent."""
        order = self.batch_order
        if order is None:
            return None
        return [batch.tolist() for batch in order.batches(0, self.steps)]

    @property
    def weights(self) -> np.ndarray:
        """The current w (a copy)."""
        return self.descent.points[0].copy()

    @property
    def steps(self) -> int:
        return int(self.descent.steps[0])

    @property
    def status(self) -> Status:
        return self.descent.status(0)

    @property
    def finished(self) -> bool:
        return self.descent.finished

    @property
    def loss(self) -> float:
        """L(w) now (the full training loss, also for mini-batch runs)."""
        return float(self.descent.loss[0])

    @property
    def gradient_norm(self) -> float:
        return float(np.linalg.norm(self.descent.gradient[0]))

    @property
    def path(self) -> np.ndarray:
        """The kept w_t, shape (rows, dimension): every w_0 … w_t while the history is
        within its budget, then the thinned rows (their steps in :attr:`path_steps`).
        A view; copy before handing it to another thread."""
        return self.history.points

    @property
    def path_steps(self) -> np.ndarray:
        """The step t of each row of :attr:`path` (increasing)."""
        return self.history.steps

    @property
    def loss_history(self) -> np.ndarray:
        """L(w_t) of every step t = 0 … :attr:`steps` (a view)."""
        return self.history.all_losses

    def pin(self, step: int) -> bool:
        """Keep w_step through every later thinning (a step a person looked at)."""
        return self.history.pin(step)

    def weights_at(self, step: int) -> tuple[int, np.ndarray]:
        """(t, w_t) for the kept step nearest to ``step`` (``step`` itself if it is kept; a copy)."""
        row = self.history.row_for(step)
        return int(self.history.steps[row]), self.history.points[row].copy()

    def set_learning_rate(self, learning_rate: float) -> None:
        if not (math.isfinite(learning_rate) and learning_rate > 0):
            raise MLPError(translate("MLPTraining", "the learning rate must be a positive number, not {value}").format(value=learning_rate))
        self.descent.learning_rates[0] = learning_rate

    def records(self) -> Iterator[StepRecord]:
        """Update until the run stops, yielding one record per update."""
        return step_records(self.descent, self.run_id)

    def step(self, count: int = 1) -> list[StepRecord]:
        """Make up to ``count`` updates (fewer if the run stops); their records."""
        records = []
        iterator = step_records(self.descent, self.run_id)
        for _ in range(count):
            record = next(iterator, None)
            if record is None:
                break
            records.append(record)
        return records

    def run(self, max_updates: int | None = None) -> None:
        """Update until the run stops (or ``max_updates`` updates), recording no step records."""
        self.descent.run(max_updates)

    def metrics(self, w: np.ndarray | None = None) -> Metrics:
        with quiet_numbers():
            return self._metrics(w)

    def _metrics(self, w: np.ndarray | None) -> Metrics:
        w = self.weights if w is None else np.asarray(w, dtype=float)
        data = self.dataset
        train_loss = float(self.objective.loss(w)[0])
        test_loss = float(self.test_objective.loss(w)[0]) if self.test_objective else float("nan")
        per_example = {
            "train_loss_per_example": float(self.loss_per_example(w, TRAIN)[0]),
            "test_loss_per_example": float(self.loss_per_example(w, TEST)[0]),
            "penalty": float(self.penalty(w)[0]),
        }
        if self.is_classification:
            return Metrics(
                train_loss,
                test_loss,
                accuracy(self.network, w, data.train_inputs, data.train_targets),
                accuracy(self.network, w, data.test_inputs, data.test_targets),
                None,
                None,
                **per_example,
            )
        return Metrics(
            train_loss,
            test_loss,
            None,
            None,
            mean_squared_error(self.network, w, data.train_inputs, data.train_targets),
            mean_squared_error(self.network, w, data.test_inputs, data.test_targets),
            **per_example,
        )

    def penalty(self, points: np.ndarray) -> np.ndarray:
        """(λ/2)‖W‖² for each w in ``points`` (one w, or rows of them): the part of L
        that the L2 setting adds, on the weights and not the biases (0 when λ = 0)."""
        points = np.asarray(points, dtype=float).reshape(-1, self.network.dimension)
        weights = points[:, self.network.weight_mask]
        return 0.5 * self.settings.l2 * np.einsum("ij,ij->i", weights, weights)

    def loss_per_example(self, points: np.ndarray, split: str = TRAIN, losses: np.ndarray | None = None) -> np.ndarray:
        """(1/N) Σᵢ E(f_w(xᵢ), yᵢ) over the ``train`` or ``test`` points, without the L2
        penalty, for each w in ``points`` (one w, or rows of them): the curves that
        compare on one axis however many points each set has (NaN with no test set).

        Given the lesson's ``losses`` L(w) at those points (the training set's: the
        run's loss history), it converts them instead of evaluating again:
        (L − penalty)/N for the sum, L − penalty for the mean.  Uses no shared buffer."""
        points = np.asarray(points, dtype=float).reshape(-1, self.network.dimension)
        if split not in (TRAIN, TEST):
            raise MLPError(f"the points are the {TRAIN} or the {TEST} set, not {split!r}")
        objective = self.objective if split == TRAIN else self.test_objective
        if objective is None:
            return np.full(len(points), np.nan)
        if losses is not None:
            if split != TRAIN:
                raise MLPError("only the training loss L(w) converts to a loss per example")
            values = np.asarray(losses, dtype=float).reshape(len(points)) - self.penalty(points)
            return values / objective.count if self.settings.reduction == "sum" else values
        with quiet_numbers():
            return self.network.batched_loss(points, objective.inputs, objective.targets, self.loss_kind, "mean", 0.0)

    @property
    def batches_evaluated(self) -> int:
        """How many minibatch losses L_B(w_t) the run holds (0 for full-batch descent)."""
        return len(self.step_objective.batch_losses) if self.mini_batch else 0

    def batch_loss_per_example(self, first: int, points: np.ndarray) -> np.ndarray:
        """The minibatch loss L_B(w_t) of update t's own batch as a mean E per example,
        without the L2 penalty: (L_B − penalty)/|B_t| for the sum, L_B − penalty for the
        mean, for t = ``first`` … ``first`` + k − 1, ``points`` the k weights w_t (the
        last batch of an epoch may be smaller).  The curve the loss plot draws beside
        the full training loss; empty for full-batch descent."""
        points = np.asarray(points, dtype=float).reshape(-1, self.network.dimension)
        order = self.batch_order
        if order is None:
            return np.empty(0)
        steps = np.arange(first, first + len(points))
        losses = self.step_objective.batch_losses[first : first + len(points)]
        values = losses - self.penalty(points)
        if self.settings.reduction == "sum":
            position = steps % order.batches_per_epoch
            values = values / np.minimum(order.batch_size, order.count - position * order.batch_size)
        return values

    def decision_grid(self, window=None, resolution: int = 120) -> DecisionGrid:
        return decision_grid(self.network, self.weights, window or self.dataset.bounds(), resolution)

    def fitted_curve(self, count: int = 300) -> tuple[np.ndarray, np.ndarray]:
        x_min, x_max, _, _ = self.dataset.bounds()
        return fitted_curve(self.network, self.weights, (x_min, x_max), count)

    def describe_loss(self) -> str:
        """What L is, in words, for the UI's label (γ means different things for sum and mean)."""
        if self.loss_kind == CROSS_ENTROPY:
            what = translate("MLPTraining", "cross-entropy")
        else:
            what = translate("MLPTraining", "squared error")
        how = "Σᵢ" if self.settings.reduction == "sum" else "(1/N) Σᵢ"
        text = f"L(w) = {how} E(f_w(xᵢ), yᵢ), E = {what}"
        if self.settings.l2:
            text += f" + (λ/2)‖W‖², λ = {self.settings.l2:g}"
        if self.mini_batch:
            order = self.batch_order
            text += translate("MLPTraining", "; mini-batches of {size}, {count} an epoch").format(
                size=order.batch_size, count=order.batches_per_epoch
            )
        return text

    def report(self) -> dict[str, Any]:
        """The run as one JSON-ready object (the schema of ``gdstudio run --task --json``,
        told in the README): with ``final.weights`` the network in PyTorch's layout
        (:meth:`weight_layers`), ``activation`` and ``output`` its activations, and for a
        linear regression with no hidden layer ``least_squares``, the closed-form optimum."""
        from gdstudio.core.mlp.least_squares import has_least_squares, least_squares
        from gdstudio.core.plain import finite_or_none

        metrics = self.metrics()
        data = self.dataset
        settings = self.settings.as_dict()
        settings["loss"] = "ce" if self.loss_kind == CROSS_ENTROPY else "mse"
        report = {
            "task": data.name,
            "kind": data.kind,
            "data": data.source.as_dict() if data.source is not None else None,
            "network": list(self.network.layer_sizes),
            "activation": self.network.activation,
            "output": self.network.output,
            "parameters": int(self.network.dimension),
            "train_size": int(len(data.train_inputs)),
            "test_size": int(len(data.test_inputs)),
            "settings": settings,
            "status": str(self.status),
            "steps": self.steps,
            "evaluations": evaluations_dict(self.descent.evaluations[0]),
            "loss": [finite_or_none(v) for v in self.loss_history],
            "final": {
                "loss": finite_or_none(self.loss),
                "grad_norm": finite_or_none(self.gradient_norm),
                "test_loss": finite_or_none(metrics.test_loss),
                "train_loss_per_example": finite_or_none(metrics.train_loss_per_example),
                "test_loss_per_example": finite_or_none(metrics.test_loss_per_example),
                "penalty": finite_or_none(metrics.penalty),
                "weights": self.weight_layers(),
            },
        }
        order = self.batch_order
        if order is not None:
            # the batches in the order the run used them: indices into the training rows
            # as :meth:`data_table` lists them; update t takes w_t to w_t+1 with batches[t]
            report["batches_per_epoch"] = order.batches_per_epoch
            report["batches"] = self.batch_lists()
        if self.history.thinned:
            report["history"] = {"kept": int(self.history.count), "stride": int(self.history.stride), "note": self.history.thinning_note()}
        if self.is_classification:
            report["class_labels"] = [_plain_label(v) for v in data.class_values]
            report["train_accuracy"] = finite_or_none(metrics.train_accuracy)
            report["test_accuracy"] = finite_or_none(metrics.test_accuracy)
        else:
            report["train_mse"] = finite_or_none(metrics.train_mse)
            report["test_mse"] = finite_or_none(metrics.test_mse)
        if has_least_squares(self.network, self.loss_kind):
            optimum = least_squares(self.objective)
            with quiet_numbers():
                distance = float(np.linalg.norm(self.weights - optimum.weights))
            report["least_squares"] = {**optimum.as_dict(), "distance": finite_or_none(distance)}
        return report

    def weight_layers(self, w: np.ndarray | None = None) -> list[dict[str, Any]]:
        """The weights w (default: now) as a list of layers, each ``{"weight": [[…]],
        "bias": […]}`` with ``weight`` of shape (outputs, inputs), as PyTorch's
        ``nn.Linear`` holds them (:meth:`MLP.linear_layers`); non-finite numbers as None.
        Inputs are never scaled before training, so nothing needs folding into the first
        layer: the raw columns of the data go straight in."""
        from gdstudio.core.plain import plain_list

        layers = self.network.linear_layers(self.weights if w is None else w)
        return [{"weight": plain_list(weight), "bias": plain_list(bias)} for weight, bias in layers]

    def data_table(self) -> tuple[list[str], list[list[Any]]]:
        """The data the run used, as a header and rows for a CSV file: the input columns
        (the file's own names, or x1, x2 / x), the target (the labels as written, or the
        values) and ``split`` (``train`` or ``test``), training rows first, in the order
        the run holds them.  With the report's weights it recomputes L independently."""
        data = self.dataset
        names = [_ascii_name(name) for name in data.feature_names]
        header = [*names, _ascii_name(data.target_name), "split"]
        rows: list[list[Any]] = []
        for split, inputs, targets in ((TRAIN, data.train_inputs, data.train_targets), (TEST, data.test_inputs, data.test_targets)):
            for point, target in zip(inputs.tolist(), np.asarray(targets).tolist()):
                value = _plain_label(data.class_values[int(target)]) if data.is_classification else float(target)
                rows.append([*point, value, split])
        return header, rows


_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")


def _ascii_name(name: str) -> str:
    """A column name with subscript digits written plainly (x₁ → x1), as CSV readers expect."""
    return str(name).translate(_SUBSCRIPTS)


def _plain_label(value: float) -> int | float:
    """A class label as written: whole numbers as integers (1, not 1.0)."""
    return int(value) if float(value).is_integer() else float(value)


class BatchRace:
    """Two runs on the same data, from the same w₀, stepped in lockstep: the smooth
    path and the noisy one on one landscape (on the exact bowl L(w, b) of the line
    fit, the true landscape).  The second run is always mini-batch SGD with batches of
    ``batch_size``; the first is what it is raced against:

    * ``schedule`` None: full-batch gradient descent (the noise of the mini-batches);
    * ``schedule`` a decaying one (1/t, …): the same mini-batches in the same order
      with a constant γ, the second run with γ_t = schedule(γ, t) (the noise ball:
      a constant γ ends in a cloud around the minimum, a decaying one shrinks it).

    Both runs take ``settings`` (their seed draws w₀ and the batch order; its own
    schedule is replaced by the race's), and its γ is the full batch's.  With the sum
    reduction a batch's gradient Σ_{i∈B} ∇E is on average B/N of the full one, so for
    gradient descent, momentum and Nesterov a mini-batch run's γ is N/B times that γ:
    each SGD step is on average the full step, and the race shows the noise, not a
    shorter stride (``match_steps=False`` keeps one γ for all).  With the mean, or with
    AdaGrad, RMSProp or Adam, the γ is the same.  Both losses are the full training
    loss L(w_t), so the curves compare."""

    def __init__(
        self,
        dataset: Dataset,
        settings: TrainingSettings,
        batch_size: int,
        run_id: int = 0,
        match_steps: bool = True,
        schedule: Schedule | None = None,
    ):
        if not (isinstance(batch_size, (int, np.integer)) and not isinstance(batch_size, bool) and batch_size >= 1):
            raise MLPError(translate("MLPTraining", "the batch size must be a whole number ≥ 1, not {value}").format(value=batch_size))
        if schedule is not None and (not isinstance(schedule, Schedule) or schedule.is_constant):
            raise MLPError(
                translate(
                    "MLPTraining",
                    "a race of schedules needs a schedule that changes γ (1/t, step, exponential, cosine), not a constant one",
                )
            )
        count = len(dataset.train_inputs)
        if batch_size >= count:
            if schedule is None:
                message = translate(
                    "MLPTraining", "a race against the full batch needs batches smaller than the {count} training points, not {size}"
                )
            else:
                message = translate(
                    "MLPTraining",
                    "a race against a constant γ on mini-batches needs batches smaller than the {count} training points, not {size}",
                )
            raise MLPError(message.format(count=count, size=batch_size))
        plain = replace(settings, schedule=CONSTANT)
        learning_rate = settings.learning_rate
        if match_steps and settings.reduction == "sum" and settings.optimizer not in SCALE_FREE_OPTIMIZERS:
            learning_rate = settings.learning_rate * count / batch_size
        mini = replace(plain, batch_size=int(batch_size), learning_rate=learning_rate)
        if schedule is None:
            first = Training(dataset, replace(plain, batch_size=None), run_id=run_id)
            second = Training(dataset, mini, weights=first.initial, run_id=run_id)
            self.labels = (
                translate("MLPBatchRace", "full batch (N = {count})").format(count=count),
                translate("MLPBatchRace", "mini-batches of {size}, γ = {learning_rate}").format(
                    size=int(batch_size), learning_rate=f"{learning_rate:g}"
                ),
            )
        else:
            first = Training(dataset, mini, run_id=run_id)
            second = Training(dataset, replace(mini, schedule=schedule), weights=first.initial, run_id=run_id)
            formula = second.run_settings.schedule.formula.replace("γ₀", f"{learning_rate:g}")
            self.labels = (
                translate("MLPBatchRace", "mini-batches of {size}, constant γ = {learning_rate}").format(
                    size=int(batch_size), learning_rate=f"{learning_rate:g}"
                ),
                translate("MLPBatchRace", "mini-batches of {size}, {schedule} {formula}").format(
                    size=int(batch_size), schedule=schedule.title, formula=formula
                ),
            )
        self.schedule = schedule
        self.trainings = (first, second)

    @property
    def finished(self) -> bool:
        return all(training.finished for training in self.trainings)

    @property
    def paths(self) -> tuple[np.ndarray, np.ndarray]:
        """w_0 … w_t of each run (views)."""
        return tuple(training.path for training in self.trainings)

    @property
    def losses(self) -> tuple[np.ndarray, np.ndarray]:
        """L(w_t) of each run on the full training set."""
        return tuple(training.loss_history for training in self.trainings)

    def step(self, count: int = 1) -> tuple[list[StepRecord], list[StepRecord]]:
        """Up to ``count`` steps of each run still going, in lockstep; their records."""
        records: tuple[list[StepRecord], list[StepRecord]] = ([], [])
        for _ in range(count):
            if self.finished:
                break
            for training, made in zip(self.trainings, records):
                if not training.finished:
                    made.extend(training.step(1))
        return records

    def run(self) -> None:
        """Both runs to their ends."""
        for training in self.trainings:
            training.run()
