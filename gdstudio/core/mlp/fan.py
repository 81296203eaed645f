"""The minibatch fan: at one w, the gradients of minibatches around the full ∇L(w).

A minibatch gradient is an estimate of ∇L.  Write gᵢ for example i's share of the
gradient, scaled so that ∇L(w) is their mean:

    gᵢ = ∇E(f_w(xᵢ), yᵢ) + ∇P          (reduction ``mean``)
    gᵢ = N ∇E(f_w(xᵢ), yᵢ) + ∇P        (reduction ``sum``)

with P = (λ/2)‖W‖² the penalty.  A batch B of B points estimates ∇L by the mean of its
gᵢ.  With the mean reduction that *is* the gradient the run steps with (the gradient
of L on the batch's points); with the sum, the run's step uses Σ_{i∈B} ∇E + ∇P, on
average B/N of ∇L, and the fan draws it scaled by N/B to its estimate of ∇L (the step
the "full batch vs minibatches" race takes with γ × N/B).

Over the batches of one epoch (a partition) the estimates average to ∇L exactly (when
B divides N); over random draws of B points without replacement their spread is

    E‖g_B − ∇L‖² = (N − B) / (B (N − 1)) · σ²,    σ² = (1/N) Σᵢ ‖gᵢ − ∇L‖²

(the trace of their covariance): widest at B = 1 (σ²), nothing at B = N.  The
window's fan, ``gdstudio fan`` and the tests share :func:`batch_fan`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gdstudio.core.mlp.network import MLP, BatchOrder, MLPError, MLPObjective
from gdstudio.core.words import translate

EPOCH = "epoch"  # draws: one epoch's batches
MAX_DRAWS = 100_000
MAX_SHOWN_DRAWS = 500  # the window's fan: 500 arrows stay within the frame budget


@dataclass(frozen=True)
class FanSettings:
    """The window's fan as a session keeps it: ``shown`` or not, ``batch_size`` B of its
    batches (the tab keeps it within 1 … N of the data shown) and its ``draws``, one
    epoch's batches (``"epoch"``) or K random ones."""

    shown: bool = False
    batch_size: int = 10
    draws: str | int = EPOCH


@dataclass(frozen=True)
class Fan:
    """The fan at ``point``: ``full_gradient`` ∇L(w), ``example_gradients`` gᵢ (N, d),
    the ``batches`` (index arrays into the training points) and their estimates of ∇L
    ``batch_gradients`` (K, d); ``batch_size`` B, ``count`` N, ``draws`` "epoch" or K."""

    point: np.ndarray
    full_gradient: np.ndarray
    example_gradients: np.ndarray
    batches: tuple[np.ndarray, ...]
    batch_gradients: np.ndarray
    batch_size: int
    count: int
    draws: str | int
    reduction: str

    @property
    def mean_gradient(self) -> np.ndarray:
        """The mean of the batch gradients (∇L for one epoch's batches; close to it for many draws)."""
        return self.batch_gradients.mean(axis=0)

    @property
    def example_variance(self) -> float:
        """σ² = (1/N) Σᵢ ‖gᵢ − ∇L‖², the population variance of the per-example gradients."""
        deviations = self.example_gradients - self.full_gradient
        return float(np.einsum("ij,ij->", deviations, deviations) / self.count)

    @property
    def formula_variance(self) -> float:
        """(N − B)/(B(N − 1)) · σ²: the trace of the covariance of a batch's estimate of ∇L,
        B points drawn without replacement (0 for N = 1)."""
        n, b = self.count, self.batch_size
        return 0.0 if n == 1 else (n - b) / (b * (n - 1)) * self.example_variance

    @property
    def measured_variance(self) -> float:
        """(1/K) Σₖ ‖g_Bₖ − ∇L‖²: the measured trace of the covariance of the K batch
        gradients about ∇L (their known mean), an unbiased estimate of the formula's."""
        deviations = self.batch_gradients - self.full_gradient
        return float(np.einsum("ij,ij->", deviations, deviations) / len(deviations))

    def as_dict(self, order: np.ndarray | None = None) -> dict:
        """The fan as ``gdstudio fan --json`` writes it, every vector's entries listed by
        ``order`` (indices into w; :meth:`MLP.linear_order` gives PyTorch's order)."""
        from gdstudio.core.plain import plain_list

        order = np.arange(len(self.point)) if order is None else np.asarray(order)
        return {
            "batch_size": self.batch_size,
            "train_size": self.count,
            "draws": self.draws,
            "reduction": self.reduction,
            "point": plain_list(self.point[order]),
            "full_gradient": plain_list(self.full_gradient[order]),
            "mean_of_batch_gradients": plain_list(self.mean_gradient[order]),
            "batch_gradients": plain_list(self.batch_gradients[:, order]),
            "batches": [batch.tolist() for batch in self.batches],
            "variance": {
                "measured": float(self.measured_variance),
                "formula": float(self.formula_variance),
                "per_example": float(self.example_variance),
            },
        }


