"""Descent in weight space: L(w) on a plane of weight space, with the path on it.

w has hundreds of coordinates, so the landscape a learner can look at is a plane

    w(α, β) = w₀ + α d₁ + β d₂,      L(α, β) = L(w₀ + α d₁ + β d₂)

with the descent path w_0 … w_t projected onto it.  A :class:`WeightPlane` is
chosen once and then held, so the map stays still while the dot moves: its grid
and its colour scale are computed once per plane (:func:`plane_landscape`), the
path's projection grows with the run, and for the current w_t both the true loss
L(w_t) and the loss at its projection are given (:func:`plane_readout`): the gap
between them is how far the descent has left the slice.  :class:`PlaneTracker`
holds the plane of one run for the thread that trains it.  The planes:

* ``path`` (the default): through w₀ along d₁ = (w_t − w₀)/‖w_t − w₀‖ and, as d₂,
  the direction in which the path turns farthest away from that line (the top
  principal direction of the path's deviation from it).  It holds w₀ and w_t
  exactly and, of all planes through that line, the most of the path between; a
  random second direction would show nothing of the turn, since in hundreds of
  dimensions a random direction is nearly orthogonal to every step.  Before the
  first step d₁ is the steepest descent direction −∇L(w₀), the direction of the
  first step of plain gradient descent.
* ``pca``: through w₀ along the top two principal directions of w_i − w₀: the
  plane through w₀ that holds the most of the path so far.
* ``random``: two random directions, *filter-normalised* to w₀ — for every neuron
  the part of d that feeds it (its column of W_l) is rescaled to the norm of that
  neuron's weights, so α = 1 changes every neuron by as much as its own size; bias
  entries are 0.  The path mostly leaves such a plane, so its projection is short.
* ``exact``: a network with exactly two weights (``1 → 1 linear``: w and b) has no
  slice to take: the plane is the whole weight space, on axes w (slope) and b
  (intercept), and the path is the descent itself.

:func:`weight_slice` is the older view: a slice through the *current* weights,
recentred at every redraw.  The grid is evaluated as one batched numpy
computation (:meth:`gdstudio.core.mlp.network.MLP.batched_loss`).  Where the
directions come from in the research literature is told in
:data:`gdstudio.core.mlp.help.WEIGHT_SPACE_REFERENCES`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gdstudio.core.function.landscape import Landscape, evaluate_landscape
from gdstudio.core.mlp.least_squares import has_least_squares, least_squares
from gdstudio.core.mlp.network import MLP, MLPError
from gdstudio.core.words import QT_TRANSLATE_NOOP, translate

PATH = "path"
RANDOM = "random"
PCA = "pca"
EXACT = "exact"
METHODS = {
    PATH: QT_TRANSLATE_NOOP("MLPWeightSpace", "through w₀ along the path's direction w_t − w₀ and its widest turn away from it"),
    RANDOM: QT_TRANSLATE_NOOP(
        "MLPWeightSpace", "two random directions, filter-normalised: each neuron's part scaled to that neuron's own size"
    ),
    PCA: QT_TRANSLATE_NOOP("MLPWeightSpace", "the top two principal directions of the path so far"),
}
SLICE_METHODS = (RANDOM, PCA)  # the slices through the current weights (weight_slice)
EXACT_AXES = (QT_TRANSLATE_NOOP("MLPWeightSpace", "w (slope)"), QT_TRANSLATE_NOOP("MLPWeightSpace", "b (intercept)"))
PLANE_AXES = ("α", "β")
DEFAULT_RESOLUTION = 41
RANDOM_SPAN = 1.0  # Li et al. plot α, β ∈ [−1, 1] for filter-normalised directions
PATH_MARGIN = 1.25
MAX_PCA_POINTS = 300  # the window reaches 25 % beyond the farthest projected path point


@dataclass(frozen=True, eq=False)
class WeightSlice:
    """L over a plane through ``center``: ``loss[i, j]`` = L(center + alphas[i] d₁ + betas[j] d₂).

    ``path`` is the descent path projected onto the plane, (T, 2) in (α, β)
    coordinates; ``center_loss`` is L(center) in float64 (the grid itself may be
    float32 precision); ``explained_variance`` is, for ``pca``, the fraction of the
    path's spread along d₁ and d₂."""

    method: str
    center: np.ndarray
    directions: np.ndarray  # (2, dimension)
    alphas: np.ndarray
    betas: np.ndarray
    loss: np.ndarray  # (len(alphas), len(betas))
    center_loss: float
    path: np.ndarray  # (T, 2)
    explained_variance: tuple[float, float] | None = None

    @property
    def description(self) -> str:
        text = translate("MLPWeightSpace", METHODS[self.method])
        if self.explained_variance is not None:
            text += translate("MLPWeightSpace", " ({first} % and {second} % of its spread)").format(
                first=f"{100 * self.explained_variance[0]:.0f}", second=f"{100 * self.explained_variance[1]:.0f}"
            )
        return text

    @property
    def window(self) -> tuple[float, float, float, float]:
        return float(self.alphas[0]), float(self.alphas[-1]), float(self.betas[0]), float(self.betas[-1])


