"""Descent in weight space: L(w) on a 2-D slice through the current weights.

w has hundreds of coordinates, so the landscape a learner can look at is a plane
through the current weights w*:

    L(α, β) = L(w* + α d₁ + β d₂)

with the descent path w_0 … w_t projected onto the plane.  Two standard choices
of the directions d₁, d₂ (Li, Xu, Taylor, Studer and Goldstein, 2018, "Visualizing
the Loss Landscape of Neural Nets"):

* ``random``: two random Gaussian directions, *filter-normalised*: for every
  neuron, the part of d that feeds it (its column of W_l) is rescaled to the norm
  of that neuron's weights in w*, so that a step of α = 1 changes every neuron by
  as much as its own size.  Bias entries are left out (zero), as the paper's
  ``--xignore biasbn`` does.  Random high-dimensional directions are nearly
  orthogonal, but the path mostly moves *off* such a plane, so its projection is short.
* ``pca``: the top two principal directions of the path so far (the SVD of
  w_i − w*); the path lies close to this plane, so its projection shows the route
  taken.  Before the path spans two directions, the missing one is a random
  direction orthogonal to the first.

The grid is evaluated as one batched numpy computation
(:meth:`gdstudio.core.mlp.network.MLP.batched_loss`): all parameter vectors stacked,
batched matrix products layer by layer.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gdstudio.core.function.landscape import Landscape, evaluate_landscape
from gdstudio.core.mlp.network import MLP, MLPError

RANDOM = "random"
PCA = "pca"
METHODS = {
    RANDOM: "two random filter-normalised directions (Li et al., 2018)",
    PCA: "the top two principal directions of the path so far",
}
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
        text = METHODS[self.method]
        if self.explained_variance is not None:
            text += f" ({100 * self.explained_variance[0]:.0f} % and {100 * self.explained_variance[1]:.0f} % of its spread)"
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

    ``objective`` is the full training loss (:class:`gdstudio.core.mlp.network.MLPObjective`;
    a mini-batch objective is replaced by its full objective).  ``path`` (T, dimension)
    is the descent so far (w_0 … w_t; needed for ``pca``).  The grid covers
    α, β ∈ [−span, span]; by default span is 1 for ``random`` (in units of the weights'
    own size) and reaches 25 % beyond the projected path for ``pca``; either way the
    whole projected path fits.  Pass ``directions`` (for example the previous slice's)
    to keep the plane fixed between redraws while w moves.  An odd ``resolution``
    puts w exactly on the middle grid point.  ``dtype``
    float32 (default) keeps a 41 × 41 grid of a 2-8-8-1 net on 500 points under 100 ms;
    use float64 for exact values."""
    if method not in METHODS:
        raise MLPError(f"unknown slice {method!r}: choose one of {', '.join(METHODS)}")
    if not (3 <= int(resolution) <= 401):
        raise MLPError(f"the slice resolution must be from 3 to 401, not {resolution}")
    objective = getattr(objective, "objective", objective)  # the full loss, not a mini-batch
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