def _own_network(objective: MLPObjective) -> MLP:
    """A network like the objective's with buffers of its own: the objective's may be in
    use by the thread that trains."""
    network = objective.network
    return MLP(network.layer_sizes, network.activation, network.output)


def full_gradient(objective: MLPObjective, w: np.ndarray) -> np.ndarray:
    """∇L(w) on the whole training set (one backpropagation, on a network of its own)."""
    gradient = np.empty(objective.dimension)
    with np.errstate(over="ignore", under="ignore"):
        _own_network(objective).loss_and_gradient_t(
            np.asarray(w, dtype=float),
            objective.inputs_t,
            objective.targets_t,
            objective.loss_kind,
            objective.reduction,
            objective.l2,
            gradient,
        )
    return gradient


def example_gradients(objective: MLPObjective, w: np.ndarray) -> np.ndarray:
    """gᵢ for every training point i (N, d), scaled so that ∇L(w) is their mean (see the module).

    Evaluated with a network of its own (the objective's may be in use by the thread
    that trains), one backpropagation per point."""
    network = _own_network(objective)
    w = np.asarray(w, dtype=float).reshape(objective.dimension)
    count = objective.count
    # E of one example; the penalty's gradient is added to every gᵢ below
    gradients = np.empty((count, objective.dimension))
    with np.errstate(over="ignore", under="ignore"):
        for index in range(count):
            network.loss_and_gradient_t(
                w,
                np.ascontiguousarray(objective.inputs_t[:, index : index + 1]),
                np.ascontiguousarray(objective.targets_t[:, index : index + 1]),
                objective.loss_kind,
                "sum",
                0.0,
                gradients[index],
            )
    if objective.reduction == "sum":
        gradients *= count
    if objective.l2:
        penalty = np.where(network.weight_mask, objective.l2 * w, 0.0)
        gradients += penalty
    return gradients


def random_batches(count: int, batch_size: int, draws: int, seed: int = 0) -> list[np.ndarray]:
    """``draws`` batches of ``batch_size`` of the ``count`` points, each drawn uniformly
    without replacement, independently of the others (``default_rng([seed, 3])``)."""
    rng = np.random.default_rng([int(seed), 3])
    return [rng.choice(count, size=batch_size, replace=False) for _ in range(draws)]


def check_fan_settings(count: int, batch_size, draws) -> None:
    """MLPError with one sentence when B is not 1 … N or the draws are not ``epoch`` or 1 … MAX_DRAWS."""
    if isinstance(batch_size, bool) or not isinstance(batch_size, (int, np.integer)) or not 1 <= batch_size <= count:
        raise MLPError(
            translate("MLPFan", "the batch size must be a whole number from 1 to the {count} training points, not {value}").format(
                count=count, value=batch_size
            )
        )
    if draws != EPOCH and (isinstance(draws, bool) or not isinstance(draws, (int, np.integer)) or not 1 <= draws <= MAX_DRAWS):
        raise MLPError(f"the draws must be 'epoch' or a whole number from 1 to {MAX_DRAWS:,}, not {draws}")


def batch_fan(
    objective: MLPObjective,
    w: np.ndarray,
    batch_size: int,
    draws: str | int = EPOCH,
    seed: int = 0,
    epoch: int = 0,
    batches=None,
    gradients: tuple[np.ndarray, np.ndarray] | None = None,
) -> Fan:
    """The fan at ``w`` for batches of ``batch_size``: the batches of epoch ``epoch`` of
    the run's :class:`BatchOrder` (``draws="epoch"``, seeded by ``seed``), or ``draws``
    random batches (:func:`random_batches`), or the given ``batches``.  ``gradients``:
    (∇L, gᵢ) at ``w`` computed before (:func:`full_gradient`, :func:`example_gradients`),
    so that another batch size at the same w costs no backpropagation."""
    count = objective.count
    check_fan_settings(count, batch_size, draws)
    w = np.array(w, dtype=float).reshape(objective.dimension)
    if gradients is None:
        full, examples = full_gradient(objective, w), example_gradients(objective, w)
    else:
        full, examples = gradients
    if batches is None:
        if draws == EPOCH:
            batches = BatchOrder(count, batch_size, seed).epoch_batches(epoch)
        else:
            batches = random_batches(count, batch_size, int(draws), seed)
    batches = tuple(np.asarray(batch, dtype=np.int64) for batch in batches)
    # each estimate is the mean of its gᵢ: a sparse average, as one product
    weights = np.zeros((len(batches), count))
    for row, batch in enumerate(batches):
        weights[row, batch] = 1.0 / len(batch)
    return Fan(w, full, examples, batches, weights @ examples, int(batch_size), count, draws, objective.reduction)