def filter_normalized_directions(network: MLP, w: np.ndarray, seed: int = 0, count: int = 2) -> np.ndarray:
    """``count`` random directions (count, dimension), each filter-normalised to w:
    for every layer l and output unit j, d[W_l[:, j]] ← d[W_l[:, j]] · ‖w[W_l[:, j]]‖ / ‖d[W_l[:, j]]‖;
    bias entries 0."""
    w = np.asarray(w, dtype=float)
    rng = np.random.default_rng([seed, 3])
    directions = np.zeros((count, network.dimension))
    for direction in directions:
        direction[:] = rng.standard_normal(network.dimension)
        for (W_d, b_d), (W_w, _) in zip(network.layers(direction), network.layers(w)):
            norms_d = np.linalg.norm(W_d, axis=0)
            norms_w = np.linalg.norm(W_w, axis=0)
            W_d *= norms_w / np.maximum(norms_d, 1e-12)
            b_d[...] = 0.0
    return directions


def pca_directions(path: np.ndarray, center: np.ndarray | None = None, seed: int = 0) -> tuple[np.ndarray, tuple[float, float]]:
    """The top two principal directions of the points ``path`` (T, dimension) around
    ``center`` (default: the last point), as orthonormal rows (2, dimension), and the
    fraction of the spread each explains.  Signs are chosen so that the path's first
    point has coordinates ≤ 0 (the path runs towards +α, +β), which keeps the picture
    from flipping between redraws."""
    path = np.asarray(path, dtype=float)
    if path.ndim != 2 or len(path) == 0:
        raise MLPError("the path must be an array of parameter vectors, one per row")
    center = path[-1] if center is None else np.asarray(center, dtype=float)
    differences = path - center
    singular, rows, total = _principal_axes(differences, seed)
    scale = float(singular[0]) if singular.size else 0.0
    rank = int(np.sum(singular > scale * 1e-7)) if scale > 0 else 0
    directions = np.zeros((2, path.shape[1]))
    explained = [0.0, 0.0]
    for index in range(min(rank, 2)):
        directions[index] = rows[index]
        explained[index] = float(singular[index] ** 2 / total)
    rng = np.random.default_rng([seed, 4])
    for index in range(min(rank, 2), 2):
        # complete the basis: a random direction orthogonal to the ones found
        for _ in range(10):
            candidate = rng.standard_normal(path.shape[1])
            for k in range(index):
                candidate -= np.dot(candidate, directions[k]) * directions[k]
            norm = np.linalg.norm(candidate)
            if norm > 1e-8:
                directions[index] = candidate / norm
                break
    start = differences[0]
    for index in range(2):
        if np.dot(start, directions[index]) > 0:
            directions[index] = -directions[index]
    return directions, (explained[0], explained[1])


def _principal_axes(differences: np.ndarray, seed: int = 0) -> tuple[np.ndarray, np.ndarray, float]:
    """The two largest singular values of ``differences`` (T, d), their right
    singular vectors (rows) and the sum of all squared singular values, by block power (subspace) iteration with a Rayleigh–Ritz
    rotation at the end.

    Only matrix products with two columns: no LAPACK call, whose threaded blocks make
    even a 105 × 105 eigen-decomposition take 100+ ms when the other core is busy.
    Long paths are thinned to ``MAX_PCA_POINTS`` evenly spaced points first."""
    if len(differences) > MAX_PCA_POINTS:
        keep = np.unique(np.linspace(0, len(differences) - 1, MAX_PCA_POINTS).round().astype(np.int64))
        differences = differences[keep]
    total = float(np.einsum("ij,ij->", differences, differences))
    dimension = differences.shape[1]
    if total == 0.0:
        return np.zeros(2), np.zeros((2, dimension)), 0.0
    basis = np.random.default_rng([seed, 5]).standard_normal((dimension, 2))
    basis = _orthonormal_columns(differences.T @ (differences @ basis))
    for _ in range(200):
        updated = _orthonormal_columns(differences.T @ (differences @ basis))
        change = 1.0 - abs(float(np.dot(updated[:, 0], basis[:, 0])))
        basis = updated
        if change < 1e-15:
            break
    # Rayleigh–Ritz: the 2 × 2 matrix (M Q)ᵀ(M Q) rotated to its eigenvectors
    projected = differences @ basis
    small = projected.T @ projected
    a, b, c = small[0, 0], small[0, 1], small[1, 1]
    angle = 0.5 * np.arctan2(2.0 * b, a - c)
    rotation = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    axes = (basis @ rotation).T
    values = np.einsum("ij,ij->j", differences @ axes.T, differences @ axes.T)
    order = np.argsort(values)[::-1]
    return np.sqrt(np.maximum(values[order], 0.0)), axes[order], total


def _orthonormal_columns(matrix: np.ndarray) -> np.ndarray:
    """Gram–Schmidt on two columns; a column that vanishes stays zero."""
    first = matrix[:, 0]
    norm = np.linalg.norm(first)
    first = first / norm if norm > 0 else first * 0.0
    second = matrix[:, 1] - np.dot(matrix[:, 1], first) * first
    second = second - np.dot(second, first) * first
    norm2 = np.linalg.norm(second)
    second = second / norm2 if norm2 > 1e-12 * max(norm, 1e-300) else second * 0.0
    return np.column_stack([first, second])


def project_path(path: np.ndarray, center: np.ndarray, directions: np.ndarray) -> np.ndarray:
    """The (α, β) coordinates of each w in ``path`` in the plane center + α d₁ + β d₂:
    the least-squares solution (Li et al.'s projection for non-orthogonal directions)."""
    path = np.asarray(path, dtype=float).reshape(-1, directions.shape[1])
    gram = directions @ directions.T
    return np.linalg.solve(gram, directions @ (path - center).T).T


