"""jobscam: job-ad scam risk classifier.

Public API::

    from jobscam import load_model
    scorer = load_model()
    scorer.score(["Earn $4,000/month, no experience, free flight to Bangkok!"])
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from jobscam.scoring import Scorer

__all__ = ["load_model", "Scorer"]
__version__ = "0.1.0"


def load_model(path: str | None = None) -> Scorer:
    """Load the shipped (or given) model artifact, verified, as a :class:`Scorer`."""
    from jobscam.scoring import load_model as _load

    return _load(path)


def __getattr__(name: str):
    if name == "Scorer":
        from jobscam.scoring import Scorer

        return Scorer
    raise AttributeError(name)