@dataclass(frozen=True)
class FanPicture:
    """A fan in two dimensions, as drawn: the descent directions −g_B of the batches
    (K, 2), −∇L and −(their mean), each the vector's coordinates along ``directions``
    (exact for a network with two weights, whose plane is the weight space itself)."""

    batch: np.ndarray
    full: np.ndarray
    mean: np.ndarray
    exact: bool

    def arrow_scale(self, span: float, full: float = 0.25, longest: float = 0.9) -> float:
        """One factor for every arrow (they keep their relative lengths): −∇L is ``full``
        of ``span`` (the view's width), unless a batch arrow would then pass ``longest``
        of it.  So a larger B draws a narrower fan at the same size, and B = N collapses
        it onto −∇L."""
        full_length = float(np.linalg.norm(self.full))
        lengths = np.linalg.norm(self.batch, axis=1) if len(self.batch) else np.zeros(1)
        widest = float(np.max(lengths[np.isfinite(lengths)], initial=0.0))
        if not (np.isfinite(full_length) and full_length > 0 or widest > 0):
            return 0.0
        scale = full * span / full_length if full_length > 0 else longest * span / widest
        return min(scale, longest * span / widest) if widest > 0 else scale

    def segments(self, origin, scale: float) -> np.ndarray:
        """The batch arrows as 2K points (start, tip, start, tip, …) from ``origin``, for
        one line item drawn in pairs."""
        origin = np.asarray(origin, dtype=float)
        points = np.empty((2 * len(self.batch), 2))
        points[0::2] = origin
        points[1::2] = origin + scale * self.batch
        return points


def project_vectors(vectors: np.ndarray, directions: np.ndarray) -> np.ndarray:
    """The (α, β) of each vector v in the span of ``directions`` (2, d): the least-squares
    solution of v ≈ α d₁ + β d₂ (directions need not be orthonormal)."""
    directions = np.asarray(directions, dtype=float)
    vectors = np.asarray(vectors, dtype=float).reshape(-1, directions.shape[1])
    gram = directions @ directions.T
    return np.linalg.solve(gram, directions @ vectors.T).T


def fan_directions(fan: Fan) -> np.ndarray:
    """The plane a fan spreads most in: d₁ along −∇L, d₂ the top principal direction of
    the batch gradients' deviations from ∇L orthogonal to it (any unit vector ⊥ d₁ when
    they have none).  Two weights: the weight space itself."""
    d = len(fan.full_gradient)
    if d == 2:
        return np.eye(2)
    norm = float(np.linalg.norm(fan.full_gradient))
    first = -fan.full_gradient / norm if norm > 0 else np.eye(d)[0]
    deviations = fan.batch_gradients - fan.full_gradient
    deviations = deviations - np.outer(deviations @ first, first)
    if np.any(deviations):
        _, _, rows = np.linalg.svd(deviations, full_matrices=False)
        second = rows[0]
    else:
        second = np.eye(d)[int(np.argmin(np.abs(first)))]
    second = second - (second @ first) * first
    return np.vstack([first, second / np.linalg.norm(second)])


def fan_picture(fan: Fan, directions: np.ndarray | None = None) -> FanPicture:
    """The fan's descent directions −g projected onto ``directions`` (default :func:`fan_directions`)."""
    directions = fan_directions(fan) if directions is None else np.asarray(directions, dtype=float)
    exact = len(fan.full_gradient) == 2
    with np.errstate(all="ignore"):
        batch = project_vectors(-fan.batch_gradients, directions)
        full, mean = project_vectors(np.vstack([-fan.full_gradient, -fan.mean_gradient]), directions)
    return FanPicture(batch, full, mean, exact)