def evaluate_plane(objective, center, directions, alphas, betas, dtype=np.float32) -> np.ndarray:
    """L(center + αᵢ d₁ + βⱼ d₂) for every α in ``alphas`` and β in ``betas``:
    shape (len(alphas), len(betas)), all parameter vectors in one batched computation."""
    alphas = np.asarray(alphas, dtype=float)
    betas = np.asarray(betas, dtype=float)
    grid_a, grid_b = np.meshgrid(alphas, betas, indexing="ij")
    points = center + grid_a.reshape(-1, 1) * directions[0] + grid_b.reshape(-1, 1) * directions[1]
    return objective.batched_loss(points, dtype=dtype).reshape(len(alphas), len(betas))


def weight_slice(
    objective,
    w: np.ndarray,
    method: str = RANDOM,
    path: np.ndarray | None = None,
    resolution: int = DEFAULT_RESOLUTION,
    span: float | None = None,
    seed: int = 0,
    directions: np.ndarray | None = None,
    dtype=np.float32,
) -> WeightSlice:
    """The slice of L around the current weights ``w`` (the centre of the grid).

    ``objective`` is the full training loss (:class:`gdstudio.core.mlp.network.MLPObjective`:
    a training's ``objective``, also for a mini-batch run).  ``path`` (T, dimension)
    is the descent so far (w_0 … w_t; needed for ``pca``).  The grid covers
    α, β ∈ [−span, span]; by default span is 1 for ``random`` (in units of the weights'
    own size) and reaches 25 % beyond the projected path for ``pca``; either way the
    whole projected path fits.  Pass ``directions`` (for example the previous slice's)
    to keep the plane fixed between redraws while w moves.  An odd ``resolution``
    puts w exactly on the middle grid point.  ``dtype``
    float32 (default) keeps a 41 × 41 grid of a 2-8-8-1 net on 500 points under 100 ms;
    use float64 for exact values."""
    if method not in SLICE_METHODS:
        raise MLPError(f"unknown slice {method!r}: choose one of {', '.join(SLICE_METHODS)}")
    if not (3 <= int(resolution) <= 401):
        raise MLPError(f"the slice resolution must be from 3 to 401, not {resolution}")
    network = objective.network
    center = np.asarray(w, dtype=float).reshape(network.dimension)
    explained = None
    if directions is None:
        if method == RANDOM:
            directions = filter_normalized_directions(network, center, seed)
        else:
            points = center[None] if path is None else np.asarray(path, dtype=float)
            directions, explained = pca_directions(points, center, seed)
    directions = np.asarray(directions, dtype=float)
    if path is None:
        path = center[None]
    projected = project_path(path, center, directions)
    reach = float(np.max(np.abs(projected))) if projected.size else 0.0
    if span is None:
        if method == RANDOM:
            span = max(RANDOM_SPAN, PATH_MARGIN * reach)
        else:
            span = PATH_MARGIN * reach if reach > 0 else 0.05 * max(1.0, float(np.linalg.norm(center)))
    span = float(span)
    if not (np.isfinite(span) and span > 0):
        raise MLPError("the slice span must be a positive number")
    alphas = np.linspace(-span, span, int(resolution))
    betas = np.linspace(-span, span, int(resolution))
    if resolution % 2:
        alphas[resolution // 2] = betas[resolution // 2] = 0.0
    loss = evaluate_plane(objective, center, directions, alphas, betas, dtype=dtype)
    center_loss = float(objective.loss(center)[0])
    return WeightSlice(method, center, directions, alphas, betas, loss, center_loss, projected, explained)


def slice_landscape(piece: WeightSlice, level_count: int = 14) -> Landscape:
    """The slice as a :class:`~gdstudio.core.function.landscape.Landscape` (shading and iso-levels
    chosen as for f(x, y), with x = α and y = β), so the function mode's contour plot
    can draw it unchanged."""

    class _Grid:  # evaluate_landscape asks for values on its grid: they are already computed
        @staticmethod
        def value(grid_x, grid_y):
            return np.asarray(piece.loss, dtype=float).reshape(np.shape(grid_x))

    return evaluate_landscape(_Grid(), piece.window, resolution=len(piece.alphas), level_count=level_count)


# -- a plane chosen once and held ---------------------------------------------------------

FIXED_RESOLUTION = 61  # a plane's grid is computed once, so it can be finer than a live slice's
EXACT_RESOLUTION = 101  # two weights: L(w, b) costs almost nothing per point
GROWTH = 2.0  # a window the path leaves is at least doubled, so it grows a few times a run at most
START_SPAN = 0.5  # before the path has gone anywhere: ±½‖w₀‖ around w₀


@dataclass(frozen=True, eq=False)
class WeightPlane:
    """A plane of weight space, chosen once and then held: w(α, β) = origin + α d₁ + β d₂.

    ``origin`` is w₀ (zeros for ``exact``, whose coordinates are the weights
    themselves); ``directions`` (2, dimension) are d₁, d₂ — orthonormal for ``path``,
    ``pca`` and ``exact``, filter-normalised for ``random``; ``fitted_steps`` is the t
    of the path w_0 … w_t it was chosen from; ``explained`` is the share of that
    path's spread about w₀, Σᵢ‖P(wᵢ − w₀)‖² / Σᵢ‖wᵢ − w₀‖², that lies in the plane
    (P the projection), None for ``random`` and ``exact``."""

    method: str
    origin: np.ndarray
    directions: np.ndarray
    fitted_steps: int = 0
    explained: float | None = None

    @property
    def dimension(self) -> int:
        return int(self.directions.shape[1])

    @property
    def is_exact(self) -> bool:
        """Whether the plane is the whole weight space (two weights): no slice at all."""
        return self.method == EXACT

    @property
    def axis_names(self) -> tuple[str, str]:
        """``w (slope)``, ``b (intercept)`` for the exact plane; α, β for a slice."""
        if self.is_exact:
            return (translate("MLPWeightSpace", EXACT_AXES[0]), translate("MLPWeightSpace", EXACT_AXES[1]))
        return PLANE_AXES

    @property
    def caption(self) -> str:
        """What the map is, in one sentence of the lesson's words."""
        if self.is_exact:
            return translate(
                "MLPWeightSpace",
                "The loss L(w, b) at every slope w and intercept b: with two weights this is the whole weight space, "
                "not a slice, and the path is the descent itself.",
            )
        if self.method == PATH and self.explained is None:  # fitted before the path went anywhere
            along = translate("MLPWeightSpace", "along the steepest descent direction −∇L(w₀) and a random direction across it")
        elif self.method == PATH:
            along = translate(
                "MLPWeightSpace", "along the path's direction w_t − w₀ (t = {steps}) and its widest turn away from it"
            ).format(steps=self.fitted_steps)
        elif self.method == PCA:
            along = translate("MLPWeightSpace", "along the two directions in which the path w₀ … w_{steps} spreads most").format(
                steps=self.fitted_steps
            )
        else:
            along = translate("MLPWeightSpace", "along two random directions, each neuron's part scaled to that neuron's own size")
        if self.explained is not None:
            share = translate("MLPWeightSpace", " ({percent} % of the path's spread lies in it)").format(
                percent=f"{100 * self.explained:.0f}"
            )
        else:
            share = ""
        return translate(
            "MLPWeightSpace", "The loss on a flat slice of weight space through w₀, {along}{share}; the path, projected onto it."
        ).format(along=along, share=share)

    def project(self, points: np.ndarray) -> np.ndarray:
        """The (α, β) of each w in ``points`` (T, dimension) or of one w: the point of the
        plane nearest to it (least squares; a dot product for orthonormal directions)."""
        return project_path(points, self.origin, self.directions)

    def point(self, coordinates) -> np.ndarray:
        """origin + α d₁ + β d₂ for (α, β) or rows of them: shape (dimension,) or (T, dimension)."""
        coordinates = np.asarray(coordinates, dtype=float)
        return self.origin + coordinates @ self.directions

    def nearest(self, w: np.ndarray) -> np.ndarray:
        """The point of the plane nearest to w (its projection, in weight space)."""
        w = np.asarray(w, dtype=float)
        return self.point(self.project(w)).reshape(w.shape)

    def distance(self, w: np.ndarray) -> float:
        """‖w − its projection‖: how far w lies off the plane (0 on it)."""
        w = np.asarray(w, dtype=float).reshape(self.dimension)
        return float(np.linalg.norm(w - self.nearest(w)))


def _as_path(path) -> np.ndarray:
    path = np.asarray(path, dtype=float)
    if path.ndim == 1:
        path = path[None]
    if path.ndim != 2 or len(path) == 0:
        raise MLPError("the path must be an array of parameter vectors, one per row")
    return path


def _unit_orthogonal(candidate: np.ndarray, basis: list[np.ndarray]) -> np.ndarray | None:
    """``candidate`` with its parts along ``basis`` (orthonormal) taken out, made unit
    length; None when nothing is left of it."""
    scale = float(np.linalg.norm(candidate))
    if not scale > 0:
        return None
    candidate = candidate / scale
    for _ in range(2):  # twice: Gram–Schmidt in floating point
        for direction in basis:
            candidate = candidate - np.dot(candidate, direction) * direction
    norm = float(np.linalg.norm(candidate))
    return candidate / norm if norm > 1e-8 else None


def _random_unit_directions(network: MLP | None, origin: np.ndarray, basis: list[np.ndarray], seed: int) -> np.ndarray:
    """A unit direction orthogonal to ``basis``: a filter-normalised random direction
    (plain Gaussian without a network, or where that leaves nothing)."""
    rng = np.random.default_rng([seed, 6])
    for attempt in range(10):
        if network is not None and attempt == 0:
            candidate = filter_normalized_directions(network, origin, seed, count=1)[0]
        else:
            candidate = rng.standard_normal(len(origin))
        found = _unit_orthogonal(candidate, basis)
        if found is not None:
            return found
    raise MLPError(translate("MLPWeightSpace", "no direction could be found to complete the plane"))


def _explained(differences: np.ndarray, directions: np.ndarray) -> float | None:
    total = float(np.einsum("ij,ij->", differences, differences))
    if not total > 0:
        return None
    inside = differences @ directions.T
    return min(1.0, float(np.einsum("ij,ij->", inside, inside)) / total)


def path_plane(objective, path, seed: int = 0, gradient: np.ndarray | None = None) -> WeightPlane:
    """The path plane through w₀ = path[0]: d₁ = (w_t − w₀)/‖w_t − w₀‖ (w_t = path[−1]);
    d₂ the unit top principal direction of the deviations rᵢ = (wᵢ − w₀) − ((wᵢ − w₀)·d₁) d₁
    of the path from the line w₀ + s d₁ (signed so that the path turns towards +β).

    Before the path has moved, d₁ = −∇L(w₀)/‖∇L(w₀)‖ (pass ``gradient``, for
    example the run's recorded ∇L(w₀); otherwise it is computed, which uses the
    objective's buffers: call from the thread that trains).  Where the path is a
    straight line, d₂ is a filter-normalised random direction made orthogonal to d₁."""
    network = objective.network
    path = _as_path(path)
    origin = path[0].copy()
    differences = path - origin
    chord = differences[-1]
    first = _unit_orthogonal(chord, [])
    if first is None:
        if gradient is None:
            _, gradient = objective.loss_and_gradient(origin[None])
        first = _unit_orthogonal(-np.asarray(gradient, dtype=float).reshape(-1), [])
    if first is None:  # w₀ is a stationary point: no direction is downhill
        first = _random_unit_directions(network, origin, [], seed)
    deviations = differences - np.outer(differences @ first, first)
    second = None
    singular, axes, _ = _principal_axes(deviations, seed)
    if singular.size and singular[0] > 1e-9 * max(1.0, float(np.linalg.norm(chord))):
        second = _unit_orthogonal(axes[0], [first])
    if second is None:
        second = _random_unit_directions(network, origin, [first], seed)
    elif np.sum(deviations @ second) < 0:
        second = -second
    directions = np.array([first, second])
    return WeightPlane(PATH, origin, directions, len(path) - 1, _explained(differences, directions))


def pca_plane(path, seed: int = 0) -> WeightPlane:
    """The plane through w₀ = path[0] along the top two principal directions of
    wᵢ − w₀ (the SVD of the path about w₀): of all planes through w₀, the one that
    holds the most of the path, Σᵢ‖P(wᵢ − w₀)‖² largest.  Signed so that the path's
    last point has α, β ≥ 0; a path that spans fewer than two directions is completed
    by random orthogonal ones."""
    path = _as_path(path)
    origin = path[0].copy()
    directions, _ = pca_directions(path, origin, seed)
    last = path[-1] - origin
    for index in range(2):
        if np.dot(last, directions[index]) < 0:
            directions[index] = -directions[index]
    return WeightPlane(PCA, origin, directions, len(path) - 1, _explained(path - origin, directions))


def random_plane(network: MLP, origin: np.ndarray, seed: int = 0) -> WeightPlane:
    """The plane through w₀ = ``origin`` along two random filter-normalised directions
    (:func:`filter_normalized_directions` of w₀, drawn with ``seed``): fixed for the run."""
    origin = np.asarray(origin, dtype=float).reshape(network.dimension).copy()
    return WeightPlane(RANDOM, origin, filter_normalized_directions(network, origin, seed), 0, None)


def exact_plane(network: MLP) -> WeightPlane:
    """The whole weight space of a two-weight network: origin 0 and the unit
    directions, so (α, β) = (w, b) exactly."""
    if network.dimension != 2:
        raise MLPError(
            translate("MLPWeightSpace", "the exact landscape needs a network with two weights, not {count}").format(count=network.dimension)
        )
    return WeightPlane(EXACT, np.zeros(2), np.eye(2), 0, None)


def choose_plane(method: str, objective, path, seed: int = 0, gradient: np.ndarray | None = None) -> WeightPlane:
    """The plane ``method`` (``path``, ``pca`` or ``random``) for the path w_0 … w_t;
    for a network with two weights always the exact plane (any plane is all of it)."""
    network = objective.network
    if network.dimension == 2:
        return exact_plane(network)
    if method == PATH:
        return path_plane(objective, path, seed, gradient)
    if method == PCA:
        return pca_plane(path, seed)
    if method == RANDOM:
        return random_plane(network, _as_path(path)[0], seed)
    raise MLPError(f"unknown plane {method!r}: choose one of {', '.join(METHODS)}")


# -- the map of a plane: its grid and a colour scale fixed with it ---------------------------


@dataclass(frozen=True)
class ColourScale:
    """How L is shaded on a plane's map; chosen from the plane's first grid and kept
    while the plane is held, so a colour means the same loss all run long.

    ``logarithmic``: the shade is log₁₀(L − floor + δ) (values below the floor take
    the lowest shade), chosen as for f(x, y) when a quarter of the grid lies within
    1/25 of the range (a narrow valley); else the shade is L itself.  ``levels`` are
    the iso-levels and (``low``, ``high``) the colour bar's range, both in shade units."""

    logarithmic: bool
    floor: float
    delta: float
    levels: tuple[float, ...]
    low: float
    high: float

    @property
    def label(self) -> str:
        return "log₁₀(L − min L)" if self.logarithmic else "L"

    def shade(self, values: np.ndarray) -> np.ndarray:
        values = np.asarray(values, dtype=float)
        if not self.logarithmic:
            return values.copy()
        with np.errstate(all="ignore"):
            return np.log10(np.maximum(values - self.floor, 0.0) + self.delta)

    def value(self, level: float) -> float:
        """The loss L on the iso-line drawn at ``level``."""
        return float(self.floor + 10.0**level - self.delta) if self.logarithmic else float(level)


def colour_scale(values: np.ndarray, floor: float | None = None, level_count: int = 14) -> ColourScale:
    """The colour scale for a grid of L (the choice :func:`~gdstudio.core.function.landscape.evaluate_landscape`
    makes for f(x, y), kept as an object): logarithmic when the 99th percentile's height
    above the minimum is over 25 times the lower quartile's; ``floor`` is the minimum
    (or the given one, such as the least-squares L(θ*)); levels evenly spaced in the
    shade from its 0.5th to its 99th percentile."""
    values = np.asarray(values, dtype=float)
    finite = values[np.isfinite(values)]
    if not finite.size:
        return ColourScale(False, 0.0, 0.0, (), 0.0, 1.0)
    low = float(finite.min()) if floor is None else min(float(floor), float(finite.min()))
    quartile, high = (float(v) for v in np.percentile(finite, [25, 99]))
    logarithmic = bool(high - low > 0 and (high - low) / max(quartile - low, 1e-300) > 25)
    delta = max((high - low) * 1e-6, 1e-12) if logarithmic else 0.0
    partial = ColourScale(logarithmic, low, delta, (), 0.0, 1.0)
    shade = partial.shade(finite)
    shade = shade[np.isfinite(shade)]
    bottom, top = (float(v) for v in np.percentile(shade, [0.5, 99.0]))
    if not top > bottom:
        top = bottom + 1.0
    levels = tuple(float(v) for v in np.linspace(bottom, top, level_count + 2)[1:-1])
    colour_top = float(np.percentile(shade, 99.0))
    colour_low = float(shade.min())
    if not colour_top > colour_low:
        colour_top = colour_low + 1.0
    return ColourScale(logarithmic, low, delta, levels, colour_low, colour_top)


@dataclass(frozen=True, eq=False)
class PlaneLandscape(Landscape):
    """The map of a :class:`WeightPlane`: ``values[i, j]`` = L(origin + xs[i] d₁ + ys[j] d₂)
    over ``window``, shaded with the plane's :class:`ColourScale`.  A
    :class:`~gdstudio.core.function.landscape.Landscape`, so the contour plot of f(x, y)
    draws it unchanged; its iso-levels and colour range come from ``scale``."""

    plane: WeightPlane | None = None
    scale: ColourScale | None = None

    @property
    def shade_label(self) -> str:
        return self.scale.label if self.scale is not None else super().shade_label

    def level_value(self, level: float) -> float:
        return self.scale.value(level) if self.scale is not None else super().level_value(level)

    def covers(self, coordinates: np.ndarray) -> bool:
        """Whether every finite (α, β) row of ``coordinates`` lies in the window."""
        coordinates = np.asarray(coordinates, dtype=float).reshape(-1, 2)
        coordinates = coordinates[np.all(np.isfinite(coordinates), axis=1)]
        if not len(coordinates):
            return True
        x_min, x_max, y_min, y_max = self.window
        return bool(
            coordinates[:, 0].min() >= x_min
            and coordinates[:, 0].max() <= x_max
            and coordinates[:, 1].min() >= y_min
            and coordinates[:, 1].max() <= y_max
        )


def plane_window(
    coordinates: np.ndarray, minimum_half_width: float = 0.0, margin: float = PATH_MARGIN
) -> tuple[float, float, float, float]:
    """A square window (α and β in the same units, so the contours keep their shape and
    the steps stay at right angles to them) around the (α, β) rows of ``coordinates``:
    centred on their bounding box, half as wide as ``margin`` times its longer side, and
    at least ``minimum_half_width``."""
    coordinates = np.asarray(coordinates, dtype=float).reshape(-1, 2)
    coordinates = coordinates[np.all(np.isfinite(coordinates), axis=1)]
    if not len(coordinates):
        coordinates = np.zeros((1, 2))
    low, high = coordinates.min(axis=0), coordinates.max(axis=0)
    centre = (low + high) / 2
    half = max(float(np.max(high - low)) / 2 * margin, float(minimum_half_width))
    if not half > 0:
        half = 1.0
    return float(centre[0] - half), float(centre[0] + half), float(centre[1] - half), float(centre[1] + half)


def plane_landscape(
    objective,
    plane: WeightPlane,
    window,
    resolution: int | None = None,
    scale: ColourScale | None = None,
    floor: float | None = None,
    dtype=None,
) -> PlaneLandscape:
    """L on a resolution × resolution grid of ``plane`` over ``window`` = (α_min, α_max,
    β_min, β_max), all points in one batched computation of the full training loss.

    ``scale`` keeps a colour scale already chosen for the plane; otherwise one is chosen
    from this grid (:func:`colour_scale`, with ``floor``).  ``dtype`` is float64 for the
    exact plane (every value is L itself, to rounding) and float32 by default for a
    slice (about 1e-6 relative, enough for a map)."""
    if resolution is None:
        resolution = EXACT_RESOLUTION if plane.is_exact else FIXED_RESOLUTION
    if not (3 <= int(resolution) <= 401):
        raise MLPError(f"the map's resolution must be from 3 to 401, not {resolution}")
    if dtype is None:
        dtype = np.float64 if plane.is_exact else np.float32
    x_min, x_max, y_min, y_max = (float(v) for v in window)
    if not (np.isfinite([x_min, x_max, y_min, y_max]).all() and x_min < x_max and y_min < y_max):
        raise MLPError("the map's window must be finite, with α_min < α_max and β_min < β_max")
    alphas = np.linspace(x_min, x_max, int(resolution))
    betas = np.linspace(y_min, y_max, int(resolution))
    values = evaluate_plane(objective, plane.origin, plane.directions, alphas, betas, dtype=dtype)
    if scale is None:
        scale = colour_scale(values, floor)
    return PlaneLandscape(
        (x_min, x_max, y_min, y_max), alphas, betas, values, scale.shade(values), scale.logarithmic, scale.levels, plane, scale
    )


def exact_landscape(objective, paths=(), resolution: int | None = None) -> PlaneLandscape:
    """The bowl of a two-weight network: L(w, b) over the whole weight space, exact
    (float64), on a square window around every path in ``paths`` (each (T, 2): w_0 …
    w_t as (w, b)) and the least-squares optimum where L has one (linear output,
    squared error), with the colour scale's floor at L(w*, b*).  For one run
    :class:`PlaneTracker` does the same; this serves a race of several."""
    plane = exact_plane(objective.network)
    points = [np.asarray(path, dtype=float).reshape(-1, 2) for path in paths]
    floor, minimum = None, 0.5
    if has_least_squares(objective.network, objective.loss_kind):
        optimum = least_squares(objective)
        points.append(optimum.weights[None])
        floor, minimum = optimum.loss, 0.1 * max(1.0, float(np.linalg.norm(optimum.weights)))
    window = plane_window(np.concatenate(points) if points else np.zeros((1, 2)), minimum)
    with np.errstate(all="ignore"):
        return plane_landscape(objective, plane, window, resolution, floor=floor)


# -- where the dot is: the true loss and the slice's --------------------------------------


@dataclass(frozen=True)
class PlaneReadout:
    """w_t against its plane: ``coordinates`` (α, β) of its projection, ``loss`` the true
    L(w_t), ``slice_loss`` L at the projected point origin + α d₁ + β d₂ (what the map
    shows under the dot), ``distance`` ‖w_t − projected point‖, and ``sentence``:
    what the map is and is not, with these numbers."""

    step: int
    coordinates: tuple[float, float]
    loss: float
    slice_loss: float
    distance: float
    exact: bool
    sentence: str

    @property
    def gap(self) -> float:
        """L at the projected point − L(w_t): what the map's colour under the dot adds to the true loss."""
        return self.slice_loss - self.loss


def plane_readout(objective, plane: WeightPlane, w: np.ndarray, step: int = 0, loss: float | None = None) -> PlaneReadout:
    """The true loss L(w_t) (``loss`` if already known) and the loss at w_t's projection
    onto ``plane``, both of the full training loss in float64.  Safe in any thread
    (batched evaluation, no shared buffer)."""
    w = np.asarray(w, dtype=float).reshape(plane.dimension)
    coordinates = plane.project(w)[0]
    projected = plane.point(coordinates)
    values = objective.loss(np.array([projected, w]) if loss is None else projected[None])
    slice_loss = float(values[0])
    loss = float(values[1]) if loss is None else float(loss)
    distance = float(np.linalg.norm(w - projected))
    t = f"w_{step}"
    if plane.is_exact:
        sentence = translate(
            "MLPWeightSpace",
            "the loss L(w, b) at every slope and intercept: the whole weight space, not a slice — the dot is {w} itself, L({w}) = {loss}",
        ).format(w=t, loss=f"{loss:.6g}")
    else:
        if distance > 1e-9 * max(1.0, float(np.linalg.norm(w))):
            where = translate("MLPWeightSpace", "{w} lies {distance} off the slice").format(w=t, distance=f"{distance:.3g}")
        else:
            where = translate("MLPWeightSpace", "{w} lies on it").format(w=t)
        sentence = translate(
            "MLPWeightSpace",
            "the loss on a flat slice of weight space through w₀; the path, projected onto it — the true loss L({w}) is "
            "{loss}, the slice at the projected point is {slice_loss} ({where})",
        ).format(w=t, loss=f"{loss:.6g}", slice_loss=f"{slice_loss:.6g}", where=where)
    return PlaneReadout(int(step), (float(coordinates[0]), float(coordinates[1])), loss, slice_loss, distance, plane.is_exact, sentence)


# -- the plane of one run -----------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class PlaneFrame:
    """What the weight-space view draws after a batch of steps, immutable, for the window:
    ``landscape`` (the same object until the map changes: a re-fit, or a window the path
    left), ``coordinates`` (t + 1, 2) the path w_0 … w_t projected onto the plane (a
    copy), ``readout`` for w_t, and ``optimum`` the least-squares (w*, b*) on the exact
    plane of a linear regression (None elsewhere)."""

    landscape: PlaneLandscape
    coordinates: np.ndarray
    readout: PlaneReadout
    optimum: tuple[float, float] | None
    steps: np.ndarray | None = None  # the step t of each row of coordinates (None: row t is step t)

    @property
    def plane(self) -> WeightPlane:
        return self.landscape.plane

    def row_of(self, step: int) -> int:
        """The row of :attr:`coordinates` for step ``step``: its own, or the nearest kept step's."""
        return row_of_step(self.steps, len(self.coordinates), step)


def row_of_step(steps: np.ndarray | None, count: int, step: int) -> int:
    """The row of ``step`` among rows of the increasing ``steps`` (None: row t holds step t),
    or of the nearest step kept (the earlier one on a tie); rows are clamped to the ``count`` rows."""
    if count == 0:
        raise IndexError("no rows")
    if steps is None:
        return min(max(int(step), 0), count - 1)
    row = int(np.searchsorted(steps, step))
    if row == 0:
        return 0
    if row >= count:
        return count - 1
    return row if steps[row] == step or steps[row] - step < step - steps[row - 1] else row - 1


class PlaneTracker:
    """The weight-space view of one run: a plane chosen once and held, its map (grid and
    colour scale) computed once, the path's projection growing with the run.

    It changes the plane only when asked — :meth:`refit` (the user's "Re-fit the
    plane to the path", a pause with the PCA plane, the end of a run) or
    :meth:`set_method` — and the window only when the path leaves it: then the map is
    computed again on a window at least :data:`GROWTH` times as wide, with the same
    plane and the same colour scale.  A ``random`` plane is drawn once per run and a
    re-fit only re-frames it; a network with two weights always gets the exact plane.

    It reads the run's path, so it belongs to the thread that owns ``training`` (the
    worker); :meth:`frame` hands the window an immutable :class:`PlaneFrame`."""

    def __init__(self, training, method: str = PATH, resolution: int | None = None):
        if method not in METHODS:
            raise MLPError(f"unknown plane {method!r}: choose one of {', '.join(METHODS)}")
        self.training = training
        self.objective = training.objective
        network = training.network
        self.method = EXACT if network.dimension == 2 else method
        self.resolution = resolution
        self.least_squares = least_squares(self.objective) if has_least_squares(network, training.loss_kind) else None
        self.refits = 0
        self._random: WeightPlane | None = None
        self._coordinates = np.zeros((0, 2))
        self._steps = np.zeros(0, dtype=np.int64)  # the step t of each projected row
        self._stride = 1  # the history's stride when the rows were last matched to it
        self.landscape: PlaneLandscape
        self.refit()

    @property
    def plane(self) -> WeightPlane:
        return self.landscape.plane

    @property
    def coordinates(self) -> np.ndarray:
        """(rows, 2): the kept path projected onto the plane so far, one row per kept step
        (:attr:`steps`; every step until the history thins) (a view; copy to hand it on)."""
        return self._coordinates

    @property
    def steps(self) -> np.ndarray:
        """The step t of each row of :attr:`coordinates`."""
        return self._steps

    @property
    def optimum(self) -> tuple[float, float] | None:
        """The least-squares optimum's (α, β) on the exact plane: (w*, b*); else None."""
        if self.least_squares is None or not self.plane.is_exact:
            return None
        return float(self.least_squares.weights[0]), float(self.least_squares.weights[1])

    def _anchors(self, plane: WeightPlane) -> np.ndarray:
        """Points the window must hold besides the path: the optimum, or the random plane's ±1."""
        if plane.is_exact and self.least_squares is not None:
            return self.least_squares.weights[None]
        if plane.method == RANDOM:
            return np.array([[-RANDOM_SPAN, -RANDOM_SPAN], [RANDOM_SPAN, RANDOM_SPAN]])
        return np.zeros((0, 2))

    def _minimum_half_width(self, plane: WeightPlane, path: np.ndarray) -> float:
        if plane.method == RANDOM:
            return RANDOM_SPAN
        return START_SPAN * max(float(np.linalg.norm(path[0])), 1.0)

    def refit(self) -> PlaneLandscape:
        """Choose the plane again from the path so far (``path``: along w_t − w₀ now;
        ``pca``: its principal directions now; ``random``: the same plane, re-framed;
        ``exact``: the same weight space, re-framed), with a new map and colour scale.
        Returns the new map."""
        training = self.training
        history = training.history
        path = np.array(history.points, dtype=float)
        if self.method == RANDOM:
            if self._random is None:
                self._random = random_plane(training.network, path[0], training.settings.seed)
            plane = self._random
        else:
            gradient = training.history.gradient[0]
            plane = choose_plane(self.method, self.objective, path, training.settings.seed, gradient)
        coordinates = plane.project(path)
        if plane.is_exact:
            self.landscape = exact_landscape(self.objective, [coordinates], self.resolution)
        else:
            points = np.concatenate([coordinates, self._anchors(plane)])
            window = plane_window(points, self._minimum_half_width(plane, path))
            with np.errstate(all="ignore"):
                self.landscape = plane_landscape(self.objective, plane, window, self.resolution)
        self._coordinates = coordinates
        self._steps = history.steps.copy()
        self._stride = history.stride
        self.refits += 1
        return self.landscape

    def set_method(self, method: str) -> PlaneLandscape:
        """Another kind of plane (``path``, ``pca`` or ``random``), fitted now; a
        two-weight network keeps its exact plane."""
        if method not in METHODS:
            raise MLPError(f"unknown plane {method!r}: choose one of {', '.join(METHODS)}")
        if self.method != EXACT:
            self.method = method
        return self.refit()

    def advance(self) -> bool:
        """Project the steps made since the last call; if the path has left the window,
        compute the map again on a wider one (same plane, same colours).  Returns
        whether the map changed."""
        history = self.training.history
        steps = history.steps
        if len(steps) and len(self._steps) and steps[-1] < self._steps[-1]:  # the run went back to w₀: a new run, a new plane
            self.refit()
            return True
        self._forget_thinned(history)
        known = len(self._coordinates)
        newest = self._steps[-1] if known else -1
        first = int(np.searchsorted(steps, newest, side="right"))
        if first < len(steps):
            fresh = self.plane.project(history.points[first:])
            self._coordinates = np.concatenate([self._coordinates, fresh])
            self._steps = np.concatenate([self._steps, steps[first:]])
        landscape = self.landscape
        if landscape.covers(self._coordinates[known:]):
            return False
        x_min, x_max, _, _ = landscape.window
        plane = self.plane
        points = np.concatenate([self._coordinates, self._anchors(plane)])
        window = plane_window(points, GROWTH * (x_max - x_min) / 2)
        with np.errstate(all="ignore"):
            self.landscape = plane_landscape(self.objective, plane, window, len(landscape.xs), scale=landscape.scale)
        return True

    def _forget_thinned(self, history) -> None:
        """Drop the projected rows whose steps the history no longer keeps: all of them
        are checked when it has thinned since (its stride doubled), else only the
        newest two, the only rows it drops between thinnings."""
        if history.stride != self._stride:
            kept = np.isin(self._steps, history.steps)
            self._stride = history.stride
        else:
            kept = np.ones(len(self._steps), dtype=bool)
            tail = max(len(self._steps) - 2, 0)
            kept[tail:] = np.isin(self._steps[tail:], history.steps[tail:])
        if not kept.all():
            self._coordinates = self._coordinates[kept]
            self._steps = self._steps[kept]

    def readout(self) -> PlaneReadout:
        """The true loss L(w_t) and the slice's loss at w_t's projection, now."""
        training = self.training
        return plane_readout(self.objective, self.plane, training.weights, training.steps, training.loss)

    def frame(self) -> PlaneFrame:
        """:meth:`advance`, then everything the view draws, as one immutable object."""
        self.advance()
        return PlaneFrame(self.landscape, self._coordinates.copy(), self.readout(), self.optimum, self._steps.copy())
