"""What the window draws of a searched step, computed without a widget.

* :func:`search_picture`: φ(α) = f(w + αd) along the ray of one step, the Armijo line
  φ(0) + c₁αφ′(0), the α where the search's conditions hold (the sufficient decrease,
  and for strong Wolfe the curvature band |φ′(α)| ≤ c₂|φ′(0)|), the trials and the α taken;
* :func:`quadratic_model`: Newton's model m(p) = f + gᵀp + ½pᵀHp around w, as level
  sets (ellipses where H is positive definite) and its minimiser;
* :func:`ellipse`: the curve {w + p : pᵀAp = pᵀ_0Ap_0} of a positive-definite A through a
  given step p_0 (BFGS's approximate Hessian beside the true one).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gdstudio.core.descent.engine import SearchStep

SAMPLES = 241


@dataclass(frozen=True)
class SearchPicture:
    """φ(α) sampled on [0, α_max], with what makes an α acceptable."""

    alpha: np.ndarray  # (k,)
    phi: np.ndarray  # (k,) f(w + αd)
    armijo: np.ndarray  # (k,) φ(0) + c₁αφ′(0)
    acceptable: np.ndarray  # (k,) bool: the search's conditions hold at α
    trials: tuple[tuple[float, float], ...]
    accepted: float | None
    rule: str
    curvature_band: tuple[float, float] | None  # (−c₂|φ′(0)|, c₂|φ′(0)|) for strong Wolfe

    @property
    def span(self) -> float:
        return float(self.alpha[-1]) if len(self.alpha) else 1.0


def search_picture(objective, point, search: SearchStep, samples: int = SAMPLES) -> SearchPicture:
    """φ(α) = f(w + αd) from α = 0 to a little past the largest trial, at ``samples`` α."""
    point = np.asarray(point, dtype=float)
    direction = np.asarray(search.direction, dtype=float)
    finite = [a for a, _ in search.trials if np.isfinite(a) and a > 0]
    largest = max(finite) if finite else 1.0
    alpha = np.linspace(0.0, 1.15 * largest, samples)
    with np.errstate(all="ignore"):
        loss, gradient = objective.loss_and_gradient(point[None, :] + alpha[:, None] * direction[None, :])
        loss = np.asarray(loss, dtype=float)
        slope = np.asarray(gradient, dtype=float) @ direction
        armijo = search.loss + search.c1 * alpha * search.slope
        acceptable = loss <= armijo
        band = None
        if search.rule == "strong-wolfe":
            width = search.c2 * abs(search.slope)
            band = (-width, width)
            acceptable &= np.abs(slope) <= width
        elif search.rule in ("fixed", "exact"):
            acceptable = np.zeros(samples, dtype=bool)
    return SearchPicture(alpha, loss, armijo, acceptable & (alpha > 0), search.trials, search.step_size, search.rule, band)


def quadratic_model(point, loss: float, gradient, hessian, levels: int = 4) -> tuple[list[np.ndarray], np.ndarray | None]:
    """Level sets of m(p) = f + gᵀp + ½pᵀHp around w (closed curves where H is positive
    definite: ellipses about the minimiser w − H⁻¹g, through w and inside it), and the
    minimiser; ([], None) where H is not positive definite or not finite."""
    point = np.asarray(point, dtype=float)
    gradient = np.asarray(gradient, dtype=float)
    hessian = np.asarray(hessian, dtype=float)
    if not (np.all(np.isfinite(hessian)) and np.all(np.isfinite(gradient))):
        return [], None
    eigenvalues, vectors = np.linalg.eigh(0.5 * (hessian + hessian.T))
    if eigenvalues[0] <= 0:
        return [], None
    step = -(vectors @ ((vectors.T @ gradient) / eigenvalues))
    centre = point + step
    # the level sets between m(0) = f at w (the outermost, through w) and the minimiser
    curves = []
    for fraction in np.linspace(1.0, 1.0 / levels, levels):
        curves.append(ellipse(hessian, centre, np.sqrt(fraction) * (point - centre)))
    return curves, centre


def ellipse(matrix, centre, through, points: int = 97) -> np.ndarray:
    """The ellipse {centre + p : pᵀAp = rᵀAr} of a positive-definite A through centre + r
    (r = ``through``), as a closed polyline (points, 2); empty where A is not positive definite."""
    matrix = np.asarray(matrix, dtype=float)
    through = np.asarray(through, dtype=float)
    if not np.all(np.isfinite(matrix)):
        return np.empty((0, 2))
    eigenvalues, vectors = np.linalg.eigh(0.5 * (matrix + matrix.T))
    if eigenvalues[0] <= 0:
        return np.empty((0, 2))
    level = float(through @ (matrix @ through))
    if not (level > 0 and np.isfinite(level)):
        return np.empty((0, 2))
    angle = np.linspace(0.0, 2.0 * np.pi, points)
    radii = np.sqrt(level / eigenvalues)
    circle = np.stack([radii[0] * np.cos(angle), radii[1] * np.sin(angle)], axis=1)
    return np.asarray(centre, dtype=float) + circle @ vectors.T
