"""Shared fixtures for the dataset tests: one generated corpus per session, the real-data directory."""

from __future__ import annotations

import pytest

from jobscam.config import shared_data_dir
from jobscam.training import generate as gen
from jobscam.training.dataset import EMSCAD_FILE, ORFD_FILE


@pytest.fixture(scope="session")
def generated():
    """The default corpus (all banks present, default seed) with ``parts`` and ``clean_text`` kept."""
    return gen.generate(keep_parts=True)


@pytest.fixture(scope="session")
def missing_banks() -> list[str]:
    return gen.missing_banks()


@pytest.fixture(scope="session")
def shared_dir():
    """``../shared/data`` (or ``$JOBSCAM_SHARED_DATA``); skips the test when the real CSVs are absent."""
    path = shared_data_dir()
    absent = [f for f in (EMSCAD_FILE, ORFD_FILE) if not (path / f).exists()]
    if absent:
        pytest.skip(f"real data not found: {', '.join(absent)} missing in {path} (set JOBSCAM_SHARED_DATA)")
    return path
