"""Paths and limits, computed from the package location. Nothing here touches the disk at import time."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
#: Directory holding the shipped artifact: ``model/`` in a checkout, ``site-packages/jobscam/model`` when installed.
MODEL_DIR = Path(importlib.util.find_spec("jobscam.model").origin).resolve().parent
#: The checkout root (meaningful for an editable install from a clone, which training needs).
REPO_DIR = MODEL_DIR.parent
#: Generated lure-pattern corpus (committed) and its datasheet.
DATA_DIR = REPO_DIR / "data"
MODEL_FILE = MODEL_DIR / "jobscam.skops"
MANIFEST_FILE = MODEL_DIR / "manifest.json"
METRICS_FILE = MODEL_DIR / "metrics.json"

#: Limits applied before normalisation: bytes first (cheap), then characters.
MAX_TEXT_BYTES = 100_000
MAX_TEXT_CHARS = 50_000


def shared_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Where the real labelled ads live: ``override``, else ``$JOBSCAM_SHARED_DATA``, else ``../shared/data``."""
    if override is not None:
        return Path(override)
    env = os.environ.get("JOBSCAM_SHARED_DATA")
    if env:
        return Path(env)
    return REPO_DIR.parent / "shared" / "data"
