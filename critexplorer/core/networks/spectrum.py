"""The Hessian's spectrum at a network's point: counts by sign, the lecture's minimum ratio, Dauphin's index.

Flat directions (symmetries such as a linear autoencoder's GL(k), dead units, over-parametrisation) give
zero eigenvalues, which keep the lecture's ratio (positive / all) below 1 even at a true minimum; the
ratio among non-zero eigenvalues (positive / (positive + negative)) is 1 there.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from critexplorer.core.tolerances import NETWORK_ZERO_EIGENVALUE_TOL


@dataclass(frozen=True)
class Spectrum:
    """All eigenvalues of H (ascending) and what their signs say."""

    eigenvalues: np.ndarray
    zero_below: float  # |λ| at or below this counts as zero (NETWORK_ZERO_EIGENVALUE_TOL · max|λ|)

    @property
    def positive(self) -> int:
        return int(np.sum(self.eigenvalues > self.zero_below))

    @property
    def negative(self) -> int:
        return int(np.sum(self.eigenvalues < -self.zero_below))

    @property
    def zero(self) -> int:
        return int(self.eigenvalues.size) - self.positive - self.negative

    @property
    def minimum_ratio(self) -> float:
        """The lecture's: positive eigenvalues / all eigenvalues."""
        return self.positive / self.eigenvalues.size

    @property
    def index(self) -> float:
        """Dauphin et al.'s: negative eigenvalues / all eigenvalues."""
        return self.negative / self.eigenvalues.size

    @property
    def nonzero_minimum_ratio(self) -> float | None:
        """positive / (positive + negative); None when every eigenvalue is zero."""
        signed = self.positive + self.negative
        return self.positive / signed if signed else None

    @property
    def is_minimum(self) -> bool:
        """No negative eigenvalue (zero ones allowed: flat valleys of minima)."""
        return self.negative == 0 and self.positive > 0

    def to_dict(self) -> dict:
        return {
            "eigenvalues": self.eigenvalues.tolist(),
            "positive": self.positive,
            "negative": self.negative,
            "zero": self.zero,
            "minimum_ratio": self.minimum_ratio,
            "index": self.index,
            "nonzero_minimum_ratio": self.nonzero_minimum_ratio,
            "zero_below": self.zero_below,
        }


def spectrum_of(eigenvalues, zero_tol: float = NETWORK_ZERO_EIGENVALUE_TOL) -> Spectrum:
    """The Spectrum of one Hessian's eigenvalues (any order)."""
    values = np.sort(np.asarray(eigenvalues, float))
    scale = float(np.max(np.abs(values))) if values.size else 0.0
    return Spectrum(values, zero_tol * scale)


def hessian_spectrum(hessian, zero_tol: float = NETWORK_ZERO_EIGENVALUE_TOL) -> Spectrum:
    return spectrum_of(np.linalg.eigvalsh(0.5 * (hessian + np.swapaxes(hessian, -1, -2))), zero_tol)
